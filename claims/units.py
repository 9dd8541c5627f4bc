"""The project's one unit registry, the words reports use for units, and explicit money conversion.

Each currency is its own pint dimension, so USD and CNY can never be added or compared by
accident; converting between them needs a year and goes through `to_usd`, which reads the
Federal Reserve annual averages in data/fx_usd.csv. Constant dollars use US CPI-U (data/cpi_us.csv).
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import unicodedata
from collections.abc import Collection, Sequence
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pint

from claims import currencies, paths

CURRENCIES: tuple[str, ...] = currencies.codes()
"""Every currency of data/currencies.csv; each is its own pint dimension."""


def _count_nouns(path: Path = paths.COUNT_NOUNS) -> dict[str, str]:
    """data/count_nouns.csv: each spelling of a counted noun -> its unit (person, case, or "" for a plain count)."""
    nouns: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            for spelling in (row.get("noun") or "").split("|"):
                if spelling.strip():
                    nouns[" ".join(spelling.lower().split())] = (row.get("unit") or "").strip()
    return nouns


_NOUNS = _count_nouns()


PINT_OWN_NAMES = frozenset({"bag", "point", "cup", "stone", "hand", "barrel", "shot"})
"""Counted nouns pint already names as a measure (a 'bag' of cement, a typographer's 'point', a bar's 'shot'): the unit
a rate per one of them is read in takes a name of its own (`bag_count`)."""


SAME_IN_THE_PLURAL = frozenset({"aircraft", "spacecraft", "sheep"})
"""Counted nouns written the same in the singular ("£196 million per aircraft")."""

WRITTEN_SINGULAR = frozenset({"teu", "feu"})
"""Counted nouns written in the singular after any number, as a unit is ('20,000 TEU')."""


def _per_noun_units(nouns: dict[str, str]) -> dict[str, str]:
    """Each plain counted noun in the singular (a spelling whose plural the table holds too) -> the unit a rate per
    one of it is read in: "$500 per household" is USD/household, "US$2.50 per dose" USD/dose. Each is a dimension
    of its own, so a rate per household never passes for one per person."""
    units: dict[str, str] = {}
    for noun, unit in nouns.items():
        if unit or not (plural_of(noun, nouns) or noun in SAME_IN_THE_PLURAL) \
                or not re.fullmatch(r"[a-z]+(?: [a-z]+)?", noun):
            continue
        name = noun.replace(" ", "_")
        units[noun] = f"{name}_count" if name in PINT_OWN_NAMES else name
    return units


def plural_of(noun: str, nouns: Collection[str]) -> str:
    """The plural of a counted noun that `nouns` holds ('family' -> 'families'); '' when it holds none, as for a
    plural or a noun with no plural of its own ('people')."""
    return next((p for p in (noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else "") if p in nouns),
                "")


PER_NOUN_UNITS: dict[str, str] = _per_noun_units(_NOUNS)
"""The singular of each plain counted noun -> its unit as a rate's denominator ('household', 'dose')."""

MANY_PEOPLE: dict[int, str] = {1000: "thousand_people", 10_000: "ten_thousand_people",
                               100_000: "hundred_thousand_people", 1_000_000: "million_people"}
"""The people a rate per many may be per, by how many: a rate per 100 is a share (write it in percent), and one
per any other number ('per 50,000') is refused."""
MANY_LIVE_BIRTHS: dict[int, str] = {n: unit.replace("people", "live_births") for n, unit in MANY_PEOPLE.items()}
"""The live births a rate per many may be per ('per 1,000 live births'), by how many."""


DEFINITIONS: tuple[str, ...] = (
    *(f"{code} = [currency_{code}]" for code in CURRENCIES),
    "person = [person] = persons = people",
    # the people a rate per many is per ('8 homicides per 100,000 people'): persons in thousands, so that rates per
    # 1,000 and per 100,000 convert, and none passes for a share or a plain number
    "thousand_people = 1000 * person",
    "ten_thousand_people = 10000 * person",
    "hundred_thousand_people = 100000 * person",
    "million_people = 1000000 * person",
    # and the live births one is per ('38 deaths per 1,000 live births', '427 per 100,000 live births'), as vital
    # statistics give infant and maternal mortality
    "live_birth = [live_birth] = live_births",
    *(f"{unit} = {n} * live_birth" for n, unit in MANY_LIVE_BIRTHS.items()),
    "case = [case] = cases",
    # what eggs and flowers are priced per ('$4.82 a dozen'): a dozen of whatever the metric counts, its own dimension
    "dozen = [dozen]",
    # a dose of a vitamin, a hormone or a vaccine in international units ('1,200 IU of vitamin D'): each substance's
    # unit is its own, so it never converts into a mass
    "international_unit = [international_unit]",
    # a multiple or a number of times ('nearly three times', 'viewed 8 million times', 'three times a week'): either
    # way the number of times written, its own dimension, never a share or a count of people
    "times = [times]",
    # what engines, hearts and loudspeakers are measured in: each its own dimension, since pint would make torque
    # an energy, a turn of a crankshaft or a heartbeat a plain number, and a decibel a logarithm that never adds
    "rotation = [rotation]",
    "beat = [beat]",
    "newton_meter_torque = [turning_force]",  # not pint's [torque], a force times a length
    "pound_foot_torque = 1.3558179483314004 * newton_meter_torque",
    "decibel_level = [sound_level]",
    # ships: what a hull can carry, in tonnes ('a 300,000 dwt tanker'), and how big it is inside, an index of volume
    # that is no mass ('a 130,000 gross-ton cruise ship')
    "deadweight_tonne = 1000 * kilogram",
    "gross_ton = [gross_tonnage]",
    # No `pp` alias: pint already uses it, and percentage points must never mix with percent.
    "percentage_point = [percentage_point] = percentage_points",
    "square_kilometer = kilometer ** 2",
    "square_mile = mile ** 2",
    "rai = 1600 * meter ** 2",  # Thailand's unit of land, 1,600 m² by law ("5,000 baht per rai")
    # the maund of South Asia's grain markets, 37.3 kg in India and Bangladesh and 40 kg in Pakistan: a measure of
    # its own, never converted
    "maund = [maund]",
    # natural gas is priced per million British thermal units ("$3.40 per MMBtu")
    "million_btu = 1e6 * british_thermal_unit",
    # natural gas priced per thousand cubic feet, as the trade writes it in Roman thousands ('$3.20 per Mcf')
    "thousand_cubic_feet = 1000 * foot ** 3",
    # the quintal of South Asia's and Ethiopia's harvests and grain prices ('quintal' alone may be Central America's
    # coffee one of 100 lb, and is refused)
    "metric_quintal = 100 * kilogram",
    "square_meter = meter ** 2",
    "square_foot = foot ** 2",
    "cubic_meter = meter ** 3",
    "cubic_kilometer = kilometer ** 3",
    "cubic_foot = foot ** 3",
    # A share of a million or a billion ('420 ppm' of CO2) is a dimension of its own, never converted to percent
    # or read as a plain count: a metric in ppm takes figures in ppm or ppb.
    "part_per_million = [part_per_million]",
    "part_per_billion = 0.001 * part_per_million",
    "megatonne = 1000000 * metric_ton",
    "gigatonne = 1000000000 * metric_ton",
    "kilotonne = 1000 * metric_ton",
    # The avoirdupois pound under a name of its own: 'pound' written in a unit column is sterling (GBP),
    # so a reading in lb must not name its unit 'pound', or written back it would read as money.
    "pound_mass = pound",
    # A temperature or a change in one. °C and °F are dimensions of their own, never converted: 45 °C
    # is 113 °F, but a rise of 1.5 °C is one of 2.7 °F, and a figure does not say which it is.
    "celsius_degree = [temperature_celsius]",
    "fahrenheit_degree = [temperature_fahrenheit]",
    # a connection's speed, as broadband reports give it ('69.4 Mbps'), and so written back
    *(f"{prefix}bit_per_second = {prefix}bit / second" for prefix in ("kilo", "mega", "giga", "tera")),
    *(f"{name} = [{name}]" for name in sorted(set(PER_NOUN_UNITS.values()))),
)
"""What the project adds to pint's registry, in pint's definition syntax."""


