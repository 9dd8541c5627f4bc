"""Read and write whole columns of figures at once.

Loading a claims file reads every distinct figure, and one `parse_range` call each is most of the
load. `parse_many` reads the common shapes ("30–50%", "about 5,000 people", "$1.2m", "between 3
and 5 years", "2 years and 3 months", "forty-five thousand workers") for a whole column:

- numpy over the UTF-8 bytes lower-cases the text, finds its numbers and writes each text's shape
  ("about # people"); texts that need more of `lexicon.normalize` (brackets, other scripts, "1.2M")
  go through the real function;
- a column holds few distinct shapes, so each is read once in Python with a grammar built from the
  vocabulary tables of ranges/units/vague, checking the words it passes over with `lexicon.match_phrase`;
- numpy then combines each shape's reading with its row's numbers.

Whatever it does not model is declined (done=False), for the caller to read with `parse_range`;
a row marked done reads exactly as `parse_range` reads it, bit for bit.

`format_many` writes readings in compact form, equal element by element to `format_range`.
"""
from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from claims import lexicon, notfigure, ranges, reader, units, vague

KINDS = ("point", "interval", "at_least", "at_most", "approx")
MAX_BYTES = 400
"""Longer texts are sentences rather than figures: left to parse_range."""
MAX_DIGITS = 15
"""A decimal of up to 15 significant digits survives float64 both ways, so comparing floats compares
the Decimals parse_range compares, and mantissas stay exact integers in float64."""
MAX_DURATION_PART = 10**9
"""Parts of "2 years and 3 months" below this stay exact integers times any whole factor pint gives."""
SAFE_SYMBOLS = "–—≥≤≈¥₩€£元"
"""Non-ASCII characters NFKC and lexicon.DASHES leave as they are: texts with only these (and ASCII)
need no unicode normalization; texts with any other go through lexicon.normalize."""
POW10 = np.array([float(10**k) for k in range(23)])
"""Exact in float64; a mantissa below 2**53 times or over one of these is correctly rounded."""


@dataclass(frozen=True)
class Readings:
    """Equal-length columns of readings, as parse_range's Range fields.

    low/high are float64, NaN for an open bound; unit, kind and vague are object arrays of str
    (vague joined with "; "). Rows not `done` have "" for unit and kind, and no meaningful bounds.
    """

    done: np.ndarray
    low: np.ndarray
    high: np.ndarray
    unit: np.ndarray
    kind: np.ndarray
    vague: np.ndarray


# --- the grammar, over shapes --------------------------------------------------------------------

_REGEX_META = set("\\.^$|?*+()[]{}")


def _esc(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_META else c for c in text)


def _phrase(key: tuple[str, ...]) -> str:
    """A table key as it stands in tokenized text: its tokens joined by single spaces."""
    return " ".join(key)


