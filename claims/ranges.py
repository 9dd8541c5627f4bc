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

This module turns what a figure says into a Range: the refusals that need the whole figure, the
units it ends in, the fast lane for compact shapes, and the compact form written back. The token
loop that finds what a figure says is `claims.reader`.
"""
from __future__ import annotations

import copy
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from claims import currencies, notfigure, paths, units
from claims.lexicon import (
    ASIDE, ASIDE_YEAR, BRACKETED_NUMBER, CASE_DECIDES, CURRENCY_PREFIX, DURATIONS, FILLER_TABLE, FOREIGN_SCALES,
    GLUED_M_THOUSANDS, LENGTH_BOUNDS, MARKED_DIGIT, MARKED_LETTER, MINOR,
    PREFIX_TABLE, SCALES_OF_ANOTHER_SIZE, SPACED_CAPITAL_K, SUFFIX_TABLE, TENS, TIME_BOUNDS, UNIT_TABLE,
    WHOLLY_BRACKETED, WORDS_OF_NEPAL_AND_PAKISTAN, as_the_unit_reads,
    asides_dropped, estimate_aside, finest_unit, grammar_words, holds_a_number, interval_aside, is_margin,
    is_price_basis, is_qualifier, join_symbols, main_unit, normalize_unified, phrase_key, place_named, qualifying_aside,
    strip_brackets, tokens, unify, unit_factor, unit_words, unquote,
)
from claims.reader import (
    EXAMPLES, Bound, DoubtfulFigure, Expr, RangeParseError, RefusedWhole, UnknownWord, _exact_digits, _parse_expr,
    _plural, per_person_per_period,
)

KINDS = ("point", "interval", "at_least", "at_most", "approx", "vague")
MAX_LENGTH = 2_000


@dataclass(frozen=True, slots=True)
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
    if 0 <= expr.counted_bound < len(bounds) - 1 and not bounds[-1].unit and not expr.trailing_unit \
            and bounds[-1].scale == 1:  # ("2 people to 3 thousand" is refused for its scale, below)
        raise RangeParseError(f"{text!r}: '{expr.counted}' follows the low end only, so the high end may count "
                              "something else: write the noun after the high end ('5 to 10 people')")  # "the two
        # cities to under 100 milliseconds" read as 2–100 cities
    if expr.plus_minus and bounds[0].unit == "percent" and bounds[-1].unit == "percentage_point":
        bounds[-1].unit = "percent"  # "3% plus or minus 1 percentage point": a margin of points is added to the percent
    for b in bounds:
        written = b.unit or (expr.trailing_unit if b is bounds[-1] else "")  # before other ends lend theirs
        if b.fraction and written in ("percent", "percentage_point"):
            raise RefusedWhole(f"{text!r}: a fraction before a percent may be that share of one percent "
                               "('1/2%' is 0.5%) or a share read as a percent (50%): write it as a decimal "
                               "('0.5%' or '50%')")
        b.unit = b.unit or expr.trailing_unit
    stated = [b.unit for b in bounds if b.unit]
    if expr.counted_plain and 0 <= expr.counted_bound < len(bounds) - 1 and stated \
            and stated[-1] not in units.COUNT_UNITS:
        raise RangeParseError(f"{text!r} mixes units ('{expr.counted}' and {stated[-1]}): write both ends of a range "
                              "in one unit")  # "12 schools to $5 million" read as USD 12–5,000,000
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
        if expr.age and any(b.fraction for b in bounds) and len(bounds) > 1:
            raise RangeParseError(f"{text!r} mixes an age and a share ('half', 'two thirds'): an age's range is "
                                  "written in years at both ends")  # "under the age of five, and more than half [are
            # children]" read as 0.5–5 years
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
    currency of three decimals (KWD) writes its fils so. Before a scale word of a language that groups
    thousands with a point ('US$ 1.500 millones', '€1.500 Mio.') it is refused whatever it counts."""
    if "." in text and (dotted := EUROPEAN_THOUSANDS.search(text)) and \
            (foreign := next((w for w in re.findall(r"[^\W\d_]+", text.lower()) if w in FOREIGN_SCALES), None)):
        written, point = dotted.group(), dotted.group().rstrip("0").rstrip(".")
        raise DoubtfulFigure(f"{text!r}: the languages that write '{foreign}' group thousands with a point, so "
                             f"'{written}' may be {written.replace('.', ',')} or {point}: write "
                             f"'{written.replace('.', ',')}' or '{point}'")  # 'US$ 1.500 millones' is 1.5 billion
    doubtful = [b for b in bounds if "." in b.written and EUROPEAN_THOUSANDS.fullmatch(b.written)]
    if not doubtful:
        return
    currency = currencies.table().get(units.currency_of(main_unit(unit)) or "") if unit else None
    if currency is not None:
        if currency.minor_digits >= 3:
            return
    elif not counted and (not unit or main_unit(unit) in ("percent", "percentage_point")):
        return
    for b in doubtful:
        if b.value == Decimal(b.written):
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
    kelvin = SPACED_CAPITAL_K.search(text) if "K" in text else None
    if kelvin and not expr.counted and not units.currency_of(main_unit(unit or default_unit)):
        raise RefusedWhole(f"{text!r}: 'K' after a space may be kelvin or a thousand: write '{kelvin.group(1)}K' or "
                           "the thousands in full, or 'kelvin' for a temperature", "K")
    thousands = GLUED_M_THOUSANDS.search(text) if any(b.scale == 10 ** 6 and b.base is not None and b.base >= 1000
                                                      for b in bounds) else None
    if thousands and not expr.counted and not units.currency_of(main_unit(unit or default_unit)) \
            and units.dimension_key(main_unit(unit or default_unit)) != "[length]^1":
        n = thousands.group(1)
        raise RefusedWhole(f"{text!r}: {thousands.group()!r} may be {n} metres (a race, a height) or {n} million: "
                           f"write '{n} metres', or the millions with a currency or what they count", "m")
    if expr.money_noun and not units.currency_of(main_unit(unit or default_unit)) \
            and main_unit(unit) != "percent":  # "a fee of 0.75%", "debt of 130% of GDP": a share, as written
        raise RangeParseError(f"{text!r}: '{expr.money_noun} of' names a sum of money, but no currency follows: "
                              "expected an amount such as '10,000 yuan', '$5,000' or a share such as '3%'")
    if expr.plus_minus:
        low, high, kind = _margin(text, bounds, unit_written, expr)
    elif len(bounds) == 2 and expr.second_prefix:
        if expr.suffix in ("ge", "le"):  # "more than 10 and less than 40 or more": the last bound was dropped
            raise RangeParseError(f"{text!r} has a bound word at each end and another after the figure: keep the "
                                  "two that say where the range lies ('more than 10 and less than 40')")
        a, b = bounds if expr.prefix == "ge" else bounds[::-1]
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        kind = "approx" if expr.hedged else "interval"  # "… to as much as $1,000 (est.)" is approximate
    elif len(bounds) == 2:
        a, b = bounds
        if a.closed and not unit_written[1] and a.scale == 1 and b.scale > 1 and a.value is not None:
            raise RangeParseError(f"{text!r}: the low end is written with its unit and the high end with a scale but "
                                  "none, so it is not clear what either applies to: write both ends alike, e.g. "
                                  "'5%–10%' or '5 million–10 million people'")
        if a.scale > 1 and b.lead_scale == a.scale and not a.closed:
            raise RangeParseError(f"{text!r}: the low end's scale may be the first of the high end's ('5 lakh to 6 lakh "
                                  "crore' may mean 5 lakh crore): write each end in full, e.g. '5 lakh crore to 6 lakh "
                                  "crore' or '5-6 lakh crore'")
        _share_scale(a, b)
        _refuse_thousands_doubt(text, a, b)
        low = a.value if a.value is not None else a.vague_low
        high = b.value if b.value is not None else b.vague_high
        if low is not None and high is not None and high < low < 0:
            low, high = high, low  # "-5 to -10%", "-18 °C to -34 °C": falls and frosts written by their size
        if a.value is not None and a.value == b.value:
            raise RefusedWhole(f"{text!r} has the same number at both ends: a split, a score or a vote "
                               "('50-50', '3-3'), not a range; write the figure once")
        if (a.value is None or b.value is None) and low is not None and high is not None and low >= high:
            raise RangeParseError(f"{text!r} reads as {_plain(low)} to {_plain(high)} by the conventions for vague "
                                  "terms: no range lies between them; write the figure the source means")
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
    given = not unit and bool(default_unit)
    if given:
        if expr.counted_plain:
            raise RangeParseError(f"{text!r} counts {expr.counted!r}, but the unit given is {default_unit} "
                                  f"({units.dimension_name(default_unit)}): leave the unit blank, or give the noun "
                                  f"its unit in {paths.COUNT_NOUNS.name}")
        unit = default_unit
    if expr.time_bound and unit and main_unit(unit) not in DURATIONS \
            and not (expr.time_bound in LENGTH_BOUNDS and units.dimension_key(main_unit(unit)) == "[length]^1"):
        # "12 euros to life", "hundreds or older dollars"; but "longer than 3,500 km"
        raise RangeParseError(f"{text!r}: {expr.time_bound!r} bounds a time (a sentence, an age; 'longer' a length "
                              "too), but the figure is "
                              f"{units.dimension_name(unit)} ({unit}): write the bound it means "
                              f"({'up to' if PREFIX_TABLE.get(phrase_key(expr.time_bound)) == 'le' else 'or more'!r})",
                              expr.time_bound.split()[-1])
    if expr.rate:  # a vague term's convention may run past the period ("several days a week"), not start past it
        starts = [b.value if b.value is not None else b.vague_low for b in bounds] if phrases else [low, high]
        ends = [v for v in starts if v is not None]
        if ends:  # "thousands of months a year", "under decades annually": two figures
            _check_time_per_time(text, min(ends) if phrases else max(ends), unit, expr.rate)
        unit = _rate_unit(text, unit, expr.rate, given)
    return Range(_to_float(low), _to_float(high), unit, kind, text, phrases, expr.counted)


