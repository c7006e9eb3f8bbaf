"""Dyads: the actors a trigger's own slots name (its subject, object, prepositional phrases and
complement clauses), and where the grammar allows, the actors nearby that fill an empty side.
Used by the pattern matcher (matching.py); each side is a list of mentions (PLOVER's list
form: "X and Y forces" names both).
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token

from communique.ids import content_id
from communique.kb.agents import sector_of
from communique.models import Actor, Mention
from communique.nlp import syntax as S
from communique.nlp.attribution import attributing_verb
from communique.nlp.agent_phrases import CONTEXT_SECTORS
from communique.nlp.arguments import (GENERIC, NAMED, coordinated_owners, counted, country_of,
                                       generic_target, other_side, owners, phrase_mention,
                                       place_phrase, placed)
from communique.nlp.context import PERSON_KINDS
from communique.nlp.lexicon import LEX
from communique.nlp.naming import LOCATIVE_PREPS, entity_at, token_range
from communique.nlp.objects import classes_of, packaged_object_classes
from communique.nlp.authors import author_of
from communique.nlp.pairs import pair_named
from communique.nlp.patterns import Pattern

DEFAULT_TARGET_PREPS = ("against", "on", "with", "to", "at", "toward", "towards", "into")


PRONOUNS = frozenset(LEX.pronouns)
POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


ASKING_ROOTS = LEX.asking_roots
TAKING_CODES = tuple(LEX.taking_codes)


PLACE_TARGET_CODES = tuple(LEX.place_target_codes)
ACTED_PLACE_CODES = tuple(LEX.acted_place_codes)
LEFT_PLACE_CODES = tuple(LEX.left_place_codes)
# Prepositions of the place a material act is done in or goes to, and of the one it leaves.
ACTED_PLACE_PREPS = ("in", "into", "inside", "to")
LEFT_PLACE_PREPS = ("from",)
PLACE_LABELS = {"GPE"}  # a state, a province or a town: no sea, range or world region
# Modifiers of a place word that say which place it is ("the eastern district", "border towns").
SAYING_WHICH = {"amod", "compound", "nummod", "nmod"}


def home_country(mention: Mention) -> Mention:
    """Protests, and demands or refusals by a country's own people with no one else named,
    are aimed at their own country (as PLOVER codes them)."""
    code = country_of(mention)
    home = Actor(name=code, code=code, country=mention.actor.country, kind="country",
                 id=content_id(code))
    return Mention(mention.text, mention.start, mention.end, home)


class _Mentions(dict[int, Mention]):
    """A doc's mentions by token; those of coded actors are found once, when first asked."""

    @cached_property
    def coded(self) -> dict[int, Mention]:
        return {i: m for i, m in self.items() if m.actor.code is not None}


def by_token(doc: Doc) -> dict[int, Mention]:
    out = _Mentions()
    for mention in doc._.mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                out[token.i] = mention
    return out


def actors_at(head: Token | None, mentions: dict[int, Mention]) -> list[Mention]:
    """The actors a phrase names: its own, and those of phrases coordinated with it."""
    if head is None:
        return []
    found: list[Mention] = []
    for conjunct in S.conjuncts(head):
        mention = mentions.get(conjunct.i)
        if mention is None and (pair := pair_named(conjunct, mentions)):
            found += [m for m in pair if all(_country(m) != _country(f) for f in found)]
            continue  # "the two sides": the parties named just before
        if mention is None and (author := author_of(conjunct)) is not None:
            found += actors_at(author, mentions)
            continue  # "the statement said": whoever issued it
        if mention is None:
            beyond = _beyond_pronoun_owner(conjunct, mentions) | {
                t.i for p in S.described_as(conjunct) for t in p.subtree}
            mention = next((mentions[t.i] for t in S.phrase_tokens(conjunct)
                            if t.i in mentions and t.i not in beyond), None)
            mention = _holder_named(conjunct, mention, mentions)
            mention = _related_named(mention, conjunct, mentions)
        if mention is None:  # "Jane Doe, the UN envoy": the apposition names the actor
            mention = next((mentions[t.i] for a in _appositions(conjunct)
                            for t in S.phrase_tokens(a) if t.i in mentions), None)
        mention = _people_where_they_live(conjunct, mention, mentions)
        if mention is not None and all(m.actor.code != mention.actor.code or
                                       m.actor.name != mention.actor.name for m in found):
            found.append(mention)
        found += [m for m in coordinated_owners(conjunct, mentions)
                  if all(_country(m) != _country(other) for other in found)]
    return found


def _beyond_pronoun_owner(head: Token, mentions: dict[int, Mention]) -> set[int]:
    """"criticized X's raid and its seizure of Y's islands": a phrase whose owner is a
    possessive pronoun no actor is found for is that one's, whoever it stands for; an actor
    in its prepositional phrases is what the owned act or thing concerns ("of Y's islands":
    the seized), not whose it is. The words of the noun's own kind still name it ("its
    Senate motion"). The tokens of those phrases, or none."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES and c.i not in mentions
               for c in head.children):
        return set()
    return {t.i for c in head.children if c.dep_ == "prep" for t in c.subtree}


def _holder_named(head: Token, modifier: Mention | None, mentions: dict[int, Mention]
                  ) -> Mention | None:
    """"his Chinese counterpart Wang Yi": a role noun whose own words name only a country
    ("Chinese") is held by the person its apposition names, when that person is of the same
    country (or the phrase names none); the person is the actor, not the bare country."""
    for a in _appositions(head):
        person = mentions.get(a.i)
        if person is not None and person.actor.kind in PERSON_KINDS and person.actor.code and (
                modifier is None or country_of(modifier) == country_of(person)):
            return person
    return modifier


def _related_named(mention: Mention | None, head: Token, mentions: dict[int, Mention]
                   ) -> Mention | None:
    """"the ports of X's ally, Y": a possessive inside a phrase only relates the noun it
    owns, which its apposition names; that actor (when coded) is the one the phrase names,
    not X. A person's aide, lawyer or chairman is another person ("X's campaign chairman,
    Jane Doe,"): the person the apposition names, coded or not, is the one meant."""
    if mention is None:
        return None
    phrase = {t.i for t in S.phrase_tokens(head)}
    for t in S.phrase_tokens(head):
        if t.i in mentions and mentions[t.i] is mention and t.dep_ == "poss" and \
                t.head.i in phrase:
            named = next((mentions[a.i] for a in t.head.children
                          if a.dep_ == "appos" and a.i in mentions and (
                              mentions[a.i].actor.code or (
                                  mention.actor.kind in PERSON_KINDS and
                                  mentions[a.i].actor.kind in PERSON_KINDS))), None)
            return named or mention
    return mention


