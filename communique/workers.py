"""The code stage on several processes: batches of cleaned articles go to a pool of worker
processes, each of which loads the pipeline once, and come back coded, in input order.

The parent reads and cleans (near-duplicate linking needs every earlier article), and the
single writer stores (DuckDB has one writer); only coding, the slow part, is spread out.
At most `in_flight` batches are out at a time, so memory does not grow with the corpus.

A worker that dies (killed, out of memory, a crash inside a native library) breaks the pool:
a new pool is started and each batch that was out is coded again on its own; a batch that
breaks the pool a second time has its articles reported (E026) and stored uncoded, and the
run goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from communique.coding import Coded, Report, code_articles
from communique.errors import InputError, document_failed
from communique.models import Article

__all__ = ["WorkerCrashed", "code_batch", "code_in_workers", "default_workers"]

log = logging.getLogger(__name__)

# The pipeline of this worker process, loaded once by `_start`, or why it could not load.
_NLP: Any = None
_FAILED: BaseException | None = None
# A pipeline the parent already holds, handed to forked workers as they start.
_INHERITED: Any = None


class WorkerCrashed(RuntimeError):
    """A worker process died while coding a batch (twice: once with others, once alone)."""


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


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


def _start(actors_files: tuple[str, ...], patterns_files: tuple[str, ...]) -> None:
    """Worker initializer: load the pipeline once (or take the one inherited by fork). A
    failure is kept for `code_batch` to raise: an initializer's exception would only break
    the pool, and look like a crash."""
    global _NLP, _FAILED
    if _INHERITED is not None:
        _NLP = _INHERITED
        return
    from communique.nlp import load_pipeline

    try:
        _NLP = load_pipeline(tuple(actors_files), tuple(patterns_files))
    except Exception as exc:
        _FAILED = exc


class _Pool:
    """A process pool that can be started again after a worker dies."""

    def __init__(self, workers: int, files: tuple[tuple[str, ...], tuple[str, ...]],
                 start_method: str, nlp: Any) -> None:
        self.workers = workers
        self.files = files
        self.context = multiprocessing.get_context(start_method)
        self.nlp = nlp if start_method == "fork" else None
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        global _INHERITED
        _INHERITED = self.nlp
        return ProcessPoolExecutor(self.workers, mp_context=self.context,
                                   initializer=_start, initargs=self.files)

    def submit(self, batch: list[Article]) -> Future:
        return self.executor.submit(code_batch, batch)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def code_in_workers(articles: Iterable[Article], workers: int,
                    actors_files: Iterable[str] = (), patterns_files: Iterable[str] = (),
                    report: Report = lambda e: log.warning("%s", e), batch_size: int = 16,
                    in_flight: int | None = None, start_method: str = "spawn",
                    nlp: Any = None) -> Iterator[Coded]:
    """Code `articles` in `workers` processes; yield (article, mentions, events) in input
    order, as `communique.coding.code_articles` does in one process.

    Args:
        articles: cleaned articles (read lazily, `batch_size` at a time).
        workers: worker processes; each loads the pipeline with the user's files once.
        actors_files, patterns_files: the user's knowledge-base and pattern files.
        report: receives each article's coded errors and notices (E026, W005).
        in_flight: batches out at a time (default: twice the workers); bounds memory.
        start_method: "spawn" (each worker loads the pipeline) or "fork" (workers inherit
            `nlp`, the parent's pipeline, when given).
    """
    files = (tuple(actors_files), tuple(patterns_files))
    limit = in_flight or 2 * workers
    pool = _Pool(workers, files, start_method, nlp)
    pending: deque[list[Any]] = deque()  # [batch, future], in input order
    try:
        for batch in _batched(articles, batch_size):
            pending.append([batch, pool.submit(batch)])
            while len(pending) >= limit:
                yield from _collect(pool, pending, report)
        while pending:
            yield from _collect(pool, pending, report)
    finally:
        pool.close()


def _collect(pool: _Pool, pending: deque[list[Any]], report: Report) -> Iterator[Coded]:
    batch, future = pending.popleft()
    try:
        coded, errors = future.result()
    except BrokenProcessPool:
        log.warning("a worker process died; starting the pool again")
        pool.restart()
        coded, errors = _alone(pool, batch)
        for entry in pending:  # they were out in the broken pool too
            entry[1] = pool.submit(entry[0])
    for error in errors:
        report(error)
    yield from coded


def _alone(pool: _Pool, batch: list[Article]) -> tuple[list[Coded], list[InputError]]:
    """Code one batch on its own in a new pool; if it breaks that pool too, its articles are
    reported (E026) and pass through uncoded."""
    try:
        return pool.submit(batch).result()
    except BrokenProcessPool:
        pool.restart()
    crash = WorkerCrashed("a worker process died while coding this batch")
    errors: list[InputError] = []
    coded: list[Coded] = []
    for article in batch:
        article.sentences = []
        if article.language == "en":
            errors.append(document_failed(article.source_path, "coded", crash))
        coded.append((article, [], []))
    return coded, errors


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
