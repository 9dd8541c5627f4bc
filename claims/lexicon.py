"""The words figures are written with, and how a figure's text becomes tokens.

Number words, scales, bound and hedge phrases, fillers, connectives, units (from `claims.units`,
currencies from `claims.currencies`), counted nouns and vague terms (`claims.vague`) as phrase
tables; the tokenizer; longest-phrase matching; and the characters a figure is normalized to.
`claims.ranges` reads figures with them, `claims.bulk` builds its grammar from them: one place for
each word, so a word added here is read everywhere.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claims import currencies, units, vague

# --- vocabulary ---------------------------------------------------------------------------

ONES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
DECADE_WORDS = {w[:-1] + "ies": n for w, n in TENS.items()}
"""'twenties' … 'nineties': "in their twenties" is 20–29."""
TEENS = "teens"
"""'in their teens': the years of age `vague.TEEN_YEARS`, as 'in their 30s' is 30–39."""
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
             "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
             "tenth": 10, "tenths": 10}
FOREIGN_SCALES = {"ribu": 1_000, "juta": 1_000_000, "miliar": 1_000_000_000, "triliun": 1_000_000_000_000,
                  "nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "arba": 1_000_000_000,
                  "kharab": 100_000_000_000, "millón": 1_000_000, "millones": 1_000_000, "milhão": 1_000_000,
                  "milhões": 1_000_000, "bilhão": 1_000_000_000, "bilhões": 1_000_000_000,
                  "milliards": 1_000_000_000,
                  "millionen": 1_000_000, "milliarden": 1_000_000_000,
                  "mio": 1_000_000, "mrd": 1_000_000_000, "mlrd": 1_000_000_000, "trln": 1_000_000_000_000}
"""Scale words of the languages that group thousands with a point, as figures from the Indonesian, Malaysian,
Vietnamese, Nepali, Spanish, Portuguese, French, German and Russian press are reprinted in English ('Rp 5 juta',
'VND 500 triệu', 'NPR 12 arba', 'R$ 3 bilhões', 'CHF 2.4 Mio.'): before one, '1.500' is refused (1,500 or 1.5?)."""
WORDS_OF_NEPAL_AND_PAKISTAN = frozenset({"arba", "kharab", "maund", "maunds"})
"""Scale words and measures of the Nepali and Pakistani press, whose rupees are not India's: 'Rs 12 arba', 'Rs
3,900 per maund' are not read as Indian rupees, as 'Rs' alone is."""
SUFFIX_SCALES = {"k": 1_000, "bn": 1_000_000_000, "mn": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
                 "b": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
                 "cr": 10_000_000, "l": 100_000, "tr": 1_000_000_000_000, "mil": 1_000_000, "bil": 1_000_000_000,
                 "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
                 "만": 10_000, "억": 100_000_000, **FOREIGN_SCALES}
"""Scale suffixes after a number, glued or spaced ("4.5m", "$2.2 tn"); "b" only glued ("1.2b"), and
"m" spaced only after a currency sign ("$3 m"): "a 4 m wall" may be metres."""
TIME_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "previously"})
"""After a span of time, words that make it when something was, not how long or how often: "108.4 million a
year earlier", "$8,269 a decade earlier", "three years ago"."""
AFTER_WHAT_IS_PAID = frozenset("tax taxes costs expenses deductions fees inflation housing rent".split())
"""After 'before' or 'after' past a rate, what a sum is counted net or gross of: '£8.92 an hour after costs' is a
rate, as '108.4 million a year earlier' is not."""
NOT_A_RATE_AFTER_A = frozenset("few couple lot little bit number total while record whopping staggering "
                               "further".split())
