"""The scenario: every input of an estimate, validated, with units in the field names.

A scenario is plain data (pydantic v2, JSON-serialisable, no code, no paths). Field names are a public
contract: the command line (``--set training.mfu=0.4``), saved files and tests address fields by dotted
path. Every numeric field carries its physical range; a value outside it is refused with a message that
names the field, the value and the allowed range. Unknown fields are refused.

``schema_version`` is stamped in every saved file. Older files are migrated on load by
:func:`migrate` (see ``MIGRATIONS``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.units import format_count, printable

SCHEMA_VERSION = 6

#: Largest scenario file accepted, checked before parsing (bytes).
MAX_FILE_BYTES = 2_000_000
#: Deepest JSON nesting accepted in a scenario file.
MAX_JSON_DEPTH = 12


class ScenarioError(ValueError):
    """A user-facing problem with a scenario: one clear line, no traceback."""


class InputConflict(ScenarioError):
    """Inputs each within their own range that cannot hold together (active parameters above the total, a
    question longer than the context).

    ``str()`` is the command line's line, naming the dotted paths a person types after ``--set``. ``rule`` says
    which rule was broken (one of :data:`CONFLICT_RULES`), ``values`` holds the numbers involved by path (and
    named totals such as ``"query_tokens"``), so a window can say the same in words from the point of view of
    the input that moved, with :meth:`allowed` for that input's allowed range given the others.
    """

    def __init__(
        self, message: str, rule: str, values: dict[str, float], paths: tuple[str, ...] | None = None
    ):
        super().__init__(message)
        self.rule = rule
        self.values = dict(values)
        #: the scenario inputs the rule ties together (dotted paths); by default every path in ``values``
        self.paths = tuple(paths) if paths is not None else tuple(p for p in self.values if "." in p)

    def __reduce__(self) -> tuple[Any, ...]:  # kept whole through pickling and copying
        return (type(self), (str(self), self.rule, self.values, self.paths))

    def allowed(self, path: str) -> tuple[float | None, float | None] | None:
        """``(low, high)`` the input at ``path`` may take with every other input as it is (None on a side =
        the field's own bound, see :func:`field_range`); None when ``path`` is not part of the rule or no
        value of it alone resolves the conflict."""
        return _conflict_allowed(self, path)


#: the rules an :class:`InputConflict` names
CONFLICT_RULES = (
    "active_above_total",  # model.active_parameters > model.parameters
    "experts_per_token_above_experts",  # model.experts_per_token > model.n_experts
    "query_above_context",  # input + agent growth + reasoning + output > model.context_length
    "cached_above_input",  # inference.cached_input_tokens > inference.input_tokens
    "site_shares_not_whole",  # datacenter.sites load shares do not add up to 1
    "serving_memory_short",  # inference.accelerator_count too few to hold the weights and cache
    "idle_above_tdp",  # a user-defined accelerator's idle_w > tdp_w
)


#: rules "this input may not be above that one": (smaller, larger)
_NOT_ABOVE = {
    "active_above_total": ("model.active_parameters", "model.parameters"),
    "experts_per_token_above_experts": ("model.experts_per_token", "model.n_experts"),
}


def _conflict_allowed(err: InputConflict, path: str) -> tuple[float | None, float | None] | None:
    v = err.values
    if path not in err.paths:
        return None
    lo_f, hi_f, _ = field_range(path) if path in _PATHS else (None, None, "")
    lo = hi = None
    if err.rule in _NOT_ABOVE:  # the smaller input up to the larger; the larger down to the smaller
        small, large = _NOT_ABOVE[err.rule]
        lo, hi = (lo_f, v[large]) if path == small else (v[small], hi_f)
    elif err.rule == "cached_above_input":
        if path == "inference.cached_input_tokens":
            lo, hi = lo_f, v["inference.input_tokens"]
        else:  # the prompt may grow up to what the context leaves it
            lo = v["inference.cached_input_tokens"]
            room = v["model.context_length"] - (v["query_tokens"] - v["inference.input_tokens"])
            hi = min(hi_f, math.floor(room)) if hi_f is not None else math.floor(room)
    elif err.rule == "query_above_context":
        context, total = v["model.context_length"], v["query_tokens"]
        calls, growth = v["inference.calls_per_query"], v["inference.context_growth_tokens"]
        if path == "model.context_length":
            lo, hi = math.ceil(total), hi_f
        elif path == "inference.calls_per_query":
            if growth <= 0:
                return None
            rest = total - growth * (calls - 1.0)  # the tokens of one call without growth
            lo, hi = lo_f, math.floor(1.0 + (context - rest) / growth)
        elif path == "inference.context_growth_tokens":
            if calls <= 1.0:
                return None
            rest = total - growth * (calls - 1.0)
            lo, hi = lo_f, math.floor((context - rest) / (calls - 1.0))
        else:  # a token count of the question: what the context leaves it
            lo, hi = lo_f, math.floor(context - (total - v[path]))
    elif err.rule == "serving_memory_short" and path == "inference.accelerator_count":
        lo, hi = v["fits"], hi_f
    else:
        return None
    if lo is not None and hi is not None and hi < lo:
        return None  # the others leave this input no room: one of them has to change
    return lo, hi


def _num(lo: float, hi: float, unit: str, doc: str, *, strict_lo: bool = False) -> Any:
    """A numeric field with a physical range ``[lo, hi]`` and a unit, shown in messages and tooltips."""
    kwargs: dict[str, Any] = {"le": hi, "description": doc, "json_schema_extra": {"unit": unit}}
    if strict_lo:
        kwargs["gt"] = lo
    else:
        kwargs["ge"] = lo
    return Field(**kwargs)


def _numeric(annotation: Any) -> bool:
    """True for a number field (``float``, ``int | None``, ``Annotated[float, ...]``), False for ``bool``."""
    if get_origin(annotation) is Annotated:
        return _numeric(get_args(annotation)[0])
    args = get_args(annotation)
    if args:
        return bool not in args and any(_numeric(a) for a in args if a is not type(None))
    return annotation in (int, float)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)

    @field_validator("*", mode="before")
    @classmethod
    def _no_booleans_for_numbers(cls, value: Any, info: Any) -> Any:
        """pydantic would take ``true`` as 1: a PUE of ``true`` is a mistake, not 1.0."""
        field = cls.model_fields[info.field_name]
        if isinstance(value, bool) and _numeric(field.annotation):
            lo, hi, _ = _bounds(field)
            allowed = f"; {_range_words(field)} allowed" if lo is not None or hi is not None else ""
            raise ValueError(f"{str(value).lower()} is not a number{allowed}")
        return value


class ModelSpec(_Section):
    """The neural network: size, training data and the shape inference needs."""

    name: str = Field("Custom model", max_length=120, description="Display name of the model")
    parameters: Annotated[float, _num(1e6, 1e15, "parameters", "Total parameter count")] = 8e9
    active_parameters: float | None = Field(
        None,
        ge=1e6,
        le=1e15,
        description="Parameters active per token (mixture-of-experts); null = dense, all parameters",
        json_schema_extra={"unit": "parameters"},
    )
    training_tokens: Annotated[float, _num(1e6, 1e15, "tokens", "Tokens seen in training")] = 15e12
    n_layers: int | None = Field(
        None, ge=1, le=1000, description="Transformer layers; null = derived from the parameter count"
    )
    d_model: int | None = Field(
        None, ge=16, le=200_000, description="Hidden size; null = derived from the parameter count"
    )
    n_kv_heads: int | None = Field(
        None, ge=1, le=4096, description="Key/value heads (grouped-query attention); null = derived"
    )
    head_dim: int | None = Field(None, ge=8, le=1024, description="Size of one attention head; null = 128")
    context_length: Annotated[int, _num(128, 10_000_000, "tokens", "Longest context the model serves")] = 8192
    n_experts: int | None = Field(
        None,
        ge=1,
        le=100_000,
        description="Routed experts per mixture-of-experts layer; used with experts_per_token; null = approximated from active / total",
        json_schema_extra={"unit": "experts"},
    )
    experts_per_token: int | None = Field(
        None,
        ge=1,
        le=100_000,
        description="Routed experts each token uses (top-k); null = approximated from active / total",
        json_schema_extra={"unit": "experts"},
    )

    @model_validator(mode="after")
    def _active_not_above_total(self) -> ModelSpec:
        if self.active_parameters is not None and self.active_parameters > self.parameters:
            raise InputConflict(
                f"model.active_parameters = {format_count(self.active_parameters)} is larger than "
                f"model.parameters = {format_count(self.parameters)}; allowed 1M to model.parameters",
                "active_above_total",
                {"model.active_parameters": self.active_parameters, "model.parameters": self.parameters},
            )
        if (
            self.n_experts is not None
            and self.experts_per_token is not None
            and self.experts_per_token > self.n_experts
        ):
            raise InputConflict(
                f"model.experts_per_token = {self.experts_per_token} is more than model.n_experts = "
                f"{self.n_experts}; allowed 1 to model.n_experts",
                "experts_per_token_above_experts",
                {"model.experts_per_token": self.experts_per_token, "model.n_experts": self.n_experts},
            )
        return self


Precision = Literal["fp32", "tf32", "bf16", "fp16", "fp8", "int8"]


class TrainingStage(_Section):
    """One stage of a training pipeline after pre-training, with its tokens or its measured accelerator-hours."""

    name: Literal["mid-training", "long-context", "sft", "preference", "rl", "other"] = "other"
    tokens: float | None = Field(
        None,
        gt=0,
        le=1e15,
        description="Tokens trained on (6 x active parameters each)",
        json_schema_extra={"unit": "tokens"},
    )
    accelerator_hours: float | None = Field(
        None,
        gt=0,
        le=1e12,
        description="Measured accelerator-hours of the stage",
        json_schema_extra={"unit": "h"},
    )

    @model_validator(mode="after")
    def _tokens_or_hours(self) -> TrainingStage:
        if (self.tokens is None) == (self.accelerator_hours is None):
            raise ValueError(
                f"training stage '{self.name}': give tokens or accelerator_hours, one of the two"
            )
        return self


class TrainingSpec(_Section):
    """The final training run: hardware, utilisation, and measured values when they are known."""

    accelerator: str = Field("nvidia-h100-sxm5-80gb", max_length=120, description="Catalog accelerator id")
    accelerator_count: Annotated[int, _num(1, 10_000_000, "accelerators", "Accelerators in the run")] = 1024
    precision: Precision = Field("bf16", description="Arithmetic precision of the training matmuls")
    mfu: Annotated[
        float, _num(0.0, 1.0, "fraction", "Model FLOPs utilisation: achieved / peak FLOP/s", strict_lo=True)
    ] = 0.30
    accelerator_hours: float | None = Field(
        None,
        gt=0,
        le=1e12,
        description="Measured accelerator-hours; null = derived from FLOPs, peak and MFU",
        json_schema_extra={"unit": "h"},
    )
    power_per_accelerator_w: float | None = Field(
        None,
        gt=0,
        le=20_000,
        description="Measured all-in IT power per accelerator (host share included); null = modelled",
        json_schema_extra={"unit": "W"},
    )
    power_fraction_of_tdp: Annotated[
        float, _num(0.05, 1.5, "fraction", "Average accelerator draw during training as a share of TDP")
    ] = 0.75
    host_overhead_fraction: Annotated[
        float, _num(0.0, 2.0, "fraction of TDP", "Host CPU, memory and network power per accelerator / TDP")
    ] = 0.21
    development_factor: float | None = Field(
        None,
        ge=1.0,
        le=100.0,
        description="All training compute, experiments and failed runs included, as a multiple of the pipeline's "
        "runs; null = 1 / (1 - development_share)",
        json_schema_extra={"unit": "x final run"},
    )
    development_share: Annotated[
        float,
        _num(
            0.0,
            0.95,
            "fraction",
            "Share of all training compute spent on development: experiments, ablations, failed runs (OLMo 3: "
            "82.2 %, Morrison et al. 2026; OLMo 2 about 50 %)",
        ),
    ] = 0.822
    stages: list[TrainingStage] = Field(
        default_factory=list,
        max_length=20,
        description="Training stages after the final pre-training run: mid-training, long context, SFT, "
        "preference tuning, RL for reasoning; each with tokens or accelerator-hours",
    )


class Site(_Section):
    """One data centre of a geographically distributed deployment."""

    region: str = Field(..., max_length=120, description="Region code (grid table or provider:region)")
    load_share: Annotated[float, _num(0.0, 1.0, "fraction", "Share of the workload run at this site")]
    pue: Annotated[float, _num(1.0, 3.0, "", "Power usage effectiveness of this site")] = 1.2
    grid_intensity_g_per_kwh: float | None = Field(
        None,
        ge=0,
        le=2000,
        description="Override of the region's grid intensity",
        json_schema_extra={"unit": "gCO2e/kWh"},
    )


class DatacenterSpec(_Section):
    """Where the work runs: facility overhead, grid, water and contracted clean energy."""

    profile: str | None = Field(None, max_length=120, description="PUE profile id the values came from")
    region: str = Field("US", max_length=120, description="Grid region code or provider:region")
    grid_intensity_g_per_kwh: float | None = Field(
        None,
        ge=0,
        le=2000,
        description="Grid carbon intensity; null = from the region",
        json_schema_extra={"unit": "gCO2e/kWh"},
    )
    pue: Annotated[float, _num(1.0, 3.0, "", "Power usage effectiveness: facility / IT energy")] = 1.2
    pue_measured: bool = Field(
        False,
        description="The PUE is a published or measured value of this site: held fixed in the Monte Carlo "
        "(cleared when the PUE is changed without it)",
    )
    wue_l_per_kwh: Annotated[float, _num(0.0, 20.0, "L/kWh", "On-site water per kWh of IT energy")] = 0.3
    offsite_water_l_per_kwh: Annotated[
        float, _num(0.0, 20.0, "L/kWh", "Water consumed to generate each kWh of electricity")
    ] = 3.14
    renewable_share: Annotated[
        float, _num(0.0, 1.0, "fraction", "Share covered by contracted clean energy (market-based)")
    ] = 0.0
    sites: list[Site] = Field(default_factory=list, max_length=1000, description="Distributed sites")

    @field_validator("sites")
    @classmethod
    def _shares_sum_to_one(cls, sites: list[Site]) -> list[Site]:
        if sites:
            total = math.fsum(s.load_share for s in sites)
            if abs(total - 1.0) > 1e-6:
                raise InputConflict(
                    f"datacenter.sites load shares add up to {total:.4g}; they must add up to 1",
                    "site_shares_not_whole",
                    {"datacenter.sites": total},
                )
        return sites


class InferenceSpec(_Section):
    """Serving the model: hardware, batching, precision and demand."""

    accelerator: str = Field("nvidia-h100-sxm5-80gb", max_length=120, description="Catalog accelerator id")
    accelerator_count: int | None = Field(
        None,
        ge=1,
        le=100_000,
        description="Accelerators per model replica; null = the fewest whose memory holds weights and cache",
    )
    batch_size: Annotated[int, _num(1, 4096, "sequences", "Sequences decoded together in one step")] = 64
    weight_bits: Literal[32, 16, 8, 4] = Field(16, description="Bits per stored weight")
    kv_cache_bits: Literal[32, 16, 8, 4] = Field(16, description="Bits per key/value cache element")
    quantization: Literal["weight-only", "weight-and-activation"] = Field(
        "weight-only",
        description="Below 16 bits: weight-only (dequantised to 16-bit compute, e.g. AWQ, GPTQ) or weights and "
        "activations (the chip's FP8/FP4 matmuls, e.g. FP8 W8A8)",
    )
    input_tokens: Annotated[float, _num(0, 10_000_000, "tokens", "Prompt tokens per query")] = 500
    output_tokens: Annotated[float, _num(1, 1_000_000, "tokens", "Generated tokens per query")] = 400
    cached_input_tokens: Annotated[
        float, _num(0, 10_000_000, "tokens", "Prompt tokens served from a prefix cache (no prefill compute)")
    ] = 0
    reasoning_tokens: Annotated[
        float, _num(0, 1_000_000, "tokens", "Hidden reasoning tokens generated per query before the answer")
    ] = 0
    calls_per_query: Annotated[
        float, _num(1, 1000, "calls", "Model calls per user task (an agent calls the model several times)")
    ] = 1
    context_growth_tokens: Annotated[
        float,
        _num(
            0,
            10_000_000,
            "tokens",
            "Tokens each later call of a task adds to its prompt (the previous answer and tool results), "
            "prefilled by the call that adds them and served from the prefix cache by later calls",
        ),
    ] = 0
    energy_boundary: Literal[
        "accelerators-ideal", "accelerators", "host", "idle", "facility", "embodied", "water"
    ] = Field(
        "facility",
        description="What the boundary outputs count: the chips' roofline work alone, the accelerators as served, "
        "+ host CPU/DRAM, + idle provisioned capacity, + facility overhead (PUE), + embodied carbon, + water",
    )
    usage_profile: Literal["custom", "chat", "long-document", "reasoning-low", "reasoning-high", "agent"] = (
        Field(
            "custom", description="Token counts per query from a published usage profile (see USAGE_PROFILES)"
        )
    )
    serving_stack: Literal["notebook", "continuous", "fleet"] = Field(
        "continuous",
        description="How the model is served: notebook = one user at batch 1 in an unbatched library (Hugging Face "
        "transformers generate); continuous = continuous batching up to batch_size (vLLM); fleet = a large "
        "fleet with prefill and decode on separate accelerators (DistServe, Splitwise)",
    )
    peak_factor: float | None = Field(
        None,
        ge=1.0,
        le=100.0,
        description="Peak-hour demand / average demand; given, replicas are provisioned for the peak at batch_size "
        "and run at the concurrency the average demand gives (Little's law); null = batches full while busy, "
        "busy_share of the provisioned capacity",
        json_schema_extra={"unit": "x average"},
    )
    queries_per_day: Annotated[float, _num(0, 1e13, "queries/day", "Queries served per day")] = 1e6
    deployment_days: Annotated[float, _num(1, 7300, "days", "How long the model is served")] = 365
    busy_share: Annotated[
        float, _num(0.01, 1.0, "fraction", "Share of provisioned capacity actually busy serving")
    ] = 0.5
    idle_power_fraction: Annotated[
        float, _num(0.0, 1.0, "fraction of TDP", "Accelerator power when idle")
    ] = 0.15
    memory_bound_power_fraction: Annotated[
        float, _num(0.1, 1.0, "fraction", "Share of the dynamic power drawn by saturated memory traffic")
    ] = 0.65
    bandwidth_efficiency: Annotated[
        float, _num(0.05, 1.0, "fraction", "Achieved / peak memory bandwidth while decoding")
    ] = 0.7
    compute_efficiency: Annotated[
        float, _num(0.05, 1.0, "fraction", "Achieved / peak FLOP/s in prefill and batched decode")
    ] = 0.5
    host_overhead_fraction: Annotated[
        float, _num(0.0, 2.0, "fraction of TDP", "Host CPU, memory and network power per accelerator / TDP")
    ] = 0.21
    memory_overhead: Annotated[
        float, _num(1.0, 3.0, "x weights", "Memory needed per byte of weights (runtime, activations)")
    ] = 1.2


#: Token counts per query of the usage profiles. Each sets the token fields it names when chosen.
#: chat: ML.ENERGY leaderboard v3 (2026-01), "Text Conversation" mean output 717 tokens; the prompt length is not
#: published there, so the app's 500 stays. reasoning-high: the same post's "Problem Solving" mean output
#: 6,988 tokens, of which the 717 of a chat answer are taken as the answer and the rest (6,271) as reasoning.
#: reasoning-low: AI Energy Score v2 (Hugging Face, Dec 2025) measured gpt-oss-120b at 5,313 Wh (effort low)
#: vs 8,504 Wh (high) per 1,000 queries: 0.625 x the high-effort reasoning tokens (3,919), a derived split.
#: long-document: Epoch AI (You 2025, "How much energy does ChatGPT use?") prices a 10,000-token input with a
#: 500-token answer.
#: agent: an illustrative tool-using task, not a measured one: 10 calls of 300 output tokens; the first prompt is
#: 2,000 tokens (1,500 of instructions and tool definitions from the prefix cache) and each later call adds 1,500
#: (its predecessor's answer and tool results) to the context, earlier growth served from the prefix cache, so the
#: last call reads 15,500 prompt tokens and the task 87,500,
#: input-dominated as measured agent trajectories are (Bai et al. 2026, arXiv:2604.22750: agentic coding uses
#: about 1,000x the tokens of chat, mostly input, even with caching; a SWE-bench task is far larger than this).
USAGE_PROFILES: dict[str, dict[str, float]] = {
    "chat": {
        "inference.input_tokens": 500,
        "inference.cached_input_tokens": 0,
        "inference.reasoning_tokens": 0,
        "inference.output_tokens": 717,
        "inference.calls_per_query": 1,
        "inference.context_growth_tokens": 0,
    },
    "long-document": {
        "inference.input_tokens": 10_000,
        "inference.cached_input_tokens": 0,
        "inference.reasoning_tokens": 0,
        "inference.output_tokens": 500,
        "inference.calls_per_query": 1,
        "inference.context_growth_tokens": 0,
    },
    "reasoning-low": {
        "inference.input_tokens": 500,
        "inference.cached_input_tokens": 0,
        "inference.reasoning_tokens": 3_919,
        "inference.output_tokens": 717,
        "inference.calls_per_query": 1,
        "inference.context_growth_tokens": 0,
    },
    "reasoning-high": {
        "inference.input_tokens": 500,
        "inference.cached_input_tokens": 0,
        "inference.reasoning_tokens": 6_271,
        "inference.output_tokens": 717,
        "inference.calls_per_query": 1,
        "inference.context_growth_tokens": 0,
    },
    "agent": {
        "inference.input_tokens": 2_000,
        "inference.cached_input_tokens": 1_500,
        "inference.reasoning_tokens": 0,
        "inference.output_tokens": 300,
        "inference.calls_per_query": 10,
        "inference.context_growth_tokens": 1_500,
    },
}
_TOKEN_FIELDS = tuple(USAGE_PROFILES["chat"])


class OptimisationSpec(_Section):
    """Energy-saving algorithms applied to the served model."""

    quantization_kernel_efficiency: Annotated[
        float,
        _num(0.1, 1.5, "x", "Speed of low-bit kernels relative to 16-bit ones (dequantisation overhead)"),
    ] = 0.85
    distillation_student_fraction: Annotated[
        float, _num(0.01, 1.0, "fraction", "Student size / teacher size; 1 = no distillation")
    ] = 1.0
    distillation_tokens: Annotated[
        float, _num(0, 1e14, "tokens", "Tokens the teacher labels to train the student")
    ] = 0.0
    pruning_share: Annotated[
        float, _num(0.0, 0.95, "fraction", "Share of weights removed by structured pruning")
    ] = 0.0


class EmbodiedSpec(_Section):
    """Manufacturing emissions of the hardware, amortised over its service life."""

    accelerator_kgco2e: float | None = Field(
        None,
        ge=0,
        le=100_000,
        description="Manufacturing emissions per accelerator; null = catalog or 164 kg (NVIDIA HGX H100 PCF)",
        json_schema_extra={"unit": "kgCO2e"},
    )
    server_kgco2e: Annotated[
        float, _num(0, 1_000_000, "kgCO2e", "Manufacturing emissions per server, without accelerators")
    ] = 5700.0
    accelerators_per_server: Annotated[int, _num(1, 64, "accelerators", "Accelerators per server")] = 8
    service_life_years: Annotated[
        float, _num(0.5, 15, "years", "Years the hardware is used (EcoLogits 3, LLMCarbon 5, BLOOM LCA 6)")
    ] = 5.0


USER_ID_PATTERN = r"^user:[a-z0-9][a-z0-9-]{0,59}$"


class CustomAccelerator(_Section):
    """An accelerator the user defines: current hardware the catalog does not have yet."""

    name: str = Field(..., min_length=1, max_length=80, description="Display name")
    vendor: str = Field("User-defined", max_length=60)
    type: Literal["GPU", "TPU", "ASIC"] = "GPU"
    tdp_w: Annotated[float, _num(1, 5000, "W", "Thermal design power (maximum board power)")]
    idle_w: float | None = Field(
        None, ge=0, le=5000, description="Power when idle; null = the scenario's idle share of TDP"
    )
    peak_tflops: dict[Precision, Annotated[float, Field(gt=0, le=1e6)]] = Field(
        ..., min_length=1, description="Dense peak TFLOPS (TOPS for int8) per precision"
    )
    memory_gb: Annotated[float, _num(0.1, 10_000, "GB", "Accelerator memory")]
    memory_bandwidth_gbps: Annotated[float, _num(1, 1e6, "GB/s", "Memory bandwidth")]
    embodied_kgco2e: float | None = Field(
        None, ge=0, le=100_000, description="Manufacturing emissions per accelerator"
    )
    source: str = Field("user-defined", max_length=300, description="Where the figures come from")

    @model_validator(mode="after")
    def _idle_below_tdp(self) -> CustomAccelerator:
        if self.idle_w is not None and self.idle_w > self.tdp_w:
            raise InputConflict(
                f"idle_w = {self.idle_w:g} is above tdp_w = {self.tdp_w:g}; allowed 0 to tdp_w",
                "idle_above_tdp",
                {"idle_w": self.idle_w, "tdp_w": self.tdp_w},
                ("idle_w", "tdp_w"),
            )
        return self


class CustomGrid(_Section):
    """A grid the user defines, e.g. a site's contracted supply or a newer national figure."""

    name: str = Field(..., min_length=1, max_length=80)
    gco2e_per_kwh: Annotated[float, _num(0, 2000, "gCO2e/kWh", "Carbon intensity of the electricity")]
    source: str = Field("user-defined", max_length=300)


class CustomProfile(_Section):
    """A data-centre profile the user defines."""

    name: str = Field(..., min_length=1, max_length=80)
    pue: Annotated[float, _num(1.0, 3.0, "", "Power usage effectiveness")]
    wue_l_per_kwh: float | None = Field(None, ge=0, le=20, description="On-site water per kWh of IT energy")
    source: str = Field("user-defined", max_length=300)


UserId = Annotated[str, Field(pattern=USER_ID_PATTERN)]


class CustomDefinitions(_Section):
    """User-defined hardware, grids and profiles, saved with the scenario that uses them.

    Ids start with ``user:`` so they never collide with catalog ids (``user:my-chip``).
    """

    accelerators: dict[UserId, CustomAccelerator] = Field(default_factory=dict, max_length=200)
    regions: dict[UserId, CustomGrid] = Field(default_factory=dict, max_length=200)
    profiles: dict[UserId, CustomProfile] = Field(default_factory=dict, max_length=200)


class UncertaintySpec(_Section):
    """Monte Carlo settings; ranges of the uncertain inputs are in ``core.uncertainty``."""

    samples: Annotated[int, _num(100, 1_000_000, "samples", "Monte Carlo samples")] = 2000
    seed: Annotated[int, _num(0, 2**32 - 1, "", "Random seed (same seed, same ranges)")] = 0


class EconomicsSpec(_Section):
    """What the electricity costs (issue 15): the currency, the price and what a business adds to it.

    Prices, exchange rates and their sources are in ``resources/data/``; the arithmetic is in
    ``core.economics``. Amounts are in ``currency`` per kWh or per accelerator-hour.
    """

    currency: str | None = Field(
        None,
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 currency of the costs; null = JPY for a Japanese region, EUR in the euro area, else USD",
    )
    electricity_price_per_kwh: float | None = Field(
        None,
        ge=0,
        le=1000,
        description="Electricity price; null = each site's regional price converted to the currency",
        json_schema_extra={"unit": "currency/kWh"},
    )
    renewable_premium_per_kwh: Annotated[
        float,
        _num(
            0.0,
            100.0,
            "currency/kWh",
            "Extra price per kWh of the contracted clean share (PPA or certificates)",
        ),
    ] = 0.0
    accelerator_hour_price: float | None = Field(
        None,
        ge=0,
        le=100_000,
        description="Price of one accelerator-hour for the compute itself; null = not counted",
        json_schema_extra={"unit": "currency/h"},
    )


class Scenario(_Section):
    """Everything one estimate needs. Serialises to JSON with ``schema_version``."""

    schema_version: Literal[6] = SCHEMA_VERSION
    name: str = Field("Untitled scenario", max_length=200)
    preset: str | None = Field(None, max_length=120, description="Preset this scenario started from")
    model: ModelSpec = Field(default_factory=ModelSpec)
    training: TrainingSpec = Field(default_factory=TrainingSpec)
    datacenter: DatacenterSpec = Field(default_factory=DatacenterSpec)
    inference: InferenceSpec = Field(default_factory=InferenceSpec)
    optimisation: OptimisationSpec = Field(default_factory=OptimisationSpec)
    embodied: EmbodiedSpec = Field(default_factory=EmbodiedSpec)
    uncertainty: UncertaintySpec = Field(default_factory=UncertaintySpec)
    economics: EconomicsSpec = Field(default_factory=EconomicsSpec)
    custom: CustomDefinitions = Field(
        default_factory=CustomDefinitions, description="User-defined accelerators, grids and profiles"
    )
    pins: list[Pin] = Field(
        default_factory=list,
        max_length=3,
        description="Scenarios pinned for comparison (A, B, C), each with its name; the scenario itself is the "
        "last column",
    )
    baseline: Scenario | None = Field(
        None,
        description="The scenario every result is read against (the charts' ghosts, the cards' changes); null = "
        "none kept, the scenario is its own baseline",
    )

    @model_validator(mode="before")
    @classmethod
    def _migrate(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return migrate(data)
        return data

    @model_validator(mode="after")
    def _pins_flat(self) -> Scenario:
        """A pinned scenario is compared, not a comparison itself: it holds no pins of its own."""
        for i, pin in enumerate(self.pins):
            if pin.scenario.pins:
                raise ValueError(f"pins[{i}].scenario.pins: a pinned scenario cannot hold pins of its own")
            if pin.scenario.baseline is not None:
                raise ValueError(f"pins[{i}].scenario.baseline: a pinned scenario cannot hold a baseline")
        base = self.baseline
        if base is not None and (base.pins or base.baseline is not None):
            raise ValueError(
                "baseline: the baseline is inputs alone; it cannot hold pins or a baseline of its own"
            )
        return self

    def without_pins(self) -> Scenario:
        """The inputs alone, with no pins and no baseline (what the estimator, the undo history and the window
        work on; the session keeps the pins and the baseline beside them)."""
        if not self.pins and self.baseline is None:
            return self
        return self.model_copy(update={"pins": [], "baseline": None})

    def with_baseline(self, baseline: Scenario | None) -> Scenario:
        """The same scenario keeping ``baseline`` (its inputs alone) to be read against; None keeps none.
        What a saved file and a report hold."""
        if baseline is None:
            return self if self.baseline is None else self.model_copy(update={"baseline": None})
        return parse_scenario(
            {**self.model_dump(mode="python"), "baseline": baseline.without_pins().model_dump(mode="python")}
        )

    def with_pins(self, pins: list[Pin]) -> Scenario:
        """The same inputs with ``pins`` (validated) as its comparison; what a saved file and a report hold."""
        return parse_scenario(
            {**self.model_dump(mode="python"), "pins": [p.model_dump(mode="python") for p in pins]}
        )

    # ----- convenience -------------------------------------------------------------------------
    def get(self, path: str) -> Any:
        """Value at a dotted path, e.g. ``scenario.get("training.mfu")``."""
        obj: Any = self
        for part in path.split("."):
            if not isinstance(obj, BaseModel) or part not in type(obj).model_fields:
                raise ScenarioError(f"unknown field '{printable(path)}'")
            obj = getattr(obj, part)
        return obj

    def with_values(self, values: dict[str, Any]) -> Scenario:
        """A validated copy with dotted-path values replaced; raises :class:`ScenarioError`.

        Changing ``datacenter.region`` clears an explicit ``datacenter.grid_intensity_g_per_kwh`` unless the
        same change sets it too: the grid belongs to the region (a preset's published 429 g/kWh for the US
        must not survive a move to Japan; review 2026-12, defect 2). An override that still applies is said
        by :func:`core.estimator.estimate_notes`.
        """
        values = dict(values)
        region = values.get("datacenter.region")
        if (
            region is not None
            and region != self.datacenter.region
            and "datacenter.grid_intensity_g_per_kwh" not in values
            and "datacenter" not in values
        ):
            values["datacenter.grid_intensity_g_per_kwh"] = None
        # likewise a new PUE is no longer the published one a preset held fixed as a measurement
        if (
            "datacenter.pue" in values
            and values["datacenter.pue"] != self.datacenter.pue
            and "datacenter.pue_measured" not in values
            and "datacenter" not in values
        ):
            values["datacenter.pue_measured"] = False
        # a usage profile sets the token counts it names (unless given in the same change); a token count
        # changed on its own makes the scenario's tokens "custom"
        profile = values.get("inference.usage_profile")
        if profile in USAGE_PROFILES:
            for path, v in USAGE_PROFILES[profile].items():
                values.setdefault(path, v)
        elif profile is None and any(p in values for p in _TOKEN_FIELDS) and "inference" not in values:
            values["inference.usage_profile"] = "custom"
        data = self.model_dump(mode="python")
        for path, value in values.items():
            _check_path(path)
            if isinstance(value, bool) and path in _PATHS and _is_number_field(_PATHS[path]):
                raise ScenarioError(
                    f"{path} = {str(value).lower()} is not a number; {range_text(path)} allowed"
                )
            node = data
            parts = path.split(".")
            for part in parts[:-1]:
                node = node[part]
            node[parts[-1]] = value
        return parse_scenario(data)


class Pin(_Section):
    """A scenario kept for comparison under a name the person chose ("Cloud in Japan")."""

    label: str = Field(..., min_length=1, max_length=80, description="The pin's name in the comparison")
    scenario: Scenario


Scenario.model_rebuild()


# ----- paths, parsing and messages ----------------------------------------------------------------


def field_paths(model: type[BaseModel] = Scenario, prefix: str = "") -> dict[str, Any]:
    """Every settable dotted path of the scenario mapped to its pydantic FieldInfo."""
    out: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.update(field_paths(ann, path + "."))
        else:
            out[path] = info
    return out


_PATHS = field_paths()


def _check_path(path: str) -> None:
    """A settable path: a field, or a whole section such as ``custom`` or ``datacenter.sites``."""
    if path not in _PATHS and not any(p.startswith(path + ".") for p in _PATHS):
        raise ScenarioError(f"unknown field '{printable(path)}'{_nearest_field(path)}")


def _nearest_field(path: str) -> str:
    """``"; did you mean 'inference.batch_size'?"`` for a typo, or nothing when no field is near."""
    import difflib

    by_folded = {p.casefold(): p for p in _PATHS}
    near = difflib.get_close_matches(path.casefold(), list(by_folded), n=1, cutoff=0.75)
    return f"; did you mean '{by_folded[near[0]]}'?" if near else ""


def _is_number_field(info: Any) -> bool:
    """A float or int field (optional or not), where a boolean is no number."""
    args = get_args(info.annotation)
    types = set(args) if args else {info.annotation}
    for t in list(types):
        if get_origin(t) is Annotated:
            types.discard(t)
            types.add(get_args(t)[0])
    types.discard(type(None))
    return bool(types) and types <= {int, float}


def _info_at(loc: tuple[Any, ...]) -> Any:
    """The FieldInfo at an error location, through sections, lists and dict keys (``custom.*``)."""
    model: Any = Scenario
    info = None
    i = 0
    while i < len(loc):
        part = loc[i]
        i += 1
        if isinstance(part, int):
            continue
        fields = getattr(model, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        ann, args = info.annotation, get_args(info.annotation)
        origin = get_origin(ann)
        if origin is dict:
            model = args[1]
            i += 1  # the key
        elif origin is list:
            model = args[0]
        else:
            model = ann
    return info


def _bounds(info: Any) -> tuple[float | None, float | None, bool]:
    lo = hi = None
    strict = False
    for m in info.metadata:
        if getattr(m, "ge", None) is not None:
            lo = m.ge
        if getattr(m, "gt", None) is not None:
            lo, strict = m.gt, True
        if getattr(m, "le", None) is not None:
            hi = m.le
        if getattr(m, "lt", None) is not None:
            hi = m.lt
    return lo, hi, strict


def _unit(info: Any) -> str:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    return str(extra.get("unit", ""))


def field_range(path: str) -> tuple[float | None, float | None, str]:
    """``(low, high, unit)`` of a numeric field, read from its constraints."""
    info = _PATHS.get(path)
    if info is None:
        raise ScenarioError(f"unknown field '{printable(path)}'")
    lo, hi, _ = _bounds(info)
    return lo, hi, _unit(info)


def section_range(model: type[BaseModel], name: str) -> tuple[float | None, float | None, bool]:
    """``(low, high, low_is_strict)`` of field ``name`` of a section model, read from its constraints; for a
    dict of numbers (``CustomAccelerator.peak_tflops``) the constraint of each value. The window's dialog of
    one's own definitions says these ranges and checks them before the model does."""
    info = model.model_fields[name]
    if get_origin(info.annotation) is dict:
        value = get_args(info.annotation)[1]
        found = [m for m in get_args(value)[1:] if hasattr(m, "metadata")]
        if not found:
            return None, None, False
        info = found[0]
    return _bounds(info)


def _range_words(info: Any) -> str:
    lo, hi, strict = _bounds(info)
    lo_text = "any" if lo is None else (f"more than {lo:g}" if strict else f"{lo:g}")
    hi_text = "any" if hi is None else f"{hi:g}"
    unit = _unit(info)
    unit_text = f" {unit}" if unit and unit != "fraction" else ""
    return f"{lo_text} to {hi_text}{unit_text}"


def range_text(path: str) -> str:
    """The allowed range of a numeric field in words, e.g. ``"more than 0 to 1"``, ``"1 to 3"``."""
    if path not in _PATHS:
        raise ScenarioError(f"unknown field '{printable(path)}'")
    return _range_words(_PATHS[path])


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, str):
        return repr(v[:40] + "...") if len(v) > 40 else repr(v)
    return printable(str(v), 60)


def explain(err: ValidationError) -> list[str]:
    """One readable line per pydantic error, naming the field, the value and the allowed range."""
    lines = []
    for e in err.errors():
        loc = printable(".".join(str(p) for p in e["loc"]))
        typ = e["type"]
        value = e.get("input")
        if typ == "extra_forbidden":
            lines.append(f"unknown field '{loc}'")
            continue
        if typ == "value_error":
            msg = printable(str(e.get("ctx", {}).get("error", e["msg"])), 300)
            lines.append(msg if "." in msg.split(" ")[0] else f"{loc}: {msg}" if loc else msg)
            continue
        info = _info_at(tuple(e["loc"]))
        if info is not None and typ in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
            lines.append(f"{loc} = {_fmt(value)} is out of range; allowed {_range_words(info)}")
        elif typ == "literal_error":
            lines.append(f"{loc} = {_fmt(value)} is not allowed; expected {e['ctx']['expected']}")
        elif typ == "finite_number":
            lines.append(f"{loc} = {_fmt(value)} is not a finite number")
        elif typ in {"missing"}:
            lines.append(f"{loc} is required")
        else:
            lines.append(f"{loc} = {_fmt(value)}: {printable(e['msg'], 200)}")
    return lines


def conflict_in(err: ValidationError) -> InputConflict | None:
    """The :class:`InputConflict` a validator raised, when it is the only error (pydantic v2 keeps the
    exception a validator raised in the error's ``ctx["error"]``), its text as :func:`explain` words it
    (with the place of a nested one: ``custom.accelerators.user:x: idle_w = ...``)."""
    errors = err.errors()
    if len(errors) != 1:
        return None
    found = errors[0].get("ctx", {}).get("error")
    if not isinstance(found, InputConflict):
        return None
    line = explain(err)[0]
    return found if line == str(found) else InputConflict(line, found.rule, found.values, found.paths)


def parse_scenario(data: Any) -> Scenario:
    """Validate a dict (e.g. parsed JSON) into a Scenario, or raise :class:`ScenarioError`."""
    if not isinstance(data, dict):
        raise ScenarioError("a scenario must be a JSON object")
    try:
        return Scenario.model_validate(data)
    except ValidationError as err:
        conflict = conflict_in(err)
        if conflict is not None:  # kept whole: the window words it from the input that moved
            raise conflict from None
        lines = explain(err)
        raise ScenarioError(
            "; ".join(lines[:5]) + (f" (and {len(lines) - 5} more)" if len(lines) > 5 else "")
        ) from None
    except RecursionError:  # pathological input that pydantic cannot even walk
        raise ScenarioError("invalid scenario: nested too deeply") from None
    except (TypeError, OverflowError, ValueError) as err:
        raise ScenarioError(f"invalid scenario: {printable(str(err), 300)}") from None


def _depth(obj: Any, limit: int) -> int:
    stack = [(obj, 1)]
    deepest = 0
    while stack:
        node, d = stack.pop()
        deepest = max(deepest, d)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, d + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, d + 1) for v in node)
    return deepest


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a valid JSON number")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key '{k}'")
        out[k] = v
    return out


