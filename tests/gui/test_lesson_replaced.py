"""A preset or a scenario file loaded while a guided lesson is open replaces the step's scenario: the lesson
panel and classroom mode's strip say so in one sentence (English and Japanese) and offer the way back, which
is one more undoable change; Undo and Redo bring either scenario back, and the lesson follows what is on
screen. The person's own slider moves, which the lessons ask for, keep the step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt

from core.estimator import estimate
from gui.classroom.lessons import before_for, first_step_of, scenario_for

GPT3 = "GPT-3 175B (2020)"


def pue_step_revealed(window, settle):
    """Lesson 2 (PUE) at the 1024 x 768 of a school projector, its lever step revealed: PUE 1.58 -> 1.09."""
    window.resize(1024, 768)
    window.extras.start("2", False)
    panel = window.extras.lessons
    panel.next()  # the lever step, "before" (PUE 1.58)
    panel.next()  # revealed (PUE 1.09)
    settle(window.presenter, full=True)
    assert panel.index == first_step_of("2") + 1 and panel.revealed and panel.strip
    assert window.presenter.scenario.datacenter.pue == 1.09
    view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
    view.resize(1024, 768)
    settle(window.presenter, full=True)
    return panel, view


def facility_change_percent(k: int) -> int:
    """The step's own effect, by hand from the estimator: (after / before - 1) in whole percent."""
    a, b = estimate(before_for(k)), estimate(scenario_for(k))
    return round((b["lifecycle.energy_kwh"] / a["lifecycle.energy_kwh"] - 1) * 100)


def test_a_preset_over_a_lesson_step_is_said_and_the_step_comes_back(window, qtbot, settle):
    panel, view = pue_step_revealed(window, settle)
    k = panel.index
    title = panel.step_title.text()
    counter = panel.counter.text()
    assert facility_change_percent(k) == -31
    assert view.strip.badge.text() == "facility energy −31 %"

    window.preset_actions["gpt3-175b"].trigger()  # Presets > GPT-3 175B, from the menu
    settle(window.presenter, full=True)
    said = "“GPT-3 175B (2020)” replaced this step's scenario."
    # the panel (a strip under the charts at 1024 pixels): the step it was, what replaced it, the way back
    assert window.presenter.scenario.model.parameters == 175e9
    assert panel.left == GPT3 and panel.text.text() == said
    assert (panel.step_title.text(), panel.counter.text()) == (title, counter)
    assert panel.move_hint.text() == "" and panel.source.text() == ""
    assert panel.back_button.isVisible() and not panel.toggle.isVisible()
    assert panel.highlight is None  # no orange frame on a control of a step that is not on screen
    # classroom mode: the preset's name as the title, the sentence, no lever values and no effect badge
    strip = view.strip
    assert view.banner.text() == GPT3 and strip.sentence.text() == said
    assert strip.lever.text() == "→ back to this step" and not strip.badge.isVisible()
    assert view.focus_tile is None and not view.tiles["energy"].property("lessonFocus")
    assert "lesson steps" in view.hint.text()

    # the person's own moves on the preset keep it said
    window.panel.inputs["datacenter.pue"].box.setText("1.2")
    window.panel.inputs["datacenter.pue"].box.editingFinished.emit()
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.2 and panel.text.text() == said

    # back to the step as it was: revealed, PUE 1.09, its line and badge again
    qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
    settle(window.presenter, full=True)
    assert panel.left is None and panel.index == k and panel.revealed
    assert (
        window.presenter.scenario.datacenter.pue == 1.09 and window.presenter.scenario.name == "Llama 3.1 8B"
    )
    assert panel.move_hint.text() == "PUE 1.58 → 1.09: facility energy −31 %"
    assert not panel.back_button.isVisible() and panel.toggle.isVisible() and panel.highlight is not None
    assert strip.badge.text() == "facility energy −31 %" and strip.lever.text() == "PUE 1.58 → 1.09"
    assert view.banner.text() == title and view.focus_tile == "energy"

    # nothing lost: Undo brings the preset with the person's move back, and it is said again
    undo, redo = window.whatif.act_undo, window.whatif.act_redo
    undo.trigger()
    settle(window.presenter, full=True)
    assert (
        window.presenter.scenario.datacenter.pue == 1.2
        and window.presenter.scenario.model.parameters == 175e9
    )
    assert panel.text.text() == said and strip.sentence.text() == said
    undo.trigger()  # the preset as loaded
    undo.trigger()  # the step, revealed: the lesson follows
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.09 and panel.left is None and panel.revealed
    assert strip.badge.text() == "facility energy −31 %"
    undo.trigger()  # the step before its lever moved: the lesson asks to predict again
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.58 and not panel.revealed
    assert not panel.toggle.isChecked() and strip.badge.text() == "Predict: facility energy?"
    assert panel.move_hint.text().startswith("Predict:")
    for _ in range(2):
        redo.trigger()  # the revealed step, then the preset again
    settle(window.presenter, full=True)
    assert window.presenter.scenario.model.parameters == 175e9 and panel.text.text() == said


