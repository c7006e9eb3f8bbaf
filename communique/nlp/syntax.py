"""Dependency-parse helpers for the event coder: who is the subject, the object, the agent of
a passive, the conjuncts of a phrase; is a clause negated, reported, future or hypothetical."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from communique.nlp.lexicon import LEX

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "obj", "dative", "attr", "oprd"}
# Clauses below these are other events, not part of the phrase naming an actor.
CLAUSES = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "appos", "punct"}
SPEECH = LEX.speech
FUTURE_AUX = LEX.future_aux
HYPOTHETICAL_AUX = LEX.hypothetical_aux
INTENT = LEX.intent
DENIAL = LEX.denial


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (`Doc.text` joins every token on each call)."""
    text = doc.user_data.get("communique_text")
    if text is None:
        text = doc.user_data["communique_text"] = doc.text
    return text


def own_subject(clause: Token) -> Token | None:
    """The subject a clause carries itself, none inherited ("that X withdraw": X)."""
    return next((c for c in clause.children if c.dep_ in SUBJECTS), None)


def _hyphen_tail(token: Token, subjects: list[Token]) -> bool:
    """Whether the token ends a hyphenated word whose first part is another of the subjects:
    the hyphen glued to both."""
    i = token.i
    return i > 1 and token.doc[i - 1].tag_ == "HYPH" and token.doc[i - 2] in subjects and \
        not token.doc[i - 1].whitespace_ and not token.doc[i - 2].whitespace_


# Words that rank the subject among those who did an act ("the first leader to visit X").
RANKS = {"first", "last", "only", "second", "third", "latest"}


def ranked_first(verb: Token) -> Token | None:
    """"X became the first leader to visit Y", "X was the only state to vote against Z": an
    infinitive said of a copula's predicate ranked among those who did the act (`RANKS`)
    tells that the copula's subject did it; that subject, else None."""
    if not infinitive(verb):
        return None
    if verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "attr":
        noun: Token | None = verb.head
        copula = verb.head.head
    elif verb.dep_ == "advcl":
        copula = verb.head
        noun = next((c for c in copula.children if c.dep_ == "attr"), None)
    else:
        return None
    if noun is None or copula.lemma_ not in {"be", "become"} or \
            not any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children):
        return None
    return own_subject(copula)


def predicates(verb: Token) -> list[Token]:
    """What a linking verb says its subject is (lexicon `linking_verbs`: the noun or
    adjective after "is", "remains", "became"), or what a classing verb classes it as
    (`classing_verbs`: the object of "constitutes", "represents", the "to" phrase of
    "amounts to")."""
    lemma = verb.lemma_.lower()
    if lemma in LEX.linking_verbs:
        return [c for c in verb.children if c.dep_ in {"attr", "acomp"}]
    if lemma in LEX.classing_verbs:
        return [c for c in verb.children if c.dep_ == "dobj"]
    if f"{lemma} to" in LEX.classing_verbs:
        return prep_objects(verb, ("to",))
    return []


# Determiners that point back to something told before.
POINTING = {"that", "this", "these", "those", "the", "both"}


def points_back(noun: Token | None) -> bool:
    """"the move", "that decision": a noun with a determiner that points back to something
    told before and no owner or phrase of its own to say which."""
    return noun is not None and \
        any(c.dep_ == "det" and c.lower_ in POINTING for c in noun.children) and \
        not any(c.dep_ in {"poss", "compound", "prep", "acl", "relcl"} for c in noun.children)


def named_by_who(clause: Token) -> Token | None:
    """"X, who accused Y …", "the Chilean envoy, who accused Y …": the name or the noun a
    relative "who" set off by a comma stands for, the subject of its clause; None for any
    other clause (a restrictive one, "people who …", picks out some of a kind)."""
    who = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if clause.dep_ != "relcl" or who is None or who.lower_ != "who" or who.i == 0 or \
            clause.doc[who.i - 1].text != "," or clause.head.pos_ not in {"PROPN", "NOUN"}:
        return None
    return clause.head


def member_of(noun: Token) -> Token | None:
    """"X was among the nations that …", "X is one of the states that …": the subject a
    copula puts among the people a relative clause tells of, one of those who did it."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in {"among", "of"}:
        return None
    holder = prep.head
    if prep.lower_ == "of":
        if holder.lower_ != "one" or holder.dep_ != "attr":
            return None
        holder = holder.head
    if holder.lemma_ != "be":
        return None
    return next((c for c in holder.children if c.dep_ == "nsubj"), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through conjoined verbs and open complements
    ("X vowed to attack Y": X attacks; "X met Y and signed Z": X signs). Of two subjects the
    parser attaches, the one nearer the verb is the clause's (the other is a dateline or a
    fronted phrase: "CITY -- X has met Y"). A word glued to a subject by a hyphen is the
    rest of its name ("Moon Jae-in"), not a second subject. A finite active verb joined
    to a passive one shares its subject ("X was shocked by Y and sent Z condolences": X
    sends), which the passive's undergoing does not change."""
    seen = 0
    shared = False  # climbed from a finite active conjunct: the head's subject is its own
    while seen < 4:
        # a stance's subject ("X is opposed to Y") holds it, whatever the parser calls it
        stance = stance_participle(verb)
        deps = {"nsubj", "csubj", "nsubjpass"} if stance or shared else {"nsubj", "csubj"}
        subjects = [c for c in verb.children if c.dep_ in deps] or [
            g for c in verb.children if c.dep_ == "aux" or (c.dep_ == "auxpass" and stance)
            for g in c.children if g.dep_ in deps]  # hung on the auxiliary
        subjects = [c for c in subjects if not _hyphen_tail(c, subjects)]
        if subjects:
            subject = subjects[-1] if subjects[-1].i < verb.i else subjects[0]
            if verb.dep_ == "relcl" and subject.tag_ in {"WDT", "WP"}:
                # "X was among those who …": X; "X, who accused Y": X
                return member_of(verb.head) or named_by_who(verb) or subject
            return subject
        if (controller := object_controller(verb)) is not None:
            return controller
        if verb.dep_ in {"conj", "xcomp", "acomp"} and verb.head.i != verb.i:
            shared = verb.dep_ == "conj" and verb.tag_ in FINITE_TAGS and not passive(verb)
            verb = verb.head
            seen += 1
            continue
        if (weigher := weighed_means(verb)) is not None:
            verb = weigher  # "X is weighing ways to punish Y": X would punish
            seen += 1
            continue
        if (ranked := ranked_first(verb)) is not None:
            return ranked  # "X became the first leader to visit Y": X visits
        if verb.dep_ == "relcl":
            return verb.head
        if (antecedent := closed_relative_antecedent(verb)) is not None:
            return antecedent
        if (head := finite_on_root_noun(verb)) is not None:
            return head
        if (quoted := quoted_speaker(verb)) is not None:
            return quoted
        if (doer := answerable(verb)) is not None:
            return doer  # "X is guilty of violating Y": X violates
        if (governor := adjunct_head(verb)) is not None:
            verb = governor  # "after meeting X, Y left": the gerund's doer is Y
            seen += 1
            continue
        if said_on_medium(verb):
            verb = verb.head  # "X took to Twitter to criticize Y": X criticizes
            seen += 1
            continue
        if set_off_participle(verb):
            return verb.head  # "X, speaking in Y, said …": X speaks
        if verb.dep_ in {"advcl", "acl"} and verb.tag_ in {"VBG", "VBN"}:
            saying = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ in SPEECH
            verb = participle_governor(verb)
            # "X was unmoved by Y, saying …", "X was asked about Z, adding …": the one a
            # passive is said of speaks (a participle of result, "was deployed, allowing …",
            # "was ambushed, killing …", is not the undergoer's doing)
            if saying and (undergoer := next((c for c in verb.children
                                              if c.dep_ == "nsubjpass"), None)) is not None:
                return undergoer
            if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"dobj", "pobj", "attr"}:
                verb = verb.head  # "issued a declaration demanding …": the issuer demands
                if verb.dep_ == "prep":
                    verb = verb.head
            seen += 1
            continue
        return None
    return None


