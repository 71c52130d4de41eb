"""Progress of a long Monte Carlo run in the status bar, with a Cancel button.

A 100,000-sample uncertainty setting takes a noticeable moment; the presenter computes it in chunks
between events and reports progress here, so the window keeps responding and the run can be stopped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from gui.i18n import bind


def _tr(text: str) -> str:
    return QCoreApplication.translate("LongRunIndicator", text)


class LongRunIndicator(QWidget):
    def __init__(self, presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(180)
        bind(self.bar, "setAccessibleName", lambda: _tr("Uncertainty samples computed"))
        self.cancel_button = bind(QPushButton(self), "setText", lambda: _tr("Cancel"))
        bind(
            self.cancel_button,
            "setToolTip",
            lambda: _tr("Stop the long uncertainty run; the ranges from the quick run stay shown"),
        )
        self.cancel_button.clicked.connect(presenter.cancel_long_run)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        presenter.longRunProgress.connect(self.on_progress)
        self.hide()

    def on_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.hide()
            return
        self.bar.setMaximum(total)
        self.bar.setValue(done)
        self.bar.setFormat(_tr("%1 of %2 samples").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))
        self.show()
