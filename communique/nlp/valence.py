"""Bad verdicts: whether a predicate judges what it is said of badly ("a liar", "reckless",
"a terrible mistake"), from the VADER sentiment lexicon (MIT, shipped in the
`vaderSentiment` package) and the lexicon's `censure_words` and `feeling_words`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

from spacy.tokens import Token

from communique.nlp.lexicon import LEX

# VADER rates words from -4 to +4; at this mean rating or below a word is a clear censure
# ("reckless" -1.7, "wrong" -2.1, "disaster" -3.1) while mild ones ("serious" -0.3,
# "aggressive" -0.6) are not.
THRESHOLD = -1.5


@cache
def valences() -> dict[str, float]:
    """Word → mean VADER rating."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(
        encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        word, rating, *_ = line.split("\t")
        out[word] = float(rating)
    return out


# At this mean rating or above a word is clear praise ("great" 3.1, "hero" 2.6, "friend"
# 2.2) while mild ones ("fine" 0.8, "important" 0.8) are not.
PRAISE_THRESHOLD = 2.0


def good(word: str) -> bool:
    """Whether one lowercase word is a good verdict (never a feeling: "proud", "glad")."""
    return word not in LEX.feeling_words and valences().get(word, 0.0) >= PRAISE_THRESHOLD


def good_verdict(predicate: Token) -> bool:
    """Whether a predicate noun or adjective, or an adjective or noun modifying it, is a good
    verdict ("a hero", "a great leader", "an inspiration"); none where it is negated ("not
    our friend", "neither free nor fair"), is a feeling, or is said in excess ("overly
    sympathetic", "too friendly": lexicon `excess_adverbs`, a fault)."""
    return not any(c.dep_ == "advmod" and c.lower_ in LEX.excess_adverbs
                   for c in predicate.children) and _verdict(predicate, good)


def bad(word: str) -> bool:
    """Whether one lowercase word is a bad verdict."""
    if word in LEX.feeling_words:
        return False
    return word in LEX.censure_words or valences().get(word, 0.0) <= THRESHOLD


def bad_verdict(predicate: Token) -> bool:
    """Whether a predicate noun or adjective, or an adjective or noun modifying it, is a bad
    verdict ("a liar", "reckless", "a terrible mistake", "a rogue state"); none where the
    predicate is negated ("not a threat", "no mistake") or is a feeling ("angry", "deeply
    worried"). An adjective of subservience (lexicon `subservience_words`) is one with the
    "to" or "of" phrase naming whom the subject serves ("captive to Y", "beholden to Y")."""
    if predicate.lemma_.lower() in LEX.subservience_words and \
            not any(c.dep_ == "neg" for c in predicate.children):
        return any(c.dep_ == "prep" and c.lower_ in {"to", "of"} and
                   any(o.dep_ == "pobj" for o in c.children) for c in predicate.children)
    return _verdict(predicate, bad)


def neither(predicate: Token) -> bool:
    """Whether "neither … nor" denies the predicate ("neither free nor fair")."""
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in predicate.children)


# Nouns of a kind whose "of" phrase says what the thing is ("an act of aggression").
KIND_NOUNS = {"act", "form", "kind"}


def _verdict(predicate: Token, test: Callable[[str], bool]) -> bool:
    """Whether `test` holds of a predicate or an adjective or noun modifying it (or the noun
    of a kind noun's "of" phrase: "an act of terror"), or of a predicate coordinated with it,
    not negated and no feeling."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
           for c in predicate.children) or neither(predicate) or \
            predicate.lemma_.lower() in LEX.feeling_words:
        return False
    words = [predicate, *(c for c in predicate.children if c.dep_ in {"amod", "compound"})]
    if predicate.lemma_.lower() in KIND_NOUNS:  # "an act of terror" is terror
        words += [o for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj"]
    # "divisive and dangerous": each of coordinated predicates is said of it
    also = [c for c in predicate.children if c.dep_ == "conj" and c.pos_ == predicate.pos_]
    return any(test(w.lower_) or test(w.lemma_.lower()) for w in words) or \
        any(_verdict(c, test) for c in also)
