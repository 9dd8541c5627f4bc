"""Measure `claims.ranges.parse_range` against the peer parsers' test cases (a benchmark, not a test).

Run from the repo root:  python benchmarks/peer_suite.py [PATH] [--failures 40]

PATH is the peer_cases.jsonl described in /work/shared/peer-suites/README.md (default
../shared/peer-suites/peer_cases.jsonl next to the repo). The peer data stays outside the repository.

Two measures, each overall, per category and per source suite:
  numbers  the right low/high with a compatible unit. For an expected at_least only low is compared,
           for at_most only high; equality is within a relative tolerance of 1e-6. A vague reading of
           ours (a bound from data/vague_terms.csv) is a hit when its interval contains the peer's
           number(s): the peers fix "a few" at 3 and "several" at 3, we read them as intervals.
           Units: peer names are mapped to ours ("dimensionless" is our "", our count units person
           and case also match it, durations are compared after conversion); a unit we don't model
           (cent, INR, gram, ...) is a miss. Inclusivity ("between 20 and 30" as [20,30)) is ignored.
  range    numbers right and the kind compatible: point ~ point/approx, interval ~ interval/vague,
           at_least, at_most; expected none = we raised RangeParseError.
Throughput is the median of 5 timed passes over all inputs, with the parse cache cleared before each.
--failures N lists up to N cases failing the range measure (input, expected, ours).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import ranges, units  # noqa: E402
from claims.ranges import RangeParseError, parse_range  # noqa: E402

DEFAULT_PATH = ROOT / ".." / "shared" / "peer-suites" / "peer_cases.jsonl"
OURS = {"dimensionless": "", "percent": "percent", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
        "CNY": "CNY", "KRW": "KRW", "year": "year", "month": "month", "week": "week", "day": "day"}
"""Peer unit name -> our canonical unit; peer units missing here are ones we do not model."""
COUNTS = {"", "person", "case"}
KIND_OK = {"point": {"point", "approx"}, "interval": {"interval", "vague"},
           "at_least": {"at_least"}, "at_most": {"at_most"}}
RTOL = 1e-6


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= RTOL * max(abs(a), abs(b), 1e-12)


def unit_factor(peer_unit: str | None, our_unit: str) -> float | None:
    """Factor taking our values into the peer's unit, or None if the units are incompatible."""
    want = OURS.get(peer_unit or "")
    if want is None:
        return None
    if want == "":
        return 1.0 if our_unit in COUNTS else None
    if want == our_unit:
        return 1.0
    if want in ("year", "month", "week", "day") and our_unit in ("year", "month", "week", "day"):
        return units.convert(1, our_unit, want)
    return None


def score(case: dict) -> tuple[bool, bool, object]:
    """(numbers hit, range hit, our Range or the error message)."""
    try:
        r = parse_range(case["input"])
    except RangeParseError as exc:
        ok = case["expected_kind"] == "none"
        return ok, ok, f"error: {exc}"
    kind = case["expected_kind"]
    if kind == "none":
        return False, False, r
    factor = unit_factor(case["expected_unit"], r.unit)
    if factor is None:
        return False, False, r
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
    return numbers, numbers and r.kind in KIND_OK[kind], r


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


def table(title: str, groups: dict[str, list[tuple[bool, bool]]]) -> None:
    print(f"\n{title:<28} {'cases':>6} {'numbers':>8} {'range':>8}")
    for name, hits in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        n = len(hits)
        print(f"{name:<28} {n:>6} {sum(h[0] for h in hits) / n:>8.1%} {sum(h[1] for h in hits) / n:>8.1%}")


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
    for c, numbers, rng, _ in results:
        overall["all"].append((numbers, rng))
        by_cat[c["category"]].append((numbers, rng))
        by_suite[c["source_repo"]].append((numbers, rng))
    print(f"peer suite: {len(cases)} cases from {path}")
    table("overall", overall)
    table("category", by_cat)
    table("source suite", by_suite)
    print(f"\nthroughput: {throughput([c['input'] for c in cases]):,.0f} strings/second "
          "(median of 5 runs, cache cleared)")
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
