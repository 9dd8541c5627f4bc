"""The claims table on disk: reading what spreadsheets write, validating every rule, writing atomically.

`read_claims` returns the valid claims as a DataFrame (one row each, with the interval read from
`range` or `value`) together with every problem found; `load_claims` returns just the DataFrame
(problems in `df.attrs["problems"]`); `validate` returns just the problems. A problem names the file,
the row as a spreadsheet shows it (header = row 1, first claim = row 2), the column, the value, what
is wrong and, where obvious, the fix. `write_claims` writes the CSV columns in canonical order so
that a git diff shows only what changed.

Checks run once per distinct value (figures, dates, units and URLs repeat a lot), and the parser
once per distinct figure, so 100,000 claims read and validate in about 1.5 s on a small machine.
"""
from __future__ import annotations

import codecs
import csv
import difflib
import gc
import hashlib
import io
import math
import operator
import os
import pickle
import re
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from claims import paths, units
from claims.ranges import Range, RangeParseError, format_range, parse_range
from claims.schema import COLUMN_DOCS, COLUMNS, METRIC_COLUMNS, READING, REQUIRED

EXTRA: tuple[str, ...] = ("reading", "vague", "unit_given", "row")
"""Columns `load_claims` adds besides READING: the compact reading, the vague-term conventions used
("; "-joined), the CSV's own `unit` cell as written, and the spreadsheet row number."""

FRAME_COLUMNS: tuple[str, ...] = COLUMNS + tuple(c for c in READING if c not in COLUMNS) + EXTRA
"""The columns of `load_claims`' frame, in order (`unit` holds the resolved unit)."""

DELIMITERS = (",", ";", "\t")
DATE_FORMAT = "use YYYY, YYYY-MM or YYYY-MM-DD"

CLAIM_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
METRIC_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PERIOD_RE = re.compile(r"(\d{4})(?:-(\d{4}))?")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file, located as a spreadsheet shows it.

    file: the file's path as given. row: spreadsheet row (header = 1, first claim = 2).
    column: the canonical column name (or the header as written, for an unknown column); "-" when
        no column applies. value: the offending cell text ("" when none).
    message: what is wrong, quoting the value. fix: what to do about it, where obvious ("" if not).
    """

    file: str
    row: int
    column: str
    value: str
    message: str
    fix: str = ""

    def format(self) -> str:
        """`PATH:ROW:COLUMN: message; fix` — one line, as compilers and linters print."""
        text = f"{self.message}; {self.fix}" if self.fix else self.message
        return f"{self.file}:{self.row}:{self.column}: " + " ".join(text.split())

    def __str__(self) -> str:
        return self.format()


@dataclass(frozen=True)
class MetricInfo:
    """One metric from metrics.csv: its id, readable label, description and canonical unit ("" if none)."""

    metric: str
    label: str = ""
    description: str = ""
    unit: str = ""


# --- reading a CSV file as a spreadsheet wrote it -----------------------------------------

@dataclass
class _Table:
    """A CSV file's records mapped onto known columns; cells stripped, one list per column."""

    file: str
    header_row: int
    present: list[str]
    rows: list[int] = field(default_factory=list)
    cells: dict[str, list[str]] = field(default_factory=dict)
    broken: set[int] = field(default_factory=set)  # record indexes whose cells cannot be trusted


