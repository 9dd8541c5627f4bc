"""Reading figures as reports state them ("between 30 percent and half") into intervals with units.

`parse_range` reads compact notation ("30–50%", "$100–$1,000", "5+ years", "~40,000", "2.5bn") and
the phrases reports use ("at least", "or longer", "nearly", "several hundred to a thousand
dollars"). It reads a figure only when it understands every word of it: each token is a number, a
scale, a unit or currency, a bound or hedge word, a vague term, a connective, or — after a count —
the noun phrase naming what is counted ("2,000 North Korean women"). Any other word is a
RangeParseError naming it; a number that names a thing or a date ("Article 12", "COVID-19", "the
1990s") is refused by the rules of `claims.notfigure`. Vague terms ("thousands") are read through
the one conventions table in data/vague_terms.csv (see `claims.vague`), currencies through
data/currencies.csv (`claims.currencies`). Arithmetic is done in Decimal so that "1.2 million" is
exactly 1,200,000 and `format_range` output parses back to the same bounds.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from claims import currencies, notfigure, paths, units, vague
from claims.lexicon import (
    AGE_DECADE_TABLE, AGE_SUFFIX_TABLE, AGE_TABLE, AMBIGUOUS_UNIT_WORDS, APOSTROPHES, ASIDE, BRACKETED_NUMBER,
    CAPITAL_G, CLAUSE_WORDS, CONNECTORS, COUNTED_TABLE, CURRENCY_PREFIX, CURRENCY_SYMBOLS_TEXT, DECADE_WORDS, DURATIONS,
    EXTRA_WORDS, FILLER_SUFFIX_TABLE, FILLER_TABLE, FRACTIONS, GLUED_ONLY_MINOR, GRAM_LETTER, MARKED_DIGIT, MINOR,
    MONEY_NOUN_TABLE, MONEY_ONLY_SUFFIXES, NOUN_STOPS, NUMBER_WORDS, ONES, PER_PERSON, PLURALS_WITHOUT_S,
    PLUS_MINUS_TABLE, PREFIX_TABLE, RANGE_OPENERS, RATE_TABLE, SIGN_WORDS, SPACED_MONEY_ONLY, SUFFIX_SCALES,
    SUFFIX_TABLE, TEMPERATURE_GLUED, TEMPERATURE_LETTERS, TENS, TERM_NOUN_TABLE, Tok, UNBROKEN_SPAN, UNIT_TABLE,
    VAGUE_LEAD_TABLE, WHOLE_SPAN, WHOLLY_BRACKETED, WIDEN_TABLE, WORD_BEFORE_SIGN,
    as_the_unit_reads, asides_dropped, finest_unit, grammar_words, holds_a_number, interval_aside, is_margin,
    is_number_word, join_symbols, longer_unit, main_unit, match_phrase, normalize_unified, phrase_key, place_named,
    qualifying_aside, strip_brackets, tokens, unify, unit_at, unit_factor, unquote, vague_table, word_at,
)

KINDS = ("point", "interval", "at_least", "at_most", "approx", "vague")
MAX_LENGTH = 2_000

EXAMPLES = "'30–50%', 'about 5,000 people', '5+ years', '$100–1,000' or a vague term such as 'thousands'"


class RangeParseError(ValueError):
    """The text is not a quantity this parser can read; the message says what was expected.

    `word` is the word it did not understand, when that is the reason ("zorkmids"), else None.
    """

    def __init__(self, message: str, word: str | None = None) -> None:
        super().__init__(message)
        self.word = word


class RefusedWhole(RangeParseError):
    """No piece of the text is a figure either: '52-48' is a vote and '3-3' a score, not 52 and 48
    or 3; '500 m' is metres or million, not a plain 500. The article extractor takes none of it."""


class DoubtfulFigure(RefusedWhole):
    """The text reads two ways ('20-30,000 people': 20,000–30,000 or 20 to 30,000), so no piece of it
    is a figure either: '20' alone would be the guess the error refuses."""


@dataclass(frozen=True)
class Range:
    """One figure read as an interval.

    low/high: the bounds, or None where the text leaves a bound open ("5+ years" has no high).
    unit: canonical `claims.units.ureg` name; "" for a plain number with no unit stated.
    kind: point, interval, at_least, at_most, approx (a hedged figure or range) or vague (a bound
        comes from the vague-term conventions).
    text: the original text.
    vague: the convention phrases used for the vague bounds, e.g. ("several hundred",).
    counted: the words naming what a count counts, lower-cased ("north korean women"), or "".

    An approx reading with low < high is a hedged range ("about 200,000 to 300,000"): the hedge is
    kept as the kind, never turned into a wider interval.
    """

    low: float | None
    high: float | None
    unit: str
    kind: str
    text: str
    vague: tuple[str, ...] = ()
    counted: str = ""


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
    closed: bool = False  # a unit or counted noun written right after it ("5%", "5 people")
    symbol: str = ""  # the currency sign written before it ("$" of "$500")
    written: str = ""  # the digits as written, when the bound is one number token and nothing more

    @property
    def is_vague(self) -> bool:
        return self.value is None

    def scaled(self, factor: Decimal) -> None:
        if self.value is not None:
            self.value *= factor
            if self.base is not None:
                self.base *= factor
        else:
            self.vague_low = self.vague_low * factor if self.vague_low is not None else None
            self.vague_high = self.vague_high * factor if self.vague_high is not None else None


def _fraction_of_scale(toks: list[Tok], i: int) -> tuple[Decimal, int, int] | None:
    """'half a million', 'a quarter million', 'quarter of a million', 'a half-million': a fraction of
    a scale word."""
    j = i + (word_at(toks, i) in ("a", "an", "one"))
    frac = word_at(toks, j)
    if frac not in ("half", "quarter", "third"):
        return None
    j += 1
    while word_at(toks, j) in ("of", "a", "an") or (word_at(toks, j) == "-" and toks[j].start == toks[j - 1].end):
        j += 1
    scale = word_at(toks, j)
    if scale == "dozen" and frac == "half":
        return Decimal(6), j + 1, 1  # "half a dozen"
    if scale in vague.SCALES and scale != "dozen":
        return Decimal(vague.SCALES[scale]) / FRACTIONS[frac], j + 1, vague.SCALES[scale]
    return None


def _small_number_follows(toks: list[Tok], j: int, scale_ok: bool) -> bool:
    """After "hundred and" or "thousand and", a number below 100 continues the same number.

    After a thousand, a scale word following ("two thousand and three thousand") starts a new one.
    """
    if j >= len(toks) or (not scale_ok and (word_at(toks, j + 1) in vague.SCALES or word_at(toks, j + 2) in vague.SCALES)):
        return False
    if toks[j].kind == "num":
        return "," not in toks[j].text and Decimal(toks[j].text) < 100
    return is_number_word(word_at(toks, j))


def _exact_digits(written: str) -> None:
    """Refuse a number a float cannot hold as written ("1" and 310 zeros, 38 nines): it would be
    shown rounded ("100,000,…") as if it were the figure."""
    if len(written) <= 15:
        return  # at most 15 significant digits: a double holds every such number exactly as written
    value = Decimal(written.replace(",", ""))
    as_float = float(value)
    if not math.isfinite(as_float) or Decimal(repr(as_float)) != value:
        shown = written[:24] + ("…" if len(written) > 24 else "")
        raise RangeParseError(f"{shown!r} has more digits than a figure can keep exactly (about 15 significant "
                              "digits): round it, or write it with a scale word ('2.5 trillion')")


@lru_cache(maxsize=1)
def _continuations() -> frozenset[str]:
    """Words that may continue a number written in digits: scales, number words, 'and', 'in', fractions."""
    return NUMBER_WORDS | {"hundred", "hundreds", "dozen", "dozens", "and", "in", "out", "point", "of"}


def _glued_around(toks: list[Tok], j: int) -> bool:
    """Token j touches the tokens on both sides ("one-in-five")."""
    return 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start


def _spoken_decimals(toks: list[Tok], j: int) -> tuple[str, int] | None:
    """After 'point' at token j, the digits said one by one ('one point two five') or written
    ('1 point 25'): the digits and the index after them."""
    k, digits = j + 1, ""
    if k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit():
        return toks[k].text, k + 1
    while k < len(toks) and ONES.get(word_at(toks, k), 10) < 10:
        digits, k = digits + str(ONES[word_at(toks, k)]), k + 1
    return (digits, k) if digits else None


def _number(toks: list[Tok], i: int, money: bool, joins_and: bool = True) -> tuple[Decimal, int, int, bool] | None:
    """A number at token i in digits and/or words, with scale words and suffixes.

    Returns (value, next index, largest scale used, is_fraction) or None. A fraction ("a third",
    "2/3", "one in four") is flagged so that the caller can read it as a share.
    """
    n = len(toks)
    t = toks[i]
    if t.kind == "num":
        _exact_digits(t.text)
        nxt = toks[i + 1] if i + 1 < n else None
        if nxt is None or (nxt.kind == "sym" and nxt.text not in ("/", "-")) \
                or (nxt.kind == "word" and nxt.text.rstrip(".") not in _continuations()):
            value = Decimal(t.text.replace(",", ""))
            return value, i + 1, 1, False  # a plain number: what the loop below finds, sooner
    else:
        of_scale = _fraction_of_scale(toks, i)
        if of_scale:
            return of_scale[0], of_scale[1], of_scale[2], False
    j, total, current, seen, top = i, Decimal(0), Decimal(0), False, 1
    last_scale, pointed, digits = 1, False, False
    if word_at(toks, j) in ("a", "an", "one") and (word_at(toks, j + 1) in vague.SCALES or word_at(toks, j + 1) in FRACTIONS):
        current, seen, j = Decimal(1), True, j + 1
    while j < n:
        t, w = toks[j], word_at(toks, j)
        if t.kind == "num":
            joined = seen and word_at(toks, j - 1) == "and"
            if seen and current and not joined:
                mixed = _mixed_fraction(toks, i, j)
                if mixed:
                    return current + mixed, j + 3, 1, False  # "1 1/2 years"
                break
            if total and not current and not (vague.SCALES.get(word_at(toks, j + 1), last_scale) < last_scale
                                               and word_at(toks, j + 1) != "dozen"):
                break  # "2 crore 50 lakh" is one number, "2 million 5 years" two figures (not 2,000,005 years)
            _exact_digits(t.text)
            current, seen, j, digits = current + Decimal(t.text.replace(",", "")), True, j + 1, True
            nxt = word_at(toks, j)
            glued = j < n and toks[j].start == t.end
            if nxt in SUFFIX_SCALES and (money or nxt not in MONEY_ONLY_SUFFIXES) and (glued or nxt != "b") \
                    and (glued or money or nxt not in SPACED_MONEY_ONLY) and not longer_unit(toks, j):
                scale = SUFFIX_SCALES[nxt]
                total, current, top, last_scale, j = total + current * scale, Decimal(0), max(top, scale), scale, j + 1
            # "2/3", "1/4": a fraction
            if word_at(toks, j) == "/" and j + 1 < n and toks[j + 1].kind == "num" and toks[j].start == t.end:
                den = Decimal(toks[j + 1].text.replace(",", ""))
                if den and "," not in toks[j + 1].text and den <= 100 and current < den and not total:
                    return current / den, j + 2, 1, True
            continue
        if w == "-" and seen and (is_number_word(word_at(toks, j + 1)) or word_at(toks, j + 1) in FRACTIONS
                                  or (word_at(toks, j + 1) in ("in", "out") and _glued_around(toks, j))):
            j += 1  # "forty-five", "one-in-five"
            continue
        if (w in ONES or w in TENS) and digits and not (word_at(toks, j - 1) == "and" and word_at(toks, j - 2)
                                                         in vague.SCALES):
            break  # "1,000 five", "2 million five", "5k and five": two figures; "3 hundred and one" is one
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
            if not current:
                break  # "0 hundred": a scale multiplies a number, and zero of it is no figure
            current = current * 100
            top, last_scale = max(top, 100), 100
        elif w in vague.SCALES and w not in ("hundred", "dozen") and seen:
            scale = vague.SCALES[w]
            if not current and total:
                if scale <= last_scale or word_at(toks, j - 1) not in vague.SCALES:
                    break  # "a million thousand", "a million and million": not one number
                total *= scale  # "a thousand million", "10 lakh crore": scales multiply
            else:
                if not current:
                    break  # "0 thousand"
                hundreds = not total and word_at(toks, j - 1) == "hundred" and current < 1000 and not current % 100
                total += current * scale
                top = max(top, scale * 100 if hundreds else scale)  # "three to five hundred thousand": 300,000 …
            current, top, last_scale = Decimal(0), max(top, scale), scale
        elif w.endswith("s") and w[:-1] in vague.SCALES and w[:-1] not in ("hundred", "dozen") and seen and current:
            scale = vague.SCALES[w[:-1]]  # "three billions"
            total += current * scale
            current, top, last_scale = Decimal(0), max(top, scale), scale
        elif w in ("dozen", "dozens") and seen and not total and 0 < current < 100:
            current = current * 12
            top = max(top, 12)  # "one to two dozen" is 12–24, as "one to two hundred" is 100–200
        elif w == "and" and joins_and and seen and toks[j - 1].kind == "word" \
                and ((current >= 100 and not current % 100) or (total and not current)) \
                and _small_number_follows(toks, j + 1, scale_ok=not total):
            pass  # "two hundred and fifty", "two thousand and nineteen" (not "100 and fifty")
        elif w in FRACTIONS and seen and current and not total:
            if current > 1 and w in ("half", "third", "quarter", "fourth", "fifth", "sixth", "tenth"):
                break
            if current >= FRACTIONS[w]:
                break  # "three halves", "one hundred and three quarters": not a share
            if w in ("quarter", "quarters") and (digits or current == 2) and word_at(toks, j + 1) != "of":
                break  # "3 quarters", "two quarters": of a year as often as of a whole (_explain says so)
            k = j + 1 + (word_at(toks, j + 1) == "of")
            k += word_at(toks, k) in ("a", "an", "one")
            if k > j + 1 and word_at(toks, k) in vague.SCALES and word_at(toks, k) != "dozen":
                scale = vague.SCALES[word_at(toks, k)]  # "two-thirds of a million", "three quarters of a billion"
                return current * scale / FRACTIONS[w], k + 1, scale, False
            return current / FRACTIONS[w], j + 1, top, True
        elif w == "point" and seen and not total and not pointed and current == current.to_integral_value() \
                and (spoken := _spoken_decimals(toks, j)):
            current += Decimal("0." + spoken[0])  # "two point five million", "1 point 1"
            j, pointed = spoken[1], True
            continue
        elif w in ("in", "out") and seen and current and not total and current < 100:
            # "one in four", "one out of three": a share
            k = j + 1
            if w == "out" and word_at(toks, k) == "-" and _glued_around(toks, k) and word_at(toks, k + 1) == "of":
                k += 1  # "one-out-of-five"
            k += w == "out" and word_at(toks, k) == "of"
            k += word_at(toks, k) == "every"  # "one in every four"
            if word_at(toks, k) == "-" and _glued_around(toks, k) and word_at(toks, j - 1) == "-":
                k += 1  # "one-in-five", "1-in-5"
            den = _number(toks, k, money=False) if k < n else None
            if den and not den[3] and current < den[0] <= 1000:
                return current / den[0], den[1], 1, True
            break
        elif w == "of" and seen and current and not total and current < 100:
            den = _number(toks, j + 1, money=False) if j + 1 < n else None
            if den and not den[3] and current < den[0] <= 1000 and den[0] == den[0].to_integral_value() \
                    and _noun_head(toks, den[1]) and den[1] == j + 2:
                return current / den[0], den[1], 1, True  # "seven of 10 women": a share of those counted
            break
        else:
            break
        seen = True
        j += 1
    if not seen:
        if word_at(toks, i) == "half":
            unit = unit_at(toks, i + 2) if word_at(toks, i + 1) in ("a", "an") else None
            if unit and unit[0] not in ("person", "case"):
                return Decimal("0.5"), i + 2, 1, False  # "half a year", "half a percent", "half a litre": 0.5 of it
            return Decimal("0.5"), i + 1, 1, True
        article = word_at(toks, i) in ("a", "an")
        if _one_span(toks, i + article, whole=True):
            return Decimal(1), i + article + 1, 1, False  # "a full year", "whole day": one, stressed as whole
        if article and not _starts_quantity(toks, i + 1 + 1) and _one_span(toks, i + 1, whole=False):
            return Decimal(1), i + 1, 1, False  # "a year", "over a month", "a dollar"
        return None
    value = total + current
    part = _and_fraction(toks, j)
    if part:
        of = {"dozen": 12, "hundred": 100}.get(word_at(toks, j - 1)) or (last_scale if not current else 1)
        value += part[0] * of  # "one million and a half", "a dozen and a half" (18), "42 and a third"
        j += part[1]
        scale = vague.SCALES.get(word_at(toks, j), 1)
        if not total and scale >= 1000:  # "two and a half million": the scale takes the half too
            value, top, j = value * scale, scale, j + 1
    return value, j, top, False


def _mixed_fraction(toks: list[Tok], i: int, j: int) -> Decimal | None:
    """The fraction of a mixed number ("1 1/2", "2 3/4") at token j, after a whole number in digits
    alone at token i: halves, thirds, quarters or eighths, written as one word ('9 11/12' may be a date)."""
    if j != i + 1 or j + 2 >= len(toks) or not toks[i].text.isdigit() or toks[j].start == toks[i].end:
        return None
    top, slash, bottom = toks[j:j + 3]
    if slash.text != "/" or not (top.end == slash.start and slash.end == bottom.start) \
            or not (top.text.isdigit() and bottom.text.isdigit()) or word_at(toks, j + 3) == "/" \
            or (j + 3 < len(toks) and toks[j + 3].start == bottom.end and toks[j + 3].kind == "num"):
        return None
    num, den = int(top.text), int(bottom.text)
    return Decimal(num) / den if 0 < num < den and den in (2, 3, 4, 8) else None


def _and_fraction(toks: list[Tok], j: int) -> tuple[Decimal, int] | None:
    """'and a half', 'and one quarter', 'and two thirds' at token j: the fraction and the tokens
    it takes. Not before 'of': in '5,000 and a quarter of them' the quarter is a share of its own."""
    if word_at(toks, j) != "and":
        return None
    count, frac = word_at(toks, j + 1), word_at(toks, j + 2)
    top = 1 if count in ("a", "an", "one") else ONES.get(count, 0)
    den = FRACTIONS.get(frac, 0)
    if not 0 < top < den or (top > 1) != frac.endswith("s") or word_at(toks, j + 3) == "of":
        return None
    return Decimal(top) / den, 3


# --- the expression ----------------------------------------------------------------------

@dataclass
class Expr:
    bounds: list[Bound] = field(default_factory=list)
    prefix: str = ""
    suffix: str = ""
    trailing_unit: str = ""
    rate: str = ""
    rate_bound: int = -1  # the bound the rate follows ("$2 a day to $5 a day" names it after each)
    connected: bool = False
    between: bool = False
    opener: str = ""  # "between" or "from": the figure must be a range
    second_prefix: str = ""
    hedged: bool = False  # a hedge word anywhere: "about 200,000 to 300,000" is an approximate range
    age: bool = False  # "younger than 16", "aged 30": read in years
    counted: str = ""  # the noun phrase naming what is counted, as written
    counted_plain: bool = False  # that noun has no unit of its own ("villages")
    counted_bound: int = -1  # the bound the noun follows ("5 women to 10 women" names one after each)
    counted_unit: str = ""
    money_noun: str = ""  # "a fine of …": what the sum is; the figure must be money
    plus_minus: bool = False  # "5,000 ± 500": the second bound is the first's margin
    core_end: int = -1  # tokens of the figure proper, without the words after it that say of what (-1: all)


class _Reader:
    """One pass over a figure's tokens; every token is taken by a rule below, or is an error naming it."""

    def __init__(self, text: str, original: str) -> None:
        self.toks = tokens(text)
        self.norm = text
        self.text = original
        self.expr = Expr()
        self.pending_unit = ""
        self.pending_symbol = ""
        self.pending_sign = 1

    # --- errors -----------------------------------------------------------------------------

    def _fail(self, i: int, expected: str) -> None:
        try:
            self._explain(i, expected)
        except RangeParseError as exc:
            exc.word = exc.word or self.toks[i].text
            raise

    def _explain(self, i: int, expected: str) -> None:
        toks = self.toks
        broken = _broken_phrase(toks, i)
        if broken:
            k, phrase = broken
            raise RangeParseError(f"{self.text!r}: {toks[k].text!r} stands inside {phrase!r}, which claims tracker "
                                  f"reads only whole; expected {phrase!r} without it", toks[k].text)
        if toks[i].text in _leading_words() and i + 1 < len(toks) and _unknown(toks[i + 1]):
            i += 1  # "7 of zork 10 women", "full zork week": a word that leads on, and after it one not known
        w = toks[i].text
        word = w.rstrip(".") if toks[i].kind == "word" else w
        glued = i and toks[i - 1].end == toks[i].start and toks[i - 1].kind == "num"
        spaced_number = i and toks[i - 1].kind == "num" and toks[i - 1].end < toks[i].start
        if spaced_number and word in SPACED_MONEY_ONLY:
            n = toks[i - 1].text
            raise RefusedWhole(f"{self.text!r}: {word!r} after a space may be metres or million: write "
                               f"'{n}{word}' or '{n} million' (after a currency sign, '$3 m' is millions)", word)
        if word in ("degree", "degrees") and i and toks[i - 1].kind == "num":
            n = toks[i - 1].text
            raise RefusedWhole(f"{self.text!r}: {word!r} alone may be Celsius, Fahrenheit or an angle: write "
                               f"'{n} °C' or '{n} °F' for a temperature", word)
        if word in ("quarter", "quarters") and i and (toks[i - 1].kind == "num"
                                                      or is_number_word(word_at(toks, i - 1))):
            n = toks[i - 1].text
            raise RefusedWhole(f"{self.text!r}: '{n} {word}' may be a share ({n} in 4) or {n} {word} of a year: write "
                               "the share in percent or the time in months", word)
        kind = AMBIGUOUS_UNIT_WORDS.get(word[:-1] if word.endswith("s") else word)
        if kind and i:
            raise RefusedWhole(f"{self.text!r}: {word!r} alone may be {kind}", word)
        if word == GRAM_LETTER and i and toks[i - 1].kind == "num":
            raise RefusedWhole(f"{self.text!r}: a capital 'G' after a number names a network generation ('5G') or "
                               "giga, not grams: write grams as 'g' or 'grams'", word)
        if glued and word in ("s", "'s"):
            raise RangeParseError(f"{self.text!r}: '{toks[i - 1].text}{w}' names a decade or an age range, "
                                  "not a figure (for ages write 'in their 30s')")
        codes = currencies.ambiguous(word)
        if codes:
            raise RangeParseError(f"{self.text!r}: {word!r} names several currencies ({', '.join(codes)}): write the "
                                  f"code or the country, e.g. '{codes[0]}' or '{currencies.spelled_with(codes[0], word)}'")
        if word == "of" and i and word_at(toks, i - 1) in FRACTIONS and _measure_after(toks, i):
            raise RefusedWhole(f"{self.text!r}: a fraction of a unit ('{word_at(toks, i - 1)} of "
                               f"{' '.join(t.text for t in toks[i + 1:])}') is not read: write the amount itself, "
                               "e.g. '4 months' or '25 years'", word)
        if i and word_at(toks, i - 1) in FRACTIONS and notfigure.is_ordinal_word(word_at(toks, i - 1)):
            raise RangeParseError(f"{self.text!r}: '{word_at(toks, i - 1)} {word}' reads as an ordinal (the "
                                  f"{word_at(toks, i - 1)} {word}), not a share: write 'a {word_at(toks, i - 1)} of …' "
                                  "for a share")
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        if word in ("the", "a", "an") and notfigure.is_ordinal_word(after):
            raise RangeParseError(f"{self.text!r}: '{word} {after}' is an ordinal (a position), not an amount")
        if notfigure.is_ordinal_word(word):
            raise RangeParseError(f"{self.text!r}: {word!r} is an ordinal (a position), not an amount")
        if word in ("a", "an", "the") and i + 1 < len(toks) and toks[i + 1].kind == "word":
            i, word = i + 1, word_at(toks, i + 1)  # the article is read: the word after it is not ("a minority")
        where = f"after '{toks[i - 1].text}'" if i else "at the start"
        raise RangeParseError(f"{self.text!r}: {word!r} ({where}) is not a word claims tracker reads in a "
                              f"figure; expected {expected}", word)

    # --- the loop ---------------------------------------------------------------------------

    def read(self) -> Expr:
        i, n = 0, len(self.toks)
        self.core, self.core_end = True, 0
        while i < n:
            expecting = not self.expr.bounds or self.expr.connected
            i = self._before(i) if expecting else self._after(i)
            if self.core:
                self.core_end = i
            self.core = True
        expr = self.expr
        expr.core_end = self.core_end
        if not expr.bounds:
            raise RangeParseError(f"no figure found in {self.text!r}: expected a number or range such as {EXAMPLES}")
        if expr.connected:
            raise RangeParseError(f"{self.text!r} ends before the second number of its range: expected e.g. '30–50%'")
        if expr.opener and len(expr.bounds) < 2:
            example = "from 10 to 20" if expr.opener == "from" else "between 10 and 20"
            raise RangeParseError(f"{self.text!r}: '{expr.opener}' opens a range, but only one figure follows: "
                                  f"write both ends, e.g. '{example}'")
        return expr

    # --- before a bound: hedges, openers, currency, sign, then the number or vague term -----------

    def _before(self, i: int) -> int:
        toks, expr = self.toks, self.expr
        n = len(toks)
        t = toks[i]
        w = t.text
        if t.kind == "num":  # no table phrase starts with digits
            return self._number_bound(i) or n
        if not expr.bounds and not expr.money_noun and not expr.prefix and not expr.opener:
            j = i + (w in ("a", "an", "the"))
            noun = match_phrase(MONEY_NOUN_TABLE, toks, j) if j < n else None
            if noun and word_at(toks, j + noun[1]) == "of":
                expr.money_noun = noun[0]
                return j + noun[1] + 1  # "a fine of up to 10,000 yuan"
        if w in RANGE_OPENERS and not expr.bounds:
            expr.opener = w
            expr.between = expr.between or w == "between"
            return i + 1
        m = match_phrase(AGE_TABLE, toks, i)
        if m and not expr.bounds:
            expr.age = True
            if m[0] != "point":
                expr.prefix = expr.prefix or m[0]
            return i + m[1]
        m = match_phrase(PREFIX_TABLE, toks, i)
        if m and (vm := match_phrase(vague_table(), toks, i)) and vm[1] > m[1]:
            m = None  # "nearly all" is a vague term of its own, not "nearly" before "all"
        if m and not (w == "some" and word_at(toks, i + 1) == "of") and not _glued_currency(toks, i):
            if m[0] == "approx":
                expr.hedged = True
            if not expr.bounds:
                if {expr.prefix, m[0]} == {"ge", "le"}:
                    raise RangeParseError(f"{self.text!r}: {w!r} after a bound word of the other sense: "
                                          "expected one of 'at least' or 'at most' before a figure")
                if not expr.prefix or (expr.prefix == "approx" and m[0] in ("ge", "le")):
                    expr.prefix = m[0]  # "about up to 10": a bound word outweighs the hedge before it
            elif len(expr.bounds) == 1 and m[0] == "le" and expr.prefix == "ge":
                expr.second_prefix = m[0]  # "from at least 5 to at most 10": each end has its bound word
            elif len(expr.bounds) == 1 and m[0] == "ge":  # the high end is open, as in "5 to 10 or more"
                if expr.prefix == "le":
                    raise RangeParseError(f"{self.text!r}: both ends are open ('{_phrase_of(toks[i:i + m[1]])}' "
                                          "before the high end, a bound word of the other sense before the low "
                                          "end), so no range holds the figure: write each end as its own claim", w)
                expr.suffix = expr.suffix or m[0]  # "from 5 to more than 10 years": 5 years or more
            return i + m[1]
        m = match_phrase(FILLER_TABLE, toks, i)
        if m:
            return i + m[1]
        if w == "−" or w in SIGN_WORDS or (w == "-" and i + 1 < n and toks[i + 1].start == t.end and (
                toks[i + 1].kind == "num" or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT)):
            self.pending_sign = -self.pending_sign
            return i + 1
        if w == "+" and i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].kind == "num":
            return i + 1  # "+5%": a sign, the figure as it is ("5+" is at least 5)
        cur = _currency_at(toks, i)
        if cur and i + cur[1] < n and (toks[i + cur[1]].kind == "num" or toks[i + cur[1]].text in ("−", "-")):
            self.pending_unit = cur[0]
            self.pending_symbol = self.norm[toks[i].start:toks[i + cur[1] - 1].end]
            return i + cur[1]
        decade = self._age_decade(i)
        if decade:
            return decade
        lead = match_phrase(VAGUE_LEAD_TABLE, toks, i)
        if lead and not expr.bounds and i + lead[1] < n and (vm := match_phrase(vague_table(), toks, i + lead[1])) \
                and vague.lookup(vm[0]).unit != "percent":
            return i + lead[1]
        vm = match_phrase(vague_table(), toks, i)
        if vm:
            term = vague.lookup(vm[0])
            b = Bound(vague_low=Decimal(str(term.low)), vague_high=Decimal(str(term.high)), phrase=term.term,
                      unit=term.unit or self.pending_unit, end=i + vm[1])
            j = i + vm[1]
            if j < n and toks[j].text == "of" and j + 1 < n and term.unit != "percent":
                b.end = j + 1  # "thousands of people"; a share's "of" is the whole it is of ("most of them")
                self.core, self.core_end = False, j
            return self._bound(b)
        found = self._number_bound(i)
        if found:
            return found
        if w in ("a", "an") and _starts_quantity(toks, i + 1):
            return i + 1  # "a US$4.7 billion fine"
        if unit_at(toks, i) or match_phrase(SUFFIX_TABLE, toks, i):
            spelled = _currency_at(toks, i) or unit_at(toks, i)
            j = i + (spelled[1] if spelled else 1)
            if j < n and _unknown(toks[j]) and any(t.kind == "num" for t in toks[j + 1:]):
                self._fail(j, f"a number after {w!r}")  # "EUR zork 5 million": the word is what is wrong
            raise RangeParseError(f"no figure found in {self.text!r}: {w!r} needs a number before it; expected "
                                  f"a number or range such as {EXAMPLES}")
        self._fail(i, "a number, or a word such as 'about', 'between', 'at least' or 'up to' before one")
        return n

    def _number_bound(self, i: int) -> int:
        """A number at token i as the next bound; 0 when none starts there."""
        toks = self.toks
        num = _number(toks, i, money=bool(self.pending_unit), joins_and=not self.expr.between)
        if not num:
            return 0
        value, j, top, is_fraction = num
        b = Bound(value=value * self.pending_sign, unit=self.pending_unit, fraction=is_fraction, scale=top,
                  base=(value / top) * self.pending_sign, end=j, symbol=self.pending_symbol,
                  written=toks[i].text if j == i + 1 and toks[i].kind == "num" else "")
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].kind == "word" \
                and toks[j].start == toks[j - 1].end and unit_at(toks, j + 1):
            b.end = j + 1  # "five-year sentence", "12-cent"
        return self._bound(b)

    def _bound(self, b: Bound) -> int:
        self.expr.bounds.append(b)
        self.expr.connected = False
        self.pending_unit, self.pending_sign, self.pending_symbol = "", 1, ""
        return b.end

    def _age_decade(self, i: int) -> int | None:
        """'in their 30s', 'in her twenties': ten years of age, 30–39."""
        toks = self.toks
        lead = match_phrase(AGE_DECADE_TABLE, toks, i)
        if not lead:
            return None
        found = _decade_at(toks, i + lead[1])
        if found is None:
            if i + lead[1] < len(toks):
                self._fail(i + lead[1], f"an age in tens after '{lead[0]}', such as '30s' or 'thirties'")
            return None
        start, end = found
        last = start
        if word_at(toks, end) in ("and", "or", "to", "-", "–") and _decade_at(toks, end + 1):
            last, end = _decade_at(toks, end + 1)  # "in their 20s and 30s": 20 to 39
        self.expr.age = True
        self._bound(Bound(value=start, unit="year", end=end))
        self.expr.bounds.append(Bound(value=last + 9, unit="year", end=end))
        return end

    # --- after a bound: units, suffixes, the second bound, what is counted --------------------

    def _after(self, i: int) -> int:
        toks, expr = self.toks, self.expr
        n = len(toks)
        t = toks[i]
        w = t.text
        last = expr.bounds[-1]
        adjacent = i == last.end
        pm = match_phrase(PLUS_MINUS_TABLE, toks, i)
        if pm and len(expr.bounds) == 1 and last.value is not None and _starts_quantity(toks, i + pm[1]):
            expr.plus_minus = expr.connected = True  # "5,000 ± 500", "1.1 ± 0.1 °C"
            return i + pm[1]
        m = match_phrase(SUFFIX_TABLE, toks, i)
        opens = match_phrase(PREFIX_TABLE, toks, i + 1) if w in ("and", "but") and i + 1 < n else None
        if m and opens and 1 + opens[1] > m[1]:
            m = None  # "at least 5 and up to 10": not "5 and up" with "to 10" after it
        noun = match_phrase(MONEY_NOUN_TABLE, toks, i) if m else None
        if noun and noun[1] > m[1]:
            m = None  # "$15 minimum wage" names the wage, as "a minimum wage of $15" does: no bound
        if m and not _starts_quantity(toks, i + m[1]):  # "above 10 and below 15": 'and below' opens the other bound
            if {expr.suffix, m[0]} == {"ge", "le"}:
                raise RangeParseError(f"{self.text!r} is bounded from above and from below at once: keep one bound "
                                      "word ('maximum', 'or more')", w)
            if not expr.suffix or expr.suffix == "approx":
                expr.suffix = m[0]  # "5 or so or more": a bound word outweighs a hedge, as before a figure
            expr.hedged = expr.hedged or m[0] == "approx"
            if adjacent:
                last.end = i + m[1]  # "5+ days": the unit still follows its number
            return i + m[1]
        part = _and_fraction(toks, i) if last.value is not None and not last.fraction and not expr.rate else None
        if part and (part[0] == Decimal("0.5") or main_unit(last.unit) in DURATIONS):
            last.value += part[0]  # "a year and a half", "one year and a quarter" ("a third and a half" is no number)
            return i + part[1]
        more = self._part(i, last) if not expr.between else None
        if more:
            return more
        widen = match_phrase(WIDEN_TABLE, toks, i)
        step = widen[1] if widen else 1
        joins = widen or w in CONNECTORS or w == "~" or (w == "and" and expr.between) or w == "or"
        other_side = match_phrase(PREFIX_TABLE, toks, i + 1) if w in ("and", "but", ",") and i + 1 < n else None
        if other_side and expr.prefix in ("ge", "le") and other_side[0] in ("ge", "le") \
                and other_side[0] != expr.prefix and len(expr.bounds) == 1:
            expr.second_prefix = other_side[0]  # "more than 10 and less than 40"
            expr.connected = True
            return i + 1 + other_side[1]
        if w in (",", ";") and i + 1 < n and (match_phrase(WIDEN_TABLE, toks, i + 1) or match_phrase(SUFFIX_TABLE, toks, i + 1)
                                         or match_phrase(FILLER_SUFFIX_TABLE, toks, i + 1)):
            self.core = False
            return i + 1  # "thousands, and perhaps tens of thousands", "5,000, or more"
        if w in (".", ",", ";") and i == n - 1:
            self.core = False
            return n  # the full stop of a sentence the figure was copied from
        if joins and len(expr.bounds) == 1 and _starts_quantity(toks, i + step):
            expr.connected = True
            return i + step
        if w in CONNECTORS and i == n - 1:
            expr.connected = True  # "10 to": the range's second number is missing
            return n
        rate = _rate(toks, i)
        if rate:
            again = expr.rate == rate[0] and expr.rate_bound == 0 and len(expr.bounds) == 2 and adjacent
            if expr.rate and not again:  # "$2 a day to $5 a day" names one rate twice; "a day to $5 a week" two
                self._fail(i, "one rate only ('a year' or 'per person')")
            expr.rate, expr.rate_bound = rate[0], len(expr.bounds) - 1
            return i + rate[1]
        if w in EXTRA_WORDS and adjacent and i + 1 < n and (unit_at(toks, i + 1) or _noun_head(toks, i + 1)):
            last.end = i + 1  # "two more years", "300 additional troops": the figure is what is added
            return i + 1
        if adjacent and not last.unit and _whole_span(toks, i, after_a_number=True):
            last.end = i + 1  # "five full years", "three consecutive years"
            return i + 1
        counted = self._counted(i, last)
        if counted:
            return counted
        unit = self._unit(i, last, adjacent)
        if unit:
            return unit
        tail = self._tail(i, last)
        if tail:
            self.core = False
            return tail
        m = match_phrase(FILLER_SUFFIX_TABLE, toks, i)
        if m:
            self.core = False
            return i + m[1]
        m = match_phrase(AGE_SUFFIX_TABLE, toks, i)
        if m and main_unit(last.unit or expr.trailing_unit) in DURATIONS:
            expr.age = True
            return i + m[1]
        ages = _age_spans(toks, i) if expr.counted and expr.counted_bound == len(expr.bounds) - 1 else []
        if ages and ages[0][0] == i:
            self.core = False
            return ages[0][1]  # "one in three women aged 15 to 49", "5,000 children aged 5 to 14": who is counted
        what = main_unit(last.unit or expr.trailing_unit)
        for table, fits in ((TERM_NOUN_TABLE, what in DURATIONS and not expr.age),
                            (MONEY_NOUN_TABLE, units.currency_of(what) is not None and not expr.money_noun)):
            m = match_phrase(table, toks, i)
            if m and i + m[1] == n and fits:
                self.core = False
                return n  # "a five-year sentence", "a $5,000 fine": what lasts, what the money is
        if w == "of" and i == n - 1 and (last.fraction or last.is_vague or expr.counted or last.unit):
            self.core = False
            return n  # "one quarter of", "a couple of": the noun was cut off
        second = i if _starts_quantity(toks, i) else i + 1 if (
            w in ("and", ",", ";", "but") and _starts_quantity(toks, i + 1)) else None
        if second is not None:
            self._second_figure(second)
        if (joins or w in (",", ";", "and", "but")) and i + step < n:
            self._fail(i + step, f"a figure after '{w}'" if joins else "a unit, a range word or nothing more")
        self._fail(i, "a unit such as '%', 'years' or 'USD', a counted noun such as 'people' (more go in "
                      "data/count_nouns.csv), or a range word such as 'to' or 'or more'")
        return n

    def _second_figure(self, i: int) -> None:
        """A second figure after a whole one: name a word it does not understand first, if it has one."""
        try:
            _Reader(self.norm[self.toks[i].start:], self.text).read()
        except RangeParseError as exc:
            if exc.word:
                raise
        raise RangeParseError(f"more than one figure in {self.text!r}: put the one the claim is about in value "
                              f"(or its reading in range), e.g. {EXAMPLES}")

    def _unit(self, i: int, last: Bound, adjacent: bool) -> int | None:
        """A unit, currency, multiple ("decades") or minor unit ("cents") after a number."""
        toks, expr = self.toks, self.expr
        found = unit_at(toks, i)
        letter = word_at(toks, i)  # "47C." ending a sentence
        if letter in TEMPERATURE_LETTERS and i and toks[i - 1].end == toks[i].start \
                and toks[i - 1].kind == "num" and letter.upper() in TEMPERATURE_GLUED.findall(self.text):
            found = (TEMPERATURE_LETTERS[letter], 1)  # "45C", "104F"
        if letter == GRAM_LETTER and i and toks[i - 1].kind == "num" and not CAPITAL_G.search(self.text):
            found = ("gram", 1)  # "500g", "500 g"
        if not found:
            return None
        unit, used = found
        if last.fraction and notfigure.is_ordinal_word(word_at(toks, i - 1)):
            # "a third defendant", "a seventh month": an ordinal ('a quarter century' is no ordinal)
            self._fail(i, "'of' after a share ('a third of the women')")
        self._refuse_slash_before_a_plural(i, i + used, last)  # "5/6 years" read as 0.83 of a year
        if unit.startswith(MINOR) and (toks[i].text,) in GLUED_ONLY_MINOR and not (
                i and toks[i - 1].end == toks[i].start and toks[i - 1].kind == "num"):
            return None
        if adjacent and last.symbol and not expr.trailing_unit and unit in units.CURRENCIES:
            if not currencies.sign_may_name(last.symbol, unit):
                self._fail(i, f"one currency per figure ('{last.symbol}' and {toks[i].text!r} name two)")
            last.unit, last.end, last.closed, last.symbol = unit, i + used, True, ""  # "$500 CAD": the code says which
            return i + used
        if last.unit or expr.trailing_unit or expr.counted_bound == len(expr.bounds) - 1:
            self._fail(i, "one unit per figure")
        if adjacent:
            last.unit = unit
            last.end = i + used
            last.closed = True
        else:
            expr.trailing_unit = unit
        return i + used

    def _refuse_slash_before_a_plural(self, i: int, end: int, last: Bound) -> None:
        """'5/6 years', '2/3 women': a slashed pair right before a plural may be either number ('5 or 6
        years') or a fraction of one; refused whole, with both ways to write it."""
        toks = self.toks
        if not (last.fraction and i == last.end and i >= 3 and toks[i - 2].text == "/"
                and _plural(word_at(toks, end - 1))):
            return
        n, d, noun = toks[i - 3].text, toks[i - 1].text, _phrase_of(toks[i:end])
        raise RefusedWhole(f"{self.text!r}: '{n}/{d}' before a plural may be {n} or {d} {noun} (write '{n}–{d} "
                           f"{noun}') or a fraction (write the amount itself, or '{n}/{d} of the {noun}')", noun)

    def _part(self, i: int, last: Bound) -> int | None:
        """'2 years and 3 months', '3 dollars 50 cents': a smaller part added to the bound."""
        toks = self.toks
        j = i + (word_at(toks, i) in ("and", ","))
        if last.value is None or not last.unit or j >= len(toks) or self.expr.rate:
            return None  # "14 hours a day, 7 days": days a week, never hours added to a rate
        if j == i and word_at(toks, j) in ("a", "an"):
            return None  # "12 hours a day": a rate, not a day added
        num = _number(toks, j, money=False)
        if not num or num[3]:
            return None
        found = unit_at(toks, num[1])
        if not found:
            return None
        part_unit, used = found
        if last.unit in DURATIONS and part_unit in DURATIONS and part_unit != last.unit:
            finest = finest_unit(last.unit, part_unit)
            if finest != part_unit:
                return None  # "3 months, 2 years": two figures; a part added is finer ("2 years 3 months")
            factors = (unit_factor(last.unit, finest), unit_factor(part_unit, finest))
            if any(f != f.to_integral_value() for f in factors):
                raise RangeParseError(f"{self.text!r} adds {part_unit}s to {last.unit}s, which have no whole "
                                      f"ratio: write the figure in {finest}s")
            last.value = last.value * factors[0] + num[0] * factors[1]
            last.unit = finest
        elif units.currency_of(main_unit(last.unit)) and part_unit.startswith(MINOR) and word_at(toks, i) != ",":
            digits = currencies.table()[main_unit(last.unit)].minor_digits
            if not digits or num[0] >= 10 ** digits:
                return None
            last.value += num[0] / Decimal(10 ** digits)  # the major unit's own minor unit
        else:
            return None
        last.end = num[1] + used
        return last.end

    def _counted(self, i: int, last: Bound) -> int | None:
        """'2,000 North Korean women', '300 villages': words naming what a count counts, ending in a
        noun of data/count_nouns.csv (or a person noun); the words before it are its modifiers."""
        toks, expr = self.toks, self.expr
        if last.fraction and notfigure.is_ordinal_word(word_at(toks, i - 1)) and _noun_head(toks, i):
            self._fail(i, "'of' after a share ('a third of the women')")  # "a third defendant": an ordinal
        if ((last.is_vague and last.unit == "percent") or last.fraction) and i == last.end and expr.counted_bound < 0:
            head = _noun_head(toks, i)  # "most victims": most of the victims, a share of them
            if head:
                self._refuse_slash_before_a_plural(i, head[0], last)  # "2/3 women" may be two or three
                end = _joined_nouns(toks, *head)  # "one in five women and girls"
                expr.counted, expr.counted_bound = _phrase_of(toks[i:end]), len(expr.bounds) - 1
                self.core = _all_counted(toks, i, end)
                return end
        if expr.counted_bound == len(expr.bounds) - 1 or last.fraction \
                or (last.unit and last.unit not in ("person", "case")) \
                or (expr.trailing_unit and expr.trailing_unit not in ("person", "case")):
            return None
        unit_here = unit_at(toks, i)
        if unit_here and unit_here[0] not in ("person", "case"):
            return None  # "Chinese yuan", "North Korean won": a unit, though its first word is a people's
        head = _noun_head(toks, i)
        if head is None:
            return None
        end, unit = head
        if expr.counted_bound >= 0 and unit != expr.counted_unit:
            self._fail(i, f"the same kind of noun on both ends ('{expr.counted}')")
        end = _joined_nouns(toks, end, unit)
        if (last.unit or expr.trailing_unit) and unit and unit != (last.unit or expr.trailing_unit):
            self._fail(end - 1, "one unit per figure")
        expr.counted = _phrase_of(toks[i:end])
        expr.counted_bound, expr.counted_unit = len(expr.bounds) - 1, unit
        self.core = i == last.end and _all_counted(toks, i, end) \
            and toks[i - 1].text != "of"  # "2,000 people", "Rohingya refugees"; not modifiers, not "thousands of people"
        last.closed = last.closed or i == last.end
        if unit:
            if i == last.end:
                last.unit = last.unit or unit
                last.end = end
            else:
                expr.trailing_unit = expr.trailing_unit or unit
        else:
            expr.counted_plain = True
        return end

    def _tail(self, i: int, last: Bound) -> int | None:
        """'of the women' after a share, a count or a measure ('300 grams of rice'), 'in annual profits'
        after money, 'in prison' or "' imprisonment" after a duration: words to the end that say of
        what, what the money is, or what lasts; a rate adjective there ("annual") is kept."""
        toks, expr = self.toks, self.expr
        w = toks[i].text
        unit = last.unit or expr.trailing_unit
        money = bool(unit) and units.currency_of(main_unit(unit)) is not None
        share = last.fraction or last.is_vague or bool(expr.counted) or (bool(unit) and not money)
        duration = main_unit(unit) in DURATIONS
        possessive = w in APOSTROPHES and duration and toks[i].start == toks[i - 1].end  # "15 years' imprisonment"
        if not ((w == "of" and share) or (w == "in" and (money or duration)) or possessive):
            return None
        aged = _aged_tokens(toks, i + 1)  # "of women aged 15 to 49"
        found = _tail_words(toks, i, aged)
        if found is None:
            return None
        if found < len(toks) and not _ends_a_tail(toks, found):
            self._fail(found, "words only after 'of' or 'in' (a noun phrase, not a clause)")
        for k in range(i + 1, found):
            rate = match_phrase(RATE_TABLE, toks, k)
            if rate and not expr.rate and money:
                expr.rate = rate[0]
        self._tail_rate(i + 1, found, unit, aged)
        if found - 1 not in aged:
            self._tail_end(i + 1, found)
        return found  # to the end, or to a bound word after it ("18 years of age or older")

    def _tail_end(self, start: int, end: int) -> None:
        """The words that say of what may not end in the last word of a bound or a rate that another
        word broke ('of the women or zork more', 'of water a zork day', 'of rice annually zork'):
        read as words of the whole, the bound or the rate would be dropped. The breaking word is named."""
        toks = self.toks
        if end - start < 2:
            return
        last = word_at(toks, end - 1)
        broken_bound = last in BOUND_ENDS
        leads = range(max(start + 1, end - 3), end - 2)  # "a zork day": a rate's first word, then one more
        broken_rate = last in DURATIONS and any(word_at(toks, j) in TAIL_RATE_WORDS for j in leads)
        adverb = next((j for j in range(start, end - 1) if toks[j].text == "annually"), None)  # an adverb only:
        # 'daily', 'weekly' are adjectives too ('of daily wages')
        if adverb is not None:
            self._fail(adverb + 1, "nothing after a rate ('of rice annually')")
        if broken_bound or broken_rate:
            self._fail(end - 2, f"a bound or a rate written whole ('or more', 'a day'), not broken before {last!r}")

    def _tail_rate(self, start: int, end: int, unit: str, aged: set[int]) -> None:
        """A rate among the words that say of what is the figure's: '20 litres of water a day' is
        litres a day, '50 women of the village each week' women a week. One it cannot read ('$5
        million in each province', 'per offence') is an error, never dropped. The words right after
        'of' name the whole ('30% of a village'), and a share of each or every group is that share. After
        a word ending in -ed, a verb as often as not, a time is refused: it may say how long. A rate
        adverb ends the words ('of rice annually'): before a noun, 'of daily wages', it is of the whole."""
        toks, expr = self.toks, self.expr
        k = start
        while k < end:
            w = toks[k].text
            adverb = match_phrase(RATE_TABLE, toks, k) if w.endswith("ly") and k + 1 == end else None
            if (w not in TAIL_RATE_WORDS and not adverb) or (k == start and w in ("a", "an")):
                k += 1
                continue
            rate = adverb or _rate(toks, k)  # "300 tonnes of rice annually"; "of annual income" is no rate
            if rate:
                verb = next((j for j in range(start, k) if toks[j].text.endswith("ed") and j not in aged), None)
                if verb is not None:
                    self._fail(verb, "a noun phrase saying of what: after a verb ('of rice lasted a month') a "
                                     "time may say how long, not how often")
                if expr.rate and expr.rate != rate[0]:
                    self._fail(k, "one rate only ('a year' or 'per person')")
                expr.rate = rate[0]
                k += rate[1]
                continue
            if k + 1 < end and toks[k + 1].kind == "word" and w not in ("a", "an") \
                    and not (w in ("each", "every") and main_unit(unit) == "percent"):
                broken = word_at(toks, k + 2) in DURATIONS and _unknown(toks[k + 1])
                self._fail(k + broken, "a rate per year, month, week, day or hour, per person or per unit ('per kg')")
            k += 1


