"""Performance at newsroom scale (issue #6): one command, one table, ratios against the targets.

    python benchmarks/run.py [--sizes 1000,10000,100000,1000000] [--repeat 5] [--quick]

Generates realistic synthetic claims files (benchmarks/generate.py; cached by size and seed in
$TMPDIR/claims-bench) and measures, side by side in one run, each figure as the median of several
runs, every measurement in its own fresh process (benchmarks/workers.py):

- bare `pandas.read_csv(path)` vs `claims.store.load_claims(path)` (parse, validate, normalize),
  cold (first call in a fresh process) and warm (second call on the unchanged file, same process);
- `parse_range` throughput vs quantulum3 on the same distinct value strings (parse cache cleared),
  and on plain compact figures ("12–40%", "$3,400–5,100", "at least 7 years"), which quantulum3
  reads fastest;
- the dashboard (AppTest) at the smallest size and at 100k: first run, rerun after a filter change
  (free-text search) on the overview and on a metric's page, the plotly chart spec sent to the
  browser for the metric with the most claims, and the dataframes' Arrow bytes;
- peak RSS (`resource.getrusage`) of a process that only loads the largest file.

--quick is sizes 1000,10000 and 3 runs (about a minute). Sizes of 1M rows and more use
--repeat-large runs (default 3). Progress goes to stderr, the table to stdout; --json saves the raw
numbers. Needs benchmarks/requirements.txt (quantulum3).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

WORKERS = HERE / "workers.py"
TARGETS = {"cold": 3.0, "warm": 1.0, "parse": 20.0, "rerun": 3.0, "chart_mb": 2.0}
T0 = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - T0:7.1f}s] {message}", file=sys.stderr, flush=True)


def label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n >= 1000 and n % 1000 == 0:
        return f"{n // 1000}k"
    return f"{n:,}"


# --- files --------------------------------------------------------------------------------

def ensure_file(cache: Path, n: int, seed: int, n_metrics: int) -> tuple[Path, dict]:
    """The generated claims file for (n, seed, metrics), generated once; and its stats."""
    folder = cache / f"v{generate.VERSION}-seed{seed}-m{n_metrics}" / str(n)
    path = folder / "claims.csv"
    stats_path = folder / "stats.json"
    if not (path.is_file() and stats_path.is_file()):
        log(f"generating {n:,} claims into {folder}")
        t = time.perf_counter()
        generate.write(path, n, seed, n_metrics, progress=n >= 100_000)
        took = time.perf_counter() - t
        import pandas as pd

        cols = pd.read_csv(path, usecols=["value", "metric"], dtype=str, keep_default_na=False)
        counts = cols["metric"].value_counts()
        stats = {"rows": n, "bytes": path.stat().st_size, "distinct_values": int(cols["value"].nunique()),
                 "metrics": int(len(counts)), "top_metric": str(counts.index[0]),
                 "top_metric_rows": int(counts.iloc[0]), "generate_s": took}
        stats_path.write_text(json.dumps(stats), encoding="utf-8")
    return path, json.loads(stats_path.read_text(encoding="utf-8"))


# --- workers ------------------------------------------------------------------------------

class WorkerError(RuntimeError):
    pass


def work(*args: str, timeout: float = 7200) -> dict:
    """Run one worker in a fresh process; its last stdout line is the JSON result."""
    cmd = [sys.executable, str(WORKERS), *args]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise WorkerError(f"timed out after {timeout:.0f} s") from None
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = [line for line in proc.stderr.splitlines() if line.strip()][-3:]
        how = f"killed by signal {-proc.returncode} (out of memory?)" if proc.returncode < 0 else \
            f"exit {proc.returncode}"
        raise WorkerError(f"{how}: {' | '.join(tail)[-300:]}")
    return json.loads(lines[-1])


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


# --- the table ------------------------------------------------------------------------------

def fmt_s(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def fmt_ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:.1f}×" if x >= 10 else f"{x:.2f}×"


def fmt_mb(b: float | None) -> str:
    return "—" if b is None else f"{b / 1e6:.2f} MB"


def row(cells: list[str], widths: list[int]) -> str:
    first, *rest = cells
    return f"{first:<{widths[0]}}" + "".join(f"{c:>{w}}" for c, w in zip(rest, widths[1:]))


def verdict(ok: bool | None) -> str:
    return "—" if ok is None else "PASS" if ok else "MISS"


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = [f"Python {platform.python_version()}"]
    for pkg in ("pandas", "pyarrow", "streamlit", "plotly", "quantulum3"):
        try:
            out.append(f"{pkg} {version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg} missing")
    return ", ".join(out)


def git_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return f"{head}{' + uncommitted changes' if dirty else ''}"
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000,1000000", help="comma-separated row counts")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    ap.add_argument("--repeat-large", type=int, default=3, help="runs per load measurement at 1M rows and more")
    ap.add_argument("--quick", action="store_true", help="sizes 1000,10000 and 3 runs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--metrics", type=int, default=150, help="metrics in the generated files")
    ap.add_argument("--parse-strings", type=int, default=5000, help="distinct values for the parser comparison")
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "claims-bench"),
                    help="where generated files are kept")
    ap.add_argument("--json", help="also write the raw results to this file")
    ap.add_argument("--only", default="load,peak,parse,dashboard",
                    help="comma-separated parts to run: load, peak, parse, dashboard (default all)")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.repeat = "1000,10000", 3
    sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    only = {p.strip() for p in args.only.split(",") if p.strip()}
    load_start = os.getloadavg()[0]
    log(f"sizes {', '.join(label(n) for n in sizes)}; {args.repeat} runs each "
        f"({args.repeat_large} at 1M+); {versions()}")

    files, stats = {}, {}
    for n in sizes:
        files[n], stats[n] = ensure_file(Path(args.cache), n, args.seed, args.metrics)

    res: dict = {"sizes": sizes, "stats": {str(n): stats[n] for n in sizes}, "load": {}, "errors": {}}

    # 1. loading: bare read_csv vs load_claims, cold and warm, interleaved run by run
    for n in sizes if "load" in only else []:
        reps = args.repeat if n < 1_000_000 else min(args.repeat, args.repeat_large)
        got = {"readcsv": [], "load": []}
        for r in range(reps):
            for what in ("readcsv", "load"):
                log(f"{what} {label(n)}: run {r + 1}/{reps}")
                try:
                    got[what].append(work(what, str(files[n])))
                except WorkerError as exc:
                    res["errors"][f"{what} {label(n)}"] = str(exc)
                    log(f"  FAILED: {exc}")
        # a new process on an unchanged file, with the cache folder filled by an earlier load
        folder = tempfile.mkdtemp(prefix="claims-cache-")
        disk: list[float] = []
        try:
            work("load", str(files[n]), "--cache", folder)
            for r in range(reps):
                log(f"load {label(n)} from the cache folder: run {r + 1}/{reps}")
                disk.append(work("load", str(files[n]), "--cache", folder)["cold"])
        except WorkerError as exc:
            res["errors"][f"load (cache folder) {label(n)}"] = str(exc)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        res["load"][str(n)] = {"runs": reps, **{
            f"{what}_{phase}": median([g[phase] for g in got[what]]) for what in got for phase in ("cold", "warm")},
            "load_disk": median(disk), "raw": got}
        if got["load"] and got["load"][0]["problems"]:
            res["errors"][f"load {label(n)}"] = f"{got['load'][0]['problems']} problems in a generated file"

    # 2. peak memory at the largest size
    biggest = sizes[-1]
    res["peak"] = {}
    for what in ("load", "readcsv") if "peak" in only else ():
        log(f"peak memory, {what} {label(biggest)}")
        try:
            res["peak"][what] = work("peak", str(files[biggest]), "--what", what)
        except WorkerError as exc:
            res["errors"][f"peak {what} {label(biggest)}"] = str(exc)
            log(f"  FAILED: {exc}")

    # 3. parser throughput on the same strings
    parse_n = max([n for n in sizes if n <= 100_000] or sizes[:1])
    res["parse"] = None
    if "parse" in only:
        log(f"parse_range vs quantulum3 on {args.parse_strings:,} distinct values of the {label(parse_n)} file")
        try:
            res["parse"] = work("parse", str(files[parse_n]), "--n", str(args.parse_strings),
                                "--repeat", str(args.repeat))
            res["parse"]["file"] = parse_n
        except WorkerError as exc:
            res["errors"]["parse"] = str(exc)
            log(f"  FAILED: {exc}")

    # 4. dashboard at the smallest size and at 100k (or the largest size up to 100k)
    small = sizes[0]
    large = max([n for n in sizes if n <= 100_000] or sizes[:1])
    metric = stats[large]["top_metric"]
    res["dashboard"] = {}
    for n in dict.fromkeys((small, large)) if "dashboard" in only else ():
        log(f"dashboard {label(n)} (AppTest; metric {metric})")
        try:
            res["dashboard"][str(n)] = work("dashboard", str(files[n]), "--metric", metric,
                                            "--repeat", str(args.repeat))
        except WorkerError as exc:
            res["errors"][f"dashboard {label(n)}"] = str(exc)
            log(f"  FAILED: {exc}")

    elapsed = time.perf_counter() - T0
    res["elapsed_s"] = elapsed
    res["loadavg"] = [load_start, os.getloadavg()[0]]
    print(report(res, args, small, large, metric))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


def report(res: dict, args, small: int, large: int, metric: str) -> str:
    sizes = res["sizes"]
    out: list[str] = []
    add = out.append
    load = res["load"]
    add(f"claims tracker benchmarks — {datetime.now():%Y-%m-%d %H:%M}, git {git_state()}")
    add(f"{versions()}; {os.cpu_count()} CPUs, load average {res['loadavg'][0]:.1f} at start, "
        f"{res['loadavg'][1]:.1f} at end")
    add(f"medians of {args.repeat} runs ({args.repeat_large} at 1M+), each in a fresh process; "
        f"files generated by benchmarks/generate.py (seed {args.seed})")
    add("")
    widths = [48] + [11] * len(sizes)
    add(row(["", *[label(n) for n in sizes]], widths))
    st = res["stats"]
    add(row(["file size", *[f"{st[str(n)]['bytes'] / 1e6:.1f} MB" for n in sizes]], widths))
    add(row(["distinct value strings", *[f"{st[str(n)]['distinct_values']:,}" for n in sizes]], widths))
    empty = {f"{w}_{p}": None for w in ("readcsv", "load") for p in ("cold", "warm")}
    load = {str(n): load.get(str(n), empty) for n in sizes}
    add(row(["pandas.read_csv, cold", *[fmt_s(load[str(n)]["readcsv_cold"]) for n in sizes]], widths))
    add(row(["load_claims, cold", *[fmt_s(load[str(n)]["load_cold"]) for n in sizes]], widths))

    def ratio(n: int, phase: str) -> float | None:
        a, b = load[str(n)][f"load_{phase}"], load[str(n)][f"readcsv_{phase}"]
        return a / b if a is not None and b else None

    add(row(["  ratio load_claims / read_csv (cold)", *[fmt_ratio(ratio(n, "cold")) for n in sizes]], widths))
    add(row(["pandas.read_csv, warm (2nd call)", *[fmt_s(load[str(n)]["readcsv_warm"]) for n in sizes]], widths))
    add(row(["load_claims, warm (2nd load, unchanged file)", *[fmt_s(load[str(n)]["load_warm"]) for n in sizes]],
            widths))
    add(row(["  ratio load_claims / read_csv (warm)", *[fmt_ratio(ratio(n, "warm")) for n in sizes]], widths))
    add(row(["load_claims, new process, cache folder filled",
             *[fmt_s(load[str(n)].get("load_disk")) for n in sizes]], widths))
    add(row(["claims/s, load_claims cold",
             *["—" if load[str(n)]["load_cold"] is None else f"{n / load[str(n)]['load_cold']:,.0f}" for n in sizes]],
            widths))
    peak = res.get("peak", {})
    if peak:
        add("")
        biggest = sizes[-1]
        p, q = peak.get("load"), peak.get("readcsv")
        if p:
            add(f"peak RSS loading {label(biggest)} claims ({p['file_mb']:.0f} MiB file): load_claims "
                f"{p['peak_mb']:,.0f} MiB (after imports {p['baseline_mb']:,.0f} MiB; the frame itself "
                f"{p['frame_mb']:,.0f} MiB; {p['seconds']:.1f} s)"
                + (f"; pandas.read_csv {q['peak_mb']:,.0f} MiB" if q else ""))
    parse = res.get("parse")
    if parse:
        add("")
        add(f"parsing {parse['strings']:,} distinct value strings of the {label(parse['file'])} file "
            f"(parse cache cleared before each run):")
        add(f"  parse_range {parse['ours_per_s']:,.0f} strings/s (reads {parse['ours_read']:.1%}); "
            f"quantulum3 {parse['q3_version']} {parse['q3_per_s']:,.0f} strings/s (finds a quantity in "
            f"{parse['q3_found']:.1%}; no interval, kind or vague reading); ratio "
            f"{fmt_ratio(parse['ours_per_s'] / parse['q3_per_s'])}")
        if parse.get("compact_strings"):
            add(f"  {parse['compact_strings']:,} compact figures ('12–40%', '$3,400–5,100', 'at least 7 years'): "
                f"parse_range {parse['compact_ours_per_s']:,.0f} strings/s, quantulum3 "
                f"{parse['compact_q3_per_s']:,.0f} strings/s; ratio "
                f"{fmt_ratio(parse['compact_ours_per_s'] / parse['compact_q3_per_s'])}")
        if parse.get("bulk_per_s"):
            add(f"  as load_claims reads a column (bulk.parse_many, parse_range for the {1 - parse['bulk_done']:.1%} "
                f"it declines): {parse['bulk_per_s']:,.0f} strings/s, "
                f"{fmt_ratio(parse['bulk_per_s'] / parse['q3_per_s'])} quantulum3")
    dash = res.get("dashboard", {})
    if dash:
        add("")
        dsizes = [n for n in dict.fromkeys((small, large)) if str(n) in dash]
        dw = [48] + [11] * len(dsizes) + [9]
        add(row(["dashboard (AppTest)", *[label(n) for n in dsizes], "ratio"], dw))

        def drow(name: str, key: str, f=fmt_s, ratio_ok: bool = True) -> None:
            vals = [dash[str(n)][key] for n in dsizes]
            r = vals[-1] / vals[0] if ratio_ok and len(vals) > 1 and vals[0] else None
            add(row([name, *[f(v) for v in vals], fmt_ratio(r) if r is not None else ""], dw))

        drow("first run (imports, load, overview)", "first_run")
        drow("rerun after a search change, overview", "overview_rerun")
        drow("open the metric (select it)", "open_metric")
        drow("rerun after a search change, metric page", "metric_rerun")
        drow(f"chart rows ({metric})", "chart_rows", lambda v: f"{v:,}", False)
        drow("plotly chart spec sent to the browser", "chart_spec_bytes", fmt_mb)
        drow("dataframes (Arrow), overview", "overview_frames_bytes", fmt_mb)
        drow("dataframes (Arrow), metric page", "metric_frames_bytes", fmt_mb)
        drow("peak RSS of the AppTest process", "peak_mb", lambda v: f"{v:,.0f} MiB", False)

    # targets
    add("")
    tw = [54, 11, 9, 6]
    add(row(["target (ratios measured in this run)", "measured", "target", ""], tw))
    at = large
    lr = load.get(str(at))
    cold = lr["load_cold"] / lr["readcsv_cold"] if lr and lr["load_cold"] and lr["readcsv_cold"] else None
    warm = lr["load_warm"] / lr["readcsv_warm"] if lr and lr["load_warm"] and lr["readcsv_warm"] else None
    add(row([f"cold load_claims ÷ read_csv, {label(at)} claims", fmt_ratio(cold), "≤ 3×",
             verdict(None if cold is None else cold <= TARGETS["cold"])], tw))
    add(row([f"warm load_claims ÷ read_csv, {label(at)} claims", fmt_ratio(warm), "≤ 1×",
             verdict(None if warm is None else warm <= TARGETS["warm"])], tw))
    pr = parse["ours_per_s"] / parse["q3_per_s"] if parse else None
    add(row(["parse_range ÷ quantulum3 throughput, same strings", fmt_ratio(pr), "≥ 20×",
             verdict(None if pr is None else pr >= TARGETS["parse"])], tw))
    pc = parse["compact_ours_per_s"] / parse["compact_q3_per_s"] if parse and parse.get("compact_strings") else None
    add(row(["parse_range ÷ quantulum3 throughput, compact figures", fmt_ratio(pc), "≥ 20×",
             verdict(None if pc is None else pc >= TARGETS["parse"])], tw))
    for key, name in (("overview_rerun", "overview"), ("metric_rerun", "metric page")):
        r = None
        if str(small) in dash and str(large) in dash and small != large:
            r = dash[str(large)][key] / dash[str(small)][key]
        add(row([f"rerun after a filter change, {label(large)} ÷ {label(small)}, {name}",
                 fmt_ratio(r), "≤ 3×", verdict(None if r is None else r <= TARGETS["rerun"])], tw))
    cb = dash[str(large)]["chart_spec_bytes"] if str(large) in dash else None
    rows_charted = f", {dash[str(large)]['chart_rows']:,} rows" if str(large) in dash else ""
    add(row([f"chart payload at {label(large)} claims{rows_charted}", fmt_mb(cb), "≤ 2 MB",
             verdict(None if cb is None else cb <= TARGETS["chart_mb"] * 1e6)], tw))
    if at != 100_000:
        add(f"(judged at {label(at)}: the targets are set for 100k claims, which this run did not include)")
    if res["errors"]:
        add("")
        add("measurements that failed:")
        for what, why in res["errors"].items():
            add(f"  {what}: {why}")
    add("")
    add(f"whole run: {res['elapsed_s'] / 60:.1f} min (python benchmarks/run.py "
        f"{' '.join(sys.argv[1:])})".replace(" )", ")"))
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
