"""The whole run: read → clean → spaCy (+ actors, events) → store, streamed in batches."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.clean import clean_document
from communique.clean.dedupe import NearDuplicates
from communique.clean.lines import CHUNK_REASON, MAX_CHUNK, MAX_REPEAT, REPEAT_REASON
from communique.errors import InputError, InputNotice
from communique.ids import content_id
from communique.ingest import DEFAULT_MAX_BYTES, read_documents
from communique.models import Article, Event, Mention
from communique.store import Store

log = logging.getLogger(__name__)

CUT_REASONS = {REPEAT_REASON, CHUNK_REASON}
# Articles longer than this are coded in parts split at paragraph breaks (spaCy's own limit,
# nlp.max_length, is 1,000,000 characters; memory grows with the text).
MAX_ARTICLE_CHARS = 100_000


@dataclass(slots=True)
class Summary:
    """What a run did: counts, and the coded errors for inputs it skipped."""

    documents: int = 0
    articles: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)


def articles_from(paths: Iterable[str | Path], summary: Summary,
                  report: Callable[[InputError], None],
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Read and clean: the articles in `paths`, counting documents into `summary`."""
    def on_error(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    duplicates = NearDuplicates()
    for raw in read_documents(paths, on_error, max_bytes=max_bytes):
        summary.documents += 1
        articles = clean_document(raw)
        runs = sum(d.reason in CUT_REASONS for a in articles for d in a.dropped)
        if runs:
            on_error(InputNotice("W004", path=raw.source_path, runs=runs, cap=MAX_REPEAT,
                                 chunk=MAX_CHUNK))
        for article in articles:
            duplicates.link(article)
            yield article


def code_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 32,
                  n_process: int = 1, report: Callable[[InputError], None] | None = None
                  ) -> Iterator[tuple[Article, list[Mention], list[Event]]]:
    """Run spaCy with communique's components over the articles; yield what each holds.

    Articles not in English are passed through uncoded: the model and patterns are English.
    An article longer than MAX_ARTICLE_CHARS is coded in parts split at paragraph breaks
    (spaCy refuses texts over `nlp.max_length`, and its memory grows with the text); the
    parts' mentions, events and sentences are merged back with offsets into the whole text,
    and `report` gets a W005 notice. Within-article references (a surname, "he") do not reach
    across parts.
    """
    skipped: list[Article] = []

    def english() -> Iterator[tuple[Doc, tuple[Article, int, int]]]:
        for article in articles:
            if article.language != "en":
                skipped.append(article)
                continue
            parts = split_text(article.text, MAX_ARTICLE_CHARS)
            if len(parts) > 1 and report is not None:
                report(InputNotice("W005", path=article.source_path, size=len(article.text),
                                   limit=MAX_ARTICLE_CHARS, parts=len(parts)))
            for offset, text in parts:
                doc = nlp.make_doc(text)
                doc._.published = article.published
                doc._.byline = article.byline
                doc._.date_precision = article.date_precision
                doc._.dateline = article.dateline
                yield doc, (article, offset, len(parts))

    mentions: list[Mention] = []
    events: list[Event] = []
    sentences: list[tuple[int, int]] = []
    done = 0
    for doc, (article, offset, parts) in nlp.pipe(english(), as_tuples=True,
                                                  batch_size=batch_size, n_process=n_process):
        while skipped:
            yield skipped.pop(0), [], []
        part_mentions, part_events = list(doc._.mentions or []), list(doc._.events or [])
        if offset:
            _shift(part_mentions, part_events, offset)
        mentions += part_mentions
        events += part_events
        sentences += [(sent.start_char + offset, sent.end_char + offset) for sent in doc.sents]
        done += 1
        if done < parts:
            continue
        article.sentences = sentences
        yield article, mentions, [_finish(e, article) for e in events]
        mentions, events, sentences, done = [], [], [], 0
    while skipped:
        yield skipped.pop(0), [], []


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """[(offset, part)]: `text` in parts of at most `limit` characters, split at paragraph
    breaks ("\n\n"), else at a line break, else at a space, else anywhere; the separator
    belongs to no part."""
    parts: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for separator in ("\n\n", "\n", " "):
            cut = text.rfind(separator, start + 1, end + len(separator))
            if cut > start:
                break
        else:
            cut, separator = end, ""
        parts.append((start, text[start:cut]))
        start = cut + len(separator)
    parts.append((start, text[start:]))
    return parts


def _shift(mentions: list[Mention], events: list[Event], offset: int) -> None:
    """Move a part's mentions and event spans by `offset` (each mention object once: events
    share them with the part's mention list)."""
    seen: set[int] = set()
    for event in events:
        event.span = (event.span[0] + offset, event.span[1] + offset)
    everyone = mentions + [m for e in events for m in (*e.source, *e.target, e.reported_by)
                           if m is not None]
    for mention in everyone:
        if id(mention) not in seen:
            seen.add(id(mention))
            mention.start += offset
            mention.end += offset


def _finish(event: Event, article: Article) -> Event:
    """Give an event its article, date and content-hash id."""
    event.article_id = article.id
    src = ";".join(m.actor.code for m in event.source)
    tgt = ";".join(m.actor.code for m in event.target)
    event.id = content_id(article.id, event.span, event.cameo, src, tgt, event.trigger)
    return event


def process(paths: Iterable[str | Path], store: Store, nlp: Language,
            report: Callable[[InputError], None] = lambda e: log.warning("%s", e),
            batch_size: int = 64, progress: Callable[[int], None] | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES) -> Summary:
    """Read, clean, code and store everything in `paths`.

    Args:
        paths: files, directories or "-".
        store: where results go, one transaction per batch of `batch_size` articles.
        nlp: the pipeline from `communique.nlp.load_pipeline()`.
        report: receives a coded InputError for each input that could not be read.
        progress: called with the number of articles done after each article.
    Returns:
        A Summary of the run.
    """
    summary = Summary()

    def notice(error: InputError) -> None:
        summary.errors.append(error)
        report(error)

    batch: list[tuple[Article, list[Mention], list[Event]]] = []
    for item in code_articles(articles_from(paths, summary, report, max_bytes), nlp,
                              report=notice):
        batch.append(item)
        summary.articles += 1
        summary.events += len(item[2])
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            _write(store, batch)
            batch = []
    _write(store, batch)
    return summary


def _write(store: Store, batch: list[tuple[Article, list[Mention], list[Event]]]) -> None:
    if not batch:
        return
    articles = [a for a, _, _ in batch]
    mentions = [(a.id, m) for a, ms, _ in batch for m in ms]
    events = [e for _, _, es in batch for e in es]
    sentences = [(a.id, n, start, end) for a in articles
                 for n, (start, end) in enumerate(a.sentences)]
    store.write_batch(articles, mentions, events, sentences)
