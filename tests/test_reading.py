"""Honest reading: a figure is read only when every word of it is understood; anything else is an
error that names the word. One table per class of figure reports write."""
from __future__ import annotations

import csv
import re
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claims import bulk, currencies, lexicon, notfigure, paths, ranges, reader, units, vague
from claims.ranges import RangeParseError, format_range, parse_range

N = None


def reading(text: str, unit: str | None = None) -> tuple:
    r = parse_range(text, unit)
    return (r.low, r.high, r.unit, r.kind)


def refused(text: str, match: str | None) -> RangeParseError:
    """The error parse_range raises for `text`, which must match `match` (None: any message); bulk
    declines the text too (it never reads what parse_range refuses)."""
    with pytest.raises(RangeParseError, match=match) as err:
        parse_range(text)
    assert not bulk.parse_many([text], [""]).done[0]
    return err.value


# --- scale words, after any number, on both ends ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("up to 30,000-40,000", (N, 40_000, "", "at_most")), ("at least 5 to 10 years", (5, N, "year", "at_least")),
    ("two-thirds of a million", (pytest.approx(666_666.67), pytest.approx(666_666.67), "", "point")),
    ("one in every four", (25, 25, "percent", "point")),
])
def test_bound_words_before_a_range_and_fractions_of_a_scale(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1,000-plus", (1000, N, "", "at_least")), ("2 million-plus people", (2e6, N, "person", "at_least")),
    ("$1m-plus", (1e6, N, "USD", "at_least")), ("10-plus years", (10, N, "year", "at_least")),
])
def test_plus_joined_by_a_hyphen_is_an_open_high_end(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rp 5 juta", (5e6, 5e6, "IDR", "point")), ("Rp 2.5 triliun", (2.5e12, 2.5e12, "IDR", "point")),
    ("3 miliar rupiah", (3e9, 3e9, "IDR", "point")), ("VND 500 triệu", (5e8, 5e8, "VND", "point")),
    ("R$ 3 bilhões", (3e9, 3e9, "BRL", "point")), ("€2 milliards", (2e9, 2e9, "EUR", "point")),
    ("€3 Milliarden", (3e9, 3e9, "EUR", "point")), ("NPR 12 arba", (1.2e10, 1.2e10, "NPR", "point")),
    ("PKR 5 arba", (5e9, 5e9, "PKR", "point")), ("5-6 juta", (5e6, 6e6, "", "interval")),
])
def test_scale_words_of_the_press_reprinted_in_english(text, expected):
    """Each was refused at its scale word ('juta', 'bilhões', 'arba')."""
    assert reading(text) == expected
    r = bulk.parse_many([text], [""])
    assert not r.done[0] or (r.low[0], r.unit[0]) == (expected[0], expected[2])


@pytest.mark.parametrize("text,match", [
    # a point before three digits groups thousands in the languages these scale words are of: 'US$ 1.500 millones'
    # is 1.5 billion, and '€1.500 Mio.' was read as 1.5 million
    ("US$ 1.500 millones", "group thousands with a point"), ("€1.500 Mio.", "group thousands with a point"),
    ("Rp 1.000-1.500 juta", "group thousands with a point"),
    # 'Rs' alone is India's rupee, and these are the Nepali and Pakistani press's words
    ("Rs 12 arba", "Nepal's or Pakistan's"), ("Rs 45 kharab", "Nepal's or Pakistan's"),
    ("Rs 3,900 per maund", "Nepal's or Pakistan's"),
    ("5 MLD", "'mld'"),  # million litres a day in India, no Italian miliardi
    ("Rp 5 M", "miliar"), ("Rp5m", "miliar"), ("Rp 5-6 M", "miliar"),  # was 5 million: a billion in Indonesia
    ("$150 per cwt", "100 lb or British ones of 112 lb"), ("500 hundredweight", "100 lb or British ones of 112 lb"),
    # a rate's unit that names several is named as such (the message named 'per')
    ("Rs 2,275 per quintal", "'quintal' alone may be metric quintals"), ("$5 per ton", "'ton' alone may be metric"),
    ("$3.45 a gallon", "'gallon' alone may be US or imperial"),
])
def test_what_foreign_scale_words_and_trade_units_leave_refused(text, match):
    refused(text, match)


@pytest.mark.parametrize("text,expected", [
    ("three to five hundred thousand", (300_000, 500_000, "", "interval")),
    ("3 to 5 hundred thousand people", (300_000, 500_000, "person", "interval")),
    ("three hundred to five hundred thousand", (300_000, 500_000, "", "interval")),
    ("two to three hundred million", (200e6, 300e6, "", "interval")),
    ("one to one hundred thousand", (1, 100_000, "", "interval")), ("2 to 2 million", (2, 2e6, "", "interval")),
    ("three hundred to five thousand", (300, 5000, "", "interval")), ("20 to 500 thousand", (20_000, 500_000, "", "interval")),
    # scale words that multiply are one scale, shared whole (the low end took only the last: 5 crore)
    ("Rs 5-6 lakh crore", (5e12, 6e12, "INR", "interval")), ("between 1 and 1.5 lakh crore", (1e12, 1.5e12, "", "interval")),
    ("5 to 6 thousand crore", (5e10, 6e10, "", "interval")), ("1-2 thousand million", (1e9, 2e9, "", "interval")),
    ("Rs 5 crore-6 lakh crore", (5e7, 6e12, "INR", "interval")), ("5 thousand to 6 million", (5000, 6e6, "", "interval")),
])
def test_the_scale_closing_a_range_as_a_low_end_lacks_it(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["5 lakh to 6 lakh crore", "Rs 2 thousand-3 thousand million"])
def test_a_low_ends_scale_that_may_open_the_high_ends_is_refused(text):
    with pytest.raises(RangeParseError, match="may be the first of the high end's"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("one to two dozen", (12, 24, "", "interval")), ("1-2 dozen people", (12, 24, "person", "interval")),
    ("3 to 4 dozen", (36, 48, "", "interval")), ("10 to a dozen", (10, 12, "", "interval")),
    ("a dozen to 20", (12, 20, "", "interval")),
])
def test_dozen_closing_a_range_applies_to_both_ends(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,value", [
    ("one point five", 1.5), ("two point two million", 2_200_000), ("1 point 25", 1.25), ("zero point zero one", 0.01),
    ("ten point zero five percent", 10.05),
])
def test_a_decimal_point_said_in_words(text, value):
    assert parse_range(text).low == pytest.approx(value)


@pytest.mark.parametrize("text,value", [("one-in-five", 20), ("1-in-5 women", 20), ("one-out-of-five", 20),
                                        ("1-out-of-5", 20),
                                        ("1-in-500", 0.2)])
def test_a_share_joined_by_hyphens(text, value):
    r = parse_range(text)
    assert (r.low, r.unit) == (pytest.approx(value), "percent")


@pytest.mark.parametrize("text,value,shown", [
    ("1 in 100,000", 0.001, "0.001%"), ("one in a million", 0.0001, "0.0001%"), ("one in 10,000", 0.01, "0.01%"),
    ("1-in-100,000", 0.001, "0.001%"), ("one in every 10,000 births", 0.01, "0.01%"),
    ("one in three", 100 / 3, "33.33%"),
    ("0.0049%", 0.0049, "0.0049%"), ("0.05%", 0.05, "0.05%"),
])
def test_a_share_of_many_reads_and_is_shown_to_two_significant_digits(text, value, shown):
    """'1 in 100,000' was refused at 'in' (a share's denominator stopped at 1,000), and the dashboard's
    reading, to two places, wrote '0.0049%' as '0%', which reads back as none."""
    r = parse_range(text)
    assert (r.low, r.unit) == (pytest.approx(value), "percent")
    assert format_range(r, decimals=2) == shown
    assert bulk.format_many([r.low], [r.high], [r.unit], [r.kind], 2)[0] == shown


@pytest.mark.parametrize("text,message", [
    # a number among the words that say of what was passed over as a word: '5 kg of rice for five people' read 5 kg
    ("5 kg of rice for five people", "more than one figure"), ("20 litres of water twelve", "more than one figure"),
    # a vague term's convention may run past a rate's period, but not start past it: 2,000–10,000 months a year
    ("thousands of months a year", "more months than a year holds"), ("under decades annually", "more years than"),
    # a range to a vague term at or below its low end read as one number: '5 to a few' was 5–5, vague
    ("5 to a few", "no range lies between them"), ("1,000 - hundreds", "no range lies between them"),
    # a currency's sign after 'a' or a number in words: 'a £' (of 'a £190 fine' cut short) was 1 GBP
    ("a £", "digits before '£'"), ("one $", r"digits before '\$'"), ("an ₹", "digits before '₹'"),
    ("twenty €", "digits before '€'"),
    # a time after 'and' ending the words of what: '3 weeks in hospital and a month at home' was 3 weeks a month
    ("3 weeks in hospital and a month", "right before a rate"), ("$300 in wages or a week", "right before a rate"),
    # a noun after the low end only: 'the two cities to under 100 milliseconds' was 2–100 cities
    ("two cities to under 100", "follows the low end only"), ("between 5 people and 10", "follows the low end only"),
    # an adverb after a plural ends what is counted: '… premises currently receive small business' was read whole
    ("3,400 rated premises currently receive small business", "'currently'"),
    # a bound word that is a preposition too, before 'a' and a sum: 'under a £34 million programme' was at most £34m
    ("under a £34 million", "a preposition before that thing"), ("over a $5 billion", "a preposition"),
    ("under a C$34 million", "a preposition"),  # and a sign of letters, which 'a' before it once skipped the check
    # a sum in a minor unit took the next as its part: '60 cents and 31 cents' was 0.6031 USD
    ("60 cents and 31 cents", "more than one figure"), ("60p and 31p", "more than one figure"),
    # a name several currencies share was a counted noun's modifier: '150,000 pesos home' counted homes
    ("150,000 pesos home", "names several currencies"),
    # a participle after a plural is a verb: 'At least 14 tankers carrying Russian' was at least 14 people
    ("At least 14 tankers carrying Russian", "'tankers'"), ("300 buses carrying Afghan", "'carrying'"),
    # 'to life' after a comma: "sentenced Rosalinda Dizon, 38, to life imprisonment" was at least 38
    ("38, to life", "'to' \\(after ','\\)"),
])
def test_figures_that_read_as_nonsense_are_refused(text, message):
    refused(text, message)


@pytest.mark.parametrize("text,expected", [
    ("up to a $5,000 fine", (N, 5000, "USD", "at_most")), ("under a million", (N, 1e6, "", "at_most")),
    ("30% of women aged fifteen to forty-nine", (30, 30, "percent", "point")),  # ages in words are whom it is of
    ("several days a week", (3, 9, "day/week", "vague")), ("up to several days a week", (None, 9, "day/week", "vague")),
    ("5 to dozens", (5, 100, "", "vague")), ("several to a dozen", (3, 12, "", "vague")),
])
def test_the_same_words_where_they_read(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1,500 deaths in the Mediterranean", (1500, 1500, "person", "point")),
    ("over 6,000 people in detention", (6000, None, "person", "at_least")),
    ("5,000 refugees in Lebanon a year", (5000, 5000, "person/year", "point")),
    ("about 4,000 to 5,000 COVID-19 patients in hospital", (4000, 5000, "person", "approx")),
])
def test_where_those_counted_are_is_read_past_as_what_they_are(text, expected):
    """'1,500 deaths in the Mediterranean' was refused at 'in': after a counted noun, 'in' and the words
    after it say where those counted are, as 'in annual profits' says what a sum is."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["5,000 people in 2019", "5,000 people in 10 days", "5,000 people in each province",
                                  "2,000 women in their 30s"])
def test_a_year_a_number_or_a_rate_it_cannot_read_after_in_is_still_refused(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,word", [
    ("12 euros to life", "life"), ("$500 or longer", "longer"), ("5,000 people or older", "older"),
    ("hundreds or older dollars", "older"),
])
def test_a_bound_of_a_time_after_money_or_a_count_is_refused(text, word):
    """'12 euros to life' read 12 euros or more: 'to life' and 'or older' bound a sentence or an age."""
    assert refused(text, "bounds a time").word == word


@pytest.mark.parametrize("text", ["zero 5 people", "0 5", "zero point zero 1", "twenty zero", "zero zero"])
def test_a_zero_before_another_number_is_two_figures(text):
    """'zero 5 people' read 5 people and 'zero point zero 1' read 1: a zero so far was taken for no number."""
    refused(text, "more than one figure")


@pytest.mark.parametrize("text", ["5-in-1", "one in-five", "in-5", "1 in 2019"])
def test_a_hyphenated_share_is_read_only_whole_and_below_one(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,value", [("a quarter-million", 250_000), ("a half-million dollars", 500_000),
                                        ("half-a-million", 500_000), ("half-dozen", 6)])
def test_a_fraction_of_a_scale_joined_by_hyphens(text, value):
    assert parse_range(text).low == pytest.approx(value)


@pytest.mark.parametrize("text", ["2.5 point 3", "one point five point two", "one point zero zero point two",
                                  "5 point plan", "one point 300 people"])  # the last was 1.3 people ('at one point')
def test_point_is_read_once_and_only_after_a_whole_number(text):
    with pytest.raises(RangeParseError, match="'point'"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("larger than or equal to 30", (30, N, "", "at_least")), ("up to and including 30", (N, 30, "", "at_most")),
    ("between 20 and 30 inclusive", (20, 30, "", "interval")), ("30 and beyond", (30, N, "", "at_least")),
    ("no greater than 5%", (N, 5, "percent", "at_most")), ("30 exactly", (30, 30, "", "point")),
    ("well under 30", (N, 30, "", "at_most")), ("far more than 30", (30, N, "", "at_least")),
    ("a little over 30", (30, N, "", "at_least")), ("far fewer than 100 people", (N, 100, "person", "at_most")),
    ("at the very least 30", (30, N, "", "at_least")), ("30 at a minimum", (30, N, "", "at_least")),
    ("just shy of 30", (N, 30, "", "at_most")), ("well in excess of $1bn", (1e9, N, "USD", "at_least")),
    ("north of $5,000", (5000, N, "USD", "at_least")), ("south of $5,000", (N, 5000, "USD", "at_most")),
    ("shy of 30", (N, 30, "", "at_most")),
    # caps, ceilings and a minimum, and a sign word on the second end: each was refused naming its first word
    ("capped at 3%", (N, 3, "percent", "at_most")), ("a ceiling of 35,000 migrants", (N, 35000, "person", "at_most")),
    ("a cap of £86,000", (N, 86000, "GBP", "at_most")), ("short of 50%", (N, 50, "percent", "at_most")),
    ("at minimum 500 households", (500, N, "", "at_least")),
    ("minus 10 to minus 5 degrees Celsius", (-10, -5, "celsius_degree", "interval")),
    ("between minus 3% and minus 1%", (-3, -1, "percent", "interval")),
    # British and tabular hedges, and 'somewhere', each refused as an unknown word
    ("close on 40 per cent", (40, 40, "percent", "approx")), ("getting on for 2,000", (2000, 2000, "", "approx")),
    ("nigh on 500", (500, 500, "", "approx")), ("of the order of 10,000", (10000, 10000, "", "approx")),
    ("in the neighbourhood of $5m", (5e6, 5e6, "USD", "approx")),
    ("Rs 3.5 lakh approx.", (350000, 350000, "INR", "approx")),
    ("5,000 est.", (5000, 5000, "", "approx")), ("somewhere between 3 and 5 million", (3e6, 5e6, "", "interval")),
    ("somewhere around 5,000", (5000, 5000, "", "approx")),
    ("longer than six months", (6, N, "month", "at_least")), ("shorter than a year", (N, 1, "year", "at_most")),
    ("a minority of respondents", (0, 50, "percent", "vague")),
])
def test_more_bound_words_and_filler(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,value", [
    ("one thousand million", 1e9), ("10 lakh crore", 1e13), ("one million two hundred thousand", 1_200_000),
])
def test_scale_words_in_a_row_multiply(text, value):
    assert parse_range(text).low == value


@pytest.mark.parametrize("text,expected", [
    ("4.5m refugees", (4_500_000, 4_500_000, "person", "point")),
    ("6-8m people", (6_000_000, 8_000_000, "person", "interval")),
    ("8-10m people", (8_000_000, 10_000_000, "person", "interval")),
    ("1m–2m", (1_000_000, 2_000_000, "", "interval")),
    ("$1m-2m", (1_000_000, 2_000_000, "USD", "interval")),
    ("$2.2tn", (2.2e12, 2.2e12, "USD", "point")),
    ("3bn", (3e9, 3e9, "", "point")),
    ("1.5 mn", (1_500_000, 1_500_000, "", "point")),
    ("40k", (40_000, 40_000, "", "point")),
    ("2.5 billion", (2.5e9, 2.5e9, "", "point")),
    ("1.2 trillion", (1.2e12, 1.2e12, "", "point")),
    ("₹8 lakh", (800_000, 800_000, "INR", "point")),
    ("Rs 2 crore", (20_000_000, 20_000_000, "INR", "point")),
    ("Rs one lakh", (100_000, 100_000, "INR", "point")),  # a sign before a spelled number: was refused
    ("Rs. twenty-five lakh", (2_500_000, 2_500_000, "INR", "point")),
    ("USD two billion", (2e9, 2e9, "USD", "point")),
    ("35 lakh rupees", (3_500_000, 3_500_000, "INR", "point")),
    ("7-9 lakh rupees", (700_000, 900_000, "INR", "interval")),
    ("Rs 5 lacs", (500_000, 500_000, "INR", "point")), ("3-4 lac", (300_000, 400_000, "", "interval")),
    ("3万元", (30_000, 30_000, "CNY", "point")), ("3万-5万元", (30_000, 50_000, "CNY", "interval")),  # were refused
    ("1.2亿", (1.2e8, 1.2e8, "", "point")), ("1.2億円", (1.2e8, 1.2e8, "JPY", "point")),
    ("300만원", (3e6, 3e6, "KRW", "point")), ("1억 원", (1e8, 1e8, "KRW", "point")),  # Korean sources' won
    ("CHF 10'000", (10_000, 10_000, "CHF", "point")), ("1’000’000", (1e6, 1e6, "", "point")),
    ("about 20'000 people", (20_000, 20_000, "person", "approx")),
    ("two and a half million people", (2_500_000, 2_500_000, "person", "point")),
    ("1 and a half million", (1_500_000, 1_500_000, "", "point")),
    ("$2 and a half million", (2_500_000, 2_500_000, "USD", "point")),
    ("1.5 to two and a half million", (1_500_000, 2_500_000, "", "interval")),
    ("a million and a half", (1_500_000, 1_500_000, "", "point")),
    ("Rs 1.2 cr", (12_000_000, 12_000_000, "INR", "point")), ("₹500cr", (5e9, 5e9, "INR", "point")),
    ("$5-million", (5e6, 5e6, "USD", "point")), ("$1.5-billion", (1.5e9, 1.5e9, "USD", "point")),
    ("$5-million to $10-million", (5e6, 1e7, "USD", "interval")),
])
def test_scale_words(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["12 cr", "500 cr people"])
def test_crore_abbreviated_is_a_scale_only_after_money(text):
    """'cr' after a sum is crore, as the Indian press writes it; after a bare number it may be credits."""
    with pytest.raises(RangeParseError, match="'cr'"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("7 of 10 women", (70, 70, "percent", "women")), ("seven of ten women", (70, 70, "percent", "women")),
    ("two of three migrants", (pytest.approx(200 / 3), pytest.approx(200 / 3), "percent", "migrants")),
    ("at least 7 of 10 women", (70, None, "percent", "women")),
    ("one in five women and girls", (20, 20, "percent", "women and girls")),  # was refused at 'girls'
    ("7 of 10 women and girls", (70, 70, "percent", "women and girls")),
])
def test_a_number_of_a_number_of_those_counted_is_a_share(text, expected):
    """'7 of 10 women' was refused at 'of'."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.counted) == expected


@pytest.mark.parametrize("text", ["7 of 10", "10 of 10 women", "5 of 10.5 women", "5,000 of 10,000 women",
                                  "30 of the women"])
def test_a_number_of_a_number_with_no_one_counted_or_no_share_is_refused(text):
    """'page 7 of 10' counts no one: only a count of those named after it is a share."""
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("word", ["dead", "killed", "injured", "wounded", "missing", "displaced", "souls"])
def test_the_dead_and_the_missing_are_people(word):
    assert reading(f"at least 5,000 {word}") == (5000, None, "person", "at_least")


@pytest.mark.parametrize("text,expected", [
    ("1,000 people arrested", (1000, 1000, "person", "point")),
    ("3.3 million people affected", (3.3e6, 3.3e6, "person", "point")),
    ("10,000 homes destroyed", (10_000, 10_000, "", "point")),
    ("between 200 and 300 women trafficked", (200, 300, "person", "interval")),
    ("more than 300 victims identified", (300, N, "person", "at_least")),
])
def test_a_participle_after_what_a_count_counts_leaves_the_count(text, expected):
    """Each was refused at its last word."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,word", [("300 arrested", "arrested"), ("$500 charged", "charged"),
                                       ("40% affected", "affected"), ("5 years sentenced", "sentenced"),
                                       ("2,946 people and injured more than 5,600", "injured"),  # a verb
                                       ("8,000 remain missing", "remain")])
def test_a_participle_with_no_one_counted_before_it_is_refused(text, word):
    refused(text, f"'{word}'")


@pytest.mark.parametrize("text,expected", [
    ("1,964 infections", (1964, "")), ("1.5–2 million doses", (1.5e6, "")), ("112 bodies", (112, "person")),
    ("3.6 million methamphetamine pills", (3.6e6, "")),
])
def test_what_health_reports_count(text, expected):
    assert reading(text)[::2] == expected


@pytest.mark.parametrize("word", ["respondents", "interviewees", "participants", "witnesses", "parents",
                                  "asylum seekers", "asylum-seekers", "sex workers", "employers"])
def test_the_people_a_survey_or_a_court_counts_are_people(word):
    """'4 out of 10 respondents' was refused at 'respondents'."""
    assert reading(f"at least 5,000 {word}") == (5000, None, "person", "at_least")
    assert reading(f"4 out of 10 {word}")[:3] == (40, 40, "percent")


@pytest.mark.parametrize("text,expected", [
    ("one year and a quarter", (1.25, "year")), ("one and a quarter year", (1.25, "year")),
    ("2 years and three quarters", (2.75, "year")), ("forty two and a third", (pytest.approx(42 + 1 / 3), "")),
    ("3 million and a quarter", (3_250_000, "")), ("two and three quarters million", (2_750_000, "")),
    ("a dozen and a half", (18, "")), ("a hundred and a half", (150, "")),
])
def test_and_a_fraction_adds_to_the_number(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit) == expected


@pytest.mark.parametrize("text,word", [("5/6 years", "years"), ("3/4 years", "years"), ("2/3 women", "women"),
                                       ("5/6 months in prison", "months")])
def test_a_slashed_pair_before_a_plural_may_be_either_number_and_is_refused(text, word):
    """'5/6 years' read as five sixths of a year (10 months); reports write it for 5 or 6 years."""
    with pytest.raises(ranges.RefusedWhole, match="before a plural may be") as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text,expected", [("1/2 hour", (0.5, "hour")), ("2/3 of the women", (pytest.approx(200 / 3),
                                                                                         "percent"))])
def test_a_slashed_pair_before_a_singular_or_of_is_a_fraction(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit) == expected


@pytest.mark.parametrize("text,expected", [
    ("1 1/2 years", (1.5, 1.5, "year")), ("2 1/4", (2.25, 2.25, "")), ("3 1/2%", (3.5, 3.5, "percent")),
    ("about 2 1/2 years", (2.5, 2.5, "year")), ("2 1/2 to 3 years", (2.5, 3, "year")),
    ("between 1 1/2 and 2 years", (1.5, 2, "year")), ("$2 1/2", (2.5, 2.5, "USD")),
    ("5 3/8 inches", (5.375, 5.375, "inch")), ("2⅓ years", (pytest.approx(7 / 3), pytest.approx(7 / 3), "year")),
])
def test_a_mixed_number_is_its_whole_and_its_fraction(text, expected):
    """'1 1/2 years' was refused as two figures."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit) == expected


@pytest.mark.parametrize("text", ["9 11/12", "1 3/2", "1,000 1/2", "1.5 1/2", "1 2/3/4", "1 1/20", "1 1/2 million"])
def test_numbers_beside_a_slashed_pair_that_is_no_mixed_number_are_refused(text):
    """Only halves, thirds, quarters and eighths after a whole number: '9 11/12' may be a date."""
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text", ["5,000 people and a quarter of them", "10 and a quarter of them",
                                  "5,000 people and a third"])
