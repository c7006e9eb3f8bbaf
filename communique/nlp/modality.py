"""Is an event trigger asserted as having happened? Grammar that says it is not.

CAMEO coders code only what the text asserts happened (or, for intents and threats, what the
saying itself does). `unasserted(trigger)` names why a trigger's clause is not asserted:

- "question": the clause ends with a question mark, or opens with an inverted auxiliary
  ("Will X attack …?", "Did X meet …?");
- "condition": the clause is itself the condition or an indirect question ("if X attacks",
  "unless X withdraws", "asked whether X …"), or is what one holds ("if it turns out that X
  killed …");
- "counterfactual": "would have", "could have", "might have" + participle;
- "reported": the clause is qualified as hearsay ("reportedly", "allegedly");
- "hedged": an adverb of judgement or conjecture qualifies it (lexicon `hedge_adverbs`:
  "X has certainly reduced …", "X probably met …"), or it is the open complement of a verb
  of seeming (lexicon `seeming_verbs`: "X appears to be handing Y over"): an opinion, a
  guess or an impression;
- "hearsay": the clause is the content of an allegation, claim, report or rumour
  ("claims that X attacked"), or hangs from a passive verb of saying ("X is said /
  believed / rumoured to have …"), or from an accusation ("accused X of …");
- "imperative": a bare verb with no subject opening its clause ("Withdraw the troops!");
- "modal": an obligation or judgement ("must", "should", "ought to", "need to",
  "has to", "would be unwise to …", "it is up to X to …", "it is time for X to …");
- "reluctant": the infinitive of an adjective of holding back (lexicon `reluctance`:
  "X has been reluctant to criticize Y"): a disposition, no act;
- "possible": what the trigger's own auxiliary says only may be (lexicon `possibility_aux`:
  "X could lift sanctions", "Y might attack"), or what it says the subject is able to do
  (lexicon `ability_aux`: "X can request Y"), unless negated ("cannot accept": a refusal),
  the auxiliary of a series of bare verbs said of each ("could attack Y and seize Z"): a
  possibility or an ability is no act, no intent declared nor threat made, whoever says it;
- "imagined": the clause is the complement of a verb of seeing, hoping, wanting, expecting,
  fearing or remembering (lexicon `imagining`: "they hoped X would lift …", "wants X to
  withdraw", "worth remembering that X opposed …"), or an infinitive clause that "for"
  opens with a subject of its own ("pressed for X to withdraw"): a scene or a wish, not a
  happening reported;
- "mandated": a that-clause in the subjunctive, its verb bare with a subject of its own and
  no auxiliary ("proposed that X withdraw", "insists that Y release …"; with a verb of
  asking, lexicon `mandating`, also a plural present: "urged that X and Y halt …"): what is
  asked or proposed, not done;
- "purpose": what a copula says an aim or plan is ("the aim is to make X withdraw");
- "consequence": the complement of a causing verb that is itself still to come or supposed
  ("the deal would let X visit Y", "will help X hold the pass");
- "alternative": one of two alternatives ("either X attacked Y or …");
- "infinitive": a bare verb the parse joined to a finite verb, a later conjunct of an
  infinitive between them ("pressed for a front to resist and boycott X");
- "pending", "habitual": a time clause in the present ("once X lands on Monday"), or a
  present (perfect) clause with one ("whenever it has been shelled, X has struck back").

Such events keep the code of the action; their `mood` is "hypothetical" (the data contract's
value for anything not asserted: see README, `mood`). `counted(event, reason)` says which
events are emitted: CAMEO codes only asserted events, except intents (03x) and threats (13x),
which the saying itself performs. Events "reported" by the writer's sources are emitted,
flagged "hypothetical": news coders code what a paper reports another outlet reported.
`refusal(trigger, code)` says when a negated action is an explicit refusal, which CAMEO codes as a
rejection (12x).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.nlp.lexicon import LEX
from communique.nlp import syntax as S
from communique.nlp.objects import packaged_object_classes
from communique.nlp.syntax import adjunct_head, mood, summing_clause

CONDITION_MARKS = LEX.condition_marks
COUNTERFACTUAL_AUX = LEX.counterfactual_aux
HEARSAY_ADVERBS = LEX.hearsay_adverbs
HEARSAY_NOUNS = LEX.hearsay_nouns
HEARSAY_PASSIVES = LEX.hearsay_passives
ACCUSING = LEX.accusing
MODAL_AUX = LEX.modal_aux
JUDGEMENTS = LEX.judgements
INVERTED_AUX = LEX.inverted_aux
# Verbs whose to-infinitive is refused: "refused to withdraw", "declined to sign".
REFUSING = LEX.refusing
# Verbs of falling short: what one fails to do is not done, and refused only when it is an
# agreement the other side must also say yes to (codes `failed_refusal_codes`): falling short
# of terms still under negotiation is a rejection (CAMEO 12x), a failure to free, arm or
# repeal is the act negated.
FAILING = LEX.failing
FAILED_REFUSAL_CODES = LEX.failed_refusal_codes
# Attempts to win someone over: failing at one is not the subject's refusal, as the outcome is
# the other side's ("failed to convince Y": the persuasion, negated; CAMEO 12x is a rejection).
ATTEMPTS = LEX.attempts
# A negated action said of the future, or as what one cannot do, is a refusal: "will not
# accept", "would not meet demands" (reported), "cannot accept".
REFUSING_AUX = LEX.refusing_aux
QUOTES = {'"', "'", "”", "’", "“", "‘", "»", "«", ")", "]"}
# Dependencies a clause's modality passes down through: "agreed to attack" is only as
# asserted as "agreed", and the second verb of "will meet and sign" as the first.
SAME_CLAUSE = {"xcomp", "conj", "acomp"}
# Verbs whose complement clause happens only if they do: "would let X visit", "help X hold
# the pass", "making X pay", "would mean X cannot …".
CAUSING = LEX.causing


def unasserted(trigger: Token) -> str | None:
    """Why the trigger's clause is not asserted, or None when it is. Each check reads the
    chain of clauses the trigger's modality comes from (`_clause_chain`), found once."""
    chain = _clause_chain(trigger)
    for check in (_question, _condition, _counterfactual, _hearsay, _hedged, _imperative, _modal,
                  _imagined, _mandated, _purpose, _consequence, _attempted, _directed,
                  _pending, _alternative, _infinitive_conjunct):
        reason = check(trigger, chain)
        if reason:
            return reason
    return None


