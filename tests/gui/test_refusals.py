"""A value refused because it conflicts with ANOTHER input is said in plain words from the input moved.

Each test moves a real slider (End / Home, as a drag to the end does) or types into a box, then reads the red
line under the input: both inputs by their labels, the values as the boxes show them, and the range the moved
input may take with the others as they are, computed here by hand. Never a dotted path or a raw float.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

DOTTED = re.compile(r"\b[a-z_]+\.[a-z_]+\b")  # model.parameters, inference.input_tokens


def slide(window, path: str, key: Qt.Key, settle) -> None:
    """Drag ``path``'s slider to an end (End: maximum, Home: minimum) with the keyboard."""
    slider = window.inputs[path].slider
    slider.setFocus()
    QTest.keyClick(slider, key)
    settle(window.presenter)


def type_into(window, path: str, text: str, settle) -> None:
    box = window.inputs[path].box
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, text)
    QTest.keyClick(box, Qt.Key.Key_Tab)
    settle(window.presenter)


def message(window, path: str) -> str:
    inp = window.inputs[path]
    assert inp.error_shown(), f"{path} shows no error"
    text = inp.error.text()
    assert not DOTTED.search(text), text
    assert "e+" not in text and "e-0" not in text, text
    return text


def test_active_parameters_at_the_slider_end_says_it_cannot_exceed_the_total(window, settle):
    before = window.presenter.scenario
    slide(window, "model.active_parameters", Qt.Key.Key_End, settle)  # the slider's end: 2T, total 8B
    assert window.presenter.scenario is before
    # the field is empty (dense) before, so no "results shown are for" sentence
    assert message(window, "model.active_parameters") == (
        "Active parameters (2T) cannot be more than Parameters (8B): allowed 1M to 8B params."
    )


def test_parameters_below_the_active_ones_says_the_active_count_is_the_floor(window, settle):
    type_into(window, "model.active_parameters", "6.8B", settle)
    assert window.presenter.scenario.model.active_parameters == 6.8e9
    type_into(window, "model.parameters", "1B", settle)
    assert window.presenter.scenario.model.parameters == 8e9
    assert message(window, "model.parameters") == (
        "Parameters (1B) cannot be less than Active parameters (6.8B): allowed 6.8B params and up. "
        "The results shown are for 8B."
    )
    # the value beside the box is the one the results are for; a valid one clears the line
    type_into(window, "model.parameters", "70B", settle)
    assert not window.inputs["model.parameters"].error_shown()
    assert window.presenter.scenario.model.parameters == 70e9


def test_input_tokens_at_the_slider_end_say_how_many_fit_the_context(window, settle):
    slide(window, "inference.input_tokens", Qt.Key.Key_End, settle)  # 100,000 of a context of 8,192
    # 8,192 - 400 output tokens = 7,792 input tokens fit; each count as its box shows it (100k, 8192)
    assert message(window, "inference.input_tokens") == (
        "One query's tokens (input 100k + output 400 = 100.4k) do not fit the context length of 8192 "
        "tokens: allowed up to 7792 input tokens. The results shown are for 500."
    )
    assert window.presenter.scenario.inference.input_tokens == 500
    type_into(window, "inference.input_tokens", "7792", settle)  # exactly what was said to fit
    assert window.presenter.scenario.inference.input_tokens == 7792
    assert not window.inputs["inference.input_tokens"].error_shown()


def test_reasoning_tokens_at_the_slider_end_say_how_many_fit(window, settle):
    slide(window, "inference.reasoning_tokens", Qt.Key.Key_End, settle)  # 8,000
    # 8,192 - 500 input - 400 output = 7,292
    assert message(window, "inference.reasoning_tokens") == (
        "One query's tokens (input 500 + reasoning 8000 + output 400 = 8900) do not fit the context length "
        "of 8192 tokens: allowed up to 7292 reasoning tokens. The results shown are for 0."
    )


def test_context_length_at_the_slider_start_says_the_query_is_longer(window, settle):
    slide(window, "model.context_length", Qt.Key.Key_Home, settle)  # 512 tokens; the query is 500 + 400
    assert message(window, "model.context_length") == (
        "Context length (512 tokens) is shorter than one query's tokens (input 500 + output 400 = 900): "
        "allowed 900 tokens and up. The results shown are for 8192."
    )
    assert window.presenter.scenario.model.context_length == 8192


def test_cached_input_tokens_at_the_slider_end_cannot_exceed_the_prompt(window, settle):
    slide(window, "inference.cached_input_tokens", Qt.Key.Key_End, settle)  # 2,000 of a 500-token prompt
    assert message(window, "inference.cached_input_tokens") == (
        "Cached input tokens (2000) cannot be more than Input tokens (500): allowed up to 500 tokens. "
        "The results shown are for 0."
    )
    # the prompt moved below the cached part: at least the cached 300, at most what the context leaves
    type_into(window, "inference.cached_input_tokens", "300", settle)
    type_into(window, "inference.input_tokens", "200", settle)
    assert message(window, "inference.input_tokens") == (
        "Input tokens (200) cannot be less than Cached input tokens (300): allowed 300 to 7792 tokens. "
        "The results shown are for 500."
    )


