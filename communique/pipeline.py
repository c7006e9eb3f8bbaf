"""The whole run: read → clean → spaCy (+ actors, events) → store, streamed in batches."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from communique.clean import clean_document
from communique.clean.dedupe import NearDuplicates
from communique.errors import InputError, document_failed
from communique.ids import content_id
from communique.ingest import DEFAULT_MAX_BYTES, read_documents
from communique.models import Article, Event, Mention, RawDocument
from communique.store import BatchRejected, Store

log = logging.getLogger(__name__)


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
        for article in clean(raw, on_error):
            duplicates.link(article)
            yield article


def clean(raw: RawDocument, report: Callable[[InputError], None]) -> list[Article]:
    """The articles in one document; a document that yields none is reported (E014, E026)."""
    try:
        articles = clean_document(raw)
    except Exception as exc:  # noqa: BLE001 — one document's failure must not end the run
        report(document_failed(raw.source_path, "cleaned", exc))
        return []
    if not articles:
        lines = sum(1 for line in raw.text.splitlines() if line.strip())
        report(InputError("E014", path=raw.source_path, dropped=lines))
    return articles


Coded = tuple[Article, list[Mention], list[Event]]


class _ReadFailed(Exception):
    """An exception from reading or cleaning, passing through spaCy's `pipe`."""


def code_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 32,
                  n_process: int = 1,
                  report: Callable[[InputError], None] = lambda e: log.warning("%s", e),
                  ) -> Iterator[Coded]:
    """Run spaCy with communique's components over the articles; yield what each holds.

    Every article comes out, in input order. Articles not in English are passed through
    uncoded (the model and patterns are English); an article whose coding fails is reported
    (E026) and passed through uncoded, so its text is still stored.
    """
    queue: deque[tuple[Article, bool]] = deque()  # (article, sent to spaCy), in input order
    errors: dict[str, BaseException] = {}

    def english(articles: Iterator[Article]) -> Iterator[tuple[Doc, Article]]:
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            except Exception as exc:
                raise _ReadFailed from exc  # reading's own failures are not coding's to hide
            doc = _make_doc(nlp, article, errors) if article.language == "en" else None
            queue.append((article, doc is not None))
            if doc is not None:
                yield doc, article

    def on_error(name: str, _proc: object, docs: list[Doc], exc: BaseException) -> None:
        for doc in docs:
            context = getattr(doc, "_context", None)
            if isinstance(context, Article):
                errors[context.id] = exc

    # Our components are plain callables: spaCy hands their failures to this handler and
    # leaves the doc out. A failure inside spaCy's own pipes ends that `pipe` call: the
    # articles in flight come out uncoded and a new call takes the rest.
    nlp.default_error_handler = on_error
    pending = iter(articles)
    while True:
        try:
            for doc, article in nlp.pipe(english(pending), as_tuples=True,
                                         batch_size=batch_size, n_process=n_process):
                yield from _uncoded_before(queue, article, errors, report)
                queue.popleft()
                yield _coded_or_reported(doc, article, report)
            break
        except _ReadFailed as exc:
            raise exc.__cause__ from None
        except Exception as exc:  # noqa: BLE001 — one batch's failure must not end the run
            if not queue:
                raise  # nothing was in flight: the pipeline itself is broken
            for article, sent in queue:
                if sent:
                    errors.setdefault(article.id, exc)
            yield from _uncoded_before(queue, None, errors, report)
    yield from _uncoded_before(queue, None, errors, report)


def _make_doc(nlp: Language, article: Article, errors: dict[str, BaseException]) -> Doc | None:
    try:
        doc = nlp.make_doc(article.text)
    except Exception as exc:  # noqa: BLE001 — reported when the article comes out uncoded
        errors[article.id] = exc
        return None
    doc._.published = article.published
    doc._.byline = article.byline
    doc._.date_precision = article.date_precision
    doc._.dateline = article.dateline
    return doc


def _uncoded_before(queue: deque[tuple[Article, bool]], article: Article | None,
                    errors: dict[str, BaseException],
                    report: Callable[[InputError], None]) -> Iterator[Coded]:
    """The queued articles ahead of `article` (all of them for None) that spaCy did not code:
    not English, or dropped by a failing component."""
    while queue and queue[0][0] is not article:
        skipped, _ = queue.popleft()
        error = errors.pop(skipped.id, None)
        if error is not None or skipped.language == "en":
            error = error or RuntimeError("not coded")
            report(document_failed(skipped.source_path, "coded", error))
        yield skipped, [], []


def _coded_or_reported(doc: Doc, article: Article,
                       report: Callable[[InputError], None]) -> Coded:
    try:
        events = [_finish(e, article) for e in doc._.events or []]
        article.sentences = [(sent.start_char, sent.end_char) for sent in doc.sents]
        return article, list(doc._.mentions or []), events
    except Exception as exc:  # noqa: BLE001 — one article's failure must not end the run
        report(document_failed(article.source_path, "coded", exc))
        return article, [], []


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
    batch: list[Coded] = []

    def write() -> None:
        written = _write(store, batch, report)
        summary.articles += sum(1 for a, _, _ in written)
        summary.events += sum(len(es) for _, _, es in written)
        batch.clear()

    articles = articles_from(paths, summary, report, max_bytes)
    for item in code_articles(articles, nlp, report=report):
        batch.append(item)
        if progress:
            progress(1)
        if len(batch) >= batch_size:
            write()
    write()
    return summary


def _write(store: Store, batch: list[Coded], report: Callable[[InputError], None]) -> list[Coded]:
    """Write a batch in one transaction; if the database refuses it, write its articles one
    by one and report those refused (E026). A full disk (E025) ends the run."""
    if not batch:
        return []
    try:
        _write_rows(store, batch)
        return list(batch)
    except BatchRejected:
        pass  # find the articles the database refuses: one transaction each
    written = []
    for item in batch:
        try:
            _write_rows(store, [item])
            written.append(item)
        except BatchRejected as exc:
            report(document_failed(item[0].source_path, "stored", exc))
    return written


def _write_rows(store: Store, batch: list[Coded]) -> None:
    articles = [a for a, _, _ in batch]
    mentions = [(a.id, m) for a, ms, _ in batch for m in ms]
    events = [e for _, _, es in batch for e in es]
    sentences = [(a.id, n, start, end) for a in articles
                 for n, (start, end) in enumerate(a.sentences)]
    store.write_batch(articles, mentions, events, sentences)
