"""Figures found in articles: claims/extract.py beside quantulum3 on annotated passages, and the time
to read a 5,000-word article (a benchmark, not a test).

    python benchmarks/extract_bench.py [--seeds ../shared/seeds]

Each passage lists its claim figures exactly as an editor would enter them and its distractors
(dates, identifiers, ages, ordinals, phone and page numbers). Printed for both tools:
- recall: claim figures found with the exact span (for quantulum3 also: any span overlapping);
- precision: found spans that are claim figures;
- distractors taken: distractors a found span overlaps, over all distractors.
quantulum3 reads no ranges, open bounds or vague terms, so its exact-span recall is low by design;
the overlap figure shows what it finds at all. Needs benchmarks/requirements.txt (quantulum3).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import extract, ranges  # noqa: E402

PASSAGES = [
    {"style": "wire copy",
     "text": "BANGKOK, March 3 (AP) — At least 2,500 Rohingya refugees have reached Thailand since January, "
             "according to the UN refugee agency. Smugglers charge between $1,500 and $2,000 a head, a Thai "
             "official said on Tuesday. Police arrested 43 suspects in Operation 7 last week. One of them, "
             "Somchai, 52, faces up to 10 years in prison.",
     "figures": ["At least 2,500 Rohingya refugees", "between $1,500 and $2,000 a head", "43 suspects", "up to 10 years"],
     "distractors": ["March 3", "January", "7", "52", "Tuesday"]},
    {"style": "NGO summary",
     "text": "Key findings. Of the 1,136 women we interviewed, nearly half (48 percent) had been sold at least "
             "twice. Two in five were under the age of 18 when first sold. Prices ranged from 3,000 to 20,000 "
             "yuan. See Annex 2 and pages 34-36 for the full data; call +44 20 7946 0958 for interviews.",
     "figures": ["1,136 women", "nearly half", "48 percent", "Two in five", "under the age of 18",
                 "from 3,000 to 20,000\nyuan".replace("\n", " ")],
     "distractors": ["Annex 2", "34-36", "+44 20 7946 0958", "first"]},
    {"style": "court report",
     "text": "The Seoul Central District Court on 14 February 2023 sentenced Lee, 46, to eight years in prison "
             "for selling 12 women to brokers in China between 2015 and 2019. Prosecutors said he earned more "
             "than 200 million won. He was the second defendant convicted under Article 289 of the Criminal Act.",
     "figures": ["eight years", "12 women", "more than 200 million won"],
     "distractors": ["14 February 2023", "46", "between 2015 and 2019", "second", "Article 289"]},
    {"style": "press release",
     "text": "GENEVA, 20 June 2024 — The number of people forcibly displaced rose to 120 million by May, the "
             "12th consecutive annual rise, UNHCR said today. Some 43.4 million are refugees. About 72 percent "
             "live in neighbouring countries. For media enquiries call +41 22 739 8502.",
     "figures": ["120 million", "Some 43.4 million", "About 72 percent"],
     "distractors": ["20 June 2024", "12th", "+41 22 739 8502"]},
    {"style": "interview transcript",
     "text": "Q: How long were you held?\nA: About six months in the camp, then two more years in the "
             "countryside. Maybe 30 or 40 of us were in the same room. I was 23 at the time.\nQ: And the "
             "guards?\nA: They took bribes of a few hundred yuan, sometimes more.",
     "figures": ["About six months", "two more years", "Maybe 30 or 40", "a few hundred yuan"],  # hedges included
     "distractors": ["23"]},
    {"style": "economics report",
     "text": "Remittances to the region reached $2.3bn in 2022, up from $1.9bn a year earlier, the World Bank "
             "estimates. Fees average 6.2 per cent of the amount sent, against the SDG 10 target of 3 per cent. "
             "The 2023 report covers 48 countries.",
     "figures": ["$2.3bn", "$1.9bn", "6.2 per cent", "3 per cent", "48 countries"],
     "distractors": ["2022", "SDG 10", "The 2023 report"]},
    {"style": "crime report",
     "text": "Police recorded 3,990 cases of trafficking last year, a 14% rise. Victims were mostly in their "
             "20s and 30s. Officers seized 1.2 tonnes of methamphetamine on Route 9 at 2 a.m. on 5 May; "
             "tips can be sent to 555-123-4567.",
     "figures": ["3,990 cases", "14%", "in their 20s and 30s", "1.2 tonnes"],
     "distractors": ["Route 9", "2 a.m.", "5 May", "555-123-4567"]},
]
ARTICLE_WORDS = 5_000


def spans_of(text: str, values: list[str]) -> list[tuple[int, int]]:
    out = []
    for v in values:
        at = text.find(v)
        if at < 0:
            raise SystemExit(f"annotation not in its passage: {v!r}")
        out.append((at, at + len(v)))
    return out


def ours(text: str) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in extract.candidates(text)]


def quantulum(text: str) -> list[tuple[int, int]]:
    from quantulum3 import parser as q3

    return [tuple(q.span) for q in q3.parse(text)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(find) -> dict[str, float]:
    gold = found_exact = found_overlap = hits = total = taken = distractors = 0
    for p in PASSAGES:
        figures = spans_of(p["text"], p["figures"])
        noise = spans_of(p["text"], p["distractors"])
        got = find(p["text"])
        gold += len(figures)
        found_exact += sum(f in got for f in figures)
        found_overlap += sum(any(overlaps(f, g) for g in got) for f in figures)
        total += len(got)
        hits += sum(any(overlaps(g, f) for f in figures) for g in got)
        distractors += len(noise)
        taken += sum(any(overlaps(d, g) for g in got) for d in noise)
    return {"recall_exact": found_exact / gold, "recall_overlap": found_overlap / gold,
            "precision": hits / total if total else 0.0, "distractors_taken": taken / distractors,
            "gold": gold, "distractors": distractors}


def article(seeds: Path | None) -> str:
    parts = [p["text"] for p in PASSAGES]
    if seeds and seeds.is_dir():
        parts += [f.read_text(encoding="utf-8") for f in sorted(seeds.glob("*.txt"))]
    text, n = "", 0
    while len(text.split()) < ARTICLE_WORDS:
        text += "\n\n" + parts[n % len(parts)]
        n += 1
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    args = ap.parse_args(argv)
    rows = {"claims/extract.py": measure(ours)}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows["quantulum3"] = measure(quantulum)
    except ImportError:
        print("(quantulum3 not installed: pip install -r benchmarks/requirements.txt)")
    first = next(iter(rows.values()))
    print(f"{len(PASSAGES)} passages in {len({p['style'] for p in PASSAGES})} styles, {first['gold']} claim figures, "
          f"{first['distractors']} distractors\n")
    print(f"{'':<20} {'recall (exact)':>15} {'recall (overlap)':>17} {'precision':>10} {'distractors taken':>18}")
    for name, m in rows.items():
        print(f"{name:<20} {m['recall_exact']:>15.1%} {m['recall_overlap']:>17.1%} {m['precision']:>10.1%} "
              f"{m['distractors_taken']:>18.1%}")
    text = article(Path(args.seeds))
    times = []
    for _ in range(5):
        ranges._parse_cached.cache_clear()
        t = time.perf_counter()
        found = extract.candidates(text)
        times.append(time.perf_counter() - t)
    print(f"\na {len(text.split()):,}-word article: {len(found)} candidates in {statistics.median(times):.2f} s "
          f"(median of 5, parse cache cleared; target < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
