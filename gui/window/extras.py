"""The window's teaching panels: the guided-lessons and "Explain this result" docks, classroom mode, the
teacher's tools (locks and hidden inputs, classroom files, lesson files, the projector preference), and
accessible names for the controls that lack one.

:class:`WindowExtras` is made and connected by :class:`gui.window.main_window.MainWindow`, which hands it the
collaborators it uses (the input panel, the session and presenter, the catalog, the charts, the window's
scenario and preset commands, a status line, a parent widget) and places its docks; it makes the teacher's
tools with what each uses (gui.classroom.teacher, lesson_files, projector). After a language switch the
window calls :meth:`WindowExtras.retranslate` (nothing is rebuilt).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView, QWidget


class WindowExtras(QObject):
    """``lessons`` and ``explain`` (docks for the window to place), ``classroom`` (the classroom view while
    open), ``teacher`` (locks, hidden inputs, classroom files) and ``lesson_files`` (the teacher's lessons)."""

    #: each classroom view opened (the window connects the baseline's ``attach``: ghosts and the lesson's before)
    classroomOpened = Signal(object)

    def __init__(
        self,
        panel: Any,
        session: Any,
        catalog: Any,
        parent: QWidget,
        *,
        charts: list,
        replace_scenario: Callable[[Any, str], None],
        load_preset: Callable[[str], None],
        show_status: Callable[..., None],
    ):
        super().__init__(parent)
        from gui.classroom.explain import ExplainPanel
        from gui.classroom.lesson_files import LessonFiles
        from gui.classroom.lesson_panel import LessonPanel
        from gui.classroom.teacher import TeacherControls

        presenter = session.presenter
        self.parent_widget = parent
        self.presenter = presenter
        self.catalog = catalog
        self.charts = charts
        self.load_preset = load_preset
        self.show_status = show_status
        self.classroom: Any = None
        self.lessons = LessonPanel(
            panel,
            replace_scenario,
            parent,
            presenter=presenter,
            show_status=show_status,
        )
        self.explain = ExplainPanel(presenter, parent)
        self.teacher = TeacherControls(
            panel,
            session,
            parent,
            replace_scenario=replace_scenario,
            show_status=show_status,
            start_lesson=self.start,
        )
        self.lesson_files = LessonFiles(self.lessons, parent, show_status)

    # ----- actions ----------------------------------------------------------------------------------
    def open_classroom(self, full_screen: bool = True, screen_size: tuple[int, int] | None = None) -> Any:
        from gui.classroom.view import ClassroomView

        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):
                self.classroom.close()
        screen = self.parent_widget.screen()  # the window's screen (the projector when the window is there)
        if screen_size is None:
            geo = screen.geometry() if screen is not None else None
            screen_size = (geo.width(), geo.height()) if geo is not None else None
        self.classroom = ClassroomView(
            self.presenter, self.catalog, self.lessons, self.load_preset, screen_size
        )
        self.classroomOpened.emit(self.classroom)  # the baseline's ghosts and the lesson's before
        if screen is not None:
            self.classroom.setGeometry(screen.geometry())
        if full_screen:
            self.classroom.showFullScreen()
        else:
            self.classroom.show()
        return self.classroom

    def open_class_file(self, path: str) -> bool:
        """A teacher's set-up (a ``.aiee-class.json`` file) given to File > Open or the recent files: the
        teacher's PIN first, when one is set; False when it is not given or the file is refused."""
        return self.teacher.pin_ok() and self.teacher.open_file(path)

    def start(self, lesson: str | None, classroom: bool) -> str | None:
        """Open ``lesson`` (its number, id or a lesson file) at its first step and, when ``classroom``,
        classroom mode over it; returns the problem (shown in the status bar) or None."""
        problem = None
        if lesson:
            from gui.classroom.lessons import first_step_of

            try:
                index = first_step_of(lesson)
            except ValueError as err:
                problem = str(err)
            else:
                self.lessons.show()
                self.lessons.reload_lessons()
                self.lessons.show_step(index)
        if classroom:
            from gui import settings

            self.open_classroom(full_screen=settings.read().classroom.full_screen)
        if problem:
            self.show_status(problem, 20000)
        return problem

    def teacher_commands(self) -> dict[str, Any]:
        """The handlers of View > Teacher's commands (gui.window.menus)."""
        return {
            "teacher": self.teacher.dialog,
            "open_class": self.teacher.open_dialog,
            "save_class": self.teacher.save_dialog,
            "lesson_file": self.lesson_files.load_dialog,
            "lesson_copy": self.lesson_files.edit_copy,
            "lessons_folder": self.lesson_files.open_folder,
            "projector": self.projector_dialog,
        }

    def projector_dialog(self) -> Any:
        from gui.classroom.projector import apply_projector
        from gui.classroom.teacher_dialog import ProjectorDialog

        def apply(text_scale: float, high_contrast: bool) -> None:
            apply_projector(self.parent_widget, self.charts, self.show_status, text_scale, high_contrast)

        dlg = ProjectorDialog(self.parent_widget, apply)
        dlg.open()
        return dlg

    def retranslate(self) -> None:
        """The lesson step, the explanation and classroom mode in the current language."""
        self.lessons.retranslate()
        self.teacher.retranslate()
        self.explain.schedule()
        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):  # closed by the person: Qt deleted it
                self.classroom.retranslate()


def name_controls(root: QWidget) -> None:
    """Give every focusable control under ``root`` without an accessible name the text of its label or
    tooltip."""
    from PySide6.QtWidgets import QLabel

    buddies = {}
    for lab in root.findChildren(QLabel):
        if lab.buddy() is not None:
            # without a teacher's " (locked)" (gui.classroom.teacher): the name outlives the lock
            buddies[lab.buddy()] = (
                lab.text().removesuffix(lab.property("aiee_lock_mark") or "").replace("&", "")
            )
    for w in root.findChildren(QWidget):
        if (
            not isinstance(w, QAbstractButton | QComboBox | QLineEdit | QTableView)
            and w.focusPolicy() == Qt.FocusPolicy.NoFocus
        ):
            continue
        if w.accessibleName():
            continue
        name = buddies.get(w)
        if name is None and w.parentWidget() is not None:
            name = buddies.get(w.parentWidget())
        if name is None and isinstance(w, QAbstractButton):
            name = w.text().replace("&", "")
        if name is None:
            name = w.toolTip().split("\n")[0][:80] or None
        if name:
            w.setAccessibleName(name)
