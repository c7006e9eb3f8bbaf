"""The event coder component (`communique_events`): each sentence yields zero or more events
from verb and noun patterns over the parse and the resolved actors (`doc._.mentions`).

Sources and targets are lists (PLOVER's list form): "Macron and Scholz arrived" is one event
with both as sources. In reported speech the event belongs to the reported clause and the
speaker goes to `reported_by`; a saying is an event only when a pattern codes it. Which
pattern applies is matching.py's, who the sides are dyads.py's, which events a sentence keeps
happenings.py's; this module makes the events, with their mood, date and place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import pairwise

from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from communique import cameo
from communique.models import Event, Mention
from communique.nlp import modality as M
from communique.nlp import syntax as S
from communique.nlp.arguments import (PLACE_KINDS, SCENE_PREPS, country_of, other_side,
                                      owners)
from communique.nlp.attribution import SPEAKERS, attribute, attributing_verb, quotations
from communique.nlp.confidence import confidence
from communique.nlp.context import PERSON_KINDS, uncoded_agent
from communique.nlp.discards import (
    FIRST_PERSON,
    analysts_view,
    background_clause,
    promised_strife,
    spread_over_span,
    told_before,
    writers_column,
)
from communique.nlp.dyads import PRONOUNS, actors_at, besides, by_token, home_country
from communique.nlp.happenings import (ACT_ROOTS, APPEAL_ROOT, MILITARY_COOPERATION, MOBILIZATION,
                                        REPRESSION, armed_fight, casualties_of, historical,
                                        internal, is_article, joint_exercise, latest_year,
                                        one_per_happening, paragraph_time, private, reciprocal,
                                        repressed, retold_acts, rioted, said_on, sent_against,
                                        set_in_history, set_in_news, skipped_sentences, stale,
                                        unarmed_code, unpartnered, without_bare_statements)
from communique.nlp.lexicon import LEX
from communique.nlp.matching import (MATERIAL_ROOTS, NOUN_SOURCE_DEPS, match_trigger,
                                     named_complement)
from communique.nlp.naming import mention_head
from communique.nlp.speech import ACCUSATION, POINTING_VERDICT, SAYING
from communique.nlp.objects import classes_of, load_object_classes
from communique.nlp.parse_repairs import (correct_conjunct_appositions, correct_joined_sides,
                                           correct_lemmas, correct_root_nouns,
                                           correct_subjected_modifiers,
                                           correct_listed_sides, correct_noun_objects,
                                           correct_stranded_subjects,
                                           correct_reported_conjuncts,
                                           correct_reported_participles, correct_said_in,
                                           correct_said_subjects,
                                           correct_trailing_attributions, correct_given_things,
                                           correct_set_off_participles, correct_time_clauses,
                                           correct_verbs)
from communique.nlp.patterns import (FORCE_ROOTS, NULL_CODE, THREAT_ROOT, Match, Pattern,
                                     PatternSet, load_patterns)
from communique.nlp.when import clause_time, event_date, time_words

# Cooperation said to come ("will provide aid", "would allow inspectors") is CAMEO's intent to
# cooperate (03x), and force said to come is a threat (138), as PLOVER codes them.
INTENT_CODES = LEX.intent_codes


# Cooperation refused or not given ("will not accept refugees", "failed to reach agreement")
# is a rejection (12x).
REJECT_CODES = LEX.reject_codes


# Events whose complement clause is their content ("demanded that Israel ease …", "threatened
# to impose a curfew"): the clause is not an event of its own.
CONTENT_ROOTS = LEX.content_roots


# Parts of speech that may trigger an event (verb and noun patterns, light verbs).
TRIGGER_POS = {"VERB", "AUX", "NOUN", "PROPN"}
THREAT_OF_FORCE = "138"  # CAMEO: threaten with military force
DECLINED_COMMENT = "011"  # CAMEO: decline comment ("would not comment": a statement refused)
PAST_FORMS = {"VBD", "VBN"}  # done: "attacked", "had attacked", "was attacked"


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


class EventCoder:
    """Code events into `doc._.events`; article ids, ids and dates are filled in later."""

    def __init__(self, nlp: Language, patterns_files: Iterable[str] = (),
                 object_classes_files: Iterable[str] = ()) -> None:
        self.patterns: PatternSet = load_patterns(patterns_files)
        self.object_words = load_object_classes(object_classes_files)
        self._noun_lemmas: dict[int, bool] = {}  # lemma id: whether a noun pattern has it

    def _noun_trigger(self, lemma: int, strings: StringStore) -> bool:
        known = self._noun_lemmas.get(lemma)
        if known is None:
            known = self._noun_lemmas[lemma] = strings[lemma].lower() in self.patterns.nouns
        return known

    def _demanded_of(self, trigger: Token, source: list[Mention],
                     mentions: dict[int, Mention]) -> list[Mention]:
        """"rallied in X, demanding that Y resign", "marched …, calling on Y to …", "marched
        to demand Y's ouster": a protest is aimed at whom the demand or appeal its
        participle or its purpose infinitive makes is made of (lexicon `asking_roots`),
        rather than at the place it is held in. The demand is the protesters' own, so their
        subject stands as its source, whether or not it names a coded actor."""
        subject = S.subject_of(trigger)
        if subject is not None and source:
            mentions = {**mentions, subject.i: mentions.get(subject.i, source[0])}
        for clause in trigger.children:
            purpose = clause.dep_ == "advcl" and S.infinitive(clause) and \
                not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            if clause.dep_ == "advcl" and (clause.tag_ == "VBG" or purpose):
                if purpose:  # read as the open complement it is of the protest's doers
                    clause.dep_ = "xcomp"
                try:
                    found = match_trigger(self.patterns, self.object_words, clause, mentions)
                finally:
                    clause.dep_ = "advcl"
                if found is not None and found.pattern.code[:2] in LEX.asking_roots and \
                        found.target and not found.pattern.null:
                    return other_side(found.target, found.source)
        return []

    def __call__(self, doc: Doc) -> Doc:
        correct_lemmas(doc)
        correct_verbs(doc)
        correct_root_nouns(doc)
        correct_subjected_modifiers(doc)
        correct_set_off_participles(doc)
        correct_noun_objects(doc, self.patterns.nouns)
        correct_said_in(doc)
        correct_said_subjects(doc)
        correct_time_clauses(doc)
        correct_trailing_attributions(doc)
        correct_given_things(doc)
        correct_conjunct_appositions(doc)
        correct_reported_conjuncts(doc, self.patterns.verbs)
        correct_reported_participles(doc, self.patterns.verbs)
        mentions = by_token(doc)
        correct_listed_sides(doc, mentions)
        correct_joined_sides(doc, mentions)
        correct_stranded_subjects(doc, mentions)
        doc.user_data[SPEAKERS] = attribute(doc)
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        consumed: set[int] = set()
        events: list[Event] = []
        stance = False
        force_acts: set[int] = set()  # tokens of acts of force coded (`casualties_of`)
        uttered: dict[int, Event] = {}  # verbal acts aimed at someone, by trigger token
        denials: dict[int, int] = {}  # denials with no target: trigger token -> event index
        times: dict[tuple[tuple[int, int], str], str] = {}  # undated events' time words
        skipped = skipped_sentences(doc)
        column = writers_column(doc)
        article = is_article(doc)
        latest = None if doc._.published else latest_year(doc, dates)
        strings = doc.vocab.strings
        pos = {strings[p] for p in TRIGGER_POS}
        nouns = {strings["NOUN"], strings["PROPN"]}
        for i, (tag, lemma) in enumerate(doc.to_array(["POS", "LEMMA"]).tolist()):
            if tag not in pos or i in consumed or skipped[i]:
                continue  # only verbs and nouns trigger events
            if tag in nouns and not self._noun_trigger(lemma, strings):
                continue  # a noun triggers only through a noun pattern of its lemma
            token = doc[i]
            match = match_trigger(self.patterns, self.object_words, token, mentions)
            if match is None:
                continue
            if token.lemma_ not in S.DENIAL:  # "denied attacking": the attack, negated
                consumed |= {c.i for c in token.children if c.dep_ in S.OBJECTS}
            if token.lemma_ not in S.DENIAL | LEX.owning_up or (
                    match.pattern.xcomp and match.pattern.target == "none"):
                # "urged X to release Y and attack Z": both verbs are what is asked; a
                # pattern naming its complement and no target ("declined to discuss": 011,
                # the complement's words its topic) holds it whole
                consumed |= {v.i for v in S.complement_chain(token)}
            if match.pattern.null or promised_strife(
                    token, match.pattern.code, self.patterns, lambda clause: _pattern_of(
                        match_trigger(self.patterns, self.object_words, clause, mentions))):
                continue  # no event, nor is its complement one ("warned ships to watch for …")
            if match.pattern.code[:2] == DISAPPROVAL_ROOT:
                consumed |= _acts_charged(token)
            if (match.pattern.code[:2] in CONTENT_ROOTS and token.lemma_ not in S.DENIAL) or \
                    match.pattern.note.startswith("obligation"):
                consumed |= {c.i for c in token.children if c.dep_ == "ccomp"}
            if (foresworn := _complement_denied(token, match.pattern)) is not None:
                if foresworn == NULL_CODE:
                    continue  # "vowed never to attack X": an assurance, no threat
                match = _recoded(match, foresworn)
            trigger = match.trigger  # the token, or the verb attributing its quotation
            kind = _object_kind(self.patterns, token, match.pattern.code)
            if kind != match.pattern.code:  # "provided humanitarian aid": 073, not 070
                match = _recoded(match, kind)
            if (left := _own_state_moved(token, match, mentions)) is not None:
                match = replace(match, target=left)  # "withdrew the US from X": X
            if sent_against(match.pattern.code, trigger, match.target):
                match = _recoded(match, MOBILIZATION)
            joint = joint_exercise(match.pattern.code, trigger, match.source)
            if joint:
                match = _recoded(match, MILITARY_COOPERATION)
            if repression := repressed(match.pattern.code, token, match.source + match.target):
                match = replace(_recoded(match, REPRESSION), source=repression[0],
                                target=repression[1], aimed=True)
            if unarmed := unarmed_code(match.pattern.code, match.source, token):
                match = _recoded(match, unarmed)
            if fought := armed_fight(match.pattern.code, match.target):
                match = _recoded(match, fought)
            if riot := rioted(match.pattern.code, token, match.source):
                match = _recoded(match, riot)
            if match.pattern.code[:2] in LEX.home_target_roots and (
                    demanded := self._demanded_of(token, match.source, mentions)) and \
                    all(m.actor.kind in PLACE_KINDS for m in match.target):
                match = replace(match, target=demanded)
            if casualties_of(token, match.pattern.code, force_acts):
                continue  # "struck X, killing 20": what the act did, coded at the act
            reason = M.unasserted(trigger)
            if reason == "attempted" and match.pattern.code[:2] in LEX.spoken_attempt_roots:
                reason = None  # "sought to reassure X", "tried to persuade Y": said, so done
            event = _event(doc, match, mentions, dates, reason, article)
            if event.date is None and (words := time_words(trigger, dates)) is not None:
                times[event.span, event.trigger or ""] = words
            if trigger.lemma_.lower() in SAYING and event.target and \
                    all(_press(doc, m) for m in event.target):
                event = replace(event, target=[])  # "told reporters": the audience
            if article and not event.target and (maker := _offer_answered(trigger, event,
                                                                         events)):
                event = replace(event, target=maker)
            if article and match.pattern.note == POINTING_VERDICT and \
                    (judged := _verdict_seconded(trigger, event, events)):
                event = replace(event, target=judged)
            if article and not event.target and (doer := _act_judged(
                    trigger, event, events, self.patterns, self.object_words)):
                event = replace(event, target=doer)
            if article and not event.target and (accuser := _charge_denied(trigger, event,
                                                                          events)):
                event = replace(event, target=accuser)
            if not event.target and (head := _uttered_with(trigger, event, uttered)):
                event = replace(event, target=head.target)
            if event.target and event.cameo_root in LEX.performative_roots:
                uttered[trigger.i] = event
            mutual = joint or S.mutual(trigger, event.cameo_root)
            each_way = S.each_other(trigger) and event.cameo_root not in FORCE_ROOTS
            pairs = [] if match.aimed and not joint else reciprocal(
                event, mutual, article, each_way)
            # "X and Y agreed to …": each side's partner is the other
            undirected = article and not pairs and _undirected_stance(trigger, event)
            if undirected and event.cameo != "010":
                stance = True  # a stance taken, so the article's statements are not its news
            if M.counted(event.cameo_root, event.mood, reason) and not undirected and \
                    not historical(event.date, doc._.published or latest) and \
                    not background_clause(trigger, event) and \
                    not _retold(trigger, dates, column) and \
                    not _striven_force(trigger, match.pattern.code) and \
                    not _thing_appeals(trigger, event, mentions, self.object_words) and \
                    not _foretold_force(trigger, event, match.pattern.code, mentions) and \
                    not (article and _no_news_of_article(trigger, event, dates, mentions)) and \
                    not (article and analysts_view(trigger, event)) and \
                    not internal(trigger, event, article):
                if article and not pairs and (_undirected_force(trigger, event) or
                                              _unaimed(event)):
                    if (charge := _force_charged(trigger, event)) is not None:
                        events.append(charge)
                    continue
                events += [*_group_form(event, pairs, article), *pairs]
                if event.cameo.startswith(DENIAL) and not event.target and events and \
                        events[-1] is event:
                    denials[trigger.i] = len(events) - 1
                if (denied := _denial_answering(trigger, event, events, denials)) is not None:
                    events[denied] = replace(events[denied], target=event.target)
                if event.cameo_root in FORCE_ROOTS:
                    force_acts.add(token.i)
        events = retold_acts(one_per_happening(without_bare_statements(events, stance)), times)
        doc._.events = said_on(events, S.doc_text(doc)) if article else events
        return doc


def _acts_charged(trigger: Token) -> set[int]:
    """"Blamed X for orchestrating the protests", "accused X of arming Y": the verbs of a
    disapproval's "for" or "of" phrase (which the parser may hang on the one charged: "X
    linked to Y for …") say what the disapproval is of; they are no events told."""
    charged = [trigger, *(t for o in trigger.children if o.dep_ in S.OBJECTS
                          for t in o.subtree)]
    return {t.i for h in charged for p in h.children if p.dep_ == "prep" and
            p.lower_ in {"for", "of"} and (h is trigger or p.i > h.i)
            for t in p.subtree if t.pos_ == "VERB"}