SAYING_ROOTS = LEX.saying_roots
ANNOUNCED_ROOTS = LEX.announced_roots


def counted(root: str, mood: str, reason: str | None) -> bool:
    """Whether an event of this CAMEO root, mood and `unasserted` reason is emitted: an
    intent or threat counts when it is said to come, not when it is itself questioned,
    supposed or alleged; an investigation counts when it is announced ("will investigate"),
    not when it only would be."""
    if reason is not None:
        return reason == "reported"
    return mood == "asserted" or root in SAYING_ROOTS or (
        mood == "future" and root in ANNOUNCED_ROOTS)


def _clause_chain(trigger: Token, limit: int = 4) -> list[Token]:
    """The trigger and the heads its modality comes from (through open complements,
    coordination, an infinitive of purpose and a causing verb's complement; a noun trigger
    starts from the verb it hangs from)."""
    chain = [trigger]
    token = trigger
    for _ in range(limit):
        # "by attacking": as asserted as the verb it hangs from
        if (governor := adjunct_head(token)) is not None:
            token = governor
            chain.append(token)
            continue
        if token.dep_ not in SAME_CLAUSE and not (token.pos_ in {"NOUN", "PROPN"} and
                                                   token.dep_ in {"nsubj", "nsubjpass"}) and \
                not (token.dep_ == "ccomp" and token.head.lemma_.lower() in CAUSING) and \
                not _purpose_clause(token):
            break
        if token.head.i == token.i:
            break
        token = token.head
        chain.append(token)
    return chain


