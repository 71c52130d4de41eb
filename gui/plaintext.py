"""Text that came from a user or a file, shown as text: never as HTML.

Qt guesses whether a label, tooltip or message box holds rich text (``Qt.AutoText``): a scenario name or a JSON
key such as ``<img src=... width=900>`` or ``<a href=...>Click here</a>`` would be drawn as a picture or a link,
and a message box opens links in the browser. Everything a file or a user wrote goes through these helpers:
labels are set to ``Qt.PlainText``, tooltips are escaped inside an explicit rich-text paragraph (so they still
wrap), message boxes show plain text and open no links, and long names are cut with an ellipsis so a name at
the schema's length limit cannot push the buttons off-screen.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

# Characters of a name shown in a bar, a label or an axis before it is cut (the full text is in the tooltip).
NAME_CHARS = 48


def elide(text: str, limit: int = NAME_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, one line (control characters shown as spaces)."""
    one_line = "".join(c if c.isprintable() else " " for c in str(text))
    return one_line if len(one_line) <= limit else one_line[: max(1, limit - 1)].rstrip() + "…"


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly, tags and all, and still wraps long lines."""
    return "<p>" + html.escape(str(text)).replace("\n", "<br/>") + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    details: str = "",
) -> QMessageBox:
    """A message box showing ``text`` as plain text, links inert; shown modally and returned."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box


def warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return message(parent, title, text)


class ElidedLabel(QLabel):
    """One line of plain text shown whole where it fits, else shortened with "…" at its end to the width it
    is given (never cut by its neighbours); the whole text is always its tooltip and accessible name."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = elide(text, 10_000)  # one line
        self.setToolTip(tooltip(text))
        self.setAccessibleName(self._full)
        self.updateGeometry()
        self._fit()

    def _room(self) -> int:
        return self.contentsRect().width()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, self._room()))
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        """Room for a few letters and the ellipsis; it grows (Expanding) into what its row leaves. (A tool
        bar lays a widget out at its size hint and moves what does not fit into its overflow menu: a hint
        as wide as the whole sentence hid the buttons beside it.)"""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance("Wwww…") + margins.left() + margins.right()
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
