"""The what-if tools, installed into a built :class:`gui.window.main_window.MainWindow` by :func:`install_whatif`.

Everything here lives in its own modules and touches the window through its public attributes and menus:

- Edit menu: undo / redo (``gui.window.undo``), the Monte Carlo sample count, user-defined hardware and grids.
- File menu: Open Recent, an unsaved-changes prompt, exports (PDF report, CSV, JSON, chart PNG/SVG), copy.
- Presets menu: "Reset to preset" (the preset the scenario started from).
- Compare and Analysis docks (``gui.whatif.compare``, ``gui.analysis_views``).
- Autosave and the restore offer (``gui.window.autosave``).

The undo stack, the autosave, the file and the pins belong to the window's session
(:mod:`gui.window.session`), which outlives these tools; the menus are built from the window's action table
(:mod:`gui.window.menus`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
)

from gui.i18n import bind
from gui.window.session import clear_recent_files, forget_file, recent_files


def tr(text: str) -> str:
    return QCoreApplication.translate("WhatIf", text)


class WhatIfTools(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        from gui.whatif.analysis import make_analysis_dock
        from gui.whatif.compare import make_compare_dock

        self.window = w = window
        self.session = w.session
        self.ask_offscreen = False
        self.undo = self.session.undo
        self.undo.stack.cleanChanged.connect(self._clean_changed)
        self.autosaver = self.session.autosaver
        self.compare_dock = make_compare_dock(self.session, w)
        self.analysis_dock = make_analysis_dock(self.session, w)
        self.compare = self.compare_dock.widget()
        self.analysis = self.analysis_dock.widget()
        self.analysis.tornado.focusField.connect(w.focus_input)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compare_dock)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.analysis_dock)
        w.tabifyDockWidget(self.compare_dock, self.analysis_dock)
        self.compare_dock.hide()
        self.analysis_dock.hide()
        self.session.fileChanged.connect(lambda _path: self._fill_recent())
        from gui.inputs.custom_defs import PickerSync

        self.pickers = PickerSync(w.panel, w.presenter)
        self.act_undo, self.act_redo = self.undo.make_actions(w)
        self.restore_bar: QToolBar | None = None
        self.offer_restore()

    def _clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self.window):  # the stack also reports while the window is torn down
            self.window.setWindowModified(not clean)

    # ----- files ---------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the scenario (saved, discarded, or nothing to lose)."""
        w = self.window
        if not w.isWindowModified():
            return True
        if QGuiApplication.platformName() == "offscreen" and not self.ask_offscreen:
            return True  # nobody can answer a dialog offscreen (tests, self-test, reports)
        answer = QMessageBox.question(
            w,
            tr("Unsaved changes"),
            tr("The scenario has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(w.save())
        return answer == QMessageBox.StandardButton.Discard

    def open_dialog(self) -> None:
        if self.maybe_save():
            self.window.open_dialog()

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            QMessageBox.warning(self.window, tr("File not found"), tr("{p} no longer exists.").format(p=path))
            forget_file(path)
            self._fill_recent()
            return
        if self.maybe_save():
            self.window.open_file(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for i, f in enumerate(files, start=1):
            act = self.recent_menu.addAction(f"&{i} {Path(f).name}")
            act.setToolTip(f)
            act.setStatusTip(f)
            act.triggered.connect(lambda _=False, f=f: self.open_recent(f))
        if not files:
            none = self.recent_menu.addAction(tr("No recent files"))
            none.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("Clear the list"))
            clear.triggered.connect(lambda: (clear_recent_files(), self._fill_recent()))

    # ----- menus (built by gui.window.menus from the window's handlers) ---------------------------
    def attach_menus(self, menus: Any) -> None:
        """The recent-files list and "Reset to preset" (enabled only for a scenario from a preset)."""
        self.recent_menu = menus.menus["recent"]
        self._fill_recent()
        reset = menus.actions["reset_preset"]
        menus.menus["presets"].aboutToShow.connect(
            lambda: reset.setEnabled(bool(self.window.presenter.scenario.preset))
        )

    def retranslate(self) -> None:
        """Undo's words, the recent-files list and the docks' panels in the current language."""
        self.undo.retranslate()
        if getattr(self, "recent_menu", None) is not None:
            self._fill_recent()
        self.compare.retranslate()
        self.analysis.retranslate()

    # ----- actions -------------------------------------------------------------------------------
    def pin(self) -> None:
        self.compare_dock.show()
        self.compare_dock.raise_()
        if not self.compare.pin_current():
            self.window.statusBar().showMessage(
                tr("Four scenarios are compared already; remove a pin first."), 6000
            )

    def reset_to_preset(self) -> None:
        pid = self.window.presenter.scenario.preset
        if pid and pid in self.window.catalog.presets:
            self.window.load_preset(pid)

    def ask_samples(self) -> None:
        from core.scenario import field_range

        lo, hi, _u = field_range("uncertainty.samples")
        current = self.window.presenter.scenario.uncertainty.samples
        n, ok = QInputDialog.getInt(
            self.window,
            tr("Uncertainty samples"),
            tr(
                "Monte Carlo samples for the p5–p95 ranges ({lo:,} – {hi:,}).\nMore samples: steadier ranges, slower updates."
            ).format(lo=int(lo), hi=int(hi)),
            current,
            int(lo),
            int(hi),
            500,
        )
        if ok:
            self.set_samples(n)

    def set_samples(self, n: int) -> str | None:
        old = self.window.presenter.scenario.uncertainty.samples
        err = self.window.presenter.set_value(
            "uncertainty.samples", n, tr("Uncertainty samples {a} → {b}").format(a=f"{old:,}", b=f"{n:,}")
        )
        if err:
            QMessageBox.warning(self.window, tr("Not applied"), err)
        return err

    def edit_custom(self) -> None:
        from gui.inputs.custom_defs import CustomDefinitionsDialog

        CustomDefinitionsDialog(self.window).exec()

    def export_dialog(self, fmt: str) -> None:
        filters = {
            "pdf": tr("PDF report (*.pdf)"),
            "csv": tr("CSV table (*.csv)"),
            "json": tr("JSON (*.json)"),
        }
        name = self.window.presenter.scenario.name.replace("/", "-") or "scenario"
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export"), f"{name}.{fmt}", filters[fmt])
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export(path)

    def export(self, path: str) -> bool:
        from gui.export.report import write_report_file

        try:
            write_report_file(self.window.presenter.scenario, path)
        except (OSError, ValueError) as err:
            QMessageBox.warning(
                self.window, tr("Could not export"), f"{path}: {getattr(err, 'strerror', None) or err}"
            )
            return False
        self.window.statusBar().showMessage(tr("Exported {name}").format(name=Path(path).name), 6000)
        return True

    def export_chart(self, widget: Any) -> None:
        from gui.export.images import save_widget

        path, chosen = QFileDialog.getSaveFileName(
            self.window, tr("Export chart"), "chart.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen else ".png"
        try:
            save_widget(widget, path)
        except (OSError, ValueError) as err:
            QMessageBox.warning(self.window, tr("Could not export"), f"{path}: {err}")
            return
        self.window.statusBar().showMessage(tr("Exported {name}").format(name=Path(path).name), 6000)

    def copy_results(self) -> None:
        from gui.export.images import copy_results

        snap = self.window.presenter.snapshot
        if snap is not None:
            copy_results(snap.results, snap.ranges)
            self.window.statusBar().showMessage(
                tr("Results copied: paste into a spreadsheet or a note."), 6000
            )

    # ----- autosave restore ----------------------------------------------------------------------
    def offer_restore(self) -> bool:
        """Show a bar offering the scenario a previous session left behind; True when there is one."""
        from gui.window.autosave import leftover_is_different

        found = self.autosaver.slots.read()
        if found is None:
            return False
        scenario, when = found
        if not leftover_is_different(scenario, self.window.presenter.scenario):
            return False
        self.found_autosave = scenario
        bar = bind(QToolBar(self.window), "setWindowTitle", lambda: tr("Restore"))
        bar.setObjectName("restoreBar")
        bar.setMovable(False)
        label = bind(
            QLabel(),
            "setText",
            lambda: tr(
                "The last session ended without closing (crash or kill). Its scenario “{name}” was autosaved at {when}."
            ).format(name=scenario.name, when=when),
        )
        label.setStyleSheet("padding: 2px 8px; font-weight: bold;")
        bar.addWidget(label)
        self.restore_button = bind(QPushButton(), "setText", lambda: tr("Restore it"))
        self.discard_button = bind(QPushButton(), "setText", lambda: tr("Discard"))
        self.restore_button.clicked.connect(self.restore_autosave)
        self.discard_button.clicked.connect(self.discard_restore)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        bar.setStyleSheet("QToolBar { background: #FFF4D6; border-bottom: 1px solid #E69F00; }")
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.restore_bar = bar
        return True

    def restore_autosave(self) -> None:
        scenario = getattr(self, "found_autosave", None)
        if scenario is not None:
            self.window.presenter.set_scenario(scenario, tr("Restored the autosaved scenario"))
        self._close_restore_bar()

    def discard_restore(self) -> None:
        self._close_restore_bar()
        self.autosaver.save_now()  # the current scenario replaces the leftover

    def _close_restore_bar(self) -> None:
        if self.restore_bar is not None:
            self.restore_bar.hide()
            self.restore_bar.deleteLater()
            self.restore_bar = None


def install_whatif(window: Any) -> WhatIfTools:
    window.whatif = WhatIfTools(window)
    return window.whatif
