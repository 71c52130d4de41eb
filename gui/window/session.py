"""The session: the scenario document and everything about it that must outlive the views.

One object owns the presenter (the scenario and its results), the undo stack, the autosave, the file the
scenario came from or went to, the recent-files list, the comparison pins, the analysis choices and the
``baseline`` scenario every result is read against. A saved file holds the scenario, its pins and its baseline
(:meth:`document`). Views read it and send it changes; a language switch, a closed dock or
a rebuilt panel never touches it (Vorta's store / views split).

It used to be spread over the views: the pins lived in the comparison table, the undo stack and autosave were
made by the what-if tools and carried over by hand when the window was rebuilt, and the tools learnt of opens
and saves by replacing the window's methods on the instance. Now the window reports what happened to the file
(:meth:`opened`, :meth:`saved`) and anyone interested connects to :attr:`fileChanged`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal


def recent_files() -> list[str]:
    """The recently opened or saved files, newest first (gui.settings; a wrong value there reads as none)."""
    from gui import settings

    return list(settings.read().recent_files)


def remember_file(path: str) -> list[str]:
    from gui import settings

    path = str(Path(path).resolve())
    files = ([path] + [f for f in recent_files() if f != path])[: settings.MAX_RECENT]
    settings.update(recent_files=files)
    return files


def forget_file(path: str) -> list[str]:
    from gui import settings

    files = [f for f in recent_files() if f != path]
    settings.update(recent_files=files)
    return files


def clear_recent_files() -> None:
    from gui import settings

    settings.update(recent_files=[])


class Session(QObject):
    """The document: ``presenter``, ``undo``, ``autosaver``, ``file_path``, ``pins``, ``choices``, ``baseline``."""

    #: the scenario was opened from or saved to this file (the undo stack is then clean)
    fileChanged = Signal(str)
    #: a new baseline scenario (``Set as baseline``, a preset loaded, a file opened, a lesson step)
    baselineChanged = Signal(object)
    #: a new starting point was put in place (a preset, a scenario or classroom file, the defaults, an autosave):
    #: the scenario now on screen and its name, a source text of the "Presets" context ("GPT-3 175B (2020)",
    #: "Default inputs") or a file's name, which a view translates when it shows it. Classroom mode fits its
    #: axes to it afresh; a guided lesson says its step's scenario was replaced (gui.classroom.lesson_track).
    startedFrom = Signal(object, str)

    def __init__(self, scenario: Any = None, parent: QObject | None = None):
        super().__init__(parent)
        from gui.presenter import Presenter
        from gui.window.autosave import Autosaver
        from gui.window.undo import UndoController

        pins = list(scenario.pins) if scenario is not None else []
        kept = scenario.baseline if scenario is not None else None
        if scenario is not None:  # a file's comparison goes to the pins, its baseline to the baseline; the
            scenario = scenario.without_pins()  # presenter works on the inputs alone
        self.presenter = Presenter(scenario, self)
        self.undo = UndoController(self.presenter, self)
        self.autosaver = Autosaver(self.presenter, self)
        self.file_path: str | None = None
        #: scenarios pinned for comparison (at most three: the window's current one is the fourth column)
        self.pins: list[Any] = pins
        self.autosaver.pins = self.pins  # autosaved with the scenario
        #: the analysis panels' choices by name ("sweep.input", "sweep.output", "tornado.output", "tab")
        self.choices: dict[str, Any] = {}
        #: the scenario every chart and card is read against (ghost bars, "-31 % vs baseline"): the one the
        #: session started from until another preset or file is loaded or "Set as baseline" is chosen
        self.baseline: Any = kept if kept is not None else self.presenter.scenario
        self._baseline_snap: tuple[Any, str | None, Any] | None = None  # (scenario, currency, snapshot)
        self._baseline_same: tuple[Any, bool] | None = None  # (current scenario, same as the baseline)
        self.autosaver.baseline_source = lambda: self.baseline  # kept beside the scenario for a restore

    def set_baseline(self, scenario: Any) -> None:
        """Read every result against ``scenario`` from now on (the charts redraw with the next result)."""
        if scenario is self.baseline:
            return
        self.baseline = scenario
        self._baseline_snap = self._baseline_same = None
        self.baselineChanged.emit(scenario)
        self.autosaver.note_change()  # a restore after a crash reads against it too

    def start_from(self, scenario: Any, name: str, baseline: Any = None) -> None:
        """``scenario`` (now on screen) is a new starting point named ``name``: it is the baseline, or
        ``baseline`` when one is given (a file's saved baseline), and everyone following is told."""
        self.set_baseline(baseline if baseline is not None else scenario)
        self.startedFrom.emit(scenario, name)

    def choose_baseline(self, scenario: Any, text: str) -> None:
        """The person chose a new baseline ("Set as baseline"): one undoable step named ``text``, so the
        document reads as modified until it is saved (the baseline is saved with it, schema 6)."""
        if scenario is self.baseline:
            return
        from gui.window.undo import BaselineCommand

        self.undo.stack.push(BaselineCommand(self, self.baseline, scenario, text))

    def saved_baseline(self) -> Any:
        """The baseline a saved file or a report keeps: None when it holds the scenario's own inputs (nothing
        to read against; the file opens as its own baseline)."""
        from core.baseline import same_scenario

        base = self.baseline
        return None if base is None or same_scenario(base, self.presenter.scenario) else base

    def document(self) -> Any:
        """The scenario as a file or a report holds it: the inputs, the comparison's pins and the baseline."""
        return self.presenter.scenario.with_pins(self.pins).with_baseline(self.saved_baseline())

    def baseline_for(self, snap: Any) -> Any:
        """The baseline's snapshot to draw beside ``snap`` (the current result), or None when there is no
        baseline or it holds the same inputs as ``snap``'s scenario (nothing to show as a change). Computed
        once per baseline and currency, with the same estimator (:func:`core.compare.snapshot`)."""
        from core.baseline import same_scenario

        base = self.baseline
        if base is None or snap is None:
            return None
        kept = self._baseline_same
        if kept is None or kept[0] is not snap.scenario:
            kept = self._baseline_same = (snap.scenario, same_scenario(base, snap.scenario))
        if kept[1]:
            return None
        pricing = (snap.cost or {}).get("pricing")
        currency = pricing.currency if pricing is not None else None
        cached = self._baseline_snap
        if cached is None or cached[0] is not base or cached[1] != currency:
            from core.compare import snapshot
            from core.scenario import ScenarioError

            try:  # ranges are not drawn for the baseline: the fewest samples the scenario allows
                cached = (base, currency, snapshot(base, 100, currency=currency))
            except (ScenarioError, ValueError, ArithmeticError):
                cached = (base, currency, None)  # a baseline the catalog no longer knows: none shown
            self._baseline_snap = cached
        return cached[2]

    @property
    def modified(self) -> bool:
        """Changes since the last open or save."""
        return not self.undo.stack.isClean()

    def opened(self, path: str) -> None:
        """The window loaded ``path``: remember it, and the scenario as saved."""
        self._file(path)

    def saved(self, path: str) -> None:
        """The window wrote ``path``: remember it, and the scenario as saved."""
        self._file(path)

    def _file(self, path: str) -> None:
        self.file_path = path
        remember_file(path)
        self.undo.stack.setClean()
        self.fileChanged.emit(path)
