"""The JSON API: read-only Starlette routes over the library, served beside the dashboard.

`app.py` mounts `routes()` on Streamlit's own server (`st.App(..., routes=api.routes())`), so the
README's `python -m streamlit run app.py` serves the dashboard and these on one port:

    GET /api                          what is here (this list, with the filters)
    GET /api/claims.json              the claims a view keeps, a page at a time: ?<filters>&limit=&offset=
    GET /api/claims/{id}.json         one claim with its context, competing estimates and reviews
    GET /api/claims/{id}.jsonld       its ClaimReview (404 when it has no published verdict)
    GET /api/metrics.json             the overview: one row per metric (?<filters>), with headline counts
    GET /api/problems.json            why rows are left out of every view: one problem each, a page at a time
    GET /api/export.{format}          a view as an export file: csv, json, csl-json, bibtex, ris, markdown, text…

The filters are the dashboard's query parameters, read by the one definition, `claims.filters.from_query`
(metric, topic, publisher, person, geo, claim_id, rating, basis, from, to, q); an unknown parameter or a
bad value is a 400 naming it. Claims come as the JSON export writes them (`claims.export`, so the API and
the JSON download agree), each with its `context` and current `review`.

Pages: `limit` (default 100) and `offset`; a limit over MAX_LIMIT is a 400, not clamped, so a program
never takes a short page for the whole set. Every page says `total` and links `next`/`prev`, which keep
the filters.

Caching: the table (claims, metrics, reviews, rating scale) is loaded once per version, a version being
the files' stamps (`store.file_stamp`), the day (a date may not lie in the future) and the code; that
version, hashed, is every response's `ETag`, and `If-None-Match` with it gives 304. `Cache-Control:
no-cache` makes clients ask each time, cheaply.

Only GET and HEAD: other methods are 405 with `Allow`. Cross-origin GETs are allowed (`Access-Control-
Allow-Origin: *`; an OPTIONS preflight allows GET and HEAD only). Every error is one line of JSON,
`{"error": "..."}`, never a traceback.

Each handler is a plain function `(request, table) -> build`: it reads and checks the request (raising
ApiError for a 400 or 404) and returns `build`, a function making the response's body, which is not
called when the client's copy is current.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import logging
import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pandas as pd
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from claims import backend, context, export, filters, overview, paths, reviews
from claims.problem import Problem
from claims.store import file_stamp

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
"""A page holds `limit` claims: DEFAULT_LIMIT unless asked, never more than MAX_LIMIT (more is a 400)."""

PAGING = ("limit", "offset")
STYLE = "style"
"""The reference style of the citations (claims.sources.STYLES), for /api/claims*.json and exports."""

ALLOWED = ("GET", "HEAD", "OPTIONS")
"""What the API answers; any other method gets 405."""

_REFUSED = ("POST", "PUT", "PATCH", "DELETE")

LD_JSON = "application/ld+json"

ORGANISATION_FILE = paths.DATA_DIR / "organisation.toml"
"""`claims.claimreview.ORGANISATION_FILE`, the publisher every ClaimReview names: part of the table's
version. Named here rather than imported, so that no answer but a ClaimReview needs that module."""

_LOG = logging.getLogger(__name__)


class ApiError(Exception):
    """A request the API cannot answer: its status (400, 404, 500, 501) and one line saying why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# --- the table, once per version ----------------------------------------------------------------------

_CODE = paths.release_digest(paths.READING_TABLES + paths.CONVERSION_TABLES)


def version_of(where: Path | str, today: date | None = None) -> tuple:
    """What every answer depends on: the table's version (`backend.version`: the claims file and the
    metrics, reviews and scale beside it, or the database's revision), the publishing organisation of
    the ClaimReviews, the day and the code."""
    where = where if isinstance(where, str) else Path(where)
    return (str(where), backend.version(where), file_stamp(ORGANISATION_FILE),
            (today or date.today()).isoformat(), _CODE)


def etag_of(version: tuple) -> str:
    """The ETag of a table version: weak, as the bytes differ with compression but the data does not."""
    return 'W/"' + hashlib.sha256(repr(version).encode()).hexdigest()[:32] + '"'


