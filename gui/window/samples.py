"""The Monte Carlo sample count (Edit > Uncertainty samples…): its dialog and its words.

The dialog holds a number input like the input panel's (:class:`gui.inputs.quantity.QuantityInput`): a
logarithmic slider linked to a box that reads "5000", "5k", "1e5" or "100,000". A value it cannot take is said
under the box in the window's words, the way the panel's boxes say it: the field by its label, the text as
typed and the allowed range as the box shows numbers, e.g. "Samples: 50 is out of range; allowed
100–1000000". The dialog stays open with the text to fix. The prompt, the menu's status tip and the undo step
write the limits and counts with the box's own formatter (:func:`gui.inputs.fields.box_text`), so what a
person reads can be typed back as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.scenario import field_range
from gui.inputs.fields import FieldSpec, box_text
from gui.inputs.quantity import QuantityInput, allowed_text, not_whole, out_of_range

SAMPLES = FieldSpec(
    "uncertainty.samples",
    QT_TRANSLATE_NOOP("Fields", "Samples"),
    QT_TRANSLATE_NOOP(
        "Fields",
        "Monte Carlo samples drawn for every p5–p95 range; the same seed gives the same ranges for the same count.",
    ),
    100,
    1_000_000,
    log=True,
    integer=True,
)

#: the dialog's prompt above the input; ``{range}`` is the allowed range as the box shows it
PROMPT = QT_TRANSLATE_NOOP(
    "WhatIf",
    "Monte Carlo samples for the p5–p95 ranges ({range}).\nMore samples: steadier ranges, slower updates.",
)


def tr(text: str) -> str:
    return QCoreApplication.translate("WhatIf", text)


def allowed() -> tuple[float, float]:
    """The fewest and most samples the scenario model allows."""
    lo, hi, _unit = field_range(SAMPLES.path)
    return lo, hi


def range_text() -> str:
    """The allowed range as the box shows it: "100–1000000"."""
    return allowed_text(SAMPLES, allowed())


def name() -> str:
    """The field's label as the dialog shows it, in the current language."""
    return QCoreApplication.translate("Fields", SAMPLES.label)


def refusal_text(n: float) -> str | None:
    """Why ``n`` samples cannot be set, in the dialog's words (None when it can): for a count given without
    the dialog (a test, a script), said as the dialog would say it typed."""
    lo, hi = allowed()
    if not lo <= n <= hi:
        return out_of_range(name(), box_text(SAMPLES, n), range_text())
    if not float(n).is_integer():
        return not_whole(name(), box_text(SAMPLES, n), range_text())
    return None


def change_text(old: int, new: int) -> str:
    """The undo step's words: "Uncertainty samples 2000 → 5000"."""
    return tr("Uncertainty samples {a} → {b}").format(a=box_text(SAMPLES, old), b=box_text(SAMPLES, new))


class SamplesDialog(QDialog):
    """Ask for the sample count. ``apply(n)`` sets it and returns None, or the reason it was refused (said
    under the box; the dialog stays open). OK checks what is typed first, as the panel's boxes do."""

    def __init__(self, current: int, apply: Callable[[int], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.apply = apply
        self.setWindowTitle(tr("Uncertainty samples"))
        self.prompt = QLabel(tr(PROMPT).format(range=range_text()), self)
        self.prompt.setWordWrap(True)
        form = QWidget(self)
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.input = QuantityInput(SAMPLES, form)
        self.input.setObjectName("samplesInput")
        self.input.results_note = False  # the window's results are not beside this box
        self.input.add_to(grid, 0)
        self.input.show_value(current)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(form)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(max(420, self.prompt.fontMetrics().averageCharWidth() * 52))
        self.input.box.setFocus()
        self.input.box.selectAll()

    @property
    def box(self):
        return self.input.box

    @property
    def slider(self):
        return self.input.slider

    def message(self) -> str:
        """The refusal shown under the box ("" when none)."""
        return self.input.error.text() if self.input.error_shown() else ""

    def accept(self) -> None:
        """Apply what is typed and close, or say why not and keep the dialog open with the text."""
        value = self.input.parse(self.input.box.text().strip())
        if isinstance(value, str):
            self.input.show_error(value)
        else:
            err = self.apply(int(value))
            if not err:
                super().accept()
                return
            self.input.refused(err)
        self.input.box.setFocus()
