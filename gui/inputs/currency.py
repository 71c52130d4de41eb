"""The currency picker of the Cost group: ``economics.currency`` automatic or one of the converted currencies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from gui.i18n import bind


def plain_choice(label: str) -> str:
    from gui.inputs.plain import plain_choice as plain

    return plain(label)


def tr(text: str) -> str:
    return QCoreApplication.translate("Cost", text)


class CurrencyPicker(QComboBox):
    """``economics.currency``: automatic (yen in a Japanese window, else the region's), or a currency."""

    def __init__(self, parent: QWidget | None = None):
        from core.economics import currencies

        super().__init__(parent)
        self.addItem("", None)
        bind(self, "setItemText", lambda: tr("Automatic (language, then region)"), 0)
        for code in currencies():
            self.addItem(code, code)
        bind(
            self,
            "setToolTip",
            lambda: (
                plain_choice("Currency")
                + "\n"
                + tr(
                    "Currency of the costs; prices are converted at the Federal Reserve's annual average rate of their year."
                )
            ),
        )
