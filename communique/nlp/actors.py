"""The actor resolver component (`communique_actors`): mentions of people, organisations,
places and nationalities become coded actors, with roles taken on the article's date.

Order of work in one document: knowledge-base names (longest first; a surname already
introduced in the article wins over the knowledge base), then agent phrases that give a
sector to a country ("Iranian forces" → IRNMIL) or describe a person the knowledge base lacks
("Jordanian Foreign Minister X" → a learned JORGOV actor), then descriptions and pronouns that
refer back to a person named earlier (pronouns: `nlp/pronouns.py`). Bylines are never
actors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from communique import kb as kbase
from communique.ids import content_id
from communique.kb.agents import agents, sector_of
from communique.kb.names import name_skeleton, same_person
from communique.kb.schema import Entry
from communique.models import Actor, Mention
from communique.nlp.context import (PERSON_KINDS, UNCODED_ORG, UNCODED_PERSON, ArticleContext,
                                     iso3)
from communique.nlp import syntax as S
from communique.nlp.syntax import doc_text
from communique.nlp.lexicon import LEX
from communique.nlp.naming import (bare_name, challenged_state, entity_at, fuzzy_allowed,
                                   in_headline, is_acting, is_institution, is_located,
                                   modifier_or_thing, nameable, other_place, token_range,
                                   whole_name)
from communique.nlp.pronouns import pronouns

CAMEO_COUNTRY = {v: k for k, v in {"ROM": "ROU", "MTN": "MNE", "TMP": "TLS", "IMY": "IMN"}.items()}


def cameo_country(code: str) -> str:
    """The CAMEO code of an ISO 3166 alpha-3 country code."""
    return CAMEO_COUNTRY.get(code, code)


@cache
def COUNTRY_NAMES() -> dict[str, str]:  # noqa: N802
    """CAMEO country code → name (the knowledge base's country entries)."""
    names: dict[str, str] = {}
    for entry in kbase.packaged().entries:
        if entry.kind == "country" and entry.country:
            names.setdefault(entry.country, entry.name)
    return names

MAX_NAME_TOKENS = 7
# Sectors an agent phrase with no country of its own ("the police", "lawmakers") takes the
# article's country for; vaguer ones ("people", "men", "businessmen") stay uncoded.
CONTEXT_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD", "REB", "INS", "OPP", "SPY", "PTY", "CVL"}
# Entities kept as uncoded actors when the knowledge base lacks them.
UNCODED_ENTS = {"PERSON", "ORG"}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# Entities that are amounts or times: words inside them are not names ("May 15" is a date).
NUMBER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# "the head of Lebanon's army": these take the code of what they head or speak for.
LEADER_WORDS = {"head", "chief", "leader", "commander", "spokesman", "spokeswoman",
                "spokesperson", "chairman", "director", "member", "members", "delegation"}
OWNER_KINDS = {"country", "capital", "organisation", "group", "igo"}


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
        self.title = [bool(c[1]) for c in cols]
        self.may_start = [bool((c[1] or c[2] or c[4] == the) and not c[3]) for c in cols]
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
        ctx = ArticleContext(doc)
        mentions = self._names(doc, ctx)
        ctx.note_places(mentions)
        mentions = _shared_heads(doc, self._agents(doc, ctx, mentions))
        mentions = _appositions(doc, mentions)
        mentions = _nationals(doc, ctx, mentions)
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
                i += 1
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
        if found is not None:
            span, actor = found
            if actor.kind == "capital" and actor.country and is_located(span):
                # "in Tehran" says where, so it is not the government: only the country, as
                # for any town ("attacked in Tel Aviv" is aimed at Israel).
                code = cameo_country(actor.country)
                return span, Actor(name=actor.name, code=code, country=actor.country,
                                   kind="place", id=content_id("place", actor.name, code))
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
            if known is not None and whole_name(doc, i, j, [known.name, *known.aliases]):
                return doc[i:j], known
            entries = self.kb.index.get(key)
            if entries and _plausible(doc[i:j]):
                span = doc[i:j]
                entries = [e for e in entries if whole_name(doc, i, j, [e.name, *e.aliases],
                                                             e.kind) and
                           not other_place(doc, i, j) and not self._owned_abroad(doc, i, e)]
                if entries:
                    return span, ctx.actor_for(self._choose(entries, span, ctx))
        return None

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
        unless a known name lies inside it ("President Vladimir Putin" tagged as one name)."""
        span = entity_at(doc, token)
        if span is None or ctx.is_byline(span.text) or not nameable(span) or \
                modifier_or_thing(span) or in_headline(span):
            return None
        if any(self._known_at(doc, tokens, k, ctx) for k in range(span.start + 1, span.end)):
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
        """A PERSON entity the index lacks, matched on its transliteration skeleton; not a
        name the gazetteer gives a place (the recogniser may take a town for a person)."""
        from communique.geo import gazetteer

        end = token.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[token.i:end]
        parts = name_skeleton(span.text).split()
        if len(parts) < 2 or ctx.is_byline(span.text) or not fuzzy_allowed(span.text) or \
                gazetteer().find(span.text) is not None:
            return None
        matches = {id(e): e for e in self.skeletons.get(parts[-1], [])
                   if any(same_person(span.text, n) for n in (e.name, *e.aliases))}
        if len(matches) != 1:
            return None
        return span, ctx.actor_for(next(iter(matches.values())))

    # agent phrases -------------------------------------------------------------------

    def _agents(self, doc: Doc, ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
        # An uncoded name gives way to an agent phrase over it ("the Foreign Ministry").
        by_token = {t: m for m in mentions for t in range(*token_range(doc, m))
                    if m.actor.code is not None}
        out = list(mentions)
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array("ORTH").tolist()]
        ends = _agent_last_words()
        for i, text in enumerate(texts):
            if " " not in text and text.lower() not in ends:
                continue  # no agent phrase ends with this word
            token = doc[i]
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in by_token:
                continue
            if token.dep_ in {"compound", "amod"} and token.head.i == token.i + 1 and \
                    token.head.pos_ == "NOUN" and sector_of([token.text, token.head.text]):
                continue  # "government forces": the longer phrase, at its head
            found = sector_of(texts[max(0, token.i - 5):token.i + 1])
            if found is None:
                continue
            size, sector = found
            start = token.i - size + 1
            if any(t in by_token for t in range(start, token.i + 1)):
                continue
            mention = self._agent_mention(doc, ctx, by_token, start, token, sector)
            if mention is not None:
                replaced = {id(m) for m in out if m.start < mention.end and
                            mention.start < m.end}
                out = [m for m in out if id(m) not in replaced] + [mention]
                by_token.update(dict.fromkeys(range(*token_range(doc, mention)), mention))
        return out

    def _agent_mention(self, doc: Doc, ctx: ArticleContext, by_token: dict[int, Mention],
                       start: int, head: Token, sector: str) -> Mention | None:
        person = _named_person(doc, head)
        owner = _owner(doc, by_token, start, head) or _leaders_country(
            doc, by_token, start, head, sector) or _owner_after_name(person, by_token)
        first = start
        if owner is None:
            if person is None and _definite_singular(doc, start, head):
                known = ctx.person_by_description(sector, None, head.lower_,
                                                  _clause_subjects(head, by_token))
                if known:
                    return ctx.mention(doc[start:head.i + 1], known)
            country = ctx.country_at(head.sent.end_char) if sector in CONTEXT_SECTORS and (
                person is not None or is_acting(head) or is_institution(head)) and \
                not _pronoun_owned(head) else None
            if country is None and sector in LEX.state_sectors | LEX.home_sectors:
                country = challenged_state(head, sector, by_token)
            if country is None:
                return None  # no clear country: no actor rather than a guess
            base = _country_actor(country)
        else:
            first = min(start, token_range(doc, owner)[0])
            base = owner.actor if owner.actor.kind != "place" else \
                _country_actor(owner.actor.country or "")
        if base.kind in {"country", "capital"}:
            code = (base.country or (base.code or "")[:3]) + sector
        else:
            code = base.code or ""  # an owner is a coded actor (OWNER_KINDS)
        if person is not None and not ctx.is_byline(person.text):
            end = max(person.end, head.i + 1)
            named = by_token.get(person.start)
            actor = named.actor if named is not None and named.actor.kind == "person" else \
                ctx.learned(person.text, code, base.country)
            return ctx.mention(doc[first:end], actor)
        if base.kind in {"country", "capital"} and head.lower_ not in LEADER_WORDS:
            known = ctx.person_by_description(sector, base.country, head.lower_,
                                              _clause_subjects(head, by_token)) \
                if _definite_singular(doc, first, head) else None
            actor = known or Actor(name=f"{base.name} ({sector})", code=code,
                                   country=iso3(base.country), sector=sector, kind="agent",
                                   id=content_id(code))
            return ctx.mention(doc[first:head.i + 1], actor)
        return ctx.mention(doc[first:head.i + 1], base)

@cache
def _agent_last_words() -> frozenset[str]:
    """The last words of the agent phrases (`kb.agents`): a word that is none of them ends
    no agent phrase."""
    return frozenset(phrase.split(" ")[-1] for phrase in agents())


def _appositions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Ana Reyes, the United Nations refugee envoy": a person described
    as serving an organisation acts for it in this article; one the knowledge base lacks,
    described by a role of a country ("Ana Reyes, Peru's foreign minister"), acts in it, as
    does a name the recogniser took for a body's ("Ana Reyes, a Peruvian lawmaker")."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        if (m.actor.kind not in PERSON_KINDS and m.actor.kind != UNCODED_ORG) or end == start:
            out.append(m)
            continue
        root = doc[start:end].root
        bodies = [by_token[t.i] for child in root.children if child.dep_ == "appos"
                  for t in child.subtree if t.i in by_token and
                  by_token[t.i].actor.kind in {"igo", "organisation", "group"}]
        roles = [by_token[child.i] for child in root.children if child.dep_ == "appos" and
                 child.i in by_token and by_token[child.i].actor.kind in {"agent", "learned"}
                 and any(t.ent_type_ in {"GPE", "NORP"} for t in child.subtree)]
        if m.actor.code is None and roles and roles[0].actor.code:
            bodies = roles  # "Jane Doe, Kenya's foreign minister": the role says whose she is
        if bodies and (bodies[0].actor.code or "")[:3] != (m.actor.code or "")[:3]:
            body = bodies[0].actor
            actor = Actor(name=m.actor.name, code=body.code, country=body.country,
                          sector=body.sector, id=m.actor.id, kind=m.actor.kind,
                          aliases=m.actor.aliases, roles=m.actor.roles)
            m = Mention(m.text, m.start, m.end, actor)
        out.append(m)
    return out


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
    found = geocode(doc, token)
    if found is None or not found.country:
        return None
    return doc[token.i:end], _place_actor(found.name, found.country)


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


# Agent nouns that name one person, and so may refer back to a person named earlier.
PERSON_NOUNS = {"minister", "president", "premier", "diplomat", "spokesman", "spokeswoman",
                "spokesperson", "envoy", "ambassador", "leader", "commander", "chief", "king",
                "prince", "emir", "sultan", "chancellor", "secretary", "general", "official",
                "speaker", "cleric", "ayatollah", "negotiator", "adviser", "advisor"}


def _definite_singular(doc: Doc, first: int, head: Token) -> bool:
    """"the Saudi minister", "the top diplomat": a definite singular description of a
    person (not "the embassy", "the ministry")."""
    return head.tag_ == "NN" and head.lower_ in PERSON_NOUNS and "the" in {
        doc[first].lower_, doc[max(first - 1, 0)].lower_, doc[max(first - 2, 0)].lower_}


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


def _country_actor(country: str) -> Actor:
    """The country actor of an ISO code, as an agent phrase's owner."""
    return Actor(name=COUNTRY_NAMES().get(cameo_country(country), country),
                 code=cameo_country(country), country=country, kind="country")


def _owner(doc: Doc, by_token: dict[int, Mention], start: int, head: Token) -> Mention | None:
    """The actor an agent phrase belongs to: just before it ("Iranian forces", "Lebanon's
    army", "Hezbollah fighters", a place: "Ohio police") or after "of" ("the head of Lebanon's
    army")."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in {"'s", "’s", "the", "top", "senior", "'"}:
        k -= 1
    if k >= 0 and k in by_token and by_token[k].actor.kind in OWNER_KINDS | {"place"}:
        return by_token[k]  # "Boston police": a town's police are its country's
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for token in child.subtree:
                if token.i in by_token and by_token[token.i].actor.kind in OWNER_KINDS:
                    return by_token[token.i]
    return None


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
    ("himself"), so the description means someone else."""
    verb = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = S.subject_of(verb) if verb is not None else None
    if subject is None or subject.i == head.i or head in subject.subtree:
        return frozenset()
    return frozenset(id(by_token[t.i].actor) for t in subject.subtree if t.i in by_token and
                     by_token[t.i].actor.kind in PERSON_KINDS)


def _pronoun_owned(head: Token) -> bool:
    """"his government", "her ministers": the phrase belongs to the country of whomever the
    pronoun means, which the country the article names most need not be ("its forces" is most
    often the country just named)."""
    return any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in head.children)


