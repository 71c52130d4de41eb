"""The house rules of gui/, read from the source (no Qt needed): short modules, and a window that composes.

- No module in gui/ is over :data:`MAX_LINES` lines: a file that size holds more than one thing (the charts
  file was 1,121 lines, the drawn items 623, before each was split by what it holds).
- Only the main window receives the window. Every other product module is handed the collaborators it needs
  (the session, the presenter, a callback, a parent widget for its dialogs); the main window builds the panels
  and docks and connects their signals in one place. The entry that creates the window and the diagnostics
  harnesses that drive it (self-test, bench, soak, layout check) are the exceptions, as the tests are.
- Nothing assigns to another object's private attribute or replaces a method on an instance: a subclass
  overrides, an object keeps its own state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
MAX_LINES = 600

#: parameter names that mean "the main window"
WINDOW_NAMES = {"window", "win", "main_window", "mainwindow", "main"}
#: modules allowed to take the window: the window itself, the entry that creates and closes it, and the
#: harnesses that start it and drive it as a user would (they sit on top of the import ladder, like tests)
MAY_TAKE_WINDOW = ("gui/window/main_window.py", "gui/app.py", "gui/qtapp.py", "gui/diagnostics/")


def gui_modules() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_rules_see_every_gui_wing():
    """The checks below read the real tree: every wing is there and holds modules."""
    wings = {p.parent.name for p in gui_modules()}
    assert {"window", "inputs", "charts", "whatif", "classroom", "export", "diagnostics"} <= wings
    assert len(gui_modules()) > 60


@pytest.mark.parametrize("path", gui_modules(), ids=rel)
def test_no_gui_module_is_over_600_lines(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, (
        f"{rel(path)} has {lines} lines (at most {MAX_LINES}): split it by what it holds"
    )
