"""The claims table on disk: reading what spreadsheets write and validating every rule.

`read_claims` returns the valid claims as a DataFrame (one row each, with the interval read from
`range` or `value`) together with every problem found; `load_claims` returns just the DataFrame
(problems in `df.attrs["problems"]`); `validate` returns just the problems. A problem names the file,
the row as a spreadsheet shows it (header = row 1, first claim = row 2), the column, the value, what
is wrong and, where obvious, the fix. Writing is `claims.writer`.

Reading is done on whole columns: a plain CSV file is read by Arrow's C++ reader (the csv module
reads anything else and says what is wrong), every rule runs once per distinct value with a
vectorized test passing the values that are certainly fine, and figures are read in bulk
(`claims.bulk`, exactly as `parse_range` reads them). 100,000 claims load in under a second on a
2-core machine; `benchmarks/run.py` measures it.
"""
from __future__ import annotations

import codecs
import csv
import difflib
import gc
import hashlib
import io
import json
import math
import mmap
import os
import pickle
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from claims import bulk, paths, units
from claims.ranges import Range, RangeParseError, format_range, parse_range
from claims.schema import COLUMN_DOCS, COLUMNS, FRAME_COLUMNS, METRIC_COLUMNS, REQUIRED
from claims.writer import write_bytes_atomic

DELIMITERS = (",", ";", "\t")
DATE_FORMAT = "use YYYY, YYYY-MM or YYYY-MM-DD"

CLAIM_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
METRIC_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PERIOD_RE = re.compile(r"(\d{4})(?:-(\d{4}))?")


_PLAIN_COLUMN = re.compile(r'[^\s:"\\]+')
"""A column name shown as is in PATH:ROW:COLUMN; any other (an unknown header 'a: b') is shown quoted."""


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
        column = self.column if _PLAIN_COLUMN.fullmatch(self.column) else json.dumps(self.column, ensure_ascii=False)
        return f"{self.file}:{self.row}:{column}: " + " ".join(text.split())

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
    """A CSV file's records mapped onto known columns: one Arrow string array per column, cells stripped."""

    file: str
    header_row: int
    present: list[str]
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # spreadsheet row of each record
    cells: dict[str, pa.Array] = field(default_factory=dict)
    broken: set[int] = field(default_factory=set)  # record indexes whose cells cannot be trusted

    def column(self, name: str) -> list[str]:
        return self.cells[name].to_pylist()


SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" \
        "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
"""Every character str.isspace() is true for: what `str.strip()` removes."""
_OPENS_SPACE = np.zeros(256, dtype=bool)
_OPENS_SPACE[[ch.encode()[0] for ch in SPACE]] = True
_CLOSES_SPACE = np.zeros(256, dtype=bool)
_CLOSES_SPACE[[ch.encode()[-1] for ch in SPACE]] = True


def _strip(values: pa.Array) -> pa.Array:
    """`str.strip()` on every cell (Arrow's Unicode whitespace is exactly SPACE).

    Most columns have no cell to strip; the first and last UTF-8 byte of each cell tell, far
    faster than trimming.
    """
    if not _may_need_strip(values):
        return values
    return pc.utf8_trim_whitespace(values)


def _may_need_strip(values: pa.Array | pa.ChunkedArray) -> bool:
    """Whether any cell may start or end with a space (True when unsure)."""
    if isinstance(values, pa.ChunkedArray):
        return any(_may_need_strip(chunk) for chunk in values.chunks)
    if values.type != pa.string() or values.null_count:
        return True
    if not len(values):
        return False
    _, offsets, data = values.buffers()
    if data is None:
        return False
    ends = np.frombuffer(offsets, dtype=np.int32)[values.offset:values.offset + len(values) + 1]
    bytes_ = np.frombuffer(data, dtype=np.uint8)
    if not bytes_.size:
        return False
    # an empty cell's first byte is the next cell's and its last the one before's: at worst a needless trim
    for edge, space in ((bytes_.take(ends[:-1], mode="clip"), _OPENS_SPACE),
                        (bytes_.take(ends[1:] - 1, mode="clip"), _CLOSES_SPACE)):
        if edge.min() > 0x20 and edge.max() < 0x80:  # printable ASCII, no space: the common case, quickly
            continue
        if space[edge].any():
            return True
    return False


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
    if _mostly_control(text[:65536]):
        return None, "is not a text file (it is full of control characters); expected a CSV file", \
            "choose the CSV file, or save the sheet as 'CSV UTF-8'"
    return text, "", ""


def _mostly_control(sample: str) -> bool:
    """Whether the start of a file is too full of control characters to be text."""
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\v\f\r")
    return controls > max(8, len(sample) // 20)


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


def _map_header(file: str, header: list[str], header_row: int, known: tuple[str, ...],
                required: tuple[str, ...], what: str) -> tuple[dict[str, int] | None, list[Problem]]:
    """Which cell of a header row holds each known column (None when no known column is named), and the
    header's problems: unknown, repeated and missing columns, each with a fix."""
    names = [header_name(c) for c in header]
    if not set(names) & set(known):
        shown = ",".join(c.strip() for c in header)
        return None, [Problem(
            file, 1, "-", "",
            f"no {what} header: row {header_row} reads {shown[:80]!r}, which names none of the "
            f"columns {', '.join(required)}",
            "the first row must be the header row: " + ",".join(required))]
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
    return index, problems


MAP_FROM = 1 << 20
"""A file this large is mapped rather than copied into memory (see `_contents`)."""


def _contents(path: Path) -> bytes | mmap.mmap:
    """The file's bytes; a large file mapped read-only instead of copied.

    Copying 45 MB into fresh memory took 135 ms in a new process here (a page fault per 4 KiB),
    longer than Arrow's parse of it; mapping pages already in the OS cache takes a few ms. The caller closes a mapping
    once read (Arrow copies every cell), so the file is not held open or locked afterwards.
    """
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size < MAP_FROM or not hasattr(mmap, "PROT_READ"):
            return fh.read()
        try:
            return mmap.mmap(fh.fileno(), 0, flags=mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0),
                             prot=mmap.PROT_READ)
        except (OSError, ValueError):  # a file system that cannot map, or a file emptied meanwhile
            fh.seek(0)
            return fh.read()


