"""The one definition of "the claims a reader is looking at": dashboard, exports and CLI all filter here."""
from __future__ import annotations

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


def filter_claims(claims: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows of `claims` (a load_claims frame) that `f` keeps, in their original order."""
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
    published = claims["published"].astype(str)
    if f.published_from:
        # "2005" >= "2005" and "2005-12-10" >= "2005": string order works for ISO prefixes
        keep &= published.str.slice(0, len(f.published_from)) >= f.published_from
    if f.published_to:
        keep &= published.str.slice(0, len(f.published_to)) <= f.published_to
    if f.text.strip():
        needle = f.text.strip().lower()
        hit = pd.Series(False, index=claims.index)
        for column in SEARCHED:
            if column in claims:
                hit |= claims[column].astype(str).str.lower().str.contains(needle, regex=False)
        keep &= hit
    return claims[keep]