PER_MANY_UNITS = frozenset({*MANY_PEOPLE.values(), *MANY_LIVE_BIRTHS.values()})
"""Every unit of so many a rate may be per."""
LIVE_BIRTHS = frozenset({"live births", "live birth"})
"""The words of the one thing besides people a rate per many may be per."""
MEASURES = frozenset({"[mass]^1", "[length]^1", "[length]^2", "[length]^3", "[maund]^1"})
"""The dimension keys of a measure of things (a mass, a length, an area, a volume, South Asia's maund, a weight of
its own): a price is quoted per one with 'a' as well as 'per' ("$70 a barrel"), a container's size is one ("a 50kg
bag"), and "a litre of petrol costs" names the amount a price is of."""
SOLD_BY = MEASURES | {"[length]^2*[mass]^1*[time]^-2"}
"""What a price is quoted per with 'a' as with 'per': a measure, or energy ("$1.20 a therm", "12 cents a kWh")."""
COUNT_UNITS = ("person", "case")
"""The units a count counts in (a plain count has none): people and cases, never a measure."""


def _registry(definitions: Sequence[str], cache: Path | None) -> pint.UnitRegistry:
    """pint's registry with `definitions` added.

    Parsing pint's own definitions file and ours takes about 400 ms, a quarter of the start of every
    command: given the cache folder, pint keeps both parsed in its `pint` folder (pint's `cache_folder`)
    and the next process reads them in a few ms. A folder that cannot be used only means parsing anew.
    """
    if cache is not None:
        try:
            folder = cache / "pint"
            text = ("\n".join(definitions) + "\n").encode()
            ours = folder / f"units-{hashlib.sha256(text).hexdigest()[:16]}.txt"
            if not (ours.is_file() and ours.read_bytes() == text):  # a file cut short is written again
                folder.mkdir(parents=True, exist_ok=True)
                part = ours.with_name(f".{ours.name}.{os.getpid()}.tmp")
                part.write_bytes(text)
                os.replace(part, ours)
            registry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=folder)
            registry.load_definitions(ours)
            return registry
        except Exception:  # noqa: BLE001 - pint raises several types for a folder or a cached file it cannot use
            pass
    registry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    registry.load_definitions(list(definitions))
    return registry


ureg = _registry(DEFINITIONS, paths.cache_dir())

MULTIPLES: dict[str, tuple[str, int | Decimal]] = {
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100), "centuries": ("year", 100),
    "basis point": ("percentage_point", Decimal("0.01")), "basis points": ("percentage_point", Decimal("0.01")),
    "bp": ("percentage_point", Decimal("0.01")), "bps": ("percentage_point", Decimal("0.01")),
    "bcm": ("cubic_meter", 10 ** 9),  # billion cubic metres, of natural gas
    "bcf": ("cubic_foot", 10 ** 9), "tcf": ("cubic_foot", 10 ** 12),  # billion and trillion cubic feet, of it too
    # lakh and million metric tonnes, of grain and freight in Indian English ("300 LMT of wheat"), and millions
    # of tonnes a year of a plant's capacity ("a 7.5 mtpa LNG train")
    "lmt": ("metric_ton", 10 ** 5), "mmt": ("metric_ton", 10 ** 6),
    "mtpa": ("metric_ton/year", 10 ** 6), "mmtpa": ("metric_ton/year", 10 ** 6),
    "maf": ("acre_foot", 10 ** 6),  # million acre-feet, of a reservoir's water ("Tarbela held 6.1 MAF")
    # thousands and millions of barrels a day, as the IEA and the EIA write them; 'mb/d' is refused, a million
    # barrels at the IEA and a thousand (the Roman M) at the EIA
    "kb/d": ("oil_barrel/day", 10 ** 3), "kbpd": ("oil_barrel/day", 10 ** 3), "kbd": ("oil_barrel/day", 10 ** 3),
    "mmb/d": ("oil_barrel/day", 10 ** 6), "mmbpd": ("oil_barrel/day", 10 ** 6),
    # thousands and millions of a currency, as business reports write them ("MSEK 120", "30 MUSD")
    **{f"{prefix}{code.lower()}": (code, times) for code in ("USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "CAD",
                                                               "JPY", "CNY", "INR")
       for prefix, times in (("m", 10 ** 6), ("k", 10 ** 3))},
}
"""Units a figure is read in after multiplying: "two decades" is 20 years, "25 basis points" 0.25
percentage points, "30 MUSD" 30 million US dollars. (pint's own `decade` is a logarithmic unit, so
these never reach the registry.)"""

