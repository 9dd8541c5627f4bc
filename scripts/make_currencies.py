"""Build data/currencies.csv, the currency table the claim parser reads at run time.

Run from the repository root:

    pip install babel==2.18.0 && python scripts/make_currencies.py

Names, plurals, symbols and minor-unit digits come from Unicode CLDR through babel (pinned above,
so the table is reproducible; babel is needed only here, never at run time). CLDR alone is not
enough for reading reports, so the curated additions live in this script, in the tables below:
the project's defaults ("$" and "dollars" are US dollars, "¥" is the yuan), the names reports use
("HK$", "malaysia ringgit", "quid"), the minor units ("cents", "p", "paise"), the symbols refused
as too ambiguous, the ISO 4217 exponents where CLDR's differ, and the historical currencies and
units of account kept.
Edit those tables, never the CSV, and run the script again.

Columns: code, name, symbols, names, minor, minor_digits, note ("|" separates the spellings of a
cell). Every spelling names exactly one currency: a symbol CLDR gives to several currencies ("kr",
"Fr", plain "$" for every dollar) belongs to none of them unless a default below gives it to one.
The self-check at the end raises on any breach, so a bad table is never written.
"""
from __future__ import annotations

import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale, localedata
from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_precision

BABEL_VERSION = "2.18.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "currencies.csv"
FX_RATES = ROOT / "data" / "fx_usd.csv"
COLUMNS = ("code", "name", "symbols", "names", "minor", "minor_digits", "note")

# ISO 4217 List One (SIX, published 2026-01-01): every current code. CLDR's own notion of "current"
# differs at the edges (it still has CNH, the offshore yuan, which is no ISO code, and it has
# retired SVC, which ISO still lists), so the list is ISO's.
ISO_4217_CURRENT = """
AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR
KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN
MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD
SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX
USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD
XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG
""".split()

# Funds, units of account, testing codes and precious metals: not money a report prices things in.
NOT_MONEY = set("""
BOV CHE CHW CLF COU MXV USN UYI UYW XAD XAG XAU XBA XBB XBC XBD XDR XPD XPT XSU XTS XUA XXX
""".split())

# Historical currencies that reports still cite, with their note. All are named by CLDR's English.
HISTORICAL = {
    "ATS": "historical: replaced by EUR (cash in 2002)",
    "BEF": "historical: replaced by EUR (cash in 2002)",
    "BGN": "historical: replaced by EUR on 2026-01-01 (Bulgaria joined the euro area)",
    "DEM": "historical: replaced by EUR (cash in 2002)",
    "ESP": "historical: replaced by EUR (cash in 2002)",
    "FIM": "historical: replaced by EUR (cash in 2002)",
    "FRF": "historical: replaced by EUR (cash in 2002)",
    "GRD": "historical: replaced by EUR (cash in 2002)",
    "IEP": "historical: replaced by EUR (cash in 2002)",
    "ITL": "historical: replaced by EUR (cash in 2002); 'lira' alone is the Turkish lira",
    "NLG": "historical: replaced by EUR (cash in 2002)",
    "PTE": "historical: replaced by EUR (cash in 2002)",
    "VEF": "historical (2008-2018): the bolivar fuerte, replaced by VES",
    "ZWL": "historical (2009-2024): replaced by ZWG",
}

# Codes the project must always have: the currencies of the shared FX reference table and those
# the project's topics cite. data/fx_usd.csv is checked as well, whatever it holds.
REQUIRED = set("""
AUD BRL CAD CHF CNY DKK EUR GBP HKD INR JPY KRW LKR MXN MYR NOK NZD SEK SGD THB TWD ZAR
USD KPW NGN EGP KWD LBP QAR SAR ILS UAH MNT LAK CRC GEL TRY BGN PHP VND IDR PKR BDT RUB
""".split())

# ISO 4217 minor-unit exponents where CLDR's digits (babel.numbers.get_currency_precision) differ:
# CLDR gives the digits used in practice, ISO the defined subdivision. The table follows ISO.
ISO_EXPONENT = {
    "AFN": 2, "ALL": 2, "IQD": 3, "IRR": 2, "KPW": 2, "LAK": 2, "LBP": 2, "MGA": 2, "MMK": 2,
    "RSD": 2, "SOS": 2, "SYP": 2, "YER": 2,
}
# ISO's list of historical codes (List Three) gives no exponent: historical rows use CLDR's digits.

