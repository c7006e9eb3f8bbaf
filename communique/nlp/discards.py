"""Text that reports no new political happening.

Stories that are not political news (sport, entertainment, celebrities), from the Phoenix
discard list (`communique/data/patterns/discards.txt`): its story-level ("+") phrases drop all
of a story's events when they make the story (`story_discarded`), not when one is named in
passing. A phrase matches as whole words, whatever the case ("_" is a space).

The list's sentence-level entries (no "+": sport words, diseases, years before 2014) are not
applied: on the real-news development gold they dropped sentences that report new political
events next to a passing mention (a year, an old war), and kept no noise out that the other
rules do not.

Clauses that tell no news of their own (`background_clause`): a trigger inside a direct
quotation in the speaker's own voice or naming no other side (the speaker's words; CAMEO codes
the saying, by its own pattern, not what the words describe), a standing stance ("has long
opposed": CAMEO codes happenings, not states) or a habit ("regularly visits X"), a past-tense
clause set in a stretch of its actor's career ("in his three terms, X opposed …": a record
summed up, not a happening reported), what a time clause says came to light ("after it emerged
that X met Y": it had happened before), in a relative or reduced relative clause describing a
participant, or in an open complement of one or a later conjunct of that ("the envoy who met
X", "a convoy sent by Y", "the envoy who tried to meet X", "the first to be detained and
expelled by Y", not an intent or threat, nor a participle on a text its issuer gives out,
"issued a statement condemning X", which is the issuer's act: background to the sentence's
news;
not a "when" clause hung from a time, "on Friday, when X attacked Y", which tells the news), a
time or participle clause put before its main clause ("When X met Y, Z …", "As X spoke, …",
"Visiting X, Y …": the frame the news is set in, told as known; a time clause after its main
clause often carries the news itself, "… died when troops fired"), a title line (the story
tells its news again in full), and an event noun governed by a preposition ("the talks on X
after the attack by Y": named as circumstance, not reported), and a clause the writer puts in
the first person outside a quotation, or one it holds ("we have seen X …", "I would argue that
X …": opinion).

In an article the writer tells in the first person (`writers_column`: an opinion column, a
memoir), a clause with no time of its own is the writer's account, not news of the day, unless
the sentences before it in its paragraph set it at the article's day
(`happenings.set_in_news`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from communique.models import Event
from communique.nlp import syntax as S
from communique.nlp.lexicon import LEX
from communique.nlp.patterns import CALL_CODE, THREAT_ROOT, Pattern, PatternSet


def _pattern(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def parse(text: str) -> re.Pattern[str] | None:
    """The story-level ("+") phrases of a discard list, as one whole-word pattern."""
    phrases = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].replace("_", " ").strip()
        if line.startswith("+"):
            phrase = " ".join(line[1:].split())
            if phrase:
                phrases.append(phrase)
    return _pattern(phrases)


@cache
def packaged() -> re.Pattern[str] | None:
    item = resources.files("communique.data").joinpath("patterns", "discards.txt")
    return parse(item.read_text(encoding="utf-8"))


# A story is sport when two different discard phrases occur in it, or one occurs in at least
# this share of its sentences; a single phrase named in passing (a protest on the eve of a
# World Cup qualifier, "a former FIFA official") sets a political story near a sporting one.
SPORT_SHARE = 0.25


def story_discarded(text: str, sentences: Iterable[tuple[int, int]]) -> bool:
    """Whether the story's discard phrases make it one the list drops: two different
    phrases, or one in at least a quarter of its `sentences` (character spans, read only
    when a phrase occurs).
    PETRARCH drops a story on one phrase anywhere; on the real-news development set all
    four stories that one phrase dropped were political news (protests on a match day, a
    state funeral, an arrest, an air crash), each naming one phrase."""
    pattern = packaged()
    found = list(pattern.finditer(text)) if pattern else []
    if not found:
        return False
    if len({" ".join(m.group(0).lower().split()) for m in found}) > 1:
        return True
    spans = list(sentences)
    named = {k for k, (start, end) in enumerate(spans)
             if any(start <= m.start() < end for m in found)}
    return len(named) >= SPORT_SHARE * len(spans)


def inside_quotation(trigger: Token) -> bool:
    """Whether the trigger stands inside a direct quotation opened since its paragraph's
    start: an opening curly quote opens one and a closing one ends it; a straight double
    quote ends an open quotation, else opens one (sites mix them: “… ")."""
    text = S.doc_text(trigger.doc)
    inside = False
    for mark in QUOTES.findall(text, text.rfind("\n", 0, trigger.idx) + 1, trigger.idx):
        inside = mark == "\u201c" or (mark == '"' and not inside)
    return inside


QUOTES = re.compile('["\u201c\u201d]')


def standing(trigger: Token) -> bool:
    """"has long supported", "has repeatedly criticised": a perfect with an adverb of
    repetition or duration (lexicon `standing_adverbs`) reports a standing stance, not a
    happening of the day."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children) and \
        _adverb_of(trigger, LEX.standing_adverbs)


def told_before(trigger: Token) -> bool:
    """"X has previously said …", "Y formerly backed Z": a clause an adverb of an earlier
    time (lexicon `earlier_adverbs`) sets before the news retells an old stance or act to
    set the scene, no happening of the day. Applied in an article only (`coding`): a lone
    sentence is coded for what it says happened (applied to every text as a standing
    adverb, PLV dyad found on half B fell .688 -> .686)."""
    return _adverb_of(S.first_conjunct(trigger), LEX.earlier_adverbs)


def _adverb_of(trigger: Token, adverbs: frozenset[str]) -> bool:
    """Whether one of `adverbs` modifies the trigger."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in trigger.children)


# Tenses of a clause that tells of what is or was, not of what is to come.
PRESENT_OR_PAST = S.FINITE_TAGS


def _speech_above(trigger: Token) -> Token | None:
    """The verb of saying whose complement the trigger's clause is ("has often said that it
    wants to V"), through open and closed complements; None when none is."""
    token = trigger
    for _ in range(4):
        if token.dep_ not in {"ccomp", "xcomp"} or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in S.SPEECH:
            return token
    return None


def habitual(trigger: Token) -> bool:
    """"X regularly visits Y", "X often met Y", "X struck Y from time to time": an adverb or a
    phrase of frequency (lexicon `habitual_adverbs`, `habitual_phrases`) makes a present or
    past clause tell a habit, no one happening; CAMEO codes happenings."""
    return S.finite_tag(trigger) in PRESENT_OR_PAST and (
        _adverb_of(trigger, LEX.habitual_adverbs) or _phrase_of(trigger, LEX.habitual_phrases))


def _phrase_of(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether one of `phrases` stands in the trigger's sentence with a word of it hanging
    from the trigger ("from time to time": the parser hangs "from" and "to" on the verb)."""
    for words in (phrase.split() for phrase in phrases):
        for dependent in trigger.children:
            start = dependent.i - words.index(dependent.lower_) if dependent.lower_ in words \
                else -1
            if start >= 0 and [t.lower_ for t in trigger.doc[start:start + len(words)]] == words:
                return True
    return False


# Prepositions that put a clause within a stretch of time ("in his three terms", "during
# her tenure").
SPAN_PREPS = {"in", "during", "throughout", "over", "across"}


def career_span(trigger: Token) -> bool:
    """"In his three terms, X opposed …", "during her tenure X signed …": a past-tense clause
    set in a stretch of its actor's career (lexicon `career_spans`, owned: "his", "X's")
    sums up a record, told to set the scene; it dates no happening of the news."""
    if trigger.tag_ != "VBD":
        return False
    return any(p.dep_ == "prep" and p.lower_ in SPAN_PREPS and o.dep_ == "pobj" and
               o.lemma_.lower() in LEX.career_spans and any(c.dep_ == "poss" for c in o.children)
               for p in trigger.children for o in p.children)


def spread_over_span(trigger: Token) -> bool:
    """"For years X has criticised Y", "over the years X met Y", "in recent years X built up
    Y", "X has been talking to Y for two decades": a clause spread over several units of
    time longer than the year a happening stays news (lexicon `span_units`, plural) sums up
    a record, not one happening of the news; so does one over a single unit longer than a
    year (lexicon `long_spans`: "over the past decade"). The stretch is one when "over"
    opens it, when it runs up to the telling ("for the past two years", "in recent years":
    lexicon `span_openers`), when it is a bare plural ("for years"), or when a perfect progressive
    lasts through it; "for two years" on a plain verb is how long the act's result lasts
    ("suspended the talks for two years"), "in two years" a time to come, and months or a
    single year ("in recent months", "during the last year") may hold news of the year. A
    gerund telling how a stretch was spent ("spent years V-ing") is spread over it.
    Conjuncts share their first verb's phrases. Applied in an article only (`coding`): a
    lone sentence is coded for what it says happened, however long ago (applied to every
    text, with months and weeks, PLV dyad found on half B fell .677 -> .673 and PentaClass
    macro-F1 B .807 -> .805)."""
    clause = S.first_conjunct(trigger)
    auxiliaries = {c.lemma_ for c in clause.children if c.dep_ == "aux"}
    lasting = clause.tag_ == "VBG" and {"have", "be"} <= auxiliaries
    spending = _spent_on(clause)
    if spending is not None:
        # "X spent years fighting Y", "X spent millions in recent years arming Y": how
        # a stretch was spent is the spending verb's, whose object may be the stretch itself
        if any(_stretch(o) for o in spending.children if o.dep_ == "dobj"):
            return True
        clause = spending
    for prep in (c for c in clause.children if c.dep_ == "prep"):
        for stretch in (o for o in prep.children if o.dep_ == "pobj" and _stretch(o)):
            opened = any(c.lower_ in LEX.span_openers for c in stretch.children)
            bare = not any(c.dep_ in {"det", "nummod", "amod", "poss"} for c in stretch.children)
            if prep.lower_ == "over" or opened or \
                    (prep.lower_ == "for" and (bare or lasting)):
                return True
    return False


def _stretch(noun: Token) -> bool:
    """Whether a noun is a stretch of time longer than the year a happening stays news:
    several of a unit (lexicon `span_units`, plural), or one long unit (`long_spans`)."""
    return (noun.tag_ == "NNS" and noun.lemma_.lower() in LEX.span_units) or \
        noun.lemma_.lower() in LEX.long_spans


def _spent_on(clause: Token) -> Token | None:
    """The verb "spend" of whose time or money a gerund tells the use ("spent years
    fighting", "spent billions building up"); None for any other clause."""
    head = clause.head
    return head if clause.tag_ == "VBG" and clause.dep_ in {"xcomp", "advcl"} and \
        head.lemma_.lower() == "spend" and head is not clause else None


def found_earlier(trigger: Token) -> bool:
    """"X resigned after it emerged that he had met Y", "… when they found that Y paid Z":
    what a time clause says came to light (lexicon `discovering`) had happened before it
    did, and is told as what led to the news, not as news."""
    clause = S.first_conjunct(trigger)
    head = clause.head
    return clause.dep_ == "ccomp" and head.lemma_.lower() in LEX.discovering and \
        head.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and
                                     c.lower_ in LEX.background_marks for c in head.children)


def _reason(trigger: Token) -> bool:
    """A clause of cause or concession ("… because X refused to talk", "… although X denied
    it", lexicon `reason_marks`) gives the reason for, or a contrast with, what its main clause
    reports: told to explain the news, not as news."""
    clause = S.first_conjunct(trigger)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in LEX.reason_marks
                                          for c in clause.children)


def _frame(trigger: Token) -> bool:
    """A time clause ("When X met Y, …") or a bare participle clause ("Visiting X, …") put
    before the clause it hangs on; not "After X expelled Y's envoy, …" in the simple past
    with a subject of its own and no measure of time ("years after"): what happened just
    before the news, told as it is (`_stale` still drops it when the head is old)."""
    if trigger.dep_ != "advcl" or trigger.i > trigger.head.i:
        return False
    children = list(trigger.children)
    if any(c.dep_ == "mark" and c.lower_ == "after" and not list(c.children)
           for c in children) and trigger.tag_ == "VBD" and \
            any(c.dep_ == "nsubj" for c in children) and \
            not any(c.dep_ == "npadvmod" for c in children):
        return False
    if any(c.dep_ in {"mark", "advmod"} and c.lower_ in LEX.background_marks for c in children):
        return True
    return trigger.tag_ == "VBG" and not any(c.dep_ in {"mark", "nsubj"} for c in children)


def _backdrop(trigger: Token) -> bool:
    """"The move comes as X weighs Y", "came as X was considering Y": an "as" clause of a verb
    of coming (lexicon `coming_verbs`) that tells an ongoing state of affairs (the present, or
    a progressive) is the backdrop the news is set against, not news of its own; one told in
    the simple past ("came as X announced Y") may be."""
    if trigger.dep_ != "advcl" or trigger.head.lemma_.lower() not in LEX.coming_verbs or \
            not any(c.dep_ == "mark" and c.lower_ == "as" for c in trigger.children):
        return False
    return trigger.tag_ in S.PRESENT or (trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children))