def _letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based index: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _decode(data: bytes) -> tuple[str | None, str, str]:
    """(text, message, fix): the file's text, or why it is not a readable text file."""
    if data.startswith(b"PK\x03\x04"):
        return None, "is a zip file such as an Excel workbook (.xlsx), not a CSV file", \
            "in the spreadsheet, use Save As 'CSV UTF-8 (Comma delimited)'"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "", ""
        except UnicodeDecodeError:
            return None, "is not valid UTF-16 text", "save it as 'CSV UTF-8'"
    if b"\x00" in data:
        return None, "is not a text file (it contains NUL bytes); expected a CSV file", \
            "choose the CSV file, or save the sheet as 'CSV UTF-8'"
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            return None, (f"is neither UTF-8 nor Windows-1252 text (byte 0x{data[exc.start]:02x} "
                          f"at offset {exc.start})"), "save it as 'CSV UTF-8'"
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\v\f\r")
    if controls > max(8, len(sample) // 20):
        return None, "is not a text file (it is full of control characters); expected a CSV file", \
            "choose the CSV file, or save the sheet as 'CSV UTF-8'"
    return text, "", ""


SEP_LINE = re.compile(r'"?sep=([,;\t|])"?[^\S\n]*\r?\n', re.I)
"""Excel's first line naming the delimiter ("sep=;"), hidden when Excel opens the file."""


def sniff_delimiter(text: str) -> str:
    """The delimiter the header row uses: the most frequent of , ; and tab (',' on a tie)."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def header_name(cell: str) -> str:
    """How a header cell is matched to a column: trimmed, lower-case, spaces and hyphens as '_'."""
    return re.sub(r"[\s\-]+", "_", cell.strip().strip("\ufeff").strip().lower())


def _csv_records(text: str, delimiter: str) -> list[tuple[int, list[str] | None, str]]:
    """(spreadsheet row, cells or None, csv error): one per record, so a multi-line cell is one row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    out: list[tuple[int, list[str] | None, str]] = []
    last_error_line = -1
    while True:
        try:
            for cells in reader:
                out.append((len(out) + 1, cells, ""))
            return out
        except csv.Error as exc:
            out.append((len(out) + 1, None, str(exc)))
            if reader.line_num == last_error_line:  # no progress: stop rather than loop
                return out
            last_error_line = reader.line_num


def _csv_error(message: str) -> tuple[str, str]:
    if "unexpected end of data" in message:
        return ("a quoted cell that starts in this row is never closed, so the rest of the file "
                "was read into it"), 'close the quote, or write a quote inside a quoted cell as ""'
    if "field larger than field limit" in message:
        return "a cell in this row is longer than 131,072 characters (an unclosed quote?)", \
            "check the quotes in this row"
    return f"this row is not valid CSV ({message})", \
        'a cell that contains a quote must be quoted, with the quote doubled: "say ""hi"""'


HEADER_HINTS: dict[str, str] = {
    "date": "published", "published_date": "published", "year": "published", "source": "source_title",
    "title": "source_title", "link": "url", "id": "claim_id", "figure": "value", "number": "value",
    "estimate": "value", "country": "geography", "place": "geography", "comment": "notes",
    "comments": "notes", "keywords": "tags", "speaker": "claimant",
}
"""Header names editors use for a known column, offered as "did you mean …?" (never mapped silently)."""


def _suggest_column(name: str, known: tuple[str, ...]) -> list[str]:
    """The known column an unknown header most likely means: a close spelling, or a usual other name."""
    if name in HEADER_HINTS and HEADER_HINTS[name] in known:
        return [HEADER_HINTS[name]]
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if match:
        return match
    parts = {part: col for col in known for part in col.split("_") if len(part) >= 4}
    match = difflib.get_close_matches(name, list(parts), n=1, cutoff=0.8)
    return [parts[match[0]]] if match else []


def _read_table(path: Path, known: tuple[str, ...], required: tuple[str, ...],
                what: str) -> tuple[_Table | None, list[Problem]]:
    """Read a CSV file onto the `known` columns; None (with one row-1 problem) if it is unreadable."""
    file = str(path)

    def unreadable(message: str, fix: str = "") -> tuple[None, list[Problem]]:
        return None, [Problem(file, 1, "-", "", message, fix)]

    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return unreadable("file not found", "check the path, or set --data or CLAIMS_DATA")
    except IsADirectoryError:
        return unreadable("is a directory, not a CSV file", "give the path of the CSV file")
    except PermissionError:
        return unreadable("cannot be read: permission denied")
    except OSError as exc:
        return unreadable(f"cannot be read: {exc.strerror or exc}")
    text, message, fix = _decode(data)
    if text is None:
        return unreadable(message, fix)
    if not text.strip():
        return unreadable(f"file is empty; expected a header row of {what} columns",
                          "start with the header row: " + ",".join(required))

    if sep := SEP_LINE.match(text):  # Excel's delimiter line, hidden in Excel
        records = _csv_records(text[sep.end():], sep.group(1))
    else:
        records = _csv_records(text, sniff_delimiter(text))
    header: list[str] | None = None
    header_row = header_at = 1
    for header_at, (row, cells, error) in enumerate(records):
        if error:
            msg, fx = _csv_error(error)
            return unreadable(f"the header row is not valid CSV: {msg}", fx)
        if "".join(cells).strip():
            header, header_row = cells, row
            break
    if header is None:  # only blank rows
        return unreadable(f"file is empty; expected a header row of {what} columns",
                          "start with the header row: " + ",".join(required))

    names = [header_name(c) for c in header]
    if not set(names) & set(known):
        shown = ",".join(c.strip() for c in header)
        return unreadable(
            f"no {what} header: row {header_row} reads {shown[:80]!r}, which names none of the "
            f"columns {', '.join(required)}",
            "the first row must be the header row: " + ",".join(required))

    problems: list[Problem] = []
    index: dict[str, int] = {}
    suggested: dict[str, tuple[int, str]] = {}
    for i, (raw, name) in enumerate(zip(header, names)):
        raw = raw.strip()
        if not name:
            continue
        if name in known:
            if name in index:
                problems.append(Problem(
                    file, header_row, name, raw,
                    f"column {name!r} appears twice (columns {_letter(index[name])} and {_letter(i)}); "
                    f"column {_letter(i)} is not read",
                    "merge the two columns, or rename one"))
            else:
                index[name] = i
            continue
        match = _suggest_column(name, known)
        if match and match[0] not in names:
            suggested.setdefault(match[0], (i, raw))
            problems.append(Problem(file, header_row, raw, raw,
                                    f"unknown column {raw!r} (column {_letter(i)}) is not read",
                                    f"did you mean {match[0]}?"))
        else:
            problems.append(Problem(
                file, header_row, raw, raw, f"unknown column {raw!r} (column {_letter(i)}) is not read",
                f"rename it to one of {', '.join(known)}, or move its contents into notes"
                if "notes" in known else f"rename it to one of {', '.join(known)}"))
    for name in required:
        if name not in index:
            if name in suggested:
                i, raw = suggested[name]
                fix = f"rename column {_letter(i)} {raw!r} to {name}"
            else:
                fix = f"add a {name} column"
            problems.append(Problem(file, header_row, name, "", f"required column {name!r} is missing", fix))

    table = _Table(file, header_row, [c for c in known if c in index])
    width = len(header)
    kept: list[list[str]] = []
    for row, cells, error in records[header_at + 1:]:
        if error:
            msg, fx = _csv_error(error)
            problems.append(Problem(file, row, "-", "", msg, fx))
            continue
        if not cells or (not cells[0].strip() and not "".join(cells).strip()):
            continue  # a blank row is not a record
        if len(cells) > width:
            extra = [c.strip() for c in cells[width:]]
            if any(extra):
                table.broken.add(len(kept))
                shown = ", ".join(repr(c) for c in extra if c)
                problems.append(Problem(
                    file, row, "-", ",".join(extra),
                    f"this row has {len(cells)} cells but the header names {width} columns; "
                    f"{shown} has no column",
                    "put double quotes around a cell that contains the delimiter, e.g. "
                    '"2,000–3,000 people"'))
            del cells[width:]
        elif len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        table.rows.append(row)
        kept.append(cells)
    by_position = list(zip(*kept)) if kept else [() for _ in range(width)]
    n = len(kept)
    table.cells = {name: (list(map(str.strip, by_position[index[name]])) if name in index else [""] * n)
                   for name in known}
    for i, name in enumerate(names):
        if name:
            continue
        first = next((k for k, c in enumerate(by_position[i]) if c.strip()), None)
        if first is not None:
            problems.append(Problem(file, header_row, "-", "",
                                    f"column {_letter(i)} has no header but holds data (first in row "
                                    f"{table.rows[first]}); it is not read",
                                    "give it a header, or move its contents into notes"))
    return table, problems


def read_rows(path: str | os.PathLike[str] | None = None) -> tuple[list[dict[str, str]], list[Problem]]:
    """Every record of a claims file as written (COLUMNS keys, cells trimmed), with reading problems.

    Unlike `read_claims` nothing is left out for failing a rule, so these are the rows to edit and
    give back to `write_claims`. What a problem here reports is not in them (a record that is not
    valid CSV, cells beyond the header, an unknown column), so write back only when there are none.
    """
    with _gc_paused():
        table, problems = _read_table(paths.claims_path(path), COLUMNS, REQUIRED, "claims")
    if table is None:
        return [], problems
    rows = [{c: table.cells[c][k] for c in COLUMNS} for k in range(len(table.rows))]
    return rows, problems


# --- checks on single values -------------------------------------------------------------
# Each takes a cell's text (never empty) and returns None or (message, fix).

Check = Callable[[str], "tuple[str, str] | None"]

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
EXCEL_DAY_MONTH = re.compile(rf"(\d{{1,2}})[-/]{_MON}", re.I)       # 05-Oct, 5-Oct
EXCEL_MONTH_NUM = re.compile(rf"{_MON}[-/](\d{{1,2}})", re.I)       # Oct-05
EXCEL_FULL = re.compile(rf"\d{{1,2}}[-/ ]{_MON}[-/ ]\d{{2,4}}", re.I)  # 10-May-05
EXCEL_NUMERIC = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{1,2}-\d{1,2}( 0?0:00(:00)?)?")  # 5/10/2005


def _month(name: str) -> int:
    """Month number of a month name or abbreviation ('Oct', 'october' → 10)."""
    return MONTHS.index(name[:3].lower()) + 1


def excel_date(text: str) -> tuple[str, str] | None:
    """(message, fix) when a figure looks like a date a spreadsheet made of it ("05-Oct"), else None."""
    text = text.strip()
    pair = None
    if m := EXCEL_DAY_MONTH.fullmatch(text):
        pair = sorted((int(m.group(1)), _month(m.group(2))))
    elif m := EXCEL_MONTH_NUM.fullmatch(text):
        pair = sorted((_month(m.group(1)), int(m.group(2))))
    elif not (EXCEL_FULL.fullmatch(text) or EXCEL_NUMERIC.fullmatch(text)):
        return None
    if pair:
        lo, hi = pair
        return (f"{text!r} is a date: the spreadsheet turned a figure such as '{lo}-{hi}' into a date",
                f"retype it as {lo}–{hi} with the cell formatted as Text")
    return (f"{text!r} is a date, not a figure: a spreadsheet may have turned the figure into a date",
            "retype the figure as the source gives it, with the cell formatted as Text")


def _two_digit_year(y: int) -> int:
    return y + (2000 if y < 30 else 1900) if y < 100 else y  # as Excel reads "05" and "95"


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _date_candidates(text: str) -> list[str]:
    """The YYYY-MM-DD dates a spreadsheet-style date could mean ("12/10/2005" → two)."""
    t = text.strip().lower().replace(",", " ")
    if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", t):
        a, b, y = int(m.group(1)), int(m.group(2)), _two_digit_year(int(m.group(3)))
        found = [_iso(y, b, a), _iso(y, a, b)]
    elif m := re.fullmatch(r"(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?", t):
        found = [_iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))]
    elif m := re.fullmatch(rf"(\d{{1,2}})[\s\-/]+{_MON}[\s\-/]+(\d{{2}}|\d{{4}})", t):
        found = [_iso(_two_digit_year(int(m.group(3))), _month(m.group(2)), int(m.group(1)))]
    elif m := re.fullmatch(rf"{_MON}\s+(\d{{1,2}})\s+(\d{{4}})", t):
        found = [_iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))]
    elif m := re.fullmatch(rf"{_MON}[\s\-/]+(\d{{2}}|\d{{4}})", t):
        y, mo = _two_digit_year(int(m.group(2))), _month(m.group(1))
        return [f"{y:04d}-{mo:02d}"]
    elif m := re.fullmatch(r"(\d{4})/(\d{1,2})", t):
        return [f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"] if 1 <= int(m.group(2)) <= 12 else []
    else:
        return []
    return list(dict.fromkeys(d for d in found if d))


def _date_parts(text: str) -> tuple[int, ...] | None:
    """(year[, month[, day]]) of a valid YYYY, YYYY-MM or YYYY-MM-DD, else None."""
    m = DATE_RE.fullmatch(text)
    if not m:
        return None
    parts = tuple(int(g) for g in m.groups() if g is not None)
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) == 3 and _iso(*parts) is None:
        return None
    return parts


