"""The baseline in the window: "Set as baseline" and "Reset to baseline", and every chart and card fed with it.

The session holds the baseline scenario (:mod:`gui.window.session`); by default it is the preset or file the
session started from, and loading another preset, opening a file or restoring the defaults makes that the new
baseline. "Set as baseline" takes the scenario on screen instead; a lesson step takes the scenario before its
lever moves, so the step's change reads against it. Every chart draws the baseline as dashed ghosts and every
headline card says its change ("−31 % vs baseline"; numbers from :mod:`core.baseline`). The status bar's change
line (the change from the previous scenario) stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from gui.charts.card import ChartCard


def tr(text: str) -> str:
    return QCoreApplication.translate("Baseline", text)


class BaselineControls(QObject):
    """Wires the session's baseline to the charts and cards under ``root``, the lessons and the menu commands.

    Made by the main window, which hands it the session and presenter, ``root`` (the widget whose chart cards
    it feeds), the headline panel, the lesson panel, ``replace_scenario``, ``show_status(text, ms)`` and
    ``redraw(snapshot)`` (the window's own showing of a result)."""

    def __init__(
        self,
        session: Any,
        presenter: Any,
        root: QWidget,
        *,
        headline: Any,
        lessons: Any,
        replace_scenario: Callable[[Any, str], None],
        show_status: Callable[..., None],
        redraw: Callable[[Any], None],
    ):
        super().__init__(root)
        self.root = root
        self.session = session
        self.presenter = presenter
        self.lessons = lessons
        self.replace_scenario = replace_scenario
        self.show_status = show_status
        self.redraw = redraw
        headline.set_baseline_source(self.session.baseline_for)
        self.attach(root)
        self.session.baselineChanged.connect(self._changed)
        if lessons is not None:
            lessons.stepShown.connect(self._lesson_step)
        self._changed(None)  # the cards' delta lines from the first result on

    def attach(self, top: Any) -> None:
        """Feed every chart card under ``top`` (the window, its docks, classroom mode) the session's baseline."""
        for card in top.findChildren(ChartCard):
            card.baseline_for = self.session.baseline_for
        if top is self.root:
            return
        if hasattr(top, "redraw"):  # drawn again when the baseline changes, and now
            self.session.baselineChanged.connect(top.redraw)
            top.redraw()
        if hasattr(top, "fit_afresh"):  # a new starting point: the held axes fit it afresh
            self.session.startedFrom.connect(top.fit_afresh)

    # ----- commands -------------------------------------------------------------------------------
    def set_baseline(self) -> None:
        """The scenario on screen becomes the baseline."""
        scenario = self.presenter.scenario
        self.session.choose_baseline(scenario, tr("Set as baseline"))  # undoable; saved with the file
        self.show_status(
            tr("Baseline set: “{name}”. Every chart shows it dashed; each card says its change.").format(
                name=scenario.name
            ),
            8000,
        )

    def reset_to_baseline(self) -> None:
        """Put the baseline back on screen (one undoable change)."""
        base = self.session.baseline
        if base is not None:
            self.replace_scenario(base, tr("Reset to baseline"))

    def started_from(self, scenario: Any, name: str) -> None:
        """A preset or the defaults were loaded: when accepted, a new starting point named ``name`` (a source
        text of the "Presets" context) and the new baseline (:meth:`gui.window.session.Session.start_from`)."""
        if self.presenter.scenario is scenario:
            self.session.start_from(scenario, name)

    # ----- following --------------------------------------------------------------------------------
    def _lesson_step(self, index: int) -> None:
        """A lesson step reads against the scenario before its lever moves (the step's own, without a lever)."""
        from core.baseline import same_scenario
        from gui.classroom.lessons import before_for

        panel = self.lessons
        if index < 0:  # the lesson was left: the baseline stays what it was
            return
        before = before_for(index)
        if before is None or not panel.revealed:
            self.session.set_baseline(self.presenter.scenario)
        elif not same_scenario(self.session.baseline, before):
            self.session.set_baseline(before)

    def _changed(self, _scenario: Any) -> None:
        """Draw the last result again against the new baseline."""
        snap = self.presenter.snapshot
        if snap is not None and not self.presenter.pending():
            self.redraw(snap)