def _rate_unit(text: str, unit: str, per: str, given: bool) -> str:
    """The unit of a figure written per a period or measure ('$5 a day'): its unit per that. A bare
    number in a unit given as a rate per the same ('5 a year' in USD/year) is in that unit; a rate of
    a rate ('70 mph a day', '$5 per km/h') is refused, not read as a unit pint would take otherwise."""
    many = next((p for p in per.split("/") if p in units.PER_MANY_UNITS), "")
    if many and (unit in units.COUNT_UNITS or given and unit.partition("/")[0] == "1"):
        unit, given = "", False  # "5.3 victims per 100,000 people": a rate per so many people, whoever the counted
        # noun counts; in a metric per other many ("0.5 per 1,000" where it is per 100,000) it converts
    if "/" not in unit and ("/" not in per or per_person_per_period(*per.split("/", 1)) == per):
        return f"{unit or '1'}/{per}"  # "$5 a day", "15 litres per person per day"
    if given and unit.partition("/")[2] == per:
        return unit
    if given and "/" not in per:
        raise RangeParseError(f"{text!r} is a figure per {per}, but the unit given is {unit}: write it per "
                              f"{unit.partition('/')[2]}, or give its own unit")
    raise RangeParseError(f"{text!r} reads as a rate of a rate ({unit or 'a number'} per {per}): claims tracker "
                          "keeps one rate to a figure; write the figure per one period or measure ('70 mph', "
                          "'$5 a day')")


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