def background_clause(trigger: Token, event: Event | None = None) -> str | None:
    """Why the trigger's clause tells no news of its own ("quotation", "opinion", "headline",
    "standing", "habit", "career", "found earlier", "relative clause", "frame", "reason",
    "circumstance"), or None; `event` is the one the trigger codes."""
    quoted = inside_quotation(trigger)
    if quoted and not _names_its_actors(trigger) and not performed(trigger, event):
        return "quotation"
    if not quoted and writers_voice(trigger):
        return "opinion"
    if headline(trigger.sent) or title_line(trigger.sent):
        return "headline"
    # what a verb of saying says, or an open complement ("has repeatedly sought to
    # destroy Y"), is told as often or as long as that verb
    first = S.first_conjunct(trigger)
    above = [v for v in (_speech_above(trigger), first.head if first.dep_ == "xcomp"
                         else None) if v is not None]
    if standing(trigger) or any(standing(v) for v in above):
        return "standing"  # "has long opposed X", "has repeatedly said it would leave Y"
    if habitual(trigger) or any(habitual(v) for v in above):
        return "habit"  # "often says it will leave Y": a refrain, no one saying
    if career_span(trigger):
        return "career"
    if found_earlier(trigger):
        return "found earlier"
    said = event is not None and event.cameo_root in LEX.saying_roots
    clause = trigger if said else _open_complement_of(trigger)
    if (clause.dep_ in {"relcl", "acl"} and not _after_dateline(clause) and
            S.closed_relative_antecedent(clause) is None and S.ranked_first(clause) is None and
            S.finite_on_root_noun(clause) is None and not _narrated(clause) and
            not _told_in_which(clause) and
            not _told_on(clause, event) and
            not _among_doers(clause) and
            not _weighed_threat(trigger, event) and
            not _summed_denial(clause, event) and not _issued_text(clause)) or \
            _participle_aside(trigger):
        return "relative clause"
    if _frame(trigger) or _backdrop(trigger):
        return "frame"
    if _reason(trigger):
        return "reason"
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and \
            S.answerable(trigger) is None and not _call_held(trigger, event):
        return "circumstance"  # "X was responsible for the attack": X's deed
    return None


