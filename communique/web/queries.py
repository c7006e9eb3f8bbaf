"""Read-only aggregate queries behind the web API: overview, event pages, dyads, network, map.

Every function takes a `Store` and returns JSON-ready dicts and lists. Nothing here writes.
The per-actor and per-article queries live in `communique/web/detail.py`.
"""

from __future__ import annotations

from typing import Any

from communique import cameo
from communique.store import Store
from communique.store.queries import EVENT_COLUMNS, EventFilter

# Sort keys accepted by /api/events (a leading "-" sorts descending) → column.
SORTS = {"date": "date", "goldstein": "goldstein", "cameo": "cameo", "quad": "quad_class",
         "articles": "num_articles", "sources": "num_sources", "source": "source_code",
         "target": "target_code", "confidence": "confidence"}
# One row per month: total, mean Goldstein and a count per QuadClass (1–4).
MONTHLY = ("left(date, 7) AS period, count(*) AS events, round(avg(goldstein), 2) AS "
           "mean_goldstein, [count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2), "
           "count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4)] AS quad_classes")
# Actor codes of a ';'-joined code column, one row each (used with unnest).
SPLIT = "unnest(string_split({}, ';'))"


def scalar(store: Store, sql: str, params: list[Any] | None = None) -> Any:
    """The first column of the first row of a query."""
    return store.db.execute(sql, params or []).fetchone()[0]


def and_where(where: str, clause: str) -> str:
    """Add one more condition to a WHERE clause made by `EventFilter.where()`."""
    return f"{where} AND {clause}" if where else f" WHERE {clause}"


def describe(code: str) -> str:
    """A readable name for an actor code: "IRNGOV" → "Iran government"."""
    countries, sectors = cameo.countries(), cameo.sectors()
    country = countries.get(code[:3])
    rest = [sectors.get(code[i:i + 3]) for i in range(3 if country else 0, len(code), 3)]
    words = [w for w in [country, *[r.lower() if r and country else r for r in rest]] if w]
    return " ".join(words) if words else code


def order_by(sort: str) -> str:
    """An ORDER BY clause from a sort key such as "-date" (validated against SORTS)."""
    column = SORTS[sort.lstrip("-")]
    return f"{column} {'DESC' if sort.startswith('-') else 'ASC'} NULLS LAST, id"


def events_page(store: Store, filters: EventFilter, sort: str = "-date") -> dict[str, Any]:
    """One page of events (filters.limit/offset) and the number matching in all."""
    where, params = filters.where()
    total = scalar(store, f"SELECT count(*) FROM events{where}", params)  # noqa: S608
    sql = (f"SELECT {EVENT_COLUMNS} FROM events{where} ORDER BY {order_by(sort)} "  # noqa: S608
           f"LIMIT {int(filters.limit or 100)} OFFSET {int(filters.offset)}")
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "sort": sort,
            "events": list(store.rows(sql, params))}


def monthly(store: Store, where: str = "", params: list[Any] | None = None) -> list[dict]:
    """Events per month: total, mean Goldstein and counts by QuadClass [1, 2, 3, 4]."""
    where = and_where(where, "length(date) >= 7")
    return list(store.rows(f"SELECT {MONTHLY} FROM events{where} "  # noqa: S608
                           "GROUP BY period ORDER BY period", params or []))


def top_dyads(store: Store, top: int = 10) -> list[dict[str, Any]]:
    return list(store.rows(
        "SELECT source_code AS source, target_code AS target, count(*) AS events, "
        "round(avg(goldstein), 2) AS mean_goldstein FROM events "
        "WHERE source_code <> '' AND target_code <> '' "
        "GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?", [top]))


def top_actors(store: Store, top: int = 10) -> list[dict[str, Any]]:
    rows = list(store.rows(
        f"SELECT code, count(*) AS events FROM (SELECT {SPLIT.format('source_code')} AS code "
        f"FROM events UNION ALL SELECT {SPLIT.format('target_code')} FROM events) "
        "WHERE code <> '' GROUP BY code ORDER BY events DESC, code LIMIT ?", [top]))
    return [{**row, "name": describe(row["code"])} for row in rows]


