"""Adding claims (or reviews) from an editor's CSV file: plan (read, validate, match, preview), apply, undo.

    plan = plan_import(target, "new.csv")     # reads only: plan.problems, added, skipped, conflicts
    summary = apply_import(plan, editor)      # writes, if the plan is ok and the editor may write now
    undo_last(target, editor)                 # puts the table back as it was before the last import

    plan_import(target, "reviews-new.csv", kind=REVIEWS)   # the same for reviews.csv beside the table
    undo_last(target, editor, kind=REVIEWS)

A `TableKind` says what differs between the files an import writes: their columns, which are
required, the columns that identify a row (claims: claim_id, made when blank; reviews: claim_id,
reviewer and reviewed date) and how the merged file is validated (claims: `store.read_claims`;
reviews: `reviews.read_reviews` against the claims table and the rating scale). `target` is always
the claims table (--data); the file written is `kind.file_for(target)`.

Rules. The whole new file is validated together with the table before anything is written; any
problem means nothing is written. A row whose claim_id is blank gets a readable id,
`<publisher>-<year>-<metric>` (then -2, -3…), the same for the same input. A row equal to a claim
already in the table on every column the new file has (a blank claim_id aside) is skipped, so
importing a file twice changes nothing. A row whose claim_id is in the table with different
content is a conflict, refused and shown field by field unless the plan is made with update=True.

Nothing already in the table is lost or changed silently: the table's rows are kept as their exact
text (encoding, delimiter, quoting, line ends), new rows are appended in the table's own layout
and an updated row is rewritten in place, so untouched rows stay byte for byte the same. Writes
are atomic and serialized by a lock file beside the table; the previous version is kept in
`.<name>.history/` beside it, so the last imports can be undone.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from claims import access, paths, reviews, template
from claims.schema import COLUMNS, REQUIRED
from claims.csvfile import _read_table, gc_paused, read_rows
from claims.problem import Problem
from claims.records import Records, Unmergeable, line_end, new_records, parse_records
from claims.store import check_claims, read_claims
from claims.writer import keep_copy, write_bytes_atomic

if TYPE_CHECKING:
    from claims.pgwrite import DbSummary

LOCK_TIMEOUT = 60.0
"""Seconds an import or undo waits for another one on the same table before giving up."""

HISTORY_KEEP = 10
"""How many earlier versions of the table are kept for undo."""

UPLOAD_LIMIT_MB = 10
"""Largest file the app accepts as an upload, in MB (the command line and the table itself have no limit)."""


class ImportRefused(Exception):
    """The plan has problems or refused conflicts, so nothing was written; `.plan` says which."""

    def __init__(self, plan: Plan, message: str = ""):
        super().__init__(message or plan.refusal())
        self.plan = plan


class StalePlan(Exception):
    """The table changed since the preview and the import would now do something else; `.plan` is the new preview."""

    def __init__(self, plan: Plan):
        super().__init__(f"not saved: {plan.where} changed since the preview (another import?) "
                         "and this file "
                         "would now be merged differently; check the new preview and confirm again")
        self.plan = plan


class Busy(Exception):
    """Another import or undo held the table's lock for too long."""


class UndoRefused(Exception):
    """There is nothing to undo, or undoing would lose changes made since."""


# --- what kind of file an import writes --------------------------------------------------------

Key = tuple[str, ...]
Validation = tuple[dict[int, Key], list[Problem], dict[int, str]]
"""What a validation finds: the key of each valid row by spreadsheet row, the problems, and how each
valid row reads (claims: the compact reading of its figure; reviews: nothing)."""


@dataclass(frozen=True, eq=False)
class TableKind:
    """What differs between the files an import can write (`CLAIMS`, `REVIEWS`); the rest is shared.

    name: plural noun ("claims"); noun: one row ("claim"); called: the file in messages ("the table").
    columns: known columns in the order a new file is written; required: columns every row fills.
    key: the columns that identify a row: a row of the new file whose key is in the file written is
        the same row (skipped when equal on every column the new file has, else a conflict).
    makes_ids: a row whose key is blank gets an id made from its content (claims) instead.
    headline: columns shown after a row's label in the preview.
    conflict_why: why a conflicting row is refused, in a few words.
    file_for: the file written, from the claims table. read_rows: a file's records (every known
        column, cells trimmed) and its reading problems, as the validation reads them.
    validate: (merged file, claims table, today) → (spreadsheet row → key of every valid row, the
        problems of the merged file and of what it is checked against).
    depends: other files the validation reads (a change to one means planning again).
    example: the template's example left in a row: (column, message), or None.
    label: how a row is named in previews, problems and the history (claims: its claim_id).
    twice: the problem for a key used twice in the new file: (column, message, fix).
    valid_first: added to the fix of a problem in the file written (or what it is checked against).
    """

    name: str
    noun: str
    called: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key: tuple[str, ...]
    makes_ids: bool
    headline: tuple[str, ...]
    conflict_why: str
    file_for: Callable[[Path], Path]
    read_rows: Callable[[Path], tuple[list[dict[str, str]], list[Problem]]]
    validate: Callable[[Path, Path, date | None], Validation]
    depends: Callable[[Path], list[Path]]
    example: Callable[[dict[str, str], list[str]], tuple[str, str] | None]
    label: Callable[[dict[str, str]], str]
    twice: Callable[[dict[str, str], int, int], tuple[str, str, str]]
    valid_first: str

    def key_of(self, record: dict[str, str]) -> Key:
        return tuple(record.get(c, "") for c in self.key)

    def __repr__(self) -> str:
        return f"TableKind({self.name!r})"


