"""The provenance model: one CSL-JSON record per source, names, types, keys, and APA references."""
from __future__ import annotations

import pytest

from claims import load_claims
from claims.sources import (
    Source, base_key, citation_keys, csl_authors, csl_name, date_parts, is_organisation, latest, pages,
    reference, source_of, source_record, source_type, sources_of,
)


@pytest.fixture(scope="module")
def claims():
    return load_claims()  # the bundled table


def record_of(claims, claim_id: str) -> dict:
    """The CSL item cited for one bundled claim, with its whole-table key and its own page."""
    keys = citation_keys(sources_of(r for _, r in claims.iterrows()).values())
    row = claims[claims["claim_id"] == claim_id].iloc[0]
    source = sources_of(r for _, r in claims.iterrows())[source_of(row).identity]
    return source_record(source, keys[source.identity], page=row["page"], accessed=row["accessed"])


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("James Palmer", {"family": "Palmer", "given": "James"}),
    ("W. Courtland Robinson", {"family": "Robinson", "given": "W. Courtland"}),
    ("Mark P. Lagon", {"family": "Lagon", "given": "Mark P."}),
    ("Emma Chanlett-Avery", {"family": "Chanlett-Avery", "given": "Emma"}),
    ("Kim Song A", {"family": "Kim", "given": "Song A"}),          # Korean order: family name first
    ("Yoon Hee-soon", {"family": "Yoon", "given": "Hee-soon"}),
    ("Jane Kim", {"family": "Kim", "given": "Jane"}),              # Western order
    ("Lee Smith", {"family": "Smith", "given": "Lee"}),
    ("Scarlatoiu, Greg", {"family": "Scarlatoiu", "given": "Greg"}),  # "Family, Given" is always read so
    ("Ludwig van Beethoven", {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}),
    ("Martin Luther King Jr.", {"family": "King", "given": "Martin Luther", "suffix": "Jr."}),
    ("Human Rights Watch", {"literal": "Human Rights Watch"}),
    ("AFP", {"literal": "AFP"}),
    ("US Department of State", {"literal": "US Department of State"}),
    ("Reuters", {"literal": "Reuters"}),
    ("Amnesty International", {"literal": "Amnesty International"}),
    ("Korea Future Initiative", {"literal": "Korea Future Initiative"}),
    ("Database Center for North Korean Human Rights (NKDB)",
     {"literal": "Database Center for North Korean Human Rights (NKDB)"}),
])
def test_a_person_is_split_and_an_organisation_is_one_literal_name(text, name):
    assert csl_name(text) == name


def test_several_authors_are_separated_by_semicolons():
    assert csl_authors("Rhoda Margesson;Emma Chanlett-Avery; Andorra Bruno") == [
        {"family": "Margesson", "given": "Rhoda"}, {"family": "Chanlett-Avery", "given": "Emma"},
        {"family": "Bruno", "given": "Andorra"}]
    assert csl_authors("Nicola Smith;AFP") == [{"family": "Smith", "given": "Nicola"}, {"literal": "AFP"}]
    assert csl_authors("") == []


def test_every_author_in_the_bundled_table_is_read_as_expected(claims):
    authors = {a for cell in claims["author"] for a in cell.split(";") if a.strip()}
    organisations = {a for a in authors if is_organisation(a)}
    assert organisations == {"US Department of State", "AFP"}


# --- types, dates, pages --------------------------------------------------------------------------

@pytest.mark.parametrize("publisher,kind", [
    ("Taipei Times", "article-newspaper"), ("Agence France-Presse", "article-newspaper"),
    ("Human Rights Watch", "report"), ("Congressional Research Service", "report"),
    ("stopnkcrimes.org", "webpage"), ("Virginia Journal of International Law", "article-journal"),
    ("Off Our Backs", "article-magazine"),
    # publishers not in the table: the fallback rules
    ("Journal of Refugee Studies", "article-journal"), ("The Washington Post", "article-newspaper"),
    ("Yonhap", "article-newspaper"), ("UN Human Rights Council", "report"),
    ("Ministry of Unification", "report"), ("The Economist Weekly", "article-magazine"),
    ("someone's blog", "webpage"),
])
def test_the_type_comes_from_the_publisher_table_then_the_fallback(publisher, kind):
    assert source_type(publisher) == kind


def test_every_bundled_publisher_is_in_the_table(claims):
    from claims.sources import SOURCE_TYPES
    assert set(claims["publisher"]) <= set(SOURCE_TYPES)


@pytest.mark.parametrize("text,parts", [
    ("2005", [[2005]]), ("2009-03", [[2009, 3]]), ("2005-12-10", [[2005, 12, 10]]),
])
def test_dates_keep_their_precision(text, parts):
    assert date_parts(text) == {"date-parts": parts}
    assert date_parts("") is None and date_parts("12/10/2005") is None


