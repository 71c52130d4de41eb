"""The baseline saved with the scenario file (schema 6), driven through the window: Set as baseline is an
undoable change that marks the document modified; Save keeps it; Open restores its ghosts and deltas (a file
without one is its own baseline); the PDF summary says "baseline -> now"; Open starts in the last file's folder,
else in Documents."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from core.baseline import saved_baseline_changes
from core.estimator import estimate
from core.lessons import percent
from core.scenario import Pin, Scenario, dumps_scenario

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "scenario_v1.json"
RATIO = 1.09 / 1.58 - 1  # facility energy and the bill are IT energy x PUE: -31.0 %


def type_pue(window, qtbot, settle, text: str) -> None:
    box = window.inputs["datacenter.pue"].box
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window.presenter, full=True)


def shows_baseline(window) -> bool:
    return window.breakdown.ghosts["energy"].isVisible() and window.lifetime.ghost.isVisible()


def test_set_as_baseline_is_undoable_and_marks_the_document_modified(window, qtbot, settle, tmp_path):
    type_pue(window, qtbot, settle, "1.58")
    assert window.files.save_file(str(tmp_path / "a.aiee.json"))
    assert not window.isWindowModified()
    before = window.session.baseline
    window.menus.actions["set_baseline"].trigger()  # Ctrl+B
    assert window.session.baseline is window.presenter.scenario and window.isWindowModified()
    undo = window.whatif.act_undo
    assert undo.text().endswith("Set as baseline") and undo.isEnabled()
    undo.trigger()
    assert window.session.baseline is before and not window.isWindowModified()
    window.whatif.act_redo.trigger()
    assert window.session.baseline.datacenter.pue == 1.58 and window.isWindowModified()


def test_save_keeps_the_baseline_and_open_restores_its_ghosts_and_deltas(window, qtbot, settle, tmp_path):
    type_pue(window, qtbot, settle, "1.58")
    window.menus.actions["set_baseline"].trigger()
    type_pue(window, qtbot, settle, "1.09")
    want = f"{percent(RATIO)} vs baseline"
    assert window.headline.energy.delta.text() == want == "−31 % vs baseline"
    path = tmp_path / "moved.aiee.json"
    assert window.files.save_file(str(path))
    data = json.loads(path.read_text())
    assert data["schema_version"] == 6
    assert data["baseline"]["datacenter"]["pue"] == 1.58 and data["datacenter"]["pue"] == 1.09
    assert data["baseline"]["baseline"] is None and data["baseline"]["pins"] == []
    # another document, which is its own baseline: saved without one
    window.reset_defaults()
    settle(window.presenter, full=True)
    plain = tmp_path / "plain.aiee.json"
    assert window.files.save_file(str(plain))
    assert json.loads(plain.read_text())["baseline"] is None
    assert not shows_baseline(window)
    # opening the first file brings its "before" back: ghosts on the charts, the change on every card
    assert window.files.open_file(str(path))
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.09 and window.presenter.scenario.baseline is None
    assert window.session.baseline.datacenter.pue == 1.58
    assert window.headline.energy.delta.text() == want and window.headline.cost.delta.text() == want
    assert shows_baseline(window) and not window.isWindowModified()
    # saved again unchanged: the same file, baseline included
    assert window.files.save_file(str(path)) and json.loads(path.read_text()) == data
    # a file without a baseline clears it: the file is its own baseline, nothing to show as a change
    assert window.files.open_file(str(plain))
    settle(window.presenter, full=True)
    assert window.session.baseline is window.presenter.scenario
    assert window.headline.energy.delta.text() == "= baseline" and not shows_baseline(window)
    assert not window.isWindowModified()


def test_a_schema_5_file_and_the_oldest_file_open_without_a_baseline(window, qtbot, settle, tmp_path):
    old = json.loads(
        dumps_scenario(Scenario(name="Five").with_pins([Pin(label="Mine", scenario=Scenario())]))
    )
    old.pop("baseline")
    old["schema_version"] = 5
    for pin in old["pins"]:
        pin["scenario"].pop("baseline")
        pin["scenario"]["schema_version"] = 5
    path = tmp_path / "five.aiee.json"
    path.write_text(json.dumps(old))
    type_pue(window, qtbot, settle, "1.58")
    window.menus.actions["set_baseline"].trigger()
    type_pue(window, qtbot, settle, "1.09")
    assert shows_baseline(window)
    assert window.files.open_file(str(path))
    settle(window.presenter, full=True)
    assert window.presenter.scenario.name == "Five" and [p.label for p in window.session.pins] == ["Mine"]
    assert window.session.baseline is window.presenter.scenario and not shows_baseline(window)
    assert window.files.open_file(str(FIXTURE_V1))
    settle(window.presenter, full=True)
    s = window.presenter.scenario
    assert s.schema_version == 6 and s.baseline is None and s.datacenter.pue == 1.3
    assert window.session.baseline is s and window.headline.energy.delta.text() == "= baseline"


def pdf_pages(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def test_the_pdf_summary_says_baseline_then_now(window, qtbot, settle, tmp_path):
    from gui.export.summary import baseline_html, everyday

    type_pue(window, qtbot, settle, "1.58")
    window.presenter.set_value("name", "Before the move", "name")
    window.menus.actions["set_baseline"].trigger()
    type_pue(window, qtbot, settle, "1.09")
    path = tmp_path / "report.pdf"
    assert window.whatif.export(str(path))  # File > Export report…, with the session's document
    first = pdf_pages(path)[0]
    assert "Against the baseline “Before the move”" in first
    lines = {
        line.split()[0] + " " + line.split()[1]: line for line in first.splitlines() if "Lifetime" in line
    }
    # by hand: the energy then, and now at 1.09 / 1.58 of it; the change as the cards say it
    e0 = estimate(window.session.baseline)["lifecycle.energy_kwh"]
    energy = lines["Lifetime energy"]
    assert everyday(e0, "kWh") in energy and everyday(e0 * 1.09 / 1.58, "kWh") in energy
    assert energy.rstrip().endswith("−31 %")
    assert lines["Lifetime electricity"].rstrip().endswith("−31 %")
    co2 = saved_baseline_changes(window.session.document())["rows"][1]["change"]
    assert lines["Lifetime CO2e"].rstrip().endswith(percent(co2))
    assert "Lifetime water" in lines
    # a scenario that keeps no baseline says none
    assert baseline_html(None) == []
    # the report's chart sheet draws the baseline as the window does: ghosts, and each card's change
    from gui.export.report import ReportSheet

    sheet = ReportSheet(window.session.document())
    assert sheet.headline.energy.delta.text() == "−31 % vs baseline"
    assert sheet.breakdown.ghosts["energy"].isVisible() and sheet.lifetime.ghost.isVisible()
    sheet.hide()
    plain = ReportSheet(window.presenter.scenario)
    assert not plain.breakdown.ghosts["energy"].isVisible() and plain.headline.energy.delta.text() == ""
    plain.hide()


def test_open_starts_in_the_last_files_folder_else_in_documents(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from gui.window.files import documents_folder
    from gui.window.session import clear_recent_files, remember_file

    seen = []

    def fake(parent, caption, where, filters):
        seen.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    clear_recent_files()
    window.whatif.open_dialog()
    assert seen[-1] == str(documents_folder())
    folder = tmp_path / "analyses"
    folder.mkdir()
    assert window.files.save_file(str(folder / "mine.aiee.json"))
    window.whatif.open_dialog()
    assert seen[-1] == str(folder)
    # a new session with no file yet starts where the newest recent file is, while its folder exists
    window.session.file_path = None
    window.whatif.open_dialog()
    assert seen[-1] == str(folder.resolve())
    gone = tmp_path / "gone"
    gone.mkdir()
    remember_file(str(gone / "old.aiee.json"))
    gone.rmdir()
    window.whatif.open_dialog()
    assert seen[-1] == str(documents_folder())


@pytest.fixture(autouse=True)
def _no_recent_files():
    from gui.window.session import clear_recent_files

    yield
    clear_recent_files()
