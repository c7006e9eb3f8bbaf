"""p95 latency of the web API's main endpoints on 1M synthetic events (target: < 100 ms),
and the time a full filtered CSV download of 100,000 of them takes (target: < 5 s).

    .venv/bin/python benchmarks/api_speed.py [--events 1000000] [--runs 30] [--download 100000]

Builds a temporary DuckDB with the store's own schema (`Store(path)`), fills it with SQL
(`INSERT INTO events SELECT ... FROM range(N)`), opens it read-only as `communique serve`
does, and times each endpoint in-process through FastAPI's TestClient (routing, validation,
queries and JSON encoding; no network). Each request varies its parameters, and the first
requests of each endpoint are warm-up, shown apart: the first request that searches actor
names builds the server's in-memory actor index (communique/store/actor_index.py).

"cursor, deep" follows `next_cursor` from a cursor made for the middle row: keyset
pages, whose cost does not grow with the depth. The download is timed from the request to
the last byte received, with a date range chosen to keep `--download` events.
"""

from __future__ import annotations

import argparse
import datetime
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from communique import cameo
from communique.store import Store

COUNTRIES = ["USA", "IRN", "IRQ", "TUR", "SYR", "ISR", "PSE", "LBN", "SAU", "QAT", "ARE",
             "EGY", "JOR", "RUS", "UKR", "CHN", "GBR", "FRA", "DEU", "IND", "PAK", "AFG",
             "YEM", "OMN", "KWT", "BHR", "LBY", "SDN", "ETH", "NGA", "KOR", "PRK", "JPN",
             "BRA", "MEX", "VEN", "COL", "KUR", "IMG", "IGO"]
SECTORS = ["", "GOV", "MIL", "REB", "OPP", "COP"]
CODES = [c + s for c in COUNTRIES for s in SECTORS]
ARTICLES = 10_000
PLOVERS = ["ASSAULT", "CONSULT", "ACCUSE", "AGREE", "COERCE", "AID", "THREATEN", "PROTEST"]


def build(path: str, n: int) -> None:
    """A store with n events over ARTICLES articles, 1,000 actors and 100 places."""
    with Store(path) as store:
        db = store.db
        db.execute("SET enable_progress_bar = false")
        table = [c for c in cameo.codes().values() if len(c.code) == 3]
        db.execute("CREATE TEMP TABLE codes (k INTEGER, code VARCHAR)")
        db.executemany("INSERT INTO codes VALUES (?, ?)", list(enumerate(CODES)))
        db.execute("CREATE TEMP TABLE cam (k INTEGER, code VARCHAR, name VARCHAR, plover "
                   "VARCHAR, goldstein DOUBLE, quad INTEGER)")
        db.executemany("INSERT INTO cam VALUES (?, ?, ?, ?, ?, ?)",
                       [(k, c.code, c.name, c.plover, c.goldstein or 0.0, c.quad_class)
                        for k, c in enumerate(table)])
        db.execute("CREATE TEMP TABLE places (k INTEGER, name VARCHAR, country VARCHAR, "
                   "lat DOUBLE, lon DOUBLE)")
        rng = random.Random(7)
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?)",
                       [(k, f"Place {k}", COUNTRIES[k % len(COUNTRIES)],
                         rng.uniform(-50, 65), rng.uniform(-120, 140)) for k in range(100)])
        text = "Synthetic sentence about the news of the day. " * 40
        db.execute(f"""INSERT INTO articles (id, document_id, source_path, part, title,
            published, date_precision, outlet, language, text, dropped, byline, captions)
            SELECT 'art' || i, 'doc' || i, 'synthetic.jsonl', 1, 'Synthetic article ' || i,
                   strftime(DATE '2000-01-01' + INTERVAL (i % 9000) DAY, '%Y-%m-%d'), 'day',
                   'Outlet ' || (i % 50), 'en', '{text}',
                   '[{{"text": "Advertisement", "reason": "page furniture", "start": 0}}]',
                   '[]', '[]'
            FROM range({ARTICLES}) t(i)""")
        db.execute(f"""INSERT INTO actors (id, name, code, country, sector, aliases, roles,
            learned, kind)
            SELECT printf('%016x', hash('actor' || i)), 'Actor ' || i, c.code, left(c.code, 3),
                   NULLIF(substr(c.code, 4), ''), '[]',
                   '[{{"code": "' || c.code || '", "start": "2001-01-01", "end": null}}]',
                   false, 'person'
            FROM range(1000) t(i) JOIN codes c ON c.k = i % {len(CODES)}""")
        db.execute("""INSERT INTO actor_roles SELECT printf('%016x', hash('role' || a.id)),
            a.id, a.code, DATE '2001-01-01', NULL, 'Minister' FROM actors a""")
        db.execute(f"""INSERT INTO mentions SELECT 'art' || (i % {ARTICLES}),
            (i // {ARTICLES}) * 200, (i // {ARTICLES}) * 200 + 9, 'Actor ' || (i % 1000),
            printf('%016x', hash('actor' || (i % 1000))), c.code
            FROM range({ARTICLES * 10}) t(i) JOIN codes c ON c.k = (i % 1000) % {len(CODES)}""")
        db.execute(f"""INSERT INTO events
            WITH base AS (
              SELECT i, (i * 7919) % {len(CODES)} AS s, (i * 104729 + 13) % {len(CODES)} AS t,
                     (i * 31) % (SELECT count(*) FROM cam) AS c, i % {ARTICLES} AS a,
                     i % 100 AS p, (i // {ARTICLES}) % 10 AS slot, i % 1000 AS actor
              FROM range({n}) r(i))
            SELECT printf('%016x', hash(i)), 'art' || a,
                   strftime(DATE '2000-01-01' + INTERVAL (i % 9000) DAY, '%Y-%m-%d'), 'day',
                   '[{{"text": "Actor ' || actor || '", "name": "Actor ' || actor ||
                     '", "code": "' || sc.code || '", "country": "' || left(sc.code, 3) ||
                     '", "sector": null}}]',
                   '[{{"text": "' || tc.code || '", "name": "' || tc.code || '", "code": "' ||
                     tc.code || '", "country": "' || left(tc.code, 3) || '", "sector": null}}]',
                   sc.code, tc.code, cam.code, left(cam.code, 2), cam.name, cam.plover,
                   cam.goldstein, cam.quad,
                   CASE WHEN i % 5 < 3 THEN '{{"name": "' || pl.name || '", "country": "' ||
                     pl.country || '", "lat": ' || pl.lat || ', "lon": ' || pl.lon || '}}'
                   ELSE NULL END,
                   false, 'asserted', NULL,
                   'Synthetic sentence ' || i || ' about ' || sc.code || ' and ' || tc.code,
                   slot * 200, slot * 200 + 180, 0.7, 1, 1, 'about'
            FROM base JOIN codes sc ON sc.k = s JOIN codes tc ON tc.k = t
            JOIN cam ON cam.k = c JOIN places pl ON pl.k = p""")
        db.execute("""INSERT INTO event_mentions SELECT id, id, article_id, sentence,
            span_start, span_end, confidence, date, reported_by FROM events""")
        db.execute("CHECKPOINT")


