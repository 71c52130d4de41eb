"""The cost card, the location chart's cost mode, cost in the tornado and Compare, the scale chart (issue 15).

Numbers are checked against ``core.economics`` and the shipped price tables (Japan 21.74 JPY/kWh, US commercial
0.1341 USD/kWh), driving the real widgets.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.economics import format_money, pricing
from core.estimator import estimate


def test_cost_card_shows_the_bill_and_follows_pue(window, settle):
    window.presenter.set_values({"datacenter.region": "JP", "datacenter.pue": 1.4})
    settle(window.presenter, full=True)
    card = window.headline.cost
    r = estimate(window.presenter.scenario)
    bill = r["lifecycle.energy_kwh"] * 21.74
    assert card.value.text() == format_money(bill, "JPY")
    assert "likely ¥" in card.range.text()
    assert "JP 2026" in card.toolTip() and "電力取引報" in card.toolTip()
    # halve the PUE overhead (0.4 -> 0.2): the card's bill falls with the facility energy
    window.presenter.set_value("datacenter.pue", 1.2)
    settle(window.presenter, full=True)
    r2 = estimate(window.presenter.scenario)
    snap = window.presenter.snapshot
    assert snap.cost["values"]["lifecycle_energy"] == pytest.approx(r2["lifecycle.energy_kwh"] * 21.74)
    assert card.value.text() == format_money(r2["lifecycle.energy_kwh"] * 21.74, "JPY")
    assert r2["lifecycle.energy_kwh"] < r["lifecycle.energy_kwh"]


def test_a_region_without_a_price_is_said_not_zero(window, settle):
    window.presenter.set_value("datacenter.region", "CN")
    settle(window.presenter, full=True)
    card = window.headline.cost
    assert card.value.text() == "no published price" and "CN" in card.range.text()
    assert "economics.electricity_price_per_kwh" in card.toolTip()
    window.presenter.set_value("economics.electricity_price_per_kwh", 0.08)
    settle(window.presenter, full=True)
    r = estimate(window.presenter.scenario)
    assert card.value.text() == format_money(r["lifecycle.energy_kwh"] * 0.08, "USD")


def test_location_chart_switches_to_other_grids_prices(window, settle, qtbot):
    window.presenter.set_values({"datacenter.region": "US", "economics.currency": "USD"})
    settle(window.presenter, full=True)
    chart = window.location
    chart.modes.setCurrentIndex(chart.modes.findData("cost"))
    assert chart.mode == "cost"
    snap = window.presenter.snapshot
    kwh = snap.results["lifecycle.energy_kwh"]
    codes = snap.location["codes"]
    widths = chart.bars.widths[0] * chart.axis.factor
    us, cn = codes.index("US"), codes.index("CN")
    assert widths[us] == pytest.approx(kwh * 0.1341, rel=1e-6)
    assert widths[cn] == 0
    # every row's name (gui.charts.items.fit_category_ticks leaves some out on a short plot, never the
    # chosen one, and never cuts a figure)
    axis = chart.plot.getAxis("left")
    ticks = dict(axis.category_labels)
    assert us in dict(axis._tickLevels[0]) and set(dict(axis._tickLevels[0])) <= set(ticks)
    assert "no published price" in ticks[cn] and "$0.134/kWh" in ticks[us] and ticks[us].startswith("▶")
    assert "USD" in chart.plot.getAxis("bottom").labelText
    assert "price" in chart.subtitle.text()
    chart.modes.setCurrentIndex(chart.modes.findData("co2e"))
    assert "CO2e" in chart.plot.getAxis("bottom").labelText and "CO2e" in chart.subtitle.text()


def test_tornado_ranks_inputs_by_the_bill(window, settle, qtbot):
    from core.analysis import tornado

    window.presenter.set_values({"datacenter.region": "JP"})
    settle(window.presenter, full=True)
    window.whatif.analysis_dock.show()
    view = window.whatif.analysis.tornado
    view.output.setCurrentIndex(view.output.findData("cost.lifecycle_energy"))
    view.refresh()
    qtbot.waitUntil(lambda: bool(view.bars))
    central, bars = tornado(window.presenter.scenario, "lifecycle.energy_kwh")
    assert view.central == pytest.approx(central * 21.74)
    assert view.bars[0].low_value == pytest.approx(bars[0].low_value * 21.74)
    assert "JPY" in view.plot.getPlotItem().getAxis("bottom").labelText
    assert "¥" in view.note.text()


def test_compare_has_a_cost_row(window, settle, qtbot):
    from gui.whatif.compare import ROWS

    window.presenter.set_values({"datacenter.region": "US", "economics.currency": "USD"})
    settle(window.presenter, full=True)
    dock = window.whatif.compare_dock
    dock.show()
    view = window.whatif.compare
    view.pin_current()
    window.presenter.set_value("datacenter.region", "DE")
    settle(window.presenter, full=True)
    view.refresh()
    row = [p for p, _f, _l in ROWS].index("cost.lifecycle_energy")
    qtbot.waitUntil(lambda: view.table.item(row, 1) is not None and "$" in view.table.item(row, 1).text())
    a = estimate(view.scenarios()[0])["lifecycle.energy_kwh"] * 0.1341
    de_usd = 0.1922 / 0.88449
    b = estimate(view.scenarios()[1])["lifecycle.energy_kwh"] * de_usd
    assert view.table.item(row, 0).text() == format_money(a, "USD")
    assert view.table.item(row, 1).text().startswith(format_money(b, "USD"))
    assert f"{b / a:.3g}× A" in view.table.item(row, 1).text()


def test_scale_chart_from_one_question_to_the_world(window, settle, qtbot):
    window.whatif.analysis_dock.show()
    panel = window.whatif.analysis
    panel.setCurrentWidget(panel.scale)
    qtbot.waitUntil(lambda: bool(panel.scale.chart.rows))
    chart = panel.scale.chart
    snap = window.presenter.snapshot
    q_kwh = snap.results["inference.energy_per_query_wh"] / 1000
    rows = dict(chart.rows)
    assert rows["1 question"] == pytest.approx(q_kwh)
    assert rows["1 person, a year (10/day)"] == pytest.approx(q_kwh * 10 * 365)
    assert rows["All of Japan, a year"] == pytest.approx(q_kwh * 10 * 365 * 124_352_000)
    assert rows["World electricity"] == pytest.approx(30938.18e9)
    assert rows["1 GW plant, a year"] == pytest.approx(8.76e9)
    # log scale: each bar's length is log10(kWh) from the chart's origin decade
    widths = chart.bars.widths[0]
    assert widths[0] == pytest.approx(math.log10(q_kwh) - chart.origin)
    assert np.all(np.diff(widths[4:]) >= 0)  # the references in increasing order
    year_kwh = snap.results["inference.energy_per_day_kwh"] * 365
    assert chart.marker.value() == pytest.approx(math.log10(year_kwh) - chart.origin)
    # the long-lived items are updated, not rebuilt
    items = list(chart.plot.items)
    window.presenter.set_value("inference.queries_per_day", 1e9)
    settle(window.presenter, full=True)
    assert list(chart.plot.items) == items
    new_year = window.presenter.snapshot.results["inference.energy_per_day_kwh"] * 365
    assert chart.marker.value() == pytest.approx(math.log10(new_year) - chart.origin)


def test_classroom_shows_the_scale_chart_on_s_and_at_the_last_lesson(window, qtbot, settle):
    view = window.extras.open_classroom(full_screen=False)
    qtbot.waitExposed(view)
    assert view.third.currentWidget() is view.location
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.third.currentWidget() is view.scale and view.scale.rows
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.third.currentWidget() is view.location
    panel = window.extras.lessons
    panel.show()
    last = len(panel.flat) - 1
    panel.show_step(last - 1)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # to the last step, which ends at the scale chart
    assert panel.index == last
    assert view.third.currentWidget() is view.scale
    assert window.whatif.analysis.currentWidget() is window.whatif.analysis.scale
    view.close()


def test_window_currency_follows_the_language(window, qapp, qtbot, settle):
    from gui import i18n

    window.presenter.set_value("datacenter.region", "US")
    settle(window.presenter, full=True)
    assert window.presenter.snapshot.cost["pricing"].currency == "USD"
    i18n.switch_language("ja", window.retranslate)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "ファイル(&F)")
        settle(window.presenter, full=True)
        price = window.presenter.snapshot.cost["pricing"]
        assert price.currency == "JPY"
        assert price.price_per_kwh == pytest.approx(0.1341 / 1 * 149.5686)  # EIA 2025 at the 2025 rate
        assert window.headline.cost.value.text().endswith("円")
        # a currency in the scenario wins over the language
        window.presenter.set_value("economics.currency", "EUR")
        settle(window.presenter, full=True)
        assert window.presenter.snapshot.cost["pricing"].currency == "EUR"
        assert pricing(window.presenter.scenario).currency == "EUR"
    finally:
        i18n.apply_language(qapp, "en")


def test_currency_picker_and_price_input(window, settle, qtbot):
    window.presenter.set_value("datacenter.region", "JP")
    settle(window.presenter, full=True)
    inp = window.inputs["economics.electricity_price_per_kwh"]
    assert "21.74" in inp.box.placeholderText()  # the region's published price, greyed
    picker = window.currency
    picker.setCurrentIndex(picker.findData("USD"))
    picker.activated.emit(picker.currentIndex())
    settle(window.presenter, full=True)
    assert window.presenter.scenario.economics.currency == "USD"
    assert window.headline.cost.value.text().startswith("$")
    assert f"{21.74 / 149.5686:.4g}"[:5] in inp.box.placeholderText()
    # a price typed in the box replaces the region's
    qtbot.keyClicks(inp.box, "0.05")
    qtbot.keyClick(inp.box, Qt.Key.Key_Return)
    settle(window.presenter, full=True)
    r = estimate(window.presenter.scenario)
    assert window.presenter.scenario.economics.electricity_price_per_kwh == pytest.approx(0.05)
    assert window.headline.cost.value.text() == format_money(r["lifecycle.energy_kwh"] * 0.05, "USD")


@pytest.mark.parametrize(
    ("path", "key", "setup"),
    [
        ("economics.electricity_price_per_kwh", "lifecycle_energy", {}),
        ("economics.renewable_premium_per_kwh", "lifecycle_energy", {"datacenter.renewable_share": 0.5}),
        ("economics.accelerator_hour_price", "training_compute", {}),
    ],
)
def test_cost_sliders_move_the_cost_up(window, settle, path, key, setup):
    from core.economics import cost_outputs

    window.presenter.set_values({"economics.currency": "USD", **setup})
    settle(window.presenter, full=True)
    slider = window.inputs[path].slider
    costs = []
    for pos in (300, 700):
        slider.setValue(pos)
        settle(window.presenter, full=True)
        snap = window.presenter.snapshot
        costs.append(snap.cost["values"][key])
        s = window.presenter.scenario
        assert costs[-1] == pytest.approx(cost_outputs(estimate(s), pricing(s), s)[key], rel=1e-12)
    assert costs[1] > costs[0] > 0
    assert window.headline.cost.value.text() == format_money(snap.cost["values"]["lifecycle_energy"], "USD")
