"""The one way the app writes a file and the one way it reads one.

Every scenario save, report (CSV, JSON, PDF, PNG, SVG) and chart export goes through :func:`write_file`;
every scenario file is read through :func:`read_file`. Keeping one path for each means one set of rules,
tested once, that every caller keeps:

Writing
    The content arrives as bytes (PDF and SVG are drawn into memory first), so a writer that fails halfway
    cannot report success: Python's ``write``, ``fsync`` and ``close`` raise on a full disk. The bytes go to a
    temporary file beside the target, which is then renamed over it; a failure at any step removes the
    temporary and leaves the previous file as it was. A target that is not a regular file (a directory, a
    FIFO, a device node) or that is read-only is refused with one line, before anything is written. A symlink
    is written through: its target is replaced, the link stays. The replaced file keeps its mode (and, for
    root, its owner); a new file gets the user's umask mode, as any other program would make it.

Reading
    The path is checked with ``stat`` before it is opened: only a regular file is read, so a FIFO (which would
    block ``open`` until a writer appears), a device (``/dev/zero``) or a directory is refused at once. The
    file is opened non-blocking and checked again (it may have been swapped in between), and its size is capped
    before reading.

Refusals are :class:`FileRefused`, an ``OSError`` whose ``strerror`` is the reason, so every caller's existing
``except OSError`` still catches them; :func:`describe` turns either into the one line the user sees.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time

from core.units import printable

TEMP_PREFIX = ".aiee-"
TEMP_SUFFIX = ".tmp"
#: A temporary of ours older than this, beside a file being saved, is what a killed save left: removed.
STALE_TEMP_SECONDS = 3600


class FileRefused(OSError):
    """A path the app will not read or write; ``str(err)`` and ``err.strerror`` are the reason."""

    def __init__(self, path: str, reason: str, code: int = errno.EINVAL):
        super().__init__(code, reason, path)


def describe(err: OSError, path: str, verb: str = "write") -> str:
    """The one line for a failed read or write: ``r.pdf: file is read-only`` or
    ``r.pdf: cannot write file (No space left on device)``."""
    shown = printable(str(path), 200)
    if isinstance(err, FileRefused):
        return f"{shown}: {err.strerror}"
    return f"{shown}: cannot {verb} file ({err.strerror or err})"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a directory"
    if stat.S_ISFIFO(mode):
        return "is a FIFO (named pipe), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def _check_name(path: str | os.PathLike, what: str) -> str:
    text = os.fspath(path)
    if not text or not text.strip():
        raise FileRefused(text, f"{what}: empty file name", errno.ENOENT)
    if "\x00" in text:
        raise FileRefused(text, "file name contains a NUL character", errno.EINVAL)
    return text


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_target(path: str | os.PathLike, what: str = "file") -> tuple[str, os.stat_result | None]:
    """The real file a write to ``path`` replaces (symlinks followed) and its stat, or None when new.

    Raises :class:`FileRefused` for an empty name, a non-regular target or a read-only one.
    """
    text = _check_name(path, what)
    target = os.path.realpath(text) if os.path.islink(text) else os.path.abspath(text)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target, None
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(text, _kind(st.st_mode), errno.EISDIR if stat.S_ISDIR(st.st_mode) else errno.EINVAL)
    # mode bits first: root may write anything, but a file its owner made read-only stays so
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise FileRefused(text, "file is read-only", errno.EACCES)
    return target, st


def _remove_stale_temporaries(folder: str) -> None:
    """A save killed between writing its temporary and renaming it leaves ``.aiee-*.tmp``: tidy old ones."""
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) and entry.name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False) and (
                        now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
                    ):
                        os.unlink(entry.path)


def write_file(path: str | os.PathLike, data: bytes | str, *, fsync: bool = True, what: str = "file") -> str:
    """Write ``data`` (str is UTF-8) to ``path`` atomically; returns the real path written.

    Raises :class:`FileRefused` before writing anything when the target may not be replaced, and ``OSError``
    (temporary removed, previous file intact) when writing fails.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    target, st = write_target(path, what)
    folder = os.path.dirname(target)
    _remove_stale_temporaries(folder)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if st is not None:
                os.fchmod(fd, stat.S_IMODE(st.st_mode))
                if os.geteuid() == 0 and (st.st_uid, st.st_gid) != (0, 0):
                    with contextlib.suppress(OSError):
                        os.fchown(fd, st.st_uid, st.st_gid)
            else:
                os.fchmod(fd, 0o666 & ~_umask())
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def read_file(path: str | os.PathLike, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    Raises :class:`FileRefused` for an empty name, anything that is not a regular file (checked before
    opening, so a FIFO never blocks) and a file over ``limit`` (checked before reading), and ``OSError``
    for the rest (missing, no permission).
    """
    text = _check_name(path, what)
    st = os.stat(text)
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(text, _kind(st.st_mode), errno.EISDIR if stat.S_ISDIR(st.st_mode) else errno.EINVAL)
    too_big = f"file is {{size:,}} bytes; {what} files are at most {limit:,} bytes"
    if st.st_size > limit:
        raise FileRefused(text, too_big.format(size=st.st_size), errno.EFBIG)
    fd = os.open(text, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        st = os.fstat(fd)  # the path may have been swapped for something else since the stat above
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(text, _kind(st.st_mode))
        chunks = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise FileRefused(text, too_big.format(size=size), errno.EFBIG)
    return b"".join(chunks)
