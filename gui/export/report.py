"""Reports drawn with Qt: a PDF (``QPdfWriter``), a PNG and an SVG (``QSvgGenerator``) of the charts.

The words and numbers come from :func:`core.report.report_content`, the same content as the CSV and JSON
reports, and the charts are the window's own chart widgets fed one snapshot and rendered offscreen. The
headline numbers are formatted by the window's headline panel itself, so the PDF says exactly what the
window shows.

Command line: ``python main.py report [--scenario F | --preset ID] [--set ...] --output FILE.pdf|.png|.svg``.
"""

from __future__ import annotations

import html
import os
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.files import write_file
from gui.export.images import DrawingFailed, save_widget, widget_image

SHEET_SIZE = (1500, 980)


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def analysis_tr(text: str) -> str:
    """Equivalents' units and the label's basis, translated where the equivalents panel shows them."""
    return QCoreApplication.translate("Analysis", text)


def report_title(content: dict[str, Any]) -> str:
    """The title names the scenario as it is: a preset's name after edits reads "Llama 3.1 70B (edited)"."""
    name = content.get("name") or content["scenario"].get("name", "")
    if name.endswith(" (edited)"):
        name = tr("{name} (edited)").format(name=name[: -len(" (edited)")])
    return tr("AI Energy Explorer report: {name}").format(name=name)


def baseline_snapshot(scenario: Any, snap: Any) -> Any:
    """The snapshot of the baseline ``scenario`` keeps (schema 6), its costs in ``snap``'s currency, as the
    window's session computes it; None when it keeps none or holds the same inputs."""
    from core.baseline import same_scenario

    base = getattr(scenario, "baseline", None)
    if base is None or same_scenario(base, scenario.without_pins()):
        return None
    from core.compare import snapshot

    pricing = (snap.cost or {}).get("pricing")
    return snapshot(base, 100, currency=pricing.currency if pricing is not None else None)


class ReportSheet(QWidget):
    """The headline numbers and the four charts for one scenario, laid out for a page or an image."""

    def __init__(self, scenario: Any, parent: QWidget | None = None):
        super().__init__(parent)
        from core.catalog import catalog
        from core.compare import snapshot
        from gui.charts.grid import ChartGrid

        cat = catalog()
        self.setStyleSheet("background: white;")
        self.snapshot = snapshot(scenario)  # the core's, as the window's presenter computes it
        self.grid = ChartGrid(cat, self, margins=(8, 8, 8, 8), spacing=None, paged=False)
        self.headline = self.grid.headline
        self.breakdown, self.lifetime = self.grid.breakdown, self.grid.lifetime
        self.location, self.hardware = self.grid.location, self.grid.hardware
        self.charts = self.grid.charts
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.grid)
        self.resize(*SHEET_SIZE)
        self.ensurePolished()
        lay.activate()
        base = baseline_snapshot(scenario, self.snapshot)
        if base is not None:  # the baseline saved with the scenario: ghosts and deltas, as in the window
            self.headline.set_baseline_source(lambda _snap: base)
            for chart in self.charts:
                chart.baseline_for = lambda _snap: base
        self.headline.update_snapshot(self.snapshot)
        self.grid.everyday.update_snapshot(self.snapshot)  # the label and everyday terms, as in the window
        for chart in self.charts:
            chart.update_snapshot(self.snapshot)
        # lay out without showing a window, so the plots know their size before they are rendered
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.show()
        QCoreApplication.processEvents()
        for chart in self.charts:
            chart.update_snapshot(self.snapshot)
        QCoreApplication.processEvents()

    def headline_rows(self) -> list[tuple[str, str, str, str]]:
        """(caption, value, range, detail) of each headline card, as the window shows them."""
        h = self.headline
        return [
            (c.caption.text(), c.value.text(), c.range.text(), c.detail.text())
            for c in (h.energy, h.co2, h.water, h.power, h.query)
        ]


#: the water outputs' stored units, in litres
WATER_UNITS = {"L": 1.0, "mL": 1e-3}


def _water(litres: float) -> str:
    from core.units import format_water

    return html.escape(format_water(litres))


