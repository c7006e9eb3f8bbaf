"""Epithets in `communique_actors`: "the kingdom", "the bloc", "the alliance", "the world
body" are nouns news writers use, after "the", for a state or an international body they
have named; each stands for the latest actor named before it in the article that it fits
(lexicon `epithets`: the noun → the codes of the states or bodies it may stand for). One
that fits no actor named before it stays unresolved."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from communique.models import Mention
from communique.nlp.lexicon import LEX


def epithets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each epithet ("the kingdom") taking the actor it stands for; an
    uncoded mention of the epithet's words, or a generic agent read from them ("kingdom":
    a government of the article's country), gives way to it."""
    named = sorted((m for m in mentions if m.actor.code), key=lambda m: m.start)
    heads = _head_words()
    found: list[Mention] = []
    for token in doc:
        if token.lower_ not in heads:
            continue  # only the lexicon's nouns head an epithet
        phrase = _epithet(token)
        if phrase is None:
            continue
        words, span = phrase
        if any(m.start < span.end_char and span.start_char < m.end and m.actor.code and
               m.actor.kind != "agent" for m in mentions):
            continue  # part of a name ("the Kingdom of Bhutan"); not a generic word's guess
        codes = LEX.epithets[words]
        fitting = [m for m in named if m.end <= span.start_char and _fits(m, codes)]
        if fitting:
            found.append(Mention(span.text, span.start_char, span.end_char,
                                 fitting[-1].actor))
    if not found:
        return mentions
    kept = [m for m in mentions
            if not any(m.start < f.end and f.start < m.end for f in found)]
    return kept + found


@cache
def _head_words() -> frozenset[str]:
    """The last words of the lexicon's epithets, lowercase."""
    return frozenset(words.split()[-1].lower() for words in LEX.epithets)


def _epithet(token: Token) -> tuple[str, Span] | None:
    """The lexicon's words and the phrase of an epithet headed by `token`: "the" and the
    words, with no other modifier nor a name after it ("the kingdom's ally" has an epithet,
    "the kingdom of Jordan" is a name, "a bloc" or "their alliance" none)."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ in {"NNS", "NNPS"}:
        return None
    left = list(token.lefts)
    if not left or left[0].lower_ != "the" or left[0].dep_ != "det" or any(
            c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of" and any(
                g.pos_ == "PROPN" for g in c.children)) for c in token.rights):
        return None
    words = " ".join(t.lower_ for t in left[1:] + [token])
    if words not in LEX.epithets:
        return None
    return words, token.doc[left[0].i:token.i + 1]


def _fits(mention: Mention, codes: frozenset[str]) -> bool:
    """Whether the actor is one of the states (by its country) or bodies (by its code) an
    epithet may stand for."""
    code = mention.actor.code or ""
    return code in codes or (mention.actor.kind == "country" and code[:3] in codes)
