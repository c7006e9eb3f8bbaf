"""Fuzz run at scale: every input document accounted for, no exception escaping `process`.

Run: .venv/bin/python benchmarks/fuzz.py --docs 10000 --seed 1 [--keep DIR] [--longest 30000]

Writes `--docs` generated documents (tests/fuzzing.py; the same seed gives the same files)
into a temporary folder, runs `communique.pipeline.process` over it into a DuckDB file, and
prints documents in, stored, coded errors by code, notices, tracebacks (must be 0),
unaccounted documents (must be 0) and the elapsed time. When an exception escapes the whole
run, the files are run one by one to name those that raise. Each listed document carries its
generator kind and seed: `fuzzing.make_file(kind, seed)` rebuilds its file. Exit status 1
when anything raised or went unaccounted. A tool, not a test; at 10,000 documents it takes
many minutes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import fuzzing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--longest", type=int, default=30_000,
                        help="the longest run of one character")
    parser.add_argument("--huge", type=float, default=0.02,
                        help="weight of >1,000,000-character documents (0 for none)")
    parser.add_argument("--limit", type=int, default=200, help="documents listed at most")
    parser.add_argument("--keep", type=Path, help="write the inputs and database here")
    args = parser.parse_args()

    from communique.nlp import load_pipeline
    from communique.store import Store

    with tempfile.TemporaryDirectory(prefix="communique-fuzz-") as tmp:
        base = args.keep or Path(tmp)
        root = base / "input"
        expected = fuzzing.generate(root, args.docs, args.seed, weights={"huge": args.huge},
                                    longest=args.longest)
        files = len({d.files[0] for d in expected})
        print(f"generated {len(expected)} documents in {files} files under {root} "
              f"(seed {args.seed})", flush=True)
        nlp = load_pipeline()
        start = time.perf_counter()
        outcome = fuzzing.run_fuzz(root, expected,
                                   lambda name: Store(base / f"fuzz-{name}.duckdb"), nlp)
        elapsed = time.perf_counter() - start
        print(fuzzing.summarise(expected, outcome, limit=args.limit))
        print(f"elapsed: {elapsed:.1f} s")
    return 1 if outcome.crashes or outcome.accounting.unaccounted else 0


if __name__ == "__main__":
    sys.exit(main())
