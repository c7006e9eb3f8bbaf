"""Codebook sentences: short made-up sentences in the plain forms of each CAMEO code, each with
its expected code, source and target (tests/gold/codebook_sentences.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from communique.evaluate.common import Table, code_texts, best_event, by_half
from communique.evaluate.news import dyads, actor_agrees
from communique.models import Event

CODEBOOK_HEADER = ("sentence", "root", "code", "source", "target")


@dataclass(slots=True, frozen=True)
class CodebookSentence:
    sentence: str
    root: str
    code: str
    source: str
    target: str


def is_codebook(path: str | Path) -> bool:
    with open(path, encoding="utf-8") as lines:
        header = tuple(next(lines, "").rstrip("\r\n").split("\t"))
    return header == CODEBOOK_HEADER


def read_codebook(path: str | Path) -> list[CodebookSentence]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()[1:]
    return [CodebookSentence(*(line.split("\t") + [""] * 5)[:5]) for line in lines
            if line.strip()]


def answer(events: list[Event]) -> Event | None:
    """The coder's answer for a codebook sentence: its most confident asserted event (a
    negated action is no happening; a refusal is coded 12x)."""
    return best_event([e for e in events if not e.negated])


def dyad_right(gold: CodebookSentence, event: Event | None) -> bool:
    """Whether one of the event's source–target pairs agrees with the gold pair (as the news
    gold compares actors: by country, known groups and transnational codes whole)."""
    return event is not None and any(
        actor_agrees(gold.source, source) and actor_agrees(gold.target, target)
        for source, target in dyads(event))


def score_codebook(items: list[tuple[CodebookSentence, list[Event]]]) -> Table:
    """Root, code and dyad accuracy of the answers, over all sentences."""
    answers = [(gold, answer(events)) for gold, events in items]
    root = [e is not None and e.cameo_root == g.root for g, e in answers]
    code = [e is not None and e.cameo[:3] == g.code for g, e in answers]
    dyad = [dyad_right(g, e) for g, e in answers]

    def share(hits: list[bool]) -> float:
        return sum(hits) / len(hits) if hits else 0.0

    return {"sentences": len(answers),
            "sentences with an event coded": sum(e is not None for _, e in answers),
            "root accuracy": share(root), "code accuracy": share(code),
            "dyad accuracy": share(dyad),
            "root+dyad accuracy": share([r and d for r, d in zip(root, dyad, strict=True)])}


def code_codebook(path: str | Path,
                  nlp: Language) -> list[tuple[CodebookSentence, list[Event]]]:
    """Each codebook sentence with the events coded from it (one pass of the pipeline)."""
    rows = read_codebook(path)
    coded = code_texts(((str(i), row.sentence, "2021-06-01") for i, row in enumerate(rows)), nlp)
    return list(zip(rows, coded, strict=True))


def evaluate_codebook(path: str | Path, nlp: Language) -> dict[str, Table]:
    items = code_codebook(path, nlp)
    return by_half([gold.sentence for gold, _ in items], items, score_codebook)
