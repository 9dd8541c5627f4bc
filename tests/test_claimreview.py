"""ClaimReview JSON-LD (issue 14, part 3): expanded by a real JSON-LD processor (pyld) and checked
against Google's required and recommended properties for ClaimReview, Claim and Rating."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pyld import jsonld

from claims import claimreview as cr
from claims.claimreview import ClaimReviewError, Organisation
from claims.paths import DATA_DIR
from claims.reviews import load_reviews
from claims.store import load_claims, load_metrics
from conftest import TODAY, csv_text

# --- expanding with pyld, offline --------------------------------------------------------------------
# The documents say "@context": "https://schema.org". Expanding them needs that context, and this machine
# (and CI) has no network, so pyld gets a document loader that serves a minimal copy of schema.org's
# context from tests/schemas/ (see tests/schemas/NOTICE.md) and refuses every other address: a test can
# never reach out, and a document that names another context fails. The copy lists exactly the terms the
# export may use, so a misspelt property, which schema.org's "@vocab" would still expand, is caught by
# `test_every_property_is_a_schema_org_term_of_the_context`.

SCHEMA = "http://schema.org/"
CONTEXT_FILE = Path(__file__).resolve().parent / "schemas" / "schemaorg-context.jsonld"
CONTEXT = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
TERMS = {term for term, value in CONTEXT["@context"].items() if isinstance(value, dict)}


def offline_loader(url: str, options: dict | None = None) -> dict:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "contentType": "application/ld+json", "document": CONTEXT}
    raise AssertionError(f"the test would have fetched {url}")


def expand(document: dict | list) -> list[dict]:
    """The document's top-level nodes, expanded (every term a full schema.org IRI)."""
    return jsonld.expand(document, {"documentLoader": offline_loader})


def types(node: dict) -> set[str]:
    return {t.removeprefix(SCHEMA) for t in node.get("@type", [])}


def values(node: dict, prop: str) -> list:
    return node.get(SCHEMA + prop, [])


def one(node: dict, prop: str):
    found = values(node, prop)
    assert len(found) == 1, f"{prop}: {found}"
    return found[0]


def text(node: dict, prop: str):
    return one(node, prop)["@value"]


def nodes(tree) -> list[dict]:
    """Every node object of an expanded tree (value objects left out)."""
    out = []
    if isinstance(tree, list):
        for item in tree:
            out += nodes(item)
    elif isinstance(tree, dict) and "@value" not in tree:
        out.append(tree)
        for key, value in tree.items():
            if not key.startswith("@"):
                out += nodes(value)
    return out


REQUIRED = {"ClaimReview": {"claimReviewed", "reviewRating", "url"}, "Rating": {"alternateName"}}
RECOMMENDED = {"ClaimReview": {"author", "datePublished", "itemReviewed"},
               "Claim": {"appearance", "author", "datePublished", "firstAppearance"},
               "Rating": {"bestRating", "worstRating", "ratingValue", "name"}}
"""Google's structured-data documentation for fact checks (ClaimReview, Claim, Rating)."""


def check_google(document: dict) -> None:
    """Google's required and recommended properties, on the expanded graph of one ClaimReview."""
    expanded = expand(document)
    assert len(expanded) == 1
    review = expanded[0]
    assert types(review) == {"ClaimReview"}
    # the review, its rating and the claim it reviews (a repeat's isBasedOn only points at its original)
    for node in (review, one(review, "reviewRating"), one(review, "itemReviewed")):
        for kind in types(node):
            missing = (REQUIRED.get(kind, set()) | RECOMMENDED.get(kind, set())) - {
                k.removeprefix(SCHEMA) for k in node}
            assert not missing, f"{kind} lacks {missing}"
    assert re.match(r"https?://", text(review, "url"))
    assert 0 < len(text(review, "claimReviewed")) <= 74
    assert types(one(review, "author")) == {"Organization"} and text(one(review, "author"), "name")
    rating = one(review, "reviewRating")
    assert types(rating) == {"Rating"}
    worst, best, value = (text(rating, p) for p in ("worstRating", "bestRating", "ratingValue"))
    assert worst <= value <= best
    assert text(rating, "alternateName") and text(rating, "name")
    claim = one(review, "itemReviewed")
    assert types(claim) == {"Claim"}
    for author in values(claim, "author"):
        assert types(author) in ({"Person"}, {"Organization"}) and text(author, "name")
    works = values(claim, "appearance")
    assert works and all(types(w) == {"CreativeWork"} and text(w, "headline") for w in works)
    first = one(claim, "firstAppearance")
    assert first in works
    assert text(first, "datePublished") == min(text(w, "datePublished") for w in works)
    for date in [text(review, "datePublished"), text(claim, "datePublished")]:
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date)


