"""The claims table from a file: what every reader calls (`read_claims`, `load_claims`, `validate`,
`read_metrics`), with the caches that make a second read free.

`read_claims` returns the valid claims as a DataFrame (one row each, with the interval read from
`range` or `value`) together with every problem found; `load_claims` returns just the DataFrame
(problems in `df.attrs["problems"]`); `validate` returns just the problems. A problem names the file,
the row as a spreadsheet shows it (header = row 1, first claim = row 2), the column, the value, what
is wrong and, where obvious, the fix.

The jobs live in their own modules: `claims.csvfile` reads a file into columns (Arrow's C++ reader
for a plain UTF-8 file, the csv module for anything else), `claims.rules` holds every rule (run once
per distinct value, figures read in bulk by `claims.bulk` exactly as `parse_range` reads them),
`claims.problem` the Problem every one of them reports, `claims.writer` the writes, and
`claims.backend` puts a PostgreSQL table behind the same reading. A newcomer changes a rule in
`rules.py` without reading the file reader. Names once defined here are re-exported for callers.
"""
from __future__ import annotations

import hashlib
import math
import mmap
import os
import pickle
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from claims import bulk, paths, units
from claims.schema import COLUMNS, FRAME_COLUMNS, METRIC_COLUMNS, REQUIRED
from claims.writer import write_bytes_atomic
from claims.csvfile import (  # noqa: F401 - re-exported: callers and tests name them through the store
    ARROW_BLOCK, DELIMITERS, MAP_FROM, MAX_CELL, SCAN_CHUNK, SEP_LINE, SPACE, _contents, _decode, _fast_table,
    gc_paused, _may_need_strip, _Quoting, _quoting, _read_table, _strip, _unmap, header_name, read_rows,
    sniff_delimiter,
)
from claims.problem import Problem
from claims.rules import (  # noqa: F401 - re-exported, as above
    BULK_FILE_BYTES, CLAIM_ID_OK, CLAIM_ID_RE, DATE_FORMAT, EXCEL_SHAPES, METRIC_OK, URL_OK, MetricInfo, _Checker,
    _claim_id_check, _date_check, _dates_ok, _metric_check, _readings, _unit_check, _url_check,
    excel_date,
)


# --- metrics.csv -------------------------------------------------------------------------

def read_metrics(path: str | os.PathLike[str]) -> tuple[dict[str, MetricInfo], list[Problem]]:
    """The metrics table (metric → MetricInfo) and its problems; a missing file is an empty table."""
    path = Path(path)
    if not path.is_file():
        return {}, []
    table, problems = _read_table(path, METRIC_COLUMNS, ("metric",), "metrics")
    if table is None or "metric" not in table.present:
        return {}, problems
    out: dict[str, MetricInfo] = {}
    first: dict[str, int] = {}
    cells = {c: table.column(c) for c in METRIC_COLUMNS}
    for k, row in enumerate(table.rows.tolist()):
        if k in table.broken:
            continue
        metric, unit_text = cells["metric"][k], cells["unit"][k]
        if not metric:
            bad = ("metric is empty; every row of metrics.csv names a metric", "fill it in")
        elif metric in first:
            bad = (f"metric {metric!r} is listed twice (first in row {first[metric]})", "keep one row per metric")
        else:
            bad = _metric_check(metric)
        if bad:
            problems.append(Problem(table.file, row, "metric", metric, *bad))
            continue
        first[metric] = row
        unit = ""
        if unit_text:
            if bad := _unit_check(unit_text):
                problems.append(Problem(table.file, row, "unit", unit_text, *bad))
            else:
                unit = units.canonical_unit(unit_text)
        out[metric] = MetricInfo(metric, cells["label"][k], cells["description"][k], unit)
    return out, problems


def load_metrics(path: str | os.PathLike[str] | None = None) -> dict[str, MetricInfo]:
    """metric → MetricInfo from metrics.csv (default: the one for the current claims file)."""
    if path is None:
        path = paths.metrics_path_for(paths.claims_path())
    return read_metrics(path)[0]


