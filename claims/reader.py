"""From a figure's tokens to what it says: its numbers, scales, units, bound and hedge words,
vague terms and the noun it counts (an `Expr` of `Bound`s), or a RangeParseError naming the word
that is not understood.

`claims.ranges` turns an Expr into a Range and is the one public way in (`parse_range`); this
module is the token loop it runs for every figure its fast lane's compact shapes do not hold.
The words come from `claims.lexicon`, a number that names a thing from `claims.notfigure`.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from claims import currencies, notfigure, paths, units, vague
from claims.lexicon import (
    AGE_DECADE_TABLE, AGE_SUFFIX_TABLE, AGE_TABLE, AMBIGUOUS_UNIT_WORDS, APOSTROPHES, CAPITAL_G, CASE_DECIDES,
    CLAUSE_WORDS, CONNECTORS, COUNTED_TABLE, CURRENCY_PREFIX, CURRENCY_SYMBOLS_TEXT, DECADE_WORDS, DETERMINERS,
    DURATIONS, EXTRA_WORDS, FILLER_SUFFIX_TABLE, FILLER_TABLE, FRACTIONS, GLUED_ONLY_MINOR, GRAM_LETTER,
    GROUPS_OF_PEOPLE, MINOR,
    MONEY_NOUN_TABLE, MONEY_ONLY_SUFFIXES, NOUN_STOPS, NUMBER_WORDS, ONES, PARTICIPLES_AFTER_A_COUNT, PER_PERSON,
    OR_EQUAL_TABLE, PLURALS_WITHOUT_S, PLUS_MINUS_TABLE, PREFIX_TABLE, RANGE_OPENERS, RATE_TABLE, SIGN_WORDS,
    SPACED_MONEY_ONLY,
    SUFFIX_SCALES, SUFFIX_TABLE, TEENS, TEMPERATURE_GLUED, TEMPERATURE_LETTERS, TENS, TERM_NOUN_TABLE, TIME_AFTER,
    TIME_BOUNDS, Tok,
    UNBROKEN_SPAN, UNIT_TABLE, VAGUE_LEAD_TABLE, WHOLE_SPAN, WIDEN_TABLE, WORD_BEFORE_SIGN, finest_unit,
    glued as _glued, grammar_words, is_number_word, letter_sign_at, longer_unit, longest_phrase, main_unit, match_phrase,
    time_after, tokens, unit_at, unit_factor, vague_table, word_at,
)

EXAMPLES = "'30–50%', 'about 5,000 people', '5+ years', '$100–1,000' or a vague term such as 'thousands'"


class RangeParseError(ValueError):
    """The text is not a quantity this parser can read; the message says what was expected.

    `word` is the word it did not understand, when that is the reason ("zorkmids"), else None.
    """

    def __init__(self, message: str, word: str | None = None) -> None:
        super().__init__(message)
        self.word = word


class UnknownWord(RangeParseError):
    """A word the reader does not know, where it expected another (the plainest refusal, which the others narrow).

    `head` is the message's first part, which names the word and where it stands."""

    def __init__(self, message: str, word: str | None = None, head: str = "") -> None:
        super().__init__(message, word)
        self.head = head or message


class RefusedWhole(RangeParseError):
    """No piece of the text is a figure either: '52-48' is a vote and '3-3' a score, not 52 and 48
    or 3; '500 m' is metres or million, not a plain 500. The article extractor takes none of it."""


class DoubtfulFigure(RefusedWhole):
    """The text reads two ways ('20-30,000 people': 20,000–30,000 or 20 to 30,000), so no piece of it
    is a figure either: '20' alone would be the guess the error refuses."""


# --- one bound: a number or a vague phrase, with its unit -----------------------------------

@dataclass(slots=True)
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
    strong: bool = False  # "-strong" joined to it ("a 10,000-strong force"): it counts a group's members
    lead_scale: int = 0  # the first of scale words that multiply ('lakh' of "6 lakh crore"), 0 if none do

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


def _small_number_follows(toks: list[Tok], j: int, below: int) -> bool:
    """After "hundred and" or "thousand and", a number below 100 continues the same number.

    After a scale (`below`, 0 for none yet), a number with a scale word continues it only if that scale
    is smaller ("one thousand and five hundred" is 1,500); "two thousand and three thousand" is two.
    """
    if j >= len(toks):
        return False
    scale = vague.SCALES.get(word_at(toks, j + 1)) or vague.SCALES.get(word_at(toks, j + 2))
    if below and scale and scale >= below:
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


def _spoken_decimals(toks: list[Tok], j: int, written: bool) -> tuple[str, int] | None:
    """After 'point' at token j, the digits said one by one ('one point two five') or, after a whole part `written`
    in digits, written ('1 point 25'; "at one point 300 people" is no 1.3): the digits and the index after them."""
    k, digits = j + 1, ""
    if k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit():
        return (toks[k].text, k + 1) if written else None
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
    elif word_at(toks, j) in vague.SCALES and word_at(toks, j) != "dozen" and _scale_stands_for_one(toks, j):
        current, seen = Decimal(1), True  # "hundred thousand", "thousand litres": one of the scale, as 'a' says
    while j < n:
        t, w = toks[j], word_at(toks, j)
        if t.kind == "num":
            joined = seen and word_at(toks, j - 1) == "and"
            if seen and (current or not total) and not joined:  # "zero 5 people", "0 5": no number ends in one
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
            if seen and (not ONES[w] or not (tail == 0 or (tail in TENS.values() and ONES[w] < 10))):
                break  # "twenty zero", "zero zero": no number goes on with a zero
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
        elif (w in vague.SCALES and w not in ("hundred", "dozen")
              or w == "cr" and money and word_at(toks, j - 1) == "lakh") and seen:
            scale = vague.SCALES[w] if w in vague.SCALES else SUFFIX_SCALES[w]  # "₹3.6 lakh cr", as the Indian
            # business press writes it
            if not current and total:
                if scale <= last_scale or word_at(toks, j - 1) not in vague.SCALES:
                    break  # "a million thousand", "a million and million": not one number
                total *= scale  # "a thousand million", "10 lakh crore": scales multiply, and so does their
                top *= scale  # scale, which a range's low end shares ("5-6 lakh crore")
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
                and _small_number_follows(toks, j + 1, below=last_scale if total else 0):
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
                and (spoken := _spoken_decimals(toks, j, digits)):
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
            if den and not den[3] and current < den[0]:  # "one in a million" too ("in 2019" is a year: notfigure)
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
            if unit and unit[0] not in units.COUNT_UNITS:
                return Decimal("0.5"), i + 2, 1, False  # "half a year", "half a percent", "half a litre": 0.5 of it
            return Decimal("0.5"), i + 1, 1, True
        article = word_at(toks, i) in ("a", "an")
        if _one_span(toks, i + article, whole=True):
            return Decimal(1), i + article + 1, 1, False  # "a full year", "whole day": one, stressed as whole
        if article and _one_span(toks, i + 1, whole=False) and not _sign_of_a_number(toks, i + 1):
            return Decimal(1), i + 1, 1, False  # "a year", "over a month", "a dollar", "a dollar a day"
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


def _lead_scale(toks: list[Tok], i: int, j: int) -> int:
    """The first of two scale words that multiply in tokens i..j ('lakh' of "6 lakh crore", 'thousand' of
    "a thousand million"); 0 when none do ("300 thousand", "two hundred thousand" add or take hundreds)."""
    for k in range(i, j - 1):
        first, second = word_at(toks, k), word_at(toks, k + 1)
        if first in vague.SCALES and second in vague.SCALES and not {first, second} & {"hundred", "dozen"}:
            return vague.SCALES[first]
    return 0


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

