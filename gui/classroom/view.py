"""Classroom mode: a full-screen, high-contrast presentation of the current result for a projector.

Four headline numbers in large type and the three charts that tell the story best in a room: where the
energy goes (training, serving, cooling), when serving overtakes training, and what the grid does to the
carbon. It follows the window's presenter, so anything the teacher changes shows at once.

During a lesson a strip under the title gives the step's sentence, its lever before -> after and the change
badge (:mod:`gui.classroom.strip`); the scenario before the lever moved stays on the charts as ghosts (the
session's baseline, :mod:`gui.window.baseline`), the axes are held across the lesson so a before and an
after compare by height, and the tile the step is about is framed (:func:`core.lessons.focus_tile`).

Keys: Left / Right step through the presets, or through the lesson steps while a lesson is open; F11 toggles
full screen; Esc leaves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.units import format_quantity, significant
from gui.charts.breakdown import BreakdownChart
from gui.charts.card import ChartCard, drawn_text
from gui.charts.hardware import HardwareChart
from gui.charts.items import DrawnItem
from gui.charts.lifetime import LifetimeChart
from gui.charts.location import LocationChart
from gui.classroom.strip import LessonStrip, strip_content
from gui.i18n import bind
from gui.theme import HIGH_CONTRAST_QSS, plot_items

#: Text is scaled from the system font, so a larger system font gives a larger presentation too; this is
#: the scale on a screen of ``FULL_SIZE`` or larger, and smaller screens get proportionally smaller type
#: (never below ``SMALLEST_SCALE``), so the whole view fits an XGA projector.
SCALE = 2.0
FULL_SIZE = (1600, 900)
SMALLEST_SCALE = 1.15


def scale_for(width: int, height: int) -> float:
    """The text scale for a screen of ``width`` x ``height`` pixels."""
    share = min(width / FULL_SIZE[0], height / FULL_SIZE[1], 1.0)
    return max(SMALLEST_SCALE, SCALE * share)


#: the lesson strip (an orange frame), its change badge (white on black) and the tile the step is about
STRIP_QSS = """
QWidget#classroom QFrame#lessonStrip { border: 3px solid #D55E00; border-radius: 6px; background: #FFFFFF; }
QWidget#classroom QLabel#badge { background: #000000; color: #FFFFFF; border-radius: 6px; padding: 2px 12px; }
QWidget#classroom QFrame#tile { margin: 2px; }
QWidget#classroom QFrame#tile[lessonFocus="true"] { border: 5px solid #D55E00; margin: 0px; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("Classroom", text)


def _scaled(font: QFont, factor: float, bold: bool | None = None) -> QFont:
    f = QFont(font)
    f.setPointSizeF(f.pointSizeF() * factor)
    if bold is not None:
        f.setBold(bold)
    return f


class Tile(QFrame):
    def __init__(self, caption: Callable[[], str], parent: QWidget, scale: float = SCALE):
        """``caption`` gives the tile's name in the current language (re-run after a switch)."""
        super().__init__(parent)
        self.setObjectName("tile")
        self.caption = bind(QLabel(self), "setText", caption)
        self.caption.setFont(_scaled(self.font(), scale * 0.8))
        self.value = QLabel(self)
        self.value.setObjectName("tileValue")
        self.value.setFont(_scaled(self.font(), scale * 1.9, bold=True))
        self.detail = QLabel(self)
        self.detail.setFont(_scaled(self.font(), scale * 0.7))
        # a long detail ("location-based · market-based 12.3 kt") takes two lines rather than widening its
        # tile: four tiles side by side made the classroom 1029 px wide on a 1024 projector
        self.detail.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 8, 16, 8)
        lay.setSpacing(2)
        lay.addWidget(self.caption)
        lay.addWidget(self.value)
        lay.addWidget(self.detail)
        # a tile whose detail takes two lines keeps its name and value level with the others
        lay.addStretch(1)
        bind(self, "setAccessibleName", caption)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(drawn_text(detail))  # a figure never wraps away from its unit
        self.setAccessibleDescription(f"{value} {detail}")


