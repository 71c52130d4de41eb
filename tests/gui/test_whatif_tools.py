"""What-if tools in the window: undo/redo, files, bad files, compare, tornado, sweep, equivalents, custom."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "scenario_v1.json"


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes recorded instead of shown (a modal box would wait forever offscreen). The window shows
    them through ``gui.plaintext`` (plain text, links inert)."""
    from gui import plaintext

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(plaintext, "warning", lambda _p, title, text, *a, **k: seen.append((title, text)))
    return seen


def test_undo_and_redo_through_sixty_steps(window, settle):
    p = window.presenter
    stack = window.whatif.undo.stack
    start = p.scenario
    values = [round(1.05 + 0.02 * i, 4) for i in range(60)]
    history = [start]
    for i, v in enumerate(values):
        path = "datacenter.pue" if i % 2 == 0 else "training.mfu"
        value = v if path == "datacenter.pue" else round(0.2 + 0.005 * i, 4)
        assert p.set_value(path, value, f"step {i}") is None
        history.append(p.scenario)
    assert stack.count() >= 60
    for expected in reversed(history[:-1]):
        stack.undo()
        assert p.scenario == expected
    assert p.scenario == start and not stack.canUndo()
    settle(p)
    assert window.inputs["datacenter.pue"].box.text() == window.inputs["datacenter.pue"].format(
        start.datacenter.pue
    )
    for expected in history[1:]:
        stack.redo()
        assert p.scenario == expected
    settle(p, full=True)
    from core.estimator import estimate

    assert p.snapshot.results["lifecycle.energy_kwh"] == pytest.approx(
        estimate(history[-1])["lifecycle.energy_kwh"]
    )
    assert window.whatif.act_undo.shortcut().toString() == "Ctrl+Z"
    assert window.whatif.act_redo.shortcut().toString() == "Ctrl+Shift+Z"


def test_save_open_round_trip_recent_files_and_clean_state(window, settle, tmp_path):
    from core.scenario import load_scenario_file
    from gui.window.session import recent_files

    p = window.presenter
    start = p.scenario
    p.set_values({"datacenter.pue": 1.37, "model.parameters": 3.3e10, "name": "Round trip"})
    assert window.isWindowModified()
    path = tmp_path / "round.json"
    assert window.files.save_file(str(path))
    assert not window.isWindowModified()
    saved = p.scenario
    # the file holds the scenario and the baseline it is read against (the one the session started from)
    assert load_scenario_file(str(path)) == saved.with_baseline(start)
    assert json.loads(path.read_text())["schema_version"] == 6
    p.set_value("datacenter.pue", 1.9)
    assert window.isWindowModified()
    assert window.files.open_file(str(path))
    assert p.scenario == saved and not window.isWindowModified()
    assert recent_files()[0] == str(path.resolve())
    names = [a.text() for a in window.whatif.recent_menu.actions()]
    assert any("round.json" in n for n in names)
    window.whatif.undo.stack.undo()  # opening is undoable too
    assert p.scenario.datacenter.pue == 1.9


def test_old_schema_file_migrates(window):
    assert window.files.open_file(str(FIXTURE_V1))
    s = window.presenter.scenario
    assert s.schema_version == 6
    assert s.model.parameters == 7e10 and s.datacenter.pue == 1.3 and s.inference.weight_bits == 8


