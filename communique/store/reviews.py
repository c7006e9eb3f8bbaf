"""An analyst's verdicts on events, in a file of their own beside the database
(`<db>.reviews.duckdb`): the event store stays read-only to the web server, and a verdict is
keyed by article id, sentence span and the coded source and target, so it survives re-coding
(event ids change, and so may the CAMEO code: the verdict keeps the code it was given on,
`coded_cameo`, which is what the gold export and `precision` judge).

`export_gold` writes them in the news gold format `communique eval` reads
(tests/gold/README.md): per article, the events judged right as coded, and the ones judged
wrong with the analyst's correction; a "wrong" verdict without a correction is a false
event, and leaves nothing in the gold.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import duckdb

from communique.errors import FilterError

VERDICTS = ("right", "wrong")
SCHEMA = """CREATE TABLE IF NOT EXISTS reviews (
    article_id VARCHAR, span_start INTEGER, span_end INTEGER, event_id VARCHAR,
    verdict VARCHAR, cameo VARCHAR, source VARCHAR, target VARCHAR, note VARCHAR,
    coded_cameo VARCHAR, coded_source VARCHAR, coded_target VARCHAR, date VARCHAR,
    date_precision VARCHAR, published VARCHAR,
    reviewed_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (article_id, span_start, span_end, coded_source, coded_target))"""
# Files made before verdicts were keyed without the code had it in their primary key.
OLD_KEY = ["article_id", "span_start", "span_end", "coded_cameo"]
COLUMNS = ("article_id", "span_start", "span_end", "event_id", "verdict", "cameo", "source",
           "target", "note", "coded_cameo", "coded_source", "coded_target", "date",
           "date_precision", "published")


def path_for(db: str) -> str:
    """Where the reviews of the database at `db` live."""
    if db == ":memory:":
        raise FilterError("E050", option="reviews", value=db,
                          allowed="a database file (reviews live beside it)")
    return f"{db}.reviews.duckdb"


def _open(db: str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect(path_for(db), read_only=read_only)
    if not read_only:
        _rekey(connection)
        connection.execute(SCHEMA)
    return connection


def _rekey(connection: duckdb.DuckDBPyConnection) -> None:
    """Move a reviews table keyed with the CAMEO code to the key without it (the latest
    verdict on a sentence's source and target wins)."""
    keys = connection.execute(
        "SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = "
        "'reviews' AND constraint_type = 'PRIMARY KEY'").fetchall()
    if not keys or list(keys[0][0]) != OLD_KEY:
        return
    connection.execute("ALTER TABLE reviews RENAME TO reviews_keyed_by_code")
    connection.execute(SCHEMA)
    columns = ", ".join((*COLUMNS, "reviewed_at"))
    connection.execute(
        f"INSERT INTO reviews ({columns}) SELECT {columns} FROM "
        "reviews_keyed_by_code QUALIFY row_number() OVER (PARTITION BY article_id, "
        "span_start, span_end, coded_source, coded_target ORDER BY reviewed_at DESC) = 1")
    connection.execute("DROP TABLE reviews_keyed_by_code")


def save(db: str, event: dict[str, Any], verdict: str, cameo: str | None = None,
         source: str | None = None, target: str | None = None,
         note: str | None = None) -> dict[str, Any]:
    """Record a verdict on `event` (a row of the read layer), replacing an earlier one."""
    if verdict not in VERDICTS:
        raise FilterError("E050", option="verdict", value=verdict, allowed="right or wrong")
    if cameo and not (cameo.isdigit() and 2 <= len(cameo) <= 4):
        raise FilterError("E034", value=cameo)
    row = {"article_id": event["article_id"], "span_start": event["span"][0],
           "span_end": event["span"][1], "event_id": event["id"], "verdict": verdict,
           "cameo": cameo or None, "source": (source or "").upper() or None,
           "target": (target or "").upper() or None, "note": note or None,
           "coded_cameo": event["cameo"],
           "coded_source": side(event["source"]), "coded_target": side(event["target"]),
           "date": event.get("date"), "date_precision": event.get("date_precision"),
           "published": event.get("published")}
    with _open(db) as connection:
        connection.execute(f"INSERT OR REPLACE INTO reviews ({', '.join(COLUMNS)}) VALUES "
                           f"({', '.join('?' * len(COLUMNS))})", [row[c] for c in COLUMNS])
    return row


def side(actors: list[dict[str, Any]]) -> str:
    """An event's source or target as a verdict keys it: codes joined by ';', `---` for an
    actor named but not coded."""
    return ";".join(a.get("code") or "---" for a in actors)


def of_event(db: str, event: dict[str, Any]) -> dict[str, Any] | None:
    """The verdict on this event's sentence, source and target, if there is one (given
    perhaps when the event had another CAMEO code: see the row's `coded_cameo`)."""
    for row in rows(db, "article_id = ? AND span_start = ? AND span_end = ? AND "
                        "coded_source = ? AND coded_target = ?",
                    [event["article_id"], *event["span"], side(event["source"]),
                     side(event["target"])]):
        return row
    return None


def precision(db: str, events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """How many verdicts there are and the share judged right, over every review or only
    those on `events` (rows with `article_id` and `span`); precision is None without any."""
    wanted = None if events is None else {(e["article_id"], *e["span"]) for e in events}
    judged = [r for r in rows(db)
              if wanted is None or (r["article_id"], r["span_start"], r["span_end"]) in wanted]
    right = sum(r["verdict"] == "right" for r in judged)
    return {"reviewed": len(judged), "right": right,
            "precision": round(right / len(judged), 3) if judged else None}


def precision_by(db: str, outlets: dict[str, str | None]) -> list[dict[str, Any]]:
    """Review precision overall, by CAMEO root (of the code judged) and by outlet (of the
    article, from `outlets`: article id → outlet), each group as a row, biggest first."""
    groups: dict[tuple[str, str], list[int]] = {}
    for r in rows(db):
        outlet = outlets.get(r["article_id"]) or "(no outlet)"
        for key in (("all", ""), ("root", (r["coded_cameo"] or "")[:2]), ("outlet", outlet)):
            counts = groups.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += r["verdict"] == "right"
    ranked = sorted(groups.items(), key=lambda kv: (("all", "root", "outlet").index(
        kv[0][0]), -kv[1][0], kv[0][1]))
    return [{"by": by, "group": group, "reviewed": n, "right": right,
             "precision": round(right / n, 3)} for (by, group), (n, right) in ranked]


def rows(db: str, where: str = "true", params: list[Any] | None = None) -> Iterator[dict]:
    try:
        connection = _open(db, read_only=True)
    except duckdb.Error:  # no reviews yet
        return
    with connection:
        cursor = connection.execute(
            f"SELECT {', '.join(COLUMNS)}, reviewed_at::VARCHAR AS reviewed_at FROM reviews "
            f"WHERE {where} ORDER BY article_id, span_start, span_end", params or [])
        names = [c[0] for c in cursor.description]
        yield from (dict(zip(names, r, strict=True)) for r in cursor.fetchall())


def gold(db: str) -> Iterator[dict[str, Any]]:
    """The reviews as news gold records: one per reviewed article."""
    by_article: dict[str, dict[str, Any]] = {}
    for r in rows(db):
        record = by_article.setdefault(r["article_id"], {
            "article": r["article_id"], "published": r["published"], "events": []})
        if r["verdict"] == "wrong" and not (r["cameo"] or r["source"] or r["target"]):
            continue  # a false event: the gold has nothing for it
        code = (r["cameo"] or r["coded_cameo"] or "")[:3]
        code = code + "0" if len(code) == 2 else code
        record["events"].append({
            "sentence": [r["span_start"], r["span_end"]], "root": code[:2], "code": code,
            "source": r["source"] or r["coded_source"] or "",
            "target": r["target"] or r["coded_target"] or "",
            "date": r["date"], "date_precision": r["date_precision"],
            "date_in_sentence": False})
    yield from by_article.values()


def export_gold(db: str, out: Any) -> int:
    """Write the gold records as JSON Lines to the text stream `out`; returns how many."""
    count = 0
    for record in gold(db):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
