"""What it costs and what it means at scale, in the window: the cost card, the location chart's cost mode, and
the scale chart from one question to the world's electricity.

The numbers come from ``core.economics`` through the presenter's snapshot (``Snapshot.cost``,
``Snapshot.location_cost``, ``Snapshot.context``); nothing is computed here. Money is written as a reader of
the window's language expects (``core.economics.format_money``: ¥115M, or 1.15億円 in Japanese). Every
pyqtgraph item is created once and updated on each snapshot.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from core.economics import format_money, format_money_range
from core.units import format_quantity, significant
from gui import charts
from gui.charts import INK, SKY, VERMILLION


def tr(text: str) -> str:
    return QCoreApplication.translate("Cost", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


#: strings translated where they are shown from a variable (tr(name)), marked here for the catalogue
MARKS = (
    # the equivalents added or renamed in resources/data/equivalents.csv (shown by the equivalents panel)
    QT_TRANSLATE_NOOP("Analysis", "US homes' annual electricity"),
    QT_TRANSLATE_NOOP("Analysis", "years of CO2 uptake by a Japanese cedar (sugi)"),
    QT_TRANSLATE_NOOP("Analysis", "passenger-km flown, long-haul economy"),
    QT_TRANSLATE_NOOP("Analysis", "Lifetime electricity cost"),
    QT_TRANSLATE_NOOP("Compare", "Lifetime electricity cost"),
    QT_TRANSLATE_NOOP("Compare", "Cost"),
)


def language() -> str:
    from gui.i18n import current_language

    return current_language()


def money(value: float | None, currency: str) -> str:
    return format_money(value, currency, language())


def window_currency(scenario: Any) -> str | None:
    """The currency the window asks for when the scenario leaves it open: yen when the window is in Japanese,
    else the region's own (None)."""
    if scenario.economics.currency is not None:
        return None
    return "JPY" if language() == "ja" else None


class CurrencyPicker(QComboBox):
    """``economics.currency``: automatic (yen in a Japanese window, else the region's), or a currency."""

    def __init__(self, parent: QWidget | None = None):
        from core.economics import currencies

        super().__init__(parent)
        self.addItem(tr("Automatic (language, then region)"), None)
        for code in currencies():
            self.addItem(code, code)
        self.setToolTip(
            tr(
                "Currency of the costs; prices are converted at the Federal Reserve's annual average rate of their year."
            )
        )


# ----- the headline card ----------------------------------------------------------------------------


class CostCard(charts._Card):
    """Lifetime electricity cost with its p5-p95, training and per-million-token cost, or why there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            tr("Electricity cost"),
            tr(
                "Facility energy x the region's published business price (or your own), in the chosen currency."
            ),
            parent,
        )

    def update_snapshot(self, snap: Any) -> None:
        cost = snap.cost
        price = cost["pricing"]
        cur = price.currency
        if price.price_per_kwh is None:
            self.set(
                tr("no published price"),
                tr("no published price for {regions}").format(regions=", ".join(price.missing)),
                tr("enter a price under Data centre"),
            )
            self.setToolTip(
                tr(
                    "No published electricity price for {regions}; enter economics.electricity_price_per_kwh."
                ).format(regions=", ".join(price.missing))
            )
            return
        v, rng = cost["values"], cost["ranges"]
        life = rng.get("lifecycle_energy", {})
        self.set(
            money(v["lifecycle_energy"], cur),
            tr("p5–p95: {range}").format(
                range=format_money_range(life.get("p5"), life.get("p95"), cur, language())
            ),
            tr("training {t} · {m} per M tokens").format(
                t=money(v["training_energy"], cur), m=money(v["energy_per_million_output_tokens"], cur)
            ),
        )
        if snap.interactive:
            return
        self.setToolTip(price_tooltip(price))


def price_tooltip(price: Any) -> str:
    """Each site's price with its published basis (region, year, customer class, source)."""
    cur = price.currency
    lines = [tr("Price: {p} per kWh").format(p=money(price.price_per_kwh, cur))]
    for s in price.sites:
        if s.basis == "scenario":
            lines.append(tr("{region}: your price").format(region=s.region))
        elif s.published is not None:
            pub = s.published
            lines.append(
                f"{s.region}: {money(s.price_per_kwh, cur)}/kWh · {pub.code} {pub.year_text} · {pub.customer_class}"
            )
            lines.extend(textwrap.wrap(pub.source, 100, initial_indent="  ", subsequent_indent="  "))
            if s.note:
                lines.append("  " + s.note)
    if price.premium_per_kwh:
        lines.append(tr("clean-energy premium {p} per kWh").format(p=money(price.premium_per_kwh, cur)))
    return "\n".join(lines)


