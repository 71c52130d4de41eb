"""What-if analysis on top of the estimator: sensitivity, sweeps, comparisons, equivalents, labels.

Every function here is pure and vectorised: many scenarios are resolved once each and evaluated in a
single :func:`core.estimator.compute` call.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.estimator import Results, compute, estimate, resolve
from core.scenario import Scenario, ScenarioError, field_range
from core.uncertainty import RANGES, varies

# ----- many scenarios at once ----------------------------------------------------------------------


def stack_inputs(inputs: list[dict[str, Any]]) -> dict[str, Any]:
    """Resolved inputs of several scenarios as one dict of columns (flags must agree)."""
    out = dict(inputs[0])
    for key, value in inputs[0].items():
        if value is None or isinstance(value, bool | str):
            if any(x[key] != value for x in inputs):
                raise ValueError(f"cannot stack scenarios that differ in '{key}' being given")
            continue
        out[key] = np.array([float(x[key]) for x in inputs])
    return out


def evaluate_many(scenarios: list[Scenario]) -> Results:
    """Results of many scenarios in one vectorised call; grouped when measured-value flags differ."""
    xs = [resolve(s) for s in scenarios]
    flags = [
        tuple(x[k] is None for k in ("train_hours_given", "train_power_given_w", "inf_count_given"))
        for x in xs
    ]
    if len(set(flags)) == 1:
        return compute(stack_inputs(xs))
    # rare: some scenarios give measured values and others do not; evaluate each group, then interleave
    out: dict[str, np.ndarray] = {}
    for f in set(flags):
        idx = [i for i, g in enumerate(flags) if g == f]
        r = compute(stack_inputs([xs[i] for i in idx]))
        for k, v in r.items():
            out.setdefault(k, np.zeros(len(xs)))[idx] = v
    return out


# ----- sensitivity (tornado) ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    field: str  # scenario path a person adjusts (core.labels names it in words)
    low_value: float  # result with the input at its low bound
    high_value: float  # result with the input at its high bound
    basis: str
    #: for a decision lever (:func:`levers`): what the lever was set to at each end, in words ("32", "Sweden")
    low_setting: str = ""
    high_setting: str = ""

    @property
    def swing(self) -> float:
        return abs(self.high_value - self.low_value)


def tornado(scenario: Scenario, output: str = "lifecycle.co2e_kg") -> tuple[float, list[Bar]]:
    """One-at-a-time sensitivity: each uncertain input at its low and high bound, others central.

    Bounds are the uncertainty ranges of :mod:`core.uncertainty`. Returns the central result and the
    bars sorted by swing, largest first. All 2 x K variants are evaluated in one vectorised call.
    """
    x = resolve(scenario)
    applicable = [rg for rg in RANGES if varies(rg, x)]  # measurements are held fixed, as in the ranges
    n = 2 * len(applicable)
    cols = {k: v for k, v in x.items()}
    varied = {}
    for i, rg in enumerate(applicable):
        key = "pue" if rg.key == "pue_overhead" else rg.key
        col = varied.setdefault(key, np.full(n, float(x[key])))
        for j, factor in enumerate((rg.low, rg.high)):
            if rg.key == "pue_overhead":
                col[2 * i + j] = 1.0 + np.clip((x["pue"] - 1.0) * factor, *rg.clip)
            else:
                col[2 * i + j] = np.clip(x[key] * factor, *rg.clip)
    cols.update(varied)
    r = np.broadcast_to(np.asarray(compute(cols)[output], dtype=float), (n,))
    central = float(compute(x)[output])
    bars = [Bar(rg.label, float(r[2 * i]), float(r[2 * i + 1]), rg.basis) for i, rg in enumerate(applicable)]
    # merge the two embodied accelerator ranges (training and serving hardware share one input)
    merged: dict[str, Bar] = {}
    for b in bars:
        if b.field in merged:
            m = merged[b.field]
            merged[b.field] = Bar(
                b.field, m.low_value + b.low_value - central, m.high_value + b.high_value - central, m.basis
            )
        else:
            merged[b.field] = b
    return central, sorted(merged.values(), key=lambda b: b.swing, reverse=True)


# ----- decision levers ------------------------------------------------------------------------------------

#: A number lever is halved and doubled (within its field's range): the "what if we ran twice as many
#: queries, or a model twice the size?" an analyst asks first.
LEVER_FACTOR = 2.0
#: The levers a person decides, as opposed to the uncertain inputs of :func:`tornado`. "chip" moves the training
#: and serving chips together (core.labels names it); a region lever tries every grid of the location chart.
NUMBER_LEVERS = ("model.parameters", "inference.queries_per_day", "inference.batch_size")
CHIP_LEVER = "chip"
REGION_LEVER = "datacenter.region"
LEVERS = (*NUMBER_LEVERS, REGION_LEVER, CHIP_LEVER)


def lever_variants(scenario: Scenario) -> list[tuple[str, str, str, Scenario]]:
    """Every variant the lever ranking evaluates: ``(lever, end, setting words, scenario)`` where ``end`` is
    "low"/"high" for a number lever (halved/doubled) and "choice" for a region or chip. A variant the
    estimator refuses (weights that no longer fit a given chip count, a batch beyond its range) is left out."""
    from core.catalog import catalog
    from core.compare import COMPARISON_GRIDS, comparable_accelerators
    from core.labels import value_text

    out: list[tuple[str, str, str, Scenario]] = []

    def add(lever: str, end: str, setting: str, values: dict[str, Any]) -> None:
        try:
            candidate = scenario.with_values(values)
            resolve(candidate)
        except ScenarioError:
            return
        out.append((lever, end, setting, candidate))

    for path in NUMBER_LEVERS:
        current = scenario.get(path)
        lo, hi, _ = field_range(path)
        integer = isinstance(current, int) and not isinstance(current, bool)
        for end, factor in (("low", 1.0 / LEVER_FACTOR), ("high", LEVER_FACTOR)):
            v = float(current) * factor
            v = min(max(v, lo if lo is not None else v), hi if hi is not None else v)
            value: Any = round(v) if integer else v
            if value == current:
                continue
            add(path, end, value_text(path, value, scenario), {path: value})
    if not scenario.datacenter.sites:  # sites carry their own grids: the region does not apply
        codes = list(dict.fromkeys([*COMPARISON_GRIDS, scenario.datacenter.region]))
        cat = catalog()
        for code in codes:
            if code in cat.regions or code in scenario.custom.regions:
                add(REGION_LEVER, "choice", value_text(REGION_LEVER, code, scenario), {REGION_LEVER: code})
    chips = list(
        dict.fromkeys(
            [*comparable_accelerators(), scenario.training.accelerator, scenario.inference.accelerator]
        )
    )
    for aid in chips:
        add(
            CHIP_LEVER,
            "choice",
            value_text("inference.accelerator", aid, scenario),
            {"training.accelerator": aid, "inference.accelerator": aid},
        )
    return out


def output_values(scenarios: list[Scenario], output: str, currency: str | None = None) -> np.ndarray:
    """``output`` of each scenario in one vectorised call. ``cost.lifecycle_energy`` is lifetime energy x
    each scenario's own electricity price in ``currency`` (a region lever changes the price too); NaN where a
    region has no published price."""
    if output == "cost.lifecycle_energy":
        from core.economics import pricing

        energy = np.broadcast_to(
            np.asarray(evaluate_many(scenarios)["lifecycle.energy_kwh"], dtype=float), (len(scenarios),)
        )
        # one currency for all: the first scenario's (a move to Japan must not switch to yen)
        currency = pricing(scenarios[0], currency).currency
        prices = []
        for s in scenarios:
            same = (
                s
                if s.economics.currency in (None, currency)
                else s.with_values({"economics.currency": currency})
            )
            k = pricing(same, currency).price_per_kwh
            prices.append(math.nan if k is None else k)
        return energy * np.asarray(prices)
    return np.broadcast_to(
        np.asarray(evaluate_many(scenarios)[output], dtype=float), (len(scenarios),)
    ).copy()


def levers(
    scenario: Scenario, output: str = "lifecycle.co2e_kg", currency: str | None = None
) -> tuple[float, list[Bar]]:
    """The decision levers ranked by how far they move ``output``: parameters, queries per day and batch size
    halved and doubled; the grid region and the chip (training and serving together) at the choice giving the
    least and the most. Returns the central result and the bars, largest swing first; a bar's
    ``low_setting`` / ``high_setting`` say what the lever was set to, without the unit ("32", "Sweden";
    :func:`core.labels.with_unit` adds it)."""
    variants = lever_variants(scenario)
    values = output_values([scenario, *(v[3] for v in variants)], output, currency)
    central = float(values[0])
    bars = []
    for lever in LEVERS:
        rows = [
            (end, text, float(val))
            for (lv, end, text, _s), val in zip(variants, values[1:], strict=True)
            if lv == lever
        ]
        rows = [r for r in rows if math.isfinite(r[2])]
        if not rows:
            continue
        if lever in NUMBER_LEVERS:
            ends = {end: (text, val) for end, text, val in rows}
            low = ends.get("low", (value_text_of(scenario, lever), central))
            high = ends.get("high", (value_text_of(scenario, lever), central))
        else:
            lowest = min(rows, key=lambda r: r[2])
            highest = max(rows, key=lambda r: r[2])
            low, high = (lowest[1], lowest[2]), (highest[1], highest[2])
        bars.append(
            Bar(
                lever,
                low[1],
                high[1],
                "halved and doubled"
                if lever in NUMBER_LEVERS
                else "the choices giving the least and the most",
                low[0],
                high[0],
            )
        )
    return central, sorted(bars, key=lambda b: b.swing, reverse=True)


def value_text_of(scenario: Scenario, path: str) -> str:
    from core.labels import value_text

    return value_text(path, scenario.get(path), scenario)


# ----- sweeps -----------------------------------------------------------------------------------------------


def sweep_values(scenario: Scenario, path: str, points: int = 60) -> np.ndarray:
    """Values of one input over its range: log-spaced when it spans more than two decades."""
    lo, hi, _ = field_range(path)
    if lo is None or hi is None:
        raise ScenarioError(f"{path} has no range to sweep")
    current = scenario.get(path)
    lo = max(lo, 1e-9 if lo == 0 else lo)
    if path == "datacenter.pue":
        hi = min(hi, 2.5)
    if hi / lo > 100:
        # stay within four decades around the current value so the curve shows something readable
        c = float(current) if current else math.sqrt(lo * hi)
        lo, hi = max(lo, c / 1e2), min(hi, c * 1e2)
        values = np.geomspace(lo, hi, points)
    else:
        values = np.linspace(lo, hi, points)
    info_int = isinstance(current, int) and not isinstance(current, bool)
    return np.unique(np.round(values)) if info_int else values


def sweep(scenario: Scenario, path: str, output: str, points: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """``output`` against ``path`` over its range, the others held at the scenario's values.

    Values the estimator refuses with the others held (a prompt longer than the model's context, weights that
    no longer fit a given accelerator count) are left out of the curve.
    """
    xs = sweep_values(scenario, path, points)
    scenarios, kept = [], []
    for v in xs:
        value: Any = int(v) if isinstance(scenario.get(path), int) else float(v)
        try:
            candidate = scenario.with_values({path: value})
            resolve(candidate)
        except ScenarioError:
            continue
        scenarios.append(candidate)
        kept.append(v)
    if not scenarios:
        raise ScenarioError(f"no value of {path} in its range gives an estimate with the other inputs held")
    xs = np.asarray(kept, dtype=float)
    r = evaluate_many(scenarios)
    return xs, np.broadcast_to(np.asarray(r[output], dtype=float), xs.shape).copy()


# ----- comparison ----------------------------------------------------------------------------------------

COMPARED = (
    ("lifecycle.energy_kwh", "energy"),
    ("lifecycle.co2e_kg", "CO2e"),
    ("lifecycle.water_l", "water"),
    ("training.energy_kwh", "training energy"),
    ("inference.energy_per_query_wh", "energy per query"),
    ("inference.co2e_per_query_g", "CO2e per query"),
)


def ratio_words(a: float, b: float, what: str) -> str:
    """``"B uses 3.4x less energy than A"``; within 5 % reads as about the same."""
    if a <= 0 or b <= 0:
        return f"B and A cannot be compared on {what} (one is zero)"
    r = b / a
    if abs(r - 1.0) < 0.05:
        return f"B uses about the same {what} as A"
    if r > 1:
        return f"B uses {r:.2g}x more {what} than A"
    return f"B uses {1 / r:.2g}x less {what} than A"


def compare(a: Scenario, b: Scenario) -> list[dict[str, Any]]:
    ra, rb = estimate(a), estimate(b)
    return [
        {
            "output": path,
            "a": ra[path],
            "b": rb[path],
            "ratio": rb[path] / ra[path] if ra[path] else math.inf,
            "words": ratio_words(ra[path], rb[path], what),
        }
        for path, what in COMPARED
    ]


# ----- equivalents ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Equivalent:
    key: str
    quantity: str  # "energy_kwh" or "co2e_kg"
    per_unit: float  # kWh or kg per one unit
    unit: str
    source: str
    year: str = ""
    source_ja: str = ""
    factor_unit: str = ""


def _equivalents() -> tuple[Equivalent, ...]:
    """The everyday factors of ``resources/data/equivalents.csv`` (each with its source and year; the
    estimator review of 2026-12, section 4, replaced outdated and mis-cited ones)."""
    from core.catalog import economic_tables

    return tuple(
        Equivalent(e.key, e.quantity, e.per_unit, e.unit, e.source, e.year, e.source_ja, e.factor_unit)
        for e in economic_tables().equivalents.values()
    )


def __getattr__(name: str) -> Any:
    # ``EQUIVALENTS`` is read from the resource table on first use, not at import: a damaged table is
    # reported by the start-up check, not as an import error
    if name == "EQUIVALENTS":
        return _equivalents()
    raise AttributeError(name)


def equivalents(energy_kwh: float, co2e_kg: float) -> list[dict[str, Any]]:
    """Each equivalent's count for the given energy and CO2e, with its factor, source and year."""
    out = []
    for e in _equivalents():
        amount = energy_kwh if e.quantity == "energy_kwh" else co2e_kg
        out.append(
            {
                "key": e.key,
                "count": amount / e.per_unit,
                "unit": e.unit,
                "factor": e.per_unit,
                "factor_unit": "kWh" if e.quantity == "energy_kwh" else "kgCO2e",
                "year": e.year,
                "source": e.source,
                "source_ja": e.source_ja,
            }
        )
    return out


