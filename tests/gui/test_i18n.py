"""Japanese and English: the catalogue, the compiled .qm, the bundled font, switching at run time.

The widget-tree walk is the real check: after switching to Japanese no English word may remain on screen
but units, abbreviations and proper nouns (the short allow-list below), with the data rows' own names
(chips, regions, published profiles) and the citations set aside.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "aiee_ja.ts"
QM = ROOT / "resources" / "i18n" / "aiee_ja.qm"
FONT = ROOT / "resources" / "fonts" / "NotoSansJP-Regular-subset.otf"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%\d")

#: Words that may stay in Latin letters in the Japanese window: units and their prefixes, abbreviations a
#: Japanese reader uses as such, product and proper names, key names, and the language's own name.
ALLOWED = {
    *[
        "Wh",
        "kWh",
        "MWh",
        "GWh",
        "TWh",
        "PWh",
        "mWh",
        "W",
        "kW",
        "MW",
        "GW",
        "TW",
        "mL",
        "ML",
        "GL",
        "kL",
        "kt",
        "Mt",
        "Gt",
        "kg",
        "m",  # of m³, the unit water is shown in beyond ten cubic metres (core.units.format_water)
        "Mg",
        "ms",
    ],
    *[
        "t",
        "g",
        "L",
        "J",
        "s",
        "GB",
        "CO2e",
        "CO2",
        "gCO2e",
        "PUE",
        "WUE",
        "MFU",
        "TDP",
        "FLOP",
        "FLOPs",
        "TFLOP",
        "TFLOPS",
        "GPU",
        "GPUs",
        "TPU",
        "ASIC",
        "HBM",
        "MoE",
        "SXM",
    ],
    *["IT", "CPU", "PDF", "CSV", "JSON", "PNG", "SVG"],
    *["A", "B", "C", "D"],  # the compared scenarios' letters
    *["AI", "Esc", "Alt", "F11", "English"],
    *["GPT", "BLOOM", "LLaMA", "Llama", "DeepSeek", "NVIDIA", "Google", "Meta", "Microsoft", "AWS", "OpenAI"],
}
DATA_WIDGETS = {"citation"}  # objectNames whose text is a citation (authors, titles) shown as published


def catalogue() -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for ctx in ET.parse(TS).getroot().findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            out.append((ctx.findtext("name") or "", msg.findtext("source") or "", tr.text, tr.get("type")))
    return out


def test_catalogue_is_complete_and_placeholders_match():
    messages = catalogue()
    assert len(messages) > 300
    unfinished = [(c, s) for c, s, _, kind in messages if kind is not None or not _]
    assert not unfinished, unfinished[:10]
    for ctx, source, translation, _ in messages:
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (ctx, source)
        if "&" in source.replace("&amp;", "") and re.search(r"&\w", source):
            assert re.search(r"&\w", translation), f"keyboard accelerator lost: {ctx}: {source}"
        if source.startswith("<p>"):
            assert translation.startswith("<p>") and translation.endswith("</p>")


def test_every_string_of_the_source_is_in_the_catalogue():
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool

    assert tool.check() == []


def test_a_text_two_helpers_translate_is_found_under_each_of_their_contexts(qapp):
    """ "Input" is translated by the teacher's tools ("Teacher"), the report ("Report") and the tornado table
    ("Analysis"); the catalogue had it under the first file's context only, and the table said "Input" in
    Japanese."""
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    i18n.apply_language(qapp, "ja")
    try:
        for context in ("Teacher", "Report", "Analysis"):
            assert QCoreApplication.translate(context, "Input") == "入力", context
        assert QCoreApplication.translate("Report", "{n} sites").format(n=3) == "3拠点"
    finally:
        i18n.apply_language(qapp, "en")


def test_compiled_qm_is_up_to_date(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    import i18n as tool

    fresh = tmp_path / "fresh.qm"
    tool.release(TS, fresh)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make i18n` and commit aiee_ja.qm"


def test_bundled_font_covers_every_translated_character():
    from fontTools.ttLib import TTFont

    cmap = TTFont(str(FONT)).getBestCmap()
    text = "".join(t or "" for _, _, t, _ in catalogue())
    # the lessons' Japanese lives in their files (resources/lessons), which tools/build_font.py reads too
    lessons = sorted((ROOT / "resources" / "lessons").glob("*.json"))
    text += "".join(p.read_text(encoding="utf-8") for p in lessons)
    missing = sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap})
    assert len(lessons) >= 8 and "データセンター" in text and not missing, "".join(missing)


def test_preset_marks_follow_the_presets_file():
    from gui.i18n_marks import PRESETS

    presets = json.loads((ROOT / "resources" / "presets.json").read_text(encoding="utf-8"))
    assert {p["id"]: (p["name"], p["description"]) for p in presets} == PRESETS


def test_grid_name_marks_follow_the_catalog():
    from core.catalog import catalog
    from core.compare import COMPARISON_GRIDS as CODES
    from gui.i18n_marks import COMPARISON_GRIDS

    regions = catalog().regions
    assert {code: regions[code].name for code in CODES} == COMPARISON_GRIDS


def test_default_language_follows_the_system_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    from gui import i18n

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.system_language() == "ja"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.system_language() == "en"


def test_numbers_and_dates_follow_the_language(qapp):
    import datetime

    from gui import i18n

    try:
        i18n.apply_language(qapp, "ja")
        assert i18n.format_number(1234567.5, 1) == "1,234,567.5"
        assert i18n.format_date(datetime.date(2026, 11, 29)) == "2026/11/29"
        i18n.apply_language(qapp, "en")
        assert i18n.format_date(datetime.date(2026, 11, 29)) == "11/29/26"
    finally:
        i18n.apply_language(qapp, "en")


def test_japanese_font_first_and_size_untouched(qapp):
    from gui import i18n

    size = qapp.font().pointSizeF()
    try:
        i18n.apply_language(qapp, "ja")
        family = i18n.register_font()
        assert family and qapp.font().families()[0] == family
        assert qapp.font().pointSizeF() == size
        i18n.apply_language(qapp, "en")
        assert qapp.font().families()[0] != family
    finally:
        i18n.apply_language(qapp, "en")


# ----- the widget tree after a switch ---------------------------------------------------------------


def visible_texts(win) -> list[tuple[str, str]]:
    """(where, text) for everything the window shows as words, data rows and citations set aside."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QGroupBox, QLabel, QTabBar, QTableView

    from gui.charts.card import CardText, TextLine
    from gui.inputs.pickers import AcceleratorPicker, RegionPicker

    out = [("title", win.windowTitle())]
    for w in win.findChildren(QLabel):
        if isinstance(w.parentWidget(), AcceleratorPicker | RegionPicker):
            continue  # a catalog row's own specifications and source, as published
        if w.objectName() not in DATA_WIDGETS and w.isVisibleTo(win):
            out.append((f"label {w.objectName()}", re.sub(r"<[^>]+>", " ", w.text())))
    for w in win.findChildren(TextLine):
        if w.isVisibleTo(win):
            out.append(("textline", w.text()))
    for w in win.findChildren(CardText):
        if w.isVisibleTo(win):
            out += [("card line", line.text()) for line in w.lines]
    for w in win.findChildren(QAbstractButton):
        out.append(("button", w.text()))
        out.append(("button tip", w.toolTip()))
    for w in win.findChildren(QGroupBox):
        out.append(("group", w.title()))
    for w in win.findChildren(QDockWidget):
        out.append(("dock", w.windowTitle()))
    for w in win.findChildren(QTabBar):
        out += [("tab", w.tabText(i)) for i in range(w.count())]
    for w in win.findChildren(QTableView):
        model = w.model()
        out += [
            ("header", str(model.headerData(i, w.horizontalHeader().orientation())))
            for i in range(model.columnCount())
        ]
    for menu_action in win.menuBar().actions():
        out.append(("menu", menu_action.text()))
        for a in menu_action.menu().actions():
            if menu_action.menu().objectName() == "" and a.text() in ("English", "日本語"):
                continue
            out.append(("action", a.text()))
            if a.menu() is not None:
                # a recent file's entry is its name (user data, e.g. "1 s.json" after the save test)
                out += [
                    ("action", b.text())
                    for b in a.menu().actions()
                    if b.text() != "English"
                    and not (b.toolTip() and b.text().endswith(Path(b.toolTip()).name))
                ]
    for view in win.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem) and item.labelText:
                out.append(("axis", item.labelText))
    return out