def add_compare_costs(
    scenarios: list[Any], results: list[dict[str, Any]], ranges: list[dict[str, Any]]
) -> str:
    """Each compared scenario's lifetime electricity cost in one currency (scenario A's), as a result row
    ``cost.lifecycle_energy`` with its p5-p95; NaN where the region has no price. Returns the currency."""
    from core.economics import pricing

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


# ----- the location chart's cost mode ---------------------------------------------------------------------


class LocationModes(QComboBox):
    """Switches the location chart between CO2e on other grids and cost on other grids' prices."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(tr("CO2e on other grids"), "co2e")
        self.addItem(tr("Cost at other grids' prices"), "cost")
        self.setToolTip(
            tr("Show the same work's lifetime CO2e, or its electricity cost at each region's price.")
        )


def location_cost_rows(snap: Any) -> tuple[list[str], list[float | None], str]:
    """Names, costs and currency of the location chart in cost mode (the scenario's own price last when it is
    a site mix or a price you entered)."""
    loc, lc = snap.location, snap.location_cost
    names = [QCoreApplication.translate("Regions", n) for n in loc["names"]]
    costs = list(lc["cost"])
    price = snap.cost["pricing"]
    dc = snap.scenario.datacenter
    if dc.sites or snap.scenario.economics.electricity_price_per_kwh is not None:
        names.append(tr("This scenario's price"))
        costs.append(snap.cost["values"].get("lifecycle_energy"))
    return names, costs, price.currency


def draw_location_cost(chart: Any, snap: Any) -> None:
    """The location chart in cost mode: the same lifetime energy at each grid's published price."""
    chart.set_subtitle(
        tr("Lifetime electricity cost if every kWh were bought at each region's published business price.")
    )
    names, costs, cur = location_cost_rows(snap)
    prices = list(snap.location_cost["price_per_kwh"])
    if len(names) > len(prices):
        prices.append(snap.cost["pricing"].price_per_kwh)
    vals = np.array([c if c is not None else 0.0 for c in costs], dtype=float)
    top = float(np.max(vals)) if len(vals) and np.max(vals) > 0 else 1.0
    template = tr("Electricity cost ({unit} {currency})").replace("{currency}", cur)
    if chart.axis.template != template:
        chart.axis.template, chart.axis.family = template, "money"
        chart.axis.symbol = "?"  # forces the label to be written again
    factor, end = chart.axis.fit(top, top, snap.interactive)
    label = template.format(unit=chart.axis.symbol).replace("( ", "(")  # no prefix: "(JPY)", not "( JPY)"
    if chart.axis.axis.labelText != label:
        chart.axis.axis.setLabel(label)
    codes = list(snap.location["codes"]) + (
        ["__current__"] if len(names) > len(snap.location["codes"]) else []
    )
    current = snap.scenario.datacenter.region if len(codes) == len(snap.location["codes"]) else "__current__"
    key = ("cost", tuple(codes), tuple(None if p is None else round(p, 4) for p in prices), current, cur)
    colors = None
    if key != chart._ticks_key:
        colors = [[charts._brush(VERMILLION) if c == current else charts._brush(SKY) for c in codes]]
    chart.bars.set_data(vals[None, :] / factor, colors, end)
    if key != chart._ticks_key:
        chart._ticks_key = key
        labels = []
        for c, name, p in zip(codes, names, prices, strict=True):
            short = name if len(name) <= 22 else name[:21] + "…"
            mark = "▶ " if c == current else ""
            price = tr("no published price") if p is None else tr("{p}/kWh").format(p=money(p, cur))
            labels.append((len(labels), f"{mark}{short} · {price}"))
        charts._set_category_ticks(chart.plot.getAxis("left"), labels)
    charts._set_range(chart.plot.vb, "y", -0.6, len(vals) - 0.4)
    charts._set_range(chart.plot.vb, "x", 0.0, end)


