"""The actor resolver's rules (nlp/actors.py, nlp/context.py, nlp/naming.py) on hand-built
parses (no model). People come from a knowledge-base file written here; names and sentences
are made up for these tests."""

from __future__ import annotations

import json

import pytest
from parses import blank, make_doc, parse

from communique.nlp.actors import ActorResolver

PEOPLE = [
    {"name": "Tomas Varga", "kind": "person", "country": "CHL", "aliases": [],
     "roles": [{"code": "CHLOPP", "start": "2010-01-01", "end": "2019-12-31"},
               {"code": "CHLGOV", "start": "2020-01-01", "end": None}]},
    {"name": "Ramon Ortiz", "kind": "person", "country": "PER", "aliases": [],
     "roles": [{"code": "PERGOV", "start": "2020-01-01", "end": None}]},
    {"name": "Jang Min-in", "kind": "person", "country": "KOR", "aliases": [],
     "roles": [{"code": "KORGOV", "start": "2020-01-01", "end": None}]},
    {"name": "Ximena Zuloaga", "kind": "person", "country": "PER", "aliases": [],
     "roles": [{"code": "PERGOV", "start": "2020-01-01", "end": None}]},
    {"name": "June 9", "kind": "group", "country": "PER", "aliases": [],
     "roles": [{"code": "PERREB", "start": None, "end": None}]},
    {"name": "Andean Water Council", "kind": "igo", "country": None, "aliases": [],
     "roles": [{"code": "IGOSAMAWC", "start": None, "end": None}]},
    {"name": "Harbour Board", "kind": "organisation", "country": "CHL", "aliases": [],
     "roles": [{"code": "CHLGOV", "start": None, "end": None}]},
    {"name": "Pedro Garrett", "kind": "person", "country": "PER", "aliases": [],
     "roles": [{"code": "PERGOV", "start": "2020-01-01", "end": None}]},
    {"name": "Lucho Pino", "kind": "person", "country": "CHL", "aliases": ["Pino"],
     "roles": [{"code": "CHLGOV", "start": "2020-01-01", "end": None}]},
    {"name": "Pacific Rim Compact", "kind": "igo", "country": None, "aliases": ["PRIC"],
     "roles": [{"code": "IGOPRC", "start": None, "end": None}]},
]


