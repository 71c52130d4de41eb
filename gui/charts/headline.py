"""The headline numbers: lifetime energy, CO2e, water, average power and per query, with p5-p95 ranges.

Each card paints its value, range and detail lines in one widget of fixed height, so a new number repaints
only the line that changed and never re-lays out the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QWidget,
)

from core.outputs import format_output, format_output_range
from core.units import significant
from gui.charts.card import HeadlineCard
from gui.charts.palette import INK

# ----- 5. headline ------------------------------------------------------------------------------------


class HeadlinePanel(QWidget):
    """Large numbers for lifetime energy, CO2e, water, average power, per query and electricity cost, with p5-p95."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.energy = HeadlineCard(
            lambda: QCoreApplication.translate("Charts", "Lifetime energy"),
            lambda: QCoreApplication.translate(
                "Charts",
                "Training (with experiments) plus serving over the deployment, at the facility meter.",
            ),
        )
        self.co2 = HeadlineCard(
            lambda: QCoreApplication.translate("Charts", "Lifetime CO2e"),
            lambda: QCoreApplication.translate(
                "Charts", "Location-based operational emissions plus the hardware's manufacturing share."
            ),
        )
        self.water = HeadlineCard(
            lambda: QCoreApplication.translate("Charts", "Lifetime water"),
            lambda: QCoreApplication.translate(
                "Charts",
                "On-site cooling water (WUE) plus water used to generate the electricity (Li et al. 2023).",
            ),
        )
        self.power = HeadlineCard(
            lambda: QCoreApplication.translate("Charts", "Average power, serving"),
            lambda: QCoreApplication.translate(
                "Charts",
                "Average facility power drawn while serving; the training run's draw is shown below.",
            ),
        )
        self.query = HeadlineCard(
            lambda: QCoreApplication.translate("Charts", "Per query"),
            lambda: QCoreApplication.translate(
                "Charts",
                "One query's share of serving energy, CO2e and water within the energy boundary chosen under "
                "Data centre (by default idle capacity and PUE included).",
            ),
        )
        from gui.charts.cost import CostCard

        self.cost = CostCard()
        self.cards = (self.energy, self.co2, self.water, self.power, self.query, self.cost)
        self.compact = False
        #: the cards by their name in core.baseline.CARD_RESULTS
        self.by_name = dict(
            zip(("energy", "co2", "water", "power", "query", "cost"), self.cards, strict=True)
        )
        #: gives the baseline's snapshot to compare a result with (``Session.baseline_for``); None: the cards
        #: have no delta line (the report sheet's)
        self.baseline_for: Any = None
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.columns = 0
        self._arrange(len(self.cards))

    # narrowest card that shows its number and p5-p95 range uncut (looked at under Xvfb at 1366 x 768)
    CARD_MIN_WIDTH = 148

    def _arrange(self, columns: int) -> None:
        """Six cards in one row when they fit, else two rows of three without their detail line, so the
        window is no taller (a layout change only when it flips; the detail stays in the accessible name)."""
        if columns == self.columns:
            return
        self.columns = columns
        self.compact = compact = columns < len(self.cards)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.text.detail.lines = 0 if compact else 2
            card.text.detail.setFont(card.text.detail.font())
            # compact: the change against the baseline takes the range line's place while there is one
            card.delta.lines = 1 if self.baseline_for is not None and not compact else 0
            card.delta.setFont(card.delta.font())
            card.range.setColor(INK)  # a compact card's range line may have shown a change
        for i in range(len(self.cards)):
            self.grid.setColumnStretch(i, 1 if i < columns else 0)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        n = len(self.cards)
        self._arrange(n if event.size().width() >= n * self.CARD_MIN_WIDTH else n // 2)

    def update_snapshot(self, snap: Any) -> None:
        r, m = snap.results, snap.ranges
        pr = QCoreApplication.translate("Charts", "likely {range}")

        def show(key: str, digits: int = 3) -> str:  # in the unit and kind of core.outputs' table
            return format_output(key, r[key], digits)

        def rng(key: str) -> str:
            q = m[key]
            return pr.format(range=format_output_range(key, q["p5"], q["p95"]))

        self.energy.set(
            show("lifecycle.energy_kwh"),
            rng("lifecycle.energy_kwh"),
            QCoreApplication.translate("Charts", "training {t} · serving {s}").format(
                t=show("lifecycle.training_energy_kwh", 2),
                s=show("inference.energy_kwh", 2),
            ),
        )
        self.co2.set(
            show("lifecycle.co2e_kg"),
            rng("lifecycle.co2e_kg"),
            QCoreApplication.translate("Charts", "market-based {m}").format(
                m=show("lifecycle.co2e_market_kg", 2)
            ),
        )
        self.water.set(
            show("lifecycle.water_l"),
            rng("lifecycle.water_l"),
            QCoreApplication.translate("Charts", "on-site cooling + power generation"),
        )
        self.power.set(
            show("inference.average_power_mw"),
            rng("inference.average_power_mw"),
            QCoreApplication.translate("Charts", "training run {p} for {d} days").format(
                p=show("training.average_power_mw", 2),
                d=significant(r["training.wall_clock_days"], 3),
            ),
        )
        qw, qg, qm = (
            m[k]
            for k in (
                "inference.boundary_energy_per_query_wh",
                "inference.boundary_co2e_per_query_g",
                "inference.water_per_query_ml",
            )
        )
        # per-query figures stay in Wh, g and mL, the units published per prompt (Elsworth et al. 2025):
        # "21.8 mWh" next to "949 MWh" would invite a misreading by a factor of a thousand million. The card counts
        # the energy boundary chosen in the data-centre section (the facility boundary unless changed).
        self.query.set(
            show("inference.boundary_energy_per_query_wh"),
            pr.format(
                range=format_output_range("inference.boundary_energy_per_query_wh", qw["p5"], qw["p95"])
            ),
            QCoreApplication.translate("Charts", "{g} g CO2e · {ml} mL water").format(
                g=significant(r["inference.boundary_co2e_per_query_g"], 3),
                ml=significant(r["inference.water_per_query_ml"], 3),
            ),
        )
        if snap.cost:
            self.cost.update_snapshot(snap)
        self.show_deltas(snap)
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
            + "\n"
            + QCoreApplication.translate(
                "Charts",
                "Layers: accelerators, ideal {a0} Wh · as served {a} Wh · + host {h} Wh · + idle {i} Wh · "
                "+ PUE {f} Wh · + embodied {e} g CO2e · water {ml} mL.",
            ).format(
                a0=significant(r["inference.boundary.accelerators_ideal_wh"], 3),
                a=significant(r["inference.boundary.accelerators_wh"], 3),
                h=significant(r["inference.boundary.host_wh"], 3),
                i=significant(r["inference.boundary.idle_wh"], 3),
                f=significant(r["inference.boundary.facility_wh"], 3),
                e=significant(r["inference.embodied_co2e_per_query_g"], 3),
                ml=significant(r["inference.water_per_query_ml"], 3),
            )
        )

    def set_baseline_source(self, source: Any) -> None:
        """Compare every result with ``source(snap)`` (``Session.baseline_for``): each card gets its delta line."""
        self.baseline_for = source
        for card in self.cards:
            lines = 0 if self.compact else 1
            if card.delta.lines != lines:
                card.delta.lines = lines
                card.delta.setFont(card.delta.font())  # the line takes its height, the card its new one

    def show_deltas(self, snap: Any) -> None:
        """Each card's change against the baseline ("−31 % vs baseline"; core.baseline computes it), or
        "= baseline" when the scenario is the baseline."""
        from core.baseline import card_changes
        from core.lessons import percent

        if self.baseline_for is None:
            return
        base = self.baseline_for(snap)
        if base is None:
            same = QCoreApplication.translate("Charts", "= baseline")
            for card in self.cards:
                if self.compact:  # the range line stays, in its own colour; the delta line has no room
                    card.set_delta(card.range.text(), None, card.range)
                    card.delta.setText("")
                else:
                    card.set_delta(same, None)
            return
        template = QCoreApplication.translate("Charts", "{change} vs baseline")
        for name, change in card_changes(snap, base).items():
            card = self.by_name[name]
            text = template.format(change=percent(change))
            if self.compact:  # two rows of cards on a small window: the change in the range's place
                card.set_delta(text, change, card.range)
                card.delta.setText("")
            else:
                card.set_delta(text, change)
