"""BIO source/target spans: how many the resolver codes, and with which country."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from communique.evaluate.common import Table, _articles, by_half
from communique.kb import name_key
from communique.models import Mention
from communique.pipeline import code_articles


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


def evaluate_actor_spans(path: str | Path, nlp: Language) -> dict[str, Table]:
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
    items = [(text, spans, mentions) for (text, spans), (_, mentions, _) in
             zip(sentences, coded, strict=True)]

    def score(items: list[tuple[str, list[tuple[int, int, str]], list[Mention]]]) -> Table:
        total = resolved = explicit = agree = 0
        for text, spans, mentions in items:
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
                "spans resolved to an actor with a country": resolved / total if total
                else 0.0,
                "spans naming a country in their own words": explicit,
                "of those, resolved to that country": agree / explicit if explicit else 0.0}

    return by_half([text for text, _ in sentences], items, score)
