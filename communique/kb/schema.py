"""The knowledge-base file format, validated on load (pydantic, unknown keys refused).

One JSON object a line (`.jsonl`):

    {"name": "Hakan Fidan", "kind": "person", "country": "TUR",
     "aliases": ["Fidan"],
     "roles": [{"code": "TURSPY", "start": "2010-05-27", "end": "2023-06-03",
                "title": "head of the National Intelligence Organization"},
               {"code": "TURGOV", "start": "2023-06-04", "end": null,
                "title": "foreign minister"}],
     "source": "Wikipedia: Hakan Fidan"}

`kind` is person, organisation, group (armed and non-state groups, parties), igo, country
(names and demonyms of a country: "Turkey", "Turkish") or capital ("Ankara" as the
government). A role's `code` is a CAMEO actor code (country + sector, e.g. IRNGOV); `end` is
null while the role lasts.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["person", "organisation", "group", "igo", "country", "capital"]


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^[A-Z]{3}(?:[A-Z]{3}){0,3}$")
    start: dt.date | None = None
    end: dt.date | None = None
    title: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role {self.code} ends ({self.end}) before it starts ({self.start})")
        return self

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    kind: Kind
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: list[str] = []
    roles: list[Role] = Field(min_length=1)
    source: str = ""
