"""HTML pages: main-content extraction with trafilatura, metadata with its own extractor."""

from __future__ import annotations

import lxml.html
import trafilatura

from communique.models import RawDocument


def html_text(html: str) -> str:
    """The main text of an HTML page or fragment, paragraphs separated by blank lines."""
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True, deduplicate=False)
    if text:
        return text.replace("\n", "\n\n")
    return _all_text(html)


def _all_text(html: str) -> str:
    """Fallback for fragments and broken pages trafilatura rejects: every text node."""
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return html
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks = (b.text_content().strip() for b in root.iter("p", "h1", "h2", "h3", "li", "div"))
    lines = [b for b in blocks if b]
    return "\n\n".join(dict.fromkeys(lines)) if lines else root.text_content()


def html_document(html: str, path: str) -> RawDocument:
    """A RawDocument with the page's title, date and URL where the page gives them."""
    meta: dict[str, str] = {}
    try:
        found = trafilatura.extract_metadata(html)
    except (ValueError, TypeError, AttributeError):
        found = None
    if found is not None:
        for name, value in (("title", found.title), ("published", found.date),
                            ("url", found.url), ("source", found.sitename),
                            ("author", found.author)):
            if value:
                meta[name] = value
    body = html_text(html)
    if meta.get("title") and not body.startswith(meta["title"]):
        body = meta["title"] + "\n\n" + body
    return RawDocument(text=body, source_path=path, meta=meta)
