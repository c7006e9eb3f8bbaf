"""Organisations the knowledge base lacks, coded from the noun that says what kind of body they
are: "the advocacy group X", "X, a human rights group", "the Peruvian firm X", "his law firm,
X" (the recogniser may take such a name for a person's). The gold README codes advocacy groups
as their country + NGO and firms as + BUS; an organisation described by no such noun ("a
group that calls itself X") stays uncoded.

The kind's sector comes from the lexicon (`body_kinds`: descriptions the Phoenix agents table
lacks, such as "advocacy group") or else the Phoenix agents table itself, but only for sectors
of bodies outside the state (`BODY_SECTORS`). The country is the one the description names
(an agent phrase over it already coded: "the Peruvian firm") or else the article's, as for an
agent phrase with no country of its own (`ArticleContext.country_at`); with neither it stays
uncoded rather than guessed.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.ids import content_id
from communique.kb.agents import sector_of
from communique.models import Actor, Mention
from communique.nlp.context import UNCODED_ORG, UNCODED_PERSON, ArticleContext, cameo_country, iso3
from communique.nlp.lexicon import LEX
from communique.nlp.naming import token_range

# Sectors of the Phoenix agents table that name a kind of body outside the state.
BODY_SECTORS = frozenset({"BUS", "MED", "NGO", "HRI"})


def described_bodies(doc: Doc, ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each uncoded organisation described by a noun of its kind coded with
    that kind's sector (module docstring)."""
    by_token = {t: m for m in mentions for t in range(*token_range(doc, m))}
    out = []
    for m in mentions:
        start, end = token_range(doc, m)
        if m.actor.kind not in {UNCODED_ORG, UNCODED_PERSON} or end == start:
            out.append(m)
            continue
        kind = next((k for k in _descriptions(doc[start:end].root, start, end)
                     if _sector(k) is not None), None)
        if kind is None:
            out.append(m)
            continue
        sector = _sector(kind) or ""
        described = by_token.get(kind.i)
        country = iso3((described.actor.code or "")[:3]) if described is not None and \
            described.actor.code and described.actor.kind == "agent" else \
            ctx.country_at(kind.sent.end_char)
        if not country:
            out.append(m)
            continue
        code = cameo_country(country) + sector
        actor = Actor(name=m.actor.name, code=code, country=country, sector=sector,
                      kind="organisation", id=content_id("described", m.actor.name, code))
        out.append(Mention(m.text, m.start, m.end, actor))
    return out


def _descriptions(root: Token, start: int, end: int) -> list[Token]:
    """The common nouns that say what a name is: one before it ("the advocacy group X"), one
    set beside it ("X, an advocacy group") and one it is set beside ("his firm, X"), also
    where the parser hung the name on an earlier conjunct ("Jane Doe and her firm, X": the
    noun right before the comma)."""
    before = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and
              c.i < start]
    beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    beside_of = [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" and \
        not start <= root.head.i < end else []
    doc = root.doc
    if root.dep_ == "appos" and start >= 2 and doc[start - 1].text == "," and \
            doc[start - 2].pos_ == "NOUN" and doc[start - 2] != root.head:
        beside_of.append(doc[start - 2])
    return before + beside + beside_of


def _sector(noun: Token) -> str | None:
    """The sector a noun of a kind of body gives, read with the words before it in its
    phrase ("human rights group"), the longest description first."""
    words = [t.lower_ for t in noun.subtree
             if (t.i <= noun.i and t.dep_ in {"compound", "amod"}) or t == noun]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:])
        if phrase in LEX.body_kinds:
            return LEX.body_kinds[phrase]
    found = sector_of(words)
    return found[1] if found is not None and found[1] in BODY_SECTORS else None
