"""Importing an editor's CSV file: validate everything first, skip what is there, refuse conflicts, lose nothing.

Every test that is about the table's content runs on both backends (issue 16): a CSV file and a PostgreSQL
database holding the same cells (`loc`, through `claims.backend`). These stay file-only, being about the file
itself: its bytes and layout (rows kept byte for byte, a header that lacks a column or is broken, an
unknown column), a table that does not exist yet, and the history folder's saved copies (an undo refused
after a hand edit, only the last imports kept). Messages name the table as each backend's import writes it
(`backend.written`: claims.csv, or the database's URL#claims), and a preview that would now do something else is
shown again and can be confirmed on both.
"""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from claims import access, backend, importer, pgstore
from claims.importer import FieldChange, ImportRefused, StalePlan, UndoRefused, apply_import, undo_last
from claims.store import read_rows, validate
from claims.template import EXAMPLE, template_csv
from claims.writer import claims_csv
from conftest import TODAY, claim, csv_text, on_file, stored, table_bytes

EDITOR = access.cli_editor()


def plan(target, new: Path | bytes, **kw):
    """What importing `new` into the table at `target` (a file, or a database URL) would do."""
    return backend.plan_import(target, new, today=TODAY, **kw)


def do_import(target, new: Path | bytes, **kw):
    return backend.apply_import(plan(target, new, **kw), EDITOR)


def write(path: Path, rows: list[dict[str, str]] | str | bytes, **kw) -> Path:
    if isinstance(rows, list):
        rows = csv_text(rows, **kw)
    path.write_bytes(rows.encode("utf-8") if isinstance(rows, str) else rows)
    return path










def named(loc) -> str:
    """How a problem names the claims table: the file's path, or the database's URL#claims."""
    return str(loc) if on_file(loc) else f"{pgstore.shown(loc)}#claims"


def ids(loc) -> list[str]:
    return [r["claim_id"] for r in backend.claims_rows(loc)]


@pytest.fixture
def loc(table_at):
    """A valid table of two claims, c1 and c2, in the canonical form: a file, or a database (both backends)."""
    return table_at(claims_csv([claim(1), claim(2)]))


@pytest.fixture
def table(claims_file) -> Path:
    """The same table as a file only, for the tests about the file itself."""
    return claims_file(claims_csv([claim(1), claim(2)]))


@pytest.fixture
def new(tmp_path):
    """Write an editor's file (rows, text or bytes) to tmp_path/<name>."""
    def make(rows, name: str = "new.csv", **kw) -> Path:
        return write(tmp_path / name, rows, **kw)
    return make


# --- what editors' files look like -------------------------------------------------------------

NOTES = "first line, with a comma\nsecond line; “quoted” – é"
ROWS = [claim(3, claim_id="", source_title="Réfugiés – report", notes=NOTES), claim(4)]
HEADER = list(ROWS[0])


def _variant(kind: str) -> bytes:
    if kind == "utf-8":
        return csv_text(ROWS).encode("utf-8")
    if kind == "utf-8 with BOM":
        return codecs.BOM_UTF8 + csv_text(ROWS).encode("utf-8")
    if kind == "Excel cp1252, CRLF":
        return csv_text(ROWS).replace("\n", "\r\n").encode("cp1252")
    if kind == "semicolon-separated":
        return csv_text(ROWS, delimiter=";").encode("utf-8")
    if kind == "tab-separated":
        return csv_text(ROWS, delimiter="\t").encode("utf-8")
    if kind == "columns in any order":
        return csv_text(ROWS, columns=list(reversed(HEADER))).encode("utf-8")
    if kind == "header in any case, stray spaces":
        text = csv_text(ROWS)
        head, rest = text.split("\n", 1)
        return (",".join(f"  {c.upper().replace('_', ' ')} " for c in head.split(",")) + "\n" + rest).encode()
    raise ValueError(kind)


VARIANTS = ["utf-8", "utf-8 with BOM", "Excel cp1252, CRLF", "semicolon-separated", "tab-separated",
            "columns in any order", "header in any case, stray spaces"]


