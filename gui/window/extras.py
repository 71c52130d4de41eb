"""What issue 5 adds to the main window: the View menu (language, dark theme, panels, classroom mode), the
guided-lessons and "Explain this result" docks, and accessible names for the controls that lack one.

:func:`install_extras` is called at the end of ``MainWindow.build``; a language switch rebuilds the window's
content and calls it again, after :meth:`WindowExtras.teardown` removed the previous docks.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QMenu, QTableView, QWidget

from gui import i18n, theme


def tr(text: str) -> str:
    return QCoreApplication.translate("Extras", text)


class WindowExtras:
    def __init__(self, window: Any):
        from gui.classroom.explain import ExplainPanel
        from gui.classroom.lesson_panel import LessonPanel

        self.window = window
        self.classroom: Any = None
        self.lessons = LessonPanel(window)
        self.explain = ExplainPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lessons)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.explain)
        # not tabified: the tab bar of two hidden, tabified docks stayed on screen over the status bar
        self.lessons.hide()
        self.explain.hide()
        self._build_menu()
        name_controls(window)
        theme.style_charts(window, theme.is_dark())

    def _build_menu(self) -> None:
        w = self.window
        bar = w.menuBar()
        menu = QMenu(QCoreApplication.translate("Extras", "&View"), w)
        menu.setObjectName("viewMenu")
        actions = bar.actions()
        if actions:  # before Help, the last menu
            bar.insertMenu(actions[-1], menu)
        else:
            bar.addMenu(menu)
        self.menu = menu

        language = menu.addMenu(QCoreApplication.translate("Extras", "&Language"))
        group = QActionGroup(w)
        self.language_group = group
        self.language_actions: dict[str, QAction] = {}
        for lang, name in (("en", "English"), ("ja", "日本語")):
            act = QAction(name, w, checkable=True)
            act.setChecked(i18n.current_language() == lang)
            act.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(act)
            language.addAction(act)
            self.language_actions[lang] = act

        self.act_dark = QAction(QCoreApplication.translate("Extras", "&Dark theme"), w, checkable=True)
        self.act_dark.setChecked(theme.is_dark())
        self.act_dark.toggled.connect(self.set_dark)
        menu.addAction(self.act_dark)
        menu.addSeparator()

        self.act_lessons = self.lessons.toggleViewAction()
        self.act_lessons.setText(QCoreApplication.translate("Extras", "Guided &lessons"))
        self.act_lessons.setShortcut(QKeySequence("Ctrl+L"))
        self.act_explain = self.explain.toggleViewAction()
        self.act_explain.setText(QCoreApplication.translate("Extras", "&Explain this result"))
        self.act_explain.setShortcut(QKeySequence("Ctrl+E"))
        menu.addAction(self.act_lessons)
        menu.addAction(self.act_explain)
        menu.addSeparator()
        self.act_classroom = QAction(
            QCoreApplication.translate("Extras", "&Classroom mode"), w, triggered=self.open_classroom
        )
        self.act_classroom.setShortcut(QKeySequence("F5"))
        self.act_classroom.setStatusTip(
            QCoreApplication.translate(
                "Extras", "Full-screen, high-contrast view for a projector (F11 toggles, Esc leaves)."
            )
        )
        menu.addAction(self.act_classroom)

    # ----- actions ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        if lang == i18n.current_language():
            return
        i18n.switch_language(self.window, lang)

    def set_dark(self, dark: bool) -> None:
        theme.apply_theme(QApplication.instance(), dark)
        theme.style_charts(self.window, dark)

    def open_classroom(self, full_screen: bool = True, screen_size: tuple[int, int] | None = None) -> Any:
        from gui.classroom.view import ClassroomView

        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):
                self.classroom.close()
        self.classroom = ClassroomView(self.window, screen_size)
        screen = self.window.screen()
        if screen is not None:  # the main window's screen (the projector when the window is there)
            self.classroom.setGeometry(screen.geometry())
        if full_screen:
            self.classroom.showFullScreen()
        else:
            self.classroom.show()
        return self.classroom

    def teardown(self) -> None:
        """Remove the docks and close classroom mode before the window's content is rebuilt."""
        if self.classroom is not None:
            with contextlib.suppress(RuntimeError):
                self.classroom.close()
            self.classroom = None
        self.lessons.clear_highlight()
        self.explain.timer.stop()
        for dock in (self.lessons, self.explain):
            self.window.removeDockWidget(dock)
            dock.deleteLater()
        # the menu commands are the window's children, and their slots hold these panels: without this
        # every language switch kept the old panels and their charts alive
        for obj in (*self.language_actions.values(), self.language_group, self.act_dark, self.act_classroom):
            if isinstance(obj, QAction):
                self.window.removeAction(obj)
            obj.deleteLater()


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
