"""Run the layout check (``main.py --self-test --size WxH --lang L [--lesson N] [--classroom]``'s part that
looks at the screen) over every screen size, language, lesson and classroom mode, and print each failure.

One process per language (the translation is chosen at start-up); a fresh window for each case, so one case
cannot leave a panel open for the next. Usage: ``python tools/layout_matrix.py [--lang en|ja]
[--sizes 1024x768,...] [--lessons 1,2,...]``; exits 1 when any case fails.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ("1024x768", "1366x768", "1920x1080")
LESSONS = (None, "1", "2", "3", "4", "5", "6", "7", "8")


def check_case(app, size: str, lesson: str | None, classroom: bool) -> list[str]:
    from PySide6.QtCore import QSize

    from gui.diagnostics.layout import arrange, check_layout
    from gui.presenter import settle
    from gui.window.main_window import MainWindow

    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    app.processEvents()
    win.build(None)
    settle(win.presenter, full=True)
    w, _, h = size.partition("x")
    screen = QSize(int(w), int(h))
    try:
        shown = arrange(win, screen, lesson, classroom)
        problems = check_layout(shown, screen)
    finally:
        classroom_view = getattr(win.extras, "classroom", None)
        if classroom_view is not None:
            classroom_view.close()
            win.extras.classroom = None
        win.close()
        win.deleteLater()
        app.processEvents()
    return problems


def run_self_test(size: str, lang: str, lesson: str | None, classroom: bool) -> list[str]:
    """The whole ``main.py --self-test`` for one case, in its own process (as a user would run it)."""
    import subprocess

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cmd = [sys.executable, os.path.join(root, "main.py"), "--self-test", "--size", size, "--lang", lang]
    cmd += ["--lesson", lesson] if lesson else []
    cmd += ["--classroom"] if classroom else []
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=root)
    except subprocess.TimeoutExpired:
        return ["the self-test took more than 180 s"]
    if out.returncode == 0:
        return []
    lines = [x.strip() for x in out.stdout.splitlines() if x.strip().startswith("- ")]
    return lines or [f"exit {out.returncode}: {(out.stdout + out.stderr).strip()[-300:]}"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--sizes", default=",".join(SIZES))
    ap.add_argument("--lessons", default="")
    ap.add_argument("--classroom", choices=("both", "yes", "no"), default="both")
    ap.add_argument("--self-test", action="store_true", help="run the whole main.py --self-test per case")
    a = ap.parse_args(argv)
    from gui.diagnostics.selftest import use_temporary_settings

    use_temporary_settings()
    from gui.i18n import apply_language
    from gui.qtapp import create_app

    app = create_app()
    apply_language(app, a.lang)
    lessons = [None if x in ("", "0", "none") else x for x in a.lessons.split(",")] if a.lessons else LESSONS
    modes = {"both": (False, True), "yes": (True,), "no": (False,)}[a.classroom]
    passed = failed = 0
    for size in a.sizes.split(","):
        for lesson in lessons:
            for classroom in modes:
                t0 = time.perf_counter()
                if a.self_test:
                    problems = run_self_test(size, a.lang, lesson, classroom)
                else:
                    problems = check_case(app, size, lesson, classroom)
                name = f"{size} {a.lang} lesson={lesson or '-'}" + (" classroom" if classroom else "")
                dt = time.perf_counter() - t0
                if problems:
                    failed += 1
                    print(f"FAIL {name} ({dt:.1f} s)")
                    for p in problems:
                        print(f"    {p}")
                else:
                    passed += 1
                    print(f"ok   {name} ({dt:.1f} s)")
                sys.stdout.flush()
    print(f"{a.lang}: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
