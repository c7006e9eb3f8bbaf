"""Pair phrases: "both sides", "the two countries", "the two leaders" (lexicon `pair_nouns`)
stand for the two parties the sentences just before name: two actors joined by "and", or
the only two countries the sentence just before names. Otherwise they stay unresolved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.models import Mention
from communique.nlp.arguments import country_of
from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX
from communique.nlp.naming import LOCATIVE_PREPS

# How many sentences back the two parties may have been named.
PAIR_REACH = 3
# Prepositions of direction: "criticism from X", "a mission to X" name a party, not a scene.
DIRECTION_PREPS = {"from", "into", "toward", "towards"}


def pair_phrase(noun: Token) -> bool:
    """"both sides", "the two countries": a plural pair noun that "both" or "two" counts,
    with no "of" phrase of its own ("both sides of the border" names places, not parties)."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in LEX.pair_nouns:
        return False
    counted = any((c.dep_ in {"det", "predet", "preconj"} and c.lower_ == "both") or
                  (c.dep_ == "nummod" and c.lower_ == "two") for c in noun.children)
    return counted and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def pair_named(noun: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The two parties a pair phrase stands for, each as a mention of the phrase: the two
    actors of different countries the nearest sentence before it (up to `PAIR_REACH`)
    coordinates ("X and Y met …", "X and Y negotiators"), else those of the sentence just
    before when it names actors of exactly two countries, places where things happen aside.
    None otherwise: which two is then a guess."""
    if not pair_phrase(noun):
        return []
    before = S.sentences_before(noun.sent, PAIR_REACH)
    pair = next((found for sentence in before if (found := _coordinated(sentence, mentions))),
                [])
    if not pair and before and len(firsts := _firsts_by_country(before[0], mentions)) == 2:
        pair = firsts
    start = noun.left_edge
    text = noun.doc[start.i:noun.i + 1].text
    return [Mention(text, start.idx, noun.idx + len(noun), m.actor) for m in pair]


def _coordinated(sentence: Span, mentions: dict[int, Mention]) -> list[Mention]:
    """The first two actors of different countries the sentence joins by "and" ("X and Y",
    "X and Y troops"), or none."""
    for token, first in _parties(sentence, mentions):
        for other in token.conjuncts:
            second = mentions.get(other.i)
            if other.i > token.i and second is not None and second.actor.code and \
                    country_of(second) and country_of(first) != country_of(second):
                return [first, second]
    return []


def _firsts_by_country(sentence: Span, mentions: dict[int, Mention]) -> list[Mention]:
    """The first actor of each country the sentence names, in text order."""
    firsts: dict[str, Mention] = {}
    for _, mention in _parties(sentence, mentions):
        firsts.setdefault(country_of(mention), mention)
    firsts.pop("", None)
    return list(firsts.values())


def _parties(sentence: Span, mentions: dict[int, Mention]) -> list[tuple[Token, Mention]]:
    """The coded actors a sentence names, each at its token; a name in a phrase of place
    ("talks in X") says where, not who."""
    return [(token, mention) for token in sentence
            if (mention := mentions.get(token.i)) is not None and mention.actor.code and
            not _where(token)]


def _where(token: Token) -> bool:
    """Whether a name is the object of a preposition of place ("in X", "at X"), or joined
    to one ("in X, Y", "in X and Y")."""
    head = token
    while head.dep_ in {"compound", "amod", "poss", "appos", "conj"} and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS - DIRECTION_PREPS