def _unmatched_bracket(text: str) -> str:
    """The first bracket of `text` without its other half ('1,500) people', '(about 5,000'), or ''."""
    open_at: list[str] = []
    for char in text:
        if char in "([":
            open_at.append(char)
        elif char in ")]":
            if not open_at or open_at.pop() != "([)]"[")]".index(char)]:
                return char
    return open_at[0] if open_at else ""


def _refuse_not_figure(text: str) -> None:
    """A number that names a thing or a date (`claims.notfigure`), or a lone year, is not a figure;
    nor is one wholly in brackets, and an aside that qualifies it or gives its uncertainty is not
    passed over (`lexicon.qualifying_aside`, `lexicon.interval_aside`). `claims.bulk` asks the same
    of texts with brackets."""
    spaced = " ".join(text.split())
    if notfigure.NOT_GIVEN.fullmatch(spaced):
        raise RangeParseError(f"{text!r} is not a figure: it is how a table marks a figure not given, or none of a "
                              "thing ('n/a', '..', '—', 'nil'): give the figure (0 for none), or leave the claim out",
                              spaced)
    found = notfigure.first(spaced)
    if found and asides_dropped(spaced):  # "5,000 (in 2019)", "(Article 12)": an aside passed over, as "(as of 2019)"
        found = next((f for f in notfigure.find(spaced) if not _in_an_aside(spaced, f)), None)
    if found:
        what = "it" if found.text.strip() == spaced.strip() else f"'{found.text.strip()}'"
        raise RangeParseError(f"{text!r} is not a figure: {what} {found.reason}")
    stray = _unmatched_bracket(spaced)
    if stray:
        raise RangeParseError(f"{text!r} has an unmatched {stray!r}: the figure may be cut from a longer text, "
                              "with what the brackets held ('(up to 1,500) people'); write it whole", stray)
    bare = ASIDE.sub(" ", spaced)  # "about 2005 (Kim 2019)": a citation after the year is no count's
    if any(rule.fullmatch(t) for rule in (notfigure.LONE_YEAR, notfigure.HEDGED_YEAR) for t in (spaced, bare)):
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
    dated = [m.group() for m in ASIDE.finditer(spaced) if ASIDE_YEAR.search(m.group())]  # two times: a change
    if len(dated) > 1 and len(set(dated)) > 1:
        raise RefusedWhole(f"{text!r}: {dated[0]!r} and {dated[1]!r} date it at two times: two figures, a change "
                           "rather than a range: put one in value, the other in a claim of its own", dated[0])
    aside = qualifying_aside(spaced)
    if aside and is_qualifier(aside):
        raise RangeParseError(f"{text!r}: {aside!r} says what the figure is, or that it changed (a projection or a "
                              "target, a suspended sentence, a narrower scope, another figure it became), which "
                              "claims tracker does not pass over: put that in the claim's other columns (subject, "
                              "geography, period, notes), or the figure it became in value", aside)
    if aside and is_price_basis(aside):
        raise RangeParseError(f"{text!r}: {aside!r} says the sum is in other prices than its day's (purchasing power "
                              "parity, or constant prices), which claims tracker does not convert: give the sum as "
                              "the source states it in the money of its day, or leave the claim out", aside)
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
    "EUR 5m", "≥30%", "just 2 million US dollars", "5 or more children", "1,000 yuan (US$143)") as one
    regex over the lower-cased text, with the tables that give its groups a meaning."""
    prefixes = {" ".join(k): v for k, v in PREFIX_TABLE.items()}
    rated = units.rated_currencies()
    signs = {k[0]: u for k, u in CURRENCY_PREFIX.items() if len(k) == 1 and (units.currency_of(u) or "USD") in rated}
    symbols = {k: u for k, u in signs.items() if not k[:1].isalpha() or k in ("us$", "u.s.$")}
    codes = {k: u for k, u in signs.items() if len(k) == 3 and k.isalpha()}  # "EUR 5": only before a space
    words = {" ".join(k): u for k, u in UNIT_TABLE.items()
             if ((len(k) == 1 and not k[0].endswith(".")) or k == ("per", "cent")
                 or (units.currency_of(u) and all(w.isalpha() for w in k)))
             and (units.currency_of(u) or "USD") in rated and " ".join(k) not in CASE_DECIDES}

    def alt(xs) -> str:
        return notfigure.word_trie(xs)  # the longest first, as an alternation, but a letter at a time: the units'
        # words are over a thousand

    num = _PLAIN_NUMBER
    scale = f"(?:{alt(FAST_SCALES)})(?![a-z])"  # "42MYR" is ringgit, "5km" kilometres: no scale
    fillers = {" ".join(k) for k in FILLER_TABLE} - {"anywhere"}  # "anywhere from" opens a range
    pattern = (f"(?:(?P<fill>{alt(fillers)}) )?(?:(?P<pre>{alt(prefixes)})(?: |(?<![a-z])))?"
               "(?:(?P<open>between|anywhere from|from) )?"
               f"(?:(?P<c1>{alt(symbols)})|(?P<k1>{alt(codes)}) )?(?P<a>{num})(?P<x1>{scale})?(?P<u1>%)?"
               f"(?:(?: ?(?P<sep>[–—-]) ?| (?P<word>to|and) )(?:(?P<c2>{alt(symbols)})|(?P<k2>{alt(codes)}) )?"
               f"(?P<b>{num})(?P<x2>{scale})?)?"
               f"(?P<plus>[+])?(?: ?(?P<unit>{alt(words)}))?(?: (?P<suf>{alt(FAST_SUFFIXES)}))?"
               f"(?: (?P<after>{alt(words)}))?"
               rf"(?: \((?:us)?\$(?:{num})\))?")  # a sum converted into dollars, passed over as the loop does
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
        expr.time_bound = m["suf"] if m["suf"] in TIME_BOUNDS else ""
    if pre in TIME_BOUNDS:
        expr.time_bound = pre  # "longer than 6 months"
    word = m["unit"] or m["after"]
    if word:
        unit = units_of[word]
        if expr.bounds[-1].unit:
            return None  # "$5 dollars": the token loop's error to give
        expr.bounds[-1].unit, expr.bounds[-1].closed = unit, True
        if unit in units.COUNT_UNITS:
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
    norm, expr, names = _read_with_estimate(unquote(unify(text)), text)
    toks = tokens(norm)
    end = len(toks) if expr.core_end < 0 else expr.core_end
    return r, names.restore(norm[:toks[end - 1].end]) if end else ""


def _read(text: str) -> Expr:
    """Any figure, through the not-a-figure rules and the token loop."""
    power = MARKED_DIGIT.search(text)
    if power:
        number = re.search(r"[0-9][0-9.,]*$", text[:power.start()])
        where = f"after {number.group()!r}" if number else "here"
        raise RangeParseError(f"{text!r}: {power.group()!r} {where} is a power, or a footnote or list mark, "
                              "not a digit: write the number in full ('1,000,000' for 10⁶) and leave marks out",
                              power.group())
    letter = MARKED_LETTER.search(text)
    if letter:
        raise RangeParseError(f"{text!r}: {letter.group()!r} is a superscript or subscript letter, a footnote's mark, "
                              "not a letter of the figure: read the note, and write the figure without the mark",
                              letter.group())
    ordinal = TENS_SECOND.search(text)
    if ordinal:
        tens = ordinal.group(1).lower()
        raise RefusedWhole(f"{text!r}: {ordinal.group()!r} may be an ordinal ('the {tens}-second floor', the "
                           f"{TENS[tens] + 2}nd) or {tens} seconds: write '{TENS[tens]} seconds' for a length of "
                           "time", ordinal.group())
    mark = FOOTNOTE_MARK.search(text)
    if mark:
        raise RangeParseError(f"{text!r}: {mark.group()!r} marks a footnote, which may say the figure is an estimate, "
                              "provisional or of a narrower scope: read the note, and write the figure without the "
                              "mark ('~5,000' if the note says it is an estimate)", mark.group())
    _refuse_european_number(text)
    return _read_with_estimate(unquote(unify(text)), text)[1]


TENS_SECOND = re.compile(rf"(?i)\b({'|'.join(TENS)})[-‐‑]second\b")
"""'forty-second': the ordinal 42nd as often as forty seconds ('a forty-second clip')."""
FOOTNOTE_MARK = re.compile(r"(?<=[\w%)\]])[*†‡§¶]+(?=[\s.,;:)]*$)")
"""'3.4 million*', '18.2%**', '2,310†': a table's footnote mark closing the figure."""


DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:([. ])\d{3}(?:\1\d{3})*)?,\d{1,2}(?![\d])(?![.,]\d)")
"""'1,2 million', '12,5 %', '1.412,50', '1 234,56 €': a comma before one or two digits, as much of Europe writes a
decimal point."""
POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d])(?![.,]\d)")
"""'1.234.567': thousands grouped by points, as much of Europe groups them."""


def _refuse_european_number(text: str) -> None:
    """A number written the European way reads as two figures ('1,2 million': 1 and 2 million) or none:
    refused whole, saying how to write it, so that no piece of it is taken for the figure."""
    m = DECIMAL_COMMA.search(text)
    if m:
        n = m.group()
        digits = "one digit" if len(n) - n.rindex(",") == 2 else "two digits"
        raise DoubtfulFigure(f"{text!r}: '{n}' has a comma before its last {digits}, as much of Europe writes a "
                             f"decimal point: write '{n.translate(str.maketrans('., ', ',.,'))}' (a point before the "
                             "decimals, commas between thousands), or two figures apart", n)
    m = POINT_THOUSANDS.search(text)
    if m:
        n = m.group()
        raise DoubtfulFigure(f"{text!r}: '{n}' groups its thousands with points, as much of Europe does: write "
                             f"'{n.replace('.', ',')}'", n)


