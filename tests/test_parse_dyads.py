"""Who an event is from and aimed at, on hand-built parses (no model): the argument rules of
communique/nlp/dyads.py and communique/nlp/arguments.py. Sentences are made up for these
tests."""

from __future__ import annotations

import pytest
from parses import actor, events_of, parse, summary

from communique.models import Actor


PATTERNS = [
    {"code": "190", "verb": "attack"},
    {"code": "084", "verb": "return"},
    {"code": "139", "verb": "give", "object": ["deadline"], "object_prep": ["to"]},
    {"code": "154", "verb": "mobilize"},
    {"code": "036", "verb": "meet"},
    {"code": "020", "verb": "urge"},
    {"code": "111", "verb": "condemn"},
]


@pytest.fixture(scope="module")
def code():
    return events_of(PATTERNS)


def texts(events) -> list[tuple]:
    return [([m.text for m in e.source], e.cameo, [m.text for m in e.target]) for e in events]


def test_coding_a_to_phrase_hanging_from_the_object_is_whom_it_is_returned_to(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        a         DT   det    3
        statue    NN   dobj   1
        of        IN   prep   3
        Obama     NNP  pobj   4
        to        IN   prep   3
        Somalia   NNP  pobj   6
        .         .    punct  1
    """, actors={0: "KEN", 5: "USAGOV", 7: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "084", ["SOM"])]


def test_coding_whom_a_thing_is_returned_to_comes_before_the_names_inside_the_thing(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        a         DT   det    3
        statue    NN   dobj   1
        by        IN   prep   3
        a         DT   det    7
        Somali    JJ   amod   7
        sculptor  NN   pobj   4
        to        IN   prep   7
        its       PRP$ poss   10
        owner     NN   pobj   8
        .         .    punct  1
    """, actors={0: "KEN", 6: "SOM"})
    assert texts(code(doc)) == [(["Kenya"], "084", ["its owner"])]


def test_coding_people_a_pattern_object_names_are_the_target_before_the_place_they_are_in():
    code = events_of([{"code": "173", "verb": "arrest", "object": ["member"]}])
    doc = parse("""
        Police    NNS  nsubj  1
        arrested  VBD  ROOT   1  arrest
        a         DT   det    3
        member    NN   dobj   1
        of        IN   prep   3
        the       DT   det    6
        gang      NN   pobj   4
        in        IN   prep   6
        Nairobi   NNP  pobj   7
        .         .    punct  1
    """, actors={0: actor("KENCOP", "Police", kind="agent"),
                 8: actor("KEN", "Nairobi", kind="place")})
    assert texts(code(doc)) == [(["Police"], "173", ["member of the gang in Nairobi"])]
    assert summary(code(doc)) == [(["KENCOP"], "173", ["KEN"])]


def test_coding_people_ordered_to_act_are_the_target_not_the_place_they_are_to_go():
    code = events_of([{"code": "100", "verb": "order"}])
    doc = parse("""
        Kenya     NNP  nsubj   1
        ordered   VBD  ROOT    1  order
        100       CD   nummod  3
        farmers   NNS  dobj    1  farmer
        to        TO   aux     5
        move      VB   xcomp   1
        to        IN   prep    5
        Somalia   NNP  pobj    6
        .         .    punct   1
    """, actors={0: "KEN", 7: "SOM"})
    assert texts(code(doc)) == [(["Kenya"], "100", ["100 farmers"])]


RAIDS = [{"code": "190", "verb": "launch", "object": ["raid"], "object_prep": ["against", "on"]}]


def test_coding_people_an_act_is_aimed_at_are_the_target_of_the_country_they_are_in():
    doc = parse("""
        Chad       NNP  nsubj  1
        launched   VBD  ROOT   1  launch
        raids      NNS  dobj   1  raid
        against    IN   prep   2
        militants  NNS  pobj   3  militant
        in         IN   prep   4
        Sudan      NNP  pobj   5
        .          .    punct  1
    """, actors={0: "TCD", 6: "SDN"})
    events = events_of(RAIDS)(doc)
    assert texts(events) == [(["Chad"], "190", ["militants in Sudan"])]
    assert [m.actor.country for m in events[0].target] == ["SDN"]


def test_coding_a_country_coordinated_with_people_is_a_side_not_where_they_are():
    doc = parse("""
        Chad       NNP  nsubj  1
        launched   VBD  ROOT   1  launch
        raids      NNS  dobj   1  raid
        on         IN   prep   2
        Sudan      NNP  pobj   3
        and        CC   cc     4
        militants  NNS  conj   4  militant
        .          .    punct  1
    """, actors={0: "TCD", 4: "SDN"})
    assert summary(events_of(RAIDS)(doc)) == [(["TCD"], "190", ["SDN"])]


DEMAND = [{"code": "1056", "verb": "demand", "object": ["pullback"]}]


def test_coding_a_demand_of_people_s_act_is_aimed_at_them_before_a_name_further_on():
    doc = parse("""
        Chad        NNP  nsubj  1
        demanded    VBD  ROOT   1  demand
        the         DT   det    3
        pullback    NN   dobj   1
        of          IN   prep   3
        foreign     JJ   amod   6
        soldiers    NNS  pobj   4  soldier
        before      IN   prep   1
        talks       NNS  pobj   7  talk
        with        IN   prep   8
        Sudan       NNP  pobj   9
        .           .    punct  1
    """, actors={0: "TCD", 10: "SDN"})
    assert texts(events_of(DEMAND)(doc)) == [(["Chad"], "1056", ["foreign soldiers"])]


def test_coding_a_demand_of_the_source_s_own_people_s_act_names_no_one_else():
    doc = parse("""
        Chad        NNP  nsubj  1
        demanded    VBD  ROOT   1  demand
        the         DT   det    3
        pullback    NN   dobj   1
        of          IN   prep   3
        its         PRP$ poss   6
        soldiers    NNS  pobj   4  soldier
        .           .    punct  1
    """, actors={0: "TCD"})
    assert [e.target for e in events_of(DEMAND)(doc)] == [[]]