def _date_check(today: date) -> Check:
    now = (today.year, today.month, today.day)

    def check(text: str) -> tuple[str, str] | None:
        parts = _date_parts(text)
        if parts is None:
            if DATE_RE.fullmatch(text):
                return f"{text!r} is not a real date", DATE_FORMAT
            candidates = _date_candidates(text)
            if candidates:
                return (f"{text!r} looks like a spreadsheet date format; dates must be YYYY-MM-DD",
                        f"write {' or '.join(candidates)}" + (" (whichever the source means)"
                                                              if len(candidates) > 1 else "")
                        + ", with the cell formatted as Text")
            return f"{text!r} is not a date", DATE_FORMAT
        if parts > now[:len(parts)]:
            return f"{text!r} is in the future (today is {today.isoformat()})", "check the year"
        return None

    return check


def _period_check(text: str) -> tuple[str, str] | None:
    m = PERIOD_RE.fullmatch(text)
    if m and m.group(2) and int(m.group(2)) < int(m.group(1)):
        return f"period {text!r} ends before it starts", f"write {m.group(2)}-{m.group(1)}"
    if m:
        return None
    alt = re.fullmatch(r"(\d{4})\s*[–—/]\s*(\d{4})|(\d{4})\s+-\s+(\d{4})", text)
    fix = f"write {'-'.join(g for g in alt.groups() if g)}" if alt else "e.g. 2005 or 2005-2010"
    return f"{text!r} is not a period; use YYYY or YYYY-YYYY", fix