@pytest.fixture(scope="module")
def resolve(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "people.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PEOPLE), encoding="utf-8")
    resolver = ActorResolver(blank(), [str(path)])

    def _resolve(doc):
        return [(m.text, m.actor.code, m.actor.kind) for m in resolver(doc)._.mentions]
    return _resolve


def test_actors_a_country_name_is_the_country_and_a_demonym_gives_an_agent_its_country(resolve):
    doc = parse("""
        Chile     NNP  nsubj  1
        thanked   VBD  ROOT   1  thank
        Peruvian  JJ   amod   3
        farmers   NNS  dobj   1  farmer
        .         .    punct  1
    """, ents=[(0, 1, "GPE"), (2, 3, "NORP")])
    assert resolve(doc) == [("Chile", "CHL", "country"), ("Peruvian farmers", "PERAGR", "agent")]


def test_actors_nationals_another_countrys_word_describes_are_of_that_country(resolve):
    doc = parse("""
        Peruvian  JJ    amod   1
        Chileans  NNPS  nsubj  2  Chilean
        marched   VBD   ROOT   2  march
        .         .     punct  2
    """, ents=[(0, 1, "NORP"), (1, 2, "NORP")])
    assert [(text, code) for text, code, _ in resolve(doc)] == [
        ("Peruvian", "PER"), ("Chileans", "PER")]


@pytest.mark.parametrize(("place", "expected"), [
    ("Peru", "PER"),  # the country the sentence places them in
    ("Chile", "CHL"),  # their namesake: nothing moves
])
def test_actors_an_ethnic_group_is_of_the_country_its_sentence_places_it_in(resolve, place,
                                                                            expected):
    doc = parse(f"""
        Ethnic    JJ    amod   1
        Chileans  NNPS  nsubj  2  Chilean
        marched   VBD   ROOT   2  march
        in        IN    prep   2
        {place}   NNP   pobj   3
        .         .     punct  2
    """, ents=[(1, 2, "NORP"), (4, 5, "GPE")])
    assert [(text, code) for text, code, _ in resolve(doc)] == [
        ("Chileans", expected), (place, {"Peru": "PER", "Chile": "CHL"}[place])]


def test_actors_a_hyphenated_country_word_does_not_move_the_nationals_it_describes(resolve):
    doc = parse("""
        anti      JJ    amod   3
        -         HYPH  punct  3
        Peruvian  JJ    amod   3
        Chileans  NNPS  nsubj  4  Chilean
        marched   VBD   ROOT   4  march
        .         .     punct  4
    """, ents=[(2, 3, "NORP"), (3, 4, "NORP")])
    assert [(text, code) for text, code, _ in resolve(doc)][-1] == ("Chileans", "CHL")


def test_actors_country_words_sharing_an_agent_noun_each_name_that_agent(resolve):
    doc = parse("""
        Chilean   JJ   amod   3
        and       CC   cc     0
        Peruvian  JJ   conj   0
        troops    NNS  nsubj  4  troop
        clashed   VBD  ROOT   4  clash
        .         .    punct  4
    """, ents=[(0, 1, "NORP"), (2, 3, "NORP")])
    assert resolve(doc) == [("Chilean", "CHLMIL", "agent"), ("Peruvian troops", "PERMIL", "agent")]


def test_actors_country_words_sharing_an_agent_noun_after_an_article_name_that_agent(resolve):
    doc = parse("""
        The        DT   det    4
        Chilean    JJ   amod   4
        and        CC   cc     1
        Peruvian   JJ   conj   1
        ministers  NNS  nsubj  5  minister
        met        VBD  ROOT   5  meet
        .          .    punct  5
    """, ents=[(1, 2, "NORP"), (3, 4, "NORP")])
    assert resolve(doc) == [("The Chilean", "CHLGOV", "agent"),
                            ("Peruvian ministers", "PERGOV", "agent")]


def test_actors_a_body_named_before_its_spokesman_is_the_agent(resolve):
    doc = parse("""
        The        DT   det       4
        Peruvian   JJ   amod      4
        foreign    JJ   amod      3
        ministry   NN   compound  4
        spokesman  NN   nsubj     5
        criticized VBD  ROOT      5  criticize
        Chile      NNP  dobj      5
        .          .    punct     5
    """, ents=[(1, 2, "NORP"), (6, 7, "GPE")])
    assert resolve(doc)[0][1] == "PERGOV"


def test_actors_a_country_word_shares_an_agent_noun_with_a_two_word_country(resolve):
    doc = parse("""
        Chilean   JJ   amod   4
        and       CC   cc     0
        South     JJ   amod   3
        Korean    JJ   conj   0
        troops    NNS  nsubj  5  troop
        clashed   VBD  ROOT   5  clash
        .         .    punct  5
    """, ents=[(0, 1, "NORP"), (2, 4, "NORP")])
    assert [code for _, code, _ in resolve(doc)] == ["CHLMIL", "KORMIL"]


def test_actors_a_countrys_counterpart_is_its_government(resolve):
    doc = parse("""
        Chile        NNP  nsubj  1
        met          VBD  ROOT   1  meet
        its          PRP$ poss   4
        Peruvian     JJ   amod   4
        counterpart  NN   dobj   1
        .            .    punct  1
    """, ents=[(0, 1, "GPE"), (3, 4, "NORP")])
    assert resolve(doc)[1][:2] == ("Peruvian counterpart", "PERGOV")


def test_actors_a_name_with_the_inside_is_not_cut_at_the(resolve):
    """An organisation or person tagged as one name with "the" inside ("Guard the Harbour
    Board", "Pedro the Great") is that whole name: not the known name after "the", not a
    known person whose surname sounds like the epithet."""
    doc = parse("""
        Guard    NNP  compound  3
        the      DT   det       3
        Harbour  NNP  compound  3
        Board    NNP  nsubj     4
        thanked  VBD  ROOT      4  thank
        Pedro    NNP  compound  6
        the      DT   det       7
        Great    NNP  dobj      4
        .        .    punct     4
    """, ents=[(0, 4, "ORG"), (5, 8, "PERSON")])
    assert resolve(doc) == [("Guard the Harbour Board", None, "uncoded organisation"),
                            ("Pedro the Great", None, "uncoded person")]


def test_actors_a_person_takes_the_role_held_on_the_article_date(resolve):
    table = """
        Tomas     NNP  compound  1
        Varga     NNP  nsubj     2
        spoke     VBD  ROOT      2  speak
        .         .    punct     2
    """
    assert resolve(parse(table, ents=[(0, 2, "PERSON")], published="2015-03-01")) == [
        ("Tomas Varga", "CHLOPP", "person")]
    assert resolve(parse(table, ents=[(0, 2, "PERSON")], published="2024-03-01")) == [
        ("Tomas Varga", "CHLGOV", "person")]


def test_actors_a_surname_later_in_the_article_is_the_person_named_before(resolve):
    doc = parse("""
        Tomas   NNP  compound  1
        Varga   NNP  nsubj     2
        spoke   VBD  ROOT      2  speak
        .       .    punct     2
        Varga   NNP  nsubj     5
        left    VBD  ROOT      5  leave
        .       .    punct     5
    """, ents=[(0, 2, "PERSON"), (4, 5, "PERSON")])
    assert resolve(doc) == [("Tomas Varga", "CHLGOV", "person"),
                            ("Varga", "CHLGOV", "person")]


def test_actors_a_surname_means_the_known_person_not_an_earlier_unknown_namesake(resolve):
    doc = parse("""
        Wire    NNP  compound  1
        Varga   NNP  ROOT      1
        .       .    punct     1
        Tomas   NNP  compound  4
        Varga   NNP  nsubj     5
        spoke   VBD  ROOT      5  speak
        .       .    punct     5
        Varga   NNP  nsubj     8
        left    VBD  ROOT      8  leave
        .       .    punct     8
    """, ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (7, 8, "PERSON")], published="2024-03-01")
    assert resolve(doc) == [("Wire Varga", None, "uncoded person"),
                            ("Tomas Varga", "CHLGOV", "person"),
                            ("Varga", "CHLGOV", "person")]


def test_actors_another_countrys_adjective_before_an_organisation_names_its_own_body(resolve):
    table = """
        The        DT   det       3
        {country}  JJ   amod      3
        Harbour    NNP  compound  3
        Board      NNP  nsubj     4
        protested  VBD  ROOT      4  protest
        .          .    punct     4
    """
    assert resolve(parse(table.format(country="Chilean"), ents=[(1, 2, "NORP")])) == [
        ("The Chilean", "CHL", "country"), ("Harbour Board", "CHLGOV", "organisation")]
    assert resolve(parse(table.format(country="Peruvian"), ents=[(1, 2, "NORP")])) == [
        ("The Peruvian", "PER", "country")]


