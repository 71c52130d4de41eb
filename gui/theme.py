"""Light and dark themes (Fusion with a palette), and the high-contrast look of classroom mode.

Only colours change: the font size stays the system's, so text follows the user's font-size setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette

_state: dict[str, Any] = {"style": None, "palette": None, "dark": False}

DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#E8EAED",
    QPalette.ColorRole.Base: "#17181A",
    QPalette.ColorRole.AlternateBase: "#2A2B2E",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#E8EAED",
    QPalette.ColorRole.PlaceholderText: "#9AA0A6",
    QPalette.ColorRole.Text: "#E8EAED",
    QPalette.ColorRole.Button: "#2D2E31",
    QPalette.ColorRole.ButtonText: "#E8EAED",
    QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.Highlight: "#56B4E9",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#8AB4F8",
    QPalette.ColorRole.Mid: "#4A4B4F",
    QPalette.ColorRole.Dark: "#121314",
    QPalette.ColorRole.Light: "#4A4B4F",
}


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in DARK.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7F8388"))
    return pal


def is_dark() -> bool:
    return _state["dark"]


def apply_theme(app: Any, dark: bool) -> None:
    """Switch the whole application between the system look and a dark Fusion palette."""
    from PySide6.QtWidgets import QStyleFactory

    if _state["style"] is None:
        _state["style"] = app.style().name()
        _state["palette"] = app.palette()
    if dark:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette())
    else:
        app.setStyle(QStyleFactory.create(_state["style"]) or QStyleFactory.create("Fusion"))
        app.setPalette(_state["palette"])
    _state["dark"] = dark


def style_charts(window: Any, dark: bool) -> None:
    """Chart backgrounds and ink to match the theme (the series colours are the same in both)."""
    import pyqtgraph as pg

    bg, ink = ("#17181A", "#E8EAED") if dark else ("w", "#333333")
    from PySide6.QtWidgets import QLabel

    from gui.charts.card import CardText, TextLine
    from gui.charts.items import DrawnItem

    soft = "#B0B4BA" if dark else "#555555"
    for card in getattr(window, "charts", []):
        for view in card.findChildren(pg.GraphicsView):
            view.setBackground(bg)
        for item in plot_items(card):
            for name in ("left", "bottom", "right"):
                axis = item.getAxis(name)
                axis.setTextPen(ink)
                axis.setPen(ink)
            for child in item.vb.addedItems:
                if isinstance(child, DrawnItem):
                    child.set_ink(ink)
    # secondary text (captions, subtitles) is drawn in a fixed grey: lighten it on a dark background
    lines = [(w, w) for w in window.findChildren(TextLine)]
    lines += [(line, card) for card in window.findChildren(CardText) for line in card.lines]
    for line, widget in lines:
        if line.color().name().upper() in ("#555555", "#B0B4BA"):
            line.setColor(QColor(soft))
        elif line.color().name().upper() in ("#333333", "#E8EAED"):
            line.setColor(QColor(ink if dark else "#333333"))
        widget.update()
    for label in window.findChildren(QLabel):
        sheet = label.styleSheet()
        if "#555555" in sheet or "#B0B4BA" in sheet:
            label.setStyleSheet(sheet.replace("#555555", soft).replace("#B0B4BA", soft))
        note = (
            ("#8a4b00", "#F0A04B") if dark else ("#F0A04B", "#8a4b00")
        )  # an input's note (gui.inputs.honest)
        if note[0] in sheet:
            label.setStyleSheet(sheet.replace(*note))


def plot_items(card: Any) -> list:
    """Every pyqtgraph PlotItem inside a chart card (PlotWidget or GraphicsLayoutWidget)."""
    import pyqtgraph as pg

    items = []
    for view in card.findChildren(pg.GraphicsView):
        items += [i for i in view.scene().items() if isinstance(i, pg.PlotItem)]
    return items


#: Classroom mode: black on white at projector scale; borders thick enough to read from the back row.
HIGH_CONTRAST_QSS = """
QWidget#classroom { background: #FFFFFF; color: #000000; }
QWidget#classroom QLabel { color: #000000; }
QWidget#classroom QLabel#banner { background: #000000; color: #FFFFFF; padding: 6px 14px; }
QWidget#classroom QFrame#tile { border: 3px solid #000000; border-radius: 6px; background: #FFFFFF; }
QWidget#classroom QFrame#chartCard { border: 2px solid #000000; }
"""
