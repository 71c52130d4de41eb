"""The guided-lessons panel: step through the levers, set the inputs, and point at the one control to move.

Each step loads its scenario through the window's presenter (so the charts and the status bar follow as for
any other change), then draws a pulsing orange frame around the control the text asks the reader to move,
scrolls it into view and gives it the keyboard focus, so the arrow keys move it at once. A preset or file
loaded over a step is said in place of the step's text, with the way back (:mod:`gui.classroom.lesson_track`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from gui.classroom.highlight import Highlight, focus_target
from gui.classroom.lesson_track import LessonTrack
from gui.classroom.lessons import before_for, lessons, scenario_for, steps
from gui.i18n import bind


def tr(text: str) -> str:
    return QCoreApplication.translate("LessonPanel", text)


def control_widgets(controls: dict[str, Any], path: str | None) -> tuple[list[QWidget], str]:
    """The widgets of the control at scenario ``path`` and its name as the window shows it."""
    control = controls.get(path) if path else None
    if control is None:
        return [], path or ""
    return control.widgets(), control.name()


#: the number each step is measured on (core.lessons.METRICS), as the panel names it
METRIC_NAMES = {
    "training.energy_kwh": QT_TRANSLATE_NOOP("LessonPanel", "training energy"),
    "lifecycle.energy_kwh": QT_TRANSLATE_NOOP("LessonPanel", "facility energy"),
    "lifecycle.co2e_kg": QT_TRANSLATE_NOOP("LessonPanel", "CO2e (location-based)"),
    "lifecycle.co2e_market_kg": QT_TRANSLATE_NOOP("LessonPanel", "market-based CO2e"),
    "inference.energy_per_query_wh": QT_TRANSLATE_NOOP("LessonPanel", "energy per query"),
}


def lever_value(controls: dict[str, Any], path: str, value: Any) -> str:
    """A lever's value as its control shows it ("1.58", "4-bit", "NVIDIA H100 SXM5 80GB", "3 sites")."""
    if path == "datacenter.sites":
        n = len(value or [])
        return tr("no sites") if n == 0 else tr("{n} sites").format(n=n)
    control = controls.get(path)
    return control.describe(value) if control is not None else str(value)


def step_effect(inputs: Any, index: int) -> tuple[str, str]:
    """For step ``index``: (the prompt shown before its lever moves, the line shown after). The line names
    the lever, its values before and after, and the lever's own effect on the step's number, measured by
    the estimator between two scenarios that differ in the lever only; a step that loads a preset starts
    with "New starting point: ..." and no percentage."""
    from core.lessons import lever_effect, percent
    from core.units import format_count, significant

    _, _, step = steps()[index]
    after = scenario_for(index)
    parts = []
    if step.preset:
        name = inputs.catalog.presets[step.preset].name
        parts.append(
            tr("New starting point: {name}").format(
                name=QCoreApplication.translate("Presets", name).split(" (")[0].split("（")[0]
            )
        )
    before = before_for(index)
    if before is None or step.lever is None:
        _, control = control_widgets(inputs.controls, step.control)
        if control:
            parts.append(tr("Control to move: {name}").format(name=control))
        text = " · ".join(parts) or tr("Nothing to move in this step.")
        return text, text
    _, lever_name = control_widgets(inputs.controls, step.lever)
    a = lever_value(inputs.controls, step.lever, before.get(step.lever))
    b = lever_value(inputs.controls, step.lever, after.get(step.lever))
    metric = tr(METRIC_NAMES[step.metric])
    effect = lever_effect(before, after, step.metric)
    line = tr("{lever} {a} → {b}: {metric} {change}").format(
        lever=lever_name, a=a, b=b, metric=metric, change=percent(effect.change)
    )
    if effect.payback_days is not None:
        line += " · " + tr("the teaching pays back after {days} days ({queries} queries)").format(
            days=significant(effect.payback_days, 3), queries=format_count(effect.payback_queries, 3)
        )
    prompt = tr("Predict: what happens to {metric} when {lever} goes from {a} to {b}?").format(
        metric=metric, lever=lever_name, a=a, b=b
    )
    return " · ".join([*parts, prompt]), " · ".join([*parts, line])


