"""An import validates the table it would write with `store.check_claims`: the same valid rows, readings
and problems as `read_claims`, without building the frame or touching the cache."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from claims import store
from conftest import TODAY, claim

ROOT = Path(__file__).resolve().parent.parent


def _same(path: Path) -> None:
    frame, problems = store.read_claims(path, today=TODAY)
    valid, found = store.check_claims(path, today=TODAY)
    assert found == problems
    assert valid == dict(zip(frame["row"].tolist(), zip(frame["claim_id"].tolist(), frame["reading"].tolist())))


def test_a_table_with_problems_of_every_kind(claims_file):
    path = claims_file([claim(1), claim(2, published="2099"), claim(3, value="30-50 zorkmids"), claim(1),
                        claim(4, value="30%"), claim(5, derived_from="c9"), claim(6, value="5,000 people")])
    valid, found = store.check_claims(path, today=TODAY)
    assert sorted(cid for cid, _ in valid.values()) == ["c1", "c6"] and len(found) == 5
    _same(path)


def test_a_generated_table(tmp_path):
    path = tmp_path / "claims.csv"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "3000", str(path), "--seed", "3"],
                   check=True, capture_output=True)
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text[5] = text[5].replace(",", ",COVID-19 ", 2)  # a row that no longer reads
    path.write_text("".join(text), encoding="utf-8")
    _same(path)
    assert len(store.check_claims(path, today=TODAY)[0]) < 3000


def test_an_unreadable_file(claims_file):
    path = claims_file("claim_id,metric\n")
    assert store.check_claims(path, today=TODAY)[0] == {}
    _same(path)
