"""Electricity cost, currencies, scale references and equivalents (issue 15), checked by hand.

The hand-derived numbers use the shipped tables: EIA 2025 US commercial 0.1341 USD/kWh, Eurostat 2025-S2
band ID X_VAT (Germany 0.1922 EUR/kWh), the Federal Reserve's 2025 annual averages (149.5686 JPY and
0.88449 EUR per USD), Japan's extra-high-voltage price with the renewable surcharge (17.56 + 4.18 JPY/kWh).
"""

import json
import shutil

import pytest

from core.catalog import DATA, CatalogError, economic_tables, load_equivalents, load_prices
from core.economics import (
    annual_twh,
    context_json,
    convert,
    cost_json,
    cost_outputs,
    cost_ranges,
    default_currency,
    frame_costs,
    location_costs,
    pricing,
    published_price,
)
from core.estimator import estimate
from core.scenario import Scenario, ScenarioError


def scenario(**values):
    return Scenario().with_values(values) if values else Scenario()


# ----- the tables -----------------------------------------------------------------------------------


def test_price_table_has_provenance_and_one_default_per_region():
    prices = economic_tables().prices
    assert {"JP", "US", "US-VA", "US-TX", "EU", "DE", "FR", "NL", "IE", "SE", "GB"} <= set(prices)
    for code, rows in prices.items():
        assert sum(p.default for p in rows) == 1, code
        for p in rows:
            assert p.source and p.licence and p.customer_class and p.taxes and p.year >= 2023
    jp = next(p for p in prices["JP"] if p.default)
    assert (jp.currency, jp.price_per_kwh) == ("JPY", pytest.approx(17.56 + 4.18))
    assert "電力取引報" in jp.source and "extra-high voltage" in jp.customer_class
    us = next(p for p in prices["US"] if p.default)
    assert (us.price_per_kwh, us.year, us.customer_class) == (0.1341, 2025, "commercial (EIA sector COM)")


def _damaged(tmp_path, name, edit):
    d = tmp_path / "data"
    shutil.copytree(DATA, d)
    p = d / name
    p.write_text("\n".join(edit(p.read_text(encoding="utf-8").splitlines())) + "\n", encoding="utf-8")
    return d


def test_a_broken_price_row_names_file_row_and_column(tmp_path):
    d = _damaged(
        tmp_path,
        "electricity_prices.csv",
        lambda ls: [*ls[:2], ls[2].replace(",0.1341,", ",cheap,"), *ls[3:]],
    )
    with pytest.raises(CatalogError, match=r"electricity_prices.csv: row 3, column 'price': not a number"):
        load_prices(d)
    d2 = tmp_path / "b"
    d2.mkdir()
    d = _damaged(d2, "electricity_prices.csv", lambda ls: [*ls[:2], ls[2].replace(",USD,", ",usd,"), *ls[3:]])
    with pytest.raises(CatalogError, match=r"row 3, column 'currency': not an ISO 4217 code"):
        load_prices(d)
    d3 = tmp_path / "c"
    d3.mkdir()
    d = _damaged(d3, "equivalents.csv", lambda ls: [ls[0], ls[1].replace("energy_kwh", "energy"), *ls[2:]])
    with pytest.raises(CatalogError, match=r"equivalents.csv: row 2, column 'quantity'"):
        load_equivalents(d)


# ----- currencies -------------------------------------------------------------------------------------


def test_currency_follows_the_region():
    assert default_currency("JP") == "JPY"
    assert default_currency("JP-TK") == "JPY"
    assert default_currency("gcp:asia-northeast1") == "JPY"  # Tokyo
    assert default_currency("DE") == default_currency("EU") == "EUR"
    assert default_currency("US-VA") == default_currency("US") == "USD"
    assert default_currency("GB") == default_currency("IN") == "USD"


