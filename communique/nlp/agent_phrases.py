"""Agent phrases (data/actors/agents.tsv, `kb.agents`): a sector given to a country or a
body ("Iranian forces" → IRNMIL, "Lebanon's army", "the head of the army"), a person the
knowledge base lacks coded from how the text describes them ("Jordanian Foreign Minister X" →
a learned JORGOV actor), and a definite description that refers back to a person named
earlier ("the Saudi minister"). With no owner in the phrase, the article gives the country
where the grammar lets it (`ArticleContext.country_at`, `naming.challenged_state`).
"""

from __future__ import annotations

from collections import Counter

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from communique.ids import content_id
from communique.kb.agents import agents, sector_of
from communique.models import Actor, Mention
from communique.nlp import syntax as S
from communique.nlp.context import (COUNTRY_NAMES, PERSON_KINDS, UNCODED_ORG,
                                     ArticleContext, cameo_country, iso3, title_words,
                                     uncoded_agent)
from communique.nlp.lexicon import LEX
from communique.nlp.naming import (challenged_state, entity_at, in_phrase_name, in_title,
                                   is_acting, is_institution, stance_prefixed, token_range)
from communique.nlp.objects import packaged_object_classes

# Sectors an agent phrase with no country of its own ("the police", "lawmakers") takes the
# article's country for; vaguer ones ("people", "men", "businessmen") stay uncoded.
CONTEXT_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "INS", "OPP", "SPY", "PTY", "CVL"}
# "Gunmen", "armed men" (CAMEO's unaligned armed forces) and "kidnappers", "smugglers"
# (criminals): people who act with no side of their own; acting, they are kept with their
# words and no code, never the article's country.
ACTING_SECTORS = CONTEXT_SECTORS | {"UAF", "CRM"}
# "the head of Lebanon's army": these take the code of what they head or speak for.
LEADER_WORDS = {"head", "chief", "leader", "commander", "spokesman", "spokeswoman",
                "spokesperson", "chairman", "director", "member", "members", "delegation"}
OWNER_KINDS = {"country", "capital", "organisation", "group", "igo"}
BODY_KINDS = {"organisation", "group", "igo"}
# Those who take up arms against a state (rebels, insurgents): an article's rebels given no
# country of their own are the ones it last named with one ("separatist forces in X …
# rebels attacked …": X's), before the country it names most, which is often the state
# said to back them.
REBEL_SECTORS = {"REB", "INS"}
# "officials of X", "analysts at X", "a spokesman for X": the people belong to X; "at" and
# "for" only when X is a body (officials "at the border", "for the region" are not its own).
MEMBERSHIP_PREPS = {"of", "at", "for"}


