"""The entry points: ``main.py --self-test``, command-line options, and the speed figures."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_self_test_subprocess_exits_zero():
    proc = run_main("--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("self-test OK:")
    assert "5 charts rendered and not blank" in lines[0]


def test_self_test_with_a_scenario_file_and_lang(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"schema_version": 2, "datacenter": {"pue": 1.4}}')
    proc = run_main("--lang", "ja", "--self-test", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_self_test_fails_on_a_bad_scenario_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"datacenter": {"pue": 7}}')
    proc = run_main("--self-test", str(path))
    assert proc.returncode == 1
    assert "datacenter.pue" in proc.stdout


@pytest.mark.parametrize(
    ("args", "message"), [(["--lang", "fr"], "--lang must be en or ja"), (["--frobnicate"], "unknown option")]
)
def test_bad_options_exit_2_with_a_message(args, message, capsys):
    from gui.app import main

    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_blank_detector_catches_blank_and_passes_drawn_images():
    from PySide6.QtGui import QColor, QImage, QPainter

    from gui.diagnostics.selftest import blank_reason

    img = QImage(200, 100, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    assert blank_reason(img) is not None
    p = QPainter(img)
    p.fillRect(20, 20, 120, 50, QColor("#0072B2"))
    p.fillRect(150, 10, 30, 80, QColor("#E69F00"))
    p.end()
    assert blank_reason(img) is None


def test_language_switch_figures_time_real_switches(qapp):
    """The bench switches the real window's language through the View menu, at least ten times."""
    from gui import i18n
    from gui.diagnostics.bench import language_switch_figures

    figures = language_switch_figures(switches=10)
    assert figures["language_switches"] == 10
    assert 0 < figures["language_switch_ms"] <= figures["language_switch_ms_max"]
    assert i18n.current_language() == "en"  # left as it was


def test_update_figures_measure_real_changes(qapp):
    from gui.diagnostics.bench import update_figures

    figures = update_figures(changes=24)
    assert figures["changes"] >= 20
    assert 0 < figures["update_ms_p50"] <= figures["update_ms_p95"] < 2000
    assert 0 <= figures["rows_moved"] <= figures["changes"]
    assert figures["others_cpu_share"] is None or 0.0 <= figures["others_cpu_share"] <= 1.0


def test_processor_share_sees_another_busy_process():
    """Another process spinning on a processor shows as the others' share; this process' own work does not."""
    from gui.diagnostics.bench import ProcessorShare

    if ProcessorShare._read() is None:
        pytest.skip("no /proc/stat")
    own = ProcessorShare()
    end = time.perf_counter() + 0.6
    while time.perf_counter() < end:  # this process busy: not counted
        pass
    alone = own.others_share()
    spin = "import time\nend = time.perf_counter() + 1.2\nwhile time.perf_counter() < end: pass\n"
    child = subprocess.Popen([sys.executable, "-c", spin])
    try:
        time.sleep(0.1)
        share = ProcessorShare()
        time.sleep(0.9)
        busy = share.others_share()
    finally:
        child.wait(timeout=30)
    n = os.cpu_count() or 1
    # one process spinning on one of n processors is about 1 / n of them (ticks are 10 ms: a wide margin)
    assert busy >= 0.6 / n
    assert alone < 0.5 / n  # counted as others, this process' own spinning would be about 1 / n


def test_jump_figures_count_what_the_slow_frames_hold(qapp):
    """Random jumps cross decades: axes are re-ranged, mostly to ends drawn ahead; the counts say how often
    rows moved, axes were drawn anew, and changes were refused."""
    from gui.diagnostics.bench import update_figures

    figures = update_figures(changes=30, mode="jump")
    assert figures["mode"] == "jump" and figures["changes"] >= 20
    # the moving axes' ladder was drawn ahead (7 axes x 16-20 ends) before the jumps, and drawn few anew
    assert figures["axis_pictures_ahead"] >= 100
    assert 0 <= figures["axis_pictures"] < figures["changes"]
    assert 0 <= figures["rows_moved"] < figures["changes"]
    assert figures["refused"] + figures["changes"] <= 30


def test_startup_figures_compare_app_and_bare_qt():
    from gui.diagnostics.bench import startup_figures

    figures = startup_figures(runs=1)
    assert figures["app_s"] > 0 and figures["bare_qt_s"] > 0
    assert figures["ratio"] == pytest.approx(figures["app_s"] / figures["bare_qt_s"], rel=0.01)
    assert figures["app_ready_s"] >= figures["app_s"]


def test_every_visible_string_is_extractable_for_translation(tmp_path):
    """pyside6-lupdate finds the window's strings under the contexts the code translates them with."""
    import shutil

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    files = [
        str(ROOT / "gui" / n)
        for n in (
            "app.py",
            "charts/breakdown.py",
            "charts/headline.py",
            "inputs/fields.py",
            "inputs/quantity.py",
            "inputs/sites.py",
            "window/main_window.py",
            "window/menus.py",
        )
    ]
    ts = tmp_path / "probe_ja.ts"
    subprocess.run([lupdate, *files, "-ts", str(ts)], check=True, capture_output=True, timeout=120)
    text = ts.read_text(encoding="utf-8")
    assert "<name></name>" not in text  # a bare tr() would land in an empty context and never be found
    for context in ("Charts", "Fields", "Inputs", "MainWindow", "Units"):
        assert f"<name>{context}</name>" in text
    for source in (
        "Where the energy and carbon go",
        "Parameters",
        "Lifetime CO2e",
        "Add site",
        "&amp;Presets",
    ):
        assert f"<source>{source}</source>" in text, source


@pytest.mark.parametrize(
    ("lang", "env", "expected"),
    [
        ("en", {}, True),
        ("ja", {"LANG": "en_GB.UTF-8"}, False),
        (None, {"LANG": "C.UTF-8"}, True),
        (None, {"LANG": "ja_JP.UTF-8"}, False),
        (None, {"LC_ALL": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, False),
        (None, {}, True),
    ],
)
def test_english_may_wait_for_the_first_paint(monkeypatch, lang, env, expected):
    from gui.app import english_before_first_paint

    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert english_before_first_paint(lang) is expected
