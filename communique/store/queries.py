"""Reading the store: event filters shared by the CLI, the Python API and the web UI."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from communique import cameo
from communique.errors import FilterError
from communique.models import contract_fields
from communique.partial_date import PartialDate

# The contract's event fields (models.contract_fields), as stored: `span` is two columns.
EVENT_COLUMNS = ", ".join("[span_start, span_end] AS span" if name == "span" else name
                          for name in contract_fields("events"))
# What the GDELT and ICEWS exports take from an event's article and mentions (exports.py).
_ARTICLE = "(SELECT {} FROM articles a WHERE a.id = events.article_id)"
EXPORT_COLUMNS = ", ".join([
    EVENT_COLUMNS,
    "(SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id)::INTEGER "
    "AS num_mentions",
    _ARTICLE.format("url") + " AS url", _ARTICLE.format("outlet") + " AS outlet",
    _ARTICLE.format("published") + " AS published",
    _ARTICLE.format("date_precision") + " AS published_precision",
    "(SELECT strftime(d.read_at, '%Y%m%d%H%M%S') FROM articles a JOIN documents d ON "
    "d.key = a.document_key WHERE a.id = events.article_id) AS date_added",
    "(SELECT max(s.number) FROM sentences s WHERE s.article_id = events.article_id AND "
    "s.start_char <= events.span_start) AS sentence_number"])
# Goes after `LIKE ?` / `ILIKE ?` whose pattern was made by `contains()` or `prefix()`.
ESCAPE = " ESCAPE '\\'"


def escape_for(text: str) -> str:
    """ESCAPE for a pattern made from `text` that needed escaping, else nothing: DuckDB
    matches a plain `ILIKE '%words%'` about three times faster than one with an ESCAPE."""
    return ESCAPE if any(c in text for c in "%_\\") else ""


PERIOD_END = {4: "-12-31", 7: "-31"}  # after any day of the year or month, as text
MOODS = ("asserted", "hypothetical", "future")
# Some source country is also a target country (codes' first three letters; lists split).
# Most events have one code a side: compared directly, the lists only when there are lists.
SAME_COUNTRY = ("(CASE WHEN contains(source_code, ';') OR contains(target_code, ';') THEN "
                "len(list_intersect("
                "list_transform(string_split(coalesce(source_code, ''), ';'), "
                "lambda x: left(x, 3)), "
                "list_transform(string_split(coalesce(target_code, ''), ';'), "
                "lambda x: left(x, 3))"
                ").list_filter(lambda x: x <> '')) > 0 "
                "ELSE coalesce(source_code <> '' AND left(source_code, 3) = left(target_code, 3), "
                "false) END)")
# An actor named but not coded: its code is JSON null in the event's actor lists.
UNCODED = ("(source::VARCHAR LIKE '%\"code\": null%' OR target::VARCHAR LIKE "
           "'%\"code\": null%' OR source::VARCHAR LIKE '%\"code\":null%' OR "
           "target::VARCHAR LIKE '%\"code\":null%')")


@dataclass(slots=True)
class EventFilter:
    """What `communique events`, `export` and `/api/events` filter on; None means any.

    Values are checked and normalised when the filter is made, so every caller gives them one
    meaning, and a bad one raises `FilterError` (E030–E035) naming the fix: dates are real
    dates of a year, month or day; countries are codes or names (IRQ, Iraq, iraq), several
    separated by commas ("IRQ,Iran": either); the root is 01–20; `min_confidence` 0–1; `mood`
    asserted, hypothetical or future; `negated` true or false; the limit at least 1.
    `hide_domestic` leaves out events whose source and target share a country (IRNGOV → IRN);
    `hide_uncoded` those with an actor that is named but has no code. Dates compare by what an
    event's date can be: `since=2024-03` keeps an event dated only "2024" (it may be in March
    or later), `until=2024-03` keeps one dated "2024" as well (it may be before).
    """

    actor: str | None = None
    country: str | None = None
    dyad: str | None = None
    code: str | None = None
    root: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    plover: str | None = None
    min_confidence: float | None = None
    mood: str | None = None
    negated: bool | None = None
    hide_domestic: bool = False
    hide_uncoded: bool = False
    limit: int | None = 100
    offset: int = 0

    def __post_init__(self) -> None:
        self.since = _date("since", self.since)
        self.until = _date("until", self.until)
        if self.country:
            names = [c for c in self.country.split(",") if c.strip()]
            self.country = ",".join(dict.fromkeys(country_code(c, "--country") for c in names))
        if self.plover:
            self.plover = self.plover.strip().upper()
            if not self.plover.replace("_", "").isalpha():
                raise FilterError("E050", option="--plover", value=self.plover,
                                  allowed="a PLOVER event type, e.g. ASSAULT or AGREE")
        if self.min_confidence is not None:
            try:
                self.min_confidence = float(self.min_confidence)
            except (TypeError, ValueError):
                self.min_confidence = -1.0
            if not 0 <= self.min_confidence <= 1:
                raise FilterError("E050", option="--min-confidence", value=self.min_confidence,
                                  allowed="a number from 0 to 1, e.g. 0.6")
        if self.mood and self.mood not in MOODS:
            raise FilterError("E050", option="--mood", value=self.mood,
                              allowed="asserted, hypothetical or future")
        if self.dyad:
            first, dash, second = self.dyad.partition("-")
            if not dash or not first or not second:
                raise FilterError("E032", option="--dyad", value=self.dyad)
            self.dyad = (f"{country_code(first, '--dyad', code_ok=True)}-"
                         f"{country_code(second, '--dyad', code_ok=True)}")
        if self.root:
            root = self.root.strip().zfill(2)
            if not (root.isdigit() and 1 <= int(root) <= 20):
                raise FilterError("E033", value=self.root)
            self.root = root
        if self.code and not (self.code.isdigit() and 2 <= len(self.code) <= 4):
            raise FilterError("E034", value=self.code)
        if self.limit is not None and (not isinstance(self.limit, int) or self.limit < 1):
            raise FilterError("E035", value=self.limit)
        if self.offset < 0:
            raise FilterError("E035", value=self.offset)

    def where(self) -> tuple[str, list[Any]]:
        """A SQL WHERE clause and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor and self.actor.isupper() and self.actor.isalpha():  # a code: IRNGOV
            clauses.append(f"({_starts('source_code')} OR {_starts('target_code')})")
            params += [self.actor, f"%;{self.actor}"] * 2
        elif self.actor:  # a name, anywhere in the actors' names and texts
            escape = escape_for(self.actor)
            clauses.append(f"(source::VARCHAR ILIKE ?{escape} OR "
                           f"target::VARCHAR ILIKE ?{escape})")
            params += [contains(self.actor)] * 2
        if self.country:
            either = []
            for code in map(_code, self.country.split(",")):
                either.append(f"{_starts('source_code')} OR {_starts('target_code')}")
                params += [code, f"%;{code}"] * 2
            clauses.append("(" + " OR ".join(either) + ")")
        if self.dyad:
            first, _, second = (_code(c) for c in self.dyad.partition("-"))
            clauses.append(f"{_starts('source_code')} AND {_starts('target_code')}")
            params += [first, f"%;{first}", second, f"%;{second}"]
        if self.code:
            clauses.append("cameo LIKE ?")  # digits only: nothing to escape
            params.append(prefix(self.code))
        if self.root:
            clauses.append("cameo_root = ?")
            params.append(self.root.zfill(2))
        if self.quad:
            clauses.append("quad_class = ?")
            params.append(int(self.quad))
        if self.since:  # the last day the event's date can be is on or after `since`:
            # as text, a later date, or `since`'s own year or month (2024 ≥ 2024-03 may be)
            clauses.append("(date >= ? OR date IN (?, ?))")
            params += [self.since, self.since[:4], self.since[:7]]
        if self.until:  # the first day it can be is on or before the end of `until`
            clauses.append("date <= ?")
            params.append(self.until + PERIOD_END.get(len(self.until), ""))
        if self.text:
            clauses.append(f"sentence ILIKE ?{escape_for(self.text)}")
            params.append(contains(self.text))
        if self.plover:
            clauses.append("upper(plover) = ?")
            params.append(self.plover)
        if self.min_confidence is not None:
            clauses.append("confidence >= ?")
            params.append(self.min_confidence)
        if self.mood:
            clauses.append("mood = ?")
            params.append(self.mood)
        if self.negated is not None:
            clauses.append("coalesce(negated, false) = ?")
            params.append(bool(self.negated))
        if self.hide_domestic:
            clauses.append(f"NOT {SAME_COUNTRY}")
        if self.hide_uncoded:
            clauses.append(f"NOT {UNCODED}")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def sql(self, columns: str = EVENT_COLUMNS, where: tuple[str, list[Any]] | None = None,
            order: str = "ORDER BY date DESC NULLS LAST, id") -> tuple[str, list[Any]]:
        """The query for one page of events (with `where` from `overview.where`, the one
        that knows actor names), newest first unless `order` says otherwise. The page's ids
        are chosen first on the narrow columns, then the wide ones (sentence, JSON) are read
        for those rows only."""
        where_sql, params = where or self.where()
        if not self.limit:
            return f"SELECT {columns} FROM events{where_sql} {order}", params
        page = (f"SELECT id FROM events{where_sql} {order} "
                f"LIMIT {int(self.limit)} OFFSET {int(self.offset)}")
        return f"SELECT {columns} FROM events WHERE id IN ({page}) {order}", params


