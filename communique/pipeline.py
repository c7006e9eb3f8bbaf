"""The whole run: read → clean → code (spaCy + actors, events) → store, streamed in batches.

One document's failure in any stage is reported with a coded error and the run goes on;
only a store that cannot take more (E025) ends it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from communique.clean import clean_document
from communique.clean.lines import CHUNK_REASON, MAX_CHUNK, MAX_REPEAT, REPEAT_REASON
from communique.coding import MAX_ARTICLE_CHARS, Coded, code_articles, split_text
from communique.errors import InputError, InputNotice, document_failed
from communique.ingest import DEFAULT_MAX_BYTES, read_documents
from communique.ingest.decode import binary_kind, head_of, size_of
from communique.models import Article, RawDocument
from communique.store import BATCH_SIZE, BatchRejected, Store
from communique.versions import coding_version, pipeline_version

if TYPE_CHECKING:  # with workers, this process reads and writes: it needs no spaCy
    from spacy.language import Language

__all__ = ["MAX_ARTICLE_CHARS", "Summary", "articles_from", "clean", "code_articles",
           "count_documents", "process", "recode", "split_text", "user_files"]

log = logging.getLogger(__name__)

Report = Callable[[InputError], None]
CUT_REASONS = {REPEAT_REASON, CHUNK_REASON}


@dataclass(slots=True)
class Summary:
    """What a run did: counts, and the coded errors and notices it reported."""

    documents: int = 0
    articles: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)
    # What the run added to the store, set by the caller that counted before and after.
    added: dict[str, int] = field(default_factory=dict)
    # Seconds spent in each stage: "read+clean", "code" (summed over worker processes when
    # there are several), "store".
    seconds: dict[str, float] = field(default_factory=dict)

    def shares(self) -> dict[str, float]:
        """Each stage's share of the time all stages took."""
        total = sum(self.seconds.values()) or 1.0
        return {stage: s / total for stage, s in self.seconds.items()}


T = TypeVar("T")


def timed(items: Iterable[T], seconds: dict[str, float], stage: str) -> Iterator[T]:
    """`items`, adding the time spent producing each to `seconds[stage]`."""
    items = iter(items)
    while True:
        start = time.perf_counter()
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        yield item


