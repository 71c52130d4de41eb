"""A teacher's controls, driven through the real widgets: locks refuse edits and survive a restart, hidden
inputs are not shown, classroom files round-trip and start the app, lesson files load (or say what is wrong),
and the projector's high contrast reaches 7:1 for every text."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from core.lessons import LESSONS_DIR


@pytest.fixture
def fresh(qapp):
    """No stored settings before or after, and the lessons read from a folder of the test's own."""
    from gui.classroom import lessons
    from gui.qtapp import APPLICATION, ORGANISATION, SETTINGS_KEY

    qapp.setOrganizationName(ORGANISATION)
    qapp.setApplicationName(APPLICATION)
    QSettings().remove(SETTINGS_KEY)
    yield
    QSettings().remove(SETTINGS_KEY)
    lessons._state.update(folder=None, files=[])
    lessons.reload()
    from gui import theme

    theme.set_high_contrast(qapp, False)


@pytest.fixture
def lesson_folder(tmp_path, fresh):
    from gui.classroom import lessons

    folder = tmp_path / "lessons"
    folder.mkdir()
    lessons.reload(folder)
    return folder


def open_window(qtbot):
    from gui.diagnostics.selftest import settle
    from gui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.build()
    settle(win.presenter)
    return win


def dismiss_message_boxes(texts: list[str]) -> QTimer:
    """Close every message box as it opens, keeping its text."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.close()

    timer = QTimer()
    timer.timeout.connect(close)
    timer.start(20)
    return timer


def test_a_locked_input_refuses_every_edit_and_stays_locked_after_a_restart(fresh, qtbot, settle):
    win = open_window(qtbot)
    pue = win.panel.inputs["datacenter.pue"]
    region = win.panel.controls["datacenter.region"]
    # the teacher right-clicks the PUE label and locks it
    menu = QMenu()
    win.extras.teacher.fill_menu(menu, "datacenter.pue")
    lock = menu.actions()[0]
    assert lock.text().startswith("Lock “PUE") and not lock.isChecked()
    lock.trigger()
    win.extras.teacher.set_locked("datacenter.region", True)
    before = win.presenter.scenario
    assert not pue.slider.isEnabled() and not pue.box.isEnabled() and pue.label.isEnabled()
    assert "Locked by the teacher" in pue.label.toolTip() and not region.widget.isEnabled()
    assert pue.label.text() == "PUE (locked)"
    # typing, the keyboard and the wheel reach nothing
    pue.box.setFocus()
    qtbot.keyClicks(pue.box, "1.09")
    qtbot.keyClick(pue.box, Qt.Key.Key_Return)
    qtbot.keyClick(pue.slider, Qt.Key.Key_PageUp)
    # and an edit that reaches the control anyway (a programmatic slip) is refused by the binding
    pue.edited.emit("datacenter.pue", 1.09)
    region.edited.emit("datacenter.region", "FR")
    settle(win.presenter)
    assert win.presenter.scenario == before and pue.box.text() == pue.format(before.datacenter.pue)
    # an input that is not locked still works
    batch = win.panel.inputs["inference.batch_size"]
    batch.box.setText("32")
    batch.box.editingFinished.emit()
    assert win.presenter.scenario.inference.batch_size == 32
    win.close()

    # a restart: the class cannot escape the lock by starting again
    again = open_window(qtbot)
    pue = again.panel.inputs["datacenter.pue"]
    assert again.extras.teacher.is_locked("datacenter.pue") and not pue.slider.isEnabled()
    assert not again.panel.controls["datacenter.region"].widget.isEnabled()
    pue.edited.emit("datacenter.pue", 1.09)
    assert again.presenter.scenario.datacenter.pue != 1.09
    # the teacher unlocks from the same menu
    menu = QMenu()
    again.extras.teacher.fill_menu(menu, "datacenter.pue")
    assert menu.actions()[0].isChecked()
    menu.actions()[0].trigger()
    assert pue.slider.isEnabled() and pue.box.isEnabled() and pue.label.text() == "PUE"
    pue.box.setText("1.09")
    pue.box.editingFinished.emit()
    assert again.presenter.scenario.datacenter.pue == 1.09
    again.close()


def test_hidden_inputs_are_not_shown_and_a_group_with_none_left_goes(fresh, qtbot):
    from gui.classroom.teacher_dialog import HIDE, LOCK, TeacherDialog

    win = open_window(qtbot)
    teacher = win.extras.teacher
    dialog = TeacherDialog(teacher, win)
    assert set(dialog.items) == set(win.panel.controls)  # every input is listed
    kernel = "optimisation.quantization_kernel_efficiency"
    dialog.items[kernel].setCheckState(HIDE, Qt.CheckState.Checked)
    dialog.items["datacenter.sites"].setCheckState(HIDE, Qt.CheckState.Checked)
    dialog.items["model.parameters"].setCheckState(LOCK, Qt.CheckState.Checked)
    dialog.accept()
    inp = win.panel.inputs[kernel]
    assert not any(w.isVisible() for w in (inp.label, inp.slider, inp.box, inp.unit))
    assert not win.panel.sites.isVisible()
    assert win.panel.inputs["datacenter.pue"].box.isVisible()
    assert not win.panel.inputs["model.parameters"].box.isEnabled()
    # a whole group hidden: its box goes too
    group = teacher.group("economics.electricity_price_per_kwh")
    paths = [p for p in win.panel.controls if teacher.group(p) is group]
    for path in paths:
        teacher.set_hidden(path, True)
    assert not group.isVisible() and len(paths) >= 2
    teacher.set_hidden(paths[0], False)
    assert group.isVisible() and teacher.row(paths[0])[1].isVisible()
    # a lesson step about a hidden input frames nothing (no orange frame around an empty place)
    teacher.set_hidden("datacenter.pue", True)
    win.extras.lessons.show_step(2)
    assert win.extras.lessons.flat[2][2].control == "datacenter.pue" and win.extras.lessons.highlight is None
    teacher.set_hidden("datacenter.pue", False)
    win.extras.lessons.show_step(2)
    assert win.extras.lessons.highlight is not None
    win.close()


def test_a_classroom_file_round_trips_and_starts_the_app(fresh, qtbot, tmp_path, settle):
    from gui.app import teacher_start

    win = open_window(qtbot)
    teacher = win.extras.teacher
    win.panel.inputs["datacenter.pue"].box.setText("1.2")
    win.panel.inputs["datacenter.pue"].box.editingFinished.emit()
    teacher.set_locked("datacenter.pue", True)
    teacher.set_hidden("datacenter.sites", True)
    setup = teacher.setup.model_copy(
        update={"startup": win.presenter.scenario.model_dump(mode="json"), "lesson": "pue", "name": "Y10"}
    )
    path = tmp_path / "y10.aiee-class.json"
    assert teacher.save_file(str(path), setup)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["locked"] == ["datacenter.pue"] and saved["startup"]["datacenter"]["pue"] == 1.2
    win.close()

    # a fresh start with nothing stored: main.py y10.aiee-class.json --classroom
    QSettings().remove("app/settings")
    again = open_window(qtbot)
    assert not again.extras.teacher.is_locked("datacenter.pue")
    teacher_start(again, str(path), {"classroom": True})
    settle(again.presenter)
    assert again.extras.teacher.is_locked("datacenter.pue")
    assert not again.panel.inputs["datacenter.pue"].slider.isEnabled()
    assert not again.panel.sites.isVisible()
    panel = again.extras.lessons
    assert panel.isVisible() and panel.flat[panel.index][0].id == "pue" and panel.index >= 0
    assert again.extras.classroom is not None and again.extras.classroom.isVisible()
    again.extras.classroom.close()
    # the lesson's first step sets PUE 1.58: a lesson the teacher opens still sets a locked input
    assert again.presenter.scenario.datacenter.pue == 1.58
    again.close()


def test_file_open_takes_a_classroom_file_too(fresh, qtbot, tmp_path):
    from core.classroom import ClassroomSetup, save_classroom_file

    path = tmp_path / "c.aiee-class.json"
    save_classroom_file(ClassroomSetup(hidden=["training.mfu"]), path)
    win = open_window(qtbot)
    assert win.files.open_file(str(path))
    assert (
        win.extras.teacher.is_hidden("training.mfu") and not win.panel.inputs["training.mfu"].box.isVisible()
    )
    assert win.file_path is None  # a set-up, not the scenario's file
    win.close()


def test_a_bad_classroom_file_is_said_and_changes_nothing(fresh, qtbot, tmp_path):
    win = open_window(qtbot)
    path = tmp_path / "bad.aiee-class.json"
    path.write_text(json.dumps({"locked": ["datacenter.peu"]}), encoding="utf-8")
    said: list[str] = []
    timer = dismiss_message_boxes(said)
    assert not win.extras.teacher.open_file(str(path))
    timer.stop()
    assert said == [
        "bad.aiee-class.json, locked: 'datacenter.peu' is not an input of the scenario (main.py schema lists them)"
    ]
    assert win.extras.teacher.setup.locked == []
    win.close()


def test_a_bad_lesson_file_is_said_with_the_file_and_step(lesson_folder, qtbot, tmp_path):
    win = open_window(qtbot)
    panel = win.extras.lessons
    n = len(panel.flat)
    data = json.loads((LESSONS_DIR / "02-pue.json").read_text(encoding="utf-8"))
    data["steps"][1]["values"]["datacenter.pue"] = 0.5
    bad = tmp_path / "mine.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    said: list[str] = []
    timer = dismiss_message_boxes(said)
    assert not win.extras.lesson_files.load(str(bad))
    timer.stop()
    expected = (
        "mine.json, step 2, values.datacenter.pue: datacenter.pue = 0.5 is out of range; allowed 1 to 3"
    )
    assert said == [expected] and expected in win.statusBar().currentMessage()
    assert len(panel.flat) == n  # every lesson still there
    # the same file in the lessons folder: the others load, the status bar names it
    (lesson_folder / "mine.json").write_text(json.dumps(data), encoding="utf-8")
    win.extras.lesson_files.reload()
    assert len(panel.flat) == n and panel.lesson_pick.count() == 8
    assert win.statusBar().currentMessage() == f"Lesson file not loaded: {expected}"
    win.close()
    # and at the next start, after the window's own "Ready" line
    again = open_window(qtbot)
    qtbot.waitUntil(lambda: again.statusBar().currentMessage() == f"Lesson file not loaded: {expected}")
    again.close()


def test_a_teachers_edited_copy_is_the_lesson_shown(lesson_folder, qtbot, monkeypatch, settle):
    from PySide6.QtGui import QDesktopServices

    from gui import i18n

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    win = open_window(qtbot)
    panel = win.extras.lessons
    panel.show()
    panel.show_step(3)  # lesson 2, step 2: PUE 1.58 -> 1.09
    copy = win.extras.lesson_files.edit_copy()
    assert copy == lesson_folder / "pue.json" and opened == [str(lesson_folder)]
    assert "Edit a copy of this lesson" in (lesson_folder / "README.txt").read_text(encoding="utf-8")
    assert panel.lesson_pick.itemText(1).endswith("(yours)")
    # the teacher edits the copy: their own data centre and their own words, in both languages
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["steps"][1]["values"]["datacenter.pue"] = 1.2
    data["steps"][1]["title"] = {"en": "Our school's data centre", "ja": "学校のデータセンター"}
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    win.extras.lesson_files.reload()  # as the folder watcher does when the file is saved
    assert panel.index == 3 and panel.step_title.text() == "Our school's data centre"
    panel.next()  # reveal the lever's change
    settle(win.presenter)
    assert win.presenter.scenario.datacenter.pue == 1.2
    assert "1.58 → 1.2" in panel.move_hint.text()
    i18n.switch_language("ja", win.retranslate)
    try:
        assert panel.step_title.text() == "学校のデータセンター"
        assert panel.lesson_pick.itemText(1) == "2. データセンターの効率：PUEと冷却（自作）"
    finally:
        i18n.switch_language("en", win.retranslate)
    win.close()


def test_high_contrast_text_is_at_least_7_to_1(fresh, qtbot, qapp):
    from PySide6.QtGui import QPalette

    from gui import theme
    from gui.classroom.projector import fits

    # WCAG's own examples: black on white 21:1, and #767676 on white just 4.5:1
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    for palette, disabled in (
        (theme.HIGH_CONTRAST, theme.HIGH_CONTRAST_DISABLED_TEXT),
        (theme.HIGH_CONTRAST_DARK, theme.HIGH_CONTRAST_DARK_DISABLED_TEXT),
    ):
        for text, background in theme.TEXT_ON:
            assert theme.contrast_ratio(palette[text], palette[background]) >= 7.0, (text, background)
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            assert theme.contrast_ratio(disabled, palette[background]) >= 7.0
    win = open_window(qtbot)
    dialog = win.extras.projector_dialog()  # View > Teacher > Projector…: high contrast, OK
    dialog.contrast.setChecked(True)
    dialog.accept()
    from gui import settings

    assert settings.read().projector.high_contrast
    pal = qapp.palette()
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert pal.color(QPalette.ColorRole.Window).name() == "#ffffff"
    win.extras.teacher.set_locked("datacenter.pue", True)  # a locked input is read from the back too
    disabled = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
    assert theme.contrast_ratio(disabled, "#FFFFFF") >= 7.0
    # the text scale is offered only where the window still has 1024 x 768
    assert fits(1.5, 1920, 1200) and not fits(1.5, 1366, 768) and not fits(1.25, 1024, 768)
    win.close()


def test_settings_of_version_1_gain_the_teacher_and_projector_sections(fresh, caplog):
    from gui import settings

    QSettings().setValue("app/settings", json.dumps({"schema_version": 1, "dark": True, "language": "ja"}))
    stored = settings.read()
    assert stored.schema_version == 2 and stored.dark and stored.language == "ja"
    assert stored.teacher.locked == [] and stored.projector.text_scale == 1.0
    settings.write(stored)
    again = json.loads(QSettings().value("app/settings"))
    assert again["schema_version"] == 2 and again["teacher"]["locked"] == []


def test_a_text_scale_is_applied_before_the_app_starts(fresh, monkeypatch):
    from gui import settings
    from gui.classroom import projector

    monkeypatch.delenv("QT_SCALE_FACTOR", raising=False)
    assert projector.startup_scale() is None
    settings.update(projector=settings.Projector(text_scale=1.25))
    assert projector.startup_scale() == 1.25
    monkeypatch.setenv("QT_SCALE_FACTOR", "2")  # the person's own setting wins
    assert projector.startup_scale() is None


def test_with_a_pin_the_class_cannot_unlock(fresh, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from core.classroom import check_pin, hash_pin
    from gui import settings
    from gui.classroom.teacher_dialog import TeacherDialog

    win = open_window(qtbot)
    teacher = win.extras.teacher
    teacher.set_locked("datacenter.pue", True)
    dialog = TeacherDialog(teacher, win)
    dialog.pin.setText("12")  # too short: said under the field, nothing stored, the dialog stays
    dialog.accept()
    assert "4 to 32 characters" in dialog.pin_error.text() and settings.read().teacher_pin is None
    dialog.pin.setText("2468")
    dialog.accept()
    stored = settings.read().teacher_pin
    # stored as a salted hash, never the PIN itself (a hex digest may contain "2468" by chance: the CI of
    # 2026-12-04 drew ...ef7724688613...; the form is checked instead)
    algorithm, rounds, salt, digest = stored.split("$")
    assert (algorithm, rounds) == ("pbkdf2_sha256", "200000")
    assert re.fullmatch(r"[0-9a-f]{32}", salt) and re.fullmatch(r"[0-9a-f]{64}", digest)
    assert check_pin("2468", stored) and not check_pin("2469", stored)
    teacher.pin_until = 0.0  # as after ten minutes, or a restart

    typed: list[str] = []
    answer = {"pin": "1111"}

    def ask(*_args, **_kw):
        typed.append(answer["pin"])
        return answer["pin"], True

    monkeypatch.setattr(QInputDialog, "getText", ask)
    menu = QMenu()
    teacher.fill_menu(menu, "datacenter.pue")
    menu.actions()[0].trigger()  # a student tries to unlock: asked for the PIN, wrong
    assert typed == ["1111"] and teacher.is_locked("datacenter.pue")
    assert win.statusBar().currentMessage() == "Wrong PIN: nothing was changed."
    assert teacher.dialog() is None  # nor the teacher's dialog
    answer["pin"] = "2468"
    menu = QMenu()
    teacher.fill_menu(menu, "datacenter.pue")
    menu.actions()[0].trigger()
    assert not teacher.is_locked("datacenter.pue") and typed == ["1111", "1111", "2468"]
    # and not asked again for a while
    dlg = teacher.dialog()
    assert dlg is not None and len(typed) == 3
    dlg.close()
    # the same PIN hashed again with the same salt gives the same key; a PIN never compares as text
    salt = bytes.fromhex(stored.split("$")[2])
    assert hash_pin("2468", salt) == stored and not check_pin("2468 ", stored)
    win.close()


def test_saving_a_file_in_the_lessons_folder_changes_the_lesson_on_screen(lesson_folder, qtbot):
    """The folder is watched: the teacher saves in their editor, the panel follows without a command."""
    from gui.classroom.lessons import LESSONS

    win = open_window(qtbot)
    panel = win.extras.lessons
    panel.show_step(3)
    assert len(LESSONS) == 8  # the name of earlier releases still answers
    data = json.loads((LESSONS_DIR / "02-pue.json").read_text(encoding="utf-8"))
    data["steps"][1]["title"]["en"] = "Saved in my editor"
    (lesson_folder / "pue.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    qtbot.waitUntil(lambda: panel.step_title.text() == "Saved in my editor", timeout=5000)
    assert panel.index == 3 and panel.lesson_pick.currentText().endswith("(yours)")
    win.close()


def test_the_lock_mark_follows_the_language(fresh, qtbot):
    from gui import i18n

    win = open_window(qtbot)
    teacher = win.extras.teacher
    teacher.set_locked("datacenter.pue", True)
    teacher.set_locked("datacenter.region", True)
    region_label = teacher.label("datacenter.region")
    assert region_label.text() == "Grid region (locked)"
    i18n.switch_language("ja", win.retranslate)
    try:
        assert win.panel.inputs["datacenter.pue"].label.text() == "PUE（ロック中）"
        assert region_label.text() == "電力網の地域（ロック中）"
        assert "先生がロックしています" in region_label.toolTip()
    finally:
        i18n.switch_language("en", win.retranslate)
    assert region_label.text() == "Grid region (locked)" and region_label.toolTip().count("Locked by") == 1
    win.close()