def _num(v: Any) -> str:
    from core.units import significant

    if isinstance(v, float):
        return significant(v, 4)
    return html.escape(str(v))


def report_html(content: dict[str, Any], sheet: ReportSheet, image_width: int = 640) -> str:
    """The report as rich text with page breaks between the sections."""
    e = html.escape
    brk = '<p style="page-break-before: always;"></p>'
    style = (
        "<style>body { font-family: sans-serif; font-size: 9pt; color: #222; }"
        " h1 { font-size: 16pt; } h2 { font-size: 13pt; color: #0072B2; }"
        " td, th { padding: 2px 6px; } th { background: #e8eef4; text-align: left; }"
        " .small { color: #555; font-size: 8pt; }</style>"
    )
    out = [f"<html><head>{style}</head><body>"]
    out.append(f"<h1>{e(report_title(content))}</h1>")
    out.append(
        f"<p class='small'>{e(tr('Generated'))} {e(content['generated'])} · AI Energy Explorer "
        f"{e(content['app_version'])} · {e(tr('Data'))}: {e(content['data_version'])}</p>"
    )
    # page 1: the summary in words and units
    from gui.export.summary import everyday, summary_html
    from gui.whatif.labels import input_label, with_unit

    out.append(summary_html(content, sheet.headline_rows()))
    # page 2: inputs, in words with their units
    out.append(brk + f"<h2>1. {e(tr('Inputs'))}</h2><table cellspacing='0' border='0' width='100%'>")
    out.append(f"<tr><th>{e(tr('Input'))}</th><th>{e(tr('Value'))}</th></tr>")
    for row in content["inputs"]:
        if row["field"] in ("name", "preset"):
            continue
        text = with_unit(row["field"], row["text"]) if "text" in row else str(row["value"])
        out.append(f"<tr><td>{e(input_label(row['field']))}</td><td>{e(text)}</td></tr>")
    out.append("</table>")
    shape = content.get("shape") or {}
    if shape:
        words = ", ".join(f"{input_label('model.' + k)} {v}" for k, v in shape.items())
        out.append(f"<p class='small'>{e(tr('Model shape (derived or given)'))}: {e(words)}</p>")
    # page 2: outputs with ranges
    out.append(brk + f"<h2>2. {e(tr('Outputs with their p5–p95 ranges'))}</h2>")
    out.append(
        f"<p><b>{e(tr('Headline, as the window shows it'))}</b></p><table cellspacing='0' width='100%'>"
    )
    for caption, value, rng, detail in sheet.headline_rows():
        out.append(
            f"<tr><td><b>{e(caption)}</b></td><td><b>{e(value)}</b></td><td>{e(rng)}</td><td>{e(detail)}</td></tr>"
        )
    out.append("</table><br/>")
    out.append(
        f"<table cellspacing='0' width='100%'><tr><th>{e(tr('Output'))}</th><th>{e(tr('Value'))}</th>"
        f"<th>p5</th><th>p95</th></tr>"
    )
    for o in content["outputs"]:
        if o["unit"] in WATER_UNITS:  # water as the cards show it: mL, L or m³ (core.units.format_water)

            def num(v: float, scale: float = WATER_UNITS[o["unit"]]) -> str:
                return _water(v * scale)  # escaped there
        else:

            def num(v: float, unit: str = o["unit"]) -> str:
                return e(everyday(v, unit))

        p5 = num(o["p5"]) if "p5" in o else ""
        p95 = num(o["p95"]) if "p95" in o else ""
        out.append(
            f"<tr><td>{e(tr(o['label']))}</td><td>{num(o['value'])}</td><td>{p5}</td><td>{p95}</td></tr>"
        )
    out.append("</table>")
    out.append(
        "<p class='small'>"
        + e(
            QCoreApplication.translate("Report", "Ranges from {n} seeded Monte Carlo samples.").format(
                n=f"{content['samples']:,}"
            )
        )
        + "</p>"
    )
    lab = content["label"]
    out.append(
        f"<p><b>{e(tr('Energy label'))}: {e(lab['class'])}</b> ({_num(lab['wh_per_query'])} Wh "
        f"{e(tr('per query'))}). <span class='small'>{e(analysis_tr(lab['basis']))}</span></p>"
    )
    out.append(f"<p><b>{e(tr('Everyday equivalents of the lifetime total'))}</b></p><table cellspacing='0'>")
    for q in content["equivalents"]:
        out.append(
            f"<tr><td>{e(everyday(q['count'], ''))}</td><td>{e(analysis_tr(q['unit']))}</td>"
            f"<td class='small'>{e(everyday(q['factor'], q['factor_unit']))} {e(tr('each'))}; {e(q['source'])}</td></tr>"
        )
    out.append("</table>")
    # page 3: charts
    out.append(brk + f"<h2>3. {e(tr('Charts'))}</h2>")
    out.append(f"<p><img src='aiee:sheet' width='{image_width}'/></p>")
    # page 4: assumptions and uncertainty ranges
    out.append(brk + f"<h2>4. {e(tr('Assumptions'))}</h2><ul>")
    out += [f"<li>{e(tr(a))}</li>" for a in content["assumptions"]]
    out.append(f"</ul><p><b>{e(tr('Uncertain inputs and their ranges'))}</b></p><table cellspacing='0'>")
    out.append(
        f"<tr><th>{e(tr('Input'))}</th><th>{e(tr('Low'))}</th><th>{e(tr('High'))}</th><th>{e(tr('Basis'))}</th></tr>"
    )
    for r in content["uncertainty_ranges"]:
        out.append(
            f"<tr><td>{e(input_label(r['field']))}</td><td>×{_num(r['low'])}</td><td>×{_num(r['high'])}</td>"
            f"<td class='small'>{e(tr(r['basis']))}</td></tr>"
        )
    out.append("</table>")
    # page 5: sources, attributions, versions
    out.append(brk + f"<h2>5. {e(tr('Sources and attributions'))}</h2><ul>")
    out += [f"<li>{e(s)}</li>" for s in content["sources"]]
    out.append(f"</ul><h2>{e(tr('Versions'))}</h2>")
    out.append(
        f"<p>AI Energy Explorer {e(content['app_version'])}<br/>{e(tr('Data'))}: {e(content['data_version'])}"
        f"<br/>Python {e(content['python'])}<br/>{e(tr('Scenario schema version'))} "
        f"{e(str(content['scenario'].get('schema_version')))}</p>"
    )
    out.append("</body></html>")
    return "".join(out)


