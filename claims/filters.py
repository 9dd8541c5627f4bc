"""The one definition of "the claims a reader is looking at": dashboard, exports and CLI all filter here."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
import pandas as pd

from claims.schema import date_parts

STATED_KINDS = ("point", "interval", "at_least", "at_most", "approx")
"""Readings taken from the figure itself; `vague` readings are interpreted through the conventions."""

SEARCHED = ("subject", "quote", "source_title", "value", "publisher", "claimant", "attributed_to", "notes")
"""Columns the free-text search looks in."""


@dataclass(frozen=True)
class Filters:
    """A view of the table. Empty fields do not filter; several values in one field mean any of them.

    basis: "stated" keeps readings taken from the figure, "interpreted" keeps vague ones.
    published_from/published_to: YYYY, YYYY-MM or YYYY-MM-DD, compared at the date's own precision.
    ratings: the current review's rating (lower case), or "unreviewed" for claims with no review.
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
    ratings: tuple[str, ...] = ()


    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))


UNREVIEWED = "unreviewed"
"""The `ratings` value that keeps claims with no review."""

QUERY: dict[str, str] = {
    "metric": "metrics", "topic": "topics", "publisher": "publishers", "person": "people", "geo": "geographies",
    "claim_id": "claim_ids", "rating": "ratings", "basis": "basis", "from": "published_from",
    "to": "published_to", "q": "text",
}
"""Query parameter → Filters field: the names a dashboard link and the JSON API both use. A field
holding a tuple takes the parameter repeated (?publisher=A&publisher=B)."""


class FilterError(ValueError):
    """A query parameter that is not a filter, or a value a filter cannot take; one line, naming it."""


def from_query(params: Mapping[str, Sequence[str]], *, ignore: Iterable[str] = ()) -> Filters:
    """Filters from query parameters (name → the values given, in order): the one reading of a link's view.

    Raises FilterError naming an unknown parameter (unless in `ignore`) or a bad basis or date."""
    values: dict[str, object] = {}
    multi = {f.name for f in fields(Filters) if f.type.startswith("tuple")}
    for name, given in params.items():
        if name in ignore:
            continue
        if name not in QUERY:
            raise FilterError(f"unknown parameter {name!r}; filters are {', '.join(QUERY)}")
        field = QUERY[name]
        given = [v.strip() for v in given if v.strip()]
        if field in multi:
            values[field] = tuple(v.lower() for v in given) if field == "ratings" else tuple(given)
        elif given:
            values[field] = given[-1]
    if values.get("basis", "") not in ("", "stated", "interpreted"):
        raise FilterError(f"basis {values['basis']!r} is not stated or interpreted")
    for field, name in (("published_from", "from"), ("published_to", "to")):
        if values.get(field) and date_parts(str(values[field])) is None:
            raise FilterError(f"{name} {values[field]!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return Filters(**values)


def to_query(f: Filters) -> list[tuple[str, str]]:
    """The query parameters of `f` (only the fields it sets), in QUERY's order; `from_query` reads them back."""
    out: list[tuple[str, str]] = []
    for name, field in QUERY.items():
        value = getattr(f, field)
        out += [(name, v) for v in value] if isinstance(value, tuple) else ([(name, value)] if value else [])
    return out


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


def filter_claims(claims: pd.DataFrame, f: Filters, haystack: pd.Series | None = None,
                  ratings: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The rows of `claims` (a load_claims frame) that `f` keeps, in their original order.

    `haystack` is `search_text(claims)` when the caller keeps it; otherwise it is worked out here.
    `ratings` is claim_id → the current review's rating (`reviews.Reviews.ratings()`), needed when
    `f.ratings` is set.
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
    if f.ratings:
        rated = claims["claim_id"].map(
            {k: v.lower() for k, v in (ratings or {}).items()}).fillna(UNREVIEWED)
        keep &= rated.isin(f.ratings)
    if f.text.strip():
        text = search_text(claims) if haystack is None else haystack
        # the words as a literal pattern: Arrow's regex engine (RE2) scans about 3× faster than its substring kernel
        keep &= text.str.contains(re.escape(f.text.strip().lower()), regex=True)
    return claims[keep]
