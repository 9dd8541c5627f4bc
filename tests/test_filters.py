"""filter_claims keeps exactly the claims a reader asked for; dashboard and exports share it."""
from __future__ import annotations

import pytest

from claims import load_claims
from claims.filters import Filters, filter_claims


@pytest.fixture(scope="module")
def claims():
    return load_claims()  # the bundled table


def ids(frame) -> set[str]:
    return set(frame["claim_id"])


def test_no_filter_keeps_everything(claims):
    assert Filters().is_empty()
    assert len(filter_claims(claims, Filters())) == len(claims)


@pytest.mark.parametrize("field,column", [
    ("metrics", "metric"), ("publishers", "publisher"), ("topics", "topic"), ("geographies", "geography"),
])
def test_value_filters_keep_only_matching_rows(claims, field, column):
    value = claims[column].iloc[0]
    kept = filter_claims(claims, Filters(**{field: (value,)}))
    assert len(kept) and set(kept[column]) == {value}


def test_people_match_claimant_or_attributed_to(claims):
    kept = filter_claims(claims, Filters(people=("Chun Ki-won",)))
    assert len(kept) >= 3
    assert all("Chun Ki-won" in (r.claimant, r.attributed_to) for r in kept.itertuples())


def test_basis_splits_stated_from_interpreted(claims):
    stated = filter_claims(claims, Filters(basis="stated"))
    interpreted = filter_claims(claims, Filters(basis="interpreted"))
    assert set(interpreted["kind"]) == {"vague"} and "vague" not in set(stated["kind"])
    assert len(stated) + len(interpreted) == len(claims)


def test_publication_dates_compare_at_their_own_precision(claims):
    kept = filter_claims(claims, Filters(published_from="2005", published_to="2006"))
    assert len(kept) and all(p[:4] in ("2005", "2006") for p in kept["published"])
    assert "taipeitimes-2005-trafficked-share" in ids(kept)


def test_text_search_looks_in_quote_subject_and_source(claims):
    kept = filter_claims(claims, Filters(text="SEX SLAVES"))
    assert "taipeitimes-2005-trafficked-count" in ids(kept)
    assert len(filter_claims(claims, Filters(text="no such words anywhere"))) == 0


def test_filters_combine_with_and(claims):
    kept = filter_claims(claims, Filters(metrics=("bride_price",), publishers=("The Guardian",)))
    assert set(kept["metric"]) == {"bride_price"} and set(kept["publisher"]) == {"The Guardian"}


@pytest.mark.parametrize("words", ["sex slaves", "(", "[", "$", "*", "+", "?", "|", "^", "\\", "{1}", ".", "#",
                                   "&", "~", "-"])
def test_text_search_takes_the_words_literally(claims, words):
    from claims.filters import search_text
    haystack = search_text(claims)
    expected = set(claims.loc[haystack.str.contains(words, regex=False), "claim_id"])
    assert ids(filter_claims(claims, Filters(text=words))) == expected
    assert ids(filter_claims(claims, Filters(text=words), haystack)) == expected


# --- one definition of a view in a link: the dashboard's share link and the JSON API (issue 14) -------

def test_query_parameters_read_back_to_the_same_filters():
    from claims.filters import from_query, to_query

    f = Filters(metrics=("bride_price",), publishers=("The Guardian", "Korea Times"), people=("Jane Kim",),
                basis="stated", published_from="2005", published_to="2019-05", text="yuan", ratings=("false",))
    pairs = to_query(f)
    assert ("publisher", "The Guardian") in pairs and ("publisher", "Korea Times") in pairs
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name, []).append(value)
    assert from_query(grouped) == f
    assert to_query(Filters()) == []


@pytest.mark.parametrize("params, message", [
    ({"colour": ["red"]}, "unknown parameter 'colour'"),
    ({"basis": ["guessed"]}, "basis 'guessed' is not stated or interpreted"),
    ({"from": ["last year"]}, "from 'last year' is not a date"),
    ({"to": ["2010-13"]}, "to '2010-13' is not a date"),
    ({"to": ["2010-02-30"]}, "to '2010-02-30' is not a date"),
    ({"from": ["0000"]}, "from .0000. is not a date"),
])
def test_a_bad_query_parameter_is_an_error_naming_it(params, message):
    from claims.filters import FilterError, from_query

    with pytest.raises(FilterError, match=message):
        from_query(params)


def test_rating_filter_keeps_claims_by_their_current_rating_or_unreviewed():
    claims = load_claims()
    ratings = {"taipeitimes-2005-trafficked-share": "Misleading", "afp-2010-bride-price": "supported"}
    kept = filter_claims(claims, Filters(ratings=("misleading",)), ratings=ratings)
    assert list(kept["claim_id"]) == ["taipeitimes-2005-trafficked-share"]
    rest = filter_claims(claims, Filters(ratings=("unreviewed",)), ratings=ratings)
    assert len(rest) == len(claims) - 2 and "afp-2010-bride-price" not in set(rest["claim_id"])
