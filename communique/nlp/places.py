"""Where an event happened: a place in its own clause ("in Erbil", "near the border with
Syria"), else the article's dateline; never a place picked from elsewhere in the article."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.geo import gazetteer
from communique.models import Location, Mention
from communique.nlp.arguments import PLACE_KINDS, SCENE_PREPS
from communique.nlp.lexicon import LEX
from communique.nlp.naming import entity_at, mention_head
from communique.nlp.objects import classes_of
from communique.nlp.syntax import clause_tokens, prep_objects

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


def scenes(verb: Token, found: list[Mention], source: list[Mention] | None = None
           ) -> list[Mention]:
    """Of the actors found around a verbal act, those that are a town or region the clause
    opens with, in a phrase of place ("In <city>, the ministry praised …"): the scene where
    it was said, not whom the act is aimed at; and those of the `source`'s own country in a
    phrase of place of another verb the act's words govern ("doubted her power to govern in
    <her own capital>"): where the source's side does that other thing, not whom the act
    is aimed at (a participle that places people, "troops stationed in <city>", still
    places them; a place abroad may be what the act is about: "a plan to build in X")."""
    home = {m.actor.country for m in source or []} - {None}
    out = []
    for m in found:
        head = mention_head(verb.doc, m)
        if m.actor.kind != "place" or head is None or head.dep_ != "pobj" or \
                head.head.lower_ not in SCENE_PREPS:
            continue
        doer = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if (head.head.head == verb and head.i < verb.i) or (
                m.actor.country in home and doer is not None and doer != verb and
                not _placing(doer) and any(a == verb for a in doer.ancestors)):
            out.append(m)
    return out


def venues(doc: Doc, found: list[Mention], sides: list[Mention]) -> list[Mention]:
    """Of the actors found for an act two or more `sides` do together ("X and Y agreed to a
    truce during talks in Z", "met at a summit in Z", "… a truce in Z's north"), the places
    in a phrase of place, or owning its place: where the sides met or what they agreed
    holds, not a third party the act is aimed at; the sides are each other's."""
    if len({m.actor.code or m.actor.name for m in sides}) < 2:
        return []
    out = []
    for m in found:
        head = mention_head(doc, m)
        if head is not None and head.dep_ == "poss":
            head = head.head
        if m.actor.kind in PLACE_KINDS and head is not None and head.dep_ == "pobj" and \
                head.head.lower_ in SCENE_PREPS:
            out.append(m)
    return out


def _placing(verb: Token) -> bool:
    """A participle that says where the people it describes are ("troops stationed in X",
    "a soldier based at X"): its phrase of place places them, whom an act may be aimed at."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def deed_scenes(found: list[Mention], heads: list[Token], mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> list[Mention]:
    """Of the actors found for a claim or denial of a happening (object class `happening`:
    "claimed responsibility for the bombing in X", "… for killings, including an attack at
    X"), the places named in a phrase of place of a happening its phrases `heads` name: where
    it happened, not whom the claim is aimed at (whom the happening struck may be)."""
    deeds = {t.i for h in heads for t in h.subtree if t.pos_ in {"NOUN", "PROPN"} and
             "happening" in classes_of(t, mentions, words)}
    out = []
    for m in found:
        head = mention_head(heads[0].doc, m) if heads else None
        prep = next((a for a in head.ancestors if a.dep_ == "prep"), None) \
            if head is not None else None
        if m.actor.kind in PLACE_KINDS and prep is not None and prep.lower_ in SCENE_PREPS and \
                prep.head.i in deeds:
            out.append(m)
    return out


def diplomatic_post(source: list[Mention], doc: Doc) -> bool:
    """Whether the source is a state's diplomatic post (lexicon `diplomatic_posts`: an
    embassy, a consulate), which sits in another country: the places found around its acts
    ("In X, the embassy tightened security", "the consulate closed its doors in X") say
    where it stands, not whom the act is aimed at (a host aimed at is named in the act's
    own phrases: "protested to X")."""
    heads = [mention_head(doc, m) for m in source]
    return any(h is not None and h.lemma_.lower() in LEX.diplomatic_posts for h in heads)


def geocode(doc: Doc, token: Token) -> Location | None:
    """The entity around `token`, widened by a direction word before it ("northern Syria"),
    in the country a phrase right after it places it in (`stated_country`)."""
    ent = entity_at(doc, token)
    if ent is None or _abbreviation(ent.text):
        return None
    start = ent.start
    if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
        found = gazetteer().find(doc[start - 1:ent.end].text)
        if found is not None:
            return found
    return gazetteer().find(ent.text, stated_country(doc, ent.end))


def stated_country(doc: Doc, end: int) -> str | None:
    """The country that "in <country>" or ", <country>" right after a place's name puts it in,
    a direction word allowed ("Tripoli in northern Lebanon", "Hama, Syria"); also a region
    of a country ("in Anatolia"). None when no such phrase follows."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in {"in", ","}:
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ in DIRECTIONS:
        i += 1
    ent = entity_at(doc, doc[i]) if i < len(doc) else None
    if ent is None or ent.start != i or ent.label_ not in PLACE_ENTS:
        return None
    found = gazetteer().find(ent.text)
    return found.country if found is not None and found.precision != "city" else None


def _abbreviation(name: str) -> bool:
    """"Va.", "Calif.": one word cut short by a full stop, which the gazetteer's names are not
    (it would find a town whose name begins so); "U.S." and "St. Louis" are looked up."""
    return name.endswith(".") and " " not in name and "." not in name[:-1]


def scene_head(head: Token, mentions: dict[int, Mention]) -> bool:
    """Whether a phrase an act governs only says where it happens: a place named in a phrase
    of place ("his war in X against Y", "talks in X with Y": X is the scene). A country is
    "in", not "at", a scene: "took aim at X at the summit" is aimed at X."""
    found = mentions.get(head.i)
    return head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS and \
        found is not None and found.actor.kind in PLACE_KINDS and \
        not (head.head.lower_ == "at" and found.actor.kind == "country")


def aims_first(heads: list[Token], mentions: dict[int, Mention]) -> list[Token]:
    """The phrases an act governs, those that say whom it is aimed at before those that only
    say where it happens (`scene_head`): "his war in X against Y" is aimed at Y; the place
    is a side only where no other phrase names one."""
    return sorted(heads, key=lambda head: scene_head(head, mentions))


def met_on_journey(verb: Token) -> list[Token]:
    """Whom a journey is made to meet: the "with" phrase (or the object) of the meeting its
    purpose names, a "for" phrase of a meeting noun ("flew to X for talks with Y") or an
    infinitive of a meeting verb ("flew to X to meet Y", "… to brief Y"; lexicon
    `meeting_nouns`, `meeting_verbs`). Y is the other side of the visit (CAMEO 042: travel to
    another location for a meeting), before the place the journey goes to."""
    nouns = [n for n in prep_objects(verb, ("for",)) if n.lemma_.lower() in LEX.meeting_nouns]
    clauses = [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and
               c.lemma_.lower() in LEX.meeting_verbs and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    objects = [o for c in clauses for o in c.children if o.dep_ == "dobj"]
    return objects + [o for head in [*nouns, *clauses] for o in prep_objects(head, ("with",))]


def mourned(verb: Token, found: list[Mention]) -> list[Mention]:
    """Of the actors found around an act, those named as the one a ceremony for the dead is
    held for ("gathered for the funeral of X", "at the burial of X"; lexicon
    `ceremony_nouns`): a ceremony is no act done to the dead, so they are not its target."""
    out = []
    for m in found:
        head = mention_head(verb.doc, m)
        while head is not None and head.dep_ in {"conj", "appos"} and head.head.i != head.i:
            head = head.head
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "of" and \
                head.head.head.lemma_.lower() in LEX.ceremony_nouns:
            out.append(m)
    return out


def happenings_named(verb: Token, found: list[Mention],
                     words: dict[str, frozenset[str]]) -> list[Mention]:
    """Of the actors found around an act, those compounded to a noun of a happening ("the X
    shooting", "the X attacks": object class `happening`): the name says which happening is
    meant (its victim, its scene or its doer), not whom the act is aimed at."""
    happening = words.get("happening", frozenset())
    out = []
    for m in found:
        head = mention_head(verb.doc, m)
        if head is not None and head.dep_ == "compound" and head.head.pos_ == "NOUN" and \
                head.head.lemma_.lower() in happening:
            out.append(m)
    return out


def on_occasion(verb: Token, found: list[Mention]) -> list[Mention]:
    """Of the actors found around an act, those inside the "of" phrase of a noun that dates
    the act by an occasion ("on the eve of X's visit", "on the anniversary of X's death";
    lexicon `occasion_nouns`): the occasion's, not whom the act is aimed at."""
    out = []
    for m in found:
        head = mention_head(verb.doc, m)
        for above in head.ancestors if head is not None else ():
            if above == verb:
                break
            if above.lower_ == "of" and above.dep_ == "prep" and \
                    above.head.lemma_.lower() in LEX.occasion_nouns:
                out.append(m)
                break
    return out
