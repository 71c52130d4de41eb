"""Energy, carbon, water and embodied footprint of training and serving a generative model.

The estimate runs in two steps:

1. :func:`resolve` turns a validated :class:`~core.scenario.Scenario` and the catalog into a flat dict of
   numbers in SI units (``Inputs``): peak FLOP/s, bandwidth in bytes/s, power in W, intensities in
   g/kWh. Catalog look-ups and defaults happen here, once.
2. :func:`compute` evaluates every formula on those numbers. It works unchanged on Python floats (one
   scenario, fast) and on numpy arrays of any length (Monte Carlo samples, sweeps, 100,000 scenarios):
   there is no Python loop per sample.

Results are a flat dict keyed by dotted path (``"training.energy_kwh"``); :func:`nest` turns it into
nested objects for JSON. Each formula cites its source where it is used. Background and constants:
Patterson et al. 2021 (arXiv:2104.10350), Kaplan et al. 2020 (arXiv:2001.08361), ML.ENERGY leaderboard
v3, EcoLogits methodology (genai-impact/ecologits), Elsworth et al. 2025 (arXiv:2508.15734), and
Li et al. 2023 "Making AI Less Thirsty" (arXiv:2304.03271).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.catalog import DEFAULT_ACCELERATOR_EMBODIED_KG, Accelerator, Catalog, catalog
from core.scenario import InputConflict, Scenario, ScenarioError
from core.units import printable

SECONDS_PER_DAY = 86_400.0
#: Per-step time measured serving adds to the roofline (continuous batching, vLLM 0.11 with CUDA graphs): a fixed
#: part per decode step and a part per sequence in the batch (scheduling, sampling, per-sequence attention
#: bookkeeping). Fitted on the ML.ENERGY v3 leaderboard's measured H100 BF16 chat runs of Llama 3.1 8B/70B and
#: Qwen 3 8B/14B (41 runs, resources/validation/mlenergy_v3_h100_chat.csv): the per-sequence part is well
#: determined (0.025-0.035 ms fit equally); the fixed part is not (0-0.5 ms fit within 2 % of each other), and
#: 0.2 ms is taken as the floor a step cannot beat. Validated on 86 held-out runs of other models (README,
#: "Validation"). Before: 2.1 M tokens/s for a 1M-parameter model (review 2026-12, defect 10).
STEP_OVERHEAD_S = 0.2e-3
SEQ_OVERHEAD_S = 0.03e-3
#: The "notebook" serving stack: one user at batch 1 in an unbatched library (Hugging Face transformers'
#: ``generate`` in eager PyTorch, the regime the AI Energy Score measures with optimum-benchmark at batch 1). Each
#: decoded token waits for Python to launch the step's kernels one by one: a fixed time per step the GPU spends
#: mostly waiting. Fitted on the ML.ENERGY leaderboard v1 (2023) A100 batch-1 chat runs, served by FastChat on
#: Hugging Face transformers (PyTorch 2.0.1), every other row by name from the first (10 of 20 runs of 7-13B
#: models, resources/validation/mlenergy_v1_a100_batch1.csv): the median of measured time per token minus the
#: app's roofline (18.7 ms), and the share of that time the GPU draws busy power that best fits the measured energy
#: per token (0.16, least squares in log). The 10 held-out runs: geometric-mean ratio 1.07, 8 within 25 % (the
#: vLLM overheads at batch 1 gave 0.75 and 5; README, "Validation").
#: Corroborated by PyTorch's gpt-fast post (2023): Llama-7B on an A100 in a plain eager loop 25.5 tokens/s
#: (39 ms a token), 107 tokens/s once the launches are captured in CUDA graphs (torch.compile).
NOTEBOOK_STEP_OVERHEAD_S = 18.7e-3
NOTEBOOK_OVERHEAD_BUSY = 0.16
HOURS_PER_YEAR = 8_760.0

Inputs = dict[str, Any]
Results = dict[str, Any]


# ----- model shape ------------------------------------------------------------------------------------


def derive_shape(parameters: float, rounded: bool = True) -> dict[str, Any]:
    """Typical decoder-only transformer shape for a parameter count.

    Kaplan et al. 2020 (eq. 2.1): non-embedding parameters N ~= 12 * n_layers * d_model^2. Published
    dense models keep d_model / n_layers near 128 (LLaMA-7B 4096/32, Llama-3-8B 4096/32, Llama-3-70B
    8192/80, Llama-3.1-405B 16384/126, GPT-3 12288/96), so d_model = (128 N / 12)^(1/3). Heads are 128
    wide (64 below d_model 1024) and key/value heads are grouped 8-wide as in Llama 3 and Mistral.

    With ``rounded=False`` width and depth stay continuous, so that FLOPs and cache size grow smoothly
    with the parameter count (the estimator uses this; the window shows the rounded shape).
    """
    d_cont = (128.0 * parameters / 12.0) ** (1.0 / 3.0)
    head_dim = 128 if d_cont >= 1024 else 64
    if not rounded:
        n_heads = max(1.0, d_cont / head_dim)
        return {
            "n_layers": parameters / (12.0 * d_cont * d_cont),
            "d_model": d_cont,
            "head_dim": head_dim,
            "n_kv_heads": min(8.0, n_heads),
        }
    d_model = max(128, round(d_cont / 128.0) * 128)
    n_layers = max(1, round(parameters / (12.0 * d_model * d_model)))
    n_heads = max(1, d_model // head_dim)
    return {"n_layers": n_layers, "d_model": d_model, "head_dim": head_dim, "n_kv_heads": min(8, n_heads)}


def model_shape(scenario: Scenario, rounded: bool = True) -> dict[str, Any]:
    """The model's shape, with any user overrides applied.

    Derived from the *active* parameter count: a mixture-of-experts model replicates its feed-forward
    blocks as experts but keeps one attention stack, so its width and depth follow the active size
    (DeepSeek-V3: 37B active -> derived d_model 7296 and 58 layers; published 7168 and 61).
    """
    m = scenario.model
    active = m.active_parameters if m.active_parameters is not None else m.parameters
    shape = derive_shape(active, rounded)
    for key in ("n_layers", "d_model", "head_dim", "n_kv_heads"):
        value = getattr(m, key)
        if value is not None:
            shape[key] = value
    return shape


# ----- resolution: scenario + catalog -> numbers ----------------------------------------------------


def _grid(scenario: Scenario, cat: Catalog, region: str, override: float | None) -> float:
    if override is not None:
        return override
    try:
        return cat.region(region, scenario.custom).gco2e_per_kwh
    except KeyError as err:
        raise ScenarioError(str(err.args[0])) from None


def _accelerator(scenario: Scenario, cat: Catalog, aid: str, field: str) -> Accelerator:
    try:
        return cat.accelerator(aid, scenario.custom)
    except KeyError:
        raise ScenarioError(
            f"{field} = '{aid}' is not in the catalog; see 'main.py catalog accelerators'"
        ) from None


def expert_routing(
    total: float, active: float, n_experts: int | None, experts_per_token: int | None
) -> tuple[float, float]:
    """``(routed_fraction, route_share)``: the share of all weights held by routed experts, and the share of
    those experts one token uses (k / E).

    With E experts and top-k routing the active count is ``shared + routed x k/E``, so
    ``routed = (total - active) / (1 - k/E)`` (DeepSeek-V3: 256 experts, top-8, 671B/37B -> 654.5B routed,
    16.5B always read; DeepSeek-AI 2024, arXiv:2412.19437, sec. 2.1). Without E and k every weight is taken as
    routed with share ``active / total``: exact at batch 1 and at large batch (review 2026-12, defect 1).
    A dense model has no routed weights.
    """
    if active >= total:
        return 0.0, 1.0
    if n_experts is not None and experts_per_token is not None and experts_per_token < n_experts:
        share = experts_per_token / n_experts
        return min(1.0, (total - active) / (1.0 - share) / total), share
    return 1.0, active / total


#: Tokens per parameter of a compute-optimal training run (Hoffmann et al. 2022, "Training Compute-Optimal Large
#: Language Models", arXiv:2203.15556: about 20 tokens per parameter), charged to a distilled student whose
#: distillation tokens are not given.
DEFAULT_DISTILLATION_TOKENS_PER_PARAMETER = 20.0


def distillation_tokens(scenario: Scenario) -> float:
    """Tokens the teacher labels for the student: as given, or a compute-optimal run when none are given.

    A student smaller than its teacher has to be trained; with no tokens given it used to come free
    (review 2026-12, defect 9). It is charged 20 tokens per student parameter instead, and the notes say so.
    """
    opt = scenario.optimisation
    if opt.distillation_student_fraction >= 1.0:
        return 0.0
    if opt.distillation_tokens > 0:
        return opt.distillation_tokens
    student = scenario.model.parameters * opt.distillation_student_fraction
    return DEFAULT_DISTILLATION_TOKENS_PER_PARAMETER * student


def site_factors(scenario: Scenario, cat: Catalog | None = None) -> list[dict[str, Any]]:
    """Per-site PUE and grid intensity for the distributed case (one site when no list is given)."""
    cat = cat or catalog()
    dc = scenario.datacenter
    if not dc.sites:
        return [
            {
                "region": dc.region,
                "load_share": 1.0,
                "pue": dc.pue,
                "grid_g_per_kwh": _grid(scenario, cat, dc.region, dc.grid_intensity_g_per_kwh),
                "grid_given": dc.grid_intensity_g_per_kwh is not None,
            }
        ]
    return [
        {
            "region": s.region,
            "load_share": s.load_share,
            "pue": s.pue,
            "grid_g_per_kwh": _grid(scenario, cat, s.region, s.grid_intensity_g_per_kwh),
            "grid_given": s.grid_intensity_g_per_kwh is not None,
        }
        for s in dc.sites
    ]


def resolve(scenario: Scenario, cat: Catalog | None = None) -> Inputs:
    """Flatten a scenario into the numbers :func:`compute` needs (SI units, catalog values looked up)."""
    cat = cat or catalog()
    m, tr, dc, inf, opt, emb = (
        scenario.model,
        scenario.training,
        scenario.datacenter,
        scenario.inference,
        scenario.optimisation,
        scenario.embodied,
    )
    shape = model_shape(scenario, rounded=False)
    acc_t = _accelerator(scenario, cat, tr.accelerator, "training.accelerator")
    acc_i = _accelerator(scenario, cat, inf.accelerator, "inference.accelerator")
    # The preset and the data-centre profile are names of catalog (or the user's own) entries, never free
    # text: a spreadsheet formula in either reached the CSV report (reliability review 2026-12, defect 13).
    if scenario.preset is not None and scenario.preset not in cat.presets:
        raise ScenarioError(
            f"preset = {printable(scenario.preset, 60)!r} is not a known preset; 'main.py presets' lists them"
        )
    if (
        dc.profile is not None
        and dc.profile not in cat.pue_profiles
        and dc.profile not in scenario.custom.profiles
    ):
        raise ScenarioError(
            f"datacenter.profile = {printable(dc.profile, 60)!r} is not a known data-centre profile; "
            "allowed: a published profile or one of your own"
        )

    # A query's prompt and output must fit the model's context (review 2026-12, defect 5): the cache and the
    # prefill are both costed on the tokens given, so a longer query would be priced on a model that cannot
    # serve it.
    calls = inf.calls_per_query
    growth = inf.context_growth_tokens * (
        calls - 1.0
    )  # the last call's prompt holds every earlier call's growth
    query_tokens = inf.input_tokens + growth + inf.reasoning_tokens + inf.output_tokens
    tokens = {
        "inference.input_tokens": inf.input_tokens,
        "inference.reasoning_tokens": inf.reasoning_tokens,
        "inference.output_tokens": inf.output_tokens,
        "inference.calls_per_query": calls,
        "inference.context_growth_tokens": inf.context_growth_tokens,
        "model.context_length": m.context_length,
        "query_tokens": query_tokens,
    }
    if query_tokens > m.context_length:
        parts = "inference.input_tokens + " + ("reasoning_tokens + " if inf.reasoning_tokens else "")
        if growth:
            parts = (
                f"the last call's prompt (inference.input_tokens + (calls_per_query - 1) x "
                f"context_growth_tokens) + {parts.removeprefix('inference.input_tokens + ')}"
            )
        raise InputConflict(
            f"{parts}output_tokens = {query_tokens:,.0f} tokens is longer than model.context_length = "
            f"{m.context_length:,} tokens; allowed up to {m.context_length:,} tokens in all",
            "query_above_context",
            tokens,
            tuple(
                p
                for p in tokens
                if "." in p
                and (p != "inference.reasoning_tokens" or inf.reasoning_tokens)
                and (not p.startswith(("inference.calls", "inference.context_growth")) or growth)
            ),
        )
    if inf.cached_input_tokens > inf.input_tokens:
        raise InputConflict(
            f"inference.cached_input_tokens = {inf.cached_input_tokens:,.0f} is more than inference.input_tokens "
            f"= {inf.input_tokens:,.0f}; allowed 0 to inference.input_tokens",
            "cached_above_input",
            {"inference.cached_input_tokens": inf.cached_input_tokens, **tokens},
            ("inference.cached_input_tokens", "inference.input_tokens"),
        )
    missing = []
    needs_peak = tr.accelerator_hours is None or any(st.tokens is not None for st in tr.stages)
    if needs_peak and acc_t.peak_flops(tr.precision) is None:
        missing.append(f"peak {tr.precision} TFLOPS")
    if tr.power_per_accelerator_w is None and not acc_t.tdp_w:
        missing.append("TDP")
    if missing:
        raise ScenarioError(
            f"training.accelerator = '{acc_t.id}' has no {' or '.join(missing)} in the catalog; "
            "give training.accelerator_hours / training.power_per_accelerator_w or pick another accelerator"
        )
    if acc_i.missing_for_inference():
        raise ScenarioError(
            f"inference.accelerator = '{acc_i.id}' has no {', '.join(acc_i.missing_for_inference())} "
            "in the catalog; pick another accelerator or define your own"
        )

    # Distributed sites: the load-weighted facility factor and the facility-energy-weighted grid.
    sites = site_factors(scenario, cat)
    pue_eff = math.fsum(s["load_share"] * s["pue"] for s in sites)
    grid_eff = math.fsum(s["load_share"] * s["pue"] * s["grid_g_per_kwh"] for s in sites) / pue_eff

    n_active = m.active_parameters if m.active_parameters is not None else m.parameters
    routed_fraction, route_share = expert_routing(m.parameters, n_active, m.n_experts, m.experts_per_token)
    student = opt.distillation_student_fraction
    student_shape = derive_shape(n_active * student, rounded=False) if student < 1.0 else shape

    def emb_kg(acc: Accelerator) -> float:
        if emb.accelerator_kgco2e is not None:
            return emb.accelerator_kgco2e
        return acc.embodied_kgco2e if acc.product_embodied else DEFAULT_ACCELERATOR_EMBODIED_KG

    # Serving compute precision: 32-bit weights compute in fp32; weight-only quantization dequantises to 16-bit
    # matmuls; weight-and-activation quantization uses the chip's FP8 (or FP4) peak where it has one, else
    # its 16-bit speed (review 2026-12, defect 7; DeepSeek-V3 serves in FP8, arXiv:2412.19437 sec. 3.3).
    both = inf.quantization == "weight-and-activation" and inf.weight_bits < 16
    # Tokens per call: a task's calls read a growing context: call i's prompt is input + i x growth, of which the
    # newest growth and the uncached part of the input are prefilled and the rest comes from the prefix cache. The
    # mean call's context and fresh prompt are costed; the last call's context sizes the cache. Without growth
    # these are the tokens as given.
    ctx_mean = inf.input_tokens + inf.context_growth_tokens * (calls - 1.0) / 2.0
    fresh_mean = (
        inf.input_tokens - inf.cached_input_tokens + inf.context_growth_tokens * (calls - 1.0) / calls
    )
    notebook = inf.serving_stack == "notebook"
    inf_precision = {32: "fp32", 16: "bf16", 8: "fp8" if both else "bf16", 4: "fp4" if both else "bf16"}[
        inf.weight_bits
    ]
    x = {
        # model
        "n_total": m.parameters,
        "n_active": n_active,
        "tokens": m.training_tokens,
        "n_layers": shape["n_layers"],
        "d_model": shape["d_model"],
        "kv_dim": shape["n_kv_heads"] * shape["head_dim"],
        "student_n_layers": student_shape["n_layers"],
        "student_d_model": student_shape["d_model"],
        "student_kv_dim": student_shape["n_kv_heads"] * student_shape["head_dim"],
        "context_length": m.context_length,
        "routed_fraction": routed_fraction,
        "route_share": route_share,
        # training
        "train_peak_flops": acc_t.peak_flops(tr.precision) or 0.0,
        "train_count": tr.accelerator_count,
        "mfu": tr.mfu,
        "train_hours_given": tr.accelerator_hours,  # None = derive from FLOPs
        "train_power_given_w": tr.power_per_accelerator_w,  # None = model from TDP
        "train_tdp_w": acc_t.tdp_w or 0.0,
        "train_power_fraction": tr.power_fraction_of_tdp,
        "train_host_fraction": tr.host_overhead_fraction,
        "development_factor": tr.development_factor,  # None = from the development share
        "development_share": tr.development_share,
        "stage_tokens": math.fsum(st.tokens or 0.0 for st in tr.stages),
        "stage_hours_given": math.fsum(st.accelerator_hours or 0.0 for st in tr.stages),
        "train_acc_kg": emb_kg(acc_t),
        # data centre
        "pue": pue_eff,
        "grid_g_per_kwh": grid_eff,
        # measurements the Monte Carlo holds fixed: a typed grid intensity (every site's, with sites) and a
        # published PUE (review 2026-12, defect 13)
        "grid_given": all(s["grid_given"] for s in sites),
        "pue_given": dc.pue_measured and not dc.sites,
        "renewable_share": dc.renewable_share,
        "wue_l_per_kwh": dc.wue_l_per_kwh,
        "offsite_water_l_per_kwh": dc.offsite_water_l_per_kwh,
        # inference
        "inf_peak_flops": acc_i.peak_flops(inf_precision) or acc_i.peak_flops("bf16"),
        "inf_peak_bf16_flops": acc_i.peak_flops("bf16"),  # the 16-bit baseline's compute
        "inf_bandwidth_bps": acc_i.memory_bandwidth_gbps * 1e9,
        "inf_memory_bytes": acc_i.memory_gb * 1e9,
        "inf_tdp_w": acc_i.tdp_w,
        "inf_count_given": inf.accelerator_count,  # None = fewest that hold weights and cache
        # the notebook stack decodes one sequence at a time, whatever the configured batch
        "batch": 1 if notebook else inf.batch_size,
        "peak_factor": inf.peak_factor,  # None = full batches while busy, provisioned at busy_share
        "disaggregated": inf.serving_stack == "fleet",
        "weight_bits": inf.weight_bits,
        "kv_bits": inf.kv_cache_bits,
        "input_tokens": ctx_mean,
        "cached_input_tokens": ctx_mean - fresh_mean,
        "max_input_tokens": inf.input_tokens + growth,
        # reasoning tokens are decoded like the answer: they cost decode steps and fill the cache
        "output_tokens": inf.output_tokens + inf.reasoning_tokens,
        "calls_per_query": inf.calls_per_query,
        "energy_boundary": inf.energy_boundary,
        "queries_per_day": inf.queries_per_day,
        "deployment_days": inf.deployment_days,
        "busy_share": inf.busy_share,
        "idle_fraction": acc_i.idle_w / acc_i.tdp_w if acc_i.idle_w is not None else inf.idle_power_fraction,
        "memory_power_fraction": inf.memory_bound_power_fraction,
        "bandwidth_efficiency": inf.bandwidth_efficiency,
        "compute_efficiency": inf.compute_efficiency,
        "inf_host_fraction": inf.host_overhead_fraction,
        "memory_overhead": inf.memory_overhead,
        "inf_acc_kg": emb_kg(acc_i),
        # optimisation
        "kernel_efficiency": opt.quantization_kernel_efficiency,
        "step_overhead_s": NOTEBOOK_STEP_OVERHEAD_S if notebook else STEP_OVERHEAD_S,
        "seq_overhead_s": 0.0 if notebook else SEQ_OVERHEAD_S,
        # share of the overhead time the GPU draws busy power: a served step runs kernels through it (vLLM with
        # CUDA graphs); an unbatched library's GPU mostly waits for Python to launch the next kernel
        "overhead_busy": NOTEBOOK_OVERHEAD_BUSY if notebook else 1.0,
        "weight_only": not both,  # the dequantisation factor applies to weight-only kernels alone
        "student_fraction": student,
        "distillation_tokens": distillation_tokens(scenario),
        "pruning_share": opt.pruning_share,
        # embodied
        "server_kg": emb.server_kgco2e,
        "acc_per_server": emb.accelerators_per_server,
        "service_life_years": emb.service_life_years,
    }
    _check_serving_memory(x)
    return x


def _check_serving_memory(x: Inputs) -> None:
    """Refuse a given accelerator count whose memory cannot hold the served model's weights and cache."""
    given = x["inf_count_given"]
    if given is None:
        return
    keep, s = 1.0 - x["pruning_share"], x["student_fraction"]
    step = decode_step(
        x,
        x["n_total"] * keep * s,
        x["n_active"] * keep * s,
        x["student_n_layers"],
        x["student_d_model"],
        x["student_kv_dim"],
        x["weight_bits"],
        x["kernel_efficiency"],
    )
    need = step["memory_needed_bytes"]
    have = given * x["inf_memory_bytes"]
    if have < need:
        fits = math.ceil(need / x["inf_memory_bytes"])
        cache = need - step["weight_bytes"] * x["memory_overhead"]
        raise InputConflict(
            f"inference.accelerator_count = {given} gives {have / 1e9:,.0f} GB; the weights and cache need "
            f"{need / 1e9:,.0f} GB ({step['weight_bytes'] / 1e9:,.1f} GB x {x['memory_overhead']:g} runtime + "
            f"{cache / 1e9:,.1f} GB cache); at least {fits} fit "
            f"({2 ** math.ceil(math.log2(fits))} as a power of two for tensor parallelism), "
            "or leave it empty to use the fewest that fit",
            "serving_memory_short",
            {
                "inference.accelerator_count": given,
                "memory_gb": have / 1e9,
                "needed_gb": need / 1e9,
                "fits": fits,
                "fits_power_of_two": 2 ** math.ceil(math.log2(fits)),
            },
        )


