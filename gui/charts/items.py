"""Drawn chart items and axis helpers shared by every chart.

Each chart creates its pyqtgraph items once and, on every new snapshot, feeds them with ``setData`` /
``setOpts`` and fixed axis ranges: nothing is cleared or rebuilt per change. Bars, whiskers, lines and labels
are drawn by one item per plot (``StackedBars``, ``Lines``, ``BarRows``) rather than dozens of pyqtgraph items,
and value axes are chosen by :class:`ScaledAxis` with SI-prefixed units from :mod:`core.units`.
"""

from __future__ import annotations

import itertools
import math
import re
import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
)

from core.units import choose_scale, nice_ceiling
from gui.charts.palette import INK
from gui.i18n import bind_or_set

#: Value axes end a little past a round number, so the last tick label is not cut by the plot edge.
HEADROOM = 1.04

# exitCleanup: pyqtgraph's own atexit pass over every QGraphicsScene crashed the interpreter at exit
# (segfault in about half of the runs, offscreen, PySide6 6.11.3); the window is torn down explicitly instead.
pg.setConfigOptions(background="w", foreground=INK, antialias=False, exitCleanup=False)


def brush(color: str, alpha: int = 255) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def swatch(color: str, text: str) -> str:
    return f'<span style="color:{color}; font-size:14px;">&#9632;</span>&nbsp;{text}'


def plot_widget() -> pg.PlotWidget:
    pw = pg.PlotWidget()
    quiet(pw.getPlotItem())
    # small minimums: on a 1024 x 768 screen with the lesson strip the layout check holds every text whole
    pw.setMinimumSize(160, 70)
    return pw


def quiet(item: pg.PlotItem) -> None:
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
        # a tick text that would stick out of its axis (the top one on a short plot) is left out, not cut
        item.getAxis(name).setStyle(hideOverlappingLabels=True)
        drop_crowded_ticks(item.getAxis(name))

    # an axis title longer than its axis (a short plot, a long Japanese title) is drawn smaller, never cut
    # (once the layout has settled: the view box reports its new size before its axes have theirs)
    def later(*_: Any) -> None:
        if shiboken6.isValid(item):  # a resize while the window is torn down
            QTimer.singleShot(0, item, lambda: shiboken6.isValid(item) and fit_axis_titles(item))

    item.vb.sigResized.connect(later)
    for name in ("left", "bottom", "right"):
        item.getAxis(name).geometryChanged.connect(later)


def drop_crowded_ticks(axis: pg.AxisItem) -> None:
    """Leave out a tick text that would touch one already placed ("100200300" on a narrow axis): the major
    ticks come first, so the ones kept are evenly spread."""
    if getattr(axis, "_aiee_uncrowded", False):
        return
    axis._aiee_uncrowded = True
    original = axis.generateDrawSpecs

    def specs(p: QPainter) -> Any:
        out = original(p)
        if not out:
            return out
        axis_spec, ticks, texts = out
        kept: list = []
        for spec in texts:
            grown = spec[0].adjusted(-3, -1, 3, 1)
            if not any(grown.intersects(k[0]) for k in kept):
                kept.append(spec)
        return axis_spec, ticks, kept

    axis.generateDrawSpecs = specs


def fit_axis_titles(item: pg.PlotItem) -> None:
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        if axis.isVisible() and axis.labelText:
            fit_axis_title(axis)


UNIT_PART = re.compile(r"[（(][^（()）]*[)）]\s*$")


def fit_axis_title(axis: pg.AxisItem) -> None:
    """Draw ``axis``'s title in its own size, or smaller (down to 60 %) so that it fits the axis' length;
    on an axis too short even for that, its unit alone ("(GWh)"), which the chart's title names."""
    base = getattr(axis, "_aiee_title_pt", None)
    if base is None:
        size = str(axis.labelStyle.get("font-size", ""))
        base = float(size[:-2]) if size.endswith("pt") else axis.label.font().pointSizeF()
        axis._aiee_title_pt = base
    full = axis.labelText
    if full and full == getattr(axis, "_aiee_short", None):
        full = axis._aiee_full
    length = (axis.height() if axis.orientation in ("left", "right") else axis.width()) - 6
    font = QFont(axis.label.font())
    font.setPointSizeF(base)
    width = QFontMetrics(font).horizontalAdvance(full)
    pt, text = base, full
    if length > 0 and width > length:
        pt = max(base * 0.6, base * length / width)
        unit = UNIT_PART.search(full)
        if width * pt / base > length and unit:
            text = unit.group(0).strip()
            pt = base * 0.8
            font.setPointSizeF(pt)
            if QFontMetrics(font).horizontalAdvance(text) > length:
                text = ""  # a plot too short even for its unit: no title rather than a cut one
    wanted = f"{pt:.1f}pt"
    if axis.labelStyle.get("font-size") != wanted or axis.labelText != text:
        axis._aiee_full, axis._aiee_short = full, text
        axis.labelStyle = {**axis.labelStyle, "font-size": wanted}
        axis.labelText = text
        axis._updateLabel()
        axis.showLabel(bool(text))
        axis.resizeEvent(None)  # pyqtgraph centres its title on a resize only: centre the new one now


