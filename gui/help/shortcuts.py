"""Help > Keyboard shortcuts: the table of :data:`gui.window.menus.COMMANDS`, not a second list.

Each row is a command of the action table that has a key, with the keys its action really answers (so a
platform's own binding of a standard key shows as that platform writes it) and the menu it sits in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import bind


def tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcut_rows(menus: Any) -> list[tuple[str, str, str]]:
    """(command, keys, menu) for every command of the action table that has a key, in menu order."""
    from gui.window.menus import COMMANDS, MENUS, SUBMENUS

    titles = {key: (context, title) for key, context, title in MENUS}
    titles.update({key: (context, title) for key, _parent, context, title in SUBMENUS})
    rows = []
    for cmd in COMMANDS:
        act = menus.actions.get(cmd.key)
        if act is None or not act.shortcuts():
            continue
        keys = ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in act.shortcuts())
        text = QCoreApplication.translate(cmd.context, cmd.text) if cmd.text else act.text()
        context, title = titles[cmd.menu]
        rows.append((clean(text), keys, clean(QCoreApplication.translate(context, title))))
    return rows


def clean(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots: "&Open…" -> "Open", "ファイル(&F)" -> "ファイル"."""
    import re

    text = re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


class ShortcutsDialog(QDialog):
    def __init__(self, menus: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.menus = menus
        bind(self, "setWindowTitle", lambda: tr("Keyboard shortcuts"))
        self.note = bind(
            QLabel(self),
            "setText",
            lambda: tr(
                "Every menu command with a key. In a guided lesson, Alt+Left and Alt+Right step; in classroom "
                "mode the arrows, Page Up and Page Down step and Esc leaves."
            ),
        )
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("shortcutsTable")
        bind(self.table, "setAccessibleName", lambda: tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setWordWrap(False)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        lay.addWidget(self.table, 1)
        self.resize(560, 520)
        self.refresh()

    def refresh(self) -> None:
        rows = shortcut_rows(self.menus)
        self.table.setHorizontalHeaderLabels([tr("Command"), tr("Keys"), tr("Menu")])
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(text))

    def changeEvent(self, event) -> None:
        """A language switch: the entries again, in the new language."""
        from PySide6.QtCore import QEvent, QTimer

        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self.refresh)  # once every catalogue of the new language is in place
        super().changeEvent(event)
