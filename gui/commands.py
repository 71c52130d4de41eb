"""Command-line commands that need Qt: ``report`` to PDF, PNG or SVG, and ``lesson``.

They live apart from the window's start-up (:mod:`gui.app`) and from the lesson content
(:mod:`gui.classroom.lessons`), so that content and entry point never import each other. Errors are one line on
stderr with exit status 2, like the rest of the command line (:mod:`core.cli`); the arguments are read by
:mod:`core.commands`, the command line's one grammar.
"""

from __future__ import annotations

import argparse
import os
import sys

from gui.classroom import lessons as library


def run_lesson_cli(argv: list[str]) -> int:
    """``main.py lesson --list [--lang ja]`` or ``main.py lesson N`` (1-based step number)."""
    from core.commands import UserError, build_parser

    try:
        a = build_parser(("lesson",)).parse_args(["lesson", *argv])
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return run_lesson(a)


def run_lesson(a: argparse.Namespace) -> int:
    """The ``lesson`` command, its arguments read by ``core.commands``: the lessons (the app's, the teacher's
    lessons folder and ``--file``), in ``--lang``. A lesson file that cannot be used is one line naming the
    file, the step and the field (exit status 2 for a ``--file``; a bad file in the folder is reported and
    the others listed)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    from gui.i18n import apply_language
    from gui.qtapp import APPLICATION, ORGANISATION

    app.setOrganizationName(ORGANISATION)  # the window's data folder, where the teacher's lessons are
    app.setApplicationName(APPLICATION)
    lang = apply_language(app, a.lang)
    for path in a.file or []:
        try:
            library.add_file(path)
        except library.LessonError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
    for problem in library.library().problems:
        print(f"warning: lesson not loaded: {problem}", file=sys.stderr)
    flat = library.steps()
    if a.step is not None and not 1 <= a.step <= len(flat):
        print(f"error: step = {a.step} is out of range; allowed 1 to {len(flat)}", file=sys.stderr)
        return 2
    shown = range(len(flat)) if a.list or a.step is None else [a.step - 1]
    last = None
    for i in shown:
        lesson, _, st = flat[i]
        if lesson is not last:
            mine = {"folder": " [lessons folder]", "file": " [file]"}.get(lesson.origin, "")
            print(lesson.say(lang) + mine)
            last = lesson
        print(f"  {i + 1:>2}. {st.say('title', lang)}")
        if a.step is not None or a.list:
            print(f"      {st.say('text', lang)}")
            print(f"      [{st.source}]" + (f"  -> {st.control}" if st.control else ""))
        if a.step is not None:
            from core.estimator import estimate

            r = estimate(library.scenario_for(i))
            print(
                f"      lifecycle {r['lifecycle.energy_kwh'] / 1000:,.0f} MWh, {r['lifecycle.co2e_kg'] / 1000:,.0f} t CO2e"
            )
    return 0


def run_report_cli(argv: list[str]) -> int:
    """``report ... --output F.pdf|.png|.svg`` from its arguments (``main.py`` reads them once itself)."""
    from core.cli import execute
    from core.commands import UserError, build_parser

    try:
        a = build_parser(("report",)).parse_args(["report", *argv])
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return execute(a, picture_report)


def picture_report(a: argparse.Namespace) -> int:
    """The ``report`` command for PDF, PNG and SVG; user errors raise ``core.commands.UserError``."""
    from core.cli import scenario_from_args
    from core.scenario import printable

    scenario = scenario_from_args(a.scenario, a.preset, a.set or [])
    fmt = run_report(scenario, a.output, a.lang)
    print(f"wrote {fmt.upper()} report to {printable(a.output, 200)}")
    return 0


def run_report(scenario, path: str, lang: str | None) -> str:
    """Write a PDF, PNG or SVG report of ``scenario``; returns the format written.

    Always drawn offscreen: a report shows nothing on screen, so a stale DISPLAY (over ssh) or none at all
    must not stop it. A directory or read-only target is refused before anything is drawn.
    """
    from core.commands import UserError
    from core.files import describe, write_target

    try:
        write_target(path, "--output")
    except OSError as err:
        raise UserError(describe(err, path)) from None
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(["aiee-report"])
    from gui.export.report import write_report_file
    from gui.i18n import apply_language

    apply_language(app, lang)  # the report's words, number format and Japanese font
    try:
        return write_report_file(scenario, path)
    except ValueError as err:
        raise UserError(f"--output {path}: {err}") from None
    except OSError as err:
        raise UserError(describe(err, path)) from None
    finally:
        app.processEvents()