def _purpose_clause(verb: Token) -> bool:
    """An infinitive of purpose ("… went to Y to meet Z"): it is sought only as surely as
    the clause it serves; not one that ranks its doer ("became the first to visit Y":
    `syntax.ranked_first`)."""
    return S.purpose_infinitive(verb) and S.ranked_first(verb) is None


def _alternative(trigger: Token, chain: list[Token]) -> str | None:
    """"Either X attacked Y or …": one of two alternatives, neither asserted."""
    for clause in chain:
        if any(c.lower_ == "either" and c.dep_ in {"preconj", "advmod", "cc"}
               for c in clause.children):
            return "alternative"
    return None


def _question(trigger: Token, chain: list[Token]) -> str | None:
    """A "?" closes the clause the trigger belongs to, or the clause opens with an inverted
    auxiliary before its subject."""
    sent = trigger.sent
    for token in (*trigger.ancestors, trigger):
        if token.sent != sent:
            continue
        if any(c.text == "?" for c in token.children):
            return "question"
    end = next((t for t in reversed(list(sent)) if t.text not in QUOTES and not t.is_space),
               None)
    if end is not None and end.text == "?" and end.head.sent == sent and \
            (end.head == trigger or end.head in trigger.ancestors):
        return "question"
    for clause in chain:
        first = next((t for t in clause.subtree if not t.is_punct and not t.is_space), None)
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if first is not None and subject is not None and first.dep_ in {"aux", "auxpass"} and \
                first.head == clause and first.lemma_.lower() in INVERTED_AUX and \
                first.i < subject.i and clause.dep_ == "ROOT":
            return "question"
    return None


def _condition(trigger: Token, chain: list[Token]) -> str | None:
    for clause in chain:
        if any(_own_mark(clause, m) for m in clause.children) or _phrase_marked(clause):
            return "condition"
        if any(_indirect_question(outer) for outer in (clause, *_embedding(clause))):
            return "condition"  # "asked what X signed", "to determine how X would withdraw"
        if any(_own_mark(outer, m) for outer in _embedding(clause) for m in outer.children):
            return "condition"  # "asked whether X had said that Y attacked …"
        if clause.dep_ == "advcl" and any(_own_mark(clause, m) for m in clause.head.children
                                          if m.i < clause.i):
            return "condition"
    return None


# Tags of the words that open an indirect question: "what", "which", "who", "how", "why".
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}


def _indirect_question(clause: Token) -> bool:
    """A complement clause that a question word of its own opens and that asks what was
    done ("knows what X agreed to", "asked which towns Y shelled") or what would be
    ("to determine how X would withdraw"): it does not assert a happening. A manner or
    reason asked of a past happening ("described how X sought …", "why X arrested …"), or
    which of some things it struck ("which towns X shelled"), takes the happening as given,
    and stays."""
    if clause.dep_ != "ccomp":
        return False
    first = next((t for t in clause.subtree if not t.is_punct and not t.is_space), None)
    if first is None or first.tag_ not in WH_TAGS or first.dep_ in {"mark", "det"} or \
            first.i > clause.i or clause not in (first.head, first.head.head):
        return False
    return first.tag_ != "WRB" or any(c.dep_ == "aux" and c.tag_ == "MD"
                                      for c in clause.children)


def _embedding(clause: Token, limit: int = 3) -> list[Token]:
    """The clauses `clause` is the content of, innermost first ("… whether X said [that Y
    attacked]"): what a condition or a question holds is not asserted either."""
    outer: list[Token] = []
    while clause.dep_ == "ccomp" and clause.head.i != clause.i and len(outer) < limit:
        clause = clause.head
        outer.append(clause)
    return outer