# Symbols from CLDR's root locale that babel does not load (alt="narrow" and alt="variant"),
# transcribed from common/main/root.xml, for the codes of this table.
CLDR_NARROW = {
    "AOA": "Kz", "ARS": "$", "AUD": "$", "BAM": "KM", "BBD": "$", "BDT": "৳", "BMD": "$",
    "BND": "$", "BOB": "Bs", "BRL": "R$", "BSD": "$", "BWP": "P", "BZD": "$", "CAD": "$",
    "CLP": "$", "CNY": "¥", "COP": "$", "CRC": "₡", "CUP": "$", "CZK": "Kč", "DKK": "kr",
    "DOP": "$", "EGP": "E£", "ESP": "₧", "EUR": "€", "FJD": "$", "FKP": "£", "GBP": "£",
    "GEL": "₾", "GIP": "£", "GNF": "FG", "GTQ": "Q", "GYD": "$", "HKD": "$", "HNL": "L",
    "HUF": "Ft", "IDR": "Rp", "ILS": "₪", "INR": "₹", "ISK": "kr", "JMD": "$", "JPY": "¥|JP¥",
    "KHR": "៛", "KMF": "CF", "KPW": "₩", "KRW": "₩", "KYD": "$", "KZT": "₸", "LAK": "₭",
    "LBP": "L£", "LKR": "Rs", "LRD": "$", "MGA": "Ar", "MMK": "K", "MNT": "₮", "MUR": "Rs",
    "MXN": "$", "MYR": "RM", "NAD": "$", "NGN": "₦", "NIO": "C$", "NOK": "kr", "NPR": "Rs",
    "NZD": "$", "PHP": "₱", "PKR": "Rs", "PLN": "zł", "PYG": "₲", "RON": "lei", "RUB": "₽",
    "RWF": "RF", "SBD": "$", "SEK": "kr", "SGD": "$", "SHP": "£", "SRD": "$", "SSP": "£",
    "SYP": "£", "THB": "฿", "TOP": "T$", "TRY": "₺|TL", "TTD": "$", "TWD": "$", "UAH": "₴",
    "USD": "$|US$", "UYU": "$", "VEF": "Bs", "VND": "₫", "XCD": "$", "ZAR": "R", "ZMW": "ZK",
}

# Curated symbols. These are owned: a CLDR symbol another currency also has is dropped there.
SYMBOLS = {
    "USD": "$|US$|U.S.$|U.S. $|USD$",
    "CAD": "CA$|C$|Can$|CAD$|Cdn$",  # 'Cdn$2 billion', as Canadian papers write it
    "HKD": "HK$|HKD$",
    "TWD": "NT$|NTD",
    "AUD": "A$|AU$|AUD$|$A",  # '$A4.2bn', as Australian papers write it
    "NZD": "NZ$|NZD$|$NZ",  # '$NZ50m', as New Zealand papers write it
    "NAD": "N$",
    "MXN": "MX$|Mex$|MXN$",
    "SGD": "S$|SGD$|SG$",
    "PEN": "S/.",
    "BRL": "R$",
    "INR": "₹|Rs|Rs.|Re|Re.",
    "JMD": "J$", "TTD": "TT$", "BTN": "Nu.|Nu", "LBP": "L£|LL|L.L.",
    "BDT": "৳|Tk",
    "MYR": "RM",
    "IDR": "Rp",
    "GBP": "£",
    "EUR": "€",
    "CNY": "¥|CN¥|元|RMB",
    "JPY": "JP¥|円",
    "KRW": "₩|원",
    "EGP": "E£|£E|LE|L.E.",
    "LKR": "ரூ|SLRs",
    "CHF": "Fr.|SFr.|SFr",
    # the Financial Times' crowns
    "SEK": "SKr", "DKK": "DKr", "NOK": "NKr",
    "ZWG": "ZiG",
    # the Gulf's press, and Afghanistan's, Ghana's and Kenya's
    "QAR": "QR", "KWD": "KD", "BHD": "BD", "OMR": "RO", "JOD": "JD",
    "AFN": "Afs", "GHS": "GH¢|₵", "KES": "KShs",
    # Pakistan's rupee as its press writes it apart from India's ('Rs' alone is India's, by the project's default)
    "PKR": "PakRs|Pak Rs|PKRs", "NPR": "NRs",
    # the other dollars' signs: 'L$3,400' and 'FJ$10 million' are no US dollars
    "LRD": "L$", "FJD": "FJ$", "GYD": "G$|GY$", "BZD": "BZ$", "BBD": "Bds$|BB$", "SRD": "SR$",
    "ZWL": "Z$", "KYD": "CI$", "SBD": "SI$", "BMD": "BD$", "BND": "B$|BND$",
    # the pesos' signs as their press writes them ('Ch$6 million per worker')
    "ARS": "AR$|ARS$", "CLP": "Ch$|CLP$|CH$", "UYU": "UY$|$U",
    # Somalia's 'SoSh 650,000', the Maldives' 'Rf', Israel's 'NIS 2.3 million', Thai 'Bt12 million'
    # and Vietnamese '2,000,000đ'
    "SOS": "SoSh|So.Sh.", "MVR": "ރ.|Rf", "ILS": "₪|NIS", "THB": "฿|Bt", "VND": "₫|đ",
    # Myanmar's kyat as its press writes it ('Ks 15,000'), and Rwanda's franc ('FRw 2 billion')
    "MMK": "Ks", "RWF": "FRw",
}

