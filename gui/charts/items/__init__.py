"""Drawn chart items and axis helpers shared by every chart, one file per kind.

Each chart creates its pyqtgraph items once and, on every new snapshot, feeds them with ``setData`` /
``setOpts`` and fixed axis ranges: nothing is cleared or rebuilt per change. Bars, whiskers, lines and labels
are drawn by one item per plot (``StackedBars``, ``Lines``, ``BarRows``) rather than dozens of pyqtgraph items,
and value axes are chosen by :class:`ScaledAxis` with SI-prefixed units from :mod:`core.units`.

- :mod:`.base`: ``brush``, ``swatch``, ``cosmetic_pen`` and :class:`DrawnItem`, the base of the drawn items;
- :mod:`.bars`: :class:`StackedBars` and :class:`BarRows`;
- :mod:`.lines`: :class:`Lines`;
- :mod:`.axes`: plots, :class:`ChartAxis` (an axis that keeps its drawn ticks), ranges and :class:`ScaledAxis`.
"""

from gui.charts.items.axes import (
    GROW_ROOM,
    HEADROOM,
    HOLD_BELOW,
    LADDER,
    NAME_SHARE,
    SHRINK_ROOM,
    ChartAxis,
    ScaledAxis,
    axis_end,
    category_axis,
    chart_axes,
    elide_name,
    fit_axis_title,
    fit_axis_titles,
    fit_category_ticks,
    hide_spare_axes,
    plot_widget,
    quiet,
    set_category_ticks,
    set_range,
    value_axis,
)
from gui.charts.items.bars import BarRows, StackedBars
from gui.charts.items.base import DrawnItem, brush, cosmetic_pen, swatch
from gui.charts.items.lines import Lines

__all__ = [
    "GROW_ROOM",
    "HEADROOM",
    "HOLD_BELOW",
    "LADDER",
    "NAME_SHARE",
    "SHRINK_ROOM",
    "BarRows",
    "ChartAxis",
    "DrawnItem",
    "Lines",
    "ScaledAxis",
    "StackedBars",
    "axis_end",
    "brush",
    "category_axis",
    "chart_axes",
    "cosmetic_pen",
    "elide_name",
    "fit_axis_title",
    "fit_axis_titles",
    "fit_category_ticks",
    "hide_spare_axes",
    "plot_widget",
    "quiet",
    "set_category_ticks",
    "set_range",
    "swatch",
    "value_axis",
]
