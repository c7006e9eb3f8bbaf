"""Which spans may name an actor (nlp/naming.py) and what the resolver remembers in one
article (nlp/context.py), on hand-built parses (no model). Names and sentences are made up
for these tests."""

from __future__ import annotations

import pytest
from parses import actor, blank, parse

from communique.models import Mention
from communique.nlp import naming as N
from communique.nlp.context import ArticleContext


def span(doc, start, end):
    return doc[start:end]


def test_naming_whole_name_refuses_a_known_name_inside_a_longer_person_name():
    doc = parse("""
        Omar     NNP  compound  1
        Vantoro  NNP  nsubj     2
        spoke    VBD  ROOT      2  speak
    """, ents=[(0, 2, "PERSON")])
    assert N.whole_name(doc, 0, 1, ["Omar"]) is False        # another Omar
    assert N.whole_name(doc, 0, 2, ["Omar Vantoro"]) is True
    # A known surname at the end matches when the given names agree.
    assert N.whole_name(doc, 1, 2, ["Omar Vantoro"]) is True
    assert N.whole_name(doc, 1, 2, ["Salim Vantoro"]) is False


def test_naming_whole_name_lets_a_title_tagged_into_the_name_go():
    doc = parse("""
        Sheikh   NNP  compound  1
        Vantoro  NNP  nsubj     2
        spoke    VBD  ROOT      2  speak
    """, ents=[(0, 2, "PERSON")])
    assert N.whole_name(doc, 1, 2, ["Vantoro"]) is True


def test_naming_an_acronym_inside_a_company_name_is_not_the_acronym_actor():
    doc = parse("""
        UNA       NNP  compound  1
        Holdings  NNP  nsubj     2
        grew      VBD  ROOT      2  grow
    """, ents=[(0, 2, "ORG")])
    assert N.whole_name(doc, 0, 1, ["UNA"], kind="igo") is False


def test_naming_fuzzy_matching_only_for_long_uncommon_surnames():
    assert [N.fuzzy_allowed(n) for n in ("Qadir Soltanieh", "Omar Ala", "Robert Miller")] == [
        True, False, False]


@pytest.mark.parametrize(("table", "head", "acting"), [
    ("""
     police  NNS  nsubj  1
     left    VBD  ROOT   1  leave
     """, 0, True),
    ("""
     arrested  VBN  ROOT   0  arrest
     by        IN   agent  0
     police    NNS  pobj   1
     """, 2, True),
    ("""
     they  PRP  nsubj  1
     saw   VBD  ROOT   1  see
     police NNS dobj   1
     """, 2, False),
])
def test_naming_an_agent_phrase_acts_as_a_subject_or_passive_agent(table, head, acting):
    doc = parse(table)
    assert N.is_acting(doc[head]) is acting


def test_naming_a_place_after_a_locative_preposition_is_located():
    doc = parse("""
        talks   NNS  nsubj  1  talk
        ended   VBD  ROOT   1  end
        near    IN   prep   1
        Vardo   NNP  pobj   2
        and     CC   cc     3
        Kessa   NNP  conj   3
    """)
    assert [N.is_located(span(doc, i, i + 1)) for i in (3, 5, 0)] == [True, True, False]


@pytest.mark.parametrize(("words", "nameable"), [
    (["Vardo", "Water", "Board"], True),
    (["the", "Bank", "of", "Vardo"], True),
    (["Vardo", "2020"], False),
    (["vardo", "board"], False),
])
def test_naming_nameable_spans_are_capitalised_words_without_digits(words, nameable):
    table = "\n".join(f"{w} NNP {'ROOT' if i == len(words) - 1 else 'compound'} "
                      f"{len(words) - 1}" for i, w in enumerate(words))
    doc = parse(table)
    assert N.nameable(doc[:]) is nameable