"""After a sum, words that 'a' opens with no rate: "$2m a few weeks ago", "$5 a while back"."""
MONEY_SHAPE = re.compile(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?(?![\d,])|\d+\.\d\d(?![\d.,])|\d+(?:\.\d+)?-?\s?(?:"
                         + "|".join(sorted({*SUFFIX_SCALES, *vague.SCALES} - {"dozen"}, key=len, reverse=True))
                         + r")(?![^\W\d_])"
                         r"|\d{2,}(?:\.\d+)?(?=(?:\s*(?:to|and|or|-|–)\s*[^\W\d_]{0,3}\s?\d{2,}(?:\.\d+)?)?"
                         rf"\s+(?:per|a|an)\s+(?!(?:{'|'.join(sorted(NOT_A_RATE_AFTER_A))})\b)"
                         rf"[a-z]+\b(?!\s+(?:{'|'.join(sorted(TIME_AFTER))})\b))", re.I)
"""A number as a sum is written, at the start of a text: '1,500', '500 000', '27.58' (cents), '1.2 billion', '500m', or
any of two digits or more priced per something, alone or as a range's low end ('350 a month', '50 to P54 per kilo')."""


def letter_sign(letter: str, after: str) -> str | None:
    """The code a one-letter sign stands for (currencies.LETTER_SIGNS) when `after`, the text glued after
    it, is a sum: 'R' before '1.2 billion' is the rand, before '350' nothing read."""
    code = currencies.LETTER_SIGNS.get(letter.lower())
    return code if code and MONEY_SHAPE.match(after) else None


def letter_sign_at(toks: list[Tok], i: int) -> str | None:
    """`letter_sign` of token i glued to the number after it ('R' of 'R1.2 billion'), as the reader and the
    article extractor meet it."""
    if i + 1 < len(toks) and toks[i + 1].kind == "num" and glued(toks, i, 2):
        return letter_sign(toks[i].text, " ".join(t.text for t in toks[i + 1:i + 7]))  # "R350 a month"
    return None


SPACED_MONEY_ONLY = {"m"}
MONEY_ONLY_SUFFIXES: set[str] = {"cr", "l", "tr", "mil", "bil"}
"""Suffixes read as scales only after money (a sign before the number or before the range's first bound):
"Rs 1.2 cr" is 12 million rupees and "₹30 L" 3 million, as the Indian press writes crore and lakh, but "12 cr"
alone may be course credits and "30 L" litres; "Rs1.2tr", as Pakistan's press writes a trillion; "RM10mil" and
"RM1.2bil", as Malaysia's writes millions and billions, where "10 mil" alone may be thousandths of an inch.
("4.5m refugees" is four and a half million.)"""
MIL_IS_A_THOUSAND: frozenset[str] = frozenset(
    "BRL ARS MXN COP CLP PEN UYU PYG BOB VES CRC GTQ HNL NIO DOP CUP PAB SVC EUR AOA MZN CVE".split())
"""Currencies of Portuguese and Spanish, where 'mil' is a thousand ('R$ 50 mil' is R$50,000), as Malaysian English's
'RM10mil' is ten million: after these 'mil' is refused."""
SCALES_OF_ANOTHER_SIZE: dict[str, tuple[frozenset[str], str]] = {
    "mil": (MIL_IS_A_THOUSAND, "a thousand, as Portuguese and Spanish write it ('R$ 50 mil' is R$50,000), or a "
                               "million, as Malaysian English does ('RM10mil'): write 'thousand' or 'million'"),
    "m": (frozenset({"IDR"}), "a billion, as the Indonesian press abbreviates miliar ('Rp 5 M'), or a million: write "
                              "'billion' or 'million'"),
}
"""Scale suffixes that after some currencies may be another size than their English one: after those they are
refused, saying which sizes they may be."""
NUMBER_WORDS: frozenset[str] = frozenset(ONES) | frozenset(TENS) | frozenset(FRACTIONS) | frozenset(SUFFIX_SCALES) \
    | frozenset(vague.SCALES) | {s + "s" for s in vague.SCALES}
"""Words that write a number, a fraction or a scale: 'two', 'third', 'm', 'million', 'millions'."""

PREFIX_MODS = {
    "ge": ["at least", "more than", "over", "above", "greater than", "in excess of", "upwards of",
           "upward of", "no less than", "no fewer than", "not less than", "not fewer than",
           "a minimum of", "minimum of", "minimum", "min", "min.", "exceeding", "well over",
           "well above", "slightly more than", "just over", "as little as", "as low as", "as few as",
           "exceeded", "exceeds", "exceed", "surpassed", "surpasses", "surpass", "surpassing", "topped",
           "higher than", "larger than", "bigger than", "greater than or equal to", "more than or equal to",
           "equal to or more than", "equal to or greater than", "more or equal than", "greater or equal than",
           "bigger or equal than", "higher or equal than", "larger or equal than", "no lower than",
           "larger than or equal to", "bigger than or equal to", "higher than or equal to", "no smaller than",
           "well in excess of", "far more than", "far above", "far over", "many more than", "much more than",
           "a little over", "a little more than", "a bit over", "a bit more than", "slightly over", "slightly above",
           "considerably more than", "significantly more than", "substantially more than", "at the very least",
           "at a minimum", "north of", "longer than", "no shorter than", "not shorter than", "a shade over",
           "a shade above", "at minimum", "starting at", "starting from", "≥", ">", ">="],
    "le": ["up to", "upto", "a shade under", "a shade below", "less than", "fewer than", "under", "below",
           "as much as", "as many as",
           "as high as", "at most", "no more than", "not more than", "a maximum of", "maximum of",
           "maximum", "max", "max.", "just under", "slightly less than", "not exceeding",
           "lower than", "smaller than", "less than or equal to", "equal to or less than",
           "less or equal than", "smaller or equal than", "lower or equal than", "not above", "not over",
           "no higher than", "smaller than or equal to", "lower than or equal to", "up to and including",
           "no greater than", "not greater than", "no larger than", "well under", "well below", "far less than",
           "far fewer than", "far below", "far under", "a little under", "a little less than", "a bit under",
           "a bit less than", "slightly under", "slightly below", "much less than", "considerably less than",
           "significantly less than", "substantially less than", "just short of", "just shy of", "at the very most",
           "at a maximum", "south of", "shy of", "short of", "shorter than", "no longer than", "not longer than",
           "within", "a ceiling of", "a cap of", "capped at", "≤", "<", "<="],
    "approx": ["about", "around", "roughly", "approximately", "approx", "approx.", "ca", "ca.",
               "c.", "circa", "some", "nearly", "almost", "close to", "closer to", "an estimated",
               "estimated", "est.", "an approximate", "approximate", "in the region of",
               "on the order of", "something like", "~", "≈", "perhaps", "possibly", "maybe", "more or less",
               "close on", "getting on for", "nigh on", "in the vicinity of", "in the neighbourhood of",
               "in the neighborhood of", "of the order of", "the best part of", "the better part of"],
}
SUFFIX_MODS = {
    "ge": ["or more", "or longer", "or higher", "or above", "or over", "or greater", "or older",
           "and up", "and above", "and over", "and more", "and older", "plus", "+", "at least",
           "- plus", "at the least", "minimum", "or longer sentences", "to life", "to life imprisonment",
           "or more than that", "and beyond", "at the very least", "at a minimum", "perhaps more", "possibly more",
           "maybe more", "if not more",
           "and perhaps more", "and possibly more", "or perhaps more", "or possibly more", "perhaps even more",
           "and counting", "and rising"],
    "le": ["or less", "or fewer", "or lower", "or under", "or below", "or shorter", "or younger",
           "and under", "and below", "and younger", "at most", "at the most", "maximum", "max", "at the very most",
           "at a maximum"],
    "approx": ["or so", "approximately", "roughly", "or thereabouts", "give or take", "odd", "- odd", "more or less",
               "approx", "approx.", "est.", "estimated"],
}
TIME_BOUNDS = frozenset({"or longer", "or shorter", "or older", "or younger", "and older", "and younger", "to life",
                         "to life imprisonment", "or longer sentences", "longer than", "shorter than", "within",
                         "no longer than", "not longer than", "no shorter than", "not shorter than"})
"""Bound words after a figure that bound a time (a sentence, an age): after money or a count they are
no bound of it ('12 euros to life' read 12 euros or more)."""
LENGTH_BOUNDS = frozenset({"or longer", "or shorter", "longer than", "shorter than", "no longer than",
                           "not longer than", "no shorter than", "not shorter than"})
"""Of TIME_BOUNDS, those that bound a length too ('flights longer than 3,500 km')."""
AGE_PREFIXES = {"younger than": "le", "under the age of": "le", "below the age of": "le", "aged under": "le",
                "under age": "le", "older than": "ge", "over the age of": "ge", "above the age of": "ge",
                "aged over": "ge", "aged": "", "age": "", "ages": "", "at the age of": "", "at age": "",
                "the age of": "", "the ages of": ""}
"""Words that make a figure an age, read in years: "younger than 16" is at most 16 years."""
AGE_SUFFIXES = ["old", "olds", "of age", "- old", "- olds"]
"""After a duration: the figure is an age ("29 years old", "3 years of age", "17-year-old"), read as the duration."""
VAGUE_LEADS = ("in the",)
"""Before a vague count, words that do not change it: "in the thousands" is read as "thousands"."""
AGE_DECADE_LEADS = ("in their", "in his", "in her", "in its", "in our", "in my", "in your")
"""Before "20s" or "twenties": an age range of ten years ("in their 30s" is 30–39)."""
FILLERS = ["just", "only", "a mere", "mere", "a total of", "the equivalent of", "equivalent to",
           "exactly", "precisely", "fully", "anywhere", "somewhere", "a whopping", "an additional", "another",
           "a further", "further", "an extra", "a record", "a combined", "a staggering", "an astonishing",
           "a massive", "an average of", "on average", "a modest", "a paltry", "a meagre", "a meager", "a hefty",
           "a net", "a scorching", "a record high of", "a record low of",
           "equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "equalling to"]
"""Words before a figure that do not change its reading ("just 1,000 yuan" is 1,000 yuan). They are
documented in the README; every other word before a figure is an error."""
FILLER_SUFFIXES = ["in total", "in all", "all told", "altogether", "exactly", "inclusive", "on average",
                   "so far", "to date", "worldwide", "globally", "nationwide", "year to date", "year-to-date", "ytd"]
"""Words after a figure that do not change its reading ("2,000 people in total", "5,000 deaths so far",
"26.4 million refugees worldwide", "14,950 year to date", which is no count of years): where and until when
the figure counts are the claim's other columns."""
TERM_NOUNS = [f"{kind}{noun}{plural}" for kind in ("", "prison ", "jail ", "labour camp ", "labor camp ")
              for noun in ("sentence", "term") for plural in ("", "s")] + ["ban", "bans"]
"""After a duration, to the end: what lasts that long ("a five-year sentence", "10-year prison
terms"). A closed list: "a five-year high" is no duration."""
MONEY_NOUNS = [*"""fine fines bail bribe bribes fee fees ransom reward bounty payment payments price dowry debt debts
    salary wage wages penalty loan loans deal deals budget budgets contract contracts settlement settlements grant
    grants investment investments donation donations bailout bailouts subsidy subsidies pension pensions allowance
    allowances package packages stimulus aid compensation payout payouts award awards bonus bonuses fund funding
    deficit surplus revenue revenues profit profits income turnover remittance remittances damages
    project projects scheme schemes programme programmes program programs plan plans levy levies tax taxes charge
    charges order orders acquisition acquisitions takeover takeovers merger purchase purchases bid bids offer offers
    valuation overrun shortfall windfall refund refunds rebate rebates prize purse jackpot rescue
    injection bond bonds transfer transfers""".split(),
               "bride price", "minimum wage", "minimum wages", "aid package", "aid packages", "stimulus package",
               "budget deficit", "trade deficit", "trade surplus", "tax credit", "tax credits", "funding round"]
"""What a sum of money is, before 'of' or after the sum to the end ("a fine of up to 10,000 yuan",
"a $5,000 fine", "a $3.5bn deal", "a budget of $3 billion"). A closed list, as for TERM_NOUNS; after it
only money reads ("a loss of 5%" is refused: no loss of money)."""
PLURALS_WITHOUT_S = frozenset({"people", "women", "men", "children", "police", "staff", "personnel", "crew"})
"""Plurals that do not end in 's': after a number they count ('1995 people'), and before ', 52,' they
are a group, not a person whose age it is."""
MEASURE_WORDS = frozenset("""
    yard yards degree degrees gallon gallons volt volts point points
    byte bytes kilobytes
    magnitude square cubic ton tons
    mu quintal quintals bigha bighas feddan feddans dunam dunams donum donums kanal kanals marla marlas
    piastre piastres fils halala halalas
""".split())
"""Words of measure claims tracker does not read: a number before one is a measure ('4 yards', '4.2 points', land in
'41.2 million mu' or '5 bighas', a harvest in '25 quintals') or a sum in a minor unit
several currencies share ('20 piastres a loaf'), never a count of them, so the article extractor offers no
candidate."""
OR_EQUAL = ["or equal to", "or equal"]
"""After a bound word, or after the figure it bounds: the bound is inclusive, as every bound of ours is ("less than
5000 or equal", "at least or equal to 30", as test suites of other parsers write them)."""
PLUS_MINUS = ["±", "+/-", "+-", "+/−", "+−", "+/–", "+–", "plus or minus", "give or take"]
"""Between a figure and its margin ("5,000 ± 500", "1.1 ± 0.1 °C"): the interval from one below to one above.
Typeset text writes the minus of '+/-' as a minus sign or an en dash ('12% (+/− 3%)', which read as 12%)."""
QUALIFIERS = frozenset({"projected", "projection", "projections", "forecast", "forecasts", "target", "targets",
                        "targeted", "planned", "goal", "suspended", "excl", "excluding", "except", "only", "overturned",
                        "quashed"})
"""Words in an aside that say what the figure is: a projection or a target, not a measure ('12.5% (projected)'), a
suspended sentence, a narrower scope ('(excl. China)', '(women only)'), one that no longer stands. Passed over,
the figure would be compared as what it is not."""
CHANGED_TO = re.compile(r"\b(?:reduced|raised|increased|lowered|commuted|cut|revised|changed|extended)\s+"
                        r"(?:[^\W\d_]+\s+)?to\b")
"""In an aside, another figure the figure became ('12 years (reduced to 8 on appeal)'); '(cut from 40%)' says
what it was, and is passed over as other figures are."""
PRICE_BASIS = ["ppp", "purchasing power parity", "real terms", "constant prices", "international dollar",
               "international dollars"]
"""Words in an aside that say a sum is not in the money of its day ('$2.15 a day (2017 PPP)', '(in real
terms)'): read as plain dollars, it would be converted and compared silently wrong, so it is refused."""
CONNECTORS = {"–", "—", "-", "--", "to", "through", "thru", "till", "until"}
CONNECTOR_PHRASES = {"and perhaps": "to", "or perhaps": "to", "and possibly": "to", "or possibly": "to",
                     "or even": "to", "and even": "to", "if not": "to", "perhaps even": "to",
                     "and maybe": "to", "or maybe": "to", "perhaps": "to", "possibly": "to", "maybe": "to"}
"""Phrases that widen a figure into a range: "thousands, and perhaps tens of thousands", "hundreds,
possibly thousands"."""
SIGN_WORDS = {"minus", "negative"}
RATE_ADJECTIVES = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month",
                   "weekly": "week", "daily": "day", "nightly": "day", "a year": "year", "p.a.": "year",
                   "pa": "year", "p.m.": "month", "pcm": "month", "pw": "week", "p.w.": "week",
                   "psf": "square_foot"}
"""Words that make a figure a rate on their own, after it: "£30,000 pa", "£350pw" (as British lettings write rents),
"Rs 18,000 psf" (per square foot, as property reports write prices)."""
DURATIONS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "decades", "century",
             "centuries", "fortnight"}
