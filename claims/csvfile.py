"""Reading a CSV file as a spreadsheet wrote it: decoding, the delimiter, the header, and records as
Arrow string columns (Arrow's C++ reader for a plain UTF-8 file, Python's csv module for anything else,
which also says what is wrong where). No rule about what a cell must hold lives here (`claims.rules`)."""
from __future__ import annotations

import codecs
import csv
import difflib
import gc
import io
import mmap
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from claims import paths
from claims.schema import COLUMNS, REQUIRED
from claims.problem import Problem


DELIMITERS = (",", ";", "\t")


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


_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""What str.splitlines ends a line at besides \r and \n; a CSV reader does not."""


def split_lines(text: str) -> list[str]:
    """The lines of a CSV text with their ends, ended only by \r\n, \r or \n (as the csv module reads
    them). str.splitlines is that, and quick, unless the text holds one of its other line breaks."""
    if any(ch in text for ch in _OTHER_BREAKS):
        return io.StringIO(text, newline="").readlines()
    return text.splitlines(keepends=True)


_LEADING_BREAKS = re.compile(r"[\r\n]*")


def sniff_delimiter(text: str) -> str:
    """The delimiter the header row uses: the most frequent of , ; and tab (',' on a tie)."""
    start = _LEADING_BREAKS.match(text).end()
    end = text.find("\n", start)
    first = text[start:] if end < 0 else text[start:end]  # slices, not copies of a large file
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
    if not isinstance(data, mmap.mmap):
        return
    for wait in (0.0, 0.001, 0.01, 0.1, 0.5):
        time.sleep(wait)  # Arrow's pool lets go of the buffer once it gets the GIL
        try:
            data.close()
            return
        except BufferError:
            continue  # still viewed; after the last try it is unmapped when the views go


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
    with gc_paused():
        table, problems = _read_table(paths.claims_path(path), COLUMNS, REQUIRED, "claims")
    if table is None:
        return [], problems
    columns = {c: table.column(c) for c in COLUMNS}
    rows = [{c: columns[c][k] for c in COLUMNS} for k in range(len(table.rows))]
    return rows, problems


def _np(mask: pa.Array | pa.ChunkedArray) -> np.ndarray:
    return mask.to_numpy(zero_copy_only=False)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small lists (it rescans them all)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