# ----- array-or-scalar helpers -------------------------------------------------------------------------


class _Scalar:
    """The few numpy functions :func:`compute` needs, for plain floats (10x faster than numpy scalars)."""

    maximum = staticmethod(max)
    minimum = staticmethod(min)
    ceil = staticmethod(math.ceil)
    log2 = staticmethod(math.log2)
    exp2 = staticmethod(lambda x: 2.0**x)
    exp = staticmethod(math.exp)

    @staticmethod
    def div(a, b, default=math.inf):
        return a / b if b else default

    @staticmethod
    def where(cond, a, b):
        return a if cond else b


class _Array:
    maximum = staticmethod(np.maximum)
    minimum = staticmethod(np.minimum)
    ceil = staticmethod(np.ceil)
    log2 = staticmethod(np.log2)
    exp2 = staticmethod(np.exp2)
    exp = staticmethod(np.exp)

    @staticmethod
    def div(a, b, default=np.inf):
        b = np.asarray(b, dtype=float)
        zero = b == 0
        # a tiny divisor gives +inf: "never", not an error; a zero divisor's quotient is replaced below
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            out = np.divide(a, b, dtype=float)
        if zero.any():
            out = np.where(zero, default, out)
        return np.asarray(out, dtype=float)

    @staticmethod
    def where(cond, a, b):
        return np.where(cond, a, b)


