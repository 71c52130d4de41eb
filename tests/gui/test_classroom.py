"""Guided lessons panel, "Explain this result", classroom mode, keyboard and accessible names, dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.classroom.lessons import before_for, scenario_for, steps


@pytest.fixture(params=["en", "ja"])
def lang_window(request, window, qapp, qtbot):
    from gui import i18n

    if request.param == "ja":
        i18n.switch_language("ja", window.retranslate)
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
    yield window, request.param
    i18n.apply_language(qapp, "en")


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def test_lessons_run_end_to_end(lang_window, qtbot, settle):
    win, lang = lang_window
    panel = win.extras.lessons
    panel.show()
    flat = steps()
    assert not panel.prev_button.isEnabled()
    for i in range(len(flat)):
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        settle(win.presenter)
        assert panel.index == i
        before = before_for(i)
        if before is not None:  # a lever step: first the scenario before it moves, to predict
            assert not panel.revealed
            assert win.presenter.scenario.get(flat[i][2].lever) == before.get(flat[i][2].lever)
            qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)  # reveal
            settle(win.presenter)
            assert panel.index == i and panel.revealed
        expected = scenario_for(i)
        for path in ("model.parameters", "datacenter.pue", "training.accelerator", "datacenter.region"):
            assert win.presenter.scenario.get(path) == expected.get(path), (i, path)
        step = flat[i][2]
        text = panel.text.text()
        assert text and _has_japanese(text) == (lang == "ja"), text
        assert panel.counter.text()
        if step.control:
            assert panel.highlight is not None and panel.highlight.isVisible(), step.control
            frame = panel.highlight.geometry()
            for w in panel.highlight.widgets:  # the frame surrounds the control's widgets
                top_left = w.mapTo(panel.highlight.parentWidget(), w.rect().topLeft())
                assert frame.contains(top_left), (step.control, w)
            assert panel.move_hint.text()
        else:
            assert panel.highlight is None
        # the snapshot shown is the step's own scenario
        assert win.presenter.snapshot.scenario.get("model.parameters") == expected.get("model.parameters")
    assert not panel.next_button.isEnabled()
    qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
    assert panel.index == len(flat) - 2


def test_language_switch_keeps_the_lesson_step(window, qapp, qtbot):
    from gui import i18n

    panel = window.extras.lessons
    panel.show()
    panel.show_step(4)
    window.presenter.set_value("datacenter.pue", 1.3)  # the reader moved the control
    try:
        i18n.switch_language("ja", window.retranslate)
        panel = window.extras.lessons
        assert panel.isVisible() and panel.index == 4
        assert panel.highlight is not None
        assert window.presenter.scenario.datacenter.pue == 1.3
        assert _has_japanese(panel.text.text())
    finally:
        i18n.apply_language(qapp, "en")


def test_lesson_highlight_gives_the_control_the_focus(window, qtbot):
    panel = window.extras.lessons
    panel.show()
    window.activateWindow()
    panel.show_step(2)  # PUE
    assert panel.highlight is not None
    assert window.inputs["datacenter.pue"].slider in panel.highlight.widgets


def test_explain_names_the_top_three_drivers_in_order(lang_window, qtbot, settle):
    from core.analysis import tornado
    from gui.classroom.explain import DRIVERS

    win, lang = lang_window
    win.load_preset("gpt3-175b")
    settle(win.presenter, full=True)
    dock = win.extras.explain
    dock.show()
    dock.raise_()
    dock.refresh()
    html = dock.label.text()
    _, bars = tornado(win.presenter.scenario, "lifecycle.co2e_kg")
    from PySide6.QtCore import QCoreApplication

    names = [QCoreApplication.translate("Explain", DRIVERS[b.field][0]) for b in bars[:3]]
    positions = [html.find(n) for n in names]
    assert all(p >= 0 for p in positions), names
    assert positions == sorted(positions)
    assert html.count("<li>") == 3
    assert _has_japanese(html) == (lang == "ja")


def test_every_tornado_input_has_plain_words():
    from core.uncertainty import RANGES
    from gui.classroom.explain import DRIVERS

    assert {r.label for r in RANGES} <= set(DRIVERS)


def test_classroom_mode_keys(window, qtbot, settle):
    view = window.extras.open_classroom(full_screen=False, screen_size=(1920, 1080))
    view.resize(1920, 1080)
    qtbot.waitExposed(view)
    ids = list(window.catalog.presets)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(window.presenter)
    assert window.presenter.scenario.name == window.catalog.presets[ids[0]].name or view.preset_index == 0
    first = window.presenter.scenario
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(window.presenter)
    assert view.preset_index == 1 and window.presenter.scenario != first
    qtbot.keyClick(view, Qt.Key.Key_Left)
    settle(window.presenter)
    assert view.preset_index == 0
    assert view.banner.text()
    # big type: the headline value is at least twice the window's text size
    assert view.tiles["energy"].value.font().pointSizeF() >= 2 * window.font().pointSizeF()
    assert view.tiles["energy"].value.text() not in ("", "–")
    # the bar totals and the crossover label grow with the axes' tick text
    stack = view.breakdown.stacks["energy"]
    tick = view.breakdown.energy_plot.getAxis("left").style["tickFont"]
    assert stack.label_font is not None and stack.label_font.pointSizeF() == tick.pointSizeF()
    assert stack.label_font.pointSizeF() >= window.breakdown.chart.font().pointSizeF() * 1.5
    assert view.lifetime.lines.label_font.pointSizeF() == stack.label_font.pointSizeF()
    # on an XGA projector the type is scaled down with the screen, so the whole view fits
    from gui.classroom.view import scale_for

    assert view.text_scale == 2.0 and scale_for(1024, 768) < 1.4 and scale_for(1366, 768) < 1.8
    qtbot.keyClick(view, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: view.isFullScreen())
    qtbot.keyClick(view, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not view.isFullScreen())
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_classroom_arrows_step_lessons_when_a_lesson_is_open(window, qtbot, settle):
    panel = window.extras.lessons
    panel.show()
    panel.show_step(0)
    view = window.extras.open_classroom(full_screen=False)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert panel.index == 1
    assert view.banner.text() == panel.step_title.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert panel.index == 0
    view.close()


def test_classroom_charts_follow_the_presenter(window, qtbot, settle):
    view = window.extras.open_classroom(full_screen=False)
    before = view.tiles["energy"].value.text()
    window.presenter.set_value("model.parameters", 4 * window.presenter.scenario.model.parameters)
    settle(window.presenter)
    assert view.tiles["energy"].value.text() != before
    view.close()


def test_focusable_widgets_have_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QLineEdit, QTableView, QWidget

    window.extras.lessons.show()
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QAbstractSlider | QComboBox | QLineEdit | QTableView)
        and w.isVisibleTo(window)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
    ]
    assert unnamed == []


def test_every_menu_command_is_reachable_from_the_keyboard(window):
    for top in window.menuBar().actions():
        assert "&" in top.text(), top.text()
    actions = window.menus.actions
    assert actions["classroom"].shortcut().toString() == "F5"
    assert actions["lessons"].shortcut().toString() == "Ctrl+L"
    assert actions["explain"].shortcut().toString() == "Ctrl+E"


def test_dark_theme_changes_colours_not_font_size(window, qapp):
    from PySide6.QtGui import QPalette

    from gui import theme

    size = qapp.font().pointSizeF()
    try:
        window.menus.actions["dark"].setChecked(True)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        assert qapp.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
        assert qapp.font().pointSizeF() == size
        import pyqtgraph as pg

        view = window.breakdown.findChildren(pg.GraphicsView)[0]
        assert view.backgroundBrush().color().lightness() < 60
    finally:
        window.menus.actions["dark"].setChecked(False)
    assert not theme.is_dark()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_classroom_type_follows_the_system_font_size(window, qapp):
    from gui.classroom.view import SCALE

    font = qapp.font()
    try:
        bigger = type(font)(font)
        bigger.setPointSizeF(16.0)
        qapp.setFont(bigger)
        view = window.extras.open_classroom(full_screen=False, screen_size=(1920, 1080))
        assert view.text_scale == SCALE
        assert view.tiles["co2"].value.font().pointSizeF() == pytest.approx(16.0 * SCALE * 1.9)
        assert view.hint.font().pointSizeF() > 16.0
        view.close()
    finally:
        qapp.setFont(font)


def test_a_step_turns_to_the_chart_it_talks_about(window, qtbot, settle):
    """Lesson 3 says "the hardware chart shows the same work on every chip": on a 1024x768 projector the
    window's charts are pages and the Chips page comes forward; classroom mode shows the hardware chart in
    its third place (it showed the location chart), with its chosen chip named. Key S still turns to the
    scale chart and back to the step's chart; the grid lesson brings the location chart back."""
    from gui.classroom.lessons import first_step_of

    window.resize(1024, 768)
    settle(window.presenter, full=True)
    pages = window.chart_area.pages
    assert window.chart_area.compact and pages.currentWidget() is window.chart_area.breakdown
    window.extras.start("3", False)
    settle(window.presenter, full=True)
    panel = window.extras.lessons
    assert panel.index == first_step_of("3")
    assert pages.currentWidget() is window.chart_area.hardware  # the Chips page, brought forward

    view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
    view.resize(1024, 768)
    qtbot.waitExposed(view)
    settle(window.presenter, full=True)
    assert view.third.currentWidget() is view.hardware
    chosen = [t for _k, t in view.hardware.plot.getAxis("left").category_labels if t.startswith("▶ ")]
    assert chosen and "V100" in chosen[0]  # the step's chip, the chart's first row, is the one marked
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.third.currentWidget() is view.scale
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.third.currentWidget() is view.hardware  # back to the step's chart, not the location chart
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the lever step (the H100) talks about the same chart
    settle(window.presenter, full=True)
    assert panel.index == first_step_of("3") + 1 and view.third.currentWidget() is view.hardware
    assert not panel.revealed  # it shows "before" (the V100) first; the next key moves the lever
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(window.presenter, full=True)
    assert panel.revealed and view.third.currentWidget() is view.hardware
    chosen = [t for _k, t in view.hardware.plot.getAxis("left").category_labels if t.startswith("▶ ")]
    assert chosen and "H100" in chosen[0]  # drawn from the results shown, not left at the first step's
    panel.show_step(first_step_of("4"))  # the grid lesson: the location chart again
    settle(window.presenter, full=True)
    assert view.third.currentWidget() is view.location
    assert pages.currentWidget() is window.chart_area.location
    view.close()