@dataclass(slots=True)
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
    time_bound: str = ""  # "to life", "or older": a bound word of a time; the figure must be one
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

    def _second_rate(self, i: int, length: int, rate: str) -> None:
        """A second rate after the figure's first: per person and per period together are one rate, as aid
        and poverty figures are written ('15 litres per person per day', '$1.90 a day per person'); any
        other pair ('$3,000 per capita per year' apart, '5 kg per hectare a year') keeps one, and is refused."""
        joined = per_person_per_period(self.expr.rate, rate)
        if joined:
            self.expr.rate = joined
            return
        second = " ".join(t.text for t in self.toks[i:i + length])
        first = self.expr.rate.replace("/", " per ")
        raise RangeParseError(f"{self.text!r}: {second!r} is a second rate, after one per {first}: claims "
                              "tracker keeps one rate to a figure; write the figure per one period or measure "
                              "('$3,000 per capita') and the other in notes", self.toks[i + length - 1].text)

    def _refuse_broken_phrase(self, i: int) -> None:
        """Raise, naming the word, where a word the grammar does not know breaks a phrase at or before token i."""
        broken = _broken_phrase(self.toks, i)
        if broken:
            k, phrase = broken
            raise RangeParseError(f"{self.text!r}: {self.toks[k].text!r} stands inside {phrase!r}, which claims "
                                  f"tracker reads only whole; expected {phrase!r} without it", self.toks[k].text)

    def _explain(self, i: int, expected: str) -> None:
        toks = self.toks
        self._refuse_broken_phrase(i)
        money = _currency_at(toks, i)
        if money and i + money[1] < len(toks) and _unknown(toks[i + money[1]]):
            i += money[1]  # "5 – $ zork 9", "12 ~ Taiwan dollars zork 100": a sign or name, then a word not known
        elif toks[i].text in _leading_words() and i + 1 < len(toks) and _unknown(toks[i + 1]):
            i += 1  # "7 of zork 10 women", "full zork week": a word that leads on, and after it one not known
        elif toks[i].text in ("per", "a", "an", "/") and i + 1 < len(toks) \
                and _several_units(word_at(toks, i + 1)):
            i += 1  # "$5 per ton", "Rs 2,275 per quintal": the rate's unit, which names several
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
        kind = _several_units(word)
        if kind and i:
            raise RefusedWhole(f"{self.text!r}: {word!r} alone may be {kind}", word)
        if word == GRAM_LETTER and i and toks[i - 1].kind == "num":
            raise RefusedWhole(f"{self.text!r}: a capital 'G' after a number names a network generation ('5G') or "
                               "giga, not grams: write grams as 'g' or 'grams'", word)
        if glued and word in ("s", "'s"):
            raise RangeParseError(f"{self.text!r}: '{toks[i - 1].text}{w}' names a decade or an age range, "
                                  "not a figure (for ages write 'in their 30s')")
        two = f"{word} {word_at(toks, i + 1)}" if i + 1 < len(toks) and toks[i + 1].kind == "word" else ""
        if two and currencies.ambiguous(two):  # "5,000 CFA francs": XAF or XOF
            word = two
        codes = currencies.ambiguous(word)
        if codes:  # whole: '3 and 5 million' of 'between 3 and 5 million pesos' is no figure either
            raise RefusedWhole(f"{self.text!r}: {word!r} names several currencies ({', '.join(codes)}): write the "
                               f"code or the country, e.g. '{codes[0]}' or '{currencies.spelled_with(codes[0], word)}'",
                               word)
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
            self._refuse_broken_phrase(i + 1)  # "a at zork least 16%"
            i, word = i + 1, word_at(toks, i + 1)  # the article is read: the word after it is not ("a minority")
            if toks[i].text in _leading_words() and i + 1 < len(toks) and _unknown(toks[i + 1]):
                i, word = i + 1, word_at(toks, i + 1)  # "a about zork 80"
        where = f"after '{toks[i - 1].text}'" if i else "at the start"
        if word in currencies.CODES_THAT_ARE_WORDS and re.search(rf"\b{word.upper()}\b", self.text):  # 'MAD 3,000'
            code = word.upper()
            raise RangeParseError(f"{self.text!r}: {code!r} is read as money only through its sign or name "
                                  f"('{currencies.name(code)}'), since {word!r} is an English word too", word)
        head = f"{self.text!r}: {word!r} ({where}) is not a word claims tracker reads in a figure"
        raise UnknownWord(f"{head}; expected {expected}", word, head)

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
            if w in ("short", "shy") and (hedge := match_phrase(PREFIX_TABLE, toks, i + m[1])) and hedge[0] == "approx":
                raise RangeParseError(f"{self.text!r}: '{_phrase_of(toks[i:i + m[1]])}' before a hedge says what is "
                                      "lacking ('short of about 35 pickers'), no bound of the figure: write the "
                                      "figure without it ('about 35 pickers')", w)
            if m[0] == "approx":
                expr.hedged = True
            if not expr.bounds:
                if {expr.prefix, m[0]} == {"ge", "le"}:
                    raise RangeParseError(f"{self.text!r}: {w!r} after a bound word of the other sense: "
                                          "expected one of 'at least' or 'at most' before a figure")
                if not expr.prefix or (expr.prefix == "approx" and m[0] in ("ge", "le")):
                    expr.prefix = m[0]  # "about up to 10": a bound word outweighs the hedge before it
                if (phrase := _phrase_of(toks[i:i + m[1]])) in TIME_BOUNDS:
                    expr.time_bound = phrase  # "longer than six months", never "longer than $5"
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
        m = match_phrase(OR_EQUAL_TABLE, toks, i)
        if m and expr.prefix in ("ge", "le") and not expr.bounds:
            return i + m[1]  # "at least or equal to 30": inclusive, as every bound is
        if w == "−" or w in SIGN_WORDS or (w == "-" and i + 1 < n and toks[i + 1].start == t.end and (
                toks[i + 1].kind == "num" or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT)):
            self.pending_sign = -self.pending_sign
            return i + 1
        if w == "+" and i + 1 < n and toks[i + 1].start == t.end and toks[i + 1].kind == "num":
            return i + 1  # "+5%": a sign, the figure as it is ("5+" is at least 5)
        cur = _currency_at(toks, i)
        if cur and i + cur[1] < n and (toks[i + cur[1]].kind == "num" or toks[i + cur[1]].text in ("−", "-")
                                       or word_at(toks, i + cur[1]) in SPELLED_AFTER_A_SIGN):  # "Rs one lakh"
            self.pending_unit = cur[0]
            self.pending_symbol = self.norm[toks[i].start:toks[i + cur[1] - 1].end]
            self._refuse_by_case(self.pending_symbol)
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
        signed = w in ("a", "an") and (cur := _currency_at(toks, i + 1)) is not None and cur[1] > 1 \
            and _starts_quantity(toks, i + 1)
        found = None if signed else self._number_bound(i)  # "a C$2bn deal": no 'a C' before a second figure
        if found:
            return found
        if w in ("a", "an") and _starts_quantity(toks, i + 1):
            if word_at(toks, i - 1) in PREPOSITIONS_OR_BOUNDS and (_currency_at(toks, i + 1)
                                                                  or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT):
                raise RangeParseError(f"{self.text!r}: a sum after '{w}' describes a thing (as in 'under a £34 "
                                      f"million programme'), and '{word_at(toks, i - 1)}' is a preposition before "
                                      "that thing, no bound of the sum: write the sum alone ('£34 million'), or a "
                                      "bound word such as 'up to' if it is one")  # it was read as at most £34m
            return i + 1  # "a US$4.7 billion fine"
        if unit_at(toks, i) or match_phrase(SUFFIX_TABLE, toks, i):
            spelled = _currency_at(toks, i) or unit_at(toks, i)
            j = i + (spelled[1] if spelled else 1)
            if j < n and _unknown(toks[j]) and any(t.kind == "num" for t in toks[j + 1:]):
                self._fail(j, f"a number after {w!r}")  # "EUR zork 5 million": the word is what is wrong
            self._refuse_broken_phrase(i)  # "equal to or greater zork than 5": the phrase, not its "or"
            raise RangeParseError(f"no figure found in {self.text!r}: {w!r} needs a number before it; expected "
                                  f"a number or range such as {EXAMPLES}")
        self._fail(i, "a number, or a word such as 'about', 'between', 'at least' or 'up to' before one")
        return n

    def _refuse_a_share_of_a_unit(self, j: int) -> None:
        """'one in 100 years', 'one out of five dollars', '$1 in 5', '1 in 3 km': a share written 'X in Y' with a
        unit is a share of what the unit measures or how often something comes, no amount of the unit (they read as
        0.01 years, $0.20, 0.33 km)."""
        unit = unit_at(self.toks, j)
        if unit and unit[0] in units.COUNT_UNITS:
            return  # "one in four people": a share of those counted
        written = word_at(self.toks, j) if unit else self.pending_symbol or self.pending_unit
        if not written:
            return
        if unit and unit[0] in DURATIONS:
            raise RefusedWhole(f"{self.text!r}: a share ('one in 100') before a time ('{written}') says how often, "
                               "no share of the time: write the share of what is counted ('1 in 100 homes'), or how "
                               "often in a note ('once every 100 years')", written)
        raise RefusedWhole(f"{self.text!r}: a share ('one in five') with a unit ('{written}') is a share of what the "
                           "unit measures, no amount of it: write it in percent ('20%') with what it is a share of in "
                           "the metric", written)

    def _number_bound(self, i: int) -> int:
        """A number at token i as the next bound; 0 when none starts there."""
        toks = self.toks
        sign = self.pending_unit or (self.expr.bounds[-1].unit if self.expr.bounds else "")  # "₹2-3 cr": the first
        # bound's sign is the second's too
        num = _number(toks, i, money=bool(sign), joins_and=not self.expr.between)
        if not num:
            return 0
        value, j, top, is_fraction = num
        if is_fraction and {"in", "out"} & {word_at(toks, k) for k in range(i, j)}:
            if toks[i].kind == "num" and "." in toks[i].text:
                raise RefusedWhole(f"{self.text!r}: a decimal out of a whole ('4.5 out of 5', '7.5 out of 10') is a "
                                   "score or rating, not a share of those counted: give it in the notes", toks[i].text)
            self._refuse_a_share_of_a_unit(j)
        if is_fraction and word_at(toks, j) == "-" and _glued_around(toks, j) and toks[j + 1].kind == "word" \
                and word_at(toks, j - 1) in FRACTIONS and word_at(toks, j + 1) not in ("a", "an") \
                and not _starts_quantity(toks, j + 1) \
                and ((unit := unit_at(toks, j + 1)) is None or unit[0] in units.COUNT_UNITS):  # 'half-hour' reads
            raise RefusedWhole(f"{self.text!r}: '{toks[j - 1].text}-{toks[j + 1].text}' is a word of its own "
                               "('half-staff', 'half-brother'), not a share: leave it out of the figure",
                               toks[j + 1].text)
        b = Bound(value=value * self.pending_sign, unit=self.pending_unit, fraction=is_fraction, scale=top,
                  base=(value / top) * self.pending_sign, end=j, symbol=self.pending_symbol,
                  written=toks[i].text if j == i + 1 and toks[i].kind == "num" else "",
                  lead_scale=_lead_scale(toks, i, j))
        if j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].kind == "word" \
                and toks[j].start == toks[j - 1].end and (unit := unit_at(toks, j + 1)) \
                and not _starts_quantity(toks, j + 1 + unit[1]):
            b.end = j + 1  # "five-year sentence", "12-cent"; not "Rs 200-Rs 250", the next bound's sign
        elif word_at(toks, j) == "-" and word_at(toks, j + 1) == "strong" and _glued_around(toks, j) \
                and not self.expr.bounds:
            b.end, b.strong = j + 2, True  # "a 10,000-strong force"
        return self._bound(b)

    def _bound(self, b: Bound) -> int:
        self.expr.bounds.append(b)
        self.expr.connected = False
        self.pending_unit, self.pending_sign, self.pending_symbol = "", 1, ""
        return b.end

    def _age_decade(self, i: int) -> int | None:
        """'in their 30s', 'in her twenties': ten years of age, 30–39; 'in their teens' 13–19; with a part
        of the ten by the conventions, 'in their early 30s' 30–33; two joined, 'in their late teens and
        early twenties' 17–23."""
        toks = self.toks
        lead = match_phrase(AGE_DECADE_TABLE, toks, i)
        if not lead:
            return None
        first = self._age_in_tens(i + lead[1], lead[0])
        if first is None:
            return None
        low, high, end = first
        if word_at(toks, end) in ("and", "or", "to", "-", "–") and _decade_at(toks, _after_age_part(toks, end + 1)):
            _, high, end = self._age_in_tens(end + 1, lead[0])  # "in their 20s and 30s": 20 to 39
        self.expr.age = True
        if low is high:  # one part of one ten: "in their early 30s"
            return self._bound(replace(low, end=end))
        self._bound(replace(low, end=end))
        self.expr.bounds.append(replace(high, end=end))
        return end

    def _age_in_tens(self, j: int, lead: str) -> tuple[Bound, Bound, int] | None:
        """The age in tens at token j, perhaps after a part of it ('early 30s'): a bound for its first
        and for its last year (one vague bound for both where a part of the ten is named), and the
        index after it."""
        toks = self.toks
        part = word_at(toks, j) if vague.is_age_part(word_at(toks, j)) else ""
        k = _after_age_part(toks, j)
        found = _decade_at(toks, k)
        if found is None:
            if k < len(toks):
                self._fail(k, f"an age in tens after '{lead}{' ' + part if part else ''}', such as '30s' or "
                              "'thirties'")
            return None
        start, last, end = found
        if not part:
            return Bound(value=start, unit="year", end=end), Bound(value=last, unit="year", end=end), end
        term = vague.age_in_tens(part, int(start), int(last))
        if term is None:
            raise RangeParseError(f"{self.text!r}: '{part}' of {toks[k].text!r} is not read: no convention of "
                                  f"{paths.VAGUE_TERMS.name} gives those years", part)
        bound = Bound(vague_low=Decimal(str(term.low)), vague_high=Decimal(str(term.high)), phrase=term.term,
                      unit="year", end=end)
        return bound, bound, end

    # --- after a bound: units, suffixes, the second bound, what is counted --------------------

    def _after(self, i: int) -> int:
        toks, expr = self.toks, self.expr
        n = len(toks)
        t = toks[i]
        w = t.text
        last = expr.bounds[-1]
        adjacent = i == last.end
        eq = match_phrase(OR_EQUAL_TABLE, toks, i)
        if eq and {"ge", "le"} & {expr.prefix, expr.suffix} and not _starts_quantity(toks, i + eq[1]):
            return i + eq[1]  # "less than 5000 or equal", "more than 5000 or equal to": inclusive, as every bound is
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
        if m and (not _starts_quantity(toks, i + m[1]) or _rate(toks, i + m[1])):  # "above 10 and below 15": 'and
            # below' opens the other bound; "$30-odd a week": 'a week' is the rate, no second bound
            if {expr.suffix, m[0]} == {"ge", "le"}:
                raise RangeParseError(f"{self.text!r} is bounded from above and from below at once: keep one bound "
                                      "word ('maximum', 'or more')", w)
            if not expr.suffix or expr.suffix == "approx":
                expr.suffix = m[0]  # "5 or so or more": a bound word outweighs a hedge, as before a figure
            expr.hedged = expr.hedged or m[0] == "approx"
            if (phrase := _phrase_of(toks[i:i + m[1]])) in TIME_BOUNDS:
                expr.time_bound = phrase
            if adjacent:
                last.end = i + m[1]  # "5+ days": the unit still follows its number
            if i + m[1] == n - 1 and toks[-1].text == "than" and toks[i + m[1] - 1].text in COMPARATIVES:
                return n  # "200 or greater than", as other parsers' test suites write it: the text ends there
            return i + m[1]
        part = _and_fraction(toks, i) if last.value is not None and not last.fraction and not expr.rate else None
        if part and (part[0] == Decimal("0.5") or main_unit(last.unit) in DURATIONS):
            last.value += part[0]  # "a year and a half", "one year and a quarter" ("a third and a half" is no number)
            return i + part[1]
        more = self._part(i, last) if not expr.between else None
        if more:
            return more
        widen = match_phrase(WIDEN_TABLE, toks, i) or (("to", 2) if expr.opener == "from" and w == "up"
                                                         and word_at(toks, i + 1) == "to" else None)
        step = widen[1] if widen else 1  # "from 20 up to 40": the second bound, as after 'to'
        spoken = w == "," and self._spoken_range(i, last)
        expr.hedged = expr.hedged or spoken
        joins = widen or w in CONNECTORS or w == "~" or (w == "and" and expr.between) or w == "or" or spoken
        other_side = match_phrase(PREFIX_TABLE, toks, i + 1) if w in ("and", "but", ",") and i + 1 < n else None
        if other_side and expr.prefix in ("ge", "le") and other_side[0] in ("ge", "le") \
                and other_side[0] != expr.prefix and len(expr.bounds) == 1:
            expr.second_prefix = other_side[0]  # "more than 10 and less than 40"
            expr.connected = True
            return i + 1 + other_side[1]
        if w in (",", ";") and i + 1 < n and (match_phrase(WIDEN_TABLE, toks, i + 1) or match_phrase(SUFFIX_TABLE, toks, i + 1)
                                         or match_phrase(FILLER_SUFFIX_TABLE, toks, i + 1)) \
                and (word_at(toks, i + 1), word_at(toks, i + 2)) != ("to", "life"):
            self.core = False
            return i + 1  # "thousands, and perhaps tens of thousands", "5,000, or more" (not "sentenced Rosalinda
            # Dizon, 38, to life imprisonment": an age, then the sentence)
        if w in (".", ",", ";") and i == n - 1:
            self.core = False
            return n  # the full stop of a sentence the figure was copied from
        if joins and len(expr.bounds) == 1 and _starts_quantity(toks, i + step):
            self._refuse_a_dash_inside_a_number(i)
            if w in ("-", "–", "—", "--") and (bound := match_phrase(PREFIX_TABLE, toks, i + 1)) \
                    and bound[0] in ("ge", "le"):  # a hedge may stand there: '2 - ~7 grams
                raise RangeParseError(f"{self.text!r}: {toks[i + 1].text!r} after '{w}': a bound word there ends no "
                                      "range, as in a golf score ('7-under 65'): write 'between 7 and 65'",
                                      toks[i + 1].text)
            expr.connected = True
            return i + step
        if w in CONNECTORS and i == n - 1:
            expr.connected = True  # "10 to": the range's second number is missing
            return n
        rate = _rate(toks, i)
        if rate:
            again = expr.rate == rate[0] and expr.rate_bound == 0 and len(expr.bounds) == 2 and adjacent
            if expr.rate and not again:  # "$2 a day to $5 a day" names one rate twice; "a day to $5 a week" two
                self._second_rate(i, rate[1], rate[0])
                return i + rate[1]
            expr.rate, expr.rate_bound = rate[0], len(expr.bounds) - 1
            return i + rate[1]
        if w in EXTRA_WORDS and adjacent and i + 1 < n and (unit_at(toks, i + 1) or _noun_head(toks, i + 1)):
            last.end = i + 1  # "two more years", "300 additional troops": the figure is what is added
            return i + 1
        if adjacent and not last.unit and _whole_span(toks, i, after_a_number=True):
            self._refuse_an_ordinal(i, last)  # "a seventh consecutive year"
            last.end = i + 1  # "five full years", "three consecutive years"
            return i + 1
        filler = match_phrase(FILLER_SUFFIX_TABLE, toks, i)
        if filler and filler[1] > (unit_at(toks, i) or ("", 0))[1]:
            self.core = False
            return i + filler[1]  # "14,950 year to date": the unit's word begins a longer phrase
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
        if filler:
            self.core = False
            return i + filler[1]
        if (mark := tuple(t.text for t in toks[i:i + 2])) in WHOLE_SUM:
            stated = [u for u in (expr.trailing_unit, *(b.unit for b in expr.bounds)) if u]
            if any(units.currency_of(main_unit(u)) for u in stated):
                return i + 2  # "Rs 5,000/-", "Rs 5,000-10,000/-"
            if not stated and not expr.counted:
                raise RefusedWhole(f"{self.text!r}: {''.join(mark)!r} closes a sum in the local money, as East Africa "
                                   "writes shillings and South Asia rupees and taka: write the currency before it "
                                   "('TSh 65,000/-', 'Rs 500/-')", "".join(mark))
        m = match_phrase(AGE_SUFFIX_TABLE, toks, i)
        if m and main_unit(last.unit or expr.trailing_unit) in DURATIONS:
            expr.age = True
            return i + m[1]
        ages = _age_spans(toks, i) if expr.counted and expr.counted_bound == len(expr.bounds) - 1 else []
        if ages and ages[0][0] == i:
            self.core = False
            return ages[0][1]  # "one in three women aged 15 to 49", "5,000 children aged 5 to 14": who is counted
        what = main_unit(last.unit or expr.trailing_unit or expr.bounds[0].unit)  # "a $30-40bn deal": the low end's
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
        found = self._unit_word(i)
        if not found:
            return None
        unit, used = found
        self._refuse_by_case(toks[i].text)
        self._refuse_an_ordinal(i, last)  # "a seventh month" ('a quarter century' is no ordinal)
        self._refuse_slash_before_a_plural(i, i + used, last)  # "5/6 years" read as 0.83 of a year
        if (toks[i].kind in ("sym", "other") or toks[i + used - 1].text in CURRENCY_SYMBOLS_TEXT) \
                and unit in units.CURRENCIES and word_at(toks, i - 1) in WORDED_ONES:  # "a C$" too
            sign = "".join(t.text for t in toks[i:i + used])
            self._fail(i, f"digits before {sign!r} (a sign is written with digits: 'a £' or 'one $' is "
                          "no sum)")
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

    def _refuse_a_dash_inside_a_number(self, i: int) -> None:
        """'sixty–three thousand': a range dash glued between a tens and a ones word is the hyphen of one
        number typeset as a dash far more often than a range from 60 to 3,000; refused, with both ways."""
        toks = self.toks
        if toks[i].text not in ("–", "—") or i == 0 or i + 1 >= len(toks) or not _glued(toks, i - 1, 3):
            return
        tens, ones = word_at(toks, i - 1), word_at(toks, i + 1)
        if tens in TENS and 0 < ONES.get(ones, 0) < 10:
            raise RefusedWhole(f"{self.text!r}: '{toks[i - 1].text}{toks[i].text}{toks[i + 1].text}' joins the words "
                               f"of one number with a dash: write '{tens}-{ones}' (a range of words is written "
                               "with 'to')", toks[i].text)

    def _refuse_an_ordinal(self, i: int, last: Bound) -> None:
        """A fraction word right before token i that is an ordinal ("a third defendant", "a seventh month"): no
        share of what follows; the error names token i and asks for 'of' if a share was meant."""
        if last.fraction and notfigure.is_ordinal_word(word_at(self.toks, i - 1)):
            self._fail(i, "'of' after a share ('a third of the women')")

    def _refuse_by_case(self, word: str) -> None:
        """A spelling whose case names another thing than the word lower-cased (CASE_DECIDES)."""
        word = word.rstrip(".")  # "1,000 Ft." ending a sentence
        rule = CASE_DECIDES.get(word)
        if rule and (m := rule[0].search(self.text)):
            raise RefusedWhole(f"{self.text!r}: {m.group().strip()!r} is {rule[1]}", word)

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

    def _spoken_range(self, i: int, last: Bound) -> bool:
        """Whether the comma at token i joins a number to the next in its count, the unit or noun after that one only
        ('three, four months', '70, 80 people'): a range as people say it, and an approximate one."""
        toks = self.toks
        if len(self.expr.bounds) != 1 or last.value is None or last.unit or i != last.end or last.value <= 0 \
                or i + 1 >= len(toks):
            return False
        num = _number(toks, i + 1, money=False)
        if not num or num[3] or num[1] >= len(toks):
            return False
        step = Decimal(1)
        while last.value % (step * 10) == 0 and step * 10 <= last.value:
            step *= 10
        return num[0] - last.value == step and bool(unit_at(toks, num[1]) or _noun_head(toks, num[1]))

    def _unit_word(self, i: int) -> tuple[str, int] | None:
        """The unit written at token i after a number, with the letters that are one only there ('45C', '500 g')."""
        toks = self.toks
        letter = word_at(toks, i)  # "47C." ending a sentence
        after_a_number = i and toks[i - 1].kind == "num"
        if letter in TEMPERATURE_LETTERS and after_a_number and toks[i - 1].end == toks[i].start \
                and letter.upper() in TEMPERATURE_GLUED.findall(self.text):
            return TEMPERATURE_LETTERS[letter], 1  # "45C", "104F"
        if letter == GRAM_LETTER and after_a_number and not CAPITAL_G.search(self.text):
            longer = unit_at(toks, i)
            return longer if longer and longer[1] > 1 else ("gram", 1)  # "500g", "500 g"; "12 g/dL" of haemoglobin
        return unit_at(toks, i)

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
        found = self._unit_word(num[1])
        if not found:
            return None
        part_unit, used = found
        if part_unit != last.unit and ((last.unit in DURATIONS and part_unit in DURATIONS)
                                       or _measure_in_parts(last.unit, part_unit)):
            finest = finest_unit(last.unit, part_unit)
            if finest != part_unit:
                return None  # "3 months, 2 years": two figures; a part added is finer ("2 years 3 months")
            factors = (unit_factor(last.unit, finest), unit_factor(part_unit, finest))
            if any(f != f.to_integral_value() for f in factors):
                raise RangeParseError(f"{self.text!r} adds {part_unit}s to {last.unit}s, which have no whole "
                                      f"ratio: write the figure in {finest}s")
            last.value = last.value * factors[0] + num[0] * factors[1]
            last.unit = finest
        elif units.currency_of(main_unit(last.unit)) and part_unit.startswith(MINOR) and word_at(toks, i) != "," \
                and not last.unit.startswith(MINOR):  # "60 cents and 31 cents" was 0.6031 USD: two sums, no parts
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
        if last.strong and i == last.end:
            return self._group(i, last)
        if last.fraction and _noun_head(toks, i):
            self._refuse_an_ordinal(i, last)  # "a third defendant"
        if ((last.is_vague and last.unit == "percent") or last.fraction) and i == last.end and expr.counted_bound < 0:
            head = _noun_head(toks, i)  # "most victims": most of the victims, a share of them
            if head:
                self._refuse_slash_before_a_plural(i, head[0], last)  # "2/3 women" may be two or three
                end = _joined_nouns(toks, *head)  # "one in five women and girls"
                expr.counted, expr.counted_bound = _phrase_of(toks[i:end]), len(expr.bounds) - 1
                return end  # the figure proper keeps the noun phrase: "most female victims"
        if expr.counted_bound == len(expr.bounds) - 1 or last.fraction \
                or any(b.unit and b.unit not in units.COUNT_UNITS for b in expr.bounds) \
                or (expr.trailing_unit and expr.trailing_unit not in units.COUNT_UNITS):
            return None
        if _a_measure_at(toks, i):
            return None  # "Chinese yuan", "North Korean won": a unit, though its first word is a people's
        head = _noun_head(toks, i)
        if head is None:
            return None
        end, unit = head
        if toks[i - 1].kind == "num" and toks[i - 1].end == toks[i].start and not match_phrase(COUNTED_TABLE, toks, i):
            self._fail(i, "a space between a number and the words that say what it counts (a letter glued to a "
                          "number, as in '5G' or '3D', names a thing)")  # "5X people" read 5 people
        self._refuse_one_described(end - 1, last, unit)
        if expr.counted_bound >= 0 and unit != expr.counted_unit:
            self._fail(i, f"the same kind of noun on both ends ('{expr.counted}')")
        end = _joined_nouns(toks, end, unit)
        end += word_at(toks, end) in PARTICIPLES_AFTER_A_COUNT  # "1,000 people arrested"
        if expr.counted_bound >= 0 and not unit and not expr.counted_unit \
                and _noun_key(expr.counted) != _noun_key(_phrase_of(toks[i:end])):
            self._fail(i, f"the same noun on both ends ('{expr.counted}')")  # "more than 40 projects and as many as
            # 12,000 jobs" read as 40–12,000
        if (last.unit or expr.trailing_unit) and unit and unit != (last.unit or expr.trailing_unit):
            self._fail(end - 1, "one unit per figure")
        expr.counted = _phrase_of(toks[i:end])
        expr.counted_bound, expr.counted_unit = len(expr.bounds) - 1, unit
        self.core = i == last.end \
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

    def _refuse_one_described(self, k: int, last: Bound, unit: str) -> None:
        """'a 300m bridge', 'a 5,000 school': a thing in the singular after a number other than one is one thing the
        number describes (its length, its cost, its pupils), no count of them ('2019 report', a year naming one, is
        refused as such in claims.ranges)."""
        noun, after = self.toks[k].text.rstrip("."), word_at(self.toks, k + 1)
        if after and (after[0].isalnum() or after == "-"):
            return  # "6 rhino horns", "14 flood warnings": a noun the table lacks may be what is counted
        if unit or last.value == 1 or noun in units.WRITTEN_SINGULAR or notfigure.LONE_YEAR.fullmatch(last.written):
            return
        if plural := units.plural_of(noun, units.COUNT_NOUNS):
            raise RangeParseError(f"{self.text!r}: {noun!r} is in the singular after a number other than one, which "
                                  f"then describes one {noun} (its size, cost or capacity) and counts none: write the "
                                  f"plural ('{plural}') for a count, or the measure alone", noun)

    def _group(self, i: int, last: Bound) -> int | None:
        """The group whose members a '-strong' figure counts ('a 10,000-strong rebel force'): people."""
        toks, expr = self.toks, self.expr
        end = next((k + 1 for k in range(i, min(i + 3, len(toks))) if word_at(toks, k) in GROUPS_OF_PEOPLE), None)
        if end is None or not all(_may_modify(toks, k) for k in range(i, end - 1)):
            return None
        expr.counted, expr.counted_bound, expr.counted_unit = _phrase_of(toks[i:end]), len(expr.bounds) - 1, "person"
        last.unit, last.end, last.closed, self.core = last.unit or "person", end, True, True
        return end

    def _tail(self, i: int, last: Bound) -> int | None:
        """'of the women' after a share, a count or a measure ('300 grams of rice'), 'in annual profits'
        after money, 'in prison' or "' imprisonment" after a duration: words to the end that say of
        what, what the money is, or what lasts; a rate adjective there ("annual") is kept."""
        toks, expr = self.toks, self.expr
        w = toks[i].text
        unit = last.unit or expr.trailing_unit
        money = bool(unit) and units.currency_of(main_unit(unit)) is not None
        signed = any(b.symbol for b in expr.bounds)  # "US$5.6 billion of seafood a year" (but "1,300 pounds of
        # methamphetamine" weighs, and "10 cents of land" is Kerala's measure of land)
        share = last.fraction or last.is_vague or bool(expr.counted) or (bool(unit) and (not money or signed))
        duration = main_unit(unit) in DURATIONS
        possessive = w in APOSTROPHES and duration and toks[i].start == toks[i - 1].end  # "15 years' imprisonment"
        counted = bool(expr.counted) and not money and not duration  # "1,500 deaths in the Mediterranean"
        if not ((w == "of" and share) or (w == "in" and (money or duration or counted)) or possessive):
            return None
        aged = _aged_tokens(toks, i + 1)  # "of women aged 15 to 49"
        found = _tail_words(toks, i, aged)
        if found is None:
            second = _number_after(toks, i, aged)
            if second is not None and second > i + 1 and not _measure_after(toks, i) \
                    and (toks[second].kind == "num" or is_number_word(word_at(toks, second))):
                self._second_figure(second)  # "5 kg of rice for five people": not 'rice' the word it does not read
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
            w = word_at(toks, k)  # "of water daily." ending a sentence: its rate was dropped
            adverb = match_phrase(RATE_TABLE, toks, k) if w.endswith("ly") and k + 1 == end else None
            if (w not in TAIL_RATE_WORDS and not adverb) or (k == start and w in ("a", "an")) \
                    or (w in ("a", "an") and word_at(toks, k - 1) in AFTER_A_PREPOSITION):
                k += 1  # "a decade in immigration detention for a group": the group's, no rate per group
                continue
            rate = adverb or _rate(toks, k)  # "300 tonnes of rice annually"; "of annual income" is no rate
            if rate:
                verb = next((j for j in range(start, k) if toks[j].text.endswith("ed") and j not in aged), None)
                if verb is not None:
                    self._fail(verb, "a noun phrase saying of what: after a verb ('of rice lasted a month') a "
                                     "time may say how long, not how often")
                if w in ("a", "an") and main_unit(unit) == "percent" and main_unit(rate[0]) not in DURATIONS:
                    thing = " ".join(t.text for t in toks[k + 1:k + rate[1]])
                    raise RangeParseError(f"{self.text!r}: '{w} {thing}' after what a share is of may be a verb's "
                                          "object ('most of us never get a visa') as often as a rate: write "
                                          f"'per {thing}' for a rate", thing)
                if k > start and word_at(toks, k - 1) in ("and", "or") and main_unit(rate[0]) in DURATIONS:
                    self._fail(k - 1, "no 'and' or 'or' right before a rate ('in hospital and a month' is a second "
                                      "length of time)")
                if expr.rate and expr.rate != rate[0]:
                    self._second_rate(k, rate[1], rate[0])
                else:
                    expr.rate = rate[0]
                k += rate[1]
                continue
            if k + 1 < end and toks[k + 1].kind == "word" and w not in ("a", "an") \
                    and not (w in ("each", "every") and main_unit(unit) == "percent"):
                broken = word_at(toks, k + 2) in DURATIONS and _unknown(toks[k + 1])
                self._fail(k + broken, "a rate per year, month, week, day or hour, per person or per unit ('per kg')")
            k += 1


