"""The event coder component (`communique_events`): each sentence yields zero or more events
from verb and noun patterns over the parse and the resolved actors (`doc._.mentions`).

Sources and targets are lists (PLOVER's list form): "Macron and Scholz arrived" is one event
with both as sources. In reported speech the event belongs to the reported clause and the
speaker goes to `reported_by`; a saying is an event only when a pattern codes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique import cameo
from communique.ids import content_id
from communique.models import Actor, Event, Mention
from communique.nlp import modality as M
from communique.nlp.arguments import (UNDERGOING, coordinated_owners, generic_target,
                                       givers_of, other_side, owners, parties, place_phrase,
                                       placed)
from communique.nlp import syntax as S
from communique.nlp.confidence import confidence
from communique.nlp.discards import background_clause, story_discarded
from communique.nlp.lexicon import LEX
from communique.nlp.objects import classes_of, load_object_classes
from communique.nlp.patterns import Pattern, PatternSet, load_patterns
from communique.nlp.when import event_date

DEFAULT_TARGET_PREPS = ("against", "on", "with", "to", "at", "toward", "towards", "into")
NOUN_SOURCE_DEPS = {"poss", "amod", "compound", "nmod"}
NOUN_TARGET_PREPS = ("on", "against", "of", "in", "at", "with", "to", "into")
# Cooperation said to come ("will provide aid", "would allow inspectors") is CAMEO's intent to
# cooperate (03x), and force said to come is a threat (138), as PLOVER codes them.
INTENT_CODES = LEX.intent_codes
# Cooperation refused or not given ("will not accept refugees", "failed to reach agreement")
# is a rejection (12x).
REJECT_CODES = LEX.reject_codes
# Events whose complement clause is their content ("demanded that Israel ease …", "threatened
# to impose a curfew"): the clause is not an event of its own.
CONTENT_ROOTS = LEX.content_roots
PRONOUNS = frozenset(LEX.pronouns)
# Parts of speech that may trigger an event (verb and noun patterns, light verbs).
TRIGGER_POS = {"VERB", "AUX", "NOUN", "PROPN"}
ASKING_ROOTS = LEX.asking_roots
PLACE_TARGET_CODES = tuple(LEX.place_target_codes)
# "went on strike", "converged for a rally", "took part in protests".
LIGHT_PREPS = ("on", "for", "in", "into")
# What a verb with neither direct object nor pattern preposition governs, for object classes:
# "withdrew from the treaty", "fought for peace".
GOVERNED_PREPS = ("from", "against", "on", "at", "in", "into", "to", "for", "with", "of",
                  "out")


def _home_country(mention: Mention) -> Mention:
    """Protests, and demands or refusals by a country's own people with no one else named,
    are aimed at their own country (as PLOVER codes them)."""
    actor = mention.actor
    code = actor.country or (actor.code or "")[:3]
    home = Actor(name=code, code=code, country=actor.country, kind="country",
                 id=content_id(code))
    return Mention(mention.text, mention.start, mention.end, home)


def intent_code(code: str, mood: str, refused: bool = False) -> str:
    """The code of an event the text says is to come, or explicitly refuses, given its code
    as if it happened. A plain negation ("did not attack", "did not grant") is not a refusal:
    the action keeps its code, negated."""
    table = REJECT_CODES if refused and code[:2] <= "08" else (
        INTENT_CODES if mood != "asserted" else {})
    for prefix in (code, code[:3], code[:2]):
        if prefix in table:
            return table[prefix]
    return code


@dataclass(slots=True)
class Match:
    pattern: Pattern
    trigger: Token
    source: list[Mention]
    target: list[Mention]
    direct: bool  # actors found in the trigger's own subject/object slots
    located: bool = False  # the source is a group placed in a country ("rebels in X")
    aimed: bool = False  # the target found in the trigger's own slots


class EventCoder:
    """Code events into `doc._.events`; article ids, ids and dates are filled in later."""

    def __init__(self, nlp: Language, patterns_files: Iterable[str] = (),
                 object_classes_files: Iterable[str] = ()) -> None:
        from communique.geo import gazetteer

        self.patterns: PatternSet = load_patterns(patterns_files)
        self.object_words = load_object_classes(object_classes_files)
        gazetteer()  # heavy state loads once per worker, not on the first event

    def __call__(self, doc: Doc) -> Doc:
        _correct_lemmas(doc)
        mentions = _by_token(doc)
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        consumed: set[int] = set()
        events: list[Event] = []
        skipped = _skipped_sentences(doc)
        pos = {doc.vocab.strings[p] for p in TRIGGER_POS}
        for i, tag in enumerate(doc.to_array("POS").tolist()):
            if tag not in pos or i in consumed or skipped[i]:
                continue  # only verbs and nouns trigger events
            token = doc[i]
            match = self._match(token, mentions)
            if match is None:
                continue
            if token.lemma_ not in S.DENIAL:  # "denied attacking": the attack, negated
                consumed |= {c.i for c in token.children if c.dep_ in S.OBJECTS or
                             c.dep_ == "xcomp"}
            if (match.pattern.code[:2] in CONTENT_ROOTS and token.lemma_ not in S.DENIAL) or \
                    match.pattern.note.startswith("obligation"):
                consumed |= {c.i for c in token.children if c.dep_ == "ccomp"}
            reason = M.unasserted(token)
            event = _event(doc, match, mentions, dates, reason)
            if M.counted(event.cameo_root, event.mood, reason) and \
                    not _historical(event.date, doc._.published) and \
                    not background_clause(token):
                events += [event, *([] if match.aimed else reciprocal(event))]
        doc._.events = _one_per_happening(_without_bare_statements(events))
        return doc

    def _match(self, token: Token, mentions: dict[int, Mention]) -> Match | None:
        pos = token.pos_  # one of TRIGGER_POS: the caller tries no other
        lemma = token.lemma_.lower()
        if pos in {"VERB", "AUX"} and lemma in self.patterns.verbs:
            frame = _Verb(token)
            for pattern in self.patterns.verbs[lemma]:
                match = _verb_match(pattern, token, mentions, self.object_words, frame)
                if match is not None:
                    return None if match.pattern.null else match
        if pos == "VERB":
            match = self._light_verb(token, mentions) or _obligation(token, mentions)
            if match is not None:
                return match
        if pos in {"NOUN", "PROPN"} and lemma in self.patterns.nouns:
            for pattern in self.patterns.nouns[lemma]:
                match = _noun_match(pattern, token, mentions)
                if match is not None:
                    return match
        return None


    def _light_verb(self, verb: Token, mentions: dict[int, Mention]) -> Match | None:
        """"launched an attack on X", "held talks with X", "gave aid to X": a verb whose
        object is an event noun takes the noun's code, the verb's subject and targets."""
        undergoing = verb.lemma_.lower() in UNDERGOING
        obj = S.direct_object(verb) or next(iter(S.prep_objects(
            verb, LIGHT_PREPS + (("under",) if undergoing else ()))), None)
        if obj is None:
            return None
        for lemma in S.object_lemmas(obj):  # an ordered list: the head noun first
            for pattern in self.patterns.nouns.get(lemma, []):
                if pattern.modifier and not any(
                        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in pattern.modifier
                        for c in obj.children):
                    continue
                if undergoing:  # the subject undergoes what the "from"/"by" phrase does
                    givers = _first_actors(givers_of(verb, obj), mentions)
                    target = _subject_actors(verb, mentions)
                    return Match(pattern, verb, givers, target, direct=True) \
                        if givers and target else None
                source = _subject_actors(verb, mentions)
                heads = S.prep_objects(verb, DEFAULT_TARGET_PREPS) + S.prep_objects(
                    obj, pattern.prep or NOUN_TARGET_PREPS)
                heads += S.indirect_objects(verb)
                own = _first_actors(heads, mentions)
                target = own or _clause_target(verb, source, _coded(mentions))
                if not source and pattern.code[:2] == "14" and target:
                    source = target  # "thousands rallied in Lagos": a protest in Nigeria
                if source:
                    return Match(pattern, verb, source, target, direct=True, aimed=bool(own))
        return None


OBLIGATION = LEX.obligations
SAYING = S.SPEECH | LEX.saying_extra


def _obligation(verb: Token, mentions: dict[int, Mention]) -> Match | None:
    """"X said (that) Y must / should do Z": X demands (100) or urges (020) it of Y."""
    if verb.lemma_.lower() not in SAYING:
        return None
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "acl", "relcl"}:
            continue
        modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and
                      c.lower_ in OBLIGATION), None)
        subject = next((c for c in clause.children if c.dep_ in S.SUBJECTS), None)
        source, target = _subject_actors(verb, mentions), actors_at(subject, mentions)
        if modal and source and target:
            pattern = Pattern(code=OBLIGATION[modal], verb=verb.lemma_.lower(),
                              note="obligation in a reported clause")
            return Match(pattern, verb, source, target, direct=True)
    return None


def _correct_lemmas(doc: Doc) -> None:
    """Give verbs the lemma the model's lemmatizer gets wrong for some forms (lexicon
    `verb_forms`: "staged" is "stage", not "stag")."""
    for token in doc:
        lemma = LEX.verb_forms.get(token.lower_)
        if lemma is not None and token.pos_ in {"VERB", "AUX"}:
            token.lemma_ = lemma


def _historical(date: str | None, published: str | None) -> bool:
    """An event dated two or more calendar years before the article's publication is
    background history, not news (CAMEO codes the news of the day)."""
    if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(published[:4]) - int(date[:4]) >= 2


def _skipped_sentences(doc: Doc) -> list[bool]:
    """For each token, whether its sentence is not to code: all of them in a story the
    discard list drops; a sentence printed again in the article (its first copy is coded)."""
    text = S.doc_text(doc)  # `Span.text` joins its tokens on each call
    if story_discarded(text):
        return [True] * len(doc)
    seen: set[str] = set()
    skipped = [False] * len(doc)
    for sent in doc.sents:
        key = " ".join(re.findall(r"\w+", text[sent.start_char:sent.end_char].lower()))
        if key and key in seen:
            skipped[sent.start:sent.end] = [True] * len(sent)
        seen.add(key)
    return skipped


RECIPROCAL = tuple(LEX.reciprocal_codes)


def reciprocal(event: Event) -> list[Event]:
    """An event CAMEO codes twice, actors reversed ("X and Y agreed", "X and Y signed a
    deal"): one event from each of its two or three sources to each other, beside the event
    with all of them as sources (PLOVER's list form). None when the trigger's own slots aim it
    at someone else ("X and Y met Z") or when the sources are not coded actors of distinct
    codes."""
    sides = event.source
    if not 2 <= len(sides) <= 3 or not event.cameo.startswith(RECIPROCAL) or \
            len({m.actor.code for m in sides} - {None}) < len(sides):
        return []
    return [replace(event, source=[a], target=[b]) for a in sides for b in sides if a is not b]


def _one_per_happening(events: list[Event]) -> list[Event]:
    """One sentence, one event per happening: of events in the same sentence with the same
    CAMEO root and the same actors (or one with no target where the other has one), the one
    with a target, then the most specific code, then the most confident, stays."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (not e.target, -len(e.cameo), -e.confidence)):
        if not any(_same_happening(event, other) for other in kept):
            kept.append(event)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


def _codes(mentions: list[Mention]) -> frozenset[str | None]:
    return frozenset(m.actor.code for m in mentions)


def _same_happening(a: Event, b: Event) -> bool:
    if a.span != b.span or a.cameo_root != b.cameo_root or a.negated != b.negated or \
            _codes(a.source) != _codes(b.source):
        return False
    return not a.target or not b.target or _codes(a.target) == _codes(b.target)


def _without_bare_statements(events: list[Event]) -> list[Event]:
    """"announced it will return weapons": a statement is an event only when the sentence
    has no other, more telling one."""
    telling = [e for e in events if e.cameo_root != "01" or e.cameo != "010"]
    return telling if telling else events


class _Mentions(dict[int, Mention]):
    """A doc's mentions by token; those of coded actors are found once, when first asked."""

    @cached_property
    def coded(self) -> dict[int, Mention]:
        return {i: m for i, m in self.items() if m.actor.code is not None}


def _by_token(doc: Doc) -> dict[int, Mention]:
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
        if mention is None:
            mention = next((mentions[t.i] for t in S.phrase_tokens(conjunct)
                            if t.i in mentions), None)
        if mention is None:  # "Jane Doe, the UN envoy": the apposition names the actor
            mention = next((mentions[t.i] for a in conjunct.children if a.dep_ == "appos"
                            for t in S.phrase_tokens(a) if t.i in mentions), None)
        mention = _people_where_they_live(conjunct, mention, mentions)
        if mention is not None and all(m.actor.code != mention.actor.code or
                                       m.actor.name != mention.actor.name for m in found):
            found.append(mention)
        found += [m for m in coordinated_owners(conjunct, mentions)
                  if all(_country(m) != _country(other) for other in found)]
    return found


def _country(mention: Mention) -> str:
    """The country of an actor, or its name when it has none ("Nigerian and British forces":
    a word already counted in the phrase's own actor adds no one)."""
    return mention.actor.country or (mention.actor.code or "")[:3] or mention.actor.name


def _people_where_they_live(head: Token, mention: Mention | None,
                            mentions: dict[int, Mention]) -> Mention | None:
    """"Ethnic Albanians in south Serbia", "Kurds of northern Iraq": a people named by a
    nationality and placed in another country act as part of that country."""
    if mention is None or mention.actor.kind not in {"country", "group"} or \
            head.tag_ not in {"NNPS", "NNS"}:
        return mention
    for place in S.prep_objects(head, ("in", "of", "from")):
        found = next((mentions[t.i] for t in place.subtree if t.i in mentions), None)
        if found is not None and found.actor.country and \
                found.actor.country != mention.actor.country:
            return found
    return mention


class _Verb:
    """What the patterns of one trigger verb read of its parse, found once for all of them."""

    def __init__(self, verb: Token) -> None:
        children = list(verb.children)
        self.verb = verb
        self.particles = {c.lower_ for c in children if c.dep_ == "prt"}
        self.passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN")
        self.agent, self.patient = S.passive_parts(verb) if self.passive else (None, None)
        self._lemmas: dict[int, set[str]] = {}
        self._modifiers: dict[int, set[str]] = {}

    @cached_property
    def subject(self) -> Token | None:
        return S.subject_of(self.verb)

    @cached_property
    def direct_object(self) -> Token | None:
        return S.direct_object(self.verb)

    @cached_property
    def complements(self) -> list[tuple[Token, str]]:
        """The open and clausal complements, with their lemmas."""
        return [(c, c.lemma_.lower()) for c in self.verb.children
                if c.dep_ in {"xcomp", "ccomp"}]

    def lemmas(self, token: Token) -> set[str]:
        """`syntax.object_lemmas` of a token, as a set."""
        if token.i not in self._lemmas:
            self._lemmas[token.i] = set(S.object_lemmas(token))
        return self._lemmas[token.i]

    def modifiers(self, token: Token) -> set[str]:
        """The lemmas of a token's compounds and adjectives."""
        if token.i not in self._modifiers:
            self._modifiers[token.i] = {c.lemma_.lower() for c in token.children
                                        if c.dep_ in {"compound", "amod"}}
        return self._modifiers[token.i]


def _verb_match(pattern: Pattern, verb: Token, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]] | None = None,
                frame: _Verb | None = None) -> Match | None:
    frame = frame if frame is not None else _Verb(verb)
    if pattern.particle and pattern.particle not in frame.particles:
        return None
    passive = frame.passive
    agent, patient = frame.agent, frame.patient
    if pattern.subject:
        before = patient if passive else frame.subject
        if before is None or not frame.lemmas(before) & set(pattern.subject):
            return None
    obj = patient if passive else frame.direct_object
    clause = verb
    addressee: list[Token] = []  # "urged X to withdraw": whom the appeal is made to
    if pattern.xcomp:
        comp = next((c for c, lemma in frame.complements if lemma in pattern.xcomp), None)
        if comp is None:
            return None
        clause = comp
        addressee = [obj] if obj is not None and not passive else []
        obj = S.direct_object(comp)
    if pattern.modifier and (obj is None or not frame.modifiers(obj) & set(pattern.modifier)):
        return None
    phrase_heads: list[Token] = []
    if pattern.prep_object:
        phrase_heads = [h for h in S.prep_objects(clause, pattern.prep or ())
                        if set(S.object_lemmas(h)) & set(pattern.prep_object)]
        if not phrase_heads:
            return None
    if (pattern.object_class or pattern.exclude_object_class) and not _object_class_fits(
            pattern, clause, obj, mentions, words):
        return None
    if pattern.object:
        if obj is None or not frame.lemmas(obj) & set(pattern.object):
            return None
        target_heads = S.indirect_objects(verb) + \
            S.prep_objects(verb, pattern.object_prep or DEFAULT_TARGET_PREPS) + \
            S.prep_objects(obj, pattern.object_prep or ("on", "against", "with"))
    elif pattern.prep_object:
        target_heads = ([obj] if obj is not None else []) + \
            S.prep_objects(verb, DEFAULT_TARGET_PREPS) + phrase_heads
    elif pattern.prep:
        target_heads = S.prep_objects(clause, pattern.prep)
        if not target_heads:
            return None
    else:
        target_heads = _recipients(verb, obj, mentions, words) + ([obj] if obj is not None
                                                                   else [])
    target_heads = addressee + target_heads
    if pattern.null:  # the construction is no event: no actors needed
        return Match(pattern, verb, [], [], direct=True)
    asked = _asked(pattern, clause, obj)
    target_heads += asked
    source = actors_at(agent, mentions) if passive else _subject_actors(verb, mentions)
    if source and all(m.actor.kind == "place" for m in source):
        people = generic_target(agent if passive else S.subject_of(verb), mentions,
                                words or load_object_classes())
        source = placed(people, source, verb.doc) or source  # "strikers at a mine in <town>"
    deep = target_heads + ([obj] if obj is not None and pattern.object else [])
    coded = _coded(mentions)  # a name with no code is a target only where it stands
    owned = owners(obj) if pattern.object and obj is not None else []
    own = [] if pattern.target == "none" else (
        _first_actors(S.indirect_objects(verb), mentions)
        or other_side(_first_actors(owned, mentions), source)
        or _first_actors(target_heads, mentions) or _complement_target(clause, coded)
        or _restricted_place(pattern, clause, obj, words))
    words = words or load_object_classes()
    generic = [] if pattern.target == "none" else (
        generic_target(next(iter(target_heads), None), mentions, words)
        or generic_target(next(iter(asked), None), mentions, words)
        or generic_target(_clause_subject(clause), mentions, words))
    if generic and own and all(m.actor.kind == "place" for m in own):
        own = placed(generic, own, verb.doc)  # "clashed with protesters in <town>": the protesters
    sides = actors_at(parties(agent if passive else S.subject_of(verb)), mentions)
    if len(sides) > 1 and not own and pattern.target != "none":
        return Match(pattern, verb, sides[:1], sides[1:], direct=True)  # "talks between …"
    if pattern.target == "required" and not own:
        return None  # the verb's own object or complement names no actor
    around = [] if own or pattern.target == "none" else (
        _deep_target(deep, coded) or _clause_target(verb, source, coded))
    # people a pattern's preposition names ("held talks with Asian countries") come before a
    # name further on; the object of a verb whose pattern does not name it ("sent troops to
    # X") only after it
    governed = bool(target_heads) and target_heads[0] is not obj
    target = own or placed(generic, around, verb.doc) or (generic if governed else []) or \
        around or (_object_people(obj, mentions, words) if pattern.object and
                   pattern.target != "none" else [])
    if not source and pattern.code[:2] == "14" and not passive:
        source = [_home_country(m) for m in _clause_target(verb, [], mentions)
                  if m.actor.code]
        # "prisoners rioted in East Timor": people of that country, not its government
    if not source:
        return None
    subject = S.subject_of(verb)
    located = subject is not None and subject.i not in mentions and not passive
    return Match(pattern, verb, source, target, direct=True, located=located, aimed=bool(own))