def set_off_participle(verb: Token) -> bool:
    """"X, speaking in Y, said …", "X, visiting Z, met …": an active participle set off by a
    comma after a clause's subject (the parser hangs it on that noun) tells more of what the
    subject does; the noun is its doer."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "nsubj" and \
        head.pos_ in {"NOUN", "PROPN"} and head.i < verb.i and verb.nbor(-1).text == ","


FINITE_TAGS = {"VBD", "VBZ", "VBP"}
PRESENT = {"VBZ", "VBP"}  # the simple present's tags


def closed_relative_antecedent(verb: Token) -> Token | None:
    """"X, which opposed the plan, criticized Y": the parser may hang the main verb after a
    relative clause set off by commas on the clause's last noun, as a clause modifying it;
    a finite verb (past or present tense, not a participle) modifies no noun, so it is the
    sentence's own verb, and its subject the noun the relative clause belongs to, when that
    noun heads the sentence."""
    if verb.dep_ != "acl" or verb.tag_ not in FINITE_TAGS or verb.i == 0 or \
            verb.doc[verb.i - 1].text != ",":
        return None
    relative = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if relative is None or relative.head.dep_ != "ROOT" or \
            relative.head.pos_ not in {"NOUN", "PROPN"} or relative.head.i > relative.i:
        return None
    return relative.head


def finite_on_root_noun(verb: Token) -> Token | None:
    """"The foreign minister called on X to …": the parser may take the sentence's own verb
    for a clause describing the noun before it, which it then makes the root; a verb in the
    past tense (not a participle) right after the root noun's phrase describes no noun, so it
    is the sentence's verb and that noun its subject; so is one right after a name and its
    apposition ("X, president of Y, called on Z to …, his office said"), where the parser
    makes the name the subject of the reporting verb."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if head.dep_ == "ROOT" and verb.i == head.i + 1:
        return head
    between = head.doc[head.i + 1:verb.i]
    if head.dep_ != "nsubj" or head.pos_ != "PROPN" or not between or \
            between[-1].text != "," or not all(
                t.dep_ == "punct" or any(a.dep_ == "appos" and a.head == head
                                         for a in (t, *t.ancestors)) for t in between):
        return None
    return head


def object_controller(verb: Token) -> Token | None:
    """"X led / forced Y to V": the object of a verb of compelling (lexicon `compelling`)
    that an open complement hangs on does the complement's act (object control)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in LEX.compelling:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def weighed_means(verb: Token) -> Token | None:
    """The verb of weighing whose object a "to" infinitive is a means of ("X is weighing
    options to punish Y", "considering ways to retaliate against Y": lexicon `option_nouns`,
    `weighing_verbs`): its subject would do the infinitive, which is still to come; None for
    any other verb."""
    noun = verb.head
    if verb.dep_ not in {"relcl", "acl"} or verb.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
            noun.lemma_.lower() not in LEX.option_nouns or noun.dep_ != "dobj":
        return None
    return noun.head if noun.head.lemma_.lower() in LEX.weighing_verbs else None


# Clauses that describe a noun: the parser may hang a participle adjunct on one.
NOUN_CLAUSES = {"acl", "relcl"}
# Where a noun stands in its clause when that clause's subject does an adjunct's act.
NOUN_IN_CLAUSE = {"dobj", "pobj"}


def participle_governor(participle: Token) -> Token:
    """The clause a participle adjunct is said of: its head, or, for one set off by a comma
    that the parser hangs on a clause describing a noun of the head clause's object or of a
    prepositional phrase ("X rejected the claim that Y is Z, describing W as …", "X praised
    the court, which ruled on Y, calling …"), the clause that noun stands in: the adjunct
    tells more of what its sentence's subject did, not of the described noun's clause."""
    head = participle.head
    if participle.dep_ != "advcl" or participle.i == 0 or participle.nbor(-1).text != ",":
        return head
    while head.dep_ in NOUN_CLAUSES and head.head.dep_ in NOUN_IN_CLAUSE:
        above = head.head
        while above.pos_ not in {"VERB", "AUX"} and above.head.i != above.i:
            above = above.head
        if above.pos_ not in {"VERB", "AUX"}:
            return head
        head = above
    return head


def perfect(verb: Token) -> bool:
    """"has met", "had attacked", "should have told": a perfect auxiliary on the verb."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                      for c in verb.children)


def finite_tag(verb: Token) -> str:
    """The tag of the word that carries the clause's tense: its first auxiliary ("had" in
    "had been attacked", "will" in "will attack"), else the verb itself."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i),
               verb)
    return aux.tag_


def quoted_speaker(verb: Token) -> Token | None:
    """"quoted X as saying …", "X was quoted as saying …": the "as" phrase of a verb of
    quoting (lexicon `quoting_verbs`) predicates the one quoted, its object, or its subject
    when passive, who is the gerund's doer; None for any other verb."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep" or \
            verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in LEX.quoting_verbs:
        return None
    governor = verb.head.head
    deps = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in governor.children) else {"dobj"}
    return next((c for c in governor.children if c.dep_ in deps), None)


