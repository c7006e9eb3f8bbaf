"""Where one story ends and the next begins in a file that holds several."""

from __future__ import annotations

from communique.clean import lines as L
from communique.clean.metadata import agency_prefix, dateline
from communique.clean.sections import is_lead

# Labels that may sit in a story's header block, between its headline and its lead.
HEADER_LABELS = {"date", "caption", "byline", "page furniture", "symbol", "site code",
                 "section heading"}


def split_articles(lines: list[L.Line], labels: list[str | None]) -> list[tuple[int, int]]:
    """[(first, last+1)] line ranges, one per story.

    A new story starts at the header block (headline, date, caption) before a lead, when the
    story so far has body prose and the new lead has a dateline or its header has a headline
    plus a caption or date stamp.
    """
    starts = [0]
    has_body = False
    story: set[str] = set()
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        key = _key(line.text)
        if has_body and key not in story and i > starts[-1] and _opens_block(lines, labels, i):
            starts.append(i)
            has_body = False
            story = set()
        elif has_body and is_lead(line) and key not in story:
            head = _header_start(lines, labels, i)
            block = range(head, i)
            headline = any(labels[k] is None and L.is_headline(lines[k]) for k in block)
            stamped = any(labels[k] in {"caption", "date"} for k in block)
            if head > starts[-1] and (dateline(line.text) or (headline and stamped)):
                starts.append(head)
                has_body = False
                story = set()
        story.add(key)
        if labels[i] is None and L.is_prose(line, min_words=8):
            has_body = True
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def _opens_block(lines: list[L.Line], labels: list[str | None], i: int) -> bool:
    """A headline that opens a new header block: after it come captions, a date stamp, a
    byline or a copy of the same headline (with short codes between), then a lead or a
    sentence. A subheading inside a story runs straight into its paragraph instead."""
    line = lines[i]
    if not L.is_headline(line) or L.is_prose(line, min_words=8) or dateline(line.text):
        return False
    key = _key(line.text)
    block = False
    j = i + 1
    while j < len(lines) and (labels[j] in HEADER_LABELS or
                              (labels[j] is None and _key(lines[j].text) == key)):
        block = block or labels[j] in {"caption", "date", "byline"} or labels[j] is None
        j += 1
    return block and j < len(lines) and labels[j] is None and (
        is_lead(lines[j]) or L.is_prose(lines[j], min_words=8))


def _key(text: str) -> str:
    """A line's text without its dateline or agency prefix, normalised."""
    found = dateline(text) or agency_prefix(text)
    return L.normalise(text[found[0]:] if found else text)


def _header_start(lines: list[L.Line], labels: list[str | None], lead: int) -> int:
    """The first line of the header block above `lead`."""
    k = lead
    seen_headline = False
    headline = ""
    while k > 0:
        prev = k - 1
        label = labels[prev]
        if label in HEADER_LABELS:
            k = prev
        elif label is None and L.is_headline(lines[prev]) and \
                not L.is_prose(lines[prev], min_words=8) and (
                    not seen_headline or _key(lines[prev].text) == headline):
            seen_headline = True  # the headline, or its first copy above a caption block
            headline = _key(lines[prev].text)
            k = prev
        elif label is None and seen_headline and L.is_heading(lines[prev]):
            k = prev  # a section label above the headline
            break
        else:
            break
    while k < lead and labels[k] in {"page furniture", "symbol", "site code",
                                     "section heading"}:
        k += 1  # trailing furniture of the previous story stays with it
    return k
