"""The store stage: one DuckDB file, content-hash ids, one transaction per written batch.

Change here: how rows are written (writing.py) and folded into events (near_duplicates.py),
the schema (a new step in migrations.py, never an edited one), and the one read layer every
output uses (queries.py for filters, overview.py, detail.py, actor_index.py).
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

from communique.errors import FilterError, StoreError
from communique.models import Article, Dropped, Event, Mention, contract_fields
from communique.settings import default
from communique.store import near_duplicates
from communique.store import writing as W
from communique.store.migrations import migrate
from communique.store.queries import EVENT_COLUMNS, EXPORT_COLUMNS, EventFilter, timeline_sql

log = logging.getLogger(__name__)

JSON_COLUMNS = {"byline", "dropped", "captions", "source", "target", "location", "reported_by",
                "aliases", "roles"}


class BatchRejected(Exception):
    """A batch's rows were refused by the database (not a full disk): split it and retry."""


# What DuckDB says when the file cannot grow; it may come as an I/O, fatal or commit error.
STORAGE_MESSAGES = ("no space left", "disk is full", "could not write file",
                    "could not truncate", "could not fsync")


def _storage_failed(exc: BaseException) -> bool:
    """The file or the disk failed (not the rows): no later batch can land either."""
    if isinstance(exc, (duckdb.IOException, duckdb.FatalException, duckdb.InternalException,
                        MemoryError)):
        return True
    return any(m in str(exc).lower() for m in STORAGE_MESSAGES)


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


# How long a reader or a writer waits for a file another process holds (a run holds it for
# one batch's transaction, a reader for one query or request).
LOCK_WAIT: float = default("lock_wait")
# Articles a run writes in one transaction. Each transaction has a fixed cost (opening the
# file again, replaying its write-ahead log, some twenty statements): at 64 articles it was
# half the writer's CPU time, which the coding workers need.
BATCH_SIZE: int = default("batch_size")


