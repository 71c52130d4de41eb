"""What the electricity costs, and what the scenario means at the scale of a country.

Cost is energy times a price: the estimator's facility energy (IT energy x PUE, so a lower PUE lowers the
bill in proportion to the overhead it removes) times the price per kWh a data centre pays where it runs.
The prices are published averages for business customers with their source, year, customer class and
tax basis (``resources/data/electricity_prices.csv``); they are converted between currencies at the
Federal Reserve's annual average rate of the price's own year (``exchange_rates.csv``). A region without
a published price has no cost: the outputs say so and are never silently zero.

Context puts a year of serving next to quantities a reader knows (``scale_references.csv``): Japan's and the
world's electricity, the world's data centres (IEA), a 1 GW power plant, a household.

Pure Python and numpy, no Qt. Everything here reads the estimator's results by their keys; nothing in the
estimator depends on this module.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.catalog import EconomicTables, ElectricityPrice, catalog, economic_tables
from core.scenario import Scenario, ScenarioError

#: Euro-area members (ISO 3166-1 alpha-2) on 1 January 2026 (Bulgaria joined that day; European Central
#: Bank, "Our currency" / euro area enlargement). A region here defaults to EUR, and borrows the EU-27
#: average price when Eurostat's extract has no row of its own.
EURO_AREA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PT",
        "SK",
        "SI",
        "ES",
    ]
)
#: EU-27 members (ISO 3166-1 alpha-2): the euro area plus these.
EU27 = EURO_AREA | frozenset(["CZ", "DK", "HU", "PL", "RO", "SE"])

#: Typical public list prices of one accelerator-hour (an H100 GPU), in USD, for orientation only; the
#: estimate counts compute cost only when ``economics.accelerator_hour_price`` is given.
#: - 12.29 USD: AWS p5.48xlarge on demand, 98.32 USD/h for 8 x H100 (as quoted by computespec.pages.dev
#:   "Cost per GPU hour" and disintermediate.global "How GPU cloud pricing works", Q1 2026);
#: - 4.916 USD: AWS EC2 Capacity Blocks effective accelerator hourly rate for p5.48xlarge, US East (AWS
#:   "Amazon EC2 Capacity Blocks for ML Pricing", stored page copy, rates before 1 January 2025);
#: - about 2.95 USD: median H100 on-demand listing across 37 providers (AIMultiple "Cloud GPU Rental Price
#:   Index", May 2026), with specialist clouds at 2.49-3.50 USD.
#: These cloud prices include the electricity. The energy share is electricity / (electricity + compute), so it
#: reads as a share when the hour price excludes power (owned hardware's hourly depreciation and operations);
#: with a cloud price it slightly understates the part of the bill that is power.
ACCELERATOR_HOUR_PRICE_EXAMPLES_USD = (
    ("AWS p5.48xlarge on demand (8 x H100), per GPU", 12.29),
    ("AWS EC2 Capacity Blocks, p5.48xlarge, per GPU", 4.916),
    ("median H100 listing across 37 providers (AIMultiple, May 2026)", 2.95),
)

COST_KEYS = (
    "training_energy",
    "lifecycle_energy",
    "energy_per_query",
    "energy_per_million_output_tokens",
    "serving_energy_per_day",
    "serving_energy_per_year",
)
COMPUTE_KEYS = ("training_compute", "energy_share")

DAYS_PER_YEAR = 365.0


@dataclass(frozen=True)
class SitePrice:
    """The price one site pays, in the scenario's currency, and where it came from."""

    region: str
    load_share: float
    pue: float
    price_per_kwh: float | None
    basis: str  # "scenario" | "region" | "country" | "EU-27 average" | "missing"
    published: ElectricityPrice | None = None
    rate_year: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Pricing:
    """The scenario's electricity price: one number per facility kWh, or None with the reason."""

    currency: str
    price_per_kwh: float | None  # facility-energy-weighted over the sites, premium included
    sites: list[SitePrice] = field(default_factory=list)
    premium_per_kwh: float = 0.0
    missing: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        if not self.missing:
            return ""
        return (
            f"no published electricity price for {', '.join(self.missing)}; "
            "set economics.electricity_price_per_kwh to count the cost"
        )


# ----- currencies ------------------------------------------------------------------------------------


