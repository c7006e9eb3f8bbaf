"""Benchmark corpora of ~900-word news articles: the dev news articles from
../shared/data/news/dev_news.jsonl when that folder is beside the repository (read at
benchmark time, never shipped), repeated with new ids up to the number asked; else articles
generated from template sentences (not real news, but of the same length)."""

from __future__ import annotations

import json
import random
from pathlib import Path

DEV_NEWS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "news" / \
    "dev_news.jsonl"

ACTORS = ["The army of Chad", "Turkey", "Greece", "Iran", "Israel", "Egypt", "Police in Kenya",
          "Russia", "The European Union", "Japan", "India", "Protesters in Lima", "Iraq",
          "The government of Sudan", "Rebels in Mali", "Germany", "France", "Brazil"]
TARGETS = ["rebels near the border", "Greece", "Israel", "Sudan", "opposition leaders",
           "the United States", "China", "Syria", "Jordan", "Somalia", "Ukraine", "Libya"]
VERBS = ["attacked", "signed a trade agreement with", "accused", "sent food aid to",
         "condemned", "agreed to hold talks with", "arrested", "threatened", "met",
         "praised", "demanded an apology from", "imposed sanctions on"]
TAILS = ["on Monday, officials said.", "after two days of talks in the capital.",
         "in a statement on Tuesday.", "according to the foreign ministry.",
         "late on Friday, witnesses told reporters.", "for the second time this year."]
FILLER = ["The talks are expected to resume next month, diplomats said.",
          "Markets in the region were calm and trading was light.",
          "A spokesman declined to comment on the reports.",
          "Thousands of people gathered in the main square in the afternoon."]


def generate(n: int, paragraphs: tuple[int, int] = (3, 6), seed: int = 7) -> list[dict]:
    """`n` articles of template sentences, each of `paragraphs` (low, high) paragraphs of
    about 20 words."""
    rng = random.Random(seed)
    records = []
    for i in range(n):
        body = []
        for _ in range(rng.randint(*paragraphs)):
            sentence = f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TARGETS)} " \
                       f"{rng.choice(TAILS)}"
            body.append(f"{sentence} {rng.choice(FILLER)}")
        records.append({"id": f"gen-{i}", "title": f"Report {i}", "published": "2024-05-10",
                        "text": "\n\n".join(body)})
    return records


def news(n: int, path: Path = DEV_NEWS) -> tuple[list[dict], str]:
    """`n` articles of about 900 words and where they came from."""
    if path.exists():
        source = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
        records = [{**source[i % len(source)], "id": f"copy{i // len(source)}-"
                    f"{source[i % len(source)].get('id', i)}"} for i in range(n)]
        return records, f"{path.name} (repeated with new ids)"
    return generate(n, paragraphs=(40, 50)), "generated (dev_news.jsonl not found)"


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
