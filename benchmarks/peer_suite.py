"""Measure `claims.ranges.parse_range` against the peer parsers' test cases (a benchmark, not a test).

Run from the repo root:  python benchmarks/peer_suite.py [PATH] [--failures 40]

PATH is the peer_cases.jsonl described in /work/shared/peer-suites/README.md (default
../shared/peer-suites/peer_cases.jsonl next to the repo). The peer data stays outside the repository.

Every case falls in one class:
  right    the right low/high with a compatible unit and kind (or, when the peer expects no quantity,
           a RangeParseError);
  wrong    a reading returned whose numbers, unit, scale, sign or kind differ from the peer's, or a
           reading of a text the peer says holds no quantity: what a journalist would chart unawares;
  refused  a RangeParseError where the peer reads a quantity: honest, and a gap to close;
  convention  a reading that differs only by one of our documented conventions (CONVENTIONS below):
           listed, and counted neither right nor wrong.
Two measures, each overall, per category and per source suite:
  numbers  the right low/high with a compatible unit. For an expected at_least only low is compared,
           for at_most only high; equality is within a relative tolerance of 1e-6. A vague reading of
           ours (a bound from data/vague_terms.csv) is a hit when its interval contains the peer's
           number(s): the peers fix "a few" at 3 and "several" at 3, we read them as intervals.
           Units: peer names are mapped to ours ("dimensionless" is our "", our count units person
           and case also match it; a name OURS leaves out is looked up in our registry, British spelling
           and "per" allowed; units of one dimension are compared after conversion, never money or
           temperatures). Documented convention
           differences count as agreement: a fraction is our share in percent (the peer's 0.25 is our
           25%), a minor unit is read in its currency (the peer's 50 cent is our $0.50), and a peer's
           currency family ("franc", "currency" for "bucks") matches any currency of that name.
           Inclusivity ("between 20 and 30" as [20,30)) is ignored.
  range    numbers right and the kind compatible: point ~ point/approx, interval ~ interval/vague/
           approx, at_least, at_most; expected none = we raised RangeParseError. This is "right".
Throughput is the median of 5 timed passes over all inputs, with the parse cache cleared before each.
--failures N lists up to N cases failing the range measure (input, expected, ours).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import currencies, lexicon, ranges, units  # noqa: E402
from claims.ranges import RangeParseError, parse_range  # noqa: E402

DEFAULT_PATH = ROOT / ".." / "shared" / "peer-suites" / "peer_cases.jsonl"
OURS = {"dimensionless": "", "percent": "percent", "year": "year", "month": "month", "week": "week",
        "day": "day", "gram": "gram", "kilogram": "kilogram", "milligram": "milligram", "ounce": "ounce",
        "pound-mass": "pound_mass", "litre": "liter", "hour": "hour", "minute": "minute", "fortnight": "fortnight",
        "kilometre": "kilometer", "metre": "meter", "mile": "mile", "tonne": "metric_ton", "hectare": "hectare", "acre": "acre",
        "square kilometre": "square_kilometer", "square mile": "square_mile",
        "percentage point": "percentage_point", "degree Celsius": "celsius_degree",
        "degree Fahrenheit": "fahrenheit_degree", "degree fahrenheit": "fahrenheit_degree",
        "dollar per kilogram": "USD/kilogram", "inch": "inch", "centimetre": "centimeter",
        "millilitre": "milliliter", "barrel": "oil_barrel"} | {code: code for code in units.CURRENCIES}
"""Peer unit name (quantulum3's names) -> our canonical unit; peer units missing here are ones we do
not model, so a reading in them counts as wrong."""
MINOR = {"cent": ("USD", 0.01), "pence": ("GBP", 0.01), "sen": ("MYR", 0.01), "satoshi": ("BTC", 1e-8),
         "dime": ("USD", 0.1)}
"""Peer minor units -> the currency we read them in and its size: the peer's 50 cent is our $0.50."""
FAMILIES = {"currency", "franc", "riyal", "rial", "dinar"}
"""Peer currency families: any currency whose English name ends so ('Swiss franc') agrees."""
COUNTS = {"", "person", "case"}
KIND_OK = {"point": {"point", "approx", "vague"}, "interval": {"interval", "vague", "approx"},
           "at_least": {"at_least"}, "at_most": {"at_most"}}
"""A vague reading agrees with a peer's point when its interval holds it: the peers fix "a few" at 3."""
DURATIONS = ("year", "month", "week", "day", "hour", "minute", "fortnight")
MASSES = ("gram", "kilogram", "milligram", "ounce", "pound_mass")
CONVENTIONS = {
    "fraction": "a bare fraction ('one third') is a share, read in percent, where the peer's model reads none",
    "scale": "a scale word closing a range applies to both ends ('7-9 lakh' is 700,000–900,000)",
    "month": "a month is a twelfth of a year (30.44 days); the peer counts 30",
    "million": "'m' after a number is a million ('4.5m refugees') unless the metric is a length; the peer's "
               "metres or minutes",
    "grams": "a lower-case 'g' after a number is grams, as SI writes them; the peer's giga",
    "sterling": "'pounds' alone are sterling unless the metric is a mass; the peer's weight",
    "thousand": "'k' or 'K' after a number is a thousand ('5k', '288K'); the peer's kilometres, kelvin or kibibytes",
    "billion": "a 'b' glued to a number is a billion ('1.2b'); the peer's bits",
    "margin": "a margin reads as the interval it spans ('5,000 ± 500' is 4,500–5,500); the peer's point is its "
              "middle",
}
"""Documented differences between our readings and a peer's, each a rule of README's reading section."""
RTOL = 1e-6


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= RTOL * max(abs(a), abs(b), 1e-12)


PEER_SPELLINGS = (("metre", "meter"), ("litre", "liter"), ("gramme", "gram"))
MARGIN = re.compile(r"±|\+/-|\+-|plus or minus|give or take")


def pint_unit(peer_unit: str) -> str | None:
    """A peer unit OURS leaves out, as our registry names it ('kilometre per hour' is kilometer/hour, 'square
    metre' square_meter, 'megawatt hour' megawatt_hour), or None when the registry does not know it."""
    text = peer_unit.lower()
    for british, ours in PEER_SPELLINGS:
        text = text.replace(british, ours)
    text = re.sub(r"\b(square|cubic) ", r"\1_", text)
    try:
        return "/".join(units.canonical_unit(part.strip().replace(" ", "_")) for part in text.split(" per "))
    except units.UnitError:
        return None


def unit_factor(peer_unit: str | None, our_unit: str) -> float | None:
    """Factor taking our values into the peer's unit, or None if the units are incompatible."""
    if peer_unit in MINOR:
        code, size = MINOR[peer_unit]
        return 1 / size if our_unit == code else None
    if peer_unit in FAMILIES:
        code = units.currency_of(our_unit) if our_unit else None
        name = currencies.name(code).lower() if code else ""
        return 1.0 if code and (peer_unit == "currency" or name.endswith(peer_unit)) else None
    want = OURS.get(peer_unit or "")
    if want is None and peer_unit:
        want = pint_unit(peer_unit)
    if want is None:
        return None
    if want == "":
        if our_unit == "percent":
            return 0.01  # a fraction is read as a share in percent: the peer's 0.25 is our 25%
        return 1.0 if our_unit in COUNTS else None
    if want == our_unit:
        return 1.0
    if (want in DURATIONS and our_unit in DURATIONS) or (want in MASSES and our_unit in MASSES):
        return units.convert(1, our_unit, want)
    if not our_unit or units.currency_of(our_unit) or "temperature" in units.dimension_key(our_unit):
        return None  # money is never converted here, nor °C to °F
    if units.dimension_key(want) == units.dimension_key(our_unit):
        return units.convert(1, our_unit, want)  # 'cubic centimetre' of '44 ml', 'foot' of '3 yards'
    return None


def convention(case: dict, r: object) -> str:
    """Which documented convention explains a reading that differs from the peer's, or ""."""
    if isinstance(r, str):
        return ""
    if case["expected_kind"] == "none":
        fraction = lexicon.tokens(case["input"].lower())[-1].text.rstrip("s") in lexicon.FRACTIONS
        return "fraction" if fraction and r.unit == "percent" else ""
    low, high = case["expected_low"], case["expected_high"]
    if case["expected_kind"] == "interval" and close(r.high, high) and r.low is not None and low \
            and any(close(r.low, low * 10 ** k) for k in (3, 5, 6, 7, 9, 12)):
        return "scale"
    if case["expected_unit"] == "day" and r.unit == "month" and r.low is not None and close(r.low * 30, low):
        return "month"
    if r.low is None or low is None:
        return ""
    written = case["input"]
    if MARGIN.search(written) and r.kind == "interval" and case["expected_kind"] == "point" and r.high is not None:
        middle = replace(r, low=(r.low + r.high) / 2, high=(r.low + r.high) / 2, kind="point")
        if agrees(case, middle)[1] or convention(case, middle):
            return "margin"
    if re.search(r"\d ?[kK]\b", written) and r.unit == "" and close(r.low, low * 10**3):
        return "thousand"
    if re.search(r"\d[bB]\b", written) and r.unit == "" and close(r.low, low * 10**9):
        return "billion"
    if re.search(r"\d ?m\b", written) and r.unit == "" and case["expected_unit"] in ("metre", "minute") \
            and close(r.low, low * 10**6):
        return "million"
    if re.search(r"\d ?g\b", written) and r.unit == "gram" and case["expected_unit"] in ("dimensionless", None) \
            and close(r.low * 10**9, low):
        return "grams"
    if re.search(r"\bpounds?\b", written, re.I) and r.unit == "GBP" and case["expected_unit"] == "pound-mass" \
            and close(r.low, low):
        return "sterling"
    return ""


def score(case: dict) -> tuple[bool, bool, object]:
    """(numbers hit, range hit, our Range or the error message)."""
    try:
        r = parse_range(case["input"])
    except RangeParseError as exc:
        ok = case["expected_kind"] == "none"
        return ok, ok, f"error: {exc}"
    return (*agrees(case, r), r)


def agrees(case: dict, r: ranges.Range) -> tuple[bool, bool]:
    """(numbers hit, range hit) of a reading."""
    kind = case["expected_kind"]
    if kind == "none":
        return False, False
    factor = unit_factor(case["expected_unit"], r.unit)
    if factor is None and r.unit == "percent" and case["expected_unit"] == "percent":
        factor = 1.0
    if factor is None:
        return False, False
    low = None if r.low is None else r.low * factor
    high = None if r.high is None else r.high * factor
    wanted = {"at_least": ["expected_low"], "at_most": ["expected_high"]}.get(
        kind, ["expected_low", "expected_high"])
    if r.kind == "vague":  # our interval must contain the peer's number(s)
        lo, hi = (-float("inf") if low is None else low), (float("inf") if high is None else high)
        numbers = all(lo - RTOL * abs(case[k]) <= case[k] <= hi + RTOL * abs(case[k]) for k in wanted)
    else:
        mine = {"expected_low": low, "expected_high": high}
        numbers = all(close(mine[k], case[k]) for k in wanted)
    return numbers, numbers and r.kind in KIND_OK[kind]


def describe_expected(c: dict) -> str:
    if c["expected_kind"] == "none":
        return "none"
    return f"{c['expected_kind']} {c['expected_low']}..{c['expected_high']} {c['expected_unit']}"


def describe_ours(r: object) -> str:
    if isinstance(r, str):
        return r[:90]
    v = f" vague={list(r.vague)}" if r.vague else ""
    return f"{r.kind} {r.low}..{r.high} {r.unit!r}{v}"


def throughput(inputs: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        ranges._parse_cached.cache_clear()
        start = time.perf_counter()
        for text in inputs:
            try:
                parse_range(text)
            except RangeParseError:
                pass
        times.append(time.perf_counter() - start)
    return len(inputs) / statistics.median(times)


def verdict(case: dict, rng: bool, ours: object) -> str:
    """right, refused (an error where a figure was due), convention (a documented difference) or wrong."""
    if rng:
        return "right"
    if isinstance(ours, str):
        return "refused"
    return "convention" if convention(case, ours) else "wrong"


def table(title: str, groups: dict[str, list[tuple[bool, bool, str]]]) -> None:
    print(f"\n{title:<28} {'cases':>6} {'numbers':>8} {'right':>8} {'wrong':>6} {'refused':>8} {'convention':>11}")
    for name, hits in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        n = len(hits)
        count = {v: sum(h[2] == v for h in hits) for v in ("wrong", "refused", "convention")}
        print(f"{name:<28} {n:>6} {sum(h[0] for h in hits) / n:>8.1%} {sum(h[1] for h in hits) / n:>8.1%} "
              f"{count['wrong']:>6} {count['refused']:>8} {count['convention']:>11}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_PATH), help="peer_cases.jsonl")
    ap.add_argument("--failures", nargs="?", type=int, const=40, default=0, metavar="N",
                    help="list up to N failing cases (default 40)")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if not path.is_file():
        print(f"peer_suite: no peer cases at {path} (pass the path to peer_cases.jsonl)", file=sys.stderr)
        return 2
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ranges._parse_cached.cache_clear()
    results = [(c, *score(c)) for c in cases]
    overall, by_cat, by_suite = defaultdict(list), defaultdict(list), defaultdict(list)
    for c, numbers, rng, ours in results:
        hit = (numbers, rng, verdict(c, rng, ours))
        overall["all"].append(hit)
        by_cat[c["category"]].append(hit)
        by_suite[c["source_repo"]].append(hit)
    print(f"peer suite: {len(cases)} cases from {path}")
    table("overall", overall)
    table("category", by_cat)
    table("source suite", by_suite)
    print(f"\nthroughput: {throughput([c['input'] for c in cases]):,.0f} strings/second "
          "(median of 5 runs, cache cleared)")
    for name, title in (("wrong", "wrong readings (a reading returned that differs from the peer's)"),
                        ("convention", "readings that differ by a documented convention")):
        listed = [(c, r) for c, numbers, rng, r in results if verdict(c, rng, r) == name]
        print(f"\n{len(listed)} {title}:")
        for c, r in listed:
            why = f" [{CONVENTIONS[convention(c, r)]}]" if name == "convention" else ""
            print(f"  {c['id']} {c['input']!r}{why}\n    expected: {describe_expected(c)}\n"
                  f"    ours:     {describe_ours(r)}")
    if args.failures:
        failing = [(c, numbers, r) for c, numbers, rng, r in results if not rng]
        print(f"\n{len(failing)} cases fail the range measure ('N' = numbers right); "
              f"showing {min(len(failing), args.failures)}:")
        for c, numbers, r in failing[:args.failures]:
            print(f"{'N' if numbers else '-'} {c['id']} [{c['category']}, {c['source_repo'].split('/')[1]}] "
                  f"{c['input']!r}\n    expected: {describe_expected(c)}\n    ours:     {describe_ours(r)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
