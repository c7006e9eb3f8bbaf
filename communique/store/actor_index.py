"""An in-memory index of who is in each event, for name searches and actor pages.

Events keep their actors as JSON, and reading a JSON column of a million events takes
DuckDB about 100 ms on two cores: too slow for a page. The web server opens the database
read-only, so the events cannot change while it runs; the index is built once, on the first
request that needs it (under a second per million events), in a private in-memory DuckDB:

- `sides(id, side, name)`: one row per actor of each event ('source' or 'target'), indexed
  by canonical name, for actor pages;
- `actors(words, rows)`: per distinct actor (its lower-cased text, name, code, country and
  sector), the row numbers (`rowid`) of its events, for the `actor=` filter: a search reads
  the few thousand actors, not a string per event, and hands DuckDB row numbers, which it
  matches without reading the events' ids. Each actor is searched on its own (a text does
  not match across two actors of one event).
"""

from __future__ import annotations

import threading
from typing import Any

import duckdb

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.store import Store

SHAPE = ('[{"text": "VARCHAR", "name": "VARCHAR", "code": "VARCHAR", "country": "VARCHAR", '
         '"sector": "VARCHAR"}]')
BUILD = f"""
SELECT id, r, side, a.name AS name,
       lower(concat_ws(' ', a.text, a.name, a.code, a.country, a.sector)) AS words
FROM (SELECT id, rowid AS r, 'source' AS side, unnest(from_json(source, '{SHAPE}')) AS a
      FROM events
      UNION ALL
      SELECT id, rowid, 'target', unnest(from_json(target, '{SHAPE}')) FROM events)
"""


class ActorIndex:
    """Built lazily, once, then shared by every request (each query uses its own cursor)."""

    def __init__(self) -> None:
        self._db: duckdb.DuckDBPyConnection | None = None
        self._lock = threading.Lock()

    def _cursor(self, store: Store) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._db is None:
                db = duckdb.connect()
                db.register("rows", store.db.sql(BUILD).to_arrow_table())
                db.execute("CREATE TABLE sides AS SELECT id, side, name FROM rows")
                db.execute("CREATE INDEX sides_name ON sides (name)")
                db.execute("CREATE TABLE actors AS SELECT words, list(DISTINCT r) AS rows "
                           "FROM rows GROUP BY words")
                db.unregister("rows")
                self._db = db
        return self._db.cursor()

    def sides(self, store: Store, name: str) -> Any:
        """Arrow (id, s, t): the events with an actor of this canonical name as source (s)
        and/or as target (t)."""
        with self._cursor(store) as cursor:
            return cursor.sql("SELECT id, bool_or(side = 'source') AS s, bool_or(side = "
                              "'target') AS t FROM sides WHERE name = $name GROUP BY id",
                              params={"name": name}).to_arrow_table()

    def matching(self, store: Store, text: str) -> Any:
        """Arrow (r): the row numbers (`rowid`) of the events with `text` in an actor's
        text, name, code, country or sector."""
        with self._cursor(store) as cursor:
            return cursor.sql("SELECT DISTINCT unnest(rows) AS r FROM actors "
                              "WHERE contains(words, $text)",
                              params={"text": text.lower()}).to_arrow_table()


def index_of(store: Store) -> ActorIndex:
    """The index the web app shares between requests, or a new one for a plain Store."""
    found = getattr(store, "actor_index", None)
    if found is None:
        found = ActorIndex()
        store.actor_index = found  # type: ignore[attr-defined]
    return found