# ----- a model shape that contradicts its parameter count ------------------------------------------------

#: Published shapes hold embeddings, gated feed-forward blocks and grouped attention that 12 x layers x hidden^2
#: leaves out: Llama 3.2 1B gives 0.65x its count, Llama 3.1 8B 0.80x, GPT-3 and BLOOM about 1.0x. Beyond a
#: factor of 2 either way the shape and the count describe different models.
SHAPE_TOLERANCE = 2.0


def shape_parameters(n_layers: float, d_model: float) -> float:
    """Non-embedding parameters of a transformer of this shape: 12 x layers x hidden^2 (Kaplan et al. 2020,
    eq. 2.1: 4 d^2 for attention and 8 d^2 for a 4x-wide feed-forward block per layer)."""
    return 12.0 * float(n_layers) * float(d_model) ** 2


def shape_disagreement(scenario: Scenario) -> tuple[float, float] | None:
    """``(parameters the shape implies, parameters given)`` when a given layer count or hidden size contradicts
    the (active) parameter count by more than :data:`SHAPE_TOLERANCE`; None when they agree or are derived."""
    from core.estimator import model_shape

    m = scenario.model
    if m.n_layers is None and m.d_model is None:
        return None  # both derived from the count: consistent by construction
    shape = model_shape(scenario)
    implied = shape_parameters(shape["n_layers"], shape["d_model"])
    given = m.active_parameters if m.active_parameters is not None else m.parameters
    ratio = implied / given
    if 1.0 / SHAPE_TOLERANCE <= ratio <= SHAPE_TOLERANCE:
        return None
    return implied, given


