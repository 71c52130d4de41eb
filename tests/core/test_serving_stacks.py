"""Serving stacks, achieved concurrency, the agent profile, Google's two Gemini figures and the wider boundaries.

Numbers are hand-derived in the comments or published (ML.ENERGY v1 batch-1 runs; Elsworth et al. 2025).
"""

import math

import pytest

from core.estimator import NOTEBOOK_STEP_OVERHEAD_S, SEQ_OVERHEAD_S, STEP_OVERHEAD_S, estimate, resolve
from core.scenario import Scenario, ScenarioError, loads_scenario

LONG = {"model.context_length": 131_072}


# ----- the serving stack ---------------------------------------------------------------------------------------


def test_default_stack_is_continuous_batching_and_changes_nothing():
    s = Scenario()
    assert s.inference.serving_stack == "continuous" and s.inference.peak_factor is None
    r, c = estimate(s), estimate(s.with_values({"inference.serving_stack": "continuous"}))
    assert r == c
    assert r["inference.achieved_batch"] == r["inference.configured_batch"] == 64


def test_notebook_decodes_one_sequence_with_the_unbatched_librarys_step_time():
    # an unbatched library (Hugging Face transformers generate) decodes one sequence whatever the batch setting,
    # and each memory-bound step waits 18.7 ms for Python to launch its kernels instead of vLLM's 0.2 + 0.03 ms
    s = Scenario().with_values({"inference.serving_stack": "notebook", "inference.batch_size": 64})
    nb = estimate(s)
    one = estimate(Scenario().with_values({"inference.batch_size": 1}))
    assert nb["inference.achieved_batch"] == 1
    assert nb == estimate(s.with_values({"inference.batch_size": 1}))
    assert nb["inference.step_time_ms"] - one["inference.step_time_ms"] == pytest.approx(
        (NOTEBOOK_STEP_OVERHEAD_S - STEP_OVERHEAD_S - SEQ_OVERHEAD_S) * 1000, rel=1e-9
    )
    # a notebook serves a query for far more energy than a batched server (8B: ~2 Wh vs ~0.03 Wh)
    assert nb["inference.energy_per_query_wh"] > 30 * estimate(Scenario())["inference.energy_per_query_wh"]


def test_notebook_stack_against_measured_batch_1_runs():
    # ML.ENERGY leaderboard v1 (2023): 20 A100 batch-1 chat runs of 7-13B models on Hugging Face transformers.
    # Ten calibrated the two constants; the ten held out come back with a geometric-mean ratio of 1.07, 8 within
    # 25 % (the vLLM overheads at batch 1 give 0.75 and 5 of 10)
    from core.validation import notebook_runs, serving_summary

    runs = notebook_runs()
    s = serving_summary(runs)
    assert s["held-out"]["runs"] == 10 and s["calibration"]["runs"] == 10
    assert 0.9 <= s["held-out"]["geometric_mean_ratio"] <= 1.2
    assert s["held-out"]["within_25_percent"] >= 0.7
    assert s["held-out"]["within_factor_1_5"] >= 0.9
    # Llama-2-7b-chat (held in calibration): measured 22.5 ms and 4.35 J per token; the app 31.7 ms and 5.8 J
    llama2 = next(r for r in runs if r["model"] == "metaai/Llama-2-7b-chat-hf")
    assert llama2["measured_j"] == pytest.approx(1828.77 / 420.07, rel=1e-3)
    assert 0.75 < llama2["ratio"] < 1.5