def write_pdf(scenario: Any, path: str, content: dict[str, Any] | None = None) -> ReportSheet:
    from core.report import report_content

    content = content or report_content(scenario)
    sheet = ReportSheet(scenario)
    doc = QTextDocument()
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("aiee:sheet"), widget_image(sheet, 2.0))

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)  # drawn in memory, checked, then written by the app's one writing path
    writer.setTitle(report_title(content))
    writer.setCreator(f"AI Energy Explorer {content['app_version']}")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.setHtml(report_html(content, sheet, image_width=int(writer.width() * 0.98)))
    doc.print_(writer)
    del writer  # finishes the document
    buf.close()
    pdf = bytes(data)
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-32:]:
        raise DrawingFailed("the PDF drawing is incomplete")
    write_file(path, pdf, what="--output")
    sheet.hide()
    return sheet


def write_report_file(scenario: Any, path: str) -> str:
    """Write any report format; the extension chooses (.pdf .png .svg here, .csv .json via the core)."""
    ext = os.path.splitext(path)[1].lower()
    if ext in (".csv", ".json"):
        from core.report import write_report

        return write_report(scenario, path)
    if ext == ".pdf":
        write_pdf(scenario, path)
        return "pdf"
    if ext in (".png", ".svg"):
        sheet = ReportSheet(scenario)
        fmt = save_widget(sheet, path, title=f"AI Energy Explorer: {scenario.name}")
        sheet.hide()
        return fmt
    raise ValueError(f"'{ext or 'no extension'}' is not a report format; use .pdf, .csv, .json, .png or .svg")
