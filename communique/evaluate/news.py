"""The project's own real-news gold: root+dyad precision and recall, dates, events per
article."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from communique.errors import CommuniqueError
from communique.evaluate.common import (
    COUNTRY_ALIASES,
    WHOLE_CODE_PREFIXES,
    Table,
    code_texts,
    _overlaps,
    _read_jsonl,
    band,
    band_table,
    by_half,
)
from communique.models import Event, Mention


@cache
def _known_groups() -> frozenset[str]:
    from communique.cameo import _data  # the CAMEO tables shipped with the package

    def codes(name: str) -> set[str]:
        return {line.split("\t")[0].strip() for line in _data(name).splitlines()[1:]
                if line.strip()}
    return frozenset(codes("CAMEO.knowngroup.txt") - codes("CAMEO.actortype.txt"))


def actor_key(code: str | None) -> str:
    """What two actor codes are compared by: the country (first three letters), or the whole
    code for transnational actors and country + known group (see the module docstring)."""
    code = (code or "").strip().upper()  # None: an actor named but not coded
    if not code or code == "---":
        return ""
    if code.startswith(WHOLE_CODE_PREFIXES):
        return code
    country = COUNTRY_ALIASES.get(code[:3], code[:3])
    if code[3:6] in _known_groups():
        return country + code[3:6]
    return country


def actor_agrees(gold: str, mention: Mention | None) -> bool:
    if gold == "":
        return mention is None
    if mention is None:
        return False
    if gold == "---":
        return actor_key(mention.actor.code) == ""
    return actor_key(mention.actor.code) == actor_key(gold) != ""


def event_matches(gold: dict[str, Any], event: Event, source: Mention | None,
                  target: Mention | None) -> bool:
    start, end = gold["sentence"]
    return _overlaps(event.span[0], event.span[1], start, end) and \
        event.cameo_root == gold["root"] and actor_agrees(gold["source"], source) and \
        actor_agrees(gold["target"], target)


def dyads(event: Event) -> list[tuple[Mention | None, Mention | None]]:
    """Each source–target pair of an event (None for an empty side)."""
    sources: list[Mention | None] = [*event.source] or [None]
    targets: list[Mention | None] = [*event.target] or [None]
    return [(s, t) for s in sources for t in targets]


def match_article(gold: list[dict[str, Any]], events: list[Event]) -> dict[int, int]:
    """A maximum one-to-one matching of gold events to predicted dyads: gold index → index of
    the predicted event whose dyad it matched."""
    units = [(i, s, t) for i, e in enumerate(events) for s, t in dyads(e)]
    options = [[u for u, (i, s, t) in enumerate(units) if event_matches(g, events[i], s, t)]
               for g in gold]
    owner: dict[int, int] = {}  # unit → gold

    def augment(g: int, seen: set[int]) -> bool:
        for u in options[g]:
            if u in seen:
                continue
            seen.add(u)
            if u not in owner or augment(owner[u], seen):
                owner[u] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: units[u][0] for u, g in owner.items()}


def date_right(gold: dict[str, Any], event: Event) -> bool:
    """The event's date equals the gold date at the gold date's precision."""
    if not gold.get("date"):
        return not event.date
    return bool(event.date) and (event.date or "")[:len(gold["date"])] == gold["date"]


def score_news(items: list[tuple[dict[str, Any], list[Event]]]) -> Table:
    """Root+dyad precision and recall, date accuracy and events per article of gold
    articles, each with its predicted events."""
    gold_n = predicted_n = matched_gold = matched_predicted = dated = dated_right = 0
    bands: Counter[tuple[str, bool]] = Counter()
    for article, events in items:
        events = [e for e in events if not e.negated]
        gold = article["events"]
        matching = match_article(gold, events)
        gold_n += len(gold)
        predicted_n += len(events)
        matched_gold += len(matching)
        matched = set(matching.values())
        matched_predicted += len(matched)
        for i, event in enumerate(events):
            bands[(band(event.confidence), i in matched)] += 1
        for g, i in matching.items():
            if gold[g].get("date_in_sentence"):
                dated += 1
                dated_right += date_right(gold[g], events[i])
    n = len(items)
    predicted_mean = predicted_n / n if n else 0.0
    gold_mean = gold_n / n if n else 0.0
    return {"articles": n, "gold events": gold_n, "predicted events": predicted_n,
            "root+dyad precision": matched_predicted / predicted_n if predicted_n else 0.0,
            "root+dyad recall": matched_gold / gold_n if gold_n else 0.0,
            "dated in sentence, matched": dated,
            "date accuracy": dated_right / dated if dated else 0.0,
            "events per article (predicted)": predicted_mean,
            "events per article (gold)": gold_mean,
            "events per article ratio": predicted_mean / gold_mean if gold_mean else 0.0,
            **band_table(bands)}


def is_news_gold(path: str | Path) -> bool:
    if not str(path).endswith((".jsonl", ".json")):
        return False
    with open(path, encoding="utf-8") as lines:
        first = next((line for line in lines if line.strip()), "")
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and "article" in record and "events" in record


def require_texts(path: str | Path, texts: str | Path | None) -> str | Path:
    """The news file for a news gold file; E028 when it is not given or not there."""
    if texts is None:
        raise CommuniqueError("E028", path=path, detail="no --texts given")
    if not Path(texts).is_file():
        raise CommuniqueError("E028", path=path, detail=f"{texts} does not exist")
    return texts


def evaluate_news(path: str | Path, texts: str | Path | None,
                  nlp: Language) -> dict[str, Table]:
    texts = require_texts(path, texts)
    gold = _read_jsonl(path)
    wanted = {a["article"] for a in gold}
    found = {r["id"]: r for r in _read_jsonl(texts) if r.get("id") in wanted}
    missing = [a["article"] for a in gold if a["article"] not in found]
    if missing:
        raise CommuniqueError("E028", path=path, detail=f"{len(missing)} of its articles are "
                              f"not in {texts}, e.g. {missing[0]!r}")
    coded = code_texts(((a["article"], found[a["article"]]["text"], a.get("published"))
                   for a in gold), nlp)
    return by_half([a["article"] for a in gold], list(zip(gold, coded, strict=True)),
                   score_news)
