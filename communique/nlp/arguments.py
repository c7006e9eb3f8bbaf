"""Arguments of an event beyond the knowledge base's actors: the phrases a trigger governs
that name people or bodies no knowledge-base entry matches ("arrested two smugglers",
"clashed with police", "expelled aid workers").

Such a phrase is kept as the event's target with its text and no code (`Actor.kind`
"generic"), so the event says whom it was aimed at and is not lost; a coded actor found in
the trigger's own slots always comes first (communique/nlp/dyads.py). Placed by the
sentence ("killed two villagers in <a town of country X>", "aid to refugees in X"), the
phrase takes that country, as CAMEO codes people by where they are, and its text then runs
to the place that gave it ("two villagers in <town>").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.ids import content_id
from communique.kb.agents import sector_of
from communique.models import Actor, Mention
from communique.nlp import syntax as S
from communique.nlp.agent_phrases import CONTEXT_SECTORS
from communique.nlp.context import cameo_country
from communique.nlp.lexicon import LEX
from communique.nlp.naming import capitalised, mention_head
from communique.nlp.objects import classes_of, packaged_object_classes
from communique.nlp.valence import bad

GENERIC = "generic"
NAMED = "named"  # a body or person named by a proper name the knowledge base lacks
# Object classes (data/patterns/object_classes.json) whose members can be aimed at.
ACTOR_CLASSES = {"person", "organisation", "polity"}
# Determiners and the like that open the phrase but say nothing of who is meant.
LEADING = {"det", "predet", "punct", "cc", "case"}


def generic_target(head: Token | None, mentions: dict[int, Mention],
                   words: dict[str, frozenset[str]]) -> list[Mention]:
    """The phrase headed by `head` (and those coordinated with it) as uncoded actors, when
    its head noun names people or a body: an object-class word, an agent word of
    data/actors/agents.tsv ("police", "authorities"), or a person or organisation entity.
    A count's noun stands for it ("dozens of activists", "two of the prisoners"). A proper
    name the knowledge base lacks is kept as it is (`named_body`). Pronouns, places and
    things give nothing, nor do weapons and war machines (lexicon `weapon_nouns`: "sent ten
    drones towards X", "shot down two jets"), which are things an actor uses, not one."""
    if head is None:
        return []
    found = []
    for conjunct in S.conjuncts(head):
        noun = counted(conjunct)
        if noun.pos_ not in {"NOUN", "PROPN"} or conjunct.i in mentions or \
                noun.lemma_.lower() in LEX.weapon_nouns:
            continue
        classes = classes_of(noun, {}, words)
        actor_like = classes & ACTOR_CLASSES or \
            sector_of([noun.text]) or sector_of([noun.lemma_])
        if actor_like and _condition_named(noun, classes, mentions, words):
            continue  # "a state of emergency", "the state of the economy": no body
        if actor_like:
            found.append(phrase_mention(conjunct, noun))
        else:
            found += named_body(conjunct)
    return found


def _condition_named(noun: Token, classes: set[str], mentions: dict[int, Mention],
                     words: dict[str, frozenset[str]]) -> bool:
    """Whether a word of a body (of object `classes`) is said of a thing or a happening, so
    names a condition, not a body: a polity word whose "of" phrase names no place, body or
    people ("a state of emergency", "the state of the economy"; not "the state of X")."""
    if "polity" not in classes:
        return False
    named = S.prep_objects(noun, ("of",))
    return bool(named) and not any(
        t.i in mentions or classes_of(t, mentions, words) & (ACTOR_CLASSES | {"place"})
        for t in named)


# Entity labels of names that are no one's: amounts, times, works, laws, and places and
# nationalities (whose actors the knowledge base gives, or none).
NOT_ACTOR_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                    "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "GPE", "LOC", "FAC",
                    "NORP"}


