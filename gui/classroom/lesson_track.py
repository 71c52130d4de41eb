"""Which lesson step the scenario on screen belongs to, so a lesson never speaks of a scenario that is gone.

A guided lesson puts each step's scenario in place and asks the person to move its levers: those moves stay
the step's. A preset, a scenario file, the defaults or an autosave loaded over it (the session's
``startedFrom``, :mod:`gui.window.session`) replace the step's scenario: the lesson panel and classroom mode's
strip then say so in one sentence and offer the way back (:meth:`LessonPanel.leave
<gui.classroom.lesson_panel.LessonPanel.leave>`). Going back is one more undoable change, so Undo brings the
preset back; and Undo or Redo that bring a step's scenario back make the lesson show that step again, as it
was (before or after its lever moved; :meth:`LessonPanel.follow <gui.classroom.lesson_panel.LessonPanel.follow>`).

Scenarios are immutable and the undo stack hands back the very objects it recorded, so a scenario is known by
identity. Only the scenarios on screen when the state changes are remembered (a step put in place, a new
starting point, an undo to a remembered one, and the scenario each replaced); every other change, a slider
moved or the undo of one, keeps the state of the scenario it came from. A slider drag thus costs nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject

#: the most scenarios remembered (the undo stack keeps at most 1000 steps; a lesson has a few dozen)
MAX_KNOWN = 400


@dataclass(frozen=True)
class Mark:
    """What a scenario on screen is to the lesson."""

    step: int  # the step (index into every step) whose scenario it is; -1: none (a preset, a file, ...)
    revealed: bool = True  # the step's lever has moved ("after"), or the step has no lever
    name: str | None = None  # step -1: what replaced the step's scenario (a "Presets" source text or a
    # file's name); None: a scenario from before the lesson or from another lesson file


class LessonTrack(QObject):
    """Follows ``presenter``'s scenario for the lesson ``panel`` (which puts its steps through :meth:`put`)."""

    def __init__(self, presenter: Any, panel: Any):
        super().__init__(panel)
        self.panel = panel
        self.current = presenter.scenario
        self.mark = Mark(-1)
        #: the scenario the current one replaced, and its mark (kept when a new starting point follows)
        self.previous: tuple[Any, Mark] | None = None
        self.known: dict[int, tuple[Any, Mark]] = {}
        self._putting = self._put = False
        presenter.scenarioChanged.connect(self._changed)

    def put(self, scenario: Any, description: str) -> bool:
        """Put a step's scenario in place (``panel.index`` and ``panel.revealed`` already say which); False
        when it was refused (the window said why) and the scenario on screen stayed."""
        self._putting, self._put = True, False
        try:
            self.panel.replace_scenario(scenario, description)
        finally:
            self._putting = False
        return self._put

    def forget(self) -> None:
        """The lessons were read again: steps may have moved, no remembered scenario is any step's now."""
        self.known.clear()
        self.previous = None

    def _remember(self, scenario: Any, mark: Mark) -> None:
        self.known.pop(id(scenario), None)  # the newest last: the oldest go first
        self.known[id(scenario)] = (scenario, mark)
        while len(self.known) > MAX_KNOWN:
            del self.known[next(iter(self.known))]

    def _changed(self, scenario: Any) -> None:
        before, before_mark = self.current, self.mark
        self.previous, self.current = (before, before_mark), scenario
        if self._putting:  # the lesson's own step: whatever was on screen was replaced by it
            self._remember(before, before_mark)
            self.mark = Mark(self.panel.index, self.panel.revealed)
            self._remember(scenario, self.mark)
            self._put = True  # the panel shows the step next
            return
        entry = self.known.get(id(scenario))
        if entry is not None and entry[0] is scenario:  # brought back (Undo, Redo, Reset to baseline)
            self._remember(before, before_mark)
            self._set(entry[1])
        # else a change made on the scenario on screen (a slider, a typed value): still the same step's

    def started_from(self, scenario: Any, name: str) -> None:
        """A new starting point named ``name`` replaced the scenario on screen (the session's ``startedFrom``)."""
        if scenario is not self.current:
            return
        if self.previous is not None:
            self._remember(*self.previous)  # Undo brings it back as it was
        self._set(Mark(-1, name=name))
        self._remember(scenario, self.mark)

    def _set(self, mark: Mark) -> None:
        self.mark = mark
        panel = self.panel
        if panel.index < 0:  # no lesson open
            return
        if mark.step < 0:
            panel.leave(mark.name)
        elif mark.step < len(panel.flat):
            panel.follow(mark.step, mark.revealed)
