"""What-if analysis: tornado vs finite differences, sweeps, comparisons, equivalents, label."""

import numpy as np
import pytest

from core.analysis import (
    EQUIVALENTS,
    LABEL_BOUNDS_WH,
    compare,
    energy_label,
    equivalents,
    evaluate_many,
    ratio_words,
    scaled,
    sweep,
    tornado,
)
from core.estimator import compute, estimate, resolve
from core.scenario import Scenario
from core.uncertainty import RANGES


def finite_difference_swings(scenario, output):
    """Each uncertain input moved to its bounds one at a time, evaluated as separate scalar estimates."""
    x = resolve(scenario)
    swings = {}
    for rg in RANGES:
        if rg.key == "mfu" and x["train_hours_given"] is not None:
            continue
        values = []
        for f in (rg.low, rg.high):
            y = dict(x)
            if rg.key == "pue_overhead":
                y["pue"] = 1.0 + (x["pue"] - 1.0) * f
            else:
                y[rg.key] = min(max(x[rg.key] * f, rg.clip[0]), rg.clip[1])
            values.append(compute(y)[output])
        swings[rg.label] = swings.get(rg.label, 0.0) + abs(values[1] - values[0])
    return swings


@pytest.mark.parametrize(
    "preset_values",
    [{}, {"inference.queries_per_day": 1e9}, {"datacenter.pue": 1.8, "model.parameters": 70e9}],
)
@pytest.mark.parametrize("output", ["lifecycle.co2e_kg", "inference.energy_per_query_wh"])
def test_tornado_order_matches_finite_differences(preset_values, output):
    s = Scenario().with_values(preset_values)
    central, bars = tornado(s, output)
    assert central == pytest.approx(estimate(s)[output])
    fd = finite_difference_swings(s, output)
    for b in bars:
        assert b.swing == pytest.approx(fd[b.field], rel=1e-9, abs=1e-12)
    swings = [b.swing for b in bars]
    assert swings == sorted(swings, reverse=True)
    assert [b.field for b in bars if b.swing > 0][:3] == sorted(fd, key=fd.get, reverse=True)[:3]


def test_pue_sweep_is_linear_in_facility_energy():
    s = Scenario()
    xs, ys = sweep(s, "datacenter.pue", "training.energy_kwh", points=11)
    assert xs[0] == 1.0 and xs[-1] == 2.5
    it = estimate(s)["training.it_energy_kwh"]
    np.testing.assert_allclose(ys, it * xs, rtol=1e-12)


def test_batch_sweep_lowers_energy_per_query():
    xs, ys = sweep(Scenario(), "inference.batch_size", "inference.energy_per_query_wh")
    assert xs[0] == 1 and np.all(np.diff(xs) > 0)
    assert ys[0] > 5 * ys[-1]


def test_evaluate_many_matches_scalar_even_with_mixed_measured_values():
    a = Scenario()
    b = a.with_values({"training.accelerator_hours": 5e5})
    c = a.with_values({"datacenter.pue": 1.9})
    r = evaluate_many([a, b, c])
    for i, s in enumerate((a, b, c)):
        assert r["lifecycle.energy_kwh"][i] == pytest.approx(estimate(s)["lifecycle.energy_kwh"])


def test_compare_ratios_match_the_core():
    a = Scenario()
    b = a.with_values({"inference.weight_bits": 4, "datacenter.region": "FR"})
    rows = {r["output"]: r for r in compare(a, b)}
    ra, rb = estimate(a), estimate(b)
    for path, row in rows.items():
        assert row["ratio"] == pytest.approx(rb[path] / ra[path])
    assert (
        rows["lifecycle.co2e_kg"]["words"].startswith("B uses")
        and "less CO2e than A" in rows["lifecycle.co2e_kg"]["words"]
    )


def test_ratio_words():
    assert ratio_words(3.4, 1.0, "energy") == "B uses 3.4x less energy than A"
    assert ratio_words(1.0, 2.5, "water") == "B uses 2.5x more water than A"
    assert ratio_words(1.0, 1.03, "energy") == "B uses about the same energy as A"


def test_equivalents_show_factor_and_source():
    # MoE household survey FY2022: 14.22 GJ / 3.6 MJ/kWh = 3,950 kWh; Forestry Agency sugi 8.8 kg CO2 a year
    rows = equivalents(3950.0, 8.8)
    by = {r["key"]: r for r in rows}
    assert by["household_japan"]["count"] == pytest.approx(1.0)
    assert by["tree_years"]["count"] == pytest.approx(1.0)
    assert by["ev_km"]["count"] == pytest.approx(3950.0 / 0.207)  # DESNZ 2025, derived kWh/km
    assert all(r["source"] and r["year"] and r["factor"] > 0 for r in rows)
    assert len(rows) == len(EQUIVALENTS)


def test_scales_are_stated():
    r = estimate(Scenario())
    pop = scaled(r, "population", people=1e6, per_person_per_day=10)
    assert pop["energy_kwh"] == pytest.approx(r["inference.energy_per_query_wh"] / 1000 * 1e7)
    assert "1,000,000 people" in pop["label"] and "10 times a day" in pop["label"]
    day = scaled(r, "per_day")
    assert day["energy_kwh"] == pytest.approx(r["inference.energy_per_day_kwh"])
    with pytest.raises(ValueError):
        scaled(r, "per_year")


@pytest.mark.parametrize(
    ("wh", "label"), [(0.01, "A"), (0.05, "B"), (0.24, "C"), (0.3, "C"), (2.9, "E"), (50, "G")]
)
def test_energy_label(wh, label):
    assert energy_label(wh) == label
    assert list(LABEL_BOUNDS_WH) == sorted(LABEL_BOUNDS_WH)