class LessonPanel(QDockWidget):
    """A dock with the lesson, the step's text and source, and Previous / Next."""

    stepShown = Signal(int)
    #: the scenario on screen is no longer the step's (a preset, a file loaded over it): :attr:`left` says
    #: what replaced it, classroom mode's strip says so too (gui.classroom.lesson_track)
    stepLeft = Signal(int)
    #: a step ends at a chart shown elsewhere ("scale"): the window shows it
    chartAsked = Signal(str)

    def __init__(
        self,
        inputs: Any,
        replace_scenario: Callable[[Any, str], None],
        parent: QWidget | None = None,
        *,
        presenter: Any,
        show_status: Callable[[str, int], None],
    ):
        """``inputs``: the input panel (its controls by path, to point at, and the catalog); ``replace_scenario``:
        how a step's scenario is put in place (the window's, so a refusal is said); ``presenter``: whose
        results a step's line waits for; ``show_status(text, ms)``: where that line is shown."""
        super().__init__(parent)
        bind(self, "setWindowTitle", lambda: QCoreApplication.translate("LessonPanel", "Guided lessons"))
        self.setObjectName("lessonDock")
        self.inputs = inputs
        self.replace_scenario = replace_scenario
        self.presenter = presenter
        self.show_status = show_status
        self.flat = steps()
        self.index = -1
        self.highlight: Highlight | None = None

        body = QWidget(self)
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
        self._fill_picker()
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
        # the class predicts, then the teacher reveals: before the lever moves, then after, and back
        self.toggle = QPushButton(body)
        self.toggle.setCheckable(True)
        bind(
            self.toggle,
            "setToolTip",
            lambda: QCoreApplication.translate(
                "LessonPanel", "Switch between the scenario before and after this step's change"
            ),
        )
        self.toggle.toggled.connect(self.reveal)
        # a preset or file replaced the step's scenario: put the step back as it was (undoable)
        self.back_button = bind(QPushButton(body), "setText", lambda: tr("Back to this step"))
        bind(
            self.back_button,
            "setToolTip",
            lambda: tr("Put this step's scenario back as it was. Undo brings back the one on screen now."),
        )
        bind(self.back_button, "setAccessibleName", lambda: tr("Back to this step"))
        self.back_button.clicked.connect(self.back_to_step)
        self.back_button.setVisible(False)
        #: None while the step's scenario is on screen; else what replaced it (a "Presets" source text or a
        #: file's name, "" when unknown) until the step is put back (:meth:`leave`)
        self.left: str | None = None
        self.track = LessonTrack(presenter, self)  # which step the scenario on screen is
        self.revealed = True
        self.effects: dict[int, tuple[str, str]] = {}
        self._once: Any = None
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
        self.button_row = QWidget(body)
        self.buttons = buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.counter, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.next_button)
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setVerticalSpacing(6)
        self.grid.setHorizontalSpacing(16)
        self.body = body
        body.installEventFilter(self)
        self.strip: bool | None = None
        self.setWidget(body)
        self.set_strip(False)
        self._render()

    def _fill_picker(self) -> None:
        from gui.classroom.lesson_files import fill_picker

        fill_picker(self)

    def reload_lessons(self) -> None:
        """The lessons were read again (gui.classroom.lesson_files): the same step when it is still there."""
        from gui.classroom.lesson_files import reload_panel

        reload_panel(self)

    def set_strip(self, strip: bool) -> None:
        """A column of fixed width beside the charts, or (``strip``, on a narrow window) a strip under them:
        the step's title and text on the left, the lesson picker, the control to move, the source and
        Previous / Next on the right. Either way the panel's size does not change from step to step."""
        if strip == self.strip:
            return
        self.strip = strip
        self._place()
        self.fit_height()

    def _place(self) -> None:
        """Put the widgets in the grid for the current mode. Also called when a line's height changes:
        a layout item keeps the height-for-width it first measured, so fresh items are made."""
        from gui.window.fit import LESSON_WIDTH

        strip = bool(self.strip)
        while self.grid.count():
            self.grid.takeAt(0)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for col in range(self.grid.columnCount()):
            self.grid.setColumnStretch(col, 0)
        side = (self.lesson_pick, self.move_hint, self.button_row)
        self.buttons.removeWidget(self.toggle)
        self.buttons.removeWidget(self.back_button)
        previous_text = QCoreApplication.translate("LessonPanel", "◀ &Previous")
        next_text = QCoreApplication.translate("LessonPanel", "&Next ▶")
        if strip:
            self.grid.setVerticalSpacing(2)
            self.grid.addWidget(self.step_title, 0, 0)
            self.grid.addWidget(self.text, 1, 0)
            self.grid.addWidget(self.source, 2, 0)
            for row, w in enumerate(side):
                self.grid.addWidget(w, row, 1)
                w.setFixedWidth(LESSON_WIDTH - 16)
            # one row of buttons: ◀, the step number, Before / After, ▶ (Alt+Left / Alt+Right as ever)
            self.buttons.insertWidget(2, self.toggle)
            self.buttons.insertWidget(3, self.back_button)  # shown in the toggle's place
            self.prev_button.setText("◀")
            self.next_button.setText("▶")
            for b in (self.prev_button, self.next_button):
                b.setFixedWidth(b.fontMetrics().horizontalAdvance("◀") + 28)
            self.grid.setColumnStretch(0, 1)
            self.grid.setRowStretch(1, 1)
            # the strip has no title bar: on a 768-pixel screen its 20 pixels are a line of the step's text
            # (View > Guided lessons, Ctrl+L, closes it)
            self.setTitleBarWidget(QWidget(self))
            self.setMinimumWidth(0)
            self.setMaximumWidth(16777215)
        else:
            self.setTitleBarWidget(None)
            self.prev_button.setText(previous_text)
            self.next_button.setText(next_text)
            for b in (self.prev_button, self.next_button):
                b.setMinimumWidth(0)
                b.setMaximumWidth(16777215)
            self.grid.setVerticalSpacing(6)
            for row, w in enumerate(
                (self.lesson_pick, self.step_title, self.text, self.move_hint, self.toggle, self.source)
            ):
                self.grid.addWidget(w, row, 0)
            self.grid.addWidget(self.back_button, 4, 0)  # shown in the toggle's place
            self.grid.setRowStretch(6, 1)
            self.grid.addWidget(self.button_row, 7, 0)
            for w in side:
                w.setMinimumWidth(0)
                w.setMaximumWidth(16777215)
            self.setFixedWidth(LESSON_WIDTH)

    def fit_height(self) -> None:
        """Every line of the step as tall as its text needs at the panel's width (a dock does not pass a
        label's height-for-width on, so a long step was cut); in a strip, the strip exactly that tall."""
        from gui.window.fit import LESSON_WIDTH

        m = self.grid.contentsMargins()
        spacing = self.grid.verticalSpacing()
        if self.strip:
            width = self.body.width() if self.body.width() > 200 else 1000
            text_width = width - m.left() - m.right() - self.grid.horizontalSpacing() - (LESSON_WIDTH - 16)
            wrapped = (self.step_title, self.text, self.source)
            side_width = LESSON_WIDTH - 16
        else:
            width = self.body.width() if self.body.width() > 200 else LESSON_WIDTH
            text_width = width - m.left() - m.right()
            side_width = text_width
            wrapped = (self.step_title, self.text, self.move_hint, self.source)

        def tall(w: QWidget, text_width: int = text_width) -> int:
            # measured on a free copy of the label's text: a label's own height-for-width is held to its
            # current fixed height
            probe = QLabel()
            probe.setFont(w.font())
            probe.setWordWrap(True)
            probe.setText(w.text())
            return probe.heightForWidth(text_width) if w.text() else 0

        changed = False
        for w in (self.step_title, self.text, self.move_hint, self.source):
            if w in wrapped:
                low = high = tall(w)
            elif w is self.move_hint:  # beside the text in a strip
                low = high = tall(w, side_width)
            else:
                low, high = 0, 16777215
            if (w.minimumHeight(), w.maximumHeight()) != (low, high):
                w.setMinimumHeight(low)  # the grid gives each line exactly what its text needs
                w.setMaximumHeight(high)
                changed = True
        if changed:
            self._place()
        if not self.strip:
            self.body.setMinimumHeight(0)
            self.body.setMaximumHeight(16777215)
            return
        left = sum(w.minimumHeight() for w in wrapped) + 2 * spacing
        right = sum(w.sizeHint().height() for w in (self.lesson_pick, self.button_row))
        right += self.move_hint.minimumHeight()
        need = max(left, right + 2 * spacing, self.grid.totalMinimumSize().height() - m.top() - m.bottom())
        need += m.top() + m.bottom()
        if self.body.height() != need or self.body.minimumHeight() != need:
            self.body.setFixedHeight(need)

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if (
            obj is self.body
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
        ):
            self.fit_height()  # the text wraps differently at the new width
        return False

    def retranslate(self) -> None:
        """The shown step in the current language (the rest is re-set by gui.i18n.retranslate_bound)."""
        self.effects.clear()  # the lever lines are worded in the language they were made in
        if self.strip:  # the strip's compact buttons (their bound texts are the column's)
            self.prev_button.setText("◀")
            self.next_button.setText("▶")
        self._render()

    # ----- stepping ---------------------------------------------------------------------------------
    def show_step(self, index: int) -> None:
        """Show step ``index``. A step that moves a lever first shows the scenario before it, with a
        prompt to predict; Next (or "Show after") then applies the change."""
        index = max(0, min(len(self.flat) - 1, index))
        self.index = index
        _lesson, _, step = self.flat[index]
        if index not in self.effects:
            self.effects[index] = step_effect(self.inputs, index)
        before = before_for(index)
        self.revealed = before is None
        self._put(
            before if before is not None else scenario_for(index),
            QCoreApplication.translate("LessonPanel", "Lesson step: {title}").format(
                title=QCoreApplication.translate("Lessons", step.title)
            ),
        )
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(False)
        self._render()
        self._announce()
        self._point_at(step.control)
        if step.chart:
            self.chartAsked.emit(step.chart)  # the window opens it (e.g. the analysis dock's Scale tab)
        self.stepShown.emit(index)

    def reveal(self, after: bool) -> None:
        """Show the scenario after (``after``) or before this step's lever moved."""
        if self.index < 0:
            return
        before = before_for(self.index)
        if before is None:
            return
        self.revealed = after
        _lesson, _, step = self.flat[self.index]
        self._put(
            scenario_for(self.index) if after else before,
            QCoreApplication.translate("LessonPanel", "Lesson step: {title}").format(
                title=QCoreApplication.translate("Lessons", step.title)
            ),
        )
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(after)
        self._render()
        self._announce()
        self.stepShown.emit(self.index)

    def _announce(self) -> None:
        """Put the step's line in the status bar once its result is shown (replacing the window's own
        "change from the previous scenario", which compares unrelated presets between lessons)."""
        if self.index < 0:
            return
        prompt, line = self.effects[self.index]
        text = line if self.revealed else prompt
        presenter = self.presenter
        if self._once is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                presenter.changeSummary.disconnect(self._once)

        def once(*_: Any) -> None:
            with contextlib.suppress(RuntimeError, TypeError):
                presenter.changeSummary.disconnect(once)
            self._once = None
            self.show_status(text, 30000)

        self._once = once
        presenter.changeSummary.connect(once)

    def _put(self, scenario: Any, description: str) -> None:
        if self.track.put(scenario, description):
            self.left = None  # the step's scenario is on screen again

    def leave(self, name: str | None) -> None:
        """The step's scenario was replaced by ``name`` (a "Presets" source text or a file's name; None: not
        known): say so in place of the step's text, until the step is put back."""
        self.left = name or ""
        if self._once is not None:  # the step's line waiting for its result: the result is not the step's
            with contextlib.suppress(RuntimeError, TypeError):
                self.presenter.changeSummary.disconnect(self._once)
            self._once = None
        self.clear_highlight()
        self._render()
        self.stepLeft.emit(self.index)

    def follow(self, index: int, revealed: bool) -> None:
        """Step ``index``'s scenario is on screen again (Undo, Redo), before or after (``revealed``) its
        lever moved: show that step as it is, without putting its scenario in place again."""
        if (index, revealed, self.left) == (self.index, self.revealed, None):
            return
        self.index, self.revealed, self.left = index, revealed, None
        with QSignalBlocker(self.toggle):
            self.toggle.setChecked(revealed and before_for(index) is not None)
        self._render()
        self._point_at(self.flat[index][2].control)
        self.stepShown.emit(index)

    def notice(self) -> str:
        """The one sentence said while the step's scenario is replaced (:attr:`left`)."""
        if not self.left:
            return tr("The scenario on screen is not this step's.")
        name = QCoreApplication.translate("Presets", self.left)
        return tr("“{name}” replaced this step's scenario.").format(name=name)

    def back_to_step(self) -> None:
        """The step's scenario back as it was, before or after its lever moved (one undoable change)."""
        if self.index < 0:
            return
        if self.revealed and before_for(self.index) is not None:
            self.reveal(True)
            self._point_at(self.flat[self.index][2].control)
        else:
            self.show_step(self.index)

    def next(self) -> None:
        if self.index >= 0 and self.left is not None:
            self.back_to_step()  # a clicker's Next takes the class back to the lesson where it was
        elif self.index >= 0 and not self.revealed:
            self.reveal(True)  # the class has predicted: show the change first
        else:
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
            self.toggle.setVisible(False)
            self.back_button.setVisible(False)
            self.source.setText("")
            self.counter.setText(
                QCoreApplication.translate("LessonPanel", "{n} steps").format(n=len(self.flat))
            )
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(True)
            return
        lesson, _, step = self.flat[self.index]
        self.lesson_pick.setCurrentIndex(next((i for i, x in enumerate(lessons()) if x.id == lesson.id), -1))
        self.step_title.setText(QCoreApplication.translate("Lessons", step.title))
        self.text.setText(QCoreApplication.translate("Lessons", step.text))
        if self.index not in self.effects:
            self.effects[self.index] = step_effect(self.inputs, self.index)
        prompt, line = self.effects[self.index]
        self.move_hint.setText(line if self.revealed else prompt)
        has_lever = before_for(self.index) is not None
        self.toggle.setVisible(has_lever)
        labels = (
            QCoreApplication.translate("LessonPanel", "◀ Show before"),
            QCoreApplication.translate("LessonPanel", "Show after ▶"),
        )
        self.toggle.setText(labels[0] if self.toggle.isChecked() else labels[1])
        # as wide as its longer text, so switching never cuts it or moves the buttons beside it
        self.toggle.setMinimumWidth(max(self.toggle.fontMetrics().horizontalAdvance(t) for t in labels) + 24)
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
        self.back_button.setVisible(self.left is not None)
        if self.left is not None:  # nothing of the step is on screen: say so, and the way back
            self.text.setText(self.notice())
            self.move_hint.setText("")
            self.toggle.setVisible(False)
            self.source.setText("")
            self.next_button.setEnabled(True)  # Next puts the step back first
        self.fit_height()

    def _point_at(self, path: str | None) -> None:
        self.clear_highlight()
        widgets, _ = control_widgets(self.inputs.controls, path)
        if not widgets or getattr(self.inputs.controls.get(path), "hidden", False):  # hidden by the teacher
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