def test_a_fraction_after_and_that_is_a_share_of_its_own_is_not_added(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text", ["3 m", "a 4 m wall", "100 m", "1 m to 2 m"])
def test_a_spaced_m_without_a_currency_sign_may_be_metres_and_is_refused(text):
    assert refused(text, "may be metres or million").word == "m"


@pytest.mark.parametrize("text,value", [("$3 m", 3e6), ("€2.5 m", 2.5e6), ("3m", 3e6), ("$1 m to $2 m", 1e6),
                                        ("$1 m to 2 m", 1e6)])
def test_m_glued_or_after_a_currency_sign_is_million(text, value):
    assert parse_range(text).low == value
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or check.low[0] == value


@pytest.mark.parametrize("text,low,high", [
    ("₹30 L", 3e6, 3e6), ("Rs 1.5L", 1.5e5, 1.5e5), ("₹30-40 L", 3e6, 4e6), ("Rs 30 L-40 L", 3e6, 4e6),
    ("₹2-3 cr", 2e7, 3e7), ("between Rs 2 cr and 3 cr", 2e7, 3e7), ("PKR 1.2-1.5tr", 1.2e12, 1.5e12)])
def test_a_money_only_scale_reads_after_a_sum_and_on_the_bound_after_it(text, low, high):
    """'L' (lakh) and 'cr' (crore) are scales after money only; the first bound's sign makes the second money."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit) == (low, high, units.canonical_unit(r.unit))
    assert units.currency_of(r.unit)
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or (check.low[0], check.high[0]) == (low, high)


@pytest.mark.parametrize("text", ["30 L", "30 l of water", "30-40 L"])
def test_an_l_after_a_bare_number_may_be_litres_or_lakh_and_is_refused(text):
    assert "litres or" in str(pytest.raises(RangeParseError, parse_range, text).value)


def test_and_a_half_joins_a_number_never_a_share():
    """'between a third and a half' was read as one share, a third plus a half, and refused."""
    assert reading("between a third and a half") == (pytest.approx(100 / 3), 50, "percent", "interval")
    with pytest.raises(RangeParseError, match="more than one figure"):
        parse_range("a third and a half")


@pytest.mark.parametrize("text,expected", [
    ("₹1,00,000", (100_000, 100_000, "INR", "point")),
    ("12,34,567.89 rupees", (1_234_567.89, 1_234_567.89, "INR", "point")),
    ("Rs 2,50,000 to 3,00,000", (250_000, 300_000, "INR", "interval")),
    ("1,00,000 people", (100_000, 100_000, "person", "point")),
    ("about 12,345", (12_345, 12_345, "", "approx")),  # three-digit groups read as before
])
def test_indian_digit_grouping_reads_as_one_number(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,hint", [("10.000 people", ""), ("100.000 migrants", ""), ("€1.500", ""),
                                       ("1.500 yuan", ""), ("10.000", "person"), ("1.500", "USD"),
                                       ("1.500 years", ""), ("5.000 years in prison", ""), ("1.000 km", ""),
                                       ("2.500 tonnes of rice", ""), ("1.500", "year"), ("about 1.200 hours", "")])
def test_a_count_price_or_measure_with_three_decimals_is_refused_as_a_dot_for_thousands(text, hint):
    """'10.000 people' read as 10 people, or '1.500 years' as a year and a half, was a thousand times off
    wherever Europe's '.' groups thousands."""
    with pytest.raises(RangeParseError, match="thousands separator"):
        parse_range(text, hint or None)
    assert not bulk.parse_many([text], [hint]).done[0]


@pytest.mark.parametrize("text,value", [("4.800", 4.8), ("12.500%", 12.5), ("1.250 million", 1_250_000),
                                        ("KWD 1.500", 1.5), ("0.500 people", 0.5), ("0.250 years", 0.25),
                                        ("3.125% a year", 3.125), ("1.250 percentage points", 1.25)])
def test_three_decimals_read_where_a_decimal_point_is_sure_or_no_unit(text, value):
    assert parse_range(text).low == value


@pytest.mark.parametrize("text,number,suggested", [
    ("1,2 million", "1,2", "1.2"), ("12,5 %", "12,5", "12.5"), ("€1.412,50", "1.412,50", "1,412.50"),
    ("$1,5m", "1,5", "1.5"), ("1,5-2,5 million people", "1,5", "1.5"), ("1.234.567", "1.234.567", "1,234,567"),
    ("1 234,56 €", "1 234,56", "1,234.56"),  # was '234,56', to be written '234.56'
])
def test_a_number_written_the_european_way_is_refused_whole_saying_how_to_write_it(text, number, suggested):
    """'1,2 million' was 'more than one figure', and the article extractor offered '1' and '2 million'."""
    with pytest.raises(reader.DoubtfulFigure, match=f"'{suggested}'") as err:
        parse_range(text)
    assert err.value.word == number


@pytest.mark.parametrize("text", ["1,2,3", "12,34", "1,23,45", "1,234,56,789"])
def test_commas_that_group_no_known_way_are_refused(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


# --- currencies from one table -----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("700 Canadian dollars", (700, "CAD")), ("90,000 Hong Kong dollars", (90_000, "HKD")),
    ("HK$500", (500, "HKD")), ("NT$ 1,000", (1000, "TWD")), ("C$5", (5, "CAD")), ("A$5", (5, "AUD")),
    ("₦50,000", (50_000, "NGN")), ("RM 42", (42, "MYR")), ("42 ringgit", (42, "MYR")), ("Rs20", (20, "INR")),
    ("5 million yen", (5_000_000, "JPY")), ("JP¥500", (500, "JPY")), ("¥500", (500, "CNY")),
    ("$5", (5, "USD")), ("5 dollars", (5, "USD")), ("5 won", (5, "KRW")), ("100 North Korean won", (100, "KPW")),
    ("10 Swiss francs", (10, "CHF")), ("10 Turkish lira", (10, "TRY")), ("300 rupees", (300, "INR")),
    ("€5", (5, "EUR")), ("£5", (5, "GBP")), ("5 BRL", (5, "BRL")), ("50 reais", (50, "BRL")), ("ZAR 200", (200, "ZAR")),
    ("Tk 500", (500, "BDT")), ("500 taka", (500, "BDT")), ("500 Lebanese lira", (500, "LBP")),
    ("500 Emirati dirhams", (500, "AED")), ("500 birr", (500, "ETB")), ("500 Lao kip", (500, "LAK")),
    ("S/.100", (100, "PEN")), ("S/. 100", (100, "PEN")), ("100 soles", (100, "PEN")),  # 'S/.100' read as 0.1
    ("SG$500", (500, "SGD")),  # was refused
    # names English reports use beside CLDR's, each refused as an unknown word
    ("500 Czech crowns", (500, "CZK")), ("500 Swedish crowns", (500, "SEK")), ("500 afghanis", (500, "AFN")),
    ("500 Nepali rupees", (500, "NPR")), ("500 Mozambican meticais", (500, "MZN")), ("500 Kazakh tenge", (500, "KZT")),
    ("500 Botswana pula", (500, "BWP")), ("500 Macau patacas", (500, "MOP")), ("500 Uzbek som", (500, "UZS")),
    ("500 quetzales", (500, "GTQ")), ("500 Costa Rican colones", (500, "CRC")),
    ("500 cedis", (500, "GHS")), ("GH¢500", (500, "GHS")), ("₵500", (500, "GHS")), ("50 pesewas", (0.5, "GHS")),
    ("500 leones", (500, "SLE")), ("KShs 500", (500, "KES")), ("KShs.500", (500, "KES")),
    ("20,175 denars", (20_175, "MKD")), ("50 stotinki", (0.5, "BGN")), ("20 Rappen", (0.2, "CHF")),
    ("1,000 convertible marks", (1000, "BAM")), ("626 Belarusian roubles", (626, "BYN")),
    ("500 Kyrgyz som", (500, "KGS")), ("500 Turkmen manat", (500, "TMT")), ("20 tetri", (0.2, "GEL")),
    ("1 million Uzbek soums", (1e6, "UZS")), ("1.5 trln tenge", (1.5e12, "KZT")), ("3 mlrd rubles", (3e9, "RUB")),
    ("₹3.6 lakh cr", (3.6e12, "INR")),  # lakh crore, its crore abbreviated as money's
    # the Gulf's and South Asia's press: each was refused as an unknown word or a name ('QR1,000')
    ("QR 1,000", (1000, "QAR")), ("QR1,000", (1000, "QAR")), ("KD 500", (500, "KWD")), ("BD 500", (500, "BHD")),
    ("RO 500", (500, "OMR")), ("JD500", (500, "JOD")), ("Afs 500", (500, "AFN")), ("500 kyat", (500, "MMK")),
    ("50 US cents", (0.5, "USD")),
    ("U.S. $100", (100, "USD")),  # was refused naming 'u.s.', where 'U.S.$100' read
    # bitcoin, as crime reports give ransoms and darknet prices: no ISO code, and no exchange rate
    ("6.25 BTC", (6.25, "BTC")), ("50 bitcoin", (50, "BTC")), ("₿21,000", (21_000, "BTC")),
    ("2,000 satoshis", (0.00002, "BTC")),
    # the Financial Times' crowns and francs, and the Swedish plural
    ("SKr1.1bn", (1.1e9, "SEK")), ("DKr4bn", (4e9, "DKK")), ("NKr 500m", (5e8, "NOK")), ("SFr350m", (3.5e8, "CHF")),
    ("2 billion kronor", (2e9, "SEK")),
    # the IMF's special drawing rights, in which its loans are stated, and Tajikistan's somoni alone (was refused,
    # and an article's 'SDR 210 million' a bare 210 million)
    ("SDR 210 million", (2.1e8, "XDR")), ("1.45 billion SDRs", (1.45e9, "XDR")), ("5,200 somoni", (5200, "TJS")),
    # a currency's own name alone where no other currency has it (was refused; an article's '800 lari' a bare 800)
    ("800 lari", (800, "GEL")), ("45,000 kwanzas", (45_000, "AOA")), ("2 million forints", (2e6, "HUF")),
    ("300 kina", (300, "PGK")), ("5 lev", (5, "BGN")), ("1,000 quetzals", (1000, "GTQ")),
])
def test_currencies_come_from_the_table(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit) == expected


@pytest.mark.parametrize("text,code", [
    ("Rs 500 (Sri Lanka)", "LKR"), ("500 rupees (Pakistan)", "PKR"), ("$500 (Canada)", "CAD"),
    ("500 dollars (in Canada)", "CAD"), ("£500 (Egypt)", "EGP"), ("¥500 (Japan)", "JPY"),
    # a place named anywhere in the aside: "Rs 37,000 a month (Pakistan's minimum wage)" read INR
    ("Rs 37,000 a month (Pakistan's minimum wage)", "PKR"), ("Rs 5,000 (mostly women from Nepal)", "NPR"),
])
def test_a_place_in_brackets_whose_money_the_sign_may_name_is_refused(text, code):
    """'Rs 500 (Sri Lanka)' read as Indian rupees, the convention for 'Rs' alone."""
    with pytest.raises(ranges.RefusedWhole, match=f"may say whose money this is \\({code}"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("$2 a day (Sri Lanka)", (2, "USD/day")), ("$2 a day (Sri Lanka).", (2, "USD/day")),  # "$" is no rupee: where
    ("US$500 (Canada)", (500, "USD")), ("Rs 500 (India)", (500, "INR")), ("LKR 500 (Sri Lanka)", (500, "LKR")),
    ("Rs 500 (India's minimum wage)", (500, "INR")), ("5,000 people (mostly from Nepal)", (5000, "person")),
    ("NT$4.6 million (about US$142,000)", (4_600_000, "TWD")),  # 'US' of 'US$' is a sign's, not a place
    ("€500 (Ireland)", (500, "EUR")), ("$500 (UNHCR)", (500, "USD")), ("5,000 (Sri Lanka)", (5000, "")),
])
def test_a_place_in_brackets_that_names_no_other_money_is_passed_over(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit) == expected


@pytest.mark.parametrize("text,expected", [
    ("CA$500", (500, "CAD", "point")), ("CA$1,000-2,000", (1000, "CAD", "interval")),
    ("about CA$500", (500, "CAD", "approx")), ("ca $500", (500, "USD", "approx")),
    ("ca. $500", (500, "USD", "approx")), ("about ca $500", (500, "USD", "approx")),
])
def test_letters_glued_to_a_currency_sign_are_the_currency_not_circa(text, expected):
    """'CA$500' read as circa $500 gave US dollars for Canadian ones."""
    r = parse_range(text)
    assert (r.low, r.unit, r.kind) == expected
    bulk_read = bulk.parse_many([text], [""])
    assert not bulk_read.done[0] or (bulk_read.low[0], bulk_read.unit[0], bulk_read.kind[0]) == expected


@pytest.mark.parametrize("text,expected", [
    ("12 to $US 15", (12, 15, "USD")), ("$12 to $US 15", (12, 15, "USD")), ("12–$ US 15", (12, 15, "USD")),
    ("from 5 to CA$8", (5, 8, "CAD")), ("5 to A$8", (5, 8, "AUD")),
])
def test_a_currency_of_several_tokens_starts_the_high_end(text, expected):
    """'$US' after 'to' was refused ("'$' is not a word claims tracker reads"), though it starts a figure alone."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit) == expected


@pytest.mark.parametrize("text,expected", [
    ("a $5,000", (5000, "USD")), ("a $5 million fine", (5e6, "USD")), ("a $ 500", (500, "USD")),
    ("A$500", (500, "AUD")), ("AU$500", (500, "AUD")), ("S$500", (500, "SGD")), ("c $ 16.4 million", (16.4e6, "CAD")),
    # the sign's letter after it, as Australian and Canadian papers write it: '$A4.2bn', 'Cdn$2 billion'
    ("$A4.2bn", (4.2e9, "AUD")), ("between $A5 and $A10", (5, "AUD")), ("Cdn$2 billion", (2e9, "CAD")),
    ("$5 a month", (5, "USD/month")), ("500,000 Uganda shillings", (500000, "UGX")),
])
def test_an_article_before_a_dollar_sign_is_no_australian_dollar(text, expected):
    """'a $5,000' was read as A$5,000: the article joined to the sign (and "company's $5" to S$)."""
    r = parse_range(text)
    assert (r.low, r.unit) == expected
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or (check.low[0], check.unit[0]) == expected


@pytest.mark.parametrize("text,expected", [
    ("a fine of up to 10,000 yuan", (N, 10_000, "CNY", "at_most")), ("a $5,000 fine", (5000, 5000, "USD", "point")),
    ("fines of between 5,000 and 10,000 yuan", (5000, 10_000, "CNY", "interval")),
    ("a 10,000-yuan fine", (10_000, 10_000, "CNY", "point")), ("$5,000 bail", (5000, 5000, "USD", "point")),
    ("a bride price of 10,000 yuan", (10_000, 10_000, "CNY", "point")),
    ("a salary of $300 a month", (300, 300, "USD/month", "point")),
    # '$15 minimum wage' read $15 or more: 'minimum' was taken for a bound word, as in '5 years minimum'
    ("a $15 minimum wage", (15, 15, "USD", "point")), ("a minimum wage of $15", (15, 15, "USD", "point")),
    ("a five-year minimum sentence", (5, N, "year", "at_least")), ("$15 minimum", (15, N, "USD", "at_least")),
    # what economics reports name a sum by was refused, naming the noun
    ("a $3.5bn deal", (3.5e9, 3.5e9, "USD", "point")), ("a $1.2 billion loan", (1.2e9, 1.2e9, "USD", "point")),
    ("a budget of $3 billion", (3e9, 3e9, "USD", "point")), ("$2bn aid package", (2e9, 2e9, "USD", "point")),
    ("a trade deficit of about £30bn", (3e10, 3e10, "GBP", "approx")),
    ("$40m settlement", (4e7, 4e7, "USD", "point")), ("remittances of $10 billion", (1e10, 1e10, "USD", "point")),
    # and the projects, levies and transfers of development and sport reports, each refused naming its noun
    ("a Rs 500-crore project", (5e9, 5e9, "INR", "point")), ("a R10-billion plan", (1e10, 1e10, "ZAR", "point")),
    ("a 50p levy", (0.5, 0.5, "GBP", "point")), ("a $7,500 tax credit", (7500, 7500, "USD", "point")),
    ("a £100m transfer", (1e8, 1e8, "GBP", "point")), ("a $200m funding round", (2e8, 2e8, "USD", "point")),
    # and a range's sign on its low end only, or a sign of letters after 'a', each refused at the noun too
    ("a $30-40bn deal", (3e10, 4e10, "USD", "interval")), ("an A$500 million deal", (5e8, 5e8, "AUD", "point")),
    ("a C$2bn deal", (2e9, 2e9, "CAD", "point")),
])
def test_a_sum_of_money_named_by_its_noun(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["a C$", "an A$", "one US$"])
def test_a_sign_of_letters_after_a_or_one_is_no_sum(text):
    """'a C$' read as 1 Canadian dollar: a sign is written with digits, as 'a £' was already refused."""
    with pytest.raises(RangeParseError, match="digits before"):
        parse_range(text)


@pytest.mark.parametrize("text", ["the price of 2,000 people", "a fine of 5 years", "a fine of 30",
                                  "a fee of 3 percentage points"])
def test_a_money_noun_takes_only_money_or_a_share(text):
    with pytest.raises(RangeParseError, match="names a sum of money"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("a deficit of 3%", (3, 3, "percent", "point")), ("debt of about 130 per cent of GDP", (130, 130, "percent", "approx")),
    ("a fee of .75%", (0.75, 0.75, "percent", "point")), ("fees of up to 5%", (N, 5, "percent", "at_most")),
])
def test_a_money_noun_takes_a_share_in_percent_as_written(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("$500 CAD", (500, 500, "CAD", "point")), ("$5,000 USD", (5000, 5000, "USD", "point")),
    ("¥500 JPY", (500, 500, "JPY", "point")), ("about $5,000 AUD", (5000, 5000, "AUD", "approx")),
    ("$5-10 AUD", (5, 10, "AUD", "interval")), ("$5 to $10 CAD", (5, 10, "CAD", "interval")),
    ("£5 EGP", (5, 5, "EGP", "point")),
])
def test_a_code_after_a_sign_says_which_currency_it_is(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["€5 USD", "US$5 AUD", "HK$5 USD", "$5 CAD dollars", "US$5-10 AUD"])
def test_a_sign_and_a_code_naming_two_currencies_are_refused(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("60p", (0.6, "GBP")), ("50 cents", (0.5, "USD")), ("12-cent", (0.12, "USD")), ("43c", (0.43, "USD")),
    ("500 paise", (5, "INR")), ("3 dollars 50 cents", (3.5, "USD")), ("20 ringgit and 43 sen", (20.43, "MYR")),
    ("3 CAD 3 cents", (3.03, "CAD")), ("a penny", (0.01, "GBP")),
])
def test_minor_units_are_read_in_their_currency(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize("text,expected", [
    ("5,000 ± 500", (4500, 5500, "", "interval")), ("5,000 +/- 500 people", (4500, 5500, "person", "interval")),
    ("12% ± 3%", (9, 15, "percent", "interval")), ("12% plus or minus 3", (9, 15, "percent", "interval")),
    ("about 1.1 ± 0.1 °C", (pytest.approx(1.0), pytest.approx(1.2), "celsius_degree", "approx")),
    ("1.5 ± 0.2 million", (1_300_000, 1_700_000, "", "interval")), ("5,000 give or take 500", (4500, 5500, "", "interval")),
    ("5,000 give or take", (5000, 5000, "", "approx")),
    # typeset with a minus sign or an en dash, the margin in brackets was passed over: 12%, exact
    ("12% (+/− 3%)", (9, 15, "percent", "interval")), ("12% (+/– 3%)", (9, 15, "percent", "interval")),
    ("5,000 +− 500", (4500, 5500, "", "interval")),
    # a margin in percentage points around a percent ("a target of 3% plus or minus 1 percentage point")
    ("3% plus or minus 1 percentage point", (2, 4, "percent", "interval")),
    ("3% ± 0.5 percentage points", (2.5, 3.5, "percent", "interval")),
])
def test_a_figure_and_its_margin(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["5,000 ± 10%", "12 ± 3%", "at least 5,000 ± 500", "5,000 ± -500",
                                  "3 percentage points ± 1%"])
def test_a_margin_that_may_be_relative_or_bounded_is_refused(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("1.5C", (1.5, 1.5, "celsius_degree", "point")), ("about 45C", (45, 45, "celsius_degree", "approx")),
    ("47C.", (47, 47, "celsius_degree", "point")), ("104F.", (104, 104, "fahrenheit_degree", "point")),
    ("2C-3C", (2, 3, "celsius_degree", "interval")), ("104F", (104, 104, "fahrenheit_degree", "point")),
    ("45°C", (45, 45, "celsius_degree", "point")), ("−5 ℃", (-5, -5, "celsius_degree", "point")),
    ("1.5-2 degrees Celsius", (1.5, 2, "celsius_degree", "interval")),
    ("up to 3 degrees C", (N, 3, "celsius_degree", "at_most")), ("100 °F", (100, 100, "fahrenheit_degree", "point")),
    ("99c", (0.99, 0.99, "USD", "point")),  # a lower-case 'c' glued is cents
    ("1.5ºC", (1.5, 1.5, "celsius_degree", "point")), ("40 ºF", (40, 40, "fahrenheit_degree", "point")),  # an ordinal
    # indicator for a degree sign: it was refused naming 'oc'
])
def test_temperatures_and_a_capital_c_or_f_glued_to_a_number(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,why", [("40°C to 104°F", "mixes units"), ("2 degrees", "'degrees' alone may be Celsius"),
                                      ("$1.5C", "one unit per figure")])
def test_celsius_and_fahrenheit_never_mix_and_bare_degrees_are_refused(text, why):
    with pytest.raises(RangeParseError, match=why):
        parse_range(text)


def test_celsius_and_fahrenheit_are_never_converted():
    assert units.dimension_key("celsius_degree") != units.dimension_key("fahrenheit_degree")
    assert units.dimension_name("celsius_degree") == "a temperature in °C"
    assert units.canonical_unit("degC") == units.canonical_unit("°C") == "celsius_degree"


@pytest.mark.parametrize("text,mark", [("10⁶", "⁶"), ("5,000¹ people", "¹"), ("2.5²", "²"), ("10₂", "₂"),
                                       ("about 300³", "³"), ("①", "①"), ("⑵ 5%", "⑵")])
def test_a_superscript_after_a_number_is_a_power_or_footnote_never_a_digit(text, mark):
    with pytest.raises(RangeParseError, match="a power, or a footnote or list mark") as err:
        parse_range(text)
    assert err.value.word == mark


@pytest.mark.parametrize("text,mark", [("1,500ᵇ households", "ᵇ"), ("2.1m ᵃ", "ᵃ"), ("5ᵐ", "ᵐ")])
def test_a_superscript_letter_is_a_footnote_s_mark_never_a_scale(text, mark):
    """'1,500ᵇ households' read as 1.5 trillion: compatibility normalization made the mark a 'b', a billion."""
    with pytest.raises(RangeParseError, match="a footnote's mark") as err:
        parse_range(text)
    assert err.value.word == mark
    assert not bulk.parse_many([text], [""]).done[0]


def test_a_superscript_after_a_unit_is_its_power():
    assert parse_range("500 km²").unit == "square_kilometer"


@pytest.mark.parametrize("word,codes", [
    ("pesos", ("ARS", "MXN")), ("francs", ("CHF", "XOF")), ("dinars", ("KWD",)), ("riyals", ("SAR", "QAR")),
    ("kroner", ("DKK", "NOK")), ("cfa francs", ("XAF", "XOF")), ("fcfa", ("XAF", "XOF")), ("cfa", ("XAF", "XOF")),
    ("dhs", ("AED", "MAD")), ("kr", ("DKK", "ISK", "NOK", "SEK")), ("sr", ("SAR", "SCR")),
])
def test_a_name_several_currencies_share_is_refused_with_what_it_could_mean(word, codes):
    """'500 CFA francs' named 'cfa' as an unknown word: a shared name may be two words long."""
    with pytest.raises(RangeParseError, match=f"'{word}' names several currencies") as err:
        parse_range(f"500 {word}")
    assert all(code in str(err.value) for code in codes)
    if " " in word or word in ("fcfa", "cfa", "dhs", "kr", "sr"):
        return  # no currency's own name ends in these: the suggestion is its English name
    assert f" {word}'" in str(err.value)  # the suggestion spells the name as the table does: 'Danish kroner'


@pytest.mark.parametrize("text", ["Dh500", "FCFA500", "DH 500", "Sh200,000", "Sh1.2 billion", "Shs 10,000", "Sh 700"])
def test_a_shared_abbreviation_glued_to_its_number_is_refused_as_money_not_as_a_name(text):
    """'Sh200,000' was refused as a name ('COVID-19'), 'Sh 700' for an unknown word 'sh': East Africa's shillings."""
    with pytest.raises(RangeParseError, match="names several currencies"):
        parse_range(text)


def test_namibia_s_dollar_sign_reads():
    """'N$18.00 per hour' was refused at 'n'."""
    assert reading("N$18.00 per hour") == (18, 18, "NAD/hour", "point")
    assert reading("N30,000")[2] == "NGN"  # the naira's letter alone


