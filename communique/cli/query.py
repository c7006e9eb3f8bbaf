"""The query commands an analyst lives in: events, articles, show, timeline, stats.

Each parses its options, calls one Store method and prints the rows (`--format`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import click

from communique.cli.options import coded_errors, db_option, filter_options, format_option
from communique.cli.output import emit, showing, write_gold
from communique.errors import CommuniqueError
from communique.store.queries import EventFilter

EVENT_TABLE = ["id", "date", "source", "cameo", "cameo_name", "target", "num_articles",
               "sentence"]


def _store(db: str) -> Any:
    from communique.store import Store

    return Store(db, read_only=True)


@click.command()
@filter_options
@click.option("--limit", default=50, show_default=True, help="How many events.")
@db_option
@format_option
@coded_errors
def events(db: str, fmt: str, limit: int, **filters: Any) -> None:
    """List events, newest first, filtered.

    \b
    Example:
        communique events --dyad TUR-IRQ --root 19 --since 2022 --limit 20
    """
    with _store(db) as store:
        query = EventFilter(limit=limit, **filters)
        rows = list(store.events(query))
        if not rows:
            store.check_actor(query.actor)
        emit(rows, fmt, EVENT_TABLE if fmt in {"table", "csv"} else None)
        showing(len(rows), store.count_events(query), "events", fmt)


@click.command()
@click.argument("kind", type=click.Choice(["articles", "events", "actors", "reviews"]))
@filter_options
@db_option
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "csv", "parquet", "gdelt", "icews", "plover"]),
              help="jsonl (the contract), csv, parquet; for events also gdelt, icews, plover.")
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file instead of stdout (parquet needs a file).")
@coded_errors
def export(kind: str, db: str, fmt: str, output: str, **filters: Any) -> None:
    """Export articles, events or actors in the data contract's fields; events take the
    filters of `communique events`. `reviews` writes the analysts' verdicts as a gold file
    that `communique eval` reads (as `communique reviews export`).

    GDELT rows need a day: events known only to a month or year take their article's
    publication date, and those with no day at all are left out (counted on stderr).

    \b
    Example:
        communique export events --db events.duckdb --format jsonl -o events.jsonl
        communique export events --db events.duckdb --format gdelt --since 2024 -o events.tsv
    """
    from communique.exports import export as write

    given = [f"--{k.replace('_', '-')}" for k, v in filters.items() if v not in (None, False)]
    if given and kind != "events":
        raise CommuniqueError("E030", options=" ".join(given), kind=kind)
    if kind == "reviews":
        if fmt != "jsonl":
            raise CommuniqueError("E050", option="--format", value=fmt,
                                  allowed="jsonl for reviews (a gold file)")
        write_gold(db, output)
        return
    seen = 0

    def counted(rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        nonlocal seen
        for row in rows:
            seen += 1
            yield row

    with _store(db) as store:
        if kind == "events":
            rows = store.events(EventFilter(limit=None, **filters),
                                for_export=fmt in ("gdelt", "icews", "plover"))
        else:
            rows = store.articles() if kind == "articles" else store.actors()
        written = write(counted(rows), kind, fmt, output)
    if written < seen:
        click.echo(f"{seen - written} of {seen} events have no day-precise date (their own or "
                   "their article's) and were left out: GDELT rows need a SQLDATE", err=True)


@click.command()
@click.option("--limit", default=50, show_default=True, help="How many articles.")
@db_option
@format_option
@coded_errors
def articles(db: str, fmt: str, limit: int) -> None:
    """List articles with their dates and event counts.

    \b
    Example:
        communique articles --db events.duckdb --limit 10
    """
    with _store(db) as store:
        emit(store.articles_list(limit), fmt)


@click.command()
@click.argument("event_id")
@db_option
@format_option
@coded_errors
def show(event_id: str, db: str, fmt: str) -> None:
    """Show one event: its sentence with [source], <verb> and {target} marked, its article and
    its other mentions.

    \b
    Example:
        communique show 1bec439b24fdb086
    """
    with _store(db) as store:
        event = store.event(event_id)
        if fmt != "table":
            emit([event], fmt)
            return
        start = event["span"][0]
        marks = store.sentence_mentions(event["article_id"], *event["span"])
        click.echo(f"{event['id']}  {event['date'] or '?'}  {event['cameo']} "
                   f"{event['cameo_name']} ({event['plover'] or '-'}, QuadClass "
                   f"{event['quad_class']}, Goldstein {event['goldstein']})")
        click.echo(f"  {_codes(event['source'])} → {_codes(event['target'])}"
                   f"{'  NEGATED' if event['negated'] else ''}  mood: {event['mood']}")
        click.echo("  " + mark(event["sentence"], start, marks, event, event.get("trigger")))
        for mention in event["mentions"]:
            click.echo(f"  in: {mention['title'] or '(untitled)'} — {mention['source_path']}")


def _codes(actors: list[dict[str, Any]]) -> str:
    return ", ".join(f"{a['name']} ({a['code']})" for a in actors) or "-"


def mark(sentence: str, offset: int, mentions: list[dict[str, Any]], event: dict[str, Any],
         trigger: str | None) -> str:
    """The sentence with [source actors], {target actors} and <the trigger> marked."""
    sources = {a["text"] for a in event["source"]}
    targets = {a["text"] for a in event["target"]}
    out, cursor = [], 0
    for m in mentions:
        start, end = m["start_char"] - offset, m["end_char"] - offset
        if start < cursor or m["text"] not in sources | targets:
            continue
        left, right = ("[", "]") if m["text"] in sources else ("{", "}")
        out += [sentence[cursor:start], left, sentence[start:end], right]
        cursor = end
    text = "".join([*out, sentence[cursor:]])
    if trigger:
        text = text.replace(trigger, f"<{trigger}>", 1)
    return text


@click.command()
@click.option("--dyad", required=True, help="Source-target countries or codes (e.g. TUR-IRQ).")
@click.option("--by", type=click.Choice(["day", "month", "year"]), default="month",
              show_default=True, help="Period.")
@db_option
@format_option
@coded_errors
def timeline(dyad: str, by: str, db: str, fmt: str) -> None:
    """Counts of a dyad's events by period and QuadClass, with the mean Goldstein score.

    \b
    Example:
        communique timeline --dyad TUR-IRQ --by month
    """
    with _store(db) as store:
        emit(store.timeline(EventFilter(dyad=dyad, limit=None), by), fmt)


@click.command()
@db_option
@format_option
@coded_errors
def stats(db: str, fmt: str) -> None:
    """Counts: articles, actors, events by CAMEO root, top dyads.

    \b
    Example:
        communique stats --db events.duckdb
    """
    from communique.cli.run import format_summary

    with _store(db) as store:
        summary = store.summary(top=10)
    if fmt == "table":
        click.echo(format_summary(summary))
    elif fmt == "csv":  # one table: what is counted, which one, how many
        emit([{"count": "articles", "key": "", "n": summary["articles"]},
              {"count": "actors", "key": "", "n": summary["actors"]},
              {"count": "events", "key": "", "n": summary["events"]},
              *({"count": "root", "key": r, "n": n} for r, _, n in summary["roots"]),
              *({"count": "dyad", "key": f"{s}-{t}", "n": n}
                for s, t, n in summary["dyads"])], fmt)
    else:
        emit([{"articles": summary["articles"], "actors": summary["actors"],
               "events": summary["events"],
               "roots": {r: n for r, _, n in summary["roots"]},
               "dyads": [{"source": s, "target": t, "events": n}
                         for s, t, n in summary["dyads"]]}], fmt)
