"""Opening and saving scenario files: the dialogs, the messages when a file cannot be read or written, and the
session told what happened (:meth:`gui.window.session.Session.opened` / ``saved``; the window follows its
``fileChanged`` signal with its title and modified mark).

The unsaved-changes guard and the recent-files menu are the what-if tools' (:mod:`gui.window.tools`).

Save As proposes ``<name>.aiee.json`` in the person's Documents folder: the ``.aiee.json`` suffix is the one the
installers associate with the app; Documents comes from ``QStandardPaths`` (``~/Documents``,
``C:/Users/<you>/Documents``), never the app's own folder or the working directory. Open starts in the folder
of the last file opened or saved, else in Documents (:func:`open_folder`).

A file holds the scenario, the comparison's pins and the baseline (:meth:`gui.window.session.Session.document`);
opening one restores all three, and a file that keeps no baseline is its own baseline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

SCENARIO_SUFFIX = ".aiee.json"


def safe_file_name(name: str, fallback: str = "scenario") -> str:
    """A scenario name as a file name: no folder separators, drive letters or control characters."""
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f\x7f]', "-", name)[:80].strip(" .")
    return text or fallback


def documents_folder() -> Path:
    """The person's Documents folder (their home when the platform names none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def proposed_path(name: str, current: str | None = None) -> str:
    """What Save As offers: the file the scenario came from, else ``<name>.aiee.json`` in Documents."""
    if current:
        return current
    return str(documents_folder() / (safe_file_name(name) + SCENARIO_SUFFIX))


def open_folder(current: str | None = None) -> str:
    """Where Open starts: the folder of the scenario's file, else of the newest recent file (when its folder
    is still there), else Documents; never the app's own folder or the working directory."""
    from gui.window.session import recent_files

    for path in ([current] if current else []) + recent_files()[:1]:
        folder = Path(path).parent
        if folder.is_dir():
            return str(folder)
    return str(documents_folder())


def ask_save_path(parent: Any, name: str, current: str | None = None) -> str:
    """Save As: the file dialog on :func:`proposed_path`; a name typed without an extension gets
    ``.aiee.json``. Returns "" when the person cancels."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MainWindow", "Save scenario"),
        proposed_path(name, current),
        QCoreApplication.translate("MainWindow", "Scenario files (*.aiee.json *.json)"),
    )
    if path and not path.lower().endswith(".json"):
        path += SCENARIO_SUFFIX  # "My scenario" typed without an extension
    return path


class FileCommands(QObject):
    """Open, Save and Save As over the ``session``; ``parent`` owns the dialogs, ``show_status(text, ms)``
    shows a passing message; ``open_class(path) -> bool`` opens a teacher's set-up (a ``.aiee-class.json``
    file) given to Open instead of a scenario (None: such a file is read as a scenario and refused).
    :attr:`opened` gives the scenario of each file opened (its pins go to the comparison)."""

    opened = Signal(object)

    def __init__(
        self,
        session: Any,
        parent: QWidget,
        show_status: Callable[..., None],
        *,
        open_class: Callable[[str], bool] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.presenter = session.presenter
        self.parent_widget = parent
        self.show_status = show_status
        self._open_class = open_class

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            QCoreApplication.translate("MainWindow", "Open scenario"),
            open_folder(self.session.file_path),  # the last file's folder, else Documents
            QCoreApplication.translate("MainWindow", "Scenario files (*.aiee.json *.json);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a scenario file; a bad file gets a clear message and the current scenario stays."""

        from core.scenario import ScenarioError, load_scenario_file
        from gui import plaintext

        if path.lower().endswith(".aiee-class.json") and self._open_class is not None:
            return bool(self._open_class(path))  # a teacher's set-up (gui.classroom.teacher)
        try:
            scenario = load_scenario_file(path)
            err = self.presenter.set_scenario(
                scenario.without_pins(),  # the file's pins go to the comparison (the window follows `opened`)
                QCoreApplication.translate("MainWindow", "Opened {name}").format(name=Path(path).name),
            )
            if not err:  # a new starting point; the baseline saved with the file (schema 6), none kept: the
                # file is its own
                self.session.start_from(self.presenter.scenario, Path(path).name, baseline=scenario.baseline)
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
        path = ask_save_path(  # <name>.aiee.json in Documents
            self.parent_widget, self.presenter.scenario.name, self.session.file_path
        )
        return bool(path) and self.save_file(path)

    def save_file(self, path: str) -> bool:

        from core.files import describe
        from core.scenario import save_scenario_file
        from gui import plaintext

        try:
            # the comparison's pins (schema 5) and the baseline (schema 6) are saved with the scenario
            save_scenario_file(self.session.document(), path)
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
