"""How far an event can be trusted, from what the coder knows about how it found it.

Each sign below moves the score up or down from 0.5; the sum is cut to [0.05, 1.0]. Signs,
each a reason the reading may be wrong (or right):

- the pattern: each constraint it adds (object, preposition, complement …) makes a wrong verb
  sense less likely (+0.05 each, at most three);
- the clause: a trigger that is its sentence's main verb (or the main verb of what a speaker
  says) is the sentence's news; one deeper in the parse (an adverbial, a complement, a second
  conjunct) is more often background (−0.06 a level, at most three);
- the time: a perfect ("has criticised", "had met") reports a state or a past the article looks
  back on more often than the day's happening (−0.06); an event said to come, or not asserted,
  is less certain than one reported as done (−0.1);
- the actors: a target found (+0.1) and found in the trigger's own slots (+0.05), though a
  target with the source's own code counts as none (−0.1); the source a pronoun (−0.06:
  resolution may fail); each side named but not coded (−0.1); every actor one the knowledge
  base knows (+0.1).

The weights are round numbers set by these reasons, not fitted; `communique eval` prints the
precision of each confidence band on the PLOVER and news golds to check them.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from communique.models import Mention
from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX

KNOWN_KINDS = {"person", "country", "capital", "organisation", "group", "igo"}
SPEECH_DEPS = {"ccomp", "parataxis"}


def confidence(trigger: Token, specificity: int, source: list[Mention],
               target: list[Mention], direct: bool, mood: str, speech: AbstractSet[str]) -> float:
    """The confidence of an event found at `trigger` by a pattern of `specificity`."""
    score = 0.5 + 0.05 * min(specificity, 3)
    score -= 0.06 * min(depth(trigger, speech), 3)
    if S.perfect(trigger):
        score -= 0.06
    if mood != "asserted":
        score -= 0.1
    score += _actors(trigger, source, target, direct)
    return round(max(min(score, 1.0), 0.05), 2)


def _actors(trigger: Token, source: list[Mention], target: list[Mention],
            direct: bool) -> float:
    score = 0.0
    if target:
        score += 0.1 + 0.05 * direct
        if {m.actor.code for m in target} == {m.actor.code for m in source}:
            score -= 0.1
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.lower_ in LEX.pronouns:
        score -= 0.06
    for side in (source, target):
        if side and any(m.actor.code is None for m in side):
            score -= 0.1
    actors = source + target
    if actors and all(m.actor.kind in KNOWN_KINDS for m in actors):
        score += 0.1
    return score


def depth(trigger: Token, speech: AbstractSet[str]) -> int:
    """How far the trigger sits below its sentence's main clause (reporting verbs do not
    count: in "X said Y attacked Z" the attack is the news)."""
    level, token = 0, trigger
    while token.head.i != token.i:
        if not (token.dep_ in SPEECH_DEPS and token.head.lemma_ in speech):
            level += 1
        token = token.head
    return level
