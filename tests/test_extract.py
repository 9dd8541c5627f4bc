"""Candidate claims from an article: every figure with its exact span, sentence, reading and speaker;
never a date, an identifier, an age or an ordinal."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from claims import article, extract, notfigure, paths, sentences
from claims.ranges import format_range, parse_range

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def found(text: str, **kw) -> dict[str, extract.Candidate]:
    return {c.value: c for c in extract.candidates(text, **kw)}


# --- the seed articles ------------------------------------------------------------------------

@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are in ../shared/seeds")
def test_every_bundled_figure_from_the_seed_articles_is_a_candidate_with_its_sentence():
    texts = {"dailynk": (SEEDS / "000_6f1a078c81e6dd75.txt").read_text(encoding="utf-8"),
             "taipeitimes": (SEEDS / "002_c68dca9470fe0847.txt").read_text(encoding="utf-8")}
    claims = [r for r in rows(paths.DEFAULT_CLAIMS) if r["claim_id"].startswith(("dailynk-2006", "taipeitimes-2005"))]
    assert len(claims) == 8
    metrics = rows(paths.METRICS)
    others = [r for r in rows(paths.DEFAULT_CLAIMS) if r not in claims]  # the table as it was before these
    right_metric = 0
    for row in claims:
        text = texts[row["claim_id"].split("-")[0]]
        got = [c for c in extract.candidates(text, metrics=metrics, table=others) if c.value == row["value"]]
        assert [c.sentence for c in got] == [row["quote"]], row["claim_id"]
        c = got[0]
        assert text[c.start:c.end] == c.value
        right_metric += c.metric == row["metric"]
    assert right_metric >= 6  # from the metrics and the table's other claims


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles are in ../shared/seeds")
def test_no_date_identifier_or_age_of_the_seeds_is_a_candidate():
    values = set()
    for name in ("000_6f1a078c81e6dd75.txt", "002_c68dca9470fe0847.txt"):
        values |= {c.value for c in extract.candidates((SEEDS / name).read_text(encoding="utf-8"))}
    for refused in ("2006", "2006-09-10", "10:16", "6th", "13", "March 13", "COVID-19", "19", "25", "5", "10",
                    "10am", "1"):
        assert refused not in values


def test_a_count_of_something_the_noun_table_does_not_know_is_suggested_no_metric_with_a_unit():
    text = ("Officials announced 17 strategies against the trafficking of North Koreans in China. "
            "About 5,000 North Koreans are trafficked in China, the group said.")
    got = found(text, metrics=rows(paths.METRICS))
    assert got["17 strategies"].metric == ""  # strategies are not people, whatever the sentence shares
    assert got["About 5,000 North Koreans"].metric == "trafficked_count"


# --- passages in the styles reports are written in -----------------------------------------------

WIRE = """SEOUL, Dec. 10 (Reuters) — As many as 300,000 North Koreans are hiding in China, according to
Human Rights Watch. Some 70 percent of them are women, the group said in its 2023 report. "At least
1,200 were sent back last year," said Kim Young-ho, 54, a former border guard. The U.S. State
Department put the figure at between 2,000 and 3,000 on Jan. 5, 2024."""


def test_wire_copy():
    got = found(WIRE)
    assert set(got) == {"As many as 300,000 North Koreans", "Some 70 percent", "At least\n1,200",
                        "between 2,000 and 3,000"}
    assert got["As many as 300,000 North Koreans"].reading.high == 300_000
    assert got["As many as 300,000 North Koreans"].attributed_to == "Human Rights Watch"
    assert got["Some 70 percent"].reading.kind == "approx"
    assert got["Some 70 percent"].claimant == "Human Rights Watch"  # 'the group' names again the body named before
    assert got["At least\n1,200"].claimant == "Kim Young-ho"
    assert got["between 2,000 and 3,000"].claimant == "U.S. State Department"  # a name wrapped across lines, as one
    assert got["between 2,000 and 3,000"].sentence.startswith("The U.S. State")


NGO = """Summary. Our survey of 412 survivors found that nearly two-thirds had been sold more than once.
Brokers paid between 5,000 and 30,000 yuan for each woman (about $700 to $4,200). Most victims were
aged between 16 and 29. Under Article 3 of the Palermo Protocol, the 1,000-odd cases we recorded are
trafficking. Call our hotline at (202) 555-0187 or see page 14."""


def test_ngo_summary():
    got = found(NGO)
    assert {"412 survivors", "nearly two-thirds", "between 5,000 and 30,000 yuan", "Most victims",
            "aged between 16 and 29", "the 1,000-odd cases"} <= set(got) or {
        "412 survivors", "nearly two-thirds", "between 5,000 and 30,000 yuan", "Most victims",
        "aged between 16 and 29", "1,000-odd cases"} <= set(got)
    assert got["nearly two-thirds"].reading.unit == "percent"
    assert got["between 5,000 and 30,000 yuan"].reading.unit == "CNY"
    assert got["nearly two-thirds"].attributed_to == "Our survey of 412 survivors"
    values = " ".join(got)
    for refused in ("3", "202", "555", "0187", "14"):
        assert refused not in values.split()


COURT = """The court sentenced Park Mi-ran, 41, to 15 years in prison on March 3, 2021. Prosecutors said she
had sold at least 37 women to brokers for up to 8 million won each between 2016 and 2019. She is the
third defendant convicted under Section 289 this year. Her co-accused received a suspended sentence of
two years."""


def test_court_report():
    got = found(COURT)
    assert set(got) == {"15 years", "at least 37 women", "up to 8 million won", "two years"}
    assert got["at least 37 women"].claimant == "Prosecutors"
    assert got["up to 8 million won"].reading.high == 8_000_000 and got["up to 8 million won"].reading.unit == "KRW"
    assert got["15 years"].claimant == ""


PRESS = """FOR IMMEDIATE RELEASE — GENEVA, 12 June 2024. UNHCR estimates that 117.3 million people were forcibly
displaced worldwide at the end of 2023, up from 108.4 million a year earlier. Of these, 43.4 million are
refugees. "Behind each of these numbers is a person," said the High Commissioner. Media contact:
+41 22 739 8502."""


def test_press_release():
    got = found(PRESS)
    assert {"117.3 million people", "108.4 million", "43.4 million"} <= set(got)
    assert got["117.3 million people"].attributed_to == "UNHCR"
    assert got["117.3 million people"].reading.low == 117_300_000
    assert not any(v.startswith(("12", "2024", "2023", "41", "22")) for v in got)


INTERVIEW = """Q: How many women did you meet in the shelter?
A: Dozens. Maybe 40 or 50 in the first year. Most of them were in their 20s.
Q: And the price?
A: A broker told me he paid 3,000 to 5,000 yuan per woman, sometimes more."""


def test_a_transcript_label_in_capitals_names_the_speaker_when_it_recurs():
    """'KIM:' starting line after line is a speaker, named as written; 'SECURITY:' once is a kicker."""
    text = "Q: How many?\nKIM: We documented 1,243 cases.\nQ: And prices?\nKIM: Roughly $1,000 to $3,000."
    assert [c.claimant for c in extract.candidates(text)] == ["KIM", "KIM"]
    assert [c.claimant for c in extract.candidates("SECURITY: Some 300 police were deployed.")] == [""]


def test_a_label_in_capitals_that_answers_a_question_names_the_speaker_once():
    """'SALMÓN:' after 'Q:' named no one, as it started a single line."""
    text = "Q: How many cases has your office recorded?\nSALMÓN: Roughly 2,600 people were forcibly returned."
    assert [c.claimant for c in extract.candidates(text)] == ["SALMÓN"]


def test_a_parliament_s_labels_name_the_member_and_the_minister_in_full():
    """The minister's answer had no speaker ('The Minister for … (Mr Adrian Mallory):'), and the labels after
    were 'Mrs Whitcombe' and 'Mr Mallory'; a body in brackets after a name is no office's holder."""
    text = ("1. Mrs Eleanor Whitcombe (South Thanet Coast) (Con): How many crossed? [902331]\n\n"
            "The Minister for Border Security (Mr Adrian Mallory): So far this year, 9,862 people have arrived.\n\n"
            "Mrs Whitcombe: Hotels cost about £8 million a day.\n\nMr Mallory: We have closed 150 hotels.\n\n"
            "Bishnu KC (Migrant Rights Nepal): Roughly 1,500 young people leave every day.")
    assert [(c.value, c.claimant) for c in extract.candidates(text)] == [
        ("9,862 people", "Adrian Mallory"), ("about £8 million a day", "Eleanor Whitcombe"),
        ("150 hotels", "Adrian Mallory"), ("Roughly 1,500 young people", "Bishnu KC")]


def test_an_interview_printed_without_labels_gives_its_answers_to_whom_it_spoke_to():
    """A Q&A whose questions stand on lines of their own and whose answers have no label named no one."""
    text = ("A month after the cyclone, the Island Times spoke to Dr Losana Veikune, head of the coordination office."
            "\n\nHow bad is the damage?\n\nOur teams have visited 212 villages so far. About 70 per cent of homes are "
            "damaged.\n\nThe National Recovery Authority says rebuilding will take five years. Is that realistic?\n\n"
            "If the money arrives, yes. We have about six weeks before the rains.")
    assert [(c.value, c.claimant) for c in extract.candidates(text)] == [
        ("212 villages", "Losana Veikune"), ("About 70 per cent", "Losana Veikune"),
        ("five years", "National Recovery Authority"), ("about six weeks", "Losana Veikune")]
    intro = ("Dr Tomasz Nowicki of Fenmoor University led the study. He spoke to the Evening Post.\n\n"
             "What did you measure?\n\nWe put 60 sensors on lamp posts.\n\nAnd what did you find?\n\n"
             "Levels breached the limit on 87 days.")
    assert {c.claimant for c in extract.candidates(intro)} == {"Tomasz Nowicki"}


def test_interview_transcript():
    got = found(INTERVIEW)
    assert set(got) == {"Dozens", "Maybe 40 or 50", "Most", "in their 20s", "3,000 to 5,000 yuan per woman"}
    hedged = got["Maybe 40 or 50"].reading
    assert (hedged.low, hedged.high, hedged.kind) == (40, 50, "approx")
    assert got["3,000 to 5,000 yuan per woman"].reading.unit == "CNY/person"
    assert got["3,000 to 5,000 yuan per woman"].claimant == "A broker"
    assert "first" not in " ".join(got)


# --- sentences ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,count", [
    ("The U.S. said 5,000. Dr. Kim agreed.", 2),
    ("It rose 3.5 percent. Then it fell.", 2),
    ('"We counted 300," he said. Others disagreed.', 2),
    ("SEOUL — Some 2,000 people fled, officials said.", 1),
    ("No. 5 is a label. Jan. 20 is a date.", 2),
    ("John F. Kennedy spoke. He left.", 2),
    ("Ayşe Demirtaş is a retired teacher in Kadıköy. She pays 16,881 lira.", 2),  # was one: 'y.' an initial
    # initials before a name hold the sentence; letters with stops before a word naming no one end it
    ("Finance Minister K.N. Raghunathan spoke. He lives in Washington, D.C. The mayor met him at 3 P.M. Police came.",
     4),
    # a bullet opens a list's next item, though the line before is long and has no stop
    ("• UK emissions in 2023 were 53% below 1990 levels, according to the Department for Energy Security\n"
     "• Renewables generated 47.3% of the UK's electricity last year", 2),
    ("It was charged under the Act of B.E. 2560. Officials agreed.", 2),  # an era's letters before its year
])
def test_sentences_are_not_broken_by_abbreviations_decimals_quotes_or_datelines(text, count):
    assert len(sentences.sentences(text)) == count


# --- never a candidate --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The meeting was held on 5 May 2019.", "It happened in 2019.", "Kim, 34, was arrested.",
    "She was the third defendant.", "Sales fell in the first half of the year.", "At 10:30 am they left.",
    "Call 555-123-4567 today.", "See page 45 and paragraph 12.", "The 2023 report was late.",
    "Data cover the years between 2016 and 2022.", "The 2015–16 season was long.", "Article 12 applies.",
    "COVID-19 closed the border.", "He holds an H-1B visa.", "The G7 met.", "It is the 21st century.",
    "The conclave must begin between May 5 and 10.", "The 1990s were hard.", "It runs 24/7.",
    "A 34-year-old woman was held.", "It cited a 2019 report by the group.", "A 2014 UN inquiry found abuse.",
    "The group's 54-page report said so.",
    "The gang's leader, 52, was jailed for life.", "The victim, aged 17, said so.",
    "Sales grew 100x in a year.", "About 10⁶ people moved.",
    "The toll reached 5,000¹ by March.", "Two of them, both aged 19, fled.", "The men, each 25, fled.",
    "Prices doubled in the past five years.", "Over the next decade, prices may double.",
    "Loans averaged roughly a year's income.", "Contact: press@hope.org, +82-2-123-4567.",
    "Rural men over the age of 30 were unmarried.", "Children aged 5 to 14 were at work.",
    "It lasted three long years.", "He waited 10 agonising months.", "It rained in most years.",
    "The index ranks the country first of 160.", "China came 10th out of 167.",
])
def test_dates_identifiers_ages_and_ordinals_are_never_candidates(text):
    assert extract.candidates(text) == []


@pytest.mark.parametrize("text,value", [
    ("It covers 5,000 km2.", "5,000 km2"), ("The camp covers 5,000 m2.", "5,000 m2"),
    ("Cells of about 20 square metres held 40 women.", "about 20 square metres"),
])
def test_an_area_is_read_whole_even_at_a_sentences_end(text, value):
    """'5,000 km2.' ending a sentence was taken for a name like 'G7.' and gave no candidate."""
    assert extract.candidates(text)[0].value == value


def test_a_unit_with_a_superscript_is_read_whole():
    (found,) = extract.candidates("An area of 500 km² was seized.")
    assert (found.value, found.reading.low, found.reading.unit) == ("500 km²", 500.0, "square_kilometer")


def test_a_speaker_named_as_he_is_the_last_one_named():
    text = "John Miller spoke in Seoul. He said thousands of women were sold."
    assert [c.claimant for c in extract.candidates(text)] == ["John Miller"]


def test_it_stands_for_the_last_body_named_never_a_person():
    """'it said' named no one; it stands for an organisation or a document, never for a person."""
    text = "The Supreme People's Procuratorate said 2,137 were charged. Courts convicted 1,834, it said."
    assert [c.claimant for c in extract.candidates(text)] == ["Supreme People's Procuratorate"] * 2
    assert [c.claimant for c in extract.candidates("John Miller spoke. It said 500 fled.")] == [""]


@pytest.mark.parametrize("text,value,reading", [
    ("Sentences of four and six years were handed down.", "four", (4, 4, "year")),
    ("They received 10- and 15-year terms.", "10", (10, 10, "year")),
    ("They paid 5,000, 6,000 and 8,000 yuan.", "5,000", (5000, 5000, "CNY")),
    ("Terms of 10, 12 or 15 years.", "10", (10, 10, "")),  # '12 or 15 years' is a range: no unit to share
    ("Of them, 300 and 40 percent were sold.", "300", (300, 300, "")),  # no share of 300%
    ("Prices rose from 10 to 20 per cent.", "10", (10, 10, "percent")),  # a change's levels name it once too
])
def test_a_list_that_names_its_unit_once_gives_it_to_each_figure(text, value, reading):
    """'four' of 'four and six years' was a plain 4; its span stays as written, its reading in years."""
    c = found(text)[value]
    assert (c.reading.low, c.reading.high, c.reading.unit) == reading
    assert article.reading_if_needed(c.value, c.reading) == ("" if not reading[2] else format_range(c.reading))


@pytest.mark.parametrize("text,value,stored", [
    ("Each family received 20 litres of water a day.", "20 litres", "20 litres/day"),
    ("About 5,000 people fled.", "About 5,000 people", ""),
])
def test_a_figure_whose_words_after_it_give_its_rate_is_imported_with_it(text, value, stored):
    """'20 litres' of '20 litres of water a day' was kept as 20 litres: the rate its words gave was lost."""
    (c,) = [c for c in extract.candidates(text) if c.value == value]
    assert article.reading_if_needed(c.value, c.reading) == stored
    r = article.stored_reading(c)
    assert (r.low, r.high, r.unit, r.kind) == (c.reading.low, c.reading.high, c.reading.unit, c.reading.kind)


def test_a_vague_term_keeps_its_own_reading_when_imported():
    """'thousands' of 'thousands of women' reads alone as written: no range that would make it a plain interval."""
    (c,) = extract.candidates("Thousands of women were sold.")
    assert (c.value, c.reading.kind, article.reading_if_needed(c.value, c.reading)) == ("Thousands", "vague", "")


def test_an_attributed_estimate_ranks_above_a_bare_figure():
    bare, attributed = extract.candidates("The camp held 300 people. Officials estimate 5,000 people fled, "
                                          "according to the UN.")
    assert attributed.score > bare.score


