"""The baseline kept in a scenario file (schema 6): migration of older files, the round trip, what the
command line and the reports say about it, against hand-derived changes (facility energy and the
electricity bill are IT energy x PUE, so a PUE move changes both by the PUE ratio)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.baseline import saved_baseline_changes
from core.estimator import estimate
from core.report import report_content, to_csv, to_json
from core.scenario import (
    SCHEMA_VERSION,
    Pin,
    Scenario,
    ScenarioError,
    dumps_scenario,
    load_scenario_file,
    loads_scenario,
    save_scenario_file,
)

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def pue_pair(pue_scenarios):
    return pue_scenarios


def test_schema_6_keeps_the_baseline_and_round_trips(tmp_path, pue_pair):
    before, after = pue_pair
    doc = after.with_pins([Pin(label="A", scenario=before)]).with_baseline(before)
    path = tmp_path / "s.aiee.json"
    save_scenario_file(doc, str(path))
    data = json.loads(path.read_text())
    assert data["schema_version"] == SCHEMA_VERSION == 6
    assert data["baseline"]["datacenter"]["pue"] == 1.58 and data["baseline"]["name"] == "Before the move"
    back = load_scenario_file(str(path))
    assert back == doc and back.baseline == before
    # the inputs alone: no pins and no baseline (what the window and the estimator work on)
    inputs = back.without_pins()
    assert inputs.pins == [] and inputs.baseline is None and inputs.datacenter.pue == 1.09
    assert back.with_baseline(None).baseline is None
    # a baseline given with pins or a baseline of its own is stored as its inputs alone
    assert after.with_baseline(doc).baseline == after


def test_a_schema_5_file_loads_unchanged_without_a_baseline(pue_pair):
    before, after = pue_pair
    old = json.loads(dumps_scenario(after.with_pins([Pin(label="Before", scenario=before)])))
    old.pop("baseline")
    old["schema_version"] = 5
    for pin in old["pins"]:
        pin["scenario"].pop("baseline")
        pin["scenario"]["schema_version"] = 5
    s = loads_scenario(json.dumps(old))
    assert s.schema_version == 6 and s.baseline is None
    assert s.without_pins() == after and s.pins[0].scenario == before and s.pins[0].label == "Before"
    assert json.loads(dumps_scenario(s))["baseline"] is None
    assert saved_baseline_changes(s) is None


def test_the_oldest_fixture_migrates_through_every_step_to_no_baseline():
    s = load_scenario_file(str(FIXTURES / "scenario_v1.json"))
    assert s.schema_version == SCHEMA_VERSION and s.baseline is None and s.pins == []
    assert s.datacenter.grid_intensity_g_per_kwh == pytest.approx(482.0)
    assert s.inference.weight_bits == 8 and s.training.development_factor == 1.5
    # a baseline written by a version-1 app inside a current file is migrated like a file of its own
    doc = json.loads(dumps_scenario(Scenario(name="Now")))
    doc["baseline"] = json.loads((FIXTURES / "scenario_v1.json").read_text())
    s = loads_scenario(json.dumps(doc))
    assert s.baseline.datacenter.grid_intensity_g_per_kwh == pytest.approx(482.0)
    assert s.baseline.schema_version == SCHEMA_VERSION and s.baseline.name == "Saved by version 1"


def test_a_baseline_is_inputs_alone_and_a_bad_one_names_the_field():
    doc = json.loads(dumps_scenario(Scenario()))
    doc["baseline"] = json.loads(dumps_scenario(Scenario().with_pins([Pin(label="x", scenario=Scenario())])))
    with pytest.raises(ScenarioError, match="baseline"):
        loads_scenario(json.dumps(doc))
    doc["baseline"] = {"datacenter": {"pue": 9.0}}
    with pytest.raises(ScenarioError, match=r"baseline\.datacenter\.pue"):
        loads_scenario(json.dumps(doc))
    doc["baseline"] = None
    doc["pins"] = [{"label": "p", "scenario": {"baseline": {}}}]
    with pytest.raises(ScenarioError, match="cannot hold a baseline"):
        loads_scenario(json.dumps(doc))


def test_changes_from_the_saved_baseline_by_hand(pue_pair):
    before, after = pue_pair
    kept = saved_baseline_changes(after.with_baseline(before))
    assert kept["name"] == "Before the move" and not kept["same_inputs"]
    rows = {r["key"]: r for r in kept["rows"]}
    assert list(rows) == ["energy", "co2", "water", "cost"]
    ratio = 1.09 / 1.58 - 1  # -0.3101...: facility energy and its bill are IT energy x PUE
    assert rows["energy"]["change"] == pytest.approx(ratio, rel=1e-9)
    assert rows["cost"]["change"] == pytest.approx(ratio, rel=1e-9)
    e0 = estimate(before)["lifecycle.energy_kwh"]
    assert rows["energy"]["baseline"] == pytest.approx(e0, rel=1e-12)
    assert rows["energy"]["now"] == pytest.approx(e0 * 1.09 / 1.58, rel=1e-9)
    # the bill at the region's one published price: both costs are energy x the same price per kWh
    assert rows["cost"]["unit"] == "USD"
    assert rows["cost"]["baseline"] / rows["energy"]["baseline"] == pytest.approx(
        rows["cost"]["now"] / rows["energy"]["now"], rel=1e-12
    )
    # CO2e and water move less: embodied carbon and on-site cooling water do not scale with PUE
    assert ratio < rows["co2"]["change"] < 0 and ratio < rows["water"]["change"] < 0


def test_costs_in_another_currency_are_not_compared(pue_pair):
    before, after = pue_pair
    yen = before.with_values({"economics.currency": "JPY"})
    rows = {r["key"]: r for r in saved_baseline_changes(after.with_baseline(yen))["rows"]}
    assert rows["cost"]["change"] is None and rows["cost"]["baseline"] is None
    assert rows["energy"]["change"] == pytest.approx(1.09 / 1.58 - 1, rel=1e-9)


def test_reports_and_the_command_line_say_the_saved_baseline(tmp_path, pue_pair):
    before, after = pue_pair
    doc = after.with_baseline(before)
    content = report_content(doc)
    assert content["baseline"]["rows"][0]["change"] == pytest.approx(1.09 / 1.58 - 1, rel=1e-9)
    assert "baseline" not in {row["field"] for row in content["inputs"]}
    assert json.loads(to_json(content))["baseline"]["name"] == "Before the move"
    assert "lifecycle.energy_kwh,kWh," in to_csv(content).split("baseline,Before the move\n", 1)[1]
    assert report_content(after)["baseline"] is None
    path = tmp_path / "b.aiee.json"
    save_scenario_file(doc, str(path))
    main = [sys.executable, str(ROOT / "main.py"), "estimate", "--scenario", str(path)]
    text = subprocess.run(main, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "Against the saved baseline 'Before the move'" in text
    assert "(-31.0%)" in text
    out = subprocess.run([*main, "--format", "json"], capture_output=True, text=True, cwd=ROOT, check=True)
    data = json.loads(out.stdout)
    assert data["baseline"]["rows"][3]["key"] == "cost"
    assert data["baseline"]["rows"][0]["change"] == pytest.approx(1.09 / 1.58 - 1, rel=1e-9)
    # --set moves the scenario, not the baseline it is read against
    moved = subprocess.run(
        [*main, "--set", "datacenter.pue=1.58", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(moved.stdout)["baseline"]["rows"][0]["change"] == pytest.approx(0.0, abs=1e-12)
