"""The what-if tools of the main window, made and connected by :class:`gui.window.main_window.MainWindow`.

They are handed what they use (the session, the catalog, a parent for their dialogs, the window's file and
preset commands, a status line) and never the window; the window places their docks, status-bar notes and
restore bar, and connects their signals:

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

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from gui import plaintext
from gui.window.session import clear_recent_files, forget_file, recent_files


def tr(text: str) -> str:
    return QCoreApplication.translate("WhatIf", text)


class WhatIfTools(QObject):
    """Undo, autosave and its restore offer, recent files, exports, compare and analysis docks.

    ``parent`` is the widget their dialogs belong to; ``open_file``, ``open_dialog``, ``save`` and
    ``load_preset`` are the window's file and preset commands; ``show_status(text, ms)`` shows a passing
    message. :attr:`toolbarMade` hands over the restore bar to place (made only when there is something to
    restore, by :meth:`offer_restore`)."""

    toolbarMade = Signal(QToolBar)

    def __init__(
        self,
        session: Any,
        catalog: Any,
        parent: QWidget,
        *,
        open_file: Callable[[str], bool],
        open_dialog: Callable[[], None],
        save: Callable[[], bool],
        load_preset: Callable[[str], None],
        show_status: Callable[[str, int], None],
    ):
        super().__init__(parent)
        from gui.whatif.analysis import make_analysis_dock
        from gui.whatif.compare import make_compare_dock

        self.parent_widget = parent
        self.session = session
        self.catalog = catalog
        self.presenter = session.presenter
        self._open_file, self._open_dialog, self._save = open_file, open_dialog, save
        self._load_preset, self.show_status = load_preset, show_status
        self.ask_offscreen = False
        self.undo = self.session.undo
        self.autosaver = self.session.autosaver
        self.compare_dock = make_compare_dock(self.session, parent)
        self.analysis_dock = make_analysis_dock(self.session, parent)
        self.compare = self.compare_dock.widget()
        self.analysis = self.analysis_dock.widget()
        # pins added, removed or renamed: the autosave keeps them (the window marks the document modified)
        self.compare.pinsChanged.connect(self.autosaver.pins_changed)
        self.session.fileChanged.connect(lambda _path: self._fill_recent())
        self.act_undo, self.act_redo = self.undo.make_actions(parent)
        self.restore_bar: QToolBar | None = None
        self.leftovers: list[Any] = []
        self.notices: list[str] = []
        self._autosave_warning()

    # ----- files ---------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to replace or close the scenario (saved, discarded, or nothing to lose)."""
        if not self.parent_widget.isWindowModified():
            return True
        if QGuiApplication.platformName() == "offscreen" and not self.ask_offscreen:
            return True  # nobody can answer a dialog offscreen (tests, self-test, reports)
        answer = QMessageBox.question(
            self.parent_widget,
            tr("Unsaved changes"),
            tr("The scenario has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return bool(self._save())
        return answer == QMessageBox.StandardButton.Discard

    def open_dialog(self) -> None:
        if self.maybe_save():
            self._open_dialog()

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            plaintext.warning(
                self.parent_widget, tr("File not found"), tr("{p} no longer exists.").format(p=path)
            )
            forget_file(path)
            self._fill_recent()
            return
        if self.maybe_save():
            self._open_file(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for i, f in enumerate(files, start=1):
            act = self.recent_menu.addAction(f"&{i} {Path(f).name}")
            act.setToolTip(plaintext.tooltip(f))
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
            lambda: reset.setEnabled(bool(self.presenter.scenario.preset))
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
            self.show_status(tr("Four scenarios are compared already; remove a pin first."), 6000)

    def show_scale_tab(self) -> None:
        """Open the analysis dock on its Scale tab (a lesson step that ends at the scale chart)."""
        self.analysis_dock.show()
        self.analysis_dock.raise_()
        self.analysis.setCurrentWidget(self.analysis.scale)

    def restore_pins(self, pins: list[Any]) -> None:
        """A file's or an autosave's comparison in place of the current pins, shown when there is one."""
        self.session.pins[:] = pins
        self.compare.refresh()
        if pins:
            self.compare_dock.show()

    def reset_to_preset(self) -> None:
        pid = self.presenter.scenario.preset
        if pid and pid in self.catalog.presets:
            self._load_preset(pid)

    def ask_samples(self) -> int:
        """Edit > Uncertainty samples…: the count in a dialog that says a refused value under its box and
        stays open with it (gui.window.samples). Returns the dialog's result."""
        from gui.window.samples import SamplesDialog

        dialog = SamplesDialog(
            self.presenter.scenario.uncertainty.samples,
            lambda n: self.set_samples(n, warn=False),
            self.parent_widget,
        )
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()

    def set_samples(self, n: int, warn: bool = True) -> str | None:
        """Set the sample count (one undo step); None when applied, else the reason in the dialog's words
        ("Samples: 50 is out of range; allowed 100–1000000"), also shown in a message box when ``warn``."""
        from gui.window.samples import change_text, refusal_text

        old = self.presenter.scenario.uncertainty.samples
        err = refusal_text(n) or self.presenter.set_value("uncertainty.samples", n, change_text(old, n))
        if err and warn:
            plaintext.warning(self.parent_widget, tr("Not applied"), err)
        return err

    def edit_custom(self) -> None:
        from gui.inputs.custom_defs import CustomDefinitionsDialog

        CustomDefinitionsDialog(self.session.presenter, self.parent_widget).exec()

    def export_dialog(self, fmt: str) -> None:
        filters = {
            "pdf": tr("PDF report (*.pdf)"),
            "csv": tr("CSV table (*.csv)"),
            "json": tr("JSON (*.json)"),
        }
        # a name is not a path: no folder separators, drive letters or control characters in the suggestion
        from gui.window.files import documents_folder, safe_file_name

        name = safe_file_name(self.presenter.scenario.name)
        proposed = str(documents_folder() / f"{name}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, tr("Export"), proposed, filters[fmt])
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.export(path)

    def export(self, path: str) -> bool:
        from gui.export.report import write_report_file

        try:
            # the report shows the comparison's pins with their names and the change from the baseline
            write_report_file(self.session.document(), path)
        except ValueError as err:
            plaintext.warning(self.parent_widget, tr("Could not export"), f"{path}: {err}")
            return False
        except OSError as err:
            from core.files import describe

            plaintext.warning(self.parent_widget, tr("Could not export"), describe(err, path))
            return False
        self.show_status(tr("Exported {name}").format(name=Path(path).name), 6000)
        return True

    def export_chart(self, widget: Any) -> None:
        from gui.export.images import save_widget

        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, tr("Export chart"), "chart.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen else ".png"
        try:
            save_widget(widget, path)
        except ValueError as err:
            plaintext.warning(self.parent_widget, tr("Could not export"), f"{path}: {err}")
            return
        except OSError as err:
            from core.files import describe

            plaintext.warning(self.parent_widget, tr("Could not export"), describe(err, path))
            return
        self.show_status(tr("Exported {name}").format(name=Path(path).name), 6000)

    def copy_results(self) -> None:
        from gui.export.images import copy_results

        snap = self.presenter.snapshot
        if snap is not None:
            copy_results(snap.results, snap.ranges)
            self.show_status(tr("Results copied: paste into a spreadsheet or a note."), 6000)

    # ----- autosave: its warning and the restore offer ----------------------------------------------
    def _autosave_warning(self) -> None:
        """A permanent note in the status bar while autosave cannot write (cleared by the next good save)."""
        self.autosave_label = plaintext.plain_label()
        self.autosave_label.setObjectName("autosaveWarning")
        self.autosave_label.setStyleSheet("color: #8a4b00; font-weight: bold; padding: 0 6px;")
        self.autosaver.problemChanged.connect(self._autosave_problem)
        self._autosave_problem(self.autosaver.last_error or "")
        self.notice_label = plaintext.plain_label()  # what happened to autosaves that could not be offered
        self.notice_label.setObjectName("autosaveNotice")
        self.notice_label.hide()

    def _autosave_problem(self, problem: str) -> None:
        if not shiboken6.isValid(self.autosave_label):
            return
        if problem:
            shown = tr("Autosave is off: {reason}").format(reason=problem)
            self.autosave_label.setText(plaintext.elide(shown, 90))
            self.autosave_label.setToolTip(plaintext.tooltip(shown))
        self.autosave_label.setVisible(bool(problem))

    def offer_restore(self) -> bool:
        """Offer, one after another, what earlier sessions left behind; True when there is something."""
        from gui.window.autosave import leftover_is_different

        self.leftovers = []
        for leftover in self.autosaver.leftovers():
            if leftover.problem:  # unreadable, or from a newer app: kept on disk, and the user told
                self.notices.append(leftover.problem)
                continue
            if not leftover_is_different(leftover.scenario, self.presenter.scenario):
                leftover.discard()  # the same as what the window shows: it holds no work
                continue
            self.leftovers.append(leftover)
        if self.notices:  # kept in the status bar (the start-up's own messages would replace a passing one)
            text = " ".join(self.notices)
            self.notice_label.setText(plaintext.elide(text, 110))
            self.notice_label.setToolTip(plaintext.tooltip(text))
            self.notice_label.show()
        return self._show_next_leftover()

    def _show_next_leftover(self) -> bool:
        if not self.leftovers:
            self._close_restore_bar()
            return False
        leftover = self.leftovers[0]
        self.found_autosave = leftover.scenario
        if self.restore_bar is None:
            bar = QToolBar(tr("Restore"), self.parent_widget)
            bar.setObjectName("restoreBar")
            bar.setMovable(False)
            # the buttons first: a long name can never push them off-screen
            self.restore_button = QPushButton(tr("Restore it"))
            self.discard_button = QPushButton(tr("Discard"))
            self.restore_button.clicked.connect(self.restore_autosave)
            self.discard_button.clicked.connect(self.discard_restore)
            bar.addWidget(self.restore_button)
            bar.addWidget(self.discard_button)
            # the whole sentence where the row has room, else shortened with "…", the whole in its tooltip
            self.restore_label = plaintext.ElidedLabel()
            self.restore_label.setStyleSheet("padding: 2px 8px; font-weight: bold;")
            bar.addWidget(self.restore_label)
            bar.setStyleSheet("QToolBar { background: #FFF4D6; border-bottom: 1px solid #E69F00; }")
            self.toolbarMade.emit(bar)  # the window places it ...
            window = bar.parentWidget()
            if isinstance(window, QMainWindow):  # ... on a row of its own, the window's whole width
                window.insertToolBarBreak(bar)
            self.restore_bar = bar
        sentence = tr(
            "The last session ended without closing (crash or kill). Its scenario “{name}” was autosaved at {when}."
        )
        more = ""
        if len(self.leftovers) > 1:
            more = " " + tr("({n} more after this one)").format(n=len(self.leftovers) - 1)
        self.restore_label.set_full_text(
            sentence.format(name=plaintext.elide(leftover.scenario.name), when=leftover.when) + more
        )
        # the tooltip: the whole sentence with the whole name
        self.restore_label.setToolTip(
            plaintext.tooltip(sentence.format(name=leftover.scenario.name, when=leftover.when) + more)
        )
        return True

    def restore_autosave(self) -> None:
        if not self.leftovers or not self.maybe_save():
            return
        leftover = self.leftovers.pop(0)
        scenario = leftover.scenario.without_pins()
        refused = self.presenter.set_scenario(scenario, tr("Restored the autosaved scenario"))
        if leftover.scenario.pins:  # the comparison it had, by name
            self.restore_pins(leftover.scenario.pins)
        # a new starting point, with the baseline it was read against (gui.window.baseline); none kept: it
        # was its own baseline
        if refused:
            self.session.set_baseline(leftover.baseline if leftover.baseline is not None else scenario)
        else:
            self.session.start_from(scenario, leftover.scenario.name, baseline=leftover.baseline)
        if self.autosaver.save_now():
            leftover.discard()  # this session's own autosave holds it now
        else:
            leftover.release()  # autosave is off: the leftover stays on disk for the next start
        self._show_next_leftover()

    def discard_restore(self) -> None:
        """The only way a leftover is deleted without being restored."""
        if self.leftovers:
            self.leftovers.pop(0).discard()
        self._show_next_leftover()

    def release_leftovers(self) -> None:
        """The window closes with offers undecided: their files stay, offered again at the next start."""
        for leftover in self.leftovers:
            leftover.release()
        self.leftovers = []

    def _close_restore_bar(self) -> None:
        if self.restore_bar is not None:
            window = self.restore_bar.parentWidget()
            if isinstance(window, QMainWindow):
                window.removeToolBarBreak(self.restore_bar)  # its own row goes with it
                # and out of the window's saved state at once: kept there (hidden), it hid the next bar
                window.removeToolBar(self.restore_bar)
            self.restore_bar.hide()
            self.restore_bar.deleteLater()
            self.restore_bar = None