def _ops(x: Mapping[str, Any]):
    return _Array if any(isinstance(v, np.ndarray) for v in x.values()) else _Scalar


# ----- the formulas -----------------------------------------------------------------------------------


def training_flops(n_active, tokens, n_layers, d_model, context, xp=_Scalar):
    """Training compute [FLOP].

    ``6 N D`` (Kaplan et al. 2020, sec. 2.1; used by Patterson et al. 2021 and LLMCarbon) plus the
    attention term ``6 n_layers n_ctx d_model`` per token (Kaplan eq. 2.2 x 3 for forward + backward),
    at a training sequence length of min(context, 8192) tokens.
    """
    seq = xp.minimum(context, 8192.0)
    return 6.0 * n_active * tokens + 6.0 * n_layers * seq * d_model * tokens


def decode_step(
    x: Inputs,
    n_total,
    n_active,
    n_layers,
    d_model,
    kv_dim,
    weight_bits,
    kernel_efficiency,
    xp=_Scalar,
    peak_flops=None,
    batch=None,
) -> Results:
    """Roofline of one continuous-batching decode step on one model replica.

    Per step every active weight is read once for the whole batch and every sequence's KV cache is read
    (memory time), while the batch does ``2 N_active`` FLOP per token plus attention and its share of
    prefill (compute time); the step takes the longer of the two (Williams et al. 2009 roofline, as
    applied to LLM decoding by EcoLogits and the ML.ENERGY benchmark). Quantization shrinks the weight
    bytes (bits / 8 per weight); weight-only low-bit kernels read weights at ``kernel_efficiency`` of 16-bit
    speed (dequantisation overhead measured in bitsandbytes issue threads).

    Returns per-replica accelerator count, step time [s], power per accelerator [W] and energy per
    output token at the accelerators [J]. ``batch``: the sequences this step decodes, when the server runs
    below its configured maximum (achieved concurrency); memory is sized for the configured ``x["batch"]``.
    """
    configured = x["batch"]
    batch = configured if batch is None else batch
    inp, out = x["input_tokens"], x["output_tokens"]
    weight_bytes = n_total * weight_bits / 8.0
    # Mixture of experts: a step reads the always-read weights and the experts the batch touches. With top-k
    # routing over E experts, B tokens touch E x (1 - (1 - k/E)^B) experts on average (independent routing);
    # memory still holds every expert.
    routed = x["routed_fraction"]
    touched = 1.0 - (1.0 - x["route_share"]) ** batch
    read_bytes = weight_bytes * (1.0 - routed + routed * touched)
    kv_bytes_per_token = 2.0 * n_layers * kv_dim * x["kv_bits"] / 8.0  # keys and values, every layer
    seq_max = xp.minimum(x["max_input_tokens"] + out, x["context_length"])
    ctx_avg = xp.minimum(inp + out / 2.0, x["context_length"])  # mean context while decoding

    # Accelerators per replica: fewest whose memory holds weights (x1.2 runtime overhead, EcoLogits)
    # and the full batch's cache, rounded up to a power of two as tensor parallelism requires. A given
    # count is checked in :func:`resolve` for the served model; the 16-bit baseline it may not hold is
    # sized on its own.
    need_bytes = weight_bytes * x["memory_overhead"] + configured * seq_max * kv_bytes_per_token
    fewest = xp.exp2(xp.ceil(xp.log2(xp.maximum(xp.ceil(need_bytes / x["inf_memory_bytes"]), 1.0))))
    given = x["inf_count_given"]
    if given is None:
        count = fewest
    else:
        count = xp.where(given * x["inf_memory_bytes"] >= need_bytes, given + 0.0 * need_bytes, fewest)

    # Weight-only low-bit kernels dequantise as they read: their weight reads run at ``kernel_efficiency``
    # of 16-bit speed. The KV cache (``kv_cache_bits``) and the 16-bit compute are not slowed by it.
    low_bit = xp.where(weight_bits < 16, kernel_efficiency, 1.0) if x["weight_only"] else 1.0
    bw = count * x["inf_bandwidth_bps"] * x["bandwidth_efficiency"]
    t_mem = read_bytes / (bw * low_bit) + batch * ctx_avg * kv_bytes_per_token / bw

    # FLOP per step: decode (2 N per token, Kaplan 2020) + attention over the context (4 L d ctx) +
    # the prefill of the queries that finish in this step (2 N per prompt token + causal attention).
    # Prefill runs on the prompt tokens not served from a prefix cache; each attends causally to the tokens
    # before it, (cached + input) / 2 on average (4 L d per token pair, Kaplan eq. 2.2; = 2 L d inp^2 uncached).
    fresh = inp - x["cached_input_tokens"]
    prefill_per_query = 2.0 * n_active * fresh + 2.0 * n_layers * d_model * fresh * (
        inp + x["cached_input_tokens"]
    )
    # A disaggregated fleet prefills on its own accelerators (DistServe, Zhong et al. 2024, arXiv:2401.09670;
    # Splitwise, Patel et al. 2024, arXiv:2311.18677): its decode steps carry no prefill; :func:`_serving` costs it.
    prefill_in_step = 0.0 if x["disaggregated"] else batch / out * prefill_per_query
    flops_step = batch * (2.0 * n_active + 4.0 * n_layers * d_model * ctx_avg) + prefill_in_step
    peak = x["inf_peak_flops"] if peak_flops is None else peak_flops
    t_comp = flops_step / (count * peak * x["compute_efficiency"])
    # Measured serving adds per-step time the roofline does not have (:data:`STEP_OVERHEAD_S`,
    # :data:`SEQ_OVERHEAD_S`), on the memory side (compute-bound steps hide it). The GPU runs kernels through it,
    # so it counts as busy in the power model below.
    t_over = x["step_overhead_s"] + x["seq_overhead_s"] * batch
    t_step = xp.maximum(t_mem + t_over, t_comp)

    # Power rises with utilisation between idle and TDP (ML.ENERGY v3: 486 W at batch 8 -> 688 W at
    # batch 512 on a 700 W H100). Busy compute units alone reach the power limit (compute-bound matmuls
    # run at TDP); saturated memory traffic adds ``memory_power_fraction`` of the dynamic range; the sum
    # is capped at TDP.
    util = xp.minimum(
        1.0, (x["memory_power_fraction"] * t_mem + x["overhead_busy"] * t_over + t_comp) / t_step
    )
    idle = x["idle_fraction"]
    power_w = x["inf_tdp_w"] * (idle + (1.0 - idle) * util)
    energy_per_token_j = count * power_w * t_step / batch
    # the roofline alone (no measured overheads): the "accelerators, ideal" boundary layer, as estimates that
    # count only the chips' theoretical work report it (Google's "existing approach", Elsworth et al. 2025)
    t_ideal = xp.maximum(t_mem, t_comp)
    util_ideal = xp.minimum(1.0, (x["memory_power_fraction"] * t_mem + t_comp) / t_ideal)
    ideal_j = count * x["inf_tdp_w"] * (idle + (1.0 - idle) * util_ideal) * t_ideal / batch
    return {
        "ideal_energy_per_output_token_j": ideal_j,
        "batch": batch,
        "prefill_flops": prefill_per_query,
        "peak_flops": peak,
        "count": count,
        "t_step_s": t_step,
        "memory_bound": t_mem >= t_comp,
        "power_per_accelerator_w": power_w,
        "energy_per_output_token_j": energy_per_token_j,
        "weight_bytes": weight_bytes,
        "memory_needed_bytes": need_bytes,
    }


