"""Quotation attribution: who speaks a sentence of a quotation that names no speaker of its own.

Journalism names a quotation's speaker once: '"…," X said. "… . …"' (the quotation goes on,
re-opened after the attribution, over sentences that name no one), 'X said: "…"' or 'X said
in a statement. "…"' (the attribution first), '"… ." X said.' (the attribution after, in its
own sentence) and '"… ." "…," X said.' (two quotations, the second one's attribution serving
both). `attribute` finds, for each sentence whose words all stand inside one quotation, the
speaker the quotation is attributed to within its paragraph: the attribution next to the
quotation, in the text between it and the quotation or paragraph edge on either side. A
paragraph break ends the search, and so does any other quotation in between (another
attribution belongs to that one); an attribution before and another after (who speaks
is unclear) attributes the sentence to no one. Only a quotation opening a paragraph looks
back across the break: to 'X said:' ending the paragraph before, or to a quotation that
paragraph left open (it goes on, by the same speaker).

An attribution is a verb of saying (or of answering or going on: lexicon
`attributing_verbs`) outside the quotation marks with its subject (the speaker)
and nothing of its own said (no complement clause outside the marks: "X said Y would go"
reports its own clause, not the quotation after it).

The event coder stores the attributions by sentence (`SPEAKERS` in the doc's user data); the
reported-speech rules (speech.py) and the sides of a clause in the first person (dyads.py)
read them with `attributing_verb`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX

# The key of the attributions by sentence in `doc.user_data`: sentence start → the index of
# the attribution's verb of saying.
SPEAKERS = "communique_quoted_speakers"
ATTRIBUTING = S.SPEECH | LEX.saying_extra | LEX.attributing_verbs
# Double quotation marks: an opening curly one opens, a closing one closes, and a straight
# one closes an open quotation, else opens one (sites mix them).
OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
# Single quotation marks (a quotation in British style): opening after a space, closing
# before one; an apostrophe inside a word ("don’t") is neither.
SINGLE_OPENING, SINGLE_CLOSING = {"\u2018", "'"}, {"\u2019", "'"}
MARKS = {OPENING, CLOSING, STRAIGHT} | SINGLE_OPENING | SINGLE_CLOSING


def attribute(doc: Doc) -> dict[int, int]:
    """For each sentence whose words all stand inside one quotation attributed within its
    paragraph, the index of the attribution's verb of saying, by the index of the sentence's
    first token."""
    text = S.doc_text(doc)
    out: dict[int, int] = {}
    if not any(mark in text for mark in MARKS):
        return out
    paragraph: tuple[int, int] | None = None  # the sentence's, and its quotations
    spans: list[tuple[int, int]] = []
    # the attribution a paragraph hands on to a quotation opening the next one
    carried: Token | None = None
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if not words:
            continue
        start = text.rfind("\n", 0, words[0].idx) + 1
        end = text.find("\n", words[0].idx)
        end = len(text) if end < 0 else end
        if paragraph is None or start != paragraph[0]:
            if paragraph is not None:
                carried = _handed_on(doc, spans, paragraph, carried, out)
            paragraph = (start, end)
            spans = [q for q in quotations(text, start, end) if _spoken(doc, q)]
        held = next((q for q in spans if q[0] < words[0].idx and words[-1].idx < q[1]), None)
        if held is None:
            continue
        verb = _attributing(doc, spans, spans.index(held), (start, end))
        if verb is None and held is spans[0] and not text[start:held[0]].strip():
            verb = carried
        if verb is not None:
            out[sent.start] = verb.i
    return out


def quotation_speaker(token: Token) -> Token | None:
    """The subject of the verb of saying that attributes the quotation a token stands in,
    within the token's paragraph ('"…," X said'); None outside a quotation or where none
    attributes it."""
    doc = token.doc
    text = S.doc_text(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end < 0 else end
    spans = [q for q in quotations(text, start, end) if _spoken(doc, q)]
    held = next((q for q in spans if q[0] < token.idx < q[1]), None)
    if held is None:
        return None
    verb = _attributing(doc, spans, spans.index(held), (start, end))
    return S.subject_of(verb) if verb is not None else None


def _handed_on(doc: Doc, spans: list[tuple[int, int]], paragraph: tuple[int, int],
               carried: Token | None, out: dict[int, int]) -> Token | None:
    """The attribution a paragraph hands on to a quotation that opens the next one: 'X said:'
    (or 'X issued a statement:', lexicon `issuing_verbs` with `utterance_nouns`) ending the
    paragraph introduces it; a quotation the paragraph leaves open goes on in the next, by
    the same speaker (the journalist's convention: no closing mark, a new opening one).
    None for any other paragraph."""
    start, end = paragraph
    text = S.doc_text(doc)
    if text[start:end].rstrip().endswith(":"):
        return _attribution(doc, spans[-1][1] + 1 if spans else start, end, first=False,
                            introducing=True)
    if spans and spans[-1][1] == end and text[end - 1] not in {CLOSING, STRAIGHT}:
        inside = [t for t in _text_tokens(doc, spans[-1][0] + 1, end) if t.is_alpha]
        verb = out.get(inside[-1].sent.start) if inside else None
        return doc[verb] if verb is not None else carried
    return None


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quotations of the paragraph text[start:end]: (index of the opening mark, index of
    the closing mark, or the paragraph's end for one left open, as a quotation of several
    paragraphs is)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    single = False
    for k in range(start, end):
        mark = text[k]
        if opened is None and (mark in {OPENING, STRAIGHT} or _single_opening(text, k, start)):
            opened, single = k, mark not in {OPENING, STRAIGHT}
        elif opened is not None and (
                (not single and mark in {CLOSING, STRAIGHT}) or
                (single and _single_closing(text, k, end))):
            spans.append((opened, k))
            opened = None
    if opened is not None:
        spans.append((opened, end))
    return spans


# Tags of a finite verb: a quotation holding none is a name or a phrase ("told “Fox News”",
# "called it “absurd”"), part of the text around it, not something said at length.
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _spoken(doc: Doc, quotation: tuple[int, int]) -> bool:
    """Whether a quotation holds a finite verb (a clause said), not only a name or phrase."""
    return any(t.tag_ in FINITE for t in _text_tokens(doc, quotation[0] + 1, quotation[1]))


def _single_opening(text: str, k: int, start: int) -> bool:
    """A single mark opens a quotation at the paragraph's start or after a space, before a
    letter."""
    return text[k] in SINGLE_OPENING and (k == start or text[k - 1].isspace()) and \
        k + 1 < len(text) and text[k + 1].isalpha()


def _single_closing(text: str, k: int, end: int) -> bool:
    """A single mark closes a quotation after punctuation or a letter, before a space,
    punctuation or the paragraph's end (not inside a word: "don’t")."""
    return text[k] in SINGLE_CLOSING and not text[k - 1].isspace() and \
        (k + 1 >= end or not text[k + 1].isalnum())


def _attributing(doc: Doc, spans: list[tuple[int, int]], n: int,
                 paragraph: tuple[int, int]) -> Token | None:
    """The verb of saying that attributes quotation `n` of a paragraph: the attribution right
    after it, else the one right before it or, where only space stands between, the one
    after the next quotation ('"…." "…," X said'); both of these, by different speakers: none."""
    after_end = spans[n + 1][0] if n + 1 < len(spans) else paragraph[1]
    before_start = spans[n - 1][1] + 1 if n > 0 else paragraph[0]
    after = _attribution(doc, spans[n][1] + 1, after_end, first=True)
    if after is not None:
        return after
    before = _attribution(doc, before_start, spans[n][0], first=False)
    gap = S.doc_text(doc)[spans[n][1] + 1:after_end]
    chained = None
    if n + 1 < len(spans) and not any(c.isalnum() for c in gap):
        following = spans[n + 2][0] if n + 2 < len(spans) else paragraph[1]
        chained = _attribution(doc, spans[n + 1][1] + 1, following, first=True)
    if before is not None and chained is not None and \
            _spoken_by(before).lower_ != _spoken_by(chained).lower_:
        return None
    return before or chained


def _spoken_by(verb: Token) -> Token:
    """The subject of an attribution's verb (`_attribution` found it)."""
    subject = S.subject_of(verb)
    assert subject is not None
    return subject


def _attribution(doc: Doc, start: int, end: int, first: bool,
                 introducing: bool = False) -> Token | None:
    """The verb of an attribution in text[start:end] (text outside quotation marks): in the
    first sentence it reaches (`first`, text after a quotation) or the last (before one), a
    verb of saying whose subject stands there too and that says no clause of its own there
    (where it introduces a quotation with a colon, also a verb of giving out a text:
    `issuing`); None when there is none."""
    tokens = [t for t in _text_tokens(doc, start, end) if not t.is_space]
    if not tokens:
        return None
    sent = tokens[0].sent if first else tokens[-1].sent
    here = {t.i for t in tokens if t.sent == sent}
    for verb in (doc[i] for i in sorted(here)):
        if verb.pos_ != "VERB" or (verb.lemma_.lower() not in ATTRIBUTING and
                                   not (introducing and issuing(verb))):
            continue
        subject = S.subject_of(verb)
        if subject is not None and subject.i in here and not _says_own_clause(verb, here):
            return verb
    return None


def issuing(verb: Token) -> bool:
    """"issued a statement", "posted a message": a verb of giving out a text (lexicon
    `issuing_verbs`) whose object is one (`utterance_nouns`)."""
    return verb.lemma_.lower() in LEX.issuing_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in LEX.utterance_nouns for c in verb.children)


def _says_own_clause(verb: Token, here: set[int]) -> bool:
    """Whether a verb of saying has a complement clause outside the quotation ("X said Y
    would go"): it reports that clause, not the quotation."""
    return any(c.dep_ == "ccomp" and c.i in here for c in verb.children)


def _text_tokens(doc: Doc, start: int, end: int) -> Span | list[Token]:
    """The tokens of text[start:end]."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return span if span is not None else []


def attributing_verb(token: Token) -> Token | None:
    """The verb of saying that attributes the quotation a token's sentence stands in, where
    the sentence names no speaker of its own (`attribute`, as the event coder stored it);
    None otherwise."""
    verbs: dict[int, int] | None = token.doc.user_data.get(SPEAKERS)
    if not verbs:
        return None
    found = verbs.get(token.sent.start)
    return token.doc[found] if found is not None else None
