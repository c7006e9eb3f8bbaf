"""The DuckDB store: one file, content-hash ids, one transaction per written batch."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from communique.errors import StoreError
from communique.ids import content_id
from communique.models import Article, Event, Mention
from communique.store.migrations import migrate

JSON_COLUMNS = {"byline", "dropped", "captions", "source", "target", "location", "reported_by",
                "aliases", "roles"}


class Store:
    """A communique database. `Store(":memory:")` for tests; writes go through one connection."""

    def __init__(self, path: str | Path = "communique.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.db = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError("E011", path=self.path, detail=str(exc).splitlines()[0]) from exc
        if not read_only:
            migrate(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing ---------------------------------------------------------------------------

    def write_batch(self, articles: list[Article], mentions: list[tuple[str, Mention]],
                    events: list[Event]) -> None:
        """Write one batch in one transaction: all of it or none of it lands."""
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._insert_articles(articles)
            self._insert_mentions(mentions)
            self._insert_events(events)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert_articles(self, articles: list[Article]) -> None:
        rows = [(a.id, a.document_id, a.source_path, a.part, a.title, a.published,
                 a.date_precision, a.dateline, a.agency, json.dumps(a.byline), a.outlet, a.url,
                 a.language, a.text, json.dumps([d.to_dict() for d in a.dropped]),
                 json.dumps(a.captions), a.duplicate_of) for a in articles]
        if rows:
            self._insert("articles", rows)

    def _insert_mentions(self, mentions: list[tuple[str, Mention]]) -> None:
        actors = {}
        rows = []
        for article_id, m in mentions:
            actor = m.actor
            actor_id = actor.id or content_id(actor.name, actor.code)
            actors[actor_id] = (actor_id, actor.name, actor.code, actor.country, actor.sector,
                                json.dumps(actor.aliases), json.dumps(actor.roles),
                                actor.learned, actor.kind)
            rows.append((article_id, m.start, m.end, m.text, actor_id, actor.code))
        if actors:
            self._insert("actors", list(actors.values()))
        if rows:
            self._insert("mentions", rows)

    def _insert_events(self, events: list[Event]) -> None:
        rows = []
        for e in events:
            d = e.to_dict()
            rows.append((e.id, e.article_id, e.date, e.date_precision, json.dumps(d["source"]),
                         json.dumps(d["target"]), _codes(e.source), _codes(e.target), e.cameo,
                         e.cameo_root, e.cameo_name, e.plover, e.goldstein, e.quad_class,
                         json.dumps(d["location"]), e.negated, e.mood,
                         json.dumps(d["reported_by"]), e.sentence, e.span[0], e.span[1],
                         e.confidence, e.num_articles, e.num_sources))
        if rows:
            self._insert("events", rows)

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        """Insert many rows at once through Arrow (DuckDB's executemany goes row by row)."""
        names = [c[0] for c in self.db.execute(f"DESCRIBE {table}").fetchall()]
        columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        frame = pa.table(columns)  # noqa: F841  (read by the query below)
        self.db.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM frame")  # noqa: S608

    # reading ---------------------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a query and yield dicts, with JSON columns decoded."""
        cursor = self.db.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        while batch := cursor.fetchmany(1000):
            for row in batch:
                yield {n: (json.loads(v) if n in JSON_COLUMNS and isinstance(v, str) else v)
                       for n, v in zip(names, row, strict=True)}

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608

    def articles(self) -> Iterator[dict[str, Any]]:
        """Articles in the contract's shape."""
        yield from self.rows("SELECT id, document_id, source_path, part, title, published, "
                             "date_precision, dateline, agency, byline, outlet, text, dropped "
                             "FROM articles ORDER BY source_path, part, id")

    def events(self) -> Iterator[dict[str, Any]]:
        """Events in the contract's shape."""
        yield from self.rows(
            "SELECT id, article_id, date, date_precision, source, target, cameo, cameo_root, "
            "cameo_name, plover, goldstein, quad_class, location, negated, mood, reported_by, "
            "sentence, [span_start, span_end] AS span, confidence, num_articles, num_sources "
            "FROM events ORDER BY date NULLS LAST, id")

    def actors(self) -> Iterator[dict[str, Any]]:
        """Actors in the contract's shape, with their mention counts."""
        yield from self.rows(
            "SELECT a.id, a.name, a.code, a.country, a.sector, a.aliases, a.roles, "
            "count(m.actor_id)::INTEGER AS mentions FROM actors a "
            "LEFT JOIN mentions m ON m.actor_id = a.id "
            "GROUP BY ALL ORDER BY mentions DESC, a.name")

    def summary(self, top: int = 5) -> dict[str, Any]:
        """Counts for the end-of-run summary."""
        roots = self.db.execute("SELECT cameo_root, any_value(cameo_name), count(*) FROM events "
                                "GROUP BY cameo_root ORDER BY cameo_root").fetchall()
        dyads = self.db.execute(
            "SELECT source_code, target_code, count(*) AS n FROM events "
            "GROUP BY ALL ORDER BY n DESC, source_code, target_code LIMIT ?", [top]).fetchall()
        return {"articles": self.count("articles"), "actors": self.count("actors"),
                "events": self.count("events"), "roots": roots, "dyads": dyads}


def _codes(mentions: list[Mention]) -> str:
    return ";".join(sorted({m.actor.code for m in mentions}))