@pytest.mark.parametrize("text,value,claimant,attributed", [
    ('"We are seeing roughly 7,000 encounters a day," a senior official told reporters.',
     "roughly 7,000 encounters a day", "a senior official", ""),
    ("Dr. María López, 38, who runs a clinic in Bajo Chiquito, said she treats 80 to 100 patients a day.",
     "80 to 100 patients a day", "María López", ""),  # the name without 'Dr.', as a citation writes it
    ("Amnesty International documented at least 883 executions in 2022.", "at least 883 executions", "",
     "Amnesty International"),
    ("Between 2015 and 2020, an estimated 25,000 children crossed the Darién Gap, UNICEF said.",
     "an estimated 25,000 children", "UNICEF", ""),
    ("Kim: Around twenty. Half of them were children.", "Half", "Kim", ""),
    ("More than 100,000 live in China, according to the U.S. State Department, though others disagree.",
     "More than 100,000", "", "U.S. State Department"),  # was 'U'
    ("According to the U.N. refugee agency, 2,000 fled.", "2,000", "", "U.N. refugee agency"),  # was ''
    ("About 200 fled, according to Dr. Kim.", "About 200", "", "Dr. Kim"),  # was 'Dr'
    ("An estimated 5,000 people fled, according to UNHCR.", "An estimated 5,000 people", "", "UNHCR"),  # was 'An'
    ("The estimated 5,000 people fled, officials said.", "estimated 5,000 people", "officials", ""),  # 'The', 'The'
    ("Crime fell 7 per cent, with 1.2 million offences recorded.", "7 per cent", "", ""),  # 'million offences'
    ("The government says it is 7.2 per cent; independent economists put it at 12-15 per cent.", "12-15 per cent",
     "", "independent economists"),  # was 'The government', the first clause's speaker
    ("The government says it is 7.2 per cent; independent economists put it at 12-15 per cent.", "7.2 per cent",
     "The government", ""),
    ("Of those, 37 said they were sold.", "37", "", ""),  # was 'Of those', taken for a name before an age
    ("Nine in ten firms surveyed said costs rose.", "Nine in ten firms", "", ""),  # its own subject was its speaker
    ("I'd say one in five were caught.", "one in five", "", ""),  # was "I'd" 
    ("Several hundred fled, said Kim Young-il, a professor at Yonsei University.", "Several hundred", "Kim Young-il",
     ""),  # was '': 'Several hundred fled' taken for a name, then dropped as the figure's own subject
    ("The State Department's 2023 report, which ranks China at Tier 3, estimated that up to 80% were sold.",
     "up to 80%", "", "State Department"),  # was '': 'which' made it a clause; the body, not its report
    ("Human Rights Watch, in a report last year, put the number of forced returns at around 600.", "around 600", "",
     "Human Rights Watch"),  # was '': 'put … at' took only 'the number' 
    ("The report, published on 12 June, found 2 in 5 workers earn less.", "2 in 5 workers", "The report",
     "The report"),  # was 'The report, published on 12 June' 
    ("Around 70,000 marched, according to organisers, while police put the figure at 20,000.", "20,000", "police",
     "police"),  # was 'while police' and 'organisers'
    ("Around 70,000 marched, according to organisers, while police put the figure at 20,000.", "Around 70,000", "",
     "organisers"),  # was 'while police'
    ("The ministry says under 5%, while NGOs say it is closer to 20%.", "closer to 20%", "NGOs", ""),
    ("A spokesman declined to give a figure but said 300 were helped.", "300", "A spokesman", ""),  # was 'A
    # spokesman declined to give a figure but' 
    ("Women sell for 5,000 yuan, according to a 2019 report by the Korea Future Initiative, which found it.",
     "5,000 yuan", "", "Korea Future Initiative"),  # was '2019 report by'; the body, not its report
    ("The women got little or nothing: one reported being paid 100 yuan.", "100 yuan", "", "one"),  # was 'The
    # women got little or nothing', a clause before a colon taken for a name
    ('Ann Lee spoke. "We estimate that 2 million were born as refugees," she said.', "2 million", "Ann Lee", ""),
    # was '': 'We estimate', inside the quotation, was taken for the speaker's verb
    ("Polaris, a U.S.-based anti-trafficking group, puts it at roughly 3.8 million.", "roughly 3.8 million", "",
     "Polaris"),  # was 'based anti-trafficking group': the subject stopped at the dot of 'U.S.'
    ('"Our findings show that at least 80% were abused," said director Suyeon Yoo.', "at least 80%", "Suyeon Yoo",
     ""),  # was '' and 'Our findings': a role before the name, and the speaker's own findings taken for a source
    ("BEIJING, Nov. 3 (Xinhua) -- China's Ministry of Public Security said police rescued 1,198 children.",
     "1,198 children", "China's Ministry of Public Security", ""),  # was '': the dateline taken into the name
    ("Of the 196 who came, roughly 80 per cent were women, ministry data show.", "roughly 80 per cent", "",
     "ministry data"),  # was '': the whole sentence before 'show' taken for its subject
    ("Of these, 87 were women, and nearly two-thirds reported being sold twice.", "nearly two-thirds", "", ""),
    ("Wages were 4,500 yuan last year, up 3.2% from 2022, official data showed.", "4,500 yuan", "",
     "official data"),  # was '': 'showed' was no verb of a source
    ("Unpaid wages totalled 1.2 billion yuan, the provincial labour bureau said.", "1.2 billion yuan",
     "the provincial labour bureau", ""),  # was '': 'bureau' named nobody
    ("Nearly half of all victims identified in 2022 were girls, UNODC said in a report published every two years.",
     "two years", "UNODC", ""),  # was from 'Nearly half of all victims' ('identified' taken for its verb)
    ('"I was sold for 40,000 yuan. I lived with him for nearly six years," said Kim Eun-ju.', "40,000 yuan",
     "Kim Eun-ju", ""),  # was '': a quotation of two sentences names its speaker after the second only
    ('Kim Eun-ju told us: "I was sold for 40,000 yuan. I lived with him for nearly six years."', "nearly six years",
     "Kim Eun-ju", ""),  # was '': named before the first
    ('"Prices have doubled. A bride now costs 80,000 yuan," a broker in Yanbian said.', "80,000 yuan",
     "a broker in Yanbian", ""),  # was '': the closing mark made 'said' look quoted
    ('Park Sun-hee runs a shelter. "We rescued 40 women last year. Twenty are missing," she said.', "40 women",
     "Park Sun-hee", ""),  # was '', and 'Park Sun' for 'she'
    ('"They treated us like animals," said one woman, who was sold for 5,000 yuan.', "5,000 yuan", "", ""),  # was
    # 'They treated us like animals': the quotation before 'said' taken for its subject
    ("Most said they were sold for 3,000 yuan.", "3,000 yuan", "", ""),  # was 'Most': a figure is no speaker
    ("There were 5,000 reported deaths last year.", "5,000 reported deaths", "", ""),  # was '000': cut at its comma
    ("Thailand, Malaysia and Indonesia reported 340, 215 and 1,020 cases respectively.", "215", "Malaysia",
     "Malaysia"),  # was 'Malaysia and Indonesia' for each: subjects 'respectively' name a figure each
    ("The UN and the IOM estimated 40,000 and 50,000 victims, respectively.", "50,000 victims", "IOM", "IOM"),
    ("Men and women earned $300 and $200 respectively, the ILO said.", "$200", "ILO", ""),  # no verb of theirs
    ("Estimates range from 20,000, according to Chinese officials, to as many as 200,000, according to activists.",
     "as many as 200,000", "", "activists"),  # was 'Chinese officials': the first 'according to' was each figure's
    ('"About 70 percent were sold," said Chun Ki-won. Chun, 67, said he had helped roughly 1,200 people.',
     "roughly 1,200 people", "Chun Ki-won", ""),  # was 'Chun': a surname alone names the person named in full
    ("Police Chief Kim Dong-il spoke. Police said 300 were freed.", "300", "Police", ""),
    ('"It costs 5,000 yuan," said director Suyeon Yoo of the Korea Future Initiative.', "5,000 yuan", "Suyeon Yoo",
     ""),  # was 'Suyeon Yoo of the Korea Future Initiative': the person, not where she works
    ('"Every woman was bought," said Pastor Kim Sung-eun of Caleb Mission. He said he helped more than 1,000.',
     "more than 1,000", "Kim Sung-eun", ""),  # was 'Pastor Kim Sung-eun of Caleb Mission'
    ("The National Bank of Ethiopia said inflation was 30%.", "30%", "National Bank of Ethiopia", ""),
    ("One of them, who gave his name only as Ri, said he was left with less than $100 a month.",
     "less than $100 a month", "Ri", ""),  # was 'One of them'
    ("The department detained 1,437 migrants, its director-general Datuk Ruslin Jusoh said.", "1,437 migrants",
     "Ruslin Jusoh", ""),  # was 'its director-general Datuk Ruslin Jusoh'
    ("Interior Minister Ali Yerlikaya spoke on Saturday. Yerlikaya said 714,000 Syrians had returned.",
     "714,000 Syrians", "Ali Yerlikaya", ""),  # was 'Yerlikaya', then 'Interior Minister Ali Yerlikaya'
    ("Most girls marry young, according to UNICEF — the highest rate, at 76 percent.", "76 percent", "", "UNICEF"),
    ("Forced labour yields US$236 billion a year, a new report from the ILO found.", "US$236 billion a year",
     "ILO", "ILO"),  # was 'new report from the ILO'
    ("UNHCR said 122.6 million people were displaced. Roughly 40 percent are children, the agency said.",
     "Roughly 40 percent", "UNHCR", ""),  # was 'the agency'
    ("The Home Affairs Committee said 98,599 people wait. The committee said it cost £8 million a day.",
     "£8 million a day",
     "Home Affairs Committee", ""),
    ("Police said 300 were held. The committee said 5,000 were freed.", "5,000", "The committee", ""),  # not police
    ("Safe Passage 21, a rescue group, said it had helped 147 North Koreans.", "147 North Koreans",
     "Safe Passage 21", ""),  # was '': a number in a name made it a figure
    ("Han Song-mi, a researcher at the Center for North Korean Human Rights, met them. The price was 20,000 yuan, "
     "she said.", "20,000 yuan", "Han Song-mi", ""),  # was 'North Korean Human Rights': a body's name, no 'she'
    ("Korea Hana Foundation's 2023 survey of 2,500 defectors found that 60.5 percent were employed.",
     "60.5 percent", "", "Korea Hana Foundation"),  # was the survey's description, which ClaimReview takes for a body
    ("Walk Free today released the 2023 Global Slavery Index, which estimates that 2.69 million people were enslaved.",
     "2.69 million people", "", "Walk Free"),  # was 'Walk Free today released the 2023 Global Slavery Index'
    ("The charity's own survey found that nearly one in three girls married.", "nearly one in three girls",
     "The charity's own survey", "The charity's own survey"),  # 'The charity' is no name of a body
    ("Human Rights Watch put the figure higher, at nearly half.", "nearly half", "Human Rights Watch",
     "Human Rights Watch"),  # was '': a word between 'figure' and 'at'
    ("UNICEF put its estimate at 5,000.", "5,000", "UNICEF", "UNICEF"),
    ("The 300 victims identified were freed.", "300 victims", "", ""),  # was 'The 300 victims'
    ("The court sentenced a broker, identified only by his surname, to seven years.", "seven years", "", ""),
    # was 'court sentenced a broker': a participle after a comma taken for a source's verb
    ("The median sale price reported was 25,000 yuan.", "25,000 yuan", "", ""),  # was 'The median sale price'
    ("62% of respondents reported having no rest day.", "62%", "", ""),  # was 'of respondents'
    ("The number of cases reported was 300, police said.", "300", "police", ""),  # was 'The number of cases'
    ("Another said her captor demanded 20,000 yuan.", "20,000 yuan", "", ""),  # was 'Another'
    ("Another put the number at no more than 500.", "no more than 500", "", ""),  # was from 'Another'
    ("The U.S. State Department has put the share of women among defectors at 70-80 percent.", "70-80 percent", "",
     "U.S. State Department"),  # was '': 'has' before the verb, and five words between 'put the' and 'at'
    ("UNHCR chief Filippo Grandi said 8 million people were displaced.", "8 million people", "Filippo Grandi", ""),
    # was 'UNHCR chief Filippo Grandi': the name without the role, as after 'said director'
    ("A ministry official said 300 were caught.", "300", "A ministry official", ""),  # a role alone stays
    ("Refugee Council spokesperson Femke de Ruiter said 2,000 slept outside.", "2,000", "Femke de Ruiter", ""),
    ("Women reported working a median of 14 hours a day.", "14 hours a day", "", ""),  # was 'Women', twice:
    ("Bangladeshi workers told us they paid up to 550,000 taka.", "up to 550,000 taka", "", ""),  # those counted
    ("Former detainees told Human Rights Watch they sat for 12 to 14 hours a day.", "12 to 14 hours a day",
     "Human Rights Watch", ""),  # was 'Former detainees'
    ("Several migrants told AFP they paid 4,500 dinars in Tunisia.", "4,500 dinars", "", ""),  # a reporter, no source
    ("The Pocheon Migrant Workers' Centre took complaints. Workers told the centre they worked 10 hours a day.",
     "10 hours a day", "Pocheon Migrant Workers' Centre", ""),  # the body they told, named again by its kind
    ("It reached 146 districts, according to a final evaluation by the Centre for Social Research.", "146 districts",
     "", "Centre for Social Research"),  # was 'final evaluation by the Centre for Social Research'
    ("Judge Aoife Brennan jailed him. Judge Brennan said sentences of 10 to 15 years were upheld.", "10 to 15 years",
     "Aoife Brennan", ""),  # was 'Brennan': 'Judge Brennan' taken for a name of two words
    ("Ms Tran: We fund 3 partners. Last year they made 214 visits.", "214 visits", "Ms Tran", ""),  # was 'Last'
    ("Minister for Gender Affairs Ruth Ndlovu said 50 per cent were wed.", "50 per cent", "Ruth Ndlovu", ""),
    ("The government's Inland Fisheries Directorate said 4,800 children work on boats.", "4,800 children",
     "Inland Fisheries Directorate", ""),  # was "The government's Inland Fisheries Directorate"
    ("The Bangkok-based Freedom Corridor Coalition said 2,310 calls came in.", "2,310 calls",
     "Freedom Corridor Coalition", ""),
    ("Citing a 2022 survey of 412 communities, the Volta Coalition puts the figure at about 20,000.", "about 20,000",
     "Volta Coalition", "Volta Coalition"),  # was from 'survey of 412 communities': whose survey, the sentence says
    ("Citing a survey of 1,150 households by the Amani Coalition, Mr Otieno said rents rose 12%.", "12%",
     "Mr Otieno", "Amani Coalition"),  # was 'survey of 1': the cited words cut at the number's comma
    ("Citing data from 1,200 clinics, the Health Ministry said 4,000 people were infected.", "4,000 people",
     "Health Ministry", "data from 1,200 clinics"),
    ("Dr Ruth Nakato leads the Ministry of Health's mpox response. The ministry said 400 people died.", "400 people",
     "Ministry of Health", ""),  # was "Ministry of Health's"
    ("NDMA said 1,840 houses fell; the Sindh Authority puts crop losses in the province at Rs 41.5 billion.",
     "Rs 41.5 billion", "", "Sindh Authority"),  # was NDMA's: 'puts … at' only after 'the', 'its' or 'their'
    ("The policy puts children at risk, the charity said, and 20,000 are affected.", "20,000", "the charity", ""),
    ("Relief camps rose to 310, NDMA chairman Lt Gen Tariq Mehmood Alvi said.", "310", "Tariq Mehmood Alvi", ""),
    ("Prosecuting, Helen Marsh QC said the men worked 84 hours.", "84 hours", "Helen Marsh", ""),  # was '… QC'
    ("Rajan Bahadur KC said 1,500 young people leave every day.", "1,500 young people", "Rajan Bahadur KC", ""),
    ("Additional Standing Counsel Rohit Bhatia said 12 notices were pasted.", "12 notices", "Rohit Bhatia", ""),
    ("Observers from the civic group Yiaga Africa said agents offered 5,000 naira.", "5,000 naira", "Yiaga Africa", ""),
    ("Workers at the factory said they earned 5,000 rupees.", "5,000 rupees", "Workers at the factory", ""),
    ("Families sent 1.8 million won, while the Bank of Korea, using a different method, puts transfers at 100 billion "
     "won.", "100 billion won", "", "Bank of Korea"),  # an aside before 'puts': was 'using a different method'
    ("The Controller of Budget's latest report, however, puts pending bills at KSh 176 billion.", "KSh 176 billion",
     "", "Controller of Budget"),
    ("The National Bureau of Statistics' latest labour force survey puts the rate at 6.1 per cent.", "6.1 per cent",
     "", "National Bureau of Statistics"),  # a plural's possessive
    ("Some 150,000 are registered, though the International Labour Organization, citing employers, puts the number "
     "at about 250,000.", "about 250,000", "", "International Labour Organization"),
    ("The Amani Housing Rights Coalition works in Mukuru. Citing a 2023 survey of 1,150 households, the coalition "
     "puts average monthly rent for a single room in Mukuru at KSh 3,500.", "KSh 3,500", "",
     "Amani Housing Rights Coalition"),  # was the survey: ten words between 'puts' and 'at'
    ("The Seoul-based Centre for Women's Rights has suggested that 70 per cent were sold, while local officials "
     "interviewed in Yanji in 2019 put the number of wives at fewer than 500.", "fewer than 500", "",
     "local officials"),  # was the Centre's, the other clause's source
    ("Q119 Chair: How long?\nQ120 Tom Aldous: The cost of a detention bed was £118 a day.", "£118 a day",
     "Tom Aldous", ""),  # was 'Q120 Tom Aldous'
    ("Father Anil Minz said 112 girls were missing.", "112 girls", "Anil Minz", ""),  # titles were kept
    ("Ecologists at the Tablelands Wildlife Trust estimate that 1.2 million animals died.", "1.2 million animals",
     "Tablelands Wildlife Trust", "Tablelands Wildlife Trust"),  # was 'Ecologists at …'
    ("Premier Helen Castellan said A$25 million would go to farmers.", "A$25 million", "Helen Castellan", ""),
    ("Cllr Nomvula Jacobs said use had fallen 25%.", "25%", "Nomvula Jacobs", ""),
    ("According to a report by the Climate Risk Council last year, fire days rose by 40%.", "40%", "",
     "Climate Risk Council"),  # was '… Council last year'
    ("According to a poll by the Median Opinion Institute published on Sunday, the party leads with 31%.", "31%", "",
     "Median Opinion Institute"),
    ("Profits rose 37%, according to a report released by the International Labour Organization on 19 March 2024.",
     "37%", "", "International Labour Organization"),  # was '… Organization on 19 March 2024'
    ("The remaining carbon budget is 500 GtCO2, the IPCC assesses.", "500 GtCO2", "IPCC", ""),
    ("The report, Profits and Poverty: The Economics of Forced Labour, finds that 27% were children.", "27%", "", ""),
    ("Europe and Central Asia recorded the highest profits per victim, at US$20,000.", "US$20,000", "", ""),  # was
    # from 'Europe and Central Asia': a region records what happens in it
    # was 'Economics of Forced Labour', the title's second half: a colon inside a title ends no clause
    ("According to the provincial Water Resources Directorate, rainfall was 38% below the average.", "38%", "",
     "Water Resources Directorate"),  # was 'provincial …'
    ("Figures from the state's Relief and Rehabilitation Department show 1,267 farmer suicides.", "1,267 farmer suicides", "",
     "Relief and Rehabilitation Department"),  # was 'Figures from the state's …'
    ("Figures released by the police show that 7,710 people were murdered.", "7,710 people", "", "police"),
    ("According to figures released by police, 7,710 people were murdered.", "7,710 people", "", "police"),  # both
    # were 'Figures'
    ("Globally, the Global Glacier Observatory puts the loss since 2000 at about 6,500 billion tonnes.",
     "about 6,500 billion tonnes", "", "Global Glacier Observatory"),  # was 'Globally'
    ("The agency said water samples taken 14 kilometres downstream showed copper above the limit.", "14 kilometres",
     "The agency", ""),  # was the samples: what a figure describes is no source of it
    ("The North Atlantic Marine Science Council (NAMSC) puts the catch for next year at no more than 576,000 tonnes.",
     "no more than 576,000 tonnes", "", "North Atlantic Marine Science Council"),  # its acronym hid the subject
    ("Harbourline Capital, a brokerage, estimates the cedi lost 19%. Its analysts said the overdraft stood at 4.2 "
     "billion cedis.", "4.2 billion cedis", "Harbourline Capital", ""),  # a company's name is a body's
    ("Economists at Umhlanga Securities said the strike could cut 0.1 percent from growth.", "0.1 percent",
     "Umhlanga Securities", ""),  # a plural company word ('Securities') makes a body
    ("Kestrel Motors reported a profit of Rs 4,310 crore. Revenue rose 11.2%, it said.", "11.2%", "Kestrel Motors", ""),
    ("Kestrel Motors reported a profit of Rs 4,310 crore. The company sold 412,000 vehicles, the company said.",
     "412,000 vehicles", "Kestrel Motors", ""),  # was 'the company'
    ("Kestrel Motors reported a profit of Rs 4,310 crore. Kestrel employs 38,000 people, according to its annual "
     "report for 2024-25.", "38,000 people", "", "Kestrel Motors"),  # was 'its annual report for 2024-25'
    ("Luis Carrasco runs the station for the aid group Médicos del Camino. Amnesty International said 40 fled. "
     "The aid group said it had recorded 57 deaths.", "57 deaths", "Amnesty International", ""),  # a body spoke
    # since: the latest named is the one meant, as before
    ("Amnesty International said 40 fled. Luis Carrasco runs the station for the aid group Médicos del Camino. "
     "The aid group said it had recorded 57 deaths.", "57 deaths", "Médicos del Camino", ""),  # was Amnesty
    # International
    ("Amadou Diallo manages the camp for the Chadian refugee agency CNARR. He said the agency had registered 612,000 "
     "refugees.", "612,000 refugees", "Amadou Diallo", "CNARR"),  # was 'the agency'
    ("Linda Marsh, 67, a retired teacher from Dayton, Ohio, told the court she had lost $212,000.", "$212,000",
     "Linda Marsh", ""),  # was 'Ohio': a place going on after an aside's 'from Dayton'
    ('As Tomasz Wróbel, an economist at Baltica Bank in Warsaw, put it to me: "Firms pay 10% more."', "10%",
     "Tomasz Wróbel", ""),  # was 'As Tomasz Wróbel, an economist at …'
    ("Special Public Prosecutor M. Jeyanthi told the court the family paid Rs 1.2 lakh.", "Rs 1.2 lakh",
     "M. Jeyanthi", ""),  # initials before a name, as the South Asian press writes it: was none ('m' a million)
    ("Kavitha's father, K. Raman, told reporters he had borrowed Rs 4 lakh.", "Rs 4 lakh", "K. Raman", ""),
    ("The court jailed him for 10 years for the death of his wife, R. Kavitha, who was found dead in 2022.",
     "10 years", "", ""),  # was attributed to R. Kavitha: a passive ('was found') names no source
    ("Jakarta — The Migrant Worker Protection Agency said 297,434 Indonesians left.", "297,434 Indonesians",
     "Migrant Worker Protection Agency", ""),  # a dateline in capitals and small letters
    ("Station Officer Md Abdullah Al Mamun said 11 units fought the fire.", "11 units", "Md Abdullah Al Mamun", ""),
    ("CSP Bala Ibrahim-Yusuf said 1,412 victims were freed.", "1,412 victims", "Bala Ibrahim-Yusuf", ""),
    ("Yet police registered only 38 cases.", "only 38 cases", "", "police"),  # was 'Yet police'
    ("Inspector Musa Danladi, a police investigator, on Tuesday told the court that the gang demanded N100 "
     "million.", "N100 million", "Musa Danladi", ""),  # was 'Tuesday'
    ("At least 1.2 million workers are held in bondage, the Kiln Workers Freedom Front (KWFF), a Lahore-based rights "
     "group, said. The survey covered 740 families, the group said.", "740 families", "Kiln Workers Freedom Front",
     ""),  # the name before what it is; was none, then 'the group'
    ("The lenders lost 14 banks' worth, according to the charge sheet filed by the Central Bureau of Investigation.",
     "14 banks", "", "Central Bureau of Investigation"),  # was 'charge sheet filed by …'
    ("Panama's Security Ministry said 1,877 migrants were deported on flights funded by the United States.",
     "1,877 migrants", "Panama's Security Ministry", ""),  # was attributed to the United States: a funder is no source
    ("Lumora Systems will cut 2,300 jobs. Staff will receive 16 weeks of pay, the company said.", "16 weeks",
     "Lumora Systems", ""),  # was 'the company': 'Systems' makes a company's name
    ("The Rupa Foundation runs the plant. The plant employs about 3,400 people, according to its website.",
     "about 3,400 people", "", "Rupa Foundation"),  # was 'its website'
    ("Letwise, a lettings platform, puts the average time it takes to let a flat in outer London at 11 days.",
     "11 days", "", "Letwise"),  # twelve words between 'puts' and 'at'
    ("Kvadrant Research, a polling firm, puts Civic Renewal at 28% and the Union at 26%.", "28%", "",
     "Kvadrant Research"),  # a party's name between
    ("The figures give the party 68 seats, said the institute's director, Dr Hana Vesela.", "68 seats",
     "Hana Vesela", ""),  # a comma between the role and the name
    ("Councillor Marcus Oyelaran, Cabinet Member for Housing at Waltham Forest Council, said 14,700 households "
     "waited.", "14,700 households", "Marcus Oyelaran", ""),
    ("The Ministry of Labor, which disputes the methodology, put the figure at under 3,000.", "under 3,000",
     "Ministry of Labor", "Ministry of Labor"),  # 'The Ministry of' is no office set aside
    ("It was charged by prosecutor Asad Gondal of the Provincial Integrity Bureau (PIB). The PIB said it recovered "
     "Rs 610 million.", "Rs 610 million", "Provincial Integrity Bureau", ""),  # the acronym is the bureau's
    ("The gap is wide, says the fourth annual assessment published on Monday by the Climate Ledger Institute. The "
     "report finds that finance reached $31.4 billion.", "$31.4 billion", "Climate Ledger Institute", ""),  # was
    # 'The report': a document's author named after 'published on Monday by'
    ("A survey of 1,200 households across 14 districts by the Pune-based Institute for Rural Livelihoods found that "
     "income was Rs 6,300.", "Rs 6,300", "", "Institute for Rural Livelihoods"),  # a long survey's subject
    ("The directorate says 150,000 workers are registered in the country, though the International Labour "
     "Organization, citing surveys of employers, puts the real number at about 250,000.", "about 250,000",
     "The directorate", "International Labour Organization"),  # was 'though the International …'
    ("Col. Ramon Sablan said 11 days passed.", "11 days", "Ramon Sablan", ""),
    ("Hon. Nalin Wickramaratne said 38% left.", "38%", "Nalin Wickramaratne", ""),
    ("The Ministry of Labour has licensed 260 firms; it says 54 licences were suspended.", "54 licences",
     "Ministry of Labour", ""),  # was '': 'it' stood for the last body to speak, none before
    ("The house on Elm Grove was quiet. When police forced the door, they found 312 plants.", "312 plants", "", ""),
    # was 'Elm Grove': a street taken for a person, whom 'they' stood for
    ("General Motors said 3,000 jobs would go.", "3,000 jobs", "General Motors", ""),  # a body's name, no role
    ("SENATOR CRUZ: Is it true that 10,000 children are missing?\nMR. MAYORKAS: No.\nSENATOR CRUZ: None?",
     "10,000 children", "SENATOR CRUZ", ""),  # a transcript's label stays as written
    ("Results: Of respondents, 128 (59.8%) had been sold.", "59.8%", "", ""),  # was 'Results', an abstract's heading
    ("Finding 1: 300 women had been sold twice.", "300 women", "", ""),  # a numbered part of a text, no speaker
    ("Exclusive: 1 in 4 victims are children", "1 in 4 victims", "", ""),  # was 'Exclusive', a headline's kicker
    ("- Up to 70% never reported it to police", "Up to 70%", "", ""),  # was from 'never'
    ("The Global Slavery Index now suggests the true figure is closer to 122,000.", "closer to 122,000", "",
     "Global Slavery Index"),  # was 'Global Slavery Index now'
    ("The government's own estimate, from 2014, put the number at 10,000 to 13,000.", "10,000 to 13,000",
     "The government's own estimate", ""),  # was "The government's own" from 'estimate' read as a verb, and 'from 2014'
    ("Smugglers charge $1,500 a head, a Thai official said.", "$1,500 a head", "Thai official", ""),
    ("According to the latest ILO-UNICEF estimates, 160 million children work.", "160 million children", "",
     "ILO-UNICEF"),  # was 'According to the latest ILO-UNICEF': 'estimates' taken for a verb; then '… estimates'
    ('Mai, 31, a mother of two from Nghe An province, paid a broker. "There were eight of us in one room," she '
     'said.', "eight", "Mai", ""),  # was 'Nghe An': a place of two capitalized words taken for whom 'she' stands
    ('"It pays," said Maria Gonzalez. "A trafficker can earn $25,000 a year."', "$25,000 a year", "Maria Gonzalez",
     ""),  # was '': a quotation that follows hers in the paragraph, naming no one, is hers
    ('She was quoted: "a chokepoint" , Naval News reported. "The strait is\nPope Francis lay in state for three days.',
     "three days", "", ""),  # a quotation left open runs on into another story: it takes no one's name
    ('"Around 300 people came. Half were children." The official declined to be named.', "Around 300 people", "",
     ""),  # a quotation whose speaker is not named has none
    ("Witness 3, a former border guard, stated that his unit returned 30 to 40 people each week.",
     "30 to 40 people each week", "Witness 3", ""),  # was '': a number in place of a name
    ("Mr. Choi (counsel): How long?\nWitness 3: Usually two to three weeks.", "two to three weeks", "Witness 3",
     ""),  # was '': a label with a number
    ("About HOPE: HOPE has 25 staff.", "25 staff", "", ""),  # was 'About HOPE', a press release's boilerplate
    ("More than 4,000 were sold, a lawmaker said, citing intelligence estimates.", "More than 4,000", "a lawmaker",
     "intelligence estimates"),  # was from 'citing intelligence': the noun 'estimates' taken for a verb; what is
    # cited is whom the figure is from
    ("Citing police data, the newspaper reported that 1,300 women were trafficked.", "1,300 women", "the newspaper",
     "police data"),  # was 'Citing police data', and no speaker
    ("Of the 1,200 survivors surveyed by the Polaris Project, 42% said their trafficker was kin.", "42%", "",
     "Polaris Project"),  # was '': who gathered the figure is whom it is from
    ("The report, published by Walk Free, estimates that 50 million people live in slavery.", "50 million people",
     "The report", "Walk Free"),  # was 'The report'
    ("But an official at the ministry, speaking on condition of anonymity, said 1,000 fled.", "1,000",
     "an official at the ministry", ""),  # was '': a subject in lower case after 'But' taken for an aside
    ("But Kim, 34, said 500 fled.", "500", "Kim", ""),  # raised ValueError
    ("Peter Hawkins, UNICEF's representative in Yemen, told a briefing that 11 million children need aid.",
     "11 million children", "Peter Hawkins", ""),  # was the aside, "UNICEF's representative in Yemen"
    ("Pakistan has confirmed 74 cases this year, the National Emergency Operations Centre said on Friday.",
     "74 cases", "National Emergency Operations Centre", "Pakistan"),  # was Pakistan's: the tag closing it speaks
    ("Reliance reported a profit of ₹18,540 crore, the Mumbai-based conglomerate said.", "₹18,540 crore",
     "Reliance", "Reliance"),  # a description in the tag is the subject named again
    ("The National Intelligence Service said 70% were women. Roughly 10 were men, the spy agency said.", "Roughly 10",
     "National Intelligence Service", ""),  # was 'The spy agency': a word before the kind
    ("The Database Center for North Korean Human Rights said 300 women were sold. About 40 were children, the "
     "Seoul-based group said.", "About 40", "Database Center for North Korean Human Rights", ""),
    ("Dr. Amina Yusuf said 300 people died.", "300 people", "Amina Yusuf", ""),  # was 'Dr. Amina Yusuf'
    ("Chief Financial Officer Arno Antlitz told analysts deliveries slipped 7%.", "7%", "Arno Antlitz", ""),
    ("Additional Advocate General Lakshmi Narayanan told the Bench that Rs. 75 lakh was collected.", "Rs. 75 lakh",
     "Lakshmi Narayanan", ""),  # was the sentence cut at 'Rs.', and the figure '75 lakh' without its currency
    ("General Electric Co said sales rose 5%.", "5%", "General Electric Co", ""),
    ("Sales fell 5%, General Motors said.", "5%", "General Motors", ""),  # no title before a name
    ("Major League Baseball said 300 players tested positive.", "300 players", "Major League Baseball", ""),
    ("Dengue killed 575 people, the Directorate General of Health Services said. Hospitals admitted 2,894 patients, "
     "the directorate said.", "2,894 patients", "Directorate General of Health Services", ""),  # was 'the directorate'
    ("Home Office figures show 17,004 referrals in 2023.", "17,004 referrals", "", "Home Office"),  # was '… figures'
    ("A new UNEP report estimates that 11 million tonnes of plastic enter the oceans.", "11 million tonnes", "UNEP",
     "UNEP"),  # was 'A new UNEP report'
    ("Former prisoners told the UN Commission of Inquiry of abuses. Of 80 witnesses, 31 described them, the commission "
     "said.", "80 witnesses", "UN Commission of Inquiry", ""),  # a body named before without speaking
    ("The Seoul Central District Court on Thursday heard the case. He was jailed for 18 months, the court said.",
     "18 months", "Seoul Central District Court", ""),  # was 'the court'; not '… Court on Thursday'
    ("The report by the UN Human Rights Office found abuses. Detention periods ranged from two to eight months, the "
     "report found.", "from two to eight months", "UN Human Rights Office", "UN Human Rights Office"),  # 'the report'
    ("The State Department's 2024 Trafficking in Persons Report kept China on Tier 3. The report estimated that 70 to "
     "80 percent were trafficked.", "70 to 80 percent", "State Department", "State Department"),
    ("About 26 million children are out of school, according to a report by the Pakistan Institute of Education "
     "released on Monday.", "About 26 million children", "", "Pakistan Institute of Education"),  # '… on Monday'
    ("In 2022 the zone's management committee reported rescuing 771 people.", "771 people",
     "the zone's management committee", ""),  # was '2022 the zone's management committee'
    ("The committee rescued 84 Filipinos.[14] A 2023 investigation by the Vientiane Labour Rights Project found 3,000 "
     "workers.", "84 Filipinos", "", ""),  # a citation mark ends a sentence: the project's was taken
    ("Most of the 300 arrivals were women, officials at the Mae Sot reception centre said.", "300 arrivals",
     "Mae Sot reception centre", ""),  # was 'officials at the …': the body speaks through them
    ("Victims call the Korea Hana Foundation hotline, which received 4,312 calls, officials at the foundation said.",
     "4,312 calls", "Korea Hana Foundation", ""),  # the foundation named before
    ("Sheriff Dolores Quintana said deputies had found nine stash houses.", "nine stash houses", "Dolores Quintana",
     "deputies"),  # was 'Sheriff Dolores Quintana'
    ('Claim: "Over 100,000 migrants crossed the Channel last year."', "Over 100,000 migrants", "", ""),  # was 'Claim'
    ("Arrivals are counted by the Border Statistics Unit. Its figures show that 29,437 people arrived.",
     "29,437 people", "", "Border Statistics Unit"),  # was 'Its'
    ("Arrivals are counted by the Border Statistics Unit. They were about 36,800, according to the unit.",
     "about 36,800", "", "Border Statistics Unit"),  # was 'unit'
    ("Early NGO reports put the number at 200,000 women.", "200,000 women", "Early NGO reports",
     "Early NGO reports"),  # no one body
    ("SONGKHLA, Thailand, Jan 14 (Coastline Wire) — Inspectors boarded 38 trawlers and found crews unpaid, the "
     "Songkhla Provincial Fisheries Office said.", "38 trawlers", "Songkhla Provincial Fisheries Office",
     "Inspectors"),  # a dateline with its country and date: no 'Jan' found it
    ("The centre surveyed 1,250 families at 84 kilns in Kasur, Sheikhupura and Faisalabad districts and found that "
     "71 percent owed money.", "71 percent", "The centre", "The centre"),  # not 'Sheikhupura', a list's tail
    ("Workers earned 1,050 soles a month, according to a survey of 3,600 migrants by the Pacific Migration "
     "Observatory.", "1,050 soles a month", "", "Pacific Migration Observatory"),  # not 'survey of 3'
    ("Colombia's Attorney General's Office says the Gulf Clan charges each migrant about $125.", "about $125",
     "Colombia's Attorney General's Office", ""),  # a body whose name holds a role
    ("A record 19,125 victims were referred, according to Home Office figures published on Thursday.",
     "A record 19,125 victims", "", "Home Office"),
    ("The Coastal Livelihoods Trust works in Satkhira. The trust said 33 percent had left.", "33 percent",
     "Coastal Livelihoods Trust", ""),  # a body named again by its head noun
    ("Peru's National Superintendency of Migration works in Lima. The superintendency said 40 percent lacked "
     "papers.", "40 percent", "Peru's National Superintendency of Migration", ""),
    ("Police rescued 146 labourers, district collector Anitha Reddy said.", "146 labourers", "Anitha Reddy", ""),
    ("Researchers at the Himalayan Occupational Health Centre found 68 percent had kidney damage.", "68 percent",
     "Himalayan Occupational Health Centre", "Himalayan Occupational Health Centre"),
    ("Agents found 38 migrants in a trailer, said Ramon Ibarra, a spokesman for the border command.", "38 migrants",
     "Ramon Ibarra", "Agents"),  # he says what the agents found
    ("China returned as many as 600 North Koreans, the Seoul-based rights group North Korea Justice Watch said.",
     "as many as 600 North Koreans", "North Korea Justice Watch", ""),  # not 'Watch', nor what the group is
    ("A survey of 2,067 adults by the polling firm Pollwise found 40 percent had paid.", "40 percent", "",
     "Pollwise"),
    ("The Bureau of Border Statistics counts arrivals. According to the bureau's figures, 61% were men.", "61%", "",
     "Bureau of Border Statistics"),  # a document of the body named before by its kind
    ("Satellite imagery analysed by the Ocean Ledger Project, a nonprofit research group, showed more than 480 "
     "vessels.", "more than 480 vessels", "", "Ocean Ledger Project"),  # not what the project is
    ("The Ocean Ledger Project works at sea. Port records compiled by the project show 212 port calls.",
     "212 port calls", "", "Ocean Ledger Project"),
])
def test_speakers_sources_and_nouns_the_noun_table_lacks(text, value, claimant, attributed):
    got = found(text)[value]
    assert (got.claimant, got.attributed_to) == (claimant, attributed)


