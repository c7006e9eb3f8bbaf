"""RSS 2.0 and Atom feeds with feedparser: each item becomes a document."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import feedparser

from communique.errors import InputError
from communique.ingest.html import html_text
from communique.ingest.keys import record_key
from communique.ingest.published import check_published
from communique.models import RawDocument


def feed_documents(text: str, path: str,
                   report: Callable[[InputError], None]) -> Iterator[RawDocument]:
    parsed = feedparser.parse(text)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception") or "no items")
        raise InputError("E013", path=path, kind="RSS/Atom feed", detail=detail)
    outlet = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        body = _entry_body(entry)
        if not body.strip():
            report(InputError("E007", path=path, line=f"item {number}"))
            continue
        meta = {"title": entry.get("title"), "url": entry.get("link"), "source": outlet,
                "published": _entry_date(entry)}
        meta = {k: v for k, v in meta.items() if v}
        check_published(meta, path, f" item {number}", report)
        document_id = entry.get("id") or entry.get("link")
        yield RawDocument(text=body, source_path=path, document_id=document_id, meta=meta,
                          key=record_key(path, document_id, f"item {number}", body, meta))


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    html = ""
    if entry.get("content"):
        html = entry.content[0].get("value", "")
    html = html or entry.get("summary", "") or entry.get("description", "")
    if "<" not in html:
        return html
    return html_text(f"<html><body>{html}</body></html>")


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None
