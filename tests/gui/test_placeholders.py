"""The greyed hint of an empty optional field is whole in both languages at the small screens a class uses:
its own words where they fit, else a shorter word or the value alone, never "満杯のバ…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from gui.diagnostics.layout import check_window, fit_to_screen
from gui.inputs.quantity import placeholder_room


def _whole(box) -> bool:
    return box.fontMetrics().horizontalAdvance(box.placeholderText()) <= placeholder_room(box)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
def test_every_placeholder_is_whole_in_japanese(window, qapp, qtbot, settle, size):
    from gui import i18n

    i18n.switch_language("ja", window.retranslate)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        fit_to_screen(window, QSize(*size))
        settle(window.presenter, full=True)
        peak = window.inputs["inference.peak_factor"]
        assert peak.value is None and peak.box.text() == ""
        assert peak.box.placeholderText() == "満杯バッチ" and _whole(peak.box)  # was "満杯のバッチ", cut
        empty = [inp for inp in window.inputs.values() if inp.spec.optional and inp.value is None]
        assert len(empty) >= 5
        for inp in empty:
            assert inp.box.placeholderText() and _whole(inp.box), (inp.spec.path, inp.box.placeholderText())
        assert not [f for f in check_window(window, QSize(*size)) if "placeholder" in f]
    finally:
        i18n.switch_language("en", window.retranslate)


def test_a_placeholder_too_long_for_its_box_gives_way_and_the_check_finds_a_cut_one(window, settle):
    peak = window.inputs["inference.peak_factor"]
    box = peak.box
    room = placeholder_room(box)
    assert box.placeholderText() == "full batches" and _whole(box)
    # the word does not fit: the short one does ("auto"), never the word cut with "…"
    long_word = "full batches " * 3
    peak.fit_placeholder(long_word, "auto")
    assert box.placeholderText() == "auto"
    # a derived value: "derived: value" where it fits, else the value alone
    layers = window.inputs["model.n_layers"]
    layers.box.clear()
    layers.value = None
    layers.show_derived(32.0)
    text = layers.box.placeholderText()
    assert text.endswith("32") and _whole(layers.box)
    # the layout check: a placeholder wider than its box is a failure naming the field
    box.setPlaceholderText(long_word)
    assert box.fontMetrics().horizontalAdvance(long_word) > room
    found = check_window(window, QSize(1366, 768))
    assert any("placeholder" in f and "box:inference.peak_factor" in f for f in found), found
