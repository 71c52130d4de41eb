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

import ast
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


def module_tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def may_take_window(path: Path) -> bool:
    name = rel(path)
    return any(name == a or (a.endswith("/") and name.startswith(a)) for a in MAY_TAKE_WINDOW)


@pytest.mark.parametrize("path", [p for p in gui_modules() if not may_take_window(p)], ids=rel)
def test_only_the_main_window_receives_the_window(path):
    """A function or method that takes the window would reach into it (31 of its attributes were read
    from 14 modules that way, and 3 of them private): it is handed its collaborators instead."""
    takers = []
    for node in ast.walk(module_tree(path)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None and arg.arg.lower() in WINDOW_NAMES:
                    takers.append(f"{rel(path)}:{node.lineno} takes {arg.arg!r}")
    assert takers == []


def gui_method_names() -> set[str]:
    """Every method a gui class defines (what replacing it on an instance would hide)."""
    names = set()
    for path in gui_modules():
        for node in ast.walk(module_tree(path)):
            if isinstance(node, ast.ClassDef):
                names |= {
                    f.name
                    for f in node.body
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and not f.name.startswith("__")
                }
    return names


def hook_attributes() -> set[str]:
    """Attributes a gui class declares as a callable for others to set, in its body or its methods
    (``also: Callable[...] | None = None``, ``self.baseline_for: Callable[...] = ...``)."""
    names = set()
    for path in gui_modules():
        for node in ast.walk(module_tree(path)):
            if isinstance(node, ast.ClassDef):
                for item in ast.walk(node):
                    if isinstance(item, ast.AnnAssign) and "Callable" in ast.unparse(item.annotation):
                        target = item.target
                        if isinstance(target, ast.Name):
                            names.add(target.id)
                        elif isinstance(target, ast.Attribute) and ast.unparse(target.value) == "self":
                            names.add(target.attr)
    return names


def foreign_assignments(tree: ast.Module, methods: set[str], hooks: set[str]) -> list[tuple[int, str]]:
    """``other.attr = ...`` that assigns a private attribute of another object, replaces a method, or puts a
    function on an instance (``self`` and ``cls`` are the object's own; a module's attributes are settings)."""
    modules = set()
    local_functions = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname or a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            modules |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            local_functions |= {f.name for f in node.body if isinstance(f, ast.FunctionDef)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and len(node.args) == 3
            and isinstance(node.args[1], ast.Constant)
        ):
            fake = ast.Attribute(value=node.args[0], attr=node.args[1].value, ctx=ast.Store())
            targets, value = [fake], node.args[2]
            fake.lineno = node.lineno
        else:
            continue
        for target in targets:
            for t in ast.walk(target):
                if not isinstance(t, ast.Attribute) or not isinstance(t.ctx, ast.Store):
                    continue
                owner = t.value
                if isinstance(owner, ast.Name) and (owner.id in ("self", "cls") or owner.id in modules):
                    continue
                text = f"{ast.unparse(t)} = {ast.unparse(value)[:50] if value is not None else ''}"
                if t.attr.startswith("_") and not t.attr.startswith("__"):
                    found.append((node.lineno, f"another object's private attribute: {text}"))
                elif (
                    t.attr in methods
                    and t.attr not in hooks
                    and isinstance(value, ast.Lambda | ast.Name | ast.Attribute)
                ):
                    found.append((node.lineno, f"a method replaced on an instance: {text}"))
                elif t.attr not in hooks and (
                    isinstance(value, ast.Lambda)
                    or (isinstance(value, ast.Name) and value.id in local_functions)
                ):
                    found.append((node.lineno, f"a function put on an instance: {text}"))
    return found


@pytest.mark.parametrize("path", gui_modules(), ids=rel)
def test_no_private_reach_ins_and_no_methods_replaced_on_instances(path):
    found = foreign_assignments(module_tree(path), gui_method_names(), hook_attributes())
    assert [f"{rel(path)}:{line} {what}" for line, what in found] == []


def test_the_checks_catch_what_they_forbid():
    """The patterns the house had, written again, are each caught (so the checks above can fail)."""
    source = """
def install_whatif(window):
    window.whatif = object()

def drop_crowded_ticks(axis):
    def specs(p):
        return p
    axis.generateDrawSpecs = specs
    axis._aiee_uncrowded = True

def wrap(win, tools):
    win.open_file = lambda path: tools.open(path)
    win.save_file = tools.save
    win._update_title()
    setattr(win, "_profile_chosen", None)
    win.open_file_count = 0
    tools.leftover.scenario = tools.parse()
"""
    tree = ast.parse(source)
    found = [what for _, what in foreign_assignments(tree, {"open_file", "save_file", "scenario"}, set())]
    assert found == [
        "a function put on an instance: axis.generateDrawSpecs = specs",
        "another object's private attribute: axis._aiee_uncrowded = True",
        "a method replaced on an instance: win.open_file = lambda path: tools.open(path)",
        "a method replaced on an instance: win.save_file = tools.save",
        "another object's private attribute: win._profile_chosen = None",
    ]
    takers = [
        a.arg
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        for a in node.args.args
        if a.arg.lower() in WINDOW_NAMES
    ]
    assert takers == ["window", "win"]
