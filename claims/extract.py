"""Candidate claims in an article's text: each figure with its sentence, reading, speaker and metric.

`candidates(text)` splits the text into sentences, finds every span `claims.ranges` reads as a
figure (and the figure proper within it: "thousands" of "thousands of defectors"), and leaves out
what `claims.notfigure` says names a thing or a date, ages of named people ("Kim, 34,") and
ordinals ("the first half"). For each figure it says who said it and who the figure is from
("X said", "according to X", "X estimates", a quoted speaker, "he" for the last one named), the
metric of data/metrics.csv it fits best, and a check-worthiness score. Pure functions on text: the
sources (HTML, PDF, a URL) are `claims.article`'s.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims import currencies, notfigure, units, vague
from claims.lexicon import (
    ASIDE, AGE_DECADE_TABLE, AGE_TABLE, COUNTED_TABLE, CURRENCY_PREFIX, CURRENCY_SYMBOLS_TEXT, DURATIONS, FILLER_TABLE,
    FRACTIONS, MEASURE_WORDS, MONEY_NOUN_TABLE, NOUN_STOPS, ONES, PARTICIPLES_AFTER_A_COUNT, PLURALS_WITHOUT_S,
    PLUS_MINUS, PREFIX_TABLE, RANGE_OPENERS, SIGN_WORDS, SUFFIX_TABLE, HYPHENED_SCALE, SPACED_THOUSANDS, SUFFIX_SCALES,
    TENS, TERM_NOUNS, TOKEN_RE, Tok, is_estimate, is_margin, main_unit, holds_a_number, is_number_word, letter_sign_at,
    loose_hyphens, match_phrase, unify, unit_at, vague_table, word_at,
)
from claims.ranges import EUROPEAN_THOUSANDS, Range, RangeParseError, RefusedWhole, figure, parse_range

TIME_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "previously"})
MAX_TOKENS = 14
"""The longest figure looked for, in tokens ("between 3,000 yuan (439 U.S. dollars) and 10,000 yuan")."""


@dataclass(frozen=True)
class Candidate:
    """A figure found in a text, as an editor would enter it.

    value: the figure as written (its bound and hedge words, currency, and a noun that directly
        follows it); start/end: where `value` stands in the text (Python string indices);
    sentence: the sentence holding it, as in the text; reading: the parsed Range;
    claimant: who said it; attributed_to: whom the figure is from, when another than the speaker;
    metric: the best-fitting metric id, or ""; score: check-worthiness, 0 to 1 (an attributed
    estimate ranks above a bare figure); page: the page of a PDF, else None.
    """

    value: str
    start: int
    end: int
    sentence: str
    reading: Range
    claimant: str = ""
    attributed_to: str = ""
    metric: str = ""
    score: float = 0.0
    page: int | None = None
    sentence_start: int = field(default=0, compare=False)


# --- sentences -------------------------------------------------------------------------------

ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr prof st no nos jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co "
    "corp vs etc e.g i.e approx est gen gov sen rep lt col capt sgt mt ca c p pp fig vol art sec ch para "
    "jr sr dept univ assn bros messrs mme mlle rev hon fr op cit al".split())
"""Words a full stop follows without ending a sentence ("U.S.", "Dr.", "No. 5", "Jan. 20")."""

_END = re.compile(r"""[.!?]+['"’”)\]]*(?:\[\d{1,3}(?:(?:,\s*|[–-])\d{1,3})*\])*(?=\s)|\n\s*\n|\n""")
"""A sentence's end: its stop, the quotation marks or brackets closing with it and its citation marks ("….[14]"),
before a space; or a line break."""
HEADING = 60
"""A line shorter than this, with no full stop, is a heading or a dateline line: a sentence of its own.
A longer one runs on into the next line (text wrapped at a fixed width)."""


LIST_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)])")
"""A list item's number opening a line: "1.", "2)", "(3)"."""


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of spaces. A full stop after an abbreviation, an
    initial ("John F. Kennedy") or inside a number does not end one; a line break does."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group() == "\n":
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
            if line and line[-1] not in ".!?:\"”’)" and len(line) >= HEADING:
                continue  # a wrapped line: the sentence goes on
        if m.group() == "." and LIST_MARKER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.end()):
            continue  # "1. At least 60 per cent": a list's number, not a sentence
        if m.group()[0] == ".":
            before = re.search(r"([A-Za-z][A-Za-z.]*)$", text[start:m.start()])
            word = before.group(1).lower().rstrip(".") if before else ""
            after = text[m.end():m.end() + 3].lstrip()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (after[:1].islower()):
                continue
            if after[:1].isdigit() and (currencies.by_symbol(word + ".") or currencies.by_symbol(word)):
                continue  # "released Rs. 38 billion": a currency's sign, not a sentence's end
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


# --- figures in a sentence -------------------------------------------------------------------

def _lower(text: str) -> str:
    """Lower case, character for character, so that offsets still point into the text."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _tokens(text: str) -> list[Tok]:
    """The text's tokens, a number with spaced thousands ("10 000") as one, written as the parser
    normalizes it ("10,000"), so that a figure's tokens line up with the sentence's."""
    toks = [Tok(m.group(), m.lastgroup or "other", m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    cut = set()
    if "-" in text:  # "$5-million" is "$5 million", "10- to 15-year" is "10 to 15-year" (`lexicon.loose_hyphens`)
        cut = {m.start() for m in HYPHENED_SCALE.finditer(text)} | loose_hyphens(text)
    if "(" in text or "[" in text:  # "5,000 (± 500)": a margin's brackets go, as the parser reads it
        cut |= {k for m in ASIDE.finditer(text) if is_margin(m.group()) for k in (m.start(), m.end() - 1)}
    if cut:
        toks = [t for t in toks if t.start not in cut]
    spans = [m.span() for m in SPACED_THOUSANDS.finditer(text)] if " " in text else []
    if not spans:
        return toks
    joined: list[Tok] = []
    for t in toks:
        last = joined[-1] if joined else None
        if last is not None and t.kind == last.kind == "num" and any(a <= last.start and t.end <= b for a, b in spans):
            joined[-1] = Tok(f"{last.text},{t.text}", "num", last.start, t.end)
        else:
            joined.append(t)
    return joined


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Words a figure may begin with: numbers, vague terms, bound and hedge words, openers, currencies."""
    words = set(ONES) | set(TENS) | set(FRACTIONS) | RANGE_OPENERS | SIGN_WORDS | {"a", "an", "half", "dozen"}
    for table in (PREFIX_TABLE, FILLER_TABLE, CURRENCY_PREFIX, AGE_TABLE, vague_table()):
        words.update(k[0] for k in table)
    return frozenset(words - {"the", "some", "in", "no", "just", "only"}) | {"some", "the", "no", "just", "only"}


def _may_start(toks: list[Tok], i: int) -> bool:
    """Whether a figure may begin at token i: a number, or a starter word with a number, a vague
    term or 'a' duration within a few tokens (most words are neither, and are passed over at once)."""
    t = toks[i]
    if t.kind == "num":
        return True
    if letter_sign_at(toks, i):
        return True  # "N30,000", "R87 million": the sign is the figure's
    if t.text == "scores" and word_at(toks, i + 1) != "of" and i and toks[i - 1].kind == "word":
        return False  # "maths scores fell", "credit scores": results, where "scores of protesters" is some forty
    if t.text in ("−", "+") and i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].start == t.end:
        return True  # "−64%" in a table of changes: the sign is the figure's
    if t.text == "in":  # "in their 20s", "in excess of £5 million"
        return match_phrase(AGE_DECADE_TABLE, toks, i) is not None or match_phrase(PREFIX_TABLE, toks, i) is not None
    if t.text not in _starters() and t.text.rstrip(".") not in _starters():
        return False
    for k in range(i, min(i + 6, len(toks))):
        u = toks[k]
        w = u.text.rstrip(".")
        if u.kind == "num" or w in ONES or w in TENS or w in FRACTIONS \
                or match_phrase(vague_table(), toks, k) or w in ("half", "dozens") or w in vague.SCALES:
            return True  # a scale: "a million people", "more than a hundred days"
    bound = match_phrase(PREFIX_TABLE, toks, i) if t.text != "some" else None
    if bound and word_at(toks, i + bound[1]) in ("a", "an") and (unit := unit_at(toks, i + bound[1] + 1)):
        return main_unit(unit[0]) in DURATIONS  # "more than a decade", "nearly a year": a bound on one duration
    if t.text in ("a", "an") and (unit := unit_at(toks, i + 1)) and main_unit(unit[0]) in DURATIONS \
            and i + 1 + unit[1] < len(toks):
        after = match_phrase(SUFFIX_TABLE, toks, i + 1 + unit[1])
        return after is not None and after[0] in ("ge", "le")  # "a year or more", "a decade or longer"
    return False


def _core_span(sentence: str, toks: list[Tok], i: int, e: int, core: str) -> int | None:
    """The end (in the sentence) of the figure proper: the tokens of tokens[i:e] that spell `core`,
    an aside the reading passed over skipped ("10,000 yuan ($1,400) per woman" is one figure)."""
    want = [t.text for t in _tokens(_lower(unify(core)))]
    asides = [m.span() for m in ASIDE.finditer(sentence, toks[i].start, toks[e - 1].end) if not is_margin(m.group())]
    kept = [t for t in toks[i:e] if not any(a <= t.start < b for a, b in asides)]  # "yuan ($1,400) per woman"
    have = [t.text for t in kept]
    if not want or len(have) < len(want) or have[:len(want) - 1] != want[:-1] \
            or have[len(want) - 1].rstrip(".") != want[-1].rstrip("."):
        return None
    last = kept[len(want) - 1]
    if last.text.endswith(".") and last.kind == "word":
        return last.end - 1  # "two years." ending a sentence: the full stop is the sentence's
    return last.end


@dataclass
class _Found:
    start: int
    end: int
    reading: Range


def _last_word(toks: list[Tok], i: int, e: int) -> str:
    """The last word of tokens i to e, past the punctuation after it ("farmers affected,")."""
    while e - 1 > i and toks[e - 1].kind == "sym":
        e -= 1
    return toks[e - 1].text.rstrip(".")


def _one_among(toks: list[Tok], i: int) -> bool:
    """'I was one of 60 women in a cell': one among those counted, whose number is the figure (read from the next
    token), not a share of one in 60 ('one of every five' is a share)."""
    return toks[i].text == "one" and word_at(toks, i + 1) == "of" and i + 2 < len(toks) and toks[i + 2].kind == "num" \
        and float(toks[i + 2].text.replace(",", "")) >= 10


def _verb_of_the_next(toks: list[Tok], i: int, e: int) -> bool:
    """Whether tokens i to e end in 'and' or 'or' and a word with a figure right after it: "killed 2,946
    people and injured more than 5,600" joins no more of those counted; 'injured' is the next figure's verb."""
    return i < e - 2 and e < len(toks) and toks[e - 2].text in ("and", "or") \
        and (toks[e].kind == "num" or match_phrase(PREFIX_TABLE, toks, e) is not None)


