"""A chart's card (title, explanation, legend, plot) and the fixed-height text line it uses.

Text that changes with the numbers must never re-lay out the window: a relayout resizes every plot, which
costs more than the whole recomputation, so every changing text has a fixed height.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.charts.palette import INK
from gui.i18n import bind_or_set


class TextLine(QWidget):
    """Text that changes with every result, drawn without asking the layout for a new size.

    A QLabel asks its layout to recompute on every ``setText``, and that relayout travelled up to the window
    (measured: it doubled the repaint time of a slider change). This widget has a fixed height of ``lines``
    lines and simply repaints itself.
    """

    def __init__(self, text: str = "", lines: int = 1, parent: QWidget | None = None, color: str = INK):
        super().__init__(parent)
        self._text = text
        self._color = QColor(color)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # it paints its own background, so a new text repaints this widget only, not its parent's frame
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + 2)

    def setFont(self, font: QFont) -> None:
        super().setFont(font)
        self._fit()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text[:60]), self.height())

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setPen(self._color)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self._lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect(), int(flags), self._text)
        painter.end()


Text = str | Callable[[], str]


class ChartCard(QFrame):
    """A titled frame: title, one-line explanation, legend, then the chart."""

    def __init__(
        self,
        title: Text,
        subtitle: Text,
        legend: Text,
        chart: QWidget,
        parent: QWidget | None = None,
    ):
        """Each text is a string or a function giving it in the current language (re-run after a switch)."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("chartCard")
        self.title = bind_or_set(QLabel(self), "setText", title)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.subtitle = bind_or_set(TextLine("", 2, self, color="#555555"), "setText", subtitle)
        self.legend = bind_or_set(QLabel(self), "setText", legend)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # Text that changes with the numbers must not change the layout: a relayout resizes every plot,
        # which costs more than the whole recomputation. Two lines are reserved for each.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.legend.setFixedHeight(2 * self.legend.fontMetrics().lineSpacing() + 2)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.chart = chart
        # a few dozen items whose geometry changes with the data: a spatial index costs more than it saves
        chart.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        # the background is one flat colour: filling the exposed area is cheaper than copying it from the
        # cached bitmap pyqtgraph keeps (0.5 ms less a change for the four charts, same pixels)
        chart.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(1)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.legend)
        lay.addWidget(chart, 1)
        chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def settle(self) -> None:
        """Apply the new view ranges now, not at paint time.

        pyqtgraph defers a view box's new transform until the scene is about to paint; the moved items then
        ask for a second repaint of the same chart. Settling after each
        update makes one repaint per chart and change.
        """
        scene = self.chart.scene()
        if scene is not None:
            scene.prepareForPaint()

    def retranslate(self) -> None:
        """After a language switch, before the last result is fed again: forget text kept for reuse."""

    def set_subtitle(self, text: str) -> None:
        if self.subtitle.text() != text:
            self.subtitle.setText(text)