def _unmap(data: object) -> None:
    """Close a mapping from `_contents` now rather than whenever it is collected."""
    if isinstance(data, mmap.mmap):
        try:
            data.close()
        except BufferError:  # still viewed (a failed read's leftovers): unmapped when they go
            pass


def _read_table(path: Path, known: tuple[str, ...], required: tuple[str, ...], what: str, *, fast: bool = True,
                data: bytes | mmap.mmap | None = None, meanwhile: Callable[[], object] | None = None
                ) -> tuple[_Table | None, list[Problem]]:
    """Read a CSV file onto the `known` columns; None (with one row-1 problem) if it is unreadable.

    A plain UTF-8 file is read by Arrow's CSV reader (`_fast_table`); anything else, or anything Arrow
    would read differently from Python's strict csv module, by the csv module, which also says
    what is wrong where. `fast=False` forces the csv module (the tests compare the two).
    `meanwhile`: work to do while Arrow reads the file, if Arrow reads it.
    """
    file = str(path)

    def unreadable(message: str, fix: str = "") -> tuple[None, list[Problem]]:
        return None, [Problem(file, 1, "-", "", message, fix)]

    owned = data is None
    try:
        data = _contents(Path(path)) if data is None else data
    except FileNotFoundError:
        return unreadable("file not found", "check the path, or set --data or CLAIMS_DATA")
    except IsADirectoryError:
        return unreadable("is a directory, not a CSV file", "give the path of the CSV file")
    except PermissionError:
        return unreadable("cannot be read: permission denied")
    except OSError as exc:
        return unreadable(f"cannot be read: {exc.strerror or exc}")
    mapped = data
    try:
        if fast and (got := _fast_table(data, file, known, required, what, meanwhile)) is not None:
            _mark_long_cells(*got)
            return got
        data = data[:] if isinstance(data, mmap.mmap) else data  # the csv module reads text
    finally:
        if owned:
            _unmap(mapped)
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
    index, problems = _map_header(file, header, header_row, known, required, what)
    if index is None:
        return None, problems

    table = _Table(file, header_row, [c for c in known if c in index])
    width = len(header)
    kept: list[list[str]] = []
    rows: list[int] = []
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
        rows.append(row)
        kept.append(cells)
    table.rows = np.array(rows, dtype=np.int64)
    by_position = [_strip(pa.array(column, pa.string())) for column in zip(*kept)] if kept else \
        [pa.array([], pa.string()) for _ in range(width)]
    _fill(table, known, index, header, by_position, problems)
    _mark_long_cells(table, problems)
    return table, problems


def _fill(table: _Table, known: tuple[str, ...], index: dict[str, int], header: list[str],
          by_position: list[pa.Array], problems: list[Problem]) -> None:
    """Give the table its known columns (stripped already; "" where absent); a headerless column with data
    is a problem."""
    n = len(table.rows)
    blank = pa.nulls(n, pa.string()).fill_null("") if n else pa.array([], pa.string())
    table.cells = {name: by_position[index[name]] if name in index else blank for name in known}
    for i, cell in enumerate(header):
        if header_name(cell):
            continue
        filled = np.flatnonzero(pc.not_equal(by_position[i], "").to_numpy(zero_copy_only=False))
        if filled.size:
            problems.append(Problem(table.file, table.header_row, "-", "",
                                    f"column {_letter(i)} has no header but holds data (first in row "
                                    f"{table.rows[filled[0]]}); it is not read",
                                    "give it a header, or move its contents into notes"))


MAX_CELL = 131_072
"""The longest cell a claims file may hold, in characters (the csv module's default limit). A longer
one is a problem on its own row and column; the rows after it are read as usual."""

csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
"""The csv module stops at its limit and then reads the rest of the file out of step (one cell's
lines as rows); raised once here, so that `MAX_CELL` is a rule that names the cell instead."""


def _mark_long_cells(table: _Table, problems: list[Problem]) -> None:
    """A cell over MAX_CELL characters is a problem naming its row and column; its record is not read."""
    for name, column in table.cells.items():
        if not len(column) or pc.max(pc.binary_length(column)).as_py() <= MAX_CELL:
            continue  # bytes ≥ characters, so most columns are cleared here
        for k in np.flatnonzero(_np(pc.greater(pc.utf8_length(column), MAX_CELL))):
            table.broken.add(int(k))
            length = len(column[int(k)].as_py())
            problems.append(Problem(table.file, int(table.rows[k]), name, "",
                                    f"this {name} cell holds {length:,} characters; a cell holds at most "
                                    f"{MAX_CELL:,} (an unclosed quote takes in the rows after it)",
                                    "check the quotes in this row, or shorten the cell"))


