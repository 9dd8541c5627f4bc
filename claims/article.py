"""An article's text and source fields, from pasted text, a .txt, .html or .pdf file, or a URL.

HTML goes through trafilatura (the best-scoring open article extractor in published benchmarks;
Apache-2.0), which also gives the title, author, date and site name for the source columns. PDF
text comes from pypdfium2 (PDFium; Apache-2.0/BSD), page by page, so that each candidate knows its
page. A URL is fetched over http(s) only, with a timeout and a size limit. Every failure is an
`ArticleError` that says what and why in one line.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from claims import extract

if TYPE_CHECKING:
    from claims.ranges import Range

TIMEOUT = 15.0
"""Seconds to wait for a web page."""
MAX_BYTES = 20 * 1024 * 1024
"""The largest page or file read: an article is far smaller, a mistake (a video, an archive) is not."""


class ArticleError(ValueError):
    """The source could not be read as an article; the message says what and why."""


@dataclass(frozen=True)
class Article:
    """An article's text and what it says about its source (blank where it says nothing).

    page_starts: for a PDF, the offset in `text` where each page starts (page 1 first).
    """

    text: str
    title: str = ""
    author: str = ""
    published: str = ""
    publisher: str = ""
    url: str = ""
    accessed: str = ""
    page_starts: tuple[int, ...] = field(default=())

    def page_of(self, offset: int) -> int | None:
        """The PDF page holding `offset` in the text, or None for other sources."""
        return bisect_right(self.page_starts, offset) if self.page_starts else None


def from_text(text: str) -> Article:
    """Pasted text."""
    if not text.strip():
        raise ArticleError("the text is empty: paste an article, or give a .txt, .html or .pdf file or a URL")
    return Article(text)


def from_html(html: str | bytes, url: str = "") -> Article:
    """An article's main text and metadata from a web page."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_tables=True,
                                           favor_recall=True)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    if not text.strip():
        raise ArticleError("no article text found in the page (is it a page of links, or built by JavaScript?)")
    meta = document
    return Article(text, title=_s(getattr(meta, "title", "")), author=_s(getattr(meta, "author", "")),
                   published=_date(getattr(meta, "date", "")), publisher=_s(getattr(meta, "sitename", "")),
                   url=url or _s(getattr(meta, "url", "")))


def from_pdf(data: bytes) -> Article:
    """A PDF's text, page by page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ArticleError(f"not a PDF that can be read ({exc})") from None
    parts, starts, offset = [], [], 0
    try:
        for page in pdf:
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            starts.append(offset)
            parts.append(text)
            offset += len(text) + 2
        meta = pdf.get_metadata_dict()
    finally:
        pdf.close()
    text = "\n\n".join(parts)
    if not text.strip():
        raise ArticleError("the PDF holds no text (a scan? it needs OCR first)")
    return Article(text, title=_s(meta.get("Title", "")), author=_s(meta.get("Author", "")),
                   page_starts=tuple(starts))


def from_file(path: str | Path) -> Article:
    """A .txt, .html/.htm or .pdf file, by its extension (or its first bytes)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArticleError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB; an article is far smaller")
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return from_bytes(data, path.suffix.lower(), str(path))