# Symbols never used, even where CLDR gives them to one currency only, and why.
REFUSED_SYMBOLS = {
    "r": "ZAR in CLDR, but one letter is too ambiguous",
    "kr": "Danish, Icelandic, Norwegian and Swedish crowns", "kr.": "Danish and Icelandic crowns",
    "fr": "every franc",
    "ft": "HUF in CLDR, but 'ft' is feet", "km": "BAM in CLDR, but 'km' is kilometres",
    "cf": "KMF in CLDR, but 'cf' is cubic feet", "db": "STN in CLDR, but 'dB' is decibels",
    "den": "MKD in some locales, but an English word",
    "sr": "SCR in CLDR, but reports write it for the Saudi riyal too",
    "fcfa": "written for both CFA francs (XAF and XOF)", "cfa": "both CFA francs",
    "lei": "plural of both the Romanian and the Moldovan leu",
    "bs": "bolivianos and every Venezuelan bolivar",
    "ریال": "the word 'rial' (Iranian in CLDR, but the name of several currencies)",
}

# Curated word names, added to CLDR's singular and plural. Bare currency words only where the
# project has a default or no other currency has the word; a word several currencies share ("peso",
# "franc") never appears bare.
NAMES = {
    "USD": "dollar|dollars|buck|bucks|us dollar|us dollars|u.s. dollar|u.s. dollars|"
           "american dollar|american dollars|united states dollar|united states dollars",
    "CNY": "yuan|renminbi|kuai|chinese yuan|chinese renminbi|yuan renminbi",
    "KRW": "won|south korean won|korean won",
    "KPW": "north korean won",
    "EUR": "euro|euros",
    "GBP": "pound|pounds|pound sterling|pounds sterling|sterling|quid|british pound|british pounds",
    "JPY": "yen|japanese yen",
    "INR": "rupee|rupees|indian rupee|indian rupees",
    "BDT": "taka|bangladeshi taka|takas",
    "MYR": "ringgit|ringgits|malaysian ringgit|malaysian ringgits|malaysia ringgit|malaysia ringgits",
    "THB": "baht|thai baht",
    "ZAR": "rand|south african rand",
    "NGN": "naira|nigerian naira|nairas",
    "IDR": "rupiah|indonesian rupiah|rupiahs",
    "ILS": "shekel|shekels|new shekel|new shekels|israeli shekel|israeli shekels",
    "UAH": "hryvnia|hryvnias|ukrainian hryvnia|ukrainian hryvnias",
    "MNT": "tugrik|tugriks|tögrög|mongolian tugrik|mongolian tugriks",
    "TRY": "lira|liras|turkish lira|turkish liras",
    "VND": "dong|vietnamese dong",
    "RUB": "rouble|roubles|ruble|rubles|russian ruble|russian rubles|russian rouble|russian roubles",
    "PLN": "zloty|zlotys|złoty|polish zloty|polish zlotys|polish złoty",
    "HKD": "hong kong dollar|hong kong dollars",
    "TWD": "new taiwan dollar|new taiwan dollars|taiwan dollar|taiwan dollars|"
           "taiwanese dollar|taiwanese dollars",
    "BRL": "brazilian real|brazilian reais|reais",
    "AED": "emirati dirham|emirati dirhams",
    "ETB": "birr|birrs",
    "LAK": "lao kip|lao kips|kip|kips",  # 'kip' alone: 'about 21,000 kip'
    "GHS": "cedi|cedis",
    "MMK": "kyat|kyats",
    "SLE": "leone|leones",
    # names English reports use beside CLDR's
    "CZK": "czech crown|czech crowns|koruna|korunas",
    "SEK": "swedish crown|swedish crowns|kronor",
    "DKK": "danish crown|danish crowns",
    "NOK": "norwegian crown|norwegian crowns",
    "AFN": "afghani|afghanis",
    "NPR": "nepali rupee|nepali rupees",
    "BAM": "convertible mark|convertible marks|bosnian convertible mark|bosnian convertible marks",
    "BYN": "belarusian rouble|belarusian roubles",
    "KGS": "kyrgyz som|kyrgyz soms|kyrgyzstani som|kyrgyzstani soms",
    "TMT": "turkmen manat|turkmen manats|turkmenistani manats",
    "KES": "kenya shilling|kenya shillings",
    "TZS": "tanzania shilling|tanzania shillings",
    "UGX": "uganda shilling|uganda shillings",
    "ZWL": "zimbabwe dollar|zimbabwe dollars",
    "MZN": "mozambican meticais|metical|meticais|meticals",
    "BWP": "botswana pula|botswana pulas|pula|pulas",
    "MOP": "macau pataca|macau patacas|pataca|patacas",
    "KZT": "kazakh tenge|kazakh tenges|tenge|tenges",
    "UZS": "uzbek som|uzbek soms|uzbek soum|uzbek soums",
    "GTQ": "guatemalan quetzales|quetzal|quetzales|quetzals",
    "CRC": "costa rican colones",
    "PYG": "paraguayan guaranies|paraguayan guaraníes",
    "MXN": "mexican peso|mexican pesos",
    "CHF": "swiss franc|swiss francs",
    "PEN": "sol|soles",
    "BOB": "boliviano|bolivianos",
    "KWD": "kuwaiti dinar|kuwaiti dinars",
    "SAR": "saudi riyal|saudi riyals",
    "QAR": "qatari riyal|qatari riyals",
    "IRR": "iranian rial|iranian rials",
    "EGP": "egyptian pound|egyptian pounds",
    "LBP": "lebanese pound|lebanese pounds|lebanese lira",
    "DEM": "deutsche mark|deutsche marks|deutschmark|deutschmarks|german mark|german marks",
    "FRF": "french franc|french francs",
    "ITL": "italian lira|italian lire|italian liras",
    "ESP": "peseta|pesetas|spanish peseta|spanish pesetas",
    "NLG": "dutch guilder|dutch guilders",
    "FIM": "markka|markkaa|markkas|finnish markka|finnish markkaa|finnish markkas",
    "IEP": "irish pound|irish pounds|irish punt|irish punts",
    "VEF": "bolívar fuerte|bolívares fuertes|venezuelan bolívar fuerte|venezuelan bolívares fuertes",
    # a currency's own word alone, where no other currency in the table has it ('800 lari each');
    # words that are also English words or names (real, mark, won, dram, gold, guarani, colons) stay out
    "ALL": "lek|leke|lekë",
    "AOA": "kwanza|kwanzas",
    "BGN": "lev|leva",
    "BTN": "ngultrum|ngultrums",
    "ERN": "nakfa|nakfas",
    "GEL": "lari|laris",
    "GMD": "dalasi|dalasis",
    "HNL": "lempira|lempiras",
    "HTG": "gourde|gourdes",
    "HUF": "forint|forints",
    "ISK": "kronur|króna|krónur",  # accented only: 'krona' alone is also the Swedish krona
    "KHR": "riel|riels",
    "LSL": "loti|lotis",
    "MGA": "ariaries|ariary",
    "MKD": "denar|denari|macedonian denars|denars",
    "MRU": "ouguiya|ouguiyas",
    "MVR": "rufiyaa|rufiyaas",
    "NIO": "cordoba|cordobas|córdoba|córdobas",
    "PAB": "balboa|balboas",
    "PGK": "kina",
    "STN": "dobra|dobras",
    "SZL": "emalangeni|lilangeni",
    "TJS": "tajik somoni|tajik somonis|somoni|somonis",
    "TOP": "paʻanga|pa'anga|pa’anga|tongan pa'anga|tongan pa’anga",  # the ʻokina as most keyboards write it
    "VES": "bolivar|bolivars|bolívar|bolívars|bolívares|venezuelan bolívares",  # and the Spanish plural
    "VUV": "vatu|vatus",
    "WST": "tala",
}