@pytest.mark.parametrize("kind", VARIANTS)
def test_editors_files_are_read_whatever_the_spreadsheet_wrote(loc, new, kind):
    p = plan(loc, new(_variant(kind)))
    assert p.problems == [] and p.ok
    assert [(r.row, r.claim_id, r.action) for r in p.rows] == [(2, "taipeitimes-2005-crossers", "add"),
                                                               (3, "c4", "add")]
    assert p.added[0].record["notes"] == NOTES
    assert p.added[0].record["source_title"] == "Réfugiés – report"
    summary = backend.apply_import(p, EDITOR)
    assert summary.added == ("taipeitimes-2005-crossers", "c4")
    assert backend.read(loc, today=TODAY).problems == []
    assert [r["notes"] for r in backend.claims_rows(loc)] == ["", "", NOTES, ""]


# --- a file with any problem writes nothing ------------------------------------------------------

def _with(rows: list[dict[str, str]], header: dict[str, str] | None = None) -> str:
    text = csv_text(rows)
    if header:
        head, rest = text.split("\n", 1)
        for old, new_name in header.items():
            head = head.replace(old, new_name)
        text = head + "\n" + rest
    return text


PROBLEMS = [
    # (what is wrong, file content, (row, column, value), the fix offered)
    ("misspelt header", _with([claim(3), claim(4)], {"publisher": "publsher"}),
     (1, "publsher", "publsher"), "did you mean publisher?"),
    ("missing required column", csv_text([{k: v for k, v in claim(n).items() if k != "publisher"} for n in (3, 4)]),
     (1, "publisher", ""), "add a publisher column"),
    ("Excel turned 5-10 into a date", csv_text([claim(3), claim(4, value="05-Oct")]),
     (3, "value", "05-Oct"), "retype it as 5–10 with the cell formatted as Text"),
    ("spreadsheet date format", csv_text([claim(3), claim(4, published="12/10/2005")]),
     (3, "published", "12/10/2005"), "write 2005-10-12 or 2005-12-10 (whichever the source means), with the cell "
                                     "formatted as Text"),
    ("metric not snake_case", csv_text([claim(3), claim(4, metric="Crossers Count")]),
     (3, "metric", "Crossers Count"), "write crossers_count"),
    ("url without scheme", csv_text([claim(3), claim(4, url="www.x.org")]),
     (3, "url", "www.x.org"), "write https://www.x.org"),
    ("figure unreadable", csv_text([claim(3), claim(4, value="lots")]),
     (3, "value", "lots"), "write the reading in range in compact form, e.g. 30–50%, and keep the source's "
                           "wording in value"),
    ("required cell empty", csv_text([claim(3), claim(4, publisher="")]),
     (3, "publisher", ""), "fill in outlet or organisation that published the source"),
    ("claim_id twice in the file", csv_text([claim(3), claim(3, value="7 people")]),
     (3, "claim_id", "c3"), "give each claim its own claim_id, or delete the repeated row"),
    ("a row repeats another", csv_text([claim(3, claim_id="", value="5 people")] * 2),
     (3, "-", ""), "delete one of the two rows"),
    ("template example left in", template_csv().decode(),
     (2, "-", ""), "replace it with your own claim, or delete the row"),
    ("derived_from names nothing", csv_text([claim(3), claim(4, derived_from="c99")]),
     (3, "derived_from", "c99"), "name an existing claim_id, or leave it blank"),
    ("not a CSV at all", b"PK\x03\x04 a zip file",
     (1, "-", ""), "in the spreadsheet, use Save As 'CSV UTF-8 (Comma delimited)'"),
]


@pytest.mark.parametrize("content,where,fix", [p[1:] for p in PROBLEMS], ids=[p[0] for p in PROBLEMS])
def test_a_file_with_one_bad_row_writes_nothing_and_says_where_and_how_to_fix_it(loc, new, content, where, fix):
    before = stored(loc)
    path = new(content)
    p = plan(loc, path)
    assert [((q.row, q.column, q.value), q.fix) for q in p.problems][:1] == [(where, fix)]
    if where[1] == "publsher":  # and the required column it should be is missing
        assert p.problems[1:] == [importer.Problem(str(path), 1, "publisher", "", "required column 'publisher' is "
                                                   "missing, and rows 2, 3 are new claims that need it",
                                                   "rename column E 'publsher' to publisher")]
    else:
        assert len(p.problems) == 1
    assert all(q.file == str(path) for q in p.problems)
    assert not p.ok and p.merged is None
    with pytest.raises(ImportRefused, match="nothing was written"):
        backend.apply_import(p, EDITOR)
    assert stored(loc) == before
    assert backend.history(loc) == []
    if on_file(loc):
        assert not importer.history_dir(loc).exists()