def _fast_table(data: bytes | mmap.mmap, file: str, known: tuple[str, ...], required: tuple[str, ...],
                what: str, meanwhile: Callable[[], object] | None = None) -> tuple[_Table, list[Problem]] | None:
    """The table as the csv module would read it, read by Arrow's C++ reader; None when not sure.

    Taken only for a UTF-8 file whose first line is a header naming known columns and nothing
    else, whose records all have the header's width and whose quoting is well formed (see
    `_quoting`); every other file goes to the csv module, which reports what is wrong.
    """
    start = len(codecs.BOM_UTF8) if data[:3] == codecs.BOM_UTF8 else 0
    if data[:4].startswith((b"PK\x03\x04", codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        end = data.find(b"\n", start)
        line = data[start:end if end >= 0 else len(data)].decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        return None
    if not line.strip() or SEP_LINE.match(line + "\n") or '"' in line or "\r" in line:
        return None
    if _mostly_control(data[start:start + 65536].decode("utf-8", errors="ignore")):
        return None
    delimiter = sniff_delimiter(line)
    header = line.split(delimiter)
    index, problems = _map_header(file, header, 1, known, required, what)
    if index is None or problems or any(not header_name(c) for c in header):
        return None
    view = memoryview(data)[start:]
    if not _utf8(view):
        return None
    # bytes.find and mmap.find are memchr: far faster than comparing every byte in numpy
    body = _arrow_read(view, delimiter, len(header), nul=data.find(b"\x00", start) >= 0,
                       cr=data.find(b"\r", start) >= 0, meanwhile=meanwhile)
    if body is None:
        return None
    names = body.column_names
    columns = [body.column(c) if body.num_rows else pa.array([], pa.string()) for c in names]
    stripped = [_strip(c) for c in columns]
    blank = np.ones(body.num_rows, dtype=bool)
    for c in stripped:  # a blank row is not a record; most rows are ruled out by their first cell
        if not blank.any():
            break
        blank &= pc.equal(c, "").to_numpy(zero_copy_only=False)
    table = _Table(file, 1, [c for c in known if c in index])
    keep = np.flatnonzero(~blank)
    table.rows = keep.astype(np.int64) + 2
    if keep.size < body.num_rows:
        taken = pa.array(keep)
        stripped = [c.take(taken) for c in stripped]
    _fill(table, known, index, header, stripped, problems)
    return table, problems


def _utf8(view: memoryview) -> bool:
    """Whether the bytes are valid UTF-8: checked once for the whole file, which is many times faster
    than Arrow checking each of its cells (a cell of a valid file, cut at ASCII delimiters and quotes,
    is valid too)."""
    offsets = pa.py_buffer(np.array([0, len(view)], dtype=np.int32 if len(view) < 2**31 else np.int64))
    whole = (pa.StringArray if len(view) < 2**31 else pa.LargeStringArray).from_buffers(1, offsets, pa.py_buffer(view))
    try:
        whole.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _arrow_read(view: memoryview, delimiter: str, width: int, nul: bool = True, cr: bool = True,
                meanwhile: Callable[[], object] | None = None) -> pa.Table | None:
    """Arrow's reading of the records after the header, every cell a string; None when its reading
    may differ from the csv module's (see `_quoting`), or a record has another width than the header.

    Arrow reads in a second thread (its C++ lets Python go on) while this one does `meanwhile`, if
    given, and checks the file's quotes. Arrow splits records at line ends; in the rare file where a
    quoted cell holds a line break, it reads it again with quotes taken into account.
    `nul` and `cr`: whether the file may hold a NUL byte, a carriage return.
    """
    buf = np.frombuffer(view, dtype=np.uint8)
    read: list[pa.Table | None] = []
    arrow = threading.Thread(target=lambda: read.append(_arrow_csv(view, delimiter, width, breaks_inside=False)))
    arrow.start()
    try:
        if meanwhile is not None:
            meanwhile()
        quoting = _quoting(buf, delimiter, nul=nul, cr=cr)
    finally:
        arrow.join()
    if quoting is None:
        return None
    if quoting.breaks_inside:
        return _arrow_csv(view, delimiter, width, breaks_inside=True)
    return read[0] if read else None


ARROW_BLOCK = 1 << 22
"""Arrow reads a file in blocks of this many bytes, one per thread at a time."""


def _arrow_csv(view: memoryview, delimiter: str, width: int, breaks_inside: bool) -> pa.Table | None:
    """One read by Arrow; None when a record has another width than the header (the csv module says
    which). Such a record is skipped and noted rather than raised: a read that raises leaves Arrow's
    other threads holding the file's memory for a while, and a mapped file could not be closed."""
    names = [f"c{i}" for i in range(width)]
    uneven: list[bool] = []

    def skip(row: object) -> str:
        uneven.append(True)
        return "skip"

    try:
        body = pa_csv.read_csv(
            pa.py_buffer(view),
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1, block_size=ARROW_BLOCK),
            parse_options=pa_csv.ParseOptions(delimiter=delimiter, newlines_in_values=breaks_inside,
                                              ignore_empty_lines=False, invalid_row_handler=skip),
            convert_options=pa_csv.ConvertOptions(column_types={c: pa.string() for c in names}, check_utf8=False,
                                                  strings_can_be_null=False, quoted_strings_can_be_null=False))
    except (pa.ArrowException, ValueError):
        return None
    return None if uneven else body


@dataclass(frozen=True)
class _Quoting:
    breaks_inside: bool  # a quoted cell holds a line break, so Arrow must not split records at line ends


SCAN_CHUNK = 1 << 20


def _quoting(buf: np.ndarray, delimiter: str, *, nul: bool = True, cr: bool = True) -> _Quoting | None:
    """How the file quotes, when the csv module (strict) and Arrow read its quotes alike; else None.

    They differ only on malformed quoting, which the csv module reports and Arrow reads past
    ('"a"b' is an error there, 'ab' here). Walking runs of quotes with the parity of the quotes
    before them (odd: inside a quoted cell) finds every such place: a quote inside an unquoted
    cell, a quoted cell closed and followed by more text, or a quote never closed. A NUL byte
    (not text) is None too. The same parity says whether a line break lies inside a quoted cell.
    `nul=False` and `cr=False` say the caller knows there is no NUL byte or no carriage return.
    """
    q, before, after, breaks = _positions(buf, nul, cr)
    if q is None:
        return None
    if q.size == 0:
        return _Quoting(False)
    if q.size % 2:
        return None
    first = np.empty(q.size, dtype=bool)
    first[0] = True
    np.not_equal(q[1:], q[:-1] + 1, out=first[1:])
    at = np.flatnonzero(first)  # where each run of quotes starts
    last = np.empty_like(at)
    last[:-1] = at[1:] - 1
    last[-1] = q.size - 1
    length = last - at + 1
    ends = np.zeros(256, dtype=bool)
    ends[[ord(delimiter), 10, 13]] = True
    opens_cell = ends[before[at]]  # the byte before a run (a line break at the start of the file)
    text_after = ~ends[after[last]]  # the byte after it (a line break at the end)
    inside = at % 2 == 1
    odd = length % 2 == 1
    bad = (~inside & ~opens_cell) | (~inside & ~odd & text_after) | (inside & odd & text_after)
    if bad.any():
        return None
    return _Quoting(bool((np.searchsorted(q, breaks) % 2 == 1).any()))


def _positions(buf: np.ndarray, nul: bool = True, cr: bool = True
               ) -> tuple[np.ndarray | None, np.ndarray, np.ndarray, np.ndarray]:
    """Where the quotes are, the byte before and after each (a line break at either end of the
    file), and where the line breaks are; (None, …) when a NUL byte is found.

    Read a chunk at a time into one scratch mask, looking at a quote's neighbours while its chunk
    is in the CPU's cache: a mask of the whole file would be fresh memory, a page fault per 4 KiB.
    """
    size = buf.size
    scratch = np.empty((2, min(SCAN_CHUNK, size)), dtype=bool)
    quotes, before, after, breaks = [], [], [], []
    for at in range(0, size, SCAN_CHUNK):
        part = buf[at:at + SCAN_CHUNK]
        mask, cr_mask = scratch[0, :part.size], scratch[1, :part.size]
        if nul and np.equal(part, 0, out=mask).any():
            return None, *(np.zeros(0, np.int64),) * 3
        here = np.flatnonzero(np.equal(part, 34, out=mask))
        if here.size:
            edge = max(at - 1, 0), min(at + part.size, size - 1)  # the neighbours across the chunk's ends
            before.append(np.where(here > 0, part[here - 1], buf[edge[0]] if at else 10))
            after.append(np.where(here < part.size - 1, part.take(here + 1, mode="clip"),
                                  buf[edge[1]] if at + part.size < size else 10))
            quotes.append(here + at)
        np.equal(part, 10, out=mask)
        if cr:
            np.logical_or(mask, np.equal(part, 13, out=cr_mask), out=mask)
        breaks.append(np.flatnonzero(mask) + at)
    if not quotes:
        return np.zeros(0, np.int64), np.zeros(0, np.uint8), np.zeros(0, np.uint8), \
            np.concatenate(breaks) if breaks else np.zeros(0, np.int64)
    return np.concatenate(quotes), np.concatenate(before), np.concatenate(after), np.concatenate(breaks)


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
    columns = {c: table.column(c) for c in COLUMNS}
    rows = [{c: columns[c][k] for c in COLUMNS} for k in range(len(table.rows))]
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
    return MONTHS.index(name.casefold()[:3]) + 1


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
    hidden = next((ch for ch in text if unicodedata.category(ch) in ("Cc", "Cf")), None)
    if hidden is not None:
        name = unicodedata.name(hidden, "a control character")
        return (f"{text!r} holds an invisible character, U+{ord(hidden):04X} ({name}), which can make an "
                "address show as another"), "retype the address, or copy it from the browser's address bar"
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


def _canonical_or_none(text: str) -> str | None:
    """The canonical unit of a unit cell ("" for a plain number: '1', 'dimensionless'), None when
    it is no unit (the unit rule reports it)."""
    try:
        unit = units.canonical_unit(text)
        units.dimension_key(unit)
        return unit
    except Exception:  # noqa: BLE001 - pint raises several unrelated types for bad names
        return None


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


# --- the claims table --------------------------------------------------------------------

def _np(mask: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return mask.to_numpy(zero_copy_only=False)


def _is_in(values: pa.Array, members: Iterable[str]) -> np.ndarray:
    return _np(pc.is_in(values, value_set=pa.array(list(members), pa.string())))


def _codes(values: pa.Array | pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Each value's index among the distinct values, numbered in order of first appearance."""
    encoded = pc.dictionary_encode(values)
    if isinstance(encoded, pa.ChunkedArray):  # chunk by chunk, then one dictionary for all
        encoded = encoded.combine_chunks() if encoded.num_chunks else pa.array([], pa.string()).dictionary_encode()
    return _np(encoded.indices).astype(np.int64), encoded.dictionary


def _firsts(codes: np.ndarray) -> np.ndarray:
    """Where each code first appears, for codes numbered in order of first appearance (0, 1, 2, …)."""
    if not codes.size:
        return np.zeros(0, np.int64)
    seen = np.maximum.accumulate(codes)
    new = np.ones(codes.size, dtype=bool)
    new[1:] = seen[1:] > seen[:-1]
    return np.flatnonzero(new)


def _key_codes(parts: list[tuple[np.ndarray, int]]) -> tuple[np.ndarray, int]:
    """Codes of the distinct tuples of the given codes (each with its number of values), in order of
    first appearance: hashed once as one integer key when that fits in 62 bits, else pair by pair."""
    size = 1
    for _, n in parts:
        size *= max(n, 1)
    if size < 2**62:
        key = np.zeros(len(parts[0][0]), dtype=np.int64)
        for codes, n in parts:
            key = key * max(n, 1) + codes
        found, distinct = pd.factorize(key)
        return found.astype(np.int64), len(distinct)
    key, nk = parts[0]
    for codes, n in parts[1:]:
        key, nk = _combined(key, codes, n)
    return key, nk


def _combined(a: np.ndarray, b: np.ndarray, nb: int) -> tuple[np.ndarray, int]:
    """Codes of the distinct (a, b) pairs, in order of first appearance."""
    codes, distinct = pd.factorize(a * nb + b)
    return codes.astype(np.int64), len(distinct)


def _matches(pattern: str) -> Callable[[pa.Array], pa.Array]:
    return lambda values: pc.match_substring_regex(values, pattern)


CLAIM_ID_OK = _matches(f"^(?:{CLAIM_ID_RE.pattern})$")
METRIC_OK = _matches(f"^(?:{METRIC_RE.pattern})$")
_NOT_SPACE = "[^" + "".join(f"\\x{{{ord(ch):x}}}" for ch in SPACE) + "\\p{Cc}\\p{Cf}]"
URL_OK = _matches(f"(?i)^https?://[A-Za-z0-9.-]+(?::[0-9]+)?(?:[/?#]{_NOT_SPACE}*)?$")
"""http(s) addresses `_url_check` passes: a plain host, then anything without spaces or invisible
characters (e.g. 'são')."""
ISO_DATE = "^(?:1[0-9]|20)[0-9]{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?$"
"""Dates certainly real (days to 28): the others go to `_date_parts`."""
DATE_SHAPE = "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$"
"""What `DATE_RE` matches, in ASCII digits."""
EXCEL_SHAPES = "(?i)^(?:" + "|".join(p.pattern.replace(r"\d", r"\p{Nd}") for p in (
    EXCEL_DAY_MONTH, EXCEL_MONTH_NUM, EXCEL_FULL, EXCEL_NUMERIC)) + ")$"
"""The texts `excel_date` flags, for Arrow's regex engine (Python's \\d is any Unicode digit)."""


def _dates_ok(today: date) -> Callable[[pa.Array], pa.Array]:
    """Dates certainly valid and not in the future: ISO_DATE, compared with today at their precision."""
    iso = today.isoformat()

    def ok(values: pa.Array) -> pa.Array:
        length = pc.utf8_length(values)
        past = pc.or_(pc.or_(pc.and_(pc.equal(length, 4), pc.less_equal(values, iso[:4])),
                             pc.and_(pc.equal(length, 7), pc.less_equal(values, iso[:7]))),
                      pc.and_(pc.equal(length, 10), pc.less_equal(values, iso)))
        return pc.and_(pc.match_substring_regex(values, ISO_DATE), past)

    return ok


def _iso_keys(dates: pa.Array, invalid: set[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each of the distinct dates: whether it is a plain ISO date (DATE_SHAPE, and not among
    `invalid`), its number YYYYMMDD (month and day 0 where not given) and how many parts it gives."""
    plain = _np(pc.match_substring_regex(dates, DATE_SHAPE))
    if invalid:
        plain &= ~_is_in(dates, invalid)
    key = np.zeros(len(dates), dtype=np.int64)
    parts = np.ones(len(dates), dtype=np.int64)
    at = np.flatnonzero(plain)
    if at.size:
        shown = dates.take(pa.array(at))
        padded = pc.utf8_rpad(shown, 10, "0")  # '2005' → '2005000000', '2005-03' → '2005-03000'
        year, month, day = (_np(pc.cast(pc.utf8_slice_codeunits(padded, a, b), pa.int64()))
                            for a, b in ((0, 4), (5, 7), (8, 10)))
        key[at] = year * 10000 + month * 100 + day
        length = _np(pc.utf8_length(shown))
        parts[at] = 1 + (length >= 7) + (length >= 10)
    return plain, key, parts


class _Checker:
    """Runs every rule over a table's columns; collects problems and the records that fail.

    Rules run on whole columns: a vectorized test passes the values that are certainly fine, and
    each rule's own check (the one place its message lives) runs on the distinct rest.
    """

    def __init__(self, table: _Table, metrics: dict[str, MetricInfo], metrics_file: str, today: date):
        self.t = table
        self.metrics = metrics
        self.metrics_file = metrics_file
        self.today = today
        self.problems: list[Problem] = []
        n = len(table.rows)
        self.live = np.ones(n, dtype=bool)
        self.live[list(table.broken)] = False
        self.bad = ~self.live
        self.case_of = np.full(n, -1, dtype=np.int64)  # record → its readable case (-1: none)
        self.cases: dict[str, np.ndarray] = {}  # per case (see read_figures): reading, members, first row
        self.readings: tuple[pa.Array, np.ndarray] = (pa.array([], pa.string()), np.zeros(0, np.int64))
        """The compact readings of the cases that read (`_reading_texts`)."""
        self._distinct: dict[str, pa.Array] = {}
        self._found = threading.local()  # a worker thread's own problems and failing records

    def add(self, k: int, column: str, value: str, message: str, fix: str = "") -> None:
        problems, bad = getattr(self._found, "sink", (self.problems, self.bad))
        problems.append(Problem(self.t.file, int(self.t.rows[k]), column, value, message, fix))
        bad[k] = True

    def each(self, column: str, check: Check, ok: Callable[[pa.Array], pa.Array] | None = None
             ) -> dict[str, tuple[str, str]]:
        """Run `check` once per distinct non-empty value of `column` that `ok` does not pass; report
        every record that fails. Returns the failing values."""
        if column not in self.t.present:
            return {}
        values = self.t.cells[column]
        distinct = self.distinct(column)
        if ok is not None and len(distinct):
            distinct = distinct.filter(pc.invert(ok(distinct)))
        failing = {v: found for v in distinct.to_pylist() if v and (found := check(v)) is not None}
        if failing:
            for k in np.flatnonzero(_is_in(values, failing) & self.live):
                v = values[int(k)].as_py()
                self.add(int(k), column, v, *failing[v])
        return failing

    def run(self) -> None:
        """Every rule. The figures are read while a second thread checks the other columns: most of
        that is Arrow's C++ kernels, which let Python go on, so the two share the machine's cores.
        Each keeps its own problems, joined in one order, so the result never depends on timing.
        The second thread first looks for spreadsheet dates among the figures, which the figures'
        reading needs only once it has worked out its cases."""
        found: dict[str, dict[str, tuple[str, str]]] = {}
        with ThreadPoolExecutor(max_workers=1) as pool:
            dates = pool.submit(self._in_own_sink, lambda: found.update(self.spreadsheet_dates()))
            others = pool.submit(self._in_own_sink, self.other_columns)

            def dates_in() -> dict[str, dict[str, tuple[str, str]]]:
                problems, bad = dates.result()  # these come first, as if found before anything else
                self.problems[:0] = problems
                self.bad |= bad
                return found

            self.read_figures(dates_in)
            # the readings are written (Arrow's kernels, mostly) while this thread checks dimensions
            readings = pool.submit(_reading_texts, self.cases, np.flatnonzero(self.cases["ok"]))
            problems, bad = others.result()
            self.problems.extend(problems)
            self.bad |= bad
            self.metric_dimensions()
            self.readings = readings.result()

    def spreadsheet_dates(self) -> dict[str, dict[str, tuple[str, str]]]:
        """The figures a spreadsheet turned into dates ('05-Oct'), by column: reported, and not read."""
        return {c: self.each(c, excel_date, lambda v: pc.invert(_matches(EXCEL_SHAPES)(v))) for c in ("value", "range")}

    def _in_own_sink(self, rules: Callable[[], None]) -> tuple[list[Problem], np.ndarray]:
        self._found.sink = found = ([], np.zeros(len(self.bad), dtype=bool))
        rules()
        return found

    def other_columns(self) -> None:
        """The rules on every column but the figure's (`value` and `range` beyond being filled in)."""
        t = self.t
        for column in REQUIRED:
            if column not in t.present:
                failing = self._found.sink[1]
                failing |= self.live  # reported once, on the header row
                continue
            for k in np.flatnonzero(_np(pc.equal(t.cells[column], "")) & self.live):
                self.add(int(k), column, "", f"{column} is empty; it is required",
                         f"fill in {COLUMN_DOCS[column][0][0].lower()}{COLUMN_DOCS[column][0][1:]}")
        self.each("claim_id", _claim_id_check, CLAIM_ID_OK)
        self.unique_ids()
        self.each("metric", _metric_check, METRIC_OK)
        self.each("unit", _unit_check)
        dates = _date_check(self.today)
        wrong = self.each("published", dates, _dates_ok(self.today)) | self.each("accessed", dates, _dates_ok(self.today))
        self.accessed_after_published({v for v in wrong if _date_parts(v) is None})
        self.each("period", _period_check)
        self.each("url", _url_check, URL_OK)
        self.derived_from()

    def distinct(self, column: str) -> pa.Array:
        """The column's distinct values, found once (hashing 10^5 ids is not free)."""
        if column not in self._distinct:
            self._distinct[column] = pc.unique(self.t.cells[column])
        return self._distinct[column]

    def unique_ids(self) -> None:
        column = self.t.cells["claim_id"]
        if len(self.distinct("claim_id")) == len(column):
            return
        ids = column.to_pylist()
        taken = set(ids)
        first: dict[str, int] = {}
        next_n: dict[str, int] = {}  # the next suffix to try for each id: linear in the copies of one id
        for k in range(len(ids)):
            v = ids[k]
            if not v:
                continue
            if v not in first:
                first[v] = k
                continue
            n = next_n.get(v, 2)
            while f"{v}-{n}" in taken:
                n += 1
            taken.add(f"{v}-{n}")
            next_n[v] = n + 1
            self.add(k, "claim_id", v, f"claim_id {v!r} is already used by row {self.t.rows[first[v]]}",
                     f"give this claim its own id, e.g. {v}-{n}")

    def accessed_after_published(self, invalid: set[str]) -> None:
        """Accessed before published is a problem; dates that are not real (`invalid`) are reported already.

        Worked out once per distinct date: real ISO dates compare as numbers at the precision both
        give; any other pair is compared in Python.
        """
        if "accessed" not in self.t.present or "published" not in self.t.present:
            return
        pub, acc = self.t.cells["published"], self.t.cells["accessed"]
        (acc_code, acc_dates), (pub_code, pub_dates) = _codes(acc), _codes(pub)
        acc_filled, pub_filled = ~_np(pc.equal(acc_dates, "")), ~_np(pc.equal(pub_dates, ""))
        both = self.live & acc_filled[acc_code] & pub_filled[pub_code]
        if not both.any():
            return
        (acc_plain, acc_key, acc_parts), (pub_plain, pub_key, pub_parts) = (
            _iso_keys(dates, invalid) for dates in (acc_dates, pub_dates))
        plain = both & acc_plain[acc_code] & pub_plain[pub_code]
        lt = np.zeros(len(both), dtype=bool)
        if plain.any():  # real ISO dates: compare at the precision both have, as numbers YYYYMMDD
            unit = np.array([1, 10**4, 100, 1], dtype=np.int64)[np.minimum(acc_parts[acc_code], pub_parts[pub_code])]
            lt = plain & (acc_key[acc_code] // unit < pub_key[pub_code] // unit)
        for k in np.flatnonzero((plain & lt) | (both & ~plain)).tolist():
            a_text, p_text = acc[k].as_py(), pub[k].as_py()
            a, p = _date_parts(a_text), _date_parts(p_text)
            if a is None or p is None:
                continue
            n = min(len(a), len(p))
            if a[:n] < p[:n]:
                self.add(k, "accessed", a_text, f"accessed {a_text!r} is before published {p_text!r}",
                         "check both dates: a source cannot be read before it is published")

    def derived_from(self) -> None:
        if "derived_from" not in self.t.present:
            return
        values, id_column = self.t.cells["derived_from"], self.t.cells["claim_id"]
        given = self.live & _np(pc.not_equal(values, ""))
        if not given.any():
            return
        at = np.flatnonzero(given)
        named = values.take(pa.array(at))
        # of the few ids named, those that are a claim's: no set of every claim's id is built
        existing = pc.unique(id_column.filter(pc.is_in(id_column, value_set=pc.unique(named))))
        odd = np.zeros(len(given), dtype=bool)
        odd[at] = _np(pc.equal(named, id_column.take(pa.array(at)))) | ~_np(pc.is_in(named, value_set=existing))
        if not odd.any():
            return
        ids = id_column.to_pylist()
        known = set(ids) - {""}
        folded: dict[str, str] = {}
        for k in np.flatnonzero(odd):
            k = int(k)
            v = values[k].as_py()
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

    def read_figures(self, dates_in: dict[str, dict[str, tuple[str, str]]]
                     | Callable[[], dict[str, dict[str, tuple[str, str]]]]) -> None:
        """Read each record's figure from `range` (if given) or `value`.

        A case is (column, text, unit cell, metric): the same text may read differently by unit, and
        what is wrong is said in the metric's terms. Each distinct (text, unit) pair is read once,
        in bulk (`_read_pairs`); only cases that fail go through `read_one` for their message.
        Cases are numbered in order of first appearance, and worked out on the codes of each
        column's distinct values: no cell is copied or made a Python string unless it is read.
        """
        t = self.t
        live = np.flatnonzero(self.live)
        taken = None if live.size == len(self.live) else pa.array(live)  # None: every record, as read
        code, distinct = {}, {}
        for c in ("value", "range", "unit", "metric"):
            code[c], distinct[c] = _codes(t.cells[c] if taken is None else t.cells[c].take(taken))
        in_range = ~_np(pc.equal(distinct["range"], ""))[code["range"]]
        # one list of texts: the distinct values, then the distinct ranges
        texts = pa.concat_arrays([distinct["value"], distinct["range"]])
        text_code = np.where(in_range, code["range"] + len(distinct["value"]), code["value"])
        case, n = _key_codes([(text_code, len(texts)), (code["unit"], len(distinct["unit"])),
                              (code["metric"], len(distinct["metric"])), (in_range.astype(np.int64), 2)])
        first = _firsts(case)
        self.case_of[live] = case
        c_tcode = text_code[first]
        c_range = in_range[first]
        c_text = texts.to_numpy(zero_copy_only=False)[c_tcode]
        units_written, metrics_named = distinct["unit"].to_pylist(), distinct["metric"].to_pylist()
        at_unit, at_metric = code["unit"][first], code["metric"][first]  # per case, as written once per distinct cell
        c_unit_text = np.array(units_written, dtype=object)[at_unit]
        given = [_canonical_or_none(u) if u else "" for u in units_written]
        c_unit_bad = np.array([g is None for g in given], dtype=bool)[at_unit]
        c_given = np.array([g or "" for g in given], dtype=object)[at_unit]
        c_metric = np.array(metrics_named, dtype=object)[at_metric]
        metric_unit = [info.unit if (info := self.metrics.get(m)) else "" for m in metrics_named]
        # the hint (the unit a bare number takes) of each case: the unit cell's, else the metric's
        hints = list(dict.fromkeys([g or "" for g in given] + metric_unit))
        hint_of = {h: i for i, h in enumerate(hints)}
        unit_hint = np.array([hint_of[g] if g else -1 for g in given], dtype=np.int64)[at_unit]
        hint_code = np.where(unit_hint >= 0, unit_hint, np.array([hint_of[u] for u in metric_unit], dtype=np.int64)[at_metric])
        c_hint = np.array(hints, dtype=object)[hint_code]
        spreadsheet_date = np.zeros(n, dtype=bool)
        for column, flagged in (dates_in() if callable(dates_in) else dates_in).items():
            if flagged:
                values = distinct[column]
                offset = 0 if column == "value" else len(distinct["value"])
                flagged_code = np.flatnonzero(_is_in(values, flagged)) + offset
                spreadsheet_date |= (c_range == (column == "range")) & np.isin(c_tcode, flagged_code)
        empty = _np(pc.equal(texts, ""))[c_tcode]
        readable = ~empty & ~spreadsheet_date & ~c_unit_bad  # a bad unit cell is its own problem

        # each distinct (text, hint) pair of the readable cases, read once
        todo = np.flatnonzero(readable)
        pair = np.full(n, -1, dtype=np.int64)
        npairs = 0
        if todo.size:
            pair[todo], npairs = _combined(c_tcode[todo], hint_code[todo], len(hints))
        picked = todo[_firsts(pair[todo])] if todo.size else np.zeros(0, np.int64)
        got = _read_pairs(texts.take(pa.array(c_tcode[picked])),
                          pa.array(hints, pa.string()).take(pa.array(hint_code[picked])))
        at = np.where(pair >= 0, pair, 0)
        ok = readable & got["ok"][at] if npairs else np.zeros(n, dtype=bool)
        readings = {f: got[f][at] for f in ("low", "high", "unit", "kind", "vague")} if npairs else \
            {"low": np.full(n, np.nan), "high": np.full(n, np.nan),
             **{f: np.full(n, "", dtype=object) for f in ("unit", "kind", "vague")}}
        ok &= ~(readings["low"] > readings["high"])

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

        failed: dict[int, tuple[str, str]] = {}
        for i in np.flatnonzero(readable & ~ok).tolist():
            column = "range" if c_range[i] else "value"
            found = self.read_one(column, c_text[i], c_unit_text[i], c_given[i], c_metric[i], c_hint[i], parse)
            if isinstance(found, Range):  # not expected: the bulk reading and parse_range disagree
                ok[i] = True
                readings["low"][i] = math.nan if found.low is None else found.low
                readings["high"][i] = math.nan if found.high is None else found.high
                for f in ("unit", "kind"):
                    readings[f][i] = getattr(found, f)
                readings["vague"][i] = "; ".join(found.vague)
            else:
                failed[i] = found
        if failed:
            for k in np.flatnonzero(np.isin(case, list(failed))).tolist():
                i = int(case[k])
                self.add(int(live[k]), "range" if c_range[i] else "value", c_text[i], *failed[i])

        members = np.bincount(case, minlength=n)
        unit = readings["unit"]
        bare = ok & (unit == "")
        if bare.any():  # a bare number takes the unit the metric's other claims state most often
            stated = ok & (unit != "")
            votes = pd.DataFrame({"metric": c_metric[stated], "unit": unit[stated], "n": members[stated],
                                  "first": np.flatnonzero(stated)})
            best = (votes.groupby(["metric", "unit"], sort=False).agg(n=("n", "sum"), first=("first", "min"))
                    .reset_index().sort_values(["n", "first"], ascending=[False, True], kind="stable")
                    .drop_duplicates("metric").set_index("metric")["unit"])
            fill = bare & np.isin(c_metric, best.index.to_numpy(dtype=object))
            unit[fill] = best.reindex(c_metric[fill]).to_numpy(dtype=object)
        self.cases = {"ok": ok, **readings, "members": members, "first_row": live[first], "metric": c_metric,
                      "text": c_text, "range": c_range, "unit_text": c_unit_text, "metric_code": at_metric}
        self.metric_names = metrics_named

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
        c = self.cases
        names = self.metric_names
        named = np.array([bool(m) for m in names], dtype=bool)
        ok = c["ok"] & named[c["metric_code"]] if len(names) else np.zeros(len(c["ok"]), dtype=bool)
        if not ok.any():
            return
        unit = c["unit"]
        code, distinct = pd.factorize(np.where(ok, unit, ""))
        dim_names = [_dim(u) if u else "" for u in distinct]
        dim_code, dim_list = pd.factorize(np.array(dim_names, dtype=object))  # units of one dimension, one code
        dims = np.array(dim_names, dtype=object)[code]
        metric, dim = c["metric_code"][ok], dim_code[code[ok]].astype(np.int64)
        pairs = np.unique(metric * len(dim_list) + dim)
        kinds = np.bincount(pairs // len(dim_list), minlength=len(names))
        present, first = np.unique(metric, return_index=True)  # each metric's first case, in case order
        first_dim = np.array(dim_list, dtype=object)[dim[first]]
        expected = [_dim(info.unit) if (info := self.metrics.get(names[m])) and info.unit else None for m in present]
        mixed = {names[m] for m, k, f, e in zip(present.tolist(), kinds[present].tolist(), first_dim.tolist(), expected)
                 if k > 1 or (e is not None and f != e)}
        if not mixed:
            return
        rows = self.t.rows
        order = [m for m in dict.fromkeys(c["metric"][ok].tolist()) if m in mixed]
        for metric in order:
            case_ids = np.flatnonzero(ok & (c["metric"] == metric)).tolist()
            info = self.metrics.get(metric)
            if info and info.unit:
                expected, example = _dim(info.unit), info.unit
                why = f"its unit in {self.metrics_file} is {info.unit}"
            else:
                counts: Counter[str] = Counter()
                for i in case_ids:
                    counts[dims[i]] += int(c["members"][i])
                expected, n = counts.most_common(1)[0]
                first = min((int(c["first_row"][i]), i) for i in case_ids if dims[i] == expected)
                example = unit[first[1]]
                total = sum(counts.values())
                why = (f"like {n} of its {total} claims, e.g. row {rows[first[0]]}" if n > 1
                       else f"like its first claim, row {rows[first[0]]}")
            wrong = [i for i in case_ids if dims[i] != expected]
            for k in np.flatnonzero(np.isin(self.case_of, wrong)).tolist():
                i = int(self.case_of[k])
                column = "range" if c["range"][i] else "value"
                unit_text, text = c["unit_text"][i], c["text"][i]
                if unit_text:
                    column, value, what = "unit", unit_text, f"unit {unit_text!r} is {_dim_name(unit[i])}"
                else:
                    value, what = text, f"{text!r} is {_dim_name(unit[i])} ({_unit_shown(unit[i])})"
                self.add(k, column, value, f"{what}, but metric {metric!r} is {_dim_name(example)} ({why})",
                         "use a figure of the same kind, or another metric")


def _read_pairs(texts: pa.Array, hints: pa.Array) -> dict[str, np.ndarray]:
    """Readings of distinct (text, default unit) pairs as arrays; `ok` is False where a pair is not read.

    `bulk.parse_many` reads the common shapes for the whole column; `parse_range` the rest.
    """
    got = bulk.parse_many(texts, hints)
    out = {"ok": got.done.copy(), "low": got.low.copy(), "high": got.high.copy(),
           "unit": got.unit.astype(object), "kind": got.kind.astype(object), "vague": got.vague.astype(object)}
    for i in np.flatnonzero(~got.done).tolist():
        try:
            r = parse_range(texts[i].as_py(), unit=hints[i].as_py() or None)
        except Exception:  # noqa: BLE001 - read_one says why, case by case
            continue
        out["ok"][i] = True
        out["low"][i] = math.nan if r.low is None else r.low
        out["high"][i] = math.nan if r.high is None else r.high
        out["unit"][i], out["kind"][i], out["vague"][i] = r.unit, r.kind, "; ".join(r.vague)
    return out


def _order(p: Problem) -> tuple:
    return (p.row, COLUMNS.index(p.column) if p.column in COLUMNS else -1)


TEXT = pd.StringDtype("pyarrow", na_value=math.nan)
"""pandas' default `str` dtype, stored by Arrow: the table is read into Arrow and handed over without copying."""


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
        with _gc_paused():
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


def _read_claims(path: Path, metrics_path: str | os.PathLike[str] | None,
                 today: date, data: bytes | mmap.mmap | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """`data`: the file's bytes when the caller has read them already (to hash them)."""
    mpath = Path(metrics_path) if metrics_path is not None else paths.metrics_path_for(path)
    metrics, metric_problems = read_metrics(mpath)
    # the figures' grammar (tens of ms of compiling a regex) is built while Arrow reads the file
    table, problems = _read_table(path, COLUMNS, REQUIRED, "claims", data=data, meanwhile=bulk.prepare)
    if table is None:
        return _empty_frame(), metric_problems + problems
    checker = _Checker(table, metrics, mpath.name, today)
    checker.run()
    problems = metric_problems + sorted(problems + checker.problems, key=_order)
    cases = checker.cases
    case_of = checker.case_of
    keep = (case_of >= 0) & ~checker.bad
    keep[keep] = cases["ok"][case_of[keep]]
    if not keep.any():
        return _empty_frame(), problems
    rows = np.flatnonzero(keep)
    at = case_of[rows]
    ok = np.flatnonzero(cases["ok"])
    written, index = checker.readings
    reading_of = np.full(len(cases["ok"]), -1, dtype=np.int64)
    reading_of[ok] = index
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
    data["reading"] = written.take(pa.array(reading_of[at]))  # every kept row's case is read
    data["row"] = pa.array(table.rows[rows])
    frame = pa.table({c: data[c] for c in FRAME_COLUMNS}).to_pandas()
    return frame, problems


def _readings(cases: dict[str, np.ndarray], which: np.ndarray) -> list[str]:
    """The compact reading of each case in `which`, fractions to 2 decimals (`bulk.format_many`).

    A reading the compact form cannot show (no bound) keeps its text rather than lose the claim.
    """
    texts, index = _reading_texts(cases, which)
    return texts.take(pa.array(index)).to_pylist()


def _reading_texts(cases: dict[str, np.ndarray], which: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """`_readings` as the distinct texts and, for each case in `which`, the index of its own.

    Many texts read alike ("about 5,000", "some 5,000"): each reading is written once.
    """
    low, high = cases["low"][which], cases["high"][which]
    unit, kind = cases["unit"][which], cases["kind"][which]
    bounded = ~(np.isnan(low) & np.isnan(high))
    shown = np.flatnonzero(bounded)
    index = np.zeros(len(which), dtype=np.int64)
    written = pa.array([], pa.string())
    if shown.size:
        codes = [pd.factorize(values[shown], use_na_sentinel=False) for values in (low, high, unit, kind)]
        same, _ = _key_codes([(code.astype(np.int64), len(distinct)) for code, distinct in codes])
        at = shown[_firsts(same)]
        written = bulk.format_arrow(low[at], high[at], unit[at], kind[at], decimals=2)
        index[shown] = same
    unshown = np.flatnonzero(~bounded)
    if unshown.size:
        index[unshown] = len(written) + np.arange(unshown.size)
        written = pa.concat_arrays([written, pa.array(cases["text"][which][unshown], pa.string())])
    return written, index


def load_claims(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> pd.DataFrame:
    """The valid claims of a file, one row each (see `read_claims`); problems in `df.attrs["problems"]`."""
    frame, problems = read_claims(path, today=today)
    frame.attrs["problems"] = problems
    return frame


def validate(path: str | os.PathLike[str] | None = None, *, today: date | None = None) -> list[Problem]:
    """Every problem in a claims file (and its metrics.csv), in row order; [] when the file is valid."""
    return read_claims(path, today=today)[1]
