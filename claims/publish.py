"""Charts a newsroom can publish: a title, the unit and basis, a source line and the notes, at a set width.

`publishable` dresses a figure from `claims.charts`; `html_bytes` writes it as one standalone HTML
file that needs no network (plotly.js inside it); `image_bytes` renders PNG or SVG with kaleido,
which drives the system's Chromium (never a downloaded browser); `embed_snippet` is the iframe to
put the HTML file on a page.
"""
from __future__ import annotations

import html
import os
import shutil
import textwrap
from datetime import date

import pandas as pd
import plotly.graph_objects as go

WIDTHS: dict[str, int] = {"column (600 px)": 600, "standard (960 px)": 960, "wide (1200 px)": 1200}
"""Newsroom widths: a text column, a standard story page, and a full-bleed graphic."""

FORMATS: dict[str, tuple[str, str]] = {"png": ("PNG image", "image/png"), "svg": ("SVG image", "image/svg+xml"),
                                       "html": ("interactive HTML (offline)", "text/html")}

BROWSERS = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"


def reports(frame: pd.DataFrame) -> int:
    """Distinct reports behind these claims: publisher, title and date."""
    return int(frame.groupby(["publisher", "source_title", "published"], sort=False).ngroups) if len(frame) else 0


def source_line(frame: pd.DataFrame, link: str = "", today: date | None = None) -> str:
    """'Source: 7 reports compiled in claims tracker; see <link>. Chart: claims tracker, 2026-12-04.'"""
    n = reports(frame)
    see = f"; see {link}" if link else ""
    return (f"Source: {n} report{'s' * (n != 1)} compiled in claims tracker{see}. "
            f"Chart: claims tracker, {(today or date.today()).isoformat()}.")


def subtitle(fig: go.Figure, axis_title: str) -> str:
    """The unit, then what the chart's marks say (overlap, the dashed envelope): a published chart is
    read without the dashboard's captions around it."""
    return " ".join(filter(None, [axis_title + ".", (fig.layout.meta or {}).get("explained", "")]))


CHAR_PX = {11: 6.2, 13: 7.3, 20: 11.5}
"""Average width of a character at a font size, for laying text out before plotly draws it."""


def _wrapped(text: str, width_px: float, size: int) -> list[str]:
    return textwrap.wrap(text, max(20, int(width_px / CHAR_PX[size]))) if text else []


def _short(label: str, chars: int) -> str:
    """A row label cut to `chars` characters a line, for a narrow chart's axis (the hover keeps it whole)."""
    return "<br>".join(part if len(part) <= chars else part[:chars - 1].rstrip() + "…" for part in label.split("<br>"))


