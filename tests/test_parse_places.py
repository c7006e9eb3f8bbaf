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




CLAIM = [{"code": "015", "verb": "claim", "object": ["responsibility"], "object_prep": ["for"]}]


def _claimed(deed: str, lemma: str) -> list[tuple]:
    """'The guerrillas claimed responsibility for the <deed> in Cusco.'"""
    doc = parse(f"""
        The             DT   det    1
        guerrillas      NNS  nsubj  2
        claimed         VBD  ROOT   2  claim
        responsibility  NN   dobj   2
        for             IN   prep   3
        the             DT   det    6
        {deed}          NN   pobj   4  {lemma}
        in              IN   prep   6
        Cusco           NNP  pobj   7
        .               .    punct  2
    """, actors={1: actor("PERREB", "guerrillas", kind="group"),
                 8: actor("PER", "Cusco", kind="place")})
    return summary(events_of(CLAIM)(doc))


def test_coding_a_claim_for_a_happening_is_not_aimed_at_where_it_happened():
    assert _claimed("bombing", "bombing") == [(["PERREB"], "015", [])]


def test_coding_a_claim_for_something_else_keeps_the_place_it_names():
    assert _claimed("office", "office") == [(["PERREB"], "015", ["PER"])]


POSTURE = [{"code": "151", "verb": "tighten", "object": ["security"]}]
TALKS = [{"code": "040", "verb": "hold", "object": ["talk"]}]


def _posted(subject_lemma: str, patterns: list[dict], verb: str, lemma: str,
            obj: str) -> list[tuple]:
    """'In Lebanon, the French <subject> <verb> <obj>.'"""
    doc = parse(f"""
        In        IN   prep   6
        Lebanon   NNP  pobj   0
        ,         ,    punct  6
        the       DT   det    5
        French    JJ   amod   5
        {subject_lemma}  NN   nsubj  6
        {verb}    VBD  ROOT   6  {lemma}
        {obj}     NNS  dobj   6  {obj.rstrip("s")}
        .         .    punct  6
    """, actors={1: actor("LBN", "Lebanon"), (4, 6): "FRAGOV"})
    return summary(events_of(patterns)(doc))


def test_coding_an_embassy_tightening_security_shows_no_force():
    assert _posted("embassy", POSTURE, "tightened", "tighten", "security") == []
    assert _posted("army", POSTURE, "tightened", "tighten", "security") == \
        [(["FRAGOV"], "151", ["LBN"])]


def test_coding_an_embassy_act_is_not_aimed_at_the_place_it_sits_in():
    assert _posted("embassy", TALKS, "held", "hold", "talks") == [(["FRAGOV"], "040", [])]
    assert _posted("ministry", TALKS, "held", "hold", "talks") == [(["FRAGOV"], "040", ["LBN"])]



DOUBT = [{"code": "110", "verb": "question", "object": ["ability"]}]


def _questioned(place_head: int, town: str = "Valparaiso", country: str = "CHL"
                ) -> list[tuple]:
    """'Chile questioned her ability to govern the province in <town>.', the phrase of place
    hanging from the infinitive (5), from its object (7) or from the act itself (1)."""
    doc = parse(f"""
        Chile       NNP  nsubj  1
        questioned  VBD  ROOT   1  question
        her         PRP$ poss   3
        ability     NN   dobj   1
        to          TO   aux    5
        govern      VB   acl    3
        the         DT   det    7
        province    NN   dobj   5
        in          IN   prep   {place_head}
        {town}      NNP  pobj   8
        .           .    punct  1
    """, actors={0: "CHL", 9: actor(country, town, kind="place")})
    return summary(events_of(DOUBT)(doc))


def test_coding_a_verbal_act_is_not_aimed_at_the_own_town_where_another_verb_is_done():
    assert _questioned(5) == [(["CHL"], "110", [])]
    assert _questioned(7) == [(["CHL"], "110", [])]
    assert _questioned(1) == [(["CHL"], "110", ["CHL"])]  # a place of the act itself, after it
    assert _questioned(5, "Cusco", "PER") == [(["CHL"], "110", ["PER"])]  # a town abroad


def test_places_a_town_told_with_its_country_is_the_town_of_that_country():
    """"Valencia in Venezuela", "Valencia, Spain": the country after the name picks which
    town of that name it is (a direction word allowed before it); the name alone is the
    gazetteer's."""
    from communique.geo import gazetteer
    from communique.nlp.places import geocode

    def place(words: list[str]) -> str | None:
        country = len(words) - 1
        doc = parse("\n".join(f"{w} NNP {'pobj' if i else 'ROOT'} 0" for i, w in
                              enumerate(words)), ents=[(0, 1, "GPE"), (country, country + 1,
                                                                     "GPE")])
        found = geocode(doc, doc[0])
        return found.country if found else None

    assert place(["Valencia", "in", "Venezuela"]) == "VEN"
    assert place(["Valencia", "in", "eastern", "Spain"]) == "ESP"
    assert place(["Valencia", ",", "Spain"]) == "ESP"
    alone = gazetteer().find("Valencia")
    assert alone is not None
    assert place(["Valencia", "and", "Spain"]) == alone.country
