"""The baseline a scenario is read against: the change of each headline number, and the baseline's value of
each chart row, so the window can draw the baseline as ghost bars beside the current ones.

En-ROADS keeps a baseline on every graph so that each move of a slider reads as a change from a known
starting point (Climate Interactive, En-ROADS User Guide: "the baseline scenario is always shown"). Here the
baseline is a whole scenario (by default the preset or file the session started from); its results come from
the same estimator (:func:`core.compare.snapshot`), and every change is ``current / baseline - 1``
(:func:`core.units.relative_change`).

Pure Python: the window formats the words in the reader's language.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from core.units import relative_change

#: the headline cards and the result each one shows (``Snapshot.results`` keys); "cost" is the lifetime
#: electricity cost (``Snapshot.cost["values"]["lifecycle_energy"]``), compared only in the same currency
CARD_RESULTS: dict[str, str] = {
    "energy": "lifecycle.energy_kwh",
    "co2": "lifecycle.co2e_kg",
    "water": "lifecycle.water_l",
    "power": "inference.average_power_mw",
    "query": "inference.energy_per_query_wh",
}


def _cost(snap: Any) -> tuple[float | None, str | None]:
    cost = getattr(snap, "cost", None) or {}
    pricing = cost.get("pricing")
    if pricing is None or pricing.price_per_kwh is None:
        return None, None
    value = cost.get("values", {}).get("lifecycle_energy")
    return (float(value) if value is not None else None), pricing.currency


def card_changes(current: Any, baseline: Any) -> dict[str, float | None]:
    """For each headline card (:data:`CARD_RESULTS` and ``"cost"``), the relative change of its number from
    snapshot ``baseline`` to snapshot ``current`` (-0.31 for 31 % less); None where there is no number to
    compare (a zero baseline, no price, or costs in two different currencies)."""
    out: dict[str, float | None] = {}
    for card, key in CARD_RESULTS.items():
        out[card] = relative_change(float(baseline.results[key]), float(current.results[key]))
    now, cur_now = _cost(current)
    then, cur_then = _cost(baseline)
    same = now is not None and then is not None and cur_now == cur_then
    out["cost"] = relative_change(then, now) if same else None
    return out


def breakdown_totals(snap: Any, parts: Sequence[str]) -> list[float]:
    """The training and serving bars' totals of the breakdown chart: the sum of ``parts`` (keys of
    ``Snapshot.breakdown`` after "training." / "serving.")."""
    b = snap.breakdown
    return [math.fsum(float(b[f"{bar}.{part}"]) for part in parts) for bar in ("training", "serving")]


def matched_rows(codes: Sequence[str], base_codes: Sequence[str], base_values: Sequence[Any]) -> list[float]:
    """The baseline's value for each row ``codes`` of a chart, matched by row code; NaN for a row the
    baseline does not have (its own grid, or a chip added since) or has no value for."""
    by_code: Mapping[str, Any] = dict(zip(base_codes, base_values, strict=True))
    out = []
    for code in codes:
        value = by_code.get(code)
        out.append(float(value) if value is not None and math.isfinite(float(value)) else math.nan)
    return out


def location_rows(snap: Any) -> tuple[list[str], list[float]]:
    """The location chart's rows (codes, lifetime CO2e in kg) as the chart draws them: the comparison grids,
    then the scenario's own mix or grid value ("__current__") when it has one."""
    loc = snap.location
    codes, values = list(loc["codes"]), [float(v) for v in loc["co2e_kg"]]
    if "current_co2e_kg" in loc:
        codes.append("__current__")
        values.append(float(loc["current_co2e_kg"]))
    return codes, values


def hardware_rows(snap: Any) -> tuple[list[str], list[float]]:
    """The hardware chart's rows (accelerator ids, lifetime energy in kWh: training plus serving)."""
    hw = snap.hardware
    return list(hw["ids"]), [
        float(t) + float(s) for t, s in zip(hw["training_kwh"], hw["serving_kwh"], strict=True)
    ]


def same_scenario(a: Any, b: Any) -> bool:
    """True when scenarios ``a`` and ``b`` hold the same inputs (the name aside): nothing to show as a change."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    return a.model_dump(exclude={"name"}) == b.model_dump(exclude={"name"})


#: the headline outputs a report and the command line compare with a saved baseline: (key, result, unit);
#: "cost" is the lifetime electricity cost in the scenario's currency
REPORTED: tuple[tuple[str, str, str], ...] = (
    ("energy", "lifecycle.energy_kwh", "kWh"),
    ("co2", "lifecycle.co2e_kg", "kg"),
    ("water", "lifecycle.water_l", "L"),
    ("cost", "cost.lifecycle_energy", "currency"),
)


def lifetime_cost(
    scenario: Any, results: Mapping[str, Any], currency: str | None = None
) -> tuple[float | None, str]:
    """The lifetime electricity cost of ``results`` (facility energy x price, :mod:`core.economics`) and its
    currency: the scenario's own, else ``currency``, else its region's; None when no price is known."""
    from core.economics import cost_outputs, pricing

    price = pricing(scenario, currency)
    value = cost_outputs(results, price, scenario).get("lifecycle_energy")
    return (float(value) if value is not None else None), price.currency


def saved_baseline_changes(scenario: Any) -> dict[str, Any] | None:
    """What a report or ``main.py estimate`` says about the baseline kept in ``scenario`` (schema 6), or None
    when it keeps none: its name and, for each of :data:`REPORTED`, the baseline's value, the current value
    and the change ``now / baseline - 1`` (None where there is no number to compare, as on the cards). Both
    come from the same estimator; the baseline's cost is priced in the scenario's currency."""
    from core.estimator import estimate

    base = scenario.baseline
    if base is None:
        return None
    inputs = scenario.without_pins()
    now, then = estimate(inputs), estimate(base)
    cost_now, currency = lifetime_cost(inputs, now)
    cost_then, cur_then = lifetime_cost(base, then, currency)
    rows = []
    for key, result, unit in REPORTED:
        if key == "cost":
            same = cur_then == currency and cost_now is not None and cost_then is not None
            b, c, unit = (cost_then, cost_now, currency) if same else (None, None, currency)
        else:
            b, c = float(then[result]), float(now[result])
        change = relative_change(b, c) if b is not None and c is not None else None
        rows.append({"key": key, "result": result, "unit": unit, "baseline": b, "now": c, "change": change})
    return {"name": base.name, "same_inputs": same_scenario(base, inputs), "rows": rows}
