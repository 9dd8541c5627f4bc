"""`python -m claims template | import | undo`: the real command line, files in tmp_path, concurrent imports."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claims import access, importer
from claims.cli import main
from claims.store import read_rows, validate
from claims.template import guide_text, template_csv
from conftest import TODAY, claim, csv_text

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.fixture
def table(claims_file) -> Path:
    """A valid table of two claims, c1 and c2, in the canonical form."""
    from claims.writer import write_claims
    path = claims_file([claim(1), claim(2)])
    write_claims(read_rows(path)[0], path)
    return path


def new_file(tmp_path: Path, rows: list[dict[str, str]], name: str = "new.csv") -> Path:
    path = tmp_path / name
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


# --- template ---------------------------------------------------------------------------------------

def test_template_writes_the_csv_to_standard_output_and_the_guide_to_standard_error(capsys):
    code = main(["template"])
    out, err = capsys.readouterr()
    assert (code, out.encode("utf-8"), err) == (0, template_csv(), guide_text())
    assert "  publisher     * Outlet or organisation that published the source (e.g. Taipei Times)" in err


def test_template_to_a_file_never_overwrites_one(tmp_path, capsys):
    out = tmp_path / "new.csv"
    assert run(capsys, "template", "-o", out)[0] == 0
    assert out.read_bytes() == template_csv()
    out.write_text("an editor's work", encoding="utf-8")
    code, _, err = run(capsys, "template", "-o", out)
    assert (code, err) == (1, f"error: {out} exists already; choose another name, or delete it first\n")
    assert out.read_text(encoding="utf-8") == "an editor's work"


# --- import ---------------------------------------------------------------------------------------

def test_dry_run_shows_what_would_be_added_skipped_and_updated_and_writes_nothing(table, tmp_path, capsys):
    before = table.read_bytes()
    path = new_file(tmp_path, [claim(3, claim_id="", value="5 people"), claim(1)])
    code, out, err = run(capsys, "--data", table, "import", path, "--dry-run")
    assert (code, err) == (0, "dry run: nothing written\n")
    assert out == [f"{path} → {table}",
                   "  add      row 2: taipeitimes-2005-crossers (id made from publisher, year and metric)",
                   "  skip     row 3: same as c1, already in the table",
                   "1 to add, 0 to update, 1 skipped"]
    assert table.read_bytes() == before


def test_a_file_with_one_bad_row_exits_1_and_leaves_the_table_byte_identical(table, tmp_path, capsys):
    before = table.read_bytes()
    path = new_file(tmp_path, [claim(3), claim(4, value="05-Oct"), claim(5)])
    code, out, err = run(capsys, "--data", table, "import", path)
    assert code == 1
    assert out[-1] == (f"{path}:3:value: '05-Oct' is a date: the spreadsheet turned a figure such as '5-10' into a "
                       "date; retype it as 5–10 with the cell formatted as Text")
    assert err == f"not saved: 1 problem in 1 row of {path}; nothing was written\n"
    assert table.read_bytes() == before


def test_a_conflicting_claim_id_is_refused_unless_update(table, tmp_path, capsys):
    before = table.read_bytes()
    path = new_file(tmp_path, [claim(1, value="about 2,500 people")])
    code, out, err = run(capsys, "--data", table, "import", path)
    assert code == 1 and table.read_bytes() == before
    assert out[1:3] == ["  conflict row 2: c1 is in the table with different content:",
                        "             value: '2,000–3,000 people' → 'about 2,500 people'"]
    assert "already in claims.csv with different content (c1)" in err
    code, out, err = run(capsys, "--data", table, "import", path, "--update")
    assert code == 0
    assert out[1] == "  update   row 2: c1 is in the table with different content:"
    assert err == f"{table}: 0 added, 1 updated, 0 skipped; the table holds 2 claims and validates\n"
    assert read_rows(table)[0][0]["value"] == "about 2,500 people"


def test_import_then_reimport_then_undo(table, tmp_path, capsys):
    before = table.read_bytes()
    path = new_file(tmp_path, [claim(3)])
    assert run(capsys, "--data", table, "import", path)[2] == \
        f"{table}: 1 added, 0 updated, 0 skipped; the table holds 3 claims and validates\n"
    after = table.read_bytes()
    assert run(capsys, "--data", table, "import", path)[2] == \
        f"{table}: 0 added, 0 updated, 1 skipped; nothing to write, the table is unchanged\n"
    assert table.read_bytes() == after
    code, out, err = run(capsys, "--data", table, "undo", "--list")
    assert (code, len(out), err) == (0, 1, f"{table}: 1 import can be undone\n")
    assert out[0].startswith(f"1: {path} by ") and out[0].endswith(": 1 added, 0 updated")
    code, out, _ = run(capsys, "--data", table, "undo")
    assert code == 0 and out[0].startswith(f"{table}: undid the import of {path} by ")
    assert table.read_bytes() == before
    assert run(capsys, "--data", table, "undo") == (
        1, [], f"error: nothing to undo: no import into {table} is recorded\n")


@pytest.mark.parametrize("data,file,line", [
    ("{table}", "{tmp}/missing.csv", "{tmp}/missing.csv:1:-: file not found; check the path of the file to import"),
    ("{tmp}", "{tmp}/new.csv", "{tmp}:1:-: the table cannot be read: Is a directory; check --data or CLAIMS_DATA"),
    ("{tmp}/no/claims.csv", "{tmp}/new.csv",
     "{tmp}/no/claims.csv:1:-: folder {tmp}/no does not exist; check --data or CLAIMS_DATA"),
], ids=["file to import missing", "table is a directory", "table's folder missing"])
def test_a_path_that_does_not_work_is_one_problem_line_not_a_traceback(table, tmp_path, capsys, data, file, line):
    new_file(tmp_path, [claim(3)])
    fill = {"table": table, "tmp": tmp_path}
    code, out, err = run(capsys, "--data", data.format(**fill), "import", file.format(**fill))
    assert (code, out[1:]) == (1, [line.format(**fill)])
    assert err.startswith("not saved: 1 problem in 1 row of ") and "Traceback" not in err


def test_import_runs_as_a_real_command(table, tmp_path):
    path = new_file(tmp_path, [claim(3)])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMS_DATA": str(table)}
    done = subprocess.run([sys.executable, "-m", "claims", "import", path.name], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert (done.returncode, done.stderr) == (  # paths inside the working directory are shown relative to it
        0, "claims.csv: 1 added, 0 updated, 0 skipped; the table holds 3 claims and validates\n")
    assert done.stdout.splitlines()[0] == "new.csv → claims.csv"
    assert [r["claim_id"] for r in read_rows(table)[0]] == ["c1", "c2", "c3"]


# --- two editors at the same moment ------------------------------------------------------------------

N = 20


def _import_one(target: str, path: str, barrier) -> None:
    """One editor's process: wait for the others, then import (the child's exit status is the command's)."""
    sys.stdout = sys.stderr = open(os.devnull, "w")
    importer.LOCK_TIMEOUT = 600  # a loaded 2-core CI machine may queue 20 imports for a while
    barrier.wait(timeout=120)
    os._exit(main(["--data", target, "import", path]))


