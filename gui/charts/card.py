"""A chart's card (title, explanation, legend, plot), the fixed-height text line it uses, and the headline cards.

Text that changes with the numbers must never re-lay out the window: a relayout resizes every plot, which
costs more than the whole recomputation, so every changing text has a fixed height.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
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
from gui.i18n import bind, bind_or_set

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


#: a figure and the unit after it ("72 GWh", "0.964 mL", "17.8 日"): kept on one line where a text wraps
FIGURE_UNIT = re.compile(r"(\d) (?=[^\W\d_])")


def drawn_text(text: str) -> str:
    """``text`` as a wrapping line draws it: each figure held to its unit by a no-break space (a card showed
    "72" at the end of one line and "GWh" at the start of the next)."""
    return FIGURE_UNIT.sub("\\1\u00a0", text)


class TextLine(QWidget):
    """Text that changes with every result, drawn without asking the layout for a new size.

    A QLabel asks its layout to recompute on every ``setText``, and that relayout travelled up to the window
    (measured: it doubled the repaint time of a slider change). This widget has a fixed height of ``lines``
    lines and simply repaints itself.
    """

    def __init__(self, text: str = "", lines: int = 1, parent: QWidget | None = None, color: str = INK):
        super().__init__(parent)
        self._text = text
        self._drawn = drawn_text(text)
        self._color = QColor(color)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # it paints its own background, so a new text repaints this widget only, not its parent's frame
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + 2)

    def line_count(self) -> int:
        """The lines of text the widget has room for."""
        return self._lines

    def set_line_count(self, lines: int) -> None:
        """Room for ``lines`` lines (classroom mode's larger type needs one more for the same words)."""
        self._lines = lines
        self._fit()

    def setFont(self, font: QFont) -> None:
        super().setFont(font)
        self._fit()

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._drawn = drawn_text(text)
            self.setAccessibleName(text)
            self.update()

    def color(self) -> QColor:
        return QColor(self._color)

    def setColor(self, color: QColor | str) -> None:
        """The text colour (the theme lightens grey text on a dark background)."""
        self._color = QColor(color)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._text[:60]), self.height())

    def drawn_font(self) -> QFont:
        """The font the text is drawn in: the widget's, or smaller where the text would not fit."""
        return fitted_font(self.font(), self._drawn, self.width(), self.height(), self._lines)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setFont(self.drawn_font())
        painter.setPen(self._color)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self._lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect(), int(flags), self._drawn)
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
        # a long title shrinks rather than being cut
        self.title = bind_or_set(TextLine("", 1, self), "setText", title)
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.title.setFont(f)
        self.subtitle = bind_or_set(TextLine("", 2, self, color="#555555"), "setText", subtitle)
        self.legend = QLabel(self)
        self._legend_base = ""
        #: a legend entry shown only where it adds no line (the baseline's ghosts, gui.charts.ghost): a
        #: function giving it in the current language, or None
        self.legend_extra: Callable[[], str] | None = None
        bind_or_set(self, "set_legend", legend)
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
        #: gives the baseline's snapshot to draw as ghosts beside a result (``Session.baseline_for``)
        self.baseline_for: Callable[[Any], Any] = lambda _snap: None
        self._held: dict[str, float] | None = None

    def hold_axes(self, hold: bool) -> None:
        """While held, a value axis only grows (classroom mode holds them across a lesson, so PUE 1.58 and
        1.09 give bars of different heights); releasing lets the next result fit its axes afresh."""
        self._held = {} if hold else None

    def held(self, axis: str, needed: float) -> float:
        """``needed`` for the named axis, or the largest it has needed while the axes are held."""
        if self._held is None or not math.isfinite(needed):
            return needed
        self._held[axis] = value = max(needed, self._held.get(axis, 0.0))
        return value

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_legend()

    def text_scaled(self) -> None:
        """The card's text and axes were drawn larger or smaller (classroom mode): a chart whose arrangement
        depends on its text's size fits it again here."""

    def set_legend(self, text: str) -> None:
        """The legend's entries (rich text); the extra entry joins them where it fits (:meth:`fit_legend`)."""
        self._legend_base = text
        self.legend.setText(text)
        self.fit_legend()

    def _legend_height(self, html: str, width: int) -> int:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.legend.font())
        doc.setHtml(html)
        doc.setTextWidth(width)
        return max(int(doc.size().height() + 0.99), self.legend.fontMetrics().lineSpacing()) + 2

    def fit_legend(self) -> None:
        """Give the legend the lines its text needs at this width (only a resize or a new font changes
        that: the legend's text does not follow the numbers), so it never runs into the plot. The extra
        entry (the baseline's) is shown when it fits in the lines the others need: on a small screen the
        plot keeps its height."""
        width = self.contentsRect().width() - 12
        if width < 60 or not self.isVisible():  # not laid out yet, or drawn off screen (the report sheet)
            return
        text = self._legend_base
        need = self._legend_height(text, width)
        if self.legend_extra is not None:
            longer = f"{text}&nbsp;&nbsp;{self.legend_extra()}" if text else self.legend_extra()
            if self._legend_height(longer, width) <= need:
                text = longer
        if self.legend.text() != text:
            self.legend.setText(text)
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

    def retranslate(self) -> None:
        """After a language switch, before the last result is fed again: forget text kept for reuse."""

    def set_subtitle(self, text: str) -> None:
        if self.subtitle.text() != text:
            self.subtitle.setText(text)


