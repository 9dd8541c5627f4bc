"""`python -m claims`: output, exit codes (0 ok, 1 problems or bad input, 2 usage), never a traceback.

The tests of `validate` run on both backends (issue 16): `--data`, the path argument and $CLAIMS_DATA
name a CSV file or a PostgreSQL database holding the same cells (`table_at`), and the lines name the
file or the database's claims table. Two stay file-only, as only a file has them: a row with more
cells than its header, and a file that is missing, empty or binary (with the real command's bad input,
which names no table).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims import backend
from claims.cli import main
from conftest import claim

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def named(loc) -> str:
    """How problem lines name the claims table at `loc`: the file's path, or the database's claims table."""
    return str(loc) if isinstance(loc, Path) else backend.written(loc)


# --- validate ---------------------------------------------------------------------------------

def test_validate_a_valid_file(table_at, capsys):
    loc = table_at([claim(1), claim(2)])
    assert run(capsys, "validate", str(loc)) == (0, [], f"{backend.shown(loc)}: 2 claims, no problems\n")


def test_validate_prints_one_line_per_problem(table_at, backend_name, capsys):
    again = "c1" if backend_name == "csv" else " c1 "  # the database's unique index holds 'c1' once, ' c1 ' beside it
    loc = table_at([claim(1), claim(2, published="2005-13-01", url="www.x.org"), claim(1, claim_id=again)])
    code, out, err = run(capsys, "validate", str(loc))
    path = named(loc)
    assert code == 1
    assert out == [
        f"{path}:3:published: '2005-13-01' is not a real date; use YYYY, YYYY-MM or YYYY-MM-DD",
        f"{path}:3:url: 'www.x.org' is not an http(s) web address; write https://www.x.org",
        f"{path}:4:claim_id: claim_id 'c1' is already used by row 2; give this claim its own id, e.g. c1-2",
    ]
    assert err == f"{backend.shown(loc)}: 3 problems in 2 rows; 1 valid claim\n"


def test_a_word_the_parser_does_not_know_in_a_percent_metric_is_a_problem_on_its_row(table_at, capsys):
    loc = table_at([claim(1, metric="share", value="30–50%"), claim(2, metric="share", value="30-50 zorkmids")],
                   metrics="metric,label,description,unit\nshare,Share,A share,percent\n")
    code, out, err = run(capsys, "validate", str(loc))
    assert code == 1
    assert len(out) == 1 and out[0].startswith(f"{named(loc)}:3:value: '30-50 zorkmids': 'zorkmids' (after '50')")
    assert err == f"{backend.shown(loc)}: 1 problem in 1 row; 1 valid claim\n"


def test_a_problem_with_no_column_uses_a_dash(claims_file, capsys):
    path = claims_file("claim_id,metric,value,source_title,publisher,published\n"
                       "c1,crossers,2,000 people,Report,Taipei Times,2005\n")
    code, out, _ = run(capsys, "validate", str(path))
    assert (code, out) == (1, [f"{path}:2:-: this row has 7 cells but the header names 6 columns; '2005' has no "
                               "column; put double quotes around a cell that contains the delimiter, e.g. "
                               '"2,000–3,000 people"'])


@pytest.mark.parametrize("content,message", [
    (None, "file not found; check the path, or set --data or CLAIMS_DATA"),
    (b"", "file is empty; expected a header row of claims columns; start with the header row: "
          "claim_id,metric,value,source_title,publisher,published"),
    (b"\x00\x01\x02binary", "is not a text file (it contains NUL bytes); expected a CSV file; choose the CSV "
                            "file, or save the sheet as 'CSV UTF-8'"),
])
def test_a_file_that_cannot_be_read_is_one_line_on_row_1(tmp_path, capsys, content, message):
    path = tmp_path / "claims.csv"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "validate", str(path))
    assert (code, out) == (1, [f"{path}:1:-: {message}"])
    assert "Traceback" not in err


def test_the_data_file_comes_from_path_then_data_then_the_environment(table_at, tmp_path, capsys, monkeypatch):
    good = table_at([claim(1)])
    bad = tmp_path / "missing.csv"
    monkeypatch.setenv("CLAIMS_DATA", str(good))
    assert run(capsys, "validate")[0] == 0
    monkeypatch.setenv("CLAIMS_DATA", str(bad))
    assert run(capsys, "validate")[1] == [f"{bad}:1:-: file not found; check the path, or set --data or CLAIMS_DATA"]
    assert run(capsys, "--data", str(good), "validate")[0] == 0
    assert run(capsys, "validate", "--data", str(good))[0] == 0
    assert run(capsys, "--data", str(bad), "validate", str(good))[0] == 0


# --- parse ------------------------------------------------------------------------------------

PARSED = [
    (["30–50%"], ["30–50%", "  low:    30", "  high:   50", "  unit:   percent (a plain number or percent)",
                  "  kind:   interval", "  vague:  -"]),
    (["5+ years"], ["5+ years", "  low:    5", "  high:   open", "  unit:   year (a duration)",
                    "  kind:   at_least", "  vague:  -"]),
    (["about 5,000", "--unit", "people"], ["~5,000 people", "  low:    5,000", "  high:   5,000",
                                           "  unit:   person (a count of people)", "  kind:   approx",
                                           "  vague:  -"]),
    (["about 5,000"], ["~5,000", "  low:    5,000", "  high:   5,000",
                       "  unit:   none stated (a claim takes its metric's unit)", "  kind:   approx", "  vague:  -"]),
    (["10-20 yuan"], ["10–20 CNY", "  low:    10", "  high:   20", "  unit:   CNY (money)", "  kind:   interval",
                      "  vague:  -"]),
    (["thousands", "--unit", "person"], ["2,000–10,000 people", "  low:    2,000", "  high:   10,000",
                                         "  unit:   person (a count of people)", "  kind:   vague",
                                         "  vague:  thousands"]),
    (["1 in 3 women"], ["33.33%", "  low:    33.333333333333336", "  high:   33.333333333333336",
                        "  unit:   percent (a plain number or percent)", "  kind:   point", "  vague:  -",
                        "  counts: women"]),
]


@pytest.mark.parametrize("argv,lines", PARSED, ids=[" ".join(a) for a, _ in PARSED])
def test_parse_shows_the_reading(capsys, argv, lines):
    assert run(capsys, "parse", *argv) == (0, lines, "")


@pytest.mark.parametrize("argv,error", [
    (["banana"], "error: 'banana': 'banana' (at the start) is not a word"),
    (["30%", "--unit", "person"], "error: '30%' is a plain number or percent (percent), but the unit given is person"),
    (["5", "--unit", "furlongz"], "error: unknown unit 'furlongz'"),
    (["05-Oct"], "error: '05-Oct' is a date: the spreadsheet turned a figure such as '5-10' into a date; "
                 "retype it as 5–10 with the cell formatted as Text"),
])
def test_parse_explains_what_it_cannot_read(capsys, argv, error):
    code, out, err = run(capsys, "parse", *argv)
    assert (code, out) == (1, [])
    assert err.startswith(error) and err.count("\n") == 1


# --- usage errors and the unexpected ----------------------------------------------------------

@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["parse"], ["validate", "a", "b"], ["--bogus", "validate"],
                                  ["parse", "5", "--unit"]])
def test_usage_errors_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert "usage: python -m claims" in err


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "validate" in "\n".join(out) and "parse" in "\n".join(out)


def test_an_unexpected_error_is_one_line_not_a_traceback(table_at, capsys, monkeypatch):
    from claims import store

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "read_claims", broken)
    assert run(capsys, "validate", str(table_at([claim(1)]))) == (
        1, [], "error: validate: RuntimeError: disk on fire\n")


# --- the real command -------------------------------------------------------------------------

def python_m_claims(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "claims", *argv], capture_output=True, text=True,
                          env=environment, cwd=ROOT, timeout=120)


def test_python_m_claims_validate(table_at):
    good = table_at([claim(1)])
    results = {
        "valid": python_m_claims("validate", str(good)),
        "env": python_m_claims("validate", env={"CLAIMS_DATA": str(good)}),
    }
    assert {name: r.returncode for name, r in results.items()} == {"valid": 0, "env": 0}
    assert not [name for name, r in results.items() if "Traceback" in r.stdout + r.stderr]
    assert {r.stderr for r in results.values()} == {f"{backend.shown(good)}: 1 claim, no problems\n"}


def test_python_m_claims_on_bad_input_and_misuse(tmp_path):
    bad = tmp_path / "binary.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    results = {
        "binary": python_m_claims("--data", str(bad), "validate"),
        "missing": python_m_claims("validate", str(tmp_path / "nope.csv")),
        "usage": python_m_claims("validate", "--no-such-option"),
        "parse": python_m_claims("parse", "between 30 percent and half"),
        "unreadable": python_m_claims("parse", "banana"),
    }
    assert {name: r.returncode for name, r in results.items()} == {
        "binary": 1, "missing": 1, "usage": 2, "parse": 0, "unreadable": 1}
    assert not [name for name, r in results.items() if "Traceback" in r.stdout + r.stderr]
    assert results["binary"].stdout.startswith(f"{bad}:1:-: is not a text file")
    assert results["parse"].stdout.splitlines()[0] == "30–50%"
