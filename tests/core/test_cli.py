"""The command line as a user runs it: subprocesses, JSON contract, exit codes, one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.scenario import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def run(*args, check=False):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT, check=check
    )


def test_estimate_json_contract():
    p = run("estimate", "--preset", "gpt3-175b", "--format", "json", check=True)
    out = json.loads(p.stdout)
    for key in (
        "flops",
        "accelerator_hours",
        "wall_clock_days",
        "it_energy_kwh",
        "energy_kwh",
        "co2e_kg",
        "co2e_market_kg",
        "embodied_co2e_kg",
        "water_l",
    ):
        assert isinstance(out["training"][key], float), key
    for key in (
        "accelerator_count",
        "energy_per_output_token_j",
        "energy_per_query_wh",
        "co2e_per_query_g",
        "water_per_query_ml",
        "energy_kwh",
    ):
        assert key in out["inference"], key
    for key in ("energy_kwh", "co2e_kg", "crossover_days"):
        assert key in out["lifecycle"], key
    u = out["uncertainty"]
    for path in (
        "training.accelerator_hours",
        "training.energy_kwh",
        "training.co2e_kg",
        "inference.energy_per_query_wh",
        "inference.energy_per_output_token_j",
    ):
        section, name = path.split(".")
        band = u[section][name]
        assert band["p5"] <= band["p50"] <= band["p95"], path
    # the GPT-3 preset is Patterson's accounting: 1,287 MWh and 552 t within 2 %
    assert out["training"]["energy_kwh"] == pytest.approx(1_287_000, rel=0.02)
    assert out["training"]["co2e_kg"] == pytest.approx(552_100, rel=0.02)


def test_set_takes_plain_scientific_suffixed_strings_and_null(tmp_path):
    saved = tmp_path / "s.json"
    p = run(
        "estimate",
        "--set",
        "model.parameters=175B",
        "--set",
        "model.training_tokens=3e11",
        "--set",
        "datacenter.region=JP",
        "--set",
        "training.accelerator_hours=null",
        "--save",
        str(saved),
        "--format",
        "json",
        check=True,
    )
    scenario = json.loads(saved.read_text())
    assert scenario["model"]["parameters"] == 1.75e11
    assert scenario["model"]["training_tokens"] == 3e11
    assert scenario["datacenter"]["region"] == "JP"
    assert scenario["schema_version"] == SCHEMA_VERSION
    again = run("estimate", "--scenario", str(saved), "--format", "json", check=True)
    assert json.loads(again.stdout)["training"] == json.loads(p.stdout)["training"]


def test_text_output_is_a_table_with_units():
    out = run("estimate", check=True).stdout
    assert "facility energy (x PUE)" in out and "kWh" in out and "Wh" in out and "p5-p95" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["estimate", "--set", "model.paramz=1"], "unknown field 'model.paramz'"),
        (["estimate", "--preset", "gpt5"], "unknown preset 'gpt5'"),
        (["estimate", "--set", "datacenter.pue=9"], "datacenter.pue = 9 is out of range; allowed 1 to 3"),
        (["estimate", "--set", "datacenter.pue"], "--set expects DOTTED.PATH=VALUE"),
        (["estimate", "--scenario", "/nonexistent/x.json"], "cannot read file"),
        (["estimate", "--set", "datacenter.region=Atlantis"], "unknown region 'Atlantis'"),
        (["catalog", "planets"], "invalid choice"),
    ],
)
def test_user_errors_exit_2_with_one_line(args, message):
    p = run(*args)
    assert p.returncode == 2
    assert message in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1
    assert "Traceback" not in p.stderr


def test_malformed_and_huge_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"model": {"parameters": ')
    p = run("estimate", "--scenario", str(bad))
    assert p.returncode == 2 and "not valid JSON" in p.stderr
    huge = tmp_path / "huge.json"
    huge.write_bytes(b"[" * 3_000_000)
    p = run("estimate", "--scenario", str(huge))
    assert p.returncode == 2 and "at most" in p.stderr and "Traceback" not in p.stderr


def test_presets_catalog_schema():
    presets = json.loads(run("presets", "--format", "json", check=True).stdout)
    ids = {p["id"] for p in presets}
    assert {
        "gpt3-175b",
        "bloom-176b",
        "llama1-65b",
        "llama31-8b",
        "llama31-70b",
        "deepseek-v3",
        "llama32-1b",
    } <= ids
    assert all(p["name"] and p["source"] for p in presets)
    acc = json.loads(run("catalog", "accelerators", "--format", "json", check=True).stdout)
    assert {"id", "name"} <= set(acc[0]) and any(a["id"] == "nvidia-h100-sxm5-80gb" for a in acc)
    regions = json.loads(run("catalog", "regions", "--format", "json", check=True).stdout)
    assert any(r["id"] == "JP" for r in regions) and any(r["id"] == "gcp:asia-northeast1" for r in regions)
    schema = json.loads(run("schema", check=True).stdout)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_every_preset_estimates():
    from core.catalog import catalog
    from core.cli import preset_scenario
    from core.estimator import estimate

    for pid in catalog().presets:
        r = estimate(preset_scenario(pid))
        assert r["lifecycle.energy_kwh"] > 0


def test_version():
    assert run("--version", check=True).stdout.startswith("AI Energy Explorer ")


def test_report_csv_and_json_hold_the_estimate(tmp_path):
    csv_path, json_path = tmp_path / "r.csv", tmp_path / "r.json"
    run("report", "--preset", "llama1-65b", "--output", str(csv_path), check=True)
    run(
        "report",
        "--preset",
        "llama1-65b",
        "--set",
        "datacenter.pue=1.3",
        "--output",
        str(json_path),
        check=True,
    )
    import csv

    rows = {r[0]: r for r in csv.reader(csv_path.read_text().splitlines()[1:]) if r}
    from core.cli import preset_scenario
    from core.estimator import estimate

    r = estimate(preset_scenario("llama1-65b"))
    assert float(rows["training.energy_kwh"][2]) == pytest.approx(r["training.energy_kwh"])
    assert rows["training.energy_kwh"][3] == "kWh"
    data = json.loads(json_path.read_text())
    assert data["scenario"]["datacenter"]["pue"] == 1.3
    assert data["results"]["training"]["energy_kwh"] == pytest.approx(r["training.energy_kwh"] * 1.3 / 1.1)
    assert data["label"]["class"] in "ABCDEFG" and data["sources"] and data["assumptions"]


def test_report_refuses_unknown_extension():
    p = run("report", "--output", "x.docx")
    assert p.returncode == 2 and "use .pdf, .csv, .json, .png or .svg" in p.stderr
