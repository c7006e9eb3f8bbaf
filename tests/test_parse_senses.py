"""Verb senses of the packaged patterns, and those that make no event, on hand-built parses
(no model). Sentences are made up for these tests."""

from __future__ import annotations

import json

import pytest
from parses import actor, blank, parse, summary

from communique.nlp.coding import EventCoder


@pytest.fixture(scope="module")
def code():
    coder = EventCoder(blank())
    return lambda doc: summary(coder(doc)._.events)


def test_meeting_a_target_is_no_meeting(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        met      VBD  ROOT   1  meet
        its      PRP$ poss   3
        target   NN   dobj   1
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []
    doc = parse("""
        Peru     NNP  nsubj  1
        met      VBD  ROOT   1  meet
        Chile    NNP  dobj   1
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "040", ["CHL"])]


def test_coming_to_an_end_is_no_meeting(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        came     VBD  ROOT   1  come
        to       IN   prep   1
        an       DT   det    4
        end      NN   pobj   2
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []


def test_taking_a_plan_to_someone_is_no_protest(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        took     VBD  ROOT   1  take
        the      DT   det    3
        plan     NN   dobj   1
        to       IN   prep   1
        Chile    NNP  pobj   4
        .        .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == []


def test_considering_someone_as_something_is_a_judgement(code):
    doc = parse("""
        Peru      NNP  nsubj  1
        considers VBZ  ROOT   1  consider
        Chile     NNP  dobj   1
        as        IN   prep   1
        a         DT   det    5
        rival     NN   pobj   3
        .         .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == []


def test_considering_people_something_is_a_judgement(code):
    doc = parse("""
        Peru        NNP  nsubj  1
        considers   VBZ  ROOT   1  consider
        the         DT   det    3
        casualties  NNS  dobj   1  casualty
        as          IN   prep   3
        a           DT   det    6
        loss        NN   pobj   4
        .           .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []
    doc = parse("""
        Peru       NNP  nsubj  1
        considers  VBZ  ROOT   1  consider
        a          DT   det    3
        proposal   NN   dobj   1
        .          .    punct  1
    """, actors={0: "PER"})
    assert [cameo for _, cameo, _ in code(doc)] == ["014"]


def user_coder(tmp_path, *records):
    """A coder with the user's own patterns (`records`) before the packaged ones."""
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    coder = EventCoder(blank(), [str(path)])
    return lambda doc: summary(coder(doc)._.events)


def test_overseeing_a_collapse_is_no_cooperation(tmp_path):
    # a user's bare "oversee" as cooperation yields to the packaged sense of a state of affairs
    code = user_coder(tmp_path, {"code": "060", "verb": "oversee", "target": "required"})
    table = """
        Peru      NNP  nsubj  1
        oversaw   VBD  ROOT   1  oversee
        the       DT   det    3
        {noun}  NN   dobj   1
        of        IN   prep   3
        Chile     NNP  pobj   4
        .         .    punct  1
    """
    def coded(noun):
        doc = parse(table.format(noun=noun), actors={0: "PER", 5: "CHL"}, ents=[(5, 6, "GPE")])
        return code(doc)
    assert coded("collapse") == []
    assert coded("withdrawal") == [(["PER"], "060", ["CHL"])]


def test_stepping_up_involvement_is_no_force_posture(code):
    doc = parse("""
        troops       NNS  nsubj  1  troop
        stepped      VBD  ROOT   1  step
        up           RP   prt    1
        involvement  NN   dobj   1
        .            .    punct  1
    """, actors={0: "PERMIL"})
    assert code(doc) == []


def test_warning_ships_of_a_danger_is_no_threat(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        ships    NNS  dobj   1  ship
        about    IN   prep   1
        attacks  NNS  pobj   3  attack
        by       IN   prep   4
        Chile    NNP  pobj   5
        .        .    punct  1
    """, actors={0: "PER", 6: "CHL"})
    assert code(doc) == []


def test_what_a_construction_of_no_event_asks_is_no_event_either(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        ships    NNS  dobj   1  ship
        to       TO   aux    4
        watch    VB   xcomp  1
        for      IN   prep   4
        strikes  NNS  pobj   5  strike
        by       IN   prep   6
        Chile    NNP  pobj   7
        .        .    punct  1
    """, actors={0: "PER", 8: "CHL"})
    assert code(doc) == []


def test_a_phrase_on_the_named_object_fits_the_patterns_phrase(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        issued     VBD  ROOT   1  issue
        a          DT   det    3
        call       NN   dobj   1
        for        IN   prep   3
        a          DT   det    6
        ceasefire  NN   pobj   4
        .          .    punct  1
    """, actors={0: "PER"})
    assert [cameo for _, cameo, _ in code(doc)] == ["0256"]


def test_issuing_a_warning_to_ships_is_no_threat(code):
    table = """
        Peru     NNP  nsubj  1
        issued   VBD  ROOT   1  issue
        a        DT   det    3
        warning  NN   dobj   1
        to       IN   prep   3
        {addressee}  NNS  pobj   4  {lemma}
        .        .    punct  1
    """
    doc = parse(table.format(addressee="ships", lemma="ship"), actors={0: "PER"})
    assert code(doc) == []
    doc = parse(table.format(addressee="Chileans", lemma="chilean"), actors={0: "PER", 5: "CHL"})
    assert [cameo for _, cameo, _ in code(doc)] == ["130"]


def test_capturing_a_moment_is_no_seizure(code):
    doc = parse("""
        Peru      NNP  nsubj  1
        captured  VBD  ROOT   1  capture
        the       DT   det    3
        moment    NN   dobj   1
        .         .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []
    doc = parse("""
        Peru      NNP  nsubj  1
        captured  VBD  ROOT   1  capture
        the       DT   det    3
        town      NN   dobj   1
        .         .    punct  1
    """, actors={0: "PER"})
    assert [cameo for _, cameo, _ in code(doc)] == ["192"]


def test_infiltrating_an_armed_post_is_an_attack_on_whose_post_it_is(code):
    doc = parse("""
        rebels       NNS  nsubj     1  rebel
        infiltrated  VBD  ROOT      1  infiltrate
        a            DT   det       5
        Chilean      JJ   amod      4
        army         NN   compound  5
        base         NN   dobj      1
        .            .    punct     1
    """, actors={0: "PERREB", (3, 5): "CHLMIL"})
    assert code(doc) == [(["PERREB"], "190", ["CHLMIL"])]
    doc = parse("""
        rebels       NNS  nsubj     1  rebel
        infiltrated  VBD  ROOT      1  infiltrate
        the          DT   det       3
        market       NN   dobj      1
        .            .    punct     1
    """, actors={0: "PERREB"})
    assert code(doc) == []


def test_questioning_a_move_is_disapproval_and_questioning_people_is_not(code):
    doc = parse("""
        Peru        NNP  nsubj  1
        questioned  VBD  ROOT   1  question
        the         DT   det    4
        Chilean     JJ   amod   4
        buildup     NN   dobj   1
        .           .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(doc) == [(["PER"], "110", ["CHL"])]
    doc = parse("""
        police      NNS  nsubj  1  police
        questioned  VBD  ROOT   1  question
        two         CD   nummod 3
        suspects    NNS  dobj   1  suspect
        .           .    punct  1
    """, actors={0: "PERCOP"})
    assert code(doc) == [(["PERCOP"], "091", [None])]  # the suspects, named but not coded


def test_vowing_to_fight_an_ill_is_no_threat_and_fighting_rebels_is(code):
    doc = parse("""
        Peru        NNP  nsubj  1
        vowed       VBD  ROOT   1  vow
        to          TO   aux    3
        fight       VB   xcomp  1  fight
        poverty     NN   dobj   3
        .           .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []
    doc = parse("""
        Peru        NNP  nsubj  1
        vowed       VBD  ROOT   1  vow
        to          TO   aux    3
        fight       VB   xcomp  1  fight
        Chilean     JJ   amod   5
        rebels      NNS  dobj   3  rebel
        .           .    punct  1
    """, actors={0: "PER", (4, 6): "CHLREB"})
    assert code(doc) == [(["PER"], "138", ["CHLREB"])]


def test_vowing_to_strike_a_deal_is_no_threat(code):
    doc = parse("""
        Peru        NNP  nsubj  1
        vowed       VBD  ROOT   1  vow
        to          TO   aux    3
        strike      VB   xcomp  1  strike
        a           DT   det    5
        deal        NN   dobj   3
        with        IN   prep   3
        Chile       NNP  pobj   6
        .           .    punct  1
    """, actors={0: "PER", 7: "CHL"})
    assert [cameo for _, cameo, _ in code(doc)] == ["030"]


def test_defeating_a_rival_person_is_no_force_and_defeating_a_force_is(code):
    doc = parse("""
        Perez       NNP  nsubj  1
        defeated    VBD  ROOT   1  defeat
        Gomez       NNP  dobj   1
        .           .    punct  1
    """, actors={0: actor("PERGOV", "Perez", "person"), 2: actor("PERGOV", "Gomez", "person")})
    assert code(doc) == []
    doc = parse("""
        Peru        NNP  nsubj  1
        defeated    VBD  ROOT   1  defeat
        Chilean     JJ   amod   3
        rebels      NNS  dobj   1  rebel
        .           .    punct  1
    """, actors={0: "PER", (2, 4): "CHLREB"})
    assert code(doc) == [(["PER"], "190", ["CHLREB"])]


def test_failing_to_persuade_is_no_refusal(code, tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"code": "050", "verb": "persuade", "target": "required"}),
                    encoding="utf-8")
    coder = EventCoder(blank(), [str(path)])
    doc = parse("""
        Peru        NNP  nsubj  1
        failed      VBD  ROOT   1  fail
        to          TO   aux    3
        persuade    VB   xcomp  1  persuade
        Chile       NNP  dobj   3
        .           .    punct  1
    """, actors={0: "PER", 4: "CHL"})
    events = coder(doc)._.events
    assert summary(events) == [(["PER"], "050", ["CHL"])]  # the persuasion, negated
    assert [e.negated for e in events] == [True]
    doc = parse("""
        Peru        NNP  nsubj  1
        refused     VBD  ROOT   1  refuse
        to          TO   aux    3
        meet        VB   xcomp  1  meet
        Chile       NNP  dobj   3
        .           .    punct  1
    """, actors={0: "PER", 4: "CHL"})
    assert code(doc) == [(["PER"], "125", ["CHL"])]


def test_speaking_to_reporters_or_on_condition_of_anonymity_is_no_meeting(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        spoke      VBD  ROOT   1  speak
        to         IN   prep   1
        reporters  NNS  pobj   2  reporter
        .          .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []
    doc = parse("""
        Peru       NNP  nsubj  1
        spoke      VBD  ROOT   1  speak
        to         IN   prep   1
        Chile      NNP  pobj   2
        on         IN   prep   1
        condition  NN   pobj   4
        of         IN   prep   5
        anonymity  NN   pobj   6
        .          .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(doc) == []
    doc = parse("""
        Peru       NNP  nsubj  1
        spoke      VBD  ROOT   1  speak
        to         IN   prep   1
        Chile      NNP  pobj   2
        .          .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(doc) == [(["PER"], "040", ["CHL"])]


@pytest.mark.parametrize(("thing", "lemma", "expected"), [
    ("generators", "generator", [(["PER"], "070", ["CHL"])]),
    ("way", "way", []),  # "gave way to": no giving of a thing
    ("speech", "speech", []),  # a communication is no aid
    ("accounts", "account", []),  # nor is what is told or reckoned
    ("estimates", "estimate", []),
])
def test_giving_a_thing_to_an_actor_is_aid(code, thing, lemma, expected):
    doc = parse(f"""
        Peru     NNP  nsubj  1
        gave     VBD  ROOT   1  give
        {thing}  NN   dobj   1  {lemma}
        to       IN   dative 1
        Chile    NNP  pobj   3
        .        .    punct  1
    """, actors={0: "PER", 4: "CHL"})
    assert code(doc) == expected


@pytest.mark.parametrize("head", [4, 1])
def test_a_sum_received_in_aid_is_aid_from_the_giver(code, head):
    # the parser hangs the sum's "in" phrase on the sum or on the verb right after it; a sum
    # of money in aid is economic aid (071)
    doc = parse(f"""
        Chile     NNP  nsubj     1
        received  VBD  ROOT      1  receive
        $         $    quantmod  4
        40        CD   compound  4
        million   CD   dobj      1
        in        IN   prep      {head}
        aid       NN   pobj      5
        from      IN   prep      1
        Peru      NNP  pobj      7
        .         .    punct     1
    """, actors={0: "CHL", 8: "PER"}, ents=[(2, 5, "MONEY")])
    assert code(doc) == [(["PER"], "071", ["CHL"])]


@pytest.mark.parametrize(("prep", "expected"), [
    ("on", []),  # taking up a chance or a remark: nothing is seized
    ("in", [(["PER"], "171", ["CHL"])]),
])
def test_seizing_on_something_is_no_seizure(code, prep, expected):
    doc = parse(f"""
        Peru      NNP  nsubj  1
        seized    VBD  ROOT   1  seize
        {prep:<9} IN   prep   1
        the       DT   det    4
        remarks   NNS  pobj   2  remark
        of        IN   prep   4
        Chile     NNP  pobj   5
        .         .    punct  1
    """, actors={0: "PER", 6: "CHL"})
    assert code(doc) == expected
    # a seizure told with its day keeps its code
    doc = parse("""
        Peru      NNP  nsubj  1
        seized    VBD  ROOT   1  seize
        Chile     NNP  dobj   1
        on        IN   prep   1
        Monday    NNP  pobj   3
        .         .    punct  1
    """, actors={0: "PER", 2: "CHL"}, ents=[(4, 5, "DATE")])
    assert code(doc) == [(["PER"], "171", ["CHL"])]


def test_a_plan_that_meets_criticism_undergoes_it(code):
    doc = parse("""
        Peru       NNP  poss   2
        's         POS  case   0
        plan       NN   nsubj  3
        met        VBD  ROOT   3  meet
        sharp      JJ   amod   5
        criticism  NN   dobj   3
        from       IN   prep   5
        Chile      NNP  pobj   6
        .          .    punct  3
    """, actors={0: "PER", 7: "CHL"})
    assert code(doc) == [(["CHL"], "111", ["PER"])]
    doc = parse("""
        The        DT   det    1
        plan       NN   nsubj  2
        met        VBD  ROOT   2  meet
        with       IN   prep   2
        resistance NN   pobj   3
        from       IN   prep   4
        Chile      NNP  pobj   5
        .          .    punct  2
    """, actors={6: "CHL"})
    assert code(doc) == []


def test_serving_in_a_post_is_no_cooperation(code):
    doc = parse("""
        Peru           NNP  nsubj  1
        served         VBD  ROOT   1  serve
        in             IN   prep   1
        the            DT   det    4
        administration NN   pobj   2
        of             IN   prep   4
        Chile          NNP  pobj   5
        .              .    punct  1
    """, actors={0: "PER", 6: "CHL"})
    assert code(doc) == []


def test_issuing_a_memorandum_is_no_agreement(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        issued     VBD  ROOT   1  issue
        a          DT   det    3
        memorandum NN   dobj   1
        with       IN   prep   3
        Chile      NNP  pobj   4
        .          .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == []


def test_looking_ahead_is_no_event(code):
    doc = parse("""
        Peru     NNP  nsubj  2
        was      VBD  aux    2  be
        looking  VBG  ROOT   2  look
        ahead    RB   advmod 2
        to       IN   prep   2
        the      DT   det    6
        summit   NN   pobj   4
        with     IN   prep   6
        Chile    NNP  pobj   7
        .        .    punct  2
    """, actors={0: "PER", 8: "CHL"})
    assert code(doc) == []


def test_taking_over_with_no_ground_taken_is_no_occupation(code):
    doc = parse("""
        Lopez    NNP  nsubj  1
        took     VBD  ROOT   1  take
        over     RP   prt    1
        from     IN   prep   1
        Chile    NNP  pobj   3
        .        .    punct  1
    """, actors={0: "PER", 4: "CHL"})
    assert code(doc) == []


def test_offering_an_assessment_is_a_statement(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        offered    VBD  ROOT   1  offer
        an         DT   det    3
        assessment NN   dobj   1
        of         IN   prep   3
        Chile      NNP  pobj   4
        .          .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "010", ["CHL"])]


def test_releasing_details_is_a_statement_and_releasing_intelligence_is_sharing(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        released VBD  ROOT   1  release
        details  NNS  dobj   1  detail
        of       IN   prep   2
        the      DT   det    5
        plan     NN   pobj   3
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == [(["PER"], "010", [])]
    doc = parse("""
        Peru         NNP  nsubj  1
        released     VBD  ROOT   1  release
        intelligence NN   dobj   1
        to           IN   prep   1
        Chile        NNP  pobj   3
        .            .    punct  1
    """, actors={0: "PER", 4: "CHL"})
    assert code(doc) == [(["PER"], "064", ["CHL"])]


def test_a_joint_news_conference_with_someone_is_a_meeting(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        held       VBD  ROOT   1  hold
        a          DT   det    5
        joint      JJ   amod   5
        news       NN   compound 5
        conference NN   dobj   1
        with       IN   prep   5
        Chile      NNP  pobj   6
        .          .    punct  1
    """, actors={0: "PER", 7: "CHL"})
    assert code(doc) == [(["PER"], "040", ["CHL"])]


def test_declining_to_identify_is_declining_comment(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        declined VBD  ROOT   1  decline
        to       TO   aux    3
        identify VB   xcomp  1
        the      DT   det    5
        suspects NNS  dobj   3  suspect
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == [(["PER"], "011", [])]  # whom it will not name is a topic


def test_calling_for_a_leader_to_resign_is_a_demand_for_a_change_in_leadership(code):
    doc = parse("""
        Peru      NNP  nsubj     1
        called    VBD  ROOT      1  call
        for       IN   mark      7
        the       DT   det       5
        Chilean   JJ   amod      5
        president NN   nsubj     7
        to        TO   aux       7
        resign    VB   advcl     1
        .         .    punct     1
    """, actors={0: "PER", 5: "CHLGOV"})
    assert code(doc) == [(["PER"], "1041", ["CHLGOV"])]


def test_should_have_done_is_a_reproach_and_should_do_an_appeal(code):
    words = """
        Peru     NNP  nsubj  1
        said     VBD  ROOT   1  say
        Chile    NNP  nsubj  {verb}
        should   MD   aux    {verb}
    """
    doc = parse(words.format(verb=5) + """
        have     VB   aux    5
        warned   VBN  ccomp  1  warn
        Bolivia  NNP  dobj   5
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL", 6: "BOL"})
    assert code(doc) == [(["PER"], "111", ["CHL"])]
    doc = parse(words.format(verb=4) + """
        warn     VB   ccomp  1
        Bolivia  NNP  dobj   4
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL", 5: "BOL"})
    assert code(doc) == [(["PER"], "020", ["CHL"])]


def test_warning_that_something_raises_a_risk_is_no_threat(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        Chile    NNP  poss   4
        's       POS  case   2
        move     NN   nsubj  5
        raises   VBZ  ccomp  1  raise
        the      DT   det    7
        risk     NN   dobj   5
        of       IN   prep   7
        war      NN   pobj   8
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "110", ["CHL"])]
    doc = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        Chile    NNP  nsubj  4
        would    MD   aux    4
        pay      VB   ccomp  1
        a        DT   det    6
        price    NN   dobj   4
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "130", ["CHL"])]



def test_a_verb_of_fulfilling_gives_what_its_with_phrase_names(code):
    # "supplied X with arms" is "supplied arms to X": X receives, arms are what is given
    doc = parse("""
        Peru     NNP  nsubj  1
        supplied VBD  ROOT   1  supply
        Chile    NNP  dobj   1
        with     IN   prep   1
        missiles NNS  pobj   3  missile
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "072", ["CHL"])]
    doc = parse("""
        Peru     NNP  nsubj  1
        supplied VBD  ROOT   1  supply
        Chile    NNP  dobj   1
        with     IN   prep   1
        food     NN   pobj   3
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "073", ["CHL"])]


def test_only_verbs_of_fulfilling_give_what_with_names(code):
    # "met Chile with missiles": the phrase is no gift of missiles
    doc = parse("""
        Peru     NNP  nsubj  1
        met      VBD  ROOT   1  meet
        Chile    NNP  dobj   1
        with     IN   prep   1
        missiles NNS  pobj   3  missile
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "040", ["CHL"])]


def test_a_verb_of_causing_makes_others_do_its_event_noun(code):
    # "the decision sparked protests": the protesters are not the decision's author
    doc = parse("""
        Chilean   JJ   amod   1
        ruling    NN   nsubj  2
        sparked   VBD  ROOT   2  spark
        protests  NNS  dobj   2  protest
        .         .    punct  2
    """, actors={0: "CHL"})
    assert code(doc) == []


def test_event_noun_by_phrase_on_its_of_object_names_the_doer(code):
    # the parser hangs "by" on the people arrested; it says who arrested them
    table = """
        Arrest    NN   nsubj  6  arrest
        of        IN   prep   0
        {object}  NNS  pobj   1  {lemma}
        by        IN   prep   2
        Chilean   JJ   amod   5
        police    NN   pobj   3
        angered   VBD  ROOT   6  anger
        Peru      NNP  dobj   6
    """
    doc = parse(table.format(object="students", lemma="student"),
                actors={(4, 6): "CHLCOP"})
    assert code(doc) == [(["CHLCOP"], "173", [])]
    # "condemnation of the raid by X": X raided, it did not condemn
    doc = parse(table.replace("Arrest    NN   nsubj  6  arrest",
                              "Condemnation NN nsubj 6 condemnation").format(
        object="raids", lemma="raid"), actors={(4, 6): "CHLCOP"})
    assert code(doc) == []


def test_an_actor_as_object_is_warned_before_what_it_is_warned_against(code):
    table = """
        Peru       NNP  nsubj  1
        warned     VBD  ROOT   1  warn
        Chile      NNP  dobj   1
        against    IN   prep   1
        attacking  VBG  pcomp  3  attack
        Bolivian   JJ   amod   6
        troops     NNS  dobj   4  troop
        .          .    punct  1
    """
    assert code(parse(table, actors={0: "PER", 2: "CHL", (5, 7): "BOLMIL"})) == [
        (["PER"], "130", ["CHL"])]
    # "discussed X with Y": X is the topic, Y whom it is discussed with
    doc = parse("""
        Peru       NNP  nsubj  1
        discussed  VBD  ROOT   1  discuss
        Chile      NNP  dobj   1
        with       IN   prep   1
        Bolivia    NNP  pobj   3
        .          .    punct  1
    """, actors={0: "PER", 2: "CHL", 4: "BOL"})
    assert code(doc) == [(["PER"], "046", ["BOL"])]


def test_forces_leaving_a_country_withdraw_from_it(code):
    doc = parse("""
        Troops   NNS  nsubj  1  troop
        left     VBD  ROOT   1  leave
        Bolivia  NNP  dobj   1
        .        .    punct  1
    """, actors={0: "CHLMIL", 2: "BOL"})
    assert code(doc) == [(["CHLMIL"], "0874", ["BOL"])]
    doc = parse("""
        Envoys   NNS  nsubj  1  envoy
        left     VBD  ROOT   1  leave
        Bolivia  NNP  dobj   1
        .        .    punct  1
    """, actors={0: "CHLGOV", 2: "BOL"})
    assert code(doc) == []



def test_sending_a_platoon_into_a_country_is_an_invasion(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        sent     VBD  ROOT   1  send
        a        DT   det    3
        platoon  NN   dobj   1
        into     IN   prep   1
        Chile    NNP  pobj   4
        .        .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "192", ["CHL"])]


def test_declining_to_say_names_a_topic_not_a_target(code):
    doc = parse("""
        Peru         NNP  nsubj  1
        declined     VBD  ROOT   1  decline
        to           TO   aux    3
        say          VB   xcomp  1
        if           IN   mark   6
        Chile        NNP  nsubj  6
        was          VBD  ccomp  3  be
        responsible  JJ   acomp  6
        .            .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "011", [])]


def test_mentioning_an_attack_names_a_topic_not_an_attack(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        mentioned  VBD  ROOT   1  mention
        the        DT   det    3
        attacks    NNS  dobj   1  attack
        .          .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []


def test_an_invitation_for_talks_is_an_offer_to_meet(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        invited  VBD  ROOT   1  invite
        Chile    NNP  dobj   1
        for      IN   prep   1
        talks    NNS  pobj   3  talk
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "036", ["CHL"])]


def test_demonstrating_something_is_no_protest(code):
    """A verb of street protest with an object or a clause shows something."""
    showing = parse("""
        Peru         NNP  nsubj  1
        demonstrated VBD  ROOT   1  demonstrate
        its          PRP$ poss   3
        resolve      NN   dobj   1
        .            .    punct  1
    """, actors={0: "PER"})
    assert code(showing) == []
    telling = parse("""
        Peru         NNP  nsubj  1
        demonstrated VBD  ROOT   1  demonstrate
        that         IN   mark   5
        Chile        NNP  nsubj  5
        had          VBD  aux    5  have
        lied         VBN  ccomp  1  lie
        .            .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert all(c[:2] != "14" for _, c, _ in code(telling))
    protest = parse("""
        Students     NNS  nsubj  1  student
        demonstrated VBD  ROOT   1  demonstrate
        against      IN   prep   1
        Chile        NNP  pobj   2
        .            .    punct  1
    """, actors={0: actor("PERCVL", "Students", kind="agent"), 3: "CHL"})
    assert code(protest) == [(["PERCVL"], "141", ["CHL"])]


def test_taking_to_the_airwaves_is_no_protest(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        took     VBD  ROOT   1  take
        to       IN   prep   1
        the      DT   det    4
        airwaves NNS  pobj   2  airwave
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []


def test_asking_a_question_is_no_appeal(code):
    question = parse("""
        Chile    NNP  nsubj  1
        asked    VBD  ROOT   1  ask
        Peru     NNP  dobj   1
        what     WP   attr   6
        its      PRP$ poss   5
        plan     NN   nsubj  6
        was      VBD  ccomp  1  be
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(question) == []
    whether = parse("""
        Chile    NNP  nsubj  1
        asked    VBD  ROOT   1  ask
        Peru     NNP  dobj   1
        whether  IN   mark   5
        it       PRP  nsubj  5
        stayed   VBD  ccomp  1  stay
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(whether) == []


def test_warning_of_what_may_happen_is_no_threat(code):
    """A warning that something might happen foresees a danger (110); one that the other side
    could face consequences threatens them (130)."""
    danger = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        that     IN   mark   5
        Chile    NNP  nsubj  5
        might    MD   aux    5
        attack   VB   ccomp  1
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert [c for _, c, _ in code(danger)] == ["110"]
    threat = parse("""
        Peru     NNP  nsubj  1
        warned   VBD  ROOT   1  warn
        that     IN   mark   5
        Chile    NNP  nsubj  5
        could    MD   aux    5
        face     VB   ccomp  1
        consequences NNS dobj 5  consequence
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert [c for _, c, _ in code(threat)] == ["130"]


@pytest.mark.parametrize(("word", "lemma"), [("videos", "video"), ("pictures", "picture")])
def test_releasing_a_video_is_no_return_of_anything(code, word, lemma):
    doc = parse(f"""
        Peru     NNP  nsubj  1
        released VBD  ROOT   1  release
        two      CD   nummod 3
        {word}   NNS  dobj   1  {lemma}
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == []


def test_a_great_deal_of_something_is_no_deal(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        has        VBZ  ROOT   1  have
        a          DT   det    4
        great      JJ   amod   4
        deal       NN   dobj   1
        of         IN   prep   4
        influence  NN   pobj   5
        in         IN   prep   1
        Chile      NNP  pobj   7
        .          .    punct  1
    """, actors={0: "PER", 8: "CHL"})
    assert code(doc) == []


def test_a_passive_keeps_the_object_that_names_the_sense(code):
    """"X was denied a visa by Y": the visa names the refusal (120), X is its target."""
    doc = parse("""
        Chile    NNP  nsubjpass  2
        was      VBD  auxpass    2  be
        denied   VBN  ROOT       2  deny
        a        DT   det        4
        visa     NN   dobj       2
        by       IN   agent      2
        Peru     NNP  pobj       5
        .        .    punct      2
    """, actors={0: "CHL", 6: "PER"})
    assert code(doc) == [(["PER"], "120", ["CHL"])]


def test_considering_something_a_thing_is_a_judgement_not_an_option_weighed(code):
    judging = parse("""
        Peru      NNP  nsubj  1
        considers VBZ  ROOT   1  consider
        the       DT   det    3
        deal      NN   nsubj  5
        a         DT   det    5
        disaster  NN   ccomp  1
        .         .    punct  1
    """, actors={0: "PER"})
    assert code(judging) == []


def test_attacking_someones_role_is_no_force(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        attacked VBD  ROOT   1  attack
        Chile    NNP  poss   4
        's       POS  case   2
        role     NN   dobj   1
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert [c for _, c, _ in code(doc) if c[:2] in {"18", "19", "20"}] == []


def test_charging_that_something_happened_is_an_accusation(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        charged  VBD  ROOT   1  charge
        that     IN   mark   5
        Chile    NNP  nsubj  5
        had      VBD  aux    5  have
        lied     VBN  ccomp  1  lie
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert [c[:3] for _, c, _ in code(doc)] == ["112"]


def test_firing_a_person_is_a_dismissal_not_force(code):
    """Whatever phrase follows ("on social media"); firing on people or firing a weapon is force."""
    dismissal = parse("""
        Peru     NNP  nsubj  1
        fired    VBD  ROOT   1  fire
        Jane     NNP  compound  3
        Doe      NNP  dobj   1
        on       IN   prep   1
        Twitter  NNP  pobj   4
        .        .    punct  1
    """, actors={0: "PER"}, ents=[(2, 4, "PERSON")])
    assert [c for _, c, _ in code(dismissal) if c[:2] in {"18", "19", "20"}] == []
    force = parse("""
        Peru     NNP  nsubj  1
        fired    VBD  ROOT   1  fire
        on       IN   prep   1
        Chile    NNP  pobj   2
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(force) == [(["PER"], "190", ["CHL"])]


def test_learning_that_something_happened_is_no_consultation(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        learned  VBD  ROOT   1  learn
        that     IN   mark   5
        Chile    NNP  nsubj  5
        had      VBD  aux    5  have
        closed   VBN  ccomp  1  close
        its      PRP$ poss   7
        embassy  NN   dobj   5
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert [e for e in code(doc) if e[1] == "040"] == []
    doc = parse("""
        Peru     NNP  nsubj  1
        learned  VBD  ROOT   1  learn
        from     IN   prep   1
        Chile    NNP  pobj   2
        .        .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(doc) == [(["PER"], "040", ["CHL"])]


def test_speculating_or_finding_out_that_something_happened_is_no_consultation(code):
    for verb, lemma, particle in (("speculated", "speculate", None), ("found", "find", "out")):
        rows = ["Peru NNP nsubj 1", f"{verb} VBD ROOT 1 {lemma}"]
        if particle:
            rows.append(f"{particle} RP prt 1")
        k = len(rows)
        rows += [f"that IN mark {k + 3}", f"Chile NNP nsubj {k + 3}", f"had VBD aux {k + 3} have",
                 "closed VBN ccomp 1 close", f"its PRP$ poss {k + 5}",
                 f"embassy NN dobj {k + 3}", ". . punct 1"]
        doc = parse("\n".join(rows), actors={0: "PER", k + 1: "CHL"})
        assert [e for e in code(doc) if e[1] == "040"] == []


def test_a_resignation_is_a_yield_only_by_a_head_of_government(code):
    table = """
        The       DT   det    2
        Peruvian  JJ   amod   2
        {head}
        resigned  VBD  ROOT   3  resign
        .         .    punct  3
    """
    doc = parse(table.format(head="president NN nsubj 3"), actors={2: "PERGOV"})
    assert code(doc) == [(["PERGOV"], "0831", [])]  # gives up power
    doc = parse(table.format(head="adviser NN nsubj 3"), actors={2: "PERGOV"})
    assert code(doc) == []  # leaves a post: a change of staff
    doc = parse("""
        Alvarez   NNP  nsubj  1
        resigned  VBD  ROOT   1  resign
        as        IN   prep   1
        president NN   pobj   2
        .         .    punct  1
    """, actors={0: "PERGOV"})
    assert [e[1] for e in code(doc)] == ["0831"]


def test_stepping_down_is_a_yield_only_by_a_head_of_government(code):
    table = """
        The       DT   det    1
        {head}
        stepped   VBD  ROOT   2  step
        down      RP   prt    2
        .         .    punct  2
    """
    doc = parse(table.format(head="president NN nsubj 2"), actors={1: "PERGOV"})
    assert code(doc) == [(["PERGOV"], "0831", [])]
    doc = parse(table.format(head="adviser NN nsubj 2"), actors={1: "PERGOV"})
    assert code(doc) == []


def test_a_military_operation_is_not_a_joint_one(code):
    """A dictionary phrase that fixes a word beside a synonym set ("joint" + military
    operation) needs that word: launching a military operation against X is force."""
    doc = parse("""
        Peru       NNP  nsubj  1
        launched   VBD  ROOT   1  launch
        a          DT   det    4
        military   JJ   amod   4
        operation  NN   dobj   1
        against    IN   prep   4
        Chile      NNP  pobj   5
        .          .    punct  1
    """, actors={0: "PER", 6: "CHL"})
    assert code(doc) == [(["PER"], "190", ["CHL"])]


def test_a_pattern_that_names_a_preposition_needs_its_phrase(code):
    """Exercises "with" a partner are joint (062); held near a party they are a show of
    force (150). Partners coordinated as the subject say what a "with" phrase says."""
    near = parse("""
        Peru       NNP  nsubj  1
        held       VBD  ROOT   1  hold
        military   JJ   amod   3
        exercises  NNS  dobj   1  exercise
        near       IN   prep   1
        Chile      NNP  pobj   4
        .          .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(near) == [(["PER"], "150", ["CHL"])]
    together = parse("""
        Peru       NNP  nsubj  3
        and        CC   cc     0
        Chile      NNP  conj   0
        held       VBD  ROOT   3  hold
        military   JJ   amod   5
        exercises  NNS  dobj   3  exercise
        .          .    punct  3
    """, actors={0: "PER", 2: "CHL"})
    assert "062" in {c for _, c, _ in code(together)}


def test_coding_exercises_two_sides_launch_are_cooperation_between_them(code):
    """PLOVER: joint military operations are cooperation, one country's exercises a posture.
    Launched by two sides near a third, the exercise is 062 between the two, both ways; by
    one side it stays a show of force aimed at the third."""
    table = """
        {subject}
        launched   VBD  ROOT   {verb}  launch
        naval      JJ   amod   {obj}
        drills     NNS  dobj   {verb}  drill
        near       IN   prep   {verb}
        Chile      NNP  pobj   {near}
        .          .    punct  {verb}
    """
    two = parse(table.format(subject="Peru NNP nsubj 3\n and CC cc 0\n Bolivia NNP conj 0",
                             verb=3, obj=5, near=6), actors={0: "PER", 2: "BOL", 7: "CHL"})
    assert sorted(code(two)) == [(["BOL"], "062", ["PER"]), (["PER"], "062", ["BOL"]),
                                 (["PER", "BOL"], "062", [])]
    one = parse(table.format(subject="Peru NNP nsubj 1", verb=1, obj=3, near=4),
                actors={0: "PER", 5: "CHL"})
    assert code(one) == [(["PER"], "150", ["CHL"])]


def test_a_passive_agent_hung_on_the_phrase_before_it_is_the_agent(code):
    """The parser may hang "by Y" on the noun of the verb's "with" phrase; a passive verb
    with no agent of its own takes it: Y threatens."""
    doc = parse("""
        Peru        NNP  nsubjpass  2
        was         VBD  auxpass    2
        threatened  VBN  ROOT       2  threaten
        with        IN   prep       2
        sanctions   NNS  pobj       3  sanction
        by          IN   prep       4
        Chile       NNP  pobj       5
        .           .    punct      2
    """, actors={0: "PER", 6: "CHL"})
    assert [(s, c[:2], t) for s, c, t in code(doc)] == [(["CHL"], "13", ["PER"])]


def test_the_forces_a_mobilisation_moves_are_not_its_target(code):
    """The troops mobilised are the source's own: the target is the party the phrase names."""
    doc = parse("""
        Peru       NNP  nsubj  1
        mobilized  VBD  ROOT   1  mobilize
        troops     NNS  dobj   1  troop
        along      IN   prep   1
        the        DT   det    6
        Chilean    JJ   amod   6
        border     NN   pobj   3
        .          .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "154", ["CHL"])]


def test_a_denial_answers_whom_a_participle_says_made_the_claim(code):
    """CAMEO 016: the target is the accuser, also where a participle names them."""
    doc = parse("""
        Peru         NNP  nsubj  1
        denied       VBD  ROOT   1  deny
        the          DT   det    3
        accusations  NNS  dobj   1  accusation
        made         VBN  acl    3  make
        by           IN   agent  4
        Chile        NNP  pobj   5
        .            .    punct  1
    """, actors={0: "PER", 6: "CHL"})
    assert code(doc) == [(["PER"], "016", ["CHL"])]


def test_admitting_people_is_letting_them_in_not_an_admission(code):
    doc = parse("""
        Peru      NNP  nsubj  1
        admitted  VBD  ROOT   1  admit
        Chilean   JJ   amod   3
        refugees  NNS  dobj   1  refugee
        .         .    punct  1
    """, ents=[(2, 3, "NORP")], actors={0: "PER", (2, 4): "CHLREF"})
    assert code(doc) == []
    doc = parse("""
        Peru      NNP  nsubj  1
        admitted  VBD  ROOT   1  admit
        the       DT   det    3
        error     NN   dobj   1
        .         .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == [(["PER"], "015", [])]


def test_offering_a_reminder_or_giving_a_rationale_is_words_not_an_offer_nor_aid(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        offered   VBD  ROOT   1  offer
        Peru      NNP  iobj   1
        a         DT   det    4
        reminder  NN   dobj   1
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []
    doc = parse("""
        Chile     NNP  nsubj  1
        provided  VBD  ROOT   1  provide
        a         DT   det    3
        rationale NN   dobj   1
        to        IN   prep   1
        Peru      NNP  pobj   4
        .         .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert code(doc) == []


def test_figurative_gifts_and_permission_papers_are_no_aid(code):
    # aid is material: a boost, credence or a punch given is an idea (object class abstract),
    # a visa or a licence granted a permission paper (document); a thing given stays aid
    for verb, lemma, noun in (("lent", "lend", "credence"), ("delivered", "deliver", "punch"),
                              ("provided", "provide", "boost"), ("granted", "grant", "licence")):
        doc = parse(f"""
            Chile     NNP  nsubj  1
            {verb}    VBD  ROOT   1  {lemma}
            a         DT   det    3
            {noun}    NN   dobj   1
            to        IN   prep   1
            Peru      NNP  pobj   4
            .         .    punct  1
        """, actors={0: "CHL", 5: "PER"})
        assert code(doc) == [], noun
    doc = parse("""
        Chile     NNP  nsubj  1
        provided  VBD  ROOT   1  provide
        generators NNS dobj   1  generator
        to        IN   prep   1
        Peru      NNP  pobj   3
        .         .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == [(["CHL"], "070", ["PER"])]


def test_a_count_is_of_the_class_of_what_it_counts(code):
    # "released thousands of pages": pages, a text published, no return of anything
    doc = parse("""
        Chile     NNP  nsubj  1
        released  VBD  ROOT   1  release
        thousands NNS  dobj   1  thousand
        of        IN   prep   2
        pages     NNS  pobj   3  page
        .         .    punct  1
    """, actors={0: "CHL"})
    assert code(doc) == []
    doc = parse("""
        Chile     NNP  nsubj  1
        released  VBD  ROOT   1  release
        thousands NNS  dobj   1  thousand
        of        IN   prep   2
        tankers   NNS  pobj   3  tanker
        .         .    punct  1
    """, actors={0: "CHL"})
    assert code(doc) == [(["CHL"], "0842", [None])]


def test_returning_to_a_country_is_travel_not_a_return(code):
    # CAMEO 084 returns persons or property: without an object the subject travels
    doc = parse("""
        Peru      NNP  nsubj  1
        returned  VBD  ROOT   1  return
        to        IN   prep   1
        Chile     NNP  pobj   2
        on        IN   prep   1
        Friday    NNP  pobj   4
        .         .    punct  1
    """, actors={0: "PER", 3: "CHL"})
    assert code(doc) == []
    doc = parse("""
        Peru      NNP  nsubj  1
        returned  VBD  ROOT   1  return
        the       DT   det    3
        tankers   NNS  dobj   1  tanker
        to        IN   prep   1
        Chile     NNP  pobj   4
        .         .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "0842", ["CHL"])]


def test_attacking_a_party_for_what_it_did_is_criticism(code):
    # a "for" phrase of the target's deed (a gerund) reproaches it: 111, unless armed forces
    table = """
        {0}       NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        for       IN   prep   1
        blocking  VBG  pcomp  3  block
        talks     NNS  dobj   4  talk
        .         .    punct  1
    """
    doc = parse(table.format("Bolivia"), actors={0: "BOL", 2: "PER"})
    assert code(doc) == [(["BOL"], "111", ["PER"])]
    doc = parse(table.format("Rebels"), actors={0: "BOLREB", 2: "PER"})
    assert code(doc) == [(["BOLREB"], "190", ["PER"])]


def test_a_force_verb_with_a_verdict_said_of_the_party_is_criticism(code):
    # an "as" phrase with an adjective judges the party: 111, unless armed forces
    table = """
        {0}       NNP  nsubj  1
        hammered  VBD  ROOT   1  hammer
        Peru      NNP  dobj   1
        as        IN   prep   1
        reckless  JJ   amod   3
        .         .    punct  1
    """
    doc = parse(table.format("Bolivia"), actors={0: "BOL", 2: "PER"})
    assert code(doc) == [(["BOL"], "111", ["PER"])]
    doc = parse(table.format("Rebels"), actors={0: "BOLREB", 2: "PER"})
    assert code(doc) == [(["BOLREB"], "190", ["PER"])]


@pytest.mark.parametrize(("doer", "aimed", "root"), [
    ("BOL", "PER", "111"), ("BOLREB", "PER", "190"), ("BOL", "PERREB", "190")])
def test_firing_back_at_a_party_is_a_retort_aimed_at_it(code, doer, aimed, root):
    # "back" and an "at" phrase naming a party: words aimed at it, unless a side is armed
    doc = parse("""
        Bolivia   NNP  nsubj   1
        fired     VBD  ROOT    1  fire
        back      RB   advmod  1
        at        IN   prep    1
        Peru      NNP  pobj    3
        .         .    punct   1
    """, actors={0: doer, 4: aimed})
    assert code(doc) == [([doer], root, [aimed])]


def test_taking_over_an_inquiry_or_an_office_is_no_act_on_anyone(code):
    # taking charge of an inquiry (no 090) or assuming a government (no 171)
    for noun, lemma in (("inquiry", "inquiry"), ("government", "government")):
        doc = parse(f"""
            Ramos     NNP  nsubj  1
            took      VBD  ROOT   1  take
            over      RP   prt    1
            the       DT   det    4
            {noun}    NN   dobj   1  {lemma}
            of        IN   prep   4
            Peru      NNP  pobj   5
            .         .    punct  1
        """, actors={0: "PERGOV", 6: "PER"})
        assert code(doc) == [], noun


def test_attacking_an_inquiry_is_criticism(code):
    doc = parse("""
        Ramos     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        the       DT   det    3
        inquiry   NN   dobj   1
        by        IN   prep   3
        Chile     NNP  pobj   4
        .         .    punct  1
    """, actors={0: "PERGOV", 5: "CHL"})
    assert code(doc) == [(["PERGOV"], "111", ["CHL"])]


def test_shooting_back_words_is_a_retort_not_force(code):
    # "X shot back: ..." brings in words: a retort, no shooting; armed forces do shoot back
    table = """
        {0}       NNP  nsubj  1
        shot      VBD  ROOT   1  shoot
        back      RB   advmod 1
        :         :    punct  1
        never     RB   neg    5
        again     RB   dep    1
        .         .    punct  1
    """
    doc = parse(table.format("Ramos"), actors={0: "PERGOV"})
    assert code(doc) == []
    doc = parse(table.format("Rebels"), actors={0: "PERREB"})
    assert code(doc) == [(["PERREB"], "193", [])]


def test_coding_a_counted_stretch_of_time_is_what_fills_it(code):
    """"held N days of drills": the days are counted, the drills are the object; two sides
    holding them cooperate (062), one side alone shows force near a third (150)."""
    table = """
        {subject}
        staged     VBD  ROOT   {verb}  stage
        eight      CD   nummod {days}
        days       NNS  dobj   {verb}  day
        of         IN   prep   {days}
        naval      JJ   amod   {drills}
        drills     NNS  pobj   {of}  drill
        near       IN   prep   {verb}
        Ecuador    NNP  pobj   {near}
        .          .    punct  {verb}
    """
    one = parse(table.format(subject="Bolivia NNP nsubj 1", verb=1, days=3, of=4, drills=6,
                             near=7), actors={0: "BOL", 8: "ECU"}, ents=[(2, 4, "DATE")])
    assert code(one) == [(["BOL"], "150", ["ECU"])]
    two = parse(table.format(subject="Bolivia NNP nsubj 3\n and CC cc 0\n Uruguay NNP conj 0",
                             verb=3, days=5, of=6, drills=8, near=9),
                actors={0: "BOL", 2: "URY", 10: "ECU"}, ents=[(4, 6, "DATE")])
    assert sorted(code(two)) == [(["BOL"], "062", ["URY"]), (["BOL", "URY"], "062", []),
                                 (["URY"], "062", ["BOL"])]


def test_coding_an_adverbial_particle_before_the_object_makes_a_phrasal_verb(code):
    """"brushed aside X's demands" (the parser: aside an adverb): no adverb stands between a
    verb and its object, so it is the particle of brush aside, a rejection (CAMEO 120)."""
    doc = parse("""
        Bolivia    NNP  nsubj  1
        brushed    VBD  ROOT   1  brush
        aside      RB   advmod 1
        Uruguayan  JJ   amod   4
        demands    NNS  dobj   1  demand
        .          .    punct  1
    """, actors={0: "BOL", 3: "URY"})
    assert code(doc) == [(["BOL"], "120", ["URY"])]


def test_coding_an_adverbial_particle_before_a_preposition_makes_a_phrasal_verb(code):
    """"pushed back against X" (the parser: back an adverb, against hanging from it) is
    push back, aimed at X (CAMEO 110); a bare verb's patterns do not fit it."""
    doc = parse("""
        Bolivia  NNP  nsubj  1
        pushed   VBD  ROOT   1  push
        back     RB   advmod 1
        against  IN   prep   2
        Uruguay  NNP  pobj   3
        .        .    punct  1
    """, actors={0: "BOL", 4: "URY"})
    assert code(doc) == [(["BOL"], "110", ["URY"])]
    doc = parse("""
        Bolivia    NNP  nsubj  1
        travelled  VBD  ROOT   1  travel
        back       RB   advmod 1
        to         IN   prep   2
        Uruguay    NNP  pobj   3
        .          .    punct  1
    """, actors={0: "BOL", 4: "URY"})
    assert code(doc) == []


def test_coding_idioms_of_meeting_and_disapproval(code):
    """"sat down with X" is a meeting (040); "took issue with X" a criticism (111)."""
    doc = parse("""
        Bolivia  NNP  nsubj  1
        sat      VBD  ROOT   1  sit
        down     RP   prt    1
        with     IN   prep   1
        Uruguay  NNP  pobj   3
        .        .    punct  1
    """, actors={0: "BOL", 4: "URY"})
    assert code(doc) == [(["BOL"], "040", ["URY"])]
    doc = parse("""
        Bolivia  NNP  nsubj  1
        took     VBD  ROOT   1  take
        issue    NN   dobj   1
        with     IN   prep   1
        Uruguay  NNP  pobj   3
        .        .    punct  1
    """, actors={0: "BOL", 4: "URY"})
    assert code(doc) == [(["BOL"], "111", ["URY"])]


def test_a_partitive_object_is_of_the_class_of_what_it_takes_part_of(code):
    # "provided each of the X": what is provided is one of the X, of their class; an idea is
    # no material aid, a truck is
    table = """
        Ramos     NNP  nsubj  1
        provided  VBD  ROOT   1  provide
        each      DT   dobj   1
        of        IN   prep   2
        the       DT   det    5
        {0}       NNS  pobj   3  {1}
        to        IN   prep   1
        Chile     NNP  pobj   6
        .         .    punct  1
    """
    doc = parse(table.format("ideas", "idea"), actors={0: "PERGOV", 7: "CHL"})
    assert code(doc) == []
    doc = parse(table.format("trucks", "truck"), actors={0: "PERGOV", 7: "CHL"})
    assert code(doc) == [(["PERGOV"], "070", ["CHL"])]


def test_clashing_with_a_party_about_something_is_a_quarrel(code):
    # "X clashed with Y about Z": what the sides disagree on, a verbal conflict; rebels
    # clashing with troops keep their force
    table = """
        {0}       NNP  nsubj  1
        clashed   VBD  ROOT   1  clash
        with      IN   prep   1
        {1}       NNP  pobj   2
        about     IN   prep   3
        the       DT   det    6
        tariffs   NNS  pobj   4  tariff
        .         .    punct  1
    """
    doc = parse(table.format("Ramos", "Vargas"), actors={0: "PERGOV", 3: "PERLEG"})
    assert code(doc) == [(["PERGOV"], "110", ["PERLEG"])]
    doc = parse(table.format("Rebels", "Soldiers"), actors={0: "PERREB", 3: "PERMIL"})
    assert code(doc) == [(["PERREB"], "190", ["PERMIL"])]


def test_trying_without_a_defendant_is_an_attempt_not_a_trial(code):
    # the legal "try" has a defendant; "tried for months to V" is an attempt
    doc = parse("""
        Ramos     NNP  nsubj  1
        tried     VBD  ROOT   1  try
        for       IN   prep   1
        months    NNS  pobj   2  month
        to        TO   aux    5
        finish    VB   xcomp  1
        the       DT   det    7
        road      NN   dobj   5
        .         .    punct  1
    """, actors={0: "PERGOV"})
    assert code(doc) == []
    doc = parse("""
        Judges    NNS  nsubj  1  judge
        tried     VBD  ROOT   1  try
        Vargas    NNP  dobj   1
        for       IN   prep   1
        fraud     NN   pobj   3
        .         .    punct  1
    """, actors={0: "PERJUD", 2: actor("PERGOV", "Vargas", kind="person")})
    assert code(doc) == [(["PERJUD"], "173", ["PERGOV"])]


def test_a_participle_set_off_after_a_noun_is_said_of_that_noun(code):
    # "In a report, released by X, …": the report is what X released, a text, no return
    doc = parse("""
        In        IN   prep   9
        a         DT   det    2
        report    NN   pobj   0
        ,         ,    punct  9
        released  VBN  advcl  9  release
        by        IN   agent  4
        Chile     NNP  pobj   5
        ,         ,    punct  9
        Ramos     NNP  nsubj  9
        praised   VBD  ROOT   9  praise
        Vargas    NNP  dobj   9
        .         .    punct  9
    """, actors={6: "CHLGOV", 8: "PERGOV", 10: "PERLEG"})
    assert code(doc) == [(["PERGOV"], "051", ["PERLEG"])]


def test_a_compound_of_people_or_a_place_names_their_kind_not_an_act_carried_out(code):
    # a support verb carries out the event its object names, not the one a compound of
    # people or a place names as their kind
    doc = parse("""
        Peru        NNP  nsubj     1
        registered  VBD  ROOT      1  register
        asylum      NN   compound  3
        seekers     NNS  dobj      1  seeker
        .           .    punct     1
    """, actors={0: "PERGOV"})
    assert code(doc) == []
    doc = parse("""
        Peru      NNP  nsubj     1
        opened    VBD  ROOT      1  open
        a         DT   det       4
        war       NN   compound  4
        college   NN   dobj      1
        .         .    punct     1
    """, actors={0: "PERMIL"})
    assert code(doc) == []
    doc = parse("""
        Peru      NNP  nsubj     1
        sent      VBD  ROOT      1  send
        an        DT   det       4
        aid       NN   compound  4
        package   NN   dobj      1
        to        IN   prep      1
        Chile     NNP  pobj      5
        .         .    punct     1
    """, actors={0: "PERGOV", 6: "CHL"})
    assert code(doc) == [(["PERGOV"], "070", ["CHL"])]


@pytest.mark.parametrize("document, lemma, expected", [
    ("bill", "bill", []),
    ("order", "order", []),
    ("letter", "letter", []),
    ("treaty", "treaty", [(["PERGOV"], "057", [])]),
])
def test_signing_a_law_or_a_letter_is_no_agreement(code, document, lemma, expected):
    doc = parse(f"""
        Ramos       NNP  nsubj  1
        signed      VBD  ROOT   1  sign
        the         DT   det    3
        {document}  NN   dobj   1  {lemma}
        .           .    punct  1
    """, actors={0: "PERGOV"})
    assert code(doc) == expected


def test_investing_in_a_thing_is_no_economic_cooperation(code):
    table = """
        Peru      NNP  nsubj  1
        invested  VBD  ROOT   1  invest
        in        IN   prep   1
        {what}    NNP  pobj   2  {lemma}
        .         .    punct  1
    """
    thing = table.format(what="technology", lemma="technology").replace("NNP  pobj", "NN   pobj")
    doc = parse(thing, actors={0: "PER"})
    assert code(doc) == []
    doc = parse(table.format(what="Chile", lemma="chile"), actors={0: "PER", 3: "CHL"})
    assert code(doc) == [(["PER"], "061", ["CHL"])]


def test_a_guilty_plea_is_no_appeal(code):
    table = """
        Vargas    NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        a         DT   det    4
        {word}    JJ   amod   4
        plea      NN   dobj   1
        to        IN   prep   4
        Peru      NNP  pobj   5
        .         .    punct  1
    """
    doc = parse(table.format(verb="entered", lemma="enter", word="guilty"),
                actors={0: "CHLGOV", 6: "PERGOV"})
    assert code(doc) == []
    doc = parse(table.format(verb="issued", lemma="issue", word="urgent"),
                actors={0: "CHLGOV", 6: "PERGOV"})
    assert code(doc) == [(["CHLGOV"], "020", ["PERGOV"])]


@pytest.mark.parametrize("doer, lemma, expected", [
    ("remarks", "remark", []),
    ("criticism", "criticism", []),
    ("troops", "troop", [(["CHL"], "185", ["PERGOV"])]),
])
def test_words_wound_no_one_but_in_a_figure(code, doer, lemma, expected):
    doc = parse(f"""
        Chile     NNP  poss   2
        's        POS  case   0
        {doer}    NNS  nsubj  3  {lemma}
        wounded   VBD  ROOT   3  wound
        the       DT   det    5
        minister  NN   dobj   3
        .         .    punct  3
    """, actors={0: "CHL", 5: "PERGOV"})
    assert code(doc) == expected


@pytest.mark.parametrize("verb, lemma, thing, thing_lemma", [
    ("dealt", "deal", "blow", "blow"),
    ("delivered", "deliver", "blow", "blow"),
    ("granted", "grant", "visa", "visa"),
])
def test_a_blow_dealt_or_a_visa_granted_is_no_event(code, verb, lemma, thing, thing_lemma):
    doc = parse(f"""
        Chile      NNP  nsubj  1
        {verb}     VBD  ROOT   1  {lemma}
        a          DT   det    3
        {thing}    NN   dobj   1  {thing_lemma}
        to         IN   prep   1
        Ramos      NNP  pobj   4
        .          .    punct  1
    """, actors={0: "CHL", 5: actor("PERGOV", "Ramos", kind="person")})
    assert code(doc) == []


@pytest.mark.parametrize("subject, tag, expected", [
    ("tax", "NN", "110"),
    ("Chile", "NNP", "130"),
])
def test_a_warning_of_what_a_thing_will_bring_is_no_threat(code, subject, tag, expected):
    # "warned that the tax would raise prices": a danger foreseen; "… that Chile would
    # raise prices": what a party will do, a threat
    doc = parse(f"""
        Ramos      NNP    nsubj  1
        warned     VBD    ROOT   1  warn
        that       IN     mark   5
        {subject}  {tag}  nsubj  5
        would      MD     aux    5
        raise      VB     ccomp  1
        prices     NNS    dobj   5  price
        .          .      punct  1
    """, actors={0: actor("PERGOV", "Ramos", kind="person"), 3: "CHL"} if tag == "NNP" else
                {0: actor("PERGOV", "Ramos", kind="person")})
    assert [cameo for _, cameo, _ in code(doc)] == [expected]


@pytest.mark.parametrize("topic, lemma, expected", [
    ("plan", "plan", "110"),
    ("attacks", "attack", "130"),
])
def test_a_warning_about_an_idea_is_no_threat(code, topic, lemma, expected):
    # "warned about Chile's plan": disapproval; "warned of Chile's attacks": a threat
    doc = parse(f"""
        Ramos     NNP  nsubj  1
        warned    VBD  ROOT   1  warn
        about     IN   prep   1
        Chile     NNP  poss   5
        's        POS  case   3
        {topic}   NNS  pobj   2  {lemma}
        .         .    punct  1
    """, actors={0: actor("PERGOV", "Ramos", kind="person"), 3: "CHL"})
    assert [cameo for _, cameo, _ in code(doc)] == [expected]


@pytest.mark.parametrize("thing, lemma, expected", [
    ("rockets", "rocket", [(["PER"], "194", ["CHL"])]),
    ("criticism", "criticism", [(["PER"], "110", ["CHL"])]),
    ("letters", "letter", []),
])
def test_firing_off_rockets_is_force_and_a_letter_no_attack(code, thing, lemma, expected):
    # the phrasal verb alone is a verbal attack; with a projectile it is firing; a letter
    # fired off is a text sent, coded by what it says
    doc = parse(f"""
        Peru      NNP  nsubj  1
        fired     VBD  ROOT   1  fire
        off       RP   prt    1
        {thing}   NNS  dobj   1  {lemma}
        at        IN   prep   1
        Chile     NNP  pobj   4
        .         .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == expected


def test_redoubled_efforts_show_no_force(code):
    efforts = parse("""
        Peru       NNP   nsubj  1
        redoubled  VBD   ROOT   1  redouble
        its        PRP$  poss   3
        efforts    NNS   dobj   1  effort
        against    IN    prep   1
        Chile      NNP   pobj   4
        .          .     punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(efforts) == []


def test_service_given_shows_no_force(code):
    service = parse("""
        Ramos    NNP  nsubj  2
        had      VBD  aux    2  have
        given    VBN  ROOT   2  give
        loyal    JJ   amod   4
        service  NN   dobj   2
        .        .    punct  2
    """, actors={0: actor("PERGOV", "Ramos", kind="person")})
    assert code(service) == []


@pytest.mark.parametrize("particle, expected", [
    ("", [(["PER"], "046", ["CHL"])]),
    ("off", []),
])
def test_talks_held_off_are_not_held(code, particle, expected):
    # a support verb carries out its event noun ("held talks with X"); with "off" the event
    # is put off or warded off, not carried out
    rows = ["Peru NNP nsubj 1", "held VBD ROOT 1 hold"]
    rows += [f"{particle} RP prt 1"] if particle else []
    n = len(rows)
    rows += ["talks NNS dobj 1 talk", "with IN prep 1", f"Chile NNP pobj {n + 1}", ". . punct 1"]
    doc = parse("\n".join(rows), actors={0: "PER", n + 2: "CHL"})
    assert code(doc) == expected


@pytest.mark.parametrize("prep, expected", [
    ("to", [(["PER"], "072", ["CHL"])]),
    ("towards", [(["PER"], "195", ["CHL"])]),
])
def test_drones_sent_towards_a_target_are_an_attack(code, prep, expected):
    # sent to a party, weapons are military aid; sent towards or at a target, an air attack
    doc = parse(f"""
        Peru     NNP  nsubj  1
        sent     VBD  ROOT   1  send
        four     CD   nummod 3
        drones   NNS  dobj   1  drone
        {prep}   IN   prep   1
        Chile    NNP  pobj   4
        .        .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == expected


def test_drones_sent_towards_no_actor_leave_the_target_empty(code):
    # the weapons sent are a thing the sender uses, not whom the attack is aimed at
    doc = parse("""
        Peru     NNP  nsubj  1
        sent     VBD  ROOT   1  send
        four     CD   nummod 3
        drones   NNS  dobj   1  drone
        towards  IN   prep   1
        the      DT   det    6
        depot    NN   pobj   4
        .        .    punct  1
    """, actors={0: "PER"})
    assert code(doc) == [(["PER"], "195", [])]


def test_differences_bared_are_no_ban(code):
    # the parser lemmatizes "bared" as "bar": airing differences bans nothing
    doc = parse("""
        Peru         NNP   nsubj  3
        and          CC    cc     0
        Chile        NNP   conj   0
        bared        VBD   ROOT   3  bar
        their        PRP$  poss   5
        differences  NNS   dobj   3  difference
        .            .     punct  3
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == []


@pytest.mark.parametrize("verb, lemma, prep, expected", [
    ("awarded", "award", "to", [(["PER"], "051", ["CHLGOV"])]),
    ("conferred", "confer", "on", [(["PER"], "051", ["CHLGOV"])]),
    ("bestowed", "bestow", "upon", [(["PER"], "051", ["CHLGOV"])]),
])
def test_an_honour_awarded_to_someone_praises_them(code, verb, lemma, prep, expected):
    doc = parse(f"""
        Peru      NNP  nsubj  2
        has       VBZ  aux    2  have
        {verb}    VBN  ROOT   2  {lemma}
        its       PRP$ poss   5
        highest   JJS  amod   5  high
        order     NN   dobj   2
        {prep}    IN   prep   2
        the       DT   det    9
        Chilean   JJ   amod   9
        envoy     NN   pobj   6
        .         .    punct  2
    """, actors={0: "PER", 8: "CHLGOV"})
    assert code(doc) == expected


def test_force_undergone_from_an_unarmed_party_is_criticism(code):
    table = """
        The       DT   det    1
        {subject} NN   nsubj  2
        came      VBD  ROOT   2  come
        under     IN   prep   2
        {weapon}  {tag}  {dep}  5
        fire      NN   pobj   3
        from      IN   prep   2
        Chile     NNP  pobj   6
        .         .    punct  2
    """
    # "the cabinet came under heavy fire from Chile": words aimed at the cabinet
    doc = parse(table.format(subject="cabinet", weapon="heavy", tag="JJ", dep="amod"),
                actors={(0, 2): actor("PERGOV", kind="organisation"), 7: "CHL"})
    assert code(doc) == [(["CHL"], "111", ["PERGOV"])]
    # soldiers under fire are shot at: no criticism, and no shooting coded on a guess
    doc = parse(table.format(subject="soldiers", weapon="heavy", tag="JJ", dep="amod"),
                actors={(0, 2): actor("PERMIL", kind="organisation"), 7: "CHL"})
    assert code(doc) == []
    # a weapon named in a compound is shooting, as its own pattern says, no figure
    doc = parse(table.format(subject="cabinet", weapon="mortar", tag="NN", dep="compound"),
                actors={(0, 2): actor("PERGOV", kind="organisation"), 7: "CHL"})
    assert code(doc) == [(["CHL"], "193", ["PERGOV"])]


def test_the_by_phrase_hung_on_a_gerund_after_a_passive_is_its_agent(code):
    doc = parse("""
        Peru      NNP  nsubjpass  2
        was       VBD  auxpass    2  be
        accused   VBN  ROOT       2  accuse
        of        IN   prep       2
        hiding    VBG  pcomp      3  hide
        funds     NNS  dobj       4  fund
        by        IN   prep       4
        Chile     NNP  pobj       6
        .         .    punct      2
    """, actors={0: "PER", 7: "CHL"})
    assert code(doc) == [(["CHL"], "112", ["PER"])]


def test_a_past_verb_the_parser_hangs_on_the_root_noun_is_the_sentence_verb(code):
    doc = parse("""
        The       DT   det    2
        Peruvian  JJ   amod   2
        minister  NN   ROOT   2
        praised   VBD  acl    2  praise
        Chile     NNP  dobj   3
        .         .    punct  2
    """, actors={(0, 3): "PERGOV", 4: "CHL"})
    assert code(doc) == [(["PERGOV"], "051", ["CHL"])]


def test_a_participle_with_a_subject_the_parser_hangs_on_the_root_noun_is_the_verb(code):
    doc = parse("""
        Peru        NNP  nsubj     1
        offered     VBN  amod      3  offer
        firm        JJ   amod      3
        assurances  NNS  ROOT      3  assurance
        to          IN   prep      3
        Chile       NNP  pobj      4
        .           .    punct     3
    """, actors={0: "PER", 5: "CHL"})
    assert code(doc) == [(["PER"], "030", ["CHL"])]


def test_a_clause_of_time_the_parser_reads_as_a_prepositional_phrase_has_its_subject(code):
    doc = parse("""
        Talks    NNS  nsubj   1  talk
        began    VBD  ROOT    1  begin
        after    IN   prep    1
        Peru     NNP  pobj    2
        last     JJ   amod    5
        week     NN   npadvmod  6
        accused  VBD  advcl   1  accuse
        Chile    NNP  dobj    6
        .        .    punct   1
    """, actors={3: "PER", 7: "CHL"})
    assert code(doc) == [(["PER"], "112", ["CHL"])]


def test_a_past_verb_the_parser_hangs_on_a_name_and_its_apposition_is_the_names_verb(code):
    doc = parse("""
        Juan      NNP  compound   1
        Perez     NNP  nsubj      12
        ,         ,    punct      1
        minister  NN   appos      1
        of        IN   prep       3
        Peru      NNP  pobj       4
        ,         ,    punct      1
        praised   VBD  acl        1  praise
        Chile     NNP  dobj       7
        ,         ,    punct      12
        his       PRP$ poss       11
        office    NN   nsubj      12
        said      VBD  ROOT       12  say
        .         .    punct      12
    """, actors={(0, 2): "PERGOV", 8: "CHL"})
    assert code(doc) == [(["PERGOV"], "051", ["CHL"])]


def test_an_adjective_hung_on_the_object_after_it_is_said_of_the_object(code):
    doc = parse("""
        Peru         NNP  nsubj  1
        held         VBD  ROOT   1  hold
        Chile        NNP  dobj   1
        responsible  JJ   amod   2
        for          IN   prep   3
        the          DT   det    6
        raid         NN   pobj   4
        .            .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == [(["PER"], "112", ["CHL"])]


def test_an_order_that_names_no_party_ordered_is_no_demand(code):
    # CAMEO 100 is a demand made of a party: "ordered tighter checks" decides the subject's
    # own measure; "ordered Chile to V" demands of Chile
    doc = parse("""
        Ramos     NNP  nsubj  1
        ordered   VBD  ROOT   1  order
        tighter   JJR  amod   3  tight
        checks    NNS  dobj   1  check
        .         .    punct  1
    """, actors={0: "PERGOV"})
    assert code(doc) == []
    doc = parse("""
        Ramos     NNP  nsubj  1
        ordered   VBD  ROOT   1  order
        Chile     NNP  dobj   1
        to        TO   aux    4
        pay       VB   xcomp  1  pay
        .         .    punct  1
    """, actors={0: "PERGOV", 2: "CHL"})
    assert code(doc) == [(["PERGOV"], "100", ["CHL"])]


@pytest.mark.parametrize(("noun", "lemma", "expected"), [
    ("data", "datum", "120"),  # a text withheld: a refusal, nobody kept from freedom
    ("figures", "figure", "120"),
    ("sailors", "sailor", "1243"),
])
def test_refusing_to_release_a_text_is_no_refusal_to_free_anyone(code, noun, lemma, expected):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        refused   VBD  ROOT   1  refuse
        to        TO   aux    3
        release   VB   xcomp  1  release
        the       DT   det    5
        {noun}    NNS  dobj   3  {lemma}
        .         .    punct  1
    """, actors={0: "CHLGOV"})
    assert [cameo for _, cameo, _ in code(doc)] == [expected]


@pytest.mark.parametrize(("noun", "expected"), [
    ("high", []),  # a level reached is no target struck
    ("milestone", []),
    ("checkpoint", [(["PERREB"], "190", [])]),
])
def test_hitting_a_level_is_no_force(code, noun, expected):
    doc = parse(f"""
        rebels    NNS  nsubj  1  rebel
        hit       VBD  ROOT   1  hit
        a         DT   det    4
        new       JJ   amod   4
        {noun}    NN   dobj   1
        .         .    punct  1
    """, actors={0: "PERREB"})
    assert code(doc) == expected


@pytest.mark.parametrize(("verb", "lemma"), [("accepted", "accept"), ("took", "take")])
def test_a_phone_call_taken_is_a_discussion_by_telephone(code, verb, lemma):
    doc = parse(f"""
        Ramos     NNP  nsubj     1
        {verb}    VBD  ROOT      1  {lemma}
        a         DT   det       4
        phone     NN   compound  4
        call      NN   dobj      1
        from      IN   prep      4
        Vargas    NNP  pobj      5
        .         .    punct     1
    """, actors={0: "PERGOV", 6: "CHLGOV"})
    assert code(doc) == [(["PERGOV"], "041", ["CHLGOV"])]


@pytest.mark.parametrize(("rows", "ents", "expected"), [
    # "Ramos telephoned Vargas": a person or a government called is phoned
    ("""Vargas    NNP  dobj      1
        .         .    punct     1""", [], [(["PERGOV"], "041", ["CHLGOV"])]),
    # a day named by "on" is when, not whom the call is on (no appeal)
    ("""Vargas    NNP  dobj      1
        on        IN   prep      1
        Tuesday   NNP  pobj      3
        .         .    punct     1""", [(4, 5, "DATE")], [(["PERGOV"], "041", ["CHLGOV"])]),
    # a name given to the one called: no telephone call
    ("""Vargas    NNP  dobj      1
        a         DT   det       4
        neighbor  NN   oprd      1
        .         .    punct     1""", [], []),
    # the parser may make the one named a predicate too
    ("""Vargas    NNP  oprd      1
        a         DT   det       4
        neighbor  NN   oprd      1
        .         .    punct     1""", [], []),
])
def test_calling_a_person_or_a_government_is_a_telephone_call(code, rows, ents, expected):
    doc = parse(f"""
        Ramos     NNP  nsubj     1
        called    VBD  ROOT      1  call
        {rows}
    """, actors={0: "PERGOV", 2: "CHLGOV"}, ents=ents)
    assert code(doc) == expected


@pytest.mark.parametrize(("head", "expected"), [
    # "Ramos called for Vargas to reopen the mine": "for" opens the clause
    ("""Ramos     NNP  nsubj     1
        called    VBD  ROOT      1  call""", [(["PERGOV"], "020", ["CHLGOV"])]),
    # "Ramos called it folly for Vargas to reopen the mine": the clause is said of the object
    ("""Ramos     NNP  nsubj     1
        called    VBD  ROOT      1  call
        it        PRP  dobj      1
        folly     NN   oprd      1""", []),
])
def test_an_appeal_for_a_party_to_act_is_made_to_that_party(code, head, expected):
    rows = head.count("\n") + 1
    doc = parse(f"""
        {head}
        for       IN   mark      {rows + 3}
        Vargas    NNP  nsubj     {rows + 3}
        to        TO   aux       {rows + 3}
        reopen    VB   advcl     1  reopen
        the       DT   det       {rows + 5}
        mine      NN   dobj      {rows + 3}
        .         .    punct     1
    """, actors={0: "PERGOV", rows + 1: "CHLGOV"})
    assert code(doc) == expected


def test_asking_for_an_act_or_a_thing_other_than_aid_is_a_general_appeal(code):
    """"X asked Y for aid" is an appeal for aid (023), "X asked Y for talks" one to meet
    (026); "X asked for the port to be reopened" asks for an act to be done, and "X asked for
    a hearing" for no aid: a general appeal (020)."""
    doc = parse("""
        Ecuador    NNP  nsubj      1
        asked      VBD  ROOT       1  ask
        for        IN   mark       6
        the        DT   det        4
        port       NN   nsubjpass  6  port
        to         TO   aux        6
        reopened   VBN  advcl      1  reopen
        .          .    punct      1
    """, actors={0: "ECU"})
    assert code(doc) == [(["ECU"], "020", [])]
    doc = parse("""
        Ecuador    NNP  nsubj  1
        asked      VBD  ROOT   1  ask
        Bolivia    NNP  dobj   1
        for        IN   prep   1
        a          DT   det    5
        hearing    NN   pobj   3  hearing
        .          .    punct  1
    """, actors={0: "ECU", 2: "BOL"})
    assert code(doc) == [(["ECU"], "020", ["BOL"])]
    doc = parse("""
        Ecuador    NNP  nsubj  1
        asked      VBD  ROOT   1  ask
        Bolivia    NNP  dobj   1
        for        IN   prep   1
        aid        NN   pobj   3  aid
        .          .    punct  1
    """, actors={0: "ECU", 2: "BOL"})
    assert code(doc) == [(["ECU"], "023", ["BOL"])]
    doc = parse("""
        Ecuador    NNP  nsubj  1
        asked      VBD  ROOT   1  ask
        Bolivia    NNP  dobj   1
        for        IN   prep   1
        talks      NNS  pobj   3  talk
        .          .    punct  1
    """, actors={0: "ECU", 2: "BOL"})
    assert code(doc) == [(["ECU"], "026", ["BOL"])]  # an appeal to meet or negotiate


def test_rejecting_a_bid_to_act_is_no_rejected_tender(code):
    """"X rejected Y's bid to V": a bid is an attempt or a request, rejected (120), no trade
    or investment turned down (1211), which "a takeover bid" names."""
    doc = parse("""
        Ecuador    NNP  nsubj  1
        rejected   VBD  ROOT   1  reject
        Bolivia    NNP  poss   4
        's         POS  case   2
        bid        NN   dobj   1  bid
        to         TO   aux    6
        delay      VB   acl    4  delay
        the        DT   det    8
        vote       NN   dobj   6  vote
        .          .    punct  1
    """, actors={0: "ECU", 2: "BOL"})
    assert code(doc) == [(["ECU"], "120", ["BOL"])]


def test_blocking_access_to_websites_restricts_freedoms(code):
    """"X blocked access to Y's websites" restricts what people may read (1721), no
    international involvement refused (1245), which blocking access for aid or observers is."""
    doc = parse("""
        Ecuador    NNP  nsubj  1
        blocked    VBD  ROOT   1  block
        access     NN   dobj   1  access
        to         IN   prep   2
        Bolivian   JJ   amod   5
        websites   NNS  pobj   3  website
        .          .    punct  1
    """, actors={0: "ECU", 4: "BOL"})
    assert code(doc) == [(["ECU"], "1721", ["BOL"])]


def test_returning_a_ballot_paper_returns_no_property(code):
    """"X returned Y's draft ballot": a ballot paper sent back is a document, no property or
    people returned (084)."""
    doc = parse("""
        Ecuador    NNP  nsubj  1
        returned   VBD  ROOT   1  return
        Bolivia    NNP  poss   5
        's         POS  case   2
        draft      NN   compound  5  draft
        ballot     NN   dobj   1  ballot
        .          .    punct  1
    """, actors={0: "ECU", 2: "BOL"})
    assert code(doc) == []
