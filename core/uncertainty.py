"""Uncertainty: a seeded, vectorised Monte Carlo over the inputs nobody knows exactly.

Each uncertain input is multiplied by a factor drawn uniformly between a low and a high bound (table
``RANGES`` below, each with its basis). Inputs the user gave as measurements (accelerator-hours, power, a
typed grid intensity, a published PUE) are not varied; :func:`uncertainty_inputs` lists what is. All samples go through :func:`core.estimator.compute` in one vectorised call, so 2,000
samples cost about as much as a few dozen scalar estimates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from core.catalog import Catalog
from core.estimator import SAVINGS_OUTPUTS, Inputs, Results, compute, resolve
from core.scenario import Scenario

PERCENTILES = (5.0, 50.0, 95.0)


@dataclass(frozen=True)
class Range:
    key: str  # resolved-input key it multiplies
    low: float  # factor at the low end
    high: float  # factor at the high end
    clip: tuple[float, float]  # physical bounds after multiplying
    label: str  # scenario field a person would adjust
    basis: str


#: Multiplicative ranges of the uncertain inputs and where they come from.
RANGES: tuple[Range, ...] = (
    Range(
        "mfu",
        0.5,
        2.0,
        (0.01, 1.0),
        "training.mfu",
        "0.15-0.60 around 0.30: published MFU spans 0.14 (Llama 3.1 8B, card GPU-hours) and 0.20 (GPT-3 on "
        "V100, Patterson 2021) to PaLM 0.46 (Chowdhery 2022), LLaMA-13B 0.51 and the TPU v2 search 0.55 (Patterson 2021)",
    ),
    Range(
        "train_power_fraction",
        0.8,
        1.333,
        (0.05, 1.5),
        "training.power_fraction_of_tdp",
        "measured draw under training is typically 60-100 % of TDP (Patterson et al. 2021, Table 4)",
    ),
    Range(
        "train_host_fraction",
        0.5,
        2.0,
        (0.0, 2.0),
        "training.host_overhead_fraction",
        "host share from 0.1 to 0.43 of accelerator power (EcoLogits 1.2 kW/8 GPUs; Google 2025 0.06/0.14 Wh)",
    ),
    Range(
        "pue_overhead",
        0.7,
        1.3,
        (0.0, 2.0),
        "datacenter.pue",
        "PUE overhead (PUE - 1) varies +/-30 % across seasons and sites (Google, AWS annual reports)",
    ),
    Range(
        "grid_g_per_kwh",
        0.9,
        1.1,
        (0.0, 2000.0),
        "datacenter.grid_intensity_g_per_kwh",
        "peer tools' factors for one country differ by up to +/-10 % (Japan 466-516 g/kWh)",
    ),
    Range(
        "bandwidth_efficiency",
        0.857,
        1.286,
        (0.05, 1.0),
        "inference.bandwidth_efficiency",
        "achieved HBM bandwidth in decode kernels 60-90 % of peak",
    ),
    Range(
        "compute_efficiency",
        0.6,
        1.4,
        (0.05, 1.0),
        "inference.compute_efficiency",
        "achieved FLOP/s in serving 30-70 % of peak",
    ),
    Range(
        "kernel_efficiency",
        0.7,
        1.2,
        (0.1, 1.5),
        "optimisation.quantization_kernel_efficiency",
        "low-bit kernels from markedly slower (bitsandbytes INT8) to slightly faster (AWQ/Marlin)",
    ),
    Range(
        "memory_power_fraction",
        0.75,
        1.25,
        (0.1, 1.0),
        "inference.memory_bound_power_fraction",
        "share of dynamic power drawn in memory-bound decoding",
    ),
    Range(
        "idle_fraction",
        0.67,
        1.67,
        (0.0, 1.0),
        "inference.idle_power_fraction",
        "idle draw 10-25 % of TDP for data-centre GPUs",
    ),
    Range(
        "inf_host_fraction",
        0.5,
        2.0,
        (0.0, 2.0),
        "inference.host_overhead_fraction",
        "as for training host share",
    ),
    Range(
        "wue_l_per_kwh",
        0.7,
        1.3,
        (0.0, 20.0),
        "datacenter.wue_l_per_kwh",
        "on-site WUE varies with climate and season",
    ),
    Range(
        "offsite_water_l_per_kwh",
        0.5,
        1.5,
        (0.0, 20.0),
        "datacenter.offsite_water_l_per_kwh",
        "water intensity of generation depends on the mix (Li et al. 2023)",
    ),
    Range(
        "train_acc_kg",
        0.5,
        1.5,
        (0.0, 1e5),
        "embodied.accelerator_kgco2e",
        "product carbon footprints of accelerators are few and differ in boundary",
    ),
    Range("inf_acc_kg", 0.5, 1.5, (0.0, 1e5), "embodied.accelerator_kgco2e", "as above"),
    Range("server_kg", 0.5, 1.5, (0.0, 1e6), "embodied.server_kgco2e", "BoaviztAPI server estimate +/-50 %"),
    Range(
        "development_share",
        0.608,
        1.034,
        (0.0, 0.95),
        "training.development_share",
        "0.50-0.85 around 0.822: OLMo 2's study put development near 50 % of compute, OLMo 3's at 82.2 % "
        "(Morrison, Smith & Strubell 2026)",
    ),
)

#: Outputs whose p5/p50/p95 are reported (the headline numbers).
HEADLINE = (
    "training.accelerator_hours",
    "training.energy_kwh",
    "training.co2e_kg",
    "training.co2e_market_kg",
    "training.embodied_co2e_kg",
    "training.water_l",
    "training.average_power_mw",
    "inference.energy_per_output_token_j",
    "inference.energy_per_query_wh",
    "inference.co2e_per_query_g",
    "inference.water_per_query_ml",
    "inference.boundary_energy_per_query_wh",
    "inference.boundary_co2e_per_query_g",
    "inference.energy_kwh",
    "inference.co2e_kg",
    "inference.water_l",
    "inference.average_power_mw",
    "lifecycle.energy_kwh",
    "lifecycle.co2e_kg",
    "lifecycle.training_total_energy_kwh",
    "lifecycle.training_total_co2e_kg",
    "lifecycle.serving_co2e_kg",
    "lifecycle.water_l",
    "lifecycle.crossover_days",
)


def needs_savings(outputs: tuple[str, ...]) -> bool:
    """Whether ``outputs`` include what the optimisations save (see ``compute(..., savings=False)``)."""
    return any(k in SAVINGS_OUTPUTS for k in outputs)


def sample_inputs(x: Inputs, samples: int, seed: int) -> Inputs:
    """The resolved inputs with every uncertain value replaced by ``samples`` seeded draws."""
    return _apply(x, _factors(samples, seed))


def _factors(samples: int, seed: int) -> np.ndarray:
    """Each range's factor at ``samples`` seeded uniform draws (one row per range). The same seed gives the
    same draws, so a slider drag reuses them instead of drawing and scaling them again each frame (runs of
    up to 20,000 samples are kept: a few MB at most)."""
    return _kept_factors(samples, seed) if samples <= 20_000 else _draw_factors(samples, seed)


@lru_cache(maxsize=4)
def _kept_factors(samples: int, seed: int) -> np.ndarray:
    return _draw_factors(samples, seed)


def _draw_factors(samples: int, seed: int) -> np.ndarray:
    u = np.random.default_rng(seed).random((len(RANGES), samples))
    factors = np.array([rg.low + (rg.high - rg.low) * u[i] for i, rg in enumerate(RANGES)])
    factors.flags.writeable = False
    return factors


def varies(rg: Range, x: Inputs) -> bool:
    """Whether a range applies to these inputs: values the user gave as measurements are held fixed.

    Measured accelerator-hours make utilisation irrelevant; a measured power replaces the modelled draw and
    host share; a typed grid intensity and a published PUE (``datacenter.pue_measured``) are used as given.
    """
    if rg.key == "mfu":
        return x["train_hours_given"] is None
    if rg.key in ("train_power_fraction", "train_host_fraction"):
        return x["train_power_given_w"] is None
    if rg.key == "grid_g_per_kwh":
        return not x.get("grid_given", False)
    if rg.key == "pue_overhead":
        return not x.get("pue_given", False)
    if rg.key == "development_share":
        return x["development_factor"] is None  # a given multiple is used as given
    return True


def uncertainty_inputs(x: Inputs) -> dict[str, list[str]]:
    """The scenario fields the Monte Carlo varies, and those it holds fixed as given (for the output)."""
    varied = sorted({rg.label for rg in RANGES if varies(rg, x)})
    held = {rg.label for rg in RANGES if not varies(rg, x)}
    if x["train_hours_given"] is not None:
        held.add("training.accelerator_hours")
    if x["train_power_given_w"] is not None:
        held.add("training.power_per_accelerator_w")
    return {"varied": varied, "held_fixed": sorted(held - set(varied))}


def _apply(x: Inputs, factors: np.ndarray) -> Inputs:
    """Inputs with each uncertain value scaled by its range's ``factors`` (one row per range)."""
    out = dict(x)
    for i, rg in enumerate(RANGES):
        if not varies(rg, x):
            continue
        factor = factors[i]
        if rg.key == "pue_overhead":
            out["pue"] = 1.0 + np.clip((x["pue"] - 1.0) * factor, *rg.clip)
            continue
        out[rg.key] = np.clip(x[rg.key] * factor, *rg.clip)
    return out


