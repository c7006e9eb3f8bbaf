"""Coding on worker processes: the same rows as in one process, and failures still reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.language import Language

import communique.nlp.factories  # noqa: F401  (registers doc._.mentions and doc._.events)
from communique.cli import cli
from communique.pipeline import process
from communique.store import Store

STORIES = [
    "The army of Chad attacked rebels near the border on Monday, officials said.",
    "Turkey and Greece signed a trade agreement in Ankara after two days of talks.",
    "Iran accused Israel of carrying out a drone strike on a factory near Isfahan.",
    "Fishermen of Peru protested in Lima on Friday about new rules.",
    "Egypt sent food aid to Sudan, the foreign ministry in Cairo said on Tuesday.",
    "Russia condemned the sanctions imposed by the European Union on Thursday.",
    "Japan and India agreed to hold talks on security in New Delhi next month.",
    "Police in Kenya arrested opposition leaders in Nairobi on Sunday.",
]


def corpus(write, copies: int = 3) -> list[Path]:
    paths = []
    for n in range(copies):
        for i, story in enumerate(STORIES):
            other = STORIES[(i + n + 1) % len(STORIES)]
            paths.append(write(f"s{n}_{i}.txt", f"Story {n} {i}\n\n{story}\n\n{other}\n"))
    return paths


@Language.component("test_coder")
def _test_coder(doc):
    """Codes nothing; fails on Peru, and kills its worker process on a crash."""
    if "Peru" in doc.text:
        raise KeyError("no such pattern")
    if "CRASH" in doc.text:
        os._exit(3)
    doc._.mentions, doc._.events = [], []
    return doc


def blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_coder")
    return nlp


def test_run_workers_zero_is_a_coded_error(write):
    path = write("a.txt", STORIES[0])
    result = CliRunner().invoke(cli, ["run", str(path), "--workers", "0", "-q"])
    assert result.exit_code == 1
    assert "[E039] --workers 0 is not a number of processes" in result.output


def test_a_failing_article_in_a_worker_is_e026_and_the_run_goes_on(write, tmp_path):
    paths = [write(f"{i}.txt", s) for i, s in enumerate(STORIES)]
    errors: list[str] = []
    with Store(tmp_path / "w.duckdb") as store:
        summary = process([str(p) for p in paths], store, blank(), workers=2,
                          start_method="fork", pool_from=0,
                          report=lambda e: errors.append(str(e)))
        stored = sorted(a["source_path"] for a in store.articles())
    peru = str(paths[3])
    assert errors == [f"[E026] {peru}: one document could not be coded (KeyError: 'no such "
                      "pattern') — its text was stored without events and the run went on; "
                      "please report this with the document"]
    assert stored == sorted(str(p) for p in paths)
    assert summary.articles == len(STORIES)


def test_a_worker_that_dies_costs_only_its_batch(write, tmp_path):
    paths = [write(f"{i}.txt", s) for i, s in enumerate(STORIES[:3])]
    crash = write("crash.txt", "CRASH in the coder on this article, every time.")
    errors: list[str] = []
    with Store(tmp_path / "w.duckdb") as store:
        summary = process([str(p) for p in [*paths, crash]], store, blank(), workers=2,
                          start_method="fork", pool_from=0,
                          report=lambda e: errors.append(str(e)))
        stored = sorted(a["source_path"] for a in store.articles())
    assert len(errors) >= 1 and all(e.startswith("[E026]") for e in errors)
    assert any(str(crash) in e and "WorkerCrashed" in e for e in errors)
    assert stored == sorted(str(p) for p in [*paths, crash])
    assert summary.articles == 4


@pytest.mark.slow
def test_run_with_two_workers_stores_the_same_rows_as_with_one(write, tmp_path, nlp,
                                                               monkeypatch):
    import communique.workers as W

    pools = []
    real = W.code_in_workers
    monkeypatch.setattr(W, "code_in_workers", lambda *a, **k: pools.append(a[1]) or real(*a, **k))
    paths = [str(p) for p in corpus(write, copies=9)]  # over 64 articles: workers start
    runner = CliRunner()
    exports = {}
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.duckdb")
        result = runner.invoke(cli, ["run", *paths, "--db", db, "-q", "--workers",
                                     str(workers), "--batch-size", "5"])
        assert result.exit_code == 0, result.output
        exports[workers] = [runner.invoke(cli, ["export", kind, "--db", db]).output
                            for kind in ("events", "articles")]
    assert pools == [2]
    assert exports[1][0].count("\n") >= 5
    assert exports[1] == exports[2]


def test_a_pipeline_a_worker_cannot_load_ends_the_run_with_its_own_error(monkeypatch):
    import communique.workers as W
    from communique.errors import InputError

    for name in ("_INHERITED", "_NLP", "_FAILED"):  # _start sets them; restored after
        monkeypatch.setattr(W, name, None)
    monkeypatch.setattr("communique.nlp.load_pipeline",
                        lambda *files: (_ for _ in ()).throw(
                            InputError("E016", path="p.jsonl", detail="line 1")))
    W._start((), ("p.jsonl",))
    with pytest.raises(InputError, match=r"\[E016\] p.jsonl"):
        W.code_batch([])
