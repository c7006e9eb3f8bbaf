"""The HTML pages. Each is a small Jinja shell (autoescaped); its script in
`static/js/<page>.js` fetches the page's JSON twin from `/api/...` and renders it with
`textContent`, never as HTML, because article text is untrusted. The one page made on the
server is /report, the briefing report (communique/report/), autoescaped and script-free."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from communique import cameo
from communique import report as briefing
from communique.web.api import ReportQuery, StoreDep

router = APIRouter(include_in_schema=False)

NAV = [("/", "Overview"), ("/events", "Events"), ("/dyad", "Dyads"), ("/actors", "Actors"),
       ("/network", "Network"), ("/map", "Map"), ("/articles", "Articles")]
# The explorer's filter fields: name, label, placeholder.
FILTERS = [("actor", "Actor", "Erdogan, IRNGOV"), ("country", "Country", "IRQ"),
           ("dyad", "Dyad", "TUR-IRQ"), ("code", "CAMEO code", "19, 042"),
           ("since", "Since", "2020 or 2020-05"), ("until", "Until", "2024-12-31"),
           ("text", "Words", "drone")]
QUADS = [(1, "Verbal cooperation"), (2, "Material cooperation"), (3, "Verbal conflict"),
         (4, "Material conflict")]


@cache
def plovers() -> list[str]:
    """The PLOVER event types CAMEO codes map to, for the filter bar."""
    return sorted({c.plover for c in cameo.codes().values() if c.plover})


def context(request: Request, name: str, title: str, key: str = "",
            **extra: Any) -> dict[str, Any]:
    """What every page's template needs."""
    return {"page": name, "title": title, "key": key, "nav": NAV,
            "db": request.app.state.store.path, "args": dict(request.query_params),
            "filters": FILTERS, "quads": QUADS, "plovers": plovers(),
            "section": "/" + request.url.path.strip("/").split("/")[0], **extra}


def page(request: Request, name: str, title: str, key: str = "", **extra: Any) -> HTMLResponse:
    """Render `templates/<name>.html`."""
    return request.app.state.templates.TemplateResponse(
        request, f"{name}.html", context(request, name, title, key, **extra))


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    return page(request, "overview", "Overview")


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    return page(request, "events", "Events")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str) -> HTMLResponse:
    return page(request, "event", f"Event {event_id}", event_id)


@router.get("/dyad", response_class=HTMLResponse)
def dyad(request: Request) -> HTMLResponse:
    return page(request, "dyad", "Dyad " + request.query_params.get("dyad", ""))


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> HTMLResponse:
    return page(request, "actors", "Actors")


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor(request: Request, key: str) -> HTMLResponse:
    return page(request, "actor", f"Actor {key}", key)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return page(request, "network", "Actor network")


@router.get("/map", response_class=HTMLResponse)
def map_(request: Request) -> HTMLResponse:
    return page(request, "map", "Map")


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request) -> HTMLResponse:
    return page(request, "articles", "Articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    return page(request, "article", f"Article {article_id}", article_id)


@router.get("/report", response_class=HTMLResponse)
def report(request: Request, store: StoreDep,
           q: Annotated[ReportQuery, Query()]) -> HTMLResponse:
    """The briefing report for these filters, the same file `communique report` writes;
    `download=true` sends it as a file to save."""
    made = briefing.build(store, q.event_filter(), q.top)
    shown = {k: str(v).lower() if isinstance(v, bool) else v for k, v in q.shown().items()}
    links = {"← Events with these filters": f"/events?{urlencode(shown)}",
             "Download this report (HTML)":
                 f"/report?{urlencode({**shown, 'top': q.top, 'download': 'true'})}"}
    html = briefing.render(made, None if q.download else links)
    headers = {"Content-Disposition": 'attachment; filename="communique-briefing.html"'}
    return HTMLResponse(html, headers=headers if q.download else None)
