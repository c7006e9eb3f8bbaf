"""Repairs to the parse before events are coded: where the statistical tagger or parser
reliably misreads a construction news writes often, the tokens get the tags, lemmas or
heads the grammar gives them (a verb's lemma, a headline's bare verb, a plural event noun
taken for a verb, a clause said in a statement, a verbal act joined to what was said, two
sides read as one phrase, a subject read into the list of places before its verb, a said
clause's subject read as the saying's object, a participle set off after its subject read
as the subject's verb, a clause of time read as a preposition's phrase, an apposition
hung on the wrong conjunct). Each repair
states the construction it mends."""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from communique.models import Mention
from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX
from communique.nlp.naming import token_range
from communique.nlp.patterns import Pattern
from communique.nlp.speech import SAYING


def correct_lemmas(doc: Doc) -> None:
    """Give verbs the lemma the model's lemmatizer gets wrong for some forms (lexicon
    `verb_forms`: "staged" is "stage", not "stag"); a verb of testing written with a hyphen
    (lexicon `test_verb_forms`: "test-fired", "test-launched") is a test of what it
    governs."""
    forms = _verb_forms()
    tests = {get_string_id(form) for form in LEX.test_verb_forms}
    for i, lower in enumerate(doc.to_array("LOWER").tolist()):
        lemma = forms.get(lower)
        if lemma is not None and doc[i].pos_ in {"VERB", "AUX"}:
            doc[i].lemma_ = lemma
        elif lower in tests and doc[i].pos_ == "VERB":
            doc[i].lemma_ = "test"  # "test-fired a missile": a test, whatever was fired


def correct_verbs(doc: Doc) -> None:
    """A clause's root the tagger took for a noun though it has a subject and an object of its
    own is a verb ("Oslo and Bern hand over the files": a headline's bare present)."""
    for token in doc:
        if token.dep_ == "ROOT" and token.pos_ == "NOUN" and \
                any(c.dep_ == "nsubj" for c in token.children) and \
                any(c.dep_ == "dobj" for c in token.children):
            token.pos_, token.tag_ = "VERB", "VBP"


def correct_root_nouns(doc: Doc) -> None:
    """"The minister called the move a disgrace": a verb in the simple past that the parser
    hung, as a clause describing it, on a noun it made the sentence's root (a sentence has a
    finite verb; a reduced relative clause takes the participle, not the past form) is the
    sentence's verb, with that noun its subject."""
    for token in doc:
        noun = token.head
        if token.dep_ != "acl" or token.tag_ != "VBD" or noun.dep_ != "ROOT" or \
                noun.pos_ not in {"NOUN", "PROPN", "PRON"} or noun.i > token.i or \
                any(c.dep_ in S.SUBJECTS for c in token.children):
            continue
        after = [c for c in noun.children if c.i > token.i]
        token.head, token.dep_ = token, "ROOT"
        noun.head, noun.dep_ = token, "nsubj"
        for child in after:
            child.head = token


def correct_subjected_modifiers(doc: Doc) -> None:
    """"X offered firm assurances to Y": a past participle the parser hung as a modifier
    on a noun it made the sentence's root, though the participle has a subject of its own
    before it, is the sentence's verb (a modifier takes no subject) with that noun its
    object; the phrases after the noun that the parser hung on it (its "to" phrase, a time)
    are the verb's."""
    for token in doc:
        noun = token.head
        if token.dep_ != "amod" or token.tag_ not in {"VBN", "VBD"} or noun.dep_ != "ROOT" or \
                noun.pos_ not in {"NOUN", "PROPN"} or noun.i < token.i or \
                not any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
            continue
        after = [c for c in noun.children if c.i > noun.i and c.dep_ in VERB_PHRASES]
        token.head, token.dep_, token.tag_ = token, "ROOT", "VBD"
        noun.head, noun.dep_ = token, "dobj"
        for child in after:
            child.head = token


# Phrases after an object that may be its verb's (correct_subjected_modifiers).
VERB_PHRASES = {"prep", "punct", "npadvmod", "advmod", "advcl"}