def english_left(texts: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    left = []
    for where, text in texts:
        # numbers with prefixed units (8.03B, 15T, 131.1k) and citations "et al." are not words
        text = re.sub(r"&#?\w+;", " ", text)  # HTML entities (&nbsp;, &#9632;)
        text = re.sub(r"\(&\w\)|&(?=\w)", "", text)  # keyboard accelerators: 開く(&O)
        words = re.findall(r"[A-Za-z][A-Za-z0-9]*", re.sub(r"\bet al\b", "", text))
        words = [w for w in words if not re.fullmatch(r"[kMBTx]|[A-Z]?\d.*|[a-z]\d+", w)]
        bad = [w for w in words if w not in ALLOWED and not re.fullmatch(r"[A-Z]\d+\w*|v\d", w)]
        if bad:
            left.append((where, " ".join(bad), text[:90]))
    return left


def test_switching_to_japanese_retranslates_every_widget(window, qapp, qtbot):
    from gui import i18n

    window.extras.lessons.show()
    window.extras.explain.show()
    window.extras.explain.raise_()
    window.load_preset("llama31-8b")
    english = english_left(visible_texts(window))
    assert len(english) > 50  # the walk sees the English window
    scenario = window.presenter.scenario
    try:
        window.menus.languages["ja"].trigger()
        qtbot.waitUntil(lambda: window.windowTitle().endswith("AIエネルギー・エクスプローラー"))
        window.extras.lessons.show()
        window.extras.explain.show()
        window.extras.explain.raise_()  # the two docks share a tab: bring the explanation to the front
        qtbot.waitUntil(lambda: "生涯" in window.extras.explain.label.text(), timeout=5000)
        assert window.presenter.scenario == scenario  # the switch keeps the scenario
        # ... and the rebuilt inputs show it: every box its value, every picker its choice
        for path, inp in window.inputs.items():
            value = scenario.get(path)
            if value is not None:
                assert inp.box.text() == inp.format(value), path
                assert inp.slider.value() == inp.to_position(value), path
        assert window.precision.currentData() == scenario.training.precision
        assert window.weight_bits.currentData() == scenario.inference.weight_bits
        left = english_left(visible_texts(window))
        assert left == [], left[:20]
        assert window.menuBar().actions()[0].text() == "ファイル(&F)"
        # and back
        window.menus.languages["en"].trigger()
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
        assert window.presenter.scenario == scenario
    finally:
        i18n.apply_language(qapp, "en")


def test_qt_own_dialog_buttons_are_japanese(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui import i18n

    try:
        i18n.apply_language(qapp, "ja")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "キャンセル"
    finally:
        i18n.apply_language(qapp, "en")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_self_test_passes_in_each_language(lang):
    proc = subprocess.run(
        [sys.executable, "main.py", "--lang", lang, "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]


def test_lesson_command_lists_japanese_steps():
    proc = subprocess.run(
        [sys.executable, "main.py", "lesson", "--list", "--lang", "ja"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0
    assert "1. モデルの規模：パラメータ数とトークン数" in proc.stdout
    assert "量子化" in proc.stdout and "知識蒸留" in proc.stdout


def test_undo_history_survives_a_language_switch(window, settle, qtbot):
    """A teacher switching language mid-lesson keeps Ctrl+Z: the steps, the position and the saved mark."""
    start = window.presenter.scenario
    for values in ({"datacenter.pue": 1.3}, {"model.parameters": 3e10}):
        assert window.presenter.set_values(values) is None
        settle(window.presenter)
    stack = window.whatif.undo.stack
    stack.undo()  # back to PUE 1.3 with the first parameter count; the second step can be redone
    settle(window.presenter)
    here, count, index = window.presenter.scenario, stack.count(), stack.index()
    try:
        window.menus.languages["ja"].trigger()
        qtbot.waitUntil(lambda: window.windowTitle().endswith("AIエネルギー・エクスプローラー"))
        p, stack = window.presenter, window.whatif.undo.stack
        assert p.scenario == here  # carrying the history over changed nothing
        assert (stack.count(), stack.index()) == (count, index)
        stack.redo()
        settle(p)
        assert p.scenario.model.parameters == 3e10 and p.scenario.datacenter.pue == 1.3
        while stack.canUndo():
            stack.undo()
        settle(p)
        assert p.scenario == start
    finally:
        window.menus.languages["en"].trigger()
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")


def test_a_language_switch_keeps_everything_the_user_had(window, qtbot, settle):
    """The switch is made in place: pins, the analysis tab, the splitter, the open docks, the undo history,
    the sweep's choices, the scroll position and the focus are all still there, and no widget or plot item
    was recreated (before, two pinned scenarios became none and the sweep, tab and splitter were reset)."""
    from PySide6.QtCore import Qt

    tools, extras = window.whatif, window.extras
    p = window.presenter
    tools.pin()
    assert p.set_value("datacenter.pue", 1.5) is None
    settle(p)
    tools.pin()
    tools.analysis_dock.show()
    analysis = tools.analysis
    analysis.setCurrentIndex(1)
    sweep = analysis.sweep
    sweep.input.setCurrentIndex(sweep.input.findData("inference.batch_size"))
    sweep.output.setCurrentIndex(sweep.output.findData("lifecycle.energy_kwh"))
    extras.lessons.show()
    window.splitter.setSizes([500, 866])
    sizes = window.splitter.sizes()
    window.scroll.verticalScrollBar().setValue(window.scroll.verticalScrollBar().maximum() // 2)
    scrolled = window.scroll.verticalScrollBar().value()
    assert scrolled > 0
    box = window.inputs["inference.batch_size"].box
    window.activateWindow()
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(box.hasFocus)
    stack = tools.undo.stack
    steps, index = stack.count(), stack.index()
    same = (tools.compare, analysis, sweep.plot, window.breakdown.stacks["energy"], window.headline, box)
    try:
        window.menus.languages["ja"].trigger()
        qtbot.waitUntil(lambda: window.windowTitle().endswith("AIエネルギー・エクスプローラー"))
        assert len(tools.compare.pinned) == 2
        assert analysis.currentIndex() == 1 and analysis.tabText(1) != "Sweep"
        assert sweep.input.currentData() == "inference.batch_size"
        assert sweep.output.currentData() == "lifecycle.energy_kwh"
        assert tools.analysis_dock.isVisible() and extras.lessons.isVisible()
        assert window.splitter.sizes() == sizes
        assert window.scroll.verticalScrollBar().value() == scrolled
        assert box.hasFocus()
        assert (stack.count(), stack.index()) == (steps, index)
        assert p.scenario.datacenter.pue == 1.5
        assert same == (
            window.whatif.compare,
            window.whatif.analysis,
            window.whatif.analysis.sweep.plot,
            window.breakdown.stacks["energy"],
            window.headline,
            window.inputs["inference.batch_size"].box,
        )
    finally:
        window.menus.languages["en"].trigger()
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
