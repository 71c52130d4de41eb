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

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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
