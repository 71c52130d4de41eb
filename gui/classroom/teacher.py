"""A teacher's controls over the input panel: lock or hide any input, start-up values, classroom files.

The set-up (:class:`core.classroom.ClassroomSetup`) is kept in the app's settings (gui.settings, ``teacher``),
so locks and hidden inputs survive a restart, and can be saved as and opened from a classroom file
(``*.aiee-class.json``; ``python main.py FILE.aiee-class.json`` starts straight into it).

A locked input's controls are disabled (no click, key or wheel reaches them) and the binding refuses an edit
of its path (``control.locked``, gui.inputs.binding); its label stays enabled and says so in its tooltip, and
right-clicking it unlocks. A hidden input's whole row is hidden, and a group whose inputs are all hidden too.
Each input's label, slider and box offer "Lock for the class" and "Hide from the class" on right-click;
View > Teacher > Teacher controls… lists every input (gui.classroom.teacher_dialog). With a teacher's PIN set
(in that dialog; the settings keep only a salted PBKDF2 key), every change of lock, hiding or classroom file
asks for it first, then not again for ten minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QMenu, QWidget

from core.classroom import ClassroomError, ClassroomSetup, is_classroom_file, load_classroom_file
from gui.window.files import documents_folder, safe_file_name

#: how long a typed PIN keeps the teacher's controls open
PIN_SECONDS = 600


def tr(text: str) -> str:
    return QCoreApplication.translate("Teacher", text)


class TeacherControls(QObject):
    """Locks and hidden inputs on the input ``panel``, from the stored set-up; ``changed`` after each.

    Made by the window's teaching panels (gui.window.extras), which hand it the input panel, the ``session``
    (a classroom file's start-up values are its unmodified scenario), ``parent`` (its dialogs' parent),
    ``replace_scenario(scenario, description)``, ``show_status(text, ms)`` and ``start_lesson(lesson,
    classroom)`` (a lesson at its first step and classroom mode)."""

    changed = Signal()

    def __init__(
        self,
        panel: Any,
        session: Any,
        parent: QWidget,
        *,
        replace_scenario: Callable[[Any, str], None],
        show_status: Callable[..., None],
        start_lesson: Callable[[str | None, bool], Any],
    ):
        super().__init__(parent)
        from gui import settings

        self.parent_widget = parent
        self.session = session
        self.presenter = session.presenter
        self.replace_scenario = replace_scenario
        self.show_status = show_status
        self.start_lesson = start_lesson
        self.panel = panel
        self.controls: dict[str, Any] = panel.controls
        self.labels = {lab.buddy(): lab for lab in self.panel.findChildren(QLabel) if lab.buddy() is not None}
        for path in self.controls:
            for w in self.row(path):
                if (
                    isinstance(w, QLineEdit)
                    or w.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
                ):
                    w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
                    w.customContextMenuRequested.connect(lambda pos, w=w, path=path: self._menu(path, w, pos))
        self.setup = settings.read().teacher
        self.pin_until = 0.0  # the PIN was typed: not asked again until then (time.monotonic)
        self.apply(self.setup, save=False)

    # ----- the widgets of an input -------------------------------------------------------------------------
    def inputs(self, path: str) -> list[QWidget]:
        """The widgets that change the input (disabled while it is locked)."""
        control = self.controls[path]
        if hasattr(control, "slider"):
            return [control.slider, control.box]
        return [control.widget]

    def label(self, path: str) -> QLabel | None:
        control = self.controls[path]
        if hasattr(control, "label"):
            return control.label
        widget = control.widget
        for key in (widget, getattr(widget, "combo", None), getattr(widget, "table", None)):
            if key is not None and key in self.labels:
                return self.labels[key]
        return None

    def row(self, path: str) -> list[QWidget]:
        """Every widget of the input's row in the panel (hidden with it)."""
        control = self.controls[path]
        out = [self.label(path), *self.inputs(path)]
        if hasattr(control, "unit"):
            out.append(control.unit)
        return [w for w in out if w is not None]

    def group(self, path: str) -> QGroupBox | None:
        w: Any = self.inputs(path)[0]
        while w is not None and not isinstance(w, QGroupBox):
            w = w.parentWidget()
        return w

    # ----- state ------------------------------------------------------------------------------------------
    def is_locked(self, path: str) -> bool:
        return path in self.setup.locked

    def is_hidden(self, path: str) -> bool:
        return path in self.setup.hidden

    def set_locked(self, path: str, locked: bool) -> None:
        paths = [p for p in self.setup.locked if p != path] + ([path] if locked else [])
        self.apply(self.setup.model_copy(update={"locked": paths}))

    def set_hidden(self, path: str, hidden: bool) -> None:
        paths = [p for p in self.setup.hidden if p != path] + ([path] if hidden else [])
        self.apply(self.setup.model_copy(update={"hidden": paths}))

    def apply(self, setup: ClassroomSetup, save: bool = True) -> None:
        """Show ``setup``'s locks and hidden inputs on the panel; ``save``: and keep it in the settings."""
        from gui import settings

        self.setup = setup
        groups: dict[Any, bool] = {}
        for path, control in self.controls.items():
            locked, hidden = path in setup.locked, path in setup.hidden
            control.locked, control.hidden = locked, hidden  # read by the binding and the lesson panel
            for w in self.inputs(path):
                w.setEnabled(not locked)
            label = self.label(path)
            if label is not None:
                label.setAccessibleDescription(tr("Locked by the teacher") if locked else "")
            for w in self.row(path):
                w.setVisible(not hidden)
            if hidden and hasattr(control, "hide_error"):
                control.hide_error()
            box = self.group(path)
            groups[box] = groups.get(box, False) or not hidden
        for box, any_shown in groups.items():
            if box is not None:
                box.setVisible(any_shown)
        self.retranslate()
        if save:
            settings.update(teacher=setup)
        self.changed.emit()

    def retranslate(self) -> None:
        """The locked inputs' labels say so, after their name and in their tooltip (the panel re-sets both on
        a language switch, before this runs)."""
        note = tr("Locked by the teacher: the class cannot change this input.")
        mark = tr(" (locked)")  # a leading space in English; none before Japanese brackets
        for path in self.controls:
            label = self.label(path)
            if label is None:
                continue
            locked = self.is_locked(path)
            text = label.text()
            previous = label.property("aiee_lock_mark") or mark
            text = text.removesuffix(previous)
            label.setText(text + mark if locked else text)
            label.setProperty("aiee_lock_mark", mark)
            tip = label.toolTip().split("\n\n" + note)[0]
            label.setToolTip(f"{tip}\n\n{note}" if locked else tip)

    # ----- the right-click menu -------------------------------------------------------------------------
    def _menu(self, path: str, widget: QWidget, pos: QPoint) -> None:
        menu = widget.createStandardContextMenu() if isinstance(widget, QLineEdit) else QMenu(widget)
        if not menu.isEmpty():
            menu.addSeparator()
        self.fill_menu(menu, path)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def fill_menu(self, menu: QMenu, path: str) -> None:
        name = self.controls[path].name()
        lock = menu.addAction(tr("Lock “{name}” for the class").format(name=name))
        lock.setCheckable(True)
        lock.setChecked(self.is_locked(path))
        lock.toggled.connect(lambda on: self.pin_ok() and self.set_locked(path, on))
        hide = menu.addAction(tr("Hide “{name}” from the class").format(name=name))
        hide.setCheckable(True)
        hide.setChecked(self.is_hidden(path))
        hide.toggled.connect(lambda on: self.pin_ok() and self.set_hidden(path, on))
        menu.addSeparator()
        menu.addAction(tr("Teacher controls…"), self.dialog)

    # ----- the dialog and classroom files -----------------------------------------------------------------
    def pin_ok(self) -> bool:
        """True when no PIN is set, or the teacher typed it (asked again after :data:`PIN_SECONDS`)."""
        from PySide6.QtWidgets import QInputDialog

        from core.classroom import check_pin
        from gui import settings

        stored = settings.read().teacher_pin
        if not stored or time.monotonic() < self.pin_until:
            return True
        pin, ok = QInputDialog.getText(
            self.parent_widget, tr("Teacher PIN"), tr("The teacher's PIN:"), QLineEdit.EchoMode.Password
        )
        if ok and check_pin(pin, stored):
            self.pin_until = time.monotonic() + PIN_SECONDS
            return True
        if ok:
            self.show_status(tr("Wrong PIN: nothing was changed."), 8000)
        return False

    def dialog(self) -> Any:
        from gui.classroom.teacher_dialog import TeacherDialog

        if not self.pin_ok():
            return None
        dlg = TeacherDialog(self, self.parent_widget)
        dlg.open()
        return dlg

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if not self.pin_ok():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Open classroom file"),
            str(documents_folder()),
            tr("Classroom files (*.aiee-class.json);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str, lesson: str | None = None, classroom: bool | None = None) -> bool:
        """Start from a classroom file: its locks and hidden inputs, its start-up values, its lesson and
        classroom mode (``lesson`` and ``classroom`` given on the command line win). A bad file is said
        (file and field) and nothing changes."""
        from gui import plaintext

        try:
            setup = load_classroom_file(path)
            scenario = setup.startup_scenario()
        except (ClassroomError, ValueError) as err:
            self.show_status(str(err), 15000)
            plaintext.warning(self.parent_widget, tr("Could not open the classroom file"), str(err))
            return False
        self.apply(setup)
        if scenario is not None:
            self.replace_scenario(
                scenario,
                tr("Classroom file: {name}").format(name=Path(path).name.removesuffix(".aiee-class.json")),
            )
            if self.session.presenter.scenario is scenario:  # a new starting point (an open lesson says so)
                self.session.start_from(scenario, Path(path).name)
            self.session.undo.stack.setClean()  # the window's modified mark follows (cleanChanged)
        self.start_lesson(lesson or setup.lesson, setup.classroom if classroom is None else classroom)
        self.show_status(
            tr("Classroom file {name}: {locked} inputs locked, {hidden} hidden.").format(
                name=Path(path).name, locked=len(setup.locked), hidden=len(setup.hidden)
            ),
            15000,
        )
        return True

    def save_dialog(self, setup: ClassroomSetup | None = None) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        setup = setup or self.setup
        name = safe_file_name(setup.name or "", "classroom") + ".aiee-class.json"
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            tr("Save classroom file"),
            str(documents_folder() / name),
            tr("Classroom files (*.aiee-class.json)"),
        )
        if not path:
            return None
        if not is_classroom_file(path):
            path = path.removesuffix(".json") + ".aiee-class.json"
        return self.save_file(path, setup)

    def save_file(self, path: str, setup: ClassroomSetup | None = None) -> str | None:
        from core.classroom import save_classroom_file
        from core.files import describe
        from gui import plaintext

        try:
            written = save_classroom_file(setup or self.setup, path)
        except OSError as err:
            plaintext.warning(
                self.parent_widget, tr("Could not save the classroom file"), describe(err, path)
            )
            return None
        self.show_status(
            tr("Saved {name}: open it with the app, or start with 'main.py {name}'.").format(
                name=Path(path).name
            ),
            15000,
        )
        return written
