"""ClaimReview JSON-LD: a claim's current verdict as the schema.org markup fact-checking tools read.

One document per reviewed claim, or a list for a set of claims (Google Fact Check Explorer, the Fact
Check Tools API and Meedan Check read schema.org `ClaimReview`). A claim publishes one only when its
*current* review (`claims.reviews`: the latest) has a verdict rating, one with a value on the scale;
a status (unverified, in progress) and an unreviewed claim publish nothing.

    ClaimReview  @id (stable per claim), url, claimReviewed, author (the organisation), datePublished,
                 reviewRating → Rating (name, alternateName, ratingValue, bestRating, worstRating),
                 itemReviewed → Claim
    Claim        @id, author (claimant and producer as Person or Organization), datePublished,
                 appearance (its source and the sources of the claims repeating it), firstAppearance,
                 isBasedOn and citation (what a repeat repeats)

The publishing organisation is configured in one place, `data/organisation.toml` (`load_organisation`).
The README's "ClaimReview" section has the column-to-property table. Everything here is pure: frames,
reviews and an `Organisation` in, dicts or bytes out.
"""
from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pandas as pd

from claims import paths, sources
from claims.reviews import Rating, Review, Reviews

CONTEXT = "https://schema.org"
ORGANISATION_FILE = paths.DATA_DIR / "organisation.toml"
CLAIM_REVIEWED_MAX = 74
"""Google's advice: keep `claimReviewed` under 75 characters (so at most 74)."""

URN = "urn:claims-tracker:"
"""Prefix of the `@id`s when no dashboard_url is configured: urn:claims-tracker:claim:<claim_id>."""

DEFAULT_NAME = "claims tracker"


class ClaimReviewError(ValueError):
    """Nothing to publish (no claim with a verdict), or a bad organisation file. The message is one line."""


# --- the publishing organisation ------------------------------------------------------------------

@dataclass(frozen=True)
class Organisation:
    """Who publishes the fact-checks: the `author` of every ClaimReview.

    Attributes:
        name: the organisation's name ("claims tracker" unless configured).
        url: its home page, "" when not configured (never guessed).
        dashboard_url: where the dashboard is served, "" when not configured. With it, a review without
            a url of its own links to the claim on the dashboard (`?claim=<claim_id>`), and `@id`s are
            addresses under it; without it they are `urn:claims-tracker:` names.
    """

    name: str = DEFAULT_NAME
    url: str = ""
    dashboard_url: str = ""

    def claim_link(self, claim_id: str) -> str:
        """The dashboard's address of one claim, or "" when no dashboard_url is configured."""
        if not self.dashboard_url:
            return ""
        base = self.dashboard_url.split("#", 1)[0]
        joiner = "&" if "?" in base else "?"
        return f"{base}{joiner}claim={quote(claim_id, safe='')}"

    def claim_iri(self, claim_id: str) -> str:
        """The `@id` of the claim itself (the ClaimReview's itemReviewed): stable, whoever reviews it."""
        return self._iri("claim", claim_id)

    def review_iri(self, claim_id: str) -> str:
        """The `@id` of the claim's ClaimReview: one per claim, so a new verdict replaces the old one."""
        return self._iri("claimreview", claim_id)

    def _iri(self, kind: str, claim_id: str) -> str:
        if self.dashboard_url:
            return f"{self.dashboard_url.split('#', 1)[0]}#{kind}-{quote(claim_id, safe='')}"
        return f"{URN}{kind}:{quote(claim_id, safe='')}"

    def as_author(self) -> dict:
        node = {"@type": "Organization", "name": self.name}
        if self.url:
            node["url"] = self.url
        return node


ORGANISATION_KEYS = ("name", "url", "dashboard_url")


