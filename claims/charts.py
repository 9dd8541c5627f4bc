"""Range-aware charts: one row per claim, open bounds as arrows to the axis edge, vague readings apart.

Pure functions from a metric's expressed claims (`claims.views.express`) to plotly figures, so they
are tested without Streamlit. Nothing is invented: an open bound is drawn to the edge of the axis
and ends in an arrow, and its hover says "no upper bound stated" rather than a number.
Colours are the Okabe–Ito colour-blind-safe palette, and every meaning colour carries is also
carried by line style or marker shape.
"""
from __future__ import annotations

import base64
import html
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from claims import display, overview, vague

BLUE, ORANGE, GREY, GREEN, VERMILLION = "#0072B2", "#E69F00", "#8C8C8C", "#009E73", "#D55E00"
STATED, HEDGED, INTERPRETED, REPEAT = "stated", "hedged", "interpreted", "repeat"
STYLE = {  # basis -> (colour, line dash, line width, legend name)
    STATED: (BLUE, "solid", 9, "stated range"),
    HEDGED: (BLUE, "dashdot", 9, "approximate range (about, estimated, ~)"),
    INTERPRETED: (ORANGE, "dot", 9, "interpreted from a vague term (convention on hover)"),
    REPEAT: (GREY, "dash", 4, "repeats an earlier report (not an independent estimate)"),
}


@dataclass(frozen=True)
class Axis:
    """The axis range, and where a bound a report leaves open stops: the range's edge, or the most a
    quantity can be (a share's 100%)."""

    low: float
    high: float
    stop_low: float | None = None
    stop_high: float | None = None

    def open_low(self) -> float:
        return self.low if self.stop_low is None else self.stop_low

    def open_high(self) -> float:
        return self.high if self.stop_high is None else self.stop_high


def _basis(frame: pd.DataFrame) -> pd.Series:
    basis = np.where(frame["kind"] == "vague", INTERPRETED, np.where(frame["kind"] == "approx", HEDGED, STATED))
    return pd.Series(np.where(~overview.independent(frame), REPEAT, basis), index=frame.index)


LABEL_CHARS = 28
"""Publisher names are cut to this many characters on the axis (the hover has them whole), so a
phone's width still leaves room for the bars."""


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars - 1].rstrip() + "…"


ENVELOPE_NOTE = "Dashed lines: the envelope of all estimates."
"""What the comparison chart's dashed lines are, said wherever the chart is shown or published."""
POPULATION = {"subject": "populations", "geography": "places"}
"""Columns saying what a figure counts: when they differ within a metric, its claims are not like for like."""


