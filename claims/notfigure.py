"""Numbers that name a thing or a date rather than state a quantity: the one set of "not a figure" rules.

"Article 12", "COVID-19", "H-2A", "G7", "9/11", "24/7", "the 1990s", "March 2019", "the 1951
Convention", "2016–2022", "(555) 123-4567", "3rd", "2 pm": each holds digits, and none is a figure a
claim could be about. `find` returns where such numbers stand and why, so that `claims.ranges`
refuses them with that reason and the article extractor leaves them out, from the same rules.

The rules read lower- or mixed-case text alike. A letter glued to a number is allowed only where it
is a currency written the way money is ("US$5", "Rs20", "RM42"); which those are comes from
`claims.currencies`, so this module never guesses what a suffix means — units after a number are
`claims.ranges`' job, and anything it does not know there is an error too.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from claims import currencies, lexicon, units, vague

LABELS: tuple[str, ...] = (
    "article", "articles", "art.", "section", "sections", "sec.", "§", "resolution", "res.", "chapter",
    "chapters", "ch.", "tier", "top", "group of", "vision", "form", "page", "pages", "p.", "pp.", "paragraph",
    "paragraphs", "para.", "paras", "para", "no.", "nos.", "#", "annexes",
    "item", "rule", "clause", "annex", "appendix", "table", "figure", "fig.", "volume", "vol.", "issue",
    "version", "ver.", "phase", "grade", "class", "category", "model", "flight", "route", "highway",
    "interstate", "room", "building", "camp", "bureau", "office", "unit", "division", "battalion",
    "brigade", "regiment", "act", "bill", "law", "decree", "amendment", "protocol", "verse", "season",
    "episode", "step", "stage", "part", "title", "schedule", "exhibit", "docket", "apartment", "suite",
    "floor", "gate", "platform", "terminal", "channel", "district", "precinct", "ward", "zone", "sector",
    "lot", "plot", "box", "code", "iso", "sdg", "goal", "indicator", "question", "windows", "iphone",
    "covid", "boeing", "airbus", "block", "cell", "bed", "bay", "pier", "berth", "dock", "hall",
    "level", "wing", "target", "convention", "chart", "footnote", "footnotes", "endnote", "endnotes", "note",
    "line", "slide", "map", "row", "count", "on counts", "questions", "registered charity", "type", "scope",
    "reference", "ref.", "ref", "cap.", "number", "regulation", "reg.", "u/s", "column", "col.", "cols.",
    "observation", "recommendation", "objective", "pillar", "principle", "criterion",
    "priority", "grades", "ext.", "extension", "lap", "vol", "ticker", "fm", "kav.", "kav", "checkpoint",
    "distribution point", "distribution site", "collection point", "crossing point", "water point", "entry point",
    "stall", "booth", "kiosk", "policy", "exit", "exits", "junction", "junctions", "registration", "plate",
    "catalogue", "catalog", "hc", "imo", "h.r.", "h. r.", "instrument", "marker", "mile marker", "milepost",
    "tcp port", "udp port", "cusip", "option", "guideline", "guidelines", "prop.", "prop", "proposition",
    "courtroom", "resolution conf.", "series", "band", "formula", "bleep", "preprint", "docket entry",
)
"""Words that, standing right before a number, make it a label: 'Article 12', 'Tier 3', 'Top 10',
'Group of 20', 'Vision 2030', 'Camp 16', 'Bureau 121'."""

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
          "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec",
          # the months of the Iranian calendar and of the Islamic one that reports date by ('from 1 Farvardin')
          "farvardin", "ordibehesht", "khordad", "mordad", "shahrivar", "aban", "bahman", "esfand", "muharram",
          "ramadan", "shawwal")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATE_WORDS = ("in", "since", "by", "during", "until", "till", "before", "after", "the", "a", "an", "fiscal",
              "fy", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter", "throughout",
              "its", "their", "his", "her", "our", "this", "that", "last", "next", "of")
"""Before a year-like number ('in 2019', 'since 1998', 'the 1951 Convention', 'a 2019 report'), a
word that makes it a year. Range words ('between', 'to', 'from') are not among them: '1,000 to 2000
people' is a count, and a span of two years has its own rule."""

ORDINAL_WORDS: frozenset[str] = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth "
    "fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth billionth".split())
"""Ordinal words; some are also fractions ('a third'), which `claims.ranges` tells apart by what follows."""

FRACTION_DENOMINATORS: frozenset[int] = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 50, 100})
"""'a/b' is a fraction only with one of these below and a smaller number above: '2/3', '1/4', '20/100'.
Any other slashed pair names a date or a thing ('9/11', '24/7', '3/15')."""

YEAR = lexicon.YEAR
WEAPONS = (r"(?:pistol|handgun|gun|rifle|shell|round|cartridge|bullet|mortar|howitzer|cannon|rocket|grenade|weapon"
           r"|carbine|shotgun)s?|ammunition|ammo|artillery|munitions|calibre|caliber")
"""After a number of millimetres, what makes it a calibre ('a 9mm pistol', '155mm shells')."""


@dataclass(frozen=True)
class NotFigure:
    """Digits at text[start:end] that name something; `reason` says what, for an error message."""

    start: int
    end: int
    text: str
    reason: str


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def word_trie(words) -> str:
    """The words as one regex that matches what `_alternation` does, longest word first, but shares their first
    letters ('para(?:graphs?|s|\\.)?'): a position where no word starts is left after a letter or two, not
    after a try of each of 150 words (the label rule took four times as long)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict) -> str:
        ends = "" in node
        parts = [re.escape(char) + branch(node[char]) for char in sorted(c for c in node if c)]  # one at most matches
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if ends else body  # a longer word first, as the alternation has it

    return branch(tree)


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
"""A label's number: its comma only between groups of three ("section 25, and 318 defendants" ends at 25)."""
_DIGIT_GROUPS = r"0\d{2,4}(?:[\s.-]\d{2,4}){1,4}\b|\d{4}(?:\s\d{4}){1,4}\b"
"""A label's number in groups, a phone's or an account's: 'line 0800 22 22 00', 'order No. 4587 2210 9931'."""
_CODE = r"(?-i:\d+[A-Z][A-Za-z]*\d[A-Za-z\d]*)\b"
"""Digits, a capital (and letters) and digits again: a code ('512345AB6', a Korean case's '2023GoHap718'), no figure."""
_LIST_NUMBER = r"\d{1,4}(?:\.\d{1,2})?[A-Z]?"
"""A number in a list after a plural label ('Sections 420, 467 and 471', 'Tables 2.1 and 2.4', 'Zones 1-2')."""
_CLAUSE = r"\((?:[a-z]|[ivx]{2,4}|\d{1,2})\)"
"""A letter, roman numeral or number in brackets glued to a number: the '(k)' of '401(k)', '(2)' of '5(2)'."""


PLURAL_LABELS = ("sections|articles|paragraphs|paras|clauses|rules|chapters|pages|items|regulations|counts|terminals"
                 "|platforms|tables|figures|zones|lines")
"""Labels in the plural, which a list of their numbers follows ('Sections 420, 467 and 471')."""
STREET_ENDINGS = "vägen|gatan|vej|veien|gade|straße|strasse|platz|plads|torget"
"""How a street's name ends in Scandinavia and Germany ('Råsundavägen', 'Hauptstraße'), its number after it."""
STREET_WORDS = "Allé|Allee|Vej|Gade|Gata|Gatan|Vägen|Straße|Strasse|Platz|Plads|Torg|Torget|gate|vei|gata"
"""The same as a word of its own, after the name ('Frederiks Allé 14', 'Karl Johans gate 22')."""
STREET_TYPES = ("Street", "St", "Road", "Rd", "Lane", "Avenue", "Ave", "Drive", "Boulevard", "Blvd", "Close", "Parade",
                "Crescent", "Terrace", "Place", "Square", "Way", "Gardens", "Grove", "Mews", "Row", "Walk", "Court",
                "Pike", "Parkway", "Pkwy", "Trail", "Circle", "Turnpike", "Concourse", "Quay", "Wharf", "Esplanade",
                "Embankment", "Promenade", "Highway", "View", "Gate", "Gade")
"""The word that ends a street's name in English, its number before the name ('22 Mill Lane'), and in Norway's and
Denmark's ('40 Kongens Gate')."""
NUMBERED_ROADS = ("Route", "Highway", "Hwy")
"""Roads named by a number, a house's number before them ('2200 Route 46')."""
STREETS_NAMED_FIRST = ("Av.", "Avda.", "Avenida", "Calle", "Carrera", "Rua", "Via", "Viale", "Jl.", "Jalan", "Jln.",
                       "Lorong", "Lor.", "Rue", "Paseo", "Calzada", "Str.", "Strada", "Ulica", "ul.", "Jirón")