AFTER_A_PREPOSITION = frozenset("for to with from by into at on as like".split())
"""Words before 'a' that make what follows the object of a phrase, no rate ('for a group')."""


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


ONE_OF_NO_SPAN = frozenset({*units.COUNT_UNITS, "percent", "percentage_point"})
"""Units whose 'a' is no figure of one: 'a person' counts no one a claim is about, 'a percent' is written '1%'."""


def _scale_stands_for_one(toks: list[Tok], i: int) -> bool:
    """A scale word opening a figure without its 'a' ('hundred thousand', 'thousand litres'), where no
    number comes before it: the text's first word, or after a word that opens a figure ('some hundred
    people'). After a number or a 'per' it is that number's scale, or a rate per many."""
    return i == 0 or (toks[i - 1].kind == "word" and word_at(toks, i - 1) not in ("per", "a", "an", "one", "-", "and")
                      and not is_number_word(word_at(toks, i - 1)) and word_at(toks, i - 1) not in vague.SCALES)


def _one_span(toks: list[Tok], i: int, *, whole: bool) -> bool:
    """Whether a singular unit that one of stands alone for starts at token i: a span of time, a
    currency or a measure ("a year", "a dollar", "a litre"), or with `whole` a WHOLE_SPAN word and a
    span ("full year"). A plural is no one: "a years" is refused."""
    if whole and not _whole_span(toks, i):
        return False
    i += whole
    unit = unit_at(toks, i)
    if not unit or _plural(word_at(toks, i + unit[1] - 1)) or notfigure.is_ordinal_word(word_at(toks, i)):
        return False  # "a second" is an ordinal ("a second report") before it is a span
    return unit[0] in DURATIONS or (not whole and main_unit(unit[0]) not in ONE_OF_NO_SPAN)