def test_a_noun_the_table_lacks_is_what_is_counted_and_what_follows_is_read():
    c = found("Officials logged roughly 7,000 encounters a day.")["roughly 7,000 encounters a day"]
    assert (c.reading.low, c.reading.unit, c.reading.kind, c.reading.counted) == (7000, "1/day", "approx", "encounters")


@pytest.mark.parametrize("text", ["For more information call 020 7946 0123.", "I was 23 at the time.",
                                  "See pages 34-36 of Annex 2.", "Reports can be made on (02) 8555 0134.",
                                  "The children, the youngest of whom was eight, were freed.",
                                  '"A boy of 13 works all day," he said.', "A family of five lived there.",
                                  "Of the victims, the youngest was just 9.",
                                  "TIDEWATCH ALLIANCE | Hidden Hands: Forced Labour in Coastal Fisheries\n"
                                  "3.2 Recruitment fees\n",  # a heading after a wrapped-looking running header
                                  "It would add a second shelter by the end of 2025.11",  # a footnote after a year
                                  "The counter-trafficking hotline, 0 800 77777, is open.",
                                  "Respondents: (1) Mr K. Haddad (2) Mrs N. Haddad",
                                  # short codes, the counts of a charge sheet, a law's chapter, ages
                                  "Report it on the State labour helpline 14567.", "Call the 1343 Actionline.",
                                  "Parents can call Childline on 1098.", "He was convicted on counts 1 to 9.",
                                  "It breached the Employment Ordinance (Cap. 57).",
                                  "Accused 1, who is 44 years old, has a conviction.",
                                  "Some of these workers were only 17 or 18 years old.",
                                  "Karthik (24), a graduate from Tiruchi, was freed.",
                                  "The victim, a domestic helper then aged 29, left.",
                                  "Listeners can share their experiences on 950 214 300.",
                                  "Registered charity 1162209 | Tel. +30 210 555 8841", "Questions 118–164 followed.",
                                  "When Amina was 13, her father told her.", "The man was 41.",
                                  "He was taken from Winneba and is now 14.", "Many had married before the age of 18.",
                                  "The tribunal seized a 12-acre orchard and a 9-metre boat.",
                                  "The serigne [note: a teacher], aged 52, was charged.",
                                  "They hid under 90kg bags of maize.",
                                  # were offered: a toll-free or emergency line, a week's number, a time in GMT, a
                                  # container after 'every' or 'each', a half-year of the accounts
                                  "The ministry's toll-free line, 5454, is open around the clock.",
                                  "Parents can report it on the toll-free line 0800 100 066.",
                                  "Women in distress can call the national emergency number 112.",
                                  "The report covers data to epidemiological week 14.", "Most fell ill in week 11.",
                                  "Shares fell by 1120 GMT.", "Tablets come free with every 20-litre jerrycan.",
                                  "Each 50kg bag was sold at the market.",
                                  "Jamii Telecom PLC — Results for the half-year ended 30 September.",
                                  # a British phone, addresses, a paper's DOI, a container, an age, a title's ordinal
                                  "Call the housing team on 01632 960415.", "Visit the centre at 22 Mill Lane.",
                                  "Tickets are sold at the box office, 200 Harbor Drive.",
                                  "The paper is at doi:10.4411/jom.2024.0613.",
                                  "J Labour Migr Stud. 2025;14(3):211-229.",  # a journal citation's pages
                                  "Unique reference number: 138842", "Most Year 1 pupils met it.",
                                  "Inspection dates: 14 and 15 May 2025", "The youngest of the dead was eight.",
                                  "Published at 3:32 PM GMT+2.", "Intro.\n4.1 The Committee met.\n5.0 RECOMMENDATIONS",
                                  "Call the Civil Defence on 199 or text their postcode to 40199 for alerts.",
                                  "The accused, identified as Rakesh Shetty (41), and accountant Sameer Khot (29), "
                                  "fled.",
                                  "A 250g block of butter went up.", "The youngest person we met was 18.",
                                  "She won for her debut, 'The Forty-Second Floor'.",
                                  # a short code, local, Indian and USSD numbers, a date, a section, a column,
                                  # addresses, a year past a bound, a product's version, a ticker, weeks of a trial
                                  "Report suspicious transactions by calling 991.",
                                  "He was called on 14-03-2024 from +91 98765 43210.",
                                  "A case was registered u/s 419, 420 IPC.", "Scams can be reported at 555-0147.",
                                  "Jason Pruett, 23, of 18 Birch Lane, was arrested.",
                                  "Officers went to the Hilltop Motel, 2200 Route 46, at night.",
                                  "Farmers can dial *152*00# from any network.",
                                  "At column 211 of the Official Report, she said so.",
                                  "It will receive updates through at least 2032.",
                                  "Every tablet ships with NimbusOS 17.2 installed.",
                                  "Kuromatsu Electric Co. (TSE: 6982) raised its forecast.",
                                  "Rhenalpha AG (SIX: RHNA) reported results.",
                                  "Pain was measured at weeks 0, 4, and 8 of treatment.",
                                  # a baseline's year and a goal's name
                                  "Emissions are to be cut from 1990 levels.",
                                  "The UK is committed to net zero emissions, the Department for Net Zero said.",
                                  # another calendar's year, a call centre, a number after its street
                                  "He was charged under the Act of B.E. 2560.", "The budget for 2081 BS passed.",
                                  "Residents can reach the BNPB call centre at 117.",
                                  "INDEC reported from its headquarters at Av. Presidente Julio A. Roca 609.",
                                  # a budget's head of account, a slide's number, a footnote after a quote, a flight, a
                                  # region's number
                                  "(iv)  4210-01-110  Capital Outlay on Hospitals", "Questions?\n\n12 / 24",
                                  "The debt 'is older than my son'.19 The system persists.",
                                  "He returned from Doha on flight QR 652.",
                                  "In the smallest region (Region 7) it fell.",
                                  # a podcast's timestamp, a second short number after 'or', an audit's observation
                                  "[00:14:32] DANIEL OKAFOR: We traced them.",
                                  "Call the police hotline on 112 or the Financial Supervisory Service on 1332.",
                                  "Audit Observation 4.2: Collection of Foreign Worker Levy.",
                                  # a house number on a pike, a road named for its mile, a British number after
                                  # 'calling', an Irish one, a priority's and grades' numbers
                                  "Residents came to City Hall at 11700 Springfield Pike.",
                                  "He was stopped near the 140 Mile Road intersection.",
                                  "Papers are on the council's website, or by calling 01632 960 418.",
                                  "Patients can contact HSE Live on 1850 24 1850.",
                                  "Most Priority 1 calls came at night; students in grades 3-8 sat it.",
                                  # a toll-free line that 'is', a question's number, a newsroom's number and address
                                  "The RSSB toll-free line is 4044.", "Replying to Question No. B/412, he agreed.",
                                  "Contact the newsroom on 309 1000 or at 7 North Street, Kingston.",
                                  # a telephone and its extension, and the year a change is over
                                  "Communication: press@inegi.org.mx, tel. 800 111 4634, ext. 1134.",
                                  "The total grew by about a tenth over 2022.",
                                  "Cases rose in epidemiological week 37 (9–15 September).",
                                  # a place's coordinates, an index's base, a summary's references in braces, a
                                  # short number to reach, a street named by its ordinal, a lap, a film's certificate
                                  "The cyclone lay near 19.8°N and 87.2° E at noon.",
                                  "The quake struck at 33°51′S, some way off the coast.",
                                  "The town sits at 40 degrees north latitude.",
                                  "The centre was at 26.8 North, 92.1 West at 1100 AM CDT, and at 12 noon.",
                                  "Readers can call 13YARN on 13 92 76 or Lifeline on 13 11 14.",  # Australia's
                                  "Talks resume at the mediation office at 40 Kongens Gate.",  # Oslo's street
                                  "The five-day maximum temperatures were records.",  # was at most 5 days
                                  "The Consumer Price Index (CCPI, 2021=100) rose again.",
                                  "Emissions grew again. {2.1, Figure SPM.1}",
                                  "Rescue teams can be reached on 1122.",
                                  "Polaris, at 1320 19th Street NW, runs the line.",
                                  "He pitted on lap 53.", "It was released with a U/A 13+ certificate.",
                                  # a street named as the Nordic countries and Germany name them, a number in pairs
                                  "A flat on Råsundavägen 88 was listed; the office is at Frederiks Allé 14.",
                                  "They met at Karl Johans gate 22 and Hauptstraße 5.",
                                  "Call the office on 044 512 39 30 or 01 42 68 53 00.",
                                  "The wage rises for the Iranian year 1403, which starts on 20 March.",
                                  # a phone to reach, a journal's volume and page, a budget's vote, a category's pair
                                  "HealthServe, which can be reached at 6904 0200, helps.",
                                  "Workers can reach the ministry's counselling centre on 1350 between 9 a.m. "
                                  "and 6 p.m.",
                                  "It appeared in Lancet Oncol, vol 31, p 118.", "The allocation under Vote 34 rose.",
                                  "Radiologists scored the lesions as category 4 or 5.",
                                  "They were booked under Sections 420, 467 and 471 of the IPC.",
                                  "Sections: 370, 374 IPC; the FIR was filed.",
                                  "Under Decree 31-2012, banks must report them.",  # was the range 31–2012
                                  "The council's offices at Str. Pierre de Coubertin 3-5 are open.",
                                  "Passengers can contact the DMRC helpline on 155370.",
                                  "The money is kept for the child until she turns 18.",
                                  "It records 4K video and shoots in 8K.", "She ran a 10K race.",
                                  # an index's base in a month, a table's lines, who a rate is of in brackets
                                  "The index stood at its base (December 2019 = 100), as in lines 4–9.",
                                  "Youth unemployment (ages 15–24) fell.",
                                  # a postcode, a UN document's symbol, a thread's post numbers
                                  "Write to Unit 5, Park Row, Leeds LS2 9NZ.", "See CEDAW/C/RUR/CO/9 and A/HRC/55/27.",
                                  "1/ A thread.\n2/ More.\n7/ Full story tomorrow.",
                                  "She boarded Congo Airways flight 8Z 101 to Lubumbashi.",
                                  "A bribe of less than XY$1,500 a month was paid.",  # was 'a month'
                                  # a Korean office's number, set scores, a report's title year, a race, a ticker,
                                  # a frequency, a report's paragraph number run on
                                  "Call the Hana Center line, 1577-6635, for help.",
                                  "Marin won 6-4, 3-6, 7-6 (7-4) in the final.",
                                  "The NKDB's 2024 Annual Report is out.", "She won the 200m final.",
                                  "Its shares (ticker 2891) fell.", "Listen on FM 97.3 MHz.",
                                  "88. The Panel wrote again. 89. The Panel also investigated exports.",
                                  "People in crisis can call or text 988, the Suicide and Crisis Lifeline.",
                                  "Workers can report abuse to the Carabinieri on 112.",
                                  "Victims can call the La Strada Foundation on 22 628 01 20.",
                                  "Reach INTERPOL's command centre on +33 4 72 44 76 76.",
                                  "No doctor of that name has been on its staff since at least 2015.",  # was 2015+
                                  "The plant will run until as late as 2040.",
                                  "Tourists can call the tourist police on +62 361 9351011.",  # was 62 and 361
                                  "Its shell companies are at Jalan Sudirman Kav. 52-53.",  # was 52–53
                                  "She queued at distribution point 3 and at checkpoint 12.",  # were 3 and 12
                                  "See the commission's report (A/HRC/25/CRP.1), paragraph 749.",  # were 25 and 1
                                  "He spoke at the Government Complex Seoul, 209 Sejong-daero, on Monday.",  # was 209
                                  "Contact the Office, 2201 C Street NW, Washington.",  # was 2201
                                  "Tenants queued at 1118 Grand Concourse and at 1317 E. 7th St. on Monday.",
                                  "Studios at 100 Queens Quay sold well.",  # were 1118, 1317 and '100 Queens'
                                  "Board Policy 7310 calls for community input.",  # was '7310 calls'
                                  "The tax rate is 71 cents per $100 of assessed value.",  # was 71 cents, no rate
                                  "Han, a trader at stall 112, said prices rose.",  # was 112
                                  # a phone's or an order's number in groups: each group was a figure
                                  "Updates are posted on the civil defence line 0800 22 22 00.",
                                  "Residents can contact the command post on (0382) 21 3340.",
                                  "Report new fires by calling *5555 on a mobile phone.",
                                  "She placed order No. 4587 2210 9931 at noon.",
                                  "Highway 97 was closed between exits 137 and 147.",  # was 137 and 147
                                  "Information is available by calling 01 8000 510 454.",  # was 454
                                  "It was loaded on a truck with the registration 2-84517.",  # was 2–84,517
                                  "In its judgment in case SK.2022.17, the court found for the bank.",  # was 2022.17
                                  "The task force is based at Rua Marechal Deodoro, 630.",  # was 630
                                  "Anyone in crisis can call the 24-hour counselling line at 109.",  # was 109
                                  # each was a figure: a catalogue number, a phone's, a hotline's, a house number, a
                                  # flight's after a comma (read as 'ca.', about 9,042)
                                  "The full release, catalogue 6401.0, is on the ABS website.",
                                  "For emergency help in floods, call the SES on 132 500.",
                                  "The city's 1551 hotline opened.", "They queued at 12 Kharkivske Highway.",
                                  "The first charter flight, CA 9042 to Shanghai, left early.",
                                  "The Commission said so in decision AT.40437 last year.",  # was 40437
                                  # codes and addresses, each read as a figure: a UN climate decision's, an EU
                                  # document's, an ISIN, a Commons paper's, a ship's, a table's, a dataset's
                                  "Parties adopted Decision 1/CP.28 in Dubai.", "The proposal COM(2025) 176 came.",
                                  "The bond, ISIN US168863EA21, was priced.", "See report HC 1021 on prisons.",
                                  "The tanker, IMO 9321457, was seized.", "See Table 17A.21 for details.",
                                  "Eurostat table ilc_di12 shows it.",
                                  "Write to the committee at 22 rue de la Paix, 75002 Paris.",
                                  "He spoke outside the union hall at 410 Rue Notre-Dame.",
                                  # a bill's, a regulation's, a road marker's, a transaction's, a port's, a street's,
                                  # a mining standard's, a phone's and a flight's numbers, each once a figure
                                  "The House passed the Act, H.R. 6210, in September.",
                                  "Importers may file a petition under 19 CFR 12.43.",
                                  "Passengers passed through Terminals 1 and 2.",
                                  "A train reached the line's end near kilometre marker 214.",
                                  "By 6pm the queue at kilometre 118 had shortened.",
                                  "The exploit transaction begins 0x7f3a9c21e4.",
                                  "Traffic targeted UDP port 53 and TCP port 443.",
                                  "He spoke at the ministry on Jirón Junín 319 that day.",
                                  "The study was prepared under National Instrument 43-101.",
                                  "Its information line is 55 5237 2000.",
                                  "They left on flights such as QR 1341 via Doha.",
                                  # a security's code, a phone menu's option, a stock index's number, a free phone
                                  # number in pairs, a house on a 'View', emergency and police numbers
                                  "The bonds were priced at par (CUSIP 512345AB6).", "Call and press option 2.",
                                  "Women hold more seats at FTSE 350 companies.", "Call us on 1800 51 51 31.",
                                  "He was shot outside his clinic at 4 Canal View, Lahore.",
                                  "Use 999 in an emergency and 101 for non-urgent matters.",
                                  "Hate crimes can be reported on 101.",
                                  # a time frame, and an age of the youngest of those counted before
                                  "The road needs maintenance within a year.",
                                  "Some were stabbed, the youngest aged 15.",
                                  # a radio band's name, a Japanese address
                                  "The premium 700 MHz band drew no bids.", "His inn is at 3-12 Gion-machi.",
                                  "It bought spectrum in the 900 MHz and 1800 MHz bands.",
                                  "The court sentenced Rosalinda Dizon, 38, to life imprisonment.",  # was '38, to
                                  # life', at least 38
                                  # an IMO resolution, a free line in groups, a country code, short codes, and a
                                  # code of laws' section after its stop (which ended no sentence)
                                  "The IMO's Resolution A.1192(33) urges flag states to check.",
                                  "A confidential tip line, 01 8000 910 112, has been set up.",
                                  "It came from a number beginning +57 321.",  # was 57,321
                                  "Victims can call the free Gaula line, 165.",
                                  "Survivors can register by sending a text message to 1717.",
                                  "The driver was charged under 21 U.S.C. 841. The case goes on.",
                                  # ages after 'now' of one of many, after initials, after 'on turning'; a
                                  # proposal's and a courtroom's number, a sprint, a Korean case's number, addresses
                                  # (a street named '-way'), and India's free numbers
                                  "One of the victims, now 44, was reunited with his family.",
                                  "The man, identified only by the initials R.S., 37, was held.",
                                  "Each child is paid on turning 23, he said.",
                                  "The proposal, listed as Prop. 37 on the agenda, passed.",
                                  "It is due for mention in courtroom 4 of the law courts.",
                                  "Delane, who ran for the 100m in 2023, faces a ban.",
                                  "The appeal will be heard under case number 2023GoHap718.",
                                  "Fans will gather outside 1 Kingsmere Way.",
                                  "The firm has offices at 88 Queensway, Admiralty.",
                                  "Agents at Midland Realty, whose hotline is 2888 7228, said so.",
                                  "Buyers can ask at HDB Hub, 480 Lorong 6 Toa Payoh, or at 12 Jalan Besar.",
                                  "They met at Lorong 6 Toa Payoh.", "The property portal 99.co counted them.",
                                  "It invited them to a trading app called GoldLeaf 2.0.",
                                  "The report, filed as Report No. 2024:11, was late.",
                                  "The board follows the guidelines in 9 NYCRR 8002.2.",
                                  "Contact was lost at T+68 seconds.",
                                  "She lives at 27 Rua Augusta in Lisbon.",
                                  "Complaints can be filed on 900 123 456 between 9am and 6pm.",
                                  "Band 6 and Band 7 nurses were offered it.", "It was down for series 2.",
                                  "Victims can call the support centre on 1533-8119.",
                                  "Passengers should check National Rail Enquiries on 03457 48 49 50 first.",
                                  "Norka's toll-free number is 1800 425 3939.",
                                  # a plan's, a wave's, a condition's and a session's number, and one's age
                                  "Interest on Plan 2 loans rose.", "Runners in wave 7, the last, set off.",
                                  "Under condition 14 of the consent, it pays.", "Delegates vote in session 12.",
                                  "Rivero joined the club's academy aged 11.", "He died in Doha aged 36, she said.",
                                  "The authority's free hotline for reporting suspicious objects is 1590.",
                                  "She organises Financial Services Union branch 14.",
                                  "Train 12951 will be among the first to get Kavach 4.0.",  # was 4.0: a stop
                                  # after a name's version
                                  # an older year, a table's forecast year, a bus route, a Dublin postal district,
                                  # grades, and whom by age
                                  "The Royal Oak had traded since 1782.", "Revenue is forecast for 2025F.",
                                  "Journeys on the 23 between Kingsmead and Dunmore fell.",
                                  "A family house in Dublin 15 is dearer.",
                                  "Class sizes are capped in grades 4 through 8.",
                                  "Reduced fares for seniors 65 and older will remain.",
                                  # phone numbers after 'line,' and 'call … on', a date of the Iranian calendar, a
                                  # name in quotes, German and Canadian addresses, a kilometre post
                                  "Anacafé's advice line, 2421-3700, is taking calls.",
                                  "Tourists can call the tourist police on 1155.", "Tips can go to police on 114 14.",
                                  "Bus fares rose from 1 Farvardin.", "The operation, codenamed 'Eolo 2', ended.",
                                  "She runs a café at Karl-Liebknecht-Straße 12 in Leipzig.",
                                  "Evacuees went to the Expo Centre, 7515 118 Ave NW.",
                                  "Signalling at kilometre post 214.6 was manual.",
                                  # a section of the UK regulator's handbook, tables in a list, a Spanish address
                                  "Under CONC 6.7 lenders must act fairly.", "The data are in Tables 2.1 and 2.4.",
                                  "The clinic at 1215 Calle Juárez opened."])
