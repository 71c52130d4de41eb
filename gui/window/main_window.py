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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer

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
        self._language_pending = False
        self.session: Any = None
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

    # ----- language ------------------------------------------------------------------------------
    def changeEvent(self, event: Any) -> None:
        """Qt sends ``LanguageChange`` for each catalogue installed or removed: one retranslation follows,
        on the next turn of the event loop, once every catalogue of the new language is in place."""
        if event.type() == QEvent.Type.LanguageChange and self.ready and not self._language_pending:
            self._language_pending = True
            QTimer.singleShot(0, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        if self._language_pending:  # not yet done by gui.i18n.switch_language
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the current language, in place: no widget, plot item or state is
        recreated (scenario, undo history, pins, panels, layout, scroll and focus all stay)."""
        from gui import i18n

        self._language_pending = False
        if not self.ready:
            return
        i18n.retranslate_bound()
        for inp in self.inputs.values():
            inp.retranslate()
        for picker in (self.train_picker, self.serve_picker, self.region):
            picker.retranslate()
        for chart in self.charts:
            chart.retranslate()
        self.menus.retranslate()  # after the charts: File > Export names each chart by its title
        self.menus.languages[i18n.current_language()].setChecked(True)
        self.whatif.retranslate()
        self.extras.retranslate()
        self.update_title()
        snap = self.presenter.snapshot
        if snap is not None:  # the words drawn with the numbers: the last result, fed again
            self._compute_shown_at = 0.0
            self._show_results(snap)
            if (
                snap.scenario.economics.currency is None
            ):  # the cost's currency follows the language: compute again
                self.presenter.schedule()

    @property
    def file_path(self) -> str | None:
        """The file the scenario was opened from or saved to (the session's)."""
        return self.session.file_path if self.session is not None else None

    def closeEvent(self, event: Any) -> None:
        """Ask about unsaved changes first; a clean exit removes the autosave."""
        if self.ready and not self.whatif.maybe_save():
            event.ignore()
            return
        if self.ready:
            self.session.autosaver.clean_exit()
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
        from gui.i18n import bind
        from gui.inputs.fields import GROUPS, PRECISIONS, WEIGHT_BITS
        from gui.inputs.pickers import AcceleratorPicker, RegionPicker
        from gui.inputs.quantity import QuantityInput
        from gui.inputs.sites import SitesTable
        from gui.window.session import Session

        self.catalog = cat = catalog()
        # the document (scenario, undo, autosave, file, pins): outlives every view; deleted with the window
        self.session = Session(scenario, self)
        self.presenter = self.session.presenter
        self.inputs: dict[str, QuantityInput] = {}

        # pickers
        self.train_picker = AcceleratorPicker(cat, for_inference=False)
        self.serve_picker = AcceleratorPicker(cat, for_inference=True)
        self.precision = QComboBox()
        for p in PRECISIONS:
            self.precision.addItem(p, p)
        bind(
            self.precision,
            "setToolTip",
            lambda: QCoreApplication.translate(
                "MainWindow",
                "Arithmetic precision of the training matmuls; sets which peak FLOP/s applies (vendor datasheets).",
            ),
        )
        self.weight_bits = QComboBox()
        for i, b in enumerate(WEIGHT_BITS):
            self.weight_bits.addItem("", b)
            bind(
                self.weight_bits,
                "setItemText",
                lambda b=b: QCoreApplication.translate("MainWindow", "{n}-bit").format(n=b),
                i,
            )
        bind(
            self.weight_bits,
            "setToolTip",
            lambda: QCoreApplication.translate(
                "MainWindow",
                "Bits per stored weight when serving: 8 and 4 bits halve and quarter the bytes read per token (quantization).",
            ),
        )
        self.profile = QComboBox()
        self.profile.addItem("", None)
        bind(
            self.profile, "setItemText", lambda: QCoreApplication.translate("MainWindow", "Custom values"), 0
        )
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
        bind(
            self.profile,
            "setToolTip",
            lambda: QCoreApplication.translate(
                "MainWindow",
                "Published data-centre profiles; choosing one sets PUE (and WUE where published).",
            ),
        )
        self.region = RegionPicker(cat)
        self.sites = SitesTable()
        from gui.inputs.currency import CurrencyPicker

        self.currency = CurrencyPicker()

        self.focus_order: list[QWidget] = []  # the panels' controls in reading order (Tab / Shift+Tab)
        before: dict[str, list[tuple[str, QWidget]]] = {
            "training.accelerator_count": [
                (QT_TRANSLATE_NOOP("MainWindow", "Training chip"), self.train_picker),
                (QT_TRANSLATE_NOOP("MainWindow", "Precision"), self.precision),
            ],
            "inference.accelerator_count": [
                (QT_TRANSLATE_NOOP("MainWindow", "Serving chip"), self.serve_picker)
            ],
            "datacenter.pue": [(QT_TRANSLATE_NOOP("MainWindow", "Profile"), self.profile)],
            "datacenter.grid_intensity_g_per_kwh": [
                (QT_TRANSLATE_NOOP("MainWindow", "Grid region"), self.region)
            ],
            "optimisation.quantization_kernel_efficiency": [
                (QT_TRANSLATE_NOOP("MainWindow", "Weight precision"), self.weight_bits)
            ],
            "economics.electricity_price_per_kwh": [
                (QT_TRANSLATE_NOOP("MainWindow", "Currency"), self.currency)
            ],
        }
        column = QWidget()
        col = QVBoxLayout(column)
        col.setContentsMargins(6, 6, 6, 6)
        col.setSpacing(8)
        self.groups: dict[str, QGroupBox] = {}
        for key, title, specs in GROUPS:
            box = bind(
                QGroupBox(), "setTitle", lambda title=title: QCoreApplication.translate("Fields", title)
            )
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(6)
            grid.setVerticalSpacing(2)
            grid.setColumnStretch(1, 1)
            row = 0
            for spec in specs:
                for label, widget in before.get(spec.path, []):
                    lab = bind(QLabel(), "setText", lambda label=label: tr(label))
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
                lab = bind(QLabel(), "setText", lambda: QCoreApplication.translate("MainWindow", "Sites"))
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
        self.scroll.setMinimumWidth(340)
        column.setMinimumWidth(330)

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
        self._build_menus()
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
        """Every menu command from the one action table (gui.window.menus), with this window's handlers."""
        from gui import i18n, theme
        from gui.window import menus

        tools, extras = self.whatif, self.extras
        handlers = {
            "open": tools.open_dialog,
            "save": self.save,
            "save_as": self.save_as_dialog,
            "export_pdf": lambda: tools.export_dialog("pdf"),
            "export_csv": lambda: tools.export_dialog("csv"),
            "export_json": lambda: tools.export_dialog("json"),
            "export_charts": lambda: tools.export_chart(self.chart_area),
            "export_chart": tools.export_chart,
            "copy": tools.copy_results,
            "quit": self.close,
            "samples": tools.ask_samples,
            "custom": tools.edit_custom,
            "preset": self.load_preset,
            "reset_preset": tools.reset_to_preset,
            "reset": self.reset_defaults,
            "pin": tools.pin,
            "language": extras.set_language,
            "dark": extras.set_dark,
            "classroom": extras.open_classroom,
            "about": self.show_about,
        }
        docks = {
            "compare": tools.compare_dock,
            "analysis": tools.analysis_dock,
            "lessons": extras.lessons,
            "explain": extras.explain,
        }
        self.menus = menus.build(
            self.menuBar(),
            handlers,
            docks,
            undo_actions=(tools.act_undo, tools.act_redo),
            language=i18n.current_language(),
            checked={"dark": theme.is_dark()},
            presets=self.catalog.presets,
            charts=tuple(self.charts),
        )
        self.preset_actions = self.menus.presets
        tools.attach_menus(self.menus)

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
        self.currency.activated.connect(
            lambda i: self._choose(
                "economics.currency",
                self.currency.itemData(i),
                QCoreApplication.translate("MainWindow", "Currency"),
            )
        )
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

    def focus_input(self, path: str) -> bool:
        """Scroll to the input for ``path`` and give it the keyboard focus; False when it has no control."""
        from gui.whatif.base import field_label

        inp = self.inputs.get(path)
        if inp is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "Analysis",
                    "{f} has no control of its own in the window (it is set through its section's defaults).",
                ).format(f=path),
                8000,
            )
            return False
        self.scroll.ensureWidgetVisible(inp.box, 20, 60)
        inp.box.setFocus(Qt.FocusReason.OtherFocusReason)
        inp.box.selectAll()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "Analysis", "Focused {f}: the input that moves the result most is yours to change."
            ).format(f=field_label(path)),
            8000,
        )
        return True

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
        self.session.opened(path)
        self.setWindowModified(False)
        self.update_title()
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
        self.session.saved(path)
        self.setWindowModified(False)
        self.update_title()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {name}").format(name=Path(path).name), 5000
        )
        return True

    def update_title(self) -> None:
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
        if new("economics.currency"):
            self.currency.setCurrentIndex(max(0, self.currency.findData(s.economics.currency)))
        if "datacenter" in changed:
            self.sites.default_region = s.datacenter.region
            self.sites.default_pue = s.datacenter.pue
        if self.ready and not self.isWindowModified():
            self.setWindowModified(True)
        self.update_title()

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
            # the region's published price in the shown currency (None: no price; the cost card says so)
            "economics.electricity_price_per_kwh": snap.cost["pricing"].price_per_kwh if snap.cost else None,
            "economics.accelerator_hour_price": None,
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
        elif dc.sites:
            # the sites replace the main PUE and region (review 2026-12, defect 8): say so
            text += " · " + QCoreApplication.translate(
                "MainWindow", "{n} sites: their own PUE and grid apply, not the PUE and region above"
            ).format(n=len(dc.sites))
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