def _phrase_marked(clause: Token) -> bool:
    """"… in case Y attacked": a condition of two words (lexicon `condition_marks`) that the
    parser reads as a phrase ("in" + "case") right before the clause's subject."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    start = subject.left_edge.i if subject is not None else clause.i
    doc = clause.doc
    return start >= 2 and f"{doc[start - 2].lower_} {doc[start - 1].lower_}" in CONDITION_MARKS


def _own_mark(clause: Token, mark: Token) -> bool:
    """Whether a condition word introduces `clause`. The parser often hangs the "if" of an
    opening condition on the main verb: the mark then belongs to the adverbial clause that
    follows it, before the main verb."""
    if mark.dep_ != "mark" or mark.lower_ not in CONDITION_MARKS:
        return False
    if mark.head == clause:
        return not any(c.dep_ == "advcl" and mark.i < c.i < clause.i for c in clause.children)
    return clause.dep_ == "advcl" and mark.i < clause.i and not any(
        c.dep_ == "advcl" and mark.i < c.i < clause.i for c in mark.head.children if c != clause)


def _counterfactual(trigger: Token, chain: list[Token]) -> str | None:
    for clause in chain:
        aux = [c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}]
        if "have" in aux and set(aux) & COUNTERFACTUAL_AUX:
            return "counterfactual"
    return None


def _hearsay(trigger: Token, chain: list[Token]) -> str | None:
    if _qualified_noun(trigger, LEX.hearsay_adjectives):
        return "hearsay"  # "alleged cyberattacks": a charge named, not a happening reported
    for clause in chain:
        if any(c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS for c in clause.children):
            return "reported"
        head = clause.head
        if clause.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ in {"NOUN", "PROPN"} and \
                head.lemma_.lower() in HEARSAY_NOUNS and clause.i > head.i and \
                summing_clause(clause) is None:  # "a charge W denied" answers the claim
            return "hearsay"
        if _listed_claim(clause):
            return "hearsay"
        if clause.dep_ == "xcomp" and head.lemma_.lower() in HEARSAY_PASSIVES and \
                any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
            return "hearsay"
        if clause.dep_ == "pcomp" and head.lower_ in {"of", "for"} and \
                head.head.lemma_.lower() in ACCUSING:
            return "hearsay"  # "accused X of attacking": the accusation is the event
    return None


def _listed_claim(clause: Token) -> bool:
    """"denied the allegations, including that X met Y": a that-clause listed by "including"
    after a noun of claim or rumour (`HEARSAY_NOUNS`) is one of the claims, as one hung on
    the noun itself is."""
    head = clause.head
    if clause.dep_ != "pcomp" or head.lower_ != "including" or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    listed = next((t for t in reversed(clause.doc[clause.sent.start:head.i])
                   if not t.is_punct), None)
    return listed is not None and listed.lemma_.lower() in HEARSAY_NOUNS


def _hedged(trigger: Token, chain: list[Token]) -> str | None:
    """"X has certainly reduced Y", "X probably met Y": an adverb of the speaker's judgement
    or conjecture (lexicon `hedge_adverbs`) makes the clause an opinion or a guess, not a
    happening reported, as an adjective of possibility (`hedge_adjectives`) does an event
    noun ("a possible deal between X and Y"); "X appears / seems to V" (lexicon
    `seeming_verbs`) tells how things look to the writer, not that X did it."""
    if _qualified_noun(trigger, LEX.hedge_adjectives):
        return "hedged"  # "a possible deal", "a potential strike": one that may come, or not
    for clause in chain:
        if any(c.dep_ == "advmod" and c.lower_ in LEX.hedge_adverbs for c in clause.children):
            return "hedged"
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in LEX.seeming_verbs:
            return "hedged"  # "X appears to be handing Y over": an impression
    return None


def _qualified_noun(trigger: Token, adjectives: frozenset[str]) -> bool:
    """Whether the trigger is an event noun one of these adjectives qualifies."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in adjectives
                                          for c in trigger.children)


def _imperative(trigger: Token, chain: list[Token]) -> str | None:
    if trigger.dep_ != "ROOT" or trigger.tag_ != "VB":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in
           trigger.children):
        return None
    first = next((t for t in trigger.subtree if not t.is_punct and not t.is_space), None)
    return "imperative" if first is not None and first.i == trigger.i else None