def test_more_numbers_that_are_not_figures(text):
    assert extract.candidates(text) == []


@pytest.mark.parametrize("text,values", [
    ("The minimum wage will rise by 7.5% to 9,860 won an hour.", ["7.5%", "9,860 won an hour"]),
    ("Emissions rose 1.1% to 37.4 billion tonnes.", ["1.1%", "37.4 billion tonnes"]),  # no '1.1% to 37.4'
    ("The peso weakened 1.2% to 19.43.", ["1.2%", "19.43"]),  # was 1.2–19.43%: markets' verbs of change
    # units of ten thousand, as statistics translated from Japanese and Korean write them: neither part alone
    ("The labour force grew by 12,400 ten thousand persons; wages were 264.3 (10,000 won).", []),
    ("Some 300 (40%) were women. In 2020 ten thousand people fled.", ["Some 300", "40%", "ten thousand people"]),
    # an exchange rate is no sum in the money it is written in, nor a bare number; a change against the dollar is
    ("The afghani traded at around AFN 73 to the US dollar; the rupee rose 5% against the dollar.", ["5%"]),
    ("March was revised down by 5,000, from +315,000 to +310,000.", ["5,000", "+315,000", "+310,000"]),  # was no
    # candidate: 'from' a number to a smaller one is two levels, no range
    ("The rupee slipped 0.4% to 83.2, and the index gained 2% to 7,400.", ["0.4%", "83.2", "2%", "7,400"]),
    ("It rose 5% to 10m.", ["5%", "10m"]),
    ("At one point 300 people were waiting.", ["300 people"]),  # was 'one point 300 people', 1.3 people
    ("On Calle Mayor, 300 people marched.", ["300 people"]),  # a count after a street named first and a comma
    ("The average age of mothers edged up to 31.0 years.", ["31.0 years"]),  # was 'up to 31.0 years', at most
    ("It must pay a £190 victim surcharge and a $500 worker bonus.", ["£190", "$500"]),  # no candidate: a singular
    # counted noun after the sum was taken for the next figure's ('190 victim'), whose sign was left out
    ("\"Day Zero\" was put back; Ground Zero and BBC Two were named, and 12 people left.", ["12 people"]),  # names
    ("He stayed at the Four Seasons hotel; her channel, Seoyun's Two Koreas, has 1.2 million subscribers.",
     ["1.2 million subscribers"]),  # was 'Four Seasons hotel', 4 seasons hotels: a name that opens with a number
    ("Water had reached 29C, about 3 degrees above the average.", ["29C"]),  # none: the second's refusal whole
    # took the first with it
    ("It struck power lines 2.3 kilometres away, as in lines 4–9.", ["2.3 kilometres"]),  # 'lines 2.3' was a label
    ("Men still die 8.4 years earlier than women; three years earlier it was 6.", ["8.4 years", "6"]),  # a gap, no
    # time ('8.4 years earlier' was when)
    ("Prices hit $34 a year earlier than expected.", ["$34"]),  # 'a year earlier than' is when, no rate per year
    ("ONS figures show 2.7 million working days were lost; 1,200 air traffic controllers quit.",
     ["2.7 million working days", "1,200 air traffic controllers"]),
    ("The three most populous states and the country's two largest cities grew by 12%.", ["12%"]),  # were 'three'
    # and 'most populous states' (a share) and 'two largest cities': which ones, not how many
    ("Police served the 300 arrest warrants; the 12 forest fires burned.", ["300 arrest warrants", "12 forest fires"]),
    # a word ending in -est is no superlative
    ("MPs voted to extend compulsory military service for men and women aged 18 to 27 from nine months to "
     "12 months.", ["nine months", "12 months"]),  # was one range, 9–12 months: the verb of change is twelve
    # words before 'from'
    ("It approved a rise in excise duty on mobile airtime from 17.5% to 20%.", ["17.5%", "20%"]),  # was one range
    ("It would cut latency between the two cities to under 100 milliseconds.", ["two cities",
                                                                                "under 100 milliseconds"]),  # was
    # 'two cities to under 100', 2–100 cities
    ("Average speeds rose to 69.4 Mbps a year later.", ["69.4 Mbps"]),
    ("Litro Gas will cut the price of its 12.5kg gas cylinder by Rs. 115 to Rs. 3,690 from midnight.",
     ["12.5kg", "Rs. 115", "Rs. 3,690"]),  # was 'Rs. 115 to Rs. 3,690', a range: '12.5kg' hid the verb of change
    ("The average may top $3.75 a US gallon before July 4.", ["$3.75 a US gallon"]),  # was '$3.75' and 'a US
    # gallon' (1 gallon): 'before' after a rate per a measure is no time
    ("Egypt will raise the price of bread to 20 piastres a loaf.", []),  # was '20 piastres', a count of piastres
    ("Operators bought 141.4 MHz of spectrum; Guideline 3 caps transfers at KSh 250,000.",  # were a bare 141.4 and
     ["141.4 MHz", "KSh 250,000"]),  # '3 caps transfers'   # was '69.4 Mbps a year', 69.4 a year:
    # 'Mbps' taken for a plural noun the table lacks
    ("The toll rose to 999 people; it received 94,300 calls to 999.", ["999 people", "94,300 calls"]),  # a count
    ("The index runs from 0 to 999.", ["from 0 to 999"]),  # 'to 999' is no phone number
    ("It lifts spending to 2.4% of GDP from 1.9% of GDP a year earlier.", ["2.4%", "1.9%"]),  # no 1.9%: 'a year
    # earlier' was taken for a rate past 'of GDP' that the reading left out
    ("It shipped 84,200 tonnes and guided 2024 shipments of 323,000 tonnes.", ["84,200 tonnes", "323,000 tonnes"]),
    # a year before a noun, in a text that writes thousands with commas, was 2,024 shipments
    ("It was the worst outbreak in decades; coverage rose to 67% within a year, and it takes $1.2 billion in "
     "payments a year.", ["67%", "$1.2 billion"]),  # 'decades', 'a year' and 'a year' were figures: an idiom, a
    # change's time and a figure's rate
    ("The Commission fined Orchard Inc. €1.84 billion.", ["€1.84 billion"]),  # no candidate: 'Inc.' was taken for a
    # sign the reading left out, though the sum has its own
    ("The law raises the legal retirement age from 62 to 64.", ["62", "64"]),  # was 62–64 years, one range
    ("The index rose to $3,412 per QRT.", []),  # was $3,412, its rate per a word in capitals left out
    ("The index rose to $3,412 per FEU.", ["$3,412 per FEU"]),  # a forty-foot container
    ("It will expand headcount from 210 employees to roughly 450.", ["210 employees", "roughly 450"]),  # was one
    # range, 210–450 people
    ("Mexico's minimum wage will rise 12 per cent to 278.80 pesos per day.",  # was '12 per cent to 278.80', a
     ["12 per cent", "278.80 pesos per day"]),  # percent range
    ("Naturalised citizens numbered 53 thousand persons.", ["53 thousand persons"]),  # 'numbered' counts
    ("Her direct debit had gone up from £95 to £128.", ["£95", "£128"]),  # was one range, 'gone up' a change
    ("Tomatoes sold at $180 per kg a month earlier.", ["$180 per kg"]),  # 'a month earlier' is when: no candidate
    ("Detections were down 59% to roughly 67,000.", ["59%", "roughly 67,000"]),  # no candidate: 'down' is a change
    ("The working-age population aged 16 to 59 totaled 857.98 million.", ["857.98 million"]),  # was 'aged 16 to 59'
    ("They plan on calling 300 people and 40 women.", ["300 people", "40 women"]),  # 'calling 300' was a phone
    ("Of these, some 48,800 – 55 per cent – were killed.", ["some 48,800", "55 per cent"]),  # no candidate: an
    # aside's spaced en dash was taken for a range from 48,800 down to 55; '500 – 2 million' stays a range
    ("Between 500 – 2 million people died.", ["Between 500 – 2 million people"]),
    ("It cost up to R1.5 trillion in lost output over a decade.", ["up to R1.5 trillion", "over a decade"]),  # no
    # candidate: 'over a decade' was a rate per decade
    ("It counted 1,500ᵇ households; about 4.5 million refugeesᵃ fled.", ["about 4.5 million refugees"]),  # the
    # first was 1.5 trillion, its footnote's 'ᵇ' a billion
    # a sum given to those a count counts: was NGN 8,000–12,000,000 and USD 50–10,000,000
    ("It promised monthly transfers of ₦8,000 to 12 million poor households.",
     ["₦8,000", "12 million poor households"]),
    ("The state will pay $50 to 10 million people; it costs $5 to 10 million.", ["$50", "10 million people",
                                                                                "$5 to 10 million"]),
    ("It sentenced two parents to seven years and gave 12 schools to $5 million.",  # were 2–7 people and
     ["two parents", "seven years", "12 schools", "$5 million"]),  # USD 12–5,000,000
    ("The port handles 1.2m crates a year.", ["1.2m crates a year"]),  # the rate is kept with a noun it lacks
    ("The bank raised rates by 25 basis points to 5.25%.", ["25 basis points", "5.25%"]),
    ("The fund pays £2.5bn over five years.", ["£2.5bn", "five years"]),  # 'over' after money says when
    ("Prices rose over three years; the trial lasted over 18 months.", ["three years", "over 18 months"]),
    ("The wall is 300 metres long and 5 feet thick.", ["300 metres", "5 feet"]),  # measures, not counts
    ("The fence is 4 yards high.", []),  # a measure claims tracker does not read, not a count of yards
    # a unit no table holds: without it the figure would be a bare number, read in the metric's unit
    ("The dam holds 500 GL of water; India produced 310 TCM.", []),
    ("India produced 310 MMT, and 45,000 cusecs flowed.", ["310 MMT", "45,000 cusecs"]),  # units of the tables
    # a table's row run together: the second sign was taken for the first number's unit, which then read bare
    ("Revenue $1,842 $1,643 12.1%.", ["$1,842", "$1,643", "12.1%"]),
    ("Permits rose, up from 354,000 two years earlier.", ["354,000"]),  # 'two years' was taken for its unit
    ("Funds reached 48 gram panchayats and 74 enumerators.", ["48 gram panchayats", "74 enumerators"]),  # 48 grams
    ("Across the region 300 schools closed.", ["300 schools"]),
    ("Rescuers reported finding 300 bodies.", ["300 bodies"]),  # 'finding' is a verb here, no report's label
    # a minus sign, typed or typeset as an en dash: "-20°C" was read as 20°C
    ("Temperatures fell to -20°C, then to –25°C; growth was -0.5%.", ["-20°C", "–25°C", "-0.5%"]),
    ("Between 10 –20 people came.", ["Between 10 –20 people"]),  # after a number the dash is a range's
    ("Rs 500 Rs 600 per kg", ["Rs 500", "Rs 600 per kg"]),
    # a dollar's letters the table lacked: 'L$3,400' read as US$3,400; a sign it still lacks gives no candidate
    ("Traders earn less than L$1,000 a day; the fund holds FJ$96.3m.", ["less than L$1,000 a day", "FJ$96.3m"]),
    ("A bribe of XY$500 was paid.", []),
    # a people's word before what it describes: "14 Thai" was read as 14 people; money per a thing the reading
    # cannot name was read as the sum alone; a time after 'a decade' was refused as a rate per decade
    ("Crew on at least 14 Thai trawlers and 12 Thai-flagged boats were freed; 14 Thai fishermen and 20 Thai left.",
     ["at least 14 Thai trawlers", "12 Thai-flagged boats", "14 Thai fishermen", "20 Thai"]),
    ("Crew on at least 14 Thai-flagged seiners were freed.", ["at least 14"]),
    ("Crew on at least 14 Thai-flagged trawlers were freed.", ["at least 14 Thai-flagged trawlers"]),
    ("Net income rose to $19.3 billion, or 78 cents a share; fans paid $20 a ticket and $1,500 a head.",
     ["$19.3 billion", "78 cents a share", "$20 a ticket", "$1,500 a head"]),  # a rate per share is read
    ("Fans paid $20 a bucket.", []),  # per a thing the noun table lacks: the sum alone was the candidate
    ("He raised $2m a few weeks ago, after $500 a year ago.", ["$2m", "$500"]),
    ("Profit per victim reached US$10,000, up from US$8,269 a decade earlier.", ["US$10,000", "US$8,269"]),
    ("The league signed 62 overseas imports.", ["62"]),  # 'overseas' is no plural noun counted
    ("The league signed 62 overseas players.", ["62 overseas players"]),
    ("The governments reach agreement on 300 projects.", ["300 projects"]),  # no number to call
    ("He earned 10K last month; the account has 5K followers.", ["10K", "5K followers"]),  # thousands, no video
    ("The deficit was 5.6% of GDP (target 5.8%).", ["5.6%", "5.8%"]),  # 'target 5' was taken for a label
    # a footnote's superscript mark after a word or a percent: neither figure was a candidate ('refugees1' a name)
    ("Some 4.5 million refugees¹ fled, and 45%² were women; the camp covers 5 km².",
     ["Some 4.5 million refugees", "45%", "5 km²"]),
    ("The ILO's 2022 survey put forced labour among migrant fishers at 14 per cent.", ["14 per cent"]),  # 2,022
    # people were counted, 'survey put forced labour among migrant fishers' their noun
    ("The port handled a record 15.3 million TEU, up 9% on 2022.", ["a record 15.3 million TEU", "9%"]),  # the
    # acronym was taken for a noun's modifier and '15.3 million' read bare; '2022 and above' for a bound
    # a sign or code the reading cannot have left out: each number was read bare ('6 million per worker' too)
    ("He paid a smuggler L 250,000, or about US$10,100. Petrol rose to CUP 132 a litre.", ["about US$10,100"]),
    ("Miners get Ch$6 million a year; a meal costs AR$1,010 or UY$40.", ["Ch$6 million a year", "AR$1,010", "UY$40"]),
    ("Net revenue $ 8,412 $ 7,956\nCost of revenue 4,987 4,802", ["$ 8,412", "$ 7,956", "4,987", "4,802"]),  # a
    # statement's row, its signs set apart: the first sum was read bare
    ("The head office is at 2-7-1 Marunouchi, Chiyoda-ku.", []),  # was the range 2–7
    ("Clerks earn less than B$1,500 a month; rice is about 21,000 kip a kilo.",
     ["less than B$1,500 a month", "about 21,000 kip a kilo"]),  # 'a month'; 'about 21,000' without its kip
    ("A 14-month-old boy died; the child was 14 months old. Wasting hit 12%.", ["12%"]),  # ages in months
    ("You are now 29 years of age. The standard sentence is 16 years.", ["16 years"]),  # an age
    ("A litre of AI-92 petrol costs 205 tenge; a kilo of beef sold for 9,000 won.", ["205 tenge", "9,000 won"]),
    ("A kilo of paprika was 1,200 forints; a kilo of rice was given to 300 families.", ["1,200 forints",
                                                                                        "300 families"]),
    ("Agents seized R$ 4.7 million in cash, 19 luxury vehicles and two helicopters.",
     ["R$ 4.7 million", "19 luxury vehicles", "two helicopters"]),  # '19' was taken for the age of 'cash'
    # a unit spelled with a digit before a comma was taken for a name ('GtCO2,' as 'G7' is): no candidate
    ("The budget is 500 GtCO2, the IPCC assesses; it covers 5,000 km2, officials said.", ["500 GtCO2", "5,000 km2"]),
    # the scale a table's numbers are in is no vague amount; 'in the millions' is
    ("Summary (in millions, except per-share data). Revenue (USD millions) rose. Damages ran in the millions.",
     ["millions"]),
    ("Yields reached 25 quintal per hectare and output 3 mb/d.", []),
    ("Between 5 and 10 GL flowed, 12 EU members said, and some 300 UN staff left.",
     ["12 EU members", "some 300 UN staff"]),  # an acronym before a noun names who is counted
    ("The toll reached 38,240, PADCA said.", ["38,240"]),
    ("Turnout rose 4.2 points; prices are 8 times higher.", ["8 times"]),  # a multiple reads
    ("They fired 300 shots.", ["300 shots"]),
    ("Temperatures hit 47C; it was 104F (40C) in Phoenix.", ["47C", "104F", "40C"]),
    ("They lived in Flat 5C; Lytton hit 47C.", ["47C"]),  # a flat's name is no temperature
    ("Warming reached 1.1 ± 0.1 °C by 2020.", ["1.1 ± 0.1 °C"]),
    ("The country has 2.5 doctors per 1,000 people.", ["2.5 doctors per 1,000 people"]),  # a rate per many people
    ("Cars numbered 45 per 1,000 vehicles; it was 45 per 100,000.", []),  # per many of what it cannot read: none
    ("The 10-year plan costs €2.4bn; she served a 10-year term.", ["€2.4bn", "10-year"]),
    # a span in the singular after a number describes a noun, as with its hyphen: 'three night' read as 3 nights
    ("The trust runs three night shelters with 310 beds; staff work 12 hour days.", ["310 beds"]),
    ("She booked a three-night stay; he got a 10 year sentence and stayed three nights.", ["10 year", "three nights"]),
    ("It is $3,000 per capita.", ["$3,000 per capita"]),
    ("The poll's margin of error is plus or minus 3 percentage points, or ± 3%.", []),  # a margin alone
    ("One-in-five women were trafficked; the 5-in-1 vaccine is free.", ["One-in-five women"]),
    ("Nearly one in five households speaks another language.", ["Nearly one in five households"]),
    ("Most were from China, though a further 12 came from Kenya.", ["Most", "a further 12"]),
    ("Rations will be cut by half from April.", ["half"]),
    ("The ministry convened a 27-member panel on 4 March.", []),
    ("The gang's $2 million haul was found.", ["$2 million"]),  # no 's $2 million' in Singapore dollars
    ("They interviewed 45 survivors over 18 months.", ["45 survivors", "18 months"]),  # 'over' says when
    ("Sentences of over 10 years are common.", ["over 10 years"]), ("The wait was over 18 months.", ["over 18 months"]),
    ("Of the women, 52, or 40%, were sold.", ["52", "40%"]),  # a plural before ', 52,': a count, not an age
    ("Of these, 3,118 worked night shifts.", ["3,118"]),  # was none: 'night' taken for the count's unit
    ("A shelter with 120 beds opens on Monday; about 23,000 farmers affected in Punjab.",
     ["120 beds", "about 23,000 farmers"]),  # were '120 beds opens' and '… farmers affected'
    ("The bridge will open 21 months later than planned.", ["21 months"]),  # a delay, not when ('later')
    ("They reported eight, six and four deaths.", ["eight", "six", "four deaths"]),  # 'six' was an age
    ("She paid 2,500 dinars for her release.", []),  # money in no one currency: no count of 'dinars'
    ("It paid between 3 and 5 million pesos.", []),  # was '3': a piece of a sum in no one currency
    ("Fees reached FCFA 500,000, and 300 people fled.", ["300 people"]),  # was '500,000' (people, from the next)
    ("Fees reached pesos 500,000.", []),
    ("The fine was Dh500, or Sh200,000.", []),  # was '500' and '200,000': the money is in no one currency
    ("Arrears totalled 30 million riyals ($8 million).", ["$8 million"]),  # was none: the conversion was skipped
    ("Of those, 62% had waited longer than six months.", ["62%", "longer than six months"]),  # was 'six months'
    ("Wages were 5,000 yuan rather than 8,000 yuan.", ["5,000 yuan"]),  # a comparison the reading does not take
    ("Some 1,2 million people fled; prices rose 12,5 %, and 300 left.", ["300"]),  # was 'Some 1', '2 million
    # people', '12' and '5 %': a decimal comma
    ("The BD 2023 report lists 5,000 cases.", ["5,000 cases"]),  # was 'BD 2023': 2,023 Bahraini dinars
    ("Call the hotline at 1577-6635, which took 4,312 calls.", ["4,312 calls"]),  # was '1577-6635': 1,577–6,635
    ("The court will call 300 witnesses.", ["300 witnesses"]),  # was none: a short code after 'call'
    ("It spent on 100 000 000 doses. They bought 12 acres.", ["100 000 000 doses", "12 acres"]),
    ("Correction: we reported 540 people rescued on Rotation 21; the correct figure was 504 people.",
     ["504 people"]),  # was '540 people' too: the figure corrected
    ("Revision: the number of cases given in Bulletin 9/2023 as 173 was incorrect; the corrected figure is 137.",
     ["137"]),
    ("Of the answers, 40% were incorrect.", ["40%"]),  # a finding, no correction
    ("14:12 — Our reporter at the quay counts 3 ambulances.", ["3 ambulances"]),  # 'counts 3' was a label
    ("Table 3. Workers met, by nationality\nNepal 318 28%\nOther 352 32%\nWindows 10 was used.",
     ["318", "28%", "352", "32%"]),  # a table's row labels were taken for names ('Windows 10' is one)
    ("In 2022 the corresponding figures were 205, 96 and 17.", ["205", "96", "17"]),  # '17' was a date's day
    ("Citizens can report child labour on 1098. We answered 1,905 calls to our free hotline, 133.", ["1,905 calls"]),
    ("Check fares by texting FARE to 53015; text HELP to 741741 for help. We sent texts to 500 voters.",
     ["500 voters"]),  # an SMS short code was a count
    ("To report a claim, text 61616 or call the information line on 800 004 6264; we sent 5000 texts.",
     ["5000 texts"]),  # a short code and a number on a line were counts
    ("It builds the LX 400 series of arms; data came through the CRASH 2.0 system, not USD 2.0 billion.",
     ["USD 2.0 billion"]),  # a model's series and a version were counts
    ("The club paid €62 million plus up to €8 million in add-ons; it cost £5m plus VAT; 5,000 plus, police said.",
     ["€62 million", "up to €8 million", "£5m", "5,000 plus"]),  # 'plus' that adds was read as an open bound
    ("The dose was 5 mGy; pressure fell by 14.6 mmHg.", ["14.6 mmHg"]),  # a unit in mixed case no table holds
    ("The dose was 5 mSv; pressure fell by 14.6 mmHg.", ["5 mSv", "14.6 mmHg"]),  # millisieverts are read
    ("About 9,500 sheep died and 62 aircraft flew.", ["About 9,500 sheep", "62 aircraft"]),
    ("China has 41.2 million mu of farmland; yields reached 25 quintals per hectare.", []),  # measures not read
    ("CORRECTION: An earlier post said 63 people were on the boat. Officials now say 58 people were on board.",
     ["58 people"]),  # the live blog's post corrected
    ("Reports rose to 2,604, up from 1,188 in 2022–23.41 Fees rose during the 2023–24 season.", ["2,604", "1,188"]),
    # '23.41' and '24': a span of years, a footnote glued after it
    ("Most came from Indonesia (41), Ethiopia (33) and India (29).", ["Most", "41", "33", "29"]),  # counts, no ages
    ("Using data from 1,136 migrant fishers, we estimate that 38% were in debt.", ["1,136 migrant fishers", "38%"]),
    ("Of the 80 witnesses interviewed on this issue, 31 described such incidents, the commission said.",
     ["80 witnesses", "31"]),  # was '80 witnesses' alone: '31 described such incidents' was a count, then dropped
    ("Maids earn KD 2000 a month; the KD 2,000 fee is due.", ["KD 2000 a month", "KD 2,000"]),
    ("They received 3,500 calls.", ["3,500 calls"]),
    ("Some 10 000 people fled; it cost €1 500 000.", ["Some 10 000 people", "€1 500 000"]),  # was '000 people': 0
    ("Some 20-30,000 people fled, and 5,000 returned.", ["5,000"]),  # no 'Some 20': the range reads two ways
    ("Between 30 to 40 000 more may follow.", []),
    ("Arrivals rose from 2,000 to 30,000 last year.", ["2,000", "30,000"]),  # two times, not a range
    ("The bill would raise the maximum penalty from 10 to 20 years.", ["10", "20 years"]),  # was 10–20 years: a
    ("The council cut the fee from $500 to $300.", ["$500", "$300"]),  # verb of change, what it changes, 'from'
    ("Sentences ranging from 10 to 20 years were handed down.", ["from 10 to 20 years"]),  # a range
    # a change in the present or as a noun, with 'from': two levels (was one range, 'from Rs 1,600 to Rs 2,000')
    ("The pension will rise from Rs 1,600 to Rs 2,000; fees are set to increase from $5 to $8.",
     ["Rs 1,600", "Rs 2,000", "$5", "$8"]),
    ("A jump from 3% to 5% was seen; a swim will rise by 40 pence to £5.20.", ["3%", "5%", "40 pence", "£5.20"]),
    ("Prices will rise by 5 to 10%.", ["5 to 10%"]),
    ("She expects a fall of 5% to 10%; prices will rise 5% to 10%.", ["5% to 10%", "5% to 10%"]),  # a range of change
    ("It reversed three consecutive years of contraction; prices rose for five straight months.",
     ["three consecutive years", "five straight months"]),  # was 'three': the unit past a word it did not read
    ("The population grew from 1.34 billion to 1.41 billion.", ["1.34 billion", "1.41 billion"]),
    ("Resettlement fell by more than 50% to 102,800 places.", ["more than 50%", "102,800 places"]),
    ("Estimates ranging from 2,000 to 30,000 were given.", ["from 2,000 to 30,000"]),
    ("Prices increased by 5 to 10% last year.", ["5 to 10%"]),  # a range of change
    ("Cases rose by 3,000 to 15,000; it rose 200 to 1,300.", ["3,000", "15,000", "200", "1,300"]),  # and a level
    ("Unemployment rose by 50,000 to 1.5 million.", ["50,000", "1.5 million"]),
    ("Exports grew by 2 to 3 million tonnes.", ["2 to 3 million tonnes"]),
    ("The seven-member board met.", []),
    ("The drug costs £30,000 per patient per year.", ["£30,000 per patient per year"]),  # one rate
    ("Agent 007 met 000 others.", []),
    ("The party won 52 seats; she won 3 medals.", ["52 seats", "3 medals"]),  # not 52 South Korean won
    ("The S&P 500 rose 1.2% while the FTSE 100 fell.", ["1.2%"]),  # indexes' names
    ("Apollo 11 landed; Area 51 is in Nevada. Formula 1 teams spend $140 million.", ["$140 million"]),
    ("Of 300, only 12 survived. Yesterday 500 fled.", ["300", "only 12", "500"]),  # common words opening a sentence
    ("Rates were held at 5.25% for a seventh month.", ["5.25%"]),  # not a seventh of a month
    ("More than 3,000 migrants have died crossing the sea.", ["More than 3,000 migrants"]),  # not 3,000 crossings
    ("Warming reached 1.1C (± 0.1C) by 2020; about 5,000 (± 500) people fled.", ["1.1C (± 0.1C)",
                                                                                "about 5,000 (± 500) people"]),
    ("Ottawa paid a $5-million fine.", ["$5-million"]), ("The quake left 5,000 dead.", ["5,000 dead"]),
    ("Prevalence was 12% (95% CI 10–14%); a 90% confidence interval of 3-7 years.",
     ["12%", "10–14%", "3-7 years"]),
    ("Savers put 5% of pay into 401(k) plans.", ["5%"]), ("Deaths rose from 2015 to 2020.", []),
    ("The vote was 52-48 in favour; the match ended 3-3.", []),  # a vote and a score, not 52, 48 and 3
    ("Some 500 m people live there; it warmed by 1.5 degrees.", []),  # metres or million, °C or °F: none is 500
    ("Under Section 5(2), fines of up to £50,000 apply.", ["up to £50,000"]),  # not the '2' of '5(2)'
    ("He must pay a fine of 50 million won.", ["50 million won"]),  # was 'a fine of 50 million won': the sum is the
    ("Wages are below the minimum wage of Rs 400.", ["Rs 400"]),  # figure, as "fines of up to £50,000" had it
    ("A ransom of up to $2 million was paid.", ["up to $2 million"]),
    ("Teams spent a combined purse of Rs 641.5 crore.", ["Rs 641.5 crore"]),  # the noun after a filler too
    ("At least 500 people perished in the floods.", ["At least 500 people"]),  # was none: 'perished' began with
    ("More than 1.8 million pilgrims performed the Hajj.", ["More than 1.8 million pilgrims"]),  # 'per', a rate's
    ("Brokers charge 10,000 yuan ($1,400) per woman.", ["10,000 yuan ($1,400) per woman"]),  # was no candidate
    ("He carried a 9mm pistol; 155mm shells fell; 200mm of rain fell.", ["200mm"]),  # calibres name weapons
    ("A 10,000-strong force was deployed.", ["10,000-strong force"]),  # was none: 'strong' refused
    ("Police must decide within 30 days.", ["within 30 days"]),  # was '30 days', a point
    ("Central Mediterranean | 41,220 | −64% | 1,030", ["41,220", "−64%", "1,030"]),  # was '64%': the sign lost
    ("Returned to Libya: 612 people this week; 14,950 year to date.", ["612 people", "14,950"]),  # was 14,950 years
    ("Your organisation took in excess of £5 million.", ["in excess of £5 million"]),  # was '£5 million', a point
    ("Cash totalling £186,000 and 3 vehicles were seized.", ["£186,000", "3 vehicles"]),  # '3' was a date's day
    ("Roughly 85% of 2023 arrivals were women.", ["Roughly 85%"]),  # '2023 arrivals' was 2,023 of them
    ("A fire destroyed over 2,800 shelters.[13] About 12,000 people fled.[14][15]",
     ["over 2,800 shelters", "About 12,000 people"]),  # '13', '14' and '15' were candidates: citation marks
    ("He pleaded guilty under 8 U.S.C. § 1324 to moving 22 migrants from the 1400 block of Main Street. Call 101, "
     "quoting reference 42.", ["22 migrants"]),  # '8', '1400' and '101' were candidates
    ("3.1 Recruitment pathways\nOf the 126 people we interviewed, 94 had\ntravelled legally.\n\n      41\n"
     "Page 22 of 64\n— 17 —", ["126 people", "94"]),  # a PDF's section, page numbers: '3.1', '41', '64', '17'
    ("The population is 38,928,346 (July 2020 est.) by one count; some 5,000 people (est.) fled.",
     ["38,928,346 (July 2020 est.)", "some 5,000 people (est.)"]),  # was '38,928,346', an exact figure
    ("Workers earn about ¥3,000 (US$420) a month.", ["about ¥3,000 (US$420) a month"]),
    ("He is 6'2\" tall; fees reached CHF 10'000 per case.", ["CHF 10'000 per case"]),  # '2' of a height was one
    ("It is a $105 million-a-year business; terms of 3-to-5 years.", ["$105 million-a-year", "3-to-5 years"]),
    ("Built on streamlit 1.67.0, it holds 5,000 claims.", ["5,000 claims"]),  # not the '1.67' of a version
    ("Sales grew since about 2005 (Kim 2019) and circa 2010 about 2005 women fled.", ["about 2005 women"]),  # no
    # '~2,005' of a year, nor the '2,019' of a citation's closing bracket
    ("Wives cost between 3,000 yuan (439 U.S. dollars) and 10,000 yuan (1,464 dollars); pay was $500 ($400 net).",
     ["between 3,000 yuan (439 U.S. dollars) and 10,000 yuan", "$500", "$400"]),  # a conversion past the span read
    ("Brides sold for 1,000 yuan (US$146) to 5,000 yuan [$730]; 20% (5,000 people) fled.",
     ["1,000 yuan (US$146) to 5,000 yuan", "20%", "5,000 people"]),  # '$730' was a figure of its own, the
    # same sum converted; a count restating a share is one
    ("Courts handed down 10- to 15-year sentences.", ["10- to 15-year"]),  # was '15-year', a point
    ("Most got three- to five-year terms.", ["three- to five-year"]),
    ("It took two-and-a-half years.", ["two-and-a-half years"]),  # was refused at 'and'
    ("One broker said one woman in five was sold; only one case reached court.", ["only one case"]),  # not
    # 'One broker' and 'one woman' (counts of 1 person) nor the 'five' of a share
    ("Women were paid $2 a day to $5 a day.", ["$2 a day to $5 a day"]),
    ("In the most serious cases, their most trusted aides fled.", []),  # superlatives, not 50–100%
    ("Fines did not exceed 5,000 yuan; wages never rose above $3 and rarely topped $2.", []),  # no bound turned round
    ("It cannot exceed 5% and rose without exceeding 9%.", []),
    ("Fines can exceed 5,000 yuan; it was not more than $3.", ["exceed 5,000 yuan", "not more than $3"]),
    ("Over five years, at least 3,000 women were sent back.", ["five years", "at least 3,000 women"]),  # not "five
    # years, at least" (5+ years) and a bare 3,000
    ("Jobless rates are 8-10%, roughly double the average; 5,000, or so officials said, fled.", ["8-10%", "5,000"]),
    ("The court gave him 15, plus a fine.", ["15"]),  # not 15+
    ("Of the total, a third were women; a third defendant was freed.", ["a third"]),  # the share was left out too
    ("The wait, two decades, ended.", ["two decades"]),  # taken for the age of 'The wait'
    ("Rates rose by 1/2% to 5.25%; the rate is 2 1/2%; fees fell by a third of a percent.", ["5.25%", "2 1/2%"]),
    # were '2%' (the 2 of 1/2%), '2', '2%' and 'a third' (33%); '2 1/2%', a mixed number, is 2.5%
    ("It warmed 2 degrees, and 500 fled; it lasted a quarter of a century, and 300 died.", ["500", "300"]),  # a
    # figure refused whole no longer takes the figures after it with it
    ("Last year alone, about 60; sometimes a year or more. Kim, 34, fled.", ["about 60", "a year or more"]),  # were
    # none: 'year, about 60' taken for a name's age, and 'a year' without a number looked for
    ("It increased by a third to 5,000; the third to die was 12.", ["a third", "5,000", "12"]),  # 'a third' was
    # taken for an ordinal before 'to' 
    ("Pay starts at 2,500 yuan a month — 3,000 for Chinese speakers; fees are 2,500—3,000 yuan.",
     ["2,500 yuan a month", "3,000", "2,500—3,000 yuan"]),  # a dash set off by spaces is prose, not a range
    ("It took five years, at least, to heal; they paid $500, at most.", ["five years, at least", "$500, at most"]),
    ("Of 1,200 adults (n = 1,200), 30% had paid (p<0.05; OR = 2.3); Target 16.2 aims at 2030.",
     ["1,200 adults", "1,200", "30%"]),  # a test's statistic is no claim; a sample's size is a count
    ("It costs about £150 per household, or £40/month; £9/household.", ["about £150 per household", "£40/month",
                                                                        "£9/household"]),  # a rate per household
    ("It costs about £150 per bucket, or £9/bucket.", []),  # not '~£150' or '£9':
    # a rate per something the reading does not keep is no candidate
    ("Nearly a million fled; more than a hundred died. She spent more than a decade there, and some a year.",
     ["Nearly a million", "more than a hundred", "more than a decade"]),  # were no candidates: no digit
    ("Three years ago 67 came, against 34 a year earlier; they served five years before release.",
     ["67", "34", "five years"]),  # not 'Three years' or 'a year': when, not how long
    ("They trafficked 150 women over six years and moved them every two to three weeks.",
     ["150 women", "six years", "two to three weeks"]),  # not 'over six years' (6+) and 'three weeks' (a point)
    ("Prices rose up to 5,000 yuan, or a third to a half; some 5,000, perhaps more, were held.",
     ["up to 5,000 yuan", "a third to a half", "some 5,000, perhaps more"]),  # were '5,000 yuan', 'a half', '5,000'
    ("Hundreds, possibly thousands, of women and perhaps 5,000 men.", ["Hundreds, possibly thousands",
                                                                        "perhaps 5,000 men"]),
    ("Guards patrol a 1.8m fence; the wall is 4m high. Some 4.5m refugees fled, and $2m was paid.",
     ["Some 4.5m refugees", "$2m"]),  # were '1.8m' and '4m' too, read as millions: metres
    ("A shift paid 1 1/2 times the usual rate.", ["1 1/2 times"]),  # was '1/2' (50%), a piece of the mixed number
    ("The fee was Rs 50,000 (Sri Lanka), or $2 a day (Sri Lanka).", ["$2 a day"]),  # 'Rs 50,000' was INR
    ("Each family received 20 litres of water a day; the 40 kg of rice lasted a month.", ["20 litres", "40 kg"]),
    # '20 litres' read as litres a day (it read 20 litres, the rate dropped), and its 'a day' is no figure
    ("Prices rose to 1.500 euros, or 1.500 in all; output was 1.500.000 tonnes, up 2.125%.", ["2.125%"]),
    # were '1.500' (twice, read 1.5) and '.000 tonnes' (0 tonnes): Europe's '.' groups thousands
    ("Remittances to Nepal reached 1 trillion rupees, and 300 women returned.",
     ["1 trillion rupees", "300 women"]),  # in Nepalese rupees (test_a_sum_in_the_money_of_the_one_place_…)
    ("One woman, who was 15 when she was sold, paid 500 yuan.", ["500 yuan"]),  # was '15' too: an age
    ("Ji-yeon, who asked that her name be withheld, was 19 when she was sold for 18,000 yuan.", ["18,000 yuan"]),
    ("Her son, Jun-ho, now 8, stayed behind; the toll was 19 when police arrived.", ["19"]),  # was '8' too
    ("Police found 3,000 suspected victims, 40 women and girls among them.", ["3,000 suspected victims",
                                                                             "40 women and girls"]),  # were '3,000'
    # and '40': the noun phrase that says what a count counts is the figure's, with its modifiers and joined nouns
    ("One North Korean woman said she was sold twice.", []),  # a person, not a count of one
    ("Two sisters, aged 16 and 19, were rescued (see footnote 12).", ["Two sisters"]),  # were 'aged 16' and '12'
    ("The ratio of men to women was 3:1.", []),  # was '3' and '1'
    ("Finding 1: 300 women had been sold twice.", ["300 women"]),  # a colon and a space make no ratio
    ("Their median age was 23 years (IQR 19–28, SD 8.1).", ["23 years"]),  # were '19–28' and '8.1': spreads
    ("One in five women and girls had been sold; most female victims were minors.",
     ["One in five women and girls", "most female victims"]),  # were 'One in five' and none: a share's noun too
    ("In North Korea's markets rice sells for 5,000 won.", ["5,000 won"]),  # the North's won
    ("Mexico's smugglers charge $4,000; Britain paid 300 pounds each.", ["$4,000", "300 pounds"]),
    ("In Egypt, the fee is 300 pounds.", ["300 pounds"]),  # Egyptian pounds, not sterling
    ("Egypt's minimum wage is 3,500 pounds.", ["3,500 pounds"]),  # a country's own, named by its possessive
    ("North Korea's average wage is 3,000 won; Kim's family paid 5,000 yuan.", ["3,000 won", "5,000 yuan"]),
    ("Britain's fee is 300 pounds.", ["300 pounds"]),
    ("Brokers charge 20 million won to bring a person from North Korea.", ["20 million won"]),  # a country named
    # as where someone comes from is no setting of the sum
    ("Three men, aged 29, 34 and 46, were charged.", ["Three men"]),  # were '34' and '46'
    ("Call Crime Stoppers on 1800 333 000 or 1300 123 456.", []),  # was '333 000', a free number's end
    ("It confirmed 74 cases of poliovirus type 1.", ["74 cases"]),  # was '1'
    ("Shares had their biggest one-day gain; the five-year LPR and the 10-year Treasury fell 1.9%.", ["1.9%"]),
    ("Maths scores fell; credit scores rose; scores of protesters were held.", ["scores"]),  # a vague count
    ("The quake killed 2,946 people and injured more than 5,600.", ["2,946 people", "more than 5,600"]),  # was
    # '2,946 people and injured': a verb joined as more of those counted
    ("The government released Rs. 38 billion; NAB filed a Rs. 2.4 billion reference.",
     ["Rs. 38 billion", "Rs. 2.4 billion"]),  # were '38 billion' and '2.4 billion': 'Rs.' ended a sentence
    ("NEW YORK, 12 March 2025 – At least 1.4 million children are malnourished.",
     ["At least 1.4 million children"]),  # was '2025 – At least 1.4 million children', read as 2,025+
    ("Victims were as young as 12; Mi-young was 19 when she was sold. Now 34, she works nights.", []),  # ages
    ('"My son is 11," she said. He was in his 50s; she married at the age of 22.', []),  # ages, one's own
    ("The group interviewed 46 survivors, 29 of whom were under 18 when they were trafficked.",
     ["46 survivors", "29"]),  # was 'under 18' too
    ('"I was one of 60 women in a cell," recalls Song Ae-ra.', ["60 women"]),  # was 'one of 60 women', 1.7%
    ("China stayed on Tier 3 for a seventh consecutive year.", []),  # was 'a seventh consecutive year', 0.14 years
    ("Key findings\n1. At least 60 per cent were sold.\n(2) Prices ranged from 30,000 to 80,000 yuan.",
     ["At least 60 per cent", "from 30,000 to 80,000 yuan"]),  # were '1' and '2' too: a list's numbers
    ("As many as 200,000 women had crossed by the early 2000s,12 and 68.4%,14 were sold.13 Call +886 2 2345 6789.",
     ["As many as 200,000 women", "68.4%"]),  # were '12', '14', '13' (footnotes) and pieces of a phone number
    ("The House passed the grant by 172 votes to 94.", []),  # were '172 votes' and '94'
    ("The desk is reachable on 1199; dial 911.", []),  # short codes
    ("An earlier version of this story said 300 households were displaced; the correct figure is 350 households.",
     ["350 households"]),  # the figure corrected is no claim
    ("At least 1.4 million children under five are malnourished; 40 of the victims were under 18.",
     ["At least 1.4 million children", "40"]),  # were 'under five' and 'under 18': ages
    ("A 50kg bag of fertiliser sells for ₦68,000; they found a 30kg haul.", ["₦68,000", "30kg"]),  # a bag's size
    ("Enrolment among 15-16 year-old girls was 92%.", ["92%"]),  # an age
    ("While more than 8,000 remain missing, about 23,000 farmers affected were paid.",
     ["more than 8,000", "about 23,000 farmers"]),  # were '… remain missing' and '… farmers affected'
    ("Workers earn $1,000 a month plus $300 for food.", ["$1,000 a month", "$300"]),  # 'plus' adds; no $1,000+
    ("A group of 30 migrants arrived; the Group of 20 met.", ["30 migrants"]),  # a count, and a name
    ("In 2023, 372 defendants were convicted under section 25, and 318 defendants were jailed.",
     ["372 defendants", "318 defendants"]),  # a label's number ends before its comma
    ("The backlog fell by 4,000 to about 13,500.", ["4,000", "about 13,500"]),  # the change, the level reached
    ("They cut the backlog of cases awaiting a decision by 4,000 to about 13,500.", ["4,000", "about 13,500"]),
    ("They raised the fine by $500 to $2,000.", ["$500", "$2,000"]),
    ("They raised the fine by $500 to $700.", ["$500 to $700"]),  # numbers alike: a range of change
    ("27 workers had not been paid for six months or longer.10", ["27 workers", "six months or longer"]),  # a
    # footnote's number after the bound took the bound with it: 'six months', a point
    ("Police found 312 cannabis plants.", ["312 cannabis plants"]),  # was '312 cannabis', a plural's ending
    ("Police raided 12 brick kilns and froze more than 4,000 bank accounts.",
     ["12 brick kilns", "more than 4,000 bank accounts"]),  # two nouns the table lacks: a noun and its modifier
    ("The site produced gold worth more than $2 million over 18 months.", ["more than $2 million", "18 months"]),
    ("He paid $500 plus $50 costs.", ["$500", "$50"]),  # the second '$' is the 50's sign
    ("It cost 500 USD, Rs 300 more.", ["500 USD", "Rs 300"]),
    ("The toll was 5,000 plus, officials said.", ["5,000 plus"]),
])
def test_figures_side_by_side_and_nouns_after_shares(text, values):
    assert [c.value for c in extract.candidates(text)] == values


