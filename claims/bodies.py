"""Organisations as a text names them, and what they publish.

Whether a name is a body's ("the Ministry of Unification", "UNHCR", "Voss-Hallbach AG"), the body behind a
document ("a 2019 report by the Korea Future Initiative", "the Home Office's figures"), the body its staff speak for
("officials at the Mae Sot reception centre"), what a text says a body is ("the Seoul-based rights group …"), and the
body named again by its kind ("the group said", "its annual report"). Pure functions on names and sentences, for
`claims.speakers`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from claims import notfigure


WEEKDAY = "|".join(notfigure.WEEKDAYS)
"""A day of the week, in lower case (`notfigure.WEEKDAYS`), for the patterns of when someone spoke."""
MONTH = "|".join(notfigure.MONTHS[:12])
"""A month's name, in lower case (`notfigure.MONTHS`), for the same."""


TIME_OPENER = re.compile(r"^(?:(?:in|since|by|during|until|from|on)\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:19|20)\d\d"
                         rf"|(?:last|this|next)\s+(?:year|month|week)|(?:{WEEKDAY}))"
                         r",?\s+(?=\S)", re.I)
"""When something happened, opening a sentence before the one who did it ("In 2022 the committee reported",
"Last year the ministry recorded"): no part of the name."""


COMPANY_KINDS: tuple[str, ...] = ("marketplace", "platform", "start-up", "startup", "drugmaker", "carmaker",
                                  "automaker", "chipmaker", "manufacturer", "conglomerate")
"""Kinds of company a text names one by ('Drugmaker Halvorsen Pharma', 'online marketplace AutoTrove'), and may call
it by again ('the carmaker'); a later 'the company' is the one so named."""
BODY_KINDS = (r"(?:group|firm|company|charity|organi[sz]ation|agency|ngo|think\s+tank|watchdog|network|coalition|"
              r"foundation|institute|body|union|alliance|monitor|consultancy|brokerage|nonprofit|non-profit|operator|"
              rf"lender|insurer|retailer|airline|miner|club|regulator|developer|pollster|{'|'.join(COMPANY_KINDS)})")
"""What a text says a body is, before its name ('the polling firm Pollwise') or after it ('X, a research group')."""
FOREIGN_JOINS = "de|des|du|del|la|le|les|pour|para|por|da|do|dos|y|et"
"""The small words inside a body's name in French, Spanish or Portuguese ('Action pour la Dignité Minière',
'Médicos del Camino', 'Observatoire des Mines du Katanga')."""
KIND_BEFORE_A_NAME = re.compile(rf"\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{BODY_KINDS}\s+(?=[A-Z])")
"""After a word that describes a body ('Congolese'), what kind of body the name next is ('rights group')."""


OWNER_S = r"(?:government|state|city|province|country)['’]s"
"""A possessive that says whose a body is ("the government's", "the state's"), no part of its name."""
DESCRIPTION = (rf"(?:{OWNER_S}\s+"
               r"|(?:state|provincial|federal|regional|municipal|national|local|county|district)\s+(?=[A-Z])"
               r"|[\w'’-]+-based\s+(?=[A-Z])"
               r"|(?:state|privately|publicly|family)[\s-](?:owned|run|listed)\s+(?=[A-Z])"
               r"|(?:market|research|data|analytics|consulting|property)\s+(?:tracker|firm|consultancy|provider|house)"
               r"\s+(?=[A-Z])"  # "by market tracker Horizon Device Research"
               rf"|(?:[\w'’-]+-based\s+)?(?:[A-Z][a-z]+\s+(?=[a-z]))?(?:[a-z][\w'’-]*\s+){{0,2}}{BODY_KINDS}\s+)")


DESCRIBED = re.compile(rf"^(?:(?:[Tt]he|[Aa]n?)\s+)?{DESCRIPTION}(?=[A-Z])")
"""What a body is, written before its name ("the Seoul-based rights group North Korea Justice Watch", "the polling
firm Pollwise", "the government's Inland Fisheries Directorate"): no part of the name, though it tells a later
'the group' what the name is."""


