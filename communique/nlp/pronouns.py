"""Pronouns in `communique_actors`: "he said", "accused him" refer back to a person named (or a
pronoun resolved, or one person's office: "the foreign minister") a little earlier, of the
pronoun's gender, the subject of the earlier sentence first (the subject of a clause said,
the sayer: "X told Y he would …"), never the speaker of the quotation it stands in; "they"
or "it" opening a main clause, or a clause joined after it, continues an actor subject of
the clause before; an object "them" stands for plural people its sentence named as an object
just before; a pronoun with no such antecedent stays unresolved."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from communique.models import Mention
from communique.nlp.attribution import quotation_speaker
from communique.nlp.context import PERSON_KINDS
from communique.nlp.lexicon import LEX
from communique.nlp.naming import token_range
from communique.nlp.syntax import SPEECH, subject_of

PRONOUNS = {w: r for w, r in LEX.pronouns.items() if r in {"male", "female"}}
OBJECT_PRONOUNS = {w: r for w, r in LEX.object_pronouns.items() if r in {"male", "female"}}
OBJECT_DEPS = {"dobj", "pobj", "dative"}
QUOTE_MARKS = {'"', "“", "”", "‘", "’", "«", "»", "'"}
# The rank of the main clause's subject among a sentence's names (`_subject_rank`).
MAIN_SUBJECT = 100
# A pronoun refers to a person named in its own sentence or at most this many before it.
PRONOUN_SENTENCES = 2
# Words before a name that say a person's gender.
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "ayatollah",
               "spokesman", "chairman", "congressman", "businessman", "father", "brother",
               "son", "husband", "uncle", "grand ayatollah", "pope"}
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess",
                 "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mother",
                 "sister", "daughter", "wife", "aunt", "first lady"}
TITLES = MALE_TITLES | FEMALE_TITLES


def pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"He said", "accused him": the latest person named (or a pronoun resolved) in the same
    or the two sentences before whose gender does not contradict the pronoun's (for an
    object, not the subject of its own clause; inside a quotation, not its speaker:
    `quotation_speaker`), subjects first (`_subjects_first`); otherwise the pronoun stays
    unresolved. A person's
    gender comes from a title before the name ("Mr", "Queen"), else from a first name the
    name data is sure of (data/actors/first_names.tsv: "Angela", not "Jean" nor "Kim"), or
    from a pronoun already resolved to them."""
    out: list[Mention] = []
    starts = [s.start_char for s in doc.sents]
    people = sorted((m for m in mentions if m.actor.kind in PERSON_KINDS or
                     _one_person(doc, m)), key=lambda m: m.start)
    gender: dict[int, str] = {}
    ranks: dict[int, int] = {}
    for m in people:
        said = _title_gender(doc, m) or _first_name_gender(m)
        if said:
            gender.setdefault(id(m.actor), said)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        ranks[id(m)] = _subject_rank(span.root) if span is not None else 0
    for token in doc:
        if token.lower_ in PRONOUNS and token.dep_ in {"nsubj", "nsubjpass"}:
            wanted, bound = PRONOUNS[token.lower_], None
        elif token.lower_ in OBJECT_PRONOUNS and token.dep_ in OBJECT_DEPS:
            wanted, bound = OBJECT_PRONOUNS[token.lower_], _clause_subject(token)
        else:
            continue
        here = bisect_right(starts, token.idx) - 1
        reported = _reported_ranges(token)
        spoken_of = {m.actor.name for m in people
                     if any(lo <= m.start <= hi for lo, hi in reported)}
        quoted_by = quotation_speaker(token)
        if quoted_by is not None:  # '"He keeps pushing," X said': X would say "I"
            spoken_of |= {m.actor.name for m in people + out
                          if m.start <= quoted_by.idx < m.end}
        before = [m for m in people + out if m.end <= token.idx and
                  m.actor.name not in spoken_of]
        before.sort(key=lambda m: m.start)
        speaker = _previous_speaker(doc, token, before) or _holder(token, before, out)
        if bound is None:
            before = _subjects_first(before, ranks, starts, here, token.head.dep_ == "ROOT")
        for m in ([speaker] if speaker is not None else []) + before[::-1]:
            if here - (bisect_right(starts, m.start) - 1) > PRONOUN_SENTENCES:
                break
            if gender.get(id(m.actor), wanted) != wanted or (
                    bound is not None and
                    bound.left_edge.idx <= m.start <= bound.right_edge.idx):
                continue
            gender[id(m.actor)] = wanted
            out.append(Mention(token.text, token.idx, token.idx + len(token), m.actor))
            ranks[id(out[-1])] = _subject_rank(token)
            break
    return out + _plural_subjects(doc, mentions) + _earlier_objects(doc, mentions)


