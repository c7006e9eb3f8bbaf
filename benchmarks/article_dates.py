"""Article dates on a news file: how many records that state a `published` date keep it
through ingest and cleaning, and what the cleaner dates the others to.

Run: .venv/bin/python benchmarks/article_dates.py [PATH]
(default ../shared/data/news/dev_news.jsonl)

The file is read at run time only; nothing of it is stored. A tool, not a test.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from communique.clean import clean_document
from communique.ingest import read_documents

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "dev_news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    path = parser.parse_args().path
    stated = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            stated[record["id"]] = record.get("published")
    kept, changed, others = 0, [], Counter()
    for raw in read_documents([path], report=lambda error: None):
        articles = clean_document(raw)
        want = stated.get(raw.document_id or "")
        got = {(a.published, a.date_precision) for a in articles}
        if want:
            if got == {(want[:10], "day")}:
                kept += 1
            else:
                changed.append((raw.document_id, want, sorted(got, key=str)))
        else:
            others.update(p for _, p in got)
    with_date = sum(1 for v in stated.values() if v)
    print(f"{path}: {len(stated)} records, {with_date} state a published date")
    print(f"kept by every article cleaned from them: {kept} of {with_date}")
    for key, want, got in changed:
        print(f"  changed: {key} states {want}, cleaned to {got}")
    print("records without one, dated by cleaning at precision: "
          + ", ".join(f"{p} {n}" for p, n in sorted(others.items())))


if __name__ == "__main__":
    main()