def country_of(region: str) -> str:
    """The ISO country a region code belongs to ('JP-TK' -> 'JP', 'gcp:asia-northeast1' -> 'JP')."""
    if ":" in region and not region.startswith("user:"):
        reg = catalog().regions.get(region)
        return reg.country_code if reg is not None else ""
    return region.split("-")[0]


def default_currency(region: str) -> str:
    """JPY for a Japanese region, EUR in the euro area (and for the EU aggregate), otherwise USD."""
    c = country_of(region)
    if c == "JP":
        return "JPY"
    if c in EURO_AREA or c == "EU":
        return "EUR"
    return "USD"


def currencies(tables: EconomicTables | None = None) -> list[str]:
    """Currencies the app converts between: USD and those with Federal Reserve annual rates."""
    t = tables or economic_tables()
    return ["USD", *sorted(t.rates)]


def per_usd(currency: str, year: int, tables: EconomicTables | None = None) -> tuple[float, int]:
    """Units of ``currency`` per US dollar, annual average of ``year`` or the nearest year published."""
    if currency == "USD":
        return 1.0, year
    t = tables or economic_tables()
    by_year = t.rates.get(currency)
    if not by_year:
        raise ScenarioError(
            f"economics.currency = '{currency}' has no exchange rate; choose one of {', '.join(currencies(t))}"
        )
    nearest = min(by_year, key=lambda y: (abs(y - year), -y))
    return by_year[nearest].per_usd, nearest


def convert(amount: float, from_currency: str, to_currency: str, year: int) -> tuple[float, int]:
    """``amount`` in ``from_currency`` expressed in ``to_currency`` at the annual rates of ``year``.

    Both rates are the Federal Reserve G.5A annual averages (units per USD) of the same year, so the
    cross rate is their ratio; returns the amount and the rate year actually used.
    """
    if from_currency == to_currency:
        return amount, year
    src, y1 = per_usd(from_currency, year)
    dst, y2 = per_usd(to_currency, year)
    return amount / src * dst, (y1 if from_currency != "USD" else y2)


SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
#: English short scale, and the Japanese myriad units (万 10^4, 億 10^8, 兆 10^12) a Japanese reader expects.
_EN_STEPS = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))
_JA_STEPS = ((1e12, "兆"), (1e8, "億"), (1e4, "万"))


def format_money(value: float | None, currency: str, lang: str = "en", digits: int = 3) -> str:
    """``format_money(1.15e8, "JPY") == "¥115M"``; in Japanese ``"1.15億円"``; None (no price) reads "–"."""
    from core.units import significant

    if value is None or not math.isfinite(value):
        return "–"
    v = abs(value)
    if lang == "ja" and currency == "JPY":
        for factor, unit in _JA_STEPS:
            if v >= factor:
                return f"{significant(value / factor, digits)}{unit}円"
        return f"{significant(value, digits)}円"
    suffix = ""
    for factor, unit in _EN_STEPS:
        if v >= factor:
            value, suffix = value / factor, unit
            break
    number = significant(value, digits) + suffix
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{number}" if symbol else f"{number} {currency}"


def format_money_range(low: float | None, high: float | None, currency: str, lang: str = "en") -> str:
    """A p5-p95 range in one unit chosen by the larger end: ``"¥10.8–40.6M"``, ``"1100–4100万円"``."""
    from core.units import significant

    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return f"{format_money(low, currency, lang)}–{format_money(high, currency, lang)}"
    top = max(abs(low), abs(high))
    steps = _JA_STEPS if lang == "ja" and currency == "JPY" else _EN_STEPS
    factor, unit = next(((f, u) for f, u in steps if top >= f), (1.0, ""))
    numbers = f"{significant(low / factor, 3)}–{significant(high / factor, 3)}"
    if lang == "ja" and currency == "JPY":
        return f"{numbers}{unit}円"
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{numbers}{unit}" if symbol else f"{numbers}{unit} {currency}"


# ----- prices ---------------------------------------------------------------------------------------------


def published_price(region: str, tables: EconomicTables | None = None) -> tuple[ElectricityPrice | None, str]:
    """The region's default published price and how it was found: the region's own row, its country's,
    or (for an EU member without a row of its own) the EU-27 average."""
    t = tables or economic_tables()

    def default(code: str) -> ElectricityPrice | None:
        return next((p for p in t.prices.get(code, []) if p.default), None)

    if (p := default(region)) is not None:
        return p, "region"
    country = country_of(region)
    if country and (p := default(country)) is not None:
        return p, "country"
    if country in EU27 and (p := default("EU")) is not None:
        return p, "EU-27 average"
    return None, "missing"


