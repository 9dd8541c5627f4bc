"""Where an article's sentences and quotations stand: the units `claims.extract` finds figures in and
`claims.speakers` finds who said them in. A full stop ends a sentence unless an abbreviation, an initial, a
number or a currency's sign holds it; a line break ends one unless the line was wrapped at a fixed width."""
from __future__ import annotations

import re

from claims import currencies

ABBREVIATIONS = frozenset(
    "u.s u.k u.n e.u mr mrs ms dr prof st no nos jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co "
    "corp vs etc e.g i.e approx est gen gov sen rep lt col capt sgt mt ca c p pp fig vol art sec ch para "
    "jr sr dept univ assn bros messrs mme mlle rev hon fr op cit al cap sta sto pres supt insp brig maj adm cdr cmdr "
    "cpl av avda jl kav tel ext str ul".split())
"""Words a full stop follows without ending a sentence ("U.S.", "Dr.", "No. 5", "Jan. 20", "Cap. 57")."""


_END = re.compile(r"""[.!?]+['"’”)\]]*(?:\[\d{1,3}(?:(?:,\s*|[–-])\d{1,3})*\])*(?=\s)|\n\s*\n|\n""")
"""A sentence's end: its stop, the quotation marks or brackets closing with it and its citation marks ("….[14]"),
before a space; or a line break."""


HEADING = 60
"""A line shorter than this, with no full stop, is a heading or a dateline line: a sentence of its own.
A longer one runs on into the next line (text wrapped at a fixed width)."""


LIST_MARKER = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)])")
"""A list item's number opening a line: "1.", "2)", "(3)"."""
BULLET = re.compile(r"[ \t]*[•●▪◦▸►→✓✔·*-][ \t]")
"""A bullet opening a line: a list's next item, which no wrapped line runs on into."""
SECTION_HEADING = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+[A-Z][^\n.!?]{0,60}(?=\n|$)")
"""A numbered section's heading on a line of its own ("3.2 Recruitment fees"): no wrapped line runs on into it."""


NUMBERED_AFTER_A_STOP = frozenset({"b.e", "b.s", "a.h", "a.d", "h.r", "u.s.c", "c.f.r", "prop", "conf"})
"""Abbreviations whose stop a number follows without ending a sentence: a calendar's era ("B.E. 2560"), a bill's,
a code of laws', a proposal's or a resolution's number ("H.R. 6210", "21 U.S.C. 841", "Prop. 37", "Conf. 9.24")."""


INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]")
NOT_A_NAME = frozenset("the a an he she it they we i you his her its their our this that these those there then "
                       "in on at but and or so yet as if when while after before since for from with by of to".split())
"""Capitalized words that open a sentence and name no one: after 'D.C.' or 'U.A.E.' they begin the next."""


def _initials_before_a_name(word: str, text: str, end: int) -> bool:
    """'K.N.' of 'K.N. Raghunathan', as the South Asian press writes a name: its stop ends no sentence.
    Letters with stops before a word that names no one ('in Washington, D.C. The …') end one."""
    if not INITIALS.fullmatch(word) or word.lower() in ("a.m", "p.m"):
        return False
    nxt = re.match(r"\s+([A-Z][a-z'’-]*)\b", text[end:end + 40])
    return nxt is not None and nxt.group(1).lower() not in NOT_A_NAME


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of spaces. A full stop after an abbreviation, an
    initial ("John F. Kennedy") or inside a number does not end one; a line break does."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if m.group() == "\n":
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
            if line and line[-1] not in ".!?:\"”’)" and len(line) >= HEADING \
                    and not SECTION_HEADING.match(text, m.end()) and not BULLET.match(text, m.end()):
                continue  # a wrapped line: the sentence goes on
        if m.group() == "." and (LIST_MARKER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.end())
                                 or re.fullmatch(r"\s*\d{1,3}", text[start:m.start()])):
            continue  # "1. At least 60 per cent", "… transfers. 89. The Panel": a list's or a paragraph's number
        if m.group()[0] == ".":
            before = re.search(r"([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*\.?)$", text[start:m.start()])  # 'Kadıköy' whole
            word = before.group(1).lower().rstrip(".") if before else ""
            after = text[m.end():m.end() + 3].lstrip()
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (after[:1].islower()) \
                    or _initials_before_a_name(before.group(1) if before else "", text, m.end()):
                continue
            if after[:1].isdigit() and (currencies.by_symbol(word + ".") or currencies.by_symbol(word)
                                        or currencies.ambiguous(word) or word in NUMBERED_AFTER_A_STOP):
                continue  # "released Rs. 38 billion": a currency's sign; "H.R. 6210": a label's number
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


def own_line(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a short line of its own (a page's number, a heading): only spaces between it and
    the line breaks around it."""
    if b - a > MAX_HEADING:
        return False
    end = text.find("\n", b)
    before, after = text[text.rfind("\n", 0, a) + 1:a], text[b:end if end >= 0 else len(text)]
    return not before.strip(" \t") and not after.strip(" \t")


MAX_HEADING = 80
"""The longest line, in characters, that may be a page's number or a heading (a paragraph's line is longer)."""


QUOTE_MARK = re.compile(r'["“”]|\n[ \t]*\n')
"""A quotation mark, or a blank line: the end of a paragraph, which ends a quotation left open."""


SINGLE_QUOTE = re.compile(r"(?P<open>(?:^|(?<=[\s(\[—–:]))['‘](?=[A-Z]))|(?P<close>(?<=[,.?!])['’](?=\s|$))|\n[ \t]*\n",
                          re.M)
"""In a text that quotes in single marks, as the British, Indian and East African press does ("'We paid,' said
Kim."), an opening mark before a capital, a closing one after a stop or a comma (an apostrophe is neither: "workers'
union", "don't"), or a blank line."""


def quotations(text: str) -> list[tuple[int, int]]:
    """Where each quotation of `text` stands, from its opening mark to past its closing one. One left
    open ends with its paragraph, as a quotation running on into the next opens that one again. A text
    with no double quotation mark may quote in single ones (`_single_quotations`)."""
    if not any(mark in text for mark in '"“”'):
        return _single_quotations(text)
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


def _single_quotations(text: str) -> list[tuple[int, int]]:
    """Quotations in single marks: each closes in its paragraph, or it was a scare quote or a name ('Big Four')."""
    spans: list[tuple[int, int]] = []
    start = None
    for m in SINGLE_QUOTE.finditer(text):
        if m["open"] is not None:
            start = m.start() if start is None else start
        elif m["close"] is not None and start is not None:
            spans.append((start, m.end()))
            start = None
        else:  # a blank line: a mark left open was no quotation ('the 'Big Four' firms')
            start = None
    return spans
