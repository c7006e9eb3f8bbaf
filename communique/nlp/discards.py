"""Stories that are not political news (sport, entertainment, celebrities), from the Phoenix
discard list (`communique/data/patterns/discards.txt`), applied as PETRARCH applies its
story-level entries: a "+" phrase found in the story drops all of its events. A phrase matches
as whole words, whatever the case ("_" is a space).

The list's sentence-level entries (no "+": sport words, diseases, years before 2014) are not
applied: on the real-news development gold they dropped sentences that report new political
events next to a passing mention (a year, an old war), and kept no noise out that the other
rules do not."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


def _pattern(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def parse(text: str) -> re.Pattern[str] | None:
    """The story-level ("+") phrases of a discard list, as one whole-word pattern."""
    phrases = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].replace("_", " ").strip()
        if line.startswith("+"):
            phrase = " ".join(line[1:].split())
            if phrase:
                phrases.append(phrase)
    return _pattern(phrases)


@cache
def packaged() -> re.Pattern[str] | None:
    item = resources.files("communique.data").joinpath("patterns", "discards.txt")
    return parse(item.read_text(encoding="utf-8"))


def story_discarded(text: str) -> bool:
    """Whether a story-level discard phrase occurs in the text."""
    pattern = packaged()
    return bool(pattern and pattern.search(text))
