"""Read-only queries behind the web API and the CLI: event filters and pages, overview,
dyads, network, map.

Every function takes a `Store` and returns JSON-ready dicts and lists. Nothing here writes.
The per-actor and per-article queries live in `communique/store/detail.py`.

They are written for stores of millions of events (see benchmarks/api_speed.py): no regular
expressions or JSON reads in full scans, aggregates grouped by raw column values first and
finished in Python, and full event rows fetched by primary key only for the page shown.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from communique import cameo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.store import Store
from communique.store.queries import EVENT_COLUMNS, EventFilter, contains, escape_for
from communique.store.actor_index import index_of

# Sort keys accepted by /api/events (a leading "-" sorts descending) → column.
SORTS = {"date": "date", "goldstein": "goldstein", "cameo": "cameo", "quad": "quad_class",
         "articles": "num_articles", "sources": "num_sources", "source": "source_code",
         "target": "target_code", "confidence": "confidence"}
# A place with coordinates (a missing place may be stored as JSON null).
HAS_PLACE = "location IS NOT NULL AND location::VARCHAR <> 'null'"
ACTOR_CODE = re.compile(r"(?:[A-Z]{3})+")


def records(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows as dicts, as they come (`Store.rows` would JSON-decode columns named like the
    contract's JSON fields, such as `source` and `target`)."""
    cursor = store.db.execute(sql, params or [])
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def arrow(store: Store, sql: str, params: list[Any] | dict[str, Any] | None = None) -> Any:
    """A query's result as an Arrow table (to register and query again in memory)."""
    return store.db.sql(sql, params=params or None).to_arrow_table()


def scalar(store: Store, sql: str, params: list[Any] | None = None) -> Any:
    """The first column of the first row of a query (None if there is no row)."""
    rows = store.db.execute(sql, params or []).fetchall()  # all: no result left open
    return rows[0][0] if rows else None


def and_where(where: str, clause: str) -> str:
    """Add one more condition (if any) to a WHERE clause made by `where()`."""
    if not clause:
        return where
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def codes(value: str | None) -> list[str]:
    """The codes of a ';'-joined code column value."""
    return [c for c in (value or "").split(";") if c]


def describe(code: str | None) -> str:
    """A readable name for an actor code: "IRNGOV" → "Iran government"; "" for an actor
    named but not coded."""
    if not code:
        return ""
    countries, sectors = cameo.countries(), cameo.sectors()
    country = countries.get(code[:3])
    rest = [sectors.get(code[i:i + 3]) for i in range(3 if country else 0, len(code), 3)]
    words = [w for w in [country, *[r.lower() if r and country else r for r in rest]] if w]
    return " ".join(words) if words else code


def where(store: Store, f: EventFilter) -> tuple[str, list[Any]]:
    """`EventFilter.where()`, with actor names looked up in the actor index instead of the
    JSON. An actor given as a CAMEO code (IRNGOV) matches codes; anything else (Erdogan) also
    matches the actors' names and mention text, whose matches this registers on the store's
    connection as `actor_matches`, by row number (the web app gives each request a cursor of
    its own); the clause is meant for `FROM events` alone.

    A name without ';' is looked up in the index alone: the index holds each actor's code,
    and the code columns are those codes joined by ';' (`writing._event_row`), so a match in
    them is a match in the index, and the code columns need no scan for it."""
    sql, params = dataclasses.replace(f, actor=None).where()
    if not f.actor:
        return sql, params
    escape = escape_for(f.actor)
    by_code = f"source_code ILIKE ?{escape} OR target_code ILIKE ?{escape}"
    code_params = [contains(f.actor), contains(f.actor)]
    if ACTOR_CODE.fullmatch(f.actor):
        return and_where(sql, f"({by_code})"), [*params, *code_params]
    store.db.register("actor_matches", index_of(store).matching(store, f.actor))
    by_name = "rowid IN (SELECT r FROM actor_matches)"
    if ";" not in f.actor:
        return and_where(sql, by_name), params
    return and_where(sql, f"({by_code} OR {by_name})"), [*params, *code_params]


