"""Input widgets: a slider linked both ways to a number box, and the catalog pickers.

Thin widgets: they turn what the person does into ``(path, value)`` pairs and show what they are given.
They never hold the scenario; :mod:`gui.main_window` wires them to the presenter in one place.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog import Accelerator, Catalog, Region
from core.scenario import field_range, parse_quantity
from core.units import format_count, format_plain, significant
from gui.fields import FieldSpec

STEPS = 1000
ERROR_STYLE = "color: #B3261E;"  # a red that reads on light backgrounds; text also says what is wrong
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str, context: str = "Inputs") -> str:
    return QCoreApplication.translate(context, text)


class QuantityInput(QObject):
    """One numeric field: label, slider (linear or log), number box, unit and an inline error line."""

    edited = Signal(str, object)  # path, new value (None = cleared optional field)

    def __init__(self, spec: FieldSpec, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        lo, hi, _unit = field_range(spec.path)
        self.allowed = (lo, hi)
        self.value: Any = None
        self._shown_text = ""  # what the box was last given for ``value``, to skip formatting it again

        label_text = QCoreApplication.translate("Fields", spec.label)
        tip = QCoreApplication.translate("Fields", spec.tip)
        self.label = QLabel(label_text, parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(0, STEPS)
        self.slider.setPageStep(STEPS // 20)
        self.slider.setSingleStep(max(1, STEPS // 200))
        self.slider.setMinimumWidth(80)
        self.box = QLineEdit(parent)
        self.box.setFixedWidth(76)
        self.box.setAlignment(Qt.AlignmentFlag.AlignRight)
        if spec.optional:
            self.box.setPlaceholderText(QCoreApplication.translate("Fields", spec.optional))
            self.box.setClearButtonEnabled(True)
        self.unit = QLabel(QCoreApplication.translate("Units", spec.unit) if spec.unit else "", parent)
        self.unit.setMinimumWidth(34)
        self.error = QLabel(parent)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.label.setBuddy(self.box)
        allowed = self.allowed_text()
        full_tip = f"{tip}\n{QCoreApplication.translate('Inputs', 'Allowed:')} {allowed}"
        for w in (self.label, self.slider, self.box, self.unit):
            w.setToolTip(full_tip)
        self.slider.setAccessibleName(label_text)
        self.box.setAccessibleName(label_text)
        self.slider.setObjectName(f"slider:{spec.path}")
        self.box.setObjectName(f"box:{spec.path}")

        self.slider.valueChanged.connect(self._slider_moved)
        self.box.editingFinished.connect(self._box_edited)

    def add_to(self, grid: QGridLayout, row: int) -> int:
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.slider, row, 1)
        grid.addWidget(self.box, row, 2)
        grid.addWidget(self.unit, row, 3)
        grid.addWidget(self.error, row + 1, 0, 1, 4)
        return row + 2

    # ----- mapping -----------------------------------------------------------------------------
    def to_position(self, value: float | None) -> int:
        s = self.spec
        if value is None:
            return self.slider.value()
        if s.log:
            if value <= 0:
                return 0
            f = (math.log10(value) - math.log10(s.lo)) / (math.log10(s.hi) - math.log10(s.lo))
        else:
            f = (value - s.lo) / (s.hi - s.lo)
        return round(min(1.0, max(0.0, f)) * STEPS)

    def from_position(self, pos: int) -> float:
        s = self.spec
        f = pos / STEPS
        if s.log:
            v = 10 ** (math.log10(s.lo) + f * (math.log10(s.hi) - math.log10(s.lo)))
            v = float(f"{v:.2e}")  # three significant figures: a clean number to read and type
        else:
            v = s.lo + f * (s.hi - s.lo)
            decimals = max(0, 2 - math.floor(math.log10(s.hi - s.lo)))
            v = round(v, decimals)
        if s.integer:
            return round(v)
        return v

    def format(self, value: float | None) -> str:
        if value is None:
            return ""
        s = self.spec
        if s.percent:
            return format_plain(value * 100.0, 3)
        if s.count:
            return format_count(value)
        return format_plain(value, 4)

    def allowed_text(self) -> str:
        lo, hi = self.allowed
        s = self.spec
        unit = QCoreApplication.translate("Units", s.unit) if s.unit else ""
        if s.percent:
            return f"{format_plain(lo * 100, 3)}–{format_plain(hi * 100, 3)} %"
        if s.count:
            return f"{format_count(lo)}–{format_count(hi)} {unit}".strip()
        return f"{format_plain(lo, 4)}–{format_plain(hi, 4)} {unit}".strip()

    # ----- user actions --------------------------------------------------------------------------
    def _slider_moved(self, pos: int) -> None:
        value = self.from_position(pos)
        self._shown_text = self.format(value)
        self.box.setText(self._shown_text)
        self.hide_error()
        self.edited.emit(self.spec.path, value)

    def _box_edited(self) -> None:
        text = self.box.text().strip()
        if text == self.format(self.value) and not self.error.isVisible():
            return
        value = self.parse(text)
        if isinstance(value, str):  # a message
            self.show_error(value)
            return
        self.edited.emit(self.spec.path, value)

    def parse(self, text: str) -> float | int | str | None:
        """The value typed, or a message naming the field and the allowed range."""
        s = self.spec
        name = QCoreApplication.translate("Fields", s.label)
        if not text:
            if s.optional:
                return None
            return QCoreApplication.translate(
                "Inputs", "{name}: a value is required; allowed {range}"
            ).format(name=name, range=self.allowed_text())
        t = text[:-1] if s.percent and text.endswith("%") else text
        v = parse_quantity(t)
        if v is None:
            return QCoreApplication.translate(
                "Inputs", "{name}: '{text}' is not a number; allowed {range}"
            ).format(name=name, text=text[:30], range=self.allowed_text())
        if s.percent:
            v = v / 100.0
        lo, hi = self.allowed
        if (lo is not None and v < lo) or (hi is not None and v > hi):
            shown = text[:30]
            return QCoreApplication.translate(
                "Inputs", "{name}: {text} is out of range; allowed {range}"
            ).format(name=name, text=shown, range=self.allowed_text())
        if s.integer:
            if not float(v).is_integer():
                return QCoreApplication.translate(
                    "Inputs", "{name}: {text} is not a whole number; allowed {range}"
                ).format(name=name, text=text[:30], range=self.allowed_text())
            return int(v)
        return v

    # ----- shown state -------------------------------------------------------------------------
    def show_value(self, value: Any) -> None:
        """Show a value from the scenario without emitting anything."""
        if value == self.value and self.box.text() == self._shown_text:
            return
        self.value = value
        self.slider.blockSignals(True)
        self.slider.setValue(self.to_position(value))
        self.slider.blockSignals(False)
        if not self.box.hasFocus() or not self.error.isVisible():
            self._shown_text = self.format(value)
            self.box.setText(self._shown_text)

    def show_derived(self, derived: float | None) -> None:
        """For an empty optional field: put the slider where the derived value is and show it greyed."""
        if not self.spec.optional or self.value is not None or derived is None or not math.isfinite(derived):
            return
        word = QCoreApplication.translate("Fields", self.spec.optional)
        text = f"{word}: {self.format(derived)}"
        if self.box.fontMetrics().horizontalAdvance(text) > self.box.width() - 26:
            text = self.format(derived)
        if self.box.placeholderText() != text:
            self.box.setPlaceholderText(text)
        pos = self.to_position(derived)
        if self.slider.value() != pos:
            self.slider.blockSignals(True)
            self.slider.setValue(pos)
            self.slider.blockSignals(False)

    def accept(self, value: Any) -> None:
        self.value = value
        self.hide_error()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.box.setStyleSheet("border: 1px solid #B3261E;")

    def hide_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.box.setStyleSheet("")

    def widgets(self) -> list[QWidget]:
        return [self.slider, self.box]


# ----- catalog pickers ------------------------------------------------------------------------------


class _DetailDelegate(QStyledItemDelegate):
    """Shows the item's detail text after its name, in the drop-down list only."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        detail = index.data(DETAIL_ROLE)
        if detail:
            option.text = f"{option.text}    {detail}"

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 22))


