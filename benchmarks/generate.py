"""Realistic synthetic claims for the benchmarks (a script, not a test): a valid claims CSV of any size.

    python benchmarks/generate.py N OUT.csv [--seed 1] [--metrics 150]

writes OUT.csv (columns of `claims.schema.COLUMNS`) and metrics.csv beside it. The same (N, seed,
metrics) always gives the same bytes, and a file with more rows starts with the same metrics and
publishers, so the metric charted at 1k is the one charted at 100k.

What it looks like, so that timings mean something:
- ~150 metrics (the number is an option), each of one dimension: a share in percent, a count of
  people, a duration in years or months, or money with a home currency (USD, CNY, KRW, EUR or GBP;
  a fifth of money claims are in another currency). Claims spread over metrics and publishers
  unevenly (a few metrics and outlets have many claims, most have few).
- Articles: a publisher, a date 2000–2025 (day, month or year precision), a headline, an author and
  a URL, giving one to four claims of the same topic.
- Values from ~90 phrasings with random numbers, so most strings are distinct: compact ("30–50%",
  "$100–$1,000", "5+ years", "40k"), phrases ("between X and Y percent", "about N people", "up to $N",
  "N or more"), spelled-out numbers ("forty-five percent", "twenty-five thousand"), fractions
  ("nearly two-thirds", "one in four"), vague terms ("thousands", "several hundred to a thousand
  dollars", "a few months"), bracketed conversions ("1,000 yuan (US$146)"). About 2% of values hold
  two figures and carry their reading in `range`; about 5% of claims repeat an earlier claim of the
  same metric (`derived_from`, same figure, another outlet).
- Optional columns filled at realistic rates: unit, subject, geography, period, claimant,
  attributed_to, url, accessed, quote (a sentence holding the figure), page, tags, notes.

Every generated file validates with no problems (`python -m claims validate OUT.csv`).
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.schema import COLUMNS, METRIC_COLUMNS  # noqa: E402

VERSION = 1
"""Bump when the output changes, so cached benchmark files are generated anew."""

CURRENCIES = ("USD", "CNY", "KRW", "EUR", "GBP")
DIMENSIONS = ("percent", "person", "duration", "money")
DIMENSION_WEIGHTS = (0.3, 0.3, 0.15, 0.25)

TOPICS = {
    "labour": (["unemployment_rate", "youth_jobless_rate", "informal_work_share", "union_membership_share"],
               ["jobless_workers", "strikers", "gig_workers", "layoffs"],
               ["job_search_duration", "contract_length"],
               ["minimum_wage", "average_monthly_wage", "recruitment_fee"]),
    "health": (["vaccination_rate", "obesity_rate", "smoking_rate", "uninsured_share"],
               ["hospital_admissions", "overdose_deaths", "flu_cases_people", "nurses_short"],
               ["surgery_wait", "ambulance_delay_months"],
               ["insulin_price", "hospital_stay_cost", "drug_price"]),
    "migration": (["asylum_approval_rate", "returnee_share", "undocumented_share", "women_share"],
                  ["refugees", "border_crossings", "deportations", "detained_migrants"],
                  ["asylum_processing_time", "detention_length"],
                  ["smuggler_fee", "visa_cost", "remittance_amount"]),
    "housing": (["homeownership_rate", "vacancy_rate", "rent_burden_share", "social_housing_share"],
                ["homeless_people", "evictions", "waiting_list_households", "rough_sleepers"],
                ["social_housing_wait", "mortgage_term"],
                ["median_rent", "house_price", "deposit_amount"]),
    "crime": (["clearance_rate", "recidivism_rate", "conviction_rate", "victim_reporting_rate"],
              ["prisoners", "trafficking_victims", "burglary_victims", "gang_members"],
              ["sentence_length", "trial_delay"],
              ["bribe_amount", "fine_amount", "ransom_paid"]),
    "education": (["literacy_rate", "dropout_rate", "graduation_rate", "enrolment_rate"],
                  ["out_of_school_children", "teachers_short", "students_enrolled", "scholarship_holders"],
                  ["teacher_training_length", "school_closure_length"],
                  ["tuition_fee", "teacher_salary", "textbook_cost"]),
    "energy": (["renewable_share", "coal_share", "grid_loss_rate", "energy_poverty_rate"],
               ["households_without_power", "miners", "solar_installers", "outage_affected"],
               ["outage_duration", "plant_construction_time"],
               ["electricity_price", "fuel_subsidy", "plant_cost"]),
    "elections": (["turnout", "incumbent_vote_share", "spoiled_ballot_share", "female_candidate_share"],
                  ["registered_voters", "poll_workers", "observers", "protesters"],
                  ["campaign_length", "count_delay"],
                  ["campaign_spending", "vote_buying_price", "deposit_fee"]),
    "agriculture": (["crop_loss_rate", "irrigated_share", "smallholder_share", "food_insecurity_rate"],
                    ["farm_workers", "food_insecure_people", "seasonal_migrants", "fishers"],
                    ["drought_length", "growing_season_delay"],
                    ["rice_price", "fertiliser_price", "land_price"]),
    "trafficking": (["trafficked_share", "sold_into_marriage_share", "rescued_share", "prosecuted_share"],
                    ["trafficked_women", "forced_labourers", "rescued_victims", "brokers_arrested"],
                    ["repatriation_sentence", "captivity_length"],
                    ["bride_price", "broker_fee", "escape_fee"]),
}
QUALIFIERS = ["national", "urban", "rural", "youth", "regional", "coastal", "northern", "southern",
              "capital", "border", "cross_border", "provincial", "female", "male", "elderly", "migrant"]

PLACES = ["China", "South Korea", "North Korea", "Japan", "Mongolia", "Vietnam", "Thailand", "Laos",
          "Cambodia", "Myanmar", "Philippines", "Indonesia", "Malaysia", "India", "Bangladesh", "Nepal",
          "Pakistan", "United Kingdom", "France", "Germany", "Italy", "Spain", "Poland", "Greece",
          "Ireland", "United States", "Canada", "Mexico", "Brazil", "Nigeria", "Kenya", "Ethiopia",
          "Jilin Province", "Liaoning", "Yanbian", "Seoul", "Shenyang", "Dandong", "London", "Paris",
          "Berlin", "Lagos", "Nairobi", "São Paulo", "China–North Korea border", "worldwide"]
PAPER_WORDS = ["Times", "Herald", "Post", "Daily", "Tribune", "Observer", "Gazette", "Journal",
               "Chronicle", "Courier", "Standard", "Express", "Monitor", "Review", "Ilbo", "Weekly"]
CITIES = ["Taipei", "Seoul", "Busan", "Shanghai", "Beijing", "Hong Kong", "London", "Manchester",
          "Dublin", "Paris", "Berlin", "Madrid", "Lagos", "Nairobi", "Toronto", "Chicago", "Boston",
          "Sydney", "Manila", "Bangkok", "Hanoi", "Jakarta", "Delhi", "Dhaka", "Kathmandu", "Osaka",
          "Daegu", "Incheon", "Glasgow", "Leeds", "Lyon", "Munich", "Denver", "Austin", "Ottawa"]
ORG_KINDS = ["Human Rights Watch", "Amnesty International", "UNHCR", "UNICEF", "World Bank", "IMF",
             "OECD", "ILO", "IOM", "UNODC", "WHO", "Walk Free Foundation", "Korea Future",
             "Database Center for North Korean Human Rights", "Korea Institute for National Unification",
             "US State Department", "Congressional Research Service", "National Statistics Office",
             "Ministry of Unification", "Ministry of Health", "Ministry of Labour", "Reuters", "AFP",
             "Associated Press", "Yonhap", "Xinhua", "BBC", "Radio Free Asia", "Daily NK", "NK News"]
INSTITUTE_WORDS = ["Institute", "Foundation", "Centre", "Council", "Network", "Alliance", "Project",
                   "Observatory", "Coalition", "Commission", "Trust", "Initiative"]
INSTITUTE_TOPICS = ["Migration", "Labour", "Health", "Housing", "Justice", "Education", "Energy",
                    "Democracy", "Food", "Policy", "Rights", "Statistics", "Public Affairs", "Asia"]
FIRST = ["John", "Mary", "Kim", "Lee", "Park", "Choi", "Wang", "Li", "Zhang", "Anna", "David", "Sarah",
         "Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin", "Wei", "Fang", "Jean-Pierre", "Marie", "Ahmed",
         "Fatima", "Carlos", "Lucía", "Olena", "Tomasz", "Aisha", "Emeka", "Grace", "Hiroshi", "Yuki",
         "Priya", "Arjun", "Nguyen", "Linh", "Peter", "Ruth", "Samuel", "Elena", "Marco"]
LAST = ["Miller", "Smith", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Wang", "Li", "Zhang", "Chen",
        "Dupont", "Martin", "Müller", "Schmidt", "García", "López", "Kowalski", "Okafor", "Mensah",
        "Tanaka", "Sato", "Patel", "Sharma", "Tran", "Nguyen", "O'Brien", "Murphy", "Rossi", "Haddad",
        "Cohen", "Novak", "Silva", "Santos", "Ivanova", "Brown", "Wilson", "Taylor", "Evans"]
ROLES = ["a spokesperson for", "director of", "a researcher at", "an official at", "the head of",
         "a senior analyst at", "a lawyer working with", "a volunteer with", "a former official of"]
HEADLINE_A = ["Crisis", "Surge", "Warning", "Report", "Survey", "Study", "Inquiry", "Investigation",
              "Data", "Figures", "Census", "Audit", "Review", "Estimate", "Analysis", "Poll"]
HEADLINE_B = ["reveals", "shows", "finds", "warns of", "points to", "questions", "casts doubt on",
              "confirms", "highlights", "tracks", "underlines", "challenges"]
HEADLINE_C = ["hidden toll", "growing gap", "sharp rise", "slow decline", "record levels", "new low",
              "uneven recovery", "lasting damage", "rising costs", "missing millions", "quiet exodus",
              "human cost", "broken promises", "unequal burden", "shadow economy", "long wait"]
TAGS = ["estimate", "official", "ngo", "survey", "census", "leak", "interview", "court", "wire",
        "women", "children", "prices", "border", "policy", "budget", "seed", "contested", "regional"]
NOTES = ["wire copy, agency not named", "figure given in a caption only", "same figure in the print edition",
         "period inferred from the article's date", "the report gives no method", "rounded in the headline",
         "translated from Korean", "translated from Chinese", "the source calls it a conservative estimate",
         "checked against the PDF", "figure repeated from an earlier interview"]
QUOTE_LEAD = ["Officials estimate that", "According to the report,", "Researchers found that",
              "The survey suggests that", "Advocates say that", "The ministry said that",
              "Figures released on Monday show that", "Local groups believe that",
              "An internal document puts the figure at", "Experts interviewed put it at",
              "The study's authors say that", "Police sources told reporters that"]
QUOTE_TAIL = ["though the figure is disputed.", "according to people familiar with the matter.",
              "a number that has barely changed in a decade.", "up sharply from the year before.",
              "far above official estimates.", "with wide regional differences.",
              "although the authors warn the data is incomplete.", "the group said in a statement.",
              "", "", ""]

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000: 'forty-five', 'two hundred and fifty', 'twenty-five thousand'."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")
    rest = n % 1000
    return spell(n // 1000) + " thousand" + ((" and " if rest < 100 else " ") + spell(rest) if rest else "")


def commas(n: float) -> str:
    return f"{n:,.0f}" if float(n).is_integer() else f"{n:,}"


# --- numbers --------------------------------------------------------------------------------

def _round_sig(x: float, sig: int) -> int:
    if x < 1:
        return 1
    digits = int(math.floor(math.log10(x))) + 1
    q = 10 ** max(digits - sig, 0)
    return max(1, int(round(x / q) * q))


def _count(rng: random.Random, lo_exp: float = 1.0, hi_exp: float = 6.5) -> int:
    """A count as reports write it: mostly rounded to 1–3 significant digits, sometimes exact."""
    x = 10 ** rng.uniform(lo_exp, hi_exp)
    r = rng.random()
    if r < 0.25:
        return int(x) or 1
    return _round_sig(x, 1 if r < 0.45 else 2 if r < 0.8 else 3)


def _pair(rng: random.Random, lo_exp: float = 1.0, hi_exp: float = 6.0) -> tuple[int, int]:
    a = _count(rng, lo_exp, hi_exp)
    b = _round_sig(a * rng.uniform(1.2, 6.0), 2)
    return a, max(b, a + 1)


# --- values by dimension --------------------------------------------------------------------
# Each maker returns (value, range): range is "" unless the value holds two figures.

def _pct(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.6:
        return str(rng.randint(1, 99))
    if r < 0.9:
        return f"{rng.randint(1, 98)}.{rng.randint(1, 9)}"
    return f"{rng.randint(1, 98)}.{rng.randint(1, 99):02d}"


PCT_WORDS = ["percent", "per cent", "%", "percent", "%", "pct"]
FRACTION_PHRASES = ["nearly two-thirds", "about a third", "more than half", "nearly half", "a quarter",
                    "almost three-quarters", "about one in four", "one in five", "three in ten", "half",
                    "roughly a fifth", "more than a third", "two-thirds", "less than half", "over half",
                    "most", "the majority", "a majority"]


def percent_value(rng: random.Random) -> tuple[str, str]:
    t = rng.randrange(24)
    w = rng.choice(PCT_WORDS)
    sp = "" if w == "%" else " "
    a = _pct(rng)
    ai = rng.randint(1, 90)
    bi = rng.randint(ai + 1, min(100, ai + 40))
    if t == 0:
        return f"{a}{sp}{w}", ""
    if t == 1:
        return f"{a}%", ""
    if t == 2:
        return f"between {ai} and {bi}{sp}{w}", ""
    if t == 3:
        return f"{ai}–{bi}%", ""
    if t == 4:
        return f"{ai}-{bi} {rng.choice(['%', 'per cent', 'percent'])}", ""
    if t == 5:
        return f"{rng.choice(['about', 'around', 'roughly', 'some', 'approximately', 'close to'])} {a}{sp}{w}", ""
    if t == 6:
        return f"{rng.choice(['an estimated', 'nearly', 'almost', 'estimated'])} {a} percent", ""
    if t == 7:
        return f"{rng.choice(['at least', 'more than', 'over', 'above', 'upwards of', 'no less than'])} {a}{sp}{w}", ""
    if t == 8:
        return f"{rng.choice(['up to', 'less than', 'as many as', 'as much as', 'under', 'at most'])} {a}{sp}{w}", ""
    if t == 9:
        return f"{a}% or more", ""
    if t in (10, 11):
        return rng.choice(FRACTION_PHRASES), ""
    if t == 12:
        return f"{spell(ai)} percent", ""
    if t == 13:
        return f"{rng.choice(['about', 'nearly', 'more than'])} {spell(ai)} per cent", ""
    if t == 14:
        return f"between {min(ai, 49)} percent and half", ""
    if t == 15:
        return f"from {ai} to {bi} percent", ""
    if t == 16:
        return f"{ai} to {bi} per cent", ""
    if t == 17:
        return f"~{a}%", ""
    if t == 18:
        return f"≥{ai}%", ""
    if t == 19:
        return a, ""  # a bare number, read in the metric's unit (percent)
    if t == 20:
        return f"{ai} percent in {rng.randint(2000, 2025)}, up from {max(1, ai - rng.randint(1, 20))} percent", f"{ai}%"
    if t == 21:
        return f"{a} percent of respondents", ""
    if t == 22:
        return f"{rng.choice(['nearly', 'more than', 'about'])} {rng.randint(2, 9)} in 10", ""
    return f"{ai}%–{bi}%", ""


PEOPLE = ["people", "refugees", "women", "workers", "migrants", "victims", "children", "residents",
          "individuals", "defectors", "prisoners", "persons", "survivors", ""]
VAGUE_COUNTS = ["thousands", "tens of thousands", "hundreds", "several thousand", "a few hundred",
                "hundreds of thousands", "many thousands", "dozens", "several hundred", "millions",
                "thousands, and perhaps tens of thousands", "a few thousand", "scores", "tens of millions"]


def _big(rng: random.Random, n: int) -> str:
    """A count in one of the ways reports write it: 12,345 / 12345 / 12k / 1.2 million / words."""
    r = rng.random()
    if n >= 1_000_000 and r < 0.5:
        return f"{n / 1_000_000:g} million"
    if n >= 10_000 and n % 1000 == 0 and r < 0.2:
        return f"{n // 1000}k" if r < 0.1 else f"{n // 1000},000"
    if n < 1_000_000 and r < 0.08:
        return spell(n)
    if r < 0.92 or n < 10_000:
        return commas(n)
    return str(n)


def person_value(rng: random.Random) -> tuple[str, str]:
    t = rng.randrange(20)
    who = rng.choice(PEOPLE)
    tail = f" {who}" if who else ""
    n = _count(rng)
    a, b = _pair(rng)
    if t == 0:
        return _big(rng, n) + tail, ""
    if t == 1:
        return f"{rng.choice(['about', 'around', 'some', 'roughly', 'an estimated', 'approximately', 'nearly', 'close to'])} {_big(rng, n)}{tail}", ""
    if t == 2:
        return f"{rng.choice(['at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than'])} {_big(rng, n)}{tail}", ""
    if t == 3:
        return f"{rng.choice(['up to', 'fewer than', 'less than', 'as many as', 'under', 'no more than'])} {_big(rng, n)}{tail}", ""
    if t == 4:
        return f"between {commas(a)} and {commas(b)}{tail}", ""
    if t == 5:
        return f"{commas(a)}–{commas(b)}{tail}", ""
    if t == 6:
        return f"{commas(a)} to {commas(b)}{tail}", ""
    if t == 7:
        return f"{commas(n)}+", ""
    if t == 8:
        return f"{commas(n)} or more{tail}", ""
    if t in (9, 10):
        return rng.choice(VAGUE_COUNTS), ""
    if t == 11:
        return f"{rng.choice(VAGUE_COUNTS)} of {rng.choice(['people', 'women', 'refugees', 'workers'])}", ""
    if t == 12:
        return f"{spell(rng.randint(2, 99))} thousand{tail}", ""
    if t == 13:
        x = round(rng.uniform(1.0, 9.9), rng.choice([1, 1, 2]))
        return f"{x:g} million{tail}", ""
    if t == 14:
        return f"anywhere from {commas(a)} to {commas(b)}", ""
    if t == 15:
        return f"~{commas(n)}", ""
    if t == 16:
        return f"{rng.randint(1, 999)}k", ""
    if t == 17:
        return f"about {commas(a)} to {commas(b)}{tail}", ""
    if t == 18:
        return (f"more than doubled from previous estimates of about {commas(n)}",
                f"{commas(2 * n)}+ people")
    return f"{commas(n)} {rng.choice(['refugees', 'women', 'victims'])} in {rng.randint(2000, 2025)} alone", \
        f"{commas(n)} people"


def duration_value(rng: random.Random, home: str) -> tuple[str, str]:
    t = rng.randrange(18)
    unit = home if rng.random() < 0.7 else ("month" if home == "year" else "year")
    hi = 30 if unit == "year" else 48
    n = rng.randint(1, hi)
    m = rng.randint(n + 1, n + (10 if unit == "year" else 24))
    units = {"year": ["years", "years", "yrs", "year"], "month": ["months", "months", "mos", "month"]}[unit]
    word = units[0] if n != 1 else unit
    if t == 0:
        return f"{n} {word}", ""
    if t == 1:
        return f"{n}+ {units[0]}", ""
    if t == 2:
        return f"{spell(n)} {word} or longer", ""
    if t == 3:
        return f"{rng.choice(['up to', 'at most', 'no more than', 'less than'])} {n} {word}", ""
    if t == 4:
        return f"{rng.choice(['at least', 'more than', 'over', 'a minimum of'])} {n} {word}", ""
    if t == 5:
        return f"between {n} and {m} {units[0]}", ""
    if t == 6:
        return f"{n} to {m} {units[0]}", ""
    if t == 7:
        return f"{n}–{m} {rng.choice(units[:3])}", ""
    if t in (8, 9):
        return rng.choice(["several months", "a few months", "a few years", "several years",
                           "a couple of years", "at most a few months", "a few weeks", "several weeks"]), ""
    if t == 10:
        return f"{spell(n)} {word}", ""
    if t == 11:
        return f"about {rng.randint(2, 52)} weeks", ""
    if t == 12:
        return rng.choice(["half a year", "between six months and two years", "a year and a half",
                           "between three months and a year", "five years or longer"]), ""
    if t == 13:
        return f"{rng.randint(1, 20)} years and {rng.randint(1, 11)} months", ""
    if t == 14:
        return f"{spell(n)} to {spell(m)} {units[0]}" if m < 100 else f"{n} to {m} {units[0]}", ""
    if t == 15:
        return f"{n} {word} or more", ""
    if t == 16:
        return f"minimum sentence is {n} {word}", f"{n}+ {units[0]}"
    return f"{n} {word}, or {m} in some cases", f"{n}–{m} {units[0]}"


MONEY_FORMS = {  # currency -> (before-number forms, after-number forms)
    "USD": (["$", "US$", "USD "], [" dollars", " USD", " US dollars"]),
    "CNY": (["¥", "RMB ", "CNY "], [" yuan", " RMB", "RMB", " CNY", " Chinese yuan", " renminbi"]),
    "KRW": (["₩", "KRW "], [" won", " KRW", " Korean won"]),
    "EUR": (["€", "EUR "], [" euros", " EUR"]),
    "GBP": (["£", "GBP "], [" pounds", " GBP", " pounds sterling"]),
}
MONEY_SCALE = {"USD": 1.0, "CNY": 7.0, "KRW": 1200.0, "EUR": 0.9, "GBP": 0.8}
VAGUE_MONEY = {"USD": ["several hundred to a thousand dollars", "a few thousand dollars", "hundreds of dollars",
                       "thousands of dollars", "millions of dollars", "tens of thousands of dollars"],
               "CNY": ["a few thousand yuan", "several thousand yuan", "hundreds of yuan", "thousands of yuan"],
               "KRW": ["millions of won", "tens of millions of won", "several million won"],
               "EUR": ["a few hundred euros", "thousands of euros", "several thousand euros"],
               "GBP": ["a few hundred pounds", "thousands of pounds", "several thousand pounds"]}


def _money(rng: random.Random, cur: str, amount: int, in_range: bool = False) -> str:
    """An amount as reports write it. Inside a range, no code before the number: the parser reads
    "from USD 100 to USD 200" as two figures (symbols and words after the number are fine)."""
    before, after = MONEY_FORMS[cur]
    if in_range:
        before = [b for b in before if not b.strip().isalpha()] or before[:1]
    text = commas(amount)
    if amount >= 1_000_000 and rng.random() < 0.5:
        return f"{amount / 1_000_000:g} million {rng.choice(after).strip()}"
    if rng.random() < 0.5:
        return rng.choice(before) + text
    return text + rng.choice(after)


def money_value(rng: random.Random, home: str, base: float) -> tuple[str, str, str]:
    """(value, range, currency of the figure)."""
    cur = home if rng.random() < 0.8 else rng.choice(CURRENCIES)
    scale = base * MONEY_SCALE[cur]
    exp = math.log10(scale)
    n = _count(rng, exp - 0.7, exp + 1.3)
    a, b = _pair(rng, exp - 0.7, exp + 1.0)
    t = rng.randrange(16)
    before, after = MONEY_FORMS[cur]
    if t in (0, 1, 2):
        return _money(rng, cur, n), "", cur
    if t == 3:
        return f"between {_money(rng, cur, a, True)} and {_money(rng, cur, b, True)}" if rng.random() < 0.5 else \
            f"between {commas(a)} and {commas(b)}{rng.choice(after)}", "", cur
    if t == 4:
        sym = rng.choice(before).strip()
        if sym in ("$", "US$", "¥", "₩", "€", "£"):
            return f"{sym}{commas(a)}–{sym}{commas(b)}", "", cur
        return f"{commas(a)}-{commas(b)}{rng.choice(after)}", "", cur
    if t == 5:
        return f"{rng.choice(['up to', 'less than', 'as much as', 'under', 'no more than'])} {_money(rng, cur, n)}", "", cur
    if t == 6:
        return f"{rng.choice(['at least', 'more than', 'over', 'as little as', 'in excess of'])} {_money(rng, cur, n)}", "", cur
    if t == 7:
        return f"{rng.choice(['about', 'around', 'roughly', 'some', 'nearly', 'an estimated'])} {_money(rng, cur, n)}", "", cur
    if t == 8:
        return f"from {_money(rng, cur, a, True)} to {_money(rng, cur, b, True)}", "", cur
    if t == 9:
        return rng.choice(VAGUE_MONEY[cur]), "", cur
    if t == 10 and cur != "USD":
        usd = max(1, round(n / MONEY_SCALE[cur]))
        return f"{commas(n)}{rng.choice(after)} (US${commas(usd)})", "", cur
    if t == 11:
        return f"{_money(rng, cur, n)} or more", "", cur
    if t == 12:
        return f"{commas(a)} to {commas(b)}{rng.choice(after)}", "", cur
    if t == 13:
        return commas(n), "", home  # a bare number, read in the metric's currency
    if t == 14:
        return f"just {_money(rng, cur, n)}", "", cur
    return (f"{_money(rng, cur, n)}, down from {commas(_round_sig(n * rng.uniform(1.2, 3), 2))} a year earlier",
            f"{commas(n)} {cur}", cur)


# --- the cast: metrics, publishers, people ---------------------------------------------------

def make_metrics(count: int, seed: int) -> list[dict]:
    """`count` metrics, each with a topic, a dimension and a unit; the first ones get the most claims."""
    rng = random.Random(f"metrics-{seed}")
    pool = []
    for topic, by_dim in TOPICS.items():
        for dim, nouns in zip(DIMENSIONS, by_dim):
            for noun in nouns:
                for q in QUALIFIERS:
                    pool.append((topic, dim, noun, q))
    rng.shuffle(pool)
    targets = {d: max(1, round(w * count)) for d, w in zip(DIMENSIONS, DIMENSION_WEIGHTS)}
    chosen, seen = [], set()
    for topic, dim, noun, q in pool:
        if len(chosen) >= count:
            break
        name = f"{q}_{noun}" if rng.random() < 0.7 else noun
        if name in seen or not targets[dim]:
            continue
        seen.add(name)
        targets[dim] -= 1
        if dim == "percent":
            unit = "percent"
        elif dim == "person":
            unit = "person"
        elif dim == "duration":
            unit = "month" if "month" in noun or "wait" in noun or "delay" in noun else rng.choice(["year", "month"])
        else:
            unit = rng.choice(CURRENCIES)
        base = 10 ** rng.uniform(1.5, 4.5)  # typical USD amount of a money metric
        label = name.replace("_", " ").capitalize()
        chosen.append({"metric": name, "label": label, "topic": topic, "dim": dim, "unit": unit, "base": base,
                       "description": f"Synthetic benchmark metric: {label.lower()} ({topic}), in {unit}."})
    return chosen


def make_publishers(count: int, seed: int) -> list[dict]:
    rng = random.Random(f"publishers-{seed}")
    out, seen = [], set()
    while len(out) < count:
        r = rng.random()
        if r < 0.55:
            name = f"{rng.choice(['The ', ''])}{rng.choice(CITIES)} {rng.choice(PAPER_WORDS)}"
        elif r < 0.8:
            name = f"{rng.choice(INSTITUTE_TOPICS)} {rng.choice(INSTITUTE_WORDS)}"
            if rng.random() < 0.5:
                name = f"{rng.choice(CITIES)} {name}"
        else:
            name = rng.choice(ORG_KINDS)
        if name in seen:
            continue
        seen.add(name)
        slug = "".join(ch for ch in name.lower().replace("the ", "") if ch.isascii() and ch.isalnum())[:24]
        domain = f"{slug}.{rng.choice(['com', 'org', 'co.uk', 'net', 'co.kr', 'de', 'fr', 'info'])}"
        out.append({"name": name, "slug": slug, "domain": domain, "https": rng.random() < 0.85})
    return out


def make_people(count: int, seed: int, orgs: list[str]) -> list[tuple[str, str]]:
    """(claimant, organisation) pairs: 'Kim Min-jun, Korea Future'."""
    rng = random.Random(f"people-{seed}")
    out = []
    for _ in range(count):
        org = rng.choice(orgs)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        out.append((f"{name}, {rng.choice(ROLES)} {org}" if rng.random() < 0.6 else f"{name} ({org})", org))
    return out


def _zipf_weights(n: int, s: float) -> list[float]:
    return [1 / (i + 1) ** s for i in range(n)]


# --- rows --------------------------------------------------------------------------------

START, END = date(2000, 1, 1), date(2025, 12, 31)
SPAN = (END - START).days


def iter_claims(n: int, seed: int = 1, n_metrics: int = 150):
    """Yield `n` claim rows (dicts keyed by COLUMNS), deterministic for (n's prefix, seed, n_metrics)."""
    metrics = make_metrics(n_metrics, seed)
    publishers = make_publishers(400, seed)
    orgs = ORG_KINDS + [p["name"] for p in publishers[:120]]
    people = make_people(800, seed, orgs)
    rng = random.Random(f"claims-{seed}")
    metric_w = _zipf_weights(len(metrics), 0.7)
    pub_w = _zipf_weights(len(publishers), 0.9)
    by_topic: dict[str, list[int]] = {}
    for i, m in enumerate(metrics):
        by_topic.setdefault(m["topic"], []).append(i)
    topic_w = {t: [metric_w[i] for i in idx] for t, idx in by_topic.items()}
    recent: dict[str, list[tuple[str, str, str, str]]] = {}  # metric -> (claim_id, value, range, unit)
    made = 0
    serial = 0
    while made < n:
        # one article
        pub = rng.choices(publishers, pub_w)[0]
        first = rng.choices(range(len(metrics)), metric_w)[0]
        topic = metrics[first]["topic"]
        day = START + timedelta(days=rng.randrange(SPAN + 1))
        prec = rng.random()
        published = day.isoformat() if prec < 0.75 else day.isoformat()[:7] if prec < 0.93 else str(day.year)
        title = f"{rng.choice(HEADLINE_A)} {rng.choice(HEADLINE_B)} {rng.choice(HEADLINE_C)} in " \
                f"{rng.choice(PLACES)}" if rng.random() < 0.7 else \
                f"{metrics[first]['label']}: {rng.choice(HEADLINE_A).lower()} {rng.choice(HEADLINE_B)} " \
                f"{rng.choice(HEADLINE_C)}"
        author = "" if rng.random() < 0.35 else "; ".join(
            f"{rng.choice(LAST)}, {rng.choice(FIRST)}" if rng.random() < 0.3 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            for _ in range(1 if rng.random() < 0.8 else 2))
        slug = "-".join(title.lower().replace(":", "").split()[:6])
        if rng.random() < 0.9:
            url = f"{'https' if pub['https'] else 'http'}://www.{pub['domain']}/{day.year}/{day.month:02d}/" \
                  f"{slug}-{rng.randrange(10 ** 6)}"
        else:
            url = ""
        accessed = ""
        if url and rng.random() < 0.5:
            accessed = min(END, day + timedelta(days=rng.randrange(1, 2000))).isoformat()
        place = rng.choice(PLACES) if rng.random() < 0.85 else ""
        page = str(rng.randint(1, 40)) if rng.random() < 0.2 else ""
        for _ in range(min(n - made, rng.choice((1, 1, 1, 2, 2, 3, 4)))):
            mi = first if _ == 0 else rng.choices(by_topic[topic], topic_w[topic])[0]
            m = metrics[mi]
            serial += 1
            claim_id = f"{pub['slug'][:16]}-{day.year}-{m['metric'].replace('_', '-')}-{serial:x}"
            derived = ""
            earlier = recent.get(m["metric"])
            if earlier and rng.random() < 0.05:
                derived, value, rng_col, unit_cell = rng.choice(earlier)
            else:
                unit_cell = m["unit"]
                if m["dim"] == "percent":
                    value, rng_col = percent_value(rng)
                elif m["dim"] == "person":
                    value, rng_col = person_value(rng)
                elif m["dim"] == "duration":
                    value, rng_col = duration_value(rng, m["unit"])
                else:
                    value, rng_col, unit_cell = money_value(rng, m["unit"], m["base"])
                r = rng.random()
                if r < 0.25:
                    unit_cell = ""
                elif r < 0.32:
                    unit_cell = {"person": "people", "percent": "%", "CNY": "RMB", "year": "years",
                                 "month": "months", "USD": "dollars"}.get(unit_cell, unit_cell)
                pool = recent.setdefault(m["metric"], [])
                entry = (claim_id, value, rng_col, unit_cell)
                if len(pool) < 8:
                    pool.append(entry)
                else:
                    pool[rng.randrange(8)] = entry
            claimant, org = rng.choice(people) if rng.random() < 0.7 else ("", "")
            attributed = org if claimant and rng.random() < 0.5 else (rng.choice(orgs) if rng.random() < 0.4 else "")
            period = ""
            if rng.random() < 0.5:
                y0 = rng.randint(max(2000, day.year - 6), day.year)
                period = str(y0) if rng.random() < 0.7 else f"{y0}-{rng.randint(y0, day.year)}"
            quote = f"{rng.choice(QUOTE_LEAD)} {value} {m['label'].lower()} in {place or 'the region'}, " \
                    f"{rng.choice(QUOTE_TAIL)}".rstrip(", ") if rng.random() < 0.8 else ""
            tags = ";".join(rng.sample(TAGS, rng.randint(1, 3))) if rng.random() < 0.8 else ""
            notes = rng.choice(NOTES) if rng.random() < 0.12 else ""
            if derived:
                notes = f"repeats {derived}" + (f"; {notes}" if notes else "")
            yield {
                "claim_id": claim_id, "metric": m["metric"], "value": value, "source_title": title,
                "publisher": pub["name"], "published": published, "range": rng_col, "unit": unit_cell,
                "subject": m["label"].lower() if rng.random() < 0.9 else "", "geography": place,
                "period": period, "claimant": claimant, "attributed_to": attributed, "author": author,
                "url": url, "accessed": accessed, "quote": quote, "page": page, "topic": topic,
                "tags": tags, "notes": notes, "derived_from": derived,
            }
            made += 1


def generate(n: int, seed: int = 1, n_metrics: int = 150) -> list[dict]:
    """`n` synthetic claims as dicts keyed by `claims.schema.COLUMNS` (deterministic for a seed)."""
    return list(iter_claims(n, seed, n_metrics))


def metrics_rows(seed: int = 1, n_metrics: int = 150) -> list[dict]:
    return [{k: m[k] for k in METRIC_COLUMNS} for m in make_metrics(n_metrics, seed)]


def write(path: str | os.PathLike[str], n: int, seed: int = 1, n_metrics: int = 150, progress: bool = False) -> Path:
    """Write `n` claims to `path` and metrics.csv beside it, streaming (1M rows fit in little memory).

    Both files appear whole or not at all (written to temporary names, then renamed).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mpath = path.with_name("metrics.csv")
    tmp_m = mpath.with_name(mpath.name + ".tmp")
    with open(tmp_m, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, METRIC_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(metrics_rows(seed, n_metrics))
    os.replace(tmp_m, mpath)
    tmp = path.with_name(path.name + ".tmp")
    step = max(n // 10, 1)
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for i, row in enumerate(iter_claims(n, seed, n_metrics), 1):
            w.writerow([row[c] for c in COLUMNS])
            if progress and n >= 100_000 and i % step == 0:
                print(f"  generated {i:,}/{n:,} rows", file=sys.stderr, flush=True)
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of claims")
    ap.add_argument("out", help="claims CSV to write (metrics.csv is written beside it)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--metrics", type=int, default=150, help="number of metrics (default 150)")
    args = ap.parse_args(argv)
    write(args.out, args.n, args.seed, args.metrics, progress=True)
    print(f"wrote {args.n:,} claims to {args.out} and {Path(args.out).with_name('metrics.csv')}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