"""Words that open a street's name with the house's number after it, as Latin America, Indonesia and much of Europe
write it ('Av. Paulista 1578', Singapore's 'Lorong 6 Toa Payoh')."""
MALAY_STREETS = ("Jalan", "Jln.", "Lorong", "Lor.")
"""Words that open a street's name in Malaysia and Singapore, a block's or house's number before them too ('480 Lorong 6
Toa Payoh', '12 Jalan Besar')."""
STREETS_AFTER_A_NUMBER = ("rue", "avenue", "boulevard", "bd", "place", "quai", "chemin", "allée", "impasse", "calle",
                          "avenida", "rua", "travessa")
"""Words that open a street's name in French, the house's number before them ('22 rue de la Paix')."""
KOREAN_ROADS = ("daero", "ro", "gil")
"""The last part of a Korean road's name, which a house number comes before: '209 Sejong-daero', '37 Hanawon-gil'."""
JAPANESE_TOWNS = ("machi", "cho", "chome")
"""The last part of a Japanese district's name, which a block's and a house's numbers come before: '3-12 Gion-machi'."""

RACE_EVENTS = ("final", "finals", "race", "title", "gold", "silver", "bronze", "hurdles", "freestyle", "butterfly",
               "backstroke", "breaststroke", "individual", "medley", "sprint", "heat", "heats", "relay", "dash",
               "record", "world record", "champion", "semi-final", "semi-finals", "semifinal", "semifinals")
"""What follows a race's length ('the 200m final', 'a 400m hurdles title'): the length is no sum in millions."""
OTHER_CALENDARS = ("iranian", "persian", "solar hijri", "hijri", "islamic", "buddhist", "nepali", "ethiopian",
                   "hebrew", "jewish")
"""Calendars whose year a text names before its number ('the Iranian year 1403')."""


TALLIED = ("vote", "decision", "ruling", "verdict", "split", "majority")
"""What a tally of votes is the tally of ('a 5-4 majority', 'a 7-2 ruling'), not a range."""


def _phrases(words: tuple[str, ...]) -> str:
    """`_alternation` of words, a space in one matching any run of spaces ('world record')."""
    return _alternation(words).replace(r"\ ", r"\s+")


