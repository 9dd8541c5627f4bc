"""Reading what editors' spreadsheets write, the frame load_claims returns, metrics.csv, and writing.

Tests of what a table holds (trimmed cells, readings, the frame's columns, metrics and their problems,
dates, how figures are parsed) run on both backends (issue 16): a CSV file, and a PostgreSQL database
holding the same cells (`table_at`), read through `claims.backend`. Tests of the file itself stay
file-only, as a database has no bytes, header or file of its own: unreadable bytes and encodings,
delimiters, "sep=", line ends, blank rows, the header's names, rows broken by their quoting or cell
count, a missing metrics.csv, the writer, the caches keyed on file stamps, and Arrow's reader against
the csv module's.
"""
from __future__ import annotations

import math
import os
import stat

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import backend, csvfile, pgstore, schema
from claims import load_claims as load_claims_from_package
from claims.schema import COLUMNS, REQUIRED
from claims.schema import FRAME_COLUMNS
from claims.store import (
    MetricInfo, Problem, load_claims, read_claims, read_rows, validate,
)
from claims.writer import claims_csv, write_claims
from conftest import NO_METRICS, TODAY, claim, csv_text

HEADER = ",".join(COLUMNS)


def problems_of(path) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message) for p in validate(path, today=TODAY)]


def named(loc, table: str = "claims") -> str:
    """How problems name a table at `loc`: the file (claims.csv or the metrics.csv beside it), or the
    database's table."""
    if isinstance(loc, str):
        return f"{pgstore.shown(loc)}#{table}"
    return str(loc if table == "claims" else loc.with_name(f"{table}.csv"))


def loaded(loc) -> pd.DataFrame:
    """The valid claims at `loc` (a file or a database), problems in attrs, as `load_claims` gives a file's."""
    return backend.read(loc, today=TODAY).claims


# --- files that cannot be read at all: one problem on row 1 ----------------------------------

