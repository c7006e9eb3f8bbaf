"""Reported speech: what a verb of saying or naming does by what it says of someone. "X said
Y must go" is a demand of Y, "X said Y would pay a price" a threat, "X said Y lied" an
accusation, "X called Y reckless" criticism (the rules `matching.match_trigger` tries on a
verb of saying before its own pattern).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from communique.models import Mention
from communique.nlp import syntax as S
from communique.nlp.arguments import answered_acts, counted, doers, makers, owners
from communique.nlp.attribution import attributing_verb, issuing
from communique.nlp.dyads import actors_at, besides, first_actors, subject_actors
from communique.nlp.lexicon import LEX
from communique.nlp.modality import asked_subjunctive
from communique.nlp.naming import POSSESSIVES
from communique.nlp.objects import packaged_object_classes
from communique.nlp.patterns import Match, Pattern
from communique.nlp.valence import bad, bad_verdict, good, good_verdict, neither

OBLIGATION = LEX.obligations
REPROACH = "111"  # CAMEO: criticize or denounce
REPERCUSSION = "130"  # CAMEO: threaten, not specified
ACCUSATION = "112"  # CAMEO: accuse, not specified
PRAISE = "051"  # CAMEO: praise or endorse
APPEAL = "020"  # CAMEO: make an appeal or request
DISOWNING = "016"  # CAMEO: deny responsibility
PRESS = "MED"  # CAMEO's sector of the media
# The note of a verdict whose demonstrative subject points back ("'This is a crime,' X
# said"): its target is the doer of the act the sentence before told (`doer_before`).
POINTING_VERDICT = "verdict on an act pointed back to"
# What a reported clause's code says the speaker does, other than oblige (pattern notes).
KINDS = {REPERCUSSION: "repercussion", ACCUSATION: "accusation", PRAISE: "praise"}


SAYING = S.SPEECH | LEX.saying_extra


def reported(verb: Token, mentions: dict[int, Mention]) -> Match | None:
    """What a verb of saying or naming does by what it says of someone: `obligation`, else
    `naming_verdict`, else `disowning`."""
    return obligation(verb, mentions) or naming_verdict(verb, mentions) or disowning(verb, mentions)


def quoted(clause: Token, mentions: dict[int, Mention]) -> Match | None:
    """'"…," X said. "Y must go."': the main clause of a sentence of a quotation whose
    speaker another sentence of the paragraph names (attribution.py) is said by that speaker
    as a reported clause is, under the same rules (`obligation`, `disowning`) with the
    attribution's verb of saying; the event stands in the quoted sentence."""
    if clause.dep_ != "ROOT":
        return None
    verb = attributing_verb(clause)
    if verb is None:
        return None
    clauses = [clause, *held_opinions([clause])]
    match = obligation(verb, mentions, clauses) or disowning(verb, mentions, clauses)
    return replace(match, sentence=clause.sent) if match is not None else None


def obligation(verb: Token, mentions: dict[int, Mention],
               quotation: list[Token] | None = None) -> Match | None:
    """"X said (that) Y must / should do Z": X demands (100) or urges (020) it of Y; "X said
    Y would pay a price / suffer consequences": X threatens Y (130, a warning of
    repercussions, as PETRARCH's "warn of consequences"); "X said Y was responsible": X
    accuses Y (112, as PETRARCH's "hold responsible"); "X said Y was reckless / Y's plan was
    a mistake": X criticizes Y (111). The clauses are the verb's own, or those of a
    `quotation` it attributes in another sentence, where only "you" stands for whom the
    verb tells it to and a demonstrative points back to nothing (the sentence before the
    quotation's is not the one it follows)."""
    if quotation is not None:
        clauses = quotation
    elif verb.lemma_.lower() in SAYING:
        clauses = said_clauses(verb)
    else:
        clauses = issued_clauses(verb)  # 'issued a statement: "…"'
    for clause in clauses:
        code = _clause_code(clause)
        if code == OBLIGATION["should"] and verb.lemma_.lower() in LEX.demanding_verbs:
            code = OBLIGATION["must"]  # "insisted that Y (should) withdraw": a demand
        subject = S.own_subject(clause)
        source = subject_actors(verb, mentions)
        target = [] if anyone(subject, mentions) or _obliged_none(code, clause, subject, mentions) \
            else _others(actors_at(subject, mentions), source)
        if code in {REPROACH, PRAISE} and subject is not None:
            judged_phrase = extraposed(clause, subject) or counted(subject)
            target = [m for m in judged(judged_phrase, mentions) if m not in source] or \
                besides(pointed_verdict(clause, subject, mentions), source)
        if code == PRAISE:
            target = praised(target, source)
        if code == ACCUSATION and (laid := _blame_laid(clause)):
            target = besides(first_actors(laid, mentions), source)  # "… lies with Y": Y
        if code == REPERCUSSION and (warned_heads := warned_by(clause)):
            owned = [m for o in owners(subject) for m in actors_at(o, mentions)] \
                if subject is not None else []
            if owned and not _own_side(subject, owned, source):
                continue  # "Y's strike was a warning to us": Y's act, not the speaker's
            target = besides(first_actors(warned_heads, mentions), source)
        if code and not target:
            target = [m for m in spoken_of(verb, subject, mentions) if m not in source]
        if code and not target and (quotation is None or
                                    (subject is not None and subject.lower_ == "you")):
            target = [m for m in addressed(verb, subject, mentions) if m not in source]
        if code == APPEAL and subject is None and _bidden(clause):
            target = besides(first_actors(_vocatives(clause), mentions) or
                             listeners(verb, mentions), source)
        if code == REPERCUSSION and not target and (suffered := ordeal(clause)) is not None:
            # "X said its response would be a nightmare for Y": Y
            target = besides(first_actors(S.prep_objects(suffered, ("for",)), mentions), source)
        if code == REPERCUSSION and not target and _options_on_the_table(clause):
            # "all options are on the table against Y", "… X said of Y": whom they concern
            heads = [clause, *S.prep_objects(clause, ("on",))]
            target = besides(first_actors([h for head in heads for h in S.prep_objects(
                head, CONCERNING_PREPS)] + S.prep_objects(verb, ("of", "about")), mentions),
                source)
        pointing = code == REPROACH and not target and subject is not None and \
            quotation is None and (subject.lower_ in LEX.demonstratives or pointing_noun(subject))
        if pointing:
            target = besides(doer_before(verb, mentions), source)
        if code == ACCUSATION:  # "X said he lied" owns up; it accuses no one
            target = besides(target, source)
        unmet = _unmet_condition(clause)
        if code is None and unmet is not None and source and _own_side(subject, target, source):
            # "If X does not leave, we will …": what the speaker's side will do is a threat
            code, target = REPERCUSSION, actors_at(unmet, mentions)
        if code is None and source and _own_side(subject, target, source) and \
                (warned := _reprisal_warned(clause, mentions)):
            # "If X crosses the line, we will destroy them", "we will retaliate against X"
            code, target = REPERCUSSION, besides(warned, source)
        if code and source and all(m.actor.sector == PRESS for m in source):
            continue  # the press reports what it says; its verdicts are no one's act
        kept_open = code == REPERCUSSION and not target and _options_on_the_table(clause)
        if code and source and (target or kept_open):
            # a threat kept open need name no one ("X said all options were on the table")
            kind = KINDS.get(code, "obligation")
            pattern = Pattern(code=code, verb=verb.lemma_.lower(),
                              note=POINTING_VERDICT if pointing else
                              f"{kind} in a reported clause")
            return Match(pattern, verb, source, target, direct=True)
    return None


