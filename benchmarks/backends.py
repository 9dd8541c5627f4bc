"""The same table from a CSV file and from PostgreSQL (issue 16), in one run.

    python benchmarks/backends.py [--rows 100000] [--repeat 5] [--new 100]

Starts a throwaway PostgreSQL server (tests/pgcluster.py), loads a generated table (benchmarks/
generate.py) into it, then measures as the median of --repeat runs:

- reading the table for the dashboard (`claims.backend.read`: claims, problems, metrics, reviews),
  from the file and from the database, each in a fresh process (imports done before timing, the
  database driver's included: a server imports them once, at its first read; the disk cache is off);
- the import call for --new new rows into that table (plan + apply, Python's start-up and imports
  aside), on a copy of the file and on the database, each starting from the same table.

Prints one line per figure and the ratios the issue asks about.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PRELOAD = "import psycopg, sqlalchemy, sqlalchemy.dialects.postgresql.psycopg  # Python's start-up, as `from claims…`"

READ = """
import json, os, sys, time
os.environ["CLAIMS_CACHE_DIR"] = "off"
sys.path.insert(0, {root!r})
from claims import backend
""" + PRELOAD + """
where = backend.location({where!r})
t = time.perf_counter()
table = backend.read(where)
print(json.dumps({{"seconds": time.perf_counter() - t, "rows": len(table.claims)}}))
"""

IMPORT = """
import json, os, sys, time
os.environ["CLAIMS_CACHE_DIR"] = "off"
sys.path.insert(0, {root!r})
from claims import access, backend, importer, pgwrite
""" + PRELOAD + """
where = backend.location({where!r})
new = open({new!r}, "rb").read()
t = time.perf_counter()
if isinstance(where, str):
    summary = pgwrite.apply_import(pgwrite.plan_import(where, new, name="new.csv"), access.cli_editor())
else:
    summary = importer.apply_import(importer.plan_import(where, new, name="new.csv"), access.cli_editor())
print(json.dumps({{"seconds": time.perf_counter() - t, "added": len(summary.added)}}))
"""


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _new_rows(source: Path, n: int, out: Path) -> None:
    """n rows like the table's last ones, with fresh claim ids (the importer validates them all)."""
    import csv
    import io

    text = source.read_text(encoding="utf-8")
    reader = list(csv.DictReader(io.StringIO(text, newline="")))
    rows = reader[-n:]
    for i, row in enumerate(rows):
        row["claim_id"] = f"bench-new-{i}"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.write_text(buffer.getvalue(), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--new", type=int, default=100)
    args = ap.parse_args()

    import pgcluster
    from claims import pgstore

    why = pgcluster.available()
    if why:
        raise SystemExit(why)
    work = Path(tempfile.mkdtemp(prefix="claims-backends-"))
    source = work / "claims.csv"
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(args.rows), str(source), "--seed", "1"],
                   check=True, capture_output=True)
    new = work / "new.csv"
    _new_rows(source, args.new, new)
    cluster = pgcluster.start()
    try:
        url = cluster.url
        pgstore.load_file(source, url)
        reads = {"file": [], "database": []}
        for _ in range(args.repeat):
            reads["file"].append(_run(READ.format(root=str(ROOT), where=str(source)))["seconds"])
            reads["database"].append(_run(READ.format(root=str(ROOT), where=url))["seconds"])
        imports = {"file": [], "database": []}
        for _ in range(args.repeat):
            copy = work / "copy" / "claims.csv"
            shutil.rmtree(copy.parent, ignore_errors=True)
            copy.parent.mkdir()
            shutil.copy(source, copy)
            shutil.copy(source.with_name("metrics.csv"), copy.with_name("metrics.csv"))
            imports["file"].append(_run(IMPORT.format(root=str(ROOT), where=str(copy), new=str(new)))["seconds"])
            pgstore.load_file(source, url, replace=True)
            imports["database"].append(_run(IMPORT.format(root=str(ROOT), where=url, new=str(new)))["seconds"])
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    med = {k: {b: statistics.median(v) for b, v in d.items()} for k, d in (("read", reads), ("import", imports))}
    print(f"{args.rows:,} claims, median of {args.repeat} runs, each in a fresh process")
    print(f"  read for the dashboard: file {med['read']['file']:.3f} s, database {med['read']['database']:.3f} s "
          f"= {med['read']['database'] / med['read']['file']:.2f}x (target <= 2x)")
    print(f"  import of {args.new} new rows: file {med['import']['file']:.3f} s, database "
          f"{med['import']['database']:.3f} s (target < 2 s each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