def publishable(fig: go.Figure, *, title: str, subtitle: str, source: str, notes: list[str],
                width: int) -> go.Figure:
    """A copy of `fig` laid out to publish: title and subtitle (unit and basis) on top, the legend,
    then the notes and the source line at the bottom, `width` pixels wide. Text is escaped here.

    Plotly sizes margins only as it draws, so the layout is worked out here: the row labels' column
    (cut to fit at most 40% of the width), the wrapped title, the legend's lines and the notes'."""
    out = go.Figure(fig)
    inner = width - 20
    title_lines = _wrapped(title, inner, 20)
    subtitle_lines = _wrapped(subtitle, inner, 13)
    top = 24 + 28 * len(title_lines) + 19 * len(subtitle_lines) + 18
    foot = [line for note in notes if note for line in _wrapped(note, inner, 11)] + _wrapped(source, inner, 11)
    foot_px = 15 * len(foot) + 10
    names = [t.name for t in out.data if t.name and t.showlegend is not False and t.visible in (True, None)]
    legend_lines, used = 1, 0.0
    for name in names:
        item = 40 + CHAR_PX[11] * len(name)
        if used and used + item > inner:
            legend_lines, used = legend_lines + 1, 0.0
        used += item
    legend_px = 24 * legend_lines + 8 if names else 0
    axis_px = 60  # tick labels and the axis title
    labels = list(out.layout.yaxis.categoryarray or ()) if out.layout.yaxis.type == "category" else []
    left = 60
    if labels:
        chars = max(12, int(width * 0.4 / CHAR_PX[11]))
        shown = [_short(label, chars) for label in labels]
        out.update_yaxes(tickvals=labels, ticktext=shown, tickfont=dict(size=11), automargin=False)
        left = 16 + int(CHAR_PX[11] * max(len(part) for label in shown for part in label.split("<br>")))
    two_lines = any("<br>" in label for label in labels)
    plot_px = max(240, (44 if two_lines else 30) * len(labels)) if labels else 400
    bottom = axis_px + legend_px + foot_px + 10
    height = top + plot_px + bottom
    out.update_layout(
        width=width, height=height, autosize=False, font=dict(family=FONT, size=13, color="#222"),
        title=dict(text="<br>".join(f"<b>{html.escape(line, quote=False)}</b>" for line in title_lines),
                   x=10 / width, xanchor="left", xref="container", y=1 - (14 + 24 * (len(title_lines) - 1)) / height,
                   yref="container",
                   yanchor="top", font=dict(size=20),
                   subtitle=dict(text="<br>".join(html.escape(line, quote=False) for line in subtitle_lines),
                                 font=dict(size=13, color="#555"))),
        margin=dict(l=left, r=20, t=top, b=bottom, autoexpand=False),
        xaxis=dict(title=dict(standoff=8)),
        legend=dict(orientation="h", yref="container", yanchor="bottom", y=(foot_px + 12) / height,
                    xref="container", x=10 / width, font=dict(size=11)),
        paper_bgcolor="white",
    )
    plot_w, plot_h = width - left - 20, plot_px
    out.update_layout(annotations=list(out.layout.annotations) + [
        dict(text="<br>".join(html.escape(line, quote=False) for line in foot), xref="paper",
             x=-(left - 10) / plot_w, xanchor="left", yref="paper", y=-(bottom - 6) / plot_h, yanchor="bottom",
             showarrow=False, align="left", font=dict(size=11, color="#444"), name="source"),
    ])
    out.layout.meta = {**(out.layout.meta or {}), "source": source, "notes": [n for n in notes if n]}
    return out


def html_bytes(fig: go.Figure, title: str) -> bytes:
    """One HTML file with plotly.js inside it: it opens offline, and its page title names the chart."""
    page = fig.to_html(include_plotlyjs=True, full_html=True, config={"displaylogo": False, "responsive": False})
    head = f'<head><meta charset="utf-8"><title>{html.escape(title)}</title>'
    return page.replace("<head>", head, 1).encode("utf-8")


def browser() -> str | None:
    """The system Chromium kaleido renders with (BROWSER_PATH, else a Debian path), or None."""
    wanted = os.environ.get("BROWSER_PATH")
    if wanted and os.path.exists(wanted):
        return wanted
    return next((p for p in BROWSERS if os.path.exists(p)), None) or shutil.which("chromium")


def image_bytes(fig: go.Figure, fmt: str) -> bytes:
    """PNG (at twice the pixels, for sharp print and retina screens) or SVG, rendered by kaleido with the
    system Chromium. Raises RuntimeError naming what is missing when there is none."""
    path = browser()
    if path is None:
        raise RuntimeError("chart images need Chromium on the server (apt-get install chromium); "
                           "the HTML download works without it")
    os.environ.setdefault("BROWSER_PATH", path)
    width, height = int(fig.layout.width or 960), int(fig.layout.height or 600)
    return fig.to_image(format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)


def embed_snippet(file_name: str, fig: go.Figure, title: str) -> str:
    """The iframe that puts the downloaded HTML chart on a page, at the chart's size."""
    width, height = int(fig.layout.width or 960), int(fig.layout.height or 600)
    return (f'<iframe src="{html.escape(file_name)}" title="{html.escape(title)}" width="{width}" '
            f'height="{height}" style="border:0;max-width:100%" loading="lazy"></iframe>')


def file_name(stem: str, fmt: str, width: int) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem).strip("-") or "chart"
    return f"{safe}-{width}.{fmt}"