def adjunct_head(verb: Token) -> Token | None:
    """The verb a gerund in a phrase of time or means hangs from ("after meeting X", "by
    attacking Y"), or in the "to" phrase of a verb of owning up ("admitted to meeting X",
    lexicon `owning_up`; the parser may hang the phrase on the noun of a phrase between
    them: "admitted during the hearing to meeting X"): its subject does the gerund, which is
    as asserted as it; None for any other verb."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
        return None
    governor = verb.head.head
    if verb.head.lower_ == "to" and governor.dep_ == "pobj" and \
            governor.head.head.lemma_.lower() in LEX.owning_up:
        governor = governor.head.head  # "admitted during the hearing to meeting X"
    owned_up = verb.head.lower_ == "to" and governor.lemma_.lower() in LEX.owning_up
    if verb.head.lower_ not in LEX.adjunct_preps and not owned_up:
        return None
    return governor if governor.pos_ in {"VERB", "AUX"} else None


def owned_up(verb: Token) -> bool:
    """"admitted meeting X", "confessed to having met X", "admitted that he met X": an act a
    verb of owning up (lexicon `owning_up`) makes known, news when it is owned up to."""
    governor = adjunct_head(verb)
    if governor is None and verb.dep_ in {"dobj", "xcomp", "ccomp"}:
        governor = verb.head
    return governor is not None and governor.lemma_.lower() in LEX.owning_up


# Clauses a past participle may head with no auxiliary of its own.
PARTICIPLE_CLAUSES = {"advcl", "xcomp", "oprd"}


def bare_participle(verb: Token) -> bool:
    """A past participle heading a clause with no auxiliary ("Questioned by reporters, she
    …", "wanted the men questioned") is passive: its subject, or the main clause's, undergoes
    it. With "having" it is active ("Having attacked the town, they …"). A clause reported by
    a verb of saying is finite: a participle there is a past tense the tagger misread."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    return verb.dep_ in PARTICIPLE_CLAUSES or (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() not in SPEECH)


def complement_clause(verb: Token) -> Token | None:
    """The verb's clausal complement ("said that …", "considers the deal a disaster"); of
    two, the one after the verb (the parser may hang a clause joined before it on the verb:
    "Y cheered, X warned that …")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return next((c for c in clauses if c.i > verb.i), None) if len(clauses) > 1 else \
        next(iter(clauses), None)


ASIDE_DEPS = {"nsubj", "punct", "aux", "neg", "advmod", "npadvmod"}


def aside_clause(verb: Token) -> Token | None:
    """The clause a reporting verb is set inside as an aside ("Oslo, the envoy warned, could
    walk away": the verb hangs from that clause as parataxis and has nothing of its own but a
    subject); the verb reports it as it would a complement clause."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.pos_ not in {"VERB", "AUX"} or \
            any(c.dep_ not in ASIDE_DEPS for c in verb.children) or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return head


def stating_clause(verb: Token) -> bool:
    """Whether the verb's complement clause states something rather than asks for it: a
    finite clause in the indicative ("suggested that the talks had failed", "… that he might
    resign"), not a mandative one ("suggested that the minister resign / be removed / should
    resign") nor a question ("asked whether …"). An appeal asks for what is to be done."""
    clause = complement_clause(verb)
    if clause is None or clause.pos_ not in {"VERB", "AUX"}:
        return False
    children = list(clause.children)
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in children):
        return False
    auxes = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    modal = any(a.tag_ == "MD" for a in auxes)
    if any(a.lower_ in LEX.obligations or (a.tag_ == "VB" and not modal) for a in auxes):
        return False  # "should resign", "be removed" (not "would be removed": a modal's)
    return bool(auxes) or clause.tag_ in {"VBD", "VBZ", "VBP"}


def question_clause(verb: Token) -> bool:
    """Whether the verb's complement clause is a question ("asked X whether he would stay",
    "asked what the plan was", '"Why now?" she asked'): opened by "whether" or "if", or by a
    wh-word (after any opening quote), or quoted with a question mark."""
    clause = complement_clause(verb)
    if clause is None:
        return False
    first = clause.left_edge
    while first.is_punct and first.i < clause.i:
        first = first.nbor()
    return first.lower_ in {"whether", "if"} or first.tag_ in {"WDT", "WP", "WP$", "WRB"} or \
        any(t.text == "?" for t in clause.subtree)


def finding_clause(verb: Token) -> bool:
    """Whether the verb's complement clause reports a finding or an opinion, not a commitment:
    a stating clause (`stating_clause`) with no future or modal auxiliary ("agreed that the
    plan had failed", "determined that the rebels fired first"), not "promised that it would
    withdraw"."""
    clause = complement_clause(verb)
    if clause is None or not stating_clause(verb):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPOTHETICAL_AUX
                   for c in clause.children)


def possibility_clause(verb: Token) -> bool:
    """Whether the verb's complement clause says what may happen ("warned that X might
    strike", "… could come from Y"): a possibility foreseen, not an act promised."""
    clause = complement_clause(verb)
    return clause is not None and any(c.dep_ == "aux" and c.lower_ in LEX.possibility_aux
                                      for c in clause.children)


def passive(verb: Token) -> bool:
    """"was attacked", "Y was misled": the verb has a passive subject or auxiliary."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def stance_participle(verb: Token) -> bool:
    """"X is opposed to Y": a participle of a stance (lexicon `stance_participles`) after
    "be", with a "to" phrase and no agent, says what its subject holds, as "X opposes Y"
    does; no passive. (A participle after a noun describes: "people opposed to Y".)"""
    return verb.lower_ in LEX.stance_participles and verb.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def stance_tense(trigger: Token) -> Token | None:
    """The verb form that gives a stance its tense ("is" of "X is opposed to Y"), whether the
    parser reads the participle as a passive (`stance_participle`) or as the predicate of
    "be"; None for any other word."""
    if stance_participle(trigger):
        return next(c for c in trigger.children if c.dep_ == "auxpass")
    if trigger.dep_ == "acomp" and trigger.lower_ in LEX.stance_participles:
        return trigger.head
    return None


def passive_parts(verb: Token) -> tuple[Token | None, Token | None]:
    """(agent, patient) of a passive verb: "Iraq was attacked by Turkey" → (Turkey, Iraq);
    the subject of a bare participle is its patient ("wanted the men questioned"), and the
    subject of the verb a passive conjunct is coordinated with is its ("Iraq fled and was
    attacked by Turkey")."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass" or (
        c.dep_ == "nsubj" and bare_participle(verb))), None)
    agent = None
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
    if patient is None and verb.dep_ == "acl":  # "Iraqi villages hit by Turkish jets"
        patient = verb.head
    if patient is None and verb.dep_ == "advcl" and verb.tag_ == "VBN":
        patient = set_off_noun(verb)
    first = first_conjunct(verb)
    if patient is None and first is not verb and first.pos_ in {"VERB", "AUX"} and \
            not any(c.dep_ in {"nsubj", "expl"} for c in verb.children):
        # "X fled and was attacked by Y": a passive conjunct with no subject of its own
        # shares the first verb's
        patient = next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if agent is None and patient is not None:
        agent = stranded_agent(verb) or campaign_agent(verb)
    return agent, patient


