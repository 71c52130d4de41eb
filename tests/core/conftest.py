"""Fixtures shared by the core tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pue_scenarios():
    """Llama 3.1 8B computed from first principles (no published hours or power) at PUE 1.58 and 1.09: every
    facility figure moves by 1.09 / 1.58 between them, a change checked by hand."""
    from core.cli import preset_scenario

    before = preset_scenario("llama31-8b").with_values(
        {
            "training.accelerator_hours": None,
            "training.power_per_accelerator_w": None,
            "datacenter.pue": 1.58,
            "datacenter.profile": None,
            "name": "Before the move",
        }
    )
    after = before.with_values({"datacenter.pue": 1.09, "name": "After the move"})
    return before, after
