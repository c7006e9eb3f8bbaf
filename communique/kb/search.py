"""Finding knowledge-base entries by a name spelled any way ("Haniya" → Ismail Haniyeh)."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from communique.kb import KnowledgeBase, name_key, packaged
from communique.kb.names import name_skeleton
from communique.kb.schema import Entry

MIN_SCORE = 85


def search(name: str, kb: KnowledgeBase | None = None) -> list[Entry]:
    """Entries named `name`; else those with it as one word of a name; else those sharing its
    transliteration skeleton; else the closest fuzzy matches. People first."""
    kb = kb or packaged()
    key, skel = name_key(name), name_skeleton(name)
    tiers = [
        lambda e, names: True,
        lambda e, names: key in {w for n in names for w in name_key(n).split()},
        lambda e, names: len(skel) >= 4 and (skel in {name_skeleton(n) for n in names} or (
            " " not in skel and skel in {s for n in names for s in name_skeleton(n).split()})),
    ]
    candidates = kb.lookup(name)
    for number, test in enumerate(tiers):
        pool = candidates if number == 0 else kb.entries
        found = [e for e in pool if test(e, (e.name, *e.aliases))]
        if found:
            return _ordered(found)
    choices = {i: name_key(e.name) for i, e in enumerate(kb.entries)}
    hits = process.extract(key, choices, scorer=fuzz.WRatio, limit=5, score_cutoff=MIN_SCORE)
    return _ordered([kb.entries[i] for _, _, i in hits])


def _ordered(entries: list[Entry]) -> list[Entry]:
    unique = {id(e): e for e in entries}
    return sorted(unique.values(), key=lambda e: (e.kind != "person", e.name))
