"""The main window on small screens (an XGA projector at 1024x768, a 1366x768 laptop): nothing cut.

- A status message wider than the room left of the permanent widgets is shortened at a word boundary with
  "…", never inside a number, and kept whole in the status bar's tooltip.
- The permanent "ranges from N samples" line takes at most a quarter of the window's width (its text
  shrinks to fit, see :class:`gui.charts.card.TextLine`).
- The guided-lessons panel has one fixed width beside the charts on a wide window; on a window narrower than
  :data:`NARROW` it becomes a strip under the charts, so the charts keep their width and Next stays visible.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStatusBar, QWidget

#: below this window width the lesson panel is a strip under the charts instead of a column beside them
NARROW = 1280
#: the lesson column's width beside the charts (the panel never changes width from step to step)
LESSON_WIDTH = 330

#: where a message may be shortened: after a space, a Japanese comma or full stop, or a colon
BREAKS = re.compile(r"(?<=[\s、。：:;；·])")


def shorten(text: str, width: int, fm: QFontMetrics) -> str:
    """``text``, or its longest start ending at a word boundary that fits ``width`` with "…"."""
    if fm.horizontalAdvance(text) <= width:
        return text
    cuts = [m.start() for m in BREAKS.finditer(text)]
    best = ""
    for cut in cuts:
        head = text[:cut].rstrip()
        if head and fm.horizontalAdvance(head + " …") <= width:
            best = head + " …"
    return best or "…"


def message_room(bar: QStatusBar) -> int:
    """Pixels left of the first permanent widget (where QStatusBar draws its message)."""
    # the permanent widgets sit at the right; a widget near the left edge is one the bar hides for messages
    xs = [
        c.x()
        for c in bar.findChildren(QWidget)
        if c.parentWidget() is bar and c.isVisible() and c.x() > bar.width() // 3
    ]
    return (min(xs) if xs else bar.width()) - 12


class StatusFit(QObject):
    """Keeps the status bar's message inside its room and the compute line within a quarter of the width."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.bar = window.statusBar()
        self.full = ""
        self.short = ""  # the shortened text shown for ``full``, if any
        self.bar.messageChanged.connect(self._changed)
        window.installEventFilter(self)
        self.fit_compute_line()

    def _changed(self, message: str) -> None:
        if not message:
            self.bar.setToolTip("")
            return
        if message == self.short:
            return  # our own shortened text
        self.full, self.short = message, ""
        self._fit_message()

    def _fit_message(self) -> None:
        if not self.full or self.bar.currentMessage() not in (self.full, self.short):
            return
        short = shorten(self.full, message_room(self.bar), QFontMetrics(self.bar.font()))
        if short != self.bar.currentMessage():
            self.short = short if short != self.full else ""
            self.bar.setToolTip(self.full if self.short else "")
            self.bar.showMessage(short, 15000)  # the original timeout is not known; a change line's is 15 s

    def fit_compute_line(self) -> None:
        label = getattr(self.window, "compute_label", None)
        if label is None:
            return
        fm = label.fontMetrics()
        wanted = fm.horizontalAdvance("ranges from 100,000 Monte Carlo samples · computed in 999.9 ms") + 8
        width = max(120, min(wanted, self.window.width() // 4))
        if label.width() != width:
            label.setFixedWidth(width)

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            self.fit_compute_line()
            place_lessons(self.window)
            self._fit_message()  # a wider window has room for more of the message
        return False


def place_lessons(window: Any) -> None:
    """The lesson panel beside the charts at :data:`LESSON_WIDTH` on a wide window, as a strip under them
    on a narrow one (see :meth:`gui.classroom.lesson_panel.LessonPanel.set_strip`)."""
    extras = getattr(window, "extras", None)
    panel: QDockWidget | None = getattr(extras, "lessons", None) if extras is not None else None
    if panel is None:
        return
    narrow = window.width() < NARROW
    area = Qt.DockWidgetArea.BottomDockWidgetArea if narrow else Qt.DockWidgetArea.RightDockWidgetArea
    if window.dockWidgetArea(panel) != area:
        visible = panel.isVisible()
        window.removeDockWidget(panel)
        window.addDockWidget(area, panel)
        panel.setVisible(visible)
    panel.set_strip(narrow)


def install_fit(window: Any) -> StatusFit:
    window.fit = StatusFit(window)
    place_lessons(window)
    return window.fit
