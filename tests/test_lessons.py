"""Guided lessons: every step loads, names a real control, and the numbers its text quotes hold."""

import subprocess
import sys
from pathlib import Path

import pytest

from core.catalog import catalog
from core.estimator import estimate
from core.scenario import field_paths
from gui.classroom.lessons import lessons, scenario_for, steps

ROOT = Path(__file__).resolve().parents[1]


def step_index(lesson_id, i):
    return next(k for k, (les, j, _) in enumerate(steps()) if les.id == lesson_id and j == i)


def test_seven_lessons_cover_the_levers():
    assert [les.id for les in lessons()] == [
        "scale",
        "pue",
        "hardware",
        "grid",
        "algorithms",
        "distributed",
        "quantum",
        "world",
    ]


@pytest.mark.parametrize("k", range(len(steps())))
def test_every_step_loads_and_names_a_control(k):
    _, _, st = steps()[k]
    assert st.source and st.title and 2 <= st.text.count(". ") + 1 <= 5
    if st.control:
        assert st.control in field_paths()
    r = estimate(scenario_for(k))
    assert r["lifecycle.energy_kwh"] > 0


def test_scale_lesson_nine_times():
    a = estimate(scenario_for(step_index("scale", 0)))
    b = estimate(scenario_for(step_index("scale", 1)))
    assert 7.5 <= b["training.energy_kwh"] / a["training.energy_kwh"] <= 9.5
    assert b["inference.energy_per_query_wh"] > a["inference.energy_per_query_wh"]


def test_pue_lesson_31_percent():
    a = estimate(scenario_for(step_index("pue", 0)))
    b = estimate(scenario_for(step_index("pue", 1)))
    assert 1 - b["lifecycle.energy_kwh"] / a["lifecycle.energy_kwh"] == pytest.approx(0.31, abs=0.005)


def test_hardware_lesson_flop_per_joule_and_a_third():
    acc = catalog().accelerators
    assert acc["nvidia-v100-sxm2-32gb"].flop_per_joule / 1e12 == pytest.approx(0.42, abs=0.005)
    assert acc["nvidia-h100-sxm5-80gb"].flop_per_joule / 1e12 == pytest.approx(1.41, abs=0.005)
    v = estimate(scenario_for(step_index("hardware", 0)))
    h = estimate(scenario_for(step_index("hardware", 1)))
    assert 2.5 <= v["training.energy_kwh"] / h["training.energy_kwh"] <= 4.0


def test_grid_lesson_figures():
    regions = catalog().regions
    assert round(regions["JP"].gco2e_per_kwh) == 482 and round(regions["FR"].gco2e_per_kwh) == 44
    market = estimate(scenario_for(step_index("grid", 1)))
    assert market["training.co2e_market_kg"] == 0 and market["training.co2e_kg"] > 0


def test_algorithms_lesson_saves_and_pays_back():
    q = estimate(scenario_for(step_index("algorithms", 0)))
    assert q["optimisation.energy_per_query_saving_share"] > 0.2  # a quarter of the bytes, slower kernels
    d = estimate(scenario_for(step_index("algorithms", 1)))
    assert 0 < d["optimisation.distillation_payback_days"] < 3650


def test_lesson_list_command_in_both_languages():
    for lang in ("en", "ja"):
        out = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "lesson", "--list", "--lang", lang],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
        assert out.count("\n") >= 3 * len(steps())
    bad = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "lesson", "99"], capture_output=True, text=True, cwd=ROOT
    )
    assert bad.returncode == 2 and "allowed 1 to" in bad.stderr


def test_report_marks_match_the_core_tables():
    """The report's labels, assumptions and uncertainty bases reach the translation catalogue."""
    from core.report import ASSUMPTIONS, OUTPUTS
    from core.uncertainty import RANGES
    from gui.i18n_marks import REPORT

    expected = (
        [label for _, label, _ in OUTPUTS] + list(ASSUMPTIONS) + list(dict.fromkeys(r.basis for r in RANGES))
    )
    assert list(REPORT[: len(expected)]) == expected


def test_pue_money_step_quotes_the_bill():
    from core.economics import cost_json

    k = step_index("pue", 2)
    s = scenario_for(k)
    before = cost_json(s, estimate(s), ranges=False)
    after_s = s.with_values({"datacenter.pue": 1.09})
    after = cost_json(after_s, estimate(after_s), ranges=False)
    assert before["currency"] == "JPY" and before["price_per_kwh"] == pytest.approx(21.74)
    # the text rounds ("about 100 million yen"): each figure within the rounding of the words
    assert before["lifecycle_energy"] / 1e6 == pytest.approx(100, abs=5)
    assert after["lifecycle_energy"] / 1e6 == pytest.approx(69, abs=1)
    assert (before["lifecycle_energy"] - after["lifecycle_energy"]) / 1e6 == pytest.approx(31, abs=1)


