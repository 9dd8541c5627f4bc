"""End to end for fact-checkers (issue 14): in a real headless Chromium, open a claim, see how it stands
against the other estimates and its rating badge, then follow the link to the view's JSON."""
from __future__ import annotations

import json

import pytest

from servers import CHROMIUM, ROOT, require_chromium, streamlit_server

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
REVIEWS = ("claim_id,rating,explanation,reviewer,reviewed,url\n"
           "taipeitimes-2005-trafficked-share,misleading,Counts everyone who crosses; the others count women.,"
           "Ann Lee,2025-02-01,https://example.org/checks/1\n")

pytestmark = pytest.mark.browser

sync_playwright = require_chromium()


@pytest.fixture(scope="module", params=["", "desk"], ids=["at the root", "under a base path"])
def server(request, tmp_path_factory):
    """The real server, at the root or under a path (server.baseUrlPath, as behind a newsroom's proxy):
    the dashboard's link to its JSON, and the API, live under the same path."""
    folder = tmp_path_factory.mktemp("data")
    for name in ("claims.csv", "metrics.csv"):
        (folder / name).write_bytes((ROOT / "data" / name).read_bytes())
    (folder / "reviews.csv").write_text(REVIEWS, encoding="utf-8")
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with streamlit_server(folder / "claims.csv", log, base=request.param) as url:
        yield url, ("/" + request.param if request.param else "")


def test_a_fact_checker_opens_a_claim_sees_its_context_and_rating_and_follows_the_api_link(server, tmp_path):
    server, base = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1600})
        page.goto(f"{server}/?metric=trafficked_share&claim=taipeitimes-2005-trafficked-share")
        page.get_by_role("heading", name="Claim detail").wait_for(timeout=60_000)
        sentence = page.get_by_text("is below every other independent estimate: 60% to at least 90%, "
                                    "6 estimates from 6 producers, 2010–2023.", exact=False)
        sentence.wait_for(timeout=30_000)
        assert "'between 30 percent and half' (John Miller" in sentence.inner_text()
        badge = page.locator('[data-testid="stMarkdownContainer"] span', has_text="misleading").first
        badge.wait_for(timeout=10_000)
        assert page.locator('[data-testid="stException"]').count() == 0
        link = page.get_by_role("link", name="This view as JSON")
        href = link.get_attribute("href")
        assert href.startswith(f"{base}/api/claims.json?") and "metric=trafficked_share" in href
        with page.context.expect_page(timeout=30_000) if link.get_attribute("target") == "_blank" else \
                _same_page(page) as opened:
            link.click()
        api = opened.value
        api.wait_for_load_state()
        data = json.loads(api.locator("body").inner_text())
        assert data["total"] == 7
        item = next(c for c in data["claims"] if c["claim_id"] == "taipeitimes-2005-trafficked-share")
        assert item["review"]["rating"] == "misleading" and item["context"]["status"] == "below"
        browser.close()


class _same_page:
    """`expect_page`'s shape for a link that opens in the same tab."""

    def __init__(self, page):
        self.value = page

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