def test_actors_he_is_the_latest_person_named_within_two_sentences(resolve):
    table = """
        Mr      NNP  compound  2
        Tomas   NNP  compound  2
        Varga   NNP  nsubj     3
        spoke   VBD  ROOT      3  speak
        .       .    punct     3
        {pronoun} PRP  nsubj   6
        left    VBD  ROOT      6  leave
        .       .    punct     6
    """
    ents = [(1, 3, "PERSON")]
    assert resolve(parse(table.format(pronoun="He"), ents=ents))[-1] == (
        "He", "CHLGOV", "person")
    # "Mr" says he is a man: "she" does not refer to him.
    assert [m[0] for m in resolve(parse(table.format(pronoun="She"), ents=ents))] == [
        "Tomas Varga"]


def test_actors_he_attributing_a_quote_after_a_quote_is_the_speaker_of_the_first(resolve):
    doc = parse("""
        “       ``   punct     6
        Soon    RB   ccomp     6
        ,       ,    punct     6
        ”       ''   punct     6
        Tomas   NNP  compound  5
        Varga   NNP  nsubj     6
        said    VBD  ROOT      6  say
        of      IN   prep      6
        Ramon   NNP  compound  9
        Ortiz   NNP  pobj      7
        .       .    punct     6
        “       ``   punct     16
        Now     RB   ccomp     16
        ,       ,    punct     16
        ”       ''   punct     16
        he      PRP  nsubj     16
        said    VBD  ROOT      16  say
        .       .    punct     16
    """, ents=[(4, 6, "PERSON"), (8, 10, "PERSON")])
    assert resolve(doc)[-1] == ("he", "CHLGOV", "person")  # Varga, not Ortiz named after him


def test_actors_him_is_the_latest_person_named_but_not_his_own_clause_subject(resolve):
    doc = parse("""
        Mr      NNP  compound  2
        Tomas   NNP  compound  2
        Varga   NNP  nsubj     3
        spoke   VBD  ROOT      3  speak
        .       .    punct     3
        Ramon   NNP  compound  6
        Ortiz   NNP  nsubj     7
        praised VBD  ROOT      7  praise
        him     PRP  dobj      7  he
        .       .    punct     7
    """, ents=[(1, 3, "PERSON"), (5, 7, "PERSON")], published="2024-03-01")
    assert resolve(doc) == [("Tomas Varga", "CHLGOV", "person"),
                            ("Ramon Ortiz", "PERGOV", "person"), ("him", "CHLGOV", "person")]


def test_actors_him_after_a_preposition_is_the_latest_person_named(resolve):
    doc = parse("""
        Ramon   NNP  compound  1
        Ortiz   NNP  nsubj     2
        spoke   VBD  ROOT      2  speak
        .       .    punct     2
        Chile   NNP  nsubj     5
        voted   VBD  ROOT      5  vote
        against IN   prep      5
        him     PRP  pobj      6  he
        .       .    punct     5
    """, ents=[(0, 2, "PERSON"), (4, 5, "GPE")], published="2024-03-01")
    assert resolve(doc)[-1] == ("him", "PERGOV", "person")


def test_actors_an_agent_phrase_takes_its_country_and_sector(resolve):
    doc = parse("""
        Chilean  JJ   amod   1
        troops   NNS  nsubj  2  troop
        left     VBD  ROOT   2  leave
        .        .    punct  2
    """, ents=[(0, 1, "NORP")])
    assert resolve(doc) == [("Chilean troops", "CHLMIL", "agent")]


def test_actors_an_agent_phrase_takes_its_country_past_the_heads_other_adjectives(resolve):
    # "Chilean" names whose generals they are, though "military" stands between; a Peruvian
    # dateline gives them nothing
    doc = parse("""
        Several   JJ   amod   3
        Chilean   JJ   amod   3
        military  JJ   amod   3
        generals  NNS  nsubj  4  general
        left      VBD  ROOT   4  leave
        .         .    punct  4
    """, ents=[(1, 2, "NORP")], dateline="Lima")
    assert resolve(doc) == [("Chilean military generals", "CHLMIL", "agent")]


def test_actors_an_agent_phrase_without_a_country_takes_the_dateline_country(resolve):
    table = """
        The     DT   det    1
        police  NNS  nsubj  2
        left    VBD  ROOT   2  leave
        .       .    punct  2
    """
    assert resolve(parse(table, dateline="Lima")) == [("police", "PERCOP", "agent")]
    # no country to give it: kept with its words and no code rather than a guess
    assert resolve(parse(table)) == [("police", None, "uncoded agent")]


def test_actors_an_acting_agent_phrase_without_a_country_is_kept_uncoded(resolve):
    subject = """
        Senators    NNS  nsubj  1  senator
        walked      VBD  ROOT   1  walk
        out         RP   prt    1
        .           .    punct  1
    """
    assert resolve(parse(subject)) == [("Senators", None, "uncoded agent")]
    # an object is no actor without a country: "freed senators"
    obj = """
        Guards      NNS  nsubj  1  guard
        freed       VBD  ROOT   1  free
        senators    NNS  dobj   1  senator
        .           .    punct  1
    """
    assert resolve(parse(obj)) == []
    # one person by a title alone is too vague a side: "an official walked out"
    single = """
        An          DT   det    1
        official    NN   nsubj  2
        walked      VBD  ROOT   2  walk
        out         RP   prt    2
        .           .    punct  2
    """
    assert resolve(parse(single)) == []


