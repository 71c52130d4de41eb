"""The live charts and the headline panel.

Each chart creates its pyqtgraph items once and, on every new :class:`gui.presenter.Snapshot`, feeds them
with ``setData`` / ``setOpts`` and fixed axis ranges: nothing is cleared or rebuilt per change. Values are
shown in SI-prefixed units chosen by :mod:`core.units` (kWh, MWh, GWh ...), and each axis label says which.
Colours are the Okabe-Ito palette, distinguishable with the common forms of colour blindness
(Okabe & Ito 2008, "Color Universal Design").
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.catalog import Catalog
from core.units import choose_scale, format_plain, format_quantity, format_range, nice_ceiling, significant

# Okabe-Ito
BLUE = "#0072B2"
ORANGE = "#E69F00"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#555555"  # dark enough to stay apart from GREEN for deuteranopes (tests/gui/test_palette.py)
INK = "#333333"

#: Value axes end a little past a round number, so the last tick label is not cut by the plot edge.
HEADROOM = 1.04

# exitCleanup: pyqtgraph's own atexit pass over every QGraphicsScene crashed the interpreter at exit
# (segfault in about half of the runs, offscreen, PySide6 6.11.3); the window is torn down explicitly instead.
pg.setConfigOptions(background="w", foreground=INK, antialias=False, exitCleanup=False)


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def _brush(color: str, alpha: int = 255) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def _swatch(color: str, text: str) -> str:
    return f'<span style="color:{color}; font-size:14px;">&#9632;</span>&nbsp;{text}'


def _plot_widget() -> pg.PlotWidget:
    pw = pg.PlotWidget()
    _quiet(pw.getPlotItem())
    pw.setMinimumSize(200, 120)  # 120: the window still fits 1024 x 768 with the headline in two rows
    return pw


def _quiet(item: pg.PlotItem) -> None:
    """No English-only context menus, no auto-range buttons, no accidental panning: a calculator chart."""
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.vb.setMenuEnabled(False)
    item.disableAutoRange()
    # The plot and its view box only hold other items (no view box border is ever set): flagged, Qt leaves
    # them out of every repaint instead of calling their empty paint (4 % of a slider change).
    for container in (item, item.vb):
        container.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
    for name in ("left", "bottom", "right"):
        item.getAxis(name).setTextPen(INK)
        # the unit prefix is chosen by ScaledAxis; pyqtgraph's own would re-lay out the label on every range
        item.getAxis(name).enableAutoSIPrefix(False)
        # An axis changes only when its range or label does, yet every repaint of the plot beside it
        # redrew all its tick text; on screen it keeps a bitmap of itself instead (gui.export draws afresh).
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # major and minor ticks; pyqtgraph's third level (a tick every tenth of a major step) "eats up CPU",
        # as its own comment says: a new axis range cost 2.8 ms with it and 1.9 ms without
        item.getAxis(name).setStyle(maxTickLevel=1)


def _category_axis(axis: pg.AxisItem) -> None:
    """Names on every bar: no tick marks, and text may fill the whole axis (pyqtgraph drops it above 80 %)."""
    axis.setStyle(tickLength=0, textFillLimits=[(0, 1.0)])


def _value_axis(axis: pg.AxisItem, width: int = 64) -> None:
    """A fixed width: an axis that resized with its tick text would re-lay out the plot on every change."""
    axis.setWidth(width)


def _set_category_ticks(axis: pg.AxisItem, labels: list[tuple[int, str]]) -> None:
    axis.setTicks([labels])
    fm = QFontMetrics(axis.font() if axis.style.get("tickFont") is None else axis.style["tickFont"])
    widest = max((fm.horizontalAdvance(text) for _, text in labels), default=40)
    if axis.orientation in ("left", "right"):
        axis.setWidth(widest + 14)


def _pen(color: str | QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), 1, style)
    pen.setCosmetic(True)  # one pixel wide whatever the axis scale
    return pen


class DrawnItem(pg.GraphicsObject):
    """An item of a plot that draws itself from numbers worked out when it is fed (subclasses: one per chart
    kind). It spans the rectangle it is given, so Qt never asks it for bounds it has to compute."""

    def __init__(self, ink: str = INK):
        super().__init__()
        self.ink = QColor(ink)
        self.ink_pen = _pen(self.ink)
        self.label_font: QFont | None = None  # None: the chart's own font
        self._rect = QRectF()

    def _span(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.update()

    def set_ink(self, color: str) -> None:
        """The colour of whiskers, markers and labels (the theme sets it)."""
        self.ink = QColor(color)
        self.ink_pen = _pen(self.ink)
        self.update()

    def set_label_font(self, font: QFont) -> None:
        """The font of the item's labels (classroom mode enlarges them with the axes)."""
        self.label_font = QFont(font)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)


