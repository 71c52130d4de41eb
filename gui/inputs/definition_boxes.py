"""The number boxes of the dialog of one's own accelerators, grids and profiles, and its refusals in words.

A box is a line edit like the input panel's (gui.inputs.quantity): it keeps whatever is typed, reads "990",
"3,350", "1.2k" or "2e3", and a value it cannot take is said under the form the way the panel's boxes say it:
the field by its label in the dialog, the text as typed and the allowed range, read from the scenario model's
constraints (:func:`core.scenario.section_range`), e.g. "TDP: 9000 is out of range; allowed 1–5000 W". What
the model itself refuses (an empty name, no peak above 0, a saved definition out of range) is said the same
way by :func:`refusal_lines`, never with the model's field names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from core.scenario import section_range
from core.units import format_plain
from gui.inputs.quantity import REFUSED_BOX_STYLE, lo_or_one, out_of_range, read_number, restyle


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomDefs", text)


class NumberBox(QWidget):
    """A number box with its unit for field ``field`` of the model ``model`` (``"peak_tflops"`` with
    ``key`` "bf16" for one precision's peak). ``label``: the form's label, as shown. ``zero_means_none``: 0
    is allowed and means "not given" (a precision the chip does not support)."""

    def __init__(
        self,
        model: Any,
        field: str,
        label: str,
        value: float,
        unit: str = "",
        key: str = "",
        zero_means_none: bool = False,
    ):
        super().__init__()
        self.field, self.key, self.label, self.unit = field, key, label, unit
        lo, hi, _strict = section_range(model, field)
        self.allowed = (0.0 if zero_means_none else lo, hi)
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setFixedWidth(96)
        self.edit.textEdited.connect(lambda _t: self.mark(False))  # the person fixes it: no longer red
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
        if unit:
            lay.addWidget(QLabel(unit))
        lay.addStretch(1)
        self.setFocusProxy(self.edit)
        self.setValue(value)

    # the spin box's protocol, kept for callers and tests
    def setValue(self, value: float) -> None:
        self.edit.setText(shown(value))
        self.mark(False)

    def value(self) -> float:
        """The value typed (a box that does not hold a number in range reads 0: ask :meth:`read` first)."""
        v = self.read()
        return v if isinstance(v, float) else 0.0

    def text(self) -> str:
        return self.edit.text().strip()

    def key_path(self) -> tuple[str, ...]:
        return (self.field, self.key) if self.key else (self.field,)

    def name(self) -> str:
        return tr(self.label).format(p=self.key.upper())

    def allowed_text(self) -> str:
        lo, hi = self.allowed
        return f"{shown(lo)}–{shown(hi)} {self.unit}".strip()

    def read(self) -> float | str:
        """The value typed, or the message that refuses it (the field's label, the text as typed, the range)."""
        v = read_number(self.text(), self.name(), self.allowed, self.allowed_text(), self.example)
        return v if isinstance(v, str) else float(v)

    def example(self) -> str:
        return shown(lo_or_one(self.allowed))

    def mark(self, refused: bool) -> None:
        """A red frame while the box holds a refused value (the message under the form says why)."""
        restyle(self.edit, REFUSED_BOX_STYLE if refused else "")


def shown(value: float | None) -> str:
    """A value as the dialog's boxes show it: four figures, no grouping ("3350", "0.1")."""
    return "" if value is None else format_plain(float(value), 4)


def refusal_lines(errors: list[dict[str, Any]], boxes: list[NumberBox], names: dict[str, str]) -> list[str]:
    """One sentence per error the scenario model found in a definition (pydantic's ``errors()``), in the
    dialog's words; the boxes concerned are marked. ``names``: the labels of the form's text fields by model
    field ("name", "source"), translated."""
    by_path = {box.key_path(): box for box in boxes}
    lines: list[str] = []
    for e in errors:
        loc = tuple(str(p) for p in e.get("loc", ()))
        typ, value, ctx = e.get("type", ""), e.get("input"), e.get("ctx") or {}
        box = by_path.get(loc)
        if box is not None and typ in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
            typed = box.read()
            # the text as typed when the box holds this value; a saved definition's value as a box shows it
            text = box.text()[:30] if typed == value or isinstance(typed, str) else shown(value)
            if typed == value:
                box.mark(True)
            lines.append(out_of_range(box.name(), text, box.allowed_text()))
        elif loc == ("peak_tflops",) and typ == "too_short":
            peaks = [b for b in boxes if b.field == "peak_tflops"]
            for b in peaks:
                b.mark(True)
            lines.append(
                tr("Give at least one peak above 0 (0 = not supported); allowed {range}").format(
                    range=peaks[0].allowed_text() if peaks else ""
                )
            )
        elif loc and loc[0] in names and typ == "string_too_short":
            lines.append(tr("{name}: a name is required").format(name=names[loc[0]]))
        elif loc and loc[0] in names and typ == "string_too_long":
            lines.append(
                tr("{name}: {n} characters is too long; allowed up to {max} characters").format(
                    name=names[loc[0]], n=len(str(value)), max=ctx.get("max_length", "")
                )
            )
        else:  # not reached from the form: the place in words, the model's reason as it is
            where = box.name() if box is not None else names.get(loc[0] if loc else "", " ".join(loc))
            lines.append(f"{where}: {e.get('msg', '')}")
    return lines
