"""The CSV templates editors start from: every column, one filled example row, and a column guide.

Claims: the guide is built from `schema.COLUMN_DOCS`, the same source as the README's column table.
Reviews (reviews.csv beside the table): from `reviews.COLUMN_DOCS`; the example row is plainly an
example (reviewer "Example Reviewer", an address under https://example.org/, a status rather than
a verdict), and an import refuses a row that still holds it.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from claims import reviews
from claims.schema import COLUMN_DOCS, COLUMNS, REQUIRED
from claims.writer import claims_csv

EXAMPLE: dict[str, str] = {
    "claim_id": "taipeitimes-2005-trafficked-share",
    "metric": "trafficked_share",
    "value": "between 30 percent and half",
    "source_title": "North Korean sex slaves flooding China: US official",
    "publisher": "Taipei Times",
    "published": "2005-12-10",
    "range": "30–50%",
    "unit": "percent",
    "subject": "North Koreans who cross into China each year",
    "geography": "China",
    "period": "2005",
    "claimant": "John Miller, US State Department",
    "attributed_to": "charities and church groups working in the region",
    "author": "",
    "url": "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761",
    "accessed": "",
    "quote": "charities and church groups working in the region estimate between 30 percent and half of the "
             "many thousands of North Koreans who cross into China every year are \"trafficking victims\"",
    "page": "1",
    "topic": "trafficking",
    "tags": "women;share",
    "notes": "Example row: replace it with your own claims. Leave claim_id blank and one is made for you. "
             "author and accessed are blank because the wire story shows no byline and no access date is "
             "recorded: leave a field blank rather than guess.",
    "derived_from": "",
}
"""The template's example row: a real claim from the bundled table, with only facts the source gives
(author, accessed and derived_from are blank, as they are for that claim)."""


def template_csv() -> bytes:
    """The template file: the header with every column in canonical order and the example row (UTF-8)."""
    return claims_csv([EXAMPLE])


def column_guide() -> list[dict[str, str]]:
    """One entry per column: column, required ("yes" or ""), format (what it holds) and example."""
    return [{"column": c, "required": "yes" if c in REQUIRED else "", "format": COLUMN_DOCS[c][0],
             "example": COLUMN_DOCS[c][1]} for c in COLUMNS]


def guide_text() -> str:
    """The column guide as plain text, one line per column, for the command line."""
    width = max(len(c) for c in COLUMNS)
    lines = ["Column guide (required columns marked *; leave claim_id blank to have one made):"]
    for entry in column_guide():
        mark = "*" if entry["required"] else " "
        lines.append(f"  {entry['column']:<{width}} {mark} {entry['format']} (e.g. {entry['example']})")
    return "\n".join(lines) + "\n"


def is_example(record: dict[str, str], columns: Iterable[str]) -> bool:
    """True when `record` still is the template's example row on the given columns (claim_id aside)."""
    compared = [c for c in columns if c != "claim_id"]
    return set(REQUIRED) - {"claim_id"} <= set(compared) and all(record.get(c, "") == EXAMPLE[c] for c in compared)


# --- reviews ----------------------------------------------------------------------------------

REVIEW_EXAMPLE: dict[str, str] = {
    "claim_id": "taipeitimes-2005-trafficked-share",
    "rating": "in progress",
    "explanation": "Example row: replace it with your own review. Give the claim_id of the claim reviewed, "
                   "a rating from the scale, why in a sentence or two, who reviewed it and when, and the "
                   "address of the published fact-check if there is one.",
    "reviewer": "Example Reviewer",
    "reviewed": "2025-01-15",
    "url": "https://example.org/fact-checks/example",
}
"""The reviews template's example row: a real claim_id (to show the form) with a status, not a verdict,
by a reviewer and at an address that are plainly examples."""

REVIEW_EXAMPLE_MARKS: tuple[str, ...] = ("reviewer", "explanation", "url")
"""Cells that only the example holds: a row that keeps any of them is the example left in."""


def rows_csv(rows: Iterable[Mapping[str, object]], columns: Iterable[str]) -> bytes:
    """Rows as CSV bytes with `columns` in order: UTF-8, '\\n' line ends, minimal quoting."""
    columns = list(columns)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else str(row.get(c)) for c in columns])
    return out.getvalue().encode("utf-8")


def reviews_csv(rows: Iterable[Mapping[str, object]]) -> bytes:
    """Reviews as reviews.csv is written: `reviews.COLUMNS` in order (what the app's one-review form sends)."""
    return rows_csv(rows, reviews.COLUMNS)


def reviews_template_csv() -> bytes:
    """The reviews template: every column of reviews.csv in order and the example row (UTF-8)."""
    return reviews_csv([REVIEW_EXAMPLE])


def reviews_column_guide() -> list[dict[str, str]]:
    """One entry per column of reviews.csv: column, required ("yes" or ""), format and example."""
    return [{"column": c, "required": "yes" if c in reviews.REQUIRED else "", "format": reviews.COLUMN_DOCS[c][0],
             "example": reviews.COLUMN_DOCS[c][1]} for c in reviews.COLUMNS]


def reviews_guide_text(scale: Mapping[str, reviews.Rating] | None = None) -> str:
    """The reviews column guide as plain text, then the ratings of `scale` (a verdict's value, or 'status')."""
    width = max(len(c) for c in reviews.COLUMNS)
    lines = ["Column guide (required columns marked *; one row per review, a claim may have several):"]
    for entry in reviews_column_guide():
        mark = "*" if entry["required"] else " "
        lines.append(f"  {entry['column']:<{width}} {mark} {entry['format']} (e.g. {entry['example']})")
    if scale:
        lines.append("Ratings (rating_scale.csv):")
        names = max(len(r.name) for r in scale.values())
        lines += [f"  {r.name:<{names}} {'status' if r.value is None else f'{r.value} of {r.worst}–{r.best}':<8} "
                  f"{r.description}".rstrip() for r in scale.values()]
    return "\n".join(lines) + "\n"


def review_example_column(record: Mapping[str, str]) -> str | None:
    """The first column in which `record` still holds the reviews template's example, or None."""
    return next((c for c in REVIEW_EXAMPLE_MARKS if record.get(c, "") == REVIEW_EXAMPLE[c]), None)
