"""The dialog of one's own accelerators, grids and profiles refuses a value the way the input panel does: the
field by its label in the dialog, the value as typed in its box, the allowed range (read by hand from the
scenario model: TDP 1-5000 W, peaks above 0 up to 1,000,000 TFLOPS, memory 0.1-10,000 GB, bandwidth
1-1,000,000 GB/s, grid 0-2000 gCO2e/kWh, PUE 1-3), in English and Japanese; everything typed stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.inputs.quantity import REFUSED_BOX_STYLE


@pytest.fixture
def dialog(window, qtbot):
    from gui.inputs.custom_defs import CustomDefinitionsDialog

    dlg = CustomDefinitionsDialog(window.presenter, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield dlg
    dlg.close()


def type_into(box, text: str) -> None:
    edit = box.edit if hasattr(box, "edit") else box
    edit.setFocus()
    edit.selectAll()
    if text and not text.isascii():
        edit.insert(text)  # as an input method commits it: QTest types only ASCII keys
    elif text:
        QTest.keyClicks(edit, text)
    else:
        QTest.keyClick(edit, Qt.Key.Key_Delete)


def press_add(dialog) -> str:
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    return dialog.error.text()


def refused(box) -> bool:
    return box.edit.styleSheet() == REFUSED_BOX_STYLE


def test_a_tdp_above_its_range_is_said_by_label_as_typed_with_the_range(window, dialog):
    before = window.presenter.scenario
    type_into(dialog.acc_name, "Lab GPU")
    type_into(dialog.acc_tdp, "9,000")
    assert press_add(dialog) == "TDP: 9,000 is out of range; allowed 1–5000 W"
    assert dialog.acc_tdp.text() == "9,000" and refused(dialog.acc_tdp)  # kept to be fixed, framed red
    assert dialog.acc_name.text() == "Lab GPU"
    assert window.presenter.scenario is before
    # fixed: added, the frame and the message go
    type_into(dialog.acc_tdp, "900")
    assert not refused(dialog.acc_tdp)
    assert press_add(dialog).startswith("Added Lab GPU as user:lab-gpu")
    assert window.presenter.scenario.custom.accelerators["user:lab-gpu"].tdp_w == 900


def test_every_refused_box_is_said_at_once_and_nothing_typed_is_lost(window, dialog):
    before = window.presenter.scenario
    type_into(dialog.acc_name, "Lab GPU")
    type_into(dialog.acc_tflops["bf16"], "-5")
    type_into(dialog.acc_mem, "20k")
    type_into(dialog.acc_bw, "fast")
    assert press_add(dialog).split("\n") == [
        "Peak BF16 (0 = not supported): -5 is out of range; allowed 0–1000000 TFLOPS",
        "Memory: 20k is out of range; allowed 0.1–10000 GB",
        "Memory bandwidth: 'fast' is not a number; allowed 1–1000000 GB/s",
    ]
    assert [b.text() for b in (dialog.acc_tflops["bf16"], dialog.acc_mem, dialog.acc_bw)] == [
        "-5",
        "20k",
        "fast",
    ]
    assert all(refused(b) for b in (dialog.acc_tflops["bf16"], dialog.acc_mem, dialog.acc_bw))
    assert not refused(dialog.acc_tdp) and dialog.acc_tdp.text() == "700"
    assert window.presenter.scenario is before
    # the form, these three lines and the buttons fit a 1024 x 768 screen (one column was 880 px tall)
    assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1000


def test_an_empty_name_and_no_peak_are_said_in_the_forms_words(window, dialog):
    before = window.presenter.scenario
    type_into(dialog.acc_name, "")
    for box in dialog.acc_tflops.values():
        type_into(box, "0")
    said = press_add(dialog)
    assert said.split("\n") == [
        "Name: a name is required",
        "Give at least one peak above 0 (0 = not supported); allowed 0–1000000 TFLOPS",
    ]
    assert "peak_tflops" not in said and "String should" not in said
    assert all(refused(b) for b in dialog.acc_tflops.values())
    assert window.presenter.scenario is before


def test_a_grid_and_a_profile_out_of_range(window, dialog):
    before = window.presenter.scenario
    dialog.tabs.setCurrentIndex(1)
    type_into(dialog.grid_name, "Site PPA")
    type_into(dialog.grid_g, "2500")
    assert press_add(dialog) == "Carbon intensity: 2500 is out of range; allowed 0–2000 gCO2e/kWh"
    dialog.tabs.setCurrentIndex(2)
    type_into(dialog.prof_name, "Cold site")
    type_into(dialog.prof_pue, "0.9")
    assert press_add(dialog) == "PUE: 0.9 is out of range; allowed 1–3"
    assert dialog.prof_pue.text() == "0.9" and dialog.grid_g.text() == "2500"
    assert window.presenter.scenario is before


def test_in_japanese_the_dialog_refuses_in_japanese(window, qtbot, qapp):
    from gui import i18n
    from gui.inputs.custom_defs import CustomDefinitionsDialog

    i18n.apply_language(qapp, "ja")
    try:
        dlg = CustomDefinitionsDialog(window.presenter, window)
        qtbot.addWidget(dlg)
        dlg.show()
        type_into(dlg.acc_name, "研究室GPU")
        type_into(dlg.acc_tdp, "6000")
        type_into(dlg.acc_tflops["fp8"], "2e6")
        assert press_add(dlg).split("\n") == [
            "TDP：6000 は範囲外です。範囲は 1–5000 W",
            "ピーク FP8（0＝非対応）：2e6 は範囲外です。範囲は 0–1000000 TFLOPS",
        ]
        type_into(dlg.acc_name, "")
        type_into(dlg.acc_tdp, "600")
        type_into(dlg.acc_tflops["fp8"], "0")
        assert press_add(dlg) == "名前：入力してください"
        dlg.close()
    finally:
        i18n.apply_language(qapp, "en")


def test_idle_power_above_the_tdp_frames_the_idle_box_and_keeps_both(window, dialog):
    type_into(dialog.acc_name, "Lab GPU")
    type_into(dialog.acc_tdp, "300")
    type_into(dialog.acc_idle, "500")
    assert press_add(dialog) == "Idle power (500 W) cannot be more than the TDP (300 W): allowed 0 to 300 W."
    assert refused(dialog.acc_idle) and not refused(dialog.acc_tdp)
    assert (dialog.acc_idle.text(), dialog.acc_tdp.text()) == ("500", "300")
    type_into(dialog.acc_tdp, "600")  # the TDP raised instead: added, and no box stays framed
    assert press_add(dialog).startswith("Added Lab GPU")
    assert not refused(dialog.acc_idle)