def clean(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:\"'“”’—–-")  # a name wrapped across lines is one name
    name = TIME_OPENER.sub("", name)
    name = re.sub(r"\s*\((?:[A-Z]{2,8}|\d{1,3}|[A-Za-z ]*No\.\s?[\w/-]+)\)$", "", name)  # "Federal Anti-Trafficking
    # Commission (FATC)": its acronym; "Shobha Naik (63)": her age, as the Indian press gives it; "(File No. 230456)"
    name = re.sub(r"^(?:but|and|also|in|on|as)\s+", "", name, flags=re.I)  # "As Tomasz Wróbel … put it:"
    if re.match(r"(?:[Tt]he|[Aa]n?)\s+\S*[A-Z]", name):
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)  # "the US ambassador"; "the report" stays
    name = re.sub(r"\s+(?:the|a|an|of|for|and|in|on|to)$", "", name)
    name = re.sub(r"(?:^|\s+)(?:now|also|still|recently|previously|currently|later|further|already|again|today|"
                  r"never|often|rarely|usually|typically|generally|always)$", "", name,
                  flags=re.I)  # "The Global Slavery Index now suggests"
    return name.strip()


COMPANY_WORDS = frozenset("motors capital securities holdings industries airlines airways investments ventures "
                          "enterprises technologies pharmaceuticals insurance telecom logistics systems solutions "
                          "software labs foods mining petroleum steel textiles realty properties consulting "
                          "consultants advisory partners insights plc llc gmbh analytics".split())
"""Words that make a name a company's ('Kestrel Motors', 'Harbourline Capital'): a body, and 'the company'."""


BODY_WORDS = frozenset("ministry ministries department office agency bureau commission committee council court "
                       "government police procuratorate organization organisation foundation institute university "
                       "watch international bank fund association federation union group report study survey "
                       "service authority administration programme program center centre network coalition "
                       "alliance unit army navy party parliament assembly tribunal movement initiative project "
                       "mission campaign secretariat directorate trust superintendency observatory lab laboratory "
                       "forum board taskforce inspectorate regulator society company corporation force "
                       "headquarters".split()) \
    | COMPANY_WORDS
"""Words that make a name a body ('it' may stand for), not a person: "the Ministry of Unification", "UNHCR"."""


SOURCE_NOUNS = BODY_WORDS | frozenset(
    "reports studies surveys official officials researcher researchers analyst analysts expert experts authorities "
    "activist activists groups charity charities organisations organizations agencies prosecutor prosecutors "
    "investigator investigators data figures statistics census witness witnesses source sources spokesman "
    "spokeswoman spokesperson director minister chief head president secretary commissioner ambassador "
    "representative envoy coordinator manager chairman chairwoman chair adviser advisor governor mayor judge lawyer "
    "professor professors economist economists epidemiologist epidemiologists demographers statisticians rapporteur "
    "inspector officer commander lawmaker lawmakers legislator legislators senator "
    "diplomat diplomats scientist scientists scholar scholars academic academics demographer statistician "
    "campaigner campaigners advocate advocates watchdog regulator inspectorate newspaper newspapers paper daily "
    "magazine broadcaster outlet panel monitor firm consultancy utility developer review audit assessment analysis "
    "memo update force headquarters club exchange coastguard league body".split())


def is_body(name: str) -> bool:
    """Whether a speaker or source is an organisation or a document (an acronym, or a name with a BODY_WORD)."""
    words = re.findall(r"[\w'’.-]+", name)
    return bool(words) and (any(w.lower() in BODY_WORDS or w.lower().rstrip("'’s") in BODY_WORDS for w in words)
                            or (len(words) == 1 and len(words[0]) > 1 and words[0].isupper())
                            or bool(CORPORATE.search(name)))


CORPORATE = re.compile(r"\s(?:AG|PLC|plc|Ltd|Inc|LLC|GmbH|SA|S\.A|NV|N\.V|Corp|SE|ASA|AB|Bhd|Tbk)\.?$")
"""A company's legal form closing its name ('Voss-Hallbach AG', 'Jamii Telecom PLC'): a body, and 'the company'."""


