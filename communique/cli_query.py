"""The query commands an analyst lives in: events, articles, show, timeline, stats.

Each parses its options, calls one Store method and prints the rows (`--format`).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

from communique.cli import cli, coded_errors, db_option
from communique.errors import CommuniqueError
from communique.store.queries import EventFilter

FORMATS = ["table", "json", "jsonl", "csv"]
EVENT_TABLE = ["id", "date", "source", "cameo", "cameo_name", "target", "num_articles",
               "sentence"]


def format_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="How to print the rows.")(fn)


def _cell(value: Any, width: int = 60) -> str:
    if isinstance(value, list) and value and isinstance(value[0], dict):
        # an actor named but not coded shows its name in quotes
        value = ";".join(v.get("code") or f"\"{v.get('name') or v.get('text') or '?'}\""
                         for v in value)
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[:width - 1] + "…"


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> None:
    """Print rows as an aligned table, a JSON array, JSON Lines or CSV."""
    rows = list(rows)
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        names = columns or (list(rows[0]) if rows else [])
        writer = csv.DictWriter(sys.stdout, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(row.get(k), 10**6) for k in names})
    else:
        if not rows:
            click.echo("No rows match.")
            return
        names = columns or list(rows[0])
        cells = [[_cell(row.get(k)) for k in names] for row in rows]
        widths = [max([len(n), *(len(c[i]) for c in cells)]) for i, n in enumerate(names)]
        click.echo("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)))
        for line in cells:
            click.echo("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))


def filter_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", help="Actor name or code (e.g. Erdogan, IRNGOV)."),
        click.option("--country", help="Source or target country, code or name (IRQ, Iraq); "
                                       "several with commas (IRQ,Iran)."),
        click.option("--dyad", help="Source-target countries or codes (e.g. IRN-IRQ)."),
        click.option("--code", help="CAMEO code or prefix (e.g. 19, 042)."),
        click.option("--root", help="CAMEO root (01–20)."),
        click.option("--quad", type=click.IntRange(1, 4), help="QuadClass 1–4."),
        click.option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", help="Up to this date."),
        click.option("--text", help="Words in the sentence."),
        click.option("--plover", help="PLOVER event type (e.g. ASSAULT)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1),
                     help="Only events coded with at least this confidence (0–1)."),
        click.option("--mood", type=click.Choice(["asserted", "hypothetical", "future"]),
                     help="Only asserted, hypothetical or future events."),
        click.option("--negated/--not-negated", default=None,
                     help="Only negated events, or only events that are not negated."),
        click.option("--hide-domestic", is_flag=True, default=False,
                     help="Leave out same-country dyads (IRNGOV → IRN)."),
        click.option("--hide-uncoded", is_flag=True, default=False,
                     help="Leave out events with an actor that has no code."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _store(db: str) -> Any:
    from communique.store import Store

    return Store(db, read_only=True)


@cli.command()
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


def showing(shown: int, total: int, what: str, fmt: str) -> None:
    """Under a table, on stderr: "showing 50 of 1234 events" when the list was cut."""
    if fmt == "table" and shown < total:
        click.echo(f"showing {shown} of {total} {what} (--limit for more)", err=True)


@cli.command()
@click.argument("kind", type=click.Choice(["articles", "events", "actors"]))
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
    filters of `communique events`.

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


@cli.command()
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


@cli.command()
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


@cli.command()
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


@cli.command()
@db_option
@format_option
@coded_errors
def stats(db: str, fmt: str) -> None:
    """Counts: articles, actors, events by CAMEO root, top dyads.

    \b
    Example:
        communique stats --db events.duckdb
    """
    from communique.cli import format_summary

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


@cli.group()
def reviews() -> None:
    """Analysts' verdicts on events, kept in `<db>.reviews.duckdb` beside the database
    (made on the event pages of `communique serve`).

    \b
    Example:
        communique reviews export --db events.duckdb -o reviewed.jsonl
    """


@reviews.command("export")
@db_option
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write to this file instead of stdout.")
@coded_errors
def reviews_export(db: str, output: str) -> None:
    """Write the reviews as a gold file that `communique eval` reads (JSON Lines, one
    article a line; events judged wrong without a correction are left out).

    \b
    Example:
        communique reviews export --db events.duckdb -o reviewed.jsonl
        communique eval reviewed.jsonl --texts articles.jsonl
    """
    from communique.store.reviews import export_gold

    if output == "-":
        count = export_gold(db, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8") as out:
            count = export_gold(db, out)
    click.echo(f"{count} reviewed articles written", err=True)
