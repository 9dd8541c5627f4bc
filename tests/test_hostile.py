"""Hostile input (issue 15): each defect a hostile tester found, reproduced, and the safeguards no test
held before. Test names start with the issue's row number; the fuzz of damaged files is `test_fuzz.py`."""
from __future__ import annotations

import codecs
import csv
import io
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from claims import charts, importer, views
from claims.cli import main
from claims.export import export_bytes
from claims.markup import is_web_link
from claims.ranges import RangeParseError, parse_range
from claims.store import MAX_CELL, Problem, read_claims, read_rows, validate
from claims.writer import write_claims
from conftest import TODAY, claim, csv_text, open_dashboard

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Error: " not in err, err  # never an internal error's line
    return code, out, err


@pytest.fixture
def table(claims_file) -> Path:
    """A valid table of two claims in the canonical form."""
    path = claims_file([claim(1), claim(2)])
    write_claims(read_rows(path)[0], path)
    return path


def new_file(tmp_path: Path, rows: list[dict[str, str]], name: str = "new.csv", **kw) -> Path:
    path = tmp_path / name
    path.write_text(csv_text(rows, **kw), encoding="utf-8")
    return path


app = open_dashboard


# --- 1: a unit cell of '1' or 'dimensionless' -----------------------------------------------------

def test_1_a_unit_of_1_or_dimensionless_is_a_plain_number_not_a_vanished_row(claims_file, capsys):
    path = claims_file([claim(1, value="5,000", unit="dimensionless"), claim(2, value="7", unit="1")])
    frame, problems = read_claims(path, today=TODAY)
    assert problems == [] and list(frame["claim_id"]) == ["c1", "c2"]
    assert list(frame["low"]) == [5000.0, 7.0] and list(frame["unit"]) == ["", ""]
    code, _, err = run(capsys, "validate", path)
    assert (code, err.strip()) == (0, f"{path}: 2 claims, no problems")


def test_1_such_rows_import(table, tmp_path, capsys):
    new = new_file(tmp_path, [claim(3, value="12", unit="dimensionless"), claim(4, value="3", unit="1")])
    code, _, err = run(capsys, "--data", table, "import", new)
    assert code == 0 and "2 added" in err


# --- 2: a figure too long for a float ----------------------------------------------------------

@pytest.mark.parametrize("value", ["1" + "0" * 310, "9" * 38, "about " + "9" * 400 + " people"])
def test_2_a_figure_a_float_cannot_hold_is_a_problem_on_its_row(claims_file, capsys, value):
    path = claims_file([claim(1), claim(2, value=value), claim(3, published="someday")])
    problems = validate(path, today=TODAY)
    assert [(p.row, p.column) for p in problems] == [(3, "value"), (4, "published")]  # the other problem too
    with pytest.raises(RangeParseError):
        parse_range(value)
    assert run(capsys, "validate", path)[0] == 1


def test_2_the_dashboard_shows_the_problem_not_a_traceback(monkeypatch, claims_file):
    at = app(monkeypatch, claims_file([claim(1), claim(2, value="1" + "0" * 310)]))
    assert any("c2" in w.value or "row 3" in w.value or "problem" in w.value.lower() for w in at.warning)


def test_2_an_import_of_it_is_refused_and_the_table_unchanged(table, tmp_path, capsys):
    before = table.read_bytes()
    code, out, _ = run(capsys, "--data", table, "import", new_file(tmp_path, [claim(3, value="1" + "0" * 310)]))
    assert code == 1 and ":2:value:" in out and table.read_bytes() == before


# --- 3: duplicate claim_ids --------------------------------------------------------------------

