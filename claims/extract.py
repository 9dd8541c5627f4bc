"""Candidate claims in an article's text: each figure with its sentence, reading, speaker and metric.

`candidates(text)` splits the text into sentences (`claims.sentences`), finds every span `claims.ranges`
reads as a figure (and the figure proper within it: "thousands" of "thousands of defectors"), and leaves out
what `claims.notfigure` says names a thing or a date, ages of named people ("Kim, 34,") and ordinals ("the
first half"). Finding the figures is this module's job; who said each and whom it is from is
`claims.speakers`', the metric it fits best `claims.metricmatch`'s; a check-worthiness score ranks them.
Pure functions on text: the sources (HTML, PDF, a URL) are `claims.article`'s.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claims import currencies, notfigure, units, vague
from claims.lexicon import (
    ASIDE, AGE_DECADE_TABLE, AGE_TABLE, CASE_DECIDES, CLAUSE_WORDS, COUNTED_TABLE, CURRENCY_PREFIX,
    CURRENCY_SYMBOLS_TEXT, DURATIONS, FILLER_TABLE, FRACTIONS, MEASURE_WORDS, MONEY_NOUN_TABLE, NOUN_STOPS, ONES,
    MARKED_LETTER, NOT_A_RATE_AFTER_A, PARTICIPLES_AFTER_A_COUNT, PLURALS_WITHOUT_S, PLUS_MINUS, PREFIX_TABLE,
    SIGN_WORDS, SUFFIX_TABLE, HYPHENED_SCALE, SPACED_THOUSANDS, SUFFIX_SCALES, UNITS_THE_PLACE_DECIDES, YEAR,
    TENS, TERM_NOUNS, TIME_AFTER, TOKEN_RE, Tok, is_estimate, is_margin, main_unit, is_number_word, letter_sign_at,
    figure_starters, grammar_words, loose_hyphens, match_phrase, time_after, unify, unit_at, vague_table, word_at,
)
from claims.ranges import EUROPEAN_THOUSANDS, Range, RangeParseError, RefusedWhole, figure, parse_range
from claims.metricmatch import best_metric, metric_index
from claims.sentences import LIST_MARKER, own_line, sentences
from claims.speakers import CORRECT_FIGURE, CORRECTED, WRONG, Speakers, common_openers

UNGROUPED = re.compile(r"\d{5,}")
"""Five digits or more with no separator: where a text sets off its thousands with commas, a number that names
something (a charity's, a case's, a reference), not an amount."""
YEAR_FIRST = re.compile(rf"{YEAR}(?![\d,.])")
"""A figure opening with a year's digits, in a text whose thousands have commas, is that year's ('2024 shipments')."""
LAYOUT_GAP = re.compile(r"\n\s*(?![a-z\d])|[ \t]*\t[ \t]*|   ")
"""Within a figure's words, a line break before no lower-case word or digit, a tab or a run of spaces: where a
page's layout, not a sentence, goes on."""
COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
"""A number with its thousands set off by a comma ('1,284'): a text so written sets none off by a space."""


@lru_cache(maxsize=8)
def _writes_commas(text: str) -> bool:
    """Whether the text sets off thousands with commas: asked of the whole text for each of its sentences."""
    return COMMA_THOUSANDS.search(text) is not None
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


# --- figures in a sentence -------------------------------------------------------------------