def _sign_of_a_number(toks: list[Tok], i: int) -> bool:
    """A currency's sign or code at token i that opens the number after it ('a $50 fine', 'a USD 5m
    loan'): the article before it is no 'one'. A currency's name is one of it ('a dollar a day'), so
    'a dollar 50' holds two figures, as 'one dollar 50' does (said as $1.50, it was read as $50)."""
    unit = unit_at(toks, i)
    if unit is None or not _starts_quantity(toks, i + unit[1]):
        return False
    written = " ".join(word_at(toks, k) for k in range(i, i + unit[1]))
    return currencies.by_symbol(written) is not None or written.upper() in units.CURRENCIES


SPELLED_AFTER_A_SIGN = frozenset(ONES) | frozenset(TENS)
"""Spelled numbers a currency's sign or code may stand before, as the Indian press writes 'Rs one lakh', 'Rs two
crore' ('a' and 'half' are not among them: 'Rs a lakh' is no way a sum is written)."""
PREPOSITIONS_OR_BOUNDS = frozenset({"under", "over", "above", "below", "about", "around", "beyond"})
"""Bound words that are prepositions too: before 'a' and a sum ('under a £34 million programme', 'over a $5 billion
deal') they say where the thing is, not how large the sum is ('up to a $5,000 fine' bounds it)."""
WORDED_ONES = SPELLED_AFTER_A_SIGN | {"a", "an"}
"""Numbers in words no currency's sign follows: 'a £' and 'one $' are no sum (a sign after a number is written
after digits, '5 $')."""


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
    if cur is None and (code := letter_sign_at(toks, i)):
        return code, 1  # "R1.2 billion", "N30,000"
    return cur


