"""Which spans may name an actor: whole names only, no fuzzy match for short or common
surnames, no uncoded actor from a modifier, a law or summit, a headline or a place after a
locative preposition (the rules of `communique_actors`, nlp/actors.py)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from communique import kb as kbase
from communique.kb.agents import sector_of
from communique.kb.names import same_person
from communique.models import Mention
from communique.nlp.lexicon import LEX
from communique.nlp.syntax import first_conjunct, subject_of

# A place after one of these is where something happened, not who did it ("in Tehran",
# "near Aleppo"); "Tehran said", "sanctions on Tehran" keep it as an actor.
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout",
                  "within", "from", "into", "through", "via", "off", "along", "toward",
                  "towards", "beyond"}
# Words that end a company's name: an acronym inside such a name is not the acronym's actor.
COMPANY_WORDS = {"inc", "corp", "corporation", "ltd", "llc", "plc", "co", "company", "group",
                 "holdings", "bank", "airlines", "airways", "motors", "technologies",
                 "industries", "partners", "capital", "systems", "energy", "media", "gmbh",
                 "sa", "ag", "limited", "enterprises", "ventures", "labs", "pharmaceuticals"}
TITLE_WORDS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
               "ayatollah", "imam", "mullah", "rev", "gen", "col", "maj", "capt", "lt", "sen",
               "rep", "gov", "pres", "prof", "king", "queen", "prince", "princess", "emir"}
POSSESSIVES = {"'s", "’s", "'", "’"}
# Surnames up to this many letters are not matched by transliteration skeleton (too many
# people share their skeleton: "Ali" / "Ala", "Lee" / "Li").
MIN_FUZZY_SURNAME = 5
# How close (rapidfuzz ratio, 0-100) two spellings must be as written for a transliteration
# match: variants of one name differ in a few letters ("Qassem Soleimani" / "Qasem Suleimani"
# score 90), two people's names whose consonants merely agree in more ("Mirt Loear" / "Mart
# Laar": 74).
MIN_FUZZY_SPELLING = 80


def entity_at(doc: Doc, token: Token) -> Span | None:
    """The entity `token` is in, found from its IOB tags (`doc.ents` builds every entity's
    span on each call, which made this quadratic in long articles)."""
    if token.ent_iob_ not in {"B", "I"}:
        return None
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_, kb_id=token.ent_kb_id_)


def _named_of(doc: Doc, j: int) -> bool:
    """Whether a name ending before token `j` goes on with "of" and a capitalised word that
    names no place ("the Order of Merit", "the Congress of Deputies"): one longer name, which
    is not the shorter one's (a place after "of" only says where: "the Taliban of X")."""
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return False
    after = doc[j + 1]
    if after.lower_ == "the" and j + 2 < len(doc):
        after = doc[j + 2]
    return after.is_title and after.pos_ == "PROPN" and \
        after.ent_type_ not in {"GPE", "LOC", "NORP", "FAC"}


def whole_name(doc: Doc, i: int, j: int, names: list[str], kind: str = "person") -> bool:
    """Whether a knowledge-base name found at tokens [i, j) is the whole name the text gives:
    not "Ali" inside the person "Ali Rezaei" (another Ali), not an acronym inside a company's
    name or written as the first word of a longer name ("Ana Ruiz" is no ANA), not a capital
    that a capitalised word goes on to name an institution with ("the Tehran Times": its own
    name, which the knowledge base may lack, not the government), not a person's name inside
    the name of a building, an airport or a bridge (an entity of type FAC) named after them.
    A known surname at the end of a longer person's name matches only when the given names
    agree (transliteration allowed)."""
    acronym = _acronym_in_a_word(doc[i:j].text, names)
    if _named_of(doc, j) or (acronym and j < len(doc) and doc[j].is_title and
                             doc[j].pos_ == "PROPN"):
        return False  # "Ana Ruiz": a word of a longer name, not the acronym ANA
    ent = entity_at(doc, doc[i]) or entity_at(doc, doc[j - 1])
    if ent is not None and len(ent) > 1 and ent[-1].lower_ in POSSESSIVES:
        # "James Comey's" tagged as the name: the name ends before "'s"
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
    if ent is None or (ent.start >= i and ent.end <= j):
        return True
    if kind == "person" and ent.label_ == "FAC":
        return False  # "the Blair House", "Reagan National Airport": a place named after them
    if acronym:
        return False
    if kind == "capital" and ent.label_ != "PERSON" and j < ent.end and doc[j].is_title:
        return False  # "the Tehran Times", "Beijing University": an institution's name
    if ent.label_ == "PERSON":
        start = ent.start
        while start < i and (doc[start].lower_.strip(".") in TITLE_WORDS or
                             sector_of([doc[start].text]) is not None):
            start += 1  # "Ayatollah", "President" tagged as part of the name
        if start >= i and ent.end <= j:
            return True
        if kind == "country" and (doc[i].tag_ == "JJ" or ent[-1].tag_ in {"NNPS", "NNS"} or (
                j < ent.end and (doc[j].lower_ in TITLE_WORDS or sector_of([doc[j].text])))):
            return True  # "Bosnian Serbs", "Libyan Prime Minister X" tagged as one name
        if kind != "person":
            return False
        full = [n for n in names if len(kbase.name_key(n).split()) >= 2]
        whole = doc[start:ent.end].text
        return any(same_person(whole, n) or kbase.name_key(n).endswith(kbase.name_key(whole))
                   for n in full)
    return not (ent.label_ == "ORG" and kind in {"organisation", "group", "igo"} and
                j - i == 1 and doc[i].is_upper and ent[-1].lower_.strip(".") in COMPANY_WORDS)


