"""Cleaning: one raw document becomes zero or more Articles (title, body, metadata).

Every kept body character maps back to its raw offset; everything dropped is recorded.

Change here: line labels (lines.py; page furniture is listed in furniture.txt), story splits
(split.py, sections.py), titles, datelines and bylines (metadata.py), publication dates
(dates.py), language and near-duplicates.
"""

from __future__ import annotations

from communique.clean.article import clean_document

__all__ = ["clean_document"]