UNREADABLE = [
    ("empty file", b"", "file is empty; expected a header row of claims columns"),
    ("only blank lines", b"\n\n  \n", "file is empty; expected a header row of claims columns"),
    ("binary file", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "is not a text file (it contains NUL bytes)"),
    ("Excel workbook", b"PK\x03\x04\x14\x00\x06\x00", "is a zip file such as an Excel workbook (.xlsx)"),
    ("neither UTF-8 nor cp1252", b"claim_id\n\x81\x8d\n", "is neither UTF-8 nor Windows-1252 text (byte 0x81"),
    ("control characters", b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11", "is not a text file"),
    ("not CSV", b'{"claims": [1, 2, 3]}\n', "no claims header: row 1 reads"),
    ("data without a header", b"c1,crossers,5000,Report,Taipei Times,2005\n", "no claims header: row 1 reads 'c1,"),
]


@pytest.mark.parametrize("data,message", [c[1:] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE])
def test_a_file_that_cannot_be_read_is_one_problem_on_row_1(claims_file, data, message):
    path = claims_file(data)
    frame, problems = read_claims(path, today=TODAY)
    assert [(p.file, p.row, p.column) for p in problems] == [(str(path), 1, "-")]
    assert problems[0].message.startswith(message)
    assert frame.empty and list(frame.columns) == list(FRAME_COLUMNS)


def test_a_missing_file_is_one_problem(tmp_path):
    path = tmp_path / "nope.csv"
    assert validate(path) == [Problem(str(path), 1, "-", "", "file not found",
                                      "check the path, or set --data or CLAIMS_DATA")]


def test_a_directory_is_one_problem(tmp_path):
    assert [p.message for p in validate(tmp_path)] == ["is a directory, not a CSV file"]


# --- encodings and dialects ------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_spreadsheets_write(claims_file, encoding):
    path = claims_file([claim(1, geography="Séoul", value="€100–€200", metric="price")], encoding=encoding)
    frame = load_claims(path, today=TODAY)
    assert frame.attrs["problems"] == []
    assert frame[["claim_id", "geography", "value"]].values.tolist() == [["c1", "Séoul", "€100–€200"]]


def test_cp1252_is_read_as_cp1252(claims_file):
    path = claims_file(csv_text([claim(1, geography="Séoul")]).encode("cp1252"))
    assert "Séoul".encode("cp1252") in path.read_bytes()
    assert load_claims(path, today=TODAY)["geography"].tolist() == ["Séoul"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_delimiters(claims_file, delimiter):
    path = claims_file([claim(1, value="2,000–3,000 people"), claim(2, value="about 5,000; officials", range="~5,000")],
                       delimiter=delimiter)
    frame = load_claims(path, today=TODAY)
    assert frame.attrs["problems"] == []
    assert frame["value"].tolist() == ["2,000–3,000 people", "about 5,000; officials"]


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row(claims_file):
    path = claims_file("sep=;\r\n" + csv_text([claim(1), claim(2, published="2005-13-01")], delimiter=";"))
    frame, problems = read_claims(path, today=TODAY)
    assert frame["claim_id"].tolist() == ["c1"]
    assert [(p.row, p.column) for p in problems] == [(3, "published")]


def test_crlf_line_ends(claims_file):
    path = claims_file(csv_text([claim(1), claim(2)]).replace("\n", "\r\n"))
    assert load_claims(path, today=TODAY)["claim_id"].tolist() == ["c1", "c2"]


def test_a_quoted_cell_with_newlines_and_commas_is_one_row(table_at, tmp_path):
    quote = 'He said:\n"2,000 to 3,000,"\nand left.'
    loc = table_at([claim(1, quote=quote), claim(2, published="2005-13-01")])
    assert (tmp_path / "claims.csv").read_text().count("\n") == 5  # 3 rows, 2 line breaks inside a cell
    table = backend.read(loc, today=TODAY)
    frame, problems = table.claims, table.problems
    assert frame["quote"].tolist() == [quote]
    assert [(p.row, p.column) for p in problems] == [(3, "published")]


def test_blank_rows_are_skipped_but_counted(claims_file):
    text = csv_text([claim(1), claim(2, published="2005-13-01")])
    header, first, second = text.splitlines()
    path = claims_file("\n".join([header, first, "", ",,,,,", second]) + "\n")
    frame, problems = read_claims(path, today=TODAY)
    assert frame["row"].tolist() == [2]
    assert [(p.row, p.column) for p in problems] == [(5, "published")]


def test_cells_are_trimmed(table_at):
    loc = table_at("claim_id , metric,value,source_title,publisher,published\n"
                   "  c1 ,crossers , 5,000 people ,Report,Taipei Times, 2005 \n".replace(" 5,000 people ",
                                                                                          '" 5,000 people "'))
    frame = loaded(loc)
    assert frame[["claim_id", "metric", "value", "published"]].values.tolist() == [
        ["c1", "crossers", "5,000 people", "2005"]]


# --- the header ------------------------------------------------------------------------------

def test_header_names_are_matched_loosely(claims_file):
    path = claims_file("Claim ID,METRIC,Value,Source-Title,publisher , Published\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005\n")
    assert load_claims(path, today=TODAY)["source_title"].tolist() == ["Report"]


def test_a_misspelt_required_column_is_reported_with_a_suggestion(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publsher,published\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005\n")
    frame, problems = read_claims(path, today=TODAY)
    assert [(p.row, p.column, p.value, p.message, p.fix) for p in problems] == [
        (1, "publsher", "publsher", "unknown column 'publsher' (column E) is not read", "did you mean publisher?"),
        (1, "publisher", "", "required column 'publisher' is missing", "rename column E 'publsher' to publisher"),
    ]
    assert frame.empty


@pytest.mark.parametrize("written,meant", [
    ("publsher", "publisher"), ("Date", "published"), ("sorce", "source_title"), ("Title", "source_title"),
    ("claimid", "claim_id"), ("figure", "value"),
])
def test_a_header_that_means_a_required_column_gets_did_you_mean(claims_file, written, meant):
    header = ",".join(written if c == meant else c for c in REQUIRED)
    path = claims_file(header + "\nc1,crossers,5000 people,Report,Taipei Times,2005\n")
    letter = "ABCDEF"[REQUIRED.index(meant)]
    assert [(p.column, p.fix) for p in validate(path, today=TODAY)] == [
        (written, f"did you mean {meant}?"), (meant, f"rename column {letter} {written!r} to {meant}")]


def test_an_unknown_column_does_not_invalidate_rows(claims_file):
    path = claims_file([claim(1, colour="red"), claim(2, acessed="2006")])
    frame, problems = read_claims(path, today=TODAY)
    assert frame["claim_id"].tolist() == ["c1", "c2"]
    assert [(p.row, p.column, p.fix) for p in problems] == [
        (1, "colour", "rename it to one of " + ", ".join(COLUMNS) + ", or move its contents into notes"),
        (1, "acessed", "did you mean accessed?"),
    ]


def test_a_column_given_twice_is_reported(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publisher,published,notes,Notes\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005,a,b\n")
    frame, problems = read_claims(path, today=TODAY)
    assert [(p.row, p.column, p.message) for p in problems] == [
        (1, "notes", "column 'notes' appears twice (columns G and H); column H is not read")]
    assert frame["notes"].tolist() == ["a"]


def test_a_column_without_a_header_that_holds_data_is_reported(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publisher,published,\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005,\n"
                       "c2,crossers,5000 people,Report,Taipei Times,2005,lost?\n")
    assert problems_of(path) == [(1, "-", "column G has no header but holds data (first in row 3); it is not read")]


# --- rows that do not fit the header -----------------------------------------------------------

def test_a_row_with_more_cells_than_the_header_is_a_problem(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publisher,published\n"
                       "c1,crossers,2,000 people,Report,Taipei Times,2005\n"
                       "c2,crossers,5000 people,Report,Taipei Times,2005\n")
    frame, problems = read_claims(path, today=TODAY)
    assert [(p.row, p.column, p.value) for p in problems] == [(2, "-", "2005")]
    assert problems[0].message == "this row has 7 cells but the header names 6 columns; '2005' has no column"
    assert frame["claim_id"].tolist() == ["c2"]


def test_trailing_empty_cells_and_short_rows_are_fine(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publisher,published,notes\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005,,,\n"
                       "c2,crossers,5000 people,Report,Taipei Times,2005\n")
    assert load_claims(path, today=TODAY)["notes"].tolist() == ["", ""]


def test_an_unclosed_quote_is_reported_on_its_row(claims_file):
    path = claims_file("claim_id,metric,value,source_title,publisher,published\n"
                       "c1,crossers,5000 people,Report,Taipei Times,2005\n"
                       'c2,crossers,"5000 people,Report,Taipei Times,2005\n'
                       "c3,crossers,5000 people,Report,Taipei Times,2005\n")
    frame, problems = read_claims(path, today=TODAY)
    assert [(p.row, p.column) for p in problems] == [(3, "-")]
    assert problems[0].message.startswith("a quoted cell that starts in this row is never closed")
    assert frame["claim_id"].tolist() == ["c1"]


# --- the frame load_claims returns -----------------------------------------------------------

READINGS = [
    # value, unit cell, metric's unit in metrics.csv -> low, high, unit, kind, reading, vague
    ("30–50%", "", "", 30.0, 50.0, "percent", "interval", "30–50%", ""),
    ("5+ years", "", "", 5.0, math.nan, "year", "at_least", "5+ years", ""),
    ("2,000–3,000 people", "", "", 2000.0, 3000.0, "person", "interval", "2,000–3,000 people", ""),
    ("10-20 yuan", "", "", 10.0, 20.0, "CNY", "interval", "10–20 CNY", ""),
    ("about 5,000", "person", "", 5000.0, 5000.0, "person", "approx", "~5,000 people", ""),
    ("about 5,000", "", "person", 5000.0, 5000.0, "person", "approx", "~5,000 people", ""),
    ("about 5,000", "", "", 5000.0, 5000.0, "", "approx", "~5,000", ""),
    ("thousands", "people", "", 2000.0, 10000.0, "person", "vague", "2,000–10,000 people", "thousands"),
]


@pytest.mark.parametrize("value,unit,metric_unit,low,high,resolved,kind,reading,vague", READINGS)
def test_each_claim_is_read_as_an_interval(table_at, value, unit, metric_unit, low, high, resolved, kind,
                                           reading, vague):
    metrics = NO_METRICS + (f"crossers,Crossers,,{metric_unit}\n" if metric_unit else "")
    frame = loaded(table_at([claim(1, value=value, unit=unit)], metrics=metrics))
    assert frame.attrs["problems"] == []
    r = frame.iloc[0]
    assert (r["low"], r["unit"], r["kind"], r["reading"], r["vague"], r["unit_given"]) == \
        (low, resolved, kind, reading, vague, unit)
    assert r["high"] == high or (math.isnan(high) and math.isnan(r["high"]))


def test_a_bare_number_takes_the_unit_the_metric_states_most(table_at):
    frame = loaded(table_at([claim(1, value="2,000–3,000 people"), claim(2, value="about 5,000"),
                             claim(3, value="nearly 40,000"), claim(4, metric="share", value="about 40")]))
    assert frame[["claim_id", "unit", "reading"]].values.tolist() == [
        ["c1", "person", "2,000–3,000 people"], ["c2", "person", "~5,000 people"],
        ["c3", "person", "~40,000 people"], ["c4", "", "~40"]]


def test_range_wins_over_value(table_at):
    r = loaded(table_at([claim(1, value="between 30 percent and half", range="30–40%", metric="share")])).iloc[0]
    assert (r["value"], r["range"], r["low"], r["high"], r["reading"]) == (
        "between 30 percent and half", "30–40%", 30.0, 40.0, "30–40%")


def test_the_frame_has_every_column_with_blanks_not_nans(table_at):
    frame = loaded(table_at([claim(1)]))
    assert list(frame.columns) == list(FRAME_COLUMNS)
    assert frame.iloc[0]["notes"] == "" and frame.iloc[0]["row"] == 2
    assert {str(frame[c].dtype) for c in COLUMNS} == {"str"}
    assert (str(frame["low"].dtype), str(frame["row"].dtype)) == ("float64", "int64")


def test_load_claims_is_importable_from_the_package():
    assert load_claims_from_package is load_claims


def test_the_data_path_comes_from_the_environment(table_at, monkeypatch, backend_name):
    loc = table_at([claim(1)])
    monkeypatch.setenv("CLAIMS_DATA", str(loc))
    assert backend.location() == loc
    assert loaded(backend.location())["claim_id"].tolist() == ["c1"]
    if backend_name == "csv":  # the file reader's own default
        assert load_claims(today=TODAY)["claim_id"].tolist() == ["c1"]


@pytest.mark.parametrize("values", [("2,000–3,000 people", "30–50%"), ("(a) 2,000 people", "[b] 30%")],
                         ids=["read in bulk", "read one by one"])
def test_each_distinct_figure_is_parsed_once(table_at, monkeypatch, values):
    from claims import rules, store
    calls = []
    monkeypatch.setattr(rules, "BULK_FROM", 1)  # read in bulk however few the figures
    real, real_many = rules.parse_range, store.bulk.parse_many
    monkeypatch.setattr(rules, "parse_range", lambda text, unit=None: calls.append(text) or real(text, unit))
    monkeypatch.setattr(store.bulk, "parse_many",
                        lambda texts, hints: calls.extend(texts.to_pylist()) or real_many(texts, hints))
    loc = table_at([claim(n, value=values[n % 2], metric=f"m{n % 2}") for n in range(1, 101)])
    assert len(loaded(loc)) == 100
    assert sorted(set(calls)) == sorted(values)
    assert calls.count(values[0]) + calls.count(values[1]) <= 4  # once in bulk, at most once more alone


# --- metrics.csv ------------------------------------------------------------------------------

def test_metrics_are_read_with_canonical_units(table_at):
    loc = table_at([claim(1)], metrics="metric,label,description,unit\ncrossers,Border crossers,People crossing,people\n"
                                       "share,Trafficked share,,%\nprice,Price,,\n")
    assert backend.metrics_of(loc) == backend.read(loc).metrics == {
        "crossers": MetricInfo("crossers", "Border crossers", "People crossing", "person"),
        "share": MetricInfo("share", "Trafficked share", "", "percent"),
        "price": MetricInfo("price", "Price", "", ""),
    }


def test_problems_in_metrics_csv_name_that_file_and_row(table_at):
    metrics = NO_METRICS + "crossers,Crossers,,persns\nBad Name,x,,\ncrossers,Again,,\n,,,\nshare,Share,,%\n"
    loc = table_at([claim(1)], metrics=metrics)
    mfile = named(loc, "metrics")
    assert [(p.file, p.row, p.column, p.value) for p in backend.read(loc, today=TODAY).problems] == [
        (mfile, 2, "unit", "persns"), (mfile, 3, "metric", "Bad Name"), (mfile, 4, "metric", "crossers")]
    info = backend.metrics_of(loc)
    assert info == {"crossers": MetricInfo("crossers", "Crossers", "", ""), "share": MetricInfo("share", "Share", "", "percent")}


def test_a_metric_not_in_metrics_csv_is_valid(table_at):
    loc = table_at([claim(1, metric="unlisted")], metrics=NO_METRICS + "crossers,Crossers,,person\n")
    assert backend.read(loc, today=TODAY).problems == []


def test_no_metrics_csv_at_all_is_fine(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(csv_text([claim(1)]), encoding="utf-8")
    frame, problems = read_claims(path, metrics_path=tmp_path / "none.csv", today=TODAY)
    assert problems == [] and len(frame) == 1


# --- writing ----------------------------------------------------------------------------------

TRICKY = [claim(1, quote='He said "2,000, maybe 3,000"\nthen left', notes="a;b", geography="Séoul"),
          claim(2, value="30–50%", metric="share", notes="line one\r\nline two", page="carriage\rreturn")]


def test_write_is_deterministic(tmp_path):
    write_claims(TRICKY, tmp_path / "a.csv")
    write_claims(TRICKY, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_write_format_canonical_columns_utf8_lf_minimal_quoting(tmp_path):
    rows = [{"claim_id": "c1", "metric": "crossers", "value": "2,000–3,000 people", "source_title": "T",
             "publisher": "P", "published": "2005", "notes": 'say "hi"'}]
    write_claims(rows, tmp_path / "c.csv")
    assert (tmp_path / "c.csv").read_bytes() == (
        HEADER + "\n" + 'c1,crossers,"2,000–3,000 people",T,P,2005' + "," * 15 + '"say ""hi""",\n').encode("utf-8")


def test_read_write_round_trip_is_byte_identical(tmp_path):
    path = write_claims(TRICKY, tmp_path / "claims.csv")
    before = path.read_bytes()
    rows, problems = read_rows(path)
    assert problems == []
    write_claims(rows, path)
    assert path.read_bytes() == before
    assert rows[1]["page"] == "carriage\rreturn" and rows[1]["notes"] == "line one\r\nline two"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(categories=("L", "N", "P", "S", "Zs"), include_characters=',"\n\r;\t'),
                        max_size=12).map(str.strip), min_size=len(COLUMNS), max_size=len(COLUMNS)))
def test_any_cell_text_survives_a_round_trip(tmp_path_factory, cells):
    row = dict(zip(COLUMNS, cells))
    row["claim_id"] = "c1"
    path = tmp_path_factory.mktemp("rt") / "claims.csv"
    write_claims([row], path)
    assert read_rows(path)[0] == [row]


def test_writing_a_loaded_frame_keeps_the_units_as_written(table_at, tmp_path):
    rows = [claim(1, value="about 5,000", unit="people"), claim(2, value="about 6,000")]
    src = write_claims(rows, tmp_path / "src.csv")
    frame = loaded(table_at(src.read_bytes()))
    assert frame["unit"].tolist() == ["person", "person"]
    out = write_claims(frame, tmp_path / "out.csv")
    assert out.read_bytes() == src.read_bytes()


def test_writing_an_unknown_key_is_an_error_not_a_silent_drop(tmp_path):
    with pytest.raises(ValueError, match="row 1 has a key that is not a claims column: 'publsher'; did you mean publisher"):
        write_claims([{"claim_id": "c1", "publsher": "x"}], tmp_path / "c.csv")
    with pytest.raises(ValueError, match="'colour'"):
        claims_csv(pd.DataFrame({"claim_id": ["c1"], "colour": ["red"]}))
    with pytest.raises(ValueError, match="row 1 holds '\\\\ud800', which is not a character UTF-8 can write"):
        write_claims([claim(1, notes="\ud800")], tmp_path / "c.csv")
    with pytest.raises(ValueError, match="row 2 holds a NUL character"):
        write_claims([claim(1), claim(2, notes="a\x00b")], tmp_path / "c.csv")
    assert not (tmp_path / "c.csv").exists()


def test_a_failed_write_leaves_the_original_untouched(tmp_path, monkeypatch):
    path = write_claims([claim(1)], tmp_path / "claims.csv")
    before = path.read_bytes()

    def fail(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        write_claims([claim(1), claim(2)], path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]  # no temp file left behind


def test_write_keeps_the_file_mode(tmp_path):
    path = write_claims([claim(1)], tmp_path / "claims.csv")
    os.chmod(path, 0o640)
    write_claims([claim(2)], path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# --- never an exception on bad input ----------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_problems_not_an_exception(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "claims.csv"
    path.write_bytes(data)
    frame, problems = read_claims(path, metrics_path=path.with_name("none.csv"), today=TODAY)
    assert all(isinstance(p, Problem) and p.row >= 1 for p in problems)


@pytest.mark.parametrize("backend_name", ["csv", "postgres"])
@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.sampled_from(COLUMNS), st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=15),
                       max_size=8))
def test_any_cell_text_gives_problems_not_an_exception(tmp_path_factory, request, backend_name, cells):
    """On a file, and in a database holding the same cells (one database for every example, its
    table replaced by each)."""
    path = tmp_path_factory.mktemp("cells") / "claims.csv"
    write_claims([claim(1), claim(2, **cells)], path)
    if backend_name == "csv":
        frame, problems = read_claims(path, metrics_path=path.with_name("none.csv"), today=TODAY)
    else:
        from conftest import put_as_is
        url = request.getfixturevalue("pg_url")
        put_as_is(path, url)
        problems = backend.read(url, today=TODAY).problems
    assert all(isinstance(p, Problem) for p in problems)


def test_a_second_read_of_an_unchanged_file_is_served_from_memory_and_a_change_is_seen(tmp_path):
    from claims import store
    path = tmp_path / "claims.csv"
    path.write_text("claim_id,metric,value,source_title,publisher,published\n"
                    "a,m,30-50%,T,P,2005\n", encoding="utf-8")
    first, _ = store.read_claims(path)
    first.loc[0, "value"] = "changed by the caller"  # must not reach the cache
    again, _ = store.read_claims(path)
    assert again.loc[0, "value"] == "30-50%"
    path.write_text("claim_id,metric,value,source_title,publisher,published\n"
                    "a,m,30-60%,T,P,2005\nb,m,40%,T,P,2006\n", encoding="utf-8")
    changed, _ = store.read_claims(path)
    assert list(changed["value"]) == ["30-60%", "40%"]


def test_a_fresh_process_loads_an_unchanged_file_from_the_cache_folder(tmp_path, monkeypatch):
    import pickle
    from claims import store
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(cache))
    path = tmp_path / "claims.csv"
    path.write_text("claim_id,metric,value,source_title,publisher,published\na,m,30-50%,T,P,2005\n",
                    encoding="utf-8")
    store._MEMO.clear()
    first, _ = store.read_claims(path)
    [cached] = list(cache.glob("*.pickle"))
    frame, problems = pickle.loads(cached.read_bytes())
    assert list(frame["reading"]) == ["30–50%"] and problems == []
    store._MEMO.clear()  # as a new process would be
    monkeypatch.setattr(store, "_read_claims", lambda *a: pytest.fail("read the file again"))
    again, _ = store.read_claims(path)
    assert again.equals(first)


def test_the_cache_key_changes_with_every_table_that_shapes_a_reading(tmp_path, monkeypatch):
    """An edited currency, count-noun, vague-term or place table must not be answered from a load cached before."""
    import inspect
    from claims import currencies, paths, store, units, vague
    read = {inspect.signature(f).parameters["path"].default for f in (currencies.table, units._count_nouns,
                                                                      vague.conventions, currencies._places)}
    assert read == set(paths.READING_TABLES)
    copies = []
    for table in paths.READING_TABLES:
        copies.append(tmp_path / table.name)
        copies[-1].write_bytes(table.read_bytes())
    monkeypatch.setattr(paths, "READING_TABLES", tuple(copies))
    key = store._code_digest()
    for copy in copies:
        copy.write_bytes(copy.read_bytes() + b"\n")
        assert store._code_digest() != key, copy.name
        key = store._code_digest()


def test_the_cache_folder_can_be_switched_off_and_a_broken_entry_is_ignored(tmp_path, monkeypatch):
    from claims import store
    path = tmp_path / "claims.csv"
    path.write_text("claim_id,metric,value,source_title,publisher,published\na,m,40%,T,P,2005\n",
                    encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(cache))
    store._MEMO.clear()
    store.read_claims(path)
    for entry in cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    store._MEMO.clear()
    assert list(store.read_claims(path)[0]["reading"]) == ["40%"]
    monkeypatch.setenv("CLAIMS_CACHE_DIR", "off")
    other = tmp_path / "other.csv"
    other.write_text("claim_id,metric,value,source_title,publisher,published\nb,m,50%,T,P,2005\n", encoding="utf-8")
    store.read_claims(other)
    assert len(list(cache.glob("*.pickle"))) == 1


# --- two readers, one reading: Arrow's for plain files, the csv module for the rest ---------------

from claims import store  # noqa: E402

ROW = "c1,trafficked_share,30-50%,Report,Publisher,2005"
SHORT_HEADER = "claim_id,metric,value,source_title,publisher,published"
READER_CASES = {
    "plain": f"{SHORT_HEADER}\n{ROW}\n",
    "CRLF and no final newline": f"{SHORT_HEADER}\r\n{ROW}\r\n{ROW.replace('c1', 'c2')}",
    "BOM": "\ufeff" + f"{SHORT_HEADER}\n{ROW}\n",
    "quoted cells, doubled quotes, a newline inside": (
        f'{SHORT_HEADER},quote\n{ROW},"He said ""thousands"", then\nleft"\n{ROW.replace("c1", "c2")},""\n'),
    "cells padded with Unicode spaces": f"{SHORT_HEADER}\n\u3000c1 ,trafficked_share,\xa030-50%\t,Report,P,2005\n",
    "blank lines between records": f"{SHORT_HEADER}\n\n{ROW}\n , , , , , \n\n{ROW.replace('c1', 'c2')}\n\n",
    "semicolons": f"{SHORT_HEADER.replace(',', ';')}\n{ROW.replace(',', ';')}\n",
    "text after a closing quote": f'{SHORT_HEADER}\n{ROW.replace("Report", chr(34) + "Rep" + chr(34) + "ort")}\n',
    "quote inside an unquoted cell": f'{SHORT_HEADER}\n{ROW.replace("Report", "Rep" + chr(34) + "ort")}\n',
    "a quote never closed": f'{SHORT_HEADER}\n{ROW},"open\n{ROW}\n',
    "odd run of quotes closing, then text": f'{SHORT_HEADER}\n{ROW.replace("Report", chr(34) + "a" + chr(34) * 3 + "b")}\n',
    "too many cells": f"{SHORT_HEADER}\n{ROW},extra\n",
    "too few cells": f"{SHORT_HEADER}\nc1,trafficked_share\n",
    "a cell longer than the csv module allows": f'{SHORT_HEADER}\n{ROW.replace("Report", "x" * 140_000)}\n',
    "unknown column": f"{SHORT_HEADER},colour\n{ROW},red\n",
    "column without a header": f"{SHORT_HEADER},\n{ROW},stray\n",
    "Windows-1252": f"{SHORT_HEADER}\n{ROW.replace('Report', 'Café')}\n",
}


def _both_readers(tmp_path, text: str | bytes):
    path = tmp_path / "claims.csv"
    path.write_bytes(text.encode("cp1252" if "Café" in text else "utf-8") if isinstance(text, str) else text)
    fast = store._read_table(path, COLUMNS, REQUIRED, "claims")
    slow = store._read_table(path, COLUMNS, REQUIRED, "claims", fast=False)
    return path, fast, slow


@pytest.mark.parametrize("mapped", [False, True], ids=["read", "mapped"])
@pytest.mark.parametrize("name", READER_CASES)
def test_arrow_and_the_csv_module_read_every_file_alike(tmp_path, monkeypatch, name, mapped):
    if mapped:  # as a large file is read: mapped, not copied
        monkeypatch.setattr(csvfile, "MAP_FROM", 1)
    _, (fast, fast_problems), (slow, slow_problems) = _both_readers(tmp_path, READER_CASES[name])
    assert fast_problems == slow_problems
    assert (fast is None) == (slow is None)
    if fast is not None:
        assert fast.rows.tolist() == slow.rows.tolist() and fast.broken == slow.broken
        assert {c: fast.column(c) for c in COLUMNS} == {c: slow.column(c) for c in COLUMNS}


@pytest.mark.parametrize("name,fast", [
    ("plain", True), ("quoted cells, doubled quotes, a newline inside", True), ("blank lines between records", True),
    ("text after a closing quote", False), ("quote inside an unquoted cell", False), ("a quote never closed", False),
    ("odd run of quotes closing, then text", False), ("too many cells", False), ("Windows-1252", False),
    ("a cell longer than the csv module allows", True), ("unknown column", False),
])
def test_only_plain_files_take_the_arrow_reader(name, fast):
    data = READER_CASES[name].encode("cp1252" if "Café" in READER_CASES[name] else "utf-8")
    taken = store._fast_table(data, "claims.csv", COLUMNS, REQUIRED, "claims") is not None
    assert taken is fast


@pytest.mark.parametrize("text,inside", [
    ('a,b\n1,2\n', False),
    ('a,b\n"1",2\n', False),
    ('a,b\n"x ""y"", z",2\r\n', False),
    ('a,b\n"line\nbreak",2\n', True),
    ('a,b\n"carriage\rreturn",2\n', True),
    ('a,b\n"""quoted""\nbreak",2\n', True),
])
def test_arrow_splits_records_at_line_ends_only_when_no_quoted_cell_holds_a_line_break(text, inside):
    import numpy as np
    assert store._quoting(np.frombuffer(text.encode(), np.uint8), ",") == store._Quoting(inside)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet='ab ,"\n\r', max_size=12), min_size=1, max_size=8).map("".join),
       st.sampled_from([1 << 22, 16, 40]))