# ----- a personal scale -------------------------------------------------------------------------------------

#: "your 20 questions a day": a person who uses a chat assistant through the day (UX review 2026-12, P2-5),
#: stated with the number wherever it is shown; a year is 365 days
PERSONAL_QUESTIONS_PER_DAY = 20
DAYS_PER_YEAR = 365


def personal_year(
    results: Results, questions_per_day: float = PERSONAL_QUESTIONS_PER_DAY, days: float = DAYS_PER_YEAR
) -> dict[str, float]:
    """One person's questions for a year: energy per query x questions a day x days (facility energy, the
    headline's per-query boundary), with the CO2e and water of the same questions."""
    n = questions_per_day * days
    return {
        "questions": n,
        "energy_kwh": float(results["inference.energy_per_query_wh"]) * n / 1000.0,
        "co2e_kg": float(results["inference.co2e_per_query_g"]) * n / 1000.0,
        "water_l": float(results["inference.water_per_query_ml"]) * n / 1000.0,
    }


def everyday(amount: float, key: str) -> dict[str, Any]:
    """``amount`` (kWh or kg CO2e, as the equivalent counts) as a count of one everyday equivalent of
    ``resources/data/equivalents.csv``, with its unit words, factor, source and year."""
    for e in _equivalents():
        if e.key == key:
            return {
                "key": key,
                "count": amount / e.per_unit,
                "unit": e.unit,
                "factor": e.per_unit,
                "source": e.source,
                "source_ja": e.source_ja,
                "year": e.year,
            }
    raise KeyError(f"no everyday equivalent '{key}' in equivalents.csv")