@pytest.mark.parametrize("text,value", [("They bought up to 60 armoured personnel launchers.", "up to 60"),
                                        ("A swarm holds up to 80 million adult mayflies.", "up to 80 million")])
def test_a_people_word_before_a_plural_the_table_lacks_counts_no_people(text, value):
    """Each was a count of people ('up to 60 armoured personnel'): the launchers and the mayflies are counted."""
    [c] = extract.candidates(text)
    assert (c.value, c.reading.unit) == (value, "")


@pytest.mark.parametrize("text,value", [("They bought up to 60 armoured personnel carriers.",
                                         "up to 60 armoured personnel carriers"),
                                        ("The ministry bought 60 staff cars and 30 crew boats.", "60 staff cars")])
def test_a_people_word_before_a_plural_the_table_holds_describes_it(text, value):
    """'personnel carriers', 'staff cars': a people word that is the same in the plural, right before a counted
    noun of another kind, describes it (a plural before one of another kind ends the phrase: 'migrants died
    crossing'); the carriers and the cars are counted."""
    c = extract.candidates(text)[0]
    assert (c.value, c.reading.unit) == (value, "")


@pytest.mark.parametrize("text,value", [("The money comes under a £34 million programme.", "£34 million"),
                                        ("They fought over a $5 billion deal.", "$5 billion")])
