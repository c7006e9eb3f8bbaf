"""Read-only queries for the detail pages: one event, one article, one actor, and the lists
that lead to them. Unknown ids raise `NotFound`, which the API turns into a 404."""

from __future__ import annotations

import re
from typing import Any

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.store import Store
from communique.store.queries import ESCAPE, contains
from communique.store.actor_index import index_of
from communique.store.overview import (SORTS, and_where, arrow, describe, fetch_events, records,
                                       scalar, where)
from communique.store.queries import EventFilter

# Actor codes of a ';'-joined code column, one row each.
SPLIT = "unnest(string_split({}, ';'))"

ARTICLE_COLUMNS = ("id, document_id, source_path, part, title, published, date_precision, "
                   "dateline, agency, byline, outlet, url, language, text, dropped, captions, "
                   "duplicate_of")
# How an article's events are listed next to its text: where each is reported, and what.
ARTICLE_EVENTS = (
    "SELECT id, date, cameo, cameo_name, quad_class, goldstein, source_code, target_code, "
    "negated, mood FROM events WHERE id IN ({})")


class NotFound(LookupError):
    """No row with the id asked for; the message says where to find valid ones."""


def highlights(event: dict[str, Any], mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Where the source actors, target actors and the trigger word are in the sentence, as
    [start, end) offsets into `event["sentence"]`, in order and without overlaps."""
    offset, sentence = event["span"][0], event["sentence"]
    sources = {a["text"] for a in event["source"]}
    targets = {a["text"] for a in event["target"]}
    marks: list[dict[str, Any]] = []
    for m in mentions:
        if m["text"] not in sources | targets:
            continue
        start, end = m["start_char"] - offset, m["end_char"] - offset
        if marks and start < marks[-1]["end"]:
            continue
        role = "source" if m["text"] in sources else "target"
        marks.append({"start": start, "end": end, "role": role, "text": sentence[start:end]})
    trigger = event.get("trigger")
    if trigger:
        for found in re.finditer(rf"\b{re.escape(trigger)}\b", sentence):
            if not any(found.start() < m["end"] and m["start"] < found.end() for m in marks):
                marks.append({"start": found.start(), "end": found.end(), "role": "trigger",
                              "text": trigger})
                break
    return sorted(marks, key=lambda m: m["start"])


def article_row(store: Store, article_id: str) -> dict[str, Any]:
    rows = list(store.rows(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                           [article_id]))
    if not rows:
        raise NotFound(f"No article with id {article_id!r} in {store.path} — list articles at "
                       "/api/articles")
    return rows[0]


def article_events(store: Store, article_id: str) -> list[dict[str, Any]]:
    """The events an article reports, each with its span in that article's text."""
    spans = store.db.execute("SELECT event_id, span_start, span_end FROM event_mentions "
                             "WHERE article_id = ? ORDER BY span_start, event_id",
                             [article_id]).fetchall()
    ids = list(dict.fromkeys(event_id for event_id, _, _ in spans))
    if not ids:
        return []
    rows = {r["id"]: r for r in records(store, ARTICLE_EVENTS.format(", ".join("?" * len(ids))),
                                        ids)}
    return [{"id": e, "span": [start, end], **{k: v for k, v in rows[e].items() if k != "id"}}
            for e, start, end in spans if e in rows]


def article(store: Store, article_id: str) -> dict[str, Any]:
    """An article's cleaned text, what cleaning dropped and why, and the events it reports."""
    return {"article": article_row(store, article_id),
            "events": article_events(store, article_id)}


def event(store: Store, event_id: str) -> dict[str, Any]:
    """An event with its mentions, its sentence's highlights, its article with all that
    article's events, and the other articles that report the same event."""
    found = store.event(event_id)
    row = article_row(store, found["article_id"])
    marks = highlights(found, store.sentence_mentions(found["article_id"], *found["span"]))
    others: dict[str, dict[str, Any]] = {}
    for m in found["mentions"]:
        if m["article_id"] != found["article_id"]:
            others.setdefault(m["article_id"], m)
    keep = ("id", "title", "published", "outlet", "source_path", "url", "text")
    return {"event": found, "highlights": marks,
            "article": {**{k: row[k] for k in keep},
                        "events": article_events(store, row["id"])},
            "other_articles": list(others.values())}


def articles(store: Store, limit: int = 50, offset: int = 0, search: str | None = None,
             filters: EventFilter | None = None) -> dict[str, Any]:
    """A page of articles, newest first, with how many events each reports (an event told
    twice in one article counts once); `search` finds words in the title or text, and
    `filters` keeps the articles reporting an event they keep (then `events` counts those
    events only)."""
    clauses, params = [], []
    if search:
        clauses.append(f"(title ILIKE ?{ESCAPE} OR text ILIKE ?{ESCAPE})")
        params += [contains(search)] * 2
    where_sql, event_params = where(store, filters) if filters else ("", [])
    source, counted = "articles a", "NULL"
    if where_sql:
        store.db.register("kept", kept_counts(store, where_sql, event_params))
        source, counted = "articles a JOIN kept c ON c.article_id = a.id", "c.n"
    where_articles = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    try:
        total = scalar(store, f"SELECT count(*) FROM {source}{where_articles}", params)
        rows = list(store.rows(
            f"SELECT id, published, title, outlet, source_path, part, {counted} AS events "
            f"FROM {source}{where_articles} ORDER BY published DESC NULLS LAST, id "
            "LIMIT ? OFFSET ?", [*params, limit, offset]))
    finally:
        if where_sql:
            store.db.unregister("kept")
    if not where_sql:  # every event of the articles on the page
        counts = dict(store.db.execute(
            "SELECT article_id, count(DISTINCT event_id) FROM event_mentions WHERE "
            "article_id = ANY(?) GROUP BY 1", [[r["id"] for r in rows]]).fetchall())
        for row in rows:
            row["events"] = counts.get(row["id"], 0)
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


FOLDED = "(num_articles > 1 OR num_sources > 1)"


def kept_counts(store: Store, where_sql: str, params: list[Any]) -> Any:
    """Arrow (article_id, n): how many of the events `where_sql` keeps each article reports.
    An event reported by one article and one source is counted by its own article id (one
    cheap grouping); only events folded from several are looked up in `event_mentions`."""
    import pyarrow as pa

    counts = {a: (n, folded) for a, n, folded in store.db.execute(
        f"SELECT article_id, count(*), count(*) FILTER ({FOLDED}) FROM events{where_sql} "
        "GROUP BY 1", params).fetchall()}
    totals = {a: n - folded for a, (n, folded) in counts.items() if n > folded}
    if any(folded for _, folded in counts.values()):
        for article, n in store.db.execute(
                "SELECT article_id, count(DISTINCT event_id) FROM event_mentions WHERE "
                "event_id IN (SELECT "
                f"id FROM events{and_where(where_sql, FOLDED)}) GROUP BY 1",
                params).fetchall():
            totals[article] = totals.get(article, 0) + n
    return pa.table({"article_id": pa.array(list(totals), pa.string()),
                     "n": pa.array(list(totals.values()), pa.int64())})


def actors(store: Store, limit: int = 50, offset: int = 0,
           text: str | None = None) -> dict[str, Any]:
    """A page of known actors, most mentioned first."""
    where, params = ("", []) if not text else (
        f" WHERE a.name ILIKE ?{ESCAPE} OR a.code ILIKE ?{ESCAPE}", [contains(text)] * 2)
    total = scalar(store, f"SELECT count(*) FROM actors a{where}", params)
    rows = list(store.rows(
        "SELECT a.id, a.name, a.code, a.kind, count(m.actor_id) AS mentions FROM actors a "
        f"LEFT JOIN mentions m ON m.actor_id = a.id{where} GROUP BY ALL "
        "ORDER BY mentions DESC, a.name, a.id LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "actors": rows}


# One row per event of an actor: what its page aggregates and sorts by, and which side it is on.
MINE = ("SELECT id, date, goldstein, source_code, target_code, {k} AS k, {s} AS s, {t} AS t "
        "FROM events{join} WHERE {where}")


def _has_code(column: str) -> str:
    """`column` (a ';'-joined code list) holds exactly the code given as the parameter."""
    return (f"({column} = $code OR (contains({column}, ';') AND "
            f"list_contains(string_split({column}, ';'), $code)))")


def _events_of(store: Store, key: str, sort: str) -> tuple[dict[str, Any] | None, str, Any]:
    """The actor for `key` (an actor id; None for a code), its code, and its events as an
    Arrow table (MINE's columns, k = the sort column): by canonical name for an actor, by
    exact code for a code."""
    k = SORTS[sort.lstrip("-")]
    entity = next(iter(store.rows(
        "SELECT id, name, code, country, sector, kind, aliases FROM actors WHERE id = ?",
        [key])), None)
    if entity is None:
        code = key.upper()
        sql = MINE.format(k=k, s=_has_code("source_code"), t=_has_code("target_code"), join="",
                          where=f"{_has_code('source_code')} OR {_has_code('target_code')}")
        return None, code, arrow(store, sql, {"code": code})
    store.db.register("sides", index_of(store).sides(store, entity["name"]))
    try:
        sql = MINE.format(k=k, s="sides.s", t="sides.t", join=" JOIN sides USING (id)",
                          where="true")
        return entity, entity["code"], arrow(store, sql)
    finally:
        store.db.unregister("sides")


def _kept(store: Store, mine: Any, filters: EventFilter | None) -> Any:
    """The rows of `mine` whose events `filters` keep."""
    where_sql, params = where(store, filters) if filters else ("", [])
    if not where_sql:
        return mine
    kept = arrow(store, f"SELECT id FROM events{where_sql}", params)
    store.db.register("mine_all", mine)
    store.db.register("kept", kept)
    try:
        return arrow(store, "SELECT * FROM mine_all WHERE id IN (SELECT id FROM kept)")
    finally:
        store.db.unregister("mine_all")
        store.db.unregister("kept")


def actor(store: Store, key: str, limit: int = 50, offset: int = 0,
          sort: str = "-date", filters: EventFilter | None = None) -> dict[str, Any]:
    """An actor (by id) or an actor code (e.g. IRNGOV): its roles over time, its events per
    month as source and as target (and how many have no month), its main counterparts and a
    page of its events; `filters` narrow the events."""
    entity, code, mine = _events_of(store, key, sort)
    if entity is None and mine.num_rows == 0:
        raise NotFound(f"No actor with id or code {key!r} in {store.path} — list actors at "
                       "/api/actors, or codes in /api/stats")
    mine = _kept(store, mine, filters)
    store.db.register("mine", mine)
    try:
        activity = records(store, "SELECT left(date, 7) AS period, count(*) FILTER (s) AS "
                                  "as_source, count(*) FILTER (t) AS as_target FROM mine "
                                  "WHERE length(date) >= 7 GROUP BY period ORDER BY period")
        year, none = store.db.execute(
            "SELECT count(*) FILTER (length(date) = 4), count(*) FILTER (date IS NULL OR "
            "length(date) < 4) FROM mine").fetchall()[0]
        counterparts = _counterparts(store)
        direction = "DESC" if sort.startswith("-") else "ASC"
        ids = [r[0] for r in store.db.execute(
            f"SELECT id FROM mine ORDER BY k {direction} NULLS LAST, id LIMIT ? OFFSET ?",
            [limit, offset]).fetchall()]
    finally:
        store.db.unregister("mine")
    roles = list(store.rows(
        'SELECT r.code, r.title, r.start::VARCHAR AS start, r."end"::VARCHAR AS "end", '
        "a.name FROM actor_roles r JOIN actors a ON a.id = r.actor_id WHERE "
        + ("a.id = ?" if entity else "r.code = ?") +
        ' ORDER BY r.start NULLS FIRST, r."end" NULLS LAST, a.name LIMIT 200',
        [entity["id"] if entity else code]))
    members = [] if entity else list(store.rows(
        "SELECT a.id, a.name, a.kind, count(m.actor_id) AS mentions FROM actors a LEFT JOIN "
        "mentions m ON m.actor_id = a.id WHERE a.code = ? GROUP BY ALL "
        "ORDER BY mentions DESC, a.name LIMIT 20", [code]))
    return {"key": key, "code": code, "name": entity["name"] if entity else describe(code),
            "actor": entity, "roles": roles, "members": members, "activity": activity,
            "undated": {"year_only": year, "no_date": none},
            "counterparts": counterparts, "total": mine.num_rows, "limit": limit,
            "offset": offset, "sort": sort, "events": fetch_events(store, ids)}


def _counterparts(store: Store) -> list[dict[str, Any]]:
    """The codes an actor deals with most (from the registered `mine`): as its targets when
    it is the source, and as its sources when it is the target."""
    rows = records(
        store, "SELECT code, sum(s)::INTEGER AS as_source, sum(t)::INTEGER AS as_target, "
               "count(*) AS events, round(avg(g), 2) AS mean_goldstein FROM ("
               f"SELECT {SPLIT.format('target_code')} AS code, 1 AS s, 0 AS t, goldstein AS g "
               f"FROM mine WHERE s UNION ALL SELECT {SPLIT.format('source_code')}, 0, 1, "
               "goldstein FROM mine WHERE t) WHERE code <> '' "
               "GROUP BY code ORDER BY events DESC, code LIMIT 15")
    return [{**row, "name": describe(row["code"])} for row in rows]