class StackedBars(DrawnItem):
    """Bars stacked from parts, each with a p5-p95 whisker and its total written above, drawn as one item.

    The breakdown chart used to hold five bar items, two whisker items and four text items; every change set
    all eleven and every repaint asked each for its bounds. This item takes the numbers in one call and
    draws them in one pass: flat colours without outline, whiskers with caps, labels in screen pixels.
    """

    def __init__(self, x: list[float], width: float, colors: list[str], ink: str = INK):
        super().__init__(ink)
        self.x = np.asarray(x, dtype=float)
        self.width = width
        self.colors = [QColor(c) for c in colors]
        n, k = len(self.x), len(colors)
        self.heights = np.zeros((k, n))  # part x bar, in axis units
        self.low = np.zeros(n)
        self.high = np.zeros(n)
        self.labels = [""] * n
        self._fills: list[tuple[QColor, list[QRectF]]] = []
        self._whiskers: QPainterPath | None = None
        self._anchors: list[tuple[QPointF, str]] = []

    def set_data(self, heights: np.ndarray, low: np.ndarray, high: np.ndarray, labels: list[str], end: float):
        """Parts' heights (part x bar), whisker ends and label of each bar, in axis units; ``end`` is the axis
        end, whose top the labels stay below (the chart leaves them room)."""
        # plain floats: with two bars, numpy's per-call cost outweighs its arithmetic
        rows = [
            [h if math.isfinite(h) else 0.0 for h in row] for row in np.asarray(heights, dtype=float).tolist()
        ]
        self.heights = np.array(rows)
        self.low, self.high = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
        self.labels = list(labels)
        # what paint() draws, worked out once here: rectangles per colour, whisker lines, label anchors
        half, beam = self.width / 2, self.width * 0.15
        xs = self.x.tolist()
        base = [0.0] * len(xs)
        # Each call into Qt costs microseconds: the whiskers go as one path, the labels are drawn at a point
        # (no layout box) and the colours without bars are left out (a bar's paint took 0.3 ms).
        self._fills = []
        for color, row in zip(self.colors, rows, strict=True):
            rects = [
                QRectF(x - half, b, self.width, h) for x, b, h in zip(xs, base, row, strict=True) if h > 0
            ]
            if rects:
                self._fills.append((color, rects))
            base = [b + h for b, h in zip(base, row, strict=True)]
        self._whiskers = None
        self._anchors = []
        for x, top, lo, hi, text in zip(
            xs, base, self.low.tolist(), self.high.tolist(), self.labels, strict=True
        ):
            if math.isfinite(lo) and math.isfinite(hi) and hi > lo:
                if self._whiskers is None:
                    self._whiskers = QPainterPath()
                for x0, y0, x1, y1 in (
                    (x, lo, x, hi),
                    (x - beam, lo, x + beam, lo),
                    (x - beam, hi, x + beam, hi),
                ):
                    self._whiskers.moveTo(x0, y0)
                    self._whiskers.lineTo(x1, y1)
            if text:
                self._anchors.append((QPointF(x, max(top, hi) if math.isfinite(hi) else top), text))
        self._span(QRectF(xs[0] - half, 0.0, xs[-1] - xs[0] + self.width, max(end, 0.0)))

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._fills:
            p.setBrush(color)
            p.drawRects(rects)
        p.setPen(self.ink_pen)
        if self._whiskers is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(self._whiskers)
        if not self._anchors:
            return
        # labels: centred on each bar's highest point, drawn unscaled just above it
        to_screen = p.transform()
        p.save()
        p.resetTransform()
        if self.label_font is not None:
            p.setFont(self.label_font)
        fm = p.fontMetrics()
        rise = fm.descent() + 2
        for at, text in self._anchors:
            pt = to_screen.map(at)
            p.drawText(QPointF(pt.x() - fm.horizontalAdvance(text) / 2, pt.y() - rise), text)
        p.restore()


class Lines(DrawnItem):
    """Named polylines, an optional vertical marker and its label, drawn by one item.

    The lifetime chart used to hold four curve items, a line item and a text item, each fed and asked for its
    bounds separately on every change; this item takes the numbers in one call and draws them in one pass.
    """

    def __init__(self, pens: dict[str, QPen], marker_pen: QPen | None = None, ink: str = INK):
        super().__init__(ink)
        self.pens = pens
        self.marker_pen = marker_pen
        self.data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.marker: tuple[float, float, str, bool] | None = None  # x, label height, label, label to the left
        self._polygons: dict[str, QPolygonF] = {}

    def set_data(self, series: dict[str, tuple[np.ndarray, np.ndarray]], rect: QRectF) -> None:
        """Each line's x and y, in axis units, and the view rectangle they are drawn in."""
        self.data = {
            name: (np.asarray(x, dtype=float), np.asarray(y, dtype=float)) for name, (x, y) in series.items()
        }
        self._polygons = {
            name: QPolygonF([QPointF(a, b) for a, b in zip(x.tolist(), y.tolist(), strict=True)])
            for name, (x, y) in self.data.items()
        }
        self._span(rect)

    def set_marker(self, marker: tuple[float, float, str, bool] | None) -> None:
        """A vertical line at x with a label at the given height (drawn to the line's left when asked), or none."""
        if marker != self.marker:
            self.marker = marker
            self.update()

    def y(self, name: str) -> np.ndarray:
        return self.data[name][1]

    def paint(self, p: QPainter, *args: Any) -> None:
        for name, polygon in self._polygons.items():
            p.setPen(self.pens[name])
            p.drawPolyline(polygon)
        if self.marker is None or self.marker_pen is None:
            return
        x, label_y, label, left = self.marker
        p.setPen(self.marker_pen)
        p.drawLine(QLineF(x, self._rect.top(), x, self._rect.bottom()))
        at = p.transform().map(QPointF(x, label_y))
        p.save()
        p.resetTransform()
        p.setPen(self.ink)
        if self.label_font is not None:
            p.setFont(self.label_font)
        fm = p.fontMetrics()
        w = fm.horizontalAdvance(label) + 6
        box = QRectF(at.x() - w if left else at.x(), at.y(), w, fm.height() + 2)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        p.restore()


