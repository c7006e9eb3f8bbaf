"""The code stage: articles → (article, mentions, events), with spaCy and communique's
components.

Every article comes out, in input order. Articles not in English pass through uncoded (the
model and patterns are English). An article longer than MAX_ARTICLE_CHARS is coded in parts
split at paragraph breaks (spaCy refuses texts over `nlp.max_length`, and its memory grows
with the text); the parts' mentions, events and sentences are merged back with offsets into
the whole text, and `report` gets a W005 notice. Within-article references (a surname, "he")
do not reach across parts. An article whose coding fails is reported (E026) and passes
through uncoded, so its text is still stored.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.clean.cards import blank_name_cards
from communique.clean.metadata import dateline
from communique.nlp.context import OPENING
from communique.errors import InputError, InputNotice, document_failed
from communique.ids import content_id
from communique.models import Article, Event, Mention
from communique.settings import default

if TYPE_CHECKING:  # spaCy is imported where the pipeline is loaded, not by the writer
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Articles longer than this are coded in parts split at paragraph breaks (spaCy's own limit,
# nlp.max_length, is 1,000,000 characters; memory grows with the text).
MAX_ARTICLE_CHARS: int = default("max_article_chars")
# Docs each neural component takes at a time. The shared token-to-vector layer holds working
# arrays of some 10 kB a token for the whole batch it is given, so it takes 4 docs at a time
# (16 news articles at once take some 250 MB more at the peak); the tagger and parser read the
# vectors it stored on each doc. The parser takes 16: its transition steps run once per
# batch, and at 4 docs it costs some 6 % more CPU for some 25 MB less at a worker's peak. The
# NER (which has a token-to-vector layer of its own) takes 16 too: as much CPU again, for
# some 80 MB more at a worker's peak, which the gazetteer built before the model gives back
# (`load_pipeline`). Same results (the work is per token or per doc).
NET_BATCH = {"tok2vec": 4, "parser": 16, "ner": 16}

Coded = tuple[Article, list[Mention], list[Event]]
Report = Callable[[InputError], None]


@dataclass(slots=True)
class _Job:
    """One article on its way through spaCy: its parts, and what the coded parts hold."""

    article: Article
    parts: int = 0  # parts sent to spaCy (0: not coded)
    received: int = 0
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    error: BaseException | None = None

    def add(self, doc: Doc, offset: int) -> None:
        """Take one coded part, its offsets moved into the whole text."""
        try:
            mentions, events = list(doc._.mentions or []), list(doc._.events or [])
            if offset:
                _shift(mentions, events, offset)
            self.mentions += mentions
            self.events += events
            self.sentences += [(s.start_char + offset, s.end_char + offset) for s in doc.sents]
        except Exception as exc:
            self.error = exc
        self.received += 1

    @property
    def complete(self) -> bool:
        return self.received == self.parts

    def result(self, report: Report) -> Coded:
        article = self.article
        if article.language != "en":
            return article, [], []
        if self.error is None and self.parts and self.complete:
            try:
                article.sentences = self.sentences
                return article, self.mentions, [_finish(e, article) for e in self.events]
            except Exception as exc:
                self.error = exc
        article.sentences = []
        report(document_failed(article.source_path, "coded",
                               self.error or RuntimeError("not coded")))
        return article, [], []


class _ReadFailed(Exception):
    """An exception from reading or cleaning, passing through spaCy's `pipe`."""


def code_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 32,
                  n_process: int = 1,
                  report: Report = lambda e: log.warning("%s", e)) -> Iterator[Coded]:
    """Run spaCy with communique's components over the articles; yield what each holds."""
    queue: deque[_Job] = deque()  # in input order

    def docs(articles: Iterator[Article]) -> Iterator[tuple[Doc, tuple[_Job, int]]]:
        while True:
            try:
                article = next(articles)
            except StopIteration:
                return
            except Exception as exc:
                raise _ReadFailed from exc  # reading's own failures are not coding's to hide
            job = _Job(article)
            queue.append(job)
            if article.language == "en":
                yield from _parts(nlp, job, report)

    def on_error(_name: str, _proc: object, failed: list[Doc], exc: BaseException) -> None:
        for doc in failed:
            context = getattr(doc, "_context", None)
            if context is not None:
                context[0].error = exc

    # Our components are plain callables: spaCy hands their failures to this handler and
    # leaves the doc out. A failure inside spaCy's own pipes ends that `pipe` call: the
    # articles in flight come out uncoded and a new call takes the rest.
    nlp.default_error_handler = on_error
    component_cfg = {name: {"batch_size": min(batch_size, size)}
                     for name, size in NET_BATCH.items()}
    pending = iter(articles)
    while True:
        try:
            for doc, (job, offset) in nlp.pipe(docs(pending), as_tuples=True,
                                               batch_size=batch_size, n_process=n_process,
                                               component_cfg=component_cfg):
                job.add(doc, offset)
                yield from _finished(queue, job, report)
            break
        except _ReadFailed as exc:
            raise (exc.__cause__ or exc) from None
        except Exception as exc:
            if not queue:
                raise  # nothing was in flight: the pipeline itself is broken
            for job in queue:
                job.error = job.error or exc
            yield from _finished(queue, None, report)
    yield from _finished(queue, None, report)


def _parts(nlp: Language, job: _Job, report: Report) -> Iterator[tuple[Doc, tuple[_Job, int]]]:
    article = job.article
    parts = split_text(article.text, MAX_ARTICLE_CHARS)
    if len(parts) > 1:
        report(InputNotice("W005", path=article.source_path, size=len(article.text),
                           limit=MAX_ARTICLE_CHARS, parts=len(parts)))
    for offset, text in parts:
        opened = dateline(text) if offset == 0 else None
        if opened is not None:  # blanked, not cut: the offsets stay the text's
            text = " " * opened[0] + text[opened[0]:]
        text = blank_name_cards(text)
        try:
            doc = nlp.make_doc(text)
        except Exception as exc:
            job.error = exc
            return
        doc._.published = article.published
        doc._.byline = article.byline
        doc._.date_precision = article.date_precision
        doc._.dateline = article.dateline
        if opened is not None:
            doc.user_data[OPENING] = article.text[:opened[0]]
        job.parts += 1
        yield doc, (job, offset)


def _finished(queue: deque[_Job], last: _Job | None, report: Report) -> Iterator[Coded]:
    """The results of the queued articles up to `last` (spaCy keeps order, so those before it
    are done, coded or dropped); `last` itself only once all its parts are in. With None:
    everything queued."""
    while queue and (queue[0] is not last or last.complete):
        job = queue.popleft()
        yield job.result(report)
        if job is last:
            return


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
    """Give an event its article, its sentence as the article writes it (a dateline opening
    the text was blanked for the parser, `_parts`) and content-hash id."""
    event.article_id = article.id
    event.sentence = article.text[event.span[0]:event.span[1]]
    src = ";".join(_code_or_name(m) for m in event.source)
    tgt = ";".join(_code_or_name(m) for m in event.target)
    event.id = content_id(article.id, event.span, event.cameo, src, tgt, event.trigger)
    return event


def _code_or_name(mention: Mention) -> str:
    """An actor's code; an uncoded actor is told apart by its name."""
    return mention.actor.code or f"?{mention.actor.name}"
