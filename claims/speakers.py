"""Who says each figure of an article, and whom it is from.

`claimant` is who states it ("X said", "X told reporters", a quoted speaker, "he" for the last person named,
"the group" for the body named before); `attributed_to` whom the figure is from ("according to X", "citing
X", "X estimates", a report's author body). `Speakers` reads a text's sentences in order and keeps what a
later sentence refers back to; the rest are pure functions on one sentence.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from claims import currencies, notfigure
from claims.bodies import (
    ACRONYM_DEFINED, BODY_KINDS, BODY_WORDS, CAPS_BODY, COMPANY_KINDS, DESCRIBED, DESCRIBED_AS_A_BODY, DOCUMENT_NAMED,
    DOCUMENT_NOUNS, FOREIGN_JOINS, NAMED_BODY, OWNER_S, SOURCE_NOUNS, THE_BODY, TIME_OPENER, MONTH, WEEKDAY, a_body,
    body_of, clean, document_author, is_body, staff_s_body, the_body, title_case,
)
from claims.lexicon import COUNTED_TABLE, figure_starters, holds_a_number, phrase_key
from claims.metricmatch import STOP
from claims.names import (
    AGED_NAME, HONORIFIC, LOWER_ROLE_NAME, NAME_WORDS_TOO, OFFICE_WORDS, PERSON, ROLES, without_honorific,
    without_role,
)
from claims.ranges import RangeParseError, parse_range
from claims.sentences import QUOTE_MARK, quotations

CORRECTED = re.compile(r"\b(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b"
                       r"|\b(?:an\s+)?(?:earlier|previous)\s+(?:post|update|entry)\s+(?:said|stated|reported|gave)\b"
                       r"|\bincorrectly\s+"
                       r"(?:stated|reported|said|gave|put)\b|\bmisstated\b|\berroneously\b", re.I)
"""In a correction, the words that say what follows in the clause was wrong ("An earlier version of this story said
300 households"): the figure corrected, not a claim."""
WRONG = re.compile(r"\b(?:figure|number|total|amount|given|reported|published|stated|cited)\b.*\b(?:was|were)\s+"
                   r"(?:incorrect|wrong|inaccurate|in\s+error|an\s+error)\b", re.I | re.S)
"""In a correction, the words around a figure that say it was wrong ("the number … given … as 173 was incorrect");
not "40% of answers were wrong", a finding."""
CORRECT_FIGURE = re.compile(r"\s*(?:but\s+|and\s+)?(?:the\s+)?(?:correct|corrected|revised|right|actual)\s+"
                            r"(?:figure|number|total|amount)s?\s+(?:is|was|are|were|should)\b", re.I)
"""Opening the clause after a figure's, what says the figure before was wrong ("we reported 540 people rescued; the
correct figure was 504")."""


SENTENCE_OPENERS = frozenset(
    "in of for after before with by at on from since over under about some nearly almost only just all another "
    "every each but yet so and or as when while until during if although though yesterday today now then last "
    "next this these those such both either neither across among between within without through throughout "
    "despite including like unlike per via around roughly approximately more fewer less up down "
    "here there what which whose whom who where why how no not than to into onto upon against beyond".split())
"""Words that open a sentence before a number without naming anything ('In 12 cases', 'Of 300 people')."""


@lru_cache(maxsize=1)
def common_openers() -> frozenset[str]:
    """Every word that may open a sentence before a number without naming anything, built once."""
    return SENTENCE_OPENERS | STOP | CLAUSE | figure_starters()


SAY = r"(?:said|says|say|told(?:\s+(?!(?:he|she|they|it|we|i|that|there)\b)\w+){0,2}|added|asserted|claimed|" \
      r"revealed|disclosed|explained|noted|stated|recalls|recalled|" \
      r"wrote|writes|argued|warned|insisted|estimated?|estimates|reported|found|finds|assesse[sd]|" \
      r"believes?|calculated|counted|announced|confirmed|testified|urged|" \
      r"puts?\s+(?:the|its|their|her|his)\s+(?:own\s+)?(?:figure|number|total|toll|count|estimate)\s+" \
      r"(?:(?:much|far|even|still|slightly|somewhat|considerably)\s+)?(?:higher|lower)?,?\s*at)"


NAME = r"((?:[A-Z][\w.'’&-]*|de|van|von|al-)(?:\s+(?:[A-Z][\w.'’&-]*|de|van|von|of|" \
       r"the|for|and|in|on|to))*)"


PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


NO_ONE_NAMED = frozenset({"another", "others", "some", "many", "several", "both", "each", "all", "none",
                          "either", "neither", "someone", "somebody", "everyone", "everybody", "nobody", "few"})
"""Subjects that name nobody ("Another said …", "Others told us …"): no speaker."""


PERSONAL = frozenset({"he", "she", "they"})
"""Pronouns that stand for the last person named ("it" and "we" do not)."""


POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their"})
"""Before a source's noun inside a quotation, the speaker's own ("our findings"): no other source."""


PLACE_BEFORE = re.compile(r"\b(?:from|in|at|on|near|into|across|outside|inside|towards?)\s+$")


BODY_BEFORE = re.compile(r"(?:\bthe|[A-Z][\w'’-]*\s+(?:for|of|on)|\b\d+(?:st|nd|rd|th))\s+$")
"""Before capitalized words, what makes them (part of) a body's name: 'the Database Center', 'Center for North
Korean Human Rights', 'the 15th Kerala Legislative Assembly', no one 'she' stands for."""


PLACE_WORDS = frozenset({"province", "city", "county", "district", "region", "state", "prefecture", "village", "town",
                         "township", "camp", "island", "river", "valley", "street", "road", "border", "market", "area",
                         "lake", "sea", "bay", "mountains", "hills", "islands", "coast", "gulf", "strait", "delta",
                         "basin", "desert", "airport", "station", "bridge", "peninsula", "plateau"})
"""Words naming a place, after capitalized words ('from Nghe An province') or ending them ('the frozen Tumen River',
'Dadar Market'): no one 'she' stands for."""
PLACE_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(PLACE_WORDS))})\b", re.I)


STREETS = frozenset(notfigure.STREET_TYPES) - {"Lane", "Close", "Court", "Way", "Walk", "Row", "Place", "Grove",
                                               "Gardens", "Square", "Crescent", "Terrace", "Parade", "Mews", "Trail",
                                               "Circle", "Quay", "Wharf", "Pike", "Drive", "St"}
"""The words ending a street's name that end no person's ('Main Street'; 'Glenn Close' and 'Nathan Lane' are people)."""


def _people(sentence: str) -> list[str]:
    """The people a sentence names, in order: for a later 'he' or 'she'."""
    found = [(m.start(), m.group()) for m in PERSON.finditer(sentence)
             if not PLACE_BEFORE.search(sentence[:m.start()]) and not PLACE_AFTER.match(sentence, m.end())
             and m.group().split()[-1] not in STREETS  # "at 1400 Main Street he said": no one
             and m.group().split()[-1].lower() not in PLACE_WORDS  # "crossed the Tumen River and was sold, she says"
             and not _a_place_or_people(m.group())  # "a passage to South Korea … , he said", "60 North Korean women"
             and not re.match(r"\.?\s*\d", sentence[m.end():])  # "Law No. 45/2009", "Form 16": a thing's name
             and not (BODY_BEFORE.search(sentence[max(0, m.start() - 40):m.start()]) and not _titled(m.group()))]
    found += [(m.start(1), m.group(1)) for m in AGED_NAME.finditer(sentence)]
    return [name for _, name in sorted(found)]


def _a_place_or_people(name: str) -> bool:
    """A country's name or a people's ('South Korea', 'North Korean'): no one a later 'he' or 'she' refers to."""
    return bool(currencies.of_place(name)) or COUNTED_TABLE.get(phrase_key(name)) == "person"


def _titled(name: str) -> bool:
    """A title, then a person's name ('Reverend Alison Thorne' of 'the Reverend …'); not 'General Assembly'."""
    title, _, rest = name.partition(" ")
    return title.lower() in ROLES - NAME_WORDS_TOO and bool(PERSON.fullmatch(rest)) \
        and not any(w.lower() in ROLES or w.lower() in BODY_WORDS for w in rest.split())


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


INITIAL_DOT = r"(?:(?<=\b[A-Z])|(?<=\b(?:Dr|Mr|Ms|St|Jr|Co|No))|(?<=\b(?:Mrs|Inc|Ltd))|(?<=\bProf))\."
"""The full stop of an initial or a title ("U.S.", "Dr."), which ends no name."""


ESTIMATE = re.compile(rf"\b([A-Za-z](?:[\w\s,'’&-]|{INITIAL_DOT}|\s\([A-Z]{{2,8}}\)){{2,110}}?)\s+"
                      r"(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)"
                      r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"  # a
                      # passive ('who was found dead') has no source for its subject
                      r"(?:estimated?|estimates(?!\s*[.,;:)])|calculated|counted|found|reported|documented|recorded|"
                      r"registered|identified|tallied|suggest|suggests|suggested|show|shows|showed|indicate|indicates|"
                      r"projects|projected|predicts|predicted|"
                      r"indicated|(?:puts?|forecasts?)(?=\s+(?:it|them|(?:the|its|their)(?:\s+[\w-]+){1,6}?),?\s+at\b"
                      r"|\s+[A-Za-z][\w-]*(?:\s+[\w-]+){0,12}?\s+at\s+(?:[^\s\d]+\s+){0,2}[^\s\d]{0,3}\d))\b")
