"""The claims table on PostgreSQL (issue 16): schema, load, dump and reading, against a real server."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claims import pgstore
from claims.paths import DATA_DIR
from claims.store import read_claims
from claims.writer import claims_csv
from conftest import claim, csv_text

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.postgres


def test_migrations_bring_an_empty_database_to_the_latest_schema_once(pg_url):
    assert pgstore.revision(pg_url) == 0
    assert pgstore.migrate(pg_url) == pgstore.MIGRATIONS[-1].version
    assert pgstore.migrate(pg_url) == pgstore.MIGRATIONS[-1].version  # again: nothing to do
    assert pgstore.revision(pg_url) == 0


def test_the_bundled_table_loads_and_dumps_back_byte_for_byte(pg_url):
    assert pgstore.load_file(DATA_DIR / "claims.csv", pg_url) == 69
    assert pgstore.dump(pg_url) == (DATA_DIR / "claims.csv").read_bytes()
    assert pgstore.revision(pg_url) == 1


def test_a_generated_table_round_trips_byte_for_byte(pg_url, tmp_path):
    path = tmp_path / "claims.csv"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "10000", str(path), "--seed", "3"],
                   check=True, capture_output=True)
    pgstore.load_file(path, pg_url)
    assert pgstore.dump(pg_url) == path.read_bytes()


def test_reading_from_the_database_gives_the_same_frame_and_readings_as_the_file(pg_url):
    pgstore.load_file(DATA_DIR / "claims.csv", pg_url)
    from_file, file_problems = read_claims(DATA_DIR / "claims.csv")
    with pgstore.as_files(pg_url) as (path, snap):
        from_db, db_problems = read_claims(path)
        assert (path.parent / "metrics.csv").read_bytes() == (DATA_DIR / "metrics.csv").read_bytes()
    assert file_problems == db_problems == []
    assert from_db.equals(from_file)


def test_an_invalid_file_writes_nothing(pg_url, claims_file):
    good = claims_file(claims_csv([claim(1)]), name="good.csv")
    pgstore.load_file(good, pg_url)
    bad = claims_file([claim(1), claim(2, published="2099")], name="claims.csv")
    with pytest.raises(pgstore.LoadRefused) as refused:
        pgstore.load_file(bad, pg_url, replace=True)
    assert refused.value.problems[0].row == 3 and refused.value.problems[0].column == "published"
    assert pgstore.dump(pg_url) == good.read_bytes() and pgstore.revision(pg_url) == 1


def test_a_database_holding_claims_is_not_overwritten_without_replace(pg_url, claims_file):
    first = claims_file(claims_csv([claim(1)]), name="a.csv")
    pgstore.load_file(first, pg_url)
    with pytest.raises(pgstore.LoadRefused, match="already holds 1 claims"):
        pgstore.load_file(claims_file([claim(2)], name="b.csv"), pg_url)
    assert pgstore.dump(pg_url) == first.read_bytes()


def test_an_unreachable_database_is_one_line_naming_it_without_the_password():
    url = "postgresql://editor:secret@127.0.0.1:1/claims"
    with pytest.raises(pgstore.DatabaseError) as failed:
        pgstore.revision(url)
    message = str(failed.value)
    assert "postgresql://editor@127.0.0.1:1/claims" in message and "secret" not in message
    assert "\n" not in message


def test_both_backends_read_the_same_table(pg_url, tmp_path):
    from claims import backend

    for name in ("claims.csv", "metrics.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "reviews.csv").write_text("claim_id,rating,explanation,reviewer,reviewed,url\n"
                                          "afp-2010-bride-price,supported,,Bo Park,2025-03-01,\n", encoding="utf-8")
    pgstore.load_file(tmp_path / "claims.csv", pg_url)
    from_file, from_db = backend.read(tmp_path / "claims.csv"), backend.read(backend.location(pg_url))
    assert from_db.claims.equals(from_file.claims)
    assert from_db.metrics == from_file.metrics and from_db.problems == from_file.problems == []
    assert from_db.reviews.latest == from_file.reviews.latest
    assert from_db.version == ("database", pg_url, 1)


def test_problems_read_from_the_database_name_its_tables(pg_url, claims_file):
    pgstore.load_file(claims_file(claims_csv([claim(1)])), pg_url)
    import psycopg

    with psycopg.connect(pg_url) as conn:  # a row a later schema or a hand edit could leave behind
        conn.execute("UPDATE claims SET published = '2099' WHERE claim_id = 'c1'")
    from claims import backend

    table = backend.read(pg_url)
    assert table.claims.empty
    assert [(p.file, p.row, p.column) for p in table.problems] == [(f"{pg_url}#claims", 2, "published")]


def test_the_dashboard_reads_the_database_and_sees_a_write_at_its_next_rerun(pg_url, monkeypatch, claims_file):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    pgstore.load_file(DATA_DIR / "claims.csv", pg_url)
    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv("CLAIMS_DATA", pg_url)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert len(at.dataframe[-1].value) == 69
    pgstore.load_file(claims_file(claims_csv([claim(1)])), pg_url, replace=True)  # another server's write
    at.run()
    assert list(at.dataframe[-1].value["claim_id"]) == ["c1"]


def test_db_load_and_dump_on_the_command_line(pg_url, tmp_path, capsys):
    from claims.cli import main

    assert main(["db", "load", str(DATA_DIR / "claims.csv"), "--to", pg_url]) == 0
    assert "69 claims loaded" in capsys.readouterr().err
    out = tmp_path / "dumped.csv"
    assert main(["db", "dump", pg_url, "-o", str(out)]) == 0
    assert "with metrics.csv and reviews.csv beside it" in capsys.readouterr().err
    assert out.read_bytes() == (DATA_DIR / "claims.csv").read_bytes()
    assert (tmp_path / "metrics.csv").read_bytes() == (DATA_DIR / "metrics.csv").read_bytes()
    assert (tmp_path / "reviews.csv").read_bytes() == (DATA_DIR / "reviews.csv").read_bytes()
    assert main(["db", "load", str(DATA_DIR / "claims.csv"), "--to", pg_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "already holds 69 claims" in err and "Traceback" not in err


def test_a_dump_and_a_load_of_it_keep_the_metrics_and_every_review(pg_url, tmp_path, capsys):
    """A backup restored with --replace loses nothing: the reviews and metrics travel with the claims."""
    from claims.cli import main

    folder = tmp_path / "table"
    folder.mkdir()
    for name in ("claims.csv", "metrics.csv"):
        (folder / name).write_bytes((DATA_DIR / name).read_bytes())
    reviewed = "claim_id,rating,explanation,reviewer,reviewed,url\nafp-2010-bride-price,misleading,One province.,Ann,2026-01-02,\n"
    (folder / "reviews.csv").write_text(reviewed, encoding="utf-8")
    assert main(["db", "load", str(folder / "claims.csv"), "--to", pg_url]) == 0
    backup = tmp_path / "backup" / "claims.csv"
    backup.parent.mkdir()
    assert main(["db", "dump", pg_url, "-o", str(backup)]) == 0
    assert [(backup.parent / n).read_bytes() for n in ("claims.csv", "metrics.csv", "reviews.csv")] == \
        [(folder / n).read_bytes() for n in ("claims.csv", "metrics.csv", "reviews.csv")]
    bare = tmp_path / "bare" / "claims.csv"  # a claims file with no reviews.csv beside it
    bare.parent.mkdir()
    bare.write_bytes((DATA_DIR / "claims.csv").read_bytes())
    assert main(["db", "load", str(bare), "--to", pg_url, "--replace"]) == 1
    err = capsys.readouterr().err  # it never deletes the database's reviews
    assert "holds 1 review and" in err and "has no reviews.csv beside it" in err and "nothing was written" in err
    assert pgstore.snapshot(pg_url).reviews == reviewed.encode()
    (backup.parent / "reviews.csv").write_text(reviewed.splitlines()[0] + "\n", encoding="utf-8")
    assert main(["db", "load", str(backup), "--to", pg_url, "--replace"]) == 0  # a reviews.csv says which to keep
    assert pgstore.snapshot(pg_url).reviews.count(b"\n") == 1
    (backup.parent / "reviews.csv").write_text(reviewed, encoding="utf-8")
    assert main(["db", "load", str(backup), "--to", pg_url, "--replace"]) == 0
    assert pgstore.snapshot(pg_url).reviews == reviewed.encode()
    capsys.readouterr()


def test_db_load_of_an_invalid_file_prints_its_problems_and_writes_nothing(pg_url, claims_file, capsys):
    from claims.cli import main

    bad = claims_file([claim(1, published="2099")])
    assert main(["db", "load", str(bad), "--to", pg_url]) == 1
    out, err = capsys.readouterr()
    assert f"{bad}:2:published: '2099' is in the future" in out
    assert "nothing was written" in err
    assert pgstore.revision(pg_url) == 0 or pgstore.dump(pg_url).count(b"\n") == 1


def test_db_commands_refuse_a_path_where_a_url_belongs(capsys):
    from claims.cli import main

    assert main(["db", "dump", "claims.csv"]) == 2
    assert "is not a database URL" in capsys.readouterr().err


def test_reading_commands_take_a_database_and_writing_ones_say_they_need_a_file(pg_url, tmp_path, capsys):
    from claims.cli import main

    pgstore.load_file(DATA_DIR / "claims.csv", pg_url)
    capsys.readouterr()
    assert main(["--data", pg_url, "validate"]) == 0
    assert capsys.readouterr().err == f"{pg_url}: 69 claims, no problems\n"
    assert main(["--data", pg_url, "export", "--format", "csv", "--metric", "bride_price"]) == 0
    from_db = capsys.readouterr().out
    assert main(["--data", str(DATA_DIR / "claims.csv"), "export", "--format", "csv", "--metric", "bride_price"]) == 0
    assert from_db == capsys.readouterr().out
    assert main(["--data", pg_url, "check", "taipeitimes-2005-trafficked-share"]) == 0
    assert "is below every other independent estimate" in capsys.readouterr().out
    new = tmp_path / "new.csv"
    new.write_text(csv_text([claim(1)]), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Brokers paid between 3,000 and 10,000 yuan for each woman, the report said.", encoding="utf-8")
    assert main(["--data", pg_url, "extract", str(article), "--format", "jsonl"]) == 0
    assert "3,000" in capsys.readouterr().out


def test_import_and_undo_on_the_command_line_write_the_database(pg_url, tmp_path, capsys):
    from claims.cli import main

    pgstore.load_file(DATA_DIR / "claims.csv", pg_url)
    new = tmp_path / "new.csv"
    new.write_text(csv_text([claim(1, metric="refugees_in_china", value="50,000 people")]), encoding="utf-8")
    assert main(["--data", pg_url, "import", str(new), "--dry-run"]) == 0
    assert pgstore.revision(pg_url) == 1
    assert main(["--data", pg_url, "import", str(new)]) == 0
    assert "1 added, 0 updated, 0 skipped; the database holds 70 claims and validates" in capsys.readouterr().err
    assert main(["--data", pg_url, "undo", "--list"]) == 0
    assert "1 import can be undone" in capsys.readouterr().err
    assert main(["--data", pg_url, "undo"]) == 0
    assert pgstore.dump(pg_url) == (DATA_DIR / "claims.csv").read_bytes()
    assert main(["--data", pg_url, "undo"]) == 1
    assert capsys.readouterr().err.startswith("error: nothing to undo")
