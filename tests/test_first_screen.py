"""The first screen answers "where do reports disagree?" before any click (issue 13)."""
from __future__ import annotations

import base64
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claims import charts, load_claims, overview, views
from claims.paths import DATA_DIR
from claims.ranges import format_range, parse_range

APP = str(Path(__file__).resolve().parent.parent / "app.py")
N = math.nan


@pytest.fixture
def landing(monkeypatch, backend_name, request) -> AppTest:
    """The first screen on the bundled table: from its file, or from a PostgreSQL database it was
    loaded into (issue 16)."""
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.delenv("CLAIMS_DATA", raising=False)
    if backend_name == "postgres":
        from claims import pgstore

        url = request.getfixturevalue("pg_url")
        pgstore.load_file(DATA_DIR / "claims.csv", url)
        monkeypatch.setenv("CLAIMS_DATA", url)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_landing_page_shows_charts_before_any_click(landing):
    assert len(landing.get("plotly_chart")) >= 1
    assert [s.value for s in landing.subheader][:3] == ["Where reports disagree", "Every metric", "Recently added"]


def test_the_title_comes_first_with_no_stray_text_above_it(landing):
    """Streamlit writes any bare string in a page script onto the page (its "magic"); a docstring
    beside a constant once showed above the title."""
    shown = [e for e in landing.main if type(e).__name__ not in ("SpecialBlock", "Block")]
    assert type(shown[0]).__name__ == "Title" and shown[0].value == "claims tracker"


def test_headline_counts_the_claims_reports_producers_metrics_and_years(landing):
    shown = {m.label: m.value for m in landing.metric}
    claims = load_claims(DATA_DIR / "claims.csv")
    assert shown == {"Claims": "69", "Reports": "36", "Producers": "48", "Metrics": "23", "Years": "1999–2024"}
    assert overview.headline(claims).reports == claims.groupby(["publisher", "source_title", "published"]).ngroups


def test_the_most_disputed_metrics_come_first_with_a_sentence_each(landing):
    captions = " ".join(c.value for c in landing.caption).replace("\\", "")  # markdown escapes
    assert "Estimates run from $145 to $12,000 across 7 producers, 1999–2019." in captions
    assert [b.key for b in landing.button][:3] == ["open-bride_price", "open-trafficked_count", "open-repatriation_sentence"]


def test_a_card_opens_its_metric(landing):
    landing.button(key="open-trafficked_count").click().run()
    assert landing.selectbox(key="metric").value == "trafficked_count"
    assert landing.subheader[0].value.startswith("Number of North Koreans trafficked in China")


def test_every_metric_has_a_range_strip_in_the_overview(landing):
    table = landing.dataframe[0].value
    assert len(table) == 23 and table["strip"].str.startswith("data:image/svg+xml;base64,").all()


def test_recent_additions_are_the_tables_last_rows(landing):
    recent = landing.dataframe[1].value
    assert list(recent["value"]) == list(load_claims(DATA_DIR / "claims.csv")["value"].tail(5))[::-1]


# --- the pieces, without Streamlit -------------------------------------------------------------------

@pytest.mark.parametrize("max_low,min_high,score", [
    (10_000, 145, 10_000 / 145), (50, 60, 0.0), (60, 60, 0.0), (-math.inf, 5, 0.0), (5, math.inf, 0.0),
    (5, -1, math.inf),
])
def test_disagreement_is_the_highest_low_over_the_lowest_high(max_low, min_high, score):
    assert overview.disagreement(max_low, min_high) == score


def expressed(*values: str, unit: str = "person", derived: tuple[str, ...] = ()) -> views.Expressed:
    records = []
    for n, v in enumerate(values):
        r = parse_range(v, unit)
        records.append(dict(claim_id=f"c{n}", metric="m", value=v, publisher=f"P{n}", published=f"{2001 + n}",
                            derived_from=derived[n] if derived else "", unit=r.unit, kind=r.kind,
                            reading=format_range(r), vague="; ".join(r.vague), claimant="", attributed_to="",
                            low=N if r.low is None else r.low, high=N if r.high is None else r.high,
                            period="", source_title="A report", subject="", geography=""))
    return views.express(pd.DataFrame(records), "as_reported" if unit != "percent" else "percent")


@pytest.mark.parametrize("values,unit,text", [
    (("30–50%", "more than 90%", "70–80%"), "percent", "Estimates run from 30% to at least 90% across 3 producers, 2001–2003."),
    (("2,000", "up to 500", "10,000+"), "person", "Estimates run from up to 500 people to at least 10,000 people across 3 producers, 2001–2003."),
    (("5,000", "5,000"), "person", "Estimates run at 5,000 people across 2 producers, 2001–2002."),
])
def test_one_sentence_says_how_far_the_estimates_run(values, unit, text):
    shown = expressed(*values, unit=unit)
    assert overview.sentence(shown.frame, shown.unit) == text


def test_a_repeat_is_not_an_estimate_in_the_sentence():
    shown = expressed("2,000", "5,000", "900,000", derived=("", "", "c0"))
    assert overview.sentence(shown.frame, shown.unit).startswith("Estimates run from 2,000 to 5,000 people across 2")


def test_a_card_shows_the_spread_in_at_most_eight_claims():
    shown = expressed(*[f"{n * 1000:,}" for n in range(1, 21)])
    picked = charts.spread_rows(shown.frame)
    assert len(picked) == 8 and {1000.0, 20_000.0} <= set(picked["x_low"])
    fig = charts.card_figure(shown.frame, shown.axis_title)
    assert fig.layout.showlegend is False and len(fig.layout.yaxis.categoryarray) == 8
    assert fig.layout.meta["card_note"] == "8 of 20 claims, from the lowest estimate to the highest"


def svg_of(uri: str) -> ET.Element:
    return ET.fromstring(base64.b64decode(uri.split(",", 1)[1]))


def test_a_range_strip_speaks_the_charts_language():
    shown = expressed("40–60%", "more than 45%", "about 50%", "most", unit="percent")
    svg = svg_of(charts.range_strip(shown.frame, shown.ceiling))
    tags = [e.tag.split("}")[1] for e in svg]
    assert tags.count("rect") == 1  # the band they share
    assert tags.count("path") == 1  # the arrow of "more than 40%"
    assert tags.count("circle") == 1  # "about 45%": an open circle
    lines = [e for e in svg if e.tag.endswith("line") and e.get("stroke-width") == "6"]
    assert any(e.get("stroke-dasharray") == "2 2" and e.get("stroke") == charts.ORANGE for e in lines)  # vague
    [arrow] = [e for e in svg if e.tag.endswith("path")]
    arrow_tip = max(float(p.split(",")[0].lstrip("ML")) for p in arrow.get("d").split() if p != "Z")
    assert arrow_tip <= charts.STRIP_WIDTH