def test_actors_an_agent_phrase_naming_a_coded_place_is_not_kept_uncoded(resolve):
    doc = parse("""
        Soldiers    NNS  nsubj  3  soldier
        in          IN   prep   0
        Chile       NNP  pobj   1
        left        VBD  ROOT   3  leave
        for         IN   prep   3
        Peru        NNP  pobj   4
        .           .    punct  3
    """, ents=[(2, 3, "GPE"), (5, 6, "GPE")])
    # "soldiers in <country>" (two countries named once each: none is the article's) are
    # not surely that country's, but the phrase says more than no code would
    assert resolve(doc) == [("Chile", "CHL", "country"), ("Peru", "PER", "country")]
    # a place that codes no actor gives the soldiers no side: they are kept uncoded
    doc = parse("""
        Soldiers    NNS  nsubj  3  soldier
        in          IN   prep   0
        Zembloria   NNP  pobj   1
        left        VBD  ROOT   3  leave
        .           .    punct  3
    """, ents=[(2, 3, "GPE")])
    assert resolve(doc) == [("Soldiers", None, "uncoded agent")]


def test_actors_unaligned_armed_people_acting_are_kept_uncoded(resolve):
    table = """
        Gunmen      NNS  nsubj  1  gunman
        robbed      VBD  ROOT   1  rob
        a           DT   det    3
        bank        NN   dobj   1
        in          IN   prep   1
        Lima        NNP  pobj   4
        .           .    punct  1
    """
    # the unaligned armed forces of the codebook have no side of their own: kept, no country
    assert resolve(parse(table)) == [("Gunmen", None, "uncoded agent"),
                                     ("Lima", "PER", "place")]


def test_actors_an_agent_word_beside_a_name_is_not_the_actor(resolve):
    doc = parse("""
        A           DT   det    1
        rebel       NN   nsubj  5  rebel
        ,           ,    punct  1
        Rui         NNP  compound 4
        Salgado     NNP  appos  1
        fled        VBD  ROOT   5  flee
        .           .    punct  5
    """, ents=[(3, 5, "PERSON")])
    # "a rebel, <name>,": the name is the actor, the agent word only describes them
    assert resolve(doc) == [("Rui Salgado", None, "uncoded person")]


def test_actors_a_long_name_split_in_two_by_the_recogniser_is_one_name(resolve):
    doc = parse("""
        Marisol   NNP  compound  3
        Quispe    NNP  compound  3
        Huaman    NNP  compound  3
        Condori   NNP  nsubj     4
        left      VBD  ROOT      4  leave
        .         .    punct     4
    """, ents=[(0, 2, "PERSON"), (2, 4, "PERSON")])
    assert resolve(doc) == [("Marisol Quispe Huaman Condori", None, "uncoded person")]


def test_actors_an_agent_phrase_owned_by_a_pronoun_takes_no_country_from_the_context(resolve):
    table = """
        {}      {}    {}    1
        police  NNS  nsubj  2
        left    VBD  ROOT   2  leave
        .       .    punct  2
    """
    assert resolve(parse(table.format("The", "DT", "det"), dateline="Lima")) == [
        ("police", "PERCOP", "agent")]
    # "his police": the country of whomever the pronoun means, not the article's
    assert resolve(parse(table.format("His", "PRP$", "poss"), dateline="Lima")) == []
    assert resolve(parse(table.format("Its", "PRP$", "poss"), dateline="Lima")) == [
        ("police", "PERCOP", "agent")]  # most often the country just named


def test_actors_a_government_named_after_its_leader_is_the_leaders_countrys(resolve):
    doc = parse("""
        The             DT   det       3
        Tomas           NNP  compound  2
        Varga           NNP  compound  3
        administration  NN   nsubj     4
        left            VBD  ROOT      4  leave
        .               .    punct     4
    """, ents=[(1, 3, "PERSON")], dateline="Lima")
    assert resolve(doc) == [("The Tomas Varga administration", "CHLGOV", "agent")]


def test_actors_the_body_whose_leaders_act_takes_the_context_country(resolve):
    doc = parse("""
        Leaders     NNS  nsubj  4  leader
        of          IN   prep   0
        the         DT   det    3
        opposition  NN   pobj   1
        left        VBD  ROOT   4  leave
        .           .    punct  4
    """, dateline="Lima")
    assert resolve(doc) == [("opposition", "PEROPP", "agent")]


def test_actors_a_byline_is_never_an_actor(resolve):
    doc = parse("""
        Tomas   NNP  compound  1
        Varga   NNP  nsubj     2
        wrote   VBD  ROOT      2  write
        .       .    punct     2
    """, ents=[(0, 2, "PERSON")], byline=["Tomas Varga"])
    assert resolve(doc) == []


def test_actors_a_capital_after_in_is_a_place_not_the_government(resolve):
    in_lima = parse("""
        Talks  NNS  nsubj  1  talk
        ended  VBD  ROOT   1  end
        in     IN   prep   1
        Lima   NNP  pobj   2
        .      .    punct  1
    """, ents=[(3, 4, "GPE")])
    assert resolve(in_lima) == [("Lima", "PER", "place")]
    lima_said = parse("""
        Lima  NNP  nsubj  1
        said  VBD  ROOT   1  say
        .     .    punct  1
    """, ents=[(0, 1, "GPE")])
    assert resolve(lima_said) == [("Lima", "PERGOV", "capital")]