# CLDR names refused for a row, and why.
REFUSED_NAMES = {
    # CLDR's "Venezuelan Bolívar (2008–2018)": the current VES has that name.
    "VEF": {"venezuelan bolívar", "venezuelan bolívars"},
    # CLDR calls VED "Bolívar Soberano", the name VES had in 2018-2021.
    "VED": {"bolívar soberano", "bolívar soberanos"},
}

# Minor units that belong to one currency when written alone after a number ("60p", "50 cents").
MINOR = {
    "USD": "cent|cents|¢|c|us cent|us cents|u.s. cent|u.s. cents",
    "GHS": "pesewa|pesewas",
    "GBP": "penny|pence|p",
    "INR": "paisa|paise",
    "NGN": "kobo",
    "BDT": "poisha",
    "MYR": "sen",
    "UAH": "kopiyka|kopiykas",
    "THB": "satang",
    "TRY": "kuruş|kurus",
    "PLN": "grosz|groszy",
    "ILS": "agora|agorot",
    "SAR": "halala|halalas",
    "BGN": "stotinka|stotinki",
    "CHF": "rappen",
    "GEL": "tetri",
}

# Money without an ISO code that reports price things in, each a row of its own (CLDR has none of them).
UNOFFICIAL = {
    "BTC": {"name": "bitcoin", "symbols": "₿|XBT", "names": "bitcoin|bitcoins", "minor": "satoshi|satoshis",
            "minor_digits": "8",
            "note": "not an ISO 4217 currency, but ransoms, darknet sales and the payments of trafficking are "
                    "reported in it; the exchange-rate table has no row for it, so it is shown as reported"},
}

