"""Performance work must not change any reading: compare load_claims here with an earlier commit's.

    python benchmarks/same_readings.py REV [PATH ...]        e.g. REV = 6549e7d, PATH = a claims CSV
    python benchmarks/same_readings.py REV --faults 3000     a generated file with faults injected

Loads each file with this working tree's `claims.store.read_claims` and with the one at git
revision REV (exported to a temporary folder and imported under another name), then compares
every problem (as printed) and every cell of the frame. Prints what differs; exits 1 if anything does.
"""
from __future__ import annotations

import argparse
import csv
import importlib
import math
import os
import random
import re
import struct
import subprocess
import sys
import tarfile
import tempfile
from datetime import date
from io import BytesIO, StringIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ["CLAIMS_CACHE_DIR"] = "off"

FAULTS = {
    "published": ["2005-02-30", "12/10/2005", "2099", "", "2005-13"], "accessed": ["2001-01-01", "2005-02-29", "1999"],
    "value": ["5-Oct", "", "50-30%", "thousands", "30% and 40%", "HK$ 5", "5m", "about half"],
    "unit": ["bananas", "USD", "percent", "years"], "claim_id": ["dup", "bad id!", ""],
    "url": ["www.x.com", "https://a.com/a b", "ftp://x"], "derived_from": ["nope", "dup"], "metric": ["Bad Metric", ""],
    "period": ["2010-2005", "2005 – 2010", "x"], "range": ["30–50%", "7–5 years", "5 years"],
}
"""Values that break one rule each, put into about 8% of a generated file's rows."""


def earlier_store(rev: str, folder: Path):
    """The store module of revision `rev`, imported as package `claims_<rev>`."""
    name = "claims_" + re.sub(r"\W", "_", rev)
    archive = subprocess.run(["git", "archive", rev, "claims", "data"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "claims").rename(folder / name)
    for source in (folder / name).rglob("*.py"):
        text = re.sub(r"\b(from|import) claims\b", rf"\1 {name}", source.read_text(encoding="utf-8"))
        source.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(f"{name}.store")


def faulty_file(n: int, seed: int, folder: Path) -> Path:
    """A generated file of n claims with FAULTS injected, and a metrics.csv naming most of its metrics."""
    import generate

    rng = random.Random(seed)
    rows = generate.generate(n, seed=seed)
    for row in rows:
        if rng.random() < 0.08:
            column = rng.choice(list(FAULTS))
            row[column] = rng.choice(FAULTS[column])
    out = StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = folder / "faulty" / "claims.csv"
    path.parent.mkdir()
    path.write_text(out.getvalue(), encoding="utf-8")
    metrics = generate.metrics_rows(seed=seed)
    (path.parent / "metrics.csv").write_text("metric,label,description,unit\n" + "".join(
        f"{m['metric']},{m['label']},,{m['unit']}\n" for m in metrics[: len(metrics) * 2 // 3]), encoding="utf-8")
    return path


def _same(a: object, b: object) -> bool:
    """Equal, and for floats bit for bit (NaN equals NaN; 0.0 is not -0.0)."""
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or struct.pack("<d", a) == struct.pack("<d", b)
    return type(a) is type(b) and a == b


def compare(path: Path, now, then, today: date) -> list[str]:
    new_frame, new_problems = now.read_claims(path, today=today)
    old_frame, old_problems = then.read_claims(path, today=today)
    out = []
    a, b = [p.format() for p in new_problems], [p.format() for p in old_problems]
    fields = [[(p.file, p.row, p.column, p.value, p.message, p.fix) for p in ps] for ps in (new_problems, old_problems)]
    if a == b and fields[0] != fields[1]:
        x, y = next((x, y) for x, y in zip(*fields) if x != y)
        out.append(f"problems print alike but differ in a field, e.g. {x!r} now, {y!r} then")
    if a != b:
        out.append(f"problems differ ({len(a)} now, {len(b)} then); first only now: "
                   f"{next((x for x in a if x not in b), '-')}; first only then: {next((x for x in b if x not in a), '-')}")
    if list(new_frame.columns) != list(old_frame.columns) or len(new_frame) != len(old_frame):
        return out + [f"frames differ in shape: {new_frame.shape} now, {old_frame.shape} then"]
    if list(map(str, new_frame.dtypes)) != list(map(str, old_frame.dtypes)) or not new_frame.index.equals(old_frame.index):
        out.append(f"dtypes or index differ: {list(map(str, new_frame.dtypes))} now, {list(map(str, old_frame.dtypes))} then")
    for column in new_frame.columns:
        pairs = zip(new_frame[column].to_numpy(dtype=object), old_frame[column].to_numpy(dtype=object))
        wrong = [(x, y) for x, y in pairs if not _same(x, y)]
        if wrong:
            out.append(f"column {column}: {len(wrong)} cells differ, e.g. {wrong[0][0]!r} now, {wrong[0][1]!r} then")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the git revision to compare with")
    ap.add_argument("paths", nargs="*", type=Path, help="claims files (default: data/claims.csv)")
    ap.add_argument("--faults", type=int, default=0, metavar="N", help="also a generated file of N claims with faults")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    from claims import store as now

    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        then = earlier_store(args.rev, Path(tmp))
        paths = args.paths or ([] if args.faults else [ROOT / "data" / "claims.csv"])
        if args.faults:
            paths.append(faulty_file(args.faults, args.seed, Path(tmp)))
        failed = False
        for path in paths:
            differences = compare(path, now, then, today)
            frame, problems = now.read_claims(path, today=today)
            print(f"{path}: {len(frame):,} claims, {len(problems):,} problems: "
                  + ("same as " + args.rev if not differences else "DIFFERENT"))
            for line in differences:
                print("  " + line)
            failed |= bool(differences)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