def _read_with_estimate(unified: str, text: str) -> tuple[str, Expr, _Names]:
    """`_read_unified`, where an aside saying the figure is an estimate ('5,000 (est.)') reads as a hedge."""
    if "(" not in unified and "[" not in unified:
        return _read_unified(unified, text)
    spaced = " ".join(unified.split())
    estimate = estimate_aside(spaced)
    if estimate is None:
        return _read_unified(unified, text)
    norm, expr, names = _read_unified(spaced.replace(estimate, " ", 1), text)
    if not expr.suffix:  # a bound word outweighs it, as 'at least 5,000 or so' is 5,000+
        expr.suffix = "approx"
    expr.hedged = True
    return norm, expr, names


class _Names:
    """Names of things ('COVID-19', 'CO2') put by words no table holds, to read a figure past them."""

    STAND_IN = "namedthing"

    def __init__(self, spaced: str, found: list[notfigure.NotFigure]) -> None:
        self.names = [f.text.lower() for f in found]
        self.masked = spaced
        for i, f in reversed(list(enumerate(found))):
            self.masked = self.masked[:f.start] + self._word(i) + self.masked[f.end:]

    def _word(self, i: int) -> str:
        return self.STAND_IN + "abcdefghijklmnopqrstuvwxyz"[i]

    def restore(self, text: str) -> str:
        for i, name in enumerate(self.names):
            text = text.replace(self._word(i), name)
        return text


