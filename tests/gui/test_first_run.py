"""A first run that orients (issue 13, item 6): the welcome card and its three doors, Help's glossary and
keyboard shortcuts, the plain first sentence of every tooltip, and the everyday line under the cards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from core.compare import scenario_from_preset
from core.estimator import estimate


@pytest.fixture
def chat(window, settle):
    """The window on the chat-service preset (what it starts on without a file)."""
    window.load_preset("chat-service")
    settle(window.presenter, full=True)
    return window


def test_the_window_starts_on_a_chat_service_where_serving_passes_training():
    """UX review P2-5: with 8B at 1M queries a day, serving would pass training after 118 years. The start is
    Llama 3.1 70B at 700M questions a day (Jegham et al. 2025): training 7.0M H100-h x 700 W x PUE 1.08 x the
    development factor = 29.7 GWh; serving 72.1 GWh a year, about 198 MWh a day: 29.7 / 0.198 = 151 days."""
    from core.scenario import Scenario
    from gui.app import starting_scenario

    s = starting_scenario()
    assert s.preset == "chat-service" and s.inference.queries_per_day == 7e8
    r = estimate(s)
    assert r["training.energy_kwh"] == pytest.approx(7.0e6 * 0.700 * 1.08)  # 5.29 GWh, one run
    per_day = r["inference.energy_kwh"] / s.inference.deployment_days
    assert r["lifecycle.crossover_days"] == pytest.approx(r["lifecycle.training_energy_kwh"] / per_day)
    assert 100 < r["lifecycle.crossover_days"] < 200 < s.inference.deployment_days + 200
    assert r["inference.energy_kwh"] > r["lifecycle.training_energy_kwh"]
    # one chat question: 0.28 Wh, between Google's 0.24 Wh median Gemini prompt and Epoch AI's 0.3 Wh GPT-4o
    assert 0.2 < r["inference.energy_per_query_wh"] < 0.35
    assert Scenario().model.parameters == 8e9  # the estimator's own defaults are unchanged


def test_welcome_card_at_start_until_told_not_to_and_always_from_help(window, qtbot):
    from gui import settings

    tools = window.help_tools
    assert settings.read().show_welcome is True
    assert tools.show_at_start()
    card = tools.welcome
    qtbot.waitUntil(card.isVisible)
    assert not card.isModal()  # the window behind it works
    assert [b.text() for b in (card.tour, card.question, card.compare)] == [
        "The 10-minute tour",
        "How much does one question cost?",
        "Compare two deployments",
    ]
    card.dont_show.click()
    assert card.dont_show.isChecked()
    assert settings.read().show_welcome is False  # remembered in the typed settings
    card.close()
    assert not tools.show_at_start()
    assert not card.isVisible()
    # Help > Getting started shows it whatever the setting, with the box as stored
    window.menus.actions["getting_started"].trigger()
    qtbot.waitUntil(card.isVisible)
    assert card.dont_show.isChecked()
    card.dont_show.click()
    assert settings.read().show_welcome is True


def test_an_older_settings_document_shows_the_welcome_card():
    from gui.settings import parse

    assert parse({"schema_version": 1, "dark": True}).show_welcome is True
    assert parse({"schema_version": 1, "show_welcome": [1]}).show_welcome is True  # bad value: default


def test_the_tour_door_opens_the_first_lesson(window, qtbot, settle):
    card = window.help_tools.getting_started()
    QTest.mouseClick(card.tour, Qt.MouseButton.LeftButton)
    lessons = window.extras.lessons
    qtbot.waitUntil(lessons.isVisible)
    assert lessons.index == 0
    assert not card.isVisible()


def test_the_question_door_loads_the_chat_service_and_frames_the_per_query_card(window, qtbot, settle):
    card = window.help_tools.getting_started()
    QTest.mouseClick(card.question, Qt.MouseButton.LeftButton)
    settle(window.presenter, full=True)
    qtbot.wait(50)  # the door's words come back after the window's own change line
    assert window.presenter.scenario.preset == "chat-service"
    assert "E69F00" in window.headline.query.styleSheet()  # the orange frame
    wh = window.presenter.snapshot.results["inference.energy_per_query_wh"]
    assert f"{wh:.2f}" in window.statusBar().currentMessage()
    assert window.headline.query.value.text() == f"{wh:.3f} Wh"


def test_the_compare_door_pins_the_service_on_two_grids(window, qtbot, settle):
    card = window.help_tools.getting_started()
    QTest.mouseClick(card.compare, Qt.MouseButton.LeftButton)
    settle(window.presenter, full=True)
    qtbot.wait(50)
    compare = window.whatif.compare
    # shown: in its dock, or on a small window as a page in the charts' place (gui.window.compact)
    assert window.whatif.compare_dock.isVisible() or window.compact.panel_page(window.whatif.compare_dock)
    pins = compare.pinned
    names = [getattr(p, "label", None) or p.name for p in pins]  # a pin is a scenario, or a named one
    a, b = (getattr(p, "scenario", p) for p in pins)
    assert (a.datacenter.region, b.datacenter.region) == ("US", "FR")
    assert a.model == b.model and a.inference == b.inference  # only the grid differs
    ra, rb = estimate(a), estimate(b)
    assert rb["lifecycle.energy_kwh"] == pytest.approx(ra["lifecycle.energy_kwh"])  # the same energy
    assert rb["lifecycle.co2e_kg"] < ra["lifecycle.co2e_kg"] / 3  # France's grid: far less CO2e
    assert "United States" in names[0] and "France" in names[1]
    assert "A and B" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_glossary_is_searchable_in_both_languages(window, qtbot, qapp, lang):
    from gui import i18n
    from gui.help.glossary import GLOSSARY, matches

    if lang == "ja":
        i18n.switch_language("ja", window.retranslate)
    try:
        dialog = window.help_tools.glossary()
        qtbot.waitUntil(dialog.isVisible)
        assert not dialog.isModal()
        total = len(GLOSSARY)
        assert dialog.count.text() == (
            f"{total}語中{total}語" if lang == "ja" else f"{total} of {total} terms"
        )
        # the terms the issue names, each found by its English key word whatever the language
        for word in ("PUE", "MFU", "p5", "KV cache", "market-based", "WUE", "Embodied", "Tokens", "Batch"):
            assert matches(word), word
        QTest.keyClicks(dialog.search, "KV")
        shown = dialog.view.toPlainText()
        assert ("KVキャッシュ" if lang == "ja" else "KV cache") in shown
        assert dialog.count.text().startswith("1" if lang == "en" else f"{total}語中1")
        dialog.search.clear()
        dialog.search.setText(
            "likely range" if lang == "en" else "ありうる範囲"
        )  # keyClicks types ASCII only
        assert "p5" in dialog.view.toPlainText()  # p5-p95 explained as the likely range
        dialog.search.setText("zzzz")
        assert dialog.count.text() == (f"{total}語中0語" if lang == "ja" else f"0 of {total} terms")
        if lang == "ja":
            dialog.search.setText("量子化")
            assert "ビット" in dialog.view.toPlainText()
    finally:
        i18n.apply_language(qapp, "en")


def test_keyboard_shortcuts_come_from_the_action_table(window, qtbot):
    from gui.help.shortcuts import shortcut_rows
    from gui.window.menus import COMMANDS

    dialog = window.help_tools.shortcuts(window.menus)
    qtbot.waitUntil(dialog.isVisible)
    rows = shortcut_rows(window.menus)
    keyed = [c for c in COMMANDS if c.key in window.menus.actions and window.menus.actions[c.key].shortcuts()]
    assert len(rows) == len(keyed) == dialog.table.rowCount()
    table = {dialog.table.item(i, 0).text(): dialog.table.item(i, 1).text() for i in range(len(rows))}
    assert table["Guided lessons"] == "Ctrl+L"
    assert table["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert table["Classroom mode"] == "F5"
    assert table["Getting started"] == "F1"
    # a command given a key in the table appears here without a second list
    act = window.menus.actions["glossary"]
    assert isinstance(act, QAction) and "Glossary" not in table
    act.setShortcut("Ctrl+Shift+G")
    dialog.refresh()
    names = [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())]
    assert "Glossary" in names


def test_every_input_tooltip_starts_with_one_plain_sentence(window):
    from gui.inputs.fields import ALL_FIELDS
    from gui.inputs.plain import PLAIN

    assert set(PLAIN) == {f.path for f in ALL_FIELDS}
    for path, inp in window.inputs.items():
        first = inp.box.toolTip().split("\n")[0]
        assert first == PLAIN[path], path
        assert first.endswith(".") and first.count(". ") == 0, path  # one sentence
        assert "et al" not in first and "FLOP" not in first, path  # no citation, no jargon
        assert len(first) <= 110, path


def test_every_choice_input_tooltip_starts_with_one_plain_sentence(window):
    from gui.inputs.plain import PLAIN_CHOICES

    pickers = {
        "Training chip": window.train_picker.combo,
        "Precision": window.precision,
        "Serving chip": window.serve_picker.combo,
        "Profile": window.profile,
        "Grid region": window.region.combo,
        "Weight precision": window.weight_bits,
        "Currency": window.currency,
        "Serving stack": window.panel.stack,
        "Energy boundary": window.panel.boundary,
    }
    assert set(pickers) == set(PLAIN_CHOICES)
    for label, combo in pickers.items():
        assert combo.toolTip().split("\n")[0] == PLAIN_CHOICES[label], label
    # the expert line stays after it
    assert "peak FLOP/s" in window.precision.toolTip().split("\n")[1]


def test_the_everyday_line_puts_one_question_and_your_year_in_everyday_terms(chat, qtbot):
    """Hand-derived for the chat service: 0.2821 Wh a question x 20 a day x 365 = 2.059 kWh a year = 108
    phone charges at 0.019 kWh (US EPA 2024); the whole life 101.8 GWh = 9,501 US homes at 10,715 kWh (EIA)."""
    line = chat.chart_area.everyday
    r = chat.presenter.snapshot.results
    wh = r["inference.energy_per_query_wh"]
    assert wh == pytest.approx(0.2821, rel=1e-3)
    assert line.badge.letter == "C"  # 0.1 < 0.28 <= 0.3 Wh
    year_kwh = wh * 20 * 365 / 1000
    assert line.figures["year"]["energy_kwh"] == pytest.approx(year_kwh)
    text = line.text.text()
    assert "0.28 Wh, class C" in text
    assert "2.1 kWh" in text and f"≈ {round(year_kwh / 0.019)} phone charges" in text
    homes = r["lifecycle.energy_kwh"] / 10715
    assert round(homes, -1) == 9500
    assert "≈ 9,500 US homes" in text  # three significant figures: the estimate is not good to one home
    assert line.isVisible() and line.text.drawn_font().pointSizeF() > 0

    # the line sits between the cards and the charts, on the window's face
    def y(widget, at_bottom=False):  # in the window's coordinates (the charts sit in pages, gui.charts.grid)
        return widget.mapTo(chat, widget.rect().bottomLeft() if at_bottom else widget.rect().topLeft()).y()

    assert y(line) >= y(chat.headline, at_bottom=True)
    assert y(line, at_bottom=True) <= y(chat.breakdown)
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    tools = chat.whatif
    qtbot.waitUntil(tools.analysis_dock.isVisible)
    assert tools.analysis.currentWidget() is tools.analysis.equivalents


def test_the_everyday_line_counts_japanese_homes_in_japanese(chat, qapp, settle):
    from gui import i18n

    i18n.switch_language("ja", chat.retranslate)
    try:
        settle(chat.presenter, full=True)
        text = chat.chart_area.everyday.text.text()
        homes = chat.presenter.snapshot.results["lifecycle.energy_kwh"] / 3950  # 環境省 FY2022
        assert round(homes, -2) == 25800
        assert "日本の家庭 25,800 世帯" in text
        assert "省エネラベル C" in text
    finally:
        i18n.apply_language(qapp, "en")


def test_the_report_sheet_carries_the_everyday_line(qapp):
    from gui.export.report import ReportSheet

    sheet = ReportSheet(scenario_from_preset("chat-service"))
    assert sheet.grid.everyday.badge.letter == "C"
    assert "phone charges" in sheet.grid.everyday.text.text()
    sheet.deleteLater()


def test_the_crossover_label_is_never_cut_on_a_narrow_plot(chat, settle, qtbot):
    """At 1024 px the lifetime plot is too narrow for "crossover: day 151" on either side of its line: the
    day alone is shown, inside the plot; at 1366 px the words fit."""
    from PySide6.QtWidgets import QApplication

    lines = chat.lifetime.lines
    view = chat.lifetime.chart
    for width in (1024, 1366):
        chat.resize(width, 768)
        QApplication.processEvents()
        if chat.chart_area.compact:  # below 1200 px one chart per page (gui.window.compact): show this one
            chat.chart_area.pages.setCurrentWidget(chat.lifetime)
            QApplication.processEvents()
        settle(chat.presenter, full=True)
        QApplication.processEvents()
        to_device = view.viewportTransform() * lines.sceneTransform()
        rects = lines.label_rects(to_device)
        assert len(rects) == 1
        rect, text = rects[0]
        assert text in ("crossover: day 151", "day 151")
        plot = lines.view_rect(to_device)
        assert plot.left() - 1 <= rect.left() and rect.right() <= plot.right() + 1, (width, text, rect, plot)
    assert text == "crossover: day 151"  # 1366 px: room for the words


def test_a_crashed_sessions_work_is_offered_before_the_welcome_card(window):
    tools = window.whatif
    kept = tools.leftovers
    tools.leftovers = [object()]  # an autosave from a crashed session waits in the restore bar
    try:
        assert not window.help_tools.show_at_start()
        assert window.help_tools.welcome is None
    finally:
        tools.leftovers = kept
    assert window.help_tools.show_at_start()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_help_windows_are_whole_on_an_xga_projector(window, qapp, qtbot, lang):
    """The layout check (every text whole, nothing overlapping, nothing larger than the screen) over the
    welcome card, the glossary and the shortcuts at 1024x768."""
    from PySide6.QtCore import QSize

    from gui import i18n
    from gui.diagnostics.layout import check_layout

    if lang == "ja":
        i18n.switch_language("ja", window.retranslate)
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
    try:
        tools = window.help_tools
        for name, open_it in (
            ("welcome", tools.getting_started),
            ("glossary", tools.glossary),
            ("shortcuts", lambda: tools.shortcuts(window.menus)),
        ):
            dialog = open_it()
            qtbot.waitUntil(dialog.isVisible)
            qtbot.wait(20)
            assert check_layout([dialog], QSize(1024, 768)) == [], name
            assert dialog.width() <= 1024 and dialog.height() <= 768
            dialog.close()
    finally:
        i18n.apply_language(qapp, "en")


START = r"""
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui import app