def _restricted_place(pattern: Pattern, verb: Token, obj: Token | None,
                      words: dict[str, frozenset[str]] | None) -> list[Mention]:
    """The place a curfew, a state of emergency or a blockade is imposed on or in ("imposed a
    curfew in the northern districts"), when no actor is named there."""
    if not pattern.code.startswith(PLACE_TARGET_CODES):
        return []
    heads = S.prep_objects(verb, ("in", "on")) + (S.prep_objects(obj, ("in", "on"))
                                                  if obj is not None else [])
    return place_phrase(next(iter(heads), None), words or load_object_classes())


def _recipients(verb: Token, obj: Token | None, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]] | None) -> list[Token]:
    """Whom a thing is given, sent or returned to ("returned a painting of <a name> to X"):
    the "to" phrase, before the names inside a thing; none when the object names people or
    a body ("sent troops to X": X is where they go). A name the knowledge base does not code
    is a thing given ("returned <an uncoded name> to X"). The "to" phrase may hang from the
    object ("returned a statue of <a name> to X": the parser attaches it to the nearer noun)."""
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.i in _coded(mentions) or \
            generic_target(obj, mentions, words or load_object_classes()):
        return []
    return S.prep_objects(verb, ("to",)) + S.prep_objects(obj, ("to",))


