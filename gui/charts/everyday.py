"""The compact line under the headline cards: the A-G energy label, "your 20 questions a day" and the whole
life in everyday terms, on the window's face rather than three clicks deep (UX review 2026-12, P2-5 and P2-6).

The numbers come from :mod:`core.analysis` (``energy_label``, ``personal_year``, ``everyday``) and the factors
from ``resources/data/equivalents.csv``, each with its source in the tooltip. A click opens the full table of
equivalents and the label's scale (Analyse > Sensitivity, sweeps and equivalents).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from core.units import format_count, format_quantity, significant
from gui.charts.card import TextLine

#: the colours of the appliance-style label, A (green) to G (red), as gui.whatif.equivalents draws them
LABEL_COLOURS = dict(
    zip("ABCDEFG", ("#00843D", "#4BA946", "#BED630", "#FFF200", "#FDB913", "#F37021", "#ED1C24"), strict=True)
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Everyday", text)


class LabelBadge(QWidget):
    """The class letter on its colour, as on an appliance label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.letter = ""
        self.base = QFont(self.font())
        self.set_side(None)

    def set_side(self, side: int | None) -> None:
        """As tall as two lines of text (None), or a given height (one line: it never makes the line taller)."""
        f = QFont(self.base)
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * (1.5 if side is None else 1.1))
        self.setFont(f)
        if side is None:
            side = self.fontMetrics().height() + 8
        self.setFixedSize(side, side)

    def set_letter(self, letter: str) -> None:
        if letter != self.letter:
            self.letter = letter
            self.update()

    def paintEvent(self, event: Any) -> None:
        if not self.letter:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(LABEL_COLOURS[self.letter]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(QColor("#111111"))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.letter)
        painter.end()


class EverydayLine(QWidget):
    """``badge`` (the A-G class of energy per question) and ``text`` (two fixed lines: the class and the
    personal year; the whole life in households). ``clicked``: the person asks for the full table."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("everydayLine")
        self.badge = LabelBadge(self)
        # two lines beside the cards in one row; one line, a little smaller, where they take two rows
        self.two = TextLine("", 2, self)
        self.one = TextLine("", 1, self)
        font = QFont(self.one.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)  # on an XGA projector every pixel goes to the charts
        self.one.setFont(font)
        self.one.hide()
        self.text = self.two  # the line shown
        for line in (self.two, self.one):
            line.setObjectName("everydayText")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 0, 2, 0)
        lay.setSpacing(8)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.two, 1)
        lay.addWidget(self.one, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.figures: dict[str, Any] = {}
        self.compact = False
        self.lines = ("", "")

    def set_compact(self, compact: bool) -> None:
        """One line (one question and your year) where the cards take two rows and height is short; the
        whole life in homes goes to the tooltip then. A change of mode only, never of text, re-lays out."""
        if compact == self.compact:
            return
        self.compact = compact
        self.text = self.one if compact else self.two
        self.two.setVisible(not compact)
        self.one.setVisible(compact)
        self.badge.set_side(self.one.height() if compact else None)
        self._show_text()
        if self.figures:
            from gui.i18n import current_language

            self.setToolTip(self.tooltip(current_language() == "ja"))

    def _show_text(self) -> None:
        first, second = self.lines
        self.text.setText(first if self.compact else f"{first}\n{second}")

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def update_snapshot(self, snap: Any) -> None:
        from core.analysis import (
            PERSONAL_QUESTIONS_PER_DAY,
            energy_label,
            everyday,
            personal_year,
        )
        from gui.i18n import current_language

        r = snap.results
        wh = float(r["inference.energy_per_query_wh"])
        letter = energy_label(wh)
        year = personal_year(r)
        phone = everyday(year["energy_kwh"], "phone_charges")
        ja = current_language() == "ja"
        home = everyday(float(r["lifecycle.energy_kwh"]), "household_japan" if ja else "household_us")
        self.figures = {"letter": letter, "wh": wh, "year": year, "phone": phone, "home": home}
        self.badge.set_letter(letter)
        first = tr(
            "One question: {wh} Wh, class {c} (A–G) · your {n} questions a day for a year: {e} ≈ {k} phone charges"
        ).format(
            wh=significant(wh, 2),
            c=letter,
            n=PERSONAL_QUESTIONS_PER_DAY,
            e=format_quantity(year["energy_kwh"], "energy_kwh", 2),
            k=format_count(round(phone["count"]) if phone["count"] >= 10 else phone["count"], 2),
        )
        homes = home["count"]
        second = (
            tr("The whole life (training and serving): ≈ {h} Japanese homes' electricity for a year")
            if ja
            else tr("The whole life (training and serving): ≈ {h} US homes' electricity for a year")
        ).format(h=f"{float(f'{homes:.2e}'):,.0f}" if homes >= 100 else significant(homes, 2))  # 3 figures
        self.lines = (first, second)
        self._show_text()
        if not snap.interactive:
            self.setToolTip(self.tooltip(ja))

    def tooltip(self, ja: bool) -> str:
        from core.analysis import LABEL_BASIS, PERSONAL_QUESTIONS_PER_DAY

        f = self.figures

        def source(q: dict[str, Any]) -> str:
            text = q["source_ja"] if ja and q.get("source_ja") else q["source"]
            return f"{q['year']} · {text}" if q.get("year") else text

        return "\n".join(
            (
                *((self.lines[1],) if self.compact else ()),
                QCoreApplication.translate("Analysis", LABEL_BASIS),
                tr("Your questions: energy per question × {n} a day × 365 days = {q:,} questions.").format(
                    n=PERSONAL_QUESTIONS_PER_DAY, q=int(f["year"]["questions"])
                ),
                tr("Phone charge: {f} kWh · {s}").format(f=f["phone"]["factor"], s=source(f["phone"])),
                tr("Home: {f:,} kWh a year · {s}").format(f=f["home"]["factor"], s=source(f["home"])),
                tr("Click for every equivalent and the label's scale."),
            )
        )