def _after_age_part(toks: list[Tok], j: int) -> int:
    """The index after a part of an age in tens at token j ('early', 'mid-'), or j where there is none."""
    if not vague.is_age_part(word_at(toks, j)):
        return j
    return j + 2 if word_at(toks, j + 1) == "-" and toks[j + 1].start == toks[j].end else j + 1


def _decade_at(toks: list[Tok], j: int) -> tuple[Decimal, Decimal, int] | None:
    """A decade of age at token j ("30s", "thirties", "teens"): its first and last year, and the index after it."""
    if j + 1 < len(toks) and toks[j].kind == "num" and toks[j + 1].text.rstrip(".") in ("s", "'s") \
            and toks[j + 1].start == toks[j].end and re.fullmatch(r"[1-9]0", toks[j].text):
        return Decimal(toks[j].text), Decimal(toks[j].text) + 9, j + 2
    if word_at(toks, j) in DECADE_WORDS:
        first = Decimal(DECADE_WORDS[word_at(toks, j)])
        return first, first + 9, j + 1
    if word_at(toks, j) == TEENS:
        return Decimal(vague.TEEN_YEARS[0]), Decimal(vague.TEEN_YEARS[1]), j + 1
    return None


@lru_cache(maxsize=4096)
def _phrases_from(first: str, vague_id: int) -> tuple[tuple[dict[tuple[str, ...], str], int], ...]:
    """The tables `_broken_phrase` searches that hold a phrase of several words starting with `first`, each
    with its longest such phrase's length (`vague_id` names the vague-terms table the answer holds for)."""
    tables = (PREFIX_TABLE, SUFFIX_TABLE, UNIT_TABLE, WIDEN_TABLE, FILLER_TABLE, FILLER_SUFFIX_TABLE, AGE_TABLE,
              RATE_TABLE, vague_table(), CURRENCY_PREFIX, AGE_DECADE_TABLE, VAGUE_LEAD_TABLE)
    return tuple((table, n) for table in tables if (n := longest_phrase(table, first)) > 1)


