"""The scenario contract: ranges, messages, unknown fields, files, migration."""

import json
from pathlib import Path

import pytest

from core.scenario import (
    MAX_FILE_BYTES,
    SCHEMA_VERSION,
    Scenario,
    ScenarioError,
    dumps_scenario,
    field_paths,
    load_scenario_file,
    loads_scenario,
    parse_quantity,
    parse_scenario,
    parse_value,
    save_scenario_file,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_default_scenario_round_trips_through_json_exactly():
    s = Scenario()
    again = loads_scenario(dumps_scenario(s))
    assert again == s
    assert json.loads(dumps_scenario(s))["schema_version"] == SCHEMA_VERSION


def test_contract_paths_exist():
    paths = field_paths()
    for p in (
        "model.parameters",
        "model.active_parameters",
        "model.training_tokens",
        "model.n_layers",
        "model.n_kv_heads",
        "model.head_dim",
        "model.context_length",
        "training.accelerator",
        "training.accelerator_count",
        "training.precision",
        "training.mfu",
        "training.accelerator_hours",
        "training.power_per_accelerator_w",
        "training.development_factor",
        "datacenter.region",
        "datacenter.grid_intensity_g_per_kwh",
        "datacenter.pue",
        "datacenter.wue_l_per_kwh",
        "datacenter.renewable_share",
        "datacenter.sites",
        "inference.accelerator",
        "inference.accelerator_count",
        "inference.batch_size",
        "inference.weight_bits",
        "inference.input_tokens",
        "inference.output_tokens",
        "inference.queries_per_day",
        "inference.deployment_days",
        "inference.busy_share",
        "optimisation.quantization_kernel_efficiency",
        "optimisation.distillation_student_fraction",
        "optimisation.distillation_tokens",
        "optimisation.pruning_share",
        "embodied.accelerator_kgco2e",
        "embodied.server_kgco2e",
        "embodied.service_life_years",
    ):
        assert p in paths, p


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        ("datacenter.pue", 0.5, "datacenter.pue = 0.5 is out of range; allowed 1 to 3"),
        ("datacenter.pue", 3.5, "datacenter.pue = 3.5 is out of range; allowed 1 to 3"),
        ("training.mfu", 0, "training.mfu = 0 is out of range; allowed more than 0 to 1"),
        (
            "model.parameters",
            1e16,
            "model.parameters = 1e+16 is out of range; allowed 1e+06 to 1e+15 parameters",
        ),
        (
            "datacenter.renewable_share",
            -0.1,
            "datacenter.renewable_share = -0.1 is out of range; allowed 0 to 1",
        ),
        ("inference.weight_bits", 5, "inference.weight_bits = 5 is not allowed; expected 32, 16, 8 or 4"),
    ],
)
def test_bad_value_names_field_value_and_range(path, value, expected):
    with pytest.raises(ScenarioError) as err:
        Scenario().with_values({path: value})
    assert str(err.value) == expected


def test_unknown_fields_are_refused():
    with pytest.raises(ScenarioError, match=r"unknown field 'model\.paramz'"):
        parse_scenario({"model": {"paramz": 1}})
    with pytest.raises(ScenarioError, match=r"unknown field 'training\.speed'"):
        Scenario().with_values({"training.speed": 3})


def test_active_parameters_cannot_exceed_total():
    # the command line's words: the paths typed after --set, and counts as they are typed (20B, not 2e+10)
    with pytest.raises(
        ScenarioError,
        match=r"^model.active_parameters = 20B is larger than model.parameters = 10B; allowed 1M",
    ):
        Scenario().with_values({"model.parameters": 1e10, "model.active_parameters": 2e10})


def test_site_load_shares_must_add_up_to_one():
    sites = [{"region": "FR", "load_share": 0.5, "pue": 1.1}, {"region": "JP", "load_share": 0.4, "pue": 1.3}]
    with pytest.raises(ScenarioError, match=r"add up to 0\.9"):
        Scenario().with_values({"datacenter.sites": sites})
    sites[1]["load_share"] = 0.5
    assert len(Scenario().with_values({"datacenter.sites": sites}).datacenter.sites) == 2


def test_old_schema_file_migrates():
    s = load_scenario_file(str(FIXTURES / "scenario_v1.json"))
    assert s.schema_version == SCHEMA_VERSION
    assert s.datacenter.grid_intensity_g_per_kwh == pytest.approx(482.0)
    assert s.inference.weight_bits == 8
    assert s.model.parameters == 7e10


def test_newer_schema_is_refused_with_a_clear_message():
    with pytest.raises(ScenarioError, match="newer than this app understands"):
        loads_scenario('{"schema_version": 99}')


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ('{"datacenter": {"pue": NaN}}', "not a valid JSON number"),
        ('{"datacenter": {"pue": Infinity}}', "not a valid JSON number"),
        ('{"name": "a", "name": "b"}', "duplicate key 'name'"),
        ('{"model": {"parameters": "lots"}}', "model.parameters"),
        ('{"model": [1, 2]}', "model"),
        ("[1, 2, 3]", "must be a JSON object"),
        ('{"model": {"parameters": 1e9', "not valid JSON"),
        ("\x00\x01binary", "not valid JSON"),
        ('{"custom": ' * 40 + "1" + "}" * 40, "nested"),
    ],
)
def test_hostile_text_gets_a_clear_error(text, match):
    with pytest.raises(ScenarioError, match=match):
        loads_scenario(text)


def test_oversized_file_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(ScenarioError, match="at most"):
        load_scenario_file(str(big))


def test_missing_file_message(tmp_path):
    with pytest.raises(ScenarioError, match="cannot read file"):
        load_scenario_file(str(tmp_path / "nope.json"))


def test_atomic_save_keeps_previous_file_when_write_fails(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    save_scenario_file(Scenario(name="first"), str(path))
    import os

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        save_scenario_file(Scenario(name="second"), str(path))
    assert load_scenario_file(str(path)).name == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("175B", 1.75e11),
        ("1.75e11", 1.75e11),
        ("2T", 2e12),
        ("7,000", 7000.0),
        ("500M", 5e8),
        ("3 k", 3000.0),
    ],
)
def test_quantities(text, value):
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "", "nan", "inf", "1e999"])
def test_non_quantities(text):
    assert parse_quantity(text) is None


def test_command_line_values():
    assert parse_value("null") is None
    assert parse_value("1e3") == 1000.0
    assert parse_value("64") == 64
    assert parse_value("JP") == "JP"
    assert parse_value('[{"region": "FR", "load_share": 1}]') == [{"region": "FR", "load_share": 1}]