def figures(sentence: str, places: frozenset[str] = frozenset(), own_line: bool = False,
            whole: str = "") -> list[_Found]:
    """Every figure of one sentence, left to right, none inside another or a not-a-figure span. `places`: the
    currencies of where the whole text is from (its dateline's city), besides the places the sentence names;
    `own_line`: the sentence is a line of its own (a page's number, a heading's line); `whole`: the text the
    sentence is from, whose countries may say which money a name several currencies share is."""
    unified = unify(sentence)
    same = len(unified) == len(sentence)  # then offsets in one point into the other ("km²" is "km2")
    low = _lower(unified if same else sentence)
    toks = _tokens(low)
    blocked = notfigure.find((unified if same else sentence) + "\n" * own_line)
    if (marker := LIST_MARKER.match(sentence)) and sentence[marker.end():marker.end() + 1].isspace():
        blocked.append(notfigure.NotFigure(marker.start(), marker.end(), marker.group(), "is a list item's number"))
    found: list[_Found] = []
    i = 0
    barrier = -1  # the "to" of a change ("rose from 2,000 to 30,000"), which no figure spans
    while i < len(toks):
        change = _change_before(low, toks, i) if i > barrier else None
        if change:
            to = next((k for k in range(i + 1, min(len(toks), i + MAX_TOKENS))
                       if toks[k].text == "to" and not _inside_a_bound(toks, k)), -1)  # not "rose up to 5,000"
            if to > i and ("from" in (toks[i].text, change["how"]) or not _numbers_around(toks, to)
                           or _level_after_change(toks, to)):
                barrier = to
        if not _may_start(toks, i) or any(b.start <= toks[i].start < b.end for b in blocked) or _one_among(toks, i):
            i += 1
            continue
        hit = doubt = None
        last = barrier if i < barrier else len(toks)
        last = next((k for k in range(i + 1, min(last, i + MAX_TOKENS)) if _aside_dash(toks, k)), last)
        for e in range(min(last, i + MAX_TOKENS), i, -1):
            if _last_word(toks, i, e) in PARTICIPLES_AFTER_A_COUNT or _verb_of_the_next(toks, i, e):
                continue  # "the 300 victims identified were freed": the figure is the victims'; a clause may begin
            text = sentence[toks[i].start:_past_its_closing_bracket(sentence, toks[i].start, toks[e - 1].end)]
            try:
                reading, core = _figure_in_its_place(text, sentence, places, whole)
            except RefusedWhole as refused:
                doubt = e  # "some 20-30,000 people", "a 52-48 vote": neither "some 20" nor "52" is the figure;
                doubt = _past_a_shared_name(toks, i, e, refused.word) or doubt  # the conversion after it is read
                continue  # the shortest span still refused whole ends what is skipped ("…, and 500 fled" is read)
            except RangeParseError:
                if doubt is not None:
                    break
                continue
            if doubt is not None:
                break  # a piece of what is refused whole reads, and is no figure
            if "/" in reading.unit and e < len(toks) and toks[e].text.rstrip(".") in TIME_AFTER:
                continue  # "108.4 million a year earlier": a time, not a rate
            if e < len(toks) and toks[e - 1].kind == "num" and e - 1 > i \
                    and (unit_at(toks, e) or word_at(toks, e) in SUFFIX_SCALES or word_at(toks, e) in vague.SCALES):
                continue  # "7.5% to 9,860 won an hour", "1.1% to 37.4 billion tonnes": its last number is the next's
            end = _core_span(sentence, toks, i, e, core)
            if end is not None and _opens_the_next(toks, i, min(_token_after(toks, end), e)):
                continue  # "over five years, at least 3,000 women": 'at least' is the 3,000's
            if end is not None:
                start = toks[i + 1].start if toks[i].text in ("a", "an") and i + 1 < e and (
                    toks[i + 1].kind == "num" or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT
                    or match_phrase(CURRENCY_PREFIX, toks, i + 1)) else toks[i].start
                if (sum_at := _past_a_money_noun(toks, i, e)) > i:
                    start = toks[sum_at].start  # "a fine of 50 million won": the figure is the sum
                hit = _Found(start, _past_its_closing_bracket(sentence, start, end), reading)  # "a 14% rise": the figure is "14%"
            break
        if doubt is not None:
            i = doubt
            continue
        if hit is None:
            i += 1
            continue
        hit = _with_an_unknown_noun(sentence, toks, hit)
        if hit is None or currencies.ambiguous(_word_before(sentence, hit.start)):
            i += 1  # "2,500 dinars", "FCFA 500,000": money in a currency the figure does not name; no candidate
            continue
        hit = _without_a_modifier(sentence, hit)
        hit = _without_a_time_word(sentence, hit)
        rate = RATE_PAST_OF.match(sentence, hit.end)  # "20 litres of water a day": its "a day" is no figure
        if rate and "/" not in hit.reading.unit:
            i = _token_after(toks, rate.end())  # a rate past what is measured that the reading leaves out
            continue
        if not any(b.start < hit.end and hit.start < b.end for b in blocked) and _keep(sentence, low, toks, hit):
            placed = _in_its_place_s_money(sentence, hit, places)
            if placed is not None:
                found.append(_with_its_estimate(sentence, placed, toks[e - 1].end))
        i = _token_after(toks, rate.end() if rate else _past_its_conversion(sentence, hit))
    return _with_shared_units(sentence, found)


SENTENCE_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
DOLLAR_WORDS = frozenset({"$", "dollar", "dollars", "us$", "u.s.$"})
"""Written so, a sum is in US dollars where the sentence names another dollar's country: international news
writes 'C$' or 'Canadian dollars' for those, and '$' for the US dollar."""


SETTING_BEFORE = re.compile(r"\b(?:in|to|into|within|across|throughout|inside)\s+(?:the\s+)?$", re.I)
"""Before a country, words that make it where a sum is paid ('in Egypt', 'remittances to Nepal'); one named
otherwise is no setting ('brokers charge 20 million won to bring a person from North Korea')."""


@lru_cache(maxsize=64)
def _places(sentence: str, anywhere: bool = False) -> frozenset[str]:
    """The currencies of the countries a sentence names as where things happen ('in Nepal', 'to North Korea'),
    or as whose they are ("Egypt's minimum wage"), longest name first; `anywhere`: named in any way ('India
    spent')."""
    matches = list(SENTENCE_WORD.finditer(sentence))
    raw = [m.group().rstrip(".,;:") for m in matches]
    words = [(w.removesuffix("'s").removesuffix("’s"), m.start()) for w, m in zip(raw, matches)]
    codes: set[str] = set()
    i = 0
    while i < len(words):
        found = 1
        if words[i][0][:1].isupper():
            setting = SETTING_BEFORE.search(sentence, max(0, words[i][1] - 20), words[i][1])
            for n in range(min(5, len(words) - i), 0, -1):
                if not setting and not anywhere and raw[i + n - 1] == words[i + n - 1][0]:
                    continue  # neither 'in Egypt' nor "Egypt's"
                named = currencies.of_place(" ".join(w for w, _ in words[i:i + n]))
                if named:
                    codes.update(named)
                    found = n
                    break
        i += found
    return frozenset(codes)


def _in_its_place_s_money(sentence: str, hit: _Found, datelined: frozenset[str] = frozenset()) -> _Found | None:
    """'Remittances to Nepal reached 1 trillion rupees': the sentence names a country whose money the figure's
    word may be (Nepalese rupees), where the convention reads another (Indian rupees, as 'rupees' alone is).
    The figure is in that country's money when the sentence names one such country ("In Egypt, the fee is 300
    pounds" is 300 EGP; the value keeps its words, and `article.reading_if_needed` gives the range column the
    reading). With no such country in the sentence, the dateline's city says it ("ISLAMABAD: The government
    released Rs 38 billion" is PKR), unless the sentence names the convention's own ("ISLAMABAD: … India spent
    Rs 5 crore" is INR). It is no candidate when it may be in several: read either way it would be a guess, as
    parse_range refuses 'Rs 500 (Nepal)'. Any other figure is returned as it is."""
    unit = hit.reading.unit.split("/")[0]
    code = units.currency_of(main_unit(unit)) if unit else None
    if not code:
        return hit
    written = {t.text.rstrip(".") for t in _tokens(_lower(sentence[hit.start:hit.end])) if t.kind in ("sym", "word")}
    if written & DOLLAR_WORDS:
        return hit
    named = {c for c in _places(sentence) - {code} if any(currencies.may_name(w, c) for w in written)}
    elsewhere = {c for c in datelined - {code} if any(currencies.may_name(w, c) for w in written)}
    if not named and (not elsewhere or code in _places(sentence, anywhere=True)):
        return hit
    named = named or elsewhere
    if len(named) != 1 or unit != code or elsewhere - named:
        return None
    moved = replace(hit.reading, unit=hit.reading.unit.replace(code, named.pop(), 1))
    return _Found(hit.start, hit.end, moved)


DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Za-z.'’ ]+?)(?:,[^\n:]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?\s*(?::|--|[—–-])\s")
"""A wire story's opening place: "ISLAMABAD:", "DUBAI, March 3 (Reuters) -", "Karachi —"."""


def _dateline_places(text: str) -> frozenset[str]:
    """The currencies of the city or country a text's dateline names ('ISLAMABAD:' gives PKR): the money its
    'Rs' or 'pounds' may be, for every sentence of it."""
    m = DATELINE_PLACE.match(text)
    return frozenset(currencies.of_place(m.group(1))) if m else frozenset()


def _figure_in_its_place(text: str, sentence: str, places: frozenset[str], whole: str = "") -> tuple[Range, str]:
    """`ranges.figure` of the text; a sum in a name several currencies share ('1,500 riyals a month') is read in
    the one of them whose country the sentence, or else the dateline, or else the whole text names ("In Saudi
    Arabia, maids earn …"), and refused whole as parse_range refuses it when none or several are."""
    try:
        return figure(text)
    except RefusedWhole as refused:
        codes = set(currencies.ambiguous(refused.word or ""))
        here = codes & _places(sentence, anywhere=True) or codes & places or codes & _places(whole, anywhere=True)
        if len(here) != 1:
            raise
        code = here.pop()
        written, own, shared = currencies.named_as(text, code)
        reading, core = figure(written)
        return reading, core.replace(own, shared, 1)


def _past_a_shared_name(toks: list[Tok], i: int, e: int, word: str | None) -> int | None:
    """The token after the currency name several share that refused tokens[i:e] whole ('riyals' of '30
    million riyals ($8 million)'), so that the conversion after it is read; None for any other refusal."""
    if not word or not currencies.ambiguous(word):
        return None
    last = word.split()[-1]
    return next((k + 1 for k in range(i, e) if toks[k].text.rstrip(".") == last), None)


def _past_a_money_noun(toks: list[Tok], i: int, e: int) -> int:
    """Where the sum starts in tokens[i:e] that name what it is first ('a fine of', 'the minimum wage of',
    'a ransom of'): the token after 'of', else i. The reading is the sum's either way."""
    j = i + (toks[i].text in ("a", "an", "the"))
    noun = match_phrase(MONEY_NOUN_TABLE, toks, j) if j < e else None
    return j + noun[1] + 1 if noun and word_at(toks, j + noun[1]) == "of" and j + noun[1] + 1 < e else i


def _past_its_closing_bracket(sentence: str, start: int, end: int) -> int:
    """The end of the span with the bracket right after it that closes one it opened ('1.1C (± 0.1C)', a
    margin's): a bracket left open makes any text no figure, as one cut from a longer text."""
    for opening, closing in ("()", "[]"):
        if sentence.count(opening, start, end) > sentence.count(closing, start, end) \
                and sentence[end:end + 1] == closing:
            end += 1
    return end


def _past_its_conversion(sentence: str, hit: _Found) -> int:
    """Where the search goes on after a figure in money: past the bracketed sum in another currency right
    after it ('5,000 yuan (US$730)'), a conversion, the same money and no figure of its own; else at its
    end. Any other aside with a figure ('20% (5,000 people)', '$500 ($400 after tax)') is searched."""
    aside = ASIDE.match(sentence, hit.end + (sentence[hit.end:hit.end + 1] == " "))
    code = units.currency_of(hit.reading.unit.split("/")[0] or "1")
    if not aside or not code:
        return hit.end
    try:
        inner = parse_range(aside.group()[1:-1])
    except RangeParseError:
        return hit.end
    return aside.end() if units.currency_of(inner.unit.split("/")[0] or "1") not in (None, code) else hit.end


def _with_its_estimate(sentence: str, hit: _Found, read_to: int) -> _Found:
    """The figure with the aside after it that makes it approximate, when its reading took that aside
    ('38,928,346 (July 2020 est.)'): the value an editor keeps must read as the candidate does."""
    estimate = ASIDE.match(sentence, hit.end + (sentence[hit.end:hit.end + 1] == " "))
    if estimate and estimate.end() <= read_to and is_estimate(estimate.group()):
        return _Found(hit.start, estimate.end(), hit.reading)
    return hit


LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+|[-‐‑]\s+(?:and|or|to)\s+")
"""Between the figures of a list that names its unit once, at its end: "four and six years",
"5,000, 6,000 and 8,000 yuan", "10- and 15-year terms"."""
LEADING_NUMBER = re.compile(r"\d[\d,.]*|(?:[a-z]+[-‐‑])*[a-z]+(?=[-‐‑\s])", re.I)


def _with_shared_units(sentence: str, found: list[_Found]) -> list[_Found]:
    """A bare number in a list whose last figure names the unit, read in that unit: 'four' of "sentences
    of four and six years" is four years, not a plain 4. Its span stays as written."""
    out = list(found)
    unit_words = [""] * len(out)  # the words after each figure's number that name its unit, when it has one
    for k in range(len(out) - 1, -1, -1):
        hit = out[k]
        if hit.reading.unit and not unit_words[k] and (number := LEADING_NUMBER.match(sentence, hit.start)):
            unit_words[k] = sentence[number.end():hit.end]
        if k == len(out) - 1:
            continue
        nxt, r = out[k + 1], hit.reading
        if r.unit or r.counted or r.kind != "point" or not unit_words[k + 1] \
                or not LIST_JOIN.fullmatch(sentence[hit.end:nxt.start]):
            continue
        try:
            shared = figure(sentence[hit.start:hit.end] + unit_words[k + 1])[0]
        except RangeParseError:
            continue
        if shared.unit == nxt.reading.unit and shared.low == shared.high == r.low and shared.kind == "point" \
                and not (shared.unit == "percent" and r.low > 100):
            out[k], unit_words[k] = _Found(hit.start, hit.end, shared), unit_words[k + 1]
    return out


def _token_at(toks: list[Tok], at: int) -> int:
    """The index of the token holding the character at offset `at` (the first ending after it)."""
    return next(k for k, t in enumerate(toks) if t.end > at)


def _token_after(toks: list[Tok], at: int) -> int:
    """The index of the first token starting at or after offset `at`, or len(toks)."""
    return next((k for k, t in enumerate(toks) if t.start >= at), len(toks))


def _opens_the_next(toks: list[Tok], i: int, e: int) -> bool:
    """Whether tokens[i:e] end in words that belong to what follows them: a bound word with a number
    right after it opens that number's figure ('five years, at least 3,000 women'), and a hedge after
    a comma that the clause goes on past qualifies its next words ('8-10%, roughly double')."""
    if e >= len(toks):
        return False
    if toks[e].kind == "num" or (toks[e].text in CURRENCY_SYMBOLS_TEXT and word_at(toks, e + 1).isdigit()):
        return any((m := match_phrase(PREFIX_TABLE, toks, k)) and k + m[1] == e for k in range(i + 1, e))
    return toks[e].kind == "word" and any(
        toks[k - 1].text == "," and (m := match_phrase(SUFFIX_TABLE, toks, k)) and k + m[1] == e
        for k in range(i + 1, e))  # "he got 15, plus a fine": not 15+


