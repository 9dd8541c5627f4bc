"""Editors add reviews through the claims' import path: template, validation, preview, apply, undo (issue 14).

The tests of what an import of reviews does run on both backends (issue 16): reviews.csv beside a claims file,
and the reviews table of a PostgreSQL database holding the same cells (`loc`, through `claims.backend`). These
stay file-only, being about the file itself: reviews.csv created by the first import (its header, its history
folder), its own layout kept byte for byte, a rating_scale.csv beside the table (a database has the bundled
scale), an undo refused after reviews.csv was edited by hand, and reviews.csv that is a directory. A preview and
a refusal name the reviews as the import writes them (`backend.written`: reviews.csv, or the database's
URL#reviews); the database's reviews table exists, empty, before the first import, so no note says it will be
created.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims import access, backend, importer, pgstore, reviews, template
from claims.access import Editor, WriteRefused
from claims.cli import main
from claims.importer import REVIEWS, FieldChange, ImportRefused, UndoRefused, apply_import, plan_import, undo_last
from claims.paths import DATA_DIR
from conftest import TODAY, claim, csv_text, held_lock, on_file, stored, table_bytes

EDITOR = access.cli_editor()
HEADER = "claim_id,rating,explanation,reviewer,reviewed,url\n"


def review(**fields: str) -> dict[str, str]:
    """A valid review of c1 with `fields` changed."""
    row = {"claim_id": "c1", "rating": "misleading", "explanation": "Counts one province only.",
           "reviewer": "Jane Doe", "reviewed": "2025-11-30", "url": "https://example.net/check/1"}
    row.update(fields)
    return row


@pytest.fixture
def loc(table_at):
    """A claims table of c1, c2 and c3 (no reviews yet; the bundled rating scale): a file, or a database."""
    return table_at([claim(1), claim(2), claim(3)])


@pytest.fixture
def table(claims_file) -> Path:
    """The same table as a file only, for the tests about reviews.csv itself."""
    return claims_file([claim(1), claim(2), claim(3)])




def reviews_bytes(loc) -> bytes | None:
    """reviews.csv beside the file (None: there is none), or the database's reviews as CSV (None: it holds none)."""
    if on_file(loc):
        target = reviews.reviews_path_for(loc)
        return target.read_bytes() if target.exists() else None
    data = pgstore.snapshot(loc).reviews
    return data if data.count(b"\n") > 1 else None  # header only: the table holds no review






def reviews_named(loc) -> str:
    """How a problem names the reviews: reviews.csv's path, or the database's URL#reviews."""
    return str(reviews.reviews_path_for(loc)) if on_file(loc) else f"{pgstore.shown(loc)}#reviews"


@pytest.fixture
def new(tmp_path):
    """Write an editor's file of reviews (rows, text or bytes) to tmp_path/<name>."""
    def make(rows, name: str = "new.csv", **kw) -> Path:
        path = tmp_path / name
        data = csv_text(rows, **kw) if isinstance(rows, list) else rows
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    return make


def plan(table, new: Path | bytes, **kw):
    """What importing reviews `new` beside the claims table `table` (a file, or a database URL) would do."""
    return backend.plan_import(table, new, today=TODAY, kind=REVIEWS, **kw)


def do_import(table, new: Path | bytes, **kw):
    return backend.apply_import(plan(table, new, **kw), EDITOR)


def reviews_of(table) -> list[reviews.Review]:
    with backend.as_file(table) as path:
        found, problems = reviews.read_reviews(reviews.reviews_path_for(path), {"c1", "c2", "c3"},
                                               reviews.load_scale(path), today=TODAY)
    assert problems == []
    return found


# --- the first import creates reviews.csv; a second one appends -----------------------------------------