# --- a small table with repeats, statuses and reviews over time ---------------------------------------

METRICS = "metric,label,description,unit\ncrossers,North Koreans crossing into China per year,,person/year\n"


def row(claim_id: str, published: str, publisher: str, **fields: str) -> dict[str, str]:
    out = {"claim_id": claim_id, "metric": "crossers", "value": "about 5,000", "unit": "person/year",
           "source_title": f"Report {claim_id}", "publisher": publisher, "published": published,
           "claimant": "Human Rights Watch", "url": f"https://news.example.org/{claim_id}"}
    out.update(fields)
    return out


CLAIMS = [
    row("orig", "2010-05-01", "Human Rights Watch",
        claimant="John Miller (US State Department Office to Monitor and Combat Trafficking in Persons)",
        attributed_to="Human Rights Watch; experts", author="Kim Song A"),
    row("rep1", "2011-02-03", "Taipei Times", derived_from="orig", claimant="Taipei Times (wire copy)"),
    row("rep2", "2010-12-01", "Daily NK", derived_from="rep1", url=""),  # repeats the repeat, published earlier
    row("twice", "2008", "Korea Times", value="between 10,000 and 300,000"),
    row("status", "2009-03", "Korea Times"),
    row("reopened", "2009-04", "Korea Times"),
    row("unreviewed", "2009-05", "Korea Times"),
    row("nourl", "2009-06", "Korea Times"),
]

REVIEWS = [
    {"claim_id": "orig", "rating": "misleading", "explanation": "Counts one province only.",
     "reviewer": "Jane Doe", "reviewed": "2025-11-30", "url": "https://desk.example.org/check/orig"},
    {"claim_id": "rep1", "rating": "false", "reviewed": "2025-10-01", "url": "https://desk.example.org/check/rep1"},
    {"claim_id": "twice", "rating": "supported", "reviewed": "2025-06-01", "url": "https://desk.example.org/check/2"},
    {"claim_id": "twice", "rating": "false", "reviewed": "2025-01-01", "url": "https://desk.example.org/check/1"},
    {"claim_id": "status", "rating": "in progress", "reviewed": "2025-06-01"},
    {"claim_id": "reopened", "rating": "supported", "reviewed": "2025-01-01", "url": "https://desk.example.org/x"},
    {"claim_id": "reopened", "rating": "unverified", "reviewed": "2025-06-01"},
    {"claim_id": "nourl", "rating": "inconclusive", "reviewed": "2025-07-01"},
]

DESK = Organisation("Fact desk", "https://desk.example.org/", "https://claims.desk.example.org/tracker")


TABLE_PATH: list[Path] = []
"""The `table` fixture's claims file (for the tests that go through a file: the CLI, the default reviews)."""


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "claims.csv"
    TABLE_PATH[:] = [path]
    path.write_text(csv_text(CLAIMS), encoding="utf-8")
    (tmp_path / "metrics.csv").write_text(METRICS, encoding="utf-8")
    (tmp_path / "reviews.csv").write_text(csv_text(REVIEWS), encoding="utf-8")
    claims = load_claims(path, today=TODAY)
    assert claims.attrs["problems"] == []
    found = load_reviews(path, set(claims["claim_id"]), today=TODAY)
    assert found.problems == []
    return claims, found


LABELS = {"crossers": "North Koreans crossing into China per year"}


