"""`python -m claims template | import | undo`: the real command line, files in tmp_path, concurrent imports.

The import and undo tests run on both backends (issue 16): `--data` names a CSV file or a PostgreSQL database
holding the same cells, and the command says what it did in the words of each (the database's summary and
undo lines are its own; the preview and a refusal name the table as the import writes it, `backend.written`).
File-only: a --data path that is a directory or in a missing folder (only a path can be those).
"""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from claims import access, backend, importer
from claims.cli import main
from claims.template import guide_text, template_csv
from claims.writer import claims_csv
from conftest import TODAY, claim, csv_text, on_file, stored, table_bytes

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.fixture
def loc(table_at):
    """A valid table of two claims, c1 and c2, in the canonical form: a file, or a database (both backends)."""
    return table_at(claims_csv([claim(1), claim(2)]))


@pytest.fixture
def table(claims_file) -> Path:
    """The same table as a file only."""
    return claims_file(claims_csv([claim(1), claim(2)]))








def into(loc) -> str:
    """What the preview's first line names after the arrow: the claims file, or the database's URL#claims."""
    return str(loc) if on_file(loc) else backend.written(loc)


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


def test_template_into_a_missing_folder_says_so_in_one_line(tmp_path, capsys):
    out = tmp_path / "no such folder" / "new.csv"
    code, _, err = run(capsys, "template", "-o", out)
    assert (code, err) == (1, f"error: cannot write {out}: No such file or directory\n")


# --- import ---------------------------------------------------------------------------------------

def test_dry_run_shows_what_would_be_added_skipped_and_updated_and_writes_nothing(loc, tmp_path, capsys):
    before = stored(loc)
    path = new_file(tmp_path, [claim(3, claim_id="", value="5 people"), claim(1)])
    code, out, err = run(capsys, "--data", loc, "import", path, "--dry-run")
    assert (code, err) == (0, "dry run: nothing written\n")
    assert out == [f"{path} → {into(loc)}",
                   "  add      row 2: taipeitimes-2005-crossers (id made from publisher, year and metric), "
                   "reads 5 people",
                   "  skip     row 3: same as c1, already in the table",
                   "1 to add, 0 to update, 1 skipped"]
    assert stored(loc) == before


def test_a_file_with_one_bad_row_exits_1_and_leaves_the_table_byte_identical(loc, tmp_path, capsys):
    before = stored(loc)
    path = new_file(tmp_path, [claim(3), claim(4, value="05-Oct"), claim(5)])
    code, out, err = run(capsys, "--data", loc, "import", path)
    assert code == 1
    assert out[-1] == (f"{path}:3:value: '05-Oct' is a date: the spreadsheet turned a figure such as '5-10' into a "
                       "date; retype it as 5–10 with the cell formatted as Text")
    assert err == f"not saved: 1 problem in 1 row of {path}; nothing was written\n"
    assert stored(loc) == before


def test_a_conflicting_claim_id_is_refused_unless_update(loc, tmp_path, capsys):
    before = stored(loc)
    path = new_file(tmp_path, [claim(1, value="about 2,500 people")])
    code, out, err = run(capsys, "--data", loc, "import", path)
    assert code == 1 and stored(loc) == before
    assert out[1:3] == ["  conflict row 2: c1 is in the table with different content:",
                        "             value: '2,000–3,000 people' → 'about 2,500 people'"]
    assert f"already in {backend.written(loc)} with different content (c1)" in err
    code, out, err = run(capsys, "--data", loc, "import", path, "--update")
    assert code == 0
    assert out[1] == "  update   row 2: c1 is in the table with different content:"
    assert err == (f"{loc}: 0 added, 1 updated, 0 skipped; the table holds 2 claims and validates\n" if on_file(loc)
                   else f"{backend.shown(loc)}: 0 added, 1 updated, 0 skipped; the database holds 2 claims and validates\n")
    assert backend.claims_rows(loc)[0]["value"] == "about 2,500 people"


def test_import_then_reimport_then_undo(loc, tmp_path, capsys):
    """The same steps on either backend; a database's lines name it by its URL and number its imports."""
    name = backend.shown(loc)
    said = {  # what the command says on a file, and on a database
        "added": (f"{name}: 1 added, 0 updated, 0 skipped; the table holds 3 claims and validates",
                  f"{name}: 1 added, 0 updated, 0 skipped; the database holds 3 claims and validates"),
        "skipped": (f"{name}: 0 added, 0 updated, 1 skipped; nothing to write, the table is unchanged",
                    f"{name}: 0 added, 0 updated, 1 skipped; nothing to write, the claims are unchanged"),
        "listed": ("1: import 1, {path} by ",) * 2,  # both number their imports
        "undid": ("{name}: undid import 1, {path} by ",) * 2,
        "back": ("; the table is back as it was before it", "; its rows are back as they were before it"),
        "nothing": (f"error: nothing to undo: no import into {name} is recorded",
                    f"error: nothing to undo: no import of claims into {name} is recorded"),
    }
    said = {k: v[0 if on_file(loc) else 1] for k, v in said.items()}
    before = table_bytes(loc)
    path = new_file(tmp_path, [claim(3)])
    assert run(capsys, "--data", loc, "import", path)[2] == said["added"] + "\n"
    after = stored(loc)
    assert run(capsys, "--data", loc, "import", path)[2] == said["skipped"] + "\n"
    assert stored(loc) == after
    code, out, err = run(capsys, "--data", loc, "undo", "--list")
    assert (code, len(out), err) == (0, 1, f"{name}: 1 import can be undone\n")
    assert out[0].startswith(said["listed"].format(path=path)) and out[0].endswith(": 1 added, 0 updated")
    code, out, _ = run(capsys, "--data", loc, "undo")
    assert code == 0 and out[0].startswith(said["undid"].format(name=name, path=path))
    assert out[0].endswith(said["back"])
    assert table_bytes(loc) == before
    assert run(capsys, "--data", loc, "undo") == (1, [], said["nothing"] + "\n")


