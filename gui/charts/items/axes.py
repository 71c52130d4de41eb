"""Plots and their axes: a quiet calculator plot, axis titles and category names that fit, ranges set only
when they change, and :class:`ScaledAxis` (value axes with SI-prefixed units from :mod:`core.units`)."""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPicture
from PySide6.QtWidgets import (
    QGraphicsItem,
)

from core.units import ROUGH, choose_scale, nice_ceiling
from gui.charts.palette import INK
from gui.i18n import bind_or_set

#: Value axes end a little past a round number, so the last tick label is not cut by the plot edge.
HEADROOM = 1.04

# exitCleanup: pyqtgraph's own atexit pass over every QGraphicsScene crashed the interpreter at exit
# (segfault in about half of the runs, offscreen, PySide6 6.11.3); the window is torn down explicitly instead.
pg.setConfigOptions(background="w", foreground=INK, antialias=False, exitCleanup=False)


class ChartAxis(pg.AxisItem):
    """A chart's axis: pyqtgraph's, with tick texts that never touch, titles and category names that fit,
    and the drawn ticks kept for reuse.

    An axis draws its ticks into a picture that pyqtgraph throws away whenever the range, the size or the
    title changes, and the picture took 0.7 ms to make again (a jump of a slider re-ranges several axes at
    once). Here the pictures are kept by everything they are drawn from (range, size, ticks, pens, fonts,
    style): a range seen before, or a new title over the same ticks, draws the kept picture.
    """

    #: pictures kept per axis: an axis goes back to the few nice ends its data take (ten a decade, three
    #: decades before the unit changes), so after a while every end it shows is drawn from a kept picture
    KEPT = 48
    #: axis pictures drawn anew since start, to be shown at once; and drawn ahead, while the window was idle
    #: (:class:`LadderPictures`; the benchmark counts both)
    made = 0
    prepared = 0
    preparing = False  # drawing a picture ahead (:meth:`prepare`)

    def __init__(self, orientation: str, **kwargs: Any):
        super().__init__(orientation, **kwargs)
        self.pictures: dict[tuple, Any] = {}
        self.title_pt: float | None = None  # the title's own size (fit_axis_title shrinks from it)
        self.full_title: str | None = None  # the title as set, when a shorter one is shown
        self.short_title: str | None = None
        self.category_labels: list[tuple[int, str]] = []  # the names of a category axis' rows
        self.category_keep: int | None = None  # a row whose name always shows
        self.fitting_categories = False  # names fitted again on every resize of the plot
        watch_fonts()

    def picture_key(self) -> tuple:
        """Everything the drawn ticks depend on (see pyqtgraph's ``generateDrawSpecs``)."""
        style = tuple(
            (k, v.key() if isinstance(v, QFont) else repr(v)) for k, v in sorted(self.style.items())
        )
        pens = tuple(
            (pen.color().rgba(), pen.widthF(), int(pen.style().value))
            for pen in (self.pen(), self.textPen(), self.tickPen())
        )
        levels = None if self._tickLevels is None else tuple(tuple(level) for level in self._tickLevels)
        view = self.linkedView()
        return (
            tuple(self.range),
            self.geometry().getRect(),
            None if view is None else view.geometry().getRect(),
            levels,
            style,
            pens,
            QFont().key(),  # the painter's font when no tick font is set (follows the language)
            TextBoxes.fonts_loaded,
            self.scale,
            self.autoSIPrefixScale,
            self.grid,
            self._tickDensity,
            repr(self._tickSpacing),
            tuple(self.logMode) if isinstance(self.logMode, list | tuple) else self.logMode,
        )

    def paint(self, p: QPainter, opt: Any, widget: Any) -> None:
        if self.picture is None:
            key = self.picture_key()
            kept = self.pictures.get(key)
            if kept is None:
                ChartAxis.made += 1
                kept = self.make_picture()
                self.keep(key, kept)
            self.picture = kept
        self.picture.play(p)

    def make_picture(self) -> QPicture:
        """The axis drawn anew (pyqtgraph's ``paint``), its tick texts measured by :class:`TextBoxes`."""
        picture = QPicture()
        painter = QPainter(picture)
        try:
            if self.style["tickFont"]:
                painter.setFont(self.style["tickFont"])
            specs = self.generateDrawSpecs(TextBoxes(painter))
            if specs is not None:
                self.drawPicture(painter, *specs)
        finally:
            painter.end()
        return picture

    def key_for(self, lo: float, hi: float, base: tuple) -> tuple:
        """The picture key of the range ``lo``-``hi`` on this axis as it is now (``base``: its picture_key)."""
        return ((lo, hi), *base[1:])

    def prepare(self, lo: float, hi: float, key: tuple) -> None:
        """Draw and keep the picture of the range ``lo``-``hi`` (its picture key ``key``, :meth:`key_for`) at
        the axis' present size, fonts and pens, without showing it: the range shown, and the room kept for
        tick texts, stay as they are."""
        shown = self.range
        self.range = [lo, hi]
        self.preparing = True
        try:
            if key not in self.pictures:
                ChartAxis.prepared += 1
                self.keep(key, self.make_picture())
        finally:
            self.range = shown
            self.preparing = False

    def keep(self, key: tuple, picture: QPicture) -> None:
        if len(self.pictures) >= self.KEPT:
            self.pictures.pop(next(iter(self.pictures)))
        self.pictures[key] = picture

    def _updateMaxTextSize(self, x: int) -> None:  # pyqtgraph's: the tick texts' room follows the range shown
        if not self.preparing:
            super()._updateMaxTextSize(x)

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        """pyqtgraph's tick values (a tick of a finer level within 1 % of its spacing from a coarser one is
        left out), worked out on the few values there are instead of numpy's pairwise ``isclose``: a third
        of the time of a new axis picture went into it."""
        if self.logMode:
            return super().tickValues(minVal, maxVal, size)
        lo, hi = sorted((minVal, maxVal))
        lo, hi = lo * self.scale, hi * self.scale
        ticks: list = []
        seen: list[float] = []
        for spacing, offset in self.tickSpacing(lo, hi, size):
            start = math.ceil((lo - offset) / spacing) * spacing + offset
            num = int((hi - start) / spacing) + 1
            tol = spacing / self.scale * 0.01
            values = [
                v
                for v in ((k * spacing + start) / self.scale for k in range(num))
                if not any(abs(v - s) <= tol for s in seen)
            ]
            seen += values
            ticks.append((spacing / self.scale, values))
        return ticks

    def generateDrawSpecs(self, p: QPainter) -> Any:
        """Leave out a tick text that would touch one already placed ("100200300" on a narrow axis): the
        major ticks come first, so the ones kept are evenly spread."""
        out = super().generateDrawSpecs(p)
        if not out:
            return out
        axis_spec, ticks, texts = out
        kept: list = []
        for spec in texts:
            grown = spec[0].adjusted(-3, -1, 3, 1)
            if not any(grown.intersects(k[0]) for k in kept):
                kept.append(spec)
        return axis_spec, ticks, kept

    def fit_title(self) -> None:
        """Draw the title in its own size, or smaller (down to 60 %) so that it fits the axis' length; on
        an axis too short even for that, its unit alone ("(GWh)"), which the chart's title names."""
        base = self.title_pt
        if base is None:
            size = str(self.labelStyle.get("font-size", ""))
            base = float(size[:-2]) if size.endswith("pt") else self.label.font().pointSizeF()
            self.title_pt = base
        full = self.labelText
        if full and full == self.short_title:
            full = self.full_title
        length = (self.height() if self.orientation in ("left", "right") else self.width()) - 6
        font = QFont(self.label.font())
        font.setPointSizeF(base)
        width = QFontMetrics(font).horizontalAdvance(full)
        pt, text = base, full
        if length > 0 and width > length:
            pt = max(base * 0.6, base * length / width)
            unit = UNIT_PART.search(full)
            if width * pt / base > length and unit:
                text = unit.group(0).strip()
                pt = base * 0.8
                font.setPointSizeF(pt)
                if QFontMetrics(font).horizontalAdvance(text) > length:
                    text = ""  # a plot too short even for its unit: no title rather than a cut one
        wanted = f"{pt:.1f}pt"
        if self.labelStyle.get("font-size") != wanted or self.labelText != text:
            self.full_title, self.short_title = full, text
            self.labelStyle = {**self.labelStyle, "font-size": wanted}
            self.labelText = text
            self._updateLabel()
            self.showLabel(bool(text))
            self.resizeEvent(None)  # pyqtgraph centres its title on a resize only: centre the new one now

    def set_categories(self, labels: list[tuple[int, str]], keep: int | None = None) -> None:
        """Name each row of a category axis. On a left or right axis the names are fitted to the chart (see
        :meth:`fit_categories`) again whenever the plot is resized; ``keep`` is a row whose name always shows."""
        self.category_labels = list(labels)
        self.category_keep = keep
        if self.orientation in ("left", "right") and not self.fitting_categories:
            self.fitting_categories = True
            vb = self.linkedView()
            if vb is not None:
                vb.sigResized.connect(lambda *_: self.fit_categories())
        self.fit_categories()

    def fit_categories(self) -> None:
        """Names that fit: shortened with "…" to ``NAME_SHARE`` of the chart's width, and, when the rows are
        closer than a line of text, every n-th name only (the ``keep`` row's always), so no two names overlap."""
        labels = self.category_labels
        fm = QFontMetrics(self.font() if self.style.get("tickFont") is None else self.style["tickFont"])
        if self.orientation not in ("left", "right"):
            self.setTicks([labels])
            return
        scene = self.scene()
        views = scene.views() if scene is not None else []
        room = int(views[0].width() * NAME_SHARE) - 14 if views else 10**6
        widest = max((fm.horizontalAdvance(text) for _, text in labels), default=40)
        width = max(40, min(widest, room))
        names = [(k, elide_name(text, width, fm)) for k, text in labels]
        if any(
            " · " in text and " · " not in shown for (_, text), (_, shown) in zip(labels, names, strict=True)
        ):
            # one row has no room for its figure: no row shows one, so the rows read alike (a class saw
            # "Germany" beside "Japan · 482 g/kWh" and wondered what Germany's was)
            labels = [(k, text.rpartition(" · ")[0] if " · " in text else text) for k, text in labels]
            widest = max((fm.horizontalAdvance(text) for _, text in labels), default=40)
            width = max(40, min(widest, room))
            names = [(k, elide_name(text, width, fm)) for k, text in labels]
        vb = self.linkedView()
        n = len(names)
        need = fm.height() * 0.8 + 1  # pyqtgraph's own text box is 0.8 of the line height
        if vb is not None and n > 0:  # room for the end rows' names: pyqtgraph leaves out one sticking out
            pad = row_padding(n, vb.height(), need)
            set_range(vb, "y", -pad, n - 1 + pad)
        if vb is not None and n > 1:
            pitch = vb.height() / (n - 1 + 2 * pad)  # pixels per row
            step = max(1, math.ceil(need / pitch)) if pitch > 0 else 1
            if step > 1:
                keep = self.category_keep
                names = [
                    (k, t)
                    for k, t in names
                    if k == keep or (k % step == 0 and (keep is None or abs(k - keep) >= step))
                ]
        self.setTicks([names])
        if self.width() != width + 14:
            self.setWidth(width + 14)


