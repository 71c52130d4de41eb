"""The baseline drawn beside the current result: dashed "ghost" outlines of the baseline's bars, as En-ROADS
draws its baseline on every graph.

Each chart creates its ghost item once (:class:`GhostBars` for bars and rows, a dashed
:class:`gui.charts.items.Lines` for lines) and feeds it with the baseline's numbers on every result, or hides
it when the scenario is the baseline. The numbers come from the session's baseline snapshot
(``ChartCard.baseline_for``) and :mod:`core.baseline`; nothing is computed here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from gui.charts.items import DrawnItem

#: the ghosts' ink: dark enough to read on white and on the bars' colours, lighter than the chart's own ink
GHOST = "#3A3A3A"


def ghost_pen(color: str = GHOST) -> QPen:
    pen = QPen(QColor(color), 2, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)  # two pixels wide whatever the axis scale
    return pen


def legend_entry(rows: bool = False) -> str:
    """The legend's words for the ghosts (rich text, in the current language): a dashed line, or a bar
    across a row for the charts of rows."""
    return (
        f'<span style="color:{GHOST}; font-weight:bold;">{"┃" if rows else "╌╌"}</span>&nbsp;'
        + QCoreApplication.translate("Charts", "baseline")
    )


class GhostBars(DrawnItem):
    """The baseline's bars as dashed outlines, drawn over the current bars: upright bars at ``x`` positions,
    or (``rows``) horizontal bars with row i centred on y = i. A ghost taller than the bar shows where the
    baseline was; a shorter one crosses the bar at the baseline's height."""

    def __init__(self, width: float, rows: bool = False):
        super().__init__()
        self.bar_width = width
        self.rows = rows
        self.pen = ghost_pen()
        #: the baseline's value of each bar, in axis units (NaN: none), as last drawn (tests read it)
        self.values: list[float] = []
        self._rects: list[QRectF] = []
        self._key: tuple | None = None  # the numbers last drawn
        self.setZValue(10)  # over the bars
        self.setVisible(False)

    def set_data(self, positions: Sequence[float], values: Sequence[float], end: float) -> None:
        """The baseline's value (axis units) of the bar at each position; ``end`` is the value axis' end.
        The same numbers again (a slider moving under a held axis) cost nothing: no repaint is asked for."""
        key = (tuple(positions), tuple(values), end)
        if key == self._key:
            return
        self._key = key
        self.values = [float(v) for v in values]
        half = self.bar_width / 2
        rects = []
        for pos, v in zip(positions, self.values, strict=True):
            if not math.isfinite(v) or v <= 0:
                continue
            v = min(v, end) if end > 0 else v
            rects.append(
                QRectF(0.0, pos - half, v, self.bar_width)
                if self.rows
                else QRectF(pos - half, 0.0, self.bar_width, v)
            )
        self._rects = rects
        if positions:
            lo, hi = min(positions) - half, max(positions) + half
            span = (
                QRectF(0.0, lo, max(end, 0.0), hi - lo)
                if self.rows
                else QRectF(lo, 0.0, hi - lo, max(end, 0.0))
            )
            self._span(span)
        self.setVisible(bool(rects))

    def clear(self) -> None:
        """No baseline to show (the scenario is the baseline)."""
        self._key = None
        self.values = []
        self._rects = []
        self.setVisible(False)

    def paint(self, p: QPainter, *args: Any) -> None:
        p.setPen(self.pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if not self.rows:
            p.drawRects(self._rects)
            return
        # rows are close together: the baseline's end of each row only, as a bar across it
        p.drawLines([QLineF(r.right(), r.top(), r.right(), r.bottom()) for r in self._rects])


class GhostRows(GhostBars):
    """:class:`GhostBars` for a chart of rows (row i centred on y = i): the baseline's end of each row, as a
    solid dark bar across it (dashes do not show on a row a few pixels high)."""

    def __init__(self, height: float):
        super().__init__(height, rows=True)
        self.pen = QPen(QColor(GHOST), 3)
        self.pen.setCosmetic(True)


def show_ghost(item: GhostBars, values: Sequence[float] | None, factor: float, end: float) -> None:
    """Feed a rows' ghost the baseline's value of each row (base units; None: no baseline to show)."""
    if values is None or factor <= 0:
        item.clear()
        return
    item.set_data([float(i) for i in range(len(values))], [v / factor for v in values], end)