EXTRA_WORDS = frozenset({"more", "additional", "further", "extra", "other", "new"})
"""Between a number and its unit or noun, words that leave the figure as it is ("two more years")."""
WHOLE_SPAN = frozenset({"full", "whole", "entire"})
"""Between a number (or 'a') and a span of time, words that stress the span is complete: "five
full years" is five years, "a whole month" one month. Only before a duration: "a full dollar" is refused."""
UNBROKEN_SPAN = frozenset({"consecutive", "straight", "successive"})
"""Between a number and a span of time, words that say the spans follow one another: "three
consecutive years" is three years ("a second consecutive year" is an ordinal, no figure)."""
PER_PERSON = {"capita", "head"}
"""After "per" or "a": money per person ("$3,000 per capita", "$500 a head")."""
RANGE_OPENERS = {"between", "from"}
NOUN_STOPS = {"or", "and", "to", "of", "per", "a", "an", "in", "for", "each", "every", "than", "but",
              "from", "between", "the", "at", "by", "on", "with", "is", "are", "was", "were", "as",
              "fewer", "less", "not", "no", "never",
              "among", "amongst", "amid", "into", "onto", "upon", "against", "during", "without", "across", "through",
              "throughout", "towards", "toward", "via", "despite", "beyond", "inside", "outside", "after", "before",
              "since", "until", "unlike"}
"""Words that end a counted noun phrase: what follows them is read by the grammar again ("2022 survey put forced
labour among migrant fishers" counted 2,022 people, 'survey … among migrant fishers' their noun; "43 million units
after heavy monsoon rains kept shoppers" 43 million people). "2,000
fewer people" is a change, not a count of people: 'fewer' is then the word an error names, as 'not'
is in "5,000 not women" and 'no' in "5,000 no more women"."""
DETERMINERS = frozenset({"such", "these", "those", "this", "their", "his", "her", "its", "our", "my", "your"})
"""After a word that follows a count, a determiner makes that word a verb: "31 described such incidents" counts
no incidents, where "20 such cases" counts cases."""
PARTICIPLES_AFTER_A_COUNT = frozenset("""
    affected arrested detained rescued deported trafficked evacuated infected vaccinated recruited exploited
    repatriated identified convicted sentenced prosecuted executed abducted kidnapped enslaved registered
    resettled relocated hospitalized hospitalised tested screened interviewed surveyed freed released jailed
    imprisoned charged fined expelled intercepted apprehended stranded trapped drowned destroyed damaged
    flooded burned burnt seized confiscated held displaced injured wounded employed enrolled sheltered smuggled
""".split())
"""A past participle right after what a count counts says what befell them, and leaves the count as it is:
"1,000 people arrested" is 1,000 people, "10,000 homes destroyed" 10,000 homes. A closed list, as a word
ending in -ed may be a verb of another figure ("5,000 people need …")."""
GROUPS_OF_PEOPLE = frozenset("""
    force forces crowd army team delegation workforce contingent militia mob community diaspora membership staff
    crew congregation battalion brigade garrison cohort gang group unit police
""".split())
"""Groups a '-strong' figure counts the members of ("a 10,000-strong force", "a 300-strong crowd"): people. Only
there: "5 forces" is no count of people."""
CLAUSE_WORDS = frozenset("is are was were be been being has have had will would can could may might must "
                         "shall should do does did said says say according that which who whom whose when "
                         "where while because if than remain remains remained".split())