def test_3_every_copy_of_an_id_is_named_with_a_free_id_to_use(claims_file):
    """Correctness of the linear check; its speed (20,000 copies) is `benchmarks/duplicate_ids.py`."""
    rows = [claim(1)] * 3000 + [claim(1, claim_id="c1-2")]
    problems = validate(claims_file(rows), today=TODAY)
    assert [p.row for p in problems] == list(range(3, 3002))  # every copy after the first
    suggested = [p.fix.removeprefix("give this claim its own id, e.g. ") for p in problems]
    assert suggested == [f"c1-{n}" for n in range(3, 3002)]  # c1-2 is taken by the last row


# --- 5 and 8: the URL and metrics.csv reaching markdown --------------------------------------

INJECTED = "[Click to see the real figures](https://evil.example/a) ![x](http://evil.example/q.png) $x^2$"


def test_5_a_shared_link_cannot_inject_a_link_or_an_image(monkeypatch, claims_file):
    at = app(monkeypatch, claims_file([claim(1)]), metric=INJECTED, topic="![x](http://evil.example/q.png)")
    notes = " ".join(i.value for i in at.info)
    assert "](" not in notes.replace("\\]\\(", "") and "http://" not in notes and "https://" not in notes
    assert "$x" not in notes.replace("\\$", "")
    assert notes.count("evil\\.example") == 3


def test_8_a_metric_label_is_shown_as_text(monkeypatch, claims_file):
    path = claims_file([claim(1)], metrics="metric,label,description,unit\n"
                                           f'crossers,"{INJECTED}",Crossings,person\n')
    at = app(monkeypatch, path, metric="crossers")
    heading = at.subheader[0].value
    assert "](" not in heading.replace("\\]\\(", "") and "https://" not in heading and "$x" not in heading.replace("\\$", "")


# --- 7: formula or identifier text in value or range -----------------------------------------

@pytest.mark.parametrize("column", ["value", "range"])
@pytest.mark.parametrize("text,why", [("=cmd|' /C calc'!A0", "spreadsheet formula"), ("@SUM(A1)", "spreadsheet formula"),
                                      ("A0", "names a thing"), ("MP3", "names a thing")])
def test_7_formula_or_identifier_text_is_not_a_figure(claims_file, column, text, why):
    path = claims_file([claim(1, **{column: text})])
    problems = validate(path, today=TODAY)
    assert [(p.row, p.column) for p in problems] == [(2, column)] and why in problems[0].message


# --- 9: chart row labels ------------------------------------------------------------------------

def test_9_html_in_a_publisher_is_text_in_the_chart(claims_file):
    path = claims_file([claim(1, publisher='<a href="/">T</a><br>')])
    frame = read_claims(path, today=TODAY)[0]
    assert charts.row_labels(frame) == ['&lt;a href="/"&gt;T&lt;/a&gt;&lt;br&gt; · 2005-12-10']
    figure = charts.comparison_figure(views.express(frame).frame, "person")
    ticks = [y for trace in figure.data for y in (trace.y or ()) if isinstance(y, str)]
    assert ticks and not any("<" in y for y in ticks)


# --- 10 and 11: the table's file -----------------------------------------------------------------

def test_10_a_read_only_table_is_not_replaced_by_an_import(table, tmp_path, capsys):
    before = table.read_bytes()
    table.chmod(0o444)
    try:
        code, _, err = run(capsys, "--data", table, "import", new_file(tmp_path, [claim(3)]))
        assert code == 1 and "read-only" in err and "unchanged" in err
        assert table.read_bytes() == before and stat.S_IMODE(table.stat().st_mode) == 0o444
        assert importer.history(table) == []  # no record of an import that did not happen
        with pytest.raises(PermissionError, match="read-only"):
            write_claims([claim(9)], table)
    finally:
        table.chmod(0o644)


def test_10_undo_into_a_read_only_table_is_refused(table, tmp_path, capsys):
    assert run(capsys, "--data", table, "import", new_file(tmp_path, [claim(3)]))[0] == 0
    after = table.read_bytes()
    table.chmod(0o444)
    try:
        code, _, err = run(capsys, "--data", table, "undo")
        assert code == 1 and "read-only" in err and table.read_bytes() == after
    finally:
        table.chmod(0o644)


def leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.tmp"))


KILLED_AT_RENAME = """
import os, signal, sys
replace, at = os.replace, sys.argv.pop(1)
def killed(src, dst):  # killed between the temporary write and the rename onto `at`
    if str(dst).endswith(at):
        os.kill(os.getpid(), signal.SIGKILL)
    replace(src, dst)
os.replace = killed
from claims.cli import main
main(sys.argv[1:])
"""


@pytest.mark.parametrize("at", ["claims.csv", "000001.before.csv"])  # the table, or its copy in the history folder
def test_11_a_writer_killed_before_its_rename_leaves_nothing_the_next_write_keeps(table, tmp_path, capsys, at):
    before = table.read_bytes()
    new = new_file(tmp_path, [claim(3)])
    done = subprocess.run([sys.executable, "-c", KILLED_AT_RENAME, at, "--data", str(table), "import", str(new)],
                          cwd=ROOT, capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert table.read_bytes() == before and leftovers(tmp_path)  # the kill left a temporary file
    live = tmp_path / f".claims.csv.{os.uname().nodename.replace('.', '-')}.{os.getpid()}.abcdefgh.tmp"
    live.write_bytes(b"a live writer's")
    assert run(capsys, "--data", table, "import", new)[0] == 0
    assert leftovers(tmp_path) == [live.name]  # the dead writer's are gone; a live one's is left alone


SLOW_RENAME = """
import os, sys, time
os.replace = lambda *a: (print("writing", flush=True), time.sleep(60))
from claims.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_11_a_terminated_import_removes_its_temporary_files(table, tmp_path):
    before = table.read_bytes()
    new = new_file(tmp_path, [claim(3)])
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RENAME, "--data", str(table), "import", str(new)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = []  # the preview's lines, then the first write
    while (line := proc.stdout.readline()) and line != "writing\n" and len(said) < 20:
        said.append(line)
    assert line == "writing\n", said
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert proc.returncode != -signal.SIGTERM  # it unwound instead of dying where it stood
    assert table.read_bytes() == before and leftovers(tmp_path) == []


# --- 12: the end of the process ------------------------------------------------------------------

def test_12_the_command_line_ends_without_the_interpreter_teardown(claims_file):
    """Arrow's thread pools can abort a teardown (exit 134); `python -m claims` skips it, so what an
    atexit hook would print never appears. `benchmarks/exit_stress.py` runs it hundreds of times."""
    path = claims_file(b"claim_id,metric\nc1,\x00x\n")
    probe = ("import atexit, runpy, sys; atexit.register(print, 'TEARDOWN'); "
             f"sys.argv = ['claims', 'validate', {str(path)!r}]; runpy.run_module('claims', run_name='__main__')")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 1 and "TEARDOWN" not in done.stdout and "NUL bytes" in done.stdout


# --- 14: a UTF-16 file -----------------------------------------------------------------------------

@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_14_a_utf16_file_with_a_bom_imports_as_it_validates(table, tmp_path, capsys, bom, codec):
    new = tmp_path / "unicode.txt"
    new.write_bytes(bom + csv_text([claim(3, source_title="“Señor” 한국"), claim(4)], delimiter="\t").encode(codec))
    assert validate(new, today=TODAY) == []
    before = table.read_bytes()
    code, _, err = run(capsys, "--data", table, "import", new)
    assert code == 0 and "2 added" in err and table.read_bytes().startswith(before)
    assert [r["source_title"] for r in read_rows(table)[0]][2] == "“Señor” 한국"


def test_14_a_utf16_table_keeps_its_encoding_when_claims_are_merged(claims_file, tmp_path, capsys):
    path = claims_file(codecs.BOM_UTF16_LE + csv_text([claim(1)]).encode("utf-16-le"))
    before = path.read_bytes()
    assert run(capsys, "--data", path, "import", new_file(tmp_path, [claim(2)]))[0] == 0
    after = path.read_bytes()
    assert after.startswith(before) and after.decode("utf-16").count("\n") == 3


# --- 16: a cell over 131,072 characters --------------------------------------------------------

@pytest.mark.parametrize("fast", [True, False])
def test_16_an_overlong_cell_is_one_problem_and_the_rows_after_it_read(claims_file, fast):
    from claims import store

    big = ('a "quoted" line, with commas\n' * (MAX_CELL // 20))[:MAX_CELL + 5000]
    path = claims_file([claim(1), claim(2, notes=big), claim(3), claim(4, value="")])
    table, problems = store._read_table(path, store.COLUMNS, store.REQUIRED, "claims", fast=fast)
    assert [(p.row, p.column) for p in problems] == [(3, "notes")]
    assert f"{len(big.strip()):,} characters" in problems[0].message and len(table.rows) == 4
    assert [(p.row, p.column) for p in validate(path, today=TODAY)] == [(3, "notes"), (5, "value")]


def test_16_an_import_names_the_overlong_cell(table, tmp_path, capsys):
    before = table.read_bytes()
    code, out, _ = run(capsys, "--data", table, "import", new_file(tmp_path, [claim(3, quote="x" * (MAX_CELL + 1))]))
    assert code == 1 and ":2:quote:" in out and table.read_bytes() == before


# --- also: backwards years, a header with ':', and three safeguards ----------------------------

def test_a_link_with_its_years_backwards_shows_them_the_right_way_round_with_a_note(monkeypatch):
    at = app(monkeypatch, ROOT / "data" / "claims.csv", **{"from": "2015", "to": "2010"})
    assert any("run backwards (2015 to 2010)" in i.value for i in at.info)
    assert at.session_state["years"] == (2010, 2015)


def test_a_header_holding_a_colon_is_quoted_in_the_problem_line(claims_file):
    path = claims_file([dict(claim(1), **{"note: extra": "x"})])
    lines = [p.format() for p in validate(path, today=TODAY)]
    assert lines and all(line.startswith(f'{path}:1:"note: extra": ') for line in lines)
    assert Problem("f.csv", 2, "notes", "", "m").format() == "f.csv:2:notes: m"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
                                 "javascript:alert(1)//https://x.org/", "xhttps://x.org/", "file:///etc/passwd",
                                 "https://x.org/\u202e/evil", "https:///x"])
def test_validation_refuses_an_address_that_is_not_http(claims_file, url):
    problems = validate(claims_file([claim(1, url=url)]), today=TODAY)
    assert [(p.row, p.column) for p in problems] == [(2, "url")]
    assert not is_web_link(url.strip()) or url.startswith("https://x.org/\u202e")


@pytest.mark.parametrize("url", ["xhttps://x.org", "javascript:alert(1)//https://x.org", " https://x.org",
                                 "data:https://x.org"])
def test_a_link_is_made_only_of_an_address_that_starts_with_http(url):
    assert not is_web_link(url)


def test_the_derived_cells_of_the_csv_export_are_neutralized_too():
    frame = [dict(claim(1, author="=1+2;@SUM(A1)"), low=1.0, high=2.0),
             dict(claim(2, author="", publisher="@evil", source_title="+x"), low=1.0, high=2.0),
             dict(claim(3, author="", publisher="-2+3 Press"), low=1.0, high=2.0)]
    rows = list(csv.reader(io.StringIO(export_bytes(frame, "csv").decode("utf-8-sig"))))
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert records[0]["author"] == "'=1+2;@SUM(A1)" and records[0]["citation"].startswith("'=1+2")
    assert records[1]["citation"].startswith("'@evil")
    for record in records:
        for column in ("author", "citation", "source_key"):
            assert record[column].lstrip(" ")[:1] not in ("=", "+", "-", "@", "\t", "\r"), (column, record[column])
