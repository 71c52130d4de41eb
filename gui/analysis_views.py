"""What-if analysis panels: sensitivity (tornado), sweeps, everyday equivalents with a scale, energy label.

All numbers come from :mod:`core.analysis`. The panels follow the window's scenario: each recomputes a
moment after the inputs rest (and only while it is visible). Plot items are created once and fed with
``setData`` / ``setOpts``.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.units import choose_scale, format_count, format_quantity, significant

TOP_BARS = 10
DELAY_MS = 120
BLUE, ORANGE, INK = "#0072B2", "#E69F00", "#333333"

#: (output path, unit family or None, label) offered in the tornado and sweep pickers
OUTPUTS = (
    ("lifecycle.co2e_kg", "mass_kg", "Lifetime CO2e"),
    ("lifecycle.energy_kwh", "energy_kwh", "Lifetime energy"),
    ("lifecycle.water_l", "water_l", "Lifetime water"),
    ("training.energy_kwh", "energy_kwh", "Training energy"),
    ("training.co2e_kg", "mass_kg", "Training CO2e"),
    ("inference.energy_per_query_wh", None, "Energy per query (Wh)"),
    ("inference.co2e_per_query_g", None, "CO2e per query (g)"),
    ("inference.water_per_query_ml", None, "Water per query (mL)"),
    ("inference.energy_kwh", "energy_kwh", "Serving energy"),
)

#: the tornado also ranks the inputs by what they move the electricity bill: lifetime energy x the price
#: (``core.economics``; the price itself is a published figure and is not varied)
COST_OUTPUT = ("cost.lifecycle_energy", "money", "Lifetime electricity cost")


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


#: Names of the uncertain inputs that have no control of their own in the window (set in scenario files).
HIDDEN_INPUTS = {
    "datacenter.offsite_water_l_per_kwh": "Water of power generation",
    "embodied.accelerator_kgco2e": "Embodied CO2e per chip",
    "embodied.server_kgco2e": "Embodied CO2e per server",
    "inference.bandwidth_efficiency": "Serving memory bandwidth achieved",
    "inference.compute_efficiency": "Serving FLOP/s achieved",
    "inference.host_overhead_fraction": "Serving host overhead",
    "inference.idle_power_fraction": "Idle power share",
    "inference.memory_bound_power_fraction": "Power share in memory-bound decode",
    "training.host_overhead_fraction": "Training host overhead",
    "training.power_fraction_of_tdp": "Training power share of TDP",
}


def field_label(path: str) -> str:
    """The input's label as the window shows it (or a plain name for inputs set in files only)."""
    from gui.fields import GROUPS

    for _key, _title, specs in GROUPS:
        for spec in specs:
            if spec.path == path:
                return QCoreApplication.translate("Fields", spec.label)
    if path in HIDDEN_INPUTS:
        return tr(HIDDEN_INPUTS[path])
    return path


def _fmt(value: float, family: str | None) -> str:
    return format_quantity(value, family) if family else significant(value, 3)


def _quiet(p: pg.PlotItem) -> None:
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

    def refresh(self) -> None:
        self._timer.stop()
        self._stale = False
        self.draw(self.presenter.scenario)


def _output_combo(default: str) -> QComboBox:
    combo = QComboBox()
    for path, _fam, label in OUTPUTS:
        combo.addItem(tr(label), path)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


# ----- sensitivity -------------------------------------------------------------------------------------