def review_of(table, claim_id, organisation=DESK, **options):
    claims, found = table
    return cr.claim_review(claims, found, claim_id, organisation=organisation, labels=LABELS, **options)


# --- what is published, and from which review --------------------------------------------------------

def test_statuses_and_unreviewed_claims_publish_nothing(table):
    claims, found = table
    for claim_id in ("status", "reopened", "unreviewed", "no-such-claim"):
        assert review_of(table, claim_id) is None, claim_id
    published = cr.claim_reviews(claims, found, organisation=DESK, labels=LABELS)
    assert [d["@id"] for d in published] == [DESK.review_iri(c) for c in ("orig", "rep1", "twice", "nourl")]


def test_a_selection_without_a_verdict_is_a_clear_error(table):
    claims, found = table
    picked = claims[claims["claim_id"].isin(["status", "reopened", "unreviewed"])]
    assert cr.claim_reviews(picked, found, claims, organisation=DESK) == []
    with pytest.raises(ClaimReviewError, match=r"none of the 3 claims has a published verdict: .*rated false, "
                                              r"misleading, inconclusive, supported"):
        cr.claimreview_bytes(picked, found, claims, organisation=DESK)


def test_the_latest_review_is_the_one_published(table):
    doc = review_of(table, "twice")
    assert doc["reviewRating"]["name"] == "supported" and doc["reviewRating"]["ratingValue"] == 4
    assert doc["datePublished"] == "2025-06-01" and doc["url"] == "https://desk.example.org/check/2"
    rating = expand(doc)[0][SCHEMA + "reviewRating"][0]
    assert text(rating, "alternateName") == "Supported"
    assert (text(rating, "bestRating"), text(rating, "worstRating")) == (4, 1)


def test_the_rating_carries_the_scale_and_the_explanation(table):
    rating = review_of(table, "orig")["reviewRating"]
    assert rating == {"@type": "Rating", "name": "misleading", "alternateName": "Misleading", "ratingValue": 2,
                      "bestRating": 4, "worstRating": 1, "description": rating["description"],
                      "ratingExplanation": "Counts one province only."}
    assert rating["description"].startswith("The figure is stated correctly but presented")


# --- Google's properties, on the expanded graph ---------------------------------------------------------

def test_every_published_review_has_googles_required_and_recommended_properties(table):
    claims, found = table
    docs = cr.claim_reviews(claims, found, organisation=DESK, labels=LABELS)
    assert len(docs) == 4
    for doc in docs:
        check_google(doc)


def test_every_property_is_a_schema_org_term_of_the_context(table):
    claims, found = table
    docs = cr.claim_reviews(claims, found, organisation=DESK, labels=LABELS)
    used = set()
    for node in nodes(expand(docs)):
        used |= {k for k in node if not k.startswith("@")}
        used |= set(node.get("@type", []))
    assert all(term.startswith(SCHEMA) for term in used)
    assert {term.removeprefix(SCHEMA) for term in used} <= TERMS


def test_every_bundled_claim_reviewed_gives_googles_properties(tmp_path):
    """Every bundled claim, given a verdict, makes a ClaimReview that passes the checks."""
    path = tmp_path / "claims.csv"
    path.write_bytes((DATA_DIR / "claims.csv").read_bytes())
    (tmp_path / "metrics.csv").write_bytes((DATA_DIR / "metrics.csv").read_bytes())
    claims = load_claims(path)
    (tmp_path / "reviews.csv").write_text(csv_text([
        {"claim_id": c, "rating": "inconclusive", "reviewed": "2025-11-30"} for c in claims["claim_id"]]))
    found = load_reviews(path, set(claims["claim_id"]), today=TODAY)
    labels = {m: info.label for m, info in load_metrics(tmp_path / "metrics.csv").items()}
    docs = cr.claim_reviews(claims, found, organisation=DESK, labels=labels)
    assert len(docs) == len(claims)
    for doc in docs:
        if len(doc["claimReviewed"]) > 74:  # only where the value alone leaves no room (see the next test)
            doc = {**doc, "claimReviewed": doc["claimReviewed"][:74]}
        check_google(doc)


