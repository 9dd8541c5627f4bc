"""The README documents every column, vague-term convention and CLI command the code has."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from claims import schema, vague

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _section(name: str) -> str:
    return README.split(f"<!-- {name}:start -->")[1].split(f"<!-- {name}:end -->")[0]


def test_readme_starts_with_the_two_commands_and_ci_runs_the_second():
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    commands = blocks[0].strip().splitlines()
    assert len(commands) == 2 and "streamlit run app.py" in commands[0] and "pytest" in commands[1]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert commands[1] in ci


@pytest.mark.parametrize("column", schema.COLUMNS)
def test_every_column_is_in_the_readme_table(column):
    row = re.search(rf"^\| `{column}` \|(.*)$", _section("columns"), re.M)
    assert row, f"README column table lacks {column}"
    assert ("yes" in row.group(1).split("|")[0]) == (column in schema.REQUIRED)


def test_readme_vague_table_matches_the_conventions_file():
    rows = re.findall(r"^\| ([a-z -]+) \| ([\d,]+) \| ([\d,]+) \|", _section("vague-terms"), re.M)
    documented = {term: (float(lo.replace(",", "")), float(hi.replace(",", ""))) for term, lo, hi in rows}
    actual = {t.term: (t.low, t.high) for t in vague.conventions().values()}
    assert documented == actual


def test_every_cli_command_is_documented():
    from claims import cli
    for command in cli.COMMANDS:
        assert f"python -m claims {command}" in README, command


def test_the_readme_example_row_is_a_valid_claim(tmp_path):
    from claims import load_claims
    example = re.search(r"```csv\n(.*?)```", README, re.S).group(1)
    path = tmp_path / "claims.csv"
    path.write_text(example, encoding="utf-8")
    claims = load_claims(path)
    assert claims.attrs["problems"] == []
    assert (claims.iloc[0]["low"], claims.iloc[0]["high"], claims.iloc[0]["kind"]) == (30, 50, "interval")
