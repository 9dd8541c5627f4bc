"""The Add claims page with reviews: a CSV file of reviews and the one-review form, through the same
check, preview, confirm and undo as claims (issue 14).

Issue 16: every test runs on both backends (`backend_name`): the table is a file with reviews.csv
beside it, or a database holding the same cells in its claims and reviews tables (`table_at`); what is
stored is compared as reviews.csv's text or the database's reviews table as CSV (`stored_reviews`), and
messages name reviews.csv or the database's table (`backend.written`). None stays file-only.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claims import backend, importer, pgstore
from claims.template import reviews_template_csv
import add_page
from add_page import APP, PAGE, confirm_button, frames
from conftest import claim, csv_text

TODAY = date.today().isoformat()  # the page validates against the real today


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def make_table(table_at):
    """The two-claim table on the test's backend, with the reviews.csv written beside it (if any) as its
    reviews: a file, or a database holding the same cells. Calling it again replaces the table."""
    return lambda: table_at([claim(1), claim(2, value="about 2,500 people")])


@pytest.fixture
def table(make_table):
    return make_table()


def stored_reviews(where) -> bytes | None:
    """The reviews as stored: reviews.csv beside the file, or the database's reviews table as CSV;
    None when there is no reviews.csv, or no review in the database (no table, or its header alone)."""
    if isinstance(where, str):
        data = pgstore.snapshot(where).reviews
        return data if data and len(data.splitlines()) > 1 else None
    target = where.with_name("reviews.csv")
    return target.read_bytes() if target.exists() else None


def named(where) -> str:
    """How a reviews import's success line names what it wrote: reviews.csv's path, or the database."""
    return backend.shown(where) if isinstance(where, str) else str(where.with_name("reviews.csv"))


def summary(where, counts: str, held: str) -> str:
    """The success line of a reviews import: the file's ("…; the reviews file holds N reviews and
    validates") or the database's ("…; the database holds N reviews and validates")."""
    if isinstance(where, str):
        return f"{named(where)}: {counts}; the database holds {held} and validates"
    return f"{named(where)}: {counts}; the reviews file holds {held} and validates"


def review(**fields: str) -> dict[str, str]:
    row = {"claim_id": "c1", "rating": "misleading", "explanation": "Counts one province only.",
           "reviewer": "Jane Doe", "reviewed": "2025-11-30", "url": "https://example.net/check/1"}
    row.update(fields)
    return row


def open_reviews(monkeypatch, target: Path, source: str = "a CSV file") -> AppTest:
    monkeypatch.setenv("CLAIMS_DATA", str(target))
    monkeypatch.delenv("CLAIMS_EDITORS", raising=False)
    monkeypatch.setenv("CLAIMS_EDITING", "local")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(PAGE).run()
    at.radio(key="add_claims.kind").set_value("reviews").run()
    at.radio(key="add_claims.review_source").set_value(source).run()
    assert not at.exception
    return at


def upload(at: AppTest, content: bytes, name: str = "reviews-new.csv") -> AppTest:
    return add_page.upload(at, content, name)


def undo_last_import(at: AppTest, where, source: str) -> None:
    add_page.undo_last_import(at, where, source, importer.REVIEWS)


def test_claims_stay_the_default_and_reviews_have_their_own_template_and_uploader(monkeypatch, table):
    monkeypatch.setenv("CLAIMS_DATA", str(table))
    monkeypatch.setenv("CLAIMS_EDITING", "local")
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page(PAGE).run()
    assert at.radio(key="add_claims.kind").value == "claims"
    assert [b.label for b in at.download_button] == ["Download the CSV template"]
    at.radio(key="add_claims.kind").set_value("reviews").run()
    assert not at.exception
    assert [b.label for b in at.download_button] == ["Download the reviews template"]
    guide = frames(at)[0]
    assert guide[guide["required"] == "yes"]["column"].tolist() == ["claim_id", "rating", "reviewed"]
    assert at.file_uploader[0].label == "CSV file of reviews (up to 10 MB)"
    where = backend.written(table, importer.REVIEWS) if isinstance(table, str) else table.with_name("reviews.csv")
    assert at.caption[0].value.startswith(f"Reviews are added to `{where}`")