# ----- the headline cards' text ------------------------------------------------------------------


class CardLine:
    """One line of a :class:`CardText`: its text, font and colour. Not a widget: the card paints it."""

    def __init__(self, owner: CardText, font: QFont, color: str, lines: int = 1):
        self._owner = owner
        self._color = QColor(color)
        self.lines = lines
        self._text = ""
        self._drawn = ""
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        # worked out once: combining Qt flags in Python costs more than drawing a line
        self.flags = int(flags)
        self._set_font(font)

    #: (text, width, height, lines, font key) -> the font its text is drawn in (CardText.drawn_fonts)
    _fitted: tuple | None = None

    def _set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        # Numbers and Latin or Japanese text need no shaping (ligatures, kerning): leaving it out makes
        # drawing a line about a quarter faster, and these lines are redrawn on every change.
        self._font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self._height = self.lines * QFontMetrics(self._font).lineSpacing() + 2

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._drawn = drawn_text(text)
            self._owner.changed(self)

    def font(self) -> QFont:
        return QFont(self._font)

    def color(self) -> QColor:
        return QColor(self._color)

    def setColor(self, color: QColor | str) -> None:
        """The text colour (the card repaints when it next paints this line)."""
        self._color = QColor(color)

    def setFont(self, font: QFont) -> None:
        self._set_font(font)
        self._owner.fit()

    def height(self) -> int:
        return self._height


class CardText(QWidget):
    """A headline card's value, range and detail lines, painted together.

    Fifteen separate line widgets meant fifteen paint events on every change, as costly as a chart's
    repaint; the card paints its three lines in one. Fixed height, so new text never re-lays out the window.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        big = QFont(self.font())
        big.setPointSizeF(max(15.0, big.pointSizeF() * 1.75))
        big.setBold(True)
        self.value = CardLine(self, big, INK)
        bold = QFont(self.font())
        bold.setBold(True)
        # "−31 % vs baseline" (gui.charts.headline); no height until a baseline is given (the report's cards)
        self.delta = CardLine(self, bold, INK, lines=0)
        self.range = CardLine(self, self.font(), INK)
        self.detail = CardLine(self, self.font(), "#555555", lines=2)
        self.lines = [self.value, self.delta, self.range, self.detail]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # paints its own background
        self.fit()

    def fit(self) -> None:
        self.setFixedHeight(sum(line.height() for line in self.lines))

    def changed(self, line: CardLine) -> None:
        """Repaint ``line`` only: a value that moved leaves an unchanged detail alone."""
        self.setAccessibleName(" · ".join(other.text() for other in self.lines if other.text()))
        y = 0
        for other in self.lines:
            if other is line:
                self.update(0, y, self.width(), line._height)
                return
            y += other._height

    def drawn_fonts(self) -> list[QFont]:
        """Each line's font, or a smaller size of it where its text would not fit the card's width: a card
        shrinks its type rather than cut digits ("949 MWl"). Measuring a wrapped line takes longer than
        drawing it, so each line keeps the font found for its last text, width and font."""
        fonts = []
        for line in self.lines:
            key = (line._drawn, self.width(), line._height, line.lines, line._font.key())
            if line._fitted is None or line._fitted[0] != key:
                line._fitted = (
                    key,
                    fitted_font(line._font, line._drawn, self.width(), line._height, line.lines),
                )
            fonts.append(line._fitted[1])
        return fonts

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        width = self.width()
        fonts = self.drawn_fonts()
        exposed = event.rect()
        painter.fillRect(exposed, self.palette().window())
        top, bottom = exposed.top(), exposed.bottom()
        y = 0
        for line, font in zip(self.lines, fonts, strict=True):
            if y <= bottom and y + line._height > top:
                painter.setFont(font)
                painter.setPen(line._color)
                painter.drawText(QRect(0, y, width, line._height), line.flags, line._drawn)
            y += line._height
        painter.end()


class HeadlineCard(QFrame):
    def __init__(self, caption: Callable[[], str], tip: Callable[[], str], parent: QWidget | None = None):
        """``caption`` and ``tip`` give their text in the current language (re-run after a switch)."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        bind(self, "setToolTip", tip)
        # a long caption shrinks rather than being cut
        self.caption = bind(TextLine("", 1, self, color="#555555"), "setText", caption)
        self.text = CardText(self)
        self.value, self.range, self.detail = self.text.value, self.text.range, self.text.detail
        self.delta = self.text.delta
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 4, 4)
        lay.setSpacing(0)
        lay.addWidget(self.caption)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def set(self, value: str, rng: str, detail: str) -> None:
        for line, text in ((self.value, value), (self.range, rng), (self.detail, detail)):
            line.setText(text)

    #: the delta's colour: blue below the baseline, a dark orange above it (both 7:1 or more on white),
    #: the ink when equal or unknown
    DELTA_COLORS = ("#0B4F8A", "#8A3A00")

    def set_delta(self, text: str, change: float | None, line: CardLine | None = None) -> None:
        """The change against the baseline ("−31 % vs baseline"), coloured by its direction, on the delta
        line or on ``line`` (a compact card shows it in its range line's place)."""
        line = line if line is not None else self.delta
        color = INK
        if change is not None and abs(change) >= 0.0005:
            color = self.DELTA_COLORS[0] if change < 0 else self.DELTA_COLORS[1]
        if line.color() != QColor(color):
            line.setColor(color)
            self.text.changed(line)
        line.setText(text)
