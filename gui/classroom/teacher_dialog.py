"""View > Teacher > Teacher controls… and Projector….

Teacher controls: every input with "Locked" and "Hidden" boxes, the start-up values, the lesson and classroom
mode to start with, and "Save classroom file…". Projector: the text scale (from the next start) and high
contrast (at once), gui.classroom.projector.

The dialog edits a copy of the set-up; OK applies it (gui.classroom.teacher.TeacherControls.apply, which keeps
it in the settings), Cancel leaves everything as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.classroom import ClassroomSetup
from gui.classroom import projector

LOCK, HIDE = 1, 2


def tr(text: str) -> str:
    return QCoreApplication.translate("Teacher", text)


class TeacherDialog(QDialog):
    def __init__(self, teacher: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.teacher = teacher
        self.setup: ClassroomSetup = teacher.setup.model_copy(deep=True)
        self.setWindowTitle(tr("Teacher controls"))
        self.setObjectName("teacherDialog")
        intro = QLabel(
            tr(
                "Lock an input and the class cannot change it; hide it and the class does not see it. "
                "The lessons and presets you load still set locked inputs. Right-click any input to lock "
                "or hide it directly."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([tr("Input"), tr("Locked"), tr("Hidden")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        groups: dict[Any, QTreeWidgetItem] = {}
        column = teacher.panel.widget()

        def place(path: str) -> int:  # in the panel's reading order, pickers among the number inputs
            w = teacher.inputs(path)[0]
            return w.mapTo(column, w.rect().topLeft()).y()

        for path in sorted(teacher.controls, key=place):
            control = teacher.controls[path]
            box = teacher.group(path)
            parent_item = groups.get(box)
            if parent_item is None:
                parent_item = QTreeWidgetItem(self.tree, [box.title().replace("&", "") if box else ""])
                parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent_item.setExpanded(True)
                groups[box] = parent_item
            item = QTreeWidgetItem(parent_item, [control.name()])
            item.setData(0, Qt.ItemDataRole.UserRole, path)
            item.setToolTip(0, path)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            for col, on in ((LOCK, path in self.setup.locked), (HIDE, path in self.setup.hidden)):
                item.setCheckState(col, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.items[path] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setMinimumHeight(260)

        self.name = QLineEdit(self.setup.name, self)
        self.name.setPlaceholderText(tr("e.g. Year 10 science, lesson 2"))
        self.startup_text = QLabel(self)
        self.startup_text.setWordWrap(True)
        use_now = QPushButton(tr("Use the values on screen now"), self)
        use_now.clicked.connect(self.use_current)
        clear = QPushButton(tr("Start from the defaults"), self)
        clear.clicked.connect(self.clear_startup)
        startup_row = QHBoxLayout()
        startup_row.addWidget(use_now)
        startup_row.addWidget(clear)
        startup_row.addStretch(1)
        self.lesson = QComboBox(self)
        self.lesson.addItem(tr("No lesson"), None)
        from gui.classroom.lessons import lessons

        for lesson in lessons():
            self.lesson.addItem(QCoreApplication.translate("Lessons", lesson.title), lesson.id)
        self.lesson.setCurrentIndex(max(0, self.lesson.findData(self.setup.lesson)))
        self.classroom = QCheckBox(tr("Open classroom mode at start-up"), self)
        self.classroom.setChecked(self.setup.classroom)
        from gui import settings

        self.has_pin = bool(settings.read().teacher_pin)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(32)
        self.pin.setPlaceholderText(
            tr("set: type a new PIN to change it")
            if self.has_pin
            else tr("none: anyone can change these settings")
        )
        self.remove_pin = QCheckBox(tr("No PIN"), self)
        self.remove_pin.setVisible(self.has_pin)
        self.pin_error = QLabel(self)
        self.pin_error.setStyleSheet("color: #B3261E;")
        self.pin_error.hide()
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.remove_pin)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Start-up values"), self.startup_text)
        form.addRow("", startup_row)
        form.addRow(tr("Lesson at start-up"), self.lesson)
        form.addRow("", self.classroom)
        form.addRow(tr("Teacher PIN"), pin_row)
        form.addRow("", self.pin_error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.addButton(tr("Save classroom file…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(lambda: teacher.save_dialog(self.result_setup()))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.tree, 1)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self._show_startup()
        screen = parent.screen().availableGeometry() if parent is not None and parent.screen() else None
        self.resize(640, min(720, screen.height() - 60) if screen is not None else 640)

    def _show_startup(self) -> None:
        if self.setup.startup is None:
            self.startup_text.setText(tr("the defaults (or the scenario file opened)"))
        else:
            name = self.setup.startup.get("name") or ""
            self.startup_text.setText(tr("the values saved from “{name}”").format(name=name))

    def use_current(self) -> None:
        scenario = self.teacher.presenter.scenario
        self.setup = self.setup.model_copy(update={"startup": scenario.model_dump(mode="json")})
        self._show_startup()

    def clear_startup(self) -> None:
        self.setup = self.setup.model_copy(update={"startup": None})
        self._show_startup()

    def checked(self, column: int) -> list[str]:
        return [p for p, item in self.items.items() if item.checkState(column) == Qt.CheckState.Checked]

    def result_setup(self) -> ClassroomSetup:
        """The set-up as the dialog shows it."""
        return ClassroomSetup.model_validate(
            {
                **self.setup.model_dump(),
                "name": self.name.text().strip()[:200],
                "locked": self.checked(LOCK),
                "hidden": self.checked(HIDE),
                "lesson": self.lesson.currentData(),
                "classroom": self.classroom.isChecked(),
            }
        )

    def accept(self) -> None:
        from core.classroom import PIN_LENGTH, hash_pin
        from gui import settings

        pin = self.pin.text()
        if pin and not PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]:  # said under the field; the dialog stays
            self.pin_error.setText(
                tr("A PIN has {lo} to {hi} characters; this one has {n}.").format(
                    lo=PIN_LENGTH[0], hi=PIN_LENGTH[1], n=len(pin)
                )
            )
            self.pin_error.show()
            return
        if pin:
            settings.update(teacher_pin=hash_pin(pin))
        elif self.remove_pin.isChecked():
            settings.update(teacher_pin=None)
        self.teacher.apply(self.result_setup())
        super().accept()


class ProjectorDialog(QDialog):
    """The text scale and high contrast; OK hands them to ``apply_preference(text_scale, high_contrast)``
    (:func:`gui.classroom.projector.apply_projector` over the window's charts and status line)."""

    def __init__(self, parent: QWidget, apply_preference: Callable[[float, bool], None]):
        super().__init__(parent)
        from gui import settings

        self.apply_preference = apply_preference
        self.setWindowTitle(tr("Projector"))
        stored = settings.read().projector
        screen = parent.screen()
        ratio = float(os.environ.get("QT_SCALE_FACTOR") or 1.0)
        size = screen.geometry().size() if screen is not None else None
        width, height = (
            (size.width() * ratio, size.height() * ratio) if size is not None else projector.SMALLEST
        )
        self.scale = QComboBox(self)
        for s in projector.SCALES:
            ok = s == 1.0 or projector.fits(s, int(width), int(height))
            text = (
                f"{s * 100:.0f} %"
                if ok
                else tr("{p} % (too large for this screen)").format(p=f"{s * 100:.0f}")
            )
            self.scale.addItem(text, s)
            self.scale.model().item(self.scale.count() - 1).setEnabled(ok or s == stored.text_scale)
        self.scale.setCurrentIndex(max(0, self.scale.findData(stored.text_scale)))
        note = QLabel(
            tr(
                "The whole window is drawn larger from the next start. This {w} x {h} screen allows up to {p} %."
            ).format(
                w=int(width),
                h=int(height),
                p=f"{max(s for s in projector.SCALES if projector.fits(s, int(width), int(height)) or s == 1.0) * 100:.0f}",
            ),
            self,
        )
        note.setWordWrap(True)
        self.contrast = QCheckBox(tr("High contrast (black on white; every text at least 7:1)"), self)
        self.contrast.setChecked(stored.high_contrast)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Text size"), self.scale)
        form.addRow("", note)
        form.addRow("", self.contrast)
        form.addRow(buttons)

    def accept(self) -> None:
        self.apply_preference(float(self.scale.currentData()), self.contrast.isChecked())
        super().accept()
