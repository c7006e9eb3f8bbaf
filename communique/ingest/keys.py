"""Document keys: each input document's name in the store, unique and stable.

A re-run of the same input gives the same keys (nothing is added); a document whose key is
known but whose content changed replaces its old rows.

- a record or feed item with its own id: `path#id` — an edited record replaces its rows;
- one without: `path#@line:12:<hash>` (`record:3` in a JSON array, `item:2` in a feed) — its
  position and a hash of its content, so no two records share a key;
- a whole file (text, HTML, one JSON object without id): `path#` — an edited file replaces
  its rows;
- stdin without ids: `<stdin>#@sha:<hash>` — keyed by content, so two different runs both stay.
"""

from __future__ import annotations

import json
from typing import Any

from communique.ids import content_id

STDIN = "<stdin>"


def content_hash(text: str, meta: dict[str, Any]) -> str:
    """A hash of a document's text and the fields that came with it."""
    return content_id(text, json.dumps(meta, sort_keys=True, default=str))


def record_key(path: str, document_id: str | None, where: str, text: str,
               meta: dict[str, Any]) -> str:
    """The key of one record of a file; `where` is its line ("12"), "record 3" or "item 2"."""
    if document_id:
        return f"{path}#{document_id}"
    position = f"line:{where}" if where.isdigit() else where.replace(" ", ":")
    return f"{path}#@{position}:{content_hash(text, meta)}"


def whole_key(path: str, document_id: str | None, text: str, meta: dict[str, Any]) -> str:
    """The key of a document that is a whole input (a file, or stdin)."""
    if document_id:
        return f"{path}#{document_id}"
    if path.startswith(STDIN):
        return f"{path}#@sha:{content_hash(text, meta)}"
    return f"{path}#"
