"""Display units: pick an SI prefix for a quantity and format it for people.

Values are stored in the estimator's units (energy in kWh, CO2e in kg, water in litres, power in W); this
module only chooses how to *show* them: ``538380 kWh`` -> ``538 MWh``. Pure Python, no Qt, so the window,
the reports and the tests format numbers the same way.

Unit symbols follow SI (BIPM, *The International System of Units*, 9th ed., 2019, table 7 for prefixes);
``t`` (tonne, 1,000 kg) is the SI-accepted unit for large masses of CO2e.
"""

from __future__ import annotations

import math

#: Each family: the stored unit's scale ladder as (factor relative to the stored unit, symbol), ascending.
FAMILIES: dict[str, tuple[tuple[float, str], ...]] = {
    # stored in kWh
    "energy_kwh": ((1e-6, "mWh"), (1e-3, "Wh"), (1.0, "kWh"), (1e3, "MWh"), (1e6, "GWh"), (1e9, "TWh")),
    # stored in kg of CO2e
    "mass_kg": ((1e-6, "mg"), (1e-3, "g"), (1.0, "kg"), (1e3, "t"), (1e6, "kt"), (1e9, "Mt")),
    # stored in litres
    "water_l": ((1e-3, "mL"), (1.0, "L"), (1e3, "kL"), (1e6, "ML"), (1e9, "GL")),
    # stored in watts
    "power_w": ((1e-3, "mW"), (1.0, "W"), (1e3, "kW"), (1e6, "MW"), (1e9, "GW"), (1e12, "TW")),
    # money, in the currency's main unit (the axis label names the currency): thousand, million, billion
    "money": ((1.0, ""), (1e3, "k"), (1e6, "M"), (1e9, "B"), (1e12, "T")),
}

