"""Honest inputs (issue 13, item 7): the wheel scrolls the panel, overridden inputs say so, a contradicting
shape is flagged, "70,6B" is never 706B, an invalid field says which value the results are for, and water is
shown in units a lay reader can read."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from core.estimator import estimate


def wheel(widget, steps: int = -1) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        widget.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def type_into(window, path: str, text: str, settle) -> None:
    box = window.inputs[path].box
    box.setFocus()
    box.selectAll()
    if text:
        QTest.keyClicks(box, text)
    else:
        QTest.keyClick(box, Qt.Key.Key_Delete)
    QTest.keyClick(box, Qt.Key.Key_Tab)
    settle(window.presenter)


# ----- the wheel -------------------------------------------------------------------------------------------


def test_the_wheel_over_an_unfocused_slider_scrolls_the_panel_and_changes_nothing(window, settle):
    """UX review P1-4: scrolling the panel took Measured hours from 7M to 718k."""
    window.load_preset("llama31-70b")
    settle(window.presenter, full=True)
    window.resize(1366, 500)  # the column needs scrolling
    QApplication.processEvents()
    inp = window.inputs["training.accelerator_hours"]
    bar = window.scroll.verticalScrollBar()
    bar.setValue(0)
    window.setFocus()
    assert inp.slider.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not give it the focus
    scenario = window.presenter.scenario
    position = inp.slider.value()
    wheel(inp.slider, -3)
    settle(window.presenter)
    assert inp.slider.value() == position
    assert window.presenter.scenario == scenario  # Measured hours still 7M
    assert window.presenter.scenario.training.accelerator_hours == 7e6
    assert bar.value() > 0  # the panel scrolled


def test_a_focused_slider_and_combo_take_the_wheel(window, settle):
    inp = window.inputs["datacenter.pue"]
    inp.slider.setFocus()
    QApplication.processEvents()
    assert inp.slider.hasFocus()
    before = window.presenter.scenario.datacenter.pue
    wheel(inp.slider, +1)  # one notch up moves the slider one step right
    settle(window.presenter)
    assert window.presenter.scenario.datacenter.pue > before
    combo = window.precision
    combo.setFocus()
    QApplication.processEvents()
    index = combo.currentIndex()
    wheel(combo, -1)
    assert combo.currentIndex() != index


def test_every_wheel_input_of_the_panel_is_guarded(window):
    from PySide6.QtWidgets import QAbstractSlider, QComboBox

    from gui.inputs.wheel import WheelGuard

    guards = [c for c in window.scroll.children() if isinstance(c, WheelGuard)]
    assert len(guards) == 1  # one guard for the panel
    for w in window.scroll.widget().findChildren(QAbstractSlider) + window.scroll.widget().findChildren(
        QComboBox
    ):
        if type(w).__name__ == "QScrollBar":
            continue
        assert w.focusPolicy() == Qt.FocusPolicy.StrongFocus, w.objectName()


# ----- measured values that override inputs ---------------------------------------------------------------


def test_measured_hours_say_which_inputs_they_override_and_how_to_clear_them(window, settle, qtbot):
    """UX review P1-7: on Llama 3.1 70B, Parameters 70B -> 2T left training at 7.9 GWh with no hint."""
    window.load_preset("llama31-70b")
    settle(window.presenter, full=True)
    notes = {p: window.inputs[p].error.text() for p in window.inputs if window.inputs[p].error.isVisible()}
    assert set(notes) == {
        "model.parameters",
        "model.training_tokens",
        "training.accelerator_count",
        "training.mfu",
    }
    assert "Measured hours (7M h)" in notes["model.parameters"]
    assert not any(window.inputs[p].error_shown() for p in notes)  # notes, not errors
    params = window.inputs["model.parameters"]
    assert "Clear Measured hours" in params.error.toolTip()
    training = window.presenter.snapshot.results["training.energy_kwh"]
    type_into(window, "model.parameters", "140B", settle)
    qtbot.waitUntil(lambda: "clear it" in window.statusBar().currentMessage(), timeout=2000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Training is fixed by Measured hours (7M h): clear it to compute · Parameters ")
    assert "Parameters 70.6B → 140B: lifetime facility energy" in message
    assert window.presenter.snapshot.results["training.energy_kwh"] == pytest.approx(training)
    # cleared: the notes go, and the parameters move the training energy again
    window.presenter.set_values({"training.accelerator_hours": None}, "clear")
    settle(window.presenter, full=True)
    assert not params.error.isVisible()
    assert window.presenter.snapshot.results["training.energy_kwh"] != pytest.approx(training)


def test_a_shape_that_contradicts_the_parameter_count_is_flagged(window, settle):
    """Layers 80 x hidden 8192 make 12 x 80 x 8192² = 64.4B parameters (Kaplan et al. 2020): beside 100M
    parameters they are no possible model; beside 70.6B they agree (0.91x)."""
    window.load_preset("llama31-70b")
    settle(window.presenter, full=True)
    layers, hidden = window.inputs["model.n_layers"], window.inputs["model.d_model"]
    assert not layers.error.isVisible() and not hidden.error.isVisible()
    type_into(window, "model.parameters", "100M", settle)
    for inp in (layers, hidden):
        assert inp.error.isVisible() and not inp.error_shown()
        assert inp.error.text() == "This shape makes about 64.4B parameters, not 100M"
        assert "12 × layers × hidden size²" in inp.error.toolTip()
    type_into(window, "model.n_layers", "", settle)  # cleared: derived from the count again
    type_into(window, "model.d_model", "", settle)
    assert not layers.error.isVisible() and not hidden.error.isVisible()


def test_shape_check_against_published_models():
    from core.analysis import shape_disagreement, shape_parameters
    from core.catalog import catalog
    from core.compare import scenario_from_preset

    assert shape_parameters(96, 12288) == pytest.approx(173.95e9, rel=1e-3)  # GPT-3 175B
    for pid in catalog().presets:  # every published shape agrees with its count (MoE: the active count)
        assert shape_disagreement(scenario_from_preset(pid)) is None, pid
    base = scenario_from_preset("llama31-70b")  # 80 layers x 8192 wide: 64.4B by the formula

    def check(parameters):
        return shape_disagreement(base.with_values({"model.parameters": parameters}))

    assert check(100e9) is None and check(35e9) is None  # 0.64x and 1.84x: within a factor 2
    assert check(140e9) == pytest.approx((12 * 80 * 8192**2, 140e9))  # 0.46x
    assert check(30e9) == pytest.approx((12 * 80 * 8192**2, 30e9))  # 2.15x


# ----- typed numbers: separators and invalid text ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_70_comma_6B_is_refused_never_read_as_706B(window, settle, qapp, qtbot, lang):
    """UX review P2-15: "70,6B" was read as 706B (the comma dropped as a thousands separator)."""
    from gui import i18n

    if lang == "ja":
        i18n.switch_language("ja", window.retranslate)
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        qtbot.wait(50)  # Qt's own LanguageChange events, handled on the next turns of the loop
    try:
        assert QLocale().decimalPoint() == "."  # both languages write decimals with a point
        inp = window.inputs["model.parameters"]
        before = window.presenter.scenario.model.parameters
        type_into(window, "model.parameters", "70,6B", settle)
        assert window.presenter.scenario.model.parameters == before  # not 706B, not anything
        assert inp.error_shown()
        message = inp.error.text()
        assert "70,6B" in message and "'.'" in message.replace("「.」", "'.'")
        assert inp.box.text() == "70,6B"  # the typed text stays to be fixed: nothing is lost
        # a comma that groups thousands is still read as such
        type_into(window, "model.parameters", "70,600,000,000", settle)
        assert window.presenter.scenario.model.parameters == 70.6e9
        assert not inp.error_shown()
    finally:
        i18n.apply_language(qapp, "en")


def test_where_the_decimal_mark_is_a_comma_70_comma_6B_is_70_point_6B(window, settle):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        type_into(window, "model.parameters", "70,6B", settle)
        assert window.presenter.scenario.model.parameters == pytest.approx(70.6e9)
        type_into(window, "model.parameters", "1.024", settle)  # German grouping: one thousand and 24
        assert window.presenter.scenario.model.parameters == pytest.approx(1.024e9) or (
            window.inputs["model.parameters"].error_shown()  # below the 1M minimum: refused, not misread
        )
    finally:
        QLocale.setDefault(previous)


def test_separators_in_core():
    from core.scenario import normalise_separators as n

    assert n("70,6B") is None and n("1,0245") is None and n("70,6") is None
    assert n("1,024") == "1024" and n("1,750,000.5") == "1750000.5" and n("175B") == "175B"
    assert n("70,6B", ",", ".") == "70.6B" and n("1.024,5", ",", ".") == "1024.5"
    assert n("1,2,3", ",", ".") is None


def test_an_invalid_field_says_which_value_the_results_beside_it_are_for(window, settle):
    """UX review P2-15: after Tab the box showed "0" params beside results for another value."""
    inp = window.inputs["model.parameters"]
    shown = window.headline.energy.value.text()
    type_into(window, "model.parameters", "0", settle)
    assert inp.box.text() == "0"
    assert inp.error_shown()
    assert inp.error.text().endswith("The results shown are for 8B.")
    assert window.headline.energy.value.text() == shown  # still the 8B results, and now said so
    type_into(window, "model.parameters", "abc", settle)
    assert "'abc' is not a number" in inp.error.text() and "results shown are for 8B" in inp.error.text()
    type_into(window, "model.parameters", "70B", settle)
    assert not inp.error.isVisible() and window.presenter.scenario.model.parameters == 70e9


# ----- water a lay reader can read ---------------------------------------------------------------------------


def test_water_on_the_cards_is_in_cubic_metres_and_millilitres_never_megalitres(window, settle):
    window.load_preset("chat-service")
    settle(window.presenter, full=True)
    r = window.presenter.snapshot.results
    assert r["lifecycle.water_l"] == pytest.approx(3.479e8, rel=1e-3)  # 348 million litres
    card = window.headline.water
    assert card.value.text() == "348,000 m³"
    assert card.range.text().endswith(" m³") and "ML" not in card.range.text()
    assert window.headline.query.detail.text().endswith("0.964 mL water")
    for c in window.headline.cards:
        assert not any(u in c.value.text() + c.range.text() for u in (" ML", " GL", " kL"))
    assert estimate(window.presenter.scenario)["lifecycle.water_l"] == pytest.approx(r["lifecycle.water_l"])


def test_the_pdf_shows_water_as_the_cards_do(window, tmp_path):
    import subprocess

    from core.compare import scenario_from_preset
    from gui.export.report import write_pdf

    path = tmp_path / "chat.pdf"
    write_pdf(scenario_from_preset("chat-service"), str(path))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    outputs = next(page for page in text.stdout.split("\f") if "Outputs with their p5" in page)
    assert "348,000 m³" in outputs  # the lifetime water card and the outputs table agree
    assert "0.964 mL" in outputs  # water per query
    rows = [line for line in outputs.splitlines() if "water" in line.lower()]
    assert rows and not any(" ML" in r or "e+0" in r for r in rows), rows


def test_changing_the_training_chip_under_measured_hours_and_power_says_why_nothing_moved(
    window, settle, qtbot
):
    window.load_preset("llama31-70b")  # 7.0M H100-hours at 700 W, both published
    settle(window.presenter, full=True)
    before = window.presenter.snapshot.results["training.energy_kwh"]
    control = window.controls["training.accelerator"]
    control.edited.emit("training.accelerator", "nvidia-a100-sxm4-80gb")  # as the picker does when chosen
    settle(window.presenter, full=True)
    assert window.presenter.scenario.training.accelerator == "nvidia-a100-sxm4-80gb"
    assert window.presenter.snapshot.results["training.energy_kwh"] == pytest.approx(before)
    qtbot.waitUntil(lambda: "clear them" in window.statusBar().currentMessage(), timeout=2000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Training is fixed by Measured hours and power: clear them to compute it · ")
    assert "Training chip NVIDIA H100 SXM5 80GB → NVIDIA A100" in message


def test_the_notes_stay_readable_on_the_dark_theme(window, settle):
    window.load_preset("llama31-70b")
    settle(window.presenter, full=True)
    note = window.inputs["model.parameters"].error
    assert "#8a4b00" in note.styleSheet()
    window.set_dark(True)
    try:
        assert "#F0A04B" in note.styleSheet()  # light amber on the dark background
        window.presenter.set_values({"training.accelerator_hours": None}, "clear")
        settle(window.presenter, full=True)
        window.presenter.set_values({"training.accelerator_hours": 7e6}, "again")
        settle(window.presenter, full=True)
        assert note.isVisible() and "#F0A04B" in note.styleSheet()  # a note shown afresh is light too
    finally:
        window.set_dark(False)
    assert "#8a4b00" in note.styleSheet()


def test_a_refused_value_keeps_its_message_through_a_language_switch(window, settle, qapp, qtbot):
    from gui import i18n

    inp = window.inputs["model.parameters"]
    type_into(window, "model.parameters", "70,6B", settle)
    assert inp.error_shown()
    i18n.switch_language("ja", window.retranslate)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        qtbot.wait(50)
        assert inp.box.text() == "70,6B"
        assert inp.error_shown() and "あいまい" in inp.error.text()  # said again, in Japanese
        assert "表示中の結果は 8B のものです" in inp.error.text()
    finally:
        i18n.apply_language(qapp, "en")


def test_a_refused_value_marks_its_box_without_moving_the_rows_beside_it(window, settle, qapp):
    """The red frame of a refused value keeps the box's height: a bare 1 px border made it 18 px instead of the
    style's 22, so every row below jumped up while the message showed (and the whole panel was redrawn)."""
    inp = window.inputs["model.parameters"]
    qapp.processEvents()
    height = inp.box.height()
    type_into(window, "model.parameters", "70,6B", settle)
    qapp.processEvents()
    assert inp.error_shown() and "B3261E" in inp.box.styleSheet()
    assert inp.box.height() == inp.box.sizeHint().height() == height
    type_into(window, "model.parameters", "8B", settle)
    qapp.processEvents()
    assert not inp.error_shown() and inp.box.styleSheet() == ""
    assert inp.box.height() == height