def test_the_table_must_be_valid_before_anything_is_added(table_at, new):
    target = table_at(csv_text([claim(1), claim(2, published="2030-01-01")]))
    before = stored(target)
    p = plan(target, new([claim(3, value="5 people")]))
    assert [(q.file, q.row, q.column) for q in p.problems] == [(named(target), 3, "published")]
    assert all(q.fix.endswith("the table must be valid before claims are added to it: fix this first")
               for q in p.problems)
    with pytest.raises(ImportRefused):
        backend.apply_import(p, EDITOR)
    assert stored(target) == before


@pytest.mark.parametrize("table_content,where", [
    (csv_text([claim(1, colour="red")]), [(1, "colour")]),
    ("claim_id,metric\nc1,crossers\n", [(1, c) for c in ("value", "source_title", "publisher", "published")]),
    (b"PK\x03\x04 an Excel workbook", [(1, "-")]),
], ids=["an unknown column", "required columns missing", "not a CSV file"])
def test_a_table_whose_header_or_format_is_wrong_must_be_fixed_first(claims_file, new, table_content, where):
    """File-only: a database's tables have their columns, and are not a file that could be something else."""
    target = claims_file(table_content)
    before = target.read_bytes()
    p = plan(target, new([claim(3, value="5 people")]))
    assert [(q.file, q.row, q.column) for q in p.problems] == [(str(target), *w) for w in where]
    assert all(q.fix.endswith("the table must be valid before claims are added to it: fix this first")
               for q in p.problems)
    with pytest.raises(ImportRefused):
        apply_import(p, EDITOR)
    assert target.read_bytes() == before


def test_a_problem_the_new_rows_cause_in_the_table_is_named_as_such(table_at, new):
    """metric crossers is a count of people in the table; a percent among its new claims is reported on its row,
    and the table's rows are named as the import writes it (claims.csv, or the database's URL#claims)."""
    target = table_at([claim(1), claim(2)])
    p = plan(target, new([claim(3, value="30%")]))
    [q] = p.problems
    assert (q.file, q.row, q.column, q.value) == (str(new([claim(3, value='30%')])), 2, "value", "30%")
    assert f"like 2 of its 3 claims, e.g. row 2 of {backend.written(target)}" in q.message


# --- ids for claims without one --------------------------------------------------------------------

@pytest.mark.parametrize("publisher,slug", [
    ("Taipei Times", "taipeitimes"),
    ("The Guardian", "guardian"),
    ("Human Rights Watch", "humanrightswatch"),
    ("Congressional Research Service", "crs"),
    ("Korea Future Initiative", "kfi"),
    ("Database Center for North Korean Human Rights (NKDB)", "nkdb"),
    ("Johns Hopkins Bloomberg School of Public Health / USIP", "jhbsph"),
    ("Newsweek / The Daily Beast", "newsweek"),
    ("stopnkcrimes.org", "stopnkcrimes"),
    ("Dong-A Ilbo", "dongailbo"),
    ("Société Générale", "societegenerale"),
    ("", "claim"),
])
def test_publisher_slugs_are_short_and_readable(publisher, slug):
    assert importer.publisher_slug(publisher) == slug


def test_blank_claim_ids_get_readable_ids_stable_for_the_same_input(table_at, new):
    target = table_at([claim(1, claim_id="taipeitimes-2005-crossers")])
    rows = [claim(2, claim_id="", value="5 people"), claim(3, claim_id="", value="6 people"),
            claim(4, claim_id="", value="7 people", publisher="Congressional Research Service", published="2011-03"),
            claim(5, claim_id="taipeitimes-2005-crossers-3", value="8 people")]
    path = new(rows)
    first = [(r.row, r.claim_id, r.generated) for r in plan(target, path).rows]
    assert first == [(2, "taipeitimes-2005-crossers-2", True), (3, "taipeitimes-2005-crossers-4", True),
                     (4, "crs-2011-crossers", True), (5, "taipeitimes-2005-crossers-3", False)]
    assert [(r.row, r.claim_id, r.generated) for r in plan(target, path).rows] == first


