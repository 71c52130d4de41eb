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
}
