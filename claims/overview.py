"""Do the reports agree? Independent estimates, the band they share, and a per-metric summary.

A claim marked `derived_from` another repeats it, so it is not an independent estimate: a figure
quoted by five outlets counts once. Open bounds count as reaching to infinity, so "5+ years" and
"5–15 years" overlap, and "≤70%" and "75%" do not.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from claims import display


def independent(claims: pd.DataFrame) -> pd.Series:
    """True for claims that are estimates in their own right (not repeats of another claim)."""
    return claims["derived_from"].fillna("").astype(str).str.strip() == ""


@dataclass(frozen=True)
class Band:
    """An interval on the axis; either end may be infinite (an open bound)."""

    low: float
    high: float

    @property
    def empty(self) -> bool:
        return self.low > self.high


def _lows_highs(frame: pd.DataFrame, low: str, high: str) -> tuple[np.ndarray, np.ndarray]:
    lows = frame[low].to_numpy(dtype=float, na_value=np.nan)
    highs = frame[high].to_numpy(dtype=float, na_value=np.nan)
    return np.where(np.isnan(lows), -np.inf, lows), np.where(np.isnan(highs), np.inf, highs)


def overlap(frame: pd.DataFrame, low: str = "low", high: str = "high") -> Band | None:
    """The band every row's interval shares (empty when they do not all overlap); None for no rows."""
    if not len(frame):
        return None
    lows, highs = _lows_highs(frame, low, high)
    return Band(float(lows.max()), float(highs.min()))


def envelope(frame: pd.DataFrame, low: str = "low", high: str = "high") -> Band | None:
    """The band from the lowest low to the highest high."""
    if not len(frame):
        return None
    lows, highs = _lows_highs(frame, low, high)
    return Band(float(lows.min()), float(highs.max()))


def agreement(frame: pd.DataFrame, low: str = "low", high: str = "high") -> str:
    """'agree', 'conflict' or 'single estimate' for the independent estimates in `frame`."""
    own = frame[independent(frame)]
    if len(own) <= 1:
        return "single estimate" if len(own) else "no estimate"
    return "conflict" if overlap(own, low, high).empty else "agree"


def span_text(band: Band | None) -> str:
    """The stated extremes of an envelope: '10,000–300,000'; an open end is marked, never a number."""
    return "" if band is None else display.span(band.low, band.high)


def stated_span(frame: pd.DataFrame, low: str = "low", high: str = "high") -> str:
    """From the smallest to the largest number the claims state; '+ open-ended' when some run on."""
    values = pd.concat([frame[low], frame[high]]).dropna()
    if values.empty:
        return ""
    text = span_text(Band(float(values.min()), float(values.max())))
    return text + (" (some open-ended)" if frame[low].isna().any() or frame[high].isna().any() else "")


def _per_metric_summary(claims: pd.DataFrame, metric_units: dict[str, str], labels: dict[str, str]) -> pd.DataFrame:
    """The summary computed metric by metric through `views.express`: the reference for `metric_summary`."""
    from claims import views

    rows = []
    for metric, group in claims.groupby("metric", sort=True):
        unit = metric_units.get(metric, "")
        shown = views.express(group, next(iter(views.unit_choices(group, unit))), metric_unit=unit)
        own = shown.frame[independent(shown.frame)]
        band = overlap(own, "x_low", "x_high") if len(own) > 1 else None
        rows.append({"metric": metric, "label": labels.get(metric) or metric, "claims": len(group),
                     "independent": int(independent(group).sum()), "publishers": group["publisher"].nunique(),
                     "unit": shown.axis_title, "span": stated_span(shown.frame, "x_low", "x_high"),
                     "agreement": agreement(shown.frame, "x_low", "x_high"),
                     "disagreement": 0.0 if band is None else disagreement(band.low, band.high)})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


SUMMARY_COLUMNS = ["metric", "label", "claims", "independent", "publishers", "unit", "span", "agreement",
                   "disagreement"]


def disagreement(max_low: float, min_high: float) -> float:
    """How far apart the independent estimates are: the highest low over the lowest high.

    Above 1 they do not all overlap, and the figure says by how much: 3.0 means one report's
    lowest figure is three times another's highest. An open bound never sets it (a lower bound left
    open is no lowest figure), and estimates that overlap score 0; with a high at or below zero
    (a negative quantity) any conflict scores infinity.
    """
    if not (math.isfinite(max_low) and math.isfinite(min_high)) or max_low <= min_high:
        return 0.0
    return max_low / min_high if min_high > 0 else math.inf


