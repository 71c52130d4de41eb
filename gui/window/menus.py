"""Every menu command of the window, declared once: its text, shortcut, menu and handler.

Menus used to be built in three modules, each inserting into menus it found through the others' actions; two of
them gave Ctrl+L to different commands, so Qt reported an "Ambiguous shortcut overload" and pressing it did
nothing. Here one table, :data:`COMMANDS`, says what each command is; :func:`build` makes the menus from it
with the handlers the window hands in (the window composes, this module owns no behaviour), and
:meth:`Menus.retranslate` re-sets every text from the same table. ``tests/gui/test_menus.py`` lists every
shortcut and fails when two commands share one; the self-test presses each once.

A dock's show/hide command is the dock's own ``toggleViewAction`` (so its check mark follows the dock); the
table gives it its text and shortcut like any other command. The list parts of a menu (recent files, the
presets, the per-chart exports, the languages) are filled by the window from its data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

#: A menu's key, translation context and title, in menu-bar order.
MENUS: tuple[tuple[str, str, str], ...] = (
    ("file", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    ("edit", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Edit")),
    ("presets", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Presets")),
    ("analyse", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Analyse")),
    ("view", "Extras", QT_TRANSLATE_NOOP("Extras", "&View")),
    ("help", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)

#: sub-menus: key, parent menu, translation context, title
SUBMENUS: tuple[tuple[str, str, str, str], ...] = (
    ("recent", "file", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "Open &Recent")),
    ("export", "file", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Export")),
    ("language", "view", "Extras", QT_TRANSLATE_NOOP("Extras", "&Language")),
    ("teacher", "view", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Teacher")),
)

Key = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Command:
    """One menu command. ``menu`` names a menu or sub-menu; ``"-"`` as ``key`` is a separator; ``dock``:
    the command shows and hides the dock of that name; ``checkable``: its handler receives the check state."""

    key: str
    menu: str
    context: str = ""
    text: str = ""
    shortcut: Key = None
    status: str = ""
    dock: bool = False
    checkable: bool = False
    #: another shortcut for the same command (redo answers both Ctrl+Shift+Z and Ctrl+Y)
    alternate: str | None = None
    #: the values of the status tip's ``{fields}``, asked at each language switch
    fill: Callable[[], dict[str, str]] | None = None


def _samples_range() -> dict[str, str]:
    """The sample count's allowed range as its dialog's box shows numbers ("100–1000000")."""
    from gui.window.samples import range_text

    return {"range": range_text()}


def _sep(menu: str) -> Command:
    return Command("-", menu)


#: Every command, in menu order. The language commands and the list parts are filled in by the window.
COMMANDS: tuple[Command, ...] = (
    Command(
        "open", "file", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Open…"), QKeySequence.StandardKey.Open
    ),
    Command("@recent", "file"),
    Command(
        "save", "file", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Save"), QKeySequence.StandardKey.Save
    ),
    Command(
        "save_as",
        "file",
        "MainWindow",
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        QKeySequence.StandardKey.SaveAs,
    ),
    _sep("file"),
    Command("@export", "file"),
    Command("export_pdf", "export", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "Report (PDF)…")),
    Command("export_csv", "export", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "Results as CSV…")),
    Command("export_json", "export", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "Results as JSON…")),
    Command(
        "export_charts", "export", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "All charts as image (PNG or SVG)…")
    ),
    _sep("export"),
    Command("copy", "file", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Copy results"), "Ctrl+Shift+C"),
    _sep("file"),
    Command("quit", "file", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "Ctrl+Q"),
    Command("undo", "edit", "Undo", QT_TRANSLATE_NOOP("Undo", "&Undo"), "Ctrl+Z"),
    Command("redo", "edit", "Undo", QT_TRANSLATE_NOOP("Undo", "&Redo"), "Ctrl+Shift+Z", alternate="Ctrl+Y"),
    _sep("edit"),
    Command(
        "samples",
        "edit",
        "WhatIf",
        QT_TRANSLATE_NOOP("WhatIf", "Uncertainty &samples…"),
        status=QT_TRANSLATE_NOOP("WhatIf", "How many Monte Carlo samples the p5–p95 ranges use ({range})."),
        fill=_samples_range,
    ),
    Command("custom", "edit", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "My &hardware, grids and profiles…")),
    Command("@presets", "presets"),
    _sep("presets"),
    Command(
        "reset_preset",
        "presets",
        "WhatIf",
        QT_TRANSLATE_NOOP("WhatIf", "Reset to &preset"),
        status=QT_TRANSLATE_NOOP("WhatIf", "Back to the preset this scenario started from."),
    ),
    Command("reset", "presets", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Reset to defaults")),
    _sep("presets"),
    Command(
        "set_baseline",
        "presets",
        "Baseline",
        QT_TRANSLATE_NOOP("Baseline", "Set as &baseline"),
        "Ctrl+B",
        status=QT_TRANSLATE_NOOP(
            "Baseline", "Read every chart and card against the scenario on screen (shown dashed)."
        ),
    ),
    Command(
        "reset_baseline",
        "presets",
        "Baseline",
        QT_TRANSLATE_NOOP("Baseline", "Reset to base&line"),
        "Ctrl+Shift+B",
        status=QT_TRANSLATE_NOOP("Baseline", "Put the baseline scenario back on screen (undoable)."),
    ),
    Command(
        "compare", "analyse", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Compare scenarios"), "Ctrl+K", dock=True
    ),
    Command("pin", "analyse", "WhatIf", QT_TRANSLATE_NOOP("WhatIf", "&Pin current scenario"), "Ctrl+P"),
    # Ctrl+L is the guided lessons' (a teacher's key); the analysis dock had it too, and neither opened
    Command(
        "analysis",
        "analyse",
        "WhatIf",
        QT_TRANSLATE_NOOP("WhatIf", "Sensitivity, sweeps and &equivalents"),
        "Ctrl+Shift+A",
        dock=True,
    ),
    Command("@language", "view"),
    Command("dark", "view", "Extras", QT_TRANSLATE_NOOP("Extras", "&Dark theme"), checkable=True),
    _sep("view"),
    Command("lessons", "view", "Extras", QT_TRANSLATE_NOOP("Extras", "Guided &lessons"), "Ctrl+L", dock=True),
    Command(
        "explain", "view", "Extras", QT_TRANSLATE_NOOP("Extras", "&Explain this result"), "Ctrl+E", dock=True
    ),
    _sep("view"),
    Command(
        "classroom",
        "view",
        "Extras",
        QT_TRANSLATE_NOOP("Extras", "&Classroom mode"),
        "F5",
        status=QT_TRANSLATE_NOOP(
            "Extras", "Full-screen, high-contrast view for a projector (F11 toggles, Esc leaves)."
        ),
    ),
    # a teacher's controls and lesson files (gui.classroom.teacher, gui.classroom.lesson_files)
    Command("@teacher", "view"),
    Command("teacher", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "Teacher &controls…")),
    Command("open_class", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Open classroom file…")),
    Command("save_class", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Save classroom file…")),
    _sep("teacher"),
    Command("lesson_file", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Load lesson file…")),
    Command(
        "lesson_copy", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Edit a copy of this lesson…")
    ),
    Command("lessons_folder", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "Open lessons &folder")),
    _sep("teacher"),
    Command("projector", "teacher", "Teacher", QT_TRANSLATE_NOOP("Teacher", "&Projector…")),
    # Help: the welcome card's three ways in, the glossary and this table as a list of keys (gui.help)
    Command(
        "getting_started",
        "help",
        "Welcome",
        QT_TRANSLATE_NOOP("Welcome", "&Getting started"),
        QKeySequence.StandardKey.HelpContents,
        status=QT_TRANSLATE_NOOP(
            "Welcome", "Three ways in: a guided tour, one question's cost, two deployments."
        ),
    ),
    Command("glossary", "help", "Glossary", QT_TRANSLATE_NOOP("Glossary", "G&lossary…")),
    Command("shortcuts", "help", "Shortcuts", QT_TRANSLATE_NOOP("Shortcuts", "&Keyboard shortcuts…")),
    _sep("help"),
    Command("about", "help", "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&About AI Energy Explorer")),
)

UNDO_KEYS = ("undo", "redo")

#: the languages offered, each named in its own language (never translated)
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("ja", "日本語"))


def _keys(shortcut: Key) -> list[QKeySequence]:
    """The platform's main binding of a standard key (none on some platforms), or the one sequence given."""
    seq = QKeySequence(shortcut) if shortcut is not None else QKeySequence()
    return [] if seq.isEmpty() else [seq]


