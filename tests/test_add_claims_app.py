"""The Add claims page: only when editing is on; problems as a table; preview, confirm, what changed, undo.

Issue 16: every test that checks, previews, writes or undoes an import runs on both backends
(`backend_name`): the table is a file or a database holding the same cells (`table_at`), and what is
stored is compared as the file's bytes or the database's claims table as the canonical CSV
(`pgstore.dump`). Messages name the file or the database (`backend.shown`, `backend.written`).

File-only (`table_file`), and why: editing switched off, the login and the allowlist, the upload size
limit and the template download are decided before the table is read or an import is planned, the
same whatever the table is. An article's figures go the same way on both, with and without metrics.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claims import access, backend, importer
from claims.store import read_rows
from add_page import APP, PAGE, ROOT, confirm_button, frames, undo_last_import, upload
from conftest import NO_METRICS, claim, csv_text, table_bytes

AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x", "client_id": "id",
        "client_secret": "secret", "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration"}


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def table_file(claims_file) -> Path:
    from claims.writer import write_claims
    path = claims_file([claim(1), claim(2)])
    write_claims(read_rows(path)[0], path)
    return path


@pytest.fixture
def make_table(table_file, table_at):
    """The two-claim table (as the canonical writer writes it) with `metrics`, on the test's backend."""
    return lambda metrics=NO_METRICS: table_at(table_file.read_bytes(), metrics=metrics)


@pytest.fixture
def table(make_table):
    """The two-claim table on the test's backend: the file, or a database holding the same cells."""
    return make_table()


def ids(where) -> list[str]:
    return [r["claim_id"] for r in backend.claims_rows(where)]


def summary(where, counts: str, held: str) -> str:
    """The success line of an import: the file's ("…; the table holds N claims and validates") or the
    database's ("…; the database holds N claims and validates")."""
    if isinstance(where, str):
        return f"{backend.shown(where)}: {counts}; the database holds {held} and validates"
    return f"{where}: {counts}; the table holds {held} and validates"