def test_coding_an_uncoded_name_returned_to_someone_is_a_thing_not_the_target(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        Zorblax   NNP  dobj   1
        to        IN   prep   1
        Somalia   NNP  pobj   3
        .         .    punct  1
    """, actors={0: "KEN", 2: actor(None, "Zorblax", kind="uncoded organisation"), 4: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "084", ["SOM"])]


def test_coding_the_indirect_object_is_the_target_before_whose_thing_it_is(code):
    doc = parse("""
        Kenya     NNP  nsubj     1
        gave      VBD  ROOT      1  give
        Somalia   NNP  dative    1
        a         DT   det       5
        UN        NNP  compound  5
        deadline  NN   dobj      1
        .         .    punct     1
    """, actors={0: "KEN", 2: "SOM", 4: "IGOUNO"})
    assert summary(code(doc)) == [(["KEN"], "139", ["SOM"])]


def test_coding_a_country_an_act_is_aimed_against_does_not_place_the_people(code):
    doc = parse("""
        Kenya      NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        troops     NNS  dobj   1  troop
        for        IN   prep   1
        a          DT   det    5
        war        NN   pobj   3
        against    IN   prep   5
        Somalia    NNP  pobj   6
        .          .    punct  1
    """, actors={0: "KEN", 7: "SOM"})
    assert texts(code(doc)) == [(["Kenya"], "154", ["Somalia"])]


def test_coding_coordinated_words_saying_whose_people_name_each_side(code):
    doc = parse("""
        Kenyan    JJ   amod   3
        and       CC   cc     0
        Somali    JJ   conj   0
        forces    NNS  nsubj  4  force
        attacked  VBD  ROOT   4  attack
        Ethiopia  NNP  dobj   4
        .         .    punct  4
    """, actors={0: "KEN", (2, 4): "SOMMIL", 5: "ETH"})
    assert summary(code(doc)) == [(["SOMMIL", "KEN"], "190", ["ETH"])]


def test_coding_a_word_before_and_with_no_conjunct_is_coordinated_with_the_next(code):
    doc = parse("""
        Kenyan       JJ   amod      3
        and          CC   cc        0
        Somali       JJ   amod      3
        negotiators  NNS  nsubj     4  negotiator
        met          VBD  ROOT      4  meet
        .            .    punct     4
    """, actors={0: "KEN", 2: "SOM"})
    assert summary(code(doc)) == [(["KEN", "SOM"], "036", []), (["KEN"], "036", ["SOM"]),
                                  (["SOM"], "036", ["KEN"])]


def test_coding_the_armies_of_two_countries_are_both_sides(code):
    doc = parse("""
        The       DT   det    1
        armies    NNS  nsubj  6  army
        of        IN   prep   1
        Kenya     NNP  pobj   2
        and       CC   cc     3
        Somalia   NNP  conj   3
        met       VBD  ROOT   6  meet
        .         .    punct  6
    """, actors={1: "KENMIL", 3: "KEN", 5: "SOM"})
    assert summary(code(doc))[0] == (["KENMIL", "SOM"], "036", [])


def test_coding_a_clause_the_parser_hangs_from_a_dateline_is_the_main_clause(code):
    doc = parse("""
        NAIROBI   NNP  ROOT   0
        :         :    punct  0
        Kenya     NNP  nsubj  3
        attacked  VBD  acl    0  attack
        Somalia   NNP  dobj   3
        .         .    punct  0
    """, actors={2: "KEN", 4: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "190", ["SOM"])]


def test_coding_a_perfect_the_parser_hangs_from_a_dateline_is_active(code):
    # "has attacked": a perfect auxiliary makes the participle active, so its own subject
    # is the source (the parser took the dateline's place for the root)
    doc = parse("""
        NAIROBI   NNP  ROOT   0
        :         :    punct  0
        Kenya     NNP  nsubj  4
        has       VBZ  aux    4  have
        attacked  VBN  acl    0  attack
        Somalia   NNP  dobj   4
        .         .    punct  0
    """, actors={2: "KEN", 5: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "190", ["SOM"])]


def test_coding_a_relative_clause_is_still_background(code):
    doc = parse("""
        troops    NNS  ROOT   0  troop
        that      WDT  nsubj  2
        attacked  VBD  relcl  0  attack
        Somalia   NNP  dobj   2
        .         .    punct  0
    """, actors={3: "SOM"})
    assert code(doc) == []


MORE = [
    {"code": "100", "verb": "demand"},
    {"code": "046", "verb": "hold", "object": ["talk"]},
    {"code": "0256", "verb": "urge", "xcomp": ["withdraw"]},
    {"code": "030", "verb": "ensure", "target": "required"},
]


@pytest.fixture(scope="module")
def code_more():
    return events_of(MORE)


def test_coding_people_a_demand_is_made_of_in_its_clause_are_its_target(code_more):
    doc = parse("""
        Kenya     NNP  nsubj  1
        demanded  VBD  ROOT   1  demand
        that      IN   mark   5
        the       DT   det    4
        minister  NN   nsubj  5
        resign    VB   ccomp  1
        .         .    punct  1
    """, actors={0: "KEN"})
    assert texts(code_more(doc)) == [(["Kenya"], "100", ["minister"])]


def test_coding_a_demand_that_someone_act_is_made_of_them_before_a_name_in_their_clause(
        code_more):
    doc = parse("""
        Kenya     NNP  nsubj  1
        demanded  VBD  ROOT   1  demand
        that      IN   mark   5
        the       DT   det    4
        minister  NN   nsubj  5
        apologize VB   ccomp  1
        for       IN   prep   5
        remarks   NNS  pobj   6  remark
        about     IN   prep   7
        Somalia   NNP  pobj   8
        .         .    punct  1
    """, actors={0: "KEN", 4: actor(None, "minister", kind="uncoded agent"), 9: "SOM"})
    # the minister is to apologize: the demand is made of them, an actor the knowledge base
    # leaves uncoded, not of the country their remarks were about
    assert texts(code_more(doc)) == [(["Kenya"], "100", ["minister"])]


def test_coding_a_demand_that_people_be_acted_on_is_not_made_of_them(code_more):
    doc = parse("""
        Kenya     NNP  nsubj     1
        demanded  VBD  ROOT      1  demand
        that      IN   mark      6
        the       DT   det       4
        minister  NN   nsubjpass 6
        be        VB   auxpass   6
        removed   VBN  ccomp     1  remove
        .         .    punct     1
    """, actors={0: "KEN", 4: actor(None, "minister", kind="uncoded agent")})
    assert texts(code_more(doc)) == [(["Kenya"], "100", [])]


def test_coding_the_subject_of_what_is_promised_is_not_whom_it_is_promised_to(code_more):
    doc = parse("""
        Kenya     NNP  nsubj  1
        ensured   VBD  ROOT   1  ensure
        Chad      NNP  nsubj  4
        would     MD   aux    4
        win       VB   ccomp  1
        .         .    punct  1
    """, actors={0: "KEN", 2: "TCD"})
    assert code_more(doc) == []


def test_coding_people_the_patterns_preposition_names_come_before_a_name_further_on(code_more):
    doc = parse("""
        Kenya      NNP  nsubj     1
        held       VBD  ROOT      1  hold
        talks      NNS  dobj      1  talk
        with       IN   prep      2
        rebel      NN   compound  5
        groups     NNS  pobj      3  group
        in         IN   prep      1
        the        DT   det       8
        UN         NNP  compound  9
        compound   NN   pobj      6
        .          .    punct     1
    """, actors={0: "KEN", 8: actor("IGOUNO", "UN", kind="igo")})
    assert summary(code_more(doc)) == [(["KEN"], "046", [None])]


def test_coding_whom_an_appeal_to_act_is_made_to_is_its_target(code_more):
    doc = parse("""
        Kenya     NNP   nsubj  1
        urged     VBD   ROOT   1  urge
        Somalia   NNP   dobj   1
        to        TO    aux    4
        withdraw  VB    xcomp  1
        its       PRP$  poss   6
        troops    NNS   dobj   4  troop
        .         .     punct  1
    """, actors={0: "KEN", 2: "SOM"})
    assert texts(code_more(doc)) == [(["Kenya"], "0256", ["Somalia"])]


BEHALF = [{"code": "053", "verb": "urge", "xcomp": ["back", "support"]}]


@pytest.mark.parametrize(("backed", "expected"), [
    ({7: "GHAGOV"}, ["GHAGOV"]),  # an actor: the party the support is for
    ({6: "GHA"}, ["GHA"]),  # an actor named inside the phrase backed
    ({}, ["TGO"]),  # no actor backed: whom the appeal is made to, as before
])
def test_coding_support_rallied_on_behalf_of_a_party_is_aimed_at_that_party(backed, expected):
    doc = parse("""
        Benin       NNP   nsubj     1
        urged       VBD   ROOT      1  urge
        Togo        NNP   dobj      1
        to          TO    aux       4
        back        VB    xcomp     1
        the         DT    det       7
        Ghanaian    JJ    amod      7
        government  NN    dobj      4
        .           .     punct     1
    """, actors={0: "BEN", 2: "TGO", **backed})
    assert summary(events_of(BEHALF)(doc)) == [(["BEN"], "053", expected)]


TREATY = [{"code": "120", "verb": "reject", "object": ["treaty"]}]


@pytest.mark.parametrize(("source", "expected"), [
    ("PERLEG", ["PERGOV"]),  # another branch of the source's own country: a side of its own
    ("PER", ["CHL"]),  # the country itself: the owner is its own side, the other is aimed at
])
def test_coding_whose_thing_is_acted_on_is_another_side_when_of_another_sector(source,
                                                                               expected):
    doc = parse("""
        The         DT   det    1
        parliament  NN   nsubj  2
        rejected    VBD  ROOT   2  reject
        the         DT   det    4
        premier     NN   poss   6
        's          POS  case   4
        treaty      NN   dobj   2
        with        IN   prep   6
        Chile       NNP  pobj   7
        .           .    punct  2
    """, actors={1: source, 4: "PERGOV", 8: "CHL"})
    assert summary(events_of(TREATY)(doc)) == [([source], "120", expected)]


def test_coding_an_owner_of_the_sources_own_code_is_passed_for_whom_the_thing_is():
    doc = parse("""
        envoy       NN   nsubj  1
        reaffirmed  VBD  ROOT   1  reaffirm
        the         DT   det    3
        UN          NNP  poss   5
        's          POS  case   3
        support     NN   dobj   1
        for         IN   prep   5
        Somalia     NNP  pobj   6
        .           .    punct  1
    """, actors={0: actor("IGOUNO", "envoy", kind="person"), 3: actor("IGOUNO", "UN", kind="igo"),
                 7: "SOM"})
    code = events_of([{"code": "051", "verb": "reaffirm", "object": ["support"]}])
    assert summary(code(doc)) == [(["IGOUNO"], "051", ["SOM"])]


def test_coding_an_owner_of_no_known_country_is_not_the_uncoded_sources_own_side():
    doc = parse("""
        Doe       NNP  nsubj     1
        welcomed  VBD  ROOT      1  welcome
        the       DT   det       4
        Zorblax   NNP  compound  4
        Group     NNP  poss      6
        's        POS  case      4
        plan      NN   dobj      1
        .         .    punct     1
    """, actors={0: actor(None, "Doe", kind="uncoded person"),
                 (3, 5): actor(None, "Zorblax Group", kind="uncoded organisation")})
    code = events_of([{"code": "051", "verb": "welcome", "object": ["plan"]}])
    assert texts(code(doc)) == [(["Doe"], "051", ["Zorblax Group"])]


def test_coding_a_phrase_fronted_before_the_subject_names_no_target():
    doc = parse("""
        On         IN   prep   9
        the        DT   det    2
        eve        NN   pobj   0
        of         IN   prep   2
        Turkey     NNP  poss   6
        's         POS  case   4
        vote       NN   pobj   3
        ,          ,    punct  9
        Kenya      NNP  nsubj  9
        freed      VBD  ROOT   9  free
        11         CD   dobj   9
        of         IN   prep   10
        Somalia    NNP  poss   14
        's         POS  case   12
        prisoners  NNS  pobj   11  prisoner
        .          .    punct  9
    """, actors={4: "TUR", 8: "KEN", 12: "SOM"})
    code = events_of([{"code": "0841", "verb": "free", "object": ["prisoner"]}])
    assert summary(code(doc)) == [(["KEN"], "0841", ["SOM"])]


def test_coding_whom_an_event_nouns_infinitive_is_aimed_at_is_its_target():
    doc = parse("""
        Kenya      NNP  poss   2
        's         POS  case   0
        refusal    NN   nsubj  7
        to         TO   aux    4
        negotiate  VB   acl    2
        with       IN   prep   4
        Somalia    NNP  pobj   5
        angered    VBD  ROOT   7  anger
        Chad       NNP  dobj   7
        .          .    punct  7
    """, actors={0: "KEN", 6: "SOM", 8: "TCD"})
    code = events_of([{"code": "120", "noun": "refusal"}])
    assert summary(code(doc)) == [(["KEN"], "120", ["SOM"])]


@pytest.mark.parametrize(("verb", "lemma", "adjective", "dep", "code"), [
    ("held", "hold", "responsible", "advcl", "112"),  # the object, then its predicate
    ("found", "find", "guilty", "ccomp", "173"),  # parsed as a small clause with a subject
])
def test_coding_whom_an_object_predicate_is_said_of_is_the_target(verb, lemma, adjective, dep,
                                                                 code):
    role = "dobj" if dep == "advcl" else "nsubj"
    head = 1 if dep == "advcl" else 3
    doc = parse(f"""
        Chad         NNP  nsubj   1
        {verb}       VBD  ROOT    1  {lemma}
        Sudan        NNP  {role}  {head}
        {adjective}  JJ   {dep}   1
        .            .    punct   1
    """, actors={0: "TCD", 2: "SDN"})
    patterns = [{"code": code, "verb": lemma, "object": [adjective]}]
    assert summary(events_of(patterns)(doc)) == [(["TCD"], code, ["SDN"])]


def test_coding_the_objects_own_phrase_names_the_target_before_the_verbs():
    doc = parse("""
        Kenya     NNP  nsubj  1
        carried   VBD  ROOT   1  carry
        out       RP   prt    1
        strikes   NNS  dobj   1  strike
        against   IN   prep   3
        Somalia   NNP  pobj   4
        with      IN   prep   1
        the       DT   det    8
        approval  NN   pobj   6
        of        IN   prep   8
        Ethiopia  NNP  pobj   9
        .         .    punct  1
    """, actors={0: "KEN", 5: "SOM", 10: "ETH"})
    code = events_of([{"code": "195", "verb": "carry", "particle": "out", "object": ["strike"]}])
    assert summary(code(doc)) == [(["KEN"], "195", ["SOM"])]


def test_coding_the_subject_after_a_datelines_place_and_country_is_the_source(code):
    doc = parse("""
        NAIROBI   NNP  nsubj     6
        ,         ,    punct     0
        Kenya     NNP  appos     0
        --        :    punct     2
        UN        NNP  compound  5
        envoy     NN   appos     2
        attacked  VBD  ROOT      6  attack
        Somalia   NNP  dobj      6
        .         .    punct     6
    """, actors={(4, 6): actor("IGOUNO", "UN envoy", kind="igo"), 7: "SOM"})
    assert summary(code(doc)) == [(["IGOUNO"], "190", ["SOM"])]


def test_coding_a_place_in_the_by_agents_phrase_places_the_source_not_the_target():
    doc = parse("""
        Prisoners  NNS  nsubjpass  2  prisoner
        were       VBD  auxpass    2  be
        freed      VBN  ROOT       2  free
        by         IN   agent      2
        rebels     NNS  pobj       3  rebel
        in         IN   prep       4
        Kenya      NNP  pobj       5
        .          .    punct      2
    """, actors={4: actor("KENREB", "rebels", kind="agent"), 6: "KEN"})
    code = events_of([{"code": "0841", "verb": "free", "object": ["prisoner"]}])
    assert texts(code(doc)) == [(["rebels"], "0841", ["Prisoners"])]


@pytest.mark.parametrize(("body", "lemma", "expected"), [
    ("country", "country", "PER"), ("troops", "troop", "PERMIL"), ("allies", "ally", None)])
def test_coding_a_body_a_pronoun_makes_the_speakers_own_is_the_speakers_country(
        code, body, lemma, expected):
    doc = parse(f"""
        Castillo  NNP   nsubj  1
        said      VBD   ROOT   1  say
        his       PRP$  poss   3
        {body}    NNS   nsubj  4  {lemma}
        attacked  VBD   ccomp  1  attack
        Chile     NNP   dobj   4
        .         .     punct  1
    """, actors={0: actor("PERGOV", "Castillo", kind="person"), 5: "CHL"})
    assert summary(code(doc)) == ([([expected], "190", ["CHL"])] if expected else [])


def test_coding_whom_the_objects_for_phrase_names_is_the_target_before_its_owner():
    doc = parse("""
        Ruto        NNP  nsubj  1
        reiterated  VBD  ROOT   1  reiterate
        Kenya       NNP  poss   4
        's          POS  case   2
        support     NN   dobj   1
        for         IN   prep   4
        Somalia     NNP  pobj   5
        .           .    punct  1
    """, actors={0: actor("KENGOV", "Ruto", kind="person"), 2: "KEN", 6: "SOM"})
    code = events_of([{"code": "051", "verb": "reiterate", "object": ["support"]}])
    assert summary(code(doc)) == [(["KENGOV"], "051", ["SOM"])]


def test_coding_a_relative_clause_of_the_object_names_no_target(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        a         DT   det    3
        camp      NN   dobj   1
        in        IN   prep   1
        Somalia   NNP  pobj   4
        that      WDT  dobj   8
        Uganda    NNP  nsubj  8
        built     VBD  relcl  3  build
        .         .    punct  1
    """, actors={0: "KEN", 5: "SOM", 7: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "190", ["SOM"])]