def _others(found: list[Mention], speaker: list[Mention]) -> list[Mention]:
    """"X says the West should prepare for …" (X of a Western country): what a speaker says
    a region of its own (lexicon `region_members`) must do is said of the speaker's own
    side, asked of no one else; other actors stay."""
    countries = {m.actor.country for m in speaker if m.actor.country}
    return [m for m in found if not countries & LEX.region_members.get(m.actor.code or "",
                                                                         frozenset())]


def _obliged_none(code: str | None, clause: Token, subject: Token | None,
                  mentions: dict[int, Mention]) -> bool:
    """"X said the prisoners must be freed", "… Y should not be trusted": an actor that is
    the subject of a passive clause of obligation is to be acted on, not to act, so the demand
    or appeal is not made of it (as "demanded that the prisoners be freed"). A thing said
    to be due ("an intervention in Y must be avoided") still concerns the actor it names, as
    does one that must not be let act ("Y must not be allowed to …": lexicon
    `permission_verbs`), which is held back. `subject` is the clause's own subject."""
    act = _bound_to(clause) or clause  # "Y needs to be punished": the act's voice
    return code in OBLIGATION.values() and subject is not None and subject.i in mentions and \
        S.passive(act) and act.lemma_.lower() not in LEX.permission_verbs


def disowning(verb: Token, mentions: dict[int, Mention],
              quotation: list[Token] | None = None) -> Match | None:
    """"X said it had no role in Y", "X said we played no part in it", "X said it had
    nothing to do with Y", "X said its forces were not involved": a speaker saying its own
    side took no share in something denies responsibility (016, as PETRARCH's "deny
    involvement / role"), aimed at no one named. So does one saying a charge is false ("X
    said the accusations were baseless": `_charge_false`), aimed at whoever the charge is
    (as "called the accusations baseless"). The clauses are the verb's own, or those of a
    `quotation` it attributes in another sentence."""
    if quotation is None and verb.lemma_.lower() not in SAYING:
        return None
    source = subject_actors(verb, mentions)
    for clause in said_clauses(verb) if quotation is None else quotation:
        subject = S.own_subject(clause)
        itself = subject is not None and subject.lower_ == "it" and quotation is None
        own = subject is not None and (itself or _own_side(
            subject, actors_at(subject, mentions), source))
        if source and own and _no_share(clause):
            pattern = Pattern(code=DISOWNING, verb=verb.lemma_.lower(),
                              note="denial of a share in a reported clause")
            return Match(pattern, verb, source, [], direct=True)
        if source and subject is not None and _charge_false(clause, subject):
            pattern = Pattern(code=DISOWNING, verb=verb.lemma_.lower(),
                              note="a charge called false in a reported clause")
            return Match(pattern, verb, source, besides(judged(subject, mentions), source),
                         direct=True)
    return None


def _charge_false(clause: Token, subject: Token) -> bool:
    """"The accusations are baseless", "the claims were a fabrication": a copula, neither
    negated nor modal, saying a charge (lexicon `charge_nouns`) is false (`falsity_words`)."""
    return clause.lemma_ == "be" and subject.lemma_.lower() in LEX.charge_nouns and \
        not S.negated(clause) and \
        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children) and \
        any(c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in LEX.falsity_words
            for c in clause.children)


def _no_share(clause: Token) -> bool:
    """Whether a clause says its subject had no share in something: "had no role / played
    no part in" (lexicon `disowned_shares`, with "no" or a negation), "had nothing to do
    with", "was not involved in"."""
    lemma = clause.lemma_.lower()
    obj = S.direct_object(clause)
    if lemma in {"have", "play"} and obj is not None and \
            obj.lemma_.lower() in LEX.disowned_shares:
        return S.negated(clause) or any(c.dep_ == "det" and c.lower_ == "no"
                                        for c in obj.children)
    if lemma == "have" and obj is not None and obj.lower_ == "nothing":
        return any(c.lemma_ == "do" and S.prep_objects(c, ("with",)) for c in obj.children)
    involved = clause if lemma == "involve" else next(
        (c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "involved"), None)
    return involved is not None and S.negated(clause) and bool(S.prep_objects(involved, ("in",)))


def issued_clauses(verb: Token) -> list[Token]:
    """'X issued a statement: "Y must go."': the clause a text given out (`issuing`) quotes
    after a colon, said as a verb of saying says its complement."""
    if not issuing(verb):
        return []
    text = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for head in (verb, *text) for c in head.children
            if c.dep_ in {"acl", "ccomp", "appos", "parataxis"} and c.pos_ in {"VERB", "AUX"}
            and any(t.text == ":" for t in verb.doc[head.i + 1:c.i]) and
            any(t.is_quote for t in verb.doc[head.i + 1:c.i])]


