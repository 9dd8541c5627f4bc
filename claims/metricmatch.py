"""Which metric of data/metrics.csv a sentence's figure fits best: the words it shares with each metric's
label, description and claims, weighted by how rare they are, among the metrics whose unit the figure can be
in. A suggestion for the editor, who picks the metric."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claims import units
from claims.ranges import Range

STOP = frozenset("the a an of in on for to and or is are was were be by with as at from that this who which "
                 "their its his her they it than more less about per each".split())


def _words(text: str) -> list[str]:
    return [_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in STOP and len(w) > 2]


def _stem(word: str) -> str:
    """'trafficked', 'trafficking' and 'traffickers' as one word, 'sentences' as 'sentence'."""
    for suffix, to in (("ies", "y"), ("ing", ""), ("ers", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)] + to
    return word


@dataclass(frozen=True)
class MetricIndex:
    """Each metric's words (label, description, its claims' values and quotes), weighted by rarity."""

    vectors: dict[str, Counter]
    idf: dict[str, float]
    units: dict[str, str]


def metric_index(metrics: Iterable[Mapping[str, str]], table: Iterable[Mapping[str, str]] = ()) -> MetricIndex:
    """An index over `metrics` rows (metric, label, description, unit) and claims rows (metric, value, quote)."""
    docs: dict[str, Counter] = {}
    unit_of: dict[str, str] = {}
    for m in metrics:
        docs[m["metric"]] = Counter(_words(f"{m.get('label', '')} {m.get('label', '')} {m.get('description', '')}"))
        unit_of[m["metric"]] = (m.get("unit") or "").strip()
    for row in table:
        if row.get("metric") in docs:
            docs[row["metric"]].update(_words(f"{row.get('quote', '')} {row.get('subject', '')}"))
    n = max(len(docs), 1)
    df = Counter(w for d in docs.values() for w in d)
    idf = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}
    return MetricIndex(docs, idf, unit_of)


def best_metric(index: MetricIndex, sentence: str, reading: Range) -> str:
    """The metric whose words the sentence shares most (cosine of idf weights) among those whose
    unit the reading can be in; "" when none shares enough."""
    words = Counter(_words(sentence))
    if not words:
        return ""
    best, best_score = "", 0.0
    qn = math.sqrt(sum((c * index.idf.get(w, 1.0)) ** 2 for w, c in words.items()))
    for metric, doc in index.vectors.items():
        if not _unit_fits(reading.unit, index.units.get(metric, "")):
            continue
        if reading.counted and not reading.unit and index.units.get(metric):
            continue  # "17 strategies": a count of what the noun table gives no unit is not the metric's
        dot = sum(c * doc[w] * index.idf.get(w, 1.0) ** 2 for w, c in words.items() if w in doc)
        dn = math.sqrt(sum((c * index.idf.get(w, 1.0)) ** 2 for w, c in doc.items())) or 1.0
        score = dot / (qn * dn)
        if score > best_score:
            best, best_score = metric, score
    return best if best_score >= 0.12 else ""


def _unit_fits(reading_unit: str, metric_unit: str) -> bool:
    if not reading_unit or not metric_unit:
        return True
    try:
        return units.dimension_key(reading_unit) == units.dimension_key(units.canonical_unit(metric_unit))
    except Exception:  # noqa: BLE001 - a metric unit the registry does not know fits nothing
        return False
