"""A metric's claims shown in the unit the reader picks, with the conversion named on the axis."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from claims import load_claims, overview, views


def frame(rows) -> pd.DataFrame:
    """rows of (claim_id, low, high, unit, period, published)."""
    return pd.DataFrame([dict(claim_id=c, low=lo, high=hi, unit=u, period=p, published=pub, kind="interval",
                              derived_from="") for c, lo, hi, u, p, pub in rows])


MONEY = frame([("usd", 800, 1150, "USD", "1999", "1999-03"), ("cny", 1000, 1000, "CNY", "2019", "2019-05-21"),
               ("gbp", 2740, 2740, "GBP", "", "2019-05-20")])


def test_money_in_several_currencies_offers_only_dollar_bases():
    assert list(views.unit_choices(MONEY)) == [views.USD_AT_CLAIM_YEAR, views.CONSTANT_USD]
    one = MONEY[MONEY["unit"] == "CNY"]
    assert list(views.unit_choices(one))[0] == views.AS_REPORTED


def test_usd_at_each_claims_year_uses_that_years_rate():
    shown = views.express(MONEY, views.USD_AT_CLAIM_YEAR).frame.set_index("claim_id")
    assert shown.at["cny", "x_low"] == pytest.approx(1000 / 6.9081)      # 2019 CNY per USD
    assert shown.at["gbp", "x_low"] == pytest.approx(2740 / 0.7832)       # no period: publication year 2019
    assert shown.at["usd", "x_high"] == 1150


def test_constant_dollars_apply_cpi_and_leave_out_years_outside_the_table():
    shown = views.express(MONEY, views.CONSTANT_USD, base_year=2025)
    assert "constant 2025 US dollars" in shown.axis_title and "CPI-U" in shown.axis_title
    assert set(shown.frame["claim_id"]) == {"cny", "gbp"}
    assert shown.left_out == ["usd: no US CPI for 1999: cpi_us.csv covers 2000–2025"]
    cny = shown.frame.set_index("claim_id").at["cny", "x_low"]
    assert cny == pytest.approx(1000 / 6.9081 * 321.943 / 255.657)


def test_as_reported_single_currency_says_nominal():
    shown = views.express(MONEY[MONEY["unit"] == "CNY"], views.AS_REPORTED)
    assert shown.axis_title == "CNY, nominal, as reported"


def test_durations_convert_between_months_and_years():
    sentences = frame([("a", 6, 24, "month", "", "2009"), ("b", 5, math.nan, "year", "", "2005")])
    assert set(views.unit_choices(sentences, "year")) == {views.AS_REPORTED, "month"}
    in_years = views.express(sentences, views.AS_REPORTED, metric_unit="year").frame.set_index("claim_id")
    assert (in_years.at["a", "x_low"], in_years.at["a", "x_high"]) == pytest.approx((0.5, 2))
    assert math.isnan(in_years.at["b", "x_high"])
    in_months = views.express(sentences, "month", metric_unit="year")
    assert in_months.axis_title == "months"
    assert in_months.frame.set_index("claim_id").at["b", "x_low"] == pytest.approx(60)


def test_rates_per_so_many_people_are_shown_in_the_metric_s_number_of_people():
    rates = frame([("per1k", 0.08, 0.12, "1/thousand_people", "", "2020"),
                   ("per100k", 8, 8, "1/hundred_thousand_people", "", "2021")])
    shown = views.express(rates, views.AS_REPORTED, metric_unit="1/hundred_thousand_people")
    assert shown.axis_title == "number per 100,000 people"
    assert shown.frame.set_index("claim_id").loc["per1k", ["x_low", "x_high"]].tolist() == pytest.approx([8, 12])
    assert shown.note == "1 claim(s) converted to number per 100,000 people"
    assert views.unit_choices(rates, "1/hundred_thousand_people") == {
        views.AS_REPORTED: "as reported (number per 100,000 people)"}


def test_bundled_metric_summary_counts_independent_estimates_and_agreement():
    summary = overview.metric_summary(load_claims()).set_index("metric")
    refugees = summary.loc["refugees_in_china"]
    assert refugees["claims"] == 13 and refugees["independent"] == 12
    assert refugees["agreement"] == "conflict"
    assert summary.loc["repatriation_count", "agreement"] == "agree"
    assert summary.loc["annual_profit", "agreement"] == "single estimate"
    assert summary.loc["bride_price", "unit"] == "US dollars at each claim's year"


def test_span_gives_the_stated_extremes_and_marks_open_ends():
    summary = overview.metric_summary(load_claims()).set_index("metric")
    assert summary.loc["refugees_in_china", "span"] == "10,000–300,000 (some open-ended)"
    assert summary.loc["annual_border_crossings", "span"] == "5,000–50,000"


@pytest.mark.parametrize("subset", ["all", "about", "money", "none"])
def test_the_all_at_once_summary_equals_the_metric_by_metric_reference(subset):
    from claims.store import load_metrics
    claims = load_claims()
    claims = {"all": claims, "about": claims[claims["value"].str.contains("about")],
              "money": claims[claims["unit"].isin(["USD", "CNY", "GBP", "USD/year"])],
              "none": claims.iloc[0:0]}[subset]
    metrics = load_metrics()
    units_, labels = {k: m.unit for k, m in metrics.items()}, {k: m.label for k, m in metrics.items()}
    fast = overview.metric_summary(claims, units_, labels)
    slow = overview._per_metric_summary(claims, units_, labels)
    assert fast.equals(slow) or (fast.empty and slow.empty)


@pytest.mark.parametrize("with_units", [True, False])
@pytest.mark.parametrize("subset", ["all", "about", "money", "one metric", "none"])
def test_a_summary_from_the_whole_tables_basis_equals_one_worked_out_on_the_filtered_claims(subset, with_units):
    """The dashboard computes `summary_basis` once per file and only filters it on each rerun."""
    from claims.store import load_metrics
    everything = load_claims()
    claims = {"all": everything, "about": everything[everything["value"].str.contains("about")],
              "money": everything[everything["unit"].isin(["USD", "CNY", "GBP", "USD/year"])],
              "one metric": everything[everything["metric"] == "bride_price"], "none": everything.iloc[0:0]}[subset]
    metrics = load_metrics()
    units_ = {k: m.unit for k, m in metrics.items()} if with_units else {}
    labels = {k: m.label for k, m in metrics.items()}
    basis = overview.summary_basis(everything)
    fast = overview.metric_summary(claims, units_, labels, basis)
    assert fast.equals(overview.metric_summary(claims, units_, labels))
    assert fast.equals(overview._per_metric_summary(claims, units_, labels)) or fast.empty
    shown, titles = views.express_defaults(claims, units_, basis)
    alone, alone_titles = views.express_defaults(claims, units_)
    assert titles == alone_titles
    assert shown[["x_low", "x_high"]].equals(alone[["x_low", "x_high"]])


def test_a_filtered_summary_over_many_metrics_with_no_independent_estimate():
    """More than 127 metrics in the basis and none of them independent once filtered (a pandas pitfall)."""
    rows = [dict(claim_id=f"c{i}", metric=f"m{i:03d}", unit="person", low=float(i), high=float(i), period="",
                 published="2020", derived_from="" if i % 2 else f"c{i + 1}", publisher=f"p{i % 7}")
            for i in range(300)]
    everything = pd.DataFrame(rows)
    repeats = everything[everything["derived_from"] != ""].iloc[100:]
    fast = overview.metric_summary(repeats, basis=overview.summary_basis(everything))
    assert set(fast["agreement"]) == {"no estimate"}
    assert fast.equals(overview._per_metric_summary(repeats, {}, {}))