# Units of account that NOT_MONEY drops but reports state sums in, each a row of its own: CLDR's English
# has no singular for them ("special drawing rights" for one), so the row is written here whole.
UNITS_OF_ACCOUNT = {
    "XDR": {"name": "IMF special drawing right", "symbols": "SDR",
            "names": "special drawing right|special drawing rights|sdr|sdrs", "minor": "", "minor_digits": "2",
            "note": "the IMF's unit of account (ISO 4217 XDR), in which its loans are stated"},
}

# Display names where CLDR's would mislead.
NAME_OVERRIDE = {"VEF": "Venezuelan bolívar fuerte"}

NOTES = {
    "PEN": "S/. is the sol as Peru writes it: S/.100 is 100 soles",
    "USD": "'$', 'dollars' and 'cents' alone are US dollars by the project's convention",
    "CNY": "'¥' alone is the Chinese yuan: the project's first topic is China; "
           "write JP¥ or yen for the Japanese yen",
    "JPY": "write JP¥, 円 or yen: '¥' alone is the Chinese yuan",
    "KRW": "'₩', '원' and 'won' alone are the South Korean won",
    "KPW": "write 'North Korean won' or KPW: 'won' and '₩' alone are the South Korean won",
    "EUR": "'cents' alone are US cents",
    "GBP": "'£', 'pounds' and 'p' alone are pounds sterling by the project's convention",
    "INR": "'Rs' and 'rupees' alone are Indian rupees by the project's convention",
    "TRY": "'lira' alone is the Turkish lira",
    "BRL": "reais, the plural, is only the Brazilian real; real alone is also an English word",
    "CAD": "'C$' is the Canadian dollar (not the Nicaraguan córdoba)",
    "CHF": "'Fr.', 'SFr.' and 'SFr' are the Swiss franc; 'Fr' and 'francs' alone name no currency",
    "SEK": "kronor, the plural, is only the Swedish krona (the Icelandic plural is krónur); krona alone is also "
           "Iceland's",
    "MYR": "'sen' alone is the Malaysian sen",
    "ZAR": "'R' is read only glued to a sum with a thousands separator or a scale ('R1.2 billion', 'R1,500'; "
           "claims.currencies.LETTER_SIGNS): one letter alone is too ambiguous ('R350' may be a road)",
    "NGN": "'N' is read only glued to a sum with a thousands separator or a scale ('N30,000', 'N5bn'; "
           "claims.currencies.LETTER_SIGNS): 'N95' is a mask",
    "SVC": "ISO 4217 still lists it; El Salvador has used the US dollar since 2001",
    "VES": "'Venezuelan bolívar' is the current VES; the 2008-2018 bolívar fuerte is VEF",
    "VED": "no word name: CLDR's 'Bolívar Soberano' was also the name of VES in 2018-2021",
}