def load_organisation(path: str | os.PathLike[str] | None = None) -> Organisation:
    """The publishing organisation from `path` (default `data/organisation.toml`); a missing file is the
    default (name "claims tracker", no url). ClaimReviewError names the file and key of a bad value."""
    from claims.rules import _url_check

    path = Path(path) if path is not None else ORGANISATION_FILE
    if not path.is_file():
        return Organisation()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ClaimReviewError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(ORGANISATION_KEYS))
    if unknown:
        raise ClaimReviewError(f"{path}: unknown key {unknown[0]!r}; the keys are {', '.join(ORGANISATION_KEYS)}")
    values: dict[str, str] = {}
    for key in ORGANISATION_KEYS:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise ClaimReviewError(f"{path}: {key} must be text in quotes, not {value!r}")
        value = " ".join(value.split())
        if key != "name" and value and (why := _url_check(value)):
            raise ClaimReviewError(f"{path}: {key}: {why[0]}; {why[1]}")
        values[key] = value
    if "name" in data and not values["name"]:
        raise ClaimReviewError(f"{path}: name is empty; give the organisation's name or remove the line")
    return Organisation(values["name"] or DEFAULT_NAME, values["url"], values["dashboard_url"])


# --- who made the claim: Person or Organization -----------------------------------------------------

FUNCTION_WORDS = frozenset("of for and the in on to de du la le da del van von at by".split())
"""Lowercase words a name may hold ("Office to Monitor and Combat Trafficking in Persons")."""

DOCUMENT_WORDS = frozenset("report reports interview interviews investigation estimate estimates testimony "
                           "survey data figures".split())
"""Trailing words that name what an agent produced, not the agent: "HRW interviews" → HRW."""

TITLE_WORDS = frozenset("minister ambassador analyst editor director author adviser advisor spokesperson "
                        "spokesman spokeswoman official president chair chairman secretary researcher "
                        "professor reporter correspondent envoy".split())
"""A parenthesis with one of these says what a person is, not where they work: it becomes `description`."""

HONORIFICS = ("Amb.", "Ambassador", "Rev.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Sen.", "Rep.",
              "Assemblyman", "Assemblywoman")
"""Titles before a name: kept as the Person's honorificPrefix, never as part of the name."""

NOT_NAMED = re.compile(r"""^(?:["“”'‘’]|not stated|unknown|unnamed|none\b)""", re.I)
"""A cell (or part) that names nobody: a quoted verb ('"it is estimated"'), "not stated"."""


def _split_outside(text: str, separator: str) -> list[str]:
    """`text` split at `separator` where it is not inside parentheses."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            start = i + len(separator)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _lowercase_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s/]+", name) if w[:1].islower() and w.lower() not in FUNCTION_WORDS]


def _organisation_like(name: str, known: Collection[str]) -> bool:
    """A known publisher, an organisation by `sources.is_organisation`, or an outlet's or institution's
    word ("Post", "Ilbo", "Department") by `sources.source_type`."""
    return name in known or sources.is_organisation(name) or sources.source_type(name) != "webpage"


def agents(cell: str, known: Collection[str] = ()) -> list[dict]:
    """The people and organisations a `claimant` or `attributed_to` cell names, as schema.org nodes.

    Several are separated by ';' (or ' / ' between two names); after a comma comes a qualifier
    ("John Miller, VOA interview of …" is John Miller); a closing parenthesis says where a person works
    (`affiliation`) or what they are (`description`): "John Miller (US State Department Office to …)" is
    the Person John Miller. A part names nobody when it is quoted ('"it is estimated"'), "not stated",
    starts lowercase ("experts", "an aid worker"; unless it is a publisher of `known`) or reads as a
    description (more than one lowercase word besides of/and/the…). Organisation: see `_organisation_like`.
    """
    out: list[dict] = []
    for part in _split_outside(" ".join(str(cell or "").split()), ";"):
        pieces = [part] if part in known else _split_outside(part, " / ")
        for piece in pieces:
            node = _agent(piece, known)
            if node is not None:
                out.append(node)
    return _merged(out)


def _agent(text: str, known: Collection[str]) -> dict | None:
    if NOT_NAMED.match(text):
        return None
    head = _split_outside(text, ",")[0] if text not in known else text
    note = ""
    closing = re.fullmatch(r"(.*?)\s*\(([^()]*)\)", head)
    if closing and closing.group(1):
        head, note = closing.group(1).strip(), closing.group(2).strip()
    prefix = next((h for h in HONORIFICS if head.startswith(h + " ")), "")
    name = head[len(prefix):].strip()
    if name not in known:
        words = name.split()
        while len(words) > 1 and words[-1].lower() in DOCUMENT_WORDS:
            words.pop()
        name = " ".join(words)
    if not name or (name not in known and (name[0].islower() or len(_lowercase_words(name)) > 1)):
        return None
    person = bool(prefix) or not _organisation_like(name, known)
    node: dict = {"@type": "Person" if person else "Organization", "name": name}
    if prefix:
        node["honorificPrefix"] = prefix
    if note:
        works_at = (person and _organisation_like(note, known) and not _lowercase_words(note)
                    and not any(w.strip(",.").lower() in TITLE_WORDS for w in note.split()))
        if works_at:
            node["affiliation"] = {"@type": "Organization", "name": note}
        else:
            node["description"] = note
    return node


def _merged(nodes: Iterable[dict]) -> list[dict]:
    """One node per (type, name): the first as written, with what later mentions add."""
    out: dict[tuple[str, str], dict] = {}
    for node in nodes:
        key = (node["@type"], node["name"].lower())
        if key in out:
            out[key] = {**node, **out[key]}
        else:
            out[key] = node
    return list(out.values())


# --- sources as CreativeWorks ---------------------------------------------------------------------

def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def creative_work(row: Mapping) -> dict:
    """A claim's source as a schema.org CreativeWork: headline, url, publisher, datePublished, author."""
    node: dict = {"@type": "CreativeWork", "headline": _text(row.get("source_title"))}
    if _text(row.get("url")):
        node["url"] = _text(row.get("url"))
    if _text(row.get("publisher")):
        node["publisher"] = {"@type": "Organization", "name": _text(row.get("publisher"))}
    if _text(row.get("published")):
        node["datePublished"] = _text(row.get("published"))
    authors = [{"@type": "Organization" if sources.is_organisation(a) else "Person", "name": a}
               for a in (" ".join(p.split()) for p in _text(row.get("author")).split(";")) if a]
    if authors:
        node["author"] = authors[0] if len(authors) == 1 else authors
    return node


