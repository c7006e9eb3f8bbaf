"""A place is a side only as the government it stands for, never where something is or
happens: the place rules of communique/nlp/places.py and communique/nlp/dyads.py, on
hand-built parses (no model). Sentences are made up for these tests."""

from __future__ import annotations

from parses import actor, events_of, parse, summary

WAR = [{"code": "190", "verb": "escalate", "object": ["war"],
        "object_prep": ["on", "against", "in"]}]
STRAIN = [{"code": "160", "verb": "strain", "object": ["relation"]}]


def test_coding_an_act_in_a_place_against_people_is_aimed_at_the_people_there():
    doc = parse("""
        Chad       NNP  nsubj  1
        escalated  VBD  ROOT   1  escalate
        its        PRP$ poss   3
        war        NN   dobj   1
        in         IN   prep   3
        Sudan      NNP  pobj   4
        against    IN   prep   1
        militants  NNS  pobj   6  militant
        .          .    punct  1
    """, actors={0: "TCD", 5: "SDN"})
    events = events_of(WAR)(doc)
    assert [[m.text for m in e.target] for e in events] == [["militants"]]
    assert [m.actor.country for m in events[0].target] == ["SDN"]


def test_coding_an_act_in_a_place_against_an_actor_is_aimed_at_the_actor():
    doc = parse("""
        Chad       NNP  nsubj  1
        escalated  VBD  ROOT   1  escalate
        its        PRP$ poss   3
        war        NN   dobj   1
        in         IN   prep   3
        Sudan      NNP  pobj   4
        against    IN   prep   3
        Libya      NNP  pobj   6
        .          .    punct  1
    """, actors={0: "TCD", 5: "SDN", 7: "LBY"})
    assert summary(events_of(WAR)(doc)) == [(["TCD"], "190", ["LBY"])]


def _strained(subject: list[str], actors: dict) -> list[tuple]:
    """'<subject> strained its relations with Libya', the subject's rows given."""
    n = len(subject)
    rows = "\n".join(subject) + f"""
        strained   VBD  ROOT   {n}  strain
        its        PRP$ poss   {n + 2}
        relations  NNS  dobj   {n}  relation
        with       IN   prep   {n + 2}
        Libya      NNP  pobj   {n + 3}
        .          .    punct  {n}
    """
    return summary(events_of(STRAIN)(parse(rows, actors={**actors, n + 4: "LBY"})))


def test_coding_a_subject_naming_a_war_on_a_country_is_not_that_country():
    subject = ["Its PRP$ poss 1", "war NN nsubj 4", "on IN prep 1", "Sudan NNP pobj 2"]
    assert _strained(subject, {3: "SDN"}) == []


def test_coding_a_subject_naming_a_war_in_a_country_is_not_that_country():
    subject = ["The DT det 1", "war NN nsubj 4", "in IN prep 1", "Sudan NNP pobj 2"]
    assert _strained(subject, {3: "SDN"}) == []


def test_coding_whose_war_a_subject_names_is_the_source():
    subject = ["Chad NNP poss 1", "war NN nsubj 4", "on IN prep 1", "Sudan NNP pobj 2"]
    assert _strained(subject, {0: "TCD", 3: "SDN"}) == [(["TCD"], "160", ["LBY"])]


def test_coding_people_a_subject_names_in_a_country_are_of_that_country():
    subject = ["Kurds NNPS nsubj 4", "in IN prep 0", "northern JJ amod 3", "Sudan NNP pobj 1"]
    kurds = actor("KUR", "Kurds", kind="group")
    assert _strained(subject, {0: kurds, 3: "SDN"}) == [(["SDN"], "160", ["LBY"])]


