"""Near-duplicate linking against everything stored: an article gets `duplicate_of`, the
earliest stored article (or earlier one in its batch) that tells the same story.

The same MinHash signatures as `communique.clean.dedupe` (4-word shingles, Jaccard ≥ 0.5),
kept in the database instead of memory: `minhash` holds each article's signature and the
order it was first stored in, `minhash_bands` its LSH band keys. Memory does not grow with
the corpus, and the link does not depend on which run, batch or worker an article came in.
Rows stay when their article is replaced, so an article stored again keeps its place in the
order; candidates are only articles still stored.
"""

from __future__ import annotations

import hashlib

import duckdb
import numpy as np
import pyarrow as pa

from communique.clean.dedupe import THRESHOLD, signature
from communique.models import Article
from communique.store.writing import insert

# Hash values are unsigned 64-bit: Arrow must not guess them as signed.
ARROW_TYPES = {"signature": pa.list_(pa.uint64()), "bucket": pa.uint64(), "seq": pa.int64(),
               "band": pa.int32()}

# The LSH banding for THRESHOLD 0.5 and NUM_PERM 64: 14 bands of 4 rows, the banding
# datasketch's MinHashLSH picks (equal weights on false positives and false negatives).
BANDS, ROWS = 14, 4


def _bands(values: np.ndarray) -> list[int]:
    return [int.from_bytes(hashlib.blake2b(values[b * ROWS:(b + 1) * ROWS].tobytes(),
                                           digest_size=8).digest(), "little")
            for b in range(BANDS)]


def link(db: duckdb.DuckDBPyConnection, articles: list[Article]) -> None:
    """Set `duplicate_of` of the articles that have none yet, in order, and record their
    signatures. Runs inside the caller's transaction."""
    if not articles:
        return
    values = {a.id: signature(a.text).astype(np.uint64)
              for a in articles}
    bands = {i: _bands(v) for i, v in values.items()}
    keys = sorted({(n, k) for ks in bands.values() for n, k in enumerate(ks)})
    db.execute("CREATE OR REPLACE TEMP TABLE wanted AS SELECT unnest(?) AS band, "
               "unnest(?)::UBIGINT AS bucket", [[n for n, _ in keys], [k for _, k in keys]])
    stored = db.execute("""
        SELECT DISTINCT h.article_id, h.seq, h.signature, b.band, b.bucket
        FROM minhash_bands b JOIN wanted w ON w.band = b.band AND w.bucket = b.bucket
        JOIN minhash h ON h.article_id = b.article_id
        JOIN articles a ON a.id = h.article_id""").fetchall()
    db.execute("DROP TABLE wanted")
    seqs = dict(db.execute("SELECT article_id, seq FROM minhash WHERE article_id IN "
                           "(SELECT unnest(?))", [list(values)]).fetchall())
    following = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM minhash").fetchall()[0][0]
    by_key: dict[tuple[int, int], dict[str, tuple[int, np.ndarray]]] = {}
    for article_id, seq, sig, band, bucket in stored:
        by_key.setdefault((band, bucket), {})[article_id] = (
            seq, np.asarray(sig, dtype=np.uint64))
    new_rows, band_rows = [], []
    for article in articles:
        if article.id not in seqs:
            seqs[article.id] = following
            following += 1
            new_rows.append((article.id, seqs[article.id], values[article.id].tolist()))
            band_rows += [(n, k, article.id) for n, k in enumerate(bands[article.id])]
        own, sig = seqs[article.id], values[article.id]
        if article.duplicate_of is None:
            candidates = {}
            for key in enumerate(bands[article.id]):
                candidates.update(by_key.get(key, {}))
            matches = [(seq, cid) for cid, (seq, other) in candidates.items()
                       if seq < own and cid != article.id
                       and np.mean(other == sig) >= THRESHOLD]
            article.duplicate_of = min(matches)[1] if matches else None
        for key in enumerate(bands[article.id]):  # later articles of this batch see it
            by_key.setdefault(key, {})[article.id] = (own, sig)
    if new_rows:
        insert(db, "minhash", new_rows, types=ARROW_TYPES)
        insert(db, "minhash_bands", band_rows, "INSERT", types=ARROW_TYPES)
