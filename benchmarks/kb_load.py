"""Knowledge-base load time and memory, in a fresh interpreter each run.

Run: .venv/bin/python benchmarks/kb_load.py [--runs 5]
Target: under 1 s and under 200 MB (issue 4).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PROBE = """
import json, resource, time
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
from communique import kb
base = kb.packaged()
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"entries": len(base.entries), "seconds": seconds,
                  "peak_mb": after / 1024, "added_mb": (after - before) / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", PROBE], capture_output=True,
                                      text=True, check=True).stdout) for _ in range(args.runs)]
    seconds = sorted(r["seconds"] for r in runs)
    print(f"entries: {runs[0]['entries']}")
    print(f"load (import + validate + index): median {seconds[len(seconds) // 2]:.2f} s, "
          f"max {seconds[-1]:.2f} s over {len(runs)} fresh processes")
    print(f"memory: peak RSS {max(r['peak_mb'] for r in runs):.0f} MB "
          f"(of which the load added {max(r['added_mb'] for r in runs):.0f} MB)")


if __name__ == "__main__":
    main()
