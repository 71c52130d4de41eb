"""Command-line commands that need Qt: ``report`` to PDF, PNG or SVG, and ``lesson``.

They live apart from the window's start-up (:mod:`gui.app`) and from the lesson content
(:mod:`gui.classroom.lessons`), so that content and entry point never import each other. Errors are one line on
stderr with exit status 2, like the rest of the command line (:mod:`core.cli`).
"""

from __future__ import annotations

import argparse
import os
import sys

from gui.classroom.lessons import CONTEXT as LESSONS_CONTEXT
from gui.classroom.lessons import scenario_for, steps


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(LESSONS_CONTEXT, text)


def run_lesson_cli(argv: list[str]) -> int:
    """``main.py lesson --list [--lang ja]`` or ``main.py lesson N`` (1-based step number)."""
    p = argparse.ArgumentParser(prog="main.py lesson")
    p.add_argument("--list", action="store_true", help="list every step")
    p.add_argument("--lang", choices=("en", "ja"), default=None)
    p.add_argument("step", nargs="?", type=int, help="show one step with its numbers")
    try:
        a = p.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    from gui.i18n import apply_language

    apply_language(app, a.lang)
    flat = steps()
    if a.step is not None and not 1 <= a.step <= len(flat):
        print(f"error: step = {a.step} is out of range; allowed 1 to {len(flat)}", file=sys.stderr)
        return 2
    shown = range(len(flat)) if a.list or a.step is None else [a.step - 1]
    last = None
    for i in shown:
        lesson, _, st = flat[i]
        if lesson is not last:
            print(_translate(lesson.title))
            last = lesson
        print(f"  {i + 1:>2}. {_translate(st.title)}")
        if a.step is not None or a.list:
            print(f"      {_translate(st.text)}")
            print(f"      [{st.source}]" + (f"  -> {st.control}" if st.control else ""))
        if a.step is not None:
            from core.estimator import estimate

            r = estimate(scenario_for(i))
            print(
                f"      lifecycle {r['lifecycle.energy_kwh'] / 1000:,.0f} MWh, {r['lifecycle.co2e_kg'] / 1000:,.0f} t CO2e"
            )
    return 0


def run_report_cli(argv: list[str]) -> int:
    """``main.py report ... --output F.pdf|.png|.svg``; errors: one line on stderr, exit status 2."""
    from core.cli import UserError, report_parser, scenario_from_args
    from core.scenario import ScenarioError
    from gui.export.report import write_report_file

    try:
        a = report_parser().parse_args(argv)
        scenario = scenario_from_args(a.scenario, a.preset, a.set or [])
    except (UserError, ScenarioError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["aiee-report"])
    from gui.i18n import apply_language

    apply_language(app, a.lang)  # the report's words, number format and Japanese font
    try:
        fmt = write_report_file(scenario, a.output)
    except ValueError as err:
        print(f"error: --output {a.output}: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {a.output}: cannot write file ({err.strerror or err})", file=sys.stderr)
        return 2
    finally:
        app.processEvents()
    print(f"wrote {fmt.upper()} report to {a.output}")
    return 0
