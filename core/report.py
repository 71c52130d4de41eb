"""Report content shared by every export: the inputs, the outputs with ranges, assumptions and sources.

CSV and JSON are written here (no Qt). The PDF, PNG and SVG renderings live in ``gui/`` and take their
text from :func:`report_content`, so every format says the same thing.
"""

from __future__ import annotations

import csv
import io
import json
import platform
from datetime import UTC, datetime
from typing import Any

from core import DATA_VERSION, __version__
from core.analysis import COMPARED, LABEL_BASIS, energy_label, equivalents
from core.baseline import saved_baseline_changes
from core.catalog import RESOURCES, catalog
from core.economics import COMPUTE_KEYS, COST_KEYS, context_json, cost_json
from core.estimator import estimate, model_shape, nest
from core.labels import difference_words, differing_inputs, input_label, input_unit, value_text
from core.outputs import REPORTED
from core.scenario import Scenario, field_paths
from core.uncertainty import monte_carlo, ranges_table

ASSUMPTIONS = (
    "Training compute is 6 x active parameters x tokens plus attention (Kaplan et al. 2020).",
    "Training time is compute / (accelerators x peak FLOP/s at the chosen precision x MFU), unless measured "
    "accelerator-hours are given.",
    "Energy is accelerator-hours x average power per accelerator x PUE (Patterson et al. 2021). Modelled power "
    "is TDP x (draw share + host share); a measured all-in power is used as given.",
    "Each decode step takes the longer of reading weights and KV cache from memory and computing the batch's "
    "tokens with their share of prefill (roofline). Power rises with utilisation between idle and TDP.",
    "Energy per query counts accelerators, host CPU and memory, idle provisioned capacity and the PUE overhead "
    "(the boundary of Elsworth et al. 2025).",
    "Location-based CO2e uses the grid's average intensity; market-based counts contracted clean energy at zero.",
    "Water is on-site cooling (WUE x IT energy) plus water consumed generating the electricity (Li et al. 2023).",
    "Embodied CO2e is the hardware's manufacturing footprint x the share of its service life the work uses.",
    "Ranges are the 5th-95th percentiles of a seeded Monte Carlo over the uncertain inputs listed below.",
)


def report_content(scenario: Scenario) -> dict[str, Any]:
    """Everything a report shows, as plain data: inputs, outputs with ranges, assumptions, sources."""
    results = estimate(scenario)
    ranges = monte_carlo(scenario)
    inputs = []
    for path in field_paths():
        if path.startswith(("custom", "uncertainty", "pins", "baseline")) or path == "schema_version":
            continue
        value = scenario.get(path)
        text = value_text(path, value, scenario)
        if path == "datacenter.sites":
            value = text
        inputs.append(
            {
                "field": path,
                "value": "derived" if value is None else value,
                "label": input_label(path),
                "unit": input_unit(path),
                "text": text,  # the value as a person reads it (core.labels), without the unit
            }
        )
    shape = model_shape(scenario)
    outputs = []
    for out in REPORTED:  # the one table of outputs (core.outputs)
        row = {"field": out.path, "label": out.label, "value": float(results[out.path]), "unit": out.unit}
        if out.path in ranges:
            row.update(p5=ranges[out.path]["p5"], p95=ranges[out.path]["p95"])
        outputs.append(row)
    wh = results["inference.energy_per_query_wh"]
    edited = edits_from_preset(scenario)
    return {
        "title": f"AI Energy Explorer report: {display_name(scenario, edited)}",
        "name": display_name(scenario, edited),
        "edited": edited,
        "pins": pins_content(scenario),
        # the baseline saved with the scenario (schema 6) and each headline's change from it; None: none kept
        "baseline": saved_baseline_changes(scenario),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "app_version": __version__,
        "data_version": DATA_VERSION,
        "python": platform.python_version(),
        "scenario": scenario.model_dump(mode="json"),
        "shape": shape,
        "inputs": inputs,
        "outputs": outputs,
        "label": {"class": energy_label(wh), "wh_per_query": wh, "basis": LABEL_BASIS},
        "equivalents": equivalents(results["lifecycle.energy_kwh"], results["lifecycle.co2e_kg"]),
        "cost": cost_json(scenario, results),
        "context": context_json(results),
        "assumptions": list(ASSUMPTIONS),
        "uncertainty_ranges": ranges_table(),
        "samples": scenario.uncertainty.samples,
        "sources": sources_text(scenario),
        "results": results,
        "ranges": ranges,
    }