def _currency_codes() -> str:
    """An alternation of the currencies' short signs of two letters in capitals ('BD', 'KD', 'QR'): a code of three
    joined so ('200-EUR') is a sum, as an editor may write one."""
    return "|".join(sorted(w.upper() for w in currencies.spellings() if re.fullmatch(r"[a-z]{2}", w)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """One regex whose named groups are the rules, tried left to right at each position."""
    label = word_trie(LABELS)
    month = word_trie(MONTHS)
    date_word = word_trie(DATE_WORDS)
    rules = {
        # (CCPI, 2021=100), 2015 = 100: an index's base year and the value it is set to (before a month's rule)
        "index_base": rf"(?<![\d,.])\b(?:(?:{month})\s+)?{YEAR}\s?=\s?\d{{1,4}}\b(?![,.]\d)",  # 'December 2019 = 100'
        # =cmd|' /C calc'!A0, =SUM(A1:A9), @SUM(A1): what a spreadsheet would run
        "formula": r"\A\s*[=@][^\n]*",
        # (555) 123-4567, (02) 8555 0134, 555-123-4567, 555.123.4567, +1 555 123 4567, +44 20 7946 0958
        "phone": r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?\d{2,4}|\b\d{3}[.-]\d{3})[\s.-]\d{4}\b"
                 r"|\+\d{1,3}(?:[\s.-]\d{1,8}){2,6}\b|\b0\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?\b"
                 r"|(?<![\w.,])\+\d{1,3}\s\d{2,4}\b(?![,.]\d)"  # a country code and the first digits: 'beginning
                 # +57 321' ('+' before digits grouped by a space is no sum); and a free line, '01 8000 910 112'
                 r"|(?<![\d,.-])\d{3}-0\d{3}\b(?![,.]?\d)"  # a local number, '555-0147' (no range ends at '0147')
                 r"|(?<![\w*])\*\d{2,4}(?:\*\d{1,4})*#"  # a mobile short code, 'dial *152*00#'"
                 r"|\b(?:call(?:ing)?|dial(?:l?ing)?)\s+\*\d{3,6}\b"  # a short code: 'calling *5555'
                 r"|(?<![\d,.])\d{2,3}(?:\s\d{4}){2,3}\b(?![,.]\d)"  # Mexico City's, '55 5237 2000'
                 r"|\b1[38]00[\s.-]\d{3}[\s.-]\d{3,4}\b|\b1[38]00(?:[\s.-]\d{2}){3}\b"  # free numbers,
                 # Australia's '1800 333 000', '1800 51 51 31', India's '1800 425 3939'; no thousands group
                 r"|\b1[58][59]0[\s.-]\d{2}[\s.-]\d{2,4}\b"  # Ireland's, '1850 24 1850'
                 r"|(?<=\bon\s)13\s\d{2}\s\d{2}\b(?![,.]\d)"  # Australia's six-digit lines, 'on 13 11 14'
                 r"|\b0\d{2,4}\s\d{6,8}\b(?![,.]\d)"  # a British area code and number, '01632 960415'
                 r"|\b0\d{1,4}(?:[\s.]\d{2,3}){3,4}\b(?![,.]\d)"  # in pairs: '044 512 39 30', Britain's '03457 48 49 50'
                 r"|(?<![\d,.-])(?:15(?:22|33|44|66|77|88|99)|16(?:00|44|61|66|68|70|88)|18(?:11|33|55|77|99))-\d{4}\b"
                 r"(?![\d-]|[,.]\d)"  # a Korean company's or office's number: '1577-6635', the Hana Centers' line
                 r"|\b(?:call(?:ing)?|dial(?:l?ing)?|tel\.?|telephone|phone|fax|hotline|helpline|whatsapp"
                 r"|be\s+reached|line"
                 r"|toll-free\s+(?:number|line)"
                 r"|(?:emergency|help)\s+(?:number|line))(?:\s+(?:at|on|number|no\.))?"
                 r"\s*[:,]?\s*[+(]?\d[\d\s().-]{5,}\d"
                 r"|\b(?:call(?:ing)?|dial(?:l?ing)?|hotline|helpline|reachable\s+(?:at|on)|be\s+reached\s+(?:at|on)"
                 r"|toll-free(?:\s+(?:number|line))?"
                 r"|(?:emergency|help|phone|telephone)\s+(?:number|line)|call\s+cent(?:re|er))"
                 r"(?:\s+or\s+text)?(?:\s+(?:the|(?-i:[A-Z])[\w-]+(?=\s+(?:on|at)\b)))?(?:\s+(?:at|on|number|is))?"
                 r"\s*[:,]?\s*\d{3,6}\b(?!\d|[,.]\d|\s+(?-i:[a-z]+s)\b|\s\d"
                 rf"|\s+(?:{'|'.join(sorted(lexicon.PLURALS_WITHOUT_S))})\b)"  # not 'calling 300 people'
                 r"|\b(?:hotline|helpline|phone|telephone|fax|whatsapp)(?:\s+number)?\s+is\s+[+(]?\d[\d\s().-]{5,}\d"
                 # 'whose hotline is 2888 7228'
                 r"|\breport\s+(?:[\w-]+\s+){0,4}?on\s+\d{3,5}(?=\s*[.;]|$)"
                 r"|\b(?:text|sms)\s+messages?\s+to\s+\d{3,6}\b(?![,.]\d)"  # 'sending a text message to 1717'
                 r"|\bline,\s\d{3,6}(?=\s*[.;]|$)"  # 'call the free Gaula line, 165.'
                 r"|\b(?:hotline|helpline|line|number)\s+(?:for|to)\s[^.;\d]{0,60}?\bis\s+\d{3,6}(?=\s*[.;]|$)"
                 # 'the free hotline for reporting suspicious objects is 1590.'
                 r"|\b(?:line|number)\s+(?:at|on)\s+\d{3,6}\b(?![,.]\d|\s+\d)"  # 'the counselling line at 109'
                 r"|\b(?:call|dial|ring|contact)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?on\s+\d{3,5}(?:\s\d{2,3})?"
                 r"(?=\s*(?:[;)]|\.(?!\d)|$))"  # 'can call the tourist police on 1155.', 'police on 114 14.'
                 r"|(?<=\bpolice\son\s)\d{3,5}(?:\s\d{2,3})?(?=\s*(?:[;)]|\.(?!\d)|$))"
                 r"|\b\d{3,5}\s+(?:hotline|helpline)\b"  # "the city's 1551 hotline"
                 r"|\b(?:call|dial|ring|contact)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
                 r"\s+(?:on|at)\s+(?:\d{3,5}\b(?![,.]\d|\s+\d)|\d{2,3}(?:\s\d{2,3}){1,4}\b(?![,.]\d))"  # 'call the
                 # Civil Defence on 199', 'call the La Strada Foundation on 22 628 01 20'
                 r"|\breach\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:on|at)\s+\d{3,5}\b(?![,.]\d)"
                 r"(?=\s*(?:[,;)]|\.(?!\d)|$|between\b|from\b|or\b|for\b|24\b))"  # 'can reach the ministry's
                 # counselling centre on 1350 between 9 a.m.' (not 'reach agreement on 300 projects')
                 r"|(?<=\bor\s)(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+on\s+\d{3,5}\b"
                 r"(?=\s*[.;]|\s*$)"  # '… on 112 or the Financial Supervisory Service on 1332.'
                 r"|\b(?:text(?:s|ing)?|sms(?:ing)?)\s+(?:(?:[\"'“‘]?(?-i:[A-Z0-9]{2,})[\"'”’]?"
                 r"|(?:their|your|the\s+word)\s+[\w'’-]+)\s+to\s+\d{3,6}\b"
                 r"(?![,.]\d)|to\s+\d{3,6}\b(?![,.]\d|\s+(?-i:[a-z]))|\d{4,6}\b(?![,.]\d|\s+\d|\s+(?-i:[a-z]+s)\b))"
                 # a short code: 'reachable on 1199', 'dial 911', 'call 101,', 'helpline 14567',
                 # 'call the 1343 Actionline', 'call Childline on 1098', 'hotline, 133.',
                 # 'report child labour on 1098.', 'texting FARE to 53015', 'text 61616 or call'; not 'call 300
                 # witnesses', 'text 5000 voters', 'sent texts to 5,000 voters'
                 r"|(?<=\bon\s)\d{3}\s\d{3}\s\d{3,4}\b"
                 r"(?![\s\d]*(?!(?:between|from|or|and|during|until|on|at|for)\b)[^\W\d_])"  # 'on 900 123 456
                 # between 9am and 6pm' (not 'on 300 000 people')
                 r"|(?<=\bon\s)\d{3}\s\d{4}\b(?![,.]?\d)(?=\s*(?:[.;]|$|or\b))"  # 'the newsroom on 330 4111.'
                 r"|(?:(?<=\bcalls\sto\s)|(?<=\bcall\sto\s)"
                 r"|\b(?:use|using|on|dial(?:l?ing)?|call(?:ing)?|ring(?:ing)?)\s+)"
                 r"(?:911|999|112|000|111|101)\b"
                 rf"(?![,.]?\d|\s+(?-i:[a-z]+s)\b|\s+(?:{'|'.join(sorted(lexicon.PLURALS_WITHOUT_S))})\b)"
                 # 'calls to 999', 'use 101', not 'rose to 999 people'
                 r"|(?<=\band\s)(?:101|111)(?=\s+for\b)"  # '999 in an emergency and 101 for non-urgent matters'
                 r"|\b(?:a|an|the)\s+(?:911|999|112|000|111|101)(?=\s+(?:call|calls|caller|callers|operator|"
                 r"dispatcher|dispatchers|line|service|system|centre|center)\b)"  # 'a 911 call', 'the 999 service'
                 r"|\b(?:access\s+code|pass\s?code|pin|meeting\s+id|conference\s+id)\s*:?\s*\d{3,}(?:[ ]\d{2,})*\b"
                 r"|(?<=\bline\son\s)[+(]?\d{2,4}(?:[\s.-]\d{2,4}){2,}\b"
                 r"|(?<=\bnumber\son\s)[+(]?\d{2,4}(?:[\s.-]\d{2,4}){2,}\b",
        # a number 'on' nothing ('share them on 950 214 300.', not 'spent on 100 000 000 doses'), or on a line
        # ('the information line on 800 004 6264 from 9 a.m.')
        # passed by 172 votes to 94, a 5-6 vote: a vote's tally, not two figures or a range
        "vote": r"\b\d[\d,]*\s+votes?\s+(?:to|against)\s+\d[\d,]*\b"
                r"|\b\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}-\d{1,2}\))?(?:,\s*\d{1,2}-\d{1,2}(?:\s?\(\d{1,2}-\d{1,2}\))?)+\b"
                # a match's set scores: '6-4, 3-6, 7-6 (7-4)'
                rf"|\b\d{{1,3}}\s*[-–—]\s*\d{{1,3}}\s+(?:{_alternation(TALLIED)})\b",
        # 6'2", 5’11”: a height in feet and inches
        "height": r"(?<![\w.,'’])\d{1,2}\s?['’′]\s?\d{1,2}(?:\.\d+)?\s?(?:\"|″|”|'')",
        # 2010-05-13, 13/05/2010, 13.05.2010, 1995-01, 12-2015 (alone; '1–2000' is how a range is written), 20161016
        "date": rf"\b{YEAR}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b(?![,.]\d)"
                rf"|(?<![\d,.-])(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-{YEAR}\b(?![,.]?\d)"  # 14-03-2024"
                rf"|\b{YEAR}[-/](?:0\d|1[0-2])\b(?![-–—/]?\d)"
                rf"|(?<![$¥₩€£\d,.])(?:0?[1-9]|1[0-2])-{YEAR}\b(?![,.]?\d)(?!\s*(?:[^\W\d_]|%))"
                r"|(?<![$¥₩€£\d,.])(?:1[89]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\d,.])",
        # 1.67.0, 2.14.3, 192.168.1.1: a version or an address (not '1.000.000', Europe's thousands)
        "version": r"(?<![\w.,])\d+\.\d+\.\d+(?:\.\d+)*(?![\w.]*\d)(?<!\.\d{3}\.\d{3})(?<!\d\.\d{3})"
                   # Web 2.0, the CRASH 2.0 system, the LX 400 series: a name's version or a model's series (not
                   # 'USD 2.0 billion', 'Exports 2.0%')
                   r"|\b(?P<named>(?-i:[A-Z][a-z]{2,}|[A-Z]{2}|[A-Z]{4,}))\s\d{1,2}\.0(?![\d,]|\.\d)"
                   r"(?!\s*(?:%|percent|per\s+cent|[mbk]n?\b|thousand|million|billion|trillion|crore|lakh"
                   r"|[^\W\d_]+\s+(?:of|in|a|per)\b))"
                   r"|\b(?P<model>(?-i:[A-Z][\w-]*))\s\d{1,4}(?=\s+(?:series|edition)\b)"
                   # a product in camel case, 'NimbusOS 17.2', 'iOS 17', 'PlayStation 5' (not 'McDonald', 'DeSantis')
                   r"|(?-i:\b(?!Mac)(?:[A-Za-z]*[a-z]{2}|i)[A-Z][A-Za-z]*)\s\d{1,2}(?:\.\d{1,2}){0,2}(?![\d,]|\.\d|\s*%)"
                   r"|(?<![\w.,])\d+(?:\.\d+)*\.(?:com?|org|net|io)\b(?!\.?\d)",  # a web address: '99.co', '163.com'
        # 2016–2022, 2015-16, 2014~2018, between 2016 and 2022, from 2016 to 2022, 2016 to 2022, 2015 or 2016
        # (not the '1875–10' of '1.1875–10')
        "years": rf"(?<![$¥₩€£\d])(?<!\d[,.])\b{YEAR}\s*[-–—/~]\s*(?:{YEAR}|\d\d)\b(?![,.]\d)"
                 rf"|\bbetween\s+{YEAR}\s+and\s+{YEAR}\b|\bfrom\s+{YEAR}\s+(?:to|until|till|through)\s+{YEAR}\b"
                 rf"|(?<![$¥₩€£\d,.])\b{YEAR}\s+(?:to|or|until|till|through)\s+{YEAR}\b(?![,.]\d)",
        # March 2019, 5 March, March 5, 5th of March, 12 March 2025, March 12, 2025, mid-2019
        "month": rf"(?<![a-z])(?:{month})\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}\b(?![,.]?\d)"
                 rf"|(?<![a-z])(?:{month})\s*\d{{1,4}}(?:st|nd|rd|th)?\b(?![,.]?\d)"
                 rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:and|&|to|or)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:of\s+)?"
                 rf"(?:{month})(?![a-z])(?:,?\s+{YEAR}\b(?![,.]?\d))?",  # and two days of a month: '14 and 15 May'
        # the 1990s, 1990's, '90s, the 80s, the mid-1990s
        "decade": r"(?:'|’|\bthe\s+)\d0'?s\b|\b(?:(?:early|mid|late)-)?(?:1[89]|20)\d0'?s\b",
        # 2 pm, 2.13 a.m., 14:30, 9 o'clock
        "time": r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|noon\b|midnight\b)"
                r"|\b\d{1,2}:[0-5]\d:[0-5]\d\b"
                r"|(?<![\d,.])(?:1[0-2]|[1-9])[0-5]\d\s?(?-i:AM|PM)\b"  # a forecaster's '1100 AM CDT', '200 PM'
                r"|\b(?:[01]?\d|2[0-4]):[0-5]\d\b"
                r"|(?<=GMT)[+−-]\d{1,2}(?::\d\d)?\b|(?<=UTC)[+−-]\d{1,2}(?::\d\d)?\b"  # a time zone: 'GMT+2'
                r"|(?-i:\bT)\s?[+−-]\s?\d{1,5}(?::\d\d){0,2}\b",  # a launch's clock: 'T+68 seconds', 'T-10'
        # 2300 hrs, 0800 hours: a time on a 24-hour clock ('1,200 hours', '1200 hours a year', '… of training' last)
        "clock": r"(?<![\d,.])(?:[01]\d|2[0-3])[0-5]\d\s*(?:(?:hrs|hours|h)\b(?!\s+(?:a|an|per|of)\b)"
                 r"|(?-i:GMT|UTC|BST|CET|EST|EDT|PST|IST|WAT|EAT|CAT|SAST)\b)",  # '1120 GMT', as wire copy writes it
        # 19.8°N, 87.2° E, 33°51′S, 40 degrees north latitude: a place's latitude or longitude
        "coordinate": r"(?<![\w.,])\d{1,3}(?:\.\d+)?\s?°\s?(?:\d{1,2}(?:\.\d+)?\s?['′’]\s?"
                      r"(?:\d{1,2}(?:\.\d+)?\s?(?:\"|″|”|'')\s?)?)?(?-i:[NSEW])\b"
                      r"|(?<![\w.,])\d{1,3}(?:\.\d+)?\s+degrees?\s+(?:north|south)\s+latitude\b"
                      r"|(?<![\w.,])\d{1,3}(?:\.\d+)?\s+degrees?\s+(?:east|west)\s+longitude\b"
                      r"|(?<![\w.,])\d{1,3}\.\d+\s+(?-i:North|South|East|West)\b(?!\s+(?-i:[A-Z]))",  # an advisory's
        # '26.8 North, 92.1 West' (not '2.5 South Koreans')
        # {2.1, Figure SPM.1}, {3.4; Cross-Chapter Box 2}: the references a summary for policymakers puts in braces
        "reference": r"\{[^{}\n]{1,200}\}",
        # 3:1, 50:50, 1.5:1: a ratio (a time of day is read first: '14:30'; "Finding 1: 300 women" is no ratio)
        "ratio": r"(?<![\d.,:])\d+(?:\.\d+)?:\d+(?:\.\d+)?(?![\d:])",
        # in 2019, since 1998, the 1951 Convention, mid-2019
        "year": rf"(?<![a-z])(?:{date_word})\s+{YEAR}\b(?![,.]\d|\s*(?:%|percent|per\s+cent)|[-–—/]\d)"
                rf"|\bmid-{YEAR}\b"
                r"|(?<![a-z])(?:since|until|till|before|after|founded\s+in|built\s+in|established\s+in"
                r"|dating\s+from)\s+"
                rf"1[5-7]\d\d\b(?![,.]?\d|\s*%|\s+(?:[a-z]+s|{'|'.join(sorted(lexicon.PLURALS_WITHOUT_S))})\b)"
                # an older year: 'had traded since 1782', 'roughly 280 ppm before 1750'
                rf"|(?<![\d,.])(?:19[5-9]\d|20\d\d)[EFP]\b(?!-)"  # a table's forecast, estimate or provisional
                # year: '2025F'
                rf"|(?<![a-z])(?:since|until|till)\s+(?:at\s+least|as\s+(?:early|late|far\s+back|recently)\s+as)\s+"
                rf"{YEAR}\b(?![,.]\d|\s*%|[-–—/]\d)"  # 'since at least 2015', 'until at least 2030'
                rf"|(?<![\d,.$€£¥])\b{YEAR}(?=\s+(?:levels?|baseline|prices|peak)\b)"  # '53% below 1990 levels'
                rf"|(?<=\bover\s){YEAR}(?=[.,;](?!\d))"  # 'an increase of 0.6%, over 2022.'
                rf"|(?<=[%\d]\son\s){YEAR}\b(?![,.]\d|\s*%)"  # 'up 9% on 2022', the year a change is on
                rf"|(?<![\d,.$€£¥])\b{YEAR}(?=\s+(?-i:Annual|Report|Survey|Census|Index|Yearbook|Review|Budget"
                r"|Olympics"
                r"|World\s+Cup|Games|Elections?|Summit|Edition|Update)\b)"  # 'the NKDB's 2024 Annual Report'
                # another calendar's year: Thailand's Buddhist Era ('B.E. 2560'), Nepal's Bikram Sambat ('2081 BS'),
                # Ethiopia's ('2016 E.C.'), the Hijri ('1445 AH')
                r"|(?-i:\b(?:B\.\s?E\.|BE|B\.\s?S\.|BS|A\.\s?H\.|AH)\s?[12]\d{3}\b"
                r"|(?<![\d,.])[12]\d{3}\s?(?:B\.\s?E\.|BE|B\.\s?S\.|BS|E\.\s?C\.|EC|A\.\s?H\.|AH)(?![\w]))"
                rf"|\b(?:{_phrases(OTHER_CALENDARS)})\s+"
                r"(?:calendar\s+)?(?:fiscal\s+)?year\s+[12]\d{3}\b(?![,.]\d)"  # 'the Iranian year 1403'
                rf"|\b(?:through|until|till|by)\s+(?:at\s+(?:least|the\s+(?:earliest|latest))|as\s+late\s+as)"
                rf"\s+{YEAR}\b(?![,.]\d|\s*(?:%|percent|per\s+cent)|[-–—/]\d)"  # 'updates through at least 2032'"
                rf"|(?<![a-z])for\s+{YEAR}\b(?![,.]\d|\s*(?:%|percent|per\s+cent)|[-–—/]\d|\s+[a-z]+s\b)",  # 'a
        # forecast for 2025 to 2.4%'; not 'for 2000 days'
        # a page's number on a line of its own ("41", "— 17 —"), "Page 22 of 64", a section's before its heading's
        # line ("3.1 Recruitment pathways\n"): what a PDF's text keeps of its layout
        "page": r"(?:(?<=\n)|\A(?=[^\n]*\n))[ \t—–-]*\d{1,4}[ \t—–-]*(?=\n|\Z)|\bpage\s+\d+\s+of\s+\d+\b"
                r"|(?:(?<=\n)|\A(?=[^\n]*\n))[ \t]*\d{1,3}[ \t]*/[ \t]*\d{1,3}[ \t]*(?=\n|\Z)"  # a slide's "12 / 24"
                r"|\A[ \t]*[—–-]+[ \t]*\d{1,4}[ \t]*[—–-]+[ \t]*\Z"
                r"|(?:(?<=\n)|\A)\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=(?-i:[A-Z][a-z])[^\n\d]*\n)"
                r"(?!(?:Million|Billion|Thousand|Trillion|Percent|Per|Years?|Months?|Days?)\b)"
                r"|(?:(?<=\n)|\A)[ \t]*\d{1,4}(?=(?:[ ]{3,}|\t)(?-i:[A-Z]))"  # a running header: "14   Himalayan …"
                # a numbered paragraph or heading of a report: "4.1 The Committee noted …", "5.0 RECOMMENDATIONS"
                r"|(?:(?<=\n)|\A)[ \t]*\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[ \t]+"
                r"(?=(?P<para>(?-i:(?![KMGT]bps\b)[A-Z][a-z]{2,}|[A-Z]{4,}))\b)",  # not '69.4 Mbps'
        # 8 U.S.C. § 1324, 18 USC 3553: the title of a code of laws; the 1400 block of Main Street: an address
        "code_title": r"\b\d{1,3}\s+(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R|USC|CFR|NYCRR|CCR)\b\.?"
                      r"(?:\s*§*\s*\d+(?:\.\d+)*(?:\([a-z0-9]+\))*)?",  # and its section: '19 CFR 12.43'
        # (TSE: 6982), NYSE: ABC, HKEX: 0700: a listed company's code on its exchange
        "ticker": r"(?-i:\b(?:TSE|TYO|NYSE|NASDAQ|Nasdaq|LSE|HKEX|SEHK|SGX|ASX|TSX|SIX|KRX|KOSPI|KOSDAQ|BSE|NSE|JSE"
                  r"|PSX|DSE|NGX|IDX|SET|Bursa|TWSE|Euronext|XETRA|Xetra))\s?:\s?[A-Z0-9.]{1,8}\b",
        "block": r"\b\d{1,5}\s+block\s+of\b",
        # Article 12, Tier 3, Group of 20, No. 16, § 4
        "label": r"\bvol\.?\s*\d+(?:\s?\(\d+\))?,\s*pp?\.?\s*\d+(?:[-–]\d+)?"  # a citation: 'vol 31, p 118'
                 r"|\bno\.\s*\d{4}:\d{1,4}\b"  # 'Report No. 2024:11'
                 r"|\bflights?,?\s+(?:(?:such\s+as|including|like|e\.g\.,?)\s+)?"
                 r"(?-i:[A-Z][A-Z0-9]|[0-9][A-Z])\s?\d{1,4}\b"  # an airline's code: 'flight QR 652', 'flights such
                 # as QR 1341',
                 # 'flight 8Z 101' (before 'flight' alone takes its '8')
                 # a list after a plural label: 'Sections 420, 467 and 471 of the IPC', 'Articles 5, 6 and 12'
                 rf"|(?<![a-z])(?:{PLURAL_LABELS}):?\s+{_LIST_NUMBER}(?:{_CLAUSE})*"
                 rf"(?:(?:\s*,\s*{_LIST_NUMBER}(?:{_CLAUSE})*)+"
                 rf"(?:\s*,?\s*(?:and|or|&)\s*{_LIST_NUMBER}(?:{_CLAUSE})*)?"
                 rf"|\s+(?:and|or|&|to|through)\s+{_LIST_NUMBER}(?:{_CLAUSE})*|\s?[-–]\s?{_LIST_NUMBER})"
                 r"(?![\d,.]*\d|\s+(?-i:[a-z]+s)\b)"  # 'Tables 2.1 and 2.4', 'Zones 1-2'
                 rf"|(?<![a-z])(?<!\bwe\s)(?<!\bthey\s)(?<!\bi\s)(?<!\byou\s)"  # a verb: 'We count 187 tankers'
                 rf"(?:{label})\s*(?:{_DIGIT_GROUPS}|\d{{1,3}}[A-Z](?:\.\d{{1,3}})+\b|{_CODE}|{_NUM})"
                 r"(?![.,]?\d|\s*(?:%|per\s*cent|percent))"
                 rf"(?:{_CLAUSE})*"
                 rf"(?:\s*(?:[-–—]|to|and|or|through)\s*\d[\d,.]*(?:{_CLAUSE})*)?"  # not 'target 5.8%'
                 r"|\b(?:number|no\.|reference|ref\.?|code|id):\s*\d[\d/-]*\b"  # 'Unique reference number: 138842'
                 r"|\bno\.\s*(?-i:[A-Z]{1,3})/\d{1,6}\b"  # 'Parliamentary Question No. B/412'
                 r"|(?-i:\bYear)\s+(?:1[0-3]|[1-9])\b(?![,.]\d|\s*%)"  # a school year: 'Year 1 pupils', 'Year 12'
                 r"|(?-i:\b(?:Region|Plan|Wave|Condition|Session|Branch))\s+\d{1,2}\b(?![,.]\d|\s*%)"
                 # 'Region 7', 'Plan 2 loans'; not 'the region 300 schools'
                 r"|(?-i:\b(?:wave|condition|session|branch))\s+\d{1,3}(?=\s*[,;:)]|\.(?!\d)|\s+(?:of|at|on|in)\b)"
                 # 'runners in wave 7, the last', 'under condition 14 of the consent'; not 'a wave 7 metres high'
                 r"|(?-i:\bDublin)\s+\d{1,2}\b(?![,.]\d|\s*%)"  # a Dublin postal district: 'a house in Dublin 15'
                 r"|(?<=\bthe\s)\d{1,3}(?=\s+(?:(?:bus|service|route)\b(?!\s+[a-z]+s\b)|between\s+[A-Z]))"
                 # a bus route: 'journeys on the 23 between Kingsmead and Dunmore', 'the 38 bus' (not 'the 300
                 # service members')
                 r"|(?-i:\bU/?A)\s?\d{1,2}\+"  # an Indian film's certificate: 'a U/A 13+ certificate'
                 r"|(?-i:\bVote)\s+\d{1,3}\b(?![,.]\d|\s*%)"  # a budget's vote: 'the allocation under Vote 34'
                 r"|(?<![\w.,])\d{1,5}(?:\.\d+)?\s?[kmg]hz(?:,?\s+(?:and|or)\s+\d{1,5}(?:\.\d+)?\s?[kmg]hz)*"
                 r"(?=\s+(?:band|bands|frequency|frequencies)\b)"  # radio bands' names: 'the 700 MHz band', 'the 900
                 # MHz and 1800 MHz bands'
                 r"|(?<![\d.,]\s)\b(?:kilomet(?:re|er)|km)\s+(?:post\s+)?\d[\d,.]*\b(?![.,]?\d)",
        # a road's marker: 'at kilometre 118', 'kilometre post 214.6' (not '5 km 300 m')
        # at 22 Mill Lane, , 200 Harbor Drive,: a house number (not 'some 300 Oxford Street shops')
        "address": r"(?:(?<=\bat\s)|(?<=\bon\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bof\s)|(?<=\bthe\s)|(?<=\bor\s)"
                   r"|(?<=\boutside\s)|(?<=\bnear\s)|(?<=\bopposite\s)|(?<=,\s)|(?<=\()"
                   r"|(?<=^)|(?<=\n))\d{1,5}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?\s+"
                   r"(?:(?:(?-i:[A-Z])[\w'’-]*\.?\s+|\d{1,3}(?:st|nd|rd|th)?\s+(?=(?-i:[A-Z]))){1,3}"
                   # '2201 C Street', '1317 E. 7th St.'
                   rf"(?-i:{_alternation(STREET_TYPES)})\b\.?"
                   rf"|(?-i:(?:State\s|US\s|U\.S\.\s)?(?:{_alternation(NUMBERED_ROADS)})\s\d{{1,4}})\b"
                   r"|(?-i:(?!Norway)[A-Z][a-z]{2,}way)\b(?!['’])(?=\s*[,.;)]))"
                   # '2200 Route 46'; a street named '-way' ('at 88 Queensway, Admiralty')
                   r"(?!\s+(?-i:[a-z]{3,}s)\b)"  # not 'of 300 Oxford Street shops'
                   # the number after the street, as Latin America, Indonesia and much of Europe write it
                   rf"|(?-i:\b(?:{_alternation(STREETS_NAMED_FIRST)})"
                   r"\s+(?:(?:[A-Z][\w.'’-]*|de|da|del|la|van|von|di|du)\s+){0,5}\d{1,5}(?:[-–]\d{1,5})?\b"
                   rf"|\b(?:{_alternation(STREETS_NAMED_FIRST)})\s+(?:(?:[A-Z][\w.'’-]*|de|da|del|la)\s+){{0,4}}"
                   r"[A-Z][\w'’-]*,\s\d{1,5}\b(?!\s+[a-z]|[,.]\d))"  # 'Rua Marechal Deodoro, 630', not 'On Calle
                   # Mayor, 300 people'
                   rf"|(?<![\d,.])\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:{_alternation(STREETS_AFTER_A_NUMBER)})"
                   r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?(?-i:[A-Z])[^,\n.;]{0,40}"
                   r"(?:,\s\d{5}\s+(?-i:[A-Z])[\w'’-]+)?"  # '22 rue de la Paix, 75002 Paris'
                   rf"|(?<![\d,.])\d{{1,5}}[A-Z]?\s+(?-i:{_alternation(MALAY_STREETS)})(?:\s+\d{{1,3}}[A-Z]?)?"
                   r"(?=\s+(?-i:[A-Z]))"  # '480 Lorong 6 Toa Payoh', '12 Jalan Besar'
                   rf"|(?<![\d,.])\d{{1,4}}(?:-\d{{1,4}}){{1,2}}\s+"
                   rf"(?-i:[A-Z][a-z]+-(?:{_alternation(JAPANESE_TOWNS)}))\b"
                   rf"|(?<![\d,.])\d{{1,5}}\s+(?-i:[A-Z][a-z]+-(?:{_alternation(KOREAN_ROADS)}))\b"
                   r"(?!\s+[a-z]{3,}s\b)"
                   # a Korean road: '209 Sejong-daero'
                   r"(?![,.]\d)"
                   # and a street whose name ends in its word, as the Nordic countries and Germany write it:
                   # 'Råsundavägen 88', 'Frederiks Allé 14', 'Karl Johans gate 22', 'Hauptstraße 5'
                   rf"|(?-i:\b[A-ZÅÄÖÆØÜ][\w'’-]*(?i:{STREET_ENDINGS})\s+\d{{1,4}}[a-z]?\b)(?![,.]\d|\s*%)"
                   rf"|(?-i:\b(?:[A-ZÅÄÖÆØÜ][\w'’-]*\s+){{1,2}}(?:{STREET_WORDS})\s+\d{{1,4}}[a-z]?\b)"
                   r"(?![,.]\d|\s*%)",
        # doi:10.4411/jom.2024.0613: a paper's identifier
        "doi": r"\bdoi:\s*\S+|\b10\.\d{4,9}/\S+"
               # a journal citation's year, volume, issue and pages: '2025;14(3):211-229'
               r"|\b\d{4};\s?\d{1,4}(?:\(\d{1,3}\))?:[A-Za-z]?\d{1,6}(?:[-–][A-Za-z]?\d{1,6})?\b",
        # a 1-in-100-year flood: how rare an event is, as a return period
        "return_period": r"\b(?:\d[\d,]*|one|a)-in-(?:an?-)?\d[\d,]*-(?:years?|yrs?)\b",
        # epidemiological week 14, in week 3: a week's number (not 'every week 300 people', 'a week 40 hours')
        "week": r"(?<![a-z])weeks\s+\d{1,2}(?:,\s*\d{1,2})*,?\s+(?:and|or|to)\s+\d{1,2}\b(?![,.]\d|\s*%)"
                r"|(?<![a-z])(?<!every\s)(?<!each\s)(?<!\ba\s)(?<!per\s)(?<!this\s)(?<!that\s)(?<!next\s)"
                r"(?<!last\s)(?<!one\s)(?<!same\s)(?<!\d\s)week\s+(?:[1-9]|[1-4]\d|5[0-3])"
                r"(?=\s*(?:[,;:()\]—–]|\.(?!\d)|$)"
                r"|\s+(?:to|and|of|in|compared|when|as|with|from|alone|report|data|update|figures)\b)",
        # p < 0.05, r=0.4, OR = 2.3: a test's statistic, not a claim (a sample's size, n = 200, is a count)
        "statistic": r"(?<![\w.])(?:p|r|t|z|f|or|hr|rr|aor|df|se|sd|β)\s*(?:<=|>=|[=<>≤≥])\s*[-−]?"
                     r"(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
                     r"|(?<![\w.])(?:sd|se|iqr)\s*:?\s*[-−]?\d[\d,]*(?:\.\d+)?%?"
                     r"(?:\s*(?:[-–—]|to)\s*[-−]?\d[\d,]*(?:\.\d+)?%?)?",  # "(SD 8.1)", "(IQR 19–28)": a spread
        # 3rd, 21st, 4th
        "ordinal": r"\b\d+(?:st|nd|rd|th)\b",
        # women.13, 2000s,12, 68.4%,14, by 2028.24: a footnote's number glued after a word, or a year, and its stop
        # (not 'Rs.500'); the stop is the sentence's, no part of the mark
        "footnote": r"(?<=[A-Za-z%\"”’')][.,;:])\d{1,3}(?=\s|$)"
                    r"|(?<=(?<![\d,.])(?:19|20)\d\d\.)(?!0)\d{1,3}(?=\s+(?-i:[A-Z])|\s*$)"  # no footnote is '000'
                    r"|(?<=(?<![\d,.])(?:19|20)\d\d[-–—/]\d\d\.)\d{1,3}(?=\s+(?-i:[A-Z])|\s*$)",  # '2022–23.41 Most
        # [14], [3, 4], [12–15]: a citation mark, as Wikipedia writes one after a sentence or a figure (its
        # numbers, inside the brackets: parse_range passes the mark over as an aside); not '[5,000]'
        "citation": r"(?<=\[)(?:\d{1,3}(?:(?:,\s+|\s*[–-]\s*)\d{1,3})*|\d{4,7})(?=\])",  # Hansard's '[902331]' too
        # Respondents: (1) Mr K. Haddad (2) Mrs N. Haddad: an item's number in brackets, before a name
        "enumeration": r"(?<![\w)])\(\d{1,2}\)(?=[ \t]+(?-i:[A-Z]))",
        # 401(k), 501(c)(3), Section 5(2): a letter, numeral or number in brackets glued to a number
        "clause": rf"(?<![\w.,])\d[\d,.]*(?:{_CLAUSE})+",
        # COP26, COP 28: the UN climate conference, never a sum of Colombian pesos that small
        "conference": r"(?<![a-z])cop\s*-?\s*\d{1,2}\b(?![,.]?\d)",
        # 1.5E+06, 2.3e4: a number a spreadsheet wrote in scientific notation, perhaps rounded
        "scientific": r"(?<![\w.,])\d+(?:\.\d+)?e[+-]?\d+\b",
        # 007, 000, 0800: digits after a leading zero are a code (not "10 000", a spaced thousands); 2210-01-110, a
        # budget's head of account: three or more groups joined by hyphens, one with a leading zero
        "code": r"(?<![\w.,])(?<!\d )0\d+(?:[.,]\d+)*|\b0x[0-9a-f]+\b"  # and a hexadecimal one, '0x7f3a9c21e4'
                r"|(?<![\w.,])[a-z]{1,4}0\d+\b"  # and letters joined to one, a flight's or a form's ('FG001')
                r"|(?<![\w.,-])\d{2,6}(?=(?:-\d{1,6}){2,}(?![\w-]))(?=[\d-]*-0)(?:-\d{1,6}){2,}",
        # a 9mm pistol, 155mm artillery shells, 5.56 mm NATO rounds: a calibre names a weapon or its ammunition
        "calibre": rf"(?<![\w.,])\d{{1,3}}(?:\.\d+)?\s*-?\s*mm\b(?=(?:\s+[a-z]+)?\s+(?:{WEAPONS})\b)",
        # 1080p, 2160p, 1080i: a video resolution (a sum in pence that large has its comma, '1,080p')
        "resolution": r"(?<![\w.,])(?:1080|1440|2160|4320)[pi]\b"
                      # the 200m final, a 400m hurdles title: a race's length, not millions
                      r"|(?<![\w.,$€£¥])(?:50|100|110|200|400|800|1500|3000|5000|10,?000)m\b"
                      rf"(?=\s+(?:{_phrases(RACE_EVENTS)})\b)"
                      r"|(?<=\bthe\s)(?:100|110|200|400|800|1500|5000|10,?000)m\b(?=\s+(?:in|at)\b|\s*[,;)]|\.(?!\d))"
                      # 'ran 10.02 seconds for the 100m in 2023'
                      # 4K video, 8K TVs, a 10K race: a resolution or a race's length in km, not thousands
                      r"|(?<![\w.,$€£¥])(?-i:(?:2|4|5|6|8|10|12|16|21)K)\b"
                      r"(?=\s+(?:video|videos|resolution|displays?"
                      r"|screens?|tvs?|televisions?|cameras?|monitors?|footage|content|streaming|hdr|uhd|races?|runs?"
                      r"|fun\s+runs?|road\s+races?)\b)|(?<=\bin\s)(?-i:(?:4|8)K)\b(?![\d,]|\.\d)",
        # LS2 9NZ, SW1A 1AA: a British postcode; CEDAW/C/RUR/CO/9, A/HRC/55/27, S/RES/2397: a UN document's symbol;
        # "1/ The …", "7/ Full story": a post's number in a thread
        "code_name": r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b)"
                     r"|(?-i:\b[A-Z][A-Z0-9.]*(?:/[A-Z0-9.]+)*/(?:[A-Z][A-Za-z]*\.)?\d{1,4}\b)(?!/)"  # 'CRP.1'
                     r"|(?-i:\b[A-Z]{1,5}\.\d{2,4}(?:\.\d{1,4})+\b)"  # a court's case number: 'SK.2022.17'
                     r"|(?-i:\b[A-Z]{2,5}\.\d{4,6}\b)(?![.,]\d)"  # a competition case's: 'decision AT.40437'
                     r"|(?-i:\b[A-Z]{1,5}\.\d{1,5}\(\d{1,3}\))"  # an IMO resolution's: 'A.1192(33)', 'MSC.428(98)'
                     r"|(?-i:\b(?:CONC|COBS|SYSC|PRIN|MCOB|ICOBS|DISP|SUP|GEN)\s\d{1,2}(?:\.\d{1,2})*[A-Z]?\b)"
                     # a section of the UK regulator's handbook: 'CONC 6.7'
                     r"|(?-i:\b\d{1,3}/[A-Z]{1,4}\.\d{1,3}\b)"  # a UN climate decision's: 'Decision 1/CP.28'
                     r"|(?-i:(?<=['‘\"“])[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s\d{1,3}(?=['’\"”]))"
                     # a name in quotes: "the operation, codenamed 'Eolo 2'"
                     r"|(?-i:\b[A-Z]{2,5}\(\d{4}\)\s?\d{1,4}\b)"  # an EU document's: 'COM(2025) 176'
                     r"|(?-i:\b[A-Z]{2}[A-Z0-9]{9}\d\b)"  # an ISIN: 'US168863EA21'
                     r"|\b[a-z]+_[a-z0-9_]*\d+\b"  # a dataset's code: 'ilc_di12'
                     rf"|(?-i:\b(?:FTSE|S&P|Nikkei|Russell|Stoxx|DAX|CAC|ASX|Nifty|KOSPI|Hang\s+Seng))\s\d{{2,4}}\b"
                     # a stock index's name: 'FTSE 350 companies', 'the S&P 500'
                     rf"|\b{_CODE}"  # a security's code: 'CUSIP 512345AB6'
                     r"|(?:(?<=\n)|\A|(?<=[.!?:]\s))\d{1,2}/(?=\s)",
        # 9/11, 24/7, 2/3 (checked: a fraction passes)
        "slash": r"(?<![\d/])\d+/\d+(?![\d/]|[,.]\d)",
        # agreement 4512-BD: a number joined by a hyphen to a currency's sign of two capitals names a thing; a sum puts
        # the sign apart ('BD 4,512')
        "code_joined": rf"(?<![\w.,-])\d[\d,.]*-(?-i:{_currency_codes()})(?![\w-]|\s*\d)",
        # COVID-19, H-2A, G7, MP3, ICD-10, A0, F-16 (checked: a currency before the number passes; "1-in-5" is a share)
        "glued": r"(?<![\w$])(?!(?<=[\d%]-)(?:in|to)-\d|(?<=\d-out-)of-\d)"
                 r"(?P<letters>[^\W\d_]+)(?P<hyphen>-?)\d[\d,.]*[^\W_]*",
    }
    return re.compile("|".join(f"(?P<{name}>{rule})" for name, rule in rules.items()), re.I)


