"""The dashboard for fact-checkers (issue 14): each claim's context, its review badge, the review filter,
the chart hover and the link to the view's JSON. Run for real with AppTest on a copy of the bundled data.

Issue 16: every test runs on both backends (`backend_name`), the copy being a file or a database
holding the same cells (`table_at`, reviews included), except test_the_api_link_names_the_view_on_screen,
file-only: the link is built from the view's query string alone, whatever the table is read from.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from claims import backend, importer
from claims.paths import DATA_DIR
from conftest import open_dashboard

REVIEWS = ("claim_id,rating,explanation,reviewer,reviewed,url\n"
           "taipeitimes-2005-trafficked-share,in progress,,Ann Lee,2025-01-10,\n"
           "taipeitimes-2005-trafficked-share,misleading,Counts everyone who crosses; the others count women.,"
           "Ann Lee,2025-02-01,https://example.org/checks/1\n"
           "afp-2010-bride-price,supported,,Bo Park,2025-03-01,\n")


@pytest.fixture
def bundled_with(tmp_path, table_at):
    """A copy of the bundled claims and metrics with `reviews` as its reviews, on the test's backend:
    the file, or a database holding the same cells. Calling it again replaces the table."""

    def put(reviews: str = REVIEWS):
        (tmp_path / "reviews.csv").write_text(reviews, encoding="utf-8")  # first: table_at copies it
        return table_at((DATA_DIR / "claims.csv").read_bytes(),
                        metrics=(DATA_DIR / "metrics.csv").read_text(encoding="utf-8"))

    return put


@pytest.fixture
def data(bundled_with):
    return bundled_with()


@pytest.fixture
def data_file(tmp_path) -> Path:
    for name in ("claims.csv", "metrics.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "reviews.csv").write_text(REVIEWS, encoding="utf-8")
    return tmp_path / "claims.csv"


run_app = open_dashboard


def _text(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown).replace("\\", "")


def test_the_detail_shows_the_context_sentence_and_the_current_rating_as_a_badge(monkeypatch, data):
    at = run_app(monkeypatch, data, metric="trafficked_share", claim="taipeitimes-2005-trafficked-share")
    sentences = [i.value.replace("\\", "") for i in at.info]
    assert any("'between 30 percent and half' (John Miller" in s and
               "is below every other independent estimate: 60% to at least 90%, 6 estimates from 6 producers, "
               "2010–2023." in s for s in sentences), sentences
    text = _text(at)
    assert ":orange-badge[misleading]" in text  # the latest review, not the earlier 'in progress'
    assert "Counts everyone who crosses" in text and "Ann Lee" in text
    assert any(b.proto.url == "https://example.org/checks/1" for b in at.get("link_button"))


def test_a_claim_without_review_has_no_badge_but_still_its_context(monkeypatch, data):
    at = run_app(monkeypatch, data, metric="refugees_in_china", claim="independent-2002-refugees-in-china")
    assert "-badge[" not in _text(at).split("Claim detail")[-1]
    assert any("overlaps every other independent estimate" in i.value or "within the span" in i.value
               for i in at.info)


def test_the_table_has_a_review_column_and_the_review_filter_keeps_by_rating(monkeypatch, data):
    at = run_app(monkeypatch, data)
    table = at.dataframe[-1].value
    reviewed = dict(zip(table["claim_id"], table["review"]))
    assert reviewed["taipeitimes-2005-trafficked-share"] == "misleading"
    assert reviewed["afp-2010-bride-price"] == "supported" and reviewed["hrw-2002-refugees-in-china"] == ""
    choices = at.multiselect(key="rating")
    assert "misleading (1)" in [choices.format_func(o) for o in choices.options] or \
        "misleading (1)" in choices.options
    choices.set_value(["supported"]).run()
    assert list(at.dataframe[-1].value["claim_id"]) == ["afp-2010-bride-price"]
    assert at.query_params["rating"] in ("supported", ["supported"])
    at.multiselect(key="rating").set_value(["unreviewed"]).run()
    assert len(at.dataframe[-1].value) == 67


def test_a_shared_link_with_a_rating_opens_the_same_view(monkeypatch, data):
    at = run_app(monkeypatch, data, rating="misleading")
    assert list(at.dataframe[-1].value["claim_id"]) == ["taipeitimes-2005-trafficked-share"]


def test_the_chart_hover_says_how_each_claim_stands_and_its_review(monkeypatch, data):
    at = run_app(monkeypatch, data, metric="trafficked_share")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hovers = [h for trace in spec["data"] for h in (trace.get("customdata") or []) if isinstance(h, str)]
    taipei = [h for h in hovers if "between 30 percent and half" in h]
    assert taipei and all("context: below every other independent estimate (60% to at least 90%, 6 estimates)"
                          in h and "review: misleading" in h for h in taipei)


def test_the_api_link_names_the_view_on_screen(monkeypatch, data_file):
    at = run_app(monkeypatch, data_file, metric="bride_price", publisher=["The Guardian", "Korea Times"])
    links = [c.value for c in at.caption if "/api/claims.json" in c.value]
    assert links, [c.value for c in at.caption]
    url = links[0].split("](")[1].split(")")[0]
    parts = urlsplit(url)
    assert parts.path == "/api/claims.json"
    assert sorted(parse_qsl(parts.query)) == sorted([("publisher", "The Guardian"), ("publisher", "Korea Times"),
                                                     ("metric", "bride_price")])


def test_a_bad_review_row_is_shown_as_a_problem_and_the_rest_still_shows(monkeypatch, bundled_with):
    data = bundled_with(REVIEWS + "no-such-claim,false,,,2025-01-01,\n")
    at = run_app(monkeypatch, data)
    warnings = " ".join(w.value for w in at.warning)
    assert backend.written(data, importer.REVIEWS) in warnings  # reviews.csv, or the database's URL#reviews
    assert "misleading" in set(at.dataframe[-1].value["review"])


def test_claimreview_downloads_are_offered_only_where_there_is_a_verdict(monkeypatch, data):
    at = run_app(monkeypatch, data, metric="trafficked_share", claim="taipeitimes-2005-trafficked-share")
    labels = [b.label for b in at.download_button]
    assert labels.count("ClaimReview (JSON-LD)") == 2  # the view's export and the claim's own
    at = run_app(monkeypatch, data, metric="refugees_in_china", claim="hrw-2002-refugees-in-china")
    assert "ClaimReview (JSON-LD)" not in [b.label for b in at.download_button]  # nothing reviewed here
