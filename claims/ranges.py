"""Reading figures as reports state them ("between 30 percent and half") into intervals with units.

`parse_range` reads compact notation ("30–50%", "$100–$1,000", "5+ years", "~40,000", "2.5bn") and
the phrases reports use ("at least", "or longer", "nearly", "several hundred to a thousand
dollars"). Words it does not know are passed over, so a figure can be read inside a short phrase;
two separate figures, or none, are an error. Vague terms ("thousands") are read through the one
conventions table in data/vague_terms.csv (see `claims.vague`). Arithmetic is done in Decimal so
that "1.2 million" is exactly 1,200,000 and `format_range` output parses back to the same bounds.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from claims import units, vague

KINDS = ("point", "interval", "at_least", "at_most", "approx", "vague")

EXAMPLES = "'30–50%', 'about 5,000 people', '5+ years', '$100–1,000' or a vague term such as 'thousands'"


class RangeParseError(ValueError):
    """The text is not a quantity this parser can read; the message says what was expected."""


@dataclass(frozen=True)
class Range:
    """One figure read as an interval.

    low/high: the bounds, or None where the text leaves a bound open ("5+ years" has no high).
    unit: canonical `claims.units.ureg` name; "" for a plain number with no unit stated.
    kind: point, interval, at_least, at_most, approx (a hedged single figure) or vague (a bound
        comes from the vague-term conventions).
    text: the original text.
    vague: the convention phrases used for the vague bounds, e.g. ("several hundred",).
    """

    low: float | None
    high: float | None
    unit: str
    kind: str
    text: str
    vague: tuple[str, ...] = ()


# --- vocabulary ---------------------------------------------------------------------------

ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
             "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
             "tenth": 10, "tenths": 10}
SUFFIX_SCALES = {"k": 1_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000,
                 "m": 1_000_000, "b": 1_000_000_000}
MONEY_ONLY_SUFFIXES = {"m", "b"}  # "5m" is five minutes or metres unless it is money

PREFIX_MODS = {
    "ge": ["at least", "more than", "over", "above", "greater than", "in excess of", "upwards of",
           "upward of", "no less than", "no fewer than", "not less than", "not fewer than",
           "a minimum of", "minimum of", "minimum", "min", "min.", "exceeding", "well over",
           "well above", "slightly more than", "just over", "as little as", "as low as", "as few as",
           "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass", "surpassing", "topped",
           "higher than", "larger than", "bigger than", "greater than or equal to", "more than or equal to",
           "equal to or more than", "equal to or greater than", "more or equal than", "greater or equal than",
           "≥", ">", ">=", "=>"],
    "le": ["up to", "less than", "fewer than", "under", "below", "as much as", "as many as",
           "as high as", "at most", "no more than", "not more than", "a maximum of", "maximum of",
           "maximum", "max", "max.", "just under", "slightly less than", "not exceeding",
           "lower than", "smaller than", "less than or equal to", "equal to or less than",
           "less or equal than", "smaller or equal than", "not above", "not over",
           "≤", "<", "<=", "=<"],
    "approx": ["about", "around", "roughly", "approximately", "approx", "approx.", "ca", "ca.",
               "c.", "circa", "some", "nearly", "almost", "close to", "closer to", "an estimated",
               "estimated", "est.", "an approximate", "approximate", "in the region of",
               "on the order of", "something like", "~", "≈"],
}
SUFFIX_MODS = {
    "ge": ["or more", "or longer", "or higher", "or above", "or over", "or greater", "or older",
           "and up", "and above", "and over", "and more", "plus", "+", "at least", "at the least",
           "minimum", "or longer sentences"],
    "le": ["or less", "or fewer", "or lower", "or under", "or below", "or shorter", "or younger",
           "and under", "and below", "at most", "at the most", "maximum", "max"],
    "approx": ["or so", "approximately", "roughly"],
}
CONNECTORS = {"–", "—", "-", "to", "through", "thru", "till", "until"}
CONNECTOR_PHRASES = {"and perhaps": "to", "or perhaps": "to", "and possibly": "to", "or possibly": "to",
                     "or even": "to", "and even": "to", "if not": "to", "perhaps even": "to",
                     "and maybe": "to", "or maybe": "to"}
"""Phrases that widen a figure into a range: "thousands, and perhaps tens of thousands"."""
SIGN_WORDS = {"minus", "negative"}
RATE_ADJECTIVES = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month",
                   "weekly": "week", "daily": "day"}
DURATIONS = {"year", "month", "week", "day", "hour", "minute", "decade", "fortnight"}
MAX_LENGTH = 2_000

TOKEN_RE = re.compile(r"""
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
  | (?P<sym>us\$|u\.s\.\$|>=|<=|=>|=<|[$¥₩€£%≥≤<>+~≈/–—\-−元])
  | (?P<word>[a-z]+(?:\.[a-z]+)+\.?|[a-z]+\.?)
  | (?P<other>\S)
