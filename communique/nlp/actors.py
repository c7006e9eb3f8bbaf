"""The actor resolver component (`communique_actors`): mentions of people, organisations,
places and nationalities become coded actors, with roles taken on the article's date.

Order of work in one document: knowledge-base names (longest first; a surname already
introduced in the article wins over the knowledge base), then agent phrases that give a
sector to a country ("Iranian forces" → IRNMIL) or describe a person the knowledge base lacks
("Jordanian Foreign Minister X" → a learned JORGOV actor; `nlp/agent_phrases.py`), then
what the text says of a person by itself (a nationality, a US party-and-state tag), which
then codes every mention of that person's name, then descriptions and pronouns that refer
back to a person named earlier (pronouns: `nlp/pronouns.py`). Bylines are never actors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique import kb as kbase
from communique.ids import content_id
from communique.kb.agents import sector_of
from communique.kb.names import name_skeleton, same_person
from communique.kb.schema import Entry
from communique.models import Actor, Mention
from communique.nlp.agent_phrases import agent_phrases
from communique.nlp.bodies import described_bodies
from communique.nlp.context import (COUNTRY_NAMES, PERSON_KINDS, UNCODED_ORG, UNCODED_PERSON,
                                     ArticleContext, cameo_country)
from communique.nlp.lexicon import LEX
from communique.nlp.objects import packaged_object_classes
from communique.nlp.naming import (HYPHENS, acronym_as_common_word, bare_name, capitalised,
                                   close_spelling, entity_at, fuzzy_allowed, in_headline,
                                   is_located, modifier_or_thing, nameable, names_origin,
                                   other_place, part_of_title, region_code, stance_prefixed,
                                   token_range, whole_name)
from communique.nlp.epithets import epithets
from communique.nlp.pronouns import pronouns
from communique.nlp.syntax import doc_text, prep_objects

MAX_NAME_TOKENS = 7
# Entities kept as uncoded actors when the knowledge base lacks them.
UNCODED_ENTS = {"PERSON", "ORG"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Entities that are amounts or times: words inside them are not names ("May 15" is a date).
NUMBER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class _TokenView:
    """Per-document token facts the name scan reads many times (spaCy token access is slow:
    they are read in one pass over the doc's arrays)."""

    def __init__(self, doc: Doc) -> None:
        strings = doc.vocab.strings
        cols = doc.to_array(["IDX", "IS_TITLE", "IS_UPPER", "IS_PUNCT", "LOWER", "ORTH",
                             "ENT_IOB", "IS_SPACE"]).tolist()
        text = doc_text(doc)
        starts = [c[0] for c in cols] + [len(text)]
        self.texts = [text[starts[k]:starts[k + 1]] for k in range(len(cols))]
        the, dash, dot = strings["the"], strings["-"], strings["."]
        self.title = [bool(c[1]) or capitalised(t.strip())
                      for c, t in zip(cols, self.texts, strict=True)]
        self.may_start = [bool((title or c[2] or c[4] == the) and not c[3])
                          for c, title in zip(cols, self.title, strict=True)]
        self.bad_end = [bool(c[3] or c[4] == the or c[7]) for c in cols]
        # A name does not run across punctuation (but "-" and "." stay) or a line break.
        self.punct = [bool(c[3] and c[5] != dash and c[5] != dot) for c in cols]
        # Where an entity begins (a name can start only here or where `may_start` says).
        self.ent_begins = [c[6] == 3 for c in cols]
        self.space = [bool(c[7]) for c in cols]

    def limit(self, i: int) -> int:
        """The end (exclusive) a name starting at token `i` may reach."""
        end = min(len(self.texts), i + MAX_NAME_TOKENS)
        for k in range(i, end):
            if k > i and self.punct[k]:
                return k
            if "\n" in self.texts[k]:  # a paragraph break token ends the name before it
                return k if self.space[k] else k + 1
        return end


class ActorResolver:
    """Resolve mentions into `doc._.mentions` (sorted by position)."""

    def __init__(self, nlp: Language, actors_files: Iterable[str] = ()) -> None:
        self.kb = kbase.load(actors_files)
        self.skeletons: dict[str, list[Entry]] = {}
        for entry in self.kb.entries:
            if entry.kind == "person":
                for name in (entry.name, *entry.aliases):
                    parts = name_skeleton(name).split()
                    if len(parts) >= 2:
                        self.skeletons.setdefault(parts[-1], []).append(entry)

    def __call__(self, doc: Doc) -> Doc:
        _join_split_names(doc, lambda span: kbase.name_key(span.text) in self.kb.index)
        ctx = ArticleContext(doc)
        mentions = _drop_topics_and_scenes(doc, self._names(doc, ctx))
        ctx.note_places([m for m in mentions if not _citizenship(doc, m)])
        mentions = _shared_heads(doc, agent_phrases(doc, ctx, mentions))
        mentions = _appositions(doc, described_bodies(doc, ctx, mentions))
        mentions = _elided_names(doc, mentions, lambda text: self._known_name(text, ctx))
        mentions = _settled(doc, _halves(doc, _nationals(doc, ctx, mentions),
                                         lambda code: self._known_name(
                                             COUNTRY_NAMES().get(code, ""), ctx)))
        mentions = _party_tagged(doc, _towns_of_named_countries(doc, mentions))
        mentions = _named_again(mentions)
        mentions = epithets(doc, mentions)
        mentions += pronouns(doc, mentions)
        doc._.mentions = sorted(_drop_modifiers(doc, mentions), key=lambda m: m.start)
        return doc

    # knowledge-base names ------------------------------------------------------------

    def _names(self, doc: Doc, ctx: ArticleContext) -> list[Mention]:
        tokens = _TokenView(doc)
        mentions = []
        i = ctx.dateline_end  # a dateline ("TEHRAN, Iran —") says where, not who
        while i < len(doc):
            if not (tokens.may_start[i] or tokens.ent_begins[i]):
                i += 1  # neither a knowledge-base name nor an entity starts here
                continue
            found = self._name_at(doc, tokens, i, ctx)
            if found is None:
                i = _past_name_with_the(doc, i)
                continue
            span, actor = found
            if actor is not None and not ctx.is_byline(span.text):
                mentions.append(ctx.mention(span, actor))
            i = span.end
        return mentions

    def _name_at(self, doc: Doc, tokens: _TokenView, i: int, ctx: ArticleContext
                 ) -> tuple[Span, Actor | None] | None:
        """The name starting at token `i` and its actor (None: a name that is no actor here,
        such as a town after "in")."""
        found = self._known_at(doc, tokens, i, ctx)
        if found is not None and _direction(doc, found[0]):
            return None  # "the west of the country": a part of a place, not the West
        if found is not None and _compass_before_name(doc, found[0]):
            name = doc[found[0].end - 1:found[0].end + 1]
            named = _region(name.text)
            if named is not None:
                return doc[i:name.end], named
            found = None  # a longer name of its own ("West Bengal"): as any other name
        if found is not None:
            span, actor = found
            country = actor.country if actor.kind == "capital" else \
                LEX.seat_cities.get(kbase.name_key(span.text)) if actor.kind == "igo" else None
            if country and (is_located(span) or names_origin(doc, span.end)):
                # "in Tehran", "a Tehran-based group" say where, so it is not the government:
                # only the country, as for any town ("attacked in Tel Aviv" is aimed at Israel);
                # "in Brussels" is the town, not the body seated there (lexicon `seat_cities`)
                code = cameo_country(country)
                seat = span.text if actor.kind == "igo" else actor.name
                return span, Actor(name=seat, code=code, country=country, kind="place",
                                   id=content_id("place", seat, code))
            return found
        token = doc[i]
        if token.ent_iob_ == "O":
            return _unrecognised_place(doc, token)
        if token.ent_iob_ != "B":
            return None
        if token.ent_type_ == "PERSON":
            found = self._fuzzy_person(doc, token, ctx)
            if found is not None:
                return found
        if token.ent_type_ in {"GPE", "LOC"}:
            return _place(doc, token)
        if token.ent_type_ == "ORG" and (region := _region_named(doc, token)) is not None:
            return region
        if token.ent_type_ in UNCODED_ENTS:
            return self._uncoded(doc, tokens, token, ctx)
        return None

    def _known_at(self, doc: Doc, tokens: _TokenView, i: int, ctx: ArticleContext
                  ) -> tuple[Span, Actor] | None:
        """The longest knowledge-base name (or surname met earlier) starting at token `i`."""
        if not tokens.may_start[i]:
            return None
        for j in range(tokens.limit(i), i, -1):
            if tokens.bad_end[j - 1]:
                continue
            text = "".join(tokens.texts[i:j]).strip()
            key = kbase.name_key(text)
            known = ctx.person_by_surname(key, tokens.title[i])
            if known is not None and whole_name(doc, i, j, [known.name, *known.aliases]) \
                    and not _names_a_body(doc, i, j):
                return doc[i:j], known
            entries = self.kb.index.get(key)
            if entries and _plausible(doc[i:j]):
                span = doc[i:j]
                entries = [e for e in entries if whole_name(doc, i, j, [e.name, *e.aliases],
                                                             e.kind) and
                           not other_place(doc, i, j) and not self._owned_abroad(doc, i, e)
                           and not part_of_title(doc, i, j) and
                           not (e.kind in {"country", "capital"} and _in_org_name(doc, i, j))
                           and not (e.kind == "person" and _lower_case(span))
                           and not acronym_as_common_word(span.text, [e.name, *e.aliases])]
                if entries:
                    return span, ctx.actor_for(self._choose(entries, span, ctx))
        return None

    def _known_name(self, text: str, ctx: ArticleContext) -> Actor | None:
        """The knowledge base's actor of a whole name (a country's, say), if one."""
        entries = [e for e in self.kb.index.get(kbase.name_key(text), [])
                   if e.kind in {"country", "igo", "organisation", "group"}]
        return ctx.actor_for(entries[0]) if entries else None

    def _owned_abroad(self, doc: Doc, i: int, entry: Entry) -> bool:
        """Whether a country or nationality of another country stands right before an
        organisation's name ("the Kenyan Treasury Department"): the name is then that
        country's body, which the agent phrases code, not the knowledge base's namesake."""
        if entry.kind != "organisation" or i == 0 or not doc[i - 1].is_title:
            return False
        owners = {e.country for e in self.kb.index.get(kbase.name_key(doc[i - 1].text), [])
                  if e.kind == "country"}
        return bool(owners) and entry.country not in owners

    def _uncoded(self, doc: Doc, tokens: _TokenView, token: Token, ctx: ArticleContext
                 ) -> tuple[Span, Actor] | None:
        """A person or organisation the knowledge base lacks, kept by name with no code (so
        that the event is not lost and the name can be added to a knowledge-base file) —
        unless a known name lies inside it ("President Vladimir Putin" tagged as one name) and
        is not a part after "the" of that name ("Save the Children")."""
        span = entity_at(doc, token)
        while span is not None and len(span) > 1 and span[-1].pos_ in {"CCONJ", "PUNCT"}:
            span = span[:-1]  # "Save the Children and": the recogniser ran on into "and"
        if span is None or ctx.is_byline(span.text) or not nameable(span) or \
                modifier_or_thing(span) or in_headline(span):
            return None
        if not _holds_the(span) and any(self._known_at(doc, tokens, k, ctx)
                                        for k in range(span.start + 1, span.end)):
            return None
        name = bare_name(span)
        return span, ctx.uncoded(name, person=token.ent_type_ == "PERSON")

    def _choose(self, entries: list[Entry], span: Span, ctx: ArticleContext) -> Entry:
        """Among entries sharing a name: one seen in this article, else the one whose kind
        fits the entity label and which holds a role on the article's date."""
        for entry in entries:
            if ctx.seen(entry):
                return entry
        label = span.root.ent_type_ or span[0].ent_type_

        def score(entry: Entry) -> int:
            fits = (entry.kind == "person" and label == "PERSON") or (
                entry.kind in {"country", "capital"} and label in {"GPE", "NORP", "LOC"}) or (
                entry.kind in {"organisation", "group", "igo"} and label in {"ORG", "NORP"})
            return 2 * fits + bool(self.kb.roles_on(entry, ctx.day))

        return max(reversed(entries), key=score)

    def _fuzzy_person(self, doc: Doc, token: Token, ctx: ArticleContext
                      ) -> tuple[Span, Actor] | None:
        """A PERSON entity the index lacks, matched on its transliteration skeleton and
        written close to the name it matches (`close_spelling`); not a name the gazetteer
        gives a place (the recogniser may take a town for a person)."""
        from communique.geo import gazetteer

        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[token.i:end]
        parts = name_skeleton(span.text).split()
        if len(parts) < 2 or ctx.is_byline(span.text) or not fuzzy_allowed(span.text) or \
                _holds_the(span) or gazetteer().find(span.text) is not None:
            return None
        matches = {id(e): e for e in self.skeletons.get(parts[-1], [])
                   if any(same_person(span.text, n) and close_spelling(span.text, n)
                          for n in (e.name, *e.aliases))}
        if len(matches) != 1:
            return None
        return span, ctx.actor_for(next(iter(matches.values())))

def _appositions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Ana Reyes, the United Nations refugee envoy": a person described
    as serving an organisation acts for it in this article; one the knowledge base lacks,
    described by a role of a country ("Ana Reyes, Peru's foreign minister"), acts in it, as
    does a name the recogniser took for a body's ("Ana Reyes, a Peruvian lawmaker"), and one
    described as a member, head or representative of a country's body ("Ana Reyes, a member of
    Peru's parliament", lexicon `acting_for`)."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        if (m.actor.kind not in PERSON_KINDS and m.actor.kind != UNCODED_ORG) or end == start:
            out.append(m)
            continue
        root = doc[start:end].root
        # the body is in the description, not the description itself: "Jane Doe and her
        # firm, the Doe Group" hung on the person's name by the parser is not her role
        bodies = [by_token[t.i] for child in root.children if child.dep_ == "appos"
                  and not (child.i in by_token and by_token[child.i].actor.kind in
                           {"organisation", "group"})
                  for t in child.subtree if t.i in by_token and
                  by_token[t.i].actor.kind in {"igo", "organisation", "group"}]
        roles = [by_token[child.i] for child in root.children if child.dep_ == "appos" and
                 child.i in by_token and by_token[child.i].actor.kind in {"agent", "learned"}
                 and any(t.ent_type_ in {"GPE", "NORP"} for t in child.subtree)] + [
            by_token[o.i] for child in root.children if child.dep_ == "appos" and
            child.lemma_.lower() in LEX.acting_for for o in prep_objects(child, ("of",))
            if o.i in by_token and by_token[o.i].actor.kind in {"agent", "learned"}]
        if m.actor.code is None and roles and roles[0].actor.code:
            bodies = roles  # "Jane Doe, Kenya's foreign minister": the role says whose she is
        elif roles and _role_of_the_day(m.actor, roles[0], doc):
            # "X, Kenya's president": a role of the person's own country the knowledge base
            # holds none of on the article's day, unless the words say it is past
            m = Mention(m.text, m.start, m.end, replace(
                m.actor, code=roles[0].actor.code, sector=roles[0].actor.sector))
        if bodies and (bodies[0].actor.code or "")[:3] != (m.actor.code or "")[:3]:
            body = bodies[0].actor
            actor = Actor(name=m.actor.name, code=body.code, country=body.country,
                          sector=body.sector, id=m.actor.id, kind=m.actor.kind,
                          aliases=m.actor.aliases, roles=m.actor.roles)
            m = Mention(m.text, m.start, m.end, actor)
        out.append(m)
    return out


def _named_again(mentions: list[Mention]) -> list[Mention]:
    """"U.S. Ambassador Ana Reyes … Ms. Reyes said": a person the knowledge base lacks, coded
    where the text describes them (a title, an apposition, a nationality, a party tag), is
    the same coded person at every other mention of their name in the article, the surname
    alone included (which the name scan met before the description was read)."""
    coded: dict[str, Actor] = {}
    for m in mentions:
        key = kbase.name_key(m.actor.name)
        if m.actor.kind in PERSON_KINDS and m.actor.code is not None and \
                key.split()[-1:] == kbase.name_key(m.text).split()[-1:]:
            coded.setdefault(key, m.actor)  # the name's own mention, not a role's ("minister")
    out = []
    for m in mentions:
        actor = coded.get(kbase.name_key(m.actor.name)) \
            if m.actor.kind == UNCODED_PERSON else None
        out.append(m if actor is None else Mention(m.text, m.start, m.end, actor))
    return out


def _role_of_the_day(person: Actor, role: Mention, doc: Doc) -> bool:
    """Whether an apposition's role (`role`) names the sector a person known to the
    knowledge base lacks on the article's day (coded by the country alone): of the person's
    own country, and not a past holder's (lexicon `former_words`: "X, Kenya's former
    president")."""
    code = role.actor.code or ""
    start, end = token_range(doc, role)
    return person.code is not None and len(person.code) == 3 and \
        role.actor.sector is not None and code[:3] == person.code[:3] and \
        not any(t.lower_.strip("-") in LEX.former_words for t in doc[start:end])


# The US press's tag of a member of Congress after the name: party and state ("X, R-Texas,",
# "X (D-Calif.)"; lexicon `us_state_tags`).
PARTY_TAG = re.compile(r"\s*[,(]\s*[RDI]-(?P<state>[A-Z][A-Za-z.]{1,12})[,)]")


def _party_tagged(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"X, R-Texas, said": a person whose name the US press tags with a party and a state is
    a member of the US Congress on the day (USALEG), whatever a namesake in the knowledge
    base or the article's country would make them."""
    text = doc_text(doc)
    out = []
    for m in mentions:
        tag = PARTY_TAG.match(text, m.end)
        if m.actor.kind in PERSON_KINDS and m.actor.code != "USALEG" and tag and \
                tag["state"] in LEX.us_state_tags:
            m = Mention(m.text, m.start, m.end, replace(
                m.actor, code="USALEG", country="USA", sector="LEG"))
        out.append(m)
    return out


def _citizenship(doc: Doc, mention: Mention) -> bool:
    """"a Peruvian national", "Bolivian citizens": a country's word on a noun of citizenship
    (lexicon `citizenship_nouns`) tells where people are from, news's mark of people abroad,
    not where the story happens (`ArticleContext.note_places`)."""
    if mention.actor.kind != "country":
        return False
    end = token_range(doc, mention)[1]
    if end >= len(doc) or not (doc[end].lower_ in LEX.citizenship_nouns or
                               doc[end].lemma_.lower() in LEX.citizenship_nouns):
        return False
    # the noun heads its phrase (the parser may take it for an adjective), no modifier of
    # another noun ("the Peruvian national team")
    return end + 1 == len(doc) or doc[end + 1].pos_ not in {"NOUN", "PROPN"}


def _nationals(doc: Doc, ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """"Nigerian businessman X", "Iraq's X": a person the knowledge base lacks, described by a
    country word in their own phrase, is of that country (the bare country code)."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        if m.actor.kind == UNCODED_PERSON:
            start, end = token_range(doc, m)
            root = doc[start:end].root
            for token in root.subtree:
                n = by_token.get(token.i)
                if token.i >= start or n is None or \
                        token.dep_ not in {"amod", "compound", "poss", "nmod"}:
                    continue
                if n.actor.kind == "country" and n.actor.country:
                    code = cameo_country(n.actor.country)
                    actor = ctx.learned(m.actor.name, code, code)
                    actor.sector = None
                elif n.actor.kind in {"igo", "organisation", "group"} and n.actor.code:
                    actor = ctx.learned(m.actor.name, n.actor.code, n.actor.country)
                else:
                    continue
                m = Mention(m.text, m.start, m.end, actor)
                break
        out.append(m)
    return out


def _settled(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Bosnian Serbs", "Kosovo Albanians": a people named by one country's word for its
    nationals (a plural noun) that another country's word describes are that people living
    in the other country, of that country (as CAMEO codes actors by where they belong), not
    of the state their name comes from; so are an ethnic group's ("ethnic Albanians": lexicon
    `ethnic_words`) of the country the sentence places them in. A country word joined by a
    hyphen ("anti-American Iraqis", "pro-Russian Ukrainians") says what they think of it,
    not where they live."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        root = doc[start:end].root if end > start else None
        if root is not None and m.actor.kind == "country" and root.tag_ in {"NNS", "NNPS"}:
            home = next((n for c in root.children if c.i < start and
                         c.dep_ in {"amod", "compound"} and not _hyphenated(doc, c) and
                         (n := by_token.get(c.i)) is not None and n.actor.kind == "country"
                         and n.actor.country and n.actor.country != m.actor.country), None)
            if home is None and any(c.dep_ == "amod" and c.lower_ in LEX.ethnic_words
                                    for c in root.children):
                home = _country_of_place(doc, root, by_token, m.actor.country)
            if home is not None:
                m = replace(m, actor=home.actor)
        out.append(m)
    return out


def _country_of_place(doc: Doc, root: Token, by_token: dict[int, Mention],
                      own: str | None) -> Mention | None:
    """"ethnic Albanians … in Serbia": the one country other than the people's namesake that
    the sentence of an ethnic group's name places something in (the object of "in"); none
    when it names no such country or more than one."""
    found = {}
    for token in root.sent:
        n = by_token.get(token.i)
        if n is None or n.actor.kind != "country" or not n.actor.country or \
                n.actor.country == own or token.head.lower_ != "in" or token.dep_ != "pobj":
            continue
        found[n.actor.country] = n
    return next(iter(found.values())) if len(found) == 1 else None


def _hyphenated(doc: Doc, token: Token) -> bool:
    """Whether a word is the end of a hyphenated word ("anti-American", "pro-Russian")."""
    return (token.i > 0 and doc[token.i - 1].text in HYPHENS) or "-" in token.text


def _halves(doc: Doc, mentions: list[Mention],
            country_actor: Callable[[str], Actor | None]) -> list[Mention]:
    """"the North", "the South's": a compass word standing alone as a noun after "the"
    (no capitalised word after it, no "of" phrase) means the half of a divided country (lexicon
    `divided_halves`) when the article names that country (or its capital, whose
    government it then is), or names the other half or one of its people ("Seoul said the
    North …": the other half, the country itself); it replaces a place the word alone was
    taken for."""
    countries = {m.actor.country: m.actor for m in mentions if m.actor.kind == "capital"}
    countries.update({m.actor.country: m.actor for m in mentions if m.actor.kind == "country"})
    halves = set(LEX.divided_halves.values())
    if halves & {m.actor.country for m in mentions}:
        for half in halves - countries.keys():
            if (found := country_actor(half)) is not None:
                countries[half] = found
    out = list(mentions)
    for token in doc:
        country = LEX.divided_halves.get(token.lower_)
        actor = countries.get(country) if country else None
        if actor is None or not token.text[0].isupper() or token.i == 0 or \
                doc[token.i - 1].lower_ != "the" or any(c.dep_ == "prep" for c in token.children) \
                or (token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()):
            continue
        start, end = token.idx, token.idx + len(token)
        out = [m for m in out if not (m.start <= start < m.end)]
        out.append(Mention(token.text, start, end, actor))
    return out


def _place(doc: Doc, token: Token) -> tuple[Span, Actor | None] | None:
    """A place the knowledge base does not name as an actor ("Jericho", "Duhok province")
    stands for its country: strikes on a town are strikes on that country."""
    from communique.nlp.places import geocode

    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if doc[token.i:end].root.dep_ in {"nsubj", "nsubjpass"}:
        return None  # a town does not act; subjects that are places are capitals (the KB)
    if _part_of_named_place(doc, end):
        return None  # "the Northern District of <state>": the place after "of" says where
    if end == token.i + 1 and token.lower_ in LEX.compass_words:
        return None  # "the North", "the West": a direction or a region, no town
    found = geocode(doc, token)
    if found is None or not found.country:
        return None
    return doc[token.i:end], _place_actor(found.name, found.country)


def _region_named(doc: Doc, token: Token) -> tuple[Span, Actor | None] | None:
    """A name the recogniser took for an organisation's that is wholly the name of a region
    or country in the gazetteer ("Crimea", "Cornwall"): a place, as `_place` takes it (no
    actor as a subject), not an organisation the knowledge base lacks. Towns are left out:
    many share a name with a body or a firm."""
    from communique.geo import gazetteer

    span = entity_at(doc, token)
    found = gazetteer().regions.get(kbase.name_key(span.text)) if span is not None else None
    if span is None or found is None or not found.country:
        return None
    if span.root.dep_ in {"nsubj", "nsubjpass"}:
        return span, None
    return span, _place_actor(found.name, found.country)


def _place_actor(name: str, country: str) -> Actor:
    """A place of a country: it stands for that country ("attacked in <town>" is aimed at it)."""
    return Actor(name=name, code=country, country=country, kind="place",
                 id=content_id("place", name, country))


def _part_of_named_place(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is followed by "of" and a place's name: a
    part named after the whole ("the Northern District of <state>"), which a gazetteer entry
    of the part's own name elsewhere does not place."""
    k = end + 1
    while k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return end < len(doc) and doc[end].lower_ == "of" and k < len(doc) and \
        doc[k].ent_type_ in {"GPE", "LOC"}


def _unrecognised_place(doc: Doc, token: Token) -> tuple[Span, Actor | None] | None:
    """"in western Acme province": a proper noun the entity recogniser missed, heading the
    object of a place preposition or naming it, is the region (province, state, country) the
    gazetteer gives that name (with its head noun, else alone), of that region's country.
    Towns are left to the recogniser: many share a name with a common word ("in March")."""
    from communique.geo import gazetteer
    from communique.nlp.places import PLACE_PREPS

    if token.pos_ != "PROPN" or not token.is_title:
        return None
    head = token.head if token.dep_ == "compound" and token.head.i > token.i else token
    if head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS or \
            any(t.ent_iob_ != "O" for t in doc[token.i:head.i + 1]):
        return None
    for span in (doc[token.i:head.i + 1], doc[token.i:token.i + 1]):
        found = gazetteer().regions.get(kbase.name_key(span.text))
        if found is not None and found.country:
            return span, _place_actor(found.name, found.country)
    return None


def _holds_the(span: Span) -> bool:
    """Whether "the" stands inside the name right after a word that is no preposition: an
    epithet ("Peter the Great") or a phrase made a name ("Save the Children"), whose last word
    is no surname or name of its own ("the President of the United States" is not one)."""
    return any(token.lower_ == "the" and span.doc[token.i - 1].pos_ != "ADP"
               for token in span[1:-1])


def _in_org_name(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens `i` to `j` end an organisation's name the recogniser tagged, right
    after a name word of it ("Credit <country word>", "Air <country>"): the name's head, so
    the company's name, not the country or its government. A country word that modifies
    the name's head ("the Free <demonym> Army") says whose the body is, and "the Bank of
    <country>" or "<country> Airways" are left to the other rules."""
    name = entity_at(doc, doc[i])
    if name is None or name.label_ != "ORG" or name.start >= i or name.end != j:
        return False
    before = doc[i - 1]
    return before.pos_ in {"PROPN", "NOUN"} and before.is_title and before.lower_ != "the"


def _names_a_body(doc: Doc, i: int, j: int) -> bool:
    """Whether a surname met earlier (tokens `i` to `j`) opens the name of an organisation
    the recogniser tagged, whose capitalised head is no agent word ("the Doe Group", "the
    Doe Foundation"): the body named after the person, not the person. An agent word as the
    head ("the Doe Administration") leaves the name to the agent phrases."""
    name = entity_at(doc, doc[i])
    if name is None or name.label_ != "ORG" or name.end <= j:
        return False
    head = doc[name.end - 1]
    return head.is_title and sector_of([head.text]) is None


def _past_name_with_the(doc: Doc, i: int) -> int:
    """Where the name scan goes on after token `i` gave no name: past the whole person or
    organisation the recogniser tagged from `i` when "the" stands inside it (its tail after
    "the" is part of that name, not a name of its own), else to the next token."""
    token = doc[i]
    if token.ent_iob_ == "B" and token.ent_type_ in {"ORG", "PERSON"}:
        span = entity_at(doc, token)
        if span is not None and _holds_the(span):
            return span.end
    return i + 1


def _lower_case(span: Span) -> bool:
    """Whether no word of a span but its article is capitalised ("the bush", "the cook"): a
    common noun, never a person's name, whatever the tagger says."""
    return not any(t.is_title or t.is_upper for t in span if t.lower_ != "the")


def _plausible(span: Span) -> bool:
    """One capitalised word is a name only if tagged as one (not "The", "Union", "State"); no
    words wholly inside a date, time or amount are."""
    if all(token.ent_type_ in NUMBER_ENTS for token in span):
        return False
    if len(span) > 1:
        return True
    token = span[0]
    return token.pos_ in {"PROPN", "ADJ"} or token.ent_type_ in NAME_ENTS or (
        token.is_upper and len(token) >= 2)


# A namesake town this share of the largest's size may be the one a sentence means.
RIVAL_SHARE = 0.1


def _towns_of_named_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Gunmen opened fire in Tripoli, a Lebanese port": a town whose name large towns of
    several countries share is the one in the country its sentence names by name or
    nationality, when exactly one such country has a large town of that name
    (`KNOWN_CITY_POPULATION`, and at least `RIVAL_SHARE` of the gazetteer's choice: a small
    namesake does not take a great city's name, "Alexandria" stays Egypt's beside an
    American); else the gazetteer's choice (the largest) stands."""
    from communique.geo import KNOWN_CITY_POPULATION, gazetteer

    towns = gazetteer().country_cities
    out = []
    for m in mentions:
        if m.actor.kind == "place" and m.actor.sector is None:
            sent = doc[token_range(doc, m)[0]].sent
            bounds = (sent.start_char, sent.end_char)
            named = {n.actor.country for n in mentions if n.actor.kind == "country" and
                     n.actor.sector is None and bounds[0] <= n.start < bounds[1]}
            key = kbase.name_key(m.text)
            default = towns.get((key, m.actor.country), (0, None))[0]
            there = [c for c in named if c and (key, c) in towns and
                     towns[(key, c)][0] >= max(KNOWN_CITY_POPULATION, default * RIVAL_SHARE)]
            if m.actor.country not in named and len(there) == 1:
                place = towns[(key, there[0])][1]
                m = replace(m, actor=_place_actor(place.name, there[0]))
        out.append(m)
    return out


def _elided_names(doc: Doc, mentions: list[Mention],
                  known: Callable[[str], Actor | None]) -> list[Mention]:
    """"North and South Korea": a capitalised word coordinated before a name shares the
    name's last words, so it names the actor of that whole name ("North Korea") when the
    knowledge base has it; the word alone is its mention."""
    out = list(mentions)
    covered = {t for n in mentions for t in range(*token_range(doc, n))}
    for m in mentions:
        start, end = token_range(doc, m)
        if start < 2 or end - start < 2 or doc[start - 1].lower_ != "and":
            continue
        word = doc[start - 2]
        if not word.is_title or word.i in covered:
            continue
        actor = known(" ".join([word.text, *(t.text for t in doc[start + 1:end])]))
        if actor is not None and actor.code != m.actor.code:
            out.append(Mention(word.text, word.idx, word.idx + len(word), actor))
            covered.add(word.i)
    return out


def _shared_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Indian and Pakistani troops", "the Chinese and Indian ministers", "Peruvian and
    South Korean troops": a country word coordinated with the owner of an agent phrase (any
    word of it) shares its head noun, so it names that country's agent of the same sector
    (the phrase's article is no part of the word)."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        words = [t for t in doc[start:end] if t.dep_ != "det"]
        word = words[0] if words else doc[start]
        agent = next((by_token[c.i] for c in word.children
                      if c.dep_ == "conj" and c.i in by_token), None)
        if len(words) == 1 and m.actor.kind == "country" and m.actor.code and \
                agent is not None and agent.actor.kind == "agent" and agent.actor.sector and \
                word.dep_ in {"amod", "compound"} and \
                word.head.i == token_range(doc, agent)[1] - 1:
            sector = agent.actor.sector
            code = m.actor.code[:3] + sector
            m = replace(m, actor=Actor(name=f"{m.actor.name} ({sector})", code=code,
                                       country=m.actor.country, sector=sector, kind="agent",
                                       id=content_id(code)))
        out.append(m)
    return out


def _drop_modifiers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country word inside a person's or group's phrase ("Iranian President X") is part of
    that actor's description, not an actor of its own; nor is one that says whose side people
    take ("pro-Russian forces": `stance_prefixed`); nor any name that dates or styles a thing
    (`_dates_a_thing`)."""
    spans = {id(m): token_range(doc, m) for m in mentions}
    keep = []
    for m in mentions:
        start, end = spans[id(m)]
        if end - start == 0 or _dates_a_thing(doc, end):
            continue
        if m.actor.kind != "country":
            keep.append(m)
            continue
        root = doc[start:end].root
        heads = [n for n in mentions if n is not m and n.actor.kind in {"person", "learned"}
                 and spans[id(n)][0] <= root.head.i < spans[id(n)][1]]
        if (root.dep_ in {"amod", "compound", "poss"} and heads) or \
                _names_a_distinction(doc[end - 1]) or \
                (root.dep_ in {"amod", "compound"} and stance_prefixed(doc, start)):
            continue
        keep.append(m)
    return keep


def _dates_a_thing(doc: Doc, end: int) -> bool:
    """"The Obama-era policy", "Soviet-style rule": a name joined by a hyphen to a word of a
    time or a manner (lexicon `era_words`) says when or how, not who."""
    return end + 1 < len(doc) and doc[end].text in HYPHENS and \
        doc[end + 1].lower_ in LEX.era_words


def _region(name: str) -> Actor | None:
    """The CAMEO region a name of a compass word and a name stands for ("West Africa",
    "West Africans": WAF); None where it names none ("North Dakota")."""
    code = region_code(name)
    return Actor(name=name, code=code, kind="igo", id=content_id("igo", code)) \
        if code else None


def _direction(doc: Doc, span: Span) -> bool:
    """"the west of the country": a compass word alone (lexicon `compass_words`) with an
    "of" phrase of its own after it names a part of a place, not a bloc ("the West", which
    some papers write in lower case) nor a divided country's half ("the North")."""
    words = [t for t in span if t.dep_ != "det"]
    if len(words) != 1 or words[0].lower_ not in LEX.compass_words:
        return False
    after = doc[words[0].i + 1] if words[0].i + 1 < len(doc) else None
    # "accused the West of meddling": the verb's "of", not a part of the West
    return after is not None and after.lower_ == "of" and after.head == words[0]


def _compass_before_name(doc: Doc, span: Span) -> bool:
    """"West Africans", "East Timor", "North Dakota": a compass word (lexicon
    `compass_words`) opening a longer capitalised name is part of that name, not the region
    it names standing alone ("the West"): that name's region, or no actor."""
    return span[-1].lower_ in LEX.compass_words and all(t.dep_ == "det" for t in span[:-1]) and \
        span.end < len(doc) and \
        doc[span.end].is_title and doc[span.end].is_alpha and \
        doc[span.end].pos_ in {"PROPN", "ADJ", "NOUN"}


def _drop_topics_and_scenes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name that a noun compounds only to say what it is about or where it was: a
    country before a noun of inquiry ("the <country> investigation": what is inquired into;
    "a <demonym> investigation" says whose), and a town before a noun of a meeting, an
    agreement or a happening ("the <town> summit", "the <town> accord", "the <town>
    attacks": where it was held, signed or done). Neither is an actor of the clause; a name
    whose own agent word follows ("the <country> government inquiry") is the owner."""
    return [m for m in mentions if not (
        (m.actor.kind == "country" and _compound_head(doc, m) in LEX.inquiry_nouns) or
        (m.actor.kind in {"capital", "place"} and _compound_head(doc, m) in _scene_nouns()) or
        _patron(doc, m) or _origin(doc, m, mentions) or _sea(doc, m))]


def _origin(doc: Doc, mention: Mention, mentions: list[Mention]) -> bool:
    """"the London-based <named monitor>", "Nigerian-grown <named group>": a place or country
    hyphened to a participle of where something sits or comes from (lexicon
    `origin_participles`) in a phrase that names its own actor says where that actor is based
    or born; the place is no actor beside it. Where the phrase names no one ("a
    Pakistan-based group"), the place is the group's country and stays."""
    if mention.actor.kind not in {"country", "capital", "place"}:
        return False
    start, end = token_range(doc, mention)
    if not start < end or not names_origin(doc, end):
        return False
    head = doc[end + 1].head
    phrase = doc[head.left_edge.i:head.right_edge.i + 1]
    return any(other.actor.kind in NAMED_KINDS and other.actor.code and
               max(mention.end, phrase.start_char) <= other.start and
               other.end <= phrase.end_char for other in mentions)


# Kinds of actor a knowledge-base name gives that are someone of their own (not a place).
NAMED_KINDS = {"person", "group", "organisation", "igo"}


def _sea(doc: Doc, mention: Mention) -> bool:
    """"Japan" in "the Sea of Japan", "Mexico" in "the Gulf of Mexico": a country named after
    "of" in the name of a sea (headed by a word of lexicon `water_words`) is part of a
    place's name, not the country."""
    start, end = token_range(doc, mention)
    return end > start >= 2 and doc[start - 1].lower_ == "of" and \
        doc[start - 2].is_title and doc[start - 2].lower_ in LEX.water_words


def _patron(doc: Doc, mention: Mention) -> bool:
    """"US-backed rebels", "UN-brokered talks": a name hyphened to a participle of backing
    (lexicon `patronage`) that modifies a noun says who stands behind the people the noun
    names, not who they are (nor whose country theirs is). A text, an agreement or an idea
    so backed ("a US-backed resolution") is the backer's own, unless brokered or mediated
    (lexicon `mediating`)."""
    start, end = token_range(doc, mention)
    if end <= start or end + 1 >= len(doc) or doc[end].text != "-":
        return False
    participle = doc[end + 1]
    lemma = participle.lemma_.lower()
    if participle.tag_ != "VBN" or lemma not in LEX.patronage or \
            participle.dep_ != "amod" or participle.head.i < participle.i:
        return False
    return lemma in LEX.mediating or participle.head.lemma_.lower() not in _backed_things()


@cache
def _backed_things() -> frozenset[str]:
    """Nouns of texts, agreements and ideas (object classes)."""
    classes = packaged_object_classes()
    return frozenset().union(*(classes[k] for k in ("document", "communication", "agreement",
                                                     "abstract")))


def _compound_head(doc: Doc, mention: Mention) -> str:
    """The lemma of the noun a name is a compound of, with no agent word between them
    ("government", "army"); "" for a name that is no such compound."""
    start, end = token_range(doc, mention)
    if end <= start:
        return ""
    word = doc[end - 1]
    if word.dep_ != "compound" or word.head.i < end or \
            any(sector_of([w.text]) for w in doc[end:word.head.i]):
        return ""
    return word.head.lemma_.lower()


@cache
def _scene_nouns() -> frozenset[str]:
    """Nouns of meetings, agreements and happenings (lexicon `meeting_nouns`, object classes
    "agreement" and "happening")."""
    classes = packaged_object_classes()
    return LEX.meeting_nouns | classes["agreement"] | classes["happening"]


def _names_a_distinction(word: Token) -> bool:
    """"the Peruvian Order of the Sun", "a British Academy Film Award": a country word
    modifying a capitalised noun of an honour or programme (lexicon `distinction_nouns`),
    through the capitalised words of its name, is part of that name, no actor."""
    head = word
    while head.dep_ in {"amod", "compound"} and head.head.i != head.i:
        head = head.head
        if not head.is_title:
            return False
        if head.lemma_.lower() in LEX.distinction_nouns:
            return True
    return False


def _join_split_names(doc: Doc, known: Callable[[Span], bool]) -> None:
    """A person's name the recogniser splits into two names side by side, with nothing
    between them but a space ("<given names> <family names>" of a long name), is one name:
    two people are never named back to back without a word or a mark between them. Only
    names of two or more capitalised words each, neither one the knowledge base knows, and
    no word repeated (a scraped page's name card: "<name> <the same name in full>")."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and \
                last.end == ent.start and doc[last.end - 1].whitespace_ and \
                len(last) > 1 and len(ent) > 1 and not known(last) and not known(ent) and \
                all(t.is_alpha and t.is_title for t in doc[last.start:ent.end]) and \
                len({t.lower_ for t in doc[last.start:ent.end]}) == ent.end - last.start:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) < len(ents):
        doc.ents = joined
