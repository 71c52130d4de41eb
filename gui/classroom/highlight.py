"""The pulsing frame a lesson step draws around the control it asks the reader to move."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QFrame, QWidget

PULSE = ("#E69F00", "#D55E00")  # Okabe-Ito orange and vermillion: visible to every colour vision


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
