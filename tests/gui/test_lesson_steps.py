"""The lesson panel: predict, then reveal; each step's line names its lever and its own effect, checked
against the estimator; a lesson's first step is a new starting point without a percentage."""

from __future__ import annotations

from core.estimator import estimate
from core.units import format_count, significant
from gui.classroom.lessons import before_for, scenario_for, steps


def index_of(lesson_id: str, i: int) -> int:
    return next(k for k, (les, j, _) in enumerate(steps()) if les.id == lesson_id and j == i)


def test_pue_step_predict_then_reveal_then_toggle(window, qtbot, settle):
    panel = window.extras.lessons
    panel.show()
    k = index_of("pue", 1)
    panel.show_step(k)
    settle(window.presenter)
    # before: PUE 1.58 on screen, a prompt to predict, nothing revealed yet
    assert window.presenter.scenario.datacenter.pue == 1.58
    assert not panel.revealed and panel.toggle.isVisible() and not panel.toggle.isChecked()
    assert (
        panel.move_hint.text() == "Predict: what happens to facility energy when PUE goes from 1.58 to 1.09?"
    )
    assert window.statusBar().currentMessage() == panel.move_hint.text()
    # Next reveals the change first (the class has predicted), it does not skip the step
    panel.next_button.click()
    settle(window.presenter)
    assert panel.index == k and panel.revealed and panel.toggle.isChecked()
    assert window.presenter.scenario.datacenter.pue == 1.09
    a, b = estimate(before_for(k)), estimate(scenario_for(k))
    change = round((b["lifecycle.energy_kwh"] / a["lifecycle.energy_kwh"] - 1) * 100)
    assert change == -31
    assert panel.move_hint.text() == "PUE 1.58 → 1.09: facility energy −31 %"
    assert window.statusBar().currentMessage() == "PUE 1.58 → 1.09: facility energy −31 %"
    # Before / After toggles without moving on
    panel.toggle.click()
    settle(window.presenter)
    assert window.presenter.scenario.datacenter.pue == 1.58 and panel.index == k
    panel.toggle.click()
    settle(window.presenter)
    assert window.presenter.scenario.datacenter.pue == 1.09
    # Next now goes on to the next step; a lesson's first step starts afresh: no percentage
    panel.next_button.click()
    settle(window.presenter)
    assert panel.index == k + 1
    panel.show_step(index_of("hardware", 0))
    settle(window.presenter)
    assert panel.revealed and not panel.toggle.isVisible()
    assert panel.move_hint.text().startswith("New starting point: Llama 3.1 8B")
    assert "%" not in panel.move_hint.text() and "%" not in window.statusBar().currentMessage()


def test_quantization_and_distillation_show_per_query_energy_and_the_payback(window, settle):
    panel = window.extras.lessons
    panel.show()
    k = index_of("algorithms", 0)
    panel.show_step(k)
    panel.next()
    settle(window.presenter)
    a, b = estimate(before_for(k)), estimate(scenario_for(k))
    pct = (b["inference.energy_per_query_wh"] / a["inference.energy_per_query_wh"] - 1) * 100
    assert panel.move_hint.text() == (
        f"New starting point: Llama 3.1 70B · Weight precision 16-bit → 4-bit: energy per query −{-pct:.0f} %"
    )
    panel.next()  # distillation: predict
    panel.next()  # reveal
    settle(window.presenter)
    r = estimate(scenario_for(k + 1))
    days = significant(r["optimisation.distillation_payback_days"], 3)
    queries = format_count(r["optimisation.distillation_payback_queries"], 3)
    assert f"pays back after {days} days ({queries} queries)" in panel.move_hint.text()
    assert f"{days} days" in window.statusBar().toolTip() + window.statusBar().currentMessage()


def test_the_quantum_step_keeps_the_scenario_of_the_step_before(window, settle):
    panel = window.extras.lessons
    panel.show()
    k = index_of("quantum", 0)
    panel.show_step(k - 1)
    panel.next()
    settle(window.presenter)
    shown = window.presenter.scenario
    panel.next()
    settle(window.presenter)
    assert panel.index == k and window.presenter.scenario == shown
    assert panel.move_hint.text() == "Nothing to move in this step."