def said_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying says (its complement and relative clauses) and, where
    one is an opinion in the speaker's own voice ("'I think Y is wrong,' X said", "we
    believe Y's plan is a mistake": lexicon `opinion_verbs`, "I" or "we", not negated), the
    clause that opinion holds: what the speaker thinks is what the speaker says. A verb of
    saying in the past with its subject set in the middle of a clause ("Y's plan, X said,
    was reckless") says that clause, a statement made (in the present, "…, X says, …", it
    sums up a view)."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "acl", "relcl"}]
    if not clauses and verb.dep_ == "parataxis" and verb.head.i > verb.i and \
            verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children):
        clauses = [verb.head]
    return clauses + held_opinions(clauses)


def held_opinions(clauses: list[Token]) -> list[Token]:
    """The clauses that opinions of `clauses` in the speaker's own voice hold ("I think Y is
    wrong", "we conclude that Y …": lexicon `opinion_verbs`, "I" or "we", not
    negated), or that they call certain ("it is clear that Y …": lexicon
    `certainty_words`, not negated; "there is no doubt that Y …": `doubt_nouns`)."""
    return [c for clause in clauses if not S.negated(clause) and (_own_opinion(clause) or
                                                                 _certain(clause))
            for c in clause.children if c.dep_ == "ccomp"] + [
        c for clause in clauses for doubt in _denied_doubts(clause)
        for c in doubt.children if c.dep_ in {"acl", "ccomp"}]


def _denied_doubts(clause: Token) -> list[Token]:
    """"There is no doubt that …", "there is no question that …": the doubt a "there is"
    clause denies with "no" (lexicon `doubt_nouns`), whose clause is then certain."""
    if clause.lemma_ != "be" or not any(c.dep_ == "expl" for c in clause.children) or \
            S.negated(clause):
        return []
    return [c for c in clause.children if c.dep_ == "attr" and
            c.lemma_.lower() in LEX.doubt_nouns and
            any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)]


def _own_opinion(clause: Token) -> bool:
    """"I think …", "we conclude …": an opinion in the speaker's own voice; "(X said) he
    hoped …": a wish told of the speaker (lexicon `wishing_verbs`)."""
    subject = next((s.lower_ for s in clause.children if s.dep_ == "nsubj"), None)
    return (clause.lemma_.lower() in LEX.opinion_verbs and subject in {"i", "we"}) or (
        clause.lemma_.lower() in LEX.wishing_verbs and subject in SPEAKER_PRONOUNS)


# Pronouns a wish told of the speaker has as its subject ("X said he hoped …").
SPEAKER_PRONOUNS = {"i", "we", "he", "she", "they", "it"}


