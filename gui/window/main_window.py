"""The main window: input panels on the left, live charts on the right, wired to one presenter.

The window shows itself first and builds its content right after (:meth:`MainWindow.build`), so the first
paint does not wait for numpy, pydantic and pyqtgraph to import. Every connection between widgets and the
presenter is made in :meth:`MainWindow._wire`, the one place to look for what a control does.
"""

from __future__ import annotations

import gc
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt

# Only what the first paint needs is imported here: each widget class PySide6 loads creates its enums
# (measured: 127 enums, 0.12-0.2 s), so the rest is imported where it is used, after the window shows.
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

if TYPE_CHECKING:
    from core.scenario import Scenario
    from gui.inputs.quantity import QuantityInput
    from gui.presenter import Snapshot

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_STATE = "window/state"
SETTINGS_SPLITTER = "window/splitter"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


COMPUTE_TEXT_DRAG = QT_TRANSLATE_NOOP("MainWindow", "ranges from {n} samples while you drag · {ms} ms")
COMPUTE_TEXT = QT_TRANSLATE_NOOP("MainWindow", "ranges from {n} Monte Carlo samples · computed in {ms} ms")


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "AI Energy Explorer"))
        self.setObjectName("mainWindow")
        self.ready = False
        self.file_path: str | None = None
        self._loading = QLabel(
            QCoreApplication.translate("MainWindow", "Loading the estimator and its data…"), self
        )
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._loading)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Starting…"))
        self._restore_geometry()

    # ----- geometry ------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1366, 768)
            return
        w = min(1680, screen.width())
        h = min(1020, screen.height())
        self.resize(w, h)
        self.move(screen.x() + (screen.width() - w) // 2, screen.y() + (screen.height() - h) // 2)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        if self.ready:
            settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

    def closeEvent(self, event: Any) -> None:
        self.save_settings()
        super().closeEvent(event)

    # ----- building ------------------------------------------------------------------------------
    def build(self, scenario: Scenario | None = None) -> None:
        """Import the core and the charts, create every widget, wire them and show the first result."""
        from PySide6.QtWidgets import (
            QComboBox,
            QGridLayout,
            QGroupBox,
            QScrollArea,
            QSizePolicy,
            QSplitter,
            QVBoxLayout,
        )

        if self.ready:
            return
        from core.catalog import catalog
        from gui.charts.card import TextLine
        from gui.charts.grid import ChartGrid
        from gui.inputs.fields import GROUPS, PRECISIONS, WEIGHT_BITS
        from gui.inputs.pickers import AcceleratorPicker, RegionPicker
        from gui.inputs.quantity import QuantityInput
        from gui.inputs.sites import SitesTable
        from gui.presenter import Presenter

        self.catalog = cat = catalog()
        self.presenter = Presenter(scenario, self)  # deleted with the window, timers and all
        self.inputs: dict[str, QuantityInput] = {}

        # pickers
        self.train_picker = AcceleratorPicker(cat, for_inference=False)
        self.serve_picker = AcceleratorPicker(cat, for_inference=True)
        self.precision = QComboBox()
        for p in PRECISIONS:
            self.precision.addItem(p, p)
        self.precision.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Arithmetic precision of the training matmuls; sets which peak FLOP/s applies (vendor datasheets).",
            )
        )
        self.weight_bits = QComboBox()
        for b in WEIGHT_BITS:
            self.weight_bits.addItem(QCoreApplication.translate("MainWindow", "{n}-bit").format(n=b), b)
        self.weight_bits.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Bits per stored weight when serving: 8 and 4 bits halve and quarter the bytes read per token (quantization).",
            )
        )
        self.profile = QComboBox()
        self.profile.addItem(QCoreApplication.translate("MainWindow", "Custom values"), None)
        for pid, prof in cat.pue_profiles.items():
            if prof.pue is None:
                continue
            self.profile.addItem(f"{prof.name} · PUE {prof.pue:g}", pid)
            self.profile.setItemData(
                self.profile.count() - 1, f"{prof.scope}\n{prof.source}", Qt.ItemDataRole.ToolTipRole
            )
        self.profile.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.profile.setMinimumContentsLength(16)
        self.profile.view().setMinimumWidth(480)
        self.profile.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Published data-centre profiles; choosing one sets PUE (and WUE where published).",
            )
        )
        self.region = RegionPicker(cat)
        self.sites = SitesTable()

        self.focus_order: list[QWidget] = []  # the panels' controls in reading order (Tab / Shift+Tab)
        before: dict[str, list[tuple[str, QWidget]]] = {
            "training.accelerator_count": [
                (QCoreApplication.translate("MainWindow", "Training chip"), self.train_picker),
                (QCoreApplication.translate("MainWindow", "Precision"), self.precision),
            ],
            "inference.accelerator_count": [
                (QCoreApplication.translate("MainWindow", "Serving chip"), self.serve_picker)
            ],
            "datacenter.pue": [(QCoreApplication.translate("MainWindow", "Profile"), self.profile)],
            "datacenter.grid_intensity_g_per_kwh": [
                (QCoreApplication.translate("MainWindow", "Grid region"), self.region)
            ],
            "optimisation.quantization_kernel_efficiency": [
                (QCoreApplication.translate("MainWindow", "Weight precision"), self.weight_bits)
            ],
        }
        column = QWidget()
        col = QVBoxLayout(column)
        col.setContentsMargins(6, 6, 6, 6)
        col.setSpacing(8)
        self.groups: dict[str, QGroupBox] = {}
        for key, title, specs in GROUPS:
            box = QGroupBox(QCoreApplication.translate("Fields", title))
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(6)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
            row = 0
            for spec in specs:
                for label, widget in before.get(spec.path, []):
                    lab = QLabel(label)
                    lab.setWordWrap(True)
                    lab.setBuddy(widget if not hasattr(widget, "combo") else widget.combo)
                    grid.addWidget(lab, row, 0, Qt.AlignmentFlag.AlignTop)
                    grid.addWidget(widget, row, 1, 1, 3)
                    row += 1
                    self.focus_order.append(widget.combo if hasattr(widget, "combo") else widget)
                inp = QuantityInput(spec, box)
                self.inputs[spec.path] = inp
                row = inp.add_to(grid, row)
                self.focus_order += [inp.slider, inp.box]
            if key == "datacenter":
                lab = QLabel(QCoreApplication.translate("MainWindow", "Sites"))
                lab.setBuddy(self.sites.table)
                grid.addWidget(lab, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(self.sites, row, 1, 1, 3)
                self.focus_order += [
                    self.sites.table,
                    self.sites.add_button,
                    self.sites.remove_button,
                    self.sites.even_button,
                ]
            self.groups[key] = box
            col.addWidget(box)
        col.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(column)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.setMinimumWidth(330)
        # the panel is never narrower than its content: a squeezed column cut names and units
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(max(340, column.minimumSizeHint().width() + bar + 4))

        # charts: the same grid as the report sheet
        self.chart_area = ChartGrid(cat)
        self.headline = self.chart_area.headline
        self.breakdown = self.chart_area.breakdown
        self.lifetime = self.chart_area.lifetime
        self.location = self.chart_area.location
        self.hardware = self.chart_area.hardware
        self.charts = self.chart_area.charts
        right = self.chart_area

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        state = QSettings().value(SETTINGS_SPLITTER)
        if state is None or not self.splitter.restoreState(state):
            left = max(400, min(480, int(self.width() * 0.32)))
            self.splitter.setSizes([left, max(400, self.width() - left)])
        self.setCentralWidget(self.splitter)
        self._loading = None

        self.compute_label = TextLine("", 1, color="#555555")
        self._compute_shown_at = self._change_shown_at = 0.0
        self._change_waiting: str | None = None  # a change message held back during a drag
        widest = max(
            self.compute_label.fontMetrics().horizontalAdvance(tr(t).format(n="100,000", ms="999.9"))
            for t in (COMPUTE_TEXT_DRAG, COMPUTE_TEXT)
        )
        self.compute_label.setFixedWidth(widest + 8)
        self.compute_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.statusBar().addPermanentWidget(self.compute_label)
        for first, second in zip(self.focus_order, self.focus_order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._build_menus()
        self._wire()
        # every input afresh: a language switch rebuilds them on the same window
        self._show_scenario(self.presenter.scenario, force=True)
        self.presenter.recompute()
        from gui.window.tools import (
            install_whatif,  # undo, autosave, recent files, compare, analysis (issue 4)
        )

        install_whatif(self)
        self.ready = True
        from gui.window.extras import (
            install_extras,
        )  # View menu, lessons and explain panels, classroom mode (issue 5)

        install_extras(self)
        # Everything built so far lives as long as the window: keep it out of the garbage collector's
        # full passes, which otherwise walk every plot item and pause a slider drag now and then.
        gc.collect()
        gc.freeze()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "Ready. Drag a slider or type a value (175B, 1.75e11 and 2T all work); hover any input for its source.",
            ),
            8000,
        )

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        bar = self.menuBar()
        bar.clear()
        file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.act_open = QAction(
            QCoreApplication.translate("MainWindow", "&Open…"),
            self,
            shortcut=QKeySequence.StandardKey.Open,
            triggered=self.open_dialog,
        )
        self.act_save = QAction(
            QCoreApplication.translate("MainWindow", "&Save"),
            self,
            shortcut=QKeySequence.StandardKey.Save,
            triggered=self.save,
        )
        self.act_save_as = QAction(
            QCoreApplication.translate("MainWindow", "Save &As…"),
            self,
            shortcut=QKeySequence.StandardKey.SaveAs,
            triggered=self.save_as_dialog,
        )
        self.act_quit = QAction(
            QCoreApplication.translate("MainWindow", "&Quit"),
            self,
            shortcut=QKeySequence.StandardKey.Quit,
            triggered=self.close,
        )
        for a in (self.act_open, self.act_save, self.act_save_as):
            file.addAction(a)
        file.addSeparator()
        file.addAction(self.act_quit)

        presets = bar.addMenu(QCoreApplication.translate("MainWindow", "&Presets"))
        presets.setToolTipsVisible(True)
        self.preset_actions: dict[str, QAction] = {}
        for pid, p in self.catalog.presets.items():
            act = QAction(QCoreApplication.translate("Presets", p.name), self)  # marked in gui/i18n_marks.py
            description = QCoreApplication.translate("Presets", p.description)
            act.setToolTip(f"{description}\n{QCoreApplication.translate('MainWindow', 'Source:')} {p.source}")
            act.setStatusTip(description)
            act.triggered.connect(lambda _=False, pid=pid: self.load_preset(pid))
            presets.addAction(act)
            self.preset_actions[pid] = act
        presets.addSeparator()
        self.act_reset = QAction(
            QCoreApplication.translate("MainWindow", "&Reset to defaults"),
            self,
            triggered=self.reset_defaults,
        )
        presets.addAction(self.act_reset)

        helpm = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_about = QAction(
            QCoreApplication.translate("MainWindow", "&About AI Energy Explorer"),
            self,
            triggered=self.show_about,
        )
        helpm.addAction(self.act_about)

    # ----- wiring (the one place where controls meet the presenter) -----------------------------
    def _wire(self) -> None:
        p = self.presenter
        for inp in self.inputs.values():
            inp.edited.connect(self._field_edited)
        self.train_picker.chosen.connect(
            lambda aid: self._choose(
                "training.accelerator", aid, QCoreApplication.translate("MainWindow", "Training chip")
            )
        )
        self.serve_picker.chosen.connect(
            lambda aid: self._choose(
                "inference.accelerator", aid, QCoreApplication.translate("MainWindow", "Serving chip")
            )
        )
        self.precision.activated.connect(
            lambda i: self._choose(
                "training.precision",
                self.precision.itemData(i),
                QCoreApplication.translate("MainWindow", "Precision"),
            )
        )
        self.weight_bits.activated.connect(
            lambda i: self._choose(
                "inference.weight_bits",
                self.weight_bits.itemData(i),
                QCoreApplication.translate("MainWindow", "Weight precision"),
            )
        )
        self.profile.activated.connect(self._profile_chosen)
        self.region.chosen.connect(
            lambda code: self._choose(
                "datacenter.region", code, QCoreApplication.translate("MainWindow", "Grid region")
            )
        )
        self.sites.edited.connect(self._sites_edited)
        p.scenarioChanged.connect(self._show_scenario)
        p.resultsReady.connect(self._show_results)
        p.changeSummary.connect(self._show_change)
        from gui.window.progress import LongRunIndicator

        self.long_run = LongRunIndicator(p, self)  # progress + Cancel for long uncertainty runs
        self.statusBar().addPermanentWidget(self.long_run)
        p.failed.connect(
            lambda msg: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Could not compute: {m}").format(m=msg)
            )
        )

    # ----- user actions --------------------------------------------------------------------------
    def _field_edited(self, path: str, value: Any) -> None:
        inp = self.inputs[path]
        old = self.presenter.scenario.get(path)
        name = QCoreApplication.translate("Fields", inp.spec.label)
        unit = inp.unit.text()

        def shown(v: Any) -> str:
            if v is None:
                return QCoreApplication.translate("Fields", inp.spec.optional) or "–"
            return f"{inp.format(v)} {unit}".strip() if unit in ("%", "×") else inp.format(v)

        values: dict[str, Any] = {path: value}
        if path == "datacenter.pue" and self.presenter.scenario.datacenter.profile is not None:
            values["datacenter.profile"] = None
        err = self.presenter.set_values(values, f"{name} {shown(old)} → {shown(value)}")
        if err:
            inp.show_error(f"{name}: {err}")
        else:
            inp.accept(value)

    def _choose(self, path: str, value: Any, name: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        old = self.presenter.scenario.get(path)
        err = self.presenter.set_value(
            path, value, f"{name} {self._choice_text(path, old)} → {self._choice_text(path, value)}"
        )
        if err:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Not applied"), err)
            self._show_scenario(self.presenter.scenario, force=True)

    def _choice_text(self, path: str, value: Any) -> str:
        if path.endswith("accelerator"):
            acc = self.catalog.accelerators.get(value)
            return acc.label if acc else str(value)
        if path == "datacenter.region":
            r = self.catalog.regions.get(value)
            return r.name if r else str(value)
        if path == "inference.weight_bits":
            return QCoreApplication.translate("MainWindow", "{n}-bit").format(n=value)
        return str(value)

    def _profile_chosen(self, index: int) -> None:
        from PySide6.QtWidgets import QMessageBox

        pid = self.profile.itemData(index)
        if pid is None:
            self.presenter.set_value("datacenter.profile", None)
            return
        prof = self.catalog.pue_profiles[pid]
        values: dict[str, Any] = {"datacenter.profile": pid, "datacenter.pue": prof.pue}
        if prof.wue_l_per_kwh is not None:
            values["datacenter.wue_l_per_kwh"] = prof.wue_l_per_kwh
        old = self.presenter.scenario.datacenter.pue
        err = self.presenter.set_values(
            values,
            f"{QCoreApplication.translate('MainWindow', 'Profile')} → {prof.name} (PUE {old:g} → {prof.pue:g})",
        )
        if err:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Not applied"), err)

    def _sites_edited(self, sites: list[dict[str, Any]]) -> None:
        err = self.presenter.set_value(
            "datacenter.sites", sites, QCoreApplication.translate("MainWindow", "Sites")
        )
        if err:
            self.sites.show_error(err)
        else:
            self.sites.hide_error()

    def load_preset(self, pid: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from core.compare import scenario_from_preset
        from core.scenario import ScenarioError

        try:
            scenario = scenario_from_preset(pid)
        except ScenarioError as err:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Preset not loaded"), str(err))
            return
        self._replace_scenario(
            scenario,
            QCoreApplication.translate("MainWindow", "Preset: {name}").format(
                name=QCoreApplication.translate("Presets", self.catalog.presets[pid].name)
            ),
        )

    def reset_defaults(self) -> None:
        from core.scenario import Scenario

        self._replace_scenario(Scenario(), QCoreApplication.translate("MainWindow", "Defaults restored"))

    def _replace_scenario(self, scenario: Scenario, description: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        for inp in self.inputs.values():
            inp.hide_error()
        self.sites.hide_error()
        err = self.presenter.set_scenario(scenario, description)
        if err:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Not applied"), err)

    # ----- files ---------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open scenario"),
            "",
            QCoreApplication.translate("MainWindow", "Scenario files (*.json);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a scenario file; a bad file gets a clear message and the current scenario stays."""
        from PySide6.QtWidgets import QMessageBox

        from core.scenario import ScenarioError, load_scenario_file

        try:
            scenario = load_scenario_file(path)
            err = self.presenter.set_scenario(
                scenario,
                QCoreApplication.translate("MainWindow", "Opened {name}").format(name=Path(path).name),
            )
        except ScenarioError as e:
            err = str(e)
        if err:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Could not open {name}").format(
                    name=Path(path).name
                ),
                8000,
            )
            QMessageBox.warning(
                self, QCoreApplication.translate("MainWindow", "Could not open the scenario"), err
            )
            return False
        self.file_path = path
        self.setWindowModified(False)
        self._update_title()
        return True

    def save(self) -> bool:
        if not self.file_path:
            return self.save_as_dialog()
        return self.save_file(self.file_path)

    def save_as_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Save scenario"),
            self.file_path or "scenario.json",
            QCoreApplication.translate("MainWindow", "Scenario files (*.json)"),
        )
        return bool(path) and self.save_file(path)

    def save_file(self, path: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from core.scenario import save_scenario_file

        try:
            save_scenario_file(self.presenter.scenario, path)
        except OSError as err:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Could not save"),
                f"{path}: {err.strerror or err}",
            )
            return False
        self.file_path = path
        self.setWindowModified(False)
        self._update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {name}").format(name=Path(path).name), 5000
        )
        return True

    def _update_title(self) -> None:
        name = Path(self.file_path).name if self.file_path else self.presenter.scenario.name
        title = f"{name}[*] — {QCoreApplication.translate('MainWindow', 'AI Energy Explorer')}"
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, QCoreApplication.translate("MainWindow", "About AI Energy Explorer"), about_text()
        )

    # ----- showing state -------------------------------------------------------------------------
    def _show_scenario(self, s: Scenario, force: bool = False) -> None:
        """Show the scenario in the inputs; only the sections that changed since the last one shown (a slider
        drag changes one), unless ``force`` (a refused choice puts every picker back)."""
        prev, self._shown = (None if force else getattr(self, "_shown", None)), s
        if prev is None or prev.custom != s.custom:
            # first show, or the user-defined rows changed: show everything again
            changed, prev = set(type(s).model_fields), None
        else:
            changed = {name for name in type(s).model_fields if getattr(s, name) != getattr(prev, name)}
        for path, inp in self.inputs.items():
            if path.partition(".")[0] in changed:
                inp.show_value(s.get(path))

        def new(path: str) -> bool:  # a picker is set again only when its own value changed
            return path.partition(".")[0] in changed and (prev is None or prev.get(path) != s.get(path))

        if new("training.accelerator"):
            self.train_picker.set_current(s.training.accelerator)
        if new("training.precision"):
            self.precision.setCurrentIndex(max(0, self.precision.findData(s.training.precision)))
        if new("inference.accelerator"):
            self.serve_picker.set_current(s.inference.accelerator)
        if new("inference.weight_bits"):
            self.weight_bits.setCurrentIndex(max(0, self.weight_bits.findData(s.inference.weight_bits)))
        if new("datacenter.profile"):
            self.profile.setCurrentIndex(max(0, self.profile.findData(s.datacenter.profile)))
        if new("datacenter.region"):
            self.region.set_current(s.datacenter.region)
        if "datacenter" in changed:
            self.sites.default_region = s.datacenter.region
            self.sites.default_pue = s.datacenter.pue
        if self.ready and not self.isWindowModified():
            self.setWindowModified(True)
        self._update_title()

    def _show_results(self, snap: Snapshot) -> None:
        x, r, s = snap.inputs, snap.results, snap.scenario
        derived = {  # what an empty optional field stands for, as the estimator resolved it
            "model.active_parameters": s.model.parameters,
            "model.n_layers": x["n_layers"],
            "model.d_model": x["d_model"],
            "training.accelerator_hours": r["training.accelerator_hours"],
            "training.power_per_accelerator_w": r["training.power_per_accelerator_w"],
            "inference.accelerator_count": r["inference.accelerator_count"],
            "datacenter.grid_intensity_g_per_kwh": None if s.datacenter.sites else x["grid_g_per_kwh"],
        }
        if not snap.interactive:
            # While a slider is dragged the charts come first: the greyed values of empty fields (and their
            # sliders) follow once the input rests, 200 ms later. Moving five of them each frame cost about a
            # tenth of a frame on model-size drags.
            for path, value in derived.items():
                self.inputs[path].show_derived(value)
        self.headline.update_snapshot(snap)
        for chart in self.charts:
            chart.update_snapshot(snap)
            chart.settle()
        self.sites.show_sites(list(snap.scenario.datacenter.sites), snap.sites)
        if not snap.interactive and self._change_waiting is not None:
            self._change_shown_at = time.monotonic()
            self.statusBar().showMessage(self._change_waiting, 15000)
            self._change_waiting = None
        # the computing time changes every frame of a drag: shown four times a second then, not sixty
        now = time.monotonic()
        if not snap.interactive or now - self._compute_shown_at >= 0.25:
            self._compute_shown_at = now
            text = tr(COMPUTE_TEXT_DRAG if snap.samples < snap.scenario.uncertainty.samples else COMPUTE_TEXT)
            self.compute_label.setText(text.format(n=f"{snap.samples:,}", ms=f"{snap.compute_ms:.1f}"))

    def _show_change(self, description: str, energy: float | None, co2: float | None) -> None:
        def pct(v: float | None) -> str:
            if v is None:
                return "–"
            if abs(v) < 0.0005:
                return "±0 %"
            return f"{v * 100:+.{0 if abs(v) >= 0.1 else 1}f} %"

        text = QCoreApplication.translate(
            "MainWindow", "{change}: lifetime facility energy {e}, CO2e {c}"
        ).format(change=description, e=pct(energy), c=pct(co2))
        dc = self.presenter.scenario.datacenter
        if dc.grid_intensity_g_per_kwh is not None and not dc.sites:
            # an explicit grid still overrides the region's (review 2026-12, defect 2): say so
            text += " · " + QCoreApplication.translate(
                "MainWindow", "grid {g:g} g/kWh given, overriding region {r}"
            ).format(g=dc.grid_intensity_g_per_kwh, r=self._choice_text("datacenter.region", dc.region))
        # during a drag a new message every frame is unreadable and costs a repaint: four a second, and the
        # last one once the drag rests (see _show_results)
        snap = self.presenter.snapshot
        now = time.monotonic()
        if snap is not None and snap.interactive and now - self._change_shown_at < 0.25:
            self._change_waiting = text
            return
        self._change_shown_at, self._change_waiting = now, None
        self.statusBar().showMessage(text, 15000)


def about_text() -> str:
    from core import DATA_VERSION, __version__

    sources = Path(__file__).resolve().parents[2] / "resources" / "data" / "SOURCES.md"
    attributions = []
    try:
        for line in sources.read_text(encoding="utf-8").splitlines():
            if "attribution" in line.lower():  # the attribution lines quote the text to show
                attributions += [q for q in re.findall(r'"([^"]{12,})"', line) if q not in attributions]
    except OSError:
        pass
    items = "".join(f"<li>{a}</li>" for a in attributions)
    return (
        f"<h3>AI Energy Explorer {__version__}</h3>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p>Estimates the electricity, carbon and water of training and serving generative AI models.</p>",
        )
        + f"<p>{QCoreApplication.translate('MainWindow', 'Data')}: {DATA_VERSION}</p>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p><b>Licences</b>: the app is MIT-licensed. It uses Qt for Python (PySide6, LGPLv3), "
            "pyqtgraph (MIT), NumPy (BSD) and pydantic (MIT).</p>",
        )
        + f"<p><b>{QCoreApplication.translate('MainWindow', 'Data attributions')}</b></p><ul>{items}</ul>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p>Every row's own source is in resources/data/SOURCES.md and in each input's tooltip.</p>",
        )
    )
