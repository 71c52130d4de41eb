"""One binding table: every control speaks one protocol and is bound to the presenter both ways in one place."""

from __future__ import annotations

import pytest

PROTOCOL = ("path", "edited", "show_value", "widgets", "name", "describe", "change_text", "values", "refused")


def test_every_control_speaks_the_protocol_and_edits_a_scenario_field(window):
    from gui.inputs.fields import GROUPS

    controls = window.controls
    numbers = {spec.path for _k, _t, specs in GROUPS for spec in specs}
    choices = {
        "training.accelerator",
        "training.precision",
        "inference.accelerator",
        "inference.weight_bits",
        "datacenter.region",
        "datacenter.profile",
        "datacenter.sites",
        "economics.currency",
    }
    assert set(controls) == numbers | choices
    for path, control in controls.items():
        assert control.path == path
        for attr in PROTOCOL:
            assert hasattr(control, attr), (path, attr)
        window.presenter.scenario.get(path)  # a real field of the scenario
        assert control.widgets() and control.name()


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("training.precision", "fp8", "Precision"),
        ("inference.weight_bits", 4, "Weight precision"),
        ("datacenter.region", "FR", "Grid region"),
        ("training.accelerator", "nvidia-a100-sxm4-80gb", "Training chip"),
    ],
)
def test_a_choice_goes_to_the_scenario_and_back_to_its_widget(window, settle, path, value, words):
    p = window.presenter
    control = window.controls[path]
    before = p.scenario.get(path)
    if path == "training.accelerator" and (value == before or value not in window.catalog.accelerators):
        value = next(a for a in window.train_picker.enabled_ids() if a != before)
    assert value != before
    control.edited.emit(path, value)  # as the widget does when the person chooses
    settle(p)
    assert p.scenario.get(path) == value
    text = window.whatif.undo.stack.undoText()
    assert text.startswith(words) and f"→ {control.describe(value)}" in text, text
    # the model's change comes back to the widget (undo, a preset, a file)
    window.whatif.undo.stack.undo()
    settle(p)
    assert p.scenario.get(path) == before
    widget = control.widgets()[0]
    shown = widget.currentData() if hasattr(widget, "currentData") else widget.combo.currentData()
    if hasattr(widget, "model") and not hasattr(widget, "currentData"):
        from gui.inputs.pickers import ID_ROLE

        shown = widget.model.item(widget.combo.currentIndex()).data(ID_ROLE)
    assert shown == before


def test_a_refused_choice_says_why_and_shows_the_value_that_stays(window, settle, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    control = window.controls["datacenter.region"]
    before = window.presenter.scenario.datacenter.region
    control.edited.emit("datacenter.region", "XX-nowhere")
    settle(window.presenter)
    assert window.presenter.scenario.datacenter.region == before
    assert warned and "region" in warned[0].lower()
    assert window.region.combo.currentText().startswith(window.catalog.regions[before].name)


def test_a_data_centre_profile_sets_pue_and_typing_pue_ends_it(window, settle):
    p = window.presenter
    pid = next(k for k, prof in window.catalog.pue_profiles.items() if prof.pue is not None)
    window.controls["datacenter.profile"].edited.emit("datacenter.profile", pid)
    settle(p)
    assert p.scenario.datacenter.profile == pid
    assert p.scenario.datacenter.pue == window.catalog.pue_profiles[pid].pue
    window.controls["datacenter.pue"].edited.emit("datacenter.pue", 1.7)
    settle(p)
    assert p.scenario.datacenter.pue == 1.7 and p.scenario.datacenter.profile is None
    assert window.profile.currentData() is None  # "Custom values"