@dataclass(frozen=True)
class Table:
    """One version of the claims table with everything the API works out once for it."""

    path: Path
    etag: str
    claims: pd.DataFrame
    problems: list
    metrics: dict
    labels: dict[str, str]
    units: dict[str, str]
    book: export.KeyBook | None
    haystack: pd.Series
    contexts: pd.DataFrame
    reviews: reviews.Reviews
    basis: pd.DataFrame | None

    @property
    def ratings(self) -> dict[str, str]:
        return self.reviews.ratings()


def load_table(path: Path | str, version: tuple) -> Table:
    """Read the table (a file and what lies beside it, or a database) through `backend.read`; the
    context of every claim against the whole table."""
    read = backend.read(path)
    claims, problems, metrics, found = read.claims, read.problems, read.metrics, read.reviews
    units, labels = read.metric_units, read.labels
    has = not claims.empty
    return Table(path, etag_of(version), claims, problems, metrics, labels, units,
                 export.key_book(claims) if has else None, filters.search_text(claims) if has else pd.Series(dtype=str),
                 context.table(claims, units), found, overview.summary_basis(claims) if has else None)


_tables: dict[tuple, Table] = {}
_lock = threading.Lock()


def current_table(path: Path | None = None) -> Table:
    """The table of `path` (default: `paths.claims_path()`, i.e. $CLAIMS_DATA or the bundled table) as
    it is on disk now: loaded once per version, by one thread while the others wait."""
    path = backend.location(path)
    version = version_of(path)
    table = _tables.get(version)
    if table is not None:
        return table
    with _lock:
        table = _tables.get(version)
        if table is None:
            table = load_table(path, version)
            for old in [k for k in _tables if k[0] == version[0]]:  # one version per file is kept
                del _tables[old]
            _tables[version] = table
    return table


# --- reading a request ----------------------------------------------------------------------------------

def query_of(request: Request) -> dict[str, list[str]]:
    """The query string as name → values given, in order."""
    out: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        out.setdefault(name, []).append(value)
    return out


def read_filters(params: Mapping[str, list[str]], *, extra: tuple[str, ...] = ()) -> filters.Filters:
    """The view the query asks for; a parameter that is not a filter (nor in `extra`) is a 400 naming it."""
    try:
        return filters.from_query(params, ignore=extra)
    except filters.FilterError as exc:
        raise ApiError(400, str(exc)) from None


def read_style(params: Mapping[str, list[str]]) -> str:
    style = (params.get(STYLE) or ["apa"])[-1].strip() or "apa"
    if style not in export.STYLES:
        raise ApiError(400, f"style {style!r} is not one of {', '.join(export.STYLES)}")
    return style


def _whole(params: Mapping[str, list[str]], name: str, default: int) -> int:
    given = [v.strip() for v in params.get(name, []) if v.strip()]
    if not given:
        return default
    try:
        return int(given[-1])
    except ValueError:
        raise ApiError(400, f"{name} {given[-1]!r} is not a whole number") from None


def read_page(params: Mapping[str, list[str]]) -> tuple[int, int]:
    """(limit, offset): limit 1 to MAX_LIMIT, default DEFAULT_LIMIT; offset 0 or more."""
    limit, offset = _whole(params, "limit", DEFAULT_LIMIT), _whole(params, "offset", 0)
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(400, f"limit {limit} is not between 1 and {MAX_LIMIT:,}; page through more with offset")
    if offset < 0:
        raise ApiError(400, f"offset {offset} is negative")
    return limit, offset


def pick(table: Table, f: filters.Filters) -> pd.DataFrame:
    """The claims the view keeps, in table order (the dashboard's own filtering)."""
    if table.claims.empty:
        return table.claims
    return filters.filter_claims(table.claims, f, table.haystack, table.ratings)


def claim_row(table: Table, claim_id: str) -> pd.DataFrame:
    """The one row of `claim_id`; 404 when the table has none."""
    rows = table.claims[table.claims["claim_id"].astype(str) == claim_id] if not table.claims.empty else table.claims
    if rows.empty:
        raise ApiError(404, f"no claim with id {claim_id!r}")
    return rows.iloc[:1]


# --- what a claim looks like ------------------------------------------------------------------------------

def review_record(review: reviews.Review, scale: Mapping[str, reviews.Rating]) -> dict:
    """A review as the API gives it: the rating with its place on the scale, who, when, why and where."""
    rating = scale.get(review.rating.lower())
    return {"rating": review.rating, "verdict": bool(rating and rating.verdict),
            "rating_value": rating.value if rating else None, "best_rating": rating.best if rating else None,
            "worst_rating": rating.worst if rating else None, "explanation": review.explanation or None,
            "reviewer": review.reviewer or None, "reviewed": review.reviewed, "url": review.url or None}