"""Who says what a figure is from, as its subject: "the agency estimates", "Oxfam puts losses at $2 billion"."""


ACCORDING = re.compile(rf"\b(?i:according) to\s+(?:a |an |the )?((?:[^,.;]|(?<=\d)[,.](?=\d)|{INITIAL_DOT}){{2,200}}?)"
                       rf"(?=[,;](?!\d)|(?!{INITIAL_DOT})\.|(?<!\bby)(?<!\bof)(?<!\bfor)(?<!\bfrom)(?<!\bwith)"
                       rf"\s+(?:the|a|an|about|some|more|at|nearly|up|between)\b|$)")
"""Whom a figure is from: "according to the U.S. State Department", "According to Dr. Kim"."""


WHEN_AFTER = re.compile(r"(?:\s+(?:published|released|issued|launched))?\s+(?:"
                        r"(?:(?:late|early|earlier|later)\s+)?(?:last|this|next)\s+"
                        r"(?:year|month|week|spring|summer|autumn|fall|winter|quarter)"
                        r"|(?:in|of|from|dated|for)\s+(?:(?:early|mid|late)[\s-]+|fiscal\s+|FY\s*)?(?:19|20)\d\d"
                        r"(?:[-–/](?:\d\d){1,2})?"
                        rf"|on\s+(?:{WEEKDAY.title()})(?:,?\s+(?:\d{{1,2}}\s+)?(?:{MONTH.title()})(?:\s+\d{{1,2}})?"
                        r"(?:,?\s+(?:19|20)\d\d)?)?|yesterday|today"
                        rf"|(?:on|in)\s+(?:\d{{1,2}}\s+)?(?:{MONTH.title()})(?:\s+\d{{1,2}})?,?(?:\s+(?:19|20)\d\d)?)$")
"""When a source spoke or published, after its name ("according to a report by the Climate Risk Council last year"):
no part of the name."""


SEEN_BY = re.compile(r"\s+(?:\([A-Z]{2,8}\)\s+)?(?:(?:seen|obtained|reviewed)\s+by|ahead\s+of|amid)\s+.*$")
"""After a document's author, who saw it or when ("… by the Sudanese Mineral Resources Company (SMRC) seen by
Reuters", "… by the ILO and UNICEF ahead of the World Day Against Child Labour")."""


PLACES_IN_A_DOCUMENT = "p|pp|page|pages|para|paragraph|table|figure|fig|annex|appendix|chapter|section"
WHERE_IN_IT = re.compile(rf"\s*\((?:{PLACES_IN_A_DOCUMENT})\b\.?[^()]*\)", re.I)
"""Where in a document a figure stands, in brackets after the document's name: '(page 12)', '(Table 3)'."""
WHERE_IN_IT_SPELLED = re.compile(rf"\s+(?:in|on|at)\s+(?:{PLACES_IN_A_DOCUMENT})\s+[\w.]+$", re.I)
"""The same, written out after the subject of a source's verb: 'figures in Annex 2 show'."""


def _cited(words: str) -> str:
    """The source named after 'according to', 'citing' or 'compiled by', without when it spoke or who saw it, or
    where in it the figure stands ('the observatory's annual bulletin (page 12)')."""
    return WHEN_AFTER.sub("", SEEN_BY.sub("", clean(WHERE_IN_IT.sub("", words))))


def _source_named(source: str) -> str:
    """A source without the role written before a person's name ('according to analyst Jane Doe' is Jane Doe, as a
    speaker is); a body's own stays ('the office of Deputy Minister Oleh Marchuk')."""
    if re.match(r"(?:[Tt]he\s+)?(?:office|cabinet|team|staff|campaign|family)\s+of\s", source):
        return source
    person = without_role(source)
    return person if len(person.split()) > 1 else source  # not 'State' of 'Member State'


BY_SOURCE = re.compile(r"\b(?:surveyed|interviewed|polled|compiled|published|collected|gathered|conducted|"
                       r"released|issued|commissioned|analy[sz]ed|produced|prepared|provided|documented|"
                       r"recorded|verified|estimated)\s+by\s+(?:the\s+)?"
                       r"([A-Z][\w.'’&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.'’&-]*){0,6})")
"""Whom a figure is from, named as who gathered it: "Of the 1,200 survivors surveyed by the Polaris Project, 42%
said", "data compiled by Eurostat", "satellite imagery analysed by the Ocean Ledger Project"."""


CITING = re.compile(rf"\b(?i:citing)\s+(?:a |an |the )?((?:[^,.;]|(?<=\d)[,.](?=\d)|{INITIAL_DOT}){{2,80}}?)"
                    rf"(?=[,;](?!\d)|(?!{INITIAL_DOT})\.|$)")
"""Whom a speaker has a figure from: "…, a lawmaker said, citing intelligence estimates"."""


TRAILING_SAID = re.compile(r",\s*([^,;:\"“”]{2,80}?)\s+(?:said|says|told\s+\w+|added)"
                           r"(?:\s+(?:on|in|at|last|this|late|early|earlier)\b[^,.;]*)?\s*[.;]?\s*$")
"""A speaker's tag closing a sentence whose subject reported the figure: "…, the centre said on Friday."."""


VERB = re.compile(rf"(?<![\w-])(?:(?:have|has|had)\s+)?{SAY}\b")


APPOSITIVE = re.compile(r"(?:[a-z]|\d|who\b|which\b|whose\b|[\w.&-]+['’]s\s+[a-z])")
"""A comma-set aside after a name: "director of …", "38", "who runs a clinic" (lower case or a number), "UNICEF's
representative in Yemen" (a body's, then lower case)."""


OFFICE_ASIDE = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Member|Minister|Secretary|Director|Head|Chair|Commissioner|"
                          r"Officer|Spokes(?:man|woman|person))\s+(?:for|of)\s")
"""An office set aside after a name in capitals ("Cabinet Member for Housing at Waltham Forest Council")."""


def _aside(segment: str) -> bool:
    """Whether a segment describes the name before it; an office with a person's name after it names the subject
    itself ("Minister for Housing Ciarán Doyle, speaking in the Dáil, said", "…, co-founder and chief executive
    Ananya Krishnan, 31, said"), as does a US legislator's party and home ("Rep. Dana Whitfield, D-Aurora, said")."""
    if PARTY_AND_HOME.fullmatch(segment):
        return True
    lower = list(itertools.takewhile(lambda w: not w[:1].isupper(), segment.split()))
    person = without_role(clean(segment)) if " " in segment \
        and all(w in ROLES or w in ("and", "&", "former") for w in lower) else ""  # not "led by judge Viktor Lanz"
    return bool(APPOSITIVE.match(segment) or OFFICE_ASIDE.match(segment)) \
        and not (PERSON.fullmatch(person) and not is_body(person) and person != clean(segment))


PARTY_AND_HOME = re.compile(r"[DRI]-[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}")
"""A US legislator's party and home after their name ('D-Aurora', 'R-Grand Junction', 'D-N.Y.')."""


