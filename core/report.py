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
from core.analysis import LABEL_BASIS, energy_label, equivalents
from core.catalog import RESOURCES, catalog
from core.economics import COMPUTE_KEYS, COST_KEYS, context_json, cost_json
from core.estimator import estimate, model_shape, nest
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
        if path.startswith(("custom", "uncertainty")) or path == "schema_version":
            continue
        value = scenario.get(path)
        if path == "datacenter.sites":
            value = ", ".join(f"{s.region} {s.load_share:.0%} PUE {s.pue:g}" for s in value) or "none"
        inputs.append({"field": path, "value": "derived" if value is None else value})
    shape = model_shape(scenario)
    outputs = []
    for out in REPORTED:  # the one table of outputs (core.outputs)
        row = {"field": out.path, "label": out.label, "value": float(results[out.path]), "unit": out.unit}
        if out.path in ranges:
            row.update(p5=ranges[out.path]["p5"], p95=ranges[out.path]["p95"])
        outputs.append(row)
    wh = results["inference.energy_per_query_wh"]
    return {
        "title": f"AI Energy Explorer report: {scenario.name}",
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
            out.append(f"{field}: {acc.label}: {acc.source}")
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