def test_a_file_to_import_that_is_missing_is_one_problem_line_not_a_traceback(loc, tmp_path, capsys):
    before = stored(loc)
    code, out, err = run(capsys, "--data", loc, "import", tmp_path / "missing.csv")
    assert (code, out[1:]) == (1, [f"{tmp_path}/missing.csv:1:-: file not found; check the path of the file to import"])
    assert err.startswith("not saved: 1 problem in 1 row of ") and "Traceback" not in err
    assert stored(loc) == before


@pytest.mark.parametrize("data,file,line", [
    ("{tmp}", "{tmp}/new.csv", "{tmp}:1:-: the table cannot be read: Is a directory; check --data or CLAIMS_DATA"),
    ("{tmp}/no/claims.csv", "{tmp}/new.csv",
     "{tmp}/no/claims.csv:1:-: folder {tmp}/no does not exist; check --data or CLAIMS_DATA"),
], ids=["table is a directory", "table's folder missing"])
def test_a_path_that_does_not_work_is_one_problem_line_not_a_traceback(table, tmp_path, capsys, data, file, line):
    new_file(tmp_path, [claim(3)])
    fill = {"table": table, "tmp": tmp_path}
    code, out, err = run(capsys, "--data", data.format(**fill), "import", file.format(**fill))
    assert (code, out[1:]) == (1, [line.format(**fill)])
    assert err.startswith("not saved: 1 problem in 1 row of ") and "Traceback" not in err


def test_import_runs_as_a_real_command(loc, tmp_path):
    path = new_file(tmp_path, [claim(3)])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMS_DATA": str(loc)}
    done = subprocess.run([sys.executable, "-m", "claims", "import", path.name], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    if on_file(loc):  # paths inside the working directory are shown relative to it
        said = ("claims.csv: 1 added, 0 updated, 0 skipped; the table holds 3 claims and validates\n",
                "new.csv → claims.csv")
    else:
        said = (f"{backend.shown(loc)}: 1 added, 0 updated, 0 skipped; the database holds 3 claims and validates\n",
                f"new.csv → {backend.written(loc)}")
    assert (done.returncode, done.stderr) == (0, said[0])
    assert done.stdout.splitlines()[0] == said[1]
    assert [r["claim_id"] for r in backend.claims_rows(loc)] == ["c1", "c2", "c3"]


# --- two editors at the same moment ------------------------------------------------------------------

N = 20


def _import_one(target: str, path: str, barrier) -> None:
    """One editor's process: wait for the others, then import (the child's exit status is the command's)."""
    sys.stdout = sys.stderr = open(os.devnull, "w")
    from claims import pgwrite

    importer.LOCK_TIMEOUT = pgwrite.LOCK_TIMEOUT = 600  # a loaded 2-core CI machine may queue 20 imports a while
    barrier.wait(timeout=120)
    os._exit(main(["--data", target, "import", path]))


def test_20_concurrent_imports_of_distinct_rows_all_land_exactly_once(loc, tmp_path):
    """Each process adds a claim without an id, so all 20 want the same readable id: each lands once, -2…-20."""
    files = [new_file(tmp_path, [claim(n, claim_id="", value=f"{n} people")], name=f"new{n}.csv")
             for n in range(3, 3 + N)]
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["claims.cli", "claims.importer", "claims.store", "filelock", "claims.pgwrite"])
    barrier = ctx.Barrier(N)
    procs = [ctx.Process(target=_import_one, args=(str(loc), str(f), barrier)) for f in files]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=600)
    alive = [p for p in procs if p.is_alive()]
    for p in alive:
        p.kill()
    assert not alive and [p.exitcode for p in procs] == [0] * N
    rows = backend.claims_rows(loc)
    assert sorted(r["value"] for r in rows[2:]) == sorted(f"{n} people" for n in range(3, 3 + N))
    assert sorted(r["claim_id"] for r in rows[2:]) == sorted(
        ["taipeitimes-2005-crossers"] + [f"taipeitimes-2005-crossers-{k}" for k in range(2, N + 1)])
    assert backend.read(loc, today=TODAY).problems == []
    # a file keeps the last HISTORY_KEEP imports' copies; a database records every import
    assert len(backend.history(loc)) == (importer.HISTORY_KEEP if on_file(loc) else N)


def test_two_app_sessions_confirming_at_the_same_moment_both_land(loc, tmp_path, monkeypatch):
    """Sessions are threads of one server: each confirms a preview made before the other wrote."""
    monkeypatch.setenv(access.ENV_MODE, "local")
    editor = access.Editor("app", name="local user")
    plans = [backend.plan_import(loc, new_file(tmp_path, [claim(n)], name=f"s{n}.csv"), today=TODAY)
             for n in range(3, 13)]
    start = threading.Barrier(len(plans))
    results: list[object] = []

    def confirm(plan) -> None:
        start.wait(timeout=30)
        try:
            results.append(backend.apply_import(plan, editor).added)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results.append(exc)

    threads = [threading.Thread(target=confirm, args=(p,)) for p in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(results) == sorted((f"c{n}",) for n in range(3, 13))
    assert sorted(r["claim_id"] for r in backend.claims_rows(loc)) == sorted(f"c{n}" for n in range(1, 13))
