"""A baseline, always (issue 13): ghost bars with the baseline's values on every chart, a delta on every card
checked against hand-derived figures, the commands, and the baseline surviving a language switch; classroom
mode's lesson strip, its held axes, the tile a step is about, and the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.baseline import breakdown_totals, hardware_rows, location_rows, matched_rows
from core.compare import snapshot
from core.estimator import estimate
from core.lessons import percent
from gui.classroom.lessons import before_for, scenario_for, steps


def index_of(lesson_id: str, i: int) -> int:
    return next(k for k, (les, j, _) in enumerate(steps()) if les.id == lesson_id and j == i)


def test_every_chart_draws_the_baseline_as_ghosts_with_its_values(window, settle):
    start = window.presenter.scenario
    assert window.session.baseline is start  # by default: the scenario the session started from
    # nothing changed yet: no ghosts, every card says so
    assert not window.breakdown.ghosts["energy"].isVisible()
    assert not window.lifetime.ghost.isVisible()
    assert {c.delta.text() for c in window.headline.cards} == {"= baseline"}
    window.presenter.set_value("datacenter.pue", 1.5, "PUE")
    settle(window.presenter, full=True)
    base = snapshot(start, 100)
    # the breakdown: the baseline's training and serving totals, in the axis' unit
    for name, parts in (("energy", ("it_kwh", "overhead_kwh")), ("co2", None)):
        ghost = window.breakdown.ghosts[name]
        assert ghost.isVisible()
        axis = window.breakdown.energy_axis if name == "energy" else window.breakdown.co2_axis
        parts = parts or ("it_co2e_kg", "overhead_co2e_kg", "embodied_co2e_kg")
        want = [t / axis.factor for t in breakdown_totals(base, parts)]
        assert ghost.values == pytest.approx(want, rel=1e-9)
        # the axis shows the ghost whole
        assert window.breakdown.energy_plot.vb.viewRange()[1][1] >= max(want) or name == "co2"
    # the location and hardware rows, matched by grid and chip
    snap = window.presenter.snapshot
    codes, _ = location_rows(snap)
    want = [v / window.location.axis.factor for v in matched_rows(codes, *location_rows(base))]
    assert window.location.ghost.values == pytest.approx(want, rel=1e-9)
    ids, _ = hardware_rows(snap)
    want = [v / window.hardware.axis.factor for v in matched_rows(ids, *hardware_rows(base))]
    assert window.hardware.ghost.values == pytest.approx(want, rel=1e-9)
    # the lifetime chart: the baseline's cumulative energy, ending at its lifetime total
    assert window.lifetime.ghost.isVisible()
    last = float(window.lifetime.ghost.y("total")[-1])
    assert last == pytest.approx(base.results["lifecycle.energy_kwh"] / window.lifetime.energy_axis.factor)
    # Reset to baseline (Ctrl+Shift+B's command) puts it back: the ghosts go, the cards say "= baseline"
    window.menus.actions["reset_baseline"].trigger()
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == start.datacenter.pue
    assert not window.breakdown.ghosts["energy"].isVisible() and not window.location.ghost.isVisible()
    assert window.headline.energy.delta.text() == "= baseline"


def test_card_deltas_match_the_hand_computed_pue_ratio(window, settle):
    window.load_preset("llama31-8b")
    settle(window.presenter, full=True)
    preset = window.presenter.scenario
    assert window.session.baseline is preset  # a preset loaded is the new baseline
    pue0 = preset.datacenter.pue
    window.presenter.set_value("datacenter.pue", 1.58, "PUE")
    settle(window.presenter, full=True)
    # facility energy = IT energy x PUE (methodology.md): the same IT work at 1.58
    change = 1.58 / pue0 - 1
    h = window.headline
    for card in (h.energy, h.power, h.query, h.cost):
        assert card.delta.text() == f"{percent(change)} vs baseline", card.caption.text()
    assert h.energy.delta.text().startswith("+")
    assert h.energy.delta.color().name().lower() == h.energy.DELTA_COLORS[1].lower()  # above: orange
    r0 = snapshot(preset, 100).results
    r1 = window.presenter.snapshot.results
    co2 = r1["lifecycle.co2e_kg"] / r0["lifecycle.co2e_kg"] - 1
    assert h.co2.delta.text() == f"{percent(co2)} vs baseline"
    # Set as baseline (Ctrl+B's command): the scenario on screen is the new baseline
    window.menus.actions["set_baseline"].trigger()
    settle(window.presenter, full=True)
    assert window.session.baseline is window.presenter.scenario
    assert h.energy.delta.text() == "= baseline"
    window.presenter.set_value("datacenter.pue", 1.09, "PUE")
    settle(window.presenter, full=True)
    assert h.energy.delta.text() == f"{percent(1.09 / 1.58 - 1)} vs baseline" == "−31 % vs baseline"
    assert h.energy.delta.color().name().lower() == h.energy.DELTA_COLORS[0].lower()  # below: blue


def test_baseline_commands_have_their_own_shortcuts(window):
    table = window.menus.shortcuts()
    assert table["Ctrl+B"] == ["set_baseline"] and table["Ctrl+Shift+B"] == ["reset_baseline"]
    assert window.menus.actions["set_baseline"] in window.menus.menus["presets"].actions()


def test_the_baseline_survives_a_language_switch(window, qapp, settle):
    from gui import i18n

    window.presenter.set_value("datacenter.pue", 1.09, "PUE")
    settle(window.presenter, full=True)
    base = window.session.baseline
    try:
        i18n.switch_language("ja", window.retranslate)
        settle(window.presenter, full=True)
        assert window.session.baseline is base
        assert window.breakdown.ghosts["energy"].isVisible()
        text = window.headline.energy.delta.text()
        assert "ベースライン" in text and "−" in text, text
    finally:
        i18n.apply_language(qapp, "en")


# ----- classroom mode --------------------------------------------------------------------------------


def _classroom_at(window, settle, k: int):
    panel = window.extras.lessons
    panel.show()
    panel.show_step(k)
    settle(window.presenter, full=True)
    view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
    view.resize(1024, 768)
    settle(window.presenter, full=True)
    return panel, view


def test_classroom_holds_the_axes_and_keeps_the_before_as_ghosts(window, qtbot, settle):
    k = index_of("pue", 1)
    panel, view = _classroom_at(window, settle, k)
    plot = view.breakdown.energy_plot
    before_range = plot.vb.viewRange()[1]
    before_bar = float(view.breakdown.stacks["energy"].heights[:, 0].sum())
    assert not panel.revealed and window.presenter.scenario.datacenter.pue == 1.58
    qtbot.keyClick(view, Qt.Key.Key_Right)  # reveal: PUE 1.09
    settle(window.presenter, full=True)
    assert panel.revealed and window.presenter.scenario.datacenter.pue == 1.09
    assert plot.vb.viewRange()[1] == before_range  # the same axis ...
    after_bar = float(view.breakdown.stacks["energy"].heights[:, 0].sum())
    # ... so the bars differ in height as the energies do: training energy x 1.09 / 1.58
    assert after_bar / before_bar == pytest.approx(1.09 / 1.58, rel=1e-6)
    # the before stays on screen as a ghost of its own height
    ghost = view.breakdown.ghosts["energy"]
    assert ghost.isVisible() and ghost.values[0] == pytest.approx(before_bar, rel=1e-6)
    base = snapshot(before_for(k), 100)
    assert ghost.values[0] * view.breakdown.energy_axis.factor == pytest.approx(
        breakdown_totals(base, ("it_kwh", "overhead_kwh"))[0], rel=1e-9
    )
    # and the window's session reads the step against its before too
    assert window.session.baseline.datacenter.pue == 1.58


def test_classroom_strip_names_the_step_the_lever_and_its_effect(window, qtbot, settle):
    k = index_of("pue", 1)
    _, view = _classroom_at(window, settle, k)
    strip = view.strip
    assert strip.isVisible()
    assert view.banner.text() == "A best-in-class data centre"
    assert strip.sentence.text() == "Move PUE to 1.09, Google's fleet average for 2024."
    assert strip.lever.text() == "PUE 1.58 → 1.09"
    assert strip.badge.text() == "Predict: facility energy?"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(window.presenter, full=True)
    assert strip.badge.text() == "facility energy −31 %"
    assert view.focus_tile == "energy" and view.tiles["energy"].property("lessonFocus")
    # a lesson's first step: a new starting point, no percentage
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the money step: no lever
    qtbot.keyClick(view, Qt.Key.Key_Right)  # hardware lesson, step 1
    settle(window.presenter, full=True)
    assert strip.lever.text() == "New starting point: Llama 3.1 8B"
    assert not strip.badge.isVisible()


def test_classroom_shows_the_tile_each_step_is_about(window, settle):
    from core.units import format_quantity

    # renewables: market-based CO2e, large, on the framed CO2 tile
    k = index_of("grid", 1)
    panel, view = _classroom_at(window, settle, k)
    panel.next()
    settle(window.presenter, full=True)
    r = window.presenter.snapshot.results
    assert view.focus_tile == "co2"
    assert view.tiles["co2"].value.text() == format_quantity(r["lifecycle.co2e_market_kg"], "mass_kg")
    assert format_quantity(r["lifecycle.co2e_kg"], "mass_kg") in view.tiles["co2"].detail.text().replace(
        "\xa0", " "
    )
    # the lever's own effect on market-based CO2e (bought clean energy counts zero; embodied stays)
    a, b = estimate(before_for(k)), estimate(scenario_for(k))
    change = b["lifecycle.co2e_market_kg"] / a["lifecycle.co2e_market_kg"] - 1
    assert view.strip.badge.text() == f"market-based CO2e {percent(change)}"
    assert change < -0.5
    # quantization: energy per query
    panel.show_step(index_of("algorithms", 0))
    settle(window.presenter, full=True)
    assert view.focus_tile == "query"
    # sites: each site's peak power, in the water tile's place
    panel.show_step(index_of("distributed", 0))
    panel.next()
    settle(window.presenter, full=True)
    snap = window.presenter.snapshot
    assert view.focus_tile == "sites"
    assert view.tiles["sites"].isVisible() and not view.tiles["water"].isVisible()
    detail = view.tiles["sites"].detail.text().replace("\xa0", " ")
    for site in snap.sites:
        assert (
            f"{site['region']} {format_quantity(site['inference_peak_power_mw'] * 1e6, 'power_w', 2)}"
            in detail
        )
    total = sum(s["inference_peak_power_mw"] for s in snap.sites)
    assert view.tiles["sites"].value.text() == format_quantity(total * 1e6, "power_w")
    assert scenario_for(index_of("distributed", 0)).datacenter.sites


def test_classroom_takes_the_keyboard(window, qtbot, settle):
    window.activateWindow()
    window.setFocus()
    view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    assert QApplication.focusWidget() is view
    # a key pressed now goes to the classroom: Right steps to the first preset
    before = view.preset_index
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    settle(window.presenter)
    assert view.preset_index == before + 1


def test_an_autosave_keeps_the_baseline_for_a_restore(tmp_path):
    import json

    from core.scenario import Scenario
    from gui.window.autosave import AutosaveSlots, find_leftovers

    base = Scenario(datacenter={"pue": 1.58})
    now = base.with_values({"datacenter.pue": 1.09})
    AutosaveSlots(tmp_path, "123-abcdef").write(now, base)
    (found,) = find_leftovers(tmp_path)
    assert found.scenario.datacenter.pue == 1.09 and found.baseline.datacenter.pue == 1.58
    found.release()
    # a baseline that does not validate is left out; the scenario is restored all the same
    slots = AutosaveSlots(tmp_path, "456-abcdef")
    slots.write(now)
    envelope = json.loads(slots.paths[0].read_text())
    envelope["baseline"] = {"datacenter": {"pue": -3}}
    slots.paths[0].write_text(json.dumps(envelope))
    found = next(lo for lo in find_leftovers(tmp_path) if lo.slots.session == "456-abcdef")
    assert found.scenario.datacenter.pue == 1.09 and found.baseline is None
    found.release()


def test_the_session_writes_its_baseline_beside_the_scenario(window, settle):
    import json

    saver = window.session.autosaver
    if not saver.available:
        pytest.skip(f"autosave is off here: {saver.last_error}")
    window.presenter.set_value("datacenter.pue", 1.09, "PUE")
    settle(window.presenter)
    newest = saver.slots.newest()
    envelope = json.loads(newest[2].read_text())
    assert envelope["scenario"]["datacenter"]["pue"] == 1.09
    assert envelope["baseline"]["datacenter"]["pue"] == window.session.baseline.datacenter.pue != 1.09
    window.menus.actions["set_baseline"].trigger()  # the baseline is the scenario: not written twice
    envelope = json.loads(saver.slots.newest()[2].read_text())
    assert "baseline" not in envelope


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_classroom_fits_an_xga_projector_at_every_revealed_lever_step(window, qapp, settle, lang):
    """The strip's lever and badge, the framed tile and the ghosts, whole at 1024 x 768 in both languages."""
    from PySide6.QtCore import QSize

    from gui import i18n
    from gui.diagnostics.layout import check_layout, fit_to_screen

    if lang == "ja":
        i18n.switch_language("ja", window.retranslate)
    try:
        panel = window.extras.lessons
        panel.show()
        panel.show_step(0)
        view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
        screen = QSize(1024, 768)
        fit_to_screen(view, screen)
        problems = []
        for k, (_les, _, step) in enumerate(steps()):
            if step.lever is None:
                continue
            panel.show_step(k)
            panel.next()  # revealed: the badge with the change
            settle(window.presenter, full=True)
            fit_to_screen(view, screen)
            assert view.strip.badge.isVisible() and "%" in view.strip.badge.text()
            problems += [f"step {k}: {p}" for p in check_layout([view], screen)]
        assert problems == []
    finally:
        i18n.apply_language(qapp, "en")
