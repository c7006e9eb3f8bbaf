"""Matching transliterated names: Qasem/Qassem Soleimani/Suleimani, Haniyeh/Haniya.

Names are compared on a consonant skeleton (vowels, doubled letters and common
transliteration pairs folded: q/k, w/v, ou/u, a final h), then rapidfuzz compares the given
names of people who share a surname skeleton. The threshold is measured by
benchmarks/name_matching.py on variant pairs and on different people with close names.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from communique.kb import name_key

FOLDS = (("ph", "f"), ("kh", "k"), ("gh", "k"), ("q", "k"), ("c", "k"), ("w", "v"),
         ("dj", "j"), ("zh", "j"), ("ts", "s"), ("x", "ks"), ("y", ""))
GIVEN_NAME_THRESHOLD = 72


def skeleton(word: str) -> str:
    """'Soleimani' → 'slmn', 'Haniyeh' → 'hn', 'Qassem' → 'ksm'."""
    word = re.sub(r"h$", "", word.lower())
    for a, b in FOLDS:
        word = word.replace(a, b)
    word = re.sub(r"[aeiou]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def name_skeleton(name: str) -> str:
    """The skeleton of each word; hyphenated parts join ("Ahmadi-Nejad" = "Ahmadinejad")."""
    name = re.sub(r"\b(?:al|el|Al|El)-", "", name).replace("-", "")
    return " ".join(skeleton(w) for w in name_key(name).split() if w not in {"bin", "ibn"})


def same_person(a: str, b: str, threshold: float = GIVEN_NAME_THRESHOLD) -> bool:
    """Whether two spellings name one person: one surname skeleton, close given names."""
    sa, sb = name_skeleton(a).split(), name_skeleton(b).split()
    if not sa or not sb or sa[-1] != sb[-1]:
        return False
    if sa == sb:
        return True
    if len(sa) == 1 or len(sb) == 1:
        return False
    if sa[0] == sb[0]:
        return True  # one given name and surname: "Omar El Bashir", "Omar Hassan al-Bashir"
    return fuzz.ratio(" ".join(sa[:-1]), " ".join(sb[:-1])) >= threshold
