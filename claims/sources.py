"""One provenance model: a claim's source as a CSL-JSON record, from which BibTeX, RIS and references derive.

A source is identified by (publisher, source_title, published, url): the claims that share these four
cells share one source, one citation key and one entry. `source_record` builds its CSL-JSON item;
`bibtex_fields`, `ris_record` and `reference` only translate that item, so every format says the same.
"""
from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

CSL_DIR = Path(__file__).resolve().parent / "csl"

STYLES: dict[str, tuple[str, str]] = {"apa": ("apa.csl", "APA 7th edition")}
"""Reference styles offered: name → (CSL file in claims/csl/, label). Only styles whose output was checked
against the style's own examples are listed (see README, "Exporting citations")."""

# --- source types ---------------------------------------------------------------------------------

SOURCE_TYPES: dict[str, str] = {
    # newspapers, broadcasters, news sites and wire services
    "Agence France-Presse": "article-newspaper", "Associated Press": "article-newspaper",
    "Capital FM": "article-newspaper", "Chosun Ilbo": "article-newspaper",
    "Christian Science Monitor": "article-newspaper", "Daily NK": "article-newspaper",
    "Dong-A Ilbo": "article-newspaper", "inews": "article-newspaper", "KBS World": "article-newspaper",
    "Korea Times": "article-newspaper", "Mothership": "article-newspaper", "NK Insider": "article-newspaper",
    "Taipei Times": "article-newspaper", "The Daily Signal": "article-newspaper",
    "The Guardian": "article-newspaper", "The Independent": "article-newspaper",
    "The Telegraph": "article-newspaper",
    # magazines
    "Newsweek / The Daily Beast": "article-magazine", "Off Our Backs": "article-magazine",
    # journals
    "Virginia Journal of International Law": "article-journal",
    # reports by NGOs, governments and research groups
    "Congressional Research Service": "report", "Human Rights Watch": "report",
    "International IDEA": "report", "KCPAC-OKN (flipbuilder edition)": "report",
    "Korea Future Initiative": "report", "Paris Legal Publishers": "report",
    # web pages: blog posts, announcements, event pages, slides
    "Database Center for North Korean Human Rights (NKDB)": "webpage",
    "Dong-A Ilbo via extrakorea.wordpress.com": "webpage",
    "Johns Hopkins Bloomberg School of Public Health / USIP": "webpage",
    "stopnkcrimes.org": "webpage", "The Heritage Foundation": "webpage",
    "US Department of State": "webpage", "US Embassy Seoul": "webpage",
}
"""CSL type of each known publisher's sources. A publisher not listed gets `FALLBACK_TYPES`' first match."""

FALLBACK_TYPES: tuple[tuple[str, str], ...] = (
    (r"journal|review|quarterly|proceedings|annals", "article-journal"),
    (r"magazine|weekly|monthly", "article-magazine"),
    (r"times|news|daily|post|herald|ilbo|press|tribune|guardian|telegraph|monitor|gazette|chronicle"
     r"|agence|associated|reuters|yonhap|afp|radio|television|broadcast|bbc|cnn|voa|rfa", "article-newspaper"),
    (r"watch|institute|foundation|initiative|research|department|ministry|commission|council|committee"
     r"|center|centre|office|agency|nations|amnesty|government|service|congress|parliament", "report"),
)
"""(regular expression on the publisher's words, CSL type), tried in order; no match → webpage."""

RIS_TYPES = {"article-newspaper": "NEWS", "article-magazine": "MGZN", "article-journal": "JOUR",
             "report": "RPRT", "webpage": "ELEC"}
BIBTEX_TYPES = {"article-newspaper": "article", "article-magazine": "article", "article-journal": "article",
                "report": "techreport", "webpage": "misc"}
PERIODICALS = ("article-newspaper", "article-magazine", "article-journal")
"""Types whose publisher is the periodical (CSL container-title) rather than the publisher."""


