"""Dashboard: which figures do reports give for a metric, do they agree, and who said them.

The view (metric, filters, unit, claim) lives in the URL query string, so a copied link opens the
same view; unknown or stale values fall back to the nearest valid view with a short note.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from claims import api, backend, charts, context, overview, publish, reviews, views
from claims.export import FORMATS, KeyBook, cite_claim, export_bytes, export_claim, export_filename, key_book
from claims.filters import UNREVIEWED, Filters, filter_claims, search_text, to_query
from claims.markup import highlight, is_web_link, md_escape


ABOUT = (Path(__file__).with_name("about.md")).read_text(encoding="utf-8")
TABLE_COLUMNS = ["claim_id", "metric", "value", "reading", "kind", "review", "publisher", "published_date", "published",
                 "claimant", "attributed_to", "source_title", "geography", "url"]
# The sidebar's multiple choices: their link parameter (filters.QUERY's name) and label. (A comment,
# not a docstring: Streamlit writes a page script's bare strings onto the page.)
CHOICES = {"topic": "Topic", "publisher": "Publisher", "person": "Said by / figure from", "geo": "Place",
           "rating": "Review"}
BASIS = {"all": "stated and interpreted", "stated": "stated figures only", "interpreted": "interpreted (vague) only"}
VIEWS = {"compare": "Compare reports", "timeline": "Over time"}


# (comments, not docstrings: Streamlit's magic would print a bare string on the page)
CHART_ROWS = 60  # claims per page of the comparison chart: readable, and light to send at any size
TABLE_ROWS = 1_000  # rows the claims table sends to the browser; exports hold every filtered claim


@dataclass(frozen=True)
class Loaded:
    """One file version and what every rerun needs from it, worked out once."""

    claims: pd.DataFrame
    problems: list
    metrics: dict
    book: KeyBook
    haystack: pd.Series
    options: dict[str, dict[str, str]]
    years: tuple[int, int]
    metric_counts: dict[str, int]
    basis: pd.DataFrame
    ids: pd.Index
    repeated_by: dict[str, tuple[str, ...]]
    reviews: reviews.Reviews


@st.cache_resource(show_spinner="Reading the claims…", max_entries=4)
def load(where: str, stamp: tuple) -> Loaded:
    """Claims, problems, metrics, reviews, citation keys and facets of one table version (`where`: a
    file's path or a database URL; stamp: `backend.version`, which changes with any of them).

    A resource, not data: every session shares one read-only frame instead of unpickling a copy
    on each rerun. Nothing in the dashboard changes it in place.
    """
    table = backend.read(backend.location(where))
    problems, metrics = table.problems, table.metrics
    claims = table.claims.copy(deep=False)  # problems are kept apart: in attrs, every table shown would
    claims.attrs = {}                      # carry them, and Streamlit cannot put them in its JSON
    year_values = pd.to_numeric(claims["published"].str.slice(0, 4), errors="coerce").dropna().astype(int)
    years = (int(year_values.min()), int(year_values.max())) if len(year_values) else (0, 0)
    return Loaded(claims, problems, metrics, key_book(claims) if len(claims) else None, search_text(claims),
                  facet_options(claims), years, claims["metric"].value_counts().to_dict(),
                  overview.summary_basis(claims), pd.Index(claims["claim_id"]), repeats(claims), table.reviews)


@st.cache_data(show_spinner=False, max_entries=64)
def metric_context(path: str, stamp: tuple[int, int, int] | None, metric: str) -> pd.DataFrame:
    """`context.table` of one metric's claims: a claim is only ever compared within its metric, so the
    detail and the chart need no pass over the whole table."""
    data = load(path, stamp)
    group = data.claims[data.claims["metric"] == metric]
    return context.table(group, {k: m.unit for k, m in data.metrics.items()})


def contexts_of(path: str, stamp: tuple[int, int, int] | None, chosen: pd.DataFrame) -> dict[str, dict]:
    """claim id → context of the chosen claims, for the csv and json exports (each against its whole metric)."""
    data = load(path, stamp)
    tables = [metric_context(path, stamp, m) for m in chosen["metric"].unique()]
    contexts = pd.concat(tables) if tables else pd.DataFrame(columns=list(context.COLUMNS))
    return context.records(data.claims.loc[contexts.index], contexts, chosen)


def export_view(path: str, stamp, chosen: pd.DataFrame, fmt: str, found: reviews.Reviews | None = None,
                **options) -> bytes:
    """The export a download button builds when clicked: csv and json with each claim's context, a
    ClaimReview against the whole table (a claim's repeats may lie outside the view)."""
    if fmt == "claimreview":
        options["keys_from"] = load(path, stamp).claims
        return export_bytes(chosen, fmt, reviews=found, **options)
    contexts = contexts_of(path, stamp, chosen) if fmt in ("csv", "json") else None
    return export_bytes(chosen, fmt, contexts=contexts, **options)


def has_verdict(found: reviews.Reviews, claim_ids) -> bool:
    """Whether any of these claims has a current review that is a verdict (so a ClaimReview to publish)."""
    return any((rating := found.rating_of(c)) is not None and rating.verdict for c in claim_ids)


def rating_badge(rating: reviews.Rating) -> str:
    """Markdown for a rating's badge: red at the scale's worst, green at its best, grey for a status."""
    if not rating.verdict or rating.best == rating.worst:
        colour = "gray" if rating.verdict else "blue"
    else:
        place = (rating.value - rating.worst) / (rating.best - rating.worst)
        colour = "red" if place <= 0 else "green" if place >= 1 else "orange" if place <= 0.5 else "gray"
    return f":{colour}-badge[{md_escape(rating.name)}]"


def facet_options(claims: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Sidebar filter values with their counts, once per file version."""
    return {"topic": with_counts(claims["topic"]), "publisher": with_counts(claims["publisher"]),
            "person": with_counts(pd.concat([claims["claimant"], claims["attributed_to"]])),
            "geo": with_counts(claims["geography"])}


@st.cache_data(show_spinner=False, max_entries=32)
def summarise(path: str, stamp: tuple[int, int, int] | None, filters: Filters, _visible: pd.DataFrame) -> pd.DataFrame:
    """The overview table for one file version and one set of filters.

    `_visible` is the claims those filters keep, already worked out by the page; it is not hashed
    (the leading underscore), as path, stamp and filters determine it.
    """
    data = load(path, stamp)
    return overview.metric_summary(_visible, {k: m.unit for k, m in data.metrics.items()},
                                   {k: m.label for k, m in data.metrics.items()}, data.basis)


@st.cache_data(show_spinner=False, max_entries=32)
def overview_strips(path: str, stamp: tuple[int, int, int] | None, filters: Filters,
                    _visible: pd.DataFrame) -> dict[str, str]:
    """Each metric's range strip for the overview table (see `summarise` for the arguments)."""
    data = load(path, stamp)
    return views.strips(_visible, {k: m.unit for k, m in data.metrics.items()}, data.basis)


def repeats(claims: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Claim id -> the ids of the claims that repeat it, so the detail does not scan the table.

    Tuples of strings, which the garbage collector stops tracking: a full collection at 100k
    claims already walks a quarter of a million long-lived objects.
    """
    repeating = claims[claims["derived_from"] != ""]
    return repeating.groupby("derived_from", sort=False)["claim_id"].agg(tuple).to_dict()


def with_counts(column: pd.Series) -> dict[str, str]:
    counts = column[column != ""].value_counts()
    return {value: f"{value} ({n})" for value, n in sorted(counts.items(), key=lambda kv: kv[0].lower())}


def restore_from_url(claims: pd.DataFrame, options: dict[str, dict[str, str]], metric_ids: list[str],
                     years: tuple[int, int]) -> list[str]:
    """Put the URL's view into the widgets once per session; returns notes about values dropped."""
    if st.session_state.get("_restored"):
        return st.session_state.get("_notes", [])
    notes: list[str] = []
    q = st.query_params
    metric = q.get("metric", "")
    if metric and metric not in metric_ids:
        notes.append(f"Metric “{md_escape(metric)}” is not in this table; showing the overview.")
        metric = ""
    st.session_state["metric"] = metric
    for key, opts in options.items():
        wanted = q.get_all(key)
        kept = [v for v in wanted if v in opts]
        if len(kept) < len(wanted):
            dropped = ", ".join(f"“{md_escape(v)}”" for v in wanted if v not in opts)
            notes.append(f"No {key} {dropped} in this table; that filter was dropped.")
        st.session_state[key] = kept
    basis = q.get("basis", "all")
    st.session_state["basis"] = basis if basis in BASIS else "all"
    view = q.get("view", "compare")
    st.session_state["view"] = view if view in VIEWS else "compare"
    st.session_state["q"] = q.get("q", "")
    lo, hi = years
    try:
        start, end = int(q.get("from", lo)), int(q.get("to", hi))
    except ValueError:
        notes.append("The date range in the link is not a pair of years; showing all years.")
        start, end = lo, hi
    if start > end:
        notes.append(f"The link's years run backwards ({start} to {end}); showing {end} to {start}.")
        start, end = end, start
    st.session_state["years"] = (max(lo, min(start, hi)), min(hi, max(end, lo)))
    st.session_state["unit"] = q.get("unit", "")
    st.session_state["base"] = q.get("base", "")
    st.session_state["claim"] = q.get("claim", "")
    st.session_state["_restored"] = True
    st.session_state["_notes"] = notes
    return notes


def save_to_url(years: tuple[int, int], full_years: tuple[int, int]) -> None:
    """Write the current view into the query string (only what differs from the default)."""
    s = st.session_state
    params: dict[str, str | list[str]] = {}
    if s.get("metric"):
        params["metric"] = s["metric"]
    for key in CHOICES:
        if s.get(key):
            params[key] = list(s[key])
    if s.get("basis", "all") != "all":
        params["basis"] = s["basis"]
    if s.get("view", "compare") != "compare":
        params["view"] = s["view"]
    if s.get("q"):
        params["q"] = s["q"]
    if years != full_years:
        params["from"], params["to"] = str(years[0]), str(years[1])
    for key in ("unit", "base", "claim"):
        if s.get(key):
            params[key] = str(s[key])
    wanted = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    if current != wanted:
        st.query_params.from_dict(params)


def sidebar_filters(claims: pd.DataFrame, options: dict[str, dict[str, str]], years: tuple[int, int]) -> Filters:
    sb = st.sidebar
    sb.header("Filters")
    for key, label in CHOICES.items():
        opts = options[key]
        sb.multiselect(label, list(opts), key=key, format_func=lambda v, o=opts: o.get(v, v))
    lo, hi = years
    chosen = sb.slider("Published", lo, hi, key="years") if lo < hi else (lo, hi)
    sb.radio("Readings", list(BASIS), key="basis", format_func=BASIS.get,
             help="Stated: the figure as given. Interpreted: a vague phrase read through data/vague_terms.csv.")
    sb.text_input("Search", key="q", placeholder="subject, quote, source…")
    return Filters(
        topics=tuple(st.session_state["topic"]), publishers=tuple(st.session_state["publisher"]),
        people=tuple(st.session_state["person"]), geographies=tuple(st.session_state["geo"]),
        ratings=tuple(st.session_state["rating"]),
        basis="" if st.session_state["basis"] == "all" else st.session_state["basis"],
        published_from=str(chosen[0]) if chosen[0] > lo else "",
        published_to=str(chosen[1]) if chosen[1] < hi else "",
        text=st.session_state["q"])


def rating_options(found: reviews.Reviews, ratings: dict[str, str], total: int) -> dict[str, str]:
    """The review filter's choices: every rating of the scale with how many claims hold it, and unreviewed."""
    counts = pd.Series(list(ratings.values()), dtype=object).str.lower().value_counts().to_dict()
    out = {name: f"{r.name} ({counts.get(name, 0)})" for name, r in found.scale.items()}
    out[UNREVIEWED] = f"unreviewed ({total - len(ratings)})"
    return out


def show_api_link(filters: Filters, metric: str) -> None:
    """A link to the same view as JSON, for programs: the API reads the same query parameters."""
    params = to_query(filters) + ([("metric", metric)] if metric else [])
    where = api.base_path(st.get_option("server.baseUrlPath")) + "/api/claims.json"
    st.caption(f"[This view as JSON]({where}{'?' + urlencode(params) if params else ''}) "
               "(the same filters, for programs; see the README's API section)")


def show_problems(problems, source: str) -> None:
    st.warning(f"{len(problems)} problem(s) in {source}: the rows concerned are left out; "
               "the other claims are shown.")
    with st.expander("Problems in the data file", expanded=len(problems) <= 10):
        st.dataframe(pd.DataFrame([{"row": p.row, "column": p.column, "value": p.value, "message": p.message,
                                    "fix": p.fix} for p in problems]),
                     hide_index=True, width="stretch")


def show_headline(claims: pd.DataFrame) -> None:
    h = overview.headline(claims)
    row = st.container(horizontal=True, gap="large")  # wraps onto more lines on a narrow screen
    cells = [row] * 5
    cells[0].metric("Claims", f"{h.claims:,}")
    cells[1].metric("Reports", f"{h.reports:,}", help="Distinct sources: publisher, title and date")
    cells[2].metric("Producers", f"{h.producers:,}", help="Who produced the figures (the source's own where it names no one)")
    cells[3].metric("Metrics", f"{h.metrics:,}")
    cells[4].metric("Years", "" if h.first_year is None else
                    (str(h.first_year) if h.first_year == h.last_year else f"{h.first_year}–{h.last_year}"))


def show_disputed(summary: pd.DataFrame, visible: pd.DataFrame, metrics) -> None:
    """The metrics whose reports disagree most, each a small chart with one sentence; a click opens it."""
    disputed = overview.most_disputed(summary)
    st.subheader("Where reports disagree")
    if disputed.empty:
        st.caption("The independent estimates of every metric in view overlap.")
        return
    st.caption("Metrics whose independent estimates are furthest apart: the highest low figure over the "
               "lowest high one (repeats of another report are not counted).")
    cards = st.columns(len(disputed))
    for card, row in zip(cards, disputed.itertuples(index=False)):
        group = visible[visible["metric"] == row.metric]
        unit = metrics[row.metric].unit if row.metric in metrics else ""
        shown = views.express(group, next(iter(views.unit_choices(group, unit))), metric_unit=unit)
        with card.container(border=True):
            st.markdown(f"**{md_escape(row.label)}**")
            st.caption(md_escape(overview.sentence(shown.frame, shown.unit)))
            fig = charts.card_figure(shown.frame, shown.axis_title, shown.ceiling)
            st.plotly_chart(fig, width="stretch", key=f"card-{row.metric}", config={"displayModeBar": False})
            for note in (fig.layout.meta.get("card_note"), charts.unlike_note(group)):
                if note:
                    st.caption(md_escape(note))
            st.button("Open this metric", key=f"open-{row.metric}", on_click=_open_metric, args=(row.metric,),
                      width="stretch")


def _open_metric(metric: str) -> None:
    st.session_state["metric"] = metric


def show_recent(claims: pd.DataFrame, labels: dict[str, str]) -> None:
    newest = overview.recent(claims)
    if newest.empty:
        return
    st.subheader("Recently added")
    st.dataframe(newest.assign(metric=newest["metric"].map(lambda m: labels.get(m, m)))[
                     ["value", "metric", "publisher", "published", "claimant"]],
                 hide_index=True, width="stretch",
                 column_config={"claimant": st.column_config.TextColumn("said by")})


def show_overview(summary: pd.DataFrame, strips: dict[str, str] | None = None) -> None:
    st.subheader("Every metric")
    if summary.empty:
        st.info("No claims match these filters.")
        return
    contested_first = {"conflict": 0, "agree": 1, "single estimate": 2}
    summary = summary.sort_values(["agreement", "claims"], key=lambda c: c.map(contested_first).fillna(3)
                                  if c.name == "agreement" else -c, kind="stable")
    st.session_state["_overview_ids"] = list(summary["metric"])
    st.caption("Contested metrics first. Agreement compares independent estimates only (repeats of another "
               "report are not counted). Select a row to open the metric.")
    summary = summary.assign(strip=summary["metric"].map(strips or {}).fillna(""))
    st.dataframe(
        summary, hide_index=True, width="stretch", key="overview", on_select=open_selected_metric,
        selection_mode="single-row",
        column_order=["label", "strip", "span", "unit", "independent", "claims", "publishers", "agreement"],
        column_config={
            "metric": None,
            "disagreement": None,
            "strip": st.column_config.ImageColumn(
                "estimates", width="medium",
                help="Each independent estimate as a bar on one axis from zero; green where they all overlap"),
            "label": st.column_config.TextColumn("metric", width="large"),
            "independent": st.column_config.NumberColumn("independent estimates"),
            "unit": st.column_config.TextColumn("shown in"),
            "span": st.column_config.TextColumn("span of estimates"),
            "agreement": st.column_config.TextColumn("do they agree?"),
        })


def open_selected_metric() -> None:
    """Selecting an overview row opens its metric (a callback: it runs before the widgets are drawn)."""
    rows = st.session_state["overview"]["selection"]["rows"]
    if rows:
        st.session_state["metric"] = st.session_state["_overview_ids"][rows[0]]


def show_metric(metric: str, claims: pd.DataFrame, metrics, contexts: pd.DataFrame | None = None,
                ratings: dict[str, str] | None = None) -> None:
    info = metrics.get(metric)
    st.subheader(md_escape(info.label if info else metric))
    if info and info.description:
        st.caption(md_escape(info.description))
    if claims.empty:
        st.info("No claims of this metric match the filters.")
        return
    metric_unit = info.unit if info else ""
    choices = views.unit_choices(claims, metric_unit)
    if st.session_state.get("unit") not in choices:
        if st.session_state.get("unit"):
            st.caption(f"Unit “{md_escape(st.session_state['unit'])}” does not apply here; showing {choices[next(iter(choices))]}.")
        st.session_state["unit"] = next(iter(choices))
    left, mid, right = st.columns([2, 1, 1])
    left.radio("View", list(VIEWS), key="view", format_func=VIEWS.get, horizontal=True)
    mid.selectbox("Show in", list(choices), key="unit", format_func=choices.get)
    base_year = 2025
    if st.session_state["unit"] == views.CONSTANT_USD:
        years = [str(y) for y in range(2000, 2026)]
        if st.session_state.get("base") not in years:
            st.session_state["base"] = "2025"
        base_year = int(right.selectbox("Dollars of year", years, key="base"))
    shown = views.express(claims, st.session_state["unit"], metric_unit=metric_unit, base_year=base_year)
    if contexts is not None:  # each bar's hover says how the claim stands and its review
        own = contexts.loc[shown.frame.index]
        shown.frame["context"] = [context.brief(r) for r in own.to_dict("records")]
        shown.frame["review"] = [(ratings or {}).get(i, "") for i in shown.frame["claim_id"]]
    if st.session_state["view"] == "timeline":
        by_period = right.toggle("By reference period", key="by_period",
                                 help="Place claims at the middle of the period they refer to, where given")
        fig = charts.timeline_figure(shown.frame, shown.axis_title, info.label if info else metric, by_period,
                                     ceiling=shown.ceiling)
    else:
        first = 0
        if len(shown.frame) > CHART_ROWS:
            pages = -(-len(shown.frame) // CHART_ROWS)
            st.session_state["chart_page"] = min(max(int(st.session_state.get("chart_page", 1)), 1), pages)
            page = right.number_input(f"Chart page (of {pages:,})", 1, pages, key="chart_page",
                                      help=f"{CHART_ROWS} claims a page, by date; the band and envelope cover all")
            first = (int(page) - 1) * CHART_ROWS
        fig = charts.comparison_figure(shown.frame, shown.axis_title, info.label if info else metric, shown.note,
                                       first=first, count=CHART_ROWS, ceiling=shown.ceiling)
    said = html.unescape(fig.layout.title.subtitle.text or "")
    if said:  # a caption wraps on a phone's width, where a chart's subtitle is cut off
        st.caption(md_escape(said))
        fig.update_layout(title_subtitle_text="", margin_t=50)
    st.plotly_chart(fig, width="stretch", key="chart",
                    config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": metric, "scale": 2}})
    notes = [shown.note, charts.unlike_note(shown.frame)] + [f"Not on the chart: {r}" for r in shown.left_out]
    for note in filter(None, notes):
        if note not in said:
            st.caption(md_escape(note))
    publish_chart(fig, shown, info.label if info else metric, metric, [n for n in notes if n])


def publish_chart(fig, shown: views.Expressed, title: str, metric: str, notes: list[str]) -> None:
    """Downloads a newsroom can publish: the chart with its title, unit, source line and notes."""
    with st.expander("Download this chart to publish (PNG, SVG, HTML)"):
        width = publish.WIDTHS[st.radio("Width", list(publish.WIDTHS), index=1, key="pub_width", horizontal=True)]
        link = f"{st.context.url}?{urlencode(st.query_params.to_dict(), doseq=True)}" if st.context.url else ""
        ready = publish.publishable(fig, title=title, subtitle=publish.subtitle(fig, shown.axis_title),
                                    source=publish.source_line(shown.frame, link), notes=notes, width=width)
        images = publish.browser() is not None
        buttons = st.container(horizontal=True)
        for fmt, (label, mime) in publish.FORMATS.items():
            build = partial(publish.html_bytes, ready, title) if fmt == "html" else partial(publish.image_bytes, ready, fmt)
            buttons.download_button(label, build, file_name=publish.file_name(metric, fmt, width), mime=mime,
                                    on_click="ignore", key=f"pub-{fmt}", disabled=fmt != "html" and not images,
                                    help=None if fmt == "html" or images else "needs Chromium on the server")
        st.caption("To embed the HTML file on a page, upload it beside the page and paste:")
        st.code(publish.embed_snippet(publish.file_name(metric, "html", width), ready, title), language="html")


def show_table(claims: pd.DataFrame, metric: str, book: KeyBook, labels: dict[str, str],
               ratings: dict[str, str] | None = None, source: Path | None = None, stamp=None,
               found: reviews.Reviews | None = None) -> None:
    st.subheader(f"Claims ({len(claims):,})")
    if len(claims) > TABLE_ROWS:
        st.caption(f"Showing the first {TABLE_ROWS:,}; narrow the filters, or export them all below.")
    shown = claims.head(TABLE_ROWS)
    table = shown.assign(published_date=pd.to_datetime(shown["published"], format="mixed", errors="coerce"),
                          url=shown["url"].where(shown["url"].map(is_web_link), ""),
                          review=[(ratings or {}).get(i, "") for i in shown["claim_id"]])
    event = st.dataframe(table[TABLE_COLUMNS], hide_index=True, width="stretch", key="claims_table",
                 on_select="rerun", selection_mode="multi-row",
                 column_config={
                     "url": st.column_config.LinkColumn("link"),
                     "published_date": st.column_config.DateColumn("date", format="YYYY-MM-DD"),
                     "published": st.column_config.TextColumn("published (as given)"),
                     "reading": st.column_config.TextColumn("read as"),
                     "review": st.column_config.TextColumn("review", help="the current review's rating"),
                 })
    if claims.empty:
        return
    picked = [r for r in (event.selection.rows if event else []) if r < len(shown)]
    chosen = shown.iloc[picked] if picked else claims
    if len(picked) == 1:
        st.session_state["claim"] = shown.iloc[picked[0]]["claim_id"]  # the detail below follows the selection
    st.caption(f"Export the {len(chosen):,} selected claims (clear the selection to export all {len(claims):,}):"
               if picked else f"Export these {len(claims):,} claims with their citations (or select rows above):")
    buttons = st.container(horizontal=True)  # buttons flow onto more lines on a narrow screen
    stem = f"claims-{metric}" if metric else "claims"
    for fmt, spec in FORMATS.items():
        if fmt == "claimreview" and (found is None or not has_verdict(found, chosen["claim_id"])):
            continue  # nothing here has a published verdict
        # deferred: the file is built when clicked, so a rerun does not pay for seven exports
        buttons.download_button(spec.label, partial(export_view, str(source), stamp, chosen, fmt, found,
                                                    keys_from=book, labels=labels),
                                file_name=export_filename(fmt, stem), mime=spec.mime,
                                on_click="ignore", key=f"export-{fmt}")


def show_detail(claims: pd.DataFrame, data: Loaded, source: Path, stamp, found: reviews.Reviews) -> None:
    shown = claims.head(TABLE_ROWS)
    if shown.empty:
        return
    label = lambda f: f["publisher"] + " · " + f["published"] + " · " + f["value"]  # noqa: E731
    labels = dict(zip(shown["claim_id"], label(shown)))
    everything, book = data.claims, data.book
    metric_labels = {m: info.label for m, info in data.metrics.items() if info.label}
    wanted = st.session_state.get("claim")
    if wanted not in labels:
        at = data.ids.get_loc(wanted) if wanted in data.ids else None  # a linked claim past the first rows
        if at is not None and everything.index[at] in claims.index:
            labels[wanted] = label(everything.iloc[[at]]).iloc[0]
        else:
            st.session_state["claim"] = next(iter(labels))
    st.subheader("Claim detail")
    st.selectbox("Claim", list(labels), key="claim", format_func=labels.get)
    row = everything.iloc[data.ids.get_loc(st.session_state["claim"])]
    claim_id = st.session_state["claim"]
    rating = found.rating_of(claim_id)
    badge = f"{rating_badge(rating)} " if rating else ""
    st.markdown(f"{badge}**{md_escape(row['value'])}** — read as **{md_escape(row['reading'])}** ({md_escape(row['kind'])})")
    stands = metric_context(str(source), stamp, row["metric"])
    st.info(md_escape(context.sentence(row, stands.loc[row.name])), icon=":material/compare_arrows:")
    current = found.latest.get(claim_id)
    if current is not None:
        by = f" by {md_escape(current.reviewer)}" if current.reviewer else ""
        text = f"**Review** ({md_escape(current.reviewed)}{by}): {rating_badge(rating)}"
        if current.explanation:
            text += f" {md_escape(current.explanation)}"
        st.markdown(text)
        if is_web_link(current.url):
            st.link_button("Read the fact-check", current.url)
    if row["quote"]:
        st.markdown("> " + highlight(row["quote"], row["value"]))
    facts = [("Said by", row["claimant"]), ("Figure from", row["attributed_to"]), ("Subject", row["subject"]),
             ("Place", row["geography"]), ("Period", row["period"])]
    st.markdown("  \n".join(f"**{k}:** {md_escape(v)}" for k, v in facts if v))
    citation = ", ".join(md_escape(x) for x in (row["author"], f"“{row['source_title']}”", row["publisher"],
                                                  row["published"]) if x)
    if row["page"]:
        citation += f", p. {md_escape(row['page'])}"
    st.markdown(f"**Source:** {citation}")
    if is_web_link(row["url"]):
        st.link_button("Open the source", row["url"])
        if row["accessed"]:
            st.caption(f"accessed {md_escape(row['accessed'])}")
    if row["derived_from"]:
        st.markdown(f"**Repeats:** {md_escape(row['derived_from'])} — not counted as an independent estimate.")
    repeated_by = data.repeated_by.get(st.session_state["claim"], ())
    if repeated_by:
        st.markdown(f"**Repeated by:** {md_escape(', '.join(repeated_by))}")
    if row["notes"]:
        st.caption(f"Editor's notes: {md_escape(row['notes'])}")
    with st.container(border=True):
        st.markdown("**Cite this claim** (APA, with the figure and the quote; copy with the button at the right)")
        st.code(cite_claim(row, keys_from=book, labels=metric_labels), language=None, wrap_lines=True)
        buttons = st.container(horizontal=True)
        for fmt, spec in FORMATS.items():
            if fmt == "claimreview" and not has_verdict(found, [claim_id]):
                continue  # no published verdict on this claim
            built = partial(export_claim, everything, claim_id, fmt, keys_from=book, labels=metric_labels,
                            contexts=context.records(everything.loc[stands.index], stands, everything.loc[[row.name]]))
            buttons.download_button(spec.label, built,
                                   file_name=export_filename(fmt, st.session_state["claim"]), mime=spec.mime,
                                   on_click="ignore", key=f"cite-{fmt}")


def main() -> None:
    source = backend.location()
    stamp = backend.version(source)
    data = load(str(source), stamp)
    claims, problems, metrics, book = data.claims, data.problems, data.metrics, data.book
    st.title("claims tracker")
    with st.expander("About this data"):
        st.markdown(ABOUT)
    if problems:
        show_problems(problems, Path(source).name if isinstance(source, Path) else backend.shown(source))
    if claims.empty:
        st.info(f"No valid claims to show from {Path(source).name if isinstance(source, Path) else backend.shown(source)}.")
        return
    found = data.reviews
    if found.problems:
        show_problems(found.problems, "reviews.csv" if isinstance(source, Path) else backend.shown(source) + "#reviews")
    ratings = found.ratings()
    years, options = data.years, {**data.options, "rating": rating_options(found, ratings, len(claims))}
    labels = {m: (metrics[m].label if m in metrics else m) for m in data.metric_counts}
    metric_ids = sorted(labels, key=lambda m: labels[m].lower())
    for note in restore_from_url(claims, options, metric_ids, years):
        st.info(note)
    filters = sidebar_filters(claims, options, years)
    counts = data.metric_counts
    st.selectbox("Metric", [""] + metric_ids, key="metric",
                 format_func=lambda m: "Overview: all metrics" if not m else f"{labels[m]} ({counts[m]})")
    visible = filter_claims(claims, filters, data.haystack, ratings)
    metric = st.session_state["metric"]
    if metric:
        visible = visible[visible["metric"] == metric]
        show_metric(metric, visible, metrics, metric_context(str(source), stamp, metric), ratings)
    else:
        summary = summarise(str(source), stamp, filters, visible)
        show_headline(visible)
        show_disputed(summary, visible, metrics)
        show_overview(summary, overview_strips(str(source), stamp, filters, visible))
        show_recent(visible, labels)
    show_table(visible, metric, book, labels, ratings, source, stamp, found)
    show_api_link(filters, metric)
    show_detail(visible, data, source, stamp, found)
    save_to_url(st.session_state.get("years", years), years)


main()