STAFF = (r"officials?|spokes(?:man|woman|person)|staff|employees?|representatives?|sources?|researchers?|"
         r"investigators?|doctors?|experts?|analysts?|lawyers?|inspectors?|volunteers?|members?|observers?|"
         r"monitors?|workers?|activists?|campaigners?|economists?|ecologists?|scientists?|engineers?|"
         r"epidemiologists?|statisticians?|academics?|auditors?")


STAFF_OF = re.compile(rf"(?i:(?:an?\s+|the\s+)?(?:{STAFF}))\s+(?:at|from|of|with|for|in)\s+(?:the\s+)?(.+)")
"""People speaking for a body, not named ("officials at the Mae Sot reception centre", "Researchers at the
Himalayan Occupational Health Centre"): the body speaks."""


ITS_OWN = re.compile(rf"(?i:its|their)(?:\s+own)?(?:\s+[a-z]+){{0,2}}\s+(?:(?i:{STAFF})|(?P<document>\w+))"
                     r"(?:\s+(?:on|about|into)\s+[a-z][\w\s'’-]*)?")
"""The body's own people or document named by a possessive ("Its researchers found", "its annual report"): the
body last named."""


def staff_s_body(name: str) -> str:
    """The body whose staff `name` are, when the rest is a body's name ("officials at the Mae Sot reception
    centre"); else `name` ("officials at the foundation" is left for `the_body`)."""
    m = STAFF_OF.fullmatch(name) or BODY_S_STAFF.fullmatch(name)
    return m.group(1) if m and is_body(m.group(1)) and not THE_BODY.fullmatch("the " + m.group(1)) else name


BODY_S_STAFF = re.compile(r"(?:(?:an?|the)\s+)?([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)\s+"
                          r"(?:spokes(?:man|woman|person)|officials?|staff|representatives?)")
"""A body's staff named by the body before them ('An IRC spokesperson', 'UNHCR officials'): the body."""


DOCUMENT_NOUNS = frozenset("report reports survey surveys study studies analysis translation investigation inquiry "
                           "poll census index review paper assessment estimate estimates figures data statistics "
                           "research audit yearbook database tally records evaluation count counts modelling "
                           "modeling chargesheet sheet affidavit indictment results memo update bulletin "
                           "bulletins".split())
"""What a body publishes: 'a 2019 report by X' and "X's 2023 survey" are from X."""


OWN_CHANNELS = frozenset("website site statement filing filings accounts results prospectus newsletter".split())
"""What a body says its figures in besides a document: "according to its website" is the body's."""


DOCUMENT_NAMED = re.compile(rf"(?i)\b(?:{'|'.join(DOCUMENT_NOUNS)})\b")


DOCUMENT_BY_BODY = re.compile(rf"(?i)\b(?:{'|'.join(DOCUMENT_NOUNS)})\s+(?:(?:published|released|issued|compiled|"
                              r"produced|prepared|conducted)\s+(?:(?:on|in|last|this)\s+\w+\s+)?)?"
                              r"(?:by|from)\s+(?:the\s+)?"
                              r"(?-i:(?:[\w'’]+-based\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?=[A-Z]))?")
"""'a report by', 'the assessment published on Monday by': the body whose document it is follows, past what the text
says it is ('by the Lubumbashi-based rights group Observatoire …', 'by the aid group Clearwater Relief')."""


OWNED_DOCUMENT = re.compile(rf"\s+(?:[\w-]+\s+){{0,6}}?(?i:{'|'.join(DOCUMENT_NOUNS)})\b")


DOCUMENT_BY = re.compile(rf"^.*?\b(?i:{'|'.join(DOCUMENT_NOUNS)})\b.*?\b(?:by|from)\s+(?:the\s+)?(?:[\w-]+-based\s+)?"
                         rf"(?:{DESCRIPTION})?([A-Z].*)$")


