"""The catalog pickers: accelerators and grid regions, grouped, searchable, with their specs and sources.

Thin widgets: they emit the chosen id and show what they are given; user-defined entries are marked.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog import Accelerator, Catalog, Region
from core.units import format_plain, significant
from gui import plaintext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str, context: str = "Inputs") -> str:
    return QCoreApplication.translate(context, text)


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
    """ "700 W · 989 TFLOPS · 80 GB · 1.41 TFLOP/J". A line too narrow for it wraps between the figures only: a
    figure keeps its unit (no-break space) and "TFLOP/J" its "J" (word joiner; Japanese line breaking split
    it after the slash), and a "·" stays at the end of the line it follows."""

    def n(v: float | None, unit: str, digits: int = 3) -> str:
        unit = unit.replace("/", "/\u2060")
        return f"{format_plain(v, digits)}\u00a0{unit}" if v else f"–\u00a0{unit}"

    peak = acc.peak_flops("bf16")
    fpj = acc.flop_per_joule
    return "\u00a0· ".join(
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
            "GPU": QT_TRANSLATE_NOOP("Inputs", "GPUs"),
            "TPU": QT_TRANSLATE_NOOP("Inputs", "TPUs"),
            "ASIC": QT_TRANSLATE_NOOP("Inputs", "Other AI chips (ASIC)"),
        }
        self.for_inference = for_inference
        self._headers: list[tuple[QStandardItem, str]] = []
        for typ, title in groups.items():
            header = _header_item(QCoreApplication.translate("Inputs", title))
            self._headers.append((header, title))
            self.model.appendRow(header)
            for acc in sorted(
                (a for a in cat.accelerators.values() if a.type == typ), key=lambda a: (a.vendor, a.name)
            ):
                item = QStandardItem(acc.label)
                item.setData(acc.id, ID_ROLE)
                item.setData(accelerator_specs(acc), DETAIL_ROLE)
                if self._missing(acc):
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self._tip(acc))
                self.model.appendRow(item)
        self.combo.setModel(self.model)
        self.combo.setItemDelegate(_DetailDelegate(self.combo))
        self.combo.view().setMinimumWidth(520)
        self.combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.specs = plaintext.plain_label(parent=self)
        self.specs.setWordWrap(True)
        self.specs.setStyleSheet("color: #555555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.combo)
        lay.addWidget(self.specs)
        self._cat = cat
        self.combo.activated.connect(self._activated)

    def _missing(self, acc: Accelerator) -> list[str]:
        return acc.missing_for_inference() if self.for_inference else acc.missing_for_training("bf16")

    def _tip(self, acc: Accelerator) -> str:
        tip = f"{acc.label}: {accelerator_specs(acc)}\n{QCoreApplication.translate('Inputs', 'Source:')} {acc.source[:300]}"
        missing = self._missing(acc)
        if missing:
            tip = (
                QCoreApplication.translate(
                    "Inputs", "Not available: the catalog lacks {what} for this chip."
                ).format(what=", ".join(missing))
                + "\n"
                + tip
            )
        return plaintext.tooltip(tip)

    def retranslate(self) -> None:
        """Group headings and the catalog rows' tooltips in the current language."""
        for header, title in self._headers:
            header.setText(QCoreApplication.translate("Inputs", title))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            acc = self._cat.accelerators.get(item.data(ID_ROLE) or "")
            if acc is not None:
                item.setToolTip(self._tip(acc))

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
                QT_TRANSLATE_NOOP("Inputs", "World and groups"),
                [r for r in regions if r.level in ("world", "aggregate")],
            ),
            (
                QT_TRANSLATE_NOOP("Inputs", "Countries"),
                sorted((r for r in regions if r.level == "country"), key=lambda r: r.name),
            ),
            (
                QT_TRANSLATE_NOOP("Inputs", "Regions within countries"),
                sorted((r for r in regions if r.level in ("subnational", "utility")), key=lambda r: r.name),
            ),
            (
                QT_TRANSLATE_NOOP("Inputs", "Cloud regions"),
                sorted((r for r in regions if r.level == "cloud"), key=lambda r: r.code),
            ),
        )
        self._rows: dict[str, int] = {}
        self._headers: list[tuple[QStandardItem, str]] = []
        for title, items in sections:
            header = _header_item(QCoreApplication.translate("Inputs", title))
            self._headers.append((header, title))
            self.model.appendRow(header)
            for r in items:
                item = QStandardItem(region_text(r))
                item.setData(r.code, ID_ROLE)
                item.setToolTip(
                    plaintext.tooltip(
                        f"{r.name}: {r.gco2e_per_kwh:g} gCO2e/kWh ({r.year or '?'})\n{r.basis}\n{r.source[:300]}"
                    )
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
        self._placeholder()
        self.info = plaintext.plain_label(parent=self)
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #555555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.combo)
        lay.addWidget(self.info)
        self._current = ""
        #: the line shown under the picker for each user-defined grid, by id (filled by custom_defs.PickerSync)
        self.user_infos: dict[str, str] = {}
        self.combo.activated.connect(self._activated)
        completer.activated[str].connect(self._completed)
        self.combo.lineEdit().editingFinished.connect(self._restore_text)

    def _activated(self, row: int) -> None:
        code = self.model.item(row).data(ID_ROLE)
        if code:
            self.chosen.emit(code)

    def _placeholder(self) -> None:
        self.combo.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Inputs", "Type a country, region or cloud region")
        )

    def retranslate(self) -> None:
        """Group headings, the search hint and the chosen grid's line in the current language."""
        for header, title in self._headers:
            header.setText(QCoreApplication.translate("Inputs", title))
        self._placeholder()
        if self._current:
            self.set_current(self._current)

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
        if row is None:  # a user-defined grid, listed after the catalog's (gui.inputs.custom_defs)
            row = next(
                (r for r in range(self.model.rowCount()) if self.model.item(r).data(ID_ROLE) == code), None
            )
            if row is not None:
                self.combo.setCurrentIndex(row)
                self.info.setText(self.user_infos.get(code, ""))
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
        self.info.setToolTip(plaintext.tooltip(r.source))


def _short_source(source: str) -> str:
    head = source.split(",")[0].split("(")[0].strip()
    return head[:60] + ("…" if len(head) > 60 else "")