def endpoints(ids: list[str], actor_ids: list[str]) -> dict[str, Callable[[int], str]]:
    """Endpoint name → the path of its k-th request (parameters vary with k)."""
    def pick(items: list[str], k: int) -> str:
        return items[(k * 7) % len(items)]

    def dyad(k: int) -> str:
        return f"{pick(COUNTRIES, k)}-{pick(COUNTRIES, k + 3)}"

    return {
        "/api/stats": lambda k: "/api/stats",
        "/api/events": lambda k: f"/api/events?offset={k * 50}",
        "/api/events?dyad=": lambda k: f"/api/events?dyad={dyad(k)}",
        "/api/events?actor=CODE": lambda k: f"/api/events?actor={pick(CODES, k)}",
        "/api/events?actor=name": lambda k: f"/api/events?actor=Actor+{(k * 13) % 1000}",
        "/api/events?root&since": lambda k: f"/api/events?root={k % 20 + 1}&since={2000 + k % 20}",
        "/api/events?text=": lambda k: f"/api/events?text=sentence+{k}+about",
        "/api/events?country&conf": lambda k: (f"/api/events?country={pick(COUNTRIES[:30], k)}"
                                               "&min_confidence=0.5&hide_domestic=true"),
        "/api/events?plover&mood": lambda k: (f"/api/events?plover={pick(PLOVERS, k)}"
                                              "&mood=asserted&negated=false"),
        "/api/events?quad&sort": lambda k: f"/api/events?quad={k % 4 + 1}&sort=-goldstein",
        "/api/events?sort=goldstein": lambda k: f"/api/events?sort=goldstein&offset={k * 50}",
        "/api/events/{id}": lambda k: f"/api/events/{pick(ids, k)}",
        "/api/dyad": lambda k: f"/api/dyad?dyad={dyad(k)}",
        "/api/actors/{code}": lambda k: f"/api/actors/{pick(CODES, k)}",
        "/api/actors/{id}": lambda k: f"/api/actors/{pick(actor_ids, k)}",
        "/api/actors": lambda k: f"/api/actors?offset={k}",
        "/api/network": lambda k: "/api/network" + ("" if k % 2 else f"?quad={k % 4 + 1}"),
        "/api/map": lambda k: "/api/map" + ("" if k % 2 else f"?since={2000 + k % 20}"),
        "/api/articles": lambda k: f"/api/articles?offset={k * 50}",
        "/api/articles?country=": lambda k: f"/api/articles?country={pick(COUNTRIES[:30], k)}",
        "/api/articles/{id}": lambda k: f"/api/articles/art{(k * 37) % ARTICLES}",
    }


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def measure(path: str, runs: int, warmup: int = 2) -> dict[str, tuple[float, float, float]]:
    """Endpoint name → (first request, median, p95) in milliseconds."""
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    with Store(path, read_only=True) as store:
        ids = [r[0] for r in store.db.execute(
            "SELECT id FROM events USING SAMPLE 200 ROWS").fetchall()]
        actor_ids = [r[0] for r in store.db.execute("SELECT id FROM actors").fetchall()]
        client = TestClient(create_app(store))
        results = {}
        for name, path_for in endpoints(ids, actor_ids).items():
            samples, first = [], 0.0
            for k in range(warmup + runs):
                start = time.perf_counter()
                response = client.get(path_for(k))
                elapsed = (time.perf_counter() - start) * 1000
                assert response.status_code == 200, (path_for(k), response.text[:300])
                if k == 0:
                    first = elapsed
                if k >= warmup:
                    samples.append(elapsed)
            results[name] = (first, statistics.median(samples), p95(samples))
        results["/api/events cursor, deep"] = deep_pages(client, store, runs + warmup, warmup)
    return results