def _alternation(phrases) -> str:
    """Longest phrase first, as `lexicon.match_phrase` prefers it."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p.split(" ")), -len(p), p))
    return "|".join(_esc(p) for p in ordered)


def _power_of_ten(n: int) -> int:
    exp = len(str(n)) - 1
    if 10**exp != n:
        raise ValueError(f"scale {n} is not a power of ten")
    return exp


@dataclass(frozen=True)
class _Vocab:
    """The compiled grammar of shapes and the tables that give its groups a meaning."""

    tokens: re.Pattern
    fold: re.Pattern
    grammar: re.Pattern
    prefix_kind: dict[str, str]
    suffix_kind: dict[str, str]
    unit_of: dict[str, str]
    scale_exp: dict[str, int]
    money_only: frozenset[str]
    units: tuple[str, ...]
    unit_index: dict[str, int]


def _scale_exponents() -> dict[str, int]:
    """Scale words and suffixes as powers of ten; "dozen" is no power, and "b" is one only glued; 'arba' and
    'kharab' are left to parse_range, as they make rupees doubtful."""
    scales = {w: n for w, n in vague.SCALES.items() if w != "dozen"}
    scales |= {w: n for w, n in lexicon.SUFFIX_SCALES.items()
               if w != "b" and w not in lexicon.WORDS_OF_NEPAL_AND_PAKISTAN}
    return {w: _power_of_ten(n) for w, n in scales.items()}


def _fold_pattern() -> str:
    """A spelled-out number: a word of ONES or TENS, then number and scale words ("forty-five thousand")."""
    first = f"(?:{_alternation(list(lexicon.ONES) + list(lexicon.TENS))})(?![a-z])"
    scales = [w for w in vague.SCALES if w != "dozen"]
    later = f"(?:{_alternation(list(lexicon.ONES) + list(lexicon.TENS) + scales)})(?![a-z])"
    return f"(?<![a-z.])({first}(?:(?: ?- ?| | and ){later})*)"


def _grammar(prefixes: list[str], suffixes: list[str], unit: str, duration: str, currency: str, scales: list[str]
             ) -> str:
    """Figures as parse_range's expression loop reads them, over tokens each followed by a space:
    words it passes over, a hedge, "between", one or two bounds (currency, number, scale, unit)
    joined by a connector, or "N years and M months" (`duration`: the units of time; any other unit
    there would read as a range joined by "and", which only "between" opens, so both are declined)."""
    connectors = sorted(set(lexicon.CONNECTORS) | {"or", "~", "and"})

    def bound(i: int) -> str:
        return (f"(?:(?:(?P<c{i}>{currency}) )?(?P<d{i}>#) (?:(?P<x{i}>{_alternation(scales)}) )?"
                f"|(?P<w{i}>W) )(?:(?P<u{i}>{unit}) )?")

    parts = f"(?P<dd>#) (?P<du1>{duration}) and (?P<dn>#) (?P<du>{duration}) "
    return ("(?P<lead>(?:[a-z]+ )*?)"
            f"(?:(?P<pre>{_alternation(prefixes)}) )?"
            "(?P<fill>(?:[a-z]+ )*?)"
            f"(?:{parts}|(?:(?P<btw>between|from) )?{bound(1)}(?:(?P<conn>{_alternation(connectors)}) {bound(2)})?)"
            f"(?:(?P<suf>{_alternation(suffixes)}) )?"
            f"(?:(?P<us>{unit}) )?"
            "(?P<tail>(?:[a-z]+ )*)")


def _in_bulk(unit: str) -> bool:
    """Units the grammar holds: all but the currencies without exchange rates, which are rare in a
    table and would make its regex several times longer to compile (parse_range reads them)."""
    return (units.currency_of(unit) or "USD") in units.rated_currencies()


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    """Tokenizer and grammar of shapes ('#' a number, 'W' a spelled-out one), from ranges/units/vague."""
    prefix_kind = {_phrase(k): v for k, v in lexicon.PREFIX_TABLE.items()
                   if _phrase(k) not in lexicon.TIME_BOUNDS}  # 'longer than 6 months', and not 'longer than $5'
    suffix_kind = {_phrase(k): v for k, v in lexicon.SUFFIX_TABLE.items()
                   if _phrase(k) not in lexicon.TIME_BOUNDS}  # '5 years or longer', and not '$5 or longer': parse_range's
    unit_of = {_phrase(k): v for k, v in lexicon.UNIT_TABLE.items()
               if _in_bulk(v) and _phrase(k) not in lexicon.CASE_DECIDES  # '1,000 Ft' is the forint's
               and not (len(k) > 1 and k[0] in lexicon.WORD_BEFORE_SIGN)}  # 'CA$' only glued: '0 ca $' is refused
    scale_exp = _scale_exponents()
    grammar = _grammar(list(prefix_kind), list(suffix_kind), _alternation(unit_of),
                       _alternation(p for p, u in unit_of.items() if u in lexicon.DURATIONS),
                       _alternation(_phrase(k) for k, v in lexicon.CURRENCY_PREFIX.items()
                                    if _in_bulk(v) and not (len(k) > 1 and k[0] in lexicon.WORD_BEFORE_SIGN)),
                       list(scale_exp))
    token = re.sub(r"\(\?P<\w+>", "(?:", "".join(lexicon.TOKEN_RE.pattern.split()))
    all_units = ("",) + tuple(sorted(set(unit_of.values()) | lexicon.DURATIONS))
    unit_index = {"": 0} | {phrase: all_units.index(u) for phrase, u in unit_of.items()}
    return _Vocab(re.compile(f"#|W|{token}"), re.compile(_fold_pattern()), re.compile(grammar), prefix_kind,
                  suffix_kind, unit_of, scale_exp, frozenset(lexicon.MONEY_ONLY_SUFFIXES), all_units, unit_index)


# --- what a shape reads as -------------------------------------------------------------------------

class _BoundPlan(NamedTuple):
    """One bound of a shape: the row's number `num`, or the shape's spelled-out number `word`."""

    num: int = -1
    word: int = -1
    exp: int = 0  # the scale's power of ten ("k" is 3)
    unit: int = 0
    closed: bool = False  # its unit written right after it ("5 won"): it takes no scale of the other end's


class _Plan(NamedTuple):
    """How parse_range reads every text of a folded shape ('about # people', 'W to W years')."""

    kind: int
    two: bool
    between: bool
    nums: int
    b1: _BoundPlan
    b2: _BoundPlan
    unit: int
    lead: tuple[str, str, str, str]  # lead, prefix, fill, and the tokens up to the first number
    duration: tuple[int, int] = (0, 0)


ROW_FIELDS = ("ok", "kind", "two", "nums", "unit", "f1", "f2",
              "num1", "exp1", "top1", "word1", "base1", "num2", "exp2", "top2", "word2", "base2", "closed1")
_DECLINED = (0.0,) * 3 + (-1.0,) + (0.0,) * (len(ROW_FIELDS) - 4)
_NO_BOUND = _BoundPlan()
_MODS = {"ge": KINDS.index("at_least"), "le": KINDS.index("at_most"), "approx": KINDS.index("approx")}


@lru_cache(maxsize=1 << 14)
def _word_number(phrase: str, joins_and: bool) -> tuple[float, int, float] | None:
    """A spelled-out number read by reader._number itself: (value, scale exponent, base)."""
    toks = lexicon.tokens(phrase)
    try:
        found = reader._number(toks, 0, money=False, joins_and=joins_and)
    except (ArithmeticError, ValueError):
        return None
    if not found or found[1] != len(toks) or found[3]:
        return None
    value, _, top, _ = found
    if value != value.to_integral_value() or len(str(int(value))) > MAX_DIGITS:
        return None
    try:
        exp = _power_of_ten(int(top))
    except ValueError:
        return None  # "two dozen": a scale that is no power of ten
    return float(value), exp, float(value / top)


def _bound_plan(g: dict[str, str], i: int, num: int, vocab: _Vocab) -> _BoundPlan | None:
    cur, after = g[f"c{i}"], g[f"u{i}"]
    if cur and after:
        return None
    unit = vocab.unit_index[cur or after]
    if g[f"w{i}"]:
        return _BoundPlan(-1, num, 0, unit, bool(after))
    scale = g[f"x{i}"]
    if scale in vocab.money_only and not cur:
        return None
    return _BoundPlan(num, -1, vocab.scale_exp.get(scale, 0), unit, bool(after))


@lru_cache(maxsize=None)
def _duration_factors(first: str, second: str) -> tuple[int, int, str] | None:
    """The factors reader._Reader._part uses for 'N first and M second', when both are whole numbers."""
    if first not in lexicon.DURATIONS or second not in lexicon.DURATIONS or first == second:
        return None
    try:
        finest = lexicon.finest_unit(first, second)
        if finest != second:
            return None  # "5 months and 2 years": two figures, which parse_range refuses
        f1 = Decimal(str(units.convert(1, first, finest)))
        f2 = Decimal(str(units.convert(1, second, finest)))
    except (ValueError, ArithmeticError):
        return None
    if f1 != f1.to_integral_value() or f2 != f2.to_integral_value():
        return None
    return int(f1), int(f2), finest


def _kind(g: dict[str, str], vocab: _Vocab, two: bool) -> int | None:
    """ranges._build's kind: a bound word bounds the figure, a range by its far end ('up to 30–40'
    is at most 40), and outweighs a hedge; a hedge alone makes an approximate figure. None for
    bound words pointing both ways, which parse_range refuses."""
    mods = (vocab.prefix_kind.get(g["pre"], ""), vocab.suffix_kind.get(g["suf"], ""))
    ends = {m for m in mods if m in ("ge", "le")}
    if len(ends) > 1:
        return None
    if ends:
        return _MODS[ends.pop()]
    if "approx" in mods:
        return _MODS["approx"]
    return KINDS.index("interval") if two else KINDS.index("point")


@lru_cache(maxsize=1 << 15)
def _plan(folded: str) -> _Plan | None:
    """How parse_range reads every text of this folded shape, or None where it is not certain."""
    vocab = _vocab()
    found = vocab.grammar.fullmatch(" ".join(vocab.tokens.findall(folded)) + " ")
    if not found:
        return None
    g = found.groupdict("")
    if any(g[k] and g[k].strip() not in _fillers() for k in ("lead", "fill")):
        return None  # parse_range reads every word or refuses the figure: both are its to do
    if g["pre"] and not g["fill"] and not g["btw"] and f"{g['pre']} {g['c1']}" in _currency_phrases():
        return None  # "CA$500" and "ca $500" share a shape: only the token loop sees the glue
    if any(g[c].split(" ")[0] in lexicon.WORD_BEFORE_SIGN and " " in g[c] for c in ("c1", "c2", "us")):
        return None  # "A$500" and "a $500" likewise, and "5 or more A$", where "a" may start another figure
    lead = (g["lead"], g["pre"], g["fill"], f"{g['btw']} {g['c1']}".strip())
    if g["dd"]:
        return None if g["tail"] else _duration_plan(g, vocab, lead)
    between, two, conn = g["btw"] == "between", bool(g["conn"]), g["conn"]
    if _SPACED_SCALE.search(folded) and not (g["c1"] and (g["c2"] or not two)):
        return None  # "3 m": a scale after a space only after a currency sign ("$3 m"), else parse_range's
    if (g["btw"] and not two) or (conn == "and" and not between):
        return None
    if conn == "-" and (g["w1"] or g["w2"] or g["c2"][:1].isalpha()):
        return None  # "5-six" and "50 - EUR 60": after "-" a word continues the first figure ("five-year")
    if two and g["u1"] in _counted_phrases() and not g["u2"] and not g["us"] and not g["x2"]:
        return None  # "45 demonstrators—1,200": a noun after the low end only, which parse_range refuses
    if any(g[f"w{i}"] and _written_as_a_sign(g[f"u{i}"] or (g["us"] if i == 1 + two else "")) for i in (1, 2)):
        return None  # "one $", "Five원": a sign after a number in words, which parse_range refuses
    if any(not _closes_a_number(folded, m) for m in _GLUED_HYPHEN.finditer(folded)):
        return None  # "5 hundred people-9": letters joined to a number name a thing (claims.notfigure)
    # a low end closed by its unit takes no scale of the high end's ("5 won to 9 million won"), and where
    # the high end has neither a scale of the low end's nor a unit, parse_range refuses ("5% to 10 million")
    own_scale = vocab.scale_exp.get(g["x1"], 0) not in (0, 2)
    if two and g["u1"] and (g["x2"] or g["w2"]) and not (own_scale or (g["x2"] and (g["u2"] or g["c2"]))):
        return None
    b1 = _bound_plan(g, 1, 0, vocab)
    b2 = _bound_plan(g, 2, 0 if bool(g["d1"]) != bool(g["d2"]) else 1, vocab) if two else _NO_BOUND
    if b1 is None or b2 is None:
        return None
    last = b2 if two else b1
    after = vocab.unit_index[g["us"]]
    if after and last.unit:
        return None
    last_unit = last.unit or after
    first_unit = b1.unit if two else last_unit
    if first_unit and last_unit and first_unit != last_unit:
        return None
    if g["tail"] and not (vocab.units[last_unit] in ("percent", *units.COUNT_UNITS)
                          and reader.of_tail_reads(g["tail"].split())):
        return None  # "21 percent of respondents": the whole a share is of; any other tail is parse_range's
    nums = bool(g["d1"]) + (two and bool(g["d2"]))
    kind = _kind(g, vocab, two)
    if kind is None:
        return None
    return _Plan(kind, two, between, nums, b1, b2, last_unit or first_unit, lead)


_GLUED_HYPHEN = re.compile(r"([^\W\d_]+)-#")


def _written_as_a_sign(unit: str) -> bool:
    """Whether a unit as written is a currency's sign ('$', 'us$', '원'), as the token loop tells one: no word."""
    toks = lexicon.tokens(unit)
    return bool(toks) and toks[0].kind in ("sym", "other") and units.UNIT_WORDS.get(unit) in units.CURRENCIES