class BarRows(DrawnItem):
    """Horizontal bars, one row per category (row i centred on y = i), each made of segments laid end to end,
    drawn as one item from precomputed rectangles grouped by colour."""

    def __init__(self, height: float):
        super().__init__()
        self.height = height
        self.widths = np.zeros((1, 0))  # segment x row, in axis units
        self.colors: list[list[QColor]] = [[]]  # segment x row
        self._cells: list[tuple[QColor, list[tuple[int, int]]]] = []  # (segment, row) cells of each colour
        self._groups: list[tuple[QColor, list[QRectF]]] = []

    def set_data(self, widths: np.ndarray, colors: list[list[QColor]] | None, end: float) -> None:
        """Each segment's width per row (segments laid end to end from 0), and their colours when they change;
        ``end`` is the axis end (the item's extent)."""
        w = np.array(widths, dtype=float, ndmin=2)
        w[~np.isfinite(w)] = 0.0
        self.widths = w
        if colors is not None:
            self.colors = colors
            # the cells of each colour, worked out only when the colours change (the highlight moves)
            cells: dict[int, tuple[QColor, list[tuple[int, int]]]] = {}
            for seg, row_colors in enumerate(colors):
                for i, color in enumerate(row_colors):
                    cells.setdefault(color.rgba(), (color, []))[1].append((seg, i))
            self._cells = list(cells.values())
        starts = np.zeros_like(w)
        np.cumsum(w[:-1], axis=0, out=starts[1:])  # each segment starts where the ones before it end
        half = self.height / 2
        ws, ss = w.tolist(), starts.tolist()
        self._groups = [
            (
                color,
                [QRectF(ss[seg][i], i - half, ws[seg][i], self.height) for seg, i in cells if ws[seg][i] > 0],
            )
            for color, cells in self._cells
        ]
        self._span(QRectF(0.0, -0.5, max(end, 0.0), float(w.shape[1])))

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._groups:
            p.setBrush(color)
            p.drawRects(rects)


def _set_range(vb: pg.ViewBox, axis: str, lo: float, hi: float) -> None:
    """Set a view's x or y range only when it changes (a new range regenerates the axis' tick text)."""
    key = "_aiee_" + axis
    if getattr(vb, key, None) != (lo, hi):
        setattr(vb, key, (lo, hi))
        if axis == "x":
            vb.setXRange(lo, hi, padding=0)
        else:
            vb.setYRange(lo, hi, padding=0)


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


#: While a slider is dragged an axis end holds still until the data outgrow it or shrink below this share of
#: it: a new end regenerates every tick label (the most expensive repaint a chart has) and makes the picture
#: jump. A new end leaves room to move on: ``GROW_ROOM`` times the data when they grew, ``SHRINK_ROOM`` times
#: when they shrank. Once the input rests every end fits the data closely again.
HOLD_BELOW = 0.15
GROW_ROOM = 4.0
SHRINK_ROOM = 1.5
# A new end must leave the data inside the band, or the next frame would move it back: nice ceilings round up
# by at most 1.25x, so the data then fill at least 1 / (GROW_ROOM * 1.25 * HEADROOM) of it.
assert HOLD_BELOW < 1 / (GROW_ROOM * 1.25 * HEADROOM) and 1 / SHRINK_ROOM < 1 / HEADROOM


def axis_end(current: float, needed: float, moving: bool) -> float:
    """The end of an axis that starts at 0 and must show ``needed``, given the ``current`` end (0: none).

    At rest: the nice ceiling just above ``needed``, with ``HEADROOM``. While ``moving``: ``current`` while
    ``HOLD_BELOW * current <= needed <= current / HEADROOM``, else a nice ceiling with room to move on.
    """
    if not math.isfinite(needed) or needed <= 0:
        needed = 0.0
    if not moving or current <= 0:
        return nice_ceiling(needed) * HEADROOM
    if HOLD_BELOW * current <= needed <= current / HEADROOM:
        return current
    room = GROW_ROOM if needed > current / HEADROOM else SHRINK_ROOM
    return nice_ceiling(needed * room) * HEADROOM


