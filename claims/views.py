"""Expressing one metric's claims in the unit a reader chooses: as reported, USD, constant USD, months…

Conversion runs on whole arrays, one pint conversion per unit group; money goes through the FX and
CPI tables in `claims.units`. A claim that cannot be converted (its year is outside the tables) is
left out of the chart with a note saying why, never placed at a guessed rate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from claims import units

AS_REPORTED = "as_reported"
USD_AT_CLAIM_YEAR = "usd"
CONSTANT_USD = "constant_usd"


@dataclass
class Expressed:
    """A metric's claims in one unit: `frame` has x_low/x_high (NaN for an open bound)."""

    frame: pd.DataFrame
    unit: str
    axis_title: str
    note: str = ""
    left_out: list[str] = field(default_factory=list)

    @property
    def ceiling(self) -> float | None:
        return ceiling(self.unit)


def ceiling(unit: str) -> float | None:
    """The most a quantity in `unit` can be, where an open upper bound stops: 100 for a share."""
    return 100.0 if unit == "percent" else None


def _mode(values: pd.Series) -> str:
    counts = values[values != ""].value_counts()
    return str(counts.index[0]) if len(counts) else ""


def display_unit(unit_column: pd.Series, metric_unit: str = "") -> str:
    """The unit a metric is shown in by default: metrics.csv's unit, else its claims' most common."""
    return metric_unit or _mode(unit_column)


def unit_choices(claims: pd.DataFrame, metric_unit: str = "") -> dict[str, str]:
    """Choice key -> label of the units this metric can be shown in, the default first."""
    shown = display_unit(claims["unit"], metric_unit)
    if any(units.currency_of(u) for u in claims["unit"]):
        currencies = sorted({units.currency_of(u) for u in claims["unit"] if units.currency_of(u)})
        choices = {USD_AT_CLAIM_YEAR: "US dollars at each claim's year",
                   CONSTANT_USD: "constant US dollars (CPI-U)"}
        if len(currencies) == 1:
            choices = {AS_REPORTED: f"as reported ({currencies[0]})", **choices}
        return choices
    choices = {AS_REPORTED: f"as reported ({_named(shown)})"}
    if units.dimension_key(shown) == units.dimension_key("year"):
        for alt in ("month", "year"):
            if alt != shown:
                choices[alt] = units.unit_label(alt)
    return choices


def express(claims: pd.DataFrame, choice: str = AS_REPORTED, *, metric_unit: str = "",
            base_year: int = 2025) -> Expressed:
    """The claims of one metric with x_low/x_high in the chosen unit, and an axis title naming it."""
    frame = claims.copy()
    frame["x_low"], frame["x_high"] = np.nan, np.nan
    if not len(frame):
        return Expressed(frame, "", "")
    money = any(units.currency_of(u) for u in frame["unit"])
    if money:
        return _express_money(frame, choice, base_year)
    target = choice if choice not in (AS_REPORTED, "") else display_unit(frame["unit"], metric_unit)
    for unit, rows in frame.groupby("unit", sort=False).groups.items():
        factor = _factor(unit, target)
        frame.loc[rows, "x_low"] = frame.loc[rows, "low"].to_numpy() * factor
        frame.loc[rows, "x_high"] = frame.loc[rows, "high"].to_numpy() * factor
    converted = frame["unit"] != target
    note = f"{int(converted.sum())} claim(s) converted to {_named(target)}" if converted.any() else ""
    return Expressed(frame, target, _axis_label(target), note)


def _named(unit: str) -> str:
    """A unit as the dashboard names it in a sentence: 'years', 'number per 100,000 people'."""
    return _axis_label(unit) if "/" in unit else units.unit_label(unit) or "number"


def _axis_label(unit: str) -> str:
    if unit == "percent":
        return "percent (%)"
    if not unit:
        return "number"
    if units.named_rate(unit):
        return units.unit_label(unit)  # 'km/h'
    num, _, per = unit.partition("/")
    label = units.unit_label(num) if num not in ("", "1") else "number"
    return label + "".join(f" per {units.unit_label(part, 1)}" for part in per.split("/")) if per else label