@lru_cache(maxsize=1)
def _leading_words() -> frozenset[str]:
    """Words that lead on to what follows them (connectives, the first words of bound words, 'full'):
    when reading stops at one and the next word is unknown, that word is the one to name."""
    firsts = {key[0] for table in (PREFIX_TABLE, WIDEN_TABLE) for key in table}
    return frozenset(firsts | CONNECTORS | RANGE_OPENERS | WHOLE_SPAN | {"of", "in", "out", "per", "each", "every"})


def _unknown(t: Tok) -> bool:
    """Whether a token is a word no table of the grammar holds."""
    return t.kind == "word" and t.text.rstrip(".") not in grammar_words()


def _whole_span(toks: list[Tok], i: int, after_a_number: bool = False) -> bool:
    """Whether token i is a WHOLE_SPAN word (or, after a number, an UNBROKEN_SPAN one) before a
    duration ("full years", "three consecutive years")."""
    w = word_at(toks, i)
    unit = unit_at(toks, i + 1) if w in WHOLE_SPAN or (after_a_number and w in UNBROKEN_SPAN) else None
    return unit is not None and main_unit(unit[0]) in DURATIONS


def _one_span(toks: list[Tok], i: int, *, whole: bool) -> bool:
    """Whether a singular unit that one of stands alone for starts at token i: a span of time or a
    currency ("a year", "a dollar"), or with `whole` a WHOLE_SPAN word and a span ("full year").
    A plural is no one: "a years" is refused."""
    if whole and not _whole_span(toks, i):
        return False
    i += whole
    unit = unit_at(toks, i)
    if not unit or _plural(word_at(toks, i + unit[1] - 1)):
        return False
    return unit[0] in DURATIONS or (not whole and units.currency_of(main_unit(unit[0])) is not None)