def _asked(pattern: Pattern, verb: Token, obj: Token | None) -> list[Token]:
    """Whom an appeal or a demand is made of, or whose request is refused: the "from" phrase
    of the verb or its object ("demanded an apology from X", "sought aid from X", "refused a
    request from X")."""
    if pattern.code[:2] not in ASKING_ROOTS:
        return []
    return S.prep_objects(verb, ("from",)) + (S.prep_objects(obj, ("from",)) if obj is not None
                                              else [])


def _object_people(obj: Token | None, mentions: dict[int, Mention],
                   words: dict[str, frozenset[str]] | None) -> list[Mention]:
    """"arrested two opposition leaders", "outlawed opposition parties": the object a pattern
    names, when it names people or a body and is not the source's own ("withdrew its
    troops")."""
    if obj is None or any(c.dep_ == "poss" for c in obj.children):
        return []
    return generic_target(obj, mentions, words or load_object_classes())


def _coded(mentions: dict[int, Mention]) -> dict[int, Mention]:
    """The mentions of actors with a code (uncoded names are not looked for far away)."""
    if isinstance(mentions, _Mentions):
        return mentions.coded
    return {i: m for i, m in mentions.items() if m.actor.code is not None}


def _object_class_fits(pattern: Pattern, clause: Token, obj: Token | None,
                       mentions: dict[int, Mention],
                       words: dict[str, frozenset[str]] | None) -> bool:
    """Whether what the verb governs (its direct object, else the object of the pattern's
    preposition, else its first prepositional object) is of a class the pattern requires
    and of none it refuses."""
    head = obj
    if head is None:
        heads = S.prep_objects(clause, pattern.prep or GOVERNED_PREPS)
        head = heads[0] if heads else None
    classes = classes_of(head, mentions, words if words is not None else
                         load_object_classes()) if head is not None else set()
    if pattern.object_class and not classes & set(pattern.object_class):
        return False
    return not (pattern.exclude_object_class and classes & set(pattern.exclude_object_class))


