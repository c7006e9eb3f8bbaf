"""The JSON API: every page's data at `/api/...`, validated query parameters, read-only.

Successful responses are objects with `"ok": true`; errors are made by `communique/web/app.py`
in one shape, `{"ok": false, "error", "errors", "status"}`.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from communique import exports
from communique.errors import FilterError
from communique.store import Store, connect
from communique.store.actor_index import ActorIndex
from communique.store.queries import EventFilter
from communique.store import detail, reviews
from communique.store import overview as queries

ID = r"^[A-Za-z0-9_.:-]{1,100}$"
SORT_KEYS = tuple(queries.SORTS) + tuple(f"-{k}" for k in queries.SORTS)
Sort = Literal[SORT_KEYS]  # type: ignore[valid-type]

router = APIRouter(prefix="/api")


def reader(request: Request) -> Iterator[Store]:
    """The app's store for this request: a cursor of its own on a store the app holds open
    (a DuckDB connection must not be shared between threads), or, for `serve`, the file
    opened read-only for this request alone, so that a run can write between requests."""
    view = open_view(request)
    try:
        yield view
    finally:
        view.db.close()


def open_view(request: Request) -> Store:
    """A store of this request's own (see `reader`); the caller closes `view.db`."""
    base: Store = request.app.state.store
    view = Store.__new__(Store)
    view.__dict__.update(base.__dict__)
    if base.hold:
        view.db = base.db.cursor()
    else:
        view.db = connect(base.path, read_only=True, wait=base.wait)
        _forget_if_changed(request, base.path)
    view.actor_index = request.app.state.actor_index  # type: ignore[attr-defined]
    return view


def _forget_if_changed(request: Request, path: str) -> None:
    """Drop the cached overview and actor index when the file changed since they were made
    (a run wrote to it)."""
    stamp = tuple((s.st_mtime_ns, s.st_size) for p in (path, f"{path}.wal")
                  if (s := _stat(p)) is not None)
    if getattr(request.app.state, "stamp", stamp) != stamp:
        request.app.state.cache.clear()
        request.app.state.actor_index = ActorIndex()
    request.app.state.stamp = stamp


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


StoreDep = Annotated[Store, Depends(reader)]


class Filters(BaseModel):
    """The filters of `communique events`, as query parameters; unknown ones are refused."""

    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(None, max_length=100, description="Actor name or code")
    # Checked by EventFilter, with the CLI's coded messages (E031–E035).
    country: str | None = Field(None, max_length=60, description="Country code or name")
    dyad: str | None = Field(None, max_length=60, description="e.g. IRN-IRQ")
    code: str | None = Field(None, max_length=10, description="CAMEO code or prefix")
    root: str | None = Field(None, max_length=10, description="CAMEO root 01–20")
    quad: int | None = Field(None, ge=1, le=4, description="QuadClass 1–4")
    since: str | None = Field(None, max_length=20, description="YYYY, YYYY-MM or YYYY-MM-DD")
    until: str | None = Field(None, max_length=20)
    text: str | None = Field(None, max_length=200, description="Words in the sentence")
    plover: str | None = Field(None, max_length=30, description="PLOVER type, e.g. ASSAULT")
    min_confidence: float | None = Field(None, ge=0, le=1, description="Confidence 0–1")
    mood: Literal["asserted", "hypothetical", "future"] | None = None
    negated: bool | None = Field(None, description="true: only negated; false: none")
    hide_domestic: bool = Field(False, description="Leave out same-country dyads")
    hide_uncoded: bool = Field(False, description="Leave out events with an uncoded actor")

    def event_filter(self, limit: int | None = None, offset: int = 0) -> EventFilter:
        fields = self.model_dump(include=set(Filters.model_fields))
        return EventFilter(limit=limit, offset=offset, **fields)

    def shown(self) -> dict[str, Any]:
        """The filters given, as the response echoes them."""
        return {k: v for k, v in self.model_dump(include=set(Filters.model_fields)).items()
                if v is not None and v != "" and not (k.startswith("hide_") and v is False)}


