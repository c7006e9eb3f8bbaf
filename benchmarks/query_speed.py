"""Query speed: the CLI's event filters on a database of 1,000,000 synthetic events.

Run: .venv/bin/python benchmarks/query_speed.py [--events 1000000] [--db PATH] [--runs 5]

Creates the schema with `communique.store.Store` (its migrations), bulk-inserts synthetic
events in one SQL statement (dates over 2000–2025, ~60 actor codes, real CAMEO codes with
their roots, names, PLOVER types, Goldstein scores and QuadClasses, sentences of words, the
contract's JSON actor lists), then times the SQL that `communique events` and `communique
timeline` run (`EventFilter(...).sql()`, `timeline_sql`) on a read-only store, as the CLI
opens it: one warm-up, then --runs timed runs with fetchall. Prints median and max ms per
query and whether each is under the 200 ms target. A tool, not a test.

With --db PATH, a database that already holds events is reused as it is.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from communique import cameo
from communique.store import Store
from communique.store.queries import EventFilter, timeline_sql

TARGET_MS = 200.0

# (code, name, country, sector), most frequent first: actors are drawn with a skew.
ACTORS: list[tuple[str, str, str, str | None]] = [
    ("IRN", "Iran", "IRN", None), ("USA", "United States", "USA", None),
    ("IRQ", "Iraq", "IRQ", None), ("TUR", "Turkey", "TUR", None),
    ("RUS", "Russia", "RUS", None), ("UKR", "Ukraine", "UKR", None),
    ("ISR", "Israel", "ISR", None), ("SYR", "Syria", "SYR", None),
    ("SAU", "Saudi Arabia", "SAU", None), ("IRNGOV", "Iranian government", "IRN", "GOV"),
    ("USAGOV", "U.S. government", "USA", "GOV"), ("IRQGOV", "Iraqi government", "IRQ", "GOV"),
    ("TURGOV", "Turkish government", "TUR", "GOV"), ("RUSGOV", "Kremlin", "RUS", "GOV"),
    ("UKRGOV", "Ukrainian government", "UKR", "GOV"), ("ISRGOV", "Israeli government", "ISR",
                                                       "GOV"),
    ("IRNMIL", "Revolutionary Guards", "IRN", "MIL"), ("USAMIL", "U.S. forces", "USA", "MIL"),
    ("IRQMIL", "Iraqi army", "IRQ", "MIL"), ("TURMIL", "Turkish army", "TUR", "MIL"),
    ("RUSMIL", "Russian forces", "RUS", "MIL"), ("UKRMIL", "Ukrainian forces", "UKR", "MIL"),
    ("ISRMIL", "Israeli military", "ISR", "MIL"), ("SYRGOV", "Syrian government", "SYR", "GOV"),
    ("SYRMIL", "Syrian army", "SYR", "MIL"), ("SYRREB", "Syrian rebels", "SYR", "REB"),
    ("ARE", "United Arab Emirates", "ARE", None), ("AREGOV", "Emirati government", "ARE",
                                                   "GOV"),
    ("QAT", "Qatar", "QAT", None), ("QATGOV", "Qatari government", "QAT", "GOV"),
    ("SAUGOV", "Saudi government", "SAU", "GOV"), ("SAUMIL", "Saudi-led coalition", "SAU",
                                                   "MIL"),
    ("LBN", "Lebanon", "LBN", None), ("LBNREB", "Hezbollah", "LBN", "REB"),
    ("PSE", "Palestinian territories", "PSE", None), ("PSEREB", "Hamas", "PSE", "REB"),
    ("JOR", "Jordan", "JOR", None), ("EGY", "Egypt", "EGY", None),
    ("EGYGOV", "Egyptian government", "EGY", "GOV"), ("YEM", "Yemen", "YEM", None),
    ("YEMREB", "Houthis", "YEM", "REB"), ("KWT", "Kuwait", "KWT", None),
    ("OMN", "Oman", "OMN", None), ("BHR", "Bahrain", "BHR", None),
    ("AFG", "Afghanistan", "AFG", None), ("PAK", "Pakistan", "PAK", None),
    ("CHN", "China", "CHN", None), ("CHNGOV", "Chinese government", "CHN", "GOV"),
    ("GBR", "Britain", "GBR", None), ("GBRGOV", "British government", "GBR", "GOV"),
    ("FRA", "France", "FRA", None), ("DEU", "Germany", "DEU", None),
    ("IRQKUR", "Kurdistan Regional Government", "IRQ", "KUR"),
    ("TURREB", "PKK", "TUR", "REB"), ("IRNOPP", "Iranian opposition", "IRN", "OPP"),
    ("IRQREB", "Kataib Hezbollah", "IRQ", "REB"), ("IGOUNO", "United Nations", None, "IGO"),
    ("IGOEUREEC", "European Union", None, "IGO"), ("IGOWSTNAT", "NATO", None, "IGO"),
    ("IGOMEAARL", "Arab League", None, "IGO"), ("IMGMUSISI", "Islamic State", None, "IMG"),
]

VERBS = ["said", "accused", "met", "warned", "urged", "struck", "attacked", "welcomed",
         "condemned", "praised", "threatened", "rejected", "signed a deal with", "hosted",
         "called on", "shelled", "criticised", "agreed with", "sanctioned", "expelled"]
PHRASES = ["near the border on Tuesday", "after talks in the capital", "in a statement",
           "on state television", "late on Sunday", "according to officials",
           "across the border", "despite international pressure", "over the nuclear programme",
           "in the north of the country", "at a news conference", "for the second time",
           "amid rising tensions", "citing security concerns", "during a visit",
           "over oil exports", "along the frontier", "in response to the strikes",
           "according to a spokesman", "after weeks of negotiations", "at the United Nations",
           "in a telephone call", "over the disputed region", "following the attack",
           "ahead of the elections", "on the sidelines of the summit", "in the early hours",
           "in a rare move", "without giving details", "as talks stalled"]
PLACES = [("Baghdad", "IRQ", 33.34, 44.40), ("Tehran", "IRN", 35.69, 51.39),
          ("Ankara", "TUR", 39.93, 32.86), ("Erbil", "IRQ", 36.19, 44.01),
          ("Damascus", "SYR", 33.51, 36.29), ("Kyiv", "UKR", 50.45, 30.52),
          ("Riyadh", "SAU", 24.71, 46.68), ("Doha", "QAT", 25.29, 51.53),
          ("Beirut", "LBN", 33.89, 35.50), ("Moscow", "RUS", 55.76, 37.62)]
MOODS = ["asserted"] * 16 + ["hypothetical", "future", "reported", "asserted"]

COLUMNS = ("id, article_id, date, date_precision, source, target, source_code, target_code, "
           "cameo, cameo_root, cameo_name, plover, goldstein, quad_class, location, negated, "
           "mood, reported_by, sentence, span_start, span_end, confidence, num_articles, "
           "num_sources, trigger")


def _actor_json(code: str, name: str, country: str | None, sector: str | None) -> str:
    return json.dumps({"text": name, "name": name, "code": code, "country": country,
                       "sector": sector})


def _pools(db: Any) -> None:
    """Small lookup tables the generator draws from by index."""
    actors = [(i, code, name, _actor_json(code, name, country, sector))
              for i, (code, name, country, sector) in enumerate(ACTORS)]
    codes = [c for c in cameo.codes().values() if len(c.code) >= 3]
    cameos = [(i, c.code, c.root, c.name, c.plover, c.goldstein
               if c.goldstein is not None else cameo.lookup(c.root).goldstein or 0.0,
               c.quad_class) for i, c in enumerate(codes)]
    places = [(i, json.dumps({"name": n, "country": cc, "lat": lat, "lon": lon,
                              "precision": "city"})) for i, (n, cc, lat, lon) in enumerate(PLACES)]
    db.execute("CREATE TEMP TABLE pool_actors (i INTEGER, code VARCHAR, name VARCHAR, "
               "obj VARCHAR)")
    db.executemany("INSERT INTO pool_actors VALUES (?, ?, ?, ?)", actors)
    db.execute("CREATE TEMP TABLE pool_cameo (i INTEGER, code VARCHAR, root VARCHAR, "
               "name VARCHAR, plover VARCHAR, goldstein DOUBLE, quad INTEGER)")
    db.executemany("INSERT INTO pool_cameo VALUES (?, ?, ?, ?, ?, ?, ?)", cameos)
    db.execute("CREATE TEMP TABLE pool_places (i INTEGER, obj VARCHAR)")
    db.executemany("INSERT INTO pool_places VALUES (?, ?)", places)
    db.execute("CREATE TEMP TABLE pool_words AS SELECT ?::VARCHAR[] AS verbs, "
               "?::VARCHAR[] AS phrases, ?::VARCHAR[] AS moods", [VERBS, PHRASES, MOODS])


def _u(salt: int, row: str = "r.i") -> str:
    """A uniform number in [0, 1), deterministic per row and salt."""
    return f"((hash({row}, {salt}) % 1000003)::DOUBLE / 1000003)"


def _pick(words: str, count: int, salt: int) -> str:
    """One element of the list column `words` (of `count`), drawn per row."""
    return f"{words}[1 + (hash(d.i, {salt}) % {count})::INTEGER]"


def generate(store: Store, n: int) -> float:
    """Insert `n` synthetic events; return the seconds it took."""
    db = store.db
    start = time.perf_counter()
    _pools(db)
    n_actors, n_codes = len(ACTORS), db.execute("SELECT count(*) FROM pool_cameo").fetchone()[0]
    verb = _pick("w.verbs", len(VERBS), 11)
    db.execute(f"""
        CREATE TEMP TABLE draws AS SELECT
            r.i,
            floor({n_actors} * pow({_u(1)}, 2))::INTEGER AS s1,
            floor({n_actors} * pow({_u(2)}, 2))::INTEGER AS t1,
            floor({n_actors} * {_u(3)})::INTEGER AS t2,
            floor({n_codes} * {_u(4)})::INTEGER AS c,
            {_u(5)} AS shape, {_u(6)} AS precision_draw,
            DATE '2000-01-01' + floor(9497 * {_u(7)})::INTEGER AS day,
            floor(10 * {_u(8)})::INTEGER AS place
        FROM range({int(n)}) r(i)""")
    db.execute(f"""
        INSERT INTO events ({COLUMNS})
        SELECT
            left(md5('event' || d.i::VARCHAR), 16),
            left(md5('article' || (d.i // 6)::VARCHAR), 16),
            CASE WHEN d.precision_draw < 0.02 THEN NULL
                 WHEN d.precision_draw < 0.07 THEN strftime(d.day, '%Y-%m')
                 WHEN d.precision_draw < 0.08 THEN strftime(d.day, '%Y')
                 ELSE strftime(d.day, '%Y-%m-%d') END,
            CASE WHEN d.precision_draw < 0.02 THEN 'none'
                 WHEN d.precision_draw < 0.07 THEN 'month'
                 WHEN d.precision_draw < 0.08 THEN 'year' ELSE 'day' END,
            '[' || s.obj || ']',
            CASE WHEN d.shape < 0.08 THEN '[]'
                 WHEN d.shape < 0.13 THEN '[' || t.obj || ', ' || t2.obj || ']'
                 ELSE '[' || t.obj || ']' END,
            s.code,
            CASE WHEN d.shape < 0.08 THEN ''
                 WHEN d.shape < 0.13 THEN array_to_string(list_sort([t.code, t2.code]), ';')
                 ELSE t.code END,
            c.code, c.root, c.name, c.plover, c.goldstein, c.quad,
            CASE WHEN d.place < 7 THEN p.obj ELSE 'null' END,
            hash(d.i, 9) % 25 = 0,
            {_pick("w.moods", len(MOODS), 10)},
            'null',
            s.name || ' ' || {verb}
                || CASE WHEN d.shape < 0.08 THEN '' ELSE ' ' || t.name END || ' '
                || {_pick("w.phrases", len(PHRASES), 12)} || ', '
                || {_pick("w.phrases", len(PHRASES), 13)} || ', '
                || 'officials said, and ' || lower(c.name) || ' '
                || {_pick("w.phrases", len(PHRASES), 14)} || '.',
            (hash(d.i, 15) % 3000)::INTEGER,
            (hash(d.i, 15) % 3000)::INTEGER + 120 + (hash(d.i, 16) % 180)::INTEGER,
            round(0.3 + 0.7 * {_u(17, "d.i")}, 2),
            1, 1,
            {verb}
        FROM draws d
        JOIN pool_actors s ON s.i = d.s1
        JOIN pool_actors t ON t.i = d.t1
        JOIN pool_actors t2 ON t2.i = d.t2
        JOIN pool_cameo c ON c.i = d.c
        JOIN pool_places p ON p.i = d.place % 10
        CROSS JOIN pool_words w""")
    db.execute("DROP TABLE draws")
    db.execute("CHECKPOINT")
    return time.perf_counter() - start


def queries() -> list[tuple[str, Callable[[], tuple[str, list[Any]]]]]:
    """The SQL the CLI runs for each case, as (label, () -> (sql, params))."""
    def events(**kw: Any) -> Callable[[], tuple[str, list[Any]]]:
        return lambda: EventFilter(limit=100, **kw).sql()

    return [
        ("events (no filter, limit 100)", events()),
        ("--dyad IRN-IRQ", events(dyad="IRN-IRQ")),
        ("--country TUR", events(country="TUR")),
        ("--root 19", events(root="19")),
        ("--code 042", events(code="042")),
        ("--quad 4", events(quad=4)),
        ("--since 2020 --until 2021", events(since="2020", until="2021")),
        ("--actor IRNGOV", events(actor="IRNGOV")),
        ('--text "border"', events(text="border")),
        ("--dyad TUR-IRQ --root 19 --since 2015 --text border",
         events(dyad="TUR-IRQ", root="19", since="2015", text="border")),
        ("timeline --dyad IRN-IRQ --by month",
         lambda: timeline_sql(EventFilter(dyad="IRN-IRQ", limit=None), "month")),
    ]


def time_query(db: Any, sql: str, params: list[Any], runs: int) -> tuple[list[float], int]:
    rows = len(db.execute(sql, params).fetchall())  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        db.execute(sql, params).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return times, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="How many events.")
    parser.add_argument("--db", help="The DuckDB file (default: a temporary file, removed).")
    parser.add_argument("--runs", type=int, default=5, help="Timed runs per query.")
    args = parser.parse_args()

    tmp = None if args.db else Path(tempfile.mkdtemp(prefix="communique-bench-"))
    path = Path(args.db) if args.db else tmp / "events.duckdb"
    try:
        with Store(path) as store:
            have = store.count("events")
            if have:
                print(f"reusing {path}: {have:,} events already there")
            else:
                seconds = generate(store, args.events)
                have = store.count("events")
                print(f"generated {have:,} events into {path} in {seconds:.1f} s")
        with Store(path, read_only=True) as store:
            threads = store.db.execute("SELECT current_setting('threads')").fetchone()[0]
            size = path.stat().st_size / 1e6
            print(f"database: {size:.0f} MB, DuckDB threads: {threads}; "
                  f"{args.runs} timed runs after one warm-up, target < {TARGET_MS:.0f} ms\n")
            header = f"{'query':<52} {'rows':>6} {'median ms':>10} {'max ms':>8}  < 200 ms"
            print(header)
            print("-" * len(header))
            slow = []
            for label, make in queries():
                sql, params = make()
                times, rows = time_query(store.db, sql, params, args.runs)
                median, worst = statistics.median(times), max(times)
                ok = worst < TARGET_MS
                verdict = "yes" if ok else ("median only" if median < TARGET_MS else "NO")
                if not ok:
                    slow.append((label, median, worst))
                print(f"{label:<52} {rows:>6} {median:>10.1f} {worst:>8.1f}  {verdict}")
        print()
        if slow:
            print("SLOW (max over the target):")
            for label, median, worst in slow:
                print(f"  {label}: median {median:.0f} ms, max {worst:.0f} ms")
        else:
            print(f"all queries under {TARGET_MS:.0f} ms")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