def _acronym_in_a_word(text: str, names: list[str]) -> bool:
    """Whether a name the text spells in lower case inside a longer name matches only as an
    acronym ("LAS" in "Las Vegas"): an acronym standing alone may be written as a word
    ("Nato"), a word inside another name is that name's."""
    key = kbase.name_key(text)
    same = [n for n in names if kbase.name_key(n) == key]
    return bool(same) and all(n.isupper() for n in same) and not text.isupper()


def acronym_as_common_word(text: str, names: list[str]) -> bool:
    """Whether a name the text writes with no capital letter ("the car", "aim") matches only
    as an acronym ("CAR", "AIM"): a word in lower case is the common word, not the group."""
    words = [w for w in text.split() if w.lower() != "the"]
    return not any(ch.isupper() for w in words for ch in w) and \
        _acronym_in_a_word(text, names)


# Entity labels of titles: of a work, a law or treaty, an event, a product.
TITLE_LABELS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def in_title(token: Token) -> bool:
    """Whether `token` is a word of a title the recogniser tagged ("the <adjective> Nuclear
    Forces Treaty", a book's or a law's name): the title's word, no agent of its own."""
    return token.ent_type_ in TITLE_LABELS and token.ent_iob_ in {"B", "I"}


def in_phrase_name(token: Token) -> bool:
    """Whether `token` follows "the" inside a body's name the recogniser tagged, where "the"
    comes after a word that is no preposition: a phrase made a name ("Save the Children"),
    whose words are no agents of their own ("children")."""
    if token.ent_type_ != "ORG" or token.ent_iob_ != "I":
        return False
    name = entity_at(token.doc, token)
    return name is not None and any(
        t.lower_ == "the" and name.start < t.i < token.i and t.nbor(-1).pos_ != "ADP"
        for t in name)


def part_of_title(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens `i` to `j` are a part of a longer title the recogniser tagged ("the
    Freedom Order", "the <City> Agreement"): a word of the title (`in_title`), not the actor
    it may name alone."""
    title = entity_at(doc, doc[i])
    return title is not None and title.label_ in TITLE_LABELS and \
        (title.start < i or title.end > j) and title.end >= j


def names_origin(doc: Doc, end: int) -> bool:
    """Whether the name ending before token `end` is joined by a hyphen to a participle of
    origin (lexicon `origin_participles`: "a <city>-based journalist", "a <demonym>-born
    writer"): the compound adjective says where the one it describes is from or based, so
    a capital's name there is the place, not its government."""
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end].whitespace_ and \
        doc[end + 1].lower_ in LEX.origin_participles


def other_place(doc: Doc, i: int, j: int) -> bool:
    """Whether a name found at tokens [i, j) is part of a CAMEO region's name made with a
    compass word before it (lexicon `compass_words`: "South America", "Latin America"): the
    region is a place of its own (its name names no actor), not the shorter name's actor
    ("America" is the United States only standing alone); so is a people's word so made
    ("Latin American", "Central American": of the region, not of the shorter name's
    country), whether or not it names a CAMEO region."""
    if i == 0 or not doc[i - 1].is_title or doc[i - 1].lower_ not in LEX.compass_words:
        return False
    return kbase.name_key(doc[i - 1:j].text) in _region_codes() or \
        all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in doc[i:j])


@cache
def _region_codes() -> dict[str, str]:
    """The CAMEO regions' codes by name key ("west africa": "WAF")."""
    from communique import cameo

    names = cameo.countries()
    return {kbase.name_key(names[code]): code for code in cameo.regions()}


def region_code(words: str) -> str | None:
    """The CAMEO region a name or its people's word names ("West Africa", "West African",
    "West Africans": WAF); None for a name of no region."""
    key = kbase.name_key(words)
    codes = _region_codes()
    return codes.get(key) or codes.get(key.removesuffix("s").removesuffix("n"))


@cache
def _common_surnames() -> frozenset[str]:
    text = resources.files("communique.data").joinpath("actors", "common_surnames.txt"
                                                      ).read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and w[0] != "#")


