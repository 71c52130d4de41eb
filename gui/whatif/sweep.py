"""Sweeps: any output against any input, with its p5-p95 band (:func:`core.analysis.sweep`)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from core.analysis import sweep_band
from core.outputs import output
from core.units import choose_scale, significant
from gui.charts.palette import BLUE, INK, ORANGE
from gui.i18n import bind
from gui.whatif.base import LazyPanel, field_label, format_value, output_combo, quiet_plot


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def sweepable_inputs() -> list[tuple[str, str]]:
    """(path, label) of every window input with a numeric range."""
    from core.scenario import field_range
    from gui.inputs.fields import GROUPS

    out = []
    for _key, _title, specs in GROUPS:
        for spec in specs:
            try:
                lo, hi, _u = field_range(spec.path)
            except Exception:
                continue
            if lo is not None and hi is not None:
                out.append((spec.path, QCoreApplication.translate("Fields", spec.label)))
    return out


class SweepView(LazyPanel):
    """Any output against any one input over its range, the current value marked."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        self.output = output_combo("lifecycle.co2e_kg")
        self.input = QComboBox()
        for i, (path, _label) in enumerate(sweepable_inputs()):
            self.input.addItem("", path)
            bind(self.input, "setItemText", lambda path=path: field_label(path), i)
        self.input.setCurrentIndex(max(0, self.input.findData("datacenter.pue")))
        self.input.currentIndexChanged.connect(lambda _i: self.refresh())
        self.output.currentIndexChanged.connect(lambda _i: self.refresh())
        self.plot = pg.PlotWidget()
        p = self.plot.getPlotItem()
        quiet_plot(p)
        p.showGrid(x=True, y=True, alpha=0.2)
        p.getAxis("left").enableAutoSIPrefix(False)
        p.getAxis("bottom").enableAutoSIPrefix(False)
        self.band_lo = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.band_hi = pg.PlotDataItem([], [], pen=pg.mkPen(None))
        self.band = pg.FillBetweenItem(self.band_lo, self.band_hi, brush=pg.mkBrush(0, 114, 178, 50))
        p.addItem(self.band_lo)
        p.addItem(self.band_hi)
        p.addItem(self.band)
        self.curve = pg.PlotDataItem([], [], pen=pg.mkPen(BLUE, width=1))
        p.addItem(self.curve)
        self.marker = pg.ScatterPlotItem([], [], size=10, brush=ORANGE, pen=pg.mkPen(INK))
        p.addItem(self.marker)
        self.vline = pg.InfiniteLine(angle=90, pen=pg.mkPen(ORANGE, width=1, style=Qt.PenStyle.DashLine))
        p.addItem(self.vline)
        self.note = QLabel()
        self.note.setWordWrap(True)
        head = QFormLayout()
        head.addRow(bind(QLabel(), "setText", lambda: tr("Output")), self.output)
        head.addRow(bind(QLabel(), "setText", lambda: tr("Against")), self.input)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(head)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.note)
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)
        self.log_x = False

    def set_sweep(self, input_path: str, output_path: str) -> None:
        self.input.blockSignals(True)
        self.output.blockSignals(True)
        self.input.setCurrentIndex(self.input.findData(input_path))
        self.output.setCurrentIndex(self.output.findData(output_path))
        self.input.blockSignals(False)
        self.output.blockSignals(False)
        self.refresh()

    def rows(self) -> list[list[str]]:
        """The curve as a table (header first), as Copy puts it on the clipboard: each input value with the
        output there (stored units, full precision, so a spreadsheet can compute with it)."""
        from core.labels import input_unit

        path, out = self.input.currentData(), self.output.currentData()
        unit = input_unit(path)
        head = [
            self.input.currentText() + (f" ({unit})" if unit else ""),
            tr(output(out).pick),
        ]
        unit_out = output(out).family
        if unit_out:
            head[1] += (
                " (" + {"energy_kwh": "kWh", "mass_kg": "kg", "water_l": "L"}.get(unit_out, unit_out) + ")"
            )
        return [head] + [[f"{x:.6g}", f"{y:.6g}"] for x, y in zip(self.xs, self.ys, strict=True)]

    def draw(self, scenario: Any) -> None:
        from core.analysis import sweep
        from core.estimator import estimate
        from core.scenario import ScenarioError

        path, out = self.input.currentData(), self.output.currentData()
        family = output(out).family
        out_label = tr(output(out).pick)
        try:
            xs, ys = sweep(scenario, path, out, points=60)
        except (ScenarioError, ValueError) as err:
            self.note.setText(str(err))
            self.curve.setData([], [])
            return
        self.xs, self.ys = xs, ys
        # the band on every other point (and the last): half the cost, and a band needs no finer grid
        idx = np.unique(np.r_[np.arange(0, xs.size, 2), xs.size - 1])
        self.band_xs = xs[idx]
        try:
            self.p5, self.p95 = sweep_band(scenario, path, out, self.band_xs)
        except (ScenarioError, ValueError):
            self.p5, self.p95 = ys[idx], ys[idx]
        self.band_ys = ys[idx]
        current_x = scenario.get(path)
        current_y = float(estimate(scenario)[out])
        self.log_x = bool(xs.size > 2 and xs[0] > 0 and xs[-1] / xs[0] > 100)
        factor, symbol = (
            choose_scale(float(np.nanmax(np.abs(ys))) if ys.size else 1.0, family) if family else (1.0, "")
        )
        p = self.plot.getPlotItem()
        # a log axis is drawn by hand (log10 of x, ticks at 1-2-5 per decade): pyqtgraph's own log mode
        # labels every minor tick and the labels run into each other
        shown = np.log10(xs) if self.log_x else xs
        self.curve.setData(shown, ys / factor)
        band_x = np.log10(self.band_xs) if self.log_x else self.band_xs
        self.band_lo.setData(band_x, self.p5 / factor)
        self.band_hi.setData(band_x, self.p95 / factor)
        bottom = p.getAxis("bottom")
        if self.log_x:
            ticks = [
                (math.log10(m * 10.0**d), f"{m * 10.0**d:,g}")
                for d in range(math.floor(math.log10(xs[0])), math.ceil(math.log10(xs[-1])) + 1)
                for m in (1, 2, 5)
                if xs[0] <= m * 10.0**d <= xs[-1]
            ]
            bottom.setTicks([ticks])
        else:
            bottom.setTicks(None)
        if current_x is not None:
            cx = float(current_x)
            shown_x = math.log10(cx) if self.log_x and cx > 0 else cx
            self.marker.setData([shown_x], [current_y / factor])
            self.vline.setValue(shown_x)
            self.vline.setVisible(True)
        else:
            self.marker.setData([], [])
            self.vline.setVisible(False)
        p.setLabel("bottom", self.input.currentText() + (tr(" (log scale)") if self.log_x else ""))
        p.setLabel("left", f"{out_label} ({symbol})" if symbol else out_label)
        x0, x1 = (math.log10(xs[0]), math.log10(xs[-1])) if self.log_x else (float(xs[0]), float(xs[-1]))
        p.vb.setXRange(x0, x1, padding=0.02)
        lo = min(float(np.nanmin(ys)), float(np.nanmin(self.p5))) / factor
        hi = max(float(np.nanmax(ys)), float(np.nanmax(self.p95))) / factor
        pad = (hi - lo) * 0.08 or abs(hi) * 0.1 or 1.0
        p.vb.setYRange(min(0.0, lo - pad) if lo >= 0 else lo - pad, hi + pad, padding=0)
        self.note.setText(
            tr(
                "{out} from {a} to {b} as {inp} goes from {x0} to {x1}; now {now} at {xc} (orange). Band: p5–p95."
            ).format(
                out=out_label,
                a=format_value(float(ys.min()), family),
                b=format_value(float(ys.max()), family),
                inp=self.input.currentText(),
                x0=significant(float(xs[0]), 3),
                x1=significant(float(xs[-1]), 3),
                now=format_value(current_y, family),
                xc=significant(float(current_x), 3) if current_x is not None else "–",
            )
        )


# ----- energy label -------------------------------------------------------------------------------------
