"""The reading of a table that keeps every record's text (`records.parse_records`): when every
record is one line its cells are split only when asked for; that must give exactly what splitting
the whole file with the csv module gives, whatever the cells hold."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims import records

CELL = st.text(alphabet=list("ab1 ,;\"\t-é\n\r\u2028"), max_size=8)


def _table(rows: list[list[str]], delimiter: str, ending: str) -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=ending).writerows(
        [["claim_id", "metric", "value", "notes"]] + rows)
    return out.getvalue().encode("utf-8")


def _whole(data: bytes, monkeypatch) -> records.Records:
    with monkeypatch.context() as m:
        m.setattr(records, "_one_line_records", lambda *a: False)
        return records.parse_records(data)


def _same(data: bytes, monkeypatch) -> records.Records:
    lazy, whole = records.parse_records(data), _whole(data, monkeypatch)
    assert (lazy.records, lazy.header, lazy.columns, lazy.data) == (whole.records, whole.header, whole.columns,
                                                                    whole.data)
    assert lazy.keys(("claim_id",)) == whole.keys(("claim_id",))
    assert lazy.keys(("metric", "claim_id")) == whole.keys(("metric", "claim_id"))
    assert lazy.rows() == whole.rows()
    assert [lazy.record(i) for i in lazy.data] == [whole.record(i) for i in whole.data]
    return lazy


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.lists(CELL, min_size=0, max_size=5), max_size=6),
       delimiter=st.sampled_from([",", ";", "\t"]), ending=st.sampled_from(["\n", "\r\n"]))
def test_cells_split_when_asked_are_the_cells_of_the_whole_file(rows, delimiter, ending):
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same(_table(rows, delimiter, ending), monkeypatch)


@pytest.mark.parametrize("text", [
    'claim_id,value\n"c1",5\n c2 ,6\n,\n"",""\n  ,  \n"c,3",7\n',
    'claim_id,value\nc1,"a ""quoted"" word"\r\nc2,x\r\n\r\n',
    'claim_id,value\nc1,"two\nlines"\nc2,x\n',  # a record over two lines: the whole file is split
    'value,claim_id\n5,c1\n6,c2\n',  # the key is not the first column
    'sep=;\nclaim_id;value\nc1;5\n',
    'claim_id,value\nc1,ab"c\n',  # a quote inside a cell that is not quoted
])
def test_tables_of_every_layout(text, monkeypatch):
    _same(text.encode(), monkeypatch)


def test_one_line_records_are_split_only_when_asked(monkeypatch):
    parsed = records.parse_records(_table([[f"c{i}", "m", str(i), ""] for i in range(1000)], ",", "\n"))
    assert isinstance(parsed.cells, records.LineCells)
    assert parsed.keys(("claim_id",))[-1] == ("c999",)
    assert len(parsed.cells._done) <= 2  # the header, and nothing else
    multi = records.parse_records(b'claim_id,notes\nc1,"a\nb"\n')
    assert not isinstance(multi.cells, records.LineCells) and multi.rows()[0]["notes"] == "a\nb"