def named_body(head: Token | None) -> list[Mention]:
    """The phrase headed by `head` as an uncoded actor when a proper name the knowledge
    base lacks heads it ("the Acme Regional Court", a person's name), or names the body it
    heads ("the Acme Province government"): an unknown but named person, group or company
    acts (a verb's subject, kept with its text and no code when the event names whom it is
    aimed at). A plural name ("Democrats", "Kurds") names a group's members, and a place's
    name a place."""
    if head is None or head.ent_type_ in NOT_ACTOR_LABELS:
        return []
    proper = head.tag_ == "NNP" and (capitalised(head.text) or head.is_upper)
    body = head.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                       for c in head.children) and \
        bool(sector_of([head.text]) or sector_of([head.lemma_]))
    return [phrase_mention(head, kind=NAMED)] if proper or body else []


def place_phrase(head: Token | None, words: dict[str, frozenset[str]]) -> list[Mention]:
    """The phrase headed by `head` as an uncoded target when it names a place: a place word
    ("the town", "border districts"), a place entity, or a part of one ("parts of X")."""
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        return []
    named = [head] + S.prep_objects(head, ("of",))
    if not any("place" in classes_of(t, {}, words) for t in named):
        return []
    return [phrase_mention(head, max(S.phrase_tokens(head), key=lambda t: t.i))]


def counted(head: Token) -> Token:
    """What a count counts ("dozens of activists", "two of the prisoners": the activists, the
    prisoners), as what a partitive takes part of (a pronoun or a quantifier standing as the
    noun: "each of the ideas", "most of the aid", "several of the envoys"); the head itself
    when it counts nothing."""
    if head.lemma_.lower() in S.MEASURES or head.pos_ in PARTITIVE_POS:
        return next(iter(S.prep_objects(head, ("of",))), head)
    return head


# Parts of speech of a count or a partitive standing as the noun of its phrase: a number, a
# pronoun ("another", "each") or a quantifier the parser tags an adjective ("most", "many").
PARTITIVE_POS = {"NUM", "PRON", "ADJ", "DET"}


# Kinds of actor that say where the people of a phrase are.
PLACE_KINDS = {"place", "country", "capital"}


def placed(generic: list[Mention], around: list[Mention], doc: Doc) -> list[Mention]:
    """The generic targets, each given the country of the place the sentence puts them in
    (`around`: the coded actor nearest the trigger, not after "to" or "into"), with the
    sector its head word gives ("police" → COP); none when `around` is not such a place
    ("sent troops to X": X is where they go, not whose they are); people the phrase says
    are from abroad (lexicon `foreign_words`: "foreign fighters") and people of another
    side (lexicon `others_nouns`: "its allies", "its rivals") stay uncoded."""
    if not generic or (around and not _where(around[0], doc)):
        return []
    if not around:
        return generic
    country = around[0].actor.country
    if not country:  # a place the knowledge base gives no country: nothing to lend
        return generic
    code = cameo_country(country)
    out = []
    for m in generic:
        words = m.text.split()
        found = sector_of(words)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if (found and any(w.lower() in LEX.foreign_words for w in words[:-found[0]])) or \
                (span is not None and span.root.lemma_.lower() in LEX.others_nouns):
            out.append(m)  # "foreign fighters in X", "its allies": not of X
            continue
        sector = found[1] if found and found[1] in CONTEXT_SECTORS else None
        actor = Actor(name=m.actor.name, code=code + (sector or ""), country=country,
                      sector=sector, kind=GENERIC, id=content_id(GENERIC, m.actor.name.lower(),
                                                                 code))
        end = _place_end(m, around[0], doc)
        out.append(Mention(doc.text[m.start:end], m.start, end, actor))
    return out


def _place_end(people: Mention, place: Mention, doc: Doc) -> int:
    """Where the evidence of placed people ends: with the phrase of place after them that
    lends them its country ("civilians in <city>", "killed 30 people in <country>"), so
    their text shows where their code came from; their own end when the place stands
    before them or elsewhere than in their own phrase or their verb's (the verb before
    them: its object, not a subject the verb and its other words would join), or when a
    preposition other than one of place stands between (`PLACING_PREPS`)."""
    if place.start < people.end:
        return people.end
    head = mention_head(doc, people)
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if head is None or span is None:
        return people.end
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    for above in span.root.ancestors:
        if above == head or (above == verb and verb.i < head.i):
            return place.end
        if above.pos_ in {"VERB", "AUX"} or (
                above.dep_ == "prep" and above.lower_ not in PLACING_PREPS):
            break
    return people.end