def _modal(trigger: Token, chain: list[Token]) -> str | None:
    own = _auxiliaries_verb(trigger)
    for clause in chain:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in MODAL_AUX for c in
               clause.children):
            return "modal"
        if clause.i == own.i:
            aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
            if aux & LEX.possibility_aux:
                return "possible"  # "X could lift …": a possibility, no intent
            if aux & LEX.ability_aux and not any(c.dep_ == "neg" for c in clause.children):
                return "possible"  # "X can strike Y": an ability, no act ("cannot": a refusal)
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in MODAL_AUX:
            return "modal"  # "X needs to …": the modal as a full verb
        if clause.dep_ == "xcomp" and clause.head.lemma_ == "have" and (
                clause.head.tag_ in PRESENT or any(c.dep_ == "aux" and c.tag_ == "MD"
                                                   for c in clause.head.children)):
            return "modal"  # "X has to / will have to …" ("had to" tells what was done)
        if S.infinitive(clause) and any(S.called_on(h) is not None
                                        for h in (clause.head, clause.head.head)):
            return "modal"  # "it is up to X to …", "it is time for X to …": a call to act
        if clause.lemma_.lower() in JUDGEMENTS and clause.dep_ in {"acomp", "attr"}:
            return "modal"  # "X is likely to …"
        if clause.lemma_.lower() in LEX.reluctance and clause.dep_ in {"acomp", "attr"}:
            return "reluctant"  # "X has been reluctant to …": held back, not done
        if clause.dep_ in {"xcomp", "advcl"} and any(
                c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in JUDGEMENTS
                for c in clause.head.children):
            return "modal"  # "it would be unwise (for X) to …", "it is necessary to …"
    return None


def _auxiliaries_verb(trigger: Token) -> Token:
    """The verb whose auxiliaries are the trigger's own: its own, or, for a conjunct in the
    bare form with no subject nor auxiliary of its own, the verb of its series before it
    ("X could attack Y and seize Z": "could" is said of both; "could hardly sleep and
    expressed hope": a past tense is no modal's)."""
    verb = trigger
    while verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i != verb.i and \
            verb.head.pos_ in {"VERB", "AUX"} and \
            not any(c.dep_ in S.SUBJECTS | {"aux", "auxpass"} for c in verb.children):
        verb = verb.head
    return verb


def _imagined(trigger: Token, chain: list[Token]) -> str | None:
    """"Thought that X would …", a wish, and an infinitive a question word opens ("knew where
    to strike", "discussed how to respond", "decided whether to attack"): a possible act,
    not one done."""
    for clause in chain:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in LEX.imagining:
            return "imagined"
        if _wished(clause):
            return "imagined"
        if S.infinitive(clause) and any(
                c.i < clause.i and (c.tag_ in WH_TAGS or c.lower_ == "whether")
                for c in clause.children):
            return "imagined"
    return None


def _mandated(trigger: Token, chain: list[Token]) -> str | None:
    """"suggested that X withdraw": a that-clause whose verb is in the subjunctive (the bare
    form with its own subject and no auxiliary, or, after a verb of asking or proposing, a
    plural present) says what is wanted done, not what happened; so does its negative, "not"
    with no "do" ("demanded that X not concede"). A bare verb after a verb of causing or
    seeing ("helped X fight", "saw X leave") is no subjunctive."""
    for clause in chain:
        if not _bare_clause(clause):
            continue
        asking = clause.head.lemma_.lower() in LEX.mandating
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        if (clause.tag_ == "VB" and (asking or that)) or (clause.tag_ == "VBP" and asking):
            return "mandated"  # "made X pay", "saw X leave": no that-clause, no wish
    return None


def _bare_clause(clause: Token) -> bool:
    """A verb's complement clause with a subject of its own and no auxiliary."""
    return clause.dep_ == "ccomp" and clause.head.pos_ in {"VERB", "AUX"} and \
        any(c.dep_ == "nsubj" for c in clause.children) and \
        not any(c.dep_ in {"aux", "auxpass"} for c in clause.children)


