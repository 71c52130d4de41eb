"""The crash-restore bar (a previous session's autosave left over) says its whole sentence: on a row of its
own, whole where the window is wide enough, else shortened with "…" and the whole sentence in its tooltip;
its buttons always on screen."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt

from core.scenario import Scenario


def _leftover(folder: Path, scenario: Scenario, session: str) -> Path:
    """An autosave as a killed instance leaves it: its files, no live lock."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"autosave-{session}-1.json"
    path.write_text(json.dumps({"sequence": 3, "scenario": scenario.model_dump(mode="json")}))
    return path


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_the_restore_bar_shows_its_sentence_whole_with_its_buttons(qtbot, qapp, size):
    from gui.diagnostics.layout import check_layout, fit_to_screen
    from gui.diagnostics.selftest import settle
    from gui.window.autosave import autosave_folder
    from gui.window.main_window import MainWindow

    name = "Llama 3.1 8B on our lab's cluster, winter term"
    path = _leftover(autosave_folder(), Scenario(name=name, datacenter={"pue": 1.23}), "999998-abcdee")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.build()
    settle(win.presenter)
    fit_to_screen(win, QSize(*size))
    tools = win.whatif
    try:
        assert tools.restore_bar is not None
        label = tools.restore_label
        sentence = label.full_text()
        assert sentence.startswith("The last session ended without closing (crash or kill).")
        assert f"“{name}”" in sentence
        # a positive width (it was squeezed to −15 px beside the toolbar), the text within it
        room = label.contentsRect().width()
        assert room > 200
        assert label.fontMetrics().horizontalAdvance(label.text()) <= room
        assert label.text() == sentence  # whole: the bar has a row of its own
        assert name in html.unescape(label.toolTip()) and "autosaved at" in label.toolTip()
        for button in (tools.restore_button, tools.discard_button):
            assert button.isVisible()
            right = button.mapTo(win, QPoint(button.width(), 0)).x()
            assert 0 < right <= win.width()
        assert not [p for p in check_layout([win], QSize(*size)) if "restoreBar" in p]
    finally:
        while tools.leftovers:  # this test's leftover (and any an earlier test left) gone
            tools.discard_restore()
        assert not path.exists() and tools.restore_bar is None
        win.close()


def test_a_sentence_longer_than_its_row_is_shortened_with_the_whole_in_the_tooltip(qtbot):
    from gui.plaintext import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    sentence = (
        "The last session ended without closing (crash or kill). Its scenario “<b>A</b>” was autosaved."
    )
    label.set_full_text(sentence)
    label.resize(label.fontMetrics().horizontalAdvance(sentence) + 40, 30)
    label.show()
    assert label.text() == sentence and label.textFormat() == Qt.TextFormat.PlainText
    label.resize(220, 30)
    room = label.contentsRect().width()
    assert label.text().endswith("…") and sentence.startswith(label.text()[:-1])
    assert label.fontMetrics().horizontalAdvance(label.text()) <= room
    assert html.unescape(label.toolTip()) == f"<p>{sentence}</p>"  # the whole, as text (not bold)
    assert label.accessibleName() == sentence
    # a tool bar lays a widget out at its size hint: the hint is small, so the buttons beside it stay
    assert label.sizeHint().width() < 100
