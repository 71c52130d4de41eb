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
    active_parameters,
    case_hours,
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


def test_llama4_cases_from_the_model_card():
    from core.validation import NEW_CASES_FILE

    new = json.loads(NEW_CASES_FILE.read_text(encoding="utf-8"))
    assert {"llama4-scout-17b-16e", "llama4-maverick-17b-128e"} <= {c["id"] for c in new}
    rows = [r for r in validation_rows(samples=500) if r["case"].startswith("llama4")]
    # accounting: 5.0M and 2.38M H100-hours x 700 W (PUE inside the card's 700 W) and 1,354 t and 645 t
    acc = {(r["case"], r["quantity"]): r for r in rows if r["mode"] == "accounting"}
    assert acc[("llama4-scout-17b-16e", "CO2e")]["estimate"] == pytest.approx(1354, rel=0.01)
    assert acc[("llama4-maverick-17b-128e", "CO2e")]["estimate"] == pytest.approx(645, rel=0.01)
    # first principles: 6 x 17B active x 40T / 22T tokens on H100s at MFU 0.30, inside p5-p95 of the hours
    fp = [r for r in rows if r["mode"] == "first principles"]
    assert len(fp) == 4 and all(r["inside_p5_p95"] for r in fp), fp
    assert all(0.5 <= r["ratio"] <= 2.0 for r in fp)


# --- Published cases 2024-2026 (resources/validation/cases_2026.json) -------------------------------------

NEW = json.loads((ROOT / "resources" / "validation" / "cases_2026.json").read_text(encoding="utf-8"))
NEW_BY_ID = {c["id"]: c for c in NEW}
GRANITE = [c for c in NEW if c["id"].startswith("granite3-")]
#: Cases whose first-principles estimate must fall inside p5-p95 and within 2x of every published value.
NEW_FIRST_PRINCIPLES = [
    "phi4-14b",
    "smollm3-3b",
    "olmo3-7b-pretraining",
    "olmo3-32b-pretraining",
    "granite3-2b",
    "granite3-8b",
]


@pytest.fixture(scope="module")
def new_rows():
    ids = set(NEW_BY_ID)
    return [r for r in validation_rows(samples=2000) if r["case"] in ids]


def test_every_new_case_names_its_source_and_quote():
    for c in NEW:
        src = c["source"]
        if isinstance(src, str):  # the Llama 4 cases cite in one line, with the commit
            assert "MODEL_CARD.md" in src and "commit" in src
            continue
        assert src["title"] and src["url"].startswith("https://") and src["date"] and src["location"], c["id"]
        quotes = [c.get("quote")] + [p.get("quote") for p in c.get("published", [])]
        assert any(quotes), c["id"]
        if c["kind"] == "published-not-checkable":
            assert len(c["reason_not_checkable"]) > 40


def test_new_cases_transcribed_consistently():
    # Granite's Table 7: MWh = GPU-hours x 700 W x PUE 1.3, tCO2eq = MWh x 0.39 (the report's own formula)
    for c in GRANITE:
        assert c["accelerator_hours"] * 0.7 * 1.3 == pytest.approx(c["energy_kwh"], rel=0.005), c[
            "id"
        ]  # 1B-A400M: 0.4 %
        assert c["energy_kwh"] / 1000 * 0.39 == pytest.approx(c["tco2e"], rel=0.005), c["id"]
    # Olmo 3: ~234k h x ~621 W = ~146 MWh and ~1.05M h x ~649 W = ~681 MWh (GPU only, as Ai2 stated)
    for cid in ("olmo3-7b-pretraining", "olmo3-32b-pretraining"):
        c = NEW_BY_ID[cid]
        assert c["accelerator_hours"] * c["power_w_per_accel"] / 1000 == pytest.approx(
            c["energy_kwh"], rel=0.01
        )
    # GPUs x days for Phi-4 (1920 x 21) and SmolLM3 (384 x 24)
    assert case_hours(NEW_BY_ID["phi4-14b"]) == 967_680
    assert case_hours(NEW_BY_ID["smollm3-3b"]) == 221_184


def test_validate_shows_every_new_case(new_rows):
    from core.validation import not_checkable

    shown = {r["case"] for r in new_rows} | {i["case"] for i in not_checkable()}
    assert shown == set(NEW_BY_ID)
    gpt = [i for i in not_checkable() if i["case"] == "gpt-oss-120b"]
    assert gpt[0]["published"] == 2_100_000 and "trillions of tokens" in gpt[0]["reason"]


