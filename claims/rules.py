"""The rules a claims table must follow, on single values and across rows, shared by every backend: a
file and a database's tables are read into the same columns (`claims.csvfile`) and checked here once per
distinct value, with messages in an editor's words and a fix."""
from __future__ import annotations

import difflib
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from claims import bulk, units
from claims.ranges import EUROPEAN_THOUSANDS, Range, RangeParseError, format_range, parse_range
from claims.schema import COLUMN_DOCS, DATE_RE, REQUIRED, date_parts
from claims.csvfile import SPACE, _np, _Table
from claims.problem import Problem


DATE_FORMAT = "use YYYY, YYYY-MM or YYYY-MM-DD"

CLAIM_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
METRIC_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
PERIOD_RE = re.compile(r"(\d{4})(?:-(\d{4}))?")


@dataclass(frozen=True)
class MetricInfo:
    """One metric from metrics.csv: its id, readable label, description and canonical unit ("" if none)."""

    metric: str
    label: str = ""
    description: str = ""
    unit: str = ""


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


def _date_check(today: date) -> Check:
    now = (today.year, today.month, today.day)

    def check(text: str) -> tuple[str, str] | None:
        parts = date_parts(text)
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
    match = difflib.get_close_matches(text.lower(), list(units.UNIT_WORDS), n=1, cutoff=0.8)  # a typo ('peple',
    # 'yeras'), not another word that shares letters ('bananas' is no 'albanians')
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


# --- the claims table --------------------------------------------------------------------

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
"""Dates certainly real (days to 28): the others go to `date_parts`."""
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
        self.accessed_after_published({v for v in wrong if date_parts(v) is None})
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
            a, p = date_parts(a_text), date_parts(p_text)
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
            for i in np.flatnonzero(fill).tolist():  # "1.000" is 1 or 1,000 once it counts people: read in
                if EUROPEAN_THOUSANDS.search(c_text[i]):  # the unit it takes, it is refused as it would be given it
                    found = parse(c_text[i], unit[i])
                    if isinstance(found, RangeParseError):
                        ok[i] = False
                        failed[i] = (f"{found} — read in {unit[i]}, the unit its metric's other claims state",
                                     "write the figure with its unit, or give the metric's unit in metrics.csv")
        if failed:
            for k in np.flatnonzero(np.isin(case, list(failed))).tolist():
                i = int(case[k])
                self.add(int(live[k]), "range" if c_range[i] else "value", c_text[i], *failed[i])
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


BULK_FROM = 1000
"""Distinct figures from which `bulk.parse_many` pays for building its grammar (~65 ms of compiling a
regex); fewer are read one by one by `parse_range` (~50 µs each), which reads them alike."""
BULK_FILE_BYTES = BULK_FROM * 100
"""A claims file from this size may hold BULK_FROM distinct figures (a record is rarely under 100 bytes)."""


def _read_pairs(texts: pa.Array, hints: pa.Array) -> dict[str, np.ndarray]:
    """Readings of distinct (text, default unit) pairs as arrays; `ok` is False where a pair is not read.

    `bulk.parse_many` reads the common shapes of a long column at once; `parse_range` the rest.
    """
    n = len(texts)
    if n >= BULK_FROM:
        got = bulk.parse_many(texts, hints)
        out = {"ok": got.done.copy(), "low": got.low.copy(), "high": got.high.copy(),
               "unit": got.unit.astype(object), "kind": got.kind.astype(object), "vague": got.vague.astype(object)}
    else:
        out = {"ok": np.zeros(n, dtype=bool), "low": np.full(n, np.nan), "high": np.full(n, np.nan),
               **{f: np.full(n, "", dtype=object) for f in ("unit", "kind", "vague")}}
    for i in np.flatnonzero(~out["ok"]).tolist():
        try:
            r = parse_range(texts[i].as_py(), unit=hints[i].as_py() or None)
        except Exception:  # noqa: BLE001 - read_one says why, case by case
            continue
        out["ok"][i] = True
        out["low"][i] = math.nan if r.low is None else r.low
        out["high"][i] = math.nan if r.high is None else r.high
        out["unit"][i], out["kind"][i], out["vague"][i] = r.unit, r.kind, "; ".join(r.vague)
    return out


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