class ScaledAxis:
    """A value axis whose label carries the SI-prefixed unit of the data it shows (e.g. "Energy (MWh)"),
    and whose end is chosen by :meth:`fit`."""

    def __init__(self, axis: pg.AxisItem, template: str, family: str):
        self.axis = axis
        self.template = template
        self.family = family
        self.factor = 0.0
        self.symbol = ""
        self.end = 0.0  # axis end, in the unit of ``factor``

    def scale(self, top: float) -> float:
        factor, symbol = choose_scale(top, self.family)
        if symbol != self.symbol:
            self.factor, self.symbol = factor, symbol
            self.axis.setLabel(self.template.format(unit=symbol))
        return factor

    def fit(self, data_top: float, needed: float, moving: bool) -> tuple[float, float]:
        """``(factor, end)``: the unit factor for data whose largest value is ``data_top`` and the axis end,
        in that unit, that shows ``needed`` (base units, room for whiskers and labels included); see
        :func:`axis_end`. The unit changes only with the end."""
        if moving and self.factor > 0 and self.end > 0:
            end = axis_end(self.end, needed / self.factor, moving)
            if end == self.end:
                return self.factor, self.end
            old_factor = self.factor
            factor = self.scale(data_top)
            self.end = (
                end
                if factor == old_factor
                else axis_end(self.end * old_factor / factor, needed / factor, True)
            )
        else:
            factor = self.scale(data_top)
            self.end = axis_end(0.0, needed / factor, False)
        return factor, self.end