def edits_from_preset(scenario: Scenario) -> list[dict[str, Any]]:
    """The inputs changed since the preset the scenario started from (core.labels rows); none without one."""
    from core.compare import scenario_from_preset
    from core.scenario import ScenarioError

    if not scenario.preset or scenario.preset not in catalog().presets:
        return []
    try:
        start = scenario_from_preset(scenario.preset)
    except ScenarioError:
        return []
    return differing_inputs(start, scenario.without_pins())


def display_name(scenario: Scenario, edited: list[dict[str, Any]] | None = None) -> str:
    """The scenario's name; a preset's name that no longer describes it says so: "Llama 3.1 70B (edited)"."""
    edited = edits_from_preset(scenario) if edited is None else edited
    if (
        edited
        and scenario.preset
        and scenario.name == catalog().presets[scenario.preset].scenario.get("name")
    ):
        return f"{scenario.name} (edited)"
    return scenario.name


#: the outputs each pin is compared on in a report (core.analysis.COMPARED)
PIN_OUTPUTS = tuple(path for path, _what in COMPARED)


def pins_content(scenario: Scenario) -> list[dict[str, Any]]:
    """The comparison saved with the scenario: each pin's name, headline results, the ratio in words and the
    inputs that differ from the first pin; the scenario itself is the last column."""
    if not scenario.pins:
        return []
    columns = [(p.label, p.scenario) for p in scenario.pins] + [(scenario.name, scenario.without_pins())]
    first = columns[0][1]
    out = []
    for label, s in columns:
        r = estimate(s)
        out.append(
            {
                "label": label,
                "results": {k: float(r[k]) for k in PIN_OUTPUTS},
                "differences": differing_inputs(first, s),
            }
        )
    return out


def sources_text(scenario: Scenario) -> list[str]:
    """The sources behind this scenario's numbers: preset, hardware, grid, and the data attributions."""
    cat = catalog()
    out = []
    if scenario.preset and scenario.preset in cat.presets:
        out.append(f"Preset: {cat.presets[scenario.preset].source}")
    for field in ("training.accelerator", "inference.accelerator"):
        aid = scenario.get(field)
        try:
            acc = cat.accelerator(aid, scenario.custom)
            out.append(f"{input_label(field)}: {acc.label}: {acc.source}")
        except KeyError:
            pass
    try:
        region = cat.region(scenario.datacenter.region, scenario.custom)
        out.append(f"Grid {region.code} ({region.year or 'year n/a'}): {region.source}")
    except KeyError:
        pass
    attributions = (RESOURCES / "ATTRIBUTIONS.md").read_text(encoding="utf-8")
    out.extend(line[2:].strip() for line in attributions.splitlines() if line.startswith("- "))
    return out


#: A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula (``=HYPERLINK(...)`` in a scenario name) gets a leading
    apostrophe, so it shows as the text it is; numbers, including negative ones, are left as numbers."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
    except ValueError:
        return "'" + value
    return value


class _SafeWriter:
    """``csv.writer`` whose every cell passes :func:`csv_cell`."""

    def __init__(self, buf: io.StringIO):
        self._w = csv.writer(buf, lineterminator="\n")

    def writerow(self, row: list[Any]) -> None:
        self._w.writerow([csv_cell(c) for c in row])