"""Words that make what follows a figure a clause, not a noun phrase: "half of them are women" is a
sentence, and a sentence is not a figure."""
TOKEN_RE = re.compile(r"""
    (?P<num>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
  | (?P<sym>us\$|u\.s\.\$|>=|<=|=>|=<|--|[$¥₩€£%≥≤<>+~≈/–—\-−元])
  | (?P<word>""" + "".join(rf"{re.escape(w)}(?!\w)|" for w in units.UNITS_WITH_DIGITS)
    + r"""[a-z]+(?:\.[a-z]+)+\.?|μ?[a-z][^\W\d_]*\.?)
  | (?P<other>\S)
""", re.X)
MINUS_BETWEEN_DIGITS = re.compile(r"(?<=\d)−(?=\d)")
"""A minus sign between two digits ("30−50%"): a range's dash, as typesetting gives it."""
DASHES = str.maketrans({"‒": "–", "―": "—", "‐": "-", "‑": "-", "＄": "$", "％": "%", "٪": "%", "٬": ",", "٫": ".",
                        "≧": "≥", "≦": "≤", "∼": "~",
                        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c"
                                        "\u202d\u202e\u2066\u2067\u2068\u2069")})
"""Characters as figures are read: dashes, the Arabic percent sign and separators, and the characters a copy
from a PDF or a web page leaves unseen in a figure (soft hyphens, zero-width spaces, direction marks, a
byte-order mark), dropped."""
OTHER_DIGITS = re.compile(r"(?![0-9])\d")
"""A decimal digit of another script ('٣٠٪', Arabic-Indic): read as its ASCII digit."""


class Tok(NamedTuple):
    """A token and where it stands in the normalized text (a tuple: the parser makes many)."""

    text: str
    kind: str  # num, sym, word, other
    start: int
    end: int


def tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), m.lastgroup or "other", m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokens(phrase.lower()))


def _phrase_table(groups: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    return {phrase_key(p): name for name, phrases in groups.items() for p in phrases}


PREFIX_TABLE = _phrase_table(PREFIX_MODS)
WIDEN_TABLE = {phrase_key(p): v for p, v in CONNECTOR_PHRASES.items()}
SUFFIX_TABLE = _phrase_table(SUFFIX_MODS)
UNIT_TABLE = {phrase_key(w): u for w, u in units.UNIT_WORDS.items()}
CURRENCY_PREFIX = {phrase_key(w): u for w, u in units.UNIT_WORDS.items()
                   if units.currency_of(u) and currencies.stands_before(w)}
"""Currency signs and codes, the spellings written before a number (`currencies.stands_before`)."""
AGE_TABLE = {phrase_key(p): v or "point" for p, v in AGE_PREFIXES.items()}
FILLER_TABLE = {phrase_key(p): p for p in FILLERS}
FILLER_SUFFIX_TABLE = {phrase_key(p): p for p in FILLER_SUFFIXES}
AGE_SUFFIX_TABLE = {phrase_key(p): p for p in AGE_SUFFIXES}
PLUS_MINUS_TABLE = {phrase_key(p): p for p in PLUS_MINUS}
OR_EQUAL_TABLE = {phrase_key(p): p for p in OR_EQUAL}
PRICE_BASIS_TABLE = {phrase_key(p): p for p in PRICE_BASIS}
TERM_NOUN_TABLE = {phrase_key(p): p for p in TERM_NOUNS}
MONEY_NOUN_TABLE = {phrase_key(p): p for p in MONEY_NOUNS}
RATE_TABLE = {phrase_key(p): u for p, u in RATE_ADJECTIVES.items()}
MULTIPLE_TABLE = {phrase_key(w): w for w in units.MULTIPLES}
"""Units read after multiplying ("decades"); kept out of UNIT_TABLE, whose words `claims.bulk` reads."""
MINOR_TABLE = {phrase_key(w): code for w, (code, _) in currencies.minor_words().items()}
"""Minor units ("cents", "p", "paise"): the figure is read in the main unit ("60p" is £0.60)."""
GLUED_ONLY_MINOR = {("p",), ("c",)}
"""Minor units that are read only glued to their number ("60p", "43c"): spaced, they are other words."""
TEMPERATURE_GLUED = re.compile(r"(?<=\d)([CF])(?![A-Za-z])")
"""A capital 'C' or 'F' glued to a number: news style writes degrees so ("a 1.5C rise", "45C",
"104F"); cents are a lower-case 'c' ("99c")."""
TEMPERATURE_LETTERS = {"c": "celsius_degree", "f": "fahrenheit_degree"}
GRAM_LETTER = "g"
"""Grams after a number, glued or spaced ("500g", "500 g of heroin"): only in lower case."""
CAPITAL_G = re.compile(r"(?<=\d) ?G(?![A-Za-z])")
"""A capital 'G' after a number names a network generation ("5G") or giga, not grams."""
SPACED_CAPITAL_K = re.compile(r"(\d[\d,.]*)\s+K(?![A-Za-z])")
"""A capital 'K' after a number and a space ("288 K"): kelvin, as science writes temperatures, or a thousand;
glued ("288K") or after a currency ("$288 K") it is a thousand."""
GLUED_M_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{4,})[mM](?!\w)")
"""A whole number of thousands with a glued 'm' ("5,000m", "3000m"): a race's or a height's metres as often as
millions; after a currency sign, or with what it counts after it ("1,400m people"), millions."""
CASE_DECIDES: dict[str, tuple[re.Pattern, str]] = {
    "le": (re.compile(r"(?<![A-Za-z])Le\.? ?(?=\d)"),
           "the Sierra Leonean leone, where 'LE' is the Egyptian pound: write 'SLE' or 'EGP'"),
    "ft": (re.compile(r"(?<=\d) ?Ft\b"), "the Hungarian forint, where 'ft' is feet: write 'HUF' or 'ft'"),
    "mm": (re.compile(r"(?<=\d) ?MM\b"), "a million in finance ('$5MM'), where 'mm' is millimetres: write 'million'"),
    "ml": (re.compile(r"(?<=\d) ?ML\b"),
           "megalitres, as water reports write them, where 'ml' is millilitres: write 'megalitres' or 'ml'"),
    "um": (re.compile(r"(?<![A-Za-z])um\b"),
           "micrometres (µm) typed without 'µ', where 'UM' is the Mauritanian ouguiya: write 'MRU' for money"),
}
"""Spellings whose case says what they are, and the text lower-cased cannot ('Le 5,000' is leones,
'LE 5,000' Egyptian pounds; '1,000 Ft' forints, '1,000 ft' feet; '30 um' micrometres, 'UM 30'
ouguiyas): written so, they are refused."""
AMBIGUOUS_UNIT_WORDS = {
    "ton": "metric tonnes, US short tons or British long tons: write 'tonnes' (or 'metric tons'), 'short tons' or "
           "'long tons'",
    "gallon": "US or imperial gallons: write 'US gallons' or 'imperial gallons'",
    "hundredweight": "US hundredweights of 100 lb or British ones of 112 lb: write the weight in lb or kg",
    "quintal": "metric quintals of 100 kg, as South Asia and Ethiopia weigh harvests, or Central America's coffee "
               "quintals of 100 lb: write 'metric quintals' or the weight in kg",
    "cwt": "US hundredweights of 100 lb or British ones of 112 lb: write the weight in lb or kg",
    "mt": "megatonnes ('Mt') or, in trade, metric tons ('MT'): write 'megatonnes' or 'tonnes'",
    "l": "litres or, in Indian English, lakh ('₹30 L'): write 'litres', or 'lakh' or a currency sign before the sum",
    "mpg": "miles per US gallon or per imperial gallon: write 'miles per US gallon' or 'miles per imperial gallon'",
    "nm": "nanometres, nautical miles or, written 'Nm', newton metres of torque: write 'nanometres', 'nautical "
          "miles' or 'newton metres'",
    "pp": "percentage points, as economists abbreviate them, or pages ('a 45pp report'): write 'percentage "
          "points'",
}
"""Unit words that name several units, refused with the spellings that say which (plurals too)."""
UNITS_THE_PLACE_DECIDES: dict[str, dict[str, str]] = {
    "quintal": {code: "metric quintal" for code in ("INR", "PKR", "NPR", "BDT", "ETB")},
    "gallon": {"USD": "US gallon", "GBP": "imperial gallon"},
    "mpg": {"USD": "miles per US gallon", "GBP": "miles per imperial gallon"},
}
"""Of AMBIGUOUS_UNIT_WORDS, those an article's place decides, by the place's money: a quintal is 100 kg where rupees,
taka or birr are spent, a gallon the US one where dollars are and the imperial one in Britain."""
WORDS_THE_UNIT_DECIDES: dict[str, tuple[re.Pattern, str]] = {
    "[length]^1": (re.compile(r"(?<=\d) ?m(?![\w²³])"), " metres"),
    "[mass]^1": (re.compile(r"\bpounds?\b(?! sterling)", re.IGNORECASE), "lb"),
}
"""Words the metric's unit reads another way, by its dimension: after a number `m` is a million
("4.5m refugees") unless the metric is a length ("a 48m wall", then metres), and `pounds` is
sterling unless the metric is a mass (then the avoirdupois pound). What each becomes there."""


