"""Faults: one handler for unexpected errors, damaged resources named at start-up."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_shown_with_copy_and_the_app_keeps_running(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gui.faults import ErrorDialog, install_exception_handler
    from gui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.build()
    before = win.presenter.scenario
    old_hook = sys.excepthook
    handler = install_exception_handler(lambda: win)
    seen = {}

    def answer_dialog():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]
        assert dialogs, "the error dialog did not open"
        d = dialogs[0]
        seen["text"] = d.details
        d.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        d.reject()

    def broken_slot():
        raise ZeroDivisionError("a bug in a slot")

    try:
        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(200, answer_dialog)
        qtbot.waitUntil(lambda: "clipboard" in seen, timeout=5000)
    finally:
        sys.excepthook = old_hook
    assert handler.count == 1
    assert "ZeroDivisionError: a bug in a slot" in seen["text"]
    assert seen["clipboard"] == seen["text"]
    log = handler.log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in log and str(tmp_path) in str(handler.log)
    # the window still works, with the scenario it had
    assert win.presenter.scenario == before
    win.presenter.set_value("datacenter.pue", 1.5)
    qtbot.waitUntil(lambda: win.presenter.scenario.datacenter.pue == 1.5, timeout=3000)


def _copy_app(tmp_path):
    """A copy of the app whose resources can be damaged without touching the real ones."""
    dst = tmp_path / "app"
    shutil.copytree(
        ROOT,
        dst,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "__pycache__", "docs", "tests"),
    )
    return dst


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (
            lambda r: (r / "data" / "grid_intensity.csv").write_text("code,name\nJP,Japan\n"),
            "data/grid_intensity.csv",
        ),
        (lambda r: (r / "presets.json").unlink(), "presets.json"),
        (
            lambda r: (r / "fonts" / "NotoSansJP-Regular-subset.otf").write_bytes(b"truncated"),
            "NotoSansJP-Regular-subset.otf",
        ),
    ],
)
def test_damaged_resources_stop_start_up_naming_the_file(tmp_path, damage, named):
    app = _copy_app(tmp_path)
    damage(app / "resources")
    for args in (["--self-test"], ["estimate"]):
        p = subprocess.run(
            [sys.executable, str(app / "main.py"), *args],
            capture_output=True,
            text=True,
            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
            timeout=120,
        )
        assert p.returncode == 1, (args, p.stdout, p.stderr)
        assert "damaged installation" in p.stderr and named in p.stderr
        assert "Traceback" not in p.stderr
