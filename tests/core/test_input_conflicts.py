"""Inputs that cannot hold together are refused with an InputConflict: the rule, the numbers and the allowed
range of each input given the others, hand-checked; its text stays the command line's (dotted paths, counts as
they are typed)."""

from __future__ import annotations

import copy
import pickle

import pytest

from core.estimator import resolve
from core.scenario import CONFLICT_RULES, InputConflict, Scenario, ScenarioError, parse_scenario


def conflict(values: dict, resolved: bool = False) -> InputConflict:
    with pytest.raises(InputConflict) as err:
        s = Scenario().with_values(values)
        if resolved:
            resolve(s)
    assert err.value.rule in CONFLICT_RULES
    assert isinstance(err.value, ScenarioError)  # every caller that catches ScenarioError still does
    return err.value


def test_active_above_total_through_pydantic_keeps_its_numbers():
    err = conflict({"model.active_parameters": 2e12})  # raised in a model validator, wrapped by pydantic
    assert err.rule == "active_above_total"
    assert err.paths == ("model.active_parameters", "model.parameters")
    assert err.values == {"model.active_parameters": 2e12, "model.parameters": 8e9}
    assert str(err) == (
        "model.active_parameters = 2T is larger than model.parameters = 8B; allowed 1M to model.parameters"
    )
    assert err.allowed("model.active_parameters") == (1e6, 8e9)  # the field's own 1M floor up to the total
    assert err.allowed("model.parameters") == (2e12, 1e15)  # from the active count to the field's ceiling
    assert err.allowed("inference.batch_size") is None  # not part of the rule


def test_experts_per_token_above_the_experts():
    err = conflict({"model.n_experts": 8, "model.experts_per_token": 9})
    assert err.rule == "experts_per_token_above_experts"
    assert err.values == {"model.experts_per_token": 9, "model.n_experts": 8}
    assert err.allowed("model.experts_per_token") == (1, 8)
    assert err.allowed("model.n_experts") == (9, 100_000)


def test_a_query_longer_than_the_context():
    err = conflict({"inference.input_tokens": 100_400}, resolved=True)
    assert err.rule == "query_above_context"
    assert err.values["query_tokens"] == 100_800  # 100,400 input + 400 output
    assert err.paths == ("inference.input_tokens", "inference.output_tokens", "model.context_length")
    assert err.allowed("inference.input_tokens") == (0, 8192 - 400)
    assert err.allowed("model.context_length") == (100_800, 10_000_000)
    assert err.allowed("inference.output_tokens") is None  # 100,400 input leave the output no room
    assert "model.context_length = 8,192 tokens" in str(err) and "e+" not in str(err)


def test_an_agent_query_longer_than_the_context_bounds_calls_and_growth():
    # the last call's prompt: 500 + 9 x 1,000 growth; + 400 output = 9,900 > 8,192
    err = conflict({"inference.calls_per_query": 10, "inference.context_growth_tokens": 1000}, resolved=True)
    assert err.values["query_tokens"] == 9900
    # calls: 500 + (c - 1) x 1,000 + 400 <= 8,192 -> c <= 8.29 -> 8; growth: 900 + 9 g <= 8,192 -> g <= 810
    assert err.allowed("inference.calls_per_query") == (1, 8)
    assert err.allowed("inference.context_growth_tokens") == (0, 810)
    assert err.allowed("inference.input_tokens") is None  # the growth alone (9,000) overflows the context
    with_reasoning = conflict({"inference.reasoning_tokens": 8000}, resolved=True)
    assert with_reasoning.allowed("inference.reasoning_tokens") == (0, 8192 - 500 - 400)
    assert "inference.calls_per_query" not in with_reasoning.paths  # one call: no growth involved


def test_cached_above_the_prompt_and_the_prompt_below_the_cache():
    err = conflict({"inference.cached_input_tokens": 600}, resolved=True)
    assert err.rule == "cached_above_input"
    assert err.paths == ("inference.cached_input_tokens", "inference.input_tokens")
    assert err.allowed("inference.cached_input_tokens") == (0, 500)
    assert err.allowed("inference.input_tokens") == (600, 7792)  # at least the cache, at most what fits
    assert err.allowed("model.context_length") is None


def test_too_few_serving_chips():
    err = conflict({"model.parameters": 70e9, "inference.accelerator_count": 1}, resolved=True)
    assert err.rule == "serving_memory_short"
    assert err.values["memory_gb"] == pytest.approx(80.0)
    assert err.values["fits"] == 3 and err.values["fits_power_of_two"] == 4
    assert err.allowed("inference.accelerator_count") == (3, 100_000)


def test_site_shares_and_own_accelerator_rules():
    sites = [{"region": "FR", "load_share": 0.7, "pue": 1.1}, {"region": "JP", "load_share": 0.5, "pue": 1.3}]
    err = conflict({"datacenter.sites": sites})
    assert err.rule == "site_shares_not_whole" and err.values["datacenter.sites"] == pytest.approx(1.2)
    chip = {"name": "X", "tdp_w": 300, "idle_w": 500, "peak_tflops": {"bf16": 10}, "memory_gb": 80}
    chip["memory_bandwidth_gbps"] = 2000
    with pytest.raises(InputConflict) as own:
        parse_scenario({"custom": {"accelerators": {"user:x": chip}}})
    assert own.value.rule == "idle_above_tdp" and own.value.values == {"idle_w": 500, "tdp_w": 300}
    # the place of the nested definition stays in the command line's text
    assert str(own.value).startswith("custom.accelerators.user:x: idle_w = 500 is above tdp_w = 300")


def test_a_conflict_survives_copying_and_pickling_whole():
    err = conflict({"model.active_parameters": 2e12})
    for again in (copy.deepcopy(err), pickle.loads(pickle.dumps(err))):
        assert type(again) is InputConflict and str(again) == str(err)
        assert again.rule == err.rule and again.values == err.values and again.paths == err.paths


def test_two_errors_at_once_stay_one_plain_scenario_error():
    with pytest.raises(ScenarioError) as err:
        parse_scenario({"model": {"parameters": 1e10, "active_parameters": 2e10}, "datacenter": {"pue": 9}})
    assert not isinstance(err.value, InputConflict)
    assert "datacenter.pue = 9 is out of range" in str(err.value)


def test_the_ranges_of_ones_own_definitions_are_read_from_the_model():
    """What the dialog of one's own accelerators says and checks: the model's own bounds (TDP 1-5000 W, a peak
    above 0 up to 1e6 TFLOPS, memory 0.1-10,000 GB, PUE 1-3), never a second copy of them."""
    from core.scenario import CustomAccelerator, CustomGrid, CustomProfile, section_range

    assert section_range(CustomAccelerator, "tdp_w") == (1, 5000, False)
    assert section_range(CustomAccelerator, "idle_w") == (0, 5000, False)
    assert section_range(CustomAccelerator, "peak_tflops") == (0, 1e6, True)  # each precision's value
    assert section_range(CustomAccelerator, "memory_gb") == (0.1, 10_000, False)
    assert section_range(CustomGrid, "gco2e_per_kwh") == (0, 2000, False)
    assert section_range(CustomProfile, "pue") == (1.0, 3.0, False)
    assert section_range(CustomAccelerator, "name") == (None, None, False)
