"""A number input: a slider linked both ways to a box that reads "175B", "1.75e11" or "2T".

A thin widget: it turns what the person does into ``(path, value)`` pairs and shows what it is given. It never
holds the scenario; :mod:`gui.window.main_window` binds it to the presenter.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from core.scenario import field_range, normalise_separators, parse_quantity
from gui.inputs.fields import FieldSpec, box_text

STEPS = 1000
ERROR_STYLE = "color: #B3261E;"  # a red that reads on light backgrounds; text also says what is wrong
NOTE_STYLE = "color: #8a4b00;"  # a dark amber: not an error, a reason this input does not move a result
NOTE_STYLE_DARK = "color: #F0A04B;"  # the same amber, light enough on the dark theme (gui.theme swaps them)
#: a refused value's box: a red frame. The padding keeps the box as tall as the style's own frame (22 px at the
#: default font; a bare 1 px border made it 18), so marking a value refused never moves the rows below it.
REFUSED_BOX_STYLE = "border: 1px solid #B3261E; border-radius: 2px; padding: 2px 1px;"


def restyle(widget: QWidget, sheet: str) -> None:
    """Set ``sheet`` only when it differs: a new style sheet re-polishes the widget and re-lays out its panel."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def lo_or_one(allowed: tuple) -> float:
    """A value to show in an example: the lower bound, or 1."""
    return allowed[0] if allowed[0] else 1.0


def allowed_text(spec: FieldSpec, allowed: tuple[float, float]) -> str:
    """A field's allowed range with both ends as its box shows them ("0–10M tokens", "100–1000000"): what
    its refusals, its tooltip and any prompt about it say."""
    lo, hi = allowed
    unit = "%" if spec.percent else QCoreApplication.translate("Units", spec.unit) if spec.unit else ""
    return f"{box_text(spec, lo)}–{box_text(spec, hi)} {unit}".strip()


def tr(text: str, context: str = "Inputs") -> str:
    return QCoreApplication.translate(context, text)


def placeholder_room(edit: QLineEdit) -> int:
    """The pixels a line edit gives its text and its placeholder: its contents less the frame, the text
    margins and Qt's own 2 px each side."""
    opt = QStyleOptionFrame()
    opt.initFrom(edit)
    opt.rect = edit.rect()
    opt.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, opt, edit)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, opt, edit)
    margins = edit.textMargins()
    return rect.width() - margins.left() - margins.right() - 4


def read_number(
    text: str,
    name: str,
    allowed: tuple,
    range_text: str,
    example: Callable[[], str],
    percent: bool = False,
) -> float | str:
    """The number typed in a box ("175B", "1.75e11", "70%" when ``percent``), or the message that refuses it:
    the field's ``name``, the text as typed and the allowed range as the box writes it (``range_text``).
    ``example`` gives a value in the box's form for the message on an ambiguous comma. An empty box is
    refused (a field that may stay empty checks that first)."""
    if not text:
        return QCoreApplication.translate("Inputs", "{name}: a value is required; allowed {range}").format(
            name=name, range=range_text
        )
    t = text[:-1] if percent and text.endswith("%") else text
    locale = QLocale()
    plain = normalise_separators(t, locale.decimalPoint(), locale.groupSeparator())
    if plain is None:  # "70,6B": a comma that groups no thousands is refused, never read as 706B
        return QCoreApplication.translate(
            "Inputs",
            "{name}: '{text}' is ambiguous: write decimals with '{point}' (e.g. {example}); allowed {range}",
        ).format(
            name=name,
            text=text[:30],
            point=locale.decimalPoint(),
            example=example().replace(".", locale.decimalPoint()),
            range=range_text,
        )
    v = parse_quantity(plain)
    if v is None:
        return QCoreApplication.translate(
            "Inputs", "{name}: '{text}' is not a number; allowed {range}"
        ).format(name=name, text=text[:30], range=range_text)
    if percent:
        v = v / 100.0
    lo, hi = allowed
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        return out_of_range(name, text[:30], range_text)
    return v


def out_of_range(name: str, text: str, range_text: str) -> str:
    """ "{name}: {text} is out of range; allowed {range}"."""
    return QCoreApplication.translate("Inputs", "{name}: {text} is out of range; allowed {range}").format(
        name=name, text=text, range=range_text
    )