def _snake(text: str) -> str:
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_").lower()
    return s if METRIC_RE.fullmatch(s) else ""


def _metric_check(text: str) -> tuple[str, str] | None:
    if METRIC_RE.fullmatch(text):
        return None
    snake = _snake(text)
    return (f"metric {text!r} is not snake_case (lower-case letters and digits joined by single underscores)",
            f"write {snake}" if snake else "e.g. trafficked_share")


def _claim_id_check(text: str) -> tuple[str, str] | None:
    if CLAIM_ID_RE.fullmatch(text):
        return None
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return (f"claim_id {text!r} must start with a letter or digit and hold only letters, digits, '-', '_' and '.'",
            f"write {slug}" if slug else "e.g. taipei-2005-share")


PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][!-~]*)?", re.I)
"""The common case, checked fast: an http(s) address with a plain host and no spaces."""


def _url_check(text: str) -> tuple[str, str] | None:
    if PLAIN_URL.fullmatch(text):
        return None
    if any(ch.isspace() for ch in text):
        return f"{text!r} contains spaces, so it is not a single web address", \
            "paste the address alone; write a space as %20"
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        parts, host = None, None
    if parts is not None and parts.scheme.lower() in ("http", "https") and host:
        return None
    fix = "write the full address, starting https:// or http://"
    if parts is not None and not parts.scheme and re.match(r"(www\.)?[\w-]+(\.[\w-]+)+(/|$)", text):
        fix = f"write https://{text}"
    return f"{text!r} is not an http(s) web address", fix