def _broken_phrase(toks: list[Tok], i: int) -> tuple[int, str] | None:
    """A known phrase that a word inside it breaks ("at aaa least", "less than or aaa equal to"), at
    or after token i where reading stopped, the phrase starting at i or a few tokens before it:
    (that word's index, the phrase). Only errors come here, so the search may be thorough."""
    for start in range(i, max(-1, i - 4), -1):
        longest = _phrases_from(toks[start].text, id(vague_table()))
        for k in range(start + 1, min(start + 5, len(toks))):
            if start < i and not _unknown(toks[k]):
                continue  # in a phrase begun before where reading stopped, only an unknown word breaks it
            spans = [table for table, n in longest if n > k - start]  # phrases long enough to hold token k
            number_may = toks[start].kind == "num" or _unknown(toks[k])
            if not spans and not number_may:
                continue
            rest = toks[:k] + toks[k + 1:]
            for table in spans:
                found = match_phrase(table, rest, start)
                if found and found[1] > k - start:
                    return k, " ".join(t.text for t in rest[start:start + found[1]])
            number = _number(rest, start, money=False) if number_may else None
            if number and number[1] > k:
                return k, " ".join(t.text for t in rest[start:number[1]])
    return None


def _joined_nouns(toks: list[Tok], end: int, unit: str) -> int:
    """Past counted nouns of the same kind joined by 'and', 'or' or '&' after the one ending at `end`
    ("men and women", "women and girls"): where the noun phrase ends."""
    while end + 1 < len(toks) and toks[end].text in ("and", "or", "&"):
        more = _noun_head(toks, end + 1)
        if more is None or more[1] != unit or _starts_quantity(toks, more[0]):
            break  # "killed 2,946 people and injured more than 5,600": a verb, and another figure
        if _plural(toks[end - 1].text) and word_at(toks, more[0] - 1) in units.PER_NOUN_UNITS:
            break  # "48,000 servers and draw 100 MW": a singular after a plural is a verb, or no noun of the count
        end = more[0]
    return end