def test_fleet_prefills_on_its_own_accelerators_at_tdp():
    # a memory-bound decode hides the prefill's FLOPs under its weight reads when both share a step; a
    # disaggregated fleet (DistServe, Splitwise) runs them apart, compute-bound at TDP:
    # accelerators = decode energy per token x tokens + FLOPs / (peak x compute_efficiency) x TDP per call
    s = Scenario().with_values({"inference.input_tokens": 2000, "inference.calls_per_query": 3})
    cont, fleet = estimate(s), estimate(s.with_values({"inference.serving_stack": "fleet"}))
    x = resolve(s)
    n, L, d, inp = x["n_active"], x["n_layers"], x["d_model"], 2000.0
    flops = 2 * n * inp + 2 * L * d * inp * inp  # 2 N per prompt token + causal attention (Kaplan 2020)
    prefill_wh = flops / (x["inf_peak_flops"] * x["compute_efficiency"]) * x["inf_tdp_w"] * 3 / 3600
    assert cont["inference.memory_bound"] and fleet["inference.memory_bound"]
    assert fleet["inference.step_time_ms"] == pytest.approx(cont["inference.step_time_ms"])
    decode_wh = fleet["inference.energy_per_output_token_j"] * 400 * 3 / 3600
    assert fleet["inference.accelerator_energy_per_query_wh"] == pytest.approx(
        decode_wh + prefill_wh, rel=1e-9
    )
    # the decode steps no longer carry the prefill, so they draw less per token than the shared steps
    assert fleet["inference.energy_per_output_token_j"] < cont["inference.energy_per_output_token_j"]


# ----- achieved concurrency (Little's law) --------------------------------------------------------------------


def _linear_step(s: Scenario) -> tuple[float, float]:
    """Step time a0 + a1 x batch through the app's own steps at batch 1 and at the configured batch."""
    b = s.inference.batch_size
    t1 = estimate(s.with_values({"inference.batch_size": 1}))["inference.step_time_ms"] / 1000
    tb = estimate(s)["inference.step_time_ms"] / 1000
    a1 = (tb - t1) / (b - 1)
    return t1 - a1, a1


def test_achieved_concurrency_follows_littles_law_by_hand():
    s = Scenario().with_values({"inference.queries_per_day": 2e6})
    tb = estimate(s)["inference.step_time_ms"] / 1000
    a0, a1 = _linear_step(s)
    r = estimate(s.with_values({"inference.peak_factor": 2.0}))
    # replicas for the peak at batch 64: ceil(calls/s x 2 x 400 x t_step(64) / 64)
    lam = 2e6 / 86_400
    replicas = math.ceil(lam * 2 * 400 * tb / 64)
    assert r["inference.replicas"] == replicas
    # L = lambda' a0 / (1 - lambda' a1), lambda' = output tokens arriving per second at one replica
    lam_tok = lam / replicas * 400
    conc = lam_tok * a0 / (1 - lam_tok * a1)
    busy_batch = conc / (1 - math.exp(-conc))
    assert r["inference.achieved_batch"] == pytest.approx(busy_batch, rel=1e-9)
    assert 1 < r["inference.achieved_batch"] < 64
    # time-averaged sequences per replica = Little's L within the linear step's accuracy
    assert r["inference.concurrency"] == pytest.approx(conc, rel=0.03)
    # fewer sequences a step: more energy per token than at the configured batch
    assert r["inference.energy_per_output_token_j"] > 1.5 * estimate(s)["inference.energy_per_output_token_j"]


def test_concurrency_reaches_the_configured_batch_only_when_demand_fills_it():
    s = Scenario().with_values({"inference.peak_factor": 1.0, "inference.queries_per_day": 1e10})
    assert estimate(s)["inference.achieved_batch"] == pytest.approx(64, rel=0.02)
    # 1,000 queries a day: one replica, a request now and then, decoded alone; charged at batch-1 energy per token
    # (the configured batch 64 charged it at the batch-64 energy, 27x too little)
    low = s.with_values({"inference.queries_per_day": 1000})
    r = estimate(low)
    assert r["inference.replicas"] == 1
    # L = 1000 / 86,400 x 400 tokens x ~7.6 ms = 0.035 sequences; a busy step decodes L / (1 - e^-L) = 1.02
    assert r["inference.achieved_batch"] == pytest.approx(1.0, abs=0.03)
    one = estimate(low.with_values({"inference.peak_factor": None, "inference.batch_size": 1}))
    assert r["inference.energy_per_output_token_j"] == pytest.approx(
        one["inference.energy_per_output_token_j"], rel=0.02
    )


