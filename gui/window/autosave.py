"""Autosave of the working scenario, one per running window, and the offer to restore what a crash or a kill
left behind.

Every accepted change is written to disk as it is taken, so a kill loses at most the change in flight. Each
running instance (each session) has its own pair of files in ``<AppDataLocation>``,
``autosave-<session>-1.json`` and ``-2.json``, written in turn in place, each holding a sequence number and the
scenario, and holds ``autosave-<session>.lock`` (a ``QLockFile``) while it runs. A kill in the middle of a write
can leave one file torn (it then does not parse); the other holds the change before. Reading takes the valid
file with the higher number. Writing in place costs about 0.05 ms a change; a temporary file renamed over the
target (what the user's own saves do, with fsync) cost 0.3-1.4 ms, a tenth of a slider frame.

Two windows never share files, so neither can overwrite the other's work, and a clean exit removes only its
own pair. At start-up every pair whose lock is not held by a running instance (Qt sees that its process is gone)
is a leftover: the window claims its lock, so a third window started at the same time does not offer it too,
and offers each in turn. Only an explicit Discard, or a restore that this session's own autosave has taken
over, deletes a leftover; quitting while the offer shows releases the lock and keeps the files for the next
start. A leftover that cannot be read is renamed ``*.bad`` (kept for inspection, never offered again); one
written by a newer version of the app is renamed ``autosave-newer-*.json`` and the user is told where it is.
Files are read through :func:`core.files.read_file`, so a FIFO or a device in their place never blocks.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QFileInfo,
    QLocale,
    QLockFile,
    QObject,
    QStandardPaths,
    QTimer,
    Signal,
)

#: 0 = autosave every accepted change as it is taken: a kill loses at most the change in flight. A positive
#: delay coalesces changes instead.
DELAY_MS = 0
# ``autosave-<pid>-<6 hex>-<1|2>.json``; the session part is absent in files of earlier versions.
FILE_RE = re.compile(r"^autosave-(?:(?P<session>\d+-[0-9a-f]{6})-)?(?P<slot>[12])\.json$")
MAX_AUTOSAVE_BYTES = 4_000_000
# Set by the start-up when autosave must stay off whatever the folder (HOME unset: a temporary folder).
OFF_REASON: str | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


def autosave_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def folder_problem(folder: Path) -> str | None:
    """Why autosave cannot work in ``folder`` (one line), or None."""
    if OFF_REASON:
        return tr(OFF_REASON)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as err:
        return f"{err.strerror or err} ({folder})"  # the reason first: the status bar may cut the rest
    return None


def session_id() -> str:
    return f"{os.getpid()}-{secrets.token_hex(3)}"


def _names(session: str) -> tuple[str, str]:
    prefix = f"autosave-{session}-" if session else "autosave-"
    return prefix + "1.json", prefix + "2.json"


def lock_path(folder: Path, session: str) -> Path:
    return folder / (f"autosave-{session}.lock" if session else "autosave.lock")


def _read_envelope(path: Path) -> tuple[int, dict]:
    """(sequence, scenario dict) of one file; raises on anything short of a whole, well-formed file."""
    from core.files import read_file
    from core.scenario import _no_duplicates, _reject_constant

    envelope = json.loads(
        read_file(path, MAX_AUTOSAVE_BYTES, what="autosave"),
        parse_constant=_reject_constant,
        object_pairs_hook=_no_duplicates,
    )
    sequence = envelope["sequence"]
    if (
        not isinstance(sequence, int)
        or isinstance(sequence, bool)
        or not isinstance(envelope["scenario"], dict)
    ):
        raise ValueError("not an autosave")
    return sequence, envelope["scenario"]


# What a damaged autosave can raise while read and validated: never let one stop the window.
READ_ERRORS = (OSError, ValueError, TypeError, KeyError, OverflowError, RecursionError, UnicodeError)


class AutosaveSlots:
    """One session's autosave on disk: two files in ``folder`` written in turn, in place."""

    def __init__(self, folder: Path | None = None, session: str = ""):
        self.folder = folder or autosave_folder()
        self.session = session
        self.paths = [self.folder / name for name in _names(session)]
        self.sequence = 0

    @classmethod
    def for_file(cls, path: Path) -> AutosaveSlots:
        """The slots a file found on disk belongs to."""
        m = FILE_RE.match(path.name)
        return cls(path.parent, (m and m.group("session")) or "")

    def write(self, scenario: Any, baseline: Any = None) -> None:
        """Write ``scenario`` (and the session's ``baseline`` scenario when one is given) over the older file.
        The first write of a session removes the other file, so a file left from before never outranks it."""
        self.sequence += 1
        path = self.paths[(self.sequence - 1) % 2]
        kept = f', "baseline": {baseline.model_dump_json()}' if baseline is not None else ""
        data = f'{{"sequence": {self.sequence}, "scenario": {scenario.model_dump_json()}{kept}}}\n'.encode()
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # never write into a FIFO or a device put there
                raise OSError(f"{path.name} is not a regular file")
            with os.fdopen(fd, "r+b", closefd=False) as fh:  # in place: no new file, no rename
                fh.write(data)
                fh.truncate()  # a kill before this leaves the old tail: the file does not parse, the other does
        finally:
            os.close(fd)
        if self.sequence == 1:
            with contextlib.suppress(FileNotFoundError):
                self.paths[1].unlink()

    def newest(self) -> tuple[int, dict, Path] | None:
        """(sequence, scenario dict, file) of the newest whole file, or None."""
        best: tuple[int, dict, Path] | None = None
        for path in self.paths:
            try:
                sequence, data = _read_envelope(path)
            except READ_ERRORS:
                continue  # missing, or torn by a kill mid-write
            if best is None or sequence > best[0]:
                best = (sequence, data, path)
        return best

    def read(self) -> tuple[Any, str] | None:
        """(scenario, when written) of the newest file that parses and validates, or None."""
        from core.scenario import ScenarioError, parse_scenario

        best = None
        for path in self.paths:
            try:
                sequence, data = _read_envelope(path)
                scenario = parse_scenario(data)
            except (*READ_ERRORS, ScenarioError):
                continue
            if best is None or sequence > best[0]:
                best = (sequence, scenario, path)
        if best is None:
            return None
        return best[1], when_written(best[2])

    def discard(self) -> None:
        for path in self.paths:
            with contextlib.suppress(OSError):
                path.unlink()

    def files(self) -> list[Path]:
        return [p for p in self.paths if os.path.lexists(p)]