def test_the_first_import_adds_the_reviews_and_records_an_undo_of_their_own(loc, new):
    p = plan(loc, new([review(), review(claim_id="c2", rating="Supported", explanation="", url="")]))
    assert (p.problems, p.ok) == ([], True)
    assert [(r.row, r.claim_id, r.action) for r in p.rows] == [(2, "c1", "add"), (3, "c2", "add")]
    assert reviews_bytes(loc) is None  # a plan writes nothing

    summary = backend.apply_import(p, EDITOR)
    assert summary.added == ("c1 by Jane Doe on 2025-11-30", "c2 by Jane Doe on 2025-11-30")
    assert summary.text() == (
        f"{reviews.reviews_path_for(loc)}: 2 added, 0 updated, 0 skipped; the reviews file holds 2 reviews and validates"
        if on_file(loc) else f"{pgstore.shown(loc)}: 2 added, 0 updated, 0 skipped; the database holds 2 reviews and validates")
    assert reviews_bytes(loc) == (
        HEADER + "c1,misleading,Counts one province only.,Jane Doe,2025-11-30,https://example.net/check/1\n"
        "c2,Supported,,Jane Doe,2025-11-30,\n").encode()
    assert [(r.claim_id, r.rating) for r in reviews_of(loc)] == [("c1", "misleading"), ("c2", "supported")]
    assert [e.added for e in backend.history(loc, kind=REVIEWS)] == [summary.added]
    assert backend.history(loc) == []  # the claims table has a history of its own


def test_the_first_import_creates_reviews_csv_with_its_header_and_records_an_undo(table, new):
    target = table.with_name("reviews.csv")
    p = plan(table, new([review(), review(claim_id="c2", rating="Supported", explanation="", url="")]))
    assert (p.target, p.problems, p.ok) == (target, [], True)
    assert p.notes == [f"{target} does not exist yet: it will be created with the imported reviews"]
    assert [(r.row, r.claim_id, r.action) for r in p.rows] == [(2, "c1", "add"), (3, "c2", "add")]
    assert not target.exists()  # a plan writes nothing

    summary = apply_import(p, EDITOR)
    assert summary.added == ("c1 by Jane Doe on 2025-11-30", "c2 by Jane Doe on 2025-11-30")
    assert summary.text() == (f"{target}: 2 added, 0 updated, 0 skipped; the reviews file holds 2 reviews "
                              "and validates")
    assert target.read_text(encoding="utf-8") == (
        HEADER + "c1,misleading,Counts one province only.,Jane Doe,2025-11-30,https://example.net/check/1\n"
        "c2,Supported,,Jane Doe,2025-11-30,\n")
    assert [(r.claim_id, r.rating) for r in reviews_of(table)] == [("c1", "misleading"), ("c2", "supported")]
    assert [e.added for e in importer.history(table, kind=REVIEWS)] == [summary.added]
    assert importer.history(table) == []  # the claims table has a history of its own
    assert importer.history_dir(target).is_dir() and not importer.history_dir(table).exists()


def test_new_rows_are_appended_in_the_files_own_layout_and_its_rows_stay_byte_for_byte(table, new):
    target = table.with_name("reviews.csv")
    own = ("sep=;\r\nreviewed;claim_id;rating;reviewer\r\n"
           "2025-01-02;c2;false;Zoë\r\n").encode("cp1252")  # Excel: cp1252, CRLF, semicolons, its own order
    target.write_bytes(own)
    do_import(table, new([review(explanation="Café; “quoted”", url="")], columns=list(review())))
    data = target.read_bytes()
    # the explanation column is added to the header row (url is empty, so not); its rows are kept as they
    # were; the new row is in its encoding, delimiter, column order and line ends; a cell holding ';' is quoted
    assert data == ("sep=;\r\nreviewed;claim_id;rating;reviewer;explanation\r\n2025-01-02;c2;false;Zoë\r\n"
                    "2025-11-30;c1;misleading;Jane Doe;\"Café; “quoted”\"\r\n").encode("cp1252")
    assert own.split(b"\r\n")[2] in data.split(b"\r\n")
    assert [r.claim_id for r in reviews_of(table)] == ["c2", "c1"]


def test_a_later_review_of_the_same_claim_is_added_and_becomes_its_current_one(loc, new):
    do_import(loc, new([review()]))
    p = plan(loc, new([review(rating="false", reviewed="2026-01-10")], name="later.csv"))
    assert [(r.action, r.claim_id) for r in p.rows] == [("add", "c1")]
    backend.apply_import(p, EDITOR)
    found = reviews_of(loc)
    assert [(r.rating, r.reviewed) for r in found] == [("misleading", "2025-11-30"), ("false", "2026-01-10")]
    assert reviews.current(found)["c1"].rating == "false"


