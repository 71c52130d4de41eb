"""Property tests (hypothesis): invariants that must hold for every valid scenario."""

import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.estimator import compute, estimate, resolve
from core.scenario import Scenario

#: Outputs whose +inf means "never" (serving never catches up with training; nothing to pay back).
NEVER_OK = {
    "lifecycle.crossover_days",
    "optimisation.distillation_payback_queries",
    "optimisation.distillation_payback_days",
}
#: Signed by design: a poor low-bit kernel can make "optimisation" cost energy (negative saving).
SIGNED = {"optimisation.energy_per_query_saving_share", "optimisation.saving_kwh"}

ACCELERATORS = [
    "nvidia-h100-sxm5-80gb",
    "nvidia-a100-sxm4-80gb",
    "nvidia-l4",
    "amd-instinct-mi300x",
    "google-tpu-v4",
]
REGIONS = ["WORLD", "JP", "FR", "US-CA", "gcp:asia-northeast1", "aws:us-east-1", "IN", "NO"]

scenarios = st.fixed_dictionaries(
    {
        "model.parameters": st.floats(1e6, 1e15),
        "model.training_tokens": st.floats(1e6, 1e15),
        "model.context_length": st.integers(128, 1_000_000),
        "training.accelerator": st.sampled_from(ACCELERATORS),
        "training.accelerator_count": st.integers(1, 100_000),
        "training.mfu": st.floats(0.01, 1.0),
        "training.development_factor": st.floats(1.0, 10.0),
        "datacenter.region": st.sampled_from(REGIONS),
        "datacenter.pue": st.floats(1.0, 3.0),
        "datacenter.renewable_share": st.floats(0.0, 1.0),
        "datacenter.wue_l_per_kwh": st.floats(0.0, 5.0),
        "inference.accelerator": st.sampled_from(ACCELERATORS),
        "inference.batch_size": st.integers(1, 4096),
        "inference.weight_bits": st.sampled_from([32, 16, 8, 4]),
        "inference.input_tokens": st.floats(0, 100_000),
        "inference.output_tokens": st.floats(1, 10_000),
        "inference.queries_per_day": st.floats(0, 1e10),
        "inference.deployment_days": st.floats(1, 3650),
        "inference.busy_share": st.floats(0.01, 1.0),
        "optimisation.quantization_kernel_efficiency": st.floats(0.1, 1.5),
        "optimisation.distillation_student_fraction": st.floats(0.01, 1.0),
        "optimisation.distillation_tokens": st.floats(0, 1e13),
        "optimisation.pruning_share": st.floats(0.0, 0.95),
    }
).map(
    # a query must fit the model's context (the estimator refuses it otherwise): widen the context to hold it
    lambda v: {
        **v,
        "model.context_length": max(
            v["model.context_length"], math.ceil(v["inference.input_tokens"] + v["inference.output_tokens"])
        ),
    }
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_finite(r):
    for key, value in r.items():
        v = float(value)
        assert not math.isnan(v), key
        if key in NEVER_OK:
            assert v >= 0, key
        else:
            assert math.isfinite(v), (key, v)
            if key not in SIGNED:
                assert v >= 0, (key, v)


@FAST
@given(scenarios)
def test_no_valid_scenario_gives_nan_inf_or_negative(values):
    _check_finite(estimate(Scenario().with_values(values)))


@FAST
@given(scenarios, st.floats(1.01, 100.0))
def test_energy_rises_with_parameters(values, factor):
    base = Scenario().with_values(values)
    bigger = base.with_values({"model.parameters": min(1e15, values["model.parameters"] * factor)})
    a, b = estimate(base), estimate(bigger)
    assert b["training.energy_kwh"] >= a["training.energy_kwh"] * (1 - 1e-12)
    assert b["inference.energy_per_query_wh"] >= a["inference.energy_per_query_wh"] * (1 - 1e-9)


@FAST
@given(scenarios, st.floats(1.01, 100.0))
def test_energy_rises_with_tokens(values, factor):
    base = Scenario().with_values(values)
    more = base.with_values({"model.training_tokens": min(1e15, values["model.training_tokens"] * factor)})
    assert estimate(more)["training.energy_kwh"] >= estimate(base)["training.energy_kwh"]


@FAST
@given(scenarios, st.floats(0.0, 1.0))
def test_better_pue_and_higher_mfu_lower_energy(values, t):
    s = Scenario().with_values(values)
    better_pue = s.with_values({"datacenter.pue": 1.0 + (s.datacenter.pue - 1.0) * t})
    higher_mfu = s.with_values({"training.mfu": s.training.mfu + (1.0 - s.training.mfu) * t})
    r = estimate(s)
    assert estimate(better_pue)["lifecycle.energy_kwh"] <= r["lifecycle.energy_kwh"] * (1 + 1e-12)
    assert estimate(higher_mfu)["training.energy_kwh"] <= r["training.energy_kwh"] * (1 + 1e-12)


@FAST
@given(scenarios, st.floats(0.0, 1.0))
def test_more_renewables_lower_market_based_co2e(values, t):
    s = Scenario().with_values(values)
    greener = s.with_values(
        {"datacenter.renewable_share": s.datacenter.renewable_share + (1 - s.datacenter.renewable_share) * t}
    )
    a, b = estimate(s), estimate(greener)
    assert b["training.co2e_market_kg"] <= a["training.co2e_market_kg"] * (1 + 1e-12)
    assert b["lifecycle.co2e_market_kg"] <= a["lifecycle.co2e_market_kg"] * (1 + 1e-12)
    assert b["training.co2e_kg"] == a["training.co2e_kg"]  # location-based does not move


@settings(max_examples=40, deadline=None)
@given(st.lists(scenarios, min_size=2, max_size=6))
def test_vectorised_and_scalar_results_agree(batch):
    xs = [resolve(Scenario().with_values(v)) for v in batch]
    keys = [k for k, v in xs[0].items() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    # flags (measured hours/power given or not) stay scalar; every number becomes a column
    stacked = dict(xs[0])
    for k in keys:
        stacked[k] = np.array([float(x[k]) for x in xs])
    rv = compute(stacked)
    for i, x in enumerate(xs):
        rs = compute(x)
        for key, value in rs.items():
            column = np.broadcast_to(np.asarray(rv[key], dtype=float), (len(xs),))
            assert np.isclose(column[i], float(value), rtol=1e-9, atol=0) or (
                math.isinf(value) and math.isinf(column[i])
            ), key