def _identity(row: Mapping) -> tuple[str, str, str, str]:
    return tuple(_text(row.get(c)) for c in ("published", "publisher", "source_title", "url"))  # type: ignore[return-value]


# --- claimReviewed: the claim in one short sentence ---------------------------------------------------

TRAILING = frozenset("of for and the in on to a an by who which that are is were was per with from at".split())
"""Words a shortened label never ends (or, after the "…", starts) with."""

LABEL_ROOM = 20
"""The fewest characters a shortened label keeps to say what the figure is of; with less room left beside
the value, the label stays whole and the sentence runs over the limit (no number is cut to fit)."""


def _aside_free(value: str) -> str:
    """`value` without parenthetical asides that hold no digit ("10,000 (the official Chinese estimate)")."""
    return " ".join(re.sub(r"\s*\([^()0-9]*\)", "", value).split()) or value


def _elided(words: list[str], room: int) -> str:
    """The longest 'first words … last word' of `words` within `room` characters ("" if none)."""
    tail = words[-1]
    for n in range(len(words) - 2, 0, -1):
        head = words[:n]
        while len(head) > 1 and head[-1].lower().strip(",;:") in TRAILING:
            head = head[:-1]
        text = f"{' '.join(head).rstrip(',;:')} … {tail}"
        if len(text) <= room:
            return text
    return ""


def claim_sentence(row: Mapping, label: str = "", limit: int = CLAIM_REVIEWED_MAX) -> str:
    """The claim as `claimReviewed`: "<metric label>: <value as written>", at most `limit` characters
    where that can be done without cutting a number. In turn: the label loses a closing parenthesis;
    the value loses asides in parentheses that hold no digit; the label loses words from its middle
    (marked "…", its last word kept: it often says which share or price). The subject stands in for a
    missing label, the metric id for both."""
    value = _text(row.get("value"))
    what = _text(label) or _text(row.get("subject")) or _text(row.get("metric")).replace("_", " ").capitalize()
    if not what:
        return value
    bare = re.sub(r"\s*\([^()]*\)$", "", what).strip() or what
    short = _aside_free(value)
    for text in (f"{what}: {value}", f"{bare}: {value}", f"{bare}: {short}"):
        if len(text) <= limit:
            return text
    room = limit - len(f": {short}")
    elided = _elided(bare.split(), room) if room >= LABEL_ROOM else ""
    return f"{elided or bare}: {short}"