def infinitive(verb: Token) -> bool:
    """A verb with "to" before it ("to meet", "to be detained")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def set_off_noun(participle: Token) -> Token | None:
    """"In its yearly survey, issued by X, …": a participle set off by a comma right after a
    noun, which the parser hangs on the main verb, is said of that noun, its patient."""
    if participle.i < 2 or participle.nbor(-1).text != ",":
        return None
    noun = participle.nbor(-2)
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.head.i < participle.i else None


def campaign_agent(verb: Token) -> Token | None:
    """"X was arrested as part of Y's crackdown", "X is investigated as part of a probe by
    Y": a passive with no agent of its own, done as part (lexicon `share_nouns`) of a
    campaign, is done by the campaign's doer, the possessor or the "by" phrase of the noun
    of its "of" phrase; None where that noun names none ("as part of a wider probe")."""
    for share in prep_objects(verb, ("as",)):
        if share.lemma_.lower() not in LEX.share_nouns:
            continue
        for noun in prep_objects(share, ("of",)):
            doer = next((c for c in noun.children if c.dep_ == "poss"), None)
            if doer is not None or (doer := next(iter(prep_objects(noun, ("by",))), None)):
                return doer
    return None


def stranded_agent(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb that the parser hung on the noun of the verb's own
    phrase before it ("X was threatened with sanctions by Y", "X was accused of fraud by Y"):
    the agent comes last in the clause, and the noun has no "by" phrase of its own to give.
    So does an active gerund's or its object's ("X was accused of taking bribes by Y"): an
    active verb has no agent of its own, and a "by" phrase of a gerund ("by bribing Z") is a
    means, no agent."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        heads = [g for g in prep.children if g.dep_ == "pobj"]
        for gerund in (g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG" and
                       not any(c.dep_ in {"auxpass", "nsubjpass"} for c in g.children)):
            heads += [gerund] + [c for c in gerund.children if c.dep_ == "dobj"]
        for noun in heads:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
            if agent is not None:
                return agent
    return None


def direct_object(verb: Token) -> Token | None:
    """The verb's object; of a relative clause summing up a claim, the noun its relative word
    stands for ("a charge which X denied": the charge)."""
    summing = summing_clause(verb) is not None
    return next((verb.head if summing and c.lower_ in RELATIVE_WORDS else c
                 for c in verb.children if c.dep_ in OBJECTS and c.dep_ != "dative"), None) \
        or next((c for c in verb.children if c.dep_ == "dative"), None) \
        or shifted_object(verb) or summed_claim(verb) or (verb.head if summing else None) \
        or next((own_subject(c) for c in verb.children if participle_of_object(c)), None) \
        or free_relative_object(verb)


RELATIVE_WORDS = {"which", "that", "what"}


def free_relative_object(verb: Token) -> Token | None:
    """"fired what seems to be a missile", "launched what is believed to be a rocket",
    "condemned what it called an attack", "held what it said was a drill": a "what" clause
    standing as the object names it through its predicate (the "be" complement's noun, or
    the name a verb of naming gives: its object predicate or "as" phrase); None for any
    other clause."""
    return next((named for _, named in free_relatives(verb)), None)


def free_relatives(verb: Token) -> list[tuple[Token, Token]]:
    """The verb's "what" clauses standing as its object, each with the noun that names the
    object (`free_relative_object`)."""
    found = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        what = next((c for c in clause.children if c.lower_ == "what" and
                     c.dep_ in {"nsubj", "nsubjpass", "dobj"}), None)
        if what is None and clause.lemma_ in SPEECH:
            # "held what it said was a drill": the parser hangs the clause of "be" whose
            # subject "what" is on the verb of saying set inside it
            being = next((c for c in clause.children if c.dep_ == "ccomp" and
                          c.lemma_ == "be"), None)
            if being is None:
                continue
            what = next((c for c in being.children if c.lower_ == "what" and
                         c.dep_ == "nsubj"), None)
            named = [a for a in being.children if a.dep_ == "attr"]
            if what is not None and what.i < clause.i and named and \
                    named[0].pos_ in {"NOUN", "PROPN"}:
                found.append((clause, named[0]))
            continue
        if what is None or what.i > clause.i:
            continue
        if what.dep_ == "dobj":
            named = [c for c in clause.children if c.dep_ == "oprd"] + \
                prep_objects(clause, ("as",))
        else:
            named = [a for x in clause.children if x.dep_ == "xcomp" and x.lemma_ == "be"
                     for a in x.children if a.dep_ == "attr"]
        if named and named[0].pos_ in {"NOUN", "PROPN"}:
            found.append((clause, named[0]))
    return found


def summing_clause(clause: Token) -> Token | None:
    """"X accused Y of Z, a charge which W denied / a claim W rejected / a charge rejected by
    W": a relative clause of a noun summing up a claim (lexicon `hearsay_nouns`) set after
    the clause it sums up, behind a comma. The noun is what the relative clause's verb acts
    on (the verb has no object of its own but a relative word), not the content of a claim
    ("reports that W denied entry": the clause is the report's content); returns the verb of
    the sentence the noun is appended to (its subject, a speaker or an accuser, is the
    claimant), or None."""
    noun = clause.head
    if clause.dep_ not in {"relcl", "acl"} or clause.pos_ != "VERB" or noun.pos_ != "NOUN" or \
            noun.lemma_.lower() not in LEX.hearsay_nouns or noun.left_edge.i == 0 or \
            noun.doc[noun.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in OBJECTS and c.lower_ not in RELATIVE_WORDS for c in clause.children) or \
            any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS for c in clause.children):
        return None
    summed = noun.head
    while summed.head.i != summed.i:
        summed = summed.head
    return summed if summed.pos_ == "VERB" and summed.i < noun.i else None


def participle_of_object(clause: Token) -> bool:
    """"expelled refugees fleeing the fighting", "declared a truce to let aid in": a bare
    participle, or an infinitive after an indefinite common noun, said of the noun right
    after a verb with no object, which the parser takes for a complement clause with the noun
    as its subject; the noun is the verb's object, the clause a reduced relative clause or
    one of purpose."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.pos_ != "VERB":
        return False
    subject = own_subject(clause)
    if subject is None or \
            subject.dep_ != "nsubj" or subject.left_edge.i != verb.i + 1 or \
            any(c.dep_ in OBJECTS for c in verb.children):
        return False
    marks = [c for c in clause.children if c.dep_ in {"aux", "auxpass", "mark"}]
    if clause.tag_ == "VBG" and not marks:
        return subject.pos_ in {"NOUN", "PROPN"}
    return clause.tag_ == "VB" and [m.lower_ for m in marks] == ["to"] and \
        subject.pos_ == "NOUN" and not subject.ent_type_ and \
        any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)


def shifted_object(verb: Token) -> Token | None:
    """A long object placed after a short phrase of the verb ("freed at dawn three
    captured soldiers"), which the parser takes for a second object of the phrase's
    preposition: a preposition has one object, so the later one is the verb's."""
    if verb.pos_ != "VERB":
        return None
    for prep in verb.children:
        objects = [g for g in prep.children if g.dep_ == "pobj"] if prep.dep_ == "prep" else []
        if len(objects) > 1 and objects[-1].i > prep.i:
            return objects[-1]
    return None


