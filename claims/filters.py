"""The one definition of "the claims a reader is looking at": dashboard, exports and CLI all filter here."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

import pandas as pd

STATED_KINDS = ("point", "interval", "at_least", "at_most", "approx")
"""Readings taken from the figure itself; `vague` readings are interpreted through the conventions."""

SEARCHED = ("subject", "quote", "source_title", "value", "publisher", "claimant", "attributed_to", "notes")
"""Columns the free-text search looks in."""


@dataclass(frozen=True)
class Filters:
    """A view of the table. Empty fields do not filter; several values in one field mean any of them.

    basis: "stated" keeps readings taken from the figure, "interpreted" keeps vague ones.
    published_from/published_to: YYYY, YYYY-MM or YYYY-MM-DD, compared at the date's own precision.
    """

    topics: tuple[str, ...] = ()
    metrics: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    geographies: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()
    basis: str = ""
    published_from: str = ""
    published_to: str = ""
    text: str = ""

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


def _in(column: pd.Series, values: tuple[str, ...]) -> pd.Series:
    return column.isin(values)


def search_text(claims: pd.DataFrame) -> pd.Series:
    """The lower-cased text the free-text search looks in, one string per claim.

    Worth computing once per table version and passing to `filter_claims` when filtering often.
    """
    parts = [claims[c].astype(str).str.lower() for c in SEARCHED if c in claims]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + "\n" + part
    return joined


def filter_claims(claims: pd.DataFrame, f: Filters, haystack: pd.Series | None = None) -> pd.DataFrame:
    """The rows of `claims` (a load_claims frame) that `f` keeps, in their original order.

    `haystack` is `search_text(claims)` when the caller keeps it; otherwise it is worked out here.
    """
    keep = pd.Series(True, index=claims.index)
    for column, values in (("topic", f.topics), ("metric", f.metrics), ("publisher", f.publishers),
                           ("geography", f.geographies), ("claim_id", f.claim_ids)):
        if values:
            keep &= _in(claims[column], values)
    if f.people:
        keep &= _in(claims["claimant"], f.people) | _in(claims["attributed_to"], f.people)
    if f.basis == "stated":
        keep &= claims["kind"].isin(STATED_KINDS)
    elif f.basis == "interpreted":
        keep &= claims["kind"] == "vague"
    if f.published_from or f.published_to:
        published = claims["published"].astype(str)
        if f.published_from:
            # "2005" >= "2005" and "2005-12-10" >= "2005": string order works for ISO prefixes
            keep &= published.str.slice(0, len(f.published_from)) >= f.published_from
        if f.published_to:
            keep &= published.str.slice(0, len(f.published_to)) <= f.published_to
    if f.text.strip():
        text = search_text(claims) if haystack is None else haystack
        # the words as a literal pattern: Arrow's regex engine (RE2) scans about 3× faster than its substring kernel
        keep &= text.str.contains(re.escape(f.text.strip().lower()), regex=True)
    return claims[keep]
