"""Sensitivity: a live tornado of which inputs move the chosen output most (click a bar to go to the input).

The numbers come from :func:`core.analysis.tornado`; plot items are created once and fed with ``setOpts``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.outputs import COST_PICK, output
from core.units import choose_scale
from gui.charts.palette import BLUE, INK, ORANGE
from gui.i18n import bind
from gui.whatif.base import TOP_BARS, LazyPanel, field_label, format_value, output_combo, quiet_plot


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


class TornadoView(LazyPanel):
    """Each uncertain input at its low and high bound; the widest bars move the result most.

    Clicking a bar emits :attr:`focusField` with the scenario path of that input.
    """

    focusField = Signal(str)

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        # the tornado also ranks the inputs by what they move the electricity bill: lifetime energy x the
        # price (``core.economics``; the price itself is a published figure and is not varied)
        self.output = output_combo("lifecycle.co2e_kg", with_cost=True)
        self.output.currentIndexChanged.connect(lambda _i: self.refresh())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.plot = pg.PlotWidget()
        p = self.plot.getPlotItem()
        quiet_plot(p)
        self.low_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=BLUE, pen=pg.mkPen(None))
        self.high_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7, brush=ORANGE, pen=pg.mkPen(None))
        p.addItem(self.low_bars)
        p.addItem(self.high_bars)
        self.centre = pg.InfiniteLine(angle=90, pen=pg.mkPen(INK, width=1))
        p.addItem(self.centre)
        p.getAxis("left").setStyle(tickLength=0, textFillLimits=[(0, 1.0)])  # every bar keeps its name
        p.getAxis("left").setWidth(190)
        p.getAxis("bottom").enableAutoSIPrefix(False)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
        self.bars: list[Any] = []
        self.central = 0.0
        self._axis_width = 0
        head = QHBoxLayout()
        head.addWidget(bind(QLabel(), "setText", lambda: tr("Output")))
        head.addWidget(self.output, 1)
        legend = bind(
            QLabel(),
            "setText",
            lambda: (
                f'<span style="color:{BLUE}">&#9632;</span> {tr("input at its low bound")} &nbsp; '
                f'<span style="color:{ORANGE}">&#9632;</span> {tr("input at its high bound")} &nbsp; '
                + tr("Click a bar to go to that input.")
            ),
        )
        legend.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(legend)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.note)

    def output_path(self) -> str:
        return self.output.currentData()

    def draw(self, scenario: Any) -> None:
        from core.analysis import tornado

        path = self.output_path()
        family = output(path).family
        currency = ""
        note_override = ""
        if path == COST_PICK:
            from core.analysis import Bar
            from core.economics import pricing
            from gui.i18n import window_currency

            price = pricing(scenario, window_currency(scenario))
            currency = price.currency
            central, bars = tornado(scenario, "lifecycle.energy_kwh")
            if price.price_per_kwh is None:
                central, bars, note_override = 0.0, [], price.note
            else:
                k = price.price_per_kwh  # cost = energy x price: each bar scales by the same price
                central *= k
                bars = [Bar(b.field, b.low_value * k, b.high_value * k, b.basis) for b in bars]
        else:
            central, bars = tornado(scenario, path)
        self.central = central
        self.bars = [b for b in bars if b.swing > 0][:TOP_BARS]
        n = len(self.bars)
        factor, symbol = choose_scale(central, family) if family else (1.0, "")
        ys = np.arange(n)[::-1].astype(float)  # largest swing on top
        lows = np.array([b.low_value for b in self.bars]) / factor
        highs = np.array([b.high_value for b in self.bars]) / factor
        c = central / factor
        self.low_bars.setOpts(x0=np.minimum(lows, c), y=ys, width=np.abs(lows - c), height=0.7)
        self.high_bars.setOpts(x0=np.minimum(highs, c), y=ys, width=np.abs(highs - c), height=0.7)
        self.centre.setValue(c)
        p = self.plot.getPlotItem()
        names = [field_label(b.field) for b in self.bars]
        p.getAxis("left").setTicks([list(zip(ys, names, strict=True))])
        width = max((self.fontMetrics().horizontalAdvance(t) for t in names), default=100) + 24
        if width != self._axis_width:  # pyqtgraph drops tick text wider than the axis
            self._axis_width = width
            p.getAxis("left").setWidth(width)
        label = output(path).pick
        if family == "money":
            symbol = f"{symbol} {currency}".strip()
        unit = symbol or label
        p.setLabel("bottom", f"{tr(label)} ({unit})" if symbol else tr(unit))
        if n:
            lo = float(min(lows.min(), highs.min(), c))
            hi = float(max(lows.max(), highs.max(), c))
            pad = (hi - lo) * 0.05 or abs(c) * 0.05 or 1.0
            p.vb.setXRange(lo - pad, hi + pad, padding=0)
            p.vb.setYRange(-0.6, n - 0.4, padding=0)
        top = self.bars[0] if self.bars else None

        def fmt(v: float) -> str:
            if family == "money":
                from gui.charts.cost import money

                return money(v, currency)
            return format_value(v, family)

        if note_override:
            self.note.setText(note_override)
            return
        self.note.setText(
            tr("Central {c}. Largest lever: {f}, from {lo} to {hi}.").format(
                c=fmt(central),
                f=field_label(top.field),
                lo=fmt(top.low_value),
                hi=fmt(top.high_value),
            )
            if top
            else tr("No uncertain input moves this output.")
        )

    def bar_at(self, y: float) -> Any:
        n = len(self.bars)
        i = round(n - 1 - y)
        return self.bars[i] if 0 <= i < n and abs((n - 1 - y) - i) <= 0.4 else None

    def _clicked(self, event: Any) -> None:
        vb = self.plot.getPlotItem().vb
        if (
            not vb.sceneBoundingRect().contains(event.scenePos())
            and event.scenePos().x() > vb.sceneBoundingRect().left()
        ):
            return
        point = vb.mapSceneToView(event.scenePos())
        bar = self.bar_at(point.y())
        if bar is not None:
            self.focusField.emit(bar.field)


# ----- sweeps -----------------------------------------------------------------------------------------