def to_csv(content: dict[str, Any]) -> str:
    """Outputs with ranges, then inputs, as CSV (one header row per block); formulas neutralised."""
    buf = io.StringIO()
    w = _SafeWriter(buf)
    w.writerow(
        [
            "# " + content["title"],
            f"app {content['app_version']}",
            content["data_version"],
            content["generated"],
        ]
    )
    w.writerow(["output", "label", "value", "unit", "p5", "p95"])
    for o in content["outputs"]:
        w.writerow([o["field"], o["label"], repr(o["value"]), o["unit"], o.get("p5", ""), o.get("p95", "")])
    cost = content.get("cost")
    if cost is not None:
        w.writerow([])
        w.writerow(["cost", "currency", "value", "p5", "p95", "note"])
        rng = cost.get("uncertainty", {})
        for key in (*COST_KEYS, *COMPUTE_KEYS):
            if key in cost:
                r = rng.get(key, {})
                value = "" if cost[key] is None else repr(cost[key])
                w.writerow([key, cost["currency"], value, r.get("p5", ""), r.get("p95", ""), cost["note"]])
        for site in cost["sites"]:
            pub = site["published"] or {}
            w.writerow(
                [
                    "price_per_kwh " + site["region"],
                    cost["currency"],
                    site["price_per_kwh"],
                    "",
                    "",
                    site["basis"],
                    pub.get("year", ""),
                    pub.get("customer_class", ""),
                    pub.get("source", ""),
                    site["note"],
                ]
            )
    if content.get("equivalents"):
        w.writerow([])
        w.writerow(["equivalent", "count", "unit", "factor", "factor unit", "year", "source"])
        for q in content["equivalents"]:
            w.writerow(
                [q["key"], repr(q["count"]), q["unit"], q["factor"], q["factor_unit"], q["year"], q["source"]]
            )
    if content.get("pins"):
        # the comparison saved with the scenario: each pin by its name, then the scenario itself
        w.writerow([])
        w.writerow(["pin", "label", *PIN_OUTPUTS, "differs from the first in"])
        for i, pin in enumerate(content["pins"]):
            diffs = "; ".join(difference_words(d) for d in pin["differences"])
            w.writerow(["ABCD"[i], pin["label"], *(repr(pin["results"][k]) for k in PIN_OUTPUTS), diffs])
    base = content.get("baseline")
    if base:
        # the baseline saved with the scenario: each headline then and now
        w.writerow([])
        w.writerow(["baseline", base["name"]])
        w.writerow(["output", "unit", "baseline", "now", "change"])
        for row in base["rows"]:
            cells = [row[k] for k in ("baseline", "now", "change")]
            w.writerow([row["result"], row["unit"], *("" if c is None else repr(c) for c in cells)])
    w.writerow([])
    w.writerow(["input", "value"])
    for i in content["inputs"]:
        w.writerow([i["field"], i["value"]])
    return buf.getvalue()


def to_json(content: dict[str, Any]) -> str:
    data = {k: v for k, v in content.items() if k not in ("results", "ranges")}
    data["results"] = nest(content["results"])
    data["uncertainty"] = nest(content["ranges"])
    return json.dumps(data, indent=2, default=str)


def write_report(scenario: Scenario, path: str) -> str:
    """Write a CSV or JSON report through :func:`core.files.write_file`; returns the format written.
    PDF/PNG/SVG: see gui.export.report."""
    import os

    from core.files import write_file, write_target

    ext = os.path.splitext(path)[1].lower()
    if ext not in (".csv", ".json"):
        raise ValueError(
            f"'{ext or 'no extension'}' is not a report format; use .pdf, .csv, .json, .png or .svg"
        )
    write_target(path, "--output")  # refuse a directory or a read-only file before computing
    content = report_content(scenario)
    write_file(path, to_csv(content) if ext == ".csv" else to_json(content), what="--output")
    return ext[1:]
