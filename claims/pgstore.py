"""The claims table on PostgreSQL, for a desk that runs several app servers or many editors at once.

The CSV file stays the default. With `CLAIMS_DATA=postgresql://user@host/db` the same table, its
metrics and reviews live in one database; every cell is kept as the text the editor wrote (NULL for
an empty cell), rows in their table order (`position`), so that

    python -m claims db load data/claims.csv --to postgresql://…
    python -m claims db dump postgresql://… -o claims.csv

give back the file byte for byte: PostgreSQL's own CSV output (COPY) quotes exactly as the
canonical writer does (`claims.writer`). Reading goes through that CSV and the same reader and
rules as a file, so both backends give the same frame, problems and readings by construction.

`meta.revision` grows by one in every write's transaction: one cheap query tells a server whether
its cached table is stale. Schema changes are numbered migrations (`MIGRATIONS`), applied in order
under an advisory lock and recorded in `meta.schema_version` — a small, tested equivalent of Alembic
for a schema of five tables.
"""
from __future__ import annotations

import io
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from claims.schema import COLUMNS, METRIC_COLUMNS

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")

REVIEW_COLUMNS: tuple[str, ...] = ("claim_id", "rating", "explanation", "reviewer", "reviewed", "url")
"""reviews.csv's columns (claims.reviews.COLUMNS; repeated here so that this module imports no reader)."""

MIGRATION_LOCK = 7_201_612
"""pg_advisory_xact_lock key serialising migrations from several servers starting at once."""


def is_database(location: object) -> bool:
    """Whether a CLAIMS_DATA / --data value names a PostgreSQL database rather than a file."""
    return str(location).lower().startswith(SCHEMES)


def shown(url: str) -> str:
    """The URL as messages show it: without the password."""
    parts = urlsplit(str(url))
    if parts.password is None:
        return str(url)
    host = parts.hostname or ""
    user = parts.username or ""
    netloc = f"{user}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _conninfo(url: str) -> str:
    """What psycopg connects with: the URL with SQLAlchemy's driver suffix removed."""
    url = str(url)
    for scheme in ("postgresql+psycopg://", "postgres://"):
        if url.lower().startswith(scheme):
            return "postgresql://" + url[len(scheme):]
    return url


class DatabaseError(Exception):
    """The database cannot be reached or used; the message is one line naming it."""


_ENGINES: dict[str, object] = {}
_LOCK = threading.Lock()


def engine(url: str):
    """One SQLAlchemy engine (a small connection pool) per database URL and process."""
    import sqlalchemy as sa

    key = _conninfo(url)
    with _LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = sa.create_engine("postgresql+psycopg://" + key[len("postgresql://"):],
                                             pool_size=5, max_overflow=10, pool_timeout=120, pool_pre_ping=True)
        return _ENGINES[key]


@contextmanager
def connection(url: str) -> Iterator[object]:
    """A connection inside one transaction (committed on success), with errors as DatabaseError."""
    import sqlalchemy as sa

    try:
        with engine(url).begin() as conn:
            yield conn
    except sa.exc.OperationalError as exc:
        raise DatabaseError(f"cannot use the database {shown(url)}: {_first_line(exc)}") from None


@contextmanager
def reading(url: str) -> Iterator[object]:
    """A connection in one repeatable-read, read-only transaction: every query sees the same moment."""
    import sqlalchemy as sa

    with connection(url) as conn:
        conn.execute(sa.text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        yield conn


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# --- the schema --------------------------------------------------------------------------------------

def tables():
    """The schema as SQLAlchemy Core tables (built on first use, so importing this module is cheap)."""
    global _TABLES
    if _TABLES is None:
        import sqlalchemy as sa

        md = sa.MetaData()
        text = lambda name: sa.Column(name, sa.Text, nullable=True)  # noqa: E731
        claims = sa.Table("claims", md, sa.Column("position", sa.BigInteger, primary_key=True),
                          *(text(c) for c in COLUMNS),
                          sa.Column("version", sa.Integer, nullable=False, server_default="1"))
        metrics = sa.Table("metrics", md, sa.Column("position", sa.BigInteger, primary_key=True),
                           *(text(c) for c in METRIC_COLUMNS))
        reviews = sa.Table("reviews", md, sa.Column("position", sa.BigInteger, primary_key=True),
                           *(text(c) for c in REVIEW_COLUMNS))
        imports = sa.Table("imports", md, sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
                           sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
                           sa.Column("editor", sa.Text, nullable=False), sa.Column("source", sa.Text, nullable=False),
                           sa.Column("what", sa.Text, nullable=False),
                           sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
                           sa.Column("skipped", sa.Integer, nullable=False, server_default="0"))
        revisions = sa.Table("revisions", md, sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
                             sa.Column("import_id", sa.BigInteger, sa.ForeignKey("imports.id"), nullable=False),
                             sa.Column("tbl", sa.Text, nullable=False), sa.Column("key", sa.Text, nullable=False),
                             sa.Column("before", sa.JSON(none_as_null=True), nullable=True),
                             sa.Column("after", sa.JSON(none_as_null=True), nullable=True))
        meta = sa.Table("meta", md, sa.Column("key", sa.Text, primary_key=True),
                        sa.Column("value", sa.Text, nullable=False))
        _TABLES = {"md": md, "claims": claims, "metrics": metrics, "reviews": reviews, "imports": imports,
                   "revisions": revisions, "meta": meta}
    return _TABLES


_TABLES = None


@dataclass(frozen=True)
class Migration:
    version: int
    what: str
    apply: Callable[[object], None]


def _v1(conn) -> None:
    import sqlalchemy as sa

    t = tables()
    t["md"].create_all(conn)
    conn.execute(sa.text("CREATE UNIQUE INDEX IF NOT EXISTS claims_claim_id ON claims (claim_id)"))
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS revisions_key ON revisions (tbl, key)"))
    conn.execute(t["meta"].insert(), [{"key": "revision", "value": "0"}])


def _v2(conn) -> None:
    import sqlalchemy as sa

    conn.execute(sa.text("ALTER TABLE imports ADD COLUMN IF NOT EXISTS skipped integer NOT NULL DEFAULT 0"))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "claims, metrics, reviews, imports, revisions and meta tables", _v1),
    Migration(2, "imports.skipped: rows of the file already in the table", _v2),
)
"""Every schema change, in order; a new one is appended, never edited."""


