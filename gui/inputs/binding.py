"""One binding table: every control of the input column speaks the same small protocol, bound in one place.

A control has a ``path`` (the scenario field it edits), an ``edited(path, value)`` signal (the person changed
it), ``show_value(value)`` (show what the scenario holds), ``widgets()`` (what to highlight and focus), and
``name()`` (its name in the current language). :func:`bind` connects a dict of them to the presenter both
ways, as glue-viz/echo's ``connect_value`` / ``connect_combo_data`` do for one property (``echo/qt/connect.py``):
the widget's change goes to the model, the model's change comes back to the widget, and the first state is
shown at once. Number inputs (:class:`gui.inputs.quantity.QuantityInput`) already spoke it; the catalog
pickers, the plain choice boxes and the sites table speak it through the adapters below.

Adding a choice input takes two edits: its field in ``core/scenario.py`` and one :class:`Choice` in
:func:`gui.inputs.panel.choice_controls`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget


class Control(Protocol):
    """What :func:`bind` needs of a control."""

    path: str
    edited: Any  # Signal(str, object)

    def show_value(self, value: Any) -> None: ...

    def widgets(self) -> list[QWidget]: ...

    def name(self) -> str: ...

    def change_text(self, old: Any, new: Any) -> str: ...


class Choice(QObject):
    """A control over a combo box, a catalog picker or the sites table: the adapter that gives it the protocol.

    ``widget``: the control's widget; ``read``: the chosen value from a widget signal's arguments;
    ``show``: put a value in the widget; ``describe``: a value in words (for undo and the status bar);
    ``values``: the scenario fields one choice sets (a data-centre profile sets PUE and WUE too);
    ``refused``: how the widget says a choice was not applied (default: a message box, then the scenario's
    value shown again); ``whole``: a change is named by the control's name alone (the sites table).
    """

    edited = Signal(str, object)

    def __init__(
        self,
        path: str,
        name: str,
        context: str,
        widget: QWidget,
        signal: Any,
        read: Callable[..., Any],
        show: Callable[[Any], None],
        describe: Callable[[Any], str] = str,
        values: Callable[[Any, Any], dict[str, Any]] | None = None,
        refused: Callable[[str], None] | None = None,
        accepted: Callable[[], None] | None = None,
        focus: Iterable[QWidget] | None = None,
        whole: bool = False,
    ):
        super().__init__(widget)
        self.path = path
        self._name, self._context = name, context
        self.widget = widget
        self._read, self._show, self.describe = read, show, describe
        self._values = values
        self._refused = refused
        self._accepted = accepted
        self._focus = list(focus) if focus is not None else [widget]
        self._whole = whole  # the change is named by the control alone (a table of sites has no one value)
        signal.connect(lambda *args: self.edited.emit(self.path, self._read(*args)))

    def name(self) -> str:
        return QCoreApplication.translate(self._context, self._name)

    def widgets(self) -> list[QWidget]:
        return self._focus

    def show_value(self, value: Any) -> None:
        self._show(value)

    def values(self, value: Any, scenario: Any) -> dict[str, Any]:
        return self._values(value, scenario) if self._values is not None else {self.path: value}

    def change_text(self, old: Any, new: Any) -> str:
        """The change in words, for undo and the status bar: "Grid region France → Japan"."""
        if self._whole:
            return self.name()
        return f"{self.name()} {self.describe(old)} → {self.describe(new)}"

    def refused(self, err: str) -> None:
        from gui import plaintext

        if self._refused is not None:
            self._refused(err)
            return
        plaintext.warning(self.widget.window(), QCoreApplication.translate("MainWindow", "Not applied"), err)

    def accepted(self, _value: Any = None) -> None:
        if self._accepted is not None:
            self._accepted()


def combo_choice(
    path: str, name: str, context: str, combo: QComboBox, describe: Callable[[Any], str] = str
) -> Choice:
    """A plain combo box whose items carry the values as item data (echo's ``connect_combo_data``)."""
    return Choice(
        path,
        name,
        context,
        combo,
        combo.activated,
        read=lambda i: combo.itemData(i),
        show=lambda v: combo.setCurrentIndex(max(0, combo.findData(v))),
        describe=describe,
    )


def bind(presenter: Any, controls: dict[str, Any], shown: Callable[[Any, set[str]], None] | None = None):
    """Connect every control to ``presenter`` both ways and show the current scenario in them.

    Widget -> model: a control's ``edited(path, value)`` becomes one ``set_values`` of ``control.values``
    with a description ("Batch size 64 → 128") for undo and the status bar; the control is told whether it
    was ``accepted`` or ``refused``. Model -> widget: on each ``scenarioChanged`` every control whose section
    changed is shown its value (all of them the first time, or when the user-defined rows changed);
    ``shown(scenario, changed_sections)`` then runs. Returns the function that shows a scenario, so a caller
    can show every control afresh (``show(scenario, force=True)``).
    """
    state: dict[str, Any] = {"shown": None}

    def apply(path: str, value: Any) -> None:
        control = controls[path]
        scenario = presenter.scenario
        if getattr(control, "locked", False):  # a teacher's lock (gui.classroom.teacher): the class cannot
            control.show_value(scenario.get(path))  # change it; the control shows the value that stays
            return
        old = scenario.get(path)
        text = control.change_text(old, value)
        err = presenter.set_values(control.values(value, scenario), text)
        if err:
            control.refused(err)
            if isinstance(control, Choice):  # a choice box goes back to the value that stays
                control.show_value(presenter.scenario.get(path))
        else:
            control.accepted(value)

    def show(s: Any, force: bool = False) -> None:
        prev, state["shown"] = (None if force else state["shown"]), s
        if prev is None or prev.custom != s.custom:  # first show, or the user-defined rows changed
            changed, prev = set(type(s).model_fields), None
        else:
            changed = {name for name in type(s).model_fields if getattr(s, name) != getattr(prev, name)}
        for path, control in controls.items():
            if path.partition(".")[0] not in changed:
                continue
            # a number input always shows (it formats its own text); a choice only when its value changed
            if isinstance(control, Choice) and prev is not None and prev.get(path) == s.get(path):
                continue
            control.show_value(s.get(path))
        if shown is not None:
            shown(s, changed)

    for control in controls.values():
        control.edited.connect(apply)
    presenter.scenarioChanged.connect(show)
    show(presenter.scenario, force=True)
    return show
