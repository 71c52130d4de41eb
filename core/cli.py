"""The command line over the estimator: estimate, presets, catalog, schema, validate.

A user error (unknown field or preset, bad value, unreadable or malformed file) exits with status 2 and
one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from core.catalog import CatalogError, catalog
from core.commands import CORE_COMMANDS, UserError, build_parser
from core.estimator import estimate, estimate_notes, nest, resolve
from core.files import describe
from core.scenario import (
    Scenario,
    ScenarioError,
    load_scenario_file,
    parse_value,
    printable,
    save_scenario_file,
)
from core.uncertainty import monte_carlo, uncertainty_inputs
from core.units import format_water


def scenario_from_args(scenario_file: str | None, preset: str | None, sets: list[str]) -> Scenario:
    """Start from a file, a preset or the defaults, then apply ``--set PATH=VALUE`` in order."""
    if scenario_file and preset:
        raise UserError("give either --scenario or --preset, not both")
    if scenario_file:
        scenario = load_scenario_file(scenario_file)
    elif preset:
        scenario = preset_scenario(preset)
    else:
        scenario = Scenario()
    values: dict[str, Any] = {}
    for item in sets:
        path, eq, text = item.partition("=")
        if not eq or not path.strip():
            raise UserError(f"--set expects DOTTED.PATH=VALUE, got {item!r}")
        value = parse_value(text)
        if path.strip() == "datacenter.region" and isinstance(value, str):
            # "jp", "JPN" or "Japan" -> "JP"; a typo is refused with the nearest codes
            try:
                value = catalog().region_code(value) if value not in scenario.custom.regions else value
            except KeyError as err:
                raise UserError(str(err.args[0])) from None
        values[path.strip()] = value
    return scenario.with_values(values) if values else scenario


def preset_scenario(preset_id: str) -> Scenario:
    """A preset laid over the default scenario (one implementation: ``core.compare.scenario_from_preset``)."""
    from core.compare import scenario_from_preset

    return scenario_from_preset(preset_id)


# ----- formatting -----------------------------------------------------------------------------------

_TEXT_ROWS = [
    ("Training (final run)", None, None),
    ("  compute", "training.flops", "FLOP"),
    ("  accelerator-hours", "training.accelerator_hours", "h"),
    ("  wall-clock", "training.wall_clock_days", "days"),
    ("  IT energy", "training.it_energy_kwh", "kWh"),
    ("  facility energy (x PUE)", "training.energy_kwh", "kWh"),
    ("  CO2e, location-based", "training.co2e_kg", "kg"),
    ("  CO2e, market-based", "training.co2e_market_kg", "kg"),
    ("  embodied CO2e", "training.embodied_co2e_kg", "kg"),
    ("  water", "training.water_l", "L"),
    ("Inference", None, None),
    ("  accelerators per replica", "inference.accelerator_count", ""),
    ("  sequences a busy step decodes", "inference.achieved_batch", ""),
    ("  energy per output token (accelerators)", "inference.energy_per_output_token_j", "J"),
    ("  energy per query (facility)", "inference.energy_per_query_wh", "Wh"),
    ("  CO2e per query", "inference.co2e_per_query_g", "g"),
    ("  water per query", "inference.water_per_query_ml", "mL"),
    ("  energy per day", "inference.energy_per_day_kwh", "kWh"),
    ("  energy over deployment", "inference.energy_kwh", "kWh"),
    ("  average power", "inference.average_power_mw", "MW"),
    ("Lifecycle (training x development + serving + embodied)", None, None),
    ("  energy", "lifecycle.energy_kwh", "kWh"),
    ("  CO2e", "lifecycle.co2e_kg", "kg"),
    ("  water", "lifecycle.water_l", "L"),
    ("  serving passes training after", "lifecycle.crossover_days", "days"),
]


def _num(v: float) -> str:
    if v != v or v in (float("inf"), float("-inf")):
        return "never" if v == float("inf") else "n/a"
    if v == 0:
        return "0"
    a = abs(v)
    if a >= 1e6 or a < 1e-3:
        return f"{v:.3g}"
    if a >= 100:
        return f"{v:,.0f}"
    return f"{v:.3g}"


def format_text(scenario: Scenario, results: dict[str, Any], ranges: dict[str, dict[str, float]]) -> str:
    # names come from files: escape codes printed raw would clear the screen or retitle the terminal
    lines = [
        f"Scenario: {printable(scenario.name, 200)}"
        + (f" (preset {printable(scenario.preset, 80)})" if scenario.preset else "")
    ]
    width = max(len(label) for label, _, _ in _TEXT_ROWS) + 2
    for label, path, unit in _TEXT_ROWS:
        if path is None:
            lines.append(label)
            continue
        value = results[path]
        num = _num
        if unit == "L":  # water as the window shows it: mL, L or m³ (core.units.format_water)
            num, unit = format_water, ""
        row = f"{label:<{width}}{num(float(value)):>12} {unit:<5}"
        if path in ranges:
            r = ranges[path]
            row += f"  (p5-p95 {num(r['p5'])} - {num(r['p95'])})"
        lines.append(row.rstrip())
    lines.extend(cost_lines(scenario, results, width))
    lines.extend(baseline_lines(scenario, width))
    notes = estimate_notes(scenario)
    if notes:
        lines.append("")
        lines.extend(f"Note: {n}" for n in notes)
    lines.append("")
    lines.append(
        "Ranges: seeded Monte Carlo over uncertain inputs (main.py estimate --format json for all values)."
    )
    held = uncertainty_inputs(resolve(scenario))["held_fixed"]
    if held:
        lines.append(f"Held fixed as given: {', '.join(held)}.")
    return "\n".join(lines)


_COST_ROWS = (
    ("  training, final run", "training_energy"),
    ("  lifecycle", "lifecycle_energy"),
    ("  per query", "energy_per_query"),
    ("  per million output tokens", "energy_per_million_output_tokens"),
    ("  serving per day", "serving_energy_per_day"),
    ("  serving per year", "serving_energy_per_year"),
    ("  training compute (accelerator-hours)", "training_compute"),
)


def cost_lines(scenario: Scenario, results: dict[str, Any], width: int) -> list[str]:
    """The electricity cost block of the text output (core.economics), or why there is none."""
    from core.economics import cost_json

    c = cost_json(scenario, results)
    if not c["available"]:
        return ["Electricity cost", f"  {c['note']}"]
    head = f"Electricity cost ({c['currency']}, {c['price_per_kwh']:.4g} {c['currency']}/kWh"
    sites = c["sites"]
    pub = sites[0]["published"] if len(sites) == 1 else None
    head += f": {pub['code']} {pub['year']}, {pub['customer_class']})" if pub else ")"
    lines = [head]
    rng = c.get("uncertainty", {})
    for label, key in _COST_ROWS:
        if c.get(key) is None:
            continue
        row = f"{label:<{width}}{_num(float(c[key])):>12} {c['currency']:<5}"
        if key in rng:
            row += f"  (p5-p95 {_num(rng[key]['p5'])} - {_num(rng[key]['p95'])})"
        lines.append(row.rstrip())
    if c.get("energy_share") is not None:
        lines.append(f"{'  electricity share of training cost':<{width}}{c['energy_share']:>12.1%}")
    return lines


_BASELINE_ROWS = {
    "energy": "  lifetime energy",
    "co2": "  lifetime CO2e",
    "water": "  lifetime water",
    "cost": "  lifetime electricity cost",
}


def baseline_lines(scenario: Scenario, width: int) -> list[str]:
    """The change from the baseline a scenario file keeps (schema 6; core.baseline), or nothing."""
    from core.baseline import saved_baseline_changes

    kept = saved_baseline_changes(scenario)
    if kept is None:
        return []
    lines = [f"Against the saved baseline {printable(kept['name'], 200)!r} (baseline -> now, change)"]
    for row in kept["rows"]:
        label = f"{_BASELINE_ROWS[row['key']]:<{width}}"
        if row["baseline"] is None or row["now"] is None:
            lines.append(f"{label}not compared (no price, or another currency)")
            continue
        num, unit = (format_water, "") if row["unit"] == "L" else (_num, row["unit"])
        change = "n/a" if row["change"] is None else f"{row['change']:+.1%}"
        unit = f" {unit}" if unit else ""
        lines.append(f"{label}{num(row['baseline'])} -> {num(row['now'])}{unit}  ({change})")
    return lines


def estimate_json(scenario: Scenario, results: dict[str, Any], ranges: dict[str, dict[str, float]]) -> dict:
    from core.baseline import saved_baseline_changes
    from core.economics import context_json, cost_json

    out = nest(results)
    out["uncertainty"] = nest(ranges)
    out["cost"] = cost_json(scenario, results)
    out["context"] = context_json(results)
    out["scenario"] = scenario.model_dump(mode="json")
    out["notes"] = estimate_notes(scenario)
    out["baseline"] = saved_baseline_changes(scenario)  # null: the file keeps no baseline
    out["uncertainty_inputs"] = uncertainty_inputs(resolve(scenario))
    return out


# ----- commands -------------------------------------------------------------------------------------


def cmd_estimate(a: argparse.Namespace) -> int:
    scenario = scenario_from_args(a.scenario, a.preset, a.set or [])
    results = estimate(scenario)
    ranges = monte_carlo(scenario)
    if a.save:
        try:
            save_scenario_file(scenario, a.save)
        except OSError as err:
            raise UserError(describe(err, a.save)) from None
    if a.format == "json":
        print(json.dumps(estimate_json(scenario, results, ranges), indent=2))
    else:
        print(format_text(scenario, results, ranges))
    return 0


def cmd_presets(a: argparse.Namespace) -> int:
    presets = catalog().presets.values()
    if a.format == "json":
        print(
            json.dumps(
                [
                    {"id": p.id, "name": p.name, "description": p.description, "source": p.source}
                    for p in presets
                ],
                indent=2,
            )
        )
    else:
        for p in presets:
            print(f"{p.id:<14} {p.name}\n{'':<14} source: {p.source}")
    return 0


def cmd_catalog(a: argparse.Namespace) -> int:
    cat = catalog()
    if a.what == "accelerators":
        rows = [
            {
                "id": x.id,
                "name": x.label,
                "type": x.type,
                "tdp_w": x.tdp_w,
                "memory_gb": x.memory_gb,
                "memory_bandwidth_gbps": x.memory_bandwidth_gbps,
                "peak_bf16_tflops": x.peak_tflops.get("bf16"),
                "flop_per_joule": x.flop_per_joule,
                "missing": x.missing_for_inference(),
                "source": x.source,
            }
            for x in cat.accelerators.values()
        ]
        text = [
            f"{r['id']:<42} {r['type']:<5} {r['tdp_w'] or '-':>6} W  {r['peak_bf16_tflops'] or '-':>7} TFLOPS  {r['memory_gb'] or '-':>5} GB"
            for r in rows
        ]
    else:
        rows = [
            {
                "id": r.code,
                "name": r.name,
                "gco2e_per_kwh": r.gco2e_per_kwh,
                "year": r.year,
                "level": r.level,
                "basis": r.basis,
                "source": r.source,
            }
            for r in cat.regions.values()
        ]
        text = [
            f"{r['id']:<32} {r['gco2e_per_kwh']:>8.1f} g/kWh  {r['year'] or '':<5} {r['name']}" for r in rows
        ]
    print(json.dumps(rows, indent=2) if a.format == "json" else "\n".join(text))
    return 0


def cmd_schema(a: argparse.Namespace) -> int:
    schema = Scenario.model_json_schema()
    if "$ref" in schema:  # the pins hold scenarios: the scenario itself sits in $defs; show it at the top
        defs = schema["$defs"]
        schema = {**defs[schema["$ref"].rsplit("/", 1)[-1]], "$defs": defs}
    print(json.dumps(schema, indent=2))
    return 0


def cmd_validate(a: argparse.Namespace) -> int:
    from core.validation import validation_report, validation_table

    report = validation_report()
    print(json.dumps(report, indent=2) if a.format == "json" else validation_table(report["rows"]))
    return 0


def cmd_report(a: argparse.Namespace) -> int:
    """CSV and JSON here; PDF, PNG and SVG are drawn by Qt (``main.py`` hands them to ``gui.commands``)."""
    from core.report import write_report

    scenario = scenario_from_args(a.scenario, a.preset, a.set or [])
    try:
        fmt = write_report(scenario, a.output)
    except ValueError as err:
        raise UserError(f"--output {printable(a.output, 200)}: {err}") from None
    except OSError as err:
        raise UserError(describe(err, a.output)) from None
    print(f"wrote {fmt.upper()} report to {printable(a.output, 200)}")
    return 0


COMMAND_FUNCTIONS = {
    "estimate": cmd_estimate,
    "presets": cmd_presets,
    "catalog": cmd_catalog,
    "schema": cmd_schema,
    "validate": cmd_validate,
    "report": cmd_report,
}


def damaged_installation() -> str | None:
    """The one line every computing command prints (exit 1) when a resource fails its checksum."""
    from core.catalog import verify_resources

    damaged = verify_resources()
    if damaged:  # never compute from a damaged table
        return f"error: damaged installation: {'; '.join(damaged[:3])}; reinstall the app"
    return None


def execute(a: argparse.Namespace, command: Any = None) -> int:
    """Run a parsed command (``command``, or the core one it names); a user error is one line on stderr and
    exit status 2."""
    try:
        return (command or COMMAND_FUNCTIONS[a.command])(a)
    except (UserError, ScenarioError, CatalogError) as err:
        print(f"error: {printable(str(err), 500)}", file=sys.stderr)
        return 2


def run(argv: list[str]) -> int:
    """``estimate``, ``presets``, ``catalog``, ``schema``, ``validate`` or ``report`` with its arguments."""
    problem = damaged_installation()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    try:
        args = build_parser(CORE_COMMANDS).parse_args(argv)
        if args.command is None:
            raise UserError(f"a command is required: {', '.join(CORE_COMMANDS)}")
    except UserError as err:
        print(f"error: {printable(str(err), 500)}", file=sys.stderr)
        return 2
    try:
        return execute(args)
    except BrokenPipeError:
        return 0