@pytest.mark.parametrize(("code", "adverb", "pairs"), [
    ("062", "jointly", [(["PER"], "062", ["CHL"]), (["CHL"], "062", ["PER"])]),
    ("154", "quickly", []),
    ("154", "jointly", [])])  # a mobilization made together is aimed at neither side
def test_coding_cooperation_two_sources_do_together_is_coded_both_ways(code, adverb, pairs):
    doc = parse(f"""
        Peru       NNP  nsubj   3
        and        CC   cc      0
        Chile      NNP  conj    0
        mobilized  VBD  ROOT    3  mobilize
        troops     NNS  dobj    3  troop
        {adverb}   RB   advmod  3
        .          .    punct   3
    """, actors={0: "PER", 2: "CHL"})
    events = events_of([{"code": code, "verb": "mobilize"}])(doc)
    # the group, whose sides act on each other, keeps no target of its own; nor are the
    # troops a mobilization moves its target
    assert summary(events) == [(["PER", "CHL"], code, []), *pairs]


def test_coding_an_appeal_made_to_someone_is_not_aimed_at_whom_its_content_names(code):
    table = """
        Peru     NNP  nsubj  1
        urged    VBD  ROOT   1  urge
        {}
        to       TO   aux    4
        act      VB   xcomp  1
        against  IN   prep   4
        Chile    NNP  pobj   5
        .        .    punct  1
    """
    doc = parse(table.format("Bolivia  NNP  dobj   1"), actors={0: "PER", 2: "BOL", 6: "CHL"})
    assert summary(code(doc)) == [(["PER"], "020", ["BOL"])]
    # an addressee with no code leaves the target empty rather than taking the content's
    doc = parse(table.format("others   NNS  dobj   1  other"), actors={0: "PER", 6: "CHL"})
    assert summary(code(doc)) == [(["PER"], "020", [])]


