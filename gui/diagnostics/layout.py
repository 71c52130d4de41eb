"""The layout check: is every number on screen whole?

Walks every visible text of a window (labels, buttons, the headline cards' painted lines, the fixed-height
text lines, and in each chart's scene the axis tick texts, axis titles and the values drawn on bars and
markers) and compares its bounding box with the space it is given and with its neighbours. A text cut by
its own box or by a parent, two texts drawn over each other, a bar chart whose value axis does not include
zero and a window larger than the screen are failures: a number drawn partly is a wrong number.

:func:`check_layout` returns the failures as one readable line each (empty: the layout is sound). The
self-test runs it (``main.py --self-test --size WxH --lang ja --lesson N --classroom``) and so do the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStatusBar,
    QTabBar,
    QWidget,
)

#: pixels of slack: anti-aliased glyph edges and rounding of fractional font metrics
SLACK = 1
#: pixels of slack where a box is mapped from the scene to the screen (each edge rounds outwards)
MAPPED = 2


@dataclass(frozen=True)
class TextBox:
    """One drawn text: where it is (window coordinates), the text, and a name for the report."""

    rect: QRect
    text: str
    where: str
    owner: object  # the widget or graphics item, so a text is not compared with its own parts


def _name(w: QWidget) -> str:
    parts = []
    node: QWidget | None = w
    while node is not None and len(parts) < 3:
        parts.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _in_scroll_area(w: QWidget) -> bool:
    node = w.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractScrollArea) and not isinstance(node, pg.GraphicsView):
            return True
        node = node.parentWidget()
    return False


def _visible_rect(w: QWidget, top: QWidget) -> QRect:
    """The part of ``w`` its parents leave visible, in ``top``'s coordinates."""
    rect = QRect(w.mapTo(top, w.rect().topLeft()), w.size())
    node = w.parentWidget()
    while node is not None and node is not top.parentWidget():
        rect = rect.intersected(QRect(node.mapTo(top, node.rect().topLeft()), node.size()))
        if node is top:
            break
        node = node.parentWidget()
    return rect


def _painted_lines(w: QWidget) -> list[tuple[str, QRect, object]] | None:
    """Texts a widget paints itself (TextLine, CardText), with the box each must fit in; None: not such."""
    from gui.charts.card import CardText, TextLine

    if isinstance(w, TextLine):
        return [(w.text(), QRect(0, 0, w.width(), w.height()), (w.drawn_font(), w.line_count()))]
    if isinstance(w, CardText):
        out, y = [], 0
        for line, font in zip(w.lines, w.drawn_fonts(), strict=True):
            out.append((line.text(), QRect(0, y, w.width(), line.height()), (font, line.lines)))
            y += line.height()
        return out
    return None


def _fits(text: str, box: QRect, font_and_lines: tuple) -> bool:
    font, lines = font_and_lines
    fm = QFontMetrics(font)
    if lines <= 1:
        return fm.horizontalAdvance(text) <= box.width() + SLACK
    need = fm.boundingRect(
        QRect(0, 0, box.width(), 100000), int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text
    )
    return need.height() <= box.height() + SLACK and need.width() <= box.width() + SLACK


