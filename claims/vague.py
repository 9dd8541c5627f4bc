"""The vague-term conventions: how "several hundred" or "thousands" is read as an interval.

They live in one editable table, data/vague_terms.csv (term, low, high, reading, unit). A term not in
the table but made of a multiplier term and a scale word ("a few million", "several dozen") is read
as the multiplier's interval times the scale; a part of an age in tens ("early" of "in their early
30s") as those years of the ten.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims import paths

SCALES: dict[str, int] = {"dozen": 12, "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lac": 100_000,
                          "million": 1_000_000, "crore": 10_000_000, "billion": 1_000_000_000,
                          "milliard": 1_000_000_000, "trillion": 1_000_000_000_000,
                          "quadrillion": 1_000_000_000_000_000}
"""Scale words: after a number ("8 lakh", "2 crore", "1.2 million", a budget in dong's "VND1.84 quadrillion", the
milliard of Swedish and Swiss English, a thousand million) and after a multiplier term; 'lac' is lakh as much of the
Indian press spells it ('Rs 5 lacs')."""
MULTIPLIERS: tuple[str, ...] = ("a couple", "a few", "a handful", "several", "many")
AGE_PART = "age"
"""The unit of a term that names part of an age in tens ('early', 'mid', 'late'): its low and high are
years into the ten. Such a term is read only before an age in tens ('in their early 30s'), never alone."""
TEEN_YEARS = (13, 19)
"""'in their teens': the years of age the teens are."""


@dataclass(frozen=True)
class VagueTerm:
    """One convention: `term` is read as low–high; `reading` says why, for readers.

    `unit` is set for terms that are shares ("most" is 50–100 percent) whatever noun follows them.
    """

    term: str
    low: float
    high: float
    reading: str = ""
    unit: str = ""


class ConventionError(ValueError):
    """The conventions file itself is malformed."""


@lru_cache(maxsize=None)
def conventions(path: Path = paths.VAGUE_TERMS) -> dict[str, VagueTerm]:
    """The conventions table, keyed by lower-case term."""
    table: dict[str, VagueTerm] = {}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row_no, row in enumerate(csv.DictReader(fh), start=2):
            term = " ".join((row.get("term") or "").lower().split())
            try:
                low, high = float(row["low"]), float(row["high"])
            except (TypeError, ValueError, KeyError):
                raise ConventionError(f"{path}:{row_no}: low and high must be numbers") from None
            if not term or low > high:
                raise ConventionError(f"{path}:{row_no}: needs a term and low <= high")
            table[term] = VagueTerm(term, low, high, (row.get("reading") or "").strip(),
                                    (row.get("unit") or "").strip())
    return table


def scale_of(words: list[str]) -> int | None:
    """The product of scale words written largest last ("hundred thousand" is 100,000), or None."""
    if not words or any(w not in SCALES for w in words):
        return None
    sizes = [SCALES[w] for w in words]
    if any(a >= b for a, b in zip(sizes, sizes[1:])):
        return None
    product = 1
    for size in sizes:
        product *= size
    return product


@lru_cache(maxsize=1)
def age_parts() -> frozenset[str]:
    """The table's parts of an age in tens ('early', 'mid', 'late'): read only before one, never alone."""
    return frozenset(term for term, v in conventions().items() if v.unit == AGE_PART)


def is_age_part(word: str) -> bool:
    return word in age_parts()


def age_in_tens(part: str, first: int, last: int) -> VagueTerm | None:
    """The years `part` names of an age in tens from `first` to `last` ('early', 30, 39: 30–33), read in
    years; None where they fall outside it ('early' of the teens, 13–19, would be 10–13)."""
    if not is_age_part(part):
        return None
    term = conventions()[part]
    base = first - first % 10
    low, high = base + term.low, base + term.high
    if low < first or high > last:
        return None
    ten = "teens" if (first, last) == TEEN_YEARS else f"{first}s"
    return VagueTerm(f"{part} {ten}", low, high, f"'{part}': {term.reading}", "year")


def lookup(phrase: str) -> VagueTerm | None:
    """The convention for a phrase, composing multiplier x scale when the table has no entry.

    The scale may follow "of" and be several words: "a couple of hundred", "several hundred thousand".
    A part of an age in tens is composed as `age_in_tens` writes it: "early 30s", "late teens".
    """
    phrase = " ".join(phrase.lower().split())
    table = conventions()
    if phrase in table:
        return table[phrase]
    age = re.fullmatch(r"([a-z]+) (teens|[1-9]0s)", phrase)
    if age:
        ten = age.group(2)
        first, last = TEEN_YEARS if ten == "teens" else (int(ten[:-1]), int(ten[:-1]) + 9)
        return age_in_tens(age.group(1), first, last)
    for mult in MULTIPLIERS:
        if not phrase.startswith(mult + " ") or mult not in table:
            continue
        rest = phrase[len(mult) + 1:].split()
        scale = scale_of(rest[1:] if rest[:1] == ["of"] else rest)
        if scale:
            base = table[mult]
            return VagueTerm(phrase, base.low * scale, base.high * scale,
                             f"'{mult}' ({base.low:g}–{base.high:g}) times {scale:,}")
    return None


def composed_phrases() -> list[str]:
    """Every multiplier x scale phrase `lookup` composes: 'a few million', 'several hundred thousand'."""
    scales = [[s] for s in SCALES] + [[a, b] for a in SCALES for b in SCALES if scale_of([a, b])]
    return [f"{mult}{of} {' '.join(s)}" for mult in MULTIPLIERS for of in ("", " of") for s in scales
            if lookup(f"{mult}{of} {' '.join(s)}")]
