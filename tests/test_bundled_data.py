"""The bundled table says what its sources say (issue 13's corrections), and says why a figure is missing."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import load_claims, validate
from claims.store import load_metrics

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rows():
    return load_claims(ROOT / "data" / "claims.csv").set_index("claim_id")


def test_the_bundled_table_validates():
    assert validate(ROOT / "data" / "claims.csv") == []


def test_an_open_bound_in_the_quote_stays_open(rows):
    jhsph = rows.loc["jhsph-2010-refugees-in-china-2"]
    assert "300,000 or more" in jhsph["quote"] and jhsph["range"] == ""
    assert (jhsph["low"], jhsph["kind"]) == (10_000, "at_least")


def test_a_claim_read_in_a_copy_cites_the_copy(rows):
    donga = rows.loc["donga-2009-bride-price"]
    assert "extrakorea.wordpress.com" in donga["url"]
    assert (donga["publisher"], donga["published"]) == ("Dong-A Ilbo via extrakorea.wordpress.com", "2009-03-29")


def test_a_blank_period_is_not_said_to_block_conversion(rows):
    assert "no currency conversion" not in rows.loc["csmonitor-2012-escape-fee", "notes"]
    assert "publication year (2012)" in rows.loc["csmonitor-2012-escape-fee", "notes"]


def test_a_metric_label_names_every_population_its_claims_count(rows):
    metrics = load_metrics(ROOT / "data" / "metrics.csv")
    assert rows.loc["taipeitimes-2005-trafficked-share", "subject"] == "North Koreans who cross into China each year"
    assert "women in China" not in metrics["trafficked_share"].label  # it holds a share of all crossers too
    assert "at risk" in metrics["trafficked_count"].label


def test_figures_left_out_say_why_where_an_editor_looks():
    text = (ROOT / "data" / "left_out.md").read_text(encoding="utf-8")
    assert "| C32 |" in text and "| C34 |" in text and "publication date is unknown" in text
    assert "data/left_out.md" in (ROOT / "README.md").read_text(encoding="utf-8")