PLACE_GOES_ON = re.compile(r"\b(?:from|in|of|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
"""An aside ending in a place ("a retired teacher from Dayton"), which the next comma's words may go on ("Ohio")."""


AT_AN_ADDRESS = re.compile(r"(?:^|\s)(?:at|of|from)\s+(?:PO\s+Box|P\.O\.\s+Box|(?:Flat|Unit|Apartment|Apt\.?|Suite"
                           r"|(?:Shop|Stall|Plot|House|Room|Block)(?:\s+No\.?)?|No\.)"
                           rf"\s+\d|\d{{1,5}}[A-Za-z]?\s+(?!(?:{MONTH.title()})\b)[A-Z])"
                           r"[^\s,]*(?:[\s,]+[^\s,]+){0,5}$")
"""An aside ending in an address ("The Forum Fisheries Agency, at PO Box 629, Honiara, said", "Mark Ellison, of Oakfield
Academy at 40 Brook Street, Leeds, said", "Lucy Grant, 36, of 18 Elm Terrace, Ashbury, said", "a pharmacist at Shop
No. 7, Dadar Market, said"), which a town goes on,
and the rest of the address ("of Flat 3, 18 Marsh Lane, Bristol,", "from Unit 5, Riverside Court, Newport,")."""
ADDRESS_GOES_ON = re.compile(r"(?:\d{1,5}[A-Za-z]?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
"""A street, a building or a town after an address aside's first part."""
PLACE_ALONE = re.compile(r"(?:from|in|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
"""An aside that is a place alone ("from Tegal"), which a region of two or three words may go on ("Central Java");
not a clause ending in one ("after 9 days at sea from Mauritania, Salvamento Marítimo said")."""


TITLE_COLON = re.compile(r"(,\s*[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|the|in|for|on|a|an|to|&))*):(\s+[A-Z])")
"""The colon inside a title set off by commas, its first half in capitals: no clause ends there."""


def _subject(before: str) -> str:
    """Who a reporting verb has as its subject, from the text before the verb: the words after the
    last comma ("…, the group said"), or, past asides ("John Miller, director of X, said"), the
    name before them; 'he', 'she' or 'they' as such."""
    before = re.sub(r"\s*\([^()\n]{1,60}\)", "", before)  # "Halvorsen Systems Inc. (NASDAQ: HLVS) today reported"
    clause = re.split(r"[;:]", TITLE_COLON.sub(r"\1∶\2", before.rstrip()))[-1].replace("∶", ":")  # "The women got
    # nothing: one said": no name across a colon, but a title's own ("The report, Profits and Poverty: The Economics of
    # Forced Labour, finds")
    segments: list[str] = []
    for seg in (seg.strip(" \"“”'") for seg in clause.split(",")):
        if segments and segments[-1][:1].islower() and (PLACE_GOES_ON.search(segments[-1])
                                                         or AT_AN_ADDRESS.search(segments[-1])) \
                and (re.fullmatch(r"[A-Z][\w'’-]+", seg)
                     or AT_AN_ADDRESS.search(segments[-1]) and ADDRESS_GOES_ON.fullmatch(seg)
                     or PLACE_ALONE.fullmatch(segments[-1])
                     and re.fullmatch(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}", seg)):
            segments[-1] += ", " + seg  # "a retired teacher from Dayton, Ohio,", "from Tegal, Central Java,": one aside
        else:
            segments.append(seg)
    if not segments:
        return ""
    segments = _with_a_listed_name(segments)
    near = TIME_OPENER.sub("", re.sub(r"\s+(?:have|has|had)$", "", segments[-1]))  # "Last year they made … and"
    near = re.sub(r"^(?:but|and|yet|so|while|whereas|though|although|when|after|before|because|once|until|unless"
                  r"|where|which)\s+", "", near, flags=re.I)  # "In Jandaris, where the local council said"
    near = re.sub(r"(?i)^(i|we|he|she|they)['’](?:d|ll|ve|m|re)$", r"\1", near)  # "I'd say": a pronoun
    if re.search(r"(?:^|\s)(?:but|and)$", near):  # "A spokesman declined to give a figure but said": its subject
        # ("The Metropolitan Police had imposed conditions on the march, and said")
        near = _subject_of_the_first_verb(segments[0] if len(segments) > 1 else near) or _name_that_opens(near)
    if re.fullmatch(rf"(?i)(?:on\s+)?(?:{WEEKDAY})|yesterday|today", near):
        near = ""  # "Inspector Musa Danladi, a police investigator, on Tuesday told": when, past the name's asides
    if near == "who" and len(segments) > 1:
        near = ""  # "Yonas Tesfay, 19, from Eritrea, who said he had paid": the name the clause describes
    if len(segments) > 1 and (PLACE_ALONE.fullmatch(re.sub(r"^of\s", "in ", near))
                              or re.match(r"of\s+(?:the\s+)?[A-Z]", near) and PERSON.fullmatch(
                                  without_role(clean(segments[0])))):
        near = ""  # "Fisherman Walter Chumpitaz, 45, of Chimbote said": where the one named is from; "Economist Aya
        # Morimoto, 36, of Sakura Research Institute said": where she works
    words = near.split()
    if len(words) > 1 and words[-1].lower() in PRONOUNS:
        return words[-1].lower()  # "at a news conference at 1400 Main Street he said": he, not Main Street
    aside = [_aside(seg.strip()) for seg in segments]
    if (person := _person_before_an_office(segments)):
        return person
    if (person := OFFICE_IN_SMALL_LETTERS.fullmatch(near)) and PERSON.fullmatch(person.group(1)) \
            and not currencies.of_place(person.group(1)) \
            and any(w in ROLES for w in " ".join(segments[-2:]).lower().replace(",", " ").split()):
        return person.group(1)  # "BNPB head of data, information and communication Abdul Muhari said"
    if len(words) <= 9 and (near.lower() in PRONOUNS or _named(clean(near))):
        return near.lower() if near.lower() in PRONOUNS else clean(near)
    for k in reversed(range(max(0, len(segments) - 4), len(segments) - 1) if not near else []):  # past asides
        # ("Kim, 34, said"), the name they describe; not past a subject of its own ("Of those, 37 said")
        seg = re.sub(r"^(?:but|and)\s+", "", segments[k], flags=re.I)
        if k == 0:
            seg = re.sub(r"^.*\s(?:was|were|including)\s+(?=[A-Z])", "", seg)  # "Among those brought ashore was
            # Yonas Tesfay, 19, …, who said": the name after the verb
        if (described := LOWER_ROLE_NAME.fullmatch(seg)) and all(aside[j] for j in range(k + 1, len(segments))
                                                                  if segments[j].strip()):
            return described.group(1)  # "In Bura, boda boda rider Hassan Dube, 29, said": not 'Bura'
        opens = k == 0 and re.match(r"(?:an?|the)\s", seg)  # "But an official at the ministry, speaking …, said"
        named_body = re.fullmatch(r"the(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|\([A-Z]{2,8}\)))+", seg)  # "the Kiln
        # Workers Freedom Front (KWFF), a Lahore-based rights group, said": a name, not an aside, unless it names
        # again the one before it ("UNHCR, the UN Refugee Agency, said")
        if named_body and k and len(segments[k - 1].split()) <= 6 and _named(clean(segments[k - 1])):
            continue
        if aside[k] and not opens and not named_body:
            continue
        if seg and (len(seg.split()) <= (8 if opens else 6) or PERSON.fullmatch(without_role(clean(seg)))) \
                and _named(clean(seg)) \
                and all(aside[j] for j in range(k + 1, len(segments)) if segments[j].strip()):
            called = next((m.group(1) for s in segments[k + 1:] if (m := CALLED.search(s))), "")
            if not called and k and any(w.lower() in ROLES for w in seg.split()) \
                    and PERSON.fullmatch(without_role(clean(segments[k - 1]))):
                return clean(segments[k - 1])  # "Councillor Priya Ashworth-Lyle, Cabinet Member for Homes, said"
            return called or clean(seg)  # "One of them, who gave his name only as Ri, said": Ri
    return ""


OFFICE_SET_ASIDE = re.compile(r"(?:[A-Z]{2,5}|Deputy|Assistant|Acting|Senior|Chief|Head|Executive)\b")
"""The first word of an office in capitals set aside after a name ("DCP Cyber Crime", "Deputy Inspector General")."""


def _person_before_an_office(segments: list[str]) -> str:
    """'Sri K. Venkat Reddy, IPS, DCP Cyber Crime, said': the person named before an office and the letters after
    a name (capitals of at most three words each), not the office's last words ('Cyber Crime')."""
    segments = segments[:-1] if segments and not segments[-1] else segments  # the comma before the verb
    if len(segments) < 2 or not (OFFICE_SET_ASIDE.match(segments[-1]) and " " in segments[-1]
                                 or any(w.lower() in ROLES for w in segments[-1].split())):
        return ""  # "In Kenya, KEMRI said": a body, no office
    for k in range(len(segments) - 2, max(-1, len(segments) - 4), -1):
        name = without_honorific(clean(segments[k]))
        if PERSON.fullmatch(name) and name.split()[0].lower() not in SENTENCE_OPENERS \
                and not currencies.of_place(name):
            return name  # not "Last Tuesday" or "South Sudan"
        if not re.fullmatch(r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,2}", segments[k]):
            return ""
    return ""


LISTED_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Department|Commission|Office|Committee|"
                         r"Council|Authority|Agency|Bureau|Institute|Secretariat|Directorate)\s+(?:of|for)\s+"
                         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
LISTED_PART = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*")
OFFICE_IN_SMALL_LETTERS = re.compile(r"(?:[a-z][\w'’-]*\s+){1,5}((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)")
"""An office in small letters before a name, its commas' last part ("head of data, information and communication
Abdul Muhari"): the name."""


def _with_a_listed_name(segments: list[str]) -> list[str]:
    """A body whose name lists its fields with commas ("the Ministry of Environment, Urbanisation and Climate
    Change", "the Department of Children, Equality, Disability, Integration and Youth") as one segment: the parts in
    capitals after it, the last joined by 'and', are its name's."""
    for k, seg in enumerate(segments):
        if not LISTED_NAME.fullmatch(seg):
            continue
        for j in range(k + 1, len(segments)):
            if not LISTED_PART.fullmatch(segments[j]):
                break
            if " and " in segments[j]:
                return segments[:k] + [", ".join(segments[k:j + 1])] + segments[j + 1:]
    return segments


def _without_an_opener(name: str) -> str:
    """A name without the word in capitals that opens its sentence ('When' of "When Ko Aung Min arrived"); 'On
    Thursday' is then no name."""
    first, _, rest = name.partition(" ")
    return rest if first.lower() in SENTENCE_OPENERS and rest[:1].isupper() else name


ADDED_A_FIGURE = re.compile(r"added\s+(?:(?:a|an|about|some|nearly|almost|over|more\s+than|another|a\s+further)\s+)?"
                            r"[$£€¥₹]?\d")
"""'added' before a figure: what was added ("Health care added 68,000 jobs"), no speech."""
VALUED_AT = re.compile(r"\s*(?:estimated|valued)\s+at\s+(?!least\b|most\b)")


def _valued(sentence: str, at: int) -> bool:
    """Whether 'estimated at' at `at` gives a noun's value ("caused damage estimated at KSh 48.6 billion"): after a
    word in lower case that names no source, no source's verb (not "Officials estimated at least 300")."""
    before = re.search(r"(?<![\w'’-])([a-z]+)\s*$", sentence[:at])
    return bool(VALUED_AT.match(sentence, at)) and before is not None \
        and before.group(1) not in SOURCE_NOUNS | PRONOUNS | {"has", "have", "had", "who", "which", "that"}


FOUND_AS = re.compile(r"\s*found\s+(?:in\s+(?:breach|violation|possession|contempt)|guilty|liable|responsible|dead|"
                      r"to\s+(?:be|have))\b")
"""'found' describing its subject ("Companies found in breach face fines"), no source's verb."""
PAST_VERB = re.compile(r"[a-z]+ed")


REGIONS = frozenset("africa asia europe americas oceania caribbean pacific middle east arab states latin america "
                    "central south north east west southeast sub-saharan western eastern northern southern".split())
"""The words of a world region's name ('Europe and Central Asia', 'the Arab States', 'Sub-Saharan Africa')."""


def _only_places(who: str) -> bool:
    """Whether a subject names only world regions ('Europe and Central Asia', 'the Arab States'), which record what
    happens in them, not a source that counted it (a country's name may stand for its government, and stays)."""
    words = [w for w in re.split(r"\s+|,", who.lower()) if w and w not in ("and", "the", "&")]
    return bool(words) and all(w in REGIONS for w in words)


def _name_that_opens(clause: str) -> str:
    """The capitalised words that open a clause, with a possessive or a year among them ("The emirate's 2040 Urban
    Master Plan envisages … and says"); '' when they end in an article or possessive ("The emirate's plan …")."""
    words = list(itertools.takewhile(lambda w: w[:1].isupper() or w.lower() in ("the", "a", "an")
                                     or w.lower() in SOURCE_NOUNS or re.fullmatch(r"[a-z]+['’]s|\d{4}", w),
                                     clause.split()))
    while words and (words[-1].lower() in ("the", "a", "an") or re.fullmatch(r"[a-z]+['’]s|\d{4}", words[-1])):
        words.pop()
    return " ".join(words)


def _subject_of_the_first_verb(clause: str) -> str:
    """The words before a clause's first verb in the past ('The centre' of "The centre surveyed 1,250 families at
    84 kilns in Kasur, Sheikhupura and Faisalabad districts and found"), the subject of a verb joined to it by
    'and' across the commas of a list; '' when no such verb comes within its first seven words."""
    words = clause.split()
    k = next((k for k, w in enumerate(words[:7]) if k and PAST_VERB.fullmatch(w)), 0)
    return re.sub(r"\s+(?:had|has|have)$", "", " ".join(words[:k]))  # "The Metropolitan Police had imposed"


CALLED = re.compile(r"\b(?:gave\s+(?:his|her|their)\s+name|identified|known|named)\s+(?:only\s+)?"
                    r"(?:as|by\s+(?:his|her|their)\s+(?:surname|first\s+name|name))\s+([A-Z][\w'’-]+)")
"""In an aside after someone unnamed, the name they go by: "who gave his name only as Ri", "identified only by
her surname, Park"."""


SAID_SUBJECT = re.compile(rf"(?:[,\"”]|(?<=[,.?!])['’])\s*(?:said|says|told reporters|added|recalls|recalled)\s+"
                          rf"(?:the\s+)?"
                          r"(?:(?:[A-Z][\w'’-]*\s+)?(?!(?:on|in|at|last|this|late|early)\s)[a-z][\w'’-]*,?\s+)"
                          r"{0,3}?"
                          rf"(?!(?:{WEEKDAY.title()}|{MONTH.title()})\b){NAME}"
                          r"(?:\s+(?:of|from|at)\s+[^,.;\"“”]{1,60}?)?\s*(?:[,.;]|$)")
"""A speaker after the quotation: '…," said Kim', '…," said director Suyeon Yoo.', "…,' said Siti Rahmah Yusof" in
single quotation marks, "…, said Lieutenant Colonel Vu Duc Thang of the ministry's anti-trafficking department"."""


def _said_name(said: re.Match) -> str:
    """The speaker SAID_SUBJECT found, without when they spoke ('said Kim on Monday')."""
    return WHEN_AFTER.sub("", clean(said.group(1)))


SPEECH = re.compile(r"(?:(?:have|has|had)\s+)?(?:said|says|say|told|added|asserted|claimed|stated|recalls|recalled|"
                    r"wrote|writes|argued|warned|insisted|testified|urged|announced|confirmed|explained|noted|"
                    r"disclosed)\b")
"""Of the reporting verbs, those of speech: after one, a later 'said X' is no other speaker of the same clause."""
PRONOUN_SAID = re.compile(rf"\b(he|she|they|we)\s+{SAY}\b", re.I)
TIMESTAMP = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s*(?:[—–-]|:)\s+", re.I)
"""A live blog's entry time ("18:05 — The government says …"): no part of a speaker's name."""
COLON_INTRO = re.compile(r"(?:^|[.;]\s+)([A-Z][^:\"“”.;]{2,80}?)(?:,\s+[a-z][^:\"“”]{0,60})?:\s*(?:[\"“]|$)")
"""Whom a quotation after a colon is ('Interior Minister Paulo Ferreira, closing the debate: "This bill …')."""
TOLD_A_BODY = re.compile(r"\btold\s+((?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|on|the|[A-Z][\w'’&.-]*))*"
                         r"|the\s+[a-z]+)")
"""Whom those counted told what they say ("Former detainees told Human Rights Watch"): the body that reports it."""
NEWS_AGENCIES = frozenset({"afp", "ap", "reuters", "xinhua", "yonhap", "bbc", "cnn", "efe", "ansa", "dpa", "bernama",
                           "associated press", "agence france-presse", "kyodo", "pti", "ians", "irin", "upi", "ani",
                           "toi", "ht", "this newspaper", "this paper", "this publication", "this website"})
"""Those told who report what they are told as news ("migrants told AFP"): the reporter, no source of the figure."""
IT_SAYS = re.compile(rf"\bit\s+{SAY}\b", re.I)
"""'it says' of a body: the one the sentence names before it, or else the last to speak."""


CLAUSE = frozenset("is are was were be been has have had will would can could may might must do does did that "
                   "which who what when where if because it there here not".split())


ANONYMOUS = re.compile(r"(?:Witness|Victim|Survivor|Source|Respondent|Interviewee|Participant|Defendant|Informant|"
                       r"Complainant|Speaker|Patient|Applicant)\s+(?:[A-Z]|\d{1,3})")
"""Someone a hearing or a report names by a letter or number only ("Witness 3", "Survivor B")."""


NUMBERED_NAME = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){2,}\d{1,4}")
"""A body's name that ends in a number ("Safe Passage 21"): two capitalized words at least before it."""


def _named(text: str) -> bool:
    """A speaker or source: words naming someone (a capital among them, or 'the report', 'officials'),
    not a pronoun and not a clause ('It is', 'what the most urgent actions needed'; 'WHO' is an acronym)."""
    words = text.split()
    if ANONYMOUS.fullmatch(text) or NUMBERED_NAME.fullmatch(text):
        return True  # "Witness 3, a former guard, stated", "Safe Passage 21": a number in or ending a name
    if not words or text.lower() in PRONOUNS or any(w.lower() in CLAUSE and not w.isupper() for w in words) \
            or words[0].lower() in PREPOSITIONS and not (len(words) > 1 and words[1][:1].isupper()) \
            or holds_a_number(re.sub(r"^(?i:one|a|an)\s+|\b[A-Z]\.|\b\d{1,3}(?:st|nd|rd|th)\b"
                                     r"|\b(?:19|20)\d\d(?=\s+[A-Z])", "", text)):  # not an initial, "K. Raman", though
        # 'k' is a thousand, an ordinal ("Ray Dombrowski of the 11th Ward") or a year in a name ("2040 Urban Plan")
        return False  # "Several hundred fled, said …", "Nine in ten firms said": a figure, not a name
    return any(w[:1].isupper() for w in words) or words[-1].lower() in SOURCE_NOUNS


PREPOSITIONS = frozenset("under in on at for with by from after before during since over through across among "
                         "between within without despite following".split())
"""Words that open a phrase of when or how, never a name of whom a figure is from ('Under the pilot announced …,
23 councils have identified'), unless a capital follows ('Under Secretary-General Martin Griffiths said')."""


OFFICERS = frozenset("agents investigators inspectors officers monitors guards doctors lawyers detectives".split())
"""People who find and report as their work ("Agents found 38 migrants"): a source, though the noun table counts
them."""


def _those_counted(words: list[str]) -> bool:
    """Words naming people as a survey counts them ("Women", "Bangladeshi workers"), no one who reports."""
    if not words:
        return False
    last = words[-1].lower() if len(words) == 1 else words[-1]  # "Women", capitalized as the sentence's first
    return len(words) <= 3 and last.islower() and last not in SOURCE_NOUNS and last not in OFFICERS \
        and (last.endswith("s") or last in ("people", "children", "women", "men")) \
        and COUNTED_TABLE.get((last,)) == "person" and not any(w[:1].isupper() for w in words[1:-1])


def _source(text: str) -> bool:
    """Words that can name whom a figure is from: no clause word ('charities and church groups')."""
    words = text.split()
    return bool(words) and not any(w.lower() in CLAUSE or w.lower() in PRONOUNS for w in words) \
        and not _those_counted(words)


LABEL = re.compile(r"^(?:\d{1,3}\.[ \t]+|Q\d{1,4}[ \t]+)?([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|\d{1,3})){0,3})"
                   r"(?:[ \t]*\([^()\n]{1,40}\)){0,2}:(?:\s|$)")
"""A transcript's speaker label at the start of a line ("Kim: Around twenty.", "Witness 3:", "Mr. Choi
(counsel):", the role in brackets no part of the name; a parliament's "1. Mrs Eleanor Whitcombe (South Thanet
Coast) (Con):", a question's number and the member's seat and party)."""


OFFICE_LABEL = re.compile(r"^(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’-]*)){0,8}[ \t]*"
                          r"\((?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+([A-Z][^()\n]{1,40})\):(?:\s|$)")
"""A parliament's label for a minister, the office and then the name ("The Minister for Border Security (Mr
Adrian Mallory):"): the name is the speaker's (a body in brackets is not: "Bishnu KC (Migrant Rights Nepal):")."""


NOT_SPEAKERS = frozenset({"q", "a", "question", "answer", "interviewer", "note", "summary", "source", "update",
                          "editor's note", "key findings", "press release", "media contact",
                          "notes to editors", "background", "methodology", "methods", "results", "conclusion",
                          "conclusions", "objective", "objectives", "aim", "aims", "findings", "interpretation",
                          "design", "setting", "participants", "introduction", "discussion", "purpose", "context",
                          "funding", "limitations", "abstract", "highlights", "key figures", "recommendations",
                          "correction", "corrections", "revision", "revisions", "erratum", "corrigendum", "sidebar",
                          "case study", "clarification", "caption", "photo", "picture", "image", "credit",
                          "disclaimer", "warning", "exclusive", "breaking",
                          "analysis", "opinion", "comment", "explainer", "factbox", "live", "watch", "video",
                          "editorial", "review", "interview", "transcript", "excerpt", "sources", "notes",
                          "claim", "the claim", "verdict", "rating", "the facts", "facts", "fact check", "revealed",
                          "investigation", "special report", "subject", "to", "from", "cc", "date", "re", "ref",
                          "reference", "attachment", "dateline", "speakers", "panel", "panellists", "panelists",
                          "attendees", "present"})
"""Labels that open a line without naming a speaker: an interview's, a press release's, a paper abstract's, a
headline's kicker ("Exclusive: 1 in 4 victims …", "Revealed: firm paid £27.4m …") or an email's ("Subject:")."""


HEADING_WORDS = frozenset({"about", "contact", "finding", "recommendation", "table", "figure", "chart", "step",
                           "part", "chapter", "section", "box", "annex", "appendix", "question", "goal", "target"})
"""First words of a label that numbers a part of a text ("Finding 1:", "Table 3:"), no speaker."""


HEADING_ENDS = frozenset({"outlook", "highlights", "summary", "overview", "update", "updates", "guidance", "results",
                          "findings", "figures", "forecast", "forecasts", "timeline", "snapshot", "statistics",
                          "numbers", "data", "glance", "trends", "indicators"})
"""Last words of a heading in capitals before a colon ("Fourth Quarter Outlook:", "Regional Highlights:"), no
speaker."""


def _voices(text: str) -> frozenset[str]:
    """Labels in capitals in a text where one starts two lines or more: a transcript's speakers ("KIM:", and
    "DR KANE:" who speaks once), where a label in capitals that starts one line of a text is a headline's
    kicker ("SECURITY:", "CARROT AND STICK:")."""
    lines = {re.sub(r"\s+\d{1,4}$", "", line.strip()) for line in text.splitlines()}  # a running header repeats
    # one line, its page number aside: no one speaks it
    labels = Counter(m.group(1) for line in lines if (m := LABEL.match(line)))
    asked = any(label.lower() in INTERVIEWERS for label in labels)  # "Q: …" then "SALMÓN: …": an interview
    spoken = asked or any(n > 1 and label.isupper() and label.lower() not in NOT_SPEAKERS
                          for label, n in labels.items())
    return frozenset(label for label in labels if spoken and label.isupper() and label.lower() not in INTERVIEWERS)


QUESTION_LINE = re.compile(r"^[^\S\n]*[A-Z][^\n]{5,200}\?[^\S\n]*$", re.M)
"""A question on a line of its own, as an interview printed without labels asks it."""
INTERVIEWEE = re.compile(r"\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
                         r"([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_'’-]+)+)")
"""Whom an interview's introduction says it spoke to ('the Island Times spoke to Dr Losana Veikune, head of …')."""


def _answers(text: str) -> tuple[str, list[tuple[int, int]]]:
    """An interview printed as questions on lines of their own and answers without labels: the person its
    introduction says it spoke to, and where each answer runs (to the next question); ("", []) for any other text."""
    questions = list(QUESTION_LINE.finditer(text))
    if len(questions) < 2:
        return "", []
    intro = text[:questions[0].start()]
    who = INTERVIEWEE.search(intro)
    named = who.group(1) if who else ""
    if not who and (pronoun := re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:spoke|talked)\s+(?:to|with)\b", intro)):
        named = next(reversed(_people(intro[:pronoun.start()])), "")  # "Dr X led the study. He spoke to the Post"
    if not named:
        return "", []
    ends = [q.start() for q in questions[1:]] + [len(text)]
    return without_role(named), [(q.end(), end) for q, end in zip(questions, ends)]


INTERVIEWERS = frozenset({"q", "question", "interviewer"})
"""Labels of an interview's questions: with one, a label in capitals that starts a single line is the answer's."""


@lru_cache(maxsize=4096)
def _label(sentence: str, voices: frozenset[str] = frozenset()) -> str:
    """The transcript label that opens the sentence, after a live blog's time, and names a speaker, or "".
    Cached: `speakers` and `Speakers.read` both ask it of every sentence."""
    sentence = TIMESTAMP.sub("", sentence, count=1)
    label = OFFICE_LABEL.match(sentence) or LABEL.match(sentence)
    name = label.group(1) if label else ""
    if name.lower() in NOT_SPEAKERS or len(name) < 2 or (name.isupper() and name not in voices) \
            or name.split()[0].lower() in HEADING_WORDS or name.split()[-1].lower() in HEADING_ENDS \
            or currencies.of_place(name):  # "About HOPE:", a press
        return ""  # release's boilerplate; "Finding 1:"; a place opening a headline ("Tamale: caterers owed …")
    return name


DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,[^,()\n]{1,30}){0,2}(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[—–-])\s+"
                      r"|^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,[^,()\n]{1,30})?\s+(?:--|[—–])\s+(?=[A-Z])")
"""Where a wire story opens: "BEIJING, Nov. 3 (Xinhua) --", "SEOUL —", "Jakarta — " (no part of a speaker's
name)."""


def _reads(text: str) -> bool:
    """Whether the text is a figure of its own ("nearly two-thirds", "Two researchers"); "one" (a
    person, as in "one reported being paid") is not."""
    try:
        r = parse_range(text)
    except RangeParseError:
        return False
    return not r.low == r.high == 1


def _quoted(sentence: str, at: int) -> bool:
    """Whether position `at` is inside a quotation (an odd number of quotation marks before it, or in a
    sentence quoting in single marks, more opened than closed)."""
    if any(q in sentence for q in '"“”'):
        return sum(sentence.count(q, 0, at) for q in '"“”') % 2 == 1
    return any(a < at < b for a, b in quotations(sentence))


def speakers(sentence: str, voices: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(claimant, pronoun, attributed_to) named in one sentence; pronoun is "he"/"she"/"they" when
    the speaker is one, for the caller to resolve. `voices`: the text's speaker labels in capitals."""
    label = _label(sentence, voices)  # a transcript's label is kept as written ("SENATOR CRUZ:")
    sentence = TIMESTAMP.sub("", sentence, count=1)  # a live blog's "18:05 — "
    claimant, pronoun, attributed = "", "", ""
    sentence = DATELINE.sub("", sentence, count=1)
    for m in VERB.finditer(sentence, len(label)):  # on a label's line, whom it relays: "… says Moussa Ag Ali"
        if ARTICLE_BEFORE.search(sentence[:m.start()]) \
                or (re.match(r"estimates?\b", m.group()) and NOUN_BEFORE.search(sentence[:m.start()])):
            continue  # "An estimated 5,000 people": an adjective, not a speaker's verb
        if _quoted(sentence, m.start()):
            continue  # '"We estimate 5,000," he said': the verb inside the quotation is the speaker's words
        if _valued(sentence, m.start()):
            continue  # "Floods caused damage estimated at KSh 48.6 billion": the damage's value
        if PARTICIPLE_AFTER.match(sentence, m.end()) or re.search(r"\bthose\s+$", sentence[:m.start()]) \
                or FOUND_AS.match(sentence, m.start()) or ADDED_A_FIGURE.match(sentence, m.start()):
            continue  # "The number of cases reported was 300, police said", "the median age of those counted
            # outdoors was 47": a noun's description
        if re.search(r"[\"”]\s*$", sentence[:m.start()]):
            continue  # '"They treated us like animals," said one woman': the speaker follows the verb
        name = _subject(sentence[:m.start()])
        if re.match(r"according\s+to\b", name, re.I) or _reads(name) or name.lower() in NO_ONE_NAMED \
                or CORRECTED.search(name):
            continue  # "According to the latest ILO estimates, …": a source's noun; "Most said": a figure
        if name.lower() in PRONOUNS:
            pronoun = name.lower()
            break
        if _those_counted(name.split()) and not re.match(r"(?:has\s+|have\s+)?(?:said|says|say)\b", m.group()):
            continue  # "Women reported working 14 hours", "Workers told us": those counted, whom a survey asked
            # (the body they told, if named: "Former detainees told Human Rights Watch"); "Brokers said" speak
        if _named(name):
            claimant = name
            tag = TRAILING_SAID.search(sentence, m.end())
            said = SAID_SUBJECT.search(sentence, m.end()) if not label and not SPEECH.match(m.group()) else None
            if tag and not label and tag.group(1).split()[-1][:1].isupper() and _named(clean(tag.group(1))):
                claimant, attributed = clean(tag.group(1)), name  # "Pakistan has confirmed 74 cases …, the National
                # Emergency Operations Centre said": the centre says it; a description ("the Mumbai-based
                # conglomerate said") is the subject named again
            elif said and _named(_said_name(said)):
                claimant, attributed = _said_name(said), name  # "Agents found 38 migrants …, said Ramon Ibarra,
                # a spokesman": Ibarra says what the agents found
            break
    if not claimant:
        m = SAID_SUBJECT.search(sentence)
        if m and _named(_said_name(m)):
            claimant = _said_name(m)
    if not claimant and not pronoun:
        m = PRONOUN_SAID.search(sentence)
        if m:
            pronoun = m.group(1).lower()
    intro = COLON_INTRO.search(sentence) if not claimant and not pronoun and not label else None
    introduced = clean(re.split(r",\s+(?=[a-z])", intro.group(1))[0]) if intro and not intro.group(1).isupper() else ""
    # "As Tomasz Wróbel, an economist at Baltica Bank, put it:": the name before its aside
    if introduced and _named(introduced) and introduced.lower() not in NOT_SPEAKERS \
            and introduced.split()[0].lower() not in HEADING_WORDS:
        claimant = introduced  # 'Maritime Rescue Service spokeswoman Carmen Ayala: "We have …'
    if not claimant and not pronoun and (told := TOLD_A_BODY.search(sentence)) \
            and (is_body(told.group(1)) or THE_BODY.fullmatch(told.group(1))) \
            and told.group(1).split()[-1].lower() not in ("court", "tribunal", "police", "inquiry", "panel") \
            and told.group(1).removeprefix("the ").rstrip(".").lower() not in NEWS_AGENCIES:
        claimant = told.group(1)  # "Former detainees told Human Rights Watch that …": the body they told
    if label and (not claimant or claimant == label) and pronoun not in PERSONAL:
        claimant, pronoun = label, ""
    m = ACCORDING.search(sentence) or CITING.search(sentence) or BY_SOURCE.search(sentence)
    cited = ""
    if m and m.re is CITING and not re.match(r"\s*[A-Z]", m.group(1)) \
            and not set(m.group(1).lower().split()) & (SOURCE_NOUNS - DOCUMENT_NOUNS):  # not 'police data'
        cited = clean(m.group(1)) if set(m.group(1).lower().split()) & DOCUMENT_NOUNS else ""
        m = None  # "Citing a 2022 survey of 412 communities, the Coalition puts the figure at": whose survey it
        # is, if the sentence says; else what is cited ("citing police data"), if a source ('citing higher wage
        # costs and a weaker yen', 'citing favourable weather across the Midwest' give a reason)
    if m:
        attributed = _cited(m.group(1))
    elif not attributed:
        for m in ESTIMATE.finditer(sentence):
            if re.match(r"\s*estimates?\b", m.group()[len(m.group(1)):]) and NOUN_BEFORE.search(m.group(1) + " "):
                continue  # "The government's own estimate, from 2014, put …": its subject is the estimate
            if FOUND_AS.match(sentence, m.end(1)) or _valued(sentence, m.end(1)):
                continue  # "Companies found in breach face fines of up to …", "damage estimated at": a description,
                # no source's verb
            if (m.group(1).rstrip().endswith(",") and PASSIVE_AFTER.match(sentence, m.end())) \
                    or PARTICIPLE_AFTER.match(sentence, m.end()) or re.search(r"\bthose$", m.group(1)):
                continue  # "a broker, identified only by his surname", "the price reported was", "those counted
                # outdoors": no verb of a source
            parts = re.split(r"\b(said|says|that|revealed|asserted|told \w+)\b", m.group(1))
            while len(parts) > 1 and parts[-2] == "that" and re.match(r"\s*(?!the\b|an?\b)[a-z]", parts[-1]):
                parts[-3:] = ["".join(parts[-3:])]  # "a charity that runs a shelter": no clause of speech
            who = clean(re.sub(r",\s+[a-z][^,]*,\s*$", "", parts[-1]))  # "the Bank of Korea, using a different
            # method, puts …", "The Controller's report, however, puts …": an aside between the subject and its verb
            if re.search(r"\s(?:and|but)$", m.group(1)):  # "The centre surveyed … in Kasur, Sheikhupura and
                # Faisalabad districts and found": the centre, the subject of the clause's first verb
                who = _subject_of_the_first_verb(re.split(r"[;:]", sentence[:m.end(1)])[-1].strip(" \"“"))
                if not who:
                    continue
            who = re.sub(r"^(?:he|she|they|it|while|whereas|but|and|yet|though|although)\s+"
                         r"|^(?:i|we|he|she|they)['’](?:d|ll|ve)$", "", who, flags=re.I)
            who = re.sub(r",\s+(?:published|released|issued|launched|dated|which|who|in|on|at|during|from|since|"
                         r"until|as of)\b[^,]*$", "", who)  # "The report, published on 12 June, found", "The 2023
            # report, which ranks China at Tier 3, estimated", "Human Rights Watch, in a report last year, put it at"
            who = re.sub(r",\s+\d{1,3}$", "", who)  # "Lee, 52, who asked": an age
            who = WHERE_IN_IT_SPELLED.sub("", who)  # "figures in Annex 2 show": where in the document
            who = re.sub(r"\s+\([A-Z]{2,8}\)", "", who)  # "The … Council (NAMSC) puts": its acronym
            who = re.sub(r"^(?:figures|data|statistics|numbers|records)\s+"
                         r"(?:(?:released|published|compiled|issued)\s+)?(?:from|by)\s+(?:the\s+)?"
                         rf"(?=[A-Z]|{OWNER_S}\s+[A-Z]|police\b)", "", who, flags=re.I)
            # "Figures from the state's Relief and Rehabilitation Department show": the department
            who = re.sub(r"\s+(?:interviewed|quoted|polled|contacted|consulted)\s+(?:in|at|on)\b.*$", "", who)
            # "local officials interviewed in Yanji in 2019 put the number at": the officials
            who = re.sub(r"\s+(?:has|have|had)$", "", who)  # "The State Department has put it at"
            who = re.sub(r"^(?!(?:[A-Z][a-z]+ly|Meanwhile|However|Overall|Elsewhere|Still|Instead|Nonetheless|"
                         r"Nevertheless|Moreover|Furthermore|Worldwide|Nationwide|Altogether),)"
                         r"([A-Z][\w.'’&-]*(?:\s+(?:of|for|and|the|[A-Z][\w.'’&-]*))*),\s+(?:an?|the)\s+[^,]+$",
                         r"\1", who)  # "Polaris, a U.S.-based group,"; not "Detention periods ranged …, the report",
            # nor "Globally, the Global Glacier Observatory puts …", whose first word says where
            who = re.sub(r"^(?:between|in|on|at|from|during|since|after|before|by|over|under)\b.*?,\s*", "", who,
                         flags=re.I)  # "Between 2015 and 2020, UNICEF estimated"
            if re.match(r"(?:between|in|on|at|from|during|since|after|before|by|over|under|until)\b", who, re.I):
                continue  # "…'s own estimate, from 2014, put it at": a time, the subject before it
            if ", " in who:  # "…, roughly 80 per cent were women, ministry data show": the words after the last comma
                who = re.sub(r"^(?:and|but|while|whereas|though|although)\s+", "", re.split(r",\s", who)[-1].strip(),
                             flags=re.I)
            if re.match(r"(?:with|following|amid|amidst|despite)\b", who, re.I):
                continue  # "…, with total losses estimated at", "following clashes reported on": what, not who
            if _only_places(who):
                continue  # "Europe and Central Asia recorded the highest profits": where, not who counted
            if re.search(rf"\s{SAY}\b", who):
                continue  # "ShopNest, the company disclosed on 9 August, in one of the largest breaches reported":
                # a verb of a source inside the subject, whose clause has its source; this verb describes a noun
            if _reads(who) or who.lower() in NO_ONE_NAMED or COUNT_IN_A_NAME.match(who) or who.startswith("of "):
                continue  # "Nearly half of all victims identified", "The 300 victims identified": a figure
            at = sentence.find(who, m.start(1))
            if at >= 0 and re.search(r"\d\s+$", sentence[:at]):
                continue  # "with 1.2 million offences recorded": what was counted, not who counted it
            if who.split(" ")[0].lower() in POSSESSIVES and (_quoted(sentence, m.start(1))
                                                             or who.split(" ")[0].lower() in ("his", "her")):
                continue  # '"Our findings show 80%," said Yoo': the speaker's own work, not another source; "his
                # agency had registered": the speaker's, whom the sentence names
            document_by = DOCUMENT_NAMED.search(" ".join(who.split()[:3])) and re.search(r"\sby\s", who)
            longest = 16 if document_by else 10  # "A survey of 1,200 households across 14
            # districts by the Pune-based Institute for Rural Livelihoods found": the institute's
            if who and len(who.split()) <= longest and _source(who) and not re.search(r"\b(?:an?|some)$", who, re.I):
                attributed = who
                break
    attributed = attributed or cited
    claimant = without_honorific(claimant) if claimant == label else without_role(staff_s_body(body_of(claimant)))
    return claimant, pronoun, _source_named(staff_s_body(body_of(attributed)))


def _full_name(name: str, seen: list[str]) -> str:
    """A person named earlier in full, when `name` is one word of that name ("Chun" after "Chun Ki-won",
    "Miller" after "John Miller"); the latest such, else `name` as it is."""
    honorific = HONORIFIC.match(name)
    bare = name[honorific.end():] if honorific else name  # "Mrs Whitcombe", as a transcript labels her
    if bare.isupper() and " " in bare:  # a transcript's label in capitals: "SOPHIE ADEYEMI:", "DR KANE:"
        first, _, rest = bare.partition(" ")
        if first.rstrip(".").lower() in ROLES | {"mr", "mrs", "ms", "dr", "prof"} and " " not in rest:
            bare = rest
        else:
            same = next((full for full in reversed(seen) if without_role(full).lower() == bare.lower()), None)
            return without_role(same) if same else name
    if " " in bare and len(bare.split()) == 2 and bare[:1].isupper() and not is_body(bare):  # "Moreira Lima", a
        # surname of two words
        return next((full for full in map(without_role, reversed(seen)) if full.endswith(" " + bare)
                     and len(full.split()) == 3 and full.split()[0].lower() not in common_openers() | OFFICE_WORDS),
                    name)  # not "As Tomasz Wróbel", a sentence's first words, nor "Sanitation Pule Maseko" of
        # "Minister of Water and Sanitation Pule Maseko"
    if not bare or " " in bare or not bare[:1].isupper() or bare.lower() in SOURCE_NOUNS or bare.lower() in ROLES:
        return name  # "Police said" after "Police Chief Kim Dong-il" names the police
    for full in reversed(seen):
        words = without_role(full).split()  # "Senior Commissioner Hendra Wijaya" is Hendra Wijaya
        while len(words) > 1 and (words[0].lower() in common_openers() or HONORIFIC.match(" ".join(words[:2]))
                                  or words[0].lower().rstrip(".") in ROLES or words[0].lower() in OFFICE_WORDS):
            words.pop(0)  # "But Kim" of "But Kim, 34, said" is no name of two words, nor "Mr Mallory", "Judge Brennan"
        if len(words) > 1 and (bare in (words[0], words[-1]) or bare.isupper() and len(bare) > 2
                               and bare.lower() in (words[0].lower(), words[-1].lower())):  # "HASSANI:" after
            # "Farida Hassani", a transcript's label in capitals
            return without_role(" ".join(words))  # "Yerlikaya" after "Interior Minister Ali Yerlikaya"
    return name


ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?i:{'|'.join(sorted(ROLES, key=len, reverse=True))}))\b"
                            r"(?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*|\s+and){1,5}?)?,?\s+"
                            r"(?:(?:Hon|Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<name>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_'’-]+)+"
                            r"|(?:[A-Z]\.[ \t]?){1,3}[A-Z][^\W\d_]{2,}(?:[ -][A-Z][^\W\d_'’-]+){0,2})")