def test_world_lesson_scale_figures():
    from core.economics import context_json

    k = step_index("world", 0)
    assert steps()[k][2].chart == "scale"
    r = estimate(scenario_for(k))
    steps_kwh = {x["id"]: x["energy_kwh"] for x in context_json(r)["ladder"]}
    # the text rounds ("about"): each figure within the rounding of the words
    assert r["inference.energy_per_query_wh"] == pytest.approx(0.03, abs=0.005)
    assert steps_kwh["one_person_year"] == pytest.approx(0.1, abs=0.025)
    assert steps_kwh["everyone_japan_year"] / 1e6 == pytest.approx(12, abs=1.0)
    world = steps_kwh["everyone_world_year"]
    assert 700 <= world / 1e6 < 800  # "nearly 800 GWh"
    assert world / (8.76e9 / 365) / 7 == pytest.approx(
        4.3, abs=1.0
    )  # a month of a 1 GW plant (8.76 TWh a year)
    assert world / 415e9 * 100 == pytest.approx(0.2, abs=0.05)  # % of the world's data centres, 2024


# ----- each step measures its own lever (review 2026-12, P1-2) ---------------------------------------

from core.lessons import lever_effect, percent  # noqa: E402
from gui.classroom.lessons import before_for  # noqa: E402


@pytest.mark.parametrize("k", range(len(steps())))
def test_a_lever_step_differs_from_its_before_in_the_lever_only(k):
    _, _, st = steps()[k]
    before, after = before_for(k), scenario_for(k)
    if st.lever is None:
        assert before is None
        return
    assert before.get(st.lever) != after.get(st.lever)
    moved = {st.lever, *st.lever_with}
    for path in field_paths():
        if path not in moved and not path.startswith(("model.n_layers", "model.d_model")):
            assert before.get(path) == after.get(path), path


def test_lever_effects_on_the_number_each_step_is_about():
    effects = {}
    for k, (les, i, st) in enumerate(steps()):
        if st.lever:
            e = lever_effect(before_for(k), scenario_for(k), st.metric)
            a, b = estimate(before_for(k)), estimate(scenario_for(k))
            assert e.before == pytest.approx(a[st.metric]) and e.after == pytest.approx(b[st.metric])
            effects[(les.id, i)] = e
    # PUE 1.58 -> 1.09 on facility energy: 1.09 / 1.58 - 1 of the IT energy, idle and embodied unchanged
    assert percent(effects[("pue", 1)].change) == "−31 %"
    # clean energy moves market-based CO2e, not location-based
    assert effects[("grid", 1)].metric == "lifecycle.co2e_market_kg" and effects[("grid", 1)].change < -0.9
    # quantization and distillation on energy per query, both savings
    assert effects[("algorithms", 0)].metric == "inference.energy_per_query_wh"
    assert -0.5 < effects[("algorithms", 0)].change < -0.1
    d = effects[("algorithms", 1)]
    assert d.metric == "inference.energy_per_query_wh" and d.change < -0.5
    # payback: the one-off teaching energy over the saving per day
    r = estimate(scenario_for(step_index("algorithms", 1)))
    assert d.payback_days == pytest.approx(r["optimisation.distillation_payback_days"])
    assert d.payback_queries == pytest.approx(
        d.payback_days * scenario_for(step_index("algorithms", 1)).inference.queries_per_day
    )
    # nine times the parameters: training energy grows about eightfold (8.03B -> 70B)
    assert 7.5 <= effects[("scale", 1)].after / effects[("scale", 1)].before <= 9.5


def test_the_quantum_step_keeps_the_previous_scenario():
    k = step_index("quantum", 0)
    assert scenario_for(k) == scenario_for(k - 1)
    assert percent(None) == "–" and percent(0.0) == "±0 %" and percent(-0.312) == "−31 %"


def test_the_panel_names_every_metric_a_step_can_be_about():
    from core.lessons import METRICS
    from gui.classroom.lesson_panel import METRIC_NAMES

    assert set(METRIC_NAMES) == set(METRICS) and all(st.metric in METRICS for _, _, st in steps())