def _per_suffix(unit_names) -> str:
    """' per year' when every money unit is a rate over the same duration, else ''."""
    per = {u.partition("/")[2] for u in unit_names}
    return f" per {next(iter(per)).replace('/', ' per ')}" if len(per) == 1 and next(iter(per)) else ""


def _money_title(code: str | None, suffix: str) -> str:
    """Axis title of money shown as reported (one currency `code`) or in US dollars at each claim's year."""
    return f"{code}{suffix}, nominal, as reported" if code else f"US dollars{suffix} at each claim's year"


def _express_money(frame: pd.DataFrame, choice: str, base_year: int) -> Expressed:
    currencies = {units.currency_of(u) for u in frame["unit"]}
    suffix = _per_suffix(frame["unit"])
    if choice == AS_REPORTED and len(currencies) == 1:
        frame["x_low"], frame["x_high"] = frame["low"], frame["high"]
        return Expressed(frame, frame["unit"].iloc[0], _money_title(next(iter(currencies)), suffix))
    constant = choice == CONSTANT_USD
    factors, left_out = _usd_factors(frame, base_year if constant else None)
    frame["x_low"] = frame["low"].to_numpy() * factors
    frame["x_high"] = frame["high"].to_numpy() * factors
    frame = frame[~np.isnan(factors)]
    if constant:
        title = f"constant {base_year} US dollars{suffix} (CPI-U)"
        note = (f"Converted to US dollars at each claim's year (Federal Reserve G.5A annual average), "
                f"then to {base_year} dollars with US CPI-U (BLS).")
    else:
        title = _money_title(None, suffix)
        note = "Converted to US dollars at each claim's year (Federal Reserve G.5A annual average rate)."
    return Expressed(frame, "USD", title, note, left_out)


def _usd_factors(frame: pd.DataFrame, base_year: int | None = None) -> tuple[np.ndarray, list[str]]:
    """Per claim: the factor to US dollars at its year (then to `base_year` dollars), NaN where the
    tables do not cover it, and the reasons for those. One lookup per (currency, year) pair."""
    period_year = frame["period"].astype(str).str.findall(r"(?<!\d)\d{4}(?!\d)").map(
        lambda ys: max(map(int, ys)) if ys else None)
    published_year = pd.to_numeric(frame["published"].astype(str).str.slice(0, 4), errors="coerce")
    years = period_year.where(period_year.notna(), published_year)
    pairs = pd.DataFrame({"code": frame["unit"].map(units.currency_of).to_numpy(), "year": years.to_numpy()})
    factors = np.full(len(frame), np.nan)
    left_out: list[str] = []
    for (code, year), rows in pairs.groupby(["code", "year"], dropna=False).groups.items():
        try:
            if year is None or (isinstance(year, float) and np.isnan(year)):
                raise units.UnitError("no period or publication year to convert at")
            factor = 1 / units.usd_rate(code, int(year))
            if base_year is not None:
                factor *= units.cpi_factor(int(year), base_year)
        except units.UnitError as exc:
            left_out += [f"{claim}: {exc}" for claim in frame["claim_id"].to_numpy()[list(rows)]]
            continue
        factors[list(rows)] = factor
    return factors, left_out


def default_basis(claims: pd.DataFrame) -> pd.DataFrame:
    """Per claim, what `express_defaults` needs that no filter changes: metric and unit as
    categories, and the factor to US dollars at the claim's year (NaN where the tables do not cover
    it, or for a claim that is not money). The FX lookups and string work are the costly part, so a
    caller expressing many filtered views of one table computes this once."""
    unit = claims["unit"].astype("category")
    usd = np.full(len(claims), np.nan)
    money = unit.map(units.currency_of).notna().to_numpy()
    usd[money] = _usd_factors(claims[money])[0]
    return pd.DataFrame({"metric": claims["metric"].astype("category"), "unit": unit, "usd": usd},
                        index=claims.index)


