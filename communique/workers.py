"""The code stage on several processes: batches of cleaned articles go to a pool of worker
processes, which hold the pipeline, and come back coded, in input order.

How workers start (`start_method`): "forkserver" (the default where the system has it) starts
one clean server process that loads the pipeline once (`communique.preload`, with the user's
files from $COMMUNIQUE_PRELOAD) and forks each worker from it, so workers start at once with
the pipeline shared copy-on-write, and no worker is forked from a parent that already runs
DuckDB's or the progress bar's threads. "fork" forks the caller itself (workers inherit the
`nlp` given, e.g. a test's own pipeline); "spawn" starts fresh interpreters that each load it.
A worker sends back only what coding adds to each article (sentences, mentions, events), not
the article: the parent still holds it.

The parent reads and cleans (near-duplicate linking needs every earlier article), and the
single writer stores (DuckDB has one writer); only coding, the slow part, is spread out.
At most `in_flight` batches are out at a time, so memory does not grow with the corpus.

A worker that dies (killed, out of memory, a crash inside a native library) breaks the pool:
a new pool is started and each batch that was out is coded again on its own; a batch that
breaks the pool a second time has its articles reported (E026) and stored uncoded, and the
run goes on.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from communique.coding import Coded, Report, code_articles
from communique.errors import InputError, document_failed
from communique.models import Article, Event, Mention

__all__ = ["PRELOAD_ENV", "WorkerCrashed", "code_batch", "code_in_workers",
           "default_start_method", "default_workers", "preload"]

log = logging.getLogger(__name__)

# The user's files the fork server loads the pipeline with: JSON [actors_files, patterns_files].
PRELOAD_ENV = "COMMUNIQUE_PRELOAD"

Files = tuple[tuple[str, ...], tuple[str, ...]]
# What coding adds to one article: its sentence offsets, mentions and events.
Records = tuple[list[tuple[int, int]], list[Mention], list[Event]]

# The pipeline of this worker process, loaded once by `_start`, or why it could not load.
_NLP: Any = None
_FAILED: BaseException | None = None
# A pipeline the parent already holds, handed to forked workers as they start.
_INHERITED: Any = None
# In the fork server and the workers forked from it: (files, pipeline or the error loading it).
_PRELOADED: tuple[Files, Any] | None = None


def _libc() -> Any:
    """glibc, where it is the C library (it has malloc_trim); else None."""
    try:
        libc = ctypes.CDLL(None)  # this process's own symbols, the C library's among them
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _libc()


class WorkerCrashed(RuntimeError):
    """A worker process died while coding a batch (twice: once with others, once alone)."""


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_start_method() -> str:
    """"forkserver" where the system has it (Linux, macOS), else "spawn" (Windows)."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


def preload() -> None:
    """In the fork server: load the pipeline with the files named in $COMMUNIQUE_PRELOAD, so
    every worker forked from it starts with it. Never raises (the server must stay up): a
    failure is kept and raised with the first batch."""
    global _PRELOADED
    try:
        actors, patterns = json.loads(os.environ.get(PRELOAD_ENV) or "[[], []]")
        files = (tuple(actors), tuple(patterns))
    except (ValueError, TypeError):
        return
    from communique.geo import gazetteer
    from communique.nlp import load_pipeline

    try:
        gazetteer()  # its building's garbage goes back first (see `load_pipeline`)
        _give_back()
        _PRELOADED = (files, load_pipeline(*files))
    except Exception as exc:
        _PRELOADED = (files, exc)
    # What loading freed (the files' text, the parsed records before validation) goes back
    # to the system, so that neither the server nor each worker forked from it holds it.
    _give_back()


def code_batch(articles: Sequence[Article],
               nlp: Any = None) -> tuple[list[Coded], list[InputError]]:
    """The code stage over one batch: (article, mentions, events) for each article, in order,
    and the coded errors and notices for the batch (E026 for an article that failed, W005
    for one coded in parts). Uses this worker's pipeline unless `nlp` is given."""
    if nlp is None and _FAILED is not None:
        raise _FAILED  # e.g. E016, a bad --patterns file: it ends the run, as in one process
    errors: list[InputError] = []
    coded = list(code_articles(articles, nlp if nlp is not None else _NLP,
                               report=errors.append))
    return coded, errors


def _records(articles: Sequence[Article]
             ) -> tuple[list[Records], list[InputError], float]:
    """`code_batch` in a worker, answering only what coding added (the parent has the rest),
    and the seconds it took.

    The batch runs in spaCy's memory zone: the strings and lexemes it adds to the shared
    vocabulary are freed after it (the records hold plain values, no Doc or string id), so
    a worker does not grow with the words of a long run. Then the C heap's free pages go
    back to the system, so a worker between batches holds only the pipeline."""
    start = time.perf_counter()
    with _NLP.memory_zone() if _NLP is not None else contextlib.nullcontext():
        coded, errors = code_batch(articles)
        records = [(a.sentences, ms, es) for a, ms, es in coded]
    del coded
    _trim()
    return records, errors, time.perf_counter() - start