class ChartCard(QFrame):
    """A titled frame: title, one-line explanation, legend, then the chart."""

    def __init__(self, title: str, subtitle: str, legend: str, chart: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("chartCard")
        self.title = QLabel(title, self)
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

    def set_subtitle(self, text: str) -> None:
        if self.subtitle.text() != text:
            self.subtitle.setText(text)


# ----- 1. energy and CO2e breakdown -------------------------------------------------------------------


#: the parts stacked in each bar of the breakdown (keys of ``Snapshot.breakdown`` after "training." and
#: "serving."), and the ranges whose p5-p95 make each bar's whisker
ENERGY_PARTS = ("it_kwh", "overhead_kwh")
CO2_PARTS = ("it_co2e_kg", "overhead_co2e_kg", "embodied_co2e_kg")
ENERGY_BANDS = ("lifecycle.training_total_energy_kwh", "inference.energy_kwh")
CO2_BANDS = ("lifecycle.training_total_co2e_kg", "lifecycle.serving_co2e_kg")


class BreakdownChart(ChartCard):
    """Stacked bars: training and serving, split into IT energy and PUE overhead; CO2e adds embodied."""

    def __init__(self, parent: QWidget | None = None):
        self.glw = pg.GraphicsLayoutWidget()
        self.glw.setMinimumSize(200, 150)
        self.glw.ci.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # as in _quiet
        super().__init__(
            QCoreApplication.translate("Charts", "Where the energy and carbon go"),
            QCoreApplication.translate(
                "Charts",
                "Whole life: training (with experiments and distillation) and serving over the deployment. "
                "Whiskers: p5–p95.",
            ),
            "&nbsp;&nbsp;".join(
                [
                    _swatch(BLUE, QCoreApplication.translate("Charts", "IT equipment")),
                    _swatch(ORANGE, QCoreApplication.translate("Charts", "Cooling and overhead (PUE)")),
                    _swatch(PURPLE, QCoreApplication.translate("Charts", "Hardware manufacturing (CO2e)")),
                ]
            ),
            self.glw,
            parent,
        )
        ticks = [
            [
                (0, QCoreApplication.translate("Charts", "Training")),
                (1, QCoreApplication.translate("Charts", "Serving")),
            ]
        ]
        self.energy_plot = self.glw.addPlot(row=0, col=0)
        self.co2_plot = self.glw.addPlot(row=0, col=1)
        self.energy_axis = ScaledAxis(
            self.energy_plot.getAxis("left"),
            QCoreApplication.translate("Charts", "Energy ({unit})"),
            "energy_kwh",
        )
        self.co2_axis = ScaledAxis(
            self.co2_plot.getAxis("left"), QCoreApplication.translate("Charts", "CO2e ({unit})"), "mass_kg"
        )
        #: per plot ("energy", "co2"): the stacked parts, their whiskers and labels in one item
        self.stacks: dict[str, StackedBars] = {}
        for plot, name, colors in (
            (self.energy_plot, "energy", [BLUE, ORANGE]),
            (self.co2_plot, "co2", [BLUE, ORANGE, PURPLE]),
        ):
            _quiet(plot)
            _value_axis(plot.getAxis("left"))
            plot.getAxis("bottom").setTicks(ticks)
            _category_axis(plot.getAxis("bottom"))
            _set_range(plot.vb, "x", -0.6, 1.6)
            stack = StackedBars([0.0, 1.0], 0.6, colors)
            plot.addItem(stack)
            self.stacks[name] = stack

    def update_snapshot(self, snap: Any) -> None:
        b = snap.breakdown
        for name, axis, plot, parts, family, band_keys in (
            ("energy", self.energy_axis, self.energy_plot, ENERGY_PARTS, "energy_kwh", ENERGY_BANDS),
            ("co2", self.co2_axis, self.co2_plot, CO2_PARTS, "mass_kg", CO2_BANDS),
        ):
            rows = [[b[f"training.{part}"], b[f"serving.{part}"]] for part in parts]  # part x bar
            total = [sum(bar) for bar in zip(*rows, strict=True)]
            top = max(total) if all(math.isfinite(t) for t in total) else 0.0
            bands = [snap.ranges.get(k) for k in band_keys]
            hi = [band["p95"] if band else t for band, t in zip(bands, total, strict=True)]
            lo = [band["p5"] if band else t for band, t in zip(bands, total, strict=True)]
            needed = max(top, max(hi)) if all(math.isfinite(h) for h in hi) else top
            factor, end = axis.fit(top, needed * 1.15, snap.interactive)  # room for the value labels
            self.stacks[name].set_data(
                [[v / factor for v in row] for row in rows],
                [v / factor for v in lo],
                [v / factor for v in hi],
                [format_quantity(t, family) for t in total],
                end,
            )
            _set_range(plot.vb, "y", 0.0, end)


# ----- 2. lifetime ------------------------------------------------------------------------------------


class LifetimeChart(ChartCard):
    """Cumulative energy (left axis) and CO2e (right axis) over the deployment; training is the first step."""

    def __init__(self, parent: QWidget | None = None):
        self.pw = _plot_widget()
        super().__init__(
            QCoreApplication.translate("Charts", "Lifetime: when does serving overtake training?"),
            "",
            "&nbsp;&nbsp;".join(
                [
                    _swatch(BLUE, QCoreApplication.translate("Charts", "Total energy")),
                    _swatch(GREY, QCoreApplication.translate("Charts", "Training (one-off)")),
                    _swatch(GREEN, QCoreApplication.translate("Charts", "Serving, cumulative")),
                    _swatch(VERMILLION, QCoreApplication.translate("Charts", "CO2e, right axis (dashed)")),
                ]
            ),
            self.pw,
            parent,
        )
        p = self.pw.getPlotItem()
        self.plot = p
        p.setLabel("bottom", QCoreApplication.translate("Charts", "Days of deployment"))
        self.energy_axis = ScaledAxis(
            p.getAxis("left"),
            QCoreApplication.translate("Charts", "Cumulative energy ({unit})"),
            "energy_kwh",
        )
        p.showAxis("right")
        self.co2_axis = ScaledAxis(
            p.getAxis("right"), QCoreApplication.translate("Charts", "Cumulative CO2e ({unit})"), "mass_kg"
        )
        p.getAxis("right").setTextPen(VERMILLION)
        _value_axis(p.getAxis("left"))
        _value_axis(p.getAxis("right"))
        self.vb2 = pg.ViewBox(enableMenu=False)
        self.vb2.setMouseEnabled(x=False, y=False)
        self.vb2.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # as in _quiet
        p.scene().addItem(self.vb2)
        p.getAxis("right").linkToView(self.vb2)
        self.vb2.setXLink(p)
        p.vb.sigResized.connect(self._sync_views)
        # the energy lines on the left axis's view, CO2e on the right axis's view
        self.lines = Lines(
            {"total": _pen(BLUE), "training": _pen(GREY, Qt.PenStyle.DotLine), "serving": _pen(GREEN)},
            marker_pen=_pen(INK, Qt.PenStyle.DashDotLine),
        )
        p.addItem(self.lines)
        self.co2_lines = Lines({"co2": _pen(VERMILLION, Qt.PenStyle.DashLine)})
        self.vb2.addItem(self.co2_lines)
        self._days_end = 0.0

    def _sync_views(self) -> None:
        self.vb2.setGeometry(self.plot.vb.sceneBoundingRect())
        self.vb2.linkedViewChanged(self.plot.vb, self.vb2.XAxis)

    def update_snapshot(self, snap: Any) -> None:
        life = snap.lifetime
        days = life["days"]
        energy = life["energy_kwh"]
        top = float(energy[-1])
        ef, e_end = self.energy_axis.fit(top, top * 1.05, snap.interactive)
        co2 = life["co2e_kg"]
        cf, c_end = self.co2_axis.fit(float(co2[-1]), float(co2[-1]) * 1.05, snap.interactive)
        span = float(days[-1])
        # the deployment's end closes the chart at rest; while a slider is dragged the day axis holds still
        reach = span * 1.02
        if not snap.interactive or self._days_end <= 0:
            self._days_end = reach
        else:  # held while the deployment's end (and 2 % beyond) fits, like any dragged axis
            self._days_end = axis_end(self._days_end, reach / HEADROOM, True)
        x0, x1 = -0.02 * self._days_end, self._days_end
        self.lines.set_data(
            {
                "total": (days, energy / ef),
                "training": (np.array([0.0, days[-1]]), life["training_energy_kwh"][:2] / ef),
                "serving": (days, life["serving_energy_kwh"] / ef),
            },
            QRectF(x0, 0.0, x1 - x0, e_end),
        )
        self.co2_lines.set_data({"co2": (days, co2 / cf)}, QRectF(x0, 0.0, x1 - x0, c_end))
        _set_range(self.plot.vb, "x", x0, x1)
        _set_range(self.plot.vb, "y", 0.0, e_end)
        _set_range(self.vb2, "y", 0.0, c_end)
        cross = life["crossover_days"]
        if math.isfinite(cross) and cross <= span:
            label = QCoreApplication.translate("Charts", "crossover: day {d}").format(d=significant(cross, 3))
            self.lines.set_marker((cross, top / ef * 1.02, label, cross > 0.6 * span))
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts", "Serving energy passes the training energy on day {d} of {n}."
                ).format(d=significant(cross, 3), n=format_plain(span, 4))
            )
        else:
            self.lines.set_marker(None)
            if math.isfinite(cross):
                years = cross / 365.0
                self.set_subtitle(
                    QCoreApplication.translate(
                        "Charts",
                        "Serving would pass training only after {y} years: beyond this {n}-day deployment.",
                    ).format(y=significant(years, 3), n=format_plain(span, 4))
                )
            else:
                self.set_subtitle(
                    QCoreApplication.translate(
                        "Charts", "No serving energy: training is the whole footprint."
                    )
                )


