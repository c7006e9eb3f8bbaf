"""A first cleaner: title from the first line, body from the rest, with raw offsets."""

from __future__ import annotations

from communique.ids import content_id
from communique.models import Article, RawDocument


def clean_document(raw: RawDocument) -> list[Article]:
    lines = []
    pos = 0
    for line in raw.text.split("\n"):
        if line.strip():
            lines.append((pos, line.strip()))
        pos += len(line) + 1
    if not lines:
        return []
    title = raw.meta.get("title")
    body_lines = lines
    if not title and len(lines) > 1:
        title = lines[0][1]
        body_lines = lines[1:]
    text_parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    cursor = 0
    for start, line in body_lines:
        segments.append((cursor, raw.text.index(line, start), len(line)))
        text_parts.append(line)
        cursor += len(line) + 2
    text = "\n\n".join(text_parts)
    return [Article(id=content_id(title, text), document_id=raw.document_id,
                    source_path=raw.source_path, part=1, title=title, text=text,
                    published=raw.meta.get("published"),
                    date_precision="day" if raw.meta.get("published") else "none",
                    outlet=raw.meta.get("source"), url=raw.meta.get("url"), segments=segments)]