def not_whole(name: str, text: str, range_text: str) -> str:
    """ "{name}: {text} is not a whole number; allowed {range}"."""
    return QCoreApplication.translate(
        "Inputs", "{name}: {text} is not a whole number; allowed {range}"
    ).format(name=name, text=text, range=range_text)


class MessageHold(QObject):
    """Shared by the message lines of one input panel: ``on`` while the person is moving inputs.

    The panel lets go when a result at rest arrives (computed once the inputs were still for ``STILL_MS``:
    the first step of a drag is computed as at rest too, and the rows must not move under the pointer then);
    ``released`` also comes ``REST_MS`` after the last move, for a move that ended on a refused value (no
    result follows it)."""

    REST_MS = 400
    STILL_MS = 100
    released = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.on = False
        self.mover: MessageLine | None = None  # the line of the input being moved
        self.moved_at = 0.0  # time.monotonic() of the last move
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(self.REST_MS)
        self._rest.timeout.connect(self.released)

    def hold(self, mover: MessageLine | None = None) -> None:
        """An input moved (``mover`` is its line): lines keep their room until the inputs rest."""
        self.on = True
        self.mover = mover
        self.moved_at = time.monotonic()
        self._rest.start()

    def let_go(self) -> None:
        """The inputs rest (the panel then settles its lines)."""
        self.on = False
        self.mover = None

    def still(self) -> bool:
        """True once no input has moved for ``STILL_MS``."""
        return (time.monotonic() - self.moved_at) * 1000.0 >= self.STILL_MS


class MessageLine(QLabel):
    """The line under an input for its error or its note (red or amber, wrapped to the row's width).

    Its height is set, not asked for: the text's wrapped height at the row's width, so a new text of as
    many lines (a note whose figures change on every slider step) never moves the rows below it. While the
    person moves inputs (``hold.on``) a line that empties or shortens keeps its room, and the rows stay
    under the pointer; :meth:`settle` gives the room back once the inputs rest. A note that would appear on
    another input's line meanwhile waits for the rest too: a line opening above the slider being dragged
    would move it away from the pointer. (A message coming and going on every step moved and redrew the whole
    input panel: the slowest frames of a slider jump.)
    """

    def __init__(self, parent: QWidget, hold: MessageHold | None = None):
        super().__init__(parent)
        self.hold = hold if hold is not None else MessageHold(self)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a message is never read as markup
        # the line takes the width of its row, whatever its text: a message's longest word never widens the
        # column (which moved and redrew every group of the panel each time a message came or went)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.waiting = False  # a note held back until the inputs rest
        self.hide()

    def hasHeightForWidth(self) -> bool:  # the height is set by fit(), not asked
        return False

    def say(self, text: str, wait: bool = False) -> None:
        """Show ``text`` (the same text again changes nothing). With ``wait`` (a note), a line that has no
        room while another input is being moved shows it once the inputs rest."""
        if self.text() != text:
            self.setText(text)
        if self.isHidden():
            held = self.hold.on and self.hold.mover is not self
            if wait and held and not self.sizePolicy().retainSizeWhenHidden():
                self.waiting = True
                return
            self.waiting = False
            self.show()
        self.fit()

    def withdraw(self) -> None:
        """Hide the line; while inputs move, its room stays until :meth:`settle`."""
        self.waiting = False
        if self.isHidden():
            return
        if self.hold.on:
            self._retain(True)
        self.hide()

    def settle(self) -> None:
        """The inputs rest: a waiting note is shown, a hidden line gives its room back, a shown one takes its
        text's height."""
        if self.waiting:  # a waiting line kept no room (see say)
            self.waiting = False
            self.show()
        if self.isHidden():
            self._retain(False)
        else:
            self.fit(shrink=True)

    def fit(self, shrink: bool = False) -> None:
        """Set the height to the text's wrapped height at the row's width (never less while held)."""
        grid = self.parentWidget().layout() if self.parentWidget() is not None else None
        width = grid.contentsRect().width() if grid is not None else 0
        if width <= 0:
            width = self.width()
        need = self.text_height(width)
        if self.hold.on and not shrink:
            need = max(need, self.minimumHeight())
        if need != self.minimumHeight() or need != self.maximumHeight():
            self.setFixedHeight(need)

    def text_height(self, width: int) -> int:
        """The height the text takes wrapped at ``width`` (margins included). Not QLabel.heightForWidth,
        which never answers less than the minimum height, so a line made tall once would stay tall."""
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        inner = max(1, width - margins.left() - margins.right() - extra)
        flags = int(self.alignment() | Qt.TextFlag.TextWordWrap)
        rect = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100000), flags, self.text())
        return rect.height() + margins.top() + margins.bottom() + extra

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width() and not self.isHidden():
            self.fit(shrink=True)  # a new row width (the window resized): the text's height at it

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and not self.isHidden():
            self.fit(shrink=True)  # a larger type (classroom mode) needs more room for the same text

    def _retain(self, keep: bool) -> None:
        policy = self.sizePolicy()
        if policy.retainSizeWhenHidden() != keep:
            policy.setRetainSizeWhenHidden(keep)
            self.setSizePolicy(policy)


