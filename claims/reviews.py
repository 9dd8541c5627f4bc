"""Review verdicts: a file of reviews beside the claims table, rated on a scale that is itself data.

    reviews.csv       claim_id, rating, explanation, reviewer, reviewed, url   (one row per verdict)
    rating_scale.csv  value, name, description, best, worst                    (one row per rating)

A claim may be reviewed several times; its *current* review is the latest by `reviewed` date (the
later row on a tie). A rating without a `value` is a status, not a verdict ("unverified", "in
progress"): it is shown on the dashboard but publishes no ClaimReview. Ratings with a value sit on
a scale from `worst` to `best` (schema.org's worstRating/bestRating), repeated on each row so the
file reads alone.

Both files are read and validated like the claims: every problem names the file, row, column and
value, and says what to do.
"""
from __future__ import annotations

import difflib
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from claims import paths
from claims.csvfile import _read_table
from claims.problem import Problem
from claims.rules import _date_check, _url_check

COLUMNS: tuple[str, ...] = ("claim_id", "rating", "explanation", "reviewer", "reviewed", "url")
"""Columns of reviews.csv, in the order it is written."""

REQUIRED: tuple[str, ...] = ("claim_id", "rating", "reviewed")

COLUMN_DOCS: dict[str, tuple[str, str]] = {
    "claim_id": ("The claim reviewed: its claim_id in the claims table", "taipeitimes-2005-trafficked-share"),
    "rating": ("The verdict or status: a name from rating_scale.csv", "misleading"),
    "explanation": ("Why, in a sentence or two a reader can check", "The report counts only women in one province."),
    "reviewer": ("Who reviewed it", "Jane Doe"),
    "reviewed": ("Date of the review: YYYY-MM-DD (or YYYY, YYYY-MM)", "2026-11-30"),
    "url": ("http(s) address of the published fact-check, if there is one", "https://example.org/fact-check/123"),
}

SCALE_COLUMNS: tuple[str, ...] = ("value", "name", "description", "best", "worst")
SCALE_REQUIRED: tuple[str, ...] = ("name",)


@dataclass(frozen=True)
class Rating:
    """One rating of the scale. value/best/worst are None for a status that is not a verdict."""

    name: str
    value: int | None
    description: str = ""
    best: int | None = None
    worst: int | None = None

    @property
    def verdict(self) -> bool:
        """Whether this rating judges the claim (and so can be published as a ClaimReview)."""
        return self.value is not None


@dataclass(frozen=True)
class Review:
    """One row of reviews.csv; `row` is its spreadsheet row."""

    claim_id: str
    rating: str
    explanation: str
    reviewer: str
    reviewed: str
    url: str
    row: int

    def as_dict(self) -> dict[str, str | int]:
        return asdict(self)


def reviews_path_for(claims_file: str | os.PathLike[str]) -> Path:
    """reviews.csv beside the claims file (a table's reviews name its claim ids, so they never fall back
    to the bundled ones)."""
    return Path(claims_file).with_name("reviews.csv")


def scale_path_for(claims_file: str | os.PathLike[str]) -> Path:
    """rating_scale.csv beside the claims file when there is one, else the bundled scale."""
    beside = Path(claims_file).with_name("rating_scale.csv")
    return beside if beside.is_file() else paths.DATA_DIR / "rating_scale.csv"