PLACEHOLDER = "incidents"
"""A plain counted noun standing in for one the noun table lacks, so that what follows it is read too."""
NOT_NOUNS = frozenset("is was has does says goes makes takes gives sees seems less unless thus this its his "
                      "hers ours yours theirs as plus minus across perhaps towards afterwards always".split())


def _with_an_unknown_noun(sentence: str, toks: list[Tok], hit: _Found) -> _Found | None:
    """A count followed by a plural noun the noun table lacks ("7,000 encounters a day"): the noun is
    what is counted, and what follows it (a rate, a bound word) is read as after any counted noun.
    None when the word is a currency name several currencies share ("2,500 dinars") or a word of
    measure ("300 metres"): money the reading cannot name, or a measure, is no count, and without
    the word it would be a bare number."""
    k = _token_after(toks, hit.end)
    if k >= len(toks) or hit.reading.unit or hit.reading.kind == "vague" or toks[k].start != hit.end + 1:
        return hit
    word = toks[k].text.rstrip(".")
    if currencies.ambiguous(word) or word in MEASURE_WORDS:
        return None
    if toks[k].kind != "word" or not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith("ss") or word in NOT_NOUNS \
            or match_phrase(COUNTED_TABLE, toks, k) or word in _starters():
        return hit
    start_tok = _token_at(toks, hit.start)
    for e in range(min(len(toks), k + 6), k, -1):
        if _last_word(toks, k, e) in PARTICIPLES_AFTER_A_COUNT:
            continue  # "300 players tested positive": the players, as in figures()
        text = sentence[toks[start_tok].start:toks[k].start] + PLACEHOLDER + sentence[toks[k].end:toks[e - 1].end]
        try:
            reading, core = figure(text)  # as written but for the noun: "1.2m" stays glued
        except RangeParseError:
            continue
        if reading.unit.split("/")[0] not in ("", "1") or reading.low != hit.reading.low:
            return hit
        used = len(_tokens(_lower(unify(core))))
        last = toks[start_tok + used - 1]
        end = last.end - 1 if last.text.endswith(".") and last.kind == "word" else last.end
        if end <= toks[k].start:
            return hit
        return _Found(hit.start, end, replace(reading, text=sentence[hit.start:end], counted=word))
    return hit


@lru_cache(maxsize=1)
def _singular_nouns() -> frozenset[str]:
    """Counted nouns in the singular ("business" of "400 business events" modifies the next word)."""
    nouns = {k[0] for k in COUNTED_TABLE if len(k) == 1}
    return frozenset(w for w in nouns if {w + "s", w + "es"} & nouns or (w.endswith("y") and w[:-1] + "ies" in nouns)
                     or w in ("person", "woman", "man", "child"))


def _without_a_modifier(sentence: str, hit: _Found) -> _Found:
    """'over 400 business' (of '400 business events') as 'over 400': a singular noun after a count
    other than one is a modifier of the next word, not what is counted."""
    words = sentence[hit.start:hit.end].split()
    if len(words) > 1 and words[-1].lower() in _singular_nouns() and hit.reading.low not in (1.0, None):
        text = sentence[hit.start:hit.end].rsplit(None, 1)[0]
        try:
            return _Found(hit.start, hit.start + len(text), figure(text)[0])
        except RangeParseError:
            return hit
    return hit


TIME_DETERMINERS = frozenset("last next this that previous following coming past same another".split())
"""Before a span of time, words that make it a time ("last year"), not a figure's unit."""


def _unit_past_a_word(toks: list[Tok], k: int) -> bool:
    """Whether token k is a plain word and a span of time, a currency or a percent follows it."""
    if k + 1 >= len(toks) or toks[k].kind != "word" or word_at(toks, k) in NOUN_STOPS \
            or word_at(toks, k) in TIME_DETERMINERS or toks[k].end != toks[k + 1].start - 1:
        return False  # "30,000 last year": a time after the figure, not its unit
    unit = unit_at(toks, k + 1)
    return unit is not None and (main_unit(unit[0]) in DURATIONS or unit[0] == "percent"
                                 or units.currency_of(main_unit(unit[0])) is not None)


def _word_before(sentence: str, at: int) -> str:
    before = re.search(r"(\S+)\s+$", sentence[:at])
    return before.group(1).lower() if before else ""


def _plural_noun(word: str) -> bool:
    return re.fullmatch(r"[a-z]+s", word) is not None and word not in NOT_NOUNS or word in PLURALS_WITHOUT_S


def _without_a_time_word(sentence: str, hit: _Found) -> _Found:
    """'45 survivors over 18 months' as '18 months': after a figure, a plural noun or a verb of change
    ('prices rose over three years'), or opening a clause ('Over five years, …'), 'over', 'under' or
    'within' before a duration says when, not 'more than' (that reading would be a guess)."""
    first, _, rest = sentence[hit.start:hit.end].partition(" ")
    word = _word_before(sentence, hit.start)
    after_a_count = re.search(r"\d", word) is not None or word in CHANGE_VERBS or _plural_noun(word)
    # "£2.5bn over five years"
    opening = re.fullmatch(r"(?:.*[,;:])?\s*", sentence[:hit.start], re.S) is not None \
        and sentence[hit.end:hit.end + 1] == ","  # "Over five years, 3,000 women …": when, as a clause opening
    if first.lower() not in ("over", "under", "within") or not rest or \
            main_unit(hit.reading.unit) not in DURATIONS or not (after_a_count or opening) \
            or re.match(r"the\s+age\b", rest, re.I):
        return hit  # "it was over 18 months": more than 18 months; "men over the age of 30": older than 30
    try:
        return _Found(hit.end - len(rest), hit.end, figure(rest)[0])
    except RangeParseError:
        return hit


CHANGE_VERBS = frozenset("rose risen fell fallen grew grown increased decreased declined dropped doubled tripled "
                         "halved climbed jumped surged soared plunged slumped shrank shrunk expanded".split())
"""Verbs of change: over a duration after one is when the change happened ("rose over three years")."""


def _aside_dash(toks: list[Tok], k: int) -> bool:
    """Whether token k is a dash set off by spaces, as prose sets off an aside ('2,500 yuan a month —
    3,000 for …'): no figure reads across it, though '2,500–3,000' is a range."""
    return toks[k].text in ("—", "--") and (toks[k].start > toks[k - 1].end or
                                            k + 1 < len(toks) and toks[k + 1].start > toks[k].end)


def _numbers_around(toks: list[Tok], to: int) -> bool:
    """Whether 'to' joins two numbers ("5 to 10%", "two to three weeks", "a third to a half"), which
    after a verb of change may be a range of change; else it is the change and the level reached."""
    before = word_at(toks, to - 1)
    after = word_at(toks, to + 1 + (word_at(toks, to + 1) in ("a", "an")))
    return toks[to - 1].kind == "num" or is_number_word(before) or before in FRACTIONS and after in FRACTIONS


def _inside_a_bound(toks: list[Tok], k: int) -> bool:
    """Whether token k is part of a bound or filler phrase ('up to', 'close to', 'equal to')."""
    return any((m := match_phrase(table, toks, j)) and j + m[1] > k
               for table in (PREFIX_TABLE, FILLER_TABLE) for j in range(max(0, k - 3), k + 1))


def _level_after_change(toks: list[Tok], to: int) -> bool:
    """After a verb of change, whether 'A to B' is the change and the level reached ("rose by 3,000 to
    15,000"): B at least three times A. 'by 5 to 10%', numbers alike, is a range of change."""
    def plain(k: int) -> float | None:
        return float(toks[k].text.replace(",", "")) if k < len(toks) and toks[k].kind == "num" else None
    a, b = plain(to - 1), plain(to + 1)
    if a is None or b is None:
        return False
    if a >= b:  # "by 50,000 to 1.5 million": a low end written in full keeps no share of the scale
        b *= vague.SCALES.get(word_at(toks, to + 2)) or SUFFIX_SCALES.get(word_at(toks, to + 2)) or 1
    return 0 < 3 * a <= b


CHANGING = frozenset("rising falling growing increasing decreasing declining dropping climbing jumping surging soaring "
                     "plunging slumping shrinking expanding going moving shifting changing".split())
CHANGE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(CHANGE_VERBS | CHANGING | {"went", "gone", "changed", "moved",
                                                                                "shifted"}))
                           + r")(?:\s+\w+ly)?(?:\s+(?P<how>by|from))?\s+$")
"""A verb of change before a figure ("rose from", "has risen sharply from", "fell by", "jumped"): "from
2,000 to 30,000" after it is two figures at two times, and so is "1.1% to 37.4 billion tonnes" (the
change, then the level reached; `_level_after_change` tells "by 3,000 to 15,000" from "by 5 to 10%")."""
CHANGE_OF_AN_OBJECT = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|chang(?:e|es|ed|ing))\s+(?:(?!from\b)[\w'’-]+\s+){1,8}"
    r"(?P<how>from\s+)?$")
"""A verb of change, what it changes and 'from' ("raise the maximum penalty from 10 to 20 years", "cut the fee
from $500 to $300"): two figures at two times, as after "rose from"."""


CHANGE_WINDOW = 160
"""How far before a figure a verb of change is looked for: the verb, eight words and 'from' fit, and a search
of the sentence up to each of its tokens would take time growing with the square of its length."""


def _change_before(low: str, toks: list[Tok], i: int) -> re.Match | None:
    """A verb of change right before token i (CHANGE_BEFORE), or one with what it changes when token i is 'from'
    or follows it (CHANGE_OF_AN_OBJECT): looked for in the CHANGE_WINDOW characters before the token only."""
    end = toks[i].start
    start = max(0, end - CHANGE_WINDOW)
    m = CHANGE_BEFORE.search(low, start, end)
    if m:
        return m
    m = CHANGE_OF_AN_OBJECT.search(low, start, end)
    return m if m and (m["how"] or toks[i].text == "from") else None


AGE_OF_A_NAME = re.compile(rf"(?:[A-Z][\w'’-]+|\b(?!(?:{'|'.join(sorted(PLURALS_WITHOUT_S))})\b)[a-z]+(?<!s)),\s*"
                           r"(?:(?:aged|now|then)\s+)?$")
"""Before a number: "Kim, 34," or "Park, aged 52," or "Her son, Jun-ho, now 8," or "the gang's leader, 52," — an
age of someone named or described, not a claim ("of the women, 52," is a count: a plural)."""
PERSONAL_AGE = re.compile(r"\bas\s+(?:young|old)\s+as\s+$|(?:^|[.;:\"“]\s*)now\s+$")
"""Before an age: "as young as", "as old as", and "Now" opening a sentence ("Now 34, she works nights")."""
AGES_LISTED = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|,?\s+and|,?\s+or)\s+$")
"""Before a number: the ages after 'aged' it is one of ("three men, aged 29, 34 and 46,")."""
AGE_WHEN = re.compile(r"(?:,|\b[a-z][\w'’-]*-[a-z]+|\b(?:he|she|i))\s+(?:was|turned)\s+$")
"""Before a bare number followed by 'when', after a clause set off by commas that describes someone: an age
("Ji-yeon, who asked …, was 19 when a broker …"); "The toll was 19 when police arrived" is a count."""
THAN_BEFORE = re.compile(r"\b[a-z]+\s+than\s+$")
"""Before a figure, a comparison its reading did not take in ('longer than', 'rather than'): the figure is a bound."""
WINDOW_BEFORE = re.compile(r"\bthe\s+(?:past|last|next|coming|previous|preceding|following|first|final)\s+$")
"""Before a duration: the span of time a figure is counted in ("in the past five years"), not a length."""
AGE_OF_EACH = re.compile(r",\s*(?:both|each|all|then)\s+(?:aged\s+)?$", re.I)
"""Before an age: "Two women, both aged 19," or "three men, each 25," — the age of each of a few, not a claim."""
GLUED_M = re.compile(r"\dm$")
"""A figure ending in a glued 'm', which the reading takes for million ("4.5m refugees")."""
MEASURE_AFTER = re.compile(r"\s+(?:high|tall|wide|long|deep|thick|away|apart|across|square|underground|"
                           r"in\s+(?:diameter|length|height|width|depth)|above|below)\b", re.I)
"""Words after a length that say what it measures ("4m high", "1.8m tall"): such an 'm' is metres."""
BARE_WORDS = frozenset({"one", "a", "an", "two", "both", "once"})


CORRECTED = re.compile(r"\b(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b|\bincorrectly\s+"
                       r"(?:stated|reported|said|gave|put)\b|\bmisstated\b|\berroneously\b", re.I)
"""In a correction, the words that say what follows in the clause was wrong ("An earlier version of this story said
300 households"): the figure corrected, not a claim."""
AGE_BOUND_BEFORE = re.compile(r"\b(?:(?P<who>children|people|persons|women|men|girls|boys|adults|victims|workers|"
                              r"those)|was|were|is|are)\s+$")
"""Before "under 18", "over 65": who is counted, or what someone's age was ("children under five", "were under 18":
then only at a clause's end)."""
YEAR_AFTER_CAPITALS = re.compile(r"[A-Z]{2}\s?(?:19|20)\d\d")
"""A year after two capitals: 'BD', 'RO', 'KD', 'QR' are currencies' signs, and acronyms too."""