class QuantityInput(QObject):
    """One numeric field: label, slider (linear or log), number box, unit and an inline error line."""

    edited = Signal(str, object)  # path, new value (None = cleared optional field)

    def __init__(self, spec: FieldSpec, parent: QWidget, hold: MessageHold | None = None):
        super().__init__(parent)
        self.spec = spec
        lo, hi, _unit = field_range(spec.path)
        self.allowed = (lo, hi)
        self.value: Any = None
        self._shown_text = ""  # what the box was last given for ``value``, to skip formatting it again

        self.label = QLabel(parent)
        self.label.setWordWrap(True)  # a long name takes two lines rather than being cut (Japanese at 1024)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(STEPS // 20)
        self.slider.setSingleStep(max(1, STEPS // 200))
        self.slider.setMinimumWidth(64)
        self.box = QLineEdit(parent)
        self.box.setFixedWidth(76)
        self.box.setAlignment(Qt.AlignmentFlag.AlignRight)
        if spec.optional:
            self.box.setClearButtonEnabled(True)
        self.unit = QLabel(parent)
        self.unit.setMinimumWidth(34)
        self.error = MessageLine(parent, hold)
        self.error.setStyleSheet(ERROR_STYLE)
        self.label.setBuddy(self.box)
        self.retranslate()
        self.slider.setObjectName(f"slider:{spec.path}")
        self.box.setObjectName(f"box:{spec.path}")

        self.slider.valueChanged.connect(self._slider_moved)
        self.box.editingFinished.connect(self._box_edited)

    def retranslate(self) -> None:
        """The label, unit, tooltips and accessible names in the current language."""
        spec = self.spec
        label_text = QCoreApplication.translate("Fields", spec.label)
        self.label.setText(label_text)
        self.unit.setText(QCoreApplication.translate("Units", spec.unit) if spec.unit else "")
        # a unit is never cut: its column is as wide as its text ("パラメータ", "tokens")
        self.unit.setMinimumWidth(max(34, self.unit.sizeHint().width()))
        if spec.optional and self.value is None:
            # the field's own word ("full batches"), or, where the box is too narrow for it, "auto"
            self.fit_placeholder(
                QCoreApplication.translate("Fields", spec.optional),
                QCoreApplication.translate("Fields", "auto"),
            )
        tip = QCoreApplication.translate("Fields", spec.tip)
        from gui.inputs.plain import PLAIN

        plain = PLAIN.get(spec.path)  # one everyday sentence first, then the expert line and its source
        if plain:
            tip = f"{QCoreApplication.translate('Fields', plain)}\n{tip}"
        full_tip = f"{tip}\n{QCoreApplication.translate('Inputs', 'Allowed:')} {self.allowed_text()}"
        for w in (self.label, self.slider, self.box, self.unit):
            w.setToolTip(full_tip)
        self.slider.setAccessibleName(label_text)
        self.box.setAccessibleName(label_text)
        if self.error_shown():  # its message was in the other language: say it again in this one
            message = self.parse(self.box.text().strip())
            if isinstance(message, str):
                self.show_error(message)
            elif self._conflict is not None:  # a conflict with another input: said again in this language
                from gui.inputs.refusals import refusal_text

                self.show_error(refusal_text(self._conflict, self.path))
            else:  # a value the estimator refused: the box goes back to the value the results are for
                self.hide_error()
                self._shown_text = self.format(self.value)
                self.box.setText(self._shown_text)

    # ----- the control protocol (gui.inputs.binding) -----------------------------------------------
    #: further scenario values one edit sets, from the scenario (PUE typed by hand ends a chosen profile)
    also: Callable[[Any], dict[str, Any]] | None = None

    @property
    def path(self) -> str:
        return self.spec.path

    def name(self) -> str:
        return QCoreApplication.translate("Fields", self.spec.label)

    def describe(self, value: Any) -> str:
        """A value in words for undo and the status bar ("1.1", "70%", or the empty field's word)."""
        if value is None:
            return QCoreApplication.translate("Fields", self.spec.optional) or "–"
        unit = self.unit.text()
        return f"{self.format(value)} {unit}".strip() if unit in ("%", "×") else self.format(value)

    def change_text(self, old: Any, new: Any) -> str:
        """The change in words: "Batch size 64 → 128"."""
        return f"{self.name()} {self.describe(old)} → {self.describe(new)}"

    def values(self, value: Any, scenario: Any) -> dict[str, Any]:
        out: dict[str, Any] = {self.path: value}
        if self.also is not None:
            out.update(self.also(scenario))
        return out

    #: a refusal also says for which value the window's results are (off in a dialog that applies on OK)
    results_note = True

    # the conflict between inputs that refused this input's value (said again after a language switch)
    _conflict: Any = None

    def refused(self, err: str) -> None:
        """Say why the presenter refused the value: a conflict with another input in a sentence of its own
        (gui.inputs.refusals, naming both inputs), any other reason after this input's name."""
        self._conflict = getattr(err, "conflict", None)
        if self._conflict is not None:
            from gui.inputs.refusals import refusal_text

            self.show_error(refusal_text(self._conflict, self.path))
        else:
            self.show_error(f"{self.name()}: {err}")

    def accepted(self, value: Any) -> None:
        self.accept(value)

    def add_to(self, grid: QGridLayout, row: int) -> int:
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.slider, row, 1)
        grid.addWidget(self.box, row, 2)
        grid.addWidget(self.unit, row, 3)
        grid.addWidget(self.error, row + 1, 0, 1, 4)
        return row + 2

    # ----- mapping -----------------------------------------------------------------------------
    def to_position(self, value: float | None) -> int:
        s = self.spec
        if value is None:
            return self.slider.value()
        if s.log:
            if value <= 0:
                return 0
            f = (math.log10(value) - math.log10(s.lo)) / (math.log10(s.hi) - math.log10(s.lo))
        else:
            f = (value - s.lo) / (s.hi - s.lo)
        return round(min(1.0, max(0.0, f)) * STEPS)

    def from_position(self, pos: int) -> float:
        s = self.spec
        f = pos / STEPS
        if s.log:
            v = 10 ** (math.log10(s.lo) + f * (math.log10(s.hi) - math.log10(s.lo)))
            v = float(f"{v:.2e}")  # three significant figures: a clean number to read and type
        else:
            v = s.lo + f * (s.hi - s.lo)
            decimals = max(0, 2 - math.floor(math.log10(s.hi - s.lo)))
            v = round(v, decimals)
        if s.integer:
            return round(v)
        return v

    def format(self, value: float | None) -> str:
        return "" if value is None else box_text(self.spec, value)

    def allowed_text(self) -> str:
        """The allowed range with both ends as the box would show them ("0–10M tokens", "1–4096 seqs")."""
        return allowed_text(self.spec, self.allowed)

    # ----- user actions --------------------------------------------------------------------------
    def _slider_moved(self, pos: int) -> None:
        self.error.hold.hold(self.error)  # the person is moving inputs: message lines keep room until rest
        value = self.from_position(pos)
        self._shown_text = self.format(value)
        self.box.setText(self._shown_text)
        self.hide_error()
        self.edited.emit(self.spec.path, value)

    def _box_edited(self) -> None:
        text = self.box.text().strip()
        if text == self.format(self.value) and not self.error_shown():
            return
        value = self.parse(text)
        if isinstance(value, str):  # a message
            self.show_error(value)
            return
        self.edited.emit(self.spec.path, value)

    def parse(self, text: str) -> float | int | str | None:
        """The value typed, or a message naming the field and the allowed range."""
        s = self.spec
        if not text and s.optional:
            return None
        name = QCoreApplication.translate("Fields", s.label)
        v = read_number(
            text,
            name,
            self.allowed,
            self.allowed_text(),
            lambda: self.format(self.value if self.value is not None else lo_or_one(self.allowed)),
            percent=s.percent,
        )
        if isinstance(v, str):
            return v
        if s.integer:
            if not float(v).is_integer():
                return not_whole(name, text[:30], self.allowed_text())
            return int(v)
        return v

    # ----- shown state -------------------------------------------------------------------------
    def show_value(self, value: Any) -> None:
        """Show a value from the scenario without emitting anything."""
        if value == self.value and self.box.text() == self._shown_text:
            return
        self.value = value
        self.slider.blockSignals(True)
        self.slider.setValue(self.to_position(value))
        self.slider.blockSignals(False)
        if not self.box.hasFocus() or not self.error_shown():
            self._shown_text = self.format(value)
            self.box.setText(self._shown_text)

    def fit_placeholder(self, *texts: str) -> None:
        """The greyed text of the empty box: the first of ``texts`` that fits it whole (the last one
        regardless); Qt would cut a longer one with "…" ("満杯のバ…")."""
        room, fm = placeholder_room(self.box), self.box.fontMetrics()
        text = next((t for t in texts if fm.horizontalAdvance(t) <= room), texts[-1])
        if self.box.placeholderText() != text:
            self.box.setPlaceholderText(text)

    def show_derived(self, derived: float | None) -> None:
        """For an empty optional field: put the slider where the derived value is and show it greyed."""
        if not self.spec.optional or self.value is not None or derived is None or not math.isfinite(derived):
            return
        word = QCoreApplication.translate("Fields", self.spec.optional)
        self.fit_placeholder(f"{word}: {self.format(derived)}", self.format(derived))
        pos = self.to_position(derived)
        if self.slider.value() != pos:
            self.slider.blockSignals(True)
            self.slider.setValue(pos)
            self.slider.blockSignals(False)

    def accept(self, value: Any) -> None:
        self.value = value
        self._conflict = None
        self.hide_error()

    def show_error(self, message: str) -> None:
        """The message under the box (red), which also says for which value the results beside it are: the
        typed text stays for the person to fix, and the screen never shows it as if it were computed."""
        if self.value is not None and self.results_note:
            # Japanese sentences follow each other with no space after "。"
            gap = "" if message.endswith(("。", "）", "」")) else " "
            message += gap + QCoreApplication.translate(
                "Inputs", "The results shown are for {value}."
            ).format(value=self.describe(self.value))
        restyle(self.error, ERROR_STYLE)
        self.error.setToolTip("")
        self.error.say(message)
        restyle(self.box, REFUSED_BOX_STYLE)
        self.box.setAccessibleDescription(message)

    def error_shown(self) -> bool:
        """True while the line under the box holds an error (not a note)."""
        return self.error.isVisible() and self.error.styleSheet() == ERROR_STYLE

    def hide_error(self) -> None:
        if self.error_shown():
            self.error.withdraw()
            restyle(self.box, "")
            self.box.setAccessibleDescription("")
            if self.note:
                self._show_note()

    # ----- a note: why this input does not move a result (measured values, a contradicting shape) ------------
    note = ""
    note_tip = ""

    def set_note(self, text: str, tip: str = "") -> None:
        """An amber line under the input saying what overrides it or what it contradicts ('' removes it), with
        ``tip`` (what to do) as its tooltip. An error takes the line first; the note comes back after it."""
        self.note_tip = tip
        if text == self.note:
            return
        self.note = text
        if self.error_shown():
            return
        if text:
            self._show_note()
        else:
            self.error.withdraw()

    def _show_note(self) -> None:
        from gui.theme import is_dark

        restyle(self.error, NOTE_STYLE_DARK if is_dark() else NOTE_STYLE)
        self.error.setToolTip(self.note_tip)
        self.error.say(self.note, wait=True)

    def widgets(self) -> list[QWidget]:
        """What a lesson highlights: the label, slider, box and unit."""
        return [self.label, self.slider, self.box, self.unit]