def _glued(toks: list[Tok], i: int, n: int) -> bool:
    """Whether tokens i..i+n-1 are written without a space between them."""
    return all(toks[k].end == toks[k + 1].start for k in range(i, i + n - 1))


def _glued_currency(toks: list[Tok], i: int) -> bool:
    """'CA$500': letters glued to a currency sign name the currency; 'ca $500' is circa $500."""
    cur = match_phrase(CURRENCY_PREFIX, toks, i)
    return bool(cur) and cur[1] > 1 and _glued(toks, i, cur[1])


def _currency_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The currency sign or code at token i; letters that are a word or a word's end ('a $500', "the
    company's $5 million") are a sign ('A$', 'S$') only glued to it."""
    cur = match_phrase(CURRENCY_PREFIX, toks, i)
    if cur and cur[1] > 1 and toks[i].text in WORD_BEFORE_SIGN and not _glued(toks, i, cur[1]):
        return None
    return cur


def _all_counted(toks: list[Tok], i: int, end: int) -> bool:
    """Whether tokens i..end are counted nouns only ("refugees", "Rohingya refugees", "North Korean
    women"): a noun that directly follows a figure, which the figure proper keeps."""
    while i < end:
        found = match_phrase(COUNTED_TABLE, toks, i)
        if not found:
            return False
        i += found[1]
    return i == end


