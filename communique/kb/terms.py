"""Date clues from office holders named with their titles.

"The president of X, Y, said" can only have been written while Y held that office: each
such mention gives the days of that role (see clean/dates.py).
"""

from __future__ import annotations

import datetime as dt
import re

from communique.kb import KnowledgeBase, name_key, packaged
from communique.kb.schema import Entry, Role

NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[- ]\s*)?"
                  r"[A-Z][\w'’-]+)+")
TITLE_WORD = re.compile(r"[A-Za-z]+")
# Words that say the title is no longer held when the text was written.
NOT_IN_OFFICE = re.compile(r"\b(?:former|ex|late|then|erstwhile|previous|predecessor)\b",
                           re.I)
STOP = frozenset("of the and for to in on at a an de".split())


def _title_words(title: str) -> set[str]:
    return {w.lower() for w in TITLE_WORD.findall(title) if w.lower() not in STOP}


def _best_roles(roles: list[Role], before: str) -> list[Role]:
    words = {w.lower() for w in TITLE_WORD.findall(before)}
    scored = []
    for role in roles:
        title = _title_words(role.title)
        hits = len(title & words)
        scored.append((hits - 0.1 * len(title - words) if hits else 0, role))
    best = max((s for s, _ in scored), default=0)
    return [r for s, r in scored if s == best] if best else []


def office_spans(text: str, kb: KnowledgeBase | None = None) -> list[tuple[dt.date, dt.date]]:
    """[(first day, last day)] of the roles of office holders named with their titles
    ("President X said"): the text was written while each held that role. Each named
    holder counts, so several narrow the window to where their terms overlap."""
    kb = kb or packaged()
    spans = []
    for m in NAME.finditer(text):
        found = _person(kb, m.group(0))
        if found is None:
            continue
        entry, offset = found
        start = m.start() + offset
        before = re.split(r"[.;!?\"“”]", text[max(0, start - 60):start])[-1]
        if NOT_IN_OFFICE.search(before):
            continue
        roles = _best_roles(list(entry.roles), before)
        if roles:
            spans.append((min(r.start or dt.date(1900, 1, 1) for r in roles),
                          max(r.end or dt.date.max for r in roles)))
    return spans


def _person(kb: KnowledgeBase, name: str) -> tuple[Entry, int] | None:
    """The one person a run of capitalised words names, and where the name starts in it."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1) if size > 1 else [len(words) - 1]:
            found = [e for e in kb.index.get(name_key(" ".join(words[i:i + size])), [])
                     if e.kind == "person"]
            if len(found) == 1:
                return found[0], len(" ".join(words[:i])) + (1 if i else 0)
    return None
