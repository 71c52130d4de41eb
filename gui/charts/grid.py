"""The headline numbers over the four charts in a 2 x 2 grid: one layout for the window and the report sheet.

A new chart goes in its own module of this package and in :data:`ChartGrid` (one line here, one field of the
snapshot it draws), and so appears in the window, the classroom's source of truth and every report at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QSizePolicy, QTabBar, QTabWidget, QVBoxLayout, QWidget

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
        paged: bool = True,
    ):
        """``paged``: the charts sit in pages that can become tabs (the window); False: a plain 2 x 2 grid
        (the report sheet, which is drawn once at one size)."""
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
        # the charts sit in pages: one page with the 2 x 2 grid (no tab bar shows for a single page), or on a
        # small screen one chart per page (set_compact), and the analysis panels as pages of their own
        # (gui.window.compact) rather than docks that squeeze the charts
        self.pages = QTabWidget(self)
        self.pages.setObjectName("chartPages")
        self.pages.setDocumentMode(True)
        self.pages.setTabBarAutoHide(True)
        self.grid_page = QWidget()
        self.grid = grid = QGridLayout(self.grid_page)
        grid.setContentsMargins(0, 0, 0, 0)
        if spacing is not None:
            grid.setSpacing(spacing)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        for i in range(2):
            grid.setRowStretch(i, 1)
            grid.setColumnStretch(i, 1)
        self.compact = False
        if paged:
            self.pages.addTab(self.grid_page, "")
            lay.addWidget(self.pages, 1)
        else:
            self.pages.hide()
            lay.addWidget(self.grid_page, 1)

    def no_close(self, index: int) -> None:
        """A chart page is never closed: its close button (when pages are closable) goes."""
        bar = self.pages.tabBar()
        button = bar.tabButton(index, QTabBar.ButtonPosition.RightSide)
        if button is not None:
            bar.setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            button.deleteLater()

    def set_compact(self, compact: bool, titles: list[str] | None = None) -> None:
        """One chart per page (``titles``: the pages' names) on a small screen, else the 2 x 2 grid; pages
        added by others (the analysis panels) stay after the charts."""
        if compact == self.compact:
            if compact and titles:
                for chart, title in zip(self.charts, titles, strict=False):
                    self.pages.setTabText(self.pages.indexOf(chart), title)
            return
        self.compact = compact
        current = self.pages.currentWidget()
        if compact:
            self.pages.removeTab(self.pages.indexOf(self.grid_page))
            for i, chart in enumerate(self.charts):
                self.pages.insertTab(i, chart, (titles or [""] * 4)[i])
                self.no_close(i)
            self.pages.setCurrentIndex(0 if current is self.grid_page else self.pages.indexOf(current))
        else:
            for i, chart in enumerate(self.charts):
                self.pages.removeTab(self.pages.indexOf(chart))
                self.grid.addWidget(chart, i // 2, i % 2)
                chart.show()
            self.pages.insertTab(0, self.grid_page, "")
            self.no_close(0)
            self.pages.setCurrentIndex(0 if current in self.charts else self.pages.indexOf(current))

    def bring_forward(self, name: str) -> bool:
        """Show the chart called ``name`` ("breakdown", "lifetime", "location", "hardware"): its page, where
        the charts are one per page (a small window); in the 2 x 2 grid, the grid's page. False: no such chart."""
        chart = getattr(self, name, None)
        if chart not in self.charts:
            return False
        page = chart if self.compact else self.grid_page
        if self.pages.indexOf(page) >= 0:
            self.pages.setCurrentWidget(page)
        return True

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
