"""What every drawn chart item shares: colours as brushes and legend swatches, a one-pixel pen, and
:class:`DrawnItem`, the base of the items that draw themselves from numbers worked out when fed."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPen

from gui.charts.palette import INK


def brush(color: str, alpha: int = 255) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def swatch(color: str, text: str) -> str:
    return f'<span style="color:{color}; font-size:14px;">&#9632;</span>&nbsp;{text}'


def cosmetic_pen(color: str | QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), 1, style)
    pen.setCosmetic(True)  # one pixel wide whatever the axis scale
    return pen


class DrawnItem(pg.GraphicsObject):
    """An item of a plot that draws itself from numbers worked out when it is fed (subclasses: one per chart
    kind). It spans the rectangle it is given, so Qt never asks it for bounds it has to compute."""

    def __init__(self, ink: str = INK):
        super().__init__()
        self.ink = QColor(ink)
        self.ink_pen = cosmetic_pen(self.ink)
        self.label_font: QFont | None = None  # None: the chart's own font
        self._rect = QRectF()

    def _span(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self.update()

    def set_ink(self, color: str) -> None:
        """The colour of whiskers, markers and labels (the theme sets it)."""
        self.ink = QColor(color)
        self.ink_pen = cosmetic_pen(self.ink)
        self.update()

    def set_label_font(self, font: QFont) -> None:
        """The font of the item's labels (classroom mode enlarges them with the axes)."""
        self.label_font = QFont(font)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _label_metrics_font(self) -> QFont:
        font = self.label_font
        if font is None:
            scene = self.scene()
            view = scene.views()[0] if scene is not None and scene.views() else None
            font = view.viewport().font() if view is not None else QFont()
        return QFont(font)

    def _label_metrics(self) -> QFontMetrics:
        return QFontMetrics(self._label_metrics_font())

    def label_height_px(self) -> int:
        """The height of a line of the item's labels, in pixels."""
        return self._label_metrics().height()

    def label_width_px(self, text: str, at_most_px: int | None = None) -> int:
        """The width of ``text`` in the item's label type, shrunk to ``at_most_px`` px type when larger."""
        font = self._label_metrics_font()
        if at_most_px is not None and QFontInfo(font).pixelSize() > at_most_px:
            font.setPixelSize(at_most_px)
        return QFontMetrics(font).horizontalAdvance(text)

    def view_rect(self, to_device: Any) -> QRectF:
        """The plot area this item is drawn in (its view box), in device pixels."""
        vb = self.getViewBox()
        if vb is None or not hasattr(vb, "boundingRect"):
            return to_device.mapRect(self._rect)
        return to_device.mapRect(self.mapRectFromItem(vb, vb.boundingRect()))

    def label_rects(self, to_device: Any) -> list[tuple[QRectF, str]]:
        """The texts this item draws and their boxes in device pixels, given the item-to-device transform
        (the layout check compares them with the plot's edges); none by default."""
        return []
