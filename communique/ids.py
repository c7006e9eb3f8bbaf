"""Content-hash ids: the same content always gets the same id, so re-runs add nothing."""

from __future__ import annotations

import hashlib


def content_id(*parts: object, length: int = 16) -> str:
    """A stable hex id from `parts` (joined with a separator no part contains)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=16)
    return digest.hexdigest()[:length]