def as_the_unit_reads(text: str, dimension: str) -> str:
    """The text with the words a metric of this dimension reads another way written as it reads them."""
    rule = WORDS_THE_UNIT_DECIDES.get(dimension)
    return rule[0].sub(rule[1], text) if rule else text


COUNTED_TABLE = {phrase_key(w): u for w, u in {**units.COUNT_NOUNS,
                                          **{w: u for w, u in units.UNIT_WORDS.items()
                                             if u in units.COUNT_UNITS}}.items()}
"""Nouns a count may name: people and cases (with their unit) and plain counts ("villages")."""


_LENGTHS: dict[int, dict[str, tuple[int, ...]]] = {}


def _lengths(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    """First word -> the lengths of the table's phrases that start with it, longest first."""
    index = _LENGTHS.get(id(table))
    if index is None:
        found: dict[str, set[int]] = {}
        for key in table:
            found.setdefault(key[0], set()).add(len(key))
        index = _LENGTHS[id(table)] = {w: tuple(sorted(ns, reverse=True)) for w, ns in found.items()}
    return index


def longest_phrase(table: dict[tuple[str, ...], str], first: str) -> int:
    """How many words the longest phrase of `table` starting with the word `first` has (0: none)."""
    lengths = _lengths(table).get(first)
    return lengths[0] if lengths else 0


def match_phrase(table: dict[tuple[str, ...], str], toks: list[Tok], i: int) -> tuple[str, int] | None:
    """Longest phrase of `table` starting at token i: (value, tokens used)."""
    first = toks[i].text
    lengths = (_LENGTHS.get(id(table)) or _lengths(table)).get(first)  # the index inlined: called ~20 times a figure
    if lengths is None:
        if first.endswith(".") and (first[:-1],) in table:
            return table[(first[:-1],)], 1
        return None
    for n in lengths:
        if n == 1:
            return table[(first,)], 1
        if i + n <= len(toks):
            key = tuple(t.text for t in toks[i:i + n])
            if key in table:
                return table[key], n
            if key[-1].endswith(".") and key[:-1] + (key[-1][:-1],) in table:
                return table[key[:-1] + (key[-1][:-1],)], n  # "3 per cent." ending a sentence
    return None


@lru_cache(maxsize=1)
def vague_table() -> dict[tuple[str, ...], str]:
    phrases = (set(vague.conventions()) - vague.age_parts()) | set(vague.composed_phrases())
    return {phrase_key(p): p for p in phrases if vague.lookup(p)}


@lru_cache(maxsize=1)
def figure_starters() -> frozenset[str]:
    """Words a figure may begin with: numbers, vague terms, bound and hedge words, openers, currencies."""
    words = set(ONES) | set(TENS) | set(FRACTIONS) | RANGE_OPENERS | SIGN_WORDS | {"a", "an", "half", "dozen"}
    for table in (PREFIX_TABLE, FILLER_TABLE, CURRENCY_PREFIX, AGE_TABLE, vague_table()):
        words.update(k[0] for k in table)
    return frozenset(words - {"the", "some", "in", "no", "just", "only"}) | {"some", "the", "no", "just", "only"}


AGE_DECADE_TABLE = {phrase_key(p): p for p in AGE_DECADE_LEADS}
VAGUE_LEAD_TABLE = {phrase_key(p): p for p in VAGUE_LEADS}


def _grammar_tables() -> tuple[dict[tuple[str, ...], str], ...]:
    return (PREFIX_TABLE, SUFFIX_TABLE, UNIT_TABLE, AGE_TABLE, FILLER_TABLE, FILLER_SUFFIX_TABLE, AGE_SUFFIX_TABLE,
            TERM_NOUN_TABLE, MONEY_NOUN_TABLE, RATE_TABLE, MULTIPLE_TABLE, MINOR_TABLE, COUNTED_TABLE, WIDEN_TABLE,
            AGE_DECADE_TABLE, VAGUE_LEAD_TABLE, OR_EQUAL_TABLE, vague_table())


def _single_words() -> frozenset[str]:
    return NUMBER_WORDS | frozenset(DECADE_WORDS) | {TEENS} | CONNECTORS | RANGE_OPENERS | SIGN_WORDS | DURATIONS \
        | PER_PERSON | EXTRA_WORDS | WHOLE_SPAN | UNBROKEN_SPAN | {GRAM_LETTER}


@lru_cache(maxsize=1)
def grammar_words() -> frozenset[str]:
    """Every word some table of the grammar holds: the vocabulary. A word in none of them is never
    read as part of a figure, so an error names it (the reading tests draw unknown words outside it)."""
    return frozenset(w for table in _grammar_tables() for key in table for w in key) | _single_words() \
        | vague.age_parts()  # "early" of "in their early 30s"


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """The words units, minor units and unit letters are written with ('km', 'cents', 'g', 'c'); not the
    scale of 'parts per million', which is a number's word wherever it stands."""
    return (frozenset(w for table in (UNIT_TABLE, MINOR_TABLE) for key in table for w in key)
            | {GRAM_LETTER, *TEMPERATURE_LETTERS}) - NUMBER_WORDS


@lru_cache(maxsize=1)
def words_of_their_own() -> frozenset[str]:
    """The words of `grammar_words` that some phrase holds apart from a slash ('years', 'million'), not
    only inside a unit written with one (the 'h' of 'km/h'): only such a word may close the number before it."""
    return frozenset(w for table in _grammar_tables() for key in table if "/" not in key for w in key) \
        | _single_words()



CURRENCY_SYMBOLS_TEXT = {"$", "¥", "₩", "€", "£", "us$", "u.s.$"}



def time_after(toks: list[Tok], k: int) -> bool:
    """Whether token k makes the span of time before it when something was (TIME_AFTER), not a rate."""
    w = word_at(toks, k).rstrip(".")
    return w in TIME_AFTER and not (w in ("after", "before") and word_at(toks, k + 1) in AFTER_WHAT_IS_PAID)


def word_at(toks: list[Tok], j: int) -> str:
    if j >= len(toks):
        return ""
    t = toks[j]
    return t.text.rstrip(".") if t.kind == "word" else t.text


def is_number_word(w: str) -> bool:
    return w in ONES or w in TENS


def loose_hyphens(text: str) -> set[int]:
    """Hyphens read as spaces: that of a number waiting for the next number's unit ('10- to 15-year
    sentences', 'three- or four-year terms' read as '10 to 15-year', whose unit both share), and
    those joining a number and a half or a quarter ('two-and-a-half years')."""
    suspended = {m.end(1) for m in SUSPENDED_HYPHEN.finditer(text)
                 if m.group(1)[-1].isdigit() or is_number_word(m.group(1).lower().rsplit("-", 1)[-1])}
    rates = {m.start(k) for m in HYPHENED_RATE.finditer(text) for k in (1, 2)}
    rates |= {m.start(k) for m in HYPHENED_TO.finditer(text) for k in (1, 2) if _numbers_around(m)}
    halves = {k for m in HYPHENED_HALF.finditer(text) for k in range(m.start(), m.end()) if text[k] == "-"}
    return suspended | rates | halves


ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


def holds_a_number(text: str) -> bool:
    """A digit or a number word: whether a figure may stand in the text outside its asides ('five
    thousand' of 'five thousand (5,000)', not '$ ' of '$ (1,234)')."""
    return bool(re.search(r"\d", text)) or any(w in NUMBER_WORDS for w in re.findall(r"[^\W\d_]+", text.lower()))


def asides_dropped(text: str) -> bool:
    """Whether `strip_brackets` drops the asides of `text`: it has some, and a figure stands outside them."""
    outer = ASIDE.sub(" ", text)
    return outer != text and holds_a_number(outer)


def strip_brackets(text: str) -> str:
    """Drop bracketed asides such as conversions ("1,000 yuan (US$146)", "two (2) years") when a
    figure stands outside; a margin in brackets is the figure's, and only its brackets go
    ("5,000 (± 500)")."""
    if asides_dropped(text):
        return ASIDE.sub(lambda m: f" {m.group()[1:-1]} " if is_margin(m.group()) else " ", text)
    return text.replace("(", " ").replace(")", " ").replace("[", " ").replace("]", " ")


def place_named(aside: str) -> tuple[str, ...]:
    """The currencies of the countries or territories a bracketed aside names ('(Sri Lanka)', '(in
    Pakistan)', "(Pakistan's minimum wage)"), or () when it names none: it may say whose money the figure is."""
    inner = aside.strip()[1:-1]
    return currencies.of_place(inner) or tuple(sorted(currencies.places_named(inner, anywhere=True)))


def is_margin(aside: str) -> bool:
    """'(± 500)', '(+/- 3%)', '[plus or minus 0.1C]': an aside that is the margin of the figure before it."""
    toks = tokens(aside[1:-1].lower())
    return bool(toks) and match_phrase(PLUS_MINUS_TABLE, toks, 0) is not None


def qualifying_aside(text: str) -> str | None:
    """The first aside `strip_brackets` would drop that says something of the figure, or None.

    An aside with a number is another figure (a conversion, a year, a footnote: "(US$146)",
    "(2019)", "[3]"), and one of prose names a source; both are passed over. An aside without a
    number that holds a unit, a currency, a scale or a rate ("(per year)", "(in thousands)",
    "(CAD)"), or is a hedge or bound word ("(est.)", "(at least)"), changes the reading: passed
    over, the figure would read silently wrong. So does a basis of prices ("(2017 PPP)", `PRICE_BASIS`).
    A counted noun ("(mostly women)") and a footnote's letter ("(a)", "(b)") change nothing; "(k)" and
    "(m)" (thousands, millions or metres) and a table's "('000)" are not passed over."""
    if not asides_dropped(text):
        return None
    for m in ASIDE.finditer(text):
        inner = ASIDE_YEAR.sub(" ", m.group()[1:-1].lower())  # "(2019 est.)" qualifies as "(est.)" does
        if is_qualifier(m.group()):
            return m.group()  # with a number too: "(reduced to 8 on appeal)"
        if THOUSANDS_LABEL.search(inner):
            return m.group()
        letter = re.fullmatch(r"\s*([a-z])\s*", inner)
        if re.search(r"\d", inner) or letter and letter.group(1) not in ("k", "m"):
            continue  # another figure or a margin (read), or a footnote's letter ("(a)", "(e)")
        toks = tokens(inner)
        if _hedge_of(toks) is not None or _price_basis(toks):
            return m.group()
        for i, t in enumerate(toks):
            if t.text in ("%", "per") or t.text in SUFFIX_SCALES or t.text.rstrip("s") in vague.SCALES:
                return m.group()
            for table in (UNIT_TABLE, RATE_TABLE, MULTIPLE_TABLE, MINOR_TABLE):
                found = match_phrase(table, toks, i)
                if found and found[0] not in units.COUNT_UNITS:
                    return m.group()
    return None


THOUSANDS_LABEL = re.compile(r"(?<![\w,.])['‘’]?000(?:['’]?s)?(?![\w,.])")
"""A statistical table's scale label in digits, "('000)", "(000s)", "(US$ '000)": the figure is in thousands."""


def _price_basis(toks: list[Tok]) -> bool:
    return any(match_phrase(PRICE_BASIS_TABLE, toks, i) for i in range(len(toks)))


def is_qualifier(aside: str) -> bool:
    """Whether an aside says what the figure is, or what it became ('(projected)', '(excl. China)', '(reduced to
    8)'): `QUALIFIERS`, `CHANGED_TO`."""
    low = aside.lower()
    return any(w in QUALIFIERS for w in re.findall(r"[^\W\d_]+", low)) or CHANGED_TO.search(low) is not None


def is_price_basis(aside: str) -> bool:
    """Whether an aside says which prices a sum is in ('(2017 PPP)', '(in real terms)'): `PRICE_BASIS`."""
    return _price_basis(tokens(aside[1:-1].lower()))


def _hedge_of(toks: list[Tok]) -> str | None:
    """The kind of bound or hedge an aside's words are ('(est.)', '(approx)', '(at least)'), or None."""
    words = tuple(t.text for t in toks if t.text not in (",", ";", ":"))
    if not words:
        return None
    bare = words[:-1] + (words[-1].rstrip("."),)  # "(approx.)" and "(est.)" alike
    dotted = bare[:-1] + (bare[-1] + ".",)  # "(est)" as "(est.)"
    for key in (words, bare, dotted):
        for table in (PREFIX_TABLE, SUFFIX_TABLE):
            if key in table:
                return table[key]
    return "approx" if len(bare) == 1 and bare[0] in ESTIMATE_WORDS else None


def estimate_aside(text: str) -> str | None:
    """The aside that says the figure is an estimate ('(est.)', '(approx.)', '(2019 est.)', '(estimate)'),
    when it is the first that says something of the figure: the figure reads as about what it says, as
    'an estimated 5,000' does. A bound in brackets ('(at least)') stays refused: which end it bounds of
    a range, or against a bound word outside, the brackets do not say."""
    aside = qualifying_aside(text)
    if aside is None or not is_estimate(aside) or qualifying_aside(text.replace(aside, " ", 1)) is not None:
        return None  # another aside says more of the figure ('(per year)'): refused, as that is
    return aside


def is_estimate(aside: str) -> bool:
    """Whether a bracketed aside says only that the figure is an estimate ('(est.)', '(2019 est.)')."""
    inner = ASIDE_YEAR.sub(" ", aside[1:-1].lower())
    return not re.search(r"\d", inner) and _hedge_of(tokens(inner)) == "approx"


YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
"""A year-like number: four digits, 1800–2100 (the last as climate scenarios write it: 'by 2100', '2081–2100'),
without a thousands separator."""
ASIDE_YEAR = re.compile(r"(?:\b(?:in|since|by|as of|as at|from|until|till|during|for|mid|end of|early|late"
                        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)[\s-]+)*"
                        rf"(?<![\d,.]){YEAR}(?![\d]|[,.]\d)")
