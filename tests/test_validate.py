"""Every validation rule, each with a failing example: the problem names the right row, column and value.

Rows are spreadsheet rows: the header is row 1, the first claim row 2. Each case lists the claims
(changes to a valid claim c1, c2, …) and the problems expected, exactly, as
(row, column, value, a phrase of the message, the fix).

Every test runs on both backends (issue 16): on a CSV file, and on a PostgreSQL database holding the
same cells (`table_at`), read through `claims.backend`; each must report the same row, column, value,
message and fix, naming the file or the database's claims table. One case stays file-only (FILE_ONLY):
a claim_id written twice, which the database's unique index refuses to hold. What is inherently about
a file (encodings, delimiters, the header, broken rows) is tested in test_store.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import backend
from claims.store import Problem
from conftest import TODAY, claim

PEOPLE = "metric,label,description,unit\ncrossers,Border crossers,,person\n"

CASES = [
    # --- required columns
    ("claim_id empty", [claim(1, claim_id="")],
     [(2, "claim_id", "", "claim_id is empty; it is required", "fill in unique, stable id of the claim "
                                                               "(letters, digits, - _ .)")]),
    ("metric empty", [claim(1, metric="")],
     [(2, "metric", "", "metric is empty; it is required", None)]),
    ("value empty", [claim(1, value="")],
     [(2, "value", "", "value is empty; it is required", None)]),
    ("value empty though range given", [claim(1, value="", range="2,000–3,000 people")],
     [(2, "value", "", "value is empty; it is required", None)]),
    ("source_title empty", [claim(1, source_title="")],
     [(2, "source_title", "", "source_title is empty; it is required", None)]),
    ("publisher empty", [claim(1), claim(2, publisher="")],
     [(3, "publisher", "", "publisher is empty; it is required", None)]),
    ("published empty", [claim(1, published="")],
     [(2, "published", "", "published is empty; it is required", None)]),
    # --- claim_id
    ("claim_id with a space", [claim(1, claim_id="taipei 2005")],
     [(2, "claim_id", "taipei 2005", "must start with a letter or digit", "write taipei-2005")]),
    ("claim_id starting with a dash", [claim(1, claim_id="-x1")],
     [(2, "claim_id", "-x1", "must start with a letter or digit", "write x1")]),
    ("claim_id used twice: the second is the problem", [claim(1), claim(2), claim(1)],
     [(4, "claim_id", "c1", "claim_id 'c1' is already used by row 2", "give this claim its own id, e.g. c1-2")]),
    ("claim_id used twice, once padded with spaces", [claim(1), claim(2), claim(1, claim_id=" c1 ")],
     [(4, "claim_id", "c1", "claim_id 'c1' is already used by row 2", "give this claim its own id, e.g. c1-2")]),
    # --- metric
    ("metric with spaces and capitals", [claim(1, metric="Trafficked Share", value="30–50%")],
     [(2, "metric", "Trafficked Share", "is not snake_case", "write trafficked_share")]),
    ("metric in camelCase", [claim(1, metric="traffickedShare", value="30–50%")],
     [(2, "metric", "traffickedShare", "is not snake_case", "write trafficked_share")]),
    ("metric with a double underscore", [claim(1, metric="a__b")],
     [(2, "metric", "a__b", "is not snake_case", "write a_b")]),
    # --- value and range
    ("value that is not a figure", [claim(1, value="banana")],
     [(2, "value", "banana", "'banana' (at the start) is not a word",
       "write the reading in range in compact form, e.g. 30–50%, and keep the source's wording in value")]),
    ("value with the low end above the high end", [claim(1, value="50–30%", metric="share")],
     [(2, "value", "50–30%", "the low end is above the high end", None)]),
    ("range that is not a figure", [claim(1, range="lots")],
     [(2, "range", "lots", "'lots' (at the start) is not a word", "write range in compact form, e.g. 30–50% or 5+ years")]),
    ("range wins: an unreadable value is fine beside a readable range",
     [claim(1, value="a great many, officials say", range="2,000–3,000 people")], []),
    ("value a spreadsheet made into a date (05-Oct)", [claim(1, value="05-Oct")],
     [(2, "value", "05-Oct", "the spreadsheet turned a figure such as '5-10' into a date",
       "retype it as 5–10 with the cell formatted as Text")]),
    ("value a spreadsheet made into a date (10-May)", [claim(1, value="10-May")],
     [(2, "value", "10-May", "such as '5-10'", "retype it as 5–10 with the cell formatted as Text")]),
    ("value a spreadsheet made into a date (Oct-50)", [claim(1, value="Oct-50")],
     [(2, "value", "Oct-50", "such as '10-50'", "retype it as 10–50 with the cell formatted as Text")]),
    ("value a spreadsheet made into a full date", [claim(1, value="10-May-05")],
     [(2, "value", "10-May-05", "is a date, not a figure",
       "retype the figure as the source gives it, with the cell formatted as Text")]),
    ("range a spreadsheet made into a date", [claim(1, range="5-Oct")],
     [(2, "range", "5-Oct", "such as '5-10'", "retype it as 5–10 with the cell formatted as Text")]),
    # --- unit column
    ("unit that is not a unit", [claim(1, value="about 5,000", unit="furlongz")],
     [(2, "unit", "furlongz", "unknown unit 'furlongz'; use one of", "")]),
    ("unit misspelt", [claim(1, value="about 5,000", unit="peple")],
     [(2, "unit", "peple", "unknown unit 'peple'", "did you mean people?")]),
    ("unit no unit is close to", [claim(1, value="about 5,000", unit="bananas")],  # was 'did you mean albanians?'
     [(2, "unit", "bananas", "unknown unit 'bananas'", "")]),
    ("unit that disagrees with the figure's own", [claim(1, value="30–50%", unit="person")],
     [(2, "value", "30–50%", "'30–50%' is a plain number or percent (percent), but this row's unit is "
                             "'person' (a count of people)", "correct the unit, or clear it to use the figure's own")]),
    # --- one dimension per metric
    ("a duration among counts of people", [claim(1), claim(2), claim(3, value="5+ years")],
     [(4, "value", "5+ years", "'5+ years' is a duration (year), but metric 'crossers' is a count of people "
                               "(like 2 of its 3 claims, e.g. row 2)", "use a figure of the same kind, or another metric")]),
    ("the first claim decides a tie", [claim(1), claim(2, value="5+ years")],
     [(3, "value", "5+ years", "is a count of people (like its first claim, row 2)", None)]),
    ("currencies count as one dimension",
     [claim(1, metric="price", value="10-20 yuan"), claim(2, metric="price", value="$100–$1,000")], []),
    ("a bare number takes the unit the metric's other claims state",
     [claim(1), claim(2, value="about 5,000")], []),
    ("a bare number is read in the unit it takes: '1.000' people may be 1,000",  # it read as 1 person
     [claim(1), claim(2, value="1.000")],
     [(3, "value", "1.000", "has three decimals, which a count, a price or a measure seldom has: is '.' a thousands "
                            "separator (1,000)? Write '1,000', or the decimal without its trailing digits — read in person, the unit "
                            "its metric's other claims state",
       "write the figure with its unit, or give the metric's unit in metrics.csv")]),
    ("range's unit counts, not value's", [claim(1), claim(2, value="half of them", range="2,000 people")], []),
]

METRICS_CASES = [
    ("metrics.csv fixes the dimension, even against most claims",
     [claim(1, value="30–50%"), claim(2, value="10–20%"), claim(3, value="about 5,000")],
     [(2, "value", "30–50%", "'30–50%' is a plain number or percent (percent), but metric 'crossers' is a count "
                             "of people: its unit in metrics.csv is person", "check the metric, or the figure"),
      (3, "value", "10–20%", "but metric 'crossers' is a count of people", None)]),
    ("a bare number is read in the metrics.csv unit", [claim(1, value="about 5,000")], []),
    ("a unit cell of another dimension than metrics.csv's", [claim(1, value="5,000", unit="%")],
     [(2, "unit", "%", "unit '%' is a plain number or percent, but metric 'crossers' is a count of people "
                       "(its unit in metrics.csv is person)", None)]),
]

DATE_CASES = [
    ("published", "2005-13-01", "'2005-13-01' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("published", "2005-02-30", "'2005-02-30' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("published", "2005-00", "'2005-00' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("published", "0000", "'0000' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("accessed", "0000-01-01", "'0000-01-01' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("published", "last year", "'last year' is not a date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("published", "2027", "'2027' is in the future (today is 2026-01-15)", "check the year"),
    ("published", "2026-02", "'2026-02' is in the future (today is 2026-01-15)", "check the year"),
    ("published", "2026-01-16", "'2026-01-16' is in the future (today is 2026-01-15)", "check the year"),
    ("published", "12/10/2005", "'12/10/2005' looks like a spreadsheet date format; dates must be YYYY-MM-DD",
     "write 2005-10-12 or 2005-12-10 (whichever the source means), with the cell formatted as Text"),
    ("published", "25/12/2005", "looks like a spreadsheet date format",
     "write 2005-12-25, with the cell formatted as Text"),
    ("published", "10-Dec-05", "'10-Dec-05' looks like a spreadsheet date format",
     "write 2005-12-10, with the cell formatted as Text"),
    ("published", "Dec-05", "looks like a spreadsheet date format", "write 2005-12, with the cell formatted as Text"),
    ("published", "2005-12-10 00:00:00", "looks like a spreadsheet date format",
     "write 2005-12-10, with the cell formatted as Text"),
    ("accessed", "2005-02-30", "'2005-02-30' is not a real date", "use YYYY, YYYY-MM or YYYY-MM-DD"),
    ("accessed", "2027-01-01", "is in the future", "check the year"),
    ("accessed", "2005-11", "accessed '2005-11' is before published '2005-12-10'",
     "check both dates: a source cannot be read before it is published"),
    ("accessed", "2004", "accessed '2004' is before published '2005-12-10'", None),
    ("period", "2010-2005", "period '2010-2005' ends before it starts", "write 2005-2010"),
    ("period", "2005–2010", "'2005–2010' is not a period; use YYYY or YYYY-YYYY", "write 2005-2010"),
    ("period", "mid-2000s", "'mid-2000s' is not a period", "e.g. 2005 or 2005-2010"),
    ("url", "www.taipeitimes.com/News", "is not an http(s) web address", "write https://www.taipeitimes.com/News"),
    ("url", "ftp://example.org/x", "'ftp://example.org/x' is not an http(s) web address",
     "write the full address, starting https:// or http://"),
    ("url", "https://", "is not an http(s) web address", None),
    ("url", "https://example.org/a b", "contains spaces", None),
    ("derived_from", "c9", "derived_from 'c9' is not the claim_id of any claim in this file",
     "name an existing claim_id, or leave it blank"),
    ("derived_from", "C2", "is not the claim_id of any claim", "did you mean c2?"),
    ("derived_from", "c1", "derived_from 'c1' is this claim's own claim_id", None),
]

VALID_CELLS = [
    ("published", "2005"), ("published", "2005-12"), ("published", "2026-01-15"),
    ("accessed", "2005-12"), ("accessed", "2005-12-10"), ("accessed", "2026-01-15"),
    ("period", "2005"), ("period", "2005-2010"), ("period", "2005-2005"),
    ("url", "https://www.taipeitimes.com/News/world/archives/2005/12/10/2003283830"),
    ("url", "http://example.org"), ("derived_from", "c2"), ("unit", "people"), ("unit", "persons"),
]


def named(loc) -> str:
    """How problems name the claims table at `loc`: the file's path, or the database's claims table."""
    return str(loc) if isinstance(loc, Path) else backend.written(loc)


def validate(loc, **kw) -> list[Problem]:
    """Every problem of the table at `loc` (a file or a database), as `store.validate` gives a file's."""
    return backend.read(loc, **kw).problems


