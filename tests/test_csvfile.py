"""The CSV file reader's small parts that the importer relies on to keep a table's text exactly."""
from __future__ import annotations

import io

import pytest

from claims.csvfile import sniff_delimiter, split_lines


@pytest.mark.parametrize("text", [
    "a,b\nc,d\n", "a,b\r\nc,d\r\n", "a,b\rc,d", "a,b\n\nc,d", "", "\n",
    "a,note\n1,page\x0cbreak\n", "a,note\n1,line\u2028separator\n", "a,b\x1c\x1d\x1e\x85\v\n2,3\r\n",
])
def test_lines_end_only_where_a_csv_reader_ends_them(text):
    expected = io.StringIO(text, newline="").readlines()
    assert split_lines(text) == expected
    assert "".join(split_lines(text)) == text


@pytest.mark.parametrize("text,delimiter", [
    ("a;b;c\n1,5;2;3\n", ";"), ("\r\n\na\tb\n", "\t"), ("a,b\n", ","), ("one\n", ","), ("", ","),
    ("a;b,c,d", ","),
])
def test_the_delimiter_is_the_header_rows_most_frequent(text, delimiter):
    assert sniff_delimiter(text) == delimiter
