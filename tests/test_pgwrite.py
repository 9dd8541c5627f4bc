"""Imports and undo on the PostgreSQL table (issue 16), against a real server: one transaction per
import, conflicts instead of lost updates, revisions and undo, the permission re-check, busy."""
from __future__ import annotations

import threading

import psycopg
import pytest

from claims import access, pgstore, pgwrite
from claims.importer import REVIEWS, ImportRefused, StalePlan, UndoRefused
from claims.writer import claims_csv
from conftest import claim, csv_text

pytestmark = pytest.mark.postgres
EDITOR = access.cli_editor()


@pytest.fixture
def db(pg_url, claims_file) -> str:
    pgstore.load_file(claims_file(claims_csv([claim(1), claim(2, publisher="AFP")])), pg_url)
    return pg_url


def _ids(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute("SELECT claim_id FROM claims ORDER BY position")]


def _import(url, rows, **kw):
    return pgwrite.apply_import(pgwrite.plan_import(url, csv_text(rows).encode(), name="new.csv", **kw), EDITOR)


def test_an_import_adds_rows_in_one_transaction_and_bumps_the_revision(db):
    summary = _import(db, [claim(3, publisher="Reuters"), claim(4, publisher="BBC")])
    assert summary.added == ("c3", "c4") and summary.rows == 4 and summary.entry
    assert _ids(db) == ["c1", "c2", "c3", "c4"]
    assert pgstore.revision(db) == 2
    assert [e.keys for e in pgwrite.history(db)] == [("c3", "c4")]


def test_importing_the_same_file_twice_changes_nothing(db):
    _import(db, [claim(3, publisher="Reuters")])
    again = _import(db, [claim(3, publisher="Reuters")])
    assert (again.added, again.skipped, again.entry) == ((), 1, 0)
    assert pgstore.revision(db) == 2


def test_an_invalid_file_writes_nothing_and_names_row_and_column(db):
    plan = pgwrite.plan_import(db, csv_text([claim(3, published="2099")]).encode(), name="new.csv")
    assert not plan.ok
    assert [(p.file, p.row, p.column) for p in plan.plan.problems] == [("new.csv", 2, "published")]
    with pytest.raises(ImportRefused):
        pgwrite.apply_import(plan, EDITOR)
    assert _ids(db) == ["c1", "c2"] and pgstore.revision(db) == 1


def test_a_changed_claim_is_a_conflict_until_the_editor_asks_to_update_and_then_its_version_grows(db):
    plan = pgwrite.plan_import(db, csv_text([claim(1, value="5,000 people")]).encode(), name="new.csv")
    assert not plan.ok and plan.plan.conflicts[0].changes[0].column == "value"
    pgwrite.apply_import(pgwrite.plan_import(db, csv_text([claim(1, value="5,000 people")]).encode(),
                                             name="new.csv", update=True), EDITOR)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT value, version FROM claims WHERE claim_id = 'c1'").fetchone() == ("5,000 people", 2)


def test_two_editors_changing_one_claim_from_the_same_preview_the_second_gets_a_conflict(db):
    first = pgwrite.plan_import(db, csv_text([claim(1, value="5,000 people")]).encode(), name="a.csv", update=True)
    second = pgwrite.plan_import(db, csv_text([claim(1, value="7,000 people")]).encode(), name="b.csv", update=True)
    pgwrite.apply_import(first, EDITOR)
    with pytest.raises(StalePlan) as stale:
        pgwrite.apply_import(second, EDITOR)
    change = stale.value.plan.rows[0].changes[0]  # the new preview: against the first editor's value
    assert (change.column, change.old, change.new) == ("value", "5,000 people", "7,000 people")
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT value FROM claims WHERE claim_id = 'c1'").fetchone() == ("5,000 people",)


def test_a_row_edited_behind_the_plans_back_is_never_overwritten(db):
    plan = pgwrite.plan_import(db, csv_text([claim(1, value="5,000 people")]).encode(), name="a.csv", update=True)
    with psycopg.connect(db) as conn:  # an edit that did not go through an import (no new revision)
        conn.execute("UPDATE claims SET value = '9 people', version = version + 1 WHERE claim_id = 'c1'")
    with pytest.raises(StalePlan):
        pgwrite.apply_import(plan, EDITOR)
    with psycopg.connect(db) as conn:
        assert conn.execute("SELECT value FROM claims WHERE claim_id = 'c1'").fetchone() == ("9 people",)


def test_undo_restores_the_rows_before_the_import(db):
    before = pgstore.dump(db)
    _import(db, [claim(3, publisher="Reuters")])
    pgwrite.apply_import(pgwrite.plan_import(db, csv_text([claim(1, value="5,000 people")]).encode(),
                                             name="b.csv", update=True), EDITOR)
    pgwrite.undo_last(db, EDITOR)
    pgwrite.undo_last(db, EDITOR)
    assert pgstore.dump(db) == before
    with pytest.raises(UndoRefused, match="nothing to undo"):
        pgwrite.undo_last(db, EDITOR)


def test_undo_is_refused_when_a_later_import_touched_the_same_rows(db):
    _import(db, [claim(3, publisher="Reuters")])
    first = pgwrite.history(db)[-1].id
    pgwrite.apply_import(pgwrite.plan_import(db, csv_text([claim(3, publisher="Reuters", value="9 people")]).encode(),
                                             name="b.csv", update=True), EDITOR)
    with pytest.raises(UndoRefused, match=r"later imports \(\d+\) changed the same rows \(c3\)"):
        pgwrite.undo_last(db, EDITOR, import_id=first)
    assert "c3" in _ids(db)