def test_a_reviews_file_is_previewed_written_on_confirm_and_undone(monkeypatch, table):
    written = backend.written(table, importer.REVIEWS)  # reviews.csv, or the database's URL#reviews
    assert written == "reviews.csv" or written.endswith("#reviews")
    at = open_reviews(monkeypatch, table)
    upload(at, csv_text([review(), review(claim_id="c2", rating="supported", url="")]).encode())
    assert [m.value for m in at.metric] == ["2", "0", "0"]  # to add, already in reviews.csv, to update
    assert at.metric[1].label == f"already in {written}"
    preview = next(f for f in frames(at) if "rating" in f and "row" in f)
    assert preview[["row", "claim_id", "rating"]].values.tolist() == [[2, "c1", "misleading"], [3, "c2", "supported"]]
    assert stored_reviews(table) is None  # a preview writes nothing
    assert confirm_button(at).label == f"Confirm: add 2 and update 0 reviews in {written}"

    confirm_button(at).click().run()
    assert not at.exception
    assert at.success[0].value == summary(table, "2 added, 0 updated, 0 skipped", "2 reviews")
    assert stored_reviews(table).decode("utf-8").splitlines()[1:] == [
        "c1,misleading,Counts one province only.,Jane Doe,2025-11-30,https://example.net/check/1",
        "c2,supported,Counts one province only.,Jane Doe,2025-11-30,"]
    changed = next(f for f in frames(at) if "explanation" in f and "row" not in f)
    assert changed["claim_id"].tolist() == ["c1", "c2"]
    assert frames(at)[-1][["file", "added", "updated", "skipped"]].values.tolist() == [["reviews-new.csv", 2, 0, 0]]
    assert at.subheader[-1].value == f"Recent imports into {written}"

    undo_last_import(at, table, "reviews-new.csv")
    assert stored_reviews(table) is None  # back as before: there was no reviews.csv (no review)


def test_a_bad_reviews_file_shows_its_problems_and_cannot_be_confirmed(monkeypatch, table):
    at = open_reviews(monkeypatch, table)
    upload(at, csv_text([review(claim_id="c9"), review(rating="pants on fire", url="ftp://x")]).encode())
    assert at.error[0].value.startswith("3 problem(s) in 2 row(s) of reviews-new.csv: nothing is written")
    problems = next(f for f in frames(at) if "fix" in f)
    assert problems[["row", "column", "value"]].values.tolist() == [
        [2, "claim_id", "c9"], [3, "rating", "pants on fire"], [3, "url", "ftp://x"]]
    assert confirm_button(at).disabled
    assert stored_reviews(table) is None


def test_the_reviews_template_left_as_it_is_is_refused(monkeypatch, table):
    at = upload(open_reviews(monkeypatch, table), reviews_template_csv(), "reviews-template.csv")
    problems = next(f for f in frames(at) if "fix" in f)
    assert problems.iloc[0]["message"].startswith("this row still holds the template's example review")
    assert confirm_button(at).disabled


def test_a_conflicting_review_is_shown_field_by_field_and_updated_only_when_asked(monkeypatch, tmp_path,
                                                                                make_table):
    (tmp_path / "reviews.csv").write_text(csv_text([review()]), encoding="utf-8")
    table = make_table()
    at = upload(open_reviews(monkeypatch, table), csv_text([review(rating="false")]).encode())
    assert f"reviews already in {backend.written(table, importer.REVIEWS)} (the same claim, reviewer and date)" in at.warning[0].value
    diff = next(f for f in frames(at) if "in your file" in f)
    assert diff[["row", "claim_id", "review", "column", "in the table", "in your file"]].values.tolist() == [
        [2, "c1", "c1 by Jane Doe on 2025-11-30", "rating", "misleading", "false"]]
    assert confirm_button(at).disabled
    at.checkbox(key="add_claims.update").check().run()
    confirm_button(at).click().run()
    assert at.success[0].value.startswith(f"{named(table)}: 0 added, 1 updated")
    assert stored_reviews(table).decode("utf-8").splitlines()[1].startswith("c1,false,")