@pytest.mark.parametrize("text,expected", [
    ("J$9,000 a week", (9000, 9000, "JMD/week", "point")), ("TT$17.50 an hour", (17.5, 17.5, "TTD/hour", "point")),
    ("Nu 5,000", (5000, 5000, "BTN", "point")), ("Re 0.80", (0.8, 0.8, "INR", "point")),
    ("LL 1.5 million", (1.5e6, 1.5e6, "LBP", "point")), ("50 kobo", (0.5, 0.5, "NGN", "point")),
    ("30 poisha", (0.3, 0.3, "BDT", "point")), ("Q58,000", (58000, 58000, "GTQ", "point")),  # not 'Q3'
    ("about Q1,900 a month", (1900, 1900, "GTQ/month", "approx")),
    ("£E 150 million", (1.5e8, 1.5e8, "EGP", "point")), ("£E1.2bn", (1.2e9, 1.2e9, "EGP", "point")),
])
def test_signs_and_minor_units_the_regional_press_writes(text, expected):
    """Each was refused at its sign or unit ('j', 'tt', 'nu', 're', 'll', 'kobo', 'poisha', '£' of '£E', and
    '£E1.2bn' as a name's letters 'E1')."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,match", [
    ("2300 hrs", "24-hour clock"), ("0800 hours", "24-hour clock"),  # were 2,300 and 800 hours
    ("MAD 3,000", "'MAD' is read as money only through its sign or name \\('Moroccan dirham'\\)"),  # was "'mad' is not
    ("12 per lakh", "'per lakh' makes the figure a rate per many"),  # a word …", as "'per' …" was
    ("K2.5 billion", "sign of several currencies \\(MMK, MWK, PGK, ZMW\\)"),  # were 'names a thing ('COVID-19' …)'
    ("P1,200", "sign of several currencies \\(BWP, MOP, PHP\\)"), ("K9", "names a thing"),
    ("8.9/100,000", "'/100,000' makes the figure a rate per many"),  # was "'8.9/100' is a date"
    ("5/100,000 cars", "'/100,000' makes"), ("12 per 100k", "'per 100k' makes"),  # was "'per 100' makes"
    ("3.4 million*", "'\\*' marks a footnote"),  # was "'*' … is not a word"
    ("18.2%**", "'\\*\\*' marks a footnote"),
    ("2,310†", "'†' marks a footnote, which may say the figure is an estimate"),
    ("forty-second", "may be an ordinal \\('the forty-second floor', the 42nd\\) or forty seconds"),  # was 40 s
    ("The Sixty-Second Floor", "'Sixty-Second' may be an ordinal"),
])
def test_refusals_that_say_what_the_figure_is(text, match):
    refused(text, match)


@pytest.mark.parametrize("text,expected", [("1,500 hours", 1500), ("1200 hours a year", 1200),
                                           ("1200 hours of training", 1200)])
def test_hours_that_last_are_read(text, expected):
    assert reading(text)[0] == expected




@pytest.mark.parametrize("text,expected", [
    ("Rs 5,000/-", (5000, 5000, "INR", "point")), ("Rs 5,000-10,000/-", (5000, 10000, "INR", "interval")),
    ("Rs 5,000/- per month", (5000, 5000, "INR/month", "point")), ("Tk 500/-", (500, 500, "BDT", "point")),
])
def test_a_whole_sum_is_read_as_south_asia_writes_it(text, expected):
    """'Rs 5,000/-' was refused at '/'."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["50%/-", "5 years/-"])
def test_the_mark_of_a_whole_sum_after_no_sum_is_refused(text):
    with pytest.raises(RangeParseError, match="'/'"):
        parse_range(text)


@pytest.mark.parametrize("text", ["5,000/-", "4.6bn/-", "5,000/=", "5,000/- people"])
def test_the_mark_of_a_whole_sum_after_a_bare_number_asks_for_the_local_money(text):
    """'65,000/-' is Tanzanian shillings in Dar es Salaam and rupees in Karachi: refused whole, naming the mark (the
    article extractor reads it in the money of the place the text is about)."""
    with pytest.raises(ranges.RefusedWhole, match="closes a sum in the local money") as refused:
        parse_range(text)
    assert refused.value.word == "/" + text.split("/")[1][0]  # the mark, as written


def test_the_suggested_name_is_cased_as_the_currency_s_name():
    """'500 dirhams' suggested 'Uae dirhams'."""
    with pytest.raises(RangeParseError, match="'UAE dirhams'"):
        parse_range("500 dirhams")


def test_every_currency_of_the_exchange_rate_table_is_in_the_currency_table():
    with open(paths.FX_RATES, newline="", encoding="utf-8") as fh:
        in_fx = {row["currency"] for row in csv.DictReader(fh)}
    assert len(in_fx) == 22
    assert in_fx <= set(currencies.table())


def test_a_currency_the_rate_table_lacks_reads_but_converting_it_names_the_table():
    assert parse_range("₦50,000").unit == "NGN"
    with pytest.raises(units.UnitError, match="no exchange rates for NGN; fx_usd.csv has AUD"):
        units.to_usd(50_000, "NGN", 2020)
    assert units.to_usd(700, "CAD", 2020) == pytest.approx(700 / 1.3415, rel=1e-3)


def test_a_spelling_in_two_rows_is_an_error_in_the_table(tmp_path):
    path = tmp_path / "currencies.csv"
    path.write_text("code,name,symbols,names,minor,minor_digits,note\n"
                    "AAA,a,$,x,,2,\nBBB,b,$,y,,2,\n", encoding="utf-8")
    with pytest.raises(currencies.CurrencyTableError, match=r"'\$' names both AAA and BBB"):
        currencies.table(path)


def test_codes_that_are_words_are_not_read_as_money():
    for text in ("All 70 of us", "top 10", "try 5"):
        with pytest.raises(RangeParseError):
            parse_range(text)


# --- units: decades, life terms, ages, rates ---------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("two decades", (20, 20, "year", "point")),
    ("a decade or longer", (10, N, "year", "at_least")),
    ("three to four decades", (30, 40, "year", "interval")),
    ("half a century", (50, 50, "year", "point")),
    ("decades", (20, 100, "year", "vague")),
    ("30 years to life", (30, N, "year", "at_least")),
    ("younger than 16", (N, 16, "year", "at_most")),
    ("under the age of 18", (N, 18, "year", "at_most")),
    ("at the age of 20", (20, 20, "year", "point")), ("at age 20", (20, 20, "year", "point")),
    ("between the ages of 12 and 16", (12, 16, "year", "interval")),
    ("half a percent", (0.5, 0.5, "percent", "point")),
    ("half a percentage point", (0.5, 0.5, "percentage_point", "point")),
    ("older than 60", (60, N, "year", "at_least")),
    ("aged 34", (34, 34, "year", "point")),
    ("29 years old", (29, 29, "year", "point")), ("87 yo", (87, 87, "year", "point")),
    ("18-25 y.o.", (18, 25, "year", "interval")),
    ("in their 30s", (30, 39, "year", "interval")),
    ("in her twenties", (20, 29, "year", "interval")),
    ("in their teens", (13, 19, "year", "interval")), ("in their teens and twenties", (13, 29, "year", "interval")),
    ("$3,000 per capita", (3000, 3000, "USD/person", "point")),
    ("$500 a head", (500, 500, "USD/person", "point")), ("$3,000 per capita.", (3000, 3000, "USD/person", "point")),
    ("1,000 yuan per woman", (1000, 1000, "CNY/person", "point")),
    ("$200 a month", (200, 200, "USD/month", "point")),
    ("5,000 people per year", (5000, 5000, "person/year", "point")),
    ("$2 million annually", (2e6, 2e6, "USD/year", "point")), ("3.5% p.a.", (3.5, 3.5, "percent/year", "point")),
    ("£35k pa", (35000, 35000, "GBP/year", "point")), ("₹15,000 p.m.", (15000, 15000, "INR/month", "point")),
    ("30-45 mins", (30, 45, "minute", "interval")), ("2-3 hr", (2, 3, "hour", "interval")),
    ("90 seconds", (90, 90, "second", "point")), ("3.5 second", (3.5, 3.5, "second", "point")),
    ("20-30 secs", (20, 30, "second", "interval")), ("2 minutes 30 seconds", (150, 150, "second", "point")),
    ("30 MUSD", (30e6, 30e6, "USD", "point")), ("120 MSEK", (120e6, 120e6, "SEK", "point")),
    ("500 kEUR", (500_000, 500_000, "EUR", "point")), ("£145 a night", (145, 145, "GBP/day", "point")),
    ("2 nights", (2, 2, "day", "point")),
    ("$350 per kg", (350, 350, "USD/kilogram", "point")),
    ("500 km²", (500, 500, "square_kilometer", "point")), ("1.5 million km2", (1.5e6, 1.5e6, "square_kilometer", "point")),
    ("about 3,000-4,000 hectares", (3000, 4000, "hectare", "approx")), ("13 square miles", (13, 13, "square_mile", "point")),
    ("20 square metres", (20, 20, "square_meter", "point")), ("660 m²", (660, 660, "square_meter", "point")),
    ("660m2", (660, 660, "square_meter", "point")), ("1,000 sq ft", (1000, 1000, "square_foot", "point")),
    ("10 kilos", (10, 10, "kilogram", "point")),
    ("$500 per acre", (500, 500, "USD/acre", "point")),
    ("500 metres", (500, 500, "meter", "point")), ("2-3 meters", (2, 3, "meter", "interval")),
    ("1 kilometre", (1, 1, "kilometer", "point")), ("20 metric tons", (20, 20, "metric_ton", "point")),
    ("1 tonne", (1, 1, "metric_ton", "point")), ("5 feet", (5, 5, "foot", "point")),
    ("10 ft", (10, 10, "foot", "point")), ("5 short tons", (5, 5, "short_ton", "point")),
    ("2-3 million long tons", (2e6, 3e6, "long_ton", "interval")),
    ("25 basis points", (0.25, 0.25, "percentage_point", "point")), ("50bp", (0.5, 0.5, "percentage_point", "point")),
    ("up to 75 bps", (None, 0.75, "percentage_point", "at_most")),
    ("15 years' imprisonment", (15, 15, "year", "point")), ("15 years’ imprisonment", (15, 15, "year", "point")),
    ("three to five years’ hard labour", (3, 5, "year", "interval")),
])
def test_units(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    # these were refused naming the unit: seizures, rations, heights, oil
    ("500 g", (500, 500, "gram", "point")), ("500g of heroin", (500, 500, "gram", "point")),
    ("3-5g", (3, 5, "gram", "interval")), ("1.5 g per day", (1.5, 1.5, "gram/day", "point")),
    ("30 cm", (30, 30, "centimeter", "point")), ("150 centimetres", (150, 150, "centimeter", "point")),
    ("4 inches", (4, 4, "inch", "point")), ("40 ml", (40, 40, "milliliter", "point")),
    ("2 million barrels a day", (2e6, 2e6, "oil_barrel/day", "point")), ("300 bbl", (300, 300, "oil_barrel", "point")),
    ("5 US gallons", (5, 5, "gallon", "point")), ("5 imperial gallons", (5, 5, "imperial_gallon", "point")),
    # a price per measure is a rate with 'a' as with 'per'
    ("$70 a barrel", (70, 70, "USD/oil_barrel", "point")), ("$500 a kilo", (500, 500, "USD/kilogram", "point")),
    ("50 cents a litre", (0.5, 0.5, "USD/liter", "point")), ("2 tonnes a hectare", (2, 2, "metric_ton/hectare", "point")),
])
def test_measures(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected,compact", [
    ("2 GW", (2, 2, "gigawatt", "point"), "2 GW"), ("a 500MW plant", None, None),
    ("at least 3,000 megawatts", (3000, N, "megawatt", "at_least"), "3,000+ MW"),
    ("120 TWh a year", (120, 120, "terawatt_hour/year", "point"), "120 TWh/year"),
    ("5 kilowatt-hours", (5, 5, "kilowatt_hour", "point"), "5 kWh"),
    ("40 watts", (40, 40, "watt", "point"), "40 watts"),
    ("60 km/h", (60, 60, "kilometer/hour", "point"), "60 km/h"),
    ("between 60 and 80 km per hour", (60, 80, "kilometer/hour", "interval"), "60–80 km/h"),
    ("70 mph", (70, 70, "mile/hour", "point"), "70 mph"), ("40 kph", (40, 40, "kilometer/hour", "point"), "40 km/h"),
])
def test_power_energy_and_speed(text, expected, compact):
    """'2 GW', '120 TWh' and '60 km/h' were refused naming the unit: plants, grids and journeys."""
    if expected is None:
        refused(text, "'plant'")
        return
    assert reading(text) == expected
    assert format_range(parse_range(text)) == compact and reading(compact) == expected


@pytest.mark.parametrize("text,expected,compact", [
    ("3.6 mm a year", (3.6, 3.6, "millimeter/year", "point"), "3.6 mm/year"),
    ("200mm of rain", (200, 200, "millimeter", "point"), "200 mm"),
    ("5 m³", (5, 5, "cubic_meter", "point"), "5 m³"), ("5m3", (5, 5, "cubic_meter", "point"), "5 m³"),
    ("4,600 km³", (4600, 4600, "cubic_kilometer", "point"), "4,600 km³"),  # was refused: 'km3' names a thing
    ("5 cubic kilometres", (5, 5, "cubic_kilometer", "point"), "5 km³"),
    ("30 billion cubic metres", (3e10, 3e10, "cubic_meter", "point"), "30,000,000,000 m³"),
    ("between 10 and 20 bcm", (1e10, 2e10, "cubic_meter", "interval"), "10,000,000,000–20,000,000,000 m³"),
    ("36.8 Gt of CO2", (36.8, 36.8, "gigatonne", "point"), "36.8 Gt"),
    ("about 5 gigatonnes", (5, 5, "gigatonne", "approx"), "~5 Gt"),
    ("5 megatonnes", (5, 5, "megatonne", "point"), "5 megatonnes"),
    ("36.8 GtCO2", (36.8, 36.8, "gigatonne", "point"), "36.8 Gt"),
    ("about 5-6 MtCO2e a year", (5, 6, "megatonne/year", "approx"), "~5–6 megatonnes/year"),
    ("120 tCO2e", (120, 120, "metric_ton", "point"), "120 tonnes"),
])
def test_rain_water_gas_and_emissions(text, expected, compact):
    """'3.6 mm a year', '30 bcm' and '36.8 Gt' were refused naming the unit: sea levels, gas and emissions."""
    assert reading(text) == expected
    assert format_range(parse_range(text)) == compact and reading(compact) == expected


@pytest.mark.parametrize("text,expected,compact", [
    ("35 µg/m³", (35, 35, "microgram/cubic_meter", "point"), "35 µg/m³"),
    ("35 μg/m3", (35, 35, "microgram/cubic_meter", "point"), "35 µg/m³"),
    ("35 micrograms per cubic metre", (35, 35, "microgram/cubic_meter", "point"), "35 µg/m³"),
    ("5-10 mcg", (5, 10, "microgram", "interval"), "5–10 µg"),
    ("10 mg/L", (10, 10, "milligram/liter", "point"), "10 mg/litre"),
    ("5 µg/l", (5, 5, "microgram/liter", "point"), "5 µg/litre"),
    ("about 420 ppm of CO2", (420, 420, "part_per_million", "approx"), "~420 ppm"),
    ("420 parts per million", (420, 420, "part_per_million", "point"), "420 ppm"),
    ("between 5 and 10 ppb", (5, 10, "part_per_billion", "interval"), "5–10 ppb"),
    ("3.5 billion cubic feet", (3.5e9, 3.5e9, "cubic_foot", "point"), "3,500,000,000 cubic feet"),
    ("20 tcf", (2e13, 2e13, "cubic_foot", "point"), "20,000,000,000,000 cubic feet"),
    ("$3.20 per Mcf", (3.2, 3.2, "USD/thousand_cubic_feet", "point"), "$3.2/Mcf"),  # gas, per thousand cubic feet
    ("1.2 million bpd", (1.2e6, 1.2e6, "oil_barrel/day", "point"), "1,200,000 barrels/day"),
    ("2,100 kcal a day", (2100, 2100, "kilocalorie/day", "point"), "2,100 kcal/day"),
    ("14.6 mmHg", (14.6, 14.6, "millimeter_Hg", "point"), "14.6 mmHg"),
    ("above 140 mm Hg", (140, None, "millimeter_Hg", "at_least"), "140+ mmHg"),
    ("1,800 calories of food a day", (1800, 1800, "kilocalorie/day", "point"), "1,800 kcal/day"),
    ("10kmph", (10, 10, "kilometer/hour", "point"), "10 km/h"),
    ("40 deg celsius", (40, 40, "celsius_degree", "point"), "40 °C"),
    ("10.5 celcius", (10.5, 10.5, "celsius_degree", "point"), "10.5 °C"),
    ("100.2 degrees farenheit", (100.2, 100.2, "fahrenheit_degree", "point"), "100.2 °F"),
    ("930,000 mi", (930000, 930000, "mile", "point"), "930,000 miles"),
    ("5 grammes", (5, 5, "gram", "point"), "5 grams"),
])
def test_pollutants_concentrations_gas_oil_and_food(text, expected, compact):
    """Air and water quality, CO2 in the air, gas reserves, oil output and food rations were refused
    naming the unit ('35 µg/m³', '420 ppm', '20 tcf', '1m bpd', '2,100 kcal')."""
    assert reading(text) == expected
    assert format_range(parse_range(text)) == compact and reading(compact) == expected


@pytest.mark.parametrize("text,expected,compact", [
    ("300 LMT", (3e7, 3e7, "metric_ton", "point"), "30,000,000 tonnes"),
    ("12.5 MMT of foodgrains", (1.25e7, 1.25e7, "metric_ton", "point"), "12,500,000 tonnes"),
    ("a 7.5 MTPA", (7.5e6, 7.5e6, "metric_ton/year", "point"), "7,500,000 tonnes/year"),
    ("about 3-4 t/ha", (3, 4, "metric_ton/hectare", "approx"), "~3–4 tonnes/hectare"),
    ("500 kilotonnes", (500, 500, "kilotonne", "point"), "500 kilotonnes"),
    ("6.1 MAF", (6.1e6, 6.1e6, "acre_foot", "point"), "6,100,000 acre-feet"),
    ("2 acre-feet", (2, 2, "acre_foot", "point"), "2 acre-feet"),
    ("45,000 cusecs", (45000, 45000, "cubic_foot/second", "point"), "45,000 cubic feet/second"),
    ("120 cumecs", (120, 120, "cubic_meter/second", "point"), "120 m³/second"),
    ("135 lpcd", (135, 135, "liter/person/day", "point"), "135 litres/person/day"),
    ("around 700 gigalitres", (700, 700, "gigaliter", "approx"), "~700 gigalitres"),
    ("50 megalitres a day", (50, 50, "megaliter/day", "point"), "50 megalitres/day"),
    ("about 600 EJ", (600, 600, "exajoule", "approx"), "~600 EJ"),
    ("1.2 GJ per tonne", (1.2, 1.2, "gigajoule/metric_ton", "point"), "1.2 GJ/tonne"),
    ("780 kb/d", (780000, 780000, "oil_barrel/day", "point"), "780,000 barrels/day"),
    ("2.5 million b/d", (2.5e6, 2.5e6, "oil_barrel/day", "point"), "2,500,000 barrels/day"),  # was refused at 'b',
    ("59 ± 6.6 GtCO2-eq", (pytest.approx(52.4), pytest.approx(65.6), "gigatonne", "interval"), "52.4–65.6 Gt"),
    ("1.2 GtCO2eq", (1.2, 1.2, "gigatonne", "point"), "1.2 Gt"),
    ("32 000MW", (32000, 32000, "megawatt", "point"), "32,000 MW"),  # spaced thousands, the unit glued
    # blood: per decilitre and in millimoles a litre
    ("≥126 mg/dL", (126, None, "milligram/deciliter", "at_least"), "126+ mg/dL"),
    ("12 g/dL", (12, 12, "gram/deciliter", "point"), "12 grams/dL"),  # the lone 'g' was read as grams, then '/'
    ("7 mmol/L", (7, 7, "millimole/liter", "point"), "7 mmol/litre"),
    ("30 ng/mL or higher", (30, None, "nanogram/milliliter", "at_least"), "30+ ng/ml"),  # each was refused naming
    ("250 pg/mL", (250, 250, "picogram/milliliter", "point"), "250 pg/ml"),  # the unit: a blood test's, a nuclear
    ("20 mSv a year", (20, 20, "millisievert/year", "point"), "20 mSv/year"),  # worker's dose, a food's activity
    ("up to 100 becquerels per kilogram", (None, 100, "becquerel/kilogram", "at_most"), "≤100 Bq/kg"),
    ("69.4 Mbps", (69.4, 69.4, "megabit_per_second", "point"), "69.4 Mbps"),  # was a section's number '69.4'
    ("5.6 terabits per second", (5.6, 5.6, "terabit_per_second", "point"), "5.6 Tbps"),
    ("US$0.04 per GB", (0.04, 0.04, "USD/gigabyte", "point"), "$0.04/GB"),
    ("1.3 terabytes", (1.3, 1.3, "terabyte", "point"), "1.3 terabytes"),
])
def test_grain_yields_plants_and_water(text, expected, compact):
    """Indian English's lakh and million metric tonnes, a plant's capacity, a crop's yield and water stored, flowing
    and supplied were refused naming the unit ('300 LMT', '7.5 MTPA', '3 t/ha', '6.1 MAF', '45,000 cusecs')."""
    assert reading(text) == expected
    assert format_range(parse_range(text)) == compact and reading(compact) == expected


@pytest.mark.parametrize("text,match", [
    ("10 cal", "'cal'"), ("2,100 kcal per person per day per week", "second rate"),
    ("3 to 4 L", "litres or, in Indian English, lakh"),
    ("10l", "litres or, in Indian English, lakh"),
    ("1m bpd a year", "rate of a rate"),
    ("25 quintals", "'quintals'"), ("30 kt", "'kt'"), ("3 mb/d", "'mb'"), ("20 ML", "megalitres"),
])

def test_what_the_new_units_leave_refused(text, match):
    """A bare 'cal' (a calorie or a kilocalorie), 'L' (litres, or lakh in India) outside a concentration and a
    second rate stay refused."""
    refused(text, match)


