"""MinHash signatures of article texts, for linking near-duplicates (the same wire story
re-published) against the store: communique/store/near_duplicates.py.

The signature is datasketch's MinHash (version 2, its default "affine32" scheme: SHA-1's first
four bytes of each shingle, MurmurHash3's 32-bit finaliser, then `a * h + b` modulo 2**32 with
64 seeded odd `a`), computed
here with NumPy alone: importing datasketch imports SciPy for its LSH tuning, some 45 MB and
half a second in every process that reads. Signatures stored by earlier versions are the
same values (tests/test_dedupe.py pins values datasketch 2.0.0 gives).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np

WORD = re.compile(r"\w+")
SHINGLE = 4
NUM_PERM = 64
SEED = 1
# Jaccard similarity of 4-word shingles above which two articles are one story; a wire story
# re-published with a changed sentence or two scores 0.6–0.9, two stories on one event < 0.3.
THRESHOLD = 0.5


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of each of the NUM_PERM hash functions, drawn as datasketch draws them."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser on uint32 values (multiplication wraps modulo 2**32)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(text: str) -> np.ndarray:
    """The NUM_PERM minimum hash values (uint32) of the text's 4-word shingles."""
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    hashes = np.array([int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little")
                       for s in shingles], dtype=np.uint32).reshape(-1, 1)
    a, b = _permutations()
    return (_fmix32(hashes) * a + b).min(axis=0)
