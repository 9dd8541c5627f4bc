"""Damaged CSV files through `validate` and `import`, from a seeded generator (issue 15).

Each file is a valid table with one to four kinds of damage: hostile cells, cells added or lost,
stray quotes, cut or spliced bytes, other encodings, delimiters and line ends, header changes. Whatever
the damage: the command exits 0 or 1 with its own message (never an internal error), every data row is
read or named in a problem, and an import that fails leaves the table byte-identical.
"""
from __future__ import annotations

import csv
import io
import random
import re
from pathlib import Path

import pytest

from claims import store
from claims.cli import main
from claims.schema import REQUIRED
from claims.writer import write_claims
from conftest import claim

FILES = 240
"""How many damaged files; about 20 s in all on a 2-core machine."""

HOSTILE = [
    "", " ", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1", "-", "1" + "0" * 400, "9" * 38, "NaN", "inf", "-inf", "1e308",
    "COVID-19", "4.5m refugees", "A0", "MP3", '"', '""', 'a "quoted" word', "line\nbreak", "\r", "\x00", "\x1b[31m",
    "\u202e50%", "\ufeff5", "💥", "𝟓𝟎 people", "१२३", "٣٠٪", "5,000", "about 5,000 people", "30–50%", "between 30 and",
    "javascript:alert(1)", "data:text/html,x", "https://x.org/a b", "dimensionless", "1", "percent/", "furlongs",
    "2019", "9/11", "$", "5+", "~", "<script>x</script>", "[x](https://evil.example)", "x" * 140_000, "é" * 70_000,
    "c1", "c1-2", "1.2.3", "0x1F", "½", "5 ½ years", "twenty-five", "-0", "00000", "1,2,3", ";", "\t",
]


def base_rows(rnd: random.Random) -> list[dict[str, str]]:
    values = ["2,000–3,000 people", "30–50%", "$100–1,000", "5+ years", "about 5,000 people", "thousands", "12"]
    rows = []
    for n in range(1, rnd.randint(2, 9)):
        row = claim(n, value=rnd.choice(values), range="", unit="", quote="They said so.",
                    url="https://www.taipeitimes.com/a", notes=rnd.choice(["", "wire copy", "checked, ok"]))
        if row["value"] in ("30–50%",):
            row["metric"] = "share"
        if row["value"] == "12":
            row["unit"] = "person"
        rows.append(row)
    return rows


def damage(rnd: random.Random, rows: list[dict[str, str]]) -> bytes:
    """A valid table's rows, damaged in one to four ways, as the bytes of a file."""
    rows = [dict(r) for r in rows]
    columns = list(dict.fromkeys(k for r in rows for k in r))
    kinds = rnd.sample(["cell", "cell", "cell", "header", "width", "quote", "bytes", "cut", "encoding", "delimiter",
                        "lines", "blank", "duplicate", "sep"], rnd.randint(1, 4))
    if "cell" in kinds:  # the figure's columns most often: they hold what is read, not only checked
        for _ in range(rnd.randint(1, 3)):
            column = rnd.choice(columns + ["value", "range", "unit"] * 3)
            rnd.choice(rows)[column] = rnd.choice(HOSTILE)
    if "header" in kinds:
        i = rnd.randrange(len(columns))
        columns[i] = rnd.choice(["", "Claim ID", "valeu", "note: extra", columns[i].upper(), columns[0], "😀"])
    if "duplicate" in kinds:
        rows.insert(rnd.randrange(len(rows) + 1), dict(rnd.choice(rows)))
    delimiter = rnd.choice([";", "\t"]) if "delimiter" in kinds else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        cells = [r.get(c, "") for c in columns]
        if "width" in kinds and rnd.random() < 0.4:
            cells = cells[:-rnd.randint(1, 3)] if rnd.random() < 0.5 else cells + ["extra"] * rnd.randint(1, 2)
        writer.writerow(cells)
    text = out.getvalue()
    lines = text.split("\n")
    if "quote" in kinds:
        k = rnd.randrange(len(lines))
        at = rnd.randint(0, len(lines[k]))
        lines[k] = lines[k][:at] + '"' + lines[k][at:]
    if "blank" in kinds:
        for _ in range(rnd.randint(1, 3)):
            lines.insert(rnd.randrange(len(lines) + 1), rnd.choice(["", "  ", delimiter * 3]))
    if "sep" in kinds:
        lines.insert(0, f"sep={delimiter}")
    ending = rnd.choice(["\r\n", "\r", "\n"]) if "lines" in kinds else "\n"
    text = ending.join(lines)
    encoding = rnd.choice(["utf-8-sig", "cp1252", "utf-16", "latin-1", "utf-32"]) if "encoding" in kinds else "utf-8"
    data = text.encode(encoding, errors="replace")
    if "bytes" in kinds:
        for _ in range(rnd.randint(1, 4)):
            at = rnd.randint(0, len(data))
            data = data[:at] + bytes(rnd.choice([[0], [0xff, 0xfe], [0x81], [0xc3], [0xe2, 0x80], [0x1a], [0x0d]])) \
                + data[at:]
    if "cut" in kinds:
        data = data[:rnd.randint(0, len(data))]
    return data