# --- skip, conflict, update ---------------------------------------------------------------------

def test_importing_the_same_file_twice_changes_nothing(loc, new):
    path = new([claim(3, claim_id="", value="5 people"), claim(4), claim(1)])
    first = do_import(loc, path)
    assert (first.added, first.skipped) == (("taipeitimes-2005-crossers", "c4"), 1)
    after = stored(loc)
    again = plan(loc, path)
    assert [(r.action, r.same_as) for r in again.rows] == [("skip", "taipeitimes-2005-crossers"), ("skip", "c4"),
                                                           ("skip", "c1")]
    second = backend.apply_import(again, EDITOR)
    assert (second.added, second.updated, second.skipped, second.entry) == ((), (), 3, 0)
    assert stored(loc) == after
    assert len(backend.history(loc)) == 1


def test_a_row_equal_on_the_columns_the_file_has_is_skipped(loc, new):
    p = plan(loc, new([{"metric": "crossers", "value": "2,000–3,000 people", "source_title": "Report on crossings",
                          "publisher": "Taipei Times", "published": "2005-12-10"}]))
    assert [(r.action, r.same_as) for r in p.rows] == [("skip", "c1")]


def test_a_claim_id_in_the_table_with_other_content_is_refused_field_by_field(loc, new):
    before = stored(loc)
    p = plan(loc, new([claim(3), claim(1, value="about 2,500 people", notes="checked")]))
    assert [(r.row, r.claim_id, r.action) for r in p.rows] == [(2, "c3", "add"), (3, "c1", "update")]
    assert p.conflicts[0].changes == (FieldChange("value", "2,000–3,000 people", "about 2,500 people"),
                                      FieldChange("notes", "", "checked"))
    assert not p.ok and p.problems == []
    with pytest.raises(ImportRefused, match="c1"):
        backend.apply_import(p, EDITOR)
    assert stored(loc) == before


def test_with_update_the_conflicting_claim_is_updated_and_every_other_row_kept(loc, new):
    before = backend.claims_rows(loc)
    summary = do_import(loc, new([claim(3), claim(1, value="about 2,500 people")]), update=True)
    assert (summary.added, summary.updated) == (("c3",), ("c1",))
    after = backend.claims_rows(loc)
    assert [r["claim_id"] for r in after] == ["c1", "c2", "c3"]
    assert after[0] == {**before[0], "value": "about 2,500 people"} and after[1] == before[1]
    assert after[2] == {**before[1], **claim(3)}
    assert backend.read(loc, today=TODAY).problems == []


def test_with_update_the_conflicting_claim_is_updated_and_every_other_row_kept_byte_for_byte(table, new):
    before = table.read_bytes().decode().splitlines(keepends=True)
    summary = do_import(table, new([claim(3), claim(1, value="about 2,500 people")]), update=True)
    assert (summary.added, summary.updated) == (("c3",), ("c1",))
    after = table.read_bytes().decode().splitlines(keepends=True)
    assert after[0] == before[0] and after[2] == before[2]  # header and c2 untouched
    assert after[1].startswith("c1,crossers,about 2,500 people,") or after[1].startswith('c1,crossers,"about 2,500')
    assert after[3].startswith("c3,")
    assert validate(table, today=TODAY) == []


def test_a_file_of_some_columns_updates_only_those(loc, new):
    path = new("claim_id,notes\nc2,checked against the original\n")
    assert not plan(loc, path).ok  # a conflict until the editor asks for updates
    do_import(loc, path, update=True)
    rows = backend.claims_rows(loc)
    assert rows[1] == {**rows[1], **claim(2), "notes": "checked against the original"}


def test_a_new_claim_needs_the_required_columns(loc, new):
    p = plan(loc, new("claim_id,notes\nc9,a new claim\n"))
    assert [(q.row, q.column, q.message) for q in p.problems] == [
        (1, c, f"required column {c!r} is missing, and row 2 is a new claim that needs it")
        for c in ("metric", "value", "source_title", "publisher", "published")]


# --- nothing in the table is lost or changed --------------------------------------------------------