REFUSED_UNITS: dict[str, str] = {
    "decade": "use year: a figure in decades is read as years (two decades = 20 years)",
    "decades": "use year: a figure in decades is read as years (two decades = 20 years)",
    "ton": "may be a metric tonne, a US short ton or a British long ton: use metric_ton, short_ton or long_ton",
    "tons": "may be a metric tonne, a US short ton or a British long ton: use metric_ton, short_ton or long_ton",
}
"""Names pint knows with another meaning than a report's, refused in the unit column with a fix."""

LENGTHS: dict[str, str] = {
    "km": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer", "kilometer": "kilometer",
    "kilometers": "kilometer", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "mile": "mile", "miles": "mile", "mi": "mile", "foot": "foot", "feet": "foot", "ft": "foot",
}
"""The lengths of journeys, land and rooms, by every spelling, of which areas and volumes are made too."""


def _of_lengths(words: Sequence[str], prefix: str, lengths: Collection[str]) -> dict[str, str]:
    """Each spelling of an area or a volume: a word of `words` ('square', 'sq') before any spelling of one of
    `lengths`, as `prefix` and the length ('square_kilometer'). 'm', a million after a number, is a metre here."""
    return {f"{word} {spelling}": prefix + unit for word in words
            for spelling, unit in (*LENGTHS.items(), ("m", "meter")) if unit in lengths}