# --- any problem: nothing is written, each problem located and with a fix -------------------------------

PROBLEMS = [
    # (what is wrong, rows of the new file, (row, column, value), the fix offered)
    ("unknown claim_id", [review(claim_id="c2"), review(claim_id="c11")],
     (3, "claim_id", "c11"), "did you mean c1?"),
    ("rating not on the scale", [review(claim_id="c2"), review(rating="pants on fire")],
     (3, "rating", "pants on fire"), "use one of the scale's names, or add it to rating_scale.csv"),
    ("review date in the future", [review(claim_id="c2"), review(reviewed="2030-01-01")],
     (3, "reviewed", "2030-01-01"), "check the year"),
    ("spreadsheet date", [review(claim_id="c2"), review(reviewed="30/11/2025")],
     (3, "reviewed", "30/11/2025"), "write 2025-11-30, with the cell formatted as Text"),
    ("address not http(s)", [review(claim_id="c2"), review(url="ftp://example.net/x")],
     (3, "url", "ftp://example.net/x"), "write the full address, starting https:// or http://"),
    ("required cell empty", [review(claim_id="c2"), review(rating="")],
     (3, "rating", ""), "fill it in (the verdict or status: a name from rating_scale.csv)"),
    ("the same review twice in the file", [review(), review(rating="false")],
     (3, "reviewed", "2025-11-30"), "keep one row per review: a later review has its own reviewed date"),
    ("template example left in", [review(claim_id="c2"), review(reviewer="Example Reviewer")],
     (3, "reviewer", "Example Reviewer"), "replace it with your own review, or delete the row"),
]


@pytest.mark.parametrize("rows,where,fix", [p[1:] for p in PROBLEMS], ids=[p[0] for p in PROBLEMS])
def test_a_file_with_one_bad_row_writes_nothing_and_says_where_and_how_to_fix_it(loc, new, rows, where, fix):
    before = stored(loc)
    path = new(rows)
    p = plan(loc, path)
    assert [(q.file, (q.row, q.column, q.value)) for q in p.problems] == [(str(path), where)]
    assert p.problems[0].fix == fix and p.problems[0].message
    assert not p.ok and p.merged is None
    assert p.refusal() == f"not saved: 1 problem in 1 row of {path}; nothing was written"
    with pytest.raises(ImportRefused):
        backend.apply_import(p, EDITOR)
    assert reviews_bytes(loc) is None and stored(loc) == before
    assert backend.history(loc, kind=REVIEWS) == []


def test_a_missing_key_column_is_a_problem_on_the_header_even_for_rows_that_exist(loc, new):
    do_import(loc, new([review()]))
    before = stored(loc)
    path = new([{k: v for k, v in review().items() if k != "reviewed"}], name="undated.csv")
    p = plan(loc, path)
    assert [(q.row, q.column, q.fix) for q in p.problems] == [(1, "reviewed", "add a reviewed column")]
    with pytest.raises(ImportRefused):
        backend.apply_import(p, EDITOR)
    assert stored(loc) == before


def test_a_missing_rating_column_is_needed_by_new_reviews_only(loc, new):
    do_import(loc, new([review()]))
    rows = [{k: v for k, v in review(explanation="Counts two provinces.").items() if k != "rating"}]
    p = plan(loc, new(rows, name="explain.csv"), update=True)  # an update keeps the file's rating
    assert (p.problems, [r.action for r in p.rows]) == ([], ["update"])
    rows.append({k: v for k, v in review(claim_id="c2").items() if k != "rating"})
    p = plan(loc, new(rows, name="explain.csv"), update=True)
    assert [(q.row, q.column, q.message) for q in p.problems] == [
        (1, "rating", "required column 'rating' is missing, and row 3 is a new review that needs it")]