def test_actors_a_name_ends_before_the_paragraph_break_after_it(resolve):
    words = ["Aid", "reached", "Lima", ".", "\n\n", "Republicans", "objected", "."]
    doc = make_doc(words, [1, 1, 1, 1, 3, 6, 6, 6],
                   ["nsubj", "ROOT", "dobj", "punct", "dep", "nsubj", "ROOT", "punct"],
                   tags=["NN", "VBD", "NNP", ".", "_SP", "NNPS", "VBD", "."],
                   ents=[(2, 3, "GPE"), (5, 6, "NORP")])
    assert resolve(doc) == [("Lima", "PERGOV", "capital"), ("Republicans", "PERPTY", "agent")]


def test_actors_a_place_taken_for_a_person_is_no_known_persons_other_spelling(resolve):
    doc = parse("""
        Ximena    NNP  compound  1
        Zuluaga   NNP  nsubj     2
        objected  VBD  ROOT      2  object
        .         .    punct     2
    """, ents=[(0, 2, "PERSON")])
    assert resolve(doc) == [("Ximena Zuluaga", "PERGOV", "person")]
    doc = parse("""
        Ras      NNP  compound  2
        Al       NNP  compound  2
        Khaimah  NNP  nsubj     3
        objected VBD  ROOT      3  object
        .        .    punct     3
    """, ents=[(0, 3, "PERSON")])
    assert resolve(doc) == [("Ras Al Khaimah", None, "uncoded person")]


def test_actors_an_agent_phrase_after_a_town_is_of_the_towns_country(resolve):
    doc = parse("""
        Cusco     NNP  compound  1
        police    NNS  nsubj     2  police
        detained  VBD  ROOT      2  detain
        students  NNS  dobj      2  student
        .         .    punct     2
    """, ents=[(0, 1, "GPE")])
    assert resolve(doc) == [("Cusco police", "PERCOP", "agent")]


def test_actors_a_gazetteer_place_the_recogniser_missed_after_in_is_a_place(resolve):
    table = """
        Talks     NNS  nsubj     1  talk
        ended     VBD  ROOT      1  end
        {prep}    IN   prep      1
        eastern   JJ   amod      5
        Zabul     NNP  compound  5
        province  NN   pobj      2
        .         .    punct     1
    """
    assert resolve(parse(table.format(prep="in"))) == [("Zabul province", "AFG", "place")]
    # not the object of a place preposition: a name, not a place
    assert resolve(parse(table.format(prep="about"))) == []


def test_actors_an_unknown_person_is_kept_uncoded_by_name(resolve):
    doc = parse("""
        Ilse    NNP  compound  1
        Marrow  NNP  nsubj     2
        spoke   VBD  ROOT      2  speak
        .       .    punct     2
    """, ents=[(0, 2, "PERSON")])
    assert resolve(doc) == [("Ilse Marrow", None, "uncoded person")]


def test_actors_an_unknown_person_described_by_a_demonym_is_of_that_country(resolve):
    doc = parse("""
        Chilean      JJ   amod      2
        Ilse         NNP  compound  2
        Marrow       NNP  nsubj     3
        spoke        VBD  ROOT      3  speak
        .            .    punct     3
    """, ents=[(0, 1, "NORP"), (1, 3, "PERSON")])
    assert resolve(doc) == [("Ilse Marrow", "CHL", "learned")]


def test_actors_a_person_described_as_of_a_body_acts_for_it(resolve):
    doc = parse("""
        Ilse     NNP  compound  1
        Marrow   NNP  nsubj     8
        ,        ,    punct     1
        the      DT   det       7
        Andean   NNP  compound  5
        Water    NNP  compound  6
        Council  NNP  compound  7
        founder  NN   appos     1
        spoke    VBD  ROOT      8  speak
        .        .    punct     8
    """, ents=[(0, 2, "PERSON"), (4, 7, "ORG")])
    assert resolve(doc)[0] == ("Ilse Marrow", "IGOSAMAWC", "uncoded person")


def test_actors_a_country_word_inside_a_person_phrase_is_not_an_actor_of_its_own(resolve):
    doc = parse("""
        Chilean  JJ   amod      2
        leader   NN   compound  2
        Tomas    NNP  compound  3
        Varga    NNP  nsubj     4
        spoke    VBD  ROOT      4  speak
        .        .    punct     4
    """, ents=[(0, 1, "NORP"), (2, 4, "PERSON")])
    assert [m[0] for m in resolve(doc)] == ["Tomas Varga"]


def test_actors_a_dateline_opening_the_text_names_no_actor(resolve):
    doc = parse("""
        LIMA     NNP  ROOT   0
        ,        ,    punct  0
        Peru     NNP  appos  0
        --       :    punct  0
        Chile    NNP  nsubj  5
        spoke    VBD  ROOT   5  speak
        .        .    punct  5
    """, ents=[(0, 1, "GPE"), (2, 3, "GPE"), (4, 5, "GPE")])
    assert resolve(doc) == [("Chile", "CHL", "country")]


