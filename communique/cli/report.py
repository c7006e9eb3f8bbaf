"""The analyst's own commands: `report` (a briefing on the events some filters keep, as one
HTML file) and `reviews` (the verdicts analysts give events in the web UI: export as a
gold file, precision).
"""

from __future__ import annotations

from typing import Any

import click

from communique.cli.options import coded_errors, db_option, filter_options
from communique.cli.output import emit, write_gold


@click.group()
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
    write_gold(db, output)


@click.command()
@filter_options
@db_option
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="The HTML file to write (default: stdout).")
@click.option("--top", default=12, show_default=True, type=click.IntRange(1, 200),
              help="How many main events to show, each with its sentence.")
@coded_errors
def report(db: str, output: Any, top: int, **filters: Any) -> None:
    """Write a briefing on the events the filters keep: one self-contained HTML file (charts
    inlined, nothing to fetch) with counts and the monthly trend by QuadClass, the main
    events with their sentences and sources, the actors involved, and a methods box.

    \b
    Example:
        communique report --dyad IRN-IRQ --since 2023-01 -o brief.html
        communique report --actor Erdogan -o erdogan.html
        communique report --country Iraq --hide-domestic -o iraq.html
    """
    from communique.report import write
    from communique.store import Store
    from communique.store.queries import EventFilter

    with Store(db, read_only=True) as store:
        query = EventFilter(limit=None, **filters)
        store.check_actor(query.actor)
        made = write(store, query, output, top)
    if output.name != "<stdout>":
        click.echo(f"Wrote {output.name}: {made['events']} events, {len(made['main'])} main "
                   "events with their sentences", err=True)


@reviews.command("precision")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True, help="How to print the rows.")
@coded_errors
def reviews_precision(db: str, fmt: str) -> None:
    """How many reviewed events were judged right: overall, by CAMEO root (of the code
    judged) and by the outlet of the article (the same as `communique eval --reviews`).

    \b
    Example:
        communique reviews precision --db events.duckdb
    """
    print_precision(db, fmt)


def print_precision(db: str, fmt: str) -> None:
    """Print the review precision of the database at `db` (`reviews precision` and
    `eval --reviews`)."""
    from communique.store import Store
    from communique.store.reviews import path_for, precision_by

    path_for(db)  # E050 for a database in memory
    with Store(db, read_only=True) as store:
        outlets = dict(store.db.execute("SELECT id, outlet FROM articles").fetchall())
    found = precision_by(db, outlets)
    if not found and fmt == "table":
        click.echo(f"No reviews for {db} yet: mark events right or wrong on their pages "
                   "(`communique serve`).")
        return
    emit(found, fmt, ["by", "group", "reviewed", "right", "precision"])
