"""Throughput: communique's whole pipeline against plain spaCy `nlp.pipe` on the same text.

Run: .venv/bin/python benchmarks/throughput.py [--sentences 3000] [PATH ...]

Both sides run in this one process with the same thinc ops (communique.nlp.fast_ops), on the
bundled sample corpus (or PATHs) repeated to about --sentences sentences. Prints words/s for
each, their ratio, and each stage's share of the pipeline's time. A tool, not a test.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from communique.clean import clean_document
from communique.ingest import read_documents
from communique.nlp import load_model, load_pipeline
from communique.pipeline import _write, code_articles
from communique.store import Store
from communique.versions import pipeline_version

TIMES: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[name] += time.perf_counter() - start
    return wrapper


def corpus(paths: list[str], sentences: int) -> list[Any]:
    raws = list(read_documents(paths))
    nlp = load_model()
    per_copy = sum(len(list(nlp(a.text).sents)) for r in raws for a in clean_document(r))
    copies = max(1, round(sentences / max(per_copy, 1)))
    return [type(r)(r.text, f"{r.source_path}#{i}", r.document_id, dict(r.meta))
            for i in range(copies) for r in raws]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--sentences", type=int, default=3000)
    args = parser.parse_args()
    sample = resources.files("communique.data").joinpath("sample")
    raws = corpus(args.paths or [str(sample)], args.sentences)

    plain = load_model()
    texts = [a.text for r in raws for a in clean_document(r)]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=32):
        pass
    plain_s = time.perf_counter() - start

    nlp = load_pipeline()
    for name in ("communique_actors", "communique_events"):
        component = nlp.get_pipe(name)
        type(component).__call__ = timed(name, type(component).__call__)
    clean = timed("clean", clean_document)
    write = timed("store", _write)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        articles = (a for r in raws for a in clean(r))
        batch = []
        for item in code_articles(articles, nlp):
            batch.append(item)
            if len(batch) >= 64:
                write(store, batch, print, pipeline_version(nlp))
                batch = []
        write(store, batch, print, pipeline_version(nlp))
        total = time.perf_counter() - start

    print(f"corpus: {len(texts)} articles, {words} words")
    print(f"plain spaCy nlp.pipe: {words / plain_s:8.0f} words/s ({plain_s:.2f} s)")
    print(f"communique pipeline:  {words / total:8.0f} words/s ({total:.2f} s)")
    print(f"ratio pipeline/plain: {plain_s / total:.2f}")
    for name in ("clean", "communique_actors", "communique_events", "store"):
        print(f"  {name:<20} {TIMES[name]:6.2f} s  {100 * TIMES[name] / total:5.1f}% of pipeline")


if __name__ == "__main__":
    main()
