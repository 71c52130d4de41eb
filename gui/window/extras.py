"""The window's teaching panels: the guided-lessons and "Explain this result" docks, classroom mode, and
accessible names for the controls that lack one.

:class:`WindowExtras` is made and connected by :class:`gui.window.main_window.MainWindow`, which hands it the
collaborators it uses (the input panel, the presenter, the catalog, the window's scenario and preset
commands, a status line, a parent widget) and places its docks; after a language switch the window calls
:meth:`WindowExtras.retranslate` (nothing is rebuilt).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView, QWidget


class WindowExtras:
    """``lessons`` and ``explain`` (docks for the window to place) and ``classroom`` (the classroom view
    while open)."""

    #: called with each classroom view opened (the window hands the baseline's ``attach``)
    classroom_opened: Callable[[Any], None] | None = None

    def __init__(
        self,
        panel: Any,
        presenter: Any,
        catalog: Any,
        parent: QWidget,
        *,
        replace_scenario: Callable[[Any, str], None],
        load_preset: Callable[[str], None],
        show_status: Callable[..., None],
    ):
        from gui.classroom.explain import ExplainPanel
        from gui.classroom.lesson_panel import LessonPanel

        self.parent_widget = parent
        self.presenter = presenter
        self.catalog = catalog
        self.load_preset = load_preset
        self.classroom: Any = None
        self.lessons = LessonPanel(
            panel,
            replace_scenario,
            parent,
            presenter=presenter,
            show_status=show_status,
        )
        self.explain = ExplainPanel(presenter, parent)
        #: a teacher's locks and hidden inputs, and their lesson files (made by the window, which they still
        #: take: gui.classroom.teacher and lesson_files are not yet composed like the other parts)
        self.teacher: Any = None
        self.lesson_files: Any = None

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
        if self.classroom_opened is not None:  # the baseline's ghosts and the lesson's before
            self.classroom_opened(self.classroom)
        if screen is not None:
            self.classroom.setGeometry(screen.geometry())
        if full_screen:
            self.classroom.showFullScreen()
        else:
            self.classroom.show()
        return self.classroom

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
        from gui.classroom.teacher_dialog import ProjectorDialog

        dlg = ProjectorDialog(self.parent_widget)
        dlg.open()
        return dlg

    def retranslate(self) -> None:
        """The lesson step, the explanation and classroom mode in the current language."""
        self.lessons.retranslate()
        if self.teacher is not None:
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
            buddies[lab.buddy()] = lab.text().replace("&", "")
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