def _call_held(trigger: Token, event: Event | None) -> bool:
    """"X told Y in a phone call", "in a meeting with Y, X said …": the call (CAMEO 041,
    discuss by telephone), meeting or visit a verb was done in (`syntax.held_in`) is held,
    not a circumstance."""
    return event is not None and S.held_in(trigger, event.cameo == CALL_CODE) is not None


def _among_doers(clause: Token) -> bool:
    """"X was among the nations that condemned Y", "X is one of the states that …": a
    relative clause whose relative pronoun is its subject, in the active, told of people a
    copula puts a state or a body among (a name the recogniser takes for a place, a nation
    or an organisation), tells what that state or body did: news, not a description."""
    member = S.member_of(clause.head)
    return member is not None and member.ent_type_ in {"GPE", "NORP", "ORG"} and \
        not S.passive(clause) and any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"}
                                      for c in clause.children)


def _issued_text(clause: Token) -> bool:
    """"X issued a statement condemning Y", "X sent a letter urging Y to …": a participle on
    a text (lexicon `utterance_nouns`) that a verb of giving out (lexicon `issuing_verbs`)
    has for its object tells what the issuer does by it, the news itself, not a description
    of the text ("Y received a letter threatening Z" is one)."""
    noun = clause.head
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and noun.i < clause.i and \
        noun.lemma_.lower() in LEX.utterance_nouns and noun.dep_ == "dobj" and \
        noun.head.lemma_.lower() in LEX.issuing_verbs


