"""The JSON API: every page's data at `/api/...`, validated query parameters, read-only.

Successful responses are objects with `"ok": true`; errors are made by `communique/web/app.py`
in one shape, `{"ok": false, "error", "errors", "status"}`.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from communique.errors import FilterError
from communique.store import Store, connect
from communique.store.actor_index import ActorIndex
from communique.store.queries import EventFilter
from communique.store import detail, downloads, reviews
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
    sort: Sort = Field("-date", description="The table's sort, as /api/events takes it")
    format: Literal["csv", "jsonl", "parquet"] = Field("jsonl", description="csv, jsonl or "
                                                                            "parquet")


def make_cursor(last: list[Any], position: int, sort: str) -> str:
    """A cursor for the page after the row keyed `last` ([sort value, id]), the
    `position`-th row of the listing."""
    data = json.dumps([sort, *last, position]).encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def read_cursor(cursor: str, sort: str) -> tuple[tuple[Any, str], int]:
    """The last row's (sort value, id) and position a cursor stands for; E050 for one not
    made by this API for this sort."""
    try:
        made_for, value, last_id, position = json.loads(
            base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        assert made_for == sort and isinstance(last_id, str) and isinstance(position, int)
        assert position >= 0 and (value is None or isinstance(value, (str, int, float)))
    except Exception:
        raise FilterError("E050", option="cursor", value=cursor,
                          allowed="the next_cursor of a page of the same query") from None
    return (value, last_id), position


class ReportQuery(Filters):
    top: int = Field(12, ge=1, le=200, description="How many main events")
    download: bool = Field(False, description="Send the report as a file to save")


class DyadQuery(Filters, SortedPage):
    dyad: str = Field(pattern=r"^[A-Za-z0-9]{2,12}-[A-Za-z0-9]{2,12}$",
                      description="Source-target countries or codes, e.g. TUR-IRQ")


class TopQuery(Filters):
    top: int = Field(150, ge=1, le=5000, description="How many edges or places")


class ActorQuery(Filters, SortedPage):
    pass


class ListQuery(Page):
    text: str | None = Field(None, max_length=200, description="Words in the name or title")


class ArticleQuery(Filters, Page):
    search: str | None = Field(None, max_length=200, description="Words in the title or text")


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
        "/api/articles": "articles, newest first; search= words in them; the event filters "
                         "keep those reporting a kept event",
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
    """A page of events; follow `next_cursor` (null on the last page) for the next one.
    A cursor finds its page by the last row's sort value and id (keyset), not by counting
    rows, so paging deep into millions of events stays as fast as the first page."""
    after, offset = read_cursor(q.cursor, q.sort) if q.cursor else (None, q.offset)
    page = queries.events_page(store, q.event_filter(q.limit, offset), q.sort, after)
    last, seen = page.pop("last"), offset + len(page["events"])
    more = last is not None and seen < page["total"]
    return ok({"filters": q.shown(), **page,
               "next_cursor": make_cursor(last, seen, q.sort) if more else None})


DOWNLOAD_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson",
                  "parquet": "application/vnd.apache.parquet"}
DOWNLOADS = {"csv": downloads.csv_chunks, "jsonl": downloads.jsonl_chunks,
             "parquet": downloads.parquet_chunks}


@router.get("/events/download")
def download(request: Request, q: Annotated[DownloadQuery, Query()]) -> StreamingResponse:
    """Every event the filters keep (no row cap), in the table's sort (newest first unless
    `sort` says otherwise), in the contract's fields: JSON Lines, CSV (flattened as
    `communique export` does) or Parquet, streamed a batch at a time."""
    filters = q.event_filter()  # checked before anything is sent
    view = open_view(request)

    def body() -> Iterator[bytes]:
        try:
            yield from DOWNLOADS[q.format](view, filters, q.sort)
        finally:
            view.db.close()

    name = f"communique-events.{q.format}"
    return StreamingResponse(body(), media_type=DOWNLOAD_TYPES[q.format],
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
def articles(store: StoreDep, q: Annotated[ArticleQuery, Query()]) -> dict[str, Any]:
    """Articles (words in them: `search`); with event filters, those reporting an event the
    filters keep."""
    return ok({"filters": q.shown(),
               **detail.articles(store, q.limit, q.offset, q.search, q.event_filter())})


@router.get("/articles/{article_id}")
def article(store: StoreDep, article_id: Annotated[str, Path(pattern=ID)]) -> dict[str, Any]:
    return ok(detail.article(store, article_id))
