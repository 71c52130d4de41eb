"""Soak test of the real window: ``main.py bench --soak N`` drives N random input changes, offscreen.

The changes cover every slider, both accelerator pickers, the region picker, the sites table (add, edit
a share, remove, split evenly), presets, undo and redo (picked at random), and switching the language
(every 1,000 changes, and at least twice). Every change is
followed by the window's own recomputation and repaint. Reported: ``soak.changes``, ``soak.errors``
(exceptions caught by the app's handler plus recomputations that failed), ``soak.rss_growth_mb`` (resident
memory after the run minus after a warm-up of 10 % of the changes), the count of each kind of change,
and ``gui.update_ms_p95`` measured during the soak.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections import Counter
from typing import Any

FRAME_S = 1.0 / 60.0


def rss_mb() -> float:
    """Resident set size of this process, from /proc (Linux), in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


class _Driver:
    """Picks and applies one random change of a given kind to the window."""

    def __init__(self, win: Any, rng: Any):
        self.win = win
        self.rng = rng
        self.p = win.presenter
        self.inputs = list(win.inputs.values())
        self.train_ids = list(win.train_picker.enabled_ids())
        self.serve_ids = list(win.serve_picker.enabled_ids())
        from core.catalog import catalog

        cat = catalog()
        self.regions = [
            c
            for c in (
                "WORLD",
                "JP",
                "FR",
                "US",
                "DE",
                "SE",
                "IN",
                "US-CA",
                "JP-TK",
                "gcp:asia-northeast1",
                "aws:us-east-1",
            )
            if c in cat.regions
        ]
        self.presets = list(cat.presets)
        # sliders are most of what people move; language switches are rarer (see soak_figures)
        self.kinds = ["slider"] * 12 + ["train_picker", "serve_picker", "region", "sites", "sites", "preset"]
        self.kinds += ["undo", "undo", "redo", "redo"]

    def pick(self, seq):
        return seq[int(self.rng.integers(0, len(seq)))]

    def apply(self, kind: str) -> None:
        w, p = self.win, self.p
        if kind == "slider":
            inp = self.pick(self.inputs)
            inp.slider.setValue(int(self.rng.integers(0, inp.slider.maximum() + 1)))
        elif kind == "train_picker":
            p.set_value("training.accelerator", self.pick(self.train_ids))
        elif kind == "serve_picker":
            p.set_value("inference.accelerator", self.pick(self.serve_ids))
        elif kind == "region":
            w.region.choose(self.pick(self.regions))
        elif kind == "sites":
            table = w.sites
            action = self.pick(["add", "add", "edit", "remove", "even"])
            if action == "add" and table.table.rowCount() < 12:
                table.add_site()
            elif action == "edit" and table.table.rowCount() > 0:
                row = int(self.rng.integers(0, table.table.rowCount()))
                item = table.table.item(row, 1)
                if item is not None:
                    item.setText(f"{self.rng.uniform(0, 100):.0f}")
            elif action == "remove" and table.table.rowCount() > 0:
                table.table.selectRow(table.table.rowCount() - 1)
                table.remove_site()
            else:
                table.split_evenly()
        elif kind == "preset":
            from core.cli import preset_scenario

            p.set_scenario(preset_scenario(self.pick(self.presets)))
        elif kind == "undo":
            w.whatif.undo.stack.undo()
        elif kind == "redo":
            w.whatif.undo.stack.redo()
        elif kind == "language":
            from gui import i18n

            w.set_language("ja" if i18n.current_language() == "en" else "en")


def soak_figures(changes: int, seed: int = 7) -> dict:
    """Run the soak and return ``{"soak": {...}, "gui": {"update_ms_p95", ...}}``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np

    from gui.diagnostics.bench import PaintCounter
    from gui.diagnostics.selftest import settle, use_temporary_settings
    from gui.faults import install_exception_handler
    from gui.qtapp import close_window, create_app

    use_temporary_settings()
    app = create_app()
    from gui.window.main_window import MainWindow

    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    win.build()
    settle(win.presenter, full=True)
    handler = install_exception_handler(lambda: win, show_dialog=False)
    failures: list[str] = []
    rng = np.random.default_rng(seed)
    driver = _Driver(win, rng)
    kinds: Counter = Counter()
    times: list[float] = []
    warmup = max(1, changes // 10)
    rss_after_warmup = rss_mb()
    started = time.perf_counter()
    watched = None
    # a person switches the language now and then, not every few seconds,
    # so the soak switches every 1,000 changes (and at least twice in a short run)
    language_turns = set(range(500, changes, 1000)) | {changes // 3, 2 * changes // 3}
    try:
        for i in range(changes):
            p = driver.p
            if watched is not p:  # the first turn
                p.failed.connect(failures.append)
                watcher = PaintCounter(win)
                watched = p
            kind = "language" if i in language_turns else driver.pick(driver.kinds)
            count = p.recompute_count
            t0 = time.perf_counter()
            try:
                driver.apply(kind)
            except Exception:  # a change the window could not take is an error of the soak
                handler(*sys.exc_info())
            kinds[kind] += 1
            p = driver.p
            while p.recompute_count == count and time.perf_counter() - t0 < 0.5:
                app.processEvents()
            while True:
                before = watcher.count
                app.processEvents()
                if watcher.count == before:
                    break
            if kind != "language" and p.recompute_count != count and i >= warmup:
                times.append((time.perf_counter() - t0) * 1000.0)
            if i == warmup:
                gc.collect()
                rss_after_warmup = rss_mb()
        settle(driver.p, full=True)
        gc.collect()
        rss_end = rss_mb()
    finally:
        sys.excepthook = sys.__excepthook__
        close_window(app, win)
    arr = np.asarray(times) if times else np.asarray([float("nan")])
    return {
        "soak": {
            "changes": changes,
            "errors": handler.count + len(failures),
            "rss_growth_mb": round(rss_end - rss_after_warmup, 2),
            "rss_end_mb": round(rss_end, 1),
            "seconds": round(time.perf_counter() - started, 1),
            "kinds": dict(sorted(kinds.items())),
            "first_error": (handler.last_details.strip().splitlines() or [""])[-1]
            if handler.count
            else (failures[0] if failures else ""),
        },
        "gui": {
            "update_ms_p50_soak": round(float(np.percentile(arr, 50)), 3),
            "update_ms_p95_soak": round(float(np.percentile(arr, 95)), 3),
        },
    }
