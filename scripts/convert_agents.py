"""Convert the Phoenix agents dictionary (MIT) into communique/data/actors/agents.tsv.

Run once: .venv/bin/python scripts/convert_agents.py [PATH/Phoenix.agents.txt]

Each output line is `phrase<TAB>sector`: a lower-case agent phrase ("foreign minister",
"troops") and the first CAMEO sector of its code (GOV, MIL, REB, …). Substitution sets
(!PERSON!, !MINIST!, and a last word spelled as a set's bare name: "DEFENCE_MINIST") are
expanded and regular plurals added, as PETRARCH does at load time.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "shared/data/dictionaries/Phoenix.agents.txt"
OUT = Path(__file__).resolve().parents[1] / "communique/data/actors/agents.tsv"
ENTRY = re.compile(r"^(?P<phrase>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")


# Where news usage differs from the dictionary: a spokesperson speaks for the body named with
# them (the government unless said otherwise), and a few common agents it lacks.
PROJECT = {
    "spokesman": "GOV", "spokeswoman": "GOV", "spokesperson": "GOV", "spokesmen": "GOV",
    "diplomats": "GOV", "top diplomat": "GOV", "envoy": "GOV", "envoys": "GOV",
    "ambassador": "GOV", "ambassadors": "GOV", "side": "GOV", "authorities": "GOV",
    "officials": "GOV", "official": "GOV", "leadership": "GOV", "cabinet": "GOV",
    "foreign ministry": "GOV", "defence ministry": "MIL", "defense ministry": "MIL",
    "warplanes": "MIL", "jets": "MIL", "drones": "MIL", "navy": "MIL", "air force": "MIL",
    "military": "MIL", "soldiers": "MIL", "forces": "MIL", "troops": "MIL",
    "security forces": "MIL", "border guards": "MIL", "coast guard": "MIL",
    "militants": "REB", "militias": "REB", "militia": "REB", "fighters": "REB",
    "insurgents": "INS", "protesters": "CVL", "demonstrators": "CVL",
    "lawmakers": "LEG", "legislators": "LEG", "mps": "LEG", "parliament": "LEG",
    "intelligence": "SPY", "spy agency": "SPY", "judiciary": "JUD", "prosecutors": "JUD",
    "opposition": "OPP",
    # "X's deputy", "the deputy of X", "deputies" of a parliament: in political news a
    # deputy is a principal's second in an office, not a sheriff's deputy (the dictionary's)
    "deputy": "GOV", "deputies": "GOV",
    "house democrats": "LEG", "house republicans": "LEG", "senate democrats": "LEG",
    "senate republicans": "LEG", "congressional democrats": "LEG",
    "congressional republicans": "LEG", "democrats": "PTY", "republicans": "PTY",
    # titles, departments, armed groups and police posts the dictionary lacks
    "amb.": "GOV", "brig.": "MIL", "cdr.": "MIL", "counterpart": "GOV", "counterparts": "GOV",
    "cpl.": "MIL", "department of energy": "GOV", "department of homeland security": "GOV",
    "department of state": "GOV", "department of the interior": "GOV",
    "department of the treasury": "GOV", "energy department": "GOV", "firm": "BUS",
    "firms": "BUS", "homeland security department": "GOV", "interior department": "GOV",
    "islamist armies": "REB", "islamist army": "REB", "islamist fighters": "REB",
    "islamist forces": "REB", "islamist militants": "REB", "islamist rebels": "REB",
    "jihadist armies": "UAF", "jihadist army": "UAF", "jihadist fighters": "UAF",
    "jihadist forces": "UAF", "jihadist militants": "UAF", "law firm": "BUS",
    "law firms": "BUS", "lobbying firm": "BUS", "lobbying firms": "BUS", "pfc.": "MIL",
    "police checkpoint": "COP", "police checkpoints": "COP", "police convoy": "COP",
    "police convoys": "COP", "police headquarters": "COP", "police patrol": "COP",
    "police patrols": "COP", "police station": "COP", "police stations": "COP", "pvt.": "MIL",
    "rep.": "LEG", "reps.": "LEG", "republican party": "PTY", "sen.": "LEG", "sens.": "LEG",
    "separatist fighters": "REB", "separatist forces": "REB", "sergeant": "MIL",
    "sergeants": "MIL", "sgt.": "MIL", "spc.": "MIL", "state department": "GOV",
    "treasury department": "GOV",
}


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _stem_as_set(phrase: str, sets: dict[str, list[str]]) -> str:
    """"DEFENCE_MINIST": a last word spelled as a substitution set's name without its marks
    stands for the set (the dictionary's stem for minister, ministers, ministry …)."""
    words = phrase.split("_")
    name = f"!{words[-1].strip()}!"
    return "_".join([*words[:-1], name]) if len(words) > 1 and name in sets else phrase


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    sets: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            sets[name.strip()] = [v.strip() for v in values.split(",")]
            continue
        m = ENTRY.match(line)
        if not m:
            continue
        phrases = [_stem_as_set(m.group("phrase").strip(), sets)]
        for name, values in sets.items():
            phrases = [p.replace(name, v, 1) for p in phrases for v in
                       (values if name in p else [None])] if any(name in p for p in phrases) \
                else phrases
        sector = m.group("code")[:3]
        for phrase in phrases:
            text = re.sub(r"\s+", " ", phrase.replace("_", " ").replace("!", "")).strip().lower()
            if not text or not re.fullmatch(r"[a-z][a-z .'-]*", text):
                continue
            rows.setdefault(text, sector)
            words = text.split()
            if m.group("plural") is None and not re.search(r" (?:of|for|in|and) ", text) \
                    and not words[-1].endswith("s"):
                rows.setdefault(" ".join([*words[:-1], plural(words[-1])]), sector)
            elif m.group("plural"):
                rows.setdefault(m.group("plural").replace("_", " ").strip().lower(), sector)
    rows.update(PROJECT)
    header = ("# Agent phrases → CAMEO sector, converted from the Phoenix agents dictionary\n"
              "# (Open Event Data Alliance, MIT licence: see LICENSE-phoenix.txt) by\n"
              "# scripts/convert_agents.py. Lines added by hand are marked '# project'.\n")
    OUT.write_text(header + "".join(f"{p}\t{s}" + ("\t# project" if p in PROJECT else "") + "\n"
                                    for p, s in sorted(rows.items())),
                   encoding="utf-8")
    print(f"{len(rows)} agent phrases → {OUT}")


if __name__ == "__main__":
    main()
