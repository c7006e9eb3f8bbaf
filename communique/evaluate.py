"""Scoring the coder on gold files (`communique eval FILE`).

PLOVER gold records (`.jsonl`, one event per sentence): each sentence is coded as an article
dated with the record's date; the coder's most confident event is its answer. PLOVER 0.5
labels are mapped to the current types (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE →
ACCUSE, FIGHT → ASSAULT). Actors are compared by country code (the first three letters of a
CAMEO code: IGO, NGO and regions included); a missing target matches a missing target only.

PentaClass files (`sentence<TAB>label`, 0 = statements and appeals (CAMEO 01–02), 1 = verbal
cooperation (03–05), 2 = material cooperation (06–08), 3 = verbal conflict (09–13),
4 = material conflict (14–20)): the root of the most confident event gives the class.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from communique.kb import name_key
from communique.models import Article, Event
from communique.pipeline import code_articles

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Codes the gold files spell otherwise than the CAMEO country table.
COUNTRY_ALIASES = {"JAP": "JPN"}


@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    type_correct: int = 0
    full_correct: int = 0
    any_type: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def table(self) -> dict[str, float]:
        precision = self.full_correct / self.predicted if self.predicted else 0.0
        recall = self.full_correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold events": self.gold, "sentences with an event coded": self.predicted,
            "type recall": self.type_correct / self.gold if self.gold else 0.0,
            "type recall (any event in sentence)": self.any_type / self.gold if self.gold
            else 0.0,
            "type+source+target recall": recall, "type+source+target precision": precision,
            "type+source+target F1": f1}


def _countries(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    codes = (str(a.get("code", ""))[:3].upper() for a in actors)
    return frozenset(COUNTRY_ALIASES.get(c, c) for c in codes if c)


def _event_countries(mentions: list) -> frozenset[str]:
    return frozenset((m.actor.country or (m.actor.code or "")[:3]) if m.actor.kind != "igo"
                     else m.actor.code[:3] for m in mentions)


def best_event(events: list[Event]) -> Event | None:
    """The coder's answer for a one-event sentence: its most confident event."""
    asserted = [e for e in events if not e.negated] or events
    return max(asserted, key=lambda e: (e.confidence, e.quad_class), default=None)


def _articles(texts: Iterable[tuple[str, str, str | None]]) -> Iterable[Article]:
    for key, text, date in texts:
        yield Article(id=key, document_id=key, source_path="eval", part=1, title=None,
                      text=text, published=date, date_precision="day" if date else "none")


def evaluate_plover(path: str | Path, nlp: Language) -> Scores:
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    records = [r for r in records if r.get("event") and r.get("text")]
    scores = Scores(gold=len(records))
    coded = code_articles(_articles((r["id"], r["text"], r.get("date")) for r in records), nlp)
    for record, (_, _, events) in zip(records, coded, strict=True):
        gold_type = PLOVER_05.get(record["event"], record["event"])
        scores.any_type += any(e.plover == gold_type for e in events)
        event = best_event(events)
        scores.confusion[(gold_type, event.plover or "-" if event else "none")] += 1
        if event is None:
            continue
        scores.predicted += 1
        if event.plover != gold_type:
            continue
        scores.type_correct += 1
        if _event_countries(event.source) == _countries(record.get("source")) and \
                _event_countries(event.target) == _countries(record.get("target")):
            scores.full_correct += 1
    return scores


def pentaclass(event: Event) -> int:
    root = int(event.cameo_root)
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def evaluate_pentaclass(path: str | Path, nlp: Language) -> dict[str, float]:
    rows = [line.rsplit("\t", 1) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    coded = code_articles(_articles((str(i), text, None) for i, (text, _) in enumerate(rows)),
                          nlp)
    correct = predicted = 0
    per_class: Counter[tuple[int, str]] = Counter()
    for (_, label), (_, _, events) in zip(rows, coded, strict=True):
        event = best_event(events)
        if event is None:
            continue
        predicted += 1
        hit = pentaclass(event) == int(label)
        correct += hit
        per_class[(int(label), "hit" if hit else "miss")] += 1
    return {"sentences": len(rows), "sentences with an event coded": predicted,
            "accuracy where coded": correct / predicted if predicted else 0.0,
            "accuracy over all sentences": correct / len(rows) if rows else 0.0}


def evaluate(path: str | Path, nlp: Language) -> dict[str, float]:
    """Score the coder on a gold file, choosing the scoring by its format."""
    if str(path).endswith(".tsv"):
        return evaluate_pentaclass(path, nlp)
    if str(path).endswith(".txt"):
        return evaluate_actor_spans(path, nlp)
    return evaluate_plover(path, nlp).table()


def read_bio(path: str | Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of a token-per-line BIO file as (text, [(start, end, label)]) with the
    tokens joined by spaces; labels S (source) and T (target) are kept."""
    sentences = []
    tokens: list[tuple[str, str]] = []
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            tokens.append((word, tag))
            continue
        if tokens:
            sentences.append(_bio_sentence(tokens))
            tokens = []
    return sentences


def _bio_sentence(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, pos = [], [], 0
    current: list[int] | None = None
    for word, tag in tokens:
        start = pos
        text.append(word)
        pos += len(word) + 1
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = [start, start + len(word)]
            spans.append((current, kind))
        elif tag.startswith("I-") and current is not None:
            current[1] = start + len(word)
        else:
            current = None
    return " ".join(text), [(s[0], s[1], k) for s, k in spans if k in {"S", "T"}]


def _ngram_keys(text: str, longest: int = 3) -> set[str]:
    words = text.split()
    return {name_key(" ".join(words[i:i + n])) for n in range(1, longest + 1)
            for i in range(len(words) - n + 1)}


def evaluate_actor_spans(path: str | Path, nlp: Language) -> dict[str, float]:
    """For gold source/target spans: how many the resolver codes with a country, and how many
    of those agree with a country the span's own words name (the file has no gold country
    codes, so agreement is checked against the span's explicit country words only)."""
    from communique.kb import packaged

    named = {}
    for entry in packaged().entries:
        if entry.kind in {"country", "capital"}:
            for name in (entry.name, *entry.aliases):
                named[name_key(name)] = entry.country
    sentences = read_bio(path)
    coded = code_articles(_articles((str(i), text, None) for i, (text, _) in
                                    enumerate(sentences)), nlp)
    total = resolved = explicit = agree = 0
    for (text, spans), (_, mentions, _) in zip(sentences, coded, strict=True):
        for start, end, _ in spans:
            total += 1
            overlapping = [m for m in mentions if m.start < end and start < m.end and
                           (m.actor.country or m.actor.kind == "igo")]
            words = {named[k] for k in _ngram_keys(text[start:end]) if named.get(k)}
            if overlapping:
                resolved += 1
            if words:
                explicit += 1
                agree += any(m.actor.country in words for m in overlapping)
    return {"gold spans": total,
            "spans resolved to an actor with a country": resolved / total if total else 0.0,
            "spans naming a country in their own words": explicit,
            "of those, resolved to that country": agree / explicit if explicit else 0.0}