def loads_scenario(text: str | bytes, source: str = "scenario") -> Scenario:
    """Parse scenario JSON text strictly: size and depth limits, no NaN/Infinity, no duplicate keys."""
    if len(text) > MAX_FILE_BYTES:
        raise ScenarioError(
            f"{source}: file is {len(text):,} bytes; scenario files are at most {MAX_FILE_BYTES:,} bytes"
        )
    try:
        data = json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_no_duplicates)
    except RecursionError:
        raise ScenarioError(f"{source}: JSON is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as err:
        raise ScenarioError(f"{source}: not valid JSON ({err})") from None
    if _depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ScenarioError(f"{source}: JSON is nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        return parse_scenario(data)
    except ScenarioError as err:
        raise ScenarioError(f"{source}: {err}") from None


def load_scenario_file(path: str) -> Scenario:
    """Read a scenario file through :func:`core.files.read_file`: only a regular file (a FIFO is refused
    before it could block), refused by size before reading."""
    from core.files import describe, read_file

    try:
        raw = read_file(path, MAX_FILE_BYTES, what="scenario")
    except OSError as err:
        raise ScenarioError(describe(err, path, "read")) from None
    return loads_scenario(raw, source=printable(path, 200))


def dumps_scenario(scenario: Scenario) -> str:
    """The scenario as pretty JSON, ``schema_version`` first."""
    return scenario.model_dump_json(indent=2) + "\n"


def save_scenario_file(scenario: Scenario, path: str, fsync: bool = True) -> None:
    """Write through :func:`core.files.write_file`: atomic, the previous file intact on failure, read-only
    and non-regular targets refused, symlinks written through, the file's mode kept."""
    from core.files import write_file

    write_file(path, dumps_scenario(scenario), fsync=fsync, what="scenario")


# ----- migrations -----------------------------------------------------------------------------------


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept ``datacenter.grid_kg_per_kwh`` (kg) and ``inference.quantization_bits``."""
    dc = data.get("datacenter")
    if isinstance(dc, dict) and "grid_kg_per_kwh" in dc:
        dc = data["datacenter"] = dict(dc)
        kg = dc.pop("grid_kg_per_kwh")
        if kg is not None:
            if isinstance(kg, bool) or not isinstance(kg, int | float):
                raise ValueError(f"datacenter.grid_kg_per_kwh = {_fmt(kg)} is not a number")
            try:
                grams = float(kg) * 1000.0
            except OverflowError:  # an integer of hundreds of digits
                grams = math.inf
            if not math.isfinite(grams):
                raise ValueError("datacenter.grid_kg_per_kwh is not a finite number")
            kg = grams
        dc["grid_intensity_g_per_kwh"] = kg
    inf = data.get("inference")
    if isinstance(inf, dict) and "quantization_bits" in inf:
        inf = data["inference"] = dict(inf)
        inf["weight_bits"] = inf.pop("quantization_bits")
    data["schema_version"] = 2
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 had ``training.development_factor`` = 1.5 by default; version 3 derives it from
    ``training.development_share`` unless given. A version-2 file keeps the factor it was made with."""
    tr = data.get("training")
    if tr is None:
        data["training"] = tr = {}
    if isinstance(tr, dict) and "development_factor" not in tr:
        tr["development_factor"] = 1.5
    data["schema_version"] = 3
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 added the serving stack, the peak factor, context growth per call and two wider boundaries,
    all defaulting to what version 3 computed (continuous batching with full batches while busy)."""
    data["schema_version"] = 4
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 keeps the comparison's pinned scenarios, each with its name (``pins``); a version-4 file had
    none."""
    data.setdefault("pins", [])
    data["schema_version"] = 5
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 keeps the baseline the results are read against (``baseline``); a version-5 file kept none,
    so it opens as its own baseline."""
    data.setdefault("baseline", None)
    data["schema_version"] = 6
    return data


#: Ordered upgrades: from-version -> function returning the next version's dict.
MIGRATIONS = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade an older scenario dict step by step to :data:`SCHEMA_VERSION`."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError(f"schema_version = {version!r} is not an integer")
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"schema_version = {version} is newer than this app understands ({SCHEMA_VERSION}); update the app"
        )
    if version < 1:
        raise ValueError(f"schema_version = {version} is not a known version; allowed 1 to {SCHEMA_VERSION}")
    data = dict(data)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data


def parse_value(text: str) -> Any:
    """A command-line value: JSON scalars (numbers incl. 1.75e11, true/false, null) or a bare string.

    Suffixes ``k``, ``M``, ``B``/``G``, ``T`` and ``P`` scale numbers (``175B`` = ``175b`` = 1.75e11), and a
    trailing ``%`` divides by 100 (``50%`` = 0.5).
    """
    t = text.strip()
    if t.lower() == "null" or t.lower() == "none":
        return None
    if t.lower() in ("true", "false"):
        return t.lower() == "true"
    num = parse_quantity(t)
    if num is not None:
        return (
            int(num)
            if num.is_integer() and abs(num) < 2**53 and "." not in t and "e" not in t.lower()
            else num
        )
    if t.startswith(("[", "{", '"')):
        shown = printable(text, 40)
        try:
            value = json.loads(t, parse_constant=_reject_constant)
        except RecursionError:
            raise ScenarioError(f"cannot read value {shown}: nested too deeply") from None
        except ValueError as err:
            raise ScenarioError(f"cannot read value {shown}: {err}") from None
        if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
            raise ScenarioError(f"cannot read value {shown}: nested deeper than {MAX_JSON_DEPTH} levels")
        return value
    return t


#: ``m`` is left out: milli or mega would be a guess.
_SUFFIX = {"k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "b": 1e9, "G": 1e9, "T": 1e12, "t": 1e12, "P": 1e15}


#: a number whose commas group thousands in threes ("1,024", "1,750,000.5")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?")


def normalise_separators(text: str, decimal: str = ".", group: str = ",") -> str | None:
    """``text`` with the locale's separators turned into Python's (a point for decimals, no grouping), or
    None when a separator is ambiguous.

    "70,6B" used to be read as 706B: the comma was dropped as a thousands separator (UX review 2026-12,
    P2-15). Where the decimal mark is a point (English, Japanese), a comma is accepted only where it groups
    thousands in threes ("1,024", "1,750,000"); anything else is refused, never guessed. Where it is a comma
    (German, French), "70,6" is 70.6 and a point or space groups thousands."""
    t = text.strip().replace("_", "")
    suffix = ""
    while t and not (t[-1].isdigit() or t[-1] in ".,"):
        suffix = t[-1] + suffix
        t = t[:-1]
    if decimal == ",":
        for g in {group, ".", " ", "\u00a0", "\u202f"} - {","}:
            t = t.replace(g, "")
        if t.count(",") > 1:
            return None
        return t.replace(",", ".") + suffix
    if "," in t and not _GROUPED.fullmatch(t):
        return None
    return t.replace(",", "") + suffix


def parse_quantity(text: str) -> float | None:
    """``"175B"`` -> 1.75e11, ``"1.75e11"`` -> 1.75e11, ``"2 T"`` -> 2e12; None when not a number."""
    t = text.strip().replace(",", "").replace("_", "")
    if not t:
        return None
    scale = 1.0
    if t.endswith("%") and len(t) > 1:  # "50%" -> 0.5, for the fraction fields
        scale = 0.01
        t = t[:-1].strip()
    if t[-1] in _SUFFIX and len(t) > 1 and scale == 1.0:
        scale = _SUFFIX[t[-1]]
        t = t[:-1].strip()
    try:
        v = float(t)
    except ValueError:
        return None
    if not math.isfinite(v):
        return None
    return v * scale
