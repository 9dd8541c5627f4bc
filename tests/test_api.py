"""The JSON API against the real server: `python -m streamlit run app.py` serves it beside the dashboard.

The server reads a copy of the bundled table with a reviews.csv written here, from the files or from a
PostgreSQL database holding them (issue 16); every expectation is
worked out with the library (filters, export, context, reviews, overview) on the same files.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from claims import context, export, filters, overview, reviews
from claims.paths import DATA_DIR
from claims.store import load_claims, load_metrics
from conftest import put_as_is
from servers import streamlit_server

ROOT = Path(__file__).resolve().parent.parent

REVIEWED = "afp-2010-bride-price"
"""Reviewed twice: inconclusive, then (later, so current, though written first) misleading."""
STATUS_ONLY = "taipeitimes-2005-trafficked-count"
"""Reviewed with a status that is no verdict (unverified)."""

REVIEWS = (
    "claim_id,rating,explanation,reviewer,reviewed,url\n"
    f"{REVIEWED},inconclusive,First look.,Jane Doe,2026-01-10,\n"
    f"{REVIEWED},misleading,Counts one province only.,Jane Doe,2026-02-01,https://example.org/fc/1\n"
    f"{STATUS_ONLY},unverified,,Sam Roe,2026-01-12,\n"
)


@dataclass
class Server:
    """A running server, and the files the expectations are worked out on. `database`: the URL of the
    PostgreSQL database holding those files' cells, which the server reads instead ("" when it reads
    the files)."""

    url: str
    folder: Path
    database: str = ""

    @property
    def claims_file(self) -> Path:
        return self.folder / "claims.csv"

    def files_changed(self) -> None:
        """After a test edits the files: the database, when the server reads one, holds them too."""
        if self.database:
            put_as_is(self.claims_file, self.database)


@pytest.fixture(scope="module", params=["csv", "postgres"])
def server(request, tmp_path_factory):
    """The real server (`streamlit run app.py`) over a copy of the bundled table and our reviews: read
    from those files, or from a PostgreSQL database holding them (issue 16)."""
    folder = tmp_path_factory.mktemp("data")
    for name in ("claims.csv", "metrics.csv"):
        (folder / name).write_bytes((DATA_DIR / name).read_bytes())
    (folder / "reviews.csv").write_text(REVIEWS, encoding="utf-8")
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    database = ""
    if request.param == "postgres":
        import psycopg

        admin = request.getfixturevalue("pg_server").url
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute('DROP DATABASE IF EXISTS "api" WITH (FORCE)')
            conn.execute('CREATE DATABASE "api"')
        database = admin.rsplit("/", 1)[0] + "/api"
        put_as_is(folder / "claims.csv", database)
    with streamlit_server(database or folder / "claims.csv", log) as url:
        yield Server(url, folder, database)


def test_under_a_base_path_the_api_and_its_links_live_under_it(tmp_path):
    """Behind a proxy serving the desk's dashboard at /desk (server.baseUrlPath), the API is there too,
    and every address it gives carries the path."""
    log = tmp_path / "streamlit.log"
    with streamlit_server(DATA_DIR / "claims.csv", log, base="desk") as url:
        assert url.endswith("/desk")
        page = call(url + "/api/claims.json?limit=1")
        assert page.status == 200 and page.json()["next"] == f"{url}/api/claims.json?limit=1&offset=1"
        assert call(url + "/api/metrics.json").json()["headline"]["claims"] == 69
        root = url.removesuffix("/desk")
        assert call(root + "/api/metrics.json").status == 404  # nothing answers outside the path


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body)


def call(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Reply:
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


def get(server: Server, path: str, **params) -> Reply:
    query = urlencode(params, doseq=True)
    return call(server.url + path + ("?" + query if query else ""))


@dataclass
class Expected:
    """The library's own answers over the server's files."""

    claims: object
    labels: dict[str, str]
    units: dict[str, str]
    reviews: reviews.Reviews

    def picked(self, **params):
        f = filters.from_query({k: v if isinstance(v, list) else [v] for k, v in params.items()})
        return filters.filter_claims(self.claims, f, ratings=self.reviews.ratings())

    def export(self, picked, fmt: str) -> bytes:
        return export.export_bytes(picked, fmt, keys_from=self.claims, labels=self.labels, metric_units=self.units)


@pytest.fixture(scope="module")
def expected(server) -> Expected:
    claims = load_claims(server.claims_file)
    metrics = load_metrics(server.folder / "metrics.csv")
    return Expected(claims, {m: i.label for m, i in metrics.items() if i.label}, {m: i.unit for m, i in metrics.items()},
                    reviews.load_reviews(server.claims_file, set(claims["claim_id"])))


def ids(reply: Reply) -> list[str]:
    return [item["claim_id"] for item in reply.json()["claims"]]


def assert_error(reply: Reply, status: int, *words: str) -> None:
    """A JSON error: one line, {"error": ...}, naming `words`; never a traceback."""
    assert reply.status == status, reply.body
    assert reply.headers["content-type"].startswith("application/json")
    text = reply.body.decode()
    assert text.count("\n") <= 1 and "Traceback" not in text
    body = json.loads(text)
    assert list(body) == ["error"]
    for word in words:
        assert word in body["error"]


# --- the claims a view keeps ---------------------------------------------------------------------------------

@pytest.mark.parametrize("params", [
    {"metric": "bride_price"},
    {"metric": ["bride_price", "trafficked_share"], "basis": "stated"},
    {"publisher": "Daily NK", "from": "2006"},
    {"q": "refugee"},
    {"rating": "misleading"},
    {"rating": "unreviewed", "metric": "bride_price"},
])
def test_the_filters_are_the_dashboards(server, expected, params):
    reply = get(server, "/api/claims.json", limit=1000, **params)
    assert reply.status == 200, reply.body
    want = expected.picked(**params)
    assert 0 < len(want) < len(expected.claims)
    assert ids(reply) == list(want["claim_id"])
    assert reply.json()["total"] == len(want)


def test_each_item_is_the_json_export_row_with_its_review(server, expected):
    reply = get(server, "/api/claims.json", metric="bride_price", **{"from": "2009"})
    rows = json.loads(expected.export(expected.picked(metric="bride_price", **{"from": "2009"}), "json"))
    got = reply.json()["claims"]
    assert [{k: v for k, v in item.items() if k != "review"} for item in got] == rows
    assert all(row["context"]["sentence"] for row in rows)
    # the context is against the whole table, not the view: the 1999 estimate still counts
    assert {item["claim_id"]: item["context"]["others"] for item in got}[REVIEWED] == 6
    review = {item["claim_id"]: item["review"] for item in got}
    assert review[REVIEWED]["rating"] == "misleading" and review[REVIEWED]["verdict"] is True
    assert review[REVIEWED]["url"] == "https://example.org/fc/1"
    assert sum(r is None for r in review.values()) == len(got) - 1


@pytest.mark.parametrize("query, named", [
    ({"metrc": "bride_price"}, "'metrc'"),
    ({"from": "20x5"}, "from '20x5'"),
    ({"basis": "guessed"}, "basis 'guessed'"),
    ({"limit": "ten"}, "limit 'ten'"),
    ({"offset": "-1"}, "offset -1"),
    ({"style": "mla"}, "style 'mla'"),
])
def test_a_bad_parameter_is_a_400_naming_it(server, query, named):
    assert_error(get(server, "/api/claims.json", **query), 400, named)


def test_exports_and_metrics_take_the_same_filters_and_refuse_bad_ones(server):
    assert_error(get(server, "/api/export.csv", metrc="x"), 400, "'metrc'")
    assert_error(get(server, "/api/metrics.json", basis="guessed"), 400, "basis 'guessed'")


# --- pages ------------------------------------------------------------------------------------------------------

def test_next_links_walk_every_claim_once_in_order(server, expected):
    seen, url, pages = [], f"{server.url}/api/claims.json?limit=10", 0
    while url:
        page = call(url).json()
        assert page["total"] == len(expected.claims) and page["limit"] == 10
        assert len(page["claims"]) == min(10, page["total"] - page["offset"])
        seen += [item["claim_id"] for item in page["claims"]]
        url, pages = page["next"], pages + 1
    assert seen == list(expected.claims["claim_id"])
    assert pages == -(-len(expected.claims) // 10)


def test_the_last_page_has_no_next_when_it_ends_exactly(server, expected):
    n = len(expected.picked(metric="bride_price"))
    whole = get(server, "/api/claims.json", metric="bride_price", limit=n).json()
    assert len(whole["claims"]) == n and whole["next"] is None
    half = get(server, "/api/claims.json", metric="bride_price", limit=n // 2, offset=n - n // 2).json()
    assert len(half["claims"]) == n // 2 and half["next"] is None and half["prev"] is not None


def test_next_and_prev_keep_the_filters(server, expected):
    want = list(expected.picked(metric="bride_price", basis="stated")["claim_id"])
    first = get(server, "/api/claims.json", metric="bride_price", basis="stated", limit=3).json()
    assert first["prev"] is None and first["total"] == len(want) > 3
    query = parse_qs(urlsplit(first["next"]).query)
    assert query == {"metric": ["bride_price"], "basis": ["stated"], "limit": ["3"], "offset": ["3"]}
    second = call(first["next"]).json()
    assert [c["claim_id"] for c in first["claims"] + second["claims"]] == want[:6]
    assert parse_qs(urlsplit(second["prev"]).query)["offset"] == ["0"]
    assert call(second["prev"]).json() == first


def test_a_page_holds_at_most_1000(server, expected):
    assert get(server, "/api/claims.json").json()["limit"] == 100
    everything = get(server, "/api/claims.json", limit=1000).json()
    assert len(everything["claims"]) == len(expected.claims) and everything["next"] is None
    assert_error(get(server, "/api/claims.json", limit=1001), 400, "limit 1001", "1,000")
    assert_error(get(server, "/api/claims.json", limit=0), 400, "limit 0")


def test_an_offset_past_the_end_is_an_empty_page(server, expected):
    page = get(server, "/api/claims.json", offset=len(expected.claims) + 5, limit=10).json()
    assert page["claims"] == [] and page["next"] is None
    assert parse_qs(urlsplit(page["prev"]).query)["offset"] == [str(len(expected.claims) - 10)]


# --- one claim ------------------------------------------------------------------------------------------------

def test_one_claim_with_its_context_competitors_and_reviews(server, expected):
    reply = get(server, f"/api/claims/{REVIEWED}.json")
    assert reply.status == 200
    got = reply.json()
    claims = expected.claims
    table = context.table(claims, expected.units)
    assert got["context"] == context.of_claim(claims, table, REVIEWED).as_dict()
    assert got["context"]["status"] == "within_span" and got["context"]["others"] == 6
    competing = context.competitors(claims, table, REVIEWED)
    assert [c["claim_id"] for c in got["competitors"]] == list(competing["claim_id"])
    assert all(c["citation"]["text"] and c["source"]["title"] for c in got["competitors"])
    assert got["review"]["rating"] == "misleading" and got["review"]["explanation"] == "Counts one province only."
    assert [r["rating"] for r in got["reviews"]] == ["misleading", "inconclusive"]
    assert (got["review"]["rating_value"], got["review"]["best_rating"], got["review"]["worst_rating"]) == (2, 4, 1)
    row = json.loads(expected.export(claims[claims["claim_id"] == REVIEWED], "json"))[0]
    assert {k: got[k] for k in row} == row
    assert got["links"]["claimreview"].endswith(f"/api/claims/{REVIEWED}.jsonld")
    assert got["links"]["dashboard"] == f"{server.url}/?metric=bride_price&claim={REVIEWED}"


def test_a_claim_without_a_verdict_links_no_claimreview(server):
    got = get(server, f"/api/claims/{STATUS_ONLY}.json").json()
    assert got["review"]["rating"] == "unverified" and got["review"]["verdict"] is False
    assert got["links"]["claimreview"] is None


def test_unknown_ids_and_addresses_are_404(server):
    assert_error(get(server, "/api/claims/no-such-claim.json"), 404, "'no-such-claim'")
    assert_error(get(server, "/api/claims/no-such-claim.jsonld"), 404, "'no-such-claim'")
    assert_error(get(server, "/api/export.xlsx"), 404, "'xlsx'", "bibtex")
    assert_error(get(server, "/api/claimz.json"), 404, "/api/claimz.json")
    assert_error(get(server, "/api/export.csv", metric="no_such_metric"), 404, "no claims match")


def test_claimreview_of_a_claim_with_a_verdict(server, expected):
    claimreview = pytest.importorskip("claims.claimreview")
    reply = get(server, f"/api/claims/{REVIEWED}.jsonld")
    assert reply.status == 200, reply.body
    assert reply.headers["content-type"].startswith("application/ld+json")
    assert reply.json() == claimreview.claim_review(expected.claims, expected.reviews, REVIEWED, labels=expected.labels)
    assert_error(get(server, f"/api/claims/{STATUS_ONLY}.jsonld"), 404, "no published verdict")


# --- the overview and the exports ----------------------------------------------------------------------------

def test_metrics_is_the_overview_of_the_view(server, expected):
    for params in ({}, {"publisher": "Daily NK"}):
        got = get(server, "/api/metrics.json", **params).json()
        picked = expected.picked(**params)
        summary = overview.metric_summary(picked, expected.units, expected.labels)
        assert [m["metric"] for m in got["metrics"]] == list(summary["metric"])
        assert [m["claims"] for m in got["metrics"]] == list(summary["claims"])
        assert [m["span"] for m in got["metrics"]] == list(summary["span"])
        assert got["headline"]["claims"] == len(picked)
    disputed = {m["metric"]: m for m in get(server, "/api/metrics.json").json()["metrics"]}
    assert disputed["bride_price"]["agreement"] == "conflict" and disputed["bride_price"]["disagreement"] > 1


@pytest.mark.parametrize("fmt", [f for f in export.FORMATS if f != "claimreview"])
def test_every_export_format_is_the_export_of_the_view(server, expected, fmt):
    reply = get(server, f"/api/export.{fmt}", metric="bride_price", basis="stated")
    assert reply.status == 200, reply.body
    assert reply.body == expected.export(expected.picked(metric="bride_price", basis="stated"), fmt)
    assert reply.headers["content-type"].split(";")[0] == export.FORMATS[fmt].mime
    assert export.export_filename(fmt) in reply.headers["content-disposition"]


def test_the_etag_watches_the_file_claimreview_reads_its_publisher_from():
    claimreview = pytest.importorskip("claims.claimreview")
    from claims import api

    assert api.ORGANISATION_FILE == claimreview.ORGANISATION_FILE


def test_the_claimreview_export_of_the_view(server, expected):
    if "claimreview" not in export.FORMATS:
        pytest.skip("claimreview is not an export format yet")
    reply = get(server, "/api/export.claimreview", metric="bride_price")
    assert reply.status == 200, reply.body
    assert reply.headers["content-type"] == "application/ld+json"
    picked = expected.picked(metric="bride_price")
    assert reply.body == export.export_bytes(picked, "claimreview", keys_from=expected.claims, labels=expected.labels,
                                             reviews=expected.reviews)
    assert [doc["itemReviewed"]["@id"].endswith(REVIEWED) for doc in reply.json()] == [True]
    assert_error(get(server, "/api/export.claimreview", claim_id=STATUS_ONLY), 404, "no published verdict")


# --- HTTP: methods, CORS, versions ---------------------------------------------------------------------------

@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writing_methods_are_405_with_allow(server, method):
    reply = call(f"{server.url}/api/claims.json", method=method)
    assert_error(reply, 405, method)
    assert set(reply.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "OPTIONS"}
    assert call(f"{server.url}/api/claims/{REVIEWED}.json", method=method).status == 405


def test_cors_allows_any_origin_to_get_and_nothing_else(server):
    reply = call(f"{server.url}/api/claims.json?metric=bride_price", headers={"Origin": "https://elsewhere.example"})
    assert reply.headers["access-control-allow-origin"] == "*"
    assert "etag" in reply.headers["access-control-expose-headers"].lower()
    assert get(server, "/api/claims/nope.json").headers["access-control-allow-origin"] == "*"
    preflight = call(f"{server.url}/api/claims.json", method="OPTIONS",
                     headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert preflight.status == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert set(preflight.headers["access-control-allow-methods"].replace(" ", "").split(",")) == {"GET", "HEAD"}


def test_head_answers_like_get_without_a_body(server):
    got, head = get(server, "/api/metrics.json"), call(f"{server.url}/api/metrics.json", method="HEAD")
    assert head.status == 200 and head.body == b""
    assert head.headers["etag"] == got.headers["etag"] and head.headers["content-type"] == "application/json"


def test_problems_say_why_rows_are_left_out_naming_the_table_not_the_servers_paths(server):
    assert get(server, "/api/problems.json").json() == {
        "total": 0, "rows": 0, "offset": 0, "limit": 100, "next": None, "prev": None, "problems": []}
    table = server.claims_file.read_bytes()
    first = table.split(b"\n")[1]
    bad = [first.replace(first.split(b",")[0], f"bad-{n}".encode(), 1).replace(b",2006-09-10,", b",2099-01-01,", 1)
           for n in (1, 2)]  # the first claim again, published in the future
    assert all(b",2099-01-01," in line for line in bad)
    try:
        server.claims_file.write_bytes(table + b"\n".join(bad) + b"\n")
        server.files_changed()
        page = get(server, "/api/problems.json", limit=1).json()
        assert (page["total"], page["rows"], page["limit"]) == (2, 2, 1)
        assert page["next"].endswith("/api/problems.json?limit=1&offset=1") and page["prev"] is None
        [problem] = page["problems"]
        assert problem["in"] == ("claims table" if server.database else "claims.csv")
        assert (problem["row"], problem["column"], problem["value"]) == (71, "published", "2099-01-01")
        assert "future" in problem["message"] and problem["fix"]
        assert str(server.folder) not in json.dumps(page)
        assert get(server, "/api/claims.json", limit=1).json()["total"] == 69  # left out of every view
        assert get(server, "/api/problems.json", page=2).status == 400
    finally:
        server.claims_file.write_bytes(table)
        server.files_changed()


def test_etag_gives_304_until_the_table_changes(server, expected):
    first = get(server, "/api/claims.json", metric="bride_price")
    tag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    for path in ("/api/claims.json?metric=bride_price", f"/api/claims/{REVIEWED}.json", "/api/metrics.json",
                 "/api/export.ris"):
        again = call(server.url + path, headers={"If-None-Match": tag})
        assert again.status == 304 and again.body == b"", path
        assert again.headers["etag"] == tag
    assert call(server.url + "/api/metrics.json", headers={"If-None-Match": 'W/"other"'}).status == 200
    # an error is never "not modified"
    assert call(f"{server.url}/api/claims/nope.json", headers={"If-None-Match": tag}).status == 404

    reviews_file = server.folder / "reviews.csv"
    before = reviews_file.read_bytes()
    try:
        reviews_file.write_text(REVIEWS + f"{REVIEWED},supported,Checked again.,Jane Doe,2026-03-01,\n",
                                encoding="utf-8")
        server.files_changed()
        changed = call(server.url + "/api/claims.json?metric=bride_price", headers={"If-None-Match": tag})
        assert changed.status == 200 and changed.headers["etag"] != tag
        assert {c["claim_id"]: c["review"] for c in changed.json()["claims"]}[REVIEWED]["rating"] == "supported"
        claims_file = server.claims_file
        table = claims_file.read_bytes()
        claims_file.write_bytes(table.replace(b"\"up to 1,500 dollars\"", b"\"up to 1,600 dollars\"", 1))
        server.files_changed()
        try:
            newer = call(server.url + "/api/claims.json?metric=bride_price",
                         headers={"If-None-Match": changed.headers["etag"]})
            assert newer.status == 200 and newer.headers["etag"] not in (tag, changed.headers["etag"])
            assert {c["claim_id"]: c["value"] for c in newer.json()["claims"]}[REVIEWED] == "up to 1,600 dollars"
        finally:
            claims_file.write_bytes(table)
    finally:
        reviews_file.write_bytes(before)
        server.files_changed()
    restored = get(server, "/api/claims.json", metric="bride_price")
    assert restored.json() == first.json()


def test_the_version_changes_with_every_file_an_answer_reads(tmp_path, monkeypatch):
    from claims import api

    monkeypatch.setattr(api, "ORGANISATION_FILE", tmp_path / "organisation.toml")
    claims_file = tmp_path / "claims.csv"
    files = [claims_file] + [tmp_path / name for name in ("metrics.csv", "reviews.csv", "rating_scale.csv",
                                                         "organisation.toml")]
    for path in files:
        path.write_text("x\n")
    seen = {api.etag_of(api.version_of(claims_file))}
    for path in files:
        path.write_text("changed\n")
        seen.add(api.etag_of(api.version_of(claims_file)))
    assert len(seen) == len(files) + 1
    assert api.etag_of(api.version_of(claims_file)) == api.etag_of(api.version_of(claims_file))


def test_the_dashboard_is_served_on_the_same_port(server):
    page = call(server.url + "/")
    assert page.status == 200 and b"<div id=\"root\">" in page.body
    assert get(server, "/api").json()["endpoints"]["claims"].startswith("/api/claims.json")
