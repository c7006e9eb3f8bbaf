"""How far two coders agree on the real-news gold: a second, blind coding of some gold
articles (`tests/gold/dev_news_events_second_pass.jsonl`) scored against the gold as
`communique eval` scores the coder (same sentence, same root, source and target agreeing by
`communique.evaluate.news.actor_key`; one-to-one). The figures are the ceiling a coder can be
expected to reach on this gold.

Run: .venv/bin/python scripts/gold_agreement.py [SECOND_PASS] [GOLD]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from communique.evaluate.news import actor_key

GOLD = Path(__file__).parent.parent / "tests" / "gold"


def _agree(gold: str, other: str) -> bool:
    if gold in ("", "---") or other in ("", "---"):
        return gold == other
    return actor_key(gold) == actor_key(other) != ""


def _same(gold: dict[str, Any], other: dict[str, Any]) -> bool:
    (a, b), (c, d) = gold["sentence"], other["sentence"]
    return a < d and c < b and gold["root"] == other["root"] and \
        _agree(gold["source"], other["source"]) and _agree(gold["target"], other["target"])


def matched(gold: list[dict[str, Any]], other: list[dict[str, Any]]) -> int:
    """Size of a maximum one-to-one matching (augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for o, event in enumerate(other):
            if o not in seen and _same(gold[g], event):
                seen.add(o)
                if o not in owner or augment(owner[o], seen):
                    owner[o] = g
                    return True
        return False

    return sum(augment(g, set()) for g in range(len(gold)))


def main(second: Path, gold: Path) -> None:
    reference = {r["article"]: r for r in map(json.loads, gold.open(encoding="utf-8"))}
    totals = {h: [0, 0, 0] for h in ("A", "B")}
    for record in map(json.loads, second.open(encoding="utf-8")):
        events = reference[record["article"]]["events"]
        t = totals[record["half"]]
        t[0] += len(events)
        t[1] += len(record["events"])
        t[2] += matched(events, record["events"])
    print(f"{'half':<6}{'gold':>6}{'second':>8}{'matched':>9}{'precision':>11}{'recall':>8}")
    a, b = totals.values()
    for half, (g, s, m) in [*totals.items(), ("all", [x + y for x, y in zip(a, b, strict=True)])]:
        print(f"{half:<6}{g:>6}{s:>8}{m:>9}{m / max(s, 1):>11.3f}{m / max(g, 1):>8.3f}")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]) if args else GOLD / "dev_news_events_second_pass.jsonl",
         Path(args[1]) if len(args) > 1 else GOLD / "dev_news_events.jsonl")