class TornadoView(LazyPanel):
    """Each uncertain input at its low and high bound; the widest bars move the result most.

    Clicking a bar emits :attr:`focusField` with the scenario path of that input.
    """

    focusField = Signal(str)

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        self.output = _output_combo("lifecycle.co2e_kg")
        self.output.addItem(tr(COST_OUTPUT[2]), COST_OUTPUT[0])
        self.output.currentIndexChanged.connect(lambda _i: self.refresh())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.plot = pg.PlotWidget()
        p = self.plot.getPlotItem()
        _quiet(p)
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
        head.addWidget(QLabel(tr("Output")))
        head.addWidget(self.output, 1)
        legend = QLabel(
            f'<span style="color:{BLUE}">&#9632;</span> {tr("input at its low bound")} &nbsp; '
            f'<span style="color:{ORANGE}">&#9632;</span> {tr("input at its high bound")} &nbsp; '
            + tr("Click a bar to go to that input.")
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
        family = next(f for p, f, _l in (*OUTPUTS, COST_OUTPUT) if p == path)
        currency = ""
        if path == COST_OUTPUT[0]:
            from core.analysis import Bar
            from core.economics import pricing
            from gui.cost_views import window_currency

            price = pricing(scenario, window_currency(scenario))
            currency = price.currency
            central, bars = tornado(scenario, "lifecycle.energy_kwh")
            if price.price_per_kwh is None:
                central, bars = 0.0, []
                self.note_override = price.note
            else:
                k = price.price_per_kwh  # cost = energy x price: each bar scales by the same price
                central *= k
                bars = [Bar(b.field, b.low_value * k, b.high_value * k, b.basis) for b in bars]
                self.note_override = ""
        else:
            central, bars = tornado(scenario, path)
            self.note_override = ""
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
        label = next(lab for pp, _f, lab in (*OUTPUTS, COST_OUTPUT) if pp == path)
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
                from gui.cost_views import money

                return money(v, currency)
            return _fmt(v, family)

        if self.note_override:
            self.note.setText(self.note_override)
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


def sweepable_inputs() -> list[tuple[str, str]]:
    """(path, label) of every window input with a numeric range."""
    from core.scenario import field_range
    from gui.fields import GROUPS

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


BAND_SAMPLES = 200


def sweep_band(
    scenario: Any, path: str, output: str, xs: np.ndarray, samples: int = BAND_SAMPLES
) -> np.ndarray:
    """p5 and p95 of ``output`` at each sweep value: seeded Monte Carlo, all points in one core call.

    Returns an array of shape (2, len(xs)). The same seed at every point keeps the band smooth.
    """
    from core.estimator import compute, resolve
    from core.uncertainty import sample_inputs

    integer = isinstance(scenario.get(path), int)
    drawn = [
        sample_inputs(
            resolve(scenario.with_values({path: int(v) if integer else float(v)})),
            samples,
            scenario.uncertainty.seed,
        )
        for v in xs
    ]
    cols: dict[str, Any] = {}
    for key, value in drawn[0].items():
        if value is None or isinstance(value, bool | str):
            cols[key] = value
            continue
        cols[key] = np.concatenate(
            [np.broadcast_to(np.asarray(d[key], dtype=float), (samples,)) for d in drawn]
        )
    out = np.broadcast_to(np.asarray(compute(cols)[output], dtype=float), (len(xs) * samples,))
    return np.percentile(out.reshape(len(xs), samples), (5.0, 95.0), axis=1)


class SweepView(LazyPanel):
    """Any output against any one input over its range, the current value marked."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        self.output = _output_combo("lifecycle.co2e_kg")
        self.input = QComboBox()
        for path, label in sweepable_inputs():
            self.input.addItem(label, path)
        self.input.setCurrentIndex(max(0, self.input.findData("datacenter.pue")))
        self.input.currentIndexChanged.connect(lambda _i: self.refresh())
        self.output.currentIndexChanged.connect(lambda _i: self.refresh())
        self.plot = pg.PlotWidget()
        p = self.plot.getPlotItem()
        _quiet(p)
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
        head.addRow(tr("Output"), self.output)
        head.addRow(tr("Against"), self.input)
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

    def draw(self, scenario: Any) -> None:
        from core.analysis import sweep
        from core.estimator import estimate
        from core.scenario import ScenarioError

        path, out = self.input.currentData(), self.output.currentData()
        family = next(f for p, f, _l in OUTPUTS if p == out)
        out_label = tr(next(lab for p, _f, lab in OUTPUTS if p == out))
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
                a=_fmt(float(ys.min()), family),
                b=_fmt(float(ys.max()), family),
                inp=self.input.currentText(),
                x0=significant(float(xs[0]), 3),
                x1=significant(float(xs[-1]), 3),
                now=_fmt(current_y, family),
                xc=significant(float(current_x), 3) if current_x is not None else "–",
            )
        )


# ----- energy label -------------------------------------------------------------------------------------

LABEL_COLOURS = ("#00843D", "#4BA946", "#BED630", "#FFF200", "#FDB913", "#F37021", "#ED1C24")


class EnergyLabel(QWidget):
    """An appliance-style A-G scale of energy per query with the current class marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.letter = "A"
        self.wh = 0.0
        self.setMinimumSize(330, 7 * 22 + 10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_value(self, wh: float) -> None:
        from core.analysis import energy_label

        self.wh = wh
        self.letter = energy_label(wh)
        self.setAccessibleName(
            tr("Energy label {c}: {wh} Wh per query").format(c=self.letter, wh=significant(wh, 3))
        )
        self.update()

    def paintEvent(self, event: Any) -> None:
        from core.analysis import LABEL_BOUNDS_WH

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = 22
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        bounds = [*LABEL_BOUNDS_WH, None]
        for i, letter in enumerate("ABCDEFG"):
            y = 4 + i * row
            w = 120 + i * 20
            painter.fillRect(QRectF(4, y, w, row - 4), QColor(LABEL_COLOURS[i]))
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(10, y, w, row - 4), int(Qt.AlignmentFlag.AlignVCenter), letter)
            lo = LABEL_BOUNDS_WH[i - 1] if i else 0
            text = f"≤ {bounds[i]:g} Wh" if bounds[i] is not None else f"> {lo:g} Wh"
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(30, y, w - 30, row - 4), int(Qt.AlignmentFlag.AlignVCenter), text)
            if letter == self.letter:
                painter.setPen(QColor("#111111"))
                x = w + 12
                painter.fillRect(QRectF(x, y - 1, 150, row - 2), QColor("#222222"))
                painter.setPen(QColor("white"))
                painter.drawText(
                    QRectF(x + 6, y - 1, 144, row - 2),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    f"◀ {letter} · {significant(self.wh, 3)} Wh",
                )
        painter.end()


