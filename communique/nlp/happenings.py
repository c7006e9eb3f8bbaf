"""Which happenings a sentence's matches make: a sentence printed twice or in a discarded story is
not coded, old history is no news (nor what a paragraph tells after dating it to old history),
nor is private life (an article's event among uncoded people only), one happening
gives one event (nor is an act told again in a later sentence coded again), and a statement
counts only when nothing more telling is said (CAMEO codes the most specific event of a
sentence).
Reciprocal events ("X and Y agreed") are coded both ways.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from communique.kb.agents import sector_of
from communique.models import Event, Mention
from communique.nlp import syntax as S
from communique.nlp.arguments import GENERIC, PLACE_KINDS
from communique.nlp.context import UNCODED_ORG, UNCODED_PERSON
from communique.nlp.discards import story_discarded
from communique.nlp.dyads import POSSESSIVES
from communique.nlp.lexicon import LEX
from communique.nlp.modality import PRESENT
from communique.nlp.naming import mention_head, token_range
from communique.nlp.patterns import FORCE_ROOTS, POSTURE_ROOT
from communique.nlp.when import own_date, resolve
from communique.partial_date import PartialDate, middle_day

MEETING_ROOT = "04"  # CAMEO: consult
APPEAL_ROOT = "02"  # CAMEO: appeal


def historical(date: str | None, published: str | None) -> bool:
    """An event dated two or more calendar years before the article's publication is
    background history, not news (CAMEO codes the news of the day)."""
    if not date or not published or not date[:4].isdigit() or not published[:4].isdigit():
        return False
    return int(published[:4]) - int(date[:4]) >= 2


# How long before the article's day a happening it dates to a month or a day is retold, not
# news: about a year (a coder still codes the act of eleven months before that an article
# recalls as the news it explains).
STALE_DAYS = 365


def stale(trigger: Token, date: str | None, published: str | None) -> bool:
    """An event dated by its year alone to a year before the article's ("last year", "in
    2016": a year's happening summed up) or to a month or a day that ended more than
    STALE_DAYS before the article's day is a happening of an earlier year retold, not news
    (CAMEO codes the news of the day). Only for an article dated to the day (the caller
    checks `is_article`: a lone sentence tells no news of its own day), for the event's own
    date (a clause set by its paragraph needs `historical`), and not for a present perfect
    ("X has denied meddling last year"): it tells a standing act of now, and a finished time
    in its clause is that of what it is about. Nor for an act owned up to ("admitted meeting
    X in 2016", `syntax.owned_up`): the admission makes it news."""
    told, now = PartialDate.parse(date), PartialDate.parse(published)
    if told is None or now is None or (today := now.day()) is None or \
            (S.perfect(trigger) and S.finite_tag(trigger) in PRESENT) or \
            S.owned_up(trigger):
        return False
    if told.month is None:
        return told.year < now.year
    end = told.day() or _month_end(told.year, told.month)
    return (today - end).days > STALE_DAYS


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def latest_year(doc: Doc, dates: list[Span]) -> str | None:
    """The latest year an article names in full ("in 2019", "March 4, 2018"): an article with
    no date of its own is at least that recent, so events two years before it are history.
    None for a text of one or two sentences, which tells no time of its own writing."""
    if sum(1 for _ in doc.sents) < 3:
        return None
    years = [int(t.text) for span in dates for t in span
             if len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100]
    return str(max(years)) if years else None


def set_in_history(time: tuple[str | None, str] | None, published: str | None) -> bool:
    """"In 1978 X marched on Y. Z proposed talks.": a past-tense clause that gives no time of
    its own (the caller has checked both) is set at the time the sentences before it in its
    paragraph give (`paragraph_time`, found by the caller). When that time is history
    (`historical`), so is the clause."""
    return bool(published) and time is not None and historical(time[0], published)


# The days before or after an article's date that are the time of its news ("today", "on
# Tuesday", "last weekend").
NEWS_DAYS = 7


def set_in_news(time: tuple[str | None, str] | None, published: str | None) -> bool:
    """"Two visits are under way today. The first is X's arrival in Y.": a clause that gives
    no time of its own (the caller has checked) set by the sentences before it in its
    paragraph (`paragraph_time`, found by the caller) at a day within NEWS_DAYS of the
    article's is told as news of the day, whoever tells it."""
    base = middle_day(published)
    if base is None or time is None or time[1] != "day":
        return False
    day = middle_day(time[0])
    return day is not None and abs((day - base).days) <= NEWS_DAYS


def paragraph_time(trigger: Token, dates: list[Span], published: str | None,
                   precision: str) -> tuple[str | None, str] | None:
    """(iso, precision) of the time the sentences before the trigger's in its paragraph give
    it: that of the main clause of the nearest sentence that names one ("X claimed Friday
    that its test was the fifth since 2009": Friday), else the last time it names, back to
    one told in the present, which brings the story back to now (None then, as when none
    names a time)."""
    if not published:
        return None
    paragraph = S.doc_text(trigger.doc).rfind("\n", 0, trigger.idx) + 1
    sent = trigger.sent
    while sent.start > 0:
        sent = trigger.doc[sent.start - 1].sent
        if sent.start_char < paragraph:
            return None
        times = [time for span in dates if sent.start <= span.start and span.end <= sent.end
                 if (time := resolve(span.text, middle_day(published), precision))]
        if times:  # the time of the sentence's main clause, else the last it names
            return own_date(sent.root, dates, published, precision) or times[-1]
        if S.finite_tag(sent.root) in PRESENT | {"MD"}:
            return None
    return None


def is_article(doc: Doc) -> bool:
    """Whether the text is an article of several paragraphs (a line break inside it), not a
    lone report of a sentence or a paragraph."""
    return "\n" in S.doc_text(doc).strip()


def private(event: Event) -> bool:
    """An event in an article (`is_article`) all of whose sides are people the knowledge base
    lacks: the resolver has read the article, which codes the people it names with an office,
    a party or a country, so these are private persons the text ties to no state or group (a
    lawyer paying a client, a student meeting friends). CAMEO codes interactions of political
    actors; this is private life. A body (an uncoded organisation) or a sector ("police",
    "protesters") may be political and is kept; so is any event of a lone report, which
    introduces nobody (an uncoded person there may still be an official). So is such a
    person going to, coming to or meeting in a place (a consultation, CAMEO 04, whose only
    target is a place): private travel, no visit of a state's."""
    if event.cameo_root == MEETING_ROOT and event.source and event.target and \
            all(m.actor.code is None and m.actor.kind == UNCODED_PERSON for m in event.source) \
            and all(m.actor.kind in PLACE_KINDS for m in event.target):
        return True
    return all(m.actor.code is None and m.actor.kind == UNCODED_PERSON
               for m in [*event.source, *event.target])


def internal(trigger: Token, event: Event, article: bool) -> bool:
    """An act inside one actor, not between actors (CAMEO codes interactions): a meeting or
    an order aimed only at the source's own staff (`own_staff`), an order (lexicon
    `commanding`) from a body of a state to the bodies of the same state it orders
    (`administrative_order`), or an act whose only other side is the source's own seat
    named as its scene (`own_seat`), or, in an article (`is_article`, found once per text by
    the caller), an act among the members of one body of a state (`one_body`). A
    consultation with no other side (`unpartnered`) is known only once its sources are paired
    (the caller)."""
    return own_staff(trigger, event) or administrative_order(trigger, event) or \
        own_seat(trigger, event) or (article and one_body(event))


def unpartnered(event: Event) -> bool:
    """"The ministers met on Monday", "officials discussed the plan", "X and Y attended the
    meeting": a consultation (CAMEO 04: meetings, talks, visits) is between two sides; with
    no other side named it is its sources among their own people, or sources that attend or
    visit side by side (sources meeting each other are each other's targets: `reciprocal`,
    whose pairs the caller keeps). People named only by a common noun ("met with two
    leaders", "spoke to the media", "met his family") are no other side either: the text
    does not say who they are. So too an appeal (CAMEO 02) made only to such people ("urged
    residents to stay indoors", "asked experts whether …"): CAMEO codes appeals between
    political actors, and these name none; an appeal with no addressee named is still one.
    Only in an article (`is_article`): a lone sentence is coded for its kind of event, which
    the sentence sets score with no other side."""
    generic = all(m.actor.code is None and m.actor.kind == GENERIC for m in event.target)
    return generic and (event.cameo_root == MEETING_ROOT or (
        event.cameo_root == APPEAL_ROOT and bool(event.target)))


def one_body(event: Event) -> bool:
    """"The interior minister dined with the prime minister", "a senator blocked another
    senator's bill": every side coded as the same body of one state (one code whose sector is a
    state's, lexicon `state_sectors`) is that body at work inside itself; CAMEO codes
    interactions between political actors, and one actor has no other side. Only in an
    article (`is_article`), whose people the resolver codes by the office the article gives
    them: a lone sentence names no office, and the knowledge base's current office for a
    person (a former minister and a sitting one) may make two bodies or two times one code."""
    codes = {m.actor.code for m in [*event.source, *event.target]}
    sectors = {m.actor.sector for m in event.source}
    return bool(event.target) and len(codes) == 1 and None not in codes and \
        sectors <= set(LEX.state_sectors)


# Kinds of actor that are a seat of government as well as a body: a capital ("Washington"),
# an organisation named by its building or quarter ("the White House", "Foggy Bottom").
SEAT_KINDS = {"capital", "organisation"}
# Prepositions that name where something happens or goes ("at", "in", "from", "to").
PLACE_PREPS = {"at", "in", "inside", "from", "to", "into", "outside", "near"}


def own_seat(trigger: Token, event: Event) -> bool:
    """"X arrived at <its own ministry>", "X returned to <its capital>", "X spoke in a briefing
    from <its seat of government>": every target is the source's own body or capital (the
    same code; `SEAT_KINDS`) named as a place, the object of a preposition of place: the
    scene of the act, not another side of it. A protest is aimed
    at the place it is held in (lexicon `home_target_roots`) and keeps it."""
    doc = trigger.doc
    codes = {m.actor.code for m in event.source}
    return bool(event.target) and event.cameo_root not in LEX.home_target_roots and all(
        m.actor.code in codes and m.actor.code is not None and m.actor.kind in SEAT_KINDS and
        _placed(mention_head(doc, m)) for m in event.target)


def _placed(head: Token | None) -> bool:
    """Whether a word is the object of a preposition of place (`PLACE_PREPS`)."""
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS


def own_staff(trigger: Token, event: Event) -> bool:
    """"X met with his advisers", "Y briefed its top military officials": every target is
    people who work for an actor (lexicon `own_staff`) that a possessive pronoun opening
    their phrase makes the source's own."""
    doc = trigger.doc
    heads = [mention_head(doc, m) for m in event.target]
    return bool(heads) and all(
        head is not None and head.lower_ in LEX.own_staff and any(
            t.dep_ == "poss" and t.lower_ in POSSESSIVES for t in head.subtree if t.i < head.i)
        for head in heads)


def administrative_order(trigger: Token, event: Event) -> bool:
    """"The president directed the army and the interior ministry to draw up a plan": an
    order (lexicon `commanding`) whose object is among its targets, all of whose sides are
    bodies of one state (lexicon `state_sectors`; staff a common noun names,
    `_own_staff_named`), is the state's administration of itself, no interaction between
    political actors."""
    obj = S.direct_object(trigger)
    if trigger.lemma_.lower() not in LEX.commanding or obj is None or not event.target:
        return False
    doc = trigger.doc
    if not any(start <= obj.i < end for start, end in
               (token_range(doc, m) for m in event.target)):
        return False
    countries = {m.actor.country for m in event.source}
    if len(countries) != 1 or not all(m.actor.sector in LEX.state_sectors for m in event.source):
        return False
    return all((m.actor.sector in LEX.state_sectors and m.actor.country in countries) or
               _own_staff_named(m) for m in event.target)


def _own_staff_named(mention: Mention) -> bool:
    """"The governor ordered officials to …": people an order's object names by a common noun
    of a body of a state (an agent word of a state sector, lexicon `state_sectors`), with no
    country or code of their own, are the ordering state's own staff."""
    if mention.actor.code is not None or mention.actor.kind != GENERIC:
        return False
    found = sector_of(mention.text.lower().split())
    return found is not None and found[1] in LEX.state_sectors


def skipped_sentences(doc: Doc) -> list[bool]:
    """For each token, whether its sentence is not to code: all of them in a story the
    discard list drops; a sentence printed again in the article (its first copy is coded);
    a line of page furniture (`furniture_lines`), a run of inline links (`inline_links`)."""
    text = S.doc_text(doc)  # `Span.text` joins its tokens on each call
    if story_discarded(text, ((s.start_char, s.end_char) for s in doc.sents)):
        return [True] * len(doc)
    seen: set[str] = set()
    skipped = [False] * len(doc)
    if lines := furniture_lines(text) + inline_links(text):
        for token in doc:
            skipped[token.i] = any(start <= token.idx < end for start, end in lines)
    for sent in doc.sents:
        key = " ".join(re.findall(r"\w+", text[sent.start_char:sent.end_char].lower()))
        if key and key in seen:
            skipped[sent.start:sent.end] = [True] * len(sent)
        seen.add(key)
    return skipped


@cache
def _page_labels() -> re.Pattern[str]:
    labels = sorted(LEX.page_labels, key=len, reverse=True)
    # a label ending in punctuation ("More:") may run into the headline it labels
    words = [re.escape(label) + (r"(?!\w)" if label[-1].isalnum() else "") for label in labels]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})")