def test_conversion_uses_the_price_years_federal_reserve_rate():
    # 1 EUR in 2025 = 1 / 0.88449 USD = 1.1306 USD (the Fed's 1.1306 USD per EUR)
    assert convert(1.0, "EUR", "USD", 2025)[0] == pytest.approx(1.1306, abs=1e-4)
    # Japan's 2026 price has no 2026 rate yet: the nearest year (2025) is used and reported
    usd, year = convert(21.74, "JPY", "USD", 2026)
    assert (usd, year) == (pytest.approx(21.74 / 149.5686), 2025)
    # cross rate EUR -> JPY through the dollar, same year
    assert convert(0.1922, "EUR", "JPY", 2025)[0] == pytest.approx(0.1922 / 0.88449 * 149.5686)
    with pytest.raises(ScenarioError, match=r"economics.currency = 'XYZ' has no exchange rate"):
        pricing(scenario(**{"economics.currency": "XYZ"}))
    with pytest.raises(ScenarioError, match=r"economics.currency"):
        scenario(**{"economics.currency": "yen"})


def test_japanese_region_costs_in_yen_and_the_same_work_in_dollars():
    jp = scenario(**{"datacenter.region": "JP"})
    r = estimate(jp)
    c = cost_json(jp, r, ranges=False)
    assert (c["currency"], c["price_per_kwh"]) == ("JPY", pytest.approx(21.74))
    assert c["training_energy"] == pytest.approx(r["training.energy_kwh"] * 21.74)
    usd = cost_json(jp.with_values({"economics.currency": "USD"}), r, ranges=False)
    assert usd["price_per_kwh"] == pytest.approx(21.74 / 149.5686)
    assert usd["sites"][0]["exchange_rate_year"] == 2025 and "converted" in usd["sites"][0]["note"]


# ----- cost follows energy --------------------------------------------------------------------------------


def test_cost_is_energy_times_price_and_follows_pue():
    # PUE 1.4 -> 1.2 halves the overhead (0.4 -> 0.2); the facility energy and so the bill fall by 1.2/1.4
    s = scenario(
        **{"economics.electricity_price_per_kwh": 20.0, "economics.currency": "JPY", "datacenter.pue": 1.4}
    )
    half = s.with_values({"datacenter.pue": 1.2})
    r14, r12 = estimate(s), estimate(half)
    c14, c12 = cost_outputs(r14, pricing(s), s), cost_outputs(r12, pricing(half), half)
    assert c14["training_energy"] == pytest.approx(r14["training.energy_kwh"] * 20.0)
    assert c12["training_energy"] / c14["training_energy"] == pytest.approx(1.2 / 1.4)
    saved = c14["training_energy"] - c12["training_energy"]
    assert saved == pytest.approx(r14["training.it_energy_kwh"] * 0.2 * 20.0)  # IT energy x 0.2 x price
    assert c14["serving_energy_per_year"] == pytest.approx(r14["inference.energy_per_day_kwh"] * 365 * 20.0)
    per_query_kwh = r14["inference.energy_per_query_wh"] / 1000
    assert c14["energy_per_query"] == pytest.approx(per_query_kwh * 20.0)
    out_tokens = s.inference.output_tokens
    assert c14["energy_per_million_output_tokens"] == pytest.approx(per_query_kwh / out_tokens * 1e6 * 20.0)
    assert c14["lifecycle_energy"] == pytest.approx(r14["lifecycle.energy_kwh"] * 20.0)


def test_sites_pay_their_own_prices():
    s = scenario(
        **{
            "economics.currency": "USD",
            "datacenter.sites": [
                {"region": "US-VA", "load_share": 0.5, "pue": 1.1},
                {"region": "DE", "load_share": 0.5, "pue": 1.3},
            ],
        }
    )
    p = pricing(s)
    de_usd = 0.1922 / 0.88449  # Eurostat 2025 band ID X_VAT in USD at the 2025 rate
    # weighted by facility energy: 0.5 x 1.1 at Virginia's 2023 commercial price, 0.5 x 1.3 at Germany's
    expected = (0.55 * 0.0895 + 0.65 * de_usd) / 1.2
    assert p.price_per_kwh == pytest.approx(expected)
    assert [x.basis for x in p.sites] == ["region", "region"]
    r = estimate(s)
    site_sum = sum(x.load_share * x.pue * x.price_per_kwh for x in p.sites) / 1.2 * r["training.energy_kwh"]
    assert cost_outputs(r, p, s)["training_energy"] == pytest.approx(site_sum)


