"""What every view draws, computed in the core (no Qt): the snapshot and the sweep's band."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis import sweep_band
from core.compare import snapshot
from core.estimator import estimate
from core.scenario import Scenario
from core.uncertainty import monte_carlo


def test_snapshot_is_the_estimate_with_its_ranges_and_chart_data():
    s = Scenario()
    snap = snapshot(s, samples=400)
    r = estimate(s)
    for key in ("lifecycle.energy_kwh", "lifecycle.co2e_kg", "inference.energy_per_query_wh"):
        assert snap.results[key] == pytest.approx(r[key], rel=1e-12)
    q = snap.ranges["lifecycle.energy_kwh"]
    assert q["p5"] <= q["p50"] <= q["p95"] and snap.samples == 400
    # the breakdown's parts add up to the lifetime energy the headline shows (training total + serving)
    b = snap.breakdown
    parts = sum(b[f"{phase}.{p}"] for phase in ("training", "serving") for p in ("it_kwh", "overhead_kwh"))
    assert parts == pytest.approx(r["lifecycle.energy_kwh"], rel=1e-9)
    assert s.datacenter.region in snap.location["codes"]


def test_sweep_band_at_a_point_is_that_scenarios_monte_carlo():
    s = Scenario()
    xs = np.array([1.1, 1.5])
    band = sweep_band(s, "datacenter.pue", "lifecycle.co2e_kg", xs, samples=300)
    assert band.shape == (2, 2) and np.all(band[0] <= band[1])
    at = s.with_values({"datacenter.pue": 1.5})
    mc = monte_carlo(at, samples=300)["lifecycle.co2e_kg"]
    assert band[:, 1] == pytest.approx([mc["p5"], mc["p95"]], rel=1e-9)
