"""Compare up to four scenarios side by side: pinned ones (A, B, C) and the live one in the window.

The table lists every headline output for each scenario, and under it the ratio in words from
:func:`core.analysis.compare` ("B uses 3.4x less energy than A"). The chart shows each output as a multiple
of A on a log scale. Its bar items are created once and fed with ``setOpts`` on every change.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.units import format_quantity, format_range, significant
from gui.i18n import bind
from gui.whatif.base import LazyPanel, field_label

MAX_SCENARIOS = 4
LETTERS = "ABCD"
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7")
#: (output path, unit family or None, label) of the compared rows; the paths are core.analysis.COMPARED's
ROWS = (
    ("lifecycle.energy_kwh", "energy_kwh", QT_TRANSLATE_NOOP("Compare", "Lifetime energy")),
    ("lifecycle.co2e_kg", "mass_kg", QT_TRANSLATE_NOOP("Compare", "Lifetime CO2e")),
    ("lifecycle.water_l", "water_l", QT_TRANSLATE_NOOP("Compare", "Lifetime water")),
    ("training.energy_kwh", "energy_kwh", QT_TRANSLATE_NOOP("Compare", "Training energy")),
    ("inference.energy_per_query_wh", None, QT_TRANSLATE_NOOP("Compare", "Energy per query (Wh)")),
    ("inference.co2e_per_query_g", None, QT_TRANSLATE_NOOP("Compare", "CO2e per query (g)")),
    ("cost.lifecycle_energy", "money", QT_TRANSLATE_NOOP("Compare", "Lifetime electricity cost")),
)
SHORT = (
    QT_TRANSLATE_NOOP("Compare", "Energy"),
    QT_TRANSLATE_NOOP("Compare", "CO2e"),
    QT_TRANSLATE_NOOP("Compare", "Water"),
    QT_TRANSLATE_NOOP("Compare", "Training"),
    QT_TRANSLATE_NOOP("Compare", "Wh/query"),
    QT_TRANSLATE_NOOP("Compare", "g/query"),
    QT_TRANSLATE_NOOP("Compare", "Cost"),
)
#: sentences built in pieces below (marked here for the catalogue)
SENTENCES = (
    QT_TRANSLATE_NOOP("Compare", "{x} differs from A in: {inputs}"),
    QT_TRANSLATE_NOOP("Compare", "(and {n} more)"),
)
#: differing inputs listed under the table per column (the rest are counted, and all are in Copy)
MAX_DIFFERENCES = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


#: what each compared output is called in a sentence (core.analysis.COMPARED's words, translated here)
WHAT = {
    "lifecycle.energy_kwh": QT_TRANSLATE_NOOP("Compare", "energy"),
    "lifecycle.co2e_kg": QT_TRANSLATE_NOOP("Compare", "CO2e"),
    "lifecycle.water_l": QT_TRANSLATE_NOOP("Compare", "water"),
    "training.energy_kwh": QT_TRANSLATE_NOOP("Compare", "training energy"),
    "inference.energy_per_query_wh": QT_TRANSLATE_NOOP("Compare", "energy per query"),
    "inference.co2e_per_query_g": QT_TRANSLATE_NOOP("Compare", "CO2e per query"),
}
#: the outputs the sentence under the table speaks of: the lifetime totals and one question
SENTENCE_OUTPUTS = (
    "lifecycle.energy_kwh",
    "lifecycle.co2e_kg",
    "lifecycle.water_l",
    "inference.energy_per_query_wh",
)


def ratio_sentence(row: dict[str, Any], letter: str) -> str:
    """core.analysis.ratio_words in the window's language, for column ``letter`` against A: within 5 % reads
    as about the same, else "3.4x more" or "less"."""
    what = tr(WHAT[row["output"]])
    a, b = float(row["a"]), float(row["b"])
    if a <= 0 or b <= 0:
        return tr("{x} and A cannot be compared on {what} (one is zero)").format(x=letter, what=what)
    r = b / a
    if abs(r - 1.0) < 0.05:
        return tr("{x} uses about the same {what} as A").format(x=letter, what=what)
    if r > 1:
        return tr("{x} uses {r}x more {what} than A").format(x=letter, r=f"{r:.2g}", what=what)
    return tr("{x} uses {r}x less {what} than A").format(x=letter, r=f"{1 / r:.2g}", what=what)


class CompareView(LazyPanel):
    """Pinned scenarios plus the window's current one, as a table, sentences and a chart."""

    #: the pins were added, removed or renamed (the document has changed)
    pinsChanged = Signal()

    def __init__(self, presenter: Any, pins: list[Any] | None = None, parent: QWidget | None = None):
        """``pins``: the session's list of pins (:class:`core.scenario.Pin`: a name and a scenario; kept
        there, so it outlives this view and is saved with the scenario)."""
        super().__init__(presenter, parent, delay_ms=60)
        self.pinned: list[Any] = pins if pins is not None else []  # Pins, at most MAX_SCENARIOS - 1
        self.rows: list[list[dict[str, Any]]] = []  # core.compare(A, X) for each column after A
        self.pin_button = QPushButton(tr("Pin current as A"))
        bind(
            self.pin_button,
            "setToolTip",
            lambda: tr("Keep the current inputs as a fixed scenario; then change inputs to compare."),
        )
        self.pin_button.clicked.connect(self.pin_current)
        self.unpin_button = bind(QPushButton(), "setText", lambda: tr("Remove last pin"))
        self.unpin_button.clicked.connect(self.unpin_last)
        self.clear_button = bind(QPushButton(), "setText", lambda: tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        self.rename_button = bind(QPushButton(), "setText", lambda: tr("Rename…"))
        bind(
            self.rename_button,
            "setToolTip",
            lambda: tr("Give a pinned scenario a name of its own (or double-click its column heading)."),
        )
        self.rename_button.clicked.connect(self.ask_rename)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        for b in (self.pin_button, self.rename_button, self.unpin_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.table = QTableWidget(len(ROWS), 1)
        bind(self.table, "setVerticalHeaderLabels", lambda: [tr(r[2]) for r in ROWS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3)
        self.table.setMinimumWidth(460)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self.ask_rename)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.plot = pg.PlotWidget()
        p = self.plot.getPlotItem()
        p.setMenuEnabled(False)
        p.hideButtons()
        p.setMouseEnabled(x=False, y=False)
        p.getAxis("left").enableAutoSIPrefix(False)
        bind(p, "setLabel", lambda: tr("× A (log scale)"), "left")
        bind(self, "_set_plot_title", lambda: tr("Each output as a multiple of A · whiskers: likely range"))
        bind(p.getAxis("bottom"), "setTicks", lambda: [list(enumerate(tr(s) for s in SHORT))])
        p.getAxis("left").setTicks(
            [[(math.log10(v), f"{v:g}×") for v in (0.001, 0.01, 0.1, 0.3, 1, 3, 10, 100, 1000)]]
        )
        p.addLine(y=0.0, pen=pg.mkPen("#333333", width=1))
        self.legend = p.addLegend(offset=(8, 4))
        self.bars = []
        for i in range(MAX_SCENARIOS):
            item = pg.BarGraphItem(x=[], height=[], width=0.2, brush=COLOURS[i], pen=pg.mkPen(None))
            p.addItem(item)
            self.bars.append(item)
        # p5-p95 of each scenario, as a multiple of A's central value
        self.whiskers = []
        for _i in range(MAX_SCENARIOS):
            eb = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), pen=pg.mkPen("#333333", width=1), beam=0.06)
            p.addItem(eb)
            self.whiskers.append(eb)
        self.plot.setMinimumSize(260, 150)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(buttons)
        tl.addWidget(self.hint)
        tl.addWidget(self.table)
        tl.addWidget(self.words)
        self.split = split = QSplitter(
            Qt.Orientation.Horizontal
        )  # a wide, low dock: the chart beside the table
        split.addWidget(top)
        split.addWidget(self.plot)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.refresh()

    # ----- pins -------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        n = len(self.pinned) + 1
        out = [f"{LETTERS[i]}: {self.pinned[i].label}" for i in range(n - 1)]
        out.append(f"{LETTERS[n - 1]}: {tr('current inputs')}")
        return out

    def scenarios(self) -> list[Any]:
        return [*(p.scenario for p in self.pinned), self.presenter.scenario]

    def rename(self, index: int, label: str) -> str | None:
        """Name pin ``index`` (0 is A); returns the refusal in words, or None."""
        from core.scenario import Pin

        label = " ".join(label.split())
        if not 0 <= index < len(self.pinned):
            return tr("Only a pinned column can be renamed; column {x} follows the window.").format(
                x=LETTERS[len(self.pinned)]
            )
        if not label or len(label) > 80:
            return tr("A pin's name has 1 to 80 characters.")
        self.pinned[index] = Pin(label=label, scenario=self.pinned[index].scenario)
        self.pinsChanged.emit()
        self.refresh()
        return None

    def ask_rename(self, index: int | bool = False) -> None:
        """Ask for a pin's new name (the last pin from the button; a column from its heading)."""
        from PySide6.QtWidgets import QInputDialog

        if isinstance(index, bool) or index is None:
            index = len(self.pinned) - 1
        if not 0 <= index < len(self.pinned):
            return
        text, ok = QInputDialog.getText(
            self, tr("Rename pin"), tr("Name of {x}:").format(x=LETTERS[index]), text=self.pinned[index].label
        )
        if ok:
            err = self.rename(index, text)
            if err:
                self.hint.setText(err)

    def differences(self) -> list[list[dict[str, Any]]]:
        """For each column after A: the inputs that differ from A (core.labels.differing_inputs)."""
        from core.labels import differing_inputs

        scenarios = self.scenarios()
        return [differing_inputs(scenarios[0], s) for s in scenarios[1:]]

    def rows_for_copy(self) -> list[list[str]]:
        """The comparison as a table (header first): each output per column, then each differing input."""
        from gui.whatif.labels import value_words

        out = [["", *self.names()]]
        for i in range(self.table.rowCount()):
            head = self.table.verticalHeaderItem(i)
            out.append(
                [head.text() if head else ""]
                + [
                    self.table.item(i, j).text() if self.table.item(i, j) else ""
                    for j in range(self.table.columnCount())
                ]
            )
        scenarios = self.scenarios()
        fields = list(dict.fromkeys(r["field"] for rows in self.differences() for r in rows))
        for f in fields:
            out.append([field_label(f), *(value_words(f, s.get(f), s) for s in scenarios)])
        return out

    def _set_plot_title(self, text: str) -> None:
        self.plot.getPlotItem().setTitle(text, size="10pt")

    def retranslate(self) -> None:
        """Drawn again at once, shown or not: its buttons' words depend on the pins."""
        self._legend_n = None  # the legend's names are in the other language
        self.refresh()

    def pin_current(self) -> bool:
        from core.scenario import Pin

        if len(self.pinned) >= MAX_SCENARIOS - 1:
            return False
        scenario = self.presenter.scenario.without_pins()
        label, n, taken = scenario.name[:80], 2, {p.label for p in self.pinned}
        while label in taken:  # two pins of one preset: "Llama 3.1 70B (2)"
            label = f"{scenario.name[:70]} ({n})"
            n += 1
        self.pinned.append(Pin(label=label, scenario=scenario))
        self.pinsChanged.emit()
        self.refresh()
        return True

    def set_pins(self, pins: list[Any]) -> None:
        """Put the pins of an opened file in place (the session's list is kept, its content replaced)."""
        self.pinned[:] = list(pins)[: MAX_SCENARIOS - 1]
        self.refresh()

    def unpin_last(self) -> None:
        if self.pinned:
            self.pinned.pop()
            self.pinsChanged.emit()
            self.refresh()

    def clear(self) -> None:
        if self.pinned:
            self.pinned.clear()
            self.pinsChanged.emit()
        self.refresh()

    # ----- drawing -------------------------------------------------------------------------------------
    def draw(self, _scenario: Any) -> None:
        """The pinned scenarios and the current one (``refresh`` passes the current one; all are read here)."""
        from core.analysis import compare
        from core.estimator import estimate
        from core.uncertainty import monte_carlo

        scenarios = self.scenarios()
        n = len(scenarios)
        full = len(self.pinned) >= MAX_SCENARIOS - 1
        self.pin_button.setEnabled(not full)
        self.pin_button.setText(
            tr("Pin current as {x}").format(x=LETTERS[len(self.pinned)])
            if not full
            else tr("Four scenarios pinned")
        )
        self.unpin_button.setEnabled(bool(self.pinned))
        self.clear_button.setEnabled(bool(self.pinned))
        self.rename_button.setEnabled(bool(self.pinned))
        if not self.pinned:
            self.hint.setText(
                tr(
                    "Pin the current inputs as A, then change inputs: the window's live scenario becomes B. Up to four."
                )
            )
        else:
            self.hint.setText(
                tr("Column {x} follows the inputs in the window; the others are pinned.").format(
                    x=LETTERS[n - 1]
                )
            )
        results = [estimate(s) for s in scenarios]
        self.ranges = [monte_carlo(s) for s in scenarios]
        self.currency = add_compare_costs(scenarios, results, self.ranges)
        self.rows = [compare(scenarios[0], s) for s in scenarios[1:]]
        self.table.setColumnCount(n)
        self.table.setHorizontalHeaderLabels(self.names())
        for i, (path, family, _label) in enumerate(ROWS):
            for j, r in enumerate(results):
                v = float(r[path])
                if family == "money":
                    from gui.charts.cost import money

                    text = money(v, self.currency) if math.isfinite(v) else tr("no price")
                else:
                    text = format_quantity(v, family) if family else significant(v, 3)
                if j > 0 and float(results[0][path]) > 0 and math.isfinite(v):
                    text += f"  ({significant(v / float(results[0][path]), 3)}× A)"
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(i, j, item)
                item.setText(text)
                rg = self.ranges[j].get(path)
                if rg:
                    lo, hi = rg["p5"], rg["p95"]
                    if family == "money":
                        from gui.charts.cost import money

                        shown = f"{money(lo, self.currency)}–{money(hi, self.currency)}"
                    else:
                        shown = (
                            format_range(lo, hi, family)
                            if family
                            else f"{significant(lo, 2)}–{significant(hi, 2)}"
                        )
                    item.setToolTip(tr("p5–p95: {r}").format(r=shown))
        sentences = []
        import html

        from gui.whatif.labels import difference_words

        for j, (rows, diffs) in enumerate(zip(self.rows, self.differences(), strict=True), start=1):
            letter = LETTERS[j]
            parts = [ratio_sentence(r, letter) for r in rows if r["output"] in SENTENCE_OUTPUTS]
            sentences.append(html.escape("; ".join(parts) + "."))
            if diffs:
                shown = [difference_words(d) for d in diffs]
                more = len(shown) - MAX_DIFFERENCES
                text = "; ".join(shown[:MAX_DIFFERENCES])
                if more > 0:
                    text += " " + tr("(and {n} more)").format(n=more)
                sentences.append(
                    "&nbsp;&nbsp;"
                    + html.escape(tr("{x} differs from A in: {inputs}").format(x=letter, inputs=text))
                )
            else:
                sentences.append(
                    "&nbsp;&nbsp;" + html.escape(tr("{x} has the same inputs as A.").format(x=letter))
                )
        self.words.setText("<br/>".join(sentences) or tr("Nothing pinned yet."))
        self._draw(results)

    def _draw(self, results: list[dict[str, Any]]) -> None:
        n = len(results)
        width = 0.8 / max(n, 1)
        base = [float(results[0][p]) for p, _f, _l in ROWS]
        if getattr(self, "_legend_n", None) != n:  # the legend changes with the number of columns only
            self.legend.clear()
            for j in range(n):
                self.legend.addItem(self.bars[j], LETTERS[j])
            self._legend_n = n
        lo, hi = -0.5, 0.5
        for j, item in enumerate(self.bars):
            if j >= n:
                item.setOpts(x=[], height=[])
                item.setVisible(False)
                self.whiskers[j].setVisible(False)
                continue
            heights, tops, bottoms = [], [], []
            for k, (path, _f, _l) in enumerate(ROWS):
                v = float(results[j][path])
                ratio = v / base[k] if base[k] > 0 and v > 0 else 1.0
                h = math.log10(ratio)
                heights.append(h)
                rg = self.ranges[j].get(path) if j < len(self.ranges) else None
                if rg and base[k] > 0 and rg["p5"] > 0 and rg["p95"] > 0:
                    tops.append(math.log10(rg["p95"] / base[k]) - h)
                    bottoms.append(h - math.log10(rg["p5"] / base[k]))
                else:
                    tops.append(0.0)
                    bottoms.append(0.0)
            xs = np.arange(len(ROWS)) - 0.4 + width * (j + 0.5)
            item.setOpts(x=xs, height=heights, width=width * 0.9)
            self.whiskers[j].setData(
                x=xs, y=np.array(heights), top=np.array(tops), bottom=np.array(bottoms), beam=width * 0.4
            )
            self.whiskers[j].setVisible(True)
            lo = min(lo, *(h - b for h, b in zip(heights, bottoms, strict=True)))
            hi = max(hi, *(h + t for h, t in zip(heights, tops, strict=True)))
            item.setVisible(True)
        vb = self.plot.getPlotItem().vb
        vb.setYRange(lo - 0.15, hi + 0.15, padding=0)
        vb.setXRange(-0.6, len(ROWS) - 0.4, padding=0)