def correct_noun_objects(doc: Doc, nouns: Container[str]) -> None:
    """"imposed asset freezes on X": a plural event noun (one the patterns name) after a
    bare noun, which the tagger took for a verb in the present with that noun its subject, is
    the object of the verb before it, the bare noun its compound, where that verb has no
    object of its own."""
    for token in doc:
        head = token.head
        subjects = [c for c in token.children if c.dep_ in S.SUBJECTS]
        if token.tag_ != "VBZ" or token.dep_ != "ccomp" or head.i >= token.i or \
                head.pos_ != "VERB" or token.lemma_.lower() not in nouns or \
                len(subjects) != 1 or subjects[0].i != token.i - 1 or \
                subjects[0].tag_ != "NN" or subjects[0].n_lefts or subjects[0].n_rights or \
                S.direct_object(head) is not None or \
                any(c.dep_ in {"dobj", "ccomp", "xcomp", "aux"} for c in token.children):
            continue
        subjects[0].head, subjects[0].dep_ = token, "compound"
        token.dep_, token.pos_, token.tag_ = "dobj", "NOUN", "NNS"


# Prepositions of the occasion, time, place or medium of a saying ("said at a news
# conference", "during a visit", "for the first time", "in a letter", "through a spokesman").
SAID_AT = {"at", "during", "for", "in", "on", "through", "via"}
# Nouns that take a "that" clause of their own ("in the hope that Y …", "on condition that
# Y …", "the claim that Y …"): what it says is theirs, not the saying's.
CONTENT_NOUNS = LEX.hearsay_nouns | LEX.charge_nouns | LEX.purpose_nouns | LEX.doubt_nouns | \
    LEX.act_nouns | (LEX.offer_nouns - {"call"}) | LEX.clause_nouns


def correct_said_in(doc: Doc) -> None:
    """"X said in a statement that Y …", "X acknowledged at a news conference that Y …", "X
    told Z during a hearing that Y …": a "that" clause with a subject of its own which
    the parser hung on the noun of a phrase of the verb of saying before it (where, when or
    how it was said: `SAID_AT`; not a noun with a "that" clause of its own, `CONTENT_NOUNS`)
    is what the verb says, its complement clause, when the verb says no other. (A relative
    clause on such a noun lacks a subject or an object: "the summit that Y hosted" has
    "that" for its object; one whose "that" the parser took for the object but whose verb
    has no clause of its own, after a verb of saying that says nothing else, is read as the
    complement; "said at the summit that Y hosted that Z …" keeps its relative clause.)"""
    for token in doc:
        noun = token.head
        prep = noun.head
        verb = prep.head
        that = next((c for c in token.children if c.lower_ == "that" and
                     c.dep_ in {"mark", "advmod", "dobj"}), None)
        if token.dep_ in {"acl", "relcl"} and token.pos_ in {"VERB", "AUX"} and \
                that is not None and that.i < token.i and \
                any(c.dep_ in S.SUBJECTS and c.i > that.i for c in token.children) and \
                noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in SAID_AT and \
                noun.lemma_.lower() not in CONTENT_NOUNS and verb.lemma_ in SAYING and \
                verb.i < prep.i and not S.passive(verb) and \
                not any(c.dep_ == "ccomp" for c in verb.children) and \
                not (that.dep_ == "dobj" and any(c.dep_ == "ccomp" for c in token.children)):
            token.head, token.dep_ = verb, "ccomp"
            that.dep_, that.tag_, that.pos_ = "mark", "IN", "SCONJ"  # a complementizer


# Roots of acts done by speaking: statements and the verbal acts (lexicon `performative_roots`).
VERBAL_ROOTS = {"01", *LEX.performative_roots}


def correct_reported_conjuncts(doc: Doc, verbs: dict[str, list[Pattern]]) -> None:
    """"X said Y was weak and accused Z of …": a verb of speech (`_verbal`) in the tense of
    a verb of saying, after it and with no subject of its own, which the parser joined to
    the clause said (`_saying_of`), is joined to the saying: the speaker accuses, not the
    subject of what was said."""
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "VERB" or \
                (saying := _saying_of(token)) is None or \
                saying.tag_ not in {"VBD", "VBZ", "VBN"} or not _same_tense(token, saying):
            continue
        if _verbal(token, verbs):
            token.head, token.tag_ = saying, saying.tag_