def test_arrow_and_the_csv_module_read_any_quoting_alike(tmp_path_factory, body, block):
    """Whatever the quotes, commas and line breaks, and wherever Arrow's blocks end (a quoted line
    break at a block's end makes it read again): Arrow's reading, when taken, is the csv module's."""
    path = tmp_path_factory.mktemp("q") / "claims.csv"
    path.write_bytes((SHORT_HEADER + "\n" + body).encode())
    store.ARROW_BLOCK, default = block, store.ARROW_BLOCK
    try:
        fast, fast_problems = store._read_table(path, COLUMNS, REQUIRED, "claims")
    finally:
        store.ARROW_BLOCK = default
    slow, slow_problems = store._read_table(path, COLUMNS, REQUIRED, "claims", fast=False)
    assert fast_problems == slow_problems
    assert (fast is None) == (slow is None)
    if fast is not None:
        assert fast.rows.tolist() == slow.rows.tolist() and fast.broken == slow.broken
        assert {c: fast.column(c) for c in COLUMNS} == {c: slow.column(c) for c in COLUMNS}


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 8])
def test_the_quote_scan_reads_alike_whatever_its_chunks(monkeypatch, chunk):
    """A run of quotes may straddle two chunks of the scan; a quote's neighbours are looked up across them."""
    import numpy as np
    texts = [c.encode("cp1252" if "Café" in c else "utf-8") for c in READER_CASES.values()] + [
        b'"a"', b'""', b'a,"""",b\n', b'"x""y"z,', b'a,b\n"1\n2",3\n', b'"', b'x"', b'",', b'a,""""""\r\n']
    expected = [store._quoting(np.frombuffer(t, np.uint8), ",") for t in texts]
    monkeypatch.setattr(csvfile, "SCAN_CHUNK", chunk)
    assert [store._quoting(np.frombuffer(t, np.uint8), ",") for t in texts] == expected
    assert [store._quoting(np.frombuffer(t, np.uint8), ",", cr=b"\r" in t) for t in texts] == expected


