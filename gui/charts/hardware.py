"""Chart 4: the same work's lifetime energy on every accelerator in the catalog."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QWidget,
)

from core.baseline import hardware_rows, matched_rows
from core.catalog import Catalog
from gui import plaintext
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
from gui.charts.palette import BLUE, GREEN

# ----- 4. hardware ------------------------------------------------------------------------------------


class HardwareChart(ChartCard):
    """Lifetime energy of the current workload on every catalog accelerator with complete figures."""

    def __init__(self, cat: Catalog, parent: QWidget | None = None):
        self.pw = plot_widget()
        super().__init__(
            lambda: QCoreApplication.translate("Charts", "Hardware: the same work on every accelerator"),
            lambda: QCoreApplication.translate(
                "Charts",
                "Lifetime energy if trained and served on each chip (modelled from peak FLOP/s and TDP).",
            ),
            lambda: "&nbsp;&nbsp;".join(
                [
                    swatch(BLUE, QCoreApplication.translate("Charts", "Training")),
                    swatch(GREEN, QCoreApplication.translate("Charts", "Serving")),
                    QCoreApplication.translate(
                        "Charts", "▶ = chosen training chip; paler bars = alternatives"
                    ),
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
            lambda: QCoreApplication.translate("Charts", "Lifetime energy ({unit})"),
            "energy_kwh",
        )
        category_axis(p.getAxis("left"))
        small = QFont(p.getAxis("left").font())
        small.setPointSizeF(small.pointSizeF() * 0.85)  # seventeen chips share the height of one chart
        p.getAxis("left").setStyle(tickFont=small)
        self.bars = BarRows(0.72)  # training, then serving laid after it
        p.addItem(self.bars)
        self.legend_extra = lambda: legend_entry(rows=True)
        self.ghost = GhostRows(0.9)  # the baseline's total on each chip, dashed (gui.charts.ghost)
        p.addItem(self.ghost)
        self._ticks_key: tuple = ()

    def update_snapshot(self, snap: Any) -> None:
        hw = snap.hardware
        ids = hw["ids"]
        n = len(ids)
        train, serve = hw["training_kwh"], hw["serving_kwh"]
        total = train + serve
        top = float(np.max(total)) if n else 0.0
        base = self.baseline_for(snap)
        ghost = matched_rows(ids, *hardware_rows(base)) if base is not None else None
        top = self.held("energy", max([top, *(g for g in ghost or () if math.isfinite(g))]))
        factor, end = self.axis.fit(top, top, snap.interactive)
        show_ghost(self.ghost, ghost, factor, end)
        chosen = snap.scenario.training.accelerator
        serving_chip = snap.scenario.inference.accelerator
        key = (tuple(ids), chosen, serving_chip)
        colors = None
        if key != self._ticks_key:  # colours only when the highlight moves
            colors = [
                [brush(BLUE, 255 if i == chosen else 80) for i in ids],
                [brush(GREEN, 255 if i == serving_chip else 80) for i in ids],
            ]
        self.bars.set_data(np.array([train, serve]) / factor, colors, end)
        if key != self._ticks_key:
            self._ticks_key = key
            labels = []
            keep = None
            for k, aid in enumerate(ids):
                acc = self.cat.accelerators_with(snap.scenario.custom)[aid]
                label = acc.label if acc.user_defined else acc.label.split(" (")[0]
                mark = "▶ " if aid == chosen else ""
                keep = k if aid == chosen else keep
                labels.append((k, mark + plaintext.elide(label, 32)))  # 80-character names fit
            set_category_ticks(self.plot.getAxis("left"), labels, keep)
        if hw["measured_set_aside"]:
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts",
                    "Lifetime energy on each chip, modelled from its peak FLOP/s and TDP; the measured hours "
                    "and power (one chip's) are set aside.",
                )
            )
        else:
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts",
                    "Lifetime energy if trained and served on each chip (modelled from peak FLOP/s and TDP).",
                )
            )
        set_range(self.plot.vb, "x", 0.0, end)