#: lines of a chart's explanation in classroom mode: its type is as large as the axes' text, so the words
#: that take two lines in the window take three in a third of a projected screen
SUBTITLE_LINES = 3


def _enlarge_chart(card: ChartCard, factor: float) -> None:
    """Scale a chart card's text and its axes for the back of the room. The explanation and the legend are
    never smaller than the axes' text (they say what the bars are)."""
    card.title.setFont(_scaled(card.title.font(), factor, bold=True))
    ticks: list[float] = []
    for item in plot_items(card):
        for child in item.vb.addedItems:
            if isinstance(child, DrawnItem):  # bar totals and the crossover label
                child.set_label_font(_scaled(card.chart.font(), factor))
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            tick = _scaled(
                axis.font() if axis.style.get("tickFont") is None else axis.style["tickFont"], factor
            )
            ticks.append(tick.pointSizeF())
            axis.setStyle(tickFont=tick)
            axis.setTextPen("#000000")
            axis.setPen(pg.mkPen("#000000", width=2))
            axis.labelStyle = {"font-size": f"{tick.pointSizeF():.0f}pt", "color": "#000000"}
            axis.title_pt = tick.pointSizeF()  # ChartAxis.fit_title shrinks from here
            if axis.labelText:
                axis.setLabel(axis.labelText, units=axis.labelUnits)
            fm = QFontMetrics(tick)
            if name in ("left", "right") and axis.isVisible():
                # the widest tick text plus the rotated axis title, so neither overlaps the other
                axis.setWidth(fm.horizontalAdvance("0000.0") + 2 * fm.height())
            if name == "bottom":
                axis.setHeight(int(2.4 * fm.height()))
    axis_pt = max(ticks, default=card.font().pointSizeF() * factor)

    def at_least_axis(font: QFont, share: float) -> QFont:
        f = _scaled(font, factor * share)
        f.setPointSizeF(max(f.pointSizeF(), axis_pt))
        return f

    card.subtitle.setFont(at_least_axis(card.subtitle.font(), 0.85))
    lines = max(card.subtitle.line_count(), SUBTITLE_LINES)
    card.subtitle.set_line_count(lines)
    # a Japanese line is drawn in the fallback font, a little taller than the Latin font's line spacing
    tall = QFontMetrics(card.subtitle.font()).boundingRect(
        QRect(0, 0, 10000, 10000), int(Qt.TextFlag.TextWordWrap), "\n".join(["国Ag"] * lines)
    )
    if tall.height() + 2 > card.subtitle.height():
        card.subtitle.setFixedHeight(tall.height() + 2)
    white = card.subtitle.palette()
    white.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
    card.subtitle.setPalette(white)  # TextLine paints its own background
    card.subtitle.setColor(QColor("#000000"))
    card.legend.setFont(at_least_axis(card.legend.font(), 0.95))
    card.legend.setFixedHeight(2 * card.legend.fontMetrics().lineSpacing() + 4)
    card.text_scaled()