def test_a_lever_moved_as_the_step_asks_keeps_the_step(window, settle):
    window.extras.start("2", False)
    panel = window.extras.lessons
    panel.next()  # "before": move PUE from 1.58 to 1.09, the step asks
    settle(window.presenter, full=True)
    prompt = panel.move_hint.text()
    box = window.panel.inputs["datacenter.pue"].box
    box.setText("1.09")
    box.editingFinished.emit()
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.09
    assert panel.left is None and panel.move_hint.text() == prompt and not panel.back_button.isVisible()
    window.whatif.act_undo.trigger()  # undoing the move keeps the step too
    settle(window.presenter, full=True)
    assert panel.left is None and window.presenter.scenario.datacenter.pue == 1.58


def test_a_scenario_file_opened_over_a_step_and_the_clickers_next_goes_back(window, qtbot, tmp_path, settle):
    from core.scenario import Scenario, save_scenario_file

    path = tmp_path / "Our school server.aiee.json"
    save_scenario_file(Scenario(name="Our school server").with_values({"datacenter.pue": 1.4}), str(path))
    panel, view = pue_step_revealed(window, settle)
    k = panel.index
    assert window.files.open_file(str(path))  # File > Open
    settle(window.presenter, full=True)
    said = "“Our school server.aiee.json” replaced this step's scenario."
    assert window.presenter.scenario.datacenter.pue == 1.4
    assert panel.text.text() == said and view.strip.sentence.text() == said
    # classroom mode's clicker (Page Down): the step back as it was, not the step after it
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    settle(window.presenter, full=True)
    assert panel.index == k and panel.revealed and panel.left is None
    assert window.presenter.scenario.datacenter.pue == 1.09
    assert view.strip.badge.text() == "facility energy −31 %"
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # and on to the next step
    settle(window.presenter, full=True)
    assert panel.index == k + 1


def test_the_defaults_restored_over_a_step_are_said(window, settle):
    panel, view = pue_step_revealed(window, settle)
    window.menus.actions["reset"].trigger()  # Edit > Reset to defaults
    settle(window.presenter, full=True)
    assert panel.text.text() == "“Default inputs” replaced this step's scenario."
    assert view.banner.text() == "Default inputs"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_the_replaced_step_fits_an_xga_projector_in_both_languages(window, qapp, settle, lang):
    """The notice, the way back and the strip whole at 1024 x 768, in the window and in classroom mode."""
    from gui import i18n
    from gui.diagnostics.layout import check_layout, fit_to_screen

    if lang == "ja":
        i18n.switch_language("ja", window.retranslate)
    try:
        panel, view = pue_step_revealed(window, settle)
        window.load_preset("chat-service")  # the longest preset name
        settle(window.presenter, full=True)
        assert panel.left is not None and panel.back_button.isVisible()
        screen = QSize(1024, 768)
        fit_to_screen(window, screen)
        fit_to_screen(view, screen)
        settle(window.presenter, full=True)
        assert panel.back_button.isVisible() and panel.strip  # under the charts, Back beside the step number
        assert check_layout([window, view], screen) == []
    finally:
        i18n.apply_language(qapp, "en")