def _keep(sentence: str, low: str, toks: list[Tok], hit: _Found) -> bool:
    """False for an age of a named person, an ordinal's fraction ("the first half"), a date's second
    day ("May 5 and 10"), and a lone "one" or "a" (a word, not a figure)."""
    value = low[hit.start:hit.end]
    before = sentence[max(0, hit.start - 40):hit.start]
    after = sentence[hit.end:hit.end + 12]
    first, following = _token_at(toks, hit.start), _token_after(toks, hit.end)
    r = hit.reading
    if re.search(r"\b(?:i|he|she|i'm|he's|she's|you|we|they|who|(?:my|his|her|their|our)\s+(?:son|daughter|child|"
                 r"baby|brother|sister|mother|father|husband|wife|boy|girl))\s+(?:was|is|am|were|are|turned)\s+$",
                 low[:hit.start]) \
            and not r.unit and r.kind == "point":
        return False  # "I was 23 at the time", "My son is 11": an age
    if PERSONAL_AGE.search(low[max(0, hit.start - 30):hit.start]) and (not r.unit or r.unit == "year") \
            and (r.low is None or r.low < 130):
        return False  # "girls as young as nine", "Now 34, she works nights": one's age
    if re.match(r"in\s+(?:his|her|my)\s|(?:at|from)\s+the\s+age\s+of\s", value):
        return False  # "in his 50s", "at the age of 22": one person's age
    if AGES_LISTED.search(low[max(0, hit.start - 40):hit.start]) and not r.unit and r.kind == "point" \
            and re.match(r"\s*(?:[,.;)]|years?\b|and\b|or\b|$)", after):
        return False  # "aged 29, 34 and 46": the 34 and the 46 are ages too
    if AGE_WHEN.search(low[max(0, hit.start - 12):hit.start]) and re.match(r"\s+when\b", after) and not r.unit \
            and r.kind == "point" and r.low is not None and 0 < r.low < 130:
        return False  # "…, was 19 when a broker promised her a job": an age
    if (AGE_OF_A_NAME.search(before) or AGE_OF_EACH.search(before)) \
            and re.match(r"\s*(?:[,.;)]|years?\b|and\b)", after) and r.kind == "point" \
            and (not r.unit or r.unit == "year") and r.low is not None and 0 < r.low < 130 and "decade" not in value:
        return False  # "Kim, 34,": an age is written exact, and never in decades ("Last year, about 60." is a count)
    if re.search(r"[\da-z][-‐‑][a-z]+$", value) and re.split(r"[-‐‑]", value)[-1] in _singular_nouns() \
            and re.match(r"\s+[a-z]", after):
        return False  # "a 27-member panel", "the seven-member board": what something is made of, not a claim
    if units.currency_of(main_unit(r.unit)) and YEAR_AFTER_CAPITALS.fullmatch(sentence, hit.start, hit.end):
        return False  # "the BD 2023 report": capitals that are a currency's, and an acronym's, before a year
    clause = re.split(r"[;:]", low[:hit.start])[-1]
    if CORRECTED.search(clause):
        return False  # "An earlier version of this story said 300 households": the figure corrected
    bound = r.high if r.kind == "at_most" else r.low
    aged = AGE_BOUND_BEFORE.search(low[max(0, hit.start - 12):hit.start])
    if aged and re.match(r"(?:under|over|above|below)\s", value) and not r.unit and bound is not None \
            and 0 < bound < 130 and (aged["who"] or re.match(r"\s*(?:[,.;)'\"’”]|years?\b|when\b|$)", after)):
        return False  # "children under five", "40 of the victims were under 18": an age bound, not a claim
    if THAN_BEFORE.search(low[max(0, hit.start - 30):hit.start]):
        return False  # "waited longer than six months": a bound the reading left out, not six months
    if main_unit(r.unit) in DURATIONS and WINDOW_BEFORE.search(low[:hit.start]):
        return False  # "in the past five years", "over the next decade": when, not how long
    if re.match(r"['’]s\b", after):
        return False  # "roughly a year's income", "a month's wages": what the span measures, not the span
    if main_unit(r.unit) in DURATIONS and re.match(r"\s+(?:ago|earlier|later|previously)\b", after):
        return False  # "three years ago", "34 a year earlier": when, not how long ("five years before release" is)
    if "/" in r.unit and RATE_AFTER.match(after):
        return False  # "£30,000 per patient per year": a second rate the reading leaves out
    if re.match(r"[-‐‑][a-z]", after, re.I) and not re.match(r"[-‐‑]years?[-‐‑]old\b", after):
        return False  # "a 54-page report": the figure goes on past its reading
    if re.match(r"[^\W_]", after):
        return False  # "45C", "10⁶", "100x": a letter or digit glued on that the reading leaves out
    if re.match(r"\s*(?:per|/)\s*[\da-z]", after) or re.search(r"\bper\s+$", low[:hit.start]):
        return False  # "2.5 doctors per 1,000 people", "£150 per household": a rate the reading leaves out
    if units.dimension_key(main_unit(r.unit)) in SIZES and re.search(r"\b(?:a|an)\s+$", low[:hit.start]) \
            and CONTAINER_AFTER.match(sentence, hit.end):
        return False  # "a 50kg bag of fertiliser", "a 20-litre jerrycan": the size of a container, not a claim
    if LENGTH_AS_A_WORD.search(value) and re.match(r"\s+[a-z]", after, re.I) and not TERM_AFTER.match(after):
        return False  # "the 10-year plan", "its biggest one-day gain", "the five-year LPR": a length describing a
        # noun, not a claim
    lead = value.split()[0] if value.split()[0] in SIGN_WORDS else ""  # the "minus" of "plus or minus 3"
    if MARGIN_BEFORE.search((low[:hit.start] + lead).rstrip()):
        return False  # "a margin of error of plus or minus 3 points": a margin alone, not a figure
    if re.search(r"[^\W\d_][-‐‑]$", sentence[:hit.start]):
        return False  # "the 5-in-1 vaccine": the end of a word joined by a hyphen, not a figure of its own
    if re.search(r"\d[-‐‑]?$", sentence[:hit.start]):
        return False  # the "123-4567" of "+82-2-123-4567", the ".000 tonnes" of "1.500.000 tonnes": the end of a
        # longer chain of numbers (a phone, an id, a number grouped as Europe groups it)
    if re.search(r"\d/$", sentence[:hit.start]) or re.match(r"\s+\d+/\d", after) \
            or (re.match(r"\d+/\d", value) and re.search(r"\d\s+$", sentence[:hit.start])):
        return False  # the "2%" of "1/2%", the "2" of "2 1/2%", the "1/2" of "1 1/2 times": pieces of a number
    if GLUED_M.search(value) and not r.counted and not units.currency_of(main_unit(r.unit)) \
            and (MEASURE_AFTER.match(after) or re.search(r"\b(?:a|an)\s+$", low[:hit.start])):
        return False  # "4m high", "a 1.8m fence": metres, which the reading took for millions
    if not r.unit and EUROPEAN_THOUSANDS.search(value):
        return False  # "sold for 1.500": 1,500 as Europe writes it as often as one and a half
    if not r.unit and not r.counted and _unit_past_a_word(toks, following):
        return False  # "three long years", "10 agonising months": the unit is the figure's, past a word it cannot read
    if match_phrase(AGE_TABLE, toks, first) and _plural_noun(_word_before(sentence, hit.start).rstrip(",")):
        return False  # "rural men over the age of 30", "children aged 5 to 14", "two sisters, aged 16 and 19": who is
        # counted, not a claim
    if re.match(r"[-‐‑]years?[-‐‑]old\b", after) or (re.search(r"years?$", value) and re.match(r"[-‐‑]old\b", after)) \
            or re.search(r"[-‐‑\s]years?[-‐‑]olds?$", value):
        return False  # "a 34-year-old woman": an age
    if re.search(r"\b(?:first|second|third|last|latter|former)\s+$", low[:hit.start]) \
            and value.split()[0] in FRACTIONS:
        return False
    if notfigure.is_ordinal_word(value.split()[-1]) and re.match(r"\s+[a-z]", after) \
            and not re.match(rf"\s+(?:of|{'|'.join(SUBJECT_VERBS)})\b", after) \
            and not (re.match(r"\s+to\s", after) and CHANGE_BEFORE.search(low[:hit.start])):
        return False  # "a third defendant", not "a third were women" nor "rose by a third to 5,000"
    if re.search(r"(?:\d|\b(?:" + "|".join(notfigure.MONTHS).replace(".", r"\.") + r"))\s*(?:and|to|-|–|or)\s*$",
                 low[max(0, hit.start - 20):hit.start]) and r.low is not None and r.low == r.high \
            and r.low < 32 and not r.unit and not r.counted:
        return False  # "between May 5 and 10"; not "£186,000 and 3 vehicles"
    if value in MULTIPLIER_WORDS and not re.match(r"\s+(?:of\b|[a-z]+s\b)", after) \
            and not (hit.start == 0 and re.match(rf"\s+(?:{'|'.join(SUBJECT_VERBS)})\b", after)):
        return False  # "the most urgent", "several interviewed said": a word, not a figure
    if RANK_BEFORE.search(low[:hit.start]) and not r.unit and r.kind == "point":
        return False  # "ranks the country first of 160", "10th out of 167": how many were ranked, no claim
    if value.split()[-1] in ("most", "many") and (unit := unit_at(toks, following)) \
            and main_unit(unit[0]) in DURATIONS:
        return False  # "in most years", "for many months": how often, not a share of anything counted
    if value.split()[0] == "most" and SUPERLATIVE_BEFORE.search(low[:hit.start]):
        return False  # "in the most serious cases", "their most vulnerable women": a superlative, no share
    if r.kind in ("at_least", "at_most") and NEGATION_BEFORE.search(low[:hit.start]) \
            and match_phrase(PREFIX_TABLE, toks, first):
        return False  # "fines did not exceed 5,000 yuan", "never rose above $3,000": the bound is turned round
    if _name_before(sentence[:hit.start]) and r.kind == "point" \
            and ((not r.unit and re.fullmatch(r"\d+", value)) or re.fullmatch(r"\d+[CF]", sentence[hit.start:hit.end])):
        return False  # "Balikatan 25", "Windows 10", "Flat 5C", "the FTSE 100", "Apollo 11 landed": a number in a name
    if r.unit == "percent" and CONFIDENCE_AFTER.match(after):
        return False  # "12% (95% CI 10–14%)": the level of an interval, not a claim
    if r.low == r.high == 1 and not r.unit and re.fullmatch(r"1\s+[a-z]*[a-rt-z]s", value):
        return False  # "Formula 1 teams": one of a plural is no count
    if r.kind == "point" and r.low == r.high == 1 and main_unit(r.unit) in ("", *units.COUNT_UNITS) \
            and re.fullmatch(r"(?:one|a|an)(?:\s+[a-z-]+)+", value):
        return False  # "One broker said", "one woman in five": a person, not a count ("only one case" is)
    if not r.unit and r.kind == "point" and re.search(r"\b(?:one|a|an)\s+[a-z]+\s+(?:in|out\s+of)\s+(?:every\s+)?$",
                                                      low[:hit.start]):
        return False  # the five of "one woman in five", a share no candidate reads
    return value not in BARE_WORDS


NAME_WORD = re.compile(r"(?:^|(?<=\s))([A-Z][a-z]+|[A-Z][A-Za-z&]*[A-Z])\s+$")
"""A capitalized word or an acronym right before a number: 'Windows 10', 'S&P 500', 'FTSE 100'."""
SENTENCE_OPENERS = frozenset(
    "in of for after before with by at on from since over under about some nearly almost only just all another "
    "every each but yet so and or as when while until during if although though yesterday today now then last "
    "next this these those such both either neither across among between within without through throughout "
    "despite including like unlike per via around roughly approximately more fewer less up down "
    "here there what which whose whom who where why how no not than to into onto upon against beyond".split())
"""Words that open a sentence before a number without naming anything ('In 12 cases', 'Of 300 people')."""


CONFIDENCE_AFTER = re.compile(r"\s*(?:c\.?i\b|cri\b|u\.?i\b|(?:confidence|credible|uncertainty|prediction)\s+"
                              r"(?:interval|level|bound)|confidence\b)", re.I)
"""What makes a percent the level of an interval: '95% CI', '90% confidence interval', '95% UI'."""


RATE_AFTER = re.compile(r"\s+(?:per|a|an|each|every)\s+(?:" + "|".join(sorted(DURATIONS)) + r")\b", re.I)
"""A rate right after a figure that has one already ('per patient per year')."""
RATE_PAST_OF = re.compile(r"\s+of\s+(?:(?![a-z]+ed\b)[a-z]+\s+){1,3}(?:per|a|an|each|every)\s+(?:"
                          + "|".join(sorted(DURATIONS)) + r")\b", re.I)
"""A rate after what a figure measures ('20 litres of water a day', '2,000 calories of food per day'); not
past a verb in the past ('40 kg of rice lasted a month')."""


def _name_before(before: str) -> bool:
    """Whether a number right after `before` ends a name: a capitalized word or an acronym, not after
    a full stop or colon, and at the start of a sentence only when it is not a common opening word."""
    m = NAME_WORD.search(before)
    if m is None or re.search(r"[.!?:]\s*$", before[:m.start()]):
        return False
    return m.start() > 0 or m.group(1).lower() not in _common_openers()


@lru_cache(maxsize=1)
def _common_openers() -> frozenset[str]:
    """Every word that may open a sentence before a number without naming anything, built once."""
    return SENTENCE_OPENERS | STOP | CLAUSE | _starters()


