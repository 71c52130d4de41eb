"""The one writing path and the one reading path (core.files): what a user's files can rely on.

Reliability review 2026-12, defects 6 (read-only files, symlinks and device nodes replaced), 10 (a FIFO blocks
the reader), 17 (temporaries left behind), 18 (saved files made private) and 19 (empty paths ignored).
"""

import errno
import os
import stat
import threading
import time

import pytest

from core.files import FileRefused, describe, read_file, write_file
from core.scenario import Scenario, ScenarioError, load_scenario_file, save_scenario_file


def _temporaries(folder):
    return [p.name for p in folder.iterdir() if p.name.startswith(".aiee-")]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    target = tmp_path / "target.json"
    save_scenario_file(Scenario(name="old"), str(target))
    link = tmp_path / "link.json"
    link.symlink_to("target.json")
    save_scenario_file(Scenario(name="new"), str(link))
    assert link.is_symlink() and os.readlink(link) == "target.json"
    assert load_scenario_file(str(target)).name == "new"


def test_the_replaced_file_keeps_its_mode_and_a_new_file_gets_the_umask_mode(tmp_path):
    old_umask = os.umask(0o022)
    try:
        new = tmp_path / "new.json"
        save_scenario_file(Scenario(), str(new))
        assert stat.S_IMODE(new.stat().st_mode) == 0o644  # not 0600
        shared = tmp_path / "shared.json"
        shared.write_text("{}")
        shared.chmod(0o664)
        save_scenario_file(Scenario(name="x"), str(shared))
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
        os.umask(0o077)
        private = tmp_path / "private.csv"
        write_file(private, "a,b\n")
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_a_read_only_file_is_refused_and_left_as_it_was(tmp_path):
    ro = tmp_path / "ro.json"
    save_scenario_file(Scenario(name="keep me"), str(ro))
    ro.chmod(0o444)
    with pytest.raises(FileRefused) as err:
        save_scenario_file(Scenario(name="OVERWRITTEN"), str(ro))
    assert describe(err.value, str(ro)) == f"{ro}: file is read-only"
    assert load_scenario_file(str(ro)).name == "keep me"
    assert stat.S_IMODE(ro.stat().st_mode) == 0o444
    assert _temporaries(tmp_path) == []


def test_a_directory_or_fifo_is_never_replaced(tmp_path):
    folder = tmp_path / "isdir.csv"
    folder.mkdir()
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, reason in ((folder, "is a directory"), (fifo, "FIFO")):
        with pytest.raises(FileRefused, match=reason):
            write_file(path, b"data")
    assert folder.is_dir() and stat.S_ISFIFO(fifo.stat().st_mode)
    assert _temporaries(tmp_path) == []


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root (CI runs as root)")
def test_a_device_node_is_never_replaced(tmp_path):
    node = tmp_path / "full"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a copy of /dev/full
    with pytest.raises(FileRefused, match="is a device"):
        save_scenario_file(Scenario(), str(node))
    assert stat.S_ISCHR(node.stat().st_mode)


def test_empty_names_are_refused():
    for name in ("", "   "):
        with pytest.raises(FileRefused, match="empty file name"):
            write_file(name, b"x")
        with pytest.raises(FileRefused, match="empty file name"):
            read_file(name, 10)


def test_a_failed_write_keeps_the_previous_file_and_removes_its_temporary(tmp_path, monkeypatch):
    path = tmp_path / "r.csv"
    write_file(path, "previous\n")

    def full_disk(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(OSError) as err:
        write_file(path, "new\n")
    assert describe(err.value, str(path)) == f"{path}: cannot write file (No space left on device)"
    assert path.read_text() == "previous\n"
    assert _temporaries(tmp_path) == []


def test_a_temporary_left_by_a_killed_save_is_removed_by_the_next_save(tmp_path):
    stale = tmp_path / ".aiee-killed.tmp"
    stale.write_text("half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".aiee-another-save-in-progress.tmp"
    fresh.write_text("busy")
    write_file(tmp_path / "s.json", "{}")
    assert not stale.exists()
    assert fresh.exists()  # another save may be writing it right now


def _finishes(fn, seconds=10.0):
    """(finished, outcome): a reader that blocks (a FIFO without a writer) must not hang the test."""
    out = {}

    def run():
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed to the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    return not t.is_alive(), out


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "f.json"
    os.mkfifo(fifo)
    done, out = _finishes(lambda: load_scenario_file(str(fifo)))
    assert done, "reading a FIFO blocked"
    assert isinstance(out.get("error"), ScenarioError)
    assert str(out["error"]) == f"{fifo}: is a FIFO (named pipe), not a regular file"


def test_devices_directories_and_oversized_files_are_refused_before_reading(tmp_path):
    with pytest.raises(FileRefused, match="is a device"):
        read_file("/dev/zero", 100)
    with pytest.raises(FileRefused, match="is a directory"):
        read_file(tmp_path, 100)
    big = tmp_path / "sparse.json"
    with open(big, "wb") as fh:
        fh.truncate(2 * 1024**3)  # 2 GB, sparse: refused by its size, never read
    with pytest.raises(FileRefused, match="at most 100 bytes"):
        read_file(big, 100)
    small = tmp_path / "ok.json"
    small.write_bytes(b"12345")
    assert read_file(small, 5) == b"12345"