def _decade_at(toks: list[Tok], j: int) -> tuple[Decimal, int] | None:
    """A decade of age at token j ("30s", "thirties"): its first year and the index after it."""
    if j + 1 < len(toks) and toks[j].kind == "num" and toks[j + 1].text.rstrip(".") in ("s", "'s") \
            and toks[j + 1].start == toks[j].end and re.fullmatch(r"[1-9]0", toks[j].text):
        return Decimal(toks[j].text), j + 2
    if word_at(toks, j) in DECADE_WORDS:
        return Decimal(DECADE_WORDS[word_at(toks, j)]), j + 1
    return None


def _broken_phrase(toks: list[Tok], i: int) -> tuple[int, str] | None:
    """A known phrase that a word inside it breaks ("at aaa least", "less than or aaa equal to"), at
    or after token i where reading stopped, the phrase starting at i or a few tokens before it:
    (that word's index, the phrase). Only errors come here, so the search may be thorough."""
    tables = (PREFIX_TABLE, SUFFIX_TABLE, UNIT_TABLE, WIDEN_TABLE, FILLER_TABLE, FILLER_SUFFIX_TABLE, AGE_TABLE,
              RATE_TABLE, vague_table(), CURRENCY_PREFIX, AGE_DECADE_TABLE, VAGUE_LEAD_TABLE)
    for start in range(i, max(-1, i - 4), -1):
        for k in range(max(start + 1, i), min(start + 5, len(toks))):
            if start < i and not _unknown(toks[k]):
                continue  # before where reading stopped, only a word the grammar does not know breaks a phrase
            rest = toks[:k] + toks[k + 1:]
            for table in tables:
                found = match_phrase(table, rest, start)
                if found and found[1] > k - start:
                    return k, " ".join(t.text for t in rest[start:start + found[1]])
            number = _number(rest, start, money=False) if rest[start].kind == "num" or _unknown(toks[k]) else None
            if number and number[1] > k:
                return k, " ".join(t.text for t in rest[start:number[1]])
    return None


