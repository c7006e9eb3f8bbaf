"""Trigger matching: a verb or noun pattern against the parse of one trigger (its particles,
object, complements, prepositional phrases and object classes), giving the pattern that
applies and the sides its slots name (dyads.py). Light verbs ("launched an attack") take
their object noun's pattern; what a verb of saying says of someone is read first (speech.py).
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from communique.models import Mention
from communique.nlp import syntax as S
from communique.nlp.arguments import (ACTOR_CLASSES, NAMED, PARTY_PREPS, PLACE_KINDS, UNDERGOING,
                                       answered_acts, counted, country_of, doers,
                                       generic_target, givers_of, named_body, other_side,
                                       owners, parties, patient_first, phrase_mention, placed)
from communique.nlp.dyads import (ASKING_ROOTS, DEFAULT_TARGET_PREPS, POSSESSIVES, TAKING_CODES,
                                   act_doer, actors_at, after_subject, answering, asked_of,
                                   claimed_doer, clause_subject,
                                   clause_target, coded_only, complement_object,
                                   complement_target, deep_target, first_actors, hosts,
                                   given_or_done_to, message_target, unnamed_owner,
                                   noun_complement_target, object_people,
                                   acted_place, people_at, people_placed, placing, protesters,
                                   restricted_place,
                                   subject_actors, whose_people)
from communique.nlp.feelings import displeasure, readiness
from communique.nlp.happenings import RECIPROCAL
from communique.nlp.lexicon import LEX
from communique.nlp.naming import mention_head
from communique.nlp.context import PERSON_KINDS
from communique.nlp.objects import classes_of
from communique.nlp.patterns import (CALL_CODE, FORCE_ROOTS, NULL_CODE, POSTURE_ROOT, THREAT_ROOT,
                                     Match, Pattern, PatternSet)
from communique.nlp.places import (aims_first, deed_scenes, diplomatic_post, happenings_named,
                                   met_on_journey, mourned, on_occasion, scene_head, scenes,
                                   venues)
from communique.nlp.speech import (ACCUSATION, REPERCUSSION, SAYING, distrusted,
                                   names_repercussion, named_objects, naming_predicates,
                                   naming_verdict, quoted, repercussion_ahead, reported)

NOUN_SOURCE_DEPS = {"poss", "amod", "compound", "nmod"}


NOUN_TARGET_PREPS = ("on", "against", "of", "in", "at", "with", "to", "into")


# The phrases of a pattern's object that say whom it is aimed at: "strikes against X",
# "talks with X", "support for X", "aid to X".
OBJECT_TARGET_PREPS = ("on", "against", "with", "for", "to")


# CAMEO's conflict quad classes start at this root: an act of conflict against an
# international mission is aimed at the mission itself, not at the country it serves.
CONFLICT_FROM = "09"
DENIAL_CODES = tuple(LEX.denial_codes)
# Codes of acts done with a partner (lexicon `reciprocal_codes`: meetings, talks, agreements,
# cooperation), whose "with" phrase names the other side.
PARTNERED_CODES = tuple(LEX.reciprocal_codes)


# "went on strike", "converged for a rally", "took part in protests".
LIGHT_PREPS = ("on", "for", "in", "into")
PEOPLE = ACTOR_CLASSES | {"force"}  # object classes of who can be acted on
# Prepositions of cause, topic or protection: with them an actor as direct object is whom the
# verb is aimed at ("warned X against …", "blamed X for …", "pressed X on …"); with "with",
# "to", "into" … the object is what is shared or moved ("discussed X with Y", "sent X to Y").
AFFECTED_OBJECT_PREPS = {"about", "against", "for", "from", "of", "on", "over"}


# What a verb with neither direct object nor pattern preposition governs, for object classes:
# "withdrew from the treaty", "fought for peace".
GOVERNED_PREPS = ("from", "against", "on", "at", "in", "into", "to", "for", "with", "of",
                  "out")


# The phrases that say what an outlook is about: "pessimistic about X", "skeptical of X".
OUTLOOK_PREPS = ("about", "of", "on", "over", "regarding", "toward", "towards")


# How the parser attaches an adjective said of the object ("held Iran responsible").
PREDICATES = {"oprd", "ccomp", "xcomp", "advcl", "acomp"}
# Object classes of a head noun whose compounds say what it is about, whose it is or what
# kind it is, not what it is: a text's subject ("troop report"), a people's side
# ("opposition leaders"), a place's use ("research center").
ABOUT_CLASSES = ("document", "communication", "person", "force", "place")


DISAPPROVAL = "110"  # CAMEO: disapprove, not specified
FORCE = "190"  # CAMEO: use conventional military force
SHARED_VIEW = "019"  # CAMEO: express accord
AGREEMENT = "030"  # CAMEO: express intent to cooperate, not specified
PROTEST_ROOT = "14"  # CAMEO: protest
CONSIDERING = "014"  # CAMEO: consider policy option
LEGAL_CHARGE = "173"  # CAMEO: arrest, detain, or charge with legal action
INVESTIGATE_ROOT = "09"  # CAMEO: investigate
# CAMEO: make public statement. A state a linking verb puts its subject in ("remains defiant",
# "is isolated") is no act; only an outlook it voices ("is pessimistic about X") is a comment.
COMMENT_ROOT = "01"
VISIT = "042"  # CAMEO: make a visit
RETURN_ROOT = "084"  # CAMEO: return, release
CRITICISM = "111"  # CAMEO: criticize or denounce
# The phrases that name the other side of a quarrel ("clashed with X", "fought against X").
QUARREL_PREPS = {"with", "against"}
# What a party is reproached for: an idea or a conduct, words, a text ("for its policy").
REPROACHABLE = {"abstract", "communication", "document"}
# CAMEO: rally support on behalf of. The source asks third parties to support the target: the
# party the support is for ("urged X to back Y": Y), not the party asked (X).
ON_BEHALF = "053"


class VerbFrame:
    """What the patterns of one trigger verb read of its parse, found once for all of them."""

    def __init__(self, verb: Token, words: dict[str, frozenset[str]]) -> None:
        children = list(verb.children)
        self.verb = verb
        self.words = words  # the coder's object classes
        self.particles = S.particles(verb) | S.quantifier_particle(verb)
        # as the parser saw, and an adverbial particle before a preposition ("pulled back from")
        self.phrasal = {c.lower_ for c in children
                        if c.dep_ == "prt" or (c.dep_ == "advmod" and S.particle_as_prep(c))}
        # a participle hung on a noun is passive ("villages hit by jets"), unless a perfect
        # auxiliary makes it active ("CITY: X has denied Y", the dateline taken for the root)
        self.passive = (any(c.dep_ in {"nsubjpass", "auxpass"} for c in children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN" and not S.perfect(verb)) or
            S.bare_participle(verb)) and not S.stance_participle(verb)
        self.agent, self.patient = S.passive_parts(verb) if self.passive else (None, None)
        self._lemmas: dict[int, set[str]] = {}
        self.conjunct_objects = False  # whether a pattern's object may be a conjunct's
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
        return [(c, c.lemma_.lower()) for c in [*S.open_complements(self.verb), *(
            c for c in self.verb.children if c.dep_ == "ccomp")]]

    def judged(self, words: tuple[str, ...]) -> Token | None:
        """Whom an object predicate of these words is said of: "held Iran responsible", "found
        the regime guilty", "declared the envoy persona non grata" (the object, or the
        subject of the small clause the parser makes of it: Iran, the regime, the envoy);
        None without such a predicate. A noun is one only as a small clause with its own
        subject."""
        for child in self.verb.children:
            if child.dep_ in PREDICATES and child.lemma_.lower() in words:
                subject = next((c for c in child.children if c.dep_ in S.SUBJECTS), None)
                if child.pos_ == "ADJ":
                    return subject or self.direct_object
                if child.pos_ == "NOUN" and subject is not None:
                    return subject
        if any(p.dep_ == "prep" and p.lower_ == "as" and any(
                c.dep_ in {"amod", "pobj"} and c.lemma_.lower() in words for c in p.children)
                for p in self.verb.children):
            return self.direct_object
        obj = self.direct_object
        # an adjective the parser hangs on the object after it modifies no noun (English
        # puts those before): it is said of the object ("held Iran responsible for …")
        if obj is not None and any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > obj.i and
                                   c.lemma_.lower() in words for c in obj.children):
            return obj
        # "designated X a terrorist group": the parser makes the predicate noun a second
        # object (indefinite, no owner); it is said of the first
        objects = [c for c in self.verb.children if c.dep_ == "dobj"]
        if len(objects) == 2 and not any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an"})
                for c in objects[1].children) and (self.lemmas(objects[1]) | {
                c.lemma_.lower() for c in objects[1].children if c.dep_ == "amod"}) & set(words):
            return objects[0]
        return None

    def predicated(self, words: tuple[str, ...]) -> Token | None:
        """The adjective a linking verb says of its own subject, when it is one of these words
        ("X remains pessimistic about Y", "X is skeptical of Y": the subject's outlook, which
        a comment's patterns name as they name an object); None for a verb with an object."""
        if self.direct_object is not None:
            return None
        return next((c for c in self.verb.children if c.dep_ == "acomp" and
                     c.pos_ == "ADJ" and c.lemma_.lower() in words), None)

    def given(self, words: tuple[str, ...]) -> Token | None:
        """What a verb of fulfilling gives when its "with" phrase names it ("supplied X with
        arms": arms; the direct object X receives it); None for other verbs and phrases."""
        if self.verb.lemma_.lower() not in LEX.fulfilling:
            return None
        return next((h for h in S.prep_objects(self.verb, ("with",))
                     if self.lemmas(h) & set(words)), None)

    def lemmas(self, token: Token) -> set[str]:
        """`syntax.object_lemmas` of a token, as a set; without its compounds where the head
        is a text or words, or people (`ABOUT_CLASSES`): "offered a troop report" offers
        a report, "troop" says only what it is about; "met opposition leaders" meets
        leaders, "opposition" says only whose (an effort's or a plan's compound is its act:
        "blocked the relief effort" blocks relief)."""
        if token.i not in self._lemmas:
            lemmas = S.object_lemmas(token)
            head = token.lemma_.lower()
            if lemmas and lemmas[0] == head and any(
                    head in self.words[c] for c in ABOUT_CLASSES):
                lemmas = [head]
            self._lemmas[token.i] = set(lemmas)
        return self._lemmas[token.i]

    def modifiers(self, token: Token) -> set[str]:
        """The lemmas of a token's compounds and adjectives."""
        if token.i not in self._modifiers:
            self._modifiers[token.i] = {c.lemma_.lower() for c in token.children
                                        if c.dep_ in {"compound", "amod"}}
        return self._modifiers[token.i]


def verb_match(pattern: Pattern, verb: Token, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]],
                frame: VerbFrame | None = None) -> Match | None:
    frame = frame if frame is not None else VerbFrame(verb, words)
    if pattern.particle and pattern.particle not in frame.particles:
        return None
    if not pattern.particle and frame.phrasal - set(pattern.prep or ()):
        # "talked up X", "played down a threat": a phrasal verb is a verb of its own, not
        # the sense of the bare verb's patterns (a preposition a passive strands, which the
        # parser may take for a particle, is the pattern's: "was fired on")
        return None
    passive = frame.passive
    agent, patient = frame.agent, frame.patient
    if pattern.subject:
        before = patient if passive else frame.subject
        if before is None or not frame.lemmas(before) & set(pattern.subject):
            return None
    obj = patient if passive else frame.direct_object
    if _showing(pattern, verb, obj, passive) or _judging(pattern, verb) or \
            _naming(pattern, verb) or _identifying(verb) or \
            _dismissing(pattern, verb, obj, mentions, words) or \
            _returning_nothing(pattern, verb, obj, passive):
        return None
    if _retort_aimed(pattern, frame, obj, mentions, words):
        # "X fired back at Y", "… at Y's claims": words aimed at Y, criticism (the force
        # pattern's refusal of things is for force)
        pattern = pattern.model_copy(update={"code": CRITICISM, "exclude_object_class": None})
    elif _striving(pattern, verb, obj) or _retorting(pattern, frame, obj, mentions, words):
        # nor is the act striven for done, nor is a retort a shot: no event
        return Match(pattern.model_copy(update={"code": NULL_CODE}), verb, [], [], direct=True)
    clause = verb
    appeal = pattern.code[:2] in LEX.appeal_roots
    addressee: list[Token] = []  # "urged X to withdraw": whom the appeal is made to
    if pattern.xcomp:
        comp = named_complement(pattern, verb, [c for c, _ in frame.complements])
        if comp is None:
            return None
        clause = comp
        addressee = [obj] if obj is not None else []  # passive: the subject is asked
        if pattern.addressee and not (addressee and frame.lemmas(addressee[0]) &
                                      set(pattern.addressee)):
            return None  # "ordered the ambassador to leave": the one bidden is named
        if appeal and not addressee:
            if comp.dep_ == "ccomp":  # "wants Russia to withdraw": the clause's subject is asked
                addressee = [s for s in (S.own_subject(comp),) if s is not None]
            if not addressee and not passive and not pattern.prep:
                return None  # "needs to investigate": the subject's own task, asked of no one
        elif not addressee and comp.dep_ == "ccomp" and pattern.code[:2] in ASKING_ROOTS:
            # "demanded that X withdraw": X is to act, so the demand is made of X; not the
            # subject of a passive clause ("demanded that the prisoners be freed"), acted on
            addressee = [c for c in comp.children if c.dep_ == "nsubj"][:1]
        # an adjective complement ("let free X", parsed as a clause) takes no object: what
        # it is said of is the verb's own; a complement of any verb ("told X to V") names
        # no act the pattern knows, so whom it acts on is no party to the demand
        obj = None if ANY_VERB in pattern.xcomp else \
            S.direct_object(comp) or (obj if comp.pos_ == "ADJ" else None)
    elif obj is None and pattern.code[:2] in ASKING_ROOTS:
        addressee = demanded_of(verb)
    if pattern.object and obj is not None and frame.conjunct_objects:
        # each of coordinated objects is done ("imposed a curfew and sanctions on X")
        obj = next((o for o in S.conjuncts(obj) if frame.lemmas(o) & set(pattern.object)), obj)
    if pattern.modifier and (obj is None or not frame.modifiers(obj) & set(pattern.modifier)):
        return None
    if appeal and obj is None and S.stating_clause(clause):
        return None  # "suggested that the talks had failed": a claim, not an appeal
    if appeal and not pattern.xcomp and S.question_clause(clause):
        return None  # "asked X whether it would stay": a question, not an appeal
    if appeal and not (pattern.xcomp or pattern.prep or pattern.object) and \
            not S.open_complements(verb) and all(c.dep_ != "ccomp" for c in verb.children) and \
            (passive or all(c.dep_ in S.ASIDE_DEPS for c in verb.children)):
        return None  # "said when asked by reporters", "X asked.": a question put, nothing asked
    if appeal and not pattern.xcomp and obj is None and \
            verb.lemma_ in S.INTENT and any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "sought to expand trade": trying or intending, not asking
    if pattern.code[:2] in LEX.promising_roots and obj is None and S.finding_clause(clause):
        return None  # "agreed that the plan had failed": an opinion, no intent to cooperate
    if pattern.code[:2] == YIELD_ROOT and obj is None and \
            verb.lemma_.lower() in S.SPEECH and S.stating_clause(verb):
        return None  # "conceded that Y had a point": a fact admitted, nothing yielded
    said = S.complement_clause(clause) if pattern.code[:2] == REPERCUSSION[:2] else None
    if said is not None and distrusted(said):
        # "warned that Y should not be trusted": a verdict on Y, no consequence threatened
        pattern = pattern.model_copy(update={"code": CRITICISM})
    elif pattern.code[:2] == REPERCUSSION[:2] and (S.finding_clause(clause) or (
            S.possibility_clause(clause) and not repercussion_ahead(clause)) or
            _foreseen(clause, mentions, words) or
            (pattern.object and obj is not None and _danger_told(obj))):
        # "warned that the move raises the risk of war", "… that X might strike": a fact
        # stated or a danger foreseen, no consequence
        # threatened by the speaker: disapproval, not a threat
        pattern = pattern.model_copy(update={"code": DISAPPROVAL})
    if _reproached(pattern, frame, obj, mentions, words):
        # "attacked X for blocking the deal", "hit X for its handling of Y": criticism
        pattern = pattern.model_copy(update={"code": CRITICISM})
    if _attacked_in_words(pattern, frame, obj, mentions, words):
        # "the senator attacked the president": politicians attack each other in words
        pattern = pattern.model_copy(update={"code": CRITICISM})
    if _quarrelling(pattern, frame, obj, mentions, words):
        # "clashed with X about the budget": a quarrel, verbal conflict
        pattern = pattern.model_copy(update={"code": DISAPPROVAL})
    if pattern.code == SHARED_VIEW and _committing(verb, mentions, words):
        # "agreed with X to extend the cuts", "… on a truce": an undertaking, not a view
        pattern = pattern.model_copy(update={"code": AGREEMENT})
    if pattern.code[:3] == LEGAL_CHARGE and obj is None and S.stating_clause(clause):
        # "charged that X had lied": a charge made in words is an accusation, no legal action
        pattern = pattern.model_copy(update={"code": ACCUSATION})
    phrase_heads: list[Token] = []
    if pattern.prep_object:  # the phrase may hang on the verb's object or a passive's agent
        # ("joined a group for drills", "was joined by X for drills": the parser may take it
        # for that noun's own)
        holders = [clause, *([obj] if obj is not None else []),
                   *([agent] if passive and agent is not None else []),
                   *coordinated_objects(clause, obj)]
        phrase_heads = _named_phrase_objects(pattern, holders)
        if not phrase_heads:
            return None
    elif pattern.object and pattern.prep and not _phrase_present(
            pattern.prep, clause, obj, agent if passive else frame.subject):
        return None
    if pattern.condition and not conditioned(verb, [], coded_only(mentions)):
        return None  # "will take all measures": no threat without a condition on someone
    if pattern.object_class and not pattern.object and _named_object(verb):
        return None  # "called X a liar": X is named something, no one the act is done to
    if (pattern.object_class or pattern.exclude_object_class) and not _object_class_fits(
            pattern, clause, obj, mentions, words):
        return None
    instrument = _posture_forces(pattern, obj, mentions, words)
    if pattern.object:
        named = obj is not None and bool(frame.lemmas(obj) & set(pattern.object))
        given = None if named else frame.given(pattern.object) or _retained(frame, pattern)
        judged = None if named or given is not None else frame.judged(pattern.object)
        said = None if named or given is not None or judged is not None or \
            pattern.code[:2] != COMMENT_ROOT else frame.predicated(pattern.object)
        if not named and given is None and judged is None and said is None:
            return None
        # the object's own phrase before the verb's ("strikes against X with the approval of
        # Y": X; "reiterated its support for X"); an outlook's, what it is about
        own_phrase = S.prep_objects(obj, pattern.object_prep or OBJECT_TARGET_PREPS) \
            if named and obj is not None else \
            S.prep_objects(said, OUTLOOK_PREPS) if said is not None else []
        receiver = [obj] if given is not None and obj is not None else []
        target_heads = receiver + ([judged] if judged is not None else []) + \
            S.indirect_objects(verb) + _in_order(own_phrase + S.prep_objects(
                verb, pattern.object_prep or DEFAULT_TARGET_PREPS), pattern.object_prep)
    elif pattern.prep_object:  # not the phrase of a circumstance ("under the auspices of X")
        target_heads = ([obj] if obj is not None else []) + \
            S.prep_objects(verb, DEFAULT_TARGET_PREPS) + \
            [h for h in phrase_heads if h.head.lower_ not in LEX.circumstance_preps]
    elif pattern.prep:
        # a phrase that names when ("called X a crime on Monday") is no complement of the
        # pattern's preposition ("called on X"): the verb's sense without it is another
        # "called for X to V": the subject of the clause the preposition opens; not after an
        # object, which the clause is then said of ("called it a mistake for X to V")
        target_heads = [h for h in S.prep_objects(clause, pattern.prep)
                        if not S.names_a_time(h)] or \
            S.stranded_objects(clause, pattern.prep) or \
            (S.clause_subjects(clause, pattern.prep) if obj is None else [])
        if not target_heads:
            return None
        if obj is not None and not passive and set(pattern.prep) <= AFFECTED_OBJECT_PREPS and (
                obj.i in mentions or generic_target(_not_own(obj), mentions, words)):
            # "warned X against attacking Y", "asked its allies for arms": X, the allies
            target_heads = [obj, *target_heads]
    else:  # the forces a posture moves are the instrument, not whom it is aimed at
        target_heads = given_or_done_to(verb, None if instrument else obj, mentions, words)
        if obj is None:
            target_heads += aimed_phrases(clause, mentions, words,
                                          pattern.code.startswith(RECIPROCAL))
    if appeal and pattern.prep and not addressee and obj is None and \
            S.open_complements(verb) and target_heads:
        addressee = target_heads[:1]  # "called on the world to punish X": the world is asked
    if pattern.code.startswith(VISIT):  # "flew to X for talks with Y": Y is visited
        target_heads = met_on_journey(clause) + target_heads
    if not passive and not pattern.xcomp and obj is not None and S.open_complements(verb) and \
            (appeal or _bidden(pattern, obj, mentions, words)):
        addressee = [obj]  # "called X to …" under a pattern that does not name the verb
    # "urged the world to do more against X": an appeal made to someone is aimed at them,
    # not at whom its content names; so is a demand or an order made of people
    if pattern.code == ON_BEHALF and pattern.xcomp and obj is not None and \
            actors_at(obj, mentions):
        addressee = [obj]  # whom the support asked for is for
    addressed = bool(addressee) and (appeal or _bidden(pattern, addressee[0], mentions, words))
    target_heads = addressee + [h for h in after_subject(verb, target_heads)
                                if not S.medium_phrase(h.head)]  # "on Twitter": where said
    if pattern.code.startswith(PARTNERED_CODES):
        # "discussed the situation in X with Y", "signed a deal on X with Y": the partner
        # comes before what the act is about
        partners = [h for h in S.prep_objects(clause, ("with",)) if h in target_heads] or \
            stranded_partners(clause, obj)
        target_heads = partners + [h for h in target_heads if h not in partners]
    if pattern.code[:2] == PROTEST_ROOT and target_heads:
        # "rallied in X against Y", "marched outside X against Y": a protest is aimed at what
        # it is against; the place it is held in or outside only says where
        opposed = S.prep_objects(clause, ("against",))
        target_heads = opposed + [h for h in target_heads if h not in opposed]
    if pattern.code[:2] == INVESTIGATE_ROOT:  # "… into reports that X tortured Y": X
        target_heads = [claimed_doer(h) for h in target_heads]
    doers = act_doer(obj, mentions) if pattern.code[:2] in LEX.judging_roots else []
    target_heads = doers + target_heads  # "condemned the killing of X by Y": Y
    if pattern.null:  # the construction is no event: no actors needed
        return Match(pattern, verb, [], [], direct=True)
    asked = asked_of(pattern, clause, obj)
    # property taken from X is X's loss: X before the owner it names ("seized the cattle of
    # Y from X")
    target_heads = aims_first(asked + target_heads if pattern.code.startswith(TAKING_CODES)
                              else target_heads + asked, mentions)
    source = actors_at(agent, mentions) if passive else \
        subject_actors(verb, mentions) or named_body(S.subject_of(verb))
    source = people_placed(source, agent if passive else S.subject_of(verb), mentions,
                           words)
    if passive and not source and pattern.object:
        source = entry_refuser(_retained(frame, pattern), mentions)
    # "reiterated X's support for Y": a possessive of the source's own side is no doer aimed at
    target_heads = [h for h in target_heads if h not in doers or h.dep_ != "poss" or
                    other_side(actors_at(h, mentions), source)]
    sent = forces_sent(pattern, verb, patient, mentions, words) \
        if passive and not source else []
    source = source or sent
    post = diplomatic_post(source, verb.doc)
    if pattern.code[:2] == POSTURE_ROOT and post:
        return None  # "the embassy tightened security": a post guarding itself, no force shown
    # the forces sent are the source, not where they go
    deep = target_heads + ([obj] if obj is not None and pattern.object and not sent and
                           not instrument else [])
    coded = coded_only(mentions)  # a name with no code is a target only where it stands
    owned = owners(obj) if pattern.object and obj is not None else []
    threat = pattern.code[:2] == THREAT_ROOT  # the complement's own side is the one to act
    answered = pattern.code.startswith(DENIAL_CODES) and (  # "X was denied a visa": no
        not passive or S.summing_clause(verb) is not None)  # "a charge denied by X": yes
    own = answering(verb, obj, source, mentions) if answered else \
        [] if pattern.target == "none" else (
        first_actors(S.indirect_objects(verb), mentions)
        or other_side(first_actors(owned, mentions), source)
        or message_target(verb, target_heads, source, mentions)
        or ([] if addressed else complement_target(
            clause, coded, pattern.code[:2] not in LEX.promising_roots, source, threat))
        or restricted_place(pattern, clause, obj, words))
    if pattern.code[:2] == PROTEST_ROOT:  # "marched in protest against X": X, whatever else
        own = first_actors(S.defied(clause), mentions) or own
    if pattern.code[:2] == THREAT_ROOT and all(_home_place(m, source) for m in own):
        # "warned it would close <its own strait> if Y tried to …": Y
        own = conditioned(verb, source, coded_only(mentions)) or own
    generic = [] if pattern.target == "none" or answered else (
        generic_target(_not_own(next(iter(target_heads), None)), mentions, words)
        or generic_target(next(iter(asked), None), mentions, words)
        or generic_target(clause_subject(clause), mentions, words))
    staged = [m for h in target_heads if scene_head(h, mentions) for m in actors_at(h, mentions)]
    if generic and own and all(m.actor.kind == "place" or m in staged or (
            m.actor.kind in PLACE_KINDS and placing(m, next(iter(target_heads), None)))
            for m in own):
        # "clashed with protesters in <town>", "raids against militants in <country>", "his
        # war in <country> against militants": the people, of that place's country; the
        # place itself where it does not say where they are
        own = placed(generic, own, verb.doc) or own
    sides = actors_at(parties(agent if passive else S.subject_of(verb)), mentions)
    if len(sides) > 1 and not own and pattern.target != "none":
        return Match(pattern, verb, sides[:1], sides[1:], direct=True)  # "talks between …"
    if pattern.target == "required" and not own:
        return None  # the verb's own object or complement names no actor
    # "condemned it for trading with Y", "accused him of …", "shot himself": an object pronoun
    # left unresolved that stands for the one acted on (a person, the doer itself, or the
    # one a "for" phrase charges) is someone the coder cannot tell: no other name stands in
    unresolved = obj is not None and obj.tag_ == "PRP" and obj.i not in mentions and (
        obj.lower_ in {"him", "her"} or obj.lower_.endswith(("self", "selves")) or
        bool(S.prep_objects(verb, ("for",))))
    around = [] if own or addressed or answered or pattern.target == "none" or unresolved or \
        unnamed_owner(deep, mentions, words) else (
        deep_target(deep, coded, source) or
        (whose_people(obj, mentions, words) if pattern.object and
         pattern.code[:2] in ASKING_ROOTS else []) or
        clause_target(verb, source, coded, pattern.code[:2] in LEX.promising_roots or threat))
    if pattern.code[:2] in LEX.sceneless_roots:  # "In <city>, X praised …": not the target
        around = [m for m in around if m not in scenes(verb, around, source)]
    if pattern.code[:2] == POSTURE_ROOT:  # "tested a missile that can reach Y": not the target
        around = [m for m in around if m not in _weapon_described(obj, around)]
    around = [m for m in around if m not in mourned(verb, around)]  # "the funeral of X"
    around = [m for m in around if m not in happenings_named(verb, around, words)]
    if post:  # "In X, the embassy closed": the places say where the post sits, no aim
        around = [m for m in around if m.actor.kind not in PLACE_KINDS]
    # people a pattern's preposition names ("held talks with Asian countries") come before a
    # name further on; the object of a verb whose pattern does not name it ("sent troops to
    # X") only after it
    governed = bool(target_heads) and target_heads[0] is not obj
    people = object_people(obj, mentions, words) if pattern.object and \
        pattern.target != "none" and not instrument else []
    # an intent or a threat is aimed at whom it is made to, not at the object of the act meant
    object_first = [] if own or governed or pattern.code[:2] in LEX.saying_roots else \
        patient_first(generic, obj, target_heads, around, clause, words)
    target = own or object_first or placed(generic, around, verb.doc) or \
        (generic if governed else []) or \
        people_at(people, around, verb.doc) or around or people or (
            # last, the people the event noun's purpose names, when nothing nearer does
            generic_target(complement_object(obj), mentions, words)
            if pattern.object and pattern.target != "none" else [])
    if pattern.target == "object" and obj is not None:  # "deported migrants to X": them
        target = actors_at(obj, mentions) or object_people(obj, mentions, words) or (
            [phrase_mention(obj)] if obj.pos_ in {"NOUN", "PROPN"} else target)
    target = [m for m in target if m not in on_occasion(verb, target)]  # "the eve of X's …"
    if pattern.code.startswith(PARTNERED_CODES) or S.mutual(verb, pattern.code[:2]):
        # "X and Y agreed during talks in Z", "… agreed to a truce in Z's north": Z
        target = [m for m in target if m not in venues(verb.doc, target, source)]
    if instrument and obj is not None:  # the forces a posture moves are its own
        target = [m for m in target if m is not mentions.get(obj.i)]
    if pattern.code in LEX.responsibility_codes:  # "claimed responsibility for attacks in X"
        scene = deed_scenes(target, deep, mentions, words)
        target = [m for m in target if m not in scene]
    if pattern.code[:2] < CONFLICT_FROM:
        target = hosts(target, verb.doc, mentions)
    if not source and pattern.code[:2] == "14" and not passive:
        # "prisoners rioted in East Timor": people of that country, not its government
        source = protesters(verb, clause_target(verb, [], mentions), mentions, words)
    if sent and not abroad(sent, target):
        return None  # forces sent within their own country, or to no one named
    if not source or (not target and all(m.actor.kind == NAMED for m in source)):
        return None  # an unknown name acting on no one named says nothing of whom
    if not target and pattern.target != "none":  # "shelled villages in <a region>"
        target = acted_place(pattern, verb, obj, mentions, words)
    if not target and pattern.unaimed and not _aimed_at(pattern, verb, obj):
        pattern = pattern.model_copy(update={"code": pattern.unaimed})  # "fired missiles"
    subject = S.subject_of(verb)
    located = subject is not None and subject.i not in mentions and not passive
    return Match(pattern, verb, source, target, direct=True, located=located,
                 aimed=bool(own) and bool(target))