SIZES = frozenset({"[mass]^1", "[length]^1", "[length]^2", "[length]^3"})
"""Dimensions of a measure that, after 'a' and before a container, gives its size ("a 50kg bag")."""
CONTAINER_AFTER = re.compile(r"\s+(?:bag|sack|jerry\s?can|can|bottle|drum|container|truck|lorry|tank|packet|pack|box|"
                             r"crate|cylinder|bale|bucket|jar|carton|tin)s?\b", re.I)
"""Containers a measure after 'a' is the size of ("a 50kg bag", "a 40-tonne truck"), where "a 30kg haul" is a claim."""
LENGTH_AS_A_WORD = re.compile(rf"(?:\d|\b(?:{'|'.join([*ONES, *TENS])}))[-‐‑](?:year|month|week|day|hour)$", re.I)
"""A figure ending in a length joined to its number by a hyphen ('10-year', 'one-day'): a word describing a noun."""
TERM_AFTER = re.compile(r"\s+(?:" + "|".join(sorted({noun.split()[0] for noun in TERM_NOUNS})) + r")\b")
"""What a duration is the length of, next ("sentence", "prison"): 'a 10-year term' is a claim."""
MARGIN_BEFORE = re.compile("(?:" + "|".join(re.escape(p) for p in PLUS_MINUS) + ")$")
"""The words between a figure and its margin (lexicon.PLUS_MINUS), ending the text before a number."""
SUBJECT_VERBS = ("were", "are", "was", "is", "have", "had", "came", "come", "live", "lived", "said", "say", "fled",
                 "work", "worked", "remain", "remained", "will", "would", "could", "can", "may", "died", "left")
"""After "Most" opening a sentence, verbs that make it the subject ("Most were from China")."""
MULTIPLIER_WORDS = frozenset({"most", "several", "many", "a few", "a couple", "a handful", "the majority",
                              "a majority", "many thousands"} - {"many thousands"})
"""Vague terms that are ordinary words too: a figure only before 'of' or a plural noun ("most of
the women", "several months"), not in "the most urgent" or "several interviewed"."""
RANK_BEFORE = re.compile(r"\b(?:(?<!\ba\s)(?<!\bone\s)(?:first|second|third|last)|\d+(?:st|nd|rd|th))"
                         r"\s+(?:of|out\s+of)\s+$")
"""Before a number, a rank it is the field of ('first of 160', '10th out of 167')."""
SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|my|your|whose)\s+$")
"""Before 'most', what makes it a superlative ('the most serious cases') rather than a share."""
NEGATION_BEFORE = re.compile(r"(?:\b(?:not|cannot|never|no|nor|without|rarely|seldom|hardly|scarcely)|n[’']t)"
                             r"(?:\s+[a-z]+)?\s+$")
"""Before a bound word ('did not exceed', 'never rose above'), what turns its bound round or makes
it doubtful: such a figure is offered by no candidate rather than as its opposite."""


# --- who said it ------------------------------------------------------------------------------

SAY = r"(?:said|says|say|told(?:\s+\w+){0,2}|added|asserted|claimed|revealed|explained|noted|stated|recalls|recalled|" \
      r"wrote|writes|argued|warned|insisted|estimated?|estimates|reported|found|finds|" \
      r"believes?|calculated|counted|announced|confirmed|testified|urged|" \
      r"puts?\s+(?:the|its|their|her|his)\s+(?:own\s+)?(?:figure|number|total|toll|count|estimate)\s+" \
      r"(?:(?:much|far|even|still|slightly|somewhat|considerably)\s+)?(?:higher|lower)?,?\s*at)"
NAME = r"((?:[A-Z][\w.'’&-]*|de|van|von|al-|of|the|for|and|in|on|to)(?:\s+(?:[A-Z][\w.'’&-]*|de|van|von|of|" \
       r"the|for|and|in|on|to))*)"
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
NO_ONE_NAMED = frozenset({"another", "others", "some", "many", "several", "both", "each", "all", "none",
                          "either", "neither", "someone", "somebody", "everyone", "everybody", "nobody", "few"})
"""Subjects that name nobody ("Another said …", "Others told us …"): no speaker."""
PERSONAL = frozenset({"he", "she", "they"})
"""Pronouns that stand for the last person named ("it" and "we" do not)."""
POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})
"""Before a source's noun inside a quotation, the speaker's own ("our findings"): no other source."""
PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?[A-Z][^\W\d_A-Z]+"
                    r"(?:[- \t][A-Z][^\W\d_A-Z'’-]+(?:-[^\W\d_A-Z'’-]+)?)+\b")
"""A person's name: two or more capitalized words ("John Miller", "Kim Young-ho", "Park Sun-hee" whole), for
"he" later on."""
AGED_NAME = re.compile(r"\b([A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*),\s+(?:aged\s+)?\d{1,3},")
"""A name with an age after it, 'Mai, 31,': a person, though one word."""
PLACE_BEFORE = re.compile(r"\b(?:from|in|at|near|into|across|outside|inside|towards?)\s+$")
BODY_BEFORE = re.compile(r"(?:\bthe|[A-Z][\w'’-]*\s+(?:for|of|on))\s+$")
"""Before capitalized words, what makes them (part of) a body's name: 'the Database Center', 'Center for North
Korean Human Rights', no one 'she' stands for."""
PLACE_AFTER = re.compile(r"\s+(?:province|city|county|district|region|state|prefecture|village|town|township|camp|"
                         r"island|river|valley|street|road|border)\b", re.I)
"""Around capitalized words, what makes them a place ('from Nghe An province'), no one 'she' stands for."""


def _people(sentence: str) -> list[str]:
    """The people a sentence names, in order: for a later 'he' or 'she'."""
    found = [(m.start(), m.group()) for m in PERSON.finditer(sentence)
             if not PLACE_BEFORE.search(sentence[:m.start()]) and not PLACE_AFTER.match(sentence, m.end())
             and not BODY_BEFORE.search(sentence[max(0, m.start() - 40):m.start()])]
    found += [(m.start(1), m.group(1)) for m in AGED_NAME.finditer(sentence)]
    return [name for _, name in sorted(found)]


PASSIVE_AFTER = re.compile(r"\s+(?:only\s+)?(?:by|as|in|at|on|from|under)\b")
"""After ', identified' …: a participle describing the noun before the comma ('a broker, identified only by his
surname'), not the verb of a source ('Human Rights Watch, in a report last year, put …')."""
PARTICIPLE_AFTER = re.compile(r"\s+(?:was|were|is|are|has been|have been)\b")
"""After 'reported', 'recorded' …: the word describes a noun ('the median price reported was'), no one reports."""
COUNT_IN_A_NAME = re.compile(r"(?:[A-Za-z]+\s+){0,2}(?!(?:19|20)\d\d(?![\d,.]))\d[\d,.]*(?![\w-])")
"""A number among the first words, standing alone and no year: they are a figure ('The 300 victims'), not a
source ('The 2023 Global Slavery Index', 'the G20', 'Our survey of 412 survivors')."""
ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.I)
"""Before 'estimated' or 'reported', an article makes the verb an adjective ("an estimated 5,000")."""
NOUN_BEFORE = re.compile(r"(?:\b(?:an?|the|own|its|their|his|her|our|my|latest|new|official|previous|earlier|"
                         r"initial|conservative|rough)|['’]s)\s+$", re.I)
"""Before 'estimate' or 'estimates', a determiner or an adjective makes it a noun ("the government's own
estimate put it at", "official estimates show")."""
INITIAL_DOT = r"(?:(?<=\b[A-Z])|(?<=\b(?:Dr|Mr|Ms|St|Jr|Co))|(?<=\b(?:Mrs|Inc|Ltd))|(?<=\bProf))\."
"""The full stop of an initial or a title ("U.S.", "Dr."), which ends no name."""
ESTIMATE = re.compile(rf"\b([A-Za-z](?:[\w\s,'’&-]|{INITIAL_DOT}){{2,80}}?)\s+(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)"
                      r"(?:estimated?|estimates(?!\s*[.,;:)])|calculated|counted|found|reported|documented|recorded|"
                      r"registered|identified|tallied|suggest|suggests|suggested|show|shows|showed|indicate|indicates|"
                      r"indicated|puts?(?=\s+(?:it|them|(?:the|its|their)(?:\s+[\w-]+){1,6}?),?\s+at\b))\b")
ACCORDING = re.compile(rf"\b(?i:according) to\s+(?:a |an |the )?((?:[^,.;]|{INITIAL_DOT}){{2,80}}?)"
                       rf"(?=[,;]|(?!{INITIAL_DOT})\.|(?<!\bby)(?<!\bof)(?<!\bfor)(?<!\bfrom)"
                       rf"\s+(?:the|a|an|about|some|more|at|nearly|up|between)\b|$)")
"""Whom a figure is from: "according to the U.S. State Department", "According to Dr. Kim"."""
BY_SOURCE = re.compile(r"\b(?:surveyed|interviewed|polled|compiled|published|collected|gathered|conducted|"
                       r"released|issued|commissioned|funded)\s+by\s+(?:the\s+)?"
                       r"([A-Z][\w.'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.'’&-]*){0,6})")
"""Whom a figure is from, named as who gathered it: "Of the 1,200 survivors surveyed by the Polaris Project, 42%
said", "data compiled by Eurostat"."""
CITING = re.compile(rf"\b(?i:citing)\s+(?:a |an |the )?((?:[^,.;]|{INITIAL_DOT}){{2,80}}?)"
                    rf"(?=[,;]|(?!{INITIAL_DOT})\.|$)")
"""Whom a speaker has a figure from: "…, a lawmaker said, citing intelligence estimates"."""
TRAILING_SAID = re.compile(r",\s*([^,;:\"“”]{2,80}?)\s+(?:said|says|told\s+\w+|added)"
                           r"(?:\s+(?:on|in|at|last|this|late|early|earlier)\b[^,.;]*)?\s*[.;]?\s*$")
"""A speaker's tag closing a sentence whose subject reported the figure: "…, the centre said on Friday."."""
SUBJECT_SAID = re.compile(rf"(?:^|[,;:\"”]\s*|\b(?:but|and|But|And)\s+)((?:the\s+|a\s+|an\s+)?[\w.'’&-]+"
                          rf"(?:\s+[\w.'’&-]+){{0,8}}?)(?:\s*(?:,[^,]{{0,160}}){{1,3}},)?\s+(?:have\s+|has\s+|had\s+)?"
                          rf"{SAY}\b")
VERB = re.compile(rf"(?<![\w-])(?:(?:have|has|had)\s+)?{SAY}\b")
APPOSITIVE = re.compile(r"(?:[a-z]|\d|who\b|which\b|whose\b|[\w.&-]+['’]s\s+[a-z])")
"""A comma-set aside after a name: "director of …", "38", "who runs a clinic" (lower case or a number), "UNICEF's
representative in Yemen" (a body's, then lower case)."""


def _subject(before: str) -> str:
    """Who a reporting verb has as its subject, from the text before the verb: the words after the
    last comma ("…, the group said"), or, past asides ("John Miller, director of X, said"), the
    name before them; 'he', 'she' or 'they' as such."""
    clause = re.split(r"[;:]", before.rstrip())[-1]  # "The women got nothing: one said": no name across a colon
    segments = [seg.strip(" \"“”'") for seg in clause.split(",")]
    if not segments:
        return ""
    near = re.sub(r"\s+(?:have|has|had)$", "", segments[-1])
    near = re.sub(r"^(?:but|and|yet|so|while|whereas|though|although)\s+", "", near, flags=re.I)
    near = re.sub(r"(?i)^(i|we|he|she|they)['’](?:d|ll|ve|m|re)$", r"\1", near)  # "I'd say": a pronoun
    if re.search(r"\s(?:but|and)$", near):  # "A spokesman declined to give a figure but said": its subject
        near = " ".join(itertools.takewhile(lambda w: w[:1].isupper() or w.lower() in ("the", "a", "an")
                                            or w.lower() in SOURCE_NOUNS, near.split()))
    words = near.split()
    if len(words) <= 9 and (near.lower() in PRONOUNS or _named(_clean(near))):
        return near.lower() if near.lower() in PRONOUNS else _clean(near)
    for k in reversed(range(max(0, len(segments) - 4), len(segments) - 1) if not near else []):  # past asides
        # ("Kim, 34, said"), the name they describe; not past a subject of its own ("Of those, 37 said")
        seg = re.sub(r"^(?:but|and)\s+", "", segments[k], flags=re.I)
        opens = k == 0 and re.match(r"(?:an?|the)\s", seg)  # "But an official at the ministry, speaking …, said"
        if seg and (opens or not APPOSITIVE.match(seg)) and len(seg.split()) <= (8 if opens else 6) \
                and _named(_clean(seg)) and all(APPOSITIVE.match(s.strip()) for s in segments[k + 1:] if s.strip()):
            called = next((m.group(1) for s in segments[k + 1:] if (m := CALLED.search(s))), "")
            return called or _clean(seg)  # "One of them, who gave his name only as Ri, said": Ri
    return ""


CALLED = re.compile(r"\b(?:gave\s+(?:his|her|their)\s+name|identified|known|named)\s+(?:only\s+)?"
                    r"(?:as|by\s+(?:his|her|their)\s+(?:surname|first\s+name|name))\s+([A-Z][\w'’-]+)")
