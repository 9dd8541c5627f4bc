"""Numbers as readers see them (`claims.display`), used by the overview, the charts' hovers and sentences."""
from __future__ import annotations

import math

import pytest

from claims import display, load_claims, overview, views
from claims.store import load_metrics


@pytest.mark.parametrize("x,shown", [
    (300_000, "300,000"), (2.5, "2.5"), (66.67, "66.67"), (1_037.41, "1,037"), (0.5, "0.5"),  # as written
    (36.2371, "36"), (100 / 3, "33"), (200 / 3, "67"), (1_037.4137, "1,040"), (123_456.789, "123,000"),
    (0.0371, "0.037"), (2 / 12, "0.17"), (99.999, "100"), (-4.5678, "-4.6"),  # worked out: significant figures
    (None, ""), (math.nan, ""), (math.inf, "open"),
])
def test_a_stated_figure_shows_as_written_and_a_worked_out_one_to_significant_figures(x, shown):
    assert display.figure(x) == shown


def test_a_span_shows_one_figure_when_both_ends_show_alike():
    assert display.span(10_000, 300_000) == "10,000–300,000"
    assert display.span(33.333, 33.3334) == "33"


@pytest.mark.parametrize("ends,unit,dashed,worded", [
    ((30, 50), "percent", "30–50%", "30% to 50%"),
    ((100, 1000), "USD", "$100–$1,000", "$100 to $1,000"),
    ((2000, 5000), "person", "2,000–5,000 people", "2,000 to 5,000 people"),
    ((30, 90, False, True), "percent", "30% to at least 90%", "30% to at least 90%"),
    ((2000, 10_000, False, True), "person", "2,000 to at least 10,000 people", "2,000 to at least 10,000 people"),
    ((500, 10_000, True, True), "person", "up to 500 people to at least 10,000 people",
     "up to 500 people to at least 10,000 people"),
    ((5, 5), "person", "5 people", "5 people"),
])
def test_one_rule_words_a_span_for_the_overview_and_the_fact_check(ends, unit, dashed, worded):
    """The overview's 'Estimates run from …' and a claim's context sentence word a span alike."""
    low, high, *open_ends = ends
    assert display.amount_span(low, high, unit, *open_ends) == dashed
    assert display.amount_span(low, high, unit, *open_ends, dash=False) == worded


@pytest.mark.parametrize("unit,worded,axis", [
    ("USD/hour", "$15 an hour", "USD per hour"), ("USD/oil_barrel", "$15 a barrel", "USD per barrel"),
    ("person/year", "15 people a year", "people per year"), ("USD/acre", "$15 an acre", "USD per acre"),
    ("1/month", "15 a month", "number per month"), ("kilometer/hour", "15 km/h", "km/h"),
    ("mile/hour", "15 mph", "mph"), ("terawatt_hour/year", "15 TWh a year", "TWh per year"),
])
def test_a_rate_is_worded_as_a_sentence_says_it(unit, worded, axis):
    """'$15 a hour', '$70 a oil_barrel' and '2,000 1 a month' were shown: the period takes its article
    and its label, and a speed its own name."""
    assert display.amount(15, unit) == worded
    assert views._axis_label(unit) == axis


def test_the_overview_shows_converted_money_without_a_machines_decimals():
    metrics = load_metrics("data/metrics.csv")
    summary = overview.metric_summary(load_claims(), {k: v.unit for k, v in metrics.items()},
                                      {k: v.label for k, v in metrics.items()}).set_index("metric")
    assert summary.loc["broker_purchase_price", "span"] == "36–1,000"
    for span in summary["span"]:
        for number in span.split(" (")[0].split("–"):
            digits = number.replace(",", "").split(".")
            assert len(digits) == 1 or len(digits[1]) <= 2, span
