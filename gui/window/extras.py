"""What issue 5 adds to the main window: the View menu (language, dark theme, panels, classroom mode), the
guided-lessons and "Explain this result" docks, and accessible names for the controls that lack one.

:func:`install_extras` is called at the end of ``MainWindow.build``; after a language switch the window calls
:meth:`WindowExtras.retranslate` (nothing is rebuilt).
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QTableView, QWidget

from gui import i18n, theme


def tr(text: str) -> str:
    return QCoreApplication.translate("Extras", text)


class WindowExtras:
    def __init__(self, window: Any):
        from gui.classroom.explain import ExplainPanel
        from gui.classroom.lesson_panel import LessonPanel

        self.window = window
        self.classroom: Any = None
        self.lessons = LessonPanel(
            window.panel,
            window.replace_scenario,
            window,
            presenter=window.presenter,
            show_status=window.statusBar().showMessage,
        )
        self.lessons.chartAsked.connect(self._show_chart)
        self.explain = ExplainPanel(window.presenter, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lessons)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain)
        # not tabified: the tab bar of two hidden, tabified docks stayed on screen over the status bar
        self.lessons.hide()
        self.explain.hide()
        name_controls(window)
        theme.style_charts(window, theme.is_dark())
        # a teacher's locks and hidden inputs (kept in the settings), and their lesson files
        from gui.classroom.lesson_files import LessonFiles
        from gui.classroom.teacher import TeacherControls

        self.teacher = TeacherControls(window)
        self.lesson_files = LessonFiles(window, self.lessons)
        from gui import settings

        if settings.read().projector.high_contrast:  # the projector preference (View > Teacher > Projector…)
            theme.set_high_contrast(QApplication.instance(), True)

    # ----- actions ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch in place, and remember the choice for the next start (gui.settings)."""
        from gui import settings

        if lang == i18n.current_language():
            return
        i18n.switch_language(self.window, lang)
        settings.update(language=lang)

    def set_dark(self, dark: bool) -> None:
        """Apply the theme, and remember it for the next start (gui.settings)."""
        from gui import settings

        theme.apply_theme(QApplication.instance(), dark)
        theme.style_charts(self.window, dark)
        if settings.read().dark != dark:
            settings.update(dark=dark)

    def open_classroom(self, full_screen: bool = True, screen_size: tuple[int, int] | None = None) -> Any:
        from gui.classroom.view import ClassroomView

        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):
                self.classroom.close()
        w = self.window
        if screen_size is None:
            screen = w.screen()
            geo = screen.geometry() if screen is not None else None
            screen_size = (geo.width(), geo.height()) if geo is not None else None
        self.classroom = ClassroomView(w.presenter, w.catalog, self.lessons, w.load_preset, screen_size)
        baseline = getattr(w, "baseline", None)
        if baseline is not None:  # the baseline's ghosts and the lesson's before (gui.window.baseline)
            baseline.attach(self.classroom)
        screen = self.window.screen()
        if screen is not None:  # the main window's screen (the projector when the window is there)
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

        dlg = ProjectorDialog(self.window)
        dlg.open()
        return dlg

    def _show_chart(self, chart: str) -> None:
        if chart == "scale":
            from gui.whatif.scale import show_scale_tab

            show_scale_tab(self.window)

    def retranslate(self) -> None:
        """The lesson step, the explanation and classroom mode in the current language."""
        self.lessons.retranslate()
        self.teacher.retranslate()
        self.explain.schedule()
        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):  # closed by the person: Qt deleted it
                self.classroom.retranslate()


def name_controls(window: QWidget) -> None:
    """Give every focusable control without an accessible name the text of its label or tooltip."""
    from PySide6.QtWidgets import QLabel

    buddies = {}
    for lab in window.findChildren(QLabel):
        if lab.buddy() is not None:
            buddies[lab.buddy()] = lab.text().replace("&", "")
    for w in window.findChildren(QWidget):
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


def install_extras(window: Any) -> WindowExtras:
    from gui.window.fit import install_fit

    window.extras = WindowExtras(window)
    install_fit(window)  # status line and lesson panel fitted to small screens
    return window.extras
