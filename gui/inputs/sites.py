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
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.scenario import parse_quantity
from core.units import format_plain, format_quantity
from gui import plaintext
from gui.i18n import bind
from gui.inputs.quantity import ERROR_STYLE


def tr(text: str, context: str = "Inputs") -> str:
    return QCoreApplication.translate(context, text)


#: a site's region code, kept beside the name its cell shows
CODE_ROLE = Qt.ItemDataRole.UserRole + 11


def region_name(code: str) -> str:
    """``"Japan (JP)"``: the name a person reads, with the code the scenario keeps."""
    from core.catalog import catalog

    r = catalog().regions.get(code)
    return f"{r.name} ({code})" if r is not None and r.name != code else code


class RegionDelegate(QStyledItemDelegate):
    """The region column edits with the main region picker's list (the same groups, search and the person's
    own grids): type any part of a name or code, or pick from the list."""

    def __init__(self, sites: SitesTable):
        super().__init__(sites.table)
        self.sites = sites

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        picker = self.sites.region_picker
        if picker is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(picker.model)  # shared, so the person's own grids are there too
        combo.view().setMinimumWidth(420)
        completer = QCompleter(picker.model, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Inputs", "Type a country, region or cloud region")
        )
        combo.activated.connect(lambda _row, c=combo: self._chosen(c))
        completer.activated[str].connect(lambda text, c=combo: self._completed(c, text))
        return combo

    def _completed(self, combo: QComboBox, text: str) -> None:
        row = combo.findText(text)
        if row >= 0:
            combo.setCurrentIndex(row)
            self._chosen(combo)

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if not isinstance(editor, QComboBox):
            return super().setEditorData(editor, index)
        code = index.data(CODE_ROLE) or index.data()
        from gui.inputs.pickers import ID_ROLE

        model = editor.model()
        row = next((r for r in range(model.rowCount()) if model.item(r).data(ID_ROLE) == code), -1)
        editor.setCurrentIndex(row)

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if not isinstance(editor, QComboBox):
            return super().setModelData(editor, model, index)
        from gui.inputs.pickers import ID_ROLE

        item = editor.model().item(editor.currentIndex()) if editor.currentIndex() >= 0 else None
        code = item.data(ID_ROLE) if item is not None else None
        if code:
            model.setData(index, code, CODE_ROLE)
            model.setData(index, region_name(code))


class SitesTable(QWidget):
    """Distributed deployment: one row per data centre with its region, load share and PUE."""

    edited = Signal(object)  # list of site dicts

    COLUMNS = (
        QT_TRANSLATE_NOOP("Inputs", "Region"),
        QT_TRANSLATE_NOOP("Inputs", "Load share (%)"),
        QT_TRANSLATE_NOOP("Inputs", "PUE"),
        QT_TRANSLATE_NOOP("Inputs", "Average power"),
        QT_TRANSLATE_NOOP("Inputs", "Peak power"),
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        bind(self.table, "setHorizontalHeaderLabels", lambda: [tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the region's name takes the room left
        #: the main region picker, whose list the region column edits with (set by the input panel)
        self.region_picker: Any = None
        self.table.setItemDelegateForColumn(0, RegionDelegate(self))
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
        self.error = plaintext.plain_label(parent=self)
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
            cell = self.table.item(r, 0)
            code = str((cell.data(CODE_ROLE) or cell.text()) if cell else "").strip()
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
        for c, text in enumerate(
            (region_name(code), format_plain(share * 100, 4), format_plain(pue, 3), "", "")
        ):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(CODE_ROLE, code)
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
            self.table.item(i, 0).data(CODE_ROLE) != s.region for i, s in enumerate(sites)
        ):
            self.table.setRowCount(0)
            for s in sites:
                self._append(s.region, s.load_share, s.pue)
        for i, p in enumerate(powers[: self.table.rowCount()]):
            # in W, kW or MW as the size asks: a small site reads "7.3 kW", never "7.3e-03"
            self.table.item(i, 3).setText(format_quantity(p["inference_average_power_mw"] * 1e6, "power_w"))
            self.table.item(i, 4).setText(format_quantity(p["inference_peak_power_mw"] * 1e6, "power_w"))
        self.table.blockSignals(False)
        self._update_note()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def hide_error(self) -> None:
        self.error.hide()
