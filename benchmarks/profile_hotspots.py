"""Where the time goes (a script, not a test): cProfile of load_claims, the parser or a dashboard rerun.

    python benchmarks/profile_hotspots.py load PATH [--top 30]          cold load_claims of PATH
    python benchmarks/profile_hotspots.py stages PATH                   cold load_claims of PATH, stage by stage
    python benchmarks/profile_hotspots.py parse PATH [--n 5000]         parse_range on PATH's distinct values
    python benchmarks/profile_hotspots.py dashboard PATH [--page overview|metric] [--metric M]
                                                                        one AppTest rerun after a search change

PATH is a generated claims file (benchmarks/run.py keeps them in $TMPDIR/claims-bench/…/N/claims.csv;
or write one with benchmarks/generate.py). Prints the top functions by own time and by cumulative
time, with their share of the profiled total; --out saves the raw stats for snakeviz/pstats.
cProfile slows call-heavy code more than the rest, so read shares as rough. cProfile sees only the
loading thread; `stages` times the main steps of a load in every thread instead: when each started
(ms after the load began), its wall time, the CPU time of its own thread and of the whole process
meanwhile (Arrow's threads included). A step's thread CPU well below its wall time means it waited:
for the GIL, for another thread, or for a core. The cache folder is off in both.
"""
from __future__ import annotations

import argparse
import importlib
import cProfile
import io
import os
import pstats
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def show(prof: cProfile.Profile, top: int, out: str | None) -> None:
    if out:
        prof.dump_stats(out)
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"total profiled time {total:.2f} s")
    for key, title in (("tottime", "own time"), ("cumulative", "cumulative time")):
        buf = io.StringIO()
        s = pstats.Stats(prof, stream=buf)
        s.sort_stats(key)
        print(f"\n--- top {top} by {title} (share of {total:.2f} s) ---")
        print(f"{'share':>6} {'own s':>8} {'cum s':>8} {'calls':>10}  function")
        rows = sorted(s.stats.items(), key=lambda kv: kv[1][2 if key == "tottime" else 3], reverse=True)
        for (file, line, name), (cc, nc, tt, ct, _) in rows[:top]:
            where = file.replace(str(ROOT) + "/", "")
            if "site-packages/" in where:
                where = where.split("site-packages/", 1)[1]
            share = (tt if key == "tottime" else ct) / total
            print(f"{share:6.1%} {tt:8.2f} {ct:8.2f} {nc:>10}  {name} ({where}:{line})")


def profile_load(path: str, top: int, out: str | None) -> None:
    from claims.store import load_claims

    prof = cProfile.Profile()
    prof.enable()
    frame = load_claims(path)
    prof.disable()
    print(f"load_claims({path}): {len(frame):,} claims")
    show(prof, top, out)


STAGES = {
    "claims.store": ["read_metrics", "_read_table"],  # the store calls the reader by the name it imported
    "claims.csvfile": ["_utf8", "_arrow_csv", "_quoting", "_strip", "_mark_long_cells"],
    "claims.rules": ["_reading_texts"],
    "claims.rules._Checker": ["run", "spreadsheet_dates", "other_columns", "read_figures", "metric_dimensions",
                              "each", "unique_ids", "accessed_after_published", "derived_from"],
    "claims.bulk": ["prepare", "parse_many", "_normalized", "_numbers", "_read_shapes", "_values",
                          "_resolve_units", "_aside_not_figure", "format_arrow"],
}
"""The steps `stages` times (functions called a few times each: timing one costs a few µs a call)."""