"""In an aside after someone unnamed, the name they go by: "who gave his name only as Ri", "identified only by
her surname, Park"."""
SAID_SUBJECT = re.compile(rf"[,\"”]\s*(?:said|says|told reporters|added|recalls|recalled)\s+(?:the\s+)?"
                          rf"(?:[a-z][\w'’-]*\s+){{0,3}}?{NAME}\s*(?:[,.;]|$)")
"""A speaker after the quotation: '…," said Kim', '…," said director Suyeon Yoo.'"""
PRONOUN_SAID = re.compile(rf"\b(he|she|they|we)\s+{SAY}\b", re.I)


TIME_OPENER = re.compile(r"^(?:(?:in|since|by|during|until|from|on)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d\d"
                         r"|(?:last|this|next)\s+(?:year|month|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                         r",?\s+(?=\S)", re.I)
"""When something happened, opening a sentence before the one who did it ("In 2022 the committee reported",
"Last year the ministry recorded"): no part of the name."""


def _clean(name: str) -> str:
    name = name.strip(" ,.;:\"'“”’—–-")
    name = TIME_OPENER.sub("", name)
    name = re.sub(r"^(?:but|and|also|in|on)\s+", "", name, flags=re.I)
    if re.match(r"(?:[Tt]he|[Aa]n?)\s+\S*[A-Z]", name):
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)  # "the US ambassador"; "the report" stays
    name = re.sub(r"\s+(?:the|a|an|of|for|and|in|on|to)$", "", name)
    name = re.sub(r"(?:^|\s+)(?:now|also|still|recently|previously|currently|later|further|already|again|today|"
                  r"never|often|rarely|usually|typically|generally|always)$", "", name,
                  flags=re.I)  # "The Global Slavery Index now suggests"
    return name.strip()


CLAUSE = frozenset("is are was were be been has have had will would can could may might must do does did that "
                   "which who what when where if because it there here not".split())


ANONYMOUS = re.compile(r"(?:Witness|Victim|Survivor|Source|Respondent|Interviewee|Participant|Defendant|Informant|"
                       r"Complainant|Speaker|Patient|Applicant)\s+(?:[A-Z]|\d{1,3})")
"""Someone a hearing or a report names by a letter or number only ("Witness 3", "Survivor B")."""


NUMBERED_NAME = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){2,}\d{1,4}")
"""A body's name that ends in a number ("Safe Passage 21"): two capitalized words at least before it."""


def _named(text: str) -> bool:
    """A speaker or source: words naming someone (a capital among them, or 'the report', 'officials'),
    not a pronoun and not a clause ('It is', 'what the most urgent actions needed')."""
    words = text.split()
    if ANONYMOUS.fullmatch(text) or NUMBERED_NAME.fullmatch(text):
        return True  # "Witness 3, a former guard, stated", "Safe Passage 21": a number in or ending a name
    if not words or text.lower() in PRONOUNS or any(w.lower() in CLAUSE for w in words) \
            or holds_a_number(re.sub(r"^(?:one|a|an)\s+", "", text, flags=re.I)):
        return False  # "Several hundred fled, said …", "Nine in ten firms said": a figure, not a name
    return any(w[:1].isupper() for w in words) or words[-1].lower() in SOURCE_NOUNS


BODY_WORDS = frozenset("ministry ministries department office agency bureau commission committee council court "
                       "government police procuratorate organization organisation foundation institute university "
                       "watch international bank fund association federation union group report study survey "
                       "service authority administration programme program center centre network coalition "
                       "alliance unit army navy party parliament assembly tribunal movement initiative project "
                       "mission campaign secretariat directorate".split())
"""Words that make a name a body ('it' may stand for), not a person: "the Ministry of Unification", "UNHCR"."""
SOURCE_NOUNS = BODY_WORDS | frozenset(
    "reports studies surveys official officials researcher researchers analyst analysts expert experts authorities "
    "activist activists groups charity charities organisations organizations agencies prosecutor prosecutors "
    "investigator investigators data figures statistics census witness witnesses source sources spokesman "
    "spokeswoman spokesperson director minister chief head president secretary commissioner ambassador "
    "representative envoy coordinator manager chairman chairwoman chair adviser advisor governor mayor judge lawyer "
    "professor economist rapporteur inspector officer commander lawmaker lawmakers legislator legislators senator "
    "diplomat diplomats scientist scientists scholar scholars academic academics demographer statistician "
    "campaigner campaigners advocate advocates watchdog regulator inspectorate newspaper newspapers paper daily "
    "magazine broadcaster outlet".split())


def _source(text: str) -> bool:
    """Words that can name whom a figure is from: no clause word ('charities and church groups')."""
    words = text.split()
    return bool(words) and not any(w.lower() in CLAUSE or w.lower() in PRONOUNS for w in words)


LABEL = re.compile(r"^(?:\d{1,3}\.[ \t]+)?([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|\d{1,3})){0,3})"
                   r"(?:[ \t]*\([^()\n]{1,40}\)){0,2}:\s")
"""A transcript's speaker label at the start of a line ("Kim: Around twenty.", "Witness 3:", "Mr. Choi
(counsel):", the role in brackets no part of the name; a parliament's "1. Mrs Eleanor Whitcombe (South Thanet
Coast) (Con):", a question's number and the member's seat and party)."""
OFFICE_LABEL = re.compile(r"^(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,8}[ \t]*"
                          r"\((?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+([A-Z][^()\n]{1,40})\):\s")
"""A parliament's label for a minister, the office and then the name ("The Minister for Border Security (Mr
Adrian Mallory):"): the name is the speaker's (a body in brackets is not: "Bishnu KC (Migrant Rights Nepal):")."""
NOT_SPEAKERS = frozenset({"q", "a", "question", "answer", "interviewer", "note", "summary", "source", "update",
                          "editor's note", "key findings", "press release", "media contact",
                          "notes to editors", "background", "methodology", "methods", "results", "conclusion",
                          "conclusions", "objective", "objectives", "aim", "aims", "findings", "interpretation",
                          "design", "setting", "participants", "introduction", "discussion", "purpose", "context",
                          "funding", "limitations", "abstract", "highlights", "key figures", "recommendations",
                          "correction", "clarification", "disclaimer", "warning", "exclusive", "breaking",
                          "analysis", "opinion", "comment", "explainer", "factbox", "live", "watch", "video",
                          "editorial", "review", "interview", "transcript", "excerpt", "sources", "notes",
                          "claim", "the claim", "verdict", "rating", "the facts", "facts", "fact check"})
"""Labels that open a line without naming a speaker: an interview's, a press release's, a paper abstract's, a
headline's kicker ("Exclusive: 1 in 4 victims …")."""
HEADING_WORDS = frozenset({"about", "contact", "finding", "recommendation", "table", "figure", "chart", "step",
                           "part", "chapter", "section", "box", "annex", "appendix", "question", "goal", "target"})
"""First words of a label that numbers a part of a text ("Finding 1:", "Table 3:"), no speaker."""


def _voices(text: str) -> frozenset[str]:
    """Labels in capitals that start two lines or more: a transcript's speakers ("KIM:"), where a
    label in capitals that starts one line is a headline's kicker ("SECURITY:", "CARROT AND STICK:")."""
    labels = Counter(m.group(1) for line in text.splitlines() if (m := LABEL.match(line.strip())))
    asked = any(label.lower() in INTERVIEWERS for label in labels)  # "Q: …" then "SALMÓN: …": an interview
    return frozenset(label for label, n in labels.items() if (n > 1 or asked) and label.isupper()
                     and label.lower() not in INTERVIEWERS)


INTERVIEWERS = frozenset({"q", "question", "interviewer"})
"""Labels of an interview's questions: with one, a label in capitals that starts a single line is the answer's."""


def _label(sentence: str, voices: frozenset[str] = frozenset()) -> str:
    """The transcript label that opens the sentence and names a speaker, or ""."""
    label = OFFICE_LABEL.match(sentence) or LABEL.match(sentence)
    name = label.group(1) if label else ""
    if name.lower() in NOT_SPEAKERS or len(name) < 2 or (name.isupper() and name not in voices) \
            or name.split()[0].lower() in HEADING_WORDS:  # "About HOPE:", a press release's boilerplate; "Finding 1:"
        return ""
    return name


DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,[^,()\n]{1,30})?(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[—–-])\s+")
"""Where a wire story opens: "BEIJING, Nov. 3 (Xinhua) --", "SEOUL —" (no part of a speaker's name)."""


def _reads(text: str) -> bool:
    """Whether the text is a figure of its own ("nearly two-thirds", "Two researchers"); "one" (a
    person, as in "one reported being paid") is not."""
    try:
        r = parse_range(text)
    except RangeParseError:
        return False
    return not r.low == r.high == 1


def _body(name: str) -> bool:
    """Whether a speaker or source is an organisation or a document (an acronym, or a name with a BODY_WORD)."""
    words = re.findall(r"[\w'’.-]+", name)
    return bool(words) and (any(w.lower().rstrip("'’s") in BODY_WORDS for w in words)
                            or (len(words) == 1 and len(words[0]) > 1 and words[0].isupper()))


def _quoted(sentence: str, at: int) -> bool:
    """Whether position `at` is inside a quotation (an odd number of quotation marks before it)."""
    return sum(sentence.count(q, 0, at) for q in '"“”') % 2 == 1