"""A role and its holder's name ("The Minister, Hon. Nalin Wickramaratne,", "Labour Minister Ana Cruz", "Finance
Minister K.N. Raghunathan"), for a later "the Minister said"; "Minister for Planning and Development Nasir Hussain
Abro" is Nasir Hussain Abro, the office's words before his name left out."""


def _named_bodies(sentence: str) -> list[str]:
    """The bodies a sentence names, in order, whether or not they speak: for a later 'the commission'."""
    names = (_without_possessive(re.sub(r"(?<![.\s]\w)\.$", "", m.group(1)), sentence[m.end(1):])
             for m in NAMED_BODY.finditer(sentence))  # a stop, not 'U.S.'
    return [name for name in names if any(w.lower() in BODY_WORDS for w in name.split())]


def _without_possessive(name: str, after: str) -> str:
    """'the Ministry of Health's mpox response' names the ministry; 'Sainsbury's said' a body called so."""
    if re.search(r"['’]s$", name) and not re.match(rf"\s+{SAY}\b", after):
        return name[:-2]
    return name


OWN_SOURCE = re.compile(r"\s*,\s*(?=(?i:according)\s+to\b)")


def _own_source(sentence: str, end: int) -> str:
    """Whom a figure is from when 'according to' follows it: "range from 20,000, according to Chinese
    officials, to as many as 200,000, according to activists" gives each its own; '' when none follows."""
    gap = OWN_SOURCE.match(sentence, end)
    m = ACCORDING.match(sentence, gap.end()) if gap else None
    return _source_named(body_of(_cited(m.group(1)))) if m else ""


RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


LIST_SUBJECT = re.compile(rf"(?:^|[;:]\s*|\b(?:[Bb]ut|[Aa]nd)\s+)([^;:]+?)\s+{SAY}\b")
"""Several subjects before one verb ("Thailand, Malaysia and Indonesia reported"), for "respectively"."""


def _respectively(sentence: str, spans: Sequence[tuple[int, int]]) -> list[str] | None:
    """The subject of each figure (at `spans`), in order, where a list of subjects reports as many figures
    'respectively'; None otherwise (then the sentence's speaker is each figure's)."""
    if len(spans) < 2 or not RESPECTIVELY.search(sentence, spans[-1][1]):
        return None
    m = LIST_SUBJECT.search(sentence[:spans[0][1]])  # the verb may open the figure ("estimated 40,000")
    if not m:
        return None
    items = [clean(x) for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(1))]
    if len(items) != len(spans) or not all(x and len(x.split()) <= 6 and _named(x) for x in items):
        return None
    return items


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
    closed = text[q[1] - 1] in '"”\'’'  # one left open may run on into another story
    if k and closed and q[0] - quotes[k - 1][1] < 200 and not QUOTE_MARK.search(text, quotes[k - 1][1], q[0]):
        return _quotation_speaker(text, bounds, quotes[:k], quotes[k - 1][1] - 1, voices)  # '"…," said Kim. "…"'
    return ""


