"""The accuracy gate: the coder's scores on the dev sets, per half, against the floors in
tests/eval_baseline.json (pinned just under the levels reached). A change that makes coding
worse fails here; a change that makes it better should raise the floors it passes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"  # as tests/conftest.py's SHARED
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
DEV_SETS = {  # name in the baseline → (gold file, texts file for the news gold)
    "plover_dev": (SHARED / "eval" / "plover_gsr_dev.jsonl", None),
    "plv_train": (SHARED / "eval" / "plv_train.tsv", None),
    "pentaclass": (SHARED / "eval" / "conflibert_cameo_class_train.tsv", None),
    "news_gold": (ROOT / "tests" / "gold" / "dev_news_events.jsonl",
                  SHARED / "news" / "dev_news.jsonl"),
    # Our own made-up sentences, a few per CAMEO code in its plain forms (in the repo).
    "codebook": (ROOT / "tests" / "gold" / "codebook_sentences.tsv", None),
}


def test_eval_gate_covers_every_dev_set():
    assert set(BASELINE) == set(DEV_SETS)
    for halves in BASELINE.values():
        assert set(halves) == {"A", "B", "all"}


@pytest.mark.parametrize("name", sorted(DEV_SETS))
def test_eval_gate_scores_stay_above_their_floors(name, nlp):
    from communique.evaluate import evaluate

    gold, texts = DEV_SETS[name]
    for needed in (gold, texts):
        if needed is not None and not needed.exists():
            pytest.skip(f"{needed} is evaluation data kept outside the repo (../shared)")
    scores = evaluate(gold, nlp, texts=texts)
    for half, table in scores.items():
        print(name, half, ", ".join(f"{k} {v:.3f}" for k, v in table.items()))
    below = [f"{half} {figure}: {scores[half][figure]:.4f} < floor {floor}"
             for half, floors in BASELINE[name].items() for figure, floor in floors.items()
             if scores[half][figure] < floor]
    assert not below, f"{name} fell below tests/eval_baseline.json: " + "; ".join(below)
