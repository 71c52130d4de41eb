"""The presenter: holds the current scenario, validates every change, and recomputes once per event-loop turn.

Widgets call :meth:`Presenter.set_value` (or ``set_values`` / ``set_scenario``); a change that the scenario
model or the catalog refuses returns its message and leaves the current scenario untouched. Accepted changes
start a zero-delay single-shot timer, so the recomputation runs on the next turn of the event loop and every
change that arrived before it (a burst of slider events while the last frame was being drawn) costs one
recomputation. (A timer that made later changes wait for the rest of a 16 ms frame only added that wait to
the time until the charts moved: a drag delivers about one change a frame anyway.)
The recomputation is the core's (:func:`core.compare.snapshot`: estimate, Monte Carlo ranges, chart data);
the presenter emits the :class:`core.compare.Snapshot` that every view draws from.

While a slider is being dragged (recomputations less than ``REFINE_MS`` apart) the p5-p95 ranges use
``INTERACTIVE_SAMPLES`` Monte Carlo samples, a quarter of the default, so a frame stays short; once the input
rests for ``REFINE_MS`` the ranges are recomputed with the scenario's full sample count. The point estimate
is always exact; only the sampling noise of the ranges differs while dragging. Snapshots computed during a
drag say so (``Snapshot.interactive``): the charts then hold their axes still and the window leaves the
greyed derived values of empty fields for the rest recomputation.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from core.catalog import catalog
from core.compare import Snapshot, snapshot
from core.estimator import resolve
from core.scenario import Scenario, ScenarioError
from core.uncertainty import MonteCarloRun
from core.units import relative_change
from gui.i18n import window_currency
from gui.inputs.refusals import refusal

INTERACTIVE_SAMPLES = 500
REFINE_MS = 200
#: Above this many samples the full ranges are computed in chunks between events, with progress and Cancel.
LONG_SAMPLES = 20_000


class Presenter(QObject):
    scenarioChanged = Signal(object)  # Scenario, after every accepted change
    resultsReady = Signal(object)  # Snapshot
    #: description of the change (e.g. "PUE 1.1 → 1.5"), relative change of lifetime energy and CO2e
    changeSummary = Signal(str, object, object)
    failed = Signal(str)  # a recomputation error (should not happen once a change was accepted)
    #: a long Monte Carlo in progress: samples done, samples in all (0, 0 when it ends or is cancelled)
    longRunProgress = Signal(int, int)

    def __init__(self, scenario: Scenario | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._scenario = scenario or Scenario()
        self._snapshot: Snapshot | None = None
        #: the last accepted scenario and its resolved inputs (checked when it was accepted)
        self._resolved: tuple[Scenario, dict[str, Any]] | None = None
        self._pending_description = ""
        self._last_compute = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recompute)
        self._refine = QTimer(self)
        self._refine.setSingleShot(True)
        self._refine.setInterval(REFINE_MS)
        self._refine.timeout.connect(self.refine)
        self.recompute_count = 0
        self._long_run = None
        self._long_timer = QTimer(self)
        self._long_timer.setInterval(0)
        self._long_timer.timeout.connect(self._long_step)

    # ----- state -------------------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def snapshot(self) -> Snapshot | None:
        return self._snapshot

    @property
    def pending_description(self) -> str:
        """The words of the change being applied ("PUE 1.1 → 1.5"), until its result is computed."""
        return self._pending_description

    def set_value(self, path: str, value: Any, description: str = "") -> str | None:
        """Apply one change; returns None when accepted, else the reason it was refused."""
        return self.set_values({path: value}, description)

    def set_values(self, values: dict[str, Any], description: str = "") -> str | None:
        """Apply changes (dotted path -> value, the input the person moved first); None when accepted, else
        the reason in the window's words (:func:`gui.inputs.refusals.refusal`)."""
        try:
            if all(self._scenario.get(p) == v for p, v in values.items()):
                return None
            candidate = self._scenario.with_values(values)
            # catalog-level checks (unknown region, incomplete accelerator); the recomputation reuses it
            self._resolved = (candidate, resolve(candidate))
        except ScenarioError as err:  # said from the point of view of the input moved (the first given)
            return refusal(err, next(iter(values), ""))
        self._accept(candidate, description)
        return None

    def set_scenario(self, scenario: Scenario, description: str = "") -> str | None:
        try:
            self._resolved = (scenario, resolve(scenario))
        except ScenarioError as err:
            return refusal(err)
        self._accept(scenario, description)
        return None

    def _accept(self, scenario: Scenario, description: str) -> None:
        self.cancel_long_run()  # its inputs are out of date
        self._scenario = scenario
        if description:
            self._pending_description = description
        self.scenarioChanged.emit(scenario)
        self.schedule()

    def schedule(self) -> None:
        """Recompute on the next event-loop turn, once for every change made before it."""
        if not self._timer.isActive():
            self._timer.start()

    def pending(self) -> bool:
        """True while a recomputation is asked for and has not run yet."""
        return self._timer.isActive()

    # ----- computation -------------------------------------------------------------------------
    def compute_snapshot(self, scenario: Scenario, samples: int | None = None) -> Snapshot:
        """:func:`core.compare.snapshot`, reusing the inputs resolved when the change was accepted."""
        kept = self._resolved
        inputs = kept[1] if kept is not None and kept[0] is scenario else None
        return snapshot(scenario, samples, inputs, currency=window_currency(scenario))

    def recompute(self, full: bool = False) -> None:
        self._timer.stop()
        now = time.perf_counter()
        dragging = not full and (now - self._last_compute) * 1000.0 < REFINE_MS
        self._last_compute = now  # frames are counted from the start of a recomputation
        full_n = self._scenario.uncertainty.samples
        long = not dragging and full_n > LONG_SAMPLES
        n = min(full_n, INTERACTIVE_SAMPLES) if dragging or long else full_n
        try:
            snap = replace(self.compute_snapshot(self._scenario, n), interactive=dragging)
        except (ScenarioError, ValueError, ArithmeticError) as err:  # accepted scenarios should not fail
            self.failed.emit(str(err))
            return
        previous = self._snapshot
        self._snapshot = snap
        self.recompute_count += 1
        self.resultsReady.emit(snap)
        if self._pending_description and previous is not None:
            self.changeSummary.emit(
                self._pending_description,
                relative_change(
                    previous.results["lifecycle.energy_kwh"], snap.results["lifecycle.energy_kwh"]
                ),
                relative_change(previous.results["lifecycle.co2e_kg"], snap.results["lifecycle.co2e_kg"]),
            )
        self._pending_description = ""
        if long:
            self._refine.stop()
            self._start_long_run(snap)
        elif n < full_n or dragging:
            self._refine.start()  # full ranges and axes fitted closely once the input rests
        else:
            self._refine.stop()

    # ----- long Monte Carlo runs (e.g. 100,000 samples): chunked, with progress, cancellable -----
    def _start_long_run(self, snap: Snapshot) -> None:
        u = self._scenario.uncertainty
        self._long_run = (MonteCarloRun(snap.inputs, u.samples, u.seed), snap)
        self.longRunProgress.emit(0, u.samples)
        self._long_timer.start()

    def _long_step(self) -> None:
        if self._long_run is None:
            self._long_timer.stop()
            return
        run, snap = self._long_run
        done = run.step()  # one chunk (~10 ms), then back to the event loop
        self.longRunProgress.emit(done, run.samples)
        if run.finished:
            self._long_timer.stop()
            self._long_run = None
            self._snapshot = replace(snap, ranges=run.summary(), samples=run.samples)
            self.longRunProgress.emit(0, 0)
            self.resultsReady.emit(self._snapshot)

    def cancel_long_run(self) -> bool:
        """Stop a long Monte Carlo; the ranges shown stay those of the quick run. True if one was running."""
        running = self._long_run is not None
        self._long_timer.stop()
        self._long_run = None
        if running:
            self.longRunProgress.emit(0, 0)
        return running

    def long_run_active(self) -> bool:
        return self._long_run is not None

    def refine(self) -> None:
        """Recompute the ranges with the full sample count once the inputs have rested."""
        snap = self._snapshot
        if snap is not None and (snap.interactive or snap.samples < self._scenario.uncertainty.samples):
            self.recompute(full=True)

    def settled(self) -> bool:
        """True when nothing is pending: no recomputation scheduled and the ranges at full samples."""
        return not self._timer.isActive() and not self._refine.isActive() and self._long_run is None

    @staticmethod
    def presets() -> dict[str, Any]:
        return catalog().presets


def settle(presenter: Any, timeout_s: float = 5.0, full: bool = False) -> None:
    """Process events until the presenter has no recomputation pending (``full``: nor a range refinement)."""
    app = QCoreApplication.instance()
    end = time.perf_counter() + timeout_s
    app.processEvents()
    while (presenter.pending() or (full and not presenter.settled())) and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
