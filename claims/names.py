"""People as a text names them: a person's name, the role or title written before it ("UNHCR chief Filippo Grandi",
"Minister for Gender Affairs Ruth Ndlovu", "Dr. Amina Yusuf") and the letters after it ("Helen Marsh QC"), for
`claims.speakers`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from claims.bodies import BODY_KINDS, BODY_WORDS, is_body


NAME_PARTICLES = "de|da|di|do|du|des|van|von|der|den|del|della|dos|das|bin|binti|ibn|ter|la|le"
"""Lower-case words inside a person's name ("Femke de Ruiter", "Ahmad bin Hassan", "Ana dos Santos")."""


LOWER_ROLE_NAME = re.compile(rf"(?:[A-Z][\w'’-]*\s+(?=[a-z]))?"  # a sentence's capital: 'Boda boda rider …'
                             r"(?:(?:(?:[Gg]rand)?(?:[Mm]other|[Ff]ather)|[Pp]arent)\s+of\s+[a-z\d]+\s+"  # 'mother of three …'
                             rf"|(?:(?!(?:{NAME_PARTICLES}|of|at|for|from|in|on|with|by|to|and|or|the|an?|who|whose|"
                             rf"which|that)\s)[a-z][\w'’-]*\s+){{1,4}})((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][^\W\d_]+"
                             rf"(?:(?:[ -]|\s&\s)(?:(?:{NAME_PARTICLES})\s)?[A-Z][^\W\d_'’-]+)+)")
"""What someone is, in lower case, then their name ('boda boda rider Hassan Dube', 'local farmer Ana Ruiz', 'shipbroker
Halvorsen & Finch'): the name alone; not 'director of Human Rights Watch', which says where they work."""


PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?(?:[A-Z][^\W\d_A-Z]+"
                    rf"(?:[- \t](?:(?:{NAME_PARTICLES})[ \t])?(?:Mc|Mac|O['’])?[A-Z][^\W\d_A-Z'’-]+"
                    r"(?:-[^\W\d_A-Z'’-]+)?)+"
                    r"|(?<![\w.])(?!(?:U\.S|U\.K|U\.N|E\.U)\.)(?:[A-Z]\.[ \t]?){1,2}[A-Z][^\W\d_A-Z]{2,}"
                    r"(?:-[A-Z]?[^\W\d_A-Z'’-]+)?(?:[ \t][A-Z][^\W\d_A-Z'’-]+){0,2})\b")
"""A person's name: two or more capitalized words ("John Miller", "Kim Young-ho", "Park Sun-hee" whole), or a name
after initials, as the South Asian press writes it ("M. Jeyanthi", "K.S. Raman"), for "he" later on."""


AGED_NAME = re.compile(r"\b([A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)*),\s+(?:aged\s+)?\d{1,3},")
"""A name with an age after it, 'Mai, 31,': a person, though one word."""


ROLES = frozenset("chief director spokesman spokeswoman spokesperson minister secretary commissioner ambassador "
                  "representative envoy coordinator manager chairman chairwoman chair adviser advisor governor mayor "
                  "judge justice lawyer attorney advocate solicitor professor economist rapporteur inspector officer "
                  "commander lawmaker legislator senator diplomat scientist researcher analyst expert activist "
                  "prosecutor investigator president head general colonel captain lieutenant sergeant major "
                  "superintendent detective executive founder co-founder deputy official pastor reverend rev bishop "
                  "imam rabbi missionary father sister brother col lt capt maj sgt hon sen rep gov "
                  "sp dsp asp acp dcp ssp igp dig supt insp cpl "
                  "datuk dato dato' datin politician sheriff constable marshal warden councillor "
                  "councilor councilman councilwoman congressman congresswoman mp collector counsellor counselor "
                  "alderman consul magistrate ombudsman member engineer engr haji hajji alhaji sheikh farmer leader "
                  "counsel "
                  "gen brig adm cdr cmdr premier cllr presenter host anchor moderator csp statistician treasurer "
                  "auditor registrar comptroller controller epidemiologist complainant survivor petitioner plaintiff "
                  "resident villager shopkeeper vendor trader supervisor regent acting administrator headteacher "
                  "headmaster headmistress pensioner student cyclist".split())
"""Words of a role before a person's name ("UNHCR chief Filippo Grandi", "Assistant U.S. Attorney Sarah Kim")."""


OFFICE_WORDS = frozenset("affairs security justice health labour labor education finance interior defence defense "
                         "state development welfare trade employment migration immigration women children gender "
                         "transport energy environment agriculture industry commerce tourism culture housing home "
                         "police services relations protection planning economy sanitation water resources works "
                         "infrastructure communications technology sport sports fisheries forestry mines mining "
                         "transition disaster management emergency elections revenue customs prisons".split())
"""The last word of an office ("Minister for Gender Affairs", "Secretary of State"), before the holder's name."""


TITLES_BEFORE_A_NAME = frozenset({"executive", "officer", "chief"})
"""Of NAME_WORDS_TOO, those that end a title before a person's name as well ("Chief Executive Georges Elhedery")."""


HONORIFIC = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?|Madam|Madame|Mme\.?|(?:Tan\s+)?Sri(?!\s+Lanka)|Seri)\s+(?=[A-Z])")
"""Before a name, a title no part of it: 'Mr', 'Dr', a Ghanaian 'Madam', a Malaysian 'Seri' or 'Tan Sri' (after
'Datuk', a role)."""


