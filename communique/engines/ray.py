"""The run on Ray: the same stages as `communique.pipeline.process`, with coding in a Ray Data
actor pool (`pip install 'communique[ray]'`; `RAY_ADDRESS` picks a cluster, else a local one
with `workers` CPUs starts).

The driver reads and cleans, `chunk` articles at a time (memory is bounded by the chunk, not
the corpus). Each chunk becomes a Ray dataset of article rows; `map_batches` with `_Coder`
(its `__init__` loads the pipeline once per actor) codes each batch and writes it as Parquet
shards of articles, mentions and events in the contract's columns (`communique.engines.shards`)
into `out`, which on a cluster is storage every node reaches. Then one writer folds the
shards into DuckDB in input order (`shards.load`, the same as `communique load DIR`), so the
stored rows are those of a local run. Near-duplicates are linked by that writer, against
everything stored.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from communique.engines import shards
from communique.errors import CommuniqueError
from communique.ingest import DEFAULT_MAX_BYTES
from communique.pipeline import Report, Summary, articles_from
from communique.store import BATCH_SIZE, Store
from communique.versions import coding_version

__all__ = ["RayMissing", "code", "run"]

log = logging.getLogger(__name__)


class RayMissing(CommuniqueError):
    """`--engine ray` without Ray installed (E040)."""


def _ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise RayMissing("E040", detail=str(exc)) from None
    return ray


class _Coder:
    """The code stage in a Ray actor: loads the pipeline once; codes a batch of article rows
    and writes it as shards; answers the batch's first position and its coded errors."""

    def __init__(self, actors_files: tuple[str, ...], patterns_files: tuple[str, ...],
                 out: str) -> None:
        from communique.nlp import load_pipeline

        self.nlp = load_pipeline(tuple(actors_files), tuple(patterns_files))
        self.version = coding_version(actors_files, patterns_files)
        self.out = out

    def __call__(self, batch: Any) -> dict[str, Any]:
        from communique.workers import code_batch

        rows = batch.to_pylist()
        coded, errors = code_batch([shards.article_from(r) for r in rows], self.nlp)
        positions = [r["position"] for r in rows]
        shards.write(self.out, positions, coded, self.version)
        # The errors are InputError objects (a code and its fields), reported by the driver.
        return {"first": [positions[0]], "errors": [pickle.dumps(errors)]}


def code(paths: Iterable[str | Path], out: str | Path, summary: Summary, report: Report,
         max_bytes: int = DEFAULT_MAX_BYTES, workers: int = 2,
         actors_files: Iterable[str] = (), patterns_files: Iterable[str] = (),
         chunk: int = 5_000, batch_size: int = BATCH_SIZE) -> None:
    """Read and clean `paths` here, code them on Ray, and write the shards into `out`."""
    ray = _ray()
    files = (tuple(actors_files), tuple(patterns_files))
    if not ray.is_initialized():
        cluster = bool(os.environ.get("RAY_ADDRESS"))
        ray.init(num_cpus=None if cluster else workers, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    articles = iter(articles_from(paths, summary, report, max_bytes))
    for first, rows in _chunks(articles, chunk):
        results = (ray.data.from_items(rows)
                   .map_batches(_Coder, fn_constructor_args=(*files, str(out)),
                                batch_size=batch_size, concurrency=workers,
                                batch_format="pyarrow")
                   .take_all())
        for result in sorted(results, key=lambda r: r["first"]):
            for error in pickle.loads(result["errors"]):
                summary.errors.append(error)
                report(error)
        log.info("coded articles %d to %d", first, first + len(rows) - 1)


def _chunks(articles: Iterator[Any], size: int) -> Iterator[tuple[int, list[dict]]]:
    first = 0
    while rows := [{"position": first + i, **shards.article_row(a)}
                   for i, a in enumerate(islice(articles, size))]:
        yield first, rows
        first += len(rows)


def run(paths: Iterable[str | Path], store: Store | None,
        report: Report = lambda e: log.warning("%s", e),
        progress: Callable[[int], None] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
        batch_size: int = BATCH_SIZE, workers: int = 2, actors_files: Iterable[str] = (),
        patterns_files: Iterable[str] = (), chunk: int = 5_000,
        out: str | Path | None = None) -> Summary:
    """Read, clean, code (on Ray) and store everything in `paths`; a `Summary`.

    Args:
        store: the database the shards are folded into (None: only write the shards).
        workers: Ray actors that code (each loads the pipeline once).
        chunk: articles handed to Ray at a time (bounds the driver's memory).
        out: the folder for the Parquet shards (default: a temporary one, removed after).
    Raises:
        RayMissing: E040 when Ray is not installed.
    """
    summary = Summary()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(out) if out else Path(tmp)
        code(paths, folder, summary, report, max_bytes, workers, actors_files,
             patterns_files, chunk)
        if store is not None:
            loaded = shards.load(folder, store, report, batch_size, progress)
            summary.articles, summary.events = loaded.articles, loaded.events
            summary.errors += loaded.errors
    return summary