# ----- 3. location ------------------------------------------------------------------------------------


class LocationChart(ChartCard):
    """The same workload's lifetime CO2e on a handful of grids, the scenario's own highlighted."""

    def __init__(self, cat: Catalog, parent: QWidget | None = None):
        self.pw = _plot_widget()
        super().__init__(
            QCoreApplication.translate("Charts", "Location: the same work on other grids"),
            QCoreApplication.translate(
                "Charts",
                "Lifetime CO2e (location-based) if every kWh came from each grid; same hardware and PUE.",
            ),
            "&nbsp;&nbsp;".join(
                [
                    _swatch(VERMILLION, QCoreApplication.translate("Charts", "This scenario")),
                    _swatch(SKY, QCoreApplication.translate("Charts", "Other grids")),
                ]
            ),
            self.pw,
            parent,
        )
        self.cat = cat
        p = self.pw.getPlotItem()
        self.plot = p
        p.invertY(True)
        self.axis = ScaledAxis(
            p.getAxis("bottom"), QCoreApplication.translate("Charts", "Lifetime CO2e ({unit})"), "mass_kg"
        )
        _category_axis(p.getAxis("left"))
        self.bars = BarRows(0.7)
        p.addItem(self.bars)
        self._ticks_key: tuple = ()
        from gui.cost_views import LocationModes

        self._co2_template = self.axis.template
        self._co2_subtitle = self.subtitle.text()
        self.mode = "co2e"  # or "cost": the same work at other grids' electricity prices (gui.cost_views)
        self.modes = LocationModes(self)
        self.modes.currentIndexChanged.connect(self._mode_chosen)
        self.layout().insertWidget(1, self.modes)
        self._snap: Any = None

    def _mode_chosen(self, _index: int) -> None:
        self.set_mode(self.modes.currentData())

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.modes.setCurrentIndex(self.modes.findData(mode))
        self._ticks_key = ()
        self.axis.symbol = ""  # the axis label is set again in the new mode's words
        if self._snap is not None:
            self.update_snapshot(self._snap)
            self.settle()

    def update_snapshot(self, snap: Any) -> None:
        self._snap = snap
        if self.mode == "cost":
            from gui.cost_views import draw_location_cost

            draw_location_cost(self, snap)
            return
        if self.axis.family != "mass_kg":  # back from the cost mode
            self.axis.template, self.axis.family, self.axis.symbol = self._co2_template, "mass_kg", "?"
            self.set_subtitle(self._co2_subtitle)
        loc = snap.location
        names = [QCoreApplication.translate("Regions", n) for n in loc["names"]]  # gui/i18n_marks.py
        grids = list(loc["grid_g_per_kwh"])
        values = list(loc["co2e_kg"])
        codes = list(loc["codes"])
        dc = snap.scenario.datacenter
        current = dc.region if not dc.sites and dc.grid_intensity_g_per_kwh is None else None
        if "current_co2e_kg" in loc:
            names.append(
                QCoreApplication.translate("Charts", "This scenario's grid mix")
                if dc.sites
                else QCoreApplication.translate("Charts", "Your grid value")
            )
            grids.append(loc["current_g_per_kwh"])
            values.append(loc["current_co2e_kg"])
            codes.append("__current__")
            current = "__current__"
        vals = np.asarray(values, dtype=float)
        top = float(np.max(vals)) if len(vals) else 0.0
        factor, end = self.axis.fit(top, top, snap.interactive)
        n = len(vals)
        key = (tuple(codes), tuple(round(g) for g in grids), current)
        relabel = key != self._ticks_key
        if relabel and snap.interactive and current == "__current__" and self._ticks_key:
            # only the dragged grid value moved? A new label regenerates the whole axis (a chart's costliest
            # repaint): the bar follows every frame, its label catches up when the input rests
            old_codes, old_grids, old_current = self._ticks_key
            relabel = (old_codes, old_grids[:-1], old_current) != (key[0], key[1][:-1], current)
        colors = None
        if relabel:  # colours only when the highlight moves
            colors = [[_brush(VERMILLION) if c == current else _brush(SKY) for c in codes]]
        self.bars.set_data(vals[None, :] / factor, colors, end)
        if relabel:
            self._ticks_key = key
            labels = []
            for c, name, g in zip(codes, names, grids, strict=True):
                short = name if len(name) <= 22 else name[:21] + "…"
                mark = "▶ " if c == current else ""
                labels.append((len(labels), f"{mark}{short} · {significant(g, 3)} g/kWh"))
            _set_category_ticks(self.plot.getAxis("left"), labels)
        _set_range(self.plot.vb, "y", -0.6, n - 0.4)
        _set_range(self.plot.vb, "x", 0.0, end)


# ----- 4. hardware ------------------------------------------------------------------------------------