def check():
    wins = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not wins or getattr(wins[0], "help_tools", None) is None or wins[0].presenter.snapshot is None:
        QTimer.singleShot(50, check)
        return
    w = wins[0]
    card = w.help_tools.welcome
    print("START", card is not None and card.isVisible(), w.presenter.scenario.preset, w.isWindowModified(),
          flush=True)
    if card is not None:
        card.dont_show.setChecked(True)
    w.close()

QTimer.singleShot(0, check)
sys.exit(app.main(sys.argv[1:]))
"""


def test_a_first_start_shows_the_card_on_the_chat_service_and_a_file_or_a_second_start_does_not(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from core.scenario import Scenario, save_scenario_file

    root = str(Path(__file__).resolve().parents[2])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "C",
    }

    def start(*args: str) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", START.format(root=root), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        line = next(x for x in out.stdout.splitlines() if x.startswith("START"))
        return line.split()[1:]

    assert start() == ["True", "chat-service", "False"]  # the card, over the chat service, nothing to save
    file = tmp_path / "mine.json"
    save_scenario_file(Scenario(name="Mine"), str(file))
    assert start(str(file))[0] == "False"  # opening a file: no card
    assert start() == ["False", "chat-service", "False"]  # "Don't show this at start" was ticked


def test_the_welcome_card_switches_the_language_in_place(window, qapp, qtbot):
    from gui import i18n, settings

    card = window.help_tools.getting_started()
    try:
        QTest.mouseClick(card.languages["ja"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: card.tour.text() == "10分間のツアー")
        assert card.isVisible()  # the card stays, now in Japanese
        assert window.menuBar().actions()[0].text() == "ファイル(&F)"
        assert settings.read().language == "ja"  # remembered, as View > Language does
        assert card.languages["en"].text() == "English"
        assert (
            "bold" in card.languages["ja"].styleSheet() and "underline" in card.languages["en"].styleSheet()
        )
    finally:
        i18n.apply_language(qapp, "en")


def test_the_compare_door_never_throws_away_the_persons_pins(window, settle):
    window.whatif.pin()
    mine = list(window.whatif.compare.pinned)
    scenario = window.presenter.scenario
    window.help_tools.compare_two()
    settle(window.presenter, full=True)
    assert window.whatif.compare.pinned == mine
    assert window.presenter.scenario == scenario
    assert "press Clear there first" in window.statusBar().currentMessage()