def fetch_events(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Full event rows for these ids, in this order (primary-key lookups)."""
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = {r["id"]: r for r in store.rows(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE id IN ({marks})", ids)}
    return [rows[i] for i in ids if i in rows]


def order_by(sort: str) -> str:
    """The ORDER BY of a sort key ("-date"): its column, nulls last, ties by id."""
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"ORDER BY {SORTS[sort.lstrip('-')]} {direction} NULLS LAST, id"


def after_key(column: str, sort: str, key: tuple[Any, str]) -> tuple[str, list[Any]]:
    """The rows that come after the row whose (sort value, id) is `key`, in `sort` order
    (nulls last, ties by id): the keyset condition that replaces OFFSET."""
    value, last_id = key
    if value is None:
        return f"({column} IS NULL AND id > ?)", [last_id]
    beyond = "<" if sort.startswith("-") else ">"
    return (f"({column} {beyond} ? OR ({column} = ? AND id > ?) OR {column} IS NULL)",
            [value, value, last_id])


# A page's candidate rows are fetched by row number up to this many; past it (many ties on
# the sort value), the filters are run again with the narrowing conditions instead.
MAX_CANDIDATES = 5_000


def page_ids(store: Store, where_sql: str, params: list[Any], sort: str, limit: int,
             offset: int = 0, after: tuple[Any, str] | None = None
             ) -> tuple[int, list[tuple[str, Any]]]:
    """How many events match, and the (id, sort value) of one page of them in `sort` order:
    the page at `offset`, or, with `after` (the last row's sort value and id), the page that
    follows that row, found by its key and not by counting rows (keyset paging).

    Reading the `id` column of every match is the slow part of a sort with ties broken by
    id, so the rows that can be on the page are first narrowed down on the sort column alone
    (`_narrowed`), and ids are read for those rows only."""
    column = SORTS[sort.lstrip("-")]
    needed = (0 if after else int(offset)) + int(limit)
    if where_sql:  # one scan for the matches; count and narrow them in memory
        matches = arrow(store, f"SELECT rowid AS r, {column} AS k FROM events{where_sql}",
                        params)
        total = matches.num_rows
        store.db.register("matches", matches)
        try:
            bound = _bound(store, "matches", "k", sort, needed, after)
            narrow, narrow_params = _narrowed("k", sort, after, bound)
            rowids = [r[0] for r in store.db.execute(
                f"SELECT r FROM matches{and_where('', narrow)} LIMIT {MAX_CANDIDATES + 1}",
                narrow_params).fetchall()]
        finally:
            store.db.unregister("matches")
        if len(rowids) <= MAX_CANDIDATES:
            source, source_params = " WHERE rowid = ANY(?)", [rowids]
        else:
            narrow, narrow_params = _narrowed(column, sort, after, bound)
            source, source_params = and_where(where_sql, narrow), [*params, *narrow_params]
    else:
        total = scalar(store, "SELECT count(*) FROM events")
        narrow, source_params = _narrowed(
            column, sort, after, _bound(store, "events", column, sort, needed, after))
        source = and_where("", narrow)
    keyset, extra = after_key(column, sort, after) if after else ("", [])
    direction = "DESC" if sort.startswith("-") else "ASC"
    rows = store.db.execute(
        f"SELECT id, {column} AS k FROM events{and_where(source, keyset)} "
        f"ORDER BY k {direction} NULLS LAST, id LIMIT {int(limit)} "
        f"OFFSET {0 if after else int(offset)}", [*source_params, *extra]).fetchall()
    return total, rows


def _coarse(key: str, sort: str, after: tuple[Any, str] | None) -> tuple[list[str], list]:
    """The rows from `after`'s sort value on, judged on the value alone (ties included)."""
    if not after:
        return [], []
    if after[0] is None:
        return [f"{key} IS NULL"], []
    return [f"({key} {'<=' if sort.startswith('-') else '>='} ? OR {key} IS NULL)"], [after[0]]


def _bound(store: Store, table: str, key: str, sort: str, needed: int,
           after: tuple[Any, str] | None) -> Any:
    """The sort value of the `needed`-th row after `after` at the latest, counting the rows
    tied with `after`'s value as if they came after it (None: no such row, or a null)."""
    conditions, params = _coarse(key, sort, after)
    ties = 0
    if after:
        tie = f"{key} IS NULL" if after[0] is None else f"{key} = ?"
        ties = scalar(store, f"SELECT count(*) FROM {table} WHERE {tie}",
                      [] if after[0] is None else [after[0]])
    direction = "DESC" if sort.startswith("-") else "ASC"
    return scalar(store, f"SELECT {key} FROM {table}{and_where('', ' AND '.join(conditions))} "
                         f"ORDER BY {key} {direction} NULLS LAST LIMIT 1 "
                         f"OFFSET {needed + ties - 1}", params)


def _narrowed(key: str, sort: str, after: tuple[Any, str] | None,
              bound: Any) -> tuple[str, list[Any]]:
    """Conditions on the sort value that keep every row the page can hold: from `after`'s
    value to the `bound`."""
    conditions, params = _coarse(key, sort, after)
    if bound is not None:
        conditions.append(f"{key} {'>=' if sort.startswith('-') else '<='} ?")
        params.append(bound)
    return " AND ".join(conditions), params


def events_page(store: Store, filters: EventFilter, sort: str = "-date",
                after: tuple[Any, str] | None = None) -> dict[str, Any]:
    """One page of events (filters.limit/offset, or the page after the row keyed `after`),
    the number matching in all, and `last`: the last row's (sort value, id), to ask for the
    next page with."""
    limit, offset = int(filters.limit or 100), int(filters.offset)
    total, rows = page_ids(store, *where(store, filters), sort, limit, offset, after)
    return {"total": total, "limit": limit, "offset": offset, "sort": sort,
            "events": fetch_events(store, [r[0] for r in rows]),
            "last": [rows[-1][1], rows[-1][0]] if rows else None}


def sorted_events(store: Store, filters: EventFilter, sort: str = "-date",
                  columns: str = EVENT_COLUMNS) -> Iterator[dict[str, Any]]:
    """Every event `filters` keep, in `sort` order (a download of the table as sorted)."""
    sql, params = dataclasses.replace(filters, limit=None, offset=0).sql(
        columns, where(store, filters), order_by(sort))
    yield from store.rows(sql, params)


def monthly(store: Store, where_sql: str = "", params: list[Any] | None = None) -> list[dict]:
    """Events per month: total, mean Goldstein and counts by QuadClass [1, 2, 3, 4]."""
    rows = store.db.execute(
        "SELECT left(date, 7), quad_class, count(*), sum(goldstein) FROM events"
        f"{and_where(where_sql, 'length(date) >= 7')} GROUP BY ALL", params or []).fetchall()
    return _months(rows)


def _months(rows: list[tuple[str, int, int, float | None]]) -> list[dict[str, Any]]:
    """(period, quad, events, sum of Goldstein) rows → one dict per month, in order."""
    months: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0, 0, 0, 0])
    for period, quad, n, total in rows:
        month = months[period]
        month[0] += n
        month[1] += total or 0.0
        if quad in (1, 2, 3, 4):
            month[1 + quad] += n
    return [{"period": p, "events": int(m[0]), "mean_goldstein": round(m[1] / m[0], 2),
             "quad_classes": [int(x) for x in m[2:]]} for p, m in sorted(months.items())]