def speakers(sentence: str, voices: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(claimant, pronoun, attributed_to) named in one sentence; pronoun is "he"/"she"/"they" when
    the speaker is one, for the caller to resolve. `voices`: the text's speaker labels in capitals."""
    label = _label(sentence, voices)  # a transcript's label is kept as written ("SENATOR CRUZ:")
    claimant, pronoun, attributed = label, "", ""
    sentence = DATELINE.sub("", sentence, count=1)
    for m in VERB.finditer(sentence) if not claimant else ():
        if ARTICLE_BEFORE.search(sentence[:m.start()]) \
                or (re.match(r"estimates?\b", m.group()) and NOUN_BEFORE.search(sentence[:m.start()])):
            continue  # "An estimated 5,000 people": an adjective, not a speaker's verb
        if _quoted(sentence, m.start()):
            continue  # '"We estimate 5,000," he said': the verb inside the quotation is the speaker's words
        if PARTICIPLE_AFTER.match(sentence, m.end()):
            continue  # "The number of cases reported was 300, police said": a noun's description
        if re.search(r"[\"”]\s*$", sentence[:m.start()]):
            continue  # '"They treated us like animals," said one woman': the speaker follows the verb
        name = _subject(sentence[:m.start()])
        if re.match(r"according\s+to\b", name, re.I) or _reads(name) or name.lower() in NO_ONE_NAMED \
                or CORRECTED.search(name):
            continue  # "According to the latest ILO estimates, …": a source's noun; "Most said": a figure
        if name.lower() in PRONOUNS:
            pronoun = name.lower()
            break
        if _named(name):
            claimant = name
            tag = TRAILING_SAID.search(sentence, m.end())
            if tag and not label and tag.group(1).split()[-1][:1].isupper() and _named(_clean(tag.group(1))):
                claimant, attributed = _clean(tag.group(1)), name  # "Pakistan has confirmed 74 cases …, the National
                # Emergency Operations Centre said": the centre says it; a description ("the Mumbai-based
                # conglomerate said") is the subject named again
            break
    if not claimant:
        m = SAID_SUBJECT.search(sentence)
        if m and _named(_clean(m.group(1))):
            claimant = _clean(m.group(1))
    if not claimant and not pronoun:
        m = PRONOUN_SAID.search(sentence)
        if m:
            pronoun = m.group(1).lower()
    m = ACCORDING.search(sentence) or CITING.search(sentence) or BY_SOURCE.search(sentence)
    if m:
        attributed = _clean(m.group(1))
    elif not attributed:
        for m in ESTIMATE.finditer(sentence):
            if re.match(r"\s*estimates?\b", m.group()[len(m.group(1)):]) and NOUN_BEFORE.search(m.group(1) + " "):
                continue  # "The government's own estimate, from 2014, put …": its subject is the estimate
            if (m.group(1).rstrip().endswith(",") and PASSIVE_AFTER.match(sentence, m.end())) \
                    or PARTICIPLE_AFTER.match(sentence, m.end()):
                continue  # "a broker, identified only by his surname", "the price reported was": no verb of a source
            who = _clean(re.split(r"\b(?:said|says|that|revealed|asserted|told \w+)\b", m.group(1))[-1])
            who = re.sub(r"^(?:he|she|they|it|while|whereas|but|and)\s+|^(?:i|we|he|she|they)['’](?:d|ll|ve)$", "",
                         who, flags=re.I)
            who = re.sub(r",\s+(?:published|released|issued|launched|dated|which|who|in|on|at|during|from|since|"
                         r"until|as of)\b[^,]*$", "", who)  # "The report, published on 12 June, found", "The 2023
            # report, which ranks China at Tier 3, estimated", "Human Rights Watch, in a report last year, put it at"
            who = re.sub(r",\s+\d{1,3}$", "", who)  # "Lee, 52, who asked": an age
            who = re.sub(r"\s+(?:has|have|had)$", "", who)  # "The State Department has put it at"
            who = re.sub(r"^([A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.'’&-]*))*),\s+(?:an?|the)\s+[^,]+$",
                         r"\1", who)  # "Polaris, a U.S.-based group,"; not "Detention periods ranged …, the report"
            who = re.sub(r"^(?:between|in|on|at|from|during|since|after|before|by|over|under)\b.*?,\s*", "", who,
                         flags=re.I)  # "Between 2015 and 2020, UNICEF estimated"
            if re.match(r"(?:between|in|on|at|from|during|since|after|before|by|over|under|until)\b", who, re.I):
                continue  # "…'s own estimate, from 2014, put it at": a time, the subject before it
            if ", " in who:  # "…, roughly 80 per cent were women, ministry data show": the words after the last comma
                who = re.sub(r"^(?:and|but|while|whereas)\s+", "", re.split(r",\s", who)[-1].strip(), flags=re.I)
            if _reads(who) or who.lower() in NO_ONE_NAMED or COUNT_IN_A_NAME.match(who) or who.startswith("of "):
                continue  # "Nearly half of all victims identified", "The 300 victims identified": a figure
            at = sentence.find(who, m.start(1))
            if at >= 0 and re.search(r"\d\s+$", sentence[:at]):
                continue  # "with 1.2 million offences recorded": what was counted, not who counted it
            if who.split(" ")[0].lower() in POSSESSIVES and _quoted(sentence, m.start(1)):
                continue  # '"Our findings show 80%," said Yoo': the speaker's own work, not another source
            if who and len(who.split()) <= 10 and _source(who) and not re.search(r"\b(?:an?|some)$", who, re.I):
                attributed = who
                break
    return (claimant if claimant == label else _without_role(_staff_s_body(_body_of(claimant)))), pronoun, \
        _body_of(attributed)


STAFF_OF = re.compile(r"(?i:(?:an?\s+|the\s+)?(?:officials?|spokes(?:man|woman|person)|staff|employees?|"
                      r"representatives?|sources?))\s+(?:at|from|of|with|for|in)\s+(?:the\s+)?(.+)")
"""People speaking for a body, not named ("officials at the Mae Sot reception centre"): the body speaks."""


def _staff_s_body(name: str) -> str:
    """The body whose staff `name` are, when the rest is a body's name ("officials at the Mae Sot reception
    centre"); else `name` ("officials at the foundation" is left for `_the_body`)."""
    m = STAFF_OF.fullmatch(name)
    return m.group(1) if m and _body(m.group(1)) and not THE_BODY.fullmatch("the " + m.group(1)) else name


DOCUMENT_NOUNS = frozenset("report reports survey surveys study studies analysis translation investigation inquiry "
                           "poll census index review paper assessment estimate estimates figures data statistics "
                           "research audit yearbook database tally".split())
"""What a body publishes: 'a 2019 report by X' and "X's 2023 survey" are from X."""
DOCUMENT_NAMED = re.compile(rf"(?i)\b(?:{'|'.join(DOCUMENT_NOUNS)})\b")
DOCUMENT_BY_BODY = re.compile(rf"(?i)\b(?:{'|'.join(DOCUMENT_NOUNS)})\s+(?:by|from)\s+(?:the\s+)?")
OWNED_DOCUMENT = re.compile(rf"\s+(?:[\w-]+\s+){{0,6}}?(?i:{'|'.join(DOCUMENT_NOUNS)})\b")
DOCUMENT_BY = re.compile(rf"^.*?\b(?:{'|'.join(DOCUMENT_NOUNS)})\b.*?\b(?:by|from)\s+(?:the\s+)?(?:[\w-]+-based\s+)?"
                         r"([A-Z].*)$")
PUBLISHED_AFTER = re.compile(r"\s+(?:published|released|issued)\s+"
                             r"(?:on|in|by|last|this|earlier|the|an?|its|their)\b.*$")
DOCUMENT_OF = re.compile(r"^(?:[Tt]he\s+)?(?![Tt]he\s)([A-Z][^'’]*?)['’]s\s+(.*)$")
DOCUMENT_AFTER = re.compile(rf"^(?:(?i:the|an?|early|earlier|recent|new|latest|official|annual|previous|preliminary|"
                            rf"separate|internal|leaked)\s+)*(?!(?:The|An?|Its|Their|His|Her|Our|My)\s)"
                            rf"([A-Z][^'’]*?)\s+(?:(?:latest|new|official|annual|\d{{4}})\s+)?"
                            rf"(?:{'|'.join(DOCUMENT_NOUNS)})$")
"""A body's name before what it published, in lower case ('Home Office figures', 'a new UNEP report'); a capital
begins a title ('the Global Slavery Index')."""


def _body_of(source: str) -> str:
    """The body a figure is from, where the source names what it published: "a 2019 report by the Korea
    Future Initiative" and "Korea Hana Foundation's 2023 survey of 2,500 defectors" are the body's
    (claimant and attributed_to are a Person or an Organization in ClaimReview)."""
    m = DOCUMENT_BY.match(source)
    if m:
        return PUBLISHED_AFTER.sub("", m.group(1)).strip()  # "a report by X released on Monday"
    m = DOCUMENT_OF.match(source)
    if m and set(re.findall(r"[a-z]+", m.group(2).lower())) & DOCUMENT_NOUNS:
        return m.group(1).strip()
    m = DOCUMENT_AFTER.match(source)
    if m and m.group(1).lower() not in SOURCE_NOUNS | {"ngo", "ngos"}:
        return m.group(1).strip()  # not "Early NGO reports": no one body
    cut = _clean(PUBLISHED_AFTER.sub("", source))  # "Walk Free today released the …", "figures published on …"
    return cut if re.search(r"[A-Z]", cut) else source


ROLES = frozenset("chief director spokesman spokeswoman spokesperson minister secretary commissioner ambassador "
                  "representative envoy coordinator manager chairman chairwoman chair adviser advisor governor mayor "
                  "judge justice lawyer attorney advocate solicitor professor economist rapporteur inspector officer "
                  "commander lawmaker legislator senator diplomat scientist researcher analyst expert activist "
                  "prosecutor investigator president head general colonel captain lieutenant sergeant major "
                  "superintendent detective executive founder co-founder deputy official pastor reverend rev bishop "
                  "imam rabbi missionary datuk dato dato' datin politician sheriff constable marshal warden councillor "
                  "councilor councilman councilwoman congressman congresswoman mp".split())
"""Words of a role before a person's name ("UNHCR chief Filippo Grandi", "Assistant U.S. Attorney Sarah Kim")."""
TITLES_BEFORE_A_NAME = frozenset({"executive", "officer", "chief"})
"""Of NAME_WORDS_TOO, those that end a title before a person's name as well ("Chief Executive Georges Elhedery")."""
HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(?=[A-Z])")
NAME_WORDS_TOO = frozenset({"general", "major", "head", "chief", "executive", "officer"})
"""Role words that, capitalized, begin the names of bodies as often ('General Motors', 'the UN General Assembly',
'Major League Baseball', 'Head Start'): a role only in lower case ('UNHCR chief Filippo Grandi')."""


def _without_role(name: str) -> str:
    """The person's name without the role written before it ('UNHCR chief Filippo Grandi' is Filippo Grandi),
    as '…," said director Suyeon Yoo' names Suyeon Yoo; a role alone ('a ministry official') stays."""
    honorific = HONORIFIC.match(name)
    if honorific and PERSON.fullmatch(name[honorific.end():]):
        name = name[honorific.end():]  # "Dr. Amina Yusuf": the name, as a citation writes it
    words = name.split()
    titled = [k for k, w in enumerate(words) if w.lower().strip(".,") in ROLES or w.lower().split("-")[0] in ROLES]
    rest = words[titled[-1] + 1:] if titled else []
    title = words[titled[-1]].lower() if titled else ""
    if (title in TITLES_BEFORE_A_NAME or title == "general" and titled[-1] - 1 in titled) and 2 <= len(rest) <= 3 \
            and PERSON.fullmatch(" ".join(rest)) and not any(w.lower() in BODY_WORDS for w in rest):
        return " ".join(rest)  # "Chief Financial Officer Arno Antlitz", "Advocate General Lakshmi Narayanan",
        # though 'Chief' and 'General' may begin a body's name
    roles = [k for k in titled if not (words[k][:1].isupper() and words[k].lower() in NAME_WORDS_TOO)]  # "Datuk"
    if not roles:
        of = next((k for k, w in enumerate(words) if w in ("of", "at")), 0)
        person = words[:of]
        if 2 <= of <= 3 and all(w[:1].isupper() and w.lower() not in BODY_WORDS for w in person) \
                and PERSON.fullmatch(" ".join(person)):
            return " ".join(person)  # "Suyeon Yoo of the Korea Future Initiative"; not "National Bank of Ethiopia"
        return name
    if roles[-1] == len(words) - 1:
        return name
    rest = words[roles[-1] + 1:]
    cut = next((k for k, w in enumerate(rest) if w in ("of", "at", "from")), len(rest))
    rest = rest[:cut] if cut else rest  # "Pastor Kim Sung-eun of Caleb Mission": the person, not where she works
    return " ".join(rest) if len(rest) <= 4 and all(w[:1].isupper() for w in rest) else name


# --- which metric ------------------------------------------------------------------------------

STOP = frozenset("the a an of in on for to and or is are was were be by with as at from that this who which "
                 "their its his her they it than more less about per each".split())


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]


def _stem(word: str) -> str:
    """'trafficked', 'trafficking' and 'traffickers' as one word, 'sentences' as 'sentence'."""
    for suffix, to in (("ies", "y"), ("ing", ""), ("ers", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)] + to
    return word


@dataclass(frozen=True)
class MetricIndex:
    """Each metric's words (label, description, its claims' values and quotes), weighted by rarity."""

    vectors: dict[str, Counter]
    idf: dict[str, float]
    units: dict[str, str]


def metric_index(metrics: Iterable[Mapping[str, str]], table: Iterable[Mapping[str, str]] = ()) -> MetricIndex:
    """An index over `metrics` rows (metric, label, description, unit) and claims rows (metric, value, quote)."""
    docs: dict[str, Counter] = {}
    unit_of: dict[str, str] = {}
    for m in metrics:
        docs[m["metric"]] = Counter(_words(f"{m.get('label', '')} {m.get('label', '')} {m.get('description', '')}"))
        unit_of[m["metric"]] = (m.get("unit") or "").strip()
    for row in table:
        if row.get("metric") in docs:
            docs[row["metric"]].update(_words(f"{row.get('quote', '')} {row.get('subject', '')}"))
    n = max(len(docs), 1)
    df = Counter(w for d in docs.values() for w in d)
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
    return MetricIndex(docs, idf, unit_of)


def best_metric(index: MetricIndex, sentence: str, reading: Range) -> str:
    """The metric whose words the sentence shares most (cosine of idf weights) among those whose
    unit the reading can be in; "" when none shares enough."""
    words = Counter(_words(sentence))
    if not words:
        return ""
    best, best_score = "", 0.0
    qn = math.sqrt(sum((c * index.idf.get(w, 1.0)) ** 2 for w, c in words.items()))
    for metric, doc in index.vectors.items():
        if not _unit_fits(reading.unit, index.units.get(metric, "")):
            continue
        if reading.counted and not reading.unit and index.units.get(metric):
            continue  # "17 strategies": a count of what the noun table gives no unit is not the metric's
        dot = sum(c * doc[w] * index.idf.get(w, 1.0) ** 2 for w, c in words.items() if w in doc)
        dn = math.sqrt(sum((c * index.idf.get(w, 1.0)) ** 2 for w, c in doc.items())) or 1.0
        score = dot / (qn * dn)
        if score > best_score:
            best, best_score = metric, score
    return best if best_score >= 0.12 else ""


def _unit_fits(reading_unit: str, metric_unit: str) -> bool:
    if not reading_unit or not metric_unit:
        return True
    try:
        return units.dimension_key(reading_unit) == units.dimension_key(units.canonical_unit(metric_unit))
    except Exception:  # noqa: BLE001 - a metric unit the registry does not know fits nothing
        return False


# --- all together --------------------------------------------------------------------------

HEDGE_WORDS = re.compile(r"\b(?:estimat\w*|according to|at least|as many as|up to|more than|nearly|about|some|"
                         r"approximately|roughly|believed|thought|reported)\b", re.I)


def _score(c: Candidate) -> float:
    score = 0.2
    if c.claimant or c.attributed_to:
        score += 0.35
    if c.attributed_to and c.attributed_to != c.claimant:
        score += 0.1
    if HEDGE_WORDS.search(c.sentence):
        score += 0.15
    if c.reading.unit or c.reading.kind in ("vague", "interval", "at_least", "at_most", "approx"):
        score += 0.1
    if c.metric:
        score += 0.1
    return round(min(score, 1.0), 2)