_NO_NAMES = _Names("", [])


def _named_things(unified: str) -> _Names | None:
    """The names of things in a figure's words, when each stands as a word of its own after its first
    word ('5,000 COVID-19 deaths', '300 H-2A visas', '5 tonnes of CO2') and nothing else there is
    refused as no figure; else None. At most as many as there are stand-in words."""
    spaced = " ".join(unified.split())
    found = notfigure.find(spaced)
    if not found or len(found) > 26:
        return None
    glued = notfigure.MESSAGES["glued"]
    if any(f.reason != glued or f.start == 0 or spaced[f.start - 1] != " " or not _may_name_a_thing(f.text)
           for f in found):
        return None
    return _Names(spaced, found)


def _may_name_a_thing(name: str) -> bool:
    """'COVID' of 'COVID-19', 'G' of 'G7': letters no figure writes before a number but a unit's. Those of
    'than35' or 'million5' are a figure's words without their space, no name to read past."""
    letters = re.match(r"[^\W\d_]*", name).group().lower()
    return letters not in grammar_words() or letters in unit_words()


def _read_unified(unified: str, text: str) -> tuple[str, Expr, _Names]:
    """The normalized text read, its reading, and the names of things read past (see `_named_things`).

    A name of a thing read past stands where the reader takes a word it does not know: in the phrase
    of the noun a count counts, after 'of', in an aside. It names what the figure is of, and the
    figure reads as it would with a plain word there. Anywhere else (before the number, after a
    unit: '5 tonnes CO2') the reading fails, and the name is refused as no figure, as before.
    """
    try:
        _refuse_not_figure(unified)
    except RangeParseError as refused:
        names = _named_things(unified)
        if names is None:
            raise
        try:
            _refuse_not_figure(names.masked)
            norm = join_symbols(normalize_unified(strip_brackets(names.masked)))
            expr = _parse_expr(norm, text)
        except RangeParseError as other:
            if other.word and names.STAND_IN not in str(other) and names.STAND_IN not in other.word:
                raise  # a word it does not know besides the name ('5,000 COVID-19 deaths zork'): name that word
            raise refused from None
        expr.counted = names.restore(expr.counted)
        return norm, expr, names
    norm = join_symbols(normalize_unified(strip_brackets(unified)))
    if not norm:
        raise RangeParseError(f"empty value: expected a figure such as {EXAMPLES}")
    return norm, _parse_expr(norm, text), _NO_NAMES


MONEY_OF_ANOTHER_SCALE = frozenset().union(*(where for where, _ in SCALES_OF_ANOTHER_SIZE.values()))
"""The currencies after which a scale suffix may be another size: every other figure skips the check."""


