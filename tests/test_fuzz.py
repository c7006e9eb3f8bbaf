"""Fuzzing: every input document is accounted for, and nothing raises.

The inputs are made by tests/fuzzing.py from fixed seeds: plain, broken and deeply nested
HTML, JSON Lines (records with and without ids, wrong field types, impossible dates, lone
surrogate escapes, 100,000-deep nesting, malformed lines), JSON arrays and objects, CSV,
RSS/Atom, gzip and zip wrappers (damaged ones too), and mutations: byte flips, truncation,
control characters, runs of one character up to 30,000 long, BOMs followed by junk, mixed
encodings, empty files, binary junk, files of page furniture only.

A *document* is one whole .txt/.html/single-object .json file, one non-blank line of a JSON
Lines file, one CSV row, one JSON-array record, one feed item; archives hold the documents of
their members. The accounting (fuzzing.account) is:

* stored — an article has the document's `source_path` (`archive.zip/member` in a zip, the
  name without `.gz` in a gzip file) and, if the document has an id, its `document_id`;
  for an id-less document in a file of several, its marker (a token in its title and first
  sentence) is in the article's title or text; a file of one document needs no more;
* coded — an E-code names it: with a `line` field, its path and its line/record/item
  number; a code refusing a whole input (E002, E004, E005, E008, E009, E012, E013, E019-E022)
  naming its file, its archive or its member; another E-code naming just its path (E014,
  E026) accounts for one not-yet-accounted document of that path;
* W-codes (notices) account for nothing: a document read "anyway" must be stored.

Each document must be stored or coded, and `process` must not raise. A failure lists each
document's generator kind and seed: `fuzzing.make_file(kind, seed)` rebuilds its file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import fuzzing
import pytest
from communique.store import Store

SEED = 20240601
DOCS = 200              # documents for process(); about 0.2 s each with spaCy on this machine
CLI_DOCS = 40           # a second, smaller folder for one `communique run` in a subprocess
# The CLI folder leans on the kinds that raised in the reliability pass.
CLI_WEIGHTS = {"jsonl": 8, "bom_junk": 6, "json_object": 4, "html_nested": 3, "long_run": 3,
               "furniture": 3, "mutated": 4, "txt": 2}


def test_every_document_is_accounted_for(tmp_path: Path, nlp) -> None:
    root = tmp_path / "fuzz"
    expected = fuzzing.generate(root, DOCS, SEED)
    outcome = fuzzing.run_fuzz(root, expected, lambda name: Store(tmp_path / f"{name}.duckdb"),
                               nlp)
    report = fuzzing.summarise(expected, outcome)
    assert not outcome.crashes and not outcome.accounting.unaccounted, "\n" + report


@pytest.mark.slow  # runs the pipeline end to end
def test_cli_run_prints_no_traceback(tmp_path: Path) -> None:
    root = tmp_path / "fuzz"
    expected = fuzzing.generate(root, CLI_DOCS, SEED + 1, weights=CLI_WEIGHTS)
    proc = subprocess.run([sys.executable, "-m", "communique", "run", str(root), "--db",
                           str(tmp_path / "cli.duckdb"), "-q"],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    kinds = sorted({f"{d.kind} seed={d.seed}" for d in expected})
    assert "Traceback" not in proc.stderr, (
        f"exit {proc.returncode}; inputs: {', '.join(kinds)}\n{proc.stderr[-4000:]}")
    assert proc.returncode == 0, proc.stderr[-4000:]