@pytest.mark.parametrize("text,expected", [
    ("$5.20 a bushel", (5.2, 5.2, "USD/bushel", "point")),
    ("14.9 billion bushels", (14.9e9, 14.9e9, "bushel", "point")),
    ("177.3 bushels per acre", (177.3, 177.3, "bushel/acre", "point")),
    ("up to 15 cents a bushel", (N, 0.15, "USD/bushel", "at_most")),
    ("Tk 1,200 a maund", (1200, 1200, "BDT/maund", "point")), ("40 maunds per acre", (40, 40, "maund/acre", "point")),
    ("$2,400 a troy ounce", (2400, 2400, "USD/troy_ounce", "point")),
    ("1.2 million troy ounces", (1.2e6, 1.2e6, "troy_ounce", "point")),
    ("25 metric quintals per hectare", (25, 25, "metric_quintal/hectare", "point")),
    # gas and power as they are priced, and beer in hectolitres, containers in TEU
    ("$3.40 per MMBtu", (3.4, 3.4, "USD/million_btu", "point")), ("$1.20 a therm", (1.2, 1.2, "USD/therm", "point")),
    ("12 cents a kWh", (0.12, 0.12, "USD/kilowatt_hour", "point")),
    ("5 million hectolitres", (5e6, 5e6, "hectoliter", "point")), ("1.5 million TEU", (1.5e6, 1.5e6, "", "point")),
])
def test_grain_and_precious_metals_in_their_trade_s_units(text, expected):
    """Each was refused at 'bushel', 'maund' or 'troy'; the maund (37.3 kg in India, 40 in Pakistan) never converts."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("about 96 square km", (96, 96, "square_kilometer", "approx")),
    ("3,000 sq feet", (3000, 3000, "square_foot", "point")),
    ("6.5 cubic km", (6.5, 6.5, "cubic_kilometer", "point")), ("20 cubic m", (20, 20, "cubic_meter", "point")),
    ("1,200 light years", (1200, 1200, "light_year", "point")),
    ("roughly 2.7 billion light-years", (2.7e9, 2.7e9, "light_year", "approx")),
    ("25 nanometres", (25, 25, "nanometer", "point")), ("30 µm", (30, 30, "micrometer", "point")),
    ("up to 1.4 kelvin", (N, 1.4, "kelvin", "at_most")), ("13.6 TeV", (13.6, 13.6, "teraelectron_volt", "point")),
    ("15 picoseconds", (15, 15, "picosecond", "point")), ("600-800 IU", (600, 800, "international_unit", "interval")),
    ("5,000 IU of vitamin D", (5000, 5000, "international_unit", "point")),
    # and counts of kin, of sport and of medicines
    ("nine grandchildren", (9, 9, "person", "point")), ("five brothers", (5, 5, "person", "point")),
    ("112 runs", (112, 112, "", "point")), ("17 shots", (17, 17, "", "point")),
    ("three wicket-takers", (3, 3, "person", "point")),  # bowlers: a count of people, not of wickets
    ("$40 a shot", (40, 40, "USD/shot_count", "point")), ("at least 390 medicines", (390, N, "", "at_least")),
])
def test_measures_of_science_reports_and_counts_of_kin_and_sport(text, expected):
    """Each was refused at 'square', 'cubic', 'light', 'nanometres', 'kelvin', 'TeV', 'IU', 'grandchildren' or 'runs';
    a shot priced is a count of its own, not pint's shot of 30 ml."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("500 horsepower", (500, 500, "horsepower", "point")), ("about 300 bhp", (300, 300, "horsepower", "approx")),
    ("650 newton metres", (650, 650, "newton_meter_torque", "point")),
    ("479 lb-ft", (479, 479, "pound_foot_torque", "point")), ("6,500 rpm", (6500, 6500, "rotation/minute", "point")),
    ("35 psi", (35, 35, "psi", "point")), ("950 hPa", (950, 950, "hectopascal", "point")),
    ("as low as 960 millibars", (960, N, "millibar", "at_least")),
    ("85 decibels", (85, 85, "decibel_level", "point")), ("up to 120 dB", (N, 120, "decibel_level", "at_most")),
    ("60-100 bpm", (60, 100, "beat/minute", "interval")), ("120 beats per minute", (120, 120, "beat/minute", "point")),
    ("5,000 mAh", (5000, 5000, "milliampere_hour", "point")),
    # and ships: what a hull carries, in tonnes, and its size inside, an index of volume
    ("19.3 million dwt", (19.3e6, 19.3e6, "deadweight_tonne", "point")),
    ("48.6 million deadweight tonnes", (48.6e6, 48.6e6, "deadweight_tonne", "point")),
    ("more than 130,000 gross tons", (130_000, N, "gross_ton", "at_least")),
])
def test_engines_tyres_weather_hearts_and_batteries_in_their_units(text, expected):
    """Each was refused naming its unit. Torque, a shaft's turns, a heartbeat and a decibel are dimensions of their
    own: pint would make torque an energy, turns and beats plain numbers per minute, and a decibel a logarithm."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["a 7-under 65", "5-over 75", "30–less than 50", "20 - up to 30"])
def test_a_bound_word_after_a_dash_is_no_range_s_end(text):
    """'a 7-under 65' (a golf score) read as 7 to 65, '5-over 75' as at least 5; a hedge may stand there."""
    with pytest.raises(RangeParseError, match="a bound word there ends no range"):
        parse_range(text)
    assert reading("2 - ~7 grams") == (2, 7, "gram", "approx")


def test_torque_and_energy_never_convert_into_each_other():
    assert not units.ureg("newton_meter_torque").is_compatible_with("joule")
    assert units.ureg("pound_foot_torque").to("newton_meter_torque").magnitude == pytest.approx(1.3558, rel=1e-4)


@pytest.mark.parametrize("text,word", [("40 mpg", "miles per US gallon or per imperial gallon"),
                                       ("650 Nm", "newton metres of torque"), ("a 5nm chip", "nanometres")])
def test_miles_per_gallon_and_nm_alone_are_refused_naming_what_they_may_be(text, word):
    with pytest.raises(RangeParseError, match=word):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("hundred", (100, 100, "", "point")), ("hundred thousand", (1e5, 1e5, "", "point")),
    ("thousand liters", (1000, 1000, "liter", "point")), ("million people", (1e6, 1e6, "person", "point")),
    ("some hundred thousand people", (1e5, 1e5, "person", "approx")), ("crore rupees", (1e7, 1e7, "INR", "point")),
    ("between hundred and two hundred", (100, 200, "", "interval")), ("up to hundred", (N, 100, "", "at_most")),
    ("a kilogram", (1, 1, "kilogram", "point")), ("more than a litre", (1, N, "liter", "at_least")),
    ("up to a tonne", (N, 1, "metric_ton", "at_most")), ("between a kilogram and 2 kg", (1, 2, "kilogram", "interval")),
    ("a litre of water a day", (1, 1, "liter/day", "point")), ("$5 a litre", (5, 5, "USD/liter", "point")),
])
def test_a_scale_or_a_unit_without_a_number_is_one_of_it(text, expected):
    """'hundred thousand' and 'a litre' were refused, where 'a hundred thousand' and 'a year' read."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("$150bn-a-year", (1.5e11, 1.5e11, "USD/year", "point")),
    ("£30,000-a-year", (30_000, 30_000, "GBP/year", "point")),
    ("$15-an-hour wage", (15, 15, "USD/hour", "point")), ("$2-a-day to $5-a-day", (2, 5, "USD/day", "interval")),
    ("3-to-5 years", (3, 5, "year", "interval")), ("three-to-five years", (3, 5, "year", "interval")),
    ("5%-to-10%", (5, 10, "percent", "interval")), ("$5-to-$10", (5, 10, "USD", "interval")),
])
def test_a_rate_or_a_range_joined_by_hyphens_as_an_adjective(text, expected):
    """'a $150bn-a-year industry' and '3-to-5 years' were refused ('-' inside 'a year'; 'to-5' a name)."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,match", [("3-to-1", "low end is above the high end"), ("a-year", "inside 'a year'"),
                                        ("back-to-back", "'back'")])
def test_hyphens_that_join_no_figure_stay_refused(text, match):
    refused(text, match)


@pytest.mark.parametrize("text,match", [
    ("1,500) people", "unmatched '\\)'"), ("(about 5,000 people", "unmatched '\\('"), ("5,000 (est.]", "unmatched"),
    ("2005)", "unmatched"), ("about 2005", "reads as a year"), ("circa 2010", "reads as a year"),
    ("~2010", "reads as a year"), ("c. 2005", "reads as a year"),
])
def test_a_cut_bracket_and_a_hedged_year_are_no_figure(text, match):
    """'1,500) people' read 1,500 people, its bracket (and what it held) dropped; '2005)' of a citation
    read 2,005, and 'since about 2005' gave ~2,005."""
    refused(text, match)


def test_a_year_like_count_with_a_bound_a_noun_or_an_estimate_still_reads():
    assert reading("more than 2000") == (2000, N, "", "at_least")
    assert reading("about 2005 people") == (2005, 2005, "person", "approx")
    assert reading("an estimated 2000") == (2000, 2000, "", "approx")
    assert reading("5,000 (est.)") == (5000, 5000, "", "approx")


def test_a_sign_whose_letters_are_a_word_is_a_sign_only_glued_after_a_number_too():
    """'0.40 s (after a fix) /', from the shared notes, read 0.40 Peruvian soles: 's' and a later '/' made 'S/'."""
    refused("0.40 s (after a fix) /", "'s'")
    refused("0.40 s /", "'s'")
    assert reading("5 S/") == (5, 5, "PEN", "point") and reading("S/ 5") == (5, 5, "PEN", "point")


@pytest.mark.parametrize("text", ["sixty–three thousand", "sixty—three thousand people", "about forty–five"])
def test_a_range_dash_inside_the_words_of_one_number_is_refused(text):
    """'sixty–three thousand' read 60–3,000: its dash is far more often the hyphen of 63,000."""
    refused(text, "joins the words of one number with a dash")


def test_a_range_dash_between_whole_number_words_reads():
    assert reading("twenty–thirty") == (20, 30, "", "interval")
    assert reading("five–nine") == (5, 9, "", "interval")


@pytest.mark.parametrize("text,match", [
    ("a person", "'person'"), ("a percent", "'percent'"),
    ("5 per thousand", "'per thousand' makes the figure a rate per many"),
    ("USD million 30", "'usd' needs a number"), ("5 thousand thousand", "'thousand' \\(after 'thousand'\\)"),
])
def test_a_scale_or_a_unit_after_what_makes_it_no_figure_stays_refused(text, match):
    refused(text, match)


@pytest.mark.parametrize("text,message", [
    ("5 Mt", "megatonnes .* metric tons"), ("5 MT of rice", "megatonnes .* metric tons"),
    ("5 Mt CO2e", "megatonnes .* metric tons"), ("5 CO2e", "names a thing"),
    ("5MM", "a million in finance"), ("$5MM", "a million in finance"),
])
def test_units_whose_letters_say_two_things_are_refused(text, message):
    with pytest.raises(RangeParseError, match=message):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("Rs1.2tr", (1.2e12, 1.2e12, "INR", "point")), ("RM1.2bil", (1.2e9, 1.2e9, "MYR", "point")),
    ("more than RM10mil", (1e7, N, "MYR", "at_least")), ("upto Rs 5 lakh", (N, 500_000, "INR", "at_most")),
    ("a shade under 40 per cent", (N, 40, "percent", "at_most")), ("a shade over $1bn", (1e9, N, "USD", "at_least")),
    ("the best part of 20 years", (20, 20, "year", "approx")), ("Ksh 1,000/=", (1000, 1000, "KES", "point")),
    ("15-20 nos.", (15, 20, "", "interval")),
])
def test_how_the_south_asian_malaysian_and_east_african_press_write_figures(text, expected):
    """Each was refused at its scale, bound, mark or noun."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("an estimated R1.2 billion", (1.2e9, 1.2e9, "ZAR", "approx")), ("R500m", (5e8, 5e8, "ZAR", "point")),
    ("over R2,400", (2400, N, "ZAR", "at_least")), ("R1,500 to R2,000", (1500, 2000, "ZAR", "interval")),
    ("N30,000", (30_000, 30_000, "NGN", "point")), ("N5bn-N7bn", (5e9, 7e9, "NGN", "interval")),
    # a sum priced per something, or a range of such: each was refused as a name, 'R350' as a road
    ("R350 a month", (350, 350, "ZAR/month", "point")), ("R300 to R350 a month", (300, 350, "ZAR/month", "interval")),
    ("N617 per litre", (617, 617, "NGN/liter", "point")),
])
def test_the_rand_and_the_naira_by_their_letter_glued_to_a_sum(text, expected):
    """Each was refused as a name, 'R1.2'."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,match", [
    ("R350", "may be a sum in South African rand \\(ZAR\\) or a name .*'ZAR 350'"),
    ("R350 grant", "'R350' may be a sum in South African rand"), ("N95 masks", "Nigerian naira \\(NGN\\) or a name"),
    ("R 500", "'r'"), ("Q3 2024", "'Q3' names a thing"),  # a single digit after the letter: a quarter, 'R5'
    ("Q3 a year earlier", "'Q3' names a thing"), ("R350 a few", "'R350' may be a sum")])  # no price per a thing
def test_the_letter_before_a_number_not_written_as_a_sum_may_be_money_or_a_name(text, match):
    """'R350' was refused as a name only ('names a thing'): the message says how to write it as rands."""
    refused(text, match)


@pytest.mark.parametrize("text", ["R$ 50 mil", "R$50mil", "MX$ 5 mil", "€5 mil", "R$ 5-10 mil"])
def test_mil_after_a_currency_of_portuguese_or_spanish_is_refused(text):
    """'R$ 50 mil' is R$50,000 in Portuguese: it was read as 50 million reais, as Malaysia's 'RM10mil' is."""
    with pytest.raises(ranges.RefusedWhole, match="may be a thousand"):
        parse_range(text)
    assert not bulk.parse_many([text], [""]).done[0]
    assert reading("RM10mil")[0] == 10_000_000


@pytest.mark.parametrize("text,word", [("10 mil", "mil"), ("1.2 tr", "tr"), ("5,000/= people", "/=")])
def test_their_scales_and_marks_after_anything_but_money_are_refused(text, word):
    refused(text, f"'{word}'")


@pytest.mark.parametrize("text,expected", [
    ("٣٠٪", (30, 30, "percent", "point")), ("٥٬٠٠٠", (5000, 5000, "", "point")),  # Arabic-Indic digits and marks
    ("\ufeff70%", (70, 70, "percent", "point")), ("\u200e5,000\u200e", (5000, 5000, "", "point")),
    ("10\u200b000", (10_000, 10_000, "", "point")), ("≧50%", (50, N, "percent", "at_least")),
    ("thou\u00adsands of women", (2000, 10_000, "person", "vague")),  # a soft hyphen
])
def test_characters_a_copy_leaves_in_a_figure_are_read_as_what_they_stand_for(text, expected):
    """Each was refused at the character ('\ufeff' at the start), or '10\u200b000' as a code with a leading zero."""
    assert reading(text) == expected


def test_a_year_in_another_script_is_a_year():
    """'١٩٩٨' read as the count 1,998."""
    refused("١٩٩٨", "reads as a year")


@pytest.mark.parametrize("text,expected", [("30−50%", (30, 50, "percent", "interval")),
                                           ("1,000−2,000 people", (1000, 2000, "person", "interval")),
                                           ("−5 to −3", (-5, -3, "", "interval"))])
def test_a_minus_sign_between_two_digits_is_a_range_s_dash(text, expected):
    """'30−50%', as a PDF sets a range, was "more than one figure" (30 and −50%)."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["288 K", "about 1.5 K", "250–300 K"])
def test_a_spaced_capital_k_may_be_kelvin_and_is_refused(text):
    """'288 K', as climate science writes a temperature, read as 288,000."""
    refused(text, "kelvin or a thousand")
    assert [reading(t)[::2] for t in ("288K", "$288 K", "288 K people", "10 k")] \
        == [(288_000, ""), (288_000, "USD"), (288_000, "person"), (10_000, "")]


def test_a_word_of_measure_is_one_claims_tracker_does_not_read():
    """The article extractor offers no count before a word of measure: a unit it reads is no such word."""
    assert not lexicon.MEASURE_WORDS & set(units.UNIT_WORDS)


def test_a_unit_written_with_a_slash_lends_no_word_to_close_a_number():
    """The 'h' of 'km/h' is no unit of its own, so 'H-2A' after a number stays a name."""
    assert "h" in lexicon.grammar_words() and "h" not in lexicon.words_of_their_own()
    assert not notfigure.ends_a_figure("300 ", "H") and notfigure.ends_a_figure("5 ", "years")


@pytest.mark.parametrize("text,expected", [
    # a rate after the words that say of what was dropped: each read as the bare amount
    ("20 litres of water a day", (20, 20, "liter/day", "point")),
    ("300 tonnes of rice a week", (300, 300, "metric_ton/week", "point")),
    ("500 grams of rice per person", (500, 500, "gram/person", "point")),
    ("30% of the women each year", (30, 30, "percent/year", "point")),
    ("50 women of the village each week", (50, 50, "person/week", "point")),
    ("$2 million in profits a month", (2e6, 2e6, "USD/month", "point")),
    ("300 tonnes of rice annually", (300, 300, "metric_ton/year", "point")),
    ("20 litres of water daily", (20, 20, "liter/day", "point")),
    # a full stop ending a sentence hid the adverb: the rate was dropped, '20 litres'
    ("20 litres of water daily.", (20, 20, "liter/day", "point")),
    ("300 tonnes of rice annually.", (300, 300, "metric_ton/year", "point")),
    # a filler after the words hid their last from the rate and the bound: each was dropped
    ("20 litres of water daily in total", (20, 20, "liter/day", "point")),
    ("30% of the women maximum so far", (None, 30, "percent", "at_most")),
    ("5% of the minimum wage so far", (5, 5, "percent", "point")),
    # the whole a share is of, and a share of each group, are no rate
    ("30% of annual income", (30, 30, "percent", "point")), ("30% of daily wages", (30, 30, "percent", "point")),
    ("30% of a village", (30, 30, "percent", "point")), ("30% of every household", (30, 30, "percent", "point")),
    ("5% of the women a year earlier", (5, 5, "percent", "point")),
])
def test_a_rate_after_the_words_that_say_of_what_is_kept(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bound or hedge word after the words that say of what was swallowed with them: each read as a point
    ("18 years of age or older", (18, None, "year", "at_least")),
    ("30% of the women or more", (30, None, "percent", "at_least")),
    ("half of the women at least", (50, None, "percent", "at_least")),
    ("10 years of age and under", (None, 10, "year", "at_most")),
    ("5 years in prison to life", (5, None, "year", "at_least")),
    ("$2 million in profits or more", (2e6, None, "USD", "at_least")),
    ("30% of the women or so", (30, 30, "percent", "approx")),
    ("30% of the women maximum", (None, 30, "percent", "at_most")),
    ("5% of the minimum wage", (5, 5, "percent", "point")),  # a word of what it is of, not at the end
])
def test_a_bound_word_after_the_words_that_say_of_what_bounds_the_figure(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("40% of women aged 15-49", (40, 40, "percent", "point")),
    ("two-thirds of women aged 15 to 49", (pytest.approx(200 / 3), pytest.approx(200 / 3), "percent", "point")),
    ("30% of people aged 60 and over", (30, 30, "percent", "point")),
    ("30% of children aged between 5 and 14", (30, 30, "percent", "point")),
    ("30% of those aged 18 years or older", (30, 30, "percent", "point")),
    ("30% of women aged 15-49 each year", (30, 30, "percent/year", "point")),
    # after those counted, as after the whole
    ("one in three women aged 15 to 49", (pytest.approx(100 / 3), pytest.approx(100 / 3), "percent", "point")),
    ("5,000 children aged 5 to 14", (5000, 5000, "person", "point")),
    ("at least 5,000 children aged under 18", (5000, None, "person", "at_least")),
])
def test_the_ages_of_those_a_share_is_of_are_no_second_figure(text, expected):
    """'40% of women aged 15-49', as surveys write it, was refused at 'of' as holding two figures."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,word", [
    ("5 years in prison per tally", "tally"), ("$5 million in each province", "each"),
    ("3 kg of rice a month per families", "per"), ("20 litres of water a day per bucket", "bucket"),
    ("40 kg of rice lasted a month", "lasted"),
])
def test_a_rate_after_the_words_that_say_of_what_that_is_not_read_is_refused(text, word):
    """'5 years in prison per offence' read as 5 years, '40 kg of rice lasted a month' as 40 kg; a rate per one of
    what the noun table counts reads ('per offence', 'a month per family'), one per a word it lacks does not."""
    with pytest.raises(RangeParseError) as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text", ["12 schools to $5 million", "300 homes to 5 km"])
def test_a_noun_counted_after_the_low_end_is_no_range_to_a_sum_or_measure(text):
    """'12 schools to $5 million' read as USD 12–5,000,000: the schools are given the money."""
    refused(text, "mixes units")
    assert not bulk.parse_many([text], [""]).done[0]


@pytest.mark.parametrize("text,word", [("₦8,000 to 12 million poor households", "poor"),
                                       ("$20 to 3,000 schools", "schools"), ("5 kg to 300 villages", "villages")])
def test_a_noun_counted_after_a_sum_or_measure_is_no_range_of_it(text, word):
    """'₦8,000 to 12 million poor households' read as NGN 8,000–12,000,000: a sum is given to those counted."""
    assert refused(text, "not a word claims tracker reads").word == word


@pytest.mark.parametrize("text,word", [("31 described such incidents", "described"),
                                       ("5,000 crossed these borders", "crossed")])
def test_a_word_before_a_determiner_is_no_modifier_of_what_is_counted(text, word):
    """'31 described such incidents' read as a count of incidents."""
    assert refused(text, "not a word claims tracker reads").word == word
    assert reading("20 such cases") == (20, 20, "case", "point")


def test_longer_than_bounds_only_a_time_or_a_length():
    with pytest.raises(RangeParseError, match="bounds a time"):
        parse_range("longer than $5")
    with pytest.raises(RangeParseError, match="bounds a time"):
        parse_range("3,000 tonnes or longer")
    assert reading("longer than 3,500 km") == (3500, None, "kilometer", "at_least")  # flights: was refused
    assert reading("shorter than 2 miles") == (None, 2, "mile", "at_most")


@pytest.mark.parametrize("text", ["n/a", "N/A", "n.a.", "..", "…", "—", "-", "x", "nil", "none", "not available"])
def test_a_table_s_mark_for_no_figure_is_refused_as_such(text):
    """'n/a' was refused naming 'n' as an unknown word, and '..' naming '.'."""
    with pytest.raises(RangeParseError, match="how a table marks a figure not given"):
        parse_range(text)


@pytest.mark.parametrize("text,message", [
    ("5 gallons", "US or imperial gallons"), ("2 million gallons", "US or imperial gallons"),
    ("5G", "network generation"), ("10 G", "network generation"), ("a 5G network", "network generation"),
    ("$70 a barrels", "'barrels'"), ("+0.5 pp", "percentage points"), ("45pp", "or pages"),  # '+0.5 pp' was
    # refused as an unknown word, and '45pp' may be a report's length
])
def test_measures_that_do_not_say_which_are_refused(text, message):
    """A gallon is 3.79 litres in a US report and 4.55 in a British one; '5G' is no weight."""
    with pytest.raises(RangeParseError, match=message):
        parse_range(text)


@pytest.mark.parametrize("text,word,message", [
    ("1,000 Ft", "ft", "'Ft' is the Hungarian forint"), ("1,000Ft", "ft", "Hungarian forint"),
    ("between 500 Ft and 800 Ft", "ft", "Hungarian forint"),
    ("Le 5,000", "le", "'Le' is the Sierra Leonean leone"), ("Le5,000", "le", "Sierra Leonean leone"),
    ("30 um", "um", "micrometres"), ("um 30", "um", "micrometres"),
    ("1,000 Ft.", "ft", "Hungarian forint"), ("Le. 5,000", "le", "Sierra Leonean leone"),  # a full stop
])
def test_spellings_whose_case_says_what_they_are_are_refused(text, word, message):
    """'1,000 Ft' read 1,000 feet and 'Le 5,000' 5,000 Egyptian pounds: lower-cased, a forint is feet
    and a leone the Egyptian 'LE'. The parse_range of every shape, the fast lane's and bulk's."""
    with pytest.raises(RangeParseError, match=message) as err:
        parse_range(text)
    assert err.value.word == word
    assert not bulk.parse_many([text], [""]).done[0]


@pytest.mark.parametrize("text,expected", [
    ("1,000 ft", (1000, 1000, "foot", "point")), ("1,000ft", (1000, 1000, "foot", "point")),
    ("10 FT", (10, 10, "foot", "point")), ("LE 5,000", (5000, 5000, "EGP", "point")),
    ("L.E. 5,000", (5000, 5000, "EGP", "point")), ("UM 30", (30, 30, "MRU", "point")),
])
def test_the_same_spellings_in_their_other_case_read(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("half a litre", (0.5, 0.5, "liter", "point")), ("half a kilo", (0.5, 0.5, "kilogram", "point")),
    ("half a mile", (0.5, 0.5, "mile", "point")), ("half an acre", (0.5, 0.5, "acre", "point")),
    ("half a tonne of rice", (0.5, 0.5, "metric_ton", "point")),
    ("half a litre to 2 litres", (0.5, 2, "liter", "interval")),
    ("half a degree Celsius", (0.5, 0.5, "celsius_degree", "point")), ("half a day", (0.5, 0.5, "day", "point")),
])
def test_half_a_unit_is_half_of_it(text, expected):
    """'half a litre' read 50% per litre: 'a litre' was taken for a rate, as in '$70 a barrel'."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,unit,expected", [
    ("48m", "meter", (48, 48, "meter", "point")), ("48 m", "meter", (48, 48, "meter", "point")),
    ("1.5m-2m", "meter", (1.5, 2, "meter", "interval")), ("about 480m", "kilometer", (480, 480, "meter", "approx")),
    ("48m", "", (48e6, 48e6, "", "point")), ("4.5m", "person", (4.5e6, 4.5e6, "person", "point")),
    ("$1.2m", "USD", (1.2e6, 1.2e6, "USD", "point")), ("48mn", "meter", (48e6, 48e6, "meter", "point")),
    ("25 pounds", "kilogram", (25, 25, "pound_mass", "point")),
    ("2-3 pounds", "kilogram", (2, 3, "pound_mass", "interval")),
    ("25 pounds", "USD", (25, 25, "GBP", "point")), ("25 pounds", "", (25, 25, "GBP", "point")),
])
def test_the_metric_s_unit_decides_m_and_pounds(text, unit, expected):
    """'48m' in a metric of metres read 48,000,000 metres, and '25 pounds' in one of kilograms was
    refused as sterling: a length reads `m` as metres, a mass reads `pounds` as the weight."""
    assert reading(text, unit or None) == expected


@pytest.mark.parametrize("text,expected", [
    ("threefold", (3, 3, "times", "point")), ("2.5-fold", (2.5, 2.5, "times", "point")),
    ("up to tenfold", (N, 10, "times", "at_most")), ("a hundredfold", (100, 100, "times", "point")),
    ("3- to 5-fold", (3, 5, "times", "interval")), ("some 12-fold", (12, 12, "times", "approx")),
])
def test_a_multiple_written_with_fold_is_so_many_times(text, expected):
    """'threefold' and '2.5-fold' were refused at 'threefold' and 'fold', where 'three times' read."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["a threefold increase", "manifold", "2.5-fold rise"])
def test_a_multiple_of_a_change_or_a_word_ending_in_fold_stays_refused(text):
    refused(text, None)


@pytest.mark.parametrize("text,expected", [
    ("$4.82 a dozen", (4.82, 4.82, "USD/dozen", "point")), ("$4.82 per dozen", (4.82, 4.82, "USD/dozen", "point")),
    ("$3 to $4 a dozen", (3, 4, "USD/dozen", "interval")), ("50 cents a dozen", (0.5, 0.5, "USD/dozen", "point")),
])
def test_a_price_per_dozen_keeps_its_dozen(text, expected):
    """'$4.82 a dozen' (eggs) was refused as two figures, the price and a dozen."""
    assert reading(text) == expected
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or (check.low[0], check.high[0]) == expected[:2]


