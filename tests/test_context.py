"""How each claim stands against the other independent estimates of its metric (issue 14)."""
from __future__ import annotations

import math


from claims import context, load_claims
from claims.store import load_metrics
from conftest import claim

METRICS = "metric,label,description,unit\nshare,Share,,percent\nprice,Price,,USD\ncount,Count,,person\n"


def _table(claims_file, rows):
    frame = load_claims(claims_file(rows, metrics=METRICS))
    assert not frame.attrs["problems"], frame.attrs["problems"]
    units = {"share": "percent", "price": "USD", "count": "person"}
    return frame, context.table(frame, units)


def _status(frame, table) -> dict[str, str]:
    return dict(zip(frame["claim_id"], table["status"]))


def test_each_status_against_the_other_estimates(claims_file):
    rows = [claim(1, metric="share", value="30–50%"), claim(2, metric="share", value="40–60%", publisher="B"),
            claim(3, metric="share", value="45%", publisher="C"), claim(4, metric="share", value="at least 90%"),
            claim(5, metric="share", value="up to 10%", publisher="E")]
    frame, table = _table(claims_file, rows)
    assert _status(frame, table) == {"c1": "within_span", "c2": "within_span", "c3": "within_span",
                                     "c4": "above", "c5": "below"}
    assert table.loc[frame.index[2], "overlaps"] == 2  # 45% meets 30–50% and 40–60%, not 90%+ nor ≤10%


def test_inside_the_overlap_names_the_band_they_all_share(claims_file):
    rows = [claim(1, metric="share", value="30–50%"), claim(2, metric="share", value="40–60%", publisher="B"),
            claim(3, metric="share", value="45%", publisher="C")]
    frame, table = _table(claims_file, rows)
    assert set(table["status"]) == {"inside_overlap"}
    c1 = table.loc[frame.index[0]]
    assert (c1["band_low"], c1["band_high"]) == (45, 45)
    assert "agrees with every other independent estimate (all include 45%)" in context.sentence(frame.iloc[0], c1)


def test_open_bounds_count_honestly(claims_file):
    # "at least 90%" is above 30–50% because 90 > 50; "5+" meets "up to 5" at 5; "up to 40%" meets "at least 40%"
    rows = [claim(1, metric="share", value="at least 90%"), claim(2, metric="share", value="30–50%", publisher="B"),
            claim(3, metric="count", value="at least 5,000 people"),
            claim(4, metric="count", value="up to 5,000 people", publisher="B"),
            claim(5, metric="price", value="up to $40"), claim(6, metric="price", value="at least $40", publisher="B"),
            claim(7, metric="price", value="more than $41", publisher="C")]
    frame, table = _table(claims_file, rows)
    status = _status(frame, table)
    assert status["c1"] == "above" and status["c2"] == "below"
    assert status["c3"] == "inside_overlap" and status["c4"] == "inside_overlap"
    assert status["c5"] == "within_span"  # ≤$40 is below ">$41" but meets "≥$40" at 40: not below every low
    assert table.loc[frame.index[4], "overlaps"] == 1


def test_a_repeat_is_not_an_other_estimate_and_is_compared_without_its_original(claims_file):
    rows = [claim(1, metric="share", value="30–50%"),
            claim(2, metric="share", value="30–50%", publisher="B", derived_from="c1"),
            claim(3, metric="share", value="30–50%", publisher="C", derived_from="c2"),  # a repeat of a repeat
            claim(4, metric="share", value="70–80%", publisher="D")]
    frame, table = _table(claims_file, rows)
    assert _status(frame, table) == {"c1": "below", "c2": "below", "c3": "below", "c4": "above"}
    assert list(table["others"]) == [1, 1, 1, 1]  # c4 sees only c1: c2 and c3 repeat it
    assert list(table["original"]) == ["", "c1", "c1", ""]


def test_no_other_estimate(claims_file):
    rows = [claim(1, metric="share", value="30–50%"), claim(2, metric="price", value="$5"),
            claim(3, metric="price", value="$5", publisher="B", derived_from="c2")]
    frame, table = _table(claims_file, rows)
    assert set(table["status"]) == {"none"}
    assert "has no other independent estimate" in context.sentence(frame.iloc[2], table.iloc[2])