def _hoped_of(clause: Token) -> bool:
    """"we hope Y will keep its word": a wish (lexicon `wishing_verbs`) that someone will
    act, said by the one who wishes it, asks it of them (an appeal, CAMEO 020); not "hope
    it will not …" (a fear told), nor a hope about a happening ("the talks will succeed":
    the caller needs an actor as its subject)."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in LEX.wishing_verbs and \
        not S.negated(clause) and not S.negated(clause.head) and any(
            c.dep_ == "aux" and c.lower_ in LEX.future_aux | {"would"} for c in clause.children)


def _certain(clause: Token) -> bool:
    """"It is clear that …": a clause the speaker calls certain."""
    return clause.lemma_ == "be" and \
        any(s.dep_ in {"nsubj", "expl"} and s.lower_ == "it" for s in clause.children) and \
        any(c.dep_ == "acomp" and c.lower_ in LEX.certainty_words and not S.negated(c)
            for c in clause.children)


def praised(found: list[Mention], speaker: list[Mention]) -> list[Mention]:
    """Whom a good verdict in what is said praises: coded actors other than the speaker
    (one's own merits are no praise of anyone), not a place praised as a place ("Lima is a
    great city"), nor a name the actor dictionaries lack (a sportsman's record, a
    plan's merits: no political actor endorsed)."""
    return [m for m in besides(found, speaker)
            if m.actor.code and m.actor.kind not in {"place", "capital"}]


def anyone(subject: Token | None, mentions: dict[int, Mention]) -> bool:
    """"every American should know", "any country must …": an actor word with a determiner
    of any instance of its kind (lexicon `generic_determiners`) names no one in particular,
    so what is said of it is aimed at no actor (unlike an act of anyone's with a named side:
    "any talks with X must …")."""
    return subject is not None and subject.i in mentions and any(
        c.dep_ == "det" and c.lower_ in S.GENERIC for c in subject.children)


def extraposed(clause: Token, subject: Token) -> Token | None:
    """"It is shameful that Y did this": the subject of a copula's "that" clause put after
    it, for which "it" stands, is whom the verdict is on; None for any other subject."""
    if subject.lower_ != "it":
        return None
    that = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i and
                 any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return S.own_subject(that) if that is not None else None


def pointed_verdict(clause: Token, subject: Token, mentions: dict[int, Mention]
                    ) -> list[Mention]:
    """"'This is a shameful decision by Y,' X said", "it was Y's mistake": a verdict a
    demonstrative or "it" subject points at is on whose act or thing its predicate names
    (the predicate's owner: "by Y", "Y's", "the Y-ian decision"); none for any other
    subject."""
    if subject.lower_ not in LEX.demonstratives | {"it"}:
        return []
    return [m for c in clause.children if c.dep_ == "attr" for m in judged(c, mentions)]


def spoken_of(verb: Token, subject: Token | None, mentions: dict[int, Mention]) -> list[Mention]:
    """"'It was a mistake,' X said of Y's plan", "X said of Y that he must go": a pronoun
    subject of what is said (or a noun a demonstrative determines: "this decision") stands
    for the one the verb's "of" or "about" phrase names (or the owner of the act it names)."""
    if subject is None or (subject.tag_ not in {"PRP", "DT"} and not pointing_noun(subject)):
        return []
    return next((found for p in S.prep_objects(verb, ("of", "about"))
                 if (found := judged(p, mentions))), [])


def pointing_noun(noun: Token) -> bool:
    """"this decision", "that move": a noun a demonstrative determines points back to what
    was told or named before, as the demonstrative alone does."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in LEX.demonstratives
                                       for c in noun.children)


# Pronouns that may stand for whom a speaker talks to ("told Y that they must …").
ADDRESSED = {"you", "they", "it"}


def addressed(verb: Token, subject: Token | None, mentions: dict[int, Mention]) -> list[Mention]:
    """"X told Y that they must …", "X told Y it should …", "'You must …,' X told Y": a
    pronoun subject of what is said to someone (the verb's object, or its "to" phrase) other
    than the speaker's own "we" or "I" stands for the one spoken to."""
    if subject is None or subject.lower_ not in ADDRESSED:
        return []
    return listeners(verb, mentions)


def listeners(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """Whom a verb of saying speaks to: its object or its "to" phrase ("X told Y", "X said
    to Y")."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + \
        S.prep_objects(verb, ("to",))
    return first_actors(heads, mentions)


def _bidden(clause: Token) -> bool:
    """"'Stand firm,' X told Y", "'Y, please listen,' X said": a reported clause that is an
    imperative, a bare verb with no subject nor auxiliary opening it (after "please", or a
    name it is addressed to set off by a comma), bids the one it speaks to do it; not
    negated ("do not …" is a warning off)."""
    vocatives = _vocatives(clause)  # which the parser may take for the subject
    if clause.tag_ != "VB" or clause.dep_ != "ccomp" or S.negated(clause) or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"} and
            c not in vocatives for c in clause.children):
        return False
    before = [c for c in clause.children if c.i < clause.i and not c.is_punct and
              not (c.dep_ == "intj" and c.lower_ == "please") and c not in vocatives]
    return not before


def _vocatives(clause: Token) -> list[Token]:
    """"Y, please listen": a proper name opening an imperative, set off by a comma, is the
    one it is addressed to."""
    return [c for c in clause.children if c.i < clause.i and c.pos_ == "PROPN" and
            c.dep_ in {"dep", "npadvmod", "nsubj"} and c.right_edge.i + 1 < clause.i and
            c.doc[c.right_edge.i + 1].text == ","]


def doer_before(verb: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """"Y cut its aid. 'This is a betrayal,' X said": a demonstrative that a verdict is said
    of points back to the act the sentence before tells, so the verdict is on that act's
    doer: the subject of its main clause (of the clause it reports, where it is a report:
    "Officials said Y cut …")."""
    k = verb.sent.start - 1
    while k >= 0 and verb.doc[k].is_space:
        k -= 1
    if k < 0:
        return []
    clause = verb.doc[k].sent.root
    if clause.lemma_.lower() in SAYING:
        clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    return actors_at(S.subject_of(clause), mentions)


def _unmet_condition(clause: Token) -> Token | None:
    """The subject of an "if … not" or "unless" clause of a clause said to come ("if X does
    not leave, we will …", "unless X withdraws, Y will …"): whose failure to act brings what
    the clause says will happen; None for other clauses."""
    if not _future(clause):
        return None
    for cond in clause.children:
        marks = {c.lower_ for c in cond.children if c.dep_ == "mark"}
        if cond.dep_ == "advcl" and ("unless" in marks or ("if" in marks and S.negated(cond))):
            return S.own_subject(cond)
    return None


def _future(clause: Token) -> bool:
    """Whether a clause is told to come ("will", "shall": lexicon `future_aux`)."""
    return any(c.dep_ == "aux" and c.lower_ in LEX.future_aux for c in clause.children)


def _reprisal_warned(clause: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """Whom a reprisal still to come warns: a verb of reprisal (lexicon `reprisal_verbs`)
    with a future auxiliary is aimed at the subject of its "if" clause ("if X crosses the
    line, we will destroy them": what X would do brings it on), else at whom it is done to:
    its object ("we will punish X if it …") or its "against" or "on" phrase ("we will
    retaliate against any X aggression"). A verb of response (lexicon `response_verbs`) is
    one to the doer of an act "any" picks out ("we will respond to any attack by X":
    `arguments.answered_acts`); none for any other clause."""
    answered = answered_acts(clause) if clause.lemma_.lower() in LEX.response_verbs else []
    if (clause.lemma_.lower() not in LEX.reprisal_verbs and not answered) or \
            S.negated(clause) or not (_future(clause) or _future_in_past(clause)):
        return []
    if answered:  # "we will respond to any attack by X": X
        return first_actors([d for act in answered for d in doers(act)], mentions)
    obj = S.direct_object(clause)  # "inflict heavy losses on X": the parser may hang it there
    condition = next((S.own_subject(cond) for cond in clause.children if cond.dep_ == "advcl" and
                      any(c.dep_ == "mark" and c.lower_ == "if" for c in cond.children)), None)
    heads = [t for t in (condition, obj) if t is not None]
    return first_actors(heads + S.prep_objects(clause, ("against", "on")) + (
        S.prep_objects(obj, ("against", "on")) if obj is not None else []), mentions)


def _future_in_past(clause: Token) -> bool:
    """"X said it would …": "would" in a clause reported in the past tense is "will" told
    then (the sequence of tenses)."""
    return clause.dep_ == "ccomp" and clause.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ == "would" for c in clause.children)


def _own_side(subject: Token | None, actors: list[Mention], speaker: list[Mention]) -> bool:
    """Whether a reported clause's subject is the speaker's side: "we", "I", an actor of the
    speaker's country, or "it" or "they" standing for no one else ("X said it would …": X,
    as `dyads.subject_actors` reads such a pronoun)."""
    if subject is not None and (subject.lower_ in {"we", "i"} or (
            subject.lower_ in {"it", "they"} and not actors)):
        return True
    countries = {m.actor.country for m in speaker if m.actor.country}
    return any(m.actor.country in countries for m in actors)


def _clause_code(clause: Token) -> str | None:
    """The code of what a reported clause says of its subject: an obligation (its modal's
    code; not in an indirect question), a reproach ("should have told us": what was owed in
    the past is criticism, 111) or repercussions to come (130), a good verdict said of it
    ("X was a hero": praise, 051), or blame or a wrong said of the subject as a fact (112:
    "was responsible", "was to blame", "lied", "bears responsibility"; not "may be
    responsible", not "did not lie", not "whether X was responsible")."""
    subject = S.own_subject(clause)
    if subject is not None and _charge_false(clause, subject):
        return None  # "the accusations are baseless": a denial (`disowning`), not a verdict
    modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and
                  c.lower_ in OBLIGATION), None)
    if modal is None and asked_subjunctive(clause):
        modal = "should"  # "insisted that Y withdraw": as "… that Y should withdraw"
    if modal is None and _bound_to(clause) is not None:
        return LEX.semi_modals[clause.lemma_.lower()]  # "Y has to leave": as "Y must leave"
    if modal is None and _owes_account(clause):
        return OBLIGATION["must"]  # "Y owes the public an explanation": as "Y must explain"
    if _forbidden(clause):
        return OBLIGATION["must"]
    if distrusted(clause) or (modal and _shamed(clause)):
        return REPROACH  # "Y cannot be trusted", "Y should be ashamed"
    foretold = any(c.dep_ == "aux" and c.lower_ in LEX.future_aux | LEX.hypothetical_aux
                   for c in clause.children)
    if (modal or (foretold and ordeal(clause) is None)) and _judged_thing(clause):
        # "the plan must be a mistake", "Y's plan would be a disaster": a verdict on it (a
        # reprisal foretold as an ordeal for someone is a threat, `ordeal`)
        return REPROACH if any(c.dep_ in {"attr", "acomp"} and bad_verdict(c)
                               for c in clause.children) else None
    if _hoped_of(clause):
        return APPEAL  # "we hope Y will keep its word", "he hoped Y would withdraw"
    if _bidden(clause):
        return APPEAL  # "'Stand firm,' X told Y": an imperative asks it of the one told
    if warned_by(clause) and not S.negated(clause):
        return REPERCUSSION  # "the drills were a warning to Y"
    if modal and not _indirect_question(clause):
        if S.perfect(clause):
            return REPROACH
        # "X told Y they must work together": a call to act jointly asks, it does not demand
        return APPEAL if any(c.dep_ == "advmod" and c.lower_ in LEX.joint_words
                             for c in clause.children) else OBLIGATION[modal]
    stated = not S.negated(clause) and not any(
        (c.dep_ == "aux" and c.tag_ == "MD") or
        (c.dep_ == "mark" and c.lower_ in LEX.condition_marks) for c in clause.children)
    if _obligation_failed(clause) or (stated and (
            _wrongdoing(clause) or _behind_violence(clause) or _blame_laid(clause) or any(
                c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in LEX.blame_predicates
                for c in clause.children))):
        return ACCUSATION
    if _harmful_conduct(clause):
        return REPROACH  # "Y's plan would endanger the region", "Y's policy has failed"
    if stated and any(bad_verdict(p) for p in S.predicates(clause)):
        return REPROACH  # "Y's strike was reckless", "… constitutes a violation"
    if _condemned_subject(clause) or (stated and (_condemned_manner(clause) or
                                                  _condemned_course(clause))):
        return REPROACH
    if stated and any(good_verdict(p) for p in S.predicates(clause)):
        return PRAISE
    if _praise_denied(clause):
        return REPROACH
    obj = S.direct_object(clause)
    if clause.lemma_.lower() in LEX.repercussion_verbs and obj is not None and \
            obj.lemma_.lower() in LEX.repercussions and S.mood(clause) != "asserted":
        return REPERCUSSION
    if clause.lemma_.lower() in LEX.rueing_verbs and S.mood(clause) != "asserted" and \
            not S.negated(clause):
        return REPERCUSSION  # "X said Y would regret it"
    if ordeal(clause) is not None:
        return REPERCUSSION
    if stated and _options_on_the_table(clause):
        return REPERCUSSION
    return None


# Object classes of a subject whose bad epithet is a verdict on its owner's conduct: an act,
# a decision or words ("Y's reckless decision"); a body so described ("the brutal regime
# killed …") is one whose act codes itself.
CONDUCT_CLASSES = ("abstract", "communication", "document")


def distrusted(clause: Token) -> bool:
    """"X said Y cannot be trusted", "… Y is not to be trusted": trust denied the subject,
    in the passive, is a verdict against it (lexicon `trusting_verbs`)."""
    return clause.lemma_.lower() in LEX.trusting_verbs and S.passive(clause) and \
        S.negated(clause)


def _shamed(clause: Token) -> bool:
    """"X said Y should be ashamed": a feeling of shame (lexicon `shame_words`) a modal says
    the subject owes is a reproach of it, no appeal."""
    return clause.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in LEX.shame_words
                                         for c in clause.children)


def _condemned_subject(clause: Token) -> bool:
    """"X said Y's reckless decision would hurt the region", "… Y's irresponsible remarks
    have put lives at risk": an epithet that is a bad verdict (valence.py) on the subject of
    what is said, when the subject is an act, a decision or words, criticizes its owner as
    the predicate "Y's decision was reckless" does, whatever the clause then says; not an
    epithet of a happening or a plight ("the horrific attack", "Y's tragic loss"), which
    owns no conduct, nor of a body, whose own act codes itself ("the brutal regime killed
    …")."""
    subject = S.own_subject(clause)
    if subject is None or subject.dep_ == "nsubjpass" or not _of_classes(subject,
                                                                          CONDUCT_CLASSES):
        return False
    return any(c.dep_ == "amod" and bad(c.lower_) for c in subject.children)


def _harmful_conduct(clause: Token) -> bool:
    """"X said Y's plan would endanger the region", "… Y's new law threatens press freedom",
    "'Y's policy has failed,' X said": an act, a decision or words (`CONDUCT_CLASSES`), or
    a measure taken against someone (lexicon `measure_nouns`: "the new round of Y's
    sanctions"), as the subject of a verb of harm (lexicon `conduct_harms`, or a one-word wrong of
    `wrongdoing_verbs`), said to have done it or to be about to, is a verdict on its
    owner's conduct (111); not negated, not in a condition or a question."""
    subject = S.own_subject(clause)
    lemma = clause.lemma_.lower()
    if subject is None or subject.dep_ == "nsubjpass" or S.negated(clause) or \
            not (_of_classes(subject, CONDUCT_CLASSES) or
                 counted(subject).lemma_.lower() in LEX.measure_nouns) or \
            _indirect_question(clause) or \
            any(c.dep_ == "mark" and c.lower_ in LEX.condition_marks for c in clause.children):
        return False
    return lemma in LEX.conduct_harms or lemma in LEX.wrongdoing_verbs


def _condemned_manner(clause: Token) -> bool:
    """"X said Y had behaved irresponsibly / acted recklessly / acted like a bully": an
    adverb of manner (the adverb of a bad verdict, valence.py), or a "like" phrase whose noun
    is a bad verdict, on a verb of conduct (lexicon `conduct_verbs`) is a verdict on the
    subject's conduct; not on a passive ("Y was badly hit"), which tells what Y suffered, nor
    on an act of its own ("brutally attacked"), which codes itself."""
    if clause.lemma_.lower() not in LEX.conduct_verbs or \
            S.passive(clause):
        return False
    return any(c.dep_ == "advmod" and c.tag_ == "RB" and _bad_adverb(c.lower_)
               for c in clause.children) or \
        any(bad_verdict(n) for n in S.prep_objects(clause, ("like",)))


def _condemned_course(clause: Token) -> bool:
    """"X said Y was playing a dangerous game / pursued a reckless policy / was waging a
    campaign of lies": a verb of taking a course (lexicon `course_verbs`) whose object has
    an epithet, or an "of" phrase, of a bad verdict (valence.py), or a verb of carrying on a
    campaign (`campaign_verbs`) whose object has such an "of" phrase, judges the subject's
    conduct."""
    obj = S.direct_object(clause)
    lemma = clause.lemma_.lower()
    if obj is None or S.passive(clause) or lemma not in LEX.course_verbs | LEX.campaign_verbs:
        return False
    return (lemma in LEX.course_verbs and any(c.dep_ == "amod" and bad(c.lower_)
                                              for c in obj.children)) or \
        any(bad(o.lower_) or bad(o.lemma_.lower()) for o in S.prep_objects(obj, ("of",)))


def _bad_adverb(word: str) -> bool:
    """Whether an adverb in -ly is one of a bad verdict ("recklessly", "irresponsibly",
    "unfairly"): its own valence, or its adjective's (English spelling rules)."""
    if not word.endswith("ly") or len(word) < 6:
        return False
    stems = [word, word[:-2]]
    if word.endswith("bly"):
        stems.append(word[:-1] + "e")  # irresponsibly -> irresponsible
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # hastily -> hasty
    if word.endswith("ally"):
        stems.append(word[:-4])  # cynically -> cynic(al)
    return any(bad(stem) for stem in stems)


def _judged_thing(clause: Token) -> bool:
    """"X said the decision must be puzzling": a modal on a copula whose subject is a thing
    (an act, an idea, a text or a happening: object classes) judges what the thing surely
    is; no one is obliged to anything (a bad verdict is criticism of the thing's owner)."""
    subject = S.own_subject(clause)
    if clause.lemma_ != "be" or subject is None or not any(
            c.dep_ in {"acomp", "attr"} for c in clause.children):
        return False
    return _of_classes(subject, (*CONDUCT_CLASSES, "happening"))


def _of_classes(noun: Token, kinds: tuple[str, ...]) -> bool:
    """Whether the noun's lemma is in one of the packaged object classes `kinds`."""
    classes = packaged_object_classes()
    return any(noun.lemma_.lower() in classes[kind] for kind in kinds)


def warned_by(clause: Token) -> list[Token]:
    """"X said the test was a warning to Y": whom a linking verb says the subject warns (its
    predicate a noun of warning, lexicon `warning_nouns`, with a "to" phrase); the caller
    takes it for a threat (130) when the subject is the speaker's own act."""
    if clause.lemma_.lower() != "be":
        return []
    return [o for c in clause.children if c.dep_ == "attr" and
            c.lemma_.lower() in LEX.warning_nouns for o in S.prep_objects(c, ("to",))]


def ordeal(clause: Token) -> Token | None:
    """"X said its response would be a nightmare for Y": a reprisal (lexicon `repercussions`)
    that a linking verb still to come says will be an ordeal (lexicon `ordeals`) for someone
    is a threat to them (130); the ordeal, or None for any other clause."""
    subject = S.own_subject(clause)
    if clause.lemma_.lower() != "be" or S.mood(clause) == "asserted" or S.negated(clause) or \
            subject is None or subject.lemma_.lower() not in LEX.repercussions:
        return None
    return next((c for c in clause.children if c.dep_ == "attr" and
                 c.lemma_.lower() in LEX.ordeals and S.prep_objects(c, ("for",))), None)


# Prepositions that say whom a threat kept open concerns ("on the table against Y").
CONCERNING_PREPS = ("against", "regarding", "toward", "towards", "with", "over", "for")


def _options_on_the_table(clause: Token) -> bool:
    """"all options are / remain on the table": the idiom of a threat kept open (lexicon
    `open_options`: its subjects; `open_options_places`: where they lie)."""
    subject = S.own_subject(clause)
    return subject is not None and subject.lemma_.lower() in LEX.open_options and any(
        head.lemma_.lower() in LEX.open_options_places for head in S.prep_objects(clause, ("on",)))


def _behind_violence(clause: Token) -> bool:
    """"Y was behind the bombing": a copula whose phrase of blame (lexicon
    `blame_prepositions`) names a violent happening (object class `happening`) lays it at the
    subject's door; so does "Y was involved / complicit in the bombing" (lexicon
    `complicity_words`, as a passive participle or the copula's adjective, with "in"); not
    "Y was behind the reforms", "Y was involved in the talks"."""
    happenings = packaged_object_classes()["happening"]

    def violent(head: Token, preps: tuple[str, ...]) -> bool:
        # the parser may hang the preposition as an adverb ("is behind 100 attacks"); a
        # count of happenings ("dozens of attacks") names them
        objects = S.prep_objects(head, preps) + [
            g for c in head.children if c.dep_ == "advmod" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]
        return any(S.counted_noun(h).lemma_.lower() in happenings for h in objects)
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return violent(clause, tuple(LEX.blame_prepositions)) or any(
            c.dep_ == "acomp" and c.lemma_.lower() in LEX.complicity_words and
            violent(c, ("in",)) for c in clause.children)
    return lemma in LEX.complicity_words and S.passive(clause) and violent(clause, ("in",))


def _blame_laid(clause: Token) -> list[Token]:
    """Whom a clause lays blame on: the "with" or "on" phrase of a verb of resting whose
    subject is a noun of blame ("the blame lies with Y", "the fault rests with Y": lexicon
    `resting_verbs`, `blame_nouns`; "the responsibility for the attack lies with Y": a noun
    of responsibility, `responsibility_nouns`, for a bad thing or a happening), or the
    owner of a noun of blame a copula says its subject is ("the attack was Y's fault");
    none otherwise."""
    subject = S.own_subject(clause)
    if subject is not None and _blame(subject) and clause.lemma_.lower() in LEX.resting_verbs:
        return S.prep_objects(clause, ("with", "on", "upon"))
    if clause.lemma_.lower() != "be":
        return []
    return [owner for c in clause.children if c.dep_ == "attr" and _blame(c)
            for owner in c.children if owner.dep_ == "poss"]


def _blame(noun: Token) -> bool:
    """A noun of blame ("fault"), or of responsibility for a bad thing or a happening ("the
    responsibility for the attack"; `_blame_laid`)."""
    lemma = noun.lemma_.lower()
    happenings = packaged_object_classes()["happening"]
    return lemma in LEX.blame_nouns or (lemma in LEX.responsibility_nouns and any(
        bad(o.lower_) or o.lemma_.lower() in happenings for o in S.prep_objects(noun, ("for",))))


def _indirect_question(clause: Token) -> bool:
    """"told Y why they should …", "asked how Y must …", "whether Y should …": a clause
    opened by a question word asks what is owed; it puts no obligation on anyone."""
    return any(c.i < clause.i and (c.tag_ in {"WRB", "WP", "WDT"} or
                                   (c.dep_ == "mark" and c.lower_ == "whether"))
               for c in clause.children)


def _praise_denied(clause: Token) -> bool:
    """"Y is not our friend", "Y is not a reliable partner", "Y's election was neither free
    nor fair": a good verdict a plain copula denies (no modal, no condition) is a verdict
    against its subject, criticism (111)."""
    if clause.lemma_.lower() != "be" or \
            any(c.dep_ in {"aux", "mark"} and (c.tag_ == "MD" or c.lower_ in
                                               LEX.condition_marks) for c in clause.children):
        return False
    denied = any(c.dep_ == "neg" for c in clause.children)
    return any(c.dep_ in {"attr", "acomp"} and (
        (denied and good_verdict(c)) or (neither(c) and good(c.lower_)))
        for c in clause.children)


def repercussion_ahead(verb: Token) -> bool:
    """Whether the verb's complement clause names repercussions its subject would undergo
    ("warned that X could face consequences"): a threat however modal."""
    clause = S.complement_clause(verb)
    return clause is not None and names_repercussion(clause)


def names_repercussion(clause: Token) -> bool:
    """Whether a clause names repercussions its subject would undergo ("X could face
    consequences")."""
    return _clause_code(clause) == REPERCUSSION


def _wrongdoing(clause: Token) -> bool:
    """Whether a clause's verb, or its verb and object, or its verb and the noun of its "as"
    phrase, name a wrong its subject did (lexicon `wrongdoing_verbs`: "lied", "meddled",
    "violated the deal", "used X as a pretext"), or a verb of bringing about has a bad
    thing as its object (lexicon `harm_verbs`, valence.py: "caused chaos", "spread lies");
    a passive subject, "was misled", suffered it. A verb of going on with an act ("continued
    to meddle", lexicon `aspect_verbs`) is read at its open complement."""
    if clause.lemma_.lower() in LEX.aspect_verbs:
        clause = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    if S.passive(clause):
        return False
    lemma = clause.lemma_.lower()
    obj = S.direct_object(clause)
    guises = [f"{lemma} as {noun.lemma_.lower()}" for noun in S.prep_objects(clause, ("as",))]
    return lemma in LEX.wrongdoing_verbs or any(g in LEX.wrongdoing_verbs for g in guises) or (
        obj is not None and (f"{lemma} {obj.lemma_.lower()}" in LEX.wrongdoing_verbs or (
            lemma in LEX.harm_verbs and (bad(obj.lower_) or bad(obj.lemma_.lower())))))


def _obligation_failed(clause: Token) -> bool:
    """"Y has not honored the agreement", "Y failed to comply with the accord", "Y did not
    keep its promise": a verb of keeping an undertaking (lexicon `keeping_verbs`) whose
    object, or that of its "with" or "by" phrase, is one (`undertakings`), negated or the
    complement of "failed", says Y broke it: a wrong said of Y as a fact, as "violated the
    accord" is (112). Not with a modal ("Y will not comply": a refusal to come)."""
    if clause.lemma_.lower() == "fail":
        clause = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
        failed = clause.dep_ == "xcomp"
    else:
        failed = S.negated(clause)
    if not failed or clause.lemma_.lower() not in LEX.keeping_verbs or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in [*clause.children, *clause.head.children]):
        return False
    kept = [c for c in clause.children if c.dep_ == "dobj"] + \
        S.prep_objects(clause, ("with", "by"))
    return any(k.lemma_.lower() in LEX.undertakings for k in kept)


def _bound_to(clause: Token) -> Token | None:
    """"Y has to leave", "Y needs to stop": the act a verb of necessity (lexicon
    `semi_modals`) in the plain present binds its subject to, as a modal would ("Y must
    leave"); none when negated ("Y does not have to"), in another tense or under an auxiliary
    ("had to", "would have to"), in an indirect question, or when the act is done jointly
    ("Y and Z need to work together": a call for a common effort, which binds no side)."""
    if clause.lemma_.lower() not in LEX.semi_modals or clause.tag_ not in S.PRESENT or \
            S.negated(clause) or _indirect_question(clause) or \
            any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return None
    act = next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}
                and S.infinitive(c)), None)
    if act is None or any(c.dep_ == "advmod" and c.lower_ in LEX.joint_words
                          for c in act.children):
        return None
    return act