def widget_texts(top: QWidget, problems: list[str]) -> list[TextBox]:
    """Check each visible text widget of ``top`` against its own box and its parents'; return the boxes."""
    boxes: list[TextBox] = []
    for w in top.findChildren(QWidget):
        if not w.isVisible() or w.window() is not top or w.width() <= 0 or w.height() <= 0:
            continue
        scrolled = _in_scroll_area(w)
        painted = _painted_lines(w)
        origin = w.mapTo(top, w.rect().topLeft())
        if painted is not None:
            for text, box, fl in painted:
                if not text:
                    continue
                if not _fits(text, box, fl):
                    problems.append(f"clipped text {text!r} in {_name(w)} ({box.width()}x{box.height()} px)")
                boxes.append(TextBox(box.translated(origin), text, _name(w), w))
            visible = _visible_rect(w, top)
            if not scrolled and visible.size() != w.size() and any(t for t, _, _ in painted):
                problems.append(f"{_name(w)} cut by its parent ({visible.width()}x{visible.height()} shown)")
            continue
        if isinstance(w, QLabel):
            text = _plain(w.text())
            if not text.strip() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            cr = w.contentsRect()
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + SLACK:
                    problems.append(
                        f"clipped text {text[:60]!r} in {_name(w)}: needs {need_h} px high, has {w.height()}"
                    )
            else:
                need_w = QFontMetrics(w.font()).boundingRect(QRect(), 0, text).width()
                if "<" in w.text():
                    doc = QTextDocument()
                    doc.setDefaultFont(w.font())
                    doc.setHtml(w.text())
                    need_w = int(doc.idealWidth()) - 2 * int(doc.documentMargin())
                if need_w > cr.width() + SLACK:
                    problems.append(
                        f"clipped text {text[:60]!r} in {_name(w)}: needs {need_w} px wide, has {cr.width()}"
                    )
            rect = cr.translated(origin)
        elif isinstance(w, QAbstractButton) and w.text():
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rect = QRect(origin, w.size())
            need = w.sizeHint().width()
            if w.width() + SLACK < min(need, QFontMetrics(w.font()).horizontalAdvance(text) + 8):
                problems.append(f"clipped button {text!r} in {_name(w)}: {w.width()} px wide")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabText(i):
                    tab = w.tabRect(i)
                    boxes.append(TextBox(tab.translated(origin), w.tabText(i).replace("&", ""), _name(w), w))
            continue
        elif isinstance(w, QStatusBar):
            message = w.currentMessage()
            if message:
                # the message is drawn left of the permanent widgets and cut where they begin
                right = min(
                    (
                        c.x()
                        for c in w.findChildren(QWidget)
                        if c.isVisible() and c.parentWidget() is w and c.x() > 0
                    ),
                    default=w.width(),
                )
                need = QFontMetrics(w.font()).horizontalAdvance(message) + 8
                if need > right:
                    problems.append(f"status message {message[:50]!r} is cut: needs {need} px, has {right}")
            continue
        elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
            # the greyed hint of an empty field ("full batches", "derived: 32"): whole, or not at all
            from gui.inputs.quantity import placeholder_room

            text = w.placeholderText()
            room = placeholder_room(w)
            need = QFontMetrics(w.font()).horizontalAdvance(text)
            if need > room + SLACK:
                problems.append(f"placeholder {text!r} in {_name(w)} is cut: needs {need} px, has {room}")
            continue
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            text = w.currentText()
            rect = QRect(origin, w.size())
        else:
            continue
        visible = _visible_rect(w, top)
        if not scrolled and visible != QRect(origin, w.size()):
            if visible.isEmpty():
                problems.append(f"{text[:40]!r} ({_name(w)}) is outside the window")
            else:
                problems.append(
                    f"{text[:40]!r} ({_name(w)}) cut by its parent: {visible.width()}x{visible.height()} "
                    f"of {w.width()}x{w.height()} shown"
                )
        if scrolled:
            rect = rect.intersected(visible)
        if not rect.isEmpty():
            boxes.append(TextBox(rect, text, _name(w), w))
    return boxes


def _plot_items(view: pg.GraphicsView) -> list[pg.PlotItem]:
    scene = view.scene()
    return [it for it in scene.items() if isinstance(it, pg.PlotItem) and it.isVisible()] if scene else []


def _device_rect(view: pg.GraphicsView, item, rect: QRectF) -> QRectF:
    return view.mapFromScene(item.mapRectToScene(rect)).boundingRect().toRectF()


