"""The same behaviour from both backends (issue 16): every test here runs on a CSV file and on a real
PostgreSQL database holding the same table, through `claims.backend`, and must give the same answer."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claims import access, backend, importer, pgstore
from claims.paths import DATA_DIR
from claims.writer import claims_csv
from conftest import claim, csv_text, open_dashboard

ROOT = Path(__file__).resolve().parent.parent
EDITOR = access.cli_editor()
METRICS = "metric,label,description,unit\ncrossers,People crossing,,person\n"


@pytest.fixture(params=["csv", "postgres"])
def where(request, tmp_path):
    """A two-claim table, as a file or in a database; returns its location for `claims.backend`."""
    path = tmp_path / "claims.csv"
    path.write_bytes(claims_csv([claim(1), claim(2, publisher="AFP", value="5,000 people")]))
    (tmp_path / "metrics.csv").write_text(METRICS, encoding="utf-8")
    if request.param == "csv":
        return path
    url = request.getfixturevalue("pg_url")
    pgstore.load_file(path, url)
    return url


def ids(where) -> list[str]:
    return [r["claim_id"] for r in backend.claims_rows(where)]


def imported(where, rows, **kw):
    plan = backend.plan_import(where, csv_text(rows).encode(), name="new.csv", **kw)
    assert plan.ok, plan.problems
    return backend.apply_import(plan, EDITOR)


def test_reading_gives_the_table_its_metrics_and_no_problems(where):
    table = backend.read(where)
    assert list(table.claims["claim_id"]) == ["c1", "c2"] and table.problems == []
    assert list(table.claims["reading"]) == ["2,000–3,000 people", "5,000 people"]
    assert table.metrics["crossers"].label == "People crossing"


def test_an_import_adds_rows_and_a_second_time_skips_them(where):
    first = imported(where, [claim(3, publisher="Reuters")])
    assert first.added == ("c3",) and ids(where) == ["c1", "c2", "c3"]
    again = imported(where, [claim(3, publisher="Reuters")])
    assert (again.added, again.skipped) == ((), 1)


def test_a_changed_claim_is_a_conflict_field_by_field_until_update(where):
    plan = backend.plan_import(where, csv_text([claim(1, value="9 people")]).encode(), name="new.csv")
    assert not plan.ok
    change = plan.conflicts[0].changes[0]
    assert (change.column, change.old, change.new) == ("value", "2,000–3,000 people", "9 people")
    imported(where, [claim(1, value="9 people")], update=True)
    assert backend.read(where).claims.set_index("claim_id").loc["c1", "value"] == "9 people"


def test_an_invalid_file_writes_nothing_and_names_row_and_column(where):
    before = backend.claims_rows(where)
    plan = backend.plan_import(where, csv_text([claim(3, published="2099")]).encode(), name="new.csv")
    assert [(p.file, p.row, p.column) for p in plan.problems] == [("new.csv", 2, "published")]
    with pytest.raises(importer.ImportRefused):
        backend.apply_import(plan, EDITOR)
    assert backend.claims_rows(where) == before


def test_two_editors_from_one_preview_the_second_gets_a_conflict(where):
    first = backend.plan_import(where, csv_text([claim(1, value="7 people")]).encode(), name="a.csv", update=True)
    second = backend.plan_import(where, csv_text([claim(1, value="8 people")]).encode(), name="b.csv", update=True)
    backend.apply_import(first, EDITOR)
    with pytest.raises(importer.StalePlan):
        backend.apply_import(second, EDITOR)
    assert backend.read(where).claims.set_index("claim_id").loc["c1", "value"] == "7 people"


def test_undo_puts_the_rows_back_and_says_when_there_is_nothing_left(where):
    before = backend.claims_rows(where)
    imported(where, [claim(3, publisher="Reuters")])
    imported(where, [claim(2, publisher="AFP", value="6,000 people")], update=True)
    assert len(backend.history(where)) == 2
    backend.undo_last(where, EDITOR)
    backend.undo_last(where, EDITOR)
    assert backend.claims_rows(where) == before
    with pytest.raises(importer.UndoRefused, match="nothing to undo"):
        backend.undo_last(where, EDITOR)


def test_reviews_are_imported_validated_and_read(where):
    rows = "claim_id,rating,explanation,reviewer,reviewed,url\nc1,false,Wrong.,Ann,2025-01-02,\n"
    bad = "claim_id,rating,explanation,reviewer,reviewed,url\nc9,false,,Ann,2025-01-02,\n"
    plan = backend.plan_import(where, bad.encode(), name="r.csv", kind=importer.REVIEWS)
    assert [(p.row, p.column) for p in plan.problems] == [(2, "claim_id")]
    backend.apply_import(backend.plan_import(where, rows.encode(), name="r.csv", kind=importer.REVIEWS), EDITOR)
    assert backend.read(where).reviews.latest["c1"].rating == "false"


def test_the_command_line_exports_and_checks_the_same(where, capsys):
    from claims.cli import main

    assert main(["--data", str(where), "export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"claim_id": "c1"' in out and '"context": {' in out
    assert main(["--data", str(where), "check", "c1"]) == 0
    assert "'2,000–3,000 people' (Taipei Times, 2005-12-10) is below every other independent estimate" \
        in capsys.readouterr().out


def test_the_dashboard_shows_the_table(where, monkeypatch):
    at = open_dashboard(monkeypatch, where)
    assert list(at.dataframe[-1].value["claim_id"]) == ["c1", "c2"]


def test_the_bundled_table_reads_the_same_from_both(pg_url):
    pgstore.load_file(DATA_DIR / "claims.csv", pg_url)
    from_file, from_db = backend.read(DATA_DIR / "claims.csv"), backend.read(pg_url)
    assert from_db.claims.equals(from_file.claims) and from_db.metrics == from_file.metrics


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_generated_tables_read_the_same_from_both(pg_url, tmp_path, seed):
    """Generated tables of every shape the generator makes: the same frame, readings and problems."""
    path = tmp_path / "claims.csv"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "3000", str(path), "--seed", str(seed)],
                   check=True, capture_output=True)
    pgstore.load_file(path, pg_url, replace=True)
    from_file, from_db = backend.read(path), backend.read(pg_url)
    assert from_db.claims.equals(from_file.claims)
    assert pgstore.dump(pg_url) == path.read_bytes()


def test_a_table_without_metrics_has_none_on_either_backend(table_at):
    """An empty metrics table is the database's own, like a header-only metrics.csv: never the bundled one."""
    loc = table_at([claim(1)], metrics="metric,label,description,unit\n")
    table = backend.read(loc)
    assert table.metrics == {} and table.problems == [] and list(table.claims["claim_id"]) == ["c1"]
