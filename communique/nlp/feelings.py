"""Feelings about someone: "X was disappointed in Y", "X is deeply concerned about Y's tests"
say that X disapproves of Y (CAMEO 110), as "X expressed disappointment with Y" does; "X is
open to talks with Y" says that X means to meet Y (CAMEO 036), as "X is willing to meet Y"
does.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.models import Mention
from communique.nlp import syntax as S
from communique.nlp.arguments import makers, owners
from communique.nlp.dyads import actors_at, besides, subject_actors
from communique.nlp.lexicon import LEX
from communique.nlp.patterns import Match, Pattern

DISAPPROVAL = "110"  # CAMEO: disapprove, not specified
INTENT_TO_MEET = "036"  # CAMEO: express intent to meet or negotiate
# Prepositions that name whom a feeling is about ("disappointed in / with / by Y", "angry
# at Y", "concerned about / over Y").
ABOUT_PREPS = ("in", "with", "by", "at", "about", "over")


def displeasure(verb: Token, mentions: dict[int, Mention]) -> Match | None:
    """"X was disappointed in Y", "X said he was angry with Y over Z", "X is concerned about
    Y's missile tests", "X was dismayed by Y's decision": a linking verb whose predicate is a
    feeling of displeasure (lexicon `displeasure_words`), or such a feeling's participle in
    the passive, about an actor, or about an act or thing an actor owns or made ("the moves
    taken by Y"), is the subject's disapproval of that actor (110); none where it is negated
    or about no actor ("worried about the floods")."""
    feeling = _feeling(verb)
    if feeling is None or S.negated(verb) or S.negated(feeling):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    source = subject_actors(verb, mentions) or actors_at(subject, mentions)
    if not source and subject is not None and subject.pos_ == "PRON":
        source = actors_at(S.reporter(verb), mentions)  # "X said he was dismayed by Y"
    target = besides([m for about in S.prep_objects(feeling, ABOUT_PREPS)
                      for m in _about(about, mentions)], source)
    return _held(DISAPPROVAL, "displeasure with someone", verb, source, target)


def _feeling(verb: Token) -> Token | None:
    """The feeling of displeasure a clause says its subject has: the predicate of a linking
    verb ("was angry with Y"), or the verb itself as a passive participle ("was dismayed by
    Y")."""
    if verb.lemma_ == "be":
        return next((c for c in verb.children if c.dep_ == "acomp" and
                     c.lower_ in LEX.displeasure_words), None)
    if verb.tag_ == "VBN" and verb.lower_ in LEX.displeasure_words and \
            any(c.dep_ == "auxpass" for c in verb.children):
        return verb
    return None


def _about(noun: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The actor a feeling is about: the noun's own, or the owner or maker of what it names
    ("Y's decision", "the Y proposal", "the steps taken by Y"), not an actor deeper in its
    phrases."""
    if noun.i in mentions:
        return actors_at(noun, mentions)
    return [mentions[o.i] for o in owners(noun) + makers(noun) if o.i in mentions]


def readiness(verb: Token, mentions: dict[int, Mention]) -> Match | None:
    """"X is open to talks with Y", "X remains ready for dialogue with Y": a linking verb
    whose predicate is a readiness (lexicon `readiness_words`) for a meeting or talks
    (lexicon `parley_nouns`) with an actor is the subject's intent to meet them (036); none
    where it is negated or names no one to meet."""
    if verb.lemma_.lower() not in LEX.linking_verbs or S.negated(verb):
        return None
    ready = next((c for c in verb.children if c.dep_ == "acomp" and
                  c.lower_ in LEX.readiness_words and not S.negated(c)), None)
    if ready is None:
        return None
    parleys = [n for n in S.prep_objects(ready, ("to", "for"))
               if n.lemma_.lower() in LEX.parley_nouns]
    source = subject_actors(verb, mentions)
    target = besides([m for n in parleys for h in S.prep_objects(n, ("with",))
                      for m in actors_at(h, mentions)], source)
    return _held(INTENT_TO_MEET, "readiness for talks with someone", verb, source, target)


def _held(code: str, note: str, verb: Token, source: list[Mention],
          target: list[Mention]) -> Match | None:
    """The match of a state of mind the subject holds towards someone (at most three of
    them), or None where it names no holder or no one it is held towards."""
    if not source or not target:
        return None
    pattern = Pattern(code=code, verb=verb.lemma_.lower(), note=note)
    return Match(pattern, verb, source, target[:3], direct=True)
