"""Writing one batch: documents, articles, sentences, actors and roles, mentions, and events
folded into real-world events.

The matching rule: an event mention joins an existing event when both have the same source
codes, target codes and CAMEO code and
- across articles: both are dated to the day, at most `window_days` apart, and both sides
  are named and coded (an undated or one-sided event, or one with an uncoded actor, says too
  little to be the same happening as another article's);
- within one article: the same date (or both undated).
Otherwise it starts a new event. `num_articles` counts the
distinct stories among the event's mentions (a near-duplicate re-publication counts as its
original), `num_sources` the distinct outlets (or input files where no outlet is known).
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import duckdb
import pyarrow as pa

from communique.ids import content_id
from communique.models import Article, Event, Mention
from communique.settings import default

DEFAULT_WINDOW_DAYS: int = default("window_days")


def document_key(article: Article) -> str:
    """The key of the input document an article came from (its rows go when it changes)."""
    return article.document_key or f"{article.source_path}#{article.document_id or ''}"


def insert(db: duckdb.DuckDBPyConnection, table: str,
           rows: list[tuple[Any, ...]] | list[dict[str, Any]],
           verb: str = "INSERT OR IGNORE", types: dict[str, pa.DataType] | None = None) -> None:
    """Insert many rows at once through Arrow (DuckDB's executemany goes row by row): dicts
    by column name, tuples in the table's column order; `types` fixes the Arrow type of
    columns Arrow would guess wrong (unsigned 64-bit hashes)."""
    if not rows:
        return
    if isinstance(rows[0], dict):
        db.register("incoming_rows", pa.Table.from_pylist(rows))
        db.execute(f"{verb} INTO {table} BY NAME SELECT * FROM incoming_rows")
    else:
        names, types = _columns(db, table), types or {}
        db.register("incoming_rows", pa.table({
            n: pa.array([r[i] for r in rows], type=types.get(n)) for i, n in enumerate(names)}))
        db.execute(f"{verb} INTO {table} SELECT * FROM incoming_rows")
    db.unregister("incoming_rows")


def _stored(record: dict[str, Any]) -> dict[str, Any]:
    """A contract record as stored: lists and objects as JSON text."""
    return {k: json.dumps(v) if isinstance(v, (list, dict)) else v for k, v in record.items()}


def _columns(db: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [c[0] for c in db.execute(f"DESCRIBE {table}").fetchall()]


def replace_changed_documents(db: duckdb.DuckDBPyConnection, articles: list[Article],
                              version: str = "") -> None:
    """A document read before with other content, or coded with another coding version: its
    old rows go before the new ones land."""
    latest = {document_key(a): a for a in articles}
    known = {key: (content, coded) for key, content, coded in db.execute(
        "SELECT key, content_hash, coding_version FROM documents WHERE key IN "
        "(SELECT unnest(?))", [list(latest)]).fetchall()}
    for key, article in latest.items():
        if key in known and known[key] != (article.raw_hash, version):
            delete_document(db, key)
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    insert(db, "documents", [(key, a.source_path, a.document_id, a.raw_hash, now, version)
                             for key, a in latest.items()], verb="INSERT OR REPLACE")


def delete_document(db: duckdb.DuckDBPyConnection, key: str) -> None:
    ids = "SELECT id FROM articles WHERE document_key = ?"
    db.execute("CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT event_id FROM "
               f"event_mentions WHERE article_id IN ({ids})", [key])
    for table, column in (("event_mentions", "article_id"), ("mentions", "article_id"),
                          ("sentences", "article_id")):
        db.execute(f"DELETE FROM {table} WHERE {column} IN ({ids})", [key])
    db.execute("DELETE FROM articles WHERE document_key = ?", [key])
    db.execute("DELETE FROM events WHERE id IN (SELECT event_id FROM touched) AND "
               "id NOT IN (SELECT event_id FROM event_mentions)")
    # An event other articles report too stays, told by its earliest remaining mention.
    orphaned = ("SELECT id FROM events WHERE id IN (SELECT event_id FROM touched) AND "
                "article_id NOT IN (SELECT id FROM articles)")
    db.execute(f"""
        UPDATE events SET article_id = m.article_id, sentence = m.sentence,
               span_start = m.span_start, span_end = m.span_end FROM (
            SELECT event_id, arg_min(article_id, id) AS article_id,
                   arg_min(sentence, id) AS sentence, arg_min(span_start, id) AS span_start,
                   arg_min(span_end, id) AS span_end
            FROM event_mentions WHERE event_id IN ({orphaned}) GROUP BY event_id) m
        WHERE events.id = m.event_id""")
    recount(db, "SELECT event_id FROM touched")
    db.execute("DROP TABLE touched")


def recount(db: duckdb.DuckDBPyConnection, event_ids: str) -> None:
    """Set num_articles and num_sources of the events whose ids the query `event_ids` gives."""
    db.execute(f"""
        UPDATE events SET num_articles = c.articles, num_sources = c.sources FROM (
            SELECT m.event_id,
                   count(DISTINCT coalesce(a.duplicate_of, a.id))::INTEGER AS articles,
                   count(DISTINCT coalesce(a.outlet, a.source_path))::INTEGER AS sources
            FROM event_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.event_id IN ({event_ids})
            GROUP BY m.event_id) c
        WHERE events.id = c.event_id""")


def article_rows(articles: list[Article]) -> list[dict[str, Any]]:
    """The contract's fields (Article.to_dict) and what only the store keeps, by column name."""
    return [{**_stored(a.to_dict()), "url": a.url, "language": a.language,
             "captions": json.dumps(a.captions), "duplicate_of": a.duplicate_of,
             "document_key": document_key(a)} for a in articles]


def actor_rows(mentions: list[tuple[str, Mention]]) -> tuple[list, list, list]:
    actors, roles, rows = {}, {}, []
    for article_id, m in mentions:
        actor = m.actor
        actor_id = actor.id or content_id(actor.name, actor.code)
        actors[actor_id] = (actor_id, actor.name, actor.code, actor.country, actor.sector,
                            json.dumps(actor.aliases), json.dumps(actor.roles), actor.learned,
                            actor.kind)
        for role in actor.roles:
            key = content_id(actor_id, role["code"], role["start"], role["end"])
            roles[key] = (key, actor_id, role["code"], role["start"], role["end"],
                          role.get("title", ""))
        rows.append((article_id, m.start, m.end, m.text, actor_id, actor.code))
    return list(actors.values()), list(roles.values()), rows


def write_events(db: duckdb.DuckDBPyConnection, events: list[Event],
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:
    """Fold event mentions into events (see the module's matching rule)."""
    if not events:
        return
    db.execute("CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM events LIMIT 0")
    insert(db, "incoming", [_event_row(e) for e in events], verb="INSERT")
    _match(db, window_days)
    # New events: the first unmatched mention of each (dyad, code, date).
    db.execute(f"""
        INSERT OR IGNORE INTO events SELECT * EXCLUDE (rn) FROM (
            SELECT i.*, row_number() OVER (PARTITION BY i.source_code, i.target_code, i.cameo,
                                           i.date, CASE WHEN {_FOLDS.format(x="i")} THEN NULL
                                                        ELSE i.article_id END
                                           ORDER BY i.id) AS rn
            FROM incoming i JOIN matched m ON m.mention_id = i.id
            WHERE m.event_id IS NULL) WHERE rn = 1""")
    _match(db, window_days)
    db.execute("""
        INSERT OR IGNORE INTO event_mentions
        SELECT i.id, m.event_id, i.article_id, i.sentence, i.span_start, i.span_end,
               i.confidence, i.date, i.reported_by
        FROM incoming i JOIN matched m ON m.mention_id = i.id""")
    # A new event whose mentions all joined an earlier one in this batch is no event.
    db.execute("DELETE FROM events WHERE id IN (SELECT id FROM incoming) AND "
               "id NOT IN (SELECT event_id FROM matched)")
    recount(db, "SELECT event_id FROM matched")
    db.execute("DROP TABLE incoming")
    db.execute("DROP TABLE matched")


# An event that may fold with another article's: dated to the day, both sides named and coded
# (an uncoded actor's code is "", which sorts first in a ';'-joined list).
_FOLDS = ("({x}.date_precision = 'day' AND {x}.source_code <> '' AND {x}.target_code <> '' "
          "AND NOT starts_with({x}.source_code, ';') AND NOT starts_with({x}.target_code, ';'))")


def _match(db: duckdb.DuckDBPyConnection, window_days: int) -> None:
    """`matched`: each incoming mention and the earliest-id event it joins (or NULL)."""
    db.execute(f"""
        CREATE OR REPLACE TEMP TABLE matched AS
        SELECT i.id AS mention_id, min(e.id) AS event_id
        FROM incoming i LEFT JOIN events e
          ON e.source_code = i.source_code AND e.target_code = i.target_code
         AND e.cameo = i.cameo AND (
             (e.article_id = i.article_id AND e.date IS NOT DISTINCT FROM i.date) OR (
             {_FOLDS.format(x="i")} AND {_FOLDS.format(x="e")} AND
             abs(date_diff('day', try_cast(e.date AS DATE), try_cast(i.date AS DATE)))
                 <= {int(window_days)}))
        GROUP BY i.id""")


def _event_row(e: Event) -> dict[str, Any]:
    """The contract's fields (Event.to_dict) and the store's own, by column name."""
    row = _stored(e.to_dict())
    del row["span"]
    return {**row, "span_start": e.span[0], "span_end": e.span[1],
            "source_code": _codes(e.source), "target_code": _codes(e.target)}


def _codes(mentions: list[Mention]) -> str:
    return ";".join(sorted({m.actor.code or "" for m in mentions}))
