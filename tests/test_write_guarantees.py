"""The CSV table's write guarantees that no test held before (issue 16, item 5): readers never see a
partial table, an import killed at any moment leaves the table whole, the permission is checked again
under the lock and a held lock gives "busy" (both on a file and on PostgreSQL, whose lock is its
tables'), and a damaged saved copy is never restored."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from claims import access, backend, importer
from claims.store import read_rows, validate
from claims import writer
from claims.writer import claims_csv
from conftest import TODAY, claim, csv_text, held_lock, on_file, stored

ROOT = Path(__file__).resolve().parent.parent
EDITOR = access.cli_editor()


@pytest.fixture
def big_table(tmp_path) -> Path:
    """A generated table large enough (20k claims, about 9 MB) that writing it takes a while."""
    path = tmp_path / "claims.csv"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "20000", str(path), "--seed", "5"],
                   check=True, capture_output=True)
    return path


def _new(tmp_path: Path, rows) -> Path:
    path = tmp_path / "new.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    return path


def test_a_reader_never_sees_a_partial_table_while_an_import_writes_it(big_table, tmp_path):
    before = big_table.read_bytes()
    inode = big_table.stat().st_ino
    sizes: set[int] = set()
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                sizes.add(len(big_table.read_bytes()))
            except FileNotFoundError:
                sizes.add(-1)

    rows = read_rows(big_table)[0][-3:]
    for i, row in enumerate(rows):
        row["claim_id"] = f"new-{i}"
    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        plan = importer.plan_import(big_table, csv_text(rows).encode(), name="new.csv")
        assert plan.ok, plan.problems
        importer.apply_import(plan, EDITOR)
        time.sleep(0.05)
    finally:
        stop.set()
        watcher.join()
    after = big_table.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    assert sizes <= {len(before), len(after)}, sorted(sizes)[:5]  # never missing, empty or half written
    assert big_table.stat().st_ino != inode  # the new table replaced the old in one rename


def test_an_import_killed_at_random_moments_leaves_the_table_whole(tmp_path):
    """30 kills (SIGKILL) at moments spread over an import's run: the table is always the one before or
    the one after, byte for byte, and it validates."""
    table = tmp_path / "claims.csv"
    table.write_bytes(claims_csv([claim(1), claim(2, publisher="AFP")]))
    (tmp_path / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
    new = _new(tmp_path, [claim(3, publisher="Reuters")])
    before = table.read_bytes()
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "claims", "--data", str(table), "import", str(new)], cwd=ROOT,
                          capture_output=True)
    whole_run = time.monotonic() - started  # the kills are spread over the import's own run, not another's
    assert done.returncode == 0, done.stderr
    after = table.read_bytes()
    subprocess.run([sys.executable, "-m", "claims", "--data", str(table), "undo"], cwd=ROOT, check=True,
                   capture_output=True)
    assert table.read_bytes() == before
    rng = random.Random(16)
    seen = {"before": 0, "after": 0}
    for _ in range(30):
        run = subprocess.Popen([sys.executable, "-m", "claims", "--data", str(table), "import", str(new)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.3) * whole_run)
        run.send_signal(signal.SIGKILL)
        run.wait()
        now = table.read_bytes()
        assert now in (before, after)
        assert validate(table, today=TODAY) == []
        seen["after" if now == after else "before"] += 1
        if now == after:  # put it back for the next round (the history may hold a killed run's record)
            table.write_bytes(before)
    assert seen["before"] and seen["after"], seen  # the kills landed both before and after the write


def test_the_permission_is_checked_again_under_the_lock(table_at, monkeypatch):
    """Editing is switched off while the import waits for another writer's lock: it must not write."""
    loc = table_at([claim(1)])
    monkeypatch.setenv(access.ENV_MODE, "local")
    editor = access.app_editor(access.load_config(), {})
    plan = backend.plan_import(loc, csv_text([claim(2, publisher="AFP")]).encode(), name="new.csv")
    outcome: list[BaseException | None] = []

    def apply() -> None:
        try:
            backend.apply_import(plan, editor)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - checked below
            outcome.append(exc)

    with held_lock(loc):  # another import is writing
        waiting = threading.Thread(target=apply)
        waiting.start()
        waiting.join(1.0)
        assert waiting.is_alive()  # past the first check, waiting for the lock
        monkeypatch.setenv(access.ENV_MODE, "off")
    waiting.join()
    assert isinstance(outcome[0], access.WriteRefused)
    assert [r["claim_id"] for r in backend.claims_rows(loc)] == ["c1"]


def test_a_held_lock_gives_busy_after_the_timeout_and_writes_nothing(table_at):
    loc = table_at([claim(1)])
    before = stored(loc)
    plan = backend.plan_import(loc, csv_text([claim(2, publisher="AFP")]).encode(), name="new.csv")
    said = r"has been running for over 0 s; try again" if on_file(loc) else r"still running after 0.3 s; try again"
    with held_lock(loc), pytest.raises(importer.Busy, match=said):
        backend.apply_import(plan, EDITOR, timeout=0.3)
    assert stored(loc) == before


def test_undo_from_a_damaged_saved_copy_is_refused_and_the_table_kept(tmp_path):
    table = tmp_path / "claims.csv"
    table.write_bytes(claims_csv([claim(1)]))
    importer.apply_import(importer.plan_import(table, csv_text([claim(2, publisher="AFP")]).encode(),
                                               name="new.csv"), EDITOR)
    after = table.read_bytes()
    saved = importer.history(table)[-1].saved_copy
    saved.write_bytes(saved.read_bytes().replace(b"c1", b"cX"))  # a disk error, an edit by hand
    with pytest.raises(importer.UndoRefused, match="is damaged; the table is unchanged"):
        importer.undo_last(table, EDITOR)
    assert table.read_bytes() == after


@pytest.mark.parametrize("links", [True, False], ids=["hard link", "no links"])
def test_the_saved_copy_stays_the_table_as_it_was_whatever_is_done_to_the_table_after(tmp_path, monkeypatch, links):
    """The copy kept for undo is the old file under a second name where the file system allows it
    (no copy of a large table), else a written copy: either way, a later edit of the table in place
    does not reach it, and undo restores the table as it was."""
    target = tmp_path / "claims.csv"
    target.write_bytes(claims_csv([claim(1), claim(2)]))
    (tmp_path / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
    original = target.read_bytes()
    if not links:
        def no_link(*args, **kwargs):
            raise OSError(1, "Operation not permitted")
        monkeypatch.setattr(writer.os, "link", no_link)
    importer.apply_import(importer.plan_import(target, _new(tmp_path, [claim(3)]), today=TODAY), EDITOR)
    entry = importer.history(target)[-1]
    assert entry.saved_copy.read_bytes() == original
    assert entry.saved_copy.stat().st_nlink == 1 and not list(entry.folder.glob("*.tmp"))
    after = target.read_bytes()
    with open(target, "r+b") as fh:  # an editor that writes the table in place
        fh.write(b"X")
    assert entry.saved_copy.read_bytes() == original
    target.write_bytes(after)
    importer.undo_last(target, EDITOR)
    assert target.read_bytes() == original
