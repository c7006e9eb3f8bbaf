"""Where one story ends and the next begins in a file that holds several."""

from __future__ import annotations

import importlib.util
import re
import runpy
from functools import cache
from pathlib import Path

from communique.clean import lines as L
from communique.clean.metadata import agency_prefix, dateline
from communique.clean.sections import is_lead

# Labels that may sit in a story's header block, between its headline and its lead.
HEADER_LABELS = {"date", "caption", "byline", "page furniture", "symbol", "site code",
                 "section heading"}
# A lead that leans on what came before ("He said …", "But …", a quote) continues a story.
LEANING = frozenset({"he", "she", "they", "it", "its", "his", "her", "their", "this", "that",
                     "these", "those", "but", "and", "or", "so", "yet", "however", "meanwhile",
                     "still", "also", "then", "there"})
# A new story's headline and lead share less than this part of their words with the story
# before them; a subheading goes on with its story's subject.
TOPIC_SHIFT = 0.25
# A story is complete enough to end once it has this many body paragraphs.
COMPLETE_PARAGRAPHS = 2
WORD = re.compile(r"[A-Za-z]{3,}")


def split_articles(lines: list[L.Line], labels: list[str | None]) -> list[tuple[int, int]]:
    """[(first, last+1)] line ranges, one per story.

    A new story starts at the header block (headline, date, caption) before a lead, when the
    story so far has body prose and the new lead has a dateline or its header has a headline
    plus a caption or date stamp; or at a bare headline straight above a lead on another
    subject, after a complete story.
    """
    starts = [0]
    has_body = False
    paragraphs = 0
    story: set[str] = set()
    for i, line in enumerate(lines):
        if labels[i] is not None:
            continue
        key = _key(line.text)
        if has_body and key not in story and i > starts[-1] and (
                _opens_block(lines, labels, i) or
                (paragraphs >= COMPLETE_PARAGRAPHS and
                 _bare_headline(lines, labels, i, starts[-1]))):
            starts.append(i)
            has_body = False
            paragraphs = 0
            story = set()
        elif has_body and is_lead(line) and key not in story:
            head = _header_start(lines, labels, i)
            block = range(head, i)
            headline = any(labels[k] is None and L.is_headline(lines[k]) for k in block)
            stamped = any(labels[k] in {"caption", "date"} for k in block)
            if head > starts[-1] and (dateline(line.text) or (headline and stamped)):
                starts.append(head)
                has_body = False
                paragraphs = 0
                story = set()
        story.add(key)
        if labels[i] is None and L.is_prose(line, min_words=8):
            has_body = True
            paragraphs += 1
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


def _bare_headline(lines: list[L.Line], labels: list[str | None], i: int, start: int) -> bool:
    """A headline with its lead straight below it (no caption, stamp or byline between),
    after a story whose last paragraph ends a sentence: a short title-like line without
    final punctuation, then a dateline or a long sentence that does not lean on what came
    before; the headline shares a word with its lead, the two are on another subject and
    name other people and places than the story so far, and that story has no subheadings
    of its own."""
    line = lines[i]
    if not L.is_headline(line) or L.SENTENCE_END.search(line.text) or dateline(line.text) \
            or i + 1 >= len(lines) or labels[i + 1] is not None:
        return False
    before = [k for k in range(start, i) if labels[k] is None]
    lead = lines[i + 1]
    if not before or not L.SENTENCE_END.search(lines[before[-1]].text) or not is_lead(lead) \
            or _leans_back(lead.text) or _has_subheadings(lines, before):
        return False
    headline = _words(line.text)
    new = headline | _words(lead.text)
    old = set().union(*(_words(lines[k].text) for k in before))
    names = _names(line.text) | _names(lead.text)
    return bool(headline & _words(lead.text)) and len(new & old) < TOPIC_SHIFT * len(new) \
        and len(names & old) <= TOPIC_SHIFT * len(names)


def _names(text: str) -> set[str]:
    """Capitalised words past the first of each sentence, as _words keys: the people and
    places a paragraph names."""
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        out |= _words(" ".join(w for w in sentence.split()[1:] if w[:1].isupper()))
    return out


def _has_subheadings(lines: list[L.Line], body: list[int]) -> bool:
    """A story that already has a title-like line between its paragraphs is one that uses
    subheadings: its next one is another."""
    return any(L.is_headline(lines[k]) and not L.SENTENCE_END.search(lines[k].text)
               for k in body[1:])


def _leans_back(text: str) -> bool:
    first = text.split(maxsplit=1)[0]
    return first[0] in "\"“‘'" or first.lower().strip(",") in LEANING


def _words(text: str) -> set[str]:
    """Content words without a plural s, cut to five letters ("ports" meets "port",
    "blocked" meets "block")."""
    stop = _stop_words()
    return {w.lower().removesuffix("s")[:5] for w in WORD.findall(text)
            if w.lower() not in stop}


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their module alone: importing it through the
    `spacy` package would load all of spaCy into a process that only reads and cleans."""
    spec = importlib.util.find_spec("spacy")
    assert spec is not None and spec.origin is not None  # a dependency
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


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