MESSAGES = {
    "formula": "is a spreadsheet formula, not a figure",
    "version": "is a version number, a model's series or an address ('1.67.0', 'Web 2.0', 'the LX 400 series', "
               "'192.168.1.1', '99.co')",
    "height": "is a height in feet and inches, which claims tracker does not read: write it in cm or inches",
    "phone": "looks like a phone number",
    "vote": "is a vote's tally, not a figure a claim is about",
    "date": "is a date",
    "years": "is a span of years, not a figure",
    "month": "is a date",
    "decade": "names a decade",
    "time": "is a time of day",
    "clock": "may be a time of day on a 24-hour clock ('2300 hrs' is 23:00): write a duration with its thousands "
             "separator ('2,300 hours')",
    "coordinate": "is a place's latitude or longitude ('19.8°N'), not a figure",
    "index_base": "is an index's base year and value ('2021=100'), not a figure",
    "reference": "is a reference in braces ('{2.1, Figure SPM.1}'), not a figure",
    "ratio": "is a ratio ('3:1'), which claims tracker does not read: write the share it stands for ('3 in 4') "
             "or the figures it compares",
    "year": "reads as a year",
    "label": "is a label (a number that names a thing, as in 'Article 12' or 'Tier 3')",
    "address": "is a house number in an address, not a figure",
    "doi": "is part of a paper's identifier (a DOI) or citation ('2025;14(3):211-229'), not a figure",
    "return_period": "is a return period ('a 1-in-100-year flood', one so large comes once a century on average), "
                     "not a share or a span of years",
    "week": "is a week's number in a year (a label, as 'epidemiological week 14' is), not a count",
    "statistic": "is a test's statistic or a spread ('p < 0.05', 'r = 0.4', 'OR = 2.3', 'SD 8.1', 'IQR 19–28'), not a "
                 "figure a claim is about",
    "ordinal": "is an ordinal (a position, not an amount)",
    "footnote": "is a footnote's number glued after a word, not a figure",
    "enumeration": "is an item's number in brackets ('(1) Mr K. Haddad'), not a figure",
    "citation": "is a citation mark ('[14]'), not a figure: leave it out",
    "page": "is a page's or a section's number ('Page 22 of 64', a number on a line of its own, a heading's, a "
            "running header's)",
    "code_title": "is the title of a code of laws ('8 U.S.C.', '9 NYCRR'), not a figure",
    "ticker": "is a listed company's code on its exchange ('TSE: 6982'), not a figure",
    "block": "is a street address ('the 1400 block of Main Street'), not a figure",
    "clause": "names a thing (a letter or number in brackets joined to a number, as in '401(k)', '501(c)(3)' "
              "or 'Section 5(2)'); a footnote mark is not part of a figure: leave it out",
    "scientific": "is in scientific notation, as a spreadsheet writes a number it may have rounded: write the "
                  "figure as the source gives it ('1,500,000' or '1.5 million')",
    "code": "has a leading zero, which no amount is written with: it is a code or a number on a list",
    "conference": "names a UN climate conference ('COP26'), not Colombian pesos: write pesos as '26 Colombian pesos'",
    "calibre": "is a calibre, which names a weapon or its ammunition, not a length a claim is about",
    "resolution": "is a video resolution ('1080p', '4K video') or a race's length ('a 10K race'), not a sum in pence "
                  "or thousands: write pence with the thousands comma ('1,080p') or the sum in pounds ('£10.80')",
    "code_name": "names a thing (a postcode, a UN document's symbol, a stock index, a security's code)",
    "slash": "names a date or a thing ('9/11', '24/7'), not a share: write a share as a percent or 'one in four'",
    "glued": "names a thing (letters joined to a number, as in 'COVID-19', 'G7' or 'H-2A')",
    "code_joined": "names a thing (a number joined by a hyphen to a currency's sign, as in 'agreement 4512-BD'): a sum "
                   "puts the sign apart, as in 'BD 4,512'",
}
MARKS = frozenset({MESSAGES["footnote"], MESSAGES["citation"]})
"""Reasons of the marks a text glues after a figure without being part of it (a footnote's number, a citation
mark): a figure ends before one ("six months or longer.10"), where a date or a name would refuse it whole."""