def test_a_mapped_file_is_closed_once_read_whichever_reader_reads_it(tmp_path, monkeypatch):
    import mmap
    monkeypatch.setattr(csvfile, "MAP_FROM", 1)
    opened = []
    real = csvfile._contents
    monkeypatch.setattr(csvfile, "_contents", lambda path: opened.append(real(path)) or opened[-1])
    path = tmp_path / "claims.csv"
    path.write_text(READER_CASES["quoted cells, doubled quotes, a newline inside"], encoding="utf-8")
    store._read_table(path, COLUMNS, REQUIRED, "claims")
    path.write_text(READER_CASES["text after a closing quote"], encoding="utf-8")
    store._read_table(path, COLUMNS, REQUIRED, "claims")  # the csv module reads a copy
    assert [type(m) for m in opened] == [mmap.mmap, mmap.mmap] and all(m.closed for m in opened)


def test_text_after_a_closing_quote_is_reported_not_read_past(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(READER_CASES["text after a closing quote"], encoding="utf-8")
    assert [(p.row, p.column) for p in validate(path, today=TODAY)] == [(2, "-")]


def test_a_column_is_stripped_whenever_a_cell_starts_or_ends_with_any_space():
    import sys

    import pyarrow as pa
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert store.SPACE == "".join(spaces)
    for ch in spaces:
        for cells in (["a", ch + "b"], ["a", "b" + ch], [ch]):
            assert store._strip(pa.array(cells)).to_pylist() == [c.strip() for c in cells]
    assert not store._may_need_strip(pa.array(["a b", "", "x\u200b", "3–4 €"]))


def test_arrow_strips_cells_exactly_as_python_does():
    import sys

    import pyarrow as pa
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    stripped = store._strip(pa.array([f"{c}a{c}" for c in chars])).to_pylist()
    assert stripped == [f"{c}a{c}".strip() for c in chars]


@pytest.mark.parametrize("published,accessed,before", [
    ("2005-03-30", "2005-03-29", True), ("2005-03-30", "2005-03-31", False), ("2005-03", "2005-02-28", True),
    ("2005-03-31", "2005-03", False), ("2005", "2004-12-31", True), ("2005-02-30", "2005-01-01", False),
    ("2024-01-31", "2023-12-31", True),
])
def test_accessed_before_published_at_the_precision_both_give(table_at, published, accessed, before):
    loc = table_at([claim(published=published, accessed=accessed)])
    found = [p for p in backend.read(loc, today=TODAY).problems if "is before published" in p.message]
    assert bool(found) is before


def test_accessed_before_published_in_a_table_of_many_dates(table_at):
    """Every pair of these dates in one file, each reported exactly when a reference comparison says."""
    from itertools import product
    dates = ["2005", "2004", "2005-03", "2005-02", "2005-03-30", "2005-03-29", "2005-03-31", "2005-02-30",
             "2004-12-31", "2005-13", "12/10/2005", "", "2005-3-1", "1999-01-01", "2099"]
    pairs = list(product(dates, dates))
    loc = table_at([claim(n, published=p, accessed=a) for n, (p, a) in enumerate(pairs, 1)])
    found = {p.row for p in backend.read(loc, today=TODAY).problems if "is before published" in p.message}

    def before(a: str, p: str) -> bool:
        a_parts, p_parts = schema.date_parts(a), schema.date_parts(p)
        if not (a and p and a_parts and p_parts):
            return False
        n = min(len(a_parts), len(p_parts))
        return a_parts[:n] < p_parts[:n]

    expected = {n + 1 for n, (p, a) in enumerate(pairs, 1) if before(a, p)}
    assert found == expected and len(expected) > 20


_PIECES = st.sampled_from(["5", "05", "12", "2005", "٥", "１", "Oct", "oct.", "May", "june", "Sept", "ſep", "-", "/", " ",
                           ".", "%", "0:00", " 00:00:00", "x", "30", "half"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6).map("".join))
def test_arrow_finds_exactly_the_spreadsheet_dates_excel_date_flags(text):
    import pyarrow as pa
    import pyarrow.compute as pc
    from claims.store import EXCEL_SHAPES, excel_date
    flagged = pc.match_substring_regex(pa.array([text]), EXCEL_SHAPES)[0].as_py()
    assert flagged == (excel_date(text) is not None and text == text.strip())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["https://", "http://", "HTTP://", "www.", "a", "-", ".", "com", ":80", ":", "/", "?q=1",
                                 "#f", "são", "é", " ", "\u3000", "\xa0", "[", "]", "%20", "@", "\t"]),
                min_size=1, max_size=7).map("".join))