def _unit_check(text: str) -> tuple[str, str] | None:
    try:
        units.dimension_key(units.canonical_unit(text))
        return None
    except Exception as exc:  # UnitError, or pint failing on a half-written unit such as 'percent/'
        message = str(exc) if isinstance(exc, units.UnitError) else f"unknown unit {text!r}"
    match = difflib.get_close_matches(text.lower(), list(units.UNIT_WORDS), n=1, cutoff=0.7)
    return message, (f"did you mean {match[0]}?" if match else "")


def _canonical_or_blank(text: str) -> str:
    try:
        unit = units.canonical_unit(text)
        units.dimension_key(unit)
        return unit
    except Exception:
        return ""


def _dim(unit: str) -> str:
    try:
        return units.dimension_key(unit)
    except Exception:
        return f"?{unit}"


def _dim_name(unit: str) -> str:
    try:
        return units.dimension_name(unit)
    except Exception:
        return unit


def _unit_shown(unit: str) -> str:
    return unit or "no unit"


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
    cells = table.cells
    for k, row in enumerate(table.rows):
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


# --- the claims table --------------------------------------------------------------------

class _Checker:
    """Runs every rule over a table's columns; collects problems and the records that fail."""

    def __init__(self, table: _Table, metrics: dict[str, MetricInfo], metrics_file: str, today: date):
        self.t = table
        self.metrics = metrics
        self.metrics_file = metrics_file
        self.today = today
        self.problems: list[Problem] = []
        self.bad: set[int] = set(table.broken)
        self.live = [k for k in range(len(table.rows)) if k not in table.broken]
        self.cases: list[tuple[tuple[str, str, str, str], Range, list[int]]] = []  # readable figures

    def add(self, k: int, column: str, value: str, message: str, fix: str = "") -> None:
        self.problems.append(Problem(self.t.file, self.t.rows[k], column, value, message, fix))
        self.bad.add(k)

    def each(self, column: str, check: Check) -> None:
        """Run `check` once per distinct non-empty value of `column`; report every record that fails."""
        if column not in self.t.present:
            return
        values = self.t.cells[column]
        failing = {v: found for v in set(values) if v and (found := check(v)) is not None}
        if failing:
            for k in self.live:
                if values[k] in failing:
                    self.add(k, column, values[k], *failing[values[k]])

    def run(self) -> None:
        t = self.t
        for column in REQUIRED:
            if column not in t.present:
                self.bad.update(self.live)  # reported once, on the header row
                continue
            values = t.cells[column]
            if "" not in values:
                continue
            for k in self.live:
                if not values[k]:
                    self.add(k, column, "", f"{column} is empty; it is required",
                             f"fill in {COLUMN_DOCS[column][0][0].lower()}{COLUMN_DOCS[column][0][1:]}")
        self.each("claim_id", _claim_id_check)
        self.unique_ids()
        self.each("metric", _metric_check)
        self.each("unit", _unit_check)
        self.each("value", excel_date)
        self.each("range", excel_date)
        dates = _date_check(self.today)
        self.each("published", dates)
        self.each("accessed", dates)
        self.accessed_after_published()
        self.each("period", _period_check)
        self.each("url", _url_check)
        self.derived_from()
        self.read_figures()
        self.metric_dimensions()

    def unique_ids(self) -> None:
        ids = self.t.cells["claim_id"]
        taken = set(ids)
        if len(taken) == len(ids):
            return
        first: dict[str, int] = {}
        for k in range(len(ids)):
            v = ids[k]
            if not v:
                continue
            if v not in first:
                first[v] = k
                continue
            n = 2
            while f"{v}-{n}" in taken:
                n += 1
            taken.add(f"{v}-{n}")
            self.add(k, "claim_id", v, f"claim_id {v!r} is already used by row {self.t.rows[first[v]]}",
                     f"give this claim its own id, e.g. {v}-{n}")

    def accessed_after_published(self) -> None:
        if "accessed" not in self.t.present or "published" not in self.t.present:
            return
        pub, acc = self.t.cells["published"], self.t.cells["accessed"]
        parts = {v: _date_parts(v) for v in set(pub) | set(acc) if v}
        parts[""] = None
        for k, a_text, p_text in zip(range(len(acc)), acc, pub):
            a, p = parts[a_text], parts[p_text]
            if a is None or p is None or k in self.t.broken:
                continue
            n = min(len(a), len(p))
            if a[:n] < p[:n]:
                self.add(k, "accessed", a_text, f"accessed {a_text!r} is before published {p_text!r}",
                         "check both dates: a source cannot be read before it is published")

    def derived_from(self) -> None:
        if "derived_from" not in self.t.present:
            return
        ids = self.t.cells["claim_id"]
        known = set(ids) - {""}
        folded: dict[str, str] = {}
        values = self.t.cells["derived_from"]
        for k in self.live:
            v = values[k]
            if not v:
                continue
            if v == ids[k]:
                self.add(k, "derived_from", v, f"derived_from {v!r} is this claim's own claim_id",
                         "name the earlier claim this one repeats, or leave it blank")
            elif v not in known:
                if not folded:
                    folded = {i.lower(): i for i in reversed(ids) if i}
                guess = folded.get(v.lower())
                if guess is None and len(known) <= 5000:
                    close = difflib.get_close_matches(v, known, n=1, cutoff=0.8)
                    guess = close[0] if close else None
                self.add(k, "derived_from", v, f"derived_from {v!r} is not the claim_id of any claim in this file",
                         f"did you mean {guess}?" if guess else "name an existing claim_id, or leave it blank")

    def read_figures(self) -> None:
        """Read each record's figure from `range` (if given) or `value`; each distinct case is read once.

        A case is (column, text, unit cell, metric): the same text may read differently by unit.
        """
        t = self.t
        value, rng, unit_col, metric_col = t.cells["value"], t.cells["range"], t.cells["unit"], t.cells["metric"]
        cases: dict[tuple[str, str, str, str], list[int]] = {}
        for k in self.live:
            key = ("range", rng[k], unit_col[k], metric_col[k]) if rng[k] else \
                ("value", value[k], unit_col[k], metric_col[k])
            members = cases.get(key)
            if members is None:
                cases[key] = [k]
            else:
                members.append(k)
        parsed: dict[tuple[str, str], Range | RangeParseError] = {}

        def parse(text: str, unit: str) -> Range | RangeParseError:
            if (text, unit) not in parsed:
                try:
                    parsed[text, unit] = parse_range(text, unit=unit or None)
                except RangeParseError as exc:
                    parsed[text, unit] = exc
                except Exception as exc:  # a parser bug must not hide the other rows' problems
                    parsed[text, unit] = RangeParseError(f"could not read {text!r} ({exc})")
            return parsed[text, unit]

        self.cases: list[tuple[tuple[str, str, str, str], Range, list[int]]] = []
        for key, members in cases.items():
            column, text, unit_text, metric = key
            if not text or excel_date(text) is not None:
                continue  # reported already
            given = _canonical_or_blank(unit_text) if unit_text else ""
            if unit_text and not given:
                continue  # unknown unit: reported already
            info = self.metrics.get(metric)
            hint = given or (info.unit if info else "")
            found = self.read_one(column, text, unit_text, given, metric, hint, parse)
            if isinstance(found, Range):
                self.cases.append((key, found, members))
            else:
                for k in members:
                    self.add(k, column, text, *found)

        # A bare number takes the unit the metric's other claims state most often.
        stated: dict[str, Counter[str]] = {}
        for (_, _, _, metric), r, members in self.cases:
            if r.unit:
                stated.setdefault(metric, Counter())[r.unit] += len(members)
        for i, (key, r, members) in enumerate(self.cases):
            if not r.unit and key[3] in stated:
                self.cases[i] = (key, replace(r, unit=stated[key[3]].most_common(1)[0][0]), members)

    def read_one(self, column: str, text: str, unit_text: str, given: str, metric: str, hint: str,
                 parse: Callable[[str, str], Range | RangeParseError]) -> Range | tuple[str, str]:
        """One case's reading, or (message, fix) saying why it cannot be read."""
        r = parse(text, hint)
        if isinstance(r, RangeParseError):
            plain = parse(text, "") if hint else r
            if isinstance(plain, Range):  # readable, but not in the unit given: say whose unit
                what = f"{text!r} is {_dim_name(plain.unit)} ({_unit_shown(plain.unit)})"
                if given:
                    return (f"{what}, but this row's unit is {unit_text!r} ({_dim_name(given)})",
                            "correct the unit, or clear it to use the figure's own")
                return (f"{what}, but metric {metric!r} is {_dim_name(hint)}: its unit in "
                        f"{self.metrics_file} is {hint}", "check the metric, or the figure")
            if column == "value":
                return str(r), ("write the reading in range in compact form, e.g. 30–50%, and keep the "
                                "source's wording in value")
            return str(r), "write range in compact form, e.g. 30–50% or 5+ years"
        if r.low is not None and r.high is not None and r.low > r.high:
            return (f"{text!r} reads as {format_range(r)}: the low end is above the high end",
                    "write the smaller number first")
        return r

    def metric_dimensions(self) -> None:
        """All claims of a metric share a dimension: metrics.csv's unit's, else most of its claims'."""
        rows = self.t.rows
        groups: dict[str, list[int]] = {}
        for i, ((_, _, _, metric), _, _) in enumerate(self.cases):
            if metric:
                groups.setdefault(metric, []).append(i)
        for metric, case_ids in groups.items():
            info = self.metrics.get(metric)
            dims = {i: _dim(self.cases[i][1].unit) for i in case_ids}
            if info and info.unit:
                expected, example = _dim(info.unit), info.unit
                why = f"its unit in {self.metrics_file} is {info.unit}"
            else:
                counts: Counter[str] = Counter()
                for i in case_ids:
                    counts[dims[i]] += len(self.cases[i][2])
                if len(counts) == 1:
                    continue
                expected, n = counts.most_common(1)[0]
                first = min((self.cases[i][2][0], i) for i in case_ids if dims[i] == expected)
                example = self.cases[first[1]][1].unit
                total = sum(counts.values())
                why = (f"like {n} of its {total} claims, e.g. row {rows[first[0]]}" if n > 1
                       else f"like its first claim, row {rows[first[0]]}")
            for i in case_ids:
                if dims[i] == expected:
                    continue
                (column, text, unit_text, _), r, members = self.cases[i]
                if unit_text:
                    column, value, what = "unit", unit_text, f"unit {unit_text!r} is {_dim_name(r.unit)}"
                else:
                    value, what = text, f"{text!r} is {_dim_name(r.unit)} ({_unit_shown(r.unit)})"
                for k in members:
                    self.add(k, column, value, f"{what}, but metric {metric!r} is {_dim_name(example)} ({why})",
                             "use a figure of the same kind, or another metric")