class Page(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(50, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=10_000_000)


class SortedPage(Page):
    sort: Sort = Field("-date", description="date, goldstein, cameo, quad, articles, sources, "
                                            "source, target or confidence; - for descending")


class EventQuery(Filters, SortedPage):
    cursor: str | None = Field(None, max_length=200,
                               description="next_cursor of the previous page (instead of offset)")


class DownloadQuery(Filters):
    format: Literal["csv", "jsonl", "parquet"] = Field("jsonl", description="csv, jsonl or "
                                                                            "parquet")


def make_cursor(offset: int, sort: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([offset, sort]).encode()).decode().rstrip("=")


def read_cursor(cursor: str, sort: str) -> int:
    """The offset a cursor stands for; E050 for one not made by this API for this sort."""
    try:
        offset, made_for = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        assert isinstance(offset, int) and offset >= 0 and made_for == sort
    except Exception:
        raise FilterError("E050", option="cursor", value=cursor,
                          allowed="the next_cursor of a page of the same query") from None
    return offset


class DyadQuery(Filters, SortedPage):
    dyad: str = Field(pattern=r"^[A-Za-z0-9]{2,12}-[A-Za-z0-9]{2,12}$",
                      description="Source-target countries or codes, e.g. TUR-IRQ")


class TopQuery(Filters):
    top: int = Field(150, ge=1, le=5000, description="How many edges or places")


class ActorQuery(Filters, SortedPage):
    pass


class ListQuery(Page):
    text: str | None = Field(None, max_length=200, description="Words in the name or title")


def ok(data: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, **data}


@router.get("")
def index() -> dict[str, Any]:
    """The endpoints, each with what it returns."""
    return ok({"endpoints": {
        "/api/stats": "counts, events per month by QuadClass, top dyads and actors",
        "/api/events": "events; filters (every list and chart takes them): actor country "
                       "dyad code root quad plover since until text min_confidence mood "
                       "negated hide_domestic hide_uncoded; limit offset sort cursor",
        "/api/events/download?format=csv": "every event the filters keep, streamed: csv, "
                                            "jsonl or parquet",
        "/api/events/{id}": "one event, its mentions, its sentence highlighted, its article",
        "/api/dyad?dyad=TUR-IRQ": "monthly counts by QuadClass, mean Goldstein, events",
        "/api/actors": "known actors, most mentioned first",
        "/api/actors/{id or code}": "roles over time, counterparts, events",
        "/api/network": "country-to-country edges: events and mean Goldstein",
        "/api/map": "geolocated events grouped by place",
        "/api/articles": "articles, newest first",
        "/api/articles/{id}": "cleaned text, dropped lines with reasons, events"}})


@router.get("/stats")
def stats(request: Request, store: StoreDep, q: Annotated[Filters, Query()]) -> dict[str, Any]:
    """Unfiltered, computed once while the file is unchanged."""
    shown = q.shown()
    if shown:
        return ok({"filters": shown, **queries.stats(store, q.event_filter())})
    cache = request.app.state.cache
    if "stats" not in cache:
        cache["stats"] = queries.stats(store)
    return ok({"filters": {}, **cache["stats"]})


@router.get("/events")
def events(store: StoreDep, q: Annotated[EventQuery, Query()]) -> dict[str, Any]:
    """A page of events; follow `next_cursor` (null on the last page) for the next one."""
    offset = read_cursor(q.cursor, q.sort) if q.cursor else q.offset
    filters = q.event_filter(q.limit, offset)
    page = queries.events_page(store, filters, q.sort)
    after = offset + len(page["events"])
    return ok({"filters": q.shown(), **page,
               "next_cursor": make_cursor(after, q.sort) if after < page["total"] else None})


DOWNLOAD_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                  "parquet": "application/vnd.apache.parquet"}
CHUNK = 500


