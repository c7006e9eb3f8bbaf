"""Printing rows: an aligned table, JSON, JSON Lines or CSV; "showing N of M" notes.

A leaf: it imports no other module of `communique.cli`.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from typing import Any

import click


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


def showing(shown: int, total: int, what: str, fmt: str) -> None:
    """Under a table, on stderr: "showing 50 of 1234 events" when the list was cut."""
    if fmt == "table" and shown < total:
        click.echo(f"showing {shown} of {total} {what} (--limit for more)", err=True)


def write_gold(db: str, output: str) -> None:
    """Write the analysts' reviews of `db` as a gold file (`reviews export`, `export reviews`)
    to `output` ("-": stdout), and say how many articles it holds."""
    from communique.store.reviews import export_gold

    if output == "-":
        count = export_gold(db, sys.stdout)
    else:
        with open(output, "w", encoding="utf-8") as out:
            count = export_gold(db, out)
    click.echo(f"{count} reviewed articles written", err=True)