""", re.X)
DASHES = str.maketrans({"‒": "–", "―": "—", "‐": "-", "‑": "-", "＄": "$", "％": "%"})


class Tok(NamedTuple):
    """A token and where it stands in the normalized text (a tuple: the parser makes many)."""

    text: str
    kind: str  # num, sym, word, other
    start: int
    end: int


def _tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.lastgroup or "other", m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in _tokens(phrase.lower()))


def _phrase_table(groups: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    return {_key(p): name for name, phrases in groups.items() for p in phrases}


PREFIX_TABLE = _phrase_table(PREFIX_MODS)
WIDEN_TABLE = {_key(p): v for p, v in CONNECTOR_PHRASES.items()}
SUFFIX_TABLE = _phrase_table(SUFFIX_MODS)
UNIT_TABLE = {_key(w): u for w, u in units.UNIT_WORDS.items()}
CURRENCY_PREFIX = {k: u for k, u in UNIT_TABLE.items() if units.currency_of(u)}
ADJACENT_ONLY_UNITS = {("won",), ("pc",), ("mo",), ("mos",), ("pound",), ("pounds",)}
"""Unit words that are ordinary words elsewhere ("won the vote"): read only right after a number."""


_LENGTHS: dict[int, dict[str, tuple[int, ...]]] = {}


def _lengths(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    """First word -> the lengths of the table's phrases that start with it, longest first."""
    index = _LENGTHS.get(id(table))
    if index is None:
        found: dict[str, set[int]] = {}
        for key in table:
            found.setdefault(key[0], set()).add(len(key))
        index = _LENGTHS[id(table)] = {w: tuple(sorted(ns, reverse=True)) for w, ns in found.items()}
    return index


def _match(table: dict[tuple[str, ...], str], toks: list[Tok], i: int) -> tuple[str, int] | None:
    """Longest phrase of `table` starting at token i: (value, tokens used)."""
    first = toks[i].text
    lengths = _lengths(table).get(first)
    if lengths is None:
        if first.endswith(".") and (first[:-1],) in table:
            return table[(first[:-1],)], 1
        return None
    for n in lengths:
        if n == 1:
            return table[(first,)], 1
        if i + n <= len(toks):
            key = tuple(t.text for t in toks[i:i + n])
            if key in table:
                return table[key], n
    return None


@lru_cache(maxsize=1)
def _vague_table() -> dict[tuple[str, ...], str]:
    phrases = set(vague.conventions())
    for mult in vague.MULTIPLIERS:
        phrases.update(f"{mult} {scale}" for scale in vague.SCALES)
    return {_key(p): p for p in phrases if vague.lookup(p)}


# --- one bound: a number or a vague phrase, with its unit -----------------------------------

@dataclass
class Bound:
    value: Decimal | None = None
    vague_low: Decimal | None = None
    vague_high: Decimal | None = None
    phrase: str = ""
    unit: str = ""
    fraction: bool = False
    scale: int = 1
    base: Decimal | None = None
    end: int = 0  # index of the token after the bound

    @property
    def is_vague(self) -> bool:
        return self.value is None

    def scaled(self, factor: Decimal) -> None:
        if self.value is not None:
            self.value *= factor
        else:
            self.vague_low = self.vague_low * factor if self.vague_low is not None else None
            self.vague_high = self.vague_high * factor if self.vague_high is not None else None


