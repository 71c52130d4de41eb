"""The outputs the app reports, in one table: each result's name, unit and kind, used by every view.

One row per output (:class:`Output`): the dotted path of the value in :func:`core.estimator.estimate`'s
results, the label reports give it, the unit the value is in, the unit family it is shown in with SI prefixes
(:mod:`core.units`: ``energy_kwh``, ``mass_kg``, ``water_l``, ``power_w``, ``money``; None for a value shown
with its own unit, such as per-query figures kept in Wh, g and mL as they are published per prompt), and its
short name where an analysis panel offers it as "the output to rank by" or "the output to sweep".

The CSV, JSON and PDF reports list :data:`REPORTED` in order, the clipboard copy too; the sensitivity and sweep
panels offer :func:`picked`; the headline cards format their values by :func:`family`. The labels reach the
translation catalogue through ``gui/i18n_marks.py`` (contexts "Report" and "Analysis"), and a test keeps
those marks equal to this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    """One output: ``path`` in the results, report ``label``, ``unit`` of the value, display ``family``
    (None: shown with significant figures in ``unit``) and ``factor`` from ``unit`` to the family's base unit
    (MW to W: 1e6), ``pick`` (its name in the analysis pickers; empty when not offered) and ``reported``
    (listed by the reports)."""

    path: str
    label: str
    unit: str
    family: str | None = None
    pick: str = ""
    reported: bool = True
    factor: float = 1.0


#: Every output, in the reports' reading order.
OUTPUTS: tuple[Output, ...] = (
    Output("training.flops", "Training compute", "FLOP"),
    Output("training.accelerator_hours", "Training accelerator-hours", "h"),
    Output("training.wall_clock_days", "Training wall-clock time", "days"),
    Output("training.it_energy_kwh", "Training IT energy", "kWh", "energy_kwh"),
    Output(
        "training.energy_kwh", "Training facility energy (x PUE)", "kWh", "energy_kwh", pick="Training energy"
    ),
    Output("training.co2e_kg", "Training CO2e, location-based", "kg", "mass_kg", pick="Training CO2e"),
    Output("training.co2e_market_kg", "Training CO2e, market-based", "kg", "mass_kg"),
    Output("training.embodied_co2e_kg", "Training hardware, embodied CO2e", "kg", "mass_kg"),
    Output("training.water_l", "Training water (on-site + generation)", "L", "water_l"),
    Output("inference.accelerator_count", "Accelerators per serving replica", ""),
    Output("inference.energy_per_output_token_j", "Energy per output token (accelerators)", "J"),
    Output(
        "inference.energy_per_query_wh", "Energy per query (facility)", "Wh", pick="Energy per query (Wh)"
    ),
    Output("inference.co2e_per_query_g", "CO2e per query", "g", pick="CO2e per query (g)"),
    Output("inference.water_per_query_ml", "Water per query", "mL", pick="Water per query (mL)"),
    Output("inference.energy_per_day_kwh", "Serving energy per day", "kWh", "energy_kwh"),
    Output(
        "inference.energy_kwh",
        "Serving energy over the deployment",
        "kWh",
        "energy_kwh",
        pick="Serving energy",
    ),
    Output("inference.co2e_kg", "Serving CO2e over the deployment", "kg", "mass_kg"),
    Output("inference.average_power_mw", "Serving average power", "MW", "power_w", factor=1e6),
    Output("inference.peak_power_mw", "Serving peak power demand", "MW"),
    Output("lifecycle.energy_kwh", "Lifecycle energy", "kWh", "energy_kwh", pick="Lifetime energy"),
    Output("lifecycle.co2e_kg", "Lifecycle CO2e", "kg", "mass_kg", pick="Lifetime CO2e"),
    Output("lifecycle.co2e_market_kg", "Lifecycle CO2e, market-based", "kg", "mass_kg"),
    Output("lifecycle.water_l", "Lifecycle water", "L", "water_l", pick="Lifetime water"),
    Output("lifecycle.crossover_days", "Serving passes training after", "days"),
    # shown by the headline cards, not listed by the reports
    Output(
        "lifecycle.training_energy_kwh",
        "Training energy with experiments",
        "kWh",
        "energy_kwh",
        reported=False,
    ),
    Output(
        "training.average_power_mw", "Training average power", "MW", "power_w", reported=False, factor=1e6
    ),
    Output(
        "inference.boundary_energy_per_query_wh", "Energy per query (chosen boundary)", "Wh", reported=False
    ),
    Output("inference.boundary_co2e_per_query_g", "CO2e per query (chosen boundary)", "g", reported=False),
    # not in the estimator's results: the bill of core.economics, ranked by the sensitivity panel
    Output(
        "cost.lifecycle_energy",
        "Lifetime electricity cost",
        "",
        "money",
        pick="Lifetime electricity cost",
        reported=False,
    ),
)

#: the outputs the reports list, in order
REPORTED: tuple[Output, ...] = tuple(o for o in OUTPUTS if o.reported)

#: the order the analysis pickers offer their outputs in (the sweep offers them without the cost)
PICKS: tuple[str, ...] = (
    "lifecycle.co2e_kg",
    "lifecycle.energy_kwh",
    "lifecycle.water_l",
    "training.energy_kwh",
    "training.co2e_kg",
    "inference.energy_per_query_wh",
    "inference.co2e_per_query_g",
    "inference.water_per_query_ml",
    "inference.energy_kwh",
)
COST_PICK = "cost.lifecycle_energy"

BY_PATH: dict[str, Output] = {o.path: o for o in OUTPUTS}


def output(path: str) -> Output:
    """The row of ``path`` (KeyError for a path that is not an output)."""
    return BY_PATH[path]


def family(path: str) -> str | None:
    """The unit family ``path`` is shown in (None: significant figures in its own unit)."""
    return BY_PATH[path].family


def format_output(path: str, value: float, digits: int = 3) -> str:
    """``value`` of ``path`` for display: SI-prefixed in its family ("949 MWh"), else in its unit ("0.24 Wh")."""
    from core.units import format_quantity, significant

    row = BY_PATH[path]
    if row.family is not None:
        return format_quantity(value * row.factor, row.family, digits)
    return f"{significant(value, digits)} {row.unit}".strip()


def format_output_range(path: str, low: float, high: float, digits: int = 2) -> str:
    """A p5-p95 range of ``path`` for display, in one unit ("1.2–3.4 GWh", "0.1–0.3 Wh")."""
    from core.units import format_range, significant

    row = BY_PATH[path]
    if row.family is not None:
        return format_range(low * row.factor, high * row.factor, row.family, digits)
    return f"{significant(low, digits)}–{significant(high, digits)} {row.unit}".strip()


def picked(with_cost: bool = False) -> tuple[Output, ...]:
    """The outputs an analysis picker offers, in order; the sensitivity panel adds the electricity cost."""
    return tuple(BY_PATH[p] for p in PICKS) + ((BY_PATH[COST_PICK],) if with_cost else ())