def _order(p: Problem) -> tuple:
    return (p.row, COLUMNS.index(p.column) if p.column in COLUMNS else -1)


TEXT = pd.StringDtype("python", na_value=math.nan)
"""pandas' `str` dtype, stored as Python strings: twice as fast to build as Arrow for a 100k-row table."""


def _empty_frame() -> pd.DataFrame:
    dtypes = {"low": "float64", "high": "float64", "row": "int64"}
    return pd.DataFrame({c: pd.Series([], dtype=dtypes.get(c, TEXT)) for c in FRAME_COLUMNS})


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small lists (it rescans them all)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
    """Changes whenever the code or conventions that shape a loaded table change."""
    h = hashlib.sha256(pd.__version__.encode())
    for source in sorted(Path(__file__).parent.glob("*.py")) + [paths.VAGUE_TERMS]:
        h.update(source.read_bytes())
    return h.hexdigest()


_CODE_DIGEST = _code_digest()


def _disk_cached(path: Path, mpath: Path, metrics_path, today: date) -> tuple[pd.DataFrame, list[Problem]]:
    """The loaded table from the cache folder when this exact content was loaded before, else load it.

    The key is a hash of the file's bytes, the metrics file's bytes, the path, the day (dates may
    not lie in the future) and the code; a cache that cannot be read or written is simply skipped.
    """
    folder = paths.cache_dir()
    digest = None
    if folder is not None:
        try:
            h = hashlib.sha256(_CODE_DIGEST.encode())
            for part in (str(path), today.isoformat()):
                h.update(part.encode() + b"\0")
            for f in (path, mpath):
                h.update(f.read_bytes() if f.is_file() else b"<missing>")
                h.update(b"\0")
            digest = h.hexdigest()
            with open(folder / f"{digest}.pickle", "rb") as fh:
                return pickle.load(fh)
        except Exception:  # noqa: BLE001 - a missing or unreadable cache entry only means loading anew
            pass
    with _gc_paused():
        result = _read_claims(path, metrics_path, today)
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