BAD_FILES = {
    "corrupt.json": (b'{"schema_version": 2, "name": ', "JSON"),
    "truncated.json": None,  # filled from a real file, cut in half
    "oversized.json": (b" " * 2_100_000 + b"{}", "at most"),
    "wrong_types.json": (b'{"schema_version": 2, "datacenter": {"pue": "lots"}}', "datacenter.pue"),
    "unknown_keys.json": (b'{"schema_version": 2, "rocket": {"fuel": 1}}', "rocket"),
    "deep.json": (b'{"a": ' * 500 + b"1" + b"}" * 500, "nest"),
    "nan.json": (b'{"schema_version": 2, "datacenter": {"pue": NaN}}', "NaN"),
    "duplicate.json": (b'{"schema_version": 2, "name": "a", "name": "b"}', "duplicate"),
    "binary.json": (bytes(range(256)) * 4, ""),
    "empty.json": (b"", ""),
    "future.json": (b'{"schema_version": 99}', "schema_version"),
    "out_of_range.json": (b'{"schema_version": 2, "datacenter": {"pue": 9}}', "1"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_every_kind_of_bad_file_gets_a_clear_message_and_the_scenario_survives(
    window, tmp_path, warnings, name
):
    from core.scenario import dumps_scenario

    p = window.presenter
    p.set_value("datacenter.pue", 1.23)
    before = p.scenario
    path = tmp_path / name
    if name == "truncated.json":
        text = dumps_scenario(before).encode()
        path.write_bytes(text[: len(text) // 2])
        expect = ""
    else:
        data, expect = BAD_FILES[name]
        path.write_bytes(data)
    assert window.files.open_file(str(path)) is False
    assert p.scenario is before
    assert len(warnings) == 1
    message = warnings[0][1]
    assert len(message) > 15 and "Traceback" not in message
    assert expect.lower() in message.lower(), message
    assert window.file_path != str(path)


def test_missing_and_directory_files_are_refused(window, tmp_path, warnings):
    before = window.presenter.scenario
    assert window.files.open_file(str(tmp_path / "nope.json")) is False
    assert window.files.open_file(str(tmp_path)) is False
    assert window.presenter.scenario is before and len(warnings) == 2


def test_compare_ratios_match_the_core_for_up_to_four(window, settle):
    from core.analysis import compare

    view = window.whatif.compare
    window.whatif.compare_dock.show()
    p = window.presenter
    assert view.pin_current()
    a = p.scenario
    p.set_value("datacenter.pue", 1.6)
    view.refresh()
    assert view.rows[0] == compare(a, p.scenario)
    energy = view.rows[0][0]
    assert energy["ratio"] == pytest.approx(1.6 / a.datacenter.pue)  # facility energy follows the PUE
    assert "B uses" in view.words.text() and "more energy than A" in view.words.text()
    cell = view.table.item(0, 1).text()
    from core.units import significant

    assert f"({significant(energy['ratio'], 3)}× A)" in cell
    # the chart's bars are log10 of those ratios
    heights = view.bars[1].opts["height"]
    assert heights[0] == pytest.approx(math.log10(energy["ratio"]))
    assert view.pin_current() and view.pin_current()
    assert view.table.columnCount() == 4
    assert not view.pin_current()  # a fifth is refused
    p.set_value("datacenter.region", "FR")
    view.refresh()
    rows_d = compare(view.pinned[0].scenario, p.scenario)
    assert [r["ratio"] for r in view.rows[-1]] == pytest.approx([r["ratio"] for r in rows_d])
    assert "D uses" in view.words.text()


def finite_difference_order(scenario, output):
    """Each uncertain input alone at its low and high bound, computed input by input with the core."""
    from core.estimator import compute, resolve
    from core.uncertainty import RANGES

    x = resolve(scenario)
    swings: dict[str, float] = {}
    for rg in RANGES:
        key = "pue" if rg.key == "pue_overhead" else rg.key
        values = []
        for factor in (rg.low, rg.high):
            y = dict(x)
            if rg.key == "pue_overhead":
                y["pue"] = 1.0 + float(np.clip((x["pue"] - 1.0) * factor, *rg.clip))
            else:
                y[key] = float(np.clip(x[key] * factor, *rg.clip))
            values.append(float(compute(y)[output]))
        swings[rg.label] = swings.get(rg.label, 0.0) + (values[1] - values[0])
    return [k for k, v in sorted(swings.items(), key=lambda kv: abs(kv[1]), reverse=True) if abs(v) > 0]


@pytest.mark.parametrize("output", ["lifecycle.co2e_kg", "inference.energy_per_query_wh"])
def test_tornado_order_matches_core_finite_differences_and_click_focuses(window, settle, output):
    window.whatif.analysis_dock.show()
    view = window.whatif.analysis.tornado
    view.output.setCurrentIndex(view.output.findData(output))
    view.refresh()
    order = finite_difference_order(window.presenter.scenario, output)
    assert [b.field for b in view.bars] == order[: len(view.bars)]
    assert len(view.bars) >= 3
    # live: a change re-draws
    first_swing = view.bars[0].swing
    window.presenter.set_value("datacenter.pue", 1.8)
    settle(window.presenter)
    view.refresh()
    assert view.bars[0].swing != first_swing
    # clicking the top bar focuses that input
    focused = []
    view.focusField.connect(focused.append)
    top_y = len(view.bars) - 1
    assert view.bar_at(top_y).field == view.bars[0].field
    assert view.bar_at(top_y + 0.5) is None
    field = next(b.field for b in view.bars if b.field in window.inputs)
    assert window.focus_input(field)
    assert window.inputs[field].box.hasFocus() or window.focusWidget() is window.inputs[field].box


def test_sweep_matches_the_core_and_marks_the_current_value(window, settle):
    from core.analysis import sweep
    from core.estimator import estimate

    window.whatif.analysis_dock.show()
    view = window.whatif.analysis.sweep
    view.set_sweep("datacenter.pue", "lifecycle.co2e_kg")
    s = window.presenter.scenario
    xs, ys = sweep(s, "datacenter.pue", "lifecycle.co2e_kg", 60)
    assert np.allclose(view.xs, xs) and np.allclose(view.ys, ys)
    assert view.xs[0] == pytest.approx(1.0) and view.xs[-1] >= 2.0
    assert np.all(np.diff(view.ys) > 0)  # more overhead, more CO2e
    mx, my = view.marker.getData()
    factor = view.ys.max() / view.curve.getData()[1].max()
    assert mx[0] == s.datacenter.pue  # PUE sweeps on a linear axis
    assert my[0] * factor == pytest.approx(estimate(s)["lifecycle.co2e_kg"], rel=1e-9)
    view.set_sweep("inference.batch_size", "inference.energy_per_query_wh")
    assert view.ys[0] > view.ys[-1]  # bigger batches share the weights' reads: less energy per query
    assert view.vline.value() == pytest.approx(
        math.log10(s.inference.batch_size) if view.log_x else s.inference.batch_size
    )


def test_equivalents_state_their_scale_factor_and_source(window):
    from core.analysis import EQUIVALENTS, energy_label, scaled
    from core.estimator import estimate

    window.whatif.analysis_dock.show()
    view = window.whatif.analysis.equivalents
    r = estimate(window.presenter.scenario)
    for key in ("per_query", "per_day", "deployment"):
        view.scale.setCurrentIndex(view.scale.findData(key))
        stated = scaled(r, key)
        assert view.stated["energy_kwh"] == pytest.approx(stated["energy_kwh"])
        assert stated["label"] in view.headline.text()
        for i, e in enumerate(EQUIVALENTS):
            assert view.table.item(i, 1).text() == e.unit
            assert (
                e.source in view.table.item(i, 2).text()
                and stated["label"] in view.table.item(i, 0).toolTip()
            )
            assert f"{e.per_unit:,.6g}" in view.table.item(i, 2).text()
    view.scale.setCurrentIndex(view.scale.findData("population"))
    view.people.setValue(2_000_000)
    view.times.setValue(5)
    q = r["inference.energy_per_query_wh"] / 1000
    assert view.stated["energy_kwh"] == pytest.approx(q * 2e6 * 5)
    assert "2,000,000 people asked 5 times a day" in view.headline.text()
    assert view.label.letter == energy_label(r["inference.energy_per_query_wh"])
    assert "Wh" in view.basis.text()


def test_sample_count_setting_validates_and_is_undoable(window, warnings):
    tools = window.whatif
    assert tools.set_samples(5000) is None
    assert window.presenter.scenario.uncertainty.samples == 5000
    err = tools.set_samples(50)
    assert err == "Samples: 50 is out of range; allowed 100–1000000"  # the model's 100 to 1,000,000
    assert window.presenter.scenario.uncertainty.samples == 5000 and warnings == [("Not applied", err)]
    tools.undo.stack.undo()
    assert window.presenter.scenario.uncertainty.samples != 5000


def test_user_defined_accelerator_grid_and_profile(window, settle, tmp_path):
    from core.scenario import load_scenario_file
    from gui.inputs.custom_defs import CustomDefinitionsDialog, library
    from gui.inputs.pickers import ID_ROLE

    dlg = CustomDefinitionsDialog(window.presenter, window)
    bad = dlg.add(
        "accelerators",
        "user:bad",
        {
            "name": "Bad",
            "tdp_w": 99999,
            "peak_tflops": {"bf16": 10},
            "memory_gb": 80,
            "memory_bandwidth_gbps": 2000,
        },
        {},
    )
    assert bad == "TDP: 99999 is out of range; allowed 1–5000 W"  # the dialog's label, never tdp_w
    dlg.acc_name.setText("Lab GPU 2026")
    dlg.acc_tdp.setValue(1000)
    assert dlg.add_current() is None
    s = window.presenter.scenario
    assert "user:lab-gpu-2026" in s.custom.accelerators and s.training.accelerator == "user:lab-gpu-2026"
    labels = [window.train_picker.model.item(r).text() for r in range(window.train_picker.model.rowCount())]
    assert any("Lab GPU 2026" in t and "(user-defined)" in t for t in labels)
    assert window.train_picker.current_id() == "user:lab-gpu-2026"
    dlg.tabs.setCurrentIndex(1)
    dlg.grid_name.setText("Site PPA")
    dlg.grid_g.setValue(55)
    assert dlg.add_current() is None
    assert window.presenter.scenario.datacenter.region == "user:site-ppa"
    ids = [window.region.model.item(r).data(ID_ROLE) for r in range(window.region.model.rowCount())]
    assert "user:site-ppa" in ids
    dlg.tabs.setCurrentIndex(2)
    dlg.prof_name.setText("Cold site")
    dlg.prof_pue.setValue(1.08)
    assert dlg.add_current() is None
    assert window.presenter.scenario.datacenter.pue == 1.08
    settle(window.presenter, full=True)
    from core.estimator import estimate

    assert window.presenter.snapshot.results["lifecycle.co2e_kg"] == pytest.approx(
        estimate(window.presenter.scenario)["lifecycle.co2e_kg"]
    )
    # saved with the scenario, and kept in the settings for reuse
    path = tmp_path / "custom.json"
    assert window.files.save_file(str(path))
    assert load_scenario_file(str(path)).custom == window.presenter.scenario.custom
    lib = library()
    assert "user:lab-gpu-2026" in lib["accelerators"] and "user:site-ppa" in lib["regions"]
    dlg.deleteLater()


def test_unsaved_changes_prompt_can_cancel_a_close(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    tools = window.whatif
    tools.ask_offscreen = True
    window.presenter.set_value("datacenter.pue", 1.44)
    assert window.isWindowModified()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    )
    assert window.close() is False and window.isVisible()
    assert "not saved" in asked[0]
    assert window.close() is True


def test_uncertainty_bands_on_the_sweep_and_whiskers_on_compare(window, settle):
    import time

    from core.analysis import BAND_SAMPLES
    from core.uncertainty import monte_carlo

    window.whatif.analysis_dock.show()
    view = window.whatif.analysis.sweep
    t0 = time.perf_counter()
    view.set_sweep("datacenter.pue", "lifecycle.co2e_kg")
    elapsed = time.perf_counter() - t0
    assert np.all(view.p5 <= view.band_ys * (1 + 1e-9)) and np.all(view.band_ys <= view.p95 * (1 + 1e-9))
    assert np.all(view.p95 > view.p5) and view.band_xs[0] == view.xs[0] and view.band_xs[-1] == view.xs[-1]
    s = window.presenter.scenario
    i = int(np.argmin(np.abs(view.band_xs - s.datacenter.pue)))
    at = s.with_values({"datacenter.pue": float(view.band_xs[i])})
    mc = monte_carlo(at, samples=BAND_SAMPLES)["lifecycle.co2e_kg"]
    assert view.p5[i] == pytest.approx(mc["p5"], rel=1e-9) and view.p95[i] == pytest.approx(
        mc["p95"], rel=1e-9
    )
    assert elapsed < 2.0
    compare = window.whatif.compare
    window.whatif.compare_dock.show()
    compare.pin_current()
    window.presenter.set_value("datacenter.pue", 1.5)
    compare.refresh()
    mc_a = monte_carlo(compare.pinned[0].scenario)["lifecycle.energy_kwh"]
    from core.estimator import estimate

    central = estimate(compare.pinned[0].scenario)["lifecycle.energy_kwh"]
    top = compare.whiskers[0].opts["top"][0]
    assert top == pytest.approx(math.log10(mc_a["p95"] / central))
    assert "p5–p95" in compare.table.item(0, 0).toolTip()


def test_a_slider_drag_is_one_undo_step(window, monkeypatch):
    from PySide6.QtCore import Qt

    import gui.window.undo

    class Held:
        @staticmethod
        def mouseButtons():
            return Qt.MouseButton.LeftButton

    p = window.presenter
    stack = window.whatif.undo.stack
    before, count = p.scenario, stack.count()
    monkeypatch.setattr(gui.window.undo, "QGuiApplication", Held)
    for i in range(30):  # one drag of the PUE slider
        p.set_value("datacenter.pue", round(1.2 + 0.01 * i, 2))
    p.set_value("training.mfu", 0.33)  # another input: a step of its own
    assert stack.count() == count + 2
    stack.undo()
    assert p.scenario.datacenter.pue == 1.49
    stack.undo()
    assert p.scenario == before


def test_reset_to_preset(window):
    window.load_preset("gpt3-175b")
    preset = window.presenter.scenario
    window.presenter.set_values({"datacenter.pue": 1.9, "model.parameters": 7e10})
    window.whatif.reset_to_preset()
    assert window.presenter.scenario == preset