def correct_reported_participles(doc: Doc, verbs: dict[str, list[Pattern]]) -> None:
    """"X said Y had crossed the border, accusing Y of …": a participle of a verb of speech
    (`_verbal`) after a comma, with no subject of its own, that the parser hung on the
    clause said (`_saying_of`) is what the speaker does in saying it, not the reported
    doer: it is joined to the saying. Not where the clause said is itself a verbal act
    ("X said Y accused Z, demanding …": Y's demand, made in the same breath)."""
    for token in doc:
        if token.dep_ != "advcl" or token.tag_ != "VBG" or doc[token.i - 1].text != "," or \
                (saying := _saying_of(token)) is None or \
                not _verbal(token, verbs) or _verbal(token.head, verbs):
            continue
        token.head = saying


def _saying_of(token: Token) -> Token | None:
    """The verb of saying whose clause said (its complement) a later verb with no subject of
    its own hangs on, the verb coming after both; None otherwise."""
    clause = token.head
    saying = clause.head
    if clause.dep_ != "ccomp" or not saying.i < clause.i < token.i or \
            saying.lemma_ not in SAYING or any(c.dep_ in S.SUBJECTS for c in token.children):
        return None
    return saying


def _verbal(verb: Token, verbs: dict[str, list[Pattern]]) -> bool:
    """Whether a verb is one of speech: three in four of its patterns verbal acts
    (`VERBAL_ROOTS`)."""
    roots = [p.code[:2] for p in verbs.get(verb.lemma_.lower(), []) if not p.null]
    return bool(roots) and sum(r in VERBAL_ROOTS for r in roots) >= 0.75 * len(roots)


def _same_tense(verb: Token, saying: Token) -> bool:
    """Whether a verb is in the saying's tense; a past participle with an object and no
    auxiliary is the simple past the tagger misread ("was flawed and accused X"). A saying
    in the perfect lends its "have" to a later participle with no auxiliary of its own,
    which the tagger may read as a simple past ("have said Y was weak and denied Z")."""
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    perfect = saying.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                           for c in saying.children)
    return verb.tag_ == saying.tag_ or (
        saying.tag_ == "VBD" and verb.tag_ == "VBN" and S.direct_object(verb) is not None and
        bare) or (perfect and verb.tag_ in {"VBD", "VBN"} and bare)


