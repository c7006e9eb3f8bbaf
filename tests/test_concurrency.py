"""Reading while writing: a real `communique serve` answers while a real `communique run`
writes to the same file, and the run does not fail because the server is reading."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # real `run` and `serve` processes
ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Iran", "Iraq", "Turkey", "Syria", "Egypt", "Jordan", "Lebanon", "Qatar"]


def _news(path: Path, n: int) -> None:
    """`n` short articles of our own, each a different pair and day."""
    lines = []
    for i in range(n):
        a, b = COUNTRIES[i % 8], COUNTRIES[(i // 8 + i + 1) % 8]
        if a == b:
            b = "Oman"
        lines.append(json.dumps({"id": f"n{i}", "published": f"2024-04-{i % 28 + 1:02d}",
                                 "text": f"{a} accused {b} of moving troops to the border "
                                         f"on day {i}."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "communique", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, float, dict]:
    start = time.monotonic()
    with urllib.request.urlopen(url, timeout=30) as response:
        body = json.loads(response.read())
        return response.status, time.monotonic() - start, body


def test_serve_answers_while_a_run_writes(tmp_path: Path):
    first, more = tmp_path / "first.jsonl", tmp_path / "more.jsonl"
    _news(first, 2)
    _news(more, 40)
    db = str(tmp_path / "t.duckdb")
    subprocess.run(_cli("run", str(first), "-q", "--db", db), env=_env(), check=True,
                   timeout=300)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(_cli("serve", "--db", db, "--port", str(port)), env=_env(),
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(f"{base}/api")
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        run = subprocess.Popen(_cli("run", str(more), "-q", "--db", db, "--batch-size", "2"),
                               env=_env(), stderr=subprocess.PIPE, text=True)
        latencies, counts = [], []
        while run.poll() is None:
            status, seconds, body = _get(f"{base}/api/stats")
            assert status == 200 and body["ok"] is True
            latencies.append(seconds)
            counts.append(body["articles"])
            status, seconds, _ = _get(f"{base}/api/events?limit=5")
            assert status == 200
            latencies.append(seconds)
            time.sleep(0.05)
        assert run.wait(timeout=300) == 0, run.stderr.read()
        status, _, body = _get(f"{base}/api/stats")
        # first.jsonl's two articles are also in more.jsonl (same text, same article id)
        assert body["articles"] == 40  # the run's articles are all there, served fresh
        print(f"{len(latencies)} requests during the run: max {max(latencies):.3f} s, "
              f"median {sorted(latencies)[len(latencies) // 2]:.3f} s; articles seen "
              f"{counts[0]} → {counts[-1]}")
        assert len(latencies) >= 4 and max(latencies) < 10
        assert counts == sorted(counts)  # counts only grow while the run writes
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_query_commands_wait_for_a_batch_instead_of_failing(tmp_path: Path):
    from communique.store import Store

    db = str(tmp_path / "t.duckdb")
    Store(db).close()
    holder = subprocess.Popen(  # another process holds the file for one second
        [sys.executable, "-c", "import duckdb, time, sys; c = duckdb.connect(sys.argv[1]); "
         "print('held', flush=True); time.sleep(1); c.close()", db],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "held\n"
    start = time.monotonic()
    with Store(db, read_only=True) as store:
        assert store.count("events") == 0
    assert time.monotonic() - start >= 0.5
    holder.wait(timeout=30)
