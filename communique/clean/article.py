"""Cleaning: one raw document becomes zero or more Articles.

Lines are labelled (sections.py), the file is split into stories (split.py), and each story's
header gives its title and metadata while its body keeps a map back to the raw offsets.

Body lines are bounded for the tokenizer, whose time grows with the square of a chunk without
whitespace: a run of one character repeated more than 20 times (`lines.MAX_REPEAT`) is cut to
20, and a chunk without whitespace longer than 200 characters (`lines.MAX_CHUNK`; a wall of
emoji, a base64 blob) is cut to its first 200, unless it is a paragraph in a script written
without spaces. What is cut goes to `dropped` with its reason and raw offset, and the kept
pieces keep their map back to the raw text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from communique.clean import dates as D
from communique.clean import lines as L
from communique.clean.language import detect_language
from communique.clean.metadata import (agency_prefix, byline_names, clean_title,
                                       copyright_owner, dateline, is_navigation)
from communique.clean.sections import is_lead, label_lines
from communique.clean.split import split_articles
from communique.ids import content_id
from communique.kb.terms import office_spans
from communique.models import Article, Dropped, RawDocument



# Date clues from named office holders ("President Barack Obama" → 2009-01-20–2017-01-20):
# functions text → [(first, last)], as dates or as years.
TERM_CLUES = [office_spans]


# A photo from the archive: its date is not the story's.
FILE_PHOTO = re.compile(r"\b(?:file|archive|archives)\b", re.I)
# What a caption's copies may differ in: a "Photo:" label, a trailing credit.
CAPTION_FRAME = re.compile(r"^(?:file photo|photo|picture|caption)\s*[:\-–]\s*|"
                           r"\s*(?:\([^)]*\)|(?:photo|picture)\s+by\s+.*)$", re.I)


@dataclass(slots=True)
class _Draft:
    """What one story collects while its lines are read."""

    title: str | None = None
    # Body lines: (text, [(offset in the line, raw offset, length)] of the pieces kept).
    body: list[tuple[str, list[tuple[int, int, int]]]] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)
    stamps: list[D.FoundDate] = field(default_factory=list)
    caption_dates: list[D.FoundDate] = field(default_factory=list)
    dateline: dict[str, str | None] | None = None
    agency: str | None = None
    outlet: str | None = None
    date_note: str | None = None
    seen: set[str] = field(default_factory=set)

    def drop(self, line: L.Line, reason: str) -> None:
        self.dropped.append(Dropped(line.text, reason, line.start))


def clean_document(raw: RawDocument, today: dt.date | None = None) -> list[Article]:
    """The articles in one raw document, cleaned, with their metadata.

    Args:
        raw: text and what its input said about it.
        today: the latest date a publication date may have (default: today).
    Returns:
        A list of Articles, in the order they appear; empty if nothing was left.
    """
    lines = L.split_lines(raw.text)
    labels = label_lines(lines)
    articles: list[Article] = []
    for first, last in split_articles(lines, labels):
        draft = _read_story(lines[first:last], labels[first:last], raw)
        if draft.body:
            articles.append(_finish(draft, raw, len(articles) + 1, today))
    return articles


def _read_story(lines: list[L.Line], labels: list[str | None], raw: RawDocument) -> _Draft:
    draft = _Draft(title=raw.meta.get("title"), outlet=raw.meta.get("source"),
                   byline=byline_names(raw.meta["author"].replace(";", ",")) if
                   raw.meta.get("author") else [])
    if draft.title:
        draft.seen.add(L.normalise(draft.title))
    lead = _find_lead(lines, labels)
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label is not None:
            _take_labelled(draft, line, label)
        elif lead is None or i < lead:
            _take_header(draft, line)
        else:
            _take_body(draft, line)
    return draft


def _find_lead(lines: list[L.Line], labels: list[str | None]) -> int | None:
    """The line where the body begins: the first lead, else the first sentence-like line
    (short items have no 20-word lead), else the line after the first."""
    content = [i for i, label in enumerate(labels) if label is None]
    for test in (is_lead, lambda line: not L.is_headline(line)):
        found = next((i for i in content if test(lines[i])), None)
        if found is not None:
            return found
    return content[1] if len(content) > 1 else None


def _take_labelled(draft: _Draft, line: L.Line, label: str) -> None:
    if label == "caption":
        key = L.normalise(CAPTION_FRAME.sub("", line.text))
        if key in draft.seen:
            label = "repeated caption"
        else:
            draft.seen.add(key)
            draft.captions.append(line.text)
            # A caption's day-precise date may date the story; "in May 2023" dates the photo,
            # and a file photo was taken on another day.
            if not FILE_PHOTO.search(line.text):
                draft.caption_dates += [d for d in D.find_dates(line.text) if d.year and d.day]
    elif label == "byline":
        draft.byline += [n for n in byline_names(line.text) if n not in draft.byline]
        draft.caption_dates += [d for d in D.find_dates(line.text) if d.year and d.day]
    elif label == "date":
        draft.stamps += D.find_dates(line.text)[:1]
    elif label == "copyright":
        draft.outlet = draft.outlet or copyright_owner(line.text)
    draft.drop(line, label)


def _take_header(draft: _Draft, line: L.Line) -> None:
    key = L.normalise(line.text)
    if key in draft.seen:
        draft.drop(line, "repeated")
    elif draft.title is None and L.is_headline(line) and not is_navigation(line.text):
        draft.title, crumb, site = clean_title(line.text)
        draft.outlet = draft.outlet or site
        draft.seen.add(L.normalise(draft.title))
        draft.drop(line, "title" if not crumb else f"title (breadcrumb {crumb!r} removed)")
    elif draft.title is None:
        draft.drop(line, "section label")
    else:
        draft.drop(line, "standfirst")


def _take_body(draft: _Draft, line: L.Line) -> None:
    text, start = line.text, line.start
    found = dateline(text)
    if found:
        cut, info = found
        draft.dateline = draft.dateline or info
        draft.agency = draft.agency or info["agency"]
        text, start = text[cut:], start + cut
    elif (prefix := agency_prefix(text)) is not None:
        cut, agency = prefix
        draft.agency = draft.agency or agency
        text, start = text[cut:], start + cut
    key = L.normalise(text)
    if key in draft.seen:
        draft.drop(line, "repeated")
        return
    draft.seen.add(key)
    if text.strip():
        draft.body.append(_cut_long_runs(draft, text, start))


def _cut_long_runs(draft: _Draft, text: str, start: int
                   ) -> tuple[str, list[tuple[int, int, int]]]:
    """The line without its over-long runs (see lines.long_runs), and the kept pieces; each
    cut goes to `dropped`."""
    pieces: list[tuple[int, int, int]] = []
    kept: list[str] = []
    pos = size = 0
    for cut_start, cut_end, reason in [*L.long_runs(text), (len(text), len(text), "")]:
        if cut_start > pos:
            pieces.append((size, start + pos, cut_start - pos))
            kept.append(text[pos:cut_start])
            size += cut_start - pos
        if reason:
            draft.dropped.append(Dropped(text[cut_start:cut_end], reason, start + cut_start))
        pos = cut_end
    return "".join(kept), pieces


def _finish(draft: _Draft, raw: RawDocument, part: int, today: dt.date | None) -> Article:
    text = "\n\n".join(t for t, _ in draft.body)
    segments, cursor = [], 0
    for body_text, pieces in draft.body:
        segments += [(cursor + offset, raw, length) for offset, raw, length in pieces]
        cursor += len(body_text) + 2
    published, precision = _publication_date(draft, raw, text, today)
    place = draft.dateline["place"] if draft.dateline else None
    return Article(
        id=content_id(draft.title, text), document_id=raw.document_id,
        source_path=raw.source_path, part=part, title=draft.title, text=text,
        published=published, date_precision=precision, dateline=place,
        agency=draft.agency, byline=draft.byline, outlet=draft.outlet,
        url=raw.meta.get("url"), language=detect_language(text), captions=draft.captions,
        date_note=draft.date_note, dropped=draft.dropped, segments=segments,
        raw_hash=content_id(raw.text, raw.meta), document_key=raw.key)


def _publication_date(draft: _Draft, raw: RawDocument, text: str,
                      today: dt.date | None) -> tuple[str | None, str]:
    """The input's own date, else a date stamp, the dateline's date or a caption's, else
    a year inferred from the text's clues (see dates.infer_date)."""
    if raw.meta.get("published"):
        iso, precision = D.parse_field(str(raw.meta["published"]))
        if iso:
            return iso, precision
    partial = None
    candidates = list(draft.stamps)
    if draft.dateline and (stamp := draft.dateline.get("date")):
        candidates[:0] = D.find_dates(stamp)
    candidates += draft.caption_dates
    for found in candidates:
        if found.year:
            return found.iso(), found.precision
        partial = partial or found
    lead = text[:400]
    weekday = partial.weekday if partial and partial.weekday is not None else \
        D.first_weekday(lead)
    terms = [_as_dates(term) for clue in TERM_CLUES for term in clue(text)]
    clues = D.date_clues(text, terms, weekday, today or dt.date.today())
    if partial is None and clues.lo == dt.date(1980, 1, 1) and not clues.bounded:
        return None, "none"
    iso, precision, draft.date_note = D.infer_from_clues(partial, clues)
    return iso, precision


def _as_dates(term: tuple) -> tuple[dt.date, dt.date]:
    start, end = term
    return (start if isinstance(start, dt.date) else dt.date(start, 1, 1),
            end if isinstance(end, dt.date) else dt.date(end, 12, 31))
