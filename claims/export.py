"""Exports: the claims a reader is looking at, with complete citations, as bytes in each format.

Every function takes a `load_claims` frame (or rows of one) and returns data or bytes; the dashboard's
download buttons and `python -m claims export` both call `export_bytes`. Sources, keys and entries come
from `claims.sources`, so a source has the same key and entry in every format and every export.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from claims import sources
from claims.sources import STYLES, Source


@dataclass(frozen=True)
class Format:
    """An export format. label: what a button says; extension: file name suffix; mime: media type;
    per: "claim" (one record per claim) or "source" (one entry per source)."""

    label: str
    extension: str
    mime: str
    per: str


FORMATS: dict[str, Format] = {
    "csv": Format("CSV (spreadsheet)", "csv", "text/csv", "claim"),
    "json": Format("JSON", "json", "application/json", "claim"),
    "csl-json": Format("CSL-JSON (Zotero, pandoc)", "json", "application/vnd.citationstyles.csl+json", "source"),
    "bibtex": Format("BibTeX (LaTeX)", "bib", "application/x-bibtex", "source"),
    "ris": Format("RIS (EndNote, Zotero)", "ris", "application/x-research-info-systems", "source"),
    "markdown": Format("Markdown", "md", "text/markdown", "claim"),
    "text": Format("Plain text", "txt", "text/plain", "claim"),
    "claimreview": Format("ClaimReview (JSON-LD)", "jsonld", "application/ld+json", "claim"),
}
"""name → Format, in the order the dashboard offers them."""

CSV_COLUMNS: tuple[str, ...] = (
    "claim_id", "metric", "value", "reading", "low", "high", "unit", "kind", "vague",
    "subject", "geography", "period", "claimant", "attributed_to", "quote", "page", "accessed",
    "source_title", "publisher", "author", "published", "url", "topic", "tags", "notes", "derived_from",
    "source_key", "source_type", "citation", "context",
)
"""Columns of the CSV export: the claim, its reading, its source, its formatted reference, and how it
stands against the other independent estimates (`claims.context`, one sentence)."""

SPREADSHEET_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection)."""

KIND_WORDS = {"point": "point", "interval": "interval", "at_least": "at least", "at_most": "at most",
              "approx": "approximate", "vague": "vague"}


class ExportError(ValueError):
    """Bad export input: an unknown format or style, or no claims to export. The message is one line."""


# --- claims as plain rows --------------------------------------------------------------------------

def _text(value: object) -> str:
    """A cell as text, exactly as the table holds it ("" for a missing one); blank means only spaces."""
    return value if isinstance(value, str) and value.strip() else ""


def _number(value: object) -> int | float | None:
    """A bound as JSON/CSV writes it: an int when whole, None when open."""
    if value is None or isinstance(value, str):
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(x):
        return None
    return int(x) if x.is_integer() and abs(x) < 2**53 else x


def _rows(claims) -> list[dict]:
    """The claims as a list of dicts, whatever was given: a frame, one pandas row, or dicts."""
    if isinstance(claims, Mapping):
        return [dict(claims)]
    if hasattr(claims, "columns"):  # column by column: Arrow hands over a whole column at once
        names = list(claims.columns)
        return [dict(zip(names, values)) for values in zip(*(claims[c].tolist() for c in names))]
    if hasattr(claims, "to_dict"):  # one pandas row
        return [claims.to_dict()]
    return [dict(r) for r in claims]


@dataclass
class _Prepared:
    rows: list[dict]
    source_of: list[Source]
    keys: dict[tuple[str, str, str, str], str]
    labels: Mapping[str, str] = field(default_factory=dict)  # metric id -> its metrics.csv label
    contexts: Mapping[str, Mapping] = field(default_factory=dict)  # claim id -> context.Context.as_dict()