def _claims_validate(merged: Path, table: Path, today: date | None) -> Validation:
    valid, found = check_claims(merged, metrics_path=paths.metrics_path_for(table), today=today)
    return {row: (cid,) for row, (cid, _) in valid.items()}, found, {row: read for row, (_, read) in valid.items()}


def _claims_example(record: dict[str, str], present: list[str]) -> tuple[str, str] | None:
    return ("-", "this row is still the template's example claim") if template.is_example(record, present) else None


CLAIMS = TableKind(
    name="claims", noun="claim", called="the table", columns=COLUMNS, required=REQUIRED, key=("claim_id",),
    makes_ids=True, headline=(), conflict_why="claim_id exists with different content",
    file_for=Path, read_rows=read_rows, validate=_claims_validate,
    depends=lambda table: [paths.metrics_path_for(table)],
    example=_claims_example, label=lambda r: r["claim_id"],
    twice=lambda r, first, row: ("claim_id", f"claim_id {r['claim_id']!r} is used twice in this file "
                                             f"(rows {first} and {row})",
                                 "give each claim its own claim_id, or delete the repeated row"),
    valid_first="the table must be valid before claims are added to it: fix this first")
"""Claims into the claims table: the default of every function here."""


def _review_rows(path: Path) -> tuple[list[dict[str, str]], list[Problem]]:
    table, problems = _read_table(Path(path), reviews.COLUMNS, reviews.REQUIRED, "reviews")
    if table is None:
        return [], problems
    cells = {c: table.column(c) for c in reviews.COLUMNS}
    return [{c: cells[c][k] for c in reviews.COLUMNS} for k in range(len(table.rows))], problems


def _reviews_validate(merged: Path, table: Path, today: date | None) -> Validation:
    """reviews.read_reviews over the merged file, against the claims the table holds now and its scale."""
    scale, problems = reviews.read_scale(reviews.scale_path_for(table))
    ids = set(read_claims(table, today=today)[0]["claim_id"].astype(str)) if table.is_file() else set()
    found, more = reviews.read_reviews(merged, ids, scale, today=today)
    return {r.row: (r.claim_id, r.reviewer, r.reviewed) for r in found}, problems + more, {}


def _review_label(record: dict[str, str]) -> str:
    by = f" by {record.get('reviewer')}" if record.get("reviewer") else ""
    return f"{record.get('claim_id') or '(no claim_id)'}{by} on {record.get('reviewed') or '(no date)'}"


def _reviews_example(record: dict[str, str], present: list[str]) -> tuple[str, str] | None:
    column = template.review_example_column(record)
    return None if column is None else (column, "this row still holds the template's example review "
                                                f"({column} {record[column]!r})")


REVIEWS = TableKind(
    name="reviews", noun="review", called="the reviews file", columns=reviews.COLUMNS, required=reviews.REQUIRED,
    key=("claim_id", "reviewer", "reviewed"), makes_ids=False, headline=("rating",),
    conflict_why="a review of the same claim by the same reviewer on the same date says otherwise",
    file_for=reviews.reviews_path_for, read_rows=_review_rows, validate=_reviews_validate,
    depends=lambda table: [table, reviews.scale_path_for(table)], example=_reviews_example, label=_review_label,
    twice=lambda r, first, row: ("reviewed", f"this file reviews {_review_label(r)} twice (rows {first} and {row})",
                                 "keep one row per review: a later review has its own reviewed date"),
    valid_first="reviews.csv and the rating scale must be valid before reviews are added: fix this first")
"""Reviews into reviews.csv beside the claims table, validated against the table and the rating scale."""

KINDS: dict[str, TableKind] = {k.name: k for k in (CLAIMS, REVIEWS)}


# --- the plan ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChange:
    """One column of a claim that the new file changes: the table's text and the file's."""

    column: str
    old: str
    new: str


@dataclass(frozen=True)
class RowPlan:
    """What happens to one row of the new file.

    row: its spreadsheet row in the new file. claim_id: the id it has, or the id made for it (for a
        review: the claim it reviews).
    action: "add", "skip" (equal to the row `same_as`, a claim_id or a review's label) or "update"
        (its key is in the file written with other content: a conflict, refused unless the plan updates).
    record: the row as it would be written (every column). generated: claim_id was blank and made.
    changes: for "update", the columns that differ, table's text then the file's.
    """

    row: int
    claim_id: str
    action: str
    record: dict[str, str]
    generated: bool = False
    changes: tuple[FieldChange, ...] = ()
    same_as: str = ""


