"""A transitive verb's own object names its patient (communique/nlp/arguments.py
`patient_first`): a people word as object comes before a coded actor found further away in
the sentence, on hand-built parses (no model). Sentences are made up for these tests."""

from __future__ import annotations

import pytest
from parses import events_of, parse, summary

PATTERNS = [
    {"code": "173", "verb": "arrest"},
    {"code": "173", "verb": "detain"},
    {"code": "153", "verb": "send"},
    {"code": "1663", "verb": "expel"},
]


@pytest.fixture(scope="module")
def code():
    return events_of(PATTERNS)


def texts(events) -> list[tuple]:
    return [([m.text for m in e.source], e.cameo, [m.text for m in e.target]) for e in events]


def test_coding_an_actor_in_a_relative_clause_of_the_object_is_neither_target_nor_place(code):
    """"detained two journalists who had criticised X": what the relative clause says of
    the journalists does not make them X's, nor X the one detained."""
    doc = parse("""
        Kenya        NNP  nsubj  1
        detained     VBD  ROOT   1  detain
        two          CD   nummod 3
        journalists  NNS  dobj   1  journalist
        who          WP   nsubj  6
        had          VBD  aux    6  have
        criticised   VBN  relcl  3  criticise
        Uganda       NNP  dobj   6
        .            .    punct  1
    """, actors={0: "KEN", 7: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "173", [None])]
    assert texts(code(doc))[0][2] == ["two journalists"]


def test_coding_a_place_in_the_verbs_own_clause_still_places_the_objects_people(code):
    """"arrested two smugglers in X": X is where they are, and they are X's."""
    doc = parse("""
        Kenya      NNP  nsubj  1
        arrested   VBD  ROOT   1  arrest
        two        CD   nummod 3
        smugglers  NNS  dobj   1  smuggler
        in         IN   prep   1
        Uganda     NNP  pobj   4
        .          .    punct  1
    """, actors={0: "KEN", 5: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "173", ["UGA"])]
    assert texts(code(doc))[0][2] == ["two smugglers in Uganda"]


def test_coding_placed_people_s_text_runs_to_the_place_that_gives_their_country(code):
    """"detained five smugglers in X": the people are X's, and their text shows where
    that came from; a place before them never joins their words, nor one a phrase of time
    holds ("after a raid in X")."""
    doc = parse("""
        Kenya      NNP  nsubj  1
        detained   VBD  ROOT   1  detain
        five       CD   nummod 3
        smugglers  NNS  dobj   1  smuggler
        in         IN   prep   1
        Uganda     NNP  pobj   4
        .          .    punct  1
    """, actors={0: "KEN", 5: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "173", ["UGA"])]
    assert texts(code(doc))[0][2] == ["five smugglers in Uganda"]
    doc = parse("""
        In         IN   prep   4
        Uganda     NNP  pobj   0
        ,          ,    punct  4
        Kenya      NNP  nsubj  4
        detained   VBD  ROOT   4  detain
        five       CD   nummod 6
        smugglers  NNS  dobj   4  smuggler
        .          .    punct  4
    """, actors={1: "UGA", 3: "KEN"})
    assert texts(code(doc))[0][2] == ["five smugglers"]
    doc = parse("""
        Kenya      NNP  nsubj  1
        detained   VBD  ROOT   1  detain
        five       CD   nummod 3
        smugglers  NNS  dobj   1  smuggler
        after      IN   prep   1
        a          DT   det    6
        raid       NN   pobj   4  raid
        in         IN   prep   6
        Uganda     NNP  pobj   7
        .          .    punct  1
    """, actors={0: "KEN", 8: "UGA"})
    assert texts(code(doc))[0][2] == ["five smugglers"]


def test_coding_people_sent_to_an_actor_are_no_patient(code):
    """"sent doctors to X": what is moved goes to X, whom the act reaches."""
    doc = parse("""
        Kenya    NNP  nsubj  1
        sent     VBD  ROOT   1  send
        doctors  NNS  dobj   1  doctor
        to       IN   prep   1
        Uganda   NNP  pobj   3
        .        .    punct  1
    """, actors={0: "KEN", 4: "UGA"})
    assert texts(code(doc)) == [(["Kenya"], "153", ["Uganda"])]


def test_coding_an_act_held_over_an_actor_on_a_condition_keeps_it(code):
    """"would expel the diplomats unless X apologised": the condition names whom the act
    hangs over, so its actor still codes the target (here the diplomats, as X's)."""
    doc = parse("""
        Kenya      NNP  nsubj  2
        would      MD   aux    2
        expel      VB   ROOT   2  expel
        the        DT   det    4
        diplomats  NNS  dobj   2  diplomat
        unless     IN   mark   7
        Uganda     NNP  nsubj  7
        apologised VBD  advcl  2  apologise
        .          .    punct  2
    """, actors={0: "KEN", 6: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "131", ["UGAGOV"])]


@pytest.mark.parametrize("noun", ["smuggler", "sharpshooter", "sniper", "gangster", "trafficker",
                                  "fugitive"])
def test_coding_the_objects_people_come_before_an_actor_in_a_phrase_of_the_verb(code, noun):
    """"arrested a <noun> after a chase near the border with X": the one arrested is the
    target, X only says where the chase went; words for people who break the law are people
    words (object class `person`)."""
    doc = parse(f"""
        Kenya     NNP  nsubj  1
        arrested  VBD  ROOT   1  arrest
        a         DT   det    3
        {noun:<9} NN   dobj   1  {noun}
        after     IN   prep   1
        a         DT   det    6
        chase     NN   pobj   4  chase
        near      IN   prep   6
        the       DT   det    9
        border    NN   pobj   7  border
        with      IN   prep   9
        Uganda    NNP  pobj   10
        .         .    punct  1
    """, actors={0: "KEN", 11: "UGA"})
    assert texts(code(doc)) == [(["Kenya"], "173", [noun])]