class MonteCarloRun:
    """A long Monte Carlo computed in chunks, so a window can show progress and cancel between them.

    The draws are the same as :func:`sample_inputs` with the same seed, so the result equals the
    one-shot :func:`monte_carlo` exactly, however the work is split.
    """

    def __init__(
        self, x: Inputs, samples: int, seed: int, chunk: int = 10_000, outputs: tuple[str, ...] = HEADLINE
    ):
        self.x = x
        self.samples = samples
        self.chunk = chunk
        self.outputs = outputs
        self._factors = _factors(samples, seed)
        self._parts: dict[str, list[np.ndarray]] = {k: [] for k in outputs}
        self.done = 0

    @property
    def finished(self) -> bool:
        return self.done >= self.samples

    def step(self) -> int:
        """Compute the next chunk; returns how many samples are done."""
        if self.finished:
            return self.done
        end = min(self.samples, self.done + self.chunk)
        r = compute(_apply(self.x, self._factors[:, self.done : end]), savings=needs_savings(self.outputs))
        n = end - self.done
        for k in self.outputs:
            self._parts[k].append(np.broadcast_to(np.asarray(r[k], dtype=float), (n,)))
        self.done = end
        return self.done

    def summary(self) -> dict[str, dict[str, float]]:
        if not self.finished:
            raise RuntimeError("the Monte Carlo run has not finished")
        return summarise({k: np.concatenate(v) for k, v in self._parts.items()}, self.outputs)


