"""Near-duplicate articles (the same wire story re-published) with MinHash LSH (datasketch)."""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

from communique.models import Article

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


class NearDuplicates:
    """Links each article to the first earlier one that tells the same story."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.threshold = threshold
        self.signatures: dict[str, MinHash] = {}

    def link(self, article: Article) -> str | None:
        """Set and return `article.duplicate_of` (None for a first telling)."""
        if article.id in self.signatures:
            return article.duplicate_of
        sig = signature(article.text)
        matches = [m for m in self.lsh.query(sig) if m != article.id and
                   self.signatures[m].jaccard(sig) >= self.threshold]
        if matches:
            article.duplicate_of = min(matches, key=list(self.signatures).index)
        self.lsh.insert(article.id, sig)
        self.signatures[article.id] = sig
        return article.duplicate_of