def _date(option: str, value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD date, checked to be a real one (E030)."""
    if value is None or value == "":
        return None
    date = PartialDate.parse(value.strip())
    if date is None:
        raise FilterError("E031", option=f"--{option}", value=value)
    return date.iso()


@cache
def _country_names() -> dict[str, str]:
    return {name.lower(): code for code, name in cameo.countries().items()}


def country_code(value: str, option: str, code_ok: bool = False) -> str:
    """A country given by CAMEO code or name ("IRQ", "irq", "Iraq") as its code; with
    `code_ok`, any actor code (IRQGOV) passes as well. Unknown: E032."""
    text = value.strip()
    code = text.upper()
    if code in cameo.countries():
        return code
    if text.lower() in _country_names():
        return _country_names()[text.lower()]
    if code_ok and code.isalpha() and len(code) % 3 == 0 and code[:3] in cameo.countries():
        return code
    if code_ok and code.isalpha() and len(code) == 3:  # a group or sector code: IGO, KUR
        return code
    raise FilterError("E032", option=option, value=value)


def literal(text: str) -> str:
    """User text as a LIKE pattern that matches only itself: `%`, `_` and the escape
    character `\\` lose their meaning (use with `ESCAPE '\\'`, see `ESCAPE`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(text: str) -> str:
    """A LIKE pattern for `text` anywhere in the value (`actor=%` is a percent sign, not
    everything)."""
    return f"%{literal(text)}%"


def prefix(text: str) -> str:
    """A LIKE pattern for values starting with `text`."""
    return f"{literal(text)}%"


def _code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _starts(column: str) -> str:
    """Some code in a ';'-joined list starts with the parameter: `col LIKE 'IRN%'` or
    `col LIKE '%;IRN%'` (LIKE prefixes are far faster than regular expressions here)."""
    return f"({column} LIKE ? || '%' OR {column} LIKE ? || '%')"


def timeline_sql(filters: EventFilter, by: str = "month") -> tuple[str, list[Any]]:
    """Counts by period and QuadClass, with the mean Goldstein score."""
    width = {"day": 10, "month": 7, "year": 4}[by]
    where, params = filters.where()
    where = (where + " AND " if where else " WHERE ") + "date IS NOT NULL"
    sql = (f"SELECT left(date, {width}) AS period, quad_class, count(*) AS events, "
           f"round(avg(goldstein), 2) AS mean_goldstein FROM events{where} "
           f"AND length(date) >= {width} GROUP BY ALL ORDER BY period, quad_class")
    return sql, params