# --- the claim, its authors and where it appeared ------------------------------------------------------

def test_repeats_are_appearances_and_the_first_appearance_is_the_earliest(table):
    claim = review_of(table, "rep1")["itemReviewed"]
    dates = [(w["datePublished"], w["publisher"]["name"]) for w in claim["appearance"]]
    assert dates == [("2010-12-01", "Daily NK"), ("2011-02-03", "Taipei Times")]  # rep2 repeats rep1
    assert claim["firstAppearance"]["publisher"]["name"] == "Daily NK"
    assert "url" not in claim["firstAppearance"]  # rep2 has no url: none is invented
    assert claim["datePublished"] == "2011-02-03"

    original = review_of(table, "orig")["itemReviewed"]  # repeats of repeats count too
    assert [w["publisher"]["name"] for w in original["appearance"]] == ["Human Rights Watch", "Daily NK",
                                                                         "Taipei Times"]
    assert original["firstAppearance"] == original["appearance"][0]
    assert original["appearance"][0] == {
        "@type": "CreativeWork", "headline": "Report orig", "url": "https://news.example.org/orig",
        "publisher": {"@type": "Organization", "name": "Human Rights Watch"}, "datePublished": "2010-05-01",
        "author": {"@type": "Person", "name": "Kim Song A"}}


def test_a_filtered_view_still_finds_the_repeats_in_the_whole_table(table):
    claims, found = table
    view = claims[claims["claim_id"] == "orig"]
    alone = cr.claim_reviews(view, found, organisation=DESK, labels=LABELS)
    whole = cr.claim_reviews(view, found, claims, organisation=DESK, labels=LABELS)
    assert alone[0]["itemReviewed"]["appearance"]["headline"] == "Report orig"  # one appearance: an object
    assert [w["headline"] for w in whole[0]["itemReviewed"]["appearance"]] == ["Report orig", "Report rep2",
                                                                                "Report rep1"]


def test_derived_from_is_based_on_the_original_claim_and_cites_its_source(table):
    claim = review_of(table, "rep1")["itemReviewed"]
    assert claim["isBasedOn"]["@id"] == DESK.claim_iri("orig")
    assert claim["isBasedOn"]["appearance"]["headline"] == "Report orig"
    assert claim["citation"] == claim["isBasedOn"]["appearance"]
    expanded = expand(review_of(table, "rep1"))[0]
    based = one(one(expanded, "itemReviewed"), "isBasedOn")
    assert based["@id"] == DESK.claim_iri("orig") and types(based) == {"Claim"}
    assert "isBasedOn" not in review_of(table, "orig")["itemReviewed"]


def test_the_claim_is_by_its_claimant_and_its_producer(table):
    authors = review_of(table, "orig")["itemReviewed"]["author"]
    assert authors == [
        {"@type": "Person", "name": "John Miller", "affiliation": {
            "@type": "Organization",
            "name": "US State Department Office to Monitor and Combat Trafficking in Persons"}},
        {"@type": "Organization", "name": "Human Rights Watch"}]  # "experts" names nobody
    assert review_of(table, "rep1")["itemReviewed"]["author"] == {
        "@type": "Organization", "name": "Taipei Times", "description": "wire copy"}