"""A year in an aside, with the words that date it ('in', 'as of', 'March'), which says nothing else
of the figure: '(2019 est.)' and '(in 2019 est.)' are read for their 'est.'."""


ESTIMATE_WORDS = frozenset({"estimate", "estimates", "est"})
"""Words that, alone in an aside, make it a hedge although no figure is written with them before or
after it: '5,000 (estimate)' is '~5,000', as 'estimated 5,000' is; '(the official Chinese estimate)'
names a source."""


INTERVAL_ASIDE = re.compile(
    r"\b(?:c\.?i|cri|u\.?i|iqr|moe|s\.?d|s\.?e)\b|confidence|credible|uncertainty|interquartile|\brange\b"
    r"|margin of error|standard (?:deviation|error)|prediction interval"
    r"|\A\s*[-−]?\d[\d,.]*\s*%?\s*(?:[-–—]|to)\s*[-−]?\d[\d,.]*\s*%?\s*\Z")
"""An aside giving the figure's uncertainty: '(95% CI 3–7)', '(range 3–7)', '(SD 1.2)', or a bare
range beside it, '5 (3–7)', as tables print confidence intervals."""


def interval_aside(text: str) -> str | None:
    """The first aside `strip_brackets` would drop that gives the figure's uncertainty, or None.

    Passed over, '5 (95% CI 3–7)' would read as an exact 5; read, which of the estimate and its
    interval to chart is the editor's choice, not the parser's."""
    if not asides_dropped(text):
        return None
    return next((m.group() for m in ASIDE.finditer(text)
                 if not is_margin(m.group()) and INTERVAL_ASIDE.search(m.group()[1:-1].lower())), None)