class Menus(QObject):
    """The menu bar's menus and commands: ``actions[key]``, ``menus[key]``, ``languages[code]``."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.languages: dict[str, QAction] = {}
        self.presets: dict[str, QAction] = {}
        self.preset_data: dict[str, object] = {}
        self.chart_exports: list[tuple[QAction, QWidget]] = []
        self.language_group = QActionGroup(self)

    def retranslate(self) -> None:
        """Every menu title, command text and status tip again, in the current language."""
        for key, context, title in (*MENUS, *((k, c, t) for k, _p, c, t in SUBMENUS)):
            if key in self.menus:
                self.menus[key].setTitle(QCoreApplication.translate(context, title))
        for cmd in COMMANDS:
            act = self.actions.get(cmd.key)
            if act is None or not cmd.text or cmd.key in UNDO_KEYS:
                continue  # the undo stack names its own commands ("Undo Batch size 64 → 128")
            act.setText(QCoreApplication.translate(cmd.context, cmd.text))
            if cmd.status:
                status = QCoreApplication.translate(cmd.context, cmd.status)
                act.setStatusTip(status.format(**cmd.fill()) if cmd.fill else status)
        for pid, act in self.presets.items():
            p = self.preset_data[pid]
            description = QCoreApplication.translate("Presets", p.description)  # marked in gui/i18n_marks.py
            act.setText(QCoreApplication.translate("Presets", p.name))
            act.setToolTip(f"{description}\n{QCoreApplication.translate('MainWindow', 'Source:')} {p.source}")
            act.setStatusTip(description)
        for act, chart in self.chart_exports:
            act.setText(QCoreApplication.translate("WhatIf", "Chart: {t}…").format(t=chart.title.text()))

    def shortcuts(self) -> dict[str, list[str]]:
        """Each shortcut (portable text) and the commands that answer it: one each, or Qt ignores it."""
        out: dict[str, list[str]] = {}
        for key, act in self.actions.items():
            for seq in act.shortcuts():
                out.setdefault(seq.toString(), []).append(key)
        return out


def build(
    bar: QMenuBar,
    handlers: Mapping[str, Callable[..., object]],
    docks: Mapping[str, QWidget] | None = None,
    undo_actions: tuple[QAction, QAction] | None = None,
    language: str = "en",
    checked: Mapping[str, bool] | None = None,
    presets: Mapping[str, object] | None = None,
    charts: tuple[QWidget, ...] = (),
    owner: QWidget | None = None,
) -> Menus:
    """Make the menus of :data:`COMMANDS` on ``bar``. ``handlers[key]`` runs the command (``language``,
    ``preset`` and ``export_chart`` receive the code, the preset id and the chart); ``docks[key]`` is the dock
    a dock command shows; ``undo_actions`` are the undo stack's own (their text names the step);
    ``checked`` the first state of checkable commands; ``presets`` the catalog's presets (id -> preset);
    ``charts`` the chart cards offered one by one under File > Export."""
    owner = owner if owner is not None else bar.parentWidget()
    menus = Menus(owner)
    docks = docks or {}
    bar.clear()
    for key, _context, _title in MENUS:
        menus.menus[key] = bar.addMenu("")
        menus.menus[key].setObjectName(f"{key}Menu")
    for key, _parent, _context, _title in SUBMENUS:
        menus.menus[key] = QMenu(owner)
        menus.menus[key].setObjectName(f"{key}Menu")
    for cmd in COMMANDS:
        menu = menus.menus[cmd.menu]
        if cmd.key == "-":
            menu.addSeparator()
            continue
        if cmd.key.startswith("@"):  # a sub-menu or a list part goes here
            name = cmd.key[1:]
            if name == "presets":
                menu.setToolTipsVisible(True)
                for pid, preset in (presets or {}).items():
                    act = QAction(menus)
                    act.triggered.connect(lambda _=False, pid=pid: handlers["preset"](pid))
                    menu.addAction(act)
                    menus.presets[pid] = act
                    menus.preset_data[pid] = preset
            elif name in menus.menus and name != cmd.menu:
                menu.addMenu(menus.menus[name])
            continue
        if cmd.dock:
            act = docks[cmd.key].toggleViewAction()
        elif cmd.key in ("undo", "redo") and undo_actions is not None:
            act = undo_actions[0 if cmd.key == "undo" else 1]
        else:
            act = QAction(menus)
            act.setCheckable(cmd.checkable)
            act.setChecked(bool((checked or {}).get(cmd.key, False)))
            handler = handlers[cmd.key]
            if cmd.checkable:
                act.toggled.connect(handler)
            else:
                act.triggered.connect(lambda _=False, h=handler: h())
        keys = _keys(cmd.shortcut)
        if cmd.alternate:
            keys.append(QKeySequence(cmd.alternate))
        act.setShortcuts(keys)
        menu.addAction(act)
        menus.actions[cmd.key] = act
    for chart in charts:
        act = QAction(menus)
        act.triggered.connect(lambda _=False, c=chart: handlers["export_chart"](c))
        menus.menus["export"].addAction(act)
        menus.chart_exports.append((act, chart))
    language_menu = menus.menus["language"]
    for code, name in LANGUAGES:
        act = QAction(name, menus, checkable=True)
        act.setChecked(code == language)
        act.triggered.connect(lambda _=False, code=code: handlers["language"](code))
        menus.language_group.addAction(act)
        language_menu.addAction(act)
        menus.languages[code] = act
    menus.retranslate()
    return menus