# --- one review, in the form ---------------------------------------------------------------------------

def fill_form(at: AppTest, **values) -> AppTest:
    for name, value in values.items():
        if name in ("claim", "rating"):
            at.selectbox(key=f"add_claims.form_{name}").set_value(value)
        elif name == "explanation":
            at.text_area(key="add_claims.form_explanation").input(value)
        elif name == "reviewed":
            at.date_input(key="add_claims.form_reviewed").set_value(value)
        else:
            at.text_input(key=f"add_claims.form_{name}").input(value)
    at.button(key="add_claims.form_check").click().run()
    assert not at.exception
    return at


def test_one_review_from_the_form_goes_through_the_same_preview_confirm_and_undo(monkeypatch, table):
    written = backend.written(table, importer.REVIEWS)
    at = open_reviews(monkeypatch, table, "one review")
    claim_box = at.selectbox(key="add_claims.form_claim")
    assert claim_box.options[:2] == ["c1: '2,000–3,000 people' (Taipei Times, 2005-12-10)",
                                     "c2: 'about 2,500 people' (Taipei Times, 2005-12-10)"]
    assert at.selectbox(key="add_claims.form_rating").options == [
        "unverified", "in progress", "false", "misleading", "inconclusive", "supported"]
    assert at.date_input(key="add_claims.form_reviewed").value == date.today()  # the date defaults to today
    fill_form(at, claim="c2", rating="inconclusive", explanation="No second source.", reviewer="Ana",
              url="https://example.net/check/7")
    assert stored_reviews(table) is None  # checked, previewed, not written
    assert [m.value for m in at.metric] == ["1", "0", "0"]
    assert confirm_button(at).label == f"Confirm: add 1 and update 0 reviews in {written}"
    confirm_button(at).click().run()
    assert not at.exception
    assert stored_reviews(table).decode("utf-8") == (
        "claim_id,rating,explanation,reviewer,reviewed,url\n"
        f"c2,inconclusive,No second source.,Ana,{TODAY},https://example.net/check/7\n")
    assert len(at.button) == 0 or all(b.key != "add_claims.confirm" for b in at.button)  # the form is done
    assert backend.history(table, kind=importer.REVIEWS)[-1].source == "the review form"

    undo_last_import(at, table, "the review form")
    assert stored_reviews(table) is None


def test_the_form_is_validated_like_a_file(monkeypatch, table):
    at = open_reviews(monkeypatch, table, "one review")
    fill_form(at, claim="c1", url="www.example.net/check")  # no rating chosen, an address without http(s)
    problems = next(f for f in frames(at) if "fix" in f)
    assert problems[["file", "row", "column", "value"]].values.tolist() == [
        ["the review form", 2, "rating", ""], ["the review form", 2, "url", "www.example.net/check"]]
    assert problems.iloc[1]["fix"] == "write https://www.example.net/check"
    assert confirm_button(at).disabled
    assert stored_reviews(table) is None


def test_a_second_review_of_the_same_claim_on_another_date_is_added_beside_the_first(monkeypatch, tmp_path,
                                                                                    make_table):
    (tmp_path / "reviews.csv").write_text(csv_text([review()]), encoding="utf-8")
    table = make_table()
    before = stored_reviews(table)
    at = open_reviews(monkeypatch, table, "one review")
    fill_form(at, claim="c1", rating="false", reviewer="Jane Doe", reviewed=date(2025, 12, 1))
    assert [m.value for m in at.metric] == ["1", "0", "0"]
    confirm_button(at).click().run()
    data = stored_reviews(table)
    assert data.startswith(before) and data[len(before):] == b"c1,false,,Jane Doe,2025-12-01,\n"
