"""MinHash signatures of article texts (datasketch), for linking near-duplicates (the same wire
story re-published) against the store: communique/store/near_duplicates.py."""

from __future__ import annotations

import re

from datasketch import MinHash


WORD = re.compile(r"\w+")
SHINGLE = 4
NUM_PERM = 64
# Jaccard similarity of 4-word shingles above which two articles are one story; a wire story
# re-published with a changed sentence or two scores 0.6–0.9, two stories on one event < 0.3.
THRESHOLD = 0.5


def signature(text: str) -> MinHash:
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash
