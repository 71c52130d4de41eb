"""The scale chart as a tab of the analysis dock, and the lesson step that opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.charts.scale import ScaleChart


class ScaleView(QWidget):
    """The scale chart as a tab of the analysis dock, drawn from the presenter's snapshots while shown."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.chart = ScaleChart(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.chart)
        presenter.resultsReady.connect(self._snapshot)

    def _snapshot(self, snap: Any) -> None:
        if self.isVisible():
            self.chart.update_snapshot(snap)

    def retranslate(self) -> None:
        """The language changed: the rows are named again, now when shown."""
        self.chart.retranslate()
        if self.isVisible() and self.presenter.snapshot is not None:
            self.chart.update_snapshot(self.presenter.snapshot)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.presenter.snapshot is not None:
            self.chart.update_snapshot(self.presenter.snapshot)
