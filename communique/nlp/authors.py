"""Texts that speak for their authors: "the statement said", "the report blamed X". A
definite text noun (lexicon `authored_texts`) as a clause's subject stands for whoever the
sentences just before tell issuing that text ("X issued a statement", "X released its
report", "X said in a letter"), and for no one when none does.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX

# How many sentences back the text may have been issued.
AUTHOR_REACH = 3
# Determiners that point back to a text told before ("the report", "that letter").
POINTING = {"the", "this", "that", "its", "their"}


def author_of(noun: Token) -> Token | None:
    """The subject of the clause that told the text a subject noun points back to being
    issued (`issuing_verbs` with the text as object) or spoken in ("said in a statement"),
    in its own sentence before it or in the `AUTHOR_REACH` sentences before; None for any
    other noun, or when no such clause is found."""
    if noun.dep_ not in {"nsubj", "nsubjpass"} or \
            noun.lemma_.lower() not in LEX.authored_texts or \
            not any(c.dep_ in {"det", "poss"} and c.lower_ in POINTING for c in noun.children):
        return None
    sentence = noun.sent
    spans = [sentence[:noun.i - sentence.start], *S.sentences_before(sentence, AUTHOR_REACH)]
    for span in spans:
        for token in reversed(list(span)):
            if token.lemma_ != noun.lemma_ or token.i == noun.i:
                continue
            verb = _issuing_verb(token)
            if verb is not None and (subject := S.subject_of(verb)) is not None:
                return subject
    return None


def _issuing_verb(text: Token) -> Token | None:
    """The verb that issues a text ("issued a statement") or speaks in it ("said in a
    letter"), or None."""
    if text.dep_ == "dobj" and text.head.lemma_.lower() in LEX.issuing_verbs:
        return text.head
    prep = text.head
    if text.dep_ == "pobj" and prep.lower_ == "in" and \
            prep.head.lemma_.lower() in LEX.speech:
        return prep.head
    return None
