"""Settings: every default a user may change, written once, with what it does.

`SETTINGS` is read by the CLI options (their defaults and help), by `communique
--help-settings` and by the docs test; library code takes its defaults from `default()`.
The user's own files (knowledge-base and pattern files that every run should use) live in
`user_dir()`: `$COMMUNIQUE_HOME`, else the platform's application folder.
"""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    env: str | None = None  # an environment variable that sets it


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "communique.duckdb", "The DuckDB file events are stored in and read from."),
    Setting("max_bytes", 50_000_000,
            "Largest input file (or archive member) read, in bytes; larger ones get E009."),
    Setting("batch_size", 256,
            "Articles written per transaction; readers get the file between batches."),
    Setting("workers", None,
            "Processes that code articles (none given: the machine's cores; 1: no worker "
            "processes).", env="COMMUNIQUE_WORKERS"),
    Setting("window_days", 1,
            "Days apart two mentions of the same coded event may be dated and still be one "
            "event."),
    Setting("lock_wait", 60.0,
            "Seconds to wait for a database another process holds before giving up (E036)."),
    Setting("max_article_chars", 100_000,
            "Longest text coded as one document; longer ones are coded in parts (W005)."),
    Setting("host", "127.0.0.1", "Address the web UI listens on."),
    Setting("port", 8000, "Port the web UI listens on."),
    Setting("max_query_bytes", 8192, "Longest query string the web API answers (E027)."),
)
BY_NAME = {s.name: s for s in SETTINGS}
HOME_ENV = "COMMUNIQUE_HOME"
# Sub-folders of the user's folder whose files every run and re-code adds to the packaged ones.
USER_FILES = {"actors": "*.jsonl", "patterns": "*.jsonl"}


def default(name: str) -> Any:
    """The default of setting `name`."""
    return BY_NAME[name].default


def user_dir() -> Path:
    """The folder of the user's own files: `$COMMUNIQUE_HOME`, else the platform's
    application folder (e.g. ~/.config/communique)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home)
    import click

    return Path(click.get_app_dir("communique"))


def user_files(kind: str) -> tuple[str, ...]:
    """The user's own files of `kind` ("actors" or "patterns"): `<user_dir>/<kind>/*.jsonl`,
    in name order."""
    folder = user_dir() / kind
    return tuple(str(p) for p in sorted(folder.glob(USER_FILES[kind]))) if folder.is_dir() \
        else ()


def help_text() -> str:
    """The settings as `communique --help-settings` prints them."""
    width = max(len(s.name) for s in SETTINGS) + 4
    lines = ["Settings (a command that uses one takes it as an option: max_bytes is "
             "--max-bytes):", ""]
    for s in SETTINGS:
        env = f" Environment: {s.env}." if s.env else ""
        text = f"{s.help} Default: {s.default!r}.{env}"
        lines += textwrap.wrap(text, 96, initial_indent=f"  {s.name:<{width - 2}}",
                               subsequent_indent=" " * width)
    lines += [""] + textwrap.wrap(
        f"Your own files: {user_dir()} (set {HOME_ENV} to move it). Knowledge-base files in "
        "its actors/*.jsonl and pattern files in its patterns/*.jsonl are added to every run "
        "and re-code.", 96, break_on_hyphens=False)
    return "\n".join(lines)