def test_actors_a_name_inside_a_date_is_the_date_and_no_actor(resolve):
    def doc(label):
        return parse("""
            Chile  NNP  nsubj  1
            spoke  VBD  ROOT   1  speak
            on     IN   prep   1
            June   NNP  pobj   2
            9      CD   nummod 3
            .      .    punct  1
        """, ents=[(0, 1, "GPE"), (3, 5, label)])
    assert resolve(doc("DATE")) == [("Chile", "CHL", "country")]
    assert resolve(doc("ORG")) == [("Chile", "CHL", "country"), ("June 9", "PERREB", "group")]


def test_actors_a_surname_first_name_is_referred_back_to_by_its_first_word(resolve):
    doc = parse("""
        Jang    NNP  compound  1
        Min-in  NNP  nsubj     2
        spoke   VBD  ROOT      2  speak
        .       .    punct     2
        In      IN   prep      8
        March   NNP  pobj      4
        ,       ,    punct     8
        Jang    NNP  nsubj     8
        left    VBD  ROOT      8  leave
        .       .    punct     8
    """, ents=[(0, 2, "PERSON"), (7, 8, "PERSON")])
    assert resolve(doc) == [("Jang Min-in", "KORGOV", "person"), ("Jang", "KORGOV", "person")]


def test_actors_a_possessive_tagged_inside_a_person_entity_does_not_hide_the_name(resolve):
    doc = parse("""
        Tomas   NNP  compound  1
        Varga   NNP  poss      3
        's      POS  case      1
        speech  NN   nsubj     4
        ended   VBD  ROOT      4  end
        .       .    punct     4
    """, ents=[(0, 3, "PERSON")])
    assert resolve(doc) == [("Tomas Varga", "CHLGOV", "person")]


def test_actors_the_state_a_non_state_subject_acts_on_is_its_own_countrys(resolve):
    sentence = """
        Peruvian    JJ   amod   1
        {who:<11} NNS  nsubj  2
        marched     VBD  ROOT   2  march
        against     IN   prep   2
        the         DT   det    5
        government  NN   pobj   3
        .           .    punct  2
    """
    protest = parse(sentence.format(who="students"), ents=[(0, 1, "NORP")])
    assert resolve(protest)[-1] == ("government", "PERGOV", "agent")
    # a body of the state acting on "the government" gives it no country
    soldiers = parse(sentence.format(who="soldiers"), ents=[(0, 1, "NORP")])
    assert [m[0] for m in resolve(soldiers)] == ["Peruvian soldiers"]


def test_actors_the_opposition_a_state_acts_on_is_that_states_own(resolve):
    sentence = """
        {who:<8} NNP  nsubj  1
        banned   VBD  ROOT   1  ban
        the      DT   det    4
        opposition NN compound 4
        party    NN   dobj   1
        .        .    punct  1
    """
    assert resolve(parse(sentence.format(who="Peru"), ents=[(0, 1, "GPE")])) == [
        ("Peru", "PER", "country"), ("opposition party", "PEROPP", "agent")]


@pytest.mark.parametrize(("words", "tags", "heads", "deps", "agent"), [
    (["Chile", "'s", "army", "chief", "left", "."], ["NNP", "POS", "NN", "NN", "VBD", "."],
     [3, 0, 3, 4, 4, 4], ["poss", "case", "compound", "nsubj", "ROOT", "punct"],
     ("Chile's army chief", "CHLMIL", "agent")),
    (["Chile", "'s", "chief", "left", "."], ["NNP", "POS", "NN", "VBD", "."],
     [2, 0, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "punct"], None)])
def test_actors_a_leader_of_a_named_sector_is_of_that_sector(resolve, words, tags, heads, deps,
                                                             agent):
    doc = make_doc(words, heads, deps, tags=tags, ents=[(0, 1, "GPE")])
    # "chief" alone names no sector: the country's chief, whose sector the text does not say
    assert resolve(doc) == ([agent] if agent else [("Chile", "CHL", "country")])


def test_actors_an_acronym_standing_alone_may_be_written_as_a_word(resolve):
    doc = parse("""
        Pric    NNP  nsubj  1
        warned  VBD  ROOT   1  warn
        Chile   NNP  dobj   1
        .       .    punct  1
    """, ents=[(0, 1, "ORG")])
    assert ("Pric", "IGOPRC", "igo") in resolve(doc)


@pytest.mark.parametrize(("word", "found"), [("Pric", []), ("PRIC", [("PRIC", "IGOPRC", "igo")])])
def test_actors_an_acronym_written_as_a_word_inside_a_longer_name_is_that_name(resolve, word,
                                                                                found):
    doc = parse(f"""
        Talks    NNS  nsubj     1  talk
        ended    VBD  ROOT      1  end
        in       IN   prep      1
        {word}   NNP  compound  4
        Heights  NNP  pobj      2
        .        .    punct     1
    """, ents=[(3, 5, "GPE")])
    assert [m for m in resolve(doc) if m[1] == "IGOPRC"] == found


@pytest.mark.parametrize(("noun", "found"), [
    ("accord", []),  # where the accord was made: no actor
    ("bombing", []),  # where the bombing happened: no actor
    ("summit", []),  # where the summit was held: no actor
    ("government", [("the Lima government", "PERGOV", "agent")])])
def test_actors_a_capital_naming_an_agreement_or_a_happening_is_no_actor(resolve, noun, found):
    doc = parse(f"""
        Chile     NNP  nsubj     1
        rejected  VBD  ROOT      1  reject
        the       DT   det       4
        Lima      NNP  compound  4
        {noun}    NN   dobj      1
        .         .    punct     1
    """, ents=[(0, 1, "GPE"), (2, 4, "GPE")])
    assert resolve(doc)[1:] == found


