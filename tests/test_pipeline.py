"""The run as a whole: one document's failure in any stage is reported and the run goes on."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import cli
from communique.pipeline import process
from communique.store import Store
from communique.store import writing as W

pytestmark = pytest.mark.slow

STORY = "The army of Chad attacked rebels near the border on Monday, officials said.\n"


def _run(paths: list[Path], db: Path, nlp, batch_size: int = 64) -> tuple[object, list[str]]:
    errors: list[str] = []
    with Store(db) as store:
        summary = process([str(p) for p in paths], store, nlp, report=lambda e: errors.append(
            str(e)), batch_size=batch_size)
    return summary, errors


def test_pipeline_a_failing_component_skips_only_that_document(write, tmp_path, nlp,
                                                               monkeypatch):
    good = write("good.txt", STORY)
    bad = write("bad.txt", "Fishermen of Peru protested in Lima on Friday about new rules.\n")
    coder = type(nlp.get_pipe("communique_events"))
    real = coder.__call__

    def failing(self, doc):
        if "Peru" in doc.text:
            raise KeyError("no such pattern")
        return real(self, doc)

    monkeypatch.setattr(coder, "__call__", failing)
    summary, errors = _run([bad, good], tmp_path / "x.duckdb", nlp)
    assert errors == [f"[E026] {bad}: one document could not be coded (KeyError: 'no such "
                      "pattern') — its text was stored without events and the run went on; "
                      "please report this with the document"]
    with Store(tmp_path / "x.duckdb", read_only=True) as store:
        stored = {a["source_path"]: a for a in store.articles()}
        events = list(store.events())
    assert sorted(stored) == sorted([str(bad), str(good)])
    assert [e["cameo_root"] for e in events] == ["19"]
    assert summary.articles == 2


def test_pipeline_a_failure_in_cleaning_skips_only_that_document(write, tmp_path, nlp,
                                                                 monkeypatch):
    import communique.pipeline as P

    good = write("good.txt", STORY)
    bad = write("bad.txt", "Something the cleaner cannot take.\n")
    real = P.clean_document

    def failing(raw):
        if raw.source_path.endswith("bad.txt"):
            raise IndexError("list index out of range")
        return real(raw)

    monkeypatch.setattr(P, "clean_document", failing)
    summary, errors = _run([bad, good], tmp_path / "x.duckdb", nlp)
    assert errors == [f"[E026] {bad}: one document could not be cleaned (IndexError: list index "
                      "out of range) — it was skipped and the run went on; please report this "
                      "with the document"]
    assert (summary.documents, summary.articles) == (2, 1)


def test_pipeline_rows_the_database_refuses_cost_only_their_article(write, tmp_path, nlp,
                                                                    monkeypatch):
    paths = [write(f"{n}.txt", STORY.replace("Monday", day))
             for n, day in enumerate(["Monday", "Tuesday", "Wednesday"])]
    real = W.article_rows

    def refused(articles):
        rows = real(articles)
        # `part` is an INTEGER column: the database refuses this one row
        return [{**r, "part": "not a number"} if "Tuesday" in r["text"] else r for r in rows]

    monkeypatch.setattr(W, "article_rows", refused)
    summary, errors = _run(paths, tmp_path / "x.duckdb", nlp)
    assert len(errors) == 1
    assert errors[0].startswith(f"[E026] {paths[1]}: one document could not be stored (")
    assert errors[0].endswith("— it was not stored and the run went on; please report this "
                              "with the document")
    with Store(tmp_path / "x.duckdb", read_only=True) as store:
        assert sorted(a["source_path"] for a in store.articles()) == [str(paths[0]),
                                                                       str(paths[2])]
    assert summary.articles == 2


def test_pipeline_a_document_that_cleans_to_nothing_is_e014(write, tmp_path):
    empty = write("page.html", "<html><head><script>var a = 1;</script></head><body>"
                               "<nav><a href='/'>Home</a></nav></body></html>")
    result = CliRunner().invoke(cli, ["run", str(empty), "--db", str(tmp_path / "x.duckdb"),
                                     "-q"])
    assert result.exit_code == 0
    assert (f"[E014] {empty}: no articles left after cleaning (1 lines dropped as page "
            "furniture) — check that the file holds article text; the dropped lines are not "
            "stored") in result.output


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 600 kB file system (tmpfs; needs root), so the database runs out of space."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root: " + done.stderr.decode().strip())
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_pipeline_a_full_disk_stops_cleanly_and_keeps_whole_batches(write, tmp_path,
                                                                    small_disk):
    records = [{"id": str(n), "text": STORY.strip() + f" Talks went on in round {n} of the "
                                      "meeting of ministers." * 12} for n in range(1500)]
    path = write("many.jsonl", "\n".join(json.dumps(r) for r in records))
    db = small_disk / "x.duckdb"
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(db), "-q",
                                      "--batch-size", "64"])
    assert result.exit_code == 1
    assert f"[E025] Writing to {db} failed (" in result.output
    assert "No space left on device" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    os.sync()
    with Store(db, read_only=True) as store:
        stored = [a["document_id"] for a in store.articles()]
        with_sentences = store.db.execute(
            "SELECT count(DISTINCT article_id) FROM sentences").fetchone()[0]
    assert len(stored) >= 64
    assert len(stored) % 64 == 0  # whole batches only
    assert with_sentences == len(stored)  # each stored article whole, with its sentences


def test_pipeline_counts_documents_for_the_progress_bar_without_reading_them(write):
    from communique.pipeline import count_documents

    write("a.txt", "One story.")
    write("b.html", "<p>Another story.</p>")
    write("c.jsonl", '{"text": "x"}\n{"text": "y"}\n{"text": "z"}\n')
    write("README", "Not news.")
    folder = str(write("d.txt", "A third story.").parent)
    assert count_documents([folder]) == 6
    assert count_documents([folder, str(write("e.jsonl", '{"text": "w"}\n'))]) == 8
    assert count_documents(["-"]) is None
    assert count_documents([str(write("f.csv", "text\nx\n"))]) is None
    binary = write("g.jsonl", b"\x89PNG\r\n" + b"\x00\n" * 40)  # refused: E002
    assert count_documents([str(binary)]) == 0


def test_pipeline_run_shows_documents_done_of_the_total_and_the_rate(write, tmp_path):
    from click.testing import CliRunner

    from communique.cli import cli

    path = write("c.jsonl", "".join(f'{{"text": "Story number {i} about the weather."}}\n'
                                    for i in range(3)))
    result = CliRunner().invoke(cli, ["run", str(path), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 0, result.output
    # The first frame (later ones depend on timing): the total, and where the rate goes.
    assert result.output.startswith("\rdocuments:   0%|          | 0/3 [00:00<?, ? doc/s]")
    assert result.output.endswith("\r3 documents, 3 articles coded, 0 event mentions found; "
                                  f"new in {tmp_path / 'p.db'}: 3 articles, 0 events, "
                                  "0 event mentions\n")


def test_pipeline_summary_gives_each_stage_its_seconds(write, tmp_path, nlp):
    path = write("a.txt", "Turkey and Greece signed a trade agreement in Ankara on Monday.")
    with Store(tmp_path / "s.duckdb") as store:
        summary = process([str(path)], store, nlp)
    assert sorted(summary.seconds) == ["code", "read+clean", "store"]
    assert all(s >= 0 for s in summary.seconds.values())
    assert round(sum(summary.shares().values()), 6) == 1.0