def _noun_head(toks: list[Tok], i: int) -> tuple[int, str] | None:
    """The furthest counted noun in the run of modifiers from token i: (index after it, its unit).
    After a plural, a counted noun of another kind ends the run: in '3,000 migrants died crossing'
    the migrants are counted, and 'died crossing' is no count of crossings ('1,000 refugee families'
    counts families)."""
    j, head = i, None
    while j < len(toks):
        if head is None and j > i and toks[j].text in ("and", "or") and not _plural(toks[j - 1].text) \
                and j + 1 < len(toks) and toks[j + 1].kind == "word" and _may_modify(toks, j + 1):
            j += 1  # "14,000 pregnant and lactating women": two modifiers of one noun (not "700 deployments and
            # sea-based workers", two nouns)
            continue
        if not _may_modify(toks, j):
            break
        if j > i and toks[j].text in DETERMINERS:
            break  # "31 described such incidents": 'described' is a verb
        m = match_phrase(COUNTED_TABLE, toks, j)
        if m and head is not None and _plural(toks[head[0] - 1].text) \
                and (m[0] != head[1] or not m[0] and j > head[0]) \
                and not (j == head[0] and toks[j - 1].text in PLURALS_WITHOUT_S):
            break  # "1,000 households speak another language": a plain count's plural, a verb and its object; not "60
            # personnel carriers", "staff cars", a people word before the noun it describes
        if not m and head is not None and toks[j].text.endswith("ly") and _plural(toks[head[0] - 1].text):
            break  # "3,400 rated premises currently receive small business": an adverb, then a verb
        if not m and j > i and toks[j].text.endswith(("ing", "ed")) and _plural(toks[j - 1].text) \
                and (head is None or head[0] == j):
            break  # "14 tankers carrying Russian crude", "14 tankers carried out transfers": a verb after a plural,
            # whose object counts nothing
        if m:
            head = (j + m[1], m[0])
        j += 1
        while j + 1 < len(toks) and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                and toks[j + 1].kind == "word" and toks[j + 1].start == toks[j].end:
            j += 2  # "child-bearing", "border-crossers"; not "libyan- 0"
    return head


PART_DIMENSIONS = frozenset({"[length]^1", "[mass]^1"})
"""Measures written in parts as durations are, a finer part after a coarser: '5 feet 2 inches', '7 lb 4 oz'."""


COMPARATIVES = frozenset({"more", "greater", "larger", "higher", "bigger", "less", "fewer", "smaller", "lower"})
"""The last words of bound phrases ("or more", "or less") a dangling 'than' may follow at the end of a text."""


def _measure_in_parts(whole: str, part: str) -> bool:
    """Whether a `part` measure may be added to a `whole` one: both lengths, or both masses, neither a rate."""
    if "/" in whole or "/" in part or whole in DURATIONS or part in DURATIONS:
        return False
    try:
        return units.dimension_key(whole) == units.dimension_key(part) in PART_DIMENSIONS
    except Exception:  # noqa: BLE001 - a unit pint does not know adds nothing
        return False


def _several_units(word: str) -> str | None:
    """What a unit word that names several units may be ('ton', 'tons': AMBIGUOUS_UNIT_WORDS), or None."""
    return AMBIGUOUS_UNIT_WORDS.get(word.removesuffix("s"))


def _noun_key(phrase: str) -> str:
    """The last word of a counted phrase, singular ('projects' and 'project' are one noun)."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return last[:-1] if last.endswith("s") else last


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
    return unit is not None and unit[0] not in units.COUNT_UNITS


def _tail_words(toks: list[Tok], i: int, aged: set[int] | None = None) -> int | None:
    """After 'of' or 'in' at token i, where the words naming the whole stop: len(toks) when every
    token to the end is such a word, the index of the first that is not (a clause word, a
    symbol), or None when a figure follows ('30% of 2,000' holds two figures). `aged`: the tokens
    of its age qualifiers (`_aged_tokens`), when the caller has them."""
    aged = _aged_tokens(toks, i + 1) if aged is None else aged
    if i + 1 >= len(toks) or _starts_quantity(toks, i + 1) or _number_after(toks, i, aged) is not None:
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


def _number_after(toks: list[Tok], i: int, aged: set[int]) -> int | None:
    """The first number or scale among the words after 'of' at token i, not counting ages; None if none."""
    ages_from = next((k for k in range(i + 1, len(toks)) if toks[k].text == "aged"), len(toks))
    return next((k for k in range(i + 1, len(toks)) if k not in aged and (
        toks[k].kind == "num" or _names_a_number(word_at(toks, k), spelled=k < ages_from))), None)


def _names_a_number(w: str, spelled: bool = True) -> bool:
    """A scale word ('million', 'bn') or, if `spelled`, a number word ('five'): among the words that say
    of what, a second figure ('5 kg of rice for five people' read 5 kg, 'five' passed over as a word).
    Number words after 'aged' are ages ('of women aged fifteen to forty-nine'), of whom the figure is."""
    return (spelled and is_number_word(w)) or w.removesuffix("s") in vague.SCALES or (len(w) > 1 and w in SUFFIX_SCALES)


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
    what it is of. A one-word phrase must end the text: '5% of the minimum wage' is of that wage. A
    filler ending the text ('in total', 'so far') ends the words too, so that a rate or bound before it
    is read ('20 litres of water daily in total' dropped its rate)."""
    found = match_phrase(SUFFIX_TABLE, toks, k)
    if found is not None and (toks[k].text in TAIL_ENDS or k + found[1] == len(toks)
                              or _filler_to_the_end(toks, k + found[1])):
        return True
    return _filler_to_the_end(toks, k)


