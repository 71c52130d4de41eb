"""Inputs that say why they do not move a result: measured values that override them, a contradicting shape.

On a preset with published accelerator-hours, dragging Parameters from 70B to 2T left training energy where it
was, with no hint but a clear button twenty rows below; Layers 80 and hidden size 8192 stayed beside 100M
parameters, which is no possible model (UX review 2026-12, P1-7). Here, after every scenario change:

- while Measured hours are set, the inputs they override (parameters, training tokens, training chips, MFU,
  layers, hidden size) carry an amber note saying so, and a change to one of them adds to the status bar how to
  clear the override;
- a layer count or hidden size that contradicts the parameter count (12 x layers x hidden^2, Kaplan et al.
  2020; :func:`core.analysis.shape_disagreement`) is noted under both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from core.units import format_count

#: the inputs measured accelerator-hours make irrelevant to training energy (hours x power x PUE)
HOURS_OVERRIDE = ("model.parameters", "model.training_tokens", "training.accelerator_count", "training.mfu")
SHAPE_INPUTS = ("model.n_layers", "model.d_model")


def tr(text: str) -> str:
    return QCoreApplication.translate("Inputs", text)


def hours_note(path: str, hours: float) -> tuple[str, str]:
    """The short note under an input that measured hours override, and its tooltip (what to do)."""
    h = format_count(hours, 3)
    if path == "model.parameters":
        short = tr("Training: fixed by Measured hours ({h} h); serving follows this").format(h=h)
    elif path == "training.accelerator_count":
        short = tr("Only the training days: Measured hours ({h} h) are set").format(h=h)
    else:
        short = tr("No effect on training: Measured hours ({h} h) are set").format(h=h)
    tip = tr(
        "Measured hours replace the training time computed from parameters, tokens, chips and MFU, so this "
        "input does not change the training energy. Clear Measured hours (the ⊗ in its box) to compute it."
    )
    return short, tip


def status_hint(scenario: Any, chip: bool = False) -> str:
    """What the status bar says first when an overridden input was changed (short: the line is cut to the
    window, and the way out must survive); ``chip``: the training chip changed, and measured power replaces
    its modelled power too."""
    if chip:
        return tr("Training is fixed by Measured hours and power: clear them to compute it")
    return tr("Training is fixed by Measured hours ({h} h): clear it to compute").format(
        h=format_count(scenario.training.accelerator_hours, 3)
    )


def shape_note(implied: float, given: float) -> tuple[str, str]:
    """The note under Layers and Hidden size when they contradict the parameter count, and its tooltip."""
    short = tr("This shape makes about {implied} parameters, not {given}").format(
        implied=format_count(implied, 3), given=format_count(given, 3)
    )
    tip = tr(
        "A transformer has about 12 × layers × hidden size² parameters besides its embeddings (Kaplan et al. "
        "2020); published models are within a factor of 2 of it. This shape and the parameter count describe "
        "different models: change one, or clear Layers and Hidden size to derive them from the count."
    )
    return short, tip


class HonestInputs(QObject):
    """Keeps the notes of the number ``inputs`` (path -> :class:`QuantityInput`) in step with ``presenter``'s
    scenario, and adds the way out of measured values to ``status`` (the window's status bar)."""

    def __init__(
        self, presenter: Any, inputs: dict[str, Any], status: QStatusBar, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.presenter, self.inputs, self.status = presenter, inputs, status
        self.previous: Any = None
        self.pending = ""  # the hint waiting for the window's change line, which it follows
        presenter.scenarioChanged.connect(self.refresh)
        # connected after the window's own slots: the change line is shown first, then extended
        presenter.changeSummary.connect(lambda *_: self._flush())
        presenter.resultsReady.connect(lambda *_: self._flush())
        self.refresh(presenter.scenario)

    def notes(self, scenario: Any) -> dict[str, tuple[str, str]]:
        """(note, tooltip) by input path."""
        from core.analysis import shape_disagreement

        out: dict[str, tuple[str, str]] = {}
        t = scenario.training
        if t.accelerator_hours is not None:
            for path in HOURS_OVERRIDE:
                out[path] = hours_note(path, t.accelerator_hours)
        try:
            disagreement = shape_disagreement(scenario)
        except Exception:  # a scenario the estimator refuses is said elsewhere; no note then
            disagreement = None
        if disagreement is not None:
            for path in SHAPE_INPUTS:
                out[path] = shape_note(*disagreement)
        return out

    def refresh(self, scenario: Any, *_: Any) -> None:
        notes = self.notes(scenario)
        for path, inp in self.inputs.items():
            inp.set_note(*notes.get(path, ("", "")))
        prev, self.previous = self.previous, scenario
        if prev is None or scenario.training.accelerator_hours is None:
            return
        if prev.training.accelerator_hours != scenario.training.accelerator_hours:
            return
        watched = (*HOURS_OVERRIDE, "training.precision")  # precision only sets the computed hours
        if any(prev.get(p) != scenario.get(p) for p in watched):
            self.pending = status_hint(scenario)  # why training did not move, after the change line
        elif (
            prev.training.accelerator != scenario.training.accelerator
            and scenario.training.power_per_accelerator_w is not None
            and prev.training.power_per_accelerator_w == scenario.training.power_per_accelerator_w
        ):  # with measured hours and power, the training chip changes nothing in training
            self.pending = status_hint(scenario, chip=True)

    def _flush(self) -> None:
        """Add the waiting hint to the change line once the window has shown it (during a drag the window
        holds its line back until the input rests, and so does the hint)."""
        snap = self.presenter.snapshot
        if not self.pending or (snap is not None and snap.interactive):
            return
        hint, self.pending = self.pending, ""
        QTimer.singleShot(0, self.status, lambda: self._add_to_status(hint))

    def _add_to_status(self, hint: str) -> None:
        """The hint before the window's change line: a long line is cut at its end, and the way out matters
        more than the rest of the change line."""
        bar = self.status
        current = bar.currentMessage()
        if hint not in current:
            bar.showMessage(f"{hint} · {current}" if current else hint, 15000)

    def retranslate(self) -> None:
        for inp in self.inputs.values():
            inp.set_note("")  # the notes are in the other language: set again
        self.refresh(self.presenter.scenario)