def test_a_region_without_a_price_says_so_and_is_never_zero():
    s = scenario(**{"datacenter.region": "CN"})
    c = cost_json(s, estimate(s))
    assert c["available"] is False and c["training_energy"] is None and "uncertainty" not in c
    assert "no published electricity price for CN" in c["note"]
    assert "economics.electricity_price_per_kwh" in c["note"]
    given = cost_json(s.with_values({"economics.electricity_price_per_kwh": 0.08}), estimate(s), ranges=False)
    assert given["available"] and given["sites"][0]["basis"] == "scenario"
    # an EU member without its own Eurostat row borrows the EU-27 average, and says so
    assert published_price("AT")[1] == "EU-27 average"


def test_accelerator_hours_and_renewable_premium():
    s = scenario(
        **{
            "economics.currency": "USD",
            "economics.accelerator_hour_price": 2.95,
            "economics.renewable_premium_per_kwh": 0.02,
            "datacenter.renewable_share": 0.5,
        }
    )
    p = pricing(s)
    assert p.price_per_kwh == pytest.approx(0.1341 + 0.02 * 0.5)  # US commercial + premium on the clean half
    r = estimate(s)
    c = cost_outputs(r, p, s)
    assert c["training_compute"] == pytest.approx(r["training.accelerator_hours"] * 2.95)
    e = r["training.energy_kwh"] * p.price_per_kwh
    assert c["energy_share"] == pytest.approx(e / (e + c["training_compute"]))


def test_cost_ranges_follow_the_energy_ranges():
    from core.uncertainty import monte_carlo

    s = scenario(**{"datacenter.region": "JP"})
    cr = cost_ranges(s)
    er = monte_carlo(s)
    for q in ("p5", "p50", "p95"):
        assert cr["training_energy"][q] == pytest.approx(er["training.energy_kwh"][q] * 21.74)
        assert cr["lifecycle_energy"][q] == pytest.approx(er["lifecycle.energy_kwh"][q] * 21.74)
    assert cr["training_energy"]["p5"] < cr["training_energy"]["p50"] < cr["training_energy"]["p95"]


# ----- scale ---------------------------------------------------------------------------------------------------


def test_references_and_the_scenarios_share_of_them():
    r = estimate(Scenario())
    ctx = context_json(r)
    twh = r["inference.energy_per_day_kwh"] * 365 / 1e9
    assert ctx["annual_twh"] == pytest.approx(twh) == annual_twh(r)
    refs = {x["id"]: x for x in ctx["references"]}
    assert refs["jp_electricity_demand"]["value_twh"] == pytest.approx(1016.39)  # Ember/OWID 2024
    assert refs["jp_electricity_demand"]["share"] == pytest.approx(twh / 1016.39)
    assert refs["world_datacentre_electricity_2024"]["value"] == 415  # IEA Energy and AI
    assert refs["world_datacentre_electricity_2030_base"]["year"] == "2030"
    assert refs["plant_1gw_annual_output_100pct"]["value_twh"] == pytest.approx(8.76)  # 1 GW x 8,760 h
    assert refs["household_japan"]["value_twh"] == pytest.approx(3950e-9)
    for x in ctx["references"]:
        assert x["source"] and x["year"] and x["unit"]
    steps = {x["id"]: x["energy_kwh"] for x in ctx["ladder"]}
    q = r["inference.energy_per_query_wh"] / 1000
    assert steps["one_person_year"] == pytest.approx(q * 10 * 365)
    assert steps["everyone_japan_year"] == pytest.approx(q * 10 * 365 * 124_352_000)


