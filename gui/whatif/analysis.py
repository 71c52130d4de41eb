"""The analysis dock: sensitivity, sweeps and equivalents as tabs, and going from a bar to its input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QTabWidget,
    QWidget,
)

from gui.whatif.base import field_label
from gui.whatif.equivalents import EquivalentsView
from gui.whatif.sweep import SweepView
from gui.whatif.tornado import TornadoView


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


class AnalysisPanel(QTabWidget):
    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.tornado = TornadoView(presenter)
        self.sweep = SweepView(presenter)
        self.equivalents = EquivalentsView(presenter)
        self.addTab(self.tornado, tr("Sensitivity"))
        self.addTab(self.sweep, tr("Sweep"))
        self.addTab(self.equivalents, tr("Equivalents and label"))
        from gui.whatif.scale import ScaleView

        self.scale = ScaleView(presenter)
        self.addTab(self.scale, tr("Scale"))
        self.setTabToolTip(
            3,
            tr(
                "From one question to everyone in Japan and the world, next to Japan's and the world's electricity."
            ),
        )
        self.setTabToolTip(
            0, tr("Which inputs move the result most: each uncertain input at its low and high bound.")
        )
        self.setTabToolTip(
            1, tr("One output against one input over its whole range, the current value marked.")
        )
        self.setTabToolTip(2, tr("Results as households, car km, phone charges…, with factors and sources."))


def make_analysis_dock(window: Any) -> QDockWidget:
    dock = QDockWidget(tr("Analysis"), window)
    dock.setObjectName("analysisDock")
    panel = AnalysisPanel(window.presenter, dock)
    dock.setWidget(panel)
    panel.tornado.focusField.connect(lambda path: focus_input(window, path))
    return dock


def focus_input(window: Any, path: str) -> bool:
    """Scroll to the input for ``path`` and give it the keyboard focus; False when the window has none."""
    inp = getattr(window, "inputs", {}).get(path)
    if inp is None:
        window.statusBar().showMessage(
            tr(
                "{f} has no control of its own in the window (it is set through its section's defaults)."
            ).format(f=path),
            8000,
        )
        return False
    window.scroll.ensureWidgetVisible(inp.box, 20, 60)
    inp.box.setFocus(Qt.FocusReason.OtherFocusReason)
    inp.box.selectAll() if hasattr(inp.box, "selectAll") else None
    window.statusBar().showMessage(
        tr("Focused {f}: the input that moves the result most is yours to change.").format(
            f=field_label(path)
        ),
        8000,
    )
    return True
