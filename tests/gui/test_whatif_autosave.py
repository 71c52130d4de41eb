"""Autosave survives a kill: SIGKILL while the window runs, and SIGKILL in the middle of autosaving.

Each case runs the real window in a subprocess (offscreen) with its own settings and data folders, kills
it, and starts a new one, which must offer the autosaved scenario and restore it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRELUDE = """
import sys, time, json
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from gui.qtapp import APPLICATION, ORGANISATION
app = QApplication(["aiee"])
app.setOrganizationName(ORGANISATION)
app.setApplicationName(APPLICATION)
from gui.window.main_window import MainWindow
from gui.diagnostics.selftest import settle
win = MainWindow()
win.show()
win.build()
settle(win.presenter)
tools = win.whatif
"""

RUNNING = (
    PRELUDE
    + """
p = win.presenter
p.set_values({{"datacenter.pue": 1.37, "name": "Before the kill", "model.parameters": 3.3e10}})
end = time.time() + 10
while tools.autosaver.saves == 0 and time.time() < end:
    app.processEvents(); time.sleep(0.01)
print("SAVED", tools.autosaver.saves, flush=True)
while True:
    app.processEvents(); time.sleep(0.01)
"""
)

LOOPING = (
    PRELUDE
    + """
p = win.presenter
i = 0
while True:
    p.set_values({{"datacenter.pue": round(1.01 + (i % 140) / 100, 2), "name": "loop %d" % i}})
    tools.autosaver.save_now()
    if i == 3:
        print("LOOPING", flush=True)
    i += 1
"""
)

RESTORE = (
    PRELUDE
    + """
offered = tools.restore_bar is not None
if offered:
    tools.restore_autosave()
settle(win.presenter)
s = win.presenter.scenario
print(json.dumps({{"offered": offered, "pue": s.datacenter.pue, "name": s.name,
                   "parameters": s.model.parameters}}), flush=True)
win.close()  # a clean exit: the autosave goes
app.processEvents()
"""
)


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def _start(code: str, tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code.format(root=str(ROOT))],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _wait_line(proc: subprocess.Popen, word: str, timeout: float = 60) -> str:
    end = time.time() + timeout
    while time.time() < end:
        line = proc.stdout.readline()
        if line.startswith(word):
            return line
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"the window never printed {word}")


def _restore(tmp_path: Path) -> dict:
    r = subprocess.run(
        [sys.executable, "-c", RESTORE.format(root=str(ROOT))],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    return json.loads(r.stdout.strip().splitlines()[-1])


def _autosave_files(tmp_path: Path) -> list[Path]:
    return list((tmp_path / "data").rglob("autosave-*.json"))


def test_kill_while_running_then_restore(tmp_path):
    proc = _start(RUNNING, tmp_path)
    _wait_line(proc, "SAVED")
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert _autosave_files(tmp_path)
    got = _restore(tmp_path)
    assert got["offered"] is True
    assert got["pue"] == 1.37 and got["name"] == "Before the kill" and got["parameters"] == 3.3e10
    assert _autosave_files(tmp_path) == []  # the clean exit removed it
    assert _restore(tmp_path)["offered"] is False  # and the next start has nothing to offer


@pytest.mark.parametrize("delay", [0.05, 0.4])
def test_kill_during_autosave_then_restore(tmp_path, delay):
    from gui.window.autosave import AutosaveSlots

    proc = _start(LOOPING, tmp_path)
    _wait_line(proc, "LOOPING")
    time.sleep(delay)  # the loop writes the autosave hundreds of times a second: the kill lands mid-write
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    files = _autosave_files(tmp_path)
    assert files
    found = AutosaveSlots.for_file(files[0]).read()  # one of the two files is whole, whatever the kill cut
    assert found is not None
    scenario = found[0]
    assert scenario.name.startswith("loop ")
    got = _restore(tmp_path)
    assert got["offered"] is True
    assert got["name"] == scenario.name and got["pue"] == scenario.datacenter.pue
    assert not list((tmp_path / "data").rglob(".aiee-*.tmp"))