def _named_phrase_objects(pattern: Pattern, holders: list[Token]) -> list[Token]:
    """The objects of the pattern's prepositions on any of `holders` that are of a kind its
    `prep_object` names ("for drills", "of two diplomats")."""
    return [h for holder in holders for h in S.prep_objects(holder, pattern.prep or ())
            if _role_lemmas(h) & set(pattern.prep_object or ())]


def _aimed_at(pattern: Pattern, verb: Token, obj: Token | None) -> bool:
    """Whether the verb or its object has a phrase of the pattern's prepositions naming
    what the act is aimed at, actor or not ("fired shells at rebel positions"); a time
    ("on Sunday") aims at nothing."""
    preps = set(pattern.prep or ()) | set(pattern.object_prep or ())
    heads = [verb] + ([obj] if obj is not None else [])
    return any(not S.names_a_time(o) for h in heads for o in S.prep_objects(h, preps))


# Prepositions of the matter a complaint or a quarrel is about.
MATTER_PREPS = {"about", "over", "of"}


def aimed_phrases(verb: Token, mentions: dict[int, Mention],
                  words: dict[str, frozenset[str]], mutual: bool = False) -> list[Token]:
    """"disagreed with X", "railed against X", "objected to X": a verb with no object and no
    clause of what is said is aimed at the people or body its own prepositional phrase
    names (the phrase's head itself, or its owner, not a name inside it: "at another point
    in X's speech"); not one it shares a deed with ("along with X"), nor whom it is told to
    when it says what about ("complained to X about Y"). Of an act two sides do with each
    other (`mutual`: `happenings.RECIPROCAL`, "met", "agreed"), "at X" says where ("met
    at the UN"), not with whom."""
    if any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
        return []  # "lamented to X that Y …": what is said names the aim
    # "complained to X about Y": X hears of the matter, which names the aim
    heard = any(c.dep_ == "prep" and c.lower_ in MATTER_PREPS for c in verb.children)
    return [h for h in S.prep_objects(verb, DEFAULT_TARGET_PREPS)
            if h.head.head == verb and not (heard and h.head.lower_ == "to") and
            not (mutual and h.head.lower_ == "at") and
            not S.names_a_time(h) and (
                h.i in mentions or generic_target(h, mentions, words) or
                any(c.dep_ == "poss" and c.i in mentions for c in h.children))]


