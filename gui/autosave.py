"""Autosave of the working scenario, and the offer to restore it after a crash or a kill.

Every accepted change restarts a short timer; when it fires, the scenario is written to
``<AppDataLocation>/autosave.json`` atomically (temporary file, then ``os.replace``), so a kill at any moment
leaves either the previous autosave or the new one, never half a file. A clean exit deletes the file, so an
autosave found at start-up is one the last session did not close cleanly: the window offers to restore it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QFileInfo, QLocale, QObject, QStandardPaths, QTimer

#: 0 = autosave every accepted change as it is taken (~0.3 ms, no fsync): a kill loses at most the change
#: in flight. A positive delay coalesces changes instead.
DELAY_MS = 0
FILE_NAME = "autosave.json"


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


def autosave_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / FILE_NAME


def write_autosave(scenario: Any, path: Path | None = None) -> Path:
    from core.scenario import save_scenario_file

    path = path or autosave_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    save_scenario_file(scenario, str(path), fsync=False)  # atomic: temporary file, then replace
    return path


def read_autosave(path: Path | None = None) -> tuple[Any, str] | None:
    """(scenario, when written) of a leftover autosave, or None when there is none or it is unreadable."""
    from core.scenario import ScenarioError, load_scenario_file

    path = path or autosave_path()
    if not path.exists():
        return None
    try:
        scenario = load_scenario_file(str(path))
    except (ScenarioError, OSError):
        return None
    # in the language's own date format (2026/11/29 1:52 in Japanese, 11/29/26 1:52 AM in English)
    when = QLocale().toString(QFileInfo(str(path)).lastModified(), QLocale.FormatType.ShortFormat)
    return scenario, when


def discard_autosave(path: Path | None = None) -> None:
    path = path or autosave_path()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    folder = path.parent
    if folder.exists():
        for leftover in folder.glob(".*.tmp"):  # a temporary file a kill interrupted
            with contextlib.suppress(OSError):
                leftover.unlink()


class Autosaver(QObject):
    """Writes the presenter's scenario on every change (or ``delay_ms`` after the last one when positive);
    :meth:`clean_exit` removes it."""

    def __init__(self, presenter: Any, parent: QObject | None = None, delay_ms: int = DELAY_MS):
        super().__init__(parent)
        self.presenter = presenter
        self.path = autosave_path()
        self.saves = 0
        self.last_error: str | None = None
        self.enabled = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        presenter.scenarioChanged.connect(self._changed)

    def _changed(self, _scenario: Any) -> None:
        if not self.enabled:
            return
        if self._timer.interval() == 0:
            self.save_now()  # written before the next change is even taken: a kill loses at most one
        else:
            self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def save_now(self) -> bool:
        self._timer.stop()
        try:
            write_autosave(self.presenter.scenario, self.path)
        except OSError as err:
            self.last_error = f"{self.path}: {err.strerror or err}"
            return False
        self.saves += 1
        self.last_error = None
        return True

    def clean_exit(self) -> None:
        self._timer.stop()
        self.enabled = False
        discard_autosave(self.path)

    @staticmethod
    def now_text() -> str:
        return QDateTime.currentDateTime().toString("HH:mm:ss")


def leftover_is_different(found: Any, current: Any) -> bool:
    return found.model_dump(mode="json") != current.model_dump(mode="json")