#: rows of room beyond a category axis' end rows, at least and at most (a plot too short for the end rows'
#: names leaves them out rather than squeezing the bars)
ROW_PAD, ROW_PAD_MOST = 0.6, 1.5


def row_padding(rows: int, length_px: float, box_px: float) -> float:
    """Rows of room beyond the end rows' centres so that their names, text boxes ``box_px`` tall centred on
    the rows, lie inside an axis ``length_px`` long: the end row's centre is ``pad * pitch`` from the axis'
    end, with ``pitch = length_px / (rows - 1 + 2 * pad)``, and ``pad * pitch >= box_px / 2`` gives
    ``pad >= box_px * (rows - 1) / (2 * (length_px - box_px))``; between ``ROW_PAD`` and ``ROW_PAD_MOST``."""
    if length_px <= box_px:
        return ROW_PAD
    return min(ROW_PAD_MOST, max(ROW_PAD, box_px * (rows - 1) / (2.0 * (length_px - box_px))))


def watch_fonts() -> None:
    """Call :meth:`TextBoxes.fonts_changed` whenever the application's fonts change (once per application)."""
    app = QGuiApplication.instance()
    if app is not None and not app.property("axes_watch_fonts"):
        app.setProperty("axes_watch_fonts", True)
        app.fontDatabaseChanged.connect(TextBoxes.fonts_changed)


