"""`communique serve`: the local web UI and JSON API over a database, opened read-only."""

from __future__ import annotations

import sys

import click

from communique.cli.options import coded_errors, db_option, setting_option
from communique.settings import default


def serve_db(db: str, host: str = default("host"), port: int = default("port")) -> None:
    """Serve the web UI over `db` (read-only) until Ctrl+C."""
    import uvicorn

    from communique.store import Store
    from communique.web.app import create_app
    from communique.web.server import UVICORN

    # Opened per request, so a `communique run` on the same file can write between requests.
    with Store(db, read_only=True, hold=False) as store:
        click.echo(f"Serving {db} (read-only) at http://{host}:{port}/ — press Ctrl+C to stop",
                   err=True)
        uvicorn.run(create_app(store), host=host, port=port, **UVICORN)


def get(db: str, path: str) -> tuple[int, str]:
    """The status and body the server would answer to GET `path`, without a server."""
    from fastapi.testclient import TestClient

    from communique.store import Store
    from communique.web.app import create_app

    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        response = client.get(path, headers={"Accept": "application/json"})
        return response.status_code, response.text


@click.command()
@db_option
@setting_option("host", "--host")
@setting_option("port", "--port", type=click.IntRange(0, 65535))
@click.option("--get", "get_path", metavar="PATH",
              help="Print the response to GET PATH (e.g. /api/events) and exit, without "
                   "starting a server; exits 1 on an error status.")
@coded_errors
def serve(db: str, host: str, port: int, get_path: str | None) -> None:
    """Serve the web UI and its JSON API (/api/...) over --db, read-only.

    \b
    Example:
        communique serve --db events.duckdb
        communique serve --db events.duckdb --port 8001
        communique serve --db events.duckdb --get "/api/events?dyad=TUR-IRQ&limit=5"
    """
    if get_path is None:
        serve_db(db, host, port)
        return
    status, body = get(db, get_path)
    click.echo(body)
    if status >= 400:
        sys.exit(1)