def profile_stages(path: str) -> None:
    import functools
    import threading
    import time

    from claims import store

    found: dict[tuple[str, str], list[float]] = {}

    def timed(name: str, f):
        @functools.wraps(f)
        def run(*args, **kwargs):
            label = f"{name} {args[1]}" if name == "each" else name
            wall, cpu, everything = time.perf_counter(), time.thread_time(), time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                row = found.setdefault((label, threading.current_thread().name[:10]), [0, 0, 0, 0, wall])
                row[0] += time.perf_counter() - wall
                row[1] += time.thread_time() - cpu
                row[2] += time.process_time() - everything
                row[3] += 1
        return run

    for owner, names in STAGES.items():
        obj = importlib.import_module(".".join(owner.split(".")[:2]))
        for part in owner.split(".")[2:]:
            obj = getattr(obj, part)
        for name in names:
            if hasattr(obj, name):
                setattr(obj, name, timed(name, getattr(obj, name)))
    start, cpu, everything = time.perf_counter(), time.thread_time(), time.process_time()
    frame = store.load_claims(path)
    wall, cpu, everything = time.perf_counter() - start, time.thread_time() - cpu, time.process_time() - everything
    print(f"load_claims({path}): {len(frame):,} claims in {wall * 1000:.0f} ms; CPU {cpu * 1000:.0f} ms in this "
          f"thread, {everything * 1000:.0f} ms in all")
    print(f"{'start':>7} {'wall':>7} {'thread':>7} {'process':>7}  {'calls':>5}  thread      step (ms)")
    for (label, thread), (w, c, p, n, first) in sorted(found.items(), key=lambda kv: kv[1][4]):
        print(f"{(first - start) * 1000:7.1f} {w * 1000:7.1f} {c * 1000:7.1f} {p * 1000:7.1f}  {n:5}  {thread:10}  {label}")


def profile_parse(path: str, n: int, top: int, out: str | None) -> None:
    from workers import _distinct_values

    from claims import ranges
    from claims.ranges import RangeParseError, parse_range

    cases = _distinct_values(path, n)
    parse_range("about 5,000 people")
    ranges._parse_cached.cache_clear()
    prof = cProfile.Profile()
    prof.enable()
    for text, unit in cases:
        try:
            parse_range(text, unit or None)
        except RangeParseError:
            pass
    prof.disable()
    print(f"parse_range on {len(cases):,} distinct values")
    show(prof, top, out)


def profile_dashboard(path: str, page: str, metric: str, top: int, out: str | None) -> None:
    import logging
    import time
    import warnings

    os.environ["CLAIMS_DATA"] = str(path)
    warnings.simplefilter("ignore")
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    from streamlit.testing.v1 import AppTest
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    prof = cProfile.Profile()
    state = {"on": False}
    original = LocalScriptRunner._run_script_thread

    def profiled(self) -> None:  # the script runs in its own thread, which cProfile must be enabled in
        if not state["on"]:
            return original(self)
        prof.enable()
        try:
            return original(self)
        finally:
            prof.disable()

    LocalScriptRunner._run_script_thread = profiled
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=3600)
    at.run()
    if page == "metric":
        if not metric:
            import pandas as pd
            metric = pd.read_csv(path, usecols=["metric"])["metric"].value_counts().index[0]
        at.selectbox(key="metric").select(metric).run()
    at.text_input(key="q").input("survey")
    state["on"] = True
    t = time.perf_counter()
    at.run()
    wall = time.perf_counter() - t
    state["on"] = False
    assert not at.exception, at.exception
    print(f"dashboard rerun after a search change ({page}{', ' + metric if page == 'metric' else ''}): "
          f"{wall:.2f} s wall under the profiler")
    show(prof, top, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=["load", "stages", "parse", "dashboard"])
    ap.add_argument("path")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--page", choices=["overview", "metric"], default="overview")
    ap.add_argument("--metric", default="")
    ap.add_argument("--out", help="save the raw profile (pstats format)")
    args = ap.parse_args(argv)
    os.environ["CLAIMS_CACHE_DIR"] = "off"  # a cold load reads the file, not the cache folder
    if args.what == "load":
        profile_load(args.path, args.top, args.out)
    elif args.what == "stages":
        profile_stages(args.path)
    elif args.what == "parse":
        profile_parse(args.path, args.n, args.top, args.out)
    else:
        profile_dashboard(args.path, args.page, args.metric, args.top, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
