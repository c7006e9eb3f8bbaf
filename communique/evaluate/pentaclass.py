"""PentaClass sentences: the root class of the most confident event."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from communique.evaluate.common import Table, code_texts, best_event, by_half, macro_f1
from communique.models import Event


def pentaclass(event: Event) -> int:
    root = int(event.cameo_root)
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def score_pentaclass(items: list[tuple[int, list[Event]]]) -> Table:
    """Accuracy and macro-F1 of (gold class, coded events) pairs."""
    correct = predicted = 0
    pairs = []
    for label, events in items:
        event = best_event(events)
        guess = str(pentaclass(event)) if event is not None else "none"
        pairs.append((str(label), guess))
        if event is None:
            continue
        predicted += 1
        correct += guess == str(label)
    macro = macro_f1(pairs, [str(c) for c in range(5)])
    return {"sentences": len(items), "sentences with an event coded": predicted,
            "accuracy where coded": correct / predicted if predicted else 0.0,
            "accuracy over all sentences": correct / len(items) if items else 0.0,
            "macro-F1 over all sentences": macro}


def evaluate_pentaclass(path: str | Path, nlp: Language) -> dict[str, Table]:
    rows = [line.rsplit("\t", 1) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    coded = code_texts(((str(i), text, None) for i, (text, _) in enumerate(rows)), nlp)
    items = [(int(label), events) for (_, label), events in zip(rows, coded, strict=True)]
    return by_half([text for text, _ in rows], items, score_pentaclass)
