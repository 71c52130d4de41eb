"""Start the window: ``main(["--lang", "ja", "scenario.json"])``.

Options: ``--self-test`` (open the window offscreen, exercise every input, render every chart, exit 0 when
all is well), ``--lang en|ja`` (installs ``resources/i18n/aiee_<lang>.qm`` when present, and Qt's own
``qtbase_<lang>.qm``), and an optional scenario file to open. Only Qt is imported before the window is
shown; the estimator, numpy and pyqtgraph load right after the first paint.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

T0 = time.perf_counter()

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
USAGE = (
    "usage: main.py [--lang en|ja] [--self-test] [--size WxH] [--lesson N|ID|LESSON.json] [--classroom]"
    " [SCENARIO.json | CLASSROOM.aiee-class.json]"
)


def parse_args(args: list[str]) -> dict:
    opts: dict = {"self_test": False, "lang": None, "file": None, "startup_probe": False, "layout": {}}
    it = iter(args)
    for a in it:
        if a == "--self-test":
            opts["self_test"] = True
        elif (
            a == "--startup-probe"
        ):  # used by gui.diagnostics.bench: print the time of the first paint and quit
            opts["startup_probe"] = True
        elif a == "--lang" or a.startswith("--lang="):
            value = a.split("=", 1)[1] if "=" in a else next(it, None)
            if value not in ("en", "ja"):
                raise SystemExit(f"--lang must be en or ja, not {value!r}\n{USAGE}")
            opts["lang"] = value
        elif a in ("--size", "--lesson") or a.startswith(("--size=", "--lesson=")):
            # the self-test's layout check: the screen size, and a lesson to open (gui.diagnostics.layout)
            key = a.split("=", 1)[0][2:]
            value = a.split("=", 1)[1] if "=" in a else next(it, None)
            if value is None or (key == "size" and not _is_size(value)):
                raise SystemExit(f"--{key} needs a value{' like 1024x768' if key == 'size' else ''}\n{USAGE}")
            opts["layout"][key] = value
        elif a == "--classroom":
            opts["layout"]["classroom"] = True
        elif a in ("-h", "--help"):
            print(USAGE)
            raise SystemExit(0)
        elif a.startswith("-"):
            raise SystemExit(f"unknown option {a!r}\n{USAGE}")
        elif opts["file"] is None:
            opts["file"] = a
        else:
            raise SystemExit(f"only one scenario file can be opened\n{USAGE}")
    return opts


def _is_size(value: str) -> bool:
    w, _, h = value.partition("x")
    return w.isdigit() and h.isdigit() and int(w) >= 320 and int(h) >= 240


def _install_language(app, lang: str | None) -> None:
    """Qt's own catalogue and the app's, the locale and the Japanese font (imported only when needed)."""
    from gui.i18n import apply_language

    apply_language(app, lang)


def startup_language(asked: str | None) -> str | None:
    """``--lang`` when given, else the language chosen in the View menu last time, else None (the system's)."""
    if asked is not None:
        return asked
    from gui.qtapp import peek_setting

    stored = peek_setting("language")
    return stored if stored in ("en", "ja") else None


def english_before_first_paint(lang: str | None) -> bool:
    """True when the language is surely English, so translators and locale may wait for the first paint.

    Installing them imports QLocale, whose enums cost about 50 ms; the "Loading..." frame does not need
    them in English. On Linux Qt takes the system language from LC_ALL / LC_MESSAGES / LANG (unset = C);
    elsewhere it asks the OS, so the catalogues are installed before the window, as for any other language.
    """
    if lang is not None:
        return lang == "en"
    if not sys.platform.startswith("linux"):
        return False
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or "C"
    return env.split(".")[0].split("_")[0].lower() in ("c", "posix", "en")


def _without_home() -> str | None:
    """With HOME unset (``env -i``), Qt's settings and data folders would be ``/.config`` and ``/.local``: as
    root, the app would write into ``/``. Point them at a private temporary folder for this run instead, and
    say why autosave is off; returns the folder, or None when HOME is set."""
    if os.name != "posix" or os.path.isabs(os.environ.get("HOME") or ""):
        return None
    import tempfile

    from PySide6.QtCore import QT_TRANSLATE_NOOP

    from gui.window import autosave

    folder = tempfile.mkdtemp(prefix="aiee-nohome-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(folder, var.lower())
    autosave.OFF_REASON = QT_TRANSLATE_NOOP("Autosave", "HOME is not set; settings are not kept")
    return folder


def startup_scenario():
    """The teacher's start-up values (gui.settings ``teacher.startup``), or None for the defaults."""
    from gui import settings

    try:
        return settings.read().teacher.startup_scenario()
    except ValueError:  # a start-up scenario that no longer validates: the defaults, never a failed start
        return None


def teacher_start(win, classroom_file: str | None, layout: dict) -> None:
    """``main.py CLASSFILE``, ``--lesson N|ID|FILE``, ``--classroom`` and ``--size WxH`` outside the self-test:
    the window that size, the classroom file's set-up, the lesson at its first step, classroom mode."""
    if layout.get("size"):
        w, _, h = layout["size"].partition("x")
        screen = win.screen().availableGeometry() if win.screen() else None
        win.showNormal()
        win.resize(
            min(int(w), screen.width()) if screen else int(w),
            min(int(h), screen.height()) if screen else int(h),
        )
    lesson, classroom = layout.get("lesson"), bool(layout.get("classroom"))
    if classroom_file:
        win.extras.teacher.open_file(classroom_file, lesson, classroom or None)
        return
    setup = win.extras.teacher.setup  # the stored set-up's lesson and classroom mode, unless asked otherwise
    win.extras.start(lesson or setup.lesson, classroom or setup.classroom)


def starting_scenario():
    """What the window shows when started without a file: a popular chat service (resources/presets.json,
    ``chat-service``), where serving is visible beside training (UX review 2026-12, P2-5: with the generic
    8B model at 1M queries a day serving looked negligible). The estimator's own defaults are unchanged
    (Presets > Reset to defaults, the command line)."""
    from core.compare import scenario_from_preset
    from core.scenario import ScenarioError

    try:
        return scenario_from_preset("chat-service")
    except (ScenarioError, KeyError):
        return None


def main(args: list[str]) -> int:
    try:
        opts = parse_args(args)
    except SystemExit as exit_:
        if isinstance(exit_.code, str):
            print(exit_.code, file=sys.stderr)
            return 2
        return int(exit_.code or 0)

    if opts["self_test"]:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from core.catalog import verify_resources

        damaged = verify_resources()
        if damaged:  # a damaged table must never turn into silently wrong numbers
            print("self-test FAILED: damaged installation: " + "; ".join(damaged), file=sys.stderr)
            return 1
        from gui.diagnostics.selftest import run_self_test

        return run_self_test(lang=opts["lang"], file=opts["file"], layout=opts["layout"] or None)

    from PySide6.QtCore import QEvent, QObject, QTimer

    from gui.qtapp import close_window, create_app

    no_home = _without_home()
    from gui.classroom.projector import apply_startup_scale

    apply_startup_scale()  # the projector's text scale (Qt's QT_SCALE_FACTOR, read when the app is made)
    app = create_app()
    opts["lang"] = startup_language(opts["lang"])
    deferred_language = english_before_first_paint(opts["lang"])
    if not deferred_language:
        _install_language(app, opts["lang"])
    from gui.window.main_window import MainWindow

    win = MainWindow()

    def after_first_paint() -> bool:
        """Language (if deferred), the fault handler and the resource check; False if start-up must stop."""
        from gui.faults import check_resources, install_exception_handler  # its dialogs load ~40 ms of Qt

        if deferred_language:
            _install_language(app, opts["lang"])
        app.exception_handler = install_exception_handler(lambda: win)
        if check_resources(show_dialog=not opts["startup_probe"]):
            app.exit(1)
            return False
        return True

    if opts["startup_probe"]:

        class _FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and obj is win:
                    obj.removeEventFilter(self)
                    QTimer.singleShot(0, self.painted)
                return False

            def painted(self) -> None:
                print(f"painted {time.perf_counter() - T0:.4f}", flush=True)
                if not after_first_paint():
                    return
                win.build()  # then the time until the charts show their first result
                win.repaint()
                print(f"ready {time.perf_counter() - T0:.4f}", flush=True)
                app.quit()

        probe = _FirstPaint(win)
        win.installEventFilter(probe)
        win.show()
        rc = app.exec()
        close_window(app, win)
        return rc

    win.show()

    def finish() -> None:
        # The checksum pass over the resources (about 0.1 s) runs after the first paint, not before it;
        # a damaged installation still stops here, with the message naming the file, before any estimate.
        if not after_first_paint():
            return
        from core.classroom import is_classroom_file
        from core.scenario import ScenarioError, load_scenario_file

        scenario = None
        problem = None
        classroom_file = opts["file"] if opts["file"] and is_classroom_file(opts["file"]) else None
        if opts["file"] and not classroom_file:
            try:
                scenario = load_scenario_file(opts["file"])
            except ScenarioError as err:
                problem = str(err)
        opened = scenario is not None
        if scenario is None and not problem:
            # the teacher's start-up values when set (gui.classroom.teacher), else the chat service
            scenario = startup_scenario() or starting_scenario()
        win.build(scenario)
        teacher_start(win, classroom_file, opts["layout"])
        if opened:
            win.session.opened(opts["file"])  # the file of the document (and a recent file)
        win.setWindowModified(False)
        win.update_title()
        setup = win.extras.teacher.setup  # a teacher's start (a lesson, classroom mode) is not covered by it
        if not opts["file"] and not opts.get("layout") and not (setup.lesson or setup.classroom):
            win.help_tools.show_at_start()  # the welcome card, unless "Don't show this at start"
        if problem:
            from PySide6.QtCore import QCoreApplication

            from gui import plaintext

            win.statusBar().showMessage(problem, 15000)
            plaintext.warning(
                win,
                QCoreApplication.translate("MainWindow", "Could not open the scenario"),
                problem
                + "\n\n"
                + QCoreApplication.translate("MainWindow", "The default scenario is shown instead."),
            )

    QTimer.singleShot(0, finish)
    rc = app.exec()
    close_window(app, win)
    if no_home:
        import shutil

        shutil.rmtree(no_home, ignore_errors=True)
    return rc