def _reading_fields(r: Range) -> tuple[str, float, float, str, str, str]:
    """unit, low, high (NaN when open), kind, compact reading and vague conventions of one reading."""
    try:
        reading = format_range(r, decimals=2)
    except ValueError:  # a reading the compact form cannot show must not lose the claim
        reading = r.text
    return (r.unit, math.nan if r.low is None else r.low, math.nan if r.high is None else r.high,
            r.kind, reading, "; ".join(r.vague))


def _read_claims(path: Path, metrics_path: str | os.PathLike[str] | None,
                 today: date) -> tuple[pd.DataFrame, list[Problem]]:
    mpath = Path(metrics_path) if metrics_path is not None else paths.metrics_path_for(path)
    metrics, metric_problems = read_metrics(mpath)
    table, problems = _read_table(path, COLUMNS, REQUIRED, "claims")
    if table is None:
        return _empty_frame(), metric_problems + problems
    checker = _Checker(table, metrics, mpath.name, today)
    checker.run()
    problems = metric_problems + sorted(problems + checker.problems, key=_order)

    case_of = [-1] * len(table.rows)  # record → its readable case (-1: none)
    for i, (_, _, members) in enumerate(checker.cases):
        for k in members:
            case_of[k] = i
    bad = checker.bad
    keep = [k for k, i in enumerate(case_of) if i >= 0 and k not in bad]
    if not keep:
        return _empty_frame(), problems
    if len(keep) == len(table.rows):
        def pick(values: list) -> list:
            return values
    else:
        getter = operator.itemgetter(*keep)

        def pick(values: list) -> list:
            return list(getter(values)) if len(keep) > 1 else [values[keep[0]]]
    per_case = [_reading_fields(r) for _, r, _ in checker.cases]
    fields = list(zip(*[per_case[case_of[k]] for k in keep]))
    data: dict[str, list] = {c: pick(table.cells[c]) for c in COLUMNS}
    data["unit_given"] = data["unit"]
    data.update(zip(("unit", "low", "high", "kind", "reading", "vague"), fields))
    data["row"] = pick(table.rows)
    dtypes = {"low": "float64", "high": "float64", "row": "int64"}
    frame = pd.DataFrame({c: pd.array(data[c], dtype=dtypes.get(c, TEXT)) for c in FRAME_COLUMNS})
    return frame, problems