def _give_back() -> None:
    """Collect Python's garbage, then `_trim`."""
    gc.collect()
    _trim()


def _trim() -> None:
    """Hand the C heap's free pages back to the system (glibc's malloc_trim; elsewhere
    nothing)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _start(actors_files: tuple[str, ...], patterns_files: tuple[str, ...]) -> None:
    """Worker initializer: take the pipeline inherited by fork or preloaded by the fork
    server, else load it. A failure is kept for `code_batch` to raise: an initializer's
    exception would only break the pool, and look like a crash."""
    global _NLP, _FAILED
    if _INHERITED is not None:
        _NLP = _INHERITED
        return
    files = (tuple(actors_files), tuple(patterns_files))
    if _PRELOADED is not None and _PRELOADED[0] == files:
        loaded = _PRELOADED[1]
        _NLP, _FAILED = (None, loaded) if isinstance(loaded, BaseException) else (loaded, None)
        return
    from communique.nlp import load_pipeline

    try:
        _NLP = load_pipeline(*files)
    except Exception as exc:  # raised with the first batch, in the parent
        _FAILED = exc


class _Pool:
    """A process pool that can be started again after a worker dies."""

    def __init__(self, workers: int, files: Files, start_method: str, nlp: Any) -> None:
        self.workers = workers
        self.files = files
        self.context = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            os.environ[PRELOAD_ENV] = json.dumps(files)  # read when the server starts
            self.context.set_forkserver_preload(["communique.preload"])
        self.nlp = nlp if start_method == "fork" else None
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        global _INHERITED
        _INHERITED = self.nlp
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=_start, initargs=self.files)

    def submit(self, batch: list[Article]) -> Future:
        return self.executor.submit(_records, batch)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def code_in_workers(articles: Iterable[Article], workers: int,
                    actors_files: Iterable[str] = (), patterns_files: Iterable[str] = (),
                    report: Report = lambda e: log.warning("%s", e), batch_size: int = 16,
                    in_flight: int | None = None, start_method: str | None = None,
                    nlp: Any = None, seconds: dict[str, float] | None = None
                    ) -> Iterator[Coded]:
    """Code `articles` in `workers` processes; yield (article, mentions, events) in input
    order, as `communique.coding.code_articles` does in one process.

    Args:
        articles: cleaned articles (read lazily, `batch_size` at a time).
        workers: worker processes; each holds the pipeline with the user's files.
        actors_files, patterns_files: the user's knowledge-base and pattern files.
        report: receives each article's coded errors and notices (E026, W005).
        in_flight: batches out at a time (default: twice the workers); bounds memory.
        start_method: "forkserver" (default where available), "fork" (workers inherit
            `nlp`, the caller's pipeline) or "spawn" (see the module's docstring).
        seconds: gets the workers' time spent coding added under "code".
    """
    files = (tuple(actors_files), tuple(patterns_files))
    limit = in_flight or 2 * workers
    pool = _Pool(workers, files, start_method or default_start_method(), nlp)
    pending: deque[list[Any]] = deque()  # [batch, future], in input order
    try:
        for batch in _batched(articles, batch_size):
            pending.append([batch, pool.submit(batch)])
            while len(pending) >= limit:
                yield from _collect(pool, pending, report, seconds)
        while pending:
            yield from _collect(pool, pending, report, seconds)
    finally:
        pool.close()


def _collect(pool: _Pool, pending: deque[list[Any]], report: Report,
             seconds: dict[str, float] | None) -> Iterator[Coded]:
    batch, future = pending.popleft()
    try:
        records, errors, took = future.result()
    except BrokenProcessPool:
        log.warning("a worker process died; starting the pool again")
        pool.restart()
        records, errors, took = _alone(pool, batch)
        for entry in pending:  # they were out in the broken pool too
            entry[1] = pool.submit(entry[0])
    if seconds is not None:
        seconds["code"] = seconds.get("code", 0.0) + took
    for error in errors:
        report(error)
    for article, (sentences, mentions, events) in zip(batch, records, strict=True):
        article.sentences = sentences
        yield article, mentions, events


def _alone(pool: _Pool, batch: list[Article]
           ) -> tuple[list[Records], list[InputError], float]:
    """Code one batch on its own in a new pool; if it breaks that pool too, its articles are
    reported (E026) and pass through uncoded."""
    try:
        return pool.submit(batch).result()
    except BrokenProcessPool:
        pool.restart()
    crash = WorkerCrashed("a worker process died while coding this batch")
    errors = [document_failed(a.source_path, "coded", crash)
              for a in batch if a.language == "en"]
    return [([], [], []) for _ in batch], errors, 0.0


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
