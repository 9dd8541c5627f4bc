"""The dashboard runs on the bundled data and shows problems of a bad file without breaking."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()


def run_app(monkeypatch, data: Path | None = None) -> AppTest:
    if data is not None:
        monkeypatch.setenv("CLAIMS_DATA", str(data))
    else:
        monkeypatch.delenv("CLAIMS_DATA", raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def test_app_shows_the_bundled_claims_with_their_readings(monkeypatch):
    at = run_app(monkeypatch)
    table = at.dataframe[-1].value
    assert len(table) >= 25
    share = table[table["value"] == "between 30 percent and half"]
    assert share["reading"].tolist() == ["30–50%"]
    assert not at.warning


def test_app_shows_problems_and_still_the_valid_rows(monkeypatch, tmp_path):
    bad = tmp_path / "claims.csv"
    bad.write_text(
        "claim_id,metric,value,source_title,publisher,published\n"
        "a,trafficked_share,30-50%,T,Taipei Times,2005-12-10\n"
        "b,trafficked_share,hello,T,Taipei Times,2005-12-10\n",
        encoding="utf-8")
    at = run_app(monkeypatch, bad)
    assert "1 problem" in at.warning[0].value
    problems = at.dataframe[0].value
    assert problems.iloc[0]["row"] == 3 and problems.iloc[0]["value"] == "hello"
    assert at.dataframe[-1].value["claim_id"].tolist() == ["a"]
