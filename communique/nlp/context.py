"""What the actor resolver remembers within one article: its date, its bylines, and the
people named so far (so that a later surname, title or pronoun means them)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from communique import cameo
from communique.ids import content_id
from communique import kb as kbase
from communique.kb import name_key
from communique.kb.schema import Entry
from communique.models import Actor, Mention
from communique.nlp.lexicon import LEX
from communique.nlp.syntax import doc_text
from communique.partial_date import middle_day


# Kinds of actors named in the text but not in the knowledge base (`code` None).
UNCODED_PERSON, UNCODED_ORG = "uncoded person", "uncoded organisation"
# An agent phrase ("lawmakers", "the rebels") whose country the article does not give.
UNCODED_AGENT = "uncoded agent"
PERSON_KINDS = frozenset({"person", "learned", UNCODED_PERSON})  # actor kinds of one person


def uncoded_agent(text: str) -> Actor:
    """The actor of an agent phrase with no country: its text, no code, one id per wording."""
    return Actor(name=text, code=None, kind=UNCODED_AGENT,
                 id=content_id(UNCODED_AGENT, text.lower()))


class ArticleContext:
    def __init__(self, doc: Doc) -> None:
        # Roles are taken on the article's date; the middle of it when it is a month or year.
        self.day: dt.date | None = middle_day(doc._.published)
        self.bylines = {name_key(n) for n in doc._.byline or []}
        self.byline_words = {w for n in self.bylines for w in n.split()}
        self.people: list[Actor] = []
        self.times_named: Counter[int] = Counter()  # person (id of the Actor) → mentions
        self.by_surname: dict[str, Actor] = {}
        self.entries: dict[int, Actor] = {}
        self.dateline_end, self.dateline_country = _dateline(doc)
        self.places: list[tuple[int, str]] = []
        # the country of the body last named with each noun ("the Syrian regime": regime →
        # SY), which "the regime" alone then refers back to
        self.bodies_named: dict[str, str] = {}
        # the actor of the person last described with each noun news gives those it does not
        # name ("a senior US official": official → USAGOV), whom "the official" means
        self.agents_named: dict[str, Actor] = {}
        # the country of the rebels last named with one ("separatist forces in X"), whom
        # rebels named with none then mean (`agent_phrases.REBEL_SECTORS`)
        self.rebels_named: str | None = None
        self.setting_places: list[tuple[int, str]] = []

    def is_byline(self, text: str) -> bool:
        key = name_key(text)
        return bool(key) and (key in self.bylines or (
            len(key.split()) == 1 and key in self.byline_words))

    def seen(self, entry: Entry) -> bool:
        return id(entry) in self.entries

    def actor_for(self, entry: Entry) -> Actor:
        """The coded actor for a knowledge-base entry on the article's date."""
        if id(entry) in self.entries:
            return self.entries[id(entry)]
        actor = actor_from_entry(entry, self.day)
        self.entries[id(entry)] = actor
        return actor

    def learned(self, name: str, code: str, country: str | None) -> Actor:
        """A person the knowledge base lacks, coded from how the text describes them."""
        for person in self.people:
            if person.code is not None and name_key(person.name) == name_key(name):
                return person
        return Actor(name=name, code=code, country=iso3(country), sector=code[3:6] or None,
                     id=content_id("learned", name, code), learned=True, kind="learned")

    def uncoded(self, name: str, person: bool) -> Actor:
        """A person or organisation named in the text that the knowledge base lacks: kept
        with its name and no code (one actor per name in this article)."""
        key = name_key(name)
        for actor in self.people:
            if actor.code is None and name_key(actor.name) == key:
                return actor
        return Actor(name=name, code=None, kind=UNCODED_PERSON if person else UNCODED_ORG,
                     id=content_id("uncoded", key))

    def mention(self, span: Span, actor: Actor) -> Mention:
        person = actor.kind in {"person", "learned", UNCODED_PERSON}
        self.times_named[id(actor)] += person
        if person and actor not in self.people:
            self.people.append(actor)
            for key in dict.fromkeys([name_key(actor.name),
                                      *(name_key(a) for a in actor.aliases)]):
                for surname in surnames(key, actor.country):
                    self._note_surname(surname, actor)
        return Mention(span.text, span.start_char, span.end_char, actor)

    def _note_surname(self, surname: str, actor: Actor) -> None:
        """The first person named with a surname keeps it, unless a coded person follows an
        uncoded one: a name the recogniser ran into a neighbouring word ("REUTERS Smith")
        stays uncoded, and the knowledge base's person is the one the surname means."""
        held = self.by_surname.get(surname)
        if held is None or (held.code is None and actor.code is not None):
            self.by_surname[surname] = actor

    def note_places(self, mentions: list[Mention]) -> None:
        """Remember where each country is named (countries, capitals, towns, and the
        countries of the people and bodies named); and the same with a person who makes
        more than half of their country's mentions (a pope, a visiting leader, an agent on
        trial abroad) counted where first named only: the figure's name, repeated, tells
        who the story is about, not which country it happens in."""
        named = sorted((m for m in mentions if m.actor.country), key=lambda m: m.start)
        self.places = [(m.start, m.actor.country or "") for m in named]
        per_country = Counter(m.actor.country for m in named)
        per_person = Counter(id(m.actor) for m in named if m.actor.kind in PERSON_KINDS)
        once = {id(m.actor) for m in named if m.actor.kind in PERSON_KINDS and
                2 * per_person[id(m.actor)] > per_country[m.actor.country]}
        first = {id(m.actor): m.start for m in reversed(named)}
        self.setting_places = [(m.start, m.actor.country or "") for m in named
                               if id(m.actor) not in once or first[id(m.actor)] == m.start]

    def country_at(self, offset: int) -> str | None:
        """The country an agent phrase with no country of its own belongs to: the
        dateline's, else the one named most often before `offset` (the end of the phrase's
        sentence), a figure's repeated name counted once (`note_places`); on a tie there,
        the one named most with every mention counted; on a tie still, the tied country
        the whole article names most (a story's opening sentence often names both sides
        once); None on a tie or with none."""
        if self.dateline_country:
            return self.dateline_country
        for places in (self.setting_places, self.places):
            counts = Counter(c for start, c in places if start < offset).most_common(2)
            if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
                return counts[0][0]
        so_far = Counter(c for start, c in self.places if start < offset)
        tied = {c for c, n in so_far.items() if n == max(so_far.values())} if so_far else set()
        whole = Counter(c for _, c in self.setting_places if c in tied).most_common(2)
        if len(whole) == 2 and whole[0][1] > whole[1][1]:
            return whole[0][0]
        return None

    def person_by_surname(self, key: str, is_title: bool) -> Actor | None:
        """"Assad said": the person introduced earlier in this article with that surname
        (`key` is the name key of a capitalised word)."""
        if not is_title or " " in key:
            return None
        return self.by_surname.get(key)

    def person_by_description(self, sector: str, country: str | None,
                              title: str = "", others: frozenset[int] = frozenset()
                              ) -> Actor | None:
        """"the Saudi minister", "the top Turkish diplomat": the latest person named in this
        article with that country and sector. When some of them hold, on the article's date,
        an office whose title has the description's head word ("the president": "President
        of Syria"), the one of those the article names most (the latest on a tie): the title
        the text gives outweighs a role of the same sector under another title. `others`:
        the people (ids of their actors) the description cannot mean. A head word naming an
        office (lexicon `office_nouns`: "the ambassador", "the attorney general") never
        means a person whose titles on that date are known and lack it."""
        fitting = [p for p in self.people if p.sector == sector and id(p) not in others and
                   (country is None or p.country == country)]
        words = LEX.office_nouns.get(title, frozenset({title}) if title else frozenset())
        titled = [p for p in fitting if words & title_words(p, self.day)]
        if titled:
            return max(reversed(titled), key=lambda p: self.times_named[id(p)])
        if title in LEX.office_nouns:
            fitting = [p for p in fitting if not title_words(p, self.day)]
        return fitting[-1] if fitting else None