def schema_version(conn) -> int:
    import sqlalchemy as sa

    exists = conn.execute(sa.text("SELECT to_regclass('meta') IS NOT NULL")).scalar()
    if not exists:
        return 0
    value = conn.execute(sa.text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
    return int(value) if value is not None else 0


def migrate(url: str) -> int:
    """Bring the database's schema up to date; returns the version it is at. Safe to run from several
    servers at once (an advisory lock serialises them) and to run again (it does nothing)."""
    import sqlalchemy as sa

    with connection(url) as conn:
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
        current = schema_version(conn)
        for step in MIGRATIONS:
            if step.version > current:
                step.apply(conn)
                current = step.version
        conn.execute(sa.text("INSERT INTO meta (key, value) VALUES ('schema_version', :v) "
                             "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"), {"v": str(current)})
    return current


def revision(url: str) -> int:
    """The table's revision: one cheap query, asked on every rerun to key the cache (0 before any load)."""
    import sqlalchemy as sa

    with connection(url) as conn:
        if schema_version(conn) == 0:
            return 0
        return int(conn.execute(sa.text("SELECT value FROM meta WHERE key = 'revision'")).scalar())


def _bump(conn) -> int:
    import sqlalchemy as sa

    return int(conn.execute(sa.text(
        "UPDATE meta SET value = (value::bigint + 1)::text WHERE key = 'revision' RETURNING value")).scalar())


# --- CSV out: what the readers read, and what `db dump` writes -------------------------------------------

def _copy_out(conn, table: str, columns: tuple[str, ...]) -> bytes:
    """The table as CSV text exactly as the canonical writer writes it: header, minimal quoting, '\\n'.

    Empty cells are NULL, which COPY writes unquoted; every other value is quoted only when it holds
    a comma, a quote or a line break, as `claims.writer` does."""
    names = ", ".join(f'"{c}"' for c in columns)
    raw = conn.connection.driver_connection
    out = io.BytesIO()
    with raw.cursor().copy(f"COPY (SELECT {names} FROM {table} ORDER BY position) "
                           "TO STDOUT WITH (FORMAT csv, HEADER true, ENCODING 'UTF8')") as copy:
        for block in copy:
            out.write(block)
    return out.getvalue()


@dataclass(frozen=True)
class Snapshot:
    """One consistent read of the database: the three tables as CSV bytes, and the revision they are at."""

    claims: bytes
    metrics: bytes
    reviews: bytes
    revision: int


def snapshot(url: str, conn=None) -> Snapshot:
    """The claims, metrics and reviews as CSV, read in one repeatable-read transaction (or in `conn`'s,
    for a writer that holds the tables' lock and must not wait for a second connection)."""
    import sqlalchemy as sa

    if conn is None:
        with reading(url) as own:
            return snapshot(url, own)
    if schema_version(conn) == 0:
        raise DatabaseError(f"{shown(url)} holds no claims table yet; load one with "
                            f"python -m claims db load data/claims.csv --to {shown(url)}")
    rev = int(conn.execute(sa.text("SELECT value FROM meta WHERE key = 'revision'")).scalar())
    # an empty metrics or reviews table is a header-only file: the database's own, never the bundled one
    return Snapshot(_copy_out(conn, "claims", COLUMNS), _copy_out(conn, "metrics", METRIC_COLUMNS),
                    _copy_out(conn, "reviews", REVIEW_COLUMNS), rev)


def dump(url: str) -> bytes:
    """The claims table as the canonical CSV file (`db dump`)."""
    return snapshot(url).claims


@contextmanager
def as_files(url: str, conn=None) -> Iterator[tuple[Path, Snapshot]]:
    """The database's tables as claims.csv, metrics.csv and reviews.csv in a temporary folder, for the
    file readers (the same decoding, rules and readings as a file). Yields the claims.csv path."""
    snap = snapshot(url, conn)
    base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="claims-pg-", dir=base) as folder:
        path = Path(folder) / "claims.csv"
        path.write_bytes(snap.claims)
        for name, data in (("metrics.csv", snap.metrics), ("reviews.csv", snap.reviews)):
            (Path(folder) / name).write_bytes(data)
        yield path, snap