def unlike(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The population columns whose (non-blank) values differ among these claims, with the values."""
    found = {}
    for column in POPULATION:
        if column in frame.columns:
            values = sorted({v for v in frame[column] if v})
            if len(values) > 1:
                found[column] = values
    return found


def unlike_note(frame: pd.DataFrame) -> str:
    """A note when a metric's claims count different populations or places; '' when they do not."""
    found = unlike(frame)
    if not found:
        return ""
    parts = [f"{len(values)} different {POPULATION[column]}" for column, values in found.items()]
    return f"Not like for like: these claims describe {' and '.join(parts)}; each row names its own."


def row_labels(frame: pd.DataFrame, detail: tuple[str, ...] = (), compact: bool = False) -> list[str]:
    """'Publisher · date', made unique with a counter where one source gives several figures; with
    `detail` columns (see `unlike`), a second line naming what the row counts. `compact`: a shorter
    name and the year only, for small charts."""
    seen: dict[str, int] = {}
    labels = []
    extra = frame[list(detail)].agg(" · ".join, axis=1) if detail else pd.Series("", index=frame.index)
    chars = LABEL_CHARS // 2 if compact else LABEL_CHARS
    for publisher, published, more in zip(frame["publisher"], frame["published"], extra):
        when = published[:4] if compact else published
        first = html.escape(f"{_cut(publisher, chars)} · {when}", quote=False)  # plotly renders tags
        second = "<br>" + html.escape(_cut(more.strip(" ·"), LABEL_CHARS + 14), quote=False) if more.strip(" ·") else ""
        seen[first + second] = n = seen.get(first + second, 0) + 1
        labels.append(first + second if n == 1 else f"{first} ({n}){second}")
    return labels


def axis_for(frame: pd.DataFrame, ceiling: float | None = None) -> Axis:
    """An axis covering every stated bound, with room beyond it for the arrows of open bounds.

    `ceiling` is the most the quantity can be (100 for a share): an open upper bound stops there,
    with its arrow, instead of running past it; ignored when a stated figure exceeds it.
    """
    finite = np.concatenate([frame["x_low"].dropna().to_numpy(), frame["x_high"].dropna().to_numpy()])
    if not len(finite):
        return Axis(0.0, 1.0) if ceiling is None else Axis(0.0, ceiling * 1.04, stop_high=ceiling)
    lo, hi = float(finite.min()), float(finite.max())
    open_high = frame["x_high"].isna().any()
    open_low = frame["x_low"].isna().any()
    if ceiling is not None and lo >= 0 and hi <= ceiling:
        if open_high:
            return Axis(0.0, ceiling * 1.04, stop_high=ceiling)
        return Axis(0.0, min(hi + max(hi, 1e-9) * 0.05, ceiling * 1.04))
    if lo >= 0:
        # counts, money, durations and shares start at zero, so bar lengths compare honestly;
        # an open low bound runs down to it
        span = max(hi, 1e-9)
        return Axis(0.0, hi + span * (0.15 if open_high else 0.05))
    span = max(hi - lo, abs(hi) * 0.2, 1e-9)
    return Axis(lo - span * (0.15 if open_low else 0.05), hi + span * (0.15 if open_high else 0.05))


def _convention(phrases: str) -> str:
    out = []
    for phrase in filter(None, (p.strip() for p in str(phrases).split(";"))):
        term = vague.lookup(phrase)
        if term:
            low, high = display.figure(term.low), display.figure(term.high)
            out.append(f"'{term.term}' read as {low}–{high} ({term.reading})")
    return "; ".join(out)


def _hover(row, unit_text: str) -> str:
    """Hover text for one claim; every piece of data is HTML-escaped (plotly renders some tags)."""
    e = lambda v: html.escape(str(v or ""), quote=False)  # noqa: E731
    shown_low = "no lower bound stated" if math.isnan(row.x_low) else display.figure(row.x_low)
    shown_high = "no upper bound stated" if math.isnan(row.x_high) else display.figure(row.x_high)
    lines = [
        f"<b>{e(row.value)}</b>",
        f"read as {e(row.reading)} ({e(row.kind)})",
        f"shown: {shown_low} to {shown_high} {e(unit_text)}",
    ]
    if row.kind == "vague":
        lines.append(f"interpreted: {e(_convention(row.vague))}")
    if row.derived_from:
        lines.append(f"repeats {e(row.derived_from)}")
    if getattr(row, "context", ""):
        lines.append(f"context: {e(row.context)}")
    if getattr(row, "review", ""):
        lines.append(f"review: {e(row.review)}")
    lines += [f"said by: {e(row.claimant) or '—'}", f"figure from: {e(row.attributed_to) or '—'}",
              f"source: {e(row.source_title)}", f"{e(row.publisher)}, {e(row.published)}"]
    return "<br>".join(lines)


def comparison_figure(frame: pd.DataFrame, axis_title: str, title: str = "", note: str = "",
                      first: int = 0, count: int | None = None, ceiling: float | None = None,
                      compact: bool = False) -> go.Figure:
    """One row per claim (sorted by date): bars for intervals, markers for points, arrows for open bounds.

    `frame` is `views.express(...).frame`: the claims with x_low/x_high in one unit (NaN = open).
    `first`/`count` draw one page of rows; the axis, overlap band and envelope still cover every
    claim, so pages compare with each other and the figure stays light at any size. `ceiling`: see
    `axis_for` (`views.Expressed.ceiling`).
    """
    everything = frame.sort_values(["published", "claim_id"], kind="stable")
    axis = axis_for(everything, ceiling)
    frame = everything.iloc[first:None if count is None else first + count]
    differing = {} if compact else unlike(everything)
    labels = row_labels(frame, tuple(differing), compact)
    basis = _basis(frame)
    fig = go.Figure()
    hover = [_hover(row, axis_title) for row in frame.itertuples(index=False)]

    for key in STYLE:
        colour, dash, width, name = STYLE[key]
        xs: list[float | None] = []
        ys: list[str | None] = []
        for label, lo, hi, b in zip(labels, frame["x_low"], frame["x_high"], basis):
            if b != key or (not math.isnan(lo) and not math.isnan(hi) and lo == hi):
                continue
            xs += [axis.open_low() if math.isnan(lo) else lo, axis.open_high() if math.isnan(hi) else hi, None]
            ys += [label, label, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", name=name, legendgroup=key,
                                 line=dict(color=colour, dash=dash, width=width),
                                 opacity=0.55 if key == INTERPRETED else 1.0, hoverinfo="skip",
                                 visible=True if xs else "legendonly", meta={"role": "bars", "basis": key}))

    colours = [STYLE[b][0] for b in basis]
    markers = {  # role -> (legend name, symbol, size, rows, x position)
        "point": ("stated figure", "circle", 13, [], []),
        "approx": ("approximate figure (about, nearly, ~)", "circle-open", 15, [], []),
        "arrow_high": ("no upper bound stated: runs to the axis edge", "triangle-right", 14, [], []),
        "arrow_low": ("no lower bound stated: runs to the axis edge", "triangle-left", 14, [], []),
        "end": ("end of a stated range", "line-ns", 16, [], []),
    }
    bar_rows, bar_middles = [], []  # one invisible hover target per bar, so its text is sent once
    for pos, (lo, hi, kind) in enumerate(zip(frame["x_low"], frame["x_high"], frame["kind"])):
        lo_open, hi_open = math.isnan(lo), math.isnan(hi)
        if not lo_open and not hi_open and lo == hi:
            markers["approx" if kind == "approx" else "point"][3].append(pos)
            markers["approx" if kind == "approx" else "point"][4].append(lo)
            continue
        bar_rows.append(pos)
        bar_middles.append(((axis.open_low() if lo_open else lo) + (axis.open_high() if hi_open else hi)) / 2)
        for is_open, edge, value, role in ((lo_open, axis.open_low(), lo, "arrow_low"), (hi_open, axis.open_high(), hi, "arrow_high")):
            target = role if is_open else "end"
            markers[target][3].append(pos)
            markers[target][4].append(edge if is_open else value)
    for role, (name, symbol, size, rows, xs) in markers.items():
        hovered = role in ("point", "approx")
        fig.add_trace(go.Scatter(
            x=xs, y=[labels[p] for p in rows], mode="markers", name=name, legendgroup=role,
            marker=dict(symbol=symbol, size=size, color=[colours[p] for p in rows],
                        line=dict(width=2.5, color=[colours[p] for p in rows])),
            cliponaxis=False, customdata=[hover[p] for p in rows] if hovered else None,
            hovertemplate="%{customdata}<extra></extra>" if hovered else None,
            hoverinfo=None if hovered else "skip", showlegend=bool(rows) and role != "end",
            meta={"role": role}))
    fig.add_trace(go.Scatter(
        x=bar_middles, y=[labels[p] for p in bar_rows], mode="markers", showlegend=False,
        marker=dict(size=22, color="rgba(0,0,0,0)"), customdata=[hover[p] for p in bar_rows],
        hovertemplate="%{customdata}<extra></extra>", meta={"role": "hover"}))

    own = everything[overview.independent(everything)]
    band = overview.overlap(own, "x_low", "x_high")
    env = overview.envelope(everything, "x_low", "x_high")
    summary = ""
    if band is not None and len(own) > 1:
        if band.empty:
            summary = "The independent estimates do not all overlap."
        else:
            x0, x1 = max(band.low, axis.open_low()), min(band.high, axis.open_high())
            fig.add_vrect(x0=x0, x1=x1, fillcolor=GREEN, opacity=0.13, line_width=0, layer="below",
                          name="overlap")
            summary = (f"All {len(own)} independent estimates overlap between "
                       f"{overview.span_text(band)}.")
    if env is not None:
        for x in (env.low, env.high):
            if math.isfinite(x):
                fig.add_vline(x=x, line=dict(color=GREY, width=1, dash="dash"), name="envelope")
    explained = " ".join(filter(None, [summary, ENVELOPE_NOTE if env is not None else ""]))
    fig.update_layout(
        title=dict(text=html.escape(title, quote=False), x=0, xanchor="left",
                   subtitle=dict(text=explained
                                 + (" " + html.escape(unlike_note(everything), quote=False) if differing else "")
                                 + (f" Claims {first + 1:,}–{first + len(frame):,} of {len(everything):,}, by date."
                                    if len(frame) < len(everything) else ""))),
        xaxis=dict(title=html.escape(axis_title, quote=False), range=[axis.low, axis.high], zeroline=False,
                   gridcolor="#e5e5e5"),
        yaxis=dict(type="category", categoryorder="array", categoryarray=labels, autorange="reversed",
                   automargin=True),
        height=max(300, 230 + (44 if differing else 30) * len(labels)), margin=dict(l=10, r=30, t=80, b=150),
        legend=dict(orientation="h", yref="container", yanchor="bottom", y=0.01, x=0),
        plot_bgcolor="white", hoverlabel=dict(align="left"),
        meta={"overlap": None if band is None or band.empty else [band.low, band.high],
              "envelope": None if env is None else [env.low, env.high], "summary": summary, "explained": explained,
              "note": note, "unlike": unlike_note(everything)},
    )
    return fig


