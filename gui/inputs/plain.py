"""One plain sentence per input, the first line of its tooltip: what the input means, in everyday words.

The tooltips defined jargon with jargon ("MFU = achieved / peak FLOP/s"; UX review 2026-12, P2-4). Each input's
tooltip now starts with a sentence a newcomer can read, then the expert line with its source and the allowed
range (:meth:`gui.inputs.quantity.QuantityInput.retranslate`). Marked for translation in context "Fields".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

PLAIN: dict[str, str] = {
    "model.parameters": QT_TRANSLATE_NOOP("Fields", "How big the model is: the number of values it learned."),
    "model.active_parameters": QT_TRANSLATE_NOOP(
        "Fields",
        "How much of the model works on each word; the same as Parameters unless it is a mixture of experts.",
    ),
    "model.training_tokens": QT_TRANSLATE_NOOP("Fields", "How much text the model read while it learned."),
    "model.context_length": QT_TRANSLATE_NOOP("Fields", "The longest text the model can take in at once."),
    "model.n_layers": QT_TRANSLATE_NOOP(
        "Fields", "How many processing stages the model stacks; usually left empty."
    ),
    "model.d_model": QT_TRANSLATE_NOOP("Fields", "How wide each stage of the model is; usually left empty."),
    "model.n_experts": QT_TRANSLATE_NOOP(
        "Fields", "How many specialist blocks a mixture-of-experts model has in each layer."
    ),
    "model.experts_per_token": QT_TRANSLATE_NOOP(
        "Fields", "How many of those specialist blocks each word uses."
    ),
    "training.accelerator_count": QT_TRANSLATE_NOOP("Fields", "How many chips trained the model at once."),
    "training.mfu": QT_TRANSLATE_NOOP(
        "Fields", "How busy the chips were with useful arithmetic, as a share of their top speed."
    ),
    "training.development_factor": QT_TRANSLATE_NOOP(
        "Fields", "How many times the final training run the whole development cost, experiments included."
    ),
    "training.development_share": QT_TRANSLATE_NOOP(
        "Fields", "How much of all training computation went into experiments and failed runs."
    ),
    "training.accelerator_hours": QT_TRANSLATE_NOOP(
        "Fields",
        "Chip-hours the model's makers published; when set, they replace the computed training time.",
    ),
    "training.power_per_accelerator_w": QT_TRANSLATE_NOOP(
        "Fields", "Power per chip the makers measured; when set, it replaces the modelled power."
    ),
    "inference.accelerator_count": QT_TRANSLATE_NOOP(
        "Fields", "How many chips hold one copy of the model while it answers questions."
    ),
    "inference.busy_share": QT_TRANSLATE_NOOP(
        "Fields", "How much of the time the serving chips are actually answering questions."
    ),
    "datacenter.pue": QT_TRANSLATE_NOOP(
        "Fields",
        "How much extra electricity the building uses for cooling and power conversion: 1.1 means 10 % more.",
    ),
    "datacenter.grid_intensity_g_per_kwh": QT_TRANSLATE_NOOP(
        "Fields", "How much CO2e each kWh of the local electricity releases."
    ),
    "datacenter.renewable_share": QT_TRANSLATE_NOOP(
        "Fields", "How much of the electricity the operator buys as clean energy by contract."
    ),
    "datacenter.wue_l_per_kwh": QT_TRANSLATE_NOOP(
        "Fields", "How much water the data centre evaporates for cooling per kWh."
    ),
    "optimisation.quantization_kernel_efficiency": QT_TRANSLATE_NOOP(
        "Fields", "How fast the chips compute with 8- or 4-bit weights compared with 16-bit ones."
    ),
    "optimisation.distillation_student_fraction": QT_TRANSLATE_NOOP(
        "Fields", "How big a smaller student model, taught by this one, is compared with it."
    ),
    "optimisation.distillation_tokens": QT_TRANSLATE_NOOP(
        "Fields", "How much text is used to teach the student model."
    ),
    "optimisation.pruning_share": QT_TRANSLATE_NOOP(
        "Fields", "How much of the model is cut away to make it smaller."
    ),
    "inference.batch_size": QT_TRANSLATE_NOOP(
        "Fields", "How many questions a chip answers together in one step."
    ),
    "inference.queries_per_day": QT_TRANSLATE_NOOP(
        "Fields", "How many questions people ask the model each day."
    ),
    "inference.input_tokens": QT_TRANSLATE_NOOP(
        "Fields", "How long each question is, in tokens (about three quarters of a word each)."
    ),
    "inference.output_tokens": QT_TRANSLATE_NOOP("Fields", "How long each answer is, in tokens."),
    "inference.reasoning_tokens": QT_TRANSLATE_NOOP(
        "Fields", "How much hidden thinking text the model writes before it answers."
    ),
    "inference.cached_input_tokens": QT_TRANSLATE_NOOP(
        "Fields", "How much of each question the model has seen before and need not read again."
    ),
    "inference.calls_per_query": QT_TRANSLATE_NOOP(
        "Fields", "How many times the model is asked for one task."
    ),
    "inference.peak_factor": QT_TRANSLATE_NOOP(
        "Fields", "How much busier the busiest hour is than an average hour."
    ),
    "inference.deployment_days": QT_TRANSLATE_NOOP("Fields", "How many days the model is offered to people."),
    "economics.electricity_price_per_kwh": QT_TRANSLATE_NOOP("Fields", "What one kWh of electricity costs."),
    "economics.renewable_premium_per_kwh": QT_TRANSLATE_NOOP(
        "Fields", "What extra the operator pays per kWh for clean energy."
    ),
    "economics.accelerator_hour_price": QT_TRANSLATE_NOOP(
        "Fields", "What renting one chip for one hour costs."
    ),
}

#: the choice inputs' plain sentences, by the label's source text (gui.inputs.panel puts them first in the
#: tooltips of the label and the picker)
PLAIN_CHOICES: dict[str, str] = {
    "Training chip": QT_TRANSLATE_NOOP("Fields", "The kind of chip the model was trained on."),
    "Precision": QT_TRANSLATE_NOOP(
        "Fields", "How many digits the training arithmetic keeps: fewer digits run faster on most chips."
    ),
    "Serving chip": QT_TRANSLATE_NOOP("Fields", "The kind of chip that answers people's questions."),
    "Profile": QT_TRANSLATE_NOOP(
        "Fields", "A real data centre whose published efficiency you can start from."
    ),
    "Grid region": QT_TRANSLATE_NOOP("Fields", "Where the data centre gets its electricity."),
    "Weight precision": QT_TRANSLATE_NOOP(
        "Fields", "How compactly the model is stored while it answers: fewer bits, less to read per word."
    ),
    "Currency": QT_TRANSLATE_NOOP("Fields", "The money the costs are shown in."),
    "Serving stack": QT_TRANSLATE_NOOP("Fields", "The kind of software that runs the model for its users."),
    "Energy boundary": QT_TRANSLATE_NOOP(
        "Fields", "How much of the machinery around the chips the per-question energy counts."
    ),
}


def plain_choice(label: str) -> str:
    """The translated plain sentence of a choice input ('' when it has none)."""
    from PySide6.QtCore import QCoreApplication

    text = PLAIN_CHOICES.get(label)
    return QCoreApplication.translate("Fields", text) if text else ""