def summary_basis(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claim, what `metric_summary` needs that no filter changes: `views.default_basis` plus
    whether the claim is independent and its publisher as a category. Worked out once per table
    version, it leaves a filter change only group-bys over the rows it keeps."""
    from claims import views

    return views.default_basis(claims).assign(independent=independent(claims).to_numpy(),
                                              publisher=claims["publisher"].astype("category"))


def metric_summary(claims: pd.DataFrame, metric_units: dict[str, str] | None = None,
                   labels: dict[str, str] | None = None, basis: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per metric: label, claims, independent estimates, publishers, span and agreement.

    Each metric is first expressed in its default unit (money in US dollars at each claim's year),
    so that spans and agreement compare like with like. Computed for all metrics at once (the
    overview reruns on every filter change); `_per_metric_summary` is the slow reference.
    `basis` is `summary_basis` of these claims or of the table they were filtered from.
    """
    from claims import views

    labels, metric_units = labels or {}, metric_units or {}
    if claims.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    facts = summary_basis(claims) if basis is None else views.rows_of(basis, claims)
    by_metric = facts.groupby("metric", sort=True, observed=True)
    out = pd.DataFrame({"claims": by_metric.size(), "independent": by_metric["independent"].sum(),
                        "publishers": by_metric["publisher"].nunique()})
    shown, titles = views.express_defaults(claims, metric_units, facts)
    lo, hi = shown["x_low"], shown["x_high"]
    metric = shown["metric"]
    both = pd.concat([metric, metric])
    # plain dicts: a missing metric is a dict miss, not a CategoricalIndex lookup (which pandas can get wrong)
    stated_min = pd.concat([lo, hi]).groupby(both, observed=True).min().to_dict()
    stated_max = pd.concat([lo, hi]).groupby(both, observed=True).max().to_dict()
    open_ended = (lo.isna() | hi.isna()).groupby(metric, observed=True).any().to_dict()
    mine = shown[shown["independent"].to_numpy()]
    own_count = mine.groupby("metric", observed=True).size().to_dict()
    max_low = mine["x_low"].fillna(-np.inf).groupby(mine["metric"], observed=True).max().to_dict()
    min_high = mine["x_high"].fillna(np.inf).groupby(mine["metric"], observed=True).min().to_dict()
    rows = []
    for name, counts in zip(out.index.astype(str), out.itertuples(index=False)):
        n_own = int(own_count.get(name, 0))
        if not np.isnan(stated_min.get(name, np.nan)):
            span = span_text(Band(float(stated_min[name]), float(stated_max[name])))
            span += " (some open-ended)" if open_ended.get(name, False) else ""
        else:
            span = ""
        agree = ("no estimate" if n_own == 0 else "single estimate" if n_own == 1
                 else "conflict" if max_low[name] > min_high[name] else "agree")
        rows.append({"metric": name, "label": labels.get(name) or name, "claims": int(counts.claims),
                     "independent": int(counts.independent), "publishers": int(counts.publishers),
                     "unit": titles.get(name, ""), "span": span, "agreement": agree,
                     "disagreement": disagreement(max_low[name], min_high[name]) if n_own > 1 else 0.0})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


# --- the first screen: headline counts, where reports disagree, what was added ------------------------

@dataclass(frozen=True)
class Headline:
    claims: int
    reports: int
    producers: int
    metrics: int
    first_year: int | None
    last_year: int | None


def producers(claims: pd.DataFrame) -> pd.Series:
    """Who produced each figure: `attributed_to`, else the publisher (a figure of its own)."""
    made = claims["attributed_to"].fillna("").astype(str).str.strip()
    return made.where(made != "", claims["publisher"])


def headline(claims: pd.DataFrame) -> Headline:
    """Counts for the top of the page: claims, reports (distinct publisher, title and date), producers,
    metrics and the years the claims were published in."""
    years = pd.to_numeric(claims["published"].str.slice(0, 4), errors="coerce").dropna()
    reports = claims.groupby(["publisher", "source_title", "published"], sort=False, observed=True).ngroups
    return Headline(len(claims), int(reports), int(producers(claims).nunique()), int(claims["metric"].nunique()),
                    int(years.min()) if len(years) else None, int(years.max()) if len(years) else None)


def most_disputed(summary: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The metrics whose independent estimates are furthest apart (see `disagreement`), most first."""
    disputed = summary[summary["disagreement"] > 1]
    return disputed.sort_values(["disagreement", "independent"], ascending=False, kind="stable").head(n)


def sentence(frame: pd.DataFrame, unit: str) -> str:
    """One line on a metric's estimates (`views.express` frame, x_low/x_high in `unit`):
    'Estimates run from 30% to at least 90% across 5 producers, 2005–2023.'"""
    own = frame[independent(frame)]
    if own.empty:
        return ""
    lows, highs = own["x_low"].to_numpy(dtype=float), own["x_high"].to_numpy(dtype=float)
    stated = np.concatenate([lows[~np.isnan(lows)], highs[~np.isnan(highs)]])
    if not len(stated):
        return ""
    bottom, top = float(stated.min()), float(stated.max())
    below = bool(np.any(np.isnan(lows) & (highs == bottom)))  # the lowest figure is an "up to"
    above = bool(np.any(np.isnan(highs) & (lows == top)))  # the highest is an "at least"
    span = display.amount_span(bottom, top, unit, below, above, dash=False)
    who = producers(own).nunique()
    years = pd.to_numeric(own["published"].str.slice(0, 4), errors="coerce").dropna()
    when = "" if years.empty else (f", {int(years.min())}" if years.min() == years.max()
                                   else f", {int(years.min())}–{int(years.max())}")
    spread = f"from {span}" if " to " in span else f"at {span}"  # two ends are always joined by "to" here
    return f"Estimates run {spread} across {who} producer{'s' * (who != 1)}{when}."


def recent(claims: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The claims added last: imports append to the table, so its last rows are the newest."""
    return claims.tail(n).iloc[::-1]
