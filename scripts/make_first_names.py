"""Write communique/data/actors/first_names.tsv: first names whose gender the name data is
sure of, for pronoun resolution ("Angela Merkel ... he" cannot be her).

Source: the PyPI package nomquamgender 0.1.4 (MIT, Ian Van Buskirk; its `name_data.json`: for
each name, the number of sources, the number of people counted and the share of them women).
A name is kept when it is plain lowercase letters (or a hyphen), counts at least 500 people and
is at least 98 % one gender; East Asian family names that open a name ("Kim", "Moon", "Xi") are
mixed and left out by that bar.

Run: pip download --no-deps nomquamgender==0.1.4 && unzip the wheel, then
    python scripts/make_first_names.py path/to/nomquamgender/name_data.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).parent.parent / "communique" / "data" / "actors" / "first_names.tsv"
MIN_PEOPLE = 500
SURE = 0.98
NAME = re.compile(r"[a-z][a-z\-]{1,20}")


def main(source: Path) -> None:
    data = json.loads(source.read_text(encoding="utf-8"))
    rows = []
    for name, (_, people, women, *_) in data.items():
        if NAME.fullmatch(name) and people >= MIN_PEOPLE and max(women, 1 - women) >= SURE:
            rows.append(f"{name}\t{'female' if women >= SURE else 'male'}\n")
    OUT.write_text("".join(sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