def mutual(verb: Token, root: str) -> bool:
    """Whether a plural subject does the verb, coded `root`, to each other or together: "X and
    Y accused each other" (`each_other`), "X and Y clashed" (a reciprocal verb with no
    object, nor a "with" or "against" party: "clashed with the rebels"), "X and Y exchanged
    fire" (a verb of exchange, whatever it trades), "X and Y held joint exercises",
    "patrolled jointly" (a word of doing together on the verb or its object, when the act is
    cooperation, lexicon `joint_roots`: "jointly condemned", "a joint appeal" are one voice
    aimed at someone else, not at each other)."""
    lemma = verb.lemma_.lower()
    obj = direct_object(verb)
    words = [*verb.children, *(obj.children if obj is not None else [])]
    return lemma in LEX.exchange_verbs or each_other(verb) or (
        root in LEX.joint_roots and any(w.lower_ in LEX.joint_words for w in words)) or (
        lemma in LEX.reciprocal_verbs and obj is None and
        not prep_objects(verb, ("with", "against")))


def each_other(verb: Token) -> bool:
    """Whether the verb's object, direct or of a preposition, is a reciprocal pronoun ("X and Y
    accused each other", "… blamed one another", "… fired at each other"): each side does the
    act to the other, two acts."""
    objects = [direct_object(verb), *(c for p in verb.children if p.dep_ == "prep"
                                      for c in p.children if c.dep_ == "pobj")]
    return any(o is not None and any((o.lower_, c.lower_) in RECIPROCAL_PRONOUNS
                                     for c in o.children) for o in objects)


# A reciprocal pronoun as the parser splits it: (head, dependent).
RECIPROCAL_PRONOUNS = {("other", "each"), ("another", "one"), ("one", "another")}


def open_complements(verb: Token) -> list[Token]:
    """The open complements of a verb: "urged X to withdraw", the clause after "for", which
    the parser makes an adverbial one ("called for X to resign"), a "to" infinitive the
    parser gives its own subject as a clausal complement ("allowed X to enter"), and one a
    phrase of time pushes away from a passive verb, or a phrase of the medium from any,
    which the parser then takes for a purpose ("was urged by X on Friday to open …",
    "threatened on Twitter to invade X")."""
    return [c for c in verb.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in c.children)) or (
        c.dep_ in {"ccomp", "advcl"} and c.tag_ == "VB" and any(
            m.dep_ == "aux" and m.lower_ == "to" for m in c.children) and (
            c.dep_ == "ccomp" or _after_a_time(verb, c)))]


def medium_phrase(prep: Token) -> bool:
    """"on Twitter", "on state television": the medium words are said on (lexicon
    `media_nouns`), where they were said, not whom they are aimed at."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(
        o.dep_ == "pobj" and o.lower_ in LEX.media_nouns for o in prep.children)


# Prepositions of a phrase telling what a verb was done in ("told X in a phone call").
OCCASION_PREPS = {"in", "during", "over"}


def done_in(noun: Token) -> Token | None:
    """The verb a noun says was done in it ("told X in a phone call", "raised it during the
    talks": told, raised), or None when the noun is in no such phrase of a verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in OCCASION_PREPS or prep.dep_ != "prep" or \
            prep.head.pos_ != "VERB":
        return None
    return prep.head


def held_in(noun: Token, call: bool) -> Token | None:
    """"X told Y in a phone call", "in a meeting with Y, X praised Z", "during a visit to Y,
    X said …": a call (`call`, CAMEO 041) or a noun of meeting or going somewhere (lexicon
    `doer_of_nouns`) that a verb was done in (`done_in`) is held by the one who does the
    verb, at the time of the verb, and not a background to it; the verb, or None."""
    if not call and noun.lemma_.lower() not in LEX.doer_of_nouns:
        return None
    return done_in(noun)


def purpose_infinitive(verb: Token) -> bool:
    """An infinitive of purpose with no subject of its own ("… went to Y to meet Z")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def said_on_medium(clause: Token) -> bool:
    """"X took to Twitter to criticize Y", "went on television to denounce Y", "X tweeted to
    deride Y", "spoke on Monday to praise Y": an infinitive of purpose of a verb whose
    phrase names a medium words are said on (lexicon `media_nouns`), or of a verb of
    speaking out (lexicon `speaking_verbs`), is what the subject said there, its own act."""
    return purpose_infinitive(clause) and (
        clause.head.lemma_.lower() in LEX.speaking_verbs or
        any(p.dep_ == "prep" and p.lower_ in {"on", "to"} and p.i < clause.i and any(
            o.dep_ == "pobj" and o.lower_ in LEX.media_nouns for o in p.children)
            for p in clause.head.children))


def _after_a_time(verb: Token, clause: Token) -> bool:
    """Whether a phrase of time of a passive `verb` ends right before `clause`'s "to" (in
    the active, "called X on Monday to congratulate him" says what the call was for), or a
    phrase of the medium the verb's words are said on, in either voice ("threatened on
    Twitter to invade X"; lexicon `media_nouns`)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    pushed = [p for p in verb.children if p.dep_ == "prep" and p.i < clause.i and (
        medium_phrase(p) or (passive and any(names_a_time(o) for o in p.children
                                             if o.dep_ == "pobj")))]
    return bool(pushed) and pushed[-1].right_edge.i + 1 == clause.left_edge.i and \
        clause.left_edge.lower_ == "to"


def complement_chain(verb: Token) -> list[Token]:
    """The verbs of a verb's open complements, their conjuncts, and in turn theirs: what is
    asked, promised or refused is the whole chain ("urged X to stop fighting", "agreed to try
    to meet Y": the fighting and the meeting are no more asserted than the stopping)."""
    found: list[Token] = []
    todo = [verb]
    while todo:
        for comp in open_complements(todo.pop()):
            for v in (comp, *comp.conjuncts):
                if v not in found:
                    found.append(v)
                    todo.append(v)
    return found


def indirect_objects(verb: Token) -> list[Token]:
    """The bare indirect object of a verb ("gave Canada a deadline"); a "to" phrase the
    parser labels dative is left to `prep_objects`."""
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


# Heads that measure or count what follows "of": "tons of aid", "a batch of weapons".
MEASURES = LEX.measures


def object_lemmas(obj: Token) -> list[str]:
    """The lemmas that say what an object is, in a fixed order (the light-verb coder takes
    the first that fits): its head, its compounds ("arms deal") in text order, then the nouns
    after a measure ("tons of aid"), without the measure's own lemma, and those in a sum's
    "in" phrase ("$5 million in aid"). A participle or an
    adjective standing as a noun after a determiner ("the wounded", "the elderly") is its
    word as written: the people it names, not the verb it comes from. A pronoun object of
    a verb coordinated after another is what that verb's object is (`shared_object`)."""
    shared = shared_object(obj)
    if shared is not None:
        return object_lemmas(shared)
    lemmas = [nominal_word(obj)]
    # a counted compound measures the head ("a one-hour notice"): it is not what the object is
    lemmas += [c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and
               not any(g.dep_ == "nummod" for g in c.children)]
    if counts(obj):
        counted = [g.lemma_.lower() for g in _counted_nouns(obj)]
        # a measure counts what follows it ("a great deal of influence"): not an event itself
        lemmas = lemmas[1:] + counted if counted else lemmas
    return list(dict.fromkeys(lemmas + money_for(obj)))  # "$5 million in aid": also aid