def test_a_preposition_before_a_sum_that_describes_a_thing_bounds_nothing(text, value):
    """'under a £34 million programme' was at most £34 million."""
    [c] = extract.candidates(text)
    assert (c.value, c.reading.kind) == (value, "point")


@pytest.mark.parametrize("text", ["LONDON — At least 14 tankers carrying Russian crude were idle off Malaysia.",
                                  "At least 14 tankers carried out ship-to-ship transfers off Malaysia."])
def test_a_participle_after_a_plural_ends_what_a_count_counts(text):
    """'At least 14 tankers carrying Russian' was at least 14 people, the Russians counted; '… tankers carried out
    ship-to-ship transfers' the whole clause, the transfers counted."""
    [c] = extract.candidates(text)
    assert (c.value, c.reading.low, c.reading.unit) == ("At least 14 tankers", 14, "")


@pytest.mark.parametrize("text,readings", [
    ("In Punjab, India, wheat fetched Rs 2,275 per quintal; farmers sold 85,000 quintals.",
     [("Rs 2,275 per quintal", "INR/metric_quintal"), ("85,000 quintals", "metric_quintal")]),
    ("In Ethiopia teff sold at 14,000 birr per quintal.", [("14,000 birr per quintal", "ETB/metric_quintal")]),
    ("Gasoline averaged $3.12 a gallon in the United States.", [("$3.12 a gallon", "USD/gallon")]),
    ("In Britain, petrol cost £6.50 a gallon in 2012.", [("£6.50 a gallon", "GBP/imperial_gallon")]),
    ("In the United States, the $45,000 pickup manages 24 mpg.", [("$45,000", "USD"), ("24 mpg", "mile/gallon")]),
    ("In Britain, the £21,000 hatchback returns 52 mpg.", [("£21,000", "GBP"), ("52 mpg", "mile/imperial_gallon")]),
    ("Yields reached 25 quintals per hectare.", []),  # no place: 100 kg, or Central America's 100 lb?
])
def test_a_unit_the_place_decides_is_read_in_the_place_s(text, readings):
    """Each was refused: a quintal is 100 kg where rupees, taka or birr are spent, a gallon the US one where dollars
    are and the imperial one in Britain (lexicon.UNITS_THE_PLACE_DECIDES)."""
    assert [(c.value, c.reading.unit) for c in extract.candidates(text)] == readings


@pytest.mark.parametrize("text,values", [
    ("It carries a minimum sentence of three years and up to seven years in jail.",
     ["three years", "up to seven years"]),
    ("Delegates came from over 150 countries and more than 30 organizations.",
     ["over 150 countries", "more than 30 organizations"]),
    ("Monitors recorded 58 explosions and more than 300 bursts of gunfire.",
     ["58 explosions", "more than 300 bursts"]),  # a noun the table lacks, read past as any counted noun is
    # each was one range: 40–12,000, and 0.5–5 years
    ("The tax would put more than 40 projects and as many as 12,000 jobs at risk.",
     ["more than 40 projects", "as many as 12,000 jobs"]),
    ("Nearly 20 per cent of residents are under the age of five, and more than half are children.",
     ["Nearly 20 per cent", "under the age of five", "more than half"]),  # an age bound, as a share's is kept
    # 'short of' before a hedge is what is lacking (at most 35 was read); a change with 'lengthen' (was 15–20 years);
    # 'an hour after costs' is a rate (was £8.92 and 'an hour', 1 hour)
    ("The farm is short of about 35 pickers this season.", ["about 35 pickers"]),
    ("The minimum period will lengthen from 15 years to 20 years.", ["15 years", "20 years"]),
    ("Riders earned a median of £8.92 an hour after costs in 2023.", ["£8.92 an hour"]),
    ("Courts convicted 61 traffickers, down from 74 in 2022, and imposed sentences ranging from three to 15 years.",
     ["61 traffickers", "74", "from three to 15 years"]),  # the change's 'to' was sought in the next clause
    # two sums in pence were one, 0.6031 GBP; a sum before a noun several currencies name was a count of homes; a
    # rate per a compound was per its first noun
    ("Standing charges are 60.12p and 31.41p respectively.", ["60.12p", "31.41p"]),
    ("In Colombia, she said they send 150,000 pesos home to her mother.", ["150,000 pesos"]),
    ("Flying the jet costs roughly $8,577 per flight hour.", []),
    ("Sweeps cost an estimated $1,600 per person displaced.", ["an estimated $1,600 per person"]),
])


def test_a_bound_word_that_opens_the_next_figure_is_not_the_one_before_s(text, values):
    """'three years and up' (at least 3 years) and 'seven years' (a point), 'over 150 countries and more' and nothing
    of the 30: 'and up to', 'and more than' open the next figure; two ends that count different things, or an age and
    a share, are two figures."""
    assert [c.value for c in extract.candidates(text)] == values


def test_a_preposition_ends_what_a_count_counts():
    """'43 million units after heavy monsoon rains kept shoppers' was 43 million people, the shoppers counted."""
    [c] = extract.candidates("Shipments fell to 43 million units after heavy monsoon rains kept shoppers away.")
    assert (c.value, c.reading.unit) == ("43 million units", "")


@pytest.mark.parametrize("text,values", [
    ("The season-average farm price was lowered 30 cents to $3.90 per bushel.", ["30 cents", "$3.90 per bushel"]),
    ("We count 187 tankers that went dark, up from 142 tankers.", ["187 tankers", "142 tankers"]),
    ("Receipts totalled 9,450 head, compared with 7,820 head a week earlier.", ["9,450 head", "7,820 head"]),
    ("It honoured the 300 service members who died.", ["300 service members"]),  # no bus route's number
])
def test_a_change_a_verb_of_counting_and_head_of_livestock(text, values):
    """'lowered 30 cents to $3.90 per bushel' was one range, 0.30–3.90 USD/bushel; 'We count 187' was a label's
    number, like 'count 3 of the indictment'; '9,450 head' was a bare 9,450."""
    assert [c.value for c in extract.candidates(text)] == values


def test_a_shared_sign_at_each_end_of_a_range_is_read_in_the_place_s_money():
    """'between Sh3,600 and Sh4,000' in Kenya gave 'Sh4,000' alone: only the first sign was read as the shilling."""
    text = "In Kenya a bag of maize now costs between Sh3,600 and Sh4,000."
    [c] = extract.candidates(text)
    assert (c.value, c.reading.low, c.reading.high, c.reading.unit) == ("between Sh3,600 and Sh4,000", 3600, 4000,
                                                                         "KES")


def test_a_time_after_and_is_no_rate_of_the_figure_before():
    """'3 weeks in hospital and a month at home' was 3 weeks a month."""
    [c] = extract.candidates("She spent 3 weeks in hospital and a month at home.")
    assert (c.value, c.reading.unit) == ("3 weeks", "week")


@pytest.mark.parametrize("text,value,unit", [
    ("Remittances to Nepal reached 1 trillion rupees.", "1 trillion rupees", "NPR"),
    ("In North Korea's markets rice sells for 5,000 won.", "5,000 won", "KPW"),
    ("In Egypt, rents are 300 to 500 pounds a month.", "300 to 500 pounds a month", "EGP/month"),
    ("In Karachi, the council released Rs. 38 billion.", "Rs. 38 billion", "PKR"),
    # a shared abbreviation, glued or spaced: 'Sh200,000' and 'Dh500' gave a bare '200,000' and '500'
    ("In Kenya the court fined him Sh200,000.", "Sh200,000", "KES"),
    ("In Morocco, the fine was DH 500.", "DH 500", "MAD"),
    ("In Uganda, a bribe costs Shs 50,000.", "Shs 50,000", "UGX"),
])
def test_a_sum_in_the_money_of_the_one_place_the_sentence_names(text, value, unit):
    """Each was no candidate (or, in Karachi, Indian rupees): the value keeps its words, and the range column
    the import writes says whose money it is."""
    [c] = [c for c in extract.candidates(text) if c.value == value]
    assert c.reading.unit == unit
    assert parse_range(article.reading_if_needed(c.value, c.reading)).unit == unit  # 'MAD' written as its name


@pytest.mark.parametrize("text,value,unit", [
    ("ISLAMABAD: The government released Rs. 38 billion.", "Rs. 38 billion", "PKR"),
    ("LAHORE: The court indicted him in a Rs. 2.4 billion land reference.", "Rs. 2.4 billion", "PKR"),
    ("KATHMANDU, March 3 (Reuters) - Remittances reached Rs 1 trillion.", "Rs 1 trillion", "NPR"),
    ("KARACHI, March 3 (Reuters) - India spent Rs 500 crore on it.", "Rs 500 crore", "INR"),
    ("NAIROBI, March 3 (Reuters) - The court fined him Sh200,000.", "Sh200,000", "KES"),
    ("DUBAI: The fine was Dh500 on Monday.", "Dh500", "AED"),
    # a dateline after the headline and the byline: the headline's 'Rs 1,700' was Indian rupees
    ("Estate workers to get Rs 1,700 daily wage\n\nBy Dilani Perera\n\nCOLOMBO: The Cabinet approved it.",
     "Rs 1,700 daily", "LKR/day")])
def test_a_sum_the_sentence_does_not_place_is_in_the_dateline_s_money(text, value, unit):
    """The first three were Indian rupees, then no candidate; a sentence naming the convention's own country
    ('India spent') keeps its money."""
    [c] = [c for c in extract.candidates(text) if c.value == value]
    assert c.reading.unit == unit


@pytest.mark.parametrize("text,value,unit", [
    ("In Saudi Arabia, maids earn 1,500 riyals a month.", "1,500 riyals a month", "SAR/month"),
    ("Domestic workers in Qatar are paid 1,000 riyals a month.", "1,000 riyals a month", "QAR/month"),
    ("In Senegal, the fee is 300,000 CFA francs.", "300,000 CFA francs", "XOF"),
    ("RIYADH: Maids earn 1,500 riyals a month.", "1,500 riyals a month", "SAR/month"),
    # the mark of a whole sum in the local money, after a bare number: it was a bare '3,000' and '4.6bn'
    # a letter several currencies write, in the money of the place: it was no candidate
    ("LUSAKA: Spending is estimated at K217.1 billion.", "K217.1 billion", "ZMW"),
    ("MANILA - The agency released P1.2 billion.", "P1.2 billion", "PHP"),
    ("MANILA — Rice sold at P50 to P54 per kilo.", "P50 to P54 per kilo", "PHP/kilogram"),  # was no candidate
    ("MANILA — Officers were paid between P20,000 and P1 million per kill.",  # was P20,000 alone
     "between P20,000 and P1 million per kill", "PHP/kill"),
    ("FREETOWN — The ministry disbursed Le 85 million.", "Le 85 million", "SLE"),  # 'Le' is the leone, 'LE' EGP
    ("FREETOWN — The ministry disbursed Le. 85 million.", "Le. 85 million", "SLE"),  # was no candidate
    ("DAR ES SALAAM: Sugar sold at 3,000/- per kilogramme.", "3,000/- per kilogramme", "TZS/kilogram"),
    ("DAR ES SALAAM: Turnover rose to 4.6bn/- last week.", "4.6bn/-", "TZS"),
    ("In Uganda, sugar sells at 3,000/= a kilo.", "3,000/= a kilo", "UGX/kilogram"),
    # the Nordic crowns' 'kr': it was dropped, and '2.9 million kr' read as a bare 2.9 million
    ("In Stockholm, a one-room flat was listed at 2.9 million kr.", "2.9 million kr", "SEK"),
    ("In Copenhagen, rent rose by around 900 kr. a month.", "around 900 kr. a month", "DKK/month"),
    ("OSLO — A flat costs kr 3.2 million.", "kr 3.2 million", "NOK"),
    ("RIYADH: Maids earn SR 4,000 a month.", "SR 4,000 a month", "SAR/month"),  # 'sr' was an unknown word
    # Venezuela's and Bolivia's 'Bs', with its stop: it was dropped and '4,800' read bare
    ("CARACAS — A kilo of white cheese sold for Bs. 4,800 at a market.", "Bs. 4,800", "VES"),
    ("In Bolivia, gas sold for Bs. 3.4 billion.", "Bs. 3.4 billion", "BOB")])
def test_a_sum_in_a_shared_name_is_in_the_money_of_the_one_country_named(text, value, unit):
    """Each was no candidate ('riyals' names several currencies); the import's range column says which."""
    [c] = extract.candidates(text)
    assert (c.value, c.reading.unit) == (value, unit)
    assert parse_range(article.reading_if_needed(c.value, c.reading)).unit == unit


@pytest.mark.parametrize("text", ["Sugar sold at 3,000/- per kilogramme, traders said.",
                                  "The budget was K217.1 billion, and P1.2 billion went to health.",
                                  "The ministry disbursed Le 85 million.",
                                  "Nairobi and Kampala traders sold sugar at 3,000/- a kilo.",
                                  "A one-room flat was listed at 2.9 million kr.",
                                  "A kilo of white cheese sold for Bs. 4,800 at a market.",
                                  "He earns L 11,800 a month; petrol is CUP 132 a litre."])  # was 'a month', 'a litre'
def test_the_mark_of_a_whole_sum_in_no_one_place_s_money_is_no_candidate(text):
    """Read without its mark, '3,000' would be a bare number the metric's unit is taken for."""
    assert extract.candidates(text) == []


