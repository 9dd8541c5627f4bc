"""End to end: the real server in a real headless Chromium shows the chart and a seed source."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from servers import CHROMIUM, require_chromium, streamlit_server

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser

sync_playwright = require_chromium()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(ROOT / "data" / "claims.csv", tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="module")
def editing_server(tmp_path_factory):
    """The server with editing on, over a copy of the bundled table."""
    folder = tmp_path_factory.mktemp("data")
    for name in ("claims.csv", "metrics.csv"):
        (folder / name).write_bytes((ROOT / "data" / name).read_bytes())
    with streamlit_server(folder / "claims.csv", tmp_path_factory.mktemp("server") / "streamlit.log",
                          CLAIMS_EDITING="local", CLAIMS_CACHE_DIR="off") as url:
        yield url, folder / "claims.csv"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield b
        b.close()


def settled(page) -> None:
    """Wait until the app is not running its script (Streamlit's running icon is gone)."""
    page.locator('[data-testid="stStatusWidgetRunningIcon"]').wait_for(state="detached", timeout=60_000)


def test_dashboard_shows_the_comparison_chart_with_a_seed_source(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(f"{server}/?metric=trafficked_share")
    page.get_by_role("heading", name="claims tracker").wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"]').get_by_text("Taipei Times · 2005-12-10").first.wait_for(
        timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert (ARTIFACTS / "dashboard.png").stat().st_size > 10_000


def test_a_crafted_link_shows_its_text_and_loads_nothing(server, browser):
    """Hostile input #5: the 'not in this table' notes echo the link's values as text, never as a link,
    an image or markup."""
    from urllib.parse import quote, urlsplit

    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    bad = {"metric": "[Click to see the real figures](https://evil.example/a)",
           "topic": "![x](http://evil.example/q.png)", "person": "<img src=http://evil.example/i.png>",
           "geo": "$\\href{https://evil.example}{x}$"}
    page.goto(f"{server}/?" + "&".join(f"{k}={quote(v)}" for k, v in bad.items()))
    page.get_by_text("Click to see the real figures", exact=False).first.wait_for(timeout=60_000)
    for _ in range(120):  # the notes come one by one as the page renders: read them once all are there
        shown = page.locator('[data-testid="stAlert"]').all_inner_texts()
        shown = " ".join(shown).replace("\u2060", "")  # the word joiner that keeps an address from becoming a link
        if all(value in shown for value in bad.values()):
            break
        page.wait_for_timeout(250)
    assert all(value in shown for value in bad.values()), shown
    assert page.locator('a[href*="evil.example"]').count() == 0
    assert page.locator('img[src*="evil.example"]').count() == 0
    assert not [u for u in requested if urlsplit(u).hostname == "evil.example"]
    assert page.locator('[data-testid="stException"]').count() == 0


def test_readers_get_a_readers_app_title_icon_and_about_but_no_developer_chrome(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    page.goto(server)
    page.get_by_role("heading", name="claims tracker").wait_for(timeout=60_000)
    assert page.title() == "claims tracker: estimates compared across reports"
    icons = page.evaluate("[...document.querySelectorAll('link[rel*=icon]')].map(l => l.href)")
    assert icons and all("/media/" in href for href in icons)  # our image, not Streamlit's favicon
    assert page.locator('[data-testid="stAppDeployButton"]').count() == 0
    page.get_by_role("button", name="Main menu").click()
    page.wait_for_timeout(500)
    menu = page.locator("body").inner_text()
    assert not [w for w in ("Rerun", "Clear cache", "Settings", "Record a screencast", "Deploy") if w in menu]
    page.keyboard.press("Escape")
    about = page.locator("summary", has_text="About this data")
    about.focus()  # reachable from the keyboard
    page.keyboard.press("Enter")
    page.get_by_text("How figures are read.").wait_for(timeout=10_000)


@pytest.mark.parametrize("width,name", [(1400, "landing-desktop"), (390, "landing-phone")])
def test_the_landing_page_shows_where_reports_disagree_at_desktop_and_phone_width(server, browser, width, name):
    page = browser.new_page(viewport={"width": width, "height": 1500}, is_mobile=width < 500)
    page.goto(server)
    page.get_by_role("heading", name="Where reports disagree").wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
    page.get_by_text("Estimates run from", exact=False).first.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 2
    page.wait_for_timeout(1500)  # let the charts finish drawing
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def test_the_downloaded_html_chart_opens_offline_with_its_source_line(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
    page.goto(f"{server}/?metric=trafficked_share")
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
    page.get_by_text("Download this chart to publish").click()
    button = page.locator('[data-testid="stDownloadButton"]').get_by_text("interactive HTML (offline)")
    button.wait_for(timeout=30_000)
    with page.expect_download(timeout=60_000) as download:
        button.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "trafficked_share-960.html"
    offline = browser.new_context()
    requested: list[str] = []
    offline.route("**/*", lambda route: (requested.append(route.request.url), route.abort())
                  if not route.request.url.startswith("file:") else route.continue_())
    chart = offline.new_page()
    chart.goto(saved.as_uri())
    chart.locator(".main-svg").first.wait_for(timeout=30_000)
    chart.get_by_text("Source: 6 reports compiled in claims tracker", exact=False).wait_for(timeout=10_000)
    assert chart.title().startswith("Share of North Koreans in China")
    assert requested == []  # nothing fetched from the network
    chart.screenshot(path=str(ARTIFACTS / "published-chart.png"))
    offline.close()


def test_the_bibtex_download_holds_the_filtered_sources(server, browser):
    import bibtexparser

    page = browser.new_page(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
    page.goto(f"{server}/?metric=trafficked_share&publisher=Taipei+Times")
    button = page.locator(".st-key-export-bibtex button")  # the table's export, not the claim detail's citation
    button.wait_for(timeout=60_000)
    settled(page)
    with page.expect_download(timeout=30_000) as download:
        button.click()
    library = bibtexparser.parse_string(Path(download.value.path()).read_text(encoding="utf-8"))
    assert len(library.entries) == 2  # the 2005 wire story and the 2019 report coverage
    assert {e.fields_dict["year"].value for e in library.entries} == {"2005", "2019"}


def test_dashboard_still_works_at_a_phones_width(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    page.goto(f"{server}/?metric=refugees_in_china")
    page.locator('[data-testid="stPlotlyChart"] .main-svg').first.wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 2  # nothing forces sideways scrolling
    page.screenshot(path=str(ARTIFACTS / "dashboard-phone.png"), full_page=True)


def select_first_row(page, grid, selected) -> None:
    """Click the selection box of the canvas grid's first row until `selected()` holds.

    A click that lands while a rerun redraws the grid can be lost (see `untick`): it is tried again,
    but only once the page has settled with nothing selected, so a slow rerun is never clicked twice."""
    for _ in range(3):
        settled(page)
        if selected():
            return
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 14, box["y"] + 35 + 17)
        for _ in range(30):
            if selected():
                return
            page.wait_for_timeout(500)
    pytest.fail("the grid's first row stayed unselected after 3 clicks")


def test_selecting_an_overview_row_opens_the_metric(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1200})
    page.goto(server)
    grid = page.locator('[data-testid="stDataFrame"]').first  # the overview, below the cards
    grid.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    select_first_row(page, grid, lambda: "metric=" in page.url)
    page.get_by_role("radio", name="Compare reports").wait_for(timeout=60_000)  # the metric's page
    assert page.locator('[data-testid="stException"]').count() == 0


def test_selected_rows_are_what_the_csv_export_holds(server, browser):
    import csv
    import io

    page = browser.new_page(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    page.goto(f"{server}/?metric=trafficked_share")
    table = page.locator('[data-testid="stDataFrame"]').last
    table.wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    chosen = page.get_by_text("Export the 1 selected claims")
    select_first_row(page, table, lambda: chosen.count() > 0)
    with page.expect_download(timeout=30_000) as download:
        page.locator(".st-key-export-csv button").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8-sig"))))
    assert [r["claim_id"] for r in rows] == ["taipeitimes-2005-trafficked-share"]


SEED = ROOT.parent / "shared" / "seeds" / "002_c68dca9470fe0847.txt"


def untick(page, row: int, kept: int) -> None:
    """Untick one row's keep box in the article's grid, `kept` being ticked before.

    The grid is a canvas: a click that lands while a rerun redraws it can be lost (CI lost the first one
    once), and Space then scrolls the page. So the grid is found afresh each try, and a try is repeated
    only while the import button shows the count unchanged, never after any other change."""
    from playwright.sync_api import TimeoutError as Timeout

    before, after = (page.get_by_role("button", name=f"Import the {n} kept ones") for n in (kept, kept - 1))
    for _ in range(3):
        settled(page)
        grid = page.locator('[data-testid="stDataFrame"]').last
        grid.scroll_into_view_if_needed()  # whichever element scrolls: Streamlit's main block, not the window
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 24, box["y"] + 35 + 35 * row + 17)
        page.keyboard.press("Space")
        try:
            after.wait_for(timeout=15_000)
            return
        except Timeout:
            before.wait_for(timeout=5_000)  # nothing changed: the click was lost; anything else fails here
    pytest.fail(f"row {row} of the article's grid stayed ticked after 3 tries")


@pytest.mark.skipif(not SEED.is_file(), reason="the seed article is in ../shared/seeds")
def test_figures_pasted_from_an_article_are_imported_and_shown_in_the_claims_table(editing_server, browser):
    import csv

    url, table = editing_server
    page = browser.new_page(viewport={"width": 1500, "height": 1800})
    page.goto(f"{url}/add_claims")
    page.get_by_text("an article").first.click()
    area = page.get_by_label("The article's text")
    area.wait_for(timeout=60_000)
    area.fill(SEED.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Find the figures").click()
    page.get_by_text("13 figures found").wait_for(timeout=60_000)
    for label, value in (("Title", "North Korean sex slaves flooding China"), ("Publisher", "Test Wire"),
                         ("Published (YYYY-MM-DD)", "2025-01-15")):
        field = page.get_by_label(label, exact=True)
        field.fill(value)
        field.press("Enter")
        page.wait_for_timeout(400)
    from claims import article
    from claims.store import read_rows

    metrics = [dict(r) for r in csv.DictReader(open(ROOT / "data" / "metrics.csv", encoding="utf-8"))]
    shown = article.editor_rows(article.candidates(article.from_text(SEED.read_text(encoding="utf-8")),
                                                   metrics=metrics, table=read_rows(table)[0]))
    kept = [n for n, row in enumerate(shown) if row["keep"]]
    wanted = {"Thousands", "between 30 percent and half", "many thousands"}
    assert wanted <= {shown[n]["value"] for n in kept}
    page.get_by_role("button", name=f"Import the {len(kept)} kept ones").wait_for(timeout=30_000)
    left = len(kept)
    for row in reversed([n for n in kept if shown[n]["value"] not in wanted]):  # untick all but three
        untick(page, row, left)
        left -= 1
    page.screenshot(path=str(ARTIFACTS / "article-kept.png"), full_page=True)
    page.get_by_role("button", name="Import the 3 kept ones").click()
    confirm = page.get_by_role("button", name=re.compile("Confirm: add 3"))
    confirm.wait_for(timeout=60_000)
    confirm.click()
    page.get_by_text("What changed").wait_for(timeout=60_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    with open(table, newline="", encoding="utf-8") as fh:
        added = [r for r in csv.DictReader(fh) if r["publisher"] == "Test Wire"]
    assert sorted(r["value"] for r in added) == ["Thousands", "between 30 percent and half", "many thousands"]
    page.goto(f"{url}/?metric=trafficked_share")
    page.get_by_role("gridcell", name="Test Wire", include_hidden=True).first.wait_for(state="attached",
                                                                                        timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "article-import.png"), full_page=True)