UNIT_WORDS: dict[str, str] = {
    # percent
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage": "percent", "pc": "percent", "p.c.": "percent", "p.c": "percent", "percents": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "times": "times",  # a multiple or how often ('nearly three times'); not 'time' ('a one-time fee')
    "fold": "times",  # a multiple ('2.5-fold', 'threefold')
    # durations
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "yo": "year", "y.o.": "year",  # years old: an age reads as its years ("87 yo", as "87 years old")
    "month": "month", "months": "month", "mo": "month", "mos": "month", "mth": "month", "mths": "month",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
    "day": "day", "days": "day", "night": "day", "nights": "day",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour",
    "minute": "minute", "minutes": "minute", "mins": "minute",  # not "min", which is also "at least"
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "millisecond": "millisecond", "milliseconds": "millisecond",  # not 'ms', which is 'Ms' too
    **{spelling: f"{prefix}second" for prefix in ("micro", "nano", "pico") for spelling in (
        f"{prefix}second", f"{prefix}seconds")},  # of physics labs ("pulses of 15 picoseconds")
    "fortnight": "fortnight", "fortnights": "fortnight",
    # money: every currency's codes, symbols and names (data/currencies.csv)
    **currencies.spellings(),
    # counts of people and of cases (data/count_nouns.csv)
    **{noun: unit for noun, unit in _NOUNS.items() if unit},
    # weights and distances, for rations and journeys
    "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram", "kilo": "kilogram", "kilos": "kilogram",
    "grams": "gram", "gram": "gram",
    "gramme": "gram", "grammes": "gram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "mg": "milligram", "milligram": "milligram", "milligrams": "milligram", "milligramme": "milligram",
    "milligrammes": "milligram",
    # micrograms, of doses and of pollutants in air and water ("35 µg/m³"; 'µ' is read as part of the word)
    "μg": "microgram", "mcg": "microgram", "microgram": "microgram", "micrograms": "microgram",
    "microgramme": "microgram", "microgrammes": "microgram",
    # data and its speed ('US$0.04 per GB', '69.4 Mbps'); not 'TB' or 'MB', which are tuberculosis and a degree too
    "gb": "gigabyte", "gigabyte": "gigabyte", "gigabytes": "gigabyte", "terabyte": "terabyte", "terabytes": "terabyte",
    "megabyte": "megabyte", "megabytes": "megabyte", "petabyte": "petabyte", "petabytes": "petabyte",
    **{f"{short}bps": f"{prefix}bit_per_second" for short, prefix in (("k", "kilo"), ("m", "mega"), ("g", "giga"),
                                                                      ("t", "tera"))},
    **{f"{prefix}bits per second": f"{prefix}bit_per_second" for prefix in ("kilo", "mega", "giga", "tera")},
    # radio frequencies ('141.4 MHz of spectrum'; a band's name, 'the 700 MHz band', is no figure: claims.notfigure)
    "hz": "hertz", "hertz": "hertz", "khz": "kilohertz", "kilohertz": "kilohertz", "mhz": "megahertz",
    "megahertz": "megahertz", "ghz": "gigahertz", "gigahertz": "gigahertz",
    "ng": "nanogram", "nanogram": "nanogram", "nanograms": "nanogram", "pg": "picogram", "picogram": "picogram",
    "picograms": "picogram",  # of blood tests ('30 ng/mL of vitamin D')
    # radiation: a dose ('20 mSv a year' for nuclear workers) and a food's or soil's activity ('100 Bq/kg')
    "msv": "millisievert", "millisievert": "millisievert", "millisieverts": "millisievert",
    "μsv": "microsievert", "microsievert": "microsievert", "microsieverts": "microsievert",
    "sv": "sievert", "sievert": "sievert", "sieverts": "sievert", "bq": "becquerel", "becquerel": "becquerel",
    "becquerels": "becquerel",
    "lb": "pound_mass", "lbs": "pound_mass", "oz": "ounce", "ounce": "ounce", "ounces": "ounce",
    "tonnes": "metric_ton", "tonne": "metric_ton", "metric ton": "metric_ton",
    "metric tons": "metric_ton", "metric tonne": "metric_ton", "metric tonnes": "metric_ton",
    "short ton": "short_ton", "short tons": "short_ton", "short_ton": "short_ton",
    "long ton": "long_ton", "long tons": "long_ton", "long_ton": "long_ton",
    **LENGTHS,
    "kms": "kilometer", "nautical miles": "nautical_mile", "nautical mile": "nautical_mile", "nmi": "nautical_mile",
    # and of science reports: the very small ("25 nanometres", "about 4 micrometres") and the very far ("1,200 light
    # years"); not 'nm', which may be nautical miles, nor 'ly'
    **{spelling: f"{prefix}meter" for prefix in ("nano", "micro") for spelling in (
        f"{prefix}metre", f"{prefix}metres", f"{prefix}meter", f"{prefix}meters")},
    "micron": "micrometer", "microns": "micrometer", "μm": "micrometer",
    **{spelling: "light_year" for spelling in ("light year", "light years", "light-year", "light-years")},
    "parsec": "parsec", "parsecs": "parsec",
    # and of its labs: a temperature above absolute zero ("cooled to 1.9 kelvin"), and the energy of particles
    # ("collisions at 13.6 TeV"); not 'K', a thousand, nor 'MeV', which lower-cased is milli as well as mega
    "kelvin": "kelvin", "kelvins": "kelvin", "gev": "gigaelectron_volt", "tev": "teraelectron_volt",
    "iu": "international_unit", "international units": "international_unit", "international unit": "international_unit",
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter", "hectolitre": "hectoliter",
    "hectolitres": "hectoliter", "hectoliter": "hectoliter", "hectoliters": "hectoliter",
    "mmbtu": "million_btu",  # not 'million btu', whose 'million' is the figure's scale
    "therm": "therm", "therms": "therm",
    "mcf": "thousand_cubic_feet",
    # 'l' alone may be litres or, in Indian English, lakh ('30 L'): refused, but not in a concentration
    **{f"{mass}/l": f"{unit}/liter" for mass, unit in (("mg", "milligram"), ("μg", "microgram"))},
    # and in blood, per decilitre ('126 mg/dL' of glucose, '5 µg/dL' of lead, '12 g/dL' of haemoglobin) or in
    # millimoles a litre ('7 mmol/L')
    **{f"{mass}/dl": f"{unit}/deciliter" for mass, unit in (("mg", "milligram"), ("μg", "microgram"), ("g", "gram"))},
    "mmol/l": "millimole/liter", "mmol": "millimole", "dl": "deciliter", "decilitre": "deciliter",
    "decilitres": "deciliter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter", "centimeter": "centimeter",
    "centimeters": "centimeter", "inch": "inch", "inches": "inch",
    "mm": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter", "millimeter": "millimeter",
    "millimeters": "millimeter",
    "ml": "milliliter", "millilitre": "milliliter", "millilitres": "milliliter", "milliliter": "milliliter",
    "milliliters": "milliliter",
    # oil is counted in barrels of 42 US gallons ("2 million barrels a day"); a gallon alone is refused
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
    "us gallon": "gallon", "us gallons": "gallon", "imperial gallon": "imperial_gallon",
    "imperial gallons": "imperial_gallon",
    # grain and its harvests: the US bushel ("14.9 billion bushels", "$5.20 a bushel"; the imperial one has left
    # the trade) and the maund; precious metals in troy ounces
    "bushel": "bushel", "bushels": "bushel", "maund": "maund", "maunds": "maund", "metric quintal": "metric_quintal",
    "metric quintals": "metric_quintal", "troy ounce": "troy_ounce",
    "troy ounces": "troy_ounce", "ozt": "troy_ounce",
    # areas, for land, camps and territory ('km²' is read as 'km2')
    # and for rooms, cells and homes ("a cell of 20 square metres held 40 people"): 'square', 'sq' or 'sq.' before
    # any spelling of a length ("96 square km", "3,000 sq feet")
    **_of_lengths(("square", "sq", "sq."), "square_", ("kilometer", "mile", "meter", "foot")),
    "km2": "square_kilometer", "hectare": "hectare", "hectares": "hectare", "ha": "hectare", "acre": "acre",
    "acres": "acre", "rai": "rai", "m2": "square_meter", "sqm": "square_meter", "sqft": "square_foot",
    "sq.ft": "square_foot", "sq.ft.": "square_foot",
    # volumes of water and gas ('m³' is read as 'm3'), and the masses of emissions ("36.8 Gt of CO2"); 'Mt' is
    # refused, as lower-cased it may be megatonnes or the metric tons of trade ('5 MT of rice')
    "m3": "cubic_meter", "km3": "cubic_kilometer",  # a country's water ('4,600 km³ withdrawn a year')
    **_of_lengths(("cubic", "cu", "cu."), "cubic_", ("kilometer", "meter", "foot")),
    "megatonne": "megatonne", "megatonnes": "megatonne", "gigatonne": "gigatonne", "gigatonnes": "gigatonne",
    "gt": "gigatonne", "kilotonne": "kilotonne", "kilotonnes": "kilotonne",  # not 'kt', which may be knots
    **{spelling: "deadweight_tonne" for spelling in (
        "dwt", "deadweight tonnes", "deadweight tonne", "deadweight tons", "deadweight ton", "deadweight")},
    **{spelling: "gross_ton" for spelling in (
        "gross tons", "gross ton", "gross tonnes", "gross tonnage", "gross registered tons", "grt")},
    "t/ha": "metric_ton/hectare",  # a crop's yield
    # water: stored in acre-feet, flowing in cubic feet or metres a second ("inflows of 45,000 cusecs")
    "acre-foot": "acre_foot", "acre-feet": "acre_foot", "acre foot": "acre_foot", "acre feet": "acre_foot",
    "cusec": "cubic_foot/second", "cusecs": "cubic_foot/second", "cumec": "cubic_meter/second",
    "cumecs": "cubic_meter/second",
    "lpcd": "liter/person/day",  # litres per head a day, of water supplied
    **{spelling: f"{prefix}liter" for prefix in ("mega", "giga") for spelling in (
        f"{prefix}litre", f"{prefix}litres", f"{prefix}liter", f"{prefix}liters")},  # not 'ML', millilitres lower-cased
    # tonnes of carbon dioxide, or of its equivalent in other gases: what the tonnes are of is the metric's
    **{f"{letters}co2{e}": unit for letters, unit in (("t", "metric_ton"), ("mt", "megatonne"), ("gt", "gigatonne"))
       for e in ("", "e", "eq", "-eq")},
    # power and energy, for plants, grids and consumption ("a 2 GW plant", "120 TWh a year"); a capital M
    # after a number is mega here, never milli, as reports write them
    **{spelling: f"{prefix}watt" for prefix in ("", "kilo", "mega", "giga", "tera")
       for spelling in (f"{prefix}watt", f"{prefix}watts")},
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "tw": "terawatt",
    **{spelling: f"{prefix}watt_hour" for prefix in ("kilo", "mega", "giga", "tera")
       for spelling in (f"{prefix}watt hour", f"{prefix}watt hours", f"{prefix}watt-hour", f"{prefix}watt-hours")},
    "kwh": "kilowatt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour",
    # the energy of fuels and of whole economies ("about 600 EJ a year", "1.2 GJ per tonne")
    **{spelling: f"{prefix}joule" for prefix in ("", "kilo", "mega", "giga", "tera", "peta", "exa")
       for spelling in (f"{prefix}joule", f"{prefix}joules")},
    "kj": "kilojoule", "mj": "megajoule", "gj": "gigajoule", "tj": "terajoule", "pj": "petajoule", "ej": "exajoule",
    # food, counted in the calories of nutrition, which are kilocalories ("2,100 kcal a day", "1,800 calories")
    **{spelling: "kilocalorie" for spelling in (
        "kcal", "kilocalorie", "kilocalories", "calorie", "calories", "kcals")},
    # concentrations, of gases in the air ("420 ppm of CO2") and of pollutants in water
    "ppm": "part_per_million", "parts per million": "part_per_million", "part per million": "part_per_million",
    "ppb": "part_per_billion", "parts per billion": "part_per_billion", "part per billion": "part_per_billion",
    # blood pressure, as trials report it and its fall ("lowered systolic pressure by 14.6 mmHg")
    "mmhg": "millimeter_Hg", "mm hg": "millimeter_Hg", "millimetres of mercury": "millimeter_Hg",
    "millimeters of mercury": "millimeter_Hg",
    # oil output ("1.2 million bpd")
    "bpd": "oil_barrel/day", "b/d": "oil_barrel/day",
    # speeds, for journeys and vehicles
    "mph": "mile/hour", "miles per hour": "mile/hour", "knots": "knot", "knot": "knot", "km/h": "kilometer/hour",
    "kph": "kilometer/hour",
    "kmh": "kilometer/hour", "kmph": "kilometer/hour",
    # engines and vehicles: power in mechanical horsepower (brake horsepower is measured so; not 'PS', the metric
    # one), torque ('650 newton metres'; 'Nm' lower-cased is also nanometres), a shaft's turns ('6,500 rpm'), tyres
    # and the weather's pressure ('35 psi', '950 hPa'; not 'mb', megabytes too, nor 'bar'), a battery's charge
    "horsepower": "horsepower", "hp": "horsepower", "bhp": "horsepower", "brake horsepower": "horsepower",
    **{spelling: "newton_meter_torque" for spelling in (
        "newton metre", "newton metres", "newton-metre", "newton-metres", "newton meter", "newton meters",
        "newton-meter", "newton-meters", "n·m")},
    **{spelling: "pound_foot_torque" for spelling in (
        "lb-ft", "lb ft", "lb.-ft.", "pound-feet", "pound-foot", "pound feet", "pound foot", "lb-ft.")},
    "rpm": "rotation/minute", "revolutions per minute": "rotation/minute", "revolution per minute": "rotation/minute",
    "psi": "psi", "hpa": "hectopascal", "hectopascal": "hectopascal", "hectopascals": "hectopascal",
    "mbar": "millibar", "millibar": "millibar", "millibars": "millibar", "kpa": "kilopascal",
    "kilopascal": "kilopascal", "kilopascals": "kilopascal", "mah": "milliampere_hour",
    # a heart's rate ('a resting 60 bpm', '120 beats per minute') and a sound's level ('85 decibels')
    "bpm": "beat/minute", "beat": "beat", "beats": "beat",
    "db": "decibel_level", "dba": "decibel_level", "decibel": "decibel_level", "decibels": "decibel_level",
    # temperatures, for heat and warming (a glued capital 'C' or 'F', "45C", is read by the parser)
    **{spelling: "celsius_degree" for spelling in (
        "°c", "degc", "celsius", "centigrade", "degree celsius", "degrees celsius", "degree c", "degrees c",
        "degrees centigrade", "deg c", "° celsius", "deg celsius", "degrees celcius", "degree celcius", "celcius")},
    **{spelling: "fahrenheit_degree" for spelling in (
        "°f", "degf", "fahrenheit", "degree fahrenheit", "degrees fahrenheit", "degree f", "degrees f", "deg f",
        "° fahrenheit", "deg fahrenheit", "degrees farenheit", "degree farenheit", "farenheit")},
}
"""Every spelling the parser accepts for a unit, lower-case, mapped to its canonical ureg name."""