def _appositions(head: Token) -> list[Token]:
    """A phrase's appositions, and theirs: the parser chains a dateline's place, its country
    and the clause's subject ("CITY, Country -- the UN envoy said …")."""
    found = [c for c in head.children if c.dep_ == "appos"]
    return found + [c for a in found for c in a.children if c.dep_ == "appos"]


def _country(mention: Mention) -> str:
    """The country of an actor, or its name when it has none ("Nigerian and British forces":
    a word already counted in the phrase's own actor adds no one)."""
    return country_of(mention) or mention.actor.name


def _people_where_they_live(head: Token, mention: Mention | None,
                            mentions: dict[int, Mention]) -> Mention | None:
    """"Ethnic Uzbeks in south Kyrgyzstan", "Kurds of northern Iraq": a people named by a
    nationality and placed in another country act as part of that country. Things so
    placed ("US bases in Iraq", "Turkish positions in Syria") stay their owner's, and so do
    an organisation's members ("al-Qaeda fighters in X"): a group coded beyond a people's
    three letters (CAMEO's "KUR" is a people, "IMGSUNALQ" an organisation)."""
    if mention is None or mention.actor.kind not in {"country", "group"} or (
            mention.actor.kind == "group" and len(mention.actor.code or "") > 3) or \
            head.tag_ not in {"NNPS", "NNS"} or any(
                c.dep_ == "poss" and mentions.get(c.i) is mention for c in head.children):
        return mention  # "X's actions in Y": whose they are, not a people placed in Y
    if mentions.get(head.i) is not mention and \
            head.lemma_.lower() not in packaged_object_classes()["person"]:
        return mention
    for place in S.prep_objects(head, ("in", "of", "from")):
        found = _related_named(next((mentions[t.i] for t in place.subtree if t.i in mentions),
                                    None), place, mentions)
        if found is not None and found.actor.country and \
                found.actor.country != mention.actor.country:
            return found
    return mention


def restricted_place(pattern: Pattern, verb: Token, obj: Token | None,
                      words: dict[str, frozenset[str]]) -> list[Mention]:
    """The place a curfew, a state of emergency or a blockade is imposed on or in ("imposed a
    curfew in the northern districts"), when no actor is named there."""
    if not pattern.code.startswith(PLACE_TARGET_CODES):
        return []
    heads = S.prep_objects(verb, ("in", "on")) + (S.prep_objects(obj, ("in", "on"))
                                                  if obj is not None else [])
    return place_phrase(next(iter(heads), None), words)


def acted_place(pattern: Pattern, verb: Token, obj: Token | None,
                mentions: dict[int, Mention], words: dict[str, frozenset[str]]
                ) -> list[Mention]:
    """The place a material act with no actor target is done in, goes into or leaves (aid,
    posture and force, lexicon `acted_place_codes`: "stayed on alert in the border
    district"; retreat and expulsion, `left_place_codes`: "withdrew from <a province>"):
    CAMEO takes the location of a deployment or a withdrawal as its target. A place word
    (`place_phrase`) with a word that says which place it is, or the name of a state,
    province or town the knowledge base lacks (the entity heads the phrase: no place inside
    another name), in the verb's or its object's phrase of place, or in that of the state
    the verb's "on" phrase names, is kept with its text and no code. A continent, a sea or
    a world region (a LOC name) is no one's."""
    preps: tuple[str, ...]
    if pattern.code.startswith(LEFT_PLACE_CODES):
        preps = LEFT_PLACE_PREPS + ACTED_PLACE_PREPS
    elif pattern.code.startswith(ACTED_PLACE_CODES):
        preps = ACTED_PLACE_PREPS
    else:
        return []
    holders = [verb, *([obj] if obj is not None else [])]
    # "remained on alert in X": the state the verb's phrase names is held in the place
    holders += [n for n in S.prep_objects(verb, ("on",)) if n.pos_ == "NOUN"]
    heads = [h for holder in holders for h in S.prep_objects(holder, preps)]
    for head in heads:
        name = entity_at(head.doc, head)
        if name is None and head.pos_ == "NOUN" and head.i not in mentions:
            # "the region", "the area" alone refer back to a place named before: no target
            said = any(c.dep_ in SAYING_WHICH for c in head.children) or \
                bool(S.prep_objects(head, ("of",)))
            return place_phrase(head, words) if said else []
        if name is None or name.label_ not in PLACE_LABELS or name.root != head or \
                any(t.i in mentions for t in name):
            continue
        return [Mention(name.text, name.start_char, name.end_char,
                        Actor(name=name.text, code=None, kind=GENERIC,
                              id=content_id(GENERIC, name.text.lower())))]
    return []