def connect(path: str, read_only: bool = False,
            wait: float = LOCK_WAIT) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file, retrying while another process holds its lock (E011 if it
    cannot be opened, E036 if it stays locked for `wait` seconds)."""
    deadline, delay = time.monotonic() + wait, 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower():
                raise StoreError("E011", path=path, detail=_first_line(exc)) from exc
            if time.monotonic() >= deadline:
                raise StoreError("E036", path=path, wait=wait) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


class Store:
    """A communique database. `Store(":memory:")` for tests; writes go through one connection."""

    def __init__(self, path: str | Path = "communique.duckdb", read_only: bool = False,
                 window_days: int = W.DEFAULT_WINDOW_DAYS, hold: bool = True,
                 wait: float = LOCK_WAIT) -> None:
        """Open (and migrate) a database.

        Args:
            hold: keep the file open. With `hold=False` the file is opened when a query or a
                batch needs it and released after each written batch, so other processes
                can read between batches (see "Reading while writing" in the README).
            wait: seconds to wait, retrying, while another process holds the file.
        """
        self.path = str(path)
        self.read_only = read_only
        self.window_days = window_days
        self.hold = hold or self.path == ":memory:"
        self.wait = wait
        self._db: duckdb.DuckDBPyConnection | None = connect(self.path, read_only, wait)
        if not read_only:
            migrate(self._db)
        self.release()

    @property
    def db(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again if it was released."""
        if self._db is None:
            self._db = connect(self.path, self.read_only, self.wait)
        return self._db

    @db.setter
    def db(self, connection: duckdb.DuckDBPyConnection) -> None:
        self._db = connection

    def release(self) -> None:
        """Close the file until it is needed again (a store opened with `hold=False`). No
        checkpoint on this close: the batch is safe in the write-ahead log, readers replay
        it, and a checkpoint per batch would need free space a full disk has not got."""
        if not self.hold and self._db is not None:
            if not self.read_only:
                with contextlib.suppress(duckdb.Error):
                    self._db.execute("PRAGMA disable_checkpoint_on_shutdown")
            self.close()

    def close(self) -> None:
        if self._db is None:
            return
        try:
            self._db.close()
        except duckdb.Error:  # a database invalidated by a fatal write error: nothing to save
            log.debug("closing %s after a fatal error", self.path)
        self._db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # writing ---------------------------------------------------------------------------

    def write_batch(self, articles: list[Article], mentions: list[tuple[str, Mention]],
                    events: list[Event],
                    sentences: list[tuple[str, int, int, int]] | None = None,
                    version: str = "", link: bool = False) -> None:
        """Write one batch in one transaction: all of it or none of it lands. A document
        stored before with other content or another coding `version` is replaced. With
        `link`, articles without `duplicate_of` are linked to the earliest stored article
        (or earlier one in the batch) that tells the same story.

        Raises:
            StoreError: E025 when the file cannot take more (disk full, I/O failure, a database
                invalidated by a fatal error); nothing of this batch landed.
            BatchRejected: this batch's rows were refused; nothing of it landed, and the
                store is usable for the next batch.
        """
        try:
            self.db.execute("BEGIN TRANSACTION")
            W.replace_changed_documents(self.db, articles, version)
            if link:
                near_duplicates.link(self.db, articles)
            W.insert(self.db, "articles", W.article_rows(articles))
            W.insert(self.db, "sentences", sentences or [])
            actors, roles, rows = W.actor_rows(mentions)
            W.insert(self.db, "actors", actors)
            W.insert(self.db, "actor_roles", roles)
            W.insert(self.db, "mentions", rows)
            W.write_events(self.db, events, self.window_days)
            self.db.execute("COMMIT")
            self.release()
        except (duckdb.Error, MemoryError, ValueError, TypeError, OverflowError) as exc:
            self._rollback()
            if _storage_failed(exc):
                raise StoreError("E025", db=self.path, detail=_first_line(exc)) from exc
            raise BatchRejected(_first_line(exc)) from exc
        except BaseException:
            self._rollback()
            raise

    def stale_documents(self, version: str) -> list[str]:
        """The keys of the stored documents coded with another coding version."""
        return [r[0] for r in self.db.execute(
            "SELECT key FROM documents WHERE coding_version IS DISTINCT FROM ? ORDER BY key",
            [version]).fetchall()]

    def stored_articles(self, keys: list[str]) -> list[Article]:
        """The articles of these documents as they were stored (text, dates, metadata), to
        be coded again."""
        rows = self.rows(
            "SELECT a.id, a.document_id, a.source_path, a.part, a.title, a.text, a.published, "
            "a.date_precision, a.dateline, a.agency, a.byline, a.outlet, a.url, a.language, "
            "a.captions, a.dropped, a.duplicate_of, d.content_hash AS raw_hash, "
            "a.document_key FROM articles a JOIN documents d ON d.key = a.document_key "
            "WHERE a.document_key IN (SELECT unnest(?)) ORDER BY a.document_key, a.part, a.id",
            [keys])
        return [Article(**{**row, "byline": row["byline"] or [],
                           "captions": row["captions"] or [],
                           "dropped": [Dropped(**d) for d in row["dropped"] or []]})
                for row in rows]

    def _rollback(self) -> None:
        try:
            self.db.execute("ROLLBACK")
        except duckdb.Error:  # no transaction open, or the database is invalidated
            log.debug("no rollback possible on %s", self.path)
        self.release()

    # reading ---------------------------------------------------------------------------

    def rows(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a query and yield dicts, with JSON columns decoded."""
        cursor = self.db.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        while batch := cursor.fetchmany(1000):
            for row in batch:
                yield {n: (json.loads(v) if n in JSON_COLUMNS and isinstance(v, str) else v)
                       for n, v in zip(names, row, strict=True)}

    def counts(self) -> dict[str, int]:
        """How many articles, events and event mentions the store holds."""
        return {t: self.count(t) for t in ("articles", "events", "event_mentions")}

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def articles(self) -> Iterator[dict[str, Any]]:
        """Articles in the contract's shape."""
        columns = ", ".join(contract_fields("articles"))
        yield from self.rows(f"SELECT {columns} FROM articles "
                             "ORDER BY source_path, part, id")

    def events(self, filters: EventFilter | None = None,
               for_export: bool = False) -> Iterator[dict[str, Any]]:
        """Events in the contract's shape, newest first, filtered (default: all); `for_export`
        adds what the GDELT and ICEWS exports need (see communique/exports.py)."""
        from communique.store.overview import where  # one meaning for every filter

        filters = filters or EventFilter(limit=None)
        sql, params = filters.sql(EXPORT_COLUMNS if for_export else EVENT_COLUMNS,
                                  where(self, filters))
        yield from self.rows(sql, params)

    def count_events(self, filters: EventFilter) -> int:
        """How many events match `filters` (all pages)."""
        from communique.store.overview import where

        sql, params = where(self, filters)
        return self.db.execute(f"SELECT count(*) FROM events{sql}", params).fetchall()[0][0]

    def event(self, event_id: str) -> dict[str, Any]:
        """One event with its trigger and its mentions; E015 if there is none."""
        rows = list(self.rows(f"SELECT {EVENT_COLUMNS} FROM events WHERE id = ?",
                              [event_id]))
        if not rows:
            raise StoreError("E015", id=event_id, db=self.path)
        event = rows[0]
        event["mentions"] = list(self.rows(
            "SELECT m.id, m.article_id, a.title, a.source_path, a.outlet, m.sentence, "
            "[m.span_start, m.span_end] AS span FROM event_mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id",
            [event_id]))
        return event

    def sentence_mentions(self, article_id: str, start: int, end: int) -> list[dict[str, Any]]:
        """The actor mentions inside a span of an article's text."""
        return list(self.rows(
            "SELECT start_char, end_char, text, code FROM mentions WHERE article_id = ? AND "
            "start_char >= ? AND end_char <= ? ORDER BY start_char", [article_id, start, end]))

    def timeline(self, filters: EventFilter, by: str = "month") -> list[dict[str, Any]]:
        sql, params = timeline_sql(filters, by)
        return list(self.rows(sql, params))

    def to_pandas(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Any query's result as a pandas DataFrame (`store.to_pandas("SELECT …")`)."""
        return self.db.execute(sql, list(params)).df()

    def to_arrow(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """Any query's result as an Arrow table (a relation's, which makes no extra copy of the
        rows as a DB-API result does)."""
        return self.db.sql(sql, params=list(params)).to_arrow_table()

    def actors(self) -> Iterator[dict[str, Any]]:
        """Actors in the contract's shape, with their mention counts."""
        yield from self.rows(
            "SELECT a.id, a.name, a.code, a.country, a.sector, a.aliases, a.roles, "
            "count(m.actor_id)::INTEGER AS mentions FROM actors a "
            "LEFT JOIN mentions m ON m.actor_id = a.id "
            "GROUP BY ALL ORDER BY mentions DESC, a.name")

    def check_actor(self, actor: str | None) -> None:
        """E037 when no stored actor has `actor` in its name or code (a filter that can only
        print an empty table is a typo the user should hear about)."""
        from communique.store.queries import ESCAPE, contains

        if not actor:
            return
        found = self.db.cursor().execute(
            f"SELECT 1 FROM actors WHERE name ILIKE ?{ESCAPE} OR code ILIKE ?{ESCAPE} LIMIT 1",
            [contains(actor)] * 2).fetchone()
        if found is None:
            raise FilterError("E037", actor=actor, db=self.path)

    def uncoded_actors(self, limit: int = 20) -> list[tuple[str, str, int]]:
        """(name, kind, mentions) of the actors named but not coded, most mentioned first; not
        the generic agents whose country the text did not give ("the police"): no
        knowledge-base entry names them."""
        return self.db.execute(
            "SELECT a.name, max(a.kind), count(*)::INTEGER AS n FROM mentions m "
            "JOIN actors a ON a.id = m.actor_id WHERE a.code IS NULL "
            "AND a.kind <> 'uncoded agent' "  # communique/nlp/context.py UNCODED_AGENT
            "GROUP BY a.name ORDER BY n DESC, a.name LIMIT ?", [limit]).fetchall()

    def articles_list(self, limit: int = 100) -> list[dict[str, Any]]:
        if limit < 1:
            raise FilterError("E035", value=limit)
        return list(self.rows(
            "SELECT id, published, title, source_path, part, outlet, language, "
            "(SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS events "
            "FROM articles a ORDER BY published DESC NULLS LAST, id LIMIT ?", [limit]))

    def summary(self, top: int = 5) -> dict[str, Any]:
        """Counts for the end-of-run summary; top dyads between two countries (an actor aimed
        at its own country, IRNGOV → IRN, is domestic news, not a dyad to lead with)."""
        roots = self.db.execute("SELECT cameo_root, any_value(cameo_name), count(*) FROM events "
                                "GROUP BY cameo_root ORDER BY cameo_root").fetchall()
        dyads = self.db.execute(
            "SELECT source_code, target_code, count(*) AS n FROM events "
            "WHERE source_code <> '' AND target_code <> '' "
            "AND left(source_code, 3) <> left(target_code, 3) "
            "GROUP BY ALL ORDER BY n DESC, source_code, target_code LIMIT ?", [top]).fetchall()
        return {"articles": self.count("articles"), "actors": self.count("actors"),
                "events": self.count("events"), "roots": roots, "dyads": dyads}


