"""A CSV table as records that keep their exact text, so that an import rewrites only what it changes.

`store` reads a table into cells; an import also needs each record's text as written (encoding,
byte-order mark, Excel's "sep=" line, delimiter, quoting, line ends), so that untouched rows stay
byte for byte the same when new ones are appended or one is rewritten in place. `parse_records`
splits a file the way `store` reads it and raises `Unmergeable` when it cannot keep the text.
"""
from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from claims.csvfile import SEP_LINE, _quoting, header_name, sniff_delimiter, split_lines
from claims.schema import COLUMNS

def line_end(text: str) -> str:
    """The line end a record's text finishes with ("" for the file's last line without one)."""
    if text.endswith("\r\n"):
        return "\r\n"
    return text[-1] if text.endswith(("\n", "\r")) else ""


class Unmergeable(Exception):
    """The file reads, but not in a form whose rows can be kept byte for byte."""


@dataclass
class Records:
    """A CSV file as `store` reads it, but with each record's exact text.

    records: the text of each record after Excel's "sep=" line, line ends included; record i is
    spreadsheet row i + 1, as in store's messages. data: indexes of the data records (non-blank,
    after the header), in the order `read_rows` returns them. known: the columns of its kind.
    """

    bom: bytes  # the byte-order mark the file starts with, kept as it was (b"" for none)
    encoding: str
    prefix: str
    delimiter: str
    newline: str
    records: list[str]
    cells: list[list[str]] | LineCells
    header: int
    columns: list[str | None]
    data: list[int]
    known: tuple[str, ...] = COLUMNS
    raw: bytes | None = None  # the file's bytes, which the records (after bom and prefix) encode exactly

    def record(self, i: int) -> dict[str, str]:
        """Record i as `read_rows` gives it: every column, cells trimmed, "" where absent."""
        cells = self.cells[i]
        out = dict.fromkeys(self.known, "")
        for pos, name in enumerate(self.columns):
            if name is not None and pos < len(cells):
                out[name] = cells[pos].strip()
        return out

    def data_cells(self) -> list[list[str]]:
        """The cells of every data record, as written."""
        if isinstance(self.cells, LineCells):
            self.cells.split_all()
        return [self.cells[i] for i in self.data]

    def rows(self) -> list[dict[str, str]]:
        """Every data record, as `read_rows` returns them (the same as `record` for each of `data`, faster)."""
        pairs = [(pos, name) for pos, name in enumerate(self.columns) if name is not None]
        width = len(self.columns)
        blank = {c: "" for c in self.known if c not in self.columns}
        out = []
        for cells in self.data_cells():
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            rec = {name: cells[pos].strip() for pos, name in pairs}
            rec.update(blank)
            out.append(rec)
        return out

    def keys(self, key: tuple[str, ...]) -> list[tuple[str, ...]]:
        """Each data record's key (its `key` columns, trimmed), straight from the cells: matching the
        new file's rows against a large table needs no dict per row."""
        where = [self.columns.index(c) if c in self.columns else None for c in key]
        if where == [0] and isinstance(self.cells, LineCells):
            return [(cell.strip(),) for cell in self.cells.firsts(self.data)]
        cells = self.cells
        rows = [cells[i] for i in self.data]
        if len(where) == 1 and where[0] is not None:
            p = where[0]
            return [(cells[p].strip() if p < len(cells) else "",) for cells in rows]
        return [tuple(cells[p].strip() if p is not None and p < len(cells) else "" for p in where) for cells in rows]

    @property
    def present(self) -> list[str]:
        """The known columns the header names, in canonical order."""
        return [c for c in self.known if c in self.columns]

    def line(self, record: dict[str, str]) -> str:
        """One record as this file writes it (its delimiter and column order, minimal quoting), no line end."""
        d = self.delimiter
        cells = []
        for name in self.columns:
            v = record.get(name, "") if name is not None else ""
            if d in v or '"' in v or "\n" in v or "\r" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        return d.join(cells)

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def new_records(known: tuple[str, ...] = COLUMNS) -> Records:
    """A table that does not exist yet: the canonical layout, header only."""
    header = ",".join(known) + "\n"
    return Records(b"", "utf-8", "", ",", "\n", [header], [list(known)], 0, list(known), [], known)


BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
"""Byte-order marks `store` reads a file by (Excel's 'Unicode Text' is UTF-16 with one), and their codecs."""