def pairs(store: Store, where_sql: str = "", params: list[Any] | None = None) -> list[tuple]:
    """(source_code, target_code, events, sum of Goldstein) for every pair of code lists."""
    return store.db.execute("SELECT source_code, target_code, count(*), sum(goldstein) "
                            f"FROM events{where_sql} GROUP BY ALL",
                            params or []).fetchall()


def undated(store: Store, where_sql: str = "", params: list[Any] | None = None) -> dict:
    """How many events a monthly chart cannot place: dated to the year only, or not at all."""
    year, none = store.db.execute(
        "SELECT count(*) FILTER (length(date) = 4), count(*) FILTER (date IS NULL OR "
        f"length(date) < 4) FROM events{where_sql}", params or []).fetchall()[0]
    return {"year_only": year, "no_date": none}


def country_dyads(by_pair: list[tuple], top: int = 10) -> list[dict[str, Any]]:
    """The busiest source → target country pairs (codes' first three letters), leaving out
    an event's same-country pairs (IRNGOV → IRN) and sides with no actor."""
    edges: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for source, target, n, total in by_pair:
        for link in {(s[:3], t[:3]) for s in codes(source) for t in codes(target)}:
            if link[0] != link[1]:
                edges[link][0] += n
                edges[link][1] += total or 0.0
    ranked = sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0]))[:top]
    return [{"source": s, "target": t, "source_name": describe(s), "target_name": describe(t),
             "events": int(n), "mean_goldstein": round(g / n, 2)} for (s, t), (n, g) in ranked]


def stats(store: Store, filters: EventFilter | None = None, top: int = 10) -> dict[str, Any]:
    """The overview of the events `filters` keep (default all): counts, date range, events
    per month by QuadClass, events a monthly chart cannot place, top dyads between countries
    and top actors. Article and actor counts are of the whole store."""
    where_sql, params = where(store, filters or EventFilter(limit=None))
    grouped = store.db.execute("SELECT left(date, 7), quad_class, cameo_root, count(*), "
                               f"sum(goldstein) FROM events{where_sql} GROUP BY ALL",
                               params).fetchall()
    [(first, last, located)] = store.db.execute(
        f"SELECT min(date), max(date), count(*) FILTER ({HAS_PLACE}) FROM events{where_sql}",
        params).fetchall()
    roots: Counter[str] = Counter()
    for _, _, root, n, _ in grouped:
        roots[root or ""] += n
    dated = [g for g in grouped if g[0] and len(g[0]) >= 7]
    by_pair = pairs(store, where_sql, params)
    actors: Counter[str] = Counter()
    for source, target, n, _ in by_pair:
        for code in set(codes(source)) | set(codes(target)):
            actors[code] += n
    return {"articles": store.count("articles"), "actors": store.count("actors"),
            "events": sum(roots.values()), "event_mentions": store.count("event_mentions"),
            "geolocated": located, "first_date": first, "last_date": last,
            "roots": [{"root": r, "name": cameo.lookup(r).name, "events": n}
                      for r, n in sorted(roots.items()) if r],
            "months": _months([(p, q, n, s) for p, q, _, n, s in dated]),
            "undated": undated(store, where_sql, params),
            "top_dyads": country_dyads(by_pair, top),
            "top_actors": [{"code": c, "name": describe(c), "events": n}
                           for c, n in sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))
                           [:top]]}