SCALES = ("per_query", "per_day", "deployment", "population")


def scaled(
    results: Results, scale: str, people: float = 1e6, per_person_per_day: float = 10.0
) -> dict[str, Any]:
    """Energy and CO2e at a stated scale; the label says what was multiplied by what."""
    q_kwh = results["inference.energy_per_query_wh"] / 1000.0
    q_kg = results["inference.co2e_per_query_g"] / 1000.0
    if scale == "per_query":
        return {"energy_kwh": q_kwh, "co2e_kg": q_kg, "label": "per query"}
    if scale == "per_day":
        day_kwh = results["inference.energy_per_day_kwh"]
        kg_per_kwh = q_kg / q_kwh if q_kwh else 0.0
        return {"energy_kwh": day_kwh, "co2e_kg": day_kwh * kg_per_kwh, "label": "per day of serving"}
    if scale == "deployment":
        return {
            "energy_kwh": results["lifecycle.energy_kwh"],
            "co2e_kg": results["lifecycle.co2e_kg"],
            "label": "over the whole life: training, serving and hardware",
        }
    if scale == "population":
        n = people * per_person_per_day
        return {
            "energy_kwh": q_kwh * n,
            "co2e_kg": q_kg * n,
            "label": f"per day if {people:,.0f} people asked {per_person_per_day:g} times a day",
        }
    raise ValueError(f"unknown scale '{scale}'; choose one of {', '.join(SCALES)}")


