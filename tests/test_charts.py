"""The comparison chart draws what the claims say and nothing more."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from claims import charts, overview, views
from claims.ranges import format_range, parse_range

N = math.nan


def claims_frame(*rows: tuple) -> pd.DataFrame:
    """Rows of (claim_id, value, publisher, published, derived_from) read with the real parser."""
    records = []
    for claim_id, value, publisher, published, derived in rows:
        r = parse_range(value, "person")
        records.append(dict(
            claim_id=claim_id, metric="m", value=value, publisher=publisher, published=published,
            derived_from=derived, unit=r.unit, kind=r.kind, reading=format_range(r), vague="; ".join(r.vague),
            low=N if r.low is None else r.low, high=N if r.high is None else r.high,
            period="", claimant="someone", attributed_to="", source_title="A report"))
    return views.express(pd.DataFrame(records)).frame


def traces(fig, role):
    return [t for t in fig.data if (t.meta or {}).get("role") == role]


def marker_xs(fig, role) -> list:
    return [x for t in traces(fig, role) for x in t.x]


FRAME = claims_frame(
    ("a", "10,000–30,000", "HRW", "2002-11-19", ""),
    ("b", "at least 20,000", "USCR", "2003-05-30", ""),
    ("c", "up to 25,000", "AFP", "2010-10-05", ""),
    ("d", "thousands", "Daily NK", "2006-09-10", ""),
    ("e", "about 22,000", "CRS", "2007-09-26", ""),
    ("f", "10,000–30,000", "The Independent", "2002-11-19", "a"),
)


def test_open_bounds_run_to_the_axis_edge_and_end_in_an_arrow():
    fig = charts.comparison_figure(FRAME, "people")
    low_edge, high_edge = fig.layout.xaxis.range
    assert marker_xs(fig, "arrow_high") == [high_edge]
    assert marker_xs(fig, "arrow_low") == [low_edge]
    assert traces(fig, "arrow_high")[0].marker.symbol == "triangle-right"
    assert traces(fig, "arrow_low")[0].marker.symbol == "triangle-left"


def hover_for(fig, label: str) -> str:
    """The hover text of the row labelled `label` (one hover target per claim)."""
    texts = [h for t in fig.data if t.customdata is not None for y, h in zip(t.y, t.customdata) if y == label]
    assert len(texts) == 1, texts  # sent once per claim
    return texts[0]


def test_an_open_bound_invents_no_number():
    fig = charts.comparison_figure(FRAME, "people")
    hover = hover_for(fig, "USCR · 2003-05-30")
    assert "no upper bound stated" in hover and "at least 20,000" in hover
    stated = set(FRAME["x_low"].dropna()) | set(FRAME["x_high"].dropna())
    ends = marker_xs(fig, "end")
    assert set(ends) <= stated  # range ends are only the stated numbers


def test_vague_readings_are_styled_apart_and_say_their_convention():
    fig = charts.comparison_figure(FRAME, "people")
    stated, vague = [t for t in fig.data if (t.meta or {}).get("basis") in ("stated", "interpreted")]
    assert vague.line.dash == "dot" and stated.line.dash == "solid"
    assert vague.line.color != stated.line.color and vague.opacity < 1
    assert "interpreted" in vague.name
    assert "'thousands' read as 2,000–10,000" in hover_for(fig, "Daily NK · 2006-09-10")


def test_a_hedged_range_is_a_bar_drawn_apart_from_stated_ranges():
    frame = claims_frame(("a", "10,000–30,000", "HRW", "2002-11-19", ""),
                         ("b", "about 15,000 to 25,000", "CRS", "2007-09-26", ""))
    fig = charts.comparison_figure(frame, "people")
    bars = {t.meta["basis"]: t for t in traces(fig, "bars")}
    assert bars["stated"].y[0] == "HRW · 2002-11-19" and bars["hedged"].y[0] == "CRS · 2007-09-26"
    assert list(bars["hedged"].x[:2]) == [15_000, 25_000]
    assert bars["hedged"].line.dash != bars["stated"].line.dash and "approximate" in bars["hedged"].name
    assert "~15,000–25,000" in hover_for(fig, "CRS · 2007-09-26")


def test_repeats_are_drawn_as_repeats_and_left_out_of_the_overlap():
    fig = charts.comparison_figure(FRAME, "people")
    repeat = [t for t in fig.data if (t.meta or {}).get("basis") == "repeat"][0]
    assert repeat.y[0] == "The Independent · 2002-11-19" and repeat.line.dash == "dash"
    independent = FRAME[overview.independent(FRAME)]
    assert len(independent) == 5


def test_overlap_band_is_what_every_independent_estimate_shares():
    # a: 10k–30k, b: 20k+, c: ≤25k, d: 2k–10k (thousands), e: 22k → d does not reach 20k: no overlap
    fig = charts.comparison_figure(FRAME, "people")
    assert fig.layout.meta["overlap"] is None
    assert "do not all overlap" in fig.layout.title.subtitle.text
    without_d = FRAME[FRAME["claim_id"] != "d"]
    fig = charts.comparison_figure(without_d, "people")
    assert fig.layout.meta["overlap"] == [22_000, 22_000]
    band = [s for s in fig.layout.shapes if s.type == "rect"]
    assert len(band) == 1 and (band[0].x0, band[0].x1) == (22_000, 22_000)


def test_overlap_band_of_intervals():
    frame = claims_frame(("a", "10-30", "X", "2001", ""), ("b", "20-40", "Y", "2002", ""),
                         ("c", "25+", "Z", "2003", ""))
    fig = charts.comparison_figure(frame, "people")
    assert fig.layout.meta["overlap"] == [25, 30]
    assert fig.layout.meta["envelope"] == [10, math.inf]


def test_rows_are_labelled_by_publisher_and_date_sorted_by_date():
    fig = charts.comparison_figure(FRAME, "people")
    labels = list(fig.layout.yaxis.categoryarray)
    assert labels[0] == "HRW · 2002-11-19" and labels[-1] == "AFP · 2010-10-05"
    assert fig.layout.yaxis.autorange == "reversed"


def test_points_and_approximate_figures_have_different_markers():
    frame = claims_frame(("a", "22,000", "X", "2001", ""), ("b", "about 22,000", "Y", "2002", ""))
    fig = charts.comparison_figure(frame, "people")
    assert traces(fig, "point")[0].marker.symbol == "circle"
    assert traces(fig, "approx")[0].marker.symbol == "circle-open"


def test_hover_escapes_markup_in_the_data():
    frame = claims_frame(("a", "5,000", "<script>x</script>", "2001", ""))
    fig = charts.comparison_figure(frame, "people")
    hover = hover_for(fig, "&lt;script&gt;x&lt;/script&gt; · 2001")
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_timeline_places_estimates_by_date_with_arrows_for_open_bounds():
    fig = charts.timeline_figure(FRAME, "people")
    points = [t for t in fig.data if t.customdata is not None][0]
    assert list(points.marker.symbol).count("triangle-up") == 1
    assert list(points.marker.symbol).count("triangle-down") == 1
    assert fig.layout.yaxis.title.text == "people"


@pytest.mark.parametrize("value,expected", [("10-30", (0, 31.5)), ("5+", (0, None))])
def test_axis_starts_at_zero_for_non_negative_figures(value, expected):
    axis = charts.axis_for(claims_frame(("a", value, "X", "2001", "")))
    assert axis.low == expected[0]
    if expected[1] is not None:
        assert axis.high == pytest.approx(expected[1])


def test_timeline_can_place_claims_by_their_reference_period():
    frame = FRAME.assign(period=["2000-2001", "", "", "", "", ""])
    by_date = charts.timeline_figure(frame, "people")
    by_period = charts.timeline_figure(frame, "people", by_period=True)
    first = lambda fig: [t for t in fig.data if t.customdata is not None][0].x[0]  # noqa: E731
    assert str(first(by_date))[:10] == "2002-11-19"
    assert str(first(by_period))[:10] == "2001-01-01"
    assert by_period.layout.xaxis.title.text.startswith("reference period")


def test_a_page_of_rows_keeps_the_whole_metrics_axis_band_and_envelope():
    whole = charts.comparison_figure(FRAME, "people")
    page = charts.comparison_figure(FRAME, "people", first=2, count=2)
    assert list(page.layout.yaxis.categoryarray) == list(whole.layout.yaxis.categoryarray)[2:4]
    assert page.layout.xaxis.range == whole.layout.xaxis.range
    assert page.layout.meta["envelope"] == whole.layout.meta["envelope"]
    assert "Claims 3–4 of 6" in page.layout.title.subtitle.text


def share_frame(*values: str) -> pd.DataFrame:
    return views.express(pd.DataFrame([
        dict(claim_id=f"c{n}", metric="m", value=v, publisher=f"P{n}", published="2001", derived_from="",
             unit="percent", kind=r.kind, reading=format_range(r), vague="; ".join(r.vague),
             low=N if r.low is None else r.low, high=N if r.high is None else r.high, period="",
             claimant="", attributed_to="", source_title="A report")
        for n, v in enumerate(values) for r in [parse_range(v, "percent")]]), "percent")


def test_an_open_bound_on_a_share_stops_at_100_percent_with_its_arrow():
    shown = share_frame("more than 90%", "30–50%")
    assert shown.ceiling == 100.0
    fig = charts.comparison_figure(shown.frame, shown.axis_title, ceiling=shown.ceiling)
    assert fig.layout.xaxis.range[1] <= 104
    assert list(traces(fig, "arrow_high")[0].x) == [100.0]
    bars = [x for t in traces(fig, "bars") for x in t.x if x is not None]
    assert max(bars) == 100.0
    timeline = charts.timeline_figure(shown.frame, shown.axis_title, ceiling=shown.ceiling)
    assert timeline.layout.yaxis.range[1] <= 104


def test_a_share_axis_without_open_bounds_ends_near_its_largest_figure_and_never_past_100():
    shown = share_frame("30–50%", "about 97%")
    axis = charts.axis_for(shown.frame, shown.ceiling)
    assert axis.high <= 104 and axis.open_high() == axis.high
    assert charts.axis_for(share_frame("30–50%").frame, 100.0).high == pytest.approx(52.5)


def test_a_percent_over_100_is_not_cut_off():
    shown = share_frame("150%", "more than 120%")
    axis = charts.axis_for(shown.frame, shown.ceiling)
    assert axis.high > 150 and axis.open_high() == axis.high


def test_claims_of_different_populations_say_so_per_row_and_in_a_note():
    frame = claims_frame(("a", "5,000", "P", "2001", ""), ("b", "7,000", "Q", "2002", "")).assign(
        subject=["North Korean women in China", "all North Koreans crossing"], geography=["China", "China"])
    fig = charts.comparison_figure(frame, "people")
    assert fig.layout.meta["unlike"] == "Not like for like: these claims describe 2 different populations; each row names its own."
    assert "Not like for like" in fig.layout.title.subtitle.text
    assert list(fig.layout.yaxis.categoryarray) == ["P · 2001<br>North Korean women in China",
                                                    "Q · 2002<br>all North Koreans crossing"]  # the place is alike
    alike = frame.assign(subject="North Korean women in China")
    assert charts.unlike_note(alike) == "" and "<br>" not in charts.row_labels(alike, tuple(charts.unlike(alike)))[0]


def test_a_repeat_that_disagrees_does_not_break_the_overlap_band():
    frame = pd.concat([FRAME[FRAME["claim_id"] != "d"], claims_frame(("g", "2,000", "Copy", "2011", "a"))])
    fig = charts.comparison_figure(frame, "people")
    assert fig.layout.meta["overlap"] == [22_000, 22_000]  # "2,000" repeats a, so it is no estimate of its own
    assert "All 4 independent estimates overlap" in fig.layout.meta["summary"]


def test_open_bars_reach_the_axis_edge():
    fig = charts.comparison_figure(FRAME, "people")
    low_edge, high_edge = fig.layout.xaxis.range
    xs = [x for t in traces(fig, "bars") for x in t.x if x is not None]
    assert high_edge in xs and low_edge in xs  # "at least 20,000" and "up to 25,000" run to the edges
    bars = traces(fig, "bars")[0]
    pairs = [(bars.x[i], bars.x[i + 1]) for i in range(0, len(bars.x), 3)]
    assert (20_000, high_edge) in pairs and (low_edge, 25_000) in pairs