def _press(doc: Doc, mention: Mention) -> bool:
    """Whether a side is the press (lexicon `press_nouns`: "reporters", "journalists"): told
    something (the caller: a verb of saying), it is the audience, no one the saying is aimed
    at; an act done to the press ("accused journalists of lying") is aimed at them."""
    head = mention_head(doc, mention)
    return head is not None and head.lemma_.lower() in LEX.press_nouns


def _uttered_with(trigger: Token, event: Event, uttered: dict[int, Event]) -> Event | None:
    """"X accused Y of Z, demanding an apology", "X urged Y to withdraw, warning of
    consequences": a verbal act (lexicon `performative_roots`) told by a participle of the
    clause, with no subject of its own and no one named, is said in the same breath by the
    same speaker as the verbal act it hangs on, to the same party: that act, when it has
    one."""
    if event.cameo_root not in LEX.performative_roots or trigger.dep_ != "advcl" or \
            trigger.tag_ != "VBG" or \
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return None
    head = uttered.get(trigger.head.i)
    return head if head is not None and _same_source(head, event) else None


def _same_source(one: Event, other: Event) -> bool:
    """Whether two events have the same sources, by code and in order."""
    return [m.actor.code for m in one.source] == [m.actor.code for m in other.source]


def _object_kind(patterns: PatternSet, token: Token, code: str) -> str:
    """`PatternSet.kind_of` a verb's direct object, by its compounds and adjectives; of a sum
    of money, of what it is in ("$5 million in humanitarian aid": 073), else money's own
    kind (lexicon `money_codes`: "$5 million in aid" is economic aid, 071)."""
    obj = S.direct_object(token) if token.pos_ in {"VERB", "AUX"} else None
    if obj is None:
        return code
    noun = next(iter(S.money_nouns(obj)), obj)
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    kind = patterns.kind_of(code, noun.lemma_.lower(), modifiers)
    return LEX.money_codes.get(kind, kind) if obj.ent_type_ == "MONEY" else kind