def _order(p: Problem) -> tuple:
    return (p.row, COLUMNS.index(p.column) if p.column in COLUMNS else -1)


TEXT = pd.StringDtype("pyarrow", na_value=math.nan)
"""pandas' default `str` dtype, stored by Arrow: the table is read into Arrow and handed over without copying."""


def _empty_frame() -> pd.DataFrame:
    dtypes = {"low": "float64", "high": "float64", "row": "int64"}
    return pd.DataFrame({c: pd.Series([], dtype=dtypes.get(c, TEXT)) for c in FRAME_COLUMNS})


def read_claims(path: str | os.PathLike[str] | None = None, *, metrics_path: str | os.PathLike[str] | None = None,
                today: date | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """The valid claims of a file as a DataFrame, and every problem in the file (and its metrics.csv).

    The frame has every COLUMNS column ("" where blank; `unit` is the resolved canonical unit), then
    low, high (float, NaN for an open bound), kind, reading (compact form, fractions to 2 decimals), vague (conventions
    used, "; "-joined), unit_given (the CSV's unit cell) and row (spreadsheet row number).
    A row with any problem is left out; all others are returned.

    A second read of an unchanged file (same size and modification time, same metrics file, same
    day) in the same process returns the result of the first without reading again: a cheap
    copy-on-write copy of the frame, so a caller's changes never reach the cache.
    """
    path = paths.claims_path(path)
    today = today or date.today()
    mpath = Path(metrics_path) if metrics_path is not None else paths.metrics_path_for(path)
    key = (str(path.resolve()), file_stamp(path), str(mpath), file_stamp(mpath), today)
    hit = _MEMO.get(key) if key[1] is not None else None
    if hit is None:
        hit = _disk_cached(path, mpath, metrics_path, today)
        if key[1] is not None:
            _MEMO[key] = hit
            while len(_MEMO) > MEMO_SIZE:
                _MEMO.pop(next(iter(_MEMO)))
    frame, problems = hit
    return frame.copy(deep=False), list(problems)


MEMO_SIZE = 4
_MEMO: dict[tuple, tuple[pd.DataFrame, list[Problem]]] = {}
DISK_KEEP = 8
"""Loaded tables kept in the cache folder (the oldest are removed)."""


def _code_digest() -> str:
    """Changes whenever the code, the tables that shape a reading or pandas (the pickles') change."""
    return paths.release_digest(paths.READING_TABLES, pd.__version__)


_CODE_DIGEST = _code_digest()


def _disk_cached(path: Path, mpath: Path, metrics_path, today: date) -> tuple[pd.DataFrame, list[Problem]]:
    """The loaded table from the cache folder when this exact content was loaded before, else load it.

    The key is a hash of the file's bytes, the metrics file's bytes, the path, the day (dates may
    not lie in the future) and the code; a cache that cannot be read or written is simply skipped.
    """
    folder = paths.cache_dir()
    digest = data = None
    try:
        if folder is not None:
            try:
                data = _contents(path)
                h = hashlib.sha256(_CODE_DIGEST.encode())
                for part in (str(path), today.isoformat()):
                    h.update(part.encode() + b"\0")
                for content in (data, mpath.read_bytes() if mpath.is_file() else b"<missing>"):
                    h.update(content)
                    h.update(b"\0")
                digest = h.hexdigest()
                with open(folder / f"{digest}.pickle", "rb") as fh:
                    return pickle.load(fh)
            except Exception:  # noqa: BLE001 - a missing or unreadable cache entry only means loading anew
                pass
        with gc_paused():
            result = _read_claims(path, metrics_path, today, data)
    finally:
        _unmap(data)
    if digest is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(folder / f"{digest}.pickle", pickle.dumps(result, protocol=5))
            for old in sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime)[:-DISK_KEEP]:
                old.unlink(missing_ok=True)
        except OSError:
            pass
    return result


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells an unchanged file: size, modification time in ns and inode (None if it is missing)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino


def _checked(path: Path, metrics_path: str | os.PathLike[str] | None, today: date,
             data: bytes | mmap.mmap | None = None):
    """Read a file and run every rule: (table, checker, problems, the records kept), table None when
    the file cannot be read as a table."""
    mpath = Path(metrics_path) if metrics_path is not None else paths.metrics_path_for(path)
    metrics, metric_problems = read_metrics(mpath)
    # the figures' grammar (tens of ms of compiling a regex) is built while Arrow reads a file that may need it
    size = len(data) if data is not None else (stamp[0] if (stamp := file_stamp(path)) else 0)
    table, problems = _read_table(path, COLUMNS, REQUIRED, "claims", data=data,
                                  meanwhile=bulk.prepare if size >= BULK_FILE_BYTES else None)
    if table is None:
        return None, None, metric_problems + problems, None
    checker = _Checker(table, metrics, mpath.name, today)
    checker.run()
    problems = metric_problems + sorted(problems + checker.problems, key=_order)
    cases = checker.cases
    keep = (checker.case_of >= 0) & ~checker.bad
    keep[keep] = cases["ok"][checker.case_of[keep]]
    return table, checker, problems, keep


def check_claims(path: str | os.PathLike[str], *, metrics_path: str | os.PathLike[str] | None = None,
                 today: date | None = None) -> tuple[dict[int, tuple[str, str]], list[Problem]]:
    """What `read_claims` finds, without the frame and never from a cache: each valid record's claim_id
    and compact reading by spreadsheet row, and every problem. An import validates the table it would
    write with this (that table is read once, so building its frame or caching it would be work thrown
    away) and shows how each new claim will read, as the dashboard will read it."""
    with gc_paused():
        table, checker, problems, keep = _checked(Path(path), metrics_path, today or date.today())
    if table is None:
        return {}, problems
    rows = np.flatnonzero(keep)
    texts = _readings_of(checker, rows).to_pylist() if rows.size else []
    ids = table.cells["claim_id"].take(pa.array(rows)).to_pylist()
    return dict(zip(table.rows[rows].tolist(), zip(ids, texts))), problems


def _readings_of(checker: _Checker, rows: np.ndarray) -> pa.Array:
    """The compact reading of each of the kept records `rows` (every kept record's case is read)."""
    written, index = checker.readings
    reading_of = np.full(len(checker.cases["ok"]), -1, dtype=np.int64)
    reading_of[np.flatnonzero(checker.cases["ok"])] = index
    return written.take(pa.array(reading_of[checker.case_of[rows]]))


def _read_claims(path: Path, metrics_path: str | os.PathLike[str] | None,
                 today: date, data: bytes | mmap.mmap | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """`data`: the file's bytes when the caller has read them already (to hash them)."""
    table, checker, problems, keep = _checked(path, metrics_path, today, data)
    if table is None:
        return _empty_frame(), problems
    cases = checker.cases
    case_of = checker.case_of
    if not keep.any():
        return _empty_frame(), problems
    rows = np.flatnonzero(keep)
    at = case_of[rows]
    if len(rows) == len(keep):
        data: dict[str, pa.Array] = {c: table.cells[c] for c in COLUMNS}
    else:
        taken = pa.array(rows)
        data = {c: table.cells[c].take(taken) for c in COLUMNS}
    data["unit_given"] = data["unit"]
    data["unit"] = pa.array(cases["unit"][at], pa.string())
    data["low"], data["high"] = pa.array(cases["low"][at]), pa.array(cases["high"][at])
    for c in ("kind", "vague"):
        data[c] = pa.array(cases[c][at], pa.string())
    data["reading"] = _readings_of(checker, rows)
    data["row"] = pa.array(table.rows[rows])
    frame = pa.table({c: data[c] for c in FRAME_COLUMNS}).to_pandas()
    return frame, problems


def load_claims(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> pd.DataFrame:
    """The valid claims of a file, one row each (see `read_claims`); problems in `df.attrs["problems"]`."""
    frame, problems = read_claims(path, today=today)
    frame.attrs["problems"] = problems
    return frame


def validate(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> list[Problem]:
    """Every problem in a claims file (and its metrics.csv), in row order; [] when the file is valid."""
    return read_claims(path, today=today)[1]
