"""Crash safety: `communique run` killed with SIGKILL midway leaves a database that opens and
holds whole batches only, and running again completes it to what one uninterrupted run gives.

The run here writes one transaction per batch of 64 articles (`--batch-size 64`),
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

BATCH = 64          # the run's --batch-size here: one transaction per batch
COPIES = 6          # 6 copies of the 19 sample .txt files: 114 files, 126 articles, 2 batches
AFTER_COMMIT = 1.0  # seconds to wait after the first batch's commit before the kill
SETTLE = 1.0        # seconds after the DB file appears: the schema's migrations are written
FALLBACK = 30.0     # seconds after the DB file appears: kill then if no commit was seen
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
    """`communique run FOLDER --db DB -q` as a real process, its stderr into `log`."""
    with log.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "communique", "run", str(folder), "--db", str(db), "-q",
             "--batch-size", str(BATCH)],
            stdout=subprocess.DEVNULL, stderr=stderr, cwd=db.parent)


def finish(proc: subprocess.Popen, log: Path) -> None:
    code = proc.wait(timeout=TIMEOUT)
    assert code == 0, f"communique run exited {code}:\n{log.read_text(errors='replace')}"


def run_and_kill(folder: Path, db: Path, fallback: float) -> tuple[bool, float]:
    """Start a run and SIGKILL it `AFTER_COMMIT` s after its first batch commits (the DB
    file or its write-ahead log changes size after the schema's migrations, `SETTLE` s after
    the DB file appeared), or else `fallback` s after the DB file appeared. Returns (killed
    before it finished, seconds from the DB file's appearance to the kill)."""
    wal = Path(f"{db}.wal")
    proc = start(folder, db, db.with_suffix(".log"))
    born = committed = None
    settled: tuple[int, int] | None = None
    deadline = time.monotonic() + TIMEOUT
    try:
        while proc.poll() is None:
            now = time.monotonic()
            assert now < deadline, "the run neither finished nor got killed in time"
            if born is None and db.exists():
                born = now
            if born is not None and committed is None and now - born >= SETTLE:
                sizes = (db.stat().st_size, wal.stat().st_size if wal.exists() else 0)
                if settled is None:
                    settled = sizes
                elif sizes != settled:
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


def killed_state(db: Path) -> dict[str, object]:
    """Open the killed run's database as the CLI does (DuckDB replays its WAL) and read what
    a torn batch would break."""
    with Store(db) as store:
        q = store.db.execute
        state = {
            "articles": store.count("articles"), "events": store.count("events"),
            "sentences": store.count("sentences"),
            "event_mentions": store.count("event_mentions"),
            "english": {r[0] for r in q("SELECT id FROM articles WHERE language = 'en'")
                        .fetchall()},
            "orphans": {table: q(f"SELECT count(*) FROM {table} "
                                 "WHERE article_id NOT IN (SELECT id FROM articles)")
                                 .fetchone()[0]
                        for table in ("sentences", "mentions", "event_mentions")},
            "events_without_mentions": q("SELECT count(*) FROM events WHERE id NOT IN "
                                         "(SELECT event_id FROM event_mentions)").fetchone()[0],
        }
    state.update(("rows_" + k, v) for k, v in contents(db).items())
    return state


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.mark.slow
def test_sigkill_midway_then_rerun_equals_uninterrupted(tmp_path: Path) -> None:
    began = time.monotonic()
    folder = make_input(tmp_path)
    reference, killed = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    ref_log, rerun_log = tmp_path / "reference.log", tmp_path / "rerun.log"

    # The uninterrupted run goes alongside the killed run and the re-run (two cores).
    ref_proc = start(folder, reference, ref_log)
    rerun = None
    try:
        was_killed, after = run_and_kill(folder, killed, FALLBACK)
        if not was_killed:  # it finished before the kill: start afresh and kill sooner
            for path in tmp_path.glob("killed.duckdb*"):
                path.unlink()
            was_killed, after = run_and_kill(folder, killed, FALLBACK / 3)
        assert was_killed, "the run finished before it could be killed, twice"
        part = killed_state(killed)

        # Running again on the same input completes it.
        rerun = start(folder, killed, rerun_log)
        finish(ref_proc, ref_log)
        finish(rerun, rerun_log)
    finally:
        stop(ref_proc)
        if rerun is not None:
            stop(rerun)

    full = contents(reference)
    total = len(full["articles"])
    assert total > BATCH, f"input too small for more than one batch: {total}"

    # After the kill the database opened and held whole batches only.
    n = part["articles"]
    print(f"\nkilled {after:.1f} s after the DB file appeared: {n} of {total} articles "
          f"({n // BATCH} whole batches of {BATCH}), {part['sentences']} sentences, "
          f"{part['event_mentions']} event mentions, {part['events']} events")
    assert n % BATCH == 0 or n == total, n
    assert part["rows_articles"] <= full["articles"]
    for article_id, count in part["rows_sentences"].items():
        assert count == full["sentences"][article_id], article_id
        if article_id in part["english"]:
            assert count > 0, f"article {article_id} stored without its sentences"
    assert part["orphans"] == {"sentences": 0, "mentions": 0, "event_mentions": 0}
    assert part["events_without_mentions"] == 0

    # After the re-run: what one uninterrupted run gives.
    again = contents(killed)
    assert again["articles"] == full["articles"]
    assert again["events"] == full["events"]
    assert again["num_articles"] == full["num_articles"]
    assert again["sentences"] == full["sentences"]
    mine, theirs = export_lines(killed), export_lines(reference)
    assert len(mine) == len(theirs) == len(full["events"])
    assert set(mine) == set(theirs)
    assert {json.loads(line)["id"] for line in mine} == full["events"]
    print(f"re-run equals the uninterrupted run: {total} articles, {len(full['events'])} "
          f"events, {len(mine)} exported lines; test took {time.monotonic() - began:.1f} s")