class TextBoxes:
    """The painter pyqtgraph's ``generateDrawSpecs`` is given: it sets the tick font and measures each tick
    text's box, which is kept by font and text (a tick text seen before is not laid out again)."""

    #: text boxes by (font, rectangle, flags, text); cleared when it grows past ``KEPT``
    boxes: ClassVar[dict[tuple, QRectF]] = {}
    KEPT = 4096
    #: fonts loaded since start (the Japanese font): the same font description may now draw with another
    #: font, so text boxes and axis pictures kept before are not used again (it is part of a picture's key)
    fonts_loaded = 0

    @classmethod
    def fonts_changed(cls) -> None:
        cls.fonts_loaded += 1
        cls.boxes.clear()

    def __init__(self, painter: QPainter):
        self.painter = painter
        self.font_key = painter.font().key()

    def setFont(self, font: QFont) -> None:
        self.painter.setFont(font)
        self.font_key = font.key()

    def boundingRect(self, rect: QRectF, flags: Any, text: str) -> QRectF:
        key = (self.font_key, rect.getRect(), int(flags), text)
        box = self.boxes.get(key)
        if box is None:
            if len(self.boxes) >= self.KEPT:
                self.boxes.clear()
            box = self.boxes[key] = self.painter.boundingRect(rect, flags, text)
        return QRectF(box)  # a copy: pyqtgraph trims the box it is given