def test_experts_per_token_above_the_experts_and_the_experts_below_it(window, settle):
    type_into(window, "model.n_experts", "8", settle)
    type_into(window, "model.experts_per_token", "9", settle)
    assert message(window, "model.experts_per_token") == (
        "Experts per token (9) cannot be more than Experts (8): allowed 1 to 8."
    )
    type_into(window, "model.experts_per_token", "4", settle)
    type_into(window, "model.n_experts", "2", settle)
    assert message(window, "model.n_experts") == (
        "Experts (2) cannot be less than Experts per token (4): allowed 4 and up. The results shown are for 8."
    )


def test_a_refusal_writes_each_value_as_its_box_shows_it(window, settle):
    """Counts read "100k" and "8192" in the boxes: the message writes them the same way (not "100,000",
    "8,192"), and a plain whole number too ("4096", not "4,096"), so the two can be compared at a glance."""
    slide(window, "inference.input_tokens", Qt.Key.Key_End, settle)
    box = window.inputs["inference.input_tokens"].box.text()
    context = window.inputs["model.context_length"].box.text()
    assert (box, context) == ("100k", "8192")
    text = message(window, "inference.input_tokens")
    assert f"(input {box} + output 400 = 100.4k)" in text and f"context length of {context} tokens" in text
    assert not re.search(r"\d,\d{3}", text), text
    type_into(window, "model.n_experts", "2048", settle)
    type_into(window, "model.experts_per_token", "4096", settle)
    assert window.inputs["model.n_experts"].box.text() == "2048"
    assert window.inputs["model.experts_per_token"].box.text() == "4096"  # kept to be fixed
    assert message(window, "model.experts_per_token") == (
        "Experts per token (4096) cannot be more than Experts (2048): allowed 1 to 2048."
    )


def test_too_few_serving_chips_say_how_many_hold_the_model(window, settle):
    type_into(window, "model.parameters", "70B", settle)
    type_into(window, "inference.accelerator_count", "1", settle)
    # 70B x 2 bytes = 140 GB x 1.2 runtime = 168 GB + 16.7 GB cache = 185 GB; 185 / 80 GB H100 -> 3 chips
    text = message(window, "inference.accelerator_count")
    assert text.startswith(
        "Chips per replica (1) hold 80 GB, but the weights and cache need 185 GB: allowed 3 and up "
        "(4 as a power of two), or leave it empty for the fewest that fit."
    )


def test_sites_whose_shares_do_not_add_up_say_so_in_percent(window, settle):
    table = window.sites
    table.add_site()
    table.add_site()
    table.split_evenly()
    settle(window.presenter)
    table.table.item(0, 1).setText("70")  # 70 % + 50 %
    settle(window.presenter)
    assert table.error.isVisible()
    assert table.error.text() == (
        "The load shares of the sites add up to 120 %; they must add up to 100 % (Split evenly shares them out)."
    )


@pytest.fixture
def japanese(window, qapp, qtbot):
    from gui import i18n

    i18n.switch_language("ja", window.retranslate)
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
    qtbot.wait(50)  # Qt's own LanguageChange events, handled on the next turns of the loop
    yield
    i18n.apply_language(qapp, "en")


def test_in_japanese_the_conflicts_are_said_in_japanese(window, settle, japanese):
    slide(window, "model.active_parameters", Qt.Key.Key_End, settle)
    assert message(window, "model.active_parameters") == (
        "アクティブパラメータ数（2T）はパラメータ数（8B）より大きくできません。範囲は 1M～8B パラメータ。"
    )
    slide(window, "inference.input_tokens", Qt.Key.Key_End, settle)
    assert message(window, "inference.input_tokens") == (
        "1 回の問い合わせのトークン数（入力 100k + 出力 400 = 100.4k）がコンテキスト長 8192 トークンに"
        "収まりません。入力トークン数は 7792 までにできます。表示中の結果は 500 のものです。"
    )
    slide(window, "inference.cached_input_tokens", Qt.Key.Key_End, settle)
    text = message(window, "inference.cached_input_tokens")
    assert text.startswith("キャッシュ済み入力トークン（2000）は入力トークン数（500）より大きくできません。")
    assert "500 トークンまで" in text


def test_a_conflict_is_said_again_in_the_new_language(window, settle, qtbot, qapp):
    from gui import i18n

    slide(window, "inference.reasoning_tokens", Qt.Key.Key_End, settle)
    assert "allowed up to 7292 reasoning tokens" in message(window, "inference.reasoning_tokens")
    i18n.switch_language("ja", window.retranslate)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        qtbot.wait(50)
        text = message(window, "inference.reasoning_tokens")
        assert "推論（思考）トークンは 7292 までにできます" in text and "思考 8000" in text
        assert "表示中の結果は 0 のものです" in text
        assert window.inputs["inference.reasoning_tokens"].box.text() == "8000"  # kept to be fixed
    finally:
        i18n.apply_language(qapp, "en")


def test_an_own_accelerator_idling_above_its_tdp_is_refused_in_words(window):
    from gui.inputs.custom_defs import CustomDefinitionsDialog

    dlg = CustomDefinitionsDialog(window.presenter, window)
    try:
        before = window.presenter.scenario
        dlg.acc_name.setText("Lab GPU")
        dlg.acc_tdp.setValue(300)
        dlg.acc_idle.setValue(500)
        said = dlg.add_current()
        assert said == "Idle power (500 W) cannot be more than the TDP (300 W): allowed 0 to 300 W."
        assert dlg.error.text() == said
        assert window.presenter.scenario is before
    finally:
        dlg.deleteLater()
