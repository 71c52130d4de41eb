"""Distributed deployment: the sites table, one row per data centre (region, load share, PUE)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.scenario import parse_quantity
from core.units import format_plain, significant
from gui.i18n import bind
from gui.inputs.quantity import ERROR_STYLE


def tr(text: str, context: str = "Inputs") -> str:
    return QCoreApplication.translate(context, text)


class SitesTable(QWidget):
    """Distributed deployment: one row per data centre with its region, load share and PUE."""

    edited = Signal(object)  # list of site dicts

    COLUMNS = (
        QT_TRANSLATE_NOOP("Inputs", "Region"),
        QT_TRANSLATE_NOOP("Inputs", "Load share (%)"),
        QT_TRANSLATE_NOOP("Inputs", "PUE"),
        QT_TRANSLATE_NOOP("Inputs", "Average (MW)"),
        QT_TRANSLATE_NOOP("Inputs", "Peak (MW)"),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        bind(self.table, "setHorizontalHeaderLabels", lambda: [tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(70)
        self.table.setMaximumHeight(140)
        bind(
            self.table,
            "setToolTip",
            lambda: QCoreApplication.translate(
                "Inputs",
                "Sites of a distributed deployment: each runs its load share at its own PUE on its own grid; "
                "Average and Peak are the serving power each site's grid must supply (load shares must add up to 100 %).",
            ),
        )
        self.add_button = bind(
            QPushButton(self), "setText", lambda: QCoreApplication.translate("Inputs", "Add site")
        )
        self.remove_button = bind(
            QPushButton(self), "setText", lambda: QCoreApplication.translate("Inputs", "Remove")
        )
        self.even_button = bind(
            QPushButton(self), "setText", lambda: QCoreApplication.translate("Inputs", "Split evenly")
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.note = bind(
            QLabel(self),
            "setText",
            lambda: QCoreApplication.translate("Inputs", "No sites: everything runs in the region above."),
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.even_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.note)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        lay.addWidget(self.error)
        self.default_region = "US"
        self.default_pue = 1.2
        self.add_button.clicked.connect(self.add_site)
        self.remove_button.clicked.connect(self.remove_site)
        self.even_button.clicked.connect(self.split_evenly)
        self.table.itemChanged.connect(self._changed)

    # rows <-> dicts
    def rows(self) -> list[dict[str, Any]] | str:
        out = []
        for r in range(self.table.rowCount()):
            code = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            share = parse_quantity(
                (self.table.item(r, 1).text() if self.table.item(r, 1) else "").rstrip("%")
            )
            pue = parse_quantity(self.table.item(r, 2).text() if self.table.item(r, 2) else "")
            if not code or share is None or pue is None:
                return QCoreApplication.translate(
                    "Inputs", "Site {n}: give a region code, a load share in % and a PUE"
                ).format(n=r + 1)
            out.append({"region": code, "load_share": share / 100.0, "pue": pue})
        return out

    def _emit(self) -> None:
        rows = self.rows()
        if isinstance(rows, str):
            self.show_error(rows)
            return
        self.edited.emit(rows)

    def _changed(self, item: QTableWidgetItem) -> None:
        if item.column() <= 2:
            self._emit()

    def _append(self, code: str, share: float, pue: float) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate((code, format_plain(share * 100, 4), format_plain(pue, 3), "", "")):
            item = QTableWidgetItem(text)
            if c >= 3:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight)
            self.table.setItem(r, c, item)

    def add_site(self) -> None:
        self.table.blockSignals(True)
        if self.table.rowCount() == 0:
            self._append(self.default_region, 1.0, self.default_pue)
        else:
            self._append("SE", 0.0, 1.2)
        self.table.blockSignals(False)
        self._update_note()
        self._emit()

    def remove_site(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True) or [
            self.table.rowCount() - 1
        ]
        self.table.blockSignals(True)
        for r in rows:
            if r >= 0:
                self.table.removeRow(r)
        self.table.blockSignals(False)
        self._update_note()
        self._emit()

    def split_evenly(self) -> None:
        n = self.table.rowCount()
        if not n:
            return
        self.table.blockSignals(True)
        for r in range(n):
            self.table.item(r, 1).setText(format_plain(100.0 / n, 6))
        self.table.blockSignals(False)
        rows = self.rows()
        if isinstance(rows, list):
            # shares typed as rounded percentages; give the last site the remainder so they add up to 1
            rest = 1.0 - sum(s["load_share"] for s in rows[:-1])
            rows[-1]["load_share"] = rest
            self.edited.emit(rows)

    def _update_note(self) -> None:
        self.note.setVisible(self.table.rowCount() == 0)
        self.table.setVisible(self.table.rowCount() > 0)

    def show_sites(self, sites: list[Any], powers: list[dict[str, Any]]) -> None:
        """Show the scenario's sites and each site's serving power; keeps rows being edited if invalid."""
        if self.error.isVisible():
            return
        self.table.blockSignals(True)
        if self.table.rowCount() != len(sites) or any(
            self.table.item(i, 0).text() != s.region for i, s in enumerate(sites)
        ):
            self.table.setRowCount(0)
            for s in sites:
                self._append(s.region, s.load_share, s.pue)
        for i, p in enumerate(powers[: self.table.rowCount()]):
            self.table.item(i, 3).setText(significant(p["inference_average_power_mw"], 3))
            self.table.item(i, 4).setText(significant(p["inference_peak_power_mw"], 3))
        self.table.blockSignals(False)
        self._update_note()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def hide_error(self) -> None:
        self.error.hide()