@pytest.mark.parametrize("text", ["4512-BD", "1,500-KD", "300-QR"])
def test_a_number_joined_to_a_currency_s_sign_of_two_capitals_by_a_hyphen_is_no_sum(text):
    """'4512-BD', an agreement's number, read as Bahraini dinars; a code of three so joined ('200-EUR') is a sum."""
    refused(text, "joined by a hyphen to a currency's sign")


@pytest.mark.parametrize("text", ["5,000m", "a 3000m", "about 5,364m", "1,500m-2,000m", "11,500,000m or less"])
def test_thousands_with_a_glued_m_and_nothing_they_count_are_refused(text):
    """'5,000m' (a race) read 5 billion: thousands with a glued 'm' are metres as often as millions."""
    refused(text, "metres .* or .* million")


@pytest.mark.parametrize("text,unit,expected", [
    ("5,000m", "meter", (5000, 5000, "meter", "point")), ("$5,000m", None, (5e9, 5e9, "USD", "point")),
    ("£1,200m", None, (1.2e9, 1.2e9, "GBP", "point")), ("1,400m people", None, (1.4e9, 1.4e9, "person", "point")),
    ("5,000m", "USD", (5e9, 5e9, "USD", "point")), ("48m", None, (48e6, 48e6, "", "point")),
])
def test_thousands_with_a_glued_m_read_as_their_currency_noun_or_metric_say(text, unit, expected):
    assert reading(text, unit) == expected
    got = bulk.parse_many([text], [unit])
    if got.done[0]:
        assert (got.low[0], got.high[0], got.unit[0], got.kind[0]) == expected


@pytest.mark.parametrize("text,unit,why", [
    ("4.5m people", "meter", "is a count of people"), ("1.8m tall", "meter", "'tall'"),
    ("£25", "kilogram", "is money"), ("25 pounds sterling", "kilogram", "is money"),
    ("42 Lebanese pounds", "kilogram", "is money"),
])
def test_a_figure_the_metric_cannot_read_its_way_says_why_as_written(text, unit, why):
    with pytest.raises(RangeParseError, match=why) as err:
        parse_range(text, unit)
    assert "metres" not in str(err.value) and "lb" not in str(err.value)
    assert not bulk.parse_many([text], [unit]).done[0]


@pytest.mark.parametrize("text", ["3 quarters", "2 quarters", "two quarters", "1 quarter", "3 quarters billion"])
def test_quarters_after_a_number_may_be_of_a_year(text):
    """'3 quarters' read 75%; a business report means nine months by it as often."""
    refused(text, "may be a share .* of a year")


@pytest.mark.parametrize("text,share", [("three quarters", 75), ("three-quarters", 75), ("a quarter", 25),
                                        ("one quarter", 25), ("3 quarters of women", 75)])
def test_quarters_as_written_for_a_share_still_read(text, share):
    assert reading(text) == (share, share, "percent", "point")


@pytest.mark.parametrize("text,word", [("5 tons", "tons"), ("1 ton", "ton"), ("2-3 million tons", "tons"),
                                       ("5,000 tons of rice", "tons")])
def test_tons_alone_are_refused_as_metric_short_or_long(text, word):
    """'5 tons' read as 5 metric tonnes; a US report's tons are short tons, 9% lighter. In the unit
    column pint took 'tons' for short tons."""
    with pytest.raises(RangeParseError, match="may be metric tonnes, US short tons or British long tons"):
        parse_range(text)
    with pytest.raises(units.UnitError, match="use metric_ton, short_ton or long_ton"):
        units.canonical_unit(word)


@pytest.mark.parametrize("text,expected", [
    ("a five-year sentence", (5, 5, "year", "point")), ("10-year prison terms", (10, 10, "year", "point")),
    ("5 to 10-year sentences", (5, 10, "year", "interval")), ("a 5-year ban", (5, 5, "year", "point")),
    ("17-year-old", (17, 17, "year", "point")), ("12-17-year-olds", (12, 17, "year", "interval")),
])
def test_what_lasts_and_ages_written_as_compound_adjectives(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("10- to 15-year sentences", (10, 15, "year", "interval")), ("three- to five-year terms", (3, 5, "year", "interval")),
    ("5- to 10-year-olds", (5, 10, "year", "interval")), ("twenty- or thirty-year-olds", (20, 30, "year", "interval")),
    ("$10- to $15-million", (10e6, 15e6, "USD", "interval")), ("1.5- to 2-metre", (1.5, 2, "meter", "interval")),
    ("two-and-a-half years", (2.5, 2.5, "year", "point")), ("a two-and-a-half-year sentence", (2.5, 2.5, "year", "point")),
    ("three-and-a-quarter million", (3.25e6, 3.25e6, "", "point")),
])
def test_a_hyphen_suspended_before_the_second_numbers_unit_is_shared(text, expected):
    """'10- to 15-year sentences' was refused at 'to'; the first number shares the second's unit."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["10- to 15", "COVID- to 19-year", "10- and 15-year sentences"])
def test_a_hyphen_without_a_number_before_it_or_a_unit_after_the_second_is_no_suspension(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,word", [("a five-year high", "high"), ("a 17-year-old girl", "girl"),
                                       ("five years sentence of", "sentence"), ("a sentence of 15 years", "sentence")])
def test_only_a_listed_term_may_follow_a_duration(text, word):
    """'a five-year high' is no duration of five years: only sentences, terms and bans are read."""
    with pytest.raises(RangeParseError) as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text,expected", [
    ("12 hours a day", (12, 12, "hour/day", "point")),
    ("two days a week", (2, 2, "day/week", "point")),
    ("10-12 hours a day", (10, 12, "hour/day", "interval")),
    ("3 months a year", (3, 3, "month/year", "point")),
    ("2 years 3 months", (27, 27, "month", "point")),
    ("a year and a month", (13, 13, "month", "point")),
    ("2 years and a month", (25, 25, "month", "point")),
])
def test_a_time_after_a_time_is_a_rate_unless_it_is_added(text, expected):
    """'a day' after '12 hours' is per day: read as a day added it gave 36 hours."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,match", [
    ("2 million 5 years", "more than one figure"), ("2 million 50 cents", "more than one figure"),
    ("1,000 five", "more than one figure"), ("2 million five", "more than one figure"),
    ("5k and five", "more than one figure"), ("£5m and five", "more than one figure"),
    ("14 hours a day and two thirds", "more than one figure"),
    ("5 years 14 hours a day", "more hours than a day holds"), ("8 days a week", "more days than a week holds"),
    ("3 weeks 3 days a week", "more days than a week holds"),
    ("$3 a decade", "a rate per decade is 10 times"), ("5% per century", "100 times"),
])
def test_numbers_run_together_are_two_figures_never_one_sum(text, match):
    """'2 million 5 years' read as 2,000,005 years, '1,000 five' as 1,005, '5 years 14 hours a day' as
    43,844 hours a day and '$3 a decade' as $3 a year."""
    refused(text, match)


@pytest.mark.parametrize("text", ["half to 3 days", "a third to $3", "two thirds to 5 years", "2/3 to 5 years",
                                  "a quarter to 3 days"])
def test_a_share_never_takes_the_other_ends_unit(text):
    """'half to 3 days' read as 0.5–3 days and 'a third to $3' as $0.33–3: a share is no amount of a unit."""
    refused(text, "mixes a share and a number")


@pytest.mark.parametrize("text", ["most to thousands", "dozens to most", "5 to most"])
def test_a_share_of_a_group_lends_no_percent_to_a_count(text):
    """'dozens to most' read as 24–100%: 'most' is a share of a group, and dozens is none."""
    refused(text, "mixes a share and a number")


@pytest.mark.parametrize("text,match", [
    ("5 years maximum or more", "from above and from below at once"), ("5 maximum or more", "at once"),
    ("5 each years", "'each'"), ("$5 a days", "'days'"),
])
def test_bound_words_after_a_figure_never_cancel_and_a_rate_is_per_one(text, match):
    """'5 years maximum or more' read as at most 5 years ('or more' passed over), and '5 each years'
    as 5 a year."""
    refused(text, match)


def test_a_bound_word_after_a_figure_outweighs_a_hedge_after_it():
    assert reading("5 approximately years or more") == (5, N, "year", "at_least")  # was approx 5 ('or more' lost)


@pytest.mark.parametrize("text,expected", [
    ("2 crore 50 lakh", (25e6, 25e6, "", "point")), ("1 million 200 thousand", (1.2e6, 1.2e6, "", "point")),
    ("3 hundred and one", (301, 301, "", "point")), ("two million five", (2_000_005, 2_000_005, "", "point")),
    ("24 hours a day", (24, 24, "hour/day", "point")), ("31 days a month", (31, 31, "day/month", "point")),
    ("2 hours and 30 minutes a day", (150, 150, "minute/day", "point")),
    ("several days a week", (3, 9, "day/week", "vague")),  # a vague convention is read as documented
])
def test_numbers_that_do_join(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["14 hours a day, 7 days", "10 hours per day, 6 days", "5 days a week 8 hours",
                                  "3 months, 2 years", "5 months and 2 years", "5 hours and 2 days", "$3, 50 cents",
                                  "3 dollars a day 50 cents"])
def test_no_part_is_added_after_a_rate_nor_a_coarser_one_after_a_finer(text):
    """'14 hours a day, 7 days' read as 182 hours a day, and '3 months, 2 years' as 27 months: two
    figures each, added as one."""
    refused(text, "more than one figure")


@pytest.mark.parametrize("text,expected", [
    ("a full year", (1, 1, "year", "point")), ("full year", (1, 1, "year", "point")),
    ("whole day", (1, 1, "day", "point")), ("an entire decade", (10, 10, "year", "point")),
    ("five full years", (5, 5, "year", "point")), ("two whole months", (2, 2, "month", "point")),
    ("three consecutive years", (3, 3, "year", "point")), ("five straight months", (5, 5, "month", "point")),
    ("at least a full year", (1, N, "year", "at_least")),
    ("between two and three full years", (2, 3, "year", "interval")),
])
def test_full_whole_and_entire_before_a_span_of_time_change_nothing(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,word", [
    ("a full dollar", "full"), ("full years", "full"), ("a years", "years"), ("an hours", "hours"),
    ("a dollars", "dollars"), ("5 full %", "full"),
])
def test_one_of_a_unit_is_singular_and_only_a_span_of_time_is_full(text, word):
    """'a years' read as one year: a plural after 'a' is no figure claims tracker understands."""
    assert refused(text, None).word == word


@pytest.mark.parametrize("text,expected", [
    ("a dollar a day", (1, 1, "USD/day", "point")), ("less than a dollar a day", (N, 1, "USD/day", "at_most")),
    ("an hour a day", (1, 1, "hour/day", "point")), ("a euro a litre", (1, 1, "EUR/liter", "point")),
    # a sign or code before the number is that number's: the article is no 'one' of it
    ("a $50", (50, 50, "USD", "point")), ("a Rs 500", (500, 500, "INR", "point")),
    ("a USD 50 million", (50_000_000, 50_000_000, "USD", "point")), ("a £5m", (5_000_000, 5_000_000, "GBP", "point")),
])
def test_one_of_a_currency_or_a_span_takes_a_rate_after_it(text, expected):
    """'a dollar a day' was refused ('dollar' not understood) while '$1 a day' read."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["a dollar 50", "a pound 50", "a rupee 20"])
def test_a_currency_named_then_a_number_is_two_figures(text):
    """'a dollar 50' ($1.50 as it is said) was read as $50: the name was taken for a sign before the number."""
    refused(text, "more than one figure")


@pytest.mark.parametrize("text,expected", [
    ("from at least 5 to at most 10", (5, 10, "", "interval")),
    ("as few as 20,000 to as many as 200,000", (20_000, 200_000, "", "interval")),
    ("from as little as $100 to as much as $1,000", (100, 1000, "USD", "interval")),
    ("from 5 to more than 10 years", (5, N, "year", "at_least")), ("between 5 and over 10", (5, N, "", "at_least")),
    ("from 5 to under 10", (5, 10, "", "interval")),
    # a hedge on a range bounded at both ends by words was dropped: an exact 100–1,000
    ("from as little as $100 to as much as $1,000 (est.)", (100, 1000, "USD", "approx")),
    ("roughly more than 10 and less than 40", (10, 40, "", "approx")),
])
def test_a_bound_word_before_the_high_end_is_read(text, expected):
    """'from at least 5 to at most 10' read as 5+, and '5 to more than 10' as 5–10: the bound word
    before the high end was passed over."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["more than 10 and less than 40 or more", "from at least 5 to at most 10 or more",
                                  "at least 5 and up to 10 or less"])
def test_a_third_bound_on_a_range_bounded_at_both_ends_is_refused(text):
    """'more than 10 and less than 40 or more' read 10–40, its 'or more' dropped."""
    refused(text, "a bound word at each end and another")


@pytest.mark.parametrize("text", ["1/2%", "3/4%", "1/2 percent", "½%", "1/4 to 1/2%", "a third of a percent",
                                  "half of a percent"])
def test_a_fraction_of_a_percent_is_refused_whole(text):
    """'1/2%' read as 50%: in finance it is half a percent, 0.5%; a hundred times off either way."""
    with pytest.raises(ranges.RefusedWhole):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [("between 30 percent and half", (30, 50, "percent", "interval")),
                                           ("half to 60%", (50, 60, "percent", "interval")),
                                           ("2½%", (2.5, 2.5, "percent", "point")),
                                           # an eighth, as bond coupons write it: '5⅛%' read as 51/8, a name
                                           ("5⅛%", (5.125, 5.125, "percent", "point")),
                                           ("2⅜ years", (2.375, 2.375, "year", "point")),
                                           ("∼ 300 villages", (300, 300, "", "approx"))])  # the tilde operator
def test_a_fraction_beside_a_percent_at_the_other_end_reads(text, expected):
    assert reading(text) == expected


def test_ends_open_outward_hold_no_range():
    with pytest.raises(RangeParseError, match="both ends are open"):
        parse_range("from under 10% to over 90%")


@pytest.mark.parametrize("text,expected", [
    ("perhaps 5,000", (5000, 5000, "", "approx")), ("maybe 20%", (20, 20, "percent", "approx")),
    ("hundreds, possibly thousands", (200, 10_000, "", "vague")), ("5,000, perhaps 10,000", (5000, 10_000, "", "interval")),
    ("5,000, perhaps more", (5000, N, "", "at_least")), ("5,000 if not more", (5000, N, "", "at_least")),
])
def test_perhaps_possibly_and_maybe_hedge_widen_or_open_a_figure(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("$2 a day to $5 a day", (2, 5, "USD/day", "interval")), ("$2/day to $5/day", (2, 5, "USD/day", "interval")),
    ("between $10 per hour and $15 per hour", (10, 15, "USD/hour", "interval")),
    ("5,000 a year to 8,000 annually", (5000, 8000, "1/year", "interval")),
])
def test_one_rate_named_after_both_ends_is_read_once(text, expected):
    """'$2 a day to $5 a day' was refused as two rates."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,word", [("$2 a day to $5 a week", "week"), ("$2 a day a day", "day"),
                                       ("$2 to $5 a day a day", "day")])
def test_two_rates_or_one_named_twice_after_one_end_are_refused(text, word):
    with pytest.raises(RangeParseError) as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text", ["12 hours a day", "80 hours per week", "3 months a year"])
def test_a_time_per_time_rate_is_no_share(text):
    """pint cancels hour/day to no dimension: '12 hours a day' in a percent metric passed as 50%."""
    with pytest.raises(RangeParseError, match="a duration per duration"):
        parse_range(text, "percent")
    assert units.dimension_key(parse_range(text).unit) == units.dimension_key("hour/week")


def test_a_unit_spelled_with_a_digit_is_one_only_glued():
    with pytest.raises(RangeParseError, match="more than one figure"):
        parse_range("5 km 2")


def test_a_decade_never_reaches_pint_as_its_logarithmic_unit():
    with pytest.raises(units.UnitError, match="use year"):
        units.canonical_unit("decades")


@pytest.mark.parametrize("text", ["8 per 50,000 people", "12 per 1,000 births", "45 per 100,000",
                                  "8 per 100 people", "5 per thousand", "12 per 50,000 live births"])
def test_a_rate_per_many_but_people_or_per_another_number_is_refused_not_dropped(text):
    with pytest.raises(RangeParseError, match="rate per many: claims tracker reads a rate per many only per 1,000, "
                                              "10,000, 100,000 \\(a lakh\\) or a million people"):
        parse_range(text)


@pytest.mark.parametrize("text,expected,compact", [
    ("8 per 100,000 people", (8, 8, "1/hundred_thousand_people", "point"), "8/100,000 people"),
    ("104.6 per 1,000 people", (104.6, 104.6, "1/thousand_people", "point"), "104.6/1,000 people"),
    ("144.4 per lakh women", (144.4, 144.4, "1/hundred_thousand_people", "point"), "144.4/100,000 people"),
    ("2.1 detected victims per 100,000 population", (2.1, 2.1, "1/hundred_thousand_people", "point"),
     "2.1/100,000 people"),  # what is counted stays the counted noun: victims, doctors and homicides share a metric
    ("2.5 doctors per 1,000 people", (2.5, 2.5, "1/thousand_people", "point"), "2.5/1,000 people"),
    ("between 3 and 5 per 100,000 inhabitants", (3, 5, "1/hundred_thousand_people", "interval"),
     "3–5/100,000 people"),
    ("at least 8 per 10,000 residents", (8, None, "1/ten_thousand_people", "at_least"), "8+/10,000 people"),
    # an emergency's crude mortality rate: per so many people and per day, one rate
    ("2.6 deaths per 10,000 people per day", (2.6, 2.6, "1/ten_thousand_people/day", "point"),
     "2.6/10,000 people/day"),
    ("8 per 100k people", (8, 8, "1/hundred_thousand_people", "point"), "8/100,000 people"),
    ("8 per million people", (8, 8, "1/million_people", "point"), "8/million people"),
    ("$5 per 1,000 people", (5, 5, "USD/thousand_people", "point"), "$5/1,000 people"),
    # infant and maternal mortality, per so many live births (the deaths counted are the counted noun)
    ("355 per 100,000 U.S. residents", (355, 355, "1/hundred_thousand_people", "point"), "355/100,000 people"),  # a
    # word before those counted was refused
    ("38 deaths per 1,000 live births", (38, 38, "1/thousand_live_births", "point"), "38/1,000 live births"),
    ("under 70 per 100,000 live births", (None, 70, "1/hundred_thousand_live_births", "at_most"),
     "≤70/100,000 live births"),
])
def test_a_rate_per_many_people_reads_in_people_by_the_thousand(text, expected, compact):
    """Each was refused: a rate per many was not read."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == expected
    assert format_range(r) == compact
    back = parse_range(compact)
    assert (back.low, back.high, back.unit, back.kind) == expected


@pytest.mark.parametrize("text,word", [("2,500 krónur each", "'each' (after 'krónur')"),
                                       ("12 São Paulo", "'são' (after '12')")])
def test_a_word_with_a_letter_beyond_ascii_is_named_whole(text, word):
    """Each was cut at the letter: "'each' (after 'nur')", "'s' (after '12')"."""
    with pytest.raises(RangeParseError, match=re.escape(word)):
        parse_range(text)


def test_a_number_per_period_or_person_as_a_metric_s_unit_reads():
    assert units.canonical_unit("1/year") == "1/year"  # was '/year', which pint cannot read: every figure refused
    assert units.canonical_unit("/person") == "1/person"
    r = parse_range("about 12", "1/year")
    assert (r.low, r.unit, r.kind) == (12, "1/year", "approx")


def test_rates_per_so_many_people_convert_and_pass_for_no_share_or_count():
    assert units.convert(8, "1/hundred_thousand_people", "1/thousand_people") == pytest.approx(0.08)
    assert units.dimension_key("1/hundred_thousand_people") == units.dimension_key("1/thousand_people")
    assert units.dimension_key("1/hundred_thousand_people") not in (units.dimension_key("percent"),
                                                                     units.dimension_key("person"))
    for written in ("per 100,000 people", "1/100,000 people", "per lakh women", "per 100k inhabitants"):
        assert units.canonical_unit(written) == "1/hundred_thousand_people"
    assert units.canonical_unit("USD per 1,000 people") == "USD/thousand_people"
    with pytest.raises(units.UnitError, match="rate per many only per 1,000"):
        units.canonical_unit("per 50,000 people")
    with pytest.raises(RangeParseError, match="but the unit given is percent"):
        parse_range("8 per 100,000 people", "percent")
    assert units.convert(38, "1/thousand_live_births", "1/hundred_thousand_live_births") == pytest.approx(3800)
    assert units.dimension_key("1/thousand_live_births") != units.dimension_key("1/thousand_people")
    assert units.canonical_unit("per 100,000 live births") == "1/hundred_thousand_live_births"


@pytest.mark.parametrize("text", ["1.1% to 37.4 billion", "5 years to 10 million", "2 people to 3 thousand",
                                  "between 5% and 10 million"])
def test_a_scale_on_the_high_end_never_reaches_a_low_end_written_with_its_unit(text):
    with pytest.raises(RangeParseError, match="the low end is written with its unit"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("5 people to 10 million people", (5, 10_000_000, "person", "interval")),
    ("50p to £1 million", (0.5, 1_000_000, "GBP", "interval")),
    ("$5 to 10 million", (5_000_000, 10_000_000, "USD", "interval")),
    ("5 to 10 million people", (5_000_000, 10_000_000, "person", "interval")),
])
def test_a_low_end_written_whole_keeps_its_value(text, expected):
    assert reading(text) == expected


def test_the_counted_noun_leaves_a_closing_full_stop_out_and_keeps_its_hyphens():
    assert parse_range("5,000 guards.").counted == "guards"
    assert parse_range("329,000 first-time applications").counted == "first-time applications"


@pytest.mark.parametrize("text,first,literal", [
    ("20-30,000 people", "20,000", (20, 30_000)), ("between 100 and 150,000", "100,000", (100, 150_000)),
    ("$5-10,000", "5,000", (5, 10_000)), ("2-3,500", "2,000", (2, 3500)),
    ("10-11,500,000", "10,000,000", (10, 11_500_000)), ("about 20 to 30,000", "20,000", (20, 30_000)),
    ("2-300,000 people", "200,000", (2, 300_000)), ("between 1 and 200,000", "100,000", (1, 200_000)),
    ("30 to 40 000", "30,000", (30, 40_000)), ("30-40 000 people", "30,000", (30, 40_000)),  # thousands spaced
])
def test_a_range_whose_low_end_may_share_the_high_ends_thousands_is_refused(text, first, literal):
    """'20-30,000 people' read as 20 to 30,000 was a guess as much as 20,000–30,000 would be."""
    message = str(refused(text, f"may mean {first} to .*without commas"))
    low_in_full, high_alone = message.split("'")[-4], message.split("'")[-2]
    assert reading(low_in_full)[:2] == (int(first.replace(",", "")), literal[1])  # both suggestions read
    assert reading(high_alone)[:2] == literal


@pytest.mark.parametrize("text,expected", [("10 000 people", (10_000, 10_000)), ("1 000 000", (1e6, 1e6)),
                                           ("2 000 to 3 000", (2000, 3000)), ("0-5 years", (0, 5)), ("0.5", (0.5, 0.5))])
def test_thousands_spaced_and_a_zero_alone_read(text, expected):
    assert reading(text)[:2] == expected


def test_a_range_from_zero_has_no_thousands_to_share():
    assert reading("0-100,000") == (0, 100_000, "", "interval")
    assert format_range(parse_range("0-100,000")) == "0–100,000"


@pytest.mark.parametrize("low,high,compact", [(1, 2000, "1–2000"), (20, 30_000, "20–30000"), (2, 300_000, "2–300000"),
                                               (10, 11_500_000, "10–11500000"), (100, 1000, "100–1,000")])
def test_a_reading_is_written_so_that_it_reads_back_without_doubt(low, high, compact):
    """A reading of 20 to 30,000 (from the range column, say) is written '20–30000', the form the
    error suggests: '20–30,000' would be refused on reading it back."""
    written = format_range(ranges.Range(low, high, "", "interval", ""))
    assert written == compact == bulk.format_many([low], [high], [""], ["interval"], None)[0]
    assert reading(written) == (low, high, "", "interval")


@pytest.mark.parametrize("text,expected", [
    ("1 to 100,000", (1, 100_000)), ("200–3,000", (200, 3000)), ("$100–1,000", (100, 1000)), ("5-500,000", (5, 500_000)),
    ("1 to 1,000", (1, 1000)), ("20,000-30,000", (20_000, 30_000)), ("20-30 thousand", (20_000, 30_000)),
])
def test_ranges_no_reader_could_take_another_way_still_read(text, expected):
    assert reading(text)[:2] == expected