def recipients(verb: Token, obj: Token | None, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> list[Token]:
    """Whom a thing is given, sent or returned to ("returned a painting of <a name> to X"):
    the "to" phrase, before the names inside a thing; none when the object names people or
    a body ("sent troops to X": X is where they go). A name the knowledge base does not code
    is a thing given ("returned <an uncoded name> to X"). The "to" phrase may hang from the
    object or from a noun inside its phrase ("returned a statue of <a name> to X", "returned
    a painting by <an artist> to X": the parser attaches it to the nearer noun), also one in
    a participle or relative clause that describes the thing ("returned a painting stolen
    from a museum in <a city> to X"); a "to" phrase of that clause's verb is the clause's
    ("a painting lent to Y"), and an infinitive says what the thing is for, so the phrases
    in it are its own ("a request to fly on a flight to Y"), as are those of what the thing
    is said to be ("slammed the move as a gift to Y": `described`)."""
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.i in coded_only(mentions) or \
            generic_target(obj, mentions, words):
        return []
    called = {t.i for d in described(verb) for t in d.subtree}
    nouns = [t for t in obj.subtree if t.pos_ in {"NOUN", "PROPN"} and t.i not in called and
             not any(v.tag_ == "VB" for v in _path_to(t, {obj.i}))]
    return S.prep_objects(verb, ("to",)) + [o for n in nouns for o in S.prep_objects(n, ("to",))]


def given_or_done_to(verb: Token, obj: Token | None, mentions: dict[int, Mention],
                     words: dict[str, frozenset[str]]) -> list[Token]:
    """The phrases a verb with no object pattern is aimed at: the `recipients` of a thing
    given, and its object; a recipient that names people or a body stands alone, and the
    names inside the thing given only say what it is ("returned a painting by <an artist of
    country X> to its owner": the owner, not X)."""
    given_to = recipients(verb, obj, mentions, words)
    if any(actors_at(h, mentions) or generic_target(h, mentions, words)
           for h in given_to):
        return given_to
    return given_to + ([obj] if obj is not None else [])


def claimed_doer(head: Token) -> Token:
    """"an inquiry into reports that X tortured …": an inquiry looks into whether what a
    claim (lexicon `hearsay_nouns`) says is true, so it is aimed at whom the claim's "that"
    clause says did it (the clause's subject); `head` itself when it is no such claim."""
    if head.lemma_.lower() not in LEX.hearsay_nouns:
        return head
    clauses = [c for c in head.children if c.dep_ in {"acl", "ccomp"} and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    subject = S.own_subject(clauses[0]) if clauses else None
    return subject if subject is not None else head


def act_doer(obj: Token | None, mentions: dict[int, Mention]) -> list[Token]:
    """"condemned the killing of X by Y", "welcomed the release of prisoners by Y": a stance
    toward an act (lexicon `judging_roots`) is aimed at whoever did it, whom the "by" phrase
    of the object naming the act names, or else its possessive ("Y's killing of X", "Y's arms
    sale to X"), before those it was done to; none when that phrase names no actor. The
    possessive of an object that names an actor itself is whose that actor is ("the
    group's leader")."""
    if obj is None:
        return []
    doers = S.prep_objects(obj, ("by",))[:1] or \
        ([c for c in obj.children if c.dep_ == "poss"] if obj.i not in mentions else [])
    return [d for d in doers if actors_at(d, mentions)]


def message_target(verb: Token, heads: list[Token], source: list[Mention],
                   mentions: dict[int, Mention]) -> list[Mention]:
    """The actors the first of `heads` names; of a participle saying what a message says,
    the message's addressee (`message_addressees`) instead when they name none or only the
    source's own side ("sent a letter to X threatening to cut its own funding": X)."""
    found = first_actors(heads, mentions)
    addressees = message_addressees(verb)
    if not addressees or other_side(found, source):
        return found
    return first_actors(addressees, mentions) or found


def message_addressees(verb: Token) -> list[Token]:
    """"sent a letter to X threatening to …", "a message to X urging …": a participle that
    says what a message (lexicon `messages`) says is aimed at whom the message is addressed,
    the "to" phrase (or indirect object) of the message or of the verb that sends it; also
    of a verb of writing (lexicon `writing_verbs`) that names no message ("wrote to X,
    asking them to …": X); and of a verb whose subject is the message ("X's letter to Y
    urged …": Y)."""
    subject = S.own_subject(verb)
    if subject is not None and subject.dep_ == "nsubj" and \
            subject.lemma_.lower() in LEX.messages:
        return S.prep_objects(subject, ("to",))
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"}:
        return []
    head = verb.head
    message = head if verb.dep_ == "acl" else S.direct_object(head)
    if message is None and verb.dep_ == "advcl" and head.lemma_.lower() in LEX.writing_verbs:
        return S.prep_objects(head, ("to",)) + S.indirect_objects(head)
    if message is None or message.lemma_.lower() not in LEX.messages:
        return []
    sender = message.head if message.dep_ == "dobj" else message
    return S.prep_objects(message, ("to",)) + S.indirect_objects(sender) + \
        S.prep_objects(sender, ("to",))


def after_subject(verb: Token, heads: list[Token]) -> list[Token]:
    """The phrases of `heads` that do not open the clause before its subject: a fronted
    phrase sets the scene ("On the eve of X's visit, Y freed …") and names no target."""
    subject = S.subject_of(verb)
    first = min(verb.i, subject.i) if subject is not None and subject.head.i == verb.i \
        else verb.i
    return [h for h in heads if h.dep_ not in {"pobj", "pcomp"} or h.head.i > first or
            h.head.head.i != verb.i]


def asked_of(pattern: Pattern, verb: Token, obj: Token | None) -> list[Token]:
    """Whom an appeal or a demand is made of, whose request is refused, or whom property is
    taken from (lexicon `taking_codes`): the "from" phrase of the verb or its object
    ("demanded an apology from X", "sought aid from X", "refused a request from X", "seized
    the cattle of Y from X"), also where the parser makes the thing asked for the subject of
    a clause ("demanded support from X to rebuild the town")."""
    if pattern.code[:2] not in ASKING_ROOTS and not pattern.code.startswith(TAKING_CODES):
        return []
    asked = obj if obj is not None else clause_subject(verb)
    return S.prep_objects(verb, ("from",)) + (S.prep_objects(asked, ("from",))
                                              if asked is not None else [])


def object_people(obj: Token | None, mentions: dict[int, Mention],
                   words: dict[str, frozenset[str]]) -> list[Mention]:
    """"arrested two opposition leaders", "outlawed opposition parties": the object a pattern
    names, when it names people or a body and is not the source's own ("withdrew its
    troops")."""
    if obj is None or any(c.dep_ == "poss" for c in obj.children):
        return []
    return generic_target(obj, mentions, words)


def people_at(people: list[Mention], around: list[Mention], doc: Doc) -> list[Mention]:
    """"arrested a member of the gang in <a town of X>": the people a pattern's object names,
    of the country of the place found in their phrase or clause, rather than the place; none when
    nothing was found there or it is not such a place ("arrested members of <a group>": the
    group)."""
    return placed(people, around, doc) if around else []


def whose_people(obj: Token | None, mentions: dict[int, Mention],
                 words: dict[str, frozenset[str]]) -> list[Mention]:
    """Of an appeal, a demand or a refusal: the people the "of" phrase of the pattern's
    object names, whose act or thing it is, as a possessive would ("demanded the pullback
    of foreign soldiers", "turned down the plea of three farmers": the farmers' plea); not
    the source's own ("of its members"), nor people a count counts ("hundreds of
    civilians": the object itself), nor a name, which names a place as often as people."""
    if obj is None or counted(obj) is not obj:
        return []
    found = object_people(next(iter(S.prep_objects(obj, ("of",))), None), mentions, words)
    return [m for m in found if m.actor.kind != NAMED]


def placing(mention: Mention, head: Token | None) -> bool:
    """Whether a country or a capital is named in a prepositional phrase inside the phrase of
    the people `head` names ("militants in <country X>": where they are), not as one of the
    phrase's own heads ("<capital X> and the separatists": one of the sides) nor as a word
    of its own ("the <X-ian> embassy": whose it is)."""
    if head is None:
        return False
    span = head.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    heads = {c.i for c in S.conjuncts(head)}
    if span is None or span.root.i in heads:
        return False
    return any(t.dep_ == "prep" for t in _path_to(span.root, heads))


def _path_to(token: Token, heads: set[int]) -> list[Token]:
    """The tokens from `token` up to (not including) the first of `heads` above it; none when
    no head is above it."""
    path: list[Token] = []
    for above in [token, *token.ancestors]:
        if above.i in heads:
            return path
        path.append(above)
    return []


def coded_only(mentions: dict[int, Mention]) -> dict[int, Mention]:
    """The mentions of actors with a code (uncoded names are not looked for far away)."""
    if isinstance(mentions, _Mentions):
        return mentions.coded
    return {i: m for i, m in mentions.items() if m.actor.code is not None}


def subject_actors(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The subject's actors; a pronoun subject of a reported clause ("Syria says it is
    willing to …") is the speaker, and a body a possessive pronoun makes the speaker's own
    the speaker's country ("X said his country will not …")."""
    subject = S.subject_of(verb)
    owned = subject is not None and subject.lemma_.lower() in LEX.own_bodies and any(
        c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in subject.children)
    said_by = _speakers(verb, mentions) if owned else []
    if subject is not None and said_by and country_of(said_by[0]):
        # "X said its forces …": X's own, whichever country the article is about
        return [own_body(said_by[0], subject)]
    found = actors_at(subject, mentions)
    if found and subject is not None and _scene_of_happening(subject, mentions):
        return []
    if found and subject is not None and (others := _others_of(subject, mentions)):
        return [others]
    if not found and subject is not None and subject.tag_ == "NNS" and \
            subject.lemma_ in LEX.member_classes:
        found = members_named(verb, mentions)
    if found or subject is None or owned or subject.lower_ not in PRONOUNS or \
            _person_speaks_of_thing(verb, subject, mentions):
        return found
    return _speakers(verb, mentions)


def _scene_of_happening(subject: Token, mentions: dict[int, Mention]) -> bool:
    """"The crisis in X forced Y to …", "the fighting in X drove …": a happening or a state
    of things (object classes `happening`, `abstract`) does nothing itself, and the actor its
    "in" phrase names is where it is, not its doer; no one else in the phrase is named."""
    noun = counted(subject)
    classes = packaged_object_classes()
    if noun.i in mentions or S.conjuncts(noun)[1:] or \
            noun.lemma_.lower() not in classes["happening"] | classes["abstract"]:
        return False
    placed = {t.i for p in S.prep_objects(noun, ("in",)) for t in p.subtree}
    named = {t.i for t in S.phrase_tokens(noun)} & mentions.keys()
    return bool(named) and named <= placed


def _others_of(subject: Token, mentions: dict[int, Mention]) -> Mention | None:
    """"X's critics", "critics of X", "some of X's rivals": people of another side than the
    actor their phrase names (lexicon `others_nouns`) are not that actor; they act as the
    phrase itself, with no code. None where the noun is itself an actor, names one in an
    apposition ("X's counterpart, Y") or in its own words ("U.S. allies of X")."""
    noun = counted(subject)
    if noun.lemma_.lower() not in LEX.others_nouns or noun.i in mentions or \
            any(c.dep_ == "appos" for c in noun.children):
        return None
    # "U.S. Republican allies of X": the noun's own words say whose side they are on
    own = {t.i for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and
           not any(d.dep_ == "case" for d in c.children)  # "X's": the owner
           for t in c.subtree}
    return None if own & mentions.keys() else phrase_mention(noun)


# What a pronoun of the lexicon's `pronouns` refers to when it means no person.
THING = "thing"
PERSON_REFERENTS = {"male", "female", "person"}  # what the lexicon's personal pronouns mean


def _person_speaks_of_thing(verb: Token, subject: Token, mentions: dict[int, Mention]) -> bool:
    """Whether a pronoun subject that means a thing ("it") is reported by a person ("he
    said that although X does not take sides, it supports …"): a person is not "it", so the
    speaker is not the subject."""
    speaker = S.reporter(verb)
    if LEX.pronouns.get(subject.lower_) != THING or speaker is None:
        return False
    said = actors_at(speaker, mentions)
    return LEX.pronouns.get(speaker.lower_) in PERSON_REFERENTS or \
        speaker.ent_type_ == "PERSON" or any(m.actor.kind in PERSON_KINDS for m in said)


def besides(found: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions of `found` whose actor is none of `others`' (the same actor however it is
    named: by its id, else its name)."""
    ids = {m.actor.id or m.actor.name for m in others}
    return [m for m in found if (m.actor.id or m.actor.name) not in ids]


def _speakers(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The actors of the speaker of a reported clause (none when it is not reported), or of
    a clause in the first person in a quotation whose speaker another sentence names
    (attribution.py: "we" and "our" are the speaker's, "they" and "it" someone else's)."""
    speaker = S.reporter(verb)
    if speaker is None and _participle_of(verb):
        # "X said it was unaware, blaming Y": X blames
        speaker = S.reporter(S.participle_governor(verb))
    if speaker is None and _first_person(S.subject_of(verb)):
        attributing = attributing_verb(verb)
        return subject_actors(attributing, mentions) if attributing is not None else []
    return actors_at(speaker, mentions) if speaker is not None else []


def _participle_of(verb: Token) -> bool:
    """"…, blaming Y": a participle set after its clause with no subject of its own, whose
    doer is the subject of the clause it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
        not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children)


def _first_person(subject: Token | None) -> bool:
    """Whether a subject is the speaker's own: "I", "we", or a body "my" or "our" makes the
    speaker's ("our forces")."""
    return subject is not None and (subject.lower_ in {"i", "we"} or any(
        c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children))


def own_body(speaker: Mention, body: Token) -> Mention:
    """The speaker's country, with the sector its body word gives ("said his country will
    …", "says its forces …"), named as the speaker is; an armed group's forces are the
    group."""
    if speaker.actor.kind == "group":
        return speaker
    home = home_country(speaker)
    found = sector_of([body.lower_]) or sector_of([body.lemma_])
    sector = found[1] if found and found[1] in CONTEXT_SECTORS else None
    if sector is None:
        return home
    code = f"{home.actor.code}{sector}"
    actor = Actor(name=code, code=code, country=home.actor.country, sector=sector,
                  kind="agent", id=content_id(code))
    return Mention(home.text, home.start, home.end, actor)


def members_named(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """"Other countries backed the plan after the vote, including X and Y": the members a
    plural subject of states names by "including" at the end of its clause, wherever the
    parser hangs the phrase, except inside the verb's object (whose members they are)."""
    obj = S.direct_object(verb)
    inside = {t.i for t in obj.subtree} if obj is not None else set()
    for token in S.clause_tokens(verb):
        if token.lower_ == "including" and token.dep_ == "prep" and token.i not in inside:
            return first_actors([c for c in token.children if c.dep_ == "pobj"], mentions)
    return []


def complement_target(verb: Token, mentions: dict[int, Mention], addressed: bool = True,
                      source: list[Mention] | None = None, threat: bool = False
                      ) -> list[Mention]:
    """"demanded that the US cancel …" (the clause's subject, when the clause is `addressed`
    to it: not what is promised, "ensured the US would win"), or of the clause the verb is
    an aside in ("Oslo, the envoy warned, could …"); "offered to hand over to
    Britain …", "agreed to negotiate with Armenia" (the complement's object). Of two
    complement clauses, one whose subject is the `source` itself says what the source did
    ("X said …, and he doubted whether Y …": Y), not whom the act is aimed at; nor is the
    subject of a `threat` of the source's own side ("warned that <its country> would strike
    Y": Y). A clause the parser hung on the verb before it, where another follows it, is
    one joined before the verb, not its complement ("Y cheered, X warned that Z …": Z;
    `syntax.complement_clause`)."""
    aside = S.aside_clause(verb) if addressed else None
    if aside is not None:  # "Oslo, the envoy warned, could walk away"
        found = besides(actors_at(S.own_subject(aside), mentions), source or [])
        if found:
            return found
    # "expelled migrants crossing into X", "fired what X calls a missile": the verb's
    # object, not a clause
    named = {clause.i for clause, _ in S.free_relatives(verb)}
    following = S.complement_clause(verb)
    for child in verb.children:
        if S.participle_of_object(child) or child.i in named or (
                child.dep_ == "ccomp" and following is not None and following.i > verb.i and
                child.i < verb.i):
            continue
        if child.dep_ == "ccomp" and addressed:
            found = besides(actors_at(S.own_subject(child), mentions), source or [])
            if found and not (threat and not other_side(found, source or [])):
                return found
        if child.dep_ in {"xcomp", "ccomp"}:
            heads = [h for h in (S.direct_object(child),) if h is not None]
            heads += S.prep_objects(child, DEFAULT_TARGET_PREPS + ("for", "from", "in"))
            found = first_actors(heads, mentions)
            if found:
                return found
    return []


def noun_complement_target(noun: Token, mentions: dict[int, Mention],
                           judging: bool = False) -> list[Mention]:
    """Whom the infinitive an event noun governs is aimed at ("Kenya's refusal to negotiate
    with Somalia", "an offer to help Chad"): its object, else its prepositional phrase. Of a
    noun of judging (`judging`: an accusation, a criticism), whom its "that" clause says did
    the thing judged ("X's accusation that Y planted mines": Y)."""
    for clause in noun.children:
        if judging and clause.dep_ in {"acl", "ccomp"} and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            found = actors_at(S.own_subject(clause), mentions)
            if found:
                return found
        if clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in clause.children):
            heads = [h for h in (S.direct_object(clause),) if h is not None]
            found = first_actors(heads + S.prep_objects(clause, DEFAULT_TARGET_PREPS), mentions)
            if found:
                return found
    return []


def complement_object(noun: Token | None) -> Token | None:
    """The object of the clause that says what an event noun is for, whom the act it names
    is aimed at: its "to" infinitive ("launched an operation to detain 50 protesters") or its
    participle ("filed a lawsuit accusing a cartel"), when the clause has no subject of its
    own."""
    for clause in noun.children if noun is not None else ():
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if clause.dep_ in {"acl", "relcl"} and (infinitive or (
                clause.dep_ == "acl" and clause.tag_ == "VBG")) and \
                not any(c.dep_ in S.SUBJECTS for c in clause.children):
            return S.direct_object(clause)
    return None


def clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a verb with no object governs ("demanded that the minister
    resign")."""
    clause = S.complement_clause(verb) if S.direct_object(verb) is None else None
    return S.own_subject(clause) if clause is not None else None


def deep_target(heads: list[Token], mentions: dict[int, Mention],
                source: list[Mention] | None = None) -> list[Mention]:
    """An actor anywhere under the object ("aid to refugees fleeing the war in Liberia"), past
    an owner of the source's own code ("reaffirmed the UN's support for X": X), but not in a
    relative clause, which says more of the thing than whom the act is aimed at ("attacked a
    camp that X built"), nor in what the thing is said to be (`described`)."""
    codes = {m.actor.code for m in source or []} - {None}
    own = {t.i for head in heads for c in head.children if c.dep_ == "poss"
           for t in c.subtree if t.i in mentions and mentions[t.i].actor.code in codes}
    called = {t.i for head in heads for d in described(head.head) for t in d.subtree}
    found = [t for head in heads for t in S.subtree_without(head, {"relcl"})
             if t.i in mentions and t.i not in called]
    token = next((t for t in found if t.i not in own), None) or next(iter(found), None)
    if token is None:
        return []
    return actors_at(token, mentions) or [mentions[token.i]]


def unnamed_owner(heads: list[Token], mentions: dict[int, Mention],
                  words: dict[str, frozenset[str]]) -> bool:
    """"expressed disappointment in the firm's decision to …": the first of `heads`, or the
    noun its prepositional phrase names, belongs to people or a body its possessive names
    with no code (a common noun, not a pronoun); the act is aimed at that owner, so no actor
    named deeper in the thing, nor elsewhere in the clause, is its target."""
    head = next(iter(heads), None)
    nouns = [head] + [g for p in head.children if p.dep_ == "prep" for g in p.children
                      if g.dep_ == "pobj"] if head is not None else []
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" and generic_target(c, mentions, words)
               for noun in nouns for c in noun.children)


def contrasted(clause: Token) -> bool:
    """An adverbial clause with a subject of its own, set beside the main clause by a
    subordinator of contrast or simultaneity (lexicon `contrast_marks`: "sent troops while X
    watched", "even as talks went on in X"): another happening."""
    if clause.dep_ != "advcl" or (subject := S.own_subject(clause)) is None:
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ in {"advmod", "mark"} and
             c.i < subject.i]
    return bool(marks) and (" ".join(marks) in LEX.contrast_marks or
                            marks[-1] in LEX.contrast_marks)


def clause_target(verb: Token, source: list[Mention],
                   mentions: dict[int, Mention], promised: bool = False) -> list[Mention]:
    """The nearest other actor in the trigger's clause, outside its subject and its "by"
    agent ("demonstrated in Serbia", "arrived in Amman"; not "were freed by rebels in X":
    X places the rebels), nor in a clause of contrast ("even as talks went on in X"), nor in a
    clause coordinated with the trigger's whose own subject is an actor ("X shelled the port
    and Y protested"): another actor's act, whose actors are its own (`_other_actors_act`),
    nor who reports the act ("…, the Z agency reported", "according to Z"),
    nor in a relative clause of a phrase of time (`_told_of_a_time`), nor the source's own
    side named in a participle of saying ("…, saying <its country> would …")."""
    subject = S.subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    # a second subject the parser hangs on the verb ("the opposition X condemned …": the
    # subject's own modifier) is no one the act is aimed at either
    skip |= {t.i for c in verb.children if c.dep_ in S.SUBJECTS and c.i < verb.i
             for t in c.subtree}
    skip |= {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
             and _other_actors_act(verb, c, mentions) for t in c.subtree}
    skip |= {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
    skip |= {t.i for c in verb.subtree if c.i != verb.i and contrasted(c) for t in c.subtree}
    skip |= {t.i for c in verb.subtree if _told_of_a_time(c, verb) for t in c.subtree}
    skip |= {t.i for c in verb.children if _attribution(c, verb) or (
        c.dep_ == "prep" and c.lower_ == "according") for t in c.subtree}
    # "under X's leadership", "under pressure from Y": whose rule or pressure the act is
    # done under, not whom it is aimed at
    skip |= {t.i for c in verb.children if c.dep_ == "prep" and (
        c.lower_ in LEX.circumstance_preps or S.medium_phrase(c)) for t in c.subtree}
    if promised:  # "vowed that its country would help": the promiser's own side will act
        countries = {country_of(m) for m in source} - {""}
        subjects = [S.own_subject(c) for c in verb.children if c.dep_ == "ccomp"]
        skip |= {t.i for s in subjects if s is not None for t in s.subtree
                 if t.i in mentions and country_of(mentions[t.i]) in countries}
    # "defended the deal, saying <its own country> is able to …": what the source says of its
    # own side in a participle of saying is no one its act is aimed at
    said = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
            c.lemma_ in S.SPEECH]
    skip |= {t.i for c in said for t in c.subtree
             if t.i in mentions and not other_side([mentions[t.i]], source)}
    skip |= {t.i for head in described(verb) for t in head.subtree}
    # "fired what Y described as a missile": who names the thing is not aimed at
    skip |= {t.i for clause, _ in S.free_relatives(verb)
             if (namer := S.own_subject(clause)) is not None for t in namer.subtree}
    taken = {id(m) for m in source}
    candidates = [t for t in verb.subtree if t.i in mentions and t.i not in skip and
                  id(mentions[t.i]) not in taken]
    if not candidates:
        return []
    nearest = min(candidates, key=lambda t: abs(t.i - verb.i))
    return [m for m in actors_at(nearest, mentions) if id(m) not in taken] or \
        [mentions[nearest.i]]


def described(verb: Token) -> list[Token]:
    """What a verb's object is said to be: a predicative "as" phrase with an indefinite
    noun ("slammed the move as a gift to Y", "hailed the deal as a win for Y"), or a
    participle of naming with its own object ("…, calling it a gift to Y"). Who is named in
    such a description is part of what the thing is called, not whom the act is aimed at."""
    obj = S.direct_object(verb)
    if obj is None:
        return []
    preps = S.described_as(verb) + S.described_as(obj)
    naming = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and
              c.lemma_.lower() in LEX.naming_verbs and S.direct_object(c) is not None]
    return preps + naming


def _attribution(clause: Token, verb: Token) -> bool:
    """"X arrested Y, the Z agency reported": a clause of saying with its own subject, after
    the act and set off by a comma (which the parser may hang below the act's verb), tells
    who reports the act; its speaker is no one the act is aimed at."""
    speaker = S.own_subject(clause)
    return clause.dep_ in {"advcl", "parataxis", "ccomp"} and clause.i > verb.i and \
        clause.lemma_ in S.SPEECH and speaker is not None and \
        not any(c.dep_ == "mark" for c in clause.children) and \
        any(t.lower_ == "," for t in verb.doc[verb.i:speaker.i])


def _told_of_a_time(clause: Token, verb: Token) -> bool:
    """"raided six homes after the attack that angered X": a relative clause of the noun of
    a phrase of time of the trigger's own clause tells that other happening; its actors
    are its own, not whom the trigger's act is aimed at."""
    noun = clause.head
    return clause.dep_ == "relcl" and noun.dep_ == "pobj" and \
        noun.head.lower_ in S.BACKGROUND_PREPS and noun.head.head.i == verb.i


def _other_actors_act(verb: Token, conjunct: Token, mentions: dict[int, Mention]) -> bool:
    """A clause coordinated with `verb` whose own subject names an actor or is a pronoun (or a
    part of what one stands for, "three of them"): that actor's own act ("X shelled the port
    and Y protested"). One set against it by "but" or "yet" is often the other party's answer
    to the act ("X offered aid, but Y refused it"), so it names whom the act concerned and is
    not skipped."""
    subject = S.own_subject(conjunct)
    if subject is None or not (subject.i in mentions or subject.pos_ == "PRON" or
                               _partitive_of_pronoun(subject)):
        return False
    return not any(t.dep_ == "cc" and t.lower_ in {"but", "yet"}
                   for t in verb.doc[verb.i + 1:subject.i])


def _partitive_of_pronoun(subject: Token) -> bool:
    """"three of them", "some of those": a number or a quantifier taking part of what a
    pronoun stands for is a pronoun's reference too."""
    return subject.pos_ in {"NUM", "DET", "PRON"} and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "PRON" for g in p.children)
        for p in subject.children)