@pytest.mark.parametrize(("modifier", "found"), [
    ("Peru        NNP  compound", []),  # the country inquired into: no actor
    ("Peruvian    JJ   amod", [("the Peruvian", "PER", "country")])])  # whose inquiry
def test_actors_a_country_compounded_before_an_inquiry_is_its_topic(resolve, modifier, found):
    doc = parse(f"""
        Chile          NNP  nsubj     1
        criticized     VBD  ROOT      1  criticize
        the            DT   det       4
        {modifier}     4
        investigation  NN   dobj      1  investigation
        .              .    punct     1
    """, ents=[(0, 1, "GPE"), (3, 4, "NORP" if "amod" in modifier else "GPE")])
    assert resolve(doc)[1:] == found


@pytest.mark.parametrize(("ents", "found"), [
    ([(0, 3, "ORG")], ("The Lima Courier", None, "uncoded organisation")),  # a newspaper's name
    ([(1, 2, "GPE")], ("The Lima", "PERGOV", "capital"))])  # the entity ends at the capital
def test_actors_a_capital_inside_an_institutions_name_is_not_its_government(resolve, ents,
                                                                            found):
    doc = parse("""
        The       DT   det       2
        Lima      NNP  compound  2
        Courier   NNP  nsubj     3
        praised   VBD  ROOT      3  praise
        Chile     NNP  dobj      3
        .         .    punct     3
    """, ents=[*ents, (4, 5, "GPE")])
    assert resolve(doc)[0] == found


@pytest.mark.parametrize(("body", "found"), [
    ("Pacific Rim Compact", ("Officials", "IGOPRC", "igo")),
    ("Andes Holdings", ("Officials", None, "uncoded organisation"))])
def test_actors_officials_at_a_body_are_that_bodys(resolve, body, found):
    *names, last = body.split()
    verb = 3 + len(names)  # Officials at <names> <last> praised Peru .
    doc = parse("\n".join([
        f"Officials  NNS  nsubj  {verb}  official", "at  IN  prep  0",
        *(f"{name}  NNP  compound  {verb - 1}" for name in names), f"{last}  NNP  pobj  1",
        f"praised  VBD  ROOT  {verb}  praise", f"Peru  NNP  dobj  {verb}", f".  .  punct  {verb}"
    ]), ents=[(2, verb, "ORG"), (verb + 1, verb + 2, "GPE")])
    # people of a body the text names are its own, not the article's country's (Peru)
    assert resolve(doc)[0] == found


def test_actors_a_verb_the_model_tags_as_a_name_after_a_title_is_no_person(resolve):
    doc = parse("""
        The       DT   det    2
        Peruvian  JJ   amod   2
        minister  NN   nsubj  3
        slammed   VBD  ROOT   3  slam
        Chile     NNP  dobj   3
        .         .    punct  3
    """, ents=[(1, 2, "NORP"), (3, 5, "PERSON")])
    assert resolve(doc)[0] == ("The Peruvian minister", "PERGOV", "agent")


def test_actors_a_name_inside_a_longer_title_is_no_actor(resolve):
    """"the Harbour Board Medal": a knowledge-base name that is a part of a longer title the
    recogniser tagged (a work, a law, an event, a product) is a word of the title; the same
    name tagged as itself is the body."""
    table = """
        Chile    NNP  nsubj     1
        awarded  VBD  ROOT      1  award
        the      DT   det       5
        Harbour  NNP  compound  4
        Board    NNP  compound  5
        {noun}
        .        .    punct     1
    """
    medal = parse(table.format(noun="Medal NNP dobj 1"),
                  ents=[(0, 1, "GPE"), (2, 6, "WORK_OF_ART")])
    assert resolve(medal) == [("Chile", "CHL", "country")]
    board = parse(table.format(noun="staff NN dobj 1"), ents=[(0, 1, "GPE"), (2, 5, "ORG")])
    assert ("the Harbour Board", "CHLGOV", "organisation") in resolve(board)


def test_actors_a_country_whose_agent_word_compounds_an_inquiry_owns_it(resolve):
    doc = parse("""
        Chile          NNP  nsubj     1
        criticized     VBD  ROOT      1  criticize
        the            DT   det       5
        Peru           NNP  compound  5
        government     NN   compound  5
        investigation  NN   dobj      1  investigation
        .              .    punct     1
    """, ents=[(0, 1, "GPE"), (3, 4, "GPE")])
    assert resolve(doc)[1:] == [("the Peru government", "PERGOV", "agent")]


@pytest.mark.parametrize(("words", "found"), [
    ("West       NNP  compound  4\n        Africans   NNPS dobj      1",
     [("the West Africans", "WAF", "igo")]),  # the people of a CAMEO region
    ("West       NNP  compound  4\n        Virginians NNPS dobj      1", []),  # of no region
    ("West       NNP  dobj      1\n        today      NN   npadvmod  1",
     [("the West", "WST", "igo")]),  # the compass word standing alone
    ("Central    NNP  amod      5\n        American   JJ   amod      5\n"
     "        bloc       NN   dobj      1", []),  # a people's word of no CAMEO region
])
def test_actors_a_compass_word_opening_a_longer_name_is_part_of_it(resolve, words, found):
    doc = parse(f"""
        Chile      NNP  nsubj     1
        praised    VBD  ROOT      1  praise
        the        DT   det       3
        {words}
        .          .    punct     1
    """, ents=[(0, 1, "GPE")])
    assert resolve(doc)[1:] == found