def _fraction(text: str) -> bool:
    num, _, den = text.partition("/")
    return int(den) in FRACTION_DENOMINATORS and 0 < int(num) < int(den)


def _money_prefix(word: str) -> bool:
    """'rs', 'rm', 'cad', 'usd' before digits: money, not a name ('USD115', 'Rs20', 'RM42', '$US5'); and
    'dh', which names several currencies, so that the reader says which ('Dh500')."""
    return any(found is not None for found in (currencies.by_word(word), currencies.by_symbol(word),
                                                currencies.by_symbol("$" + word) if len(word) > 1 else None)) \
        or word.lower() in currencies.SHARED_ABBREVIATIONS


ARTICLES = frozenset({"the", "a", "an", "this", "these", "our", "its", "their"})
"""Words that open a report's numbered paragraph ("4.1 The Committee noted …"), though a figure's grammar holds
them."""


def _figure_word(word: str) -> bool:
    """A word a figure may hold after its number: a unit, a scale, a number, a counted noun or a currency's name."""
    return word in units.UNIT_WORDS or word in lexicon.SUFFIX_SCALES or word in lexicon.NUMBER_WORDS \
        or (word,) in lexicon.COUNTED_TABLE or currencies.by_word(word) is not None or word in vague.SCALES


def _signed_prefix(text: str, m: re.Match) -> bool:
    """'£E150m': the sign before the letters makes them one currency's symbol (Egypt's pound), no name."""
    return m.start() > 0 and currencies.by_symbol(text[m.start() - 1] + m.group("letters")) is not None