class LineCells:
    """The cells of a file whose every record is one line, split when asked for: matching a new file
    against a large table reads its keys, and the few records it matches, not its million cells."""

    def __init__(self, lines: list[str], delimiter: str):
        self.lines = lines
        self.delimiter = delimiter
        self._done: dict[int, list[str]] = {}
        self._all: list[list[str]] | None = None

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> list[str]:
        if self._all is not None:
            return self._all[i]
        if i not in self._done:
            self._done[i] = next(csv.reader([self.lines[i]], delimiter=self.delimiter, strict=True), [])
        return self._done[i]

    def split_all(self) -> None:
        """Split every record now, in one pass: for a caller that needs them all."""
        if self._all is None:
            self._all = list(csv.reader(self.lines, delimiter=self.delimiter, strict=True))

    def __iter__(self) -> Iterator[list[str]]:
        return (self[i] for i in range(len(self.lines)))

    def firsts(self, which: list[int]) -> list[str]:
        """The first cell of each record in `which`: the text before the first delimiter, unless the
        record starts with a quote (then it is split as a whole)."""
        d, lines, out = self.delimiter, self.lines, []
        for i in which:
            line = lines[i]
            if line[:1] == '"':
                cells = self[i]
                out.append(cells[0] if cells else "")
                continue
            end = line.find(d)
            out.append(line[:end] if end >= 0 else line.rstrip("\r\n"))
        return out

    def blank(self, i: int) -> bool:
        """Whether record i has no text in any cell: surely not when its first character is text."""
        first = self.lines[i][:1]
        if first and first not in (self.delimiter, '"') and not first.isspace():
            return False
        return not "".join(self[i]).strip()


def _one_line_records(body: bytes, encoding: str, delimiter: str, lines: list[str]) -> bool:
    """Whether every record is one line, and the csv module (strict) reads each alike alone and in
    the whole file: well-formed quoting with no line break inside a quoted cell (`csvfile._quoting`,
    on the bytes of an ASCII-compatible encoding), and no line longer than a cell may be."""
    if encoding not in ("utf-8", "cp1252") or len(delimiter) != 1 or ord(delimiter) > 127:
        return False
    if lines and max(map(len, lines)) >= csv.field_size_limit():
        return False
    quoting = _quoting(np.frombuffer(body, dtype=np.uint8), delimiter)
    return quoting is not None and not quoting.breaks_inside


def _split_records(lines: list[str], delimiter: str) -> tuple[list[str], list[list[str]]]:
    """Each record's exact text and its cells. When no quoted cell spans a line end, as in almost
    every table, the records are the lines themselves, and the cells are read in one pass of the C
    reader; otherwise each record is joined from the lines the reader went through."""
    try:
        cells = list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error:
        cells = None  # the slow path below names the row
    if cells is not None and len(cells) == len(lines):
        return lines, cells
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    records: list[str] = []
    cells = []
    done = 0
    try:
        for row in reader:
            end = reader.line_num
            records.append(lines[done] if end == done + 1 else "".join(lines[done:end]))
            cells.append(row)
            done = end
    except csv.Error as exc:
        raise Unmergeable(f"row {len(records) + 1} is not valid CSV ({exc})") from None
    return records, cells


def parse_records(data: bytes, known: tuple[str, ...] = COLUMNS) -> Records:
    """Split a CSV file the way `store` reads it; raise Unmergeable when that cannot keep its text."""
    bom, encoding = next(((mark, name) for mark, name in BOMS if data.startswith(mark)), (b"", "utf-8"))
    body = data[len(bom):]
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        if bom:
            raise Unmergeable(f"it starts as {encoding.upper()} but is not valid {encoding.upper()} text") from None
        text, encoding = body.decode("cp1252"), "cp1252"  # store has read it, so this decodes
    prefix = ""
    if sep := SEP_LINE.match(text):
        prefix, delimiter, text = text[:sep.end()], sep.group(1), text[sep.end():]
    else:
        delimiter = sniff_delimiter(text)
    lines = split_lines(text)
    if _one_line_records(body, encoding, delimiter, lines):
        records, cells = lines, LineCells(lines, delimiter)
    else:
        records, cells = _split_records(lines, delimiter)
    header = next((i for i, c in enumerate(cells) if "".join(c).strip()), None)
    if header is None:
        raise Unmergeable("it has no header row")
    columns: list[str | None] = []
    for cell in cells[header]:
        name = header_name(cell)
        columns.append(name if name in known and name not in columns else None)
    if isinstance(cells, LineCells):
        data_rows = [i for i in range(header + 1, len(cells)) if not cells.blank(i)]
    else:
        data_rows = [i for i in range(header + 1, len(cells)) if "".join(cells[i]).strip()]
    newline = line_end(records[header]) or "\n"
    return Records(bom, encoding, prefix, delimiter, newline, records, cells, header, columns, data_rows, known, data)
