"""How one claim stands against the other independent estimates of its metric.

A fact-checker's first question about a figure is how it compares with everything else known. The
answer is worked out per claim, against the *other independent* estimates of the same metric, all
expressed in the metric's default unit (money in US dollars at each claim's year):

- the claim itself is left out, and so is the claim it repeats (following `derived_from` to the
  original), since a repeat agreeing with its own source says nothing;
- repeats of other claims are left out too (`overview.independent`);
- an open bound reaches to infinity: "at least 90%" is above an estimate of 30–50% only because its
  low (90) exceeds that high (50), and "5+ years" is never below anything that reaches 5 years.

Statuses, in the order they are tested:

- `above`: the claim's low is above every other estimate's high;
- `below`: the claim's high is below every other estimate's low;
- `inside_overlap`: every other estimate and this claim share at least one value;
- `within_span`: none of the above: the claim meets some estimates but not all;
- `none`: no other independent estimate (or the claim cannot be expressed in the metric's unit).

Everything is computed for the whole table at once, metric by metric, in O(n) per metric: the
"every other estimate" extremes come from each metric's three largest and smallest values, so
leaving out the claim and its original never needs a second pass.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from claims import display, overview, views

STATUSES: dict[str, str] = {
    "above": "above every other independent estimate",
    "below": "below every other independent estimate",
    "inside_overlap": "inside the overlap of every other independent estimate",
    "within_span": "within the span of the other independent estimates",
    "none": "no comparable independent estimate",
}
"""status → the words a sentence uses for it."""

COLUMNS: tuple[str, ...] = (
    "status", "others", "producers", "first_year", "last_year", "lowest", "highest",
    "lowest_open", "highest_open", "overlaps", "band_low", "band_high", "unit", "original",
)
"""Columns of `table`: the status, how many other independent estimates (and from how many
producers, published which years), the smallest and largest figure they state (`*_open` when that
figure is an "up to"/"at least"), how many of them the claim overlaps, the band they all share with
the claim (status inside_overlap), the unit of those numbers, and the original of a repeat."""

_MAX_CHAIN = 50
"""How far `derived_from` is followed to an original; a longer chain is a loop in the data."""


def originals(claims: pd.DataFrame) -> pd.Series:
    """Per claim, the claim id its `derived_from` chain ends at ('' for an independent claim).

    A chain that leaves the table ends at the last id it names; a loop ends where it was noticed.
    """
    parent = claims["derived_from"].fillna("").astype(str).str.strip().to_numpy(dtype=object)
    repeats = np.flatnonzero(parent != "")
    ids = claims["claim_id"].astype(str).to_numpy(dtype=object)
    step = dict(zip(ids[repeats], parent[repeats]))
    root = parent.copy()
    for i in repeats:
        seen = {ids[i]}
        while root[i] in step and root[i] not in seen and len(seen) < _MAX_CHAIN:
            seen.add(root[i])
            root[i] = step[root[i]]
    return pd.Series(root, index=claims.index, dtype=object)


def _pick(values: np.ndarray, valid: np.ndarray, exclude: tuple[np.ndarray, np.ndarray],
          largest: bool) -> np.ndarray:
    """Per row, the largest (or smallest) of `values[valid]` leaving out the positions in `exclude`
    (two arrays of positions, -1 for none); -inf (+inf) when nothing is left."""
    empty = -np.inf if largest else np.inf
    masked = np.where(valid, values, empty)
    k = min(3, len(values))
    order = np.argsort(-masked if largest else masked, kind="stable")[:k]
    order = np.concatenate([order, np.full(3 - k, -2)])
    out = np.full(len(values), empty)
    taken = np.zeros(len(values), dtype=bool)
    for candidate in order:
        usable = (~taken) & (candidate >= 0) & (exclude[0] != candidate) & (exclude[1] != candidate)
        if candidate >= 0:
            out[usable] = masked[candidate]
        taken |= usable
    return out


def _group(lo: np.ndarray, hi: np.ndarray, own: np.ndarray, years: np.ndarray, makers: np.ndarray,
           me: np.ndarray, origin: np.ndarray) -> dict[str, np.ndarray]:
    """The context of every claim in one metric; positions are within the metric."""
    out: dict[str, np.ndarray] = {}
    # a claim that is not independent is no "other" estimate, so leaving it out changes nothing
    gone_me = np.where(own[me], me, -1)
    gone_origin = np.where((origin >= 0) & (origin != me), origin, -1)
    gone_origin = np.where(gone_origin >= 0, np.where(own[np.maximum(gone_origin, 0)], gone_origin, -1), -1)
    exclude = (gone_me, gone_origin)
    out["others"] = own.sum() - (gone_me >= 0) - (gone_origin >= 0)
    out["max_low"] = _pick(lo, own, exclude, True)
    out["min_high"] = _pick(hi, own, exclude, False)
    out["max_high"] = _pick(hi, own, exclude, True)
    out["min_low"] = _pick(lo, own, exclude, False)
    smallest = np.where(np.isfinite(lo), lo, hi)  # the smallest number an estimate states
    largest = np.where(np.isfinite(hi), hi, lo)
    out["lowest"] = _pick(smallest, own & np.isfinite(smallest), exclude, False)
    out["highest"] = _pick(largest, own & np.isfinite(largest), exclude, True)
    open_low = own & ~np.isfinite(lo)
    open_high = own & ~np.isfinite(hi)
    # is the smallest stated figure an "up to"? (some other estimate open below states exactly it)
    out["lowest_open"] = _pick(np.where(open_low, hi, np.inf), open_low, exclude, False) <= out["lowest"]
    out["highest_open"] = _pick(np.where(open_high, lo, -np.inf), open_high, exclude, True) >= out["highest"]
    year_ok = own & ~np.isnan(years)
    out["first_year"] = _pick(years, year_ok, exclude, False)
    out["last_year"] = _pick(years, year_ok, exclude, True)
    # overlaps: estimates neither wholly above nor wholly below the claim
    lows_sorted, highs_sorted = np.sort(lo[own]), np.sort(hi[own])
    above = len(lows_sorted) - np.searchsorted(lows_sorted, hi, side="right")
    below = np.searchsorted(highs_sorted, lo, side="left")
    met = len(lows_sorted) - above - below
    for gone in exclude:
        p = np.maximum(gone, 0)
        met = met - ((gone >= 0) & (lo[p] <= hi) & (hi[p] >= lo))
    out["overlaps"] = met
    # producers: distinct makers among the others
    codes, uniques = pd.factorize(makers)
    counts = np.bincount(codes[own], minlength=len(uniques))
    distinct = int((counts > 0).sum())
    c_me = counts[codes[me]]
    c_origin = counts[codes[np.maximum(gone_origin, 0)]]
    same = (gone_me >= 0) & (gone_origin >= 0) & (codes[me] == codes[np.maximum(gone_origin, 0)])
    out["producers"] = np.where(
        same, distinct - (c_me == 2),
        distinct - ((gone_me >= 0) & (c_me == 1)) - ((gone_origin >= 0) & (c_origin == 1)))
    return out


def table(claims: pd.DataFrame, metric_units: dict[str, str] | None = None,
          basis: pd.DataFrame | None = None) -> pd.DataFrame:
    """The context of every claim of `claims` (a `load_claims` frame): COLUMNS, indexed like `claims`.

    Pass the whole table, not a filtered view: a claim's context is against every other estimate.
    `basis` is `views.default_basis(claims)` when the caller keeps it.
    """
    n = len(claims)
    out: dict[str, np.ndarray] = {name: np.full(n, np.nan) for name in COLUMNS}
    out["status"] = np.full(n, "none", dtype=object)
    for name in ("others", "producers", "overlaps"):
        out[name] = np.zeros(n, dtype=np.int64)
    for name in ("lowest_open", "highest_open"):
        out[name] = np.zeros(n, dtype=bool)
    original = originals(claims)
    out["original"] = original.to_numpy(dtype=object)
    out["unit"] = np.full(n, "", dtype=object)
    if n:
        shown, _ = views.express_defaults(claims, metric_units or {}, basis)
        out["unit"] = claims["metric"].astype(str).map(shown.attrs["units"]).fillna("").to_numpy(dtype=object)
        ids = claims["claim_id"].astype(str).to_numpy()
        own_all = overview.independent(claims).to_numpy()
        makers_all = overview.producers(claims).astype(str).to_numpy()
        years_all = pd.to_numeric(claims["published"].astype(str).str.slice(0, 4), errors="coerce").to_numpy(float)
        original_all = original.to_numpy()
        where = claims.index.get_indexer(shown.index)
        lo_all = shown["x_low"].to_numpy(dtype=float, na_value=np.nan)
        hi_all = shown["x_high"].to_numpy(dtype=float, na_value=np.nan)
        codes = shown["metric"].cat.codes.to_numpy()
        order = np.argsort(codes, kind="stable")
        bounds = np.flatnonzero(np.diff(codes[order])) + 1
        for members in np.split(order, bounds):
            if not len(members):
                continue
            rows = where[members]
            lo = np.nan_to_num(lo_all[members], nan=-np.inf)
            hi = np.nan_to_num(hi_all[members], nan=np.inf)
            position = pd.Series(np.arange(len(rows)), index=ids[rows])
            position = position[~position.index.duplicated()]
            origin = pd.Series(original_all[rows]).map(position).fillna(-1).to_numpy(dtype=np.int64)
            got = _group(lo, hi, own_all[rows], years_all[rows], makers_all[rows], np.arange(len(rows)), origin)
            inside = np.maximum(lo, got["max_low"]) <= np.minimum(hi, got["min_high"])
            status = np.select([got["others"] == 0, lo > got["max_high"], hi < got["min_low"], inside],
                               ["none", "above", "below", "inside_overlap"], "within_span")
            out["status"][rows] = status
            for name in ("others", "producers", "overlaps", "lowest_open", "highest_open"):
                out[name][rows] = got[name]
            for name in ("first_year", "last_year", "lowest", "highest"):
                out[name][rows] = np.where(np.isfinite(got[name]), got[name], np.nan)
            inside = status == "inside_overlap"
            out["band_low"][rows] = np.where(inside, np.maximum(lo, got["max_low"]), np.nan)
            out["band_high"][rows] = np.where(inside, np.minimum(hi, got["min_high"]), np.nan)
    return pd.DataFrame(out, index=claims.index, columns=list(COLUMNS))


# --- the sentence a fact-checker pastes ---------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """One claim's context, as `table` gives it, with the sentence that says it."""

    claim_id: str
    status: str
    sentence: str
    others: int
    producers: int
    first_year: int | None
    last_year: int | None
    lowest: float | None
    highest: float | None
    unit: str

    def as_dict(self) -> dict:
        return {"status": self.status, "sentence": self.sentence, "others": self.others,
                "producers": self.producers, "first_year": self.first_year, "last_year": self.last_year,
                "lowest": self.lowest, "highest": self.highest, "unit": self.unit}