def items(table: Table, rows: pd.DataFrame, style: str = "apa") -> list[dict]:
    """The claims of `rows` as the JSON export writes them (context included), each with its current review."""
    if rows.empty:
        return []
    data = export.export_bytes(rows, "json", style, keys_from=table.book, labels=table.labels,
                               contexts=context.records(table.claims, table.contexts, rows))
    out = json.loads(data)
    for item in out:
        current = table.reviews.latest.get(item["claim_id"])
        item["review"] = None if current is None else review_record(current, table.reviews.scale)
    return out


def _finite(value: Any) -> Any:
    """JSON has no infinity or NaN: such a number is null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _json(payload: Any) -> bytes:
    return (json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def _url(request: Request, path: str, query: list[tuple[str, str]] | None = None) -> str:
    """An absolute address on this server (as the client reached it), under the API's base path."""
    base = str(request.base_url).rstrip("/") + getattr(request.state, "base_path", "")
    return base + path + ("?" + urlencode(query) if query else "")


# --- the handlers ------------------------------------------------------------------------------------------

Build = Callable[[], Response]


def index(request: Request, table: Table) -> Build:
    """GET /api: the endpoints and filters."""
    if request.query_params:
        raise ApiError(400, f"unknown parameter {next(iter(request.query_params))!r}; /api takes none")

    def build() -> Response:
        return _response(_json({
            "endpoints": {
                "claims": "/api/claims.json?<filters>&limit=&offset=&style=",
                "claim": "/api/claims/{claim_id}.json",
                "claimreview": "/api/claims/{claim_id}.jsonld",
                "metrics": "/api/metrics.json?<filters>",
                "problems": "/api/problems.json?limit=&offset=",
                "export": "/api/export.{format}?<filters>&style=",
            },
            "filters": list(filters.QUERY), "formats": list(export.FORMATS), "styles": list(export.STYLES),
            "limit": {"default": DEFAULT_LIMIT, "max": MAX_LIMIT},
        }), "application/json")

    return build


def claims_page(request: Request, table: Table) -> Build:
    """GET /api/claims.json?<filters>&limit=&offset=&style=: one page of the claims the view keeps."""
    params = query_of(request)
    f = read_filters(params, extra=PAGING + (STYLE,))
    limit, offset = read_page(params)
    style = read_style(params)

    def build() -> Response:
        picked = pick(table, f)
        total = len(picked)
        keep = filters.to_query(f) + ([(STYLE, style)] if STYLE in params else [])

        def link(at: int) -> str:
            return _url(request, "/api/claims.json", keep + [("limit", str(limit)), ("offset", str(at))])

        payload = {
            "total": total, "offset": offset, "limit": limit,
            "next": link(offset + limit) if offset + limit < total else None,
            "prev": link(max(0, min(offset, total) - limit)) if offset > 0 else None,
            "claims": items(table, picked.iloc[offset:offset + limit], style),
        }
        return _response(_json(payload), "application/json")

    return build


def claim_detail(request: Request, table: Table) -> Build:
    """GET /api/claims/{claim_id}.json: the claim, its context, the estimates it is compared with, its reviews."""
    params = query_of(request)
    if set(params) - {STYLE}:
        raise ApiError(400, f"unknown parameter {sorted(set(params) - {STYLE})[0]!r}; a claim takes only {STYLE}")
    style = read_style(params)
    claim_id = request.path_params["claim_id"]
    row = claim_row(table, claim_id)

    def build() -> Response:
        item = items(table, row, style)[0]
        stands = context.of_claim(table.claims, table.contexts, claim_id)
        item["context"] = stands.as_dict()
        competing = context.competitors(table.claims, table.contexts, claim_id)
        item["competitors"] = items(table, competing, style)
        item["reviews"] = [review_record(r, table.reviews.scale) for r in table.reviews.of(claim_id)]
        rating = table.reviews.rating_of(claim_id)
        metric = str(row["metric"].iloc[0])
        item["links"] = {
            "self": _url(request, f"/api/claims/{quote(claim_id)}.json"),
            "claimreview": _url(request, f"/api/claims/{quote(claim_id)}.jsonld")
            if rating is not None and rating.verdict else None,
            "dashboard": _url(request, "/", [("metric", metric), ("claim", claim_id)]),
        }
        return _response(_json(item), "application/json")

    return build


