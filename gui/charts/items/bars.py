"""Bars drawn as one item: :class:`StackedBars` (vertical, stacked, with whiskers and totals) and
:class:`BarRows` (horizontal rows of segments)."""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainter, QPainterPath

from gui.charts.items.base import DrawnItem
from gui.charts.palette import INK

#: the smallest type (pixels) a bar's total is shrunk to for its neighbours' sake: below it "4.57 GWh" is a
#: smudge from the back of a classroom; totals that still touch are stacked one above the other instead
MIN_LABEL_PX = 12


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

    def boundingRect(self) -> QRectF:
        """The bars' span, and with totals the whole plot area: a total wider than its bar reaches beyond
        the bars, and Qt repaints only inside an item's bounds (the part outside was left cut on screen)."""
        vb = self.getViewBox() if self._anchors else None
        if vb is None or not hasattr(vb, "boundingRect"):
            return QRectF(self._rect)
        return QRectF(self._rect).united(self.mapRectFromItem(vb, vb.boundingRect()))

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
        too narrow; for its neighbours never below ``MIN_LABEL_PX``: totals that still touch are stacked."""
        if not self._anchors:
            return []
        font = QFont(self.label_font if self.label_font is not None else font)
        area = self.view_rect(to_device)
        points = [to_device.map(at) for at, _ in self._anchors]
        texts = [text for _, text in self._anchors]
        gap = min((abs(b.x() - a.x()) for a, b in itertools.pairwise(points)), default=area.width())
        width = max(8.0, area.width() - 2)  # a total wider than the plot would be cut: always shrunk to fit
        room = max(8.0, min(gap - 6, width))  # beside its neighbours: shrunk down to the floor, then stacked
        base = font.pointSizeF()
        floor = min(MIN_LABEL_PX, QFontInfo(font).pixelSize())  # a chart's own small type is not shrunk
        for step in range(9):
            widest = max(QFontMetrics(font).horizontalAdvance(t) for t in texts)
            if widest <= room:
                break
            smaller = QFont(font)
            smaller.setPointSizeF(base * (1 - 0.45 * (step + 1) / 9))
            if widest <= width and QFontInfo(smaller).pixelSize() < floor:
                break
            font = smaller
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

    def labels_over_bars(self, to_device: Any) -> list[str]:
        """Totals drawn over a bar: lower than their own bar's highest point (whisker or ghost included; the
        plot left no room above it), or across a neighbouring bar (a total wider than its slot)."""
        font = self.label_font if self.label_font is not None else self._label_metrics_font()
        points = [to_device.map(at) for at, _ in self._anchors]
        bars = [to_device.mapRect(r).adjusted(1, 1, -1, -1) for _, rects in self._fills for r in rects]
        out = []
        for (rect, text, _), pt in zip(self._label_layout(to_device, font), points, strict=True):
            inner = rect.adjusted(2, 2, -2, -2)  # a pixel or two of a letter's box may touch a bar
            if rect.bottom() > pt.y() + 2 or any(inner.intersects(bar) for bar in bars):
                out.append(text)
        return out

    def label_pixel_size(self, to_device: Any) -> int | None:
        """The pixel size of the type the totals are drawn in (None: no totals)."""
        font = self.label_font if self.label_font is not None else self._label_metrics_font()
        fonts = [f for _, _, f in self._label_layout(to_device, font)]
        return QFontInfo(fonts[0]).pixelSize() if fonts else None


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
