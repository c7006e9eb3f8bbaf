"""The faster attribute ruler and lemmatizer give what spaCy's own give (blank pipeline, no
model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from communique.nlp.rule_pipes import compile_ruler, speed_up

WORDS = ["They", "gon", "na", "sign", "it", "\n", "soon", "ol'", "friends", "did", "."]
TAGS = ["PRP", "VBG", "TO", "VB", "PRP", "_SP", "RB", "JJ", "NNS", "VBD", "."]
DEPS = ["nsubj", "aux", "aux", "ROOT", "dobj", "dep", "advmod", "amod", "npadvmod", "conj",
        "punct"]
HEADS = [3, 3, 3, 3, 3, 4, 3, 8, 3, 3, 3]

RULES = [
    ({"TAG": "PRP"}, {"POS": "PRON", "MORPH": "PronType=Prs"}, 0),
    ({"TAG": {"IN": ["VB", "VBD", "VBG"]}}, {"POS": "VERB"}, 0),
    ({"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}, {"POS": "AUX"}, 0),
    ({"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}, {"MORPH": "Case=Acc|PronType=Prs"}, 0),
    ({"LOWER": {"REGEX": "^ol'$"}}, {"LEMMA": "old"}, 0),
    ({"IS_SPACE": True}, {"TAG": "_SP", "POS": "SPACE"}, 0),
    ({"TAG": "_SP", "IS_SPACE": False}, {"POS": "X"}, 0),
    ({"TAG": {"NOT_IN": ["PRP", "VB", "VBD", "VBG", "_SP"]}}, {"POS": "X"}, 0),
]


def _pipeline() -> tuple[spacy.Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for spec, attrs, index in RULES:
        ruler.add([[spec]], attrs, index=index)
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=-2)
    return nlp, ruler


def _doc(nlp: spacy.Language) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def test_compiled_rules_match_as_the_matcher_does() -> None:
    nlp, ruler = _pipeline()
    compiled = compile_ruler(ruler)
    assert compiled is not None
    doc = _doc(nlp)
    assert compiled(doc) == AttributeRuler.match(ruler, doc)
    assert [(m[0], m[2], m[3]) for m in compiled(doc)] == [
        (0, 0, 1), (0, 4, 5), (1, 1, 2), (1, 3, 4), (1, 9, 10), (2, 1, 2), (3, 4, 5),
        (4, 7, 8), (5, 5, 6), (7, 2, 3), (7, 6, 7), (7, 7, 8), (7, 8, 9), (7, 10, 11),
        (8, 1, 3), (9, 1, 3)]


def test_sped_up_ruler_sets_the_same_attributes() -> None:
    nlp, ruler = _pipeline()
    expected = ruler(_doc(nlp))
    speed_up(nlp)
    doc = next(nlp.pipe([_doc(nlp)]))
    assert [t.pos_ for t in doc] == [t.pos_ for t in expected] == [
        "PRON", "AUX", "X", "VERB", "PRON", "SPACE", "X", "X", "X", "VERB", "X"]
    assert [str(t.morph) for t in doc] == [str(t.morph) for t in expected]
    assert str(doc[4].morph) == "Case=Acc|PronType=Prs"
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in expected] == [
        "", "go", "to", "", "", "", "", "old", "", "", ""]


def test_rules_added_later_are_compiled_too() -> None:
    nlp, ruler = _pipeline()
    speed_up(nlp)
    ruler.add([[{"LOWER": "soon"}]], {"LEMMA": "soon"})
    doc = _doc(nlp)
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
    assert ruler(doc)[6].lemma_ == "soon"


@pytest.mark.parametrize("spec", [{"TAG": "RB", "OP": "+"}, {"POS": "ADV"},
                                  {"LOWER": {"FUZZY": "soon"}}])
def test_a_pattern_it_cannot_test_keeps_spacys_matcher(spec: dict[str, object]) -> None:
    nlp, ruler = _pipeline()
    ruler.add([[spec]], {"LEMMA": "x"})
    assert compile_ruler(ruler) is None
    speed_up(nlp)
    assert "match" not in vars(ruler)


def _lemmatizer() -> tuple[spacy.Language, Lemmatizer]:
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"verb": [["ed", ""], ["ed", "e"], ["s", ""]],
                                      "noun": [["s", ""]]})
    lookups.add_table("lemma_index", {"verb": ["sign", "agree"], "noun": ["talk"]})
    lookups.add_table("lemma_exc", {"verb": {"met": ["meet"]}})
    lemmatizer.initialize(lookups=lookups)
    return nlp, lemmatizer


def _tagged(nlp: spacy.Language) -> Doc:
    words = ["signed", "agreed", "talks", "met", "signed", "Paris", "talks", "Talks"]
    pos = ["VERB", "VERB", "NOUN", "VERB", "VERB", "PROPN", "NOUN", "NOUN"]
    morphs = [""] * 7 + ["Number=Sing"]  # a base form: not in spaCy's cache
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
    doc[4].lemma_ = "kept"  # set before: not overwritten
    return doc


def test_sped_up_lemmatizer_gives_spacys_lemmas() -> None:
    nlp, lemmatizer = _lemmatizer()
    expected = [t.lemma_ for t in lemmatizer(_tagged(nlp))]
    speed_up(nlp)
    docs = list(nlp.pipe([_tagged(nlp), _tagged(nlp)]))  # the second one remembered
    assert [[t.lemma_ for t in doc] for doc in docs] == [expected, expected]
    assert expected == ["sign", "agree", "talk", "meet", "kept", "Paris", "talk", "talks"]


def test_sped_up_lemmatizer_index_keeps_its_words_and_still_serialises() -> None:
    nlp, lemmatizer = _lemmatizer()
    before = lemmatizer.to_bytes()
    speed_up(nlp)
    index = lemmatizer.lookups.get_table("lemma_index")
    assert index["verb"] == ["sign", "agree"] and "agree" in index["verb"]
    assert "agreed" not in index["verb"]
    assert lemmatizer.to_bytes() == before