def test_a_message_under_an_input_never_widens_the_input_column(window, qapp):
    """A message takes the width of its row: its longest word (a file name, a long number) does not widen the
    column, which moved every group of the panel and redrew it whole each time a message came or went."""
    inner = window.scroll.widget()
    qapp.processEvents()
    before = inner.minimumSizeHint().width()
    inp = window.inputs["model.context_length"]
    inp.show_error("Context length: " + "x" * 200)
    qapp.processEvents()
    assert inner.minimumSizeHint().width() == before
    assert inp.error.isVisible() and inp.error.height() >= inp.error.fontMetrics().height()
    inp.hide_error()


def test_a_chip_s_figures_wrap_between_figures_never_inside_one(window, qapp):
    """The chip line under a picker wrapped "1.41 TFLOP/" from "J" in Japanese at 1366 x 768: a figure is kept
    with its unit, and a narrow line breaks only after a "·"."""
    from PySide6.QtGui import QTextLayout

    from gui.inputs.pickers import AcceleratorPicker

    label = window.findChildren(AcceleratorPicker)[0].specs
    text = label.text()
    assert "TFLOP/" in text
    full = label.fontMetrics().horizontalAdvance(text)
    for width in range(60, full, 7):
        layout = QTextLayout(text, label.font())
        layout.beginLayout()
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
        for piece in lines:
            if len(piece) > 1:  # a line holding whole figures: "700 W ·" or "1.41 TFLOP/J"
                assert not piece.startswith(("·", "W", "TFLOP", "GB", "J")), (width, lines)
                assert not piece.endswith("/"), (width, lines)