# ----- everyday equivalents ------------------------------------------------------------------------------

SCALE_NAMES = {
    "per_query": "Per query",
    "per_day": "Per day of serving",
    "deployment": "Over the whole deployment",
    "population": "If N people asked M times a day",
}


#: what each scale means, stated next to the numbers (marked for translation in gui/i18n_marks.py)
SCALE_WORDS = {
    "per_query": "per query",
    "per_day": "per day of serving",
    "deployment": "over the whole life: training, serving and hardware",
}


class EquivalentsView(LazyPanel):
    """Results turned into things people feel, at a stated scale, and the A-G energy label."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        from core.analysis import LABEL_BASIS, SCALES

        self.scale = QComboBox()
        for key in SCALES:
            self.scale.addItem(tr(SCALE_NAMES[key]), key)
        self.scale.setCurrentIndex(self.scale.findData("deployment"))
        self.people = QDoubleSpinBox()
        self.people.setRange(1, 1e10)
        self.people.setDecimals(0)
        self.people.setValue(1_000_000)
        self.people.setGroupSeparatorShown(True)
        self.people.setSuffix(tr(" people"))
        self.times = QDoubleSpinBox()
        self.times.setRange(0.01, 10_000)
        self.times.setDecimals(2)
        self.times.setValue(10)
        self.times.setSuffix(tr(" queries a day each"))
        for w in (self.scale, self.people, self.times):
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged).connect(
                lambda *_: self.refresh()
            )
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        f = self.headline.font()
        f.setBold(True)
        self.headline.setFont(f)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [tr("About"), tr("Everyday equivalent"), tr("Factor and source")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 6)
        self.label = EnergyLabel()
        self.label_text = QLabel()
        self.label_text.setWordWrap(True)
        self.basis = QLabel(tr(LABEL_BASIS))
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555555;")
        scale_row = QHBoxLayout()
        scale_row.addWidget(QLabel(tr("Scale")))
        scale_row.addWidget(self.scale, 1)
        scale_row.addWidget(self.people)
        scale_row.addWidget(self.times)
        label_box = QHBoxLayout()
        label_box.addWidget(self.label)
        side = QVBoxLayout()
        side.addWidget(self.label_text)
        side.addWidget(self.basis)
        side.addStretch(1)
        label_box.addLayout(side, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(scale_row)
        lay.addWidget(self.headline)
        lay.addWidget(self.table, 1)
        lay.addWidget(QLabel(f"<b>{tr('Energy label, energy per query')}</b>"))
        lay.addLayout(label_box)
        self.rows: list[dict[str, Any]] = []
        self.stated: dict[str, Any] = {}

    def scale_words(self, key: str) -> str:
        """The scale stated next to every number, in the window's language (core.analysis.scaled)."""
        if key == "population":
            return tr("per day if {n} people asked {m} times a day").format(
                n=f"{self.people.value():,.0f}", m=f"{self.times.value():g}"
            )
        return tr(SCALE_WORDS[key])

    def draw(self, scenario: Any) -> None:
        from core.analysis import equivalents, scaled
        from core.estimator import estimate

        r = estimate(scenario)
        key = self.scale.currentData()
        population = key == "population"
        self.people.setVisible(population)
        self.times.setVisible(population)
        self.stated = scaled(r, key, self.people.value(), self.times.value())
        self.rows = equivalents(self.stated["energy_kwh"], self.stated["co2e_kg"])
        self.stated["label"] = self.scale_words(key)
        self.headline.setText(
            tr("{e} and {c} CO2e, {scale}").format(
                e=format_quantity(self.stated["energy_kwh"], "energy_kwh"),
                c=format_quantity(self.stated["co2e_kg"], "mass_kg"),
                scale=self.stated["label"],
            )
        )
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderItem(
            0, QTableWidgetItem(tr("About, {scale}").format(scale=tr(SCALE_NAMES[key]).lower()))
        )
        from gui.i18n import current_language

        ja = current_language() == "ja"
        for i, q in enumerate(self.rows):
            # the source in the window's language (resources/data/equivalents.csv has both), with its year
            source = q.get("source_ja") if ja and q.get("source_ja") else q["source"]
            q["source_shown"] = f"{q['year']} · {source}" if q.get("year") else source
            cells = (
                format_count(q["count"], 3),
                tr(q["unit"]),
                f"{q['factor']:,.6g} {q['factor_unit']} {tr('each')} · {q['source_shown']}",
            )
            for j, text in enumerate(cells):
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, j, item)
                item.setText(text)
                item.setToolTip(f"{q['source_shown']}\n{self.stated['label']}")
            self.table.item(i, 0).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        wh = float(r["inference.energy_per_query_wh"])
        self.label.set_value(wh)
        self.label_text.setText(
            tr("Class {c}: {wh} Wh per query at the facility meter (p5–p95 in the headline panel).").format(
                c=self.label.letter, wh=significant(wh, 3)
            )
        )


