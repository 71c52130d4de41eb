"""A chart's card (title, explanation, legend, plot) and the fixed-height text line it uses.

Text that changes with the numbers must never re-lay out the window: a relayout resizes every plot, which
costs more than the whole recomputation, so every changing text has a fixed height.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextDocument
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

#: a text that does not fit its box is drawn in a smaller type, down to this share of its own size (a
#: number drawn partly is a wrong number; a smaller one is still right)
SMALLEST = 0.55


def text_fits(font: QFont, text: str, width: int, height: int, lines: int) -> bool:
    fm = QFontMetrics(font)
    if lines <= 1:
        return fm.horizontalAdvance(text) <= width and fm.height() <= height
    need = fm.boundingRect(
        QRect(0, 0, max(1, width), 100000), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text
    )
    return need.width() <= width and need.height() <= height


def fitted_font(font: QFont, text: str, width: int, height: int, lines: int) -> QFont:
    """``font``, or the largest smaller size of it (down to ``SMALLEST``) in which ``text`` fits the box."""
    if not text or text_fits(font, text, width, height, lines):
        return font
    base = font.pointSizeF()
    smaller = QFont(font)
    for step in range(1, 10):
        smaller.setPointSizeF(base * (1 - (1 - SMALLEST) * step / 9))
        if text_fits(smaller, text, width, height, lines):
            break
    return smaller


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

    def drawn_font(self) -> QFont:
        """The font the text is drawn in: the widget's, or smaller where the text would not fit."""
        return fitted_font(self.font(), self._text, self.width(), self.height(), self._lines)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setFont(self.drawn_font())
        painter.setPen(self._color)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self._lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect(), int(flags), self._text)
        painter.end()


class ChartCard(QFrame):
    """A titled frame: title, one-line explanation, legend, then the chart."""

    def __init__(self, title: str, subtitle: str, legend: str, chart: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("chartCard")
        self.title = TextLine(title, 1, self)  # a long title shrinks rather than being cut
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.subtitle = TextLine(subtitle, 2, self, color="#555555")
        self.legend = QLabel(legend, self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # Text that changes with the numbers must not change the layout: a relayout resizes every plot,
        # which costs more than the whole recomputation. Two lines are reserved for each.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.legend.setFixedHeight(2 * self.legend.fontMetrics().lineSpacing() + 2)
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

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_legend()

    def fit_legend(self) -> None:
        """Give the legend the lines its text needs at this width (only a resize or a new font changes
        that: the legend's text does not follow the numbers), so it never runs into the plot."""
        width = self.contentsRect().width() - 12
        if width < 60:  # not laid out yet
            return
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.legend.font())
        doc.setHtml(self.legend.text())
        doc.setTextWidth(width)
        need = max(int(doc.size().height() + 0.99), self.legend.fontMetrics().lineSpacing()) + 2
        if need != self.legend.height():
            self.legend.setFixedHeight(need)

    def settle(self) -> None:
        """Apply the new view ranges now, not at paint time.

        pyqtgraph defers a view box's new transform until the scene is about to paint; the moved items then
        ask for a second repaint of the same chart. Settling after each
        update makes one repaint per chart and change.
        """
        scene = self.chart.scene()
        if scene is not None:
            scene.prepareForPaint()

    def set_subtitle(self, text: str) -> None:
        if self.subtitle.text() != text:
            self.subtitle.setText(text)