def rows_of(basis: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The rows of `basis` (worked out for a whole table) that belong to `claims`, a filtered part of it."""
    return basis if basis.index.equals(claims.index) else basis.loc[claims.index]


def strips(claims: pd.DataFrame, metric_units: dict[str, str] | None = None,
           basis: pd.DataFrame | None = None) -> dict[str, str]:
    """Each metric's range strip (`charts.range_strip`) in its default unit, for the overview table."""
    from claims import charts

    metric_units = metric_units or {}
    shown, _ = express_defaults(claims, metric_units, basis)
    shown = shown.assign(kind=claims["kind"].loc[shown.index], derived_from=claims["derived_from"].loc[shown.index])
    shown.attrs.clear()  # pandas deep-copies attrs into every frame derived from it: thousands here, for nothing
    out = {}
    for metric, group in shown.groupby("metric", observed=True, sort=False):
        unit = display_unit(claims["unit"].loc[group.index], metric_units.get(str(metric), ""))
        out[str(metric)] = charts.range_strip(group, ceiling(unit))
    return out


def express_defaults(claims: pd.DataFrame, metric_units: dict[str, str] | None = None,
                     basis: pd.DataFrame | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """Every claim in its metric's default unit at once: the same numbers `express` gives with each
    metric's first choice, for summaries over many metrics.

    `basis` is `default_basis` of these claims or of the table they were filtered from (then only
    group-bys run here). Returns the basis rows of the claims that can be converted, with x_low and
    x_high added, and each metric's axis title; `shown.attrs["units"]` holds the unit each
    metric's x_low/x_high are in.
    """
    metric_units = metric_units or {}
    basis = default_basis(claims) if basis is None else rows_of(basis, claims)
    metrics, unit_names = basis["metric"].cat.categories, basis["unit"].cat.categories
    pair = basis["metric"].cat.codes.to_numpy().astype(np.int64) * len(unit_names)
    pair += basis["unit"].cat.codes.to_numpy()
    pairs = [divmod(int(k), len(unit_names)) for k in np.flatnonzero(np.bincount(pair))]  # (metric, unit) codes seen
    units_of: dict[str, list[str]] = {}
    for m, u in pairs:
        units_of.setdefault(metrics[m], []).append(unit_names[u])
    titles: dict[str, str] = {}
    targets: dict[str, str] = {}
    money_units: dict[str, str] = {}
    in_usd: list[str] = []
    for name, names in units_of.items():
        codes = {units.currency_of(u) for u in names} - {None}
        if not codes:
            targets[name] = metric_units.get(name, "")
            continue
        per = _per_suffix(names)
        titles[name] = _money_title(next(iter(codes)) if len(codes) == 1 else None, per)
        code = next(iter(codes)) if len(codes) == 1 else "USD"
        money_units[name] = code + ("/" + per.removeprefix(" per ") if per else "")
        if len(codes) > 1:
            in_usd.append(name)
    lacking = [m for m, t in targets.items() if not t]
    if lacking:
        mine = basis["metric"].isin(lacking).to_numpy()
        targets.update(claims["unit"][mine].groupby(basis["metric"][mine], observed=True).agg(display_unit).to_dict())
    titles.update({m: _axis_label(t) for m, t in targets.items()})
    by_pair = np.ones(len(metrics) * len(unit_names))
    for m, u in pairs:
        given = unit_names[u]
        by_pair[m * len(unit_names) + u] = _factor(given, targets.get(metrics[m], given))
    factors = by_pair[pair]
    usd = basis["metric"].isin(in_usd).to_numpy()
    factors[usd] = basis["usd"].to_numpy()[usd]
    shown = basis.assign(x_low=claims["low"].to_numpy() * factors, x_high=claims["high"].to_numpy() * factors)
    shown = shown[~np.isnan(factors)]
    shown.attrs["units"] = {**targets, **money_units}
    return shown, titles


@lru_cache(maxsize=None)
def _factor(unit: str, target: str) -> float:
    """What to multiply a figure in `unit` by to get `target`; remembered, as pint is slow and every
    filter change asks for the same few pairs."""
    return units.convert(1.0, unit, target) if unit != target else 1.0
