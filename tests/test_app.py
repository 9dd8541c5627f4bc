"""The dashboard, run for real with Streamlit's AppTest: overview, filters, charts, shareable views, bad data.

Issue 16: the tests whose answer comes from reading the table run on both backends (`backend_name`):
the bundled table as the default file or loaded into a database (`bundled_at`), a test's own table as
a file or a database holding the same cells (`table_at`). They are the overview, the filters and the
table they narrow, the units a link restores, the readings' basis, the claim detail, the citation, the
export of a view, the search in notes, and the problems of an invalid table.

File-only, and why: the view written to the URL, a stale link, money's axis title, the year slider and
a link's years, no stray text, chart paging and the timeline are the page's own formatting and state,
the same whatever the table is read from (doubling them would only double the time); the unreadable
data file is about a missing file; the http-only link check replaces `store.read_claims`, which both
backends read through, to plant a bad address, so it tests the page, not the reading.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claims import pgstore
from claims.paths import DATA_DIR
from conftest import claim, csv_text, open_dashboard

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()


run_app = open_dashboard


@pytest.fixture
def bundled_at(backend_name, request):
    """The bundled table on the test's backend: None (the default, data/claims.csv, as before), or a
    database it is loaded into with its metrics and reviews (`pgstore.load_file`)."""
    if backend_name == "csv":
        return None
    url = request.getfixturevalue("pg_url")
    pgstore.load_file(DATA_DIR / "claims.csv", url)
    return url


def table(at: AppTest):
    """The claims table: the page's last dataframe (the overview or problems come before it)."""
    return at.dataframe[-1].value