CLAUSE_BREAK = re.compile(r";|,\s+(?=(?:while|whereas|but|as(?!\s+(?:many|much|few|little|well|high|low|long|large|"
                          r"recently|early|late|of|in|part|such|a|an|the|it\s+(?:did|does|was|is)))\b))")
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


def _next_sentence_speaker(text: str, end: int) -> str:
    """The speaker named right after a quoted sentence ('"...," Miller told reporters.')."""
    rest = text[end:end + 200]
    m = re.match(rf"\s*[\"”]?\s*,?\s*(?:[Tt]he\s+)?{NAME}\s+{SAY}", rest)
    return without_role(clean(m.group(1))) if m and _named(clean(m.group(1))) else ""  # 'Hon. Asante-Darko added'
    # is Asante-Darko, whom an earlier full name completes


class Speakers:
    """Who speaks in one text, read sentence by sentence in order: each sentence's claimant and source, and
    what a later sentence refers back to ('he', 'it', 'the group', 'the report', a surname alone, a
    transcript's label holding to the end of its line)."""

    def __init__(self, text: str, bounds: list[tuple[int, int]]) -> None:
        self.text, self.bounds = text, bounds
        self.voices = _voices(text)
        self.interviewee, self.answers = _answers(text)
        self.quotes = quotations(text)
        self.last_speaker = self.last_body = self.line_speaker = self.speaker_before = ""
        self.label_holds = False  # the last label, a person's, holds past its line
        self.author = ""  # the body of the document last named, for 'the report found'
        self.seen: list[str] = []  # the people named so far, for a surname alone ("Chun, 67, said")
        self.named_bodies: list[str] = []  # and the bodies, for 'the commission said'
        self.roles: dict[str, str] = {}  # and who holds a role, for 'the minister said'
        self.acronyms: dict[str, str] = {}  # and the bodies an acronym stands for
        self.kinds: dict[str, tuple[str, int]] = {}  # and the body last named after its kind ("the aid group X"),
        # with the sentence it was named in, for a later 'the group said'
        self.read_count = self.last_body_at = 0  # sentences read; the one that named the last body
        self.previous_end = 0
        self.start, self.sentence, self.claimant, self.attributed = 0, "", "", ""

    def read(self, a: int, b: int) -> None:
        """Take in the next sentence, text[a:b]: its speaker and source, and whom it names for later ones."""
        text, sentence = self.text, self.text[a:b]
        self.read_count += 1
        self.speaker_before = self.last_speaker  # for this sentence's 'the agency said', the one who spoke before it
        claimant, pronoun, attributed = speakers(sentence, self.voices)
        label = _label(sentence, self.voices)
        new_line = a == 0 or "\n" in text[self.previous_end:a]
        if new_line and label:  # a transcript's label holds to its line's end; a person's in capitals ("JUDGE
            # MENSAH:") or with a title ("(Mr Daniel Forde):") to the next label, as remarks run on for pages
            self.line_speaker = without_honorific(label)
            self.label_holds = label.isupper() or bool(HONORIFIC.match(label) or OFFICE_LABEL.match(sentence))
        elif new_line and not self.label_holds:
            self.line_speaker = ""
        if pronoun in ("he", "she") and not claimant and (said := PRONOUN_SAID.search(sentence)) \
                and (before := [name for p in _people(sentence[:said.start()])
                                if not _quoted(sentence, sentence.find(p))
                                and not is_body(p)  # "sells to the National Cereals and Produce Board …, he said"
                                and (PERSON.fullmatch(name := _without_an_opener(p))
                                     or any(full.split()[-1] == name for full in self.seen))]):
            claimant = without_role(before[-1])  # "When Ko Aung Min arrived, he said": the one the sentence names
            # ('Hutchins, 61, has not conceded; … he said': a surname of one named before)
        if pronoun in ("he", "she") and not claimant and self.last_speaker != self.line_speaker:
            claimant = self._last_person()  # on a reporter's line, "he says" is whom the reporter relays
        if self.line_speaker and not claimant:
            claimant = self.line_speaker
        if not claimant and pronoun not in PERSONAL and any(start <= a < end for start, end in self.answers):
            claimant = self.interviewee  # an answer of an interview printed without labels
        self.previous_end = b
        if pronoun in PERSONAL and not claimant:
            claimant = self._last_person() if pronoun in ("he", "she") else self.last_speaker
        elif pronoun == "it" and not claimant:
            said = IT_SAYS.search(sentence)
            here = _named_bodies(sentence[:said.start()]) if said else []
            claimant = here[-1] if here else self.last_body  # "The ministry said 2,137 were charged. Courts
            # convicted 1,834, it said."; "The Ministry of Labour has licensed 260 companies; it says 54 …"
        named = [without_role(person) for person in _people(sentence)] \
            + [claimant] * bool(label and PERSON.fullmatch(claimant))  # "Mr Adewale Bankole" is 'he' as Adewale Bankole
        if not claimant and not attributed:
            following = _next_sentence_speaker(text, b)  # '"...," Miller told reporters.'
            claimant = following if sentence.lstrip()[:1] in "\"“" else ""
        described = self._learn_names(sentence)
        claimant, attributed = self._named_again(claimant, attributed)
        if DOCUMENT_NAMED.search(sentence):
            self.author = a_body(attributed, claimant) or document_author(sentence) or self.author
        voice = claimant if claimant == self.line_speaker or claimant in self.voices else ""  # "PRESENTER" is no body
        said = [attributed] if voice else [claimant, attributed]
        body = a_body(*said) or next((n for n in said if n in described), "")
        if body:
            self.last_body, self.last_body_at = body, self.read_count
        self.seen.extend(named)
        if claimant:
            self.last_speaker = claimant
        elif named:
            self.last_speaker = named[-1]  # "John Miller spoke in Seoul. He said …"
        self.start, self.sentence, self.claimant, self.attributed = a, sentence, claimant, attributed

    def _last_person(self) -> str:
        """Whom a 'he' or 'she' stands for: the last speaker, or where that was a body ("…, the Ministry of Education
        says. She earns 3,200 soles a month, she said") the last person named; '' when none was."""
        if not is_body(self.last_speaker):
            return self.last_speaker
        return next((name for name in reversed(self.seen) if not is_body(name)), "")

    def of_figures(self, spans: Sequence[tuple[int, int]]) -> list[tuple[str, str]]:
        """(claimant, attributed_to) of each figure of the sentence last read, at `spans` within it: a clause's
        own speaker, a subject of a list 'respectively', an 'according to' after the figure, or the speaker of
        the quotation holding it, before the sentence's."""
        sentence, out = self.sentence, []
        each = _respectively(sentence, spans)
        for k, (start, end) in enumerate(spans):
            who, source = _clause_speakers(sentence, start, self.voices) or (self.claimant, self.attributed)
            said = TRAILING_SAID.search(sentence, spans[-1][1]) if each else None
            if said and not any(name in said.group(1) for name in each):  # "Germany, Romania and Spain reported 61,
                who, source = clean(said.group(1)), each[k]  # 48 and 37 arrests respectively, the agency said"
            elif each:  # "Thailand, Malaysia and Indonesia reported 340, 215 and 1,020 cases respectively"
                who, source = (each[k] if who else ""), (each[k] if source or not who else "")
            source = _own_source(sentence, end) or source
            if not who and not source:  # '"… 40,000 yuan. I lived with him for six years," said Kim.'
                who = _quotation_speaker(self.text, self.bounds, self.quotes, self.start + start, self.voices)
                who = self.last_speaker if who in PERSONAL else who
            who, source = self._named_again(who, source)  # a clause's own, too ('The PDMA said 64 people died,
            # including 22 children'; 'Each faces up to 20 years, the judge noted')
            if " " not in who or who not in self.named_bodies:  # not "Drugmaker Halvorsen Pharma", a person of three
                who = _full_name(who, self.seen)  # words, for the company 'Halvorsen Pharma'
            value = sentence[start:end]
            out.append(tuple("" if value in name else DESCRIBED.sub("", name)
                             for name in (who, source)))  # "Nine in ten firms said", "water samples taken 14
            # kilometres downstream showed": what the figure counts or describes is no speaker of it
        return out

    def _named_again(self, who: str, source: str) -> tuple[str, str]:
        """A speaker and source named before, as written again: a role's holder ("the Minister said"), what an
        acronym stands for ('FFIB said'), the body of a kind ('the group said')."""
        who = self.roles.get(who.lower().removeprefix("the "), who)
        return self._the_body(self.acronyms.get(who, who)), self._the_body(self.acronyms.get(source, source))

    def _the_body(self, name: str) -> str:
        if of := DOCUMENT_AND_WHAT_OF.fullmatch(name):
            name = of.group(1)  # "The survey of 5,112 adults found": the survey named before
        kind = THE_BODY.fullmatch(name)
        named = self.kinds.get(kind.group(1).lower()) if kind else None
        if named and named[1] >= self.last_body_at:
            return named[0]  # "… for the aid group Médicos del Camino. … The aid group said": the one named so
        before = self.speaker_before
        last = self.last_body or (before if re.fullmatch(r"[A-Z][a-z]{3,}", before)
                                  and not any(before in full.split() for full in self.seen) else "")
        return the_body(name, last, self.named_bodies, self.author)  # 'Europol said …; the agency said': a body
        # named by one word, which no word of a body's kind makes one

    def _learn_names(self, sentence: str) -> list[str]:
        """Take in whom a sentence names for later ones to refer to: who holds a role ("The Minister, Hon. Nalin
        Wickramaratne,"), what an acronym stands for ("… Bureau (FFIB)") and the bodies it names; returns those
        of the bodies the text itself calls bodies, though no word of their names is a BODY_WORD."""
        for m in ROLE_THEN_NAME.finditer(sentence):
            role, name = m["role"], m["name"]
            first, _, rest = name.partition(" ")
            if first.lower() in ROLES and PERSON.fullmatch(rest):
                role, name = first, rest  # "Magistrate Judge Linda Okafor": the judge is Linda Okafor
            name = " ".join(itertools.dropwhile(lambda w: w.lower() in OFFICE_WORDS, name.split()))
            if role.lower() in ROLES and PERSON.fullmatch(name):
                self.roles[role.lower()] = name
        self.acronyms.update((m["acronym"], _person_s_body(clean(m["name"])))
                             for m in ACRONYM_DEFINED.finditer(sentence))
        kinds = list(KIND_THEN_NAME.finditer(sentence))
        for m in kinds:
            kind = m["kind"].lower()
            for said_as in {kind} | (COMPANIES if kind in COMPANIES else set()):
                self.kinds[said_as] = (clean(m["name"]), self.read_count)  # "operator Halvard Energy …; the company"
        described = [re.split(r"\s+(?:of|at|from)\s+the\s+", m.group(1))[-1]
                     for m in DESCRIBED_AS_A_BODY.finditer(sentence)]  # "X, a Bishkek-based research group";
        # "Hannah Cartwright of the Safe Crossings Trust, a charity": the trust
        described += [clean(m["name"]) for m in kinds]  # "operator Halvard Energy said": a body, 'the company' later
        described += [title_case(part) for line in sentence.splitlines() for part in line.split("|")
                      if CAPS_BODY.fullmatch(part.strip()) and any(w.lower() in BODY_WORDS for w in part.split())]
        # a press release's "MINISTRY OF …", a report's running header "… AUTHORITY | Annual Report"
        self.named_bodies.extend(_named_bodies(sentence) + described)
        return described