def pricing(scenario: Scenario, currency: str | None = None) -> Pricing:
    """The price per facility kWh the scenario pays, in its currency, with each site's basis.

    Distributed sites pay their own region's price. The scenario's price is weighted by each site's
    facility energy (load share x PUE), the same weighting the estimator uses for grid intensity, so that
    cost = facility energy x price equals the sum of each site's energy times its own price.
    """
    from core.estimator import site_factors

    econ = scenario.economics
    # the scenario's currency wins; then the caller's (the window follows its language); then the region's
    currency = econ.currency or currency or default_currency(scenario.datacenter.region)
    per_usd(currency, 2025)  # unknown currency: a clear error naming the field
    sites = []
    for s in site_factors(scenario):
        if econ.electricity_price_per_kwh is not None:
            sites.append(
                SitePrice(s["region"], s["load_share"], s["pue"], econ.electricity_price_per_kwh, "scenario")
            )
            continue
        pub, basis = published_price(s["region"])
        if pub is None:
            sites.append(SitePrice(s["region"], s["load_share"], s["pue"], None, "missing"))
            continue
        value, rate_year = convert(pub.price_per_kwh, pub.currency, currency, pub.year)
        note = (
            f"{pub.price_per_kwh:g} {pub.currency}/kWh ({pub.year_text}, {pub.customer_class}) converted at "
            f"the {rate_year} annual average rate"
            if pub.currency != currency
            else ""
        )
        sites.append(SitePrice(s["region"], s["load_share"], s["pue"], value, basis, pub, rate_year, note))
    missing = sorted({s.region for s in sites if s.price_per_kwh is None})
    premium = econ.renewable_premium_per_kwh * scenario.datacenter.renewable_share
    if missing:
        return Pricing(currency, None, sites, premium, missing)
    weight = math.fsum(s.load_share * s.pue for s in sites)
    base = math.fsum(s.load_share * s.pue * (s.price_per_kwh or 0.0) for s in sites) / weight
    # the clean share pays its premium on top of the grid price (economics.renewable_premium_per_kwh)
    return Pricing(currency, base + premium, sites, premium, [])


# ----- cost outputs ---------------------------------------------------------------------------------------


def cost_outputs(results: Mapping[str, Any], price: Pricing, scenario: Scenario) -> dict[str, Any]:
    """Cost of each headline energy at the scenario's price; works on scalars and Monte Carlo arrays.

    Every cost is energy x price (facility energy, so PUE's overhead is paid for). Per million output
    tokens: energy per query / output tokens per query x 10^6, the unit API price lists use.
    """
    p = price.price_per_kwh
    if p is None:
        return {}
    out_tokens = scenario.inference.output_tokens
    query_kwh = np.asarray(results["inference.energy_per_query_wh"], dtype=float) / 1000.0
    day_kwh = np.asarray(results["inference.energy_per_day_kwh"], dtype=float)
    train_cost = np.asarray(results["training.energy_kwh"], dtype=float) * p
    out: dict[str, Any] = {
        "training_energy": train_cost,
        "lifecycle_energy": np.asarray(results["lifecycle.energy_kwh"], dtype=float) * p,
        "energy_per_query": query_kwh * p,
        "energy_per_million_output_tokens": query_kwh / out_tokens * 1e6 * p,
        "serving_energy_per_day": day_kwh * p,
        "serving_energy_per_year": day_kwh * DAYS_PER_YEAR * p,
    }
    hour_price = scenario.economics.accelerator_hour_price
    if hour_price is not None:
        compute = np.asarray(results["training.accelerator_hours"], dtype=float) * hour_price
        total = train_cost + compute
        out["training_compute"] = compute
        # the electricity's share of what the final training run costs (energy + accelerator-hours)
        with np.errstate(invalid="ignore", divide="ignore"):
            out["energy_share"] = np.where(total > 0, train_cost / np.where(total > 0, total, 1.0), 0.0)
    return {k: (float(v) if np.ndim(v) == 0 else v) for k, v in out.items()}