# Countries whose people's names are written surname first in English ("Moon Jae-in",
# "Li Keqiang", "Kim Jong Un": later "Moon", "Li", "Kim").
SURNAME_FIRST = {"CHN", "TWN", "HKG", "KOR", "PRK"}


def surnames(key: str, country: str | None) -> list[str]:
    """The words of a person's name key that refer back to them alone: the last one, and
    the first in a surname-first name, whose last word is a given name that may be a
    function word ("Moon Jae-in": "Moon", not "in"). A single letter is no surname (an
    apostrophe splits "Khamene'i" in the key), lest the pronoun "I" mean the person."""
    words = [w for w in key.split() if len(w) > 1]
    if country not in SURNAME_FIRST or len(words) < 2:
        return words[-1:]
    return [words[0]] + [w for w in words[-1:] if w not in STOP_WORDS]


# CAMEO country codes that differ from ISO 3166 alpha-3, for the `country` field.
ISO3 = {"ROM": "ROU", "MTN": "MNE", "TMP": "TLS", "IMY": "IMN"}


def iso3(code: str | None) -> str | None:
    return ISO3.get(code, code) if code else code


CAMEO_COUNTRY = {v: k for k, v in ISO3.items()}


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


def title_words(actor: Actor, day: dt.date | None) -> set[str]:
    """The words of the titles of the actor's roles holding on `day` (all of them without a
    day), in lower case."""
    words: set[str] = set()
    for role in actor.roles:
        start, end = role.get("start"), role.get("end")
        if day is None or ((start is None or start <= day.isoformat()) and
                           (end is None or day.isoformat() <= end)):
            words |= set(re.findall(r"\w+", (role.get("title") or "").lower()))
    return words