def test_the_notice_in_japanese_and_after_a_language_switch(window, qapp, qtbot, settle):
    from gui import i18n

    i18n.switch_language("ja", window.retranslate)
    try:
        panel, view = pue_step_revealed(window, settle)
        step_sentence = view.strip.sentence.text()
        window.preset_actions["gpt3-175b"].trigger()
        settle(window.presenter, full=True)
        name = QCoreApplication.translate("Presets", GPT3)
        assert name == "GPT-3 175B（2020年）"
        said = "このステップのシナリオは「GPT-3 175B（2020年）」に置き換えられました。"
        assert panel.text.text() == said and view.strip.sentence.text() == said
        assert panel.back_button.text() == "このステップに戻る"
        assert panel.back_button.accessibleName() == "このステップに戻る"
        assert view.strip.lever.text() == "→ このステップに戻る" and view.banner.text() == name
        # switched to English while the preset is on screen: the same sentence, in English
        i18n.switch_language("en", window.retranslate)
        settle(window.presenter, full=True)
        said_en = "“GPT-3 175B (2020)” replaced this step's scenario."
        assert panel.text.text() == said_en and view.strip.sentence.text() == said_en
        i18n.switch_language("ja", window.retranslate)
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
        settle(window.presenter, full=True)
        assert view.strip.sentence.text() == step_sentence and "%" in view.strip.badge.text()
        assert panel.back_button.isHidden()
    finally:
        i18n.apply_language(qapp, "en")


def test_a_classroom_file_without_a_lesson_over_a_step_is_said(window, tmp_path, settle):
    """File > Open given a teacher's set-up whose start-up values replace the step's scenario."""
    from core.classroom import ClassroomSetup, save_classroom_file
    from core.scenario import Scenario

    path = tmp_path / "Y10.aiee-class.json"
    startup = Scenario(name="Y10").with_values({"datacenter.pue": 1.3}).model_dump(mode="json")
    save_classroom_file(ClassroomSetup(startup=startup), path)
    panel, view = pue_step_revealed(window, settle)
    assert window.files.open_file(str(path))
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.3
    assert panel.text.text() == "“Y10.aiee-class.json” replaced this step's scenario."
    assert view.strip.sentence.text() == panel.text.text() and not view.strip.badge.isVisible()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_back_to_a_step_that_ends_at_the_scale_chart_opens_it_again(window, settle, size):
    """The lesson's last step ends at the Scale chart; a preset loaded over it and the chart closed, "Back to
    this step" opens the chart again: as a page beside the charts on a laptop, in its dock on a large screen."""
    window.resize(*size)
    window.extras.start("8", False)
    panel, tools = window.extras.lessons, window.whatif
    while panel.flat[panel.index][2].chart != "scale":
        panel.next()
        settle(window.presenter, full=True)
    tools.analysis_dock.hide()
    window.chart_area.pages.setCurrentIndex(0)
    tools.analysis.setCurrentIndex(0)
    window.preset_actions["gpt3-175b"].trigger()
    settle(window.presenter, full=True)
    assert panel.left == GPT3 and tools.analysis.currentWidget() is not tools.analysis.scale

    panel.back_to_step()
    settle(window.presenter, full=True)
    assert panel.left is None and tools.analysis.currentWidget() is tools.analysis.scale
    page = window.compact.panel_page(tools.analysis_dock)
    if size[1] < 900:  # a page beside the charts, the one shown
        assert page is not None and window.chart_area.pages.currentWidget() is page
    else:
        assert page is None and tools.analysis_dock.isVisible()
