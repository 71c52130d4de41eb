"""Named polylines with a vertical marker, drawn as one item (:class:`Lines`)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPolygonF

from gui.charts.items.base import DrawnItem
from gui.charts.palette import INK


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