def _joined_nouns(toks: list[Tok], end: int, unit: str) -> int:
    """Past counted nouns of the same kind joined by 'and', 'or' or '&' after the one ending at `end`
    ("men and women", "women and girls"): where the noun phrase ends."""
    while end + 1 < len(toks) and toks[end].text in ("and", "or", "&"):
        more = _noun_head(toks, end + 1)
        if more is None or more[1] != unit:
            break
        end = more[0]
    return end


def _noun_head(toks: list[Tok], i: int) -> tuple[int, str] | None:
    """The furthest counted noun in the run of modifiers from token i: (index after it, its unit).
    After a plural, a counted noun of another kind ends the run: in '3,000 migrants died crossing'
    the migrants are counted, and 'died crossing' is no count of crossings ('1,000 refugee families'
    counts families)."""
    j, head = i, None
    while j < len(toks) and _may_modify(toks, j):
        m = match_phrase(COUNTED_TABLE, toks, j)
        if m and head is not None and m[0] != head[1] and _plural(toks[head[0] - 1].text):
            break
        if m:
            head = (j + m[1], m[0])
        j += 1
        while j + 1 < len(toks) and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                and toks[j + 1].kind == "word" and toks[j + 1].start == toks[j].end:
            j += 2  # "child-bearing", "border-crossers"; not "libyan- 0"
    return head


def _plural(word: str) -> bool:
    return word.endswith("s") or word in PLURALS_WITHOUT_S


def _phrase_of(toks: list[Tok]) -> str:
    """Tokens as written ("first-time applications"), without the full stop a last word may carry
    ("5,000 guards.")."""
    return "".join((" " if k and t.start > toks[k - 1].end else "") + t.text for k, t in enumerate(toks)).rstrip(".")


def _measure_after(toks: list[Tok], i: int) -> bool:
    """Whether the words after 'of' at token i are a unit of measure ('of a percent', 'of a century'),
    not a count naming a whole ('of the women', 'of a million people')."""
    unit = unit_at(toks, i + 1 + (word_at(toks, i + 1) in ("a", "an", "one")))
    return unit is not None and unit[0] not in ("person", "case")


def _tail_words(toks: list[Tok], i: int, aged: set[int] | None = None) -> int | None:
    """After 'of' or 'in' at token i, where the words naming the whole stop: len(toks) when every
    token to the end is such a word, the index of the first that is not (a clause word, a
    symbol), or None when a figure follows ('30% of 2,000' holds two figures). `aged`: the tokens
    of its age qualifiers (`_aged_tokens`), when the caller has them."""
    aged = _aged_tokens(toks, i + 1) if aged is None else aged
    if i + 1 >= len(toks) or _starts_quantity(toks, i + 1) or any(
            (t.kind == "num" or t.text.removesuffix("s") in vague.SCALES) and k not in aged
            for k, t in enumerate(toks[i + 1:], i + 1)):
        return None  # a number or a scale follows: "two thirds of a zork million" is no share of a whole
    if _measure_after(toks, i):
        return None  # "a third of a percent", "a quarter of a century": a fraction of a unit, no whole
    for k in range(i + 1, len(toks)):
        if k in aged:
            continue
        t = toks[k]
        if (t.kind != "word" and t.text != "-" and t.text not in APOSTROPHES) or t.text in CLAUSE_WORDS \
                or _ends_a_tail(toks, k):
            return k
    return len(toks)


