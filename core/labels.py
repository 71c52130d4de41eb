"""Every scenario input in words: its label, its unit and how its value reads, for people.

One table, :data:`INPUT_LABELS`, names each settable field of :class:`core.scenario.Scenario` as the window's
input panel does ("Batch size", "seqs"), so the tornado, the comparison's list of differing inputs, the PDF
report and the command line never show a dotted path such as ``training.host_overhead_fraction``. The
English text here is the source; the window translates it (context "InputLabels", marked in
``gui/whatif/labels.py``, whose test checks the two lists agree). No Qt here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from core.units import format_count, format_plain, significant


@dataclass(frozen=True)
class InputLabel:
    label: str  # words a person reads: "Batch size"
    unit: str = ""  # unit word after the value: "seqs", "%", "g/kWh" ("" for none)
    #: how the value reads: "count" (175B), "percent" (a fraction shown x100), "number", "integer", "text",
    #: "chip", "region", "profile", "bits", "sites", "flag", "list"
    kind: str = "number"


L = InputLabel

#: Each settable scenario path in words. ``custom.*`` (the user's own definitions) and ``uncertainty.*`` are
#: named too, since a comparison can list them.
INPUT_LABELS: dict[str, InputLabel] = {
    "name": L("Scenario name", "", "text"),
    "preset": L("Preset", "", "text"),
    "model.name": L("Model name", "", "text"),
    "model.parameters": L("Parameters", "params", "count"),
    "model.active_parameters": L("Active parameters", "params", "count"),
    "model.training_tokens": L("Training tokens", "tokens", "count"),
    "model.n_layers": L("Layers", "", "integer"),
    "model.d_model": L("Hidden size", "", "integer"),
    "model.n_kv_heads": L("Key/value heads", "", "integer"),
    "model.head_dim": L("Attention head size", "", "integer"),
    "model.context_length": L("Context length", "tokens", "count"),
    "model.n_experts": L("Experts", "", "integer"),
    "model.experts_per_token": L("Experts per token", "", "integer"),
    "training.accelerator": L("Training chip", "", "chip"),
    "training.accelerator_count": L("Training chips", "chips", "count"),
    "training.precision": L("Precision", "", "text"),
    "training.mfu": L("Utilisation (MFU)", "%", "percent"),
    "training.accelerator_hours": L("Measured hours", "h", "count"),
    "training.power_per_accelerator_w": L("Measured power", "W", "number"),
    "training.power_fraction_of_tdp": L("Training power share of TDP", "%", "percent"),
    "training.host_overhead_fraction": L("Training host overhead", "%", "percent"),
    "training.development_factor": L("Development factor", "×", "number"),
    "training.development_share": L("Development share", "%", "percent"),
    "training.stages": L("Training stages", "", "list"),
    "datacenter.profile": L("Data-centre profile", "", "profile"),
    "datacenter.region": L("Grid region", "", "region"),
    "datacenter.grid_intensity_g_per_kwh": L("Grid intensity", "g/kWh", "number"),
    "datacenter.pue": L("PUE", "", "number"),
    "datacenter.pue_measured": L("PUE is a published value", "", "flag"),
    "datacenter.wue_l_per_kwh": L("Water use (WUE)", "L/kWh", "number"),
    "datacenter.offsite_water_l_per_kwh": L("Water of power generation", "L/kWh", "number"),
    "datacenter.renewable_share": L("Clean energy bought", "%", "percent"),
    "datacenter.sites": L("Sites", "", "sites"),
    "inference.accelerator": L("Serving chip", "", "chip"),
    "inference.accelerator_count": L("Chips per replica", "chips", "count"),
    "inference.batch_size": L("Batch size", "seqs", "count"),
    "inference.weight_bits": L("Weight precision", "", "bits"),
    "inference.kv_cache_bits": L("Cache precision", "", "bits"),
    "inference.quantization": L("Quantization kind", "", "text"),
    "inference.input_tokens": L("Input tokens", "tokens", "count"),
    "inference.output_tokens": L("Output tokens", "tokens", "count"),
    "inference.cached_input_tokens": L("Cached input tokens", "tokens", "count"),
    "inference.reasoning_tokens": L("Reasoning tokens", "tokens", "count"),
    "inference.calls_per_query": L("Calls per task", "calls", "number"),
    "inference.energy_boundary": L("Energy boundary", "", "text"),
    "inference.serving_stack": L("Serving stack", "", "text"),
    "inference.peak_factor": L("Peak / average demand", "×", "number"),
    "inference.context_growth_tokens": L("Context growth per call", "tokens", "count"),
    "inference.usage_profile": L("Usage profile", "", "text"),
    "inference.queries_per_day": L("Queries per day", "/day", "count"),
    "inference.deployment_days": L("Deployment", "days", "number"),
    "inference.busy_share": L("Capacity busy", "%", "percent"),
    "inference.idle_power_fraction": L("Idle power share", "%", "percent"),
    "inference.memory_bound_power_fraction": L("Power share in memory-bound decode", "%", "percent"),
    "inference.bandwidth_efficiency": L("Serving memory bandwidth achieved", "%", "percent"),
    "inference.compute_efficiency": L("Serving FLOP/s achieved", "%", "percent"),
    "inference.host_overhead_fraction": L("Serving host overhead", "%", "percent"),
    "inference.memory_overhead": L("Memory headroom", "×", "number"),
    "optimisation.quantization_kernel_efficiency": L("Low-bit kernel speed", "×", "number"),
    "optimisation.distillation_student_fraction": L("Distilled student size", "%", "percent"),
    "optimisation.distillation_tokens": L("Distillation tokens", "tokens", "count"),
    "optimisation.pruning_share": L("Structured pruning", "%", "percent"),
    "embodied.accelerator_kgco2e": L("Embodied CO2e per chip", "kg", "number"),
    "embodied.server_kgco2e": L("Embodied CO2e per server", "kg", "number"),
    "embodied.accelerators_per_server": L("Chips per server", "", "integer"),
    "embodied.service_life_years": L("Hardware service life", "years", "number"),
    "uncertainty.samples": L("Monte Carlo samples", "", "count"),
    "uncertainty.seed": L("Random seed", "", "integer"),
    "economics.currency": L("Currency", "", "text"),
    "economics.electricity_price_per_kwh": L("Electricity price", "/kWh", "number"),
    "economics.renewable_premium_per_kwh": L("Clean-energy premium", "/kWh", "number"),
    "economics.accelerator_hour_price": L("Accelerator-hour price", "/h", "number"),
    "custom.accelerators": L("My accelerators", "", "list"),
    "custom.regions": L("My grids", "", "list"),
    "custom.profiles": L("My data-centre profiles", "", "list"),
    # not a field: the decision lever that moves the training and serving chips together (core.analysis)
    "chip": L("Chip (training and serving)", "", "chip"),
}

#: paths a comparison does not list: bookkeeping, not an input that changes a result
NOT_COMPARED = ("schema_version", "name", "preset", "model.name", "pins", "baseline")


def input_label(path: str) -> str:
    """The input's English words; an unknown path reads as its last part in words, never dotted."""
    entry = INPUT_LABELS.get(path)
    if entry is not None:
        return entry.label
    return path.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def input_unit(path: str) -> str:
    entry = INPUT_LABELS.get(path)
    return entry.unit if entry is not None else ""