# CAMEO's code of non-governmental organisations.
NGO = "NGO"


def actor_from_entry(entry: Entry, day: dt.date | None) -> Actor:
    """An entry's code on `day`: the role holding then (latest start first); without a date,
    its current or latest role; a person out of office keeps only the country."""
    roles = [r for r in entry.roles if r.holds_on(day)] if day else (
        [r for r in entry.roles if r.end is None] or entry.roles[-1:])
    roles.sort(key=lambda r: r.start or dt.date.min, reverse=True)
    country = entry.country
    code = roles[0].code if roles else country or entry.roles[0].code[:3]
    if code[:3] == NGO and country and code[3:6] == country:
        # "NGOUSAHRI" (a Phoenix code): a non-governmental group of one country is that
        # country's, as CAMEO codes a domestic group (USANGO…), not a transnational one
        code = country + NGO + code[6:]
    sector = code[3:6] if len(code) >= 6 and code[:3] == (country or code[:3]) else None
    if code[:3] in {"IGO", "NGO", "IMG"}:
        country = None  # a national serving an international body acts for the body
    return Actor(
        name=entry.name, code=code, country=iso3(country or _country_of_code(code)),
        sector=sector,
        id=content_id(entry.name, entry.country, entry.kind), kind=entry.kind,
        aliases=list(entry.aliases),
        roles=[{"code": r.code, "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None, "title": r.title}
               for r in entry.roles])


# "Tehran, Iran — ...", "KABUL (Reuters) - ...": a place opening the text before a dash.
# Only capitalised words (at most four) before the dash: "Germany has been - ..." is no
# dateline. A place in capitals, or a place and its region ("PALM BEACH, Fla.—The ..."), may
# run into the text after a long dash ("LONDON—The ...").
OPENING_PLACE = re.compile(r"\s*(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
                           r"(?:,\s*(?P<region>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}))?\s*"
                           r"(?:\([\w ./]{1,30}\)\s*)?(?:[—–-]{1,2}\s|"
                           r"(?(region)(?<=[A-Z.])|(?<=[A-Z]))[—–](?=[A-Z]))")


def _country_of_code(code: str) -> str | None:
    """The country a CAMEO actor code begins with: none for an international or
    transnational body (IGO, NGO, IMG) or a region ("European countries" are EUR, and an
    agent named after them belongs to no country of theirs)."""
    head = code[:3]
    return None if head in {"IGO", "NGO", "IMG"} or head in cameo.regions() else head


def _opening_country(place: str, region: str | None) -> str | None:
    """The country of a dateline's place: a region written after the town ("ALEXANDRIA,
    Va.", "HERAT, Afghanistan") says which town of that name is meant, so its country
    (an abbreviated one from lexicon `region_abbreviations`) goes before the country of the
    best-known town so named; the town's own only without a region known."""
    from communique.geo import gazetteer

    if region and region in LEX.region_abbreviations:
        return LEX.region_abbreviations[region]
    for name in (region, place):
        found = gazetteer().find(name) if name else None
        if found is not None and found.country:
            return found.country
    return None


# The dateline that opened a text, which coding blanks for the parser (communique/coding.py).
OPENING = "communique.opening"


def _dateline(doc: Doc) -> tuple[int, str | None]:
    """The token after a dateline that opens the text ("TEHRAN, Iran (AP) —"), else 0; and
    the country of the article's dateline (cleaned off, or opening the text), if known."""
    from communique.geo import gazetteer

    m = OPENING_PLACE.match(doc.user_data.get(OPENING) or doc_text(doc)[:120])
    if m:
        country = _opening_country(m.group("place"), m.group("region"))
        # a place in capitals opens a dateline even where it has no country ("UNITED
        # NATIONS (Reuters) -"): a heading, no one acting
        if country is not None or (len(m.group("place")) > 2 and m.group("place").isupper()):
            span = doc.char_span(0, m.end(), alignment_mode="expand")
            return (span.end if span is not None else 0), country
    found = gazetteer().find(doc._.dateline.split("/")[0]) if doc._.dateline else None
    return 0, found.country if found is not None else None
