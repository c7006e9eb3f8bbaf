"""The actor knowledge base: who is who, with roles that hold between dates.

Packaged files in `communique/data/actors/*.jsonl` (format in kb/schema.py) load first; a
user's files (`--actors FILE`) load after them and add entries or aliases.

Change here: the file format (schema.py), name keys and transliteration matching (names.py),
agent phrases (agents.py reads data/actors/agents.tsv). Who holds which office is data: edit
the files, not the code.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from communique.schemas import read_models
from communique.kb.schema import Entry, Role

PACKAGED = ("countries.jsonl", "phoenix.jsonl", "current.jsonl")


_PUNCTUATION = str.maketrans(dict.fromkeys("-.'`,’‘", " "))
_PARTICLES = frozenset({"al", "el", "the"})


def name_key(name: str) -> str:
    """The form two spellings of one name share: no diacritics, case, "al-" or hyphens."""
    if name.isascii():
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    words = [w for w in text.translate(_PUNCTUATION).split() if w not in _PARTICLES]
    return " ".join(words)


class KnowledgeBase:
    """Entries and an index from name keys to them; later files win on shared names."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self.entries: list[Entry] = []
        self.index: dict[str, list[Entry]] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for key in dict.fromkeys(name_key(name) for name in (entry.name, *entry.aliases)):
            if key:
                self.index.setdefault(key, []).append(entry)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alias has the same key as `name`, latest file first."""
        return list(reversed(self.index.get(name_key(name), [])))

    def roles_on(self, entry: Entry, day: dt.date | None) -> list[Role]:
        """The entry's roles that hold on `day` (the current ones when `day` is None)."""
        return [r for r in entry.roles if r.holds_on(day)]


def read_entries(path: str | Path, text: str | None = None) -> list[Entry]:
    """Parse and validate a knowledge-base file; raise E016 naming the bad line."""
    return read_models(path, Entry, text)


@cache
def packaged() -> KnowledgeBase:
    """The knowledge base shipped with communique (loaded once per process)."""
    kb = KnowledgeBase()
    for name, text in packaged_files():
        for entry in read_entries(name, text):
            kb.add(entry)
    return kb


def packaged_files() -> Iterator[tuple[str, str]]:
    """(name, text) of each knowledge-base file shipped with communique."""
    folder = resources.files("communique.data").joinpath("actors")
    for name in PACKAGED:
        item = folder.joinpath(name)
        if item.is_file():
            yield name, item.read_text(encoding="utf-8")


def load(user_files: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base plus the user's files."""
    files = list(user_files)
    if not files:
        return packaged()
    kb = KnowledgeBase(packaged().entries)
    for path in files:
        for entry in read_entries(path):
            kb.add(entry)
    return kb
