"""Chart 3: the same work's CO2e on other grids (location-based), the scenario's own marked."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from core.baseline import location_rows, matched_rows
from core.catalog import Catalog
from core.units import significant
from gui.charts.card import ChartCard
from gui.charts.ghost import GhostRows, legend_entry, show_ghost
from gui.charts.items import (
    BarRows,
    ScaledAxis,
    brush,
    category_axis,
    plot_widget,
    set_category_ticks,
    set_range,
    swatch,
)
from gui.charts.palette import SKY, VERMILLION

# ----- 3. location ------------------------------------------------------------------------------------


class LocationChart(ChartCard):
    """The same workload's lifetime CO2e on a handful of grids, the scenario's own highlighted."""

    def __init__(self, cat: Catalog, parent: QWidget | None = None):
        self.pw = plot_widget()
        super().__init__(
            lambda: QCoreApplication.translate("Charts", "Location: the same work on other grids"),
            lambda: QCoreApplication.translate(
                "Charts",
                "Lifetime CO2e (location-based) if every kWh came from each grid; same hardware and PUE.",
            ),
            lambda: "&nbsp;&nbsp;".join(
                [
                    swatch(VERMILLION, QCoreApplication.translate("Charts", "This scenario")),
                    swatch(SKY, QCoreApplication.translate("Charts", "Other grids")),
                ]
            ),
            self.pw,
            parent,
        )
        self.cat = cat
        p = self.pw.getPlotItem()
        self.plot = p
        p.invertY(True)
        self.axis = ScaledAxis(
            p.getAxis("bottom"),
            lambda: QCoreApplication.translate("Charts", "Lifetime CO2e ({unit})"),
            "mass_kg",
        )
        category_axis(p.getAxis("left"))
        self.bars = BarRows(0.7)
        p.addItem(self.bars)
        self.legend_extra = lambda: legend_entry(rows=True)
        self.ghost = GhostRows(0.9)  # the baseline's bar of each grid, dashed (gui.charts.ghost)
        p.addItem(self.ghost)
        self.ticks_key: tuple = ()
        from gui.charts.cost import LocationModes

        self.mode = "co2e"  # or "cost": the same work at other grids' electricity prices (gui.charts.cost)
        self.modes = LocationModes(self)
        self.modes.currentIndexChanged.connect(self._mode_chosen)
        self.layout().insertWidget(1, self.modes)
        self._snap: Any = None

    def _mode_chosen(self, _index: int) -> None:
        self.set_mode(self.modes.currentData())

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.modes.setCurrentIndex(self.modes.findData(mode))
        self.ticks_key = ()
        self.axis.symbol = ""  # the axis label is set again in the new mode's words
        if self._snap is not None:
            self.update_snapshot(self._snap)
            self.settle()

    def retranslate(self) -> None:
        self.ticks_key = ()  # the grids' names are in the other language: label them again

    def update_snapshot(self, snap: Any) -> None:
        self._snap = snap
        if self.mode == "cost":
            from gui.charts.cost import draw_location_cost

            draw_location_cost(self, snap)
            return
        if self.axis.family != "mass_kg":  # back from the cost mode: the CO2e words, in the current language
            self.axis.family, self.axis.symbol = "mass_kg", "?"
            self.axis.set_template(QCoreApplication.translate("Charts", "Lifetime CO2e ({unit})"))
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts",
                    "Lifetime CO2e (location-based) if every kWh came from each grid; same hardware and PUE.",
                )
            )
        loc = snap.location
        names = [QCoreApplication.translate("Regions", n) for n in loc["names"]]  # gui/i18n_marks.py
        grids = list(loc["grid_g_per_kwh"])
        values = list(loc["co2e_kg"])
        codes = list(loc["codes"])
        dc = snap.scenario.datacenter
        current = dc.region if not dc.sites and dc.grid_intensity_g_per_kwh is None else None
        if "current_co2e_kg" in loc:
            names.append(
                QCoreApplication.translate("Charts", "This scenario's grid mix")
                if dc.sites
                else QCoreApplication.translate("Charts", "Your grid value")
            )
            grids.append(loc["current_g_per_kwh"])
            values.append(loc["current_co2e_kg"])
            codes.append("__current__")
            current = "__current__"
        vals = np.asarray(values, dtype=float)
        top = float(np.max(vals)) if len(vals) else 0.0
        base = self.baseline_for(snap)
        ghost = matched_rows(codes, *location_rows(base)) if base is not None else None
        top = self.held("co2e", max([top, *(g for g in ghost or () if math.isfinite(g))]))
        factor, end = self.axis.fit(top, top, snap.interactive)
        show_ghost(self.ghost, ghost, factor, end)
        key = (tuple(codes), tuple(round(g) for g in grids), current)
        relabel = key != self.ticks_key
        if relabel and snap.interactive and current == "__current__" and self.ticks_key:
            # only the dragged grid value moved? A new label regenerates the whole axis (a chart's costliest
            # repaint): the bar follows every frame, its label catches up when the input rests
            old_codes, old_grids, old_current = self.ticks_key
            relabel = (old_codes, old_grids[:-1], old_current) != (key[0], key[1][:-1], current)
        colors = None
        if relabel:  # colours only when the highlight moves
            colors = [[brush(VERMILLION) if c == current else brush(SKY) for c in codes]]
        self.bars.set_data(vals[None, :] / factor, colors, end)
        if relabel:
            self.ticks_key = key
            labels = []
            keep = codes.index(current) if current in codes else None
            for c, name, g in zip(codes, names, grids, strict=True):
                short = name if len(name) <= 22 else name[:21] + "…"
                mark = "▶ " if c == current else ""
                labels.append((len(labels), f"{mark}{short} · {significant(g, 3)} g/kWh"))
            set_category_ticks(self.plot.getAxis("left"), labels, keep)
        set_range(self.plot.vb, "x", 0.0, end)
