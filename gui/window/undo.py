"""Undo and redo of every scenario change, on a ``QUndoStack`` (Ctrl+Z / Ctrl+Shift+Z).

The presenter stays the single owner of the scenario. This controller listens to every accepted change
(``scenarioChanged``) and records the (before, after) pair as one command; undoing or redoing hands the
stored scenario back to the presenter. Scenarios are immutable, so a command holds two references, not
copies. A slider drag (mouse held on the same input) is merged into one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

MERGE_ID = 4004


def tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


def changed_paths(a: Any, b: Any, prefix: str = "") -> set[str]:
    """Dotted paths whose values differ between two nested dicts."""
    out: set[str] = set()
    if isinstance(a, dict) and isinstance(b, dict):
        for key in set(a) | set(b):
            out |= changed_paths(a.get(key), b.get(key), f"{prefix}{key}.")
        return out
    if a != b:
        out.add(prefix.rstrip("."))
    return out


class ScenarioCommand(QUndoCommand):
    def __init__(self, controller: UndoController, before: Any, after: Any, text: str, dragging: bool):
        super().__init__(text)
        self.controller = controller
        self.before = before
        self.after = after
        self.dragging = dragging
        self._first = True

    def id(self) -> int:
        return MERGE_ID

    def paths(self) -> set[str]:
        return changed_paths(self.before.model_dump(mode="python"), self.after.model_dump(mode="python"))

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, ScenarioCommand) and self.dragging and other.dragging):
            return False
        if other.before is not self.after or self.paths() != other.paths():
            return False
        self.after = other.after
        self.setText(other.text())
        return True

    def redo(self) -> None:
        if self._first:  # the change has already happened; the command only records it
            self._first = False
            return
        self.controller.apply(self.after)

    def undo(self) -> None:
        self.controller.apply(self.before)


class UndoController(QObject):
    """Records every accepted scenario change of ``presenter`` on :attr:`stack`."""

    def __init__(self, presenter: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(1000)
        self._current = presenter.scenario
        self._applying = False
        self._restoring = False
        presenter.scenarioChanged.connect(self._changed)

    def _changed(self, scenario: Any) -> None:
        if self._applying or scenario is self._current:
            self._current = scenario
            return
        before, self._current = self._current, scenario
        text = self.presenter._pending_description or tr("Change inputs")
        dragging = QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        self.stack.push(ScenarioCommand(self, before, scenario, text, dragging))

    def apply(self, scenario: Any) -> None:
        if self._restoring:
            return  # a history being carried over: the presenter already holds the scenario it leads to
        self._applying = True
        try:
            err = self.presenter.set_scenario(scenario, tr("Undo/redo"))
        finally:
            self._applying = False
        if err is None:
            self._current = scenario

    def history(self) -> tuple[list[tuple[Any, Any]], int, int]:
        """Every step (before, after), the current index and the clean index, to carry the history over to a
        rebuilt window (:meth:`restore_history`)."""
        steps = [(cmd.before, cmd.after) for cmd in map(self.stack.command, range(self.stack.count()))]
        return steps, self.stack.index(), self.stack.cleanIndex()

    def restore_history(self, history: tuple[list[tuple[Any, Any]], int, int]) -> None:
        """Put back what :meth:`history` took, without touching the presenter's scenario (the step at the
        index leads to it). The steps were named in the language of the moment: after a language switch
        they are named "Change inputs" in the new one, so the Edit menu speaks one language."""
        steps, index, clean = history
        self._restoring = True
        try:
            self.stack.clear()
            for i, (before, after) in enumerate(steps):
                if i == clean:
                    self.stack.setClean()
                self.stack.push(ScenarioCommand(self, before, after, tr("Change inputs"), dragging=False))
            if clean == len(steps):
                self.stack.setClean()
            self.stack.setIndex(index)
        finally:
            self._restoring = False
        self._current = self.presenter.scenario

    def make_actions(self, parent: QObject) -> tuple[Any, Any]:
        undo = self.stack.createUndoAction(parent, tr("&Undo"))
        undo.setShortcuts([Qt.Modifier.CTRL | Qt.Key.Key_Z])
        redo = self.stack.createRedoAction(parent, tr("&Redo"))
        redo.setShortcuts(
            [Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z, Qt.Modifier.CTRL | Qt.Key.Key_Y]
        )
        return undo, redo