# --- hedged ranges -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,compact", [
    ("about 200,000 to 300,000", "~200,000–300,000"),
    ("an estimated 100,000 to 200,000", "~100,000–200,000"),
    ("roughly 30-50%", "~30–50%"),
    ("about $10,000 to $12,000", "~$10,000–12,000"),
    ("between 2 and about 7 years", "~2–7 years"),
    ("10 to 20 or so", "~10–20"),
])
def test_a_hedge_on_a_range_is_kept_and_written_back(text, compact):
    r = parse_range(text)
    assert r.kind == "approx" and r.low < r.high
    assert format_range(r) == compact
    back = parse_range(compact)
    assert (back.low, back.high, back.unit, back.kind) == (r.low, r.high, r.unit, r.kind)


@pytest.mark.parametrize("text,expected", [
    ("an estimated 5,000 or more", (5000, N, "", "at_least")),
    ("about 500+", (500, N, "", "at_least")),
    ("roughly 10% or less", (N, 10, "percent", "at_most")),
    ("approximately 5 years or longer", (5, N, "year", "at_least")),
    ("about 30-40% or more", (30, N, "percent", "at_least")),
    ("at least about 500", (500, N, "", "at_least")),
    ("about up to 10", (N, 10, "", "at_most")), ("roughly more than 5,000", (5000, N, "", "at_least")),
    ("perhaps as many as 5,000", (N, 5000, "", "at_most")), ("possibly up to 10%", (N, 10, "percent", "at_most")),
])
def test_a_bound_word_outweighs_a_hedge(text, expected):
    """'an estimated 5,000 or more' read as ~5,000 lost the open end the report commits to, and
    'about up to 10' read as ~10: the hedge before the bound word took its place."""
    assert reading(text) == expected
    assert bulk.parse_many([text], [""]).kind[0] in ("", expected[3])


@pytest.mark.parametrize("text", ["up to 500 or more", "more than 500 or less", "up to 30-40 or more",
                                  "at most 5 years or longer"])
def test_bound_words_pointing_both_ways_are_refused(text):
    refused(text, "from above and from below")


# --- vague terms -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("several hundred thousand", (300_000, 900_000, "")),
    ("a couple of hundred", (200, 300, "")),
    ("a few hundred thousand people", (200_000, 500_000, "person")),
    ("hundreds of millions", (2e8, 1e9, "")),
    ("billions of dollars", (2e9, 1e10, "USD")),
    ("the vast majority", (75, 100, "percent")), ("the overwhelming majority of victims", (75, 100, "percent")),
    ("nearly all defectors", (90, 100, "percent")), ("almost all of the women", (90, 100, "percent")),
    ("thousands of North Korean women", (2000, 10_000, "person")),
    ("in the thousands", (2000, 10_000, "")),  # "in the" before a vague count changes nothing
    ("in the tens of thousands", (20_000, 100_000, "")),
    ("in the hundreds of thousands of people", (200_000, 1_000_000, "person")),
    # a part of the scale, a count of digits, a sum's count of figures: refused at 'low', 'double', 'figure'
    ("in the low thousands", (1000, 3000, "")), ("in the high hundreds", (700, 1000, "")),
    ("double digits", (10, 99, "")), ("six figures", (100_000, 999_999, "")), ("six-figure", (100_000, 999_999, "")),
    ("lakhs of farmers", (200_000, 1_000_000, "person")), ("hundreds of crores of rupees", (2e9, 1e10, "INR")),
])
def test_vague_terms_compose(text, expected):
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == (*expected, "vague")


@pytest.mark.parametrize("text", ["in the 5,000", "in the majority", "thousands in the", "in the"])
def test_in_the_leads_only_a_vague_count(text):
    with pytest.raises(RangeParseError, match="'in'"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("a majority of voters", (50, 100, "percent")), ("most of the women", (50, 100, "percent")),
])
def test_a_share_term_takes_of_and_the_whole_it_is_of(text, expected):
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == (*expected, "vague")


# --- not figures -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,why", [
    ("Article 12", "is a label"), ("Section 3", "is a label"), ("Resolution 2397", "is a label"),
    ("Chapter 11", "is a label"), ("Tier 3", "is a label"), ("Top 10", "is a label"),
    ("Group of 20", "is a label"), ("Vision 2030", "is a label"), ("Form 990", "is a label"),
    ("Camp 16", "is a label"), ("No. 5", "is a label"), ("signal number 10", "is a label"),
    ("texting FARE to 53015", "phone number"), ("SMS JOIN to 22055", "phone number"),
    ("G7", "names a thing"), ("H-1B", "names a thing"), ("H-2A visa", "names a thing"),
    ("ICD-10", "names a thing"), ("COVID-19", "names a thing"), ("MP3", "names a thing"), ("A0", "names a thing"),
    ("5 km2x", "names a thing"),
    ("2019", "reads as a year"), ("in 2019", "reads as a year"), ("since 1998", "reads as a year"),
    ("the 1951 Convention", "reads as a year"), ("mid-2019", "reads as a year"),
    ("the 1990s", "names a decade"), ("1980s", "names a decade"), ("the '90s", "names a decade"),
    ("the mid-1990s", "names a decade"), ("early-2000s", "names a decade"),
    ("6'2\"", "a height in feet and inches"), ("5’11”", "a height in feet and inches"),
    ("1.67.0", "a version number"), ("streamlit 2.14.3", "a version number"), ("192.168.1.1", "a version number"),
    ("Web 2.0", "a version number"), ("the CRASH 2.0 system", "a version number"),
    ("the LX 400 series", "a version number"), ("text 61616", "phone number"), ("a 911 call", "phone number"),
    ("the 999 service", "phone number"),
    ("March 2019", "is a date"), ("5 March", "is a date"), ("Jan. 2020", "is a date"),
    ("2010-05-13", "is a date"), ("13/05/2010", "is a date"), ("1995-01", "is a date"),
    ("2016–2022", "span of years"), ("2015-16", "span of years"), ("between 2016 and 2022", "span of years"),
    ("from 2016 to 2022", "span of years"), ("2016 to 2022", "span of years"), ("2015 or 2016", "span of years"),
    ("1990 through 2000", "span of years"), ("2014~2018", "span of years"), ("between 2014~2018", "span of years"),
    ("c.2002-2003", "span of years"), ("2081–2100", "span of years"), ("by 2100", "reads as a year"),  # were read
    ("12-2015", "is a date"), ("20161016", "is a date"), ("20161016 people", "is a date"),
    ("401(k)", "names a thing"), ("501(c)(3)", "names a thing"), ("30(2)", "names a thing"),
    ("5,000(a)", "names a thing"), ("3(iv)", "names a thing"),
    ("9/11", "names a date or a thing"), ("24/7", "names a date or a thing"), ("3/15", "names a date or a thing"),
    ("(555) 123-4567", "phone number"), ("(02) 8555 0134", "phone number"), ("555-123-4567", "phone number"),
    ("+1 555 123 4567", "phone number"),
    ("hotline at 1577-6635", "phone number"), ("helpline on 1577 6635", "phone number"),  # was 1,577–6,635
    ("555-0147", "phone number"), ("+91 98765 43210", "phone number"), ("*152*00#", "phone number"),
    ("+57 321", "phone number"),  # was 57,321
    ("2025F", "reads as a year"),  # was 2,025 °F: a table's forecast year
    ("14-03-2024", "is a date"), ("u/s 419", "is a label"), ("column 211", "is a label"),
    ("until at least 2030", "reads as a year"), ("iOS 17.2", "a version number"), ("TSE: 6982", "listed company"),
    ("weeks 0, 4, and 8", "week's number"), ("B.E. 2560", "reads as a year"), ("1445 AH", "reads as a year"),
    ("Rua Augusta 1500", "house number"), ("1320 19th Street", "house number"),
    ("19.8°N", "latitude or longitude"), ("87.2° E", "latitude or longitude"), ("33°51′S", "latitude or longitude"),
    ("2021=100", "index's base"), ("{2.1, Figure SPM.1}", "reference in braces"), ("lap 53", "a label"),
    ("U/A 13+", "a label"), ("be reached on 1122", "phone number"), ("Råsundavägen 88", "house number"),
    ("Frederiks Allé 14", "house number"), ("044 512 39 30", "phone number"), ("Iranian year 1403", "reads as a year"),
    ("Sections 420, 467 and 471", "a label"), ("LS2 9NZ", "postcode"), ("CEDAW/C/RUR/CO/9", "document's symbol"),
    ("3rd", "ordinal"), ("21st", "ordinal"), ("the first", "ordinal"), ("a third defendant", "ordinal"),
    ("a second", "ordinal"), ("a second consecutive year", "ordinal"),  # "1 second" is a time
    ("172 votes to 94", "vote's tally"), ("a 5-6 vote", "vote's tally"),  # was 5–6, a range
    ("5,000 women.12", "footnote"), ("68.4%,14", "footnote"),  # a footnote's number glued after the figure
    ("12 March 2025", "is a date"), ("March 12, 2025", "is a date"), ("1800 333 000", "phone number"),
    ("reachable on 1199", "phone number"), ("type 1", "a label"), ("Scope 3", "a label"),
    ("2 pm", "time of day"), ("14:30", "time of day"), ("9 o'clock", "time of day"),
    ("1100 AM CDT", "time of day"), ("200 PM", "time of day"), ("12 noon", "time of day"),  # a forecaster's
    ("26.8 North", "latitude or longitude"), ("92.1 West", "latitude or longitude"),  # advisory
    ("FG001", "leading zero"),  # was 1 Guinean franc
    ("3:1", "is a ratio"), ("50:50", "is a ratio"), ("a 1.5:1 ratio", "is a ratio"),
    ("30s", "decade or an age range"),
    ("($99.99)", "wholly in brackets"), ("$ (1,234)", "wholly in brackets"), ("(5,000) people", "wholly in brackets"),
    ("1.5E+06", "scientific notation"), ("2.3e4", "scientific notation"), ("5e-3 percent", "scientific notation"),
    ("007", "leading zero"), ("000 people", "leading zero"), ("05", "leading zero"), ("01 to 05", "leading zero"),
    ("COP26", "climate conference"), ("COP 28", "climate conference"), ("COP-26", "climate conference"),
    ("AMD64", "names a thing"), ("PHP8", "names a thing"), ("KES50", "names a thing"),
    ("AR6", "names a thing"), ("RS5", "names a thing"),  # the IPCC's report; the ariary is 'Ar', the rupee 'Rs'
    ("=cmd|' /C calc'!A0", "spreadsheet formula"), ("=SUM(A1:A9)", "spreadsheet formula"),
    (" @SUM(A1)", "spreadsheet formula"), ("=5", "spreadsheet formula"),
    ("p < 0.05", "test's statistic"), ("P<.001", "test's statistic"), ("r = 0.4", "test's statistic"),
    ("OR = 2.3", "test's statistic"), ("SD 8.1", "a spread"), ("(IQR 19–28)", "a spread"),
    ("Target 16.2", "a label"), ("ILO Convention 182", "a label"), ("Chart 4", "a label"),
    ("footnote 12", "a label"), ("line 5", "a label"), ("Count 3 of the indictment", "a label"),
    ("a 9mm pistol", "calibre"), ("155mm artillery shells", "calibre"), ("5.56 mm NATO rounds", "calibre"),
    ("1080p", "video resolution"), ("a 2160p screen", "video resolution"),  # was 10.8 GBP: pence
    ("[3, 4]", "citation mark"), ("[12]", "citation mark"), ("[902331]", "citation mark"),
    ("8 U.S.C. § 1324", "code of laws"), ("18 USC 3553", "code of laws"), ("call 101, quoting", "phone number"),
    ("the 1400 block of Mesquite Lane", "street address"), ("Page 22 of 64", "page's or a section's number"),
    ("— 17 —", "page's or a section's number"), ("of 2023", "reads as a year"),
    ("the 200m race", "race's length"), ("at 12 Oak Trail", "house number"),  # were 200 million and 12
    ("Clauses 5, 6 and 7", "a label"),
    ("ring the Civil Defence on 199", "phone number"), ("contact the Civil Defence on 199", "phone number"),
    ("report abuse on 199.", "phone number"),  # the phone rule's words, which sent no text to it
    ("a 7-2 ruling", "vote's tally"), ("a 5-4 majority", "vote's tally"),  # nor did the tally's
])
def test_numbers_that_name_things_or_dates_are_refused(text, why):
    with pytest.raises(RangeParseError, match=why):
        parse_range(text)


@pytest.mark.parametrize("text", [
    *(f"It is at 12 Oak {w} now." for w in notfigure.STREET_TYPES),
    *(f"It is at 2200 {w} 46 now." for w in notfigure.NUMBERED_ROADS),
    *(f"It is on {w} Augusta 1500 now." for w in notfigure.STREETS_NAMED_FIRST),
    *(f"She won the 200m {w} again." for w in notfigure.RACE_EVENTS),
    *(f"It rises in the {w.title()} year 1403." for w in notfigure.OTHER_CALENDARS),
    *(f"It is under {w.title()} 5, 6 and 7 of the act." for w in notfigure.PLURAL_LABELS.split("|")),
    *(f"It passed in a 5-4 {w}." for w in notfigure.TALLIED),
])
def test_each_word_a_not_figure_rule_names_sends_the_text_to_it(text):
    """Most texts skip the full not-a-figure pattern when none of its trigger words is in them: every word of a rule's
    list is one (the race rule lacked 'race', so 'the 200m race' read as 200 million)."""
    assert notfigure.find(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet="ab.# ", min_size=1, max_size=4), min_size=1, max_size=12),
       st.text(alphabet="ab.# 1", max_size=8))
def test_the_label_words_trie_matches_as_their_alternation(words, text):
    """The not-a-figure rules write their word lists as a trie for speed: it matches a text's start where the
    alternation does, as far (the longest word first), and a whole text only if it is one of the words."""
    trie, alternation = (re.compile(f"(?:{w})", re.I)
                         for w in (notfigure.word_trie(words), notfigure._alternation(words)))
    found, expected = trie.match(text), alternation.match(text)
    assert (found and found.end()) == (expected and expected.end())
    assert bool(trie.fullmatch(text)) == (text.lower() in words)


@pytest.mark.parametrize("text,expected", [("−1.1875–10", (-1.1875, 10, "", "interval")),
                                           ("1.2015–30 km", (1.2015, 30, "kilometer", "interval"))])
def test_the_digits_of_a_decimal_are_no_year(text, expected):
    """'1875–10' of '−1.1875–10' (a reading written back, found by the round-trip property) was a span of
    years."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("$5-2000", (5, 2000, "USD", "interval")), ("5-2000%", (5, 2000, "percent", "interval")),
    ("12-2015 people", (12, 2015, "person", "interval")), ("$20161016", (20161016, 20161016, "USD", "point")),
])
def test_a_month_and_year_or_an_eight_digit_date_needs_to_stand_alone(text, expected):
    """'12-2015' and '20161016' alone are dates; with money or a unit they are the figure written."""
    assert reading(text) == expected


def test_the_rules_give_spans_for_the_article_extractor():
    text = "Under Article 12 of the 1951 Convention, 2,000 people fled in 2019; COVID-19 slowed it."
    found = {(f.text, f.reason.split(" (")[0]) for f in notfigure.find(text)}
    assert ("Article 12", "is a label") in found
    assert ("the 1951", "reads as a year") in found
    assert ("in 2019", "reads as a year") in found
    assert ("COVID-19", "names a thing") in found
    assert not any("2,000" in f.text for f in notfigure.find(text))


@pytest.mark.parametrize("text,expected,phrases", [
    ("in their early 30s", (30, 33, "year", "vague"), ("early 30s",)),
    ("in her mid-thirties", (34, 36, "year", "vague"), ("mid 30s",)),
    ("in their mid-30s", (34, 36, "year", "vague"), ("mid 30s",)),
    ("in their late teens", (17, 19, "year", "vague"), ("late teens",)),
    ("in his late twenties", (27, 29, "year", "vague"), ("late 20s",)),
    ("in their late teens and early twenties", (17, 23, "year", "vague"), ("late teens", "early 20s")),
    ("in their 20s and early 30s", (20, 33, "year", "vague"), ("early 30s",)),
    ("in their mid-20s to mid-30s", (24, 36, "year", "vague"), ("mid 20s", "mid 30s")),
])
def test_part_of_an_age_in_tens_is_read_by_the_conventions(text, expected, phrases):
    """'in their early 30s' named 'early' as unknown, and 'mid-30s' was a name like 'H-2A': the
    conventions table's rows of unit 'age' say which years of the ten each part is, and the reading
    says it is interpreted."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == expected and r.vague == phrases
    terms = [vague.lookup(p) for p in phrases]  # what the charts explain
    assert all(expected[0] <= t.low <= t.high <= expected[1] for t in terms) and terms[-1].high == expected[1]


@pytest.mark.parametrize("text,word", [("in their early teens", "'early' of 'teens'"), ("early", "'early'"),
                                       ("late 30s", "'late'"), ("about 5 early", "'early'")])
def test_a_part_of_an_age_alone_or_outside_its_ten_is_refused(text, word):
    refused(text, word)


@pytest.mark.parametrize("text,expected,counted", [
    ("5,000 COVID-19 deaths", (5000, 5000, "person", "point"), "covid-19 deaths"),
    ("about 4,000 to 5,000 COVID-19 patients", (4000, 5000, "person", "approx"), "covid-19 patients"),
    ("300 H-2A visas", (300, 300, "", "point"), "h-2a visas"),
    ("1.5 million PM2.5 deaths", (1.5e6, 1.5e6, "person", "point"), "pm2.5 deaths"),
    ("5 million tonnes of CO2", (5e6, 5e6, "metric_ton", "point"), ""),
    ("5 tonnes of CO2e", (5, 5, "metric_ton", "point"), ""),
    ("30% of G20 members", (30, 30, "percent", "point"), ""),
])
def test_a_thing_named_in_what_a_figure_counts_is_read_past(text, expected, counted):
    """'5,000 COVID-19 deaths' was refused whole, 'COVID-19' naming a thing: a name standing where any
    noun may (the counted noun's phrase, after 'of') says what the figure is of, as a plain word there does."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == expected and r.counted == counted
    assert not bulk.parse_many([text], [""]).done[0]


@pytest.mark.parametrize("text", ["COVID-19 deaths: 5,000", "5,000 COVID-19", "5 tonnes CO2", "G7 20 countries",
                                  "5,000 COVID-19 deaths in 2020", "COVID-19", "5 km2x", "half of less than2,626",
                                  "5,000 people of million5"])
def test_a_thing_named_where_no_noun_may_stand_is_still_no_figure(text):
    """Before the number, alone after it, after a unit, or beside a year, the name is refused as before;
    so are a figure's own words glued to a number ('than2,626'), which name nothing."""
    refused(text, "names a thing|reads as a year")


@pytest.mark.parametrize("text,expected", [
    ("2 million-5 million", (2e6, 5e6, "")), ("5 years-10 years", (5, 10, "year")),
    ("30 percent-50 percent", (30, 50, "percent")), ("2 bn-5 bn women", (2e9, 5e9, "person")),
    # 'people-9m' was a name read past, the high end with it: 5,000,000 people
    ("5m people-9m people", (5e6, 9e6, "person")), ("5 million refugees-9 million refugees", (5e6, 9e6, "person")),
])
def test_a_hyphen_after_a_scale_or_unit_joins_a_range_not_a_name(text, expected):
    """'million-5' looked like 'H-2A', letters joined to a number; after a number they end a figure."""
    assert reading(text)[:3] == expected
    assert not notfigure.find(text)


@pytest.mark.parametrize("text,word", [("a 300m bridge", "bridge"), ("a 12m boat.", "boat"),
                                       ("a 5,000 school", "school"), ("1.5 household", "household")])
def test_a_singular_noun_after_a_number_other_than_one_is_no_count(text, word):
    """'a 300m bridge' read as 300 million bridges, 'a 12m boat' as 12 million boats: the number describes one."""
    with pytest.raises(RangeParseError, match="singular") as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text,expected", [
    ("1 household", (1, 1, "", "point")), ("20,000 TEU", (20000, 20000, "", "point")),
    ("2.4 million Rohingya", (2_400_000, 2_400_000, "person", "point")),
    ("5,000 school children", (5000, 5000, "person", "point")),
    ("58 community centres", (58, 58, "", "point")),
    ("more than 46,000 pigs", (46000, None, "", "at_least")), ("12 firefighters", (12, 12, "person", "point")),
    ("up to 60 armoured personnel carriers", (None, 60, "", "at_most")),
    ("60 staff cars", (60, 60, "", "point")),
])
def test_singular_nouns_that_count_and_nouns_the_table_now_holds(text, expected):
    """One of a thing, a noun written singular as a unit is ('TEU'), a people's name, a singular modifier before
    the plural counted, and counted nouns the table gained (pigs, firefighters, carriers, cars) read."""
    assert reading(text) == expected


def test_a_plain_plural_then_a_verb_and_its_object_is_no_longer_noun():
    """'households speaks another language' was read as one noun phrase counted, once 'language' was a noun."""
    with pytest.raises(RangeParseError) as err:
        parse_range("Nearly one in five households speaks another language")
    assert err.value.word == "speaks"


@pytest.mark.parametrize("text,word", [("one in 100 years", "years"), ("1 in 5 days", "days"),
                                       ("one out of five dollars", "dollars"), ("$1 in 5", "$"),
                                       ("1 in 3 km", "km")])
def test_a_share_with_a_unit_is_no_amount_of_it(text, word):
    """'one in 100 years' read as 0.01 years, 'one out of five dollars' and '$1 in 5' as $0.20, '1 in 3 km' as
    0.33 km; a share of those counted ('one in four people') reads."""
    with pytest.raises(ranges.RefusedWhole) as err:
        parse_range(text)
    assert err.value.word == word
    assert reading("one in four people") == (25, 25, "percent", "point")


@pytest.mark.parametrize("text,word", [("30% of us never get a visa", "visa"), ("most of us get a card", "card")])
def test_a_thing_after_a_shares_whole_with_a_is_no_rate(text, word):
    """'30% of us never get a visa' read as 30% per visa; a time ('30% of income a month') and 'per' stay rates."""
    with pytest.raises(RangeParseError, match="verb's object") as err:
        parse_range(text)
    assert err.value.word == word
    assert reading("30% of income a month")[2] == "percent/month"
    assert reading("30% of income per household")[2] == "percent/household"


@pytest.mark.parametrize("text,lead,rest", [("a fertility rate of 0.72", "a fertility rate of", "0.72"),
                                            ("life expectancy of 83.5 years", "life expectancy of", "83.5 years")])
def test_a_figure_after_the_name_of_what_it_measures_says_where_the_name_goes(text, lead, rest):
    """The refusal named the first word only ("'fertility' is not a word claims tracker reads")."""
    with pytest.raises(RangeParseError, match=f"'{lead}' names what the figure measures, which goes in the metric") \
            as err:
        parse_range(text)
    assert f"write the figure alone ('{rest}')" in str(err.value) and err.value.word == lead.split()[-3]


@pytest.mark.parametrize("text,word", [("12 bazillion voters", "bazillion"), ("3 squillions people", "squillions")])
def test_a_word_shaped_as_a_scale_is_no_modifier_of_what_is_counted(text, word):
    """'12 bazillion voters' read as 12 voters, the unknown scale taken for a word describing them."""
    with pytest.raises(RangeParseError) as err:
        parse_range(text)
    assert err.value.word == word


@pytest.mark.parametrize("text,expected", [
    ("16 euro cents per kWh", (0.16, 0.16, "EUR/kilowatt_hour", "point")),  # was refused: 'euro', then 'cents'
    ("more than a decade in immigration detention for a group", (10, None, "year", "at_least")),  # was per group
    ("at least 23 MEPs", (23, None, "person", "at_least")), ("400 streetlights", (400, 400, "", "point")),
])
def test_euro_cents_and_a_preposition_s_object(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["4.5 out of 5", "7.5 out of 10"])
def test_a_decimal_out_of_a_whole_is_a_score(text):
    """'rated 4.5 out of 5' read as a 90% share."""
    with pytest.raises(ranges.RefusedWhole, match="score or rating"):
        parse_range(text)
    assert reading("96 out of 100")[:3] == (96, 96, "percent")


@pytest.mark.parametrize("text", ["half-staff", "half-brother", "half-time"])
def test_a_fraction_hyphened_to_a_word_is_a_word_of_its_own(text):
    """'flags at half-staff' read as 50% (of staff, a counted noun); a unit after the hyphen is a fraction of it."""
    with pytest.raises(ranges.RefusedWhole, match="a word of its own"):
        parse_range(text)
    assert reading("half-hour")[:3] == (0.5, 0.5, "hour") and reading("a quarter-century")[:3] == (25, 25, "year")


@pytest.mark.parametrize("text", ["a 1-in-100-year flood", "1-in-1,000-year", "a 1-in-a-100-year storm"])
def test_a_return_period_is_no_figure(text):
    """'a 1-in-100-year flood' read as 0.01 years."""
    with pytest.raises(RangeParseError, match="return period"):
        parse_range(text)