def cost_ranges(scenario: Scenario, price: Pricing | None = None) -> dict[str, dict[str, float]]:
    """p5/p50/p95 of each cost over the same seeded Monte Carlo draws as the energy ranges.

    The price is not sampled (it is a published figure, stated with its year); the spread comes from the
    energy. The draws are those of :func:`core.uncertainty.monte_carlo` with the scenario's seed.
    """
    from core.estimator import compute, resolve
    from core.uncertainty import sample_inputs, summarise

    price = price or pricing(scenario)
    if price.price_per_kwh is None:
        return {}
    u = scenario.uncertainty
    samples = compute(sample_inputs(resolve(scenario), u.samples, u.seed), savings=False)
    costs = cost_outputs(samples, price, scenario)
    return summarise(costs, tuple(costs))


def cost_json(scenario: Scenario, results: Mapping[str, Any], ranges: bool = True) -> dict[str, Any]:
    """The ``cost`` section of the estimate JSON: currency, price and its basis, costs, their ranges."""
    price = pricing(scenario)
    costs = cost_outputs(results, price, scenario)
    out: dict[str, Any] = {
        "currency": price.currency,
        "price_per_kwh": price.price_per_kwh,
        "renewable_premium_per_kwh": price.premium_per_kwh,
        "available": price.price_per_kwh is not None,
        "note": price.note,
        "sites": [
            {
                "region": s.region,
                "load_share": s.load_share,
                "price_per_kwh": s.price_per_kwh,
                "basis": s.basis,
                "published": None
                if s.published is None
                else {
                    "code": s.published.code,
                    "price_per_kwh": s.published.price_per_kwh,
                    "currency": s.published.currency,
                    "year": s.published.year_text,
                    "customer_class": s.published.customer_class,
                    "taxes": s.published.taxes,
                    "source": s.published.source,
                    "licence": s.published.licence,
                },
                "exchange_rate_year": s.rate_year,
                "note": s.note,
            }
            for s in price.sites
        ],
    }
    for k in COST_KEYS + (COMPUTE_KEYS if scenario.economics.accelerator_hour_price is not None else ()):
        out[k] = costs.get(k)  # None when the region has no price: never a silent zero
    if ranges and costs:
        out["uncertainty"] = cost_ranges(scenario, price)
    return out


#: Each cost and the headline energy whose Monte Carlo range it scales (``core.uncertainty.HEADLINE``), with
#: the factor from that energy to the cost's kWh (per query: Wh -> kWh; per day: the deployment's days).
_RANGED_BY = {
    "training_energy": ("training.energy_kwh", lambda s: 1.0),
    "lifecycle_energy": ("lifecycle.energy_kwh", lambda s: 1.0),
    "energy_per_query": ("inference.energy_per_query_wh", lambda s: 1e-3),
    "energy_per_million_output_tokens": (
        "inference.energy_per_query_wh",
        lambda s: 1e-3 / s.inference.output_tokens * 1e6,
    ),
    "serving_energy_per_day": ("inference.energy_kwh", lambda s: 1.0 / s.inference.deployment_days),
    "serving_energy_per_year": (
        "inference.energy_kwh",
        lambda s: DAYS_PER_YEAR / s.inference.deployment_days,
    ),
    "training_compute": ("training.accelerator_hours", None),
}


def frame_costs(
    scenario: Scenario,
    results: Mapping[str, Any],
    ranges: Mapping[str, Mapping[str, float]],
    currency: str | None = None,
) -> dict[str, Any]:
    """Costs for one window frame with their p5/p95, without a Monte Carlo of their own.

    The price is not sampled, so each cost's percentiles are its energy's percentiles times the price
    (a positive constant factor keeps the order of the samples): exact, and free on a slider frame.
    """
    price = pricing(scenario, currency)
    costs = cost_outputs(results, price, scenario)
    out: dict[str, Any] = {"pricing": price, "values": costs, "ranges": {}}
    for key in costs:
        energy_key, factor = _RANGED_BY.get(key, (None, None))
        if energy_key is None or energy_key not in ranges:
            continue
        scale = (
            factor(scenario) * price.price_per_kwh
            if factor is not None
            else scenario.economics.accelerator_hour_price
        )
        out["ranges"][key] = {q: v * scale for q, v in ranges[energy_key].items()}
    return out