def _finite(x: object) -> float | None:
    try:
        value = float(x)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


def who(claim: pd.Series | dict) -> str:
    """'(John Miller, Taipei Times, 2005-12-10)': who said it, where and when, as far as the row says."""
    parts = [str(claim.get(c) or "").strip() for c in ("claimant", "publisher", "published")]
    return "(" + ", ".join(p for p in parts if p) + ")"


def sentence(claim: pd.Series | dict, row: pd.Series | dict) -> str:
    """The context of `claim` (a table row) from its `table` row, in one sentence a fact-checker can paste:
    "'between 30 percent and half' (John Miller, Taipei Times, 2005-12-10) is above every other
    independent estimate: 10–20%, 3 producers, 2009–2019"."""
    head = f"'{str(claim.get('value') or '').strip()}' {who(claim)}"
    status = str(row["status"])
    if status == "none":
        return f"{head} has no other independent estimate of this metric to compare with."
    unit = str(row["unit"] or "")
    span = display.amount_span(_finite(row["lowest"]), _finite(row["highest"]), unit,
                      bool(row["lowest_open"]), bool(row["highest_open"]))
    n, makers = int(row["others"]), int(row["producers"])
    first, last = _finite(row["first_year"]), _finite(row["last_year"])
    years = "" if first is None else (f", {int(first)}" if first == last else f", {int(first)}–{int(last)}")
    facts = f"{span}, {n} estimate{'s' * (n != 1)} from {makers} producer{'s' * (makers != 1)}{years}"
    if status == "inside_overlap":
        band = display.amount_span(_finite(row["band_low"]), _finite(row["band_high"]), unit)
        verb = f"agrees with every other independent estimate (all include {band})" if band else \
            "agrees with every other independent estimate"
    elif status == "within_span" and int(row["overlaps"]) == n:
        verb = "overlaps every other independent estimate, though they do not all overlap one another"
    elif status == "within_span":
        verb = f"is within the span of the other independent estimates, overlapping {int(row['overlaps'])} of {n}"
    else:
        verb = "is " + STATUSES[status]
    return f"{head} {verb}: {facts}."