def _word(toks: list[Tok], j: int) -> str:
    if j >= len(toks):
        return ""
    t = toks[j]
    return t.text.rstrip(".") if t.kind == "word" else t.text


def _is_number_word(w: str) -> bool:
    return w in ONES or w in TENS


def _fraction_of_scale(toks: list[Tok], i: int) -> tuple[Decimal, int, int] | None:
    """'half a million', 'a quarter million', 'quarter of a million': a fraction of a scale word."""
    j = i + (_word(toks, i) in ("a", "an", "one"))
    frac = _word(toks, j)
    if frac not in ("half", "quarter", "third"):
        return None
    j += 1
    while _word(toks, j) in ("of", "a", "an"):
        j += 1
    scale = _word(toks, j)
    if scale in vague.SCALES and scale != "dozen":
        return Decimal(vague.SCALES[scale]) / FRACTIONS[frac], j + 1, vague.SCALES[scale]
    return None


def _small_number_follows(toks: list[Tok], j: int, scale_ok: bool) -> bool:
    """After "hundred and" or "thousand and", a number below 100 continues the same number.

    After a thousand, a scale word following ("two thousand and three thousand") starts a new one.
    """
    if j >= len(toks) or (not scale_ok and (_word(toks, j + 1) in vague.SCALES or _word(toks, j + 2) in vague.SCALES)):
        return False
    if toks[j].kind == "num":
        return "," not in toks[j].text and Decimal(toks[j].text) < 100
    return _is_number_word(_word(toks, j))


