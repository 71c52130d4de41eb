"""Everyday equivalents at a stated scale, and the A-G energy label with its thresholds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.units import format_count, format_quantity, significant
from gui.i18n import bind
from gui.whatif.base import LazyPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


LABEL_COLOURS = ("#00843D", "#4BA946", "#BED630", "#FFF200", "#FDB913", "#F37021", "#ED1C24")


class EnergyLabel(QWidget):
    """An appliance-style A-G scale of energy per query with the current class marked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.letter = "A"
        self.wh = 0.0
        self.setMinimumSize(330, 7 * 22 + 10)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_value(self, wh: float) -> None:
        from core.analysis import energy_label

        self.wh = wh
        self.letter = energy_label(wh)
        self.setAccessibleName(
            tr("Energy label {c}: {wh} Wh per query").format(c=self.letter, wh=significant(wh, 3))
        )
        self.update()

    def paintEvent(self, event: Any) -> None:
        from core.analysis import LABEL_BOUNDS_WH

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = 22
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        bounds = [*LABEL_BOUNDS_WH, None]
        for i, letter in enumerate("ABCDEFG"):
            y = 4 + i * row
            w = 120 + i * 20
            painter.fillRect(QRectF(4, y, w, row - 4), QColor(LABEL_COLOURS[i]))
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(10, y, w, row - 4), int(Qt.AlignmentFlag.AlignVCenter), letter)
            lo = LABEL_BOUNDS_WH[i - 1] if i else 0
            text = f"≤ {bounds[i]:g} Wh" if bounds[i] is not None else f"> {lo:g} Wh"
            painter.setPen(QColor("#111111"))
            painter.drawText(QRectF(30, y, w - 30, row - 4), int(Qt.AlignmentFlag.AlignVCenter), text)
            if letter == self.letter:
                painter.setPen(QColor("#111111"))
                x = w + 12
                painter.fillRect(QRectF(x, y - 1, 150, row - 2), QColor("#222222"))
                painter.setPen(QColor("white"))
                painter.drawText(
                    QRectF(x + 6, y - 1, 144, row - 2),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    f"◀ {letter} · {significant(self.wh, 3)} Wh",
                )
        painter.end()


# ----- everyday equivalents ------------------------------------------------------------------------------

SCALE_NAMES = {
    "per_query": "Per query",
    "per_day": "Per day of serving",
    "deployment": "Over the whole deployment",
    "population": "If N people asked M times a day",
}


#: what each scale means, stated next to the numbers (marked for translation in gui/i18n_marks.py)
SCALE_WORDS = {
    "per_query": "per query",
    "per_day": "per day of serving",
    "deployment": "over the whole life: training, serving and hardware",
}


class EquivalentsView(LazyPanel):
    """Results turned into things people feel, at a stated scale, and the A-G energy label."""

    def __init__(self, presenter: Any, parent: QWidget | None = None):
        super().__init__(presenter, parent)
        from core.analysis import LABEL_BASIS, SCALES

        self.scale = QComboBox()
        for i, key in enumerate(SCALES):
            self.scale.addItem("", key)
            bind(self.scale, "setItemText", lambda key=key: tr(SCALE_NAMES[key]), i)
        self.scale.setCurrentIndex(self.scale.findData("deployment"))
        self.people = QDoubleSpinBox()
        self.people.setRange(1, 1e10)
        self.people.setDecimals(0)
        self.people.setValue(1_000_000)
        self.people.setGroupSeparatorShown(True)
        bind(self.people, "setSuffix", lambda: tr(" people"))
        self.times = QDoubleSpinBox()
        self.times.setRange(0.01, 10_000)
        self.times.setDecimals(2)
        self.times.setValue(10)
        bind(self.times, "setSuffix", lambda: tr(" queries a day each"))
        for w in (self.scale, self.people, self.times):
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged).connect(
                lambda *_: self.refresh()
            )
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        f = self.headline.font()
        f.setBold(True)
        self.headline.setFont(f)
        self.table = QTableWidget(0, 3)
        bind(
            self.table,
            "setHorizontalHeaderLabels",
            lambda: [tr("About"), tr("Everyday equivalent"), tr("Factor and source")],
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 6)
        self.label = EnergyLabel()
        self.label_text = QLabel()
        self.label_text.setWordWrap(True)
        self.basis = bind(QLabel(), "setText", lambda: tr(LABEL_BASIS))
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555555;")
        scale_row = QHBoxLayout()
        scale_row.addWidget(bind(QLabel(), "setText", lambda: tr("Scale")))
        scale_row.addWidget(self.scale, 1)
        scale_row.addWidget(self.people)
        scale_row.addWidget(self.times)
        label_box = QHBoxLayout()
        label_box.addWidget(self.label)
        side = QVBoxLayout()
        side.addWidget(self.label_text)
        side.addWidget(self.basis)
        side.addStretch(1)
        label_box.addLayout(side, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(scale_row)
        lay.addWidget(self.headline)
        lay.addWidget(self.table, 1)
        lay.addWidget(bind(QLabel(), "setText", lambda: f"<b>{tr('Energy label, energy per query')}</b>"))
        lay.addLayout(label_box)
        self.rows: list[dict[str, Any]] = []
        self.stated: dict[str, Any] = {}

    def scale_words(self, key: str) -> str:
        """The scale stated next to every number, in the window's language (core.analysis.scaled)."""
        if key == "population":
            return tr("per day if {n} people asked {m} times a day").format(
                n=f"{self.people.value():,.0f}", m=f"{self.times.value():g}"
            )
        return tr(SCALE_WORDS[key])

    def draw(self, scenario: Any) -> None:
        from core.analysis import equivalents, scaled
        from core.estimator import estimate

        r = estimate(scenario)
        key = self.scale.currentData()
        population = key == "population"
        self.people.setVisible(population)
        self.times.setVisible(population)
        self.stated = scaled(r, key, self.people.value(), self.times.value())
        self.rows = equivalents(self.stated["energy_kwh"], self.stated["co2e_kg"])
        self.stated["label"] = self.scale_words(key)
        self.headline.setText(
            tr("{e} and {c} CO2e, {scale}").format(
                e=format_quantity(self.stated["energy_kwh"], "energy_kwh"),
                c=format_quantity(self.stated["co2e_kg"], "mass_kg"),
                scale=self.stated["label"],
            )
        )
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderItem(
            0, QTableWidgetItem(tr("About, {scale}").format(scale=tr(SCALE_NAMES[key]).lower()))
        )
        from gui.i18n import current_language

        ja = current_language() == "ja"
        for i, q in enumerate(self.rows):
            # the source in the window's language (resources/data/equivalents.csv has both), with its year
            source = q.get("source_ja") if ja and q.get("source_ja") else q["source"]
            q["source_shown"] = f"{q['year']} · {source}" if q.get("year") else source
            cells = (
                format_count(q["count"], 3),
                tr(q["unit"]),
                f"{q['factor']:,.6g} {q['factor_unit']} {tr('each')} · {q['source_shown']}",
            )
            for j, text in enumerate(cells):
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, j, item)
                item.setText(text)
                item.setToolTip(f"{q['source_shown']}\n{self.stated['label']}")
            self.table.item(i, 0).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        wh = float(r["inference.energy_per_query_wh"])
        self.label.set_value(wh)
        self.label_text.setText(
            tr("Class {c}: {wh} Wh per query at the facility meter (p5–p95 in the headline panel).").format(
                c=self.label.letter, wh=significant(wh, 3)
            )
        )


# ----- the dock ---------------------------------------------------------------------------------------------
