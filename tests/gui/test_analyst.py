"""The analyst's half in the window: named pins saved and reloaded, differing inputs in words, the levers'
tornado, Save As in Documents, Copy as tab-separated text, and the PDF's summary with the electricity cost."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication

from core.labels import INPUT_LABELS


def test_every_core_label_is_marked_for_translation():
    from gui.whatif.labels import LABELS

    assert {p: e.label for p, e in INPUT_LABELS.items()} == LABELS


def _compare(window):
    window.whatif.compare_dock.show()
    view = window.whatif.compare
    view.refresh()
    return view


def test_a_renamed_pin_is_saved_with_the_scenario_and_comes_back(window, qtbot, tmp_path, settle):
    view = _compare(window)
    window.load_preset("llama31-70b")
    settle(window.presenter)
    assert view.pin_current()
    assert view.names()[0] == "A: Llama 3.1 70B"
    assert view.pin_current()  # the same preset again: a name of its own
    assert view.names()[1] == "B: Llama 3.1 70B (2)"
    assert view.rename(0, "  Cloud   in the US ") is None
    assert view.names()[0] == "A: Cloud in the US"
    assert view.rename(0, "") is not None and view.names()[0] == "A: Cloud in the US"
    assert window.isWindowModified()
    path = tmp_path / "two pins.aiee.json"
    assert window.files.save_file(str(path))
    view.clear()
    window.reset_defaults()
    settle(window.presenter)
    assert view.pinned == []
    assert window.files.open_file(str(path))
    settle(window.presenter)
    assert [p.label for p in view.pinned] == ["Cloud in the US", "Llama 3.1 70B (2)"]
    assert window.whatif.compare_dock.isVisible() or window.compact.panel_page(window.whatif.compare_dock)
    assert window.presenter.scenario.pins == []  # the pins live in the comparison, not in the inputs
    assert view.table.horizontalHeaderItem(0).text() == "A: Cloud in the US"


def test_rename_asks_through_a_dialog(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    view = _compare(window)
    view.pin_current()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Baseline", True)))
    view.rename_button.click()
    assert view.names()[0] == "A: Baseline"


def test_the_comparison_lists_the_inputs_that_differ_in_words(window, settle):
    view = _compare(window)
    window.load_preset("llama31-70b")
    settle(window.presenter)
    view.pin_current()
    window.presenter.set_value("inference.weight_bits", 4, "4-bit")
    window.presenter.set_value("inference.batch_size", 128, "batch")
    settle(window.presenter)
    view.refresh()
    text = view.words.text()
    assert "B differs from A in: Batch size: 64 seqs → 128 seqs; Weight precision: 16-bit → 4-bit" in text
    assert "B uses about the same energy as A" in text and "energy per query" in text
    assert "inference." not in text


def test_tornado_ranks_the_decision_levers_in_words(window, qtbot, settle):
    window.whatif.analysis_dock.show()
    tornado = window.whatif.analysis.tornado
    tornado.output.setCurrentIndex(tornado.output.findData("inference.energy_kwh"))
    tornado.mode.setCurrentIndex(tornado.mode.findData("levers"))
    tornado.refresh()
    names = [row[0] for row in tornado.rows()[1:]]
    # serving energy follows the queries most (half and double: x4 apart), the grid does not move it
    assert names[0] == "Queries per day"
    assert "Grid region" not in names
    assert set(names) <= {"Queries per day", "Chip (training and serving)", "Parameters", "Batch size"}
    assert "halved" in tornado.legend.text()
    assert "(500k/day)" in tornado.note.text() and "(2M/day)" in tornado.note.text()
    ticks = tornado.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert all("." not in t for _y, t in ticks if not t[0].isdigit())
    tornado.mode.setCurrentIndex(tornado.mode.findData("uncertain"))
    tornado.refresh()
    labels = [row[0] for row in tornado.rows()[1:]]
    assert labels and not any("_" in n or n.count(".") for n in labels)


def test_save_as_proposes_the_name_in_documents(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seen = {}

    def fake(parent, caption, proposed, filters):
        seen.update(proposed=proposed, filters=filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    window.presenter.set_value("name", "Chat in Japan", "name")
    assert window.files.save_as_dialog() is False
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert seen["proposed"] == str(Path(docs) / "Chat in Japan.aiee.json")
    assert "*.aiee.json" in seen["filters"]


def test_save_as_adds_the_suffix(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    assert window.files.save_as_dialog()
    assert (tmp_path / "mine.aiee.json").is_file()


def _clipboard() -> str:
    return QGuiApplication.clipboard().text()


def test_copy_puts_every_table_on_the_clipboard_as_tsv(window, qtbot, settle):
    view = _compare(window)
    view.pin_current()
    window.presenter.set_value("inference.batch_size", 128, "batch")
    settle(window.presenter)
    view.refresh()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = _clipboard().splitlines()
    assert lines[0].split("\t")[1:] == view.names()
    assert lines[1].split("\t")[0] == "Lifetime energy"
    assert any(line.startswith("Batch size\t64 seqs\t128 seqs") for line in lines)
    # the tornado, through its context-menu action
    window.whatif.analysis_dock.show()
    tornado = window.whatif.analysis.tornado
    tornado.refresh()
    copy = next(a for a in tornado.plot.actions() if a.text() == "Copy table")
    copy.trigger()
    rows = [line.split("\t") for line in _clipboard().splitlines()]
    assert rows[0][0] == "Input" and len(rows) == len(tornado.bars) + 1
    assert all(len(r) == 6 for r in rows)
    # the sites table: two sites, copied with their headings
    window.panel.sites.add_site()
    window.panel.sites.add_site()
    settle(window.presenter)
    table = window.panel.sites.table
    table.clearSelection()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = [line.split("\t") for line in _clipboard().splitlines()]
    assert rows[0][:3] == ["Region", "Load share (%)", "PUE"] and len(rows) == 3
    # the equivalents
    window.whatif.analysis.setCurrentIndex(2)
    eq = window.whatif.analysis.equivalents
    eq.refresh()
    qtbot.keyClick(eq.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert _clipboard().count("\t") >= 2 * eq.table.rowCount()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_opens_with_a_summary_in_words_with_the_cost_and_the_pins(window, tmp_path, settle):
    view = _compare(window)
    window.load_preset("llama31-70b")
    settle(window.presenter)
    view.pin_current()
    view.rename(0, "Cloud in the US")
    window.presenter.set_value("inference.weight_bits", 4, "4-bit")
    settle(window.presenter)
    path = tmp_path / "r.pdf"
    assert window.whatif.export(str(path))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    text = text.replace("\ufb00", "ff").replace("\ufb01", "fi").replace("\ufb02", "fl")  # ligatures
    first = text.split("\f")[0]
    assert "Llama 3.1 70B (edited)" in first
    assert "Summary" in first and "Electricity cost" in first
    assert "Weight precision: 16-bit → 4-bit" in first
    assert "Cloud in the US" in first and "B differs from A in: Weight precision" in first
    cost = window.presenter.snapshot.cost
    assert cost  # the window's own figure is in the PDF
    from gui.charts.cost import money

    assert money(cost["values"]["lifecycle_energy"], cost["pricing"].currency) in first
    for raw in ("model.parameters", "inference.", "e+0", "e+1", "e-0"):
        assert raw not in text.split("Assumptions")[0], raw


def test_at_1024x768_charts_are_pages_and_the_panels_take_their_place(window, qtbot, settle):
    from PySide6.QtCore import QSize

    from gui.diagnostics.layout import fit_to_screen

    fit_to_screen(window, QSize(1024, 768))
    grid = window.chart_area
    pages = grid.pages
    assert grid.compact and pages.count() == 4
    pages.setCurrentWidget(window.location)
    qtbot.waitUntil(lambda: window.location.height() > 350)  # a whole page: every grid's row has room
    window.menus.actions["compare"].trigger()
    window.menus.actions["analysis"].trigger()
    qtbot.waitUntil(lambda: pages.count() == 6)
    qtbot.wait(400)
    assert pages.currentWidget() is window.compact.panel_page(window.whatif.analysis_dock)
    assert not window.whatif.compare_dock.isVisible() and not window.whatif.analysis_dock.isVisible()
    frame = window.frameGeometry()
    assert frame.width() <= 1024 and frame.height() <= 768
    pages.tabCloseRequested.emit(pages.indexOf(window.compact.panel_page(window.whatif.compare_dock)))
    assert pages.count() == 5 and not window.whatif.compare_dock.isVisible()
    window.menus.actions["compare"].trigger()  # opens the page again
    qtbot.waitUntil(lambda: pages.count() == 6)
    pages.tabCloseRequested.emit(pages.indexOf(window.compact.panel_page(window.whatif.compare_dock)))
    # a large screen: the grid again, the open panel back in its dock
    fit_to_screen(window, QSize(1920, 1080))
    qtbot.waitUntil(lambda: not grid.compact)
    assert pages.count() == 1 and window.whatif.analysis_dock.isVisible()
    assert window.whatif.analysis_dock.widget() is window.whatif.analysis
    assert not window.whatif.compare_dock.isVisible()
    assert window.whatif.compare_dock.widget() is window.whatif.compare


def test_the_sites_table_picks_regions_with_the_main_pickers_list(window, qtbot, settle):
    from PySide6.QtWidgets import QComboBox

    from gui.inputs.pickers import ID_ROLE

    sites = window.panel.sites
    sites.add_site()
    settle(window.presenter)
    table = sites.table
    assert table.item(0, 0).text() == "United States (US)"
    table.edit(table.model().index(0, 0))
    editor = table.findChild(QComboBox)
    assert (
        editor is not None and editor.model() is window.panel.region.model
    )  # the same list, groups included
    row = next(r for r in range(editor.model().rowCount()) if editor.model().item(r).data(ID_ROLE) == "JP")
    editor.setCurrentIndex(row)
    editor.activated.emit(row)
    settle(window.presenter)
    assert [s.region for s in window.presenter.scenario.datacenter.sites] == ["JP"]
    assert table.item(0, 0).text() == "Japan (JP)"
    # typing part of a name finds it, as in the main picker
    table.edit(table.model().index(0, 0))
    editor = table.findChild(QComboBox)
    completer = editor.completer()
    completer.setCompletionPrefix("franc")
    assert completer.currentCompletion().startswith("France")
    # powers read in W, kW or MW, never with an exponent
    assert "e" not in table.item(0, 3).text().split()[0] and table.item(0, 3).text().endswith("W")


def test_pins_are_autosaved_and_restored_with_their_names(window, settle):
    from core.scenario import Scenario
    from gui.window.session import Session

    view = _compare(window)
    view.pin_current()
    view.rename(0, "Before the change")
    saver = window.session.autosaver
    assert saver.save_now()
    found, _when = saver.slots.read()  # what a restart after a crash offers
    assert [p.label for p in found.pins] == ["Before the change"]
    # a session started from a file with pins: the pins go to the comparison, the inputs to the presenter
    session = Session(Scenario().with_pins(found.pins))
    assert [p.label for p in session.pins] == ["Before the change"]
    assert session.presenter.scenario.pins == []
    session.autosaver.clean_exit()


@pytest.mark.parametrize(("size", "lang"), [("1024x768", "ja"), ("1366x768", "en")])
def test_the_comparison_and_analysis_pages_pass_the_layout_check(window, qtbot, settle, size, lang):
    """No clipped or overlapping text, bars from their zero (the tornado's is the central result) and a window
    within the screen, with each panel open as a page on a projector and a laptop."""
    from PySide6.QtCore import QSize

    from gui import i18n
    from gui.diagnostics.layout import check_layout, fit_to_screen

    if lang != "en":
        i18n.switch_language(lang, window.retranslate)
    w, h = map(int, size.split("x"))
    window.load_preset("llama31-70b")
    settle(window.presenter, full=True)
    window.whatif.pin()
    window.presenter.set_value("inference.weight_bits", 4, "4-bit")
    settle(window.presenter, full=True)
    fit_to_screen(window, QSize(w, h))
    problems = []
    window.menus.actions["compare"].trigger()
    qtbot.waitUntil(lambda: window.compact.panel_page(window.whatif.compare_dock) is not None)
    settle(window.presenter, full=True)
    problems += check_layout([window], QSize(w, h))
    window.menus.actions["analysis"].trigger()
    qtbot.waitUntil(lambda: window.compact.panel_page(window.whatif.analysis_dock) is not None)
    analysis = window.whatif.analysis
    for tab in range(analysis.count()):
        analysis.setCurrentIndex(tab)
        qtbot.wait(150)
        problems += [f"tab {tab}: {p}" for p in check_layout([window], QSize(w, h))]
    analysis.tornado.mode.setCurrentIndex(analysis.tornado.mode.findData("levers"))
    analysis.setCurrentIndex(0)
    qtbot.wait(150)
    problems += [f"levers: {p}" for p in check_layout([window], QSize(w, h))]
    if lang != "en":
        i18n.switch_language("en", window.retranslate)
    assert problems == []
