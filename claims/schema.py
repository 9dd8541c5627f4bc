"""The CSV contract with editors: column names, which are required, and what each holds.

Everything that lists columns (store, validation, template, README test) imports from here.
"""
from __future__ import annotations

import re
from datetime import date

DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
"""The one date format of the table (published, accessed) and of the filters: YYYY, YYYY-MM or YYYY-MM-DD."""


def date_parts(text: str) -> tuple[int, ...] | None:
    """(year[, month[, day]]) of a DATE_RE text naming a year, month or day that exists, else None."""
    m = DATE_RE.fullmatch(text)
    if not m:
        return None
    parts = tuple(int(g) for g in m.groups() if g is not None)
    try:
        date(*parts, *(1,) * (3 - len(parts)))  # no year 0, no month 13, no 30 February
    except ValueError:
        return None
    return parts

REQUIRED: tuple[str, ...] = ("claim_id", "metric", "value", "source_title", "publisher", "published")

OPTIONAL: tuple[str, ...] = (
    "range", "unit", "subject", "geography", "period", "claimant", "attributed_to",
    "author", "url", "accessed", "quote", "page", "topic", "tags", "notes", "derived_from",
)

COLUMNS: tuple[str, ...] = REQUIRED + OPTIONAL
"""Canonical column order, used whenever the table is written."""

READING: tuple[str, ...] = ("low", "high", "unit", "kind")
"""Columns `load_claims` adds: the interpreted interval (`unit` replaces the CSV's with the resolved unit)."""

EXTRA: tuple[str, ...] = ("reading", "vague", "unit_given", "row")
"""Columns `load_claims` adds besides READING: the compact reading, the vague-term conventions used
("; "-joined), the CSV's own `unit` cell as written, and the spreadsheet row number."""

FRAME_COLUMNS: tuple[str, ...] = COLUMNS + tuple(c for c in READING if c not in COLUMNS) + EXTRA
"""The columns of `load_claims`' frame, in order (`unit` holds the resolved unit)."""

METRIC_COLUMNS: tuple[str, ...] = ("metric", "label", "description", "unit")

COLUMN_DOCS: dict[str, tuple[str, str]] = {
    # column: (what it holds and its format, example)
    "claim_id": ("Unique, stable id of the claim (letters, digits, - _ .)", "taipei-2005-share"),
    "metric": ("What is measured, snake_case; claims of one metric are compared", "trafficked_share"),
    "value": ("The figure exactly as the source words it", "between 30 percent and half"),
    "source_title": ("Title of the article, report or page", "North Korean sex slaves flooding China: US official"),
    "publisher": ("Outlet or organisation that published the source", "Taipei Times"),
    "published": ("Publication date: YYYY, YYYY-MM or YYYY-MM-DD", "2005-12-10"),
    "range": ("Optional confirmed reading in compact notation; wins over the parse of value", "30–50%"),
    "unit": ("Unit for bare numbers in value (percent, person, year, USD, CNY…)", "person"),
    "subject": ("Who or what the figure counts", "North Koreans crossing into China each year"),
    "geography": ("Place the figure refers to", "China"),
    "period": ("Year or years the figure refers to (YYYY or YYYY-YYYY); used for currency conversion", "2005"),
    "claimant": ("Who states the figure in the source", "John Miller, US State Department"),
    "attributed_to": ("Who produced the figure, as the source says", "charities and church groups"),
    "author": ("Author(s) of the source; separate several with ;", "Kim Song A"),
    "url": ("http(s) address of the source", "https://www.taipeitimes.com/…"),
    "accessed": ("Date the URL was read: YYYY, YYYY-MM or YYYY-MM-DD", "2026-11-24"),
    "quote": ("The sentence that contains the figure", "…estimate between 30 percent and half of…"),
    "page": ("Page or section within the source", "1"),
    "topic": ("Broad subject area, for filtering", "trafficking"),
    "tags": ("Free keywords separated by ;", "women;prices"),
    "notes": ("Editor's notes: doubts, context, how the reading was made", "wire copy, agency not named"),
    "derived_from": ("claim_id of an earlier claim this one repeats", "kfi-2019-share"),
}