GENERIC = set("""
peso pesos franc francs dinar dinars riyal riyals rial rials krona krone kroner
shilling shillings dirham dirhams real mark marks
""".split())

INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d"
                                   "\u202e\u2066\u2067\u2068\u2069\ufeff"))


def split(cell: str) -> list[str]:
    return [p for p in cell.split("|") if p]


def key(spelling: str) -> str:
    """How spellings are compared: NFKC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", spelling).casefold().split())


def clean(symbol: str) -> str:
    return unicodedata.normalize("NFKC", symbol.translate(INVISIBLE)).strip()


def ascii_fold(text: str) -> str:
    """'bolívar' -> 'bolivar', 'złoty' -> 'zloty': the spelling of writers without the accents."""
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def row_codes(en: Locale) -> list[str]:
    codes = [c for c in ISO_4217_CURRENT if c not in NOT_MONEY and c in en.currencies]
    return sorted(set(codes) | set(HISTORICAL))


def strip_dates(name: str) -> str:
    """'Zimbabwean Dollar (2009–2024)' -> 'Zimbabwean Dollar'."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def fix_case(name: str, nouns: set[str]) -> str:
    """CLDR title case to a reader's: 'Israeli New Shekel' -> 'Israeli new shekel'.

    From the right, currency nouns ('Shekel') and their modifiers ('New') are lower-cased until the
    first proper word ('Israeli'), so 'New Taiwan Dollar' keeps 'New Taiwan'.
    """
    words = name.split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in nouns | {"new", "convertible"}:
            words[i] = words[i].lower()
        else:
            break
    return " ".join(words)


def territory_symbols(codes: set[str]) -> dict[str, set[str]]:
    """Each code's standard symbol in the CLDR locales of the territories that use it today."""
    likely = get_global("likely_subtags")
    found: dict[str, set[str]] = defaultdict(set)
    for ident in localedata.locale_identifiers():
        loc = Locale.parse(ident)
        territory = loc.territory or (likely.get(loc.language) or "").rsplit("_", 1)[-1]
        for code, _start, end, tender in get_global("territory_currencies").get(territory, ()):
            if end is None and tender and code in codes:
                symbol = loc.currency_symbols.get(code)
                if symbol:
                    found[code].add(symbol)
    return found