def chart_axes() -> dict[str, ChartAxis]:
    """The axes of a chart's plot (``axisItems=`` of a PlotWidget or ``addPlot``); call :func:`hide_spare_axes`
    on the plot after, as pyqtgraph shows every axis it is given."""
    return {name: ChartAxis(name) for name in ("left", "bottom", "right", "top")}


def hide_spare_axes(item: pg.PlotItem) -> None:
    """The top and right axes hidden, as pyqtgraph has them by default (a chart shows the right one itself)."""
    item.hideAxis("top")
    item.hideAxis("right")


def plot_widget() -> pg.PlotWidget:
    pw = pg.PlotWidget(axisItems=chart_axes())
    hide_spare_axes(pw.getPlotItem())
    quiet(pw.getPlotItem())
    # small minimums: on a 1024 x 768 screen with the lesson strip the layout check holds every text whole
    pw.setMinimumSize(160, 70)
    return pw


def quiet(item: pg.PlotItem) -> None:
    """No English-only context menus, no auto-range buttons, no accidental panning: a calculator chart."""
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.vb.setMenuEnabled(False)
    item.disableAutoRange()
    # The plot and its view box only hold other items (no view box border is ever set): flagged, Qt leaves
    # them out of every repaint instead of calling their empty paint (4 % of a slider change).
    for container in (item, item.vb):
        container.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
    for name in ("left", "bottom", "right"):
        item.getAxis(name).setTextPen(INK)
        # the unit prefix is chosen by ScaledAxis; pyqtgraph's own would re-lay out the label on every range
        item.getAxis(name).enableAutoSIPrefix(False)
        # An axis changes only when its range or label does, yet every repaint of the plot beside it
        # redrew all its tick text; on screen it keeps a bitmap of itself instead (gui.export draws afresh).
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # major and minor ticks; pyqtgraph's third level (a tick every tenth of a major step) "eats up CPU",
        # as its own comment says: a new axis range cost 2.8 ms with it and 1.9 ms without
        item.getAxis(name).setStyle(maxTickLevel=1)
        # a tick text that would stick out of its axis (the top one on a short plot) is left out, not cut
        item.getAxis(name).setStyle(hideOverlappingLabels=True)

    # an axis title longer than its axis (a short plot, a long Japanese title) is drawn smaller, never cut
    # (once the layout has settled: the view box reports its new size before its axes have theirs)
    def later(*_: Any) -> None:
        if shiboken6.isValid(item):  # a resize while the window is torn down
            QTimer.singleShot(0, item, lambda: shiboken6.isValid(item) and fit_axis_titles(item))

    item.vb.sigResized.connect(later)
    for name in ("left", "bottom", "right"):
        item.getAxis(name).geometryChanged.connect(later)


def fit_axis_titles(item: pg.PlotItem) -> None:
    for name in ("left", "bottom", "right"):
        axis = item.getAxis(name)
        if axis.isVisible() and axis.labelText:
            fit_axis_title(axis)


UNIT_PART = re.compile(r"[（(][^（()）]*[)）]\s*$")


def fit_axis_title(axis: ChartAxis) -> None:
    """``axis``' title in a size that fits it (:meth:`ChartAxis.fit_title`)."""
    axis.fit_title()


def category_axis(axis: pg.AxisItem) -> None:
    """Names on every bar: no tick marks, and text may fill the whole axis (pyqtgraph drops it above 80 %)."""
    axis.setStyle(tickLength=0, textFillLimits=[(0, 1.0)])


def value_axis(axis: pg.AxisItem, width: int = 64) -> None:
    """A fixed width: an axis that resized with its tick text would re-lay out the plot on every change."""
    axis.setWidth(width)


