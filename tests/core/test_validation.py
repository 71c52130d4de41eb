"""The estimator against the published reference cases (fields parsed here, never hand-copied)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.estimator import estimate
from core.uncertainty import monte_carlo
from core.validation import (
    CASES_FILE,
    accounting_scenario,
    epoch_scenario,
    first_principles_scenario,
    gemini_scenario,
    hardware_id,
    mlenergy_scenario,
    parse_count,
    validation_rows,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "validation" / "reference_cases.json"
CASES = json.loads((SHARED if SHARED.exists() else CASES_FILE).read_text(encoding="utf-8"))
TRAINING = [c for c in CASES if c["kind"] == "training"]
#: A neural-architecture search over many 64M-parameter models, not one training run of one model: its
#: utilisation (0.55 of TPU v2 peak) and power (208 W of 280 W) are far from a large model's. Shown in the
#: table, not held to the first-principles bounds.
NOT_ONE_RUN = {"patterson2021-evolved-transformer-nas"}
FIRST_PRINCIPLES = [
    c
    for c in TRAINING
    if c["params_total"]
    and hardware_id(c["hardware"])
    and (c["tokens"] or c.get("total_flops"))
    and c["id"] not in NOT_ONE_RUN
]


def test_shipped_copy_matches_shared_cases():
    if not SHARED.exists():
        pytest.skip("../shared not present")
    assert json.loads(CASES_FILE.read_text(encoding="utf-8")) == CASES


@pytest.mark.parametrize("case", TRAINING, ids=lambda c: c["id"])
def test_accounting_mode_reproduces_published_energy_and_co2e(case):
    r = estimate(accounting_scenario(case))
    assert r["training.energy_kwh"] == pytest.approx(case["energy_kwh"], rel=0.02)
    assert r["training.co2e_kg"] / 1000 == pytest.approx(case["tco2e"], rel=0.02)


def test_patterson_gpt3_row():
    case = next(c for c in CASES if c["id"] == "patterson2021-gpt3")
    assert case["power_basis"].startswith("measured")  # boundary: measured system power, PUE in
    r = estimate(accounting_scenario(case))
    assert round(r["training.energy_kwh"] / 1000, -1) == pytest.approx(1290, abs=10)  # 1,287 MWh within 2 %
    assert r["training.energy_kwh"] / 1000 == pytest.approx(1287, rel=0.005)
    assert r["training.co2e_kg"] / 1000 == pytest.approx(552, rel=0.005)


def test_bloom_boundary_excludes_pue():
    case = next(c for c in CASES if c["id"] == "bloom-176b-final-training")
    r = estimate(accounting_scenario(case))
    assert r["training.energy_kwh"] == pytest.approx(433_196, rel=1e-6)  # GPU-hours x TDP, no PUE
    assert r["training.co2e_kg"] / 1000 == pytest.approx(24.69, rel=0.002)


def test_first_principles_covers_the_llm_runs():
    ids = {c["id"] for c in FIRST_PRINCIPLES}
    assert {
        "patterson2021-gpt3",
        "bloom-176b-final-training",
        "llama1-65b",
        "patterson2021-gshard-600b",
    } <= ids


@pytest.mark.parametrize("case", FIRST_PRINCIPLES, ids=lambda c: c["id"])
def test_first_principles_within_2x_and_inside_range(case):
    s, _ = first_principles_scenario(case)
    assert s.training.accelerator_hours is None and s.training.power_per_accelerator_w is None
    r = estimate(s)
    band = monte_carlo(s, samples=2000)
    hours = case["accelerator_hours"] or case["n_accelerators"] * case["training_days"] * 24
    assert 0.5 <= r["training.accelerator_hours"] / hours <= 2.0
    assert 0.5 <= r["training.energy_kwh"] / case["energy_kwh"] <= 2.0
    assert band["training.accelerator_hours"]["p5"] <= hours <= band["training.accelerator_hours"]["p95"]
    assert band["training.energy_kwh"]["p5"] <= case["energy_kwh"] <= band["training.energy_kwh"]["p95"]


MLENERGY = sorted((c for c in CASES if c["id"].startswith("mlenergy")), key=lambda c: c["max_num_seqs"])


def test_mlenergy_energy_per_token_within_2x_with_the_measured_trend():
    assert [c["max_num_seqs"] for c in MLENERGY] == [8, 64, 512]
    predicted = []
    for c in MLENERGY:
        assert parse_count(c["params_total"]) == 8e9
        j = estimate(mlenergy_scenario(c))["inference.energy_per_output_token_j"]
        assert 0.5 <= j / c["joules_per_output_token"] <= 2.0, c["id"]
        predicted.append(j)
    measured = [c["joules_per_output_token"] for c in MLENERGY]
    assert measured[0] > measured[1] > measured[2]
    assert predicted[0] > predicted[1] > predicted[2]
    # and the power rises with batch as measured (486 -> 610 -> 688 W)
    powers = [estimate(mlenergy_scenario(c))["inference.power_per_accelerator_w"] for c in MLENERGY]
    assert powers[0] < powers[1] <= powers[2]


def test_gemini_prompt_in_order_of_magnitude():
    case = next(c for c in CASES if c["id"] == "google-gemini-apps-median-text-prompt")
    r = estimate(gemini_scenario())
    assert 0.1 <= r["inference.energy_per_query_wh"] / case["wh_per_request"] <= 10
    assert 0.1 <= r["inference.water_onsite_per_query_ml"] / case["water_ml_per_request"] <= 10
    # the whole-system boundary is well above the accelerators alone, as Google found (0.24 vs 0.14 Wh)
    ratio = r["inference.energy_per_query_wh"] / r["inference.accelerator_energy_per_query_wh"]
    published = case["wh_per_request"] / case["breakdown_wh"]["active_ai_accelerator"]
    assert 0.5 * published <= ratio <= 2 * published


def test_epoch_prompt_in_order_of_magnitude():
    case = next(c for c in CASES if c["id"] == "epoch2025-gpt4o")
    r = estimate(epoch_scenario(case))
    assert 0.1 <= r["inference.energy_per_query_wh"] / case["wh_per_request"] <= 10


def test_validate_command_prints_the_table():
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert "patterson2021-gpt3" in out and "published" in out and "ratio" in out
    rows = validation_rows(samples=500)
    assert all(r["ratio"] is not None for r in rows)


def test_validate_json_reports_coverage_and_band_width():
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    report = json.loads(out)
    banded = [r for r in report["rows"] if "inside_p5_p95" in r]
    assert report["rows_with_band"] == len(banded) >= 20
    assert report["coverage"] == pytest.approx(sum(r["inside_p5_p95"] for r in banded) / len(banded))
    assert report["coverage"] >= 0.8  # the aim; measured 24 of 25 (96 %)
    widths = sorted(r["p95"] / r["p5"] for r in banded)
    assert report["median_band_width_p95_over_p5"] == pytest.approx(
        (widths[len(widths) // 2] + widths[(len(widths) - 1) // 2]) / 2
    )
    assert report["serving"]["held-out"]["runs"] >= 70