UNITS_WITH_DIGITS: tuple[str, ...] = tuple(sorted(
    (w for w in UNIT_WORDS if re.fullmatch(r"[a-z]+\d(?:[a-z]|eq)?", w)), key=len, reverse=True))
"""Units spelled with a digit ('km2' for km²): one word only when glued ('5 km 2' is not 5 km²), and
not a name like 'G7' after a number."""

COUNT_NOUNS: dict[str, str] = {noun: "" for noun, unit in _NOUNS.items() if not unit}
"""Counted nouns with no unit of their own ("households", "arrests"): "300 villages" is a plain count."""

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "percent": ("%", "%"), "percentage_point": ("percentage point", "percentage points"), "times": ("times", "times"),
    "year": ("year", "years"), "month": ("month", "months"), "week": ("week", "weeks"),
    "day": ("day", "days"), "person": ("person", "people"), "case": ("case", "cases"),
    "hour": ("hour", "hours"), "minute": ("minute", "minutes"),
    "second": ("second", "seconds"), "millisecond": ("millisecond", "milliseconds"),
    "fortnight": ("fortnight", "fortnights"), "kilogram": ("kg", "kg"), "gram": ("gram", "grams"),
    "metric_ton": ("tonne", "tonnes"), "short_ton": ("short ton", "short tons"),
    "long_ton": ("long ton", "long tons"),
    "kilometer": ("km", "km"), "meter": ("metre", "metres"),
    "mile": ("mile", "miles"), "nautical_mile": ("nautical mile", "nautical miles"), "foot": ("foot", "feet"),
    "milligram": ("mg", "mg"), "pound_mass": ("lb", "lb"), "ounce": ("oz", "oz"), "liter": ("litre", "litres"),
    "milliliter": ("ml", "ml"), "centimeter": ("cm", "cm"), "millimeter": ("mm", "mm"), "inch": ("inch", "inches"),
    "cubic_meter": ("m³", "m³"), "cubic_kilometer": ("km³", "km³"), "cubic_foot": ("cubic foot", "cubic feet"),
    "microgram": ("µg", "µg"), "nanogram": ("ng", "ng"), "picogram": ("pg", "pg"),
    "millisievert": ("mSv", "mSv"), "microsievert": ("µSv", "µSv"), "sievert": ("Sv", "Sv"),
    "becquerel": ("Bq", "Bq"),
    "kilocalorie": ("kcal", "kcal"), "part_per_million": ("ppm", "ppm"), "millimeter_Hg": ("mmHg", "mmHg"),
    "part_per_billion": ("ppb", "ppb"), "megatonne": ("megatonne", "megatonnes"), "gigatonne": ("Gt", "Gt"),
    "kilotonne": ("kilotonne", "kilotonnes"), "acre_foot": ("acre-foot", "acre-feet"), "deciliter": ("dL", "dL"),
    "millimole": ("mmol", "mmol"),
    "megaliter": ("megalitre", "megalitres"), "gigaliter": ("gigalitre", "gigalitres"), "joule": ("joule", "joules"),
    "kilojoule": ("kJ", "kJ"), "megajoule": ("MJ", "MJ"), "gigajoule": ("GJ", "GJ"), "terajoule": ("TJ", "TJ"),
    "petajoule": ("PJ", "PJ"), "exajoule": ("EJ", "EJ"),
    "hertz": ("Hz", "Hz"), "kilohertz": ("kHz", "kHz"), "megahertz": ("MHz", "MHz"), "gigahertz": ("GHz", "GHz"),
    "gigabyte": ("GB", "GB"), "terabyte": ("terabyte", "terabytes"), "megabyte": ("megabyte", "megabytes"),
    "petabyte": ("petabyte", "petabytes"), "kilobit_per_second": ("kbps", "kbps"),
    "megabit_per_second": ("Mbps", "Mbps"), "gigabit_per_second": ("Gbps", "Gbps"),
    "terabit_per_second": ("Tbps", "Tbps"),
    "gallon": ("US gallon", "US gallons"), "imperial_gallon": ("imperial gallon", "imperial gallons"),
    "oil_barrel": ("barrel", "barrels"), "bushel": ("bushel", "bushels"), "maund": ("maund", "maunds"),
    "metric_quintal": ("metric quintal", "metric quintals"), "hectoliter": ("hectolitre", "hectolitres"),
    "million_btu": ("MMBtu", "MMBtu"), "therm": ("therm", "therms"),
    "thousand_cubic_feet": ("Mcf", "Mcf"),
    "deadweight_tonne": ("dwt", "dwt"), "gross_ton": ("gross ton", "gross tons"),
    "troy_ounce": ("troy ounce", "troy ounces"), "dozen": ("dozen", "dozen"), "international_unit": ("IU", "IU"),
    "nanometer": ("nanometre", "nanometres"), "micrometer": ("µm", "µm"), "light_year": ("light year", "light years"),
    "parsec": ("parsec", "parsecs"), "kelvin": ("kelvin", "kelvin"), "gigaelectron_volt": ("GeV", "GeV"),
    "teraelectron_volt": ("TeV", "TeV"), "microsecond": ("microsecond", "microseconds"),
    "nanosecond": ("nanosecond", "nanoseconds"), "picosecond": ("picosecond", "picoseconds"),
    "square_kilometer": ("km²", "km²"), "square_mile": ("square mile", "square miles"),
    "square_meter": ("m²", "m²"), "square_foot": ("sq ft", "sq ft"),
    "hectare": ("hectare", "hectares"), "acre": ("acre", "acres"), "rai": ("rai", "rai"),
    "celsius_degree": ("°C", "°C"), "fahrenheit_degree": ("°F", "°F"),
    "watt": ("watt", "watts"), "kilowatt": ("kW", "kW"), "megawatt": ("MW", "MW"), "gigawatt": ("GW", "GW"),
    "terawatt": ("TW", "TW"), "kilowatt_hour": ("kWh", "kWh"), "megawatt_hour": ("MWh", "MWh"),
    "gigawatt_hour": ("GWh", "GWh"), "terawatt_hour": ("TWh", "TWh"),
    "mile/hour": ("mph", "mph"), "kilometer/hour": ("km/h", "km/h"), "knot": ("knot", "knots"),
    "horsepower": ("hp", "hp"), "newton_meter_torque": ("newton metre", "newton metres"),
    "pound_foot_torque": ("lb-ft", "lb-ft"),
    "rotation/minute": ("rpm", "rpm"), "psi": ("psi", "psi"), "hectopascal": ("hPa", "hPa"),
    "millibar": ("mbar", "mbar"), "kilopascal": ("kPa", "kPa"), "milliampere_hour": ("mAh", "mAh"),
    "beat/minute": ("bpm", "bpm"), "beat": ("beat", "beats"), "decibel_level": ("dB", "dB"),
    **{unit: (f"{n:,} people",) * 2 if n < 1_000_000 else ("million people",) * 2 for n, unit in MANY_PEOPLE.items()},
    **{unit: (f"{n:,} live births",) * 2 if n < 1_000_000 else ("million live births",) * 2
       for n, unit in MANY_LIVE_BIRTHS.items()},
    "live_birth": ("live birth", "live births"),
    **{unit: (noun, plural_of(noun, _NOUNS)) for noun, unit in PER_NOUN_UNITS.items()},
}
"""How a canonical unit is written after a number: (singular, plural)."""