def open_app(monkeypatch, target: Path, mode: str | None = "local", *, secrets: dict | None = None,
             user: dict | None = None, page: bool = True) -> AppTest:
    monkeypatch.setenv("CLAIMS_DATA", str(target))
    monkeypatch.delenv("CLAIMS_EDITORS", raising=False)
    if mode:
        monkeypatch.setenv("CLAIMS_EDITING", mode)
    else:
        monkeypatch.delenv("CLAIMS_EDITING", raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    if secrets:
        at.secrets.update(secrets)
    if user is not None:
        at.user = user
    at.run()
    if page:
        at.switch_page(PAGE).run()
    assert not at.exception
    return at


# --- editing off: no way to write ---------------------------------------------------------------------

def test_with_editing_off_the_app_has_no_upload_widget(monkeypatch, table_file):
    at = open_app(monkeypatch, table_file, mode=None, page=False)
    assert len(at.file_uploader) == 0 and not any("Add claims" in t.value for t in at.title)
    with pytest.raises(ValueError, match=r"Known pages: \['.*dashboard.py'\]"):  # not in the navigation at all
        at.switch_page(PAGE).run()


def test_with_editing_off_the_page_itself_refuses(monkeypatch, table_file):
    monkeypatch.delenv("CLAIMS_EDITING", raising=False)
    monkeypatch.setenv("CLAIMS_DATA", str(table_file))
    at = AppTest.from_file(str(ROOT / PAGE), default_timeout=60).run()
    assert not at.exception
    assert len(at.file_uploader) == 0 and len(at.button) == 0
    assert at.error[0].value.startswith("not saved: editing is switched off")


# --- login ------------------------------------------------------------------------------------------

LOGIN = {"CLAIMS_EDITING": "login", "CLAIMS_EDITORS": ["ana@example.org"], "auth": AUTH}


@pytest.mark.parametrize("user,sees", [
    ({"is_logged_in": False}, "login"),
    ({"is_logged_in": True, "email": "ben@example.org"}, "refused"),
    ({"is_logged_in": True, "email": "ana@example.org", "email_verified": False}, "login"),
    ({"is_logged_in": True, "email": "ana@example.org"}, "uploader"),
])
def test_with_login_only_editors_on_the_allowlist_get_the_uploader(monkeypatch, table_file, user, sees):
    at = open_app(monkeypatch, table_file, mode=None, secrets=LOGIN, user=user)
    assert (len(at.file_uploader) == 1) == (sees == "uploader")
    assert ([b.label for b in at.button] == ["Log in"]) == (sees == "login")
    if sees == "refused":
        assert at.error[0].value.startswith("not saved: ben@example.org is not on the editors' allowlist")
        assert [b.label for b in at.button] == ["Log out"]


# --- upload, problems, preview, confirm ----------------------------------------------------------------

def test_a_bad_file_shows_its_problems_as_a_table_and_cannot_be_confirmed(monkeypatch, table):
    before = table_bytes(table)
    at = open_app(monkeypatch, table)
    upload(at, csv_text([claim(3), claim(4, value="05-Oct")]).replace("publisher", "Publsher").encode())
    assert at.error[0].value == ("3 problem(s) in 2 row(s) of new.csv: nothing is written until they are fixed. "
                                 "Correct the file and upload it again.")
    problems = next(f for f in frames(at) if "fix" in f)
    assert problems[["row", "column", "value", "fix"]].values.tolist() == [
        [1, "Publsher", "Publsher", "did you mean publisher?"],
        [1, "publisher", "", "rename column E 'Publsher' to publisher"],
        [3, "value", "05-Oct", "retype it as 5–10 with the cell formatted as Text"],
    ]
    assert confirm_button(at).disabled
    assert table_bytes(table) == before


@pytest.mark.parametrize("name,content,message", [
    ("claims.xlsx", b"PK\x03\x04" + b"\x00" * 100, "is a zip file such as an Excel workbook (.xlsx), not a CSV file"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 10, "is not a text file"),
])
def test_a_file_that_is_not_a_csv_gets_a_clear_message(monkeypatch, table, name, content, message):
    at = upload(open_app(monkeypatch, table), content, name)
    problems = next(f for f in frames(at) if "fix" in f)
    assert message in problems.iloc[0]["message"] and problems.iloc[0]["file"] == name


def test_an_upload_over_the_size_limit_is_refused_with_a_clear_message(monkeypatch, table_file):
    at = open_app(monkeypatch, table_file)
    big = csv_text([claim(3)]).encode() + b"x" * (importer.UPLOAD_LIMIT_MB * 1024 * 1024)
    upload(at, big, "huge.csv")
    assert at.error[0].value.startswith("huge.csv is 10.0 MB; uploads are limited to 10 MB")
    assert len(at.button) == 0 or all(b.key != "add_claims.confirm" for b in at.button)


def test_a_good_file_is_previewed_then_written_on_confirm_and_the_change_shown(monkeypatch, table):
    before = table_bytes(table)
    at = open_app(monkeypatch, table)
    upload(at, csv_text([claim(3, claim_id="", value="5 people"), claim(4), claim(1)]).encode())
    assert [m.value for m in at.metric] == ["2", "1", "0"]  # to add, already in the table, to update
    preview = next(f for f in frames(at) if "id" in f)
    assert preview[["row", "id", "claim_id", "read as"]].values.tolist() == [
        [2, "made", "taipeitimes-2005-crossers", "5 people"], [3, "given", "c4", "2,000–3,000 people"]]
    assert list(preview.columns[preview.columns.get_loc("range"):][:2]) == ["range", "read as"]
    assert table_bytes(table) == before  # a preview writes nothing
    assert confirm_button(at).label == f"Confirm: add 2 and update 0 claims in {backend.written(table)}"
    assert backend.written(table) == "claims.csv" or backend.written(table).endswith("#claims")

    confirm_button(at).click().run()
    assert not at.exception
    assert at.success[0].value == summary(table, "2 added, 0 updated, 1 skipped", "4 claims")
    assert ids(table) == ["c1", "c2", "taipeitimes-2005-crossers", "c4"]
    changed = next(f for f in frames(at) if "notes" in f)
    assert changed["claim_id"].tolist() == ["taipeitimes-2005-crossers", "c4"]
    assert frames(at)[-1][["file", "added", "updated", "skipped"]].values.tolist() == [["new.csv", 2, 0, 1]]
    assert at.file_uploader[0].value is None  # a fresh uploader for the next file

    undo_last_import(at, table, "new.csv")
    assert table_bytes(table) == before


def test_importing_the_same_file_again_has_nothing_to_confirm(monkeypatch, table):
    at = open_app(monkeypatch, table)
    upload(at, csv_text([claim(1), claim(2)]).encode())
    assert at.info[-1].value == "Every row is already in the table: there is nothing to add."
    assert confirm_button(at).disabled


def test_a_conflict_is_shown_field_by_field_and_updated_only_when_asked(monkeypatch, table):
    at = open_app(monkeypatch, table)
    upload(at, csv_text([claim(1, value="about 2,500 people")]).encode())
    assert "already in the table with other content" in at.warning[0].value
    diff = next(f for f in frames(at) if "in your file" in f)
    assert diff[["row", "claim_id", "column", "in the table", "in your file"]].values.tolist() == [
        [2, "c1", "value", "2,000–3,000 people", "about 2,500 people"]]
    assert confirm_button(at).disabled
    at.checkbox(key="add_claims.update").check().run()
    assert not confirm_button(at).disabled
    confirm_button(at).click().run()
    assert at.success[0].value.startswith(f"{backend.shown(table)}: 0 added, 1 updated")
    assert backend.claims_rows(table)[0]["value"] == "about 2,500 people"


def test_the_template_can_be_downloaded_from_the_page(monkeypatch, table_file):
    at = open_app(monkeypatch, table_file)
    assert [b.label for b in at.download_button] == ["Download the CSV template"]
    guide = frames(at)[0]
    assert guide[guide["required"] == "yes"]["column"].tolist() == [
        "claim_id", "metric", "value", "source_title", "publisher", "published"]


def test_when_the_table_changed_since_the_preview_the_new_preview_is_shown_before_writing(monkeypatch, table):
    at = open_app(monkeypatch, table)
    upload(at, csv_text([claim(3, claim_id="", value="5 people")]).encode())
    assert next(f for f in frames(at) if "id" in f)["claim_id"].tolist() == ["taipeitimes-2005-crossers"]
    other = csv_text([claim(4, claim_id="", value="6 people")]).encode()  # meanwhile another editor
    backend.apply_import(backend.plan_import(table, other, name="other.csv"), access.cli_editor())  # takes that id
    theirs = table_bytes(table)
    assert ids(table)[-1] == "taipeitimes-2005-crossers"

    confirm_button(at).click().run()
    assert "changed since the preview" in at.warning[0].value
    assert table_bytes(table) == theirs  # nothing written without a confirmed preview
    assert next(f for f in frames(at) if "id" in f)["claim_id"].tolist() == ["taipeitimes-2005-crossers-2"]
    confirm_button(at).click().run()
    assert at.success[0].value.startswith(f"{backend.shown(table)}: 1 added")
    assert ids(table)[-1] == "taipeitimes-2005-crossers-2"


# --- from an article ---------------------------------------------------------------------------------

ARTICLE = ("Officials estimate that at least 1,200 people were sent back last year, according to the UN. "
           "The camp held 300 people. Brokers said they paid between 500 and 1,000 dollars for each woman.")


def test_an_articles_kept_figures_go_through_the_same_preview_confirm_and_undo(monkeypatch, table):
    at = open_app(monkeypatch, table)
    at.radio(key="add_claims.source").set_value("an article").run()
    at.text_area(key="add_claims.text").input(ARTICLE).run()
    at.button(key="add_claims.find_text").click().run()
    assert not at.exception
    candidates = at.dataframe[-1].value  # the editable table of candidates
    assert list(candidates["value"]) == ["at least 1,200 people", "300 people", "between 500 and 1,000 dollars"]
    assert list(candidates["keep"]) == [True, False, True]
    assert candidates["sentence"][0].startswith("Officials estimate")
    assert [s.value for s in at.subheader][:1] == ["3 figures found"]
    for key, value in (("source_title", "Returns report"), ("publisher", "Test Wire"), ("published", "2025-01-15")):
        at.text_input(key=f"add_claims.src_{key}").input(value).run()
    importing = at.button(key="add_claims.import_kept")
    assert importing.label == "Import the 2 kept ones"  # the attributed estimates are kept by default
    importing.click().run()
    assert not at.exception
    # the kept rows have no metric the table knows: the review names the row and the column, writes nothing
    assert list(candidates["metric"]) == ["", "", ""]
    assert any("metric" in str(v) for d in frames(at) for v in d.get("column", []))
    assert confirm_button(at).disabled


def test_kept_figures_with_a_suggested_metric_are_added_and_can_be_undone(monkeypatch, make_table):
    table = make_table(
        "metric,label,description,unit\ncrossers,People sent back,How many people were sent back,person\n"
        "price,Price paid for each woman,What brokers paid for each woman,USD\n")
    before = table_bytes(table)
    at = open_app(monkeypatch, table)
    at.radio(key="add_claims.source").set_value("an article").run()
    at.text_area(key="add_claims.text").input(ARTICLE).run()
    at.button(key="add_claims.find_text").click().run()
    candidates = at.dataframe[-1].value
    assert list(candidates["metric"]) == ["crossers", "crossers", "price"]
    for key, value in (("source_title", "Returns report"), ("publisher", "Test Wire"), ("published", "2025-01-15")):
        at.text_input(key=f"add_claims.src_{key}").input(value).run()
    at.button(key="add_claims.import_kept").click().run()
    assert not confirm_button(at).disabled
    confirm_button(at).click().run()
    assert not at.exception
    rows = {r["value"]: r for r in backend.claims_rows(table)}
    added = rows["at least 1,200 people"]
    assert (added["metric"], added["publisher"], added["attributed_to"], added["quote"]) == (
        "crossers", "Test Wire", "UN", ARTICLE.split(". ")[0] + ".")
    assert rows["between 500 and 1,000 dollars"]["claimant"] == "Brokers"
    undo_last_import(at, table, "Returns report (kept figures)")
    assert table_bytes(table) == before