def source_type(publisher: str) -> str:
    """The CSL type of a publisher's sources: `SOURCE_TYPES`, else the first `FALLBACK_TYPES` match, else webpage."""
    if publisher in SOURCE_TYPES:
        return SOURCE_TYPES[publisher]
    for pattern, kind in FALLBACK_TYPES:
        if re.search(rf"\b(?:{pattern})\b", publisher, re.I):
            return kind
    return "webpage"


# --- names ------------------------------------------------------------------------------------------

ORGANISATION_WORDS = frozenset("""
    agency alliance amnesty association board broadcasting bureau center centre church coalition college
    commission committee company corporation council database department desk editors embassy federation
    foundation fund government group inc initiative institute international league ltd ministry nations
    network news office organisation organization press program programme project reporters research
    rights service society staff times trust union university watch wire
""".split())
"""A word that makes an author an organisation (written as one literal name, never split)."""

FAMILY_FIRST = frozenset("""
    ahn an bae baek cha chae chang cho choe choi chun chung eom go ha han heo hong huh hwang im jang jeon
    jeong ji jin jo joo ju jung kang kim ko koo kwak kwon lee lim min moon mun na nam noh oh pak paik park
    pyo rhee roh ryu seo shin son song suh sung um won woo yang yi yoo yoon yu yun
    chen gao guo he hu huang li liang lin liu luo ma sun wang wu xu zhang zhao zhou zhu
""".split())
"""Korean and Chinese family names: 'Kim Song A' and 'Yoon Hee-soon' are written family name first."""

