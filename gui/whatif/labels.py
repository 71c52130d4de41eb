"""Every scenario input in words, in the window's language: :data:`core.labels.INPUT_LABELS` translated.

The English text is the core's (one table for the window, the reports and the command line); lupdate cannot see
it there, so each label is marked here (``tests/gui/test_analyst.py`` checks the two lists agree).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: the core's labels, marked for translation (context "InputLabels")
LABELS = {
    "name": QT_TRANSLATE_NOOP("InputLabels", "Scenario name"),
    "preset": QT_TRANSLATE_NOOP("InputLabels", "Preset"),
    "model.name": QT_TRANSLATE_NOOP("InputLabels", "Model name"),
    "model.parameters": QT_TRANSLATE_NOOP("InputLabels", "Parameters"),
    "model.active_parameters": QT_TRANSLATE_NOOP("InputLabels", "Active parameters"),
    "model.training_tokens": QT_TRANSLATE_NOOP("InputLabels", "Training tokens"),
    "model.n_layers": QT_TRANSLATE_NOOP("InputLabels", "Layers"),
    "model.d_model": QT_TRANSLATE_NOOP("InputLabels", "Hidden size"),
    "model.n_kv_heads": QT_TRANSLATE_NOOP("InputLabels", "Key/value heads"),
    "model.head_dim": QT_TRANSLATE_NOOP("InputLabels", "Attention head size"),
    "model.context_length": QT_TRANSLATE_NOOP("InputLabels", "Context length"),
    "model.n_experts": QT_TRANSLATE_NOOP("InputLabels", "Experts"),
    "model.experts_per_token": QT_TRANSLATE_NOOP("InputLabels", "Experts per token"),
    "training.accelerator": QT_TRANSLATE_NOOP("InputLabels", "Training chip"),
    "training.accelerator_count": QT_TRANSLATE_NOOP("InputLabels", "Training chips"),
    "training.precision": QT_TRANSLATE_NOOP("InputLabels", "Precision"),
    "training.mfu": QT_TRANSLATE_NOOP("InputLabels", "Utilisation (MFU)"),
    "training.accelerator_hours": QT_TRANSLATE_NOOP("InputLabels", "Measured hours"),
    "training.power_per_accelerator_w": QT_TRANSLATE_NOOP("InputLabels", "Measured power"),
    "training.power_fraction_of_tdp": QT_TRANSLATE_NOOP("InputLabels", "Training power share of TDP"),
    "training.host_overhead_fraction": QT_TRANSLATE_NOOP("InputLabels", "Training host overhead"),
    "training.development_factor": QT_TRANSLATE_NOOP("InputLabels", "Development factor"),
    "training.development_share": QT_TRANSLATE_NOOP("InputLabels", "Development share"),
    "training.stages": QT_TRANSLATE_NOOP("InputLabels", "Training stages"),
    "datacenter.profile": QT_TRANSLATE_NOOP("InputLabels", "Data-centre profile"),
    "datacenter.region": QT_TRANSLATE_NOOP("InputLabels", "Grid region"),
    "datacenter.grid_intensity_g_per_kwh": QT_TRANSLATE_NOOP("InputLabels", "Grid intensity"),
    "datacenter.pue": QT_TRANSLATE_NOOP("InputLabels", "PUE"),
    "datacenter.pue_measured": QT_TRANSLATE_NOOP("InputLabels", "PUE is a published value"),
    "datacenter.wue_l_per_kwh": QT_TRANSLATE_NOOP("InputLabels", "Water use (WUE)"),
    "datacenter.offsite_water_l_per_kwh": QT_TRANSLATE_NOOP("InputLabels", "Water of power generation"),
    "datacenter.renewable_share": QT_TRANSLATE_NOOP("InputLabels", "Clean energy bought"),
    "datacenter.sites": QT_TRANSLATE_NOOP("InputLabels", "Sites"),
    "inference.accelerator": QT_TRANSLATE_NOOP("InputLabels", "Serving chip"),
    "inference.accelerator_count": QT_TRANSLATE_NOOP("InputLabels", "Chips per replica"),
    "inference.batch_size": QT_TRANSLATE_NOOP("InputLabels", "Batch size"),
    "inference.weight_bits": QT_TRANSLATE_NOOP("InputLabels", "Weight precision"),
    "inference.kv_cache_bits": QT_TRANSLATE_NOOP("InputLabels", "Cache precision"),
    "inference.quantization": QT_TRANSLATE_NOOP("InputLabels", "Quantization kind"),
    "inference.input_tokens": QT_TRANSLATE_NOOP("InputLabels", "Input tokens"),
    "inference.output_tokens": QT_TRANSLATE_NOOP("InputLabels", "Output tokens"),
    "inference.cached_input_tokens": QT_TRANSLATE_NOOP("InputLabels", "Cached input tokens"),
    "inference.reasoning_tokens": QT_TRANSLATE_NOOP("InputLabels", "Reasoning tokens"),
    "inference.calls_per_query": QT_TRANSLATE_NOOP("InputLabels", "Calls per task"),
    "inference.energy_boundary": QT_TRANSLATE_NOOP("InputLabels", "Energy boundary"),
    "inference.serving_stack": QT_TRANSLATE_NOOP("InputLabels", "Serving stack"),
    "inference.peak_factor": QT_TRANSLATE_NOOP("InputLabels", "Peak / average demand"),
    "inference.context_growth_tokens": QT_TRANSLATE_NOOP("InputLabels", "Context growth per call"),
    "inference.usage_profile": QT_TRANSLATE_NOOP("InputLabels", "Usage profile"),
    "inference.queries_per_day": QT_TRANSLATE_NOOP("InputLabels", "Queries per day"),
    "inference.deployment_days": QT_TRANSLATE_NOOP("InputLabels", "Deployment"),
    "inference.busy_share": QT_TRANSLATE_NOOP("InputLabels", "Capacity busy"),
    "inference.idle_power_fraction": QT_TRANSLATE_NOOP("InputLabels", "Idle power share"),
    "inference.memory_bound_power_fraction": QT_TRANSLATE_NOOP(
        "InputLabels", "Power share in memory-bound decode"
    ),
    "inference.bandwidth_efficiency": QT_TRANSLATE_NOOP("InputLabels", "Serving memory bandwidth achieved"),
    "inference.compute_efficiency": QT_TRANSLATE_NOOP("InputLabels", "Serving FLOP/s achieved"),
    "inference.host_overhead_fraction": QT_TRANSLATE_NOOP("InputLabels", "Serving host overhead"),
    "inference.memory_overhead": QT_TRANSLATE_NOOP("InputLabels", "Memory headroom"),
    "optimisation.quantization_kernel_efficiency": QT_TRANSLATE_NOOP("InputLabels", "Low-bit kernel speed"),
    "optimisation.distillation_student_fraction": QT_TRANSLATE_NOOP("InputLabels", "Distilled student size"),
    "optimisation.distillation_tokens": QT_TRANSLATE_NOOP("InputLabels", "Distillation tokens"),
    "optimisation.pruning_share": QT_TRANSLATE_NOOP("InputLabels", "Structured pruning"),
    "embodied.accelerator_kgco2e": QT_TRANSLATE_NOOP("InputLabels", "Embodied CO2e per chip"),
    "embodied.server_kgco2e": QT_TRANSLATE_NOOP("InputLabels", "Embodied CO2e per server"),
    "embodied.accelerators_per_server": QT_TRANSLATE_NOOP("InputLabels", "Chips per server"),
    "embodied.service_life_years": QT_TRANSLATE_NOOP("InputLabels", "Hardware service life"),
    "uncertainty.samples": QT_TRANSLATE_NOOP("InputLabels", "Monte Carlo samples"),
    "uncertainty.seed": QT_TRANSLATE_NOOP("InputLabels", "Random seed"),
    "economics.currency": QT_TRANSLATE_NOOP("InputLabels", "Currency"),
    "economics.electricity_price_per_kwh": QT_TRANSLATE_NOOP("InputLabels", "Electricity price"),
    "economics.renewable_premium_per_kwh": QT_TRANSLATE_NOOP("InputLabels", "Clean-energy premium"),
    "economics.accelerator_hour_price": QT_TRANSLATE_NOOP("InputLabels", "Accelerator-hour price"),
    "custom.accelerators": QT_TRANSLATE_NOOP("InputLabels", "My accelerators"),
    "custom.regions": QT_TRANSLATE_NOOP("InputLabels", "My grids"),
    "custom.profiles": QT_TRANSLATE_NOOP("InputLabels", "My data-centre profiles"),
    "chip": QT_TRANSLATE_NOOP("InputLabels", "Chip (training and serving)"),
}

#: the core's unit words (context "Units", shared with the input panel)
UNITS = (
    QT_TRANSLATE_NOOP("Units", "%"),
    QT_TRANSLATE_NOOP("Units", "/day"),
    QT_TRANSLATE_NOOP("Units", "/h"),
    QT_TRANSLATE_NOOP("Units", "/kWh"),
    QT_TRANSLATE_NOOP("Units", "L/kWh"),
    QT_TRANSLATE_NOOP("Units", "W"),
    QT_TRANSLATE_NOOP("Units", "calls"),
    QT_TRANSLATE_NOOP("Units", "chips"),
    QT_TRANSLATE_NOOP("Units", "days"),
    QT_TRANSLATE_NOOP("Units", "g/kWh"),
    QT_TRANSLATE_NOOP("Units", "h"),
    QT_TRANSLATE_NOOP("Units", "kg"),
    QT_TRANSLATE_NOOP("Units", "params"),
    QT_TRANSLATE_NOOP("Units", "seqs"),
    QT_TRANSLATE_NOOP("Units", "tokens"),
    QT_TRANSLATE_NOOP("Units", "years"),
    QT_TRANSLATE_NOOP("Units", "×"),
)

#: words a value can read as (core.labels.value_text)
WORDS = {
    "derived": QT_TRANSLATE_NOOP("InputLabels", "derived"),
    "none": QT_TRANSLATE_NOOP("InputLabels", "none"),
    "yes": QT_TRANSLATE_NOOP("InputLabels", "yes"),
    "no": QT_TRANSLATE_NOOP("InputLabels", "no"),
}


def input_label(path: str) -> str:
    """The input's label in the current language; never a dotted path."""
    from core.labels import input_label as english

    return QCoreApplication.translate("InputLabels", english(path))


