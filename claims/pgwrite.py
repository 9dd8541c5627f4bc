"""Imports and undo on the PostgreSQL table: the CSV path's planning, the database's transactions.

A plan is made exactly as for a file (`claims.importer.plan_import`: the same validation, matching,
conflicts and preview) against a consistent snapshot of the database (`pgstore.as_files`), and
remembers the revision and the row versions it saw. Applying it is one transaction that

- takes the tables' write lock (readers go on; a second import waits, up to `LOCK_TIMEOUT`, then
  gets `importer.Busy`), and re-checks the editor's permission at that moment;
- plans again if another import landed since the preview (same outcome required when someone
  confirmed a preview, as for files: else `importer.StalePlan` with the new preview);
- updates a claim only where its `version` is still the one the plan saw (else StalePlan: never a
  lost update), bumping it;
- appends one `imports` row and a `revisions` row per changed row (before and after), and bumps
  `meta.revision`, which every server checks at its next rerun.

`undo_last` restores the rows an import changed from their `before`, refusing when a later import
touched the same rows (it names them), and is itself recorded as an import.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from claims import access, importer, pgstore
from claims.importer import CLAIMS, Busy, ImportRefused, Plan, StalePlan, TableKind, UndoRefused
from claims.schema import COLUMNS

LOCK_TIMEOUT = importer.LOCK_TIMEOUT

_TABLE = {"claims": "claims", "reviews": "reviews"}


def _table(kind: TableKind) -> str:
    return _TABLE[kind.name]


def _columns(kind: TableKind) -> tuple[str, ...]:
    return COLUMNS if kind is CLAIMS else pgstore.REVIEW_COLUMNS


@dataclass
class DbPlan:
    """A plan made against the database at `url`: `plan` is what a file import would do; `revision`
    and `versions` (claim_id → row version) are what it saw."""

    url: str
    plan: Plan
    revision: int
    versions: dict[str, int] = field(default_factory=dict)

    def __getattr__(self, name: str):
        """Everything else is the file plan's (problems, notes, added, conflicts…), so a page or command
        shows either kind of plan the same way."""
        if name == "plan":
            raise AttributeError(name)
        return getattr(self.plan, name)


@dataclass(frozen=True)
class DbSummary:
    """What an import into the database did (as `importer.Summary` says it for a file)."""

    url: str
    source: str
    editor: str
    added: tuple[str, ...]
    updated: tuple[str, ...]
    skipped: int
    rows: int
    entry: int
    replanned: bool
    kind: TableKind = CLAIMS
    plan: Plan | None = field(default=None, repr=False, compare=False)  # the plan applied (the new one if replanned)

    def text(self) -> str:
        held = f"{self.rows:,} {self.kind.name if self.rows != 1 else self.kind.noun}"
        return importer.outcome_line(pgstore.shown(self.url), self, f"the {self.kind.name} are unchanged",
                                     f"the database holds {held}")  # the merged table was validated, as a file's


def _versions(conn, claim_ids: list[str]) -> dict[str, int]:
    """The row versions of the claims a plan would update, read in the plan's own snapshot."""
    import sqlalchemy as sa

    if not claim_ids:
        return {}
    return dict(conn.execute(sa.text("SELECT claim_id, version FROM claims WHERE claim_id = ANY(:ids)"),
                             {"ids": claim_ids}).all())


def plan_import(url: str, new, *, name: str | None = None, update: bool = False, today: date | None = None,
                kind: TableKind = CLAIMS, conn=None) -> DbPlan:
    """What importing `new` (a path or bytes) into the database would do; writes nothing.

    `conn`: plan inside this transaction (a writer holding the lock plans again without a second
    connection); by default one repeatable-read snapshot."""
    if conn is None:
        with pgstore.reading(url) as own:
            return plan_import(url, new, name=name, update=update, today=today, kind=kind, conn=own)
    with pgstore.as_files(url, conn) as (path, snap):
        plan = importer.plan_import(path, new, name=name, update=update, today=today, kind=kind,
                                    called=f"{pgstore.shown(url)}#{_table(kind)}")
        folder = str(path.parent)
        versions = _versions(conn, [r.claim_id for r in plan.rows if r.action == "update"]) \
            if kind is CLAIMS else {}
    plan.problems = pgstore.named(plan.problems, folder, url)
    return DbPlan(url, plan, snap.revision, versions)


def _record_cells(record: dict[str, str], columns: tuple[str, ...]) -> dict[str, str | None]:
    return {c: (record.get(c, "") or None) for c in columns}


def _key_clause(kind: TableKind) -> str:
    return " AND ".join(f'"{c}" IS NOT DISTINCT FROM :k_{c}' for c in kind.key)


def _key_params(kind: TableKind, record: dict[str, str]) -> dict[str, str | None]:
    return {f"k_{c}": (record.get(c, "") or None) for c in kind.key}


def _row(conn, kind: TableKind, record: dict[str, str]) -> dict | None:
    import sqlalchemy as sa

    names = ", ".join(f'"{c}"' for c in _columns(kind))
    found = conn.execute(sa.text(f"SELECT {names} FROM {_table(kind)} WHERE {_key_clause(kind)}"),
                         _key_params(kind, record)).mappings().first()
    return None if found is None else {c: found[c] or "" for c in _columns(kind)}