def test_a_bad_row_already_in_reviews_csv_is_reported_as_the_files_to_fix_first(table_at, tmp_path, new):
    (tmp_path / "reviews.csv").write_text(csv_text([review(), review(claim_id="c9")]), encoding="utf-8")
    loc = table_at([claim(1), claim(2), claim(3)])  # with that reviews.csv (in the database: its reviews table)
    before = stored(loc)
    p = plan(loc, new([review(claim_id="c2")]))
    assert [(q.file, q.row, q.column, q.value) for q in p.problems] == [(reviews_named(loc), 3, "claim_id", "c9")]
    assert p.problems[0].fix.endswith("reviews.csv and the rating scale must be valid before reviews are added: "
                                      "fix this first")
    with pytest.raises(ImportRefused):
        backend.apply_import(p, EDITOR)
    assert stored(loc) == before


def test_the_rating_scale_beside_the_table_decides_which_ratings_exist(table, new):
    (table.parent / "rating_scale.csv").write_text("value,name,description,best,worst\n1,wrong,,2,1\n2,right,,2,1\n",
                                                   encoding="utf-8")
    p = plan(table, new([review(rating="misleading"), review(claim_id="c2", rating="Right")]))
    assert [(q.row, q.column, q.message) for q in p.problems] == [
        (2, "rating", "'misleading' is not a rating of the scale (right, wrong)")]


# --- matching: identical rows skipped, conflicts refused unless updating ----------------------------------

def test_importing_the_same_file_twice_changes_nothing(loc, new):
    path = new([review(), review(claim_id="c2")])
    first = do_import(loc, path)
    assert first.entry
    after = stored(loc)
    p = plan(loc, path)
    assert [(r.action, r.same_as) for r in p.rows] == [("skip", "c1 by Jane Doe on 2025-11-30"),
                                                       ("skip", "c2 by Jane Doe on 2025-11-30")]
    assert p.ok and not p.writes
    summary = backend.apply_import(p, EDITOR)
    assert (summary.entry, summary.skipped) == (0, 2)
    assert summary.text() == (
        f"{first.target}: 0 added, 0 updated, 2 skipped; nothing to write, the reviews file is unchanged" if on_file(loc)
        else f"{pgstore.shown(loc)}: 0 added, 0 updated, 2 skipped; nothing to write, the reviews are unchanged")
    assert stored(loc) == after and len(backend.history(loc, kind=REVIEWS)) == 1


def test_a_conflict_is_refused_field_by_field_then_written_with_update(loc, new):
    do_import(loc, new([review(), review(claim_id="c2")]))
    before, everything = reviews_bytes(loc), stored(loc)
    path = new([review(rating="false", url="https://example.net/check/2"), review(claim_id="c3")], name="fix.csv")

    p = plan(loc, path)
    assert [(r.action, r.claim_id) for r in p.rows] == [("update", "c1"), ("add", "c3")]
    assert p.conflicts[0].changes == (FieldChange("rating", "misleading", "false"),
                                      FieldChange("url", "https://example.net/check/1", "https://example.net/check/2"))
    assert p.problems == [] and not p.ok and p.updated == []
    assert p.refusal().startswith(f"not saved: 1 row of {path} is a review already in "
                                  f"{backend.written(loc, REVIEWS)} (same claim_id, reviewer and reviewed date) with "
                                  "different content (c1 by Jane Doe on 2025-11-30)")
    with pytest.raises(ImportRefused):
        backend.apply_import(p, EDITOR)
    assert reviews_bytes(loc) == before and stored(loc) == everything
    assert "  conflict row 2: c1 by Jane Doe on 2025-11-30 is in the reviews file with different content:" in \
        importer.preview_lines(p)

    summary = do_import(loc, path, update=True)
    assert (summary.added, summary.updated) == (("c3 by Jane Doe on 2025-11-30",), ("c1 by Jane Doe on 2025-11-30",))
    lines = reviews_bytes(loc).decode("utf-8").splitlines(keepends=True)
    assert lines[1] == "c1,false,Counts one province only.,Jane Doe,2025-11-30,https://example.net/check/2\n"
    assert "".join(lines[:1] + lines[2:3]) == "".join(before.decode().splitlines(keepends=True)[::2])  # kept
    assert [(r.claim_id, r.rating) for r in reviews_of(loc)] == [("c1", "false"), ("c2", "misleading"),
                                                                 ("c3", "misleading")]


