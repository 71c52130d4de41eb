"""Reports drawn with Qt: the PDF's pages and numbers, PNG/SVG images, the report command, exports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pdf_text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def test_pdf_pages_hold_the_numbers_the_window_shows(window, tmp_path, settle):
    from core.compare import scenario_from_preset
    from gui.export.report import write_pdf

    scenario = scenario_from_preset("gpt3-175b")
    window.presenter.set_scenario(scenario, "test")
    settle(window.presenter, full=True)
    h = window.headline
    shown = [c.value.text() for c in (h.energy, h.co2, h.water, h.power, h.query)]
    shown += [c.range.text() for c in (h.energy, h.co2, h.water, h.power, h.query)]
    path = tmp_path / "report.pdf"
    write_pdf(window.presenter.scenario, str(path))
    pages = [p for p in pdf_text(path) if p.strip()]
    assert len(pages) == 6
    # page 1: the summary in words, with the window's headline numbers
    assert "Summary" in pages[0] and "GPT-3 175B" in pages[0] and "Electricity cost" in pages[0]
    for text in shown:
        assert text.split(": ")[-1] in pages[0], text
    assert "Inputs" in pages[1] and "Parameters" in pages[1] and "model.parameters" not in pages[1]
    assert "Outputs with their p5" in pages[2]
    for text in shown:
        assert text in pages[2], text
    assert "Charts" in pages[3]
    images = subprocess.run(
        ["pdfimages", "-list", "-f", "4", "-l", "4", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert images and int(images[0].split()[3]) >= 2000  # the chart sheet, rendered at twice its size
    assert "Assumptions" in pages[4] and "Kaplan" in pages[4]
    assert "Sources and attributions" in pages[5] and "Versions" in pages[5]
    from core import DATA_VERSION, __version__

    assert f"AI Energy Explorer {__version__}" in pages[5]
    assert DATA_VERSION.split(" (")[0] in pages[5]


def test_report_command_writes_pdf_png_svg_and_refuses_bad_input(window, tmp_path):
    from gui.export.report import write_report_file

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "r.pdf"
    r = subprocess.run(
        [
            sys.executable,
            "main.py",
            "report",
            "--preset",
            "gpt3-175b",
            "--set",
            "datacenter.pue=1.3",
            "--output",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"wrote PDF report to {out}"
    scenario = window.presenter.scenario.with_values({"datacenter.pue": 1.3})
    assert write_report_file(scenario, str(tmp_path / "r.png")) == "png"  # the same renderer, in-process
    assert write_report_file(scenario, str(tmp_path / "r.svg")) == "svg"
    for ext in ("pdf", "png", "svg"):
        assert (tmp_path / f"r.{ext}").stat().st_size > 1000
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "r.svg").read_bytes()[:2000]
    assert "1.3" in pdf_text(tmp_path / "r.pdf")[0]
    bad = subprocess.run(
        [
            sys.executable,
            "main.py",
            "report",
            "--set",
            "datacenter.pue=9",
            "--output",
            str(tmp_path / "x.pdf"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "pue" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_chart_exports_and_clipboard(window, tmp_path):
    from gui.export.images import copy_results, save_widget

    assert save_widget(window.breakdown, str(tmp_path / "c.png")) == "png"
    assert save_widget(window.lifetime, str(tmp_path / "c.svg")) == "svg"
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    svg = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Days of deployment" in svg
    # the axes keep a bitmap of themselves on screen, but draw afresh into an export: tick labels are text
    assert ">0</text>" in svg
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    axes = [i for i in window.lifetime.chart.scene().items() if isinstance(i, pg.AxisItem) and i.isVisible()]
    assert axes and all(a.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache for a in axes)
    with pytest.raises(ValueError, match=r"png or \.svg"):
        save_widget(window.breakdown, str(tmp_path / "c.gif"))
    snap = window.presenter.snapshot
    text = copy_results(snap.results, snap.ranges)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == text
    line = next(x for x in text.splitlines() if x.startswith("Lifecycle energy\t"))
    assert float(line.split("\t")[1]) == pytest.approx(snap.results["lifecycle.energy_kwh"], rel=1e-5)


def test_csv_and_json_report_match_the_core(window, tmp_path):
    from core.estimator import estimate
    from gui.export.report import write_report_file

    s = window.presenter.scenario
    write_report_file(s, str(tmp_path / "r.json"))
    write_report_file(s, str(tmp_path / "r.csv"))
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["results"]["lifecycle"]["energy_kwh"] == pytest.approx(estimate(s)["lifecycle.energy_kwh"])
    assert "lifecycle.energy_kwh" in (tmp_path / "r.csv").read_text()