def _refuse_a_scale_of_another_size(text: str, r: Range) -> None:
    """'R$ 50 mil' (a thousand in Portuguese, a million in Malaysian English), 'Rp 5 M' (miliar, a billion, in the
    Indonesian press): a scale suffix that after this currency may be another size (lexicon.SCALES_OF_ANOTHER_SIZE);
    read on the text as written, as 'M' becomes 'million' before the reader sees it."""
    currency = r.unit[:3] if r.unit[:3] in MONEY_OF_ANOTHER_SCALE else None
    for word, (where, sizes) in SCALES_OF_ANOTHER_SIZE.items() if currency else ():
        if currency in where and (written := re.search(rf"(?<=[\d\s]){word}\b", text, re.I)):
            raise RefusedWhole(f"{text!r}: {written.group()!r} after {currencies.name(currency)} may be {sizes}", word)


def _refuse_rupees_of_another_scale(text: str, r: Range) -> None:
    """'Rs 12 arba', 'Rs 3,900 per maund': a word of Nepal's or Pakistan's press, where 'Rs' alone reads as Indian
    rupees."""
    if not r.unit.startswith("INR") or "₹" in text:
        return
    words = re.findall(r"[^\W\d_]+", text.lower())
    if "inr" not in words and (word := next((w for w in words if w in WORDS_OF_NEPAL_AND_PAKISTAN), None)):
        raise RangeParseError(f"{text!r}: '{word}' is how the Nepali and Pakistani press write, so these rupees may "
                              "be Nepal's or Pakistan's: write the code ('NPR', 'PKR' or 'INR') before the number")


def _refuse_another_place_s_money(text: str, r: Range) -> None:
    """'Rs 50,000 (Sri Lanka)', '$500 (Canada)': a place in brackets may say whose money the figure
    is, when its sign or name may stand for that place's currency, and it is not the currency the
    figure reads ('Rs' and '$' alone are Indian rupees and US dollars by convention): refused whole,
    never read in the wrong currency. '$2 a day (Sri Lanka)' is US dollars: '$' is no rupee."""
    if "(" not in text and "[" not in text:
        return
    code = units.currency_of(main_unit(r.unit.split("/")[0])) if r.unit else None
    if not code:
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
def _parse_cached(text: str, unit: str) -> Range | RangeParseError:
    """The reading of a text, or why it is refused: a refusal is kept too, for a file's check asks again
    (to say why, in the metric's unit and without it), and refusing is the reader's slowest path."""
    try:
        return _read_figure(text, unit)
    except RangeParseError as exc:
        refused = _named_metric(text, unit, exc) or _words_around(text, unit, exc) or exc
    except (ArithmeticError, InvalidOperation, ValueError, KeyError, IndexError) as exc:
        refused = RangeParseError(f"could not read {text!r} as a figure ({exc}); expected e.g. {EXAMPLES}")
    refused.__traceback__ = refused.__context__ = refused.__cause__ = None  # no frames kept alive by the cache
    return refused


METRIC_BEFORE = re.compile(r"(?P<lead>(?:(?:an?|the)\s+)?[A-Za-z][\w'’ -]{0,60}?\s+(?:of|at))\s+(?P<rest>\S.*)", re.S)
"""A figure after the name of what it measures: 'a fertility rate of 0.72', 'life expectancy of 83.5 years'."""


def _named_metric(text: str, unit: str, refused: RangeParseError) -> RangeParseError | None:
    """The refusal of a figure written after the name of what it measures, saying where that name goes (the
    generic one named its first word); None when the text is no such figure."""
    m = METRIC_BEFORE.fullmatch(text.strip())
    if not m or isinstance(refused, RefusedWhole) or not refused.word \
            or refused.word.lower() not in m.group("lead").lower().split():
        return None
    if isinstance(_parse_cached(m.group("rest"), unit), RangeParseError):
        return None
    return RangeParseError(f"{text!r}: '{m.group('lead')}' names what the figure measures, which goes in the metric "
                           f"(or the notes), not in the figure: write the figure alone ('{m.group('rest')}')",
                           refused.word)


