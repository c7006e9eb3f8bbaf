"""The event coder component: verbs with an actor subject and an actor object become events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique import cameo
from communique.models import Event, Mention

# A first verb list: lemma → CAMEO code.
VERBS = {
    "say": "010", "meet": "036", "visit": "042", "host": "043", "welcome": "043",
    "praise": "051", "agree": "030", "sign": "057", "urge": "021", "call": "020",
    "accuse": "112", "condemn": "111", "criticize": "111", "criticise": "111",
    "deny": "013", "reject": "120", "threaten": "130", "warn": "130",
    "sanction": "163", "expel": "166", "arrest": "173", "detain": "173",
    "attack": "190", "strike": "195", "bomb": "195", "shell": "194", "kill": "190",
    "withdraw": "0872", "deploy": "152", "invade": "192", "aid": "070",
}
SUBJECTS = {"nsubj", "nsubjpass"}
OBJECTS = {"dobj", "pobj", "dative", "attr", "obj"}


class EventCoder:
    """Code each sentence's verbs into `doc._.events` (article ids are filled in later)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        by_token = _mentions_by_token(doc)
        events = []
        for token in doc:
            code = VERBS.get(token.lemma_.lower()) if token.pos_ == "VERB" else None
            if code is None:
                continue
            source = _find(token, SUBJECTS, by_token)
            target = _find(token, OBJECTS, by_token)
            if source and target and source[0].actor.code != target[0].actor.code:
                events.append(_event(doc, token, code, source, target))
        doc._.events = events
        return doc


def _mentions_by_token(doc: Doc) -> dict[int, Mention]:
    out = {}
    for mention in doc._.mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                out[token.i] = mention
    return out


def _find(verb: Token, deps: set[str], by_token: dict[int, Mention]) -> list[Mention]:
    for child in verb.children:
        if child.dep_ in deps or (child.dep_ == "prep" and deps is OBJECTS):
            for token in child.subtree:
                if token.i in by_token:
                    return [by_token[token.i]]
    return []


def _event(doc: Doc, verb: Token, code: str, source: list[Mention],
           target: list[Mention]) -> Event:
    info = cameo.lookup(code)
    sent = verb.sent
    negated = any(c.dep_ == "neg" for c in verb.children)
    return Event(id="", article_id="", source=source, target=target, cameo=code,
                 cameo_name=info.name, plover=info.plover, goldstein=info.goldstein,
                 quad_class=info.quad_class, sentence=sent.text,
                 span=(sent.start_char, sent.end_char), negated=negated, trigger=verb.text,
                 confidence=0.5)