def _summed_denial(clause: Token, event: Event | None) -> bool:
    """"X accused Y of Z, a charge which W denied": the relative clause of a noun summing up
    the claim before it (`syntax.summing_clause`) answers that claim, news of its own: a
    denial (lexicon `denial_codes`) is coded."""
    return event is not None and event.cameo.startswith(tuple(LEX.denial_codes)) and \
        S.summing_clause(clause) is not None


def _open_complement_of(trigger: Token) -> Token:
    """The clause an open complement belongs to ("the envoy who tried to meet X": "tried"),
    whose kind (relative, reduced relative) the complement shares. An intent or a threat
    ("the group, which vowed to attack X") is read at its own trigger: the saying performs it.
    A later conjunct of an infinitive is part of that infinitive ("the first to be detained
    and expelled by Y", "the plan that was to end the siege and free Z"): it shares its
    "to" and the clause it hangs on; a finite verb's conjunct ("who was detained and then
    freed") keeps its own reading."""
    clause = trigger
    while True:
        first = S.first_conjunct(clause)
        if first is not clause and S.infinitive(first):
            clause = first
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            return clause
        clause = clause.head


# Subjects of the first person: outside a quotation, the writer's own.
FIRST_PERSON = {"i", "we"}


def writers_voice(trigger: Token) -> bool:
    """"I would argue that X …", "we have seen X …", "X, I have argued, broke …": outside
    a quotation, a clause the writer puts in the first person, or one
    it holds, is the writer's opinion, not news reported."""
    for clause in (trigger, *trigger.ancestors):
        if any(_first_person(c) or (c.dep_ == "parataxis" and any(map(_first_person,
                                                                       c.children)))
               for c in clause.children):
            return True
    return False


