"""Parquet shards: coded articles handed from where they were coded (a Ray actor, another
machine) to the one writer, in the data contract's columns.

A shard folder holds `articles/`, `mentions/` and `events/`, one Parquet file each per coded
batch, named by the batch's first position in the input (`000000000064.parquet`), so the
three line up and the order of the input is kept. Columns:

- articles: `position`, the contract's article fields (`Article.to_dict`), and what the store
  also keeps: `url`, `language`, `captions`, `duplicate_of`, `raw_hash`, `document_key`,
  `sentences` ([start, end] offsets) and `coding_version`.
- mentions: `position`, `article_id`, `text`, `start`, `end`, `sentence` and the actor:
  `name`, `code`, `country`, `sector`, `actor_id`, `kind`, `learned`, `aliases`, `roles`
  (JSON: a list of `{code, start, end, title}`).
- events: `position`, the contract's event fields (`Event.to_dict`), and each actor's whole
  mention (JSON, as in `mentions`) in `source_mentions`, `target_mentions`,
  `reported_by_mention`, so that the writer stores what a local run stores.

`load(folder, store)` folds a folder into DuckDB in input order with the same writer as a
local run (`communique.pipeline`), so the database is the same; any Parquet reader (DuckDB's
`read_parquet('DIR/events/*.parquet')`, pandas, Spark) reads the shards themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from itertools import groupby
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from communique.coding import Coded
from communique.models import Actor, Article, Dropped, Event, Location, Mention
from communique.pipeline import Report, Summary, _write_all
from communique.store import BATCH_SIZE, Store

__all__ = ["article_from", "article_row", "load", "read", "write"]

KINDS = ("articles", "mentions", "events")
_STORED = ("url", "language", "captions", "duplicate_of", "raw_hash", "document_key")


def article_row(article: Article) -> dict[str, Any]:
    """An article as a shard row (without `position` and `coding_version`)."""
    return {**article.to_dict(), **{k: getattr(article, k) for k in _STORED},
            "sentences": [list(s) for s in article.sentences]}


def article_from(row: dict[str, Any]) -> Article:
    """The article of a shard row (or of a cleaned article's row sent to a worker)."""
    fields = {k: v for k, v in row.items()
              if k in Article.__dataclass_fields__ and v is not None}
    fields["dropped"] = [Dropped(**d) for d in fields.get("dropped") or []]
    fields["sentences"] = [tuple(s) for s in fields.get("sentences") or []]
    for key in ("document_id", "title", "duplicate_of"):
        fields.setdefault(key, None)
    return Article(**fields)


def _mention_row(m: Mention) -> dict[str, Any]:
    a = m.actor
    return {"text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence,
            "name": a.name, "code": a.code, "country": a.country, "sector": a.sector,
            "actor_id": a.id, "kind": a.kind, "learned": a.learned,
            "aliases": list(a.aliases), "roles": json.dumps(a.roles)}


def _mention_from(row: dict[str, Any]) -> Mention:
    actor = Actor(name=row["name"], code=row["code"], country=row["country"],
                  sector=row["sector"], id=row["actor_id"], learned=row["learned"],
                  kind=row["kind"], aliases=list(row["aliases"] or []),
                  roles=json.loads(row["roles"]))
    return Mention(row["text"], row["start"], row["end"], actor, row["sentence"])


def _event_row(e: Event) -> dict[str, Any]:
    def whole(m: Mention) -> str:
        return json.dumps(_mention_row(m))

    return {**e.to_dict(), "source_mentions": [whole(m) for m in e.source],
            "target_mentions": [whole(m) for m in e.target],
            "reported_by_mention": whole(e.reported_by) if e.reported_by else None}


def _event_from(row: dict[str, Any]) -> Event:
    def mention(text: str) -> Mention:
        return _mention_from(json.loads(text))

    location = row["location"]
    return Event(
        id=row["id"], article_id=row["article_id"],
        source=[mention(t) for t in row["source_mentions"]],
        target=[mention(t) for t in row["target_mentions"]],
        cameo=row["cameo"], cameo_name=row["cameo_name"], plover=row["plover"],
        goldstein=row["goldstein"], quad_class=row["quad_class"], sentence=row["sentence"],
        span=tuple(row["span"]), date=row["date"], date_precision=row["date_precision"],
        location=Location(**location) if location else None, negated=row["negated"],
        mood=row["mood"], reported_by=mention(row["reported_by_mention"])
        if row["reported_by_mention"] else None, confidence=row["confidence"],
        trigger=row["trigger"], num_articles=row["num_articles"],
        num_sources=row["num_sources"])


def write(folder: str | Path, positions: list[int], coded: list[Coded], version: str) -> None:
    """Write one coded batch, its articles at consecutive `positions` in the input, as a
    shard of each kind (named by the first position)."""
    rows: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    first = positions[0]
    for position, (article, mentions, events) in zip(positions, coded, strict=True):
        rows["articles"].append({"position": position, **article_row(article),
                                 "coding_version": version})
        rows["mentions"] += [{"position": position, "article_id": article.id,
                              **_mention_row(m)} for m in mentions]
        rows["events"] += [{"position": position, **_event_row(e)} for e in events]
    for kind in KINDS:
        path = Path(folder) / kind / f"{first:012d}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(rows[kind]), path)


def read(folder: str | Path) -> Iterator[tuple[str, Coded]]:
    """(coding version, (article, mentions, events)) of every article in the shards, in
    input order; one shard in memory at a time."""
    folder = Path(folder)
    for path in sorted((folder / "articles").glob("*.parquet")):
        tables = {kind: _rows(folder / kind / path.name) for kind in KINDS}
        mentions = _by_position(tables["mentions"])
        events = _by_position(tables["events"])
        for row in sorted(tables["articles"], key=lambda r: r["position"]):
            at = row["position"]
            yield row["coding_version"], (
                article_from(row), [_mention_from(m) for m in mentions.get(at, [])],
                [_event_from(e) for e in events.get(at, [])])


def _rows(path: Path) -> list[dict[str, Any]]:
    return pq.read_table(path).to_pylist() if path.exists() else []


def _by_position(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["position"], []).append(row)
    return out


def load(folder: str | Path, store: Store, report: Report | None = None,
         batch_size: int = BATCH_SIZE, progress: Callable[[int], None] | None = None) -> Summary:
    """Fold the shards in `folder` into `store` as a local run would have stored them.

    Args:
        folder: a shard folder (`articles/`, `mentions/`, `events/`).
        store: the database; one transaction per `batch_size` articles.
    Returns:
        A Summary of the articles and event mentions stored.
    """
    summary = Summary()

    def note(error: Any) -> None:
        summary.errors.append(error)
        if report:
            report(error)

    for version, group in groupby(read(folder), key=lambda pair: pair[0]):
        _write_all((coded for _, coded in group), store, version, summary, note, batch_size,
                   progress)
    return summary
