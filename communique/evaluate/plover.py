"""PLOVER gold records: type, source and target of the most confident event."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from communique.evaluate.common import (
    COLUMNS,
    COUNTRY_ALIASES,
    PLOVER_05,
    Table,
    code_texts,
    _read_jsonl,
    band,
    band_table,
    best_event,
    half,
)
from communique.models import Event


@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    type_correct: int = 0
    full_correct: int = 0
    any_type: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    bands: Counter[tuple[str, bool]] = field(default_factory=Counter)

    def table(self) -> Table:
        precision = self.full_correct / self.predicted if self.predicted else 0.0
        recall = self.full_correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold events": self.gold, "sentences with an event coded": self.predicted,
            "type recall": self.type_correct / self.gold if self.gold else 0.0,
            "type recall (any event in sentence)": self.any_type / self.gold if self.gold
            else 0.0,
            "type+source+target recall": recall, "type+source+target precision": precision,
            "type+source+target F1": f1, **band_table(self.bands)}



def _countries(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    codes = (str(a.get("code", ""))[:3].upper() for a in actors)
    return frozenset(COUNTRY_ALIASES.get(c, c) for c in codes if c)


def _event_countries(mentions: list) -> frozenset[str]:
    return frozenset((m.actor.country or (m.actor.code or "")[:3]) if m.actor.kind != "igo"
                     else m.actor.code[:3] for m in mentions)


def score_plover(items: list[tuple[dict[str, Any], list[Event]]]) -> Scores:
    """Scores of PLOVER gold records, each with the events coded from its text."""
    scores = Scores(gold=len(items))
    for record, events in items:
        gold_type = PLOVER_05.get(record["event"], record["event"])
        scores.any_type += any(e.plover == gold_type for e in events)
        event = best_event(events)
        scores.confusion[(gold_type, event.plover or "-" if event else "none")] += 1
        if event is None:
            continue
        scores.predicted += 1
        right = event.plover == gold_type and \
            _event_countries(event.source) == _countries(record.get("source")) and \
            _event_countries(event.target) == _countries(record.get("target"))
        scores.bands[(band(event.confidence), right)] += 1
        scores.type_correct += event.plover == gold_type
        scores.full_correct += right
    return scores



def evaluate_plover(path: str | Path, nlp: Language) -> dict[str, Scores]:
    """Scores per half ("A", "B", "all") of a PLOVER gold file."""
    records = [r for r in _read_jsonl(path) if r.get("event") and r.get("text")]
    coded = code_texts(((r["id"], r["text"], r.get("date")) for r in records), nlp)
    items = list(zip(records, coded, strict=True))
    keys = [r["text"] for r in records]
    halves = [half(k) for k in keys]
    return {column: score_plover([item for item, h in zip(items, halves, strict=True)
                                  if column == "all" or h == column]) for column in COLUMNS}
