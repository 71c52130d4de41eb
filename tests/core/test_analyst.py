"""The analyst's half in the core: inputs in words, pins saved with the scenario, decision levers ranked."""

from __future__ import annotations

import json

import pytest

from core.analysis import levers
from core.catalog import catalog
from core.compare import scenario_from_preset
from core.labels import (
    INPUT_LABELS,
    NOT_COMPARED,
    difference_words,
    differing_inputs,
    input_label,
    with_unit,
)
from core.scenario import (
    SCHEMA_VERSION,
    Pin,
    Scenario,
    ScenarioError,
    dumps_scenario,
    field_paths,
    load_scenario_file,
    loads_scenario,
    save_scenario_file,
)


def test_every_input_has_words_and_no_label_is_a_dotted_path():
    paths = [p for p in field_paths() if p not in NOT_COMPARED]
    assert [p for p in paths if p not in INPUT_LABELS] == []
    assert all("." not in e.label and "_" not in e.label for e in INPUT_LABELS.values())
    assert input_label("training.host_overhead_fraction") == "Training host overhead"
    assert "." not in input_label("some.future_field")


def test_differing_inputs_are_listed_in_words_with_units():
    a = scenario_from_preset("llama31-70b")
    b = a.with_values(
        {
            "inference.weight_bits": 4,
            "datacenter.region": "JP",
            "inference.batch_size": 128,
            "training.mfu": 0.4,
        }
    )
    words = [difference_words(r) for r in differing_inputs(a, b)]
    assert words == [
        "Utilisation (MFU): 30 % → 40 %",
        "Grid region: United States → Japan",
        "Batch size: 64 seqs → 128 seqs",
        "Weight precision: 16-bit → 4-bit",
    ]
    assert differing_inputs(a, a) == []
    # the name is bookkeeping, not an input that changes a result
    assert differing_inputs(a, a.with_values({"name": "Other"})) == []


def test_pins_are_saved_with_the_scenario_and_reload(tmp_path):
    a = scenario_from_preset("llama31-70b")
    b = a.with_values({"datacenter.region": "FR"})
    saved = Scenario(name="Now").with_pins(
        [Pin(label="Cloud in the US", scenario=a), Pin(label="In France", scenario=b)]
    )
    path = tmp_path / "s.aiee.json"
    save_scenario_file(saved, str(path))
    data = json.loads(path.read_text())
    assert data["schema_version"] == SCHEMA_VERSION == 6
    assert [p["label"] for p in data["pins"]] == ["Cloud in the US", "In France"]
    back = load_scenario_file(str(path))
    assert back == saved
    assert back.pins[1].scenario.datacenter.region == "FR"
    assert back.without_pins().pins == [] and back.without_pins().name == "Now"


def test_a_version_4_file_loads_with_no_pins_and_its_pinned_scenarios_migrate():
    old = json.loads(dumps_scenario(Scenario(name="Old")))
    old.pop("pins")
    old["schema_version"] = 4
    s = loads_scenario(json.dumps(old))
    assert s.schema_version == 6 and s.pins == [] and s.name == "Old"
    # a pin written by a version-2 app inside a current file: migrated like a file of its own
    pinned = json.loads(dumps_scenario(Scenario(name="P")))
    pinned.pop("pins")
    pinned["schema_version"] = 2
    pinned["training"].pop("development_factor")
    doc = json.loads(dumps_scenario(Scenario()))
    doc["pins"] = [{"label": "v2", "scenario": pinned}]
    s = loads_scenario(json.dumps(doc))
    assert s.pins[0].scenario.training.development_factor == 1.5


def test_pins_are_flat_named_and_at_most_three():
    inner = Scenario().with_pins([Pin(label="x", scenario=Scenario())])
    with pytest.raises(ScenarioError, match="cannot hold pins"):
        Scenario().with_pins([Pin(label="y", scenario=inner)])
    doc = json.loads(dumps_scenario(Scenario()))
    doc["pins"] = [{"label": "", "scenario": {}}]
    with pytest.raises(ScenarioError, match="pins"):
        loads_scenario(json.dumps(doc))
    doc["pins"] = [{"label": str(i), "scenario": {}} for i in range(4)]
    with pytest.raises(ScenarioError, match="pins"):
        loads_scenario(json.dumps(doc))