def _closes_a_number(folded: str, m: re.Match) -> bool:
    """`notfigure.ends_a_figure` on a shape, whose numbers are '#' ("5 million-9 million", "5 people-9");
    a spelled-out number, 'W', closes none."""
    return "W" not in m.group(1) and notfigure.ends_a_figure(folded[:m.start()].replace("#", "0"), m.group(1))


_SPACED_SCALE = re.compile("#\\s+(?:" + "|".join(sorted(lexicon.SPACED_MONEY_ONLY)) + ")(?![a-z0-9])")


@lru_cache(maxsize=1)
def _counted_phrases() -> frozenset[str]:
    return frozenset(_phrase(k) for k in lexicon.COUNTED_TABLE)


@lru_cache(maxsize=1)
def _currency_phrases() -> frozenset[str]:
    return frozenset(_phrase(k) for k in lexicon.CURRENCY_PREFIX)


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    """Words before a figure that parse_range reads as nothing ("just", "anywhere")."""
    return frozenset(_phrase(k) for k in lexicon.FILLER_TABLE)


def _duration_plan(g: dict[str, str], vocab: _Vocab, lead: tuple[str, str, str, str]) -> _Plan | None:
    """'2 years and 3 months', as ranges adds the parts."""
    factors = _duration_factors(vocab.unit_of[g["du1"]], vocab.unit_of[g["du"]])
    if factors is None or g["us"]:
        return None
    f1, f2, finest = factors
    kind = _kind(g, vocab, False)
    if kind is None:
        return None
    return _Plan(kind, False, False, 2, _BoundPlan(0), _NO_BOUND,
                 vocab.units.index(finest), lead, (f1, f2))


def _folds(shape: str) -> list[tuple[str, list[str]]]:
    """The shape with spelled-out numbers as 'W': greedily, then split at 'and' ("between five and six")."""
    parts = _vocab().fold.split(shape)
    phrases = parts[1::2]
    found = [("W".join(parts[::2]), phrases)]
    if any(" and " in p for p in phrases):
        split = [p.split(" and ") for p in phrases]
        folded = "".join(part + " and ".join(["W"] * len(s)) for part, s in zip(parts[::2], split + [[]]))
        found.append((folded, [w for s in split for w in s]))
    return found


@lru_cache(maxsize=1)
def _dashed_number() -> re.Pattern:
    """A tens and a ones word glued by a range dash ('sixty–three'), which the token loop refuses."""
    ones = [w for w, v in lexicon.ONES.items() if 0 < v < 10]
    return re.compile(f"(?<![a-z])(?:{_alternation(list(lexicon.TENS))})[–—](?:{_alternation(ones)})(?![a-z])")


@lru_cache(maxsize=1)
def _spelled() -> str:
    """An RE2 test for shapes where `_vocab().fold` may find a spelled-out number (a word of ONES or TENS)."""
    return f"(^|[^a-z.])(?:{_alternation(list(lexicon.ONES) + list(lexicon.TENS))})([^a-z]|$)"


def _bound_row(b: _BoundPlan, words: list[tuple[float, int, float]]) -> tuple[float, ...]:
    if b.word >= 0:
        value, top, base = words[b.word]
        return (-1.0, 0.0, top, value, base)
    return (b.num, b.exp, b.exp, 0.0, 0.0)


def _row(plan: _Plan, words: list[tuple[float, int, float]]) -> tuple[float, ...]:
    return (1, plan.kind, plan.two, plan.nums, plan.unit, *plan.duration,
            *_bound_row(plan.b1, words), *_bound_row(plan.b2, words), plan.b1.closed)


@lru_cache(maxsize=1 << 16)
def _plain_row(shape: str) -> tuple[float, ...]:
    """The ROW_FIELDS of every text of a shape without spelled-out numbers."""
    plan = _plan(shape)
    return _DECLINED if plan is None else _row(plan, [])


@lru_cache(maxsize=1 << 16)
def _spelled_row(shape: str) -> tuple[float, ...]:
    """The ROW_FIELDS of every text of a shape that may hold spelled-out numbers (see `_spelled`)."""
    if _dashed_number().search(shape):
        return _DECLINED  # "sixty–three thousand": parse_range refuses a range dash inside one number
    for folded, phrases in _folds(shape):
        plan = _plan(folded)
        if plan is None:
            continue
        words = [_word_number(p, not plan.between) for p in phrases]
        if None in words:
            continue
        return _row(plan, words)
    return _DECLINED


# --- bytes: normalizing, numbers and shapes --------------------------------------------------------

def _to_arrow(values: Sequence[str] | pa.Array, none_ok: bool = False) -> tuple[pa.Array, np.ndarray]:
    """The values as an Arrow string array ("" for anything else), and which of them parse_range
    takes as text (and None too, with `none_ok`: a unit of None is no unit)."""
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    if isinstance(values, pa.Array):
        arr = values.cast(pa.string())
        valid = np.ones(len(arr), dtype=bool) if none_ok else arr.is_valid().to_numpy(zero_copy_only=False)
        return pc.fill_null(arr, ""), valid
    try:
        arr = pa.array(values, type=pa.string())
        if arr.null_count == 0 or none_ok:  # from a list, Arrow's nulls are None
            return pc.fill_null(arr, ""), np.ones(len(arr), dtype=bool)
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeEncodeError):
        pass
    usable = np.fromiter((_utf8(v) if isinstance(v, str) else none_ok and v is None for v in values),
                         dtype=bool, count=len(values))
    return pa.array([v if ok and v is not None else "" for v, ok in zip(values, usable)], type=pa.string()), usable


