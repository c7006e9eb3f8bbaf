"""The records that flow through the pipeline: one dataclass per stage's output.

Field names follow the data contract in the README (the JSON Lines export).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class RawDocument:
    """Text read from one input, before cleaning.

    `meta` holds the fields an input carried with the text (`title`, `published`, `url`,
    `source`); `document_id` is the input's own `id` where it had one. `key` names the
    document in the store, unique and stable for every input (see `communique.ingest.keys`).
    """

    text: str
    source_path: str
    document_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    key: str = ""


@dataclass(slots=True)
class Dropped:
    """A piece of raw text that cleaning removed, and why."""

    text: str
    reason: str
    start: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "start": self.start}


@dataclass(slots=True)
class Article:
    """One cleaned news article.

    `segments` maps the body back to the raw text: each `(body_start, raw_start, length)` is a
    run of characters copied unchanged; the body's other characters are joins (newlines).
    """

    id: str
    document_id: str | None
    source_path: str
    part: int
    title: str | None
    text: str
    published: str | None = None
    date_precision: str = "none"
    dateline: str | None = None
    agency: str | None = None
    byline: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    language: str = "en"
    # How an inferred date was reached when it is a range ("between 2013-01-20 and …").
    date_note: str | None = None
    captions: list[str] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    segments: list[tuple[int, int, int]] = field(default_factory=list, repr=False)
    duplicate_of: str | None = None
    raw_hash: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list, repr=False)
    document_key: str = ""

    def raw_offset(self, i: int) -> int | None:
        """The offset in the raw document of body character `i` (None for a join)."""
        index = bisect_right(self.segments, (i, float("inf"), 0)) - 1
        if index < 0:
            return None
        body_start, raw_start, length = self.segments[index]
        return raw_start + i - body_start if i < body_start + length else None

    def to_dict(self) -> dict[str, Any]:
        """The contract's fields for `export articles`."""
        return {
            "id": self.id,
            "document_id": self.document_id,
            "source_path": self.source_path,
            "part": self.part,
            "title": self.title,
            "published": self.published,
            "date_precision": self.date_precision,
            "date_note": self.date_note,
            "dateline": self.dateline,
            "agency": self.agency,
            "byline": list(self.byline),
            "outlet": self.outlet,
            "text": self.text,
            "dropped": [d.to_dict() for d in self.dropped],
        }


@dataclass(slots=True)
class Actor:
    """A coded actor: `code` is CAMEO country + sector(s), e.g. `IRNGOV`; None for an actor
    named in the text but unknown to the knowledge base (`kind` "uncoded": `country` and
    `sector` are None too)."""

    name: str
    code: str | None
    country: str | None = None
    sector: str | None = None
    id: str | None = None
    learned: bool = False
    kind: str = "country"
    aliases: list[str] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, text: str | None = None) -> dict[str, Any]:
        return {
            "text": text if text is not None else self.name,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(slots=True)
class Mention:
    """A span of an article's text that resolved to an actor."""

    text: str
    start: int
    end: int
    actor: Actor
    sentence: int = 0

    def to_dict(self) -> dict[str, Any]:
        return self.actor.to_dict(self.text)


@dataclass(slots=True)
class Location:
    """A geocoded place; `precision` says what the point stands for: city, region or country."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    """One coded event, traceable to its sentence (`span` is in the article's text)."""

    id: str
    article_id: str
    source: list[Mention]
    target: list[Mention]
    cameo: str
    cameo_name: str
    plover: str | None
    goldstein: float | None
    quad_class: int
    sentence: str
    span: tuple[int, int]
    date: str | None = None
    date_precision: str = "none"
    location: Location | None = None
    negated: bool = False
    mood: str = "asserted"
    reported_by: Mention | None = None
    confidence: float = 0.5
    trigger: str | None = None
    num_articles: int = 1
    num_sources: int = 1

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_dict(self) -> dict[str, Any]:
        """The contract's fields for `export events`."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "source": [m.to_dict() for m in self.source],
            "target": [m.to_dict() for m in self.target],
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_name": self.cameo_name,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "mood": self.mood,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "sentence": self.sentence,
            "span": list(self.span),
            "confidence": self.confidence,
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "trigger": self.trigger,
        }


def contract_fields(kind: str) -> tuple[str, ...]:
    """The data contract's field names for `export articles` or `export events`, in order, as
    the dataclasses' `to_dict` gives them: the one place they are defined."""
    if kind == "articles":
        sample: Article | Event = Article(id="", document_id=None, source_path="", part=1,
                                          title=None, text="")
    else:
        sample = Event(id="", article_id="", source=[], target=[], cameo="01", cameo_name="",
                       plover=None, goldstein=None, quad_class=1, sentence="", span=(0, 0))
    return tuple(sample.to_dict())
