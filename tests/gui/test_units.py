"""core.units: SI prefixes and number formats shown in the window."""

from __future__ import annotations

import math

import pytest

from core.scenario import parse_quantity
from core.units import (
    ROUGH,
    choose_scale,
    format_count,
    format_plain,
    format_quantity,
    format_range,
    nice_ceiling,
    relative_change,
    significant,
)


@pytest.mark.parametrize(
    ("kwh", "text"),
    [
        (0.0177, "17.7 Wh"),
        (1.0, "1.00 kWh"),
        (538_380.4, "538 MWh"),
        (949_000.0, "949 MWh"),
        (1_190_000.0, "1.19 GWh"),
        (1.288e9, "1.29 TWh"),
        (999.7, "1.00 MWh"),  # rounding carries into the next prefix, not "1000 kWh"
        (0.0, "0 kWh"),
    ],
)
def test_energy_prefixes(kwh, text):
    assert format_quantity(kwh, "energy_kwh") == text


def test_other_families():
    assert format_quantity(387_583, "mass_kg") == "388 t"
    assert format_quantity(0.0068 / 1000, "mass_kg") == "6.80 mg"
    assert format_quantity(3.22e6, "water_l") == "3,220 m³"
    assert format_quantity(908.0, "power_w") == "908 W"
    assert format_quantity(825_753.6, "power_w") == "826 kW"


def test_choose_scale_keeps_numbers_between_1_and_1000():
    for family in ("energy_kwh", "mass_kg", "power_w"):
        for v in (3e-2, 7.0, 4.2e4, 9.9e7):
            factor, symbol = choose_scale(v, family)
            assert 1 <= v / factor < 1000, (family, v, symbol)
    assert choose_scale(float("inf"), "energy_kwh") == (1.0, "kWh")
    assert choose_scale(0.0, "mass_kg") == (1.0, "kg")


def test_range_uses_one_unit():
    assert format_range(418_000, 690_000, "energy_kwh") == "420–690 MWh"
    assert format_range(500_000, 1_900_000, "energy_kwh") == "0.50–1.9 GWh"


@pytest.mark.parametrize("value", [1.75e11, 8e9, 15e12, 1024, 8192, 64, 2e12, 1.46e6, 500_000, 37e9])
def test_counts_round_trip_through_parse_quantity(value):
    text = format_count(value)
    assert parse_quantity(text) == pytest.approx(value, rel=1e-12)


def test_count_text():
    assert format_count(1.75e11) == "175B"
    assert format_count(1024) == "1024"
    assert format_count(15e12) == "15T"
    assert format_plain(0.35) == "0.35"
    assert format_plain(1.2) == "1.2"


def test_significant_and_infinities():
    assert significant(0.000123) == "1.23e-04"
    assert significant(123456) == "1.23e+05"
    assert significant(math.inf) == "∞"
    assert significant(math.nan) == "–"


def test_nice_ceiling():
    assert [nice_ceiling(v) for v in (0.9, 1.0, 1.1, 1.3, 2.2, 7.0, 9.1, 1234.0)] == [
        1.0,
        1.0,
        1.2,
        1.5,
        2.5,
        8.0,
        10.0,
        1500.0,
    ]
    assert nice_ceiling(0.0) == 1.0 and nice_ceiling(math.nan) == 1.0
    # the 1-2-5 ladder a moving axis takes
    assert [nice_ceiling(v, ROUGH) for v in (0.9, 1.0, 1.1, 2.01, 450.0, 5.0, 6.0)] == [
        1.0,
        1.0,
        2.0,
        5.0,
        500.0,
        5.0,
        10.0,
    ]


def test_relative_change():
    assert relative_change(1.1, 1.5) == pytest.approx(0.363636, rel=1e-5)
    assert relative_change(0.0, 1.0) is None


def test_water_is_shown_in_litres_or_cubic_metres_a_lay_reader_can_read():
    """UX review 2026-12, P2-3: "3.22 ML" beside "0.0738 mL" read as millilitres twice. One policy: mL below a
    litre, L below ten cubic metres, then m³ with thousands separators (1 m³ = 1,000 L); never a prefix letter."""
    from core.units import format_range, format_water

    assert format_water(0.00074) == "0.740 mL"
    assert format_water(0.5) == "500 mL"
    assert format_water(27.4) == "27.4 L"
    assert format_water(1470) == "1,470 L"
    assert format_quantity(2.74e7, "water_l") == "27,400 m³"  # 27.4 million litres
    assert format_quantity(3.479e8, "water_l") == "348,000 m³"
    assert format_quantity(0, "water_l") == "0 L"
    assert format_range(2.3e8, 5.2e8, "water_l") == "230,000–520,000 m³"
    assert format_range(0.5, 0.9, "water_l") == "500–900 mL"
    for v in (1e-4, 3.0, 4.2e4, 9.9e7, 1e12):
        assert not any(p in format_water(v) for p in ("ML", "kL", "GL"))


def test_the_command_line_shows_water_as_the_window_does():
    from core.cli import format_text
    from core.compare import scenario_from_preset
    from core.estimator import estimate

    s = scenario_from_preset("chat-service")
    text = format_text(s, estimate(s), {})
    rows = [line for line in text.splitlines() if line.strip().startswith("water")]
    assert any(line.split()[1:3] == ["348,000", "m³"] for line in rows), rows
    assert not any(" L " in line or "e+0" in line for line in rows), rows
