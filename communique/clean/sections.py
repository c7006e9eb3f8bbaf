"""Labelling lines: furniture, stamps, captions, credits, and teaser sections.

`label_lines` gives each line a label: None for content, else the reason it leaves the body.
"""

from __future__ import annotations

import itertools
from communique.clean import lines as L
from communique.clean.furniture import GALLERY_COUNTER, furniture
from communique.clean.metadata import copyright_owner, dateline

# A teaser section ends at prose this long: teaser blurbs are a sentence or two.
TEASER_BLURB_MAX_WORDS = 35
# Lines looked at after a possible section heading to see whether headlines follow.
LOOKAHEAD = 4


def label_line(line: L.Line) -> str | None:
    """The furniture label of one line on its own, or None."""
    if L.date_stamp(line):
        return "date"
    if L.is_symbol(line):
        return "symbol"
    if L.is_caption(line):
        return "caption"
    if not L.is_ui(line) and (label := furniture(line.text)) is not None:
        return label
    if dateline(line.text):
        return None
    if L.is_credit(line):
        return "byline"
    if copyright_owner(line.text) and len(line.words) <= 12:
        return "copyright"
    if L.is_ui(line):
        return "page furniture"
    if L.is_list_item(line):
        return "link list"
    if L.is_code(line):
        return "site code"
    return None


def is_lead(line: L.Line) -> bool:
    """The line that opens a story: a dateline, or a long sentence."""
    return dateline(line.text) is not None or L.is_prose(line, min_words=20)


def label_lines(lines: list[L.Line]) -> list[str | None]:
    labels = [label_line(line) for line in lines]
    label_link_runs(lines, labels)
    label_gallery_runs(lines, labels)
    for i in range(len(lines) - 1):  # the heading over a bulleted list ("Related Articles")
        if labels[i] is None and L.is_heading(lines[i]) and L.is_list_item(lines[i + 1]):
            labels[i] = "section heading"
    i = 0
    prose_seen = False
    while i < len(lines):
        if labels[i] in (None, "page furniture", "related articles heading") and \
                _opens_teasers(lines, labels, i, prose_seen):
            i = _mark_teasers(lines, labels, i)
        else:
            prose_seen = prose_seen or (labels[i] is None and is_lead(lines[i]))
            i += 1
    return labels


def _content_after(labels: list[str | None], i: int, n: int) -> list[int]:
    out = []
    for j in range(i + 1, len(labels)):
        if labels[j] is None:
            out.append(j)
            if len(out) == n:
                break
    return out


def _opens_teasers(lines: list[L.Line], labels: list[str | None], i: int,
                   prose_seen: bool) -> bool:
    """A short heading followed by a list of headlines ("Most Read", then teasers).

    Before any story prose, a heading is more likely a title over its lead, so a lead within
    reach vetoes the list; after prose, only a dateline or a paragraph longer than a teaser
    blurb does.
    """
    if not L.is_heading(lines[i]) or is_lead(lines[i]):
        return False
    following = _content_after(labels, i, LOOKAHEAD)
    if not following or not L.is_headline(lines[following[0]]):
        return False
    blurb_max = TEASER_BLURB_MAX_WORDS if prose_seen else 19
    headlines = 0
    for j in following:
        if dateline(lines[j].text) or L.is_prose(lines[j], min_words=blurb_max + 1):
            break
        headlines += L.is_headline(lines[j])
    return headlines >= 2


def _mark_teasers(lines: list[L.Line], labels: list[str | None], i: int) -> int:
    """Label the section from heading `i` on; return the index where content resumes."""
    labels[i] = "section heading"
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if labels[j] is None and _starts_story(lines, labels, j):
            return j
        if labels[j] is None and (dateline(line.text) or
                                  len(line.words) > TEASER_BLURB_MAX_WORDS):
            return _give_back_header(lines, labels, j)
        if labels[j] is None:
            labels[j] = "teaser"
        j += 1
    return j


def _starts_story(lines: list[L.Line], labels: list[str | None], j: int) -> bool:
    """A headline, then a byline or date stamp, then prose: a new story, not a teaser."""
    if not L.is_headline(lines[j]) or len(lines[j].words) < 4:
        return False
    k = j + 1
    stamped = False
    while k < len(lines) and labels[k] in {"byline", "date", "caption", "page furniture"}:
        stamped = stamped or labels[k] in {"byline", "date"}
        k += 1
    return stamped and k < len(lines) and labels[k] is None and L.is_prose(lines[k], 15)


def _give_back_header(lines: list[L.Line], labels: list[str | None], lead: int) -> int:
    """A new story's headline just above its lead (past its date, caption, byline and short
    chrome such as "3 min read") is no teaser."""
    for k in range(lead - 1, max(lead - 8, -1), -1):
        if labels[k] not in {"teaser", "date", "caption", "byline", "page furniture"}:
            break
        if labels[k] == "teaser" and L.is_headline(lines[k]) and len(lines[k].words) >= 4:
            labels[k] = None
            break
    return lead + 1


# A run of this many short lines (a tag cloud, a list of section links) is navigation.
LINK_RUN = 3


def label_link_runs(lines: list[L.Line], labels: list[str | None]) -> None:
    """"Related Topics / Iraq / Turkey / PKK": runs of one- to three-word lines without
    sentence punctuation, with the heading above them, are link lists."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and labels[j] in (None, "site code", "page furniture") and \
                len(lines[j].words) <= 3 \
                and not L.SENTENCE_END.search(lines[j].text) and not dateline(lines[j].text):
            j += 1
        if j - i >= LINK_RUN:
            for k in range(i, j):
                labels[k] = "link list"
        i = max(j, i + 1)


# A gallery caption is a sentence or two between two counters ("3 of 12").
GALLERY_CAPTION_MAX_WORDS = 45


def label_gallery_runs(lines: list[L.Line], labels: list[str | None]) -> None:
    """The short captions between two photo-gallery counters or controls belong to the
    gallery, not to the story."""
    marks = [i for i, label in enumerate(labels) if label == "photo gallery" or (
        label == "page furniture" and GALLERY_COUNTER.match(lines[i].text))]
    for i in marks:
        labels[i] = "photo gallery"
    for a, b in itertools.pairwise(marks):
        between = range(a + 1, b)
        if 0 < len(between) <= 2 and all(
                labels[k] in (None, "caption") and
                len(lines[k].words) <= GALLERY_CAPTION_MAX_WORDS for k in between):
            for k in between:
                labels[k] = "photo gallery"
