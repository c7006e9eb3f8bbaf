"""Read-only queries for the detail pages: one event, one article, one actor, and the lists
that lead to them. Unknown ids raise `NotFound`, which the API turns into a 404."""

from __future__ import annotations

import re
from typing import Any

from communique.store import Store
from communique.store.queries import EVENT_COLUMNS
from communique.web.queries import SPLIT, describe, order_by, scalar

ARTICLE_COLUMNS = ("id, document_id, source_path, part, title, published, date_precision, "
                   "dateline, agency, byline, outlet, url, language, text, dropped, captions, "
                   "duplicate_of")
# How an article's events are listed next to its text: where each is reported, and what.
ARTICLE_EVENTS = (
    "SELECT e.id, [m.span_start, m.span_end] AS span, e.date, e.cameo, e.cameo_name, "
    "e.quad_class, e.goldstein, e.source_code, e.target_code, e.negated, e.mood "
    "FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ? "
    "ORDER BY m.span_start, e.id")


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
    rows = list(store.rows(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?",  # noqa: S608
                           [article_id]))
    if not rows:
        raise NotFound(f"No article with id {article_id!r} in {store.path} — list articles at "
                       "/api/articles")
    return rows[0]


def article(store: Store, article_id: str) -> dict[str, Any]:
    """An article's cleaned text, what cleaning dropped and why, and the events it reports."""
    return {"article": article_row(store, article_id),
            "events": list(store.rows(ARTICLE_EVENTS, [article_id]))}


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
                        "events": list(store.rows(ARTICLE_EVENTS, [row["id"]]))},
            "other_articles": list(others.values())}


def articles(store: Store, limit: int = 50, offset: int = 0,
             text: str | None = None) -> dict[str, Any]:
    """A page of articles, newest first, with how many events each reports."""
    where, params = ("", []) if not text else (" WHERE title ILIKE ? OR text ILIKE ?",
                                               [f"%{text}%"] * 2)
    total = scalar(store, f"SELECT count(*) FROM articles{where}", params)  # noqa: S608
    rows = list(store.rows(
        "SELECT id, published, title, outlet, source_path, part, (SELECT count(*) FROM "
        "event_mentions m WHERE m.article_id = a.id) AS events "
        f"FROM articles a{where} ORDER BY published DESC NULLS LAST, id "  # noqa: S608
        "LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "articles": rows}


def actors(store: Store, limit: int = 50, offset: int = 0,
           text: str | None = None) -> dict[str, Any]:
    """A page of known actors, most mentioned first."""
    where, params = ("", []) if not text else (" WHERE a.name ILIKE ? OR a.code ILIKE ?",
                                               [f"%{text}%"] * 2)
    total = scalar(store, f"SELECT count(*) FROM actors a{where}", params)  # noqa: S608
    rows = list(store.rows(
        "SELECT a.id, a.name, a.code, a.kind, count(m.actor_id) AS mentions FROM actors a "
        f"LEFT JOIN mentions m ON m.actor_id = a.id{where} GROUP BY ALL "  # noqa: S608
        "ORDER BY mentions DESC, a.name, a.id LIMIT ? OFFSET ?", [*params, limit, offset]))
    return {"total": total, "limit": limit, "offset": offset, "actors": rows}


def _actor_conditions(store: Store, key: str) -> tuple[dict[str, Any] | None, str, str, str]:
    """The actor for `key` (an actor id, or None for a code) and SQL conditions that pick
    the events where it is a source and a target; `?` there is the name or the code."""
    entity = next(iter(store.rows(
        "SELECT id, name, code, country, sector, kind, aliases FROM actors WHERE id = ?",
        [key])), None)
    if entity:
        return (entity, entity["name"], "list_contains(json_extract_string(source, '$[*].name'), ?)",
                "list_contains(json_extract_string(target, '$[*].name'), ?)")
    return (None, key.upper(), "list_contains(string_split(source_code, ';'), ?)",
            "list_contains(string_split(target_code, ';'), ?)")


def actor(store: Store, key: str, limit: int = 50, offset: int = 0,
          sort: str = "-date") -> dict[str, Any]:
    """An actor (by id) or an actor code (e.g. IRNGOV): its roles over time, its events per
    month as source and as target, its main counterparts and a page of its events."""
    entity, value, as_source, as_target = _actor_conditions(store, key)
    either, both = f"({as_source} OR {as_target})", [value, value]
    total = scalar(store, f"SELECT count(*) FROM events WHERE {either}", both)  # noqa: S608
    if entity is None and total == 0:
        raise NotFound(f"No actor with id or code {key!r} in {store.path} — list actors at "
                       "/api/actors, or codes in /api/stats")
    code = entity["code"] if entity else value
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
    activity = list(store.rows(
        f"SELECT left(date, 7) AS period, count(*) FILTER ({as_source}) AS as_source, "
        f"count(*) FILTER ({as_target}) AS as_target FROM events WHERE {either} "  # noqa: S608
        "AND length(date) >= 7 GROUP BY period ORDER BY period", [value, value, *both]))
    events = list(store.rows(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE {either} "  # noqa: S608
        f"ORDER BY {order_by(sort)} LIMIT ? OFFSET ?", [*both, limit, offset]))
    return {"key": key, "code": code, "name": entity["name"] if entity else describe(code),
            "actor": entity, "roles": roles, "members": members, "activity": activity,
            "counterparts": _counterparts(store, as_source, as_target, value),
            "total": total, "limit": limit, "offset": offset, "sort": sort, "events": events}


def _counterparts(store: Store, as_source: str, as_target: str, value: str) -> list[dict]:
    """The codes an actor deals with most: as its targets and as its sources."""
    rows = list(store.rows(
        "SELECT code, sum(s)::INTEGER AS as_source, sum(t)::INTEGER AS as_target, "
        "count(*) AS events, round(avg(g), 2) AS mean_goldstein FROM ("
        f"SELECT {SPLIT.format('target_code')} AS code, 1 AS s, 0 AS t, goldstein AS g "
        f"FROM events WHERE {as_source} UNION ALL "  # noqa: S608
        f"SELECT {SPLIT.format('source_code')}, 0, 1, goldstein FROM events WHERE {as_target}"
        ") WHERE code <> '' GROUP BY code ORDER BY events DESC, code LIMIT 15", [value, value]))
    return [{**row, "name": describe(row["code"])} for row in rows]