def stats(store: Store, top: int = 10) -> dict[str, Any]:
    """The overview: counts, date range, events per month by QuadClass, top dyads and actors."""
    first, last, located = store.db.execute(
        "SELECT min(date), max(date), count(location) FROM events").fetchone()
    roots = store.db.execute("SELECT cameo_root, count(*) FROM events "
                             "GROUP BY ALL ORDER BY cameo_root").fetchall()
    return {"articles": store.count("articles"), "actors": store.count("actors"),
            "events": store.count("events"), "event_mentions": store.count("event_mentions"),
            "geolocated": located, "first_date": first, "last_date": last,
            "roots": [{"root": r, "name": cameo.lookup(r).name, "events": n} for r, n in roots],
            "months": monthly(store), "top_dyads": top_dyads(store, top),
            "top_actors": top_actors(store, top)}


def dyad(store: Store, dyad_code: str, limit: int = 50, offset: int = 0,
         sort: str = "-date") -> dict[str, Any]:
    """A directed dyad (e.g. TUR-IRQ): events per month by QuadClass with mean Goldstein,
    and a page of its events."""
    source, _, target = dyad_code.upper().partition("-")
    filters = EventFilter(dyad=dyad_code, limit=limit, offset=offset)
    where, params = filters.where()
    return {"dyad": f"{source}-{target}", "source": source, "target": target,
            "source_name": describe(source), "target_name": describe(target),
            "reverse": f"{target}-{source}", "months": monthly(store, where, params),
            **events_page(store, filters, sort)}


def network(store: Store, filters: EventFilter, top: int = 150) -> dict[str, Any]:
    """Country-to-country edges (first three letters of the CAMEO actor codes): weight =
    events, mean Goldstein; domestic events (same country on both sides) are left out."""
    where, params = filters.where()
    edges = list(store.rows(
        f"WITH s AS (SELECT left({SPLIT.format('source_code')}, 3) AS source, target_code, "
        f"goldstein FROM events{where}), "  # noqa: S608
        f"t AS (SELECT source, left({SPLIT.format('target_code')}, 3) AS target, goldstein "
        "FROM s) SELECT source, target, count(*) AS events, round(avg(goldstein), 2) AS "
        "mean_goldstein FROM t WHERE source <> '' AND target <> '' AND source <> target "
        "GROUP BY ALL ORDER BY events DESC, source, target", params))
    shown = edges[:top]
    weight: dict[str, int] = {}
    for edge in shown:
        for end in (edge["source"], edge["target"]):
            weight[end] = weight.get(end, 0) + edge["events"]
    nodes = [{"id": code, "name": describe(code), "events": n}
             for code, n in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"total_edges": len(edges), "nodes": nodes, "edges": shown}


def map_places(store: Store, filters: EventFilter, top: int = 1000) -> dict[str, Any]:
    """Geolocated events grouped by place, with their latest few events."""
    where, params = filters.where()
    where = and_where(where, "location IS NOT NULL")
    places = list(store.rows(
        "SELECT location->>'name' AS name, location->>'country' AS country, "
        "TRY_CAST(location->>'lat' AS DOUBLE) AS lat, TRY_CAST(location->>'lon' AS DOUBLE) "
        "AS lon, count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein, "
        "max_by({'id': id, 'date': date, 'cameo_name': cameo_name, 'quad_class': quad_class}, "
        f"date, 5) AS latest FROM events{where} GROUP BY ALL "  # noqa: S608
        "HAVING lat IS NOT NULL AND lon IS NOT NULL ORDER BY events DESC, name LIMIT ?",
        [*params, top]))
    total = scalar(store, f"SELECT count(*) FROM events{where}", params)  # noqa: S608
    return {"geolocated": total, "places": places}
