"""Shared helpers: claims files written into tmp_path, never the bundled data."""
from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

TODAY = date(2026, 1, 15)
"""The `today` the validation tests run on, so "not in the future" does not drift."""

NO_METRICS = "metric,label,description,unit\n"

SESSION_CACHE = tempfile.mkdtemp(prefix="claims-tests-cache-")
os.environ["CLAIMS_CACHE_DIR"] = SESSION_CACHE
"""The cache folder of the test session, set before a test module imports claims (whose unit registry keeps
pint's parsed definitions there): loaded tables and parsed units are never cached in the user's folder."""


def claim(n: int = 1, **fields: str) -> dict[str, str]:
    """A valid claim (claim_id c{n}) with `fields` changed."""
    row = {"claim_id": f"c{n}", "metric": "crossers", "value": "2,000–3,000 people",
           "source_title": "Report on crossings", "publisher": "Taipei Times", "published": "2005-12-10"}
    row.update(fields)
    return row


def csv_text(rows: list[dict[str, str]], columns: list[str] | None = None, delimiter: str = ",") -> str:
    """CSV text of `rows` with `columns` (default: every key used, in first-seen order)."""
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows for k in r))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([r.get(c, "") for c in columns])
    return out.getvalue()


@pytest.fixture
def claims_file(tmp_path: Path):
    """Write claims (rows or raw text/bytes) to tmp_path/claims.csv, with a metrics.csv beside it.

    metrics: the metrics.csv text (default: header only, so the bundled table is never used).
    """

    def write(rows: list[dict[str, str]] | str | bytes, *, metrics: str = NO_METRICS,
              columns: list[str] | None = None, delimiter: str = ",", encoding: str = "utf-8",
              name: str = "claims.csv") -> Path:
        path = tmp_path / name
        if isinstance(rows, list):
            rows = csv_text(rows, columns, delimiter)
        if isinstance(rows, str):
            rows = rows.encode(encoding)
        path.write_bytes(rows)
        (tmp_path / "metrics.csv").write_text(metrics, encoding="utf-8")
        return path

    return write


@pytest.fixture(autouse=True, scope="session")
def private_cache_folder():
    """The session's cache folder (SESSION_CACHE) is removed at its end."""
    yield
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


# --- PostgreSQL (issue 16): one throwaway server per session, a fresh database per test -------------

@pytest.fixture(scope="session")
def pg_server():
    """A running PostgreSQL server (tests/pgcluster.py); skips where none can start, fails under CI."""
    import pgcluster

    why = pgcluster.available()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL tests cannot run under CI: {why}")
        pytest.skip(why)
    cluster = pgcluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_database(pg_server) -> str:
    """One database for the session's tests, emptied before each (`pg_url`): making a database per
    test costs a quarter of a second, emptying one a few milliseconds."""
    import psycopg

    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute('CREATE DATABASE "tests"')
    return pg_server.url.rsplit("/", 1)[0] + "/tests"


@pytest.fixture
def pg_url(pg_database) -> str:
    """The URL of an empty database (no tables, as a new one) on the session's server."""
    import psycopg

    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return pg_database


def put_as_is(path: Path, url: str) -> None:
    """A claims file's cells (and the metrics.csv and reviews.csv beside it) into the database exactly
    as written, problems included: a table edited in SQL, whose problems every reader must report as
    it reports a file's. `db load` refuses an invalid file, so tests of problems put tables in this way."""
    import sqlalchemy as sa

    from claims import paths, pgstore, reviews

    pgstore.migrate(url)
    files = {"claims": (path, pgstore.COLUMNS), "metrics": (paths.metrics_path_for(path), pgstore.METRIC_COLUMNS),
             "reviews": (reviews.reviews_path_for(path), pgstore.REVIEW_COLUMNS)}
    with pgstore.connection(url) as conn:
        for table, (file, known) in files.items():
            conn.execute(sa.text(f"DELETE FROM {table}"))
            if file.is_file() and file.stat().st_size:
                columns, rows = pgstore._cells(file, known)
                pgstore._copy_in(conn, table, columns, rows)
        pgstore._bump(conn)


def on_file(loc) -> bool:
    """Whether a table location is a file (else it is a database URL)."""
    return isinstance(loc, Path)


def table_bytes(loc) -> bytes:
    """The claims table: the file's bytes, or the database's table as the canonical CSV (`db dump`)."""
    from claims import pgstore

    return loc.read_bytes() if on_file(loc) else pgstore.dump(loc)


def stored(loc) -> tuple:
    """Everything an import could write: the claims file and the reviews.csv beside it (None when
    there is none), or the database's tables as CSV and its revision."""
    from claims import pgstore, reviews

    if on_file(loc):
        beside = reviews.reviews_path_for(loc)
        return loc.read_bytes(), beside.read_bytes() if beside.exists() else None
    snap = pgstore.snapshot(loc)
    return snap.claims, snap.metrics, snap.reviews, snap.revision


@contextmanager
def held_lock(loc, table: str = "claims") -> Iterator[None]:
    """Another import writing, for as long as this lasts: it holds the lock file of the claims file (or
    of the reviews.csv beside it, `table="reviews"`), or the database's tables' write lock."""
    if on_file(loc):
        from filelock import FileLock

        name = loc.name if table == "claims" else "reviews.csv"
        with FileLock(str(loc.parent / f".{name}.lock")):
            yield
        return
    import psycopg

    with psycopg.connect(loc) as conn:  # the transaction, and the lock, end with the block
        conn.execute("LOCK TABLE claims, reviews IN EXCLUSIVE MODE")
        yield


@pytest.fixture(params=["csv", "postgres"])
def backend_name(request) -> str:
    """The backend a test runs on (issue 16): every test that takes it runs once on each."""
    return request.param


@pytest.fixture
def table_at(backend_name, claims_file, request):
    """Like `claims_file`, but returns where the table is on the test's backend: the file itself, or a
    fresh database holding exactly its cells (`put_as_is`). Calling it again replaces the table."""

    def write(rows, **kw):
        path = claims_file(rows, **kw)
        if backend_name == "csv":
            return path
        url = request.getfixturevalue("pg_url")
        put_as_is(path, url)
        return url

    return write


# --- the dashboard, run for real with AppTest ------------------------------------------------------------

def open_dashboard(monkeypatch, data=None, **params):
    """The dashboard (app.py) run once with AppTest on `data` (a claims file or database URL; None: the
    bundled table), with `params` as the link's query string; fresh caches, and no exception."""
    from pathlib import Path as _Path

    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    st.cache_resource.clear()
    if data is None:
        monkeypatch.delenv("CLAIMS_DATA", raising=False)
    else:
        monkeypatch.setenv("CLAIMS_DATA", str(data))
    at = AppTest.from_file(str(_Path(__file__).resolve().parent.parent / "app.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at