def demanded_of(verb: Token) -> list[Token]:
    """"demanded that the minister apologize", "asked that the court reconsider": a demand or
    an appeal whose content is a mandative clause (not one that states something: "insisted
    that the vote had been rigged", `stating_clause`) is made of the clause's active subject,
    who is to act, whoever that is; a passive subject is acted on ("demanded that the
    prisoners be freed")."""
    clause = S.complement_clause(verb)
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or S.stating_clause(verb) or \
            S.question_clause(verb):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}][:1]


def stranded_partners(verb: Token, obj: Token | None) -> list[Token]:
    """"held talks on X with Y", "discussed the situation in X with Y": the parser hangs the
    verb's "with" phrase on the name just before it, the topic's; a name takes no "with"
    phrase of its own, so the phrase is the verb's, naming its partner. So does the means
    of a call ("spoke by telephone with Y": lexicon `call_media`). Names in the verb's or
    its object's prepositional phrases only; "along with" adds to the name instead."""
    holders = [verb, *([obj] if obj is not None else [])]
    names = [n for h in holders for n in S.prep_objects(h, GOVERNED_PREPS + ("by", "via"))
             if n.pos_ == "PROPN" or n.lemma_.lower() in LEX.call_media]
    # "along with Y", "together with Y": Y is added to the name, not the verb's partner
    return [p for n in names for p in S.prep_objects(n, ("with",))
            if not any(c.dep_ == "advmod" for c in p.head.children)]