@dataclass(frozen=True)
class KeyBook:
    """The sources of a whole table and their citation keys, worked out once.

    Pass it as `keys_from` instead of the table when exporting many times from one table version
    (the dashboard does), so that a one-claim citation does not walk every row again.
    """

    known: dict[tuple[str, str, str, str], Source]
    keys: dict[tuple[str, str, str, str], str]


def key_book(table) -> KeyBook:
    """Sources and citation keys of `table` (a frame or rows)."""
    if hasattr(table, "columns"):  # a table has far fewer sources than claims
        table = table[[c for c in sources.SOURCE_COLUMNS if c in table.columns]].drop_duplicates()
    known = sources.sources_of(_rows(table))
    return KeyBook(known, sources.citation_keys(known.values()))


def contexts_for(claims, table=None, metric_units: Mapping[str, str] | None = None) -> dict[str, dict]:
    """claim id → its context (`claims.context`), worked out against `table` (the whole table; default
    `claims`). Callers that keep `context.table` of their table pass `context.records` instead."""
    from claims import context

    whole = claims if table is None else table
    if not hasattr(whole, "columns") or not hasattr(claims, "columns") or "low" not in whole.columns:
        return {}  # no whole table to compare against (a KeyBook, plain rows): no context rather than a wrong one
    return context.records(whole, context.table(whole, dict(metric_units or {})), claims)


def _prepare(claims, keys_from=None, labels: Mapping[str, str] | None = None,
             contexts: Mapping[str, Mapping] | None = None) -> _Prepared:
    rows = _rows(claims)
    if not rows:
        raise ExportError("no claims to export")
    if isinstance(keys_from, KeyBook):
        known, keys = keys_from.known, keys_from.keys
        if any(sources.source_of(r).identity not in known for r in rows):  # rows from outside the book
            known = {**known, **sources.sources_of(rows)}
            keys = sources.citation_keys(known.values())
    else:
        known = sources.sources_of(rows if keys_from is None else _rows(keys_from) + rows)
        keys = sources.citation_keys(known.values())
    return _Prepared(rows, [known[sources.source_of(r).identity] for r in rows], keys, labels or {},
                     contexts or {})