def _lower(text: str) -> str:
    """Lower case, character for character, so that offsets still point into the text."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _tokens(text: str, spaced: bool = True) -> list[Tok]:
    """The text's tokens, a number with spaced thousands ("10 000") as one, written as the parser
    normalizes it ("10,000"), so that a figure's tokens line up with the sentence's; `spaced` False when the
    text writes its thousands with commas, so that a space between numbers parts them (a table's columns)."""
    toks = [Tok(m.group(), m.lastgroup or "other", m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    cut = set()
    if "-" in text:  # "$5-million" is "$5 million", "10- to 15-year" is "10 to 15-year" (`lexicon.loose_hyphens`)
        cut = {m.start() for m in HYPHENED_SCALE.finditer(text)} | loose_hyphens(text)
    if "(" in text or "[" in text:  # "5,000 (± 500)": a margin's brackets go, as the parser reads it
        cut |= {k for m in ASIDE.finditer(text) if is_margin(m.group()) for k in (m.start(), m.end() - 1)}
    if cut:
        toks = [t for t in toks if t.start not in cut]
    spans = [m.span() for m in SPACED_THOUSANDS.finditer(text)] if spaced and " " in text else []
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


MOVED_UP = frozenset("edged inched crept ticked nudged drifted crawled".split())
"""Verbs of a small change in the past before 'up to': the level reached ("the rate edged up to 0.75"), no bound
('rose up to' and 'moved up to $80 million' may be one)."""


def _may_start(toks: list[Tok], i: int) -> bool:
    """Whether a figure may begin at token i: a number, or a starter word with a number, a vague
    term or 'a' duration within a few tokens (most words are neither, and are passed over at once)."""
    t = toks[i]
    if t.text == "up" and i and toks[i - 1].text in MOVED_UP and word_at(toks, i + 1) == "to":
        return False  # "the average age edged up to 31.0 years": 31.0 years, no 'up to' bound
    if t.kind == "num":
        return True
    if letter_sign_at(toks, i):
        return True  # "N30,000", "R87 million": the sign is the figure's
    if (t.text.rstrip(".") in currencies.SHARED_ABBREVIATIONS or t.text in currencies.SHARED_LETTER_SIGNS
            or t.text == "le") and i + 1 < len(toks) and toks[i + 1].kind == "num":
        return True  # "Sh200,000", "DH 500", "Bs. 4,800", "K217.1 billion": read in the money of the place the text
        # names, or not at all
    if t.text == "scores" and word_at(toks, i + 1) != "of" and i and toks[i - 1].kind == "word":
        return False  # "maths scores fell", "credit scores": results, where "scores of protesters" is some forty
    if t.text in ("−", "+", "-") and i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].start == t.end \
            and (t.text != "-" or not i or toks[i - 1].end < t.start and toks[i - 1].kind != "num"):
        return True  # "−64%" in a table of changes, "fell to -20°C": the sign is the figure's (not "10 -20")
    if t.text == "in":  # "in their 20s", "in excess of £5 million"
        return match_phrase(AGE_DECADE_TABLE, toks, i) is not None or match_phrase(PREFIX_TABLE, toks, i) is not None
    if t.text not in figure_starters() and t.text.rstrip(".") not in figure_starters():
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


def _before_symbols(toks: list[Tok], i: int, e: int) -> int:
    """The end of tokens i to e without the punctuation closing them ("farmers affected,")."""
    while e - 1 > i and toks[e - 1].kind == "sym":
        e -= 1
    return e


def _last_word(toks: list[Tok], i: int, e: int) -> str:
    """The last word of tokens i to e, past the punctuation after it ("farmers affected,")."""
    return toks[_before_symbols(toks, i, e) - 1].text.rstrip(".")


def _counted_itself(toks: list[Tok], i: int, e: int) -> bool:
    """Whether the participle ending tokens i to e is what a number right before it counts ("more than 70 injured",
    "12 displaced"): a counted noun as much as a participle, with no noun between for it to befall."""
    e = _before_symbols(toks, i, e)
    return e - 2 >= i and toks[e - 2].kind == "num" and (toks[e - 1].text.rstrip("."),) in COUNTED_TABLE


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
    if notes := [m.span() for m in SUPERSCRIPT_MARK.finditer(sentence) if not _a_power_of_a_unit(sentence, m)]:
        sentence = "".join(" " if any(a <= k < b for a, b in notes) else c for k, c in enumerate(sentence))
        # "4.5 million refugees¹", "45%²": a footnote's mark, read as a space (unified, it would be a digit glued on)
    unified = unify(sentence)
    same = len(unified) == len(sentence)  # then offsets in one point into the other ("km²" is "km2")
    low = _lower(unified if same else sentence)
    spaced = not _writes_commas(whole or sentence)
    toks = _tokens(low, spaced)
    blocked = [b for b in notfigure.find((unified if same else sentence) + "\n" * own_line)
               if not (b.reason.startswith(SHARED_SIGN_REASON)
                       and _shared_sign_here(b.text[0], sentence, places, whole))]  # "LUSAKA: … K217.1 billion"
    if (marker := LIST_MARKER.match(sentence)) and sentence[marker.end():marker.end() + 1].isspace():
        blocked.append(notfigure.NotFigure(marker.start(), marker.end(), marker.group(), "is a list item's number"))
    found: list[_Found] = []
    marks = [b for b in blocked if b.reason in notfigure.MARKS]
    i = 0
    barrier = -1  # the "to" of a change ("rose from 2,000 to 30,000"), which no figure spans
    while i < len(toks):
        change = _change_before(low, toks, i) if i > barrier else None
        if not change and i > barrier and toks[i].text == "from" and (to := _descending_to(toks, i)):
            barrier = to  # "revised down, from 315,000 to 310,000": two levels, as no range is written high to low
        if change:
            clause = next((k for k in range(i + 1, len(toks)) if toks[k].text == ";" or toks[k].text == ","
                           and word_at(toks, k + 1) in ("and", "but", "while")), len(toks))
            to = next((k for k in range(i + 1, min(clause, i + MAX_TOKENS))
                       if toks[k].text == "to" and not _inside_a_bound(toks, k)), -1)  # not "rose up to 5,000", nor
            # the next clause's ("down from 74 in 2022, and imposed sentences ranging from three to 15 years")
            if to > i and ("from" in (toks[i].text, change["how"], change.groupdict().get("now"))
                           or any(t.text == "from" for t in toks[i:to])  # "raises the retirement age from 62 to 64"
                           or not _numbers_around(toks, to) or _level_after_change(toks, to)):
                barrier = to
        if not _may_start(toks, i) or any(b.start <= toks[i].start < b.end for b in blocked) or _one_among(toks, i) \
                or toks[i].kind == "word" and word_at(toks, i + 1) == "from" and _change_before(low, toks, i + 1):
            i += 1  # "raised the retirement age from 62 to 64": the change's 'from' opens the figures, no age's
            continue
        if i > barrier and (to := _given_to_a_count(sentence, toks, i, lambda t: _figure_in_its_place(
                t, sentence, places, whole)[0])):
            barrier = to  # "cash transfers of ₦8,000 to 12 million poor households": the sum, then who gets it
        hit = doubt = None
        last = barrier if i < barrier else len(toks)
        stop = next((k for k in range(i + 1, last) if any(b.start <= toks[k].start < b.end for b in marks)), -1)
        last = stop if stop > 0 else last  # a figure ends before a mark after it ("six months or longer.10")
        last = next((k for k in range(i + 1, min(last, i + MAX_TOKENS)) if _aside_dash(toks, k)), last)
        for e in range(min(last, i + MAX_TOKENS), i, -1):
            if _last_word(toks, i, e) in PARTICIPLES_AFTER_A_COUNT and not _counted_itself(toks, i, e) \
                    or e != stop and _verb_of_the_next(toks, i, e):
                continue  # "the 300 victims identified were freed": the figure is the victims'; a clause may begin
            if e - 1 > i and _opens_a_bound(toks, e):
                continue  # "three years and up to seven years": 'up' opens the next figure's 'up to', no 'and up'
            if toks[e - 1].text == "plus" and e < len(toks) and toks[e - 2].end < toks[e - 1].start and (
                    _may_start(toks, e) or toks[e].kind == "word" and not match_phrase(COUNTED_TABLE, toks, e)):
                continue  # "€62 million plus up to €8 million in add-ons", "£5m plus VAT": 'plus' adds what
                # follows; "5,000 plus, officials said" and "5,000 plus people" are open bounds
            text = sentence[toks[i].start:_past_its_closing_bracket(sentence, toks[i].start, toks[e - 1].end)]
            if not spaced and " " in text and SPACED_THOUSANDS.search(text):
                continue  # "Kanchanpur 876 590 38%" in a text that writes "1,284": two columns, not 876,590
            if ("\n" in text or "   " in text or "\t" in text) and LAYOUT_GAP.search(text):
                continue  # "2023\nDistrict Cases", "14   Himalayan Child Rights Forum": a heading's or a page's
                # number, then the next line or column; wrapped prose goes on in lower case
            try:
                reading, core = _figure_in_its_place(text, sentence, places, whole)
            except RefusedWhole as refused:
                if e < len(toks) and toks[e].text.rstrip(".") in TIME_AFTER and refused.word == toks[e - 1].text:
                    continue  # "US$8,269 a decade earlier": when, not a rate per decade; the shorter span is read
                if refused.word == toks[e - 1].text.rstrip(".") and word_at(toks, e - 2) in ("a", "an", "one") \
                        and word_at(toks, e - 3) in SPAN_BEFORE:
                    continue  # "cost up to R1.5 trillion in lost output over a decade": how long, no rate per decade
                if _refused_past_a_comma(toks, i, e, refused.word):
                    continue  # "29C, about 3 degrees above": the next figure's refusal, no doubt on the first
                doubt = e  # "some 20-30,000 people", "a 52-48 vote": neither "some 20" nor "52" is the figure;
                doubt = _past_a_shared_name(toks, i, e, refused.word) or doubt  # the conversion after it is read
                continue  # the shortest span still refused whole ends what is skipped ("…, and 500 fled" is read)
            except RangeParseError:
                if doubt is not None:
                    break
                continue
            if doubt is not None:
                break  # a piece of what is refused whole reads, and is no figure
            if core.split()[-1:] and core.split()[-1].lower() in PARTICIPLES_AFTER_A_COUNT and e - 1 > i \
                    and not _counted_itself(toks, i, e):
                continue  # "about 23,000 farmers affected in Punjab": the farmers, as when the participle ends the text
            if "/" in reading.unit and e < len(toks) and word_at(toks, e - 2) in ("per", "a", "an") \
                    and toks[e].start == toks[e - 1].end + 1 and (compound := unit_at(toks, e)) \
                    and compound[0] not in units.COUNT_UNITS:
                continue  # "$8,577 per flight hour": the rate is per the compound, not per flight ("per person
                # displaced" is per person)
            if "/" in reading.unit and e < len(toks) and time_after(toks, e) \
                    and main_unit(reading.unit.rsplit("/", 1)[1]) in DURATIONS:
                continue  # "108.4 million a year earlier": a time, not a rate ("$3.75 a US gallon before July 4" is)
            if e < len(toks) and toks[e - 1].kind == "num" and e - 1 > i \
                    and (unit_at(toks, e) and not _a_modifier_after(toks, e)
                         or word_at(toks, e) in SUFFIX_SCALES or word_at(toks, e) in vague.SCALES
                         or currencies.ambiguous(word_at(toks, e))) \
                    and not _sign_of_the_next(toks, e):
                continue  # "7.5% to 9,860 won an hour", "1.1% to 37.4 billion tonnes", "12 per cent to 278.80 pesos
                # per day" (pesos of the place): its last number is the next's
            end = _core_span(sentence, toks, i, e, core)
            if end is not None and _opens_the_next(toks, i, min(_token_after(toks, end), e)):
                continue  # "over five years, at least 3,000 women": 'at least' is the 3,000's
            if end is not None:
                start = toks[i + 1].start if toks[i].text in ("a", "an") and i + 1 < e and (
                    toks[i + 1].kind == "num" or toks[i + 1].text in CURRENCY_SYMBOLS_TEXT
                    or match_phrase(CURRENCY_PREFIX, toks, i + 1)) \
                    and not (toks[i].end == toks[i + 1].start
                             and currencies.by_symbol(toks[i].text + toks[i + 1].text)) else toks[i].start
                # "a $640 fee" is "$640", but "A$640" the Australian dollar's sign whole
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
        hit = _with_an_unknown_noun(sentence, toks, _without_a_people_word(sentence, toks, hit))
        if hit is not None and (_a_sign_left_out(sentence, hit.start)
                                or sentence[hit.start] in CURRENCY_SYMBOLS_TEXT and hit.start
                                and sentence[hit.start - 1].isalpha()
                                or hit.start and sentence[hit.start - 1] in CURRENCY_SYMBOLS_TEXT):
            i = _token_after(toks, hit.end)  # "L 11,800 a month", "CUP 132 a litre": a sign or code the reading left
            continue  # out, without which it is a bare number; "XY$1,500 a month": a sign the table lacks, whose '$'
            # alone would read as US dollars; and no part of it ('a month') is a figure either
        if hit is None or currencies.ambiguous(_word_before(sentence, hit.start)):
            i += 1  # "2,500 dinars", "FCFA 500,000": money in a currency the figure does not name
            continue
        if not spaced and UNGROUPED.fullmatch(sentence, hit.start, hit.end):
            i += 1  # "a registered charity (1176543)", "case number SA.112345" in a text that writes "1,284"
            continue
        if not spaced and YEAR_FIRST.match(sentence, hit.start):
            i += 1  # "guided 2024 shipments of 323 million tonnes" in a text that writes "1,284": a year's
            continue
        if (unread := _unread_unit_after(sentence, toks, hit)) is not None:
            i = unread + 1  # "500 GL of water": read without its unit, the metric's unit would be taken for it
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


DOLLAR_WORDS = frozenset({"$", "dollar", "dollars", "us$", "u.s.$"})
"""Written so, a sum is in US dollars where the sentence names another dollar's country: international news
writes 'C$' or 'Canadian dollars' for those, and '$' for the US dollar."""


@lru_cache(maxsize=64)
def _adjectives(text: str) -> frozenset[str]:
    """The currencies whose own name's adjective, capitalized, the text uses ('the Colombian port', 'Congolese
    francs'): after the places it names, what says which of the moneys of a shared name it is about."""
    words = [w.rstrip(".,;:") for w in currencies.PLACE_WORD.findall(text)]
    return frozenset(code for i, w in enumerate(words) if w[:1].isupper()
                     for n in (1, 2, 3) for code in currencies.of_adjective(" ".join(words[i:i + n])))


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
    named = {c for c in currencies.places_named(sentence) - {code}
             if any(currencies.may_name(w, c) for w in written)}
    elsewhere = {c for c in datelined - {code} if any(currencies.may_name(w, c) for w in written)}
    if not named and (not elsewhere or code in currencies.places_named(sentence, anywhere=True)):
        return hit
    named = named or elsewhere
    if len(named) != 1 or unit != code or elsewhere - named:
        return None
    moved = replace(hit.reading, unit=hit.reading.unit.replace(code, named.pop(), 1))
    return _Found(hit.start, hit.end, moved)


def _refused_past_a_comma(toks: list[Tok], i: int, e: int, word: str | None) -> bool:
    """Whether the word a span is refused whole at comes after a comma and a space inside it: the refusal is
    another figure's."""
    if not word:
        return False
    at = next((k for k in range(e - 1, i, -1) if word_at(toks, k).lower() == word.lower()), None)
    return at is not None and any(toks[k].text == "," and toks[k + 1].start > toks[k].end for k in range(i + 1, at))


DATELINE_PLACE = re.compile(r"\s*([A-Z][A-Za-z.'’ ]+?)(?:,[^\n:]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?\s*(?::|--|[—–-])\s")
"""A wire story's opening place: "ISLAMABAD:", "DUBAI, March 3 (Reuters) -", "Karachi —"."""


def _dateline_places(text: str) -> frozenset[str]:
    """The currencies of the city or country a text's dateline names ('ISLAMABAD:' gives PKR): the money its
    'Rs' or 'pounds' may be, for every sentence of it."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:DATELINE_WITHIN])]  # after a headline and a byline
    for at in starts:
        if (m := DATELINE_PLACE.match(text, at)) and (found := currencies.of_place(m.group(1))):
            return frozenset(found)
    return frozenset()


DATELINE_WITHIN = 600
"""How far into a text its dateline may open a line: past a headline, a standfirst and a byline."""


SHARED_SIGN_REASON = "is a sum after '"
"""How notfigure begins its reason for a sum after a letter several currencies write ('K2.5 billion')."""
SHARED_SIGN = re.compile(rf"(?<![\w$])({'|'.join(s.upper() for s in currencies.SHARED_LETTER_SIGNS)})(?=\d)")


def _money_here(codes: Iterable[str], sentence: str, places: frozenset[str], whole: str) -> str:
    """The one of these currencies whose country the sentence names, or else the dateline (`places`), or whose
    adjective the sentence uses ('the Colombian port'), or else the whole text's country or adjective; '' when none
    or several are."""
    codes = set(codes)
    here = codes & currencies.places_named(sentence, anywhere=True) or codes & places \
        or codes & _adjectives(sentence) or codes & currencies.places_named(whole, anywhere=True) \
        or codes & _adjectives(whole)
    return here.pop() if len(here) == 1 else ""


def _shared_sign_here(letter: str, sentence: str, places: frozenset[str], whole: str) -> str:
    """The currency a letter several write is the sign of here ('K': kyat, kwacha or kina; "LUSAKA: … K217.1
    billion" is kwacha), or ''."""
    return _money_here(currencies.SHARED_LETTER_SIGNS.get(letter.lower(), ()), sentence, places, whole)


def _figure_in_its_place(text: str, sentence: str, places: frozenset[str], whole: str = "") -> tuple[Range, str]:
    """`ranges.figure` of the text; a sum in a name, mark or letter several currencies share ('1,500 riyals a month',
    '65,000/-', 'K217.1 billion') is read in the one of them the text places (`_money_here`: "In Saudi Arabia, maids
    earn …"), as is a leone written 'Le'; refused whole, as parse_range refuses it, when none or several are."""
    if (sign := SHARED_SIGN.search(text)) and (code := _shared_sign_here(sign.group(1), sentence, places, whole)):
        return _figure_in(code, text, [m.span() for m in SHARED_SIGN.finditer(text) if m.group(1) == sign.group(1)])
        # "K217.1 billion" in Lusaka, "between P20,000 and P1 million" in Manila
    if (unit := PLACED_UNIT.search(text)) \
            and (code := _money_here(sizes := UNITS_THE_PLACE_DECIDES[unit.group(1).lower()], sentence, places, whole)):
        return _unit_in(sizes[code], unit.group(1), text)  # "Rs 2,275 per quintal" in India
    try:
        return figure(text)
    except RefusedWhole as refused:
        if refused.word == "le" and (leone := CASE_DECIDES["le"][0].search(text)) \
                and _money_here({"SLE"}, sentence, places, whole):
            return _figure_in("SLE", text, [leone.span()])  # "FREETOWN — … Le 85 million"
        code = _money_here(currencies.ambiguous(refused.word or ""), sentence, places, whole)
        if not code:
            raise
        written, pairs = currencies.every_named_as(text, code)  # "between Sh3,600 and Sh4,000": each end's sign
        reading, core = figure(written)
        for own, shared in pairs:
            core = core.replace(own, shared, 1)
        return reading, core


def _figure_in(code: str, text: str, signs: list[tuple[int, int]]) -> tuple[Range, str]:
    """`ranges.figure` of the text with the sign at each of `signs` written as the currency's code; its core with the
    signs as the text writes them, so that it spells the sentence's tokens."""
    written = text
    for start, end in reversed(signs):
        written = f"{written[:start]}{code} {written[end:]}"
    reading, core = figure(written)
    return reading, core.replace(f"{code.lower()} ", text[slice(*signs[0])].lower())


PLACED_UNIT = re.compile(rf"(?<!us )(?<!u\.s\. )(?<!imperial )(?<!metric )"
                         rf"\b({'|'.join(UNITS_THE_PLACE_DECIDES)})(?=s?\b)", re.I)
"""A unit word whose size the place decides, not written with the word that says which ('US gallons')."""


def _unit_in(spelled: str, word: str, text: str) -> tuple[Range, str]:
    """`ranges.figure` of the text with its unit word (`word`, as PLACED_UNIT found it) written as the place's unit
    (`spelled`, 'metric quintal'); its core with the word as the text writes it."""
    reading, core = figure(PLACED_UNIT.sub(spelled, text))
    return reading, core.replace(spelled.lower(), word.lower())


def _sign_of_the_next(toks: list[Tok], k: int) -> bool:
    """Whether token k is a currency's sign before the number after it ('$1,842 $1,643', 'Rs 500 Rs 600', '$ 8,412
    $ 7,956', a table's row run together): the next figure's, no unit of the number before it."""
    if toks[k - 1].end == toks[k].start:
        return False  # "5$": the sign after the number is its own
    if toks[k].text in CURRENCY_SYMBOLS_TEXT:
        return k + 1 < len(toks) and toks[k + 1].kind == "num" and toks[k + 1].start - toks[k].end <= 1  # '$ 7,956'
    sign = match_phrase(CURRENCY_PREFIX, toks, k)
    return sign is not None and k + sign[1] < len(toks) and toks[k + sign[1]].kind == "num"


def _past_a_shared_name(toks: list[Tok], i: int, e: int, word: str | None) -> int | None:
    """The token after the currency name several share that refused tokens[i:e] whole ('riyals' of '30
    million riyals ($8 million)'), so that the conversion after it is read; None for any other refusal."""
    if not word or not currencies.ambiguous(word):
        return None
    last = word.split()[-1]
    return next((k + 1 for k in range(i, e) if toks[k].text.rstrip(".") == last), None)


SIGN_BEFORE = re.compile(r"(?:^|[\s(])(?:(?-i:[B-HJ-Z])|(?-i:[A-Z][a-z]{0,2})\.|(?P<code>(?-i:[A-Z]{3})))\s$")
"""Right before a number, what the number's reading cannot have left out unless it is a sign or a code it does not
read: a capital letter alone ('L 250,000', the lempira's), a short abbreviation ('Bs. 4,800'), a currency's code
that is an English word ('CUP 132'). 'A' and 'I' are words."""


def _a_currency_sign(char: str) -> bool:
    """Whether a character is a currency's sign ('$', '€', '₦', '₱'), as Unicode classes it."""
    return len(char) == 1 and unicodedata.category(char) == "Sc"


def _a_sign_left_out(sentence: str, at: int) -> bool:
    """Whether a letter, abbreviation or code stands right before a figure starting at `at` (see SIGN_BEFORE); not
    before a figure that opens with a currency's sign ("fined Orchard Inc. €1.84 billion")."""
    if _a_currency_sign(sentence[at:at + 1]):
        return False
    sign = SIGN_BEFORE.search(sentence, max(0, at - 6), at)
    return sign is not None and (not sign["code"] or sign["code"] in currencies.table())


SUPERSCRIPT_MARK = re.compile(rf"(?<=[^\W\d_%)\]])(?:[¹²³⁰⁴⁵⁶⁷⁸⁹]+|{MARKED_LETTER.pattern})"
                              rf"|(?<=%)(?:[¹²³⁰⁴⁵⁶⁷⁸⁹]+|{MARKED_LETTER.pattern})")
"""Superscript digits or letters after a word, a percent or a bracket: a footnote's mark, as a web page or a PDF sets
it (after a number, 'ᵇ' is no billion: the figure is refused, as a superscript digit there is)."""


def _a_power_of_a_unit(sentence: str, mark: re.Match) -> bool:
    """Whether a superscript digit is a unit's power ('km²', 'm³'): the unit spelled with the digit is known."""
    word = re.search(r"[^\W\d_]+$", sentence[:mark.start()])
    return word is not None and (word.group() + unify(mark.group())).lower() in units.UNITS_WITH_DIGITS


def _past_a_money_noun(toks: list[Tok], i: int, e: int) -> int:
    """Where the sum starts in tokens[i:e] that name what it is first ('a fine of', 'the minimum wage of',
    'a ransom of', 'a combined purse of'): the token after 'of', else i. The reading is the sum's either way."""
    filler = match_phrase(FILLER_TABLE, toks, i)
    j = i + (filler[1] if filler else toks[i].text in ("a", "an", "the"))  # "a combined fine of"
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
CHANGE_JOIN = re.compile(r"\s+to\s+")
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
"""A change's two levels ("rose from 10 to 20 per cent") name their unit once, as a list does."""
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
                or not (LIST_JOIN.fullmatch(between := sentence[hit.end:nxt.start])
                        or CHANGE_JOIN.fullmatch(between) and FROM_BEFORE.search(sentence, 0, hit.start)):
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
    right after it opens that number's figure ('five years, at least 3,000 women'), as a currency's sign does
    ('$500 plus $50 costs'), 'plus' before a number adds it ('1,000 riyals a month plus 300 riyals for food',
    no 1,000+), and a hedge after a comma that the clause goes on past qualifies its next words ('8-10%,
    roughly double')."""
    if e >= len(toks):
        return False
    if toks[e].kind == "num" or (toks[e].text in CURRENCY_SYMBOLS_TEXT and word_at(toks, e + 1).isdigit()):
        return toks[e - 1].text == "plus" or any((m := match_phrase(table, toks, k)) and k + m[1] == e
                                                 for table in (PREFIX_TABLE, CURRENCY_PREFIX) for k in range(i + 1, e))
    return toks[e].kind == "word" and any(
        toks[k - 1].text == "," and (m := match_phrase(SUFFIX_TABLE, toks, k)) and k + m[1] == e
        for k in range(i + 1, e))  # "he got 15, plus a fine": not 15+


PLACEHOLDER = "incidents"
"""A plain counted noun standing in for one the noun table lacks, so that what follows it is read too."""
NOT_NOUNS = frozenset("is was has does says goes makes takes gives sees seems less unless thus this its his "
                      "hers ours yours theirs as plus minus across perhaps towards afterwards always overseas indoors "
                      "outdoors sometimes nowadays upwards downwards backwards forwards besides".split())


def _with_an_unknown_noun(sentence: str, toks: list[Tok], hit: _Found) -> _Found | None:
    """A count followed by a plural noun the noun table lacks ("7,000 encounters a day"): the noun is
    what is counted, and what follows it (a rate, a bound word) is read as after any counted noun.
    None when the word is a currency name several currencies share ("2,500 dinars") or a word of
    measure ("300 metres"): money the reading cannot name, or a measure, is no count, and without
    the word it would be a bare number."""
    k = _token_after(toks, hit.end)
    counted = hit.reading.counted.split()[-1:]
    if hit.reading.unit == "person" and counted and not counted[0].endswith("s") and k < len(toks) \
            and toks[k].start == hit.end + 1 \
            and _an_unknown_plural(toks, k) and not _a_people_word_before(sentence, toks, k, hit):
        return _without_its_noun(sentence, hit)  # "up to 60 armoured personnel carriers": no people counted
    if k < len(toks) and _a_people_word_before(sentence, toks, k, hit):
        counted = []  # "at least 14 Thai trawlers": 'Thai' describes the trawlers, no one counted
    elif k >= len(toks) or hit.reading.unit or hit.reading.kind == "vague" or toks[k].start != hit.end + 1 \
            or (counted and re.fullmatch(r"[a-z]+(?<![siu])s", counted[0])):
        return hit  # "120 beds opens": a count with its plural noun, then a verb ("120 bed spaces" is the spaces)
    mod = int(_modifier(toks, k))  # "12 brick kilns", "4,000 bank accounts": a noun before the plural
    word = toks[k + mod].text.rstrip(".")
    if currencies.ambiguous(word) or word in MEASURE_WORDS:
        return None
    if not _an_unknown_plural(toks, k + mod):
        return hit  # "10 agonising months" is a time, "two kilns" no unknown noun's count
    start_tok = _token_at(toks, hit.start)
    for e in range(min(len(toks), k + mod + 6), k + mod, -1):
        if _last_word(toks, k, e) in PARTICIPLES_AFTER_A_COUNT or _opens_a_bound(toks, e):
            continue  # "300 players tested positive": the players, as in figures(); "58 explosions and more than 300"
        text = sentence[toks[start_tok].start:toks[k].start] + PLACEHOLDER \
            + sentence[toks[k + mod].end:toks[e - 1].end]
        try:
            reading, core = figure(text)  # as written but for the noun: "1.2m" stays glued
        except RangeParseError:
            continue
        if reading.unit.split("/")[0] not in ("", "1") or reading.low != hit.reading.low:
            return hit
        used = len(_tokens(_lower(unify(core))))
        last = toks[start_tok + used - 1 + mod * (start_tok + used - 1 >= k)]
        end = last.end - 1 if last.text.endswith(".") and last.kind == "word" else last.end
        if end <= toks[k].start:
            return hit
        return _Found(hit.start, end, replace(reading, text=sentence[hit.start:end],
                                              counted=sentence[toks[k].start:toks[k + mod].end].rstrip(".")))
    return hit


def _opens_a_bound(toks: list[Tok], e: int) -> bool:
    """Whether the last of tokens[:e] begins a bound phrase that runs past e ('up' of 'up to', 'more' of 'more than'):
    a word of the next figure's."""
    return e < len(toks) and (bound := match_phrase(PREFIX_TABLE, toks, e - 1)) is not None and e - 1 + bound[1] > e


def _an_unknown_plural(toks: list[Tok], k: int) -> bool:
    """Whether token k is a plural noun the noun table lacks ('encounters', 'carriers'): no unit, verb or figure's
    word."""
    word = toks[k].text.rstrip(".")
    return toks[k].kind == "word" and re.fullmatch(r"[a-z]{3,}s", word) is not None and not word.endswith("ss") \
        and word not in NOT_NOUNS and not match_phrase(COUNTED_TABLE, toks, k) and word not in figure_starters() \
        and not unit_at(toks, k)


def _without_its_noun(sentence: str, hit: _Found) -> _Found | None:
    """The figure without the words it counts, or None when that reads as no figure."""
    text = sentence[hit.start:hit.end]
    if not text.lower().endswith(hit.reading.counted.lower()):
        return None
    return _cut_to(text[:len(text) - len(hit.reading.counted)].rstrip(), hit)


def _cut_to(text: str, hit: _Found) -> _Found | None:
    """The figure cut to `text`, the start of its span, read again; None when that reads as no figure."""
    try:
        return _Found(hit.start, hit.start + len(text), figure(text)[0])
    except RangeParseError:
        return None


def _a_people_word_before(sentence: str, toks: list[Tok], k: int, hit: _Found) -> bool:
    """Whether a count of people ends in a word for a people ('Thai', 'Chinese') that a lower-case word follows,
    which it describes ("14 Thai trawlers"), or is joined to by a hyphen ("14 Thai-flagged trawlers")."""
    r = hit.reading
    word = sentence[toks[k - 1].start:toks[k - 1].end]
    a_people = r.unit == "person" and word.lower() == r.counted and word[:1].isupper()
    described = toks[k].kind == "word" and sentence[toks[k].start].islower() and toks[k].start == hit.end + 1
    joined = re.match(r"[-‐‑][a-z]", sentence[hit.end:hit.end + 2]) is not None
    return a_people and (described or joined)


def _without_a_people_word(sentence: str, toks: list[Tok], hit: _Found) -> _Found:
    """'at least 14' of "at least 14 Thai-flagged trawlers": a people's word joined to the next by a hyphen
    describes what is counted, which the reading cannot name."""
    k = _token_after(toks, hit.end)
    if k >= len(toks) or not re.match(r"[-‐‑]", sentence[hit.end:hit.end + 1]) \
            or not _a_people_word_before(sentence, toks, k, hit):
        return hit
    return _cut_to(sentence[hit.start:toks[k - 1].start].rstrip(), hit) or hit


def _modifier(toks: list[Tok], k: int) -> bool:
    """Whether token k is a noun the table lacks before another it lacks ('brick' of '12 brick kilns'): a plain
    lower-case word that no figure's grammar holds, no verb's form ('-ed', '-ing' may be: 'fishing vessels'), and
    no plural ('cannabis' of '312 cannabis plants' is none)."""
    w = toks[k].text
    return toks[k].kind == "word" and k + 1 < len(toks) and toks[k + 1].start == toks[k].end + 1 \
        and re.fullmatch(r"[a-z]{3,}", w) is not None and not w.endswith(("ed", "ly")) \
        and not (w.endswith("s") and not w.endswith(("is", "us", "ss"))) \
        and w not in grammar_words() and w not in NOT_NOUNS and w not in CLAUSE_WORDS and w not in common_openers()


@lru_cache(maxsize=1)
def _singular_nouns() -> frozenset[str]:
    """Counted nouns in the singular ("business" of "400 business events" modifies the next word)."""
    nouns = {k[0] for k in COUNTED_TABLE if len(k) == 1}
    return frozenset(w for w in nouns if units.plural_of(w, nouns) or w in ("person", "woman", "man", "child"))


def _a_modifier_after(toks: list[Tok], k: int) -> bool:
    """Whether token k, after a number other than one, is a singular counted noun, which modifies the next word
    ('a £190 victim surcharge', '$500 worker bonus'): no count of victims or workers."""
    return word_at(toks, k) in _singular_nouns() and _plain_number(toks, k - 1) != 1


def _without_a_modifier(sentence: str, hit: _Found) -> _Found:
    """'over 400 business' (of '400 business events') as 'over 400': a singular noun after a count
    other than one is a modifier of the next word, not what is counted. An acronym is written the same in the plural
    ('15.3 million TEU')."""
    words = sentence[hit.start:hit.end].split()
    if len(words) > 1 and words[-1].lower() in _singular_nouns() \
            and (hit.reading.low if hit.reading.low is not None else hit.reading.high) not in (1.0, None) \
            and not words[-1].isupper():
        return _cut_to(sentence[hit.start:hit.end].rsplit(None, 1)[0], hit) or hit
    return hit


def _unread_unit_after(sentence: str, toks: list[Tok], hit: _Found) -> int | None:
    """The token of a word no table holds that stands where a bare number's unit would: an abbreviation that no
    noun follows ('500 GL of water', '310 MMT.', '20 MAF in'), letters in mixed case ('14.6 mmHg') or a word before
    a rate's 'per' or '/' ('25 quintal per hectare', '3 mb/d'). The figure is then no candidate: its reading would
    leave the word out."""
    k = _token_after(toks, hit.end)
    r = hit.reading
    if r.unit or r.counted or r.kind == "vague" or k >= len(toks) or toks[k].kind != "word" \
            or toks[k].start - hit.end > 1 or toks[k - 1].kind != "num" and toks[k - 1].text not in SUFFIX_SCALES \
            and toks[k - 1].text not in vague.SCALES:
        return None
    word = sentence[toks[k].start:toks[k].end].rstrip(".")
    low = word.lower()
    if low in grammar_words() or low in common_openers() or low in NOUN_STOPS or low in CLAUSE_WORDS \
            or low in TIME_DETERMINERS or low in TIME_AFTER or low in NOT_NOUNS or unit_at(toks, k) \
            or match_phrase(COUNTED_TABLE, toks, k):
        return None
    after = toks[k + 1] if k + 1 < len(toks) and not toks[k].text.endswith(".") else None
    if re.fullmatch(r"[A-Z]{2,5}", word):
        noun_next = after is not None and after.kind == "word" and (
            _plural_noun(after.text) or match_phrase(COUNTED_TABLE, toks, k + 1) or sentence[after.start].isupper())
        return None if noun_next else k  # "12 EU members", "300 UN staff", "40 US Navy ships" stay
    if re.fullmatch(r"[a-z]+[A-Z][A-Za-z]*", word):
        return k  # "14.6 mmHg": a unit's letters in mixed case
    if re.fullmatch(r"[a-z]{2,}(?<!s)", word) and after is not None \
            and (after.text == "per" or after.text == "/" and after.start == toks[k].end):
        return k
    return None


TIME_DETERMINERS = frozenset("last next this that previous following coming past same another".split())
"""Before a span of time, words that make it a time ("last year"), not a figure's unit."""


def _unit_past_a_word(toks: list[Tok], k: int) -> bool:
    """Whether token k is a plain word and a span of time, a currency or a percent follows it."""
    if k + 1 >= len(toks) or toks[k].kind != "word" or word_at(toks, k) in NOUN_STOPS \
            or word_at(toks, k) in TIME_DETERMINERS or toks[k].end != toks[k + 1].start - 1 \
            or is_number_word(word_at(toks, k)):
        return False  # "30,000 last year", "354,000 two years earlier": a time after the figure, not its unit
    unit = unit_at(toks, k + 1)
    if unit is not None and main_unit(unit[0]) in DURATIONS and not word_at(toks, k + unit[1]).endswith("s"):
        return False  # "3,118 worked night shifts": a span in the singular is no count's unit, but a noun's
    return unit is not None and (main_unit(unit[0]) in DURATIONS or unit[0] == "percent"
                                 or units.currency_of(main_unit(unit[0])) is not None)


def _word_before(sentence: str, at: int) -> str:
    """The word before `at`, spaced from it or glued to it ('Dh' of 'Dh500')."""
    before = re.search(r"([^\W\d_]+)$|(\S+)\s+$", sentence[:at])
    return (before.group(1) or before.group(2)).lower() if before else ""


def _plural_noun(word: str) -> bool:
    return re.fullmatch(r"[a-z]+s", word) is not None and word not in NOT_NOUNS or word in PLURALS_WITHOUT_S


def _without_a_time_word(sentence: str, hit: _Found) -> _Found:
    """'45 survivors over 18 months' as '18 months': after a figure, a plural noun or a verb of change
    ('prices rose over three years'), or opening a clause ('Over five years, …'), 'over', 'under' or
    'within' before a duration says when, not 'more than' (that reading would be a guess)."""
    first, _, rest = sentence[hit.start:hit.end].partition(" ")
    word = _word_before(sentence, hit.start)
    after_a_count = re.search(r"\d", word) is not None or word in CHANGE_VERBS or _plural_noun(word) \
        or word in vague.SCALES or word in units.UNIT_WORDS  # "£2.5bn over five years", "$2 million over 18 months"
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
                         "halved climbed jumped surged soared plunged slumped shrank shrunk expanded weakened "
                         "strengthened gained slipped slid eased dipped tumbled sank sunk rallied rebounded advanced "
                         "retreated depreciated appreciated firmed widened narrowed contracted accelerated slowed "
                         "spiked skyrocketed lowered raised hiked lifted boosted lengthened shortened".split())
"""Verbs of change: over a duration after one is when the change happened ("rose over three years"); 'lowered 30 cents
to $3.90 per bushel' is a change and the level it reached, no range ('cut 5% to 10% of its staff' may be one)."""


SPAN_BEFORE = frozenset({"over", "in", "within", "during", "across", "throughout"})
"""Before 'a decade' after a figure, words that make it how long the figure took, no rate per decade."""


def _aside_dash(toks: list[Tok], k: int) -> bool:
    """Whether token k is a dash set off by spaces, as prose sets off an aside ('2,500 yuan a month —
    3,000 for …'), or a spaced en dash between a number and a smaller one, which no range is ('some 48,800 – 55 per
    cent – were killed'): no figure reads across it, though '2,500–3,000' and '5 – 10' are ranges."""
    if toks[k].text == "–":
        before, after = _plain_number(toks, k - 1), _plain_number(toks, k + 1)
        if after is not None:
            after *= _scale_at(toks, k + 2)  # "500 – 2 million"
        return toks[k].start > toks[k - 1].end and k + 1 < len(toks) and toks[k + 1].start > toks[k].end \
            and before is not None and after is not None and before > after
    return toks[k].text in ("—", "--") and (toks[k].start > toks[k - 1].end or
                                            k + 1 < len(toks) and toks[k + 1].start > toks[k].end)


def _plain_number(toks: list[Tok], k: int) -> float | None:
    """The number token k is, as written (no scale word), or None."""
    return float(toks[k].text.replace(",", "")) if k < len(toks) and toks[k].kind == "num" else None


def _scale_at(toks: list[Tok], k: int) -> int:
    """The scale token k writes after a number ('million', 'bn'), or 1 ("500 – 2 million", "by 50,000 to 1.5
    million")."""
    return vague.SCALES.get(word_at(toks, k)) or SUFFIX_SCALES.get(word_at(toks, k)) or 1


def _descending_to(toks: list[Tok], i: int) -> int:
    """The 'to' of "from A to B" after token i when A, a plain number, is above B: two levels, no range; else 0."""
    def signed(k: int) -> float | None:
        while k < len(toks) and (toks[k].text in ("+", "−", "-") or toks[k].text in CURRENCY_SYMBOLS_TEXT):
            k += 1  # past '+' and '$' ("from +315,000", "from $500")
        return _plain_number(toks, k)
    to = next((k for k in range(i + 2, min(len(toks), i + 6)) if toks[k].text == "to"), 0)
    a, b = signed(i + 1), signed(to + 1) if to else None
    return to if a is not None and b is not None and a > b and word_at(toks, to + 2) not in SUFFIX_SCALES \
        and word_at(toks, to + 2) not in vague.SCALES else 0


def _given_to_a_count(sentence: str, toks: list[Tok], i: int, read: Callable[[str], Range]) -> int:
    """The 'to' after a figure starting at token i when a sum or a measure is given to those a count after it
    counts ("₦8,000 to 12 million poor households", "5 kg of maize to 300 families"), or those counted are given a
    measure ("sentenced two parents to seven years"): two figures, no range of one unit; else 0. `read`: the figure
    of a text, read where the sentence stands ("30,000 CFA francs" in Niger)."""
    to = next((k for k in range(i + 1, min(len(toks), i + 8)) if toks[k].text == "to"), 0)
    if not to or _inside_a_bound(toks, to):
        return 0
    k = to + 1 + ((bound := match_phrase(PREFIX_TABLE, toks, to + 1)) and bound[1] or 0)  # "to nearly 140,000"
    if k + 1 >= len(toks) or not (toks[k].kind == "num" or is_number_word(toks[k].text) or _may_start(toks, k)):
        return 0
    try:
        given = read(sentence[toks[i].start:toks[to - 1].end])
    except RangeParseError:
        return 0
    a_count = given.counted and given.unit.split("/")[0] in ("", *units.COUNT_UNITS)
    if not a_count and (not given.unit or given.unit.split("/")[0] in units.COUNT_UNITS):
        return 0
    for end in range(min(len(toks), to + 9), to + 2, -1):
        try:
            after = read(sentence[toks[to + 1].start:toks[end - 1].end])
        except RangeParseError:
            continue
        if a_count:  # "sentenced two parents to seven years": those counted, then what they were given
            return to if after.unit and after.unit.split("/")[0] not in units.COUNT_UNITS else 0
        return to if after.counted and after.unit.split("/")[0] in ("", *units.COUNT_UNITS) else 0
    return 0


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
    k = to + 1
    for table in (PREFIX_TABLE, CURRENCY_PREFIX):  # "by 4,000 to about 13,500", "by $500 to $2,000"
        k += (m := match_phrase(table, toks, k)) and m[1] or 0
    a, b = _plain_number(toks, to - 1), _plain_number(toks, k)
    if a is None or b is None:
        return False
    if a >= b:  # "by 50,000 to 1.5 million": a low end written in full keeps no share of the scale
        b *= _scale_at(toks, k + 1)
    return 0 < 3 * a <= b


CHANGING = frozenset("rising falling growing increasing decreasing declining dropping climbing jumping surging soaring "
                     "plunging slumping shrinking expanding going moving shifting changing weakening strengthening "
                     "gaining slipping sliding easing dipping tumbling sinking rallying rebounding advancing "
                     "retreating depreciating appreciating widening narrowing contracting".split())
CHANGE_NOW = frozenset("rise rises fall falls grow grows increase increases decrease decreases decline declines "
                       "drop drops climb climbs jump jumps surge surges soar soars plunge plunges shrink shrinks "
                       "expand expands go goes move moves shift shifts weaken weakens strengthen strengthens "
                       "gain gains slip slips slide slides ease eases dip dips tumble tumbles sink sinks rally rallies "
                       "rebound rebounds advance advances retreat retreats depreciate depreciates appreciate "
                       "appreciates widen widens narrow narrows contract contracts lengthen lengthens shorten "
                       "shortens".split())
"""The present of the verbs of change, and their nouns: with 'from' or 'by' after them, a change ("will rise from", "is
set to increase from", "a jump from", "will rise by 40 pence to £5.20"); without, what changes by a range ("a fall of
5% to 10%", "will rise 5% to 10%")."""
CHANGE_BEFORE = re.compile(r"\b(?:(?:" + "|".join(sorted(CHANGE_VERBS | CHANGING | {"went", "gone", "changed", "moved",
                                                                                 "shifted", "up", "down"}))
                           + r")(?:\s+\w+ly)?(?:\s+(?:up|down))?(?:\s+(?P<how>by|from))?|(?P<present>"
                           + "|".join(sorted(CHANGE_NOW))
                           + r")(?:\s+\w+ly)?(?:\s+(?P<now>from|by))?)\s+$")
"""A verb of change before a figure ("rose from", "has risen sharply from", "had gone up from", "fell by", or 'up' or
'down' alone: "detections down 59% to roughly 67,000"): "from
2,000 to 30,000" after it is two figures at two times, and so is "1.1% to 37.4 billion tonnes" (the
change, then the level reached; `_level_after_change` tells "by 3,000 to 15,000" from "by 5 to 10%")."""
CHANGE_OF_AN_OBJECT = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|"
    r"extend(?:s|ed|ing)?|shorten(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"hik(?:e|es|ed|ing)|slash(?:es|ed|ing)?|chang(?:e|es|ed|ing)|expand(?:s|ed|ing)?|grow(?:s|ing)?|grew|"
    r"trebl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|"
    r"(?<=\ba\s)(?:rise|fall|drop|decline|jump|reduction))\s+(?:(?!from\b|by\b)[\w.'’-]+\s+){1,12}"
    r"(?P<how>(?:from|by)\s+)?$")
"""A verb of change (or its noun after 'a': "a rise in excise duty on airtime from 17.5% to 20%"), what it changes
and 'from' or 'by' ("raise the maximum penalty from 10 to 20 years", "cut the
fee from $500 to $300", "cut the backlog by 4,000 to about 13,500"): two figures, as after "rose from" or "fell
by"."""


CHANGE_WINDOW = 160
"""How far before a figure a verb of change is looked for: the verb, twelve words and 'from' fit, and a search
of the sentence up to each of its tokens would take time growing with the square of its length."""


def _change_before(low: str, toks: list[Tok], i: int) -> re.Match | None:
    """A verb of change right before token i (CHANGE_BEFORE), or one with what it changes when token i is 'from'
    or follows it (CHANGE_OF_AN_OBJECT): looked for in the CHANGE_WINDOW characters before the token only."""
    end = toks[i].start
    start = max(0, end - CHANGE_WINDOW)
    m = CHANGE_BEFORE.search(low, start, end)
    if m and (not m["present"] or m["now"] or toks[i].text == "from"):
        return m
    m = CHANGE_OF_AN_OBJECT.search(low, start, end)
    return m if m and (m["how"] or toks[i].text == "from") else None


AGE_OF_A_NAME = re.compile(rf"(?:[A-Z][\w'’-]+|\b(?!(?:{'|'.join(sorted({*PLURALS_WITHOUT_S, *ONES, *TENS}))})\b)"
                           rf"[a-z]+(?<!s)|[\])]|\b(?:[A-Z]\.){{1,3}}|\b[Oo]ne\s+of\s+the\s+[a-z]+s),\s*"
                           r"(?:(?:aged|now|then)\s+)?$")
"""Before a number: "Kim, 34," or "Park, aged 52," or "Her son, Jun-ho, now 8," or "the gang's leader, 52," or
"the initials R.S., 37," or "One of the victims, now 44," — an age of someone named or described, not a claim ("of
the women, 52," is a count: a plural)."""
PERSONAL_AGE = re.compile(r"\bas\s+(?:young|old)\s+as\s+$|(?:^|[.;:\"“]\s*)now\s+$"
                          r"|\b(?:on|upon|after|before|until|when)\s+turning\s+$")
"""Before an age: "as young as", "as old as", "Now" opening a sentence ("Now 34, she works nights"), and "on
turning" ("a corpus of Rs 10 lakh on turning 23")."""
AGES_LISTED = re.compile(r"\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*(?:,|,?\s+and|,?\s+or)\s+$")
"""Before a number: the ages after 'aged' it is one of ("three men, aged 29, 34 and 46,")."""
AGE_WHEN = re.compile(r"(?:,|\b[a-z][\w'’-]*-[a-z]+|\b(?:he|she|i))\s+(?:was|turned)\s+$")
"""Before a bare number followed by 'when', after a clause set off by commas that describes someone: an age
("Ji-yeon, who asked …, was 19 when a broker …"); "The toll was 19 when police arrived" is a count."""
THAN_BEFORE = re.compile(r"\b[a-z]+\s+than\s+$")
"""Before a figure, a comparison its reading did not take in ('longer than', 'rather than'): the figure is a bound."""
RATE_OF_A_FIGURE_BEFORE = re.compile(r"\d[\d,.]*(?:\s?(?:%|per\s?cent|[a-z]+))?\s+(?:in\s+)?"
                                     r"(?:[a-z][\w'’-]*\s+){1,3}$")
"""A figure and the words of what it counts just before 'a year' ("600,000 heat pump installations a year")."""
WINDOW_BEFORE = re.compile(r"\bthe\s+(?:past|last|next|coming|previous|preceding|following|first|final)\s+$")
"""Before a duration: the span of time a figure is counted in ("in the past five years"), not a length."""
AGE_OF_ONE = re.compile(r"\b(?:(?:boy|girl|child|son|daughter|man|woman|teenager)\s+of|(?:youngest|oldest)"
                        r"(?:\s+of\s+(?:them|whom|the\s+[a-z]+)|\s+(?:person|victim|child|worker|one)(?:\s+\w+){0,3})?"
                        r",?\s+"
                        r"(?:was|is|being)|(?:the|her|his)\s+(?:man|woman|boy|girl|"
                        r"groom|bride|husband|wife)\s+(?:was|is)|\bwhen\s+[a-z][\w'’-]*\s+(?:was|turned)"
                        r"|\b(?:is|was|are)\s+now|\b(?:married|marry|marrying|wed)\s+(?:before|by|under|at))"
                        r"\s+(?:just\s+|only\s+|aged\s+)?$")
"""Before a bare number: "A boy of 13", "the youngest of whom was eight", "the youngest of the dead was eight",
"The man was 41", "When Amina was 13", "and is now 14", "married before 18": someone's age, not a claim."""
FAMILY_OF = re.compile(r"\b(?:(?:a|one|each|every)\s+(?:family|household)|(?:grand)?(?:mother|father)|parent)\s+of\s+$",
                       re.I)
"""Before a bare number: "a family of five", "mother of three" describe a family or a parent; its size is no claim."""
AGE_OF_EACH = re.compile(r",\s*(?:both|each|all|then)\s+(?:aged\s+)?$", re.I)
"""Before an age: "Two women, both aged 19," or "three men, each 25," — the age of each of a few, not a claim."""
AGE_IN_BRACKETS = re.compile(r"(?:^|[.;:\"“]\s*|,\s+|\band\s+)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s*\($"
                             r"|\b[a-z][\w'’-]*\s+([A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*\($")
"""Before a number in brackets: "Karthik (24), a graduate", "Ravi Kumar (32) said", "identified as Rakesh Shetty
(41)", "accountant Sameer Khot (29)", as the Indian press gives a person's age; not a place's count ("from
Indonesia (41)", "from South Africa (12)")."""
GLUED_M = re.compile(r"\dm$")
"""A figure ending in a glued 'm', which the reading takes for million ("4.5m refugees")."""
MEASURE_AFTER = re.compile(r"\s+(?:high|tall|wide|long|deep|thick|away|apart|across|square|underground|"
                           r"in\s+(?:diameter|length|height|width|depth)|above|below)\b", re.I)
"""Words after a length that say what it measures ("4m high", "1.8m tall"): such an 'm' is metres."""
BARE_WORDS = frozenset({"one", "a", "an", "two", "both", "once"})


AGE_BOUND_BEFORE = re.compile(r"\b(?:(?P<who>children|people|persons|women|men|girls|boys|adults|victims|workers|"
                              r"those)|was|were|is|are)\s+$")
"""Before "under 18", "over 65": who is counted, or what someone's age was ("children under five", "were under 18":
then only at a clause's end)."""
YEAR_AFTER_CAPITALS = re.compile(r"[A-Z]{2}\s?(?:19|20)\d\d")
"""A year after two capitals: 'BD', 'RO', 'KD', 'QR' are currencies' signs, and acronyms too."""


UNIT_IN_TENS = re.compile(r"(?:ten|one|a|hundred|one hundred)\s+(?:thousand|million)\b")
UNIT_IN_TENS_AFTER = re.compile(r"\s+" + UNIT_IN_TENS.pattern)
UNIT_IN_TENS_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,.]*\s+$")
UNIT_NOTE = re.compile(rf"(?:10{{1,2}}|1,000|10,000|100,000|1 million|{UNIT_IN_TENS.pattern})\s+[^\W\d_]+")
UNIT_NOTE_AFTER = re.compile(rf"\s*\(\s*{UNIT_NOTE.pattern}\s*\)")
UNIT_NOTE_BEFORE_IT = re.compile(r"\d\s*\(\s*$")
UNIT_NOTE_CLOSE = re.compile(r"\s*\)")
"""Statistics translated from Japanese, Korean and Chinese count in units of ten thousand ('6,925 ten thousand
persons', '264.3 (10,000 won)'): neither the number nor its unit is a figure read alone."""
EXCHANGE_RATE_AFTER = re.compile(r"\s+(?:to|per|against)\s+(?:the\s+|one\s+|a\s+|each\s+)?"
                                 r"(?:us\s+|u\.s\.\s+|american\s+)?(?:dollar|euro|pound|greenback|yuan|rupee)\b")
"""After a sum or a bare number, what makes it an exchange rate ('AFN 73 to the US dollar', '2,645 per dollar')."""
TABLE_SCALES = frozenset({"thousands", "millions", "billions", "trillions", "lakhs", "crores"})
UNIT_NOTE_BEFORE = re.compile(r"\bin\s+$|\(\s*(?:[a-z]{3}|us\$|\$|€|£|¥|₹|rs\.?)?\s*$")
"""Before a scale in the plural, what makes it the unit a table's numbers are in ('in millions', '(USD millions)'),
not a vague amount ('in the millions', 'millions of dollars')."""


GROUPS_BY_AGE = frozenset("population cohort group generation workforce".split())
"""Singular nouns an age range after them describes: "the working-age population aged 16 to 59 totaled …"."""


CAPITALIZED_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s\Z")
"""A capitalized word right before a figure ("Day Zero", "BBC Two")."""


SELECTED = re.compile(r"[\w,.]+\s+(?:(?:larg|bigg|small|high|low|poor|rich|old|young|b|lat|great|new|fast|long|strong"
                      r"|saf|weak|cheap|short|tall|wid|dens|hott|cold|warm|wett|close|near)est|[a-z]{3,}iest"
                      r"|most\s+[a-z]+|least\s+[a-z]+)\s+[a-z][\w\s-]*")
"""A number before a superlative ('two largest cities', 'three most populous states'): after 'the' or a possessive,
it picks which ones a sentence is about."""
NAMED_BY_A_NUMBER = re.compile(r"(?:%s)\s+[A-Z][a-z]" % "|".join(w.title() for w in (*ONES, *TENS)))
"""A number in words, capitalized, before a capitalized word: 'Four Seasons', 'Three Gorges'."""


def _keep(sentence: str, low: str, toks: list[Tok], hit: _Found) -> bool:
    """False for an age of a named person, an ordinal's fraction ("the first half"), a date's second
    day ("May 5 and 10"), and a lone "one" or "a" (a word, not a figure)."""
    value = low[hit.start:hit.end]
    before = sentence[max(0, hit.start - 40):hit.start]
    after = sentence[hit.end:hit.end + 12]
    first, following = _token_at(toks, hit.start), _token_after(toks, hit.end)
    r = hit.reading
    if re.search(r"\b(?:i|he|she|i'm|he's|she's|you|we|they|who|(?:my|his|her|their|our)\s+(?:son|daughter|child|"
                 r"baby|brother|sister|mother|father|husband|wife|boy|girl))\s+(?:was|is|am|were|are|turned|turns)\s+$",
                 low[:hit.start]) \
            and not r.unit and r.kind == "point":
        return False  # "I was 23 at the time", "My son is 11": an age
    if PERSONAL_AGE.search(low[max(0, hit.start - 30):hit.start]) and (not r.unit or r.unit == "year") \
            and (r.low is None or r.low < 130):
        return False  # "girls as young as nine", "Now 34, she works nights": one's age
    if (AGE_OF_ONE.search(low[max(0, hit.start - 40):hit.start]) or FAMILY_OF.search(low[max(0, hit.start - 30):
                                                                                        hit.start])) \
            and not r.unit and r.kind == "point" and r.low is not None and 0 < r.low < 130:
        return False  # "a boy of 13", "the youngest of whom was eight", "a family of five"
    if value.startswith("zero") and re.search(r"\bnet[\s-]$", low[max(0, hit.start - 4):hit.start]):
        return False  # "net zero emissions by 2050", "the Department for Energy Security and Net Zero": a goal's name
    if not r.unit and r.kind == "point" and re.fullmatch(r"[A-Z][a-z]+", sentence[hit.start:hit.end]) \
            and CAPITALIZED_BEFORE.search(sentence, 0, hit.start):
        return False  # "Day Zero", "Ground Zero", "BBC Two": a number in words after a capitalized word names a thing
    if r.kind == "point" and (SELECTED.fullmatch(value) or re.match(r"\s+most\s+[a-z]", after) and not r.unit) \
            and re.search(r"(?:\bthe|\bits|\btheir|['’]s)\s+$", low[:hit.start]):
        return False  # "the country's two largest cities", "the 50 richest people": which ones, not how many
    if not r.unit and NAMED_BY_A_NUMBER.match(sentence, hit.start) \
            and re.search(r"[\w,)]\s+\Z", sentence[max(0, hit.start - 4):hit.start]):
        return False  # "the Four Seasons hotel", "Seoyun's Two Koreas": a number in words, capitalized inside a
        # sentence before another capitalized word, opens a name
    if UNIT_IN_TENS_AFTER.match(low, hit.end) or UNIT_NOTE_AFTER.match(low, hit.end) \
            or UNIT_IN_TENS.match(value) and UNIT_IN_TENS_BEFORE.search(low, 0, hit.start) \
            or UNIT_NOTE.fullmatch(value) and UNIT_NOTE_BEFORE_IT.search(low, 0, hit.start) \
            and UNIT_NOTE_CLOSE.match(low, hit.end):
        return False  # "6,925 ten thousand persons", "264.3 (10,000 won)": a number in a unit of ten thousand, which
        # neither the number nor the unit is alone
    if EXCHANGE_RATE_AFTER.match(low, hit.end) and r.unit != "percent" and "/" not in r.unit:
        return False  # "around AFN 73 to the US dollar", "2,645 per dollar": an exchange rate, which the reading, a sum
        # or a bare number, leaves out
    if r.kind == "vague" and value in TABLE_SCALES and UNIT_NOTE_BEFORE.search(low, 0, hit.start):
        return False  # "(in millions, except per-share data)", "Revenue (USD millions)": a table's numbers' scale
    if re.match(r"in\s+(?:his|her|my)\s|(?:(?:at|from)\s+)?the\s+age\s+of\s", value):
        return False  # "in his 50s", "at the age of 22", "married before the age of 18": an age
    if AGES_LISTED.search(low[max(0, hit.start - 40):hit.start]) and not r.unit and r.kind == "point" \
            and re.match(r"\s*(?:[,.;)]|years?\b|and\b|or\b|$)", after):
        return False  # "aged 29, 34 and 46": the 34 and the 46 are ages too
    if AGE_WHEN.search(low[max(0, hit.start - 12):hit.start]) and re.match(r"\s+when\b", after) and not r.unit \
            and r.kind == "point" and r.low is not None and 0 < r.low < 130:
        return False  # "…, was 19 when a broker promised her a job": an age
    if (AGE_OF_A_NAME.search(before) or AGE_OF_EACH.search(before)) \
            and re.match(r"\s*(?:[,.;)]|years?\b|and\b)", after) and r.kind == "point" \
            and (not r.unit or r.unit == "year") and r.low is not None and 0 < r.low < 130 and "decade" not in value \
            and not r.counted:
        return False  # "Kim, 34,": an age is written exact, and never in decades ("Last year, about 60." is a count);
        # "in cash, 19 luxury vehicles and" counts vehicles
    if r.unit in ("year", "month", "week", "day") and (re.search(rf"\b{AGE_SPAN}\s+old$", value)
                                                     or re.match(r"\s+old\b", after)
                                                     or r.kind == "point" and re.match(r"\s+of\s+age\b", after)):
        return False  # "who is 44 years old", "were only 17 or 18 years old", "You are now 29 years of age": someone's
        # age, or the counted's
    if value.startswith("aged ") and re.search(r"\b(?:then|now)\s+$", low[:hit.start]):
        return False  # "a domestic helper then aged 29": an age at the time
    if (name := AGE_IN_BRACKETS.search(sentence[:hit.start])) and re.match(r"\)", after) and not r.unit \
            and r.kind == "point" and re.fullmatch(r"\d{1,2}", value) \
            and not currencies.of_place(who := name.group(1) or name.group(2)) and not _plural_noun(who.lower()):
        return False  # "Karthik (24), a graduate": a person's age
    if re.search(r"[\da-z][-‐‑][a-z]+$", value) and re.split(r"[-‐‑]", value)[-1] in _singular_nouns() \
            and re.match(r"\s+[a-z]", after):
        return False  # "a 27-member panel", "the seven-member board": what something is made of, not a claim
    if units.currency_of(main_unit(r.unit)) and YEAR_AFTER_CAPITALS.fullmatch(sentence, hit.start, hit.end):
        return False  # "the BD 2023 report": capitals that are a currency's, and an acronym's, before a year
    clause = re.split(r"[;:]", low[:hit.start])[-1]
    clause_after, *later = re.split(r";", low[hit.end:])
    if CORRECTED.search(clause) or WRONG.search(clause + clause_after) or (later and CORRECT_FIGURE.match(later[0])):
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
    if main_unit(r.unit) in DURATIONS and re.fullmatch(r"within\s+an?\s+\w+", value):
        return False  # "maintenance within a year", "could leave within a decade": a time frame, no length claimed
    if re.fullmatch(r"\d{1,3}\s+(?:and|or)\s+older", value) and not r.unit and 0 < (r.low or 0) < 130:
        return False  # "seniors 65 and older", "Homeowners 65 and older can apply": whom by age, no claim
    if value.startswith("aged") and (re.search(r"\b(?:youngest|oldest)\s+$", low[:hit.start])
                                     or re.fullmatch(r"aged\s+\d{1,3}", value) and r.kind == "point"):
        return False  # "13 people were stabbed, the youngest aged 15", "joined the academy aged 11", "died in Doha aged
        # 36": one's age (not "aged 15 to 49", whom a share is of)
    if main_unit(r.unit) in DURATIONS and re.fullmatch(r"an?\s+\w+|decades|years", value) \
            and (re.search(r"\b(?:in|within)\s+$", low[:hit.start])
                 or RATE_OF_A_FIGURE_BEFORE.search(low, max(0, hit.start - 60), hit.start)):
        return False  # "the worst outbreak in decades", "rose to 67% within a year", "$1.2 billion in payments a
        # year": an idiom, a change's time or a figure's rate, no length of time claimed
    if re.match(r"['’]s\b", after):
        return False  # "roughly a year's income", "a month's wages": what the span measures, not the span
    if main_unit(r.unit) in DURATIONS and re.match(r"\s+(?:ago|earlier|later|previously)\b(?!\s+than\b)",
                                                   low[hit.end:hit.end + 20]):
        return False  # "three years ago", "34 a year earlier": when, not how long ("five years before release" is)
    if "/" in r.unit and RATE_AFTER.match(sentence, hit.end):
        return False  # "£30,000 per patient per year": a second rate the reading leaves out
    if re.match(r"[-‐‑][a-z]", after, re.I) and not re.match(rf"[-‐‑]{AGE_SPAN}[-‐‑]old\b", after):
        return False  # "a 54-page report": the figure goes on past its reading
    if re.match(r"[^\W_]", after):
        return False  # "45C", "10⁶", "100x": a letter or digit glued on that the reading leaves out
    if (rate := re.match(r"\s*(?:per\b|/)\s*(.)", after)) and (re.match(r"[\da-zA-Z]", rate[1])
                                                              or _a_currency_sign(rate[1])) \
            or re.search(r"\bper\s+$", low[:hit.start]):
        return False  # "2.5 doctors per 1,000 people", "£150 per household", "71 cents per $100 of assessed value": a
        # rate the reading leaves out
    if units.currency_of(r.unit) and (per := re.match(r"\s+an?\s+([a-z]+)\b", after)) \
            and per[1] not in units.UNIT_WORDS and per[1] not in units.MULTIPLES and per[1] not in figure_starters() \
            and not is_number_word(per[1]) and per[1] not in NOT_A_RATE_AFTER_A:
        return False  # "78 cents a share", "$20 a ticket": money per a thing the reading cannot name
    if units.dimension_key(main_unit(r.unit)) in units.MEASURES and CONTAINER_AFTER.match(sentence, hit.end) \
            and (re.search(r"\b(?:a|an|each|every|per|one|the|this|that)\s+$", low[:hit.start])
                 or CONTAINER_AFTER.match(sentence, hit.end)[0][-1:] == "s"):
        return False  # "a 50kg bag of fertiliser", "a 20-litre jerrycan": the size of a container, not a claim
    if re.fullmatch(r"(?:a|an|one)\s+[^\d\s]+", value, re.I) and PRICED_AFTER.match(sentence, hit.end) \
            and units.dimension_key(main_unit(r.unit)) in units.MEASURES:
        return False  # "A litre of AI-92 petrol costs 205 tenge": the amount a price is of, not a claim
    if re.fullmatch(r"half[-‐‑ ]year", value) and PERIOD_BEFORE.search(low[:hit.start]):
        return False  # "results for the half-year ended 30 September": a period of the accounts, not a length
    if LENGTH_AS_A_WORD.search(value) and re.match(r"\s+[a-z]", after, re.I) and not TERM_AFTER.match(after):
        return False  # "the 10-year plan", "its biggest one-day gain", "the five-year LPR": a length describing a
        # noun, not a claim
    if (bounded := re.fullmatch(r"(.*?)\s+(?:maximum|minimum)", value, re.I)) and LENGTH_AS_A_WORD.search(bounded[1]) \
            and re.match(r"\s+[a-z]", after) and not TERM_AFTER.match(after):
        return False  # "the five-day maximum temperatures": a length before what it is the maximum of
    if (span := SPAN_AS_A_WORD.search(value)) and span["n"].lower() not in ("one", "1") \
            and (noun := re.match(r"\s+([a-z]+)\b", after)) and noun[1] not in NOT_A_NOUN_AFTER_A_SPAN \
            and not TERM_AFTER.match(after):
        return False  # "three night shelters", "12 hour days": a span in the singular after a number describes
        # the noun, as "12-hour days" does; "three night" read as 3 nights
    lead = value.split()[0] if value.split()[0] in SIGN_WORDS else ""  # the "minus" of "plus or minus 3"
    if MARGIN_BEFORE.search((low[:hit.start] + lead).rstrip()):
        return False  # "a margin of error of plus or minus 3 points": a margin alone, not a figure
    if re.search(r"[^\W\d_][-‐‑]$", sentence[:hit.start]):
        return False  # "the 5-in-1 vaccine": the end of a word joined by a hyphen, not a figure of its own
    if re.match(r"[-‐‑]\d", after):
        return False  # the "2-7" of "2-7-1 Marunouchi": the start of a chain of numbers (an address, a code)
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
    if match_phrase(AGE_TABLE, toks, first) and (_plural_noun(who := _word_before(sentence, hit.start).rstrip(","))
                                                 or who.lower() in GROUPS_BY_AGE or re.search(r"\(\s*$", before)):
        return False  # "rural men over the age of 30", "children aged 5 to 14", "two sisters, aged 16 and 19", "Youth
        # unemployment (ages 15–24)": who is counted, not a claim
    if re.match(rf"[-‐‑]{AGE_SPAN}[-‐‑]old\b", after) or (re.search(rf"{AGE_SPAN}$", value)
                                                          and re.match(r"[-‐‑]old\b", after)) \
            or re.search(rf"[-‐‑\s]{AGE_SPAN}[-‐‑]olds?$", value):
        return False  # "a 34-year-old woman", "a 14-month-old": an age
    if re.search(r"\b(?:first|second|third|last|latter|former)\s+$", low[:hit.start]) \
            and value.split()[0] in FRACTIONS:
        return False
    if notfigure.is_ordinal_word(value.split()[-1]) and re.match(r"\s+[a-z]", after) \
            and not re.match(rf"\s+(?:of|{'|'.join(SUBJECT_VERBS)})\b", after) \
            and not (re.match(r"\s+to\s", after) and CHANGE_BEFORE.search(low[:hit.start])):
        return False  # "a third defendant", not "a third were women" nor "rose by a third to 5,000"
    if re.search(r"\b(?:" + "|".join(notfigure.MONTHS).replace(".", r"\.") + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                 r"\s*(?:and|to|-|–|or)\s*$", low[max(0, hit.start - 24):hit.start]) and r.low is not None \
            and r.low == r.high and r.low < 32 and not r.unit and not r.counted:
        return False  # "between May 5 and 10"; not "£186,000 and 3 vehicles" nor "205, 96 and 17"
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
    if _name_before(sentence[:hit.start]) and r.kind == "point" and not _in_a_table_row(sentence, hit) \
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


CONFIDENCE_AFTER = re.compile(r"\s*(?:c\.?i\b|cri\b|u\.?i\b|(?:confidence|credible|uncertainty|prediction)\s+"
                              r"(?:interval|level|bound)|confidence\b)", re.I)
"""What makes a percent the level of an interval: '95% CI', '90% confidence interval', '95% UI'."""


RATE_AFTER = re.compile(r"\s+(?:per|a|an|each|every)\s+(?:" + "|".join(sorted(DURATIONS)) + r")\b"
                        r"(?!\s+(?:" + "|".join(sorted(TIME_AFTER)) + r")\b)", re.I)
"""A rate right after a figure that has one already ('per patient per year'); not a time ('Rs 180 per kg a month
earlier')."""
RATE_PAST_OF = re.compile(r"\s+of\s+(?:(?![a-z]+ed\b)[a-z]+\s+){1,3}(?:per|a|an|each|every)\s+(?:"
                          + "|".join(sorted(DURATIONS)) + r")\b(?!\s+(?:" + "|".join(sorted(TIME_AFTER)) + r")\b)",
                          re.I)
"""A rate after what a figure measures ('20 litres of water a day', '2,000 calories of food per day'); not
past a verb in the past ('40 kg of rice lasted a month'), nor a time ('1.9% of GDP a year earlier')."""


def _name_before(before: str) -> bool:
    """Whether a number right after `before` ends a name: a capitalized word or an acronym, not after
    a full stop or colon, and at the start of a sentence only when it is not a common opening word."""
    m = NAME_WORD.search(before)
    if m is None or re.search(r"[.!?:]\s*$", before[:m.start()]) or _table_row(before, m):
        return False
    return m.start() > 0 or m.group(1).lower() not in common_openers()


def _table_row(before: str, name: re.Match) -> bool:
    """Whether the name before a number opens a line as a table's row label does, a country's ("Nepal 318 28%")."""
    line = before[before.rfind("\n") + 1:]
    return not line[:name.start(1) - (len(before) - len(line))].strip() \
        and (bool(currencies.of_place(name.group(1))) or name.group(1) in ("Other", "Others", "Total", "Unknown"))


ROW_LABEL = re.compile(r"[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]+")
ROW_OF_NUMBERS = re.compile(r"(?:[ \t]+\d(?:[\d,.]*\d)?%?)+[ \t]*(?:\n|$)")


def _in_a_table_row(sentence: str, hit: _Found) -> bool:
    """Whether the figure is a cell of a table's row, after its label and before more numbers ("Kanchanpur 876
    590 38%"): the label is no name the number is in, as "Windows 10" is."""
    line = sentence.rfind("\n", 0, hit.start) + 1
    return bool(ROW_LABEL.fullmatch(sentence, line, hit.start)) and bool(ROW_OF_NUMBERS.match(sentence, hit.end))


AGE_SPAN = r"(?:years?|months?|weeks?|days?)"
"""The span an age is written in before '-old' ("a 34-year-old woman", "a 14-month-old boy")."""
PRICED_AFTER = re.compile(r"\s+of\s+[^.;:]{0,60}?\b(?:costs?|sells?|sold|fetche[sd]|fetch|retails?|retailed|is\s+priced"
                          r"|was\s+priced|went\s+for|goes\s+for|(?:is|was)(?=\s+(?:now\s+)?[^\s\d]{0,4}\d))\b")
"""After 'a litre', 'a kilo': what it is of, then a price's verb ("A litre of AI-92 petrol costs 205 tenge")."""
CONTAINER_AFTER = re.compile(r"\s+(?:(?:[a-z]+-)*[a-z]+\s+)?(?:bag|sack|jerry\s?can|can|bottle|drum|container|truck|"
                             r"lorry|tank|packet|pack|box|crate|cylinder|bale|bucket|jar|carton|tin|block|loaf|tub|"
                             r"tray|pouch|sachet)s?\b", re.I)
"""Containers a measure after 'a' is the size of ("a 50kg bag", "a 40-tonne truck"), where "a 30kg haul" is a claim."""
PERIOD_BEFORE = re.compile(r"\b(?:the|first|second|this|last|previous|same|its|their|each|per)\s+$")
LENGTH_AS_A_WORD = re.compile(rf"(?:\d|\b(?:{'|'.join([*ONES, *TENS])}))[-‐‑](?:year|month|week|day|night|hour|acre|"
                              r"hectare|metre|meter|kilometre|kilometer|km|mile|foot|storey|story|tonne|ton)$", re.I)
"""A figure ending in a length or size joined to its number by a hyphen ('10-year', 'one-day', 'a 12-acre
orchard', 'a 9-metre boat'): a word describing a noun."""
SPAN_AS_A_WORD = re.compile(rf"(?P<n>\b\d[\d,.]*|\b(?:{'|'.join([*ONES, *TENS])}))\s+(?:year|month|week|day|night|hour|"
                            r"minute)$", re.I)
"""A span of time in the singular after a number, which only a span describing a noun takes ('three night
shelters')."""
NOT_A_NOUN_AFTER_A_SPAN = frozenset({"or", "and", "to", "of", "in", "a", "an", "the", "per", "each", "every", "old",
                                     "later", "ago", "earlier", "before", "after", "long", "from", "on", "for"})
"""Words after such a span that go on with the figure or the sentence, not a noun it describes."""
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
SUPERLATIVE_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|my|your|whose)|['’]s)"
                                r"(?:\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten))?\s+$")
"""Before 'most', what makes it a superlative ('the most serious cases', 'the three most populous states') rather
than a share."""
NEGATION_BEFORE = re.compile(r"(?:\b(?:not|cannot|never|no|nor|without|rarely|seldom|hardly|scarcely)|n[’']t)"
                             r"(?:\s+[a-z]+)?\s+$")
"""Before a bound word ('did not exceed', 'never rose above'), what turns its bound round or makes
it doubtful: such a figure is offered by no candidate rather than as its opposite."""


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
    bounds = sentences(text)
    voices = Speakers(text, bounds)
    datelined = _dateline_places(text)
    for a, b in bounds:
        voices.read(a, b)
        sentence = text[a:b]
        found = figures(sentence, datelined, own_line(text, a, b), text)
        for f, (who, source) in zip(found, voices.of_figures([(f.start, f.end) for f in found])):
            c = Candidate(value=sentence[f.start:f.end], start=a + f.start, end=a + f.end, sentence=sentence,
                          reading=f.reading, claimant=who, attributed_to=source,
                          metric=best_metric(index, sentence, f.reading) if index else "", sentence_start=a)
            out.append(_with_score(c))
    return out


def _with_score(c: Candidate) -> Candidate:
    return replace(c, score=_score(c))


