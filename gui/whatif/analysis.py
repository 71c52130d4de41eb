"""The analysis dock: sensitivity, sweeps and equivalents as tabs, and going from a bar to its input."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from gui.i18n import bind
from gui.whatif.equivalents import EquivalentsView
from gui.whatif.sweep import SweepView
from gui.whatif.tornado import TornadoView


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


class AnalysisPanel(QTabWidget):
    def __init__(self, presenter: Any, parent: QWidget | None = None, choices: dict[str, Any] | None = None):
        """``choices``: where the chosen tab, outputs and swept input are kept (the session's), and read
        back from when the panel is made."""
        super().__init__(parent)
        self.tornado = TornadoView(presenter)
        self.sweep = SweepView(presenter)
        self.equivalents = EquivalentsView(presenter)
        self.choices = choices if choices is not None else {}
        for panel in (self.tornado, self.sweep, self.equivalents):
            self.addTab(panel, "")
        bind(self, "setTabText", lambda: tr("Sensitivity"), 0)
        bind(self, "setTabText", lambda: tr("Sweep"), 1)
        bind(self, "setTabText", lambda: tr("Equivalents and label"), 2)
        bind(
            self,
            "setTabToolTip",
            lambda: tr("Which inputs move the result most: each uncertain input at its low and high bound."),
            0,
        )
        bind(
            self,
            "setTabToolTip",
            lambda: tr("One output against one input over its whole range, the current value marked."),
            1,
        )
        bind(
            self,
            "setTabToolTip",
            lambda: tr("Results as households, car km, phone charges…, with factors and sources."),
            2,
        )
        from gui.whatif.scale import ScaleView

        self.scale = ScaleView(presenter)  # from one question to the world's electricity (gui.charts.scale)
        self.addTab(self.scale, "")
        bind(self, "setTabText", lambda: tr("Scale"), 3)
        bind(
            self,
            "setTabToolTip",
            lambda: tr(
                "From one question to everyone in Japan and the world, next to Japan's and the world's electricity."
            ),
            3,
        )

        for name, combo in self._combos().items():
            if name in self.choices:
                combo.setCurrentIndex(max(0, combo.findData(self.choices[name])))
            combo.currentIndexChanged.connect(
                lambda _i, name=name, combo=combo: self.choices.__setitem__(name, combo.currentData())
            )
        self.currentChanged.connect(self._room_for_shown_tab)
        self.setCurrentIndex(int(self.choices.get("tab", 0)))
        self._room_for_shown_tab(self.currentIndex())
        self.currentChanged.connect(lambda i: self.choices.__setitem__("tab", i))

    def _room_for_shown_tab(self, index: int) -> None:
        """Only the shown tab asks for room: a hidden tab's minimum size (the A-G label of Equivalents) would
        otherwise set the whole panel's, and on a 1024x768 screen push the scale chart into a scrolled page
        whose axis is cut off (a QStackedLayout takes the largest minimum of all its pages, except those whose
        size policy is Ignored)."""
        for i in range(self.count()):
            page = self.widget(i)
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.updateGeometry()

    def _combos(self) -> dict[str, Any]:
        return {
            "tornado.output": self.tornado.output,
            "tornado.mode": self.tornado.mode,
            "sweep.output": self.sweep.output,
            "sweep.input": self.sweep.input,
        }

    def retranslate(self) -> None:
        """Each panel draws its words again (a hidden one when it is next shown)."""
        for panel in (self.tornado, self.sweep, self.equivalents, self.scale):
            panel.retranslate()


def make_analysis_dock(session: Any, parent: QWidget) -> QDockWidget:
    """The analysis tabs over the session's presenter; their choices are kept in ``session.choices``."""
    dock = bind(QDockWidget(parent), "setWindowTitle", lambda: tr("Analysis"))
    dock.setObjectName("analysisDock")
    panel = AnalysisPanel(session.presenter, dock, choices=session.choices)
    dock.setWidget(panel)
    return dock