def _number(toks: list[Tok], i: int, money: bool, joins_and: bool = True) -> tuple[Decimal, int, int, bool] | None:
    """A number at token i in digits and/or words, with scale words and suffixes.

    Returns (value, next index, largest scale used, is_fraction) or None. A fraction ("a third",
    "2/3", "one in four") is flagged so that the caller can read it as a share.
    """
    of_scale = _fraction_of_scale(toks, i)
    if of_scale:
        return of_scale[0], of_scale[1], of_scale[2], False
    n = len(toks)
    j, total, current, seen, top = i, Decimal(0), Decimal(0), False, 1
    last_scale = 1
    if _word(toks, j) in ("a", "an", "one") and (_word(toks, j + 1) in vague.SCALES or _word(toks, j + 1) in FRACTIONS):
        current, seen, j = Decimal(1), True, j + 1
    while j < n:
        t, w = toks[j], _word(toks, j)
        if t.kind == "num":
            joined = seen and _word(toks, j - 1) == "and"
            if seen and current and not joined:
                break
            current, seen, j = current + Decimal(t.text.replace(",", "")), True, j + 1
            nxt = _word(toks, j)
            glued = j < n and toks[j].start == t.end
            if nxt in SUFFIX_SCALES and (money or nxt not in MONEY_ONLY_SUFFIXES) and (glued or nxt != "b"):
                scale = SUFFIX_SCALES[nxt]
                total, current, top, last_scale, j = total + current * scale, Decimal(0), max(top, scale), scale, j + 1
            # "2/3", "1/4": a fraction
            if _word(toks, j) == "/" and j + 1 < n and toks[j + 1].kind == "num" and toks[j].start == t.end:
                den = Decimal(toks[j + 1].text.replace(",", ""))
                if den and "," not in toks[j + 1].text and den <= 100 and current < den and not total:
                    return current / den, j + 2, 1, True
            continue
        if w == "-" and seen and (_is_number_word(_word(toks, j + 1)) or _word(toks, j + 1) in FRACTIONS):
            j += 1
            continue
        if w in ONES:
            tail = current % 100
            if seen and not (tail == 0 or (tail in TENS.values() and ONES[w] < 10)):
                break
            current += ONES[w]
        elif w in TENS:
            if seen and current % 100:
                break
            current += TENS[w]
        elif w in ("hundred", "hundreds") and seen:
            current = (current or 1) * 100
            top, last_scale = max(top, 100), 100
        elif w in vague.SCALES and w not in ("hundred", "dozen") and seen:
            scale = vague.SCALES[w]
            total += (current or 1) * scale
            current, top, last_scale = Decimal(0), max(top, scale), scale
        elif w.endswith("s") and w[:-1] in vague.SCALES and w[:-1] not in ("hundred", "dozen") and seen and current:
            scale = vague.SCALES[w[:-1]]  # "three billions"
            total += current * scale
            current, top, last_scale = Decimal(0), max(top, scale), scale
        elif w in ("dozen", "dozens") and seen:
            current = (current or 1) * 12
        elif w == "and" and joins_and and seen and ((current >= 100 and not current % 100) or (total and not current)) \
                and _small_number_follows(toks, j + 1, scale_ok=not total):
            pass  # "two hundred and fifty", "two thousand and nineteen"
        elif w in FRACTIONS and seen and (current or total):
            num = current or total
            if num > 1 and w in ("half", "third", "quarter", "fourth", "fifth", "sixth", "tenth"):
                break
            return num / FRACTIONS[w], j + 1, top, True
        elif w in ("in", "out") and seen and current and not total and current < 100:
            # "one in four", "one out of three": a share
            k = j + 1 + (w == "out" and _word(toks, j + 1) == "of")
            den = _number(toks, k, money=False) if k < n else None
            if den and not den[3] and current < den[0] <= 1000:
                return current / den[0], den[1], 1, True
            break
        else:
            break
        seen = True
        j += 1
    if not seen:
        if _word(toks, i) == "half":
            unit = _match(UNIT_TABLE, toks, i + 2) if _word(toks, i + 1) in ("a", "an") else None
            if unit and (unit[0] in DURATIONS or units.currency_of(unit[0])):
                return Decimal("0.5"), i + 2, 1, False  # "half a year" is 0.5 year, not 50 percent
            return Decimal("0.5"), i + 1, 1, True
        if _word(toks, i) in ("a", "an"):
            unit = _match(UNIT_TABLE, toks, i + 1)
            if unit and (unit[0] in DURATIONS or units.currency_of(unit[0])):
                return Decimal(1), i + 1, 1, False  # "a year", "over a month", "a dollar"
        return None
    value = total + current
    if _word(toks, j) == "and" and _word(toks, j + 1) in ("a", "one") and _word(toks, j + 2) == "half":
        value += Decimal("0.5") * (last_scale if not current else 1)  # "one million and a half"
        j += 3
    return value, j, top, False


# --- the expression ----------------------------------------------------------------------

@dataclass
class Expr:
    bounds: list[Bound] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    trailing_unit: str = ""
    rate: str = ""
    connected: bool = False
    between: bool = False
    second_prefix: str = ""


def _strip_brackets(text: str) -> str:
    """Drop bracketed asides such as conversions ("1,000 yuan (US$146)") when a figure stands outside."""
    outer = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)
    if outer != text and re.search(r"\d", outer):
        return outer
    return text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")


VULGAR = {"½": ("1/2", ".5"), "¼": ("1/4", ".25"), "¾": ("3/4", ".75"), "⅓": ("1/3", ""), "⅔": ("2/3", "")}


SPACED_THOUSANDS = re.compile(r"\b\d{1,3}(?: \d{3})+\b")
CAPITAL_SCALE = re.compile(r"(?<=\d) ?([MB])\b|(?<=\d)(T)\b")
CAPITAL_WORDS = {"M": " million", "B": " billion", "T": " trillion"}