def test_the_fast_url_test_passes_only_addresses_the_url_check_passes(text):
    import pyarrow as pa
    if store.URL_OK(pa.array([text]))[0].as_py():
        assert store._url_check(text) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["0", "1", "2", "9", "19", "20", "202", "2026", "2027", "1999", "-", "-0", "-1",
                                 "11", "12", "13", "24", "25", "28", "29", "30", "31", "٢", " ", "x"]),
                min_size=1, max_size=6).map("".join))
def test_the_fast_date_test_passes_only_dates_the_date_check_passes(text):
    import pyarrow as pa
    from datetime import date
    today = date(2026, 11, 24)
    if store._dates_ok(today)(pa.array([text]))[0].as_py():
        assert store._date_check(today)(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ09._-_ éK\u212a", min_size=1, max_size=8))
def test_the_fast_id_and_metric_tests_pass_only_what_their_checks_pass(text):
    import pyarrow as pa
    if store.CLAIM_ID_OK(pa.array([text]))[0].as_py():
        assert store._claim_id_check(text) is None
    if store.METRIC_OK(pa.array([text]))[0].as_py():
        assert store._metric_check(text) is None


def test_figures_read_in_bulk_or_one_by_one_give_the_same_table(table_at, monkeypatch):
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import generate

    rows = generate.generate(800, seed=11)
    for n, value in ((3, "5-Oct"), (50, "50-30%"), (90, "thousands"), (140, "HK$ 5"), (200, "30% and 40%")):
        rows[n]["value"], rows[n]["range"] = value, ""
    loc = table_at(rows, metrics="metric,label,description,unit\n" + "".join(
        f"{m['metric']},,,{m['unit']}\n" for m in generate.metrics_rows(seed=11)[:100]))
    monkeypatch.setenv("CLAIMS_CACHE_DIR", "off")
    table = backend.read(loc, today=TODAY)
    in_bulk, bulk_problems = table.claims, table.problems
    real = store.bulk.parse_many

    def declines_all(texts, hints):
        got = real(texts, hints)
        return type(got)(**{**got.__dict__, "done": got.done & False})

    monkeypatch.setattr(store.bulk, "parse_many", declines_all)
    store._MEMO.clear()
    table = backend.read(loc, today=TODAY)
    one_by_one, problems = table.claims, table.problems
    assert bulk_problems == problems and len(problems) >= 3
    pd.testing.assert_frame_equal(in_bulk, one_by_one)


def test_a_reading_without_bounds_keeps_its_text_rather_than_losing_the_claim():
    import numpy as np
    cases = {"low": np.array([30.0, np.nan]), "high": np.array([50.0, np.nan]),
             "unit": np.array(["percent", ""], dtype=object), "kind": np.array(["interval", "vague"], dtype=object),
             "text": np.array(["30-50%", "untold numbers"], dtype=object)}
    assert store._readings(cases, np.array([0, 1])) == ["30–50%", "untold numbers"]


@pytest.mark.parametrize("slow", ["figures", "other columns"])
def test_problems_come_out_the_same_whichever_check_finishes_first(table_at, monkeypatch, slow):
    import time
    rows = [claim(1, claim_id="bad id!", value="05-Oct"), claim(2, value="lots", published="2005-13-01"),
            claim(3, claim_id="c1", value="30-20%", url="ftp://x"), claim(4, metric="Bad Metric", value="")]
    loc = table_at(rows)
    expected = backend.read(loc, today=TODAY).problems
    assert {p.column for p in expected} >= {"claim_id", "value", "published", "url", "metric"}
    name = "read_figures" if slow == "figures" else "other_columns"
    real = getattr(store._Checker, name)

    def late(self, *args):
        time.sleep(0.2)
        return real(self, *args)

    monkeypatch.setattr(store._Checker, name, late)
    store._MEMO.clear()
    monkeypatch.setenv("CLAIMS_CACHE_DIR", "off")
    assert backend.read(loc, today=TODAY).problems == expected