def _lock(conn, timeout: float) -> None:
    import sqlalchemy as sa

    conn.execute(sa.text(f"SET LOCAL lock_timeout = '{int(timeout * 1000)}ms'"))
    try:
        conn.execute(sa.text("LOCK TABLE claims, reviews IN EXCLUSIVE MODE"))
    except sa.exc.OperationalError as exc:
        if "lock timeout" in str(exc).lower() or "canceling statement due to lock timeout" in str(exc):
            raise Busy(f"not saved: another import into the database is still running after {timeout:g} s; "
                       "try again in a moment") from None
        raise


def _revision(conn) -> int:
    import sqlalchemy as sa

    return int(conn.execute(sa.text("SELECT value FROM meta WHERE key = 'revision' FOR UPDATE")).scalar())


def apply_import(dbplan: DbPlan, editor: access.Editor, *, same_outcome: bool = True,
                 timeout: float | None = None) -> DbSummary:
    """Write what the plan adds and updates in one transaction (see the module's docstring).

    Raises access.WriteRefused, ImportRefused, StalePlan or Busy; on any of them nothing is written."""
    import sqlalchemy as sa

    access.check_write(editor)
    if not dbplan.ok:
        raise ImportRefused(dbplan.plan)
    url, kind = dbplan.url, dbplan.plan.kind
    table, columns = _table(kind), _columns(kind)
    t = pgstore.tables()
    with pgstore.connection(url) as conn:
        _lock(conn, LOCK_TIMEOUT if timeout is None else timeout)
        access.check_write(editor)  # at the moment of writing, with the configuration as it is now
        replanned = False
        if _revision(conn) != dbplan.revision:  # another import landed since the preview: merge again
            plan = dbplan.plan
            fresh = plan_import(url, plan.data, name=plan.source, update=plan.update, today=plan.today, kind=kind,
                                conn=conn)
            if not fresh.ok:
                raise ImportRefused(fresh, "not saved: the database changed since the preview, and now: "
                                    + fresh.plan.refusal().removeprefix("not saved: "))
            if same_outcome and fresh.plan.outcome() != plan.outcome():
                raise StalePlan(fresh)  # the new preview, to be confirmed as any other
            dbplan, replanned = fresh, True
        plan = dbplan.plan
        if not plan.writes:
            count = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
            return DbSummary(url, plan.source, editor.label, (), (), len(plan.skipped), int(count), 0, replanned, kind,
                             plan)
        import_id = conn.execute(t["imports"].insert().values(
            editor=editor.label, source=plan.source, what=kind.name, skipped=len(plan.skipped)
        ).returning(t["imports"].c.id)).scalar()
        position = int(conn.execute(sa.text(f"SELECT coalesce(max(position), 0) FROM {table}")).scalar())
        revisions = []
        added = [{"position": position + n, **_record_cells(rp.record, columns)}
                 for n, rp in enumerate(plan.added, start=1)]
        if added:
            conn.execute(t[table].insert(), added)  # one statement for many rows
        for rp, row in zip(plan.added, added):
            revisions.append({"import_id": import_id, "tbl": table, "key": kind.label(rp.record),
                              "before": None, "after": {c: row[c] or "" for c in columns}})
        for rp in plan.updated:
            before = _row(conn, kind, rp.record)
            cells = _record_cells(rp.record, columns)
            sets = ", ".join(f'"{c}" = :v_{c}' for c in columns)
            params = {**{f"v_{c}": v for c, v in cells.items()}, **_key_params(kind, rp.record)}
            guard = ""
            if kind is CLAIMS:
                sets += ", version = version + 1"
                guard = " AND version = :seen"
                params["seen"] = dbplan.versions.get(rp.record.get("claim_id", ""), -1)
            changed = conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE {_key_clause(kind)}{guard}"), params)
            if changed.rowcount != 1:  # edited since the plan saw it: never overwrite that edit
                fresh = plan_import(url, plan.data, name=plan.source, update=plan.update, today=plan.today, kind=kind,
                                conn=conn)
                raise StalePlan(fresh)
            revisions.append({"import_id": import_id, "tbl": table, "key": kind.label(rp.record),
                              "before": before, "after": {c: v or "" for c, v in cells.items()}})
        conn.execute(t["revisions"].insert(), revisions)
        pgstore._bump(conn)
        count = conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
        return DbSummary(url, plan.source, editor.label, tuple(r["key"] for r in revisions if r["before"] is None),
                         tuple(r["key"] for r in revisions if r["before"] is not None), len(plan.skipped),
                         int(count), int(import_id), replanned, kind, plan)


@dataclass(frozen=True)
class DbEntry:
    """One import in the database's history (the fields a file's `importer.Entry` has, where they apply)."""

    id: int
    time: str
    editor: str
    source: str
    what: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    skipped: int = 0

    @property
    def seq(self) -> int:
        return self.id

    @property
    def keys(self) -> tuple[str, ...]:
        return self.added + self.updated

    def describe(self) -> str:
        return (f"import {self.id}, {self.source} by {self.editor} at {self.time}: {len(self.added)} added, "
                f"{len(self.updated)} updated")