def articles_from(paths: Iterable[str | Path], summary: Summary, report: Report,
                  max_bytes: int = DEFAULT_MAX_BYTES,
                  documents: Callable[[int], None] | None = None) -> Iterator[Article]:
    """Read and clean: the articles in `paths`, counting documents into `summary` (and
    calling `documents(1)` for each). (Near duplicates are linked when stored, against
    everything stored.)"""
    def on_error(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    for raw in read_documents(paths, on_error, max_bytes=max_bytes):
        summary.documents += 1
        if documents:
            documents(1)
        yield from clean(raw, on_error)


# Inputs that hold one document each; JSON Lines hold one a line; the others are counted
# only by reading them.
ONE_DOCUMENT = {".txt", ".html", ".htm"}
UNCOUNTED = {".json", ".csv", ".xml", ".rss", ".atom", ".gz", ".zip"}


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """The documents in `paths`, counted cheaply (files; lines of JSON Lines), for a progress
    bar's total; None when that cannot be known without reading them (stdin, archives,
    feeds, CSV, JSON)."""
    total = 0
    for given in paths:
        path = Path(given)
        if str(given) == "-":
            return None
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            suffix = file.suffix.lower()
            if suffix in UNCOUNTED or (suffix not in ONE_DOCUMENT | {".jsonl"} and
                                       not path.is_dir()):
                return None
            if suffix == ".jsonl" and file.is_file():
                total += _lines(file)
            elif suffix in ONE_DOCUMENT and file.is_file():
                total += 1
    return total


def _lines(path: Path) -> int:
    """The lines of a JSON Lines file; none when it is binary (it will be refused, E002)."""
    with path.open("rb") as f:
        if binary_kind(head_of(f), size_of(f)):
            return 0
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def clean(raw: RawDocument, report: Report) -> list[Article]:
    """The articles in one document; a document that yields none is reported (E014, E026),
    and one whose long runs were cut gets W004."""
    try:
        articles = clean_document(raw)
    except Exception as exc:
        report(document_failed(raw.source_path, "cleaned", exc))
        return []
    if not articles:
        lines = sum(1 for line in raw.text.splitlines() if line.strip())
        report(InputError("E014", path=raw.source_path, dropped=lines))
    runs = sum(d.reason in CUT_REASONS for a in articles for d in a.dropped)
    if runs:
        report(InputNotice("W004", path=raw.source_path, runs=runs, cap=MAX_REPEAT,
                           chunk=MAX_CHUNK))
    return articles


def process(paths: Iterable[str | Path], store: Store, nlp: Language | None = None,
            report: Report = lambda e: log.warning("%s", e),
            batch_size: int = BATCH_SIZE, progress: Callable[[int], None] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 1,
            actors_files: Iterable[str] = (), patterns_files: Iterable[str] = (),
            start_method: str | None = None, pool_from: int = 64,
            documents: Callable[[int], None] | None = None) -> Summary:
    """Read, clean, code and store everything in `paths`.

    Args:
        paths: files, directories or "-".
        store: where results go, one transaction per batch of `batch_size` articles.
        nlp: the pipeline from `communique.nlp.load_pipeline()`; when None, it is loaded
            with `actors_files` and `patterns_files` (in each worker, with workers > 1).
        report: receives a coded InputError for each input, or part of one, that could not
            be read, cleaned, coded or stored, and each notice.
        progress: called with the number of articles done after each article.
        documents: called with 1 for each document read.
        workers: processes that code (1: this one). Reading, cleaning and writing stay in
            this process; the stored rows are the same for any number of workers.
        actors_files, patterns_files: the user's files, when `nlp` is not given.
        start_method: how worker processes start (default "forkserver": forked from one
            process that loaded the pipeline; "fork": each inherits `nlp`; "spawn": each
            loads it; see communique.workers).
        pool_from: with workers > 1, an input of fewer articles than this is coded in this
            process (starting workers costs more than they save).
    Returns:
        A Summary of the run.
    Raises:
        StoreError: E025 when the database cannot take more; the batches before are kept.
    """
    if workers < 1:
        from communique.workers import default_workers

        raise InputError("E039", value=workers, cores=default_workers())
    if nlp is not None:
        actors_files, patterns_files = user_files(nlp)
    files = (tuple(actors_files), tuple(patterns_files))
    summary = Summary()
    articles = timed(articles_from(paths, summary, report, max_bytes, documents),
                     summary.seconds, "read+clean")

    def note(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    first = list(islice(articles, pool_from)) if workers > 1 else []
    if len(first) < pool_from:
        workers = 1
    if workers == 1:
        if nlp is None:
            from communique.nlp import load_pipeline

            nlp = load_pipeline(*files)
        # Reading runs inside spaCy's pipe: its time is taken out of "code" below.
        coded = timed(code_articles(chain(first, articles), nlp, report=note),
                      summary.seconds, "code")
    else:
        from communique.workers import code_in_workers

        coded = code_in_workers(chain(first, articles), workers, *files, report=note,
                                start_method=start_method, nlp=nlp,
                                seconds=summary.seconds)
    _write_all(coded, store, coding_version(*files), summary, note, batch_size, progress)
    if workers == 1:
        summary.seconds["code"] = summary.seconds.get("code", 0.0) - \
            summary.seconds.get("read+clean", 0.0)
    return summary


def user_files(nlp: Language) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The user's knowledge-base and pattern files a pipeline was loaded with."""
    def files(component: str, key: str) -> tuple[str, ...]:
        if component not in nlp.pipe_names:
            return ()
        return tuple(nlp.get_pipe_config(component).get(key) or [])

    return (files("communique_actors", "actors_files"),
            files("communique_events", "patterns_files"))


def _code_and_write(articles: Iterable[Article], store: Store, nlp: Language,
                    summary: Summary, report: Report, batch_size: int,
                    progress: Callable[[int], None] | None) -> Summary:
    def note(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    coded = code_articles(articles, nlp, report=note)
    return _write_all(coded, store, pipeline_version(nlp), summary, note, batch_size,
                      progress)


def _write_all(coded: Iterable[Coded], store: Store, version: str, summary: Summary,
               note: Report, batch_size: int,
               progress: Callable[[int], None] | None) -> Summary:
    """The write stage: coded articles into the store, `batch_size` per transaction."""
    batch: list[Coded] = []

    def write() -> None:
        start = time.perf_counter()
        written = _write(store, batch, note, version)
        summary.seconds["store"] = summary.seconds.get("store", 0.0) + \
            time.perf_counter() - start
        summary.articles += len(written)
        summary.events += sum(len(es) for _, _, es in written)
        batch.clear()

    for item in coded:
        batch.append(item)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            write()
    write()
    return summary


def recode(store: Store, nlp: Language, report: Report = lambda e: log.warning("%s", e),
           batch_size: int = BATCH_SIZE, progress: Callable[[int], None] | None = None) -> Summary:
    """Re-code the stored documents coded with another coding version than `nlp`'s, from the
    articles' stored text and metadata; their old mentions and events are replaced.

    Args:
        store: the database to re-code in place.
        nlp: the pipeline from `communique.nlp.load_pipeline()` (loaded once for all).
    Returns:
        A Summary: `documents` re-coded, their `articles` and `events`.
    """
    summary = Summary()
    keys = store.stale_documents(pipeline_version(nlp))
    for start in range(0, len(keys), batch_size):  # whole documents: a write replaces them
        chunk = keys[start:start + batch_size]
        summary.documents += len(chunk)
        articles = store.stored_articles(chunk)
        _code_and_write(articles, store, nlp, summary, report, batch_size, progress)
    return summary


def _write(store: Store, batch: list[Coded], report: Report, version: str) -> list[Coded]:
    """Write a batch in one transaction; if the database refuses it, write its articles one
    by one and report those refused (E026). A full disk (E025) ends the run."""
    if not batch:
        return []
    try:
        _write_rows(store, batch, version)
        return list(batch)
    except BatchRejected:
        pass  # find the articles the database refuses: one transaction each
    written = []
    for item in batch:
        try:
            _write_rows(store, [item], version)
            written.append(item)
        except BatchRejected as exc:
            report(document_failed(item[0].source_path, "stored", exc))
    return written


def _write_rows(store: Store, batch: list[Coded], version: str) -> None:
    articles = [a for a, _, _ in batch]
    mentions = [(a.id, m) for a, ms, _ in batch for m in ms]
    events = [e for _, _, es in batch for e in es]
    sentences = [(a.id, n, start, end) for a in articles
                 for n, (start, end) in enumerate(a.sentences)]
    # Near-duplicates are linked by the writer, against everything stored.
    store.write_batch(articles, mentions, events, sentences, version, link=True)