def _serving(x: Inputs, step: Results, pue, xp, replicas=None) -> Results:
    """Whole-system energy per query: accelerators + host + idle provisioned capacity, times PUE.

    The boundary follows Elsworth et al. 2025 (Google, arXiv:2508.15734): active accelerators, host
    CPU/DRAM (``host_overhead_fraction`` x TDP per accelerator; EcoLogits' 1.2 kW per 8-GPU server is
    0.21 x 700 W), idle provisioned machines, and the data-centre overhead (PUE).

    Idle capacity counts whole replicas, as embodied carbon and peak power do: demand needs
    ``qpd x busy_s / (86,400 x busy_share)`` replicas on average, rounded up; whatever part of their day is
    not serving draws idle power (review 2026-12, defect 4: one H100 serving 1,000 queries a day idles at
    (105 + 147) W x PUE, not 0.8 W). ``replicas`` given (provisioned for a peak, :func:`_serve`) replaces that count.

    A disaggregated fleet's prefill runs compute-bound on prefill accelerators at TDP (Splitwise measured the
    prompt phase at the power limit, the token phase well below it): ``FLOPs / (peak x compute_efficiency)`` of
    accelerator time per call, added to the accelerators' energy and, for host and idle power, to the busy time.
    """
    count, t_step = step["count"], step["t_step_s"]
    calls = x["calls_per_query"]
    # replica-seconds of one query: its decoded tokens (reasoning + answer) in every call it makes
    busy_s = t_step * x["output_tokens"] * calls / step["batch"]
    host_w = x["inf_host_fraction"] * x["inf_tdp_w"]
    acc_j = step["energy_per_output_token_j"] * x["output_tokens"] * calls
    if x["disaggregated"]:
        prefill_s = step["prefill_flops"] / (count * step["peak_flops"] * x["compute_efficiency"]) * calls
        acc_j = acc_j + count * x["inf_tdp_w"] * prefill_s
        busy_s = busy_s + prefill_s
    host_j = count * host_w * busy_s
    b = x["busy_share"]
    busy_day_s = x["queries_per_day"] * busy_s  # replica-seconds of serving per day
    if replicas is None:
        replicas = xp.ceil(busy_day_s / (SECONDS_PER_DAY * b))
    # busy share of the whole replicas; floored at 1e-9 (a 1-second query once in 30 years) so that a vanishing
    # demand gives a huge but finite per-query figure rather than an overflow
    b_whole = xp.maximum(xp.div(busy_day_s, SECONDS_PER_DAY * replicas, b), 1e-9)
    idle_j = (1.0 - b_whole) / b_whole * count * (x["idle_fraction"] * x["inf_tdp_w"] + host_w) * busy_s
    it_j = acc_j + host_j + idle_j
    fac_j = it_j * pue
    return {
        "busy_s": busy_s,
        # sequences in flight per replica, averaged over the day (Little's law: arrival rate x time in system)
        "concurrency": xp.div(busy_day_s, SECONDS_PER_DAY * replicas, 0.0) * step["batch"],
        "acc_j": acc_j,
        "host_j": host_j,
        "idle_j": idle_j,
        "it_j": it_j,
        "fac_j": fac_j,
        "host_w": host_w,
        "replicas": replicas,
    }