APOSTROPHES = ("'", "’")
"""A straight and a typographic apostrophe ("15 years' imprisonment", "15 years’ imprisonment")."""
QUOTE_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»", "„": "“", "‚": "‘", "‹": "›", "»": "«"}
QUOTED = re.compile(r"\s*([\"'“‘«„‚‹»])(.*)([\"'”’»“‘›«])\s*", re.S)


def unquote(text: str) -> str:
    """A figure wholly in quotation marks, as copied from a quote ('“about 5,000”'), without them."""
    m = QUOTED.fullmatch(text)
    if m and QUOTE_PAIRS[m.group(1)] == m.group(3) and m.group(1) not in m.group(2) and m.group(3) not in m.group(2):
        return m.group(2)
    return text


WHOLLY_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]\s*")
"""A figure wholly in brackets: an aside without its figure, or an accountant's negative ("($99.99)")."""
BRACKETED_NUMBER = re.compile(r"\(\s*[$€£¥]?\s*\d[\d,]*(?:\.\d+)?\s*\)")
"""A bare number in brackets, '(1,234)', '($5)': an accountant's negative, or an aside."""

VULGAR = {"½": ("1/2", ".5"), "¼": ("1/4", ".25"), "¾": ("3/4", ".75"), "⅓": ("1/3", ""), "⅔": ("2/3", ""),
          "⅛": ("1/8", ""), "⅜": ("3/8", ""), "⅝": ("5/8", ""), "⅞": ("7/8", "")}
"""Unicode's fractions, as each is written alone and, glued after a whole number, as its decimal ('2½' is 2.5); an
eighth is written alone after one too ('5⅛%' as '5 1/8%'), as its three decimals would be taken for thousands."""
MARK_BLOCKS = ((0xB2, 0xB4), (0xB9, 0xBA), (0x2070, 0x20A0), (0x2460, 0x2500), (0x2776, 0x2794),
               (0x3251, 0x3260), (0x32B1, 0x32C0), (0x1F100, 0x1F10D))
"""Unicode's superscript, subscript and enclosed ("①", "⑴", "⒈") digits."""
MARKED_DIGIT = re.compile("(?<![A-Za-z])[" + "".join(
    chr(c) for lo, hi in MARK_BLOCKS for c in range(lo, hi)
    if not chr(c).isdecimal() and any(ch.isdecimal() for ch in unicodedata.normalize("NFKC", chr(c)))) + "]+")
"""A superscript, subscript or enclosed digit anywhere but after a unit's letters ("km²"): a power
("10⁶"), a footnote mark ("5,000¹") or a list mark ("①"), which compatibility normalization would
make an ordinary digit (106, 5,0001, 1)."""


MARKED_LETTER = re.compile("[" + "".join(
    chr(c) for lo, hi in ((0x2B0, 0x2B9), (0x1D2C, 0x1D6B), (0x1D9B, 0x1DC0), (0x2071, 0x2072), (0x207F, 0x2080),
                          (0x2090, 0x209D)) for c in range(lo, hi)
    if re.fullmatch(r"[A-Za-z]", unicodedata.normalize("NFKC", chr(c)))) + "]+")
"""A superscript or subscript letter ("1,500ᵇ households", "2.1m ᵃ"): a footnote's mark, which compatibility
normalization would make an ordinary letter, and 'ᵇ' after a number a billion."""


SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
HYPHENED_SCALE = re.compile(r"(?<=\d)-(?=(?:thousand|million|billion|trillion|lakh|crore)\b)", re.I)
"""'$5-million', '$1.5-billion deal': Canadian style joins the scale with a hyphen; it is the scale."""
SUSPENDED_HYPHEN = re.compile(r"([\w.,]+)- (?=(?:to|or|and|through) [\w.,$]+-[a-z])", re.I)
"""A word, a hyphen and a connector before a hyphened figure: see `loose_hyphens`."""
HYPHENED_RATE = re.compile(r"(?:\d|%|\d(?:k|m|mn|bn|tn)|\d (?:thousand|million|billion|trillion))(-)an?(-)"
                           r"(?:year|month|week|day|night|hour|head)\b", re.I)
"""'a $150bn-a-year industry', 'a £30,000-a-year job': a rate joined to its figure by hyphens, as an
adjective is written; see `loose_hyphens`."""
HYPHENED_TO = re.compile(r"(?<=[\w%])(-)to(-)(?=[\w$€£¥₩])", re.I)
"""'3-to-5 years', 'three-to-five years': a range written with hyphens, as an adjective is; see `loose_hyphens`."""


def _numbers_around(m: re.Match) -> bool:
    """Whether a number ends right before the match and another starts right after it."""
    before = re.search(r"[\w%]+\Z", m.string[:m.start()]).group().lower()
    after = re.match(r"[$€£¥₩]?([\w.,]+)", m.string[m.end():]).group(1).lower()
    return (before[-1].isdigit() or before[-1] == "%" or is_number_word(before.rsplit("-", 1)[-1])) \
        and (after[0].isdigit() or is_number_word(after))


HYPHENED_HALF = re.compile(r"(?<=\w)-and-a-(?=(?:half|quarter)\b)", re.I)
"""'two-and-a-half years': see `loose_hyphens`."""
SPELLED_FOLD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|"
                          r"hundred|thousand)fold\b", re.I)
