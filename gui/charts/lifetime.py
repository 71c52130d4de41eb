"""Chart 2: cumulative energy over the deployment, and the day serving overtakes training."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QGraphicsItem,
    QWidget,
)

from core.units import format_plain, significant
from gui.charts.card import ChartCard
from gui.charts.ghost import ghost_pen, legend_entry
from gui.charts.items import (
    HEADROOM,
    LADDER,
    Lines,
    ScaledAxis,
    axis_end,
    cosmetic_pen,
    plot_widget,
    set_range,
    swatch,
    value_axis,
)
from gui.charts.palette import BLUE, GREEN, GREY, INK, VERMILLION
from gui.i18n import bind

# ----- 2. lifetime ------------------------------------------------------------------------------------

#: the day axis starts this share of its end before day 0, so the training step at day 0 is not on the edge
DAYS_LEAD = -0.02


class LifetimeChart(ChartCard):
    """Cumulative energy (left axis) and CO2e (right axis) over the deployment; training is the first step."""

    def __init__(self, parent: QWidget | None = None):
        self.pw = plot_widget()
        super().__init__(
            lambda: QCoreApplication.translate("Charts", "Lifetime: when does serving overtake training?"),
            "",
            lambda: "&nbsp;&nbsp;".join(
                [
                    swatch(BLUE, QCoreApplication.translate("Charts", "Total energy")),
                    swatch(GREY, QCoreApplication.translate("Charts", "Training (one-off)")),
                    swatch(GREEN, QCoreApplication.translate("Charts", "Serving, cumulative")),
                    swatch(VERMILLION, QCoreApplication.translate("Charts", "CO2e, right axis (dashed)")),
                ]
            ),
            self.pw,
            parent,
        )
        p = self.pw.getPlotItem()
        self.plot = p
        p.vb.sigResized.connect(self._refit_marker)  # the crossover's label follows the plot's width
        bind(p, "setLabel", lambda: QCoreApplication.translate("Charts", "Days of deployment"), "bottom")
        LADDER.add(p.getAxis("bottom"), DAYS_LEAD, range(-1, 5))  # a moving day axis: 0.1 to 10,000 days
        self.energy_axis = ScaledAxis(
            p.getAxis("left"),
            lambda: QCoreApplication.translate("Charts", "Cumulative energy ({unit})"),
            "energy_kwh",
        )
        p.showAxis("right")
        self.co2_axis = ScaledAxis(
            p.getAxis("right"),
            lambda: QCoreApplication.translate("Charts", "Cumulative CO2e ({unit})"),
            "mass_kg",
        )
        p.getAxis("right").setTextPen(VERMILLION)
        value_axis(p.getAxis("left"))
        value_axis(p.getAxis("right"))
        self.vb2 = pg.ViewBox(enableMenu=False)
        self.vb2.setMouseEnabled(x=False, y=False)
        self.vb2.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)  # as in quiet
        p.scene().addItem(self.vb2)
        p.getAxis("right").linkToView(self.vb2)
        self.vb2.setXLink(p)
        p.vb.sigResized.connect(self._sync_views)
        # the energy lines on the left axis's view, CO2e on the right axis's view
        self.lines = Lines(
            {
                "total": cosmetic_pen(BLUE),
                "training": cosmetic_pen(GREY, Qt.PenStyle.DotLine),
                "serving": cosmetic_pen(GREEN),
            },
            marker_pen=cosmetic_pen(INK, Qt.PenStyle.DashDotLine),
        )
        p.addItem(self.lines)
        # the baseline's total energy, dashed and darker (gui.charts.ghost); hidden without a baseline
        self.legend_extra = legend_entry
        self.ghost = Lines({"total": ghost_pen()})
        self.ghost.setVisible(False)
        p.addItem(self.ghost)
        self._ghost_key: tuple = ()
        self.co2_lines = Lines({"co2": cosmetic_pen(VERMILLION, Qt.PenStyle.DashLine)})
        self.vb2.addItem(self.co2_lines)
        self._days_end = 0.0

    def _sync_views(self) -> None:
        self.vb2.setGeometry(self.plot.vb.sceneBoundingRect())
        self.vb2.linkedViewChanged(self.plot.vb, self.vb2.XAxis)

    _marker_args: tuple | None = None

    def _refit_marker(self, *_: Any) -> None:
        """The plot was resized: the crossover's label chosen again for the new width."""
        if self._marker_args is not None:
            self.lines.set_marker(self._crossover_marker(*self._marker_args))

    def _crossover_marker(
        self, cross: float, y: float, label: str, x0: float, x1: float, span: float
    ) -> tuple[float, float, str, bool]:
        """The crossover's label on the side of its line with room for it, or only its day where neither side
        has room for the words (a narrow plot at 1024 px): a label is never cut by the plot's edge."""
        width = self.plot.vb.width()
        preferred = cross > 0.6 * span
        if width <= 0:  # not laid out yet
            return (cross, y, label, preferred)
        at = (cross - x0) / (x1 - x0) * width
        fm = QFontMetrics(self.lines.label_font or self.chart.viewport().font())
        short = QCoreApplication.translate("Charts", "day {d}").format(d=significant(cross, 3))
        for text in (label, short):
            for left in (preferred, not preferred):
                room = at if left else width - at
                if fm.horizontalAdvance(text) + 8 <= room:
                    return (cross, y, text, left)
        return (cross, y, "", preferred)

    def update_snapshot(self, snap: Any) -> None:
        life = snap.lifetime
        days = life["days"]
        energy = life["energy_kwh"]
        top = float(energy[-1])
        base = self.baseline_for(snap)
        base_life = base.lifetime if base is not None else None
        base_top = float(base_life["energy_kwh"][-1]) if base_life is not None else math.nan
        if math.isfinite(base_top):
            top = max(top, base_top)  # the ghost fits the axis too
        top = self.held("energy", top)
        ef, e_end = self.energy_axis.fit(top, top * 1.05, snap.interactive)
        co2 = life["co2e_kg"]
        co2_top = self.held("co2", float(co2[-1]))
        cf, c_end = self.co2_axis.fit(co2_top, co2_top * 1.05, snap.interactive)
        span = float(days[-1])
        # the deployment's end closes the chart at rest; while a slider is dragged the day axis holds still
        reach = span * 1.02
        if not snap.interactive or self._days_end <= 0:
            self._days_end = reach
        else:  # held while the deployment's end (and 2 % beyond) fits, like any dragged axis
            self._days_end = axis_end(self._days_end, reach / HEADROOM, True)
        x0, x1 = DAYS_LEAD * self._days_end, self._days_end
        self.lines.set_data(
            {
                "total": (days, energy / ef),
                "training": (np.array([0.0, days[-1]]), life["training_energy_kwh"][:2] / ef),
                "serving": (days, life["serving_energy_kwh"] / ef),
            },
            QRectF(x0, 0.0, x1 - x0, e_end),
        )
        self.co2_lines.set_data({"co2": (days, co2 / cf)}, QRectF(x0, 0.0, x1 - x0, c_end))
        if math.isfinite(base_top):
            key = (id(base_life), ef, x0, x1, e_end)
            if key != self._ghost_key:  # the baseline holds still while a slider moves: fed only anew
                self._ghost_key = key
                bx, by = base_life["days"], base_life["energy_kwh"] / ef
                if float(bx[-1]) > x1:  # a longer baseline deployment ends at the chart's edge
                    keep = bx < x1
                    bx = np.append(bx[keep], x1)
                    by = np.append(by[keep], np.interp(x1, base_life["days"], base_life["energy_kwh"] / ef))
                self.ghost.set_data({"total": (bx, by)}, QRectF(x0, 0.0, x1 - x0, e_end))
            self.ghost.setVisible(True)
        else:
            self.ghost.setVisible(False)
        set_range(self.plot.vb, "x", x0, x1)
        set_range(self.plot.vb, "y", 0.0, e_end)
        set_range(self.vb2, "y", 0.0, c_end)
        cross = life["crossover_days"]
        if math.isfinite(cross) and cross <= span:
            label = QCoreApplication.translate("Charts", "crossover: day {d}").format(d=significant(cross, 3))
            self._marker_args = (cross, float(energy[-1]) / ef * 1.02, label, x0, x1, span)
            self.lines.set_marker(self._crossover_marker(*self._marker_args))
            self.set_subtitle(
                QCoreApplication.translate(
                    "Charts", "Serving energy passes the training energy on day {d} of {n}."
                ).format(d=significant(cross, 3), n=format_plain(span, 4))
            )
        else:
            self._marker_args = None
            self.lines.set_marker(None)
            if math.isfinite(cross):
                years = cross / 365.0
                self.set_subtitle(
                    QCoreApplication.translate(
                        "Charts",
                        "Serving would pass training only after {y} years: beyond this {n}-day deployment.",
                    ).format(y=significant(years, 3), n=format_plain(span, 4))
                )
            else:
                self.set_subtitle(
                    QCoreApplication.translate(
                        "Charts", "No serving energy: training is the whole footprint."
                    )
                )