def close_spelling(a: str, b: str) -> bool:
    """Whether two names are written closely enough to be spellings of one name (see
    MIN_FUZZY_SPELLING)."""
    return fuzz.ratio(kbase.name_key(a), kbase.name_key(b)) >= MIN_FUZZY_SPELLING


def fuzzy_allowed(name: str) -> bool:
    """Transliteration matching is for names with many spellings (Soleimani/Suleimani): not
    for short surnames, nor for common English-language surnames (data/actors/
    common_surnames.txt), whose skeletons collide with other people's ("Miller"/"Mueller")."""
    words = kbase.name_key(name).split()
    return bool(words) and len(words[-1]) >= MIN_FUZZY_SURNAME and \
        words[-1] not in _common_surnames()


def is_acting(head: Token) -> bool:
    """An agent phrase in a position to act: a subject, or the agent of a passive ("by
    police"), or a state's rulers owning what they did ("the administration's plan":
    lexicon `speakers_bodies`, `anaphoric_bodies`), or a conjunct of one, or the body whose
    leaders or members act ("leaders of the opposition met …"), or a side a noun of fighting
    each other names in its "between" phrase ("a clash between troops and demonstrators":
    lexicon `reciprocal_verbs`, whose nouns share their lemma). Objects ("mobilized
    reservists", "an embassy") do not take the article's country."""
    head = first_conjunct(head)
    if head.dep_ in {"nsubj", "nsubjpass"} or (
            head.dep_ == "poss" and head.lower_ in LEX.speakers_bodies | LEX.anaphoric_bodies):
        return True
    if head.dep_ == "pobj" and head.head.lower_ in {"between", "among"} and \
            head.head.head.lemma_.lower() in LEX.reciprocal_verbs:
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and \
            head.head.head.lemma_ in LEX.acting_for:
        return is_acting(head.head.head)
    return head.dep_ == "pobj" and head.head.dep_ == "agent"


def challenged_state(head: Token, sector: str, by_token: dict[int, Mention]) -> str | None:
    """"The opposition demanded talks with the government", "students marched against the
    government": a definite state body with no country of its own, in the object of a clause
    whose subject is a non-state actor of a country (a sector not in lexicon
    `state_sectors`), is that country's own: people challenge, petition or deal with their
    own state. The other way round only for the opposition (lexicon `home_sectors`), which
    is always some state's own: "X's government banned the opposition party", and for
    lawmakers and judges named by a bare plural (lexicon `domestic_sectors`), whom a state's
    official of another branch deals with at home: "the minister briefed lawmakers", "X
    accused judges of …" (a lawmaker's "lawmakers" may be fellow members or another
    chamber's: left uncoded); and for a definite body of another branch dealt with by
    lawmakers or a party (lexicon `partisan_sectors`): "Republicans declined to assist the
    prosecutor". In both, only where the clause names no other country.
    None otherwise."""
    state = sector in LEX.state_sectors
    domestic = sector in LEX.domestic_sectors and head.tag_ == "NNS"
    if head.dep_ not in {"pobj", "dobj"} or (state and not domestic and not any(
            c.lower_ == "the" for c in head.children)):
        return None
    verb = head.head
    while verb.pos_ != "VERB" and verb.dep_ in {"prep", "pobj", "dobj"} and verb.head is not verb:
        verb = verb.head
    # "threatened to ban the party": the one who threatens bans (`subject_of`)
    subject = subject_of(verb) if verb.pos_ == "VERB" else None
    named = by_token.get(subject.i) if subject is not None else None
    if named is None or not named.actor.country:
        return None
    of_state = named.actor.sector in LEX.state_sectors or named.actor.kind == "country"
    partisan = state and not domestic and named.actor.sector in LEX.partisan_sectors
    if (partisan or (domestic and named.actor.sector in LEX.state_sectors)) and \
            named.actor.sector != sector and subject is not None:
        # "the minister briefed lawmakers": his country's, unless the clause names another
        # country ("met lawmakers in <a foreign capital>")
        others = {m.actor.country for t in verb.subtree if t not in subject.subtree and
                  (m := by_token.get(t.i)) is not None and m.actor.country}
        return named.actor.country if others <= {named.actor.country} else None
    return None if of_state == state else named.actor.country


