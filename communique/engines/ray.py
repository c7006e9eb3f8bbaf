"""The run on Ray: the same stages as `communique.pipeline.process`, with coding in a Ray Data
actor pool (`pip install 'communique[ray]'`; `RAY_ADDRESS` picks a cluster, else a local one
with `workers` CPUs starts).

The driver reads and cleans (near-duplicate linking needs every earlier article) in chunks
of `chunk` articles. Each chunk becomes a Ray dataset; `map_batches` with `_Coder` (its
`__init__` loads the pipeline once per actor) codes it, and the coded rows are written as
Parquet shards (columns: position, article_id, coded, errors; `coded` holds the pickled
(article, mentions, events) record). One writer, this process, folds each chunk's shards into
DuckDB in input order, so the stored rows are those of a local run. Memory is bounded by
the chunk size, not the corpus.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from itertools import count, islice
from pathlib import Path
from typing import Any

from communique.coding import Coded
from communique.errors import CommuniqueError, InputError
from communique.ingest import DEFAULT_MAX_BYTES
from communique.pipeline import Report, Summary, _write_all, articles_from
from communique.store import Store
from communique.versions import coding_version

__all__ = ["RayMissing", "run"]

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
    """The code stage in a Ray actor: loads the pipeline once, codes batches of articles."""

    def __init__(self, actors_files: tuple[str, ...], patterns_files: tuple[str, ...]) -> None:
        from communique.nlp import load_pipeline

        self.nlp = load_pipeline(tuple(actors_files), tuple(patterns_files))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        from communique.workers import code_batch

        articles = [pickle.loads(b) for b in batch["article"]]
        coded, errors = code_batch(articles, self.nlp)
        notes = [b""] * len(coded)
        if errors:  # the batch's errors ride with its first row; they are reported in order
            notes[0] = pickle.dumps(errors)
        return {"position": np.asarray(batch["position"], dtype=np.int64),
                "article_id": np.array([a.id for a, _, _ in coded], dtype=object),
                "coded": np.array([pickle.dumps(c) for c in coded], dtype=object),
                "errors": np.array(notes, dtype=object)}


def run(paths: Iterable[str | Path], store: Store,
        report: Report = lambda e: log.warning("%s", e),
        progress: Callable[[int], None] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
        batch_size: int = 64, workers: int = 2, actors_files: Iterable[str] = (),
        patterns_files: Iterable[str] = (), chunk: int = 5_000, code_batch_size: int = 16,
        shards: str | Path | None = None) -> Any:
    """Read, clean, code (on Ray) and store everything in `paths`; a `Summary`.

    Args:
        workers: Ray actors that code (each loads the pipeline once).
        chunk: articles handed to Ray at a time (bounds the driver's memory).
        shards: a folder for the Parquet shards (default: a temporary one, removed after).
    Raises:
        RayMissing: E040 when Ray is not installed.
    """
    ray = _ray()
    files = (tuple(actors_files), tuple(patterns_files))
    if not ray.is_initialized():
        ray.init(num_cpus=None if _cluster() else workers, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    summary = Summary()

    def note(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    articles = iter(articles_from(paths, summary, report, max_bytes))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(shards) if shards else Path(tmp)
        coded = _coded(ray, articles, folder, files, workers, chunk, code_batch_size, note)
        return _write_all(coded, store, coding_version(*files), summary, note, batch_size,
                          progress)


def _cluster() -> bool:
    import os

    return bool(os.environ.get("RAY_ADDRESS"))


def _coded(ray: Any, articles: Iterator[Any], folder: Path, files: tuple, workers: int,
           chunk: int, code_batch_size: int, note: Report) -> Iterator[Coded]:
    import pyarrow.parquet as pq

    position = 0
    for n in count():
        items = [{"position": position + i, "article": pickle.dumps(a)}
                 for i, a in enumerate(islice(articles, chunk))]
        if not items:
            return
        position += len(items)
        out = folder / f"chunk-{n:06d}"
        (ray.data.from_items(items)
         .map_batches(_Coder, fn_constructor_args=files, batch_size=code_batch_size,
                      concurrency=workers, batch_format="numpy")
         .write_parquet(str(out)))
        del items
        table = pq.read_table(out).sort_by("position")
        for row in range(table.num_rows):
            errors = table["errors"][row].as_py()
            for error in pickle.loads(errors) if errors else []:
                note(error)
            yield pickle.loads(table["coded"][row].as_py())