def category_axis(axis: pg.AxisItem) -> None:
    """Names on every bar: no tick marks, and text may fill the whole axis (pyqtgraph drops it above 80 %)."""
    axis.setStyle(tickLength=0, textFillLimits=[(0, 1.0)])


def value_axis(axis: pg.AxisItem, width: int = 64) -> None:
    """A fixed width: an axis that resized with its tick text would re-lay out the plot on every change."""
    axis.setWidth(width)


def set_category_ticks(axis: pg.AxisItem, labels: list[tuple[int, str]], keep: int | None = None) -> None:
    """Name each row of a category axis. On a left or right axis the names are fitted to the chart (see
    :func:`fit_category_ticks`) again whenever the plot is resized; ``keep`` is a row whose name always shows."""
    axis._aiee_labels = list(labels)
    axis._aiee_keep = keep
    if axis.orientation in ("left", "right") and not getattr(axis, "_aiee_fitting", False):
        axis._aiee_fitting = True
        vb = axis.linkedView()
        if vb is not None:
            vb.sigResized.connect(lambda *_: fit_category_ticks(axis))
    fit_category_ticks(axis)


def elide_name(text: str, width: int, fm: QFontMetrics) -> str:
    """``text`` shortened with "…" to ``width``; in "name · figure" only the name is shortened, so a
    figure is shown whole or not at all."""
    if fm.horizontalAdvance(text) <= width:
        return text
    head, sep, tail = text.rpartition(" · ")
    if sep and fm.horizontalAdvance(sep + tail) < width * 0.7:
        room = width - fm.horizontalAdvance(sep + tail)
        short = fm.elidedText(head, Qt.TextElideMode.ElideRight, room)
        if len(short.lstrip("▶ ")) >= 3 or short == head:  # a name still recognisable, with its figure
            return short + sep + tail
    if sep:  # no room for the figure: the name alone, never a figure cut in the middle
        return fm.elidedText(head, Qt.TextElideMode.ElideRight, width)
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


#: a row-name axis takes at most this share of its chart's width; longer names are shortened with "…"
NAME_SHARE = 0.4


def fit_category_ticks(axis: pg.AxisItem) -> None:
    """Names that fit: shortened with "…" to ``NAME_SHARE`` of the chart's width, and, when the rows are
    closer than a line of text, every n-th name only (the ``keep`` row's always), so no two names overlap."""
    labels = getattr(axis, "_aiee_labels", [])
    fm = QFontMetrics(axis.font() if axis.style.get("tickFont") is None else axis.style["tickFont"])
    if axis.orientation not in ("left", "right"):
        axis.setTicks([labels])
        return
    scene = axis.scene()
    views = scene.views() if scene is not None else []
    room = int(views[0].width() * NAME_SHARE) - 14 if views else 10**6
    widest = max((fm.horizontalAdvance(text) for _, text in labels), default=40)
    width = max(40, min(widest, room))
    names = [(k, elide_name(text, width, fm)) for k, text in labels]
    vb = axis.linkedView()
    n = len(names)
    if vb is not None and n > 1:
        pitch = vb.height() / n  # pixels per row
        need = fm.height() * 0.8 + 1  # pyqtgraph's own text box is 0.8 of the line height
        step = max(1, math.ceil(need / pitch)) if pitch > 0 else 1
        if step > 1:
            keep = getattr(axis, "_aiee_keep", None)
            names = [
                (k, t)
                for k, t in names
                if k == keep or (k % step == 0 and (keep is None or abs(k - keep) >= step))
            ]
    axis.setTicks([names])
    if axis.width() != width + 14:
        axis.setWidth(width + 14)


def cosmetic_pen(color: str | QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), 1, style)
    pen.setCosmetic(True)  # one pixel wide whatever the axis scale
    return pen