def _in_order(heads: list[Token], preps: tuple[str, ...] | None) -> list[Token]:
    """Prepositional objects in the order of the pattern's `object_prep` ("lodged a complaint
    with X against Y", `["against", "with"]`: Y first), in text order where it names none."""
    if not preps:
        return heads
    return sorted(heads, key=lambda h: preps.index(h.head.lower_) if h.head.lower_ in preps
                  else len(preps))


def _posture_forces(pattern: Pattern, obj: Token | None, mentions: dict[int, Mention],
                    words: dict[str, frozenset[str]]) -> bool:
    """Whether the object is the forces a show of force or a mobilisation (CAMEO 15x) moves
    or shows ("dispatched additional troops to the region", "massed thousands of troops"):
    they are the source's own, the instrument of the posture and not whom it is aimed at."""
    return pattern.code[:2] == POSTURE_ROOT and obj is not None and any(
        "force" in classes_of(h, mentions, words) for h in (obj, counted(obj)))


def _weapon_described(obj: Token | None, found: list[Mention]) -> list[Mention]:
    """Of the actors found around a show of force (CAMEO 15x), those named in a relative
    clause or a modifier of its object ("tested a missile that can reach Y", "tested its
    Y-based missile system"): they describe the weapon; a show of force is aimed at whom it
    is shown to, not at whom the weapon could reach or where it is kept."""
    if obj is None:
        return []
    inside = {t.i for c in obj.children if c.dep_ in {"relcl", "amod", "compound"}
              for t in c.subtree}
    return [m for m in found if (h := mention_head(obj.doc, m)) is not None and h.i in inside]


def _bidden(pattern: Pattern, addressee: Token, mentions: dict[int, Mention],
            words: dict[str, frozenset[str]]) -> bool:
    """Whether a demand or an order is made of people a verb's object names, who are to do
    what its open complement says ("ordered 100 farmers to move to X": the farmers, not X;
    not a coded actor, which the object's own slot gives)."""
    return pattern.code[:2] in ASKING_ROOTS and \
        bool(generic_target(addressee, mentions, words))


def _role_lemmas(head: Token) -> set[str]:
    """`syntax.object_lemmas` of a prepositional object; of an "as" phrase, which names the
    role a thing is given, also its adjectives ("designated X as a terrorist organisation":
    terrorist)."""
    lemmas = set(S.object_lemmas(head))
    if head.head.lower_ == "as":
        lemmas |= {c.lemma_.lower() for c in head.children if c.dep_ == "amod"}
    return lemmas


def _phrase_present(preps: tuple[str, ...], clause: Token, obj: Token | None,
                    doer: Token | None) -> bool:
    """Whether the verb or its object has a phrase headed by one of a pattern's prepositions:
    a pattern that names an object and a preposition ("held exercises with X") needs both;
    another phrase ("held exercises near X") does not stand in for the one it names; a
    count's phrase may hang on what it counts ("held five days of talks with X"). Partners
    coordinated as the doers ("X and Y held exercises") say what a "with" phrase says."""
    if "with" in preps and doer is not None and len(S.conjuncts(doer)) > 1:
        return True
    holders = [clause, *([obj, S.counted_noun(obj)] if obj is not None else [])]
    return any(S.prep_objects(h, preps) for h in holders)


def _retained(frame: VerbFrame, pattern: Pattern) -> Token | None:
    """The object a passive keeps when its subject is the one given or refused something ("X
    was denied a visa", "X was granted asylum": a visa, asylum), when it is one the pattern
    names; the subject is then whom the act is aimed at."""
    if not frame.passive or frame.patient is None:
        return None
    kept = next((c for c in frame.verb.children if c.dep_ == "dobj"), None)
    return kept if kept is not None and frame.lemmas(kept) & set(pattern.object or ()) else None