def monte_carlo(
    scenario: Scenario,
    samples: int | None = None,
    seed: int | None = None,
    cat: Catalog | None = None,
    outputs: tuple[str, ...] = HEADLINE,
) -> dict[str, dict[str, float]]:
    """p5 / p50 / p95 of each headline output over seeded samples of the uncertain inputs."""
    n = samples if samples is not None else scenario.uncertainty.samples
    s = seed if seed is not None else scenario.uncertainty.seed
    return summarise(
        compute(sample_inputs(resolve(scenario, cat), n, s), savings=needs_savings(outputs)), outputs
    )


def percentiles(rows: np.ndarray, qs: tuple[float, ...]) -> np.ndarray:
    """``np.percentile(rows, qs, axis=1)`` (its default linear method, same arithmetic) from one sort.

    numpy's general routine took about a quarter of a slider frame's Monte Carlo; one sort and two
    indexings give the same numbers. A row holding NaN gives NaN, as numpy does.
    """
    n = rows.shape[1]
    ordered = np.sort(rows, axis=1)
    pos = np.asarray(qs, dtype=float) / 100.0 * (n - 1)
    lo = np.floor(pos).astype(int)
    t = pos - lo
    a, b = ordered[:, lo], ordered[:, np.minimum(lo + 1, n - 1)]
    with np.errstate(invalid="ignore"):
        diff = b - a
        out = np.where(t >= 0.5, b - diff * (1 - t), a + diff * t).T  # numpy's _lerp
    out[:, np.isnan(rows).any(axis=1)] = np.nan
    return out


def summarise(results: Results, outputs: tuple[str, ...] = HEADLINE) -> dict[str, dict[str, float]]:
    shape = np.broadcast_shapes(*(np.shape(results[k]) for k in outputs))
    stacked = np.empty((len(outputs), *shape))
    for row, k in zip(stacked, outputs, strict=True):
        row[...] = results[k]  # a scalar output (one that no sampled input touches) fills its row
    p = percentiles(stacked.reshape(len(outputs), -1), PERCENTILES)
    return {
        k: {"p5": float(p[0, i]), "p50": float(p[1, i]), "p95": float(p[2, i])} for i, k in enumerate(outputs)
    }


def ranges_table() -> list[dict[str, Any]]:
    """The uncertainty ranges for display: field, low and high factor, basis."""
    return [{"field": r.label, "low": r.low, "high": r.high, "basis": r.basis} for r in RANGES]
