"""The confidence of an event: each sign the coder knows moves it (communique/nlp/confidence.py).
Parses are built by hand, so no model is needed."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from communique.models import Actor, Mention
from communique.nlp.confidence import confidence

SPEECH = {"say"}


def mention(code: str | None, kind: str = "country") -> Mention:
    return Mention(text=code or "someone", start=0, end=1,
                   actor=Actor(name=code or "someone", code=code, kind=kind))


def parse(words, heads, deps, tags=None, lemmas=None) -> Doc:
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_confidence_a_main_verb_with_a_known_target_is_trusted_most():
    doc = parse(["Peru", "attacked", "Chile"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert confidence(doc[1], 0, [mention("PER")], [mention("CHL")], True, "asserted",
                      SPEECH) == 0.75
    # no target: -0.15 (the target and its own slot)
    assert confidence(doc[1], 0, [mention("PER")], [], True, "asserted", SPEECH) == 0.6
    # a target with the source's own code counts as none
    assert confidence(doc[1], 0, [mention("PER")], [mention("PER")], True, "asserted",
                      SPEECH) == 0.65
    # an uncoded target, said to come
    assert confidence(doc[1], 0, [mention("PER")], [mention(None, "uncoded person")], True,
                      "future", SPEECH) == 0.45


def test_confidence_falls_with_depth_but_not_under_a_verb_of_saying():
    # "Chile said Peru attacked Bolivia": the attack is the news, no deeper than a main verb
    said = parse(["Chile", "said", "Peru", "attacked", "Bolivia"], [1, 1, 3, 1, 3],
                 ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
                 lemmas=["Chile", "say", "Peru", "attack", "Bolivia"])
    # "Chile left after Peru attacked Bolivia": an adverbial clause, one level down
    after = parse(["Chile", "left", "after", "Peru", "attacked", "Bolivia"],
                  [1, 1, 4, 4, 1, 4], ["nsubj", "ROOT", "mark", "nsubj", "advcl", "dobj"])
    args = ([mention("PER")], [mention("BOL")], True, "asserted", SPEECH)
    assert confidence(said[3], 0, *args) == 0.75
    assert confidence(after[4], 0, *args) == 0.69


def test_confidence_perfect_pronoun_and_pattern_specificity():
    doc = parse(["He", "has", "attacked", "Chile"], [2, 2, 2, 2],
                ["nsubj", "aux", "ROOT", "dobj"], tags=["PRP", "VBZ", "VBN", "NNP"],
                lemmas=["he", "have", "attack", "Chile"])
    args = ([mention("PER", "person")], [mention("CHL")], True, "asserted", SPEECH)
    assert confidence(doc[2], 0, *args) == 0.63  # 0.75 - 0.06 (perfect) - 0.06 (pronoun)
    assert confidence(doc[2], 2, *args) == 0.73  # two constraints: +0.1
