"""What a lesson step shows: the lever's own effect on the number the step is about.

A lesson step either starts afresh from a preset ("New starting point: Llama 3.1 70B", no percentage: the
jump from the previous lesson means nothing) or moves one lever. The effect of a lever is measured between
two scenarios that differ in that lever only (the step's other settings applied to both), on the result the
step talks about: facility energy for PUE, market-based CO2e for bought clean energy, energy per query for
quantization and distillation. The distillation step also reports its payback in days and queries, which
the estimator computes (``optimisation.distillation_payback_days`` / ``_queries``).

Pure Python: the window formats the numbers in the reader's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.estimator import estimate
from core.scenario import Scenario

#: the results a step may be about, and their name in the window (translated there, context "Lessons")
METRICS = {
    "training.energy_kwh": "training energy",
    "lifecycle.energy_kwh": "facility energy",
    "lifecycle.co2e_kg": "CO2e (location-based)",
    "lifecycle.co2e_market_kg": "market-based CO2e",
    "inference.energy_per_query_wh": "energy per query",
}


#: the classroom tile that shows each result a step may be about (classroom mode frames it and, for
#: market-based CO2e, shows that figure large): lifetime energy, CO2e, per query, or the sites' peak power
TILES = {
    "training.energy_kwh": "energy",
    "lifecycle.energy_kwh": "energy",
    "lifecycle.co2e_kg": "co2",
    "lifecycle.co2e_market_kg": "co2",
    "inference.energy_per_query_wh": "query",
}


def focus_tile(metric: str, lever: str | None = None) -> str:
    """The classroom tile a step is about: the sites' peak power when its lever is the sites (each site's
    grid must supply its own peak), else the tile of the step's result (:data:`TILES`)."""
    if lever == "datacenter.sites":
        return "sites"
    if metric not in TILES:
        raise ValueError(f"unknown lesson metric {metric!r}; one of {', '.join(TILES)}")
    return TILES[metric]


@dataclass(frozen=True)
class Effect:
    """A lever's effect: the step's result before and after, and the relative change (None if before is 0)."""

    metric: str
    before: float
    after: float
    payback_days: float | None = None
    payback_queries: float | None = None

    @property
    def change(self) -> float | None:
        if not (math.isfinite(self.before) and math.isfinite(self.after)) or self.before == 0:
            return None
        return self.after / self.before - 1.0


def lever_effect(before: Scenario, after: Scenario, metric: str) -> Effect:
    """The change of result ``metric`` from scenario ``before`` to ``after`` (which differ by one lever)."""
    if metric not in METRICS:
        raise ValueError(f"unknown lesson metric {metric!r}; one of {', '.join(METRICS)}")
    a, b = estimate(before), estimate(after)
    days = queries = None
    opt = after.optimisation
    if opt.distillation_student_fraction < 1.0 and opt.distillation_tokens > 0:
        days = float(b["optimisation.distillation_payback_days"])
        queries = float(b["optimisation.distillation_payback_queries"])
    return Effect(metric, float(a[metric]), float(b[metric]), days, queries)


def percent(change: float | None) -> str:
    """ "-31 %", "+4.2 %", "±0 %" (a typographic minus), or "–" when there is no change to give."""
    if change is None or not math.isfinite(change):
        return "–"
    if abs(change) < 0.0005:
        return "±0 %"
    text = f"{change * 100:+.{0 if abs(change) >= 0.1 else 1}f} %"
    return text.replace("-", "−")