def _check(fmt: str, style: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if style not in STYLES:
        raise ExportError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")


def claim_record(row: Mapping, source: Source, key: str) -> dict:
    """The CSL-JSON item cited for one claim: its source, with the claim's own page and accessed date."""
    return sources.source_record(source, key, page=_text(row.get("page")), accessed=_text(row.get("accessed")))


def source_records(prepared: _Prepared) -> list[dict]:
    """One CSL-JSON item per source of the claims, by key; page and accessed gather its claims'."""
    claims_of: dict[tuple[str, str, str, str], list[dict]] = {}
    by_identity: dict[tuple[str, str, str, str], Source] = {}
    for row, source in zip(prepared.rows, prepared.source_of):
        claims_of.setdefault(source.identity, []).append(row)
        by_identity[source.identity] = source
    items = [sources.source_record(source, prepared.keys[ident],
                                   page=sources.pages(_text(r.get("page")) for r in claims_of[ident]),
                                   accessed=sources.latest(_text(r.get("accessed")) for r in claims_of[ident]))
             for ident, source in by_identity.items()]
    return sorted(items, key=lambda item: item["id"])


# --- per-claim text -------------------------------------------------------------------------------

def _page_label(page: str) -> str:
    return ("pp. " if re.search(r"[-–,]", page) else "p. ") + page


def _reading(row: Mapping) -> str:
    """'30–50% (interval)', '2,000–10,000 people (vague: thousands)'."""
    reading, kind = _text(row.get("reading")), _text(row.get("kind"))
    if not reading:
        return ""
    words = KIND_WORDS.get(kind, kind)
    vague = _text(row.get("vague"))
    if vague:
        words += f": {vague}"
    return f"{reading} ({words})" if words else reading


def claim_lines(row: Mapping, item: Mapping, style: str = "apa", markup: str = "text",
                labels: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, text) lines describing one claim: figure as written and read, the metric (by its label
    in `labels`, with its id), who said it and who produced it, quote with page, and the formatted
    reference. Text is escaped for `markup` (text or markdown)."""
    esc = _md if markup == "markdown" else (lambda s: " ".join(s.split()))
    lines: list[tuple[str, str]] = []
    value, reading = _text(row.get("value")), _reading(row)
    figure = f"“{esc(value)}”" + (f", read as {esc(reading)}" if reading else "")
    lines.append(("Figure", figure))
    metric = _text(row.get("metric"))
    named = (labels or {}).get(metric, "")
    if metric:
        lines.append(("Metric", esc(f"{named} ({metric})" if named and named != metric else metric)))
    for label, column in (("Of", "subject"), ("Place", "geography"), ("Period", "period"),
                          ("Said by", "claimant"), ("Produced by", "attributed_to")):
        if _text(row.get(column)):
            lines.append((label, esc(_text(row.get(column)))))
    quote, page = _text(row.get("quote")), _text(row.get("page"))
    if quote:
        lines.append(("Quote", f"“{esc(quote)}”" + (f" ({esc(_page_label(page))})" if page else "")))
    elif page:
        lines.append(("Page", esc(page)))
    if _text(row.get("accessed")):
        lines.append(("Accessed", _text(row.get("accessed"))))
    lines.append((f"Reference ({STYLES[style][1]})", sources.reference(item, style, markup)))
    lines.append(("Citation key", f"`{item['id']}`" if markup == "markdown" else item["id"]))
    return lines


def _md(text: str) -> str:
    """Text escaped for Markdown, on one line."""
    return sources.markdown_escape(" ".join(text.split()))


def cite_claim(claim: Mapping, style: str = "apa", *, keys_from=None, labels: Mapping[str, str] | None = None) -> str:
    """The "Cite this claim" text, ready to copy: figure as written and read, who said and produced it,
    quote with page, and the formatted reference. `claim` is one row of a load_claims frame (or a dict);
    give the whole table as `keys_from` so that the citation key matches the other exports; `labels`
    (metric id -> label, from metrics.csv) names the metric as readers know it."""
    _check("text", style)
    prepared = _prepare(claim, keys_from)
    row, source = prepared.rows[0], prepared.source_of[0]
    item = claim_record(row, source, prepared.keys[source.identity])
    return "\n".join(f"{label}: {text}" for label, text in claim_lines(row, item, style, labels=labels))


# --- the formats ---------------------------------------------------------------------------------

def spreadsheet_safe(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: one starting (after spaces) with = + - @, tab
    or carriage return gets a leading apostrophe, as OWASP's CSV injection guidance says."""
    return "'" + text if text.lstrip(" ")[:1] in SPREADSHEET_TRIGGERS and text.strip(" ") else text


def _csv(prepared: _Prepared, style: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row, source in zip(prepared.rows, prepared.source_of):
        key = prepared.keys[source.identity]
        extra = {"source_key": key, "source_type": source.kind, "author": source.author,
                 "citation": sources.reference(claim_record(row, source, key), style),
                 "context": prepared.contexts.get(_text(row.get("claim_id")), {}).get("sentence", "")}
        cells: list = []
        for column in CSV_COLUMNS:
            if column in ("low", "high"):
                number = _number(row.get(column))
                cells.append("" if number is None else number)
            else:
                cells.append(spreadsheet_safe(extra[column] if column in extra else _text(row.get(column))))
        writer.writerow(cells)
    return out.getvalue().encode("utf-8-sig")  # the BOM tells Excel the file is UTF-8


def _json(prepared: _Prepared, style: str) -> bytes:
    out = []
    for row, source in zip(prepared.rows, prepared.source_of):
        key = prepared.keys[source.identity]
        item = claim_record(row, source, key)

        def opt(column: str) -> str | None:
            return _text(row.get(column)) or None

        out.append({
            "claim_id": _text(row.get("claim_id")), "metric": _text(row.get("metric")),
            "value": _text(row.get("value")),
            "reading": {"compact": opt("reading"), "low": _number(row.get("low")), "high": _number(row.get("high")),
                        "unit": opt("unit"), "kind": opt("kind"),
                        "vague": [v.strip() for v in _text(row.get("vague")).split(";") if v.strip()]},
            "subject": opt("subject"), "geography": opt("geography"), "period": opt("period"),
            "claimant": opt("claimant"), "attributed_to": opt("attributed_to"),
            "quote": opt("quote"), "page": opt("page"), "accessed": opt("accessed"),
            "topic": opt("topic"), "tags": [t.strip() for t in _text(row.get("tags")).split(";") if t.strip()],
            "notes": opt("notes"), "derived_from": opt("derived_from"),
            "source": {"key": key, "type": source.kind, "title": source.title, "publisher": source.publisher,
                       "author": item.get("author", []), "published": source.published, "url": source.url or None},
            "citation": {"style": style, "text": sources.reference(item, style)},
            "context": prepared.contexts.get(_text(row.get("claim_id"))),
        })
    return (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _csl_json(prepared: _Prepared, style: str) -> bytes:
    return (json.dumps(source_records(prepared), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _bibtex(prepared: _Prepared, style: str) -> bytes:
    import bibtexparser
    from bibtexparser.middlewares import MonthAbbreviationMiddleware
    from bibtexparser.model import Entry, Field

    library = bibtexparser.Library()
    for item in source_records(prepared):
        kind, fields = sources.bibtex_fields(item)
        library.add(Entry(kind, item["id"], [Field(k, v) for k, v in fields]))
    layout = bibtexparser.BibtexFormat()
    layout.indent = "  "
    text = bibtexparser.write_string(library, prepend_middleware=[MonthAbbreviationMiddleware()],
                                     bibtex_format=layout)
    return text.encode("utf-8")


def _ris(prepared: _Prepared, style: str) -> bytes:
    import rispy
    from rispy.writer import RisWriter

    class _Writer(RisWriter):
        """rispy's writer without the "1." counter line it puts before each record."""

        def set_header(self, count):
            return ""

    records = [sources.ris_record(item) for item in source_records(prepared)]
    return rispy.dumps(records, implementation=_Writer).lstrip("\n").encode("utf-8")


def _claim_blocks(prepared: _Prepared, style: str, markup: str) -> bytes:
    blocks = []
    for row, source in zip(prepared.rows, prepared.source_of):
        item = claim_record(row, source, prepared.keys[source.identity])
        lines = claim_lines(row, item, style, markup, prepared.labels)
        claim_id = _text(row.get("claim_id"))
        if markup == "markdown":
            blocks.append(f"## {_md(claim_id)}\n\n" + "\n".join(f"- **{label}:** {text}" for label, text in lines))
        else:
            blocks.append(claim_id + "\n" + "\n".join(f"  {label}: {text}" for label, text in lines))
    return ("\n\n".join(blocks) + "\n").encode("utf-8")


_WRITERS = {
    "csv": _csv, "json": _json, "csl-json": _csl_json, "bibtex": _bibtex, "ris": _ris,
    "markdown": lambda p, style: _claim_blocks(p, style, "markdown"),
    "text": lambda p, style: _claim_blocks(p, style, "text"),
}


def export_bytes(claims, fmt: str, style: str = "apa", *, keys_from=None,
                 labels: Mapping[str, str] | None = None, contexts: Mapping[str, Mapping] | None = None,
                 metric_units: Mapping[str, str] | None = None, reviews=None) -> bytes:
    """The claims (a load_claims frame, in the order given) in format `fmt`, as the file's bytes.

    `keys_from`: the whole table, so that citation keys do not depend on the selection (two sources
    sharing a base key get b, c… in the order of the table's sources). `labels`: metric id -> label
    (from metrics.csv), shown beside the id in the Markdown and text formats. Raises ExportError for
    an unknown format or style, or no claims. Same input, same bytes.

    csv and json carry each claim's `context` against the other estimates: `contexts` (claim id →
    `context.Context.as_dict()`) when the caller keeps them, else worked out here against `keys_from`
    (when it is the table) in each metric's unit from `metric_units`.

    claimreview is `claims.claimreview`: the claims whose current review in `reviews` (default: the
    current claims file's) is a verdict; ExportError when none is.
    """
    _check(fmt, style)
    if fmt == "claimreview":
        return _claimreview(claims, keys_from, labels, reviews)
    if contexts is None and fmt in ("csv", "json"):
        contexts = contexts_for(claims, keys_from, metric_units)
    return _WRITERS[fmt](_prepare(claims, keys_from, labels, contexts), style)


def _claimreview(claims, table, labels: Mapping[str, str] | None, reviews) -> bytes:
    import pandas as pd

    from claims import claimreview
    from claims.reviews import load_reviews

    rows = claims if hasattr(claims, "columns") else pd.DataFrame(_rows(claims))
    if rows.empty:
        raise ExportError("no claims to export")
    whole = table if hasattr(table, "columns") else rows  # the table, for the repeats' appearances
    if reviews is None:
        reviews = load_reviews(None, set(whole["claim_id"].astype(str)))
    try:
        return claimreview.claimreview_bytes(rows, reviews, whole, labels=labels)
    except claimreview.ClaimReviewError as exc:
        raise ExportError(str(exc)) from None


def export_claim(claims, claim_id: str, fmt: str, style: str = "apa", *, keys_from=None,
                 labels: Mapping[str, str] | None = None, contexts: Mapping[str, Mapping] | None = None) -> bytes:
    """One claim of the table in format `fmt`, with the key it has in whole-table exports.

    `keys_from` may be the table's KeyBook, to skip working the keys out again. `contexts` (claim id →
    `context.Context.as_dict()`) when the caller keeps them; else the claim's is worked out against `claims`.
    """
    picked = claims[claims["claim_id"] == claim_id]
    if picked.empty:
        raise ExportError(f"no claim with id {claim_id!r}")
    if contexts is None and fmt in ("csv", "json"):
        contexts = contexts_for(picked, claims)
    if keys_from is None or fmt == "claimreview":  # a ClaimReview needs the table, for the claim's repeats
        keys_from = claims
    return export_bytes(picked, fmt, style, keys_from=keys_from, labels=labels, contexts=contexts)


def export_filename(fmt: str, stem: str = "claims") -> str:
    """The file name a download of `fmt` gets: claims.bib, claims.csl.json, taipei-2005-share.ris…"""
    _check(fmt, "apa")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "claims"
    return f"{stem}.csl.json" if fmt == "csl-json" else f"{stem}.{FORMATS[fmt].extension}"


# --- the command line ------------------------------------------------------------------------------

FILTER_OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--metric", "metrics", "metric id, e.g. trafficked_share"),
    ("--publisher", "publishers", "publisher, e.g. 'Taipei Times'"),
    ("--claim-id", "claim_ids", "claim id"),
    ("--topic", "topics", "topic"),
    ("--person", "people", "claimant or the one the figure is attributed to"),
    ("--geography", "geographies", "place the figure refers to"),
    ("--rating", "ratings", "the current review's rating, or 'unreviewed'"),
)
"""(option, Filters field, help): repeat an option to keep claims matching any of its values."""


def cli_arguments(p: argparse.ArgumentParser) -> None:
    """The export command's options: format, style, output, and the dashboard's filters."""
    p.add_argument("--format", metavar="F", help=f"one of {', '.join(FORMATS)}")
    p.add_argument("--style", metavar="S", default="apa", help="reference style for csv, json, markdown, "
                   f"text: {', '.join(STYLES)} (default apa)")
    p.add_argument("-o", "--output", metavar="OUT", help="file to write (default: standard output)")
    for option, _field, help in FILTER_OPTIONS:
        p.add_argument(option, action="append", default=[], metavar="V", help=help + " (repeatable)")
    p.add_argument("--basis", choices=("stated", "interpreted"), help="stated figures or vague ones read "
                   "through the conventions")
    p.add_argument("--from", dest="published_from", metavar="DATE", default="",
                   help="published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--to", dest="published_to", metavar="DATE", default="",
                   help="published on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--search", metavar="TEXT", default="", help="text in subject, quote, title, value, "
                   "publisher, claimant, attributed_to or notes")


def _filters_of(args: argparse.Namespace):
    from claims.filters import Filters

    values = {field: tuple(getattr(args, option[2:].replace("-", "_"))) for option, field, _ in FILTER_OPTIONS}
    values["ratings"] = tuple(v.lower() for v in values["ratings"])
    return Filters(**values, basis=args.basis or "", published_from=args.published_from,
                   published_to=args.published_to, text=args.search)


def _described(f) -> str:
    parts = [f"{field} {', '.join(repr(v) for v in getattr(f, field))}"
             for _, field, _ in FILTER_OPTIONS if getattr(f, field)]
    parts += [f"{name} {getattr(f, field)!r}" for name, field in
              (("basis", "basis"), ("from", "published_from"), ("to", "published_to"), ("search", "text"))
              if getattr(f, field)]
    return "; ".join(parts)


def run_cli(args: argparse.Namespace, where) -> int:
    """`python -m claims export` of the table at `where` (a file or a database, `claims.backend`):
    0 written, 1 nothing to export or cannot write, 2 usage error."""
    from claims import backend
    from claims.filters import filter_claims

    def fail(message: str, code: int) -> int:
        print(f"error: {message}", file=sys.stderr)
        return code

    if not args.format:
        return fail(f"export: say which format with --format: {', '.join(FORMATS)}", 2)
    try:
        _check(args.format, args.style)
    except ExportError as exc:
        return fail(f"export: {exc}", 2)
    for option, value in (("--from", args.published_from), ("--to", args.published_to)):
        if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            return fail(f"export: {option} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", 2)
    table = backend.read(where)
    claims, path = table.claims, table.location
    problems = table.problems
    if claims.empty:
        first = f": {problems[0].format()}" if problems else ""
        return fail(f"{path} has no valid claims to export{first}", 1)
    if problems:
        rows = len({(p.file, p.row) for p in problems})
        print(f"warning: {path}: {rows} row{'s' * (rows != 1)} with problems left out; "
              "see python -m claims validate", file=sys.stderr)
    f = _filters_of(args)
    picked = filter_claims(claims, f, ratings=table.reviews.ratings())
    if picked.empty:
        return fail(f"no claims match {_described(f)} (of {len(claims)} in {path})", 1)
    try:
        data = export_bytes(picked, args.format, args.style, keys_from=claims, labels=table.labels,
                            metric_units=table.metric_units, reviews=table.reviews)
    except ExportError as exc:
        return fail(f"export: {exc}", 1)
    if args.format == "claimreview":
        from claims.claimreview import unlinked
        docs = json.loads(data)
        docs = docs if isinstance(docs, list) else [docs]
        if missing := unlinked(docs):
            print(f"warning: {len(missing)} ClaimReview{'s' * (len(missing) != 1)} without a url, which Google "
                  f"requires ({', '.join(missing)}): give the review's url in reviews.csv, or set dashboard_url "
                  "in data/organisation.toml", file=sys.stderr)
    if not args.output:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.output)
    try:
        out.write_bytes(data)
    except OSError as exc:
        return fail(f"cannot write {out}: {exc.strerror or exc}", 1)
    n = len(docs) if args.format == "claimreview" else len(picked)
    print(f"{out}: {n} claim{'s' * (n != 1)} as {args.format}", file=sys.stderr)
    return 0