def from_url(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Article:
    """A web page or PDF fetched over http(s), with a timeout and a size limit."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArticleError(f"{url!r} is not an http(s) address; give a web address starting https:// or http://")
    request = urllib.request.Request(url, headers={"User-Agent": "claims-tracker (article extraction)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked above
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ArticleError(f"{url}: {int(length):,} bytes, more than the {max_bytes:,} an article may have")
            data = response.read(max_bytes + 1)
            kind = response.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        raise ArticleError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ArticleError(f"{url}: could not be fetched ({reason})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{url}: more than the {max_bytes:,} bytes an article may have")
    suffix = ".pdf" if kind == "application/pdf" else ".html" if "html" in kind else ".txt" if kind == "text/plain" \
        else Path(parts.path).suffix.lower()
    article = from_bytes(data, suffix, url)
    return replace(article, url=article.url or url, accessed=date.today().isoformat())


def from_source(source: str) -> Article:
    """A URL, else a file path."""
    if re.match(r"[a-z][a-z0-9+.-]*://", source, re.I):
        return from_url(source)
    return from_file(source)


def from_bytes(data: bytes, suffix: str, where: str) -> Article:
    """A file's bytes as an article, by its suffix or its first bytes; `where` names it in errors."""
    if data[:5] == b"%PDF-" or suffix == ".pdf":
        return from_pdf(data)
    head = data[:2048].lstrip().lower()
    if suffix in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html")):
        return from_html(data, url=where if "://" in where else "")
    if suffix not in ("", ".txt", ".text", ".md"):
        raise ArticleError(f"{where}: a {suffix} file; give a .txt, .html or .pdf file or paste the text")
    try:
        return from_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ArticleError(f"{where}: not UTF-8 text; save it as UTF-8") from None


def _s(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _date(value: object) -> str:
    text = _s(value)
    return text if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) else ""


def candidates(article: Article, *, metrics=None, table=None) -> list[extract.Candidate]:
    """`extract.candidates` of the article's text, each with its PDF page."""
    found = extract.candidates(article.text, metrics=metrics, table=table)
    return [replace(c, page=article.page_of(c.start)) for c in found] if article.page_starts else found


SOURCE_FIELDS = ("source_title", "publisher", "published", "author", "url", "accessed")
"""The template's source columns an article fills in, from its own metadata."""


def claim_rows(article: Article, found: list[extract.Candidate]) -> list[dict[str, str]]:
    """The candidates as rows of the editors' template: claim_id blank, the figure, its sentence as
    the quote, its page, who said it and whom it is from, the suggested metric, the source fields."""
    source = dict(zip(SOURCE_FIELDS, (article.title, article.publisher, article.published, article.author,
                                       article.url, article.accessed)))
    return [{"claim_id": "", "metric": c.metric, "value": c.value, "range": reading_if_needed(c.value, c.reading),
             "quote": c.sentence, "page": "" if c.page is None else str(c.page), "claimant": c.claimant,
             "attributed_to": c.attributed_to, **source} for c in found]


def reading_if_needed(value: str, reading) -> str:
    """The compact reading for the `range` column when the value alone does not read as the article
    does ("7,000 encounters a day": a noun the noun table lacks; 'four' of "four and six years", which
    the list's end gives its unit; '20 litres' of "20 litres of water a day", whose rate the words after
    it give), so the row validates, reads as the candidate did, and the value stays as written. A vague
    term that lacks only the counted noun's unit keeps its own reading ('thousands' of "thousands of
    women"): a range would make it a plain interval, and the metric gives the unit."""
    from claims.ranges import RangeParseError, format_range, parse_range

    try:
        alone = parse_range(value)
    except RangeParseError:
        return format_range(reading)
    same_bounds = (alone.low, alone.high, alone.kind) == (reading.low, reading.high, reading.kind)
    if same_bounds and (alone.unit == reading.unit
                        or (reading.kind == "vague" and not alone.unit and "/" not in reading.unit)):
        return ""
    return format_range(reading)


def json_record(article: Article, c: extract.Candidate) -> dict[str, object]:
    """One candidate with its reading and offsets, for programs (one JSON object per line)."""
    r = c.reading
    return {"value": c.value, "start": c.start, "end": c.end, "sentence": c.sentence, "page": c.page,
            "reading": {"low": r.low, "high": r.high, "unit": r.unit, "kind": r.kind, "vague": list(r.vague)},
            "claimant": c.claimant, "attributed_to": c.attributed_to, "metric": c.metric, "score": c.score,
            **dict(zip(SOURCE_FIELDS, (article.title, article.publisher, article.published, article.author,
                                       article.url, article.accessed)))}


def stored_reading(c: extract.Candidate, unit: str = "") -> Range:
    """How the table will read the candidate's row in a metric of `unit` (metrics.csv's): its `range`
    where the row needs one, else its value in that unit ('48m' is 48 metres in a metric of lengths,
    where the article alone reads 48 million); the article's reading where neither reads."""
    from claims.ranges import RangeParseError, parse_range

    try:
        return parse_range(reading_if_needed(c.value, c.reading) or c.value, unit or None)
    except RangeParseError:
        return c.reading


def editor_rows(found: list[extract.Candidate], metric_units: Mapping[str, str] | None = None
                ) -> list[dict[str, object]]:
    """The candidates as the editors' table on the Add claims page shows them (kept when attributed),
    each read as it will be in its suggested metric (`metric_units`: metric → its unit in metrics.csv)."""
    from claims.ranges import format_range

    units_of = metric_units or {}
    return [{"keep": c.score >= 0.6, "value": c.value,
             "reading": format_range(stored_reading(c, units_of.get(c.metric, "")), decimals=2),
             "metric": c.metric, "claimant": c.claimant, "attributed_to": c.attributed_to, "subject": "",
             "unit": "", "score": c.score, "sentence": c.sentence} for c in found]


def kept_rows(kept: list[Mapping[str, object]], source: Mapping[str, str],
              found: list[extract.Candidate]) -> list[dict[str, str]]:
    """Template rows for the figures an editor kept, with their corrections and the source fields;
    the page of each figure comes from the candidate it was (matched by value and sentence)."""
    by_figure = {(c.value, c.sentence): c for c in found}
    rows = []
    for row in kept:
        c = by_figure.get((row["value"], row["sentence"]))
        page = c.page if c else None
        rows.append({"claim_id": "", "value": str(row["value"]), "quote": str(row["sentence"]),
                     "range": reading_if_needed(str(row["value"]), c.reading) if c else "",
                     "page": "" if page is None else str(page),
                     **{k: str(row.get(k) or "").strip() for k in ("metric", "claimant", "attributed_to", "subject",
                                                                     "unit")},
                     **{k: str(source.get(k) or "").strip() for k in SOURCE_FIELDS}})
    return rows