def test_another_reviewer_of_the_same_claim_on_the_same_day_is_another_review(loc, new):
    do_import(loc, new([review()]))
    p = plan(loc, new([review(reviewer="Ben", rating="false")], name="ben.csv"))
    assert [r.action for r in p.rows] == ["add"] and p.ok


# --- undo ----------------------------------------------------------------------------------------

def test_undo_puts_reviews_csv_back_byte_for_byte_and_leaves_the_claims_alone(loc, new):
    claims_before = table_bytes(loc)
    do_import(loc, new([review()]))
    first = reviews_bytes(loc)
    do_import(loc, new([review(claim_id="c2")], name="second.csv"))
    assert reviews_bytes(loc) != first

    entry = backend.undo_last(loc, EDITOR, kind=REVIEWS)
    assert entry.source.endswith("second.csv") and reviews_bytes(loc) == first
    backend.undo_last(loc, EDITOR, kind=REVIEWS)
    assert reviews_bytes(loc) is None  # there were none before the first import
    nothing = ("nothing to undo: no import into .*reviews.csv is recorded" if on_file(loc) else
               f"nothing to undo: no import of reviews into {re.escape(pgstore.shown(loc))} is recorded")
    with pytest.raises(UndoRefused, match=nothing):
        backend.undo_last(loc, EDITOR, kind=REVIEWS)
    assert table_bytes(loc) == claims_before


def test_undo_is_refused_when_reviews_csv_changed_after_the_import(table, new):
    do_import(table, new([review()]))
    target = table.with_name("reviews.csv")
    target.write_bytes(target.read_bytes() + b"c2,false,,Ben,2025-12-01,\n")  # edited by hand
    edited = target.read_bytes()
    with pytest.raises(UndoRefused, match="changed after the last import"):
        undo_last(table, EDITOR, kind=REVIEWS)
    assert target.read_bytes() == edited


def test_undo_of_claims_does_not_touch_reviews_and_the_other_way_round(loc, new, tmp_path):
    (tmp_path / "claims-new.csv").write_text(csv_text([claim(4)]), encoding="utf-8")
    backend.apply_import(backend.plan_import(loc, tmp_path / "claims-new.csv", today=TODAY), EDITOR)
    do_import(loc, new([review(claim_id="c4")]))
    claims_after, reviews_after = table_bytes(loc), reviews_bytes(loc)
    backend.undo_last(loc, EDITOR, kind=REVIEWS)
    assert table_bytes(loc) == claims_after and reviews_bytes(loc) is None
    assert [e.added for e in backend.history(loc)] == [("c4",)]
    assert reviews_after


# --- who may write: checked again at the moment of writing ---------------------------------------------

AUTH = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x", "client_id": "id",
                 "client_secret": "s", "server_metadata_url": "https://accounts.google.com/.well-known/openid-configuration"}}


def test_with_editing_off_an_app_write_of_reviews_is_refused(loc, new, monkeypatch):
    monkeypatch.delenv(access.ENV_MODE, raising=False)
    before = stored(loc)
    p = plan(loc, new([review()]))
    assert p.ok
    for editor in (Editor("app", "ana@example.org"), Editor("app", name="local user")):
        with pytest.raises(WriteRefused, match="editing is switched off"):
            backend.apply_import(p, editor)
        with pytest.raises(WriteRefused):
            backend.undo_last(loc, editor, kind=REVIEWS)
    assert reviews_bytes(loc) is None and backend.history(loc, kind=REVIEWS) == []
    assert stored(loc) == before