def forces_sent(pattern: Pattern, verb: Token, patient: Token | None,
                mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> list[Mention]:
    """"X troops were deployed to Y", "X peacekeepers have been sent to Y": forces sent or
    moved (lexicon `sent_force_codes`) by no one the passive names are sent by their own
    side, whom the forces' phrase names; none when it names no actor ("troops were sent"),
    nor in the simple present ("X troops are stationed in Y": where they are, no act)."""
    if patient is None or not pattern.code.startswith(tuple(LEX.sent_force_codes)) or \
            _present_state(verb) or "force" not in classes_of(patient, {}, words):
        return []
    return actors_at(patient, mentions)


def abroad(forces: list[Mention], target: list[Mention]) -> bool:
    """Whether forces are sent to another country than their own: a passive that names no
    sender tells a deployment abroad (peacekeepers, aid, a show of force at a border) as an
    act of the forces' side; at home it is their own security work."""
    home = {country_of(m) for m in forces}
    return any(country_of(m) and country_of(m) not in home for m in target)


def _present_state(verb: Token) -> bool:
    """Whether a passive is in the simple present ("are stationed"), which says how things
    are, not what was done ("were deployed", "have been sent")."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i), None)
    return aux is not None and aux.lemma_ == "be" and aux.tag_ in S.PRESENT


def entry_refuser(kept: Token | None, mentions: dict[int, Mention]) -> list[Mention]:
    """"X was denied a visa by Y": the "by" phrase the parser hangs on a passive's kept
    object is the passive's agent. "X was denied a visa to enter Y", "X was denied entry into
    Y": a state decides who enters it, so the country the kept object lets one into (the
    object of its clause of a verb of entering, lexicon `entering`, or of its "into"/"to"
    phrase) is who grants or refuses it. Where the text names neither, nobody: the refuser
    is not guessed."""
    if kept is None:
        return []
    by = S.prep_objects(kept, ("by",))
    if by:
        return actors_at(by[0], mentions)
    clauses = [c for c in kept.children if c.dep_ in {"relcl", "acl"} and
               c.lemma_.lower() in LEX.entering]
    heads = S.prep_objects(kept, ("into", "to")) + [
        o for c in clauses for o in [S.direct_object(c), *S.prep_objects(c, ("into", "to"))]
        if o is not None]
    return [m for m in first_actors(heads, mentions) if m.actor.kind == "country"]


def _dismissing(pattern: Pattern, verb: Token, obj: Token | None, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> bool:
    """"fired the minister", "the envoy was fired": a verb of dismissing (lexicon
    `dismissing_verbs`) done to a person dismisses them from office; it uses no force (CAMEO
    18–20), whatever phrase follows ("fired X on social media")."""
    if pattern.code[:2] not in FORCE_ROOTS or obj is None or \
            verb.lemma_.lower() not in LEX.dismissing_verbs:
        return False
    named = mentions.get(obj.i)  # a person named, or a noun of a person ("the minister")
    return obj.ent_type_ == "PERSON" or (named is not None and named.actor.kind in PERSON_KINDS) \
        or obj.lemma_.lower() in words.get("person", ())


def coordinated_objects(verb: Token, obj: Token | None) -> list[Token]:
    """"designated X and Y as terrorists": a phrase after coordinated objects belongs to
    them all, and the parser hangs it on the last conjunct (or on a noun it makes a conjunct
    of the verb itself): the conjuncts after the object, and the verb's noun conjuncts."""
    after = [c for c in S.conjuncts(obj) if c.i > obj.i] if obj is not None else []
    return after + [c for c in verb.children
                    if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


def _judging(pattern: Pattern, verb: Token) -> bool:
    """"considers the deal a disaster", "considers that the talks failed": considering with a
    clause or a small clause judges something, no policy option weighed (CAMEO 014) — unless
    the clause is the open question weighed ("considering whether to withdraw")."""
    return pattern.code == CONSIDERING and not S.question_clause(verb) and \
        S.complement_clause(verb) is not None


# An `xcomp` word for an infinitive of any verb ("told X to V").
ANY_VERB = "*"


def named_complement(pattern: Pattern, verb: Token, complements: list[Token]) -> Token | None:
    """Which of a verb's complements a pattern's `xcomp` names: one of its lemmas, else, for
    `ANY_VERB`, the verb's "to" infinitive (`infinitive_complement`)."""
    words = pattern.xcomp or ()
    return next((c for c in complements if c.lemma_.lower() in words), None) or (
        infinitive_complement(verb) if ANY_VERB in words else None)


def infinitive_complement(verb: Token) -> Token | None:
    """The verb's open complement that is a "to" infinitive ("told X to leave"); None for a
    clause said ("told X that …") or no complement."""
    return next((c for c in S.open_complements(verb) if c.pos_ in {"VERB", "AUX"} and
                 S.infinitive(c)), None)


def _naming(pattern: Pattern, verb: Token) -> bool:
    """"called the strike a violation", "branded the deal a sham": a verb of naming
    (lexicon `naming_verbs`) with a complement saying what its object is names it, which
    judges it (naming.py); it is not the act the verb's sense with that object would be
    ("called a strike": 143, "called a meeting": 036), unless that sense is itself a
    judgement (`JUDGING_ROOTS`: "called the accusation baseless" denies it, 016)."""
    return verb.lemma_.lower() in LEX.naming_verbs and bool(pattern.object) and \
        pattern.code[:2] not in JUDGING_ROOTS and any(c.dep_ == "oprd" for c in verb.children)


def _identifying(verb: Token) -> bool:
    """"the suspect was named as <a person's name>": an "as" phrase giving a proper name after a
    verb of identifying (lexicon `identifying_verbs`) tells who the one named is, no act done
    to them ("named him as a suspect" names him one)."""
    return verb.lemma_.lower() in LEX.identifying_verbs and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "as" for g in p.children)


# CAMEO roots of judging in words: statements (denying), disapproval and rejection.
JUDGING_ROOTS = {"01", "11", "12"}


# CAMEO roots of material acts (cooperation and conflict), not of words; their place may be
# their object (coding.py).
MATERIAL_ROOTS = {"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}
YIELD_ROOT = "08"


def _striving(pattern: Pattern, verb: Token, obj: Token | None) -> bool:
    """"struggled to unite the party", "battled to keep her seat": a verb of effort (lexicon
    `effort_verbs`) with an infinitive complement and no one it is used against (no object,
    no phrase of the pattern) strives for the complement's act, which is not yet done, so
    the clause codes nothing (a null match, which also holds the complement); its force
    sense (CAMEO 19x) needs an opponent."""
    return pattern.code[:2] in FORCE_ROOTS and obj is None and \
        verb.lemma_.lower() in LEX.effort_verbs and not (
        pattern.xcomp or pattern.prep or pattern.object or pattern.prep_object) and \
        any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children)


def _bare_force(pattern: Pattern) -> bool:
    """Whether a pattern is a force verb's bare sense: a force code with no object word,
    particle, complement or subject named."""
    return pattern.code[:2] in FORCE_ROOTS and not (
        pattern.object or pattern.particle or pattern.xcomp or pattern.subject)


def _armed(token: Token | None, mentions: dict[int, Mention],
           words: dict[str, frozenset[str]]) -> bool:
    """Whether a side is an armed force, whose force verbs keep their sense."""
    return token is not None and "force" in classes_of(token, mentions, words)


# Classes of a doer that can use no force: words and texts.
WORDS = {"communication", "document"}
# Classes of what can act: people, bodies of them and happenings.
DOERS = PEOPLE | {"happening"}


def _mere(token: Token, kinds: set[str] | frozenset[str], mentions: dict[int, Mention],
          words: dict[str, frozenset[str]]) -> bool:
    """A noun of one of `kinds` (an idea, words, a text) that names no doer as well: no
    people and no happening, whose other senses could act."""
    classes = classes_of(token, mentions, words)
    return bool(classes & kinds) and not classes & DOERS


def _foreseen(verb: Token, mentions: dict[int, Mention],
              words: dict[str, frozenset[str]]) -> bool:
    """"warned that the divisions would lead to violence", "… that the move will raise
    prices": a complement clause to come whose subject is a thing (no actor, pronoun,
    people, force or happening: not "that Y would respond", "that any attack will be met
    with force"), in the active, foresees what the thing brings about; no act the speaker
    threatens, unless the clause names repercussions (`repercussion_ahead`). So does a
    warning with no object nor clause "about" or "of" an idea, a state, words or a text
    ("warned about X's health", "warned of a crisis"), not of a happening ("of attacks") nor
    of repercussions (lexicon `repercussions`: "of a response")."""
    clause = S.complement_clause(verb)
    if clause is None and not S.direct_object(verb):
        # "warned about X's health", "warned of a crisis": of a state or an idea, no act
        topics = S.prep_objects(verb, ("about", "of"))
        # repercussions no one else's are the speaker's threat, no idea ("warned of a harsh
        # response": PETRARCH's WARN OF RESPONSE, 130; not "of the markets' response")
        return bool(topics) and all(_mere(t, REPROACHABLE, mentions, words) and not (
            t.lemma_.lower() in LEX.repercussions and not any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for c in t.children)) for t in topics)
    if clause is None or repercussion_ahead(verb) or \
            any(c.dep_ in {"auxpass", "nsubjpass"} for c in clause.children) or \
            not any(c.dep_ == "aux" and c.lower_ in S.FUTURE_AUX | S.HYPOTHETICAL_AUX
                    for c in clause.children):
        return False
    subject = S.own_subject(clause)
    return subject is not None and subject.pos_ == "NOUN" and subject.i not in mentions and \
        not classes_of(subject, mentions, words) & DOERS


def _figurative_force(pattern: Pattern, frame: VerbFrame, mentions: dict[int, Mention],
                      words: dict[str, frozenset[str]]) -> bool:
    """"the criticism hit the minister hard", "X was wounded by Y's remarks", "the report
    dealt a blow to X": a force verb (CAMEO 18x-20x) whose doer, its subject or the passive's
    agent, is words or a text (no actor, nor people, a force or a happening) strikes no one
    but in a figure; patterns that name their subject ("a bomb killed X") keep theirs."""
    if pattern.code[:2] not in FORCE_ROOTS or pattern.subject:
        return False
    doer = frame.agent if frame.passive else frame.subject
    if doer is None or doer.pos_ != "NOUN" or doer.i in mentions:
        return False
    return _mere(doer, WORDS, mentions, words)


