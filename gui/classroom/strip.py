"""Classroom mode's lesson strip: the step's one sentence, its lever with the values before and after, and a
badge with the lever's own effect on the number the step is about ("PUE 1.58 → 1.09" · "facility energy
−31 %"), large enough for the back of the room.

The effect is the estimator's, between the two scenarios that differ in the lever only
(:func:`core.lessons.lever_effect`, as the lesson panel's line); before the teacher reveals the change the
badge asks the class to predict. Which tile the step is about comes from :func:`core.lessons.focus_tile`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.i18n import bind


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


@dataclass(frozen=True)
class StripContent:
    """What the strip says for one step, in the current language."""

    title: str
    sentence: str
    lever: str  # "PUE 1.58 → 1.09", "New starting point: Llama 3.1 70B", "→ back to this step" or ""
    badge: str  # "facility energy −31 %", "Predict: facility energy?", or ""
    tile: str  # the tile the step is about (core.lessons.focus_tile); "": none
    market: bool  # the step is about market-based CO2e: the CO2 tile shows that figure large


def first_sentence(text: str) -> str:
    """The first sentence of a step's text (English or Japanese): up to the first "。", or the first ". "
    before a capital letter or a digit (so "1.58" or "e.g." never end it)."""
    text = text.strip()
    ja = text.find("。")
    if ja >= 0:
        return text[: ja + 1]
    m = re.search(r"[.!?](?=\s+[A-Z0-9\"'(])", text)
    return text[: m.end()] if m else text


def strip_content(panel: Any, index: int, revealed: bool, effects: dict[int, Any]) -> StripContent:
    """The strip's words for lesson step ``index`` (``panel``: the lesson panel, whose controls name the
    lever and its values); ``effects`` caches each step's :class:`core.lessons.Effect`. While a preset or
    file replaces the step's scenario (``panel.left``), the title is its name and the sentence says so."""
    from core.lessons import focus_tile, lever_effect, percent
    from core.units import format_count, significant
    from gui.classroom.lesson_panel import METRIC_NAMES, control_widgets, lever_value
    from gui.classroom.lessons import before_for, scenario_for

    _lesson, _, step = panel.flat[index]
    if panel.left is not None:  # a preset or file replaced the step's scenario: say so, and the way back
        name = (
            QCoreApplication.translate("Presets", panel.left) if panel.left else panel.presenter.scenario.name
        )
        return StripContent(name, panel.notice(), tr("→ back to this step"), "", "", False)
    title = QCoreApplication.translate("Lessons", step.title)
    sentence = first_sentence(QCoreApplication.translate("Lessons", step.text))
    metric = QCoreApplication.translate("LessonPanel", METRIC_NAMES[step.metric])
    tile = focus_tile(step.metric, step.lever)
    market = step.metric == "lifecycle.co2e_market_kg"
    before = before_for(index)
    if before is None or step.lever is None:
        lever = ""
        if step.preset:
            name = panel.inputs.catalog.presets[step.preset].name
            lever = QCoreApplication.translate("LessonPanel", "New starting point: {name}").format(
                name=QCoreApplication.translate("Presets", name).split(" (")[0].split("（")[0]
            )
        return StripContent(title, sentence, lever, "", tile, market)
    after = scenario_for(index)
    controls = panel.inputs.controls
    _, lever_name = control_widgets(controls, step.lever)
    lever = tr("{lever} {a} → {b}").format(
        lever=lever_name,
        a=lever_value(controls, step.lever, before.get(step.lever)),
        b=lever_value(controls, step.lever, after.get(step.lever)),
    )
    if not revealed:
        return StripContent(
            title, sentence, lever, tr("Predict: {metric}?").format(metric=metric), tile, market
        )
    if index not in effects:
        effects[index] = lever_effect(before, after, step.metric)
    effect = effects[index]
    badge = tr("{metric} {change}").format(metric=metric, change=percent(effect.change))
    if effect.payback_days is not None:
        badge += " · " + tr("pays back in {days} days ({queries} queries)").format(
            days=significant(effect.payback_days, 2), queries=format_count(effect.payback_queries, 2)
        )
    return StripContent(title, sentence, lever, badge, tile, market)


class LessonStrip(QFrame):
    """The sentence on the left; the lever and the change badge on the right. Hidden outside a lesson."""

    def __init__(self, parent: QWidget, scale: float):
        super().__init__(parent)
        self.setObjectName("lessonStrip")
        self.sentence = QLabel(self)
        self.sentence.setObjectName("stripSentence")
        self.sentence.setWordWrap(True)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.lever = QLabel(self)
        self.lever.setObjectName("stripLever")
        self.badge = QLabel(self)
        self.badge.setObjectName("badge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for label, factor, bold in (
            (self.sentence, 0.8, False),
            (self.lever, 0.95, True),
            (self.badge, 0.9, True),
        ):
            f = QFont(label.font())
            f.setPointSizeF(f.pointSizeF() * scale * factor)
            f.setBold(bold)
            label.setFont(f)
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addWidget(self.lever, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(18)
        lay.addWidget(self.sentence, 1)
        lay.addLayout(right)
        for label, name in (
            (self.sentence, QT_TRANSLATE_NOOP("Classroom", "Step explanation")),
            (self.lever, QT_TRANSLATE_NOOP("Classroom", "Lever")),
            (self.badge, QT_TRANSLATE_NOOP("Classroom", "Change")),
        ):
            bind(label, "setAccessibleName", lambda name=name: tr(name))
        self.content: StripContent | None = None
        self.hide()

    def show_content(self, content: StripContent | None) -> None:
        """The step's words (None: no lesson open, the strip hides)."""
        self.content = content
        if content is None:
            self.hide()
            return
        self.sentence.setText(content.sentence)
        self.lever.setText(content.lever)
        self.lever.setVisible(bool(content.lever))
        self.badge.setText(content.badge)
        self.badge.setVisible(bool(content.badge))
        # the sentence takes what the lever and badge leave, in as many lines as it needs there
        self.show()
        self.fit()

    def fit(self) -> None:
        """The sentence's height for the width it has (a label's height-for-width is not passed on by the
        view's layout)."""
        if self.content is None:
            return
        m = self.layout().contentsMargins()
        side = max(
            self.lever.sizeHint().width() if self.lever.isVisible() else 0,
            self.badge.sizeHint().width() if self.badge.isVisible() else 0,
        )
        width = max(120, self.width() - m.left() - m.right() - side - self.layout().spacing())
        # measured from the font, not the label: a label's own height-for-width is held to its minimum
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        text = self.sentence.text()
        need = self.sentence.fontMetrics().boundingRect(QRect(0, 0, width, 100000), flags, text).height() + 4
        if self.sentence.minimumHeight() != need:
            self.sentence.setMinimumHeight(need)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()
