"""Chart 1: where the energy and carbon go, training and serving stacked by part, with p5-p95 whiskers."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QGraphicsItem,
    QWidget,
)

from core.baseline import breakdown_totals
from core.units import format_quantity
from gui.charts.card import ChartCard
from gui.charts.ghost import GhostBars, legend_entry
from gui.charts.items import (
    ScaledAxis,
    StackedBars,
    category_axis,
    chart_axes,
    hide_spare_axes,
    quiet,
    set_range,
    swatch,
    value_axis,
)
from gui.charts.items.bars import MIN_LABEL_PX
from gui.charts.palette import BLUE, ORANGE, PURPLE

# ----- 1. energy and CO2e breakdown -------------------------------------------------------------------


#: the parts stacked in each bar of the breakdown (keys of ``Snapshot.breakdown`` after "training." and
#: "serving."), and the ranges whose p5-p95 make each bar's whisker
ENERGY_PARTS = ("it_kwh", "overhead_kwh")
CO2_PARTS = ("it_co2e_kg", "overhead_co2e_kg", "embodied_co2e_kg")
ENERGY_BANDS = ("lifecycle.training_total_energy_kwh", "inference.energy_kwh")
CO2_BANDS = ("lifecycle.training_total_co2e_kg", "lifecycle.serving_co2e_kg")


class BreakdownChart(ChartCard):
    """Stacked bars: training and serving, split into IT energy and PUE overhead; CO2e adds embodied."""

    def __init__(self, parent: QWidget | None = None):
        self.glw = pg.GraphicsLayoutWidget()
        self.glw.setMinimumSize(160, 70)
        self.glw.ci.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # as in quiet
        super().__init__("", "", "", self.glw, parent)
        self.energy_plot = self.glw.addPlot(row=0, col=0, axisItems=chart_axes())
        self.co2_plot = self.glw.addPlot(row=0, col=1, axisItems=chart_axes())
        hide_spare_axes(self.energy_plot)
        hide_spare_axes(self.co2_plot)
        self.energy_axis = ScaledAxis(self.energy_plot.getAxis("left"), "", "energy_kwh")
        self.co2_axis = ScaledAxis(self.co2_plot.getAxis("left"), "", "mass_kg")
        #: per plot ("energy", "co2"): the stacked parts, their whiskers and labels in one item
        self.stacks: dict[str, StackedBars] = {}
        #: per plot: the baseline's totals as dashed outlines (gui.charts.ghost)
        self.ghosts: dict[str, GhostBars] = {}
        self.legend_extra = legend_entry
        for plot, name, colors in (
            (self.energy_plot, "energy", [BLUE, ORANGE]),
            (self.co2_plot, "co2", [BLUE, ORANGE, PURPLE]),
        ):
            quiet(plot)
            value_axis(plot.getAxis("left"))
            category_axis(plot.getAxis("bottom"))
            set_range(plot.vb, "x", -0.6, 1.6)
            stack = StackedBars([0.0, 1.0], 0.6, colors)
            plot.addItem(stack)
            self.stacks[name] = stack
            ghost = GhostBars(0.7)  # a little wider than the bars, so its sides show beside them
            plot.addItem(ghost)
            self.ghosts[name] = ghost
        self.stacked = False  # the CO2e plot under the energy plot instead of beside it
        self.retranslate()

    # ----- arrangement ------------------------------------------------------------------------------
    #: x range of each plot (two bars at 0 and 1), and the room each bar's name has
    X_UNITS = 2.2

    #: the widest a bar's total usually is ("888 MWh"): with the plots side by side each bar's slot holds it
    TOTAL_SAMPLE = "888 MWh"

    def bars_fit_side_by_side(self, width: float) -> bool:
        """True when, with the plots side by side in ``width`` pixels, each bar's slot holds its name
        ("Training", "Serving") and its total in the smallest type totals take. A projected English card at
        1024 x 768 had 30 px a bar for 65 px names, and the axis left both names out; a Japanese one drew
        "13.8 MWh" over the training bar beside it."""
        axis = self.energy_plot.getAxis("bottom")
        font = axis.style.get("tickFont") or axis.font()
        fm = QFontMetrics(font)
        names = [text for _, text in self.bar_names]
        widest = max((fm.horizontalAdvance(t) for t in names), default=0) + 8
        stack = self.stacks["energy"]
        widest = max(widest, stack.label_width_px(self.TOTAL_SAMPLE, MIN_LABEL_PX) + 8)
        left = self.energy_plot.getAxis("left").width()
        view = (width - 2 * left - 16) / 2.0  # each plot's view, beside the other
        return view / self.X_UNITS >= widest

    def arrange(self) -> bool:
        """Side by side where the bars' names fit, else the CO2e plot under the energy plot (each then
        has the card's whole width). Decided from the card's width alone, so it never flips back and forth.
        True when the arrangement changed."""
        stacked = not self.bars_fit_side_by_side(self.glw.width())
        if stacked == self.stacked:
            return False
        self.stacked = stacked
        layout = self.glw.ci
        layout.removeItem(self.co2_plot)
        if stacked:
            layout.addItem(self.co2_plot, row=1, col=0)
        else:
            layout.addItem(self.co2_plot, row=0, col=1)
        return True

    _last: Any = None  # the result shown, fitted again when the plots' height changes

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        rearranged = self.arrange()
        if self._last is not None and (rearranged or event.size().height() != event.oldSize().height()):
            QTimer.singleShot(0, self, self._refit)  # the totals' room, once the plots have their new height

    def _refit(self) -> None:
        if self._last is not None:
            self.update_snapshot(self._last)

    def text_scaled(self) -> None:
        self.arrange()  # larger names need wider bars

    def retranslate(self) -> None:
        """Title, explanation, legend, axis labels and bar names in the current language."""
        self.title.setText(QCoreApplication.translate("Charts", "Where the energy and carbon go"))
        self.set_subtitle(
            QCoreApplication.translate(
                "Charts",
                "Whole life: training (with experiments and distillation) and serving over the deployment. "
                "Whiskers: likely range (5th–95th percentile).",
            )
        )
        self.set_legend(
            "&nbsp;&nbsp;".join(
                [
                    swatch(BLUE, QCoreApplication.translate("Charts", "IT equipment")),
                    swatch(ORANGE, QCoreApplication.translate("Charts", "Cooling and overhead (PUE)")),
                    swatch(PURPLE, QCoreApplication.translate("Charts", "Hardware manufacturing (CO2e)")),
                ]
            )
        )
        self.energy_axis.set_template(QCoreApplication.translate("Charts", "Energy ({unit})"))
        self.co2_axis.set_template(QCoreApplication.translate("Charts", "CO2e ({unit})"))
        self.bar_names = [
            (0, QCoreApplication.translate("Charts", "Training")),
            (1, QCoreApplication.translate("Charts", "Serving")),
        ]
        for plot in (self.energy_plot, self.co2_plot):
            plot.getAxis("bottom").setTicks([self.bar_names])
        self.arrange()  # the names' width follows the language

    #: the least and the most of a plot's height kept above the bars for their totals
    LABEL_SHARE = (0.13, 0.6)

    def label_share(self, plot: Any, stack: Any) -> float:
        """The share of ``plot``'s height that a line of the totals' type takes, with a little air."""
        height = plot.vb.height()
        lo, hi = self.LABEL_SHARE
        if height <= 0:
            return lo
        return min(hi, max(lo, (stack.label_height_px() + 4) / height))

    def update_snapshot(self, snap: Any) -> None:
        self._last = snap
        b = snap.breakdown
        base = self.baseline_for(snap)
        for name, axis, plot, parts, family, band_keys in (
            ("energy", self.energy_axis, self.energy_plot, ENERGY_PARTS, "energy_kwh", ENERGY_BANDS),
            ("co2", self.co2_axis, self.co2_plot, CO2_PARTS, "mass_kg", CO2_BANDS),
        ):
            rows = [[b[f"training.{part}"], b[f"serving.{part}"]] for part in parts]  # part x bar
            total = [sum(bar) for bar in zip(*rows, strict=True)]
            top = max(total) if all(math.isfinite(t) for t in total) else 0.0
            bands = [snap.ranges.get(k) for k in band_keys]
            hi = [band["p95"] if band else t for band, t in zip(bands, total, strict=True)]
            lo = [band["p5"] if band else t for band, t in zip(bands, total, strict=True)]
            needed = max(top, max(hi)) if all(math.isfinite(h) for h in hi) else top
            ghost = breakdown_totals(base, parts) if base is not None else None
            if ghost is not None and all(math.isfinite(g) for g in ghost):
                top, needed = max(top, *ghost), max(needed, *ghost)  # the ghosts fit the axis too
            top, needed = self.held(f"{name}.top", top), self.held(name, needed)
            # room above the highest whisker for the bar's total: a line of its type in pixels (a short
            # plot, stacked under the other at 1366 x 768 with a lesson open, drew "3.13 GWh" over the bar)
            share = self.label_share(plot, self.stacks[name])
            factor, end = axis.fit(top, needed / (1.0 - share), snap.interactive)
            self.stacks[name].set_data(
                [[v / factor for v in row] for row in rows],
                [v / factor for v in lo],
                [v / factor for v in hi],
                [format_quantity(t, family) for t in total],
                end,
                [g / factor for g in ghost] if ghost is not None else None,  # labels above the ghosts
            )
            if ghost is None:
                self.ghosts[name].clear()
            else:
                self.ghosts[name].set_data([0.0, 1.0], [g / factor for g in ghost], end)
            set_range(plot.vb, "y", 0.0, end)
