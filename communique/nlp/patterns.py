"""Event patterns: the human-editable file that says which verbs and nouns mean which CAMEO
event, validated on load (pydantic, unknown keys refused). Users add their own files.

Format (one JSON object a line, `communique/data/patterns/events.jsonl`):

    {"code": "042", "verb": "visit"}
    {"code": "163", "verb": "impose", "object": ["sanction", "embargo"],
     "object_prep": ["on", "against"]}
    {"code": "036", "verb": "meet", "prep": ["with"]}
    {"code": "138", "verb": "threaten", "xcomp": ["attack", "strike"]}
    {"code": "195", "noun": "strike", "modifier": ["air", "drone"], "prep": ["on", "against"]}

A verb pattern's source is the verb's subject (the "by" agent in the passive), its target the
direct object, or the object of one of `prep`. `particle` ("pull out"), `object` (the direct
object's lemma), `xcomp` (the lemma of an open complement: "threatened to attack") narrow a
pattern; `target: "none"` marks events without a target. A noun pattern's source is its
possessive, demonym or compound ("Israeli airstrikes"), its target the object of `prep`.
When several patterns fit, the most specific wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from communique import cameo
from communique.schemas import read_models


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    verb: str | None = None
    noun: str | None = None
    particle: str | None = None
    object: tuple[str, ...] | None = None
    object_prep: tuple[str, ...] | None = None
    prep: tuple[str, ...] | None = None
    xcomp: tuple[str, ...] | None = None
    modifier: tuple[str, ...] | None = None
    target: Literal["none"] | None = None
    note: str = ""

    @field_validator("code")
    @classmethod
    def _known_code(cls, code: str) -> str:
        if code not in cameo.codes():
            raise ValueError(f"unknown CAMEO code {code!r}")
        return code

    @model_validator(mode="after")
    def _one_trigger(self) -> Pattern:
        if (self.verb is None) == (self.noun is None):
            raise ValueError("give exactly one of 'verb' and 'noun'")
        return self

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds; the most specific fitting pattern wins."""
        return sum(x is not None for x in (self.particle, self.object, self.xcomp,
                                           self.modifier)) * 2 + (self.prep is not None)


class PatternSet:
    """Patterns indexed by trigger lemma, most specific first."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.verbs: dict[str, list[Pattern]] = defaultdict(list)
        self.nouns: dict[str, list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            table = self.verbs if pattern.verb else self.nouns
            table[(pattern.verb or pattern.noun or "").lower()].append(pattern)
        for table in (self.verbs, self.nouns):
            for lemma in table:
                table[lemma].sort(key=lambda p: -p.specificity)

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))


def read_patterns(path: str | Path, text: str | None = None) -> list[Pattern]:
    """Parse and validate a pattern file; raise E016 naming the bad line."""
    return read_models(path, Pattern, text)


@cache
def packaged_patterns() -> tuple[Pattern, ...]:
    item = resources.files("communique.data").joinpath("patterns", "events.jsonl")
    return tuple(read_patterns("events.jsonl", item.read_text(encoding="utf-8")))


def load_patterns(user_files: Iterable[str | Path] = ()) -> PatternSet:
    """The packaged patterns plus the user's files."""
    patterns = list(packaged_patterns())
    for path in user_files:
        patterns += read_patterns(path)
    return PatternSet(patterns)