def _whole(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def read_scale(path: str | os.PathLike[str]) -> tuple[dict[str, Rating], list[Problem]]:
    """The rating scale (name, lower-cased → Rating) and its problems."""
    table, problems = _read_table(Path(path), SCALE_COLUMNS, SCALE_REQUIRED, "rating scale")
    if table is None or "name" not in table.present:
        return {}, problems
    cells = {c: table.column(c) for c in SCALE_COLUMNS}
    out: dict[str, Rating] = {}
    first: dict[str, int] = {}
    for k, row in enumerate(table.rows.tolist()):
        if k in table.broken:
            continue
        name = cells["name"][k]

        def bad(column: str, message: str, fix: str) -> None:
            problems.append(Problem(table.file, row, column, cells[column][k], message, fix))

        if not name:
            bad("name", "name is empty; every rating has a name", "fill it in")
            continue
        if name.lower() in first:
            bad("name", f"rating {name!r} is listed twice (first in row {first[name.lower()]})", "keep one row per rating")
            continue
        numbers: dict[str, int | None] = {}
        for column in ("value", "best", "worst"):
            text = cells[column][k]
            numbers[column] = _whole(text) if text else None
            if text and numbers[column] is None:
                bad(column, f"{column} {text!r} is not a whole number", "write a whole number such as 1, or leave it empty")
        if any(cells[c][k] and numbers[c] is None for c in numbers):
            continue
        value, best, worst = numbers["value"], numbers["best"], numbers["worst"]
        if value is not None and (best is None or worst is None):
            bad("best" if best is None else "worst", f"rating {name!r} has a value but no {'best' if best is None else 'worst'}",
                "give the scale's best and worst values on every rating that has a value")
            continue
        if value is not None and not min(best, worst) <= value <= max(best, worst):
            bad("value", f"value {value} is outside the scale's {worst}–{best}", "fix the value, best or worst")
            continue
        if value is None and (best is not None or worst is not None):
            bad("value", f"rating {name!r} has best/worst but no value", "give it a value, or leave best and worst empty for a status")
            continue
        first[name.lower()] = row
        out[name.lower()] = Rating(name, value, cells["description"][k], best, worst)
    ends = {(r.best, r.worst) for r in out.values() if r.verdict}
    if len(ends) > 1:
        problems.append(Problem(table.file, 1, "best", "", "the ratings do not share one scale: best/worst differ "
                                f"({', '.join(f'{w}–{b}' for b, w in sorted(ends))})",
                                "give every rating with a value the same best and worst"))
    return out, problems


def load_scale(claims_file: str | os.PathLike[str] | None = None) -> dict[str, Rating]:
    """The rating scale for a claims file (default: the current one)."""
    return read_scale(scale_path_for(claims_file or paths.claims_path()))[0]


def read_reviews(path: str | os.PathLike[str], claim_ids: set[str] | None, scale: dict[str, Rating], *,
                 today: date | None = None) -> tuple[list[Review], list[Problem]]:
    """The reviews of `path` that are valid, and a problem for each row that is not.

    `claim_ids`: the ids of the claims table (None skips that check). A missing file is no reviews.
    """
    path = Path(path)
    if not path.exists():
        return [], []
    table, problems = _read_table(path, COLUMNS, REQUIRED, "reviews")
    if table is None:
        return [], problems
    check_date = _date_check(today or date.today())
    cells = {c: table.column(c) for c in COLUMNS}
    names = sorted(r.name for r in scale.values())
    out: list[Review] = []
    for k, row in enumerate(table.rows.tolist()):
        if k in table.broken:
            continue
        before = len(problems)

        def bad(column: str, message: str, fix: str) -> None:
            problems.append(Problem(table.file, row, column, cells[column][k], message, fix))

        for column in REQUIRED:
            if not cells[column][k]:
                bad(column, f"{column} is empty", f"fill it in ({COLUMN_DOCS[column][0].lower()})")
        claim_id, rating = cells["claim_id"][k], cells["rating"][k]
        if claim_id and claim_ids is not None and claim_id not in claim_ids:
            close = difflib.get_close_matches(claim_id, list(claim_ids), n=1, cutoff=0.8)
            bad("claim_id", f"no claim has claim_id {claim_id!r}",
                f"did you mean {close[0]}?" if close else "use the claim_id of a claim in the claims table")
        if rating and rating.lower() not in scale:
            close = [n for n in scale if n in rating.lower()] or \
                difflib.get_close_matches(rating.lower(), list(scale), n=1, cutoff=0.6)
            bad("rating", f"{rating!r} is not a rating of the scale ({', '.join(names)})",
                f"did you mean {scale[close[0]].name}?" if close else "use one of the scale's names, or add it to rating_scale.csv")
        if cells["reviewed"][k] and (why := check_date(cells["reviewed"][k])):
            bad("reviewed", *why)
        if cells["url"][k] and (why := _url_check(cells["url"][k])):
            bad("url", *why)
        if len(problems) == before:
            out.append(Review(claim_id, scale[rating.lower()].name, cells["explanation"][k], cells["reviewer"][k],
                              cells["reviewed"][k], cells["url"][k], row))
    return out, problems


def current(reviews: list[Review]) -> dict[str, Review]:
    """Each reviewed claim's current review: the latest `reviewed` date, the later row on a tie."""
    out: dict[str, Review] = {}
    for review in reviews:
        held = out.get(review.claim_id)
        if held is None or review.reviewed >= held.reviewed:
            out[review.claim_id] = review
    return out


@dataclass(frozen=True)
class Reviews:
    """A claims table's reviews, as the dashboard, exports and API use them."""

    all: list[Review]
    latest: dict[str, Review]
    scale: dict[str, Rating]
    problems: list[Problem]

    def rating_of(self, claim_id: str) -> Rating | None:
        review = self.latest.get(claim_id)
        return None if review is None else self.scale[review.rating.lower()]

    def ratings(self) -> dict[str, str]:
        """claim_id → its current rating, for `filters.filter_claims`."""
        return {claim_id: review.rating for claim_id, review in self.latest.items()}

    def of(self, claim_id: str) -> list[Review]:
        """Every review of a claim, latest first."""
        return sorted((r for r in self.all if r.claim_id == claim_id), key=lambda r: (r.reviewed, r.row), reverse=True)


def load_reviews(claims_file: str | os.PathLike[str] | None = None, claim_ids: set[str] | None = None, *,
                 today: date | None = None) -> Reviews:
    """The reviews and scale of a claims file (default: the current one), with their problems."""
    claims_file = Path(claims_file or paths.claims_path())
    scale, problems = read_scale(scale_path_for(claims_file))
    found, more = read_reviews(reviews_path_for(claims_file), claim_ids, scale, today=today)
    return Reviews(found, current(found), scale, problems + more)