# ----- the agent usage profile --------------------------------------------------------------------------------


def test_agent_profile_grows_its_context_call_by_call():
    s = Scenario().with_values({**LONG, "inference.usage_profile": "agent"})
    inf = s.inference
    assert (inf.calls_per_query, inf.input_tokens, inf.context_growth_tokens, inf.output_tokens) == (
        10,
        2000,
        1500,
        300,
    )
    # call i reads 2,000 + 1,500 i prompt tokens: mean 2,000 + 1,500 x 9 / 2 = 8,750; fresh: 500 uncached of
    # the first prompt + 1,500 new in 9 of 10 calls = 500 + 1,350 = 1,850 a call
    x = resolve(s)
    assert x["input_tokens"] == pytest.approx(8750)
    assert x["input_tokens"] - x["cached_input_tokens"] == pytest.approx(1850)
    # the last call's prompt (15,500) + answer (300) is what must fit the context
    with pytest.raises(ScenarioError, match="15,800 tokens"):
        estimate(s.with_values({"model.context_length": 8192}))
    # ten calls over a growing context cost more than ten calls of the first prompt alone
    flat = s.with_values({"inference.context_growth_tokens": 0})
    assert (
        estimate(s)["inference.accelerator_energy_per_query_wh"]
        > estimate(flat)["inference.accelerator_energy_per_query_wh"]
    )


# ----- Google's two Gemini figures (Elsworth et al. 2025) -------------------------------------------------------


def _gemini_split(s: Scenario) -> Scenario:
    """Google's stated split turned into inputs by hand: host = 25/58 of the accelerators' draw, a busy share
    whose idle time costs 10/58 of it, PUE = 1 / 0.92 (the comprehensive 0.24 Wh)."""
    x, r = resolve(s), estimate(s)
    p, tdp, idle = r["inference.power_per_accelerator_w"], x["inf_tdp_w"], x["idle_fraction"]
    host = 25 / 58 * p / tdp
    k = 10 / 58 * p / ((idle + host) * tdp)
    return s.with_values(
        {
            "inference.host_overhead_fraction": host,
            "inference.busy_share": 1 / (1 + k),
            "datacenter.pue": 1 / 0.92,
        }
    )


def _scaled_to(s: Scenario, layer: str, wh: float) -> Scenario:
    """The stand-in's reply length set so that one layer holds a published figure (Google gives no tokens)."""
    got = estimate(s)[layer]
    return s.with_values({"inference.output_tokens": s.inference.output_tokens * wh / got})


def test_gemini_comprehensive_024_wh_from_the_stated_split():
    from core.validation import gemini_scenario

    s = _gemini_split(gemini_scenario().with_values({"inference.queries_per_day": 1e9}))
    # one anchor: the accelerators' 0.14 Wh; the other layers and the total follow from the split
    s = _scaled_to(s, "inference.boundary.accelerators_wh", 0.14)
    r = estimate(s)
    assert r["inference.boundary.facility_wh"] == pytest.approx(0.24, rel=0.10)
    assert r["inference.boundary.host_wh"] == pytest.approx(0.14 + 0.06, rel=0.10)
    assert r["inference.boundary.idle_wh"] == pytest.approx(0.14 + 0.06 + 0.02, rel=0.10)
    assert r["inference.energy_per_query_wh"] == pytest.approx(r["inference.boundary.facility_wh"])


