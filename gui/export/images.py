"""Exporting what the window shows: a widget to PNG or SVG, results to CSV or JSON, text to the clipboard.

SVG goes through ``QSvgGenerator`` (the widget paints itself into it): pyqtgraph's own SVG exporter fails on
current Qt (see docs/shared stack-notes). Every picture is drawn into memory first and then written by
:func:`core.files.write_file`, the app's one writing path: a full disk is an error, never a truncated file
reported as written, and an interrupted export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

from core.files import write_file

IMAGE_FORMATS = (".png", ".svg")


class DrawingFailed(OSError):
    """Qt could not draw the picture (its painter refused to start or finish)."""


@contextlib.contextmanager
def drawn_afresh(widget: QWidget) -> Iterator[None]:
    """Chart items that keep a bitmap of themselves on screen (the axes) draw afresh while exported, so a
    PNG at twice the size stays sharp and an SVG holds lines and text rather than pictures of them."""
    cached: list[tuple[QGraphicsItem, QGraphicsItem.CacheMode]] = []
    for view in widget.findChildren(QGraphicsView) + ([widget] if isinstance(widget, QGraphicsView) else []):
        scene = view.scene()
        for item in scene.items() if scene is not None else ():
            if item.cacheMode() != QGraphicsItem.CacheMode.NoCache:
                cached.append((item, item.cacheMode()))
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def widget_png_bytes(widget: QWidget, scale: float = 2.0) -> bytes:
    """The widget rendered at ``scale`` times its size (sharp in documents), as PNG bytes."""
    size = widget.size()
    image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    with drawn_afresh(widget):
        widget.render(painter, QPoint(0, 0))
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise DrawingFailed("could not encode the PNG")
    buf.close()
    return bytes(data)


def widget_image(widget: QWidget, scale: float = 2.0) -> QImage:
    image = QImage()
    image.loadFromData(widget_png_bytes(widget, scale), "PNG")
    return image


def widget_svg_bytes(widget: QWidget, title: str = "AI Energy Explorer chart") -> bytes:
    """The widget as an SVG drawing (lines and text, not pictures of them), in memory."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(widget.size())
    gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    gen.setTitle(title)
    gen.setDescription("AI Energy Explorer")
    painter = QPainter()
    if not painter.begin(gen):
        raise DrawingFailed("could not start drawing the SVG")
    with drawn_afresh(widget):
        widget.render(painter, QPoint(0, 0))
    if not painter.end():
        raise DrawingFailed("could not finish drawing the SVG")
    buf.close()
    out = bytes(data)
    if b"</svg>" not in out[-64:]:
        raise DrawingFailed("the SVG drawing is incomplete")
    return out


def save_widget(widget: QWidget, path: str, title: str = "AI Energy Explorer chart") -> str:
    """Write ``widget`` as PNG or SVG (chosen by the extension); returns the format written."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".png":
        data = widget_png_bytes(widget)
    elif ext == ".svg":
        data = widget_svg_bytes(widget, title)
    else:
        raise ValueError(f"'{ext or 'no extension'}' is not an image format; use .png or .svg")
    write_file(path, data, what="image")
    return ext[1:]


def results_text(snapshot_results: dict, ranges: dict) -> str:
    """Tab-separated output, value, p5, p95 lines: pastes into a spreadsheet as a table."""
    from core.outputs import REPORTED

    lines = ["output\tvalue\tunit\tp5\tp95"]
    for out in REPORTED:
        rg = ranges.get(out.path, {})
        p5 = f"{rg['p5']:.6g}" if "p5" in rg else ""
        p95 = f"{rg['p95']:.6g}" if "p95" in rg else ""
        lines.append(f"{out.label}\t{float(snapshot_results[out.path]):.6g}\t{out.unit}\t{p5}\t{p95}")
    return "\n".join(lines) + "\n"


def copy_results(snapshot_results: dict, ranges: dict) -> str:
    text = results_text(snapshot_results, ranges)
    QGuiApplication.clipboard().setText(text)
    return text