def _words_around(text: str, unit: str, refused: RangeParseError) -> RangeParseError | None:
    """The refusal of a figure with words before it, or after its unit, that are no part of it ('fell 0.4 per cent',
    '40% more', 'a 20kg bag'), saying what the figure alone reads as; None when no such figure is left without them.
    Which way a figure moved, or what it is of, is the metric's to say: 'fell 0.4%' is 0.4% in a metric of falls,
    -0.4% in one of changes, and a 12% fall in a share may be a relative one or percentage points."""
    words, word = text.split(), (refused.word or "").lower()
    if not isinstance(refused, UnknownWord) or not word:
        return None
    cuts = [(words[cut:], words[:cut], False) for cut in range(1, min(3, len(words) - 1) + 1)]
    cuts += [(words[:-cut], words[-cut:], True) for cut in range(1, min(2, len(words) - 1) + 1)]
    for kept_words, dropped_words, after in cuts:
        kept, dropped = " ".join(kept_words), " ".join(dropped_words)
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", dropped.lower()) \
                and not holds_a_number(dropped) and holds_a_number(kept) \
                and not {w.lower().strip(",.;:") for w in dropped_words} & unit_words() \
                and isinstance(reading := _parse_cached(kept, unit), Range) \
                and (not after or reading.kind != "interval" and _written_unit(kept)):  # a word after a bare number
            # is in its unit's place ('30-50 zorkmids', in a metric of percent too), and one after a range may be
            # what its high end counts ('₦8,000 to 12 million poor households'); and no figure is 'a week' without
            # a number ('twice a week')
            return RangeParseError(f"{refused.head}: without {dropped!r}, the figure reads {format_range(reading)}; "
                                   f"write {kept!r} alone, and what {refused.word!r} says (which way the figure "
                                   "moved, or what it is of) in the metric or the notes", refused.word)
    return None


def _written_unit(text: str) -> bool:
    """Whether the figure names its unit itself (not the metric's unit)."""
    return isinstance(reading := _parse_cached(text, ""), Range) and bool(reading.unit)


def _read_figure(text: str, unit: str) -> Range:
    if len(text) > MAX_LENGTH:
        raise RangeParseError(f"value is {len(text):,} characters long; expected a short figure such as {EXAMPLES}")
    read_as = as_the_unit_reads(text, units.dimension_key(unit)) if unit else text
    expr = None
    if read_as != text:
        try:
            expr = _fast(read_as) or _read(read_as)
        except RangeParseError:
            pass  # no figure read the metric's way ("4.5m people" in metres): the text as written says why
    try:
        r = _build(expr or _fast(text) or _read(text), text, unit)
    except RefusedWhole as refused:
        code = units.currency_of(main_unit(unit)) if unit else None
        if code not in currencies.ambiguous(refused.word or ""):
            raise
        written = currencies.every_named_as(text, code)[0]  # "1,500 riyals" in a metric of Saudi riyals: the unit says
        r = _build(_fast(written) or _read(written), text, unit)
    _refuse_another_place_s_money(text, r)
    _refuse_rupees_of_another_scale(text, r)
    _refuse_a_scale_of_another_size(text, r)
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
    found = _parse_cached(text, default)
    if isinstance(found, RangeParseError):
        raise copy.copy(found)  # a new error each time: the cached one stays without a traceback
    return found


# --- writing the compact form --------------------------------------------------------------

def _fmt_number(x: float, decimals: int | None = None) -> str:
    """`decimals` places, or two significant digits below 1 where those are more ('0.001%' of '1 in 100,000'
    was written '0%', which reads back as none)."""
    sign = "−" if x < 0 else ""
    x = abs(x)
    if decimals is not None:
        x = round(x, max(decimals, 1 - math.floor(math.log10(x))) if 0 < x < 1 else decimals)
    if x == int(x) and x < 1e16:
        body = f"{int(x):,}"
    else:
        body = format(Decimal(repr(x)), ",f")
    return sign + body


def _with_unit(body: str, unit: str, value: float | None, plus: str = "") -> str:
    """Attach the unit: '$' before, '%' right after, words and codes after a space."""
    if not unit:
        return body + plus
    if units.named_rate(unit):  # '60 km/h', '70 mph'
        return f"{body}{plus} {units.unit_label(unit, value)}"
    num, _, per = unit.partition("/")
    suffix = "".join(f"/{units.unit_label(p, 1)}" for p in per.split("/")) if per else ""
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
