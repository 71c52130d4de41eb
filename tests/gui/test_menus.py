"""The one action table: every command once, no shared shortcut, and each shortcut does what it says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest


def test_no_two_commands_share_a_shortcut(window):
    every: dict[str, list[str]] = {}
    for act in window.findChildren(QAction):
        for seq in act.shortcuts():
            every.setdefault(seq.toString(), []).append(act.text())
    shared = {k: v for k, v in every.items() if len(v) > 1}
    assert shared == {}
    # the table's own view agrees, and holds the shortcuts a user reads in the menus
    table = window.menus.shortcuts()
    assert all(len(v) == 1 for v in table.values()), table
    assert table["Ctrl+L"] == ["lessons"]
    assert table["Ctrl+Shift+A"] == ["analysis"]
    assert table["Ctrl+Y"] == ["redo"] and table["Ctrl+Shift+Z"] == ["redo"]


def test_every_command_of_the_table_is_in_a_menu(window):
    from gui.window.menus import COMMANDS

    in_menus = {a for m in window.menus.menus.values() for a in m.actions()}
    for cmd in COMMANDS:
        if cmd.key == "-" or cmd.key.startswith("@"):
            continue
        assert window.menus.actions[cmd.key] in in_menus, cmd.key
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Presets", "&Analyse", "&View", "&Help"]


@pytest.mark.parametrize(
    ("keys", "dock"),
    [("Ctrl+L", "lessons"), ("Ctrl+Shift+A", "analysis"), ("Ctrl+K", "compare"), ("Ctrl+E", "explain")],
)
def test_pressing_a_dock_shortcut_opens_its_dock_without_ambiguity(window, qtbot, keys, dock):
    """Ctrl+L used to belong to two commands: Qt then ran neither and logged "Ambiguous shortcut"."""
    docks = {
        "lessons": window.extras.lessons,
        "explain": window.extras.explain,
        "analysis": window.whatif.analysis_dock,
        "compare": window.whatif.compare_dock,
    }
    messages: list[str] = []
    previous = qInstallMessageHandler(lambda mode, ctx, msg: messages.append(msg))
    try:
        window.activateWindow()
        window.setFocus()
        QTest.keySequence(window, QKeySequence(keys))
        qtbot.waitUntil(lambda: docks[dock].isVisible(), timeout=2000)
    finally:
        qInstallMessageHandler(previous)
    assert not [m for m in messages if "Ambiguous shortcut" in m]


def test_retranslate_resets_every_command_text(window):
    act = window.menus.actions["save"]
    act.setText("changed")
    window.menus.menus["file"].setTitle("changed")
    window.menus.retranslate()
    assert act.text() == "&Save" and window.menus.menus["file"].title() == "&File"