def counted_time(noun: Token) -> bool:
    """A counted stretch of time ("three days", "two weeks"): what follows its "of" is what
    fills it ("held five days of talks": the talks), as after a measure."""
    return names_a_time(noun) and any(c.dep_ == "nummod" for c in noun.children)


def counts(noun: Token) -> bool:
    """Whether a noun counts what its "of" phrase names: a measure ("tons of aid"), a number
    or a counted stretch of time ("ten days of drills")."""
    return noun.lemma_.lower() in MEASURES or noun.pos_ == "NUM" or counted_time(noun)


def _counted_nouns(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases."""
    return [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children if g.dep_ == "pobj"]


def counted_noun(noun: Token) -> Token:
    """What a measure or a counted stretch of time counts ("ten days of drills": drills);
    the noun itself when it counts nothing."""
    return next(iter(_counted_nouns(noun)), noun) if counts(noun) else noun


def money_for(obj: Token) -> list[str]:
    """The lemmas of what a sum of money is in ("received $5 million in aid": aid)."""
    return [g.lemma_.lower() for g in money_nouns(obj)]


def money_nouns(obj: Token) -> list[Token]:
    """What a sum of money is in ("received $5 million in aid": aid), from the sum's "in"
    phrase, which the parser may hang on the verb right after the sum."""
    if obj.ent_type_ != "MONEY":
        return []
    preps = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"]
    after = obj.right_edge.i + 1
    if after < len(obj.doc) and obj.doc[after].lower_ == "in" and \
            obj.doc[after].dep_ == "prep" and obj.doc[after].head == obj.head:
        preps.append(obj.doc[after])
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def shared_object(obj: Token) -> Token | None:
    """"built new missiles and aimed them at X", "seized the tanker and towed it to port": the
    noun a pronoun object ("it", "them") of the second of two coordinated verbs stands for,
    the first verb's direct object; None for any other object."""
    verb = obj.head
    if obj.lower_ not in {"it", "them"} or obj.dep_ != "dobj" or verb.dep_ != "conj" or \
            verb.head.pos_ != "VERB":
        return None
    first = direct_object(verb.head)
    return first if first is not None and first.pos_ in {"NOUN", "PROPN"} else None


def nominal_word(token: Token) -> str:
    """A word's lemma; the word itself where a participle or an adjective heads a noun
    phrase after a determiner ("airlifted the injured": "injured", not "injure")."""
    if token.pos_ in {"VERB", "ADJ"} and token.tag_ in {"VBN", "JJ"} and \
            any(c.dep_ == "det" for c in token.children):
        return token.lower_
    return token.lemma_.lower()


def stranded_objects(verb: Token, preps: tuple[str, ...] | set[str]) -> list[Token]:
    """"X was fired on by Y", "X was spied upon": the passive of a verb and its preposition
    leaves the preposition standing with no object of its own, since its object became the
    passive's subject; that subject is what the phrase names."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return []
    stranded = any(c.dep_ in {"prep", "prt"} and c.lower_ in preps and
                   not any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
                   for c in verb.children)
    return [subject] if stranded else []


def clause_subjects(verb: Token, preps: tuple[str, ...] | set[str]) -> list[Token]:
    """"called for X to withdraw": an infinitive clause the preposition opens, which the parser
    makes a clause of the verb with the preposition as its mark; the clause's subject (X) is
    what the phrase names."""
    return [s for c in verb.children if c.dep_ in {"advcl", "ccomp", "xcomp"} and
            any(m.dep_ == "mark" and m.lower_ in preps for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def defied(verb: Token) -> list[Token]:
    """The objects of a stance phrase on the verb ("marched in protest against X", "rallied in
    defiance of X", "struck in opposition to X": X; lexicon `defiance_nouns`): whom an act of
    protest is aimed at."""
    return [o for noun in prep_objects(verb, ("in",))
            if noun.lemma_.lower() in LEX.defiance_nouns
            for o in prep_objects(noun, ("of", "against", "to", "at", "over"))]


def called_on(clause: Token) -> Token | None:
    """Whom a clause calls on to act: "it is time for Y to act", "the time has come for Y to
    act", "the onus is on Y to act" (a noun of a call to act, lexicon `calling_nouns`, with
    the infinitive's own subject or an "on" phrase), "it is up to Y to act" (an infinitive
    whose doer an "up to" phrase names), negated or not ("it is not up to Y to act")."""
    subject = own_subject(clause)
    if subject is None:
        return None
    acts = [c for c in clause.children if c.dep_ in {"xcomp", "advcl"} and infinitive(c)]
    nouns = [w for w in (subject, *(c for c in clause.children if c.dep_ == "attr"))
             if w.lemma_.lower() in LEX.calling_nouns]
    for noun in nouns:
        for act in noun.children:
            if act.dep_ in {"relcl", "acl"} and infinitive(act) and \
                    any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children):
                return own_subject(act)  # "time for Y to act"
    if nouns and acts:
        return next(iter(prep_objects(clause, ("on",))), None)  # "the onus is on Y to act"
    if subject.lower_ == "it" and acts:
        ups = [c for c in clause.children if c.dep_ == "prep" and c.lower_ == "up"]
        return next((o for up in ups for o in prep_objects(up, ("to",))), None)
    return None


def prep_objects(token: Token, preps: tuple[str, ...] | set[str]) -> list[Token]:
    """The objects of the token's prepositional phrases headed by one of `preps`, also where
    the parser took a particle for a preposition (`particle_as_prep`: "pulled out of the
    talks": the talks are the object of "of" and of "out of")."""
    out = []
    for child in token.children:
        particle = particle_as_prep(child)
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if particle:
                out += prep_objects(child, {c.lower_ for c in child.children})
        elif particle:
            out += prep_objects(child, preps)
    return out


def particle_as_prep(token: Token) -> bool:
    """Whether the parser took a phrasal verb's particle for a preposition because another
    preposition follows it ("pulled out of the talks", "drove X out of the town": out → of):
    a preposition with no object of its own that governs a prepositional phrase; so is an
    adverbial particle (lexicon `adverb_particles`) right after its verb whose only phrase
    is a prepositional one ("pushed back against the plan": back → against), or that stands
    bare between its verb and the verb's direct object, where no adverb stands in English
    ("brushed aside the demands"); and one right after the verb's direct object whose only
    phrase is a prepositional one ("handed the villages back to X": the particle split from
    its verb by the object)."""
    if token.dep_ == "advmod":
        if token.lower_ not in LEX.adverb_particles or token.head.pos_ != "VERB":
            return False
        deps = [c.dep_ for c in token.children]
        if token.i != token.head.i + 1:
            return deps == ["prep"] and any(
                c.dep_ == "dobj" and c.right_edge.i + 1 == token.i for c in token.head.children)
        return deps == ["prep"] or (not deps and any(
            c.dep_ == "dobj" and c.i > token.i for c in token.head.children))
    return token.dep_ == "prep" and token.tag_ in {"IN", "RP"} and \
        not any(c.dep_ in {"pobj", "pcomp"} for c in token.children) and \
        any(c.dep_ == "prep" for c in token.children)


def names_a_time(noun: Token) -> bool:
    """"in March", "since May": a word of a date or time expression names when, never an
    event, though it be spelled like an event noun (the month of March is no march)."""
    return noun.ent_type_ in {"DATE", "TIME"}


def particles(verb: Token) -> set[str]:
    """A verb's particles ("kicked out X"), with those the parser took for a preposition
    (`particle_as_prep`: "kicked X out of the country")."""
    return {c.lower_ for c in verb.children if c.dep_ == "prt" or particle_as_prep(c)}


def quantifier_particle(verb: Token) -> set[str]:
    """"hands over 20 rifles to X": a preposition right after its verb that the parser takes
    for the quantifier of the number opening the verb's object ("over 20": more than 20).
    Either reading may hold, so it is a particle the verb's patterns may name ("hand over"),
    not one that makes the verb a phrasal verb of its own ("killed over 20 people" still
    kills)."""
    after = verb.i + 1
    if verb.pos_ != "VERB" or after + 1 >= len(verb.doc):
        return set()
    word, number = verb.doc[after], verb.doc[after].head
    if word.dep_ != "quantmod" or word.pos_ != "ADP" or number.pos_ != "NUM" or \
            number.i != after + 1:
        return set()
    obj = direct_object(verb)  # only now: the object is sought for the rare verb this leaves
    return {word.lower_} if obj is not None and number in (obj, *obj.children) else set()


def first_conjunct(token: Token) -> Token:
    """The first of the phrases or clauses `token` is coordinated with ("X met Y and signed Z":
    "met" for "signed"), whose phrases and role the later ones share; the token itself when
    it is no conjunct."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def conjuncts(token: Token) -> list[Token]:
    """The token and the phrases coordinated with it ("Macron and Scholz")."""
    return [token, *[c for c in token.conjuncts if c.i > token.i]]


def subtree_without(head: Token, deps: set[str]) -> list[Token]:
    """The head's subtree, not descending into children attached by `deps`, in text order."""
    out = []
    stack = [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in token.children if c.dep_ not in deps]
    return sorted(out, key=lambda t: t.i)


def described_as(head: Token) -> list[Token]:
    """A predicative "as" phrase with an indefinite noun on a word ("slammed it as a gift to
    Y", "the move as a win for Y"): what the thing is said to be (the "as" tokens)."""
    return [p for p in head.children if p.dep_ == "prep" and p.lower_ == "as" and any(
        g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in g.children)
        for g in p.children)]


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase, without its clauses and coordinated phrases."""
    return subtree_without(head, CLAUSES | {"cc"})


# Attachments that start another clause: outside an event's own clause.
OTHER_CLAUSES = {"ccomp", "relcl", "advcl", "conj", "parataxis"}


def clause_tokens(trigger: Token) -> list[Token]:
    """The tokens of the trigger's own clause, without the clauses hanging from it."""
    return subtree_without(trigger, OTHER_CLAUSES)


def negated(verb: Token) -> bool:
    """"did not attack", "never attacked", "denied attacking", "refused to withdraw", "sent no
    troops" (the direct object quantified by "no"), "did not try to attack" (an open complement
    of a negated verb, but of a verb of omission: "did not hesitate to attack" attacked), "was
    unable / was not able to attack" (of an adjective of inability or a negated one); an
    event noun quantified by "no" ("no talks took place")."""
    if verb.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ == "no"
                                              for c in verb.children):
        return True
    if any(c.dep_ == "neg" or (c.lower_ in {"never", "no"} and c.dep_ == "advmod") or
           (c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
           for c in verb.children):
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass"} and any(
            d.dep_ == "det" and d.lower_ in {"no", "neither"} for d in c.children)
            for c in verb.children):
        return True  # "no / neither side fired": nothing done
    head = verb.head
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children) or (
            verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i
                                        for c in head.children) and
            any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children)):
        return True  # "neither confirmed nor denied it": neither happened
    if verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() not in \
            LEX.omission and any(c.dep_ == "neg" for c in head.children):
        return True  # "did not try / agree / was not authorised to attack": no attack
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and (
            head.lemma_.lower() in LEX.inability or
            any(c.dep_ == "neg" for c in head.head.children)):
        return True  # "was unable / was not able to attack": no attack
    return verb.dep_ in {"xcomp", "pcomp", "ccomp"} and head.lemma_ in DENIAL and \
        not (verb.dep_ == "ccomp" and verb.i < head.i and summed_claim(head) is not None)


