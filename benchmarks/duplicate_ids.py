"""How long `validate` takes on a file whose rows all share one claim_id (issue 15, row 3).

The duplicate check names every copy with a free id to use instead; it was quadratic in the copies
of one id (20,000 copies: 24 s). Target: 20,000 copies under 10 s. Each size runs in this process,
three times on a new file (no cache), and the median is printed.

    python benchmarks/duplicate_ids.py [SIZES]     e.g. 10000,20000,40000
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.store import validate  # noqa: E402
from claims.writer import write_claims  # noqa: E402

ROW = {"claim_id": "c1", "metric": "crossers", "value": "2,000–3,000 people", "source_title": "Report on crossings",
       "publisher": "Taipei Times", "published": "2005-12-10"}


def main() -> None:
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "10000,20000,40000").split(",")]
    print(f"{'copies of one claim_id':>24}  {'validate (median of 3)':>24}  duplicates reported")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
        for n in sizes:
            times, reported = [], 0
            for k in range(3):  # a new file each time: a table read before comes from the cache
                path = write_claims([ROW] * n, Path(tmp) / f"dup-{n}-{k}.csv")
                start = time.perf_counter()
                problems = validate(path)
                times.append(time.perf_counter() - start)
                reported = sum(p.column == "claim_id" for p in problems)
            print(f"{n:>24,}  {statistics.median(times):>22.2f} s  {reported:,}")


if __name__ == "__main__":
    main()
