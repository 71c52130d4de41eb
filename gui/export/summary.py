"""The PDF report's first page: the estimate in words and units, for a reader who reads nothing else.

What was estimated (model, chips, grid, usage), the headline numbers with their likely ranges as the window's
cards show them, the change from the baseline saved with the scenario ("baseline -> now"), the electricity bill, the energy label and everyday equivalents, the inputs changed since the
preset, and the comparison saved with the scenario (its pins, by name, with the inputs that differ). Every
input is named in words (:mod:`core.labels`), every quantity with its unit and without an exponent.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.units import format_count, format_quantity, significant


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


#: unit of core.report.OUTPUTS -> the unit family that picks a prefix (kWh -> MWh, GWh)
FAMILIES = {"kWh": ("energy_kwh", 1.0), "kg": ("mass_kg", 1.0), "MW": ("power_w", 1e6)}
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def everyday(value: float, unit: str) -> str:
    """A report number with its unit and never an exponent: ``"7.98 GWh"``, ``"778k h"``, ``"3.14 × 10²³ FLOP"``
    (only compute, which has no everyday size, is written as a power of ten)."""
    if not math.isfinite(value):
        return significant(value)
    if unit in ("L", "mL"):  # water as the cards show it: mL, L or m³
        from core.units import format_water

        return format_water(value * (1e-3 if unit == "mL" else 1.0))
    if unit in FAMILIES:
        family, scale = FAMILIES[unit]
        return format_quantity(value * scale, family)
    if unit == "FLOP" and value > 0:
        exp = math.floor(math.log10(value))
        return f"{value / 10**exp:.3g} × 10{str(exp).translate(SUPERSCRIPT)} FLOP"
    text = format_count(float(f"{value:.3g}")) if abs(value) >= 10000.0 else significant(value, 3)
    return f"{text} {unit}".strip()


def analysis_tr(text: str) -> str:
    """Equivalents' units, translated where the equivalents panel shows them."""
    return QCoreApplication.translate("Analysis", text)


def _money(value: float | None, currency: str) -> str:
    from gui.charts.cost import money

    return money(value, currency)