"""'threefold', 'a hundredfold': a number of times written as one word, read as the number and 'fold' (times)."""
CAPITAL_SCALE = re.compile(r"(?<=\d) ?([MB])\b|(?<=\d)(T)\b")
CAPITAL_WORDS = {"M": " million", "B": " billion", "T": " trillion"}
SPACED_SYMBOL = re.compile(r"(?<![\w$'’])([a-z]{1,3}) \$")
"""'c $ 16.4 million', 'hk $ 10': a currency's letters and its '$' written apart; never the end of
a word after an apostrophe ("the company's $5 million" is no S$, "isn't $5" no T$)."""
WORD_BEFORE_SIGN = frozenset({"a", "s", "t", "can", "mop", "ca"})
"""Letters of a currency's sign ('A$', 'S$', 'T$', 'CA$') that are also a word or the end of one ("'s",
"n't", circa's 'ca'): before a spaced '$' they are themselves ('a $5,000 fine', "the company's $5
million" are US dollars, 'ca $500' is about $500), and their sign reads only glued ('A$500', 'CA$500')."""


APOSTROPHE_THOUSANDS = re.compile(r"(?<![\d,.'’])\d{1,3}(?:['’]\d{3})+(?![\d'’])")
"""'CHF 10'000', '1’000’000': thousands grouped with an apostrophe, as the Swiss write them (feet and
inches, '6'2"', never have three digits after the mark)."""


DASH_AS_MINUS = re.compile(r"(?:(?<=^)|(?<=[\s(]))–(?=\d)")
"""An en dash opening a number after a space or a bracket: a minus sign, unless a number stands before it."""
MIDDLE_DOT_DECIMAL = re.compile(r"(?<=\d)·(?=\d)")
"""A middle dot between digits: the decimal point of The Lancet's style ('12·4%', '3·2 million deaths')."""


ORDINAL_AS_DEGREE = re.compile(r"(?<=\d)º(?=\s?[CF]\b)|(?<=\d )º(?=[CF]\b)")
"""The ordinal indicator 'º' set for a degree sign between a number and C or F, as Spanish and Portuguese keyboards
type it ("1.5ºC")."""


OKINA = re.compile(r"(?<=\b[Pp]a)['’](?=anga)")
"""The apostrophe most keyboards write for the ʻokina of 'paʻanga' (the table's spelling), which splits no word."""


def unify(text: str) -> str:
    """Characters only: fractions, compatibility forms and dashes, as `normalize` and `notfigure` read them;
    an apostrophe that groups thousands is a comma ('10'000' is 10,000), in the same number of characters."""
    if "'" in text or "’" in text:
        text = APOSTROPHE_THOUSANDS.sub(lambda m: re.sub("['’]", ",", m.group()), text)
        text = OKINA.sub("ʻ", text)  # "186 million pa'anga": Tonga's money, its 'pa' no rate per annum
    if text.isascii():
        return text
    if any(char in text for char in VULGAR):
        for char, (alone, decimal) in VULGAR.items():
            if decimal:
                text = re.sub(rf"(\d){char}", rf"\g<1>{decimal}", text)  # "2½" is 2.5
            text = text.replace(char, f" {alone} ")
    if "−" in text:
        text = MINUS_BETWEEN_DIGITS.sub("–", text)  # "30−50%", as a PDF sets a range: no negative fifty
    if "·" in text:
        text = MIDDLE_DOT_DECIMAL.sub(".", text)  # "12·4%", as The Lancet sets a decimal point
    if "º" in text:
        text = ORDINAL_AS_DEGREE.sub("°", text)  # "1.5ºC": NFKC would make it "1.5oC"
    if "–" in text:
        text = DASH_AS_MINUS.sub(lambda m: "-" if not re.search(r"[\d%]\s*$", text[:m.start()]) else m.group(),
                                 text)  # "fell to –20°C": a minus typeset as an en dash, where "10 –20" is a range
    text = unicodedata.normalize("NFKC", text).translate(DASHES).replace("⁄", "/")
    return OTHER_DIGITS.sub(lambda m: str(unicodedata.decimal(m.group())), text) if not text.isascii() else text


GLUED_SOL = re.compile(r"(?<![A-Za-z])([Ss]/\.)(?=\d)")
"""Peru's sign for the sol glued to its number: its full stop is no decimal point."""


def normalize(text: str) -> str:
    return normalize_unified(unify(text))


def normalize_unified(text: str) -> str:
    if " " in text:
        text = SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ","), text)  # "10 000", a separator as a comma is
    if "-" in text:
        for at in loose_hyphens(text):
            text = text[:at] + " " + text[at + 1:]
        text = HYPHENED_SCALE.sub(" ", text)
    if "/." in text:
        text = GLUED_SOL.sub(r"\1 ", text)  # "S/.100" is 100 soles, not S/ and .100
    if "fold" in text:
        text = SPELLED_FOLD.sub(r"\1 fold", text)
    # "1.2M": a capital M after a number is million, a lower-case m is not
    text = CAPITAL_SCALE.sub(lambda m: CAPITAL_WORDS[m.group(1) or m.group(2)], text)
    return " ".join(text.lower().split())


def join_symbols(text: str) -> str:
    """'c $ 16.4 million' as 'c$ 16.4 million' where the letters and '$' are one currency's symbol."""
    if " $" not in text:
        return text
    return SPACED_SYMBOL.sub(lambda m: m.group(1) + "$" if currencies.by_symbol(m.group(1) + "$")
                             and m.group(1) not in WORD_BEFORE_SIGN else m.group(), text)


MINOR = "minor:"
"""Prefix of the parser's own unit names for minor units ("minor:USD" is cents)."""


@lru_cache(maxsize=1)
def _unit_tables() -> tuple[dict[tuple[str, ...], str], ...]:
    minor = {k: MINOR + code for k, code in MINOR_TABLE.items()}
    return UNIT_TABLE, MULTIPLE_TABLE, minor


def longer_unit(toks: list[Tok], i: int) -> bool:
    """Whether a unit of several tokens starts at token i ('kč' is 'k' and 'č'): not a scale, then."""
    found = match_phrase(UNIT_TABLE, toks, i)
    return found is not None and found[1] > 1


def glued(toks: list[Tok], i: int, n: int) -> bool:
    """Whether tokens i..i+n-1 are written without a space between them."""
    return all(toks[k].end == toks[k + 1].start for k in range(i, i + n - 1))


def unit_at(toks: list[Tok], i: int) -> tuple[str, int] | None:
    """The unit written at token i: a unit, a multiple ("decades") or a minor unit ("cents")."""
    if i >= len(toks):
        return None
    tables = _unit_tables()
    for table in tables:
        found = match_phrase(table, toks, i)
        if found:
            if found[1] == 1 and table is UNIT_TABLE and i + 1 < len(toks) \
                    and (minor := match_phrase(tables[-1], toks, i)) and minor[1] > 1:
                found = minor  # 'euro cents', not 'euro'
            if found[1] > 1 and toks[i].text in WORD_BEFORE_SIGN and not glued(toks, i, found[1]):
                return None  # "0.40 s (after a fix) /" is no S/ (the sol): its letters are a sign only glued
            return found
    return None


def main_unit(unit: str) -> str:
    """A parser unit name as a ureg unit: multiples and minor units stand for their main unit."""
    if unit.startswith(MINOR):
        return unit[len(MINOR):]
    if unit in units.MULTIPLES:
        return units.MULTIPLES[unit][0]
    return unit


@lru_cache(maxsize=None)
def unit_factor(unit: str, target: str) -> Decimal:
    """How many `target` one `unit` is, for durations, multiples included (a decade is 120 months); kept,
    as pint takes a tenth of a millisecond to convert."""
    factor = Decimal(1)
    if unit in units.MULTIPLES:
        unit, times = units.MULTIPLES[unit]
        factor = Decimal(times)
    if target in units.MULTIPLES:
        target, times = units.MULTIPLES[target]
        factor /= Decimal(times)
    return factor * Decimal(str(units.convert(1, unit, target)))


def finest_unit(a: str, b: str) -> str:
    """Of two units of one dimension, the smaller (months rather than years), so values stay whole."""
    return a if unit_factor(a, b) < 1 else b