def test_coding_things_owned_by_a_country_and_done_elsewhere_are_that_countrys(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        condemned  VBD  ROOT   1  condemn
        Chile      NNP  poss   4
        's         POS  case   2
        actions    NNS  dobj   1  action
        in         IN   prep   4
        Bolivia    NNP  pobj   5
        .          .    punct  1
    """, actors={0: "PER", 2: "CHL", 6: "BOL"})
    assert summary(code(doc)) == [(["PER"], "111", ["CHL"])]


@pytest.mark.parametrize(("speaker", "expected"), [("PER", "PERMIL"), ("PERREB", "PERREB")])
def test_coding_its_forces_in_a_reported_clause_are_the_speakers(code, speaker, expected):
    doc = parse("""
        Zorb      NNP   nsubj  1
        said      VBD   ROOT   1  say
        its       PRP$  poss   3
        forces    NNS   nsubj  4  force
        attacked  VBD   ccomp  1  attack
        Chile     NNP   dobj   4
        .         .     punct  1
    """, actors={0: actor(speaker, "Zorb", "group" if speaker == "PERREB" else "country"),
                 3: actor("CHLMIL", "Chile (MIL)", "agent"), 5: "CHL"})
    # the article's country the resolver guessed for "its forces" gives way to the speaker's
    assert summary(code(doc)) == [([expected], "190", ["CHL"])]


def test_coding_the_owner_of_an_arrest_is_arrested_unless_an_of_phrase_names_whom(code):
    arrest = events_of([{"code": "173", "noun": "arrest", "prep": ["of"]}])
    doc = parse("""
        Chile    NNP  poss   2
        's       POS  case   0
        arrest   NN   nsubj  3
        angered  VBD  ROOT   3  anger
        Peru     NNP  dobj   3
        .        .    punct  3
    """, actors={0: "CHL", 4: "PER"})
    assert summary(arrest(doc)) == []  # arrested by no one named: no source, no event
    doc = parse("""
        Chile    NNP  poss   2
        's       POS  case   0
        arrest   NN   nsubj  5
        by       IN   prep   2
        Peru     NNP  pobj   3
        ended    VBD  ROOT   5  end
        .        .    punct  5
    """, actors={0: "CHL", 4: "PER"})
    assert summary(arrest(doc)) == [(["PER"], "173", ["CHL"])]
    doc = parse("""
        Chile    NNP  poss   2
        's       POS  case   0
        arrest   NN   nsubj  5
        of       IN   prep   2
        Peru     NNP  pobj   3
        angered  VBD  ROOT   5  anger
        .        .    punct  5
    """, actors={0: "CHL", 4: "PER"})
    assert summary(arrest(doc)) == [(["CHL"], "173", ["PER"])]


def _mission_doc(verb: str, lemma: str, placed: bool):
    rows = f"""
        Kenya    NNP  nsubj  1
        {verb}   VBD  ROOT   1  {lemma}
        troops   NNS  dobj   1  troop
        to       IN   prep   1
        the      DT   det    6
        UN       NNP  compound  6
        force    NN   pobj   3
    """ + ("""
        in       IN   prep   6
        Somalia  NNP  pobj   7
    """ if placed else "") + """
        .        .    punct  1
    """
    actors = {0: "KEN", 5: actor("IGOUNO", kind="igo")} | ({8: "SOM"} if placed else {})
    return parse(rows, actors=actors)


@pytest.mark.parametrize(("placed", "code", "expected"), [
    (True, "074", ["SOM"]),  # aid to the mission is aid to the country it serves
    (False, "074", ["IGOUNO"]),  # a mission placed nowhere is its body's
    (True, "190", ["IGOUNO"]),  # force against the mission is aimed at the mission
])
def test_coding_an_international_mission_placed_in_a_country_stands_for_it(placed, code,
                                                                            expected):
    code_of = events_of([{"code": code, "verb": "send", "object": ["troop"]}])
    assert summary(code_of(_mission_doc("sent", "send", placed))) == [(["KEN"], code, expected)]


def test_coding_a_body_named_by_a_proper_name_the_knowledge_base_lacks_is_the_source(code):
    doc = parse("""
        The         DT   det       2
        Zorblax     NNP  compound  2
        Commission  NNP  nsubj     3
        condemned   VBD  ROOT      3  condemn
        Kenya       NNP  dobj      3
        .           .    punct     3
    """, actors={4: "KEN"})
    events = code(doc)
    assert summary(events) == [([None], "111", ["KEN"])]
    assert [m.text for m in events[0].source] == ["Zorblax Commission"]


def test_coding_a_body_word_named_by_proper_nouns_is_the_source(code):
    doc = parse("""
        the         DT   det       3
        Zorblax     NNP  compound  2
        Province    NNP  compound  3
        government  NN   nsubj     4
        condemned   VBD  ROOT      4  condemn
        Kenya       NNP  dobj      4
        .           .    punct     4
    """, actors={5: "KEN"})
    events = code(doc)
    assert [([m.text for m in e.source], e.cameo) for e in events] == \
        [(["Zorblax Province government"], "111")]


@pytest.mark.parametrize("table", [
    """
        Zorblax     NNP  nsubj     1
        condemned   VBD  ROOT      1  condemn
        the         DT   det       3
        plan        NN   dobj      1
        .           .    punct     1
    """,  # aimed at no one named: nothing said of whom
    """
        Zorbians    NNPS nsubj     1
        condemned   VBD  ROOT      1  condemn
        Kenya       NNP  dobj      1
        .           .    punct     1
    """,  # a plural name names a group's members
])
def test_coding_an_unknown_name_is_no_source_without_a_target_or_as_a_plural(code, table):
    actors = {2: "KEN"} if "Kenya" in table else {}
    assert summary(code(parse(table, actors=actors))) == []


def test_coding_a_proper_name_the_knowledge_base_lacks_is_an_uncoded_target(code):
    doc = parse("""
        Kenya     NNP  nsubj     1
        attacked  VBD  ROOT      1  attack
        Zorblax   NNP  compound  3
        Gupta     NNP  dobj      1
        .         .    punct     1
    """, actors={0: "KEN"})
    events = code(doc)
    assert summary(events) == [(["KEN"], "190", [None])]
    assert [m.text for m in events[0].target] == ["Zorblax Gupta"]


REJECT = [{"code": "120", "verb": "reject"}]


@pytest.mark.parametrize(("source", "expected"), [
    (actor("PERCVL", "farmers", kind="agent"), ["PER"]),  # a country's own people: at it
    # a body of no country has no home
    (Actor(name="envoy", code="IGOUNO", sector="UNO", kind="person", id="un-envoy"), []),
])
def test_coding_a_refusal_aimed_at_no_one_named_is_at_the_sources_own_country(source, expected):
    doc = parse("""
        The       DT   det    1
        envoy     NN   nsubj  2
        rejected  VBD  ROOT   2  reject
        the       DT   det    4
        report    NN   dobj   2
        .         .    punct  2
    """, actors={1: source})
    assert summary(events_of(REJECT)(doc)) == [([source.code], "120", expected)]


def test_coding_whom_a_passive_appeal_is_made_to_is_its_subject(code_more):
    doc = parse("""
        Somalia   NNP   nsubjpass  2
        was       VBD   auxpass    2  be
        urged     VBN   ROOT       2  urge
        by        IN    agent      2
        Kenya     NNP   pobj       3
        to        TO    aux        6
        withdraw  VB    xcomp      2
        its       PRP$  poss       8
        troops    NNS   dobj       6  troop
        .         .     punct      2
    """, actors={0: "SOM", 4: "KEN"})
    assert texts(code_more(doc)) == [(["Kenya"], "0256", ["Somalia"])]


@pytest.mark.parametrize("clause", [
    # "Chile launched an operation to arrest the rebels"
    ["to TO aux 5", "arrest VB acl 3"],
    # "Chile launched an operation arresting the rebels"
    ["arresting VBG acl 3 arrest"],
])
def test_dyads_what_an_event_noun_is_for_names_whom_it_is_aimed_at(clause):
    code = events_of([{"code": "190", "verb": "launch", "object": ["operation"]}])
    rows = ["Chile NNP nsubj 1", "launched VBD ROOT 1 launch", "an DT det 3",
            "operation NN dobj 1", *clause]
    at = len(rows)
    rows += [f"the DT det {at + 1}", f"rebels NNS dobj {at - 1} rebel", ". . punct 1"]
    doc = parse("\n".join(rows), actors={0: "CHL"})
    assert texts(code(doc)) == [(["Chile"], "190", ["rebels"])]


@pytest.mark.parametrize(("speaker", "kind", "expected"), [
    ("He", "person", []), ("Zorb", "country", [(["PER"], "190", ["CHL"])])])
def test_coding_it_in_a_reported_clause_is_the_speaker_only_when_the_speaker_is_no_person(
        code, speaker, kind, expected):
    doc = parse(f"""
        {speaker}  NNP   nsubj  1
        said       VBD   ROOT   1  say
        it         PRP   nsubj  3
        attacked   VBD   ccomp  1  attack
        Chile      NNP   dobj   3
        .          .     punct  1
    """, actors={0: actor("PER", speaker, kind), 4: "CHL"})
    # a person is not "it": the pronoun means something else, which the clause leaves unnamed
    assert summary(code(doc)) == expected


def test_coding_a_to_phrase_hung_inside_a_participle_describing_the_thing_is_the_recipient(
        code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        a         DT   det    3
        statue    NN   dobj   1
        stolen    VBN  acl    3  steal
        from      IN   prep   4
        a         DT   det    7
        museum    NN   pobj   5
        in        IN   prep   7
        Ethiopia  NNP  pobj   8
        to        IN   prep   7
        Somalia   NNP  pobj   10
        .         .    punct  1
    """, actors={0: "KEN", 9: "ETH", 11: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "084", ["SOM"])]


