"""Build data/places.csv, the countries and territories whose money a bracketed aside may name
("Rs 50,000 (Sri Lanka)": Sri Lankan, not the Indian rupees 'Rs' alone is read as), and the cities a wire
story's dateline names where a currency's word or sign is shared ("KARACHI:", "CAIRO —").

Run from the repository root:

    pip install babel==2.18.0 && python scripts/make_places.py

English names and each territory's currencies in use come from Unicode CLDR through babel (pinned,
as for scripts/make_currencies.py; babel is needed only here, never at run time). CLDR's names are
formal ("Hong Kong SAR China", "Myanmar (Burma)"); the names reports write are added below. Edit
those tables, never the CSV, and run the script again.

Columns: place (lower-case, as matched), codes (the ISO 4217 codes in use there, "|" between).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from babel import Locale
from babel.numbers import get_territory_currencies

BABEL_VERSION = "2.18.0"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "places.csv"
CURRENCIES = ROOT / "data" / "currencies.csv"

NOT_PLACES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}
"""CLDR region codes that are no country with money of its own: unions, pseudo-regions, Antarctica."""

ALIASES = {
    "US": ["us", "u.s.", "usa", "u.s.a.", "america", "united states of america"],
    "GB": ["uk", "u.k.", "britain", "great britain", "england", "scotland", "wales", "northern ireland"],
    "HK": ["hong kong"], "MO": ["macao", "macau"],
    "CD": ["democratic republic of the congo", "dr congo", "drc"], "CG": ["republic of the congo"],
    "CI": ["ivory coast", "côte d'ivoire", "cote d'ivoire"], "KP": ["dprk"], "KR": ["korea", "republic of korea"],
    "CN": ["mainland china", "prc"], "AE": ["uae", "dubai", "abu dhabi", "sharjah"], "PS": ["palestine"],
    "CZ": ["czech republic"],
    "TR": ["turkey"], "VA": ["vatican", "vatican city"],
    # the cities a wire story's dateline names ("ISLAMABAD:", "DUBAI, March 3 (Reuters) -") where a currency's
    # word or sign is shared ('Rs', 'pounds', 'dirhams', 'riyals', 'pesos', 'shillings', 'dinars')
    "PK": ["islamabad", "karachi", "lahore", "peshawar", "quetta", "rawalpindi", "faisalabad", "multan"],
    "LK": ["colombo"], "NP": ["kathmandu"], "MU": ["port louis"],
    "EG": ["cairo", "alexandria"], "LB": ["beirut"], "SY": ["damascus"], "SD": ["khartoum"],
    "MA": ["rabat", "casablanca"], "SA": ["riyadh", "jeddah", "jidda"],
    "QA": ["doha"], "KW": ["kuwait city"], "BH": ["manama"], "OM": ["muscat"], "JO": ["amman"], "IQ": ["baghdad"],
    "TN": ["tunis"], "DZ": ["algiers"], "RS": ["belgrade"], "IR": ["tehran"], "YE": ["sanaa", "aden"],
    "PH": ["manila", "quezon city", "cebu", "davao", "davao city"], "MX": ["mexico city"], "AR": ["buenos aires"],
    "CO": ["bogota", "bogotá"],
    "CL": ["santiago de chile"], "KE": ["nairobi", "mombasa"], "UG": ["kampala"], "TZ": ["dar es salaam", "dodoma"],
    "SO": ["mogadishu"], "NG": ["lagos", "abuja"], "ZA": ["johannesburg", "cape town", "pretoria", "durban"],
    # and where a one-letter sign is shared ('K': kwacha, kina, kyat; 'P': the peso and the pula)
    "ZM": ["lusaka", "ndola", "kitwe"], "PG": ["port moresby", "lae"], "MW": ["lilongwe", "blantyre"],
    "MM": ["myanmar", "burma", "yangon", "mandalay", "naypyidaw", "nay pyi taw"], "BW": ["gaborone", "francistown"],
    "SL": ["freetown"],  # and where its case tells a sign apart ('Le 5,000' leones, 'LE 5,000' Egyptian pounds)
    # and where the Nordic crowns' 'kr' is written
    "SE": ["stockholm", "gothenburg", "göteborg", "malmö", "malmo", "uppsala"],
    "NO": ["oslo", "bergen", "trondheim", "stavanger"], "DK": ["copenhagen", "aarhus", "odense"],
    "IS": ["reykjavik", "reykjavík"],
    # and where Venezuela's and Bolivia's 'Bs' is
    "VE": ["caracas", "maracaibo", "barquisimeto"], "BO": ["la paz", "cochabamba", "el alto", "sucre"],
}
"""Names reports write that CLDR's English names are not; each lower-case."""


def build() -> list[dict[str, str]]:
    with open(CURRENCIES, encoding="utf-8") as fh:
        known = {row["code"] for row in csv.DictReader(fh)}
    rows: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_PLACES:
            continue
        money = [c for c in get_territory_currencies(code) if c in known]
        if not money:
            continue
        names = {name.lower(), re.sub(r"\s*\(.*\)$| sar china$", "", name.lower())} | set(ALIASES.get(code, []))
        names = {n.replace("’", "'") for n in names if " - " not in n}
        for n in names:
            if n in rows and rows[n] != "|".join(money):
                raise SystemExit(f"make_places: {n!r} names two places")
            rows[n] = "|".join(money)
    return [{"place": n, "codes": rows[n]} for n in sorted(rows)]


def main() -> int:
    import babel

    if babel.__version__ != BABEL_VERSION:
        print(f"make_places: babel {babel.__version__}, not {BABEL_VERSION}: the table may differ", file=sys.stderr)
    rows = build()
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=("place", "codes"), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