def _normalize(text: str) -> str:
    if any(char in text for char in VULGAR):
        for char, (alone, decimal) in VULGAR.items():
            if decimal:
                text = re.sub(rf"(\d){char}", rf"\g<1>{decimal}", text)  # "2½" is 2.5
            text = text.replace(char, f" {alone} ")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(DASHES).replace("⁄", "/")
    if " " in text:
        text = SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ""), text)  # "10 000"
    # "1.2M": a capital M after a number is million, a lower-case m is not
    text = CAPITAL_SCALE.sub(lambda m: CAPITAL_WORDS[m.group(1) or m.group(2)], text)
    return " ".join(text.lower().split())


def _parse_expr(text: str) -> Expr:
    toks = _tokens(text)
    expr = Expr()
    pending_unit, pending_sign = "", 1
    i, n = 0, len(toks)
    vague_table = _vague_table()
    while i < n:
        t = toks[i]
        w = t.text
        last = expr.bounds[-1] if expr.bounds else None
        expecting = not expr.bounds or expr.connected
        # a second figure after a complete expression is ambiguous
        if not expecting:
            adjacent = last is not None and i == last.end
            _refuse_unsupported_currency(toks, i)
            m = _match(SUFFIX_TABLE, toks, i)
            if m:
                expr.suffix = expr.suffix or m[0]
                if adjacent:
                    last.end = i + m[1]  # "5+ days": the unit still follows its number
                i += m[1]
                continue
            if w == "and" and _word(toks, i + 1) in ("a", "one") and _word(toks, i + 2) == "half" \
                    and last.value is not None:
                last.value += Decimal("0.5")  # "a year and a half"
                i += 3
                continue
            more = _duration_part(toks, i, last) if not expr.between else None
            if more:
                i = more
                continue
            widen = _match(WIDEN_TABLE, toks, i)
            step = widen[1] if widen else 1
            joins = widen or w in CONNECTORS or w == "~" or (w == "and" and expr.between) or w == "or"
            other_side = _match(PREFIX_TABLE, toks, i + 1) if w in ("and", "but", ",") else None
            if other_side and expr.prefix in ("ge", "le") and other_side[0] in ("ge", "le") and other_side[0] != expr.prefix:
                expr.second_prefix = other_side[0]  # "more than 10 and less than 40"
                expr.connected = True
                i += 1 + other_side[1]
                continue
            if joins and len(expr.bounds) == 1 and _starts_quantity(toks, i + step):
                expr.connected = True
                i += step
                continue
            if w in CONNECTORS and i == n - 1:
                expr.connected = True  # "10 to": the range's second number is missing
                break
            rate = _rate(toks, i)
            if rate:
                expr.rate = expr.rate or rate[0]
                i += rate[1]
                continue
            u = _match(UNIT_TABLE, toks, i)
            if u and (adjacent or tuple(x.text for x in toks[i:i + u[1]]) not in ADJACENT_ONLY_UNITS):
                if not last.unit and not expr.trailing_unit:
                    if last.end == i:
                        last.unit = u[0]
                    else:
                        expr.trailing_unit = u[0]
                    last.end = i + u[1]
                i += u[1]
                continue
            if w == "per":
                i += 2  # "per woman", "per head": a price per person stays a price
                continue
            if w in RATE_ADJECTIVES:
                expr.rate = expr.rate or RATE_ADJECTIVES[w]
                i += 1
                continue
            if _starts_quantity(toks, i):
                raise RangeParseError(
                    f"more than one figure in {text!r}: put the one the claim is about in value "
                    f"(or its reading in range), e.g. {EXAMPLES}")
            i += 1
            continue
        # expecting a bound
        _refuse_unsupported_currency(toks, i)
        if w == "between":
            expr.between = True
            i += 1
            continue
        m = _match(PREFIX_TABLE, toks, i)
        if m and not (w in ("some",) and i + 1 < n and toks[i + 1].text in ("of",)):
            if not expr.bounds:
                expr.prefix = expr.prefix or m[0]
            i += m[1]
            continue
        if w == "−" or w in SIGN_WORDS or (w == "-" and i + 1 < n and toks[i + 1].start == t.end and (
                toks[i + 1].kind == "num" or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT)):
            pending_sign = -pending_sign
            i += 1
            continue
        cur = _match(CURRENCY_PREFIX, toks, i)
        if cur and i + cur[1] < n and (toks[i + cur[1]].kind == "num" or toks[i + cur[1]].text in ("−", "-")):
            pending_unit = cur[0]
            i += cur[1]
            continue
        vm = _match(vague_table, toks, i)
        if vm:
            term = vague.lookup(vm[0])
            b = Bound(vague_low=Decimal(str(term.low)), vague_high=Decimal(str(term.high)), phrase=term.term,
                      unit=term.unit or pending_unit, end=i + vm[1])
            j = i + vm[1]
            if j < n and toks[j].text == "of":
                b.end = j + 1
            expr.bounds.append(b)
            expr.connected = False
            pending_unit, pending_sign = "", 1
            i = b.end
            continue
        num = _number(toks, i, money=bool(pending_unit), joins_and=not expr.between)
        if num:
            value, j, top, is_fraction = num
            b = Bound(value=value * pending_sign, unit=pending_unit, fraction=is_fraction, scale=top,
                      base=(value / top) * pending_sign, end=j)
            expr.bounds.append(b)
            expr.connected = False
            pending_unit, pending_sign = "", 1
            i = j
            if i < n and toks[i].text == "-" and i + 1 < n and toks[i + 1].kind == "word" \
                    and _match(UNIT_TABLE, toks, i + 1):
                i += 1  # "five-year sentence"
                b.end = i
            continue
        i += 1  # a word the grammar does not use, or a connector with nothing before it
    if not expr.bounds:
        raise RangeParseError(f"no figure found in {text!r}: expected a number or range such as {EXAMPLES}")
    if expr.connected:
        raise RangeParseError(f"{text!r} ends before the second number of its range: expected e.g. '30–50%'")
    return expr