def test_a_sum_in_a_shared_name_is_in_the_money_of_the_one_country_the_text_names():
    """The sentence names no country, nor a dateline: the one the text names elsewhere says which shillings."""
    text = "Kenya's population stood at 47.6 million. The count cost some 18.5 billion shillings, the director said."
    assert [(c.value, c.reading.unit) for c in extract.candidates(text)][-1] == ("some 18.5 billion shillings", "KES")


@pytest.mark.parametrize("text,unit", [
    ("In Necoclí, the Colombian port where most begin the journey, a boat ticket costs 130,000 pesos.", "COP"),
    ("Children earn 1,500 Congolese francs a day. Her family owed a trader 200,000 francs.", "CDF"),
    ("Mexican migrants in Colombia paid 100,000 pesos.", "COP"),  # the place where it is paid comes first
])
def test_a_sum_in_a_shared_name_is_in_the_money_whose_own_name_the_text_uses(text, unit):
    """'the Colombian port', 'Congolese francs': the adjective of the one money of that name."""
    assert extract.candidates(text)[-1].reading.unit == unit


@pytest.mark.parametrize("text", ["Workers in Qatar and Saudi Arabia earn 1,000 riyals.", "Maids earn 1,500 riyals.",
                                  "Qatar pays well. Saudi Arabia pays more. Maids earn 1,500 riyals.",
                                  "A French charity said families paid 200 francs."])  # no French francs since 2002
def test_a_sum_in_a_shared_name_of_no_one_country_is_no_candidate(text):
    assert extract.candidates(text) == []


TRANSCRIPT = """ANCHOR (Mark Delaney): Our correspondent Sophie Adeyemi reports from Ouarzam, in Niger.

SOPHIE ADEYEMI: A seat in a pickup now costs 450,000 CFA francs, says Moussa Ag Ali, a driver. Last year, he says, it
was closer to 250,000 francs. Pickups leave with 25 or 30 people on each.
ANCHOR: How many are making the journey?
ADEYEMI: I spoke to Dr Youssef Kane, who runs the clinic.
DR KANE: This month alone we treated 63 people.
ADEYEMI: The Ouarzam prefecture says at least 140 bodies have been recovered.
ANCHOR: According to the labour inspectorate, it carried out 1,150 visits.
ADEYEMI: It found abuses at fewer than 90 farms, according to its own annual report.
"""


def test_a_transcript_s_labels_and_whom_a_line_relays():
    """'SOPHIE ADEYEMI:' and 'DR KANE:', each opening one line, were no labels (the first line's figures were the
    ANCHOR's); a body or person a line relays ('says Moussa Ag Ali', 'he says', 'The Ouarzam prefecture says') was
    the label's; 'its own' after 'PRESENTER:' stood for the label, as a body."""
    found = {c.value: (c.claimant, c.attributed_to) for c in extract.candidates(TRANSCRIPT)}
    assert found == {
        "450,000 CFA francs": ("Moussa Ag Ali", ""), "closer to 250,000 francs": ("Moussa Ag Ali", ""),
        "25 or 30 people": ("Sophie Adeyemi", ""), "63 people": ("Youssef Kane", ""),
        "at least 140 bodies": ("Ouarzam prefecture", ""), "1,150 visits": ("ANCHOR", "labour inspectorate"),
        "fewer than 90 farms": ("Sophie Adeyemi", "labour inspectorate")}


@pytest.mark.parametrize("text,value,claimant,attributed", [
    ("The Federal Anti-Trafficking Commission (FATC) said 214 women were rescued.", "214 women",
     "Federal Anti-Trafficking Commission", ""),  # its acronym was kept in brackets
    ("Remittances fell 18%, according to the Eurasian Remittance Monitor, a Bishkek-based research group. Workers earn "
     "75,000 roubles, the group said. The Monitor said it had documented 41 such cases.", "41 such cases",
     "Eurasian Remittance Monitor", ""),  # 'Monitor': no body word, but the text says it is a group
    ("Remittances fell 18%, according to the Eurasian Remittance Monitor, a Bishkek-based research group. Workers earn "
     "75,000 roubles, the group said.", "75,000 roubles", "Eurasian Remittance Monitor", ""),  # was 'the group'
    ("MINISTRY OF FOREIGN EMPLOYMENT AND SKILLS\nMedia Release\n\nRemittances reached US$ 3.1 billion, the Ministry "
     "said.", "US$ 3.1 billion", "Ministry of Foreign Employment and Skills", ""),  # a press release's heading
    ("The Minister, Hon. Nalin Wickramaratne, said 38% were women. The Bureau received 4,216 complaints, the Minister "
     "said.", "4,216 complaints", "Nalin Wickramaratne", ""),  # was 'Minister'
    ("'Workers paid up to 550,000 taka,' said Alliance coordinator Siti Rahmah Yusof.", "up to 550,000 taka",
     "Siti Rahmah Yusof", ""),  # single quotation marks, a role after a body's name
    ("His story is common, said Hannah Cartwright of the Safe Crossings Trust, a charity. Cartwright said 3,000 were "
     "referred.", "3,000", "Hannah Cartwright", ""),
    ("Pollwise Research, a polling firm based in Leeds, said 45 percent of voters backed the plan. It said 12 percent "
     "were undecided.", "12 percent", "Pollwise Research", ""),  # was '': 'a firm' (bodies.BODY_KINDS) made no body
    ("Additional Director General of Police (Crime) Anil Kumar Meena said 300 officers were hired.", "300 officers",
     "Anil Kumar Meena", ""),  # was 'General': 'Director General' is one role
    ("Cases rose to 45,210, according to the annual report of the State Crime Records Bureau (SCRB).", "45,210", "",
     "State Crime Records Bureau"),  # was 'annual report of the …': the body, not what it published
    ("According to a study of the Gulf States, 40% of workers were unpaid.", "40%", "", "study of the Gulf States"),
    ("In Bura, boda boda rider Hassan Dube, 29, said boat operators were charging up to KSh 500.", "up to KSh 500",
     "Hassan Dube", ""),  # was 'Bura': a role in lower case before the name, then an age
    ("District Health Officer Dr. Sunanda Meshram said 4,350 sessions were planned.", "4,350 sessions",
     "Sunanda Meshram", ""),  # was 'Dr. Sunanda Meshram': an honorific after the role
    ("At least 46 people died, the Kenya Red Cross Society said. The society said 112 schools were submerged.",
     "112 schools", "Kenya Red Cross Society", ""),  # was 'The society'
    ("German engineering group Voss-Hallbach AG said it would cut 3,400 jobs. The company said it expected charges "
     "of €450 million.", "€450 million", "Voss-Hallbach AG", ""),  # was 'The company'
    ("Veterans made up 9% of them. The median age of those counted outdoors was 47.", "47", "", ""),  # was 'The
    # median age of those': 'counted' after 'those' describes them
    ("Dalupiri, Sta. Lucia and Calbayan reported eight, six and four deaths respectively.", "six", "Sta. Lucia",
     "Sta. Lucia"),  # 'six' was taken for an age after 'eight,', and 'Sta.' for a sentence's end
    ("German engineering group Voss-Hallbach AG said it would cut 3,400 jobs.", "3,400 jobs", "Voss-Hallbach AG",
     ""),  # was 'German engineering group Voss-Hallbach AG'
    ("Power cuts of up to 12 hours a day will go on, the state-owned Volta Grid Company said.", "up to 12 hours a day",
     "Volta Grid Company", ""),
    ("The Sector Commander of OSTMA, Mr Adewale Bankole, disclosed this. He said 1,184 crashes were recorded.",
     "1,184 crashes", "Adewale Bankole", ""),  # was 'Mr Adewale Bankole'
    ("'Paddocks are bare,' said delegate Mrs Lorraine McPhee. Mrs McPhee said urea cost A$1,150 a tonne.",
     "A$1,150 a tonne", "Lorraine McPhee", ""),  # was 'Mrs McPhee': 'McPhee' was no name's word, nor 'A' the sign's
    ("Network coordinator the Reverend Alison Thorne said volunteers came. Thorne said they collected 212 tonnes.",
     "212 tonnes", "Alison Thorne", ""),  # was 'Thorne': 'the Reverend' was taken for a body's article
    ("Volunteers counted 1,146 people, the Calder County Continuum of Care said.", "1,146 people",
     "Calder County Continuum of Care", ""),  # was 'Calder County Continuum', as 'Suyeon Yoo of the …' is a person
    ("Councillor Priya Ashworth-Lyle, Cabinet Member for Homes, said 60 homes would be ready.", "60 homes",
     "Priya Ashworth-Lyle", ""),  # was 'Cabinet Member for Homes'
    ("Minister for Housing Ciarán Doyle, speaking in the Dáil, said it had committed €6.5 billion.", "€6.5 billion",
     "Ciarán Doyle", ""),  # was no one: the office before the name was taken for an aside after one
    # each was no one: 'told investigators he' took 'he was paid' for a passive; 'WHO' for the word 'who'; a name
    # after 'said' with its office after 'of'; the subject of a clause before ', and said'
    ("Zaw Min told investigators he was paid $40,000 for the voyage.", "$40,000", "Zaw Min", ""),
    ("WHO said the plan requires US$34.5 million.", "US$34.5 million", "WHO", ""),
    ("Families paid $3,000 a head, said Colonel Vu Duc Thang of the ministry's anti-trafficking department.",
     "$3,000 a head", "Vu Duc Thang", ""),
    ("The Metropolitan Police had imposed conditions on the march, and said 14 people were arrested.", "14 people",
     "Metropolitan Police", ""),
    # each was no one: the name a 'who said' clause describes; an 'according to' longer than 80 characters
    ("Among those brought ashore was Yonas Tesfay, 19, from Eritrea, who said he had paid £1,500 for a place.",
     "£1,500", "Yonas Tesfay", ""),
    ("Nigeria has nearly 29 per cent of such deaths, according to the third edition of the State of Safe Motherhood "
     "report released on Friday by the Centre for Safe Motherhood Nigeria.", "nearly 29 per cent", "",
     "Centre for Safe Motherhood Nigeria"),
    ("Floods caused damage estimated at KSh 48.6 billion.", "KSh 48.6 billion", "", ""),  # was 'Floods caused damage'
    ("Gold worth at least $2.3 billion left, according to a report by the Sudanese Mineral Resources Company (SMRC) "
     "seen by Reuters.", "at least $2.3 billion", "", "Sudanese Mineral Resources Company"),
    ("Shipments rose to 302.4 million units, according to preliminary data released on 14 October 2024 by market "
     "tracker Horizon Device Research.", "302.4 million units", "", "Horizon Device Research"),  # 'preliminary data'
    ("The Federal Criminal Police Office recorded 364 investigations in 2023, according to its national situation "
     "report on trafficking published on 22 October.", "364 investigations", "", "Federal Criminal Police Office"),
    ("It sold all 420 units, the developer said.", "420 units", "the developer", ""),
    # each was no one: a name with an ordinal in its office; an 'according to' of more than 140 characters
    ("Alderman Ray Dombrowski of the 11th Ward said the rule would push at least 3,000 people out.",
     "at least 3,000 people", "Ray Dombrowski", ""),
    ("Child labour rose to 160 million, according to new estimates released on 10 June 2021 by the International "
     "Labour Organization and UNICEF ahead of the World Day Against Child Labour on 12 June.", "160 million", "",
     "International Labour Organization and UNICEF"),
    ("Russia launched 120 missiles, the Ukrainian Air Force said. Air defences shot down 104 missiles, it said.",
     "104 missiles", "Ukrainian Air Force", ""),  # 'it' was no one: a force was no body it could stand for
    # a body named again by its kind, unresolved: it was no one
    ("The remaining 22 seafarers were rescued, the coastguard said.", "22 seafarers", "the coastguard", ""),
    ("The FIA fined the team $7m, the governing body said on 10 October 2024.", "$7m", "the governing body", ""),
    # the subject of a clause opened by 'where' or 'which': it was no one
    ("Protests went on in Gazipur, where police said at least 2 workers died.", "at least 2 workers", "police", ""),
    ("They await deportation, which officials said could take up to three weeks.", "up to three weeks",
     "officials", ""),
    # a firm, a consultancy or a utility named again by its kind: it was no one
    ("Rents rose, according to the consultancy Harbourline Realty. A flat rents for AED 165,000 a year, the firm said.",
     "AED 165,000 a year", "Harbourline Realty", ""),
    ("Eskom Holdings cut power. Breakdowns took 17,420 megawatts offline, the state utility said.", "17,420 megawatts",
     "Eskom Holdings", ""),
    ("Sri K. Venkat Reddy, IPS, DCP Cyber Crime, said the gang was behind at least 120 cases, with total losses "
     "estimated at over Rs 9 crore.", "at least 120 cases", "K. Venkat Reddy", ""),  # was 'Cyber Crime', from
    # 'with total losses'
    ("The increases were in North Darfur (+74,500 IDPs), following clashes reported on 9 February.", "+74,500 IDPs",
     "", ""),  # was from 'following clashes'
    ("Halvorsen Systems Inc. (NASDAQ: HLVS) today reported revenue of $1.84 billion.", "$1.84 billion",
     "Halvorsen Systems Inc", ""),  # was 'HLVS)': a ticker's colon split the subject
    ("Deaths rose by 38% this year, according to a new report by Safe Passage Watch published ahead of World Refugee "
     "Day.", "38%", "", "Safe Passage Watch"),  # was 'Safe Passage Watch published ahead of World Refugee Day'
    ("Turnout was 51.5 percent, according to unofficial results posted by the Hale County Board of Elections.",
     "51.5 percent", "", "Hale County Board of Elections"),
    ("Fourth Quarter Outlook: Revenue between $1.90 billion and $1.95 billion.", "between $1.90 billion and $1.95 "
     "billion", "", ""),  # a heading, no speaker
    ("Maria Lopez runs a shelter. When Ko Aung Min arrived, he said he had paid 600,000 baht.", "600,000 baht",
     "Ko Aung Min", ""),  # was Maria Lopez, the last speaker before: 'he' is the one the sentence names
    ("Companies found in breach face fines of up to QR 10,000 per worker.", "up to QR 10,000 per worker", "", ""),
    ('Jo Mackie spoke. "On Thursday night we had 14 ambulances stuck," she said.', "14 ambulances", "Jo Mackie", ""),
    ("Acting Sukabumi Regent Rina Fitriani said Rp 312 billion was needed.", "Rp 312 billion", "Rina Fitriani", ""),
    # a time, a place or a body before the speaker is no person before an office, nor a place after small letters
    ("Last Tuesday, UNHCR said 300 people fled.", "300 people", "UNHCR", ""),
    ("In South Sudan, WFP said 300 people fled.", "300 people", "WFP", ""),
    ("Farmers, residents of Kabul Province said 300 fled.", "300", "residents of Kabul Province", ""),
    ("Supervisor of Elections Ana Mataiciwa said 12,000 voters moved.", "12,000 voters", "Ana Mataiciwa", ""),
    ("Health care added 68,000 jobs in March.", "68,000 jobs", "", ""),  # was 'Health care': 'added' before a figure
    # is no speech
    # was 'Companies': 'found in breach' describes them
    ("BNPB head of data, information and communication Abdul Muhari said 4,317 residents had fled.", "4,317 residents",
     "Abdul Muhari", ""),  # was 'information and communication Abdul Muhari'
    ("The Ministry of Environment, Urbanisation and Climate Change said 201,580 new homes were built.",
     "201,580 new homes", "Ministry of Environment, Urbanisation and Climate Change", ""),  # was its last two fields
    # ', as' parts two clauses, each with its source; 'forecast … at' is a source's verb, as 'puts … at' is
    ("The ministry forecast output at 26.3 million tonnes, as growers reported yields of about 5.5 tonnes per "
     "hectare.", "26.3 million tonnes", "", "The ministry"),  # was the growers'
    ("The ministry forecast output at 26.3 million tonnes, as growers reported yields of about 5.5 tonnes per "
     "hectare.", "about 5.5 tonnes per hectare", "", "growers"),
    ("Project director Engineer Shahid Mehmood Awan said 1,450 workers were on site.", "1,450 workers",
     "Shahid Mehmood Awan", ""),
    ("It told the Information Rights Commission (IRC). An IRC spokesperson said it had received 1,260 reports.",
     "1,260 reports", "Information Rights Commission", ""),  # was 'IRC spokesperson'
    ("More than 310,000 people fled, the Provincial Disaster Management Authority (PDMA) said. The PDMA said 64 people "
     "had died, including 22 children, while 14,500 houses were damaged.", "22 children",
     "Provincial Disaster Management Authority", ""),  # was 'PDMA': a clause's own speaker, its acronym unresolved
    ("Councillor Tom Ashdown, Leader of Riverside District Council, said: 'More than 200 volunteers turned out.'",
     "More than 200 volunteers", "Tom Ashdown", ""),
    ("Caption: Rescued migrants disembark where a centre built for 400 people held 1,900.", "400 people", "", ""),
    ("Police arrested 212 traffickers, Europol said. Germany, Romania and Spain reported 61, 48 and 37 arrests "
     "respectively, the agency said.", "48", "Europol", "Romania"),  # was 'Romania': the agency speaks, from each
    ("Magistrate Judge Linda Okafor ordered them held. Each faces up to 20 years in prison, the judge noted.",
     "up to 20 years", "Linda Okafor", ""),  # was 'the judge'
    ("The Volta Children's Trust, a charity that runs a shelter in Kete Krachi, estimates that about 20,000 children "
     "work on the lake.", "about 20,000 children", "Volta Children's Trust", "Volta Children's Trust"),  # was
    # 'runs a shelter in Kete Krachi', the words after a relative 'that'
    ("Igbinovia said his agency had registered more than 6,000 returnees.", "more than 6,000 returnees", "Igbinovia",
     ""),  # was attributed to 'his agency'
    ("Labour inspector André Moreira Lima said 41 workers were freed. Moreira Lima said the farm owed 12.4 million "
     "reais.", "12.4 million reais", "André Moreira Lima", ""),  # a surname of two words
    ("Figures from the Home Office show 17,004 potential victims were referred.", "17,004 potential victims", "",
     "Home Office"),  # was 'Figures from the Home Office'
    ("It gave advice in 802 cases, according to statistics published by the Home Office. Of those, 26 per cent "
     "involved minors, the statistics showed.", "26 per cent", "", "Home Office"),  # was 'the statistics'
])
def test_bodies_and_people_named_again(text, value, claimant, attributed):
    [c] = [c for c in extract.candidates(text) if c.value == value]
    assert (c.claimant, c.attributed_to) == (claimant, attributed)