@router.get("/events/download")
def download(request: Request, q: Annotated[DownloadQuery, Query()]) -> StreamingResponse:
    """Every event the filters keep (no row cap), newest first, in the contract's fields:
    JSON Lines, CSV (flattened as `communique export` does) or Parquet, streamed."""
    filters = q.event_filter()  # checked before anything is sent
    view = open_view(request)
    rows = view.events(filters)

    def text(lines: Iterator[str]) -> Iterator[bytes]:
        try:
            buffer: list[str] = []
            for line in lines:
                buffer.append(line)
                if len(buffer) >= CHUNK:
                    yield "".join(buffer).encode()
                    buffer.clear()
            yield "".join(buffer).encode()
        finally:
            view.db.close()

    def jsonl() -> Iterator[str]:
        for row in rows:
            yield json.dumps(row, ensure_ascii=False, default=str) + "\n"

    def csv_lines() -> Iterator[str]:
        out, header = io.StringIO(), None
        writer = csv.writer(out, lineterminator="\n")
        for row in map(exports.flatten, rows):
            if header is None:
                header = list(row)
                writer.writerow(header)
            writer.writerow([exports._csv_value(row.get(c)) for c in header])
            yield out.getvalue()
            out.seek(0)
            out.truncate()
        if header is None:
            writer.writerow(exports._flat_columns(exports.CONTRACT_KEYS["events"]))
            yield out.getvalue()

    def parquet() -> Iterator[bytes]:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "events.parquet")
            try:
                exports.write_parquet(rows, path, exports.CONTRACT_KEYS["events"])
            finally:
                view.db.close()
            with open(path, "rb") as stream:
                while chunk := stream.read(1 << 16):
                    yield chunk

    body = {"jsonl": lambda: text(jsonl()), "csv": lambda: text(csv_lines()),
            "parquet": parquet}[q.format]()
    name = f"communique-events.{q.format}"
    return StreamingResponse(body, media_type=DOWNLOAD_TYPES[q.format],
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


class ReviewBody(BaseModel):
    """An analyst's verdict on an event, with the right codes when it is wrong."""

    model_config = ConfigDict(extra="forbid")

    verdict: Literal["right", "wrong"]
    cameo: str | None = Field(None, pattern=r"^\d{2,4}$", description="The right CAMEO code")
    source: str | None = Field(None, pattern=r"^[A-Za-z-]{0,30}$", description="Right source")
    target: str | None = Field(None, pattern=r"^[A-Za-z-]{0,30}$", description="Right target")
    note: str | None = Field(None, max_length=500)


def _reviewed(store: Store, event_id: str) -> dict[str, Any]:
    found = store.event(event_id)
    published = store.db.execute("SELECT published FROM articles WHERE id = ?",
                                 [found["article_id"]]).fetchall()
    return {**found, "published": str(published[0][0]) if published and published[0][0]
            else None}


@router.get("/events/{event_id}/review")
def review(store: StoreDep, event_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    """The verdict on this event's sentence and code (null if none), from `<db>.reviews.duckdb`."""
    return ok({"review": reviews.of_event(store.path, _reviewed(store, event_id))})


@router.post("/events/{event_id}/review")
def save_review(store: StoreDep, event_id: Annotated[str, Path(pattern=ID)],
                body: ReviewBody) -> dict[str, Any]:
    """Record a verdict in the reviews file beside the database (never in the database)."""
    row = reviews.save(store.path, _reviewed(store, event_id), **body.model_dump())
    return ok({"review": row})


@router.get("/events/{event_id}")
def event(store: StoreDep, event_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    return ok(detail.event(store, event_id))


@router.get("/dyad")
def dyad(store: StoreDep, q: Annotated[DyadQuery, Query()]) -> dict[str, Any]:
    return ok({"filters": q.shown(),
               **queries.dyad(store, q.dyad, q.limit, q.offset, q.sort, q.event_filter())})


@router.get("/actors")
def actors(store: StoreDep, q: Annotated[ListQuery, Query()]) -> dict[str, Any]:
    return ok(detail.actors(store, q.limit, q.offset, q.text))


@router.get("/actors/{key}")
def actor(store: StoreDep, key: Annotated[str, Path(pattern=ID)],
          q: Annotated[ActorQuery, Query()]) -> dict[str, Any]:
    return ok({"filters": q.shown(),
               **detail.actor(store, key, q.limit, q.offset, q.sort, q.event_filter())})


@router.get("/network")
def network(store: StoreDep, q: Annotated[TopQuery, Query()]) -> dict[str, Any]:
    return ok({"filters": q.shown(), **queries.network(store, q.event_filter(), q.top)})


@router.get("/map")
def map_(store: StoreDep, q: Annotated[TopQuery, Query()]) -> dict[str, Any]:
    return ok({"filters": q.shown(), **queries.map_places(store, q.event_filter(), q.top)})


@router.get("/articles")
def articles(store: StoreDep, q: Annotated[ListQuery, Query()]) -> dict[str, Any]:
    return ok(detail.articles(store, q.limit, q.offset, q.text))


@router.get("/articles/{article_id}")
def article(store: StoreDep, article_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    return ok(detail.article(store, article_id))