CURRENCY_SYMBOLS_TEXT = {"$", "¥", "₩", "€", "£", "us$", "u.s.$"}


def _starts_quantity(toks: list[Tok], i: int) -> bool:
    if i >= len(toks):
        return False
    t = toks[i]
    if t.kind == "num" or t.text in CURRENCY_SYMBOLS_TEXT or t.text in ("−",):
        return True
    if t.text == "-" and i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].start == t.end:
        return True
    cur = _match(CURRENCY_PREFIX, toks, i)
    if cur and i + cur[1] < len(toks) and toks[i + cur[1]].kind == "num":
        return True  # "from USD 100 to USD 200"
    if _match(_vague_table(), toks, i):
        return True
    if _match(PREFIX_TABLE, toks, i) and t.text not in ("some",):
        return _starts_quantity(toks, i + _match(PREFIX_TABLE, toks, i)[1])
    return _number(toks, i, money=False) is not None


def _refuse_unsupported_currency(toks: list[Tok], i: int) -> None:
    """'HK$', 'NT$', 'yen', 'rupees': money we cannot convert must not pass as dollars or a plain number."""
    t = toks[i]
    name = ""
    if t.text == "$" and i and toks[i - 1].kind == "word" and toks[i - 1].end == t.start:
        name = toks[i - 1].text.upper() + "$"
    elif t.kind == "word" and t.text.rstrip(".") in units.UNSUPPORTED_CURRENCIES:
        name = t.text.rstrip(".")
    if name:
        raise RangeParseError(f"currency {name!r} is not one claims tracker converts; use "
                              f"{', '.join(units.CURRENCIES)} (convert the figure, and say so in notes)")


def _duration_part(toks: list[Tok], i: int, last: Bound) -> int | None:
    """'2 years and 3 months': add the smaller part to the bound; returns the next index."""
    if _word(toks, i) not in ("and", ",") or last.value is None or last.unit not in DURATIONS:
        return None
    num = _number(toks, i + 1, money=False)
    unit = _match(UNIT_TABLE, toks, num[1]) if num and not num[3] else None
    if not unit or unit[0] not in DURATIONS or unit[0] == last.unit:
        return None
    finest = _finest(last.unit, unit[0])
    last.value = (last.value * Decimal(str(units.convert(1, last.unit, finest)))
                  + num[0] * Decimal(str(units.convert(1, unit[0], finest))))
    last.unit = finest
    last.end = num[1] + unit[1]
    return last.end


