"""Cleaning: one raw document becomes zero or more Articles (title, body, metadata).

Every kept body character maps back to its raw offset; everything dropped is recorded.
"""

from __future__ import annotations

from communique.clean.article import clean_document

__all__ = ["clean_document"]