def _header_item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    item.setForeground(QColor("#555555"))
    return item


def accelerator_specs(acc: Accelerator) -> str:
    def n(v: float | None, unit: str, digits: int = 3) -> str:
        return f"{format_plain(v, digits)} {unit}" if v else f"– {unit}"

    peak = acc.peak_flops("bf16")
    fpj = acc.flop_per_joule
    return " · ".join(
        [
            n(acc.tdp_w, "W"),
            n(peak / 1e12 if peak else None, "TFLOPS"),
            n(acc.memory_gb, "GB"),
            n(fpj / 1e12 if fpj else None, "TFLOP/J"),
        ]
    )


class AcceleratorPicker(QWidget):
    """A combo box grouped GPU / TPU / ASIC, with TDP, peak TFLOPS, memory and FLOP/J of each chip."""

    chosen = Signal(str)

    def __init__(self, cat: Catalog, for_inference: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model = QStandardItemModel(self)
        groups = {
            "GPU": QCoreApplication.translate("Inputs", "GPUs"),
            "TPU": QCoreApplication.translate("Inputs", "TPUs"),
            "ASIC": QCoreApplication.translate("Inputs", "Other AI chips (ASIC)"),
        }
        for typ, title in groups.items():
            self.model.appendRow(_header_item(title))
            for acc in sorted(
                (a for a in cat.accelerators.values() if a.type == typ), key=lambda a: (a.vendor, a.name)
            ):
                item = QStandardItem(acc.label)
                item.setData(acc.id, ID_ROLE)
                item.setData(accelerator_specs(acc), DETAIL_ROLE)
                missing = acc.missing_for_inference() if for_inference else acc.missing_for_training("bf16")
                tip = f"{acc.label}: {accelerator_specs(acc)}\n{QCoreApplication.translate('Inputs', 'Source:')} {acc.source[:300]}"
                if missing:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    tip = (
                        QCoreApplication.translate(
                            "Inputs", "Not available: the catalog lacks {what} for this chip."
                        ).format(what=", ".join(missing))
                        + "\n"
                        + tip
                    )
                item.setToolTip(tip)
                self.model.appendRow(item)
        self.combo.setModel(self.model)
        self.combo.setItemDelegate(_DetailDelegate(self.combo))
        self.combo.view().setMinimumWidth(520)
        self.combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.specs = QLabel(self)
        self.specs.setWordWrap(True)
        self.specs.setStyleSheet("color: #555555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.combo)
        lay.addWidget(self.specs)
        self._cat = cat
        self.combo.activated.connect(self._activated)

    def _activated(self, row: int) -> None:
        aid = self.model.item(row).data(ID_ROLE)
        if aid:
            self.chosen.emit(aid)

    def current_id(self) -> str | None:
        item = self.model.item(self.combo.currentIndex())
        return item.data(ID_ROLE) if item else None

    def set_current(self, aid: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == aid:
                if self.combo.currentIndex() != row:
                    self.combo.setCurrentIndex(row)
                acc = self._cat.accelerators.get(aid)
                self.specs.setText(accelerator_specs(acc) if acc else "")
                return

    def enabled_ids(self) -> list[str]:
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(ID_ROLE) and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                out.append(item.data(ID_ROLE))
        return out


def region_text(r: Region) -> str:
    year = f", {r.year}" if r.year else ""
    return f"{r.name} ({r.code}) · {significant(r.gco2e_per_kwh, 3)} g/kWh{year}"


class RegionPicker(QWidget):
    """A searchable picker over countries, sub-regions and cloud regions (type any part of a name or code)."""

    chosen = Signal(str)

    def __init__(self, cat: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._cat = cat
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.model = QStandardItemModel(self)
        regions = list(cat.regions.values())
        sections = (
            (
                QCoreApplication.translate("Inputs", "World and groups"),
                [r for r in regions if r.level in ("world", "aggregate")],
            ),
            (
                QCoreApplication.translate("Inputs", "Countries"),
                sorted((r for r in regions if r.level == "country"), key=lambda r: r.name),
            ),
            (
                QCoreApplication.translate("Inputs", "Regions within countries"),
                sorted((r for r in regions if r.level in ("subnational", "utility")), key=lambda r: r.name),
            ),
            (
                QCoreApplication.translate("Inputs", "Cloud regions"),
                sorted((r for r in regions if r.level == "cloud"), key=lambda r: r.code),
            ),
        )
        self._rows: dict[str, int] = {}
        for title, items in sections:
            self.model.appendRow(_header_item(title))
            for r in items:
                item = QStandardItem(region_text(r))
                item.setData(r.code, ID_ROLE)
                item.setToolTip(
                    f"{r.name}: {r.gco2e_per_kwh:g} gCO2e/kWh ({r.year or '?'})\n{r.basis}\n{r.source[:300]}"
                )
                self._rows[r.code] = self.model.rowCount()
                self.model.appendRow(item)
        self.combo.setModel(self.model)
        self.combo.view().setMinimumWidth(460)
        completer = QCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.popup().setMinimumWidth(460)
        self.combo.setCompleter(completer)
        self.combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Inputs", "Type a country, region or cloud region")
        )
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.combo)
        lay.addWidget(self.info)
        self._current = ""
        self.combo.activated.connect(self._activated)
        completer.activated[str].connect(self._completed)
        self.combo.lineEdit().editingFinished.connect(self._restore_text)

    def _activated(self, row: int) -> None:
        code = self.model.item(row).data(ID_ROLE)
        if code:
            self.chosen.emit(code)

    def _completed(self, text: str) -> None:
        row = self.combo.findText(text)
        if row >= 0:
            self._activated(row)

    def _restore_text(self) -> None:
        row = self._rows.get(self._current)
        if row is not None and self.combo.currentText() != self.model.item(row).text():
            self.combo.setCurrentIndex(row)

    def choose(self, code: str) -> None:
        """Select a region as a person would (emits ``chosen``)."""
        row = self._rows.get(code)
        if row is not None:
            self.combo.setCurrentIndex(row)
            self._activated(row)

    def set_current(self, code: str) -> None:
        self._current = code
        row = self._rows.get(code)
        if row is None:
            return
        if self.combo.currentIndex() != row:
            self.combo.setCurrentIndex(row)
        self.combo.lineEdit().setCursorPosition(0)
        r = self._cat.regions[code]
        self.info.setText(
            QCoreApplication.translate("Inputs", "{g} gCO2e/kWh ({year}) · {source}").format(
                g=significant(r.gco2e_per_kwh, 3), year=r.year or "?", source=_short_source(r.source)
            )
        )
        self.info.setToolTip(r.source)


def _short_source(source: str) -> str:
    head = source.split(",")[0].split("(")[0].strip()
    return head[:60] + ("…" if len(head) > 60 else "")


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
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(70)
        self.table.setMaximumHeight(140)
        self.table.setToolTip(
            QCoreApplication.translate(
                "Inputs",
                "Sites of a distributed deployment: each runs its load share at its own PUE on its own grid; "
                "Average and Peak are the serving power each site's grid must supply (load shares must add up to 100 %).",
            )
        )
        self.add_button = QPushButton(QCoreApplication.translate("Inputs", "Add site"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("Inputs", "Remove"), self)
        self.even_button = QPushButton(QCoreApplication.translate("Inputs", "Split evenly"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.note = QLabel(
            QCoreApplication.translate("Inputs", "No sites: everything runs in the region above."), self
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
