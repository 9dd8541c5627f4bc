"""How often `python -m claims validate` ends with anything but its own exit status.

Arrow's thread pools can abort the interpreter's teardown ("terminate called without an active
exception", exit 134; apache/arrow#34314). `claims/__main__.py` ends the process without that
teardown; this script counts the exit statuses of many runs, several at a time, on a file with a
NUL byte (the case the hostile tester saw abort), to show it.

    python benchmarks/exit_stress.py [RUNS] [AT_ONCE]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    at_once = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "nul.csv"
        path.write_bytes(b"claim_id,metric,value\nc1,crossers,\x005 people\n")
        (Path(tmp) / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")

        def one(_: int) -> int:
            return subprocess.run([sys.executable, "-m", "claims", "validate", str(path)], cwd=ROOT,
                                  capture_output=True).returncode

        start = time.perf_counter()
        with ThreadPoolExecutor(at_once) as pool:
            codes = Counter(pool.map(one, range(runs)))
        seconds = time.perf_counter() - start
    print(f"{runs} runs of `validate` on a file with a NUL byte, {at_once} at a time, in {seconds:.0f} s")
    for code, n in sorted(codes.items()):
        print(f"  exit {code}: {n}" + ("  (expected: problems found)" if code == 1 else "  UNEXPECTED"))


if __name__ == "__main__":
    main()