@pytest.mark.parametrize("cell, expected", [
    ("John Miller (US State Department Office to Monitor and Combat Trafficking in Persons)",
     [("Person", "John Miller")]),
    ("John Miller, VOA interview of 2006-09-06 (\"It is estimated\")", [("Person", "John Miller")]),
    ("Amb. Mark P. Lagon (US State Department TIP Office)", [("Person", "Mark P. Lagon")]),
    ("Hyun In-taek (ROK Unification Minister), to legislators", [("Person", "Hyun In-taek")]),
    ("Joo Ok-kyung (Light of Freedom); Transitional Justice Working Group",
     [("Person", "Joo Ok-kyung"), ("Organization", "Transitional Justice Working Group")]),
    ("Korea Future Initiative (report; author Yoon Hee-soon)", [("Organization", "Korea Future Initiative")]),
    ("inews / Global Rights Compliance", [("Organization", "inews"), ("Organization", "Global Rights Compliance")]),
    ("Off Our Backs (news brief)", [("Organization", "Off Our Backs")]),  # a known publisher
    ("Washington Post, 1999-02-12", [("Organization", "Washington Post")]),
    ("HRW interviews", [("Organization", "HRW")]),
    ("Chinese government (low end); others (high end)", [("Organization", "Chinese government")]),
    ("Steve (Steven) Kim, rescuer", [("Person", "Steve (Steven) Kim")]),
    ('"it is estimated"', []), ("not stated (context: HRW monitors; campaigners)", []),
    ("charities and church groups working in the region", []), ("an aid worker (2010)", []),
    ("North Korean policy announced late 2004 (per HRW interviews)", []),
])
def test_a_cell_names_people_and_organisations(cell, expected):
    known = {"inews", "Off Our Backs"}
    assert [(n["@type"], n["name"]) for n in cr.agents(cell, known)] == expected


def test_a_person_keeps_title_and_affiliation_apart_from_the_name():
    rev, minister = cr.agents("Rev. Chun Ki-won (Durihana Association)")[0], cr.agents("Hyun In-taek (ROK Unification Minister)")[0]
    assert rev == {"@type": "Person", "name": "Chun Ki-won", "honorificPrefix": "Rev.",
                   "affiliation": {"@type": "Organization", "name": "Durihana Association"}}
    assert minister == {"@type": "Person", "name": "Hyun In-taek", "description": "ROK Unification Minister"}


def test_a_claim_naming_nobody_is_by_its_publisher(table):
    claims, found = table
    nobody = claims.copy()
    nobody.loc[nobody["claim_id"] == "twice", ["claimant", "attributed_to"]] = ["not stated", '"estimated"']
    doc = cr.claim_review(nobody, found, "twice", organisation=DESK, labels=LABELS)
    assert doc["itemReviewed"]["author"] == {"@type": "Organization", "name": "Korea Times"}


# --- claimReviewed --------------------------------------------------------------------------------------

def _digits(text: str) -> list[str]:
    return re.findall(r"\d[\d,.]*\d|\d", text)


def test_claim_reviewed_is_short_and_never_cuts_a_number():
    """Every bundled claim: at most 74 characters (Google: under 75), unless the value alone leaves the
    label fewer than LABEL_ROOM characters; every number of the value is in the sentence, whole."""
    claims = load_claims(DATA_DIR / "claims.csv")
    labels = {m: info.label for m, info in load_metrics(DATA_DIR / "metrics.csv").items()}
    over = []
    for claim in claims.to_dict("records"):
        sentence = cr.claim_sentence(claim, labels[claim["metric"]])
        value = " ".join(claim["value"].split())
        assert _digits(sentence.split(": ", 1)[1]) == _digits(value), sentence
        assert sentence.endswith(value) or sentence.endswith(cr._aside_free(value))
        if len(sentence) > cr.CLAIM_REVIEWED_MAX:
            over.append(claim["claim_id"])
            assert len(cr._aside_free(value)) + len(": ") + cr.LABEL_ROOM > cr.CLAIM_REVIEWED_MAX, sentence
    assert len(over) <= 2, over  # the two whose value is 70+ characters


@pytest.mark.parametrize("label, value, expected", [
    ("North Korean refugees in China", "at least 100,000", "North Korean refugees in China: at least 100,000"),
    ("Number of North Koreans trafficked in China (one report counts those at risk)", "thousands",
     "Number of North Koreans trafficked in China: thousands"),
    ("Share of North Koreans in China who are trafficked (most reports count women)", "between 70 to 90 percent",
     "Share of North Koreans in China … trafficked: between 70 to 90 percent"),
    ("North Korean refugees in China", "as low as 10,000 (the official Chinese estimate) to 300,000 or more",
     "North Korean refugees in China: as low as 10,000 to 300,000 or more"),
    ("", "about 5,000", "Crossers: about 5,000"),
])
def test_claim_reviewed_shortens_the_label_first(label, value, expected):
    assert cr.claim_sentence({"metric": "crossers", "value": value}, label) == expected


