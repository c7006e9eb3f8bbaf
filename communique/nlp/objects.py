"""Classes of what a verb governs, for patterns whose CAMEO sense depends on it (the
`object_class` and `exclude_object_class` constraints of communique/nlp/patterns.py).

A phrase's classes come from
- the resolved actor it names: a person → person; a country or capital → polity and place;
  an international or other organisation → organisation; an armed group, or an actor of a
  military, police, rebel or insurgent sector → force; a place → place;
- its entity label: PERSON and NORP → person; GPE → polity and place; LOC and FAC → place;
  ORG → organisation; LAW → document;
- its head's lemma in the word lists of `communique/data/patterns/object_classes.json`
  (a user file of the same shape replaces the lists of the classes it names);
- its head noun as an agent word of data/actors/agents.tsv ("general", "envoy") → person,
  and force for a military, police, rebel or insurgent sector.
A phrase may have several classes or none. The class `happening` (an attack, a blast, a
clash) is no actor: a place its phrase names is where it happened, not who did it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from communique.errors import CommuniqueError
from communique.kb.agents import sector_of
from communique.models import Mention
from communique.nlp.patterns import OBJECT_CLASSES

FORCE_SECTORS = {"MIL", "COP", "REB", "INS", "SPY", "UAF"}
KIND_CLASSES = {"person": ("person",), "country": ("polity", "place"),
                "capital": ("polity", "place"), "igo": ("organisation",),
                "organisation": ("organisation",), "place": ("place",)}
LABEL_CLASSES = {"PERSON": ("person",), "NORP": ("person",), "GPE": ("polity", "place"),
                 "LOC": ("place",), "FAC": ("place",), "ORG": ("organisation",),
                 "LAW": ("document",)}


def read_object_classes(path: str | Path, text: str | None = None) -> dict[str, frozenset[str]]:
    """A word-list file's classes; raise E016 when it is not an object of known classes
    holding lists of words."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the file must hold one JSON object")
        out = {}
        for name, words in data.items():
            if name.startswith("_"):
                continue
            if name not in OBJECT_CLASSES:
                raise ValueError(f"unknown class {name!r}; known: {', '.join(OBJECT_CLASSES)}")
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise ValueError(f"class {name!r} must be a list of words")
            out[name] = frozenset(w.lower() for w in words)
        return out
    except ValueError as exc:
        raise CommuniqueError("E016", path=str(path), detail=str(exc)) from exc


@cache
def packaged_object_classes() -> dict[str, frozenset[str]]:
    item = resources.files("communique.data").joinpath("patterns", "object_classes.json")
    return read_object_classes("object_classes.json", item.read_text(encoding="utf-8"))


def load_object_classes(user_files: Iterable[str | Path] = ()) -> dict[str, frozenset[str]]:
    """The packaged word lists, each class replaced by a user file that names it."""
    classes = dict(packaged_object_classes())
    for path in user_files:
        classes.update(read_object_classes(path))
    return classes


def classes_of(head: Token, mentions: dict[int, Mention],
               words: dict[str, frozenset[str]]) -> set[str]:
    """The classes of the phrase headed by `head`."""
    found: set[str] = set()
    mention = mentions.get(head.i)
    if mention is not None:
        actor = mention.actor
        found.update(KIND_CLASSES.get(actor.kind, ()))
        if actor.kind == "group" or (actor.sector or "")[:3] in FORCE_SECTORS:
            found.add("force")
    found.update(LABEL_CLASSES.get(head.ent_type_, ()))
    lemma = head.lemma_.lower()
    found.update(name for name, lemmas in words.items() if lemma in lemmas)
    agent = sector_of([head.text]) if head.pos_ == "NOUN" else None
    if agent is not None:  # "a general", "the envoy": a person, of a force for some sectors
        found.update(("person", "force") if agent[1] in FORCE_SECTORS else ("person",))
    return found