def asked_subjunctive(clause: Token) -> bool:
    """"X insisted that Y withdraw": the bare form in a that-clause of a verb of asking
    (lexicon `mandating`) is a subjunctive, what is wanted of its subject (as `_mandated`)."""
    return _bare_clause(clause) and clause.tag_ == "VB" and \
        clause.head.lemma_.lower() in LEX.mandating


def _wished(clause: Token) -> bool:
    """"pressed for X to withdraw", "it is time for X to go": an infinitive clause that
    "for" opens with a subject of its own says what someone wants done, not what is done."""
    return clause.tag_ == "VB" and S.infinitive(clause) and \
        any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and \
        any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)


def _infinitive_conjunct(trigger: Token, chain: list[Token]) -> str | None:
    """"pressed for a front to resist and boycott X" parsed with "boycott" joined to "pressed":
    a bare verb with no subject or auxiliary of its own cannot be a clause coordinated with
    a past or third-person verb; it is a later conjunct of an infinitive ("to" stands
    between them) whose own clause the parse lost, so it is not read as done."""
    for clause in chain:
        if clause.dep_ == "conj" and clause.tag_ == "VB" and \
                clause.head.tag_ in {"VBD", "VBZ"} and \
                not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}
                        for c in clause.children) and \
                any(t.lower_ == "to" for t in clause.doc[clause.head.i + 1:clause.i]):
            return "infinitive"
    return None


def _purpose(trigger: Token, chain: list[Token]) -> str | None:
    """"The aim is to V", "the plan is making X V": what a copula says an aim or plan
    (lexicon `purpose_nouns`) is, is sought, not done."""
    for clause in chain:
        be = clause.lemma_ == "be" or any(c.dep_ in {"aux", "cop"} and c.lemma_ == "be"
                                          for c in clause.children)
        if be and any(c.dep_ == "nsubj" and c.lemma_.lower() in LEX.purpose_nouns
                      for c in clause.children):
            return "purpose"
    return None


def _consequence(trigger: Token, chain: list[Token]) -> str | None:
    """"The deal would let X visit Y", "will help X hold the pass": the complement of a
    causing verb (lexicon `causing`) happens only if the causing does, and that is still to come or
    supposed. "Tried / in an effort to force X to V": a compelling (lexicon `compelling`)
    that is itself only sought brings nothing about yet. One with no object ("ready to help
    mediate") has its own subject take part in the act, which is then what is intended."""
    for clause in chain:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in CAUSING and \
                mood(clause.head) != "asserted":
            return "consequence"
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in LEX.compelling and \
                clause.head.dep_ in {"xcomp", "acl"} and S.direct_object(clause.head) is not None:
            return "consequence"
    return None


def _attempted(trigger: Token, chain: list[Token]) -> str | None:
    """"X tried / attempted / moved / worked to V" (lexicon `trying`): the open complement
    of a verb of setting about an act is attempted, not done; CAMEO codes the act when it
    happens, not the attempt. "did not try to V" is the act negated (`syntax.negated`)."""
    head = _complement_of(chain, LEX.trying)
    return "attempted" if head is not None and \
        not any(c.dep_ == "neg" for c in head.children) else None


def _directed(trigger: Token, chain: list[Token]) -> str | None:
    """"X directed / authorized / pushed Y to V" (lexicon `directing`): the open complement
    of a verb of asking, pressing or empowering is what is asked or allowed, not done; the
    asking is the event when it is one, and its complement is no act of the asker nor yet
    of the one asked."""
    return "directed" if _complement_of(chain, LEX.directing) is not None else None