# ----- the scale chart -------------------------------------------------------------------------------------

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


class ScaleChart(charts.ChartCard):
    """From one question to the world's electricity, on a log scale, with the scenario's year of serving marked."""

    def __init__(self, parent: QWidget | None = None):
        self.pw = charts._plot_widget()
        super().__init__(
            tr("Scale: from one question to the world"),
            tr(
                "Energy on a log scale: each step is 10 times the one before. The line is a year of this scenario's serving."
            ),
            "&nbsp;&nbsp;".join(
                [
                    charts._swatch(VERMILLION, tr("If everyone asked")),
                    charts._swatch(SKY, tr("For comparison")),
                ]
            ),
            self.pw,
            parent,
        )
        p = self.pw.getPlotItem()
        self.plot = p
        p.invertY(True)
        charts._category_axis(p.getAxis("left"))
        p.getAxis("bottom").setLabel(tr("Energy (log scale)"))
        self.bars = charts.BarRows(0.7)
        p.addItem(self.bars)
        self.marker = pg.InfiniteLine(
            angle=90, movable=False, pen=pg.mkPen(INK, width=2, style=Qt.PenStyle.DashLine)
        )
        p.addItem(self.marker)
        self.marker_label = pg.TextItem("", color=INK, anchor=(0, 1))
        p.addItem(self.marker_label)
        self._key: tuple = ()
        self.rows: list[tuple[str, float]] = []  # (label, kWh) as drawn, for tests and the report
        self.origin = 0.0

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
        lo = math.floor(float(np.min(logs))) - 1
        hi = math.ceil(float(np.max(logs))) + 0.3
        self.origin = lo
        colors = None
        key = tuple((label, ladder) for label, _, ladder in rows)
        relabel = key != self._key
        if relabel:
            colors = [[charts._brush(VERMILLION) if ladder else charts._brush(SKY) for _, _, ladder in rows]]
        self.bars.set_data((logs - lo)[None, :], colors, hi - lo)
        labels = [
            (i, f"{label} · {format_quantity(v, 'energy_kwh', 2)}") for i, (label, v, _) in enumerate(rows)
        ]
        if [t for _, t in labels] != [t for _, t in getattr(self, "_labels", [])]:
            charts._set_category_ticks(self.plot.getAxis("left"), labels)
            self._labels = labels
        if relabel or getattr(self, "_decades", None) != (lo, hi):
            self._decades = (lo, hi)
            ticks = [
                (k - lo, format_quantity(10.0**k, "energy_kwh", 1)) for k in range(int(lo), int(hi) + 1, 3)
            ]
            self.plot.getAxis("bottom").setTicks([ticks, []])
        self._key = key
        year_kwh = ctx["annual_twh"] * 1e9
        x = math.log10(max(year_kwh, 1e-12)) - lo
        self.marker.setPos(x)
        self.marker_label.setText(
            tr("this scenario: {e} a year").format(e=format_quantity(year_kwh, "energy_kwh", 2))
        )
        self.marker_label.setPos(x, len(rows) - 0.5)
        self.rows = [(label, v) for label, v, _ in rows]
        charts._set_range(self.plot.vb, "y", -0.6, len(rows) - 0.4)
        charts._set_range(self.plot.vb, "x", 0.0, hi - lo)


class ScaleView(QWidget):
    """The scale chart as a tab of the analysis dock, drawn from the presenter's snapshots while shown."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self.presenter = presenter
        self.chart = ScaleChart(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.chart)
        presenter.resultsReady.connect(self._snapshot)

    def _snapshot(self, snap: Any) -> None:
        if self.isVisible():
            self.chart.update_snapshot(snap)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.presenter.snapshot is not None:
            self.chart.update_snapshot(self.presenter.snapshot)


def show_scale_tab(window: Any) -> bool:
    """Open the analysis dock on its Scale tab (a lesson step that ends at the scale chart)."""
    tools = getattr(window, "whatif", None)
    if tools is None:
        return False
    tools.analysis_dock.show()
    tools.analysis_dock.raise_()
    tools.analysis.setCurrentWidget(tools.analysis.scale)
    return True
