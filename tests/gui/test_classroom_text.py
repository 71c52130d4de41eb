"""Classroom mode's words, read from the back of a room: every grid's name whole (or shortened with "…" only
when it alone cannot fit), and chart explanations and legends no smaller than the axes' text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics

from gui.charts.items.axes import elide_name


def test_a_name_is_never_cut_to_keep_its_figure(qapp):
    fm = QFontMetrics(QFont())
    text = "Germany · 344 g/kWh"
    assert elide_name(text, fm.horizontalAdvance(text), fm) == text  # room for both: both
    # room for the name, not for both: the whole name, the figure left out
    assert elide_name(text, fm.horizontalAdvance("Germany · 34"), fm) == "Germany"
    assert elide_name(text, fm.horizontalAdvance("Germany"), fm) == "Germany"
    # narrower than the name alone: shortened with "…", never a cut figure
    short = elide_name(text, fm.horizontalAdvance("Germ"), fm)
    assert short.endswith("…") and short != "Germany" and "344" not in short
    assert fm.horizontalAdvance(short) <= fm.horizontalAdvance("Germ")


@pytest.fixture
def classroom_at(qtbot, qapp, tmp_path, isolated_settings):
    """Classroom mode over lesson 2 on a screen of the given size and language, as the self-test arranges it."""
    from PySide6.QtCore import QSettings

    from gui import i18n
    from gui.diagnostics.layout import arrange
    from gui.window.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    made = []

    def open_(size: tuple[int, int], lang: str):
        i18n.apply_language(qapp, lang)
        win = MainWindow()
        qtbot.addWidget(win)
        win.build()
        shown = arrange(win, QSize(*size), lesson="2", classroom=True)
        made.append(win)
        return win, win.extras.classroom, shown

    yield open_
    for win in made:
        win.extras.classroom.close()
        win.close()
    i18n.apply_language(qapp, "en")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_settings))


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
def test_every_grid_name_is_whole_in_classroom_mode(classroom_at, size, lang):
    from PySide6.QtCore import QCoreApplication

    from gui.diagnostics.layout import check_layout

    _win, view, shown = classroom_at(size, lang)
    axis = view.location.plot.getAxis("left")
    drawn = dict(axis._tickLevels[0])
    germany = QCoreApplication.translate("Regions", "Germany")
    assert germany in ("Germany", "ドイツ")
    full = dict(axis.category_labels)
    row = next(k for k, text in full.items() if text.startswith(germany + " · "))
    assert drawn[row] in (full[row], germany)  # whole, with its figure or alone
    for k, text in drawn.items():
        name = full[k].rpartition(" · ")[0]
        assert text in (full[k], name), (text, full[k])
    # the rows read alike: every row with its figure, or none
    with_figure = {" · " in text for k, text in drawn.items() if " · " in full[k]}
    assert len(with_figure) == 1, drawn
    assert check_layout(shown, QSize(*size)) == []
    # the check itself finds a name cut to keep its figure
    axis.setTicks([[(k, "Ger… · 344 g/kWh" if k == row else t) for k, t in drawn.items()]])
    found = check_layout(shown, QSize(*size))
    assert any(f"name {full[row]!r}" in f and "Ger…" in f for f in found), found


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
def test_chart_explanations_and_legends_are_as_large_as_the_axes(classroom_at, size, lang):
    """Projected to a class, each chart's explanation and legend are drawn in type at least as large (in
    pixels) as its axes' numbers, and never smaller than the window's own explanation."""
    from PySide6.QtGui import QFontInfo

    from gui.diagnostics.layout import check_layout
    from gui.theme import plot_items

    win, view, shown = classroom_at(size, lang)
    own = QFontInfo(win.breakdown.subtitle.drawn_font()).pixelSize()
    for chart in (view.breakdown, view.lifetime, view.location, view.scale):
        if chart is view.scale:
            view.toggle_scale()  # key S: the scale chart in the third place
        axis_px = max(
            QFontInfo(item.getAxis(name).style["tickFont"]).pixelSize()
            for item in plot_items(chart)
            for name in ("left", "bottom")
        )
        subtitle_px = QFontInfo(chart.subtitle.drawn_font()).pixelSize()  # not shrunk to fit: whole
        legend_px = QFontInfo(chart.legend.font()).pixelSize()
        assert subtitle_px >= axis_px and legend_px >= axis_px, (type(chart).__name__, subtitle_px, axis_px)
        assert subtitle_px >= own and subtitle_px >= 12  # ~10 px before at 1024x768
    assert check_layout(shown, QSize(*size)) == []


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)], ids=["1024x768", "1366x768"])
def test_both_bars_of_the_breakdown_keep_their_names_in_classroom_mode(classroom_at, size, lang):
    """In English at 1024 x 768 the two plots side by side left each bar ~30 px for "Training" (65 px), and
    the axis drew neither name: the CO2e plot now goes under the energy plot where the names do not fit."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QImage, QPainter

    _win, view, _shown = classroom_at(size, lang)
    chart = view.breakdown
    names = {
        QCoreApplication.translate("Charts", "Training"),
        QCoreApplication.translate("Charts", "Serving"),
    }
    for plot in (chart.energy_plot, chart.co2_plot):
        axis = plot.getAxis("bottom")
        image = QImage(max(1, int(axis.width())), max(1, int(axis.height())), QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        _spec, _ticks, texts = axis.generateDrawSpecs(painter)
        painter.end()
        assert {t[2] for t in texts} == names, (lang, size, [t[2] for t in texts])
    if lang == "en" and size == (1024, 768):
        assert chart.stacked  # two plots one above the other in the narrow projected card


@pytest.mark.parametrize(
    ("lang", "size", "classroom"),
    [
        ("ja", (1024, 768), False),
        ("ja", (1024, 768), True),
        ("en", (1366, 768), False),
        ("en", (1024, 768), True),
    ],
    ids=["ja-1024", "ja-1024-classroom", "en-1366", "en-1024-classroom"],
)
def test_the_breakdown_says_likely_range_as_the_cards_and_glossary_do(
    qtbot, qapp, tmp_path, isolated_settings, lang, size, classroom
):
    """The whiskers are the cards' "likely" range and the glossary's "Likely range", not "p5–p95"; the
    longer words are drawn whole (in the chart's own type, not shrunk to fit) at 1024 x 768 and in class."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtGui import QFontInfo

    from gui import i18n
    from gui.diagnostics.layout import arrange, check_layout
    from gui.window.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    i18n.apply_language(qapp, lang)
    win = MainWindow()
    qtbot.addWidget(win)
    try:
        win.build()
        shown = arrange(win, QSize(*size), classroom=classroom)
        chart = shown[-1].breakdown if classroom else win.breakdown
        text = chart.subtitle.text()
        card_word = QCoreApplication.translate("Charts", "likely {range}").split("{range}")[0].strip()
        term = QCoreApplication.translate("Glossary", "Likely range (p5–p95)")
        if lang == "en":
            assert text.endswith("Whiskers: likely range (5th–95th percentile).")
            assert card_word == "likely" and term.lower().startswith("likely range")
        else:
            assert text.endswith("ひげ：ありうる範囲（5〜95パーセンタイル）。")
            assert card_word == "範囲" and term.startswith("ありうる範囲")
        assert "p5" not in text and "p95" not in text
        own = QFontInfo(chart.subtitle.font()).pixelSize()
        assert QFontInfo(chart.subtitle.drawn_font()).pixelSize() == own  # whole, not shrunk to fit
        assert check_layout(shown, QSize(*size)) == []
    finally:
        if classroom:
            win.extras.classroom.close()
        win.close()
        i18n.apply_language(qapp, "en")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(isolated_settings))


def drawn_names(axis) -> list[str]:
    """The names an axis draws (pyqtgraph leaves out one that would stick out of the axis)."""
    from PySide6.QtGui import QImage, QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("end", ["first", "last"])
def test_the_chosen_chip_is_named_at_either_end_of_the_hardware_chart(
    qtbot, qapp, isolated_settings, lang, end
):
    """Lesson 3 ("A 2017 GPU") chooses the V100, the hardware chart's first row: beside the lesson at
    1366x768 its name was left out (its text box stuck out of the axis by two pixels), so the bar the lesson
    talks about had no name. The rows now leave room for the end rows' names."""
    from gui import i18n
    from gui.diagnostics.layout import arrange
    from gui.presenter import settle
    from gui.window.main_window import MainWindow

    i18n.apply_language(qapp, lang)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.build()
        arrange(win, QSize(1366, 768), lesson="3")
        chart = win.chart_area.hardware
        axis = chart.plot.getAxis("left")
        if end == "last":
            last = axis.category_labels[-1][0]
            ids = win.presenter.snapshot.hardware["ids"]
            win.presenter.set_value("training.accelerator", ids[last])
            settle(win.presenter, full=True)
        qtbot.wait(50)  # the plot's layout after the lesson's resize
        full = dict(axis.category_labels)
        row = 0 if end == "first" else len(full) - 1
        assert full[row].startswith("▶ "), full  # the chosen chip is at that end
        drawn = drawn_names(axis)
        assert [t for t in drawn if t.startswith("▶ ")], (
            full[row],
            drawn,
        )  # named (shortened with "…" or not)
        # the rows' span leaves the end rows room for their names, and no more than needed
        lo, hi = chart.plot.vb.viewRange()[1]
        assert lo == pytest.approx(-(hi - (len(full) - 1)))
        assert 0.6 <= -lo <= 1.5
    finally:
        i18n.apply_language(qapp, "en")


def test_end_rows_get_room_for_half_a_name():
    """The end row's centre lies half a name's height from the axis' end (no less than 0.6 rows, no more than
    1.5: on a plot too short for that, the end names are left out rather than the bars squeezed)."""
    from gui.charts.items.axes import row_padding

    pad = row_padding(17, 144.4, 14.0)
    assert pad * 144.4 / (16 + 2 * pad) == pytest.approx(7.0)
    assert row_padding(17, 300.0, 14.0) == 0.6 and row_padding(17, 40.0, 14.0) == 1.5
