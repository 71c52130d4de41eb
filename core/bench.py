"""Speed figures of the estimator, printed by ``main.py bench`` (a benchmark, not a timed test).

Timings are medians of repeated runs in this process. Where a peer is installed (EcoLogits), both are
timed side by side in the same run and only their ratio is meaningful on a shared machine.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np

from core.estimator import compute, estimate, resolve
from core.scenario import Scenario
from core.uncertainty import monte_carlo


def _median_s(fn: Callable[[], object], repeat: int, inner: int = 1) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - t0) / inner)
    return statistics.median(times)


def batch_inputs(n: int) -> dict:
    """``n`` different scenarios as arrays: parameters 100M-2T, tokens, PUE, grid and batch vary."""
    x = resolve(Scenario())
    rng = np.random.default_rng(1)
    x = dict(x)
    x["n_total"] = x["n_active"] = 10 ** rng.uniform(8, 12.3, n)
    x["tokens"] = 10 ** rng.uniform(10, 13.3, n)
    x["pue"] = rng.uniform(1.05, 2.0, n)
    x["grid_g_per_kwh"] = rng.uniform(20, 800, n)
    x["batch"] = np.round(2 ** rng.uniform(0, 9, n))
    return x


def core_figures() -> dict:
    s = Scenario()
    scalar_s = _median_s(lambda: estimate(s), repeat=21, inner=50)
    mc_s = _median_s(lambda: monte_carlo(s, samples=2000), repeat=15)
    x = batch_inputs(100_000)
    batch_s = _median_s(lambda: compute(x), repeat=5)
    out = {
        "scalar_us": round(scalar_s * 1e6, 1),
        "mc_2000_ms": round(mc_s * 1e3, 2),
        "batch_100k_ms": round(batch_s * 1e3, 1),
        "targets": {"scalar_us": 200, "mc_2000_ms": 10},
    }
    peer = ecologits_ratio(scalar_s)
    if peer is not None:
        out["vs_ecologits"] = peer
    return out


def ecologits_ratio(ours_s: float) -> float | None:
    """EcoLogits' per-request impact computation time / ours, when the optional package is installed."""
    try:
        from ecologits.impacts.llm import compute_llm_impacts  # type: ignore[import-not-found]
    except Exception:
        return None
    try:
        from ecologits.tracers.utils import electricity_mixes  # type: ignore[import-not-found]

        mix = electricity_mixes.find_electricity_mix(zone="WOR")

        def peer() -> object:
            return compute_llm_impacts(
                model_active_parameter_count=8,
                model_total_parameter_count=8,
                output_token_count=400,
                if_electricity_mix_adpe=mix.adpe,
                if_electricity_mix_pe=mix.pe,
                if_electricity_mix_gwp=mix.gwp,
                if_electricity_mix_wue=mix.wue,
                datacenter_pue=1.2,
                datacenter_wue=0.3,
                request_latency=float("inf"),
            )

        peer_s = _median_s(peer, repeat=11, inner=20)
        s = Scenario()
        ours_s = _median_s(lambda: estimate(s), repeat=11, inner=20)  # timed again, side by side
        return round(peer_s / ours_s, 1)
    except Exception:
        return None