def _serve(x: Inputs, args: tuple, pue, xp, peak_flops=None) -> tuple[Results, Results, Results]:
    """Decode steps and whole-system serving at the batch the server actually runs: ``(step, serving, full)``.

    Without ``peak_factor`` every busy step decodes the configured batch B, and ``busy_share`` of the provisioned
    replicas is busy (the model before the serving stacks). With it, replicas are provisioned for the peak demand
    at batch B, ``ceil(peak calls/s x time in system / B)`` (Little's law, L = lambda W; Little 1961), and the
    concurrency per replica at the average demand solves ``L = lambda x out x t_step(L)``, with the step time
    linear in the batch between batch 1 and B (exact while memory-bound): ``L = lambda a0 / (1 - lambda a1)``,
    capped at B. With Poisson arrivals the sequences in a replica are Poisson(L) (the M/G/infinity queue, any
    service time; Kleinrock 1975, Queueing Systems I, sec. 2.8, valid below the cap), so it idles a share e^-L of
    the time and decodes ``L / (1 - e^-L)`` sequences a step while busy. ``full``: the step at batch B, whose
    roofline is the "accelerators, ideal" layer (a benchmark's full server).
    """
    full = decode_step(x, *args, xp=xp, peak_flops=peak_flops)
    if x["peak_factor"] is None:
        return full, _serving(x, full, pue, xp), full
    b_max = x["batch"]
    calls_per_s = x["queries_per_day"] * x["calls_per_query"] / SECONDS_PER_DAY
    # time in system of one call at full batch; a fleet's prefill adds its compute-bound time
    w_full = x["output_tokens"] * full["t_step_s"]
    if x["disaggregated"]:
        w_full = w_full + full["prefill_flops"] / (
            full["count"] * full["peak_flops"] * x["compute_efficiency"]
        )
    replicas = xp.maximum(xp.ceil(calls_per_s * x["peak_factor"] * w_full / b_max), 1.0)
    tokens_per_s = calls_per_s / replicas * x["output_tokens"]  # decode work arriving at one replica
    one = decode_step(x, *args, xp=xp, peak_flops=peak_flops, batch=1.0) if b_max > 1 else full
    a1 = (full["t_step_s"] - one["t_step_s"]) / max(b_max - 1.0, 1.0)
    a0 = one["t_step_s"] - a1
    saturated = tokens_per_s * a1 >= 1.0
    conc = xp.where(saturated, b_max, tokens_per_s * a0 / xp.maximum(1.0 - tokens_per_s * a1, 1e-12))
    conc = xp.minimum(conc, b_max)
    busy_batch = xp.where(conc > 1e-9, conc / (1.0 - xp.exp(-xp.maximum(conc, 1e-9))), 1.0)
    busy_batch = xp.minimum(xp.maximum(busy_batch, 1.0), b_max)
    step = decode_step(x, *args, xp=xp, peak_flops=peak_flops, batch=busy_batch)
    return step, _serving(x, step, pue, xp, replicas=replicas), full