def is_institution(head: Token) -> bool:
    """"Congress", "the National Guard": an institution's proper name (capitalised, not
    opening the sentence) is its country's wherever it stands."""
    return head.pos_ == "PROPN" and head.is_title and not head.is_sent_start and \
        head.ent_type_ not in {"PERSON", "GPE"}


def is_located(span: Span) -> bool:
    """A place that is the object of a locative preposition ("in Tehran", "near Aleppo and
    Idlib"), that says whose a place is ("Tehran's streets", "the streets of Tehran", "the
    Baghdad airport"), or that names where an agreement was made or a happening happened
    ("the Paris agreement", "the Oslo accords", "the Madrid bombings")."""
    from communique.nlp.objects import packaged_object_classes

    classes = packaged_object_classes()
    root = span.root if span.root.dep_ != "det" else span[-1]  # "the Paris agreement"
    root = first_conjunct(root)
    head = root.head.lemma_.lower()
    if root.dep_ in {"poss", "compound"} and root.head.i > root.i and \
            head in classes.get("place", ()):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lemma_.lower() in classes.get("place", ()):
        return True
    if root.dep_ == "compound" and root.head.i > root.i and (
            head in classes.get("agreement", ()) or head in classes.get("happening", ())):
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def capitalised(word: str) -> bool:
    """Whether a word opens with a capital and has small letters too: a name's word, "McCain"
    and "DeVos" as much as "Smith" (spaCy's `is_title` wants no capital inside)."""
    return word[:1].isupper() and any(ch.islower() for ch in word)


def nameable(span: Span) -> bool:
    """An entity that reads as a name: capitalised words, no digits, not a bare title."""
    words = [t for t in span if not t.is_punct and t.lower_ not in {"the", "of", "and", "'s"}]
    if any(t.text in {"(", ")", "[", "]", "\"", "“", "”"} for t in span):
        return False
    return bool(words) and all(capitalised(t.text) or t.is_upper or not t.is_alpha
                               for t in words) \
        and not any(t.like_num or any(c.isdigit() for c in t.text) for t in span)


# Last words of names of things, not actors ("the Foreign Agents Registration Act").
THING_WORDS = {"act", "law", "bill", "principles", "summit", "conference", "agreement",
               "accord", "treaty", "convention", "report", "plan", "doctrine", "amendment",
               "resolution", "award", "prize", "games", "cup", "olympics", "index"}


def modifier_or_thing(span: Span) -> bool:
    """"the Mueller inquiry", "House Democrats", "Secretary of State": a name that modifies
    another word is not the actor; nor is a law, a summit or a report."""
    root = span.root
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end:
        return True
    if root.dep_ == "pobj" and root.head.head.i < span.start and \
            root.head.head.pos_ in {"NOUN", "PROPN"} and root.head.lower_ == "of" and \
            len(span) == 1:
        return True  # "Secretary of State", "party of Regions"
    return span[-1].lower_ in THING_WORDS


def in_headline(span: Span) -> bool:
    """A title-case line ("Ministers, Union Chiefs Agree Terms") tags words as names."""
    words = [t for t in span.sent if t.is_alpha and not t.ent_type_ and not t.is_stop]
    return len(words) >= 2 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


def bare_name(span: Span) -> str:
    """The entity's text without a leading "the" or a trailing possessive."""
    tokens = list(span)
    while tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in {"'s", "’s", "'"}:
        tokens = tokens[:-1]
    return "".join(t.text_with_ws for t in tokens).strip() or span.text


def token_range(doc: Doc, mention: Mention) -> tuple[int, int]:
    """The tokens a mention covers (found once per doc and character range)."""
    ranges = doc.user_data.setdefault("communique_token_ranges", {})
    key = (mention.start, mention.end)
    if key not in ranges:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        ranges[key] = (span.start, span.end) if span is not None else (0, 0)
    return ranges[key]


def mention_head(doc: Doc, mention: Mention) -> Token | None:
    """The head word of the tokens a mention covers (None when it covers none)."""
    start, end = token_range(doc, mention)
    return doc[start:end].root if end > start else None


# Prefixes by which a country word says what people think of the country, not whose they are.
STANCE_PREFIXES = {"pro", "anti"}
HYPHENS = {"-", "\u2010", "\u2011", "\u2013"}


def stance_prefixed(doc: Doc, k: int) -> bool:
    """"pro-Russian separatists", "anti-American militias": a country word after "pro-" or
    "anti-" (one token or three) says whose side people take, not that they are the
    country's."""
    return doc[k].lower_.split("-")[0] in STANCE_PREFIXES or (
        k >= 2 and doc[k - 1].text in HYPHENS and
        doc[k - 2].lower_ in STANCE_PREFIXES)