# A run of links to other stories set inline after a person's name: the name glued to the
# first headline ("SmithTrump says …", "Smith2020 race …"), the run closed by an all-capital
# "MORE" (a link to the person's page).
INLINE_LINKS = re.compile(r"(?<=[a-z]{2})(?:[A-Z][a-z]|\d{4})[^\n]{30,600}?\bMORE\b(?! [A-Z]{2})")


def inline_links(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of inline links to other stories (`INLINE_LINKS`): the
    headlines in it are other stories' news, not the article's; the prose around the run,
    whose subject is the name before it, is still coded."""
    return [m.span() for m in INLINE_LINKS.finditer(text)]


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line that carries a label a site prints on a caption, a
    video's title or a link to another story (lexicon `page_labels`): it describes a picture
    or names another story, it reports no news of its own. The parser may join such a line
    to the sentence after it; the news there is still coded."""
    pattern = _page_labels()
    return [line.span() for line in re.finditer(r"[^\n]+", text) if pattern.search(line.group())]


RECIPROCAL = tuple(LEX.reciprocal_codes)
MILITARY_COOPERATION = "062"  # CAMEO: cooperate militarily
MOBILIZATION = "154"  # CAMEO: mobilize or increase armed forces
REPRESSION = "175"  # CAMEO: use tactics of violent repression
CONVENTIONAL_FORCE = "190"  # CAMEO: use conventional military force
VIOLENT_PROTEST = "145"  # CAMEO: protest violently, riot
PROPERTY_DESTROYED = "1712"  # CAMEO: destroy property
# CAMEO's forces sent as aid: military aid (072), military protection or peacekeeping (074).
TROOP_AID_CODES = {"072", "074"}


def casualties_of(trigger: Token, code: str, force_acts: set[int]) -> bool:
    """"struck the camp, killing 20", "shelled the post, killing two and wounding five": a
    participle of harming people (lexicon `casualty_verbs`) with no subject of its own that
    hangs from a verb already coded as force (`force_acts`: its token's index), directly or
    as the conjunct of such a participle, tells what that act did: the same happening,
    coded once, at the act (CAMEO: one event per happening)."""
    if code[:2] not in FORCE_ROOTS or trigger.tag_ != "VBG" or \
            trigger.lemma_.lower() not in LEX.casualty_verbs:
        return False
    participle = trigger
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
        participle = participle.head
    return participle.dep_ == "advcl" and S.own_subject(participle) is None and \
        participle.head.i in force_acts


def sent_against(code: str, trigger: Token, target: list[Mention]) -> bool:
    """Whether forces sent or deployed (`TROOP_AID_CODES`) go against their target: "sent
    troops to fight X", "deployed troops for an offensive against X" name X in an "against"
    phrase or as the object of a verb of fighting (lexicon `reciprocal_verbs`) below the
    trigger, so X is the enemy the forces are mobilised against (`MOBILIZATION`), not the
    party given military aid or protection."""
    if code not in TROOP_AID_CODES:
        return False
    for mention in target:
        head = mention_head(trigger.doc, mention)
        for above in head.ancestors if head is not None else ():
            if above.i == trigger.i:
                break
            if (above.dep_ == "prep" and above.lower_ == "against") or (
                    above.pos_ == "VERB" and above.lemma_.lower() in LEX.reciprocal_verbs):
                return True
    return False


# CAMEO 143: conduct a strike or boycott.
LABOUR_STRIKE = "143"


def unarmed_code(code: str, source: list[Mention], trigger: Token) -> str | None:
    """CAMEO's conventional force (19) is that of armed forces and groups: the same act done
    by unarmed people only (lexicon `unarmed_sectors`: "settlers attacked the farmers",
    "demonstrators blockaded the embassy") is unconventional violence or a protest
    (lexicon `unarmed_force_codes`: 180, 144), and a strike they launch or start is a
    stoppage of work (lexicon `work_stoppages`: "nurses launched a strike", CAMEO 143).
    None where the code or the doers differ."""
    unarmed = LEX.unarmed_force_codes.get(code)
    noun = trigger if trigger.pos_ in {"NOUN", "PROPN"} else S.direct_object(trigger)
    if code[:2] in FORCE_ROOTS and noun is not None and \
            noun.lemma_.lower() in LEX.work_stoppages:
        unarmed = LABOUR_STRIKE
    return unarmed if unarmed and source and all(
        _sector(m) in LEX.unarmed_sectors for m in source) else None


def rioted(code: str, trigger: Token, source: list[Mention]) -> str | None:
    """CAMEO 145, violent protest ("rioting, sabotage, use of violence or destruction of
    property" in a protest): force or destruction of property (CAMEO 18, 19, 1712) done
    by a crowd (lexicon `crowd_nouns`: "protesters set fire to the building", "rioters
    attacked the police"); seizing a building stays a seizure (171). None for any other
    event."""
    crowd = bool(source) and all(
        (head := mention_head(trigger.doc, m)) is not None and
        head.lemma_.lower() in LEX.crowd_nouns for m in source)
    return VIOLENT_PROTEST if crowd and (code[:2] in {"18", "19"} or
                                         code == PROPERTY_DESTROYED) else None


def armed_fight(code: str, target: list[Mention]) -> str | None:
    """CAMEO 175, violent repression, is force used on civilians: weapons used on armed
    forces or groups (lexicon `armed_sectors`: "used artillery against the rebels", "used
    tanks against X's troops") are conventional military force (190). None for any other
    event."""
    armed = code == REPRESSION and bool(target) and \
        all(_sector(m) in LEX.armed_sectors for m in target)
    return CONVENTIONAL_FORCE if armed else None


def repressed(code: str, trigger: Token, sides: list[Mention]
              ) -> tuple[list[Mention], list[Mention]] | None:
    """CAMEO 175, violent repression ("use violent control measures against civilian
    demonstrators"): a fight each side wages on the other (lexicon `reciprocal_verbs`:
    "police clashed with protesters", "clashes between protesters and troops") between the
    state's forces of order (lexicon `order_sectors`) and a crowd (lexicon `crowd_nouns`) is
    the forces' repression of the crowd, whichever side the sentence names first: the
    forces and the crowd, or None for any other fight."""
    if code[:2] not in FORCE_ROOTS or trigger.lemma_.lower() not in LEX.reciprocal_verbs:
        return None
    forces = [m for m in sides if _sector(m) in LEX.order_sectors]
    crowds = [m for m in sides if (head := mention_head(trigger.doc, m)) is not None and
              head.lemma_.lower() in LEX.crowd_nouns]
    if not forces or not crowds or len(forces) + len(crowds) != len(sides):
        return None
    return forces, crowds


def _sector(mention: Mention) -> str | None:
    """A mention's sector, or for an uncoded one that of the agent word its text ends with
    (data/actors/agents.tsv: "demonstrators")."""
    found = sector_of(mention.text.split()) if mention.actor.sector is None else None
    return found[1] if found else mention.actor.sector


def joint_exercise(code: str, trigger: Token, sides: list[Mention]) -> bool:
    """Whether an event is a joint exercise: PLOVER codes joint military operations as
    cooperation and a single country's exercises as a posture, so an exercise (lexicon
    `exercises`) coded as a posture (CAMEO 15) that two or more sides hold ("X and Y launched
    naval drills near Z", "the armies of X and Y staged war games", "… ten days of drills")
    is military cooperation (`MILITARY_COOPERATION`) between them, coded both ways
    (`reciprocal`); a place it is held near is where, not whom it is aimed at."""
    if code[:2] != POSTURE_ROOT or len({m.actor.code or m.actor.name for m in sides}) < 2:
        return False
    noun = trigger if trigger.pos_ in {"NOUN", "PROPN"} else S.direct_object(trigger)
    return noun is not None and _exercise(S.counted_noun(noun))


def _exercise(noun: Token) -> bool:
    """Whether a noun names a military exercise, alone or with a compound before it ("war
    games")."""
    lemma = noun.lemma_.lower()
    compounds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    return lemma in LEX.exercises or any(f"{c} {lemma}" in LEX.exercises for c in compounds)


def reciprocal(event: Event, mutual: bool = False, article: bool = False,
               each_way: bool = False) -> list[Event]:
    """An event CAMEO codes twice, actors reversed ("X and Y agreed", "X and Y signed a
    deal"), or one the sides do to each other or together (`mutual`: "X and Y clashed", "X and
    Y held joint exercises"), whatever its code: one event from each of two sources to the
    other, beside the event with all of them as sources (PLOVER's list form). Of three sources
    ("X, Y and Z met"), one event from the one named first to each of the others, as coders
    code a gathering of three: it is one happening, which those two events cover (each pair,
    or both directions of each, would code it three or six times). None when
    the trigger's own slots aim it at someone else ("X and Y met Z") or when the sources are
    not actors of distinct codes; a body the knowledge base lacks counts by its name ("X and
    the ACME Exchange agreed", "the ACME Assembly and the ACME Senate agreed": two named
    bodies are two sides), uncoded people not at all. In an article, an act the codebook
    does not code twice that two sides do to each other ("X and Y troops clashed", "a fight
    broke out between X and Y troops") is one happening, coded once, from the side named
    first to the other; one each side does to the other (`each_way`: "X and Y accused each
    other") is two, coded both ways."""
    sides = event.source
    if not 2 <= len(sides) <= 3 or not (mutual or event.cameo.startswith(RECIPROCAL)) or \
            not all(m.actor.code or m.actor.kind == UNCODED_ORG for m in sides) or \
            len({m.actor.code or m.actor.name for m in sides}) < len(sides):
        return []
    once = article and not event.cameo.startswith(RECIPROCAL) and not each_way
    if once:
        sides = sorted(sides, key=lambda m: m.start)
    pairs = [(sides[0], b) for b in sides[1:]]
    if len(sides) == 2 and not once:
        pairs += [(b, a) for a, b in pairs]
    return [replace(event, source=[a], target=[b]) for a, b in pairs]


def one_per_happening(events: list[Event]) -> list[Event]:
    """One sentence, one event per happening: of events in the same sentence with the same
    CAMEO root and the same actors (or one with no target where the other has one), the one
    with a target, then the most specific code, then the most confident, stays."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: (not e.target, -len(e.cameo), -e.confidence)):
        if not any(_same_happening(event, other) for other in kept):
            kept.append(event)
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(kept, key=lambda e: order[id(e)])


ACT_ROOTS = tuple(LEX.act_roots)


def retold_acts(events: list[Event], times: dict[tuple[tuple[int, int], str], str] | None = None
                ) -> list[Event]:
    """News is told lead first, then elaborated: an act (`act_roots`: a meeting, a signing, a
    withdrawal, an attack) of the same root, from the same actors to the same actors, on the
    same day as one an earlier sentence of the article codes, is that act told again, not
    another ("X and Y signed" is coded each way round as well, so "Y signed with X" after it
    is the same signing; "Y struck X" after "X struck Y" is another act), and so is one of the
    same root by the same actors on the same day that names no target ("X struck Y. … X's
    strike was the third this year"). Acts among actors
    the knowledge base does not code are left alone, as are utterances: each statement,
    demand or threat is said anew. An undated event's day is the words that time it
    (`times`, by sentence span and trigger): in an undated article "on May 14" and "on
    May 21" are two acts."""
    first: dict[tuple[object, ...], tuple[int, int]] = {}
    done: dict[tuple[object, ...], tuple[int, int]] = {}  # the same, whatever the target
    kept = []
    for event in events:
        when = event.date or (times or {}).get((event.span, event.trigger or ""))
        key = (event.cameo_root, event.negated, when, _codes(event.source),
               _codes(event.target))
        if not event.cameo.startswith(ACT_ROOTS) or not (key[3] | key[4]) - {None}:
            kept.append(event)
            continue
        earlier = done.setdefault(key[:4], event.span)
        if first.setdefault(key, event.span) == event.span and \
                (event.target or earlier == event.span):
            kept.append(event)
    return kept


def said_on(events: list[Event], text: str) -> list[Event]:
    """A statement quoted over several sentences is coded once, at the first: a verbal act
    (lexicon `performative_roots`: an appeal, a criticism, a demand, a threat ...) of the same
    root by the same coded speakers to the same targets as one the sentence right before
    codes (nothing but space between them) goes on saying that ("X criticized Y. 'Y's plan
    is a troubling one,' X said."). Applied in an article (the caller)."""
    kept: list[Event] = []
    for event in events:
        key = (event.cameo_root, _codes(event.source), _codes(event.target))
        if event.cameo_root in LEX.performative_roots and None not in key[1] and any(
                (said.cameo_root, _codes(said.source), _codes(said.target)) == key and
                said.span[1] <= event.span[0] and not text[said.span[1]:event.span[0]].strip()
                for said in kept):
            continue
        kept.append(event)
    return kept


def _codes(mentions: list[Mention]) -> frozenset[str | None]:
    return frozenset(m.actor.code for m in mentions)


def _same_happening(a: Event, b: Event) -> bool:
    if a.span != b.span or a.cameo_root != b.cameo_root or a.negated != b.negated or \
            _codes(a.source) != _codes(b.source):
        return False
    return not a.target or not b.target or _codes(a.target) == _codes(b.target)


def without_bare_statements(events: list[Event], stance: bool = False) -> list[Event]:
    """A general statement (010) is an event only when its text (the sentence, or the whole
    article) has no other, more telling one, nor took a stance the coder leaves out for
    naming no one (`stance`: "X condemned the violence"): an article's news is in its acts,
    and keeping each sentence's statements measured far less precise."""
    telling = [e for e in events if e.cameo != "010"]
    return telling if telling or stance else events