def _owes_account(clause: Token) -> bool:
    """"Y owes the public an explanation", "Y owes Z an apology": an account the plain
    present says the subject owes (lexicon `owed_accounts`) is one demanded of it; not
    negated, nor in an indirect question."""
    if clause.lemma_.lower() != "owe" or clause.tag_ not in S.PRESENT:
        return False
    obj = S.direct_object(clause)
    return obj is not None and obj.lemma_.lower() in LEX.owed_accounts and \
        not S.negated(clause) and not _indirect_question(clause)


def _forbidden(clause: Token) -> bool:
    """"Y cannot / could not be allowed to …": a verb of permission (lexicon
    `permission_verbs`) in the passive, negated under "can" (`permission_aux`), says Y must
    not be let do it, a demand as "Y must not be allowed to …" is (not in an indirect
    question)."""
    return clause.lemma_.lower() in LEX.permission_verbs and S.negated(clause) and \
        any(c.dep_ == "auxpass" for c in clause.children) and \
        any(c.dep_ == "aux" and c.lower_ in LEX.permission_aux for c in clause.children) and \
        not _indirect_question(clause)


def naming_predicates(verb: Token) -> list[Token]:
    """What a verb of naming says its object is: "called X a liar", "termed X reckless",
    "described X as a threat" (the predicate: liar, reckless, threat); none for a verb with
    a plain object ("called X")."""
    objects = named_objects(verb)
    # "called X's plan a mistake", "called X's remarks irresponsible", "described X's move as
    # a provocation": the parser may hang the predicate on the object (an adjective after its
    # noun is no modifier of it in English, but what the object is called)
    appositions = [a for o in objects[:1] for a in o.children if a.dep_ == "appos" or (
        a.i > o.i and (a.dep_ in {"amod", "npadvmod"} or (a.dep_ == "advmod" and
                                                          a.tag_ == "JJ")))]
    # "likened X to a dictator", "compared X to Hitler": what X is likened to
    preps = {"as", "to"} if verb.lemma_.lower() in LEX.likening_verbs else {"as"}
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) > 1 and predicates[0] in objects[:1]:
        predicates = predicates[1:]  # "called X's move a mistake" read as two predicates
    # "described X's plan as flawed": the parser may make the word after "as" a clause
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in {"VBN", "JJ"}
                   and c.i > 0 and verb.doc[c.i - 1].lower_ == "as"]
    return predicates + objects[1:] + appositions + participles + [
        p for a in [*verb.children, *(c for o in objects[:1] for c in o.children)]
        if a.dep_ == "prep" and a.lower_ in preps
        for p in a.children if p.dep_ in {"pobj", "amod", "acomp"}]


