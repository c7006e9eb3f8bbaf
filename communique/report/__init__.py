"""The briefing report: one self-contained HTML file about the events some filters keep
(`communique report --dyad IRN-IRQ --since 2023-01 -o brief.html`, or the UI's /report).

It holds counts and the monthly trend by QuadClass (inline SVG charts), the main events of
the period each with its evidence sentence and the article it came from, the actors
involved, and a methods box: the corpus, the coding version, the filters, and the precision
of the analyst's reviews where there are any. No script, no link to load: it opens offline,
and as one file it can be mailed or printed.

Change here: what the briefing shows and how (an output stage reading the store through
`EventFilter`; the template is `template.html`, the charts `charts.py`).
"""

from __future__ import annotations

import dataclasses
import datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

import jinja2

from communique import __version__
from communique.errors import FilterError
from communique.report import charts
from communique.store import reviews
from communique.store.overview import describe, fetch_events, records, stats, where
from communique.store.queries import EventFilter

if TYPE_CHECKING:
    from communique.store import Store

# The main events: reported most widely, then the strongest (|Goldstein|), then the newest.
MAIN_ORDER = ("ORDER BY num_sources DESC, num_articles DESC, abs(goldstein) DESC NULLS LAST, "
              "date DESC NULLS LAST, id")
FILTER_NAMES = {"actor": "actor", "country": "country", "dyad": "dyad", "code": "CAMEO code",
                "root": "CAMEO root", "quad": "QuadClass", "plover": "PLOVER type",
                "since": "since", "until": "until", "text": "words", "mood": "mood",
                "min_confidence": "minimum confidence", "negated": "negated",
                "hide_domestic": "same-country dyads hidden",
                "hide_uncoded": "events with an uncoded actor hidden"}


def subject(filters: EventFilter) -> str:
    """What the report is about, in words: "Iran → Iraq, since 2023-01"."""
    parts = []
    if filters.dyad:
        source, _, target = filters.dyad.partition("-")
        parts.append(f"{describe(source)} → {describe(target)}")
    if filters.country:
        parts.append(" or ".join(describe(c) for c in filters.country.split(",")))
    if filters.actor:
        parts.append(filters.actor)
    if filters.since or filters.until:
        parts.append(" ".join(p for p in (filters.since and f"since {filters.since}",
                                          filters.until and f"until {filters.until}") if p))
    return ", ".join(parts) or "All events"


def filters_shown(filters: EventFilter) -> list[str]:
    """The filters given, one phrase each, as the methods box lists them."""
    shown = []
    for name, label in FILTER_NAMES.items():
        value = getattr(filters, name)
        if value is True:
            shown.append(label)
        elif value not in (None, "", False):
            shown.append(f"{label} {value}")
    return shown


def main_events(store: Store, filters: EventFilter, top: int) -> list[dict[str, Any]]:
    """The `top` main events with the article each was coded from (title, outlet, link)."""
    where_sql, params = where(store, filters)
    ids = [r[0] for r in store.db.execute(
        f"SELECT id FROM events{where_sql} {MAIN_ORDER} LIMIT {int(top)}",
        params).fetchall()]
    events = fetch_events(store, ids)
    marks = ", ".join("?" * len(events)) or "NULL"
    articles = {a["id"]: a for a in records(
        store, "SELECT id, title, outlet, url, published::VARCHAR AS published, source_path "
               f"FROM articles WHERE id IN ({marks})",
        [e["article_id"] for e in events])}
    return [{**e, "article": articles.get(e["article_id"], {})} for e in events]


def methods(store: Store, selected: list[dict[str, Any]]) -> dict[str, Any]:
    """The corpus, the coding versions, and review precision (all reviews, and those on the
    events this report selects)."""
    corpus = records(store, "SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets, "
                            "min(published)::VARCHAR AS first, max(published)::VARCHAR AS last "
                            "FROM articles")[0]
    versions = records(store, "SELECT coding_version AS version, count(*) AS documents FROM "
                              "documents GROUP BY ALL ORDER BY documents DESC, version")
    review = None
    if store.path != ":memory:":
        review = {"all": reviews.precision(store.path),
                  "selected": reviews.precision(store.path, selected)}
    return {"corpus": corpus, "versions": versions, "package": __version__,
            "events_stored": store.count("events"), "review": review}


def build(store: Store, filters: EventFilter, top: int = 12) -> dict[str, Any]:
    """Everything the report shows, for the events `filters` keep (its limit is ignored)."""
    filters = dataclasses.replace(filters, limit=None, offset=0)
    overview = stats(store, filters, top=15)
    where_sql, params = where(store, filters)
    quads = dict(store.db.execute(f"SELECT quad_class, count(*) FROM events{where_sql} "
                                  "GROUP BY ALL", params).fetchall())
    selected = records(store, "SELECT article_id, [span_start, span_end] AS span FROM events"
                       f"{where_sql}", params)
    main = main_events(store, filters, top)
    return {"subject": subject(filters), "filters": filters_shown(filters),
            "events": overview["events"], "first_date": overview["first_date"],
            "last_date": overview["last_date"], "undated": overview["undated"],
            "quads": {q: quads.get(q, 0) for q in charts.QUADS}, "months": overview["months"],
            "main": main, "actors": overview["top_actors"], "dyads": overview["top_dyads"],
            "methods": methods(store, selected),
            "made": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")}


def render(report: dict[str, Any], links: dict[str, str] | None = None) -> str:
    """The report as one HTML document; `links` (label → our own path) adds a bar of links
    above it, as the web UI shows it."""
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: resources.files("communique.report").joinpath(name).read_text("utf-8")),
        autoescape=True, undefined=jinja2.StrictUndefined)
    return env.get_template("template.html").render(
        r=report, links=links or {}, quad_names=charts.QUADS, colours=charts.COLOURS,
        quad_chart=charts.quad_bars(report["quads"]), months_chart=charts.months_chart(
            report["months"]))


def write(store: Store, filters: EventFilter, out: Any, top: int = 12) -> dict[str, Any]:
    """Build the report and write it to the text stream `out`; E060 when no event matches
    (an empty briefing is a typo in the filters more often than news)."""
    report = build(store, filters, top)
    if not report["events"]:
        raise FilterError("E060", filters=", ".join(report["filters"]) or "none",
                              db=store.path)
    out.write(render(report))
    return report
