"""Publishable charts: title, unit and basis, source line and notes at a newsroom width; HTML that works
offline; PNG and SVG rendered by the system's Chromium through kaleido."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from claims import charts, load_claims, publish, views
from claims.store import load_metrics


@pytest.fixture(scope="module")
def share():
    claims, metrics = load_claims(), load_metrics("data/metrics.csv")
    info = metrics["trafficked_share"]
    group = claims[claims["metric"] == "trafficked_share"]
    shown = views.express(group, "as_reported", metric_unit=info.unit)
    fig = charts.comparison_figure(shown.frame, shown.axis_title, info.label, ceiling=shown.ceiling)
    return info, shown, fig


def ready(share, width: int = 960):
    info, shown, fig = share
    return publish.publishable(fig, title=info.label, subtitle=publish.subtitle(fig, shown.axis_title),
                               source=publish.source_line(shown.frame, "https://claims.example.org/?metric=trafficked_share",
                                                          today=date(2026, 12, 4)),
                               notes=[charts.unlike_note(shown.frame)], width=width)


def test_the_source_line_counts_reports_and_says_where_to_see_them(share):
    assert publish.source_line(share[1].frame, "https://x.org/?metric=m", today=date(2026, 12, 4)) == (
        "Source: 6 reports compiled in claims tracker; see https://x.org/?metric=m. Chart: claims tracker, 2026-12-04.")


@pytest.mark.parametrize("width", list(publish.WIDTHS.values()))
def test_a_publishable_chart_carries_its_title_unit_source_and_notes_at_its_width(share, width):
    fig = ready(share, width)
    assert fig.layout.width == width and fig.layout.height > 400
    assert "Share of North Koreans in China" in fig.layout.title.text
    assert fig.layout.title.subtitle.text.replace("<br>", " ") == (
        "percent (%). The independent estimates do not all overlap. Dashed lines: the envelope of all estimates.")
    foot = [a for a in fig.layout.annotations if a.name == "source"][0].text.replace("<br>", " ")
    assert "Source: 6 reports compiled in claims tracker" in foot and "Not like for like" in foot
    assert fig.layout.xaxis.range[1] <= 104  # a share still ends at 100%
    longest = max(len(part) for t in fig.layout.yaxis.ticktext for part in t.split("<br>"))
    assert longest * publish.CHAR_PX[11] <= width * 0.4 + 8  # the row labels fit beside the chart


def test_the_html_chart_needs_no_network(share):
    page = publish.html_bytes(ready(share), "A <chart>").decode("utf-8")
    assert "<title>A &lt;chart&gt;</title>" in page
    assert not re.search(r"<script[^>]+src=", page)  # plotly.js is inside the file
    assert "Plotly.newPlot" in page and "Source: 6 reports compiled in claims tracker" in page


def test_the_embed_snippet_is_an_iframe_of_the_charts_size(share):
    fig = ready(share, 600)
    snippet = publish.embed_snippet("chart-600.html", fig, 'A "title"')
    assert snippet.startswith('<iframe src="chart-600.html" title="A &quot;title&quot;" width="600" height=')
    assert publish.file_name("trafficked_share", "html", 600) == "trafficked_share-600.html"


needs_chromium = pytest.mark.skipif(publish.browser() is None, reason="chart images need Chromium")


@needs_chromium
def test_png_and_svg_are_rendered_with_the_source_line(share):
    fig = ready(share, 600)
    png = publish.image_bytes(fig, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 1200  # twice the pixels of a 600 px column
    svg = publish.image_bytes(fig, "svg").decode("utf-8")
    root = ET.fromstring(svg)
    assert root.get("width") == "600"
    assert "Source: 6 reports compiled in claims tracker" in "".join(root.itertext())


def test_without_chromium_images_say_what_is_missing(share, monkeypatch):
    monkeypatch.setattr(publish, "browser", lambda: None)
    with pytest.raises(RuntimeError, match="need Chromium on the server"):
        publish.image_bytes(ready(share), "png")