def test_producers_and_years_count_the_others_only(claims_file):
    rows = [claim(1, metric="count", value="100 people", published="2001", attributed_to="UNHCR"),
            claim(2, metric="count", value="200 people", publisher="B", published="2005", attributed_to="UNHCR"),
            claim(3, metric="count", value="900 people", publisher="C", published="2010"),
            claim(4, metric="count", value="5,000 people", publisher="D", published="2020", claimant="Ann Lee")]
    frame, table = _table(claims_file, rows)
    last = table.loc[frame.index[3]]
    assert (last["status"], last["others"], last["producers"]) == ("above", 3, 2)  # UNHCR twice, C
    assert (last["first_year"], last["last_year"]) == (2001, 2010)
    assert context.sentence(frame.iloc[3], last) == (
        "'5,000 people' (Ann Lee, D, 2020) is above every other independent estimate: "
        "100–900 people, 3 estimates from 2 producers, 2001–2010.")
    first = table.loc[frame.index[0]]
    assert (first["producers"], first["first_year"]) == (3, 2005)  # UNHCR still counts through c2


def test_money_is_compared_in_us_dollars_at_each_claims_year(claims_file):
    rows = [claim(1, metric="price", value="1,000 yuan", period="2010"),
            claim(2, metric="price", value="$100", publisher="B", period="2010")]
    frame, table = _table(claims_file, rows)
    assert _status(frame, table) == {"c1": "above", "c2": "below"}  # ¥1,000 was about $148 in 2010
    assert table.loc[frame.index[1], "unit"] == "USD"
    assert 140 < table.loc[frame.index[1], "highest"] < 160


def test_the_context_of_the_bundled_seed_claims():
    """Hand-checked against data/claims.csv."""
    claims = load_claims()
    units = {m: info.unit for m, info in load_metrics().items()}
    table = context.table(claims, units)
    share = context.of_claim(claims, table, "taipeitimes-2005-trafficked-share")
    # the other six: 90%+ (AFP), 70–80% (VJIL), 90%+ (VJIL), 70–90% (Daily Signal), ~60% (KFI), 70–80% (inews)
    assert (share.status, share.others, share.producers, share.first_year, share.last_year) == (
        "below", 6, 6, 2010, 2023)
    assert share.sentence == (
        "'between 30 percent and half' (John Miller (US State Department Office to Monitor and Combat "
        "Trafficking in Persons), Taipei Times, 2005-12-10) is below every other independent estimate: "
        "60% to at least 90%, 6 estimates from 6 producers, 2010–2023.")
    # $300–1,000 against the only other broker price: 300 yuan in 2004, about $36
    price = context.of_claim(claims, table, "taipeitimes-2005-broker-purchase-price")
    assert (price.status, price.others) == ("above", 1)
    # '5+ years' meets every sentence that reaches five years or more
    sentence = context.of_claim(claims, table, "taipeitimes-2005-repatriation-sentence")
    assert sentence.status == "within_span" and sentence.others == 8
    # The Independent repeats HRW's 10,000–300,000: compared without HRW, and not counted for others
    repeat = context.of_claim(claims, table, "independent-2002-refugees-in-china")
    original = context.of_claim(claims, table, "hrw-2002-refugees-in-china")
    assert repeat.others == original.others == 11
    assert "hrw-2002-refugees-in-china" not in set(
        context.competitors(claims, table, "independent-2002-refugees-in-china")["claim_id"])
    # The Telegraph's '200,000+' is above all four other head counts (largest: 100,000)
    telegraph = context.of_claim(claims, table, "telegraph-2023-trafficked-count")
    assert (telegraph.status, telegraph.highest) == ("above", 100000)
    assert context.of_claim(claims, table, "afp-2010-border-bribe").status == "none"


