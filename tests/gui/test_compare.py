"""core.compare: the numbers the charts draw add up to the estimator's totals."""

from __future__ import annotations

import numpy as np
import pytest

from core.catalog import catalog
from core.compare import (
    COMPARISON_GRIDS,
    breakdown,
    comparable_accelerators,
    hardware_energy,
    lifetime,
    location_co2e,
    scenario_from_preset,
)
from core.estimator import compute, estimate, resolve
from core.scenario import Scenario


@pytest.fixture(params=["defaults", "distilled", "gpt3-175b", "bloom-176b"])
def scenario(request):
    if request.param == "defaults":
        return Scenario()
    if request.param == "distilled":
        return Scenario().with_values(
            {"optimisation.distillation_student_fraction": 0.25, "optimisation.distillation_tokens": 2e11}
        )
    return scenario_from_preset(request.param)


def test_breakdown_adds_up_to_lifecycle_totals(scenario):
    x = resolve(scenario)
    r = compute(x)
    b = breakdown(x, r)
    energy = (
        b["training.it_kwh"] + b["training.overhead_kwh"] + b["serving.it_kwh"] + b["serving.overhead_kwh"]
    )
    assert energy == pytest.approx(r["lifecycle.energy_kwh"], rel=1e-12)
    co2 = sum(b[k] for k in b if k.endswith("co2e_kg") and k != "embodied_co2e_kg")
    assert co2 == pytest.approx(r["lifecycle.co2e_kg"], rel=1e-12)
    assert b["serving.overhead_kwh"] == pytest.approx(
        r["inference.it_energy_kwh"] * (x["pue"] - 1), rel=1e-12
    )


def test_lifetime_ends_at_lifecycle_totals(scenario):
    x = resolve(scenario)
    r = compute(x)
    life = lifetime(x, r)
    assert life["energy_kwh"][-1] == pytest.approx(r["lifecycle.energy_kwh"], rel=1e-12)
    assert life["co2e_kg"][-1] == pytest.approx(r["lifecycle.co2e_kg"], rel=1e-12)
    assert life["days"][-1] == scenario.inference.deployment_days
    # the crossover day is where cumulative serving equals the one-off training energy
    day = life["crossover_days"]
    per_day = r["inference.energy_per_day_kwh"]
    assert per_day * day == pytest.approx(life["training_energy_kwh"][0], rel=1e-9)


def test_location_matches_scalar_estimates():
    s = Scenario()
    x = resolve(s)
    loc = location_co2e(x, COMPARISON_GRIDS, s)
    for code, value in zip(loc["codes"], loc["co2e_kg"], strict=True):
        scalar = estimate(s.with_values({"datacenter.region": code}))["lifecycle.co2e_kg"]
        assert value == pytest.approx(scalar, rel=1e-12)


def test_hardware_matches_scalar_estimates():
    s = Scenario()
    x = resolve(s)
    hw = hardware_energy(s, x)
    assert hw["ids"] == comparable_accelerators()
    assert "nvidia-h100-pcie-80gb" not in hw["ids"]  # no bandwidth in the catalog
    for aid, total in zip(hw["ids"], hw["total_kwh"], strict=True):
        one = estimate(s.with_values({"training.accelerator": aid, "inference.accelerator": aid}))
        expected = one["lifecycle.energy_kwh"]
        assert total == pytest.approx(expected, rel=1e-12), aid


def test_hardware_sets_measured_values_aside():
    s = scenario_from_preset("gpt3-175b")
    hw = hardware_energy(s, resolve(s))
    assert hw["measured_set_aside"] is True
    assert len(set(np.round(hw["training_kwh"], 3))) > 5  # chips differ once measured hours are set aside


def test_every_preset_loads():
    for pid in catalog().presets:
        assert scenario_from_preset(pid).preset == pid