# --- ids, urls and the organisation ---------------------------------------------------------------------

def test_the_id_is_stable_per_claim(table, tmp_path):
    claims, found = table
    first = review_of(table, "twice")
    assert first["@id"] == "https://claims.desk.example.org/tracker#claimreview-twice"
    assert first["itemReviewed"]["@id"] == "https://claims.desk.example.org/tracker#claim-twice"
    # another verdict later, another selection: the same ids
    (tmp_path / "reviews.csv").write_text(csv_text(REVIEWS + [
        {"claim_id": "twice", "rating": "false", "reviewed": "2025-12-01", "url": "https://desk.example.org/c/3"}]))
    again = load_reviews(tmp_path / "claims.csv", set(claims["claim_id"]), today=TODAY)
    later = cr.claim_reviews(claims[claims["claim_id"] == "twice"], again, claims, organisation=DESK, labels=LABELS)
    assert later[0]["reviewRating"]["name"] == "false"
    assert (later[0]["@id"], later[0]["itemReviewed"]["@id"]) == (first["@id"], first["itemReviewed"]["@id"])
    plain = review_of(table, "twice", organisation=Organisation())
    assert (plain["@id"], plain["itemReviewed"]["@id"]) == ("urn:claims-tracker:claimreview:twice",
                                                            "urn:claims-tracker:claim:twice")
    ids = [d["@id"] for d in cr.claim_reviews(claims, found, organisation=DESK)]
    assert len(set(ids)) == len(ids)


def test_a_review_without_url_links_to_the_dashboard_or_is_reported(table):
    assert review_of(table, "nourl")["url"] == "https://claims.desk.example.org/tracker?claim=nourl"
    assert review_of(table, "nourl", organisation=Organisation(
        dashboard_url="https://x.example.org/app?view=timeline"))["url"] == "https://x.example.org/app?view=timeline&claim=nourl"
    bare = review_of(table, "nourl", organisation=Organisation())
    assert "url" not in bare
    assert cr.unlinked([bare, review_of(table, "orig", organisation=Organisation())]) == [
        "urn:claims-tracker:claimreview:nourl"]
    assert review_of(table, "orig")["url"] == "https://desk.example.org/check/orig"  # its own url wins


def test_the_author_is_the_configured_organisation(table):
    assert review_of(table, "orig")["author"] == {"@type": "Organization", "name": "Fact desk",
                                                 "url": "https://desk.example.org/"}
    assert review_of(table, "orig", organisation=Organisation())["author"] == {"@type": "Organization",
                                                                              "name": "claims tracker"}


def test_the_bundled_organisation_file_invents_no_address():
    assert cr.load_organisation() == Organisation("claims tracker", "", "")
    assert cr.load_organisation(DATA_DIR / "organisation.toml") == Organisation()


def test_an_organisation_file_is_read_and_checked(tmp_path):
    path = tmp_path / "organisation.toml"
    assert cr.load_organisation(path) == Organisation()  # no file: the defaults
    path.write_text('name = "Fact desk"\nurl = "https://desk.example.org/"\n'
                    'dashboard_url = "https://claims.desk.example.org/"\n', encoding="utf-8")
    assert cr.load_organisation(path) == Organisation("Fact desk", "https://desk.example.org/",
                                                      "https://claims.desk.example.org/")
    for content, message in [('url = "desk.example.org"', r"url: 'desk.example.org' is not an http\(s\) web "
                                                           r"address; write https://desk.example.org"),
                             ('homepage = "https://x.example.org"', "unknown key 'homepage'"),
                             ('name = ""', "name is empty"), ("name = 3", "name must be text"),
                             ('name = "x', "not valid TOML")]:
        path.write_text(content + "\n", encoding="utf-8")
        with pytest.raises(ClaimReviewError, match=f"^{re.escape(str(path))}: .*{message}"):
            cr.load_organisation(path)


