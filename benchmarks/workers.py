"""Workers: words/s and peak memory of plain spaCy `nlp.pipe(n_process=N)` and of communique's
whole run with --workers 1 and N, on the same generated text, at two corpus sizes.

Run: .venv/bin/python benchmarks/workers.py [--sizes 100 1000] [--workers 2]

Each measurement runs in a fresh process (peak memory only grows) while this one samples the
resident memory of that process and all its children (worker processes) and keeps the peak of
their sum. Words/s counts from after the parent loaded its pipeline: spaCy's forked workers
start at once, communique's spawned workers load the pipeline themselves (counted). Both sides
use the same thinc ops (communique.nlp.fast_ops). "forked" starts the workers the way spaCy's
n_process does: forked from a parent that loaded the pipeline, so no worker loads it again.
The corpus is generated here from a few template sentences; it is not real news. A tool, not
a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import generate
from memory import watch


def measure(args: list[str]) -> tuple[dict, int]:
    """Run one measurement in a child process; (its JSON answer, peak RSS of its tree)."""
    proc = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE,
                            text=True)
    peak, _, _, (out, _) = watch(proc, every=0.1)
    if proc.returncode:
        raise SystemExit(f"measurement {args} failed")
    return json.loads(out.strip().splitlines()[-1]), peak


def one(kind: str, corpus: str, workers: int) -> None:
    """In the child: time one side on the corpus file; print {"words", "seconds"}."""
    with open(corpus, encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    words = sum(len(t.split()) for t in texts)
    if kind == "spacy":
        from communique.nlp import load_model

        nlp = load_model()
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
            pass
    else:
        from communique.pipeline import process
        from communique.store import Store

        nlp = None
        if workers == 1 or kind == "fork":
            from communique.nlp import load_pipeline

            nlp = load_pipeline()
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.duckdb") as store:
            start = time.perf_counter()
            summary = process([corpus], store, nlp, workers=workers,
                              start_method="fork" if kind == "fork" else "spawn",
                              report=lambda e: print(e, file=sys.stderr))
            assert summary.articles == len(texts), summary
    print(json.dumps({"words": words, "seconds": time.perf_counter() - start}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", nargs=3, metavar=("KIND", "CORPUS", "WORKERS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one[0], args.one[1], int(args.one[2]))
        return
    n = args.workers
    sides = [("spacy", n, f"plain spaCy nlp.pipe n_process={n}"),
             ("communique", 1, "communique --workers 1"),
             ("communique", n, f"communique --workers {n}"),
             ("fork", n, f"communique --workers {n}, forked")]
    print(f"{'articles':>8}  {'side':<34} {'words':>7} {'words/s':>8} {'ratio':>6} "
          f"{'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus{size}.jsonl"
            corpus.write_text("".join(json.dumps(r) + "\n" for r in generate(size)),
                              encoding="utf-8")
            plain = None
            for kind, workers, label in sides:
                result, peak = measure(["--one", kind, str(corpus), str(workers)])
                rate = result["words"] / result["seconds"]
                plain = plain or rate
                print(f"{size:>8}  {label:<34} {result['words']:>7} {rate:>8.0f} "
                      f"{rate / plain:>6.2f} {peak / 2**20:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