def _named_person(doc: Doc, head: Token) -> Span | None:
    """"Foreign Minister Ayman Safadi" / "Ayman Safadi, Jordan's foreign minister": the
    PERSON entity the agent phrase titles or describes."""
    nxt = head.i + 1
    if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
        ent = entity_at(doc, doc[nxt])
        if ent is not None:
            # the title may be tagged as part of the name
            return ent if ent.start == nxt else doc[nxt:ent.end]
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        return entity_at(doc, head.head)
    return None


def _shared_heads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Indian and Pakistani troops": a country word coordinated with the owner of an agent
    phrase shares its head noun, so it names that country's agent of the same sector."""
    by_start = {token_range(doc, m)[0]: m for m in mentions}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        word = doc[start]
        agent = next((by_start[c.i] for c in word.children
                      if c.dep_ == "conj" and c.i in by_start), None)
        if end - start == 1 and m.actor.kind == "country" and m.actor.code and \
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
    that actor's description, not an actor of its own."""
    spans = {id(m): token_range(doc, m) for m in mentions}
    keep = []
    for m in mentions:
        start, end = spans[id(m)]
        if end - start == 0:
            continue
        if m.actor.kind != "country":
            keep.append(m)
            continue
        root = doc[start:end].root
        heads = [n for n in mentions if n is not m and n.actor.kind in {"person", "learned"}
                 and spans[id(n)][0] <= root.head.i < spans[id(n)][1]]
        if root.dep_ in {"amod", "compound", "poss"} and heads:
            continue
        keep.append(m)
    return keep
