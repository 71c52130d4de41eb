"""Fuzzing the file paths: full disks, FIFOs and other non-regular files, hostile names in text output.

A full disk is made two ways: a 2 MiB tmpfs mounted for the test (needs root with CAP_SYS_ADMIN, which CI on
a fresh machine has; skipped with the reason otherwise) and a file-size limit (RLIMIT_FSIZE, any user: the
kernel refuses the write with EFBIG as a full disk refuses it with ENOSPC). Both must give one line, exit
status 2, the previous file byte for byte, and no temporary left behind.
"""

import contextlib
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.cli import run
from core.files import FileRefused, read_file, write_file
from tests.fuzz.conftest import CASES

ROOT = Path(__file__).resolve().parents[2]
FORMATS = (".pdf", ".svg", ".png", ".csv", ".json")


@contextlib.contextmanager
def small_tmpfs(size="2m"):
    folder = Path(tempfile.mkdtemp(prefix="aiee-full-"))
    p = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if p.returncode != 0:
        folder.rmdir()
        pytest.skip(
            f"cannot mount a tmpfs here ({p.stderr.decode().strip() or 'not permitted'}); the RLIMIT_FSIZE test covers it"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        folder.rmdir()


def _main(args, cwd, preexec=None):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
        preexec_fn=preexec,
    )


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)


def _leftovers(folder: Path):
    return [p.name for p in folder.iterdir() if p.name.startswith(".aiee-")]


def test_every_report_format_on_a_full_tmpfs_fails_cleanly_and_keeps_the_old_report():
    with small_tmpfs() as full:
        before = {}
        for ext in FORMATS:
            out = full / f"r{ext}"
            p = _main(["report", "--preset", "gpt3-175b", "--output", str(out)], cwd=full.parent)
            assert p.returncode == 0, p.stderr
            before[ext] = out.read_bytes()
        saved = full / "keep.json"
        assert _main(["estimate", "--set", "name=OLD", "--save", str(saved)], cwd=full.parent).returncode == 0
        before_saved = saved.read_bytes()
        _fill(full)
        for ext in FORMATS:
            out = full / f"r{ext}"
            p = _main(["report", "--preset", "llama31-70b", "--output", str(out)], cwd=full.parent)
            CASES["full disk"] += 1
            assert p.returncode == 2, (ext, p.stdout, p.stderr)
            assert p.stderr.strip() == f"error: {out}: cannot write file (No space left on device)", ext
            assert p.stdout == ""  # never "wrote ... report"
            assert out.read_bytes() == before[ext], ext
        p = _main(["estimate", "--set", "name=NEW", "--save", str(saved)], cwd=full.parent)
        assert p.returncode == 2 and "No space left on device" in p.stderr
        assert saved.read_bytes() == before_saved
        assert _leftovers(full) == []


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write then fails with EFBIG instead of a signal
    resource.setrlimit(resource.RLIMIT_FSIZE, (2_000, 2_000))


@pytest.mark.parametrize("ext", FORMATS)
def test_a_file_size_limit_mid_write_fails_cleanly_and_keeps_the_old_file(tmp_path, ext):
    out = tmp_path / f"r{ext}"
    out.write_bytes(b"previous report")
    p = _main(["report", "--output", str(out)], cwd=tmp_path, preexec=_limit_file_size)
    CASES["file size limit"] += 1
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert p.stderr.strip() == f"error: {out}: cannot write file (File too large)"
    assert out.read_bytes() == b"previous report"
    assert _leftovers(tmp_path) == []


def _special_files(folder: Path):
    fifo = folder / "fifo.json"
    os.mkfifo(fifo)
    sock_dir = folder / "dir.json"
    sock_dir.mkdir()
    loop_a, loop_b = folder / "a.json", folder / "b.json"
    loop_a.symlink_to(loop_b.name)
    loop_b.symlink_to(loop_a.name)
    link_to_fifo = folder / "link-to-fifo.json"
    link_to_fifo.symlink_to(fifo.name)
    return [fifo, sock_dir, loop_a, link_to_fifo, Path("/dev/zero"), Path("/dev/null"), Path("/dev/stdin")]


def test_non_regular_files_are_refused_for_reading_and_writing_without_blocking(tmp_path):
    for path in _special_files(tmp_path):
        CASES["special files"] += 1
        with pytest.raises(OSError):  # FileRefused, or ELOOP for the loop
            read_file(path, 1000)
        if not str(path).startswith("/dev/"):
            with pytest.raises(OSError):
                write_file(path, b"x")
    fifo = tmp_path / "fifo.json"
    p = _main(["estimate", "--scenario", str(fifo)], cwd=tmp_path)
    assert p.returncode == 2 and "not a regular file" in p.stderr
    p = _main(["estimate", "--save", str(fifo)], cwd=tmp_path)
    assert p.returncode == 2 and "not a regular file" in p.stderr
    assert isinstance(FileRefused(str(fifo), "x"), OSError)


hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",))
    | st.sampled_from("\x1b\x07\x00\r\n\t\x9b[]<>&=+-@"),
    max_size=60,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(name=hostile_text, model_name=hostile_text, preset=hostile_text)
def test_hostile_names_reach_the_terminal_and_csv_inert(tmp_path, name, model_name, preset):
    """Any name (control characters, escape sequences, formulas) prints without a control character and
    lands in a CSV report with no cell a spreadsheet would run; a preset must name a real one, and a hostile
    one is refused in one printable line."""
    CASES["hostile names"] += 1
    f = tmp_path / "s.json"
    f.write_text(json.dumps({"name": name[:120], "model": {"name": model_name[:80]}}))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["estimate", "--scenario", str(f)])
    assert code == 0, err.getvalue()
    assert all(c == "\n" or c.isprintable() for c in out.getvalue())
    g = tmp_path / "p.json"
    g.write_text(json.dumps({"preset": preset[:80] or None}))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["estimate", "--scenario", str(g)])
    from core.catalog import catalog

    if preset[:80] and preset[:80] not in catalog().presets:
        assert code == 2 and "is not a known preset" in err.getvalue(), err.getvalue()
        assert err.getvalue().count("\n") == 1 and all(c.isprintable() for c in err.getvalue().rstrip("\n"))
    from core.report import csv_cell

    for text in (name, model_name, preset):
        cell = csv_cell(text)
        assert not (cell[:1] in ("=", "@", "\t", "\r") or (cell[:1] in ("+", "-") and not _is_number(cell)))


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True