#: Energy boundaries a user can choose, narrowest first (``inference.energy_boundary``); the last two add the
#: manufacturing carbon and the water of the facility boundary's energy.
BOUNDARIES = ("accelerators-ideal", "accelerators", "host", "idle", "facility", "embodied", "water")


def _boundary_wh(boundary: str, q: Results, step: Results, x: Inputs):
    """Energy per query [Wh] within the chosen boundary (each wider one includes the narrower ones)."""
    if boundary == "accelerators-ideal":
        return step["ideal_energy_per_output_token_j"] * x["output_tokens"] * x["calls_per_query"] / 3600.0
    j = {
        "accelerators": q["acc_j"],
        "host": q["acc_j"] + q["host_j"],
        "idle": q["it_j"],
        "facility": q["fac_j"],
        "embodied": q["fac_j"],
        "water": q["fac_j"],
    }
    return j[boundary] / 3600.0


def _boundary_footprint(boundary: str, q: Results, step: Results, x: Inputs, grid, embodied_kg, water_l, xp):
    """CO2e and water per query within the chosen boundary: the boundary's energy on the grid, + the provisioned
    hardware's manufacturing carbon per query from ``embodied`` on, + on-site and off-site water at ``water``."""
    wh = _boundary_wh(boundary, q, step, x)
    qn = x["queries_per_day"] * x["deployment_days"]
    embodied_g = xp.where(qn > 0, embodied_kg * 1000.0 / xp.maximum(qn, 1e-6), 0.0)
    wide = boundary in ("embodied", "water")
    return {
        "inference.boundary_co2e_per_query_g": wh / 1000.0 * grid
        + (embodied_g if wide else 0.0 * embodied_g),
        "inference.boundary_water_per_query_ml": water_l * 1000.0 * (1.0 if boundary == "water" else 0.0),
    }


#: The outputs ``compute(..., savings=False)`` leaves out.
SAVINGS_OUTPUTS = (
    "optimisation.baseline_energy_per_query_wh",
    "optimisation.energy_per_query_saving_share",
    "optimisation.saving_kwh",
    "optimisation.distillation_payback_queries",
    "optimisation.distillation_payback_days",
)