_TRIGGER = re.compile(r"\A(?:\s*[=@]|\d{1,2}\.\d{1,2}\s|\s*[—–-]+\s*\d{1,4}\s*[—–-])|[/:(\[{+#§'’=<>≤≥°\n]"
                      r"|[^\W\d_](?:-?\d|[.,;:]\d)|[%\"”’)][.,;:]\d|(?<![\d.,])0\d|\b(?:911|999|112|101|111)\b"
                      r"|Year\s\d|\d\s[A-Z][a-z]{2,}way\b|\d\s(?:North|South|East|West)\b"
                      rf"|[a-z][A-Z]|(?:{STREET_ENDINGS}|{STREET_WORDS}) \d"
                      r"|\d(?:\d{3}|K\b|(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[sS])\b| ?-?[mM][mM]\b|[eE][+-]?\d"
                      r"|\.0(?![\d.,])|\.(?:com?|org|net|io)\b|-[A-Z]{2}"
                      r"|\s*(?:[aApP](?:\.?[mM])|[oO]'[cC])|\.\d+\.\d"
                      r"|\s+(?:[uU]\.|[cC]\.\s?[fF]|[uU][sS][cC]|[cC][fF][rR]|[bB][lL][oO][cC][kK]))")
"""Characters and shapes at least one rule needs: text with none of them (and no label or month
word) holds no number that names a thing, so most figures skip the full pattern. Grouped by the character
they start with and written without re.I: it is searched in every figure, and so written it takes a
third less time."""
_WORD = re.compile(r"[^\W\d_]+\.?")


