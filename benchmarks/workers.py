"""One measurement per process, for benchmarks/run.py (which starts these; run them alone to debug).

    python benchmarks/workers.py readcsv PATH      bare pandas.read_csv, twice: cold then warm
    python benchmarks/workers.py load PATH         load_claims, twice: cold then warm
    python benchmarks/workers.py peak PATH [--what load|readcsv]
                                                   peak RSS of a process that only loads PATH once
    python benchmarks/workers.py parse PATH [--n 5000] [--repeat 5]
                                                   parse_range vs quantulum3 on PATH's distinct values
    python benchmarks/workers.py dashboard PATH --metric M [--repeat 5]
                                                   AppTest: rerun after a filter change, payload sizes

Each prints one JSON object on its last stdout line. "Cold" is the first call in a fresh process
(imports done beforehand and not timed; anything the library builds lazily on first use is timed);
"warm" is a second call on the unchanged file in the same process.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _emit(result: dict) -> None:
    print(json.dumps(result), flush=True)


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def readcsv(path: str) -> dict:
    import pandas as pd

    times = []
    for _ in range(2):
        t = time.perf_counter()
        frame = pd.read_csv(path)
        times.append(time.perf_counter() - t)
        rows = len(frame)
        del frame
    return {"cold": times[0], "warm": times[1], "rows": rows}


def load(path: str, cache: str = "off") -> dict:
    """Cold and warm load_claims; the cache folder is off unless `cache` names one (then it is used)."""
    os.environ["CLAIMS_CACHE_DIR"] = cache
    from claims.store import load_claims

    times = []
    for _ in range(2):
        t = time.perf_counter()
        frame = load_claims(path)
        times.append(time.perf_counter() - t)
        rows, problems = len(frame), len(frame.attrs["problems"])
        del frame
    return {"cold": times[0], "warm": times[1], "rows": rows, "problems": problems}


def peak(path: str, what: str) -> dict:
    import pandas as pd

    from claims.store import load_claims

    before = _maxrss_mb()
    t = time.perf_counter()
    frame = load_claims(path) if what == "load" else pd.read_csv(path)
    seconds = time.perf_counter() - t
    after = _maxrss_mb()
    frame_mb = frame.memory_usage(deep=True).sum() / 2**20
    return {"what": what, "baseline_mb": before, "peak_mb": after, "seconds": seconds, "rows": len(frame),
            "frame_mb": frame_mb, "file_mb": os.path.getsize(path) / 2**20}


def _distinct_values(path: str, n: int) -> list[tuple[str, str]]:
    """The first n distinct (value, metric unit) pairs of the file, in file order (ranges skipped)."""
    import csv

    metrics = {}
    with open(Path(path).with_name("metrics.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            metrics[row["metric"]] = row["unit"]
    seen: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["range"] or row["value"] in seen:
                continue
            seen[row["value"]] = metrics.get(row["metric"], "")
            if len(seen) >= n:
                break
    return list(seen.items())


def compact_figures(n: int, seed: int = 7) -> list[str]:
    """n distinct figures in compact notation, as reports print them in tables and headlines:
    '12–40%', '$3,400–5,100', 'at least 7 years', '≤70%', '5+ years', '~40,000', '1,200 people'."""
    import random

    rng = random.Random(seed)
    shapes = ["{a}–{b}%", "${A:,}–{B:,}", "at least {a} years", "≤{a}%", "{a}+ years", "~{A:,}", "{A:,} people",
              "{a}-{b} percent", "€{A:,}", "up to {a} months", "{a}%", "£{A:,}–£{B:,}", "{a} to {b} years",
              "about {A:,} people", "more than {a}%"]
    seen: dict[str, None] = {}
    while len(seen) < n:
        a = rng.randint(1, 60)
        b = a + rng.randint(1, 39)
        big = rng.randint(2, 999) * 100
        seen[rng.choice(shapes).format(a=a, b=b, A=big, B=big + rng.randint(1, 50) * 100)] = None
    return list(seen)


def parse(path: str, n: int, repeat: int) -> dict:
    import warnings

    from claims import ranges
    from claims.ranges import RangeParseError, parse_range

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed": the plain install
        from quantulum3 import parser as q3
        import quantulum3

    cases = _distinct_values(path, n)
    texts = [t for t, _ in cases]

    def ours(cases=cases) -> int:
        ok = 0
        for text, unit in cases:
            try:
                parse_range(text, unit or None)
                ok += 1
            except RangeParseError:
                pass
        return ok

    def theirs(texts=texts) -> int:
        found = 0
        for text in texts:
            try:
                found += bool(q3.parse(text))
            except Exception:  # a crash on one string must not stop the comparison
                pass
        return found

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q3.parse("about 5,000 people and 30 percent")  # loads its unit tables (about 2 s, not timed)
        parse_range("about 5,000 people")
        t_ours, t_q3 = [], []
        for _ in range(repeat):
            ranges._parse_cached.cache_clear()
            t = time.perf_counter()
            ok = ours()
            t_ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            found = theirs()
            t_q3.append(time.perf_counter() - t)
        compact = compact_figures(min(n, 3000))
        c_ours, c_q3 = [], []
        for _ in range(repeat):  # the plain compact strings quantulum3 reads fastest
            ranges._parse_cached.cache_clear()
            t = time.perf_counter()
            ours([(c, "") for c in compact])
            c_ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            theirs(compact)
            c_q3.append(time.perf_counter() - t)
    from claims import bulk, units

    hints = [units.canonical_unit(u) if u else "" for _, u in cases]
    t_bulk = []
    for _ in range(repeat):  # as load_claims reads a column: in bulk, parse_range for what bulk declines
        bulk._clear_caches()
        ranges._parse_cached.cache_clear()
        t = time.perf_counter()
        got = bulk.parse_many(texts, hints)
        for i in map(int, (~got.done).nonzero()[0]):
            try:
                parse_range(texts[i], hints[i] or None)
            except RangeParseError:
                pass
        t_bulk.append(time.perf_counter() - t)
    return {"strings": len(cases), "ours_per_s": len(cases) / statistics.median(t_ours),
            "bulk_per_s": len(cases) / statistics.median(t_bulk), "bulk_done": float(got.done.mean()),
            "q3_per_s": len(cases) / statistics.median(t_q3), "ours_read": ok / len(cases),
            "compact_strings": len(compact), "compact_ours_per_s": len(compact) / statistics.median(c_ours),
            "compact_q3_per_s": len(compact) / statistics.median(c_q3),
            "q3_found": found / len(cases), "q3_version": quantulum3.__version__ if hasattr(quantulum3, "__version__")
            else "", "runs_ours": t_ours, "runs_q3": t_q3}


SEARCH_TERMS = ("survey", "report", "estimate", "study", "data", "crisis", "official")
"""Free-text searches typed one after another: each rerun is a real filter change (same list at every size)."""


def dashboard(path: str, metric: str, repeat: int) -> dict:
    import logging
    import warnings

    os.environ["CLAIMS_DATA"] = str(path)
    warnings.simplefilter("ignore")
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from streamlit.testing.v1 import AppTest

    def frames_bytes(at) -> int:
        return sum(len(d.proto.arrow_data.data) for d in at.dataframe)

    def timed_run(at) -> float:
        t = time.perf_counter()
        at.run()
        elapsed = time.perf_counter() - t
        if at.exception:
            raise RuntimeError(f"the app raised: {at.exception[0].value}")
        return elapsed

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=3600)
    first = timed_run(at)
    overview_frames = frames_bytes(at)
    table_rows = len(at.dataframe[-1].value)

    def search_reruns() -> list[float]:
        """One timed rerun per search typed, each a real filter change."""
        times = []
        for i in range(repeat):
            at.text_input(key="q").input(SEARCH_TERMS[i % len(SEARCH_TERMS)])
            times.append(timed_run(at))
        return times

    overview_reruns = search_reruns()
    at.text_input(key="q").input("")
    timed_run(at)

    at.selectbox(key="metric").select(metric)
    open_metric = timed_run(at)
    charts = at.get("plotly_chart")
    spec = charts[0].proto.spec if charts else ""
    chart_rows = len(json.loads(spec)["layout"]["yaxis"].get("categoryarray", [])) if spec else 0
    metric_frames = frames_bytes(at)
    metric_rows = len(at.dataframe[-1].value)

    metric_reruns = search_reruns()
    return {
        "first_run": first, "overview_reruns": overview_reruns, "overview_rerun": statistics.median(overview_reruns),
        "overview_frames_bytes": overview_frames, "table_rows": table_rows,
        "open_metric": open_metric, "metric": metric, "chart_rows": chart_rows,
        "chart_spec_bytes": len(spec.encode("utf-8")) if spec else 0,
        "chart_config_bytes": len(charts[0].proto.config.encode("utf-8")) if charts else 0,
        "metric_frames_bytes": metric_frames, "metric_table_rows": metric_rows,
        "metric_reruns": metric_reruns, "metric_rerun": statistics.median(metric_reruns),
        "peak_mb": _maxrss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["readcsv", "load", "peak", "parse", "dashboard"])
    ap.add_argument("path")
    ap.add_argument("--what", dest="peak_what", choices=["load", "readcsv"], default="load")
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--metric", default="")
    ap.add_argument("--cache", default="off", help="cache folder for load (default off: a true cold load)")
    args = ap.parse_args(argv)
    os.environ["CLAIMS_CACHE_DIR"] = "off"  # every measurement starts cold unless load is given --cache
    if args.what == "readcsv":
        _emit(readcsv(args.path))
    elif args.what == "load":
        _emit(load(args.path, args.cache))
    elif args.what == "peak":
        _emit(peak(args.path, args.peak_what))
    elif args.what == "parse":
        _emit(parse(args.path, args.n, args.repeat))
    else:
        _emit(dashboard(args.path, args.metric, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