def test_actors_a_description_may_mean_the_possessor_inside_its_clauses_subject(resolve):
    # "the president" cannot mean the subject ("Ortiz praised the president"), but a
    # possessor inside the subject is not the subject: Ortiz, the latest named, is meant.
    doc = parse("""
        Tomas     NNP  compound  1
        Varga     NNP  nsubj     2
        spoke     VBD  ROOT      2  speak
        .         .    punct     2
        Ramon     NNP  compound  5
        Ortiz     NNP  poss      7
        's        POS  case      5
        aides     NNS  nsubj     8  aide
        praised   VBD  ROOT      8  praise
        the       DT   det       10
        president NN   dobj      8
        .         .    punct     8
    """, ents=[(0, 2, "PERSON"), (4, 6, "PERSON")], published="2024-03-01")
    assert resolve(doc)[-1] == ("president", "PERGOV", "person")


def test_actors_one_persons_repeated_name_does_not_make_the_articles_country(resolve):
    # A Chilean named four times in a story set in Peru: "the police" are Peru's. Chile is
    # named only through him, so he counts for Chile where first named only.
    doc = parse("""
        Tomas     NNP  compound  1
        Varga     NNP  nsubj     2
        toured    VBD  ROOT      2   tour
        Peru      NNP  dobj      2
        .         .    punct     2
        Varga     NNP  nsubj     6
        praised   VBD  ROOT      6   praise
        Peru      NNP  dobj      6
        .         .    punct     6
        Varga     NNP  nsubj     10
        left      VBD  ROOT      10  leave
        .         .    punct     10
        Varga     NNP  nsubj     13
        waved     VBD  ROOT      13  wave
        .         .    punct     13
        The       DT   det       16
        police    NNS  nsubj     17
        arrived   VBD  ROOT      17  arrive
        .         .    punct     17
    """, ents=[(0, 2, "PERSON"), (3, 4, "GPE"), (5, 6, "PERSON"), (7, 8, "GPE"),
               (9, 10, "PERSON"), (12, 13, "PERSON")])
    assert resolve(doc) == [("Tomas Varga", "CHLGOV", "person"), ("Peru", "PER", "country"),
                            ("Varga", "CHLGOV", "person"), ("Peru", "PER", "country"),
                            ("Varga", "CHLGOV", "person"), ("Varga", "CHLGOV", "person"),
                            ("police", "PERCOP", "agent")]


def test_actors_people_from_several_states_take_no_country_of_the_article(resolve):
    table = """
        Mayors     NNS  nsubj     6   mayor
        and        CC   cc        0
        judges     NNS  conj      0   judge
        from       IN   prep      0
        nine       CD   nummod    5
        {}         NNS  pobj      3
        left       VBD  ROOT      6   leave
        .          .    punct     6
    """
    # "from nine nations": people of several states the text does not name
    assert resolve(parse(table.format("nations"), dateline="Lima")) == []
    # a place of one country is no such phrase
    assert resolve(parse(table.format("towns"), dateline="Lima")) == [
        ("Mayors", "PERGOV", "agent"), ("judges", "PERJUD", "agent")]


def test_actors_a_capitalised_title_after_the_is_a_description_of_a_person(resolve):
    # "The President" written as a title means the person so described, as "the
    # president" does, not a government agent of the country named most.
    doc = parse("""
        Tomas     NNP  compound  1
        Varga     NNP  nsubj     2
        met       VBD  ROOT      2   meet
        Ramon     NNP  compound  4
        Ortiz     NNP  dobj      2
        .         .    punct     2
        Varga     NNP  nsubj     7
        left      VBD  ROOT      7   leave
        .         .    punct     7
        The       DT   det       10
        President NNP  nsubj     11
        spoke     VBD  ROOT      11  speak
        .         .    punct     11
    """, ents=[(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "PERSON")])
    assert resolve(doc) == [("Tomas Varga", "CHLGOV", "person"),
                            ("Ramon Ortiz", "PERGOV", "person"),
                            ("Varga", "CHLGOV", "person"), ("President", "PERGOV", "person")]


def test_actors_a_persons_name_inside_a_buildings_name_is_no_actor(resolve):
    def doc(label):
        return parse("""
            Chile   NNP  nsubj     1
            spoke   VBD  ROOT      1  speak
            at      IN   prep      1
            the     DT   det       6
            Tomas   NNP  compound  5
            Varga   NNP  compound  6
            Hall    NNP  pobj      2
            .       .    punct     1
        """, ents=[(0, 1, "GPE"), (3, 7, label)])
    assert resolve(doc("FAC")) == [("Chile", "CHL", "country")]
    assert ("the Tomas Varga", "CHLGOV", "person") in resolve(doc("ORG"))


def test_actors_a_name_written_in_lower_case_is_a_common_noun_and_no_person(resolve):
    def doc(word):
        return parse(f"""
            Chile   NNP  nsubj  1
            burned  VBD  ROOT   1  burn
            the     DT   det    3
            {word:<7} NN   dobj   1
            .       .    punct  1
        """, ents=[(0, 1, "GPE"), (2, 4, "PERSON")])
    assert resolve(doc("pino")) == [("Chile", "CHL", "country")]
    assert resolve(doc("Pino")) == [("Chile", "CHL", "country"), ("the Pino", "CHLGOV", "person")]
