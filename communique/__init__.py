"""communique: event data from news — who did what to whom, when and where.

    >>> import communique
    >>> store = communique.Store("events.duckdb")
    >>> summary = communique.process(["news/"], store, communique.load_pipeline())
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

from communique.ingest import read_documents  # noqa: E402
from communique.models import Actor, Article, Event, Mention, RawDocument  # noqa: E402
from communique.nlp import load_pipeline  # noqa: E402
from communique.pipeline import process  # noqa: E402
from communique.store import Store  # noqa: E402

__all__ = ["Actor", "Article", "Event", "Mention", "RawDocument", "Store", "__version__",
           "load_pipeline", "process", "read_documents"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