PARTICLES = frozenset("van von de da del della der di du la le ten ter bin al".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def is_organisation(name: str) -> bool:
    """Whether an author is an organisation: one word, more than five, or `_organisation_marks`."""
    words = name.replace("/", " ").split()
    return len(words) <= 1 or len(words) > 5 or _organisation_marks(name)


def _organisation_marks(name: str) -> bool:
    """An organisation word, an acronym (AFP, US), 'of'/'for'/'and'/'the', digits, '&' or '@'."""
    if re.search(r"[\d&@]", name):
        return True
    for w in name.replace("/", " ").split():
        bare = w.strip(".,()'\"").lower()
        if bare in ORGANISATION_WORDS or bare in ("of", "for", "and", "the", "on"):
            return True
        letters = re.sub(r"[^A-Za-z]", "", w)
        if len(letters) >= 2 and letters.isupper():  # AFP, US, UNHCR
            return True
    return False


def csl_name(text: str) -> dict[str, str]:
    """One author as a CSL name: {"literal"} for an organisation, else {"family", "given"} (+ particle, suffix).

    "Family, Given" is always read that way. Otherwise the last word is the family name, except for a
    Korean or Chinese name written family name first (`FAMILY_FIRST` followed by short or hyphenated
    given-name syllables: "Kim Song A", "Yoon Hee-soon").
    """
    text = " ".join(text.split())
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        if family and not _organisation_marks(text):
            return {"family": family, "given": given} if given else {"family": family}
    if is_organisation(text):
        return {"literal": text}
    words = text.split()
    suffix = ""
    if words[-1].lower() in SUFFIXES and len(words) > 2:
        suffix = words.pop()
    if (words[0].lower() in FAMILY_FIRST and len(words) >= 2
            and all("-" in w or len(w) <= 4 for w in words[1:])):
        return {"family": words[0], "given": " ".join(words[1:])}
    name = {"family": words[-1], "given": " ".join(words[:-1])}
    particles = []
    while len(words) > 2 and words[-2].lower() in PARTICLES:
        particles.insert(0, words.pop(-2))
    if particles:
        name = {"family": words[-1], "given": " ".join(words[:-1]), "non-dropping-particle": " ".join(particles)}
    if suffix:
        name["suffix"] = suffix
    return name


def csl_authors(cell: str) -> list[dict[str, str]]:
    """The `author` cell (several separated by ;) as CSL names."""
    return [csl_name(part) for part in cell.split(";") if part.strip()]


# --- dates ------------------------------------------------------------------------------------------

def date_parts(text: str) -> dict[str, list[list[int]]] | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as CSL date-parts of the same precision; None when blank or not a date."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        return None
    return {"date-parts": [[int(p) for p in m.groups() if p]]}


def latest(dates: Iterable[str]) -> str:
    """The latest of ISO dates of any precision ("2026-11" < "2026-11-24" < "2026-12"); "" if none."""
    return max((d.strip() for d in dates if d and d.strip()), default="")


def _page_order(page: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", page) if p)


def pages(values: Iterable[str]) -> str:
    """The distinct pages cited, in page order, joined by ', '."""
    distinct = {v.strip() for v in values if v and v.strip()}
    return ", ".join(sorted(distinct, key=_page_order))


# --- sources and keys ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    """A publication that claims come from; claims with equal (publisher, title, published, url) share one.

    Attributes:
        publisher: outlet or organisation (the `publisher` cell), e.g. "Taipei Times".
        title: title of the article, report or page (`source_title`).
        published: publication date, YYYY, YYYY-MM or YYYY-MM-DD.
        url: address of the source, "" when not known.
        author: the `author` cell of its claims ("" when none; people or organisations separated by ;).

    Example:
        >>> Source("Taipei Times", "North Korean sex slaves flooding China: US official", "2005-12-10",
        ...        "http://www.taipeitimes.com/News/front/archives/2005/12/10/2003283761").kind
        'article-newspaper'
    """

    publisher: str
    title: str
    published: str
    url: str = ""
    author: str = ""

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.publisher, self.title, self.published, self.url)

    @property
    def kind(self) -> str:
        """CSL type: see `source_type`."""
        return source_type(self.publisher)


def _cell(row: Mapping[str, object], column: str) -> str:
    value = row.get(column, "")
    return value.strip() if isinstance(value, str) else ""


SOURCE_COLUMNS = ("publisher", "source_title", "published", "url", "author")
"""The claim columns a source is made of (see `source_of`)."""


def source_of(row: Mapping[str, object]) -> Source:
    """The source of one claim row (a dict or a pandas row), from its SOURCE_COLUMNS."""
    return Source(_cell(row, "publisher"), _cell(row, "source_title"), _cell(row, "published"),
                  _cell(row, "url"), _cell(row, "author"))


def sources_of(rows: Iterable[Mapping[str, object]]) -> dict[tuple[str, str, str, str], Source]:
    """identity → Source for the rows' sources. A source whose claims give different authors takes the
    first in alphabetical order of the non-blank ones, so the entry does not depend on which claims are exported."""
    authors: dict[tuple[str, str, str, str], set[str]] = {}
    for row in rows:
        s = source_of(row)
        authors.setdefault(s.identity, set())
        if s.author:
            authors[s.identity].add(s.author)
    return {ident: Source(*ident, author=min(names) if names else "") for ident, names in authors.items()}


STOPWORDS = frozenset("a an the of on in at to for and or by with from is are as its it".split())


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(text))


def base_key(source: Source) -> str:
    """Citation key before disambiguation: first person author's family name, else the publisher (its
    acronym in brackets if it gives one), then the year, then the title's first significant word.

    >>> base_key(Source("Taipei Times", "North Korean sex slaves flooding China: US official", "2005-12-10"))
    'taipeitimes2005north'
    """
    return _who(source.author, source.publisher) + source.published[:4] + _title_word(source.title)


def _who(author: str, publisher: str) -> str:
    """The key's name part: the first person author's family name, else the publisher."""
    person = _person_slug(author)
    return (person if person is not None else _publisher_slug(publisher)) or "source"


@functools.lru_cache(maxsize=1 << 16)
def _person_slug(author: str) -> str | None:
    """None when no author is a person. Cached: a table has far fewer authors than sources."""
    people = [n for n in csl_authors(author) if "family" in n]
    return _slug(people[0].get("non-dropping-particle", "") + people[0]["family"]) if people else None


@functools.lru_cache(maxsize=1 << 12)
def _publisher_slug(publisher: str) -> str:
    """Its acronym in brackets if it gives one, else its name without a leading 'the'."""
    acronym = re.search(r"\(([A-Z][A-Za-z-]*[A-Z])\)", publisher)
    name = acronym.group(1) if acronym else re.split(r"\s+/\s+|\s*\(", publisher)[0]
    return _slug(re.sub(r"^the\s+", "", name, flags=re.I))


def _title_word(title: str) -> str:
    words = [w for w in re.split(r"[^a-z0-9]+", _ascii(title)) if len(w) > 1 and w not in STOPWORDS and not w.isdigit()]
    return words[0] if words else ""


def citation_keys(sources: Iterable[Source]) -> dict[tuple[str, str, str, str], str]:
    """identity → citation key. Sources sharing a base key are ordered by (published, url, title): the first
    keeps it, the next get b, c, … appended. Give every source of the table for keys that never change
    with the selection exported."""
    groups: dict[str, list[Source]] = {}
    for s in sorted(set(sources), key=lambda s: (s.published, s.url, s.title, s.publisher)):
        groups.setdefault(base_key(s), []).append(s)
    keys: dict[tuple[str, str, str, str], str] = {}
    for base, members in groups.items():
        for i, s in enumerate(members):
            keys[s.identity] = base if i == 0 else base + _letters(i)
    return keys


def _letters(i: int) -> str:
    """The i-th letter suffix counting a as 0: 1 → b, 25 → z, 26 → aa."""
    out, n = "", i + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


# --- the CSL-JSON record -----------------------------------------------------------------------------

def source_record(source: Source, key: str, *, page: str = "", accessed: str = "") -> dict:
    """The source's CSL-JSON item. Periodicals name the outlet as container-title, others as publisher.

    A report with no author is by its publisher (APA's group author). `page` and `accessed` are the
    claims' (see `pages` and `latest`).
    """
    kind = source.kind
    item: dict = {"id": key, "type": kind, "title": source.title}
    authors = csl_authors(source.author)
    if not authors and kind == "report" and source.publisher:
        authors = [{"literal": source.publisher}]
    if authors:
        item["author"] = authors
    if source.publisher:
        item["container-title" if kind in PERIODICALS else "publisher"] = source.publisher
    issued = date_parts(source.published)
    if issued:
        item["issued"] = issued
    seen = date_parts(accessed)
    if seen:
        item["accessed"] = seen
    if page:
        item["page"] = page
    if source.url:
        item["URL"] = source.url
    return item


def _name_text(name: Mapping[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle", ""), name["family"]) if p)
    return ", ".join(p for p in (family, name.get("suffix", ""), name.get("given", "")) if p)


def _iso(date: Mapping | None) -> str:
    if not date:
        return ""
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(date["date-parts"][0]))


# --- BibTeX -------------------------------------------------------------------------------------------

_TEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "&": r"\&",
                "%": r"\%", "$": r"\$",
                "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def tex(text: str) -> str:
    """Text escaped for a BibTeX field; non-ASCII characters stay UTF-8 (for biblatex/biber)."""
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def bibtex_fields(item: Mapping) -> tuple[str, list[tuple[str, str]]]:
    """(entry type, [(field, value as written between the braces)]) for a CSL item.

    Organisations are braced as one name ({Human Rights Watch}); the title is braced so that styles keep
    its capitals; year and month for BibTeX, date and urldate for biblatex.
    """
    kind = item["type"]
    fields: list[tuple[str, str]] = []
    names = [("{" + tex(n["literal"]) + "}") if "literal" in n else tex(_name_text(n)) for n in item.get("author", [])]
    if names:
        fields.append(("author", " and ".join(names)))
    fields.append(("title", "{" + tex(item["title"]) + "}"))
    outlet = item.get("container-title") or item.get("publisher", "")
    if outlet:
        field = {"article": "journal", "techreport": "institution", "misc": "howpublished"}[BIBTEX_TYPES[kind]]
        fields.append((field, tex(outlet)))
    parts = item.get("issued", {}).get("date-parts", [[]])[0]
    if parts:
        fields.append(("year", str(parts[0])))
    if len(parts) > 1:
        fields.append(("month", str(parts[1])))
    if parts:
        fields.append(("date", _iso(item["issued"])))
    if item.get("page"):
        fields.append(("pages", tex(item["page"])))
    if item.get("URL"):
        fields.append(("url", item["URL"].replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")))
    if item.get("accessed"):
        fields.append(("urldate", _iso(item["accessed"])))
    return BIBTEX_TYPES[kind], fields


# --- RIS ----------------------------------------------------------------------------------------------

def _ris_date(date: Mapping | None) -> str:
    """RIS date: YYYY/MM/DD, YYYY/MM or YYYY."""
    return _iso(date).replace("-", "/")


def ris_record(item: Mapping) -> dict:
    """A CSL item as a rispy record. An organisation author ends with a comma ("Human Rights Watch,"),
    the RIS convention that keeps EndNote and Zotero from splitting it into first and last names."""
    record: dict = {"type_of_reference": RIS_TYPES[item["type"]], "id": _one_line(item["id"])}
    authors = [n["literal"] + "," if "literal" in n else _name_text(n) for n in item.get("author", [])]
    if authors:
        record["authors"] = authors
    record["title"] = item["title"]
    if item.get("container-title"):
        record["secondary_title"] = item["container-title"]
    if item.get("publisher"):
        record["publisher"] = item["publisher"]
    if item.get("issued"):
        record["year"] = str(item["issued"]["date-parts"][0][0])
        record["date"] = _ris_date(item["issued"])
    if item.get("page"):
        record["start_page"] = item["page"]
    if item.get("URL"):
        record["urls"] = [item["URL"]]
    if item.get("accessed"):
        record["access_date"] = _ris_date(item["accessed"])
    return {k: [_one_line(x) for x in v] if isinstance(v, list) else _one_line(v) for k, v in record.items()}


_LINE_BREAKS = re.compile(r"[\r\n\v\f\x85\u2028\u2029]+")


def _one_line(value: object) -> object:
    """A RIS value on one line: a line break in a title could start a forged "ER  -" or "TY  -" line."""
    return _LINE_BREAKS.sub(" ", value) if isinstance(value, str) else value


# --- formatted references (citeproc-py and the shipped CSL styles) ------------------------------------

_PATCHING = threading.Lock()


def _patch_citeproc() -> None:
    """Make citeproc-py suppress what a <substitute> rendered through a macro, as the CSL spec requires.

    citeproc-py 0.11.1 suppresses a substituted variable only when the substitute names it directly; APA
    substitutes the title for a missing author through a macro, and the title was printed twice
    ("Title. (2005). Title. Taipei Times."). This records the variables each substitute child rendered
    and suppresses them in the rest of the entry.
    """
    from citeproc import model

    with _PATCHING:
        if not getattr(model.Substitute, "_claims_patched", False):
            _patch(model)


def _patch(model) -> None:
    """Replace citeproc-py's Substitute.render and Text._variable (see `_patch_citeproc`)."""
    rendered: list[set[str]] = []  # one set per substitute being rendered (under _RENDERING)
    original_variable = model.Text._variable

    def _variable(self, item, context):
        text = original_variable(self, item, context)
        if text and rendered:
            rendered[-1].add(self.get("variable"))
        return text

    def render(self, item, context=None, **kwargs):
        for child in self.getchildren():
            rendered.append(set())
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except model.VariableError:
                continue
            finally:
                used = rendered.pop()
            if text:
                self.add_to_repressed_list(child, context)
                context.get_layout().repressed.setdefault(_TEXT_TAG, []).extend(sorted(used))
                return text
        return None

    model.Text._variable = _variable
    model.Substitute.render = render
    model.Substitute._claims_patched = True


_TEXT_TAG = "{http://purl.org/net/xbiblio/csl}text"
"""How citeproc-py's layout names <text> elements in its list of suppressed variables."""


@functools.lru_cache(maxsize=None)
def _style(name: str):
    from citeproc import CitationStylesStyle

    if name not in STYLES:
        raise ValueError(f"unknown style {name!r}; choose one of {', '.join(STYLES)}")
    _patch_citeproc()
    return CitationStylesStyle(str(CSL_DIR / STYLES[name][0]), validate=False)


class _Markdown:
    """A citeproc-py formatter writing Markdown: *italic*, **bold**. citeproc-py does not escape item data
    through the formatter (only the style's own terms), so `_escaped` escapes the data beforehand."""

    preformat = staticmethod(str)
    Italic = Oblique = staticmethod(lambda text: f"*{text}*")
    Bold = staticmethod(lambda text: f"**{text}**")
    Light = Underline = SmallCaps = str
    Superscript = staticmethod(lambda text: f"<sup>{text}</sup>")
    Subscript = staticmethod(lambda text: f"<sub>{text}</sub>")


def markdown_escape(text: str) -> str:
    """Text that Markdown shows as written: \\ ` * _ [ ] < > # | are backslash-escaped."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _escaped(value, markup: str, key: str = ""):
    """Item data escaped for the markup: HTML entities, or Markdown escapes with the URL as an <autolink>."""
    if isinstance(value, dict):
        return {k: _escaped(v, markup, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_escaped(v, markup, key) for v in value]
    if not isinstance(value, str) or key in ("id", "type"):
        return value
    if markup == "html":
        import html
        return html.escape(value, quote=False)
    if markup == "markdown":
        if key == "URL":
            return "<" + value.replace(" ", "%20").replace(">", "%3E") + ">"
        return markdown_escape(value)
    return value


def _formatter(markup: str):
    from citeproc import formatter

    return {"text": formatter.plain, "html": formatter.html, "markdown": _Markdown}[markup]


def _for_rendering(item: Mapping) -> dict:
    """The item as the style should see it. Two APA rules citeproc-py cannot apply on its own: the
    publisher is left out when it is the (group) author, and a hyphenated given name is initialled
    per part (Hee-soon → H.-S.; citeproc-py writes "H.-. soon .")."""
    out = json.loads(json.dumps(item))
    authors = out.get("author", [])
    if len(authors) == 1 and "literal" in authors[0]:
        for field in ("publisher", "container-title"):
            if out.get(field, "").casefold() == authors[0]["literal"].casefold() and out["type"] not in PERIODICALS:
                del out[field]
    for name in authors:
        if "given" in name:
            name["given"] = re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), name["given"])
    return out


_RENDERING = threading.Lock()
"""citeproc-py keeps per-entry state on the shared style object, so one reference is rendered at a time
(the dashboard runs sessions in several threads)."""


@functools.lru_cache(maxsize=4096)
def _render(item_json: str, style: str, markup: str) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography
    from citeproc.source.json import CiteProcJSON

    item = _escaped(json.loads(item_json), markup)
    with _RENDERING:
        bibliography = CitationStylesBibliography(_style(style), CiteProcJSON([item]), _formatter(markup))
        bibliography.register(Citation([CitationItem(item["id"])]))
        text = str(bibliography.bibliography()[0])
    return _collapse_punctuation(text.strip())


def _collapse_punctuation(text: str) -> str:
    """Drop a period that follows ? or ! (through closing markup), as the CSL spec's punctuation rules
    require and citeproc-py does not: "Can we get better at forgetting?." → "…forgetting?"."""
    return re.sub(r"([?!])((?:</i>|</b>|\*{1,2})*)\.(?=\s|$)", r"\1\2", text)


def reference(item: Mapping, style: str = "apa", markup: str = "text") -> str:
    """The formatted reference of a CSL item in a shipped style; markup is text, markdown or html.

    Each item is rendered on its own, so its reference never depends on what else is exported.
    """
    if markup not in ("text", "markdown", "html"):
        raise ValueError(f"unknown markup {markup!r}; choose text, markdown or html")
    _style(style)  # an unknown style is an error before any work
    return _render(json.dumps(_for_rendering(item), sort_keys=True, ensure_ascii=False), style, markup)
