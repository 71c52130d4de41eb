"""Screenshots of the main window and classroom mode in English and Japanese, for docs/.

Run under a real X server so the window manager-free screen capture shows what a user sees::

    Xvfb :96 -screen 0 1920x1080x24 &
    DISPLAY=:96 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots_i18n.py

Writes docs/screenshot-main-ja.png, docs/screenshot-main-en-lesson.png, docs/screenshot-classroom-en.png,
docs/screenshot-classroom-ja.png and docs/screenshot-main-dark-ja.png (whole-screen captures at 1920x1080).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="aiee-shots-"))  # no saved geometry
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="aiee-shots-data-"))


def wait(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def capture(app, path: Path) -> None:
    screen = app.primaryScreen()
    wait(app, 0.8)
    screen.grabWindow(0).save(str(path))
    print("wrote", path.relative_to(ROOT))


def main() -> int:
    from gui.i18n import apply_language, switch_language
    from gui.qtapp import create_app

    app = create_app()
    apply_language(app, "en")
    from gui.diagnostics.selftest import settle
    from gui.window.main_window import MainWindow

    win = MainWindow()
    win.setGeometry(app.primaryScreen().availableGeometry())
    win.show()
    win.build()
    settle(win.presenter, full=True)
    docs = ROOT / "docs"

    # English: classroom mode on a preset
    view = win.extras.open_classroom(full_screen=True)
    view.step_forward()  # first preset
    settle(win.presenter, full=True)
    view.show_snapshot(win.presenter.snapshot)
    capture(app, docs / "screenshot-classroom-en.png")
    view.close()
    wait(app, 0.3)

    # English main window with a lesson step and its highlighted control
    win.extras.lessons.show()
    win.extras.lessons.show_step(2)
    settle(win.presenter, full=True)
    capture(app, docs / "screenshot-main-en-lesson.png")

    # Japanese: the same window after a switch, the lesson step kept on screen
    switch_language("ja", win.retranslate)
    win.extras.lessons.show()
    win.extras.lessons.show_step(2)
    settle(win.presenter, full=True)
    capture(app, docs / "screenshot-main-ja.png")

    win.extras.lessons.show_step(3)
    settle(win.presenter, full=True)
    view = win.extras.open_classroom(full_screen=True)
    view.title = win.extras.lessons.step_title.text()
    view._update_hint()
    view.show_snapshot(win.presenter.snapshot)
    capture(app, docs / "screenshot-classroom-ja.png")
    view.close()
    wait(app, 0.3)

    # Japanese, dark theme, with the explanation of the result
    win.extras.lessons.hide()
    win.menus.actions["dark"].setChecked(True)
    win.extras.explain.show()
    win.extras.explain.raise_()
    win.extras.explain.refresh()
    capture(app, docs / "screenshot-main-dark-ja.png")
    win.menus.actions["dark"].setChecked(False)
    win.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
