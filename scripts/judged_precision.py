"""Judged precision on real news: a CAMEO coder's verdicts on a random sample of the coder's
events on the dev articles outside the news gold (`tests/gold/dev_news_judged*.jsonl`, each 80
events a half drawn at random from the output at one commit; ids, offsets,
codes and verdicts, no text). This codes the same articles again and reports, per half, the
share of sampled events still produced as they were that the coder judged right (root;
root, source and target), and how many sampled events are gone or recoded since. Events the
coder adds since the sample was drawn are not judged: a change that removes wrong events
shows here, one that adds events needs a new sample.

Run: .venv/bin/python scripts/judged_precision.py [NEWS_JSONL]
(default: ../shared/data/news/dev_news.jsonl)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "tests" / "gold").glob("dev_news_judged*.jsonl"))
NEWS = ROOT.parent / "shared" / "data" / "news" / "dev_news.jsonl"


def _codes(mentions: list) -> list[str | None]:
    return [m.actor.code for m in mentions]


def main(news: Path = NEWS) -> None:
    from communique.evaluate.common import code_texts
    from communique.nlp import load_pipeline

    if not news.is_file():
        sys.exit(f"{news} is not there: the dev news may not be redistributed; pass its path")
    samples = {path.name: [json.loads(line) for line in path.read_text("utf-8").splitlines()]
               for path in SAMPLES}
    wanted = {v["article"] for verdicts in samples.values() for v in verdicts}
    articles = [r for line in news.read_text("utf-8").splitlines()
                if (r := json.loads(line))["id"] in wanted]
    coded = code_texts(((a["id"], a["text"], a.get("published")) for a in articles),
                  load_pipeline())
    produced = {(a["id"], tuple(e.span), e.trigger, e.cameo,
                 json.dumps(_codes(e.source)), json.dumps(_codes(e.target)))
                for a, events in zip(articles, coded, strict=True)
                for e in events if not e.negated}
    triggers = {key[:3] for key in produced}
    for name, verdicts in samples.items():
        print(name)
        _report(verdicts, produced, triggers)


def _report(verdicts: list[dict], produced: set[tuple], triggers: set[tuple]) -> None:
    for half in sorted({v["half"] for v in verdicts}):  # a sample may judge one half only
        counts: Counter[str] = Counter()
        for v in (v for v in verdicts if v["half"] == half):
            key = (v["article"], tuple(v["span"]), v["trigger"], v["cameo"],
                   json.dumps(v["source"]), json.dumps(v["target"]))
            if key in produced:
                counts["kept"] += 1
                counts["root right"] += v["root_right"]
                counts["all right"] += v["all_right"]
            elif key[:3] in triggers:
                counts["recoded"] += 1
            else:
                counts["gone"] += 1
                counts["gone, right"] += v["all_right"]
        kept = counts["kept"] or 1
        print(f"  half {half}: {counts['kept']} of the sample kept as judged: root right "
              f"{counts['root right'] / kept:.3f}, root+source+target right "
              f"{counts['all right'] / kept:.3f}; recoded {counts['recoded']}, gone "
              f"{counts['gone']} ({counts['gone, right']} of them right)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else NEWS)