def when_written(path: Path) -> str:
    # in the language's own date format (2026/11/29 1:52 in Japanese, 11/29/26 1:52 AM in English)
    return QLocale().toString(QFileInfo(str(path)).lastModified(), QLocale.FormatType.ShortFormat)


@dataclass
class Leftover:
    """What an instance that did not close left behind; its lock is held by this session until decided."""

    slots: AutosaveSlots
    lock: QLockFile
    scenario: Any = None
    #: the baseline the session read the scenario against, when it had its own (None: none kept, or unreadable)
    baseline: Any = None
    when: str = ""
    # set when the autosave could not be offered: why, and where its file was kept
    problem: str = ""
    kept_as: Path | None = None
    extra: dict = field(default_factory=dict)

    def discard(self) -> None:
        """The user's Discard: the files go, and the lock."""
        self.slots.discard()
        self.release()

    def release(self) -> None:
        """Undecided (the window closed while offering it): the files stay for the next start."""
        self.lock.unlock()


def find_leftovers(folder: Path, own_session: str = "") -> list[Leftover]:
    """Every autosave no running instance holds, newest first; claims their locks. Unreadable ones are set
    aside (``*.bad``), newer-version ones kept under another name; both come back with ``problem`` set."""
    from core.scenario import SCHEMA_VERSION, ScenarioError, parse_scenario

    try:
        names = os.listdir(folder)
    except OSError:
        return []
    sessions = sorted({m.group("session") or "" for n in names if (m := FILE_RE.match(n))})
    found: list[Leftover] = []
    for session in sessions:
        if session == own_session:
            continue
        lock = QLockFile(str(lock_path(folder, session)))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        if not lock.tryLock(0):
            continue  # another window is running with it
        slots = AutosaveSlots(folder, session)
        leftover = Leftover(slots, lock)
        newest = slots.newest()
        if newest is None:
            leftover.problem = tr("An autosave could not be read; it was kept aside as {name}.")
            leftover.kept_as = _set_aside(slots, ".bad")
            leftover.problem = leftover.problem.format(
                name=leftover.kept_as.name if leftover.kept_as else "-"
            )
            lock.unlock()
            found.append(leftover)
            continue
        _, data, path = newest
        version = data.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
            target = folder / f"autosave-newer-{session or 'legacy'}.json"
            with contextlib.suppress(OSError):
                os.replace(path, target)
                leftover.kept_as = target
            slots.discard()
            lock.unlock()
            leftover.problem = tr(
                "An autosave written by a newer version of the app was kept as {path}; open it with that version."
            ).format(path=str(leftover.kept_as or path))
            found.append(leftover)
            continue
        try:
            leftover.scenario = parse_scenario(data)
        except (ScenarioError, *READ_ERRORS):
            leftover.kept_as = _set_aside(slots, ".bad")
            lock.unlock()
            leftover.problem = tr("An autosave could not be read; it was kept aside as {name}.").format(
                name=leftover.kept_as.name if leftover.kept_as else "-"
            )
            found.append(leftover)
            continue
        leftover.baseline = read_baseline(path)
        leftover.when = when_written(path)
        leftover.extra["mtime"] = _mtime(path)
        found.append(leftover)
    found.sort(key=lambda lo: lo.extra.get("mtime", 0), reverse=True)
    return found


