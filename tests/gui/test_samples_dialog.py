"""Edit > Uncertainty samples… refuses a value the way the input panel's boxes do: the field by its label in
the dialog ("Samples"), the value as typed and the allowed range (read by hand from the scenario model:
``uncertainty.samples`` takes 100 to 1,000,000 samples), in English and Japanese; the dialog stays open with
the text. The prompt and the menu's status tip write the limits as the dialog's box shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QSlider


def box(dlg) -> QLineEdit:
    return dlg.findChild(QLineEdit)


def type_and_ok(dlg, text: str) -> None:
    box(dlg).setFocus()
    box(dlg).selectAll()
    QTest.keyClicks(box(dlg), text)
    ok = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)


def shown_texts(dlg) -> list[str]:
    """The texts of the dialog's labels a person sees."""
    return [label.text() for label in dlg.findChildren(QLabel) if label.isVisible() and label.text()]


def through_the_menu(window, steps) -> dict:
    """Open the dialog from the Edit menu's command and run ``steps(dialog, seen)`` inside its modal loop; the
    dialog is closed afterwards whatever happened, so a failure never leaves a modal loop waiting."""
    seen: dict = {}

    def interact() -> None:
        dlg = QApplication.activeModalWidget()
        try:
            steps(dlg, seen)
        except Exception as err:  # said after the loop ends, by the test's own assertions
            seen["error"] = repr(err)
        finally:
            if dlg is not None and dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, interact)
    window.menus.actions["samples"].trigger()
    assert "error" not in seen, seen["error"]
    return seen


def test_a_refused_count_is_said_in_words_and_the_dialog_keeps_it(window, settle):
    p = window.presenter
    assert p.scenario.uncertainty.samples == 2000  # the model's default

    def steps(dlg, seen):
        type_and_ok(dlg, "50")
        seen["open_after_50"] = dlg.isVisible()
        seen["shown_50"] = shown_texts(dlg)
        seen["box_50"] = box(dlg).text()
        seen["samples_after_50"] = p.scenario.uncertainty.samples
        type_and_ok(dlg, "2e6")
        seen["shown_2e6"] = shown_texts(dlg)
        type_and_ok(dlg, "5k")  # typed as the panel's boxes read it
        seen["open_after_5k"] = dlg.isVisible()

    seen = through_the_menu(window, steps)
    assert seen["open_after_50"] and seen["box_50"] == "50" and seen["samples_after_50"] == 2000
    assert "Samples: 50 is out of range; allowed 100–1000000" in seen["shown_50"]
    assert "Samples: 2e6 is out of range; allowed 100–1000000" in seen["shown_2e6"]
    assert not seen["open_after_5k"]
    assert p.scenario.uncertainty.samples == 5000
    assert window.whatif.undo.stack.undoText() == "Uncertainty samples 2000 → 5000"
    settle(p, full=True)
    assert p.snapshot.samples == 5000


@pytest.fixture
def japanese(qapp):
    from gui import i18n

    i18n.apply_language(qapp, "ja")
    yield
    i18n.apply_language(qapp, "en")


def test_in_japanese_the_dialog_refuses_in_japanese(window, japanese):
    def steps(dlg, seen):
        seen["title"] = dlg.windowTitle()
        seen["shown"] = shown_texts(dlg)
        type_and_ok(dlg, "50")
        seen["open"] = dlg.isVisible()
        seen["shown_50"] = shown_texts(dlg)
        seen["box"] = box(dlg).text()
        type_and_ok(dlg, "2500.5")
        seen["shown_fraction"] = shown_texts(dlg)

    seen = through_the_menu(window, steps)
    assert seen["title"] == "不確かさのサンプル数"
    assert any(
        t.startswith("p5〜p95の範囲に使うモンテカルロサンプルの数（100–1000000）。") for t in seen["shown"]
    )
    assert "サンプル数" in seen["shown"]  # the field's label, as the message names it
    assert seen["open"] and seen["box"] == "50"
    assert "サンプル数：50 は範囲外です。範囲は 100–1000000" in seen["shown_50"]
    assert "サンプル数：2500.5 は整数ではありません。範囲は 100–1000000" in seen["shown_fraction"]
    assert window.presenter.scenario.uncertainty.samples == 2000


def test_the_limits_are_written_as_the_box_shows_them(window):
    """At either limit the box shows 100 and 1000000; the prompt, the box's tooltip and the menu's status tip
    write exactly those texts (never "1,000,000", which the box does not show), and the slider's ends give
    them too."""
    p = window.presenter

    def steps(dlg, seen):
        seen["box"] = box(dlg).text()
        seen["shown"] = shown_texts(dlg)
        seen["tip"] = box(dlg).toolTip()
        slider = dlg.findChild(QSlider)
        if slider is not None:
            slider.setValue(slider.minimum())
            seen["slider_lo"] = box(dlg).text()
            slider.setValue(slider.maximum())
            seen["slider_hi"] = box(dlg).text()

    texts = {}
    for n in (100, 1_000_000):
        assert p.set_value("uncertainty.samples", n) is None
        texts[n] = through_the_menu(window, steps)
        assert p.scenario.uncertainty.samples == n  # cancelled: nothing changed
    lo, hi = texts[100]["box"], texts[1_000_000]["box"]
    assert (lo, hi) == ("100", "1000000")
    limits = f"{lo}–{hi}"
    prompt = next(t for t in texts[100]["shown"] if "p5–p95" in t)
    assert f"({limits})" in prompt and "1,000,000" not in prompt
    assert texts[100]["tip"].endswith(f"Allowed: {limits}")
    assert (texts[100].get("slider_lo"), texts[100].get("slider_hi")) == (lo, hi)
    status = window.menus.actions["samples"].statusTip()
    assert status == f"How many Monte Carlo samples the p5–p95 ranges use ({limits})."


def test_the_status_tip_follows_the_language(window, qtbot, qapp):
    from gui import i18n

    i18n.switch_language("ja", window.retranslate)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        assert window.menus.actions["samples"].statusTip() == (
            "p5〜p95の範囲の計算に使うモンテカルロサンプルの数（100–1000000）。"
        )
    finally:
        i18n.apply_language(qapp, "en")