@pytest.mark.parametrize("text", ["a 2019 report", "2019 report", "an 1820 law", "2000 village"])
def test_a_year_naming_a_noun_is_no_count(text):
    """'a 2019 report' read as 2,019 reports; a count takes the plural ('1995 people' still reads)."""
    with pytest.raises(RangeParseError, match="year"):
        parse_range(text)
    assert reading("1995 people")[0] == 1995 and reading("2019 reports")[0] == 2019


@pytest.mark.parametrize("text", ["2/3", "1/4 of them", "20/100", "about 2,000 people", "$1,995", "1,995",
                                  "1995 people", "more than 2000", "US$5", "USD115", "Rs20", "RM42", "USD5m", "USD50",
                                  "CNY3", "MYR42", "USD5 billion", "PHP8m", "COP 26 million", "COP 500,000",
                                  "COP500,000", "Ar6", "RM5", "AR6 million", "AR 5,000", "Rs5"])
def test_fractions_counts_and_money_are_not_mistaken_for_names(text):
    parse_range(text)


@pytest.mark.parametrize("text", ["won 3", "South Korean won 5", "bucks 5", "quid 5", "Rand 50", "sterling 5",
                                  "Euro 6", "Euro 2024"])  # an emissions standard and a tournament, read as euros
def test_a_currency_name_that_is_also_a_word_is_no_currency_before_a_number(text):
    """'The party won 52 seats' read as 52 South Korean won: such a name is money only after its
    number ('5,000 won'); before one it is the English word."""
    refused(text, "needs a number before it")
    assert [reading(t)[2] for t in ("KRW 3", "₩3", "5,000 won", "ringgit 42", "Pounds 50m", "US$5", "CAD 500")] \
        == ["KRW", "KRW", "KRW", "MYR", "GBP", "USD", "CAD"]


@pytest.mark.parametrize("text,aside", [
    ("5,000 (at least)", "(at least)"), ("5,000 (or more)", "(or more)"),
    ("5,000 (per year)", "(per year)"), ("$5 (a day)", "(a day)"), ("5,000 (annually)", "(annually)"),
    ("$5 (CAD)", "(CAD)"), ("500 (thousand)", "(thousand)"), ("5.2 [millions]", "[millions]"),
    ("5,000 (in thousands)", "(in thousands)"), ("20 (%)", "(%)"), ("3 (decades)", "(decades)"),
    ("60 (pence)", "(pence)"), ("1,000 (k)", "(k)"), ("5 (m)", "(m)"),
    ("1,000 yuan (2019 dollars)", "(2019 dollars)"),
    # a table's scale label in digits: "4,512 ('000)" read 4,512, a thousandth of the figure
    ("4,512 ('000)", "('000)"), ("4,512 (000s)", "(000s)"), ("4,512 (US$ ’000)", "(US$ ’000)"),
    # an estimate's aside reads, but not beside another that says more of the figure
    ("5,000 (est.) (per year)", "(est.)"), ("5,000 (per year) (est.)", "(per year)"),
])
def test_an_aside_that_qualifies_the_figure_is_refused_not_passed_over(text, aside):
    """'5.2 (million)' read as 5.2 and '$5 (CAD)' as US dollars: an aside was passed over whatever it said."""
    assert refused(text, "says something of the figure").word == aside


@pytest.mark.parametrize("text,aside", [
    ("12.5% (projected)", "(projected)"), ("5% (2030 target)", "(2030 target)"), ("2 years (suspended)", "(suspended)"),
    ("12.5% (excl. China)", "(excl. China)"), ("5,000 (women only)", "(women only)"),
    ("12 years (reduced to 8 on appeal)", "(reduced to 8 on appeal)"),
])
def test_an_aside_that_says_what_the_figure_is_or_became_is_refused(text, aside):
    """'12 years (reduced to 8 on appeal)' read as 12 years and '12.5% (projected)' as a measure: the aside was
    passed over as another figure, or as prose naming a source."""
    assert refused(text, "says what the figure is").word == aside


def test_a_range_whose_ends_are_dated_at_two_times_is_refused_whole():
    """'1.5 million (2019) to 2.1 million (2023)' read as the range 1.5–2.1 million: a change over time."""
    with pytest.raises(reader.RefusedWhole, match="two times"):
        parse_range("1.5 million (2019) to 2.1 million (2023)")
    assert reading("$5 (2019) to $6 (2019)") == (5, 6, "USD", "interval")


@pytest.mark.parametrize("text,expected", [
    ("30% (cut from 40%)", (30, 30, "percent", "point")), ("5,000 (provisional)", (5000, 5000, "", "point")),
])
def test_an_aside_that_says_what_the_figure_was_or_how_sure_it_is_is_passed_over(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,aside", [
    ("$2.15 a day (2017 PPP)", "(2017 PPP)"), ("$5 (PPP)", "(PPP)"), ("$5 (purchasing power parity)",
                                                                        "(purchasing power parity)"),
    ("$1.2bn (in real terms)", "(in real terms)"), ("€500 (constant prices)", "(constant prices)"),
    ("5,000 (2017 international dollars)", "(2017 international dollars)"),
])
def test_a_sum_in_other_prices_than_its_day_s_is_refused(text, aside):
    """'$2.15 a day (2017 PPP)' read as $2.15 a day: a PPP or constant-price sum would be converted and
    compared as the money of its day."""
    assert refused(text, "in other prices than its day's").word == aside


@pytest.mark.parametrize("text,expected", [
    ("5,000 (est.)", (5000, 5000, "", "approx")), ("5,000 (estimated)", (5000, 5000, "", "approx")),
    ("5,000 (approx.)", (5000, 5000, "", "approx")), ("(est.) 5,000", (5000, 5000, "", "approx")),
    ("5,000 (est)", (5000, 5000, "", "approx")), ("5,000 (estimate)", (5000, 5000, "", "approx")),
    ("5,000 [approx]", (5000, 5000, "", "approx")), ("5,000 (2019 est.)", (5000, 5000, "", "approx")),
    ("30% (2019 estimate)", (30, 30, "percent", "approx")), ("5,000 (approx., 2019)", (5000, 5000, "", "approx")),
    ("5,000 (as of 2019, est.)", (5000, 5000, "", "approx")), ("5,000 (in 2019 est.)", (5000, 5000, "", "approx")),
    ("38,928,346 (July 2020 est.)", (38928346, 38928346, "", "approx")),
    ("5,000-6,000 people (est.)", (5000, 6000, "person", "approx")),
    ("at least 5,000 (est.)", (5000, N, "", "at_least")),  # a bound word outweighs a hedge, as after the figure
])
def test_an_aside_that_says_the_figure_is_an_estimate_reads_as_one(text, expected):
    """'38,928,346 (July 2020 est.)', as statistical tables print populations, was refused: it reads as
    'an estimated 38,928,346' does."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("1,000 yuan (US$146)", (1000, 1000, "CNY")), ("5,000 (2019)", (5000, 5000, "")), ("5,000 [3]", (5000, 5000, "")),
    ("5,000 (UNHCR)", (5000, 5000, "")), ("5,000 (mostly women)", (5000, 5000, "")), ("5,000 (b)", (5000, 5000, "")),
    ("5,000 (a)", (5000, 5000, "")), ("12%(a)", (12, 12, "percent")), ("5,000 (as of 2019)", (5000, 5000, "")),
    ("5,000 (2019, UNHCR)", (5000, 5000, "")), ("5,000 (in 2019)", (5000, 5000, "")),  # was refused as a year,
    ("5,000 (since 2015)", (5000, 5000, "")), ("5,000 (Article 12)", (5000, 5000, "")),  # and a label: an aside
    ("5% (p<0.05)", (5, 5, "percent")),
    ("as low as 10,000 (the official Chinese estimate)", (10000, None, "")),
])
def test_an_aside_with_another_figure_a_source_or_a_footnote_is_passed_over(text, expected):
    assert reading(text)[:3] == expected


@pytest.mark.parametrize("text,aside", [
    ("5 (95% CI 3-7)", "(95% CI 3-7)"), ("5 (CI: 3 to 7)", "(CI: 3 to 7)"), ("5 [3–7]", "[3–7]"),
    ("5 (3-7)", "(3-7)"),
    ("5 (range 3-7)", "(range 3-7)"), ("5.2 (SD 1.1)", "(SD 1.1)"), ("12.5 (IQR 8–20)", "(IQR 8–20)"),
    ("12% (95% confidence interval 10-14%)", "(95% confidence interval 10-14%)"),
    ("40,000 (uncertainty interval 30,000 to 50,000)", "(uncertainty interval 30,000 to 50,000)"),
])
def test_an_aside_giving_the_figures_uncertainty_is_refused_not_passed_over(text, aside):
    """'5 (95% CI 3–7)' read as an exact 5: the interval was passed over as another figure."""
    assert refused(text, "gives the figure's uncertainty").word == aside


@pytest.mark.parametrize("text", ["50-50", "3-3", "0-0", "5%-5%", "5 to 5 years", "between 10 and 10", "$5-$5",
                                  "5 million-5 million"])
def test_the_same_number_at_both_ends_is_no_range(text):
    """'50-50' read as a range from 50 to 50: a split, a score or a vote."""
    refused(text, "same number at both ends")


@pytest.mark.parametrize("text,expected", [
    ("two (2) years", (2, 2, "year")), ("ten (10) years' imprisonment", (10, 10, "year")),
    ("five thousand dollars ($5,000)", (5000, 5000, "USD")), ("five thousand (5,000)", (5000, 5000, "")),
    ("five thousand yuan (US$730)", (5000, 5000, "CNY")),
])
def test_a_figure_in_words_restated_in_digits_reads_once(text, expected):
    """'five thousand (5,000)' read as 10,000: the brackets were dropped and the two numbers added."""
    assert reading(text)[:3] == expected


@pytest.mark.parametrize("text", ["five thousand (6,000)", "two (3) years", "thousands (5,000)"])
def test_a_restatement_that_disagrees_is_refused(text):
    refused(text, "restates the figure as another number")


@pytest.mark.parametrize("text", ["5 ± 0", "5,000 (± 0)"])
def test_a_margin_of_nothing_is_refused(text):
    """'5 ± 0' read as the range 5–5, which writes back as '5–5', no figure."""
    with pytest.raises(RangeParseError, match="expected a figure and its margin"):
        parse_range(text)


@pytest.mark.parametrize("text", ["2000 to 3000", "1500 to 2000", "2000 to 3000 yuan", "$2015 to 2020",
                                  "1,990 to 2,000"])
def test_a_range_of_counts_is_no_span_of_years(text):
    parse_range(text)


@pytest.mark.parametrize("text,expected", [("5,000 (± 500)", (4500, 5500, "")), ("12% (+/- 3%)", (9, 15, "percent")),
                                           ("1.1C [plus or minus 0.1C]", (1.0, 1.2, "celsius_degree"))])
def test_a_margin_in_brackets_is_the_figures(text, expected):
    """'5,000 (± 500)' read as 5,000: the margin was passed over as an aside."""
    assert reading(text)[:3] == pytest.approx(expected)
    assert not bulk.parse_many([text], [""]).done[0]


@pytest.mark.parametrize("text", ["up to 100 - 5 people", "up to 848703 libyan- 0 adult", "at least 10 to 5 years",
                                  "more than 9-3%"])
def test_a_bound_word_does_not_hide_a_range_written_backwards(text):
    refused(text, "low end is above the high end")


@pytest.mark.parametrize("text,word", [
    ("More than 3,000 migrants have died crossing", "have"), ("3,000 migrants died crossing", "died"),
    ("5,000 people fled villages", "fled"),
])
def test_a_verb_after_a_counted_plural_is_no_modifier(text, word):
    """'3,000 migrants died crossing' read as a plain count of 3,000 'crossings': any words before a
    counted noun were its modifiers."""
    with pytest.raises(RangeParseError) as err:
        parse_range(text)
    assert err.value.word == word
    assert reading("1,000 refugee families")[:3] == (1000, 1000, "")  # a singular modifies the noun after it
    assert reading("2,000 women refugees")[:3] == (2000, 2000, "person")


@pytest.mark.parametrize("text", ["0 hundred", "0 thousand", "zero million", "0 dozen", "0 hundred point 5"])
def test_zero_takes_no_scale(text):
    """'0 thousand' read as 1,000 and '0 hundred point 5' raised an AttributeError: a zero before a
    scale was taken for a missing 'a'."""
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text", ["a third year", "a seventh month", "a fifth day", "a tenth year", "a fourth year",
                                  "a seventh consecutive year", "a third straight year"])  # were 0.14 and 0.33 years
def test_an_ordinal_before_a_unit_is_no_fraction_of_it(text):
    """'for a seventh month' read as a seventh of a month (0.14 months) in an article."""
    with pytest.raises(RangeParseError, match="ordinal"):
        parse_range(text)
    assert reading("a quarter century")[:3] == (25, 25, "year") and reading("a half hour")[:3] == (0.5, 0.5, "hour")


@pytest.mark.parametrize("text", ["a third of a year", "a quarter of a century", "three quarters of an hour"])
def test_a_fraction_of_a_unit_is_refused_with_what_to_write(text):
    with pytest.raises(RangeParseError, match="a fraction of a unit"):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("-5 to -10%", (-10, -5, "percent")), ("between -5 and -10%", (-10, -5, "percent")),
    ("-18 °C to -34 °C", (-34, -18, "celsius_degree")), ("-10 to -5%", (-10, -5, "percent")),
])
def test_a_range_of_negatives_may_be_written_by_size(text, expected):
    """'-5 to -10%' (falls of 5 to 10%) was refused as written backwards; between two negatives the
    larger size is the lower end."""
    assert reading(text)[:3] == expected
    with pytest.raises(RangeParseError, match="low end is above the high end"):
        parse_range("5 to -10%")


# --- closed world: a word not understood is named ----------------------------------------------

@pytest.mark.parametrize("text,word", [
    ("30-50 zorkmids", "zorkmids"), ("5 furlongs", "furlongs"), ("about 5,000 people, officials say", "officials"),
    ("minimum sentence is 6 months", "sentence"), ("$100 each", "each"), ("half of them are women", "are"),
    ("prison sentences of five years", "prison"), ("42 geneh", "geneh"), ("5 zork people or more zork", "zork"),
    ("a plurality", "plurality"), ("an unknown number", "unknown"), ("a lot", "lot"), ("5 a zork", "zork"),
    ("2,000 fewer people", "fewer"), ("10,000 less migrants", "less"), ("5,000 not women", "not"),
    ("5,000 no more women", "no"),
    # a word breaking a bound or a rate among the words that say of what: the bound or rate was dropped
    ("30% of the women or zork more", "zork"), ("18 years of age or zork older", "zork"),
    ("20 litres of water a zork day", "zork"), ("300 tonnes of rice annually zork", "zork"),
    ("half of the women each zork year", "zork"),
    # the word after a share's 'of' or 'in', or after a currency, rather than the word before it
    ("7 of zork 10 women", "zork"), ("one in zork five", "zork"), ("EUR zork 5 million", "zork"),
    ("c $ zork 300 million", "zork"), ("less than or zork equal to 100", "zork"), ("full zork week", "zork"),
    ("one out of zork three", "zork"), ("two point zork two million", "zork"), ("$350 per zork kg", "zork"),
])
def test_a_word_not_understood_is_an_error_naming_it(text, word):
    with pytest.raises(RangeParseError, match=f"'{word}' \\(|stands inside|'{word} [^']*' names what") as exc:
        parse_range(text)
    assert exc.value.word == word


@pytest.mark.parametrize("text,hint", [
    ("up 50%", "without 'up', the figure reads 50%; write '50%' alone"),
    ("fell 0.4 per cent", "without 'fell', the figure reads 0.4%; write '0.4 per cent' alone"),
    ("rose by between 5% and 7%", "without 'rose by', the figure reads 5–7%; write 'between 5% and 7%' alone"),
    ("a 20kg bag", "without 'bag', the figure reads 20 kg; write 'a 20kg' alone"),
    ("minimum sentence is 6 months", "without 'minimum sentence is', the figure reads 6 months"),
])
def test_a_word_outside_a_whole_figure_is_named_with_what_the_figure_reads_without_it(text, hint):
    """A change's direction ('up', 'fell') or what a measure is of ('bag') is the metric's to say: the refusal
    says so, and what to write, where it used to list what it expected instead."""
    with pytest.raises(RangeParseError, match=re.escape(hint)):
        parse_range(text)


@pytest.mark.parametrize("text,unit", [
    ("30-50 zorkmids", "percent"),  # in the unit's place: no figure is whole without it
    ("₦8,000 to 12 million poor households", ""),  # the high end's count, not money
    ("EUR zork 5 million", ""),  # without the currency, no figure of it
    ("5 thousand thousand", ""), ("half of them are women", ""),
    ("twice a week", ""), ("once a month", "")])  # 'a week' reads as one week, but no figure is left
def test_no_figure_is_offered_without_a_word_that_may_be_part_of_it(text, unit):
    with pytest.raises(RangeParseError) as err:
        parse_range(text, unit=unit)
    assert "without" not in str(err.value) and "expected" in str(err.value)


def test_zorkmids_in_a_percent_metric_is_an_error_not_a_share():
    with pytest.raises(RangeParseError, match="'zorkmids'"):
        parse_range("30-50 zorkmids", unit="percent")


@pytest.mark.parametrize("text,match", [
    ("5X people", "a space between a number and the words"), ("5G villages", "network generation"),
    ("a 5G network", "network generation"), ("10Z refugees", "a space between a number and the words"),
])
def test_a_letter_glued_to_a_count_is_no_word_of_what_it_counts(text, match):
    """'5X people' read 5 people and '5G villages' 5: the glued letter was taken for a word of the noun phrase."""
    refused(text, match)


def test_a_noun_glued_to_its_count_still_reads():
    assert reading("5people") == (5, 5, "person", "point")
    assert reading("5internally displaced persons") == (5, 5, "person", "point")


@pytest.mark.parametrize("text,expected", [
    ("2,000 North Korean women", (2000, "person", "north korean women")),
    ("more than 2,000 people", (2000, "person", "people")),
    ("300 villages", (300, "", "villages")),
    ("3,990 cases of trafficking", (3990, "case", "cases")),
    ("250 brothels", (250, "", "brothels")), ("40 NGOs", (40, "", "ngos")),
    ("12 trafficking rings", (12, "", "trafficking rings")),
])
def test_the_noun_after_a_count_names_what_is_counted(text, expected):
    r = parse_range(text)
    assert (r.low, r.unit, r.counted) == expected


def test_a_plain_count_does_not_take_a_unit_of_another_dimension():
    with pytest.raises(RangeParseError, match="counts 'villages', but the unit given is percent"):
        parse_range("300 villages", unit="percent")


@pytest.mark.parametrize("text", ['"5,000', '5,000"', '"5,000 people" and "6,000"', '“5,000"', '"2019"'])
def test_quotation_marks_are_dropped_only_when_they_enclose_the_whole_figure(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,same_as", [
    ("just 1,000 yuan", "1,000 yuan"), ("only about 50 percent", "about 50 percent"),
    ("the equivalent of $800", "$800"), ("anywhere from 10 to 20", "10 to 20"), ("equal to 5,000", "5,000"),
    ("2,000 people in total", "2,000 people"), ("30 percent of respondents", "30 percent"),
    ("$105 million in profits", "$105 million"),
    ('"5,000"', "5,000"), ("“about 5,000 people”", "about 5,000 people"), ("‘12–40%’", "12–40%"),
    # these were refused, naming their first word
    ("a record 5,000", "5,000"), ("a combined 5,000 people", "5,000 people"), ("an extra 5,000", "5,000"),
    ("a staggering 40%", "40%"), ("an average of $300 a month", "$300 a month"), ("on average 5 years", "5 years"),
    ("5 years on average", "5 years"), ("26.4 million refugees worldwide", "26.4 million refugees"),
    ("5,000 deaths so far", "5,000 deaths"), ("5,000 to date", "5,000"), ("40% nationwide", "40%"),
    ("$3bn globally", "$3bn"), ("more or less 5,000", "about 5,000"), ("5,000, more or less", "about 5,000"),
    ("7,000 and counting", "at least 7,000"), ("7,000 and rising", "at least 7,000"),
    ("a record high of 4.2 million tonnes", "4.2 million tonnes"), ("a modest 0.3 per cent", "0.3 per cent"),
    ("a paltry 50 pence", "50 pence"), ("a net 15,000 jobs", "15,000 jobs"), ("a scorching 45°C", "45°C"),
    ("a hefty £2,000 fine", "£2,000 fine"),
])
def test_documented_filler_leaves_the_reading_as_it_is(text, same_as):
    assert reading(text) == reading(same_as)


# --- the property: an unknown word is named, or it is documented filler -------------------------

@pytest.mark.parametrize("text", ["equal to or greater zork than 999", "equal to or less zork than EUR 40",
                                  "40 – $ zork 999", "from 40–rmb zork 10k", "0.5~ringgits zork 5",
                                  "a at zork least 16%", "a about zork 80 to 320 million",
                                  "12~Taiwan dollars zork 100 crore", "not greater than 0.5 united zork states dollars",
                                  "5,000 COVID-19 deaths zork", "300 H-2A visas zork"])
def test_an_unknown_word_is_named_where_reading_stops_at_a_known_one(text):
    """Reading stopped at 'or', '$', 'rmb', 'taiwan', 'dollars' or 'at', and the error named that word,
    which is known: the word to name is the one breaking the phrase or following the sign or name.
    A thing's name read past ('COVID-19') is not the word to blame for another one."""
    with pytest.raises(RangeParseError, match="'zork'"):
        parse_range(text)


READABLE = ["30–50%", "between 30 percent and half", "$100–$1,000", "5+ years", "about 5,000 people",
            "at least 100,000", "up to 1,500 dollars", "several hundred to a thousand dollars", "five years or longer",
            "~40,000", "2.5bn", "nearly two-thirds", "70 to 80 percent", "thousands", "between 10,000 and 300,000",
            "£2,740", "2 years and 3 months", "more than 90 percent", "12–40%", "at least 7 years", "1.2 million",
            "5,000 RMB", "3,990 cases", "HK$500", "two decades", "in their 30s", "60p", "a third", "the majority",
            "a dozen", "an estimated 2,000", "equal to or more than 5,000", "$5 – $9", "40–RMB 10k",
            "5,000 COVID-19 deaths", "in their early 30s", "in their teens", "60 km/h", "$70 a barrel", "2 GW"]
unknown_words = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=9).filter(
    lambda w: w not in lexicon.grammar_words() and w not in reader._continuations() and w not in notfigure._trigger_words()
    and w not in lexicon.NOUN_STOPS and w not in lexicon.CONNECTORS and not currencies.ambiguous(w)
    and not notfigure.is_ordinal_word(w) and w not in lexicon.DECADE_WORDS)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(READABLE), unknown_words, st.integers(0, 12))
def test_an_unknown_word_anywhere_is_named_or_is_a_documented_modifier(text, word, at):
    tokens = text.split(" ")
    at = at % (len(tokens) + 1)
    changed = " ".join(tokens[:at] + [word] + tokens[at:])
    before = parse_range(text)
    try:
        after = parse_range(changed)
    except RangeParseError as exc:
        named = f"'{word}'" in str(exc) or ("as an ordinal" in str(exc) and f" {word}'" in str(exc))  # 'a third aaa'
        assert named, (changed, str(exc))
        return
    # the only place an unknown word may stand: a modifier of the counted noun ("5,000 zork people")
    assert word in after.counted.split(), (changed, after)
    assert (after.low, after.high, after.unit, after.kind) == (before.low, before.high, before.unit, before.kind)


# --- the compact shapes read without the token loop read exactly as it reads them ----------------

compact_numbers = st.one_of(st.integers(0, 999).map(str), st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
                            st.integers(10_000, 10**7).map(str),
                            st.decimals(0, 999, places=2, allow_nan=False).map(str))
scaled_numbers = st.tuples(compact_numbers, st.sampled_from(
    ["", "", "", "k", "m", "mn", "bn", "tn", "b", " thousand", " million", " billion", " trillion", " m", " k"])
).map("".join)
hedges = st.sampled_from(["", "at least ", "about ", "~", "up to ", "more than ", "≥", "≤ ", "≈", "some ", "nearly ",
                          "ca ", "just ", "just over ", "only ", "anywhere ", "a total of ", "just about "])
signs = st.sampled_from(["", "$", "€", "£", "¥", "₩", "US$", "us$", "EUR ", "usd ", "RMB ", "KRW ", "EUR", "Rs ",
                         "CA$", "A$"])
after = st.tuples(st.sampled_from(["", "+"]), st.sampled_from(
    ["", "%", " percent", " per cent", " years", " months", " people", " women", " cases", " USD", " yuan",
     " dollars", " won", " refugees", " US dollars", " Korean won", " Chinese yuan", " children", "m people", "MYR",
     "km", "kg", "yrs", "m", "bn", "k", "mn"]),
    st.sampled_from(["", "", "", " or more", " or less", " or fewer", " and above", " or longer"]),
    st.sampled_from(["", "", " people", " children", " years", " US dollars", " percent", " EUR"])).map("".join)