def of_claim(claims: pd.DataFrame, contexts: pd.DataFrame, claim_id: str) -> Context:
    """The context of one claim, from `table(claims)`. KeyError for an unknown id."""
    where = claims.index[claims["claim_id"].astype(str) == claim_id]
    if not len(where):
        raise KeyError(claim_id)
    return _context(claims.loc[where[0]], contexts.loc[where[0]])


def _context(claim: pd.Series | dict, row: pd.Series | dict) -> Context:
    """A claim (a table row) and its `table` row, as a Context with its sentence."""
    first, last = _finite(row["first_year"]), _finite(row["last_year"])
    return Context(str(claim["claim_id"]), str(row["status"]), sentence(claim, row), int(row["others"]),
                   int(row["producers"]), None if first is None else int(first), None if last is None else int(last),
                   _finite(row["lowest"]), _finite(row["highest"]), str(row["unit"] or ""))


def competitors(claims: pd.DataFrame, contexts: pd.DataFrame, claim_id: str) -> pd.DataFrame:
    """The other independent estimates a claim is compared with (its metric, not it, not its original)."""
    where = claims.index[claims["claim_id"].astype(str) == claim_id]
    if not len(where):
        raise KeyError(claim_id)
    claim = claims.loc[where[0]]
    original = str(contexts.loc[where[0], "original"] or "")
    same = (claims["metric"] == claim["metric"]) & overview.independent(claims)
    same &= ~claims["claim_id"].astype(str).isin({claim_id, original})
    return claims[same]