def _filler_to_the_end(toks: list[Tok], k: int) -> bool:
    """Whether a filler phrase after a figure ('so far', 'in total') starts at token k and ends the text."""
    filler = match_phrase(FILLER_SUFFIX_TABLE, toks, k) if k < len(toks) else None
    return filler is not None and k + filler[1] == len(toks)


WHOLE_SUM = tuple(tuple(mark) for mark in currencies.LOCAL_MONEY_MARKS)
"""After a sum, as South Asia writes a whole one ('Rs 5,000/-': no paise) and East Africa ('KSh 1,000/='); after
anything else it is refused."""
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


def _a_measure_at(toks: list[Tok], j: int) -> bool:
    """Whether a unit other than people's or cases' starts at token j, and no longer counted noun does ('gram' of
    "48 gram panchayats", village councils, begins the noun)."""
    unit = unit_at(toks, j)
    return bool(unit) and unit[0] not in units.COUNT_UNITS \
        and not ((noun := match_phrase(COUNTED_TABLE, toks, j)) and noun[1] > unit[1])


SCALE_LIKE = re.compile(r"[a-z]*(?:illion|illiard|illiards|illions)")
"""Words shaped as a scale ('bazillion', 'squillions'): those of SUFFIX_SCALES and vague.SCALES are read before."""


def _may_modify(toks: list[Tok], j: int) -> bool:
    """Whether token j can stand in a counted noun phrase: a word the grammar has no other use for
    (a count noun, or a modifier such as 'North Korean'), not a unit, number, range or hedge word."""
    t = toks[j]
    if t.kind != "word" or t.text in NOUN_STOPS or t.text in NUMBER_WORDS or t.text in CONNECTORS \
            or t.text in CLAUSE_WORDS:
        return False
    if _a_measure_at(toks, j) or currencies.ambiguous(t.text):
        return False  # "150,000 pesos home" counted homes, 'pesos' their modifier
    if SCALE_LIKE.fullmatch(t.text):
        return False  # "12 bazillion voters" read as 12 voters: a scale claims tracker does not know is no modifier
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
    cur = _currency_at(toks, i)
    if cur and i + cur[1] < len(toks) and toks[i + cur[1]].kind == "num":
        return True  # "from USD 100 to USD 200", "12 to $US 15"
    if t.text in CURRENCY_SYMBOLS_TEXT:
        return _starts_quantity(toks, i + 1)  # "$5", not a "$" that ends "5+ $"
    if t.text in ("-", "+") and i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].start == t.end:
        return True  # a sign glued to its number: "-5 to +10"
    if t.text in SIGN_WORDS and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return True  # "minus 10 to minus 5 degrees Celsius"
    if match_phrase(vague_table(), toks, i):
        return True
    prefix = match_phrase(PREFIX_TABLE, toks, i)
    if prefix and t.text not in ("some",):
        return _starts_quantity(toks, i + prefix[1])
    return _number(toks, i, money=False) is not None


def per_person_per_period(first: str, second: str) -> str:
    """'person/day' for a rate per person (or per one of a counted noun: 'household/month') and one per period, in
    either order; '' for any other pair."""
    whom = next((u for u in (first, second) if u == "person" or u in units.PER_NOUN_UNITS.values()
                 or u in units.PER_MANY_UNITS), "")
    period = second if whom == first else first
    return f"{whom}/{period}" if whom and period in DURATIONS else ""


def _rate(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """'per year', 'a year', '/year', 'each year', 'every year', 'per annum', 'annually', 'per capita',
    'per person' after a figure. 'per 100,000' is refused: a rate per many is not a unit."""
    found = _rate_phrase(toks, i)
    if found and time_after(toks, i + found[1]):
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
    if nxt == "dozen" and w in ("per", "a", "/") and (i + 2 >= len(toks) or not _number(toks, i + 2, money=False)):
        return "dozen", 2  # "$4.82 a dozen" (eggs), as a price is quoted; not "a dozen 5-litre cans"
    u = unit_at(toks, i + 1)
    if u and u[0] in units.MULTIPLES and main_unit(u[0]) in DURATIONS \
            and word_at(toks, i + 1 + u[1]) not in TIME_AFTER:  # "$3 a decade" read as $3 a year
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
    noun = " ".join(word_at(toks, k) for k in range(i + 1, i + 1 + counted[1])) if counted and not counted[0] else ""
    if noun in units.PER_NOUN_UNITS and w in ("per", "a", "an", "/"):
        return units.PER_NOUN_UNITS[noun], 1 + counted[1]  # "US$2.50 per dose", "Rs 5 lakh per family"
    if u and w in ("per", "/") and not units.currency_of(main_unit(u[0])) and u[0] != "percent" \
            and not u[0].startswith(MINOR):
        return main_unit(u[0]), 1 + u[1]  # "$350 per kg"
    if u and w in ("a", "an") and units.dimension_key(main_unit(u[0])) in units.SOLD_BY:
        return main_unit(u[0]), 1 + u[1]  # "$70 a barrel", "$500 a kilo"
    if w in ("per", "/") and (toks[i + 1].kind == "num" or _number(toks, i + 1, money=False) or nxt in vague.SCALES):
        many = _per_many(toks, i)
        if many:
            return many
        if word_at(toks, i + 2) in SUFFIX_SCALES and toks[i + 2].start == toks[i + 1].end:
            nxt += toks[i + 2].text  # "per 100k"
        raise RangeParseError(f"'{w}{'' if w == '/' else ' '}{nxt}' makes the figure a rate per many: "
                              f"{units.PER_MANY_RULE}")
    return None


def _per_many(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """'per 100,000 people', '/1,000 population', 'per lakh women' at token i (the 'per'): the rate's unit and its
    length in tokens; None for another number or what is neither people nor live births ('per 1,000 births')."""
    scale = vague.SCALES.get(word_at(toks, i + 1))  # "per lakh women", "per million people": one of the scale
    got = (Decimal(scale), i + 2, scale, False) if scale else _number(toks, i + 1, money=False)
    if got is None or got[3] or got[0] != int(got[0]) or got[1] >= len(toks):
        return None
    j = got[1]
    who, noun = match_phrase(COUNTED_TABLE, toks, j), j
    if not who and j + 1 < len(toks) and _may_modify(toks, j) and (people := match_phrase(COUNTED_TABLE, toks, j + 1)) \
            and people[0] == "person":
        who, noun = people, j + 1  # "per 100,000 U.S. residents", "per 1,000 young people": a modifier first
    length = who[1] if who else 2 if f"{word_at(toks, j)} {word_at(toks, j + 1)}" in units.LIVE_BIRTHS else 1
    many = units.many_people(str(int(got[0])), " ".join(word_at(toks, k) for k in range(noun, noun + length)))
    return (many, noun + length - i) if many else None
