"""Options and decorators shared by the commands: settings-backed options (--db,
--max-bytes, …), --format, the event filters, and coded errors turned into clean messages.

A leaf: it imports no other module of `communique.cli`, so every command module can use it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from communique.errors import CommuniqueError
from communique.settings import BY_NAME, user_files


def setting_option(name: str, *flags: str, **kwargs: Any) -> Callable[..., Any]:
    """A command option whose default, help and environment variable are the setting's."""
    setting = BY_NAME[name]
    return click.option(*flags, default=setting.default, help=setting.help,
                        show_default=setting.default is not None, envvar=setting.env,
                        show_envvar=setting.env is not None, **kwargs)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return setting_option("db", "--db", type=click.Path(dir_okay=False))(fn)


def with_user_files(actors_files: tuple[str, ...], patterns_files: tuple[str, ...]
                    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The user's own knowledge-base and pattern files (settings.user_dir), then those given."""
    return (*user_files("actors"), *actors_files), (*user_files("patterns"), *patterns_files)


def coded_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a CommuniqueError into a clean message and exit code 1."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CommuniqueError as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper


FORMATS = ["table", "json", "jsonl", "csv"]


def format_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                        show_default=True, help="How to print the rows.")(fn)


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