def value_text(path: str, value: Any, scenario: Any = None) -> str:
    """``value`` of ``path`` as a person reads it, without its unit: ``"70B"``, ``"30"`` (for 30 %),
    ``"Japan"``, ``"NVIDIA H100 SXM5 80GB"``, ``"4-bit"``; an empty optional field reads ``"derived"``.
    ``scenario``: where the user's own chips and grids are defined (for their names)."""
    entry = INPUT_LABELS.get(path, L(path))
    if value is None:
        return "derived"
    kind = entry.kind
    if kind == "flag" or isinstance(value, bool):
        return "yes" if value else "no"
    if kind in ("chip", "region", "profile"):
        return _catalog_name(kind, str(value), scenario)
    if kind == "bits":
        return f"{value}-bit"
    if kind == "sites":
        return ", ".join(f"{s.region} {s.load_share:.0%} PUE {s.pue:g}" for s in value) or "none"
    if kind == "list":
        n = len(value)
        return "none" if n == 0 else f"{n}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        v = float(value)
        if not math.isfinite(v):
            return significant(v)
        if kind == "count":
            return format_count(v)
        if kind == "percent":
            return format_plain(v * 100.0, 3)
        if kind == "integer":
            return str(round(v))
        return format_plain(v, 4)
    return str(value)


def _catalog_name(kind: str, key: str, scenario: Any) -> str:
    from core.catalog import catalog

    cat = catalog()
    custom = getattr(scenario, "custom", None)
    try:
        if kind == "chip":
            return cat.accelerator(key, custom).label
        if kind == "region":
            return cat.region(key, custom).name
        if kind == "profile":
            prof = cat.pue_profiles.get(key)
            return prof.name if prof is not None else key
    except KeyError:
        pass
    return key


def with_unit(path: str, text: str) -> str:
    """``"70B params"``, ``"30 %"``, ``"Japan"``: the value text and the field's unit."""
    unit = input_unit(path)
    if not unit or text in ("derived", "none", "yes", "no"):
        return text
    if unit.startswith("/") or unit == "×":
        return f"{text}{unit}"  # "1M/day", "1.5×"
    return f"{text} {unit}"


def _leaves(scenario: Any) -> dict[str, Any]:
    from core.scenario import field_paths

    out = {}
    for path in field_paths():
        if path in NOT_COMPARED or path.startswith("pins"):
            continue
        out[path] = scenario.get(path)
    return out


def differing_inputs(a: Any, b: Any) -> list[dict[str, Any]]:
    """The inputs whose values differ between scenarios ``a`` and ``b``, in the order of the scenario's
    sections: ``{"field", "label", "unit", "a", "b", "a_text", "b_text"}`` (texts without the unit)."""
    va, vb = _leaves(a), _leaves(b)
    out = []
    for path, x in va.items():
        y = vb[path]
        if _same(x, y):
            continue
        out.append(
            {
                "field": path,
                "label": input_label(path),
                "unit": input_unit(path),
                "a": x,
                "b": y,
                "a_text": value_text(path, x, a),
                "b_text": value_text(path, y, b),
            }
        )
    return out


def _same(x: Any, y: Any) -> bool:
    if isinstance(x, float) and isinstance(y, float):
        return math.isclose(x, y, rel_tol=1e-12, abs_tol=0.0)
    if hasattr(x, "model_dump") or (isinstance(x, list) and x and hasattr(x[0], "model_dump")):
        dump = (lambda v: [i.model_dump() for i in v]) if isinstance(x, list) else (lambda v: v.model_dump())
        try:
            return dump(x) == dump(y)
        except (AttributeError, TypeError):
            return False
    return x == y


def difference_words(row: dict[str, Any]) -> str:
    """One differing input in English: ``"Batch size: 64 seqs → 128 seqs"``."""
    f = row["field"]
    return f"{row['label']}: {with_unit(f, row['a_text'])} → {with_unit(f, row['b_text'])}"