def history(url: str, *, kind: TableKind = CLAIMS) -> list[DbEntry]:
    """The imports of `kind` not undone, oldest first."""
    import sqlalchemy as sa

    with pgstore.connection(url) as conn:
        if pgstore.schema_version(conn) == 0:
            return []
        rows = conn.execute(sa.text(
            "SELECT i.id, to_char(i.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), i.editor, i.source, i.what, "
            "coalesce(array_agg(r.key ORDER BY r.id) FILTER (WHERE r.key IS NOT NULL AND r.before IS NULL), '{}'), "
            "coalesce(array_agg(r.key ORDER BY r.id) FILTER (WHERE r.before IS NOT NULL), '{}'), i.skipped "
            "FROM imports i LEFT JOIN revisions r ON r.import_id = i.id "
            "WHERE i.what = :what AND i.undone_at IS NULL GROUP BY i.id ORDER BY i.id"), {"what": kind.name}).all()
    return [DbEntry(int(r[0]), r[1], r[2], r[3], r[4], tuple(r[5]), tuple(r[6]), int(r[7])) for r in rows]


def undo_last(url: str, editor: access.Editor, *, kind: TableKind = CLAIMS, timeout: float | None = None,
              import_id: int | None = None) -> DbEntry:
    """Put back the rows the last import of `kind` (or import `import_id`) changed, as they were before it.

    Refused (UndoRefused) when nothing is recorded, or a later import touched the same rows."""
    import sqlalchemy as sa

    access.check_write(editor)
    table, columns = _table(kind), _columns(kind)
    t = pgstore.tables()
    with pgstore.connection(url) as conn:
        _lock(conn, LOCK_TIMEOUT if timeout is None else timeout)
        access.check_write(editor)
        where = "what = :what AND undone_at IS NULL" + (" AND id = :id" if import_id is not None else "")
        last = conn.execute(sa.text(f"SELECT id, editor, source, at FROM imports WHERE {where} ORDER BY id DESC "
                                    "LIMIT 1"), {"what": kind.name, "id": import_id}).first()
        if last is None:
            raise UndoRefused(f"nothing to undo: no import of {kind.name} into {pgstore.shown(url)} is recorded"
                              if import_id is None else f"nothing to undo: no import {import_id} of {kind.name}")
        changes = conn.execute(sa.text("SELECT key, before, after FROM revisions WHERE import_id = :id ORDER BY id"),
                               {"id": last.id}).all()
        keys = [c.key for c in changes]
        later = conn.execute(sa.text(
            "SELECT DISTINCT r.key, i.id FROM revisions r JOIN imports i ON i.id = r.import_id "
            "WHERE r.tbl = :tbl AND r.key = ANY(:keys) AND i.id > :id AND i.undone_at IS NULL "
            "AND i.what <> 'undo' ORDER BY i.id"), {"tbl": table, "keys": keys, "id": last.id}).all()
        reloaded = conn.execute(sa.text("SELECT id FROM imports WHERE what = 'load' AND id > :id LIMIT 1"),
                                {"id": last.id}).scalar()
        if reloaded is not None:
            raise UndoRefused(f"not undone: the whole table was loaded again after import {last.id} "
                              f"(import {reloaded}); its rows are no longer the ones it wrote")
        if later:
            touched = ", ".join(sorted({r.key for r in later}))
            raise UndoRefused(f"not undone: later imports ({', '.join(sorted({str(r.id) for r in later}))}) changed "
                              f"the same rows ({touched}); undo those first, or fix the rows by hand")
        undo_id = conn.execute(t["imports"].insert().values(
            editor=editor.label, source=f"undo of import {last.id}", what="undo").returning(t["imports"].c.id)).scalar()
        revisions = []
        for change in changes:
            after = change.after if isinstance(change.after, dict) else json.loads(change.after)
            if change.before is None:
                conn.execute(sa.text(f"DELETE FROM {table} WHERE {_key_clause(kind)}"), _key_params(kind, after))
            else:
                before = change.before if isinstance(change.before, dict) else json.loads(change.before)
                sets = ", ".join(f'"{c}" = :v_{c}' for c in columns)
                if kind is CLAIMS:
                    sets += ", version = version + 1"
                conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE {_key_clause(kind)}"),
                             {**{f"v_{c}": before.get(c) or None for c in columns}, **_key_params(kind, after)})
            revisions.append({"import_id": undo_id, "tbl": table, "key": change.key, "before": after,
                              "after": change.before})
        if revisions:
            conn.execute(t["revisions"].insert(), revisions)
        conn.execute(sa.text("UPDATE imports SET undone_at = now() WHERE id = :id"), {"id": last.id})
        pgstore._bump(conn)
        return DbEntry(int(last.id), last.at.strftime("%Y-%m-%d %H:%M:%S"), last.editor, last.source, kind.name,
                       tuple(c.key for c in changes if c.before is None),
                       tuple(c.key for c in changes if c.before is not None))
