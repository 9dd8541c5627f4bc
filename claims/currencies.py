"""The world's currencies as reports write them, from one table: data/currencies.csv.

Each row is one ISO 4217 currency with the symbols, names and minor units that name it and no other
("HK$", "Hong Kong dollars", "cents"); one row, bitcoin (BTC), has no ISO code, as crime reports give
ransoms and darknet prices in it. The project's defaults are rows of the table too, written
where a reader can see them: "$" and "dollars" alone are US dollars, "¥" alone is the Chinese yuan,
"won" is the South Korean won, "rupees" and "Rs" are Indian rupees. A word several currencies share
("pesos", "francs", "dinars") belongs to no row: it is refused with the currencies it could mean.
Names and symbols come from Unicode CLDR (see scripts/make_currencies.py), curated by hand.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claims import paths

CODES_THAT_ARE_WORDS: frozenset[str] = frozenset(
    {"all", "bam", "bob", "cup", "gel", "mad", "mop", "pen", "ron", "sos", "top", "try", "sdg"})
"""ISO codes that are also English words ("All 70 of us", "top 10") or, in reports, something else
("SDG 5" is a Sustainable Development Goal): read only through a symbol or a name ("Turkish lira",
"₾"), never as a bare code, so a sentence is not read as money."""


class CurrencyTableError(ValueError):
    """data/currencies.csv itself is malformed: a name or symbol in two rows, a bad code."""


@dataclass(frozen=True)
class Currency:
    """One row of data/currencies.csv.

    code: ISO 4217 code (BTC for bitcoin, which has none). name: the English name, singular.
    symbols, names, minor: the spellings (lower-case) that name this currency, its word names, and its
    minor unit ("cents", "p").
    minor_digits: the ISO exponent of the minor unit (2: a cent is 0.01; 0: there is none).
    note: why a default holds, or that the currency is historical.
    """

    code: str
    name: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]
    minor: tuple[str, ...]
    minor_digits: int
    note: str = ""
    cased: tuple[str, ...] = ()
    """The letter symbols as the table writes them ('Ar', 'Rs', 'RM'): whether a symbol is written in capitals."""


NAMES_AFTER_ONLY: frozenset[str] = frozenset(
    {"won", "buck", "bucks", "quid", "rand", "sterling", "dong", "euro", "euros"})
"""Currency names that are also English words before a number ("won 52 seats", "Rand 50", "bucks 5
trends") or the names of things ("Euro 6", an emissions standard, "Euro 2024", a tournament): read only
after it ('5,000 won', '500 euros')."""


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(p.split()).lower() for p in (cell or "").split("|") if p.strip()))


@lru_cache(maxsize=None)
def table(path: Path = paths.CURRENCIES) -> dict[str, Currency]:
    """code -> Currency, checking that every spelling names one currency only."""
    rows: dict[str, Currency] = {}
    owner: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            code = (row.get("code") or "").strip().upper()
            if len(code) != 3 or not code.isalpha() or code in rows:
                raise CurrencyTableError(f"{path.name}:{line}: code {code!r} must be three letters, once")
            try:
                digits = int(row.get("minor_digits") or 0)
            except ValueError:
                raise CurrencyTableError(f"{path.name}:{line}: minor_digits must be a whole number") from None
            cur = Currency(code, (row.get("name") or "").strip(), _split(row.get("symbols")),
                           _split(row.get("names")), _split(row.get("minor")), digits,
                           (row.get("note") or "").strip(),
                           tuple(p.strip() for p in (row.get("symbols") or "").split("|") if p.strip().isalpha()))
            for spelling in (*cur.symbols, *cur.names, *cur.minor):
                if owner.setdefault(spelling, code) != code:
                    raise CurrencyTableError(f"{path.name}:{line}: {spelling!r} names both "
                                             f"{owner[spelling]} and {code}")
            rows[code] = cur
    return rows


@lru_cache(maxsize=None)
def _index() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, int]]]:
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    minor: dict[str, tuple[str, int]] = {}
    for code, cur in table().items():
        if code.lower() not in CODES_THAT_ARE_WORDS:
            words[code.lower()] = code
        words.update((n, code) for n in cur.names)
        symbols.update((s, code) for s in cur.symbols)
        minor.update((m, (code, cur.minor_digits)) for m in cur.minor)
    return words, symbols, minor


@lru_cache(maxsize=None)
def capitalised_otherwise(letters: str) -> bool:
    """Whether `letters`, all capitals, are a symbol the table writes otherwise ('AR' for the ariary's 'Ar', 'RS' for
    'Rs'), not as 'RM' or 'KD' are: glued to a digit or two, such capitals name a thing ('AR6', an IPCC report)."""
    code = by_symbol(letters)
    if code is None or not letters.isupper() or len(letters) < 2:
        return False
    return not any(w.isupper() and w.lower() == letters.lower() for w in table()[code].cased)


def codes() -> tuple[str, ...]:
    """Every ISO code in the table, sorted."""
    return tuple(sorted(table()))


def spellings() -> dict[str, str]:
    """Every word name, code and symbol (lower-case) -> its ISO code: the parser's currency vocabulary."""
    words, symbols, _ = _index()
    return {**words, **symbols}


def by_word(word: str) -> str | None:
    """The code a name or code names ('canadian dollars', 'cad'), or None."""
    return _index()[0].get(" ".join(word.lower().split()))


def by_symbol(symbol: str) -> str | None:
    """The code a symbol names ('hk$', '₹', 'rs'), or None."""
    return _index()[1].get(symbol.lower())


def stands_before(spelling: str) -> bool:
    """Whether a spelling of a currency may be written before its number: a symbol, a code or a name
    ('US$5', 'CAD 500', 'ringgit 42', 'Pounds 50m' in old wire copy), but not a name that ends in an
    English word that often stands before a number: "the party won 52 seats" is no sum of won."""
    spelling = spelling.lower()
    if by_symbol(spelling) is not None:
        return True
    return by_word(spelling) is not None and spelling.split()[-1] not in NAMES_AFTER_ONLY


def sign_may_name(sign: str, code: str) -> bool:
    """Whether a currency sign as written before a number ('$', '¥', 'rs') may stand for `code`
    named after it: one of its symbols or the end of one ('$' of 'A$', '¥' of 'JP¥'), or its code.
    So '$500 CAD' is Canadian dollars and '¥500 JPY' yen, while '€500 USD' names two currencies."""
    cur = table().get(code)
    sign = sign.lower()
    return cur is not None and (sign == code.lower() or any(s == sign or s.endswith(sign) for s in cur.symbols))


def may_name(written: str, code: str) -> bool:
    """Whether a sign or a word as written ('$', 'rs', 'rupees') may stand for `code`: a sign of it
    (`sign_may_name`), or the last word of one of its names ('rupees' of 'sri lankan rupees')."""
    cur = table().get(code)
    return cur is not None and (sign_may_name(written, code)
                                or any(n.split()[-1] == written.lower() for n in cur.names))


def minor_words() -> dict[str, tuple[str, int]]:
    """Minor-unit spellings ('cents', 'p', 'paise') -> (the currency they belong to alone, its minor digits)."""
    return _index()[2]


@lru_cache(maxsize=None)
def _generic() -> dict[str, tuple[str, ...]]:
    """The last word, or two, of names that several currencies share ('peso' of 'mexican peso', 'cfa
    franc' of 'west african cfa franc') -> those codes."""
    words, _, _ = _index()
    found: dict[str, set[str]] = {}
    for name, code in words.items():
        parts = name.split()
        for n in (1, 2):
            if len(parts) > n:
                found.setdefault(" ".join(parts[-n:]), set()).add(code)
    shared = {w: tuple(sorted(cs)) for w, cs in found.items() if len(cs) > 1 and w not in words}
    return shared | {w: tuple(sorted({code for name in names.split("|") for code in shared.get(name, (name,))}))
                     for w, names in SHARED_ABBREVIATIONS.items()}


@lru_cache(maxsize=None)
def _adjectives() -> dict[str, tuple[str, ...]]:
    """The words before a shared name in a currency's own name ('colombian' of 'colombian peso', 'saudi' of
    'saudi riyal') -> the codes they name with it: a text that says 'the Colombian port' or named 'Congolese
    francs' before is about that money when it writes 'pesos' or 'francs' alone."""
    words, _, _ = _index()
    generic, current = _generic(), {code for code, cur in table().items() if not cur.note.startswith("historical")}
    found: dict[str, set[str]] = {}
    for name, code in words.items():
        parts = name.split()
        if code not in current:
            continue  # 'a French charity' says nothing of francs paid in Congo
        for n in (1, 2):
            if len(parts) > n and " ".join(parts[-n:]) in generic:
                found.setdefault(" ".join(parts[:-n]), set()).add(code)
    return {adjective: tuple(sorted(cs)) for adjective, cs in found.items()}


def of_adjective(text: str) -> tuple[str, ...]:
    """The currencies whose own name opens with `text` before a name they share with others ('Colombian' ->
    COP, 'Congolese' -> CDF); () when none does."""
    return _adjectives().get(" ".join(text.lower().replace("’", "'").split()), ())


SHARED_ABBREVIATIONS = {"cfa": "cfa franc", "fcfa": "cfa franc", "dh": "dirham", "dhs": "dirham",
                        "sh": "shilling", "shs": "shilling", "kr": "krone|krona", "sr": "SAR|SCR",
                        "bs": "VES|BOB"}
"""Abbreviations the press of several countries writes, by the shared names or the codes (|-separated) they stand
for: francophone Africa's francs ('FCFA 50,000', '50,000 CFA': XAF or XOF), the Gulf's and Morocco's dirhams
('Dh500', 'DH 500': AED or MAD), East Africa's shillings ('Sh200,000', 'Shs 10,000': KES, TZS, UGX, SOS), the
Nordic crowns ('2.9 million kr', 'kr 500': DKK, ISK, NOK, SEK), 'SR', which the Saudi press writes for the riyal
and the Seychelles for its rupee ('SR 4,000'), and 'Bs', Venezuela's bolívar and Bolivia's boliviano ('Bs. 4,800')."""


SHARED_LETTER_SIGNS = {"k": ("MMK", "MWK", "PGK", "ZMW"), "p": ("BWP", "MOP", "PHP")}
"""One-letter signs of several currencies ('K2.5 billion': kyat, kwacha or kina; 'P1,200': pula, pataca or the
Philippine peso): before a sum, refused naming them, never taken for a name's letter."""


LETTER_SIGNS = {"r": "ZAR", "n": "NGN", "q": "GTQ"}
"""One-letter signs the South African, Nigerian and Guatemalan press write for their money ('R1.2 billion',
'N30,000', 'Q58,000'),
which CLDR's table leaves out as too short: read only glued to a number written as a sum is, with a
thousands separator (a comma or a space), cents or a scale ('R27.58', 'R500 000'; 'R350' may be a road, 'N95' a
mask)."""


LOCAL_MONEY_MARKS: dict[str, tuple[str, ...]] = {
    mark: ("BDT", "INR", "KES", "LKR", "NPR", "PKR", "TZS", "UGX") for mark in ("/-", "/=")}
"""What closes a whole sum in the local money ('65,000/-', 'Shs 10,000/='), as South Asia writes rupees and taka
and East Africa shillings: after a bare number, the money of the place the text is about, or refused."""


def ambiguous(word: str) -> tuple[str, ...]:
    """The codes a bare shared name could mean ('pesos' -> ARS, CLP, COP, MXN, …; 'cfa francs' -> XAF,
    XOF), in the singular or with a plural 's' the names lack ('manats'), or a local money's mark ('/-');
    () when it is not one."""
    if word in LOCAL_MONEY_MARKS:
        return LOCAL_MONEY_MARKS[word]
    generic, word = _generic(), word.lower()
    return generic.get(word) or (generic.get(word[:-1], ()) if word.endswith("s") else ())


_WORD = re.compile(r"[A-Za-z]+")


def named_as(text: str, code: str) -> tuple[str, str, str]:
    """`text` with the first name several currencies share that may be `code` ('riyals' of a Saudi sum, 'CFA
    francs' of a Senegalese one) written as `code`'s own ('Saudi riyals'); that own name and the shared one as
    written, in lower case; (text, '', '') when it has none. A local money's mark ('65,000/-') gets the code before its
    number, the code being the own name and nothing the shared one. For where something else says whose money it is."""
    if any(mark in text for mark in LOCAL_MONEY_MARKS) and (digit := re.search(r"\d", text)):
        return text[:digit.start()] + code + " " + text[digit.start():], code.lower() + " ", ""  # '65,000/-'
    words = list(_WORD.finditer(text))
    for k, first in enumerate(words):
        for last in reversed(words[k:k + 2]):
            shared = " ".join(text[first.start():last.end()].split())
            if code in ambiguous(shared):
                own = spelled_with(code, shared.split()[-1].lower())
                end = last.end() + (shared.lower() in SHARED_ABBREVIATIONS and text[last.end():last.end() + 1] == ".")
                glued = " " if text[end:end + 1].isdigit() else ""  # 'Sh200,000'; 'Bs. 4,800' with its stop
                return text[:first.start()] + own + glued + text[end:], own.lower(), text[first.start():end].lower()
    return text, "", ""


def every_named_as(text: str, code: str) -> tuple[str, list[tuple[str, str]]]:
    """`named_as` for each name several currencies share that may be `code`, left to right ('between Sh3,600 and
    Sh4,000' as the Kenyan shilling at both ends), never inside an own name already written ('Kenyan shilling' holds
    'shilling'); the text and each (own, shared) pair, in lower case, in order."""
    pairs: list[tuple[str, str]] = []
    done = 0
    while True:
        rest, own, shared = named_as(text[done:], code)
        if not own:
            return text, pairs
        text, at = text[:done] + rest, done + rest.lower().find(own)
        pairs.append((own, shared))
        if not shared:
            return text, pairs  # a local money's mark ('65,000/-'): its code is written before the number, once
        done = at + len(own)


def spelled_with(code: str, word: str) -> str:
    """The code's own name ending in `word`, capitalized ('DKK', 'kroner' -> 'Danish kroner'), for a
    message suggesting the unambiguous form; the English name when none ends so."""
    cur = table().get(code)
    found = next((n for n in cur.names if n.split()[-1] == word), None) if cur else None
    if not found:
        return name(code)
    cased = {w.lower(): w for w in cur.name.split()}  # 'uae dirhams' -> 'UAE dirhams', as the name writes it
    found = " ".join(cased.get(w, w) for w in found.split())
    return found[:1].upper() + found[1:]


def name(code: str) -> str:
    """The English name of a code ('Canadian dollar'), or the code itself when the table lacks it."""
    cur = table().get(code)
    return cur.name if cur else code


@lru_cache(maxsize=None)
def _places(path: Path = paths.PLACES) -> dict[str, tuple[str, ...]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["place"]: tuple(c.upper() for c in _split(row["codes"])) for row in csv.DictReader(fh)}


def of_place(text: str) -> tuple[str, ...]:
    """The currencies in use in a country or territory named in English ('Sri Lanka' -> LKR; CLDR's
    names and the common ones of data/places.csv), or () when the text names none."""
    return _places().get(" ".join(text.lower().replace("’", "'").split()).removeprefix("the "), ())


PLACE_WORD = re.compile(r"[^\W\d_][\w.'’-]*+(?![$\d])")
"""A word that may name a place: not the letters of a sign glued to its number ('US' of 'US$142,000')."""


SETTING_BEFORE = re.compile(r"\b(?:in|to|into|within|across|throughout|inside)\s+(?:the\s+)?$", re.I)
"""Before a country, words that make it where a sum is paid ('in Egypt', 'remittances to Nepal'); one named
otherwise is no setting ('brokers charge 20 million won to bring a person from North Korea')."""


@lru_cache(maxsize=64)
def places_named(sentence: str, anywhere: bool = False) -> frozenset[str]:
    """The currencies of the countries a sentence names as where things happen ('in Nepal', 'to North Korea'),
    or as whose they are ("Egypt's minimum wage"), longest name first; `anywhere`: named in any way ('India
    spent')."""
    matches = list(PLACE_WORD.finditer(sentence))
    raw = [m.group().rstrip(".,;:") for m in matches]
    words = [(w.removesuffix("'s").removesuffix("’s"), m.start()) for w, m in zip(raw, matches)]
    codes: set[str] = set()
    i = 0
    while i < len(words):
        found = 1
        if words[i][0][:1].isupper():
            setting = SETTING_BEFORE.search(sentence, max(0, words[i][1] - 20), words[i][1])
            for n in range(min(5, len(words) - i), 0, -1):
                if not setting and not anywhere and raw[i + n - 1] == words[i + n - 1][0]:
                    continue  # neither 'in Egypt' nor "Egypt's"
                named = of_place(" ".join(w for w, _ in words[i:i + n]))
                if named:
                    codes.update(named)
                    found = n
                    break
        i += found
    return frozenset(codes)