def agent_phrases(doc: Doc, ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the agent phrases added ("Iranian forces" → IRNMIL), each replacing
    the names it overlaps."""
    # An uncoded name gives way to an agent phrase over it ("the Foreign Ministry").
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))
                if m.actor.code is not None}
    unknown_bodies = {t: m for m in mentions if m.actor.kind == UNCODED_ORG and
                      sector_of(m.text.split()) is None for t in range(*token_range(doc, m))}
    out = list(mentions)
    for chamber in _chambers(doc, ctx, by_token, unknown_bodies):
        out = [m for m in out if not (m.start < chamber.end and chamber.start < m.end)]
        out.append(chamber)
        by_token.update(dict.fromkeys(range(*token_range(doc, chamber)), chamber))
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array("ORTH").tolist()]
    ends = _agent_last_words()
    for i, text in enumerate(texts):
        if " " not in text and text.lower() not in ends:
            continue  # no agent phrase ends with this word
        token = doc[i]
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in by_token or in_title(token) or \
                in_phrase_name(token):
            continue
        if token.dep_ in {"compound", "amod"} and token.head.i == token.i + 1 and \
                token.head.pos_ == "NOUN" and (sector_of([token.text, token.head.text]) or
                                               (0, ""))[0] == 2:
            continue  # "government forces": the longer phrase, at its head ("ministry
            # spokesman" is none: the ministry is the phrase, its spokesman speaks for it)
        if token.lower_ in LEX.rank_words and token.dep_ in {"compound", "amod"} and \
                token.head.i > token.i and token.head.pos_ == "NOUN" and \
                sector_of([token.head.text]) is not None:
            continue  # "deputy ambassador": a rank of the office its head names
        found = sector_of(texts[max(0, token.i - 5):token.i + 1])
        if found is not None and found[0] == 1:
            found = _led_sector(token) or found
        if found is None:
            continue
        size, sector = found
        start = token.i - size + 1
        if any(t in by_token for t in range(start, token.i + 1)):
            continue
        mention = _agent_mention(doc, ctx, by_token, start, token, sector, unknown_bodies)
        if mention is not None:
            replaced = {id(m) for m in out if m.start < mention.end and
                        mention.start < m.end}
            out = [m for m in out if id(m) not in replaced] + [mention]
            by_token.update(dict.fromkeys(range(*token_range(doc, mention)), mention))
    return out


def _chambers(doc: Doc, ctx: ArticleContext, by_token: dict[int, Mention],
              unknown_bodies: dict[int, Mention]) -> list[Mention]:
    """"The House voted", "the House Judiciary Committee said": a chamber of a legislature
    named by its capitalised short name (lexicon `chambers`; "a house" is a building), alone
    or heading the name of one of its committees (`committee_words`), is the legislature
    (LEG) of the country the phrase or the article gives; the words inside a committee's name
    ("Judiciary", "Foreign Affairs") name its field, not a sector of their own. Not a name
    the chamber's word ends ("Blair House") or opens with "of" ("House of Saud"; "House of
    Commons" is in the agent phrases), nor an agent phrase it opens ("House Democrats")."""
    found: list[Mention] = []
    for token in doc:
        if token.text not in LEX.chambers or token.pos_ != "PROPN" or token.i in by_token or \
                (token.i > 0 and doc[token.i - 1].pos_ == "PROPN") or \
                (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"):
            continue
        head = token
        while head.dep_ == "compound" and head.head.i > head.i and \
                head.head.pos_ in {"PROPN", "NOUN"}:
            head = head.head
        if head is not token and head.lower_ not in LEX.committee_words:
            continue  # "House Democrats", "House committee chairmen": the chamber a modifier
        mention = _agent_mention(doc, ctx, by_token, token.i, head, "LEG", unknown_bodies)
        if mention is not None:
            found.append(mention)
    return found


def _agent_mention(doc: Doc, ctx: ArticleContext, by_token: dict[int, Mention],
                   start: int, head: Token, sector: str,
                   unknown_bodies: dict[int, Mention]) -> Mention | None:
    person = _named_person(doc, head)
    owner = _owner(doc, by_token, start, head) or _leaders_country(
        doc, by_token, start, head, sector) or _owner_after_name(person, by_token) or \
        _placed_in(head, by_token, sector)
    first = start
    if owner is None and (_of_a_region(head) or (
            person is not None and _title_of_unknown_body(doc, start, by_token))):
        return None  # "European officials": some states of a region, none the article's
    if owner is None:
        body = _unknown_body(head, unknown_bodies)
        if body is not None:
            return ctx.mention(doc[start:head.i + 1], body.actor)
        if person is None and _definite_singular(doc, start, head):
            # "a senior official said … the official added": the one described before, never
            # a person named (lexicon `anonymous_nouns`)
            known = ctx.agents_named.get(head.lower_) if head.lower_ in LEX.anonymous_nouns \
                else ctx.person_by_description(sector, None, head.lower_,
                                               _clause_subjects(head, by_token))
            if known:
                return ctx.mention(doc[start:head.i + 1], known)
        country = _speakers_country(head, sector, by_token) if person is None else None
        if country is None and _bare_definite(doc, start, head):
            country = ctx.bodies_named.get(head.lower_) or \
                _presidents_country(head, by_token, ctx)
        if country is None and person is None and sector in REBEL_SECTORS and \
                is_acting(head) and not _from_abroad(head):
            country = ctx.rebels_named  # "separatist forces in X … rebels attacked": X's
        if country is None:
            country = ctx.country_at(head.sent.end_char) if sector in CONTEXT_SECTORS and (
                person is not None or is_acting(head) or is_institution(head)) and \
                not _pronoun_owned(head) and not _from_abroad(head) and \
                head.lemma_.lower() not in LEX.weapon_nouns | LEX.disowned_bodies and \
                (person is not None or head.lemma_.lower() not in LEX.posted_abroad) \
                else None
        if country is None and sector in LEX.state_sectors | LEX.home_sectors:
            country = challenged_state(head, sector, by_token)
        if country is None:
            # no clear country: no code rather than a guess, but the people still act
            return _uncoded_agent(doc, ctx, by_token, start, head, sector, person)
        base = _country_actor(country)
    else:
        owner_start = token_range(doc, owner)[0]
        # the phrase runs from its owner ("Lebanon's army"), not from the place that opens
        # its clause ("In X, police …")
        opening = doc[owner_start].head
        if opening.pos_ == "NOUN" and opening != head and opening.head.dep_ == "prep":
            opening = opening.head  # "In X-ian towns, police …": the place's own phrase
        first = start if opening.dep_ == "prep" and opening.head == head.head and \
            opening.i < head.i else min(start, owner_start)
        base = owner.actor if owner.actor.kind != "place" else \
            _country_actor(owner.actor.country or "")
    if base.kind in {"country", "capital"} and sector in LEX.state_sectors and _former(head):
        sector = ELITE  # "the former defence minister": no office now, one of the elite
    if base.kind in {"country", "capital"}:
        code = (base.country or (base.code or "")[:3]) + sector
        if owner is not None and base.country and head.lower_ in LEX.anaphoric_bodies:
            ctx.bodies_named[head.lower_] = base.country  # "the Syrian regime": its own
        if owner is not None and base.country and sector in REBEL_SECTORS:
            ctx.rebels_named = base.country
    else:
        code = base.code or ""  # an owner is a coded actor (OWNER_KINDS)
    if person is not None and not ctx.is_byline(person.text):
        end = max(person.end, head.i + 1)
        named = by_token.get(person.start)
        in_kb = named is not None and named.actor.kind == "person"
        actor = named.actor if named is not None and in_kb else \
            ctx.learned(person.text, code, base.country)
        if in_kb and len(actor.code or "") == 3 and \
                actor.country == iso3(base.country) and base.kind in {"country", "capital"} \
                and not _past_holder(doc, first, person.start):
            # "President X" of a person the knowledge base holds no role for on the day:
            # the text's title says the role held
            actor = replace(actor, code=code, sector=sector)
        return ctx.mention(doc[first:end], actor)
    if base.kind in {"country", "capital"} and (head.lower_ not in LEADER_WORDS or start < head.i):
        # "Iran's army chief", "the Turkish opposition leader": the phrase names the sector
        # the leader heads; a leader word alone ("Iran's leader") names the country's
        known = ctx.person_by_description(sector, base.country, head.lower_,
                                          _clause_subjects(head, by_token)) \
            if _definite_singular(doc, first, head) and \
            head.lower_ not in LEX.anonymous_nouns else None
        actor = known or Actor(name=f"{base.name} ({sector})", code=code,
                               country=iso3(base.country), sector=sector, kind="agent",
                               id=content_id(code))
        if known is None and head.lower_ in LEX.anonymous_nouns:
            ctx.agents_named[head.lower_] = actor
        return ctx.mention(doc[first:head.i + 1], actor)
    return ctx.mention(doc[first:head.i + 1], base)


def _from_abroad(head: Token) -> bool:
    """"foreign fighters", "international troops": an adjective saying the people come from
    abroad (lexicon `foreign_words`) says they are not of the article's country, nor of
    the side it named before."""
    return any(c.dep_ == "amod" and c.lower_ in LEX.foreign_words for c in head.children)


# CAMEO's sector of elites: former officials, among others.
ELITE = "ELI"


def _former(head: Token) -> bool:
    """"the former foreign minister", "an ex-general": a word of a past holder (lexicon
    `former_words`) in an agent phrase says its people no longer hold the office."""
    return _past_holder(head.doc, head.left_edge.i + 1, head.i)


def _past_holder(doc: Doc, first: int, name: int) -> bool:
    """"former President X", "the late King Y": a word of a past holder (lexicon
    `former_words`) before the title says the role is no longer held."""
    return any(t.lower_.strip("-") in LEX.former_words
               for t in doc[max(0, first - 1):name])


def _uncoded_agent(doc: Doc, ctx: ArticleContext, by_token: dict[int, Mention], start: int,
                   head: Token, sector: str, person: Span | None) -> Mention | None:
    """"Lawmakers voted …", "the rebels seized …": an agent phrase of a state's or a
    country's own sector (CONTEXT_SECTORS) acting as a subject, whose country neither the
    phrase nor the article gives, is kept as an actor with its words and no code, so its
    event keeps that side (the user may code it). Not a titled person (the name is the
    actor) nor one person by an indefinite title alone ("a president who …": too vague a
    side; "the chief minister" is one the reader knows, so it acts), nor an
    object (a word such as "soldiers" after a verb need not be an actor), nor
    a phrase naming a coded actor in its own words ("forces in <country>", "<demonym>-led
    forces", "<leader> administration officials"; not in a clause of its own, which says
    what the people do), whose people the other rules give a side to; a name there that
    codes no actor (a place the gazetteer lacks) gives them none; nor a phrase a name stands
    beside ("a gunman, <name>,"): the name is the actor."""
    if sector not in ACTING_SECTORS or person is not None or not is_acting(head) or \
            _pronoun_owned(head) or head.lemma_.lower() in LEX.weapon_nouns or \
            (head.tag_ == "NN" and head.lower_ in LEX.person_nouns and
             not _definite_singular(doc, start, head)) or \
            any(t.i in by_token for c in head.children
                if c.dep_ not in {"acl", "relcl", "appos"} for t in c.subtree) or \
            any(c.dep_ == "appos" and (c.i in by_token or c.pos_ == "PROPN")
                for c in head.children):
        return None
    span = doc[start:head.i + 1]
    return ctx.mention(span, uncoded_agent(span.text))


def _led_sector(head: Token) -> tuple[int, str] | None:
    """"the Syrian military commander", "a police spokesman": a leader word (LEADER_WORDS)
    right after a word naming a sector ("military", "police") that modifies it names a
    leader of that sector, as the listed phrases ("army chief") do; the length in words and
    the sector, as `sector_of` gives them (a longer listed phrase goes first)."""
    if head.lower_ not in LEADER_WORDS or head.i == 0:
        return None
    word = head.doc[head.i - 1]
    if word.head.i != head.i or word.dep_ not in {"amod", "compound"}:
        return None
    found = sector_of([word.text])
    return (2, found[1]) if found is not None else None


@cache
def _agent_last_words() -> frozenset[str]:
    """The last words of the agent phrases (`kb.agents`): a word that is none of them ends
    no agent phrase."""
    return frozenset(phrase.split(" ")[-1] for phrase in agents())


def _definite_singular(doc: Doc, first: int, head: Token) -> bool:
    """"the Saudi minister", "the top diplomat": a definite singular description of a
    person (not "the embassy", "the ministry"); capitalised as a title ("the President")
    it is one still."""
    return head.tag_ in {"NN", "NNP"} and head.lower_ in LEX.person_nouns and "the" in {
        doc[first].lower_, doc[max(first - 1, 0)].lower_, doc[max(first - 2, 0)].lower_}


def _bare_definite(doc: Doc, start: int, head: Token) -> bool:
    """"the administration", "the regime", "the commandos": a noun of a state's rulers or
    forces (lexicon `anaphoric_bodies`) after "the" alone, which refers back to the body last
    named with that noun ("the Trump administration", "the Syrian regime", "the Peruvian
    commandos": `ArticleContext.bodies_named`)."""
    return start == head.i and head.tag_ in {"NN", "NNS"} and head.i > 0 and \
        doc[head.i - 1].lower_ == "the" and head.lower_ in LEX.anaphoric_bodies


# The noun of a president's government ("the Trump administration").
PRESIDENTIAL_BODY = "administration"


def _presidents_country(head: Token, by_token: dict[int, Mention],
                        ctx: ArticleContext) -> str | None:
    """"President X … the administration": an administration is a president's government;
    with none named before, the bare noun refers to the government of the president (on the
    article's date) the article named most before it (the latest on a tie), not to the
    country named most."""
    if head.lower_ != PRESIDENTIAL_BODY:
        return None
    named = {id(m): m for i, m in sorted(by_token.items()) if i < head.i}  # each mention once
    presidents = [m.actor for m in named.values() if m.actor.kind == "person" and
                  "president" in title_words(m.actor, ctx.day)]
    counts = Counter(id(p) for p in presidents)
    return max(reversed(presidents), key=lambda p: counts[id(p)]).country \
        if presidents else None


def _country_actor(country: str) -> Actor:
    """The country actor of an ISO code, as an agent phrase's owner."""
    return Actor(name=COUNTRY_NAMES().get(cameo_country(country), country),
                 code=cameo_country(country), country=country, kind="country")


def _owner(doc: Doc, by_token: dict[int, Mention], start: int, head: Token) -> Mention | None:
    """The actor an agent phrase belongs to: just before it ("Iranian forces", "Lebanon's
    army", "Hezbollah fighters", a place: "Ohio police", a body an agent phrase named: "a
    Trump administration official") or after "of" ("the head of Lebanon's army"), past the
    head's other modifiers ("British military generals"). Not a country's word that an
    ethnic group's adjective opens ("ethnic X-ian guerrillas", lexicon `ethnic_words`): it
    names a people, who may live in another state, not the state."""
    k = start - 1
    while k >= 0 and (doc[k].lower_ in {"'s", "’s", "the", "top", "senior", "'"} or (
            k not in by_token and head.pos_ == "NOUN" and doc[k].head == head and (
                (doc[k].dep_ == "amod" and doc[k].pos_ == "ADJ") or
                doc[k].lower_ in LEX.rank_words))):  # "Russian deputy ambassador"
        k -= 1
    if k >= 0 and k in by_token and by_token[k].actor.kind in OWNER_KINDS | {"place", "agent"} and \
            not stance_prefixed(doc, k) and not (k > 0 and doc[k - 1].lower_ in LEX.ethnic_words):
        owner = by_token[k]
        if owner.actor.kind == "igo" and head.lemma_.lower() in LEX.envoy_nouns:
            # "Russia's U.N. ambassador": a state's envoy to the body, not the body's
            sender = _owner(doc, by_token, token_range(doc, owner)[0], head)
            if sender is not None and sender.actor.kind in {"country", "capital"}:
                return sender
        return owner  # "Boston police": a town's police are its country's
    for prep, token in _membership_words(head):
        if token.i in by_token and by_token[token.i].actor.kind in (
                OWNER_KINDS if prep == "of" else BODY_KINDS):
            return by_token[token.i]
    return None


def _membership_words(head: Token) -> list[tuple[str, Token]]:
    """The words that may name whose people an agent phrase names, with their preposition:
    all of an "of" phrase ("the head of Lebanon's army"), the object's own name of an "at" or
    "for" phrase (not "for the Peruvian mission to X", where the mission is the body)."""
    words = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in MEMBERSHIP_PREPS:
            named = _of_phrase(child) if child.lower_ == "of" else [
                t for obj in child.children if obj.dep_ == "pobj"
                for t in obj.subtree if t.i <= obj.i]
            words += [(child.lower_, t) for t in named]
    return words


def _of_phrase(prep: Token) -> list[Token]:
    """The words of an "of" phrase that may say whose people an agent phrase names: the
    object's own noun phrase, with the "of" phrases inside it ("the head of the army of
    Lebanon"), not a phrase another preposition opens in it ("assured senators of his
    commitment to X": X's is the commitment's aim, no owner of the senators)."""
    words, stack = [], [prep]
    while stack:
        token = stack.pop()
        words.append(token)
        stack += [c for c in token.children if c.dep_ != "prep" or c.lower_ == "of"]
    return sorted(words, key=lambda t: t.i)


# Sectors whose people a phrase placing them in a country makes that country's ("police in
# X", "rebels in X"); forces, spies and officials are often abroad ("troops in X", "officials
# in X" who went there).
PLACED_SECTORS = CONTEXT_SECTORS - {"MIL", "SPY", "GOV"}


def _placed_in(head: Token, by_token: dict[int, Mention], sector: str) -> Mention | None:
    """"protesters in X", "separatist forces in X", "police in X": people of a state's own
    sector (PLACED_SECTORS) that an "in" phrase of their own, or one that opens their clause
    ("In X, police arrested …"), places in a country are that country's, whatever country
    the article names most; not a force or mission in the
    singular, which is one sent there. A town is no sure sign: many countries have one of
    that name."""
    if sector not in PLACED_SECTORS or (head.tag_ == "NN" and
                                        head.lemma_.lower() in LEX.missions):
        return None  # "the security force in X": a mission sent there (lexicon `missions`)
    preps = list(head.children)
    if head.dep_ in {"nsubj", "nsubjpass"}:  # "In X, police arrested …": the clause's scene
        preps += [c for c in head.head.children if c.i < head.i]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            found = next((_country_placing(o, by_token) for o in prep.children
                          if o.dep_ == "pobj"), None)
            if found is not None and found.actor.kind == "country":
                return found
    return None


def _country_placing(place: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The country a place phrase names: the country itself ("in X"), or the country of a
    demonym on a common noun of place ("in X-ian towns", "in an X-ian province")."""
    if place.i in by_token:
        return by_token[place.i]
    if place.lemma_.lower() not in packaged_object_classes().get("place", frozenset()):
        return None
    return next((by_token[c.i] for c in place.children if c.dep_ in {"amod", "compound"}
                 and c.i in by_token), None)


def _of_a_region(head: Token) -> bool:
    """"European officials", "Western diplomats": a region's adjective (lexicon
    `region_adjectives`) modifying an agent phrase says its people are of some states of
    that region, which the text does not name. So does a "from" phrase of states in the
    plural (lexicon `state_nouns`: "lawmakers from 12 countries"), which the phrase's
    conjuncts share ("mayors and judges from several nations")."""
    first = S.first_conjunct(head)
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in LEX.region_adjectives
               for c in head.children) or any(
        c.dep_ == "prep" and c.lower_ == "from" and any(
            o.dep_ == "pobj" and o.lower_ in LEX.state_nouns for o in c.children)
        for c in first.children)


def _title_of_unknown_body(doc: Doc, start: int, by_token: dict[int, Mention]) -> bool:
    """"the <body> President X", "<body>'s spokesman X": a person's title right after the
    name of an organisation the knowledge base lacks is held in that body, whose country the
    text does not give, so the article's country is no guess to make."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "ORG" and k not in by_token and \
        (k + 1 == len(doc) or doc[k + 1].ent_iob_ != "I")


def _unknown_body(head: Token, unknown_bodies: dict[int, Mention]) -> Mention | None:
    """"officials at <a company the knowledge base lacks>" (a name no agent phrase ends): the
    people are that body's, kept uncoded with it; the text does not give the body's country,
    so the article's country is no guess to make."""
    return next((unknown_bodies[t.i] for _, t in _membership_words(head)
                 if t.i in unknown_bodies), None)


def _owner_after_name(person: Span | None, by_token: dict[int, Mention]) -> Mention | None:
    """"Prime Minister X of <country>": the "of" phrase after a titled name says whose
    office it is, as "<country>'s prime minister X" does."""
    if person is None:
        return None
    for child in person.root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            found = next((by_token[c.i] for c in child.children if c.dep_ == "pobj" and
                          c.i in by_token), None)
            if found is not None and found.actor.kind in OWNER_KINDS:
                return found
    return None


def _leaders_country(doc: Doc, by_token: dict[int, Mention], start: int, head: Token,
                     sector: str) -> Mention | None:
    """"the <leader> administration", "the <leader> government": a government named after the
    person who leads it is that person's country's, whatever country the article is about."""
    k = start - 1
    named = by_token.get(k) if k >= 0 and doc[k].dep_ == "compound" and \
        doc[k].head.i == head.i else None
    if sector != "GOV" or named is None or named.actor.kind not in {"person", "learned"} or \
            not named.actor.country:
        return None
    code = cameo_country(named.actor.country)
    country = Actor(name=COUNTRY_NAMES().get(code, code), code=code,
                    country=named.actor.country, kind="country", id=content_id(code))
    return Mention(named.text, named.start, named.end, country)


def _clause_subjects(head: Token, by_token: dict[int, Mention]) -> frozenset[int]:
    """The people (ids of their actors) the subject of a description's clause names, when
    the description is no part of that subject ("X received the ambassador", "X declined to
    see the envoy"): a noun phrase in the clause of its own antecedent would be a reflexive
    ("himself"), so the description means someone else. Only who the subject is counts,
    not a possessor or a phrase inside it ("X's remarks echoed the president's": X may be
    the president). Nor does it mean a name coordinated with it ("the president and X met":
    two people)."""
    partners = frozenset(id(by_token[t.i].actor) for c in head.conjuncts
                         for t in _referent_tokens(c)
                         if t.i in by_token and by_token[t.i].actor.kind in PERSON_KINDS)
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = S.subject_of(verb) if verb is not None else None
    if subject is None or subject.i == head.i or head in subject.subtree:
        return partners
    return partners | frozenset(id(by_token[t.i].actor) for t in _referent_tokens(subject)
                                if t.i in by_token and by_token[t.i].actor.kind in PERSON_KINDS)


def _referent_tokens(head: Token) -> list[Token]:
    """The words of a noun phrase that say who it is: its head, the names compounded or
    set beside it, and its conjuncts; not a possessor, a prepositional or a clausal
    modifier, which name others."""
    out, todo = [], [head]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if c.dep_ in {"compound", "flat", "appos",
                                                            "conj", "amod", "det", "nmod"})
    return out


def _speakers_country(head: Token, sector: str, by_token: dict[int, Mention]) -> str | None:
    """"X said the administration will …": a state's body named by its bare noun (lexicon
    `speakers_bodies`) in what a speaker says is the speaker's own, as "his administration"
    is, whatever country the article names most; the country of the nearest speaker
    whose clause holds the phrase, when that speaker is a coded person or body of a state
    (`state_sectors`). So too bare soldiers or police in what a state's armed force or
    police says (`security_sectors`, both): a force tells of its own men by the bare
    noun and names another side's, or places them ("police across Europe")."""
    body = head.lemma_.lower() in LEX.speakers_bodies
    own_force = sector in LEX.security_sectors and not any(c.dep_ == "prep" for c in head.children)
    if not (body or own_force) or any(c.dep_ in {"poss", "compound", "amod"}
                                      for c in head.children):
        return None
    verb = next((a for a in head.ancestors if a.lemma_.lower() in LEX.speech and
                 a.pos_ in {"VERB", "AUX"}), None)
    subject = S.subject_of(verb) if verb is not None else None
    if subject is None or head in subject.subtree or subject.i not in by_token:
        return None
    speaker = by_token[subject.i].actor
    code = speaker.code or ""
    if not body and code[3:6] not in LEX.security_sectors:
        return None
    return speaker.country if speaker.country and code[3:6] in LEX.state_sectors else None


def _pronoun_owned(head: Token) -> bool:
    """"his government", "her ministers": the phrase belongs to the country of whomever the
    pronoun means, which the country the article names most need not be ("its forces" is most
    often the country just named)."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.children)


def _named_person(doc: Doc, head: Token) -> Span | None:
    """"Foreign Minister Ayman Safadi" / "Ayman Safadi, Jordan's foreign minister": the
    PERSON entity the agent phrase titles or describes."""
    nxt = head.i + 1
    if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON" and doc[nxt].pos_ == "PROPN":
        # not a verb the model tagged as a name ("the minister slammed the …")
        ent = entity_at(doc, doc[nxt])
        if ent is not None:
            # the title may be tagged as part of the name
            return ent if ent.start == nxt else doc[nxt:ent.end]
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return entity_at(doc, head.head)
    return None
