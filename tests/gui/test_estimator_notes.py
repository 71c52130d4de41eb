"""The window tells the user when an input they gave overrides another (review 2026-12, defect 2)."""

from core.compare import scenario_from_preset


def test_status_says_an_explicit_grid_overrides_the_region(window, qtbot, settle):
    p = window.presenter
    assert p.set_scenario(scenario_from_preset("gpt3-175b"), "preset") is None
    settle(p, full=True)
    p.set_value("datacenter.pue", 1.2, "PUE 1.1 → 1.2")
    settle(p, full=True)
    message = window.statusBar().currentMessage()
    assert "429" in message, message
    window.region.chosen.emit("JP")  # the region picker: the preset's US grid no longer applies
    settle(p, full=True)
    assert p.scenario.datacenter.region == "JP"
    assert p.scenario.datacenter.grid_intensity_g_per_kwh is None
    assert "429" not in window.statusBar().currentMessage()