def test_levers_region_swing_follows_the_grid_table_by_hand():
    """Location-based CO2e = lifetime energy x grid intensity + embodied, so with the region at its cleanest
    (Sweden) and dirtiest (India) comparison grid, (high - low) / (central - low) = (g_IN - g_SE) / (g_US - g_SE)."""
    s = Scenario()  # region US
    central, bars = levers(s, "lifecycle.co2e_kg")
    region = next(b for b in bars if b.field == "datacenter.region")
    assert (region.low_setting, region.high_setting) == ("Sweden", "India")
    g = {c: catalog().region(c).gco2e_per_kwh for c in ("SE", "IN", "US")}
    ratio = (region.high_value - region.low_value) / (central - region.low_value)
    assert ratio == pytest.approx((g["IN"] - g["SE"]) / (g["US"] - g["SE"]), rel=1e-6)


def test_levers_rank_queries_first_for_serving_and_leave_training_to_size_and_chip():
    s = Scenario()
    _central, bars = levers(s, "inference.energy_kwh")
    queries = next(b for b in bars if b.field == "inference.queries_per_day")
    # serving energy follows the queries: half and double the queries, a quarter to four times apart
    assert queries.high_value / queries.low_value == pytest.approx(4.0, rel=0.02)
    assert (queries.low_setting, queries.high_setting) == ("500k", "2M")
    assert with_unit(queries.field, queries.low_setting) == "500k/day"
    assert bars[0].field == "inference.queries_per_day"
    assert [b.swing for b in bars] == sorted((b.swing for b in bars), reverse=True)
    # training energy: neither the queries, the batch nor the grid move it
    _c, bars = levers(s, "training.energy_kwh")
    moving = [b.field for b in bars if b.swing > 1e-9 * _c]
    assert sorted(moving) == ["chip", "model.parameters"]
    size = next(b for b in bars if b.field == "model.parameters")
    assert (with_unit(size.field, size.low_setting), with_unit(size.field, size.high_setting)) == (
        "4B params",
        "16B params",
    )
    assert size.low_value < _c < size.high_value


def test_cost_levers_stay_in_one_currency():
    s = Scenario()  # US: dollars; a move to Japan is priced in dollars too, not in yen
    central, bars = levers(s, "cost.lifecycle_energy")
    region = next(b for b in bars if b.field == "datacenter.region")
    assert region.high_value < 10 * central


def test_reports_carry_the_pins_and_a_title_that_says_the_preset_was_edited():
    from core.report import report_content, to_csv

    start = scenario_from_preset("llama31-70b")
    s = start.with_values({"inference.weight_bits": 4}).with_pins([Pin(label="=US 16-bit", scenario=start)])
    content = report_content(s)
    assert content["title"] == "AI Energy Explorer report: Llama 3.1 70B (edited)"
    assert [difference_words(d) for d in content["edited"]] == ["Weight precision: 16-bit → 4-bit"]
    assert [p["label"] for p in content["pins"]] == ["=US 16-bit", "Llama 3.1 70B"]
    lines = to_csv(content).splitlines()
    a = next(line for line in lines if line.startswith("A,"))
    b = next(line for line in lines if line.startswith("B,"))
    assert a.startswith("A,'=US 16-bit,")  # a name that looks like a formula stays text
    assert b.endswith("Weight precision: 16-bit → 4-bit")
    # the inputs are named in words next to their paths
    row = next(r for r in content["inputs"] if r["field"] == "model.parameters")
    assert (row["label"], row["text"], row["unit"]) == ("Parameters", "70.6B", "params")
    # an unedited preset keeps its own name
    assert report_content(start)["title"] == "AI Energy Explorer report: Llama 3.1 70B"
