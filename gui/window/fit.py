"""The main window on small screens (an XGA projector at 1024x768, a 1366x768 laptop): nothing cut.

- A status message wider than the room left of the permanent widgets is shortened at a word boundary with
  "…", never inside a number, and kept whole in the status bar's tooltip.
- The permanent "ranges from N samples" line takes at most a quarter of the window's width (its text
  shrinks to fit, see :class:`gui.charts.card.TextLine`).
- The guided-lessons panel has one fixed width beside the charts on a wide window; on a window narrower than
  :data:`NARROW` it becomes a strip under the charts, so the charts keep their width and Next stays visible
  (the window places it: ``MainWindow.place_lessons``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStatusBar, QWidget

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
    """Keeps the status bar's message inside its room and the compute line within a quarter of the window's
    width (the window reports its new width: :meth:`window_resized`)."""

    def __init__(self, bar: QStatusBar, compute_label: QWidget, width: int):
        super().__init__(bar)
        self.bar = bar
        self.compute_label = compute_label
        self.full = ""
        self.short = ""  # the shortened text shown for ``full``, if any
        self.bar.messageChanged.connect(self._changed)
        self.fit_compute_line(width)

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

    def fit_compute_line(self, window_width: int) -> None:
        label = self.compute_label
        fm = label.fontMetrics()
        wanted = fm.horizontalAdvance("ranges from 100,000 Monte Carlo samples · computed in 999.9 ms") + 8
        width = max(120, min(wanted, window_width // 4))
        if label.width() != width:
            label.setFixedWidth(width)

    def window_resized(self, width: int) -> None:
        self.fit_compute_line(width)
        self._fit_message()  # a wider window has room for more of the message