@pytest.mark.parametrize("text,value,claimant,attributed", [
    ("18:05 — The Canary Islands government says 1,146 people have arrived.", "1,146 people",
     "Canary Islands government", ""),  # was '': the entry's time taken into the subject
    ('17:22 — Rescue service spokeswoman Carmen Ayala: "We have recovered 9 bodies. 46 survivors are in hospital."',
     "46 survivors", "Carmen Ayala", ""),  # a quotation after a colon, its second sentence
    ("The Federal Fraud Investigation Bureau (FFIB) opened an inquiry. FFIB said it received 1,156 petitions.",
     "1,156 petitions", "Federal Fraud Investigation Bureau", ""),  # an acronym defined before
    ("SP Chinedu Okafor said 19 pregnant girls were freed.", "19 pregnant girls", "Chinedu Okafor", ""),
    ("The state Ministry of Women Affairs said 63 rescues were made.", "63 rescues", "Ministry of Women Affairs", ""),
    ("Deputy commissioner of police (North) Sanjay Meena said 8 persons were held.", "8 persons", "Sanjay Meena", ""),
    ("LABOUR STANDARDS AUTHORITY | Annual Report 2023–24 | 33\nThe Authority said it received 2,604 reports.",
     "2,604 reports", "Labour Standards Authority", ""),  # a running header names the body 'the Authority' is
    ("Budi Santoso, 31, from Tegal, Central Java, said his agent deducted US$50 a month.", "US$50 a month",
     "Budi Santoso", ""),  # was 'Central Java': a region of two words goes on the place aside
    ("A boat carrying 184 people arrived after 9 days at sea from Mauritania, Salvamento Marítimo said.",
     "184 people", "Salvamento Marítimo", ""),  # but a body after a clause ending in a place is the subject
    ("Dale Hutchins lost. Hutchins, 61, has not conceded; at a news conference at 1400 Main Street he said he "
     "would wait for about 3,900 ballots.", "about 3,900 ballots", "Dale Hutchins", ""),  # was 'Main Street'
    ("The Forum Fisheries Agency, at PO Box 629, Honiara, said its aircraft detected 23 vessels.", "23 vessels",
     "Forum Fisheries Agency", ""),  # was 'Honiara': a town goes on an address aside
    ("Airlines will add seats, according to aviation data firm SkyGrid. Capacity stands at 104% of 2019 levels, the "
     "firm said.", "104%", "SkyGrid", ""),  # was 'Airlines': a body named after its kind with no article before
    ("At Northgate Plc, which ranked 312th, the board has 11 directors. The company said 40 per cent were women.",
     "40 per cent", "Northgate Plc", ""),  # was 'The company': a 'Plc' is a company ('At' opens no name)
    ("Data from Greenline Analytics show it. About $95 billion was spent, the firm said.", "About $95 billion",
     "Greenline Analytics", ""),  # was 'the firm'
    ("Crews evacuated 86 workers on Sunday, operator Halvard Energy said. Two workers were missing, the company "
     "said.", "Two workers", "Halvard Energy", ""),  # was 'the company': a body named after its kind, an operator
    ("The line will cut the journey to 1 hour 55 minutes, the national rail operator FerroNova said on Tuesday.",
     "1 hour 55 minutes", "FerroNova", ""),  # was 'the national rail operator FerroNova'
    ("Children earn US$2 a day, according to a report released by the Lubumbashi-based rights group Observatoire des "
     "Mines du Katanga (OMK). The report says 23 sites had no equipment.", "23 sites",
     "Observatoire des Mines du Katanga", ""),  # was 'Lubumbashi-based', the report's author
    ("Walter Chumpitaz, 45, of Chimbote said his boat landed 300 tonnes of anchovy.", "300 tonnes",
     "Walter Chumpitaz", ""),  # was 'of Chimbote'
    ("Headteacher Mark Ellison, of Oakfield Academy at 40 Brook Street, Leeds, said it spent £64,000 on staff.",
     "£64,000", "Mark Ellison", ""),  # was 'Leeds': an aside ending in an address
    ("A parent, Lucy Grant, 36, of 18 Elm Terrace, Ashbury, said she spent £20 a week.", "£20 a week", "Lucy Grant",
     ""),  # was 'Ashbury'
    ("He paid 3.5 lakh rupees, borrowed from a moneylender at 5 per cent a month, Ravi said.", "5 per cent a month",
     "Ravi", ""),  # no address: 'at 5 per cent'
    ("Refiners took 1.6 million barrels per day, according to Seabright head of freight research Tomasz Wieczorek.",
     "1.6 million barrels per day", "", "Tomasz Wieczorek"),  # the source's role cut, as a speaker's is
    ("Rates rose to $5.5 million, according to shipbroker Halvorsen & Finch.", "$5.5 million", "",
     "Halvorsen & Finch"),
    ("Rates rose to $5.5 million, according to analyst Jane Doe.", "$5.5 million", "", "Jane Doe"),
    ("Exports rose to 3,900 vessels, according to the office of Deputy Minister Oleh Marchuk.", "3,900 vessels", "",
     "office of Deputy Minister Oleh Marchuk"),  # a body's own
    ("Some 300 people died, said the director of the Ministry of Health.", "Some 300 people", "Ministry of Health",
     ""),  # was 'of the Ministry of Health'
    ("It forecast 16.7 billion bushels, citing favourable weather across the Midwest.", "16.7 billion bushels", "",
     ""),  # was 'favourable weather across the Midwest': a reason cited, no source
    ("It was valued at nearly $600 million, co-founder and chief executive Ananya Krishnan, 31, said on Thursday.",
     "nearly $600 million", "Ananya Krishnan", ""),  # was 'Thursday'
    ("Joint Budget Committee chair Rep. Dana Whitfield, D-Aurora, said the plan trims spending by 3.5%.", "3.5%",
     "Dana Whitfield", ""),  # was 'D-Aurora': a legislator's party and home
    ("The No campaign, led by former judge Viktor Lanz, said it would challenge 23 polling stations.",
     "23 polling stations", "No campaign", ""),  # an aside that names someone else
    ('"We saw 300 bodies," said Kim on Monday.', "300 bodies", "Kim", ""),
    ("Crime rose by 6%, according to figures published by the Office for National Statistics on Thursday 25 July.",
     "6%", "", "Office for National Statistics"),  # was '… on Thursday 25 July'
    ("Economist Aya Morimoto, 36, of Sakura Research Institute said she expects 0.5%.", "0.5%", "Aya Morimoto", ""),
    # was 'of Sakura Research Institute', where she works
    ("It costs an estimated $1,600 per person, according to the Budget and Legislative Analyst (File No. 230456).",
     "an estimated $1,600 per person", "", "Budget and Legislative Analyst"),  # was '… (File No'
    ("Chloe Adams, 31, a care worker from Unit 5, Riverside Court, Newport, said she owed £9,000.", "£9,000",
     "Chloe Adams", ""),  # was 'Newport': an address in parts
    ("It cut the rate by 25 basis points, with effect from 1 August 2025, Governor Thandiwe Nkosi announced.",
     "25 basis points", "Thandiwe Nkosi", ""),  # a date is no address
    ("Pensioner Margaret Doyle, 76, said she was paying £140 a month.", "£140 a month", "Margaret Doyle", ""),
    ("Kim Jae-ho runs the network. A passage to South Korea can cost up to 40 million won, he said.",
     "up to 40 million won", "Kim Jae-ho", ""),  # was 'South Korea': a country's name is no one 'he' refers to
    ("Choi Yeong-ok was detained. She was held with about 60 North Korean women, she said.",
     "about 60 North Korean women", "Choi Yeong-ok", ""),  # was 'North Korean'
    ("Rahmat Siregar heads surveillance. Under Law No. 45/2009, captains face up to six years in prison, he said.",
     "up to six years", "Rahmat Siregar", ""),  # was 'Law No', a law's name taken for a person
    ("In Nairobi's Kibera, mother of three Grace Achieng, 29, said she spends about Sh1,200 a week on food.",
     "about Sh1,200 a week", "Grace Achieng", ""),  # was "Nairobi's Kibera", and 'three' a candidate
    ("The campaign raised $14.2 million, according to filings with the Federal Election Commission.",
     "$14.2 million", "", "filings with the Federal Election Commission"),  # was 'filings with'
    ("The emirate's 2040 Urban Master Plan envisages 5.8 million people by 2040 and says 55 per cent will live near a "
     "metro.", "55 per cent", "The emirate's 2040 Urban Master Plan", ""),  # was 'The'
    ("The emirate's plan envisages growth and says 55 per cent will live near a metro.", "55 per cent", "", ""),
    ("Student Priya Nair, 20, said fares rose 5%.", "5%", "Priya Nair", ""),  # each was named with what she is
    ("Hackers exposed more than 12 million records of ShopNest, the company disclosed on Friday.",
     "more than 12 million records", "the company", ""),  # 'disclosed' was no verb of a source
    ("Hackers exposed 12 million records of ShopNest, the company disclosed on 9 August, in one of the largest "
     "breaches reported in Britain.", "12 million records", "the company", ""),  # was 'the company disclosed on
    # 9 August': the subject of 'reported', a participle
    ("Prices rose 5%, Egypt's General Authority for Statistics said.", "5%",
     "Egypt's General Authority for Statistics", ""),  # was 'Egypt': 'Statistics' taken for its document
    ("Some 25,000 children work in mines, according to a report by the Congolese rights group Action pour la "
     "Dignité Minière. Children earned between $1 and $2 a day, the report found.", "between $1 and $2 a day",
     "Action pour la Dignité Minière", "Action pour la Dignité Minière"),  # was 'Congolese', the group's adjective
    ("Some 25,000 children work in mines, according to the rights group Action pour la Dignité Minière. "
     "Researchers interviewed 318 people, the group said.", "318 people", "Action pour la Dignité Minière", ""),
    # was 'Action': 'pour' ended the name
    ("A record 85.1 million tourists came, the National Tourism Observatory said. Visitors spent €108.7 billion, "
     "according to the observatory's annual bulletin (page 12).", "€108.7 billion", "",
     "National Tourism Observatory"),  # was "observatory's annual bulletin (page 12)"
    ("Some 280 aid workers were killed, the Aid Worker Security Observatory said. A further 186 were wounded and 125 "
     "kidnapped, figures in Annex 2 show.", "125", "", "Aid Worker Security Observatory"),  # was 'figures in Annex 2'
    ("Shares of Sunrise Vista Group plunged 14%. The developer has 160,000 homes to deliver, according to its interim "
     "report.", "160,000 homes", "", "Sunrise Vista Group"),  # was 'Shares of Sunrise Vista Group'
])
def test_speakers_in_live_blogs_regional_press_and_reports(text, value, claimant, attributed):
    [c] = [c for c in extract.candidates(text) if c.value == value]
    assert (c.claimant, c.attributed_to) == (claimant, attributed)


@pytest.mark.parametrize("text,value,claimant", [
    ("'One worker was owed 27 million won,' said Kim Hye-jin, the centre's director. 'An employer who fails to pay "
     "faces up to 3 years in prison.'", "up to 3 years", "Kim Hye-jin"),  # a quotation in single marks runs on
    ("The director, Senior Commissioner Hendra Wijaya, said 3 were held. 'At least 400 people were sent,' Hendra "
     "told a press conference.", "At least 400 people", "Hendra Wijaya"),  # was 'Hendra': a rank before the name
    ("The workers' union said 40 left. 'We don't know,' he added.", "40", "The workers' union"),  # apostrophes
    ("The so-called 'Big Four' firms paid 300 workers, officials said.", "300 workers", "officials"),  # a scare
    # quote, never closed as a quotation is, left the rest of the paragraph quoted
])
def test_single_quotation_marks_and_names_in_full(text, value, claimant):
    [c] = [c for c in extract.candidates(text) if c.value == value]
    assert c.claimant == claimant




def test_a_running_header_is_no_speaker():
    """'BEYOND THE SCREEN: Forced Criminality …' at the head of each page was a transcript's label for every figure."""
    text = ("BEYOND THE SCREEN: Forced Criminality in Scam Centres          22\n\nWe interviewed 203 survivors.\n\n"
            "BEYOND THE SCREEN: Forced Criminality in Scam Centres          23\n\nAlmost 90% owed a debt.\n")
    assert [(c.value, c.claimant) for c in extract.candidates(text)] == [("203 survivors", ""), ("Almost 90%", "")]


def test_a_role_s_holder_named_with_initials_is_who_he_and_the_role_refer_to():
    """'Finance Minister K.N.' ended a sentence, so 'he said' was the assembly named next and 'the Minister' no one."""
    text = ("Finance Minister K.N. Raghunathan presented the budget in the Kerala Legislative Assembly.\n\n"
            "The outlay is Rs 1.94 lakh crore, he said. The Minister announced Rs 3,200 crore for roads.")
    assert [c.claimant for c in extract.candidates(text)] == ["K.N. Raghunathan", "K.N. Raghunathan"]


def test_a_body_after_an_ordinal_is_no_one_he_stands_for_and_a_reason_cited_is_no_source():
    text = ("Finance Minister K.N. Raghunathan presented the budget, the fourth of the 15th Kerala Legislative "
            "Assembly.\n\nThe outlay is Rs 1.94 lakh crore, he said. Margins narrowed to 11.2%, finance chief Katrin "
            "Vogel told analysts, citing higher wage costs and a weaker yen. The toll is 500, a lawmaker said, citing "
            "intelligence estimates.")
    assert [(c.claimant, c.attributed_to) for c in extract.candidates(text)] == [
        ("K.N. Raghunathan", ""), ("Katrin Vogel", ""), ("a lawmaker", "intelligence estimates")]


def test_a_table_s_rows_in_a_text_that_sets_off_thousands_with_commas():
    """'876 590' of a row was read as 876,590; 'Kanchanpur 876' as a name with a number, as 'Windows 10' is; the
    running header's page number and the table title's year read on into the next line or column as counts."""
    text = ("14   Himalayan Child Rights Forum | Monitoring Report 2023\n\n"
            "Table 4: Child labour cases by district, Sudurpashchim Province, 2023\n"
            "District Cases identified Children rescued Share girls\n"
            "Kailali 1,284 962 41%\nKanchanpur 876 590 38%\n\n"
            "Hearthlight Relief is a registered charity (1176543); see case number SA.112345 and regulation 32.\n"
            "Dial-in: access code 771 204.")
    assert [c.value for c in extract.candidates(text)] == ["1,284", "962", "41%", "876", "590", "38%"]


def test_a_role_with_its_office_or_a_hyphen_and_a_headline_s_kicker_name_no_speaker():
    text = ("Revealed: firm paid £27.4m to its parent\n\n"
            "Minister of Water and Sanitation Pule Maseko said R650 million was set aside. Executive Vice-President "
            "Margit Lindqvist said it would create around 4,500 jobs. Statistician Dr Helen Brady said employment fell "
            "by 9,400.")
    assert [c.claimant for c in extract.candidates(text)] == ["", "Pule Maseko", "Margit Lindqvist", "Helen Brady"]


def test_a_role_before_an_office_s_words_and_the_holder_s_name_is_who_the_role_refers_to():
    """'Provincial Minister' was taken as a name, so 'the minister' was no one; 'Mr Abro' was 'Development Nasir
    Hussain Abro', the office's last word taken into the name."""
    text = ("KARACHI: The government released Rs38 billion, Provincial Minister for Planning and Development Nasir "
            "Hussain Abro told the Assembly.\n\nThe minister said 712,000 houses were rebuilt. Another Rs1,250 crore "
            "would be released, Mr Abro said.")
    assert [c.claimant for c in extract.candidates(text)][1:] == ["Nasir Hussain Abro", "Nasir Hussain Abro"]


def test_a_newspaper_told_and_a_phrase_of_when_are_no_speakers():
    text = ("Complainant Shobha Naik (63) told TOI she had lost Rs 8.5 lakh.\n\nMs Priya Venn: Under the pilot "
            "announced in January, 23 parish councils have identified sites, and we will consult.\n\n"
            "Under Secretary-General Martin Griffiths said 300 people died.")
    assert [c.claimant for c in extract.candidates(text)] == ["Shobha Naik", "Priya Venn", "Martin Griffiths"]


def test_a_ghanaian_madam_and_a_malaysian_seri_are_titles_not_names():
    text = ("Madam Fuseina Alhassan said 1,240 caterers were owed. Datuk Seri Ahmad Zulkifli Hamid said 1,860 "
            "personnel were deployed. Sri Lanka Police said 12 people died.")
    assert [c.claimant for c in extract.candidates(text)] == [
        "Fuseina Alhassan", "Ahmad Zulkifli Hamid", "Sri Lanka Police"]


def test_a_role_named_as_the_speaker_is_the_one_he_or_she_refers_to():
    text = ("The agency needs $1.2 billion, its regional director told reporters. Rations will be cut by half, "
            "she said.")
    assert [c.claimant for c in extract.candidates(text)] == ["its regional director", "its regional director"]


def test_a_quotation_s_speaker_named_next_by_title_and_surname_is_the_full_name_named_before():
    text = ('The minister, Hon. Kwabena Asante-Darko, opened the park. "We will reach 25% by 2030." Hon. Asante-Darko '
            'added that the grid lost 23.5% of its power.')
    assert [c.claimant for c in extract.candidates(text)] == ["Kwabena Asante-Darko"] * 2  # was 'Hon. Asante-Darko'


def test_a_parliament_s_label_on_a_line_of_its_own_names_the_speaker_of_the_answer():
    text = ("Mr Daniel Okafor-Reid (Minister for Border Security and Asylum):\nAs of 30 June, 86,420 claims were "
            "waiting.\n\nThe median wait was 47 weeks.")
    assert [c.claimant for c in extract.candidates(text)] == ["Daniel Okafor-Reid"] * 2  # was none: the label's colon
    # ended the sentence


def test_a_presenter_s_label_is_the_presenter_named_before():
    text = ("The presenter, Janet Phiri, spoke to the minister.\n\nPRESENTER: Households go without power for up to "
            "18 hours.\n\nMINISTER: We are working on it.\n\nPRESENTER: You promised 400 megawatts.")
    assert [c.claimant for c in extract.candidates(text)] == ["Janet Phiri"] * 2  # was 'PRESENTER'


def test_a_rank_s_abbreviation_ends_no_sentence():
    text = "About 1,200 people were working a night shift, said Brig. Gen. Mainul Islam."
    assert [c.claimant for c in extract.candidates(text)] == ["Mainul Islam"]  # was 'Brig'


def test_a_year_after_for_is_a_year_not_a_range_s_low_end():
    text = "The board cut its forecast for 2025 to 2.4% from 2.9%. He was jailed for 2000 days."
    assert [c.value for c in extract.candidates(text)] == ["2.4%", "2.9%", "2000 days"]  # '2.4%' was lost to '2025 to
    # 2.4', a range refused whole


@pytest.mark.parametrize("text,values", [
    ("At least 43 workers were killed and more than 70 injured when a fire tore through a factory.",
     ["At least 43 workers", "more than 70 injured"]),  # 'more than 70' was lost: 'injured' taken for what befell
    ("12 displaced, 40 injured in clashes.", ["12 displaced", "40 injured"]),
    ("Floods left 1,000 homes destroyed.", ["1,000 homes"]),  # a participle after a noun still befalls it
])
def test_a_participle_right_after_a_number_is_what_it_counts(text, values):
    assert [c.value for c in extract.candidates(text)] == values


def test_a_label_word_before_a_number_makes_it_no_figure():
    assert [c.value for c in extract.candidates("The department kept danger signal number 10 hoisted for 3 ports.")] \
        == ["3 ports"]


@pytest.mark.parametrize("text,values", [
    ("The FIA said the Formula 1 cost cap will stay at $135 million per team.", ["$135 million per team"]),
    ("Call extension 4471 or bleep 2290, or see arXiv preprint 2411.01234 and docket entry 412.", []),
    ("It is about 424 ppm, against roughly 280 ppm before 1750.", ["about 424 ppm", "roughly 280 ppm"]),
    ("A $38 million grant under agreement 4512-BD restores 5,000 hectares.", ["$38 million", "5,000 hectares"]),
    ("She won the 5,000m and the 3,000m steeplechase; £1,200m went on 1,400m people.", ["£1,200m", "1,400m people"]),
    ("Up to 48,000 servers and draw 100 MW.", ["Up to 48,000 servers", "100 MW"]),
])
def test_names_old_years_race_lengths_and_codes_are_no_figures(text, values):
    """'Formula 1' read as 1 cost cap, 'bleep 2290', 'preprint 2411.01234', 'docket entry 412' and 'before 1750' as
    counts, '4512-BD' as Bahraini dinars, the 5,000m race as 5 billion, and 'servers and draw' as one noun."""
    assert [c.value for c in extract.candidates(text)] == values


@pytest.mark.parametrize("text,who", [
    ("Drugmaker Halvorsen Pharma will cut the price to $499 a month, the company said.", ["Halvorsen Pharma"]),
    ("SAN FRANCISCO — Robotaxi operator Wayline said it gave 150,000 rides a week. The company runs roughly 700 "
     "vehicles, the company said.", ["Wayline", "Wayline"]),
    ("Prices fell to $25,190, according to online marketplace AutoTrove. That was 4.1% lower, the company said.",
     ["AutoTrove", "AutoTrove"]),
    ("It seized 480 cubic metres, the forestry regulator OSINFOR said. It was worth $2.1 million, the regulator said.",
     ["OSINFOR", "OSINFOR"]),
    ("Efficacy was 62%, its developer Albrook Biologics said. It lasted at least six months, the company said.",
     ["Albrook Biologics", "Albrook Biologics"]),
    ("Costs could fall by about $685 million, the Centers for Medicare & Medicaid Services (CMS) said. Premiums fell "
     "12%, CMS said.", ["Centers for Medicare & Medicaid Services"] * 2),
    ('Rakesh Mehta, 58, a pharmacist at Shop No. 7, Dadar Market, said: "Patients save nearly 70% on generics."',
     ["Rakesh Mehta"]),
    ("Rosa Quispe, 44, teaches in Puno. Reading rose to 47%, the Ministry of Education says. She earns 3,200 soles a "
     "month, she said.", ["Ministry of Education", "Rosa Quispe"]),
    ("In 2009 she crossed the frozen Tumen River and was handed to a broker who, she says, sold her for 8,000 yuan.",
     [""]),
])
def test_a_body_named_after_its_kind_and_a_person_after_a_body_are_who_speaks(text, who):
    """'the company' stayed unresolved after 'Drugmaker Halvorsen Pharma', 'operator Wayline' after a dateline's dash
    or 'its developer Albrook Biologics'; '&' cut 'Medicaid Services' from its acronym's name; an address aside
    ('at Shop No. 7, Dadar Market') and a place ('the Tumen River') spoke for a person; 'she' stood for a ministry."""
    assert [c.claimant or c.attributed_to for c in extract.candidates(text)] == who


@pytest.mark.parametrize("text,who", [
    ("Australians volunteered 489 million hours, according to the Volunteering Pulse survey published by Volunteer "
     "Network Australia. The survey of 5,112 adults found that 26 per cent had volunteered.",
     ["Volunteer Network Australia"] * 3),
    ("Nearly 68% hold a card, according to a survey by pollster Pollwise. The online poll of 2,150 adults found that "
     "41% had switched.", ["Pollwise"] * 3),
    ("Just 64.9% were seen, the Scottish Health Agency said. Of 25,412 attendances, 1,986 patients waited more than "
     "eight hours, the figures show.", ["Scottish Health Agency"] * 4),
])
def test_a_document_named_again_is_its_author_s(text, who):
    """'The survey of 5,112 adults', 'the online poll of …' and 'the figures' (after a body that spoke, though no
    document of its was named) stood for no one, and 'a survey by pollster Pollwise' for itself."""
    assert [c.claimant or c.attributed_to for c in extract.candidates(text)] == who


def test_a_person_s_label_holds_over_the_paragraphs_after_it_until_the_next_label():
    """A member's answer or a judge's remarks run on over paragraphs that name no one; a label that names no person
    ('Respondents:', 'Case No:') holds only to its line's end. The title before a full name is no part of it."""
    text = ("Mr Tom Ashby (Northfield) (Con): Some 150 hotels are in use.\n\nThey cost £6,000 a night in total.\n\n"
            "Safe Streets said 40 women were found.\n\nMs Rita Cole: We funded 1,150 survivors.")
    assert [(c.value, c.claimant) for c in extract.candidates(text)] == [
        ("Some 150 hotels", "Tom Ashby"), ("£6,000 a night", "Tom Ashby"), ("40 women", "Safe Streets"),
        ("1,150 survivors", "Rita Cole")]
    text = "Respondents: Mr K. Haddad and Mrs N. Haddad\n\nThe tribunal heard 34 men were held."
    assert [(c.value, c.claimant) for c in extract.candidates(text)] == [("34 men", "")]
    text = ("The Minister for Border Security (Mr Adrian Mallory): So far this year, 9,862 people have arrived.\n\n"
            "We have closed 150 hotels.")
    assert [c.claimant for c in extract.candidates(text)] == ["Adrian Mallory", "Adrian Mallory"]


def test_a_label_in_capitals_names_the_person_named_before_in_full():
    text = ("Farida Hassani fled Kabul in 2021.\n\nQ: How many were with you?\nHASSANI: About 70 people.\n\n"
            "Q: And the fee?\nHASSANI: We paid $3,000.\n")
    assert {c.claimant for c in extract.candidates(text)} == {"Farida Hassani"}


def test_the_extraction_benchmark_s_passages_give_every_figure_and_no_distractor():
    """benchmarks/extract_bench.py measures recall and precision on its passages; a change that lost one of their
    figures ('Two in five were under the age of 18' once lost its age bound) goes red here, not only in a printout."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import extract_bench

    for p in extract_bench.PASSAGES:
        found = {(c.start, c.end) for c in extract.candidates(p["text"])}
        gold = extract_bench.spans_of(p["text"], p["figures"])
        assert [v for v, span in zip(p["figures"], gold) if span not in found] == []
        distractors = extract_bench.spans_of(p["text"], p.get("distractors", []))
        assert [d for d, span in zip(p.get("distractors", []), distractors)
                if any(a < span[1] and span[0] < b for a, b in found)] == []


def test_the_not_a_figure_rules_are_compiled_once():
    """A helper put between `_pattern` and its cache decorator made every figure rebuild the rules' tries (an article
    took 1.5 s instead of 0.6)."""
    assert notfigure._pattern() is notfigure._pattern()
