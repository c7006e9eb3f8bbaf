"""Where an event happened: a place in its own clause ("in Erbil", "near the border with
Syria"), else the article's dateline; never a place picked from elsewhere in the article."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.geo import gazetteer
from communique.models import Location
from communique.nlp.naming import entity_at
from communique.nlp.syntax import clause_tokens

PLACE_PREPS = {"in", "near", "at", "outside", "inside", "across", "over", "around", "into",
               "from", "off"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
              "southeastern", "southwestern", "north", "south", "east", "west", "central"}


def place_for(doc: Doc, trigger: Token) -> Location | None:
    for token in clause_tokens(trigger):
        if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS and \
                token.ent_type_ in PLACE_ENTS:
            found = geocode(doc, token)
            if found is not None:
                return found
    dateline = doc._.dateline
    if dateline:
        return gazetteer().find(dateline.split("/")[0])
    return None


def geocode(doc: Doc, token: Token) -> Location | None:
    """The entity around `token`, widened by a direction word before it ("northern Syria")."""
    ent = entity_at(doc, token)
    if ent is None or _abbreviation(ent.text):
        return None
    start = ent.start
    if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        found = gazetteer().find(doc[start - 1:ent.end].text)
        if found is not None:
            return found
    return gazetteer().find(ent.text)


def _abbreviation(name: str) -> bool:
    """"Va.", "Calif.": one word cut short by a full stop, which the gazetteer's names are not
    (it would find a town whose name begins so); "U.S." and "St. Louis" are looked up."""
    return name.endswith(".") and " " not in name and "." not in name[:-1]
