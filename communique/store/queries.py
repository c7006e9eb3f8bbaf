"""Reading the store: event filters shared by the CLI, the Python API and the web UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EVENT_COLUMNS = (
    "id, article_id, date, date_precision, source, target, cameo, cameo_root, cameo_name, "
    "plover, goldstein, quad_class, location, negated, mood, reported_by, sentence, "
    "[span_start, span_end] AS span, confidence, num_articles, num_sources")


@dataclass(slots=True)
class EventFilter:
    """What `communique events` and `/api/events` filter on; None means any."""

    actor: str | None = None
    country: str | None = None
    dyad: str | None = None
    code: str | None = None
    root: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    limit: int | None = 100
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        """A SQL WHERE clause and its parameters."""
        clauses, params = [], []
        if self.actor:
            clauses.append("(source_code ILIKE ? OR target_code ILIKE ? OR "
                           "source::VARCHAR ILIKE ? OR target::VARCHAR ILIKE ?)")
            params += [f"%{self.actor}%"] * 4
        if self.country:
            clauses.append("(regexp_matches(source_code, ?) OR regexp_matches(target_code, ?))")
            params += [_code_prefix(self.country)] * 2
        if self.dyad:
            first, _, second = self.dyad.upper().partition("-")
            clauses.append("regexp_matches(source_code, ?) AND regexp_matches(target_code, ?)")
            params += [_code_prefix(first), _code_prefix(second)]
        if self.code:
            clauses.append("cameo LIKE ?")
            params.append(f"{self.code}%")
        if self.root:
            clauses.append("cameo_root = ?")
            params.append(self.root.zfill(2))
        if self.quad:
            clauses.append("quad_class = ?")
            params.append(int(self.quad))
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ? || '~'")
            params.append(self.until)
        if self.text:
            clauses.append("sentence ILIKE ?")
            params.append(f"%{self.text}%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def sql(self, columns: str = EVENT_COLUMNS) -> tuple[str, list[Any]]:
        where, params = self.where()
        sql = f"SELECT {columns} FROM events{where} ORDER BY date DESC NULLS LAST, id"  # noqa: S608
        if self.limit:
            sql += f" LIMIT {int(self.limit)} OFFSET {int(self.offset)}"
        return sql, params


def _code_prefix(code: str) -> str:
    """A regular expression for actor codes starting with `code` in a ';'-joined list."""
    return "(^|;)" + "".join(ch for ch in code.upper() if ch.isalnum())


def timeline_sql(filters: EventFilter, by: str = "month") -> tuple[str, list[Any]]:
    """Counts by period and QuadClass, with the mean Goldstein score."""
    width = {"day": 10, "month": 7, "year": 4}[by]
    where, params = filters.where()
    where = (where + " AND " if where else " WHERE ") + "date IS NOT NULL"
    sql = (f"SELECT left(date, {width}) AS period, quad_class, count(*) AS events, "
           f"round(avg(goldstein), 2) AS mean_goldstein FROM events{where} "  # noqa: S608
           f"AND length(date) >= {width} GROUP BY ALL ORDER BY period, quad_class")
    return sql, params