AGE_QUALIFIER = re.compile(r"aged (?:under |over |below |above |between )?# (?:(?:to|-|–|and) # )?(?:years (?:old )?)?"
                           r"(?:(?:and|or) (?:over|above|older|under|younger) )?")
"""The ages of those a share is of, after their noun ("of women aged 15 to 49", "aged 60 and over")."""


def _aged_tokens(toks: list[Tok], start: int) -> set[int]:
    """The indices of the tokens of `_age_spans`."""
    return {k for a, b in _age_spans(toks, start) for k in range(a, b)}


def _age_spans(toks: list[Tok], start: int) -> list[tuple[int, int]]:
    """Token spans of the age qualifiers among the words after 'of' ('40% of women aged 15-49'): their
    numbers describe the whole, and are no second figure."""
    spans = []
    for k in range(start, len(toks)):
        if toks[k].text != "aged":
            continue
        shape = " ".join("#" if t.kind == "num" and "," not in t.text else t.text.rstrip(".")
                         for t in toks[k:k + 9]) + " "
        m = AGE_QUALIFIER.match(shape)
        if m:
            spans.append((k, k + m.group().count(" ")))
    return spans


TAIL_ENDS = frozenset({"or", "and", "at", "if", "give", "perhaps", "possibly", "maybe", "to"})
"""First words of the bound and hedge phrases that end the words saying of what ('or older')."""


def _ends_a_tail(toks: list[Tok], k: int) -> bool:
    """Whether a bound or hedge phrase after a figure starts at token k ('30% of the women or more',
    '18 years of age or older', '30% of the women maximum'): it bounds the figure, and is no word of
    what it is of. A one-word phrase must end the text: '5% of the minimum wage' is of that wage."""
    found = match_phrase(SUFFIX_TABLE, toks, k)
    return found is not None and (toks[k].text in TAIL_ENDS or k + found[1] == len(toks))


TAIL_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
"""Words that may start a rate among the words after a figure that say of what ('of water a day')."""
BOUND_ENDS = frozenset({"more", "less", "fewer", "older", "younger", "longer", "shorter", "higher", "lower",
                        "greater", "above", "below", "beyond", "thereabouts", "least", "most"})
"""Last words of the bound and hedge phrases of several words ('more' of 'or more', 'older' of 'or
older'), which end no noun phrase saying of what."""


def of_tail_reads(words: list[str]) -> bool:
    """Whether parse_range takes these words ('of the women …'), after a share or a count, as the
    whole it is of, and nothing more: for `claims.bulk`, which reads such figures only when this
    says so (a rate among them, 'of the women each year', is parse_range's to read)."""
    toks = [Tok(w, "word", 0, 0) for w in words]
    return len(words) > 1 and words[0] == "of" and _tail_words(toks, 0) == len(toks) \
        and not TAIL_RATE_WORDS.intersection(words[1:]) and not any((w,) in RATE_TABLE for w in words[1:])


def _may_modify(toks: list[Tok], j: int) -> bool:
    """Whether token j can stand in a counted noun phrase: a word the grammar has no other use for
    (a count noun, or a modifier such as 'North Korean'), not a unit, number, range or hedge word."""
    t = toks[j]
    if t.kind != "word" or t.text in NOUN_STOPS or t.text in NUMBER_WORDS or t.text in CONNECTORS \
            or t.text in CLAUSE_WORDS:
        return False
    unit = unit_at(toks, j)
    if unit and unit[0] not in ("person", "case"):
        return False
    return not any(match_phrase(table, toks, j) for table in (PREFIX_TABLE, SUFFIX_TABLE, WIDEN_TABLE, RATE_TABLE,
                                                        FILLER_SUFFIX_TABLE, vague_table()))
def _parse_expr(text: str, original: str | None = None) -> Expr:
    return _Reader(text, text if original is None else original).read()


def _starts_quantity(toks: list[Tok], i: int) -> bool:
    if i >= len(toks):
        return False
    t = toks[i]
    if t.kind == "num" or t.text == "−":
        return True
    if t.text in CURRENCY_SYMBOLS_TEXT:
        return _starts_quantity(toks, i + 1)  # "$5", not a "$" that ends "5+ $"
    if t.text in ("-", "+") and i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].start == t.end:
        return True  # a sign glued to its number: "-5 to +10"
    cur = _currency_at(toks, i)
    if cur and i + cur[1] < len(toks) and toks[i + cur[1]].kind == "num":
        return True  # "from USD 100 to USD 200"
    if match_phrase(vague_table(), toks, i):
        return True
    prefix = match_phrase(PREFIX_TABLE, toks, i)
    if prefix and t.text not in ("some",):
        return _starts_quantity(toks, i + prefix[1])
    return _number(toks, i, money=False) is not None


MEASURES = ("[mass]^1", "[length]^1", "[length]^2", "[length]^3")
"""Dimensions a price is quoted per with 'a' as well as 'per': "$70 a barrel", "$500 a kilo"."""