def test_new_accounting_rows_reproduce_published_energy_and_co2e(new_rows):
    acc = [r for r in new_rows if r["mode"] == "accounting" and not r["case"].startswith("llama4")]
    # 4 Granite models x (energy, CO2e) + 2 Olmo 3 energies; Phi-4 and SmolLM3 publish no energy
    assert len(acc) == 10
    for r in acc:
        assert r["ratio"] == pytest.approx(1.0, abs=0.02), r


@pytest.mark.parametrize("cid", NEW_FIRST_PRINCIPLES)
def test_new_first_principles_within_2x_and_inside_band(new_rows, cid):
    fp = [r for r in new_rows if r["case"] == cid and r["mode"] == "first principles"]
    assert fp and fp[0]["quantity"] == "accelerator-hours"
    for r in fp:
        assert 0.5 <= r["ratio"] <= 2.0, r
        assert r["inside_p5_p95"], r


def test_olmo3_first_principles_at_the_gpu_only_boundary():
    # Ai2's 146 / 681 MWh are GPU energy alone: the scenario drops the host share and the PUE
    s, _ = first_principles_scenario(NEW_BY_ID["olmo3-32b-pretraining"])
    assert s.training.host_overhead_fraction == 0.0 and s.datacenter.pue == 1.0
    assert s.model.context_length == 8192
    r = estimate(s)
    # our modelled draw is 0.75 x 700 W = 525 W against the measured 649 W
    assert r["training.energy_kwh"] / r["training.accelerator_hours"] == pytest.approx(0.525, rel=0.01)


def test_granite_small_moe_miss_is_their_low_utilisation(new_rows):
    """The two small MoE models are the misses: their published hours imply an MFU (6 N_active D over the
    H100's bf16 peak) near 0.1, a third of the app's default 0.30, while the dense 2B trained on the same
    cluster implies 0.26. So the miss is the utilisation of small fine-grained experts (512-wide expert FFNs,
    Table 1), not the FLOPs or the power accounting, which reproduce Table 7 exactly."""
    from core.estimator import resolve

    def implied_mfu(c):
        s, _ = first_principles_scenario(c)
        flops = 6 * active_parameters(c, parse_count(c["params_total"])) * parse_count(c["tokens"])
        return flops / (c["accelerator_hours"] * 3600 * resolve(s)["train_peak_flops"])

    assert implied_mfu(NEW_BY_ID["granite3-2b"]) == pytest.approx(0.263, abs=0.01)
    for cid in ("granite3-1b-a400m", "granite3-3b-a800m"):
        c = NEW_BY_ID[cid]
        s, _ = first_principles_scenario(c)
        assert s.model.n_experts == c["n_experts"] and s.model.experts_per_token == 8
        assert 0.08 <= implied_mfu(c) <= 0.11, (cid, implied_mfu(c))
        hours = next(r for r in new_rows if r["case"] == cid and r["quantity"] == "accelerator-hours")
        assert not hours["inside_p5_p95"] and 0.3 <= hours["ratio"] <= 0.5


def test_mistral_response_figures_need_small_batches(new_rows):
    """Mistral's LCA gives 1.14 g and 45 mL per 400-token response. At the app's default serving (batch 64)
    a 123B dense model comes out about 10x lower; the published CO2e is met near batch 4, i.e. the LCA's
    per-response share carries the utilisation of the real service, which is not published."""
    from core.validation import mistral_scenario

    c = NEW_BY_ID["mistral-large-2-lca-2025"]
    rows = {r["quantity"]: r for r in new_rows if r["case"] == c["id"]}
    assert rows["CO2e per response (LCA)"]["published"] == 1.14
    assert rows["water per response (LCA)"]["published"] == 45
    assert rows["CO2e per response (LCA)"]["ratio"] < 0.5
    assert rows["water per response (LCA)"]["ratio"] < 0.5
    r = estimate(mistral_scenario(c).with_values({"inference.batch_size": 4}))
    co2 = r["inference.co2e_per_query_g"] + r["inference.embodied_co2e_per_query_g"]
    assert 0.5 <= co2 / 1.14 <= 2.0


def test_active_parameters_reads_shares_counts_and_dense():
    assert active_parameters({"params_active": "400M"}, 1.3e9) == pytest.approx(4e8)
    assert active_parameters({"params_active": "15.6% of parameters"}, 109e9) == pytest.approx(17.004e9)
    assert active_parameters({"params_active": "176B (dense)"}, 176e9) == 176e9
    assert active_parameters({}, 7e9) == 7e9