def load_claims(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> pd.DataFrame:
    """The valid claims of a file, one row each (see `read_claims`); problems in `df.attrs["problems"]`."""
    frame, problems = read_claims(path, today=today)
    frame.attrs["problems"] = problems
    return frame


def validate(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> list[Problem]:
    """Every problem in a claims file (and its metrics.csv), in row order; [] when the file is valid."""
    return read_claims(path, today=today)[1]


# --- writing -----------------------------------------------------------------------------

DERIVED = frozenset(READING + EXTRA)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _quote(text: str) -> str:
    """CSV quoting as csv.QUOTE_MINIMAL does, also quoting a lone carriage return."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _unknown_key(keys: Iterable[object], where: str) -> None:
    unknown = [k for k in keys if k not in COLUMNS and k not in DERIVED]
    if unknown:
        match = difflib.get_close_matches(str(unknown[0]), COLUMNS, n=1)
        hint = f"; did you mean {match[0]}?" if match else ""
        raise ValueError(f"{where} has a key that is not a claims column: {unknown[0]!r}{hint}")


def claims_csv(rows: pd.DataFrame | Iterable[Mapping[str, object]]) -> bytes:
    """The bytes `write_claims` writes: COLUMNS in canonical order, UTF-8, '\\n' line ends, minimal quoting.

    A frame from `load_claims` is written with its `unit_given` (the CSV's unit cell), not the
    resolved unit. A key that is neither a column nor a derived one is an error, so nothing is
    dropped silently.
    """
    lines = [",".join(COLUMNS)]
    if isinstance(rows, pd.DataFrame):
        _unknown_key(rows.columns, "the table")
        source = {c: ("unit_given" if c == "unit" and "unit_given" in rows.columns else c) for c in COLUMNS}
        columns = [[_quote(_cell(v)) for v in rows[source[c]].tolist()] if source[c] in rows.columns
                   else [""] * len(rows) for c in COLUMNS]
        lines.extend(",".join(cells) for cells in zip(*columns))
    else:
        for n, record in enumerate(rows, start=1):
            _unknown_key(record, f"row {n}")
            cells = {c: _cell(record.get(c)) for c in COLUMNS}
            if "unit_given" in record:
                cells["unit"] = _cell(record["unit_given"])
            lines.append(",".join(_quote(cells[c]) for c in COLUMNS))
    text = "\n".join(lines) + "\n"
    if "\x00" in text:  # the file would read back as "not a text file"
        line = text[:text.index("\x00")].count("\n") + 1
        raise ValueError(f"row {line - 1} holds a NUL character, which a CSV file cannot keep; remove it")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a badly decoded paste
        line = text[:exc.start].count("\n") + 1
        raise ValueError(f"row {line - 1} holds {text[exc.start]!r}, which is not a character UTF-8 can "
                         "write; remove it") from None


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes to `path` atomically (temp file, fsync, replace), keeping its permissions.

    On any failure the old file is untouched. Every write of the table goes through here.
    """
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable; not every platform can open a directory
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return path
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
    return path


def write_claims(rows: pd.DataFrame | Iterable[Mapping[str, object]], path: str | os.PathLike[str]) -> Path:
    """Write claims to `path` atomically (temp file, fsync, replace); on failure the old file is untouched.

    Rows are written in the order given, cells exactly as given; see `claims_csv` for the format.
    """
    return write_bytes_atomic(path, claims_csv(rows))