def check(problems: list[Problem], expected: list[tuple], loc) -> None:
    assert [(p.row, p.column, p.value) for p in problems] == [e[:3] for e in expected], \
        "\n".join(map(str, problems))
    assert {p.file for p in problems} <= {named(loc)}
    for p, (_, _, _, phrase, fix) in zip(problems, expected):
        assert phrase in p.message
        if fix is not None:
            assert p.fix == fix


FILE_ONLY = {
    "claim_id used twice: the second is the problem":
        "the database's unique index on claim_id refuses a second 'c1' (test_a_database_holds_a_claim_id_once); "
        "one padded with spaces is held, and reported alike on both",
}
"""CASES that a database cannot hold, and why; each runs on the file only."""

RULE_RUNS = [(backend_name, *case) for case in CASES for backend_name in ("csv", "postgres")
             if backend_name == "csv" or case[0] not in FILE_ONLY]


@pytest.mark.parametrize("backend_name,rows,expected", [run[:1] + run[2:] for run in RULE_RUNS],
                         ids=[f"{run[0]}-{run[1]}" for run in RULE_RUNS])
def test_rule(table_at, rows, expected):
    loc = table_at(rows)
    check(validate(loc, today=TODAY), expected, loc)


@pytest.mark.parametrize("rows,expected", [c[1:] for c in METRICS_CASES], ids=[c[0] for c in METRICS_CASES])
def test_rule_with_metrics_csv(table_at, rows, expected):
    loc = table_at(rows, metrics=PEOPLE)
    check(validate(loc, today=TODAY), expected, loc)