# How a body names the mission it leads ("the UN force", "the NATO-led force", "UN's mission").
MISSION_OWNER_DEPS = {"compound", "amod", "nmod", "npadvmod", "poss"}


def hosts(found: list[Mention], doc: Doc, mentions: dict[int, Mention]) -> list[Mention]:
    """An international body's force or mission placed in a country ("troops for the UN
    force in X", "extended the UN mission in X") stands for that country, whom it serves
    (PLOVER codes peacekeeping aid as aimed at the country it is deployed in)."""
    return [_host(m, doc, mentions) or m for m in found]


def _host(mention: Mention, doc: Doc, mentions: dict[int, Mention]) -> Mention | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if mention.actor.kind != "igo" or span is None:
        return None
    word = span[-1]  # the name's last word ("the" may hang from the mission's noun)
    while word.dep_ in MISSION_OWNER_DEPS and word.head.i != word.i:
        word = word.head
    if word.lemma_.lower() not in LEX.missions:
        return None
    return next((mentions[t.i] for place in S.prep_objects(word, ("in",))
                 for t in place.subtree if t.i in mentions and
                 mentions[t.i].actor.kind in {"country", "place", "capital"}), None)


def first_actors(heads: list[Token], mentions: dict[int, Mention]) -> list[Mention]:
    for head in heads:
        found = actors_at(head, mentions)
        if found:
            return found
    return []