# Prepositions of where something stands (not where it goes: "into", "toward").
SCENE_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "throughout"}
# Those, and "of", which takes part of what stands there: not prepositions of time or cause
# ("after a raid in X" says when, not where the people are).
PLACING_PREPS = SCENE_PREPS | {"of"}


# Prepositions of where people go, not where they are ("sent troops to X"), of whom an act
# is aimed at ("mobilized troops for a war against X") or of what it is for or by.
NOT_WHERE_PREPS = {"to", "into", "toward", "towards", "onto", "against", "for", "with", "by",
                   "about"}


def _where(mention: Mention, doc: Doc) -> bool:
    """Whether a mention is a place with a country that says where people are: not the
    destination of a movement nor the side an act is aimed at. The first preposition above
    it other than "of" decides ("in a town of X" places, "against X's weapons" does not)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.actor.kind not in PLACE_KINDS or not mention.actor.country:
        return False
    for above in span.root.ancestors:
        if above.dep_ in {"prep", "agent", "dative"} and above.lower_ != "of":
            return above.lower_ not in NOT_WHERE_PREPS and not _venue(above.head)
        if above.pos_ in {"VERB", "AUX"}:
            break
    return True


def _venue(holder: Token) -> bool:
    """Whether a place phrase hangs from an act to come, an infinitive complement, so says
    where that will happen, not where the people are ("invited the sides to meet in X")."""
    return holder.dep_ == "xcomp" and S.infinitive(holder)


# How a noun names whose it is: "Sudan's proposal", "a Russian resolution", "the EU plan".
OWNER_DEPS = {"poss", "amod", "compound", "nmod"}


def coordinated_owners(head: Token, mentions: dict[int, Mention]) -> list[Mention]:
    """The actors of coordinated words that say whose a phrase is ("Nigerian and British
    forces", "the armies of X and Y"): one per word, in text order. A word followed by "and"
    with no conjunct of its own is coordinated with the next such word ("UK and EU
    negotiators": the parser leaves "EU" a compound of the noun)."""
    words = [c for c in head.children if c.dep_ in OWNER_DEPS] + S.prep_objects(head, ("of",))
    found: list[Token] = []
    for i, word in enumerate(words):
        coordinated = [w for w in word.conjuncts if w.i > word.i]
        if not coordinated and any(c.dep_ == "cc" for c in word.children) and \
                i + 1 < len(words) and words[i + 1].i < head.i:
            coordinated = [words[i + 1]]
        if coordinated:
            found += [word, *coordinated]
    return [mentions[t.i] for t in sorted(set(found)) if t.i in mentions]


def owners(noun: Token) -> list[Token]:
    """The words that say whose a thing is ("vetoed a Russian resolution": Russia's), in
    text order: the actor an act on a thing is aimed at, unless it is the source's own."""
    return [c for c in noun.children if c.dep_ in OWNER_DEPS]


def answered_acts(verb: Token) -> list[Token]:
    """The hostile acts a response answers that a free-choice "any" picks out, its "to" or
    "against" phrase or its object's ("respond to any attack by X", "take measures against
    any aggression"): each as good as a condition ("if X attacks"). An act is hostile as a
    happening or a force (object classes), a bad word ("aggression", "provocation") or a
    measure against someone (lexicon `measure_nouns`: "any sanctions"); not "any offer"."""
    hostile = packaged_object_classes()["happening"] | packaged_object_classes()["force"] | \
        LEX.measure_nouns
    obj = S.direct_object(verb)
    return [act for head in (verb, *([obj] if obj is not None else []))
            for act in S.prep_objects(head, ("to", "against"))
            if any(c.dep_ == "det" and c.lower_ == "any" for c in act.children) and
            (act.lemma_.lower() in hostile or bad(act.lemma_.lower()))]


def doers(act: Token) -> list[Token]:
    """Who does the act a noun names: its "by" or "from" phrase, else its owner ("any attack
    by X", "any provocation from X", "any X aggression")."""
    return [*S.prep_objects(act, ("by", "from")), *owners(act)]


def makers(noun: Token) -> list[Token]:
    """Who made the thing a noun names, by the agent of a participle after it ("the moves
    taken by X", "lies spread by X"): X."""
    return [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def other_side(found: list[Mention], source: list[Mention]) -> list[Mention]:
    """`found` unless it is the source's own: an act on one's own thing ("lifted its embargo
    on X") is aimed at someone else. A country is its own sectors' side, but two sectors of
    one country are two sides ("the parliament rejected the prime minister's deal")."""
    return [] if any(_same_side(m, s) for m in found for s in source) else found


def _same_side(a: Mention, b: Mention) -> bool:
    """Of one country, and of one sector where both name one (an actor of no known country
    is no one's side: "Jane Doe welcomed the ACME Group's attempt")."""
    return bool(country_of(a)) and country_of(a) == country_of(b) and (
        not a.actor.sector or not b.actor.sector or a.actor.sector == b.actor.sector)


def country_of(mention: Mention) -> str:
    """An actor's country: its own, else its code's first three letters ("" for neither)."""
    return mention.actor.country or (mention.actor.code or "")[:3]


# Verbs whose subject undergoes the event their object names ("came under attack from X"):
# the lexicon's `undergoing`.
UNDERGOING = LEX.undergoing


def givers_of(verb: Token, noun: Token) -> list[Token]:
    """The "from"/"by" phrases of an undergoing verb or of its event noun, then the noun's
    possessive or "of" phrase: "drew Y's condemnation", "drew the condemnation of Y", as
    "drew condemnation from Y", are done by Y (the subject undergoes the act, so the noun's
    own phrases name who does it; a count's "of" phrase is what it counts: "faced a barrage
    of criticism")."""
    return S.prep_objects(noun, ("from", "by")) + S.prep_objects(verb, ("from", "by")) + \
        [c for c in noun.children if c.dep_ == "poss"] + \
        ([] if S.counts(noun) else S.prep_objects(noun, ("of",)))


PARTY_PREPS = ("between", "among", "amongst")  # the phrase naming an event's parties


def parties(noun: Token | None) -> Token | None:
    """The phrase naming the parties of an event noun ("talks between X and Y", "a deal
    among X, Y and Z"): the first is its source, the others its target."""
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next(iter(S.prep_objects(noun, PARTY_PREPS)), None)


def phrase_mention(head: Token, end: Token | None = None, kind: str = GENERIC) -> Mention:
    """The noun phrase up to its head ("two former soldiers"), or up to the noun a count
    counts (`end`: "dozens of activists"), without a leading article."""
    end = end or head
    tokens = [t for t in S.phrase_tokens(head) if t.i <= end.i]
    while len(tokens) > 1 and (tokens[0].dep_ in LEADING or tokens[0].is_space):
        tokens = tokens[1:]
    doc = head.doc
    span = doc[tokens[0].i:end.i + 1]
    name = span.text
    actor = Actor(name=name, code=None, kind=kind, id=content_id(kind, name.lower()))
    return Mention(span.text, span.start_char, span.end_char, actor)


# Prepositions of where a thing moved or given goes ("sent troops to X", "let refugees into X"):
# what is moved or given is no patient of the verb, whose act reaches the place or person.
GOING_PREPS = {"to", "into", "toward", "towards", "onto"}
# Clauses below a verb whose actors the verb is about, not merely near it: what it says or
# finds ("told reporters that X …": ccomp) and the act its own phrase names ("punished the
# men for helping X", "accused the officials of aiding X": a gerund, pcomp).
ABOUT_CLAUSES = {"ccomp", "pcomp"}


def patient_first(generic: list[Mention], obj: Token | None, heads: list[Token],
                  around: list[Mention], clause: Token,
                  words: dict[str, frozenset[str]]) -> list[Mention]:
    """A transitive verb's own object is its patient ("arrested a suspected smuggler after a
    chase near the border with X", "sued a bank that had lent money to X"): when that object
    is a common noun of people or a body the knowledge base does not code (`generic`, the
    first of the verb's target `heads`) and the coded actor found (`around`) stands outside
    its phrase and outside the verb's other target phrases, the people come first. The actor
    is where they are when the verb's own clause puts them there (`placed`); one in another
    clause (a relative clause, an adverbial clause) is not the target, and their place only
    where a phrase of place of that clause names it ("who had criticised X": no). None when
    the object is not first among the heads, is owned ("its troops"), names the actor, is
    moved or given to the actor ("sent doctors to X"), or is no people word (a name, an
    office: "gave up the leadership"); none either when the actor is in a clause the verb is
    about (`ABOUT_CLAUSES`) or in a condition ("would expel them unless X paid": the act is
    held over X)."""
    if not generic or not around or obj is None or not heads or heads[0] is not obj or \
            any(c.dep_ == "poss" for c in obj.children) or not _people_word(obj, words):
        return []
    span = clause.doc.char_span(around[0].start, around[0].end, alignment_mode="expand")
    if span is None or any(span.root in S.subtree_without(h, {"relcl"}) for h in heads):
        return []
    path = _clause_path(span.root, clause)
    if path is None:
        other = _clause_below(span.root, clause)
        if other is None or other.dep_ in ABOUT_CLAUSES or _condition(other):
            return []
        # "gunmen who attacked a post in X": X, where they were, still places them
        return placed(generic, around, clause.doc) if _where_in_clause(span.root) else generic
    if any(t.dep_ in {"prep", "dative"} and t.lower_ in GOING_PREPS for t in path):
        return []
    return placed(generic, around, clause.doc) or generic


def _clause_path(token: Token, clause: Token) -> list[Token] | None:
    """The words from `token` up to the head of `clause` (or of the clause's own verb, when
    `clause` is an open complement of it); None when another clause's verb (or auxiliary)
    stands between them, or `token` is not below the clause."""
    stops = {clause.i, clause.head.i}
    path: list[Token] = []
    for above in token.ancestors:
        if above.i in stops:
            return path
        if above.pos_ in {"VERB", "AUX"}:
            return None
        path.append(above)
    return None


def _clause_below(token: Token, clause: Token) -> Token | None:
    """The head of the highest clause between `token` and `clause` (the clause hanging from
    `clause` that holds the word); None when `token` is not below `clause`."""
    stops = {clause.i, clause.head.i}
    highest = None
    for above in token.ancestors:
        if above.i in stops:
            return highest
        if above.pos_ in {"VERB", "AUX"}:
            highest = above
    return None


def _condition(clause: Token) -> bool:
    """Whether a clause is one of condition ("if …", "unless …": lexicon `condition_marks`)."""
    return any(c.dep_ == "mark" and c.lower_ in LEX.condition_marks for c in clause.children)


def _where_in_clause(token: Token) -> bool:
    """Whether a word is named in a phrase of place of its own clause ("in X", "at X"): the
    first preposition above it other than "of", before its clause's verb, says where."""
    for above in token.ancestors:
        if above.pos_ in {"VERB", "AUX"}:
            return False
        if above.dep_ in {"prep", "agent", "dative"} and above.lower_ != "of":
            return above.lower_ not in NOT_WHERE_PREPS
    return False


def _people_word(obj: Token, words: dict[str, frozenset[str]]) -> bool:
    """Whether an object's noun (or the noun its count counts) is a common noun of people or
    a body: an agent word or a word of an actor object class, and of no other class ("the
    leadership" is an office as often as its holders)."""
    noun = counted(obj)
    classes = classes_of(noun, {}, words)
    if noun.pos_ != "NOUN":
        return False
    if classes:
        return bool(classes & ACTOR_CLASSES) and classes <= ACTOR_CLASSES | {"force"}
    return bool(sector_of([noun.text]) or sector_of([noun.lemma_]))