class HardwareChart(ChartCard):
    """Lifetime energy of the current workload on every catalog accelerator with complete figures."""

    def __init__(self, cat: Catalog, parent: QWidget | None = None):
        self.pw = _plot_widget()
        super().__init__(
            QCoreApplication.translate("Charts", "Hardware: the same work on every accelerator"),
            QCoreApplication.translate(
                "Charts",
                "Lifetime energy if trained and served on each chip (modelled from peak FLOP/s and TDP).",
            ),
            "&nbsp;&nbsp;".join(
                [
                    _swatch(BLUE, QCoreApplication.translate("Charts", "Training")),
                    _swatch(GREEN, QCoreApplication.translate("Charts", "Serving")),
                    QCoreApplication.translate(
                        "Charts", "▶ = chosen training chip; paler bars = alternatives"
                    ),
                ]
            ),
            self.pw,
            parent,
        )
        self.cat = cat
        p = self.pw.getPlotItem()
        self.plot = p
        p.invertY(True)
        self.axis = ScaledAxis(
            p.getAxis("bottom"),
            QCoreApplication.translate("Charts", "Lifetime energy ({unit})"),
            "energy_kwh",
        )
        _category_axis(p.getAxis("left"))
        small = QFont(p.getAxis("left").font())
        small.setPointSizeF(small.pointSizeF() * 0.85)  # seventeen chips share the height of one chart
        p.getAxis("left").setStyle(tickFont=small)
        self.bars = BarRows(0.72)  # training, then serving laid after it
        p.addItem(self.bars)
        self._ticks_key: tuple = ()

    def update_snapshot(self, snap: Any) -> None:
        hw = snap.hardware
        ids = hw["ids"]
        n = len(ids)
        train, serve = hw["training_kwh"], hw["serving_kwh"]
        total = train + serve
        top = float(np.max(total)) if n else 0.0
        factor, end = self.axis.fit(top, top, snap.interactive)
        chosen = snap.scenario.training.accelerator
        serving_chip = snap.scenario.inference.accelerator
        key = (tuple(ids), chosen, serving_chip)
        colors = None
        if key != self._ticks_key:  # colours only when the highlight moves
            colors = [
                [_brush(BLUE, 255 if i == chosen else 80) for i in ids],
                [_brush(GREEN, 255 if i == serving_chip else 80) for i in ids],
            ]
        self.bars.set_data(np.array([train, serve]) / factor, colors, end)
        if key != self._ticks_key:
            self._ticks_key = key
            labels = []
            for k, aid in enumerate(ids):
                acc = self.cat.accelerators_with(snap.scenario.custom)[aid]
                label = acc.label if acc.user_defined else acc.label.split(" (")[0]
                mark = "▶ " if aid == chosen else ""
                labels.append((k, mark + label))
            _set_category_ticks(self.plot.getAxis("left"), labels)
        if hw["measured_set_aside"]:
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts",
                    "Lifetime energy on each chip, modelled from its peak FLOP/s and TDP; the measured hours "
                    "and power (one chip's) are set aside.",
                )
            )
        else:
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts",
                    "Lifetime energy if trained and served on each chip (modelled from peak FLOP/s and TDP).",
                )
            )
        _set_range(self.plot.vb, "y", -0.6, n - 0.4)
        _set_range(self.plot.vb, "x", 0.0, end)


# ----- 5. headline ------------------------------------------------------------------------------------


class CardLine:
    """One line of a :class:`CardText`: its text, font and colour. Not a widget: the card paints it."""

    def __init__(self, owner: CardText, font: QFont, color: str, lines: int = 1):
        self._owner = owner
        self._color = QColor(color)
        self.lines = lines
        self._text = ""
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        # worked out once: combining Qt flags in Python costs more than drawing a line
        self.flags = int(flags)
        self._set_font(font)

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
            self._owner.changed(self)

    def font(self) -> QFont:
        return QFont(self._font)

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
        self.range = CardLine(self, self.font(), INK)
        self.detail = CardLine(self, self.font(), "#555555", lines=2)
        self.lines = [self.value, self.range, self.detail]
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

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        width = self.width()
        exposed = event.rect()
        painter.fillRect(exposed, self.palette().window())
        top, bottom = exposed.top(), exposed.bottom()
        y = 0
        for line in self.lines:
            if y <= bottom and y + line._height > top:
                painter.setFont(line._font)
                painter.setPen(line._color)
                painter.drawText(QRect(0, y, width, line._height), line.flags, line._text)
            y += line._height
        painter.end()


class _Card(QFrame):
    def __init__(self, caption: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: #555555;")
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.text = CardText(self)
        self.value, self.range, self.detail = self.text.value, self.text.range, self.text.detail
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 4, 4)
        lay.setSpacing(0)
        lay.addWidget(self.caption)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def set(self, value: str, rng: str, detail: str) -> None:
        for line, text in ((self.value, value), (self.range, rng), (self.detail, detail)):
            line.setText(text)