# --- the ClaimReview ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Index:
    """What one table says about repeats and sources, worked out once for a set of claims."""

    rows: Mapping[str, Mapping]          # claim id → row, for the claims, their repeats and originals
    repeated_by: Mapping[str, list[str]]  # claim id → the ids of claims whose derived_from names it
    known: frozenset[str]                 # publishers: names that are organisations as written


def _index(table: pd.DataFrame, wanted: Collection[str]) -> _Index:
    ids = table["claim_id"].astype(str)
    parent = table["derived_from"].fillna("").astype(str).str.strip() if "derived_from" in table else \
        pd.Series("", index=table.index)
    repeats = parent != ""
    repeated_by: dict[str, list[str]] = {}
    for child, of in zip(ids[repeats].tolist(), parent[repeats].tolist()):
        repeated_by.setdefault(of, []).append(child)
    needed: set[str] = set()
    for claim_id in wanted:  # the claims, every claim repeating them (any depth), and what they repeat
        stack = [claim_id]
        while stack:
            current = stack.pop()
            if current in needed:
                continue
            needed.add(current)
            stack.extend(repeated_by.get(current, ()))
    picked = table[ids.isin(needed | set(parent[ids.isin(wanted)].tolist()))]
    rows = {str(r["claim_id"]): r for r in picked.to_dict("records")}
    known = frozenset(str(p) for p in table["publisher"].unique() if isinstance(p, str)) | frozenset(sources.SOURCE_TYPES)
    return _Index(rows, repeated_by, known)


def _repeats(index: _Index, claim_id: str) -> list[str]:
    """Every claim that repeats `claim_id`, directly or through other repeats (loops end)."""
    seen, stack = {claim_id}, list(index.repeated_by.get(claim_id, ()))
    out: list[str] = []
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        out.append(current)
        stack.extend(index.repeated_by.get(current, ()))
    return out


def _one(nodes: list[dict]) -> dict | list[dict]:
    return nodes[0] if len(nodes) == 1 else nodes


def rating_node(rating: Rating, review: Review) -> dict:
    """The review's schema.org Rating: the scale's name, value and ends, the desk's explanation."""
    node = {"@type": "Rating", "name": rating.name, "alternateName": rating.name[:1].upper() + rating.name[1:],
            "ratingValue": rating.value, "bestRating": rating.best, "worstRating": rating.worst}
    if rating.description:
        node["description"] = rating.description
    if review.explanation:
        node["ratingExplanation"] = review.explanation
    return node


def _claim_node(index: _Index, claim_id: str, organisation: Organisation) -> dict:
    row = index.rows[claim_id]
    authors = agents(row.get("claimant"), index.known) + agents(row.get("attributed_to"), index.known)
    authors = _merged(authors) or ([{"@type": "Organization", "name": _text(row.get("publisher"))}]
                                   if _text(row.get("publisher")) else [])
    works: dict[tuple[str, str, str, str], tuple[tuple, dict]] = {}
    for other in [claim_id] + _repeats(index, claim_id):
        if other in index.rows:
            ident = _identity(index.rows[other])
            # earliest first; on the same date the claim's own source, then publisher, title, url
            works.setdefault(ident, ((ident[0], other != claim_id, *ident[1:]), creative_work(index.rows[other])))
    appearances = [work for _, work in sorted(works.values(), key=lambda kw: kw[0])]
    node: dict = {"@type": "Claim", "@id": organisation.claim_iri(claim_id)}
    if authors:
        node["author"] = _one(authors)
    if _text(row.get("published")):
        node["datePublished"] = _text(row.get("published"))
    node["appearance"] = _one(appearances)
    node["firstAppearance"] = appearances[0]
    original = _text(row.get("derived_from"))
    if original:
        based: dict = {"@type": "Claim", "@id": organisation.claim_iri(original)}
        if original in index.rows:
            source = creative_work(index.rows[original])
            based["appearance"] = source
            node["citation"] = source
        node["isBasedOn"] = based
    return node


def _verdict(reviews: Reviews, claim_id: str) -> tuple[Review, Rating] | None:
    review = reviews.latest.get(claim_id)
    rating = reviews.rating_of(claim_id) if review is not None else None
    return (review, rating) if rating is not None and rating.verdict else None