def summed_claim(verb: Token) -> Token | None:
    """"X accuses Y of Z, a charge W denies": a noun summing up a claim (lexicon
    `hearsay_nouns`) set after a clause, whose relative clause the parser makes the main verb,
    with the clause before it as its complement. The noun stands between that clause and the
    verb, as the verb's subject or a word of it; it is what the verb acts on, and the clause
    before it is no complement of the verb (what it says is asserted, not denied)."""
    fronted = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if verb.pos_ != "VERB" or not fronted:
        return None
    for child in verb.children:
        if fronted[0].i < child.i < verb.i and child.dep_ not in {"punct", "aux", "neg"}:
            for word in (child, *child.children):
                if fronted[0].i < word.i < verb.i and word.pos_ == "NOUN" and \
                        word.lemma_.lower() in LEX.hearsay_nouns:
                    return word
    return None


def condition_clauses(verb: Token) -> list[Token]:
    """The adverbial clauses of a verb that an "if" or "unless" opens ("will respond if X
    attacks": attacks)."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)]


def told_in_past(verb: Token) -> bool:
    """A verb in the simple past, active or passive ("criticised X", "was criticised"), with
    its "if"/"unless" clauses after it: told as done. The past does not make a condition of
    what happened ("warned X of consequences if …": the warning was made; "was criticised
    over his pledge to annex X if re-elected": the clause is the pledge's)."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    simple = verb.tag_ == "VBD" and not auxiliaries
    passive = verb.tag_ == "VBN" and len(auxiliaries) == 1 and \
        auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ == "VBD"
    return (simple or passive) and verb.lemma_.lower() not in LEX.questioning and \
        all(c.i > verb.i for c in condition_clauses(verb))


def mood(verb: Token) -> str:
    """asserted, future ("will meet", "plans to visit", "weighs ways to punish") or
    hypothetical ("would retaliate", "if … we will respond"). An event noun that is a subject
    has its verb's mood ("operations will cease")."""
    clause = verb
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"nsubj", "nsubjpass"}:
        clause = verb.head
    for _ in range(3):
        if condition_clauses(clause) and not told_in_past(clause):
            return "hypothetical"
        if any(m.lower_ in {"if", "unless"} and m.dep_ == "mark" for m in clause.children):
            return "hypothetical"
        aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
        if aux & HYPOTHETICAL_AUX:
            return "hypothetical"
        if aux & FUTURE_AUX or (clause.dep_ == "xcomp" and clause.head.lemma_ in INTENT) or \
                weighed_means(clause) is not None:
            return "future"
        if (governor := adjunct_head(clause)) is not None:
            clause = governor
            continue
        if clause.dep_ not in {"xcomp", "conj"} or own_tense(clause):
            break
        clause = clause.head
    return "asserted"


