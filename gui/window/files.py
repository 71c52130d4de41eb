"""Where a scenario file goes: ``<name>.aiee.json`` in the person's Documents folder.

The ``.aiee.json`` suffix is the one the installers associate with the app (double-clicking a saved file opens
it); Documents comes from ``QStandardPaths`` (``~/Documents``, ``C:/Users/<you>/Documents``), never the app's
own folder or the working directory.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

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
