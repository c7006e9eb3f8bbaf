"""`communique report`: a briefing on the events some filters keep, as one HTML file."""

from __future__ import annotations

from typing import Any

import click

from communique.cli import cli, coded_errors, db_option
from communique.cli_query import filter_options


@cli.command()
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