def named(problems: list, folder: str, url: str) -> list:
    """Problems read from `as_files`' temporary `folder`, naming the database's tables instead
    (URL#claims, #metrics, #reviews) so that an editor knows where to look."""
    from dataclasses import replace

    return [replace(p, file=f"{shown(url)}#{Path(p.file).stem}") if p.file.startswith(folder) else p
            for p in problems]


# --- CSV in: `db load` ------------------------------------------------------------------------------

def _cells(path: Path, known: tuple[str, ...]) -> tuple[list[str], list[list[str]]]:
    """The file's known columns and its data rows, every cell exactly as written: the importer's
    reading of a file that keeps each record's text (`records.parse_records`)."""
    from claims.records import Unmergeable, parse_records

    try:
        parsed = parse_records(path.read_bytes(), known)
    except (Unmergeable, UnicodeDecodeError) as exc:
        raise DatabaseError(f"{path}: cannot be read row by row ({exc})") from None
    keep = [(pos, name) for pos, name in enumerate(parsed.columns) if name is not None]
    rows = [[cells[pos] if pos < len(cells) else "" for pos, _ in keep] for cells in parsed.data_cells()]
    return [name for _, name in keep], rows


def _copy_in(conn, table: str, columns: list[str], rows: list[list[str]]) -> None:
    """Rows into `table` with COPY, `position` 1, 2, 3…; an empty cell is NULL."""
    raw = conn.connection.driver_connection
    names = ", ".join(['"position"'] + [f'"{c}"' for c in columns])
    with raw.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for position, cells in enumerate(rows, start=1):
            copy.write_row([position] + [c if c != "" else None for c in cells])


class LoadRefused(Exception):
    """The file has problems (or the database already holds a table), so nothing was written."""

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = problems or []


def load_file(path: str | os.PathLike[str], url: str, *, editor: str = "db load", replace: bool = False) -> int:
    """Put a claims file (with the metrics.csv and reviews.csv beside it) into the database; returns
    the number of claims. The file is validated first like any table: a problem writes nothing.
    An empty database is filled; one that holds claims is refused unless `replace`, and a replace is
    one transaction, recorded as an import."""
    import sqlalchemy as sa

    from claims import paths, reviews
    from claims.store import read_claims

    path = Path(path)
    mpath = paths.metrics_path_for(path)
    frame, problems = read_claims(path, metrics_path=mpath)
    rpath = reviews.reviews_path_for(path)
    if rpath.exists():
        problems = problems + reviews.load_reviews(path, set(frame["claim_id"])).problems
    if problems:
        raise LoadRefused(f"{path} has {len(problems)} problem(s); nothing was written", problems)
    columns, rows = _cells(path, COLUMNS)
    metric_columns, metric_rows = _cells(mpath, METRIC_COLUMNS) if mpath.is_file() else ([], [])
    review_columns, review_rows = _cells(rpath, REVIEW_COLUMNS) if rpath.exists() else ([], [])
    migrate(url)
    t = tables()
    with connection(url) as conn:
        conn.execute(sa.text("LOCK TABLE claims, metrics, reviews IN EXCLUSIVE MODE"))
        held = conn.execute(sa.text("SELECT count(*) FROM claims")).scalar()
        if held and not replace:
            raise LoadRefused(f"{shown(url)} already holds {held:,} claims; nothing was written "
                              "(load into an empty database, or give --replace)")
        reviewed = conn.execute(sa.text("SELECT count(*) FROM reviews")).scalar()
        if reviewed and not rpath.exists():  # fact-checks are never dropped by a file that has none
            raise LoadRefused(f"{shown(url)} holds {reviewed:,} review{'s' * (reviewed != 1)} and {path} has no "
                              "reviews.csv beside it, so replacing would delete them; nothing was written (put "
                              f"the reviews to keep in a reviews.csv beside {path.name}; python -m claims db dump "
                              "URL -o backup/claims.csv writes the database's own, with its metrics)")
        for name in ("claims", "metrics", "reviews"):
            conn.execute(sa.text(f"DELETE FROM {name}"))
        _copy_in(conn, "claims", columns, rows)
        if metric_rows:
            _copy_in(conn, "metrics", metric_columns, metric_rows)
        if review_rows:
            _copy_in(conn, "reviews", review_columns, review_rows)
        conn.execute(t["imports"].insert().values(editor=editor, source=str(path), what="load"))
        _bump(conn)
    return len(rows)
