"""Agent phrases ("foreign minister", "troops", "rebels") and the CAMEO sector each gives."""

from __future__ import annotations

from functools import cache
from importlib import resources

MAX_WORDS = 6


@cache
def agents() -> dict[str, str]:
    """Lower-case agent phrase → sector code, from data/actors/agents.tsv."""
    table: dict[str, str] = {}
    text = resources.files("communique.data").joinpath("actors", "agents.tsv").read_text(
        encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            phrase, sector = line.split("\t")[:2]
            table[phrase] = sector
    return table


def sector_of(words: list[str]) -> tuple[int, str] | None:
    """The longest agent phrase that ends `words`: (its length in words, its sector)."""
    table = agents()
    for size in range(min(MAX_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-size:]).lower()
        if phrase in table:
            return size, table[phrase]
    return None