def test_untouched_rows_of_a_table_in_any_layout_stay_byte_for_byte(tmp_path, new):
    """A semicolon-separated, CRLF, Windows-1252 table with odd quoting keeps its rows; new rows match its layout."""
    (tmp_path / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
    target = tmp_path / "claims.csv"
    original = ('claim_id;metric;value;source_title;publisher;published\r\n'
                '"c1";crossers;  2,000–3,000 people ;"Report; on crossings";Taipei Times;2005-12-10\r\n'
                'c2;crossers;about 5,000 people;Réfugiés;Taipei Times;2005-12-10\r\n').encode("cp1252")
    target.write_bytes(original)
    do_import(target, new([claim(3, source_title="Über; report")]))
    result = target.read_bytes()
    assert result.startswith(original)
    assert result[len(original):] == 'c3;crossers;2,000–3,000 people;"Über; report";Taipei Times;2005-12-10\r\n' \
        .encode("cp1252")
    do_import(target, new([claim(2, value="about 6,000 people", source_title="Réfugiés")]), update=True)
    lines = target.read_bytes().split(b"\r\n")
    assert lines[:2] == original.split(b"\r\n")[:2]
    assert lines[2] == "c2;crossers;about 6,000 people;Réfugiés;Taipei Times;2005-12-10".encode("cp1252")
    assert validate(target, today=TODAY) == []


def test_a_table_with_cells_over_several_lines_keeps_them_and_updates_the_right_row(table_at, new):
    """A note written over two lines is one record of two lines: the rows after it are still matched."""
    target = table_at([claim(1, notes="first line\nsecond line"), claim(2), claim(3)])
    original, original_rows = table_bytes(target), backend.claims_rows(target)
    do_import(target, new([claim(4)]))
    assert table_bytes(target).startswith(original)
    assert backend.claims_rows(target)[:3] == original_rows
    do_import(target, new([claim(2, value="about 6,000 people")]), update=True)
    rows = backend.claims_rows(target)
    assert [r["value"] for r in rows] == ["2,000–3,000 people", "about 6,000 people", "2,000–3,000 people",
                                          "2,000–3,000 people"]
    assert rows[0]["notes"] == "first line\nsecond line"
    assert [rows[0], rows[2]] == [original_rows[0], original_rows[2]]
    assert table_bytes(target).startswith(original.split(b"\nc2,")[0])


def test_a_column_the_table_lacks_is_added_to_its_header_only(claims_file, new):
    target = claims_file([claim(1)])
    original = target.read_bytes()
    p = plan(target, new([claim(2, notes="new note")]))
    assert p.notes == ["claims.csv has no notes column: it will be added to its header row; its rows are not changed"]
    apply_import(p, EDITOR)
    head, rest = original.split(b"\n", 1)
    assert target.read_bytes() == head + b",notes\n" + rest + \
        b"c2,crossers,\"2,000\xe2\x80\x933,000 people\",Report on crossings,Taipei Times,2005-12-10,new note\n"


def test_a_table_that_does_not_exist_yet_is_created_and_undo_removes_it(tmp_path, new):
    target = tmp_path / "fresh.csv"
    p = plan(target, new([claim(1)]))
    assert p.notes == [f"{target} does not exist yet: it will be created with the imported claims"]
    apply_import(p, EDITOR)
    assert read_rows(target)[0][0]["claim_id"] == "c1"
    undo_last(target, EDITOR)
    assert not target.exists()


def test_undo_restores_the_previous_table_byte_for_byte_one_import_at_a_time(loc, new):
    v0 = table_bytes(loc)
    do_import(loc, new([claim(3)]))
    v1 = table_bytes(loc)
    do_import(loc, new([claim(1, value="9 people")], name="fix.csv"), update=True)
    assert [e.source for e in backend.history(loc)] == [str(new([claim(3)])), str(new([claim(1)], name="fix.csv"))]
    assert backend.undo_last(loc, EDITOR).updated == ("c1",)
    assert table_bytes(loc) == v1
    assert backend.undo_last(loc, EDITOR).added == ("c3",)
    assert table_bytes(loc) == v0
    with pytest.raises(UndoRefused, match="nothing to undo"):
        backend.undo_last(loc, EDITOR)


def test_undo_is_refused_when_the_table_changed_after_the_import(table, new):
    do_import(table, new([claim(3)]))
    edited = table.read_bytes() + b"c4,crossers,5 people,T,Taipei Times,2005\n"
    table.write_bytes(edited)
    with pytest.raises(UndoRefused, match="changed after the last import") as exc:
        undo_last(table, EDITOR)
    assert str(importer.history(table)[-1].saved_copy) in str(exc.value)
    assert table.read_bytes() == edited


def test_only_the_last_imports_are_kept(table, new, monkeypatch):
    monkeypatch.setattr(importer, "HISTORY_KEEP", 2)
    for n in (3, 4, 5):
        do_import(table, new([claim(n)]))
    assert [e.added for e in importer.history(table)] == [("c4",), ("c5",)]
    assert sorted(p.name for p in importer.history_dir(table).iterdir()) == [
        "000002.before.csv", "000002.json", "000003.before.csv", "000003.json"]


# --- the table changing between preview and confirm -----------------------------------------------

def test_a_preview_is_merged_again_when_another_import_landed_meanwhile(loc, new):
    mine = plan(loc, new([claim(3)], name="mine.csv"))
    do_import(loc, new([claim(4)], name="theirs.csv"))
    summary = backend.apply_import(mine, EDITOR)
    assert summary.replanned and summary.added == ("c3",)
    assert ids(loc) == ["c1", "c2", "c4", "c3"]


def test_a_preview_that_would_now_do_something_else_is_shown_again(loc, new):
    """The StalePlan carries the new preview, which is confirmed as any other (on a database: its own plan)."""
    mine = plan(loc, new([claim(3, claim_id="", value="5 people")], name="mine.csv"))
    assert mine.added[0].claim_id == "taipeitimes-2005-crossers"
    do_import(loc, new([claim(4, claim_id="", value="6 people")], name="theirs.csv"))
    before = stored(loc)
    with pytest.raises(StalePlan) as exc:
        backend.apply_import(mine, EDITOR)
    assert stored(loc) == before
    assert exc.value.plan.added[0].claim_id == "taipeitimes-2005-crossers-2"
    assert backend.apply_import(exc.value.plan, EDITOR).added == ("taipeitimes-2005-crossers-2",)
    assert ids(loc) == ["c1", "c2", "taipeitimes-2005-crossers", "taipeitimes-2005-crossers-2"]


def test_the_preview_says_how_each_new_claim_will_read_as_the_dashboard_reads_it(loc, new):
    """A bare number takes the unit its metric's other claims state: the editor sees '~4,000 people'
    before confirming, where the file says only 'about 4,000'."""
    mine = plan(loc, new([claim(3, value="about 4,000"), claim(4, value="between 30 percent and half",
                                                                  metric="share")]))
    assert mine.readings == {2: "~4,000 people", 3: "30–50%"}
    assert "  add      row 2: c3, reads ~4,000 people" in importer.preview_lines(mine)
    assert backend.apply_import(mine, EDITOR).added == ("c3", "c4")
    read = backend.read(loc).claims.set_index("claim_id")["reading"]
    assert (read["c3"], read["c4"]) == ("~4,000 people", "30–50%")


def test_a_preview_that_metrics_csv_now_makes_read_otherwise_is_shown_again(table, new):
    """metrics.csv decides how a bare number reads: changed after the preview, the import is previewed again."""
    mine = plan(table, new([claim(3, value="40", metric="share")]))
    assert mine.readings == {2: "40"}
    metrics = "metric,label,description,unit\nshare,Share,,percent\n"
    (table.parent / "metrics.csv").write_text(metrics, encoding="utf-8")
    before = stored(table)
    with pytest.raises(StalePlan) as exc:
        backend.apply_import(mine, EDITOR)
    assert stored(table) == before and exc.value.plan.readings == {2: "40%"}


# --- the template ---------------------------------------------------------------------------------

def test_the_template_has_every_column_and_a_valid_example_row(tmp_path):
    from claims.schema import COLUMNS
    path = write(tmp_path / "template.csv", template_csv())
    rows, problems = read_rows(path)
    assert problems == [] and rows == [EXAMPLE]
    assert path.read_text(encoding="utf-8").split("\n", 1)[0] == ",".join(COLUMNS)
    assert all(EXAMPLE[c] for c in COLUMNS if c not in ("derived_from", "author", "accessed"))
    assert EXAMPLE["author"] == EXAMPLE["accessed"] == ""  # the source gives neither: never invented
    assert validate(path) == []  # with the bundled metrics.csv
