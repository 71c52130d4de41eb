"""Light and dark themes (Fusion with a palette), and the high-contrast look of classroom mode.

Only colours change: the font size stays the system's, so text follows the user's font-size setting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette

_state: dict[str, Any] = {"style": None, "palette": None, "dark": False, "high_contrast": False}

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
    if _state["high_contrast"]:  # the projector preference keeps its contrast in either theme
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette(dark))


# ----- high contrast (the projector preference) ----------------------------------------------------------
#: Black on white (and white on black in the dark theme): every text role against every background it is
#: drawn on at least 7:1, WCAG 2.x level AAA (tests/gui/test_teacher.py computes each ratio). Disabled text
#: too, because a locked input (gui.classroom.teacher) must still be read from the back of the room.
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#FFFFFF",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#FFFFFF",
    QPalette.ColorRole.AlternateBase: "#F2F2F2",
    QPalette.ColorRole.ToolTipBase: "#FFFFFF",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#4D4D4D",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#FFFFFF",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#FFFFFF",
    QPalette.ColorRole.Highlight: "#00337F",
    QPalette.ColorRole.HighlightedText: "#FFFFFF",
    QPalette.ColorRole.Link: "#0033A0",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Light: "#FFFFFF",
}
HIGH_CONTRAST_DISABLED_TEXT = "#4D4D4D"
HIGH_CONTRAST_DARK = {
    **HIGH_CONTRAST,
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#FFFFFF",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1A1A1A",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#FFFFFF",
    QPalette.ColorRole.PlaceholderText: "#BDBDBD",
    QPalette.ColorRole.Text: "#FFFFFF",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#FFFFFF",
    QPalette.ColorRole.BrightText: "#000000",
    QPalette.ColorRole.Highlight: "#FFD966",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#9CC3FF",
    QPalette.ColorRole.Mid: "#FFFFFF",
    QPalette.ColorRole.Dark: "#FFFFFF",
    QPalette.ColorRole.Light: "#000000",
}
HIGH_CONTRAST_DARK_DISABLED_TEXT = "#BDBDBD"
#: the text roles and the background each is drawn on
TEXT_ON = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.BrightText, QPalette.ColorRole.WindowText),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour ``#RRGGBB``
    (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance)."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21
    (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def high_contrast_palette(dark: bool = False) -> QPalette:
    pal = QPalette()
    for role, colour in (HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST).items():
        pal.setColor(role, QColor(colour))
    disabled = HIGH_CONTRAST_DARK_DISABLED_TEXT if dark else HIGH_CONTRAST_DISABLED_TEXT
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return pal


def is_high_contrast() -> bool:
    return _state["high_contrast"]


def set_high_contrast(app: Any, on: bool) -> None:
    """Switch the projector's high contrast on or off (the theme, light or dark, stays as chosen)."""
    _state["high_contrast"] = on
    apply_theme(app, _state["dark"])


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
