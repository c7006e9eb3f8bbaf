"""The commands that code news: run, recode, demo; and eval and actors."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import click

from communique import cameo
from communique.cli.options import coded_errors, db_option, setting_option, with_user_files
from communique.cli.output import emit, showing
from communique.errors import Codes, CommuniqueError, InputError
from communique.settings import default


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@setting_option("max_bytes", "--max-bytes", type=click.IntRange(1))
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True),
              help="Your own knowledge-base file (format: communique/kb/schema.py).")
@click.option("--patterns", "patterns_files", multiple=True, type=click.Path(exists=True),
              help="Your own event-pattern file (format: communique/nlp/patterns.py).")
@setting_option("batch_size", "--batch-size", type=click.IntRange(1, 100_000))
@setting_option("workers", "--workers", type=int)
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local",
              show_default=True,
              help="local: this machine's processes; ray: a Ray cluster (needs "
                   "`pip install 'communique[ray]'`; RAY_ADDRESS picks the cluster).")
@click.option("--out", type=click.Path(file_okay=False),
              help="With --engine ray: keep the Parquet shards of articles, mentions and "
                   "events in this folder (`communique load DIR` stores them).")
@coded_errors
def run(paths: tuple[str, ...], db: str, quiet: bool, max_bytes: int,
        actors_files: tuple[str, ...], patterns_files: tuple[str, ...], batch_size: int,
        workers: int | None, engine: str, out: str | None) -> None:
    """Read news from PATHS (files, directories, - for stdin) and store its events.

    \b
    Example:
        communique run news/ more.jsonl --db events.duckdb
        communique run news/ --actors my_actors.jsonl --patterns my_patterns.jsonl
    """
    from communique.workers import default_workers

    actors_files, patterns_files = with_user_files(actors_files, patterns_files)
    if workers is None:
        workers = default_workers()
    if workers < 1:
        raise InputError("E039", value=workers, cores=default_workers())
    summary = _run(paths, db, quiet=quiet or paths == ("-",), max_bytes=max_bytes,
                   actors_files=actors_files, patterns_files=patterns_files,
                   batch_size=batch_size, workers=workers, engine=engine, out=out)
    if summary.documents == 0:
        raise click.ClickException(f"[E010] {Codes.E010}")
    if not quiet:
        click.echo(run_report(summary, db), err=True)


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
@setting_option("batch_size", "--batch-size", type=click.IntRange(1, 100_000))
@coded_errors
def load(folder: str, db: str, quiet: bool, batch_size: int) -> None:
    """Store the Parquet shards a Ray run wrote (`run --engine ray --out FOLDER`), as a local
    run would have stored them.

    \b
    Example:
        communique run news/ --engine ray --out shards/ --db events.duckdb
        communique load shards/ --db other.duckdb
    """
    from communique.engines.shards import load as load_shards
    from communique.store import Store

    if not (Path(folder) / "articles").is_dir():
        raise InputError("E055", folder=folder)
    with Store(db, hold=False) as store:
        before = store.counts()
        summary = load_shards(folder, store, batch_size=batch_size)
        after = store.counts()
        store.release()
    summary.added = {k: after[k] - before[k] for k in after}
    if not quiet:
        click.echo(run_report(summary, db).replace("0 documents, ", ""), err=True)


def run_report(summary: Any, db: str) -> str:
    """What a run read, and what it added to the database (a re-run adds nothing)."""
    read = (f"{summary.documents} documents, {summary.articles} articles coded, "
            f"{summary.events} event mentions found")
    added = summary.added
    if not any(added.values()):
        return f"{read}; nothing new in {db}: all of it was stored before"
    return (f"{read}; new in {db}: {added['articles']} articles, {added['events']} events, "
            f"{added['event_mentions']} event mentions")


def _run(paths: tuple[str, ...], db: str, quiet: bool, max_bytes: int,
         actors_files: tuple[str, ...] = (), patterns_files: tuple[str, ...] = (),
         batch_size: int = default("batch_size"), workers: int = 1, engine: str = "local",
         out: str | None = None) -> Any:
    from tqdm import tqdm

    from communique.pipeline import count_documents, process
    from communique.store import Store

    def report(error: InputError) -> None:
        bar.write(str(error), file=sys.stderr)

    # With workers, each worker loads the pipeline; this process only reads and writes.
    nlp = pipeline(actors_files, patterns_files) if workers == 1 and engine == "local" else None
    # The file is opened for each batch and released between them, for readers (serve).
    total = None if quiet else count_documents(paths)
    with Store(db, hold=False) as store, tqdm(desc="documents", unit=" doc", total=total,
                                              disable=quiet, file=sys.stderr,
                                              leave=False) as bar:
        before = store.counts()
        if engine == "ray":
            from communique.engines.ray import run as ray_run

            summary = ray_run(paths, store, report=report, max_bytes=max_bytes,
                              batch_size=batch_size, workers=workers, out=out,
                              actors_files=actors_files, patterns_files=patterns_files)
        else:
            summary = process(paths, store, nlp, report=report, documents=bar.update,
                              max_bytes=max_bytes, batch_size=batch_size, workers=workers,
                              actors_files=actors_files, patterns_files=patterns_files)
        after = store.counts()
        store.release()
    summary.added = {k: after[k] - before[k] for k in after}
    return summary


_LOADED: dict[tuple[tuple[str, ...], tuple[str, ...]], str] = {}


def pipeline(actors_files: tuple[str, ...] = (), patterns_files: tuple[str, ...] = ()) -> Any:
    """`load_pipeline`, loaded again when a knowledge-base or pattern file changed since this
    process loaded it (it is cached by file name)."""
    from communique.nlp import load_pipeline
    from communique.versions import coding_version

    key = (tuple(actors_files), tuple(patterns_files))
    version = coding_version(*key)
    if _LOADED.get(key, version) != version:
        load_pipeline.cache_clear()
    _LOADED[key] = version
    return load_pipeline(*key)


@click.command()
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(exists=True),
              help="Your own knowledge-base file (give the same ones as to `run`).")
@click.option("--patterns", "patterns_files", multiple=True, type=click.Path(exists=True),
              help="Your own event-pattern file (give the same ones as to `run`).")
@coded_errors
def recode(db: str, quiet: bool, actors_files: tuple[str, ...],
           patterns_files: tuple[str, ...]) -> None:
    """Code the stored articles again after a knowledge-base, pattern or package change.

    Documents coded with another coding version (package version and knowledge-base and
    pattern digests) are coded again from their stored text, and their old mentions and
    events replaced; documents already coded with this version are left as they are.

    \b
    Example:
        communique recode --db events.duckdb --patterns my_patterns.jsonl
    """
    from tqdm import tqdm

    from communique.pipeline import recode as recode_store
    from communique.store import Store

    actors_files, patterns_files = with_user_files(actors_files, patterns_files)
    nlp = pipeline(actors_files, patterns_files)
    with Store(db, hold=False) as store, tqdm(desc="articles", unit=" art", disable=quiet,
                                  file=sys.stderr, leave=False) as bar:
        summary = recode_store(store, nlp, report=lambda e: bar.write(str(e), file=sys.stderr),
                               progress=bar.update)
    click.echo(f"{summary.documents} documents re-coded ({summary.articles} articles, "
               f"{summary.events} event mentions) → {db}", err=True)


@click.command()
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--serve/--no-serve", default=None,
              help="Then serve the web UI over --db (default: when run from a terminal).")
@coded_errors
def demo(db: str, quiet: bool, serve: bool | None) -> None:
    """Process the bundled sample corpus into --db, print a summary, then serve the web UI.

    \b
    Example:
        communique demo --db communique.duckdb
        communique demo --db communique.duckdb --no-serve
    """
    from communique.store import Store

    sample = resources.files("communique.data").joinpath("sample")
    with resources.as_file(sample) as path:
        _run((str(path),), db, quiet=quiet, max_bytes=default("max_bytes"))
    with Store(db) as store:
        click.echo(format_summary(store.summary()))
    # Serving waits for Ctrl+C, so by default only when someone is at a terminal to press it.
    if serve or (serve is None and sys.stdin.isatty() and sys.stdout.isatty()):
        from communique.cli.web import serve_db

        serve_db(db)
    else:
        click.echo(f"\nBrowse it: communique serve --db {db}", err=True)


def format_summary(summary: dict[str, Any]) -> str:
    lines = [f"articles: {summary['articles']}", f"actors:   {summary['actors']}",
             f"events:   {summary['events']}", "", "events by CAMEO root:"]
    for root, _name, n in summary["roots"]:
        lines.append(f"  {root} {cameo.lookup(root).name:<40} {n:>5}")
    lines += ["", "top dyads (source → target):"]
    lines += [f"  {s or '-':<10} → {t or '-':<10} {n:>5}" for s, t, n in summary["dyads"]]
    return "\n".join(lines)


@click.command("eval")
@click.argument("path", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--half", "which", type=click.Choice(["A", "B"]),
              help="Score only this half of the file (default: A, B and all side by side).")
@click.option("--texts", type=click.Path(dir_okay=False),
              help="For a news gold file: the news file (.jsonl) holding its articles' text.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--reviews", is_flag=True,
              help="Instead of a gold file: the precision of the analysts' reviews of the "
                   "events in --db, overall, by CAMEO root and by outlet.")
@db_option
@coded_errors
def eval_(path: str | None, which: str | None, texts: str | None, as_json: bool,
          reviews: bool, db: str) -> None:
    """Score the event coder on a gold file: PLOVER .jsonl, PentaClass or PLV .tsv, BIO
    actor spans .txt, or the news gold .jsonl (with --texts). With --reviews, score the
    events in --db on the analysts' verdicts instead (as `communique reviews precision`).

    Every file is split in two halves by a hash of each sentence (article id for the news
    gold): tune on half A, check on half B. Definitions: communique/evaluate/__init__.py.

    \b
    Example:
        communique eval plover_gsr_dev.jsonl
        communique eval plv_train.tsv --half A
        communique eval tests/gold/dev_news_events.jsonl --texts dev_news.jsonl
        communique eval --reviews --db events.duckdb
    """
    if reviews:
        given = [name for name, value in (("PATH", path), ("--half", which),
                                          ("--texts", texts)) if value]
        if given:
            raise CommuniqueError("E061", given=" and ".join(given))
        from communique.cli.report import print_precision

        print_precision(db, "json" if as_json else "table")
        return
    if path is None:
        raise CommuniqueError("E062")
    from communique.evaluate import evaluate, is_news_gold, require_texts
    from communique.nlp import load_pipeline

    if is_news_gold(path):
        require_texts(path, texts)  # before the slow load: the texts are not in the gold file
    scores = evaluate(path, load_pipeline(), texts=texts)
    columns = [which] if which else list(scores)
    if as_json:
        click.echo(json.dumps({c: scores[c] for c in columns}, indent=2))
        return
    click.echo(format_scores(scores, columns))


def format_scores(scores: dict[str, dict[str, float]], columns: list[str]) -> str:
    """The scores as a table: one row a figure, one column a half."""
    names = list(scores[columns[0]])
    width = max(map(len, names))
    lines = [f"{'':<{width}}" + "".join(f"  {c:>7}" for c in columns)]
    for name in names:
        cells = (scores[c][name] for c in columns)
        lines.append(f"{name:<{width}}" + "".join(
            f"  {v:>7.3f}" if isinstance(v, float) else f"  {v!s:>7}" for v in cells))
    return "\n".join(lines)


@click.command()
@click.option("--name", help="Find actors by name, spelled any way (e.g. Haniya).")
@click.option("--unknown", is_flag=True,
              help="List the names in the database that no knowledge-base entry codes, each "
                   "with a knowledge-base line to complete and add with `run --actors FILE`.")
@db_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1),
              help="How many to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True, help="How to print the rows.")
@coded_errors
def actors(name: str | None, unknown: bool, db: str, limit: int, fmt: str) -> None:
    """Look up actors in the knowledge base (--name) or list those in the database.

    \b
    Example:
        communique actors --name Haniya
        communique actors --db events.duckdb
        communique actors --unknown --db events.duckdb > mine.jsonl   # then fill in codes
    """
    if unknown:
        from communique.store import Store

        with Store(db, read_only=True) as store:
            for line in unknown_lines(store.uncoded_actors(limit)):
                click.echo(line)
        return
    if name:
        from communique.kb.search import search

        for entry in search(name)[:limit]:
            click.echo(f"{entry.name} ({entry.kind}, {entry.country or '-'})")
            if entry.aliases:
                click.echo(f"  aliases: {', '.join(entry.aliases)}")
            for role in entry.roles:
                start = role.start.isoformat() if role.start else "?"
                end = role.end.isoformat() if role.end else "present"
                click.echo(f"  {role.code:<10} {start} – {end}  {role.title}")
        return
    from communique.store import Store

    with Store(db, read_only=True) as store:
        rows = list(store.actors())
    emit(rows[:limit], fmt, ["code", "mentions", "name"] if fmt == "table" else None)
    showing(min(limit, len(rows)), len(rows), "actors", fmt)


def unknown_lines(rows: list[tuple[str, str, int]]) -> Iterator[str]:
    """For each uncoded name: a comment with its mention count, then a knowledge-base line
    (format: communique/kb/schema.py) whose role code "CODE" is to be replaced (until it is,
    loading the file fails with E016 naming the line)."""
    for name, kind, mentions in rows:
        entry = {"name": name, "kind": "person" if kind.endswith("person") else "organisation",
                 "country": None, "aliases": [],
                 "roles": [{"code": "CODE", "start": None, "end": None, "title": ""}],
                 "source": ""}
        yield f"# {mentions} mention{'s' if mentions != 1 else ''}: {name}"
        yield json.dumps(entry, ensure_ascii=False)
