"""What it costs, in the window: money as a reader of each language expects, the cost card among the
headline cards, and the location chart's cost mode ("the same work at other grids' prices").

The numbers come from ``core.economics`` through the presenter's snapshot (``Snapshot.cost``,
``Snapshot.location_cost``); nothing is computed here. Money reads ``¥115M``, or ``1.15億円`` in Japanese
(``core.economics.format_money``).
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from core.baseline import matched_rows
from core.economics import format_money, format_money_range
from gui.charts.card import HeadlineCard
from gui.charts.ghost import show_ghost
from gui.charts.items import brush, set_category_ticks, set_range
from gui.charts.palette import SKY, VERMILLION
from gui.i18n import bind


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


# ----- the headline card ------------------------------------------------------------------------


class CostCard(HeadlineCard):
    """Lifetime electricity cost with its p5-p95, training and per-million-token cost, or why there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            lambda: tr("Electricity cost"),
            lambda: tr(
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
            tr("likely {range}").format(
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


# ----- the location chart's cost mode ---------------------------------------------------------------


class LocationModes(QComboBox):
    """Switches the location chart between CO2e on other grids and cost on other grids' prices."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem("", "co2e")
        self.addItem("", "cost")
        bind(self, "setItemText", lambda: tr("CO2e on other grids"), 0)
        bind(self, "setItemText", lambda: tr("Cost at other grids' prices"), 1)
        bind(
            self,
            "setToolTip",
            lambda: tr("Show the same work's lifetime CO2e, or its electricity cost at each region's price."),
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


def _cost_codes(snap: Any, names: list[str]) -> list[str]:
    """The row codes of the cost mode: the comparison grids, then "__current__" for the scenario's own price."""
    codes = list(snap.location["codes"])
    return codes + (["__current__"] if len(names) > len(codes) else [])


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
    codes = _cost_codes(snap, names)
    base = chart.baseline_for(snap)
    ghost = None
    if base is not None and base.cost and base.cost["pricing"].currency == cur:  # the same money only
        base_names, base_costs, _ = location_cost_rows(base)
        ghost = matched_rows(codes, _cost_codes(base, base_names), base_costs)
        top = max([top, *(g for g in ghost if math.isfinite(g))])
    template = tr("Electricity cost ({unit} {currency})").replace("{currency}", cur)
    if chart.axis.template != template:
        chart.axis.template, chart.axis.family = template, "money"
        chart.axis.symbol = "?"  # forces the label to be written again
    factor, end = chart.axis.fit(top, top, snap.interactive)
    label = template.format(unit=chart.axis.symbol).replace("( ", "(")  # no prefix: "(JPY)", not "( JPY)"
    if chart.axis.axis.labelText != label:
        chart.axis.axis.setLabel(label)
    current = snap.scenario.datacenter.region if len(codes) == len(snap.location["codes"]) else "__current__"
    key = ("cost", tuple(codes), tuple(None if p is None else round(p, 4) for p in prices), current, cur)
    colors = None
    if key != chart.ticks_key:
        colors = [[brush(VERMILLION) if c == current else brush(SKY) for c in codes]]
    chart.bars.set_data(vals[None, :] / factor, colors, end)
    show_ghost(chart.ghost, ghost, factor, end)
    if key != chart.ticks_key:
        chart.ticks_key = key
        labels = []
        for c, name, p in zip(codes, names, prices, strict=True):
            short = name if len(name) <= 22 else name[:21] + "…"
            mark = "▶ " if c == current else ""
            price = tr("no published price") if p is None else tr("{p}/kWh").format(p=money(p, cur))
            labels.append((len(labels), f"{mark}{short} · {price}"))
        keep = codes.index(current) if current in codes else None  # the chosen row is always named
        set_category_ticks(chart.plot.getAxis("left"), labels, keep)
    set_range(chart.plot.vb, "x", 0.0, end)