def test_twenty_concurrent_imports_all_land_once(db):
    errors: list[BaseException] = []

    def one(i: int) -> None:
        try:
            for attempt in range(20):
                plan = pgwrite.plan_import(db, csv_text([claim(100 + i, publisher=f"P{i}")]).encode(),
                                           name=f"n{i}.csv")
                try:
                    pgwrite.apply_import(plan, EDITOR, same_outcome=False)
                    return
                except StalePlan:
                    continue
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ids = _ids(db)
    assert sorted(ids[2:]) == sorted(f"c{100 + i}" for i in range(20)) and len(ids) == len(set(ids)) == 22
    assert pgstore.revision(db) == 21


def test_reviews_import_into_the_database_and_undo(db):
    rows = "claim_id,rating,explanation,reviewer,reviewed,url\nc1,false,Wrong.,Ann,2025-01-02,\n"
    summary = pgwrite.apply_import(pgwrite.plan_import(db, rows.encode(), name="r.csv", kind=REVIEWS), EDITOR)
    assert summary.added == ("c1 by Ann on 2025-01-02",)
    from claims import backend

    assert backend.read(db).reviews.latest["c1"].rating == "false"
    pgwrite.undo_last(db, EDITOR, kind=REVIEWS)
    assert backend.read(db).reviews.latest == {}


def test_two_real_servers_on_one_database_see_every_import_from_every_machine(db, tmp_path, claims_file):
    """Two dashboard servers on one database; 20 imports at once from separate processes (command-line
    imports, as from two editors' machines, half with each server's settings); every import lands
    once, and each server's next answer shows all of them."""
    import json
    import subprocess
    import sys
    import urllib.request

    from servers import ROOT, streamlit_server

    def total(url: str) -> int:
        with urllib.request.urlopen(f"{url}/api/claims.json?limit=1", timeout=60) as reply:
            return json.loads(reply.read())["total"]

    with streamlit_server(db, tmp_path / "a.log") as server_a, streamlit_server(db, tmp_path / "b.log") as server_b:
        assert total(server_a) == total(server_b) == 2
        files = []
        for i in range(20):
            path = tmp_path / f"new{i}.csv"
            path.write_text(csv_text([claim(200 + i, publisher=f"Outlet {i}")]), encoding="utf-8")
            files.append(path)
        runs = [subprocess.Popen([sys.executable, "-m", "claims", "--data", db, "import", str(f)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for f in files]
        results = [(r.wait(timeout=300), r.stderr.read().decode()) for r in runs]
        assert all(code == 0 for code, _ in results), results
        ids = _ids(db)
        assert len(ids) == len(set(ids)) == 22
        assert total(server_a) == total(server_b) == 22  # each server's next read sees every import


def test_the_history_says_what_each_import_added_updated_and_skipped(db):
    _import(db, [claim(3, publisher="Reuters")])
    pgwrite.apply_import(pgwrite.plan_import(db, csv_text([claim(3, publisher="Reuters"), claim(1, value="9 people")])
                                             .encode(), name="b.csv", update=True), EDITOR)
    first, second = pgwrite.history(db)
    assert (first.added, first.updated, first.skipped) == (("c3",), (), 0)
    assert (second.added, second.updated, second.skipped) == ((), ("c1",), 1)
    assert second.describe().startswith(f"import {second.id}, b.csv by ") and second.seq == second.id


def test_migrations_add_to_a_database_made_by_an_earlier_version(pg_url):
    import sqlalchemy as sa

    with pgstore.connection(pg_url) as conn:  # a database at schema version 1, as the first release made it
        pgstore.MIGRATIONS[0].apply(conn)
        conn.execute(sa.text("ALTER TABLE imports DROP COLUMN skipped"))
        conn.execute(sa.text("INSERT INTO meta VALUES ('schema_version', '1')"))
    assert pgstore.migrate(pg_url) == 2
    with pgstore.connection(pg_url) as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM information_schema.columns WHERE table_name = 'imports' "
                                    "AND column_name = 'skipped'")).scalar() == 1


def test_the_add_claims_page_imports_into_the_database_and_undoes(db, monkeypatch):
    """The editors' page on a database: upload, preview, confirm, what changed, history, undo."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from servers import ROOT

    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv("CLAIMS_DATA", db)
    monkeypatch.setenv("CLAIMS_EDITING", "local")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/add_claims.py").run()
    assert not at.exception, at.exception
    assert any(db in c.value for c in at.caption)
    at.file_uploader[0].upload("new.csv", csv_text([claim(3, publisher="Reuters")]).encode(), "text/csv").run()
    assert not at.exception, at.exception
    at.button(key="add_claims.confirm").click().run()
    assert not at.exception, at.exception
    assert "1 added, 0 updated, 0 skipped" in " ".join(s.value for s in at.success)
    assert _ids(db) == ["c1", "c2", "c3"]
    assert at.dataframe[-1].value["file"].tolist() == ["new.csv"]  # the history of imports
    at.button(key="add_claims.undo").click().run()
    at.button(key="add_claims.undo_yes").click().run()
    assert not at.exception, at.exception
    assert any(s.value.startswith("Undone: import ") for s in at.success)
    assert _ids(db) == ["c1", "c2"]