def claim_review(request: Request, table: Table) -> Build:
    """GET /api/claims/{claim_id}.jsonld: the claim's ClaimReview (schema.org JSON-LD), 404 without a verdict."""
    if request.query_params:
        raise ApiError(400, f"unknown parameter {next(iter(request.query_params))!r}; a ClaimReview takes none")
    claim_id = request.path_params["claim_id"]
    claim_row(table, claim_id)
    claimreview, organisation = _publisher()
    document = claimreview.claim_review(table.claims, table.reviews, claim_id, organisation=organisation,
                                        labels=table.labels)
    if document is None:
        raise ApiError(404, f"claim {claim_id!r} has no published verdict")

    def build() -> Response:
        return _response(claimreview.to_bytes(document), LD_JSON)

    return build


def problem_record(p: Problem) -> dict:
    """A problem as the API gives it: the table it is in by name (claims.csv, metrics.csv, or a database's
    #claims), never the server's own paths."""
    where = p.file.rsplit("#", 1)[1] + " table" if "#" in p.file else Path(p.file).name
    return {"in": where, "row": p.row, "column": p.column, "value": p.value, "message": p.message, "fix": p.fix}


def problems(request: Request, table: Table) -> Build:
    """GET /api/problems.json?limit=&offset=: the table's problems, which keep their rows out of every view."""
    params = query_of(request)
    if set(params) - set(PAGING):
        raise ApiError(400, f"unknown parameter {sorted(set(params) - set(PAGING))[0]!r}; problems take only "
                            "limit and offset")
    limit, offset = read_page(params)

    def build() -> Response:
        found = table.problems
        total = len(found)

        def link(at: int) -> str:
            return _url(request, "/api/problems.json", [("limit", str(limit)), ("offset", str(at))])

        payload = {
            "total": total, "rows": len({(p.file, p.row) for p in found}), "offset": offset, "limit": limit,
            "next": link(offset + limit) if offset + limit < total else None,
            "prev": link(max(0, min(offset, total) - limit)) if offset > 0 else None,
            "problems": [problem_record(p) for p in found[offset:offset + limit]],
        }
        return _response(_json(payload), "application/json")

    return build


def metrics(request: Request, table: Table) -> Build:
    """GET /api/metrics.json?<filters>: the overview of the claims the view keeps."""
    f = read_filters(query_of(request))

    def build() -> Response:
        picked = pick(table, f)
        summary = overview.metric_summary(picked, table.units, table.labels,
                                          None if picked.empty else table.basis)
        rows = [{k: _finite(v.item() if hasattr(v, "item") else v) for k, v in row.items()}
                for row in summary.to_dict("records")]
        head = overview.headline(picked) if not picked.empty else None
        payload = {
            "headline": None if head is None else {
                "claims": head.claims, "reports": head.reports, "producers": head.producers,
                "metrics": head.metrics, "first_year": head.first_year, "last_year": head.last_year},
            "metrics": rows,
        }
        return _response(_json(payload), "application/json")

    return build


def export_file(request: Request, table: Table) -> Build:
    """GET /api/export.{format}?<filters>&style=: the view's claims as an export file (not paginated)."""
    fmt = request.path_params["fmt"]
    if fmt not in export.FORMATS:
        raise ApiError(404, f"no export format {fmt!r}; formats are {', '.join(export.FORMATS)}")
    params = query_of(request)
    f = read_filters(params, extra=(STYLE,))
    style = read_style(params)
    spec = export.FORMATS[fmt]
    picked = pick(table, f)
    if picked.empty:
        raise ApiError(404, "no claims match these filters" if not f.is_empty() else "the table has no claims")
    if fmt == "claimreview":
        _publisher()  # the module is here and the organisation file reads
        if not any(rating is not None and rating.verdict for rating in map(table.reviews.rating_of, picked["claim_id"])):
            n = len(picked)
            raise ApiError(404, f"no published verdict among the {n} claim{'s' * (n != 1)} of this view (a current "
                           "review rated on the scale); statuses such as unverified publish no ClaimReview")

    def build() -> Response:
        contexts = context.records(table.claims, table.contexts, picked) if fmt in ("csv", "json") else None
        # a ClaimReview needs the table itself (a repeat of the claim is one of its appearances), not its keys
        keys = table.claims if fmt == "claimreview" else table.book
        data = export.export_bytes(picked, fmt, style, keys_from=keys, labels=table.labels, contexts=contexts,
                                   reviews=table.reviews)
        name = export.export_filename(fmt)
        return _response(data, spec.mime, {"Content-Disposition": f'inline; filename="{name}"'})

    return build