def set_category_ticks(axis: ChartAxis, labels: list[tuple[int, str]], keep: int | None = None) -> None:
    """Name each row of a category axis (:meth:`ChartAxis.set_categories`)."""
    axis.set_categories(labels, keep)


def elide_name(text: str, width: int, fm: QFontMetrics) -> str:
    """``text`` shortened to ``width``. In "name · figure" the name is never cut for its figure: the figure
    shows only beside the whole name, else the name alone ("Germany", not "Ger… · 344 g/kWh"), and the name is
    shortened with "…" only when it alone is wider than ``width``; a figure is shown whole or not at all."""
    if fm.horizontalAdvance(text) <= width:
        return text
    head, sep, _tail = text.rpartition(" · ")
    name = head if sep else text
    if fm.horizontalAdvance(name) <= width:
        return name
    return fm.elidedText(name, Qt.TextElideMode.ElideRight, width)


#: a row-name axis takes at most this share of its chart's width; longer names are shortened with "…"
NAME_SHARE = 0.4


def fit_category_ticks(axis: ChartAxis) -> None:
    """Names that fit the chart (:meth:`ChartAxis.fit_categories`)."""
    axis.fit_categories()


#: the range last set on each view and axis, by view (kept here, not as attributes on pyqtgraph's objects)
_RANGES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def set_range(vb: pg.ViewBox, axis: str, lo: float, hi: float) -> None:
    """Set a view's x or y range only when it changes (a new range regenerates the axis' tick text)."""
    held = _RANGES.setdefault(vb, {})
    if held.get(axis) != (lo, hi):
        held[axis] = (lo, hi)
        if axis == "x":
            vb.setXRange(lo, hi, padding=0)
        else:
            vb.setYRange(lo, hi, padding=0)


#: While a slider is dragged an axis end holds still until the data outgrow it or shrink below this share of
#: it: a new end regenerates every tick label (the most expensive repaint a chart has) and makes the picture
#: jump. A new end leaves room to move on: ``GROW_ROOM`` times the data when they grew, ``SHRINK_ROOM`` times
#: when they shrank, rounded up on the 1-2-5 ladder, so a moving axis takes one of three ends a decade (whose
#: drawings are kept: ChartAxis.KEPT) and its ticks read 1, 2, 5. Once the input rests every end fits the data
#: closely again (ten ends a decade).
HOLD_BELOW = 0.15
GROW_ROOM = 2.0
SHRINK_ROOM = 1.5
# A new end must leave the data inside the band, or the next frame would move it back: the 1-2-5 ladder rounds
# up by at most 2.5x, so the data then fill at least 1 / (ROOM * 2.5 * HEADROOM) of it.
assert HOLD_BELOW < 1 / (GROW_ROOM * 2.5 * HEADROOM) and 1 / SHRINK_ROOM < 1 / HEADROOM
assert HOLD_BELOW < 1 / (SHRINK_ROOM * 2.5 * HEADROOM)


def axis_end(current: float, needed: float, moving: bool) -> float:
    """The end of an axis that starts at 0 and must show ``needed``, given the ``current`` end (0: none).

    At rest: the nice ceiling just above ``needed``, with ``HEADROOM``. While ``moving``: ``current`` while
    ``HOLD_BELOW * current <= needed <= current / HEADROOM``, else a 1-2-5 ceiling with room to move on.
    """
    if not math.isfinite(needed) or needed <= 0:
        needed = 0.0
    if not moving or current <= 0:
        return nice_ceiling(needed) * HEADROOM
    if HOLD_BELOW * current <= needed <= current / HEADROOM:
        return current
    room = GROW_ROOM if needed > current / HEADROOM else SHRINK_ROOM
    return nice_ceiling(needed * room, ROUGH) * HEADROOM


def ladder_ends(decades: range = range(-1, 4)) -> list[float]:
    """The ends a moving axis takes (:func:`axis_end`) for data in ``decades`` (powers of ten; by default
    0.1 to 1000 in the unit shown: the 1-2-5 ladder from 0.104 to 10,400), each worked out by the same
    expressions as the ends themselves."""
    ends = set()
    for exp in decades:
        for mantissa in (0.9, 1.5, 4.0, 8.0):  # data just above each rung: the rungs 1, 2, 5 and 10
            ends.add(nice_ceiling(mantissa * 10.0**exp, ROUGH) * HEADROOM)
    return sorted(ends)


