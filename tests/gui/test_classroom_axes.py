"""Classroom mode's held axes start afresh: a lesson's first step (and any scenario loaded over it) fits its
own numbers, measured in pixels on the projected charts, while a lesson's later steps keep the axes held."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from gui.classroom.lessons import first_step_of


def tallest_bar_share(view) -> dict[str, float]:
    """For each breakdown plot, the tallest bar's height in pixels over the plot's height in pixels."""
    shares = {}
    for name, plot in (("energy", view.breakdown.energy_plot), ("co2", view.breakdown.co2_plot)):
        vb = plot.vb
        top = float(view.breakdown.stacks[name].heights.sum(axis=0).max())
        bar_px = vb.mapViewToScene(QPointF(0.0, 0.0)).y() - vb.mapViewToScene(QPointF(0.0, top)).y()
        shares[name] = bar_px / vb.sceneBoundingRect().height()
    return shares


@pytest.fixture
def chat_window(window, settle):
    """The window as a newcomer first sees it: the popular chat service (its numbers ~20x lesson 2's)."""
    window.load_preset("chat-service")
    settle(window.presenter, full=True)
    assert window.presenter.snapshot.results["lifecycle.energy_kwh"] > 50e6  # kWh: tens of GWh
    return window


def open_view(window, settle):
    view = window.extras.open_classroom(full_screen=False, screen_size=(1024, 768))
    view.resize(1024, 768)
    settle(window.presenter, full=True)
    return view


def test_a_lesson_started_with_classroom_mode_fits_its_first_step(chat_window, settle):
    """``main.py --lesson 2 --classroom`` (or a teacher's start-up set-up): the lesson's step is put in place
    and classroom mode opens before its result is computed; the chat service's result must not hold the axes."""
    window = chat_window
    window.extras.start("2", False)  # the lesson's first step, its result not computed yet
    view = open_view(window, settle)
    assert window.presenter.scenario.name == "Llama 3.1 8B"
    for name, share in tallest_bar_share(view).items():
        assert share > 0.4, (name, share)
    # and the lesson still holds its axes: PUE 1.58 -> 1.09 shrinks the bar by 1.09 / 1.58
    panel = window.extras.lessons
    panel.next()  # step 2 shows "before" (PUE 1.58) ...
    settle(window.presenter, full=True)
    before_range = view.breakdown.energy_plot.vb.viewRange()[1]
    before_bar = float(view.breakdown.stacks["energy"].heights[:, 0].sum())
    panel.next()  # ... then "after" (PUE 1.09)
    settle(window.presenter, full=True)
    assert window.presenter.scenario.datacenter.pue == 1.09
    assert view.breakdown.energy_plot.vb.viewRange()[1] == before_range
    after_bar = float(view.breakdown.stacks["energy"].heights[:, 0].sum())
    assert after_bar / before_bar == pytest.approx(1.09 / 1.58, rel=1e-6)


def test_a_lesson_opened_in_classroom_mode_fits_its_first_step(chat_window, qtbot, settle):
    window = chat_window
    view = open_view(window, settle)
    panel = window.extras.lessons
    panel.show()
    panel.show_step(first_step_of("2"))
    settle(window.presenter, full=True)
    for name, share in tallest_bar_share(view).items():
        assert share > 0.4, (name, share)
    # the key hint says the arrows now step through the lesson, not the presets
    assert "lesson steps" in view.hint.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(window.presenter, full=True)
    assert panel.index == first_step_of("2") + 1


def test_a_scenario_loaded_during_a_lesson_fits_afresh_then_holds(chat_window, settle):
    window = chat_window
    window.extras.start("2", False)
    view = open_view(window, settle)
    window.load_preset("chat-service")  # the teacher loads a much larger scenario over the lesson ...
    settle(window.presenter, full=True)
    window.load_preset("llama32-1b")  # ... then a far smaller one
    settle(window.presenter, full=True)
    for name, share in tallest_bar_share(view).items():
        assert share > 0.4, (name, share)
    # the new starting point then holds like a lesson step: a lever moved keeps the axis
    before_range = view.breakdown.energy_plot.vb.viewRange()[1]
    window.presenter.set_value("datacenter.pue", 1.09, "PUE")
    settle(window.presenter, full=True)
    assert view.breakdown.energy_plot.vb.viewRange()[1] == before_range


def test_a_lesson_gone_from_the_folder_is_left_in_classroom_mode(chat_window, settle, monkeypatch):
    """The teacher's lesson file went away while it was on screen: the panel goes back to its start, and
    classroom mode leaves the lesson too (no strip, the arrows step presets, the axes fit each result)."""
    from gui.classroom import lesson_files
    from gui.classroom import lessons as library

    window = chat_window
    window.extras.start("2", False)
    view = open_view(window, settle)
    assert view.strip.isVisible()
    others = [s for s in library.steps() if s[0].id != "pue"]
    monkeypatch.setattr(library, "steps", lambda: others)
    lesson_files.reload_panel(window.extras.lessons)
    assert window.extras.lessons.index == -1
    assert not view.strip.isVisible() and "presets" in view.hint.text()
    assert window.session.baseline.name == "Llama 3.1 8B"  # the baseline stays the step's
    window.load_preset("chat-service")
    settle(window.presenter, full=True)
    window.load_preset("llama32-1b")
    settle(window.presenter, full=True)
    for name, share in tallest_bar_share(view).items():
        assert share > 0.4, (name, share)