def _rate(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """'per year', 'a year', '/year', 'each year', 'every year', 'per annum', 'annually', 'per capita',
    'per person' after a figure. 'per 100,000' is refused: a rate per many is not a unit."""
    found = _rate_phrase(toks, i)
    if found and word_at(toks, i + found[1]) in ("ago", "earlier", "later", "before", "after", "previously"):
        return None  # "108.4 million a year earlier": a time, not a rate
    return found


def _rate_phrase(toks: list[Tok], i: int) -> tuple[str, int] | None:
    w = toks[i].text
    adjective = match_phrase(RATE_TABLE, toks, i)
    if adjective and w not in ("a",):
        return adjective[0], adjective[1]
    if i + 1 >= len(toks) or w not in ("per", "a", "an", "/", "each", "every"):
        return None
    nxt = word_at(toks, i + 1)  # "per capita." ending a sentence
    if w == "per" and nxt == "annum":
        return "year", 2
    if nxt in PER_PERSON and w in ("per", "a"):
        return "person", 2
    u = unit_at(toks, i + 1)
    if u and u[0] in units.MULTIPLES and main_unit(u[0]) in DURATIONS:  # "$3 a decade" read as $3 a year
        times = units.MULTIPLES[u[0]][1]
        raise RefusedWhole(f"'{w} {nxt}' as a rate: claims tracker keeps rates per year, month, week, day or hour; "
                           f"write the figure per year (a rate per {nxt} is {times} times the same rate per year)", nxt)
    if u and _plural(word_at(toks, i + u[1])):
        return None  # "5 each years", "$5 a days": no rate, and the plural is left for the error to name
    if u and u[0] in DURATIONS:
        return main_unit(u[0]), 1 + u[1]
    counted = match_phrase(COUNTED_TABLE, toks, i + 1)
    if counted and counted[0] == "person" and w in ("per", "a", "/"):
        return "person", 1 + counted[1]  # "per woman", "a head"
    if u and w in ("per", "/") and not units.currency_of(main_unit(u[0])) and u[0] != "percent" \
            and not u[0].startswith(MINOR):
        return main_unit(u[0]), 1 + u[1]  # "$350 per kg"
    if u and w in ("a", "an") and units.dimension_key(main_unit(u[0])) in MEASURES:
        return main_unit(u[0]), 1 + u[1]  # "$70 a barrel", "$500 a kilo"
    if w == "per" and (toks[i + 1].kind == "num" or _number(toks, i + 1, money=False)):
        raise RangeParseError(f"'per {nxt}' makes the figure a rate per many ('8 per 100,000 people'): claims "
                              "tracker keeps rates per person or per unit of time; convert it (e.g. to percent) "
                              "and say so in notes")
    return None


# --- from expression to Range ------------------------------------------------------------

def _to_main_units(bounds: list[Bound]) -> None:
    """Multiples and minor units to their main unit: two decades are 20 years, 60p is £0.60."""
    for b in bounds:
        if b.unit.startswith(MINOR):
            code = b.unit[len(MINOR):]
            b.scaled(Decimal(1) / Decimal(10 ** currencies.table()[code].minor_digits))
            b.unit = code
        elif b.unit in units.MULTIPLES:
            main, times = units.MULTIPLES[b.unit]
            b.scaled(Decimal(times))
            b.unit = main


COUNTS = ("dimensionless", "[person]^1", "[case]^1")
"""Dimensions a share is read against as a percent ("half of the women")."""


def _resolve_units(expr: Expr, text: str) -> str:
    bounds = expr.bounds
    for b in bounds:
        written = b.unit or (expr.trailing_unit if b is bounds[-1] else "")  # before other ends lend theirs
        if b.fraction and written in ("percent", "percentage_point"):
            raise RefusedWhole(f"{text!r}: a fraction before a percent may be that share of one percent "
                               "('1/2%' is 0.5%) or a share read as a percent (50%): write it as a decimal "
                               "('0.5%' or '50%')")
        b.unit = b.unit or expr.trailing_unit
    stated = [b.unit for b in bounds if b.unit]
    if stated and len(stated) < len(bounds) and all(b.value is None for b in bounds if b.unit) \
            and stated[-1] == "percent":  # "dozens to most": 'most' is a share of a group, and lends it no percent
        b = next(b for b in bounds if not b.unit)
        if not b.fraction:
            raise RangeParseError(f"{text!r} mixes a share and a number: '{b.phrase or _plain(b.value)}' is no "
                                  "share of a group as the other end is; write both ends as percent")
    for b in bounds:
        if b.symbol and stated and b.unit != stated[-1] and currencies.sign_may_name(b.symbol, stated[-1]):
            b.unit = stated[-1]  # "$5–10 AUD": the code closing the range says which dollar
        if b.fraction and not b.unit and stated and units.dimension_key(main_unit(stated[-1])) not in COUNTS:
            raise RangeParseError(f"{text!r} mixes a share and a number: a share ('half', 'two thirds') does "
                                  f"not take the other end's {stated[-1]}; write both ends in it ('half a day')")
        b.unit = b.unit or (stated[-1] if stated else "")  # "5 to 10 years", "50–60 cents"
    _to_main_units(bounds)
    stated = [b.unit for b in bounds if b.unit]
    if not stated:
        unit = "year" if expr.age else ""
    else:
        unit = stated[-1]
        for other in stated:
            if other == unit:
                continue
            if units.currency_of(other) or units.currency_of(unit) or \
                    units.dimension_key(other) != units.dimension_key(unit):
                raise RangeParseError(f"{text!r} mixes units ({other} and {unit}): "
                                      "write both ends of a range in one unit")
            unit = finest_unit(unit, other)
    for b in bounds:
        if b.fraction and units.dimension_key(b.unit or unit) in COUNTS:
            b.scaled(Decimal(100))
            b.unit = "percent"
        elif b.unit and b.unit != unit:
            b.scaled(unit_factor(b.unit, unit))
            b.unit = unit
        else:
            b.unit = b.unit or unit
    if any(b.fraction for b in bounds) and units.dimension_key(unit) in COUNTS:
        unit = "percent"  # "half of the women" is a share, not half a person
    if len({b.unit for b in bounds}) > 1:
        raise RangeParseError(f"{text!r} mixes a share and a number: write both ends as percent")
    if expr.age and units.dimension_key(bounds[0].unit) != "[time]^1":
        raise RangeParseError(f"{text!r} is an age, read in years; write its unit as years or leave it out")
    return bounds[0].unit


def _to_float(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _check_order(text: str, low: Decimal | None, high: Decimal | None, bare: bool = False) -> None:
    """A range written high to low is refused; `bare` (two plain numbers, '52-48') says it is a
    score or a vote as a whole, where a unit or scale may belong to a longer text ('25 basis points
    to 5.25%')."""
    if low is not None and high is not None and low > high:
        error = RefusedWhole if bare else RangeParseError
        raise error(f"{text!r} reads as {_plain(low)} to {_plain(high)}, but the low end is above the high end: "
                    "write the smaller number first (is it a date, a score or a vote?)")


def shared_thousands(low: str, high: str) -> int | None:
    """The low end in full when a range written low to high may share the high end's thousands,
    else None: '20-30,000 people' is written for 20,000–30,000 as often as for 20 to 30,000, and
    '2-300,000' for 200,000–300,000. The low end is a whole number without commas, and either the
    digits before the high end's first comma are above it but not tenfold, or they are hundreds
    above a one-digit low end. '1 to 100,000' and '200–3,000' are not in doubt, nor is '20–30000'
    (no comma to share)."""
    if not (low.isascii() and low.isdigit() and "," in high and "." not in high):
        return None
    lead, rest = high.split(",", 1)
    if not (lead.isascii() and lead.isdigit()):
        return None
    first, top, groups = int(low), int(lead), 10 ** len(rest.replace(",", ""))
    if not first:
        return None  # '0–100,000': nothing to share
    if first < top <= 10 * first:
        return first * groups
    if first < 10 and top % 100 == 0 and first < top // 100:
        return first * 100 * groups
    return None


def _refuse_thousands_doubt(text: str, a: Bound, b: Bound) -> None:
    """Either reading of a range in `shared_thousands` doubt would be a guess."""
    scaled = shared_thousands(a.written, b.written)
    if scaled is None or a.value != int(a.written) or b.value != Decimal(b.written.replace(",", "")):
        return  # a sign or a scale word is not the thousands' doubt
    raise DoubtfulFigure(f"{text!r} may mean {scaled:,} to {b.written} or {a.written} to {b.written}: write the "
                          f"low end in full ('{scaled:,}–{b.written}'), or the high end without commas "
                          f"('{a.written}–{b.written.replace(',', '')}')")


def _bound_word(expr: Expr, text: str) -> str:
    """The open end a bound word gives ("ge", "le" or ""). It outweighs a hedge: "an estimated
    5,000 or more" is 5,000 or more; "up to 500 or more" points both ways and is refused."""
    ends = {m for m in (expr.prefix, expr.suffix) if m in ("ge", "le")}
    if len(ends) > 1:
        raise RangeParseError(f"{text!r} is bounded from above and from below at once: keep one bound word "
                              "('up to', 'or more'), or write a range such as '500–600'")
    return ends.pop() if ends else ""


EUROPEAN_THOUSANDS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?!\d)")
"""'10.000', '1.500': three decimals after one to three digits, as Europe writes ten thousand."""


def _refuse_dot_thousands(text: str, bounds: list[Bound], unit: str, counted: bool) -> None:
    """A count ('10.000 people'), a price ('€1.500') or a measure ('1.500 years', '1.000 km') with three
    decimals is a thousands separator as often as a decimal point: read as 10 people, €1.50 or 1.5 years
    it would be silently a thousand times off. A share ('12.500%') is no thousand times more, and a
    currency of three decimals (KWD) writes its fils so."""
    currency = currencies.table().get(units.currency_of(main_unit(unit)) or "") if unit else None
    if currency is not None:
        if currency.minor_digits >= 3:
            return
    elif not counted and (not unit or main_unit(unit) in ("percent", "percentage_point")):
        return
    for b in bounds:
        if EUROPEAN_THOUSANDS.fullmatch(b.written) and b.value == Decimal(b.written):
            whole = int(b.written.replace(".", ""))
            raise DoubtfulFigure(f"{text!r}: '{b.written}' has three decimals, which a count, a price or a measure "
                                  f"seldom has: is '.' a thousands separator ({whole:,})? Write '{whole:,}', or the "
                                  f"decimal without its trailing digits")


def _refuse_year_naming_a_noun(text: str, expr: Expr) -> None:
    """'2019 report': a year-like number before a singular noun names the noun's year; a count of
    them takes the plural ('2019 reports', '1995 people')."""
    if len(expr.bounds) != 1 or not expr.counted or not notfigure.LONE_YEAR.fullmatch(expr.bounds[0].written):
        return
    noun = expr.counted.split()[-1]
    if not _plural(noun):
        raise RangeParseError(f"{text!r} is not a figure: '{expr.bounds[0].written} {noun}' reads as a year naming "
                              f"a {noun} (a count takes the plural, as in '1995 people')")


def _share_scale(a: Bound, b: Bound) -> None:
    """The scale closing a range applies to a low end written without it: "1.2 to 1.5 million",
    "20-30 thousand", "three to five hundred thousand" (300,000), and a low end in hundreds takes the
    high end's "hundred thousand" as thousands ("three hundred to five hundred thousand"). Never to a
    low end closed by its unit ("5 people to 10 million people"), nor one as large as the high end's
    number before its scale ("one to one hundred thousand" is 1 to 100,000)."""
    if a.value is None or b.value is None or a.base is None or b.base is None or a.closed or a.base >= b.base:
        return
    if a.scale == 1 and b.scale > 1:
        a.value *= b.scale
    elif a.scale == 100 and b.scale in HUNDRED_SCALES:
        a.value *= b.scale // 100


HUNDRED_SCALES = frozenset({10 ** 5, 10 ** 8, 10 ** 11, 10 ** 14})
"""A hundred of a thousand, million, billion, trillion: the scale of "five hundred thousand" in a range."""


def _margin(text: str, bounds: list[Bound], unit_written: list[bool], expr: Expr
            ) -> tuple[Decimal, Decimal, str]:
    """'5,000 ± 500': from the figure less its margin to the figure plus it. A margin in percent
    after a figure written without its unit ('5,000 ± 10%', '12 ± 3%') may be relative: refused."""
    a, m = bounds
    if m.value is None or m.value <= 0 or m.fraction or a.fraction or {expr.prefix, expr.suffix} & {"ge", "le"}:
        raise RangeParseError(f"{text!r}: expected a figure and its margin, e.g. '5,000 ± 500' or '12% ± 3%'")
    if main_unit(m.unit) == "percent" and not unit_written[0]:
        raise RangeParseError(f"{text!r}: a margin in percent may be a share of the figure: write it in the "
                              "figure's unit ('5,000 ± 500') or give the figure its unit too ('12% ± 3%')", "%")
    if a.scale == 1 and m.scale > 1 and not a.closed:
        a.value *= m.scale  # "1.5 ± 0.2 million"
    return a.value - m.value, a.value + m.value, "approx" if expr.hedged else "interval"


def _build(expr: Expr, text: str, default_unit: str) -> Range:
    unit_written = [bool(b.unit) for b in expr.bounds]  # before each end takes the figure's unit
    unit = _resolve_units(expr, text)
    bounds = expr.bounds
    _refuse_year_naming_a_noun(text, expr)
    _refuse_dot_thousands(text, bounds, unit or default_unit, expr.counted_plain)
    if expr.money_noun and not units.currency_of(main_unit(unit or default_unit)):
        raise RangeParseError(f"{text!r}: '{expr.money_noun} of' names a sum of money, but no currency follows: "
                              "expected an amount such as '10,000 yuan' or '$5,000'")
    if expr.plus_minus:
        low, high, kind = _margin(text, bounds, unit_written, expr)
    elif len(bounds) == 2 and expr.second_prefix:
        a, b = bounds if expr.prefix == "ge" else bounds[::-1]
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        kind = "interval"
    elif len(bounds) == 2:
        a, b = bounds
        if a.closed and not unit_written[1] and a.scale == 1 and b.scale > 1 and a.value is not None:
            raise RangeParseError(f"{text!r}: the low end is written with its unit and the high end with a scale but "
                                  "none, so it is not clear what either applies to: write both ends alike, e.g. "
                                  "'5%–10%' or '5 million–10 million people'")
        _share_scale(a, b)
        _refuse_thousands_doubt(text, a, b)
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        if low is not None and high is not None and high < low < 0:
            low, high = high, low  # "-5 to -10%", "-18 °C to -34 °C": falls and frosts written by their size
        if a.value is not None and a.value == b.value:
            raise RefusedWhole(f"{text!r} has the same number at both ends: a split, a score or a vote "
                               "('50-50', '3-3'), not a range; write the figure once")
        kind = "approx" if expr.hedged else "interval"
        bare = not unit and not expr.counted and a.scale == b.scale == 1
        _check_order(text, low, high, bare)  # before a bound word drops one end: "up to 100-5 people" is no figure
        bound = _bound_word(expr, text)
        if bound == "ge":
            high, kind = None, "at_least"  # "at least 5 to 10 years": 5 years or more
        elif bound == "le":
            low, kind = None, "at_most"  # "up to 30,000-40,000": at most 40,000
    else:
        a = bounds[0]
        mod = _bound_word(expr, text) or ("approx" if "approx" in (expr.prefix, expr.suffix) else "")
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
    _check_order(text, low, high)
    if not unit and default_unit:
        if expr.counted_plain:
            raise RangeParseError(f"{text!r} counts {expr.counted!r}, but the unit given is {default_unit} "
                                  f"({units.dimension_name(default_unit)}): leave the unit blank, or give the noun "
                                  f"its unit in {paths.COUNT_NOUNS.name}")
        unit = default_unit
    if expr.rate:
        if not phrases:  # a vague term's convention may run past the period ("several days a week"): read as such
            _check_time_per_time(text, max(v for v in (low, high) if v is not None), unit, expr.rate)
        unit = f"{unit or '1'}/{expr.rate}"
    return Range(_to_float(low), _to_float(high), unit, kind, text, phrases, expr.counted)


def _check_time_per_time(text: str, most: Decimal, unit: str, per: str) -> None:
    """A time per time holds no more than its period (give or take 5%, for '31 days a month' and '366
    days a year'): '5 years 14 hours a day' is two figures added, not 43,844 hours a day."""
    if unit not in DURATIONS or per not in DURATIONS:
        return
    if float(most) > 1.05 * units.convert(1, per, unit):
        raise RangeParseError(f"{text!r} is more {unit}s than a {per} holds: it may be two figures run together "
                              f"('14 hours a day, 7 days a week'); write the one the claim is about")


def _plain(x: Decimal) -> str:
    return _fmt_number(float(x))


def _check_restated(text: str, outside: str, aside: str) -> None:
    """'two (2) years', 'five thousand dollars ($5,000)': a figure in words restated in digits reads
    as the words, but only when the two agree ('five thousand (6,000)' is refused)."""
    try:
        r = parse_range(outside)
    except RangeParseError:
        return  # the text's own error follows
    said = float(re.sub(r"[^\d.]", "", aside))
    if not r.low == r.high == said:
        raise RangeParseError(f"{text!r}: {aside!r} restates the figure as another number than "
                              f"{format_range(r)}: write the one the source means", aside)


def _in_an_aside(text: str, found: notfigure.NotFigure) -> bool:
    """Whether a number that names a thing or a date lies wholly in a bracketed aside (not a margin)."""
    return any(m.start() < found.start and found.end < m.end() and not is_margin(m.group())
               for m in ASIDE.finditer(text))


def _refuse_not_figure(text: str) -> None:
    """A number that names a thing or a date (`claims.notfigure`), or a lone year, is not a figure;
    nor is one wholly in brackets, and an aside that qualifies it or gives its uncertainty is not
    passed over (`lexicon.qualifying_aside`, `lexicon.interval_aside`). `claims.bulk` asks the same
    of texts with brackets."""
    spaced = " ".join(text.split())
    found = notfigure.first(spaced)
    if found and asides_dropped(spaced):  # "5,000 (in 2019)", "(Article 12)": an aside passed over, as "(as of 2019)"
        found = next((f for f in notfigure.find(spaced) if not _in_an_aside(spaced, f)), None)
    if found:
        what = "it" if found.text.strip() == spaced.strip() else f"'{found.text.strip()}'"
        raise RangeParseError(f"{text!r} is not a figure: {what} {found.reason}")
    if notfigure.LONE_YEAR.fullmatch(spaced):
        raise RangeParseError(f"{text!r} reads as a year, not a figure: write a count with its thousands "
                              f"separator ('1,995') or with its unit ('1995 people')")
    if "(" not in spaced and "[" not in spaced:
        return  # the rest is about asides
    restated, outside = BRACKETED_NUMBER.search(spaced), ASIDE.sub(" ", spaced)
    if WHOLLY_BRACKETED.fullmatch(spaced) or restated and not holds_a_number(outside):
        raise RangeParseError(f"{text!r} has its number wholly in brackets: an aside, or an accountant's negative "
                              "('$ (1,234)'); write the figure without them (−99.99 for a negative)")
    if restated and not re.search(r"\d", outside):
        _check_restated(text, outside, restated.group())
    interval = interval_aside(spaced)
    if interval:
        raise RangeParseError(f"{text!r}: {interval!r} in brackets gives the figure's uncertainty (a confidence "
                              "interval, a range or a deviation), which claims tracker does not pass over: put the "
                              "reading to chart in range (the interval, '3–7', or the estimate alone)", interval)
    aside = qualifying_aside(spaced)
    if aside:
        raise RangeParseError(f"{text!r}: {aside!r} in brackets says something of the figure (a unit, a scale, a "
                              "rate or a hedge) that claims tracker does not pass over: write it outside the "
                              "brackets ('5,000 per year', '~5,000') or leave it out", aside)


# --- the compact shapes, read without the token loop ----------------------------------------

_PLAIN_NUMBER = r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}|0|[1-9]\d{4,6}|[1-9]\d{8,})(?:\.\d+)?"
"""A number the token loop reads as itself: no year-like four digits, no eight digits ('20161016'
may be a date) and no leading zero ('007') (those are claims.notfigure's)."""