def _timeline_date(row, by_period: bool) -> pd.Timestamp:
    """Where a claim sits in time: its publication date, or the middle of its reference period."""
    if by_period and str(row.period).strip():
        years = [int(y) for y in str(row.period).replace("–", "-").split("-") if y.strip().isdigit()]
        if years:
            middle = (min(years) + max(years) + 1) / 2
            return pd.Timestamp(year=int(middle), month=7 if middle == int(middle) + 0.5 else 1, day=1)
    parts = [int(p) for p in str(row.published).split("-")]
    if len(parts) == 1:
        return pd.Timestamp(year=parts[0], month=7, day=1)
    return pd.Timestamp(year=parts[0], month=parts[1], day=parts[2] if len(parts) > 2 else 15)


def timeline_figure(frame: pd.DataFrame, axis_title: str, title: str = "", by_period: bool = False,
                    ceiling: float | None = None) -> go.Figure:
    """Estimates over time: a vertical range per claim, arrows where a bound is open.

    Placed by publication date, or with `by_period` by the middle of the reference period where
    a claim gives one (publication date otherwise).
    """
    frame = frame.sort_values(["published", "claim_id"], kind="stable")
    dates = [_timeline_date(r, by_period) for r in frame.itertuples(index=False)]
    axis = axis_for(frame, ceiling)
    basis = _basis(frame)
    hover = [_hover(row, axis_title) for row in frame.itertuples(index=False)]
    fig = go.Figure()
    for key in STYLE:
        colour, dash, width, name = STYLE[key]
        xs, ys = [], []
        for d, lo, hi, b in zip(dates, frame["x_low"], frame["x_high"], basis):
            if b != key:
                continue
            lo_v = axis.open_low() if math.isnan(lo) else lo
            hi_v = axis.open_high() if math.isnan(hi) else hi
            xs += [d, d, None]
            ys += [lo_v, hi_v, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines+markers", name=name, legendgroup=key,
                                 line=dict(color=colour, dash=dash, width=width / 1.5),
                                 marker=dict(symbol="line-ew", size=12, line=dict(width=2, color=colour)),
                                 opacity=0.6 if key == INTERPRETED else 1.0, hoverinfo="skip",
                                 visible=True if xs else "legendonly"))
    mids, symbols = [], []
    for lo, hi in zip(frame["x_low"], frame["x_high"]):
        if math.isnan(hi):
            mids.append(axis.open_high())
            symbols.append("triangle-up")
        elif math.isnan(lo):
            mids.append(axis.open_low())
            symbols.append("triangle-down")
        else:
            mids.append((lo + hi) / 2)
            symbols.append("circle-open" if lo != hi else "circle")
    fig.add_trace(go.Scatter(x=dates, y=mids, mode="markers", name="estimate (hover for source)",
                             marker=dict(symbol=symbols, size=12, color=[STYLE[b][0] for b in basis]),
                             customdata=hover, hovertemplate="%{customdata}<extra></extra>", cliponaxis=False))
    fig.update_layout(title=dict(text=html.escape(title, quote=False), x=0, xanchor="left"),
                      yaxis=dict(title=html.escape(axis_title, quote=False), range=[axis.low, axis.high], gridcolor="#e5e5e5"),
                      xaxis=dict(title="reference period (publication date where none)" if by_period
                                 else "publication date", gridcolor="#e5e5e5"),
                      height=520, margin=dict(l=10, r=30, t=50, b=130), plot_bgcolor="white",
                      legend=dict(orientation="h", yref="container", yanchor="bottom", y=0.01, x=0))
    return fig