def test_naming_a_modifier_or_a_law_is_no_actor():
    doc = parse("""
        the      DT   det       2
        Vardo    NNP  compound  2
        inquiry  NN   ROOT      2
    """)
    assert N.modifier_or_thing(span(doc, 1, 2)) is True
    doc = parse("""
        Vardo  NNP  compound  1
        Act    NNP  ROOT      1
    """)
    assert N.modifier_or_thing(doc[:]) is True
    doc = parse("""
        Vardo  NNP  nsubj  1
        spoke  VBD  ROOT   1  speak
    """)
    assert N.modifier_or_thing(span(doc, 0, 1)) is False


def test_naming_bare_name_drops_the_and_a_possessive():
    doc = parse("""
        the     DT   det       2
        Vardo   NNP  compound  2
        Board   NNP  poss      4
        's      POS  case      2
        plan    NN   ROOT      4
    """)
    assert N.bare_name(span(doc, 0, 4)) == "Vardo Board"


# context -------------------------------------------------------------------------------

def test_context_country_at_is_the_dateline_else_the_country_named_most_so_far():
    doc = parse("""
        Chile  NNP  ROOT  0
    """)
    ctx = ArticleContext(doc)
    ctx.note_places([Mention("Chile", 0, 5, actor("CHL")), Mention("Peru", 10, 14, actor("PER")),
                     Mention("Chile", 20, 25, actor("CHL")), Mention("Peru", 30, 34, actor("PER"))])
    assert [ctx.country_at(offset) for offset in (8, 15, 26, 40)] == ["CHL", None, "CHL", None]
    dated = parse("""
        Chile  NNP  ROOT  0
    """, dateline="Lima")
    assert ArticleContext(dated).country_at(40) == "PER"


def test_context_country_at_breaks_a_tie_so_far_by_the_whole_article():
    doc = parse("""
        Chile  NNP  ROOT  0
    """)
    ctx = ArticleContext(doc)
    ctx.note_places([Mention("Chile", 0, 5, actor("CHL")), Mention("Peru", 10, 14, actor("PER")),
                     Mention("Bolivia", 20, 27, actor("BOL")),
                     Mention("Peru", 30, 34, actor("PER"))])
    assert [ctx.country_at(offset) for offset in (15, 28, 40)] == ["PER", "PER", "PER"]
    ctx.note_places([Mention("Chile", 0, 5, actor("CHL")), Mention("Peru", 10, 14, actor("PER")),
                     Mention("Chile", 20, 25, actor("CHL")), Mention("Peru", 30, 34, actor("PER"))])
    assert ctx.country_at(15) is None


def test_context_bylines_match_whole_names_and_their_words():
    doc = parse("""
        Chile  NNP  ROOT  0
    """, byline=["Ana Reyes Lopez"])
    ctx = ArticleContext(doc)
    assert [ctx.is_byline(n) for n in ("Ana Reyes Lopez", "Lopez", "Ana Lopez", "Vardo")] == [
        True, True, False, False]


def test_context_roles_are_taken_on_the_middle_of_a_month_or_year_dated_article():
    for published, day in (("2024-03-09", "2024-03-09"), ("2024-03", "2024-03-15"),
                           ("2024", "2024-07-01"), (None, None)):
        doc = parse("""
            Chile  NNP  ROOT  0
        """, published=published)
        got = ArticleContext(doc).day
        assert (got.isoformat() if got else None) == day


# object classes (nlp/objects.py) --------------------------------------------------------

WORDS = {"document": frozenset({"letter"}), "place": frozenset({"town"})}


@pytest.mark.parametrize(("table", "ents", "who", "classes"), [
    ("Chile NNP ROOT 0", [], actor("CHL"), {"polity", "place"}),
    ("Chile NNP ROOT 0", [], actor("CHLMIL", kind="agent"), {"force"}),
    ("Vantoro NNP ROOT 0", [], actor("CHLGOV", kind="person"), {"person"}),
    ("Vantoro NNP ROOT 0", [(0, 1, "PERSON")], None, {"person"}),
    ("Accord NNP ROOT 0", [(0, 1, "LAW")], None, {"document"}),
    ("letter NN ROOT 0", [], None, {"document"}),
    ("town NN ROOT 0", [], None, {"place"}),
    ("idea NN ROOT 0", [], None, set()),
])
def test_objects_classes_come_from_the_actor_the_entity_label_and_the_word_lists(
        table, ents, who, classes):
    from communique.nlp.objects import classes_of

    doc = parse(table, ents=ents)
    mentions = {0: Mention(doc[0].text, 0, len(doc[0]), who)} if who else {}
    assert classes_of(doc[0], mentions, WORDS) == classes