def records(claims: pd.DataFrame, contexts: pd.DataFrame, which: pd.DataFrame | None = None) -> dict[str, dict]:
    """claim_id → `Context.as_dict()` for the claims of `which` (rows of `claims`; default all), for exports.

    `contexts` is `table(claims)`; one pass over the rows, no lookup per claim.
    """
    rows = claims if which is None else claims.loc[which.index]
    picked = contexts.loc[rows.index]
    out: dict[str, dict] = {}
    names = ("claim_id", "value", "claimant", "publisher", "published")
    for claim, row in zip(rows[list(names)].to_dict("records"), picked.to_dict("records")):
        out[str(claim["claim_id"])] = _context(claim, row).as_dict()
    return out


def brief(row: pd.Series | dict) -> str:
    """The context without the claim: 'below every other independent estimate (60% to at least 90%, 6
    estimates)', for a chart's hover where the claim is already named."""
    status = str(row["status"])
    if status == "none":
        return "no other independent estimate to compare with"
    span = display.amount_span(_finite(row["lowest"]), _finite(row["highest"]), str(row["unit"] or ""),
                      bool(row["lowest_open"]), bool(row["highest_open"]))
    n = int(row["others"])
    words = {"inside_overlap": "agrees with every other independent estimate",
             "within_span": f"overlaps {int(row['overlaps'])} of the {n} other independent estimates"}
    return f"{words.get(status, STATUSES[status])} ({span}, {n} estimate{'s' * (n != 1)})"