DOCUMENT_AND_WHAT_OF = re.compile(r"((?i:the)\s+(?:[a-z-]+\s+)?(?:survey|poll|study|analysis|review|audit))\s+of\s+.+")
"""A document named again with what it is of ("The online poll of 2,150 adults"); not `bodies.DOCUMENT_OF`, a
document named with its body's possessive."""


KIND_THEN_NAME = re.compile(rf"(?:(?P<opening>^\s*)|(?:\b(?:(?i:the|an?|its|their)|to|by|from)|[,—–])\s+)"
                            rf"(?:[\w'’-]+\s+){{0,2}}?(?P<kind>(?(opening)(?i:{BODY_KINDS})|{BODY_KINDS}))\s+"
                            r"(?P<name>[A-Z][\w'’&-]*"
                            rf"(?:\s+(?:(?:of|for|on|and|the|{FOREIGN_JOINS})\b|[A-Z][\w'’&-]*))*)")
"""A body named after its kind ("the aid group Médicos del Camino", "the polling firm Pollwise", "according to
aviation data firm SkyGrid", "its developer Albrook Biologics", and opening a sentence, "Drugmaker Halvorsen Pharma"),
for a later 'the group' or 'the firm'."""


COMPANIES = frozenset({"company", "firm", "operator", "lender", "insurer", "retailer", "airline", "miner",
                       "consultancy", "brokerage", "developer", *COMPANY_KINDS})
"""Kinds of body that are companies: one named after any of them is what a later 'the company' or 'the firm' means."""


def _person_s_body(name: str) -> str:
    """The body of a person named with it ("Asad Gondal of the Provincial Integrity Bureau"), else `name`."""
    person, *body = re.split(r"\s+(?:of|at|from)\s+(?:the\s+)?", name, maxsplit=1)
    return body[0] if body and PERSON.fullmatch(person) and is_body(body[0]) else name