def test_permission_is_read_again_when_reviews_are_written(loc, new, monkeypatch):
    monkeypatch.setattr(access, "streamlit_secrets", lambda: {"CLAIMS_EDITING": "login", **AUTH})
    monkeypatch.delenv(access.ENV_MODE, raising=False)
    monkeypatch.setenv(access.ENV_EDITORS, "ana@example.org")
    ana = access.app_editor(access.load_config(), {"is_logged_in": True, "email": "ana@example.org"})
    p = plan(loc, new([review()]))
    monkeypatch.setenv(access.ENV_EDITORS, "ben@example.org")  # removed after the preview
    with pytest.raises(WriteRefused, match="ana@example.org is not on the editors' allowlist"):
        backend.apply_import(p, ana)
    assert reviews_bytes(loc) is None
    monkeypatch.setenv(access.ENV_EDITORS, "ben@example.org, ana@example.org")
    assert backend.apply_import(p, ana).added == ("c1 by Jane Doe on 2025-11-30",)
    assert backend.history(loc, kind=REVIEWS)[-1].editor == "ana@example.org"
    written = reviews_bytes(loc)
    monkeypatch.setenv(access.ENV_EDITORS, "ben@example.org")
    with pytest.raises(WriteRefused):
        backend.undo_last(loc, ana, kind=REVIEWS)
    assert written is not None and reviews_bytes(loc) == written


@pytest.mark.parametrize("action", ["import", "undo"])
def test_permission_is_checked_again_after_waiting_for_the_lock(loc, new, monkeypatch, action):
    """Editing switched off while a write waits for another one's lock: the waiting write is refused."""
    import threading
    import time

    monkeypatch.setenv(access.ENV_MODE, "local")
    local = Editor("app", name="local user")
    if action == "undo":
        backend.apply_import(plan(loc, new([review(claim_id="c2")], name="first.csv")), local)
    before = stored(loc)
    p = plan(loc, new([review()]))
    checks: list[object] = []
    check = access.check_write
    monkeypatch.setattr(access, "check_write", lambda editor: (checks.append(editor), check(editor))[1])
    outcome: dict[str, object] = {}

    def write() -> None:
        try:
            outcome["done"] = backend.apply_import(p, local) if action == "import" else \
                backend.undo_last(loc, local, kind=REVIEWS)
        except Exception as exc:  # noqa: BLE001 - the outcome is what is checked
            outcome["error"] = exc

    thread = threading.Thread(target=write)
    with held_lock(loc, "reviews"):  # another import is writing
        thread.start()
        deadline = time.monotonic() + 10
        while not checks and time.monotonic() < deadline:  # it passed the first check and waits for the lock
            time.sleep(0.01)
        time.sleep(0.1)
        monkeypatch.setenv(access.ENV_MODE, "off")
    thread.join(20)
    assert isinstance(outcome.get("error"), WriteRefused), outcome
    assert stored(loc) == before


def test_a_refused_editor_is_told_so_before_anything_about_the_plan(loc, new, monkeypatch):
    monkeypatch.delenv(access.ENV_MODE, raising=False)
    bad = plan(loc, new([review(rating="pants on fire")]))
    assert not bad.ok
    with pytest.raises(WriteRefused):
        backend.apply_import(bad, Editor("app", name="local user"))


# --- a preview made against a claims table that has changed since ---------------------------------------

def test_a_claim_removed_after_the_preview_is_caught_at_writing(table_at, new):
    loc = table_at([claim(1), claim(2), claim(3)])
    p = plan(loc, new([review(claim_id="c3")]))
    assert p.ok
    assert table_at([claim(1), claim(2)]) == loc  # c3 is gone meanwhile (the file, or the database, rewritten)
    with pytest.raises(ImportRefused) as refused:
        backend.apply_import(p, EDITOR)
    assert [(q.row, q.column, q.value) for q in refused.value.plan.problems] == [(2, "claim_id", "c3")]
    assert reviews_bytes(loc) is None


def test_a_review_added_meanwhile_is_kept_when_the_preview_is_confirmed(loc, new):
    p = plan(loc, new([review()]))
    do_import(loc, new([review(claim_id="c2")], name="other.csv"))  # another editor, same moment
    summary = backend.apply_import(p, EDITOR)
    assert summary.replanned and [r.claim_id for r in reviews_of(loc)] == ["c2", "c1"]


# --- the template -------------------------------------------------------------------------------------