def location_costs(
    scenario: Scenario, results: Mapping[str, Any], codes: list[str], currency: str | None = None
) -> dict[str, Any]:
    """The same work's lifecycle electricity cost on other grids' prices (same hardware and PUE).

    The energy does not depend on the grid, so each bar is the lifecycle energy times that region's
    published price in the scenario's currency; a region without a price gets None, never zero.
    """
    cur = pricing(scenario, currency).currency
    kwh = float(results["lifecycle.energy_kwh"])
    prices: list[float | None] = []
    for code in codes:
        pub, _basis = published_price(code)
        prices.append(None if pub is None else convert(pub.price_per_kwh, pub.currency, cur, pub.year)[0])
    return {
        "currency": cur,
        "codes": list(codes),
        "price_per_kwh": prices,
        "cost": [None if p is None else kwh * p for p in prices],
    }


# ----- scale: from one question to a country ---------------------------------------------------------

#: The references a year of serving is set against (ids of ``scale_references.csv``), in chart order.
CONTEXT_REFERENCES = (
    "plant_1gw_annual_output_100pct",
    "jp_datacentre_electricity_2024_woodmac",
    "world_datacentre_electricity_2024",
    "world_datacentre_electricity_2030_base",
    "jp_electricity_demand",
    "world_electricity_demand",
)

_TWH_PER = {"TWh": 1.0, "TWh/yr": 1.0, "kWh/household/yr": 1e-9, "kWh/customer/yr": 1e-9}


def annual_twh(results: Mapping[str, Any]) -> float:
    """A year of serving at the scenario's query rate: energy per day x 365, in TWh (1 TWh = 10^9 kWh)."""
    return float(results["inference.energy_per_day_kwh"]) * DAYS_PER_YEAR / 1e9


def references(results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each reference quantity with value, unit, year and source, and the scenario's share of it."""
    t = economic_tables()
    twh = annual_twh(results)
    out = []
    for rid in CONTEXT_REFERENCES:
        ref = t.references[rid]
        value_twh = ref.value * _TWH_PER[ref.unit]
        out.append(
            {
                "id": rid,
                "name": ref.name,
                "value": ref.value,
                "unit": ref.unit,
                "year": ref.year,
                "source": ref.source,
                "value_twh": value_twh,
                "share": twh / value_twh,
            }
        )
    for key in ("household_japan", "household_world"):
        eq = t.equivalents[key]
        value_twh = eq.per_unit * 1e-9
        out.append(
            {
                "id": key,
                "name": eq.unit,
                "value": eq.per_unit,
                "unit": eq.factor_unit,
                "year": eq.year,
                "source": eq.source,
                "value_twh": value_twh,
                "share": twh / value_twh,
            }
        )
    return out


def ladder(results: Mapping[str, Any], per_person_per_day: float = 10.0) -> list[dict[str, Any]]:
    """One question -> one person's year -> everyone in Japan -> everyone in the world, in kWh.

    ``per_person_per_day`` questions a day (stated with the result) at the scenario's energy per query;
    populations from ``scale_references.csv`` with their year and source.
    """
    t = economic_tables()
    q_kwh = float(results["inference.energy_per_query_wh"]) / 1000.0
    person_year = q_kwh * per_person_per_day * DAYS_PER_YEAR
    jp, world = t.references["jp_population_2023"], t.references["world_population_2025"]
    return [
        {"id": "one_question", "energy_kwh": q_kwh, "source": ""},
        {"id": "one_person_year", "energy_kwh": person_year, "source": ""},
        {
            "id": "everyone_japan_year",
            "energy_kwh": person_year * jp.value,
            "source": jp.source,
            "year": jp.year,
        },
        {
            "id": "everyone_world_year",
            "energy_kwh": person_year * world.value,
            "source": world.source,
            "year": world.year,
        },
    ]


def context_json(results: Mapping[str, Any], per_person_per_day: float = 10.0) -> dict[str, Any]:
    """The ``context`` section of the estimate JSON."""
    return {
        "annual_twh": annual_twh(results),
        "annual_twh_basis": "inference.energy_per_day_kwh x 365 at the scenario's queries per day",
        "references": references(results),
        "ladder_per_person_per_day": per_person_per_day,
        "ladder": ladder(results, per_person_per_day),
    }