def correct_joined_sides(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"The Colombian government and FARC rebels opened talks": the parser may read the first
    side as a modifier of the second's head noun ("government and FARC" modifying "rebels").
    Where a named side modifies the head of another named side and is joined by "and" to the
    words opening it, the two are coordinated: the first takes the head's place in the clause
    and the second is its conjunct."""
    for token in doc:
        first = mentions.get(token.i)
        head = token.head
        second = mentions.get(head.i)
        if first is None or second is None or first is second or token.i >= head.i or \
                token.dep_ not in {"nmod", "compound"} or head.dep_ in {"nmod", "compound"}:
            continue
        start, end = token_range(doc, second)
        joined = [c for c in token.children if c.dep_ == "conj" and start <= c.i < end]
        if not joined or token_range(doc, first)[1] > start or \
                doc[start:end].root.i != head.i or \
                not any(c.dep_ == "cc" for c in token.children):
            continue
        token.head, token.dep_ = head.head if head.dep_ != "ROOT" else token, head.dep_
        head.head, head.dep_ = token, "conj"
        joined[0].head, joined[0].dep_ = head, "compound"


# Kinds of actor a headline lists as sides ("X, Y agree …"): states and bodies, not places.
LISTED_KINDS = {"country", "igo", "organisation", "group"}
TOWN_KINDS = {"capital", "place"}


def correct_conjunct_appositions(doc: Doc) -> None:
    """"X and his firm, the Y Group, ...": an apposition set right after a later conjunct
    and its comma describes that conjunct, though the parser may hang it on the first one;
    it moves to the conjunct it follows."""
    for token in doc:
        if token.dep_ != "appos" or token.i <= token.head.i:
            continue
        first = token.left_edge.i
        if first < 2 or doc[first - 1].text != ",":
            continue
        before = doc[first - 2]
        if before.dep_ == "conj" and before.head == token.head and before.pos_ == "NOUN":
            token.head = before


def correct_listed_sides(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"X, Y agree to …", "X, Y restore ties": a headline lists the sides of its subject with
    a comma where prose says "and"; the parser takes one name for an apposition, a modifier
    or a second subject. Two states or bodies opening the sentence right before its verb are
    coordinated. A town and its own country ("<capital>, <country> hosted …") is one place,
    the country its apposition, not two sides."""
    for sent in doc.sents:
        first = mentions.get(sent.start)
        if first is None:
            continue
        start, end = token_range(doc, first)
        if end <= start or end + 1 >= sent.end or doc[end].text != ",":
            continue
        second = mentions.get(end + 1)
        if second is None or second is first or second.actor.code == first.actor.code:
            continue
        other_start, other_end = token_range(doc, second)
        if other_end <= other_start or other_end >= sent.end or \
                doc[other_end].pos_ != "VERB":
            continue
        head, root = doc[start:end].root, doc[other_start:other_end].root
        verb = doc[other_end]
        if {head.head.i, root.head.i} - {head.i, root.i, verb.i}:
            continue  # not both in the subject of the verb that follows
        if first.actor.kind in LISTED_KINDS and second.actor.kind in LISTED_KINDS:
            head.head, head.dep_ = verb, "nsubj"
            root.head, root.dep_ = head, "conj"
        elif first.actor.kind in TOWN_KINDS and second.actor.kind == "country" and \
                first.actor.country == second.actor.country and root.dep_ == "conj":
            root.dep_ = "appos"


@cache
def _verb_forms() -> dict[int, str]:
    """The lexicon's `verb_forms` by the string id of the form."""
    return {get_string_id(form): lemma for form, lemma in LEX.verb_forms.items()}


def correct_stranded_subjects(doc: Doc, mentions: dict[int, Mention]) -> None:
    """"After talks in X, Y, President Z said …": a sentence's finite main verb right after a
    named actor that the parser joined, as a conjunct or an apposition, to the list of places
    or people of a phrase opening the sentence has lost its subject to that list: the actor
    is the verb's subject. A participle clause opening the sentence that the parser took for
    the verb's subject, swallowing the list ("Speaking after talks in X, Y, Z said"), is an
    adverbial clause."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.tag_ not in S.FINITE_TAGS or verb.i == 0:
            continue
        named = doc[verb.i - 1]
        if named.i not in mentions or named.pos_ not in {"PROPN", "NOUN"} or \
                named.dep_ not in {"conj", "appos"} or named.head.i > named.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in S.SUBJECTS | {"expl"}]
        if any(c.dep_ != "csubj" or named not in c.subtree for c in subjects):
            continue  # the verb has a subject of its own
        for clause in subjects:
            clause.dep_ = "advcl"
        named.head, named.dep_ = verb, "nsubj"


# Words that are prepositions before a noun and conjunctions of time before a clause
# ("after the talks", "after Y accused Z").
TIME_CONJUNCTIONS = {"after", "before", "since", "until"}


def correct_time_clauses(doc: Doc) -> None:
    """"X came after Y accused Z", "… before Y signed the deal": a conjunction of time (also a
    preposition: `TIME_CONJUNCTIONS`) may be read as a preposition with the clause's subject
    as its object, and the clause's finite verb, left with no subject, as an adverbial
    clause of the same head; the noun is that verb's subject and the word marks its clause.
    Only where nothing but the verb's own words (an adverb, a time: "Y late last week
    accused Z") stands between the noun phrase and the verb."""
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ not in S.FINITE_TAGS or \
                any(c.dep_ in S.SUBJECTS | {"expl"} for c in verb.children):
            continue
        for word in verb.head.children:
            noun = next((o for o in word.children if o.dep_ == "pobj"), None)
            if word.dep_ != "prep" or word.lower_ not in TIME_CONJUNCTIONS or noun is None or \
                    not word.i < noun.i <= noun.right_edge.i < verb.i or \
                    any(verb not in doc[k].ancestors for k in range(noun.right_edge.i + 1, verb.i)):
                continue
            noun.head, noun.dep_ = verb, "nsubj"
            word.head, word.dep_ = verb, "mark"
            break


def correct_said_subjects(doc: Doc) -> None:
    """"X warned the withdrawal raises the risk of war", "Y argued those acts were to blame":
    a verb of saying (not "tell", whose object is whom it is told to) with no "that" may have
    its clause's subject read as its own object and the clause's verb, left with no subject,
    as an adverbial or conjunct; the noun is the subject of the clause said, which is the
    saying's complement."""
    for verb in doc:
        if verb.lemma_ not in S.SPEECH or verb.lemma_ == "tell":
            continue
        for said in [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]:
            follows = said.right_edge.i + 1
            clause = doc[follows] if follows < len(doc) else None
            if clause is None or clause.head != verb or clause.tag_ not in S.FINITE_TAGS or \
                    clause.dep_ not in {"advcl", "conj", "ccomp", "dep"} or \
                    any(c.dep_ in S.SUBJECTS | {"expl"} for c in clause.children):
                continue
            said.head, said.dep_ = clause, "nsubj"
            clause.dep_ = "ccomp"


def correct_trailing_attributions(doc: Doc) -> None:
    """"X released Y on Monday, the agency reported": a verb of saying that closes its
    sentence after a comma, with a subject of its own and no clause of its own, attributes the
    clause before it; the parser may hang it on that clause's verb as what that verb says.
    The saying is the sentence's root, the clause before the comma what it says."""
    for verb in doc:
        root = verb.head
        if verb.lemma_ not in S.SPEECH or verb.dep_ != "ccomp" or root.dep_ != "ROOT":
            continue
        start = next(t.i for t in verb.subtree if not t.is_punct)  # after a comma it holds
        if root.i > start or start == 0 or doc[start - 1].text != "," or \
                not any(c.dep_ == "nsubj" for c in verb.children) or \
                any(c.dep_ in {"ccomp", "mark", "xcomp"} for c in verb.children) or \
                any(not t.is_punct and not t.is_space for t in doc[verb.right_edge.i + 1:
                                                                   verb.sent.end]):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"


def correct_given_things(doc: Doc) -> None:
    """"X granted the lawyer who met Y last June a special visa": a time phrase closes the
    relative clause on a verb of giving's one object (lexicon `giving_verbs`), so a noun the
    parser hung on that clause's verb after it is the thing given, the verb's second object,
    the person its indirect one."""
    for verb in doc:
        if verb.lemma_.lower() not in LEX.giving_verbs or verb.pos_ != "VERB" or \
                any(c.dep_ == "dative" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1:
            continue
        clause = next((c for c in objects[0].children if c.dep_ == "relcl"), None)
        if clause is None:
            continue
        times = [c for c in clause.children if c.dep_ == "npadvmod" and S.names_a_time(c)]
        given = next((c for c in clause.children if c.dep_ in {"dobj", "npadvmod"} and
                      c.pos_ == "NOUN" and not S.names_a_time(c) and times and
                      c.left_edge.i > times[-1].right_edge.i), None)
        if given is None:
            continue
        given.head, given.dep_ = verb, "dobj"
        objects[0].dep_ = "dative"


def correct_set_off_participles(doc: Doc) -> None:
    """"X, criticized for its reforms, met Y": English puts no comma between a subject and its
    verb, so a past form set off by commas right after the subject, with no object or
    auxiliary of its own, that the parser took for the subject's verb, is a participle
    describing the subject (passive: X is criticized); the finite verb after the second
    comma, which the parser made its conjunct, or the subjectless verb it hung it on as an
    adverbial clause, is the sentence's own, X its subject."""
    for verb in doc:
        if verb.tag_ not in {"VBD", "VBN"} or verb.pos_ != "VERB" or verb.i == 0 or \
                doc[verb.i - 1].text != "," or verb.dep_ not in {"ROOT", "advcl"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and
                        c.right_edge.i in {verb.i - 2, verb.i - 1}), None)
        if subject is None or any(c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "cc"}
                                  for c in verb.children):
            continue
        if verb.dep_ == "ROOT":
            main = next((c for c in verb.children if c.dep_ == "conj" and
                         c.tag_ in S.FINITE_TAGS | {"VBN"} and
                         doc[c.left_edge.i - 1].text == ","), None)
        else:
            main = verb.head if verb.head.i > verb.i else None
        if main is None or any(g.dep_ in S.SUBJECTS for g in main.children) or \
                (main.tag_ == "VBN" and not any(g.dep_ == "aux" for g in main.children)):
            continue
        if verb.dep_ == "ROOT":
            main.head, main.dep_ = main, "ROOT"
            for later in [c for c in verb.children if c.i > main.i]:
                later.head = main  # the sentence's closing stop and what follows the verb
        subject.head = main
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