# --- bytes ----------------------------------------------------------------------------------------------

def test_bytes_are_one_object_for_one_claim_a_list_for_several_and_deterministic(table):
    claims, found = table
    one_claim = claims[claims["claim_id"] == "orig"]
    data = cr.claimreview_bytes(one_claim, found, claims, organisation=DESK, labels=LABELS)
    assert json.loads(data) == review_of(table, "orig")
    several = cr.claimreview_bytes(claims, found, organisation=DESK, labels=LABELS)
    assert several == cr.claimreview_bytes(claims, found, organisation=DESK, labels=LABELS)
    parsed = json.loads(several)
    assert isinstance(parsed, list) and len(parsed) == 4
    assert [len(expand(d)) for d in parsed] == [1, 1, 1, 1]


def test_bytes_are_safe_inside_an_html_script_element(table):
    claims, found = table
    hostile = claims.copy()
    hostile.loc[hostile["claim_id"] == "orig", "value"] = "</script><script>alert(1)</script> & 5,000"
    data = cr.claimreview_bytes(hostile[hostile["claim_id"] == "orig"], found, hostile, organisation=DESK,
                                labels=LABELS)
    assert b"<" not in data and b">" not in data
    assert json.loads(data)["claimReviewed"].endswith("</script><script>alert(1)</script> & 5,000")


# --- the export format and the command line -----------------------------------------------------------

def test_claimreview_is_an_export_format(table, monkeypatch):
    from claims import export

    claims, found = table
    assert export.FORMATS["claimreview"].mime == "application/ld+json"
    assert export.export_filename("claimreview", "rep1") == "rep1.jsonld"
    picked = claims[claims["claim_id"].isin(["orig", "status"])]
    data = export.export_bytes(picked, "claimreview", keys_from=claims, labels=LABELS, reviews=found)
    assert data == cr.claimreview_bytes(picked, found, claims, organisation=cr.load_organisation(), labels=LABELS)
    # without reviews: those of the current claims file; one claim with the table's KeyBook still finds
    # its repeats, as the dashboard's per-claim download does
    monkeypatch.setenv("CLAIMS_DATA", str(TABLE_PATH[0]))
    one_claim = json.loads(export.export_claim(claims, "rep1", "claimreview", keys_from=export.key_book(claims),
                                               labels=LABELS))
    assert [w["publisher"]["name"] for w in one_claim["itemReviewed"]["appearance"]] == ["Daily NK", "Taipei Times"]
    with pytest.raises(export.ExportError, match="^the claim has no published verdict"):
        export.export_claim(claims, "status", "claimreview", labels=LABELS)


def test_python_m_claims_export_claimreview(table, capsys, tmp_path):
    from claims.cli import main

    path = str(TABLE_PATH[0])
    assert main(["export", "--format", "claimreview", "--data", path]) == 0
    out, err = capsys.readouterr()
    docs = json.loads(out)
    assert [d["@id"] for d in docs] == [f"urn:claims-tracker:claimreview:{c}" for c in ("orig", "rep1", "twice", "nourl")]
    assert docs[0]["claimReviewed"] == "North Koreans crossing into China per year: about 5,000"  # metrics.csv label
    assert err == ("warning: 1 ClaimReview without a url, which Google requires (urn:claims-tracker:claimreview:nourl): "
                   "give the review's url in reviews.csv, or set dashboard_url in data/organisation.toml\n")
    target = tmp_path / "out.jsonld"
    assert main(["export", "--format", "claimreview", "--claim-id", "orig", "--claim-id", "status", "-o",
                 str(target), "--data", path]) == 0
    assert capsys.readouterr().err == f"{target}: 1 claim as claimreview\n"
    assert json.loads(target.read_text(encoding="utf-8"))[0]["@id"] == "urn:claims-tracker:claimreview:orig"
    assert main(["export", "--format", "claimreview", "--claim-id", "status", "--claim-id", "unreviewed",
                 "--data", path]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("error: export: none of the 2 claims has a published verdict: a ClaimReview "
                                        "needs a current review rated false, misleading, inconclusive, supported")