@pytest.mark.parametrize("column,value,phrase,fix", DATE_CASES, ids=[f"{c[0]}={c[1]}" for c in DATE_CASES])
def test_cell_rule(table_at, column, value, phrase, fix):
    loc = table_at([claim(1, **{column: value}), claim(2)])
    check(validate(loc, today=TODAY), [(2, column, value, phrase, fix)], loc)


@pytest.mark.parametrize("column,value", VALID_CELLS, ids=[f"{c}={v}" for c, v in VALID_CELLS])
def test_valid_cell(table_at, column, value):
    assert validate(table_at([claim(1, **{column: value}), claim(2)]), today=TODAY) == []


def test_the_problem_line_names_file_row_column_value_and_fix(table_at):
    loc = table_at([claim(1), claim(2, published="2005-13-01")])
    [problem] = validate(loc, today=TODAY)
    assert str(problem) == f"{named(loc)}:3:published: '2005-13-01' is not a real date; use YYYY, YYYY-MM or YYYY-MM-DD"
    assert problem == Problem(named(loc), 3, "published", "2005-13-01", "'2005-13-01' is not a real date",
                              "use YYYY, YYYY-MM or YYYY-MM-DD")


def test_every_problem_of_a_row_is_reported_in_column_order(table_at):
    loc = table_at([claim(1, metric="Bad Metric", published="2005-13-01", url="ftp://x", publisher="")])
    assert [(p.row, p.column) for p in validate(loc, today=TODAY)] == [
        (2, "metric"), (2, "publisher"), (2, "published"), (2, "url")]