STOCK_INDEXES = ("ftse", "nikkei", "russell", "stoxx", "dax", "cac", "asx", "nifty", "kospi", "seng")
"""The words of stock indexes' names, whose number names the index ('FTSE 350'), for the scan's trigger ('S&P 500'
has the page label's 'p')."""


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    words = {next((x for x in w.split() if x != "on"), w) for w in LABELS + MONTHS}  # 'counts' of 'on counts': a
    # word as common as 'on' would send most texts to the full pattern
    words |= {"cop", "sd", "se", "iqr", "vote", "votes", "reachable", "dial", "ring", "contact", "report", "hotline",
              "helpline", "toll", "call", "emergency", "help", "text", "texts", "texting", "sms", "smsing", "series",
              "edition", "pin", "passcode", "id", "calling", "dialling", "dialing", "region", "plan", "wave",
              "condition", "session", "branch", "tel", "telephone",
              "phone", "fax", "whatsapp", "latitude", "longitude", "reached", "reach", "noon", "midnight",
              *PLURAL_LABELS.split("|"),
              *STOCK_INDEXES, "khz", "mhz", "ghz",
              *TALLIED, *KOREAN_ROADS, *JAPANESE_TOWNS, *STREETS_AFTER_A_NUMBER,
              *(w.lower() for w in (*STREET_TYPES, *NUMBERED_ROADS, *STREETS_NAMED_FIRST)),
              *(re.split(r"[\s-]", w)[-1] for w in (*RACE_EVENTS, *OTHER_CALENDARS))}  # the word a rule needs last
    return frozenset(words | {w.rstrip(".") for w in words})