def _utf8(text: str) -> bool:
    """Whether the text can be stored in Arrow (lone surrogates cannot)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class _Bytes:
    """A string array's UTF-8 bytes, with each byte's row."""

    data: np.ndarray
    offsets: np.ndarray
    row: np.ndarray

    @classmethod
    def of(cls, arr: pa.Array) -> _Bytes:
        _, off_buf, data_buf = arr.buffers()
        offsets = np.frombuffer(off_buf, dtype=np.int32)[arr.offset:arr.offset + len(arr) + 1].astype(np.int64)
        data = np.frombuffer(data_buf, dtype=np.uint8)[offsets[0]:offsets[-1]] if data_buf else np.zeros(0, np.uint8)
        offsets -= offsets[0]
        return cls(data, offsets, np.repeat(np.arange(len(arr)), np.diff(offsets)))

    @classmethod
    def of_parts(cls, data: np.ndarray, lengths: np.ndarray) -> _Bytes:
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(data, offsets, np.repeat(np.arange(len(lengths)), lengths))

    def rows_with(self, at: np.ndarray) -> np.ndarray:
        return np.bincount(self.row[at], minlength=len(self.offsets) - 1) > 0

    def same_row(self, at: np.ndarray, back: int) -> np.ndarray:
        """Of byte positions `at`, those with `back` more bytes of their own row before them."""
        return at[(at >= back) & (self.row[np.maximum(at - back, 0)] == self.row[at])]


def _arrow_strings(data: np.ndarray, lengths: np.ndarray) -> pa.Array:
    offsets = np.zeros(len(lengths) + 1, dtype=np.int32)
    np.cumsum(lengths, out=offsets[1:])
    return pa.StringArray.from_buffers(len(lengths), pa.py_buffer(offsets), pa.py_buffer(np.ascontiguousarray(data)))


def _byte(chars: str) -> int:
    return chars.encode()[0]


def _needs_python(b: _Bytes, arr: pa.Array) -> np.ndarray:
    """Rows whose normalization is more than lower-casing: brackets, runs of spaces, "1.2M",
    "10 000", control characters, or characters beyond ASCII other than SAFE_SYMBOLS."""
    d = b.data
    lengths = np.diff(b.offsets)
    slow = b.rows_with(np.flatnonzero((d < 0x20) | (d == 0x7F) | (d == _byte("(")) | (d == _byte(")"))
                                      | (d == _byte("[")) | (d == _byte("]"))))
    space = d == 0x20
    slow |= b.rows_with(b.same_row(np.flatnonzero(space[1:] & space[:-1]) + 1, 1))
    filled = lengths > 0
    slow[filled] |= (d[b.offsets[:-1][filled]] == 0x20) | (d[b.offsets[1:][filled] - 1] == 0x20)
    digit = (d >= _byte("0")) & (d <= _byte("9"))
    capital = np.flatnonzero((d == _byte("M")) | (d == _byte("B")) | (d == _byte("T")))
    glued = b.same_row(capital, 1)
    spaced = b.same_row(capital, 2)
    slow |= b.rows_with(glued[digit[glued - 1]])
    slow |= b.rows_with(spaced[space[spaced - 1] & digit[spaced - 2]])
    gaps = b.same_row(np.flatnonzero(space[1:-1] & digit[:-2] & digit[2:]) + 2, 2)
    slow |= b.rows_with(gaps)
    foreign = b.rows_with(np.flatnonzero(d >= 0x80)) & ~slow
    if foreign.any():
        texts = arr.filter(pa.array(foreign))
        safe = pc.match_substring_regex(texts, f"^[\\x00-\\x7f{SAFE_SYMBOLS}]*$")
        safe = pc.and_(safe, pc.invert(pc.match_substring_regex(texts, "(^|[\\s(])–[0-9]")))  # an en dash that may
        # be a minus ("zero –5", lexicon.DASH_AS_MINUS): unify tells, by what stands before it
        slow[np.flatnonzero(foreign)[~safe.to_numpy(zero_copy_only=False)]] = True
    return slow


def _spans(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """All positions start <= p < end of the given spans, concatenated."""
    size = ends - starts
    return np.repeat(starts - np.cumsum(np.append(0, size[:-1])), size) + np.arange(size.sum())


def _without_trailing_aside(b: _Bytes) -> tuple[_Bytes, pa.Array]:
    """Cut a closing bracketed aside ("1,000 yuan (US$143)") where a digit stands before it:
    lexicon.strip_brackets then leaves the text before it, and _normalize drops the spaces."""
    d, n = b.data, len(b.offsets) - 1
    lengths = np.diff(b.offsets)
    opening = np.flatnonzero(d == _byte("("))
    if not len(opening):
        return b, _arrow_strings(d, lengths)
    closing = np.flatnonzero((d == _byte(")")) | (d == _byte("[")) | (d == _byte("]")))
    aside = (np.bincount(b.row[opening], minlength=n) == 1) & (np.bincount(b.row[closing], minlength=n) == 1)
    filled = lengths > 0
    aside[filled] &= d[b.offsets[1:][filled] - 1] == _byte(")")
    aside[~filled] = False
    cut = b.offsets[1:].copy()
    cut[b.row[opening[aside[b.row[opening]]]]] = opening[aside[b.row[opening]]]
    space_before = aside & (cut > b.offsets[:-1]) & (d[np.maximum(cut - 1, 0)] == 0x20)
    cut[space_before] -= 1
    rows = np.flatnonzero(aside)
    before_cut = _spans(b.offsets[rows], cut[rows])
    found = before_cut[(d[before_cut] >= _byte("0")) & (d[before_cut] <= _byte("9"))]
    aside &= b.rows_with(found)
    if not aside.any():
        return b, _arrow_strings(d, lengths)
    rows = np.flatnonzero(aside)
    drop = b.offsets[rows + 1] - cut[rows]
    keep = np.ones(len(d), dtype=bool)
    keep[_spans(cut[rows], b.offsets[rows + 1])] = False
    new_lengths = lengths.copy()
    new_lengths[rows] -= drop
    data = d[keep]
    return _Bytes.of_parts(data, new_lengths), _arrow_strings(data, new_lengths)


def _normalized(arr: pa.Array) -> tuple[_Bytes, np.ndarray]:
    """The bytes of lexicon.normalize(lexicon.strip_brackets(text)) for every row, and which rows
    are for bulk to read: short enough, and no superscript digit glued to a number ("10⁶"), which
    parse_range refuses and normalizing would make a digit."""
    original = _Bytes.of(arr)
    readable = np.diff(original.offsets) <= MAX_BYTES
    b, cut = _without_trailing_aside(original)
    readable &= ~_spaced_capital_k(b)
    slow = _needs_python(b, cut) & readable
    data = b.data.copy()
    data[(data >= _byte("A")) & (data <= _byte("Z"))] += 32
    if not slow.any():
        return _Bytes(data, b.offsets, b.row), readable
    texts = arr.filter(pa.array(slow)).to_pylist()
    marked = [lexicon.MARKED_DIGIT.search(t) is not None or lexicon.OTHER_DIGITS.search(t) is not None
              or lexicon.MARKED_LETTER.search(t) is not None for t in texts]
    readable[np.flatnonzero(slow)[marked]] = False  # "10⁶", "1,500ᵇ"; "١٩٩٨", which YEAR_OR_CODE cannot see as a year
    fixed = pa.array([lexicon.normalize(lexicon.strip_brackets(t)) for t in texts], type=pa.string())
    lowered = _arrow_strings(data, np.diff(b.offsets))
    return _Bytes.of(pc.replace_with_mask(lowered, pa.array(slow), fixed)), readable


_ASCII_SPACES = np.array([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D], dtype=np.uint8)
"""What a regex's \\s matches in ASCII text."""