def _document(index: _Index, reviews: Reviews, claim_id: str, organisation: Organisation,
              labels: Mapping[str, str]) -> dict | None:
    found = _verdict(reviews, claim_id)
    if found is None or claim_id not in index.rows:
        return None
    review, rating = found
    row = index.rows[claim_id]
    doc: dict = {"@context": CONTEXT, "@type": "ClaimReview", "@id": organisation.review_iri(claim_id)}
    url = review.url or organisation.claim_link(claim_id)
    if url:
        doc["url"] = url
    doc["claimReviewed"] = claim_sentence(row, labels.get(_text(row.get("metric")), ""))
    doc["author"] = organisation.as_author()
    if review.reviewed:
        doc["datePublished"] = review.reviewed
    doc["reviewRating"] = rating_node(rating, review)
    doc["itemReviewed"] = _claim_node(index, claim_id, organisation)
    return doc


def _labels(labels: Mapping[str, str] | None) -> Mapping[str, str]:
    if labels is not None:
        return labels
    from claims.store import load_metrics

    return {m: info.label for m, info in load_metrics().items() if info.label}


def claim_review(claims: pd.DataFrame, reviews: Reviews, claim_id: str, *,
                 organisation: Organisation | None = None, labels: Mapping[str, str] | None = None) -> dict | None:
    """The ClaimReview of one claim of `claims` (the whole table: its repeats are appearances), or None
    when its current review is no verdict, it has none, or there is no such claim.

    `organisation`: default `load_organisation()`. `labels`: metric id → label (default: metrics.csv of
    the current claims file), for `claimReviewed`."""
    if _verdict(reviews, claim_id) is None:
        return None
    organisation = organisation or load_organisation()
    return _document(_index(claims, [claim_id]), reviews, claim_id, organisation, _labels(labels))


def claim_reviews(claims: pd.DataFrame, reviews: Reviews, table: pd.DataFrame | None = None, *,
                  organisation: Organisation | None = None, labels: Mapping[str, str] | None = None) -> list[dict]:
    """The ClaimReviews of the claims of `claims` (a view, in its order) that have a current verdict.

    `table`: the whole table, whose repeats are appearances (default: `claims`)."""
    whole = claims if table is None else table
    ids = [str(c) for c in claims["claim_id"].tolist() if _verdict(reviews, str(c)) is not None]
    if not ids:
        return []
    organisation = organisation or load_organisation()
    index, named = _index(whole, ids), _labels(labels)
    docs = (_document(index, reviews, claim_id, organisation, named) for claim_id in dict.fromkeys(ids))
    return [d for d in docs if d is not None]


def unlinked(documents: Iterable[dict]) -> list[str]:
    """The `@id`s of documents without a `url`, which Google requires: give the review's url in
    reviews.csv, or set dashboard_url in data/organisation.toml."""
    return [d["@id"] for d in documents if not d.get("url")]


def to_bytes(data: dict | list[dict]) -> bytes:
    """JSON-LD bytes: UTF-8, indented, keys in the order built, and '<', '>', '&' escaped (\\u003c…) so
    the text can sit inside an HTML <script type="application/ld+json"> whatever a cell holds."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return (text + "\n").encode("utf-8")


def claimreview_bytes(claims: pd.DataFrame, reviews: Reviews, table: pd.DataFrame | None = None, *,
                      organisation: Organisation | None = None, labels: Mapping[str, str] | None = None) -> bytes:
    """The ClaimReviews of `claims` as JSON-LD bytes: one object when `claims` is one claim, else a JSON
    list (in the order of `claims`). Same input, same bytes. ClaimReviewError when none has a verdict."""
    docs = claim_reviews(claims, reviews, table, organisation=organisation, labels=labels)
    if not docs:
        n = len(claims)
        verdicts = ", ".join(r.name for r in reviews.scale.values() if r.verdict)
        raise ClaimReviewError(
            f"{'the claim has no' if n == 1 else f'none of the {n} claims has a'} published verdict: a ClaimReview "
            f"needs a current review rated {verdicts or 'on the scale'} in reviews.csv (statuses such as "
            "unverified or in progress publish none)")
    return to_bytes(docs[0] if len(claims) == 1 else docs)