class ClassroomView(QWidget):
    """The presentation window over the session's presenter: the lesson panel's steps when a lesson is open,
    else the presets (loaded with ``load_preset``, the window's)."""

    def __init__(
        self,
        presenter: Any,
        cat: Any,
        lessons: Any,
        load_preset: Callable[[str], None],
        screen_size: tuple[int, int] | None = None,
    ):
        """``screen_size``: the screen it is shown on, in pixels (the type is scaled to it)."""
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("classroom")
        self.presenter, self.catalog, self.lessons, self.load_preset = presenter, cat, lessons, load_preset
        self.text_scale = scale = scale_for(*(screen_size or FULL_SIZE))  # every size below is relative to it
        bind(
            self,
            "setWindowTitle",
            lambda: QCoreApplication.translate("Classroom", "Classroom mode — AI Energy Explorer"),
        )
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(HIGH_CONTRAST_QSS + STRIP_QSS)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#FFFFFF"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#000000"))
        self.setPalette(pal)

        self.banner = QLabel(self)
        self.banner.setObjectName("banner")
        self.banner.setFont(_scaled(self.font(), scale * 1.1, bold=True))
        bind(self.banner, "setAccessibleName", lambda: QCoreApplication.translate("Classroom", "Scenario"))
        self.tiles = {
            "energy": Tile(
                lambda: QCoreApplication.translate("Classroom", "Energy over its life"), self, scale
            ),
            "co2": Tile(lambda: QCoreApplication.translate("Classroom", "CO2 emissions"), self, scale),
            "water": Tile(lambda: QCoreApplication.translate("Classroom", "Water"), self, scale),
            "query": Tile(lambda: QCoreApplication.translate("Classroom", "One question"), self, scale),
            # in the water tile's place while the work is spread over sites: each site's peak demand
            "sites": Tile(
                lambda: QCoreApplication.translate("Classroom", "Peak power per site"), self, scale
            ),
        }
        self.tiles["sites"].hide()
        self.tiles["sites"].detail.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(14)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)
        # the lesson's step: one sentence, the lever before -> after, and its effect (gui.classroom.strip)
        self.strip = LessonStrip(self, scale)
        self.strip_effects: dict[int, Any] = {}
        self.focus_tile: str | None = None
        self.market = False
        self._lesson_held: Any = None
        #: while set, the axes are held but not yet fitted: every result shown starts them afresh until
        #: this scenario's own result arrives (a result computed before it must not set their size)
        self._fit_to: Any = None

        self.breakdown = BreakdownChart(self)
        self.lifetime = LifetimeChart(self)
        self.location = LocationChart(cat, self)
        self.hardware = HardwareChart(cat, self)  # a step about chips shows it in the third place
        from PySide6.QtWidgets import QStackedWidget

        from gui.charts.scale import ScaleChart

        self.scale = ScaleChart(
            self, compact=True
        )  # from one question to the world (the last lesson ends here)
        self.charts = [self.breakdown, self.lifetime, self.location, self.hardware, self.scale]
        # the third place shows the location chart, or the chart a lesson step asks for (the hardware or the
        # scale chart), or the scale chart on key S
        self.third = QStackedWidget(self)
        for chart in (self.location, self.hardware, self.scale):
            self.third.addWidget(chart)
        #: the third place's chart for the step on screen (key S turns from the scale chart back to it)
        self.step_chart: str | None = None
        grid = QGridLayout()
        grid.setSpacing(14)
        for chart in self.charts:
            _enlarge_chart(chart, scale * 0.75)
        for i, widget in enumerate((self.breakdown, self.lifetime, self.third)):
            grid.addWidget(widget, 0, i)
            grid.setColumnStretch(i, 1)

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setFont(_scaled(self.font(), scale * 0.75))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 16, 24, 12)
        lay.setSpacing(14)
        lay.addWidget(self.banner)
        lay.addWidget(self.strip)
        lay.addLayout(row)
        lay.addLayout(grid, 1)
        lay.addWidget(self.hint)

        self.keys = {
            Qt.Key.Key_Right: self.step_forward,
            Qt.Key.Key_Down: self.step_forward,
            Qt.Key.Key_PageDown: self.step_forward,  # presentation clickers send Page Down / Page Up
            Qt.Key.Key_Left: self.step_back,
            Qt.Key.Key_Up: self.step_back,
            Qt.Key.Key_PageUp: self.step_back,
            Qt.Key.Key_F11: self.toggle_full_screen,
            Qt.Key.Key_Escape: self.close,
            Qt.Key.Key_S: self.toggle_scale,
        }
        for child in self.findChildren(QWidget):  # the view itself takes every key
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        presenter.resultsReady.connect(self.show_snapshot)
        self.preset_ids = list(cat.presets)
        self.preset_index = -1
        self.title = presenter.scenario.name
        if lessons is not None:
            lessons.stepShown.connect(self._lesson_shown)
            lessons.stepLeft.connect(self._lesson_shown)  # a preset or file replaced the step's scenario
        panel = self._lesson_panel()
        if panel is not None:  # opened during a lesson: its step from the start, not the scenario's name
            self._lesson_shown(panel.index)
        self._update_hint()
        if presenter.snapshot is not None:
            self.show_snapshot(presenter.snapshot)

    # ----- keys -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: Any) -> None:
        slot = self.keys.get(Qt.Key(event.key()))
        if slot is None:
            super().keyPressEvent(event)
            return
        slot()
        event.accept()

    def _lesson_panel(self) -> Any:
        panel = self.lessons
        return panel if panel is not None and panel.index >= 0 else None

    def step_forward(self) -> None:
        self._step(+1)

    def step_back(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        panel = self._lesson_panel()
        if panel is not None:
            # the same rule as the panel's buttons: a lever step first shows "before", the next key reveals
            if delta > 0:
                panel.next()
            else:
                panel.previous()
            # the panel's stepShown set the strip, the title and the step's chart
        else:
            n = len(self.preset_ids)
            self.preset_index = (
                (self.preset_index + delta) % n if self.preset_index >= 0 else (0 if delta > 0 else n - 1)
            )
            pid = self.preset_ids[self.preset_index]
            self.load_preset(pid)
            self.title = QCoreApplication.translate("Presets", self.catalog.presets[pid].name)
        self._update_hint()
        snap = self.presenter.snapshot
        if snap is not None:
            self.show_snapshot(snap)

    def show_chart(self, chart: str | None) -> None:
        """``"scale"`` or ``"hardware"``: that chart in the third place; anything else: the location chart."""
        shown = {"scale": self.scale, "hardware": self.hardware}.get(chart or "", self.location)
        if self.third.currentWidget() is not shown:
            self.third.setCurrentWidget(shown)
            snap = self.presenter.snapshot
            if snap is not None:
                shown.update_snapshot(snap)

    def toggle_scale(self) -> None:
        """Key S: the scale chart, or back to the step's own chart."""
        self.show_chart(self.step_chart if self.third.currentWidget() is self.scale else "scale")

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def retranslate(self) -> None:
        """The step's or preset's title, the key hint and the numbers' words in the current language."""
        panel = self._lesson_panel()
        if panel is not None:
            self._lesson_shown(panel.index)  # the strip's words in the new language
        elif self.preset_index >= 0:
            pid = self.preset_ids[self.preset_index]
            self.title = QCoreApplication.translate("Presets", self.catalog.presets[pid].name)
        self._update_hint()
        for chart in self.charts:  # the words drawn with the numbers are written again
            chart.retranslate()
        snap = self.presenter.snapshot
        if snap is not None:
            self.show_snapshot(snap)

    def _update_hint(self) -> None:
        what = (
            QCoreApplication.translate("Classroom", "lesson steps")
            if self._lesson_panel() is not None
            else QCoreApplication.translate("Classroom", "presets")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "Classroom", "← → {what}   ·   S scale   ·   F11 full screen   ·   Esc leave"
            ).format(what=what)
        )

    # ----- the lesson ---------------------------------------------------------------------------------
    def _lesson_shown(self, index: int) -> None:
        """A lesson step is on screen (from these keys or the panel's buttons): its title, the strip, the
        tile it is about; the axes are held across the lesson, so its before and after compare by height."""
        panel = self._lesson_panel()
        if panel is None or index < 0:
            self._end_lesson()
            return
        lesson = panel.flat[index][0]
        if lesson is not self._lesson_held:  # a new lesson: its axes fit afresh, then hold
            self._lesson_held = lesson
            self.fit_afresh()
        self.step_chart = panel.flat[index][2].chart
        self.show_chart(self.step_chart)
        content = strip_content(panel, index, panel.revealed, self.strip_effects)
        self.title = content.title
        self.banner.setText(self.title)
        self.strip.show_content(content)
        self.market = content.market
        self._focus(content.tile or None)
        self._update_hint()  # the arrows now step through the lesson
        snap = self.presenter.snapshot
        if snap is not None and not self.presenter.pending():
            self.show_snapshot(snap)

    def fit_afresh(self, *_: Any) -> None:
        """A new starting point (a lesson begins, a preset, file or the defaults are loaded): the axes fit
        the scenario now in place, then hold again while a lesson is open. The result on screen may still be
        the previous scenario's (the new one is computed on the next turn of the event loop), so the holding
        starts from the new scenario's own result (:attr:`_fit_to`)."""
        if self._lesson_held is None:
            return  # outside a lesson every result fits its axes anyway
        self._fit_to = self.presenter.scenario
        for chart in self.charts:
            chart.hold_axes(True)

    def _end_lesson(self) -> None:
        self._lesson_held = self._fit_to = None
        if self.step_chart is not None:
            self.step_chart = None
            self.show_chart(None)
        for chart in self.charts:
            chart.hold_axes(False)
        self._update_hint()
        self.strip.show_content(None)
        self.market = False
        self._focus(None)

    def _focus(self, name: str | None) -> None:
        """Frame the tile the step is about (orange, thicker), and only that one."""
        self.focus_tile = name
        for key, tile in self.tiles.items():
            on = key == name
            if bool(tile.property("lessonFocus")) != on:
                tile.setProperty("lessonFocus", on)
                tile.style().unpolish(tile)
                tile.style().polish(tile)

    def redraw(self, *_: Any) -> None:
        """The last result again (a new baseline: its ghosts), unless a new one is on its way."""
        snap = self.presenter.snapshot
        if snap is not None and not self.presenter.pending():
            self.show_snapshot(snap)

    def showEvent(self, event: Any) -> None:
        """Classroom mode takes the keyboard: the arrows, Page Up / Down of a clicker, F11 and Esc are its."""
        super().showEvent(event)
        self.take_keyboard()

    def take_keyboard(self) -> None:
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    # ----- showing ----------------------------------------------------------------------------------
    def show_snapshot(self, snap: Any) -> None:
        r = snap.results
        self.banner.setText(self.title)
        self.tiles["energy"].set(
            format_quantity(r["lifecycle.energy_kwh"], "energy_kwh"),
            QCoreApplication.translate("Classroom", "training {t} · serving {s}").format(
                t=format_quantity(r["lifecycle.training_energy_kwh"], "energy_kwh", 2),
                s=format_quantity(r["inference.energy_kwh"], "energy_kwh", 2),
            ),
        )
        location = format_quantity(r["lifecycle.co2e_kg"], "mass_kg")
        market = format_quantity(r["lifecycle.co2e_market_kg"], "mass_kg")
        if self.market:  # the step is about clean energy bought by contract: market-based, large
            self.tiles["co2"].set(
                market,
                QCoreApplication.translate("Classroom", "market-based · location-based {v}").format(
                    v=location
                ),
            )
        else:
            self.tiles["co2"].set(
                location,
                QCoreApplication.translate("Classroom", "location-based · market-based {v}").format(v=market),
            )
        sites = list(snap.sites) if snap.scenario.datacenter.sites else []
        self.tiles["water"].setVisible(not sites)
        self.tiles["sites"].setVisible(bool(sites))
        if sites:  # each site's grid must supply its own peak demand
            peak = sum(site["inference_peak_power_mw"] for site in sites)
            self.tiles["sites"].set(
                format_quantity(peak * 1e6, "power_w"),
                " · ".join(
                    f"{site['region']} {format_quantity(site['inference_peak_power_mw'] * 1e6, 'power_w', 2)}"
                    for site in sites
                ),
            )
        self.tiles["water"].set(
            format_quantity(r["lifecycle.water_l"], "water_l"),
            QCoreApplication.translate("Classroom", "cooling and power stations"),
        )
        self.tiles["query"].set(
            f"{significant(r['inference.energy_per_query_wh'], 2)} Wh",
            QCoreApplication.translate("Classroom", "{g} g CO2e · {ml} mL water").format(
                g=significant(r["inference.co2e_per_query_g"], 2),
                ml=significant(r["inference.water_per_query_ml"], 2),
            ),
        )
        if self._fit_to is not None:  # not the new starting point's result yet: nothing held from it
            for chart in self.charts:
                chart.hold_axes(True)
            if snap.scenario is self._fit_to:
                self._fit_to = None
        for chart in self.charts:
            if chart.parent() is not self.third or chart is self.third.currentWidget():  # the hidden wait
                chart.update_snapshot(snap)

    def closeEvent(self, event: Any) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.presenter.resultsReady.disconnect(self.show_snapshot)
        if self.lessons is not None:
            for signal in (self.lessons.stepShown, self.lessons.stepLeft):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._lesson_shown)
        super().closeEvent(event)
        self.deleteLater()
