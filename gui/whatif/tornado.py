"""Sensitivity: a live tornado of which inputs move the chosen output most (click a bar to go to the input).

The numbers come from :func:`core.analysis.tornado`; plot items are created once and fed with ``setOpts``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from gui.whatif.labels import with_unit


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


class CentredAxis(pg.AxisItem):
    """An axis over values drawn relative to ``offset`` (the central result) that reads the values themselves,
    with its ticks at round values of them."""

    offset = 0.0

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal + self.offset, maxVal + self.offset, size)
        return [(spacing, [v - self.offset for v in values]) for spacing, values in levels]

    def tickStrings(self, values: list, scale: float, spacing: float) -> list:
        return super().tickStrings([v + self.offset for v in values], scale, spacing)


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
        # what is ranked: the uncertain inputs at their bounds, or the decisions a person takes
        self.mode = QComboBox()
        self.mode.addItem("", "uncertain")
        self.mode.addItem("", "levers")
        bind(self.mode, "setItemText", lambda: tr("Uncertain inputs at their bounds"), 0)
        bind(self.mode, "setItemText", lambda: tr("Decision levers: size, queries, batch, grid, chip"), 1)
        bind(
            self.mode,
            "setToolTip",
            lambda: tr(
                "Uncertain inputs: each at the low and high end of its published range. Decision levers: "
                "parameters, queries per day and batch size halved and doubled; the grid region and the chip at "
                "the choice giving the least and the most."
            ),
        )
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        # the bars are drawn as changes from the central result (its line is the chart's zero), the axis reads
        # the results themselves
        self.axis = CentredAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
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
        head.addWidget(self.mode, 1)
        self.legend = legend = QLabel()
        self._legend()
        legend.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(legend)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.note)

    def output_path(self) -> str:
        return self.output.currentData()

    def ranking_levers(self) -> bool:
        return self.mode.currentData() == "levers"

    def _legend(self) -> None:
        low, high = (
            (tr("halved, or the choice giving the least"), tr("doubled, or the choice giving the most"))
            if self.ranking_levers()
            else (tr("input at its low bound"), tr("input at its high bound"))
        )
        self.legend.setText(
            f'<span style="color:{BLUE}">&#9632;</span> {low} &nbsp; '
            f'<span style="color:{ORANGE}">&#9632;</span> {high} &nbsp; '
            + tr("Click a bar to go to that input.")
        )

    def rows(self) -> list[list[str]]:
        """The ranking as a table (header first), as Copy puts it on the clipboard: the input in words, the
        result at each end and what the input was set to there."""
        head = [tr("Input"), tr("Low"), tr("High"), tr("Swing"), tr("Set low to"), tr("Set high to")]
        out = [head]
        for b in self.bars:
            out.append(
                [
                    field_label(b.field),
                    self._fmt(b.low_value),
                    self._fmt(b.high_value),
                    self._fmt(b.swing),
                    with_unit(b.field, b.low_setting) if b.low_setting else "",
                    with_unit(b.field, b.high_setting) if b.high_setting else "",
                ]
            )
        return out

    def draw(self, scenario: Any) -> None:
        from core.analysis import tornado

        path = self.output_path()
        family = output(path).family
        currency = ""
        note_override = ""
        self._legend()
        if self.ranking_levers():
            from core.analysis import levers
            from core.economics import pricing
            from gui.i18n import window_currency

            currency = pricing(scenario, window_currency(scenario)).currency
            central, bars = levers(scenario, path, currency if path == COST_PICK else None)
        elif path == COST_PICK:
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
        self.axis.offset = c
        self.low_bars.setOpts(x0=np.minimum(lows - c, 0.0), y=ys, width=np.abs(lows - c), height=0.7)
        self.high_bars.setOpts(x0=np.minimum(highs - c, 0.0), y=ys, width=np.abs(highs - c), height=0.7)
        self.centre.setValue(0.0)
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
            p.vb.setXRange(lo - pad - c, hi + pad - c, padding=0)
            p.vb.setYRange(-0.6, n - 0.4, padding=0)
        top = self.bars[0] if self.bars else None
        self._family, self._currency = family, currency
        fmt = self._fmt
        if note_override:
            self.note.setText(note_override)
            return
        if top is not None and top.low_setting:
            self.note.setText(
                tr("Central {c}. Largest lever: {f}, from {lo} ({a}) to {hi} ({b}).").format(
                    c=fmt(central),
                    f=field_label(top.field),
                    lo=fmt(top.low_value),
                    a=with_unit(top.field, top.low_setting),
                    hi=fmt(top.high_value),
                    b=with_unit(top.field, top.high_setting),
                )
            )
            return
        self.note.setText(
            tr("Central {c}. Largest lever: {f}, from {lo} to {hi}.").format(
                c=fmt(central),
                f=field_label(top.field),
                lo=fmt(top.low_value),
                hi=fmt(top.high_value),
            )
            if top
            else (
                tr("No lever moves this output.")
                if self.ranking_levers()
                else tr("No uncertain input moves this output.")
            )
        )

    def _fmt(self, v: float) -> str:
        if getattr(self, "_family", None) == "money":
            from gui.charts.cost import money

            return money(v, self._currency)
        return format_value(v, getattr(self, "_family", None))

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