def _rate(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """'per year', 'a year', '/year', 'each year', 'every year', 'per annum' after a figure."""
    if i + 1 >= len(toks) or toks[i].text not in ("per", "a", "an", "/", "each", "every"):
        return None
    if toks[i].text == "per" and toks[i + 1].text == "annum":
        return "year", 2
    u = _match(UNIT_TABLE, toks, i + 1)
    if u and u[0] in DURATIONS:
        return u[0], 1 + u[1]
    return None


# --- from expression to Range ------------------------------------------------------------

def _finest(a: str, b: str) -> str:
    """Of two units of one dimension, the smaller (months rather than years), so values stay whole."""
    return a if units.convert(1, a, b) < 1 else b


def _resolve_units(expr: Expr, text: str) -> str:
    bounds = expr.bounds
    for b in bounds:
        if not b.unit and expr.trailing_unit:
            b.unit = expr.trailing_unit
    stated = [b.unit for b in bounds if b.unit]
    if not stated:
        unit = ""
    else:
        unit = stated[-1]
        for other in stated:
            if other == unit:
                continue
            if units.currency_of(other) or units.currency_of(unit) or \
                    units.dimension_key(other) != units.dimension_key(unit):
                raise RangeParseError(f"{text!r} mixes units ({other} and {unit}): "
                                      "write both ends of a range in one unit")
            unit = _finest(unit, other)
    for b in bounds:
        if b.fraction and units.dimension_key(b.unit or unit) in ("dimensionless", "[person]^1", "[case]^1"):
            b.scaled(Decimal(100))
            b.unit = "percent"
        elif b.unit and b.unit != unit:
            b.scaled(Decimal(str(units.convert(1, b.unit, unit))))
            b.unit = unit
        else:
            b.unit = b.unit or unit
    if any(b.fraction for b in bounds) and units.dimension_key(unit) in ("dimensionless", "[person]^1", "[case]^1"):
        unit = "percent"  # "half of the women" is a share, not half a person
    if len({b.unit for b in bounds}) > 1:
        raise RangeParseError(f"{text!r} mixes a share and a number: write both ends as percent")
    return bounds[0].unit


def _to_float(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _build(expr: Expr, text: str, default_unit: str) -> Range:
    unit = _resolve_units(expr, text)
    bounds = expr.bounds
    if len(bounds) == 2 and expr.second_prefix:
        a, b = bounds if expr.prefix == "ge" else bounds[::-1]
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        kind = "interval"
    elif len(bounds) == 2:
        a, b = bounds
        if a.value is not None and b.value is not None and a.scale == 1 and b.scale > 1 \
                and a.base is not None and b.base is not None and a.value <= b.base:
            a.value *= b.scale  # "1.2 to 1.5 million", "20-30 thousand"
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        kind = "interval"
        if expr.suffix == "ge":
            high, kind = None, "at_least"
        elif expr.suffix == "le":
            low, kind = None, "at_most"
    else:
        a = bounds[0]
        mod = expr.prefix or expr.suffix
        if a.is_vague:
            low, high = a.vague_low, a.vague_high
        else:
            low = high = a.value
        kind = "point"
        if mod == "ge":
            high, kind = None, "at_least"
        elif mod == "le":
            low, kind = None, "at_most"
        elif mod == "approx":
            kind = "approx"
    phrases = tuple(b.phrase for b in bounds if b.is_vague)
    if phrases:
        kind = "vague"
    if low is not None and high is not None and low > high:
        raise RangeParseError(f"{text!r} reads as {_plain(low)} to {_plain(high)}, but the low end is above "
                              "the high end: write the smaller number first (is it a date?)")
    if not unit and default_unit:
        unit = default_unit
    if expr.rate:
        unit = f"{unit or '1'}/{expr.rate}"
    return Range(_to_float(low), _to_float(high), unit, kind, text, phrases)


def _plain(x: Decimal) -> str:
    return _fmt_number(float(x))


@lru_cache(maxsize=65536)
def _parse_cached(text: str, unit: str) -> Range:
    if len(text) > MAX_LENGTH:
        raise RangeParseError(f"value is {len(text):,} characters long; expected a short figure such as {EXAMPLES}")
    norm = _normalize(_strip_brackets(text))
    if not norm:
        raise RangeParseError(f"empty value: expected a figure such as {EXAMPLES}")
    expr = _parse_expr(norm)
    r = _build(expr, text, unit)
    if unit and r.unit and r.unit != unit:
        try:
            same = units.dimension_key(r.unit) == units.dimension_key(unit)
        except Exception:
            same = False
        if not same:
            raise RangeParseError(f"{text!r} is {units.dimension_name(r.unit)} ({r.unit}), "
                                  f"but the unit given is {unit} ({units.dimension_name(unit)})")
    return r


def parse_range(text: str, unit: str | None = None) -> Range:
    """Read a figure as written into a Range; a bare number takes `unit` (the metric's unit).

    Raises RangeParseError, with what was expected, for anything that is not a quantity.
    """
    if not isinstance(text, str):
        raise RangeParseError(f"expected text, got {type(text).__name__}")
    try:
        default = units.canonical_unit(unit) if unit else ""
    except units.UnitError as exc:
        raise RangeParseError(str(exc)) from None
    try:
        return _parse_cached(text, default)
    except RangeParseError:
        raise
    except (ArithmeticError, InvalidOperation, ValueError, KeyError, IndexError) as exc:
        raise RangeParseError(f"could not read {text!r} as a figure ({exc}); expected e.g. {EXAMPLES}") from None


# --- writing the compact form --------------------------------------------------------------

def _fmt_number(x: float, decimals: int | None = None) -> str:
    sign = "−" if x < 0 else ""
    x = abs(x)
    if decimals is not None:
        x = round(x, decimals)
    if x == int(x) and x < 1e16:
        body = f"{int(x):,}"
    else:
        body = format(Decimal(repr(x)), ",f")
    return sign + body


def _with_unit(body: str, unit: str, value: float | None, plus: str = "") -> str:
    """Attach the unit: '$' before, '%' right after, words and codes after a space."""
    if not unit:
        return body + plus
    num, _, per = unit.partition("/")
    suffix = f"/{per}" if per else ""
    if num in units.CURRENCY_SYMBOLS:
        sign = "−" if body.startswith("−") else ""
        return f"{sign}{units.CURRENCY_SYMBOLS[num]}{body.lstrip('−')}{plus}{suffix}"
    if num == "percent":
        return f"{body}%{plus}{suffix}"
    if num in ("", "1"):
        return f"{body}{plus}{suffix}"
    return f"{body}{plus} {units.unit_label(num, value)}{suffix}"


def format_range(r: Range, decimals: int | None = None) -> str:
    """The compact form of a reading: '30–50%', '$100–1,000', '5+ years', '≤70%', '~40,000 people'.

    Exact by default, so that it parses back to the same bounds; `decimals` rounds fractional parts
    for display ("~66.7%" for two-thirds) and never touches whole numbers.
    """
    lo = None if r.low is None else _fmt_number(r.low, decimals)
    hi = None if r.high is None else _fmt_number(r.high, decimals)
    if lo is not None and hi is not None and r.low == r.high and r.kind != "interval":
        prefix = "~" if r.kind == "approx" else ""
        return prefix + _with_unit(lo, r.unit, r.low)
    if lo is not None and hi is not None:
        return _with_unit(f"{lo}–{hi}", r.unit, r.high)
    if lo is not None:
        return _with_unit(lo, r.unit, r.low, plus="+")
    if hi is not None:
        return "≤" + _with_unit(hi, r.unit, r.high)
    raise ValueError("a range needs at least one bound")
