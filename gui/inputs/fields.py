"""Which scenario fields the window edits, how their sliders map, and what their tooltips say.

One table, so the panels, the self-test and the tests walk the same list. Text is marked for Qt's
``lupdate`` with ``QT_TRANSLATE_NOOP("Fields", ...)`` and translated where it is shown. Slider bounds
are the useful range of each input; the number box accepts anything the scenario model allows
(``core.scenario.field_range``), so the slider never limits what can be typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.units import format_count, format_plain


@dataclass(frozen=True)
class FieldSpec:
    path: str  # dotted scenario path
    label: str  # short label (translated at display time, context "Fields")
    tip: str  # one sentence: what it is and the source of the default/range (context "Fields")
    lo: float  # slider bounds in stored units
    hi: float
    log: bool = False  # logarithmic slider (quantities spanning orders of magnitude)
    integer: bool = False
    percent: bool = False  # a fraction shown and typed as a percentage
    count: bool = False  # shown with k/M/B/T suffixes ("175B")
    optional: str = ""  # placeholder shown when the value is empty (None); non-empty = may be cleared
    unit: str = ""  # unit word shown beside the box (context "Units")


def box_text(spec: FieldSpec, value: float) -> str:
    """``value`` as the field's box shows it: a count compactly (100k, 8B, 8192), a percentage x100 (70), any
    other number to four figures without grouping (4096, 1.2). Messages write a field's values this way too,
    so a person can hold the message against the box (gui.inputs.refusals)."""
    if spec.percent:
        return format_plain(value * 100.0, 3)
    if spec.count:
        return format_count(value)
    return format_plain(value, 4)


#: The serving stacks (``inference.serving_stack``) and energy boundaries (``inference.energy_boundary``) as the
#: window names them, narrowest boundary first (core.estimator.BOUNDARIES).
SERVING_STACKS: tuple[tuple[str, str], ...] = (
    ("notebook", QT_TRANSLATE_NOOP("Fields", "Notebook: one user, batch 1")),
    ("continuous", QT_TRANSLATE_NOOP("Fields", "Continuous batching")),
    ("fleet", QT_TRANSLATE_NOOP("Fields", "Fleet: prefill apart")),
)
BOUNDARIES: tuple[tuple[str, str], ...] = (
    ("accelerators-ideal", QT_TRANSLATE_NOOP("Fields", "Accelerators, ideal")),
    ("accelerators", QT_TRANSLATE_NOOP("Fields", "Accelerators as served")),
    ("host", QT_TRANSLATE_NOOP("Fields", "+ host CPU and memory")),
    ("idle", QT_TRANSLATE_NOOP("Fields", "+ idle capacity")),
    ("facility", QT_TRANSLATE_NOOP("Fields", "+ facility overhead (PUE)")),
    ("embodied", QT_TRANSLATE_NOOP("Fields", "+ embodied carbon")),
    ("water", QT_TRANSLATE_NOOP("Fields", "+ water")),
)

GROUPS: tuple[tuple[str, str, tuple[FieldSpec, ...]], ...] = (
    (
        "model",
        QT_TRANSLATE_NOOP("Fields", "Model"),
        (
            FieldSpec(
                "model.parameters",
                QT_TRANSLATE_NOOP("Fields", "Parameters"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Total weights of the model, e.g. GPT-3 175B (Brown et al. 2020) or Llama 3.1 405B (Dubey et al. 2024); type 175B or 1.75e11.",
                ),
                1e8,
                2e12,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "params"),
            ),
            FieldSpec(
                "model.active_parameters",
                QT_TRANSLATE_NOOP("Fields", "Active parameters"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Parameters used per token by a mixture-of-experts model, e.g. DeepSeek-V3 37B of 671B (DeepSeek-AI 2024); empty = dense.",
                ),
                1e8,
                2e12,
                log=True,
                count=True,
                optional=QT_TRANSLATE_NOOP("Fields", "dense"),
                unit=QT_TRANSLATE_NOOP("Units", "params"),
            ),
            FieldSpec(
                "model.training_tokens",
                QT_TRANSLATE_NOOP("Fields", "Training tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Tokens seen in training; training compute is about 6 × parameters × tokens (Kaplan et al. 2020).",
                ),
                1e9,
                1e14,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "model.context_length",
                QT_TRANSLATE_NOOP("Fields", "Context length"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Longest context the model serves; it sets the key/value cache per sequence (Pope et al. 2022).",
                ),
                512,
                1_000_000,
                log=True,
                integer=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "model.n_layers",
                QT_TRANSLATE_NOOP("Fields", "Layers"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Transformer layers; empty = derived from the parameter count with d_model/layers ≈ 128 (Kaplan et al. 2020).",
                ),
                4,
                200,
                log=True,
                integer=True,
                optional=QT_TRANSLATE_NOOP("Fields", "derived"),
            ),
            FieldSpec(
                "model.d_model",
                QT_TRANSLATE_NOOP("Fields", "Hidden size"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Width of the model (d_model); empty = derived from the parameter count (Kaplan et al. 2020, eq. 2.1).",
                ),
                256,
                32768,
                log=True,
                integer=True,
                optional=QT_TRANSLATE_NOOP("Fields", "derived"),
            ),
            FieldSpec(
                "model.n_experts",
                QT_TRANSLATE_NOOP("Fields", "Experts"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Routed experts per layer of a mixture-of-experts model, e.g. 256 for DeepSeek-V3 (DeepSeek-AI 2024); with experts per token it sets how many experts a batch reads; empty = from active/total.",
                ),
                2,
                1024,
                log=True,
                integer=True,
                optional=QT_TRANSLATE_NOOP("Fields", "from active share"),
            ),
            FieldSpec(
                "model.experts_per_token",
                QT_TRANSLATE_NOOP("Fields", "Experts per token"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Routed experts each token uses (top-k), e.g. 8 for DeepSeek-V3; a batch of B tokens touches E × (1 − (1 − k/E)^B) experts.",
                ),
                1,
                64,
                log=True,
                integer=True,
                optional=QT_TRANSLATE_NOOP("Fields", "from active share"),
            ),
        ),
    ),
    (
        "hardware",
        QT_TRANSLATE_NOOP("Fields", "Hardware"),
        (
            FieldSpec(
                "training.accelerator_count",
                QT_TRANSLATE_NOOP("Fields", "Training chips"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Accelerators in the training run; it changes the wall-clock days, not the energy (Patterson et al. 2021).",
                ),
                1,
                1_000_000,
                log=True,
                integer=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "chips"),
            ),
            FieldSpec(
                "training.mfu",
                QT_TRANSLATE_NOOP("Fields", "Utilisation (MFU)"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Model FLOPs utilisation, achieved / peak FLOP/s: GPT-3 20 % (Patterson et al. 2021), PaLM 46 % (Chowdhery et al. 2022).",
                ),
                0.05,
                0.8,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "training.development_factor",
                QT_TRANSLATE_NOOP("Fields", "Development factor"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Experiments and failed runs as a multiple of the final run; OPT-175B about 2× (Zhang et al. 2022); empty = from the development share.",
                ),
                1.0,
                10.0,
                optional=QT_TRANSLATE_NOOP("Fields", "from share"),
                unit="×",
            ),
            FieldSpec(
                "training.development_share",
                QT_TRANSLATE_NOOP("Fields", "Development share"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Share of all training compute spent on experiments, ablations and failed runs: 82.2 % for OLMo 3 (Morrison et al. 2026), about 50 % for OLMo 2.",
                ),
                0.0,
                0.95,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "training.accelerator_hours",
                QT_TRANSLATE_NOOP("Fields", "Measured hours"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Accelerator-hours a model card publishes, e.g. Llama 3.1 8B 1.46M H100-hours (Meta); empty = derived from FLOPs.",
                ),
                1e3,
                1e9,
                log=True,
                count=True,
                optional=QT_TRANSLATE_NOOP("Fields", "derived"),
                unit=QT_TRANSLATE_NOOP("Units", "h"),
            ),
            FieldSpec(
                "training.power_per_accelerator_w",
                QT_TRANSLATE_NOOP("Fields", "Measured power"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Measured all-in power per accelerator, e.g. 330 W per V100 for GPT-3 (Patterson et al. 2021); empty = modelled from TDP.",
                ),
                50,
                2000,
                log=True,
                optional=QT_TRANSLATE_NOOP("Fields", "modelled"),
                unit="W",
            ),
            FieldSpec(
                "inference.accelerator_count",
                QT_TRANSLATE_NOOP("Fields", "Chips per replica"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Accelerators serving one copy of the model; empty = the fewest whose memory holds weights and cache (EcoLogits).",
                ),
                1,
                512,
                log=True,
                integer=True,
                optional=QT_TRANSLATE_NOOP("Fields", "fewest"),
                unit=QT_TRANSLATE_NOOP("Units", "chips"),
            ),
            FieldSpec(
                "inference.busy_share",
                QT_TRANSLATE_NOOP("Fields", "Capacity busy"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Share of provisioned serving capacity that is busy; idle machines still draw power (Elsworth et al. 2025).",
                ),
                0.05,
                1.0,
                percent=True,
                unit="%",
            ),
        ),
    ),
    (
        "datacenter",
        QT_TRANSLATE_NOOP("Fields", "Data centre"),
        (
            FieldSpec(
                "datacenter.pue",
                QT_TRANSLATE_NOOP("Fields", "PUE"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Power usage effectiveness, facility / IT energy: Google 1.09, industry average 1.56 (Uptime Institute 2024).",
                ),
                1.0,
                2.5,
            ),
            FieldSpec(
                "datacenter.grid_intensity_g_per_kwh",
                QT_TRANSLATE_NOOP("Fields", "Grid intensity"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Carbon intensity of the electricity; empty = the chosen region's value (Ember via Our World in Data, 2024).",
                ),
                0,
                1000,
                optional=QT_TRANSLATE_NOOP("Fields", "from region"),
                unit="g/kWh",
            ),
            FieldSpec(
                "datacenter.renewable_share",
                QT_TRANSLATE_NOOP("Fields", "Clean energy bought"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Share covered by clean-energy contracts; counted only in market-based CO2e (GHG Protocol Scope 2 Guidance).",
                ),
                0.0,
                1.0,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "datacenter.wue_l_per_kwh",
                QT_TRANSLATE_NOOP("Fields", "Water use (WUE)"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "On-site water per kWh of IT energy: Microsoft about 0.30, AWS 0.25 L/kWh (company reports, via Li et al. 2023).",
                ),
                0.0,
                5.0,
                unit="L/kWh",
            ),
        ),
    ),
    (
        "optimisation",
        QT_TRANSLATE_NOOP("Fields", "Optimisation"),
        (
            FieldSpec(
                "optimisation.quantization_kernel_efficiency",
                QT_TRANSLATE_NOOP("Fields", "Low-bit kernel speed"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Speed of 8- and 4-bit kernels relative to 16-bit; below 1 when dequantisation costs time (bitsandbytes measurements).",
                ),
                0.1,
                1.5,
                unit="×",
            ),
            FieldSpec(
                "optimisation.distillation_student_fraction",
                QT_TRANSLATE_NOOP("Fields", "Distilled student size"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Student size / teacher size; 100 % = no distillation (Hinton et al. 2015; DistilBERT is 60 %).",
                ),
                0.01,
                1.0,
                log=True,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "optimisation.distillation_tokens",
                QT_TRANSLATE_NOOP("Fields", "Distillation tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Tokens the teacher labels to train the student; costs 2 N_teacher + 6 N_student FLOP per token, once.",
                ),
                1e8,
                1e13,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "optimisation.pruning_share",
                QT_TRANSLATE_NOOP("Fields", "Structured pruning"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Share of weights removed by structured pruning, e.g. 50 % in Sheared-LLaMA (Xia et al. 2023).",
                ),
                0.0,
                0.9,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "inference.batch_size",
                QT_TRANSLATE_NOOP("Fields", "Batch size"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Sequences decoded together; larger batches share each weight read (ML.ENERGY: 0.455 J/token at 8, 0.070 at 512).",
                ),
                1,
                4096,
                log=True,
                integer=True,
                unit=QT_TRANSLATE_NOOP("Units", "seqs"),
            ),
        ),
    ),
    (
        "usage",
        QT_TRANSLATE_NOOP("Fields", "Usage"),
        (
            FieldSpec(
                "inference.queries_per_day",
                QT_TRANSLATE_NOOP("Fields", "Queries per day"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Queries served per day; ChatGPT was reported at about 1 billion a day in late 2024 (OpenAI).",
                ),
                100,
                1e10,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "/day"),
            ),
            FieldSpec(
                "inference.peak_factor",
                QT_TRANSLATE_NOOP("Fields", "Peak / average demand"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Busiest hour's demand over the average; given, replicas are sized for the peak and run below the batch size at average demand (Little's law); empty = full batches while busy.",
                ),
                1.0,
                10.0,
                log=True,
                optional=QT_TRANSLATE_NOOP("Fields", "full batches"),
                unit=QT_TRANSLATE_NOOP("Units", "x"),
            ),
            FieldSpec(
                "inference.input_tokens",
                QT_TRANSLATE_NOOP("Fields", "Input tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Prompt tokens per query; Epoch AI (2025) assumes a few hundred for a typical chat turn.",
                ),
                1,
                100_000,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "inference.output_tokens",
                QT_TRANSLATE_NOOP("Fields", "Output tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Generated tokens per query; Epoch AI (2025) used 500 for a typical GPT-4o reply.",
                ),
                1,
                10_000,
                log=True,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "inference.reasoning_tokens",
                QT_TRANSLATE_NOOP("Fields", "Reasoning tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Hidden reasoning generated before the answer; ML.ENERGY v3 measured 6,988 tokens per problem-solving response vs 717 for chat (2026).",
                ),
                0,
                8_000,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "inference.cached_input_tokens",
                QT_TRANSLATE_NOOP("Fields", "Cached input tokens"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Prompt tokens served from a prefix cache (a shared system prompt, an earlier turn): no prefill compute, still in the context.",
                ),
                0,
                2_000,
                count=True,
                unit=QT_TRANSLATE_NOOP("Units", "tokens"),
            ),
            FieldSpec(
                "inference.calls_per_query",
                QT_TRANSLATE_NOOP("Fields", "Calls per task"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Model calls per user task: 1 for a chat turn, several for an agent that plans, calls tools and checks.",
                ),
                1,
                100,
                log=True,
                unit=QT_TRANSLATE_NOOP("Units", "calls"),
            ),
            FieldSpec(
                "inference.deployment_days",
                QT_TRANSLATE_NOOP("Fields", "Deployment"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "How long the model is served; hardware is assumed to last 4 years (EcoLogits, LLMCarbon).",
                ),
                1,
                3650,
                log=True,
                unit=QT_TRANSLATE_NOOP("Units", "days"),
            ),
        ),
    ),
    (
        "economics",
        QT_TRANSLATE_NOOP("Fields", "Cost"),
        (
            FieldSpec(
                "economics.electricity_price_per_kwh",
                QT_TRANSLATE_NOOP("Fields", "Electricity price"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Price per kWh in the chosen currency; empty = each site's published business price (EIA, Eurostat, DESNZ, 電力取引報), converted at the Federal Reserve's annual rate.",
                ),
                0.01,
                100,
                log=True,
                optional=QT_TRANSLATE_NOOP("Fields", "region's"),
                unit=QT_TRANSLATE_NOOP("Units", "/kWh"),
            ),
            FieldSpec(
                "economics.renewable_premium_per_kwh",
                QT_TRANSLATE_NOOP("Fields", "Clean-energy premium"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Extra price per kWh of the contracted clean share (a PPA or certificates); applied to the renewable share.",
                ),
                0,
                10,
                unit=QT_TRANSLATE_NOOP("Units", "/kWh"),
            ),
            FieldSpec(
                "economics.accelerator_hour_price",
                QT_TRANSLATE_NOOP("Fields", "Accelerator-hour price"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Price of one accelerator-hour for the compute; empty = not counted. One H100 listed at about 2.5-3.5 USD (specialist clouds), 4.9 USD (AWS Capacity Blocks) and 12.3 USD (AWS on demand), 2025-26.",
                ),
                0.1,
                10_000,
                log=True,
                optional=QT_TRANSLATE_NOOP("Fields", "not counted"),
                unit=QT_TRANSLATE_NOOP("Units", "/h"),
            ),
        ),
    ),
)

#: Every slider field, in panel order.
ALL_FIELDS: tuple[FieldSpec, ...] = tuple(f for _, _, fields in GROUPS for f in fields)
BY_PATH = {f.path: f for f in ALL_FIELDS}

#: Choice fields (combo boxes) and their options.
PRECISIONS = ("fp32", "tf32", "bf16", "fp16", "fp8", "int8")
WEIGHT_BITS = (32, 16, 8, 4)