def _publisher():
    """claims.claimreview, imported when first asked for (501 while it is not installed), and the
    publishing organisation it names (a misconfigured data/organisation.toml is a 500 saying so)."""
    try:
        claimreview = importlib.import_module("claims.claimreview")
    except ModuleNotFoundError as exc:
        if exc.name != "claims.claimreview":
            raise
        raise ApiError(501, "ClaimReview output is not available in this version") from None
    try:
        return claimreview, claimreview.load_organisation()
    except claimreview.ClaimReviewError as exc:
        _LOG.error("ClaimReview: %s", exc)
        raise ApiError(500, "the publishing organisation is misconfigured; the server's log says how") from None


def not_found(request: Request, table: Table) -> Build:
    raise ApiError(404, f"no such address {request.url.path!r}; see /api")


# --- what every answer shares -------------------------------------------------------------------------------

CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag"}


def _response(body: bytes, media_type: str, headers: Mapping[str, str] | None = None) -> Response:
    return Response(body, media_type=media_type, headers=dict(headers or {}))


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """`{"error": "..."}` on one line."""
    body = json.dumps({"error": " ".join(str(message).split())}, ensure_ascii=False) + "\n"
    return Response(body.encode("utf-8"), status_code=status, media_type="application/json",
                    headers={**CORS, **(headers or {})})


def matches(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET)."""
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


def endpoint(handler: Callable[[Request, Table], Build], base: str = "") -> Callable[[Request], Response]:
    """A handler made an endpoint: methods, CORS, the table's version as ETag, 304, errors as JSON.
    `base`: the server's base path, which the addresses it gives carry (`_url`)."""

    def serve(request: Request) -> Response:
        request.state.base_path = base
        if request.method == "OPTIONS":  # a CORS preflight: reading is all a page elsewhere may do
            return Response(status_code=204, headers={
                **CORS, "Access-Control-Allow-Methods": "GET, HEAD",
                "Access-Control-Allow-Headers": "If-None-Match", "Access-Control-Max-Age": "86400",
                "Allow": ", ".join(ALLOWED)})
        if request.method not in ("GET", "HEAD"):
            return error(405, f"{request.method} is not allowed: the API is read-only (GET)",
                         {"Allow": ", ".join(ALLOWED)})
        try:
            table = current_table()
            build = handler(request, table)
            shared = {**CORS, "ETag": table.etag, "Cache-Control": "no-cache"}
            if matches(request.headers.get("if-none-match", ""), table.etag):
                return Response(status_code=304, headers=shared)
            response = build()
        except ApiError as exc:
            return error(exc.status, exc.message)
        except Exception:  # noqa: BLE001 - the client gets one line; the server's log gets the traceback
            _LOG.exception("API error on %s", request.url.path)
            return error(500, "internal error; the server's log has the details")
        response.headers.update(shared)
        return response

    serve.__name__ = handler.__name__
    return serve


def base_path(option: object) -> str:
    """The path the server is served under (Streamlit's `server.baseUrlPath`, e.g. "desk") as "/desk",
    or "" for none: the API, and the dashboard's links to it, live under it like the dashboard."""
    text = str(option or "").strip().strip("/")
    return f"/{text}" if text else ""


def routes(base: str = "") -> list[Route]:
    """The API's routes, for `st.App(..., routes=api.routes(base))` (or any Starlette app), under the
    server's `base_path` when it has one. (Each route carries the path: a Mount at it would take
    every address under it, the dashboard's own included.)"""
    methods = list(ALLOWED) + list(_REFUSED)
    served: list[tuple[str, Callable[[Request, Table], Build]]] = [
        ("/api", index),
        ("/api/", index),
        ("/api/claims.json", claims_page),
        ("/api/claims/{claim_id}.jsonld", claim_review),
        ("/api/claims/{claim_id}.json", claim_detail),
        ("/api/metrics.json", metrics),
        ("/api/problems.json", problems),
        ("/api/export.{fmt}", export_file),
        ("/api/{rest:path}", not_found),
    ]
    return [Route(base + path, endpoint(handler, base), methods=methods) for path, handler in served]