# ----- energy label ----------------------------------------------------------------------------------------

#: Upper bounds of energy per query [Wh] for classes A-F; above the last is G. Half-decade steps
#: (x3.16) anchored on published figures: small open models measured at 0.01-0.05 Wh (ML.ENERGY v3),
#: Google's median Gemini prompt 0.24 Wh (Elsworth et al. 2025) is a C, Epoch AI's 0.3 Wh GPT-4o a C,
#: de Vries' 2.9 Wh ChatGPT request (2023) an E; long reasoning answers reach 10-40 Wh (F-G).
LABEL_BOUNDS_WH = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
LABEL_BASIS = (
    "Energy per query at facility level, in half-decade classes: A up to 0.03 Wh, B 0.1, C 0.3, D 1, E 3, "
    "F 10, G above. Anchors: Google's median Gemini prompt 0.24 Wh (C), de Vries' 2.9 Wh ChatGPT estimate (E)."
)


def energy_label(wh_per_query: float) -> str:
    for letter, bound in zip("ABCDEF", LABEL_BOUNDS_WH, strict=True):
        if wh_per_query <= bound:
            return letter
    return "G"


#: Monte Carlo samples at each point of a sweep's p5-p95 band
BAND_SAMPLES = 200


def sweep_band(
    scenario: Any, path: str, output: str, xs: np.ndarray, samples: int = BAND_SAMPLES
) -> np.ndarray:
    """p5 and p95 of ``output`` at each sweep value: seeded Monte Carlo, all points in one core call.

    Returns an array of shape (2, len(xs)). The same seed at every point keeps the band smooth.
    """
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