def test_equivalents_are_current_and_carry_source_and_year_in_reports(tmp_path):
    from core.report import write_report

    eq = economic_tables().equivalents
    assert eq["household_japan"].per_unit == 3950 and eq["household_japan"].year == "FY2022"
    assert eq["car_km"].per_unit == pytest.approx(0.16272) and "DESNZ" in eq["car_km"].source
    assert all(e.source_ja and e.year for e in eq.values())
    write_report(scenario(**{"datacenter.region": "JP"}), str(tmp_path / "r.json"))
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert all(q["source"] and q["year"] for q in data["equivalents"])
    assert data["cost"]["currency"] == "JPY" and data["context"]["references"]
    write_report(Scenario(), str(tmp_path / "r.csv"))
    text = (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "equivalent,count,unit,factor,factor unit,year,source" in text
    assert "household_japan" in text and "FY2022" in text and "training_energy,USD," in text


def test_text_output_shows_the_cost_or_why_there_is_none(capsys):
    from core.cli import run

    assert run(["estimate", "--set", "datacenter.region=JP"]) == 0
    out = capsys.readouterr().out
    assert "Electricity cost (JPY, 21.74 JPY/kWh: JP 2026, extra-high voltage" in out
    assert "per million output tokens" in out and "p5-p95" in out
    assert run(["estimate", "--set", "datacenter.region=CN"]) == 0
    assert "no published electricity price for CN" in capsys.readouterr().out
    assert run(["estimate", "--set", "economics.currency=XYZ"]) == 2
    assert "economics.currency = 'XYZ' has no exchange rate" in capsys.readouterr().err


def test_window_frame_costs_scale_the_energy_ranges_exactly():
    from core.uncertainty import monte_carlo

    s = scenario(**{"datacenter.region": "JP", "economics.accelerator_hour_price": 400.0})
    r, m = estimate(s), monte_carlo(s)
    f = frame_costs(s, r, m)
    assert f["pricing"].currency == "JPY"
    full = cost_ranges(s)
    for key in ("training_energy", "lifecycle_energy", "energy_per_query", "serving_energy_per_year"):
        for q in ("p5", "p50", "p95"):
            assert f["ranges"][key][q] == pytest.approx(full[key][q], rel=1e-9), key
    assert f["ranges"]["training_compute"]["p50"] == pytest.approx(
        m["training.accelerator_hours"]["p50"] * 400
    )
    # the window's language may pick the currency when the scenario leaves it open
    assert (
        frame_costs(Scenario(), estimate(Scenario()), monte_carlo(Scenario()), "JPY")["pricing"].currency
        == "JPY"
    )


def test_the_same_work_on_other_grids_prices():
    s = scenario(**{"economics.currency": "USD"})
    r = estimate(s)
    loc = location_costs(s, r, ["US", "DE", "JP", "CN"])
    kwh = r["lifecycle.energy_kwh"]
    assert loc["cost"][0] == pytest.approx(kwh * 0.1341)
    assert loc["cost"][1] == pytest.approx(kwh * 0.1922 / 0.88449)
    assert loc["cost"][2] == pytest.approx(kwh * 21.74 / 149.5686)
    assert loc["cost"][3] is None and loc["price_per_kwh"][3] is None  # no price for China: said, not zero


def test_money_reads_as_a_reader_of_each_language_expects():
    from core.economics import format_money

    assert format_money(1.15e8, "JPY") == "¥115M"
    assert format_money(1.15e8, "JPY", "ja") == "1.15億円"
    assert format_money(29_780, "JPY", "ja") == "2.98万円"
    assert format_money(0.00298, "JPY", "ja") == "0.00298円"
    assert format_money(1_234_567, "USD", "ja") == "$1.23M"
    assert format_money(0.1341, "EUR") == "€0.134"
    assert format_money(12.5, "INR") == "12.5 INR"
    assert format_money(None, "USD") == "–"
    from core.economics import format_money_range

    assert format_money_range(1.08e7, 4.06e7, "JPY") == "¥10.8–40.6M"
    assert format_money_range(1.08e7, 4.06e7, "JPY", "ja") == "1080–4060万円"
    assert format_money_range(0.5, 2.0, "GBP") == "£0.500–2.00"
