"""The command line, the package's edge: a thin layer over the library (`communique
--help`). Each command parses its options, calls one library function and prints the result.

Modules: `options.py` and `output.py` (leaves: shared options, printing rows), `run.py`
(run, recode, demo, eval, actors), `query.py` (events, export, articles, show, timeline,
stats, reviews), `web.py` (serve). This module makes the group and adds every command to it;
the command modules import only the leaves, so there is no import cycle.

Change here: a command or an option (its default and help come from communique/settings.py
when it is a setting); never logic that the Python API would lack.
"""

from __future__ import annotations

import logging

import click

from communique import __version__
from communique.cli import query, report, run, web
from communique.cli.options import with_user_files
from communique.cli.run import format_scores
from communique.settings import help_text

__all__ = ["cli", "format_scores", "with_user_files"]


def _print_settings(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(help_text())
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="communique")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
@click.option("--help-settings", is_flag=True, expose_value=False, is_eager=True,
              callback=_print_settings, help="Show the settings, their defaults, and exit.")
def cli(verbose: int) -> None:
    """communique: event data from news — who did what to whom, when and where.

    \b
    Example:
        communique run news/ --db events.duckdb
        communique export events --db events.duckdb --format jsonl -o events.jsonl
    """
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


for _command in (run.run, run.load, run.recode, run.demo, run.eval_, run.actors, query.events,
                 query.export, query.articles, query.show, query.timeline, query.stats,
                 report.reviews, report.report, web.serve):
    cli.add_command(_command)