def summary_html(content: dict[str, Any], headline_rows: list[tuple[str, str, str, str]]) -> str:
    """Page 1 of the report as rich text (the caller adds the page break after it)."""
    from gui.whatif.labels import difference_words

    e = html.escape
    s = content["scenario"]
    values = {row["field"]: row for row in content["inputs"]}

    def words(path: str) -> str:
        row = values.get(path)
        if row is None:
            return ""
        from gui.whatif.labels import with_unit

        return with_unit(path, row["text"])

    out = [f"<h2>{e(tr('Summary'))}</h2>"]
    where = (
        tr("{n} sites").format(n=len(s["datacenter"]["sites"]))
        if s["datacenter"]["sites"]
        else words("datacenter.region")
    )
    out.append(
        "<p>"
        + e(
            tr(
                "A model of {params} trained on {tokens} on {count} × {chip}, then served on {serving} at "
                "{queries} for {days}, in {where} (PUE {pue})."
            ).format(
                params=words("model.parameters"),
                tokens=words("model.training_tokens"),
                count=values["training.accelerator_count"]["text"],
                chip=words("training.accelerator"),
                serving=words("inference.accelerator"),
                queries=words("inference.queries_per_day"),
                days=words("inference.deployment_days"),
                where=where,
                pue=values["datacenter.pue"]["text"],
            )
        )
        + "</p>"
    )
    if content.get("edited"):
        changed = "; ".join(difference_words(d) for d in content["edited"][:8])
        if len(content["edited"]) > 8:
            changed += " " + tr("(and {n} more)").format(n=len(content["edited"]) - 8)
        out.append(
            "<p>"
            + e(
                tr("Started from the preset {name}; changed since: {changes}.").format(
                    name=s["name"], changes=changed
                )
            )
            + "</p>"
        )
    # headline numbers, as the window's cards say them (likely range = p5-p95)
    out.append(
        f"<table cellspacing='0' width='100%'><tr><th>{e(tr('Result'))}</th><th>{e(tr('Value'))}</th>"
        f"<th>{e(tr('Likely range (p5–p95)'))}</th><th>{e(tr('Detail'))}</th></tr>"
    )
    for caption, value, rng, detail in headline_rows:
        rng = rng.replace("：", ":").split(":", 1)[-1].strip()  # the column says what the range is
        out.append(
            f"<tr><td><b>{e(caption)}</b></td><td><b>{e(value)}</b></td><td>{e(rng)}</td>"
            f"<td class='small'>{e(detail)}</td></tr>"
        )
    out.append("</table>")
    out += baseline_html(content.get("baseline"))
    # the electricity bill
    cost = content.get("cost") or {}
    out.append(f"<h3>{e(tr('Electricity cost'))}</h3>")
    if cost.get("available"):
        cur = cost["currency"]
        rng = (cost.get("uncertainty") or {}).get("lifecycle_energy", {})
        lines = [
            (tr("Over the whole life (training and serving)"), _money(cost.get("lifecycle_energy"), cur)),
            (tr("Training"), _money(cost.get("training_energy"), cur)),
            (tr("A year of serving"), _money(cost.get("serving_energy_per_year"), cur)),
            (
                tr("Per 1,000 queries"),
                _money(
                    None if cost.get("energy_per_query") is None else cost["energy_per_query"] * 1000, cur
                ),
            ),
            (tr("Price of electricity"), f"{_money(cost.get('price_per_kwh'), cur)} / kWh"),
        ]
        if rng:
            lines.insert(
                1,
                (
                    tr("Likely range of the lifetime cost"),
                    f"{_money(rng.get('p5'), cur)} – {_money(rng.get('p95'), cur)}",
                ),
            )
        out.append("<table cellspacing='0'>")
        out += [f"<tr><td>{e(a)}</td><td><b>{e(b)}</b></td></tr>" for a, b in lines]
        out.append("</table>")
        bases = []
        for site in cost.get("sites", []):
            pub = site.get("published") or {}
            words = {
                "scenario": tr("the price given in the scenario"),
                "region": tr("the region's published business price"),
                "country": tr("the country's published business price"),
                "EU-27 average": tr("the EU-27 average business price"),
            }.get(site.get("basis", ""), site.get("basis", ""))
            if pub:
                words += f" ({pub.get('year', '')}, {pub.get('source', '')})"
            if words and words not in bases:
                bases.append(words)
        if bases:
            out.append(f"<p class='small'>{e(tr('Price basis'))}: {e('; '.join(bases))}</p>")
    else:
        out.append(
            f"<p>{e(tr('No electricity price is known for this grid; set one under Cost to count it.'))}</p>"
        )
    # the energy label and two everyday equivalents
    lab = content["label"]
    eq = sorted(content["equivalents"], key=lambda q: abs(math.log10(q["count"])) if q["count"] > 0 else 99)[
        :3
    ]
    eq_words = "; ".join(format_count(float(f"{q['count']:.3g}")) + " " + analysis_tr(q["unit"]) for q in eq)
    out.append(
        "<p>"
        + e(
            tr("Energy label {c}: {wh} per query. The lifetime total is about {eq}.").format(
                c=lab["class"], wh=f"{significant(lab['wh_per_query'], 3)} Wh", eq=eq_words
            )
        )
        + "</p>"
    )
    # the comparison saved with the scenario
    pins = content.get("pins") or []
    if pins:
        from gui.whatif.compare import LETTERS

        out.append(f"<h3>{e(tr('Comparison'))}</h3><table cellspacing='0' width='100%'><tr><th></th>")
        out += [f"<th>{e(LETTERS[i])}: {e(p['label'])}</th>" for i, p in enumerate(pins)]
        out.append("</tr>")
        rows = (
            ("lifecycle.energy_kwh", tr("Lifetime energy"), "kWh", 1.0),
            ("lifecycle.co2e_kg", tr("Lifetime CO2e"), "kg", 1.0),
            ("lifecycle.water_l", tr("Lifetime water"), "L", 1.0),
            ("training.energy_kwh", tr("Training energy"), "kWh", 1.0),
            ("inference.energy_per_query_wh", tr("Energy per query"), "Wh", 1.0),
            ("inference.co2e_per_query_g", tr("CO2e per query"), "g", 1.0),
        )
        for key, name, unit, scale in rows:
            out.append(f"<tr><td>{e(name)}</td>")
            out += [f"<td>{e(everyday(p['results'][key] * scale, unit))}</td>" for p in pins]
            out.append("</tr>")
        out.append("</table>")
        for i, p in enumerate(pins[1:], start=1):
            diffs = "; ".join(difference_words(d) for d in p["differences"]) or tr("the same inputs")
            out.append(
                "<p class='small'>"
                + e(tr("{x} differs from A in: {inputs}").format(x=LETTERS[i], inputs=diffs))
                + "</p>"
            )
    return "".join(out)


def baseline_html(kept: dict[str, Any] | None) -> list[str]:
    """The change from the baseline saved with the scenario (:func:`core.baseline.saved_baseline_changes`):
    each headline output then, now and its change, as the window's cards say it ("−31 %"); nothing when the
    scenario keeps no baseline."""
    if not kept:
        return []
    from core.lessons import percent

    e = html.escape
    names = {
        "energy": tr("Lifetime energy"),
        "co2": tr("Lifetime CO2e"),
        "water": tr("Lifetime water"),
        "cost": tr("Lifetime electricity cost"),
    }
    out = [
        f"<h3>{e(tr('Against the baseline “{name}”').format(name=kept['name']))}</h3>",
        f"<table cellspacing='0' width='100%'><tr><th>{e(tr('Result'))}</th><th>{e(tr('Baseline'))}</th>"
        f"<th>{e(tr('Now'))}</th><th>{e(tr('Change'))}</th></tr>",
    ]
    for row in kept["rows"]:
        if row["baseline"] is None or row["now"] is None:
            cells = [tr("not compared (no price, or another currency)"), "", ""]
        elif row["key"] == "cost":
            cells = [
                _money(row["baseline"], row["unit"]),
                _money(row["now"], row["unit"]),
                percent(row["change"]),
            ]
        else:
            cells = [
                everyday(row["baseline"], row["unit"]),
                everyday(row["now"], row["unit"]),
                percent(row["change"]),
            ]
        out.append(
            f"<tr><td>{e(names[row['key']])}</td>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"
        )
    out.append("</table>")
    out.append(
        "<p class='small'>"
        + e(
            tr(
                "Each change is now ÷ baseline − 1, both computed by the same estimator; the baseline is kept in the scenario file."
            )
        )
        + "</p>"
    )
    return out