def records_before_any_break(data: bytes) -> tuple[int, list[int]] | None:
    """The header row and the data rows (spreadsheet numbering: one record, one row) as Python's csv
    module reads the file, up to its first malformed record; None when it is not readable text."""
    text, _, _ = store._decode(data)
    if text is None:
        return None
    if sep := store.SEP_LINE.match(text):
        text, delimiter = text[sep.end():], sep.group(1)
    else:
        delimiter = store.sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
    except csv.Error:
        pass
    header = next((i for i, c in enumerate(records) if "".join(c).strip()), None)
    if header is None:
        return None
    return header + 1, [i + 1 for i in range(header + 1, len(records)) if "".join(records[i]).strip()]


INTERNAL = re.compile(r"^error: \w+: [A-Z]\w*(Error|Exception|Interrupt)\b", re.M)


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def check_validate(path: Path, data: bytes, capsys) -> None:
    code, out, err = run(capsys, "validate", path)
    assert code in (0, 1), (code, err)
    assert "Traceback" not in out + err and not INTERNAL.search(err), err
    frame, problems = store.read_claims(path)
    assert (code == 0) == (not problems)
    found = records_before_any_break(data)
    if found is None or any(p.row == 1 and p.column == "-" and frame.empty for p in problems):
        return  # not readable as a table: one problem says why
    header, rows = found
    named = {p.row for p in problems}
    if any(p.row == header and p.column in REQUIRED and "required column" in p.message for p in problems):
        return  # a required column is missing: every row fails, reported once on the header row
    swallowed = min((p.row for p in problems if "never closed" in p.message), default=None)
    read = set(frame["row"].tolist())
    for row in rows:
        if swallowed is not None and row >= swallowed:
            break
        assert row in read or row in named, f"row {row} was neither read nor named in a problem"


def check_import(table: Path, path: Path, capsys) -> None:
    before = table.read_bytes()
    code, out, err = run(capsys, "--data", table, "import", path)
    assert code in (0, 1), (code, err)
    assert "Traceback" not in out + err and not INTERNAL.search(err), err
    after = table.read_bytes()
    if code == 1:
        assert after == before, "a failed import changed the table"
    else:
        assert after.startswith(before) and store.validate(table) == []


@pytest.mark.parametrize("batch", range(4))
def test_damaged_files_through_validate_and_import(tmp_path, capsys, batch):
    table = tmp_path / "table.csv"
    (tmp_path / "metrics.csv").write_text("metric,label,description,unit\n", encoding="utf-8")
    write_claims([claim(100 + n) for n in range(3)], table)
    for seed in range(batch * FILES // 4, (batch + 1) * FILES // 4):
        rnd = random.Random(seed)
        data = damage(rnd, base_rows(rnd))
        path = tmp_path / f"damaged-{seed}.csv"
        path.write_bytes(data)
        try:
            check_validate(path, data, capsys)
            check_import(table, path, capsys)
        except AssertionError as exc:
            raise AssertionError(f"seed {seed}: {exc}") from None
        path.unlink()