def analysts_view(trigger: Token, event: Event | None = None) -> bool:
    """"X will offer Y investment, analysts said", "it is true that X is weighing Z, said Y,
    a professor": what people who comment on the news (lexicon `analyst_nouns`, as the
    speaker's head, its apposition or a title before its name) tell of others' acts is
    their view, not news (the gold leaves out analysts' speculation); their own words about
    someone stay theirs. Only in an article (the caller): a lone sentence is coded for its
    kind of event."""
    said = next((a for a in trigger.ancestors if a.lemma_.lower() in S.SPEECH), None)
    speaker = S.subject_of(said) if said is not None else None
    if speaker is None:
        return False
    titles = [c for c in speaker.children if c.dep_ in {"appos", "compound"}]
    words = [speaker, *titles, *(c for t in titles for c in t.children if c.dep_ == "compound")]
    if not any(t.lemma_.lower() in LEX.analyst_nouns for t in words):
        return False
    return event is None or not any(m.start <= speaker.idx < m.end for m in event.source)


# Quotation marks: a sentence holding one may be part of a quotation however they pair up
# (a quotation of several paragraphs opens each one and closes only the last).
QUOTATION_MARKS = {'"', "\u201c", "\u201d"}


def writers_column(doc: Doc) -> bool:
    """An opinion column or a first-hand account: the writer says "I", outside any quotation,
    in two or more paragraphs ("I tried to …", "When I warned X, …"). What such an article
    tells with no time of its own is the writer's account of a record or of old history,
    told to argue; the news it reports comes with its time ("on Thursday X announced …").
    One paragraph of "I …" is a statement quoted as a block, not the writer's voice."""
    text = S.doc_text(doc)
    paragraphs = {text.rfind("\n", 0, t.idx) for t in doc
                  if t.lower_ == "i" and _first_person(t) and
                  not any(m.text in QUOTATION_MARKS for m in t.sent)}
    return len(paragraphs) >= 2