def _spaced_capital_k(b: _Bytes) -> np.ndarray:
    """Rows with a digit, a space and a capital 'K' ("288 K"): kelvin or a thousand, which parse_range
    tells by what else the text holds (lexicon.SPACED_CAPITAL_K)."""
    d = b.data
    space = np.isin(d, _ASCII_SPACES)
    at = b.same_row(np.flatnonzero(d == _byte("K")), 2)
    at = at[space[at - 1]]
    before = at - 1
    while (more := space[before] & (b.row[np.maximum(before - 1, 0)] == b.row[before]) & (before > 0)).any():
        before = np.where(more, before - 1, before)  # "1  K": past every space, as the regex's \s+ goes
    at = at[(d[before] >= _byte("0")) & (d[before] <= _byte("9"))]
    nxt = np.append(d, 0x20)[at + 1] | 0x20  # lower-cased; a row's end reads as a space ("5 Korean won" is no K)
    last = b.row[np.minimum(at + 1, len(d) - 1)] != b.row[at]
    return b.rows_with(at[last | ~((nxt >= _byte("a")) & (nxt <= _byte("z")))])


def _letter_then_digit(b: _Bytes) -> np.ndarray:
    """Rows where a digit follows a letter ("COVID-19" aside, "G7", "USD115", "of0"): whether the
    letters name a thing or a currency is claims.notfigure's to say, through parse_range."""
    d = b.data
    letter = (d >= _byte("a")) & (d <= _byte("z"))
    digit = (d >= _byte("0")) & (d <= _byte("9"))
    at = b.same_row(np.flatnonzero(digit), 1)
    return b.rows_with(at[letter[at - 1]])


YEAR_OR_CODE = (r"(^|[^0-9,.])((1[89][0-9][0-9]|20[0-9][0-9]|2100)([^0-9,.]|$)|0[0-9]|[0-9]{8}([^0-9,.]|$)"
                r"|([01][0-9]|2[0-3])[0-5][0-9] ?[Hh]|(19|20)[0-9][0-9]\.[1-9][0-9]{0,2}([^0-9]|$)"
                r"|([0-9]{1,3}(,[0-9]{3})+|[0-9]{4,})[mM]([^0-9A-Za-z_]|$))")
"""A four-digit number 1800–2100 written without a separator, eight digits so written (perhaps a
date, '20161016'), digits after a leading zero or four before an 'h' ('2300 hrs', a time on a 24-hour
clock), a year with a stop and up to three digits ('2025.11', a footnote's number after it) (RE2): perhaps a year,
a date, a time or a code ('007'), which claims.notfigure refuses in some places, or thousands with a glued 'm'
('5,000m', metres or millions: lexicon.GLUED_M_THOUSANDS); such rows are parse_range's."""


def _year_or_code(arr: pa.Array) -> np.ndarray:
    return pc.match_substring_regex(arr, YEAR_OR_CODE).to_numpy(zero_copy_only=False)


@dataclass(frozen=True)
class _Numbers:
    """Each row's first two numbers (mantissa as an exact float, digits after the point) and shape."""

    mant: np.ndarray  # (rows, 2)
    point: np.ndarray  # (rows, 2)
    count: np.ndarray
    ok: np.ndarray
    shapes: pa.Array


def _numbers(b: _Bytes) -> _Numbers:
    """Find the numbers as lexicon.TOKEN_RE does, checking that it reads each run of digits, commas
    and points as one number, and replace each by '#' to give the row's shape."""
    d, n = b.data, len(b.offsets) - 1
    at = np.flatnonzero(((d >= _byte("0")) & (d <= _byte("9"))) | (d == _byte(",")) | (d == _byte(".")))
    c, row = d[at], b.row[at]
    digit = (c >= _byte("0")) & (c <= _byte("9"))
    new = np.ones(len(at), dtype=bool)
    new[1:] = (np.diff(at) != 1) | (row[1:] != row[:-1])
    starts = np.flatnonzero(new)
    if not len(starts):
        return _Numbers(np.zeros((n, 2)), np.zeros((n, 2), dtype=np.int64), np.zeros(n, dtype=np.int64),
                        b.rows_with(np.flatnonzero(d == _byte("#"))) == 0, _arrow_strings(d, np.diff(b.offsets)))
    ends = np.append(starts[1:], len(at))
    run = np.cumsum(new) - 1
    counted = np.cumsum(digit)
    digits = counted[ends - 1] - np.where(starts > 0, counted[np.maximum(starts - 1, 0)], 0)
    number = digits > 0
    commas = np.flatnonzero(c == _byte(","))
    first_comma = _first_in_run(commas, run, len(starts), len(c))
    bad = ~digit[starts] | ~digit[ends - 1] | (digits > MAX_DIGITS) | _bad_grouping(c, run, starts, commas, first_comma)
    run_row = row[starts]
    count = np.bincount(run_row[number], minlength=n)
    ok = (np.bincount(run_row[number & bad], minlength=n) == 0) & (count <= 2)
    ok &= ~b.rows_with(np.flatnonzero(d == _byte("#")))

    mant, point = _mantissas(c, digit, counted, run, ends)
    runs = np.flatnonzero(number)
    rows = run_row[runs]
    opens_row = np.ones(len(runs), dtype=bool)
    opens_row[1:] = rows[1:] != rows[:-1]
    second = ~opens_row
    second[1:] &= opens_row[:-1]
    m = [np.zeros(n), np.zeros(n)]
    k = [np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)]
    lead = [np.zeros(n), np.zeros(n)]  # the digits before a number's first comma; -1 with no comma
    lead_of_run = _lead_groups(first_comma, len(c), starts, digits, mant)
    for rank, which in enumerate((opens_row, second)):
        chosen = runs[which]
        m[rank][run_row[chosen]] = mant[chosen]
        k[rank][run_row[chosen]] = point[chosen]
        lead[rank][run_row[chosen]] = lead_of_run[chosen]
    ok &= ~((count == 2) & (lead[0] < 0) & (k[0] == 0) & (lead[1] >= 0) & (k[1] == 0)
            & _shares_thousands(m[0], lead[1]))  # "20-30,000", "2-300,000": parse_range's to refuse

    shape = d.copy()
    shape[at[starts[runs]]] = _byte("#")
    keep = np.ones(len(d), dtype=bool)
    keep[at[~new & number[run]]] = False
    run_len = ends - starts
    lengths = np.diff(b.offsets) - np.bincount(rows, weights=run_len[runs] - 1, minlength=n).astype(np.int64)
    return _Numbers(np.column_stack(m), np.column_stack(k), count, ok, _arrow_strings(shape[keep], lengths))