# ----- the dock ---------------------------------------------------------------------------------------------


class AnalysisPanel(QTabWidget):
    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.tornado = TornadoView(presenter)
        self.sweep = SweepView(presenter)
        self.equivalents = EquivalentsView(presenter)
        self.addTab(self.tornado, tr("Sensitivity"))
        self.addTab(self.sweep, tr("Sweep"))
        self.addTab(self.equivalents, tr("Equivalents and label"))
        from gui.cost_views import ScaleView

        self.scale = ScaleView(presenter)
        self.addTab(self.scale, tr("Scale"))
        self.setTabToolTip(
            3,
            tr(
                "From one question to everyone in Japan and the world, next to Japan's and the world's electricity."
            ),
        )
        self.setTabToolTip(
            0, tr("Which inputs move the result most: each uncertain input at its low and high bound.")
        )
        self.setTabToolTip(
            1, tr("One output against one input over its whole range, the current value marked.")
        )
        self.setTabToolTip(2, tr("Results as households, car km, phone charges…, with factors and sources."))


def make_analysis_dock(window: Any) -> QDockWidget:
    dock = QDockWidget(tr("Analysis"), window)
    dock.setObjectName("analysisDock")
    panel = AnalysisPanel(window.presenter, dock)
    dock.setWidget(panel)
    panel.tornado.focusField.connect(lambda path: focus_input(window, path))
    return dock


def focus_input(window: Any, path: str) -> bool:
    """Scroll to the input for ``path`` and give it the keyboard focus; False when the window has none."""
    inp = getattr(window, "inputs", {}).get(path)
    if inp is None:
        window.statusBar().showMessage(
            tr(
                "{f} has no control of its own in the window (it is set through its section's defaults)."
            ).format(f=path),
            8000,
        )
        return False
    window.scroll.ensureWidgetVisible(inp.box, 20, 60)
    inp.box.setFocus(Qt.FocusReason.OtherFocusReason)
    inp.box.selectAll() if hasattr(inp.box, "selectAll") else None
    window.statusBar().showMessage(
        tr("Focused {f}: the input that moves the result most is yours to change.").format(
            f=field_label(path)
        ),
        8000,
    )
    return True