def build() -> list[dict[str, str]]:
    en = Locale("en")
    codes = row_codes(en)
    code_keys = {c.casefold(): c for c in codes}

    # --- symbols: CLDR's, minus the shared and the refused, plus the curated (which win) --------
    cldr: dict[str, set[str]] = defaultdict(set)
    for code in codes:
        if en.currency_symbols.get(code):
            cldr[code].add(en.currency_symbols[code])
        cldr[code].update(split(CLDR_NARROW.get(code, "")))
    for code, symbols in territory_symbols(set(codes)).items():
        cldr[code] |= symbols
    owned = {key(s): code for code, cell in SYMBOLS.items() for s in split(cell)}
    owned.update({key(m): code for code, cell in MINOR.items() for m in split(cell)})
    owned.update({key(n): code for code, cell in NAMES.items() for n in split(cell)})
    claimants: dict[str, set[str]] = defaultdict(set)
    for code, symbols in cldr.items():
        for s in symbols:
            claimants[key(clean(s))].add(code)

    def usable(code: str, symbol: str) -> bool:
        k = key(symbol)
        if not symbol or any(ch.isspace() for ch in symbol) or k in REFUSED_SYMBOLS:
            return False
        if len(symbol) == 1 and unicodedata.category(symbol).startswith("L"):
            return False  # one letter ("R", "Q", "K"): too ambiguous
        if k in code_keys:
            return False  # the code itself, or another row's code: the parser reads codes anyway
        if k in owned:
            return owned[k] == code
        return claimants[k] == {code}

    rows = []
    nouns = {strip_dates(en.currencies[c]).split()[-1].lower() for c in codes}
    for code in codes:
        display = strip_dates(en.currencies[code])
        singular = strip_dates(get_currency_name(code, count=1, locale="en"))
        plural = strip_dates(get_currency_name(code, count=2, locale="en"))
        name = NAME_OVERRIDE.get(code) or fix_case(singular, nouns)

        symbols = list(dict.fromkeys(split(SYMBOLS.get(code, ""))))
        for s in sorted({clean(s) for s in cldr.get(code, ())}):
            if usable(code, s) and key(s) not in map(key, symbols):
                symbols.append(s)

        names: list[str] = []
        refused = {ascii_fold(n) for n in REFUSED_NAMES.get(code, ())}
        for n in (display, singular, plural, *split(NAMES.get(code, ""))):
            n = " ".join(unicodedata.normalize("NFC", n).lower().split())
            # the unaccented spelling too, unless several currencies share it ('krona' is also Sweden's)
            for variant in dict.fromkeys(v for m in (n, n.replace(" & ", " and "))
                                         for v in (m, ascii_fold(m)) if v == m or v not in GENERIC):
                if ascii_fold(variant) not in refused and variant not in names:
                    names.append(variant)

        minor = split(MINOR.get(code, ""))
        digits = ISO_EXPONENT.get(code, get_currency_precision(code))
        note = NOTES.get(code) or HISTORICAL.get(code, "")
        rows.append({"code": code, "name": name, "symbols": "|".join(symbols),
                     "names": "|".join(names), "minor": "|".join(minor),
                     "minor_digits": str(digits), "note": note})
    rows.extend({"code": code, **row} for code, row in (UNOFFICIAL | UNITS_OF_ACCOUNT).items())
    return sorted(rows, key=lambda r: r["code"])


def self_check(rows: list[dict[str, str]]) -> None:
    """Raise if the table breaks a rule the parser relies on."""
    problems: list[str] = []
    codes = {r["code"] for r in rows}
    if len(codes) != len(rows):
        problems.append("a code has two rows")
    owner: dict[str, str] = {}
    for r in rows:
        code = r["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            problems.append(f"bad code {code!r}")
        if not r["name"]:
            problems.append(f"{code}: no name")
        spellings = split(r["symbols"]) + split(r["names"]) + split(r["minor"])
        for s in spellings:
            k = key(s)
            if owner.setdefault(k, code) != code:
                problems.append(f"{s!r} is in both {owner[k]} and {code}")
            if k.upper() in codes and k.upper() != code:
                problems.append(f"{code}: {s!r} is the code of another row")
        for n in split(r["names"]):
            if any(ch.isdigit() for ch in n):
                problems.append(f"{code}: name {n!r} has a digit")
            if n in GENERIC:
                problems.append(f"{code}: bare generic word {n!r}")
            if n != n.lower():
                problems.append(f"{code}: name {n!r} is not lower-case")
        if r["minor"] and r["minor_digits"] == "0":
            problems.append(f"{code}: a minor unit needs minor_digits above 0")
    for code, digits in ISO_EXPONENT.items():
        if code in codes and get_currency_precision(code) == digits:
            problems.append(f"{code}: ISO_EXPONENT is stale, CLDR now agrees")
    with open(FX_RATES, newline="", encoding="utf-8-sig") as fh:
        fx = {row["currency"].strip() for row in csv.DictReader(fh)}
    for code in sorted((REQUIRED | fx) - codes):
        problems.append(f"required currency {code} has no row")
    for code in set(SYMBOLS) | set(NAMES) | set(MINOR) | set(NOTES) | set(REFUSED_NAMES) | set(UNOFFICIAL):
        if code not in codes:
            problems.append(f"curated entry for {code}, which has no row")
    if problems:
        raise SystemExit("currencies.csv not written:\n  " + "\n  ".join(problems))


def main() -> int:
    import babel

    if babel.__version__ != BABEL_VERSION:
        print(f"make_currencies: babel {babel.__version__}, not {BABEL_VERSION}: the table may differ",
              file=sys.stderr)
    rows = build()
    self_check(rows)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
