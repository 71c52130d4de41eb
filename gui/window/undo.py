"""Undo and redo of every scenario change, on a ``QUndoStack`` (Ctrl+Z / Ctrl+Shift+Z).

The presenter stays the single owner of the scenario. This controller listens to every accepted change
(``scenarioChanged``) and records the (before, after) pair as one command; undoing or redoing hands the
stored scenario back to the presenter. Scenarios are immutable, so a command holds two references, not
copies. A slider drag (mouse held on the same input) is merged into one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QUndoCommand, QUndoStack

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


class BaselineCommand(QUndoCommand):
    """A new baseline chosen by the person ("Set as baseline"): undoing puts the previous one back. The
    scenario is untouched; the session's ``set_baseline`` redraws the ghosts and the cards' changes."""

    def __init__(self, session: Any, before: Any, after: Any, text: str):
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.session.set_baseline(self.after)

    def undo(self) -> None:
        self.session.set_baseline(self.before)


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
        text = self.presenter.pending_description or tr("Change inputs")
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

    def retranslate(self) -> None:
        """After a language switch: the commands' words, and every step named "Change inputs" in the new
        language (each step was named in the language of its moment), so the Edit menu speaks one language."""
        for i in range(self.stack.count()):
            cmd = self.stack.command(i)
            if isinstance(cmd, ScenarioCommand):
                cmd.setText(tr("Change inputs"))
            elif isinstance(cmd, BaselineCommand):
                cmd.setText(QCoreApplication.translate("Baseline", "Set as baseline"))
        self._action_texts()

    def make_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and Redo commands that name the step they undo or redo ("Undo Batch size 64 → 128"), in the
        current language (QUndoStack's own actions keep the prefix they were made with). Their shortcuts
        are in the action table (gui.window.menus)."""
        self.act_undo, self.act_redo = QAction(parent), QAction(parent)
        self.act_undo.triggered.connect(self.stack.undo)
        self.act_redo.triggered.connect(self.stack.redo)
        self.stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.stack.undoTextChanged.connect(self._action_texts)
        self.stack.redoTextChanged.connect(self._action_texts)
        self.act_undo.setEnabled(self.stack.canUndo())
        self.act_redo.setEnabled(self.stack.canRedo())
        self._action_texts()
        return self.act_undo, self.act_redo

    def _action_texts(self, _text: str = "") -> None:
        if getattr(self, "act_undo", None) is None:
            return
        for act, prefix, step in (
            (self.act_undo, tr("&Undo"), self.stack.undoText()),
            (self.act_redo, tr("&Redo"), self.stack.redoText()),
        ):
            act.setText(f"{prefix} {step}" if step else prefix)
