"""Review verdicts and the rating scale: read and validated like the claims (issue 14)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims import reviews
from claims.paths import DATA_DIR
from conftest import TODAY, csv_text

SCALE = reviews.read_scale(DATA_DIR / "rating_scale.csv")[0]
IDS = {"c1", "c2", "taipei-2005-share"}


def _review(**fields: str) -> dict[str, str]:
    row = {"claim_id": "c1", "rating": "misleading", "explanation": "Counts one province only.",
           "reviewer": "Jane Doe", "reviewed": "2025-11-30", "url": "https://example.org/check/1"}
    row.update(fields)
    return row


def _read(tmp_path: Path, rows, columns=None):
    path = tmp_path / "reviews.csv"
    path.write_text(rows if isinstance(rows, str) else csv_text(rows, columns), encoding="utf-8")
    return reviews.read_reviews(path, IDS, SCALE, today=TODAY)


def test_the_bundled_scale_is_valid_and_runs_from_false_to_supported():
    scale, problems = reviews.read_scale(DATA_DIR / "rating_scale.csv")
    assert problems == []
    assert [r.name for r in scale.values()] == ["unverified", "in progress", "false", "misleading",
                                                "inconclusive", "supported"]
    verdicts = [r for r in scale.values() if r.verdict]
    assert {(r.worst, r.best) for r in verdicts} == {(1, 4)}
    assert not scale["unverified"].verdict and scale["false"].value == 1 and scale["supported"].value == 4


def test_a_valid_review_is_read(tmp_path):
    found, problems = _read(tmp_path, [_review(rating="Misleading")])
    assert problems == []
    assert found[0].rating == "misleading" and found[0].row == 2


@pytest.mark.parametrize("field, value, message, fix", [
    ("claim_id", "taipei-2005-shares", "no claim has claim_id 'taipei-2005-shares'",
     "did you mean taipei-2005-share?"),
    ("claim_id", "zzz", "no claim has claim_id 'zzz'", "use the claim_id of a claim"),
    ("rating", "mostly false", "'mostly false' is not a rating of the scale", "did you mean false?"),
    ("rating", "pants on fire", "is not a rating of the scale (false, in progress, inconclusive, misleading, "
                                "supported, unverified)", "add it to rating_scale.csv"),
    ("reviewed", "30/11/2025", "looks like a spreadsheet date format", "write 2025-11-30"),
    ("reviewed", "2025-02-30", "is not a real date", "YYYY-MM-DD"),
    ("reviewed", "2027-01-01", "is in the future", "check the year"),
    ("url", "javascript:alert(1)", "is not an http(s) web address", "https://"),
    ("url", "ftp://example.org/x", "is not an http(s) web address", ""),
    ("claim_id", "", "claim_id is empty", "fill it in"),
    ("rating", "", "rating is empty", "fill it in"),
])
def test_a_bad_cell_is_named_by_row_and_column_and_the_row_is_left_out(tmp_path, field, value, message, fix):
    found, problems = _read(tmp_path, [_review(claim_id="c2"), _review(**{field: value})])
    assert [r.row for r in found] == [2]
    assert len(problems) == 1
    p = problems[0]
    assert (p.row, p.column, p.value) == (3, field, value)
    assert message in p.message and fix in p.fix
    assert p.format().startswith(f"{tmp_path / 'reviews.csv'}:3:{field}: ")


def test_a_missing_required_column_is_a_problem_of_the_header(tmp_path):
    found, problems = _read(tmp_path, "claim_id,explanation\nc1,x\n")
    assert found == [] and problems[0].row == 1 and "rating" in problems[0].message


def test_no_reviews_file_means_no_reviews(tmp_path):
    assert reviews.read_reviews(tmp_path / "reviews.csv", IDS, SCALE) == ([], [])


def test_the_current_review_is_the_latest_and_the_later_row_on_a_tie(tmp_path):
    found, _ = _read(tmp_path, [_review(reviewed="2025-01-01", rating="false"),
                                _review(reviewed="2024-06-01", rating="supported"),
                                _review(reviewed="2025-01-01", rating="inconclusive"),
                                _review(claim_id="c2", rating="unverified")])
    latest = reviews.current(found)
    assert latest["c1"].rating == "inconclusive" and latest["c2"].rating == "unverified"


@pytest.mark.parametrize("text, column, message", [
    ("value,name,description,best,worst\n1,false,,4,1\n2,False,,4,1\n", "name", "listed twice"),
    ("value,name,description,best,worst\none,false,,4,1\n", "value", "not a whole number"),
    ("value,name,description,best,worst\n5,false,,4,1\n", "value", "outside the scale's 1–4"),
    ("value,name,description,best,worst\n1,false,,,1\n", "best", "has a value but no best"),
    ("value,name,description,best,worst\n,unverified,,4,1\n", "value", "has best/worst but no value"),
    ("value,name,description,best,worst\n1,false,,4,1\n2,true,,5,1\n", "best", "do not share one scale"),
])
def test_scale_problems(tmp_path, text, column, message):
    path = tmp_path / "rating_scale.csv"
    path.write_text(text, encoding="utf-8")
    _, problems = reviews.read_scale(path)
    assert len(problems) == 1 and problems[0].column == column and message in problems[0].message


def test_a_table_elsewhere_uses_its_own_reviews_and_the_bundled_scale(tmp_path):
    (tmp_path / "claims.csv").write_text("x\n", encoding="utf-8")
    assert reviews.reviews_path_for(tmp_path / "claims.csv") == tmp_path / "reviews.csv"
    assert reviews.scale_path_for(tmp_path / "claims.csv") == DATA_DIR / "rating_scale.csv"
    (tmp_path / "rating_scale.csv").write_text("value,name,description,best,worst\n,open,,,\n", encoding="utf-8")
    assert list(reviews.load_scale(tmp_path / "claims.csv")) == ["open"]
