"""Memory: peak resident memory of `communique run` (default workers) on a small and a large
corpus of ~900-word news articles, to show that it does not grow with the corpus.

Run: .venv/bin/python benchmarks/memory.py [--sizes 300 10000]

Corpus: benchmarks/corpus.py (the dev news articles from ../shared when present, repeated
with new ids; else generated). Each size is one `python -m communique run CORPUS --db NEW -q`;
this process samples, every 0.2 s, the memory of that process and all its descendants (the
workers' fork server and the workers) and keeps the peak of their sum: RSS (pages shared
between the forked workers counted once in each) and PSS (shared pages divided among the
processes sharing them: the memory the run really takes), and the growth of each over the
first size. A second line gives each process's own peak (main, the fork server, the largest
worker; not at the same moment, so they do not add up to the sum's peak). A tool, not a
test; the large size takes a while (about 10,000 / the articles/s of
benchmarks/throughput.py seconds).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import news, write_jsonl


def _kb(path: str, key: str) -> int:
    with open(path) as f:
        for line in f:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return 0


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return out


def role(pid: int, main: int) -> str:
    """What a process of the run is: "main", "server" (the workers' fork server), "worker"
    (forked from it) or "other" (multiprocessing's resource tracker)."""
    if pid == main:
        return "main"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            command = f.read()
        with open(f"/proc/{pid}/stat") as f:
            parent = int(f.read().rsplit(")", 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError, ValueError):
        return "other"
    if parent == main:
        return "server" if b"forkserver" in command else "other"
    return "worker"


def tree_memory(pid: int) -> tuple[int, int, dict[str, tuple[int, int]]]:
    """(RSS, PSS) in bytes of `pid` and its descendants, and of each role (`role`; for
    workers, the largest one)."""
    rss = pss = 0
    roles: dict[str, tuple[int, int]] = {}
    for p in tree(pid):
        try:
            r = _kb(f"/proc/{p}/status", "VmRSS:")
            s = _kb(f"/proc/{p}/smaps_rollup", "Pss:")
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        rss, pss = rss + r, pss + s
        name = role(p, pid)
        old = roles.get(name, (0, 0))
        roles[name] = (max(old[0], r), max(old[1], s))
    return rss, pss, roles


def watch(proc: subprocess.Popen, every: float = 0.2
          ) -> tuple[int, int, dict[str, tuple[int, int]], tuple[str, str]]:
    """Sample the memory of `proc` and its descendants until it exits: (peak RSS, peak PSS,
    peak (RSS, PSS) of each role, its (stdout, stderr))."""
    peak = [0, 0]
    roles: dict[str, tuple[int, int]] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            rss, pss, each = tree_memory(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            for name, (r, s) in each.items():
                old = roles.get(name, (0, 0))
                roles[name] = (max(old[0], r), max(old[1], s))
            time.sleep(every)

    thread = threading.Thread(target=sample)
    thread.start()
    output = proc.communicate()
    done.set()
    thread.join()
    return peak[0], peak[1], roles, output


def peak_of(command: list[str]) -> tuple[int, int, float, dict[str, tuple[int, int]]]:
    """Run `command`; (peak RSS, peak PSS, seconds, peak (RSS, PSS) of each role)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    rss, pss, roles, (_, err) = watch(proc)
    if proc.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{err}")
    return rss, pss, time.perf_counter() - start, roles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 10_000])
    args = parser.parse_args()
    print(f"{'articles':>8} {'peak RSS MB':>12} {'peak PSS MB':>12} {'RSS vs first':>13} "
          f"{'PSS vs first':>13} {'seconds':>8}  corpus", flush=True)
    first = None
    for size in args.sizes:
        records, source = news(size)
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_jsonl(records, Path(tmp) / "corpus.jsonl")
            del records
            rss, pss, seconds, roles = peak_of([sys.executable, "-m", "communique", "run",
                                         str(corpus), "--db", str(Path(tmp) / "m.duckdb"),
                                         "-q", "--max-bytes", str(corpus.stat().st_size)])
        first = first or (rss, pss)
        print(f"{size:>8} {rss / 2**20:>12.0f} {pss / 2**20:>12.0f} "
              f"{100 * (rss / first[0] - 1):>+12.1f}% {100 * (pss / first[1] - 1):>+12.1f}% "
              f"{seconds:>8.0f}  {source}", flush=True)
        print("          peak RSS / PSS MB of each process: " + ", ".join(
            f"{name} {r / 2**20:.0f} / {s / 2**20:.0f}" for name, (r, s) in sorted(
                roles.items()) if name != "other"), flush=True)


if __name__ == "__main__":
    main()