#: Suffixes for plain counts, the same ones :func:`core.scenario.parse_quantity` reads back.
COUNT_SUFFIXES = ((1e15, "P"), (1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k"))


def choose_scale(value: float, family: str) -> tuple[float, str]:
    """The ``(factor, symbol)`` that shows ``|value|`` as a number between 1 and 1000 where possible.

    ``choose_scale(538380, "energy_kwh") == (1e3, "MWh")``. Zero, NaN and infinity use the stored unit.
    """
    ladder = FAMILIES[family]
    v = abs(value)
    base = next(step for step in ladder if step[0] == 1.0)
    if not math.isfinite(v) or v == 0.0:
        return base
    chosen = ladder[0]
    for step in ladder:
        if v >= step[0] * (1 - 1e-12):
            chosen = step
    return chosen


def significant(value: float, digits: int = 3) -> str:
    """``value`` with ``digits`` significant figures, no exponent for 0.001 <= |value| < 10**digits."""
    if not math.isfinite(value):
        return "∞" if value > 0 else ("−∞" if value < 0 else "–")
    if value == 0:
        return "0"
    value = float(f"{value:.{digits - 1}e}")  # round first, so 999.7 becomes 1.00e3, not "1000"
    mag = math.floor(math.log10(abs(value)))
    if mag >= max(digits, 4) or mag < -3:
        return f"{value:.{digits - 1}e}"
    return f"{value:.{max(0, digits - 1 - mag)}f}"


def format_quantity(value: float, family: str, digits: int = 3) -> str:
    """``format_quantity(538380, "energy_kwh") == "538 MWh"``; units chosen by :func:`choose_scale`.

    Water follows :func:`format_water` (litres or cubic metres a lay reader can read, never "ML")."""
    if family == "water_l":
        return format_water(value, digits)
    if not math.isfinite(value):
        return significant(value)
    if value != 0:
        value = float(f"{value:.{digits - 1}e}")  # 999.7 kg shows as "1.00 t", not "1000 kg"
    factor, symbol = choose_scale(value, family)
    return f"{significant(value / factor, digits)} {symbol}"


def format_range(low: float, high: float, family: str, digits: int = 2) -> str:
    """A p5-p95 range in one unit, chosen by the larger end: ``"418–690 MWh"``."""
    if family == "water_l":
        return format_water_range(low, high, digits)
    if not (math.isfinite(low) and math.isfinite(high)):
        return f"{format_quantity(low, family, digits)} – {format_quantity(high, family, digits)}"
    top = max(abs(low), abs(high))
    factor, symbol = choose_scale(float(f"{top:.{digits - 1}e}") if top else 0.0, family)
    return f"{significant(low / factor, digits)}–{significant(high / factor, digits)} {symbol}"


# ----- water: the one unit policy of cards, charts, classroom and reports ------------------------------------
#
# "3.22 ML" (megalitres) beside "0.0738 mL" (millilitres) reads to a lay reader as millilitres both times (UX
# review 2026-12, P2-3). Water is shown in the units people meet on a bill or a bottle: millilitres below a
# litre ("0.74 mL"), litres below ten cubic metres ("1,470 L"), then cubic metres with thousands separators
# ("27,400 m³"; 1 m³ = 1,000 L, SI brochure 9th ed., table 8). No prefix letters anywhere.

#: (lower bound in litres, divisor, symbol): the unit chosen for a water amount
WATER_STEPS: tuple[tuple[float, float, str], ...] = ((0.0, 1e-3, "mL"), (1.0, 1.0, "L"), (1e4, 1e3, "m³"))


def _water_step(litres: float) -> tuple[float, str]:
    v = abs(litres)
    if v == 0:
        return 1.0, "L"
    chosen = WATER_STEPS[0]
    for step in WATER_STEPS:
        if v >= step[0] * (1 - 1e-12):
            chosen = step
    return chosen[1], chosen[2]


def _grouped(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant figures, with thousands separators and no exponent below 1e12."""
    if value == 0:
        return "0"
    value = float(f"{value:.{digits - 1}e}")
    if abs(value) >= 1e12:
        return significant(value, digits)
    mag = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - mag)
    return f"{value:,.{decimals}f}"


def format_water(litres: float, digits: int = 3) -> str:
    """``0.00074 -> "0.74 mL"``, ``1470 -> "1,470 L"``, ``2.74e7 -> "27,400 m³"``."""
    if not math.isfinite(litres):
        return significant(litres)
    if litres != 0:
        litres = float(f"{litres:.{digits - 1}e}")
    divisor, symbol = _water_step(litres)
    return f"{_grouped(litres / divisor, digits)} {symbol}"


def format_water_range(low: float, high: float, digits: int = 2) -> str:
    """A range of water in one unit, chosen by the larger end: ``"230,000–520,000 m³"``."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return f"{format_water(low, digits)} – {format_water(high, digits)}"
    top = max(abs(low), abs(high))
    divisor, symbol = _water_step(float(f"{top:.{digits - 1}e}") if top else 0.0)
    return f"{_grouped(low / divisor, digits)}–{_grouped(high / divisor, digits)} {symbol}"


def format_count(value: float, digits: int = 4) -> str:
    """A plain count with a k/M/B/T/P suffix that parses back: ``1.75e11 -> "175B"``, ``64 -> "64"``."""
    if not math.isfinite(value):
        return significant(value)
    v = abs(value)
    if v < 1e5 and float(value).is_integer():
        return str(int(value))  # 1024 chips, 8192 tokens: exact, not "1.024k"
    for factor, suffix in COUNT_SUFFIXES:
        if v >= factor:
            return f"{_trim(value / factor, digits)}{suffix}"
    return _trim(value, digits)


def format_plain(value: float, digits: int = 4) -> str:
    """A number for an input box: up to ``digits`` significant figures, trailing zeros dropped."""
    if not math.isfinite(value):
        return significant(value)
    return _trim(value, digits)


def _trim(value: float, digits: int) -> str:
    if value == 0:
        return "0"
    mag = math.floor(math.log10(abs(value)))
    if mag >= 9 or mag < -4:
        return f"{value:.{digits - 1}e}".replace("e+0", "e").replace("e+", "e").replace("e-0", "e-")
    decimals = max(0, digits - 1 - mag)
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def relative_change(old: float, new: float) -> float | None:
    """``new / old - 1``; None when ``old`` is zero or either is not finite."""
    if not (math.isfinite(old) and math.isfinite(new)) or old == 0:
        return None
    return new / old - 1.0


_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


#: the 1-2-5 ladder: three ends a decade
ROUGH = (1.0, 2.0, 5.0, 10.0)


def nice_ceiling(value: float, steps: tuple[float, ...] = _NICE) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (x 10^k), or of ``steps`` (e.g. :data:`ROUGH`), at or
    above ``value``: a steady axis end.

    Axis ends that snap to a few round values keep the tick labels still while a slider moves a little.
    Non-positive or non-finite values give 1.
    """
    if not math.isfinite(value) or value <= 0:
        return 1.0
    exp = math.floor(math.log10(value))
    base = 10.0**exp
    for step in steps:
        if step * base >= value * (1 - 1e-12):
            return step * base
    return 10.0 * base


def printable(text: str, limit: int = 80) -> str:
    """Control characters escaped and long text cut, so a hostile key cannot break a one-line message."""
    out = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
    return out if len(out) <= limit else out[:limit] + "..."
