"""What the charts compare: breakdowns, lifetime curves, other grids and other hardware.

Pure helpers over :func:`core.estimator.resolve` / :func:`core.estimator.compute`: the window draws what
these return and never does the arithmetic itself. Alternatives (other grids, other accelerators) go through
``compute`` as numpy arrays in one vectorised call, so a chart of 20 accelerators costs about as much as
one or two scalar estimates. No Qt here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from core.catalog import Catalog, catalog
from core.economics import context_json, frame_costs, location_costs
from core.estimator import Inputs, Results, compute, resolve, sites_breakdown
from core.scenario import Scenario, ScenarioError
from core.uncertainty import HEADLINE, needs_savings, sample_inputs, summarise

#: Grids the location chart always shows (ISO 3166 codes of grid_intensity.csv, plus the world average).
COMPARISON_GRIDS = ("FR", "SE", "US", "JP", "DE", "CN", "IN", "WORLD")

#: Resolved inputs that depend on the accelerator choice (see :func:`core.estimator.resolve`).
ACCELERATOR_KEYS = (
    "train_peak_flops",
    "train_tdp_w",
    "train_acc_kg",
    "inf_peak_flops",
    "inf_peak_bf16_flops",
    "inf_bandwidth_bps",
    "inf_memory_bytes",
    "inf_tdp_w",
    "inf_acc_kg",
)


def breakdown(x: Inputs, r: Results) -> dict[str, float]:
    """Lifetime energy [kWh] and CO2e [kg] split into IT, facility overhead (PUE) and embodied.

    Training includes the development factor (experiments and failed runs) and any distillation run, as
    ``lifecycle.*`` does; operational CO2e is location-based (grid average). The parts add up exactly to
    ``lifecycle.energy_kwh`` and ``lifecycle.co2e_kg``.
    """
    dev, pue, grid = r["lifecycle.development_factor"], x["pue"], x["grid_g_per_kwh"]
    distil = r["optimisation.distillation_energy_kwh"]
    train_total = r["lifecycle.training_energy_kwh"] + distil
    train_it = r["training.it_energy_kwh"] * dev + distil / pue
    serve_total = r["inference.energy_kwh"]
    serve_it = r["inference.it_energy_kwh"]
    kg = grid / 1000.0
    return {
        "training.it_kwh": train_it,
        "training.overhead_kwh": train_total - train_it,
        "serving.it_kwh": serve_it,
        "serving.overhead_kwh": serve_total - serve_it,
        "training.it_co2e_kg": train_it * kg,
        "training.overhead_co2e_kg": (train_total - train_it) * kg,
        "serving.it_co2e_kg": serve_it * kg,
        "serving.overhead_co2e_kg": (serve_total - serve_it) * kg,
        "training.embodied_co2e_kg": r["training.embodied_co2e_kg"] * dev,
        "serving.embodied_co2e_kg": r["inference.embodied_co2e_kg"],
        "embodied_co2e_kg": r["lifecycle.embodied_co2e_kg"],
    }


def lifetime(x: Inputs, r: Results) -> dict[str, Any]:
    """Cumulative energy [kWh] and CO2e [kg] against deployment day, training as the opening step.

    Serving draws the same energy every day in this model, so each curve is a step at day 0 (training,
    experiments, distillation and training hardware's embodied share) followed by a straight line; the three
    points ``t = 0, 0, deployment_days`` describe it exactly.
    """
    days = x["deployment_days"]
    dev = r["lifecycle.development_factor"]
    distil = r["optimisation.distillation_energy_kwh"]
    e0 = r["lifecycle.training_energy_kwh"] + distil
    e_serve = r["inference.energy_kwh"]
    c0 = (
        r["training.co2e_kg"] * dev
        + r["optimisation.distillation_co2e_kg"]
        + r["training.embodied_co2e_kg"] * dev
    )
    c_serve = r["inference.co2e_kg"] + r["inference.embodied_co2e_kg"]
    t = np.array([0.0, 0.0, days])
    return {
        "days": t,
        "energy_kwh": np.array([0.0, e0, e0 + e_serve]),
        "training_energy_kwh": np.array([e0, e0, e0]),
        "serving_energy_kwh": np.array([0.0, 0.0, e_serve]),
        "co2e_kg": np.array([0.0, c0, c0 + c_serve]),
        "crossover_days": float(r["lifecycle.crossover_days"]),
        "deployment_days": float(days),
    }


def location_co2e(
    x: Inputs,
    codes: tuple[str, ...] | list[str],
    scenario: Scenario | None = None,
    cat: Catalog | None = None,
) -> dict[str, Any]:
    """The same workload's lifetime CO2e [kg] if every kWh came from each grid in ``codes``.

    Location-based: the grid average replaces the scenario's (load-weighted) grid; PUE, hardware and
    embodied emissions stay as they are. Unknown codes raise :class:`ScenarioError`.
    """
    cat = cat or catalog()
    custom = scenario.custom if scenario is not None else None
    grids = []
    names = []
    for code in codes:
        try:
            region = cat.region(code, custom)
        except KeyError as err:
            raise ScenarioError(str(err.args[0])) from None
        grids.append(region.gco2e_per_kwh)
        names.append(region.name)
    xa = dict(x)
    xa["grid_g_per_kwh"] = np.asarray(grids, dtype=float)
    r = compute(xa, savings=False)  # the comparison shows no savings
    return {
        "codes": list(codes),
        "names": names,
        "grid_g_per_kwh": np.asarray(grids, dtype=float),
        "co2e_kg": np.broadcast_to(np.asarray(r["lifecycle.co2e_kg"], dtype=float), (len(codes),)).copy(),
    }


def comparable_accelerators(cat: Catalog | None = None) -> list[str]:
    """Catalog accelerators with every figure an estimate needs (peak bf16, TDP, memory, bandwidth)."""
    return list((cat or catalog()).comparable_ids)


@lru_cache(maxsize=512)
def _accelerator_inputs(aid: str, precision: str, weight_bits: int, emb_override: float | None) -> tuple:
    """The accelerator-dependent resolved inputs, through :func:`resolve` itself (cached per choice)."""
    s = Scenario().with_values(
        {
            "training.accelerator": aid,
            "training.precision": precision,
            "inference.accelerator": aid,
            "inference.weight_bits": weight_bits,
            "embodied.accelerator_kgco2e": emb_override,
        }
    )
    x = resolve(s)
    return tuple(float(x[k]) for k in ACCELERATOR_KEYS)


@lru_cache(maxsize=64)
def _catalog_columns(ids: tuple[str, ...], precision: str, weight_bits: int, emb: float | None) -> np.ndarray:
    """The catalog chips' accelerator-dependent inputs, one row per key (cached per choice)."""
    cols = _columns([_accelerator_inputs(aid, precision, weight_bits, emb) for aid in ids])
    cols.flags.writeable = False
    return cols


def _columns(rows: list[tuple]) -> np.ndarray:
    """Per-chip input rows as one array per key (ACCELERATOR_KEYS order)."""
    return np.asarray(rows, dtype=float).reshape(len(rows), len(ACCELERATOR_KEYS)).T


def _user_accelerator_inputs(scenario: Scenario, aid: str) -> tuple:
    """As :func:`_accelerator_inputs`, for a user-defined chip saved in the scenario (not cached)."""
    s = Scenario().with_values(
        {
            "custom": scenario.custom.model_dump(mode="python"),
            "training.accelerator": aid,
            "training.precision": scenario.training.precision,
            "inference.accelerator": aid,
            "inference.weight_bits": scenario.inference.weight_bits,
            "embodied.accelerator_kgco2e": scenario.embodied.accelerator_kgco2e,
        }
    )
    x = resolve(s)
    return tuple(float(x[k]) for k in ACCELERATOR_KEYS)


def hardware_energy(scenario: Scenario, x: Inputs, ids: list[str] | None = None) -> dict[str, Any]:
    """Lifetime energy [kWh] of the current workload trained and served on each accelerator in ``ids``.

    Everything else stays as in the scenario. Training time is modelled from each chip's peak FLOP/s and
    the scenario's utilisation, and power from its TDP, so measured accelerator-hours or power (which
    belong to one chip) are set aside for this comparison; ``measured_set_aside`` says when that happened.
    """
    custom = scenario.custom.accelerators
    if ids is None:
        # the catalog's chips, then the user's own that have every figure an estimate needs
        ids = comparable_accelerators() + [
            aid for aid in custom if not catalog().accelerator(aid, scenario.custom).missing_for_inference()
        ]
    choice = (
        scenario.training.precision,
        scenario.inference.weight_bits,
        scenario.embodied.accelerator_kgco2e,
    )
    if any(aid in custom for aid in ids):
        cols = _columns(
            [
                _user_accelerator_inputs(scenario, aid)
                if aid in custom
                else _accelerator_inputs(aid, *choice)
                for aid in ids
            ]
        )
    else:
        cols = _catalog_columns(tuple(ids), *choice)
    xa = dict(x)
    for key, col in zip(ACCELERATOR_KEYS, cols, strict=True):
        xa[key] = col
    measured = x["train_hours_given"] is not None or x["train_power_given_w"] is not None
    xa["train_hours_given"] = None
    xa["train_power_given_w"] = None
    r = compute(xa, savings=False)  # the comparison shows no savings
    n = len(ids)
    training = np.broadcast_to(
        np.asarray(
            r["lifecycle.training_energy_kwh"] + r["optimisation.distillation_energy_kwh"], dtype=float
        ),
        (n,),
    ).copy()
    serving = np.broadcast_to(np.asarray(r["inference.energy_kwh"], dtype=float), (n,)).copy()
    return {
        "ids": list(ids),
        "training_kwh": training,
        "serving_kwh": serving,
        "total_kwh": training + serving,
        "measured_set_aside": measured,
    }


def scenario_from_preset(preset_id: str, cat: Catalog | None = None) -> Scenario:
    """The default scenario with a catalog preset's sections laid over it (what "reset to preset" gives)."""
    from core.scenario import parse_scenario

    cat = cat or catalog()
    if preset_id not in cat.presets:
        raise ScenarioError(f"unknown preset '{preset_id}'; choose one of: {', '.join(cat.presets)}")
    data = Scenario().model_dump(mode="python")
    for section, values in cat.presets[preset_id].scenario.items():
        if isinstance(values, dict) and isinstance(data.get(section), dict):
            data[section].update(values)
        else:
            data[section] = values
    data["preset"] = preset_id
    return parse_scenario(data)


# ----- the snapshot every view draws ---------------------------------------------------------------------

#: whether the headline ranges include what the optimisations save (they do not: the 16-bit and undistilled
#: passes are skipped on every frame of the window)
RANGES_NEED_SAVINGS = needs_savings(HEADLINE)


@dataclass(frozen=True)
class Snapshot:
    """Everything the views (window, report sheet, classroom) draw for one scenario."""

    scenario: Scenario
    inputs: dict[str, Any]
    results: dict[str, Any]
    ranges: dict[str, dict[str, float]]
    breakdown: dict[str, float]
    lifetime: dict[str, Any]
    location: dict[str, Any]
    hardware: dict[str, Any]
    sites: list[dict[str, Any]]
    compute_ms: float
    samples: int  # Monte Carlo samples behind ``ranges``
    #: computed while an input is being dragged (the charts then hold their axes still); False at rest
    interactive: bool = False
    #: electricity cost with ranges (``core.economics.frame_costs``), the location chart's costs, and the
    #: scale context (``core.economics.context_json``)
    cost: dict[str, Any] = field(default_factory=dict)
    location_cost: dict[str, Any] = field(default_factory=dict)
    context: dict[str, Any] = field(default_factory=dict)


def snapshot(
    scenario: Scenario,
    samples: int | None = None,
    inputs: Inputs | None = None,
    currency: str | None = None,
) -> Snapshot:
    """The estimate, its p5-p95 ranges (``samples`` Monte Carlo draws, default the scenario's own) and every
    chart's data for ``scenario``; ``inputs``: its resolved inputs when already at hand (they are reused);
    ``currency``: the costs' currency when the scenario leaves it open (None: the region's own)."""
    t0 = time.perf_counter()
    x = inputs if inputs is not None else resolve(scenario)
    r = compute(x)
    u = scenario.uncertainty
    n = u.samples if samples is None else samples
    ranges = summarise(compute(sample_inputs(x, n, u.seed), savings=RANGES_NEED_SAVINGS))
    grids = list(COMPARISON_GRIDS)
    current = scenario.datacenter.region
    if not scenario.datacenter.sites and current not in grids:
        grids.append(current)
    location = location_co2e(x, grids, scenario)
    if scenario.datacenter.grid_intensity_g_per_kwh is not None or scenario.datacenter.sites:
        # the scenario's own grid (override or site mix) is not one of the listed ones: show it too
        location["current_g_per_kwh"] = x["grid_g_per_kwh"]
        location["current_co2e_kg"] = r["lifecycle.co2e_kg"]
    return Snapshot(
        cost=frame_costs(scenario, r, ranges, currency),
        location_cost=location_costs(scenario, r, location["codes"], currency),
        context=context_json(r),
        scenario=scenario,
        inputs=x,
        results=r,
        ranges=ranges,
        breakdown=breakdown(x, r),
        lifetime=lifetime(x, r),
        location=location,
        hardware=hardware_energy(scenario, x),
        sites=sites_breakdown(scenario, r) if scenario.datacenter.sites else [],
        compute_ms=(time.perf_counter() - t0) * 1000.0,
        samples=n,
    )