def _plural_subjects(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Iranian officials met on Monday. They said …": a subject "they" in the main clause
    continues the main subject of the sentence just before (of the clause it tells its news
    in, `_news_clause`: "X fired …, the army said. It also …": X) when that is a plural
    phrase naming one actor that is no person ("officials", "the rebels", "Chilean troops",
    or a group: "the Taliban"); a subject "it" of a main verb other than a copula continues
    one that is a singular phrase naming a state, a body or a force ("Iran fired … It also
    attacked …"). The same holds of the subject of a clause joined after the main clause of
    its own sentence, which continues that clause's subject ("Iran fired …, and it also
    attacked …"). Anything else ("X and Y …", a person, an object, "it is unclear") leaves
    it unresolved."""
    out: list[Mention] = []
    bodies = [m for m in mentions if m.actor.kind not in PERSON_KINDS]
    sents = [s for s in doc.sents if s.text.strip()]  # not the blank lines between paragraphs
    pairs: list[tuple[Token, Token]] = []  # (pronoun, the clause it continues)
    for k, sent in enumerate(sents):
        for t in sent:
            if t.lower_ not in {"they", "it"} or t.dep_ != "nsubj" or t.head.pos_ != "VERB":
                continue
            if t.head.dep_ == "ROOT" and (before := _before_semicolon(t)) is not None:
                pairs.append((t, _news_clause(before)))  # "X said …; it also criticized Y"
            elif t.head.dep_ == "ROOT" and k > 0:
                pairs.append((t, _news_clause(sents[k - 1].root)))
            elif t.head.dep_ in {"conj", "parataxis"} and t.head.head.dep_ == "ROOT" and \
                    t.head.head.i < t.head.i:
                pairs.append((t, t.head.head))  # "X said …; it also criticized Y"
    for pronoun, clause in pairs:
        subject = next((t for t in clause.children if t.dep_ == "nsubj"), None)
        if subject is None or subject.conjuncts:
            continue
        named = next((m for m in bodies if m.start <= subject.idx < m.end), None)
        if named is None or not named.actor.code:
            continue
        plural = subject.tag_ in {"NNS", "NNPS"} or named.actor.kind == "group"
        if plural == (pronoun.lower_ == "they"):
            out.append(Mention(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun),
                               named.actor))
    return out


def _before_semicolon(pronoun: Token) -> Token | None:
    """"X said …; it also criticized Y": a semicolon joins two main clauses, though the parser
    may hang the first on the second's verb as its complement. The clause hung before a
    semicolon that comes right before the pronoun's clause is the one it continues."""
    verb = pronoun.head
    semicolon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ";" and
                      c.i < pronoun.i), None)
    if semicolon is None or pronoun.left_edge.i != semicolon.i + 1:
        return None
    return next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and
                 c.right_edge.i < semicolon.i), None)


def _news_clause(root: Token) -> Token:
    """The clause a sentence tells its news in: its root, or, where a verb of saying at the
    end attributes it ("X fired two missiles, the military said"), the clause said."""
    if root.lemma_.lower() in SPEECH:
        return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    return root