def test_the_latest_accessed_date_and_the_pages_of_a_sources_claims():
    assert latest(["2026-11-02", "", "2026-11", "2026-11-24"]) == "2026-11-24"
    assert latest(["2026-11-30", "2026-12"]) == "2026-12"
    assert latest(["", " "]) == ""
    assert pages(["156", "", "155", "155", "9", "A2"]) == "9, 155, 156, A2"


# --- sources and keys -------------------------------------------------------------------------------

def test_claims_of_one_source_share_one_source(claims):
    found = sources_of(r for _, r in claims.iterrows())
    assert len(found) == 38
    assert len(claims.groupby(["publisher", "source_title", "published", "url"])) == 38
    taipei = [s for s in found.values() if s.publisher == "Taipei Times" and s.published == "2005-12-10"]
    assert len(taipei) == 1


def test_the_example_key_and_other_base_keys():
    assert base_key(Source("Taipei Times", "North Korean sex slaves flooding China: US official",
                           "2005-12-10")) == "taipeitimes2005north"
    assert base_key(Source("Congressional Research Service", "North Korean Refugees in China", "2007-09-26",
                           author="Rhoda Margesson;Emma Chanlett-Avery")) == "margesson2007north"
    assert base_key(Source("Database Center for North Korean Human Rights (NKDB)", "World Human Trafficking",
                           "2019-01-11")) == "nkdb2019world"
    assert base_key(Source("The Guardian", "Wife for sale", "2004-01-09")) == "guardian2004wife"
    assert base_key(Source("US Embassy Seoul", "06/14/10 – North Korea's Report", "2010-06-14")) == \
        "usembassyseoul2010north"
    assert base_key(Source("Ōtsu Shinbun", "Über alles", "2001")) == "otsushinbun2001uber"


def test_keys_are_unique_and_the_same_whatever_the_order(claims):
    found = list(sources_of(r for _, r in claims.iterrows()).values())
    keys = citation_keys(found)
    assert len(set(keys.values())) == len(found)
    assert citation_keys(reversed(found)) == keys
    assert keys[("Taipei Times", "North Korean sex slaves flooding China: US official", "2005-12-10",
                 "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761")] == "taipeitimes2005north"
    # two chapters' pages of one book: the first by (published, url) keeps the base key
    scarlatoiu = sorted(k for k in keys.values() if k.startswith("scarlatoiu2024"))
    assert scarlatoiu == ["scarlatoiu2024addressing", "scarlatoiu2024addressingb"]


# --- the record -------------------------------------------------------------------------------------

def test_a_newspaper_record(claims):
    assert record_of(claims, "taipeitimes-2005-trafficked-share") == {
        "id": "taipeitimes2005north", "type": "article-newspaper",
        "title": "North Korean sex slaves flooding China: US official", "container-title": "Taipei Times",
        "issued": {"date-parts": [[2005, 12, 10]]}, "page": "1",
        "URL": "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761"}


def test_a_report_without_author_is_by_its_publisher(claims):
    item = record_of(claims, "hrw-2002-refugees-in-china")
    assert item["type"] == "report"
    assert item["author"] == [{"literal": "Human Rights Watch"}]
    assert item["publisher"] == "Human Rights Watch"


def test_accessed_is_a_date_and_blank_cells_are_left_out():
    item = source_record(Source("X Times", "T", "2019-05"), "k", accessed="2026-11-24")
    assert item == {"id": "k", "type": "article-newspaper", "title": "T", "container-title": "X Times",
                    "issued": {"date-parts": [[2019, 5]]}, "accessed": {"date-parts": [[2026, 11, 24]]}}


# --- APA references: real rows ------------------------------------------------------------------------

APA_GOLDEN = {
    "taipeitimes-2005-trafficked-share":
        "North Korean sex slaves flooding China: US official. (2005, December 10). Taipei Times, 1. "
        "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761",
    "crs-2007-refugees-in-china":
        "Margesson, R., Chanlett-Avery, E., & Bruno, A. (2007). North Korean Refugees in China and Human Rights "
        "Issues: International Response and U.S. Policy Options (RL34189). Congressional Research Service. "
        "https://www.everycrsreport.com/reports/RL34189.html",
    "hrw-2002-refugees-in-china":
        "Human Rights Watch. (2002). The Invisible Exodus: North Koreans in the People's Republic of China "
        "(Vol. 14 No. 8(C)). https://www.hrw.org/report/2002/11/19/invisible-exodus/north-koreans-peoples-"
        "republic-china",
    "dailynk-2006-trafficked-count":
        "Kim, S. A. (2006, September 10). Korea and China Negotiating Countermeasures for Trafficking Defectors. "
        "Daily NK. http://english.dailynk.com/english/read.php?cataId=nk00100&num=1082",
    "kfi-2019-annual-profit":
        "Yoon, H.-S. (2019). Sex Slaves: The Prostitution, Cybersex & Forced Marriage of North Korean Women & "
        "Girls in China. Korea Future Initiative. https://www.koreafuture.org/report/sex-slaves",
    "capitalfm-2010-refugees-in-china":
        "AFP. (2010, October 5). N.Koreans hiding out in China. Capital FM. "
        "https://www.capitalfm.co.ke/news/2010/10/nkoreans-hiding-out-in-china/",
    "state-2008-refugees-in-china":
        "Lagon, M. P. (2008, March 5). North Korea Fails To Combat Trafficking of its Citizens. US Department of "
        "State. https://blogs.state.gov/stories/2008/03/05/north-korea-fails-combat-trafficking-its-citizens",
    "scarlatoiu-2024-repatriation-sentence":
        "Scarlatoiu, G. (2024). Addressing the North Korean Conundrum (ch. 9 in \"Trilateral Korea Japan U.S. "
        "Cooperation\") (p. 155). KCPAC-OKN (flipbuilder edition). "
        "http://online.flipbuilder.com/KCPAC-OKN/pebo/files/basic-html/page155.html",
}