CURRENCY_SYMBOLS: dict[str, str] = {"USD": "$"}
"""Currencies written as a prefix symbol in compact notation; others are written as a code suffix."""


class UnitError(ValueError):
    """A unit name that ureg does not know, or a conversion the tables cannot make."""


PER_MANY_UNIT = re.compile(r"(?P<num>.*?)\s*(?:\bper\s+|/\s*)(?P<many>\d[\d,]*(?:\s*k)?|(?:1\s+|10\s+)?lakh"
                           r"|(?:1\s+|one\s+|a\s+)?million)\s+(?P<who>[a-z ]+)", re.I)
"""A unit per many people as an editor may write it: 'per 100,000 people', '1/1,000 population', 'per lakh
women'."""
PER_MANY_RULE = ("claims tracker reads a rate per many only per 1,000, 10,000, 100,000 (a lakh) or a million "
                 "people or live births ('8 per 100,000 people', '38 per 1,000 live births'); a rate per 100 is a "
                 "share (write it in percent), and one per other things ('per 1,000 births', 'per 1,000 patients' "
                 "is people) or per another number is not read: give it in notes")
"""What a rate per many may be per, for the messages that refuse one."""
_MANY_WORDS = {"lakh": 100_000, "1 lakh": 100_000, "10 lakh": 1_000_000, "million": 1_000_000,
               "1 million": 1_000_000, "one million": 1_000_000, "a million": 1_000_000}