def test_the_reviews_template_is_plainly_an_example_and_refused_when_left_in(table):
    data = template.reviews_template_csv()
    assert data.decode("utf-8").splitlines()[0] == ",".join(reviews.COLUMNS)
    example = template.REVIEW_EXAMPLE
    scale = reviews.read_scale(DATA_DIR / "rating_scale.csv")[0]
    assert example["reviewer"] == "Example Reviewer" and example["url"].startswith("https://example.org/")
    assert not scale[example["rating"]].verdict  # a status, never a verdict about a real claim
    # on the bundled table the example row is a well-formed review: its only problem is being the example
    p = plan_import(DATA_DIR / "claims.csv", data, name="template.csv", kind=REVIEWS)
    assert [(q.row, q.column, q.fix) for q in p.problems] == [
        (2, "reviewer", "replace it with your own review, or delete the row")]
    assert [g["column"] for g in template.reviews_column_guide() if g["required"]] == list(reviews.REQUIRED)


# --- the command line -----------------------------------------------------------------------------------

def run(capsys, *argv) -> tuple[int, list[str], str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_template_reviews_writes_the_template_and_the_guide_with_the_scale(capsys, tmp_path):
    code, out, err = run(capsys, "template", "--reviews")
    assert code == 0 and "\n".join(out) + "\n" == template.reviews_template_csv().decode()
    assert "  reviewed    * Date of the review: YYYY-MM-DD" in err
    assert "  misleading   2 of 1–4 The figure is stated correctly" in err
    path = tmp_path / "reviews-new.csv"
    code, out, err = run(capsys, "template", "--reviews", "-o", path)
    assert code == 0 and path.read_bytes() == template.reviews_template_csv()
    assert err == f"wrote {path}: one row per review, then python -m claims import {path} --reviews\n"
    path.write_text("an editor's work", encoding="utf-8")
    code, _, err = run(capsys, "template", "--reviews", "-o", path)
    assert (code, err) == (1, f"error: {path} exists already; choose another name, or delete it first\n")
    assert path.read_text(encoding="utf-8") == "an editor's work"


def test_import_reviews_dry_run_then_write_then_undo(loc, new, capsys, monkeypatch, tmp_path):
    """The same steps on either backend: reviews.csv is created by the first import and removed by its undo; the
    database's reviews table is there, empty, all along (no note), and its lines name the database as its own."""
    monkeypatch.chdir(tmp_path)  # the claims file's folder: paths inside it are shown relative to it
    target = reviews.reviews_path_for(loc) if on_file(loc) else None
    name = backend.shown(loc)
    said = {  # what the command says on a file, and on a database
        "into": ("reviews.csv", backend.written(loc, REVIEWS)),
        "notes": (["note: reviews.csv does not exist yet: it will be created with the imported reviews"], []),
        "added": ("reviews.csv: 2 added, 0 updated, 0 skipped; the reviews file holds 2 reviews and validates",
                  f"{name}: 2 added, 0 updated, 0 skipped; the database holds 2 reviews and validates"),
        "listed": ("1: import 1, {path} by ",) * 2,  # both number their imports
        "can be undone": (f"{target}: 1 import can be undone", f"{name}: 1 import can be undone"),
        "undid": (f"{target}: undid import 1, {{path}} by ", f"{name}: undid import 1, {{path}} by "),
        "back": ("; it is back as it was before it", "; its rows are back as they were before it"),
        "nothing": (f"error: nothing to undo: no import into {target} is recorded",
                    f"error: nothing to undo: no import of reviews into {name} is recorded"),
    }
    said = {k: v[0 if on_file(loc) else 1] for k, v in said.items()}
    claims_before = table_bytes(loc)
    path = new([review(), review(claim_id="c2", rating="supported")])
    code, out, err = run(capsys, "--data", loc, "import", path, "--reviews", "--dry-run")
    assert (code, err) == (0, "dry run: nothing written\n")
    assert out == [f"{path} → {said['into']}", *said["notes"],
                   "  add      row 2: c1 by Jane Doe on 2025-11-30 (misleading)",
                   "  add      row 3: c2 by Jane Doe on 2025-11-30 (supported)",
                   "2 to add, 0 to update, 0 skipped"]
    assert reviews_bytes(loc) is None

    code, _, err = run(capsys, "--data", loc, "import", path, "--reviews")
    assert (code, err) == (0, said["added"] + "\n")
    written = stored(loc)
    code, out, _ = run(capsys, "--data", loc, "import", path, "--reviews")
    assert code == 0 and stored(loc) == written
    assert out[1:] == ["  skip     row 2: same as c1 by Jane Doe on 2025-11-30, already in the reviews file",
                       "  skip     row 3: same as c2 by Jane Doe on 2025-11-30, already in the reviews file",
                       "0 to add, 0 to update, 2 skipped"]

    code, out, err = run(capsys, "--data", loc, "undo", "--reviews", "--list")
    assert code == 0 and len(out) == 1 and out[0].startswith(said["listed"].format(path=path))
    assert out[0].endswith(": 2 added, 0 updated")
    assert err == said["can be undone"] + "\n"
    code, out, err = run(capsys, "--data", loc, "undo", "--reviews")
    assert code == 0 and out[0].startswith(said["undid"].format(path=path))
    assert out[0].endswith(said["back"])
    assert reviews_bytes(loc) is None and table_bytes(loc) == claims_before
    if on_file(loc):
        assert not target.exists()
    code, out, err = run(capsys, "--data", loc, "undo", "--reviews")
    assert (code, out, err) == (1, [], said["nothing"] + "\n")


def test_import_reviews_with_a_problem_or_a_conflict_exits_1_and_writes_nothing(loc, new, capsys):
    do_import(loc, new([review()], name="first.csv"))
    before = stored(loc)
    bad = new([review(claim_id="c2", rating="pants on fire")], name="bad.csv")
    code, out, err = run(capsys, "--data", loc, "import", bad, "--reviews")
    assert code == 1 and err == f"not saved: 1 problem in 1 row of {bad}; nothing was written\n"
    assert out[-1].startswith(f"{bad}:2:rating: 'pants on fire' is not a rating of the scale")
    conflict = new([review(rating="false")], name="conflict.csv")
    code, out, err = run(capsys, "--data", loc, "import", conflict, "--reviews")
    assert code == 1 and err.startswith(f"not saved: 1 row of {conflict} is a review already in "
                                        f"{backend.written(loc, REVIEWS)}")
    assert out[-3:] == ["  conflict row 2: c1 by Jane Doe on 2025-11-30 is in the reviews file with different content:",
                        "             rating: 'misleading' → 'false'",
                        "0 to add, 0 to update, 0 skipped, 1 refused (a review of the same claim by the same reviewer "
                        "on the same date says otherwise; --update replaces)"]
    assert stored(loc) == before
    code, _, err = run(capsys, "--data", loc, "import", conflict, "--reviews", "--update")
    assert code == 0 and err.endswith("0 added, 1 updated, 0 skipped; " + (
        "the reviews file holds 1 review and validates\n" if on_file(loc) else "the database holds 1 review and validates\n"))


def test_import_reviews_errors_are_one_line_without_a_traceback(loc, tmp_path, capsys):
    before = stored(loc)
    code, out, err = run(capsys, "--data", loc, "import", tmp_path / "missing.csv", "--reviews")
    assert code == 1 and "Traceback" not in err and len(err.splitlines()) == 1
    assert out[-1] == f"{tmp_path / 'missing.csv'}:1:-: file not found; check the path of the file to import"
    path = tmp_path / "new.csv"
    path.write_text(csv_text([review()]), encoding="utf-8")
    code, out, err = run(capsys, "--data", loc, "import", path, "--reviews", "--bogus")
    assert code == 2 and "Traceback" not in err and "unrecognized arguments: --bogus" in err
    assert stored(loc) == before


def test_import_reviews_into_a_reviews_csv_that_cannot_be_read_is_one_line(table, tmp_path, capsys):
    target = table.with_name("reviews.csv")
    target.mkdir()  # reviews.csv cannot be read
    path = tmp_path / "new.csv"
    path.write_text(csv_text([review()]), encoding="utf-8")
    code, out, err = run(capsys, "--data", table, "import", path, "--reviews")
    assert (code, err) == (1, f"not saved: 1 problem in 1 row of {target}; nothing was written\n")
    assert out[-1] == f"{target}:1:-: the table cannot be read: Is a directory; check --data or CLAIMS_DATA"
