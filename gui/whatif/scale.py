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


def show_scale_tab(window: Any) -> bool:
    """Open the analysis dock on its Scale tab (a lesson step that ends at the scale chart)."""
    tools = getattr(window, "whatif", None)
    if tools is None:
        return False
    tools.analysis_dock.show()
    tools.analysis_dock.raise_()
    tools.analysis.setCurrentWidget(tools.analysis.scale)
    return True