def test_the_table_equals_the_claim_by_claim_reference(claims_file):
    """The O(n) per-metric computation against a plain loop over every pair, on mixed data."""
    values = ["30–50%", "45%", "at least 90%", "up to 10%", "60–70%", "about 50%", "most", "10–20%", "20%"]
    rows = [claim(i, metric="share", value=v, publisher=f"P{i % 4}", published=str(1990 + i),
                  derived_from=f"c{i - 3}" if i % 5 == 0 else "")
            for i, v in enumerate(values * 3, start=1)]
    frame, table = _table(claims_file, rows)
    lo = frame["low"].fillna(-math.inf).to_numpy()
    hi = frame["high"].fillna(math.inf).to_numpy()
    ids = list(frame["claim_id"])
    indep = (frame["derived_from"].fillna("") == "").to_numpy()
    for i in range(len(frame)):
        gone = {i, ids.index(table["original"].iloc[i])} if table["original"].iloc[i] else {i}
        others = [j for j in range(len(frame)) if indep[j] and j not in gone]
        assert table["others"].iloc[i] == len(others)
        met = sum(1 for j in others if lo[j] <= hi[i] and hi[j] >= lo[i])
        assert table["overlaps"].iloc[i] == met
        if lo[i] > max(hi[j] for j in others):
            want = "above"
        elif hi[i] < min(lo[j] for j in others):
            want = "below"
        elif max([lo[i]] + [lo[j] for j in others]) <= min([hi[i]] + [hi[j] for j in others]):
            want = "inside_overlap"
        else:
            want = "within_span"
        assert table["status"].iloc[i] == want, ids[i]
        assert table["producers"].iloc[i] == len({frame["publisher"].iloc[j] for j in others})


# --- where the context shows: the command line and the exports --------------------------------------

def test_check_prints_the_claim_its_sentence_its_review_and_the_competing_estimates(tmp_path, capsys):
    import shutil

    from claims.cli import main
    from claims.paths import DATA_DIR

    for name in ("claims.csv", "metrics.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    (tmp_path / "reviews.csv").write_text(
        "claim_id,rating,explanation,reviewer,reviewed,url\n"
        "taipeitimes-2005-trafficked-share,inconclusive,Old estimate.,Ann,2025-01-02,\n"
        "taipeitimes-2005-trafficked-share,misleading,Counts all crossers.,Ann,2025-03-04,https://example.org/r/1\n",
        encoding="utf-8")
    code = main(["--data", str(tmp_path / "claims.csv"), "check", "taipeitimes-2005-trafficked-share"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Figure: “between 30 percent and half”, read as 30–50% (interval)")
    assert ("'between 30 percent and half' (John Miller (US State Department Office to Monitor and Combat "
            "Trafficking in Persons), Taipei Times, 2005-12-10) is below every other independent estimate: "
            "60% to at least 90%, 6 estimates from 6 producers, 2010–2023.") in out
    assert "Review: misleading (2025-03-04 by Ann): Counts all crossers.\n  https://example.org/r/1" in out
    assert "Compared with 6 independent estimates:" in out
    listed = [line.split(":")[0][2:] for line in out.splitlines() if line.startswith("- ")]
    assert listed == ["afp-2010-trafficked-share", "vjil-2010-trafficked-share", "vjil-2010-trafficked-share-2",
                      "dailysignal-2016-trafficked-share", "taipeitimes-2019-trafficked-share",
                      "inews-2023-trafficked-share"]
    assert "Kim, J. (2010). Trafficked" in out  # each competitor with its citation


def test_check_an_unknown_claim_suggests_the_nearest_ids(capsys):
    from claims.cli import main

    assert main(["check", "taipeitimes-2005-trafficked-shar"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: no claim 'taipeitimes-2005-trafficked-shar'")
    assert "did you mean taipeitimes-2005-trafficked-share" in err and "Traceback" not in err


def test_csv_and_json_exports_carry_the_context():
    import csv as csv_module
    import io
    import json

    from claims import export

    claims = load_claims()
    units = {m: info.unit for m, info in load_metrics().items()}
    table = context.table(claims, units)
    picked = claims[claims["metric"] == "trafficked_share"]
    rows = list(csv_module.DictReader(io.StringIO(
        export.export_bytes(picked, "csv", keys_from=claims, metric_units=units).decode("utf-8-sig"))))
    expected = {cid: context.of_claim(claims, table, cid).sentence for cid in picked["claim_id"]}
    assert {r["claim_id"]: r["context"] for r in rows} == expected
    items = json.loads(export.export_bytes(picked, "json", keys_from=claims, metric_units=units))
    first = items[0]["context"]
    assert (first["status"], first["others"], first["unit"]) == ("below", 6, "percent")
    assert first["sentence"] == expected["taipeitimes-2005-trafficked-share"]
    # against one claim alone there is nothing to compare: a filtered view is compared with the whole table
    alone = json.loads(export.export_bytes(picked.head(1), "json", keys_from=claims, metric_units=units))
    assert alone[0]["context"]["status"] == "below"