def test_a_card_wraps_between_figures_never_between_a_figure_and_its_unit(window, settle, qapp):
    """A card's detail line in Japanese at 1366 x 768 showed "学習 30 GWh・推論 72" and "GWh" on the next line."""
    import re

    from PySide6.QtGui import QTextLayout

    settle(window.presenter, full=True)
    for card in window.headline.cards:
        line = card.text.detail
        text = line._drawn
        if not re.search(r"\d", text):
            continue
        full = QFontMetrics(line.font()).horizontalAdvance(text)
        for width in range(40, full, 9):
            layout = QTextLayout(text, line.font())
            layout.beginLayout()
            lines = []
            while (row := layout.createLine()).isValid():
                row.setLineWidth(width)
                lines.append(text[row.textStart() : row.textStart() + row.textLength()])
            layout.endLayout()
            for before, after in itertools.pairwise(lines):
                assert not (re.search(r"\d\s$", before) and re.match(r"[^\W\d_]", after)), (width, lines)
    assert line.text() == line.text().replace("\u00a0", " ")  # what tests and exports read keeps plain spaces


class MoveCounter:
    """Counts the Move events a widget receives (a row pushed by a message line above it)."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            moves = 0

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Move:
                    self.moves += 1
                return False

        self.filter = Filter(widget)
        widget.installEventFilter(self.filter)

    @property
    def moves(self) -> int:
        return self.filter.moves


def test_a_note_whose_figures_change_never_moves_the_rows_below(window, qapp, qtbot, settle):
    """A note's figures change on every step of a slider ("This shape makes about 9.15B parameters, not
    663M"): a new text of as many lines keeps the line's height, and the rows below never move (they were
    squeezed and pushed back six times in 20 steps, and the panel was redrawn each time)."""
    layers, hidden = window.inputs["model.n_layers"], window.inputs["model.d_model"]
    layers.slider.setValue(900)  # a shape far from the parameter count: both inputs get the note
    settle(window.presenter, full=True)
    qtbot.waitUntil(lambda: not window.panel.message_hold.on, timeout=3000)  # Hidden size's note waits for it
    qtbot.wait(20)  # the panel laid out with it (rows moved by that are not the drag's)
    assert hidden.error.isVisible() and hidden.error.text().startswith("This shape makes about")
    height = hidden.error.height()
    below = MoveCounter(window.inputs["model.n_experts"].slider)
    notes = set()
    for position in range(300, 700, 20):
        hidden.slider.setValue(position)
        settle(window.presenter)
        qapp.processEvents()
        notes.add(hidden.error.text())
        assert hidden.error.height() == height
    assert len(notes) >= 10  # the figures did change
    assert below.moves == 0


def message_above_a_row(window, qapp):
    """A refusal shown under Active parameters: (that input, the slider of the row below, its y before)."""
    act = window.inputs["model.active_parameters"]
    below = window.inputs["model.training_tokens"].slider
    qapp.processEvents()
    y_plain = below.y()
    act.show_error("Active parameters (2T) cannot be more than Parameters (8B): allowed 1M to 8B params.")
    qapp.processEvents()
    return act, below, y_plain


def test_a_message_that_goes_while_inputs_move_keeps_its_room_until_they_rest(window, qapp, qtbot):
    """While the person moves inputs a message that goes leaves its room, so the rows stay under the pointer;
    the first result at rest gives the room back."""
    act, below, y_plain = message_above_a_row(window, qapp)
    y_message = below.y()
    assert y_message >= y_plain + act.error.fontMetrics().height()
    window.inputs["model.parameters"].slider.setValue(window.inputs["model.parameters"].slider.value() + 5)
    assert window.panel.message_hold.on  # a slider moved: lines hold their room
    act.hide_error()
    qapp.processEvents()
    assert not act.error.isVisible() and below.y() == y_message
    window.presenter.recompute(full=True)  # computed as at rest, but the slider moved a moment ago: held
    assert window.panel.message_hold.on and below.y() == y_message
    qtbot.wait(window.panel.message_hold.STILL_MS + 20)
    window.presenter.recompute(full=True)  # a result at rest, the inputs still
    assert not window.panel.message_hold.on
    qtbot.waitUntil(lambda: below.y() == y_plain, timeout=1000)  # the panel's layout passes settle


def test_a_move_that_ends_on_a_refused_value_gives_the_room_back_too(window, qapp, qtbot):
    """No result follows a refused value: the lines let go of their room once the inputs rest anyway."""
    act, below, y_plain = message_above_a_row(window, qapp)
    count = window.presenter.recompute_count
    window.panel.message_hold.hold()  # what a slider move does
    act.hide_error()
    qapp.processEvents()
    assert below.y() > y_plain  # held
    qtbot.waitUntil(lambda: not window.panel.message_hold.on, timeout=3000)
    qtbot.waitUntil(lambda: below.y() == y_plain, timeout=1000)  # the panel's layout passes settle
    assert window.presenter.recompute_count == count


def test_a_long_message_is_as_tall_as_its_wrapped_text_at_every_width(window, qapp):
    """The line's height is its text wrapped at the row's width: nothing cut, also after the window narrows."""
    from PySide6.QtCore import QRect

    inp = window.inputs["inference.cached_input_tokens"]
    text = (
        "Cached input tokens (1,954) cannot be more than Input tokens (400): allowed 0 to 400 tokens. "
        "The results shown are for 0."
    )
    inp.set_note(text)

    def needed() -> int:
        fm = inp.error.fontMetrics()
        return fm.boundingRect(
            QRect(0, 0, inp.error.width(), 100000), Qt.TextFlag.TextWordWrap, text
        ).height()

    for width in (1920, 1024):
        window.resize(width, 760)
        qapp.processEvents()
        qapp.processEvents()
        assert inp.error.isVisible() and inp.error.height() >= needed() > 0
    assert inp.error.height() >= 2 * inp.error.fontMetrics().height()  # two lines at 1024
    inp.set_note("")


def test_a_message_line_fitted_while_its_row_was_narrow_shrinks_when_the_row_widens(qapp):
    """A window's first layout can come after its notes are set (the row is still narrow then): the line
    wrapped to four lines must come back to one when the row takes its width (it stayed 72 px tall)."""
    from PySide6.QtWidgets import QGridLayout, QWidget

    from gui.inputs.quantity import MessageLine

    host = QWidget()
    grid = QGridLayout(host)
    line = MessageLine(host)
    grid.addWidget(line, 0, 0)
    line.resize(90, 20)  # not laid out yet
    line.say("No effect on training: Measured hours (7M h) are set")
    one_line = line.fontMetrics().lineSpacing()
    assert line.height() > 2 * one_line  # wrapped at the narrow width
    host.resize(600, 200)
    host.show()
    qapp.processEvents()
    assert line.width() > 500
    assert line.height() == line.text_height(line.width()) <= one_line + 2
    host.deleteLater()


def test_a_note_on_another_row_waits_until_the_dragged_slider_rests(window, qapp, qtbot, settle):
    """Dragging Hidden size to a shape far from the parameter count gives Layers and Hidden size the note
    "This shape makes about ...". The dragged row's own note shows at once; Layers' line, above the slider
    being dragged, waits for the inputs to rest, so the slider stays under the pointer."""
    layers, hidden = window.inputs["model.n_layers"], window.inputs["model.d_model"]
    settle(window.presenter, full=True)
    qapp.processEvents()
    assert not layers.error.isVisible() and not hidden.error.isVisible()
    y_dragged = hidden.slider.y()
    hidden.slider.setValue(950)  # one step of a drag
    qapp.processEvents()
    assert hidden.error.isVisible() and hidden.error.text().startswith("This shape makes about")
    assert not layers.error.isVisible() and layers.error.waiting
    assert hidden.slider.y() == y_dragged  # nothing opened above the slider being dragged
    settle(window.presenter, full=True)  # the inputs rest: the note shows within REST_MS of the last move
    qtbot.waitUntil(lambda: not window.panel.message_hold.on, timeout=3000)
    assert layers.error.isVisible() and layers.error.text() == hidden.error.text()
    assert hidden.slider.y() > y_dragged