def named_objects(verb: Token) -> list[Token]:
    """What a verb of naming names: its direct objects, else a predicate the parser took for
    the object with the name hung on it ("called X's move 'a disgrace'", "called X's test
    unacceptable" with the noun a compound of the adjective), else the first of two
    predicates (a verb of naming takes one object and one predicate: "called X's decision a
    mistake" read as two)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return objects
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    hung = [c for c in predicates if any(
        a.dep_ in {"appos", "npadvmod"} or (a.dep_ == "compound" and c.pos_ == "ADJ")
        for a in c.children)]
    return hung or (predicates[:1] if len(predicates) > 1 else [])


def naming_verdict(verb: Token, mentions: dict[int, Mention]) -> Match | None:
    """"X called Y a liar", "X described Y's plan as reckless", "X branded Y a rogue state",
    "X likened Y to a tyrant": a verb of naming (lexicon `naming_verbs`) or likening
    (`likening_verbs`, with its "to" phrase) whose object predicate is a bad verdict
    (valence.py) criticizes the object, or the object's owner (111). A good verdict so
    given ("X called Y a great friend", "described Y as a reliable partner") praises a
    coded actor it names or whose act it judges (051, as a good verdict said of Y is:
    `praised`). A bad verdict on a violent happening (object class `happening`) no one is
    named as doing is criticism aimed at no one, as condemning it is."""
    if verb.lemma_.lower() not in LEX.naming_verbs | LEX.likening_verbs or \
            any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    objects = named_objects(verb)
    predicates = naming_predicates(verb)
    if not objects or S.negated(verb):
        return None
    if any(bad_verdict(p) for p in predicates):
        code, note = REPROACH, "censure by naming"
    elif any(good_verdict(p) for p in predicates):
        code, note = PRAISE, "praise by naming"
    else:
        return None
    source = subject_actors(verb, mentions)
    target = [m for m in judged(objects[0], mentions) if m not in source]
    if code == PRAISE:
        target = praised(target, source)
    # "X called the bombing an act of terror": a violent happening whose doer no one names
    # is condemned as "X condemned the bombing" is, at no one
    unowned = code == REPROACH and \
        S.counted_noun(objects[0]).lemma_.lower() in packaged_object_classes()["happening"]
    if not source or not (target or unowned):
        return None
    pattern = Pattern(code=code, verb=verb.lemma_.lower(), note=note)
    return Match(pattern, verb, source, target, direct=True)


def judged(head: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """Whom a verdict on a phrase is on: the actors the phrase is ("Peru and Chile were
    wrong"), else the owner of the act or thing it names ("Peru's plan", "the Peruvian
    decision", "the decision by Peru"; a possessive first: "Peru's Chile policy" is Peru's);
    not an actor its other phrases name ("the dispute over Peru"). A participle's agent
    made it ("lies spread by Peru")."""
    named: list[Mention] = []
    for conjunct in S.conjuncts(head):
        if conjunct.i in mentions and mentions[conjunct.i] not in named:
            named.append(mentions[conjunct.i])
    possessors = [c for c in head.children if c.dep_ == "poss" or
                  any(g.lower_ in POSSESSIVES for g in c.children)]  # "Peru’s": det + prep
    return named or first_actors(possessors + owners(head) + S.prep_objects(head, ("by",)) +
                                 makers(head), mentions)
