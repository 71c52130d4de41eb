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


def test_status_says_sites_replace_the_main_pue_and_region(window, settle):
    p = window.presenter
    sites = [{"region": "JP", "load_share": 0.5, "pue": 1.1}, {"region": "FR", "load_share": 0.5, "pue": 1.3}]
    assert p.set_value("datacenter.sites", sites, "sites") is None
    settle(p, full=True)
    p.set_value("datacenter.pue", 2.0, "PUE 1.2 → 2.0")
    settle(p, full=True)
    message = window.statusBar().currentMessage()
    assert "2 sites" in message, message
    assert "+0" in message or "±0" in message, message  # the main PUE changes nothing with sites
