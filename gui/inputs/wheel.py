"""The mouse wheel scrolls the inputs panel; an input takes the wheel only once it has the focus.

Qt gives the wheel to whatever widget is under the pointer: scrolling down the inputs column, a combo box or a
slider that passes under the pointer would change its value (the review saw the Profile box jump to another
datacentre profile). Every combo box, slider and spin box in the panel gets ``Qt.StrongFocus`` (so the wheel no
longer gives it the focus) and this filter, which hands the wheel of an unfocused input to the panel's scroll
bar. Click or tab into an input, and the wheel changes it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar

WHEEL_INPUTS = (QComboBox, QAbstractSlider, QAbstractSpinBox)


class WheelGuard(QObject):
    def __init__(self, area: QAbstractScrollArea):
        super().__init__(area)
        self.area = area

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            QCoreApplication.sendEvent(self.area.verticalScrollBar(), event)
            return True  # the panel scrolled; the input keeps its value
        return False


def guard_wheel(area: QAbstractScrollArea) -> WheelGuard:
    """Install the guard on every wheel-taking input inside ``area`` (call again after adding inputs)."""
    # one guard per area: a child of the area, found again on the next call
    guard = next((c for c in area.children() if isinstance(c, WheelGuard)), None) or WheelGuard(area)
    for widget in area.widget().findChildren(QObject):
        if isinstance(widget, WHEEL_INPUTS) and not isinstance(widget, QScrollBar):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.removeEventFilter(guard)
            widget.installEventFilter(guard)
    return guard