def chart_texts(view: pg.GraphicsView, top: QWidget, problems: list[str]) -> list[TextBox]:
    """Check the texts drawn in one chart's scene; return them (window coordinates)."""
    from gui.charts.items import BarRows, DrawnItem, StackedBars
    from gui.charts.items.bars import MIN_LABEL_PX

    boxes: list[TextBox] = []
    viewport = QRectF(view.viewport().rect())
    to_top = view.viewport().mapTo(top, view.viewport().rect().topLeft())
    chart_name = _name(view)
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    for plot in _plot_items(view):
        vb = plot.vb
        plot_area = _device_rect(view, vb, vb.boundingRect())
        for name in ("left", "bottom", "right", "top"):
            axis = plot.getAxis(name)
            if not axis.isVisible():
                continue
            painter = QPainter(image)
            try:
                _, _, specs = axis.generateDrawSpecs(painter)
            finally:
                painter.end()
            texts = [(_device_rect(view, axis, rect), text) for rect, _, text in specs]
            for rect, text in texts:
                if not viewport.adjusted(-MAPPED, -MAPPED, MAPPED, MAPPED).contains(rect):
                    problems.append(
                        f"axis text {text!r} of {chart_name} runs out of the chart "
                        f"({rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f} in "
                        f"{viewport.width():.0f}x{viewport.height():.0f})"
                    )
            if axis.label.isVisible() and axis.labelText:
                # The title's box is a line of text: its height includes the line spacing of the font that
                # draws it (taller for the Japanese fallback font) beyond the glyphs, so only its length is
                # held to the chart's edges.
                margin = axis.label.document().documentMargin()
                inner = axis.label.boundingRect().adjusted(margin, margin, -margin, -margin)
                rect = _device_rect(view, axis.label, inner)
                title = _plain(axis.labelText)
                along = (rect.top(), rect.bottom(), viewport.top(), viewport.bottom())
                if axis.orientation in ("top", "bottom"):
                    along = (rect.left(), rect.right(), viewport.left(), viewport.right())
                if along[0] < along[2] - MAPPED or along[1] > along[3] + MAPPED:
                    problems.append(f"axis title {title!r} of {chart_name} is longer than its axis")
                texts.append((rect.intersected(viewport), title))
            for rect, text in texts:
                boxes.append(TextBox(rect.toAlignedRect().translated(to_top), text, chart_name, axis))
            category_names(view, axis, chart_name, problems)
            for i, (a, ta) in enumerate(texts):
                for b, tb in texts[i + 1 :]:
                    inter = a.intersected(b)
                    if inter.width() > SLACK and inter.height() > SLACK:
                        problems.append(f"axis texts {ta!r} and {tb!r} of {chart_name} overlap")
        y_lo, y_hi = vb.viewRange()[1]
        x_lo, x_hi = vb.viewRange()[0]
        for child in vb.addedItems:
            if not child.isVisible():
                continue
            if isinstance(child, StackedBars) and not (y_lo <= 0 <= y_hi):
                problems.append(f"bar chart {chart_name} does not include zero (y from {y_lo:.3g})")
            if isinstance(child, BarRows) and not (x_lo <= 0 <= x_hi):
                problems.append(f"bar chart {chart_name} does not include zero (x from {x_lo:.3g})")
            if isinstance(child, pg.BarGraphItem):
                base = child.opts.get("y0") if child.opts.get("x0") is None else child.opts.get("x0")
                lo, hi = (y_lo, y_hi) if child.opts.get("x0") is None else (x_lo, x_hi)
                if base is not None and not (lo <= 0 <= hi) and not vb.state["logMode"][1]:
                    problems.append(f"bar chart {chart_name} does not include zero")
            if isinstance(child, DrawnItem):
                transform = child.deviceTransform(view.viewportTransform())
                labels = child.label_rects(transform)
                if isinstance(child, StackedBars) and labels:
                    # shrunk for its neighbours below the smallest readable type (or the chart's own type)
                    px = child.label_pixel_size(transform)
                    floor = min(MIN_LABEL_PX, QFontInfo(child.label_font or view.font()).pixelSize())
                    if px is not None and px < floor:
                        problems.append(f"values in {chart_name} are drawn in {px} px type, under {floor} px")
                    for text in child.labels_over_bars(transform):
                        problems.append(f"value {text!r} in {chart_name} is drawn over a bar")
                for rect, text in labels:
                    if not plot_area.adjusted(-MAPPED, -MAPPED, MAPPED, MAPPED).contains(rect):
                        problems.append(f"value {text!r} in {chart_name} is cut by the plot's edge")
                    boxes.append(TextBox(rect.toAlignedRect().translated(to_top), text, chart_name, child))
                for i, (a, ta) in enumerate(labels):
                    for b, tb in labels[i + 1 :]:
                        inter = a.intersected(b)
                        if inter.width() > SLACK and inter.height() > SLACK:
                            problems.append(f"values {ta!r} and {tb!r} in {chart_name} overlap")
        legend = getattr(plot, "legend", None)
        if legend is not None and legend.isVisible():
            lrect = _device_rect(view, legend, legend.boundingRect())
            if not viewport.contains(lrect):
                problems.append(f"legend of {chart_name} runs out of the chart")
    return boxes