def test_gemini_accelerators_only_010_wh_from_the_stated_split():
    # Google's "existing approach" counts active accelerators at the utilisation a benchmark assumes: 0.10 Wh; the
    # comprehensive count measures them at the utilisation reached in production: 0.14 Wh. In the app that is
    # the roofline at the configured batch ("accelerators-ideal") against the accelerators as served at the
    # concurrency demand gives. The split's 0.14 / 0.10 = 1.4 turned into a peak-to-average demand by hand
    # (bisection); the stand-in's layers then scaled so that the accelerators hold the 0.14 Wh:
    from core.validation import gemini_scenario

    s = gemini_scenario().with_values({"inference.queries_per_day": 1e9, "inference.batch_size": 256})

    def gap(pf: float) -> float:
        r = estimate(s.with_values({"inference.peak_factor": pf}))
        return r["inference.boundary.accelerators_wh"] / r["inference.boundary.accelerators_ideal_wh"]

    lo, hi = 1.0, 20.0
    assert gap(lo) < 1.4 < gap(hi)
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if gap(mid) < 1.4 else (lo, mid)
    pf = (lo + hi) / 2
    assert 1.0 < pf < 10.0  # a peak-to-average demand, not an absurd one
    s = s.with_values({"inference.peak_factor": pf, "inference.energy_boundary": "accelerators-ideal"})
    r = estimate(s)
    scale = 0.14 / r["inference.boundary.accelerators_wh"]
    assert r["inference.boundary.accelerators_ideal_wh"] * scale == pytest.approx(0.10, rel=0.10)
    assert r["inference.boundary_energy_per_query_wh"] * scale == pytest.approx(0.10, rel=0.10)
    assert r["inference.achieved_batch"] < 256  # production runs below the configured maximum


# ----- the wider boundaries: + embodied, + water ---------------------------------------------------------------


def test_embodied_and_water_boundaries_add_their_footprints():
    s = Scenario()
    fac = estimate(s.with_values({"inference.energy_boundary": "facility"}))
    emb = estimate(s.with_values({"inference.energy_boundary": "embodied"}))
    wat = estimate(s.with_values({"inference.energy_boundary": "water"}))
    acc = estimate(s.with_values({"inference.energy_boundary": "accelerators"}))
    assert fac["inference.boundary_co2e_per_query_g"] == pytest.approx(fac["inference.co2e_per_query_g"])
    assert emb["inference.boundary_co2e_per_query_g"] == pytest.approx(
        fac["inference.co2e_per_query_g"] + fac["inference.embodied_co2e_per_query_g"]
    )
    assert emb["inference.boundary_energy_per_query_wh"] == fac["inference.energy_per_query_wh"]
    assert emb["inference.boundary_water_per_query_ml"] == 0
    assert wat["inference.boundary_water_per_query_ml"] == pytest.approx(fac["inference.water_per_query_ml"])
    grid = resolve(s)["grid_g_per_kwh"]
    assert acc["inference.boundary_co2e_per_query_g"] == pytest.approx(
        acc["inference.boundary.accelerators_wh"] / 1000 * grid
    )


# ----- scenario files --------------------------------------------------------------------------------------------


def test_version_3_files_load_as_continuous_batching_with_the_same_results():
    old = loads_scenario('{"schema_version": 3, "inference": {"batch_size": 32, "energy_boundary": "host"}}')
    assert old.schema_version == 6
    assert old.inference.serving_stack == "continuous" and old.inference.peak_factor is None
    assert old.inference.context_growth_tokens == 0
    new = Scenario().with_values({"inference.batch_size": 32, "inference.energy_boundary": "host"})
    assert estimate(old) == estimate(new)


def test_serving_stack_and_peak_factor_are_checked():
    with pytest.raises(ScenarioError, match="serving_stack"):
        Scenario().with_values({"inference.serving_stack": "jupyter"})
    with pytest.raises(ScenarioError, match=r"peak_factor = 0\.5 is out of range; allowed 1 to 100"):
        Scenario().with_values({"inference.peak_factor": 0.5})


def test_the_estimate_says_which_inputs_a_stack_or_a_peak_factor_leaves_unused(capsys):
    from core.cli import run

    assert (
        run(["estimate", "--set", "inference.serving_stack=notebook", "--set", "inference.peak_factor=2"])
        == 0
    )
    out = capsys.readouterr().out
    assert "inference.batch_size = 64 is not used" in out
    assert "inference.busy_share = 0.5 is not used" in out
    assert "sequences a busy step decodes" in out
