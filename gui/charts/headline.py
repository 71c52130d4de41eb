"""The headline numbers: lifetime energy, CO2e, water, average power and per query, with p5-p95 ranges.

Each card paints its value, range and detail lines in one widget of fixed height, so a new number repaints
only the line that changed and never re-lays out the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.units import format_quantity, format_range, significant
from gui.charts.card import TextLine, fitted_font
from gui.charts.palette import INK

# ----- 5. headline ------------------------------------------------------------------------------------


class CardLine:
    """One line of a :class:`CardText`: its text, font and colour. Not a widget: the card paints it."""

    def __init__(self, owner: CardText, font: QFont, color: str, lines: int = 1):
        self._owner = owner
        self._color = QColor(color)
        self.lines = lines
        self._text = ""
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if lines > 1:
            flags |= Qt.TextFlag.TextWordWrap
        # worked out once: combining Qt flags in Python costs more than drawing a line
        self.flags = int(flags)
        self._set_font(font)

    def _set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        # Numbers and Latin or Japanese text need no shaping (ligatures, kerning): leaving it out makes
        # drawing a line about a quarter faster, and these lines are redrawn on every change.
        self._font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self._height = self.lines * QFontMetrics(self._font).lineSpacing() + 2

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._owner.changed(self)

    def font(self) -> QFont:
        return QFont(self._font)

    def setFont(self, font: QFont) -> None:
        self._set_font(font)
        self._owner.fit()

    def height(self) -> int:
        return self._height


class CardText(QWidget):
    """A headline card's value, range and detail lines, painted together.

    Fifteen separate line widgets meant fifteen paint events on every change, as costly as a chart's
    repaint; the card paints its three lines in one. Fixed height, so new text never re-lays out the window.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        big = QFont(self.font())
        big.setPointSizeF(max(15.0, big.pointSizeF() * 1.75))
        big.setBold(True)
        self.value = CardLine(self, big, INK)
        self.range = CardLine(self, self.font(), INK)
        self.detail = CardLine(self, self.font(), "#555555", lines=2)
        self.lines = [self.value, self.range, self.detail]
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # paints its own background
        self.fit()

    def fit(self) -> None:
        self.setFixedHeight(sum(line.height() for line in self.lines))

    def changed(self, line: CardLine) -> None:
        """Repaint ``line`` only: a value that moved leaves an unchanged detail alone."""
        self.setAccessibleName(" · ".join(other.text() for other in self.lines if other.text()))
        y = 0
        for other in self.lines:
            if other is line:
                self.update(0, y, self.width(), line._height)
                return
            y += other._height

    def drawn_fonts(self) -> list[QFont]:
        """Each line's font, or a smaller size of it where its text would not fit the card's width: a card
        shrinks its type rather than cut digits ("949 MWl")."""
        return [
            fitted_font(line._font, line._text, self.width(), line._height, line.lines) for line in self.lines
        ]

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        width = self.width()
        fonts = self.drawn_fonts()
        exposed = event.rect()
        painter.fillRect(exposed, self.palette().window())
        top, bottom = exposed.top(), exposed.bottom()
        y = 0
        for line, font in zip(self.lines, fonts, strict=True):
            if y <= bottom and y + line._height > top:
                painter.setFont(font)
                painter.setPen(line._color)
                painter.drawText(QRect(0, y, width, line._height), line.flags, line._text)
            y += line._height
        painter.end()