# Prepositions that say where a subject's people are ("workers in X", "strikers at X").
PLACING_PREPS = {"in", "at"}
# Prepositions that say whom a happening is aimed at ("a war on X", "strikes against X").
AIMING_PREPS = {"on", "against"}


def people_placed(source: list[Mention], subject: Token | None, mentions: dict[int, Mention],
                  words: dict[str, frozenset[str]]) -> list[Mention]:
    """A subject that names people and places them ("strikers at a mine in <town>",
    "workers in <country> went on strike") is those people, of the place's country: the
    place is where they are, not who acts; one that places a happening names no one
    (`happened_in`)."""
    if happened_in(source, subject, mentions, words):
        return []
    if subject is None or not source or not all(
            m.actor.kind == "place" or (m.actor.kind == "country" and _inside(m, subject))
            for m in source):
        return source
    return placed(generic_target(subject, mentions, words), source, subject.doc) or source


def happened_in(source: list[Mention], subject: Token | None, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> bool:
    """A subject that names a happening (object class `happening`: an attack, a blast, a
    war) says where it happened or whom it was aimed at, not who did it: a source found
    only in its phrase of place ("bombings in X wounded …") or of aim ("its war on X
    strained …") is none (the phrase's own doers, "attacks by X", "X's attacks", are). So
    does a weapon's (lexicon `weapon_nouns`: "a car bomb in X killed …"): where it went
    off, not who set it; and a town named anywhere in its phrase ("the murder of a
    <town>-based journalist") is where someone is from or was, no doer."""
    return subject is not None and bool(source) and (
        "happening" in classes_of(subject, mentions, words) or
        subject.lemma_.lower() in LEX.weapon_nouns) and \
        all(_inside(m, subject, PLACING_PREPS | AIMING_PREPS) or
            (m.actor.kind == "place" and
             subject.left_edge.idx <= m.start < subject.right_edge.idx + len(subject.right_edge))
            for m in source)


def _inside(mention: Mention, subject: Token, preps: set[str] = PLACING_PREPS) -> bool:
    """Whether an actor is named in a phrase of `preps` of a subject: of place by default
    ("workers in X"; not "countries including X", "X's workers")."""
    span = subject.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    above = next((a for a in span.root.ancestors if a.dep_ == "prep"), None) \
        if span is not None else None
    return above is not None and above.lower_ in preps and \
        any(a.i == subject.i for a in above.ancestors)


def protesters(verb: Token, places: list[Mention], mentions: dict[int, Mention],
               words: dict[str, frozenset[str]]) -> list[Mention]:
    """Who protests where the subject names no actor and the clause names a place ("workers
    at a mine in X went on strike", "prisoners rioted in X"): the people the subject names,
    of that place's country ("thousands rallied in X": the crowd, `crowd`).
    Where the actor found is what the protest is against, not where it is ("students
    marched against X's government"), the people are still named by the subject's own words,
    of the country the protest is aimed at: the protesters are not the body they oppose.
    A town the clause names goes before a body's building ("rallied outside X's embassy in
    <town>": the town's people); a subject no rule names ("crowds") is the people its own
    words name, of that country."""
    places = [*_towns_within(verb.doc, places, mentions), *places]
    home = [home_country(m) for m in sorted(places, key=lambda m: m.actor.kind != "place")
            if m.actor.code]
    subject = S.subject_of(verb)
    if not home or subject is None:
        return []  # "blocked roads to protest X's imports": no one the clause names protests
    people = generic_target(subject, mentions, words) or crowd(subject) or (
        [phrase_mention(subject)] if subject.pos_ == "NOUN" else [])
    return placed(people, home, verb.doc) or [
        Mention(m.text, m.start, m.end, home[0].actor) for m in people[:1]] or home


def _towns_within(doc: Doc, places: list[Mention], mentions: dict[int, Mention]
                  ) -> list[Mention]:
    """The towns and regions (actors of kind "place") named in a locative phrase of the
    bodies found ("outside X's embassy in <town>"): where the building stands."""
    out: list[Mention] = []
    for place in places:
        start, end = token_range(doc, place)
        if end <= start or place.actor.kind == "place":
            continue
        for token in doc[start:end].root.subtree:
            found = mentions.get(token.i)
            if found is not None and found.actor.kind == "place" and found not in out and \
                    token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
                out.append(found)
    return out


def crowd(subject: Token | None) -> list[Mention]:
    """A subject that only counts ("thousands", "tens of thousands", "several hundred") names
    a crowd of people, not yet of any country: the phrase, uncoded, for `placed` to give the
    country of where it gathers."""
    if subject is None or not _counting(subject):
        return []
    return [phrase_mention(subject, max(subject.subtree, key=lambda t: t.i))]


def _counting(token: Token) -> bool:
    """Whether a phrase is a count alone: a number or a count word, counting nothing but
    another count ("tens of thousands")."""
    if token.pos_ != "NUM" and token.lemma_.lower() not in S.MEASURES:
        return False
    return all(_counting(c) for c in S.prep_objects(token, ("of",))) and not any(
        c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in S.MEASURES
        for c in token.subtree if c.i != token.i and c.dep_ not in {"pobj", "quantmod"})


def answering(verb: Token, obj: Token | None, source: list[Mention],
              mentions: dict[int, Mention]) -> list[Mention]:
    """Whom a denial answers: the one it is told to ("denied it to X"), or whose claim it
    denies ("denied X's accusations", "rejected charges by X"); not an actor the denied act
    names ("denied meddling in X's election", "denied that it attacked X"), which is what
    the denial is about (CAMEO 016: the denier denies responsibility, to the accuser)."""
    if obj is None:
        return first_actors(S.indirect_objects(verb) + S.prep_objects(verb, ("to",)), mentions)
    # "charges by X", and those a participle says X made ("accusations made by X")
    claimants = S.prep_objects(obj, ("by", "from")) + [
        a for c in obj.children if c.dep_ == "acl" and c.i != verb.i
        for a in S.prep_objects(c, ("by",))]  # not the denial's own agent
    summed = [c for c in verb.children if c.dep_ == "ccomp" and c.i < obj.i] \
        if obj == S.summed_claim(verb) else [s for s in (S.summing_clause(verb),) if s]
    # "X accused Y of Z, a charge W denied": X made it
    claimants += [s for c in summed[:1] if c.lemma_.lower() in LEX.accusing | LEX.speech
                  for s in (S.own_subject(c),) if s is not None]
    return first_actors(S.indirect_objects(verb), mentions) or \
        other_side(first_actors(owners(obj), mentions), source) or \
        first_actors(S.prep_objects(verb, ("to",)) + claimants, mentions)
