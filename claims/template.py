"""The CSV template editors start from: every column, one filled example row, and a column guide.

The guide is built from `schema.COLUMN_DOCS`, the same source as the README's column table.
"""
from __future__ import annotations

from collections.abc import Iterable

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