def test_20_concurrent_imports_of_distinct_rows_all_land_exactly_once(table, tmp_path):
    """Each process adds a claim without an id, so all 20 want the same readable id: each lands once, -2…-20."""
    files = [new_file(tmp_path, [claim(n, claim_id="", value=f"{n} people")], name=f"new{n}.csv")
             for n in range(3, 3 + N)]
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["claims.cli", "claims.importer", "claims.store", "filelock"])
    barrier = ctx.Barrier(N)
    procs = [ctx.Process(target=_import_one, args=(str(table), str(f), barrier)) for f in files]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=600)
    alive = [p for p in procs if p.is_alive()]
    for p in alive:
        p.kill()
    assert not alive and [p.exitcode for p in procs] == [0] * N
    rows = read_rows(table)[0]
    assert sorted(r["value"] for r in rows[2:]) == sorted(f"{n} people" for n in range(3, 3 + N))
    assert sorted(r["claim_id"] for r in rows[2:]) == sorted(
        ["taipeitimes-2005-crossers"] + [f"taipeitimes-2005-crossers-{k}" for k in range(2, N + 1)])
    assert validate(table, today=TODAY) == []
    assert len(importer.history(table)) == importer.HISTORY_KEEP


def test_two_app_sessions_confirming_at_the_same_moment_both_land(table, tmp_path, monkeypatch):
    """Sessions are threads of one server: each confirms a preview made before the other wrote."""
    monkeypatch.setenv(access.ENV_MODE, "local")
    editor = access.Editor("app", name="local user")
    plans = [importer.plan_import(table, new_file(tmp_path, [claim(n)], name=f"s{n}.csv"), today=TODAY)
             for n in range(3, 13)]
    start = threading.Barrier(len(plans))
    results: list[object] = []

    def confirm(plan: importer.Plan) -> None:
        start.wait(timeout=30)
        try:
            results.append(importer.apply_import(plan, editor).added)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=confirm, args=(p,)) for p in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(results) == sorted((f"c{n}",) for n in range(3, 13))
    assert sorted(r["claim_id"] for r in read_rows(table)[0]) == sorted(f"c{n}" for n in range(1, 13))