def many_people(many: str, who: str) -> str | None:
    """The unit of so many people ('hundred_thousand_people' of '100,000' and 'inhabitants') or live births, or
    None: a number other than those of MANY_PEOPLE, or a word for neither."""
    births = who.lower() in LIVE_BIRTHS
    if _NOUNS.get(who.lower()) != "person" and who.lower() != "population" and not births:
        return None
    text = " ".join(many.lower().replace(",", "").split())
    n = _MANY_WORDS.get(text) or (int(text[:-1].strip()) * 1000 if text.endswith("k") else
                                  int(text) if text.isdigit() else None)
    return (MANY_LIVE_BIRTHS if births else MANY_PEOPLE).get(n) if n is not None else None


@lru_cache(maxsize=None)
def canonical_unit(name: str) -> str:
    """The canonical ureg name for a unit as an editor may write it ('%', 'people', 'USD/year', 'per 100,000
    people')."""
    text = " ".join(str(name).strip().split())
    if not text:
        return ""
    if per := PER_MANY_UNIT.fullmatch(text):
        many = many_people(per["many"], per["who"])
        if many is None:
            raise UnitError(f"unit {text!r}: {PER_MANY_RULE}")
        return f"{canonical_unit(per['num']) if per['num'] not in ('', '1') else '1'}/{many}"
    word = UNIT_WORDS.get(text.lower()) or UNIT_WORDS.get(unicodedata.normalize("NFKC", text).lower())  # 'km²'
    if word:
        return word
    if text.lower() in REFUSED_UNITS:
        raise UnitError(f"unit {text!r}: {REFUSED_UNITS[text.lower()]}")
    if "/" in text:
        num, _, den = text.partition("/")
        return f"{canonical_unit(num) or '1'}/{canonical_unit(den)}"  # '1/year': a number a year, as it reads
    try:
        unit = ureg.Unit(text)
    except Exception as exc:  # pint raises several unrelated types for bad names
        known = ", ".join(sorted(set(UNIT_WORDS.values())))
        raise UnitError(f"unknown unit {text!r}; use one of {known}") from exc
    return str(unit) if str(unit) != "dimensionless" else ""


@lru_cache(maxsize=None)
def dimension_key(unit: str) -> str:
    """A key equal for units that may share a metric: same dimension, all currencies counted as one.

    A rate of like over like ('hour/day') cancels to no dimension in pint, yet it is no share:
    its key names both sides ('[time]^1 per [time]^1'), so '12 hours a day' never passes for 50%.
    """
    dims = ureg.Unit(unit or "dimensionless").dimensionality
    merged: dict[str, float] = {}
    for dim, power in dims.items():
        key = "[currency]" if dim.startswith("[currency_") else dim
        merged[key] = merged.get(key, 0) + power
    key = "*".join(f"{d}^{p:g}" for d, p in sorted(merged.items()) if p) or "dimensionless"
    over, per, under = (unit or "").partition("/")
    if key == "dimensionless" and per and over not in ("", "1") and dimension_key(over) != "dimensionless":
        return f"{dimension_key(over)} per {dimension_key(under)}"
    return key


DIMENSION_NAMES = {"dimensionless": "a plain number or percent", "[time]^1": "a duration",
                   "[currency]^1": "money", "[person]^1": "a count of people", "[case]^1": "a count of cases",
                   "[length]^2": "an area", "[temperature_celsius]^1": "a temperature in °C",
                   "[temperature_fahrenheit]^1": "a temperature in °F", "[length]^1": "a length",
                   "[mass]^1": "a mass", "[length]^3": "a volume", "[length]^1*[time]^-1": "a speed",
                   "[length]^2*[mass]^1*[time]^-3": "a power", "[length]^2*[mass]^1*[time]^-2": "an energy",
                   "[part_per_million]^1": "a concentration in ppm or ppb", "[live_birth]^1": "a count of live births",
                   "[times]^1": "a multiple or a number of times",
                   **{f"[{unit}]^1": f"a count of {plural_of(noun, _NOUNS)}" for noun, unit in PER_NOUN_UNITS.items()}}


