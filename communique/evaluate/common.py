"""What every scoring shares: halves, macro-F1, the best event, coding gold texts, confidence
bands (see communique/evaluate/__init__.py for the definitions)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language

from communique.models import Article, Event
from communique.pipeline import code_articles

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Codes the gold files spell otherwise than the CAMEO country table.
COUNTRY_ALIASES = {"JAP": "JPN"}
HALVES = ("A", "B")
COLUMNS = ("A", "B", "all")
PLV_HEADER = ("sentence", "source", "target", "gold_penta", "gold_root", "marked_sentence")
PLV_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLV_YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# Transnational codes compared whole, not by their first three letters.
WHOLE_CODE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

Table = dict[str, float]
T = TypeVar("T")


def half(key: str) -> str:
    """The half ("A" or "B") a gold item belongs to, from its key (sentence or article id)."""
    return "A" if int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def by_half(keys: Sequence[str], items: Sequence[T],
            score: Callable[[list[T]], Table]) -> dict[str, Table]:
    """`score` over the items of half A, of half B and of all, from one list of items."""
    halves = [half(k) for k in keys]
    return {column: score([item for item, h in zip(items, halves, strict=True)
                           if column == "all" or h == column]) for column in COLUMNS}


def macro_f1(pairs: Iterable[tuple[str, str]], classes: Sequence[str]) -> float:
    """Macro-averaged F1 over `classes` of (gold, predicted) pairs. A prediction outside
    `classes` ("none") is wrong and counts for no class's precision."""
    pairs = list(pairs)
    per_class = {}
    for name in classes:
        tp = sum(1 for g, p in pairs if g == name and p == name)
        predicted = sum(1 for _, p in pairs if p == name)
        gold = sum(1 for g, _ in pairs if g == name)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        per_class[name] = (2 * precision * recall / (precision + recall)
                           if precision + recall else 0.0)
    return sum(per_class.values()) / len(classes) if classes else 0.0


def best_event(events: list[Event]) -> Event | None:
    """The coder's answer for a one-event sentence: its most confident event."""
    asserted = [e for e in events if not e.negated] or events
    return max(asserted, key=lambda e: (e.confidence, e.quad_class), default=None)


def _articles(texts: Iterable[tuple[str, str, str | None]]) -> Iterable[Article]:
    for key, text, date in texts:
        yield Article(id=key, document_id=key, source_path="eval", part=1, title=None,
                      text=text, published=date, date_precision="day" if date else "none")


def code_texts(texts: Iterable[tuple[str, str, str | None]], nlp: Language
               ) -> list[list[Event]]:
    """The events coded from each (id, text, date), in order: one pass of the pipeline."""
    return [events for _, _, events in code_articles(_articles(texts), nlp)]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


# --- PLOVER records --------------------------------------------------------------------------


# Confidence bands: events above 0.8 should be right at least twice as often as those below 0.5.
BANDS = ((0.0, 0.5, "< 0.5"), (0.5, 0.8, "0.5-0.8"), (0.8, 1.01, ">= 0.8"))


def band(confidence: float) -> str:
    return next(name for low, high, name in BANDS if low <= confidence < high)


def band_table(bands: Counter[tuple[str, bool]]) -> Table:
    """Events and precision per confidence band, from (band, right) counts."""
    table: Table = {}
    for _, _, name in BANDS:
        n = bands[(name, True)] + bands[(name, False)]
        table[f"events, confidence {name}"] = n
        table[f"precision, confidence {name}"] = bands[(name, True)] / n if n else 0.0
    return table



def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]