def _complement_of(chain: list[Token], verbs: frozenset[str]) -> Token | None:
    """The verb of `verbs` whose open complement ("to V") the trigger's clause is, up the
    chain until an adjunct: the means an act is tried or pressed by ("tried to V by doing
    Y") is done. A bare verb joined to a bare one of `verbs` by "and" alone ("will try and
    retake X") is its complement too: English writes "try to V" so (pseudo-coordination)."""
    for clause in chain:
        if (clause.dep_ == "xcomp" or _pseudo_coordinated(clause)) and \
                clause.head.pos_ == "VERB" and clause.head.lemma_.lower() in verbs:
            return clause.head
        if adjunct_head(clause) is not None:
            return None
    return None


def _pseudo_coordinated(clause: Token) -> bool:
    """"try and V": a base verb coordinated with the base verb just before "and"."""
    doc, head = clause.doc, clause.head
    return clause.dep_ == "conj" and clause.tag_ == "VB" and head.tag_ == "VB" and \
        clause.i == head.i + 2 and doc[head.i + 1].lower_ == "and"


# Tags of a verb in the present tense.
PRESENT = S.PRESENT


def _present(verb: Token) -> bool:
    """A present ("arrives") or present perfect ("have faced") verb."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in PRESENT:
        return not aux
    return verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.tag_ in PRESENT for c in aux)


def _pending(trigger: Token, chain: list[Token]) -> str | None:
    """A time clause in the present ("… once X lands on Monday", "until X signs") tells a
    time to come or a habit, not a happening; so does a present or present perfect clause
    with one ("whenever it has been shelled, X has struck back": what X does, whenever)."""
    for clause in chain:
        if clause.dep_ == "advcl" and _present(clause) and _time_clause(clause):
            return "pending"
    if _present(trigger) and any(c.dep_ == "advcl" and _present(c) and _time_clause(c)
                                 for c in trigger.children):
        return "habitual"
    return None


def _time_clause(clause: Token) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in LEX.pending_marks
               for c in clause.children)


def _unwilled(verb: Token) -> bool:
    """"The raid failed to free the hostages", "the effort failed to win …": a refusal
    needs a will; a subject naming an act or an abstraction (object classes `happening`,
    `abstract`), no actor, fails, it refuses nothing: the act is negated, no rejection."""
    subject = S.subject_of(verb)
    words = packaged_object_classes()
    return subject is not None and subject.pos_ == "NOUN" and \
        subject.lemma_.lower() in words["happening"] | words["abstract"]


def _taker(subject: Token | None) -> bool:
    """Whether a subject can take a stance: a named state, body or person, or a personal
    pronoun ("the revelations do not support the claim" is evidence, no stance)."""
    return subject is not None and (
        subject.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or
        subject.lower_ in {"i", "we", "he", "she", "they"})


def refusal(trigger: Token, code: str = "") -> bool:
    """An explicit refusal: "refused / declined / rejected to …" + the action (not an
    attempt to win someone over: "failed to convince" is the convincing, negated), "failed
    to …" + an agreement left unreached (`code`, the action's code, in
    `failed_refusal_codes`; "failed to free X" is the release negated), or a negated action
    announced for the future or declared impossible ("will not accept", "won't allow",
    "cannot accept"), or a stance withheld ("does not accept", "did not recognize":
    lexicon `stance_verbs`)."""
    head = trigger.head
    verb = head.lemma_.lower()
    if trigger.dep_ == "xcomp" and (verb in REFUSING or (
            verb in FAILING and code.startswith(tuple(FAILED_REFUSAL_CODES)))) and \
            trigger.lemma_.lower() not in ATTEMPTS and not _unwilled(head) and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True
    aux = {c.lower_ for c in trigger.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in trigger.children)
    # "X does not accept Y's plan", "did not recognize the vote": a stance withheld
    # (lexicon `stance_verbs`) is one refused
    # ("did not accept it until Monday" tells when it was accepted)
    withheld = trigger.lemma_.lower() in LEX.stance_verbs and \
        bool(aux & {"do", "does", "did"}) and _taker(S.subject_of(trigger)) and \
        not any(c.lower_ in {"until", "till"} for c in trigger.subtree)
    return negated and (bool(aux & REFUSING_AUX) or withheld)
