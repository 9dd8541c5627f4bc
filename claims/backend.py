"""Where the table lives, and one way to read it: a CSV file (the default) or a PostgreSQL database.

    loc = backend.location()          # --data / $CLAIMS_DATA / data/claims.csv, or postgresql://…
    stamp = backend.version(loc)      # cheap: file stamps, or one query for the database's revision
    table = backend.read(loc)         # claims frame, problems, metrics and reviews of that version

Readers (dashboard, API, exports, command line) key their caches on `version` and read through
`read`, so a write on one server is seen by every other at its next rerun, and both backends give
the same frame, problems and readings: the database's tables are read through the same file reader
and rules as a CSV file (`pgstore.as_files`).
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pandas as pd

from claims import paths, pgstore, reviews, store
from claims.problem import Problem
from claims.rules import MetricInfo
from claims.store import file_stamp

Location = Path | str
"""A claims file's path, or a database URL (str)."""


def location(explicit: str | os.PathLike[str] | None = None) -> Location:
    """The table to use: an explicit path or URL, else $CLAIMS_DATA, else the bundled file."""
    chosen = str(explicit) if explicit else os.environ.get(paths.ENV_VAR, "").strip()
    return chosen if pgstore.is_database(chosen) else paths.claims_path(chosen or None)


def shown(loc: Location) -> str:
    """The location as messages show it (a database URL without its password)."""
    return pgstore.shown(loc) if isinstance(loc, str) else str(loc)


def version(loc: Location) -> tuple:
    """What changes whenever anything a reader shows changes: the stamps of the claims file and the
    metrics, reviews and scale files beside it, or the database's revision."""
    if isinstance(loc, str):
        return ("database", pgstore.shown(loc), pgstore.revision(loc))
    return ("file", str(loc), file_stamp(loc), file_stamp(paths.metrics_path_for(loc)),
            file_stamp(reviews.reviews_path_for(loc)), file_stamp(reviews.scale_path_for(loc)))


@dataclass(frozen=True)
class Table:
    """One version of the table, as every reader needs it."""

    location: str
    claims: pd.DataFrame
    problems: list[Problem]
    metrics: dict[str, MetricInfo]
    reviews: reviews.Reviews
    version: tuple

    @property
    def metric_units(self) -> dict[str, str]:
        return {m: info.unit for m, info in self.metrics.items()}

    @property
    def labels(self) -> dict[str, str]:
        return {m: info.label for m, info in self.metrics.items() if info.label}


def _read_files(path: Path, today: date | None) -> tuple[pd.DataFrame, list[Problem], dict, reviews.Reviews]:
    mpath = paths.metrics_path_for(path)
    claims, problems = store.read_claims(path, metrics_path=mpath, today=today)
    metrics = store.read_metrics(mpath)[0]
    found = reviews.load_reviews(path, set(claims["claim_id"].astype(str)), today=today)
    return claims, problems, metrics, found


def read(loc: Location, *, today: date | None = None) -> Table:
    """The claims (valid rows; problems in `problems` and `claims.attrs`), metrics and reviews at `loc`."""
    if not isinstance(loc, str):
        stamp = version(loc)
        claims, problems, metrics, found = _read_files(loc, today)
        claims.attrs["problems"] = problems
        return Table(str(loc), claims, problems, metrics, found, stamp)
    name = pgstore.shown(loc)
    with pgstore.as_files(loc) as (path, snap):
        claims, problems, metrics, found = _read_files(path, today)
        folder = str(path.parent)
        problems = pgstore.named(problems, folder, loc)
        found = replace(found, problems=pgstore.named(found.problems, folder, loc))
    claims.attrs["problems"] = problems
    return Table(name, claims, problems, metrics, found, ("database", name, snap.revision))


# --- writing: the same steps on either backend (claims.importer for a file, claims.pgwrite for a database) ---

def written(loc: Location, kind=None) -> str:
    """How messages name what an import of `kind` writes: 'claims.csv', 'reviews.csv', or the database's table."""
    from claims import importer

    kind = kind or importer.CLAIMS
    if isinstance(loc, str):
        return f"{pgstore.shown(loc)}#{kind.name}"
    return kind.file_for(loc).name


def plan_import(loc: Location, new, *, name: str | None = None, update: bool = False, today: date | None = None,
                kind=None):
    """What importing `new` would do (`importer.Plan`, or `pgwrite.DbPlan`, which reads the same)."""
    from claims import importer, pgwrite

    kind = kind or importer.CLAIMS
    if isinstance(loc, str):
        return pgwrite.plan_import(loc, new, name=name, update=update, today=today, kind=kind)
    return importer.plan_import(loc, new, name=name, update=update, today=today, kind=kind)


def apply_import(plan, editor, *, same_outcome: bool = True, timeout: float | None = None):
    """Write a plan from `plan_import` (the permission checked again at the moment of writing)."""
    from claims import importer, pgwrite

    write = pgwrite.apply_import if isinstance(plan, pgwrite.DbPlan) else importer.apply_import
    return write(plan, editor, same_outcome=same_outcome, timeout=timeout)


def undo_last(loc: Location, editor, *, kind=None):
    from claims import importer, pgwrite

    kind = kind or importer.CLAIMS
    if isinstance(loc, str):
        return pgwrite.undo_last(loc, editor, kind=kind)
    return importer.undo_last(loc, editor, kind=kind)


def history(loc: Location, *, kind=None) -> list:
    """The imports that can be undone, oldest first (seq, time, editor, source, added, updated, skipped)."""
    from claims import importer, pgwrite

    kind = kind or importer.CLAIMS
    return pgwrite.history(loc, kind=kind) if isinstance(loc, str) else importer.history(loc, kind=kind)


@contextmanager
def as_file(loc: Location) -> Iterator[Path]:
    """The table as a claims file, for code that only reads files: the file itself, or a database's
    tables written out for the duration (one snapshot, `pgstore.as_files`)."""
    if not isinstance(loc, str):
        yield Path(loc)
        return
    with pgstore.as_files(loc) as (path, _):
        yield path


def claims_rows(loc: Location) -> list[dict[str, str]]:
    """The table's rows as an editor wrote them (every column, cells trimmed)."""
    with as_file(loc) as path:
        return store.read_rows(path)[0] if path.is_file() else []


def metrics_of(loc: Location) -> dict[str, MetricInfo]:
    with as_file(loc) as path:
        return store.read_metrics(paths.metrics_path_for(path))[0]


def known_claims(loc: Location) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """What an article's figures are matched against: the metrics (as rows of metrics.csv) and the
    table's claims, from one read of a database."""
    with as_file(loc) as path:
        return [vars(m) for m in metrics_of(path).values()], claims_rows(path)


def scale_of(loc: Location) -> dict[str, reviews.Rating]:
    """The rating scale: rating_scale.csv beside a file, else (and for a database) the bundled one."""
    return reviews.read_scale(reviews.scale_path_for(loc if not isinstance(loc, str) else paths.DEFAULT_CLAIMS))[0]