def test_context_a_description_means_the_person_most_named_under_that_title():
    from dataclasses import replace

    doc = parse("""
        Vardo  NNP  ROOT  0
    """, published="2024-05-10")
    ctx = ArticleContext(doc)

    def person(name: str, code: str, title: str, end: str | None = None):
        return replace(actor(code, name, kind="person"), roles=[
            {"code": code, "start": "2020-01-01", "end": end, "title": title}])

    first = person("Ana Vardo", "CHLGOV", "President of Chile")
    rival = person("Luis Orte", "PERGOV", "President of Peru")
    former = person("Eva Lind", "BOLGOV", "President of Bolivia", end="2022-01-01")
    premier = person("Raul Diaz", "ECUGOV", "Prime Minister of Ecuador")
    for who in (first, first, rival, former, premier):
        ctx.mention(doc[0:1], who)
    assert ctx.person_by_description("GOV", None, "president") is first
    assert ctx.person_by_description("GOV", "PER", "president") is rival
    assert ctx.person_by_description("GOV", None, "minister") is premier
    assert ctx.person_by_description("GOV", None, "official") is premier  # no title: latest


def test_context_an_office_description_never_means_a_person_titled_otherwise():
    from dataclasses import replace

    doc = parse("""
        Vardo  NNP  ROOT  0
    """, published="2024-05-10")
    ctx = ArticleContext(doc)

    def person(name: str, code: str, title: str | None):
        return replace(actor(code, name, kind="person"), roles=[
            {"code": code, "start": "2020-01-01", "end": None, "title": title}])

    head = person("Ana Vardo", "CHLGOV", "President of Chile")
    aide = person("Luis Orte", "CHLGOV", "National Security Advisor")
    premier = person("Raul Diaz", "ECUGOV", "Prime Minister of Ecuador")
    for who in (aide, premier, head):
        ctx.mention(doc[0:1], who)
    assert ctx.person_by_description("GOV", "CHL", "ambassador") is None  # nobody's title
    assert ctx.person_by_description("GOV", "CHL", "adviser") is aide  # either spelling
    assert ctx.person_by_description("GOV", None, "premier") is premier
    assert ctx.person_by_description("GOV", "CHL", "official") is head  # no office: latest
    untitled = person("Eva Lind", "CHLGOV", None)  # no title known: may hold the office
    ctx.mention(doc[0:1], untitled)
    assert ctx.person_by_description("GOV", "CHL", "ambassador") is untitled


def test_naming_a_dateline_in_capitals_may_run_into_the_text_after_a_long_dash():
    from communique.nlp.context import OPENING_PLACE

    assert OPENING_PLACE.match("CAIRO—The minister spoke on Monday.").group("place") == "CAIRO"
    assert OPENING_PLACE.match("CAIRO (Reuters) - The minister spoke.").group("place") == "CAIRO"
    assert OPENING_PLACE.match("Anglo—French talks began on Monday.") is None
    assert OPENING_PLACE.match("U.S.—Chinese talks began on Monday.") is None
    assert OPENING_PLACE.match("SPRINGFIELD, Ill.—The mayor spoke.").group("region") == "Ill."


def test_an_abbreviated_title_before_a_name_keeps_its_full_stop():
    from communique.nlp import keep_titles

    nlp = blank()
    keep_titles(nlp)
    assert [t.text for t in nlp("Col. Ana Ruiz met Sgt. Li.")] == [
        "Col.", "Ana", "Ruiz", "met", "Sgt.", "Li", "."]
    assert [t.text for t in nlp("Sec. Ana Ruiz spoke.")] == ["Sec.", "Ana", "Ruiz", "spoke", "."]