class HeadlineCard(QFrame):
    def __init__(self, caption: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        self.caption = TextLine(caption, 1, self, color="#555555")  # shrinks rather than cuts a long caption
        self.text = CardText(self)
        self.value, self.range, self.detail = self.text.value, self.text.range, self.text.detail
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.setSpacing(0)
        lay.addWidget(self.caption)
        lay.addWidget(self.text)
        lay.addStretch(1)

    def set(self, value: str, rng: str, detail: str) -> None:
        for line, text in ((self.value, value), (self.range, rng), (self.detail, detail)):
            line.setText(text)


class HeadlinePanel(QWidget):
    """Large numbers for lifetime energy, CO2e, water and average power, with p5-p95 ranges, and per query."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.energy = HeadlineCard(
            QCoreApplication.translate("Charts", "Lifetime energy"),
            QCoreApplication.translate(
                "Charts",
                "Training (with experiments) plus serving over the deployment, at the facility meter.",
            ),
        )
        self.co2 = HeadlineCard(
            QCoreApplication.translate("Charts", "Lifetime CO2e"),
            QCoreApplication.translate(
                "Charts", "Location-based operational emissions plus the hardware's manufacturing share."
            ),
        )
        self.water = HeadlineCard(
            QCoreApplication.translate("Charts", "Lifetime water"),
            QCoreApplication.translate(
                "Charts",
                "On-site cooling water (WUE) plus water used to generate the electricity (Li et al. 2023).",
            ),
        )
        self.power = HeadlineCard(
            QCoreApplication.translate("Charts", "Average power, serving"),
            QCoreApplication.translate(
                "Charts",
                "Average facility power drawn while serving; the training run's draw is shown below.",
            ),
        )
        self.query = HeadlineCard(
            QCoreApplication.translate("Charts", "Per query"),
            QCoreApplication.translate(
                "Charts",
                "One query's share of serving energy, CO2e and water, idle capacity and PUE included.",
            ),
        )
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        for i, card in enumerate((self.energy, self.co2, self.water, self.power, self.query)):
            lay.addWidget(card, 0, i)
            lay.setColumnStretch(i, 1)

    def update_snapshot(self, snap: Any) -> None:
        r, m = snap.results, snap.ranges
        pr = QCoreApplication.translate("Charts", "p5–p95: {range}")

        def rng(key: str, family: str, scale: float = 1.0) -> str:
            q = m[key]
            return pr.format(range=format_range(q["p5"] * scale, q["p95"] * scale, family))

        self.energy.set(
            format_quantity(r["lifecycle.energy_kwh"], "energy_kwh"),
            rng("lifecycle.energy_kwh", "energy_kwh"),
            QCoreApplication.translate("Charts", "training {t} · serving {s}").format(
                t=format_quantity(r["lifecycle.training_energy_kwh"], "energy_kwh", 2),
                s=format_quantity(r["inference.energy_kwh"], "energy_kwh", 2),
            ),
        )
        self.co2.set(
            format_quantity(r["lifecycle.co2e_kg"], "mass_kg"),
            rng("lifecycle.co2e_kg", "mass_kg"),
            QCoreApplication.translate("Charts", "market-based {m}").format(
                m=format_quantity(r["lifecycle.co2e_market_kg"], "mass_kg", 2)
            ),
        )
        self.water.set(
            format_quantity(r["lifecycle.water_l"], "water_l"),
            rng("lifecycle.water_l", "water_l"),
            QCoreApplication.translate("Charts", "on-site cooling + power generation"),
        )
        self.power.set(
            format_quantity(r["inference.average_power_mw"] * 1e6, "power_w"),
            rng("inference.average_power_mw", "power_w", 1e6),
            QCoreApplication.translate("Charts", "training run {p} for {d} days").format(
                p=format_quantity(r["training.average_power_mw"] * 1e6, "power_w", 2),
                d=significant(r["training.wall_clock_days"], 3),
            ),
        )
        qw, qg, qm = (
            m[k]
            for k in (
                "inference.energy_per_query_wh",
                "inference.co2e_per_query_g",
                "inference.water_per_query_ml",
            )
        )
        # per-query figures stay in Wh, g and mL, the units published per prompt (Elsworth et al. 2025):
        # "21.8 mWh" next to "949 MWh" would invite a misreading by a factor of a thousand million
        self.query.set(
            f"{significant(r['inference.energy_per_query_wh'], 3)} Wh",
            pr.format(range=f"{significant(qw['p5'], 2)}–{significant(qw['p95'], 2)} Wh"),
            QCoreApplication.translate("Charts", "{g} g CO2e · {ml} mL water").format(
                g=significant(r["inference.co2e_per_query_g"], 3),
                ml=significant(r["inference.water_per_query_ml"], 3),
            ),
        )
        if snap.interactive:
            return  # the exact per-query ranges in the tooltip follow when the drag rests (no one hovers mid-drag)
        self.query.setToolTip(
            QCoreApplication.translate(
                "Charts", "Energy, CO2e and water of one query; p5–p95: {w} Wh, {g} g CO2e, {ml} mL water."
            ).format(
                w=f"{significant(qw['p5'], 2)}–{significant(qw['p95'], 2)}",
                g=f"{significant(qg['p5'], 2)}–{significant(qg['p95'], 2)}",
                ml=f"{significant(qm['p5'], 2)}–{significant(qm['p95'], 2)}",
            )
        )