DOCUMENT_OF_BODY = re.compile(rf"^.*?\b(?:{'|'.join(DOCUMENT_NOUNS)})\s+of\s+the\s+([A-Z].*)$")
"""'the annual report of the State Crime Records Bureau': a body's, when what follows 'of the' is one ('a study
of the Gulf States' is about them)."""


DOCUMENT_BY_ITS_KIND = re.compile(rf"^.*?\b(?:{'|'.join(DOCUMENT_NOUNS)})\b.*?\b(?:by|from)\s+"
                                  r"(the\s+[a-z]+|police|authorities)$")
"""A body's document, the body named by its kind: "port records compiled by the project", "figures released by
police"."""


PUBLISHED_AFTER = re.compile(r"\s+(?:published|released|issued|launched|posted|unveiled|presented)(?:\s+"
                             r"(?:on|in|by|last|this|earlier|the|an?|its|their|ahead|today|yesterday|at|during|before|"
                             r"after|online|jointly)\b.*)?$")


DOCUMENT_OF = re.compile(r"^(?:[Tt]he\s+)?(?![Tt]he\s)([A-Z][^'’]*?)(?:['’]s|(?<=s)['’])\s+(.*)$")
"""A body's document named with a possessive: "the Home Office's figures", "the National Bureau of Statistics'
latest labour force survey"."""


DOCUMENT_AFTER = re.compile(rf"^(?:(?i:the|an?|early|earlier|recent|new|latest|official|annual|previous|preliminary|"
                            rf"separate|internal|leaked)\s+)*(?!(?:The|An?|Its|Their|His|Her|Our|My)\s)"
                            rf"([A-Z][^'’]*?)\s+(?:(?:latest|new|official|annual|\d{{4}})\s+)?"
                            rf"(?:{'|'.join(DOCUMENT_NOUNS)})$")
"""A body's name before what it published, in lower case ('Home Office figures', 'a new UNEP report'); a capital
begins a title ('the Global Slavery Index')."""


def body_of(source: str) -> str:
    """The body a figure is from, where the source names what it published: "a 2019 report by the Korea
    Future Initiative" and "Korea Hana Foundation's 2023 survey of 2,500 defectors" are the body's
    (claimant and attributed_to are a Person or an Organization in ClaimReview)."""
    m = DOCUMENT_BY.match(source)
    if m:
        return PUBLISHED_AFTER.sub("", m.group(1)).strip()  # "a report by X released on Monday"
    m = DOCUMENT_BY_ITS_KIND.match(source)
    if m:
        return m.group(1)  # "Port records compiled by the project": the body named before, as `the_body` finds it
    m = DOCUMENT_OF_BODY.match(source)
    if m and is_body(body := clean(PUBLISHED_AFTER.sub("", m.group(1)))):
        return body
    source = PUBLISHED_AFTER.sub("", source).strip() or source  # "Home Office figures published on Thursday"
    m = DOCUMENT_OF.match(source)
    if m and set(re.findall(r"(?<!\bfor )(?<!\bof )(?<!\bon )\b[a-z]+", m.group(2).lower())) & DOCUMENT_NOUNS \
            and (" " in m.group(1).strip() or not source[m.end(1) + 1:m.end(1) + 2].isspace()):
        return m.group(1).strip()  # not "Doctors' records": a plural's, no one body; nor "Egypt's General
        # Authority for Statistics", a body whose name ends in what it makes
    m = DOCUMENT_AFTER.match(source)
    if m and m.group(1).lower() not in SOURCE_NOUNS | {"ngo", "ngos"}:
        return m.group(1).strip()  # not "Early NGO reports": no one body
    cut = clean(PUBLISHED_AFTER.sub("", source))  # "Walk Free today released the …", "figures published on …"
    return cut if re.search(r"[A-Z]", cut) else source