NAME_WORDS_TOO = frozenset({"general", "major", "head", "chief", "executive", "officer"})
"""Role words that, capitalized, begin the names of bodies as often ('General Motors', 'the UN General Assembly',
'Major League Baseball', 'Head Start'): a role only in lower case ('UNHCR chief Filippo Grandi')."""


def without_honorific(name: str) -> str:
    """A person's full name without 'Mr', 'Dr.' before it, as a citation writes it ("Dr. Amina Yusuf", a parliament's
    "Mr Tom Ashby (Northfield) (Con):"); a surname keeps its title ("Mrs Whitcombe")."""
    honorific = HONORIFIC.match(name)
    return name[honorific.end():] if honorific and PERSON.fullmatch(name[honorific.end():]) else name


@lru_cache(maxsize=4096)
def without_role(name: str) -> str:
    """The person's name without the role written before it ('UNHCR chief Filippo Grandi' is Filippo Grandi),
    as '…," said director Suyeon Yoo' names Suyeon Yoo, or the letters after it ('Helen Marsh QC'); a role
    alone ('a ministry official') stays."""
    name = _role_cut(name)
    lettered = POST_NOMINALS.search(name)
    if lettered and PERSON.fullmatch(name[:lettered.start()]):
        name = name[:lettered.start()]
    return without_honorific(name)  # "District Health Officer Dr. Sunanda Meshram" is Sunanda Meshram


POST_NOMINALS = re.compile(r"(?:,?\s+(?:QC|SC|SAN|MP|MEP|MSP|MLA|JP|OBE|MBE|CBE|KBE|DBE|PhD))+$")
"""Letters after a person's name: a silk's ('Helen Marsh QC'), a member's ('Jo Bell MP') or an honour's. Not 'KC',
a common Nepali surname ('Rajan Bahadur KC') as much as a King's Counsel's letters: such a name stays whole."""


def _role_cut(name: str) -> str:
    described = LOWER_ROLE_NAME.fullmatch(name)
    if described and not re.search(rf"\b{BODY_KINDS}\s", name[:described.start(1)]):  # 'rescue group Hope Bridge'
        name = described.group(1)  # "boda boda rider Hassan Dube": no lower-case word is a name's, but a particle
    name = without_honorific(re.sub(r"\s+\([^()]{1,30}\)(?=\s+[A-Z])", "", name))  # "… of police (North) Sanjay Meena"
    words = name.split()
    titled = [k for k, w in enumerate(words) if w.lower().strip(".,") in ROLES or w.lower().split("-")[0] in ROLES
              or w.lower().split("-")[-1] in ROLES]  # "Vice-President Margit Lindqvist"
    rest = words[titled[-1] + 1:] if titled else []
    title = words[titled[-1]].lower() if titled else ""
    if (title in TITLES_BEFORE_A_NAME or title == "general" and titled[-1] - 1 in titled) and 2 <= len(rest) <= 4 \
            and PERSON.fullmatch(" ".join(rest)) and not any(w.lower() in BODY_WORDS for w in rest):
        return " ".join(rest)  # "Chief Financial Officer Arno Antlitz", "Advocate General Lakshmi Narayanan",
        # though 'Chief' and 'General' may begin a body's name
    roles = [k for k in titled if not (words[k][:1].isupper() and words[k].lower() in NAME_WORDS_TOO)
             or k - 1 in titled]  # "Datuk"; but "Director General", "Inspector General": one role
    if not roles:
        of = next((k for k, w in enumerate(words) if w in ("of", "at")), 0)
        person = words[:of]
        if 2 <= of <= 3 and all(w[:1].isupper() and w.lower() not in BODY_WORDS for w in person) \
                and PERSON.fullmatch(" ".join(person)) \
                and (words[of + 1:of + 2] == ["the"] or is_body(" ".join(words[of + 1:]))):  # not "… Continuum of Care"
            return " ".join(person)  # "Suyeon Yoo of the Korea Future Initiative"; not "National Bank of Ethiopia"
        return name
    if roles[-1] == len(words) - 1:
        return name
    rest = words[roles[-1] + 1:]
    office = [k for k, w in enumerate(rest) if w.lower() in OFFICE_WORDS]
    if rest and rest[0] in ("for", "of") and office and 2 <= len(rest) - office[-1] - 1 <= 3 \
            and PERSON.fullmatch(" ".join(rest[office[-1] + 1:])):
        return " ".join(rest[office[-1] + 1:])  # "Minister for Gender Affairs Ruth Ndlovu": the name after the office
    field = next((k for k, w in enumerate(rest) if k and w[:1].isupper()), 0) if rest[:1] in (["of"], ["for"]) else 0
    if field > 1 and all(w.islower() for w in rest[1:field]) and 2 <= len(rest) - field <= 3 \
            and PERSON.fullmatch(" ".join(rest[field:])):
        return " ".join(rest[field:])  # "head of freight research Tomasz Wieczorek": the name after the field
    cut = next((k for k, w in enumerate(rest) if w in ("of", "at", "from")), len(rest))
    rest = rest[:cut] if cut else rest  # "Pastor Kim Sung-eun of Caleb Mission": the person, not where she works
    if any(w.lower() in BODY_WORDS for w in rest):
        return name  # "Colombia's Attorney General's Office": a body, whose name holds a role
    return " ".join(rest) if len(rest) <= 4 and all(w[:1].isupper() or w in NAME_PARTICLES.split("|") for w in rest) \
        and rest[0][:1].isupper() else name