def unit_word(unit: str) -> str:
    return QCoreApplication.translate("Units", unit) if unit else ""


def value_words(path: str, value: Any, scenario: Any = None) -> str:
    """``value`` of ``path`` with its unit, in the current language: "70B params", "30 %", "Japan"."""
    from core.labels import value_text

    return with_unit(path, value_text(path, value, scenario))


def with_unit(path: str, text: str) -> str:
    """A value text of the core (core.labels.value_text) with its unit, in the current language."""
    from core.labels import input_unit

    if text in WORDS:
        return QCoreApplication.translate("InputLabels", text)
    if text.endswith("-bit") and text[:-4].isdigit():
        return QCoreApplication.translate("MainWindow", "{n}-bit").format(n=text[:-4])
    unit = input_unit("inference.accelerator" if path == "chip" else path)
    if not unit:
        return text
    word = unit_word(unit)
    return f"{text}{word}" if unit.startswith("/") or unit == "×" else f"{text} {word}"


def difference_words(row: dict[str, Any]) -> str:
    """One differing input (core.labels.differing_inputs) in the current language:
    "Batch size: 64 seqs → 128 seqs"."""
    f = row["field"]
    return f"{input_label(f)}: {with_unit(f, row['a_text'])} → {with_unit(f, row['b_text'])}"