THE_BODY = re.compile(r"(?i)(?:the\s+|(?=[\w’'-]+-based\s))(?:[\w’'-]+-based\s+|(?!based\b)[a-z]+\s+)?"
                      r"(group|organi[sz]ation|agency|charity|body|watchdog|ngo|foundation|ministry|department|"
                      r"commission|committee|court|council|office|bureau|authority|institute|union|bank|"
                      r"alliance|network|coalition|movement|mission|project|initiative|campaign|centre|center|"
                      r"directorate|service|secretariat|administration|unit|panel|board|taskforce|task\s+force|monitor|"
                      r"society|company|firm|corporation|utility|consultancy|developer|force|headquarters|club|"
                      rf"exchange|coastguard|league|regulator|{'|'.join(COMPANY_KINDS)}|"
                      r"report|study|survey|poll|analysis|assessment|statistics|figures|"
                      r"review|audit|investigation|index|memo|update)")
"""A body named again by its kind ("The group said", "the agency said"), perhaps with a word before the kind ("the
Perth-based group", "the spy agency"): the body named before it."""


ANY_BODY = frozenset({"group", "organisation", "organization", "agency", "charity", "body", "watchdog", "ngo", "force"})
"""Kinds that any body may be; the others ('the committee') name only a body whose name holds the word."""


def head_noun(body: str) -> str:
    """The noun a body's name is a kind of: its last word, or the one before 'of' ('National Superintendency of
    Migration'), in lower case."""
    return re.split(r"\s+of\s+", body, maxsplit=1)[0].split()[-1].lower()


def the_body(name: str, last_body: str, named: Sequence[str] = (), author: str = "") -> str:
    """The body `name` names again by its kind ("The group" after "Amnesty International said"), when one was
    named before and may be of that kind; else `name` as it is. A kind that only some bodies are ('the
    commission') may also be a body `named` earlier without speaking ("told the UN Commission of Inquiry"); a
    document ('the report') is its `author`'s, the body last named with a document."""
    own = ITS_OWN.fullmatch(name)
    if own and (not own["document"] or own["document"].lower() in DOCUMENT_NOUNS | OWN_CHANNELS):
        return last_body or (named[-1] if named else name)  # "Its figures show", after "… by the Border Statistics
        # Unit"; "Its researchers visited", "its annual report"
    owned = re.fullmatch(r"(?:(?i:the)\s+)?([a-z]+)['’]s\s+(?:[a-z]+\s+){0,2}([a-z]+)", name)
    if owned and owned.group(2) in DOCUMENT_NOUNS:  # "(according to) the bureau's figures": the bureau named before
        body = the_body("the " + owned.group(1), last_body, named, author)
        return name if body == "the " + owned.group(1) else body
    if name.islower() and " " not in name and THE_BODY.fullmatch("the " + name):
        body = the_body("the " + name, last_body, named, author)  # "according to the unit"
        return name if body == "the " + name else body
    staff = STAFF_OF.fullmatch(name)
    if staff and THE_BODY.fullmatch("the " + staff.group(1)):  # "officials at the foundation"
        body = the_body("the " + staff.group(1), last_body, named, author)
        return name if body == "the " + staff.group(1) else body
    m = THE_BODY.fullmatch(name)
    if not m:
        head = re.fullmatch(r"(?i:the)\s+([a-z]+)|([A-Z][a-z]+)", name)  # "the trust", "The superintendency",
        if head and head.group(2) and not (head.group(2).lower() in BODY_WORDS
                                           or THE_BODY.fullmatch("the " + head.group(2).lower())):
            head = None  # "Kiprono said" is no body's head noun
        # "The Monitor said" (its capital kept, its article cut): a body named before
        # whose head noun it is ("Coastal Livelihoods Trust", "National Superintendency of Migration")
        body = next((body for body in reversed([*named, last_body]) if head and body and body != name
                     and (head_noun(body) == head.group(1).lower() if head.group(1)
                          else re.split(r"\s+of\s+", body)[0].split()[0 if " of " in body else -1] == head.group(2))),
                    name)  # a capital's head noun opens a name with 'of' ("Ministry of …"), or ends one without
        return title_case(body) if body != name and body.isupper() and " " in body else body  # "TIDEWATCH
        # ALLIANCE", a header
    kind = m.group(1).lower()
    if kind in DOCUMENT_NOUNS:
        return author or (last_body if is_body(last_body) else "") or name  # "the report found", after "A report by
        # the UN Human Rights Office"; "the figures show", after "according to Public Health Scotland"
    if kind in ("company", "firm", "corporation", "utility", "consultancy", "developer"):
        return next((body for body in reversed([*named, last_body]) if body and (CORPORATE.search(body)
                     or kind in body.lower() or set(body.lower().split()) & COMPANY_WORDS)), name)  # "The company
        # said", after "Voss-Hallbach AG said" or "Kestrel Motors reported"
    if last_body and not THE_BODY.fullmatch(last_body) and (kind in ANY_BODY or kind in last_body.lower()):
        return last_body
    return next((body for body in reversed(named) if kind not in ANY_BODY and kind in body.lower()), name)


