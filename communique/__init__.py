"""communique: event data from news — who did what to whom, when and where.

    >>> import communique
    >>> store = communique.Store("events.duckdb")
    >>> summary = communique.process(["news/"], store, communique.load_pipeline())
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.1.0"

# Public names and the modules that define them, imported on first use: spaCy and friends take
# seconds to import, and `communique --help` or the cleaning stage alone need none of them.
_EXPORTS = {
    "Actor": "communique.models", "Article": "communique.models", "Event": "communique.models",
    "Mention": "communique.models", "RawDocument": "communique.models",
    "Store": "communique.store", "load_pipeline": "communique.nlp",
    "process": "communique.pipeline", "read_documents": "communique.ingest",
}
__all__ = [*_EXPORTS, "__version__", "open"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def open(path: str = "communique.duckdb", read_only: bool = False) -> Any:
    """Open a communique database: `communique.open("events.duckdb").events()`.

    Args:
        path: the DuckDB file.
        read_only: open without writing (several readers may share the file).
    Returns:
        A Store; its queries return dicts, `to_pandas(sql)` and `to_arrow(sql)` frames.
    """
    from communique.store import Store

    return Store(path, read_only=read_only)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