class HeadlinePanel(QWidget):
    """Large numbers for lifetime energy, CO2e, water and average power, with p5-p95 ranges, and per query."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.energy = _Card(
            QCoreApplication.translate("Charts", "Lifetime energy"),
            QCoreApplication.translate(
                "Charts",
                "Training (with experiments) plus serving over the deployment, at the facility meter.",
            ),
        )
        self.co2 = _Card(
            QCoreApplication.translate("Charts", "Lifetime CO2e"),
            QCoreApplication.translate(
                "Charts", "Location-based operational emissions plus the hardware's manufacturing share."
            ),
        )
        self.water = _Card(
            QCoreApplication.translate("Charts", "Lifetime water"),
            QCoreApplication.translate(
                "Charts",
                "On-site cooling water (WUE) plus water used to generate the electricity (Li et al. 2023).",
            ),
        )
        self.power = _Card(
            QCoreApplication.translate("Charts", "Average power, serving"),
            QCoreApplication.translate(
                "Charts",
                "Average facility power drawn while serving; the training run's draw is shown below.",
            ),
        )
        self.query = _Card(
            QCoreApplication.translate("Charts", "Per query"),
            QCoreApplication.translate(
                "Charts",
                "One query's share of serving energy, CO2e and water, idle capacity and PUE included.",
            ),
        )
        from gui.cost_views import CostCard

        self.cost = CostCard()
        self.cards = (self.energy, self.co2, self.water, self.power, self.query, self.cost)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.columns = 0
        self._arrange(len(self.cards))

    # narrowest card that shows its number and p5-p95 range uncut (looked at under Xvfb at 1366 x 768)
    CARD_MIN_WIDTH = 148

    def _arrange(self, columns: int) -> None:
        """Six cards in one row when they fit, else two rows of three without their detail line, so the
        window is no taller (a layout change only when it flips; the detail stays in the accessible name)."""
        if columns == self.columns:
            return
        self.columns = columns
        compact = columns < len(self.cards)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.text.detail.lines = 0 if compact else 2
            card.text.detail.setFont(card.text.detail.font())
        for i in range(len(self.cards)):
            self.grid.setColumnStretch(i, 1 if i < columns else 0)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        n = len(self.cards)
        self._arrange(n if event.size().width() >= n * self.CARD_MIN_WIDTH else n // 2)

    def update_snapshot(self, snap: Any) -> None:
        r, m = snap.results, snap.ranges
        pr = QCoreApplication.translate("Charts", "p5–p95: {range}")

        def rng(key: str, family: str, scale: float = 1.0) -> str:
            q = m[key]
            return pr.format(range=format_range(q["p5"] * scale, q["p95"] * scale, family))

        self.energy.set(
            format_quantity(r["lifecycle.energy_kwh"], "energy_kwh"),
            rng("lifecycle.energy_kwh", "energy_kwh"),
            QCoreApplication.translate("Charts", "training {t} · serving {s}").format(
                t=format_quantity(r["lifecycle.training_energy_kwh"], "energy_kwh", 2),
                s=format_quantity(r["inference.energy_kwh"], "energy_kwh", 2),
            ),
        )
        self.co2.set(
            format_quantity(r["lifecycle.co2e_kg"], "mass_kg"),
            rng("lifecycle.co2e_kg", "mass_kg"),
            QCoreApplication.translate("Charts", "market-based {m}").format(
                m=format_quantity(r["lifecycle.co2e_market_kg"], "mass_kg", 2)
            ),
        )
        self.water.set(
            format_quantity(r["lifecycle.water_l"], "water_l"),
            rng("lifecycle.water_l", "water_l"),
            QCoreApplication.translate("Charts", "on-site cooling + power generation"),
        )
        self.power.set(
            format_quantity(r["inference.average_power_mw"] * 1e6, "power_w"),
            rng("inference.average_power_mw", "power_w", 1e6),
            QCoreApplication.translate("Charts", "training run {p} for {d} days").format(
                p=format_quantity(r["training.average_power_mw"] * 1e6, "power_w", 2),
                d=significant(r["training.wall_clock_days"], 3),
            ),
        )
        qw, qg, qm = (
            m[k]
            for k in (
                "inference.energy_per_query_wh",
                "inference.co2e_per_query_g",
                "inference.water_per_query_ml",
            )
        )
        # per-query figures stay in Wh, g and mL, the units published per prompt (Elsworth et al. 2025):
        # "21.8 mWh" next to "949 MWh" would invite a misreading by a factor of a thousand million
        self.query.set(
            f"{significant(r['inference.energy_per_query_wh'], 3)} Wh",
            pr.format(range=f"{significant(qw['p5'], 2)}–{significant(qw['p95'], 2)} Wh"),
            QCoreApplication.translate("Charts", "{g} g CO2e · {ml} mL water").format(
                g=significant(r["inference.co2e_per_query_g"], 3),
                ml=significant(r["inference.water_per_query_ml"], 3),
            ),
        )
        if snap.cost:
            self.cost.update_snapshot(snap)
        if snap.interactive:
            return  # the exact per-query ranges in the tooltip follow when the drag rests (no one hovers mid-drag)
        self.query.setToolTip(
            QCoreApplication.translate(
                "Charts", "Energy, CO2e and water of one query; p5–p95: {w} Wh, {g} g CO2e, {ml} mL water."
            ).format(
                w=f"{significant(qw['p5'], 2)}–{significant(qw['p95'], 2)}",
                g=f"{significant(qg['p5'], 2)}–{significant(qg['p95'], 2)}",
                ml=f"{significant(qm['p5'], 2)}–{significant(qm['p95'], 2)}",
            )
        )
