"""The scale chart: from one question to one person's year, everyone in Japan and the world, next to a household,
a 1 GW power plant, the world's data centres (IEA) and Japan's and the world's electricity, on a log scale, with
a year of the scenario's serving marked. Drawn from ``Snapshot.context`` (``core.economics.context_json``); its
pyqtgraph items are created once and updated.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from core.units import format_quantity, significant
from gui.charts.card import ChartCard
from gui.charts.ghost import GhostRows, legend_entry
from gui.charts.items import BarRows, brush, category_axis, plot_widget, set_category_ticks, set_range, swatch
from gui.charts.palette import INK, SKY, VERMILLION
from gui.i18n import bind


def tr(text: str) -> str:
    return QCoreApplication.translate("Cost", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


#: the ladder's steps (``core.economics.ladder``), then the references, in the window's words
STEP_NAMES = {
    "one_question": QT_TRANSLATE_NOOP("Cost", "1 question"),
    "one_person_year": QT_TRANSLATE_NOOP("Cost", "1 person, a year ({n}/day)"),
    "everyone_japan_year": QT_TRANSLATE_NOOP("Cost", "All of Japan, a year"),
    "everyone_world_year": QT_TRANSLATE_NOOP("Cost", "All the world, a year"),
}
#: the references the chart shows (the JSON report has them all), in short words
REFERENCE_NAMES = {
    "household_japan": QT_TRANSLATE_NOOP("Cost", "A Japanese home, a year"),
    "plant_1gw_annual_output_100pct": QT_TRANSLATE_NOOP("Cost", "1 GW plant, a year"),
    "jp_datacentre_electricity_2024_woodmac": QT_TRANSLATE_NOOP("Cost", "Japan's data centres"),
    "world_datacentre_electricity_2024": QT_TRANSLATE_NOOP("Cost", "World data centres"),
    "world_datacentre_electricity_2030_base": QT_TRANSLATE_NOOP("Cost", "World data centres 2030"),
    "jp_electricity_demand": QT_TRANSLATE_NOOP("Cost", "Japan's electricity"),
    "world_electricity_demand": QT_TRANSLATE_NOOP("Cost", "World electricity"),
}


def energy_text(kwh: float) -> str:
    """``9.6 MWh``; above 1,000 TWh in whole TWh (``30,938 TWh``), the unit the references are published in."""
    if kwh >= 1e12:
        return f"{kwh / 1e9:,.0f} TWh"
    if kwh < 1e-3:  # a question stays in Wh, as published per prompt (and as the headline card shows it)
        return f"{significant(kwh * 1000, 2)} Wh"
    return format_quantity(kwh, "energy_kwh", 2)


class ScaleChart(ChartCard):
    """From one question to the world's electricity, on a log scale, with the scenario's year of serving marked."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False):
        self.pw = plot_widget()
        #: compact (classroom mode's third of the screen): names without values, a tick every 10^9
        self.compact = compact
        super().__init__(
            lambda: tr("Scale: from one question to the world"),
            lambda: tr(
                "Energy on a log scale: each step is 10 times the one before. The line is a year of this scenario's serving."
            ),
            lambda: "&nbsp;&nbsp;".join(
                [
                    swatch(VERMILLION, tr("If everyone asked")),
                    swatch(SKY, tr("For comparison")),
                    "<b>┆</b>&nbsp;" + tr("a year of this scenario's serving"),
                ]
            ),
            self.pw,
            parent,
        )
        p = self.pw.getPlotItem()
        self.plot = p
        p.invertY(True)
        category_axis(p.getAxis("left"))
        if not compact:
            bind(p.getAxis("bottom"), "setLabel", lambda: tr("Energy (log scale)"))
        self.bars = BarRows(0.7)
        p.addItem(self.bars)
        self.legend_extra = lambda: legend_entry(rows=True)
        self.ghost = GhostRows(0.9)  # the baseline's ladder, dashed (gui.charts.ghost)
        p.addItem(self.ghost)
        self.marker = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(INK, width=2, style=Qt.PenStyle.DashLine)
        )
        p.addItem(self.marker)
        self.marker_label = pg.TextItem("", color=INK, anchor=(0, 0))
        p.addItem(self.marker_label)
        self._key: tuple = ()
        self.rows: list[tuple[str, float]] = []  # (label, kWh) as drawn, for tests and the report
        self.origin = 0.0

    def retranslate(self) -> None:
        """After a language switch, before the last result is fed again: the rows are named again."""
        self._key = ()
        self._labels: list[tuple[int, str]] = []

    def update_snapshot(self, snap: Any) -> None:
        ctx = snap.context
        n = ctx["ladder_per_person_per_day"]
        rows: list[tuple[str, float, bool]] = []
        for step in ctx["ladder"]:
            rows.append((tr(STEP_NAMES[step["id"]]).format(n=significant(n, 2)), step["energy_kwh"], True))
        refs = sorted(
            (r for r in ctx["references"] if r["id"] in REFERENCE_NAMES), key=lambda r: r["value_twh"]
        )
        for ref in refs:
            rows.append((tr(REFERENCE_NAMES[ref["id"]]), ref["value_twh"] * 1e9, False))
        values = np.array([max(v, 1e-12) for _, v, _ in rows])
        logs = np.log10(values)
        base = self.baseline_for(snap)
        ghost = [math.nan] * len(rows)
        if base is not None:  # the ladder's steps of the baseline (the references do not change)
            for i, step in enumerate(base.context.get("ladder", ())[: len(ctx["ladder"])]):
                ghost[i] = math.log10(max(step["energy_kwh"], 1e-12))
        known = [g for g in ghost if math.isfinite(g)]
        lo = math.floor(min([float(np.min(logs)), *known])) - 1
        hi = math.ceil(max([float(np.max(logs)), *known])) + 0.3
        self.origin = lo
        colors = None
        key = tuple((label, ladder) for label, _, ladder in rows)
        relabel = key != self._key
        if relabel:
            colors = [[brush(VERMILLION) if ladder else brush(SKY) for _, _, ladder in rows]]
        self.bars.set_data((logs - lo)[None, :], colors, hi - lo)
        if base is None:
            self.ghost.clear()
        else:
            self.ghost.set_data([float(i) for i in range(len(rows))], [g - lo for g in ghost], hi - lo)
        labels = [
            (i, label if self.compact else f"{label} · {energy_text(v)}")
            for i, (label, v, _) in enumerate(rows)
        ]
        if [t for _, t in labels] != [t for _, t in getattr(self, "_labels", [])]:
            set_category_ticks(self.plot.getAxis("left"), labels)
            self._labels = labels
        if relabel or getattr(self, "_decades", None) != (lo, hi):
            self._decades = (lo, hi)
            step = 9 if self.compact else 3
            first = math.ceil(lo / 3) * 3  # 1 Wh, 1 kWh, 1 MWh ... (10^-3, 10^0, 10^3 kWh)
            ticks = [
                (k - lo, format_quantity(10.0**k, "energy_kwh", 1)) for k in range(first, int(hi) + 1, step)
            ]
            self.plot.getAxis("bottom").setTicks([ticks, []])
        self._key = key
        year_kwh = ctx["annual_twh"] * 1e9
        x = math.log10(max(year_kwh, 1e-12)) - lo
        self.marker.setPos(x)
        self.marker_label.setText(
            "" if self.compact else tr("this scenario: {e} a year").format(e=energy_text(year_kwh))
        )
        self.marker_label.setPos(x, -0.6)  # at the top, right of the line: the first rows' bars are short
        self.rows = [(label, v) for label, v, _ in rows]
        set_range(self.plot.vb, "y", -0.6, len(rows) - 0.4)
        set_range(self.plot.vb, "x", 0.0, hi - lo)