NAMED_BODY = re.compile(r"(?<![\w'’])(?:(?:The|A)\s+|(?:At|In|On|For|From|By|With|Under)\s+(?=[A-Z]))?"
                        r"(?!(?:Shares|Stocks|Bonds|Officials|Members|Staff|Employees|Workers|Customers|"
                        r"Investors)\s+of\s)"
                        rf"([A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|against|the|{FOREIGN_JOINS}|&"
                        r"|on(?!\s+(?:"
                        + "|".join(w.capitalize() for w in (*notfigure.MONTHS, *notfigure.WEEKDAYS)).replace(".", r"\.")
                        + r")\b))\s+)*[A-Z][\w'’&.-]*)*)")
"""A run of capitalised words, with 'of', 'for', '&', 'des' … within it ('UN Commission of Inquiry', 'UN Committee on
the Elimination of Discrimination against Women', 'Observatoire des Mines du Katanga', 'Brandt & Holm'; not 'on
Thursday', nor 'Shares of' before a company's name): a body's name when one of its words is a BODY_WORD."""


DESCRIBED_AS_A_BODY = re.compile(r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|on|the|[A-Z][\w'’&.-]*))*\s+[A-Z][\w'’&.-]*)"
                                 r"(?:\s+\([A-Z]{2,8}\))?,\s+"
                                 rf"(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{BODY_KINDS}\b")
"""A name the text says is a body ("the Eurasian Remittance Monitor, a Bishkek-based research group"), though none
of its words is a BODY_WORD."""


ACRONYM_DEFINED = re.compile(r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:of|for|on|and|&|against|the|[A-Z][\w'’&.-]*))+)\s+"
                             r"\((?P<acronym>[A-Z]{2,8})\)")
"""A body's name with its acronym in brackets ("the Federal Fraud Investigation Bureau (FFIB)", "the Centers for
Medicare & Medicaid Services (CMS)"), for a later 'FFIB'."""


CAPS_BODY = re.compile(r"[A-Z][A-Z '’&.-]{4,80}")
"""A line in capitals, as a press release heads itself with its body's name ("MINISTRY OF FOREIGN EMPLOYMENT")."""


def title_case(line: str) -> str:
    return " ".join(w.lower() if w.lower() in ("of", "and", "for", "the", "on", "in") else w.capitalize()
                    for w in line.split())


def document_author(sentence: str) -> str:
    """The body whose document a sentence names: "The report by the UN Human Rights Office", "The State
    Department's 2024 Trafficking in Persons Report"; '' when it names none."""
    by = DOCUMENT_BY_BODY.search(sentence)
    if by and (m := NAMED_BODY.match(sentence, by.end())):
        if (kind := KIND_BEFORE_A_NAME.match(sentence, m.end(1))) and (named := NAMED_BODY.match(sentence, kind.end())):
            m = named  # "a report by the Congolese rights group Action pour la Dignité Minière"
        return clean(m.group(1))  # not the full stop closing the sentence
    for m in NAMED_BODY.finditer(sentence):
        owner = re.sub(r"['’]s$", "", m.group(1))
        if owner != m.group(1) and OWNED_DOCUMENT.match(sentence, m.end(1)):
            return owner
    return ""


def a_body(*names: str) -> str:
    """The first of `names` that names a body, not by its kind alone ('the group'); else ''."""
    return next((name for name in names if is_body(name) and not THE_BODY.fullmatch(name)), "")