def test_coding_a_to_phrase_inside_an_infinitive_of_the_thing_is_not_the_recipient(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        a         DT   det    3
        request   NN   dobj   1
        from      IN   prep   3
        Somalia   NNP  pobj   4
        to        TO   aux    7
        fly       VB   acl    3
        on        IN   prep   7
        flights   NNS  pobj   8  flight
        to        IN   prep   9
        Ethiopia  NNP  pobj   10
        .         .    punct  1
    """, actors={0: "KEN", 5: "SOM", 11: "ETH"})
    assert summary(code(doc)) == [(["KEN"], "084", ["SOM"])]


def test_coding_an_event_noun_with_a_by_phrase_is_an_act_of_its_agent():
    attack = events_of([{"code": "190", "noun": "attack", "prep": ["on", "by"]}])
    doc = parse("""
        The      DT   det    1
        attack   NN   nsubj  6
        by       IN   prep   1
        Kenya    NNP  pobj   2
        on       IN   prep   1
        Somalia  NNP  pobj   4
        ended    VBD  ROOT   6  end
        .        .    punct  6
    """, actors={3: "KEN", 5: "SOM"})
    assert summary(attack(doc)) == [(["KEN"], "190", ["SOM"])]


def test_coding_a_meeting_between_two_named_sides_is_their_act_not_a_state():
    meeting = events_of([{"code": "040", "noun": "meeting"}])
    doc = parse("""
        The      DT   det    1
        meeting  NN   nsubj  6
        between  IN   prep   1
        Kenya    NNP  pobj   2
        and      CC   cc     3
        Somalia  NNP  conj   3
        ended    VBD  ROOT   6  end
        .        .    punct  6
    """, actors={3: "KEN", 5: "SOM"})
    assert summary(meeting(doc))[:1] == [(["KEN"], "040", ["SOM"])]


CLAUSE_DEMAND = [{"code": "1056", "verb": "demand", "xcomp": ["withdraw"]}]


def test_coding_a_demand_that_a_named_actor_act_is_made_of_that_actor():
    doc = parse("""
        Chad        NNP  nsubj  1
        demanded    VBD  ROOT   1  demand
        that        IN   mark   4
        Sudan       NNP  nsubj  4
        withdraw    VB   ccomp  1
        its         PRP$ poss   6
        soldiers    NNS  dobj   4  soldier
        from        IN   prep   4
        Abeche      NNP  pobj   7
        .           .    punct  1
    """, actors={0: "TCD", 3: "SDN", 8: "TCD"})
    assert summary(events_of(CLAUSE_DEMAND)(doc)) == [(["TCD"], "1056", ["SDN"])]



@pytest.mark.parametrize(("code", "target"), [("1711", ["SDN"]), ("111", ["DJI"])])
def test_coding_property_taken_from_someone_is_their_loss(code, target):
    doc = parse("""
        Chad      NNP  nsubj  1
        seized    VBD  ROOT   1  seize
        the       DT   det    3
        cattle    NNS  dobj   1
        of        IN   prep   3
        Abeche    NNP  pobj   4
        from      IN   prep   1
        Sudan     NNP  pobj   6
        .         .    punct  1
    """, actors={0: "TCD", 5: "DJI", 7: "SDN"})
    # the "from" phrase names whom property is taken from; of other acts it does not
    events = events_of([{"code": code, "verb": "seize", "object": ["cattle"]}])(doc)
    assert summary(events) == [(["TCD"], code, target)]


@pytest.mark.parametrize(("who", "target"), [("CHLMIL", []), ("PER", ["PER"])])
def test_coding_the_promiser_s_own_side_named_in_the_promise_is_no_target(who, target):
    doc = parse("""
        Chile     NNP  nsubj  1
        vowed     VBD  ROOT   1  vow
        that      IN   mark   6
        its       PRP$ poss   4
        troops    NNS  nsubj  6  troop
        would     MD   aux    6
        stay      VB   ccomp  1
        .         .    punct  1
    """, actors={0: "CHL", 4: who})
    # "vowed that its troops would stay": the promiser's side will act; another's is the target
    assert summary(events_of([{"code": "030", "verb": "vow"}])(doc)) == [(["CHL"], "030", target)]


def test_coding_a_threat_a_letter_makes_is_aimed_at_whom_the_letter_is_sent():
    """"sent a letter to X threatening to cut its funding": the participle says what the
    letter says, so the threat is aimed at the letter's addressee, not at the source's own
    country its object names."""
    code = events_of([{"code": "130", "verb": "threaten"}])
    doc = parse("""
        The          DT   det    1
        president    NN   nsubj  2
        sent         VBD  ROOT   2  send
        a            DT   det    4
        letter       NN   dobj   2
        to           IN   dative 2
        Chile        NNP  pobj   5
        threatening  VBG  advcl  2  threaten
        to           TO   aux    9
        cut          VB   xcomp  7  cut
        Peruvian     JJ   amod   11
        funding      NN   dobj   9
        .            .    punct  2
    """, actors={1: "PERGOV", 6: "CHL", 10: "PER"})
    assert summary(code(doc)) == [(["PERGOV"], "130", ["CHL"])]


def test_coding_an_appeal_in_a_letter_written_to_someone_is_aimed_at_its_addressee():
    """"wrote to X, asking them to …": a verb of writing that names no message sends one to
    its "to" phrase, and the participle says what it says, so the appeal is aimed at X."""
    code = events_of([{"code": "020", "verb": "ask"}])
    doc = parse("""
        The          DT   det    1
        mayor        NN   nsubj  2
        wrote        VBD  ROOT   2  write
        to           IN   prep   2
        Chilean      JJ   amod   5
        ministers    NNS  pobj   3  minister
        ,            ,    punct  2
        asking       VBG  advcl  2  ask
        them         PRP  dobj   7  they
        to           TO   aux    10
        reopen       VB   xcomp  7  reopen
        the          DT   det    12
        port         NN   dobj   10
        .            .    punct  2
    """, actors={1: "PERGOV", 5: "CHLGOV"})
    assert summary(code(doc)) == [(["PERGOV"], "020", ["CHLGOV"])]


def test_coding_a_stance_on_the_plan_of_an_uncoded_owner_names_no_deeper_target():
    """"expressed concern about the bank's plan to lend money to X": the plan is the bank's,
    whom the knowledge base does not code; the concern is aimed at the bank, not at X named
    inside the plan, so the target stays empty."""
    code = events_of([{"code": "110", "verb": "express", "object": ["concern"]}])
    doc = parse("""
        Peru         NNP  nsubj  1
        expressed    VBD  ROOT   1  express
        concern      NN   dobj   1
        about        IN   prep   2
        the          DT   det    5
        bank         NN   poss   7
        's           POS  case   5
        plan         NN   pobj   3
        to           TO   aux    9
        lend         VB   acl    7  lend
        money        NN   dobj   9
        to           IN   dative 9
        Chile        NNP  pobj   11
        .            .    punct  1
    """, actors={0: "PER", 12: "CHL"})
    assert summary(code(doc)) == [(["PER"], "110", [])]


def test_coding_an_attack_on_the_ports_of_a_named_ally_is_aimed_at_the_ally():
    """"shelled the ports of X's ally, Y": the possessive only relates the ally, whom the
    apposition names; the attack is aimed at Y, not at X."""
    code = events_of([{"code": "190", "verb": "shell"}])
    doc = parse("""
        Chile        NNP  nsubj  1
        shelled      VBD  ROOT   1  shell
        the          DT   det    3
        ports        NNS  dobj   1  port
        of           IN   prep   3
        Peru         NNP  poss   7
        's           POS  case   5
        neighbour    NN   pobj   4
        ,            ,    punct  7
        Bolivia      NNP  appos  7
        .            .    punct  1
    """, actors={0: "CHL", 5: "PER", 9: "BOL"})
    assert summary(code(doc)) == [(["CHL"], "190", ["BOL"])]


def test_coding_a_person_noun_of_the_object_classes_is_the_target_not_a_scene_place():
    """"detained a suspected poacher after a raid in <city>": the object names a
    person (object class `person`), so it is whom the arrest is aimed at; the city only
    says where it happened."""
    code = events_of([{"code": "173", "verb": "arrest"}])
    doc = parse("""
        Police        NNS  nsubj  1
        arrested      VBD  ROOT   1  arrest
        an            DT   det    4
        suspected     JJ   amod   4
        poacher       NN   dobj   1
        after         IN   prep   1
        a             DT   det    7
        raid          NN   pobj   5
        in            IN   prep   7
        Nairobi       NNP  pobj   8
        .             .    punct  1
    """, actors={0: actor("KENCOP", "Police", kind="agent"),
                 9: actor("KEN", "Nairobi", kind="place")})
    assert texts(code(doc)) == [(["Police"], "173", ["suspected poacher"])]


def test_coding_an_investigation_into_claims_is_aimed_at_whom_the_claims_accuse():
    """"launched an investigation into reports that X tortured …": the inquiry is aimed at the
    subject of the claim's "that" clause, not at the place the clause names."""
    code = events_of([{"code": "090", "verb": "launch", "object": ["investigation"]}])
    doc = parse("""
        Police         NNS  nsubj  1
        launched       VBD  ROOT   1  launch
        an             DT   det    3
        investigation  NN   dobj   1
        into           IN   prep   1
        reports        NNS  pobj   4  report
        that           IN   mark   8
        diplomats      NNS  nsubj  8  diplomat
        tortured       VBD  acl    5  torture
        prisoners      NNS  dobj   8  prisoner
        in             IN   prep   8
        Chile          NNP  pobj   10
        .              .    punct  1
    """, actors={0: actor("PERCOP", "Police", kind="agent"),
                 11: actor("CHL", "Chile", kind="country")})
    assert texts(code(doc))[0][2] == ["diplomats"]


@pytest.mark.parametrize(("table", "partner"), [
    ("""
    Kenya    NNP  nsubj  1
    flew     VBD  ROOT   1  fly
    to       IN   prep   1
    Lima     NNP  pobj   2
    for      IN   prep   1
    talks    NNS  pobj   4  talks
    with     IN   prep   5
    Chile    NNP  pobj   6
    .        .    punct  1
    """, 7),
    ("""
    Kenya    NNP  nsubj  1
    flew     VBD  ROOT   1  fly
    to       IN   prep   1
    Lima     NNP  pobj   2
    to       TO   aux    5
    meet     VB   advcl  1
    Chile    NNP  dobj   5
    .        .    punct  1
    """, 6),
])
def test_coding_a_journey_to_meet_someone_is_a_visit_to_them_not_to_the_place(table, partner):
    code = events_of([{"code": "042", "verb": "fly", "prep": ["to"]}])
    doc = parse(table, actors={0: "KEN", 3: "PER", partner: "CHL"})
    assert summary(code(doc)) == [(["KEN"], "042", ["CHL"])]
    # with no partner named, the place the journey goes to is visited
    doc = parse("""
        Kenya    NNP  nsubj  1
        flew     VBD  ROOT   1  fly
        to       IN   prep   1
        Lima     NNP  pobj   2
        .        .    punct  1
    """, actors={0: "KEN", 3: "PER"})
    assert summary(code(doc)) == [(["KEN"], "042", ["PER"])]


@pytest.mark.parametrize(("noun", "target"), [
    ("funeral", []),  # a ceremony for the dead is no act done to them
    ("return", ["KENGOV"]),
])
def test_coding_the_one_a_funeral_is_held_for_is_not_its_target(noun, target):
    code = events_of([{"code": "017", "verb": "gather", "subject": ["mourner"]}])
    doc = parse(f"""
        Mourners  NNS  nsubj  1  mourner
        gathered  VBD  ROOT   1  gather
        for       IN   prep   1
        the       DT   det    4
        {noun}    NN   pobj   2
        of        IN   prep   4
        Kenyatta  NNP  pobj   5
        .         .    punct  1
    """, actors={0: "KENCVL", 6: "KENGOV"})
    assert summary(code(doc)) == [(["KENCVL"], "017", target)]


def test_coding_the_occasion_an_act_is_dated_by_is_not_its_target():
    code = events_of([{"code": "051", "verb": "praise"}])
    doc = parse("""
        Chile     NNP  nsubj  1
        praised   VBD  ROOT   1  praise
        the       DT   det    3
        plan      NN   dobj   1
        on        IN   prep   1
        the       DT   det    6
        eve       NN   pobj   4
        of        IN   prep   6
        Garrett   NNP  poss   10
        's        POS  case   8
        visit     NN   pobj   7
        .         .    punct  1
    """, actors={0: "CHL", 8: "PERGOV"})
    # the occasion the act is dated by is no side of it
    assert summary(code(doc)) == [(["CHL"], "051", [])]


@pytest.mark.parametrize("particle", ["prep", "prt"])
def test_coding_a_passive_stranding_its_preposition_is_done_to_its_subject(particle):
    """"X was fired on by Y": the preposition's object became the passive's subject, so the
    subject is the target a pattern's "on" phrase names; the parser tags the stranded word
    a preposition or a particle."""
    code = events_of([{"code": "190", "verb": "fire", "prep": ["on"]}])
    doc = parse(f"""
        Ecuadorian  JJ   amod       1
        patrols     NNS  nsubjpass  3  patrol
        were        VBD  auxpass    3  be
        fired       VBN  ROOT       3  fire
        on          IN   {particle:<9}  3
        by          IN   agent      3
        Peruvian    JJ   amod       7
        troops      NNS  pobj       5  troop
        .           .    punct      3
    """, actors={(0, 2): "ECUMIL", (6, 8): "PERMIL"})
    assert summary(code(doc)) == [(["PERMIL"], "190", ["ECUMIL"])]


def test_coding_a_passive_whose_preposition_keeps_its_object_names_no_stranded_target():
    """"Shots were fired on the village by X": the "on" phrase has its own object, which is
    what it names; the passive's subject is no target."""
    code = events_of([{"code": "190", "verb": "fire", "prep": ["on"]}])
    doc = parse("""
        Shots       NNS  nsubjpass  2  shot
        were        VBD  auxpass    2  be
        fired       VBN  ROOT       2  fire
        on          IN   prep       2
        the         DT   det        5
        village     NN   pobj       3
        by          IN   agent      2
        troops      NNS  pobj       6  troop
        .           .    punct      2
    """, actors={7: "PERMIL"})
    assert texts(code(doc)) == [(["troops"], "190", ["village"])]


@pytest.mark.parametrize(("code_", "verb", "form"), [("111", "condemn", "condemned"),
                                                     ("051", "welcome", "welcomed")])
def test_coding_a_stance_toward_an_act_is_aimed_at_the_doer_its_by_phrase_names(code_, verb,
                                                                                form):
    """"condemned the shelling of villages by X", "welcomed the release of prisoners by X":
    a stance toward an act is aimed at the act's doer, named by the act's "by" phrase, not
    at those it was done to."""
    code = events_of([{"code": code_, "verb": verb}])
    doc = parse(f"""
        Ecuador     NNP  nsubj  1
        {form:<11} VBD  ROOT   1  {verb}
        the         DT   det    3
        shelling    NN   dobj   1  shelling
        of          IN   prep   3
        Peruvian    JJ   amod   6
        villages    NNS  pobj   4  village
        by          IN   prep   3
        Colombian   JJ   amod   9
        forces      NNS  pobj   7  force
        .           .    punct  1
    """, actors={0: "ECU", (5, 7): "PERCVL", (8, 10): "COLMIL"})
    assert summary(code(doc)) == [(["ECU"], code_, ["COLMIL"])]


def test_coding_a_stance_toward_an_act_with_no_doer_named_keeps_its_object():
    code = events_of([{"code": "111", "verb": "condemn"}])
    doc = parse("""
        Ecuador     NNP  nsubj  1
        condemned   VBD  ROOT   1  condemn
        the         DT   det    3
        shelling    NN   dobj   1  shelling
        of          IN   prep   3
        Peruvian    JJ   amod   6
        villages    NNS  pobj   4  village
        .           .    punct  1
    """, actors={0: "ECU", (5, 7): "PERCVL"})
    assert summary(code(doc)) == [(["ECU"], "111", ["PERCVL"])]


@pytest.mark.parametrize(("marks", "expected"), [
    (["while"], []),
    (["even", "as"], []),
    (["after"], ["CHL"]),
])
def test_coding_a_clause_of_contrast_names_no_target_for_the_main_clause(code, marks,
                                                                         expected):
    words = "\n".join(f"{w}  IN  {'mark' if i == len(marks) - 1 else 'advmod'}  "
                      f"{4 + len(marks) + 1}" for i, w in enumerate(marks))
    doc = parse(f"""
        Peru       NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        troops     NNS  dobj   1
        ,          ,    punct  1
        {words}
        Chile      NNP  nsubj  {4 + len(marks) + 1}
        waited     VBD  advcl  1  wait
        .          .    punct  1
    """, actors={0: "PER", 4 + len(marks): "CHL"})
    assert summary(code(doc)) == [(["PER"], "154", expected)]


@pytest.mark.parametrize(("adverb", "mark", "targets"), [
    ("even", "as", []),  # a concession: another happening
    ("only", "after", ["Somalia"]),  # what the act follows may be what it answers
])
def test_coding_a_clause_of_concession_names_no_target(code, adverb, mark, targets):
    doc = parse(f"""
        Kenya      NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        ,          ,    punct  1
        {adverb}   RB   advmod 6
        {mark}     IN   mark   6
        doubts     NNS  nsubj  6  doubt
        grew       VBD  advcl  1  grow
        about      IN   prep   6
        Somalia    NNP  pobj   7
        .          .    punct  1
    """, actors={0: "KEN", 8: "SOM"})
    assert texts(code(doc)) == [(["Kenya"], "154", targets)]


@pytest.mark.parametrize(("dep", "expected"), [
    ("parataxis", ["NOR"]),
    ("conj", []),
])
def test_coding_a_warning_set_as_an_aside_is_aimed_at_the_subject_of_its_clause(dep, expected):
    doc = parse(f"""
        Norway    NNP  nsubj  7
        ,         ,    punct  7
        the       DT   det    3
        minister  NN   nsubj  4
        warned    VBD  {dep:9}  7  warn
        ,         ,    punct  7
        could     MD   aux    7
        send      VB   ROOT   7  send
        warships  NNS  dobj   7  warship
        .         .    punct  7
    """, actors={0: "NOR", 3: "SWEGOV"})
    assert summary(events_of([{"code": "130", "verb": "warn"}])(doc)) == \
        [(["SWEGOV"], "130", expected)]


def test_coding_a_complement_clause_of_the_source_itself_is_passed_over_for_the_next_one():
    doc = parse("""
        The       DT   det    1
        minister  NN   nsubj  2
        said      VBD  ccomp  8   say
        prices    NNS  nsubj  4   price
        rose      VBD  ccomp  2   rise
        ,         ,    punct  8
        and       CC   cc     8
        he        PRP  nsubj  8
        doubted   VBD  ROOT   8   doubt
        whether   IN   mark   12
        Tehran    NNP  nsubj  12
        would     MD   aux    12
        yield     VB   ccomp  8   yield
        .         .    punct  8
    """, actors={1: "NLDGOV", 7: "NLDGOV", 10: "IRNGOV"})
    assert summary(events_of([{"code": "012", "verb": "doubt"}])(doc)) == \
        [(["NLDGOV"], "012", ["IRNGOV"])]


PARTNERED = [{"code": "057", "verb": "sign", "object": ["deal"]},
             {"code": "060", "verb": "train", "target": "required"}]


def test_coding_a_with_phrase_the_parser_hangs_on_a_topic_name_is_the_partner():
    doc = parse("""
        Chad      NNP  nsubj  1
        signed    VBD  ROOT   1  sign
        a         DT   det    3
        deal      NN   dobj   1
        on        IN   prep   1
        Libya     NNP  pobj   4
        with      IN   prep   5
        Niger     NNP  pobj   6
        .         .    punct  1
    """, actors={0: "TCD", 5: "LBY", 7: "NER"})
    # a name takes no "with" phrase: the deal is signed with Niger, about Libya
    assert summary(events_of(PARTNERED)(doc)) == [(["TCD"], "057", ["NER"])]


def test_coding_along_with_adds_to_a_name_and_names_no_partner():
    doc = parse("""
        Chad      NNP  nsubj   1
        trained   VBD  ROOT    1  train
        recruits  NNS  dobj    1  recruit
        from      IN   prep    2
        Libya     NNP  pobj    3
        along     RB   advmod  6
        with      IN   prep    4
        Niger     NNP  pobj    6
        .         .    punct   1
    """, actors={0: "TCD", 4: "LBY", 7: "NER"})
    assert summary(events_of(PARTNERED)(doc)) == [(["TCD"], "060", ["LBY"])]


@pytest.mark.parametrize(("cc", "expected"), [
    ("and", []),  # another actor's own act: its actors are its own
    ("but", ["ECU"]),  # set against the act: often the other party's answer to it
])
def test_coding_a_clause_coordinated_with_its_own_actor_subject_names_no_target(cc, expected):
    doc = parse(f"""
        Peru       NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        reserves   NNS  dobj   1  reserve
        ,          ,    punct  1
        {cc:9}  CC   cc     1
        Ecuador    NNP  nsubj  6
        protested  VBD  conj   1  protest
        .          .    punct  1
    """, actors={0: "PER", 5: "ECU"})
    assert summary(events_of([{"code": "154", "verb": "mobilize"}])(doc)) == \
        [(["PER"], "154", expected)]


def test_coding_a_coordinated_clause_with_no_actor_subject_is_still_searched():
    doc = parse("""
        Peru       NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        reserves   NNS  dobj   1  reserve
        and        CC   cc     1
        tensions   NNS  nsubj  5  tension
        rose       VBD  conj   1  rise
        with       IN   prep   5
        Ecuador    NNP  pobj   6
        .          .    punct  1
    """, actors={0: "PER", 7: "ECU"})
    assert summary(events_of([{"code": "154", "verb": "mobilize"}])(doc)) == \
        [(["PER"], "154", ["ECU"])]


def test_coding_a_phrase_owned_by_a_pronoun_is_its_owners_not_a_name_inside_it(code):
    """"condemned X's raid and its seizure of Y's boats": the act is its, whoever "its" is;
    the country named inside the phrase is what was seized, not whom the condemnation is
    aimed at. The words of the noun's own kind still name it ("its Senate motion")."""
    doc = parse("""
        Peru      NNP   nsubj  1
        condemned VBD   ROOT   1  condemn
        Chile     NNP   poss   4
        's        POS   case   2
        raid      NN    dobj   1
        and       CC    cc     4
        its       PRP$  poss   7
        seizure   NN    conj   4
        of        IN    prep   7
        Bolivian  JJ    amod   10
        boats     NNS   pobj   8
        .         .     punct  1
    """, actors={0: "PER", 2: "CHL", 9: "BOL"})
    assert summary(code(doc)) == [(["PER"], "111", ["CHL"])]
    kind = parse("""
        Its       PRP$  poss      2
        Senate    NNP   compound  2
        motion    NN    nsubj     3
        urged     VBD   ROOT      3  urge
        Peru      NNP   dobj      3
        .         .     punct     3
    """, actors={1: "CHLLEG", 4: "PER"})
    assert summary(code(kind)) == [(["CHLLEG"], "020", ["PER"])]  # the noun's own words


def test_coding_an_actor_in_a_relative_clause_of_a_phrase_of_time_is_no_target():
    """"raided six homes after the attack that angered X": what a relative clause says of
    the happening a phrase of time names is that happening's, not whom the raid is aimed
    at."""
    code = events_of([{"code": "175", "verb": "raid"}])
    doc = parse("""
        Chile    NNP  nsubj  1
        raided   VBD  ROOT   1  raid
        six      CD   nummod 3
        homes    NNS  dobj   1  home
        after    IN   prep   1
        the      DT   det    6
        attack   NN   pobj   4
        that     WDT  nsubj  8
        angered  VBD  relcl  6  anger
        Peru     NNP  dobj   8
        .        .    punct  1
    """, actors={0: "CHL", 9: "PER"})
    assert summary(code(doc)) == [(["CHL"], "175", [])]


SUMMON = [{"code": "114", "verb": "summon"}]


@pytest.mark.parametrize(("owner", "expected"), [
    ("", [([None], "114", ["BENGOV"])]),  # a body of no country of its own: another one's
    ("Beninese", [(["BENGOV"], "114", [])]),  # its country in its own words: the same body
])
def test_coding_an_unnamed_body_does_not_act_on_a_named_body_it_took_the_code_of(owner,
                                                                                 expected):
    doc = parse(f"""
        The         DT   det    2
        {owner or 'main'}  JJ   amod   2
        ministry    NN   nsubj  3
        summoned    VBD  ROOT   3  summon
        Benin       NNP  poss   6
        's          POS  case   4
        envoy       NN   dobj   3
        .           .    punct  3
    """, actors={(0, 3): actor("BENGOV", kind="agent"), (4, 7): actor("BENGOV", kind="agent")},
        ents=[(1, 2, "NORP")] if owner else [])
    assert summary(events_of(SUMMON)(doc)) == expected


DISAGREE = [{"code": "110", "verb": "disagree", "target": "required"}]


def test_coding_a_verb_with_no_object_is_aimed_at_whom_its_own_phrase_names():
    doc = parse("""
        Ghana      NNP  nsubj  1
        disagreed  VBD  ROOT   1  disagree
        with       IN   prep   1
        Togo       NNP  pobj   2
        .          .    punct  1
    """, actors={0: "GHA", 3: "TGO"})
    assert summary(events_of(DISAGREE)(doc)) == [(["GHA"], "110", ["TGO"])]


def test_coding_a_name_inside_a_phrase_or_a_partner_in_the_deed_is_not_the_aim():
    doc = parse("""
        Ghana      NNP  nsubj  1
        disagreed  VBD  ROOT   1  disagree
        ,          ,    punct  1
        along      IN   prep   1
        with       IN   prep   3
        Benin      NNP  pobj   4
        ,          ,    punct  1
        at         IN   prep   1
        a          DT   det    9
        meeting    NN   pobj   7
        in         IN   prep   9
        Togo       NNP  pobj   10
        .          .    punct  1
    """, actors={0: "GHA", 5: "BEN", 11: "TGO"})
    assert summary(events_of(DISAGREE)(doc)) == []


def test_coding_whom_a_complaint_is_told_to_is_not_its_aim_when_it_says_what_about():
    doc = parse("""
        Ghana      NNP  nsubj  1
        disagreed  VBD  ROOT   1  disagree
        to         IN   prep   1
        Togo       NNP  pobj   2
        about      IN   prep   1
        tariffs    NNS  pobj   4  tariff
        .          .    punct  1
    """, actors={0: "GHA", 3: "TGO"})
    assert summary(events_of(DISAGREE)(doc)) == []


def test_coding_people_of_another_side_than_the_actor_their_phrase_names_are_not_it(code):
    doc = parse("""
        Chile      NNP  poss   2
        's         POS  case   0
        critics    NNS  nsubj  3  critic
        condemned  VBD  ROOT   3  condemn
        Peru       NNP  dobj   3
        .          .    punct  3
    """, actors={0: "CHL", 4: "PER"})
    assert texts(code(doc)) == [(["Chile's critics"], "111", ["Peru"])]
    assert summary(code(doc)) == [([None], "111", ["PER"])]
