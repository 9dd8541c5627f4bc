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


def figure(x: float | None) -> str:
    """A number as readers see it on the dashboard: 300,000, 2.5, 66.67; 'open' for an open end."""
    if x is None or math.isnan(x):
        return ""
    if math.isinf(x):
        return "open"
    return f"{x:,.0f}" if abs(x) >= 100 or x == int(x) else f"{x:,.2f}".rstrip("0").rstrip(".")


def span_text(band: Band | None) -> str:
    """The stated extremes of an envelope: '10,000–300,000'; an open end is marked, never a number."""
    if band is None:
        return ""
    low, high = figure(band.low), figure(band.high)
    return low if low == high else f"{low}–{high}"


def stated_span(frame: pd.DataFrame, low: str = "low", high: str = "high") -> str:
    """From the smallest to the largest number the claims state; '+ open-ended' when some run on."""
    values = pd.concat([frame[low], frame[high]]).dropna()
    if values.empty:
        return ""
    text = span_text(Band(float(values.min()), float(values.max())))
    return text + (" (some open-ended)" if frame[low].isna().any() or frame[high].isna().any() else "")


def metric_summary(claims: pd.DataFrame, metric_units: dict[str, str] | None = None,
                   labels: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per metric: label, claims, independent estimates, publishers, span and agreement.

    Each metric is first expressed in its default unit (money in US dollars at each claim's year),
    so that spans and agreement compare like with like.
    """
    from claims import views

    labels, metric_units = labels or {}, metric_units or {}
    needed = ["claim_id", "metric", "unit", "low", "high", "kind", "period", "published", "derived_from",
              "publisher"]
    rows = []
    for metric, group in claims[needed].groupby("metric", sort=True):  # only the columns used: cheap copies
        unit = metric_units.get(metric, "")
        choice = next(iter(views.unit_choices(group, unit)))
        shown = views.express(group, choice, metric_unit=unit)
        rows.append({
            "metric": metric,
            "label": labels.get(metric) or metric,
            "claims": len(group),
            "independent": int(independent(group).sum()),
            "publishers": group["publisher"].nunique(),
            "unit": shown.axis_title,
            "span": stated_span(shown.frame, "x_low", "x_high"),
            "agreement": agreement(shown.frame, "x_low", "x_high"),
        })
    return pd.DataFrame(rows, columns=["metric", "label", "claims", "independent", "publishers",
                                       "unit", "span", "agreement"])
