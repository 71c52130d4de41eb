"""The headline numbers over the four charts in a 2 x 2 grid: one layout for the window and the report sheet.

A new chart goes in its own module of this package and in :data:`ChartGrid` (one line here, one field of the
snapshot it draws), and so appears in the window, the classroom's source of truth and every report at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from gui.charts.breakdown import BreakdownChart
from gui.charts.everyday import EverydayLine
from gui.charts.hardware import HardwareChart
from gui.charts.headline import HeadlinePanel
from gui.charts.lifetime import LifetimeChart
from gui.charts.location import LocationChart


class ChartGrid(QWidget):
    """``headline`` above ``breakdown``, ``lifetime`` / ``location``, ``hardware``; ``charts`` in that order."""

    def __init__(
        self,
        cat: Any,
        parent: QWidget | None = None,
        margins: tuple[int, int, int, int] = (4, 6, 6, 4),
        spacing: int | None = 6,
    ):
        super().__init__(parent)
        self.headline = HeadlinePanel()
        self.headline.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.everyday = EverydayLine()  # the A-G label and everyday terms, under the cards
        self.breakdown = BreakdownChart()
        self.lifetime = LifetimeChart()
        self.location = LocationChart(cat)
        self.hardware = HardwareChart(cat)
        self.charts = [self.breakdown, self.lifetime, self.location, self.hardware]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*margins)
        if spacing is not None:
            lay.setSpacing(spacing)
        self.top = top = QVBoxLayout()  # the cards and the everyday line under them, close together
        top.setSpacing(2)
        top.addWidget(self.headline)
        top.addWidget(self.everyday)
        lay.addLayout(top)
        grid = QGridLayout()
        if spacing is not None:
            grid.setSpacing(spacing)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        for i in range(2):
            grid.setRowStretch(i, 1)
            grid.setColumnStretch(i, 1)
        lay.addLayout(grid, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # where the cards take two rows (a narrow window), the everyday line takes one: the charts keep
        # their height on an XGA projector
        compact = self.headline.columns < len(self.headline.cards)
        self.everyday.set_compact(compact)
        self.top.setSpacing(0 if compact else 2)

    def update_snapshot(self, snap: Any) -> None:
        """Feed the headline and every chart one result (each chart settles its view before it paints)."""
        self.headline.update_snapshot(snap)
        self.everyday.update_snapshot(snap)
        for chart in self.charts:
            chart.update_snapshot(snap)
            chart.settle()