def _shares_thousands(first: np.ndarray, lead: np.ndarray) -> np.ndarray:
    """`ranges.shared_thousands` over whole low ends and the high ends' digits before their first comma."""
    return (first > 0) & (((first < lead) & (lead <= 10 * first))
                          | ((first < 10) & (lead % 100 == 0) & (first < lead // 100)))


def _lead_groups(first_comma: np.ndarray, size: int, starts: np.ndarray, digits: np.ndarray, mant: np.ndarray
                 ) -> np.ndarray:
    """Per run, the value of its digits before the first comma ('30' in '30,000'), -1 for a run
    without one (`first_comma` is `size` there). Meaningful for whole numbers, the only ones asked about."""
    has = first_comma < size
    after = np.clip(digits - (first_comma - starts), 0, len(POW10) - 1)
    return np.where(has, np.floor(mant / POW10[after]), -1.0)


def _first_in_run(at: np.ndarray, run: np.ndarray, n_runs: int, none: int) -> np.ndarray:
    """Per run, the first of the sorted positions `at` that falls in it (`none` if none does)."""
    first = np.full(n_runs, none, dtype=np.int64)
    if len(at):
        runs = run[at]
        lead = np.ones(len(at), dtype=bool)
        lead[1:] = runs[1:] != runs[:-1]
        first[runs[lead]] = at[lead]
    return first


def _bad_grouping(c: np.ndarray, run: np.ndarray, starts: np.ndarray, at: np.ndarray, first_comma: np.ndarray
                  ) -> np.ndarray:
    """Runs that are not one TOKEN_RE number: '1,00', '1234,567', '1.2.3', '1.000,5'. `at` holds the
    commas' positions, `first_comma` each run's first (`_first_in_run`)."""
    n_runs, size = len(starts), len(c)
    dots = np.flatnonzero(c == _byte("."))
    bad = np.bincount(run[dots], minlength=n_runs) > 1
    if not len(at):
        return bad
    own = run[at]
    for step in (1, 2, 3):
        nxt = np.minimum(at + step, size - 1)
        bad[own[(at + step >= size) | (run[nxt] != own) | ~((c[nxt] >= _byte("0")) & (c[nxt] <= _byte("9")))]] = True
    nxt = np.minimum(at + 4, size - 1)
    bad[own[(at + 4 < size) & (run[nxt] == own) & (c[nxt] >= _byte("0")) & (c[nxt] <= _byte("9"))]] = True
    first_dot = _first_in_run(dots, run, n_runs, size)
    bad[own[first_dot[own] < at]] = True
    bad |= (first_comma < size) & (first_comma - starts > 3)
    return bad


_POW10_INT = 10 ** np.arange(19, dtype=np.int64)


def _mantissas(c: np.ndarray, digit: np.ndarray, counted: np.ndarray, run: np.ndarray, ends: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Each run's digits as an integer (exact in float64 up to 15 digits) and its digits after the point.

    `counted` is the running count of digits.
    """
    last = counted[ends - 1]
    at = np.flatnonzero(digit)
    runs = run[at]
    power = np.minimum(last[runs] - counted[at], 22)
    mant = np.bincount(runs, weights=(c[at] - _byte("0")) * POW10[power], minlength=len(ends))
    dots = np.flatnonzero(c == _byte("."))
    point = np.zeros(len(ends), dtype=np.int64)
    point[run[dots]] = last[run[dots]] - counted[dots]
    return mant, point


# --- parse_many ------------------------------------------------------------------------------------

def _exact(mant: np.ndarray, exp: np.ndarray) -> np.ndarray:
    """mant * 10**exp correctly rounded, as float(Decimal) gives it: one IEEE operation on exact operands."""
    up = mant * POW10[np.clip(exp, 0, 22)]
    down = mant / POW10[np.clip(-exp, 0, 22)]
    return np.where(exp >= 0, up, down)


_PREPARING = threading.Lock()


def prepare() -> None:
    """Build the grammar `parse_many` reads with (compiling its regex takes tens of ms), e.g. in a
    thread while the file is being read. Any thread may call it; it is built once."""
    with _PREPARING:
        _vocab()
        _fillers()
        _spelled()


def parse_many(texts: Sequence[str] | pa.Array, hints: Sequence[str] | pa.Array) -> Readings:
    """Read texts[i] with default unit hints[i] ("" for none) wherever the reading is certain.

    For every row with done True the fields equal those of parse_range(texts[i], hints[i] or None);
    the other rows (unusual shapes, and texts parse_range refuses) are left to parse_range.
    """
    prepare()
    n = len(texts)
    if len(hints) != n:
        raise ValueError(f"{n} texts but {len(hints)} hints")
    arr, is_str = _to_arrow(texts)
    hint_arr, hint_ok = _to_arrow(hints, none_ok=True)
    b, readable = _normalized(arr)
    nums = _numbers(b)
    cols = _read_shapes(nums.shapes)
    done = is_str & hint_ok & readable & nums.ok & ~_letter_then_digit(b) & ~_year_or_code(arr) & (cols["ok"] > 0) \
        & (nums.count == cols["nums"])
    low, high, values_ok = _values(cols, nums)
    done &= values_ok
    unit, unit_ok = _resolve_units(cols["unit"].astype(np.int64), hint_arr)
    done &= unit_ok
    done &= ~_aside_not_figure(arr, done)
    done &= ~((nums.point == 3) & (nums.mant >= 1000) & (nums.mant < 1_000_000)).any(axis=1)  # "10.000 people": parse_range's
    done &= ~_scale_of_another_size(arr, done, unit)
    kind = np.array(KINDS, dtype=object)[cols["kind"].astype(np.int64)]
    unit[~done] = kind[~done] = ""
    return Readings(done, low, high, unit, kind, np.full(n, "", dtype=object))


BRACKETS = r"[\(\)\[\]]"
DOLLAR_ASIDE = r"^[^\(\)\[\]]*[0-9][^\(\)\[\]]*\((?:US)?\$[0-9][0-9,]*(?:\.[0-9]+)?\)[ \t]*$"
"""A figure in digits with one closing conversion into dollars, '1,000 yuan (US$143)' (RE2; without a
digit before it, '($5.50)' may be an accountant's negative, which parse_range refuses). No rule of
claims.notfigure can match in "(US$143)" or across its opening bracket: each needs a digit with
letters glued before it, a label, month or date word, a '/', '+' or a second separator, or more digits
after ')'; and the figure before it, bracket-free, is refused or not as it would be alone, since a
space and a bracket after it read alike to every rule's look-ahead and \b. So it needs no check."""


def _scale_of_another_size(arr: pa.Array, done: np.ndarray, unit: np.ndarray) -> np.ndarray:
    """Rows with a scale suffix in a currency whose language writes another size so ('R$ 50 mil', 'Rp 5 M'):
    parse_range refuses them (lexicon.SCALES_OF_ANOTHER_SIZE)."""
    refused = np.zeros(len(done), dtype=bool)
    words = "|".join(lexicon.SCALES_OF_ANOTHER_SIZE)
    rows = np.flatnonzero(done & pc.match_substring_regex(arr, rf"(?i)[\d\s](?:{words})\b").to_numpy(
        zero_copy_only=False))
    for r in rows:
        currency = lexicon.main_unit(str(unit[r]).split("/")[0])
        text = str(arr[r].as_py()).lower()
        refused[r] = any(currency in where and re.search(rf"[\d\s]{word}\b", text)
                         for word, (where, _) in lexicon.SCALES_OF_ANOTHER_SIZE.items())
    return refused


def _aside_not_figure(arr: pa.Array, done: np.ndarray) -> np.ndarray:
    """Rows holding brackets that claims.notfigure refuses ("5 (Article 12)", "(G7) 5", "(5)"): the
    shapes are read with the asides cut, and notfigure reads the whole text, so ask it."""
    refused = np.zeros(len(done), dtype=bool)
    if not done.any():
        return refused
    rows = np.flatnonzero(done & pc.match_substring_regex(arr, BRACKETS).to_numpy(zero_copy_only=False))
    if not rows.size:
        return refused
    texts = arr.take(pa.array(rows))
    rows = rows[~pc.match_substring_regex(texts, DOLLAR_ASIDE).to_numpy(zero_copy_only=False)]
    for k in rows.tolist():
        refused[k] = _refuses(arr[k].as_py())
    return refused


@lru_cache(maxsize=1 << 14)
def _refuses(text: str) -> bool:
    """Whether parse_range refuses the text as no figure (`ranges._refuse_not_figure`), or reads an
    aside that the shapes cut ("5,000 (± 500)", a margin)."""
    if any(lexicon.is_margin(m.group()) or lexicon.place_named(m.group()) for m in lexicon.ASIDE.finditer(text)):
        return True  # a margin, or a place whose money the figure may not be ("Rs 500 (Sri Lanka)")
    try:
        ranges._refuse_not_figure(lexicon.unify(text))
    except ranges.RangeParseError:
        return True
    return False


def _read_shapes(shapes: pa.Array) -> dict[str, np.ndarray]:
    """Each row's ROW_FIELDS, read once per distinct shape."""
    enc = pc.dictionary_encode(shapes)
    spelled = pc.match_substring_regex(enc.dictionary, _spelled()).to_numpy(zero_copy_only=False).tolist()
    rows = [_spelled_row(s) if w else _plain_row(s) for s, w in zip(enc.dictionary.to_pylist(), spelled)]
    table = np.array(rows, dtype=np.float64).reshape(len(rows), len(ROW_FIELDS))
    codes = enc.indices.to_numpy(zero_copy_only=False)
    return {name: table[codes, i] for i, name in enumerate(ROW_FIELDS)}


def _encode(arr: pa.Array) -> tuple[np.ndarray, list[str]]:
    """Row codes and the distinct values, so that lookups run once per distinct value."""
    enc = pc.dictionary_encode(arr)
    return enc.indices.to_numpy(zero_copy_only=False), enc.dictionary.to_pylist()


def _values(cols: dict[str, np.ndarray], nums: _Numbers) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bounds per row as ranges._build computes them from the bounds' Decimals, and where that is sure."""
    v1, v2, ok = _bound_values(cols, nums)
    duration = cols["f1"] > 0
    ok &= ~((cols["two"] > 0) & ~duration & (v1 == v2))  # "50-50", "3-3": refused as no range
    if duration.any():
        m, k = nums.mant, nums.point
        whole = (k[:, 0] == 0) & (k[:, 1] == 0) & (m[:, 0] < MAX_DURATION_PART) & (m[:, 1] < MAX_DURATION_PART)
        ok &= ~duration | whole
        v1 = np.where(duration, m[:, 0] * cols["f1"] + m[:, 1] * cols["f2"], v1)
    kind = cols["kind"].astype(np.int64)
    at_least, at_most = kind == KINDS.index("at_least"), kind == KINDS.index("at_most")
    two = cols["two"] > 0
    low = np.where(at_most, np.nan, v1)
    high = np.where(at_least, np.nan, np.where(two, v2, v1))
    return low, high, ok & ~(low > high) & ~(two & (v1 > v2))  # "up to 100-5": refused, both ends read


_HUNDRED_EXPONENTS = sorted(_power_of_ten(scale) for scale in ranges.HUNDRED_SCALES)


def _bound_values(cols: dict[str, np.ndarray], nums: _Numbers) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each bound's value, the first scaled by the second's scale as in "1.2 to 1.5 million".

    A zero before a scale is declined: parse_range reads "0 million" as a million.
    """
    rows = np.arange(len(nums.mant))
    digits1, digits2 = cols["num1"] >= 0, cols["num2"] >= 0
    exp1, exp2 = cols["exp1"].astype(np.int64), cols["exp2"].astype(np.int64)
    top1, top2 = cols["top1"].astype(np.int64), cols["top2"].astype(np.int64)
    m1, k1 = nums.mant[:, 0], nums.point[:, 0]
    second = np.maximum(cols["num2"], 0).astype(np.int64)
    m2, k2 = nums.mant[rows, second], nums.point[rows, second]
    ok = ~(digits1 & (exp1 > 0) & (m1 == 0)) & ~(digits2 & (exp2 > 0) & (m2 == 0))
    v1 = np.where(digits1, _exact(m1, exp1 - k1), cols["word1"])
    v2 = np.where(digits2, _exact(m2, exp2 - k2), cols["word2"])
    base2 = np.where(digits2, _exact(m2, -k2), cols["base2"])
    two = cols["two"] > 0
    share = two & (top1 == 0) & (top2 > 0) & (v1 < base2) & (cols["closed1"] == 0)
    # "three hundred to five hundred thousand": a low end in hundreds takes the thousands, parse_range's
    ok &= ~(two & (top1 == 2) & np.isin(top2, _HUNDRED_EXPONENTS))
    if share.any():
        v1 = np.where(share, np.where(digits1, _exact(m1, top2 - k1), _exact(cols["word1"], top2)), v1)
    return v1, v2, ok


@lru_cache(maxsize=None)
def _default_unit(hint: str) -> str | None:
    """parse_range's reading of its unit argument; None where it raises."""
    try:
        return units.canonical_unit(hint) if hint else ""
    except units.UnitError:
        return None


@lru_cache(maxsize=None)
def _final_unit(stated: str, default: str) -> str | None:
    """The reading's unit, or None where parse_range refuses the unit given (another dimension)."""
    if not stated:
        return default
    if default and stated != default:
        try:
            if units.dimension_key(stated) != units.dimension_key(default):
                return None
        except Exception:  # noqa: BLE001 - parse_range counts any failure here as a mismatch
            return None
    return stated


@lru_cache(maxsize=None)
def _rereads(default: str) -> bool:
    """A metric's unit that reads some words another way (`lexicon.WORDS_THE_UNIT_DECIDES`): its rows
    are left to parse_range."""
    return bool(default) and units.dimension_key(default) in lexicon.WORDS_THE_UNIT_DECIDES


def _resolve_units(stated: np.ndarray, hints: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """Each row's unit, and whether parse_range accepts the figure's own unit with the row's hint."""
    hint_codes, hint_values = _encode(hints)
    all_units = _vocab().units
    width = max(len(hint_values), 1)
    keys = stated * width + hint_codes
    present = np.flatnonzero(np.bincount(keys, minlength=len(all_units) * width))
    finals = np.full(len(all_units) * width, "", dtype=object)
    accepted = np.zeros(len(all_units) * width, dtype=bool)
    for key in present.tolist():
        default = _default_unit(hint_values[key % width])
        final = None if default is None or _rereads(default) else _final_unit(all_units[key // width], default)
        finals[key], accepted[key] = final or "", final is not None
    return finals[keys], accepted[keys]


# --- format_many ---------------------------------------------------------------------------------

def _commas(n: np.ndarray) -> pa.Array:
    """f"{n:,}" for whole numbers 0 <= n < 1e16: Arrow prints the digits, numpy puts in the commas."""
    digits_text = pc.cast(pa.array(n.astype(np.int64)), pa.string())
    if not (n >= 1000).any():
        return digits_text
    b = _Bytes.of(digits_text)
    count = np.diff(b.offsets)
    width = count + (count - 1) // 3
    row = np.repeat(np.arange(len(n)), width)
    starts = np.zeros(len(n) + 1, dtype=np.int64)
    np.cumsum(width, out=starts[1:])
    from_right = starts[1:][row] - 1 - np.arange(starts[-1])
    source = b.offsets[1:][row] - 1 - (from_right - from_right // 4)
    chars = np.where((from_right + 1) % 4 == 0, np.uint8(_byte(",")), b.data[np.maximum(source, 0)])
    return _arrow_strings(chars, width)


def _thousands_written_out(lo: pa.Array, hi: pa.Array, maybe: np.ndarray) -> pa.Array:
    """format_range's '1–2000' where '1–2,000' would not read back (`ranges.shared_thousands`, over
    the texts of the rows `maybe` holds, which hold every such row)."""
    rows = np.flatnonzero(maybe)
    if not len(rows):
        return hi
    at = pa.array(rows)
    low_text, high_text = lo.take(at), hi.take(at)
    lead_text = pc.list_element(pc.split_pattern(high_text, ",", max_splits=1), 0)
    plain = pc.and_(pc.match_substring_regex(low_text, "^[0-9]+$"), pc.match_substring_regex(lead_text, "^[0-9]+$"))
    plain = pc.and_(plain, pc.and_(pc.match_substring(high_text, ","), pc.invert(pc.match_substring(high_text, "."))))
    first = pc.cast(pc.if_else(plain, low_text, "0"), pa.int64()).to_numpy()
    lead = pc.cast(pc.if_else(plain, lead_text, "0"), pa.int64()).to_numpy()
    doubt = np.zeros(len(hi), dtype=bool)
    doubt[rows] = plain.to_numpy(zero_copy_only=False) & _shares_thousands(first, lead)
    if not doubt.any():
        return hi
    return pc.if_else(pa.array(doubt), pc.replace_substring(hi, ",", ""), hi)


def _join(*parts: pa.Array | str) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _rounded_limit(decimals: int | None) -> float:
    """Below this, a float's shortest digits rounded to `decimals` places are Python's round()."""
    places = 0 if decimals is None else decimals
    return min(1e10, 2.0 ** (52 - math.ceil(places * math.log2(10))) / 2)


def _fraction_text(a: np.ndarray, decimals: int | None) -> tuple[pa.Array, np.ndarray]:
    """Text of fractional values via their shortest digits (Arrow prints them as repr does), and
    which rows need Python (exponent forms, exact ties at the rounding digit)."""
    shortest = pc.cast(pa.array(a), pa.string())
    parts = pc.extract_regex(shortest, r"^(?P<i>[0-9]+)\.(?P<f>[0-9]+)$")
    python = ~parts.is_valid().to_numpy(zero_copy_only=False)
    whole = pc.fill_null(parts.field("i"), "0")
    frac = pc.fill_null(parts.field("f"), "0")
    whole_n = pc.cast(whole, pa.int64()).to_numpy(zero_copy_only=False)
    plain = _join(_commas(whole_n), ".", frac)
    if decimals is None:
        return plain, python
    length = pc.utf8_length(frac).to_numpy(zero_copy_only=False)
    kept = np.zeros(len(a), dtype=np.int64)
    if decimals:
        head = pc.utf8_rpad(pc.utf8_slice_codeunits(frac, 0, decimals), decimals, "0")
        kept = pc.cast(head, pa.int64()).to_numpy(zero_copy_only=False)
    nxt = pc.utf8_slice_codeunits(frac, decimals, decimals + 1)
    up = pc.greater_equal(nxt, "5").to_numpy(zero_copy_only=False)
    python |= (length == decimals + 1) & pc.equal(nxt, "5").to_numpy(zero_copy_only=False)
    scale = 10**decimals
    total = whole_n * scale + kept + up
    rest = total % scale
    fraction = pc.utf8_rtrim(pc.utf8_lpad(pc.cast(pa.array(rest), pa.string()), decimals, "0"), "0") \
        if decimals else pa.array([""] * len(a))
    rounded = pc.if_else(pa.array(rest == 0), _commas(total // scale), _join(_commas(total // scale), ".", fraction))
    return pc.if_else(pa.array(length <= decimals), plain, rounded), python


def _number_text(x: np.ndarray, decimals: int | None) -> pa.Array:
    """ranges._fmt_number(x, decimals) for every element (NaN gives ''), vectorized where exact."""
    finite = np.isfinite(x)
    a = np.where(finite, np.abs(x), 0.0)
    whole = finite & (a == np.floor(a)) & (a < 1e16)
    vectorized = decimals is None or decimals >= 0
    fraction = finite & ~whole & (a < _rounded_limit(decimals)) & (a >= 1e-6) & vectorized
    if decimals is not None:  # below 10**(1 - decimals), two significant digits outnumber the places
        fraction &= a >= 10.0 ** (1 - decimals)
    python = (finite & ~whole & ~fraction) | np.isinf(x)  # Python raises on infinities, as format_range does
    if not vectorized:
        python |= finite
    body = pc.if_else(pa.array(whole), _commas(np.where(whole, a, 0)), "")
    if fraction.any():
        rows = np.flatnonzero(fraction)
        text, fallback = _fraction_text(a[rows], decimals)
        python[rows[fallback]] = True
        body = pc.replace_with_mask(body, pa.array(fraction), text)
    text = _join(pc.if_else(pa.array(x < 0), "−", ""), body)
    if python.any():
        fixed = [ranges._fmt_number(v, decimals) for v in x[python].tolist()]
        text = pc.replace_with_mask(text, pa.array(python), pa.array(fixed, type=pa.string()))
    return pc.if_else(pa.array(finite), text, "")


@lru_cache(maxsize=None)
def _unit_template(unit: str, one: bool, negative: bool) -> tuple[str, str, str]:
    """What ranges._with_unit puts before, between and after a body and its '+': read off the real
    function with markers, since it looks at the body only for a leading minus and at the value
    only for 1 (singular)."""
    written = ranges._with_unit(("−" if negative else "") + "\x00", unit, 1.0 if one else 2.0, plus="\x01")
    before, _, rest = written.partition("\x00")
    between, _, after = rest.partition("\x01")
    return before, between, after


def _templates(unit: np.ndarray, one: np.ndarray, negative: np.ndarray) -> tuple[pa.Array, pa.Array, pa.Array]:
    codes, names = _encode(pa.array(unit.tolist(), type=pa.string()))
    keys = codes * 4 + one * 2 + negative
    table = [_unit_template(names[k // 4], bool(k // 2 % 2), bool(k % 2)) for k in range(4 * len(names))]
    pieces = [pa.array([t[i] for t in table], type=pa.string()) for i in range(3)]
    return tuple(pc.take(piece, pa.array(keys)) for piece in pieces)


def format_many(low: Sequence[float], high: Sequence[float], unit: Sequence[str], kind: Sequence[str],
                decimals: int | None = 2) -> np.ndarray:
    """format_range(Range(low, high, unit, kind, ""), decimals) for each element, NaN for an open bound.

    Raises ValueError, as format_range does, if an element has neither bound.
    """
    return format_arrow(low, high, unit, kind, decimals).to_numpy(zero_copy_only=False)


def format_arrow(low: Sequence[float], high: Sequence[float], unit: Sequence[str], kind: Sequence[str],
                 decimals: int | None = 2) -> pa.Array:
    """`format_many` as an Arrow string array."""
    low, high = np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64)
    unit, kind = np.asarray(unit, dtype=object), np.asarray(kind, dtype=object)
    if len(low) == 0:
        return pa.array([], pa.string())
    has_low, has_high = ~np.isnan(low), ~np.isnan(high)
    if not (has_low | has_high).all():
        raise ValueError("a range needs at least one bound")
    point = has_low & has_high & (low == high) & (kind != "interval")
    interval = has_low & has_high & ~point
    at_least, at_most = has_low & ~has_high, ~has_low
    # each distinct number written once (0 and -0 are written alike, as "0")
    code, numbers = pd.factorize(np.concatenate([low, high]), use_na_sentinel=False)
    written = _number_text(np.asarray(numbers, dtype=np.float64), decimals).take(pa.array(code))
    lo, hi = written.slice(0, len(low)), written.slice(len(low))
    hi = _thousands_written_out(lo, hi, interval & (low > 0) & (high >= 999))
    body = pc.if_else(pa.array(interval), _join(lo, "–", hi), pc.if_else(pa.array(has_low), lo, hi))
    value = np.where(interval | at_most, high, low)
    negative = pc.starts_with(body, "−").to_numpy(zero_copy_only=False)
    before, between, after = _templates(unit, value == 1, negative)
    body = pc.if_else(pa.array(negative), pc.utf8_slice_codeunits(body, 1), body)
    lead = pc.take(pa.array(["", "~", "≤"]), pa.array(np.where(at_most, 2, (point | interval) & (kind == "approx"))))
    plus = pc.take(pa.array(["", "+"]), pa.array(at_least.astype(np.int64)))
    return _join(lead, before, body, between, plus, after)


def _clear_caches() -> None:
    """Forget every shape read so far (for timing a cold start)."""
    for cached in (_plan, _plain_row, _spelled_row, _word_number, _duration_factors, _default_unit, _final_unit,
                   _refuses):
        cached.cache_clear()