def compute(x: Inputs, savings: bool = True) -> Results:
    """Every output of the estimate from resolved inputs; floats in, floats out; arrays in, arrays out.

    ``savings=False`` leaves out what the optimisations save against the 16-bit and the undistilled model
    (:data:`SAVINGS_OUTPUTS`): two of the three decode roofline passes. Every other output is the same; the
    comparisons and the Monte Carlo ranges, which show none of those, are computed so on each slider frame.
    """
    xp = _ops(x)
    pue, grid = x["pue"], x["grid_g_per_kwh"]
    market_grid = grid * (
        1.0 - x["renewable_share"]
    )  # contracted clean energy counted at zero (GHG Protocol Scope 2)
    r: Results = {}

    # ---- training (Patterson et al. 2021, sec. 2.5: kWh = hours x avg power x PUE / 1000) ----
    flops = training_flops(x["n_active"], x["tokens"], x["n_layers"], x["d_model"], x["context_length"], xp)
    if x["train_hours_given"] is None:
        final_hours = flops / (x["train_peak_flops"] * x["mfu"]) / 3600.0
    else:
        final_hours = x["train_hours_given"] + 0.0 * flops
    # Later pipeline stages (mid-training, SFT, preference tuning, RL): their tokens at the same FLOPs per token
    # and utilisation, or their measured hours. RL's rollouts are generation, cheaper per token than training;
    # charging them at 6N is an upper bound.
    stage_flops = xp.div(flops, x["tokens"], 0.0) * x["stage_tokens"]
    stage_hours = xp.div(stage_flops, x["train_peak_flops"] * x["mfu"], 0.0) / 3600.0 + x["stage_hours_given"]
    hours = final_hours + stage_hours
    flops = flops + stage_flops
    if x["train_power_given_w"] is None:
        power_w = x["train_tdp_w"] * (x["train_power_fraction"] + x["train_host_fraction"])
    else:
        power_w = x["train_power_given_w"] + 0.0 * hours
    it_kwh = hours * power_w / 1000.0
    energy_kwh = it_kwh * pue
    wall_days = hours / x["train_count"] / 24.0
    # Embodied: hardware footprint x share of its service life the run occupies (LLMCarbon, Faiz et al.
    # 2024, eq. 5; EcoLogits). Servers (5,700 kg, BoaviztAPI via EcoLogits) are shared by 8 accelerators.
    per_acc_kg = x["train_acc_kg"] + x["server_kg"] / x["acc_per_server"]
    train_embodied = hours * per_acc_kg / (x["service_life_years"] * HOURS_PER_YEAR)
    r.update(
        {
            "training.flops": flops,
            "training.accelerator_hours": hours,
            "training.stages_accelerator_hours": stage_hours,
            "training.wall_clock_days": wall_days,
            "training.power_per_accelerator_w": power_w,
            "training.it_energy_kwh": it_kwh,
            "training.energy_kwh": energy_kwh,
            "training.overhead_energy_kwh": energy_kwh - it_kwh,
            "training.co2e_kg": energy_kwh * grid / 1000.0,
            "training.co2e_market_kg": energy_kwh * market_grid / 1000.0,
            "training.embodied_co2e_kg": train_embodied,
            # Water: on-site cooling (WUE x IT energy) + off-site generation (Li et al. 2023, eq. 1)
            "training.water_onsite_l": it_kwh * x["wue_l_per_kwh"],
            "training.water_l": it_kwh * x["wue_l_per_kwh"] + energy_kwh * x["offsite_water_l_per_kwh"],
            "training.average_power_mw": power_w * x["train_count"] * pue / 1e6,
        }
    )

    # ---- inference: baseline (16-bit teacher), without distillation, and fully optimised ----
    keep = 1.0 - x["pruning_share"]  # structured pruning removes whole heads/neurons (fewer active weights)
    s = x["student_fraction"]
    shape_t = (x["n_layers"], x["d_model"], x["kv_dim"])
    shape_s = (x["student_n_layers"], x["student_d_model"], x["student_kv_dim"])
    opt, q, opt_full = _serve(
        x,
        (
            x["n_total"] * keep * s,
            x["n_active"] * keep * s,
            *shape_s,
            x["weight_bits"],
            x["kernel_efficiency"],
        ),
        pue,
        xp,
    )

    qpd, days = x["queries_per_day"], x["deployment_days"]
    fac_kwh_q = q["fac_j"] / 3.6e6
    it_kwh_q = q["it_j"] / 3.6e6
    day_kwh = qpd * fac_kwh_q
    provisioned = q["replicas"] * opt["count"]
    inf_per_acc_kg = x["inf_acc_kg"] + x["server_kg"] / x["acc_per_server"]
    inf_embodied = provisioned * inf_per_acc_kg * days / (x["service_life_years"] * 365.0)
    water_q_l = it_kwh_q * x["wue_l_per_kwh"] + fac_kwh_q * x["offsite_water_l_per_kwh"]
    r.update(
        {
            "inference.accelerator_count": opt["count"],
            "inference.memory_bound": opt["memory_bound"],
            "inference.step_time_ms": opt["t_step_s"] * 1000.0,
            "inference.tokens_per_s": opt["batch"] / opt["t_step_s"],
            # the configured maximum, the batch a busy step decodes, and sequences in flight averaged over the day
            "inference.configured_batch": x["batch"] + 0.0 * opt["t_step_s"],
            "inference.achieved_batch": opt["batch"] + 0.0 * opt["t_step_s"],
            "inference.concurrency": q["concurrency"],
            "inference.power_per_accelerator_w": opt["power_per_accelerator_w"],
            "inference.energy_per_output_token_j": opt["energy_per_output_token_j"],
            "inference.energy_per_query_wh": fac_kwh_q * 1000.0,
            "inference.it_energy_per_query_wh": it_kwh_q * 1000.0,
            "inference.accelerator_energy_per_query_wh": q["acc_j"] / 3600.0,
            "inference.host_energy_per_query_wh": q["host_j"] / 3600.0,
            "inference.idle_energy_per_query_wh": q["idle_j"] / 3600.0,
            "inference.overhead_energy_per_query_wh": (q["fac_j"] - q["it_j"]) / 3600.0,
            # boundary layers (cumulative), Elsworth et al. 2025: the roofline chips alone; + measured serving
            # overheads (the accelerators as served); + host; + idle capacity; + facility overhead (PUE)
            "inference.boundary.accelerators_ideal_wh": opt_full["ideal_energy_per_output_token_j"]
            * x["output_tokens"]
            * x["calls_per_query"]
            / 3600.0,
            "inference.boundary.accelerators_wh": q["acc_j"] / 3600.0,
            "inference.boundary.host_wh": (q["acc_j"] + q["host_j"]) / 3600.0,
            "inference.boundary.idle_wh": q["it_j"] / 3600.0,
            "inference.boundary.facility_wh": q["fac_j"] / 3600.0,
            "inference.boundary_energy_per_query_wh": _boundary_wh(x["energy_boundary"], q, opt_full, x),
            "inference.co2e_per_query_g": fac_kwh_q * grid,
            "inference.co2e_market_per_query_g": fac_kwh_q * market_grid,
            "inference.water_per_query_ml": water_q_l * 1000.0,
            "inference.water_onsite_per_query_ml": it_kwh_q * x["wue_l_per_kwh"] * 1000.0,
            "inference.energy_per_day_kwh": day_kwh,
            "inference.it_energy_kwh": qpd * it_kwh_q * days,
            "inference.energy_kwh": day_kwh * days,
            "inference.co2e_kg": day_kwh * days * grid / 1000.0,
            "inference.co2e_market_kg": day_kwh * days * market_grid / 1000.0,
            "inference.water_l": qpd * days * water_q_l,
            "inference.embodied_co2e_kg": inf_embodied,
            # manufacturing carbon per query: the provisioned hardware's share over the deployment's queries (a
            # vanishing demand is floored at 1e-6 queries, as the idle share is, to stay finite; none gives 0)
            "inference.embodied_co2e_per_query_g": xp.where(
                qpd > 0, inf_embodied * 1000.0 / xp.maximum(qpd * days, 1e-6), 0.0
            ),
            "inference.replicas": q["replicas"],
            **_boundary_footprint(x["energy_boundary"], q, opt_full, x, grid, inf_embodied, water_q_l, xp),
            "inference.provisioned_accelerators": provisioned,
            "inference.average_power_mw": day_kwh / 24.0 / 1000.0,
            "inference.peak_power_mw": provisioned * (x["inf_tdp_w"] + q["host_w"]) * pue / 1e6,
        }
    )

    # ---- optimisations: what quantization, pruning and distillation change ----
    # Distillation's one-off cost: teacher forward passes (2 N_teacher per token) + student training
    # (6 N_student per token) over the distillation tokens, on the training hardware and utilisation.
    distilling = s < 1.0
    d_tokens = xp.where(distilling, x["distillation_tokens"], 0.0)
    d_flops = 2.0 * x["n_active"] * d_tokens + 6.0 * x["n_active"] * keep * s * d_tokens
    peak = x["train_peak_flops"]
    d_hours = xp.where(peak > 0, d_flops / (xp.maximum(peak, 1.0) * x["mfu"]) / 3600.0, 0.0)
    modelled_w = x["train_tdp_w"] * (x["train_power_fraction"] + x["train_host_fraction"])
    d_power = modelled_w if x["train_power_given_w"] is None else x["train_power_given_w"]
    d_kwh = d_hours * d_power / 1000.0 * pue
    if savings:
        # the same serving with 16-bit weights and 16-bit compute (also for 32-bit weights, review 2026-12
        # defect 6) and no pruning or distillation, and without distillation only
        base = _serve(
            x, (x["n_total"], x["n_active"], *shape_t, 16.0, 1.0), pue, xp, x["inf_peak_bf16_flops"]
        )[1]
        undist = _serve(
            x,
            (x["n_total"] * keep, x["n_active"] * keep, *shape_t, x["weight_bits"], x["kernel_efficiency"]),
            pue,
            xp,
        )[1]
        base_kwh_q = base["fac_j"] / 3.6e6
        undist_kwh_q = undist["fac_j"] / 3.6e6
        r["optimisation.baseline_energy_per_query_wh"] = base_kwh_q * 1000.0
        r["optimisation.energy_per_query_saving_share"] = 1.0 - xp.div(fac_kwh_q, base_kwh_q, 1.0)
        r["optimisation.saving_kwh"] = (base_kwh_q - fac_kwh_q) * qpd * days
    r["optimisation.distillation_energy_kwh"] = d_kwh
    r["optimisation.distillation_co2e_kg"] = d_kwh * grid / 1000.0
    if savings:
        payback_queries = xp.div(d_kwh, xp.maximum(undist_kwh_q - fac_kwh_q, 0.0))
        r["optimisation.distillation_payback_queries"] = payback_queries
        r["optimisation.distillation_payback_days"] = xp.div(payback_queries, qpd)

    # ---- lifecycle: training x development + distillation + serving + embodied ----
    # Development (experiments, ablations, failed runs): a given multiple, or 1 / (1 - share) of the pipeline's
    # compute (OLMo 3: 82.2 % development, x5.6; Morrison, Smith & Strubell 2026, arXiv:2605.01158)
    dev = 1.0 / (1.0 - x["development_share"]) if x["development_factor"] is None else x["development_factor"]
    train_total_kwh = energy_kwh * dev
    life_kwh = train_total_kwh + d_kwh + day_kwh * days
    life_co2 = (
        r["training.co2e_kg"] * dev
        + r["optimisation.distillation_co2e_kg"]
        + r["inference.co2e_kg"]
        + train_embodied * dev
        + inf_embodied
    )
    life_market = (
        r["training.co2e_market_kg"] * dev
        + d_kwh * market_grid / 1000.0
        + r["inference.co2e_market_kg"]
        + train_embodied * dev
        + inf_embodied
    )
    r.update(
        {
            "lifecycle.development_factor": dev + 0.0 * train_total_kwh,
            "lifecycle.training_energy_kwh": train_total_kwh,
            # the two bars of the breakdown chart: making the model, and serving it (embodied included)
            "lifecycle.training_total_energy_kwh": train_total_kwh + d_kwh,
            "lifecycle.training_total_co2e_kg": r["training.co2e_kg"] * dev
            + r["optimisation.distillation_co2e_kg"]
            + train_embodied * dev,
            "lifecycle.serving_co2e_kg": r["inference.co2e_kg"] + inf_embodied,
            "lifecycle.energy_kwh": life_kwh,
            "lifecycle.co2e_kg": life_co2,
            "lifecycle.co2e_market_kg": life_market,
            "lifecycle.embodied_co2e_kg": train_embodied * dev + inf_embodied,
            "lifecycle.water_l": r["training.water_l"] * dev + r["inference.water_l"],
            # The day cumulative serving energy passes the training energy (Patterson et al. 2022 found
            # inference ~3/5 of Google's ML energy): training / serving energy per day.
            "lifecycle.crossover_days": xp.div(train_total_kwh + d_kwh, day_kwh),
            "lifecycle.inference_share": xp.div(day_kwh * days, life_kwh, 0.0),
        }
    )
    return r


