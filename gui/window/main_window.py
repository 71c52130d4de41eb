"""The main window: the input panel on the left, live charts on the right, over one session.

The window shows itself first and builds its content right after (:meth:`MainWindow.build`), so the first
paint does not wait for numpy, pydantic and pyqtgraph to import. It composes the parts: the session (the
document, :mod:`gui.window.session`), the input panel (every control bound to the presenter in one call,
:func:`gui.inputs.binding.bind`, in :meth:`MainWindow._wire`), the chart grid, the docks and the menus (one
action table, :mod:`gui.window.menus`). A language switch re-sets every text in place (:meth:`retranslate`).
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, Qt, QTimer

# Only what the first paint needs is imported here: each widget class PySide6 loads creates its enums
# (measured: 127 enums, 0.12-0.2 s), so the rest is imported where it is used, after the window shows.
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

if TYPE_CHECKING:
    from core.compare import Snapshot
    from core.scenario import Scenario


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


COMPUTE_TEXT_DRAG = QT_TRANSLATE_NOOP("MainWindow", "ranges from {n} samples while you drag · {ms} ms")
#: the defaults as a starting point's name (gui.window.session.Session.startedFrom), beside the presets' names
DEFAULTS_NAME = QT_TRANSLATE_NOOP("Presets", "Default inputs")
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
        import base64
        import binascii

        from gui.qtapp import peek_setting

        stored = peek_setting("geometry")  # gui.settings' document, read without pydantic before the paint
        try:
            geometry = base64.b64decode(stored.encode("ascii"), validate=True) if stored else None
        except (binascii.Error, ValueError, UnicodeEncodeError):
            geometry = None
        if geometry and self.restoreGeometry(QByteArray(geometry)):
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
        """The window's size and place, and once built its layout: splitter, docks and toolbars."""
        from gui import settings

        changes = {"geometry": settings.as_text(self.saveGeometry())}
        if self.ready:
            changes["splitter"] = settings.as_text(self.splitter.saveState())
            changes["window_state"] = settings.as_text(self.saveState())
        settings.update(**changes)

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
        self.panel.retranslate()
        self.honest.retranslate()
        for chart in self.charts:
            chart.retranslate()
        self.menus.retranslate()  # after the charts: File > Export names each chart by its title
        self.menus.languages[i18n.current_language()].setChecked(True)
        self.whatif.retranslate()
        self.compact.retranslate()
        self.extras.retranslate()
        self.update_title()
        self.statusBar().clearMessage()  # a passing message was in the other language
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
        """Ask about unsaved changes first; a clean exit removes this session's autosave, never another
        session's nor a leftover still on offer."""
        if self.ready and not self.whatif.maybe_save():
            event.ignore()
            return
        if self.ready:
            self.session.autosaver.clean_exit()  # this session's own autosave only
            self.whatif.release_leftovers()  # undecided offers stay on disk for the next start
        self.save_settings()
        super().closeEvent(event)

    # ----- building ------------------------------------------------------------------------------
    def build(self, scenario: Scenario | None = None) -> None:
        """Import the core and the charts, create every widget, wire them and show the first result."""
        from PySide6.QtWidgets import (
            QSizePolicy,
            QSplitter,
        )

        if self.ready:
            return
        from core.catalog import catalog
        from gui.charts.card import TextLine
        from gui.charts.grid import ChartGrid
        from gui.inputs.panel import InputPanel
        from gui.window.session import Session

        self.catalog = cat = catalog()
        # the document (scenario, undo, autosave, file, pins): outlives every view; deleted with the window
        self.session = Session(scenario, self)
        self.presenter = self.session.presenter

        # the input column: every control, by path, speaking one protocol (gui.inputs.binding)
        self.panel = InputPanel(cat)
        self.scroll = self.panel
        self.inputs = self.panel.inputs
        self.controls = self.panel.controls
        self.train_picker, self.serve_picker = self.panel.train_picker, self.panel.serve_picker
        self.precision, self.weight_bits = self.panel.precision, self.panel.weight_bits
        self.profile, self.region, self.sites = self.panel.profile, self.panel.region, self.panel.sites
        self.currency = self.panel.currency
        self.focus_order = self.panel.focus_order

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
        from gui import settings

        stored = settings.read()
        state = settings.blob(stored.splitter)
        if state is None or not self.splitter.restoreState(QByteArray(state)):
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
        self.presenter.recompute()
        self._compose()
        self.ready = True
        self.place_lessons()
        if stored.dark:  # the theme chosen last time (gui.settings)
            self.set_dark(True)
        from gui.help import HelpTools  # the welcome card, glossary and keyboard shortcuts (issue 13)
        from gui.inputs.honest import HonestInputs  # inputs that say what overrides them (issue 13)

        bar, region = self.statusBar(), lambda code: self.choice_text("datacenter.region", code)
        self.honest = HonestInputs(self.presenter, self.inputs, bar, self)
        panels = (self.extras, self.whatif, self.headline.query)
        self.help_tools = HelpTools(
            self, self.presenter, bar, *panels, self.load_preset, region, self.set_language
        )
        self.chart_area.everyday.clicked.connect(self.help_tools.show_equivalents)
        self._build_menus()
        window_state = settings.blob(stored.window_state)
        if window_state is not None:  # docks and toolbars where they were left
            self.restoreState(QByteArray(window_state))
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

    def _compose(self) -> None:
        """The tools and panels around the inputs and charts: each is handed what it uses (never the window),
        and here they are placed and their signals connected, in one block."""
        from gui import settings, theme
        from gui.inputs.custom_defs import PickerSync
        from gui.window.baseline import BaselineControls
        from gui.window.compact import CompactLayout
        from gui.window.copy import install_copy
        from gui.window.extras import WindowExtras, name_controls
        from gui.window.files import FileCommands
        from gui.window.fit import StatusFit
        from gui.window.tools import WhatIfTools

        bar = self.statusBar()
        # teaching panels: guided lessons, "Explain this result", classroom mode, the teacher's tools
        self.extras = extras = WindowExtras(
            self.panel,
            self.session,
            self.catalog,
            self,
            charts=self.charts,
            replace_scenario=self.replace_scenario,
            load_preset=self.load_preset,
            show_status=bar.showMessage,
        )
        # files: open (a teacher's set-up too), save, save as; the title and modified mark follow the session
        files = FileCommands(self.session, self, bar.showMessage, open_class=extras.open_class_file)
        self.files = files
        self.session.fileChanged.connect(self._file_changed)
        # what-if tools: undo, autosave, recent files, exports, compare and analysis docks
        self.whatif = tools = WhatIfTools(
            self.session,
            self.catalog,
            self,
            open_file=files.open_file,
            open_dialog=files.open_dialog,
            save=files.save,
            load_preset=self.load_preset,
            show_status=bar.showMessage,
        )
        self.session.undo.stack.cleanChanged.connect(self._clean_changed)
        tools.analysis.tornado.focusField.connect(self.focus_input)
        tools.toolbarMade.connect(lambda tb: self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb))
        for dock in (tools.compare_dock, tools.analysis_dock):
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
        self.tabifyDockWidget(tools.compare_dock, tools.analysis_dock)
        bar.addPermanentWidget(tools.autosave_label)
        bar.addPermanentWidget(tools.notice_label)
        self.pickers = PickerSync(self.panel, self.presenter)  # the user's own chips and grids in the pickers
        tools.offer_restore()
        extras.lessons.chartAsked.connect(
            lambda c: self.chart_area.bring_forward(c) or tools.show_scale_tab()
        )
        # not tabified: the tab bar of two hidden, tabified docks stayed on screen over the status bar
        for dock in (extras.lessons, extras.explain):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        name_controls(self)
        theme.style_charts(self, self.charts, theme.is_dark())
        self.fit = StatusFit(bar, self.compute_label, self.width())  # status line fitted to small screens
        # the baseline: ghosts on every chart, a delta on every card, and the lesson step's "before"
        self.baseline = BaselineControls(
            self.session,
            self.presenter,
            self,
            headline=self.headline,
            lessons=extras.lessons,
            replace_scenario=self.replace_scenario,
            show_status=bar.showMessage,
            redraw=self._show_results,
        )
        extras.classroomOpened.connect(self.baseline.attach)  # classroom mode draws the baseline too
        # a preset, file or the defaults loaded over a lesson step: the lesson says its scenario was replaced
        self.session.startedFrom.connect(extras.lessons.track.started_from)
        if settings.read().projector.high_contrast:  # the projector preference (View > Teacher > Projector…)
            theme.set_high_contrast(QApplication.instance(), True)
        files.opened.connect(lambda scenario: tools.restore_pins(scenario.pins))  # the file's comparison
        tools.compare.pinsChanged.connect(lambda: self.setWindowModified(True))  # pins are saved with it
        # Copy on every table, installed before the panels move; then, on small screens, the charts one per
        # page and the analysis panels as pages
        self.copy_keys = install_copy(self, tools.compare, tools.analysis, bar.showMessage)
        self.compact = CompactLayout(self, self.chart_area, [tools.compare_dock, tools.analysis_dock])

    def _file_changed(self, _path: str) -> None:
        self.setWindowModified(False)
        self.update_title()

    def _clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self):  # the stack also reports while the window is torn down
            self.setWindowModified(not clean)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.ready:
            self.fit.window_resized(self.width())
            self.place_lessons()

    def place_lessons(self) -> None:
        """The lesson panel beside the charts at ``LESSON_WIDTH`` on a wide window, as a strip under them on
        a narrow one (see :meth:`gui.classroom.lesson_panel.LessonPanel.set_strip`)."""
        from gui.window.fit import NARROW

        panel = self.extras.lessons
        narrow = self.width() < NARROW
        area = Qt.DockWidgetArea.BottomDockWidgetArea if narrow else Qt.DockWidgetArea.RightDockWidgetArea
        if self.dockWidgetArea(panel) != area:
            visible = panel.isVisible()
            self.removeDockWidget(panel)
            self.addDockWidget(area, panel)
            panel.setVisible(visible)
        panel.set_strip(narrow)

    def set_language(self, lang: str) -> None:
        """Switch in place, and remember the choice for the next start (gui.settings)."""
        from gui import i18n, settings

        if lang == i18n.current_language():
            return
        i18n.switch_language(lang, self.retranslate)
        settings.update(language=lang)

    def set_dark(self, dark: bool) -> None:
        """Apply the theme, and remember it for the next start (gui.settings)."""
        from gui import settings, theme

        theme.apply_theme(QApplication.instance(), dark)
        theme.style_charts(self, self.charts, dark)
        if settings.read().dark != dark:
            settings.update(dark=dark)

    def _build_menus(self) -> None:
        """Every menu command from the one action table (gui.window.menus), with this window's handlers."""
        from gui import i18n, theme
        from gui.window import about, menus

        tools, extras = self.whatif, self.extras
        handlers = {
            "open": tools.open_dialog,
            "save": self.files.save,
            "save_as": self.files.save_as_dialog,
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
            "set_baseline": self.baseline.set_baseline,
            "reset_baseline": self.baseline.reset_to_baseline,
            "pin": tools.pin,
            "language": self.set_language,
            "dark": self.set_dark,
            "classroom": extras.open_classroom,
            "about": lambda: about.show_about(self),
            **extras.teacher_commands(),  # View > Teacher (gui.classroom.teacher, lesson_files, projector)
            "getting_started": self.help_tools.getting_started,
            "glossary": self.help_tools.glossary,
            "shortcuts": lambda: self.help_tools.shortcuts(self.menus),
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
        from gui.inputs.binding import bind as bind_controls

        p = self.presenter
        # every control both ways, in one call; what else a new scenario changes in the window follows
        self.show_scenario = bind_controls(p, self.controls, self._scenario_shown)
        p.resultsReady.connect(self._show_results)
        # the inputs rest (a full result, not one of a drag): message lines give back the room they held
        p.resultsReady.connect(lambda snap: snap.interactive or self.panel.settle_messages(at_rest=True))
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

        if path == "chip":  # the decision lever that moves both chips: the training chip comes first
            path = "training.accelerator"
        if not self.panel.focus(path):
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "Analysis",
                    "{f} has no control of its own in the window (it is set through its section's defaults).",
                ).format(f=field_label(path)),
                8000,
            )
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "Analysis", "Focused {f}: the input that moves the result most is yours to change."
            ).format(f=field_label(path)),
            8000,
        )
        return True

    # ----- user actions --------------------------------------------------------------------------
    def choice_text(self, path: str, value: Any) -> str:
        """A choice's value in words, as its control says it (a region's name, "8-bit")."""
        control = self.controls.get(path)
        return control.describe(value) if control is not None else str(value)

    def load_preset(self, pid: str) -> None:
        from core.compare import scenario_from_preset
        from core.scenario import ScenarioError
        from gui import plaintext

        try:
            scenario = scenario_from_preset(pid)
        except ScenarioError as err:
            plaintext.warning(self, QCoreApplication.translate("MainWindow", "Preset not loaded"), str(err))
            return
        name = self.catalog.presets[pid].name
        text = QCoreApplication.translate("MainWindow", "Preset: {name}")
        self.replace_scenario(scenario, text.format(name=QCoreApplication.translate("Presets", name)))
        self.baseline.started_from(scenario, name)  # a new starting point: the preset is the new baseline

    def reset_defaults(self) -> None:
        from core.scenario import Scenario

        scenario = Scenario()
        self.replace_scenario(scenario, QCoreApplication.translate("MainWindow", "Defaults restored"))
        self.baseline.started_from(scenario, DEFAULTS_NAME)

    def replace_scenario(self, scenario: Scenario, description: str) -> None:
        """Put a whole scenario in place (a preset, the defaults, a lesson step); a refusal is said."""
        from gui import plaintext

        for inp in self.inputs.values():
            inp.hide_error()
        self.sites.hide_error()
        err = self.presenter.set_scenario(scenario, description)
        if err:
            plaintext.warning(self, QCoreApplication.translate("MainWindow", "Not applied"), err)

    def update_title(self) -> None:
        name = Path(self.file_path).name if self.file_path else self.presenter.scenario.name
        title = f"{name}[*] — {QCoreApplication.translate('MainWindow', 'AI Energy Explorer')}"
        if self.windowTitle() != title:
            self.setWindowTitle(title)

    # ----- showing state -------------------------------------------------------------------------
    def _scenario_shown(self, s: Scenario, changed: set[str]) -> None:
        """After the controls showed a scenario: the sites' defaults, the modified mark and the title."""
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
        self.chart_area.everyday.update_snapshot(snap)
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
            ).format(g=dc.grid_intensity_g_per_kwh, r=self.choice_text("datacenter.region", dc.region))
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
