"""Opening and saving scenario files: the dialogs, the messages when a file cannot be read or written, and the
session told what happened (:meth:`gui.window.session.Session.opened` / ``saved``; the window follows its
``fileChanged`` signal with its title and modified mark).

The unsaved-changes guard and the recent-files menu are the what-if tools' (:mod:`gui.window.tools`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget


class FileCommands(QObject):
    """Open, Save and Save As over the ``session``; ``parent`` owns the dialogs, ``show_status(text, ms)``
    shows a passing message. :attr:`opened` gives the scenario of each file opened (the new baseline)."""

    opened = Signal(object)
    #: opens a teacher's set-up (a ``.aiee-class.json`` file) instead of a scenario (the window hands it)
    open_class: Callable[[str], bool] | None = None

    def __init__(self, session: Any, parent: QWidget, show_status: Callable[..., None]):
        super().__init__(parent)
        self.session = session
        self.presenter = session.presenter
        self.parent_widget = parent
        self.show_status = show_status

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Open scenario"),
            "",
            QCoreApplication.translate("MainWindow", "Scenario files (*.json);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a scenario file; a bad file gets a clear message and the current scenario stays."""

        from core.scenario import ScenarioError, load_scenario_file
        from gui import plaintext

        if path.lower().endswith(".aiee-class.json") and self.open_class is not None:
            return bool(self.open_class(path))  # a teacher's set-up (gui.classroom.teacher)
        try:
            scenario = load_scenario_file(path)
            err = self.presenter.set_scenario(
                scenario,
                QCoreApplication.translate("MainWindow", "Opened {name}").format(name=Path(path).name),
            )
        except ScenarioError as e:
            err = str(e)
        if err:
            self.show_status(
                QCoreApplication.translate("MainWindow", "Could not open {name}").format(
                    name=Path(path).name
                ),
                8000,
            )
            plaintext.warning(
                self.parent_widget,
                QCoreApplication.translate("MainWindow", "Could not open the scenario"),
                err,
            )
            return False
        self.session.opened(path)  # the window follows (fileChanged): title, modified mark
        self.opened.emit(scenario)
        return True

    def save(self) -> bool:
        if not self.session.file_path:
            return self.save_as_dialog()
        return self.save_file(self.session.file_path)

    def save_as_dialog(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Save scenario"),
            self.session.file_path or "scenario.json",
            QCoreApplication.translate("MainWindow", "Scenario files (*.json)"),
        )
        return bool(path) and self.save_file(path)

    def save_file(self, path: str) -> bool:

        from core.files import describe
        from core.scenario import save_scenario_file
        from gui import plaintext

        try:
            save_scenario_file(self.presenter.scenario, path)
        except OSError as err:
            plaintext.warning(
                self.parent_widget,
                QCoreApplication.translate("MainWindow", "Could not save"),
                describe(err, path),
            )
            return False
        self.session.saved(path)  # the window follows (fileChanged): title, modified mark
        self.show_status(
            QCoreApplication.translate("MainWindow", "Saved {name}").format(name=Path(path).name), 5000
        )
        return True