def named_rate(unit: str) -> bool:
    """A rate with a name of its own ('km/h', 'mph'): written, and named, as one unit, not as a rate."""
    return "/" in unit and unit in UNIT_LABELS


def dimension_name(unit: str) -> str:
    """A reader's name for a unit's dimension, for error messages ('a duration per duration', 'money per
    duration'). A rate is named by its two sides ('mm/year' is a length per duration, '[length]^3*[time]^-1'
    said nothing to an editor), but a rate with a name of its own by that name ('km/h' is a speed)."""
    over, per, under = (unit or "").partition("/")
    if per and not named_rate(unit):
        what = dimension_name(over) if over not in ("", "1") else "a number"  # '5 a year' is a number per duration
        return f"{what} per {_without_article(dimension_name(under))}"
    over, per, under = dimension_key(unit).partition(" per ")
    name = DIMENSION_NAMES.get(over, over)
    return f"{name} per {_without_article(DIMENSION_NAMES.get(under, under))}" if per else name


def _without_article(name: str) -> str:
    return name.removeprefix("a ").removeprefix("an ")


@lru_cache(maxsize=None)
def currency_of(unit: str) -> str | None:
    """The currency code in a unit ('CNY' for 'CNY/year'), or None for non-money units."""
    if not unit:
        return None
    if unit in CURRENCIES:  # its own dimension by DEFINITIONS; asking pint takes ~0.3 ms a unit
        return unit
    dims = ureg.Unit(unit).dimensionality
    codes = [d[len("[currency_"):-1] for d in dims if d.startswith("[currency_")]
    return codes[0] if len(codes) == 1 else None


def unit_label(unit: str, value: float | None = None) -> str:
    """The word written after a number: '%', 'years', 'people', 'CNY', 'USD/year'.

    A currency whose code is an English word is written by its name ('5 Turkish lira', not '5 TRY'):
    the reader takes such a code for the word, and a reading written out must read back the same."""
    if unit in UNIT_LABELS:
        singular, plural = UNIT_LABELS[unit]
        return singular if value == 1 else plural
    if unit.lower() in currencies.CODES_THAT_ARE_WORDS:
        return currencies.name(unit)
    return unit


def convert(value: float, unit: str, target: str) -> float:
    """Convert within one dimension (months to years); raises UnitError across dimensions."""
    try:
        return float(ureg.Quantity(value, unit or "dimensionless").to(target or "dimensionless").magnitude)
    except pint.DimensionalityError as exc:
        raise UnitError(f"cannot convert {unit or 'a plain number'} to {target or 'a plain number'}") from exc


# --- money: explicit conversion with the reference tables ---------------------------------

def _read_table(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=None)
def fx_rates(path: Path = paths.FX_RATES) -> dict[tuple[int, str], float]:
    """(year, currency) -> units of currency per US dollar, annual average."""
    return {(int(r["year"]), r["currency"]): float(r["per_usd"]) for r in _read_table(path)}


@lru_cache(maxsize=None)
def rated_currencies(path: Path = paths.FX_RATES) -> frozenset[str]:
    """USD and every currency with exchange rates: the money a claims table mostly holds, which the
    parser's fast paths know (the rest of the world's currencies read the long way)."""
    return frozenset({"USD"} | {code for _, code in fx_rates(path)})


@lru_cache(maxsize=None)
def cpi(path: Path = paths.CPI) -> dict[int, float]:
    """year -> US CPI-U annual average (1982-84 = 100)."""
    return {int(r["year"]): float(r["cpi_u"]) for r in _read_table(path)}


def _span(years) -> str:
    ys = sorted(years)
    return f"{ys[0]}–{ys[-1]}" if ys else "no years"


def usd_rate(currency: str, year: int) -> float:
    """Units of `currency` per US dollar in `year`; an uncovered year is an error naming the coverage."""
    if currency == "USD":
        return 1.0
    rates = fx_rates()
    if (year, currency) not in rates:
        covered = [y for (y, c) in rates if c == currency]
        if not covered:
            raise UnitError(f"no exchange rates for {currency}; {paths.FX_RATES.name} has "
                            f"{', '.join(sorted({c for _, c in rates}))}")
        raise UnitError(f"no {currency} rate for {year}: {paths.FX_RATES.name} covers {_span(covered)}")
    return rates[(year, currency)]


def to_usd(amount: float, currency: str, year: int) -> float:
    """`amount` of `currency` in US dollars at `year`'s average rate."""
    return amount / usd_rate(currency, year)


def cpi_factor(from_year: int, to_year: int) -> float:
    """Multiply dollars of `from_year` by this to get constant dollars of `to_year`."""
    table = cpi()
    for year in (from_year, to_year):
        if year not in table:
            raise UnitError(f"no US CPI for {year}: {paths.CPI.name} covers {_span(table)}")
    return table[to_year] / table[from_year]


def to_constant_usd(amount: float, currency: str, year: int, base_year: int) -> float:
    """`amount` of `currency` of `year` in constant US dollars of `base_year` (FX at `year`, then CPI-U)."""
    return to_usd(amount, currency, year) * cpi_factor(year, base_year)


def conversion_year(period: str = "", published: str = "") -> int:
    """The year whose rates convert a claim's money: its period when given, else its publication year.

    A period spanning years ("2002-2003") converts at its last year, the latest prices it describes.
    """
    for text, name in ((period, "period"), (published, "published")):
        text = (text or "").strip()
        if text:
            years = [int(y) for y in re.findall(r"(?<!\d)(\d{4})(?!\d)", text)]
            if not years:
                raise UnitError(f"{name} {text!r} has no year (expected YYYY or YYYY-YYYY)")
            return max(years)
    raise UnitError("no period or publication date to take the conversion year from")