# Tags of a verb inflected for tense and person: past ("signed") or third person present
# ("signs"); an auxiliary's verb is bare ("will sign").
TENSED_TAGS = {"VBD", "VBZ"}


def own_tense(verb: Token) -> bool:
    """"X will be targets, and Y designated Z": a conjunct verb inflected for tense of its
    own (`TENSED_TAGS`) is a clause of its own; the auxiliary of the verb it is joined to
    ("will", "would") takes a bare verb and does not reach it ("will meet and sign": both
    to come)."""
    return verb.dep_ == "conj" and verb.tag_ in TENSED_TAGS


def reported_future(verb: Token) -> bool:
    """"X said it would investigate": "would" in the clause a past verb of saying reports is
    the future seen from the past (the sequence of tenses), not a supposition; a condition
    in the clause keeps it hypothetical (`mood`)."""
    clause = verb
    while clause.dep_ in {"xcomp", "conj"} and clause.head.i != clause.i:
        clause = clause.head
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    conditioned = any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                      for c in (clause, *clause.children) if c.dep_ in {"advcl", clause.dep_}
                      for m in c.children)
    return "would" in aux and not conditioned and clause.dep_ == "ccomp" and \
        clause.head.lemma_ in SPEECH - set(LEX.opinion_verbs) and clause.head.tag_ == "VBD"


def reporter(verb: Token) -> Token | None:
    """The speaker when the verb's clause is reported ("Turkey said Russia had proposed"):
    the subject of the speech verb above it."""
    clause = verb
    for _ in range(4):
        if clause.dep_ in {"ccomp", "parataxis"} and clause.head.lemma_ in SPEECH:
            return subject_of(clause.head)
        if (weigher := weighed_means(clause)) is not None:
            clause = weigher  # "X said it is weighing ways to punish Y"
            continue
        if clause.dep_ not in {"conj", "xcomp", "acomp"}:
            return None
        clause = clause.head
    return None


# Prepositions and subordinators that put a happening in the background of the sentence's news:
# "since the war", "during the occupation", "after the invasion began".
BACKGROUND_PREPS = LEX.background_preps
BACKGROUND_MARKS = LEX.background_marks
# Entity types that make an event noun part of a name ("the Six-Day War", "the Oslo Accords").
NAME_TYPES = {"EVENT", "LAW", "WORK_OF_ART", "ORG", "FAC", "NORP", "PRODUCT"}
DEFINITE = LEX.definite
GENERIC = LEX.generic_determiners


def background_noun(noun: Token, done_by: bool = False, held: bool = False) -> bool:
    """An event noun that names no new happening: a modifier of another noun ("war crimes",
    "anti-war"), part of a name, the object of a background preposition ("since the war"),
    the subject of a background clause ("since the war began"), any instance of its kind
    ("each sale", "any attack") or the kind itself ("attacks are getting deadlier"): no
    particular happening, or a definite state with no time of its own ("the occupation",
    "the blockade"); one its phrase says who did (`done_by`: "the visit of X") is an act, and
    so is one a verb was done in (`held`, `held_in`: "during a visit to Y, X said …")."""
    if noun.dep_ in {"compound", "amod", "nmod", "poss"} or noun.ent_type_ in NAME_TYPES:
        return True
    if any(c.dep_ == "det" and c.lower_ in GENERIC for c in noun.children) or _kind(noun):
        return True
    if (noun.i > 0 and noun.nbor(-1).text == "-") or any(
            c.lower_ in {"anti", "post", "pre"} for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ in BACKGROUND_PREPS and not held:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() not in MEASURES:
        return True  # "condemnation of the aggression", "the end of the war"
    if noun.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in noun.head.children):
        return True
    return not done_by and _definite_state(noun)


def _kind(noun: Token) -> bool:
    """"attacks are getting deadlier", "strikes have become more frequent": a bare plural
    that an undated clause describes by an adjective is the kind of happening, not one."""
    head = noun.head
    return noun.tag_ == "NNS" and noun.dep_ == "nsubj" and \
        not any(c.dep_ == "det" for c in noun.children) and \
        any(c.dep_ == "acomp" for c in head.children) and \
        not any(t.ent_type_ in {"DATE", "TIME"} for t in head.subtree)


def _definite_state(noun: Token) -> bool:
    """"the war", "the conflict": definite, with no date, time or agent in its phrase."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def occurring(noun: Token) -> bool:
    """Whether an event noun is the subject of a verb that says it happens (lexicon
    `occurring`: "clashes broke out", "talks took place"): the verb's phrases are the noun's."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in LEX.occurring or any(
        f"{lemma} {c.lemma_.lower()}" in LEX.occurring for c in verb.children
        if c.dep_ in {"prt", "dobj"})


def answerable(noun: Token) -> Token | None:
    """"X was responsible for the attack", "X is guilty of torturing Y", "X was behind the
    bombing": the subject of a linking verb whose predicate (lexicon `answerable`, or the
    preposition "behind") holds the event noun or gerund did it."""
    prep = noun.head
    if noun.dep_ not in {"pobj", "pcomp"} or prep.lower_ not in {"for", "of", "behind"}:
        return None
    holder = prep.head
    if prep.lower_ != "behind":
        if holder.dep_ != "acomp" or holder.lemma_.lower() not in LEX.answerable:
            return None
        holder = holder.head
    if holder.lemma_ != "be" or any(c.dep_ == "neg" for c in holder.children):
        return None  # "X is not responsible for Y" lays no deed on X
    return next((c for c in holder.children if c.dep_ == "nsubj"), None)


def sentences_before(sentence: Span, reach: int) -> list[Span]:
    """Up to `reach` sentences before this one, nearest first, blank lines skipped."""
    doc = sentence.doc
    found: list[Span] = []
    k = sentence.start - 1
    while k >= 0 and len(found) < reach:
        if doc[k].is_space:
            k -= 1
            continue
        found.append(doc[k].sent)
        k = doc[k].sent.start - 1
    return found
