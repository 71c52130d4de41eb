"""One place for unexpected errors and damaged resources.

* :func:`install_exception_handler` routes every uncaught exception in the window (Qt slots, timers,
  threads) to one handler: it writes a rotating log in the user's data folder (QStandardPaths), shows a
  dialog with the details and a Copy button, and returns to the event loop, so the app keeps running
  with the scenario intact.
* :func:`check_resources` verifies the shipped data, translations and font against their checksums
  before anything is computed, and names the damaged file, so a tampered table never turns into
  silently wrong numbers.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

LOG_BYTES = 512_000
LOG_BACKUPS = 3

_logger = logging.getLogger("aiee")
_handling = threading.local()


def data_dir() -> Path:
    """The app's own data folder (``~/.local/share/AI Energy Explorer/...`` on Linux)."""
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "logs" / "ai-energy-explorer.log"


def setup_logging() -> Path | None:
    """A rotating log (512 kB x 4 files) in the data folder; idempotent. None when the folder cannot be
    written (read-only home, HOME unset): the app runs without a log file rather than not at all."""
    try:
        path = log_path()
    except OSError:
        return None
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in _logger.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        _logger.addHandler(handler)
        _logger.setLevel(logging.INFO)
    return path


def _tr(text: str) -> str:
    return QCoreApplication.translate("Faults", text)


class ErrorDialog(QDialog):
    """Details of an unexpected error, with a button that copies them for a bug report."""

    def __init__(self, summary: str, details: str, log: Path | None, parent=None):
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(QCoreApplication.translate("Faults", "Unexpected error"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QLabel(
            QCoreApplication.translate(
                "Faults", "Something went wrong. Your scenario is unchanged and the app keeps running."
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        for line in (
            summary,  # an exception's text may quote a file: shown as text, never as HTML
            QCoreApplication.translate("Faults", "Details were written to the log:") + f" {log}"
            if log is not None
            else QCoreApplication.translate(
                "Faults", "The data folder cannot be written, so there is no log."
            ),
        ):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setText(line[:2000])
            layout.addWidget(label)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName(QCoreApplication.translate("Faults", "Error details"))
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("Faults", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(lambda: QApplication.clipboard().setText(self.details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


class ExceptionHandler:
    """Installed as ``sys.excepthook`` and ``threading.excepthook``; keeps the app alive."""

    def __init__(self, parent_getter=lambda: None, show_dialog: bool = True):
        self.parent_getter = parent_getter
        self.show_dialog = show_dialog
        self.count = 0
        self.last_details = ""
        self.log = setup_logging()

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self.count += 1
        self.last_details = details
        _logger.error("unexpected error\n%s", details)
        if not self.show_dialog or getattr(_handling, "active", False):
            return  # an error while showing the dialog: logged, not shown twice
        if QApplication.instance() is None or threading.current_thread() is not threading.main_thread():
            return  # worker threads: logged; the window shows dialogs on its own thread only
        _handling.active = True
        try:
            self.dialog = ErrorDialog(f"{exc_type.__name__}: {exc}", details, self.log, self.parent_getter())
            self.dialog.exec()
        finally:
            _handling.active = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_handler(parent_getter=lambda: None, show_dialog: bool = True) -> ExceptionHandler:
    handler = ExceptionHandler(parent_getter, show_dialog)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler


def check_resources(show_dialog: bool = True) -> list[str]:
    """Problems with the shipped resources (empty when all is well); shows them when asked to."""
    from core.catalog import CatalogError, catalog, verify_resources

    problems = verify_resources()
    if not problems:
        try:
            catalog()
        except CatalogError as err:
            problems = [str(err)]
    if problems:
        _logger.error("damaged resources: %s", "; ".join(problems))
        if show_dialog:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("Faults", "Damaged installation"),
                QCoreApplication.translate(
                    "Faults",
                    "AI Energy Explorer cannot start because a data file is missing or damaged. "
                    "Reinstall the app to repair it.",
                ),
            )
            box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(problems[:3]))
            box.exec()
    return problems
