"""Crash safety: `communique run` killed with SIGKILL midway leaves a database that opens and
holds whole batches only, and running again completes it to what one uninterrupted run gives.

The pipeline writes one transaction per batch of 64 articles (`process(..., batch_size=64)`),
so after a kill the article count is a multiple of 64 or the full count, and every stored
article has its sentences (written in the same transaction).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

import pytest

from communique.store import Store

BATCH = 64          # process()'s default batch_size: one transaction per batch
COPIES = 6          # 6 copies of the 19 sample .txt files: 114 files, 126 articles, 2 batches
AFTER_COMMIT = 1.0  # seconds to wait after the first batch's commit before the kill
SETTLE = 1.0       # seconds after the DB file appears: the schema's migrations are in its WAL
FALLBACK = 8.0      # seconds after the DB file appears: kill then if no commit was seen
TIMEOUT = 120.0     # per run, to fail rather than hang


def make_input(root: Path, copies: int = COPIES) -> Path:
    """`copies` copies of the sample corpus's .txt files, each copy's stories made distinct
    (articles get content-hash ids from title and body, so the body is changed)."""
    folder = root / "input"
    folder.mkdir()
    sample = resources.files("communique.data").joinpath("sample")
    files = sorted((p for p in sample.iterdir() if p.name.endswith(".txt")),
                   key=lambda p: p.name)
    for n in range(copies):
        for path in files:
            text = path.read_text(encoding="utf-8")
            text = text.replace(" said ", f" said ({n}) ")
            text = text.replace(" a déclaré ", f" a déclaré ({n}) ")  # the French story
            (folder / f"copy{n:02d}_{path.name}").write_text(text, encoding="utf-8")
    return folder


def start(folder: Path, db: Path, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "communique", "run", str(folder), "--db", str(db), "-q"],
        stdout=subprocess.DEVNULL, stderr=log.open("wb"), cwd=db.parent)


def finish(proc: subprocess.Popen, log: Path) -> None:
    code = proc.wait(timeout=TIMEOUT)
    assert code == 0, f"communique run exited {code}:\n{log.read_text(errors='replace')}"


def run_and_kill(folder: Path, db: Path, fallback: float) -> tuple[bool, float]:
    """Start a run and SIGKILL it: `AFTER_COMMIT` s after its first batch commits (its
    write-ahead log grows past its size `SETTLE` s after the DB file appeared), or `fallback` s after the DB file
    appears. Returns (killed before it finished, seconds from DB file to kill)."""
    wal = Path(f"{db}.wal")
    proc = start(folder, db, db.with_suffix(".log"))
    born = committed = None
    first_wal = None
    deadline = time.monotonic() + TIMEOUT
    try:
        while proc.poll() is None:
            now = time.monotonic()
            assert now < deadline, "the run neither finished nor got killed in time"
            if born is None and db.exists():
                born = now
            if born is not None and committed is None and now - born >= SETTLE:
                size = wal.stat().st_size if wal.exists() else 0
                if first_wal is None:
                    first_wal = size
                elif size > first_wal:
                    committed = now
            if born is not None and (now - born >= fallback or
                                     (committed and now - committed >= AFTER_COMMIT)):
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
                return proc.returncode == -signal.SIGKILL, now - born
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    return False, time.monotonic() - (born or time.monotonic())


def export_lines(db: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "communique", "export", "events", "--db", str(db),
         "--format", "jsonl"], capture_output=True, check=True, timeout=TIMEOUT, cwd=db.parent)
    return out.stdout.decode("utf-8").splitlines()


def contents(db: Path) -> dict[str, object]:
    with Store(db, read_only=True) as store:
        q = store.db.execute
        return {
            "articles": {r[0] for r in q("SELECT id FROM articles").fetchall()},
            "events": {r[0] for r in q("SELECT id FROM events").fetchall()},
            "num_articles": set(q("SELECT id, num_articles FROM events").fetchall()),
            "sentences": dict(q("SELECT a.id, count(s.article_id) FROM articles a LEFT JOIN "
                                "sentences s ON s.article_id = a.id GROUP BY a.id").fetchall()),
        }


@pytest.mark.slow
def test_sigkill_midway_then_rerun_equals_uninterrupted(tmp_path: Path) -> None:
    began = time.monotonic()
    folder = make_input(tmp_path)
    reference, killed = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"

    # The uninterrupted run goes alongside the one to be killed (two cores).
    ref_log = tmp_path / "reference.log"
    ref_proc = start(folder, reference, ref_log)
    try:
        was_killed, after = run_and_kill(folder, killed, FALLBACK)
        if not was_killed:  # finished before the kill: start afresh and kill sooner
            for path in tmp_path.glob("killed.duckdb*"):
                path.unlink()
            was_killed, after = run_and_kill(folder, killed, FALLBACK / 3)
        finish(ref_proc, ref_log)
    finally:
        if ref_proc.poll() is None:
            os.kill(ref_proc.pid, signal.SIGKILL)
            ref_proc.wait(timeout=10)
    assert was_killed, "the run finished before it could be killed, twice"

    full = contents(reference)
    total = len(full["articles"])
    assert total > BATCH, f"input too small for more than one batch: {total}"

    # After the kill: the database opens (DuckDB replays its WAL) and holds whole batches.
    with Store(killed) as store:
        q = store.db.execute
        n_articles = store.count("articles")
        n_events = store.count("events")
        n_sentences = store.count("sentences")
        n_event_mentions = store.count("event_mentions")
        english = {r[0] for r in q("SELECT id FROM articles WHERE language = 'en'").fetchall()}
        orphans = {table: q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN "  # noqa: S608
                            "(SELECT id FROM articles)").fetchone()[0]
                   for table in ("sentences", "mentions", "event_mentions")}
        lonely_events = q("SELECT count(*) FROM events WHERE id NOT IN "
                          "(SELECT event_id FROM event_mentions)").fetchone()[0]
    print(f"\nkilled {after:.1f} s after the DB file appeared: {n_articles} of {total} articles "
          f"({n_articles // BATCH} whole batches of {BATCH}), {n_sentences} sentences, "
          f"{n_event_mentions} event mentions, {n_events} events")
    assert n_articles % BATCH == 0 or n_articles == total, n_articles
    part = contents(killed)
    assert part["articles"] <= full["articles"]
    for article_id, count in part["sentences"].items():
        assert count == full["sentences"][article_id], article_id
        if article_id in english:
            assert count > 0, f"article {article_id} stored without its sentences"
    assert orphans == {"sentences": 0, "mentions": 0, "event_mentions": 0}, orphans
    assert lonely_events == 0

    # Running again on the same input completes it: equal to the uninterrupted run.
    log = tmp_path / "rerun.log"
    finish(start(folder, killed, log), log)
    again = contents(killed)
    assert again["articles"] == full["articles"]
    assert again["events"] == full["events"]
    assert again["num_articles"] == full["num_articles"]
    assert again["sentences"] == full["sentences"]
    mine, theirs = export_lines(killed), export_lines(reference)
    assert len(mine) == len(theirs) == len(full["events"])
    assert set(mine) == set(theirs)
    assert all(json.loads(line)["id"] in full["events"] for line in mine)
    print(f"rerun equals the uninterrupted run: {total} articles, {len(full['events'])} "
          f"events; test took {time.monotonic() - began:.1f} s")