compact = st.one_of(
    st.tuples(hedges, signs, scaled_numbers, st.sampled_from(["", "", "%"]),
              st.sampled_from(["", "–", "-", " to ", " - ", "—"]), st.sampled_from(["", "$", "€", "EUR "]),
              scaled_numbers, after).map(lambda p: p[0] + p[1] + p[2] + p[3] + (p[4] + p[5] + p[6] if p[4] else "")
                                         + p[7]),
    st.tuples(st.sampled_from([("between ", " and "), ("from ", " to "), ("anywhere from ", " to ")]), signs,
              scaled_numbers, st.sampled_from(["", "%"]), st.sampled_from(["", "$", "€", "usd "]), scaled_numbers,
              after).map(lambda p: p[0][0] + p[1] + p[2] + p[3] + p[0][1] + p[4] + p[5] + p[6]),
)


dollar_asides = st.sampled_from(["", "", "", " (US$143)", " ($1,500)", " (us$0.50)", " (US$1,792,000)", " (US$ 5)"])
"""A sum converted into dollars after the figure ('1,000 yuan (US$143)'), which both lanes pass over."""


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.tuples(compact, dollar_asides).map("".join), st.sampled_from(["", "percent", "person", "USD", "year"]))
def test_the_fast_lane_reads_as_the_token_loop(text, unit):
    """About one drawn text in seven takes the fast lane (the rest are the token loop's alone), so most draws are
    filtered out by design: Hypothesis's health check failed the test at random (about one run in fifteen)."""
    fast = ranges._fast(text)
    assume(fast is not None)

    def build(expr):
        try:
            r = ranges._build(expr, text, unit)
            return (r.low, r.high, r.unit, r.kind, r.vague, r.counted)
        except RangeParseError as exc:
            return str(exc)
    try:
        slow = ranges._read(text)
    except RangeParseError as exc:
        pytest.fail(f"{text!r}: the fast lane reads what the token loop refuses: {exc}")
    assert build(fast) == build(slow)


@pytest.mark.parametrize("text", ["12–40%", "$3,400–5,100", "at least 7 years", "1,000 yuan (US$143)",
                                  "2,150,000 Korean won (US$1,792)"])
def test_the_commonest_shapes_take_the_fast_lane(text):
    """The lane is what makes parse_range fast on a table's figures (benchmarks/run.py): a shape it
    drops still reads, through the token loop, but several times slower."""
    assert ranges._fast(text) is not None


@pytest.mark.parametrize("text,word", [("more than35%", "than35"), ("up to3,800 persons", "to3,800"),
                                       ("about5,000 people", "about5,000"), ("nearlyEUR 180", "nearlyeur"),
                                       ("ca24,000,000 KRW", "ca24,000,000")])
def test_a_bound_word_glued_to_what_follows_is_refused_in_either_lane(text, word):
    """The fast lane took a bound word without its space ('more than35%' read 35% or more) where the
    token loop refuses letters joined to a number: a symbol may be glued ('≥30%'), a word may not."""
    with pytest.raises(RangeParseError, match=re.escape(repr(word))):
        parse_range(text)


@pytest.mark.parametrize("text,reading", [("≥30%", "30%+"), ("<1,000", "≤1,000"), ("~40,000", "~40,000"),
                                          ("c.5,000", "~5,000"), (">=5", "5+")])
def test_a_bound_symbol_may_be_glued_to_the_number(text, reading):
    assert format_range(parse_range(text)) == reading


@pytest.mark.parametrize("text,counted", [("5,000 men and women", "men and women"),
                                          ("2,000 women and girls", "women and girls"),
                                          # modifiers joined: it was refused naming 'pregnant'
                                          ("14,000 pregnant and lactating women", "pregnant and lactating women"),
                                          ("5,000 displaced or injured people", "displaced or injured people")])
def test_counted_nouns_joined_by_and_are_one_noun_phrase(text, counted):
    assert parse_range(text).counted == counted


@pytest.mark.parametrize("text,word", [("48MP", "mp"), ("767,000 deployments and sea-based workers", "deployments")])
def test_a_plural_before_and_or_a_glued_letter_ends_what_is_counted(text, word):
    """'48MP' is a camera's megapixels, no 48 members of parliament; a plural the noun table lacks ends the nouns."""
    assert refused(text, "claims tracker reads").word == word


def test_counted_nouns_of_different_units_are_not_joined():
    with pytest.raises(RangeParseError, match="'villages'"):
        parse_range("300 women and villages")


@pytest.mark.parametrize("text,expected", [
    ("Rs 200 crore-Rs 250 crore", (2e9, 2.5e9, "INR", "interval")), ("Rs 200- Rs 250", (200, 250, "INR", "interval")),
    ("Rs. 200-Rs. 250", (200, 250, "INR", "interval")), ("EUR 200-EUR 250", (200, 250, "EUR", "interval")),
    ("five-year", (5, 5, "year", "point")), ("200-EUR", (200, 200, "EUR", "point"))])
def test_a_dash_glued_to_a_number_before_the_next_bound_s_sign_is_the_range_s(text, expected):
    """'200-Rs 250': the dash joins two sums, as '$200-$250' does; 'five-year' stays one word."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [("30--50%", (30, 50, "percent", "interval")),
                                           ("5 -- 6 years", (5, 6, "year", "interval")),
                                           ("Rs 200--250", (200, 250, "INR", "interval"))])
def test_a_double_hyphen_is_a_range_dash_as_plain_text_types_one(text, expected):
    """'30--50%' read as 30 to −50 and was refused; bulk reads it as parse_range does."""
    assert reading(text) == expected
    got = bulk.parse_many([text], [""])
    assert got.done[0] and (got.low[0], got.high[0]) == expected[:2]


@pytest.mark.parametrize("text,expected", [("5 p.c.", (5, 5, "percent", "point")),
                                           ("5.5 p.c. to 6 p.c.", (5.5, 6, "percent", "interval"))])
def test_p_c_is_per_cent_as_the_indian_press_abbreviates_it(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [("1,080p", (10.8, 10.8, "GBP", "point")),
                                           ("720p", (7.2, 7.2, "GBP", "point"))])
def test_a_sum_in_pence_is_no_video_resolution(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [("a 10,000-strong force", (10_000, 10_000, "person", "point")),
                                           ("a 300-strong rebel crowd", (300, 300, "person", "point")),
                                           ("about 2,000-strong", (2_000, 2_000, "", "approx"))])
def test_a_strong_figure_counts_the_members_of_a_group(text, expected):
    """'a 10,000-strong force' was refused naming 'strong'; a group of people counts people."""
    assert reading(text) == expected


def test_strong_counts_people_only_in_a_group_of_people():
    refused("a 5,000-strong fleet", "'fleet'")
    refused("5 forces", "'forces'")


@pytest.mark.parametrize("text,unit,expected", [
    ("1,500 riyals", "SAR", (1500, 1500, "SAR", "point")),
    ("1,500 riyals a month", "SAR/month", (1500, 1500, "SAR/month", "point")),
    ("300,000 CFA francs", "XOF", (300_000, 300_000, "XOF", "point")),
    ("1,500 dirhams", "MAD", (1500, 1500, "MAD", "point")),
    ("between Sh3,600 and Sh4,000", "KES", (3600, 4000, "KES", "interval")),
    ("1,500 riyals to 2,000 riyals", "SAR", (1500, 2000, "SAR", "interval"))])
def test_a_name_several_currencies_share_is_read_in_the_one_the_metric_is_in(text, unit, expected):
    """Each was refused as naming several currencies, where the metric's unit says which (at both ends
    of a range: only the first was read so, and the second refused)."""
    assert reading(text, unit) == expected


@pytest.mark.parametrize("unit", [None, "USD"])
def test_a_shared_name_is_refused_where_the_metric_does_not_say_which(unit):
    with pytest.raises(RangeParseError, match="names several currencies"):
        parse_range("1,500 riyals", unit)


@pytest.mark.parametrize("text,expected", [("within 30 days", (None, 30, "day", "at_most")),
                                           ("within 24 hours", (None, 24, "hour", "at_most"))])
def test_within_bounds_a_time_from_above(text, expected):
    """'within 30 days' was refused naming 'within'; the extractor gave '30 days', a point."""
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["within 5 km", "within $5", "within 5,000 people"])
def test_within_bounds_only_a_time(text):
    refused(text, r"'within' bounds a time .* \('up to'\)")


@pytest.mark.parametrize("text,expected", [
    ("no longer than 72 hours", (None, 72, "hour", "at_most")),
    ("not longer than 6 months", (None, 6, "month", "at_most")),
    ("no shorter than 2 years", (2, None, "year", "at_least")),
    ("not shorter than two years", (2, None, "year", "at_least")),
])
def test_no_longer_and_no_shorter_than_bound_a_time(text, expected):
    """'no longer than 72 hours' was refused naming 'no', where 'longer than 6 months' read."""
    assert reading(text) == expected
    refused(text.replace(text.split()[-2] + " " + text.split()[-1], "$5"), "bounds a time")


@pytest.mark.parametrize("text,expected", [("1.2 billion viewers", (1.2e9, 1.2e9, "person", "point")),
                                           ("1m riders a day", (1e6, 1e6, "person/day", "point")),
                                           ("47.9 million TEU", (47.9e6, 47.9e6, "", "point")),
                                           ("80 lashes", (80, 80, "", "point")),
                                           ("no fewer than 200 MPs", (200, None, "person", "at_least")),
                                           ("40 new porters", (40, 40, "person", "point")),
                                           ("50k+ signatures", (50000, None, "", "at_least")),
                                           ("1,200 wind turbines", (1200, 1200, "", "point")),
                                           ("more than 1 million species", (1e6, None, "", "at_least")),
                                           ("3 crore LED bulbs", (3e7, 3e7, "", "point")),
                                           ("eight convoys", (8, 8, "", "point")),
                                           ("as little as $1.50 per session", (1.5, N, "USD/session", "at_least")),
                                           ("starting at 5.75%", (5.75, N, "percent", "at_least")),
                                           ("starting from $500", (500, N, "USD", "at_least")),
                                           ("about KSh 20,000 a vial", (20000, 20000, "KES/vial", "approx")),
                                           ("five or six gunmen", (5, 6, "person", "interval")),
                                           ("30 armed groups", (30, 30, "", "point")),
                                           ("five mass graves", (5, 5, "", "point")),
                                           ("nearly 300 centenarians", (300, 300, "person", "approx")),
                                           ("12.5k tweets", (12500, 12500, "", "point")),
                                           ("up to $374,474 per violation", (N, 374474, "USD/violation", "at_most")),
                                           ("about 12,000 graphics processors", (12000, 12000, "", "approx")),
                                           ("R160 per subject", (160, 160, "ZAR/subject", "point")),
                                           ("at least 5,000 baht per rai", (5000, N, "THB/rai", "at_least")),
                                           ("120 collective centres", (120, 120, "", "point")),
                                           ("half a dozen ministers", (6, 6, "person", "point")),
                                           ("3 or 4 studies", (3, 4, "", "interval"))])
def test_audiences_riders_containers_and_lashes_are_counted(text, expected):
    """Each was refused naming its noun (data/count_nouns.csv lacked it)."""
    assert reading(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("more than 1.4 million Canadians", (1.4e6, None, "person", "at_least")),
    ("1 in 4 Australians", (25, 25, "percent", "point")), ("11 lakh Rohingyas", (1.1e6, 1.1e6, "person", "point")),
    ("a quarter of a million pensioners", (250000, 250000, "person", "point")),
    ("7.5 million tax filers", (7.5e6, 7.5e6, "person", "point")),
    ("some 200 communities", (200, 200, "", "approx")), ("two or three banks", (2, 3, "", "interval")),
    ("12.5mn shares", (12.5e6, 12.5e6, "", "point")), ("15 woredas", (15, 15, "", "point")),
    ("VND1.84 quadrillion", (1.84e15, 1.84e15, "VND", "point")),  # read 1.84 dong in the article extractor
    ("12·4%", (12.4, 12.4, "percent", "point")), ("10·1–14·9%", (10.1, 14.9, "percent", "interval")),  # The Lancet's
    ("3·2 million deaths", (3.2e6, 3.2e6, "person", "point")),  # decimal point, a middle dot
    ("Bt12 million", (12e6, 12e6, "THB", "point")), ("2,000,000đ", (2e6, 2e6, "VND", "point")),
    ("NIS 2.3 million", (2.3e6, 2.3e6, "ILS", "point")), ("SEK 1 milliard", (1e9, 1e9, "SEK", "point")),
    ("L$3,400", (3400, 3400, "LRD", "point")), ("Z$5 billion", (5e9, 5e9, "ZWL", "point")),
    ("Rf 18", (18, 18, "MVR", "point")), ("SoSh 650,000", (650000, 650000, "SOS", "point")),
    ("–20°C", (-20, -20, "celsius_degree", "point")), ("–5 to –10%", (-10, -5, "percent", "interval")),  # en dashes
    ("10 –20", (10, 20, "", "interval")),  # as minus signs, but not after a number
    ("CHF 2.4 Mio.", (2.4e6, 2.4e6, "CHF", "point")), ("more than 200 hostages", (200, None, "person", "at_least")),
    ("some 55,000 seniors", (55000, 55000, "person", "approx")), ("165,000 classrooms", (165000, 165000, "", "point")),
])
def test_demonyms_taxpayers_communities_and_banks_are_counted(text, expected):
    """Each was refused naming its noun (data/count_nouns.csv lacked it)."""
    assert reading(text) == expected


def test_bolivianos_alone_are_bolivia_s():
    assert reading("450 million bolivianos") == (450e6, 450e6, "BOB", "point")  # was refused naming 'bolivianos'


def test_bolivares_are_venezuela_s():
    """The Spanish plural, as reports from Caracas write it: was refused naming 'bolívares' (and in an article,
    '130 bolívares' was a bare 130)."""
    assert reading("130 bolívares") == (130, 130, "VES", "point")
    assert reading("36.6 bolivares") == (36.6, 36.6, "VES", "point")


def test_myanmar_s_and_rwanda_s_signs_as_their_press_writes_them():
    """Each was refused at its sign."""
    assert reading("Ks 15,000") == (15000, 15000, "MMK", "point")
    assert reading("FRw 2 billion") == (2e9, 2e9, "RWF", "point")


@pytest.mark.parametrize("text,expected", [("2.3 million[4]", (2.3e6, 2.3e6, "", "point")),
                                           ("about 5,000 [12]", (5000, 5000, "", "approx"))])
def test_a_citation_mark_after_a_figure_is_passed_over_as_an_aside(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", ["14,950 year to date", "14,950 year-to-date", "14,950 YTD"])
def test_year_to_date_is_no_count_of_years(text):
    """'14,950 year to date' read as 14,950 years."""
    assert reading(text) == (14_950, 14_950, "", "point")


@pytest.mark.parametrize("text,expected", [
    ("R27.58 per hour", (27.58, 27.58, "ZAR/hour")), ("R500 000", (500_000, 500_000, "ZAR")),
    ("R1 200 000", (1_200_000, 1_200_000, "ZAR")), ("N150.50", (150.5, 150.5, "NGN")),
    ("£30-odd a week", (30, 30, "GBP/week")), ("£1,250pcm", (1250, 1250, "GBP/month")),
    ("40-odd crew", (40, 40, "person")), ("120,000 people held", (120_000, 120_000, "person")),
    ("200 nautical miles", (200, 200, "nautical_mile")), ("12 nmi", (12, 12, "nautical_mile")),
    ("20 knots", (20, 20, "knot")),
    # a British letting's week and a property report's square foot: each was refused naming the word
    ("£350pw", (350, 350, "GBP/week")), ("Rs 18,000-22,000 psf", (18_000, 22_000, "INR/square_foot")),
    ("1,450 sqft", (1450, 1450, "square_foot")), ("₹12,000/sq.ft", (12_000, 12_000, "INR/square_foot")),
])
def test_sums_rates_and_measures_of_the_sea_and_the_rand(text, expected):
    """A letter sign before cents or space-grouped thousands is money ('R350' stays a road); '-odd' before a
    rate is the hedge, not a range's dash; 'pcm' is a British rent's month; crews count people."""
    r = parse_range(text)
    assert (float(r.low), float(r.high), r.unit) == expected
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or (check.low[0], check.high[0]) == expected[:2]


@pytest.mark.parametrize("text", ["R350", "N95", "R2.5", "3 crews"])
def test_a_letter_before_a_number_not_written_as_a_sum_is_no_money(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("5 feet 2 inches", (62, "inch")), ("7 feet, 10 inches", (94, "inch")), ("5 feet and 2 inches", (62, "inch")),
    ("2 km and 1 meter", (2001, "meter")), ("7 lb 4 oz", (116, "ounce")), ("2 years 3 months", (27, "month")),
    ("1 kg 200 g", (1200, "gram")),  # a lower-case 'g' after a number is grams, in a part too
])
def test_a_length_or_a_mass_written_in_parts_adds_up_as_a_duration_does(text, expected):
    r = parse_range(text)
    assert (float(r.low), r.unit) == expected and r.low == r.high
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or check.low[0] == expected[0]


@pytest.mark.parametrize("text", ["2 inches 5 feet", "5 km 10 km", "1 mile 200 metres", "12 hours a day, 7 days"])
def test_parts_not_finer_or_of_no_whole_ratio_are_two_figures(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [("from 20 up to 40", (20, 40)), ("from twenty up to forty", (20, 40)),
                                           ("from $5 up to $10", (5, 10))])
def test_from_up_to_is_a_range(text, expected):
    r = parse_range(text)
    assert (r.low, r.high, r.kind) == (*expected, "interval")
    check = bulk.parse_many([text], [""])
    assert not check.done[0] or (check.low[0], check.high[0]) == expected


def test_up_to_without_from_is_still_a_bound_and_two_numbers_around_it_two_figures():
    assert parse_range("up to 40").kind == "at_most"
    with pytest.raises(RangeParseError):
        parse_range("20 up to 40")


@pytest.mark.parametrize("text,expected", [
    ("less than 5000 or equal", (None, 5000, "at_most")), ("more than 5000 or equal to", (5000, None, "at_least")),
    ("at least or equal to 30", (30, None, "at_least")), ("200 or greater than", (200, None, "at_least")),
    ("equal to 5000 or more than", (5000, None, "at_least")), ("200 or fewer than", (None, 200, "at_most")),
])
def test_bounds_as_other_parsers_test_suites_write_them(text, expected):
    """'or equal' says a bound is inclusive, as each of ours is; a 'than' left dangling ends the text."""
    r = parse_range(text)
    assert (r.low, r.high, r.kind) == expected


@pytest.mark.parametrize("text", ["5000 or equal", "5 or more than 10", "200 or so than"])
def test_or_equal_without_a_bound_and_than_before_a_number_are_refused(text):
    with pytest.raises(RangeParseError):
        parse_range(text)


@pytest.mark.parametrize("text,expected", [
    ("three, four months", (3, 4, "month")), ("70, 80 people", (70, 80, "person")),
    ("six, seven years", (6, 7, "year")), ("200, 300 people", (200, 300, "person"))])
def test_a_number_and_the_next_in_its_count_joined_by_a_comma_are_a_spoken_range(text, expected):
    """'three, four months', as people say a range: approximate, its unit after the second number only."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == (*expected, "approx")


@pytest.mark.parametrize("text", ["3, 5 years", "29, 34 years", "3, 4 and 5 years"])
def test_numbers_a_comma_joins_that_do_not_follow_each_other_are_a_list(text):
    with pytest.raises(RangeParseError, match="more than one figure"):
        parse_range(text)


@pytest.mark.parametrize("text,value", [("8,250,", 8250), ("5,000,", 5000), ("3,", 3)])
def test_a_comma_ending_a_figure_is_the_sentence_s(text, value):
    assert parse_range(text).low == value


def test_a_refusal_is_read_once_and_raised_afresh_each_time(monkeypatch):
    """A file's check asks for a refused figure again (to say why, in the metric's unit and without):
    the refusal is kept like a reading, and each caller gets its own error, no traceback shared."""
    calls = []
    read = ranges._read_figure
    monkeypatch.setattr(ranges, "_read_figure", lambda text, unit: calls.append(text) or read(text, unit))
    text = "30-50 zorkmids in the cached refusal test"
    errors = []
    for _ in range(3):
        with pytest.raises(RangeParseError) as err:
            parse_range(text)
        errors.append(err.value)
    assert len(calls) == 1
    assert len({id(e) for e in errors}) == 3
    assert {(str(e), e.word, type(e)) for e in errors} == {(str(errors[0]), "zorkmids", reader.UnknownWord)}
    kept = ranges._parse_cached(text, "")
    assert kept.__traceback__ is None and kept.__context__ is None


@pytest.mark.parametrize("text,expected,compact", [
    ("US$2.50 per dose", (2.5, 2.5, "USD/dose"), "$2.5/dose"),
    ("Rs 5 lakh per family", (500_000, 500_000, "INR/family"), "500,000 INR/family"),
    ("78 cents a share", (0.78, 0.78, "USD/share"), "$0.78/share"),
    ("$3 to $5 per dose", (3, 5, "USD/dose"), "$3–5/dose"),
    ("₦45,000 per bag", (45_000, 45_000, "NGN/bag_count"), "45,000 NGN/bag"),  # pint's own 'bag' is a measure
    ("Rs 650 per brick", (650, 650, "INR/brick"), "650 INR/brick"),  # the brick kilns' piece rate
    ("300 people per village", (300, 300, "person/village"), "300 people/village"),
    ("5 years in prison per offence", (5, 5, "year/offence"), "5 years/offence"),
    ("$5 per household per month", (5, 5, "USD/household/month"), "$5/household/month"),
    ("3 kg of rice a month per family", (3, 3, "kilogram/family/month"), "3 kg/family/month"),
    ("about £196 million per aircraft", (196e6, 196e6, "GBP/aircraft"), "~196,000,000 GBP/aircraft"),  # the same in
    ("£5 per sheep", (5, 5, "GBP/sheep"), "5 GBP/sheep"),  # the plural, so no rate per one was read
    ("roughly A$3.1 billion per hull", (3.1e9, 3.1e9, "AUD/hull"), "~3,100,000,000 AUD/hull"),
])
def test_a_rate_per_one_of_a_counted_noun_keeps_the_noun_in_its_unit(text, expected, compact):
    """Each was refused (or, in an article, read without its rate: '78 cents' of '78 cents a share')."""
    r = parse_range(text)
    assert (r.low, r.high, r.unit) == expected
    assert format_range(r) == compact
    back = parse_range(compact)
    assert (back.low, back.high, back.unit) == expected


def test_rates_per_one_of_different_nouns_never_share_a_dimension():
    assert units.dimension_key("USD/household") != units.dimension_key("USD/person")
    assert units.dimension_key("USD/household") != units.dimension_key("USD/family")
    assert units.dimension_name("USD/household") == "money per count of households"
    with pytest.raises(RangeParseError, match="money per count of households"):
        parse_range("$5 per household", "USD/person")


@pytest.mark.parametrize("text,counted", [("120 brick kilns", "brick kilns"), ("400 recruitment agencies",
                                                                                "recruitment agencies"),
                                          ("56 lorries", "lorries"), ("three shifts", "shifts")])
def test_what_the_trafficking_reports_count(text, counted):
    """Each was refused naming the word: the kilns of bonded labour, the agencies that recruit, the lorries."""
    assert parse_range(text).counted == counted


@pytest.mark.parametrize("text,expected", [
    ("about US$5.6 billion of seafood a year", (5.6e9, 5.6e9, "USD/year", "approx")),  # was refused at 'seafood'
    ("Rs 500 of wages a month", (500, 500, "INR/month", "point")), ("£1,000 of food", (1000, 1000, "GBP", "point")),
])
def test_a_sum_written_with_its_sign_reads_past_what_it_buys(text, expected):
    r = parse_range(text)
    assert (r.low, r.high, r.unit, r.kind) == expected


@pytest.mark.parametrize("text", ["1,300 pounds of methamphetamine", "10 cents of land", "5 million dollars of aid"])
def test_a_currency_word_before_of_is_no_sum_of_goods(text):
    """'pounds of methamphetamine' weigh and Kerala's 'cents of land' measure: read as money, they were GBP and USD."""
    refused(text, None)


@pytest.mark.parametrize("text,expected", [
    ("three meals a day", (3, 3, "1/day", "point")), ("$12 per guest per night", (12, 12, "USD/person/day", "point")),
    ("at least 300 schoolchildren", (300, None, "person", "at_least")), ("600 buses", (600, 600, "", "point")),
    ("12 kms", (12, 12, "kilometer", "point")), ("99p per item", (0.99, 0.99, "GBP/item", "point")),
])
def test_meals_guests_schoolchildren_buses_and_kms(text, expected):
    """Each was refused naming its noun or unit."""
    assert reading(text) == expected


def test_pa_anga_written_with_an_apostrophe_is_tonga_s():
    """'pa' of "186 million pa'anga" was per annum: 186 million a year."""
    assert reading("an estimated 186 million pa'anga") == (186e6, 186e6, "TOP", "approx")
    assert reading("52 million pa’anga") == (52e6, 52e6, "TOP", "point")
    assert reading("under 100 milliseconds") == (None, 100, "millisecond", "at_most")
