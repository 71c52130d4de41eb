"""The baseline's numbers: each headline card's change and each chart row's baseline value, against
hand-derived figures (facility energy is IT energy x PUE; CO2e adds the embodied share, which PUE leaves)."""

from __future__ import annotations

import math

import pytest

from core.baseline import (
    breakdown_totals,
    card_changes,
    hardware_rows,
    location_rows,
    matched_rows,
    same_scenario,
)
from core.compare import snapshot
from core.lessons import focus_tile, percent


@pytest.fixture(scope="module")
def pue_pair(pue_scenarios):
    before, after = pue_scenarios
    return snapshot(before, 100), snapshot(after, 100)


def test_pue_changes_every_facility_figure_by_the_pue_ratio(pue_pair):
    base, now = pue_pair
    c = card_changes(now, base)
    # facility energy, its average power, a query's share and the electricity bill all scale with PUE
    ratio = 1.09 / 1.58 - 1  # -0.3101...
    for card in ("energy", "power", "query", "cost"):
        assert c[card] == pytest.approx(ratio, rel=1e-9), card
    assert percent(c["energy"]) == "−31 %"
    # CO2e = facility energy x grid + embodied: the embodied share does not move with PUE
    grid = base.inputs["grid_g_per_kwh"] / 1000.0
    embodied = base.breakdown["training.embodied_co2e_kg"] + base.breakdown["serving.embodied_co2e_kg"]
    e0, e1 = base.results["lifecycle.energy_kwh"], now.results["lifecycle.energy_kwh"]
    expected = (e1 * grid + embodied) / (e0 * grid + embodied) - 1
    assert c["co2"] == pytest.approx(expected, rel=1e-9)
    assert -0.31 < c["co2"] < -0.29


def test_costs_in_two_currencies_are_not_compared(pue_pair):
    base, _ = pue_pair
    yen = snapshot(base.scenario, 100, currency="JPY")
    assert card_changes(yen, base)["cost"] is None
    assert card_changes(yen, snapshot(base.scenario, 100, currency="JPY"))["cost"] == 0.0


def test_breakdown_totals_add_the_parts(pue_pair):
    base, _ = pue_pair
    training, serving = breakdown_totals(base, ("it_kwh", "overhead_kwh"))
    assert training + serving == pytest.approx(base.results["lifecycle.energy_kwh"], rel=1e-12)
    assert serving == pytest.approx(base.results["inference.energy_kwh"], rel=1e-12)


def test_rows_are_matched_by_code_not_by_position(pue_pair):
    base, now = pue_pair
    codes, values = location_rows(base)
    # the same grids in another order, and one the baseline does not have
    shuffled = [*reversed(codes), "__current__"]
    got = matched_rows(shuffled, codes, values)
    assert got[: len(codes)] == list(reversed(values))
    assert math.isnan(got[-1])
    ids, totals = hardware_rows(now)
    hw = now.hardware
    k = ids.index("nvidia-h100-sxm5-80gb")
    assert totals[k] == pytest.approx(float(hw["training_kwh"][k] + hw["serving_kwh"][k]))
    assert math.isnan(matched_rows(["x"], ["x"], [None])[0])  # no value: no ghost


def test_same_scenario_ignores_the_name_only(pue_pair):
    base, now = pue_pair
    assert same_scenario(base.scenario, base.scenario.with_values({"name": "renamed"}))
    assert not same_scenario(base.scenario, now.scenario)
    assert not same_scenario(None, base.scenario)


def test_each_lesson_metric_names_its_classroom_tile():
    assert focus_tile("lifecycle.co2e_market_kg") == "co2"
    assert focus_tile("inference.energy_per_query_wh") == "query"
    assert focus_tile("lifecycle.co2e_kg", "datacenter.sites") == "sites"
    with pytest.raises(ValueError, match="unknown lesson metric"):
        focus_tile("lifecycle.nonsense")