# ----- notes: what the user should know about how their inputs were used ----------------------------


def estimate_notes(scenario: Scenario, cat: Catalog | None = None) -> list[str]:
    """Plain sentences about inputs that override others, shown beside the estimate (CLI and window)."""
    cat = cat or catalog()
    dc = scenario.datacenter
    notes = []

    def region_grid(code: str) -> float | None:
        try:
            return cat.region(code, scenario.custom).gco2e_per_kwh
        except KeyError:
            return None

    opt = scenario.optimisation
    if opt.distillation_student_fraction < 1.0 and opt.distillation_tokens == 0:
        notes.append(
            "optimisation.distillation_tokens is 0: the distilled student is charged a compute-optimal run of "
            f"{DEFAULT_DISTILLATION_TOKENS_PER_PARAMETER:g} tokens per student parameter "
            f"({distillation_tokens(scenario):,.0f} tokens; Hoffmann et al. 2022); give the tokens to use your own"
        )
    inf = scenario.inference
    if inf.serving_stack == "notebook" and inf.batch_size != 1:
        notes.append(
            f"inference.serving_stack = notebook decodes one sequence at a time: inference.batch_size = "
            f"{inf.batch_size} is not used"
        )
    if inf.peak_factor is not None:
        notes.append(
            f"inference.peak_factor = {inf.peak_factor:g} sizes the replicas for the peak and sets how busy they are: "
            f"inference.busy_share = {inf.busy_share:g} is not used"
        )
    if dc.grid_intensity_g_per_kwh is not None and not dc.sites:
        table = region_grid(dc.region)
        notes.append(
            f"datacenter.grid_intensity_g_per_kwh = {dc.grid_intensity_g_per_kwh:g} g/kWh overrides region "
            f"{dc.region}"
            + (f" ({table:.0f} g/kWh in the grid table)" if table is not None else "")
            + "; clear it to use the region's grid"
        )
    if dc.sites:
        # the sites' own PUE and grid replace the main ones (review 2026-12, defect 8): say which were given
        unused = [f"datacenter.pue = {dc.pue:g}", f"datacenter.region = {dc.region}"]
        if dc.grid_intensity_g_per_kwh is not None:
            unused.append(f"datacenter.grid_intensity_g_per_kwh = {dc.grid_intensity_g_per_kwh:g}")
        notes.append(
            f"{len(dc.sites)} datacenter.sites are given: each site's own PUE and grid apply, so "
            + ", ".join(unused)
            + " are not used"
        )
    for i, site in enumerate(dc.sites):
        if site.grid_intensity_g_per_kwh is not None:
            table = region_grid(site.region)
            notes.append(
                f"datacenter.sites[{i}].grid_intensity_g_per_kwh = {site.grid_intensity_g_per_kwh:g} g/kWh "
                f"overrides region {site.region}"
                + (f" ({table:.0f} g/kWh in the grid table)" if table is not None else "")
            )
    return notes


# ----- conveniences --------------------------------------------------------------------------------


def estimate(scenario: Scenario, cat: Catalog | None = None) -> Results:
    """All outputs for one scenario, as Python floats."""
    return compute(resolve(scenario, cat))


def sites_breakdown(scenario: Scenario, results: Results, cat: Catalog | None = None) -> list[dict[str, Any]]:
    """Per-site energy, CO2e and average and peak power demand (MW) of the distributed case.

    Each site runs ``load_share`` of the IT load at its own PUE on its own grid; peak demand is the
    site's share of the provisioned hardware at full power (TDP + host) times its PUE.
    """
    sites = site_factors(scenario, cat)
    pue_eff = math.fsum(s["load_share"] * s["pue"] for s in sites)
    it_train = results["training.it_energy_kwh"]
    it_inf = results["inference.it_energy_kwh"]
    avg_it_mw = results["inference.average_power_mw"] / pue_eff
    peak_it_mw = results["inference.peak_power_mw"] / pue_eff
    train_it_mw = results["training.average_power_mw"] / pue_eff
    out = []
    for s in sites:
        share, pue = s["load_share"], s["pue"]
        out.append(
            {
                **s,
                "energy_kwh": (it_train + it_inf) * share * pue,
                "co2e_kg": (it_train + it_inf) * share * pue * s["grid_g_per_kwh"] / 1000.0,
                "inference_average_power_mw": avg_it_mw * share * pue,
                "inference_peak_power_mw": peak_it_mw * share * pue,
                "training_average_power_mw": train_it_mw * share * pue,
            }
        )
    return out


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"a.b": 1}`` -> ``{"a": {"b": 1}}``; infinities become None (JSON has no infinity)."""
    out: dict[str, Any] = {}
    for path, value in flat.items():
        if path.startswith("_"):
            continue
        node = out
        parts = path.split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = _plain(value)
    return out


def _plain(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, np.ndarray):
        v = v.item() if v.ndim == 0 else v.tolist()
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (float, np.floating)):
        v = float(v)
        return v if math.isfinite(v) else None
    if isinstance(v, (np.integer,)):
        return int(v)
    return v