def _retorting(pattern: Pattern, frame: VerbFrame, obj: Token | None,
               mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """"'Nonsense,' the minister shot back", "X hit back at Y, saying …": a force verb's bare
    sense with "back", no object and words it brings in (a quotation or a clause, a colon,
    a verb of saying) is a retort, a verb of saying; not when the doer is an armed force
    ("the soldiers shot back")."""
    if not _shot_back(pattern, frame, obj, mentions, words):
        return False
    return any(c.dep_ in {"ccomp", "parataxis", "dep"} or
               (c.dep_ == "punct" and c.text in {":", '"', "“", "”"}) or
               (c.dep_ == "advcl" and c.lemma_.lower() in SAYING)
               for c in frame.verb.children)


def _shot_back(pattern: Pattern, frame: VerbFrame, obj: Token | None,
               mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """A force verb's bare sense with "back" and no object ("shot back", "hit back at Y")
    whose doer is no armed force: a retort, if it brings in words or is aimed at a party."""
    return _bare_force(pattern) and obj is None and \
        any(c.dep_ == "advmod" and c.lower_ == "back" for c in frame.verb.children) and \
        not _armed(frame.subject, mentions, words)


def _retort_aimed(pattern: Pattern, frame: VerbFrame, obj: Token | None,
                  mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """"X fired back at Y", "X hit back at Y, saying …": a force verb's bare sense with
    "back", no object, and an "at" phrase naming a party is a retort aimed at that party,
    criticism (CAMEO 111, as the imported "hit back at"); so is one naming what a party did
    or said ("hit back at Y's decision": `REPROACHABLE`); not when the doer or that party
    is an armed force ("the soldiers fired back at the gunmen")."""
    if frame.passive or not _shot_back(pattern, frame, obj, mentions, words):
        return False
    aimed = S.prep_objects(frame.verb, ("at",))
    return bool(aimed) and all(
        (classes_of(a, mentions, words) & ACTOR_CLASSES and not _armed(a, mentions, words)) or
        classes_of(a, mentions, words) & REPROACHABLE for a in aimed)


def _reproached(pattern: Pattern, frame: VerbFrame, obj: Token | None,
                mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """"attacked X for blocking the deal", "hit X for not backing the law", "attacked X for
    its handling of Y": a force verb whose "for" phrase names what the party it is aimed at
    did (a gerund, or an idea, words or a text that is someone's: "for its policy", not "for
    the second time") reproaches the party for it, and an "as" phrase with an adjective, a
    verdict said of the party ("hammered X as naive", not "attacked X as part of …"), judges
    it: criticism, not force, unless the doer is an armed force. Only the verb's bare sense
    (no particle, object word, preposition or complement named) and an actor as its direct
    object."""
    if not _bare_force(pattern) or pattern.prep or frame.passive or obj is None or \
            not classes_of(obj, mentions, words) & ACTOR_CLASSES or \
            _armed(frame.subject, mentions, words):
        return False
    for prep in frame.verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(
                c.pos_ == "ADJ" and c.dep_ in {"amod", "acomp", "pobj"} for c in prep.children):
            return True  # "hammered X as naive": a verdict on the party
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for arg in prep.children:
            if arg.dep_ == "pcomp" and arg.tag_ == "VBG":
                return True
            if arg.dep_ == "pobj" and any(c.dep_ == "poss" for c in arg.children) and \
                    classes_of(arg, mentions, words) & REPROACHABLE:
                return True
    return False


def _attacked_in_words(pattern: Pattern, frame: VerbFrame, obj: Token | None,
                       mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """"X attacked Y", "the senator hit the minister": a force verb's bare sense, in the
    active, whose doer is a named person or a person of a political sector (lexicon
    `political_sectors`: an official, a lawmaker, a party's) and whose object is one person
    (named, or a singular person noun; not a people, "Americans"), neither of them armed, is
    a verbal attack: criticism (CAMEO 111). A leader's attack on a country or an army keeps
    its force."""
    if not _bare_force(pattern) or frame.passive or obj is None:
        return False
    subject = frame.subject
    if subject is None:
        return False
    doer, aimed = mentions.get(subject.i), mentions.get(obj.i)
    if doer is None or aimed is None or _armed(subject, mentions, words) or \
            _armed(obj, mentions, words):
        return False
    return (doer.actor.kind in PERSON_KINDS or (
        doer.actor.sector in LEX.political_sectors and
        "person" in classes_of(subject, mentions, words))) and \
        (aimed.actor.kind in PERSON_KINDS or (
            obj.tag_ in {"NN", "NNP"} and obj.ent_type_ != "NORP" and
            "person" in classes_of(obj, mentions, words)))


def _quarrelling(pattern: Pattern, frame: VerbFrame, obj: Token | None,
                 mentions: dict[int, Mention], words: dict[str, frozenset[str]]) -> bool:
    """"X clashed with Y about the budget", "the ministers fought about immigration": a verb
    of fighting each other (lexicon `reciprocal_verbs`) with an "about" phrase, what the sides
    disagree on, is a quarrel, verbal conflict (CAMEO 110, as the imported "clash over
    efforts", "clash publicly"), not force — unless the doer or a side it is "with" is an
    armed force ("rebels clashed with troops about …"). Only the verb's bare sense, or its
    "with" ("against") sense, without a direct object."""
    verb = frame.verb
    if not _bare_force(pattern) or frame.passive or obj is not None or \
            verb.lemma_.lower() not in LEX.reciprocal_verbs or pattern.prep_object or \
            set(pattern.prep or ()) - QUARREL_PREPS:
        return False
    sides = [s for s in (frame.subject,) if s is not None] + S.prep_objects(verb, QUARREL_PREPS)
    if any(_armed(side, mentions, words) for side in sides):
        return False
    return bool(S.prep_objects(verb, ("about",)) or
                [o for side in sides[1:] for o in S.prep_objects(side, ("about",))])


def _returning_nothing(pattern: Pattern, verb: Token, obj: Token | None,
                       passive: bool) -> bool:
    """"returned to Chile", "was returning with the delegation": a return or a release
    (CAMEO 084) is of persons or property, what the verb governs; a verb used without one
    (no object, nor a noun the parser hangs on it otherwise, a time apart) tells the
    subject's own travel. Patterns that name the subject ("refugees returned") or a
    complement keep theirs."""
    if pattern.code[:3] != RETURN_ROOT or passive or obj is not None or pattern.subject or \
            pattern.xcomp:
        return False
    return not any(c.dep_ in {"npadvmod", "dative", "oprd"} and
                   c.pos_ in {"NOUN", "PROPN", "NUM"} and not S.names_a_time(c)
                   for c in verb.children)


def _showing(pattern: Pattern, verb: Token, obj: Token | None, passive: bool) -> bool:
    """"demonstrated its resolve", "demonstrated that the plan works", "rallied support": a
    verb of street protest (lexicon `street_protest_verbs`) with an object or a clause shows or
    gathers something; its protest sense (CAMEO 14) has neither."""
    if pattern.code[:2] != PROTEST_ROOT or pattern.object or \
            verb.lemma_.lower() not in LEX.street_protest_verbs:
        return False
    return (obj is not None and not passive) or S.complement_clause(verb) is not None


def _committing(verb: Token, mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> bool:
    """"agreed with X to extend the cuts", "agreed with X on a truce": agreeing with someone
    to do a thing (an open complement) or on a deal (an "on" phrase naming an agreement) is
    an undertaking made with them; only agreeing with their view ("agreed with X that …")
    is accord."""
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children) or \
        any("agreement" in classes_of(h, mentions, words)  # the parser may hang "on" on X
            for holder in [verb, *S.prep_objects(verb, ("with",))]
            for h in S.prep_objects(holder, ("on",)))


def _home_place(mention: Mention, source: list[Mention]) -> bool:
    """A place, or the country itself, of the source's own country."""
    return mention.actor.kind in PLACE_KINDS and mention.actor.sector is None and \
        mention.actor.country in {m.actor.country for m in source} - {None}


def conditioned(verb: Token, source: list[Mention], mentions: dict[int, Mention]
                ) -> list[Mention]:
    """"warned it would retaliate if Y deployed missiles", "threatened to cut supplies unless
    Y paid": a threat is aimed at whom its condition ("if", "unless") names as acting, the
    subject of that clause, on the threat's verb or the clause that says what is threatened.
    An act that "any" picks out as what is answered (`arguments.answered_acts`: "would respond
    to any attack by Y", "… to any Y aggression") is such a condition too: aimed at its
    doer."""
    clauses = [verb, *S.complement_chain(verb), *(c for c in verb.children if c.dep_ == "ccomp")]
    for clause in clauses:
        for c in S.condition_clauses(clause):
            found = other_side(actors_at(S.own_subject(c), mentions), source)
            if found:
                return found
    for act in answered_acts(verb):
        found = other_side(first_actors(doers(act), mentions), source)
        if found:
            return found
    return []


def _named_object(verb: Token) -> bool:
    """"called X a liar", "termed X a partner": a verb of naming (lexicon `naming_verbs`) with
    a predicate said of its object names the object, so a sense of the verb that needs a
    class of object to act on ("called X": phoned X) does not hold."""
    # the parser may take the object for a predicate too ("called X a Y": two predicates); a
    # lone predicate is the object
    if verb.lemma_.lower() not in LEX.naming_verbs:
        return False
    predicates = naming_predicates(verb)
    return len([o for o in named_objects(verb) if o not in predicates]) + len(predicates) > 1


def _object_class_fits(pattern: Pattern, clause: Token, obj: Token | None,
                       mentions: dict[int, Mention],
                       words: dict[str, frozenset[str]]) -> bool:
    """Whether what the verb governs (its direct object, else the object of the pattern's
    preposition, else its first prepositional object) is of a class the pattern requires
    and of none it refuses. A count or a measure is also of the class of what it counts
    ("released thousands of pages": pages, a text). A pattern that names its object, the
    act itself ("waged war on X"), governs the object of that act's phrase (`object_prep`,
    on the object or, as the parser may hang it, on the verb): X. A pattern of a complement
    ("agreed to halt X") with no object of its own governs the complement's object."""
    head = obj
    if pattern.xcomp and obj is None:  # "promised to end X": what the complement governs
        head = S.direct_object(clause)
    if pattern.object:
        preps = pattern.object_prep or OBJECT_TARGET_PREPS
        heads = [*(S.prep_objects(obj, preps) if obj is not None else []),
                 *S.prep_objects(clause, preps)]
        head = heads[0] if heads else None
    elif head is None or (pattern.prep and _moved_state(head, mentions, words)):
        heads = S.prep_objects(clause, pattern.prep or GOVERNED_PREPS)
        head = heads[0] if heads else head
    classes = set() if head is None else classes_of(head, mentions, words) | \
        classes_of(counted(head), mentions, words)
    if pattern.object_class and not classes & set(pattern.object_class):
        return False
    return not (pattern.exclude_object_class and classes & set(pattern.exclude_object_class))


def _moved_state(obj: Token, mentions: dict[int, Mention],
                 words: dict[str, frozenset[str]]) -> bool:
    """"Withdrew the United States from the accord", "pulled Britain out of the bloc": a
    state as the direct object of a verb with a phrase of where from is what the subject
    moves; what the verb governs, for its sense, is that phrase (a treaty left, not a
    retreat)."""
    return "polity" in classes_of(obj, mentions, words)


def noun_match(pattern: Pattern, noun: Token, mentions: dict[int, Mention],
               words: dict[str, frozenset[str]]) -> Match | None:
    if S.names_a_time(noun):
        return None
    preps = pattern.prep or NOUN_TARGET_PREPS
    # "the visit of X to Y": the people a visit's or a meeting's "of" names do it, and it is
    # then a happening of theirs, not a state
    doing = [] if "of" in preps or noun.lemma_.lower() not in LEX.doer_of_nouns else [
        o for o in S.prep_objects(noun, ("of",)) if classes_of(o, mentions, words) & PEOPLE]
    doers = [m for o in doing for m in actors_at(o, mentions)] or \
        actors_at(S.answerable(noun), mentions)
    agents = done_by(noun, mentions, words)
    by = actors_at(next(iter(agents), None), mentions)
    held_in = _call_held_in(noun, pattern)
    if S.background_noun(noun, done_by=bool(doers or by or held_in is not None or
                                            met_between(noun, mentions)),
                         held=held_in is not None) or \
            (not pattern.null and topic(noun, pattern.code)):
        return None  # a null pattern's construction is no event, whatever its clause says
    if pattern.modifier and not any(c.dep_ in {"compound", "amod"} and
                                    c.lemma_.lower() in pattern.modifier
                                    for c in noun.children):
        return None
    if (pattern.object_class or pattern.exclude_object_class) and \
            not _object_class_fits(pattern, noun, None, mentions, words):
        return None  # "the withdrawal from the bloc": no retreat (its preposition's object)
    if pattern.prep_object and not _named_phrase_objects(pattern, [noun]):
        return None  # "the expulsion of two diplomats": its phrase says which expulsion
    if noun.dep_ in S.OBJECTS and noun.head.pos_ == "VERB":
        return None  # "imposed sanctions": the verb's event, if any
    # "X's arrest": X is arrested; "Y's arrest of X": Y arrests
    done_to = noun.lemma_.lower() in LEX.patient_nouns and not S.prep_objects(noun, ("of",))
    patients = [mentions[c.i] for c in noun.children
                if done_to and c.dep_ == "poss" and c.i in mentions]
    source: list[Mention] = []  # each actor once, though several of its words modify the noun
    for found in [mentions[c.i] for c in noun.children if c.dep_ in NOUN_SOURCE_DEPS and
                  c.i in mentions and mentions[c.i] not in patients] + (by or doers):
        if not any(found is m for m in source):
            source.append(found)
    # the parser may hang the noun's phrases on its doer ("the visit of X to Y", "the visit
    # by X to Y") or, in "clashes broke out between X and Y", on the verb that says it happened
    holders = [noun, *doing, *agents[:1], *([noun.head] if S.occurring(noun) else []),
               *([noun.head] if _given_thing(noun) else [])]
    target = patients or first_actors([o for h in holders for o in S.prep_objects(h, preps)
                                       if o not in agents], mentions) \
        or noun_complement_target(noun, coded_only(mentions),
                                  pattern.code[:2] in LEX.judging_roots)
    target = [m for m in target if m not in source]
    sides = actors_at(next((o for h in holders for o in S.prep_objects(h, PARTY_PREPS)), None),
                      mentions)
    if not source and held_in is not None and (target or pattern.code == CALL_CODE):
        # "X told Y in a phone call …", "X made the request in a call with Y": X's call;
        # "in a meeting with Y, X said …": X's meeting, with whom its own phrase names
        source = subject_actors(held_in, mentions)
        target = [m for m in target or first_actors(
            [c for c in held_in.children if c.dep_ in {"dative", "dobj"}] +
            S.prep_objects(held_in, ("to", "with")), mentions) if m not in source]
    if not source and len(sides) > 1:
        if fought_between(noun, pattern):  # "a clash between X and Y": each against the other
            return Match(pattern, noun, sides[:3], [], direct=False, aimed=False)
        source, target = sides[:1], sides[1:]  # "talks between X and Y"
    if not source:
        return None
    return Match(pattern, noun, source[:3], target, direct=False, aimed=bool(target))


# CAMEO roots of material deeds (cooperation, aid, protest, posture, sanctions, coercion,
# force), whose noun as a subject still tells the deed done
DEED_ROOTS = {"06", "07", "14", POSTURE_ROOT, "16", "17", *FORCE_ROOTS}
# CAMEO 12, reject: a refusal's noun as a subject ("X's refusal to meet Y angered Z") still
# tells that X refused
REFUSAL_ROOT = "12"
# CAMEO 042, 043, a visit made or hosted: going somewhere is a deed too ("X's arrival in Y
# opened the summit" tells that X arrived)
VISIT_CODES = {"042", "043"}
# CAMEO 084, 087: returning or releasing people or property, de-escalating by force of arms
# (a truce, a pull-back): yielding done, a deed as much as the roots of `DEED_ROOTS` ("X's
# release of the sailors eased tensions" tells that X released them)
YIELDED_DEEDS = {"084", "087"}


def _call_held_in(noun: Token, pattern: Pattern) -> Token | None:
    """"X told Y in a phone call that …", "X made the request during a call with Y": a call
    (a noun of a talk by telephone, CAMEO 041) in a phrase of what a verb was done in
    (`syntax.held_in`) is held by that verb's subject, with the call's "with" party or else
    whom the verb addresses; so is a meeting or a visit ("in a meeting with Y, X praised Z",
    "during a visit to Y, X said …"), with the party its own phrase names; the verb, or
    None."""
    return S.held_in(noun, pattern.code == CALL_CODE)


def _given_thing(noun: Token) -> bool:
    """"Chilean aid was delivered to Peru": what a passive verb of giving or sending
    (lexicon `giving_verbs`) moves is given to the party of its "to" phrase."""
    return noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in LEX.giving_verbs


def fought_between(noun: Token, pattern: Pattern) -> bool:
    """"a fight between X and Y", "clashes broke out between X and Y": a noun of fighting each
    other (lexicon `reciprocal_verbs`, whose nouns share their lemma) names in its "between"
    phrase the sides that fight, each the other's foe, as "X and Y clashed" does; the caller
    codes it both ways. Other nouns ("talks between X and Y") keep the first side as source."""
    return noun.lemma_.lower() in LEX.reciprocal_verbs and pattern.code[:2] in FORCE_ROOTS


def done_by(noun: Token, mentions: dict[int, Mention],
            words: dict[str, frozenset[str]]) -> list[Token]:
    """The "by" phrase of an event noun, which names who does it, also where the parser hangs
    it on the noun's "of" object when that names people ("the arrest of X by Y"; in
    "condemnation of the raid by Y" it is the raid's)."""
    return S.prep_objects(noun, ("by",)) + [
        a for o in S.prep_objects(noun, ("of",))
        if classes_of(o, mentions, words) & PEOPLE
        for a in S.prep_objects(o, ("by",))]


def met_between(noun: Token, mentions: dict[int, Mention]) -> bool:
    """Whether a noun of meeting or going somewhere (lexicon `doer_of_nouns`) names two or
    more sides in its "between" phrase ("the meeting between X and Y", "the talks among X, Y
    and Z"): they hold it, so it is their act, not a standing state."""
    if noun.lemma_.lower() not in LEX.doer_of_nouns:
        return False
    sides = S.prep_objects(noun, PARTY_PREPS)
    return len(actors_at(next(iter(sides), None), mentions)) > 1


def topic(noun: Token, code: str) -> bool:
    """"the summit was a success", "X's visit was brief": an event noun that is the subject
    of a linking clause (a copula with a predicate noun or adjective) is what the clause
    describes, a happening named as a topic and not reported. So is a noun of words or
    dealings (no material deed, `DEED_ROOTS`, nor a visit or a refusal) that is the subject
    of any other verb but one saying it happens or ends (lexicon `occurring`: "the talks
    failed"): "X's offer has raised hopes", "the accord obliges Y to …" tell what the act
    did or says, the clause's own news, not the act; a deed's noun still does what its verb
    says ("the strike killed ten"), and a modal clause says what a coming act is to do
    ("X's visit will boost ties"). A passive subject of a verb of calling off (lexicon
    `cancelling_verbs`: "the meeting was canceled", "the talks were put off") never
    happened."""
    verb = noun.head
    if noun.dep_ == "nsubjpass":
        return verb.lemma_.lower() in LEX.cancelling_verbs or any(
            f"{verb.lemma_.lower()} {p}" in LEX.cancelling_verbs for p in S.particles(verb))
    if noun.dep_ != "nsubj":
        return False
    if verb.lemma_ == "be":
        return any(c.dep_ in {"attr", "acomp"} for c in verb.children)
    return verb.pos_ == "VERB" and code[:2] not in DEED_ROOTS | {REFUSAL_ROOT} and \
        code[:3] not in VISIT_CODES | YIELDED_DEEDS and \
        not S.occurring(noun) and \
        not any(c.tag_ == "MD" for c in verb.children)


def match_trigger(patterns: PatternSet, words: dict[str, frozenset[str]], token: Token,
                  mentions: dict[int, Mention]) -> Match | None:
    """The first pattern of a verb or noun trigger that matches its parse (a null pattern's
    match says the construction is no event); None when none does."""
    pos = token.pos_  # one of TRIGGER_POS: the caller tries no other
    lemma = token.lemma_.lower()
    if blamed(token):
        return None
    if pos in {"VERB", "AUX"} and token.dep_ == "ROOT":
        match = quoted(token, mentions)  # said by a speaker another sentence names
        if match is not None:
            return match
    undergoing = pos == "VERB" and lemma in UNDERGOING
    # "met with criticism from X": X criticises; "took part in the attack": the attack; both
    # before the verb's own patterns
    if undergoing or (pos == "VERB" and _partaken(token) is not None):
        match = light_verb(patterns, token, mentions, words)
        if match is not None:
            return match
    if pos == "VERB" and lemma in LEX.commanding:
        match = commanded(patterns, words, token, mentions)
        if match is not None:
            return match
    if pos in {"VERB", "AUX"} and (match := displeasure(token, mentions) or
                                   readiness(token, mentions)) is not None:
        return match
    if pos == "VERB" and lemma in LEX.naming_verbs and not any(
            o.lemma_.lower() in LEX.charge_nouns for o in named_objects(token)) and \
            (match := naming_verdict(token, mentions)) is not None:
        return match  # "called X's election a sham": a verdict, whatever "call" + noun means
    if pos in {"VERB", "AUX"} and lemma in patterns.verbs:
        frame = VerbFrame(token, words)
        # the head object's patterns first, then its conjuncts' ("expressed concern and
        # support": concern; "imposed a curfew and sanctions": sanctions)
        obj = frame.direct_object
        for conjunct_objects in (False, True) if obj is not None and obj.conjuncts else (False,):
            frame.conjunct_objects = conjunct_objects
            for pattern in patterns.verbs[lemma]:
                match = verb_match(pattern, token, mentions, words, frame)
                if match is not None and _figurative_force(match.pattern, frame, mentions, words):
                    # words strike no one: no event
                    return Match(pattern.model_copy(update={"code": NULL_CODE}), token, [], [],
                                 direct=True)
                if match is not None and match.pattern.code == "010":
                    # "told X that Y must …": the plain statement says what it asks;
                    # "reiterated its complaints about X": what its event noun says
                    return reported(token, mentions) or \
                        light_verb(patterns, token, mentions, words) or match
                if match is not None:
                    return match
    if pos == "VERB":
        match = (None if undergoing else light_verb(patterns, token, mentions, words)) or \
            reported(token, mentions)
        if match is not None:
            return match
    if pos in {"NOUN", "PROPN"} and lemma in patterns.nouns:
        for pattern in patterns.nouns[lemma]:
            match = noun_match(pattern, token, mentions, words)
            if match is not None:
                return match
    return None


def blamed(verb: Token) -> bool:
    """"Y is to blame", "Y was to blame for X": the infinitive of a blame predicate (lexicon
    `blame_predicates`) on a linking verb says its subject is blamed, not that it blames
    anyone: no act of its own (whoever says it accuses Y, speech.py)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" and \
        verb.lemma_.lower() in LEX.blame_predicates


def commanded(patterns: PatternSet, words: dict[str, frozenset[str]], verb: Token,
              mentions: dict[int, Mention]) -> Match | None:
    """"X ordered its troops to withdraw from Y", "X ordered the army to attack Y": an order
    (lexicon `commanding`) given to the subject's own forces is the subject's own act, coded
    as the open complement's event with the one who orders as its source (the complement's
    subject is the orderer already); an order to another party is a demand (the verb's own
    patterns)."""
    obj = S.direct_object(verb)
    comp = next(iter(S.open_complements(verb)), None)
    if obj is None or comp is None or comp.pos_ != "VERB":
        return None
    source = subject_actors(verb, mentions)
    if not source or not _own_forces(obj, source, mentions, words):
        return None
    match = match_trigger(patterns, words, comp, mentions)
    if match is None or match.pattern.null:
        return None
    return Match(match.pattern, verb, source, match.target, direct=True, aimed=match.aimed)


def _not_own(head: Token | None) -> Token | None:
    """The head, unless it is a body of the subject's own (lexicon `own_bodies`) a possessive
    pronoun makes its own ("agreed to withdraw its troops from X": the source's own forces
    are not whom the act is aimed at; X is; "returned it to its owners" keeps the owners),
    or people a possessive pronoun owns as the verb's direct object, with no other phrase
    before it the pronoun could stand for: the subject's own ("mobilized its men", "urged
    its members"), not someone the act is aimed at; people of another side (lexicon
    `others_nouns`: "its allies", "his rivals") stay. The phrases coordinated after an own
    one still may be ("warned its members and the neighbours"). A count or a partitive
    ("most of its troops") is of what it counts."""
    if head is None:
        return None
    owned = counted(head)
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in owned.children):
        return head
    lemma = owned.lemma_.lower()
    if lemma in LEX.own_bodies or (head.dep_ == "dobj" and lemma not in LEX.others_nouns):
        return next(iter(S.conjuncts(head)[1:]), None)
    return head


def _own_forces(obj: Token, source: list[Mention], mentions: dict[int, Mention],
                words: dict[str, frozenset[str]]) -> bool:
    """Whether the ordered are the source's own forces: a body of `own_bodies` of the object
    class "force" ("troops", "the army"; not "the government") that a possessive pronoun
    makes the subject's ("its troops"), or that names no country but the source's ("the
    army", "Peruvian troops" ordered by Peru)."""
    lemma = obj.lemma_.lower()
    if lemma not in LEX.own_bodies or lemma not in words.get("force", frozenset()):
        return False
    if any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in obj.children):
        return True
    named = mentions.get(obj.i)
    if named is None or named.actor.code is None or named in source:
        return not any(c.dep_ == "poss" for c in obj.children)
    return country_of(named) in {country_of(m) for m in source}


def _partaken(verb: Token) -> Token | None:
    """What a verb's object of having a share names ("took part in the talks", "played a role
    in the attack": lexicon `share_nouns`): the object of "in", on the share or on the verb;
    none under a verb of denial ("denied any role in the attack" denies taking part), nor
    for a share a possessive noun gives another ("praised Y's role in the talks": Y's part,
    which the verb judges)."""
    obj = S.direct_object(verb)
    if obj is None or obj.lemma_.lower() not in LEX.share_nouns or \
            verb.lemma_.lower() in S.DENIAL or \
            any(c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} for c in obj.children):
        return None
    return next(iter(S.prep_objects(obj, ("in",)) + S.prep_objects(verb, ("in",))), None)


# Classes of an object whose compound says what kind of people, place or body it is.
KIND_BEARERS = ACTOR_CLASSES | {"place"}


def _carried_lemmas(obj: Token, mentions: dict[int, Mention],
                    words: dict[str, frozenset[str]]) -> list[str]:
    """The lemmas of a support verb's object that may name what the verb carries out
    (`S.object_lemmas`), less the compounds of a head that names people, a place or a body:
    such a compound says what kind they are ("registered asylum seekers", "opened a war
    college", "formed a protest group"), no act the verb carries out."""
    lemmas = S.object_lemmas(obj)
    if not classes_of(obj, mentions, words) & KIND_BEARERS:
        return lemmas
    kinds = {c.lemma_.lower() for c in obj.children if c.dep_ == "compound"}
    return [lemma for lemma in lemmas if lemma not in kinds]


def fire_undergone(verb: Token, noun: Token, mentions: dict[int, Mention],
                   words: dict[str, frozenset[str]]) -> Match | None:
    """"X came under fire from Y", "X drew flak from Y": force undergone (lexicon
    `undergone_figures`) from the "from"/"by" party to the subject. From an armed force it
    is force (CAMEO 190: "came under fire from rebels"); from anyone else it is a figure,
    criticism (CAMEO 111), unless the subject is an armed force or a place ("the town came
    under fire"), which only shooting reaches, by parties the sentence may not say; a
    state under fire "over" or "for" something is criticised for it. Not when
    a compound names the weapon ("mortar fire"), which the noun's own patterns code."""
    subject = S.subject_of(verb)
    givers = givers_of(verb, noun)
    if subject is None or not givers or any(c.dep_ == "compound" for c in noun.children):
        return None
    if any(_armed(g, mentions, words) for g in givers):
        code, note = FORCE, "force undergone: shooting"
    elif _armed(subject, mentions, words) or (
            classes_of(subject, mentions, words) & PLACE_KINDS and
            all(S.names_a_time(t) for t in S.prep_objects(verb, ("over", "for")))):
        return None
    else:
        code, note = CRITICISM, "force undergone in a figure: criticism"
    source = first_actors(givers, mentions)
    target = subject_actors(verb, mentions)
    if not source or not target:
        return None
    return Match(Pattern(code=code, noun=noun.lemma_.lower(), note=note), verb, source, target,
                 direct=True)


def _danger_told(noun: Token) -> bool:
    """"issued a warning that X had been marked as a target / might strike": a warning whose
    "that" clause states a finding, or foresees a danger naming no repercussion for anyone,
    is disapproval, as the verb's is ("warned that …", `verb_match`), not a threat; "a
    warning that it would retaliate" threatens."""
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and
                   any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & LEX.possibility_aux:
        return not names_repercussion(clause)
    return not auxes & (S.FUTURE_AUX | S.HYPOTHETICAL_AUX)


def by_own_phrase(found: list[Pattern], noun: Token) -> list[Pattern]:
    """A noun's patterns in their order, those naming only prepositions the noun has no
    phrase of last ("calls with X": a conversation, 041, before "calls for X": an appeal)."""
    own = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return sorted(found, key=lambda pattern: bool(pattern.prep) and
                  not own & set(pattern.prep or ()))


def light_verb(patterns: PatternSet, verb: Token, mentions: dict[int, Mention],
               words: dict[str, frozenset[str]]) -> Match | None:
    """"launched an attack on X", "held talks with X", "gave aid to X": a support verb
    (lexicon `support_verbs`) whose object is an event noun takes the noun's code, the verb's
    subject and targets; a verb of undergoing ("came under attack from X") takes the noun's
    code the other way round. Any other verb names the event only to act on it or speak of it
    ("sparked protests", "killed the deal", "recalled the attacks"), and so does a support
    verb with an averting particle ("put off a visit", lexicon `averting_particles`)."""
    verb_lemma = verb.lemma_.lower()
    undergoing = verb_lemma in UNDERGOING
    partaken = _partaken(verb)  # "played a role in the attack": a share in it is taking part
    if not undergoing and partaken is None and verb_lemma not in LEX.support_verbs:
        return None
    if S.particles(verb) & LEX.averting_particles:
        return None  # "put off a visit", "held off an attack": the event is not carried out
    # a phrase put before the verb ("In his call for X, Y noted …") frames the clause: the
    # verb does not make its event noun happen
    obj = partaken or S.direct_object(verb) or next((o for o in S.prep_objects(
        verb, LIGHT_PREPS + (("under", "with") if undergoing else ())) if o.i > verb.i), None)
    if obj is None:
        return None
    # each of coordinated objects is carried out ("received arms and financial support"),
    # the first one's lemmas first (an ordered list: the head noun first)
    for noun, lemma in ((n, lemma) for n in S.conjuncts(obj) if not S.names_a_time(n)
                        for lemma in _carried_lemmas(n, mentions, words) + S.money_for(n)):
        for pattern in by_own_phrase(patterns.nouns.get(lemma, []), noun):
            if pattern.modifier and not any(
                    c.dep_ in {"compound", "amod"} and c.lemma_.lower() in pattern.modifier
                    for c in noun.children):
                continue
            if (pattern.object_class or pattern.exclude_object_class) and \
                    not _object_class_fits(pattern, noun, None, mentions, words):
                continue
            if undergoing:  # the subject undergoes what the "from"/"by" phrase does
                givers = first_actors(givers_of(verb, noun), mentions)
                target = subject_actors(verb, mentions)
                if givers and not target and S.points_back(S.subject_of(verb)):
                    # "the move drew criticism from X": whose move, the article has told
                    return Match(pattern, verb, givers, [], direct=True)
                return Match(pattern, verb, givers, target, direct=True) \
                    if givers and target else None
            if pattern.code[:2] == REPERCUSSION[:2] and _danger_told(noun):
                pattern = pattern.model_copy(update={"code": DISAPPROVAL})
            source = people_placed(subject_actors(verb, mentions), S.subject_of(verb),
                                   mentions, words)
            heads = S.prep_objects(verb, DEFAULT_TARGET_PREPS) + S.prep_objects(
                noun, pattern.prep or NOUN_TARGET_PREPS)
            heads += S.indirect_objects(verb)
            own = first_actors(heads, mentions)
            target = own or clause_target(verb, source, coded_only(mentions))
            if not source and pattern.code[:2] == "14" and target:
                # "thousands rallied in Lagos": a protest in Nigeria
                source = protesters(verb, target, mentions, words) or target
            if source:
                return Match(pattern, verb, source, target, direct=True, aimed=bool(own))
    if undergoing and obj.lemma_.lower() in LEX.undergone_figures:
        return fire_undergone(verb, obj, mentions, words)  # no pattern: "under fire"
    return None