def _earlier_objects(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"X detained ten fishermen and released them", "X arrested Y's envoys and expelled
    them": an object "them" whose own clause's subject does not name the actor stands for
    the nearest actor before it in its sentence when that is itself an object (of a verb or
    a preposition) and plural (a plural phrase or a group); none otherwise. ("it" may be
    any thing: "the deal … withdrawing from it".)"""
    out: list[Mention] = []
    by_head: dict[int, Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and m.actor.kind not in PERSON_KINDS:
            by_head[span.root.i] = m
    for token in doc:
        if token.lower_ != "them" or token.dep_ not in OBJECT_DEPS:
            continue
        bound = _clause_subject(token)
        taken = {id(m.actor) for t in (bound.subtree if bound is not None else ())
                 for m in [by_head.get(t.i)] if m is not None}
        for k in range(token.i - 1, token.sent.start - 1, -1):
            found = by_head.get(k)
            if found is None or doc[k].dep_ not in OBJECT_DEPS:
                continue
            plural = doc[k].tag_ in {"NNS", "NNPS"} or found.actor.kind == "group"
            if plural and id(found.actor) not in taken:
                out.append(Mention(token.text, token.idx, token.idx + len(token), found.actor))
            break
    return out


def _reported_ranges(pronoun: Token) -> list[tuple[int, int]]:
    """The speaker of "he warned that X …" or "“X …,” he said" is not X: a person named inside
    what a pronoun says is not its antecedent (a name cannot be bound by a pronoun that
    commands it). Returns the character ranges of the clauses the pronoun's speech verb
    reports."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH:
        return []
    return [(c.left_edge.idx, c.right_edge.idx) for c in verb.children
            if c.dep_ in {"ccomp", "parataxis"}]


def _subjects_first(people: list[Mention], ranks: dict[int, int], starts: list[int],
                    here: int, main: bool) -> list[Mention]:
    """A subject pronoun that opens a new sentence continues the subject of the sentence its
    antecedent is named in ("X met Y. He said …": X; "X said Y had left. He …": X), so within
    each earlier sentence the subject of the main clause comes last, to be tried first, then
    other clauses' subjects, the shallower first (`ranks`: `_subject_rank` of each person's
    mention, or a pronoun resolved before, by id); sentences stay in order. In the pronoun's
    own sentence the nearest name is tried first ("X said Y admitted he …": Y), unless the
    pronoun is the main clause's subject: then a clause before it is read as an earlier
    sentence is ("When X said that Y agreed, he added …": X)."""
    def key(m: Mention) -> tuple[int, int, int]:
        sentence = bisect_right(starts, m.start) - 1
        return sentence, ranks.get(id(m), 0) if sentence < here or main else 0, m.start
    return sorted(people, key=key)


def _one_person(doc: Doc, mention: Mention) -> bool:
    """An agent phrase whose head is a singular noun of one person's role ("the Iranian
    foreign minister", "a spokesman": `person_nouns`) stands for a person ("officials", "the
    ministry" do not)."""
    if mention.actor.kind != "agent":
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NN" and \
        span.root.lower_ in LEX.person_nouns


def _subject_rank(token: Token) -> int:
    """How surely a name (or pronoun) is what its sentence is about: highest as the subject
    of the main verb, less as the subject of a clause the deeper that clause is, 0 as no
    subject; an apposition or compound counts as what it describes ("the minister, X,
    said")."""
    while token.dep_ in {"appos", "compound"} and token.head is not token:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return 0
    return MAIN_SUBJECT if token.head.dep_ == "ROOT" else \
        max(1, MAIN_SUBJECT - 1 - sum(1 for _ in token.head.ancestors))


def _previous_speaker(doc: Doc, pronoun: Token, people: list[Mention]) -> Mention | None:
    """"“…,” the minister said. “…,” he said": the pronoun that attributes a quote following
    another quote is that quote's speaker, not whoever the quote named last."""
    sent = pronoun.sent
    first = next((t for t in sent if not t.is_space), None)
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in SPEECH or \
            first is None or first.text not in QUOTE_MARKS:
        return None
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:  # the paragraph break between the two quotes
        k -= 1
    if k < 0:
        return None
    before = doc[k].sent
    for token in before:
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH and \
                any(t.text in QUOTE_MARKS for t in before if t.i < token.i):
            return next((m for m in people if m.start <= token.idx < m.end), None)
    return None


def _holder(pronoun: Token, people: list[Mention], resolved: list[Mention]) -> Mention | None:
    """"X spoke to Y, confirming he would …", "X told Y he will …": the subject pronoun of a
    clause a verb of saying reports is the sayer's own voice, the sayer its first antecedent
    (a person named, or a pronoun already resolved to one), before anyone named nearer."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in SPEECH or \
            (sayer := subject_of(clause.head)) is None:
        return None
    return next((m for m in (*people, *resolved) if m.start <= sayer.idx < m.end), None)


def _clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun stands in ("X accused him", "X met Y and
    praised him": X), which the pronoun cannot mean (that would be "himself")."""
    return subject_of(pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head)


@cache
def _first_names() -> dict[str, str]:
    text = resources.files("communique.data").joinpath("actors", "first_names.tsv"
                                                       ).read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if "\t" in line)


def _first_name_gender(mention: Mention) -> str | None:
    """The gender of a person's first name, of two names or more ("Angela Merkel"), by the
    name data; None for a surname alone or a name the data is not sure of."""
    words = [w for w in (mention.actor.name or mention.text).split()
             if w.lower().strip(".") not in TITLES]  # "Ayatollah Ali X": Ali
    return _first_names().get(words[0].lower()) if len(words) > 1 else None


def _title_gender(doc: Doc, mention: Mention) -> str | None:
    """"Mr X", "Queen X", "spokeswoman X", "Supreme Leader Ayatollah X": the gender a title
    gives, just before the name or inside the mention before its last word."""
    start, end = token_range(doc, mention)
    # the title may be inside the mention, before the surname ("Supreme Leader Ayatollah X")
    for k in range(start, max(end - 1, min(start + 3, len(doc)))):
        if doc[k].ent_type_ == "PERSON" and doc[k].lower_.strip(".") not in TITLES:
            break
        word = doc[k].lower_.strip(".")
        if word in MALE_TITLES:
            return "male"
        if word in FEMALE_TITLES:
            return "female"
    if start > 0:
        word = doc[start - 1].lower_.strip(".")
        if word in MALE_TITLES:
            return "male"
        if word in FEMALE_TITLES:
            return "female"
    return None