class DrawnItem(pg.GraphicsObject):
    """An item of a plot that draws itself from numbers worked out when it is fed (subclasses: one per chart
    kind). It spans the rectangle it is given, so Qt never asks it for bounds it has to compute."""

    def __init__(self, ink: str = INK):
        super().__init__()
        self.ink = QColor(ink)
        self.ink_pen = cosmetic_pen(self.ink)
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
        self.ink_pen = cosmetic_pen(self.ink)
        self.update()

    def set_label_font(self, font: QFont) -> None:
        """The font of the item's labels (classroom mode enlarges them with the axes)."""
        self.label_font = QFont(font)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _label_metrics_font(self) -> QFont:
        font = self.label_font
        if font is None:
            scene = self.scene()
            view = scene.views()[0] if scene is not None and scene.views() else None
            font = view.viewport().font() if view is not None else QFont()
        return QFont(font)

    def _label_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._label_metrics_font())

    def view_rect(self, to_device: Any) -> QRectF:
        """The plot area this item is drawn in (its view box), in device pixels."""
        vb = self.getViewBox()
        if vb is None or not hasattr(vb, "boundingRect"):
            return to_device.mapRect(self._rect)
        return to_device.mapRect(self.mapRectFromItem(vb, vb.boundingRect()))

    def label_rects(self, to_device: Any) -> list[tuple[QRectF, str]]:
        """The texts this item draws and their boxes in device pixels, given the item-to-device transform
        (the layout check compares them with the plot's edges); none by default."""
        return []


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

    def set_data(self, heights, low, high, labels: list[str], end: float, above: list[float] | None = None):
        """Parts' heights (part x bar), whisker ends and label of each bar, in axis units; ``end`` is the axis
        end, whose top the labels stay below (the chart leaves them room); ``above``: heights each label
        stays above as well (the baseline's ghost bar)."""
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
        floors = above if above is not None else [0.0] * len(xs)
        for x, top, lo, hi, text, floor in zip(
            xs, base, self.low.tolist(), self.high.tolist(), self.labels, floors, strict=True
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
                at = max(top, hi) if math.isfinite(hi) else top
                self._anchors.append((QPointF(x, max(at, floor) if math.isfinite(floor) else at), text))
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
        for rect, text, font in self._label_layout(to_screen, p.font()):
            p.setFont(font)
            p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        p.restore()

    def _label_layout(self, to_device: Any, font: QFont) -> list[tuple[QRectF, str, QFont]]:
        """Where each bar's total is drawn (device pixels): above the bar, moved sideways to stay inside the
        plot, in a smaller type when the totals of neighbouring bars would otherwise touch or the plot is
        too narrow. A total is drawn whole or, below ``SMALLEST`` of its size, still whole but reported by
        the layout check."""
        if not self._anchors:
            return []
        font = QFont(self.label_font if self.label_font is not None else font)
        area = self.view_rect(to_device)
        points = [to_device.map(at) for at, _ in self._anchors]
        texts = [text for _, text in self._anchors]
        gap = min((abs(b.x() - a.x()) for a, b in itertools.pairwise(points)), default=area.width())
        room = max(8.0, min(gap - 6, area.width() - 2))
        base = font.pointSizeF()
        for step in range(10):
            fm = QFontMetrics(font)
            if max(fm.horizontalAdvance(t) for t in texts) <= room or step == 9:
                break
            font.setPointSizeF(base * (1 - 0.45 * (step + 1) / 9))
        fm = QFontMetrics(font)
        out = []
        for pt, text in zip(points, texts, strict=True):
            w, h = fm.horizontalAdvance(text) + 2, fm.height()
            left = min(max(pt.x() - w / 2, area.left()), area.right() - w)
            top = max(pt.y() - fm.descent() - 2 - fm.ascent(), area.top())
            rect = QRectF(left, top, w, h)
            for other, _, _ in out:  # still touching a neighbour's total: stack it above that one
                if rect.intersects(other):
                    rect.moveBottom(other.top() - 1)
                    if rect.top() < area.top():  # no room above: below the neighbour instead
                        rect.moveTop(other.bottom() + 1)
            out.append((rect, text, font))
        return out

    def label_rects(self, to_device: Any) -> list[tuple[QRectF, str]]:
        font = self.label_font if self.label_font is not None else self._label_metrics_font()
        return [(rect.adjusted(1, 0, -1, 0), text) for rect, text, _ in self._label_layout(to_device, font)]


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

    def label_rects(self, to_device: Any) -> list[tuple[QRectF, str]]:
        if self.marker is None or self.marker_pen is None:
            return []
        x, label_y, label, left = self.marker
        at = to_device.map(QPointF(x, label_y))
        fm = self._label_metrics()
        w = fm.horizontalAdvance(label)
        # the text is centred in a box 6 px wider than it, one pixel below the anchor
        left_edge = at.x() - w - 3 if left else at.x() + 3
        return [(QRectF(left_edge, at.y() + 1, w, fm.height()), label)]


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


#: the range last set on each view and axis, by view (kept here, not as attributes on pyqtgraph's objects)
_RANGES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def set_range(vb: pg.ViewBox, axis: str, lo: float, hi: float) -> None:
    """Set a view's x or y range only when it changes (a new range regenerates the axis' tick text)."""
    held = _RANGES.setdefault(vb, {})
    if held.get(axis) != (lo, hi):
        held[axis] = (lo, hi)
        if axis == "x":
            vb.setXRange(lo, hi, padding=0)
        else:
            vb.setYRange(lo, hi, padding=0)


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

    def __init__(self, axis: pg.AxisItem, template: str | Callable[[], str], family: str):
        """``template`` (e.g. "Energy ({unit})") or a function giving it in the current language."""
        self.axis = axis
        self.template = ""
        self.family = family
        self.factor = 0.0
        self.symbol = ""
        self.end = 0.0  # axis end, in the unit of ``factor``
        bind_or_set(self, "set_template", template)

    def set_template(self, template: str) -> None:
        """A new label template (the language changed): the label is re-set with the unit it shows."""
        self.template = template
        if self.factor > 0:
            self.axis.setLabel(template.format(unit=self.symbol))

    def scale(self, top: float) -> float:
        factor, symbol = choose_scale(top, self.family)
        if symbol != self.symbol:
            self.factor, self.symbol = factor, symbol
            self.axis.setLabel(self.template.format(unit=symbol))
            fit_axis_title(self.axis)
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
