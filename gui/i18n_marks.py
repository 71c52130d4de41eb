"""Strings lupdate cannot see where they are used, marked here so they reach the catalogue.

- text translated inside f-strings in other modules (lupdate does not parse f-strings);
- the names of the location chart's grids (context "Regions");
- the preset names and descriptions of ``resources/presets.json`` (context "Presets"), which the window
  translates at display time. ``tests/gui/test_i18n.py`` checks that this list matches the JSON file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Inputs", "Allowed:"),
    QT_TRANSLATE_NOOP("Inputs", "Source:"),
    QT_TRANSLATE_NOOP("MainWindow", "Source:"),
    QT_TRANSLATE_NOOP("MainWindow", "Data"),
    QT_TRANSLATE_NOOP("MainWindow", "Data attributions"),
)

#: the equivalents panel (gui.analysis_views): scales, units of core.analysis.EQUIVALENTS, the label's basis
ANALYSIS = (
    QT_TRANSLATE_NOOP("Analysis", "Per query"),
    QT_TRANSLATE_NOOP("Analysis", "Per day of serving"),
    QT_TRANSLATE_NOOP("Analysis", "Over the whole deployment"),
    QT_TRANSLATE_NOOP("Analysis", "If N people asked M times a day"),
    QT_TRANSLATE_NOOP("Analysis", "per query"),
    QT_TRANSLATE_NOOP("Analysis", "per day of serving"),
    QT_TRANSLATE_NOOP("Analysis", "over the whole life: training, serving and hardware"),
    QT_TRANSLATE_NOOP("Analysis", "households' annual electricity (Japan)"),
    QT_TRANSLATE_NOOP("Analysis", "households' annual electricity (world average)"),
    QT_TRANSLATE_NOOP("Analysis", "km driven in an electric car"),
    QT_TRANSLATE_NOOP("Analysis", "smartphone charges"),
    QT_TRANSLATE_NOOP("Analysis", "hours of video streaming"),
    QT_TRANSLATE_NOOP("Analysis", "km driven in a petrol car"),
    QT_TRANSLATE_NOOP("Analysis", "tree-years of CO2 absorption"),
    QT_TRANSLATE_NOOP("Analysis", "one-way economy flights New York-San Francisco"),
    QT_TRANSLATE_NOOP(
        "Analysis",
        "Energy per query at facility level, in half-decade classes: A up to 0.03 Wh, B 0.1, C 0.3, D 1, E 3, "
        "F 10, G above. Anchors: Google's median Gemini prompt 0.24 Wh (C), de Vries' 2.9 Wh ChatGPT estimate (E).",
    ),
)

#: names of the grids the location chart compares (core.compare.COMPARISON_GRIDS)
COMPARISON_GRIDS = {
    "FR": QT_TRANSLATE_NOOP("Regions", "France"),
    "SE": QT_TRANSLATE_NOOP("Regions", "Sweden"),
    "US": QT_TRANSLATE_NOOP("Regions", "United States"),
    "JP": QT_TRANSLATE_NOOP("Regions", "Japan"),
    "DE": QT_TRANSLATE_NOOP("Regions", "Germany"),
    "CN": QT_TRANSLATE_NOOP("Regions", "China"),
    "IN": QT_TRANSLATE_NOOP("Regions", "India"),
    "WORLD": QT_TRANSLATE_NOOP("Regions", "World"),
}

PRESETS = {
    "gpt3-175b": (
        QT_TRANSLATE_NOOP("Presets", "GPT-3 175B (2020)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "OpenAI's GPT-3 as accounted by Patterson et al.: 10,000 V100 GPUs for 14.8 days at 330 W measured system power per GPU, PUE 1.1, US 2020 grid. Served on A100 80GB.",
        ),
    ),
    "bloom-176b": (
        QT_TRANSLATE_NOOP("Presets", "BLOOM 176B (2022)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "BigScience's open multilingual model, trained on 384 A100 80GB GPUs at Jean Zay (France, 57 g/kWh nuclear-heavy grid). Published energy counts GPU-hours x TDP without PUE; PUE 1.2 adds the facility.",
        ),
    ),
    "llama1-65b": (
        QT_TRANSLATE_NOOP("Presets", "LLaMA-1 65B (2023)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Meta's LLaMA 65B: 1.4T tokens on 2,048 A100 80GB GPUs (380 tokens/s/GPU, about 21 days). The paper counts GPU-hours x 400 W TDP x PUE 1.1 on the US average grid.",
        ),
    ),
    "llama31-8b": (
        QT_TRANSLATE_NOOP("Presets", "Llama 3.1 8B (2024, dense)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A current 8B dense model: 15T+ tokens, 1.46M H100-80GB GPU-hours at 700 W TDP (Meta's model card). GPU count is not published; it only changes wall-clock days.",
        ),
    ),
    "llama31-70b": (
        QT_TRANSLATE_NOOP("Presets", "Llama 3.1 70B (2024, dense)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A 70B dense model: 15T+ tokens, 7.0M H100-80GB GPU-hours at 700 W TDP (Meta's model card).",
        ),
    ),
    "deepseek-v3": (
        QT_TRANSLATE_NOOP("Presets", "DeepSeek-V3 671B (2024, mixture of experts)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A mixture-of-experts model: 671B parameters of which 37B are active per token, 14.8T tokens, 2.788M H800 GPU-hours (modelled here on the H100 SXM, the same compute die). Multi-head latent attention caches 576 values per token per layer.",
        ),
    ),
    "llama32-1b": (
        QT_TRANSLATE_NOOP("Presets", "Llama 3.2 1B (2024, small distilled)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "A small model trained with knowledge distillation from Llama 3.1 8B and 70B (their outputs used as token-level targets): 9T tokens, 370k H100-80GB GPU-hours at 700 W TDP.",
        ),
    ),
    "chat-service": (
        QT_TRANSLATE_NOOP("Presets", "A popular chat service (700M questions a day)"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Illustrative: Llama 3.1 70B answering 700 million chat questions a day, the daily volume Jegham et al. assume for GPT-4o, each a chat turn of about 500 tokens in and 717 out, on H100s in a US hyperscale data centre. Serving passes training within months. No operator publishes its model, fleet and traffic together, so this is a plausible service, not a particular one.",
        ),
    ),
}

#: the report's outputs, assumptions and uncertainty bases (core.report, core.uncertainty); the test keeps
#: this list equal to those tables
REPORT = (
    QT_TRANSLATE_NOOP("Report", "Training compute"),
    QT_TRANSLATE_NOOP("Report", "Training accelerator-hours"),
    QT_TRANSLATE_NOOP("Report", "Training wall-clock time"),
    QT_TRANSLATE_NOOP("Report", "Training IT energy"),
    QT_TRANSLATE_NOOP("Report", "Training facility energy (x PUE)"),
    QT_TRANSLATE_NOOP("Report", "Training CO2e, location-based"),
    QT_TRANSLATE_NOOP("Report", "Training CO2e, market-based"),
    QT_TRANSLATE_NOOP("Report", "Training hardware, embodied CO2e"),
    QT_TRANSLATE_NOOP("Report", "Training water (on-site + generation)"),
    QT_TRANSLATE_NOOP("Report", "Accelerators per serving replica"),
    QT_TRANSLATE_NOOP("Report", "Energy per output token (accelerators)"),
    QT_TRANSLATE_NOOP("Report", "Energy per query (facility)"),
    QT_TRANSLATE_NOOP("Report", "CO2e per query"),
    QT_TRANSLATE_NOOP("Report", "Water per query"),
    QT_TRANSLATE_NOOP("Report", "Serving energy per day"),
    QT_TRANSLATE_NOOP("Report", "Serving energy over the deployment"),
    QT_TRANSLATE_NOOP("Report", "Serving CO2e over the deployment"),
    QT_TRANSLATE_NOOP("Report", "Serving average power"),
    QT_TRANSLATE_NOOP("Report", "Serving peak power demand"),
    QT_TRANSLATE_NOOP("Report", "Lifecycle energy"),
    QT_TRANSLATE_NOOP("Report", "Lifecycle CO2e"),
    QT_TRANSLATE_NOOP("Report", "Lifecycle CO2e, market-based"),
    QT_TRANSLATE_NOOP("Report", "Lifecycle water"),
    QT_TRANSLATE_NOOP("Report", "Serving passes training after"),
    QT_TRANSLATE_NOOP(
        "Report", "Training compute is 6 x active parameters x tokens plus attention (Kaplan et al. 2020)."
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Training time is compute / (accelerators x peak FLOP/s at the chosen precision x MFU), unless measured accelerator-hours are given.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Energy is accelerator-hours x average power per accelerator x PUE (Patterson et al. 2021). Modelled power is TDP x (draw share + host share); a measured all-in power is used as given.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Each decode step takes the longer of reading weights and KV cache from memory and computing the batch's tokens with their share of prefill (roofline). Power rises with utilisation between idle and TDP.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Energy per query counts accelerators, host CPU and memory, idle provisioned capacity and the PUE overhead (the boundary of Elsworth et al. 2025).",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Location-based CO2e uses the grid's average intensity; market-based counts contracted clean energy at zero.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Water is on-site cooling (WUE x IT energy) plus water consumed generating the electricity (Li et al. 2023).",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Embodied CO2e is the hardware's manufacturing footprint x the share of its service life the work uses.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Ranges are the 5th-95th percentiles of a seeded Monte Carlo over the uncertain inputs listed below.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "0.15-0.60 around 0.30: published MFU spans 0.14 (Llama 3.1 8B, card GPU-hours) and 0.20 (GPT-3 on V100, Patterson 2021) to PaLM 0.46 (Chowdhery 2022), LLaMA-13B 0.51 and the TPU v2 search 0.55 (Patterson 2021)",
    ),
    QT_TRANSLATE_NOOP(
        "Report", "measured draw under training is typically 60-100 % of TDP (Patterson et al. 2021, Table 4)"
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "host share from 0.1 to 0.43 of accelerator power (EcoLogits 1.2 kW/8 GPUs; Google 2025 0.06/0.14 Wh)",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "PUE overhead (PUE - 1) varies +/-30 % across seasons and sites (Google, AWS annual reports)",
    ),
    QT_TRANSLATE_NOOP(
        "Report", "peer tools' factors for one country differ by up to +/-10 % (Japan 466-516 g/kWh)"
    ),
    QT_TRANSLATE_NOOP("Report", "achieved HBM bandwidth in decode kernels 60-90 % of peak"),
    QT_TRANSLATE_NOOP("Report", "achieved FLOP/s in serving 30-70 % of peak"),
    QT_TRANSLATE_NOOP(
        "Report", "low-bit kernels from markedly slower (bitsandbytes INT8) to slightly faster (AWQ/Marlin)"
    ),
    QT_TRANSLATE_NOOP("Report", "share of dynamic power drawn in memory-bound decoding"),
    QT_TRANSLATE_NOOP("Report", "idle draw 10-25 % of TDP for data-centre GPUs"),
    QT_TRANSLATE_NOOP("Report", "as for training host share"),
    QT_TRANSLATE_NOOP("Report", "on-site WUE varies with climate and season"),
    QT_TRANSLATE_NOOP("Report", "water intensity of generation depends on the mix (Li et al. 2023)"),
    QT_TRANSLATE_NOOP("Report", "product carbon footprints of accelerators are few and differ in boundary"),
    QT_TRANSLATE_NOOP("Report", "as above"),
    QT_TRANSLATE_NOOP("Report", "BoaviztAPI server estimate +/-50 %"),
    QT_TRANSLATE_NOOP(
        "Report",
        "0.50-0.85 around 0.822: OLMo 2's study put development near 50 % of compute, OLMo 3's at 82.2 % (Morrison, Smith & Strubell 2026)",
    ),
    QT_TRANSLATE_NOOP("Report", "AI Energy Explorer report: {name}"),
)