@pytest.mark.parametrize("claim_id", APA_GOLDEN)
def test_apa_reference_of_real_rows(claims, claim_id):
    assert reference(record_of(claims, claim_id)) == APA_GOLDEN[claim_id]


def test_apa_markdown_and_html_italicise_the_container_or_the_title(claims):
    item = record_of(claims, "taipeitimes-2005-trafficked-share")
    assert reference(item, markup="markdown") == (
        "North Korean sex slaves flooding China: US official. (2005, December 10). *Taipei Times*, 1. "
        "<http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761>")
    assert reference(record_of(claims, "crs-2007-refugees-in-china"), markup="html").startswith(
        "Margesson, R., Chanlett-Avery, E., &amp; Bruno, A. (2007). <i>North Korean Refugees")


def test_markdown_and_html_escape_the_data():
    item = source_record(Source("P_Q", "A *b* [c] <d> & e", "2005", "http://x.org/a_b?x=1&y=2"), "k")
    assert reference(item, markup="markdown") == \
        r"P\_Q. (2005). *A \*b\* \[c\] \<d\> & e*. <http://x.org/a_b?x=1&y=2>"
    assert reference(item, markup="html") == \
        "P_Q. (2005). <i>A *b* [c] &lt;d&gt; &amp; e</i>. http://x.org/a_b?x=1&amp;y=2"


# --- APA references: the style's own examples (APA Style, apastyle.apa.org reference examples) ----------

@pytest.mark.parametrize("source,expected", [
    (Source("The New York Times", "Can we get better at forgetting?", "2019-03-22",
            "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html", "Benedict Carey"),
     "Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. "
     "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html"),
    (Source("HuffPost", "Why some people with anxiety love watching horror movies", "2019-10-31",
            "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e",
            "Caroline Bologna"),
     "Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. "
     "https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e"),
    (Source("World Health Organization", "Questions and answers on immunization and vaccine safety",
            "2018-05-24", "https://www.who.int/features/qa/84/en/"),
     "World Health Organization. (2018, May 24). Questions and answers on immunization and vaccine safety. "
     "https://www.who.int/features/qa/84/en/"),
    (Source("Atlantic Council", "Does money grow on trees? Restoration financing in Southeast Asia", "2019",
            "https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-on-trees-"
            "restoring-financing-in-southeast-asia/", "Priya Baral;Marcus Larsen;Maria Archer"),
     "Baral, P., Larsen, M., & Archer, M. (2019). Does money grow on trees? Restoration financing in Southeast "
     "Asia. Atlantic Council. https://www.atlanticcouncil.org/in-depth-research-reports/report/does-money-grow-"
     "on-trees-restoring-financing-in-southeast-asia/"),
])
def test_apa_reference_matches_the_styles_own_examples(source, expected, monkeypatch):
    from claims import sources
    monkeypatch.setitem(sources.SOURCE_TYPES, "HuffPost", "webpage")
    monkeypatch.setitem(sources.SOURCE_TYPES, "World Health Organization", "webpage")
    assert reference(source_record(source, "k")) == expected


def test_an_unknown_style_or_markup_is_an_error():
    item = source_record(Source("X Times", "T", "2005"), "k")
    with pytest.raises(ValueError, match="unknown style 'chicago'; choose one of apa"):
        reference(item, "chicago")
    with pytest.raises(ValueError, match="unknown markup"):
        reference(item, markup="latex")


def test_references_rendered_in_several_threads_are_right(claims):
    from concurrent.futures import ThreadPoolExecutor

    from claims import sources
    items = [record_of(claims, claim_id) for claim_id in APA_GOLDEN]
    sources._render.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        rendered = list(pool.map(reference, items * 4))
    assert rendered == list(APA_GOLDEN.values()) * 4