def add_compare_costs(
    scenarios: list[Any], results: list[dict[str, Any]], ranges: list[dict[str, Any]]
) -> str:
    """Each compared scenario's lifetime electricity cost in one currency (scenario A's), as a result row
    ``cost.lifecycle_energy`` with its p5-p95; NaN where the region has no price. Returns the currency."""
    from core.economics import pricing
    from gui.i18n import window_currency

    currency = pricing(scenarios[0], window_currency(scenarios[0])).currency
    for s, r, m in zip(scenarios, results, ranges, strict=True):
        same = (
            s if s.economics.currency in (None, currency) else s.with_values({"economics.currency": currency})
        )
        price = pricing(same, currency).price_per_kwh
        k = float("nan") if price is None else price
        r["cost.lifecycle_energy"] = float(r["lifecycle.energy_kwh"]) * k
        if price is not None:
            m["cost.lifecycle_energy"] = {q: v * k for q, v in m["lifecycle.energy_kwh"].items()}
    return currency


def make_compare_dock(session: Any, parent: QWidget) -> QDockWidget:
    dock = bind(QDockWidget(parent), "setWindowTitle", lambda: tr("Compare scenarios"))
    dock.setObjectName("compareDock")
    dock.setWidget(CompareView(session.presenter, session.pins, dock))
    return dock
