"""Date clues from office holders named with their titles.

"The president of X, Y, said" can only have been written while Y held that office: each
such mention gives the days of that role (see clean/dates.py).

The process that cleans needs no more of the knowledge base than its people's roles: it reads
them from the packaged files' JSON (the models are validated where the knowledge base is
loaded, for coding) into tuples, a tenth of the memory of the knowledge base's models.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache

from communique.kb import name_key, packaged_files
from communique.schemas import record_lines

NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von)[- ]\s*)?"
                  r"[A-Z][\w'’-]+)+")
TITLE_WORD = re.compile(r"[A-Za-z]+")
# Words that say the title is no longer held when the text was written.
NOT_IN_OFFICE = re.compile(r"\b(?:former|ex|late|then|erstwhile|previous|predecessor)\b",
                           re.I)
STOP = frozenset("of the and for to in on at a an de".split())
# A role as the date clues need it: (title, first day, last day).
Term = tuple[str, dt.date | None, dt.date | None]


@cache
def people() -> dict[str, list[tuple[Term, ...]]]:
    """The packaged knowledge base's people: name key (of a name or alias) → the roles of
    each person it names."""
    index: dict[str, list[tuple[Term, ...]]] = {}
    for _name, text in packaged_files():
        for _number, line in record_lines(text):
            entry = json.loads(line)
            if entry["kind"] != "person":
                continue
            roles = tuple((r.get("title", ""), _day(r.get("start")), _day(r.get("end")))
                          for r in entry["roles"])
            for key in dict.fromkeys(name_key(n) for n in (entry["name"],
                                                             *entry.get("aliases", []))):
                if key:
                    index.setdefault(key, []).append(roles)
    return index


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _title_words(title: str) -> set[str]:
    return {w.lower() for w in TITLE_WORD.findall(title) if w.lower() not in STOP}


def _best_roles(roles: tuple[Term, ...], before: str) -> list[Term]:
    words = {w.lower() for w in TITLE_WORD.findall(before)}
    scored = []
    for role in roles:
        title = _title_words(role[0])
        hits = len(title & words)
        scored.append((hits - 0.1 * len(title - words) if hits else 0, role))
    best = max((s for s, _ in scored), default=0)
    return [r for s, r in scored if s == best] if best else []


def office_spans(text: str) -> list[tuple[dt.date, dt.date]]:
    """[(first day, last day)] of the roles of office holders named with their titles
    ("President X said"): the text was written while each held that role. Each named
    holder counts, so several narrow the window to where their terms overlap."""
    spans = []
    for m in NAME.finditer(text):
        found = _person(m.group(0))
        if found is None:
            continue
        person, offset = found
        start = m.start() + offset
        before = re.split(r"[.;!?\"“”]", text[max(0, start - 60):start])[-1]
        if NOT_IN_OFFICE.search(before):
            continue
        roles = _best_roles(person, before)
        if roles:
            spans.append((min(start or dt.date(1900, 1, 1) for _, start, _ in roles),
                          max(end or dt.date.max for _, _, end in roles)))
    return spans


def _person(name: str) -> tuple[tuple[Term, ...], int] | None:
    """The roles of the one person a run of capitalised words names, and where the name
    starts in it."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1) if size > 1 else [len(words) - 1]:
            found = people().get(name_key(" ".join(words[i:i + size])), [])
            if len(found) == 1:
                return found[0], len(" ".join(words[:i])) + (1 if i else 0)
    return None