def _subject_actors(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The subject's actors; a pronoun subject of a reported clause ("Syria says it is
    willing to …") is the speaker."""
    subject = S.subject_of(verb)
    found = actors_at(subject, mentions)
    if found or subject is None or subject.lower_ not in PRONOUNS:
        return found
    speaker = S.reporter(verb)
    return actors_at(speaker, mentions) if speaker is not None else []


def _complement_target(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """"demanded that the US cancel …" (the clause's subject); "offered to hand over to
    Britain …", "agreed to negotiate with Armenia" (the complement's object)."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            found = actors_at(next((c for c in child.children if c.dep_ in S.SUBJECTS), None),
                              mentions)
            if found:
                return found
        if child.dep_ in {"xcomp", "ccomp"}:
            heads = [h for h in (S.direct_object(child),) if h is not None]
            heads += S.prep_objects(child, DEFAULT_TARGET_PREPS + ("for", "from", "in"))
            found = _first_actors(heads, mentions)
            if found:
                return found
    return []


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a verb with no object governs ("demanded that the minister
    resign")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) \
        if S.direct_object(verb) is None else None
    return next((c for c in clause.children if c.dep_ in S.SUBJECTS), None) \
        if clause is not None else None


def _deep_target(heads: list[Token], mentions: dict[int, Mention]) -> list[Mention]:
    """An actor anywhere under the object ("aid to refugees fleeing the war in Liberia")."""
    for head in heads:
        for token in head.subtree:
            if token.i in mentions:
                return actors_at(token, mentions) or [mentions[token.i]]
    return []


def _clause_target(verb: Token, source: list[Mention],
                   mentions: dict[int, Mention]) -> list[Mention]:
    """The nearest other actor in the trigger's clause, outside its subject ("demonstrated
    in Serbia", "arrived in Amman")."""
    subject = S.subject_of(verb)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    taken = {id(m) for m in source}
    candidates = [t for t in verb.subtree if t.i in mentions and t.i not in skip and
                  id(mentions[t.i]) not in taken]
    if not candidates:
        return []
    nearest = min(candidates, key=lambda t: abs(t.i - verb.i))
    return [m for m in actors_at(nearest, mentions) if id(m) not in taken] or \
        [mentions[nearest.i]]


def _first_actors(heads: list[Token], mentions: dict[int, Mention]) -> list[Mention]:
    for head in heads:
        found = actors_at(head, mentions)
        if found:
            return found
    return []


def _noun_match(pattern: Pattern, noun: Token, mentions: dict[int, Mention]) -> Match | None:
    if S.background_noun(noun):
        return None
    if pattern.modifier and not any(c.dep_ in {"compound", "amod"} and
                                    c.lemma_.lower() in pattern.modifier
                                    for c in noun.children):
        return None
    if noun.dep_ in S.OBJECTS and noun.head.pos_ == "VERB":
        return None  # "imposed sanctions": the verb's event, if any
    source = [mentions[c.i] for c in noun.children
              if c.dep_ in NOUN_SOURCE_DEPS and c.i in mentions]
    source += actors_at(next((g for p in noun.children if p.dep_ == "agent" or
                              (p.dep_ == "prep" and p.lower_ == "by")
                              for g in p.children if g.dep_ == "pobj"), None), mentions)
    target = _first_actors(S.prep_objects(noun, pattern.prep or NOUN_TARGET_PREPS), mentions)
    target = [m for m in target if m not in source]
    sides = actors_at(parties(noun), mentions)
    if not source and len(sides) > 1:  # "talks between X and Y"
        source, target = sides[:1], sides[1:]
    if not source:
        return None
    return Match(pattern, noun, source[:3], target, direct=False, aimed=bool(target))


def _event(doc: Doc, match: Match, mentions: dict[int, Mention], dates: list,
           reason: str | None) -> Event:
    """The event of a match; `reason` is `modality.unasserted` of its trigger."""
    trigger = match.trigger
    sent = trigger.sent
    codes = {m.actor.code for m in match.source}
    source = [_named(m, doc, sent.start_char) for m in match.source]
    ids = {m.actor.id or m.actor.name for m in match.source}
    target = [_named(m, doc, sent.start_char) for m in match.target
              if (m.actor.id or m.actor.name) not in ids and
              (m.actor.code not in codes or len(codes) == 1)]
    root = match.pattern.code[:2]
    if not target and source[0].actor.code and (
            root in LEX.home_target_roots or (match.pattern.target != "none" and
                                              root in LEX.home_target_roots_for_groups and (
                match.located or source[0].actor.sector not in {None, "GOV"}))):
        target = [_home_country(source[0])]
    code, negated, mood = _modality(match.pattern.code, trigger, reason)
    info = cameo.lookup(code)
    speaker = S.reporter(trigger)
    reported = actors_at(speaker, mentions)[:1] if speaker is not None else []
    published = doc._.published
    precision = doc._.date_precision or ("day" if published else "none")
    date, date_precision = event_date(trigger, dates, published, precision)
    return Event(
        id="", article_id="", source=source, target=target, cameo=code,
        cameo_name=info.name, plover=info.plover, goldstein=info.goldstein,
        quad_class=info.quad_class, sentence=sent.text, span=(sent.start_char, sent.end_char),
        date=date, date_precision=date_precision,
        negated=negated, mood=mood,
        reported_by=reported[0] if reported else None,
        confidence=confidence(trigger, match.pattern.specificity, source, target,
                              match.direct, mood, S.SPEECH),
        trigger=trigger.text,
        location=_location(doc, trigger))


def _named(mention: Mention, doc: Doc, start: int) -> Mention:
    """A pronoun's antecedent when the sentence names it before ("Obama said he will …"):
    the event shows the name, not the pronoun."""
    if mention.text.lower() not in PRONOUNS:
        return mention
    return next((m for m in reversed(doc._.mentions or []) if start <= m.start < mention.start
                 and m.actor.id == mention.actor.id and m.text.lower() not in PRONOUNS),
                mention)


def _modality(code: str, trigger: Token, reason: str | None) -> tuple[str, bool, str]:
    """(code, negated, mood) of a trigger: an explicit refusal is a rejection (12x); a
    question, condition, allegation … keeps the action's code, "hypothetical"; a future or
    modal main clause makes cooperation an intent (03x) and force a threat (13x). `reason`
    is `modality.unasserted` of the trigger."""
    negated = S.negated(trigger)
    if reason:
        return code, negated, "hypothetical"
    mood = S.mood(trigger)
    refused = negated and M.refusal(trigger)
    coded = intent_code(code, mood, refused)
    if refused and coded[:2] == "12":
        return coded, False, "asserted"  # the refusal is the event, said now
    return coded, negated, mood


def _location(doc: Doc, trigger: Token):
    """The place the sentence gives for the event ("in Erbil", "near Mosul"), else the
    dateline's place, else none."""
    from communique.nlp.places import place_for

    return place_for(doc, trigger)