@dataclass
class Plan:
    """What importing a file would do. Made by `plan_import`; nothing is written until `apply_import`.

    target: the file written (the claims table, or reviews.csv beside it). source: the new file's
    name as shown in messages. data: its bytes.
    update: conflicts are updates. rows: one RowPlan per data row of the new file.
    problems: everything wrong (in the new file, or in the table); any problem means nothing is written.
    notes: other things the editor should know (the table will be created, a column added).
    target_digest: sha256 of the table as read (None: it did not exist). merged: the bytes that
        `apply_import` writes (None when the plan is refused or changes nothing).
    today: the date validation took as today. claims_after: data rows (claims, or reviews) in the
        file once applied.
    kind: what the file holds (CLAIMS or REVIEWS). table: the claims table the plan was made for
        (None: target). depends_digest: sha256 of the other files the validation read (reviews: the
        claims table and the rating scale), so that a change to them means planning again.
    called: what messages call the table, when `target` is a copy of it (a database's table).
    readings: how each row added or updated will read once written (claims: the compact reading of
        its figure, by its row in the new file), as the dashboard reads it; {} until it validates.
    """

    target: Path
    source: str
    data: bytes
    update: bool
    rows: list[RowPlan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    target_digest: str | None = None
    merged: bytes | None = None
    today: date | None = None
    claims_after: int = 0
    kind: TableKind = CLAIMS
    table: Path | None = None
    depends_digest: str | None = None
    called: str = ""
    readings: dict[int, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """What messages call the table written: its file name, or `called` (a database's table)."""
        return self.called or self.target.name

    @property
    def where(self) -> str:
        """What messages call the table in full: `called`, or its path as `shown`."""
        return self.called or shown(self.target)

    @property
    def claims_table(self) -> Path:
        """The claims table this plan was made for (the target itself for claims)."""
        return self.table or self.target

    @property
    def added(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "add"]

    @property
    def skipped(self) -> list[RowPlan]:
        return [r for r in self.rows if r.action == "skip"]

    @property
    def conflicts(self) -> list[RowPlan]:
        """Rows whose claim_id is in the table with other content (updated only if `update`)."""
        return [r for r in self.rows if r.action == "update"]

    @property
    def updated(self) -> list[RowPlan]:
        return self.conflicts if self.update else []

    @property
    def ok(self) -> bool:
        """True when applying would write (or find nothing to write) without refusing anything."""
        return not self.problems and (self.update or not self.conflicts)

    @property
    def writes(self) -> bool:
        """True when applying would change the table."""
        return self.ok and bool(self.added or self.updated)

    def outcome(self) -> tuple:
        """What the plan does, to tell whether a plan made later does the same. An update's changes
        (the table's text, then the file's) belong to it: an update previewed against one version of a
        row is not the same update against another editor's newer version. So do the readings shown: a
        claim previewed as 5 people that would now read otherwise (metrics.csv changed) is another import."""
        return (self.update, tuple((r.row, r.action, r.claim_id, tuple(r.record.items()), r.changes,
                                    self.readings.get(r.row, "")) for r in self.rows))

    def refusal(self) -> str:
        """Why nothing will be written ("" when the plan is ok)."""
        if self.problems:
            files = sorted({p.file for p in self.problems})
            rows = len({(p.file, p.row) for p in self.problems})
            return (f"not saved: {_count(len(self.problems), 'problem')} in {_count(rows, 'row')} "
                    f"of {', '.join(files)}; nothing was written")
        if self.conflicts and not self.update and self.kind is REVIEWS:
            which = "; ".join(_review_label(r.record) for r in self.conflicts[:5]) + \
                ("…" if len(self.conflicts) > 5 else "")
            return (f"not saved: {_count(len(self.conflicts), 'row')} of {self.source} "
                    f"{'is a review' if len(self.conflicts) == 1 else 'are reviews'} already in "
                    f"{self.name} (same claim_id, reviewer and reviewed date) with different content "
                    f"({which}); nothing was written. Give a new review its own reviewed date, or confirm "
                    "that these reviews should be updated")
        if self.conflicts and not self.update:
            ids = ", ".join(r.claim_id for r in self.conflicts[:5]) + ("…" if len(self.conflicts) > 5 else "")
            return (f"not saved: {_count(len(self.conflicts), 'row')} of {self.source} "
                    f"{'has a claim_id' if len(self.conflicts) == 1 else 'have claim_ids'} already in "
                    f"{self.name} with different content ({ids}); nothing was written. Give new claims "
                    "their own claim_id, or confirm that these claims should be updated")
        return ""


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


def shown(path: Path) -> str:
    """A path as messages show it: relative to the working directory when inside it, else as given."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve())) if Path(path).is_absolute() else str(path)
    except ValueError:
        return str(path)


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _read_target(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None


def _same(a: str, b: str) -> bool:
    """Cells are equal when their text is, whatever line ends a spreadsheet used inside them."""
    return a == b or a.replace("\r\n", "\n").replace("\r", "\n") == b.replace("\r\n", "\n").replace("\r", "\n")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- ids for claims without one ----------------------------------------------------------------

STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "le", "a", "an", "at", "to"})


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.findall(r"[a-z0-9]+", folded)


def publisher_slug(publisher: str) -> str:
    """A short readable name of a publisher for ids: its acronym, its name run together, or its initials.

    "Taipei Times" → taipeitimes; "Congressional Research Service" → crs;
    "Database Center for North Korean Human Rights (NKDB)" → nkdb; "stopnkcrimes.org" → stopnkcrimes.
    """
    text = publisher.strip()
    if acronym := re.search(r"\(([A-Z][A-Za-z0-9&]{1,9})\)", text):
        return "".join(_ascii_words(acronym.group(1)))
    name = re.split(r"\s+/|\s*\(|\s*[:|]\s|,\s", text)[0].strip()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if domain := re.fullmatch(r"(?:www\.)?([\w-]+)\.[a-z]{2,}(?:\.[a-z]{2})?", name, re.I):
        name = domain.group(1)
    words = _ascii_words(name)
    joined = "".join(words)
    if len(joined) <= 20:
        return joined or "claim"
    initials = "".join(w[0] for w in words if w not in STOPWORDS)
    return initials if len(initials) >= 2 else joined[:20]


def base_id(record: dict[str, str]) -> str:
    """The readable id of a claim before any -2, -3 suffix: `<publisher>-<year>-<metric>`."""
    year = m.group(0) if (m := re.match(r"\d{4}", record.get("published", ""))) else "undated"
    metric = "-".join(_ascii_words(record.get("metric", ""))) or "claim"
    return f"{publisher_slug(record.get('publisher', ''))}-{year}-{metric}"


def _unique(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --- making the plan ---------------------------------------------------------------------------

def plan_import(target: str | os.PathLike[str] | None, new: str | os.PathLike[str] | bytes, *,
                name: str | None = None, update: bool = False, today: date | None = None,
                kind: TableKind = CLAIMS, called: str = "") -> Plan:
    """What importing `new` (a path, or a file's bytes with its `name`) into `target` would do; writes nothing.

    target: the claims table (default: --data / CLAIMS_DATA / data/claims.csv); it may not exist yet.
    update: a row whose claim_id is in the table with other content updates that claim instead of
        being refused. today: the date validation takes as today (default: today).
    kind: what `new` holds: CLAIMS (into the table), or REVIEWS (into reviews.csv beside it, which
        may not exist yet; a review is the same one when its claim_id, reviewer and reviewed date are).
    called: what messages call the table, when `target` is a copy of it (`claims.pgwrite`: the database's).
    """
    table = paths.claims_path(target)
    target = kind.file_for(table)
    extra = {"kind": kind, "table": table if target != table else None, "called": called}
    if isinstance(new, (bytes, bytearray)):
        data, source = bytes(new), name or "upload.csv"
    else:
        source = name or str(new)
        try:
            data = Path(new).read_bytes()
        except OSError:
            data = b""
            problems = [Problem(source, p.row, p.column, p.value, p.message,
                                "check the path of the file to import" if "--data" in p.fix else p.fix)
                        for p in kind.read_rows(Path(new))[1]]  # the file's own reading message: not found…
            return Plan(target, source, data, update, problems=problems, today=today, **extra)
    plan = Plan(target, source, data, update, today=today, **extra)
    plan.depends_digest = _depends_digest(plan)
    # Planning may hold a large table's cells, and validation builds its columns: with the cyclic
    # collector paused, those million small objects are freed by their count, never rescanned.
    with tempfile.TemporaryDirectory(prefix="claims-import-") as tmp, gc_paused():
        _plan(plan, Path(tmp), today)
    return plan


def _depends_digest(plan: Plan) -> str | None:
    """One sha256 over the files the validation of `plan` reads besides its target (None: there are none)."""
    files = plan.kind.depends(plan.claims_table)
    if not files:
        return None
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f}\0{_digest(_read_target(f)) or '-'}\0".encode())
    return h.hexdigest()


def _refile(p: Problem, file: str) -> Problem:
    return Problem(file, p.row, p.column, p.value, p.message, p.fix)


def _plan(plan: Plan, tmp: Path, today: date | None) -> None:
    target, source, kind = plan.target, plan.source, plan.kind

    # 1. The new file: store's reading problems, and its records with their rows and columns.
    safe = re.sub(r"[^\w.\- ]+", "_", Path(source).name).strip(". ") or "upload.csv"
    new_path = tmp / "new" / safe
    new_path.parent.mkdir()
    new_path.write_bytes(plan.data)
    new_rows, read_problems = kind.read_rows(new_path)
    why = "its rows do not split the same way twice"
    try:
        new = parse_records(plan.data, kind.columns)
    except Unmergeable as exc:
        new, why = None, str(exc)
    except UnicodeDecodeError:
        new, why = None, "it is not text"
    if new is None or new.rows() != new_rows:
        plan.problems = [_refile(p, source) for p in read_problems] or [
            Problem(source, 1, "-", "", f"this file cannot be read row by row: {why}",
                    "save it as 'CSV UTF-8' and try again")]
        return
    present = new.present
    compared = [c for c in present if c not in kind.key]
    # A missing required column matters only if a row needs it (a new row; an update keeps the
    # table's cell), so it is reported below; a key column that is not made is needed by every row.
    deferred = [c for c in kind.required if kind.makes_ids or c not in kind.key]
    missing_fix = {p.column: p.fix for p in read_problems
                   if p.message.startswith("required column") and p.column in deferred and not p.value}
    problems = [_refile(p, source) for p in read_problems if p.fix != missing_fix.get(p.column)]
    missing_required = [c for c in deferred if c not in kind.key and c not in present]
    absent = [c for c in kind.required if c not in present]

    # 2. The table as it is now.
    try:
        before = _read_target(target)
    except OSError as exc:  # a directory, no permission…
        plan.problems = problems + [Problem(str(target), 1, "-", "", f"the table cannot be read: "
                                            f"{exc.strerror or exc}", "check --data or CLAIMS_DATA")]
        return
    plan.target_digest = _digest(before)
    if not target.parent.is_dir():
        plan.problems = problems + [Problem(str(target), 1, "-", "", f"folder {target.parent} does not exist",
                                            "check --data or CLAIMS_DATA")]
        return
    if before is None or not before or before.isspace():
        table = new_records(kind.columns)
        plan.notes.append(f"{plan.where} {'is empty' if before is not None else 'does not exist yet'}: "
                          f"it will be created with the imported {kind.name}")
    else:
        # The table is read once, keeping each row's text; store's reading problems in it (an unknown
        # column, a broken row) come out of the validation below, as problems of the table.
        try:
            table: Records | None = parse_records(before, kind.columns)
            why = "" if set(kind.required) <= set(table.present) else "it lacks required columns"
        except (Unmergeable, UnicodeDecodeError) as exc:
            table, why = None, str(exc) if isinstance(exc, Unmergeable) else "it is not text"
        if table is None or why:
            found = kind.read_rows(target)[1] or [Problem(str(target), 1, "-", "", f"{kind.name} cannot be merged "
                                                          f"into this table without rewriting it: {why}", "")]
            plan.problems = problems + [Problem(p.file, p.row, p.column, p.value, p.message,
                                                _fix_table_first(p.fix, kind)) for p in found]
            return
    existing_keys = table.keys(kind.key)  # a record is made only for the rows the new file matches

    # 3. Match every row of the new file against the table, by its key (claims: claim_id; reviews:
    #    claim_id, reviewer and reviewed date). Claims without an id are matched by content.
    by_key: dict[Key, int] = {}
    for k, key in enumerate(existing_keys):
        by_key.setdefault(key, k)
    by_content: dict[tuple[str, ...], int] | None = None
    seen_keys: dict[Key, int] = {}
    seen_content: dict[tuple[str, ...], int] = {}
    pending: list[tuple[int, dict[str, str]]] = []  # (row, record) of rows to add without an id
    rows: list[RowPlan | None] = []
    for i in new.data:
        row, rec = i + 1, new.record(i)
        rec = {c: _newlines(v) for c, v in rec.items()}
        content = tuple(rec[c] for c in compared)
        key = kind.key_of(rec)
        blank = kind.makes_ids and not any(key)
        cid = rec["claim_id"]
        if example := kind.example(rec, present):
            column, message = example
            problems.append(Problem(source, row, column, rec.get(column, ""), message,
                                    f"replace it with your own {kind.noun}, or delete the row"))
            rows.append(None)
            continue
        if not blank and key in seen_keys:
            column, message, fix = kind.twice(rec, seen_keys[key], row)
            problems.append(Problem(source, row, column, rec.get(column, ""), message, fix))
            rows.append(None)
            continue
        if not blank:
            seen_keys[key] = row
        if not blank and key in by_key:
            old = table.record(table.data[by_key[key]])
            changes = tuple(FieldChange(c, old[c], rec[c]) for c in compared if not _same(old[c], rec[c]))
            if not changes:
                rows.append(RowPlan(row, cid, "skip", old, same_as=kind.label(old)))
            else:
                updated = dict(old)
                updated.update({c: rec[c] for c in compared})
                rows.append(RowPlan(row, cid, "update", updated, changes=changes))
            continue
        if blank:
            if by_content is None:
                by_content = {}
                existing = table.rows()
                for k, r in enumerate(existing):
                    by_content.setdefault(tuple(_newlines(r[c]) for c in compared), k)
            if content in by_content:
                same = existing[by_content[content]]
                rows.append(RowPlan(row, same["claim_id"], "skip", same, same_as=kind.label(same)))
                continue
            if content in seen_content:
                problems.append(Problem(source, row, "-", "",
                                        f"this row repeats row {seen_content[content]} (every column but claim_id "
                                        "is the same)", "delete one of the two rows"))
                rows.append(None)
                continue
        seen_content.setdefault(content, row)
        record = dict.fromkeys(kind.columns, "")
        record.update({c: rec[c] for c in present})
        if blank:
            pending.append((row, record))
        rows.append(RowPlan(row, cid, "add", record))

    # Ids for rows without one, in file order: readable, then -2, -3… past every id in use.
    taken = {k[0] for k in by_key} | {k[0] for k in seen_keys}
    made: dict[int, str] = {}
    for row, record in pending:
        made[row] = record["claim_id"] = _unique(base_id(record), taken)
        taken.add(made[row])
    plan.rows = [RowPlan(r.row, made[r.row], r.action, r.record, generated=True) if r.row in made else r
                 for r in rows if r is not None]
    plan.claims_after = len(existing_keys) + len(plan.added)

    if missing_required and plan.added:
        shown = ", ".join(str(r.row) for r in plan.added[:10]) + ("…" if len(plan.added) > 10 else "")
        which = f"row {shown} is a new {kind.noun} that needs" if len(plan.added) == 1 else \
            f"rows {shown} are new {kind.name} that need"
        for c in missing_required:
            problems.append(Problem(source, new.header + 1, c, "", f"required column {c!r} is missing, and {which} it",
                                    missing_fix.get(c) or f"add a {c} column"))

    # 4. The table as it would be written, validated as a whole; problems located in the new file.
    changed = [r for r in plan.rows if r.action in ("add", "update")]
    if changed:
        merged, origin, note = _merge(table, existing_keys, plan.rows, source, plan.name, problems, kind)
        if note:
            plan.notes.append(note)
        if merged is not None:
            problems.extend(_validate(merged, plan, tmp, origin, absent, today))
            if not problems and (plan.update or not plan.conflicts):
                plan.merged = merged
    plan.problems = problems


def _fix_table_first(fix: str, kind: TableKind = CLAIMS) -> str:
    then = kind.valid_first
    return f"{fix}; {then}" if fix else then


def _merge(table: Records, existing_keys: list[Key], rows: list[RowPlan], source: str, name: str,
           problems: list[Problem], kind: TableKind = CLAIMS) -> tuple[bytes | None, dict[int, tuple[int, Key]], str]:
    """The table's bytes with rows added and updated (every conflict taken as an update), where the
    new file's rows are in it (merged row → (new-file row, key)), and a note when a column is added."""
    note = ""
    needed = [c for c in kind.columns if c not in table.columns
              and any(r.record.get(c) for r in rows if r.action in ("add", "update"))]
    records = list(table.records)
    columns = list(table.columns)
    if needed:
        head = records[table.header]
        end = line_end(head)
        records[table.header] = head[:len(head) - len(end)] + "".join(table.delimiter + c for c in needed) + \
            (end or table.newline)
        columns += needed
        note = (f"{name} has no {', '.join(needed)} column{'s' * (len(needed) > 1)}: "
                f"{'they' if len(needed) > 1 else 'it'} will be added to its header row; its rows are not changed")
    layout = Records(table.bom, table.encoding, table.prefix, table.delimiter, table.newline, records,
                     table.cells, table.header, columns, table.data, kind.columns)
    updates = any(r.action == "update" for r in rows)
    index_of = {key: k for k, key in reversed(list(enumerate(existing_keys)))} if updates else {}
    origin: dict[int, tuple[int, Key]] = {}
    appended: list[str] = []
    ok = True
    for r in rows:
        if r.action not in ("add", "update"):
            continue
        line = layout.line(r.record)
        try:
            line.encode(table.encoding)
        except UnicodeEncodeError as exc:
            column = next((c for c in kind.columns if line[exc.start] in r.record.get(c, "")), "-")
            problems.append(Problem(source, r.row, column, r.record.get(column, ""),
                                    f"{line[exc.start]!r} cannot be written into the table, which is saved as "
                                    f"Windows-1252 (Excel's 'CSV' format)", "save the table as 'CSV UTF-8' first"))
            ok = False
            continue
        key = kind.key_of(r.record)
        if r.action == "update":
            k = table.data[index_of[key]]
            records[k] = line + line_end(records[k])
            origin[k + 1] = (r.row, key)
        else:
            origin[len(records) + len(appended) + 1] = (r.row, key)
            appended.append(line + table.newline)
    if not ok:
        return None, origin, note
    tail = table.newline if appended and records and not line_end(records[-1]) else ""
    tail += "".join(appended)
    if table.raw is not None and not needed and not updates:  # rows added only: the file, then them
        return table.raw + tail.encode(table.encoding), origin, note
    text = table.prefix + "".join(records) + tail
    return table.encode(text), origin, note


ROW_REF = re.compile(r"\brow (\d+)\b")


def _validate(merged: bytes, plan: Plan, tmp: Path, origin: dict[int, tuple[int, Key]], absent: list[str],
              today: date | None) -> list[Problem]:
    """Validate the merged file as its kind is read (claims: store; reviews: reviews.read_reviews). A
    problem in one of the new file's rows is located there; one in the file's own rows is reported as
    the file's (to fix first), or as caused by the import. With no problem, every new row must be
    where the merge put it, or nothing is written."""
    target, source, kind = plan.target, plan.source, plan.kind
    merged_path = tmp / "merged" / target.name
    merged_path.parent.mkdir()
    merged_path.write_bytes(merged)
    landed, found, read = kind.validate(merged_path, plan.claims_table, today)
    if not found:
        if any(landed.get(row) != key for row, (_, key) in origin.items()):  # store reads rows otherwise
            return [Problem(str(target), 1, "-", "", "the new rows could not be placed in this table safely, "
                            "so nothing is written", "please report this, with the two files")]
        plan.readings = {new_row: read[row] for row, (new_row, _) in origin.items() if row in read}
    merged_file = str(merged_path)
    had: set[tuple[int, str, str]] | None = None

    def relabel(text: str, in_new: bool) -> str:
        def one(m: re.Match[str]) -> str:
            n = int(m.group(1))
            if n in origin:
                return f"row {origin[n][0]}" if in_new else f"row {origin[n][0]} of {source}"
            return f"row {n} of {plan.name}" if in_new else m.group(0)
        return ROW_REF.sub(one, text)

    out: list[Problem] = []
    for p in found:
        if p.file != merged_file:  # metrics.csv, rating_scale.csv
            out.append(Problem(p.file, p.row, p.column, p.value, p.message, _fix_table_first(p.fix, kind)))
        elif p.row in origin:
            if p.column in absent and not p.value:
                continue  # reported once, on the header
            message = relabel(p.message, True).replace("any claim in this file", f"any claim in {plan.name} "
                                                                                 "or in this file")
            out.append(Problem(source, origin[p.row][0], p.column, p.value, message, relabel(p.fix, True)))
        else:
            if had is None:
                had = {(q.row, q.column, q.value) for q in kind.validate(target, plan.claims_table, today)[1]
                       if q.file == str(target)}
            if (p.row, p.column, p.value) in had:
                out.append(Problem(str(target), p.row, p.column, p.value, p.message, _fix_table_first(p.fix, kind)))
            else:
                out.append(Problem(str(target), p.row, p.column, p.value,
                                   relabel(p.message, False) + f" (after importing {source})",
                                   relabel(p.fix, False) or "check the new claims of the same metric"))
    return out


# --- writing -----------------------------------------------------------------------------------

def _lock_path(target: Path) -> Path:
    return target.parent / f".{target.name}.lock"


def history_dir(target: str | os.PathLike[str]) -> Path:
    """Where the versions of a table before each import are kept: `.<name>.history/` beside it."""
    target = Path(target)
    return target.parent / f".{target.name}.history"


@contextmanager
def _locked(target: Path, timeout: float) -> Iterator[None]:
    """Hold the table's lock file (one writer at a time, across processes and app sessions)."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(_lock_path(target)), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(f"not saved: another import or undo on {target} has been running for over {timeout:.0f} s; "
                   "try again in a minute") from None
    try:
        yield
    finally:
        lock.release()


@dataclass(frozen=True)
class Entry:
    """One import in a table's history: enough to undo it and to say what it did.

    seq: its number. time: when (UTC, ISO 8601). editor: who. source: the file imported.
    added, updated: claim_ids (reviews: each review's label, "<claim_id> by <reviewer> on <date>").
    skipped: rows already in the table. before, after: sha256 of the table before and after (before is
    None when the table did not exist).
    """

    seq: int
    time: str
    editor: str
    source: str
    added: tuple[str, ...]
    updated: tuple[str, ...]
    skipped: int
    before: str | None
    after: str
    folder: Path

    @property
    def saved_copy(self) -> Path:
        """The table as it was before this import."""
        return self.folder / f"{self.seq:06d}.before.csv"

    def describe(self) -> str:
        """One line: its number, which file, by whom, when, what it did (as a database's imports say it)."""
        when = self.time.replace("T", " ").removesuffix("+00:00") + " UTC"
        return (f"import {self.seq}, {self.source} by {self.editor} at {when}: {len(self.added)} added, "
                f"{len(self.updated)} updated")


def history(target: str | os.PathLike[str] | None = None, *, kind: TableKind = CLAIMS) -> list[Entry]:
    """The imports into a table (kind=REVIEWS: into reviews.csv beside it) that can still be undone, oldest first."""
    folder = history_dir(kind.file_for(paths.claims_path(target)))
    entries = []
    for meta in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            d = json.loads(meta.read_text(encoding="utf-8"))
            entries.append(Entry(int(d["seq"]), d["time"], d["editor"], d["source"], tuple(d["added"]),
                                 tuple(d["updated"]), int(d["skipped"]), d["before"], d["after"], folder))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a record we cannot read cannot be undone; it is left for a person to look at
    return sorted(entries, key=lambda e: e.seq)


def _record(target: Path, before: bytes | None, plan: Plan, editor: access.Editor) -> Entry:
    folder = history_dir(target)
    folder.mkdir(exist_ok=True)
    entries = history(target)
    seq = entries[-1].seq + 1 if entries else 1
    label = plan.kind.label
    entry = Entry(seq, datetime.now(timezone.utc).replace(microsecond=0).isoformat(), editor.label, plan.source,
                  tuple(label(r.record) for r in plan.added), tuple(label(r.record) for r in plan.updated),
                  len(plan.skipped), plan.target_digest, _digest(plan.merged) or "", folder)  # `before` is the plan's
    if before is not None:
        keep_copy(target, before, entry.saved_copy)  # the old file itself, by a second name where it can be
    meta = {"seq": entry.seq, "time": entry.time, "editor": entry.editor, "source": entry.source,
            "added": list(entry.added), "updated": list(entry.updated), "skipped": entry.skipped,
            "before": entry.before, "after": entry.after}
    write_bytes_atomic(folder / f"{seq:06d}.json", (json.dumps(meta, indent=1, ensure_ascii=False) + "\n").encode())
    for old in (entries + [entry])[:-HISTORY_KEEP]:
        _forget(old)
    return entry


def _forget(entry: Entry) -> None:
    for f in (entry.folder / f"{entry.seq:06d}.json", entry.saved_copy):
        try:
            f.unlink()
        except FileNotFoundError:
            pass


@dataclass(frozen=True)
class Summary:
    """What an import did. target: the file written. source: the file imported. editor: who.
    added, updated: claim_ids (reviews: their labels). skipped: rows already in the table.
    claims: data rows (claims, or reviews) in the file now.
    entry: its number in the history (0 when nothing was written). replanned: the table had changed
    since the plan was made, so the file was merged again against the table as it was at writing.
    plan: the plan that was applied (the new one when replanned)."""

    target: Path
    source: str
    editor: str
    added: tuple[str, ...]
    updated: tuple[str, ...]
    skipped: int
    claims: int
    entry: int = 0
    replanned: bool = False
    plan: Plan | None = field(default=None, repr=False, compare=False)
    kind: TableKind = field(default=CLAIMS, repr=False)

    def text(self) -> str:
        """One line for people: what changed and how many claims (reviews) the file holds."""
        return outcome_line(shown(self.target), self, f"{self.kind.called} is unchanged",
                            f"{self.kind.called} holds {_count(self.claims, self.kind.noun)}")


def outcome_line(where: str, done: Summary | DbSummary, unchanged: str, holds: str) -> str:
    """An import's line, for a file or the database: what it added, updated and skipped, then what
    stays `unchanged` when nothing was written, or what the table now `holds` (it validated)."""
    head = f"{where}: {len(done.added):,} added, {len(done.updated):,} updated, {done.skipped:,} skipped"
    return f"{head}; nothing to write, {unchanged}" if not done.entry else f"{head}; {holds} and validates"


def apply_import(plan: Plan, editor: access.Editor, *, same_outcome: bool = True,
                 timeout: float | None = None) -> Summary:
    """Write what `plan` adds and updates, under the table's lock, after checking that `editor` may write.

    If the table changed since the plan was made, the file is planned again against the table as it
    is now. With `same_outcome` (for a preview someone confirmed) the import goes ahead only if the
    new plan does exactly the same, else StalePlan (carrying the new preview) is raised; without it
    (the command line, where nobody confirmed a preview) the new plan is applied if it is ok.
    Raises access.WriteRefused, ImportRefused, StalePlan or Busy; on any of them nothing is written.
    """
    access.check_write(editor)
    if not plan.ok:
        raise ImportRefused(plan)
    target = plan.target
    with _locked(target, LOCK_TIMEOUT if timeout is None else timeout):
        access.check_write(editor)  # at the moment of writing, with the configuration as it is now
        before = _read_target(target)
        replanned = False
        if _digest(before) != plan.target_digest or _depends_digest(plan) != plan.depends_digest:
            fresh = plan_import(plan.claims_table, plan.data, name=plan.source, update=plan.update, today=plan.today,
                                kind=plan.kind, called=plan.called)
            if not fresh.ok:
                raise ImportRefused(fresh, f"not saved: {target} changed since the preview, and now: "
                                           + fresh.refusal().removeprefix("not saved: "))
            if same_outcome and fresh.outcome() != plan.outcome():
                raise StalePlan(fresh)
            plan, replanned = fresh, True
        if not plan.writes or plan.merged is None:
            return Summary(target, plan.source, editor.label, (), (), len(plan.skipped), plan.claims_after,
                           replanned=replanned, plan=plan, kind=plan.kind)
        entry = _record(target, before, plan, editor)
        try:
            write_bytes_atomic(target, plan.merged)
        except BaseException:
            _forget(entry)
            raise
        return Summary(target, plan.source, editor.label, entry.added, entry.updated, entry.skipped,
                       plan.claims_after, entry.seq, replanned, plan, plan.kind)


def undo_last(target: str | os.PathLike[str] | None, editor: access.Editor, *,
              timeout: float | None = None, kind: TableKind = CLAIMS) -> Entry:
    """Put the table back, byte for byte, as it was before the last import; returns that import.

    target: the claims table; kind=REVIEWS undoes the last import into reviews.csv beside it.
    Refused (UndoRefused) when nothing is recorded, or when the table changed after that import,
    since undoing would then lose those changes.
    """
    target = kind.file_for(paths.claims_path(target))
    access.check_write(editor)
    with _locked(target, LOCK_TIMEOUT if timeout is None else timeout):
        access.check_write(editor)
        entries = history(target)  # the file's own history (CLAIMS.file_for is the path itself)
        if not entries:
            raise UndoRefused(f"nothing to undo: no import into {target} is recorded")
        last = entries[-1]
        now = _digest(_read_target(target))
        if now != last.after:
            if now == last.before:  # the import was interrupted before it reached the table
                _forget(last)
                raise UndoRefused(f"not undone: the last recorded import ({last.describe()}) never reached "
                                  f"{target}; its record is removed, run undo again for the import before it")
            raise UndoRefused(f"not undone: {target} changed after the last import ({last.describe()}), "
                              "and undoing it would lose those changes; the table as it was before that import "
                              f"is kept in {last.saved_copy if last.before else '(it did not exist)'}: "
                              "compare and restore by hand")
        if last.before is None:
            target.unlink()
        else:
            saved = last.saved_copy.read_bytes()
            if _digest(saved) != last.before:
                raise UndoRefused(f"not undone: the saved copy {last.saved_copy} is damaged; the table is unchanged")
            write_bytes_atomic(target, saved)
        _forget(last)
        return last


# --- text for people ---------------------------------------------------------------------------

def _short(text: str, width: int = 60) -> str:
    one = " ".join(text.split())
    return repr(one if len(one) <= width else one[:width - 1] + "…")


def preview_lines(plan: Plan) -> list[str]:
    """The plan as lines for the command line: each row's fate, each changed field, then the counts."""
    kind = plan.kind
    lines = [f"{plan.source} → {plan.where}"]
    lines += [f"note: {n}" for n in plan.notes]
    for r in plan.rows:
        label = kind.label(r.record)
        if r.action == "add":
            made = " (id made from publisher, year and metric)" if r.generated else ""
            head = "".join(f" ({r.record[c]})" for c in kind.headline if r.record.get(c))
            reads = f", reads {plan.readings[r.row]}" if r.row in plan.readings else ""
            lines.append(f"  {'add':<9}row {r.row}: {label}{head}{made}{reads}")
        elif r.action == "skip":
            lines.append(f"  {'skip':<9}row {r.row}: same as {r.same_as}, already in {kind.called}")
        else:
            verb = "update" if plan.update else "conflict"
            lines.append(f"  {verb:<9}row {r.row}: {label} is in {kind.called} with different content:")
            lines += [f"             {c.column}: {_short(c.old)} → {_short(c.new)}" for c in r.changes]
            if plan.update and r.row in plan.readings:
                lines.append(f"             reads {plan.readings[r.row]}")
    if not plan.rows and plan.problems:
        return lines  # nothing was matched: the problems say why
    counts = (f"{len(plan.added):,} to add, {len(plan.updated):,} to update, {len(plan.skipped):,} skipped")
    if plan.conflicts and not plan.update:
        counts += f", {len(plan.conflicts):,} refused ({kind.conflict_why}; --update replaces)"
    lines.append(counts)
    return lines