DEMAND_ROOT = "10"  # CAMEO: demand


def _complement_denied(verb: Token, pattern: Pattern) -> str | None:
    """A pattern that names its open complement, the complement negated, codes what the
    verb says of an act that is not to be done, not the act: an appeal or a demand asks it
    all the same, unspecified ("urged X not to send troops": 020); a promise (lexicon
    `pledging`) of cooperation refuses it ("vowed never to negotiate with X": 12x, lexicon
    `reject_codes`), and one of conflict ("promised never to attack X") is no threat; an
    agreement or an offer not to act is left uncoded (NULL_CODE) rather than guessed at.
    None where the complement is not negated."""
    if not pattern.xcomp:
        return None
    complement = named_complement(pattern, verb,
                                  [c for c in verb.children if c.dep_ == "xcomp"])
    if complement is None or not any(c.dep_ == "neg" for c in complement.children):
        return None  # "not", "never" on the complement itself ("declined to …" is a pattern's)
    root = pattern.code[:2]
    if root in {APPEAL_ROOT, DEMAND_ROOT}:
        return root + "0"
    if verb.lemma_.lower() in LEX.pledging and root <= "08":
        return intent_code(pattern.code, "asserted", refused=True)
    return NULL_CODE


def _recoded(match: Match, code: str) -> Match:
    """The match with its pattern's code replaced (the sense a rule finds for it)."""
    return replace(match, pattern=match.pattern.model_copy(update={"code": code}))


def _pattern_of(match: Match | None) -> Pattern | None:
    return match.pattern if match is not None else None


def _group_form(event: Event, pairs: list[Event], article: bool) -> list[Event]:
    """The event with all the sides of a reciprocal act as its sources (PLOVER's list form,
    `_between_themselves`) beside its pairs; none in an article, coded in CAMEO's dyads,
    where the pairs already say it and the group, with no target, is one more event. An
    article's consultation with no pairs and no other side, or appeal to people named only
    by a common noun, is no event (`unpartnered`)."""
    if not pairs:
        return [] if article and unpartnered(event) else [event]
    return [] if article else [_between_themselves(event)]


def _between_themselves(event: Event) -> Event:
    """"X and Y held talks in Z", "X and Y agreed on Z": the sides of an event they do to each
    other are each other's targets (its pairs, `reciprocal`); the target the clause gave the
    group (none of the trigger's own slots name one) is the scene or the topic, so the group
    event is left without one."""
    return replace(event, target=[])


def _undirected_force(trigger: Token, event: Event) -> bool:
    """Force (CAMEO 18-20) is done to someone: an act of force the text names no one it is
    done to, told other than as a happening in the simple past ("the army attacked on
    Monday", "the post was attacked"): by a noun ("the aggression"), a participle or an
    infinitive ("were fighting", "to destroy"), a perfect ("had overrun"), describes a way
    of fighting, a campaign or a record, not an attack the news reports. Only in an article
    (the caller): a lone sentence is coded for its kind of event."""
    past = trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in trigger.children))
    return event.cameo_root in FORCE_ROOTS and not event.target and not past


def _force_charged(trigger: Token, event: Event) -> Event | None:
    """"X said Y had carried out attacks": force told with no one it was done to is no
    act the news codes (`_undirected_force`), but a state (a country, or a body of one:
    lexicon `state_sectors`) of another country telling it of Y as done charges Y with it
    (CAMEO 112, accuse); a monitor, a rights group or the press that tells it reports it."""
    speaker, doers = event.reported_by, event.source
    if speaker is None or event.negated or event.cameo_root not in FORCE_ROOTS or \
            not (speaker.actor.kind == "country" or speaker.actor.sector in LEX.state_sectors) or \
            trigger.tag_ not in PAST_FORMS or not speaker.actor.country or \
            not doers or any(m.actor.country in {None, speaker.actor.country} for m in doers):
        return None
    info = cameo.lookup(ACCUSATION)
    return replace(event, source=[speaker], target=doers, reported_by=None, cameo=ACCUSATION,
                   cameo_name=info.name, plover=info.plover, goldstein=info.goldstein,
                   quad_class=info.quad_class)


def _unaimed(event: Event) -> bool:
    """An intent to cooperate, diplomatic or material cooperation, aid, an investigation, a
    demand, a rejection or reduced relations (lexicon `aimed_roots`) are done to or with a
    partner: one the text names no partner of ("X provided assistance", "officials
    conducted an inquiry", "X rejected the notion") tells no interaction between actors.
    Only in an article (the caller): a lone sentence is coded for its kind of event."""
    return event.cameo_root in LEX.aimed_roots and not event.target


def _own_state_moved(verb: Token, match: Match, mentions: dict[int, Mention]
                     ) -> list[Mention] | None:
    """"X withdrew the United States from the accord", "pulled Britain out of the bloc": the
    state a verb with a phrase of where from has for its object, when it is the source's
    own, is what the source moves, no side it acts on; the target is whoever that phrase
    names ("out of the EU": the EU), else none. None when the object is no such state."""
    obj = S.direct_object(verb)
    phrases = S.prep_objects(verb, ("from", "of"))
    if obj is None or not phrases or not match.source:
        return None
    moved = actors_at(obj, mentions)
    if not moved or any(m.actor.kind not in {"country", "capital"} for m in moved) or \
            {country_of(m) for m in moved} != {country_of(m) for m in match.source} or \
            [m.actor.code for m in match.target] != [m.actor.code for m in moved]:
        return None
    return besides(actors_at(phrases[0], mentions), [*match.source, *moved])


def _denial_answering(trigger: Token, event: Event, events: list[Event],
                      denials: dict[int, int]) -> int | None:
    """"X denied any role and accused Y of lying": a denial that names no one, joined to an
    accusation or criticism (CAMEO 11) by the same source, answers whoever that accuses; the
    index of the denial among `events`, else None."""
    if event.cameo_root != DISAPPROVAL_ROOT or not event.target or trigger.dep_ != "conj":
        return None
    denied = denials.get(S.first_conjunct(trigger).i)
    return denied if denied is not None and _same_source(events[denied], event) else None


# CAMEO roots of verbs whose other sense a thing as subject takes: appeals (02, "the move
# encourages X") and threats (13, "the policy threatens X").
THING_SENSE_ROOTS = {APPEAL_ROOT, THREAT_ROOT}
# Object classes of a subject that is a thing, no actor: an act, a plan, a happening.
THING_CLASSES = {"abstract", "happening"}


def _thing_appeals(trigger: Token, event: Event, mentions: dict[int, Mention],
                   words: dict[str, frozenset[str]]) -> bool:
    """"The decision encourages Y", "X's policy threatens Y": a verb of appeal or threat
    whose subject is an act, a plan or a happening (object classes abstract, happening), no
    actor, says what the thing does to Y, not that anyone appeals to or threatens Y: CAMEO
    codes what actors say. A verb joined to another shares its subject ("the plan has failed
    and threatens Y", "the plan was shelved and threatens Y")."""
    subject = S.own_subject(trigger)
    shared = subject is None and trigger.dep_ == "conj"
    if shared:
        subject = S.subject_of(trigger)
    return event.cameo_root in THING_SENSE_ROOTS and subject is not None and \
        (subject.dep_ == "nsubj" or (shared and subject.dep_ == "nsubjpass")) and \
        subject.i not in mentions and \
        bool(classes_of(subject, mentions, words) & THING_CLASSES)


