"""Throughput: `communique run` with its default workers against plain spaCy
`nlp.pipe(n_process=N)` on the same ~900-word news articles, in one run.

Run: .venv/bin/python benchmarks/throughput.py [--articles 400] [--processes 2]

Corpus: benchmarks/corpus.py (the dev news articles from ../shared when present, repeated with
new ids; else generated articles of the same length). Each side runs in a fresh process of
its own: plain spaCy is timed from its `nlp.pipe` call (model loaded), communique from its
`process` call as `communique run` makes it (the workers' pipeline load counts). Both use the
same thinc ops (communique.nlp.fast_ops). Prints words/s and articles/s of each, the ratio,
the CPU seconds of each side's processes per article, and each stage's share of communique's
time (read+clean and store in the parent; code summed over the workers), then, in one more
process on the first 100 articles, each pipeline component's share of the coding CPU time
(spaCy's pipes and communique's: `communique_events` is the event coder). A tool, not a test:
timings on a shared machine are noisy; CPU seconds per article less so.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import news, write_jsonl


def cpu_seconds() -> float:
    """CPU seconds of this process, its reaped children, and the worker pool's fork server
    with the workers it reaped."""
    import resource
    from multiprocessing import forkserver

    used = sum(getattr(resource.getrusage(who), f) for who in
               (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) for f in ("ru_utime", "ru_stime"))
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            used += sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError):
            pass
    return used


def plain(corpus: str, processes: int) -> dict:
    from communique.nlp import load_model

    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    nlp = load_model()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "cpu": cpu_seconds()}


def communique(corpus: str, workers: int | None) -> dict:
    from communique.pipeline import process
    from communique.store import Store
    from communique.workers import default_workers

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb", hold=False) as store:
        start = time.perf_counter()
        summary = process([corpus], store, workers=workers or default_workers(),
                          report=lambda e: None)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu": cpu_seconds(), "articles": summary.articles,
            "stages": summary.seconds, "workers": workers or default_workers()}


def components(corpus: str, limit: int) -> dict:
    """CPU seconds of each pipeline component over the first `limit` articles, one doc at a
    time in this process (after one article to warm up), each run as `nlp.pipe` runs it."""
    from communique.nlp import load_pipeline

    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines][:limit + 1]
    nlp = load_pipeline()
    spent = dict.fromkeys(["make_doc", *nlp.pipe_names], 0.0)
    for i, text in enumerate(texts):
        start = time.process_time()
        doc = nlp.make_doc(text)
        timed = [("make_doc", time.process_time() - start)]
        for name, pipe in nlp.pipeline:
            start = time.process_time()
            # as nlp.pipe runs a component: through its own `pipe` where it has one
            doc = next(pipe.pipe([doc])) if hasattr(pipe, "pipe") else pipe(doc)
            timed.append((name, time.process_time() - start))
        for name, seconds in timed if i else ():
            spent[name] += seconds
    return {"components": spent}


def measure(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", *args], check=True,
                         stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--processes", type=int, default=2,
                        help="plain spaCy's n_process")
    parser.add_argument("--workers", type=int, default=None,
                        help="communique's workers (default: its own default)")
    parser.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, corpus, n = args.one
        n_or_none = int(n) if n != "default" else None
        result = plain(corpus, int(n)) if kind == "plain" else \
            components(corpus, int(n)) if kind == "components" else communique(corpus, n_or_none)
        print(json.dumps(result))
        return
    records, source = news(args.articles)
    words = sum(len(r["text"].split()) for r in records)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = str(write_jsonl(records, Path(tmp) / "corpus.jsonl"))
        base = measure("plain", corpus, str(args.processes))
        ours = measure("communique", corpus, str(args.workers or "default"))
        parts = measure("components", corpus, "100")["components"]
    n = len(records)
    print(f"corpus: {n} articles, {words} words ({words / n:.0f} a article), {source}")
    for label, r in ((f"plain spaCy nlp.pipe n_process={args.processes}", base),
                     (f"communique run, {ours['workers']} workers (default)", ours)):
        print(f"{label:<44} {words / r['seconds']:7.0f} words/s {n / r['seconds']:6.2f} "
              f"articles/s ({r['seconds']:.1f} s; {r['cpu'] / n:.2f} CPU s an article)")
    print(f"ratio communique/plain: {base['seconds'] / ours['seconds']:.2f} "
          f"(CPU per article: {base['cpu'] / ours['cpu']:.2f})")
    total = sum(ours["stages"].values())
    for stage, seconds in ours["stages"].items():
        print(f"  {stage:<12} {seconds:7.1f} s  {100 * seconds / total:5.1f}% of the stages' time")
    coding = sum(parts.values())
    print(f"coding, by component (one process, {min(n - 1, 100)} articles, "
          f"{coding / min(n - 1, 100):.3f} CPU s an article):")
    for name, seconds in parts.items():
        print(f"  {name:<24} {100 * seconds / coding:5.1f}% of the coding time")


if __name__ == "__main__":
    main()
