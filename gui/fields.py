"""Which scenario fields the window edits, how their sliders map, and what their tooltips say.

One table, so the panels, the self-test and the tests walk the same list. Text is marked for Qt's
``lupdate`` with ``QT_TRANSLATE_NOOP("Fields", ...)`` and translated where it is shown. Slider bounds
are the useful range of each input; the number box accepts anything the scenario model allows
(``core.scenario.field_range``), so the slider never limits what can be typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


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


T = QT_TRANSLATE_NOOP

GROUPS: tuple[tuple[str, str, tuple[FieldSpec, ...]], ...] = (
    (
        "model",
        T("Fields", "Model"),
        (
            FieldSpec(
                "model.parameters",
                T("Fields", "Parameters"),
                T(
                    "Fields",
                    "Total weights of the model, e.g. GPT-3 175B (Brown et al. 2020) or Llama 3.1 405B (Dubey et al. 2024); type 175B or 1.75e11.",
                ),
                1e8,
                2e12,
                log=True,
                count=True,
                unit=T("Units", "params"),
            ),
            FieldSpec(
                "model.active_parameters",
                T("Fields", "Active parameters"),
                T(
                    "Fields",
                    "Parameters used per token by a mixture-of-experts model, e.g. DeepSeek-V3 37B of 671B (DeepSeek-AI 2024); empty = dense.",
                ),
                1e8,
                2e12,
                log=True,
                count=True,
                optional=T("Fields", "dense"),
                unit=T("Units", "params"),
            ),
            FieldSpec(
                "model.training_tokens",
                T("Fields", "Training tokens"),
                T(
                    "Fields",
                    "Tokens seen in training; training compute is about 6 × parameters × tokens (Kaplan et al. 2020).",
                ),
                1e9,
                1e14,
                log=True,
                count=True,
                unit=T("Units", "tokens"),
            ),
            FieldSpec(
                "model.context_length",
                T("Fields", "Context length"),
                T(
                    "Fields",
                    "Longest context the model serves; it sets the key/value cache per sequence (Pope et al. 2022).",
                ),
                512,
                1_000_000,
                log=True,
                integer=True,
                count=True,
                unit=T("Units", "tokens"),
            ),
            FieldSpec(
                "model.n_layers",
                T("Fields", "Layers"),
                T(
                    "Fields",
                    "Transformer layers; empty = derived from the parameter count with d_model/layers ≈ 128 (Kaplan et al. 2020).",
                ),
                4,
                200,
                log=True,
                integer=True,
                optional=T("Fields", "derived"),
            ),
            FieldSpec(
                "model.d_model",
                T("Fields", "Hidden size"),
                T(
                    "Fields",
                    "Width of the model (d_model); empty = derived from the parameter count (Kaplan et al. 2020, eq. 2.1).",
                ),
                256,
                32768,
                log=True,
                integer=True,
                optional=T("Fields", "derived"),
            ),
        ),
    ),
    (
        "hardware",
        T("Fields", "Hardware"),
        (
            FieldSpec(
                "training.accelerator_count",
                T("Fields", "Training chips"),
                T(
                    "Fields",
                    "Accelerators in the training run; it changes the wall-clock days, not the energy (Patterson et al. 2021).",
                ),
                1,
                1_000_000,
                log=True,
                integer=True,
                count=True,
                unit=T("Units", "chips"),
            ),
            FieldSpec(
                "training.mfu",
                T("Fields", "Utilisation (MFU)"),
                T(
                    "Fields",
                    "Model FLOPs utilisation, achieved / peak FLOP/s: GPT-3 0.20 (Patterson et al. 2021), PaLM 0.46 (Chowdhery et al. 2022).",
                ),
                0.05,
                0.8,
                percent=True,
                unit="%",
            ),
            FieldSpec(
                "training.development_factor",
                T("Fields", "Development factor"),
                T(
                    "Fields",
                    "Experiments and failed runs as a multiple of the final run; OPT-175B about 2× (Zhang et al. 2022).",
                ),
                1.0,
                5.0,
                unit="×",
            ),
            FieldSpec(
                "training.accelerator_hours",
                T("Fields", "Measured hours"),
                T(
                    "Fields",
                    "Accelerator-hours a model card publishes, e.g. Llama 3.1 8B 1.46M H100-hours (Meta); empty = derived from FLOPs.",
                ),
                1e3,
                1e9,
                log=True,
                count=True,
                optional=T("Fields", "derived"),
                unit=T("Units", "h"),
            ),
            FieldSpec(
                "training.power_per_accelerator_w",
                T("Fields", "Measured power"),
                T(
                    "Fields",
                    "Measured all-in power per accelerator, e.g. 330 W per V100 for GPT-3 (Patterson et al. 2021); empty = modelled from TDP.",
                ),
                50,
                2000,
                log=True,
                optional=T("Fields", "modelled"),
                unit="W",
            ),
            FieldSpec(
                "inference.accelerator_count",
                T("Fields", "Chips per replica"),
                T(
                    "Fields",
                    "Accelerators serving one copy of the model; empty = the fewest whose memory holds weights and cache (EcoLogits).",
                ),
                1,
                512,
                log=True,
                integer=True,
                optional=T("Fields", "fewest"),
                unit=T("Units", "chips"),
            ),
            FieldSpec(
                "inference.busy_share",
                T("Fields", "Capacity busy"),
                T(
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
        T("Fields", "Data centre"),
        (
            FieldSpec(
                "datacenter.pue",
                T("Fields", "PUE"),
                T(
                    "Fields",
                    "Power usage effectiveness, facility / IT energy: Google 1.09, industry average 1.56 (Uptime Institute 2024).",
                ),
                1.0,
                2.5,
            ),
            FieldSpec(
                "datacenter.grid_intensity_g_per_kwh",
                T("Fields", "Grid intensity"),
                T(
                    "Fields",
                    "Carbon intensity of the electricity; empty = the chosen region's value (Ember via Our World in Data, 2024).",
                ),
                0,
                1000,
                optional=T("Fields", "from region"),
                unit="g/kWh",
            ),
            FieldSpec(
                "datacenter.renewable_share",
                T("Fields", "Clean energy bought"),
                T(
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
                T("Fields", "Water use (WUE)"),
                T(
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
        T("Fields", "Optimisation"),
        (
            FieldSpec(
                "optimisation.quantization_kernel_efficiency",
                T("Fields", "Low-bit kernel speed"),
                T(
                    "Fields",
                    "Speed of 8- and 4-bit kernels relative to 16-bit; below 1 when dequantisation costs time (bitsandbytes measurements).",
                ),
                0.1,
                1.5,
                unit="×",
            ),
            FieldSpec(
                "optimisation.distillation_student_fraction",
                T("Fields", "Distilled student size"),
                T(
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
                T("Fields", "Distillation tokens"),
                T(
                    "Fields",
                    "Tokens the teacher labels to train the student; costs 2 N_teacher + 6 N_student FLOP per token, once.",
                ),
                1e8,
                1e13,
                log=True,
                count=True,
                unit=T("Units", "tokens"),
            ),
            FieldSpec(
                "optimisation.pruning_share",
                T("Fields", "Structured pruning"),
                T(
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
                T("Fields", "Batch size"),
                T(
                    "Fields",
                    "Sequences decoded together; larger batches share each weight read (ML.ENERGY: 0.455 J/token at 8, 0.070 at 512).",
                ),
                1,
                4096,
                log=True,
                integer=True,
                unit=T("Units", "seqs"),
            ),
        ),
    ),
    (
        "usage",
        T("Fields", "Usage"),
        (
            FieldSpec(
                "inference.queries_per_day",
                T("Fields", "Queries per day"),
                T(
                    "Fields",
                    "Queries served per day; ChatGPT was reported at about 1 billion a day in late 2024 (OpenAI).",
                ),
                100,
                1e10,
                log=True,
                count=True,
                unit=T("Units", "/day"),
            ),
            FieldSpec(
                "inference.input_tokens",
                T("Fields", "Input tokens"),
                T(
                    "Fields",
                    "Prompt tokens per query; Epoch AI (2025) assumes a few hundred for a typical chat turn.",
                ),
                1,
                100_000,
                log=True,
                count=True,
                unit=T("Units", "tokens"),
            ),
            FieldSpec(
                "inference.output_tokens",
                T("Fields", "Output tokens"),
                T(
                    "Fields",
                    "Generated tokens per query; Epoch AI (2025) used 500 for a typical GPT-4o reply.",
                ),
                1,
                10_000,
                log=True,
                count=True,
                unit=T("Units", "tokens"),
            ),
            FieldSpec(
                "inference.deployment_days",
                T("Fields", "Deployment"),
                T(
                    "Fields",
                    "How long the model is served; hardware is assumed to last 4 years (EcoLogits, LLMCarbon).",
                ),
                1,
                3650,
                log=True,
                unit=T("Units", "days"),
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