def read_baseline(path: Path) -> Any:
    """The baseline scenario kept in an autosave file, or None (none kept, or one that does not validate:
    the scenario itself is restored all the same)."""
    from core.files import read_file
    from core.scenario import ScenarioError, _no_duplicates, _reject_constant, parse_scenario

    try:
        envelope = json.loads(
            read_file(path, MAX_AUTOSAVE_BYTES, what="autosave"),
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
        )
        data = envelope.get("baseline") if isinstance(envelope, dict) else None
        return parse_scenario(data) if isinstance(data, dict) else None
    except (ScenarioError, *READ_ERRORS):
        return None


def _mtime(path: Path) -> float:
    try:
        return os.lstat(path).st_mtime
    except OSError:
        return 0.0


def _set_aside(slots: AutosaveSlots, suffix: str) -> Path | None:
    """Rename a session's unreadable files to ``*.bad`` so they are never offered, nor lost."""
    kept = None
    for path in slots.files():
        target = path.with_name(path.name + suffix)
        with contextlib.suppress(OSError):
            if os.path.lexists(target):
                os.unlink(target)
            os.replace(path, target)
            kept = kept or target
    return kept


class Autosaver(QObject):
    """Writes the presenter's scenario on every change (or ``delay_ms`` after the last one when positive) into
    this session's own files; :meth:`clean_exit` removes them. ``problemChanged`` carries the reason autosave
    is not working ("" once a save succeeds again), for the window to show."""

    problemChanged = Signal(str)

    def __init__(self, presenter: Any, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.presenter = presenter
        self.folder = autosave_folder()
        self.session = session_id()
        self.slots = AutosaveSlots(self.folder, self.session)
        self.saves = 0
        self.last_error: str | None = None
        self.enabled = True
        #: the comparison's pins to save with the scenario (the session's list; None: none)
        self.pins: Any = None
        self.lock: QLockFile | None = None
        problem = folder_problem(self.folder)
        if problem is None:
            self.lock = QLockFile(str(lock_path(self.folder, self.session)))
            self.lock.setStaleLockTime(0)
            if not self.lock.tryLock(0):
                problem = f"{tr('cannot create the lock file')} ({lock_path(self.folder, self.session)})"
                self.lock = None
        self.available = problem is None
        self.last_error = problem
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        presenter.scenarioChanged.connect(self._changed)
        #: gives the baseline to keep beside the scenario (None: none, or the scenario itself); the session's
        #: gives the baseline kept beside the scenario for a restore (the session sets it)
        self.baseline_source: Callable[[], Any] | None = None

    def leftovers(self) -> list[Leftover]:
        if not self.available:
            return []
        return find_leftovers(self.folder, self.session)

    def _changed(self, _scenario: Any) -> None:
        if not self.enabled or not self.available:
            return
        if self._timer.interval() == 0:
            self.save_now()  # written before the next change is even taken: a kill loses at most one
        else:
            self._timer.start()

    def pins_changed(self) -> None:
        """The comparison's pins changed: saved like a change of the scenario."""
        self._changed(None)

    def note_change(self) -> None:
        """Something kept beside the scenario changed (the session's baseline): write it as a change."""
        self._changed(None)

    def pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> bool:
        self._timer.stop()
        if not self.available:
            return False
        scenario = self.presenter.scenario
        if self.pins:  # the comparison is part of the work: a crash keeps it too
            scenario = scenario.with_pins(list(self.pins))
        try:
            base = self.baseline_source() if self.baseline_source is not None else None
            self.slots.write(scenario, base if base is not self.presenter.scenario else None)
        except OSError as err:
            problem = f"{err.strerror or err} ({self.folder})"
            if problem != self.last_error:
                self.last_error = problem
                self.problemChanged.emit(problem)
            return False
        self.saves += 1
        if self.last_error is not None:
            self.last_error = None
            self.problemChanged.emit("")
        return True

    def clean_exit(self) -> None:
        """This session closed cleanly: its own files and lock go; other sessions' are never touched."""
        self._timer.stop()
        self.enabled = False
        if self.available:
            self.slots.discard()
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def leftover_is_different(found: Any, current: Any) -> bool:
    return found.model_dump(mode="json") != current.model_dump(mode="json")
