"""PLV source–target pairs: dyads found and their PLOVER types."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from communique.evaluate.common import (
    PLOVER_05,
    PLV_TYPES,
    PLV_YIELD,
    Table,
    code_texts,
    _overlaps,
    best_event,
    by_half,
    macro_f1,
)
from communique.models import Event, Mention


@dataclass(slots=True)
class PlvPair:
    sentence: str
    sources: list[tuple[int, int]]
    targets: list[tuple[int, int]]
    gold: str


_TAG = re.compile(r"</?[st]>")


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The plain sentence of a `<s>…</s>`/`<t>…</t>` marked sentence, with the offsets of its
    source and target runs in the plain text."""
    plain: list[str] = []
    pos = 0
    spans: dict[str, list[tuple[int, int]]] = {"s": [], "t": []}
    opened: dict[str, int] = {}
    last = 0
    for match in _TAG.finditer(marked):
        plain.append(marked[last:match.start()])
        pos += match.start() - last
        last = match.end()
        tag = match.group()
        if tag.startswith("</"):
            start = opened.pop(tag[2], None)
            if start is not None and pos > start:
                spans[tag[2]].append((start, pos))
        else:
            opened[tag[1]] = pos
    plain.append(marked[last:])
    return "".join(plain), spans["s"], spans["t"]


def plv_type(event: Event | None) -> str:
    """An event's type in PLV's 15 (CONCEDE and RETREAT are YIELD); "none" for no type."""
    if event is None or not event.plover:
        return "none"
    return PLV_YIELD.get(event.plover, PLOVER_05.get(event.plover, event.plover))


def _side_covered(mentions: list[Mention], spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return not mentions
    return any(_overlaps(m.start, m.end, s, e) for m in mentions for s, e in spans)


def covers(event: Event, pair: PlvPair) -> bool:
    """Whether the event's source and target overlap the pair's gold source and target."""
    return _side_covered(event.source, pair.sources) and \
        _side_covered(event.target, pair.targets)


def score_plv(items: list[tuple[PlvPair, list[Event]]]) -> Table:
    """Dyad, type and macro-F1 figures of PLV pairs, each with the events of its sentence."""
    found = type_right = 0
    pairs = []
    for pair, events in items:
        covering = [e for e in events if covers(e, pair)]
        guess = plv_type(best_event(covering) or best_event(events))
        pairs.append((pair.gold, guess))
        if covering:
            found += 1
            type_right += guess == pair.gold
    macro = macro_f1(pairs, PLV_TYPES)
    n = len(items)
    return {"pairs": n, "dyad found": found / n if n else 0.0,
            "type right where found": type_right / found if found else 0.0,
            "end-to-end recall": type_right / n if n else 0.0,
            "root macro-F1": macro}


def read_plv(path: str | Path) -> list[PlvPair]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    pairs = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t"), strict=False))
        plain, sources, targets = parse_marked(row["marked_sentence"])
        sentence = row["sentence"]
        if plain != sentence:  # tags that do not strip back to the sentence: find the texts
            sources = _find(sentence, row["source"])
            targets = _find(sentence, row["target"])
        pairs.append(PlvPair(sentence, sources, targets, row["gold_root"]))
    return pairs


def _find(sentence: str, text: str) -> list[tuple[int, int]]:
    at = sentence.find(text) if text else -1
    return [(at, at + len(text))] if at >= 0 else []


def evaluate_plv(path: str | Path, nlp: Language) -> dict[str, Table]:
    pairs = read_plv(path)
    coded = code_texts(((str(i), p.sentence, None) for i, p in enumerate(pairs)), nlp)
    return by_half([p.sentence for p in pairs], list(zip(pairs, coded, strict=True)),
                   score_plv)
