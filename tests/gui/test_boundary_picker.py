"""The energy boundary and the serving stack are chosen in the window, and the per-query card follows them."""

from core.units import significant


def _choose(combo, value) -> None:
    """Pick an item as a person does: the combo's own activation, by its item data."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_boundary_picker_sets_the_scenario_and_the_card_counts_that_boundary(window, qtbot, settle):
    p = window.presenter
    combo = window.panel.boundary
    assert combo.currentData() == "facility"  # the default: what every per-query figure counted before
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "accelerators-ideal",
        "accelerators",
        "host",
        "idle",
        "facility",
        "embodied",
        "water",
    ]
    _choose(combo, "accelerators")
    settle(p, full=True)
    assert p.scenario.inference.energy_boundary == "accelerators"
    r = p.snapshot.results
    assert r["inference.boundary_energy_per_query_wh"] == r["inference.boundary.accelerators_wh"]
    assert r["inference.boundary_energy_per_query_wh"] < 0.7 * r["inference.energy_per_query_wh"]
    assert (
        window.headline.query.value.text() == f"{significant(r['inference.boundary.accelerators_wh'], 3)} Wh"
    )
    tip = window.headline.query.toolTip()
    assert f"as served {significant(r['inference.boundary.accelerators_wh'], 3)} Wh" in tip, tip
    assert f"+ PUE {significant(r['inference.boundary.facility_wh'], 3)} Wh" in tip, tip
    # undo brings the facility boundary back, and the combo shows it
    window.whatif.undo.stack.undo()
    settle(p, full=True)
    assert p.scenario.inference.energy_boundary == "facility"
    assert combo.currentData() == "facility"


def test_serving_stack_picker_makes_a_notebook_decode_one_sequence(window, qtbot, settle):
    p = window.presenter
    before = p.snapshot.results["inference.energy_per_query_wh"]
    _choose(window.panel.stack, "notebook")
    settle(p, full=True)
    assert p.scenario.inference.serving_stack == "notebook"
    r = p.snapshot.results
    assert r["inference.achieved_batch"] == 1
    assert r["inference.energy_per_query_wh"] > 30 * before
