"""Long runs: cleaning + spaCy time on a body line holding a run of 1k–30k characters.

Run: .venv/bin/python benchmarks/long_runs.py [--before-max 5000] [--sizes 1000 2000 …]

Three kinds of run, each inside a short news story: one character repeated ("!!!…"), one
emoji repeated, and mixed emoji with no two alike in a row (one chunk without spaces). "after"
is `clean_document` then the full pipeline on the cleaned text (runs cut, see
communique/clean/lines.py); "before" is the full pipeline on the raw, uncut text, only up to
--before-max characters (spaCy's tokenizer time grows with the square of the run: 30,000
emoji take minutes). Two more rows: a 200 KB base64 blob, and a 200 KB document made of
mixed-emoji chunks of 200 characters separated by spaces (nothing cut: what is left of the
tokenizer's quadratic cost once chunks are bounded). A tool, not a test.
"""

from __future__ import annotations

import argparse
import base64
import random
import time

from communique.clean import clean_document
from communique.models import RawDocument
from communique.nlp import load_pipeline

LEAD = ("Thousands of protesters marched through the capital on Saturday to demand the "
        "release of jailed opposition leaders, witnesses said.")
TAIL = "Police said the march ended peacefully in the evening."
EMOJI = [chr(c) for c in range(0x1F600, 0x1F640)]


def runs(n: int) -> dict[str, str]:
    return {"!": "!" * n, "one emoji": "\U0001F525" * n,
            "mixed emoji": "".join(EMOJI[i % len(EMOJI)] for i in range(n))}


def story(run: str) -> str:
    return f"{LEAD}\n\nThe banners read {run} as they passed.\n\n{TAIL}\n"


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def after(nlp, text: str, repeat: int = 3) -> float:
    """The best of `repeat` runs of cleaning + the pipeline (the machine may be shared)."""
    def run() -> None:
        for article in clean_document(RawDocument(text=text, source_path="bench.txt")):
            nlp(article.text)
    return min(timed(run) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+",
                        default=[1000, 2000, 5000, 10000, 20000, 30000])
    parser.add_argument("--before-max", type=int, default=5000,
                        help="largest run timed on the uncut text (default 5000)")
    args = parser.parse_args()
    nlp = load_pipeline()
    after(nlp, story("warm up"))  # loads the knowledge base and the gazetteer
    print(f"{'run':<12} {'chars':>7} {'before s':>9} {'after s':>8} {'after µs/char':>14}")
    for n in args.sizes:
        for kind, run in runs(n).items():
            text = story(run)
            before = f"{timed(nlp, text):9.3f}" if n <= args.before_max else f"{'-':>9}"
            seconds = after(nlp, text)
            print(f"{kind:<12} {n:>7} {before} {seconds:8.3f} {1e6 * seconds / n:14.2f}",
                  flush=True)
    random.seed(0)
    blob = base64.b64encode(random.randbytes(150_000)).decode()
    seconds = after(nlp, story(blob))
    print(f"{'base64':<12} {len(blob):>7} {'-':>9} {seconds:8.3f} "
          f"{1e6 * seconds / len(blob):14.2f}")
    for size in (50_000, 100_000, 200_000):
        chunks = " ".join(runs(200)["mixed emoji"] for _ in range(size // 201))
        seconds = after(nlp, story(chunks), repeat=1)
        print(f"{'200-chunks':<12} {len(chunks):>7} {'-':>9} {seconds:8.3f} "
              f"{1e6 * seconds / len(chunks):14.2f}", flush=True)


if __name__ == "__main__":
    main()