def candidates(text: str, *, metrics: Iterable[Mapping[str, str]] | None = None,
               table: Iterable[Mapping[str, str]] | None = None) -> list[Candidate]:
    """Every figure of `text` as a candidate claim, in text order.

    metrics: rows of data/metrics.csv (metric, label, description, unit) to suggest a metric from;
    table: claims rows (metric, quote, subject) whose words help recognise each metric.
    """
    index = metric_index(metrics, table or ()) if metrics else None
    out: list[Candidate] = []
    last_speaker, last_body, line_speaker, previous_end = "", "", "", 0
    voices = _voices(text)
    seen: list[str] = []  # the people named so far, for a surname alone ("Chun, 67, said")
    named_bodies: list[str] = []  # and the bodies, for 'the commission said'
    author = ""  # the body of the document last named, for 'the report found'
    bounds, quotes = sentences(text), quotations(text)
    datelined = _dateline_places(text)
    for a, b in bounds:
        sentence = text[a:b]
        claimant, pronoun, attributed = speakers(sentence, voices)
        label = _label(sentence, voices)
        if a == 0 or "\n" in text[previous_end:a]:  # a new line: a transcript's label holds to its end
            line_speaker = claimant if label else ""
        elif line_speaker and not claimant:
            claimant = line_speaker
        previous_end = b
        if pronoun in PERSONAL and not claimant:
            claimant = last_speaker
        elif pronoun == "it" and not claimant:
            claimant = last_body  # "The ministry said 2,137 were charged. Courts convicted 1,834, it said."
        named = _people(sentence) + [claimant] * bool(label and PERSON.fullmatch(claimant))
        if not claimant and not attributed:
            following = _next_sentence_speaker(text, b)  # '"...," Miller told reporters.'
            claimant = following if sentence.lstrip()[:1] in "\"“" else ""
        named_bodies.extend(_named_bodies(sentence))
        claimant, attributed = (_the_body(name, last_body, named_bodies, author) for name in (claimant, attributed))
        if DOCUMENT_NAMED.search(sentence):
            author = next((name for name in (attributed, claimant) if _body(name) and not THE_BODY.fullmatch(name)),
                          "") or _document_author(sentence) or author
        last_body = next((name for name in (claimant, attributed) if _body(name) and not THE_BODY.fullmatch(name)),
                         last_body)
        seen.extend(named)
        if claimant:
            last_speaker = claimant
        elif named:
            last_speaker = named[-1]  # "John Miller spoke in Seoul. He said …"
        found = figures(sentence, datelined, _own_line(text, a, b), text)
        each = _respectively(sentence, found)
        for k, f in enumerate(found):
            who, source = _clause_speakers(sentence, f.start, voices) or (claimant, attributed)
            if each:  # "Thailand, Malaysia and Indonesia reported 340, 215 and 1,020 cases respectively"
                who, source = (each[k] if who else ""), (each[k] if source or not who else "")
            source = _own_source(sentence, f.end) or source
            if not who and not source:  # '"… 40,000 yuan. I lived with him for six years," said Kim.'
                who = _quotation_speaker(text, bounds, quotes, a + f.start, voices)
                who = last_speaker if who in PERSONAL else who
            who, source = (_the_body(name, last_body, named_bodies, author) for name in (who, source))  # a clause's
            # own, too
            who = _full_name(who, seen)
            value = text[a + f.start:a + f.end]
            who, source = ("" if name.startswith(value) else name for name in (who, source))  # "Nine in ten
            # firms said": those the figure counts are no speaker of it
            c = Candidate(value=value, start=a + f.start, end=a + f.end, sentence=sentence,
                          reading=f.reading, claimant=who, attributed_to=source,
                          metric=best_metric(index, sentence, f.reading) if index else "", sentence_start=a)
            out.append(_with_score(c))
    return out


def _own_line(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a short line of its own (a page's number, a heading): only spaces between it and
    the line breaks around it."""
    if b - a > MAX_HEADING:
        return False
    end = text.find("\n", b)
    before, after = text[text.rfind("\n", 0, a) + 1:a], text[b:end if end >= 0 else len(text)]
    return not before.strip(" \t") and not after.strip(" \t")


MAX_HEADING = 80
"""The longest line, in characters, that may be a page's number or a heading (a paragraph's line is longer)."""


def _full_name(name: str, seen: list[str]) -> str:
    """A person named earlier in full, when `name` is one word of that name ("Chun" after "Chun Ki-won",
    "Miller" after "John Miller"); the latest such, else `name` as it is."""
    honorific = HONORIFIC.match(name)
    bare = name[honorific.end():] if honorific else name  # "Mrs Whitcombe", as a transcript labels her
    if not bare or " " in bare or not bare[:1].isupper() or bare.lower() in SOURCE_NOUNS or bare.lower() in ROLES:
        return name  # "Police said" after "Police Chief Kim Dong-il" names the police
    for full in reversed(seen):
        words = full.split()
        while len(words) > 1 and (words[0].lower() in _common_openers() or HONORIFIC.match(" ".join(words[:2]))):
            words.pop(0)  # "But Kim" of "But Kim, 34, said" is no name of two words, nor "Mr Mallory"
        if len(words) > 1 and bare in (words[0], words[-1]):
            return _without_role(" ".join(words))  # "Yerlikaya" after "Interior Minister Ali Yerlikaya"
    return name


THE_BODY = re.compile(r"(?i)(?:the\s+|(?=[\w’'-]+-based\s))(?:[\w’'-]+-based\s+|(?!based\b)[a-z]+\s+)?"
                      r"(group|organi[sz]ation|agency|charity|body|watchdog|ngo|foundation|ministry|department|"
                      r"commission|committee|court|council|office|bureau|authority|institute|union|bank|"
                      r"alliance|network|coalition|movement|mission|project|initiative|campaign|centre|center|"
                      r"directorate|service|secretariat|administration|unit|panel|board|taskforce|task\s+force|"
                      r"report|study|survey|analysis|assessment|"
                      r"review|audit|investigation|index)")
"""A body named again by its kind ("The group said", "the agency said"), perhaps with a word before the kind ("the
Perth-based group", "the spy agency"): the body named before it."""
ANY_BODY = frozenset({"group", "organisation", "organization", "agency", "charity", "body", "watchdog", "ngo"})
"""Kinds that any body may be; the others ('the committee') name only a body whose name holds the word."""


def _the_body(name: str, last_body: str, named: Sequence[str] = (), author: str = "") -> str:
    """The body `name` names again by its kind ("The group" after "Amnesty International said"), when one was
    named before and may be of that kind; else `name` as it is. A kind that only some bodies are ('the
    commission') may also be a body `named` earlier without speaking ("told the UN Commission of Inquiry"); a
    document ('the report') is its `author`'s, the body last named with a document."""
    if re.fullmatch(r"(?i:its|their)(?:\s+own)?\s+\w+", name) and name.split()[-1].lower() in DOCUMENT_NOUNS:
        return last_body or (named[-1] if named else name)  # "Its figures show", after "… by the Border Statistics
        # Unit"
    if name.islower() and " " not in name and THE_BODY.fullmatch("the " + name):
        body = _the_body("the " + name, last_body, named, author)  # "according to the unit"
        return name if body == "the " + name else body
    staff = STAFF_OF.fullmatch(name)
    if staff and THE_BODY.fullmatch("the " + staff.group(1)):  # "officials at the foundation"
        body = _the_body("the " + staff.group(1), last_body, named, author)
        return name if body == "the " + staff.group(1) else body
    m = THE_BODY.fullmatch(name)
    if not m:
        return name
    kind = m.group(1).lower()
    if kind in DOCUMENT_NOUNS:
        return author or name  # "the report found", after "A report by the UN Human Rights Office"
    if last_body and not THE_BODY.fullmatch(last_body) and (kind in ANY_BODY or kind in last_body.lower()):
        return last_body
    return next((body for body in reversed(named) if kind not in ANY_BODY and kind in body.lower()), name)


NAMED_BODY = re.compile(r"(?<![\w'’])(?:(?:The|A)\s+)?([A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|against|the|on(?!\s+(?:"
                        + "|".join(w.capitalize() for w in (*notfigure.MONTHS, *notfigure.WEEKDAYS)).replace(".", r"\.")
                        + r")\b))\s+)*[A-Z][\w'’&.-]*)*)")
"""A run of capitalised words, with 'of', 'for' … within it ('UN Commission of Inquiry', 'UN Committee on the
Elimination of Discrimination against Women'; not 'on Thursday'): a body's name when one of its words is a
BODY_WORD."""


def _document_author(sentence: str) -> str:
    """The body whose document a sentence names: "The report by the UN Human Rights Office", "The State
    Department's 2024 Trafficking in Persons Report"; '' when it names none."""
    by = DOCUMENT_BY_BODY.search(sentence)
    if by and (m := NAMED_BODY.match(sentence, by.end())):
        return m.group(1)
    for m in NAMED_BODY.finditer(sentence):
        owner = re.sub(r"['’]s$", "", m.group(1))
        if owner != m.group(1) and OWNED_DOCUMENT.match(sentence, m.end(1)):
            return owner
    return ""


def _named_bodies(sentence: str) -> list[str]:
    """The bodies a sentence names, in order, whether or not they speak: for a later 'the commission'."""
    names = (re.sub(r"(?<![.\s]\w)\.$", "", m.group(1)) for m in NAMED_BODY.finditer(sentence))  # a stop, not 'U.S.'
    return [name for name in names if any(w.lower() in BODY_WORDS for w in name.split())]


OWN_SOURCE = re.compile(r"\s*,\s*(?=(?i:according)\s+to\b)")


def _own_source(sentence: str, end: int) -> str:
    """Whom a figure is from when 'according to' follows it: "range from 20,000, according to Chinese
    officials, to as many as 200,000, according to activists" gives each its own; '' when none follows."""
    gap = OWN_SOURCE.match(sentence, end)
    m = ACCORDING.match(sentence, gap.end()) if gap else None
    return _body_of(_clean(m.group(1))) if m else ""


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
LIST_SUBJECT = re.compile(rf"(?:^|[;:]\s*|\b(?:[Bb]ut|[Aa]nd)\s+)([^;:]+?)\s+{SAY}\b")
"""Several subjects before one verb ("Thailand, Malaysia and Indonesia reported"), for "respectively"."""


def _respectively(sentence: str, found: list[_Found]) -> list[str] | None:
    """The subject of each figure, in order, where a list of subjects reports as many figures
    'respectively'; None otherwise (then the sentence's speaker is each figure's)."""
    if len(found) < 2 or not RESPECTIVELY.search(sentence, found[-1].end):
        return None
    m = LIST_SUBJECT.search(sentence[:found[0].end])  # the verb may open the figure ("estimated 40,000")
    if not m:
        return None
    items = [_clean(x) for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))]
    if len(items) != len(found) or not all(x and len(x.split()) <= 6 and _named(x) for x in items):
        return None
    return items


QUOTE_MARK = re.compile(r'["“”]|\n[ \t]*\n')
"""A quotation mark, or a blank line: the end of a paragraph, which ends a quotation left open."""


def quotations(text: str) -> list[tuple[int, int]]:
    """Where each quotation of `text` stands, from its opening mark to past its closing one. One left
    open ends with its paragraph, as a quotation running on into the next opens that one again."""
    spans: list[tuple[int, int]] = []
    start = None
    for m in QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark not in '"“”':
            if start is not None:
                spans.append((start, m.start()))
            start = None
        elif start is None:
            start = m.start() if mark != "”" else None
        elif mark != "“":
            spans.append((start, m.end()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _quotation_speaker(text: str, bounds: list[tuple[int, int]], quotes: list[tuple[int, int]], at: int,
                       voices: frozenset[str] = frozenset()) -> str:
    """Who speaks the quotation holding position `at`: named in its first sentence before it ('Kim told us:
    "…'), or in its last after it ('…," said Kim.'), or the pronoun standing for them ('…," he said.').
    A quotation of several sentences is one speaker's, though a sentence inside it names none, and so is one
    that follows hers in the same paragraph naming no one ('"…," said Kim. "…"'); none is ''."""
    k = next((k for k, (qa, qb) in enumerate(quotes) if qa < at < qb), None)
    if k is None:
        return ""
    q = quotes[k]
    opening = bounds[max(0, bisect.bisect_right(bounds, q[0], key=lambda b: b[0]) - 1)]
    closing = bounds[max(0, bisect.bisect_right(bounds, q[1] - 1, key=lambda b: b[0]) - 1)]
    after = text[q[1]:closing[1]]
    for words in (text[opening[0]:q[0]], after, "," + after):  # '," said Kim' is read after a comma, as written
        if re.search(r"[^\W\d_]", words):
            claimant, pronoun, _ = speakers(words, voices)
            if claimant or pronoun in PERSONAL:
                return claimant or pronoun
    closed = text[q[1] - 1] in '"”'  # one left open may run on into another story
    if k and closed and q[0] - quotes[k - 1][1] < 200 and not QUOTE_MARK.search(text, quotes[k - 1][1], q[0]):
        return _quotation_speaker(text, bounds, quotes[:k], quotes[k - 1][1] - 1, voices)  # '"…," said Kim. "…"'
    return ""


CLAUSE_BREAK = re.compile(r";|,\s+(?=(?:while|whereas|but)\b)")
"""Where a sentence parts into clauses that may each name their own speaker."""


def _clause_speakers(sentence: str, at: int, voices: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(claimant, attributed_to) named in the clause around `at` when a ';' or a contrast (', while',
    ', but') parts the sentence and that clause names its own: "The government says 7.2%; economists
    put it at 12-15%" gives the second figure to the economists, not the government."""
    breaks = [m.span() for m in CLAUSE_BREAK.finditer(sentence)]
    if not breaks:
        return None
    start = max((b for _, b in breaks if b <= at), default=0)
    end = min((a for a, _ in breaks if a >= at), default=len(sentence))
    claimant, _, attributed = speakers(sentence[start:end], voices)
    return (claimant, attributed) if claimant or attributed else None


def _with_score(c: Candidate) -> Candidate:
    return replace(c, score=_score(c))


def _next_sentence_speaker(text: str, end: int) -> str:
    """The speaker named right after a quoted sentence ('"...," Miller told reporters.')."""
    rest = text[end:end + 200]
    m = re.match(rf"\s*[\"”]?\s*,?\s*{NAME}\s+{SAY}", rest)
    return _clean(m.group(1)) if m and _named(_clean(m.group(1))) else ""