def category_names(view: pg.GraphicsView, axis, chart_name: str, problems: list[str]) -> None:
    """A row's name drawn partly where it could be whole: each name on a category axis is shown whole,
    with or without its figure ("Germany · 344 g/kWh" or "Germany"), and shortened with "…" only when the
    name alone is wider than the most the axis may take (``NAME_SHARE`` of the chart's width)."""
    from gui.charts.items.axes import NAME_SHARE

    full = dict(getattr(axis, "category_labels", None) or ())
    if not full or axis.orientation not in ("left", "right") or not axis._tickLevels:
        return
    fm = QFontMetrics(axis.font() if axis.style.get("tickFont") is None else axis.style["tickFont"])
    room = int(view.width() * NAME_SHARE) - 14
    for k, drawn in axis._tickLevels[0]:
        whole = full.get(k)
        if whole is None or drawn == whole:
            continue
        name = whole.rpartition(" · ")[0] or whole
        if drawn == name:
            continue  # the name whole, its figure left out
        if drawn.endswith("…") and fm.horizontalAdvance(name) > room:
            continue  # the name alone is wider than the axis may be: shortened on purpose
        problems.append(
            f"name {whole!r} of {chart_name} is drawn as {drawn!r}, though {name!r} fits "
            f"({fm.horizontalAdvance(name)} px of {room})"
        )


def overlaps(boxes: list[TextBox], problems: list[str]) -> None:
    """Texts of different widgets drawn over each other."""
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a.owner is b.owner:
                continue
            if (
                isinstance(a.owner, QWidget)
                and isinstance(b.owner, QWidget)
                and (a.owner.isAncestorOf(b.owner) or b.owner.isAncestorOf(a.owner))
            ):
                continue
            inter = a.rect.intersected(b.rect)
            if inter.width() > 2 * SLACK and inter.height() > 2 * SLACK:
                problems.append(f"{a.text[:40]!r} ({a.where}) overlaps {b.text[:40]!r} ({b.where})")


def check_window(top: QWidget, screen: QSize) -> list[str]:
    """Every failure of one top-level window shown on a screen of size ``screen``."""
    QApplication.processEvents()
    problems: list[str] = []
    frame = top.frameGeometry()
    if frame.width() > screen.width() or frame.height() > screen.height():
        problems.append(
            f"{_name(top)} is {frame.width()}x{frame.height()}, larger than the screen "
            f"{screen.width()}x{screen.height()}"
        )
    hint = top.minimumSizeHint().expandedTo(top.minimumSize())
    if hint.width() > screen.width() or hint.height() > screen.height():
        problems.append(
            f"{_name(top)} needs at least {hint.width()}x{hint.height()}, more than the screen "
            f"{screen.width()}x{screen.height()}"
        )
    boxes = widget_texts(top, problems)
    for view in top.findChildren(pg.GraphicsView):
        if view.isVisible() and view.window() is top:
            boxes += chart_texts(view, top, problems)
    overlaps(boxes, problems)
    return problems


def check_layout(windows: list[QWidget], screen: QSize) -> list[str]:
    """Every failure of every window in ``windows`` (each prefixed with the window's name)."""
    out: list[str] = []
    for top in windows:
        if top.isVisible():
            out += check_window(top, screen)
    # one line per distinct failure: the same label found twice says nothing new
    return list(dict.fromkeys(out))


def lesson_step(lesson: str) -> int:
    """The first step (index into every step) of lesson ``lesson``: its number, its id or a lesson file."""
    from gui.classroom.lessons import first_step_of

    return first_step_of(lesson)


def fit_to_screen(win: QWidget, size: QSize) -> None:
    """Make ``win``, frame included, as large as a screen of ``size`` (as maximising it would)."""
    QApplication.processEvents()
    frame = win.frameGeometry().size() - win.geometry().size()
    win.setGeometry(0, 0, size.width() - frame.width(), size.height() - frame.height())
    QApplication.processEvents()


def arrange(win, size: QSize, lesson: str | None = None, classroom: bool = False) -> list[QWidget]:
    """Show ``win`` on a screen of ``size`` as a user would: maximised to it, with the lesson panel at the
    lesson's first step and classroom mode over the whole screen when asked. Returns the windows shown."""
    from gui.presenter import settle

    win.show()
    settle(win.presenter)
    fit_to_screen(win, size)
    if lesson is not None:
        panel = win.extras.lessons
        panel.show()
        panel.show_step(lesson_step(lesson))
    settle(win.presenter, full=True)
    fit_to_screen(win, size)
    shown = [win]
    if classroom:
        view = win.extras.open_classroom(full_screen=False, screen_size=(size.width(), size.height()))
        fit_to_screen(view, size)
        settle(win.presenter, full=True)
        shown.append(view)
    for w in shown:
        for chart in w.findChildren(pg.GraphicsView):
            scene = chart.scene()
            if scene is not None:
                scene.prepareForPaint()
    QApplication.processEvents()
    return shown