CARD_ROWS = 8
"""Claims a small chart of the first screen shows at most: enough to see the spread, small enough to read."""


def spread_rows(frame: pd.DataFrame, rows: int = CARD_ROWS) -> pd.DataFrame:
    """At most `rows` claims that show how far the estimates spread: the independent ones, from the
    lowest to the highest, evenly picked (repeats only when there is room)."""
    own = frame[overview.independent(frame)]
    pool = own if len(own) >= min(rows, len(frame)) else frame
    if len(pool) <= rows:
        return pool
    lows = pool["x_low"].fillna(pool["x_high"])
    middle = (lows + pool["x_high"].fillna(pool["x_low"])) / 2
    order = middle.to_numpy().argsort(kind="stable")
    picked = np.unique(np.linspace(0, len(pool) - 1, rows).round().astype(int))
    return pool.iloc[order[picked]]


def card_figure(frame: pd.DataFrame, axis_title: str, ceiling: float | None = None,
                rows: int = CARD_ROWS) -> go.Figure:
    """A small comparison chart for the first screen: the same bars, arrows, dots and band as the
    metric page (`comparison_figure`), with at most `rows` claims and no legend or titles."""
    shown = spread_rows(frame, rows)
    fig = comparison_figure(shown, axis_title, ceiling=ceiling, compact=True)
    if len(shown) < len(frame):
        note = f"{len(shown)} of {len(frame):,} claims, from the lowest estimate to the highest"
    else:
        note = ""
    fig.update_layout(title=None, showlegend=False, height=110 + 26 * len(shown),
                      margin=dict(l=6, r=16, t=8, b=40), font=dict(size=11),
                      xaxis=dict(title=dict(text=html.escape(axis_title, quote=False), font=dict(size=11))))
    fig.layout.meta = {**(fig.layout.meta or {}), "card_note": note}
    return fig


