"""What the analysis panels share: the outputs they offer, input labels, and a panel that redraws lazily.

A panel follows the window's scenario: it recomputes a moment after the inputs rest, and only while visible.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from core.units import format_quantity, significant
from gui.i18n import bind

TOP_BARS = 10
DELAY_MS = 120


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def field_label(path: str) -> str:
    """The input's words in the current language (one table, :data:`core.labels.INPUT_LABELS`): the label the
    input panel shows, or a plain name for the inputs set in files only; never a dotted path."""
    from gui.whatif.labels import input_label

    return input_label(path)


def format_value(value: float, family: str | None) -> str:
    return format_quantity(value, family) if family else significant(value, 3)


def quiet_plot(p: pg.PlotItem) -> None:
    p.setMenuEnabled(False)
    p.hideButtons()
    p.setMouseEnabled(x=False, y=False)
    p.vb.setMenuEnabled(False)


class LazyPanel(QWidget):
    """A panel that redraws shortly after the scenario changes, while visible (a hidden one redraws when it is
    shown). Each panel defines ``draw(scenario)``; :meth:`refresh` calls it at once."""

    def __init__(self, presenter: Any, parent: QWidget | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.presenter = presenter
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)
        presenter.scenarioChanged.connect(lambda _s: self.schedule())

    def schedule(self) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def retranslate(self) -> None:
        """The language changed: draw again now when visible, else when next shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self.draw(self.presenter.scenario)


def output_combo(default: str, with_cost: bool = False) -> QComboBox:
    """The outputs of core.outputs' table an analysis panel offers (the sensitivity panel: the cost too)."""
    from core.outputs import picked

    combo = QComboBox()
    for i, out in enumerate(picked(with_cost)):
        combo.addItem("", out.path)
        bind(combo, "setItemText", lambda label=out.pick: tr(label), i)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


# ----- sensitivity -------------------------------------------------------------------------------------
