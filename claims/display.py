"""Numbers as readers see them: one rule for every figure the dashboard, its charts and its sentences show.

A figure a report states is shown as it was written (300,000; 2.5; 66.67). A figure the program
worked out — converted to US dollars, a third as a percent, a rate per year — is shown to a few
significant figures ("36", not "36.2371"; "33", not "33.33"): its last digits are the machine's, not
the source's. Exports keep full precision; this is only for display.
"""
from __future__ import annotations

import math

from claims import units

SIGNIFICANT_BELOW_100 = 2
SIGNIFICANT_FROM_100 = 3


def is_as_written(x: float) -> bool:
    """Whether `x` has at most two decimals, as figures in reports do; a longer tail is worked out."""
    scaled = x * 100
    return abs(scaled - round(scaled)) <= 1e-9 * max(1.0, abs(scaled))


def significant(x: float, digits: int) -> float:
    """`x` rounded to `digits` significant figures."""
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def figure(x: float | None) -> str:
    """A number for a reader: as written if it looks stated, else to 2 significant figures below 100 and
    3 from 100 ('36', '1,040', '0.037'); '' for none, 'open' for an open end."""
    if x is None or math.isnan(x):
        return ""
    if math.isinf(x):
        return "open"
    if not is_as_written(x):
        x = significant(x, SIGNIFICANT_FROM_100 if abs(x) >= 100 else SIGNIFICANT_BELOW_100)
    if abs(x) >= 100 or x == int(x):
        return f"{x:,.0f}"
    return f"{x:,.10f}".rstrip("0").rstrip(".")


def span(low: float | None, high: float | None) -> str:
    """'10,000–300,000', or one figure when both ends show alike."""
    a, b = figure(low), figure(high)
    return a if a == b else f"{a}–{b}"


def amount_span(lowest: float | None, highest: float | None, unit: str, lowest_open: bool = False,
                highest_open: bool = False, *, dash: bool = True) -> str:
    """The span of some estimates in words, one rule for every sentence that names one: '30–50%',
    '$100–$1,000', '2,000–5,000 people'; with an open end, or `dash` False, joined by 'to': '30% to
    at least 90%', '2,000 to 5,000 people', 'up to 500 people to at least 10,000 people'. A word
    unit is said once, after the high end; a dash also takes the '%' of the low end."""
    if lowest is None or highest is None:
        return ""
    low = ("up to " if lowest_open else "") + amount(lowest, unit)
    high = ("at least " if highest_open else "") + amount(highest, unit)
    if low == high:
        return low
    zero = amount(0, unit)
    suffix = zero[1:] if zero.startswith("0") else ""  # '%' or ' people' after the number; '$0' has none
    if dash and not (lowest_open or highest_open):
        return f"{low.removesuffix(suffix) if suffix else low}–{high}"
    if suffix.startswith(" ") and not lowest_open:
        low = low.removesuffix(suffix)
    return f"{low} to {high}"


def per_one(unit: str) -> str:
    """The period or measure of a rate as a sentence says it: 'a year', 'an hour', 'a barrel', 'a person a day'."""
    if "/" in unit:
        return " ".join(per_one(part) for part in unit.split("/"))
    if unit in units.PER_MANY_UNITS:
        return f"per {units.unit_label(unit, 1)}"  # '8 per 100,000 people'
    label = units.unit_label(unit, 1).replace("_", " ")
    return f"{'an' if label[:1] in tuple('aeio') or label.startswith('hour') else 'a'} {label}"


def amount(x: float | None, unit: str) -> str:
    """A figure with its unit as a sentence says it: '30%', '$1,000', '500 CNY', '10,000 people',
    '5,000 people a year', '$15 an hour', '70 mph'."""
    number = figure(x)
    if units.named_rate(unit):
        return f"{number} {units.unit_label(unit, x)}"
    base, _, per = unit.partition("/")
    rate = f" {per_one(per)}" if per else ""
    if base == "percent":
        return f"{number}%{rate}"
    code = units.currency_of(base) if base else None
    if code == "USD":
        return f"${number}{rate}"
    if code:
        return f"{number} {code}{rate}"
    return f"{number} {units.unit_label(base)}{rate}" if base not in ("", "1") else f"{number}{rate}"
