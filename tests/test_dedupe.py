"""MinHash signatures: the values datasketch 2.0.0's MinHash(num_perm=64, seed=1) gives for
the same 4-word shingles (the values stored databases already hold), computed without it."""

from __future__ import annotations

import numpy as np

from communique.clean.dedupe import NUM_PERM, signature
from communique.store.near_duplicates import BANDS, ROWS, _bands


def test_signature_is_datasketchs_minhash_of_the_four_word_shingles() -> None:
    text = "Rain fell on the northern hills for three days and the rivers rose over their banks."
    values = signature(text)
    assert values.dtype == np.uint32 and len(values) == NUM_PERM
    assert values[:8].tolist() == [31810033, 87992671, 617815213, 201742843, 421774146,
                                   569982654, 58506425, 1079500167]
    assert signature(text.upper() + "  ").tolist() == values.tolist()  # words, lower-cased


def test_a_text_shorter_than_a_shingle_is_one_shingle() -> None:
    assert signature("One")[:3].tolist() == [804269531, 2022255695, 2177394683]


def test_band_keys_cover_the_signature_in_rows_of_four() -> None:
    values = signature("Rain fell on the northern hills.").astype(np.uint64)
    assert (BANDS, ROWS) == (14, 4)
    keys = _bands(values)
    assert len(keys) == BANDS and len(set(keys)) == BANDS
    changed = values.copy()
    changed[-1] += np.uint64(1)  # beyond the 56 values the bands read
    assert _bands(changed) == keys
    changed[0] += np.uint64(1)
    assert _bands(changed)[1:] == keys[1:] and _bands(changed)[0] != keys[0]