def chart(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def drawn_rows(at: AppTest) -> set[str]:
    """The chart's rows by their first line, 'publisher · date' (a second line may name the population)."""
    return {y.split("<br>")[0] for trace in chart(at)["data"] for y in (trace.get("y") or []) if y}


def test_app_opens_on_an_overview_of_the_bundled_metrics(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at)
    assert at.title[0].value == "claims tracker"
    overview = at.dataframe[0].value
    assert {"refugees_in_china", "trafficked_share", "bride_price"} <= set(overview["metric"])
    refugees = overview.set_index("metric").loc["refugees_in_china"]
    assert refugees["independent"] == 12 and refugees["agreement"] == "conflict"
    assert len(table(at)) == 69 and not at.warning


def test_choosing_a_metric_draws_its_chart_and_a_filter_narrows_table_and_chart(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at)
    at.selectbox(key="metric").select("refugees_in_china").run()
    assert len(table(at)) == 13
    assert "Human Rights Watch · 2002-11-19" in drawn_rows(at)
    at.multiselect(key="publisher").select("Dong-A Ilbo").run()
    assert set(table(at)["publisher"]) == {"Dong-A Ilbo"} and len(table(at)) == 2
    rows = {y for trace in chart(at)["data"] for y in (trace.get("y") or []) if y}
    assert len(rows) == 2 and drawn_rows(at) == {"Dong-A Ilbo · 2003-05-30"}  # two rows, told apart by population


def test_the_overview_follows_the_filters(monkeypatch, bundled_at):
    from claims import load_claims, overview
    from claims.filters import Filters, filter_claims
    from claims.store import load_metrics
    at = run_app(monkeypatch, bundled_at)  # expected: worked out from the bundled file itself
    at.text_input(key="q").input("Guardian").run()
    shown = at.dataframe[0].value.set_index("metric").sort_index()
    bundled = load_claims(DATA_DIR / "claims.csv")  # not CLAIMS_DATA, which names the database on PostgreSQL
    units_ = {k: m.unit for k, m in load_metrics(DATA_DIR / "metrics.csv").items()}
    expected = overview.metric_summary(filter_claims(bundled, Filters(text="Guardian")), units_)
    expected = expected.set_index("metric")
    assert len(shown) < len(overview.metric_summary(bundled))
    assert list(shown.index) == list(expected.index)
    assert list(shown["claims"]) == list(expected["claims"]) and list(shown["span"]) == list(expected["span"])


def test_the_view_is_written_to_the_url(monkeypatch):
    at = run_app(monkeypatch)
    at.selectbox(key="metric").select("bride_price").run()
    at.text_input(key="q").input("Guardian").run()
    assert at.query_params["metric"] == "bride_price" and at.query_params["q"] == "Guardian"


def test_a_link_restores_metric_filters_and_unit(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at, metric="bride_price", unit="constant_usd", base="2020",
                 publisher=["The Guardian", "Korea Times"])
    assert at.selectbox(key="metric").value == "bride_price"
    assert set(table(at)["publisher"]) == {"The Guardian", "Korea Times"}
    assert chart(at)["layout"]["xaxis"]["title"]["text"] == "constant 2020 US dollars (CPI-U)"


def test_a_stale_link_opens_the_nearest_valid_view_with_a_note(monkeypatch):
    at = run_app(monkeypatch, metric="no_such_metric", publisher=["Nobody Press"], unit="parsecs")
    notes = " ".join(i.value for i in at.info)
    assert r"no\_such\_metric" in notes and "Nobody Press" in notes
    assert at.selectbox(key="metric").value == ""
    assert len(table(at)) == 69


def test_stated_and_interpreted_readings_can_be_told_apart(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at, metric="trafficked_count")
    at.radio(key="basis").set_value("interpreted").run()
    assert set(table(at)["kind"]) == {"vague"}


def test_money_can_be_shown_in_dollars_at_each_claims_year(monkeypatch):
    at = run_app(monkeypatch, metric="bride_price")
    assert chart(at)["layout"]["xaxis"]["title"]["text"] == "US dollars at each claim's year"


def test_claim_detail_shows_the_quote_source_and_repeats(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at, metric="refugees_in_china", claim="independent-2002-refugees-in-china")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")  # markdown escapes in data
    assert "**between 10,000 and 300,000**" in text
    assert "The Independent" in text and "Repeats:" in text and "hrw-2002-refugees-in-china" in text


def test_an_invalid_data_file_shows_its_problems_and_the_valid_claims(monkeypatch, table_at, recwarn):
    bad = table_at(  # the bundled metrics beside it, which a file with no metrics.csv beside it reads
        "claim_id,metric,value,source_title,publisher,published\n"
        "a,trafficked_share,30-50%,T,Taipei Times,2005-12-10\n"
        "b,trafficked_share,hello,T,Taipei Times,2005-12-10\n"
        "c,trafficked_share,40%,T,Taipei Times,2005-13-45\n",
        metrics=(DATA_DIR / "metrics.csv").read_text(encoding="utf-8"))
    at = run_app(monkeypatch, bad)
    assert "2 problem" in at.warning[0].value
    problems = at.dataframe[0].value
    assert list(problems["row"]) == [3, 4]
    assert list(problems["value"]) == ["hello", "2005-13-45"]
    assert list(table(at)["claim_id"]) == ["a"]
    assert not [w for w in recwarn if "serialize" in str(w.message)]  # the tables shown carry no problems


def test_an_unreadable_data_file_is_a_message_not_a_traceback(monkeypatch, tmp_path):
    missing = tmp_path / "nope.csv"
    at = run_app(monkeypatch, missing)
    assert "file not found" in at.dataframe[0].value.iloc[0]["message"]
    assert any("No valid claims" in i.value for i in at.info)


def test_export_buttons_deliver_what_the_filters_show(monkeypatch, bundled_at):
    """AppTest cannot read a download's bytes, so check the buttons exist for every format and that
    the export function gets exactly the filtered claims the table shows."""
    from claims import load_claims
    from claims.export import FORMATS, export_bytes
    from claims.filters import Filters, filter_claims
    import csv, io

    at = run_app(monkeypatch, bundled_at, metric="bride_price", publisher=["The Guardian", "Korea Times"])
    labels = {b.label for b in at.download_button}
    assert {spec.label for name, spec in FORMATS.items() if name != "claimreview"} <= labels  # no verdicts here
    shown = table(at)
    claims = load_claims(DATA_DIR / "claims.csv")  # the bundled file itself, whatever CLAIMS_DATA names
    view = filter_claims(claims, Filters(metrics=("bride_price",), publishers=("The Guardian", "Korea Times")))
    exported = list(csv.DictReader(io.StringIO(export_bytes(view, "csv", keys_from=claims).decode("utf-8-sig"))))
    assert sorted(r["claim_id"] for r in exported) == sorted(shown["claim_id"])


def test_cite_this_claim_shows_the_apa_reference_with_figure_and_quote(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at, metric="trafficked_share", claim="taipeitimes-2005-trafficked-share")
    cite = at.code[-1].value  # the last code block: the embed snippet of the chart comes first
    assert "Taipei Times" in cite and "2005" in cite and "between 30 percent and half" in cite
    assert any(b.label.startswith("BibTeX") for b in at.download_button)


def test_no_stray_text_is_printed_above_the_title(monkeypatch):
    """Streamlit's magic prints bare string literals in a page script; the page starts with its title."""
    at = run_app(monkeypatch)
    assert not [m.value for m in at.markdown if "per page" in m.value or "sends to the browser" in m.value]


# --- behaviours a deliberate bug went unnoticed in (issue 13) ---------------------------------------

def published_years(at: AppTest) -> set[int]:
    return {int(p[:4]) for p in table(at)["published"]}


def test_the_year_sliders_lower_end_filters_and_goes_into_the_link(monkeypatch):
    at = run_app(monkeypatch)
    at.slider(key="years").set_range(2010, 2024).run()
    years = published_years(at)
    assert min(years) >= 2010 and 2010 in years and len(table(at)) < 69
    assert (at.query_params.get("from"), at.query_params.get("to")) == ("2010", "2024")


def test_the_years_in_a_shared_link_filter_the_view(monkeypatch):
    at = run_app(monkeypatch, **{"from": "2005", "to": "2010"})
    assert at.slider(key="years").value == (2005, 2010)
    years = published_years(at)
    assert years and min(years) >= 2005 and max(years) <= 2010


def many_claims(tmp_path: Path, n: int) -> Path:
    from conftest import claim, csv_text
    rows = [claim(k, value=f"{1000 + k:,} people", publisher=f"Outlet {k:03d}", published=f"{1950 + k % 70}")
            for k in range(1, n + 1)]
    (tmp_path / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
    path = tmp_path / "claims.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def test_chart_pages_after_the_first_show_the_next_claims(monkeypatch, tmp_path):
    at = run_app(monkeypatch, many_claims(tmp_path, 130), metric="crossers")
    first = chart(at)["layout"]["yaxis"]["categoryarray"]
    at.number_input(key="chart_page").set_value(3).run()
    third = chart(at)["layout"]["yaxis"]["categoryarray"]
    assert len(first) == 60 and len(third) == 10 and not set(first) & set(third)
    assert any("Claims 121–130 of 130, by date." in c.value.replace("\\", "") for c in at.caption)


def test_the_charts_summary_is_a_caption_that_wraps_not_a_subtitle_cut_off_on_a_phone(monkeypatch):
    at = run_app(monkeypatch, metric="trafficked_share")
    captions = [c.value.replace("\\", "") for c in at.caption]  # markdown escapes
    said = [c for c in captions if "do not all overlap" in c]
    assert len(said) == 1 and "Dashed lines: the envelope of all estimates." in said[0]
    assert not chart(at)["layout"]["title"].get("subtitle", {}).get("text")
    unlike = [c for c in captions if "Not like for like" in c]
    assert len(unlike) == 1  # said once, in the summary


def test_the_timeline_places_each_claim_by_its_date(monkeypatch):
    at = run_app(monkeypatch, metric="refugees_in_china", view="timeline")
    spec = chart(at)
    assert spec["layout"]["xaxis"]["title"]["text"] == "publication date"
    estimates = [t for t in spec["data"] if t.get("name") == "estimate (hover for source)"][0]
    assert len(estimates["x"]) == len(table(at)) == 13
    assert min(estimates["x"]).startswith("2002-11-19")


def test_the_link_column_and_source_button_take_only_http_addresses(monkeypatch):
    """Validation refuses other addresses; the page checks again, so a bad one can never become a link."""
    import claims.store
    real = claims.store.read_claims

    def with_a_bad_url(*args, **kwargs):
        frame, problems = real(*args, **kwargs)
        frame = frame.copy()
        frame.loc[frame["claim_id"] == "taipeitimes-2005-trafficked-share", "url"] = "javascript:alert(1)"
        return frame, problems

    monkeypatch.setattr(claims.store, "read_claims", with_a_bad_url)
    at = run_app(monkeypatch, metric="trafficked_share", claim="taipeitimes-2005-trafficked-share")
    links = dict(zip(table(at)["claim_id"], table(at)["url"]))
    assert links["taipeitimes-2005-trafficked-share"] == ""
    assert links["afp-2010-trafficked-share"].startswith("http")
    assert not at.get("link_button")
    at.selectbox(key="claim").select("afp-2010-trafficked-share").run()
    assert len(at.get("link_button")) == 1


def test_search_looks_in_the_editors_notes(monkeypatch, bundled_at):
    at = run_app(monkeypatch, bundled_at, q="vdocuments")  # only in an editor's note: "… also vdocuments.net copy"
    assert list(table(at)["claim_id"]) == ["jhsph-2010-refugees-in-china"]


def test_a_metric_of_rates_per_so_many_people_draws_each_in_the_metric_s_number(monkeypatch, tmp_path):
    (tmp_path / "metrics.csv").write_text('metric,label,description,unit\nhomicide_rate,Homicide rate,,'
                                          '"per 100,000 people"\n', encoding="utf-8")
    rows = [claim(1, metric="homicide_rate", value="8 per 100,000 people", publisher="UNODC"),
            claim(2, metric="homicide_rate", value="0.12 per 1,000 inhabitants", publisher="Mexican Government"),
            claim(3, metric="homicide_rate", value="between 9 and 11", publisher="INEGI")]
    (tmp_path / "claims.csv").write_text(csv_text(rows), encoding="utf-8")
    at = run_app(monkeypatch, tmp_path / "claims.csv", metric="homicide_rate")
    figure = chart(at)
    assert figure["layout"]["xaxis"]["title"]["text"] == "number per 100,000 people"
    drawn = sorted(x for trace in figure["data"] for x in (trace.get("x") or []) if isinstance(x, (int, float)))
    for value in (8, 9, 11, 12):  # 0.12 per 1,000 is 12 per 100,000
        assert any(x == pytest.approx(value) for x in drawn), (value, drawn)