@lru_cache(maxsize=1)
def _fast_pattern() -> tuple[re.Pattern, dict[str, str], dict[str, str]]:
    """The commonest compact figures ("12–40%", "$3,400–5,100", "at least 7 years", "5,000 people",
    "EUR 5m", "≥30%", "just 2 million US dollars", "5 or more children") as one regex over the lower-cased
    text, with the tables that give its groups a meaning."""
    prefixes = {" ".join(k): v for k, v in PREFIX_TABLE.items()}
    rated = units.rated_currencies()
    signs = {k[0]: u for k, u in CURRENCY_PREFIX.items() if len(k) == 1 and (units.currency_of(u) or "USD") in rated}
    symbols = {k: u for k, u in signs.items() if not k[:1].isalpha() or k in ("us$", "u.s.$")}
    codes = {k: u for k, u in signs.items() if len(k) == 3 and k.isalpha()}  # "EUR 5": only before a space
    words = {" ".join(k): u for k, u in UNIT_TABLE.items()
             if ((len(k) == 1 and not k[0].endswith(".")) or k == ("per", "cent")
                 or (units.currency_of(u) and all(w.isalpha() for w in k)))
             and (units.currency_of(u) or "USD") in rated}

    def alt(xs) -> str:
        return "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))

    num = _PLAIN_NUMBER
    scale = f"(?:{alt(FAST_SCALES)})(?![a-z])"  # "42MYR" is ringgit, "5km" kilometres: no scale
    fillers = {" ".join(k) for k in FILLER_TABLE} - {"anywhere"}  # "anywhere from" opens a range
    pattern = (f"(?:(?P<fill>{alt(fillers)}) )?(?:(?P<pre>{alt(prefixes)}) ?)?"
               "(?:(?P<open>between|anywhere from|from) )?"
               f"(?:(?P<c1>{alt(symbols)})|(?P<k1>{alt(codes)}) )?(?P<a>{num})(?P<x1>{scale})?(?P<u1>%)?"
               f"(?:(?: ?(?P<sep>[–—-]) ?| (?P<word>to|and) )(?:(?P<c2>{alt(symbols)})|(?P<k2>{alt(codes)}) )?"
               f"(?P<b>{num})(?P<x2>{scale})?)?"
               f"(?P<plus>[+])?(?: ?(?P<unit>{alt(words)}))?(?: (?P<suf>{alt(FAST_SUFFIXES)}))?"
               f"(?: (?P<after>{alt(words)}))?")
    return re.compile(pattern), prefixes, {**symbols, **codes, **words}


FAST_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000,
               " thousand": 1_000, " million": 1_000_000, " billion": 1_000_000_000, " trillion": 1_000_000_000_000}
"""Scales the fast lane reads after a number: glued suffixes the token loop takes after any number,
and the spelled words (with their space)."""

FAST_SUFFIXES = {p: SUFFIX_TABLE[phrase_key(p)] for p in ("or more", "or longer", "or above", "or higher", "or over",
                                                          "and above", "and over", "or less", "or fewer", "or below")}
"""Bound words after a compact figure that the fast lane reads as the token loop does, with their
sense from the lexicon's table."""


def _fast(text: str) -> Expr | None:
    """The Expr the token loop would build for a compact figure, or None for any other text."""
    if not text.isascii() and not set(text) <= _FAST_CHARS:
        return None
    pattern, prefixes, units_of = _fast_pattern()
    m = pattern.fullmatch(text.lower())
    if m is None:
        return None
    pre, opener, joined = m["pre"], m["open"], m["word"]
    if pre and m["c1"] and m.end("pre") == m.start("c1"):
        return None  # "CA$500": glued letters are the currency's, the token loop's to tell
    wanted = {"between": "and", "from": "to", "anywhere from": "to"}.get(opener) if opener else "to"
    if (opener and (pre or joined != wanted)) or (joined and joined != wanted) or (m["plus"] and m["suf"]) \
            or (m["u1"] and (m["c1"] or m["k1"])) or (m["after"] and (m["unit"] or not m["suf"])) \
            or (m["k2"] and not joined) or (m["fill"] and (pre or opener)):
        return None  # "between 5 to 10", "5 and 10", "about between …": the token loop's to read or refuse
    expr = Expr(opener=opener.split()[-1] if opener else "", between=opener == "between")
    if pre:
        expr.prefix = prefixes[pre]
        expr.hedged = expr.prefix == "approx"
    for cur, code, number, scaled in (("c1", "k1", "a", "x1"), ("c2", "k2", "b", "x2")):
        if m[number] is not None:
            _exact_digits(m[number])
            sign = m[cur] or m[code] or ""
            value = Decimal(m[number].replace(",", ""))
            top = FAST_SCALES[m[scaled]] if m[scaled] else 1
            if not value and top > 1:
                return None  # "0 thousand": no figure, the token loop says why
            expr.bounds.append(Bound(value=value * top if m[scaled] else value, unit=units_of[sign] if sign else "",
                                     scale=top, base=value, written="" if m[scaled] else m[number], symbol=sign))
    if m["u1"]:
        expr.bounds[0].unit, expr.bounds[0].closed = "percent", True  # "5%–10%"
    if m["plus"] or m["suf"]:
        expr.suffix = FAST_SUFFIXES[m["suf"]] if m["suf"] else "ge"
    word = m["unit"] or m["after"]
    if word:
        unit = units_of[word]
        if expr.bounds[-1].unit:
            return None  # "$5 dollars": the token loop's error to give
        expr.bounds[-1].unit, expr.bounds[-1].closed = unit, True
        if unit in ("person", "case"):
            expr.counted = word
            expr.counted_bound, expr.counted_unit = len(expr.bounds) - 1, unit
    return expr


_FAST_CHARS = frozenset("–—€£¥₩≥≤≈") | frozenset(chr(c) for c in range(128))


def figure(text: str, unit: str | None = None) -> tuple[Range, str]:
    """The reading of `text` and the figure proper within it, as its normalized text: "thousands of
    defectors" is "thousands", "2,000 people in total" is "2,000 people" (for the article extractor,
    which keeps a figure's words and its counted noun, not what follows)."""
    r = parse_range(text, unit)
    expr = _fast(text)
    if expr is not None:
        return r, normalize_unified(strip_brackets(unify(text)))
    norm = join_symbols(normalize_unified(strip_brackets(unquote(unify(text)))))
    expr = _parse_expr(norm, text)
    toks = tokens(norm)
    end = len(toks) if expr.core_end < 0 else expr.core_end
    return r, norm[:toks[end - 1].end] if end else ""


def _read(text: str) -> Expr:
    """Any figure, through the not-a-figure rules and the token loop."""
    power = MARKED_DIGIT.search(text)
    if power:
        number = re.search(r"[0-9][0-9.,]*$", text[:power.start()])
        where = f"after {number.group()!r}" if number else "here"
        raise RangeParseError(f"{text!r}: {power.group()!r} {where} is a power, or a footnote or list mark, "
                              "not a digit: write the number in full ('1,000,000' for 10⁶) and leave marks out",
                              power.group())
    unified = unquote(unify(text))
    _refuse_not_figure(unified)
    norm = join_symbols(normalize_unified(strip_brackets(unified)))
    if not norm:
        raise RangeParseError(f"empty value: expected a figure such as {EXAMPLES}")
    return _parse_expr(norm, text)


def _refuse_another_place_s_money(text: str, r: Range) -> None:
    """'Rs 50,000 (Sri Lanka)', '$500 (Canada)': a place in brackets may say whose money the figure
    is, when its sign or name may stand for that place's currency, and it is not the currency the
    figure reads ('Rs' and '$' alone are Indian rupees and US dollars by convention): refused whole,
    never read in the wrong currency. '$2 a day (Sri Lanka)' is US dollars: '$' is no rupee."""
    code = units.currency_of(main_unit(r.unit.split("/")[0])) if r.unit else None
    if not code or ("(" not in text and "[" not in text):
        return
    unified = unify(text)
    written = [t.text.rstrip(".") for t in tokens(ASIDE.sub(" ", unified).lower())
               if t.kind in ("sym", "word") and t.text.rstrip(".")]
    for m in ASIDE.finditer(unified):
        codes = place_named(m.group())
        if code not in codes and any(currencies.may_name(w, c) for w in written for c in codes):
            raise RefusedWhole(f"{text!r}: {m.group()!r} may say whose money this is ({', '.join(codes)}), but "
                               f"the figure reads {code} ({currencies.name(code)}): write the currency's code "
                               f"before the number ('{codes[0]} …', or '{code} …' if it is {code})", m.group())


@lru_cache(maxsize=65536)
def _parse_cached(text: str, unit: str) -> Range:
    if len(text) > MAX_LENGTH:
        raise RangeParseError(f"value is {len(text):,} characters long; expected a short figure such as {EXAMPLES}")
    read_as = as_the_unit_reads(text, units.dimension_key(unit)) if unit else text
    expr = None
    if read_as != text:
        try:
            expr = _fast(read_as) or _read(read_as)
        except RangeParseError:
            pass  # no figure read the metric's way ("4.5m people" in metres): the text as written says why
    r = _build(expr or _fast(text) or _read(text), text, unit)
    _refuse_another_place_s_money(text, r)
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

    Raises RangeParseError, naming the word it did not understand and what was expected, for
    anything that is not a quantity it fully reads.
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
    """The compact form of a reading: '30–50%', '$100–1,000', '5+ years', '≤70%', '~40,000 people',
    '~200,000–300,000' (a hedged range).

    Exact by default, so that it parses back to the same bounds; `decimals` rounds fractional parts
    for display ("~66.7%" for two-thirds) and never touches whole numbers.
    """
    lo = None if r.low is None else _fmt_number(r.low, decimals)
    hi = None if r.high is None else _fmt_number(r.high, decimals)
    if lo is not None and hi is not None and r.low == r.high and r.kind != "interval":
        prefix = "~" if r.kind == "approx" else ""
        return prefix + _with_unit(lo, r.unit, r.low)
    if lo is not None and hi is not None:
        if shared_thousands(lo, hi) is not None:
            hi = hi.replace(",", "")  # '1–2000': '1–2,000' would not read back
        return ("~" if r.kind == "approx" else "") + _with_unit(f"{lo}–{hi}", r.unit, r.high)
    if lo is not None:
        return _with_unit(lo, r.unit, r.low, plus="+")
    if hi is not None:
        return "≤" + _with_unit(hi, r.unit, r.high)
    raise ValueError("a range needs at least one bound")