def _first_person(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and token.lower_ in FIRST_PERSON and \
        not inside_quotation(token)


def _participle_aside(trigger: Token) -> bool:
    """"… the troops in X, deployed there to fight Y": a past participle set off by a comma
    after its clause, with no subject, auxiliary, mark or object of its own, is a reduced
    relative clause on what stands before the comma, which the parser hangs on the main verb
    (as a clause, or as a conjunct no conjunction joins): what was done to that thing, told
    as background, not a second act of the clause's subject ("seized X, deployed troops and
    …" has its object, and its series its conjunction)."""
    head = trigger.head
    if trigger.dep_ not in {"advcl", "conj"} or trigger.i < head.i or \
            trigger.tag_ not in {"VBD", "VBN"} or not trigger.lower_.endswith("ed") or \
            trigger.doc[trigger.i - 1].text != ",":
        return False
    if any(c.dep_ in S.SUBJECTS | S.OBJECTS | {"aux", "auxpass", "mark", "cc"}
           for c in trigger.children):
        return False
    return trigger.dep_ == "advcl" or not any(
        c.dep_ == "cc" for t in (head, *(c for c in trigger.children if c.dep_ == "conj"))
        for c in t.children)


def _weighed_threat(trigger: Token, event: Event | None) -> bool:
    """"X is weighing options to punish Y": force or coercion the subject weighs as a means
    (`syntax.weighed_means`) is a threat it makes (13x), no description of the options;
    other acts weighed stay the weighing's."""
    return event is not None and event.cameo_root == THREAT_ROOT and \
        S.weighed_means(trigger) is not None


def _told_on(clause: Token, event: Event | None) -> bool:
    """"…, said Senator X, who accused Y of lying": a "who" clause set off by a comma after
    a person's name, in the simple past, whose act is one of words against someone
    (lexicon `told_on_roots`: appeals, demands, disapproval, rejection, threats) tells what
    that person did, news told on as a main clause does; it does not describe the person.
    A perfect ("who had threatened Y") or any other act ("who led the invasion") is the
    person's past: background."""
    return event is not None and event.cameo_root in LEX.told_on_roots and \
        S.named_by_who(clause) is not None and clause.tag_ == "VBD" and \
        not any(c.dep_ == "aux" for c in clause.children)


def _told_in_which(clause: Token) -> bool:
    """"talks with Y, in which X urged Z to …", "a letter in which X asked Y …": a relative
    clause opened by "in which" or "during which" on a meeting (lexicon `meeting_nouns`) or
    a text (`utterance_nouns`) tells what was said or done in it, as a main clause does; the
    parser may hang it on the name closing the noun's own phrase ("talks with Y, in which":
    no one is "in" a person)."""
    if clause.dep_ != "relcl" or not any(
            c.dep_ == "prep" and c.lower_ in {"in", "during"} and c.i < clause.i and
            any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
            for c in clause.children):
        return False
    noun = clause.head
    if noun.dep_ == "pobj" and noun.pos_ == "PROPN" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun.lemma_.lower() in LEX.meeting_nouns | LEX.utterance_nouns


def _narrated(trigger: Token) -> bool:
    """A "when" clause, which the parser hangs from the time it follows ("on Friday, when X
    attacked Y"), or a "where" clause set off by a comma after a place's name whose subject
    is a pronoun ("flew to X, where he met Y"): it tells what happened then or there, as a
    main clause does; it describes no thing. One on an indefinite time or place ("at a time
    when X is attacking Y") describes the circumstances of the main clause's news:
    background."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.head.children)
    if indefinite:
        return False
    for mark in (c for c in trigger.children if c.dep_ == "advmod"):
        if mark.lower_ == "when":
            return True
        # "… flew to X, where he met Y": what the one just spoken of did at the place just
        # named, told on ("X, where Y fought two wars" describes the place)
        if mark.lower_ == "where" and mark.i > 0 and trigger.doc[mark.i - 1].text == "," and \
                trigger.head.pos_ == "PROPN" and any(
                    c.dep_ == "nsubj" and c.tag_ == "PRP" for c in trigger.children):
            return True
    return False


# What closes a dateline before the story's first sentence ("CITY: …", "CITY - …").
DATELINE_PUNCT = {":", "-", "--", "—", "–"}


def _after_dateline(trigger: Token) -> bool:
    """A clause with its own subject that the parser hangs from a dateline ("CITY: X has
    met Y", the place's name taken for the root): the sentence's main clause, not a relative
    one."""
    head = trigger.head
    return head.dep_ == "ROOT" and head.i < trigger.i and \
        any(c.dep_ == "nsubj" for c in trigger.children) and \
        any(t.text in DATELINE_PUNCT for t in head.doc[head.i + 1:trigger.i]) and \
        not any(t.pos_ in {"VERB", "AUX"} for t in head.doc[head.sent.start:head.i])


def headline(sent: Span) -> bool:
    """A title line ("Rebels Seize Two Towns"): every word of four or more letters
    capitalised, no closing punctuation, the line ending there. The story tells its news again
    in full sentences, where it is coded."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if not words or last is None or last.is_punct:
        return False
    rest = S.doc_text(sent.doc)[last.idx + len(last):].lstrip(" \t")
    return all(t.text[0].isupper() for t in words) and (not rest or rest[0] == "\n")


# The most words a title line has (a headline, a cross-heading, a link to another story).
TITLE_WORDS = 20


def title_line(sent: Span) -> bool:
    """A line of the article on its own, more text after it, with no closing punctuation and
    at most TITLE_WORDS words: a title, a cross-heading or a link to another story, however it
    is capitalised ("Leaders agree on a truce", "Talks in Geneva"). Running text ends its
    sentences with punctuation; a lone sentence (no line after it) is not judged so."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.is_punct or last.text.endswith(".") or \
            sum(t.is_alpha for t in sent) > TITLE_WORDS:  # "… in Washington, D.C."
        return False
    text = S.doc_text(sent.doc)
    before = text[:sent.start_char].rstrip(" \t")
    after = text[last.idx + len(last):]
    return (not before or before.endswith("\n")) and after.lstrip(" \t").startswith("\n") \
        and bool(after.strip())


def performed(trigger: Token, event: Event | None) -> bool:
    """"'We condemn X,' she said", "'I urge X to …'": a verbal act (lexicon
    `performative_roots`) aimed at someone and named in the first person and the simple
    present, with no auxiliary but "do" ("we do not accept X"), is performed by saying it:
    the quotation is the act, its speaker the doer. "We condemned", "we will urge", "we
    must reject" tell of an act; "I agree" aims at no one. So is a stance held in the
    present ("'We are opposed to X,' she said": `syntax.stance_tense`)."""
    if event is None or not event.target or event.cameo_root not in LEX.performative_roots:
        return False
    if (tense := S.stance_tense(trigger)) is not None:  # "are" of "we are opposed to X"
        subject = S.subject_of(trigger)
        return subject is not None and subject.lower_ in FIRST_PERSON and \
            tense.tag_ in S.PRESENT
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return trigger.tag_ == "VBP" and subject is not None and subject.lower_ in FIRST_PERSON and \
        not any(c.dep_ in {"aux", "auxpass"} and c.lemma_ != "do" for c in trigger.children)


def _names_its_actors(trigger: Token) -> bool:
    """Whether a clause has a subject that is not a pronoun and an object or prepositional
    phrase naming an actor: a quotation naming both sides ("Chile attacked Bolivia," she
    said) reports a happening as indirect speech does; one in the speaker's own voice ("we",
    "they") or naming no other side ("Chile gave up its lead", "… will meet its cabinet") is
    the speaker's talk. An event noun said to happen ("clashes broke out between Chile and
    Bolivia", `syntax.occurring`) is its verb's subject, and the verb's phrases are its own."""
    clause = trigger.head if S.occurring(trigger) else trigger
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in LEX.pronouns or subject.lower_ in {"you", "us"}:
        return False
    heads = [c for c in clause.children if c.dep_ in {"dobj", "dative"}] + [
        g for c in clause.children if c.dep_ in {"prep", "agent", "dative"}
        for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    spans = [(m.start, m.end) for m in trigger.doc._.mentions or []]
    return any(start <= t.idx < end for head in heads for t in S.phrase_tokens(head)
               for start, end in spans)


# CAMEO 030: express intent to cooperate, not specified (a promise verb's bare pattern).
PLEDGE_NOT_SPECIFIED = "030"


def promised_strife(trigger: Token, code: str, patterns: PatternSet,
                    matched: Callable[[Token], Pattern | None]) -> bool:
    """"vowed to veto the bill", "promised to ban X", "vowed to kill the deal": a pledge
    not specified (CAMEO 030) of a verb of promising (lexicon `pledging`) whose complement is
    an act the verb patterns code as conflict (roots 10-20: demands, disapproval, rejection,
    threats, force) promises no cooperation; the pledge is left uncoded rather than guessed
    at. The complement's own match (`matched`) decides ("vowed to strike a deal": an
    agreement); with none, its verb's bare patterns do ("kill" with a deal for object
    matches nothing, and killing is force). CAMEO's threats (13x) come from the promise
    verb's own patterns where they fit ("vowed to attack X")."""
    if code != PLEDGE_NOT_SPECIFIED or trigger.lemma_.lower() not in LEX.pledging:
        return False
    for clause in trigger.children:
        if clause.dep_ not in {"xcomp", "ccomp"} or clause.pos_ not in {"VERB", "AUX"}:
            continue
        match = matched(clause)
        found = [match] if match is not None else [
            p for p in patterns.verbs.get(clause.lemma_.lower(), ()) if p.specificity == 0]
        if found and all(not p.null and p.code[:2] >= "10" for p in found):
            return True
    return False