def _striven_force(trigger: Token, code: str) -> bool:
    """Force or coercion as the open complement of a verb of striving or wishing ("sought to
    punish X", "want to seize Y", lexicon `striving`) is a goal pursued, not a threat made:
    CAMEO's threats (13x) are declared, so the clause codes nothing."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_ in LEX.striving and \
        intent_code(code, "future")[:2] == "13"


def _foretold_force(trigger: Token, event: Event, code: str,
                    mentions: dict[int, Mention]) -> bool:
    """"Analysts said X would attack Y", "reports said the police would search Z": force or
    coercion still to come (a threat, CAMEO 13, by `intent_code`) that someone says another
    country will use foretells it; CAMEO's threats are declared by whoever would act. A
    speaker who names no actor, or one of another country, makes no threat of the doer's
    ("X said it would attack Y" and "X's minister said X's forces would attack Y" do)."""
    if event.cameo_root != THREAT_ROOT or code[:2] not in FORCE_ROOTS | {COERCION_ROOT}:
        return False
    speaker = S.reporter(trigger)
    if speaker is None:
        return False
    said = actors_at(speaker, mentions)
    if not said:  # "analysts said", "reports said"; not an unresolved "he said"
        return speaker.lower_ not in PRONOUNS
    return not ({country_of(m) for m in said} & {country_of(m) for m in event.source}) - {""}


def _no_news_of_article(trigger: Token, event: Event, dates: list,
                        mentions: dict[int, Mention]) -> bool:
    """What an article tells that is no news of its day: a happening of an earlier year
    retold, a record summed up over a long stretch of time or told in the perfect, a
    writer's supposition, a state told in the present, what was or has been going on,
    another party's conduct as a speaker sees it, a private matter, a deed laid at
    someone's door ("X was behind the attack", `syntax.answerable`: blame, which an article
    tells as someone's claim; the deed is coded where the article tells it happening, a
    lone sentence codes it as its report)."""
    return _stale(trigger, event, dates) or spread_over_span(trigger) or told_before(trigger) or \
        _supposed(trigger, event) or _told_in_present(trigger, event) or private(event) or \
        _going_on_since(trigger, dates) or _going_on_then(trigger, event, dates) or \
        _done_by_now(trigger, event, dates) or _others_doings(trigger, event, dates, mentions) \
        or _undeclared_intent(trigger, event) or S.answerable(trigger) is not None


# CAMEO roots of putting something to another party: appeals (02), offers and intents (03),
# demands (10); what is answered refers to the latest of them.
OFFERED_ROOTS = {"02", "03", "10"}
# CAMEO roots of answering what was put: accepting (03), endorsing (05), refusing (12).
ANSWER_ROOTS = {"03", "05", "12"}
# How many sentences back an offer answered by "it" or "that offer" may have been told.
OFFER_REACH = 3
DENIAL = "016"  # CAMEO: deny responsibility
COERCION_ROOT = "17"  # CAMEO: coerce
DISAPPROVAL_ROOT = "11"  # CAMEO: disapprove, criticize, accuse


def _offer_answered(trigger: Token, event: Event, events: list[Event]) -> list[Mention]:
    """"X offered Y talks. Y rejected that offer / turned it down / welcomed the offer": an
    answer (an acceptance, an endorsement or a refusal: CAMEO 03, 05, 12) that names no one,
    whose object points back ("it", or a noun of what is put to someone, with a determiner
    that points back: lexicon `offer_nouns`), is aimed at whoever the article last told,
    earlier in its sentence or in the sentences just before, put an appeal, offer or demand
    (CAMEO 02, 03, 10) to someone else; none when no such act is near."""
    if event.cameo_root not in ANSWER_ROOTS:
        return []
    obj = S.direct_object(trigger)
    if obj is None or not (obj.lower_ in {"it", "them"} or (
            obj.lemma_.lower() in LEX.offer_nouns and
            any(c.dep_ in {"det", "predet"} and c.lower_ in S.POINTING for c in obj.children))):
        return []
    sources = {m.actor.code for m in event.source}
    return next((earlier.source for earlier in reversed(_told_near(trigger, events))
                 if earlier.cameo_root in OFFERED_ROOTS and
                 not {m.actor.code for m in earlier.source} & sources), [])


def _told_near(trigger: Token, events: list[Event], reach: int = OFFER_REACH) -> list[Event]:
    """The events an answer, a stance or a denial may point back to: those told in its own
    sentence or the `reach` sentences before it (sentences of text, not the blank lines
    between paragraphs), in the order told."""
    sentences = [s.start_char for s in trigger.doc.sents
                 if s.start_char <= trigger.idx and s.text.strip()]
    since = sentences[-reach - 1] if len(sentences) > reach else 0
    return [e for e in events if since <= e.span[0] <= trigger.sent.start_char]


# The codes of agreeing to something or signing it: what "the deal" points back to.
AGREEING = ("03", "057")


def _act_judged(trigger: Token, event: Event, events: list[Event], patterns: PatternSet,
                words: Mapping[str, frozenset[str]]) -> list[Mention]:
    """"X lifted its embargo on Y. Z praised the move / condemned the decision", "the move
    drew criticism from Z": a stance on an act (lexicon `judging_roots`) that names no one,
    whose object (a verb of undergoing's subject, a passive's) points back to an act
    told before (lexicon `act_nouns`, with a determiner that points back and no owner or
    phrase of its own), is aimed at whoever the article last told, earlier in its sentence or
    in the sentences just before, did something other than speak or judge (not CAMEO 01 nor
    a judging root), else whoever did the first such act it tells (its news, which "the
    move" most often means); none when it tells no such act or it is the judge's own. An
    event noun so pointing back ("X tested a missile. Z condemned the test") names its kind
    of act: the act is one of a root the noun's own patterns code, or, for a noun with none
    ("the launch"), the patterns of the verb it names (not of a text or words, "disputed
    the report", whose verb names saying, not an act). When the article told no such act
    before it, a plan, an offer or a decision (lexicon `offer_nouns`, `act_nouns`) is the one
    a stance just before was on ("X blasted Y's plan. Z also criticized the proposal"),
    aimed at the same side; anything else ("the attack" when none was told) at no one. An
    agreement ("X and Y agreed to a truce. Z welcomed the deal": object class `agreement`)
    points back to agreeing to or signing something (`AGREEING`), aimed at both sides."""
    if event.cameo_root not in LEX.judging_roots:
        return []
    # "the move drew criticism from Z": what a verb of undergoing's subject undergoes
    obj = S.subject_of(trigger) if trigger.lemma_.lower() in LEX.undergoing else \
        S.own_subject(trigger) if S.passive(trigger) else \
        S.direct_object(trigger)  # "the decision was condemned by Z": its passive subject
    lemma = obj.lemma_.lower() if obj is not None else ""
    named = patterns.nouns.get(lemma) or (
        [] if lemma in words["document"] | words["communication"] else
        patterns.verbs.get(lemma, []))
    kinds = {p.code[:2] for p in named if not p.null}
    agreed = lemma in words["agreement"]  # "the deal": what sides agreed to (03) or signed
    if obj is None or not (lemma in LEX.act_nouns or kinds or agreed) or \
            not S.points_back(obj):
        return []
    def act(e: Event) -> bool:
        if agreed:
            return bool(e.source) and e.cameo.startswith(AGREEING)
        return bool(e.source) and e.cameo_root not in LEX.judging_roots and \
            e.cameo_root != "01" and (lemma in LEX.act_nouns or e.cameo_root in kinds)
    told = _told_near(trigger, events)
    near = [e for e in told if act(e)]
    done = near[-1] if near else next(
        (e for e in events if act(e) and e.span[0] <= trigger.sent.start_char), None)
    if done is None and lemma in LEX.offer_nouns | LEX.act_nouns:
        # "X blasted Y's plan. Z also criticized the proposal": Y
        stances = [e for e in told if e.cameo_root in LEX.judging_roots and e.target]
        return other_side(stances[-1].target, event.source) if stances else []
    if done is not None and agreed:  # both sides of the deal
        return other_side([*done.source, *done.target], event.source)
    return other_side(done.source, event.source) if done is not None else []


def _verdict_seconded(trigger: Token, event: Event, events: list[Event]) -> list[Mention]:
    """"X condemned Y's strike. 'This is a crime,' Z said": a verdict whose demonstrative
    points back to the sentence before (`speech.POINTING_VERDICT`), when that sentence told a
    stance on someone (lexicon `judging_roots`, with a target), is on what that stance was
    on, so aimed at the same side, not at whoever took the stance; none otherwise (the
    doer of the act told before stays the target)."""
    stances = [e for e in _told_near(trigger, events, 1)
               if e.span[0] < trigger.sent.start_char and
               e.cameo_root in LEX.judging_roots and e.target]
    return other_side(stances[-1].target, event.source) if stances else []


def _charge_denied(trigger: Token, event: Event, events: list[Event]) -> list[Mention]:
    """"X accused Y of Z. Y denied the accusations", "X slammed Y for Z, accusations Y
    denies", "X accused Y of Z. Y said it had no role": a denial (CAMEO 016) that names no
    one, of a charge (lexicon `charge_nouns`) as its object or as the noun its relative
    clause tells of, or made in the words a verb of saying reports, answers whoever the
    article last told, earlier in its sentence or in the sentences just before, disapproved
    of or accused (CAMEO 11) the denier's side, else anyone but the denier; none when no one
    near did."""
    if event.cameo[:3] != DENIAL:
        return []
    # the noun a relative clause tells of, whatever its tag (the parser may tag a plural
    # charge noun a verb: "accusations Y denies")
    charge = trigger.head if trigger.dep_ in {"relcl", "acl", "ccomp"} else \
        S.direct_object(trigger)
    said = trigger.lemma_.lower() in SAYING  # "X said it had no role": denied in its words
    if not said and (charge is None or charge.lemma_.lower() not in LEX.charge_nouns):
        return []
    near = [e for e in _told_near(trigger, events)
            if e.cameo_root == DISAPPROVAL_ROOT and other_side(e.source, event.source)]
    aimed = [e for e in near if e.target and not other_side(e.target, event.source)]
    found = (aimed or near)[-1:]
    return other_side(found[0].source, event.source) if found else []


def _undirected_stance(trigger: Token, event: Event) -> bool:
    """An intent to cooperate, an endorsement, a defence or a reproach in general terms
    (lexicon `partnerless_codes`: CAMEO 030, 051, 052, 110, 111) with no one to cooperate
    with, endorse, defend or blame ("X promised lower taxes", "X vowed to cut emissions", "X
    endorsed the plan", "X defended the reform", "X condemned the violence", "X voiced
    concern") is domestic policy or a stance on an idea or a happening, and a statement not
    specified (010) made to or about no one ("X announced: '…'") says only that X spoke: no
    interaction between actors; one whose object is someone's ("praised its allies")
    concerns them. Only in an article (the caller): a lone sentence may be cut from the one
    that names the partner."""
    obj = S.direct_object(trigger)
    return event.cameo in LEX.partnerless_codes and not event.target and \
        not (obj is not None and any(c.dep_ == "poss" for c in obj.children))


def _unattributed(trigger: Token) -> bool:
    """The clause is the writer's own account: no verb of saying above it reports it
    (`SAYING`), none set in its sentence as an aside attributes it ("…, X told Y", "according
    to X"), no speaker is attributed it and no quotation holds it."""
    if attributing_verb(trigger) is not None or \
            any(verb.lemma_.lower() in SAYING for verb in trigger.ancestors) or \
            any(token.dep_ == "parataxis" and token.lemma_.lower() in SAYING
                for token in trigger.sent) or _sourced(trigger.sent):
        return False
    sent = trigger.sent
    return not any(start <= trigger.idx < end for start, end in
                   quotations(trigger.doc.text, sent.start_char, sent.end_char))


def _sourced(sent: Span) -> bool:
    """"…, according to X": the sentence names where it comes from."""
    return any(a.lower_ == "according" and b.lower_ == "to" for a, b in pairwise(sent))


def _undeclared_intent(trigger: Token, event: Event) -> bool:
    """CAMEO codes an intent (03x) or a threat (13x) at its saying: the open complement of a
    word of plan, aim or readiness (lexicon `intent`: "X plans to visit Y", "is poised to
    help Y", "is willing to charge Y") that the writer tells in their own voice, with no
    verb of saying or quotation above it, is a disposition the writer describes, no intent
    declared; one a word of declaring or of a schedule governs (lexicon `declared_intent`:
    "vowed to V", "offered to V", "is scheduled to V") is the saying itself or its public
    arrangement, and one a speaker is reported to hold ("said it plans to V") is his
    declaration. So is an act the writer says will come ("X will meet Y on Tuesday", "X will
    then head to Z for talks"): a schedule told, no intent anyone expressed. Only in an
    article (the caller), whose writer's voice is known."""
    if event.mood != "future" or event.cameo_root not in LEX.saying_roots or \
            not _unattributed(trigger):
        return False
    head = trigger.head
    return (trigger.dep_ == "xcomp" and head.lemma_.lower() in S.INTENT and
            head.lemma_.lower() not in LEX.declared_intent) or \
        any(c.dep_ == "aux" and c.lemma_.lower() in LEX.future_aux for c in trigger.children)


def _stale(trigger: Token, event: Event, dates: list) -> bool:
    """`stale` for the event's own date; a clause of time with no date of its own that
    happened before its head ("after X did Y") or about when ("shortly before X did Y") is
    at least as old as the head its time clause hangs from."""
    published = trigger.doc._.published
    if stale(trigger, event.date, published):
        return True
    if trigger.dep_ != "advcl" or clause_time(trigger, dates, published,
                                              _precision(trigger.doc)) is not None:
        return False
    mark = next((c for c in trigger.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in {"after", "before"} or (
            mark.lower_ == "before" and not any(
                c.dep_ == "advmod" and c.lower_ in {"shortly", "just", "soon"}
                for c in (*mark.children, *trigger.children))):
        return False
    head_time = clause_time(trigger.head, dates, published, _precision(trigger.doc))
    return head_time is not None and stale(trigger.head, head_time[0], published)


def _supposed(trigger: Token, event: Event) -> bool:
    """An intent or a threat (CAMEO 03, 13: counted when said to come, `modality.counted`)
    that the writer only supposes ("if X wins, X will then provide Y", "X might respond by
    imposing Z", "it is unlikely that X would vote for Y") is no one's declaration: its mood
    is hypothetical, no verb of saying above it reports it (`SAYING`), no quotation holds
    it, it describes no noun and no word of intent governs it ("is willing to V if …").
    Only in an article (the caller), whose writer's voice is known: a lone sentence may be
    cut from the saying that reports it (applied there, PLV dyad found on half B fell .673
    -> .671 and PentaClass macro-F1 B .792 -> .791)."""
    if event.mood != "hypothetical" or event.cameo_root not in LEX.saying_roots or \
            trigger.dep_ == "relcl" or not _unattributed(trigger):
        return False
    clause = trigger
    for _ in range(4):
        if clause.dep_ not in {"xcomp", "acomp", "conj"} or clause.head == clause:
            return True
        clause = clause.head
        if clause.lemma_.lower() in S.INTENT:
            return False
    return True


def _told_in_present(trigger: Token, event: Event) -> bool:
    """News tells a happening in the past ("X met Y", "has met", "is meeting"): an act
    (lexicon `act_roots`: a meeting, aid, force ...) in the simple present with no auxiliary
    in the body of an article is a state, a habit or a photo's caption ("X commands two
    brigades", "X trades with Y", "X leaves the ministry after talks"), not news of the
    day. An utterance in the present is made now ("X urges Y", "X denies Z"), and so is an
    act a complement clause says or holds, in its speaker's present ("declared that X backs
    Y"), or a speaker names in the first person ("we back X"); an act set to come ("X hosts
    Y on Tuesday") has mood future; the article's first sentence (its headline) tells its
    news in the present."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in M.PRESENT or \
            event.mood != "asserted" or not event.cameo.startswith(ACT_ROOTS) or \
            trigger.sent.start == 0 or \
            any(c.dep_ in {"aux", "auxpass"} for c in trigger.children) or \
            any(token.dep_ == "ccomp" for token in (trigger, *trigger.ancestors)):
        return False
    subject = S.subject_of(trigger)
    return subject is None or subject.lower_ not in FIRST_PERSON


# Auxiliaries by what they make of the verb: a present perfect ("has done"), a past perfect
# ("had done"), a past progressive ("was doing"), any progressive ("is doing"; "would be
# doing" is to come).
PRESENT_PERFECT_AUX = {"has", "have", "'s", "'ve"}
PAST_PERFECT_AUX = {"had", "'d"}
PERFECT_AUX = PRESENT_PERFECT_AUX | PAST_PERFECT_AUX
PAST_PROGRESSIVE_AUX = {"was", "were"}
PROGRESSIVE_AUX = {"am", "is", "are", "'s", "'re"} | PAST_PROGRESSIVE_AUX


def _going_on_then(trigger: Token, event: Event, dates: list) -> bool:
    """"X was negotiating with Y", "troops were fighting Z": the past progressive, in the
    writer's own telling, tells what was going on at a time the article tells something
    else of, the backdrop of that happening, not news of its own; one the clause dates ("was
    meeting Y on Monday"), one a speaker says ("said it was imposing sanctions": the saying's
    present) and a saying ("was warning that …") are news still."""
    aux = _auxiliaries(trigger)
    return trigger.tag_ == "VBG" and bool(aux) and aux[-1] in PAST_PROGRESSIVE_AUX and \
        event.cameo_root not in LEX.saying_roots and _unattributed(trigger) and \
        _undated(trigger, dates)


def _done_by_now(trigger: Token, event: Event, dates: list) -> bool:
    """"X had blocked the road", "X has held several drills", "X has detained two men": an
    act (lexicon `act_roots`) in the past or present perfect, in the writer's own telling
    with no time of its own, in the article's body, sums up what was done by the time of
    telling or sets the scene for the news; in the opening paragraph (`_in_lede`) the
    present perfect tells the news itself, as do a dated act, one a speaker tells and
    utterances."""
    aux = _auxiliaries(trigger)
    return trigger.tag_ == "VBN" and any(a in PERFECT_AUX for a in aux) and \
        event.cameo.startswith(ACT_ROOTS) and not _in_lede(trigger) and \
        _unattributed(trigger) and _undated(trigger, dates)


def _in_lede(token: Token) -> bool:
    """The token's sentence opens the article: no more than one line (a headline, a
    dateline) stands before it."""
    before = S.doc_text(token.doc)[:token.sent.start_char].splitlines()
    return sum(1 for line in before if line.strip()) < 2


def _others_doings(trigger: Token, event: Event, dates: list,
                   mentions: dict[int, Mention]) -> bool:
    """"X said Y is stonewalling", "X claimed Y's fighters were deploying": a progressive
    that a speaker says of another party tells that party's course of conduct as the speaker
    sees it, not a happening of the day. What a speaker says its own side is doing ("said
    she is postponing the trip", "the ministry says its embassies are working with Y": the
    same actor, the speaker's country, or a body of its country and sector) is news still,
    as are a dated one, a saying ("said Y is demanding …") and one told by a pronoun the
    coder could not resolve."""
    aux = _auxiliaries(trigger)
    if trigger.tag_ != "VBG" or not aux or aux[-1] not in PROGRESSIVE_AUX or \
            trigger.dep_ != "ccomp" or event.cameo_root in LEX.saying_roots:
        return False
    speaker, subject = S.reporter(trigger), S.own_subject(trigger)
    if speaker is None or subject is None or subject.pos_ == "PRON" or \
            not _undated(trigger, dates):
        return False
    said_by = actors_at(speaker, mentions)
    if not said_by:
        return speaker.lower_ not in PRONOUNS
    return not any(s.actor.id == d.actor.id or (
        s.actor.country == d.actor.country and d.actor.sector in {None, s.actor.sector})
        for s in said_by for d in event.source if s.actor.country)


def _going_on_since(trigger: Token, dates: list) -> bool:
    """"X has been V-ing": the perfect progressive tells what has gone on for a while up to
    now, a state the article sums up, no happening of its day; one the clause dates ("has
    been meeting Y since Monday") is kept."""
    aux = _auxiliaries(trigger)
    return trigger.tag_ == "VBG" and "been" in aux and \
        any(a in PRESENT_PERFECT_AUX for a in aux) and _undated(trigger, dates)


def _auxiliaries(verb: Token) -> list[str]:
    """The auxiliaries before a verb, in lower case and in order ("had been")."""
    return [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]


def _undated(trigger: Token, dates: list) -> bool:
    """Whether the text gives the trigger's clause no time of its own (`clause_time`)."""
    return clause_time(trigger, dates, trigger.doc._.published, _precision(trigger.doc)) is None


def _retold(trigger: Token, dates: list, column: bool) -> bool:
    """A clause the text gives no time of its own, told as the writer's account in a column
    (`writers_column`) unless the sentences before it set it in the news of the day
    (`set_in_news`), or set by them in old history (`set_in_history`): not news of the
    day."""
    published, precision = trigger.doc._.published, _precision(trigger.doc)
    if clause_time(trigger, dates, published, precision) is not None:
        return False
    past = S.finite_tag(trigger) == "VBD"
    if not (column or past):
        return False
    time = paragraph_time(trigger, dates, published, precision)
    return (column and not set_in_news(time, published)) or \
        (past and set_in_history(time, published))


def _precision(doc: Doc) -> str:
    """How precisely the article's date is known."""
    return doc._.date_precision or ("day" if doc._.published else "none")


def _event(doc: Doc, match: Match, mentions: dict[int, Mention], dates: list,
           reason: str | None, article: bool) -> Event:
    """The event of a match; `reason` is `modality.unasserted` of its trigger, `article`
    whether the text is an article (`is_article`)."""
    trigger = match.trigger
    sent = match.sentence or trigger.sent
    source = _other_body([_named(m, doc, sent.start_char) for m in match.source], match.target,
                         doc)
    codes = {m.actor.code for m in source}
    target = [_named(m, doc, sent.start_char) for m in besides(match.target, source)
              if (m.actor.code not in codes or len(codes) == 1) and
              not _own_international_body(m, source)]
    if article:
        target = [m for m in target if not _own_country_owner(doc, m, source) and
                  not _own_organ_owner(doc, m, source) and
                  not _home_scene(m, source, match.pattern.code) and
                  not _meeting_venue(doc, m, match.pattern.code)]
    if target and match.pattern.code[:2] in LEX.home_target_roots and \
            _stance(trigger) is not None and all(_own_place(m, source) for m in target):
        target = []  # the protesters' own town is the scene; the stance names the aim
    if not target and _aimed_at_home(match, source[0]):
        home = home_country(source[0])
        protest = match.pattern.code[:2] in LEX.home_target_roots
        aimed = _protested(match.trigger) if protest else None
        target = _protested_owners(aimed, source, mentions) or \
            [_home_named(home, aimed) if protest else home]
        target = [_home_place(m, trigger, source, mentions) for m in target]
    code, negated, mood = _modality(match.pattern.code, trigger, reason, dates)
    if code[:2] in LEX.promising_roots:
        target = [m for m in target if not _own_nation(m, source)]
    withdrawn = [m for m in target if _withdrawn_forces(m, source)] \
        if code.startswith(tuple(LEX.withdrawn_force_codes)) else []
    if withdrawn:
        target = [m for m in target if m not in withdrawn] or _left(trigger, mentions)
    info = cameo.lookup(code)
    speaker = S.reporter(trigger)
    reported = actors_at(speaker, mentions)[:1] if speaker is not None else []
    published = doc._.published
    date, date_precision = event_date(trigger, dates, published, _precision(doc),
                                      ahead=mood == "future")
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


def _protested_owners(aimed: Token | None, source: list[Mention],
                      mentions: dict[int, Mention]) -> list[Mention]:
    """Whose thing a protest is against ("protested X's demolition of homes", "against the
    raids by X"), or whom ("went on strike against the X ministry"): that actor, of another
    side than the protesters, is its target."""
    if aimed is None:
        return []
    heads = [aimed] + owners(aimed) + S.prep_objects(aimed, ("by",))
    return other_side([m for h in heads for m in actors_at(h, mentions)
                       if m.actor.code and m.actor.kind != "place"][:1], source)


def _home_named(home: Mention, aimed: Token | None) -> Mention:
    """The source's own country as a protest's target (lexicon `home_target_roots`), named by
    what the protest is against (`_protested`); else by the source's own words (their
    country)."""
    if aimed is None:
        return home
    tokens = list(aimed.subtree)
    return replace(home, text=aimed.doc[tokens[0].i:tokens[-1].i + 1].text,
                   start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1]))


def _home_place(home: Mention, trigger: Token, source: list[Mention],
                mentions: dict[int, Mention]) -> Mention:
    """The source's own country as a target, named by the place of that country its
    sentence names nearest the trigger ("students marched in X": X), not by the source's
    own words, where the sentence names one."""
    places = [m for i, m in mentions.items() if trigger.sent.start <= i < trigger.sent.end
              and m.actor.kind in PLACE_KINDS and m.actor.country == home.actor.code]
    if not places or not any((m.start, m.end) == (home.start, home.end) for m in source):
        return home
    place = min(places, key=lambda m: abs(m.start - trigger.idx))
    return replace(home, text=place.text, start=place.start, end=place.end)


def _protested(trigger: Token) -> Token | None:
    """What a protest is against when its verb governs it ("boycotted the election",
    "protested against the new tax": the country's election, its tax), or the protest noun
    (lexicon `protest_nouns`) it governs does ("held a rally against the tax"). A demand's
    object is what is asked for, so names no one. So does a protest noun the trigger governs
    through a preposition ("went on strike against the new tax"): what it is against."""
    aimed = _stance(trigger) or (S.direct_object(trigger) if trigger.pos_ == "VERB" else None)
    if aimed is None and trigger.pos_ == "VERB":
        aimed = next((n for n in S.prep_objects(trigger, ("on",))
                      if n.lemma_.lower() in LEX.protest_nouns), None)
    if aimed is not None and aimed.lemma_.lower() in LEX.protest_nouns:  # the protest itself
        aimed = next(iter(S.prep_objects(aimed, ("against",)) + S.defied(aimed)), None)
    else:
        aimed = aimed or next(iter(S.prep_objects(trigger, ("against",))), None)
    return aimed if aimed is not None and aimed.pos_ in {"NOUN", "PROPN"} else None


def _stance(trigger: Token) -> Token | None:
    """What a stance phrase or a clause of protest on the trigger says a protest is against
    ("blocked roads in protest against X", "took to the streets to protest X's decision"):
    it names the protest's aim before the verb's own object does."""
    aimed = next(iter(S.defied(trigger) + _protest_clause_objects(trigger)), None)
    return aimed if aimed is not None and aimed.pos_ in {"NOUN", "PROPN"} else None


def _protest_clause_objects(trigger: Token) -> list[Token]:
    """What a clause of protest on the trigger is against ("went on strike to protest
    against X", "… to protest X's ruling"): its "against"/"at" object or its direct one."""
    return [o for c in trigger.children
            if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in LEX.protest_clause_verbs
            for o in S.prep_objects(c, ("against", "at")) + [S.direct_object(c)]
            if o is not None]


def _own_international_body(mention: Mention, source: list[Mention]) -> bool:
    """"the IMF chief announced a new IMF loan": an international body whose code a person
    of the source holds (an official of that body) is the source's own body, not whom the
    act is aimed at."""
    return mention.actor.kind == "igo" and any(
        m.actor.kind in PERSON_KINDS and m.actor.code == mention.actor.code for m in source)


def _own_country_owner(doc: Doc, mention: Mention, source: list[Mention]) -> bool:
    """"said that Peru's patience had run out", "approved a sale of Peru grain stocks" (a
    Peruvian source): the source's own country (a country's code, no sector) named as the
    owner or the kind of a thing (a possessive, a noun or an adjective before it) says whose
    the thing is, not who the act is aimed at; a state does not act on itself, so it is no
    target.
    Applied in an article only (the caller): the sentence sets code such an owner as the
    target (applied there, PLV dyad found on half B fell .667 -> .650)."""
    countries = {m.actor.country for m in source} - {None}
    if mention.actor.sector is not None or mention.actor.kind != "country" or \
            mention.actor.country not in countries:
        return False
    return _names_owner(doc, mention)


def _names_owner(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names the owner or the kind of a thing: a possessive, a noun or an
    adjective before it."""
    head = mention_head(doc, mention)
    return head is not None and head.dep_ in NOUN_SOURCE_DEPS and head.head.i != head.i


def _own_organ_owner(doc: Doc, mention: Mention, source: list[Mention]) -> bool:
    """"Peru is lending Defense Ministry radar planes": a body of the state
    (lexicon `state_sectors`) that a source naming that state as a whole names as the owner
    or the kind of a thing is a part of the source, no other side. Applied in an article
    only (the caller), as `_own_country_owner`."""
    countries = {m.actor.country for m in source}
    if mention.actor.sector not in LEX.state_sectors or len(countries) != 1 or \
            mention.actor.country not in countries or \
            any(m.actor.kind != "country" for m in source):
        return False
    return _names_owner(doc, mention)


def _home_scene(mention: Mention, source: list[Mention], code: str) -> bool:
    """"the king met the envoy in Riyadh", "flew the guest to his Florida home": a town or
    province of the source's own country (a place or capital, not the country's name) is
    where words are exchanged or people meet, not whom the act is aimed at (the "place
    coded as actor" of the judged samples). Not for material deeds (CAMEO 06-08, 14-20),
    whose place may be what is struck, seized or given to."""
    return _own_place(mention, source) and code[:2] not in MATERIAL_ROOTS


def _own_place(mention: Mention, source: list[Mention]) -> bool:
    """A town or province of the source's own country (a place or capital, not the country's
    name)."""
    countries = {m.actor.country for m in source} - {None}
    return mention.actor.kind in {"place", "capital"} and mention.actor.sector is None and \
        mention.actor.country in countries


# CAMEO's meetings with another party (consult, discuss by telephone, meet at a third
# location, mediate, negotiate): a visit (042, 043) is aimed at the host it goes to.
MEETING_CODES = {"040", "041", "044", "045", "046"}


def _meeting_venue(doc: Doc, mention: Mention, code: str) -> bool:
    """"the leaders gathered in <a town abroad>", "talks in <city>": a town or province in a
    phrase of where of a meeting (`_placed_at`) is where it is held, not a party to it; and
    any place in a phrase of where of a meeting noun (lexicon `meeting_nouns`: "called the
    summit in <capital> a mistake") is that meeting's venue, whatever the act about it."""
    holder = _placed_at(doc, mention)
    if holder is None:
        return False
    return (code in MEETING_CODES and mention.actor.kind == "place") or (
        holder.pos_ == "NOUN" and holder.lemma_.lower() in LEX.meeting_nouns)


def _placed_at(doc: Doc, mention: Mention) -> Token | None:
    """The word a place (no sector: not a government) is the phrase of where
    (`SCENE_PREPS`) of; None for any other mention."""
    if mention.actor.sector is not None or mention.actor.kind not in PLACE_KINDS:
        return None
    head = mention_head(doc, mention)
    if head is None or head.dep_ != "pobj" or head.head.lower_ not in SCENE_PREPS:
        return None
    return head.head.head


def _own_nation(mention: Mention, source: list[Mention]) -> bool:
    """"<leader> promised lower taxes for <his own nation>", "vowed to protect <his own
    country>": an intent a leader of a state (a person of one of the lexicon's
    `state_sectors`) declares toward his own country as a whole (a country's code, no sector)
    is its domestic policy, told to its own people; CAMEO's intents (03) are toward another
    party, so the country is no target."""
    leaders = {m.actor.country for m in source
               if m.actor.sector in LEX.state_sectors and m.actor.kind in PERSON_KINDS}
    return mention.actor.kind == "country" and mention.actor.sector is None and \
        mention.actor.country in leaders


def _withdrawn_forces(mention: Mention, source: list[Mention]) -> bool:
    """"Peru announced a withdrawal of Peruvian soldiers": the armed forces of the state the
    source is, or governs, are what a withdrawal (lexicon `withdrawn_force_codes`)
    withdraws. Rebels may surrender to their own country's army. (matching's `_own_forces`
    asks the same of an order's object token, before any mention is an event's target.)"""
    countries = {country_of(m) for m in source if m.actor.sector in {None, "GOV", "MIL"}}
    return mention.actor.sector == "MIL" and country_of(mention) in countries - {""}


def _left(trigger: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The actors of the "from" phrase of a withdrawal the trigger governs ("announced a
    pullout of its troops from X")."""
    obj = S.direct_object(trigger) if trigger.pos_ == "VERB" else trigger
    if obj is None:
        return []
    return [m for head in S.prep_objects(obj, ("from",)) for m in actors_at(head, mentions)][:1]


def _aimed_at_home(match: Match, source: Mention) -> bool:
    """Whether an event with no target named is aimed at its coded source's own country
    (lexicon `home_target_roots`: protests); for demands and refusals
    (`home_target_roots_for_groups`) only by a source placed in it or of a sector other than
    its government, and not a refusal by a body of the state or a party (`_state_refusal`)."""
    root = match.pattern.code[:2]
    if not source.actor.code or not source.actor.country:
        return False
    if root in LEX.home_target_roots:
        return True
    return match.pattern.target != "none" and root in LEX.home_target_roots_for_groups and \
        (match.located or source.actor.sector not in {None, "GOV"}) and \
        not _state_refusal(root, source)


def _state_refusal(root: str, source: Mention) -> bool:
    """A refusal by a body of the state or a political party (lexicon `state_sectors`,
    `state_refusal_roots`): it refuses something asked of it, no act of its own country, so
    the country is not its target."""
    return root in LEX.state_refusal_roots and source.actor.sector in LEX.state_sectors


def _other_body(source: list[Mention], target: list[Mention], doc: Doc) -> list[Mention]:
    """A body named by its kind alone ("the ministry", "troops"), which took its country from
    the article, acting on a body of that same country and kind named with its country ("the
    ministry summoned <country>'s ambassador"): a body does not act on itself, so the named
    one is the target and the unnamed one is of no country the text gives (uncoded)."""
    if len(source) != 1 or source[0].actor.kind != "agent":
        return source
    side = source[0]
    span = doc.char_span(side.start, side.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ or t.pos_ == "PROPN" for t in span) or not any(
            m.actor.id == side.actor.id and m.start != side.start for m in target):
        return source
    return [replace(side, actor=uncoded_agent(side.text))]


def _named(mention: Mention, doc: Doc, start: int) -> Mention:
    """A pronoun's antecedent when the sentence names it before ("Obama said he will …"):
    the event shows the name, not the pronoun. A title with the name of its holder beside it
    ("X's foreign minister, Jane Doe,", "his Peruvian counterpart Jane Doe") shows both: the
    title's actor, over the words of the title and the name."""
    if mention.text.lower() not in PRONOUNS:
        return _with_holder(mention, doc)
    return next((m for m in reversed(doc._.mentions or []) if start <= m.start < mention.start
                 and m.actor.id == mention.actor.id and m.text.lower() not in PRONOUNS),
                mention)


def _with_holder(mention: Mention, doc: Doc) -> Mention:
    if mention.actor.kind != "agent":
        return mention
    holder = next((m for m in doc._.mentions or [] if 0 < m.start - mention.end <= 2 and
                   doc.text[mention.end:m.start] in {" ", ", "}), None)
    if holder is None or holder.actor.kind not in PERSON_KINDS or \
            country_of(holder) not in {"", country_of(mention)}:
        return mention  # another's name, or a person of another country
    return Mention(doc.text[mention.start:holder.end], mention.start, holder.end,
                   mention.actor)


def _modality(code: str, trigger: Token, reason: str | None,
              dates: list) -> tuple[str, bool, str]:
    """(code, negated, mood) of a trigger: an explicit refusal is a rejection (12x); a
    question, condition, allegation … keeps the action's code, "hypothetical"; a future or
    modal main clause makes cooperation an intent (03x) and force a threat (13x). `reason`
    is `modality.unasserted` of the trigger. An event noun that is the subject of a negated
    verb is denied with it ("a meeting was not held", "the talks did not take place")."""
    negated = S.negated(trigger) or (
        trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"nsubj", "nsubjpass"} and
        S.negated(trigger.head))
    if reason:
        return code, negated, "hypothetical"
    if negated and _force_not_ruled_out(trigger):
        return THREAT_OF_FORCE, False, "asserted"
    mood = S.mood(trigger)
    if mood == "hypothetical" and S.reported_future(trigger):
        mood = "future"
    if mood == "hypothetical" and code[:2] == THREAT_ROOT and _own_condition(trigger):
        mood = "asserted"  # "warned X of consequences if X …": the threat sets the condition
    if mood == "asserted" and _scheduled(trigger, dates):
        mood = "future"
    refused = negated and M.refusal(trigger, code)
    if refused and code[:2] == "12":
        return code, True, mood  # a rejection refused ("refused to rule out talks") is denied
    coded = intent_code(code, mood, refused)
    if coded == DECLINED_COMMENT and not any(c.dep_ == "neg" for c in trigger.children):
        coded = code  # "refused to release the figures": the refusing verb is the refusal
    if trigger.pos_ in {"NOUN", "PROPN"} and coded[:2] > "08":
        coded = code  # force said to come in an event noun ("strikes will end") is no threat
    if refused and (coded[:2] == "12" or coded == DECLINED_COMMENT):
        return coded, False, "asserted"  # the refusal is the event, said now
    return coded, negated, mood


def _own_condition(trigger: Token) -> bool:
    """A threat made in the present tense ("warns it will respond unless …") whose only
    condition is the "if"/"unless" clause after it: the condition is the threat's content,
    so the threat itself was made (in the past tense, "warned X of consequences if …", the
    mood already says so: `syntax.told_in_past`)."""
    return trigger.tag_ in S.PRESENT and trigger.dep_ == "ROOT" and \
        not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children) and \
        not any(c.dep_ == "mark" for c in trigger.children) and \
        all(c.i > trigger.i for c in S.condition_clauses(trigger))


def _force_not_ruled_out(trigger: Token) -> bool:
    """"X did not rule out military action / strikes": a verb of excluding (lexicon
    `exclusion_verbs`, with its particle) denied keeps an act of force open (object classes
    `force`, `happening`), a threat of force (138); other acts not ruled out ("talks") stay
    the negated exclusion."""
    verb = " ".join([trigger.lemma_.lower(), *sorted(S.particles(trigger))])
    obj = S.direct_object(trigger)
    if verb not in LEX.exclusion_verbs or obj is None:
        return False
    classes = load_object_classes()
    return bool({t.lemma_.lower() for t in (obj, *obj.children)} &
                (classes["force"] | classes["happening"]))


def _scheduled(trigger: Token, dates: list) -> bool:
    """A clause in the present that the text dates after the article's day is a plan, told
    as news of the future ("X is visiting Y next week", "X leaves for Y on Monday"); a
    perfect ("has been shelling Y since Monday") tells what went on up to now, never a plan."""
    published = trigger.doc._.published
    present = trigger.tag_ in M.PRESENT or (trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in M.PRESENT for c in trigger.children) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children))
    if not published or not present:
        return False
    if any(_on_clause(span.root, trigger) and
           any(t.lower_ in LEX.future_time_words for t in span) for span in dates):
        return True  # "next week", "tomorrow": dates the resolver leaves open
    when = clause_time(trigger, dates, published, _precision(trigger.doc), ahead=True)
    return when is not None and when[0] is not None and when[0] > published[:len(when[0])]


def _on_clause(token: Token, trigger: Token) -> bool:
    """Whether a word hangs from the trigger itself or through one preposition."""
    return token.head == trigger or (token.head.dep_ == "prep" and token.head.head == trigger)


def _location(doc: Doc, trigger: Token):
    """The place the sentence gives for the event ("in Erbil", "near Mosul"), else the
    dateline's place, else none."""
    from communique.nlp.places import place_for

    return place_for(doc, trigger)