def deep_pages(client: object, store: Store, pages: int, warmup: int
               ) -> tuple[float, float, float]:
    """(first, median, p95) ms of `pages` pages followed by `next_cursor` from the middle
    row (the 500,000th of 1M)."""
    from communique.web.api import make_cursor

    depth = store.count("events") // 2
    value, last_id = store.db.execute(
        "SELECT date, id FROM events ORDER BY date DESC NULLS LAST, id LIMIT 1 OFFSET ?",
        [depth - 1]).fetchall()[0]
    cursor, samples, first = make_cursor([value, last_id], depth, "-date"), [], 0.0
    for k in range(pages):
        start = time.perf_counter()
        body = client.get(f"/api/events?cursor={cursor}").json()  # type: ignore[attr-defined]
        elapsed = (time.perf_counter() - start) * 1000
        assert body["ok"] and body["offset"] == depth + 50 * k, body
        cursor = body["next_cursor"]
        first = first or elapsed
        if k >= warmup:
            samples.append(elapsed)
    return first, statistics.median(samples), p95(samples)


def download(path: str, wanted: int, fmt: str = "csv") -> tuple[str, int, int, float]:
    """(query, events, bytes, seconds) of a full filtered download keeping about `wanted`
    events: a date range from 2000-01-01 (the synthetic events are one a day, cycling)."""
    from fastapi.testclient import TestClient

    from communique.web.app import create_app

    with Store(path, read_only=True) as store:
        total = store.count("events")
        days = max(1, round(9000 * wanted / total))
        until = (datetime.date(2000, 1, 1) + datetime.timedelta(days=days - 1)).isoformat()
        query = f"/api/events/download?format={fmt}&until={until}&sort=-date"
        client = TestClient(create_app(store))
        start = time.perf_counter()
        size, lines = 0, 0
        with client.stream("GET", query) as response:
            assert response.status_code == 200, response.read()[:300]
            for chunk in response.iter_bytes():
                size += len(chunk)
                lines += chunk.count(b"\n")
        seconds = time.perf_counter() - start
    return query, lines - 1, size, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--download", type=int, default=100_000,
                        help="How many events the timed CSV download keeps (0: none).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "synthetic.duckdb")
        start = time.perf_counter()
        build(path, args.events)
        print(f"built {args.events:,} synthetic events in {time.perf_counter() - start:.1f} s")
        results = measure(path, args.runs)
        fetched = download(path, args.download) if args.download else None
    print(f"{'endpoint':<30} {'first ms':>9} {'median ms':>10} {'p95 ms':>9}")
    for name, (first, median, high) in results.items():
        flag = "" if high < 100 else "  over 100 ms"
        print(f"{name:<30} {first:>9.1f} {median:>10.1f} {high:>9.1f}{flag}")
    worst = max(high for *_, high in results.values())
    print(f"worst p95: {worst:.1f} ms (target < 100 ms)")
    if fetched:
        query, events, size, seconds = fetched
        print(f"download {query}: {events:,} events, {size / 1e6:.1f} MB of CSV in "
              f"{seconds:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main()