STRIP_WIDTH, STRIP_HEIGHT, STRIP_CLAIMS = 180, 26, 40


def range_strip(frame: pd.DataFrame, ceiling: float | None = None) -> str:
    """A metric's independent estimates as a small SVG image (a data: URI) for the overview table:
    one translucent bar per claim on a shared axis from zero, the band they share in green, an
    arrow where a bound is open, dotted where the reading is interpreted and dash-dot where hedged.
    `frame` has x_low, x_high and kind; at most STRIP_CLAIMS claims are drawn (`spread_rows`)."""
    own = frame[overview.independent(frame)] if "derived_from" in frame else frame
    own = spread_rows(own.assign(derived_from=""), STRIP_CLAIMS) if len(own) > STRIP_CLAIMS else own
    if own.empty:
        return ""
    axis = axis_for(own, ceiling)
    left, right = 4.0, STRIP_WIDTH - 8.0
    span = max(axis.high - axis.low, 1e-12)
    x = lambda v: left + (min(max(v, axis.low), axis.high) - axis.low) / span * (right - left)  # noqa: E731
    mid = STRIP_HEIGHT / 2
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{STRIP_WIDTH}" height="{STRIP_HEIGHT}" '
             f'viewBox="0 0 {STRIP_WIDTH} {STRIP_HEIGHT}">',
             f'<line x1="{left}" y1="{STRIP_HEIGHT - 3}" x2="{right}" y2="{STRIP_HEIGHT - 3}" stroke="#ccc"/>']
    band = overview.overlap(own, "x_low", "x_high")
    if band is not None and not band.empty and len(own) > 1:
        x0, x1 = x(max(band.low, axis.open_low())), x(min(band.high, axis.open_high()))
        parts.append(f'<rect x="{x0:.1f}" y="2" width="{max(x1 - x0, 1.5):.1f}" height="{STRIP_HEIGHT - 6}" '
                     f'fill="{GREEN}" fill-opacity="0.25"/>')
    for lo, hi, kind in zip(own["x_low"], own["x_high"], own["kind"]):
        colour = ORANGE if kind == "vague" else BLUE
        if not math.isnan(lo) and not math.isnan(hi) and lo == hi:
            fill = "none" if kind == "approx" else colour
            parts.append(f'<circle cx="{x(lo):.1f}" cy="{mid}" r="3.5" fill="{fill}" stroke="{colour}" '
                         f'stroke-width="1.5" fill-opacity="0.7"/>')
            continue
        a = x(axis.open_low() if math.isnan(lo) else lo)
        b = x(axis.open_high() if math.isnan(hi) else hi)
        dash = {"vague": ' stroke-dasharray="2 2"', "approx": ' stroke-dasharray="6 2 2 2"'}.get(kind, "")
        parts.append(f'<line x1="{a:.1f}" y1="{mid}" x2="{b:.1f}" y2="{mid}" stroke="{colour}" stroke-width="6" '
                     f'stroke-opacity="0.45"{dash}/>')
        if math.isnan(hi):
            parts.append(f'<path d="M{b:.1f},{mid - 5} L{b + 6:.1f},{mid} L{b:.1f},{mid + 5} Z" fill="{colour}"/>')
        if math.isnan(lo):
            parts.append(f'<path d="M{a:.1f},{mid - 5} L{a - 4:.1f},{mid} L{a:.1f},{mid + 5} Z" fill="{colour}"/>')
    parts.append("</svg>")
    return "data:image/svg+xml;base64," + base64.b64encode("".join(parts).encode()).decode()
