"""The guided-lessons panel: step through the levers, set the inputs, and point at the one control to move.

Each step loads its scenario through the window's presenter (so the charts and the status bar follow as for
any other change), then draws a pulsing orange frame around the control the text asks the reader to move,
scrolls it into view and gives it the keyboard focus, so the arrow keys move it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.classroom.lessons import LESSONS, scenario_for, steps
from gui.i18n import bind

PULSE = ("#E69F00", "#D55E00")  # Okabe-Ito orange and vermillion: visible to every colour vision


def tr(text: str) -> str:
    return QCoreApplication.translate("LessonPanel", text)


def control_widgets(controls: dict[str, Any], path: str | None) -> tuple[list[QWidget], str]:
    """The widgets of the control at scenario ``path`` and its name as the window shows it."""
    control = controls.get(path) if path else None
    if control is None:
        return [], path or ""
    return control.widgets(), control.name()


def focus_target(widgets: list[QWidget]) -> QWidget | None:
    for w in widgets:
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return w
        inner = getattr(w, "combo", None) or getattr(w, "table", None)
        if inner is not None:
            return inner
    return None


class Highlight(QFrame):
    """A frame drawn over a control's widgets (mouse clicks pass through), pulsing between two colours."""

    def __init__(self, widgets: list[QWidget]):
        parent = widgets[0].parentWidget()
        super().__init__(parent)
        self.widgets = widgets
        self.setObjectName("lessonHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.phase = 0
        self.timer = QTimer(self)
        self.timer.setInterval(450)
        self.timer.timeout.connect(self.pulse)
        self.timer.start()
        self.pulse()
        self.show()
        self.raise_()

    def area(self) -> QRect:
        rect = QRect()
        parent = self.parentWidget()
        for w in self.widgets:
            top_left = w.mapTo(parent, w.rect().topLeft())
            rect = rect.united(QRect(top_left, w.size()))
        return rect.adjusted(-4, -3, 4, 3)

    def pulse(self) -> None:
        self.phase += 1
        colour = PULSE[self.phase % 2]
        self.setStyleSheet(f"QFrame#lessonHighlight {{ border: 3px solid {colour}; border-radius: 5px; }}")
        area = self.area()
        if self.geometry() != area:
            self.setGeometry(area)
        self.raise_()


class LessonPanel(QDockWidget):
    """A dock with the lesson, the step's text and source, and Previous / Next."""

    stepShown = Signal(int)
    #: a step ends at a chart shown elsewhere ("scale"): the window shows it
    chartAsked = Signal(str)

    def __init__(
        self, inputs: Any, replace_scenario: Callable[[Any, str], None], parent: QWidget | None = None
    ):
        """``inputs``: the input panel (its controls by path, to point at); ``replace_scenario``: how a step's
        scenario is put in place (the window's, so a refusal is said)."""
        super().__init__(parent)
        bind(self, "setWindowTitle", lambda: QCoreApplication.translate("LessonPanel", "Guided lessons"))
        self.setObjectName("lessonDock")
        self.inputs = inputs
        self.replace_scenario = replace_scenario
        self.flat = steps()
        self.index = -1
        self.highlight: Highlight | None = None

        body = QWidget(self)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(8, 6, 8, 6)
        self.lesson_pick = QComboBox(body)
        bind(
            self.lesson_pick, "setAccessibleName", lambda: QCoreApplication.translate("LessonPanel", "Lesson")
        )
        bind(
            self.lesson_pick,
            "setToolTip",
            lambda: QCoreApplication.translate("LessonPanel", "Jump to the first step of a lesson."),
        )
        self.first_step: list[int] = []
        for i, lesson in enumerate(LESSONS):
            self.first_step.append(next(i for i, (les, _, _) in enumerate(self.flat) if les is lesson))
            self.lesson_pick.addItem("")
            bind(
                self.lesson_pick,
                "setItemText",
                lambda lesson=lesson: QCoreApplication.translate("Lessons", lesson.title),
                i,
            )
        self.lesson_pick.activated.connect(lambda i: self.show_step(self.first_step[i]))
        self.step_title = QLabel(body)
        f = QFont(self.step_title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.step_title.setFont(f)
        self.step_title.setWordWrap(True)
        self.text = QLabel(body)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.move_hint = QLabel(body)
        self.move_hint.setWordWrap(True)
        self.source = QLabel(body)
        self.source.setObjectName("citation")
        self.source.setWordWrap(True)
        self.counter = QLabel(body)
        self.prev_button = bind(
            QPushButton(body), "setText", lambda: QCoreApplication.translate("LessonPanel", "◀ &Previous")
        )
        self.next_button = bind(
            QPushButton(body), "setText", lambda: QCoreApplication.translate("LessonPanel", "&Next ▶")
        )
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        bind(
            self.prev_button,
            "setToolTip",
            lambda: QCoreApplication.translate("LessonPanel", "Previous step (Alt+Left)"),
        )
        bind(
            self.next_button,
            "setToolTip",
            lambda: QCoreApplication.translate("LessonPanel", "Next step (Alt+Right)"),
        )
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        for w, name in (
            (self.step_title, QT_TRANSLATE_NOOP("LessonPanel", "Step title")),
            (self.text, QT_TRANSLATE_NOOP("LessonPanel", "Step explanation")),
            (self.move_hint, QT_TRANSLATE_NOOP("LessonPanel", "Control to move")),
            (self.source, QT_TRANSLATE_NOOP("LessonPanel", "Source")),
            (self.counter, QT_TRANSLATE_NOOP("LessonPanel", "Step number")),
        ):
            bind(w, "setAccessibleName", lambda name=name: QCoreApplication.translate("LessonPanel", name))
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.counter, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        lay.addWidget(self.lesson_pick)
        lay.addWidget(self.step_title)
        lay.addWidget(self.text)
        lay.addWidget(self.move_hint)
        lay.addWidget(self.source)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(300)
        self._render()

    def retranslate(self) -> None:
        """The shown step in the current language (the rest is re-set by gui.i18n.retranslate_bound)."""
        self._render()

    # ----- stepping ---------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        index = max(0, min(len(self.flat) - 1, index))
        self.index = index
        _lesson, _, step = self.flat[index]
        self.replace_scenario(
            scenario_for(index),
            QCoreApplication.translate("LessonPanel", "Lesson step: {title}").format(
                title=QCoreApplication.translate("Lessons", step.title)
            ),
        )
        self._render()
        self._point_at(step.control)
        if step.chart:
            self.chartAsked.emit(step.chart)  # the window opens it (e.g. the analysis dock's Scale tab)
        self.stepShown.emit(index)

    def restore(self, index: int) -> None:
        """Show step ``index`` again without loading its scenario (after a language switch)."""
        if 0 <= index < len(self.flat):
            self.index = index
            self._render()
            self._point_at(self.flat[index][2].control)

    def next(self) -> None:
        self.show_step(self.index + 1)

    def previous(self) -> None:
        self.show_step(self.index - 1 if self.index > 0 else 0)

    def _render(self) -> None:
        if self.index < 0:
            self.step_title.setText(
                QCoreApplication.translate("LessonPanel", "Seven levers of AI's energy use")
            )
            self.text.setText(
                QCoreApplication.translate(
                    "LessonPanel",
                    "Each step sets the inputs, frames the one control to move in orange and explains what "
                    "the charts now show. Press Next to begin.",
                )
            )
            self.move_hint.setText("")
            self.source.setText("")
            self.counter.setText(
                QCoreApplication.translate("LessonPanel", "{n} steps").format(n=len(self.flat))
            )
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(True)
            return
        lesson, _, step = self.flat[self.index]
        self.lesson_pick.setCurrentIndex(LESSONS.index(lesson))
        self.step_title.setText(QCoreApplication.translate("Lessons", step.title))
        self.text.setText(QCoreApplication.translate("Lessons", step.text))
        _, name = control_widgets(self.inputs.controls, step.control)
        self.move_hint.setText(
            QCoreApplication.translate("LessonPanel", "Control to move: {name}").format(name=name)
            if name
            else QCoreApplication.translate("LessonPanel", "Nothing to move in this step.")
        )
        self.source.setText(
            QCoreApplication.translate("LessonPanel", "Source: {source}").format(source=step.source)
        )
        self.counter.setText(
            QCoreApplication.translate("LessonPanel", "Step {i} of {n}").format(
                i=self.index + 1, n=len(self.flat)
            )
        )
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.flat) - 1)

    def _point_at(self, path: str | None) -> None:
        self.clear_highlight()
        widgets, _ = control_widgets(self.inputs.controls, path)
        if not widgets:
            return
        self.inputs.ensureWidgetVisible(widgets[0], 20, 40)
        self.highlight = Highlight(widgets)
        target = focus_target(widgets)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_highlight(self) -> None:
        if self.highlight is not None:
            self.highlight.timer.stop()
            self.highlight.hide()
            self.highlight.deleteLater()
            self.highlight = None