_SPACED_PHONE = re.compile(r"\bon\s(?:\d{3}\s\d{3}\s\d|13\s\d{2}\s\d{2}\b)")
"""The phone rule's 'on 950 214 300' and 'on 13 11 14', looked for apart: in _TRIGGER it would slow every figure's
scan."""


_WEEK_NUMBER = re.compile(r"\bweeks?\s+\d", re.I)
"""The week rule's 'week 14', looked for apart as the phone's is ('a week' is in many figures)."""


def _may_hold(text: str) -> bool:
    if _TRIGGER.search(text) or "on " in text and _SPACED_PHONE.search(text) \
            or "eek" in text and _WEEK_NUMBER.search(text):
        return True
    words = _trigger_words()
    return any(w in words or w.rstrip(".") in words for w in _WORD.findall(text.lower()))


def _names_with_code(text: str, m: re.Match) -> bool:
    """'AMD64', 'PHP8', 'COP26': the code of a currency the desk does not convert, glued to one or
    two digits, names a chip, a language or a meeting. Money so written has more digits
    ('COP500,000'), a scale ('PHP8m') or a currency of the exchange-rate table ('USD50', 'CNY3')."""
    code, digits = m.group("letters").upper(), m.group()[len(m.group("letters")):]
    if not re.fullmatch(r"\d{1,2}", digits):
        return False
    if not currencies.capitalised_otherwise(m.group("letters")) \
            and (code not in currencies.table() or code in units.rated_currencies()):
        return False  # 'USD50' is money, where 'AR6', the ariary's 'Ar' in capitals, is the IPCC's report
    return not _scale_follows(text, m.end())


def _scale_follows(text: str, at: int) -> bool:
    """Whether a scale or number word follows text[:at] ('COP 26 million' is pesos)."""
    after = re.match(r"\s*([^\W\d_]+)", text[at:])
    return bool(after) and after.group(1).lower() in lexicon.NUMBER_WORDS


def ends_a_figure(before: str, letters: str) -> bool:
    """Whether `letters` close a number ('2 million', '5 years', '5m people'), so a hyphen after them joins
    a range: '5m people-9m people' is 5–9 million people, and 'people-9m' no name to read past."""
    return bool(_FIGURE_BEFORE.search(before)) and letters.lower() in lexicon.words_of_their_own()


_FIGURE_BEFORE = re.compile(rf"\d\s*(?:{_alternation({*lexicon.SUFFIX_SCALES, *vague.SCALES})})?\s*\Z", re.I)
"""A number, perhaps with its scale ('5m', '2bn', '5 million'), ending the text before a word."""


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _scan(text: str) -> Iterator[NotFigure]:
    if not _may_hold(text):
        return
    for m in _pattern().finditer(text):
        kind = m.lastgroup
        if kind == "slash" and _fraction(m.group()) or kind == "conference" and _scale_follows(text, m.end()) \
                or kind == "label" and m.group().startswith("group"):
            continue  # "a group of 30 people" is a count; the "Group of 20" a name
        if kind == "label" and re.search(r",\s*\d", m.group()) \
                and (after := re.match(r"\s+([^\W\d_]+)", text[m.end():])) \
                and _figure_word(after.group(1).lower()):
            continue  # "under Articles 5, 300 people": a count after the label's number, no list of labels
        if kind == "glued" and not m.group("hyphen") and not _names_with_code(text, m) \
                and (_money_prefix(m.group("letters")) or _signed_prefix(text, m)
                     or m.group().lower().rstrip(".,") in units.UNITS_WITH_DIGITS
                     or lexicon.letter_sign(m.group("letters"), text[m.start() + len(m.group("letters")):])):
            continue  # "US$5", "R1.2 billion", and "km2" ending a sentence ("It covers 5,000 km2.")
        if kind == "glued" and not m.group("hyphen") and (codes := currencies.SHARED_LETTER_SIGNS.get(
                m.group("letters").lower())) and lexicon.MONEY_SHAPE.match(text, m.start() + len(m.group("letters"))):
            yield NotFigure(m.start(), m.end(), m.group(), f"is a sum after '{m.group('letters')}', the sign of "
                            f"several currencies ({', '.join(codes)}): write the code, e.g. '{codes[0]} …'")
            continue  # "K2.5 billion", "P1,200"
        sign = m.group("letters")
        if kind == "glued" and not m.group("hyphen") and (code := currencies.LETTER_SIGNS.get(sign.lower())) \
                and re.fullmatch(r"[^\W\d_]\d{2,}", m.group()):
            yield NotFigure(m.start(), m.end(), m.group(), f"may be a sum in {currencies.name(code)} ({code}) or a "
                            f"name (a road, a model, a quarter: 'R35', 'N95', 'Q3'): write a sum with its thousands "
                            f"separator, cents or scale ('{sign}3,500', '{sign}350.00', '{sign}2m') or its code "
                            f"('{code} {m.group()[1:]}')")
            continue  # "R350": the rand's letter before a number no sum is written as
        name = kind == "version" and (m.group("named") or m.group("model"))
        if name and (name.lower() in lexicon.grammar_words() or _money_prefix(name)):
            continue  # "Ksh 2.0": a sum, and "The 2.0-litre engine" a size, not a name's version
        if kind == "page" and m.group("para") and (_figure_word(para := m.group("para").lower())
                                                   or para in lexicon.grammar_words() and para not in ARTICLES):
            continue  # "2.5 Trn", "4.5 Million people", "3.2 Tonnes": a figure's own word, no paragraph's
        if kind == "footnote" and (word := _LAST_WORD.search(text, 0, m.start() - 1)) and _money_prefix(word.group()):
            continue  # "Rs.500": a currency's sign and its stop
        if kind == "glued" and m.group("hyphen") and ends_a_figure(text[:m.start()], m.group("letters")):
            continue  # "2 million-5 million", "5 years-10 years": a range, its first end's scale or unit glued
        if kind == "glued" and m.group("hyphen") and vague.is_age_part(m.group("letters").lower()) \
                and re.fullmatch(r"[1-9]0s", m.group()[len(m.group("letters")) + 1:], re.I):
            continue  # "in their mid-30s": a part of an age in tens (claims.vague), no name
        yield NotFigure(m.start(), m.end(), m.group(), MESSAGES[kind])


def find(text: str) -> list[NotFigure]:
    """Every run of digits in `text` that names a thing or a date, left to right, with why."""
    return list(_scan(text))


def first(text: str) -> NotFigure | None:
    """The first number in `text` that is not a figure, or None."""
    return next(_scan(text), None)


NOT_GIVEN = re.compile(r"\s*(?:n/?a|n\.a\.?|\.\.\.?|…|[-–—x]|nil|none|tbc|tba|unknown|not\s+(?:available|known))"
                       r"[\s.]*", re.I)
"""What a statistical table writes where it gives no figure, or none of a thing ('n/a', '..', '—', 'x', 'nil'):
refused saying so, rather than naming its first character as an unknown word."""
LONE_YEAR = re.compile(rf"\s*(?:{YEAR})[\s.,;:!?]*", re.I)
"""A value that is only a year-like number ('2019'): a year, unless a unit or a bound word says otherwise."""
HEDGED_YEAR = re.compile(rf"\s*(?:about|around|circa|ca?\.|~|roughly|approximately|approx\.)\s*(?:{YEAR})[\s.,;:!?]*",
                         re.I)
"""'about 2005', 'circa 2010', '~2010': a year as often as a count, as a lone year is (the article extractor
offered 'since about 2005' as ~2,005); 'an estimated 2000', 'more than 2000' and 'about 2005 people' are counts."""


def is_ordinal_word(word: str) -> bool:
    """'first', 'third', 'twenty-first', 'hundredth': an ordinal (some are fractions too: see ranges)."""
    w = word.lower().rsplit("-", 1)[-1]
    return w in ORDINAL_WORDS