def test_rows_with_problems_are_left_out_and_the_rest_returned(table_at):
    table = backend.read(table_at([claim(1), claim(2, published="2005-13-01"), claim(3), claim(4, value="banana")]),
                         today=TODAY)
    frame, problems = table.claims, table.problems
    assert frame["claim_id"].tolist() == ["c1", "c3"]
    assert frame["row"].tolist() == [2, 4]
    assert [p.row for p in problems] == [3, 5]


def test_a_row_left_out_for_its_dimension_does_not_hide_the_majority(table_at):
    table = backend.read(table_at([claim(1), claim(2, value="about 5,000"), claim(3, value="5+ years")]), today=TODAY)
    frame, problems = table.claims, table.problems
    assert frame[["claim_id", "unit"]].values.tolist() == [["c1", "person"], ["c2", "person"]]
    assert [(p.row, p.column) for p in problems] == [(4, "value")]


def test_a_database_holds_a_claim_id_once(pg_url, claims_file):
    """On PostgreSQL the claims table's unique index refuses a claim_id written twice, even in SQL, and the
    table keeps its last version: the file-only case of the duplicate rule. (Ids that differ only in
    spaces are held, and reported alike on both backends: "claim_id used twice, once padded".)"""
    import psycopg

    from conftest import put_as_is

    put_as_is(claims_file([claim(1), claim(2)]), pg_url)
    with pytest.raises(psycopg.errors.UniqueViolation, match="claims_claim_id"):
        put_as_is(claims_file([claim(1), claim(2), claim(1)]), pg_url)
    assert [r["claim_id"] for r in backend.claims_rows(pg_url)] == ["c1", "c2"]


def test_today_defaults_to_the_real_date(table_at):
    assert validate(table_at([claim(1, published="2999")]))[0].message.startswith("'2999' is in the future")


def test_low_above_high_is_a_problem_even_if_the_parser_allowed_it(table_at, monkeypatch):
    from claims import rules
    from claims.ranges import Range
    monkeypatch.setattr(rules, "parse_range", lambda text, unit=None: Range(50.0, 30.0, "percent", "interval", text))
    loc = table_at([claim(1, value="50 to 30 percent", metric="share")])
    check(validate(loc, today=TODAY),
          [(2, "value", "50 to 30 percent", "'50 to 30 percent' reads as 50–30%: the low end is above the high end",
            "write the smaller number first")], loc)


RATES = 'metric,label,description,unit\nhomicide_rate,Homicide rate,,"per 100,000 people"\n'


def test_a_metric_per_so_many_people_takes_rates_per_any_of_them_and_refuses_the_rest(table_at):
    rows = [claim(1, metric="homicide_rate", value="8 per 100,000 people"),
            claim(2, metric="homicide_rate", value="0.5 per 1,000 inhabitants"),
            claim(3, metric="homicide_rate", value="about 12"),
            claim(4, metric="homicide_rate", value="45 per 100,000"),
            claim(5, metric="homicide_rate", value="30%")]
    table = backend.read(table_at(rows, metrics=RATES), today=TODAY)
    assert table.claims[["claim_id", "low", "unit"]].values.tolist() == [
        ["c1", 8, "1/hundred_thousand_people"], ["c2", 0.5, "1/thousand_people"],
        ["c3", 12, "1/hundred_thousand_people"]]
    assert [(p.row, p.column) for p in table.problems] == [(5, "value"), (6, "value")]
    assert "rate per many only per 1,000, 10,000, 100,000 (a lakh) or a million people" in table.problems[0].message
    assert "number per count of people" in table.problems[1].message