def dyad(store: Store, dyad_code: str, limit: int = 50, offset: int = 0,
         sort: str = "-date", filters: EventFilter | None = None) -> dict[str, Any]:
    """A directed dyad (e.g. TUR-IRQ): events per month by QuadClass with mean Goldstein,
    the events a monthly chart cannot place, and a page of its events; `filters` narrow it."""
    source, _, target = dyad_code.upper().partition("-")
    filters = dataclasses.replace(filters or EventFilter(), dyad=f"{source}-{target}",
                                  limit=limit, offset=offset)
    where_sql, params = where(store, filters)
    page = events_page(store, filters, sort)
    del page["last"]
    return {"dyad": f"{source}-{target}", "source": source, "target": target,
            "source_name": describe(source), "target_name": describe(target),
            "reverse": f"{target}-{source}", "months": monthly(store, where_sql, params),
            "undated": undated(store, where_sql, params), **page}


def network(store: Store, filters: EventFilter, top: int = 150) -> dict[str, Any]:
    """Country-to-country edges (first three letters of the CAMEO actor codes): weight =
    events, mean Goldstein; domestic events (same country on both sides) are left out."""
    edges: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for source, target, n, total in pairs(store, *where(store, filters)):
        links = {(s[:3], t[:3]) for s in codes(source) for t in codes(target)}
        for link in links:
            if link[0] != link[1]:
                edges[link][0] += n
                edges[link][1] += total or 0.0
    ranked = sorted(edges.items(), key=lambda kv: (-kv[1][0], kv[0]))
    shown: list[dict[str, Any]] = [
        {"source": s, "target": t, "events": int(n), "mean_goldstein": round(g / n, 2)}
        for (s, t), (n, g) in ranked[:top]]
    weight: Counter[str] = Counter()
    for edge in shown:
        weight[edge["source"]] += edge["events"]
        weight[edge["target"]] += edge["events"]
    nodes = [{"id": code, "name": describe(code), "events": n}
             for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"total_edges": len(edges), "nodes": nodes, "edges": shown}


def map_places(store: Store, filters: EventFilter, top: int = 1000) -> dict[str, Any]:
    """Geolocated events grouped by place (name, country, lat, lon), with the latest few
    events at each. Grouped by the raw location value first: parsing JSON is the slow part."""
    where_sql, params = where(store, filters)
    groups = records(store, "SELECT location::VARCHAR AS raw, count(*) AS n, sum(goldstein) AS "
                            "g, coalesce(max_by(id, date, 3), []) AS latest FROM events"
                            f"{and_where(where_sql, HAS_PLACE)} GROUP BY raw",
                     params)
    places: dict[tuple, dict[str, Any]] = {}
    for group in groups:
        loc = json.loads(group["raw"])
        if not isinstance(loc, dict) or loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = (loc.get("name"), loc.get("country"), float(loc["lat"]), float(loc["lon"]))
        place = places.setdefault(key, {"n": 0, "g": 0.0, "latest": []})
        place["n"] += group["n"]
        place["g"] += group["g"] or 0.0
        place["latest"] += group["latest"]
    ranked = sorted(places.items(), key=lambda kv: (-kv[1]["n"], str(kv[0][0])))[:top]
    latest = {e["id"]: e for e in records(
        store, "SELECT id, date, cameo, cameo_name, quad_class, source_code, target_code, sentence "
               "FROM events WHERE id IN "
               f"({', '.join('?' * sum(len(p['latest']) for _, p in ranked)) or 'NULL'})",
        [i for _, p in ranked for i in p["latest"]])}
    out = []
    for (name, country, lat, lon), p in ranked:
        events = sorted((latest[i] for i in p["latest"] if i in latest),
                        key=lambda e: (e["date"] or "", e["id"]), reverse=True)[:5]
        out.append({"name": name, "country": country, "lat": lat, "lon": lon, "events": p["n"],
                    "mean_goldstein": round(p["g"] / p["n"], 2), "latest": events})
    return {"geolocated": sum(p["n"] for p in places.values()), "places": out}