class LadderPictures(QObject):
    """Draws ahead the pictures a moving value axis will show, one per tick of a timer (0.5-1 ms each, so a
    person's input waits at most that), from start and after an axis' size, fonts or pens change (a resize,
    the classroom's larger type, another language), until none is missing: the first jump of a slider to a
    range no axis has shown yet then draws no tick text. (An axis whose size changes during a drag is drawn
    ahead again meanwhile: 16 pictures in 300 random jumps.)"""

    INTERVAL_MS = 20

    def __init__(self) -> None:
        super().__init__()
        #: each axis' ranges to draw ahead, (start, end)
        self.axes: weakref.WeakKeyDictionary[ChartAxis, list[tuple[float, float]]] = (
            weakref.WeakKeyDictionary()
        )
        self.done: weakref.WeakKeyDictionary[ChartAxis, tuple] = weakref.WeakKeyDictionary()
        self.timer: QTimer | None = None

    def add(self, axis: ChartAxis, lead: float = 0.0, decades: range = range(-1, 4)) -> None:
        """Draw ``axis`` ahead at the ladder's ends in ``decades``; its range starts at ``lead`` times its
        end (the day axis starts a little before day 0)."""
        self.axes[axis] = [(lead * end, end) for end in ladder_ends(decades)]
        axis.geometryChanged.connect(self.wake)
        self.wake()

    def wake(self) -> None:
        """Something may have changed what the axes look like: look again on the next ticks."""
        if self.timer is None:
            self.timer = QTimer()
            self.timer.setInterval(self.INTERVAL_MS)
            self.timer.timeout.connect(self.step)
        if not self.timer.isActive():
            self.timer.start()

    def step(self) -> bool:
        """Draw one missing picture; False (and the timer stops) when none is missing."""
        for axis, ranges in list(self.axes.items()):
            if not shiboken6.isValid(axis) or not axis.isVisible() or axis.width() < 1 or axis.height() < 1:
                continue
            base = axis.picture_key()
            if self.done.get(axis) == base[1:]:
                continue
            for lo, hi in ranges:
                key = axis.key_for(lo, hi, base)
                if key not in axis.pictures:
                    axis.prepare(lo, hi, key)
                    return True
            self.done[axis] = base[1:]
        if self.timer is not None:
            self.timer.stop()
        return False

    def idle(self) -> bool:
        """True when every visible value axis has its ladder's pictures (the benchmark waits for it)."""
        return self.timer is None or not self.timer.isActive()


#: the value axes whose ladder pictures are drawn ahead (every :class:`ScaledAxis` registers its own)
LADDER = LadderPictures()


class ScaledAxis:
    """A value axis whose label carries the SI-prefixed unit of the data it shows (e.g. "Energy (MWh)"),
    and whose end is chosen by :meth:`fit`."""

    def __init__(self, axis: ChartAxis, template: str | Callable[[], str], family: str):
        """``template`` (e.g. "Energy ({unit})") or a function giving it in the current language."""
        self.axis = axis
        self.template = ""
        self.family = family
        self.factor = 0.0
        self.symbol = ""
        self.end = 0.0  # axis end, in the unit of ``factor``
        bind_or_set(self, "set_template", template)
        LADDER.add(axis)

    def set_template(self, template: str) -> None:
        """A new label template (the language changed): the label is re-set with the unit it shows."""
        self.template = template
        if self.factor > 0:
            self.axis.setLabel(template.format(unit=self.symbol))

    def scale(self, top: float) -> float:
        factor, symbol = choose_scale(top, self.family)
        if symbol != self.symbol:
            self.factor, self.symbol = factor, symbol
            self.axis.setLabel(self.template.format(unit=symbol))
            fit_axis_title(self.axis)
        return factor

    def fit(self, data_top: float, needed: float, moving: bool) -> tuple[float, float]:
        """``(factor, end)``: the unit factor for data whose largest value is ``data_top`` and the axis end,
        in that unit, that shows ``needed`` (base units, room for whiskers and labels included); see
        :func:`axis_end`. The unit changes only with the end."""
        if moving and self.factor > 0 and self.end > 0:
            end = axis_end(self.end, needed / self.factor, moving)
            if end == self.end:
                return self.factor, self.end
            old_factor = self.factor
            factor = self.scale(data_top)
            self.end = (
                end
                if factor == old_factor
                else axis_end(self.end * old_factor / factor, needed / factor, True)
            )
        else:
            factor = self.scale(data_top)
            self.end = axis_end(0.0, needed / factor, False)
        return factor, self.end
