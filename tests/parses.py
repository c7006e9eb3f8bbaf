"""Hand-built parses for unit tests of the coder and the actor resolver, without the model.

A rule's test should not depend on how the statistical parser happens to parse a sentence:
these build the parse the rule is written for, on `spacy.blank("en")`.

    doc = parse('''
        Turkey    NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Iraq      NNP  dobj   1
        .         .    punct  1
    ''', actors={0: "TUR", 2: "IRQ"})

One token a line: word, Penn tag, dependency, head (the head's 0-based line number), and
optionally the lemma (default: the word in lower case). The coarse part of speech follows
from the tag (an `aux` is AUX). `make_doc` takes the same facts as lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import communique.nlp.factories  # noqa: F401  (registers the Doc extensions)
from communique.models import Actor, Mention

TAG_POS = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB",
           "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB",
           "MD": "AUX", "IN": "ADP", "DT": "DET", "JJ": "ADJ", "RB": "ADV", "PRP": "PRON",
           "PRP$": "PRON", ".": "PUNCT", ",": "PUNCT", "CC": "CCONJ", "TO": "PART",
           "CD": "NUM", "POS": "PART", "RP": "ADP", "WDT": "PRON", "WP": "PRON", "EX": "PRON"}
AUX_DEPS = {"aux", "auxpass"}
NO_SPACE_BEFORE = {".", ",", "?", "!", "'s", "n't", ":", ";"}


@cache
def blank() -> Language:
    return spacy.blank("en")


def make_doc(words: Sequence[str], heads: Sequence[int], deps: Sequence[str], *,
             tags: Sequence[str] | None = None, pos: Sequence[str] | None = None,
             lemmas: Sequence[str] | None = None,
             ents: Sequence[tuple[int, int, str]] = (),
             actors: Mapping[int | tuple[int, int], str | Actor] | None = None,
             published: str | None = "2024-05-10", precision: str = "day",
             dateline: str | None = None, byline: Sequence[str] = ()) -> Doc:
    """A parsed Doc: `heads` are absolute token indices, `ents` (start, end, label) token
    ranges, `actors` token index (or range) → a CAMEO code or an Actor, set as
    `doc._.mentions` for the coder."""
    tags = list(tags) if tags is not None else ["NN"] * len(words)
    if pos is None:
        pos = ["AUX" if d in AUX_DEPS else TAG_POS.get(t, "X")
               for t, d in zip(tags, deps, strict=True)]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE
              for i in range(len(words))]
    doc = Doc(blank().vocab, words=list(words), spaces=spaces, heads=list(heads),
              deps=list(deps), tags=tags, pos=list(pos),
              lemmas=list(lemmas) if lemmas is not None else [w.lower() for w in words])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc._.published, doc._.date_precision = published, precision if published else "none"
    doc._.dateline, doc._.byline = dateline, list(byline)
    doc._.mentions = [_mention(doc, where, who) for where, who in (actors or {}).items()]
    return doc


def parse(table: str, **facts) -> Doc:
    """A Doc from a table of tokens (see the module's docstring); `facts` go to make_doc."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    return make_doc([r[0] for r in rows], [int(r[3]) for r in rows], [r[2] for r in rows],
                    tags=[r[1] for r in rows],
                    lemmas=[r[4] if len(r) > 4 else r[0].lower() for r in rows], **facts)


def actor(code: str | None, name: str | None = None, kind: str = "country") -> Actor:
    """An actor with a CAMEO code: country and sector read off the code."""
    country = code[:3] if code else None
    return Actor(name=name or code or "?", code=code, country=country,
                 sector=(code[3:6] or None) if code else None, kind=kind,
                 id=f"{kind}:{name or code}")


def _mention(doc: Doc, where: int | tuple[int, int], who: str | Actor) -> Mention:
    start, end = (where, where + 1) if isinstance(where, int) else where
    span = doc[start:end]
    who = actor(who) if isinstance(who, str) else who
    return Mention(span.text, span.start_char, span.end_char, who)


def events_of(patterns: Sequence[Mapping]):
    """A function giving a doc's events under an event coder with just these patterns."""
    from communique.nlp.coding import EventCoder
    from communique.nlp.patterns import Pattern, PatternSet

    coder = EventCoder(blank())
    coder.patterns = PatternSet([Pattern(**p) for p in patterns])
    return lambda doc: coder(doc)._.events


def summary(events) -> list[tuple]:
    """(source codes, CAMEO code, target codes) of each event, for exact comparisons."""
    return [([m.actor.code for m in e.source], e.cameo, [m.actor.code for m in e.target])
            for e in events]
