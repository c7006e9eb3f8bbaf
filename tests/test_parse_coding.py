"""The event coder's grammar rules on hand-built parses (no model): each test builds the parse
a rule is written for, gives the coder a few patterns of its own, and checks the events.
Sentences are made up for these tests."""

from __future__ import annotations

import pytest
from parses import actor, events_of, make_doc, parse, summary


PATTERNS = [
    {"code": "190", "verb": "attack"},
    {"code": "190", "verb": "clash"},
    {"code": "042", "verb": "visit"},
    {"code": "036", "verb": "meet", "prep": ["with"]},
    {"code": "163", "verb": "impose", "object": ["sanction"], "object_prep": ["on"]},
    {"code": "138", "verb": "threaten", "xcomp": ["attack"]},
    {"code": "0874", "verb": "pull", "particle": "out"},
    {"code": "112", "verb": "accuse", "target": "required"},
    {"code": "141", "verb": "rally"},
    {"code": "010", "verb": "announce"},
    {"code": "057", "verb": "sign"},
    {"code": "173", "verb": "arrest", "object": ["leader"]},
    {"code": "0841", "verb": "free"},
    {"code": "100", "verb": "demand"},
    {"code": "084", "verb": "return"},
    {"code": "1723", "verb": "impose", "object": ["curfew"], "object_prep": ["on", "in"]},
    {"code": "190", "noun": "attack", "prep": ["on"]},
    {"code": "195", "noun": "strike", "prep": ["on"]},
    {"code": "042", "noun": "visit", "prep": ["to"]},
    {"code": "190", "noun": "clash", "prep": ["with", "between"]},
    {"code": "046", "noun": "talk", "prep": ["with", "between"]},
    {"code": "030", "verb": "take", "object": ["part"]},
    {"code": "100", "verb": "order"},
    {"code": "051", "verb": "praise"},
    {"code": "150", "verb": "test"},
    {"code": "195", "verb": "fire"},
]


@pytest.fixture(scope="module")
def code():
    return events_of(PATTERNS)


def test_coding_subject_is_source_and_object_is_target(code):
    doc = parse("""
        Turkey    NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Iraq      NNP  dobj   1
        .         .    punct  1
    """, actors={0: "TUR", 2: "IRQ"})
    [event] = code(doc)
    assert summary([event]) == [(["TUR"], "190", ["IRQ"])]
    assert (event.trigger, event.sentence, event.span) == ("attacked", "Turkey attacked Iraq.",
                                                           (0, 21))
    assert (event.negated, event.mood, event.date, event.confidence) == (
        False, "asserted", "2024-05-10", 0.75)


def test_coding_passive_agent_is_source_and_patient_target(code):
    doc = parse("""
        Iraq      NNP  nsubjpass  2
        was       VBD  auxpass    2  be
        attacked  VBN  ROOT       2  attack
        by        IN   agent      2
        Turkey    NNP  pobj       3
        .         .    punct      2
    """, actors={0: "IRQ", 4: "TUR"})
    assert summary(code(doc)) == [(["TUR"], "190", ["IRQ"])]


def test_coding_coordinated_subjects_are_one_event_with_both_sources(code):
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        visited  VBD  ROOT   3  visit
        Egypt    NNP  dobj   3
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP", 4: "EGY"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "042", ["EGY"])]


def test_coding_reported_clause_is_the_event_and_the_speaker_reports_it(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        attacked  VBD  ccomp  1  attack
        Bolivia   NNP  dobj   3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER", 4: "BOL"})
    [event] = code(doc)
    assert summary([event]) == [(["PER"], "190", ["BOL"])]
    assert event.reported_by.actor.code == "CHL"


def test_coding_a_pronoun_subject_of_a_reported_clause_is_the_speaker(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        it        PRP  nsubj  3
        visited   VBD  ccomp  1  visit
        Peru      NNP  dobj   3
        .         .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "042", ["PER"])]


def test_coding_did_not_is_negated_with_the_same_code(code):
    doc = parse("""
        Chile     NNP  nsubj  3
        did       VBD  aux    3  do
        not       RB   neg    3
        attack    VB   ROOT   3  attack
        Peru      NNP  dobj   3
        .         .    punct  3
    """, actors={0: "CHL", 4: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.negated, event.mood) == (
        [(["CHL"], "190", ["PER"])], True, "asserted")


def test_coding_denied_attacking_is_the_attack_negated(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        denied     VBD  ROOT   1  deny
        attacking  VBG  xcomp  1  attack
        Peru       NNP  dobj   2
        .          .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.negated) == ([(["CHL"], "190", ["PER"])], True)


def test_coding_force_said_to_come_is_a_threat(code):
    doc = parse("""
        Chile   NNP  nsubj  2
        will    MD   aux    2
        attack  VB   ROOT   2  attack
        Peru    NNP  dobj   2
        .       .    punct  2
    """, actors={0: "CHL", 3: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.mood) == ([(["CHL"], "138", ["PER"])], "future")


def test_coding_cooperation_said_to_come_is_an_intent(code):
    doc = parse("""
        Chile   NNP  nsubj  2
        will    MD   aux    2
        visit   VB   ROOT   2  visit
        Peru    NNP  dobj   2
        .       .    punct  2
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code(doc)) == [(["CHL"], "036", ["PER"])]


def test_coding_refused_cooperation_is_a_rejection_asserted(code):
    doc = parse("""
        Chile    NNP  nsubj  1
        refused  VBD  ROOT   1  refuse
        to       TO   aux    3
        visit    VB   xcomp  1  visit
        Peru     NNP  dobj   3
        .        .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.negated, event.mood) == (
        [(["CHL"], "125", ["PER"])], False, "asserted")


def test_coding_a_question_is_not_counted(code):
    doc = parse("""
        Did     VBD  aux    2  do
        Chile   NNP  nsubj  2
        attack  VB   ROOT   2  attack
        Peru    NNP  dobj   2
        ?       .    punct  2
    """, actors={1: "CHL", 3: "PER"})
    assert code(doc) == []


def test_coding_reportedly_is_kept_as_hypothetical(code):
    doc = parse("""
        Chile       NNP  nsubj   2
        reportedly  RB   advmod  2
        attacked    VBD  ROOT    2  attack
        Peru        NNP  dobj    2
        .           .    punct   2
    """, actors={0: "CHL", 3: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.mood) == ([(["CHL"], "190", ["PER"])], "hypothetical")


def test_coding_prep_pattern_takes_its_target_from_the_preposition(code):
    doc = parse("""
        Chile  NNP  nsubj  1
        met    VBD  ROOT   1  meet
        with   IN   prep   1
        Peru   NNP  pobj   2
        .      .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code(doc)) == [(["CHL"], "036", ["PER"])]


def test_coding_prep_pattern_without_its_preposition_codes_nothing(code):
    doc = parse("""
        Chile  NNP  nsubj  1
        met    VBD  ROOT   1  meet
        Peru   NNP  dobj   1
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []


def test_coding_object_pattern_targets_the_object_preposition(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        imposed    VBD  ROOT   1  impose
        sanctions  NNS  dobj   1  sanction
        on         IN   prep   2
        Peru       NNP  pobj   3
        .          .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "163", ["PER"])]


def test_coding_forces_a_show_of_force_moves_are_not_its_target():
    # CAMEO 15x: the troops dispatched are the source's own, not whom the posture is aimed at
    code = events_of([{"code": "154", "verb": "dispatch", "object": ["troop"],
                       "object_prep": ["to"]}])
    doc = parse("""
        Chile       NNP  nsubj  1
        dispatched  VBD  ROOT   1  dispatch
        more        JJR  amod   3
        troops      NNS  dobj   1  troop
        to          IN   prep   1
        the         DT   det    6
        region      NN   pobj   4
        .           .    punct  1
    """, actors={0: "CHL"})
    assert summary(code(doc)) == [(["CHL"], "154", [])]


def test_coding_an_outlook_a_linking_verb_says_of_its_subject_is_a_comment():
    # "Chile remains pessimistic about Peru": the predicate adjective is the pattern's word,
    # its "about" phrase the target; a state that is no outlook ("remains defiant") is no act
    code = events_of([{"code": "012", "verb": "remain", "object": ["pessimistic"]},
                      {"code": "120", "verb": "remain", "object": ["defiant"]}])
    doc = parse("""
        Chile        NNP  nsubj  1
        remains      VBZ  ROOT   1  remain
        pessimistic  JJ   acomp  1
        about        IN   prep   2
        Peru         NNP  pobj   3
        .            .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "012", ["PER"])]
    doc = parse("""
        Chile    NNP  nsubj  1
        remains  VBZ  ROOT   1  remain
        defiant  JJ   acomp  1
        toward   IN   prep   2
        Peru     NNP  pobj   3
        .        .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == []


def test_coding_object_pattern_with_another_object_codes_nothing(code):
    doc = parse("""
        Chile    NNP  nsubj  1
        imposed  VBD  ROOT   1  impose
        tariffs  NNS  dobj   1  tariff
        on       IN   prep   2
        Peru     NNP  pobj   3
        .        .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == []


def test_coding_xcomp_pattern_codes_the_complement_with_its_object_as_target(code):
    doc = parse("""
        Chile       NNP  nsubj  1
        threatened  VBD  ROOT   1  threaten
        to          TO   aux    3
        attack      VB   xcomp  1  attack
        Peru        NNP  dobj   3
        .           .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "138", ["PER"])]


def test_coding_particle_pattern_needs_its_particle(code):
    words = """
        Chile   NNP  nsubj  1
        pulled  VBD  ROOT   1  pull
        {}
        of      IN   prep   1
        Peru    NNP  pobj   3
        .       .    punct  1
    """
    with_particle = parse(words.format("out RP prt 1"), actors={0: "CHL", 4: "PER"})
    assert summary(code(with_particle)) == [(["CHL"], "0874", ["PER"])]
    without = parse(words.format("away RB advmod 1"), actors={0: "CHL", 4: "PER"})
    assert code(without) == []


def test_coding_a_phrasal_verb_is_not_the_bare_verbs_sense(code):
    words = """
        Chile     NNP  nsubj  1
        praised   VBD  ROOT   1  praise
        {}
        Peru      NNP  dobj   1
        .         .    punct  1
    """
    phrasal = parse(words.format("up RP prt 1"), actors={0: "CHL", 3: "PER"})
    assert code(phrasal) == []
    bare = parse(words.format("openly RB advmod 1"), actors={0: "CHL", 3: "PER"})
    assert summary(code(bare)) == [(["CHL"], "051", ["PER"])]


def test_coding_a_particle_the_parser_takes_for_a_preposition_is_the_particle(code):
    doc = parse("""
        Chile   NNP  nsubj  1
        pulled  VBD  ROOT   1  pull
        out     IN   prep   1
        of      IN   prep   2
        Peru    NNP  pobj   3
        .       .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "0874", ["PER"])]


def test_coding_a_particle_after_the_object_taken_for_an_adverb_is_the_particle():
    code = events_of([{"code": "0842", "verb": "hand", "particle": "back"}])
    doc = parse("""
        Chile     NNP  nsubj  1
        handed    VBD  ROOT   1  hand
        two       CD   nummod 3
        villages  NNS  dobj   1  village
        back      RB   advmod 1
        to        IN   prep   4
        Peru      NNP  pobj   5
        .         .    punct  1
    """, actors={0: "CHL", 6: "PER"})
    assert summary(code(doc)) == [(["CHL"], "0842", ["PER"])]


def test_coding_the_phrase_after_a_particle_taken_for_a_preposition_is_the_patterns():
    code = events_of([{"code": "164", "verb": "pull", "particle": "out", "prep": ["of"],
                       "prep_object": ["talk"]}])
    doc = parse("""
        Chile   NNP  nsubj  1
        pulled  VBD  ROOT   1  pull
        out     IN   prep   1
        of      IN   prep   2
        the     DT   det    5
        talks   NNS  pobj   3  talk
        with    IN   prep   5
        Peru    NNP  pobj   6
        .       .    punct  1
    """, actors={0: "CHL", 7: "PER"})
    assert summary(code(doc)) == [(["CHL"], "164", ["PER"])]


def test_coding_a_long_object_after_a_short_phrase_is_the_object(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        freed      VBD  ROOT   1  free
        at         IN   prep   1
        dawn       NN   pobj   2
        three      CD   nummod 6
        captured   JJ   amod   6
        ministers  NNS  pobj   2  minister
        of         IN   prep   6
        Peru       NNP  pobj   7
        .          .    punct  1
    """, actors={0: "CHL", 8: "PER"})
    assert summary(code(doc)) == [(["CHL"], "0841", ["PERGOV"])]  # Peru's ministers


def test_coding_a_demand_is_made_of_the_from_phrase_of_the_thing_asked_for(code):
    # the parser makes the thing asked for the subject of the clause of its purpose
    doc = parse("""
        Chile     NNP  nsubj  1
        demanded  VBD  ROOT   1  demand
        support   NN   nsubj  8
        from      IN   prep   2
        the       DT   det    6
        national  JJ   amod   6
        government NN  pobj   3
        to        TO   aux    8
        rebuild   VB   ccomp  1
        the       DT   det    10
        town      NN   dobj   8
        .         .    punct  1
    """, actors={0: "CHL"})
    assert [(e.cameo, [m.text for m in e.target]) for e in code(doc)] == \
        [("100", ["national government"])]


def test_coding_required_target_without_an_actor_codes_nothing(code):
    doc = parse("""
        Chile    NNP  nsubj  1
        accused  VBD  ROOT   1  accuse
        rebels   NNS  dobj   1  rebel
        .        .    punct  1
    """, actors={0: "CHL"})
    assert code(doc) == []


def test_coding_light_verb_takes_the_event_noun_code_and_its_target(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        launched  VBD  ROOT   1  launch
        an        DT   det    3
        attack    NN   dobj   1  attack
        on        IN   prep   3
        Peru      NNP  pobj   4
        .         .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.trigger) == ([(["CHL"], "190", ["PER"])], "launched")


@pytest.mark.parametrize(("first", "lemma", "codes"), [
    ("fines", "fine", [(["CHL"], "163", ["PER"])]),  # the conjunct's pattern
    ("curfews", "curfew", [(["CHL"], "1723", ["PER"])]),  # the head object's pattern first
])
def test_coding_a_verb_pattern_object_may_be_a_conjunct_of_the_object(code, first, lemma,
                                                                       codes):
    doc = parse(f"""
        Chile      NNP  nsubj  1
        imposed    VBD  ROOT   1  impose
        {first}    NNS  dobj   1  {lemma}
        and        CC   cc     2
        sanctions  NNS  conj   2  sanction
        on         IN   prep   1
        Peru       NNP  pobj   5
        .          .    punct  1
    """, actors={0: "CHL", 6: "PER"})
    assert summary(code(doc)) == codes


def test_coding_light_verb_carries_out_each_of_its_coordinated_objects(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        launched  VBD  ROOT   1  launch
        drills    NNS  dobj   1  drill
        and       CC   cc     2
        an        DT   det    5
        attack    NN   conj   2  attack
        on        IN   prep   5
        Peru      NNP  pobj   6
        .         .    punct  1
    """, actors={0: "CHL", 7: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.trigger) == ([(["CHL"], "190", ["PER"])], "launched")


@pytest.mark.parametrize(("verb", "lemma", "codes"), [
    ("perpetrated", "perpetrate", [(["CHL"], "190", ["PER"])]),  # it does what its noun names
    ("denoted", "denote", []),  # any other verb only names the event
    ("exploited", "exploit", []),  # or acts on it
])
def test_coding_only_a_support_verb_takes_its_event_nouns_code(code, verb, lemma, codes):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        an        DT   det    3
        attack    NN   dobj   1  attack
        on        IN   prep   3
        Peru      NNP  pobj   4
        .         .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("in_head", "verb", "lemma", "share"), [
    (2, "took", "take", "part"),  # "in" on the share
    (1, "took", "take", "part"),  # or on the verb
    (2, "played", "play", "role"),  # a share in it, whatever the verb
])
def test_coding_taking_part_in_an_event_is_the_event(code, in_head, verb, lemma, share):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        {share}   NN   dobj   1
        in        IN   prep   {in_head}
        the       DT   det    5
        attack    NN   pobj   3  attack
        on        IN   prep   5
        Peru      NNP  pobj   6
        .         .    punct  1
    """, actors={0: "CHL", 7: "PER"})
    assert summary(code(doc)) == [(["CHL"], "190", ["PER"])]


def test_coding_taking_part_in_no_event_noun_keeps_the_verbs_pattern(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        took      VBD  ROOT   1  take
        part      NN   dobj   1
        in        IN   prep   2
        the       DT   det    5
        vote      NN   pobj   3
        .         .    punct  1
    """, actors={0: "CHL"})
    assert summary(code(doc)) == [(["CHL"], "030", [])]


def test_coding_light_verb_takes_no_event_noun_from_a_phrase_before_it(code):
    doc = parse("""
        In      IN   prep   7
        a       DT   det    2
        strike  NN   pobj   0
        on      IN   prep   2
        Peru    NNP  pobj   3
        ,       ,    punct  7
        Chile   NNP  nsubj  7
        spoke   VBD  ROOT   7  speak
        .       .    punct  7
    """, actors={4: "PER", 6: "CHL"})
    assert code(doc) == []
    doc = parse("""
        Chile   NNP  nsubj  1
        went    VBD  ROOT   1  go
        on      IN   prep   1
        a       DT   det    4
        strike  NN   pobj   2
        on      IN   prep   4
        Peru    NNP  pobj   5
        .       .    punct  1
    """, actors={0: "CHL", 6: "PER"})
    assert summary(code(doc)) == [(["CHL"], "195", ["PER"])]


def test_coding_a_past_clause_set_in_a_career_span_sums_up_a_record(code):
    table = """
        In       IN   prep   {v}
        his      PRP$ poss   3
        three    CD   nummod 3
        terms    NNS  pobj   0  term
        ,        ,    punct  {v}
        Peru     NNP  nsubj  {v}
        {verbs}
        Chile    NNP  dobj   {v}
        .        .    punct  {v}
    """
    doc = parse(table.format(v=6, verbs="visited VBD ROOT 6 visit"), actors={5: "PER", 7: "CHL"})
    assert code(doc) == []
    doc = parse(table.format(v=7, verbs="has VBZ aux 7 have\n        visited VBN ROOT 7 visit"),
                actors={5: "PER", 8: "CHL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]


def test_coding_an_adverb_of_frequency_makes_a_habit_not_a_happening(code):
    table = """
        Peru       NNP  nsubj  {v}
        {verbs}
        Chile      NNP  dobj   {v}
        .          .    punct  {v}
    """
    doc = parse(table.format(v=2, verbs="regularly RB advmod 2\n        visits VBZ ROOT 2 visit"),
                actors={0: "PER", 3: "CHL"})
    assert code(doc) == []
    doc = parse(table.format(v=2, verbs="often RB advmod 2\n        visited VBD ROOT 2 visit"),
                actors={0: "PER", 3: "CHL"})
    assert code(doc) == []
    doc = parse(table.format(v=1, verbs="visited VBD ROOT 1 visit"), actors={0: "PER", 2: "CHL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]


def test_coding_a_phrase_of_frequency_makes_a_habit_not_a_happening(code):
    doc = parse("""
        Peru     NNP  nsubj  1
        visited  VBD  ROOT   1  visit
        Chile    NNP  dobj   1
        from     IN   prep   1
        time     NN   pobj   3
        to       IN   prep   1
        time     NN   pobj   5
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL"})
    assert code(doc) == []


def test_coding_in_an_article_an_event_among_uncoded_people_is_private(code):
    smith, jones = actor(None, "Smith", "uncoded person"), actor(None, "Jones", "uncoded person")

    lone = make_doc(**_visits(("Smith", "Jones")), actors={0: smith, 2: jones})
    assert summary(code(lone)) == [([None], "042", [None])]  # who they are is not known
    acme = actor(None, "Acme", "uncoded organisation")  # a body may be political
    article = make_doc(**_visits(("Smith", "Jones"), ("Peru", "Jones"), ("Acme", "Jones")),
                       actors={0: smith, 2: jones, 5: "PER", 7: jones, 10: acme, 12: jones})
    assert summary(code(article)) == [(["PER"], "042", [None]), ([None], "042", [None])]


def _visits(*sentences: tuple[str, str]) -> dict:
    """Sentences "A visited B .", a paragraph break between them."""
    words, heads, deps, tags = [], [], [], []
    for a, b in sentences:
        if words:
            words.append("\n")
            heads.append(len(words) - 3)
            deps.append("dep")
            tags.append("_SP")
        k = len(words)
        words += [a, "visited", b, "."]
        heads += [k + 1, k + 1, k + 1, k + 1]
        deps += ["nsubj", "ROOT", "dobj", "punct"]
        tags += ["NNP", "VBD", "NNP", "."]
    lemmas = ["visit" if w == "visited" else w.lower() for w in words]
    return {"words": words, "heads": heads, "deps": deps, "tags": tags, "lemmas": lemmas}


@pytest.mark.parametrize(("source", "target", "kept"), [
    ("TURGOV", "TURGOV", False),  # two members of one government
    ("TURLEG", "TURLEG", False),  # two members of one legislature
    ("TURGOV", "TURLEG", True),  # two bodies of one state
    ("TURREB", "TURREB", True),  # rebels are no body of the state: one faction on another
    ("TUR", "TUR", True),  # a country's code says no body
])
def test_coding_in_an_article_an_act_inside_one_body_of_a_state_is_no_interaction(
        code, source, target, kept):
    smith, jones = actor(source, "Smith", "person"), actor(target, "Jones", "person")
    article = make_doc(**_visits(("Peru", "Chile"), ("Smith", "Jones")),
                       actors={0: "PER", 2: "CHL", 5: smith, 7: jones})
    expected = [(["PER"], "042", ["CHL"])] + ([([source], "042", [target])] if kept else [])
    assert summary(code(article)) == expected
    lone = make_doc(**_visits(("Smith", "Jones")), actors={0: smith, 2: jones})
    assert summary(code(lone)) == [([source], "042", [target])]  # no article: offices unread


@pytest.mark.parametrize(("owner", "target"), [
    ("PER", []),  # the source's own country owns the thing: no other side
    ("CHL", ["CHL"]),  # another country's
])
def test_coding_in_an_article_the_sources_own_country_owning_the_object_is_no_target(
        code, owner, target):
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    act = {"words": ["Smith", "freed", owner, "'s", "allies", "."],
              "heads": [1, 1, 4, 2, 1, 1],
              "deps": ["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
              "tags": ["NNP", "VBD", "NNP", "POS", "NNS", "."],
              "lemmas": ["smith", "free", owner.lower(), "'s", "ally", "."]}
    smith = actor("PERGOV", "Smith", "person")
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in act[key]] if key == "heads" else act[key]) for key in lead},
        actors={0: "PER", 2: "CHL", 5: smith, 7: owner})
    assert summary(code(article))[1:] == [(["PERGOV"], "0841", target)]
    lone = make_doc(**act, actors={0: smith, 2: owner})
    assert summary(code(lone)) == [(["PERGOV"], "0841", [owner])]  # the sentence sets' way


@pytest.mark.parametrize(("verb", "lemma", "kept"), [
    ("visited", "visit", False),  # a consultation (04) with no other side
    ("rallied", "rally", True),  # a protest needs none
])
def test_coding_in_an_article_a_consultation_with_one_side_only_is_no_event(
        code, verb, lemma, kept):
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    alone = {"words": ["Ministers", verb, "on", "Monday", "."], "heads": [1, 1, 1, 2, 1],
             "deps": ["nsubj", "ROOT", "prep", "pobj", "punct"],
             "tags": ["NNS", "VBD", "IN", "NNP", "."],
             "lemmas": ["minister", lemma, "on", "monday", "."]}
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in alone[key]] if key == "heads" else alone[key]) for key in lead},
        actors={0: "PER", 2: "CHL", 5: "PERGOV"}, ents=[(8, 9, "DATE")])
    events = summary(code(article))
    assert events[0] == (["PER"], "042", ["CHL"])
    assert len(events) == 1 + kept
    lone = make_doc(**alone, actors={0: "PERGOV"})
    assert len(code(lone)) == 1  # a lone sentence is coded for its kind of event


def test_coding_in_an_article_a_reciprocal_act_is_coded_as_its_pairs_only(code):
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    signed = {"words": ["Greece", "and", "Cyprus", "signed", "."], "heads": [3, 0, 0, 3, 3],
              "deps": ["nsubj", "cc", "conj", "ROOT", "punct"],
              "tags": ["NNP", "CC", "NNP", "VBD", "."],
              "lemmas": ["greece", "and", "cyprus", "sign", "."]}
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in signed[key]] if key == "heads" else signed[key]) for key in lead},
        actors={0: "PER", 2: "CHL", 5: "GRC", 7: "CYP"})
    assert summary(code(article))[1:] == [(["GRC"], "057", ["CYP"]), (["CYP"], "057", ["GRC"])]
    lone = make_doc(**signed, actors={0: "GRC", 2: "CYP"})
    assert summary(code(lone)) == [(["GRC", "CYP"], "057", []), (["GRC"], "057", ["CYP"]),
                                   (["CYP"], "057", ["GRC"])]  # PLOVER's list form too


def test_coding_in_an_article_a_mutual_fight_is_coded_once_from_the_side_named_first(code):
    # meetings and deals are coded each way round (reciprocal codes); a clash the two sides
    # fight with each other is one happening, from the side named first to the other
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    clashed = {"words": ["Greece", "and", "Cyprus", "clashed", "."],
               "heads": [3, 0, 0, 3, 3], "deps": ["nsubj", "cc", "conj", "ROOT", "punct"],
               "tags": ["NNP", "CC", "NNP", "VBD", "."],
               "lemmas": ["greece", "and", "cyprus", "clash", "."]}
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in clashed[key]] if key == "heads" else clashed[key]) for key in lead},
        actors={0: "PER", 2: "CHL", 5: "GRC", 7: "CYP"})
    assert summary(code(article)) == [(["PER"], "042", ["CHL"]), (["GRC"], "190", ["CYP"])]


@pytest.mark.parametrize(("verb", "lemma", "kept"), [
    ("visited", "visit", 0),  # side by side, each other's partners in nothing
    ("signed", "sign", 2),  # an agreement between them: each other's targets
])
def test_coding_in_an_article_sources_side_by_side_with_no_other_side_are_no_event(
        code, verb, lemma, kept):
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    pair = {"words": ["Bolivia", "and", "Ecuador", verb, "on", "Monday", "."],
            "heads": [3, 0, 0, 3, 3, 4, 3],
            "deps": ["nsubj", "cc", "conj", "ROOT", "prep", "pobj", "punct"],
            "tags": ["NNP", "CC", "NNP", "VBD", "IN", "NNP", "."],
            "lemmas": ["bolivia", "and", "ecuador", lemma, "on", "monday", "."]}
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in pair[key]] if key == "heads" else pair[key]) for key in lead},
        actors={0: "PER", 2: "CHL", 5: "BOL", 7: "ECU"}, ents=[(10, 11, "DATE")])
    events = summary(code(article))
    assert events[0] == (["PER"], "042", ["CHL"])
    assert len(events) == 1 + kept


@pytest.mark.parametrize(("other", "kept"), [
    ("officials", 0),  # people named by a common noun: the text does not say who
    ("Ecuador", 1),
])
def test_coding_in_an_article_a_consultation_with_people_not_named_is_no_event(
        code, other, kept):
    lead = {"words": ["Peru", "visited", "Chile", ".", "\n"], "heads": [1, 1, 1, 1, 3],
            "deps": ["nsubj", "ROOT", "dobj", "punct", "dep"],
            "tags": ["NNP", "VBD", "NNP", ".", "_SP"],
            "lemmas": ["peru", "visit", "chile", ".", "\n"]}
    visit = {"words": ["Bolivia", "visited", other, "."], "heads": [1, 1, 1, 1],
             "deps": ["nsubj", "ROOT", "dobj", "punct"],
             "tags": ["NNP", "VBD", "NNS" if kept == 0 else "NNP", "."],
             "lemmas": ["bolivia", "visit", other.lower().rstrip("s"), "."]}
    actors = {0: "PER", 2: "CHL", 5: "BOL", **({7: "ECU"} if kept else {})}
    article = make_doc(**{key: lead[key] + (
        [h + 5 for h in visit[key]] if key == "heads" else visit[key]) for key in lead},
        actors=actors)
    events = summary(code(article))
    assert events[0] == (["PER"], "042", ["CHL"])
    assert len(events) == 1 + kept
    if not kept:  # a lone sentence keeps it, for its kind of event
        assert summary(code(make_doc(**visit, actors={0: "BOL"}))) == [
            (["BOL"], "042", [None])]


def test_coding_an_event_noun_a_linking_clause_describes_is_not_reported(code):
    table = """
        Peru    NNP  poss   2
        's      POS  case   0
        visit   NN   nsubj  5
        to      IN   prep   2
        Chile   NNP  pobj   3
        {verb}
        .       .    punct  5
    """
    doc = parse(table.format(verb="was VBD ROOT 5 be\n        brief JJ acomp 5"),
                actors={0: "PER", 4: "CHL"})
    assert code(doc) == []  # what the clause says of the visit
    doc = parse(table.format(verb="began VBD ROOT 5 begin"), actors={0: "PER", 4: "CHL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]  # says that it happens


def test_coding_event_noun_with_a_demonym_source(code):
    doc = parse("""
        Chilean    JJ   amod   1
        strikes    NNS  nsubj  5  strike
        on         IN   prep   1
        Peru       NNP  pobj   2
        have       VBP  aux    5
        continued  VBN  ROOT   5  continue
        .          .    punct  5
    """, actors={0: "CHL", 3: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.trigger) == ([(["CHL"], "195", ["PER"])], "strikes")


def test_coding_event_noun_in_the_background_codes_nothing(code):
    doc = parse("""
        Chile   NNP  nsubj  1
        spoke   VBD  ROOT   1  speak
        since   IN   prep   1
        the     DT   det    5
        Peruvian JJ  amod   5
        attack  NN   pobj   2  attack
        .       .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == []


def test_coding_the_of_phrase_of_a_visit_names_who_visits(code):
    table = """
        The       DT   det    1
        visit     NN   nsubj  {verb}
        {words}
        ended     VBD  ROOT   {verb}  end
        .         .    punct  {verb}
    """
    # the parser hangs "to Peru" on the visitor
    of = """of        IN   prep   1
        the       DT   det    5
        Chilean   JJ   amod   5
        president NN   pobj   2
        to        IN   prep   5
        Peru      NNP  pobj   6"""
    doc = parse(table.format(verb=8, words=of), actors={5: "CHLGOV", 7: "PER"})
    assert summary(code(doc)) == [(["CHLGOV"], "042", ["PER"])]
    # with no one named as its doer, "the visit" is still a state of affairs, no happening
    doc = parse(table.format(verb=4, words="to IN prep 1\n        Peru NNP pobj 2"),
                actors={3: "PER"})
    assert code(doc) == []


@pytest.mark.parametrize("verb", ["erupted VBD ROOT 1 erupt", "broke VBD ROOT 1 break"])
def test_coding_an_event_noun_said_to_break_out_takes_the_parties_of_its_verb(code, verb):
    doc = parse(f"""
        Clashes   NNS  nsubj  1  clash
        {verb}
        {"out RP prt 1" if verb.startswith("broke") else "again RB advmod 1"}
        between   IN   prep   1
        Chile     NNP  pobj   3
        and       CC   cc     4
        Peru      NNP  conj   4
        .         .    punct  1
    """, actors={4: "CHL", 6: "PER"})
    # sides that clash are each other's foes: both ways, beside the group (a lone sentence)
    assert summary(code(doc)) == [(["CHL", "PER"], "190", []), (["CHL"], "190", ["PER"]),
                                  (["PER"], "190", ["CHL"])]


@pytest.mark.parametrize(("noun", "events"), [
    ("fight NN nsubj 1", [(["CHL", "PER"], "190", []), (["CHL"], "190", ["PER"]),
                          (["PER"], "190", ["CHL"])]),
    ("talks NNS nsubj 1 talk", [(["CHL"], "046", ["PER"])])])  # not done against each other
def test_coding_a_fight_between_two_sides_is_coded_both_ways(noun, events):
    doc = parse(f"""
        {noun}
        began     VBD  ROOT   1  begin
        between   IN   prep   1
        Chile     NNP  pobj   2
        and       CC   cc     3
        Peru      NNP  conj   3
        .         .    punct  1
    """, actors={3: "CHL", 5: "PER"})
    code = events_of([*PATTERNS, {"code": "190", "noun": "fight", "prep": ["between"]}])
    assert summary(code(doc)) == events


def test_coding_the_phrases_of_a_verb_that_ends_an_event_are_not_the_nouns(code):
    doc = parse("""
        Talks     NNS  nsubj  1  talk
        broke     VBD  ROOT   1  break
        down      RP   prt    1
        between   IN   prep   1
        Chile     NNP  pobj   3
        and       CC   cc     4
        Peru      NNP  conj   4
        .         .    punct  1
    """, actors={4: "CHL", 6: "PER"})
    assert code(doc) == []


def test_coding_an_event_noun_quantified_by_no_is_negated(code):
    doc = parse("""
        No        DT   det    1
        talks     NNS  nsubj  2  talk
        took      VBD  ROOT   2  take
        place     NN   dobj   2
        between   IN   prep   2
        Chile     NNP  pobj   4
        and       CC   cc     5
        Peru      NNP  conj   5
        .         .    punct  2
    """, actors={5: "CHL", 7: "PER"})
    [event] = code(doc)
    assert (summary([event]), event.negated) == ([(["CHL"], "046", ["PER"])], True)


def test_coding_must_in_a_reported_clause_is_a_demand(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  4
        must      MD   aux    4
        withdraw  VB   ccomp  1  withdraw
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "100", ["PER"])]


def test_coding_an_announcement_of_what_someone_must_do_is_a_demand(code):
    """A saying verb with a plain statement pattern of its own ("announce" → 010) still
    demands what its reported clause says another must do."""
    doc = parse("""
        Chile     NNP  nsubj  1
        announced VBD  ROOT   1  announce
        that      IN   mark   5
        Peru      NNP  nsubj  5
        must      MD   aux    5
        withdraw  VB   ccomp  1  withdraw
        .         .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code(doc)) == [(["CHL"], "100", ["PER"])]


def test_coding_a_gerund_of_time_or_means_is_done_by_the_clause_subject(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        crossed    VBD  ROOT   1  cross
        the        DT   det    3
        river      NN   dobj   1
        before     IN   prep   1
        attacking  VBG  pcomp  4  attack
        Peru       NNP  dobj   5
        .          .    punct  1
    """, actors={0: "CHL", 6: "PER"})
    assert summary(code(doc)) == [(["CHL"], "190", ["PER"])]


def test_coding_a_gerund_of_means_is_as_asserted_as_its_verb(code):
    doc = parse("""
        Chile      NNP  nsubj  2
        will       MD   aux    2
        respond    VB   ROOT   2
        by         IN   prep   2
        attacking  VBG  pcomp  3  attack
        Peru       NNP  dobj   4
        .          .    punct  2
    """, actors={0: "CHL", 5: "PER"})
    assert [(e.cameo, e.mood) for e in code(doc)] == [("138", "future")]  # force to come: a threat


def test_coding_what_someone_believes_happened_is_not_reported_as_a_happening(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        believes  VBZ  ROOT   1  believe
        Peru      NNP  nsubj  3
        attacked  VBD  ccomp  1  attack
        Bolivia   NNP  dobj   3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER", 4: "BOL"})
    assert code(doc) == []


def test_coding_an_event_noun_subject_of_a_future_verb_is_no_threat_and_no_happening(code):
    doc = parse("""
        Chile   NNP  poss   2
        's      POS  case   0
        attack  NN   nsubj  6  attack
        on      IN   prep   2
        Peru    NNP  pobj   3
        will    MD   aux    6
        end     VB   ROOT   6
        .       .    punct  6
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == []


def test_coding_an_open_complement_of_a_negated_verb_is_negated(code):
    """"did not try to attack": no attack; "did not hesitate to attack" (a verb of
    omission): the attack happened."""
    for head, lemma, negated in (("try", "try", True), ("hesitate", "hesitate", False)):
        doc = parse(f"""
            Chile    NNP  nsubj  3
            did      VBD  aux    3  do
            not      RB   neg    3
            {head}   VB   ROOT   3  {lemma}
            to       TO   aux    5
            attack   VB   xcomp  3  attack
            Peru     NNP  dobj   5
            .        .    punct  3
        """, actors={0: "CHL", 6: "PER"})
        assert [(e.cameo, e.negated) for e in code(doc)] == [("190", negated)]


def test_coding_an_open_complement_of_an_adjective_of_inability_is_negated(code):
    """"was unable to attack" and "was not able to attack": no attack."""
    for words in (["unable"], ["not", "able"]):
        rows = "\n".join(f"{w}  {'RB  neg' if w == 'not' else 'JJ  acomp'}  1"
                          for w in words)
        n = len(words)
        doc = parse(f"""
            Chile    NNP  nsubj  1
            was      VBD  ROOT   1  be
            {rows}
            to       TO   aux    {n + 3}
            attack   VB   xcomp  {n + 1}  attack
            Peru     NNP  dobj   {n + 3}
            .        .    punct  1
        """, actors={0: "CHL", n + 4: "PER"})
        assert [(e.cameo, e.negated) for e in code(doc)] == [("190", True)], words


def test_coding_a_present_clause_dated_to_come_is_a_plan(code):
    """"X is visiting Y next week": a visit to come (036, an intent to meet), not one made."""
    doc = parse("""
        Chile     NNP  nsubj     2
        is        VBZ  aux       2  be
        visiting  VBG  ROOT      2  visit
        Peru      NNP  dobj      2
        next      JJ   amod      5
        week      NN   npadvmod  2
        .         .    punct     2
    """, actors={0: "CHL", 3: "PER"}, ents=[(4, 6, "DATE")])
    assert [(e.cameo, e.mood) for e in code(doc)] == [("036", "future")]


def test_coding_a_verb_joined_to_test_is_a_test(code):
    """"test-fired a rocket": a show of force (150), not the firing (195)."""
    doc = parse("""
        Chile       NNP  nsubj     1
        test-fired  VBD  ROOT      1  test-fire
        a           DT   det       3
        rocket      NN   dobj      1
        .           .    punct     1
    """, actors={0: "CHL"})
    assert [e.cameo for e in code(doc)] == ["150"]
    doc = parse("""
        Chile    NNP  nsubj     1
        fired    VBD  ROOT      1  fire
        a        DT   det       3
        rocket   NN   dobj      1
        .        .    punct     1
    """, actors={0: "CHL"})
    assert [e.cameo for e in code(doc)] == ["195"]


def test_coding_force_as_a_goal_striven_for_is_no_threat(code):
    """"sought to attack": a goal pursued, no threat; "planned to attack": said to come, a
    threat (138)."""
    for head, lemma, codes in (("sought", "seek", []), ("wanted", "want", []),
                               ("planned", "plan", ["138"])):
        doc = parse(f"""
            Chile    NNP  nsubj  1
            {head}   VBD  ROOT   1  {lemma}
            to       TO   aux    3
            attack   VB   xcomp  1  attack
            Peru     NNP  dobj   3
            .        .    punct  1
        """, actors={0: "CHL", 4: "PER"})
        assert [e.cameo for e in code(doc)] == codes, head


def test_coding_a_second_verb_of_what_is_asked_is_asked_too(code):
    doc = parse("""
        Chile    NNP  nsubj  1
        demanded VBD  ROOT   1  demand
        Peru     NNP  dobj   1
        to       TO   aux    4
        free     VB   xcomp  1  free
        them     PRP  dobj   4
        and      CC   cc     4
        attack   VB   conj   4  attack
        Bolivia  NNP  dobj   7
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER", 8: "BOL"})
    assert [e.cameo for e in code(doc)] == ["100"]


def test_coding_an_event_noun_a_verb_of_the_mind_takes_is_a_topic(code):
    for verb, lemma, codes in (("launched", "launch", ["190"]), ("recalled", "recall", [])):
        doc = parse(f"""
            Chile    NNP  nsubj  1
            {verb}   VBD  ROOT   1  {lemma}
            the      DT   det    3
            attack   NN   dobj   1  attack
            on       IN   prep   3
            Peru     NNP  pobj   4
            .        .    punct  1
        """, actors={0: "CHL", 5: "PER"})
        assert [e.cameo for e in code(doc)] == codes


def test_coding_repercussions_said_to_come_to_someone_are_a_threat(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  4
        would     MD   aux    4
        pay       VB   ccomp  1  pay
        a         DT   det    7
        heavy     JJ   amod   7
        price     NN   dobj   4
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "130", ["PER"])]


NOT = "does VBZ aux 6 do\n        not RB neg 6"
SOON = "soon RB advmod 6\n        fully RB advmod 6"


@pytest.mark.parametrize("mark, words, subject, events", [
    ("if", NOT, "we PRP", [(["PER"], "130", ["CHL"])]),
    ("unless", SOON, "Peru NNP", [(["PER"], "130", ["CHL"])]),
    ("if", SOON, "we PRP", []),  # "if X withdraws, we will respond": no threat
    ("if", NOT, "Bolivia NNP", []),  # what a third side will do is no threat of the speaker's
])
def test_coding_what_the_speakers_side_will_do_unless_someone_acts_is_a_threat(
        code, mark, words, subject, events):
    doc = parse(f"""
        Peru      NNP  nsubj  1
        said      VBD  ROOT   1  say
        {mark}    IN   mark   6
        Chile     NNP  nsubj  6
        {words}
        withdraw  VB   advcl  9
        {subject} nsubj  9
        will      MD   aux    9
        respond   VB   ccomp  1
        .         .    punct  1
    """, actors={0: "PER", 3: "CHL", **({7: "BOL"} if "Bolivia" in subject else {}),
                 **({7: "PER"} if subject.startswith("Peru") else {})})
    assert summary(code(doc)) == events


def test_coding_repercussions_said_to_have_come_are_no_threat(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        suffered  VBD  ccomp  1  suffer
        the       DT   det    5
        consequences NNS dobj 3  consequence
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []


def test_coding_blame_said_of_someone_is_an_accusation(code):
    doc = parse("""
        Chile        NNP  nsubj  1
        said         VBD  ROOT   1  say
        Peru         NNP  nsubj  3
        was          VBD  ccomp  1  be
        responsible  JJ   acomp  3
        .            .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "112", ["PER"])]


@pytest.mark.parametrize(("thing", "codes"), [
    ("ambush", [(["CHL"], "112", ["PER"])]), ("reforms", [])])
def test_coding_saying_someone_was_behind_violence_is_an_accusation(code, thing, codes):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        was       VBD  ccomp  1  be
        behind    IN   prep   3
        the       DT   det    6
        {thing}   NN   pobj   4  {thing.rstrip("s")}
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("thing", "codes"), [
    ("ambush", [(["CHL"], "112", ["PER"])]), ("talks", [])])
def test_coding_saying_someone_was_involved_in_violence_is_an_accusation(code, thing, codes):
    doc = parse(f"""
        Chile     NNP  nsubj     1
        said      VBD  ROOT      1  say
        Peru      NNP  nsubjpass 4
        was       VBD  auxpass   4  be
        involved  VBN  ccomp     1  involve
        in        IN   prep      4
        the       DT   det       7
        {thing}   NN   pobj      5  {thing.rstrip("s")}
        .         .    punct     1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


def test_coding_saying_someone_was_complicit_in_violence_is_an_accusation(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        said       VBD  ROOT   1  say
        Peru       NNP  nsubj  3
        was        VBD  ccomp  1  be
        complicit  JJ   acomp  3
        in         IN   prep   4
        the        DT   det    7
        bombing    NN   pobj   5
        .          .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "112", ["PER"])]


def test_coding_saying_someone_took_bribes_is_an_accusation(code):
    doc = parse("""
        Chile   NNP  nsubj  1
        said    VBD  ROOT   1  say
        Peru    NNP  nsubj  3
        took    VBD  ccomp  1  take
        bribes  NNS  dobj   3  bribe
        .       .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "112", ["PER"])]


@pytest.mark.parametrize(("subject", "codes"), [
    ("options", [(["CHL"], "130", ["PER"])]), ("proposals", [])])
def test_coding_saying_all_options_are_on_the_table_is_a_threat(code, subject, codes):
    doc = parse(f"""
        Chile      NNP  nsubj  1
        said       VBD  ROOT   1  say
        all        DT   det    3
        {subject}  NNS  nsubj  4  {subject.rstrip("s")}
        were       VBD  ccomp  1  be
        on         IN   prep   4
        the        DT   det    7
        table      NN   pobj   5
        against    IN   prep   7
        Peru       NNP  pobj   8
        .          .    punct  1
    """, actors={0: "CHL", 9: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("thing", "coded"), [
    ("strikes", ("138", False)),  # force kept open: a threat of force
    ("talks", ("120", True))])  # anything else: the exclusion, denied
def test_coding_not_ruling_out_force_is_a_threat_of_force(thing, coded):
    doc = parse(f"""
        Chile     NNP  nsubj  3
        did       VBD  aux    3
        not       RB   neg    3
        rule      VB   ROOT   3  rule
        out       RP   prt    3
        {thing}   NNS  dobj   3  {thing.rstrip("s")}
        on        IN   prep   5
        Peru      NNP  pobj   6
        .         .    punct  3
    """, actors={0: "CHL", 7: "PER"})
    [event] = events_of([{"code": "120", "verb": "rule", "particle": "out"}])(doc)
    assert (event.cameo, event.negated) == coded
    assert summary([event]) == [(["CHL"], coded[0], ["PER"])]


@pytest.mark.parametrize("word", ["not", "may"])
def test_coding_blame_denied_or_supposed_is_no_accusation(code, word):
    tag, dep = ("RB", "neg") if word == "not" else ("MD", "aux")
    doc = parse(f"""
        Chile        NNP    nsubj  1
        said         VBD    ROOT   1  say
        Peru         NNP    nsubj  4
        {word}       {tag}  {dep}  4
        be           VB     ccomp  1
        responsible  JJ     acomp  4
        .            .      punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []


@pytest.mark.parametrize(("predicate", "codes"), [
    ("liar      NN  attr   3", [(["CHL"], "111", ["PER"])]),  # a noun of censure
    ("puppet    NN  attr   3", [(["CHL"], "111", ["PER"])]),  # another's tool: censure
    ("reckless  JJ  acomp  3", [(["CHL"], "111", ["PER"])]),  # an adjective of censure
    ("neighbour NN  attr   3", []),  # no verdict
    ("angry     JJ  acomp  3", []),  # what the subject feels is no verdict on it
])
def test_coding_a_bad_verdict_said_of_someone_is_criticism(code, predicate, codes):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        was    VBD  ccomp  1  be
        {predicate}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("rows", "codes"), [
    ("""captive  JJ   acomp  3
        to       IN   prep   4
        Bolivia  NNP  pobj   5""", [(["CHL"], "111", ["PER"])]),  # "Peru was captive to Bolivia"
    ("""beholden JJ   acomp  3
        to       IN   prep   4
        Bolivia  NNP  pobj   5""", [(["CHL"], "111", ["PER"])]),  # "beholden to Bolivia"
    ("""captive  JJ   acomp  3
        in       IN   prep   4
        Bolivia  NNP  pobj   5""", []),  # a plain state, held prisoner there: no verdict
])
def test_coding_subservience_said_of_someone_is_criticism(code, rows, codes):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        was    VBD  ccomp  1  be
        {rows}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER", 6: "BOL"})
    assert summary(code(doc)) == codes


def test_coding_a_bad_verdict_on_an_act_is_on_its_owner(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  poss   4
        's        POS  case   2
        plan      NN   nsubj  5
        was       VBD  ccomp  1  be
        a         DT   det    8
        terrible  JJ   amod   8
        mistake   NN   attr   5
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


def test_coding_a_verdict_denied_is_no_criticism(code):
    doc = parse("""
        Chile   NNP  nsubj  1
        said    VBD  ROOT   1  say
        Peru    NNP  nsubj  3
        was     VBD  ccomp  1  be
        not     RB   neg    3
        a       DT   det    6
        threat  NN   attr   3
        .       .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []


@pytest.mark.parametrize(("rows", "codes"), [
    ("""Peru   NNP  dobj   1
        a      DT   det    4
        liar   NN   oprd   1""", [(["CHL"], "111", ["PER"])]),  # "called Peru a liar"
    ("""Peru   NNP  dobj   1
        as     IN   prep   1
        reckless JJ amod   3""", [(["CHL"], "111", ["PER"])]),  # "described Peru as reckless"
    ("""Peru   NNP  dobj   1
        a      DT   det    4
        friend NN   oprd   1""", [(["CHL"], "051", ["PER"])]),  # a good name praises
    # "called Peru too friendly": a good word in excess is a fault, no praise
    ("""Peru   NNP  dobj   1
        too    RB   advmod 4
        friendly JJ oprd   1""", []),
    # "called Peru's move a blunder", the parser taking the object for a predicate too
    ("""Peru   NNP  poss   4
        's     POS  case   2
        move   NN   oprd   1
        a      DT   det    6
        blunder NN  oprd   1""", [(["CHL"], "111", ["PER"])]),
])
def test_coding_naming_someone_badly_is_criticism_and_well_praise(code, rows, codes):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        called VBD  ROOT   1  call
        {rows}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


def test_coding_a_bad_name_the_parser_hangs_on_the_object_is_censure(code):
    doc = parse("""
        Chile    NNP  nsubj  1
        called   VBD  ROOT   1  call
        Peru     NNP  poss   4
        's       POS  case   2
        plan     NN   dobj   1
        a        DT   det    6
        mistake  NN   appos  4
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


@pytest.mark.parametrize(("subject", "codes"), [
    ("It    PRP", [(["CHL"], "111", ["PER"])]),  # "'It was a mistake,' Chile said of Peru"
    ("Lima  NNP", []),  # a named subject is what the verdict is on
])
def test_coding_a_verdict_said_of_someone_is_on_them(code, subject, codes):
    doc = parse(f"""
        {subject}  nsubj  1
        was        VBD    ccomp  5  be
        a          DT     det    3
        mistake    NN     attr   1
        Chile      NNP    nsubj  5
        said       VBD    ROOT   5  say
        of         IN     prep   5
        Peru       NNP    pobj   6
        .          .      punct  5
    """, actors={4: "CHL", 7: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("opinion", "codes"), [
    ("""I      PRP  nsubj  1
        think  VBP  ccomp  6""", [(["CHL"], "111", ["PER"])]),  # "'I think Peru is wrong,'"
    ("""I      PRP  nsubj  1
        doubt  VBP  ccomp  6""", []),  # no verb of opinion
])
def test_coding_an_opinion_in_the_speakers_voice_is_what_is_said(code, opinion, codes):
    doc = parse(f"""
        {opinion}
        Peru   NNP  nsubj  3
        is     VBZ  ccomp  1  be
        wrong  JJ   acomp  3
        Chile  NNP  nsubj  6
        said   VBD  ROOT   6  say
        .      .    punct  6
    """, actors={2: "PER", 5: "CHL"})
    assert summary(code(doc)) == codes


def test_coding_a_verdict_on_an_act_is_on_whom_its_by_phrase_names(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        the       DT   det    3
        decision  NN   nsubj  6
        by        IN   prep   3
        Peru      NNP  pobj   4
        was       VBD  ccomp  1  be
        a         DT   det    8
        disgrace  NN   attr   6
        .         .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


def test_coding_a_verdict_on_an_extraposed_clause_is_on_its_subject(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        it        PRP  nsubj  3
        was       VBD  ccomp  1  be
        shameful  JJ   acomp  3
        that      IN   mark   7
        Peru      NNP  nsubj  7
        left      VBD  ccomp  3  leave
        .         .    punct  1
    """, actors={0: "CHL", 6: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


@pytest.mark.parametrize(("det", "codes"), [
    ("every", []),  # anyone of the kind: no one in particular
    ("the", [(["CHL"], "100", ["PER"])]),
])
def test_coding_an_obligation_of_anyone_of_a_kind_is_aimed_at_no_one(code, det, codes):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        {det}     DT   det    3
        Peruvian  NNP  nsubj  5
        must      MD   aux    5
        leave     VB   ccomp  1
        .         .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("subject", "codes"), [
    ("This  DT", [(["CHL"], "111", ["PER"])]),  # "Peru left. 'This was a betrayal,' Chile said"
    ("Lima  NNP", []),  # a named subject is what the verdict is on
])
def test_coding_a_verdict_on_this_is_on_the_doer_of_the_act_before(code, subject, codes):
    doc = parse(f"""
        Peru      NNP  nsubj  1
        left      VBD  ROOT   1  leave
        .         .    punct  1
        {subject}  nsubj  4
        was       VBD  ccomp  8  be
        a         DT   det    6
        betrayal  NN   attr   4
        Chile     NNP  nsubj  8
        said      VBD  ROOT   8  say
        .         .    punct  8
    """, actors={0: "PER", 7: "CHL"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("det", "codes"), [
    ("a", [(["CHL"], "111", ["PER"])]),
    ("no", []),  # "was no mistake": the verdict denied
])
def test_coding_a_verdict_with_no_is_denied(code, det, codes):
    doc = parse(f"""
        Chile    NNP  nsubj  1
        said     VBD  ROOT   1  say
        Peru     NNP  nsubj  3
        was      VBD  ccomp  1  be
        {det}    DT   det    5
        mistake  NN   attr   3
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("predicate", "who", "codes"), [
    ("hero   NN", "PER", [(["CHL"], "051", ["PER"])]),  # "Chile said Peru was a hero"
    ("hero   NN", actor(None, name="Pat Doe", kind="named"), []),  # no coded actor
    ("hero   NN", actor("PER", name="Lima", kind="place"), []),  # a place as a place
    ("proud  JJ", "PER", []),  # a feeling, no verdict
    ("rival  NN", "PER", []),  # no good verdict
])
def test_coding_a_good_verdict_said_of_an_actor_is_praise(code, predicate, who, codes):
    doc = parse(f"""
        Chile    NNP  nsubj  1
        said     VBD  ROOT   1  say
        Peru     NNP  nsubj  3
        was      VBD  ccomp  1  be
        a        DT   det    5
        {predicate}  attr   3
        .        .    punct  1
    """, actors={0: "CHL", 2: who})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("words", "codes"), [
    ("""not     RB   neg    3
        a       DT   det    6
        friend  NN   attr   3""", [(["CHL"], "111", ["PER"])]),  # "Peru was not a friend"
    ("""not     RB   neg    3
        a       DT   det    6
        rival   NN   attr   3""", []),  # no good verdict denied
    ("""not     RB   neg    3
        very    RB   advmod 6
        happy   JJ   acomp  3""", []),  # a feeling
])
def test_coding_a_good_verdict_denied_is_criticism(code, words, codes):
    doc = parse(f"""
        Chile    NNP  nsubj  1
        said     VBD  ROOT   1  say
        Peru     NNP  nsubj  3
        was      VBD  ccomp  1  be
        {words}
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


def test_coding_a_statement_gives_way_to_a_more_telling_event(code):
    doc = parse("""
        Chile      NNP  nsubj  1
        announced  VBD  ROOT   1  announce
        it         PRP  nsubj  3
        visited    VBD  ccomp  1  visit
        Peru       NNP  dobj   3
        .          .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "042", ["PER"])]


def test_coding_a_protest_with_no_named_source_is_by_the_country_where_it_is(code):
    doc = parse("""
        Thousands  NNS  nsubj  1  thousand
        rallied    VBD  ROOT   1  rally
        in         IN   prep   1
        Lima       NNP  pobj   2
        .          .    punct  1
    """, actors={3: actor("PER", name="Lima", kind="place")})
    [event] = code(doc)
    assert summary([event]) == [(["PER"], "141", ["PER"])]


def test_coding_a_verb_form_the_lemmatizer_gets_wrong_is_read_with_its_lemma(code):
    table = """
        Chile     NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        Peru      NNP  nsubj  4
        would     MD   aux    4
        visit     VB   ccomp  1  visit
        Bolivia   NNP  dobj   4
        .         .    punct  1
    """
    actors = {0: "CHL", 2: "PER", 5: "BOL"}
    # the model reads "hoped" as "hop": the hope is still a wish, not an intent of Peru's
    assert code(parse(table.format(verb="hoped", lemma="hop"), actors=actors)) == []
    assert summary(code(parse(table.format(verb="said", lemma="say"), actors=actors))) == [
        (["PER"], "036", ["BOL"])]


def test_coding_a_past_form_of_retaking_the_model_leaves_unlemmatized_is_retaking():
    doc = parse("""
        Chile     NNP  nsubj  1
        retook    VBD  ROOT   1  retook
        Arica     NNP  dobj   1
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(events_of([{"code": "192", "verb": "retake"}])(doc)) == [
        (["CHL"], "192", ["PER"])]


@pytest.mark.parametrize("dep", ["ccomp", "xcomp"])
def test_coding_what_is_allowed_is_not_done_whether_or_not_the_parser_gives_it_a_subject(dep):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        allowed   VBD  ROOT   1  allow
        Peruvian  JJ   amod   3
        convoys   NNS  {"nsubj" if dep == "ccomp" else "dobj"}  {5 if dep == "ccomp" else 1}  convoy
        to        TO   aux    5
        enter     VB   {dep}  1  enter
        Arica     NNP  dobj   5
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER", 6: "BOL"})
    events = events_of([{"code": "080", "verb": "allow"}, {"code": "192", "verb": "enter"}])(doc)
    assert [e.cameo for e in events] == ["080"]


def test_coding_a_sentence_printed_twice_is_coded_once(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        .         .    punct  1
        Chile     NNP  nsubj  5
        attacked  VBD  ROOT   5  attack
        Peru      NNP  dobj   5
        .         .    punct  5
    """, actors={0: "CHL", 2: "PER", 4: "CHL", 6: "PER"})
    assert [e.span for e in code(doc)] == [(0, 20)]


def test_coding_an_act_told_again_in_a_later_sentence_is_coded_once(code):
    # the lead, then its elaboration: one attack; each accusation is said anew
    table = """
        Chile     NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        Peru      NNP  dobj   1
        .         .    punct  1
        {second}  NNP  nsubj  5
        {verb}    VBD  ROOT   5  {lemma}
        {third}   NNP  dobj   5
        again     RB   advmod 5
        .         .    punct  5
    """

    codes = {"Chile": "CHL", "Peru": "PER"}

    def told(verb: str, lemma: str, second: str, third: str) -> list:
        doc = parse(table.format(verb=verb, lemma=lemma, second=second, third=third),
                    actors={0: "CHL", 2: "PER", 4: codes[second], 6: codes[third]})
        return summary(code(doc))

    assert told("attacked", "attack", "Chile", "Peru") == [(["CHL"], "190", ["PER"])]
    assert told("accused", "accuse", "Chile", "Peru") == [(["CHL"], "112", ["PER"])] * 2
    # the other side striking back is another act
    assert told("attacked", "attack", "Peru", "Chile") == [(["CHL"], "190", ["PER"]),
                                                            (["PER"], "190", ["CHL"])]


def test_coding_an_event_dated_two_years_before_publication_is_history(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        in        IN   prep   1
        2019      CD   pobj   3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"}, ents=[(4, 5, "DATE")], published="2024-05-10")
    assert code(doc) == []
    doc = parse("""
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        in        IN   prep   1
        2023      CD   pobj   3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"}, ents=[(4, 5, "DATE")], published="2024-05-10")
    assert [(e.date, e.date_precision) for e in code(doc)] == [("2023", "year")]


def test_coding_an_uncoded_subject_codes_nothing(code):
    doc = parse("""
        Gunmen    NNS  nsubj  1  gunman
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        .         .    punct  1
    """, actors={2: "PER"})
    assert code(doc) == []


MORE = [
    {"code": "020", "verb": "urge"},
    {"code": "100", "verb": "demand"},
    {"code": "0233", "verb": "deliver", "object": ["aid"], "modifier": ["humanitarian"]},
    {"code": "1711", "verb": "set", "prep": ["to"], "prep_object": ["fire"]},
    {"code": "192", "verb": "occupy", "object_class": ["place"]},
    {"code": "0874", "verb": "withdraw", "exclude_object_class": ["agreement"],
     "prep": ["from"]},
    {"code": "042", "verb": "visit"},
    {"code": "036", "verb": "meet"},
    {"code": "04", "verb": "tour"},
]


@pytest.fixture(scope="module")
def code_more():
    return events_of(MORE)


def test_coding_demand_that_targets_the_subject_of_its_clause(code_more):
    doc = parse("""
        Chile     NNP  nsubj  1
        demanded  VBD  ROOT   1  demand
        that      IN   mark   4
        Peru      NNP  nsubj  4
        withdraw  VB   ccomp  1
        .         .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code_more(doc)) == [(["CHL"], "100", ["PER"])]


def test_coding_what_is_asked_includes_the_complements_of_its_complement(code_more):
    doc = parse("""
        Chile     NNP  nsubj  1
        urged     VBD  ROOT   1  urge
        Peru      NNP  dobj   1
        to        TO   aux    4
        stop      VB   xcomp  1  stop
        visiting  VBG  xcomp  4  visit
        Bolivia   NNP  dobj   5
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER", 6: "BOL"})
    assert summary(code_more(doc)) == [(["CHL"], "020", ["PER"])]  # no visit by Chile


def test_coding_would_reported_by_a_past_verb_of_saying_is_an_announced_future():
    code = events_of([{"code": "090", "verb": "investigate"}])
    said = """
        Chile        NNP  nsubj  1
        said         VBD  ROOT   1  say
        it           PRP  nsubj  4
        would        MD   aux    4
        investigate  VB   ccomp  1  investigate
        the          DT   det    6
        fire         NN   dobj   4
    """
    [event] = code(parse(said + """
        .            .    punct  1
    """, actors={0: "CHL", 2: "CHL"}))
    assert (event.cameo, event.mood) == ("090", "future")
    assert code(parse(said + """
        if           IN   mark   8
        asked        VBN  advcl  4  ask
        .            .    punct  1
    """, actors={0: "CHL", 2: "CHL"})) == []  # a condition keeps it supposed


def test_coding_should_in_a_reported_clause_is_an_appeal(code_more):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  4
        should    MD   aux    4
        withdraw  VB   ccomp  1
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code_more(doc)) == [(["CHL"], "020", ["PER"])]


def test_coding_modifier_pattern_needs_the_modifier_on_its_object(code_more):
    table = """
        Chile      NNP  nsubj  1
        delivered  VBD  ROOT   1  deliver
        {}
        aid        NN   dobj   1
        to         IN   prep   1
        Peru       NNP  pobj   4
        .          .    punct  1
    """
    doc = parse(table.format("humanitarian JJ amod 3"), actors={0: "CHL", 5: "PER"})
    assert summary(code_more(doc)) == [(["CHL"], "0233", ["PER"])]
    doc = parse(table.format("military JJ amod 3"), actors={0: "CHL", 5: "PER"})
    assert code_more(doc) == []


def test_coding_prep_object_pattern_is_a_constraint_not_the_target(code_more):
    doc = parse("""
        Protesters  NNS  nsubj  1  protester
        set         VBD  ROOT   1  set
        fire        NN   dobj   1
        to          IN   prep   1
        the         DT   det    6
        Peruvian    JJ   amod   6
        embassy     NN   pobj   3
        .           .    punct  1
    """, actors={0: actor("CHLCVL"), 5: "PER"})
    assert code_more(doc) == []  # "fire" is the object, not the object of "to"
    doc = parse("""
        Protesters  NNS  nsubj  1  protester
        set         VBD  ROOT   1  set
        the         DT   det    4
        Peruvian    JJ   amod   4
        embassy     NN   dobj   1
        to          IN   prep   1
        fire        NN   pobj   5
        .           .    punct  1
    """, actors={0: actor("CHLCVL"), 3: "PER"})
    assert summary(code_more(doc)) == [(["CHLCVL"], "1711", ["PER"])]


def test_coding_object_class_pattern_needs_a_place(code_more):
    table = """
        Chile     NNP  nsubj  1
        occupied  VBD  ROOT   1  occupy
        the       DT   det    3
        {}
        .         .    punct  1
    """
    town = parse(table.format("town NN dobj 1"), actors={0: "CHL"})
    assert summary(code_more(town)) == [(["CHL"], "192", [])]
    office = parse(table.format("idea NN dobj 1"), actors={0: "CHL"})
    assert code_more(office) == []


def test_coding_excluded_object_class_refuses_a_withdrawal_from_a_treaty(code_more):
    table = """
        Chile     NNP  nsubj  1
        withdrew  VBD  ROOT   1  withdraw
        from      IN   prep   1
        the       DT   det    4
        {}
        .         .    punct  1
    """
    assert code_more(parse(table.format("treaty NN pobj 2"), actors={0: "CHL"})) == []
    assert summary(code_more(parse(table.format("town NN pobj 2"), actors={0: "CHL"}))) == [
        (["CHL"], "0874", [])]


def test_coding_plans_to_visit_is_an_intent_said_to_come(code_more):
    doc = parse("""
        Chile  NNP  nsubj  1
        plans  VBZ  ROOT   1  plan
        to     TO   aux    3
        visit  VB   xcomp  1
        Peru   NNP  dobj   3
        .      .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    [event] = code_more(doc)
    assert (summary([event]), event.mood) == ([(["CHL"], "036", ["PER"])], "future")


def test_coding_a_people_placed_in_another_country_act_for_it(code_more):
    doc = parse("""
        Chileans  NNPS  nsubj  3  chilean
        in        IN    prep   0
        Peru      NNP   pobj   1
        visited   VBD   ROOT   3  visit
        Bolivia   NNP   dobj   3
        .         .     punct  3
    """, actors={0: "CHL", 2: "PER", 4: "BOL"})
    assert summary(code_more(doc)) == [(["PER"], "042", ["BOL"])]


def test_coding_one_event_per_happening_in_a_sentence(code_more):
    # "toured and visited": two triggers with the same actors and root 04 → the one with the
    # most specific code stays.
    doc = parse("""
        Chile    NNP  nsubj  1
        toured   VBD  ROOT   1  tour
        Peru     NNP  dobj   1
        and      CC   cc     1
        visited  VBD  conj   1  visit
        Peru     NNP  dobj   4
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER", 5: "PER"})
    assert summary(code_more(doc)) == [(["CHL"], "042", ["PER"])]


def test_coding_the_place_in_the_trigger_clause_is_the_location(code_more):
    doc = parse("""
        Chile    NNP  nsubj  1
        met      VBD  ROOT   1  meet
        Peru     NNP  dobj   1
        in       IN   prep   1
        Geneva   NNP  pobj   3
        .        .    punct  1
    """, actors={0: "CHL", 2: "PER"}, ents=[(4, 5, "GPE")])
    [event] = code_more(doc)
    assert (event.location.name, event.location.country) == ("Geneva", "CHE")


def test_coding_an_object_quantified_by_no_negates_the_action(code):
    doc = parse("""
        Peru       NNP  nsubj  1
        imposed    VBD  ROOT   1  impose
        no         DT   det    3
        sanctions  NNS  dobj   1  sanction
        on         IN   prep   1
        Chile      NNP  pobj   4
        .          .    punct  1
    """, actors={0: "PER", 5: "CHL"})
    [event] = code(doc)
    assert (summary([event]), event.negated) == ([(["PER"], "163", ["CHL"])], True)


@pytest.mark.parametrize(("verb", "lemma", "events"), [
    ("remembered", "remember", []), ("hoped", "hope", []),
    ("said", "say", [(["CHL"], "190", ["BOL"])])])
def test_coding_what_someone_remembers_or_hopes_is_no_report(code, verb, lemma, events):
    doc = parse(f"""
        Peru      NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        that      IN   mark   4
        Chile     NNP  nsubj  4
        attacked  VBD  ccomp  1  attack
        Bolivia   NNP  dobj   4
        .         .    punct  1
    """, actors={0: "PER", 3: "CHL", 5: "BOL"})
    assert summary(code(doc)) == events


def test_coding_what_someone_is_hopeful_of_is_no_report(code):
    doc = parse("""
        Peru      NNP  nsubj  1
        was       VBD  ROOT   1  be
        hopeful   JJ   acomp  1
        that      IN   mark   6
        Chile     NNP  nsubj  6
        would     MD   aux    6
        attack    VB   ccomp  2  attack
        Bolivia   NNP  dobj   6
        .         .    punct  1
    """, actors={0: "PER", 4: "CHL", 7: "BOL"})
    assert summary(code(doc)) == []


def test_coding_what_for_opens_with_a_subject_of_its_own_is_a_wish(code):
    """"pressed for X to attack Y": what someone wants done, not what is done."""
    doc = parse("""
        Peru      NNP  nsubj  1
        pressed   VBD  ROOT   1  press
        for       IN   mark   5
        Chile     NNP  nsubj  5
        to        TO   aux    5
        attack    VB   advcl  1  attack
        Bolivia   NNP  dobj   5
        .         .    punct  1
    """, actors={0: "PER", 3: "CHL", 6: "BOL"})
    assert summary(code(doc)) == []


def test_coding_a_title_line_is_told_again_by_the_story(code):
    from parses import make_doc

    from communique.nlp.discards import headline

    words = ["Peru", "Attacks", "Chile", "\n", "Peru", "attacked", "Chile", "."]
    doc = make_doc(words, [1, 1, 1, 1, 5, 5, 5, 5],
                   ["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "dobj", "punct"],
                   tags=["NNP", "VBZ", "NNP", "_SP", "NNP", "VBD", "NNP", "."],
                   lemmas=["peru", "attack", "chile", "\n", "peru", "attack", "chile", "."],
                   actors={0: "PER", 2: "CHL", 4: "PER", 6: "CHL"})
    assert [headline(s) for s in doc.sents] == [True, False]
    assert [e.trigger for e in code(doc)] == ["attacked"]


def test_coding_a_title_line_in_sentence_case_is_told_again_by_the_story(code):
    from parses import make_doc

    from communique.nlp.discards import title_line

    words = ["Peru", "attacks", "Chile", "\n\n", "Peru", "attacked", "Chile", "."]
    doc = make_doc(words, [1, 1, 1, 1, 5, 5, 5, 5],
                   ["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "dobj", "punct"],
                   tags=["NNP", "VBZ", "NNP", "_SP", "NNP", "VBD", "NNP", "."],
                   lemmas=["peru", "attack", "chile", "\n\n", "peru", "attack", "chile", "."],
                   actors={0: "PER", 2: "CHL", 4: "PER", 6: "CHL"})
    assert [title_line(s) for s in doc.sents] == [True, False]
    assert [e.trigger for e in code(doc)] == ["attacked"]


def test_coding_a_lone_sentence_without_a_full_stop_is_still_coded(code):
    from parses import make_doc

    from communique.nlp.discards import title_line

    doc = make_doc(["Peru", "attacks", "Chile"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                   tags=["NNP", "VBZ", "NNP"], lemmas=["peru", "attack", "chile"],
                   actors={0: "PER", 2: "CHL"})
    assert not any(title_line(s) for s in doc.sents)
    assert [e.trigger for e in code(doc)] == ["attacks"]


def _fronted_clause(opener: str, tag: str, dep: str):
    """"<opener> Chile attacked Bolivia, Peru visited Chile": a fronted clause of time."""
    return parse(f"""
        {opener}  {tag}  {dep}  2
        Chile     NNP  nsubj   2
        attacked  VBD  advcl   6  attack
        Bolivia   NNP  dobj    2
        ,         ,    punct   6
        Peru      NNP  nsubj   6
        visited   VBD  ROOT    6  visit
        Chile     NNP  dobj    6
        .         .    punct   6
    """, actors={1: "CHL", 3: "BOL", 5: "PER", 7: "CHL"})


def test_coding_a_fronted_time_clause_is_the_frame_not_the_news(code):
    doc = _fronted_clause("When", "WRB", "advmod")
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]
    doc = parse("""
        Peru      NNP  nsubj   1
        visited   VBD  ROOT    1  visit
        Chile     NNP  dobj    1
        when      WRB  advmod  5
        Chile     NNP  nsubj   5
        attacked  VBD  advcl   1  attack
        Bolivia   NNP  dobj    5
        .         .    punct   1
    """, actors={0: "PER", 2: "CHL", 4: "CHL", 6: "BOL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"]), (["CHL"], "190", ["BOL"])]


def test_coding_a_fronted_after_clause_in_the_past_tells_what_happened(code):
    doc = _fronted_clause("After", "IN", "mark")
    assert summary(code(doc)) == [(["CHL"], "190", ["BOL"]), (["PER"], "042", ["CHL"])]
    doc = parse("""
        Years     NNS  npadvmod 1
        after     IN   mark     3
        Chile     NNP  nsubj    3
        attacked  VBD  advcl    7  attack
        Bolivia   NNP  dobj     3
        ,         ,    punct    7
        Peru      NNP  nsubj    7
        visited   VBD  ROOT     7  visit
        Chile     NNP  dobj     7
        .         .    punct    7
    """, actors={2: "CHL", 4: "BOL", 6: "PER", 8: "CHL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]  # long before the news


@pytest.mark.parametrize(("aux", "tag", "kept"), [
    ("is", "VBG", False),  # "the news comes as Chile is attacking Bolivia": the backdrop
    (None, "VBZ", False),  # "… comes as Chile attacks Bolivia": the same, in the present
    (None, "VBD", True),  # "… comes as Chile attacked Bolivia": a happening beside it
])
def test_coding_an_ongoing_state_a_happening_comes_as_is_its_backdrop(code, aux, tag, kept):
    words = ["The", "news", "comes", "as", "Chile", *([aux] if aux else []), "attacking",
             "Bolivia", "."]
    verb = 6 if aux else 5
    doc = make_doc(words, [1, 2, 2, verb, verb, *([verb] if aux else []), 2, verb, 2],
                   ["det", "nsubj", "ROOT", "mark", "nsubj", *(["aux"] if aux else []),
                    "advcl", "dobj", "punct"],
                   tags=["DT", "NN", "VBZ", "IN", "NNP", *(["VBZ"] if aux else []), tag,
                         "NNP", "."],
                   lemmas=["the", "news", "come", "as", "chile", *(["be"] if aux else []),
                           "attack", "bolivia", "."],
                   actors={4: "CHL", verb + 1: "BOL"})
    assert summary(code(doc)) == ([(["CHL"], "190", ["BOL"])] if kept else [])


def test_coding_a_clause_of_cause_or_concession_is_no_news(code):
    # "Peru attacked Bolivia because Bolivia had attacked Chile": the reason, told to explain
    doc = parse("""
        Peru      NNP  nsubj   1
        attacked  VBD  ROOT    1  attack
        Bolivia   NNP  dobj    1
        because   IN   mark    6
        Bolivia   NNP  nsubj   6
        had       VBD  aux     6  have
        attacked  VBN  advcl   1  attack
        Chile     NNP  dobj    6
        .         .    punct   1
    """, actors={0: "PER", 2: "BOL", 4: "BOL", 7: "CHL"})
    assert summary(code(doc)) == [(["PER"], "190", ["BOL"])]
    doc = parse("""
        Peru      NNP  nsubj   1
        attacked  VBD  ROOT    1  attack
        Bolivia   NNP  dobj    1
        although  IN   mark    5
        Chile     NNP  nsubj   5
        attacked  VBD  advcl   1  attack
        Bolivia   NNP  dobj    5
        .         .    punct   1
    """, actors={0: "PER", 2: "BOL", 4: "CHL", 6: "BOL"})
    assert summary(code(doc)) == [(["PER"], "190", ["BOL"])]


def test_coding_a_fronted_participle_clause_is_the_frame(code):
    doc = parse("""
        Visiting  VBG  advcl  4  visit
        Chile     NNP  dobj   0
        ,         ,    punct  4
        Peru      NNP  nsubj  4
        attacked  VBD  ROOT   4  attack
        Bolivia   NNP  dobj   4
        .         .    punct  4
    """, actors={1: "CHL", 3: "PER", 5: "BOL"})
    assert summary(code(doc)) == [(["PER"], "190", ["BOL"])]


def test_coding_reciprocal_event_is_also_coded_with_actors_reversed(code):
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        signed   VBD  ROOT   3  sign
        a        DT   det    5
        treaty   NN   dobj   3
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "057", []), (["GRC"], "057", ["CYP"]),
                                  (["CYP"], "057", ["GRC"])]


def test_coding_a_visit_by_two_sides_is_not_a_visit_to_each_other(code):
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        visited  VBD  ROOT   3  visit
        last     JJ   amod   5
        week     NN   npadvmod 3
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "042", [])]


def test_coding_praise_by_two_sides_is_not_praise_of_each_other(code):
    # of the 05 codes only cooperation (050) and a signed agreement (057) are mutual
    doc = parse("""
        Greece    NNP  nsubj  3
        and       CC   cc     0
        Cyprus    NNP  conj   0
        praised   VBD  ROOT   3  praise
        the       DT   det    5
        plan      NN   dobj   3
        .         .    punct  3
    """, actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "051", [])]


def test_coding_a_reciprocal_verb_is_coded_both_ways_whatever_its_code(code):
    # "X and Y attacked" is a joint attack; "X and Y clashed" is each against the other
    table = """
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        {verb}   VBD  ROOT   3  {lemma}
        .        .    punct  3
    """
    doc = parse(table.format(verb="clashed", lemma="clash"), actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "190", []), (["GRC"], "190", ["CYP"]),
                                  (["CYP"], "190", ["GRC"])]
    doc = parse(table.format(verb="attacked", lemma="attack"), actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "190", [])]
    # "X and Y clashed with the rebels": they fought the rebels, not each other
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        clashed  VBD  ROOT   3  clash
        with     IN   prep   3
        rebels   NNS  pobj   4  rebel
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "190", [None])]


def test_coding_reciprocal_event_of_three_is_coded_from_the_first_named_to_each_other(code):
    doc = parse("""
        Greece   NNP  nsubj  5
        ,        ,    punct  0
        Cyprus   NNP  conj   0
        and      CC   cc     2
        Egypt    NNP  conj   2
        signed   VBD  ROOT   5  sign
        a        DT   det    7
        treaty   NN   dobj   5
        .        .    punct  5
    """, actors={0: "GRC", 2: "CYP", 4: "EGY"})
    # one gathering: Greece with each of the others, not Cyprus with Egypt as well
    assert summary(code(doc)) == [(["GRC", "CYP", "EGY"], "057", []), (["GRC"], "057", ["CYP"]),
                                  (["GRC"], "057", ["EGY"])]


@pytest.mark.parametrize(("kind", "expected"), [
    ("uncoded organisation", [([None, "CYP"], "057", []), ([None], "057", ["CYP"]),
                              (["CYP"], "057", [None])]),
    ("uncoded person", [([None, "CYP"], "057", [])]),  # a person of no known side: once
])
def test_coding_a_body_the_knowledge_base_lacks_is_one_side_of_a_reciprocal_event(
        code, kind, expected):
    doc = parse("""
        Zorblax  NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        signed   VBD  ROOT   3  sign
        a        DT   det    5
        treaty   NN   dobj   3
        .        .    punct  3
    """, actors={0: actor(None, "Zorblax", kind=kind), 2: "CYP"})
    assert summary(code(doc)) == expected


def test_coding_two_bodies_the_knowledge_base_lacks_are_the_two_sides_of_a_reciprocal_event(
        code):
    doc = parse("""
        Zorblax  NNP  nsubj  3
        and      CC   cc     0
        Quuxia   NNP  conj   0
        signed   VBD  ROOT   3  sign
        a        DT   det    5
        treaty   NN   dobj   3
        .        .    punct  3
    """, actors={0: actor(None, "Zorblax", kind="uncoded organisation"),
                 2: actor(None, "Quuxia", kind="uncoded organisation")})
    assert [([m.text for m in e.source], e.cameo, [m.text for m in e.target])
            for e in code(doc)] == [(["Zorblax"], "057", ["Quuxia"])]


def test_coding_reciprocal_event_aimed_at_a_third_party_is_coded_once(code):
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        met      VBD  ROOT   3  meet
        with     IN   prep   3
        Egypt    NNP  pobj   4
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP", 5: "EGY"})
    assert summary(code(doc)) == [(["GRC", "CYP"], "036", ["EGY"])]


def targets(events) -> list[list[tuple]]:
    return [[(m.text, m.actor.code) for m in e.target] for e in events]


def test_coding_an_object_the_pattern_names_is_the_target_when_it_names_people(code):
    doc = parse("""
        Police      NNS  nsubj     1
        arrested    VBD  ROOT      1  arrest
        two         CD   nummod    4
        opposition  NN   compound  4
        leaders     NNS  dobj      1  leader
        .           .    punct     1
    """, actors={0: "KENCOP"})
    assert targets(code(doc)) == [[("two opposition leaders", None)]]


def test_coding_an_object_the_pattern_names_is_no_target_when_it_is_the_sources_own(code):
    doc = parse("""
        Police      NNS  nsubj     1
        arrested    VBD  ROOT      1  arrest
        their       PRP$ poss      3
        leaders     NNS  dobj      1  leader
        .           .    punct     1
    """, actors={0: "KENCOP"})
    assert targets(code(doc)) == [[]]


def test_coding_a_count_of_people_is_the_target(code):
    doc = parse("""
        Kenya       NNP  nsubj     1
        freed       VBD  ROOT      1  free
        dozens      NNS  dobj      1  dozen
        of          IN   prep      2
        activists   NNS  pobj      3  activist
        .           .    punct     1
    """, actors={0: "KEN"})
    assert targets(code(doc)) == [[("dozens of activists", None)]]


def test_coding_whom_a_demand_is_made_of_is_its_target(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        demanded  VBD  ROOT   1  demand
        an        DT   det    3
        apology   NN   dobj   1
        from      IN   prep   1
        the       DT   det    6
        minister  NN   pobj   4
        .         .    punct  1
    """, actors={0: "KEN"})
    assert targets(code(doc)) == [[("minister", None)]]


def test_coding_of_two_subjects_the_one_nearer_the_verb_is_the_source(code):
    doc = parse("""
        NAIROBI   NNP  nsubj  3
        --        :    punct  0
        Kenya     NNP  nsubj  3
        attacked  VBD  ROOT   3  attack
        Somalia   NNP  dobj   3
        .         .    punct  3
    """, actors={0: "KEN", 2: "KEN", 4: "SOM"}, dateline=None)
    [event] = code(doc)
    assert ([m.text for m in event.source], summary([event])) == (
        ["Kenya"], [(["KEN"], "190", ["SOM"])])


def test_coding_an_apposition_names_the_actor_of_an_unknown_name(code):
    doc = parse("""
        Jane     NNP  compound  1
        Doe      NNP  nsubj     7
        ,        ,    punct     1
        the      DT   det       5
        Kenyan   JJ   amod      5
        envoy    NN   appos     1
        ,        ,    punct     1
        visited  VBD  ROOT      7  visit
        Somalia  NNP  dobj      7
        .        .    punct     7
    """, actors={(4, 6): "KENGOV", 8: "SOM"})
    assert summary(code(doc)) == [(["KENGOV"], "042", ["SOM"])]


def test_coding_a_role_noun_is_held_by_the_person_its_apposition_names(code):
    doc = parse("""
        Chile        NNP  nsubj     1
        praised      VBD  ROOT      1  praise
        his          PRP$ poss      4
        Peruvian     JJ   amod      4
        counterpart  NN   dobj      1
        Ramon        NNP  compound  6
        Ortiz        NNP  appos     4
        .            .    punct     1
    """, actors={0: "CHL", 3: "PER", (5, 7): actor("PERGOV", "Ramon Ortiz", "person")})
    assert summary(code(doc)) == [(["CHL"], "051", ["PERGOV"])]


def test_coding_a_pronoun_source_shows_the_name_the_sentence_gives_before(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        said      VBD  ROOT   1  say
        it        PRP  nsubj  3
        attacked  VBD  ccomp  1  attack
        Somalia   NNP  dobj   3
        .         .    punct  1
    """, actors={0: "KEN", 2: "KEN", 4: "SOM"})
    [event] = code(doc)
    assert ([m.text for m in event.source], summary([event])) == (
        ["Kenya"], [(["KEN"], "190", ["SOM"])])


def test_coding_the_place_a_curfew_is_imposed_in_is_its_target(code):
    doc = parse("""
        Kenya     NNP  nsubj     1
        imposed   VBD  ROOT      1  impose
        a         DT   det       3
        curfew    NN   dobj      1
        in        IN   prep      3
        two       CD   nummod    7
        border    NN   compound  7
        towns     NNS  pobj      4  town
        .         .    punct     1
    """, actors={0: "KEN"})
    assert targets(code(doc)) == [[("two border towns", None)]]


def test_coding_whom_a_thing_is_returned_to_is_the_target_not_a_name_in_the_thing(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        returned  VBD  ROOT   1  return
        a         DT   det    3
        statue    NN   dobj   1
        of        IN   prep   3
        Obama     NNP  pobj   4
        to        IN   prep   1
        Somalia   NNP  pobj   6
        .         .    punct  1
    """, actors={0: "KEN", 5: "USAGOV", 7: "SOM"})
    assert summary(code(doc)) == [(["KEN"], "084", ["SOM"])]


def test_coding_a_bare_past_participle_is_passive(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        wanted    VBD  ROOT   1  want
        Uganda    NNP  nsubj  3
        attacked  VBN  ccomp  1  attack
        .         .    punct  1
    """, actors={0: "KEN", 2: "UGA"})
    assert code(doc) == []  # Uganda is attacked, by no one named
    doc = parse("""
        Kenya     NNP  nsubj  1
        found     VBD  ROOT   1  find
        Uganda    NNP  nsubj  3
        attacked  VBN  ccomp  1  attack
        by        IN   agent  3
        Sudan     NNP  pobj   4
        .         .    punct  1
    """, actors={0: "KEN", 2: "UGA", 5: "SDN"})
    assert summary(code(doc)) == [(["SDN"], "190", ["UGA"])]


def test_coding_a_participle_with_having_is_active(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Uganda    NNP  nsubj  4
        having    VBG  aux    4  have
        attacked  VBN  ccomp  1  attack
        Sudan     NNP  dobj   4
        .         .    punct  1
    """, actors={0: "KEN", 2: "UGA", 5: "SDN"})
    assert summary(code(doc)) == [(["UGA"], "190", ["SDN"])]


def test_coding_a_participle_a_verb_of_saying_reports_is_a_past_tense(code):
    doc = parse("""
        Kenya     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Uganda    NNP  nsubj  3
        attacked  VBN  ccomp  1  attack
        Sudan     NNP  dobj   3
        .         .    punct  1
    """, actors={0: "KEN", 2: "UGA", 4: "SDN"})
    assert summary(code(doc)) == [(["UGA"], "190", ["SDN"])]


def test_coding_an_appeal_asks_for_what_is_to_be_done_not_what_is():
    code = events_of([{"code": "020", "verb": "suggest"}])

    def suggested(clause: str) -> list:
        return summary(code(parse("""
            Kenya      NNP  nsubj  1
            suggested  VBD  ROOT   1  suggest
            that       IN   mark   4
            Uganda     NNP  nsubj  4
        """ + clause, actors={0: "KEN", 3: "UGA"})))

    appeal = [(["KEN"], "020", ["UGA"])]
    assert suggested("""
            resign     VB   ccomp  1
            .          .    punct  1
    """) == appeal  # the mandative subjunctive
    assert suggested("""
            should     MD   aux    5
            resign     VB   ccomp  1
            .          .    punct  1
    """) == appeal
    assert suggested("""
            resigned   VBD  ccomp  1  resign
            .          .    punct  1
    """) == []  # a claim about what happened
    assert suggested("""
            might      MD   aux    5
            resign     VB   ccomp  1
            .          .    punct  1
    """) == []


def test_coding_agreeing_that_something_is_so_is_no_intent_to_cooperate():
    code = events_of([{"code": "030", "verb": "agree"}])

    def agreed(clause: str) -> list:
        return summary(code(parse("""
            Kenya   NNP  nsubj  1
            agreed  VBD  ROOT   1  agree
            that    IN   mark   4
            Uganda  NNP  nsubj  4
        """ + clause, actors={0: "KEN", 3: "UGA"})))

    assert agreed("""
            would   MD   aux    5
            help    VB   ccomp  1
            .       .    punct  1
    """) == [(["KEN"], "030", ["UGA"])]  # a commitment: what is to be done
    assert agreed("""
            erred   VBD  ccomp  1  err
            .       .    punct  1
    """) == []  # an opinion about what was
    assert agreed("""
            has     VBZ  aux    5  have
            erred   VBN  ccomp  1  err
            .       .    punct  1
    """) == []


def test_coding_a_quotation_reports_a_happening_only_naming_another_side(code):
    def quoted(obj: str, actors: dict) -> list:
        return summary(code(parse(f"""
            "         ``   punct  7
            Chile     NNP  nsubj  2
            attacked  VBD  ccomp  7  attack
            {obj}
            ,         ,    punct  7
            "         ''   punct  7
            Peru      NNP  nsubj  7
            said      VBD  ROOT   7  say
            .         .    punct  7
        """, actors={1: "CHL", 6: "PER", **actors})))

    assert quoted("Bolivia NNP dobj 2", {3: "BOL"}) == [(["CHL"], "190", ["BOL"])]
    assert quoted("towns NNS dobj 2 town", {}) == []  # no other side: the speaker's talk


def test_coding_states_named_by_including_are_the_plural_subject_of_states():
    code = events_of([{"code": "111", "verb": "criticize"}])
    doc = parse("""
        Several     JJ   amod   1
        states      NNS  nsubj  2  state
        criticized  VBD  ROOT   2  criticize
        Peru        NNP  dobj   2
        after       IN   prep   2
        the         DT   det    6
        vote        NN   pobj   4
        ,           ,    punct  6
        including   VBG  prep   6  include
        Chile       NNP  pobj   8
        and         CC   cc     9
        Bolivia     NNP  conj   9
        .           .    punct  2
    """, actors={3: "PER", 9: "CHL", 11: "BOL"})
    assert summary(code(doc)) == [(["CHL", "BOL"], "111", ["PER"])]
    doc = parse("""
        Several     JJ   amod   1
        states      NNS  nsubj  2  state
        criticized  VBD  ROOT   2  criticize
        the         DT   det    4
        governments NNS  dobj   2  government
        ,           ,    punct  4
        including   VBG  prep   4  include
        Chile       NNP  pobj   6
        .           .    punct  2
    """, actors={7: "CHL"})
    assert code(doc) == []  # the object's members, not the subject's


def test_coding_seeking_to_do_something_is_no_appeal():
    code = events_of([{"code": "020", "verb": "seek"}, {"code": "023", "verb": "seek",
                                                         "object": ["aid"]}])
    assert summary(code(parse("""
        Kenya   NNP  nsubj  1
        sought  VBD  ROOT   1  seek
        aid     NN   dobj   1
        from    IN   prep   1
        Uganda  NNP  pobj   3
        .       .    punct  1
    """, actors={0: "KEN", 4: "UGA"}))) == [(["KEN"], "023", ["UGA"])]
    assert code(parse("""
        Kenya   NNP  nsubj  1
        sought  VBD  ROOT   1  seek
        to      TO   aux    3
        expand  VB   xcomp  1
        trade   NN   dobj   3
        with    IN   prep   3
        Uganda  NNP  pobj   5
        .       .    punct  1
    """, actors={0: "KEN", 6: "UGA"})) == []  # trying, not asking


def test_coding_an_appeal_through_a_complement_is_made_to_the_verbs_object():
    code = events_of([{"code": "0214", "verb": "need", "xcomp": ["investigate"]},
                      {"code": "0214", "verb": "urge", "xcomp": ["investigate"]}])
    assert summary(code(parse("""
        Chile        NNP  nsubj  1
        urged        VBD  ROOT   1  urge
        Peru         NNP  dobj   1
        to           TO   aux    4
        investigate  VB   xcomp  1  investigate
        the          DT   det    6
        fire         NN   dobj   4
        .            .    punct  1
    """, actors={0: "CHL", 2: "PER"}))) == [(["CHL"], "0214", ["PER"])]
    assert code(parse("""
        Chile        NNP  nsubj  1
        needs        VBZ  ROOT   1  need
        to           TO   aux    3
        investigate  VB   xcomp  1  investigate
        the          DT   det    5
        fire         NN   dobj   3
        .            .    punct  1
    """, actors={0: "CHL"})) == []  # its own task, asked of no one


@pytest.mark.parametrize(("verb", "lemma", "events"), [
    ("wants", "want", []), ("expects", "expect", []),
    ("forced", "force", [(["CHL"], "190", ["BOL"])])])
def test_coding_what_someone_wants_or_expects_another_to_do_is_no_report(code, verb, lemma,
                                                                       events):
    doc = parse(f"""
        Peru     NNP  nsubj  1
        {verb}   VBZ  ROOT   1  {lemma}
        Chile    NNP  nsubj  4
        to       TO   aux    4
        attack   VB   ccomp  1  attack
        Bolivia  NNP  dobj   4
        .        .    punct  1
    """, actors={0: "PER", 2: "CHL", 5: "BOL"})
    assert summary(code(doc)) == events


def test_coding_needing_to_act_is_an_obligation_not_the_act(code):
    doc = parse("""
        Chile   NNP  nsubj  1
        needs   VBZ  ROOT   1  need
        to      TO   aux    3
        attack  VB   xcomp  1  attack
        Peru    NNP  dobj   3
        .       .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert code(doc) == []


def test_coding_an_appeal_through_a_clause_is_made_to_the_clauses_subject():
    code = events_of([{"code": "0256", "verb": "want", "xcomp": ["withdraw"]}])
    assert summary(code(parse("""
        Chile     NNP  nsubj  1
        wants     VBZ  ROOT   1  want
        Peru      NNP  nsubj  4
        to        TO   aux    4
        withdraw  VB   ccomp  1  withdraw
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"}))) == [(["CHL"], "0256", ["PER"])]


def test_coding_a_line_a_site_labels_as_a_caption_is_not_news(code):
    """A caption line ("Image caption …") is page furniture; the news on the line after it,
    which the parser joins to the same sentence, is still coded."""
    from parses import make_doc

    words = ["Image", "caption", "Chile", "attacked", "Peru", "\n", "Chile", "attacked",
             "Bolivia", "."]
    doc = make_doc(words, [1, 3, 3, 3, 3, 3, 7, 7, 7, 7],
                   ["compound", "npadvmod", "nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT",
                    "dobj", "punct"],
                   tags=["NNP", "NN", "NNP", "VBD", "NNP", "_SP", "NNP", "VBD", "NNP", "."],
                   lemmas=["image", "caption", "chile", "attack", "peru", "\n", "chile",
                           "attack", "bolivia", "."],
                   actors={2: "CHL", 4: "PER", 6: "CHL", 8: "BOL"})
    assert summary(code(doc)) == [(["CHL"], "190", ["BOL"])]


def test_coding_what_an_aim_is_said_to_be_is_sought_not_done(code):
    doc = parse("""
        Chile   NNP  poss   2
        's      POS  case   0
        goal    NN   nsubj  3
        is      VBZ  ROOT   3  be
        to      TO   aux    5
        attack  VB   xcomp  3  attack
        Peru    NNP  dobj   5
        .       .    punct  3
    """, actors={0: "CHL", 6: "PER"})
    assert code(doc) == []


CAUSED = """
    The    DT   det    1
    deal   NN   nsubj  3
    could  MD   aux    3
    allow  VB   ROOT   3  allow
    Chile  NNP  nsubj  6
    to     TO   aux    6
    visit  VB   ccomp  3  visit
    Peru   NNP  dobj   6
    .      .    punct  3
"""


def test_coding_what_a_causing_verb_would_bring_about_has_not_happened(code):
    """"The deal could allow X to visit Y": the visit happens only if the allowing does;
    "the deal allowed X to visit Y" reports it."""
    assert code(parse(CAUSED, actors={4: "CHL", 7: "PER"})) == []
    asserted = CAUSED.replace("could  MD   aux    3", "did    VBD  aux    3  do")
    assert summary(code(parse(asserted, actors={4: "CHL", 7: "PER"}))) == [
        (["CHL"], "042", ["PER"])]


def test_coding_a_present_time_clause_tells_a_time_to_come(code):
    """"Chile will leave when Peru attacks Bolivia": the attack is still to come."""
    doc = parse("""
        Chile    NNP  nsubj   2
        will     MD   aux     2
        leave    VB   ROOT    2
        when     WRB  advmod  5
        Peru     NNP  nsubj   5
        attacks  VBZ  advcl   2  attack
        Bolivia  NNP  dobj    5
        .        .    punct   2
    """, actors={0: "CHL", 4: "PER", 6: "BOL"})
    assert code(doc) == []


HABIT = """
    When      WRB  advmod  3
    Peru      NNP  nsubj   3
    has       VBZ  aux     3  have
    attacked  VBN  advcl   7  attack
    ,         ,    punct   7
    Chile     NNP  nsubj   7
    has       VBZ  aux     7  have
    attacked  VBN  ROOT    7  attack
    Bolivia   NNP  dobj    7
    .         .    punct   7
"""


def test_coding_a_present_perfect_with_a_whenever_clause_is_a_habit(code):
    """"When Peru has attacked, Chile has attacked Bolivia": what Chile does whenever, no
    happening; in the past tense ("when Peru had attacked, Chile attacked …") it reports one."""
    actors = {1: "PER", 5: "CHL", 8: "BOL"}
    assert code(parse(HABIT, actors=actors)) == []
    past = HABIT.replace("has       VBZ  aux     3", "had       VBD  aux     3").replace(
        "has       VBZ  aux     7  have", "did       VBD  aux     7  do").replace(
        "attacked  VBN  ROOT", "attacked  VBD  ROOT")
    assert summary(code(parse(past, actors=actors))) == [(["CHL"], "190", ["BOL"])]


@pytest.mark.parametrize(("quoted", "events"), [(False, []), (True, [(["CHL"], "190", ["PER"])])])
def test_coding_the_writers_own_first_person_is_opinion_not_news(code, quoted, events):
    """"We know Chile attacked Peru" in the writer's voice is opinion; inside a quotation
    it is a speaker's report of a happening."""
    rows = ["We  PRP  nsubj  1", "know  VBP  ROOT  1", "Chile  NNP  nsubj  3",
            "attacked  VBD  ccomp  1  attack", "Peru  NNP  dobj  3", ".  .  punct  1"]
    actors = {2: "CHL", 4: "PER"}
    if quoted:
        rows = ['"  ``  punct  2', "We  PRP  nsubj  2", "know  VBP  ccomp  9",
                "Chile  NNP  nsubj  4", "attacked  VBD  ccomp  2  attack",
                "Peru  NNP  dobj  4", ",  ,  punct  9", '"  \'\'  punct  9',
                "Bolivia  NNP  nsubj  9", "said  VBD  ROOT  9  say", ".  .  punct  9"]
        actors = {3: "CHL", 5: "PER", 8: "BOL"}
    assert summary(code(parse("\n".join(rows), actors=actors))) == events


def _article(paragraphs: list[list[tuple[str, str, str, int, str]]]) -> object:
    """A doc of paragraphs of (word, tag, dep, head within its sentence, lemma) rows, each
    sentence ending at its full stop; "Friday" and "1990" are dates."""
    from parses import make_doc

    rows: list[tuple[str, str, str, int, str]] = []
    for p, sentences in enumerate(paragraphs):
        if p:  # the line break hangs from the full stop before it
            rows.append(("\n", "_SP", "dep", len(rows) - 1, "\n"))
        start = len(rows)
        for word, tag, dep, head, lemma in sentences:
            rows.append((word, tag, dep, start + head, lemma))
            if word == ".":
                start = len(rows)
    words, tags, deps, heads, lemmas = (list(column) for column in zip(*rows, strict=True))
    codes = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
    dates = [(i, i + 1, "DATE") for i, w in enumerate(words) if w in {"Friday", "1990"}]
    return make_doc(words, heads, deps, tags=tags, lemmas=lemmas, ents=dates,
                    actors={i: codes[w] for i, w in enumerate(words) if w in codes})


I_AGREE = [("I", "PRP", "nsubj", 1, "i"), ("agree", "VBP", "ROOT", 1, "agree"),
           (".", ".", "punct", 1, ".")]
NEWS = [("Chile", "NNP", "nsubj", 1, "chile"), ("attacked", "VBD", "ROOT", 1, "attack"),
        ("Peru", "NNP", "dobj", 1, "peru"), (".", ".", "punct", 1, "."),
        ("Chile", "NNP", "nsubj", 1, "chile"), ("attacked", "VBD", "ROOT", 1, "attack"),
        ("Bolivia", "NNP", "dobj", 1, "bolivia"), ("on", "IN", "prep", 1, "on"),
        ("Friday", "NNP", "pobj", 3, "friday"), (".", ".", "punct", 1, ".")]


def test_coding_an_article_the_writer_tells_in_the_first_person_codes_only_dated_news(code):
    """A column ("I …" in two paragraphs): its undated "Chile attacked Peru" is the writer's
    account; "Chile attacked Bolivia on Friday" is news. One paragraph of "I …" is a
    statement quoted as a block: the article is news, both attacks are coded."""
    column = _article([I_AGREE, NEWS, I_AGREE])
    assert summary(code(column)) == [(["CHL"], "190", ["BOL"])]
    quoted_block = _article([I_AGREE + I_AGREE, NEWS])
    assert summary(code(quoted_block)) == [(["CHL"], "190", ["PER"]), (["CHL"], "190", ["BOL"])]


CAME_TO_LIGHT = """
    Peru      NNP  nsubj  1
    visited   VBD  ROOT   1  visit
    Chile     NNP  dobj   1
    after     IN   mark   5
    it        PRP  nsubj  5
    emerged   VBD  advcl  1  emerge
    that      IN   mark   8
    Chile     NNP  nsubj  8
    attacked  VBD  ccomp  5  attack
    Bolivia   NNP  dobj   8
    .         .    punct  1
"""


def test_coding_what_a_time_clause_says_came_to_light_had_happened_before(code):
    """"Peru visited Chile after it emerged that Chile attacked Bolivia": the attack came to
    light before the visit, which is the news. What a time clause says someone said ("after
    Bolivia said that Chile attacked Bolivia") is a report of the attack."""
    actors = {0: "PER", 2: "CHL", 7: "CHL", 9: "BOL"}
    assert summary(code(parse(CAME_TO_LIGHT, actors=actors))) == [(["PER"], "042", ["CHL"])]
    said = CAME_TO_LIGHT.replace("it        PRP  nsubj  5", "Bolivia   NNP  nsubj  5").replace(
        "emerged   VBD  advcl  1  emerge", "said      VBD  advcl  1  say")
    assert summary(code(parse(said, actors={**actors, 4: "BOL"}))) == [
        (["PER"], "042", ["CHL"]), (["CHL"], "190", ["BOL"])]


IN_1990 = [("Chile", "NNP", "nsubj", 1, "chile"), ("attacked", "VBD", "ROOT", 1, "attack"),
           ("Bolivia", "NNP", "dobj", 1, "bolivia"), ("in", "IN", "prep", 1, "in"),
           ("1990", "CD", "pobj", 3, "1990"), (".", ".", "punct", 1, ".")]
PERU_ATTACKED = [("Peru", "NNP", "nsubj", 1, "peru"), ("attacked", "VBD", "ROOT", 1, "attack"),
                 ("Chile", "NNP", "dobj", 1, "chile"), (".", ".", "punct", 1, ".")]
NOW_CALM = [("Peru", "NNP", "nsubj", 1, "peru"), ("is", "VBZ", "ROOT", 1, "be"),
            ("calm", "JJ", "acomp", 1, "calm"), (".", ".", "punct", 1, ".")]


@pytest.mark.parametrize(("paragraphs", "events"), [
    ([IN_1990 + PERU_ATTACKED], []),
    ([IN_1990 + NOW_CALM + PERU_ATTACKED], [(["PER"], "190", ["CHL"])]),
    ([IN_1990, PERU_ATTACKED], [(["PER"], "190", ["CHL"])]),
])
def test_coding_an_undated_past_clause_takes_the_time_its_paragraph_set(code, paragraphs, events):
    """After "Chile attacked Bolivia in 1990." (old history, not coded), an undated "Peru
    attacked Chile." in the same paragraph is told of that time; a sentence in the present
    ("Peru is calm.") or a new paragraph brings the story back to now."""
    assert summary(code(_article(paragraphs))) == events


def test_coding_a_column_codes_what_its_paragraph_sets_in_the_news_of_the_day(code):
    """In a column, an undated "Peru attacked Chile." after "Chile attacked Bolivia on
    Friday." (the article's day) in the same paragraph is told of that day: news. Alone in
    its paragraph it is the writer's account."""
    friday = NEWS[4:]
    dated = _article([I_AGREE, friday + PERU_ATTACKED, I_AGREE])
    assert summary(code(dated)) == [(["CHL"], "190", ["BOL"]), (["PER"], "190", ["CHL"])]
    apart = _article([I_AGREE, friday, PERU_ATTACKED, I_AGREE])
    assert summary(code(apart)) == [(["CHL"], "190", ["BOL"])]


PURPOSE = """
    Chile    NNP  nsubj  2
    must     MD   aux    2
    send     VB   ROOT   2
    aid      NN   dobj   2
    to       TO   aux    5
    help     VB   advcl  2  help
    Peru     NNP  nsubj  7
    attack   VB   ccomp  5  attack
    Bolivia  NNP  dobj   7
    .        .    punct  2
"""


def test_coding_an_infinitive_of_purpose_is_as_asserted_as_its_clause(code):
    """"Chile must send aid to help Peru attack Bolivia": the attack is what an obligation
    serves; "Chile did send aid to help Peru attack Bolivia" reports it."""
    actors = {0: "CHL", 6: "PER", 8: "BOL"}
    assert code(parse(PURPOSE, actors=actors)) == []
    asserted = PURPOSE.replace("must     MD   aux    2", "did      VBD  aux    2  do")
    assert summary(code(parse(asserted, actors=actors))) == [(["PER"], "190", ["BOL"])]


def test_coding_either_of_two_alternatives_is_not_asserted(code):
    doc = parse("""
        Either    CC   preconj  2
        Chile     NNP  nsubj    2
        attacked  VBD  ROOT     2  attack
        Peru      NNP  dobj     2
        or        CC   cc       2
        Peru      NNP  nsubj    6
        attacked  VBD  conj     2  attack
        Chile     NNP  dobj     6
        .         .    punct    2
    """, actors={1: "CHL", 3: "PER", 5: "PER", 7: "CHL"})
    assert code(doc) == []


@pytest.mark.parametrize(("clause", "events"), [
    ("lied      VBD  ccomp  1  lie", [(["CHL"], "112", ["PER"])]),  # a wrong said of Peru
    ("meddled   VBD  ccomp  1  meddle", [(["CHL"], "112", ["PER"])]),
    ("sabotaged VBD  ccomp  1  sabotage", [(["CHL"], "112", ["PER"])]),  # bad faith
    ("hacked    VBD  ccomp  1  hack", [(["CHL"], "112", ["PER"])]),  # a crime
    ("smuggled  VBD  ccomp  1  smuggle", [(["CHL"], "112", ["PER"])]),
    ("improved  VBD  ccomp  1  improve", []),  # no wrong
])
def test_coding_a_wrong_said_of_someone_is_an_accusation(code, clause, events):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        {clause}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events



@pytest.mark.parametrize(("obj", "events"), [
    ("treaty  NN  dobj  3", [(["CHL"], "112", ["PER"])]),  # a wrong with its object
    ("border  NN  dobj  3", []),  # "violated the border" is no wrong of the lexicon
])
def test_coding_a_wrong_named_by_verb_and_object_is_an_accusation(code, obj, events):
    doc = parse(f"""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        violated  VBD  ccomp  1  violate
        the       DT   det    5
        {obj}
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("verb", "obj", "events"), [
    ("caused   VBD  ccomp  1  cause", "chaos    NN  dobj  3", [(["CHL"], "112", ["PER"])]),
    ("spread   VBD  ccomp  1  spread", "lies     NNS dobj  3  lie", [(["CHL"], "112", ["PER"])]),
    ("caused   VBD  ccomp  1  cause", "progress NN  dobj  3", []),  # no bad thing
    ("faced    VBD  ccomp  1  face", "chaos    NN  dobj  3", []),  # no verb of bringing about
])
def test_coding_a_bad_thing_brought_about_is_an_accusation(code, verb, obj, events):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        {verb}
        {obj}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("aspect", "events"), [
    ("continued  VBD  ccomp  1  continue", [(["CHL"], "112", ["PER"])]),
    ("refused    VBD  ccomp  1  refuse", []),  # not going on with the wrong
])
def test_coding_a_wrong_gone_on_with_is_an_accusation(code, aspect, events):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        {aspect}
        to     TO   aux    5
        meddle VB   xcomp  3  meddle
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("noun", "events"), [
    ("pretext  NN  pobj  6", [(["CHL"], "112", ["PER"])]),  # a wrong by what it is used as
    ("model    NN  pobj  6", []),  # "used the treaty as a model" is no wrong
])
def test_coding_a_wrong_named_by_verb_and_its_as_phrase_is_an_accusation(code, noun, events):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        used   VBD  ccomp  1  use
        the    DT   det    5
        treaty NN   dobj   3
        as     IN   prep   3
        a      DT   det    8
        {noun}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("aux", "events"), [
    ("could  MD  aux", [(["CHL"], "100", ["PER"])]),  # must not be let: a demand
    ("will   MD  aux", []),  # a restriction said to come, not asked of anyone
])
def test_coding_cannot_be_allowed_is_a_demand(code, aux, events):
    doc = parse(f"""
        Chile    NNP  nsubj     1
        said     VBD  ROOT      1  say
        Peru     NNP  nsubjpass 6
        {aux}    6
        not      RB   neg       6
        be       VB   auxpass   6
        allowed  VBN  ccomp     1  allow
        to       TO   aux       8
        rearm    VB   xcomp     6
        .        .    punct     1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("word", "actors"), [
    ("not  RB   neg", {0: "CHL", 2: "PER"}),  # a wrong denied
    ("also RB   advmod", {0: "CHL", 2: "CHL"}),  # a wrong owned up to
])
def test_coding_a_wrong_denied_or_owned_up_to_accuses_no_one(code, word, actors):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        it     PRP  nsubj  5
        did    VBD  aux    5  do
        {word} 5
        lie    VB   ccomp  1
        .      .    punct  1
    """, actors=actors)
    assert code(doc) == []


def test_coding_a_wrong_suffered_accuses_no_one(code):
    doc = parse("""
        Chile   NNP  nsubj      1
        said    VBD  ROOT       1  say
        Peru    NNP  nsubjpass  4
        was     VBD  auxpass    4  be
        misled  VBN  ccomp      1  mislead
        .       .    punct      1
    """, actors={0: "CHL", 2: "PER"})
    assert code(doc) == []


PROTEST_PATTERNS = [{"code": "143", "noun": "strike"}, {"code": "145", "verb": "riot"}]


def sides(events) -> list[tuple]:
    return [([(m.text, m.actor.code) for m in e.source], e.cameo,
             [(m.text, m.actor.code) for m in e.target]) for e in events]


def test_coding_people_a_subject_places_in_a_country_protest_not_the_country():
    code = events_of(PROTEST_PATTERNS)
    doc = parse("""
        Workers  NNS  nsubj  3  worker
        in       IN   prep   0
        Peru     NNP  pobj   1
        went     VBD  ROOT   3  go
        on       IN   prep   3
        strike   NN   pobj   4
        .        .    punct  3
    """, actors={2: "PER"})
    assert sides(code(doc)) == [([("Workers in Peru", "PER")], "143", [("Peru", "PER")])]
    # "Peru's workers": whose they are, and so Peru's own act
    doc = parse("""
        Peru     NNP  poss   2
        's       POS  case   0
        workers  NNS  nsubj  3  worker
        went     VBD  ROOT   3  go
        on       IN   prep   3
        strike   NN   pobj   4
        .        .    punct  3
    """, actors={0: "PER"})
    assert [s[0] for s in sides(code(doc))] == [[("Peru", "PER")]]


def test_coding_a_happening_placed_in_a_country_was_done_by_no_one_it_names():
    code = events_of([{"code": "190", "verb": "wound"}])
    doc = parse("""
        Bombings  NNS  nsubj  3  bombing
        in        IN   prep   0
        Peru      NNP  pobj   1
        wounded   VBD  ROOT   3  wound
        shoppers  NNS  dobj   3  shopper
        .         .    punct  3
    """, actors={2: "PER"})
    assert code(doc) == []  # where the bombings were, not who bombed
    # people placed there still act for it
    doc = parse("""
        Gunmen    NNS  nsubj  3  gunman
        in        IN   prep   0
        Peru      NNP  pobj   1
        wounded   VBD  ROOT   3  wound
        shoppers  NNS  dobj   3  shopper
        .         .    punct  3
    """, actors={2: "PER"})
    assert [s[0] for s in sides(code(doc))] == [[("Gunmen in Peru", "PER")]]


def test_coding_people_of_no_actor_protesting_in_a_country_are_its_people():
    code = events_of(PROTEST_PATTERNS)
    doc = parse("""
        Prisoners  NNS  nsubj  1  prisoner
        rioted     VBD  ROOT   1  riot
        in         IN   prep   1
        Peru       NNP  pobj   2
        .          .    punct  1
    """, actors={3: "PER"})
    assert sides(code(doc)) == [([("Prisoners", "PER")], "145", [("Peru", "PER")])]
    doc = parse("""
        Prisoners  NNS  nsubj  1  prisoner
        rioted     VBD  ROOT   1  riot
        .          .    punct  1
    """)
    assert code(doc) == []  # no place: no one known protests


def test_coding_a_denial_answers_the_accuser_not_whom_the_denied_act_names():
    code = events_of([{"code": "016", "verb": "deny"}])
    doc = parse("""
        Chile     NNP  nsubj  1
        denied    VBD  ROOT   1  deny
        meddling  VBG  xcomp  1  meddle
        in        IN   prep   2
        Peru      NNP  poss   6
        's        POS  case   4
        election  NN   pobj   3
        .         .    punct  1
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "016", [])]
    doc = parse("""
        Chile        NNP  nsubj  1
        denied       VBD  ROOT   1  deny
        Peru         NNP  poss   4
        's           POS  case   2
        accusations  NNS  dobj   1  accusation
        .            .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "016", ["PER"])]


def test_coding_a_video_link_line_is_page_furniture():
    from communique.nlp.happenings import furniture_lines

    text = ("Peru recalled its envoy.\n\nPlay Video 0:54 Peru recalls envoy - video\n\n"
            "WATCH: Peru recalls its envoy\n\nChile protested.")
    assert [text[a:b] for a, b in furniture_lines(text)] == [
        "Play Video 0:54 Peru recalls envoy - video", "WATCH: Peru recalls its envoy"]


def test_coding_a_labelled_link_line_run_into_its_headline_is_page_furniture():
    from communique.nlp.happenings import furniture_lines

    text = "Peru recalled its envoy.\n\nMore:Chile blasts Peru over envoy\n\nChile protested."
    assert [text[a:b] for a, b in furniture_lines(text)] == ["More:Chile blasts Peru over envoy"]


def test_coding_a_run_of_inline_links_after_a_name_is_no_news():
    """The headlines glued to a name and closed by "MORE" are other stories; the prose
    around them is the article's."""
    from communique.nlp.happenings import inline_links

    text = ("Senator Jane Roe Jane Q. RoeChile blasts Peru over envoy Bolivia recalls its "
            "ambassador MORE (D-Ore.) said Peru lied.\n"
            "Officials met Chile's MacDonald on MORE than one occasion last year.")
    assert [text[a:b] for a, b in inline_links(text)] == [
        "Chile blasts Peru over envoy Bolivia recalls its ambassador MORE"]


def test_coding_a_refusal_by_a_state_body_or_party_is_not_aimed_at_its_country():
    """Students refusing something refuse their country's demand (home target); an army, a
    court or a party refusing something refuses no act of its own country; a legislature's
    demand is still aimed at its state."""
    code = events_of([{"code": "120", "verb": "reject"}, {"code": "100", "verb": "demand"}])
    for sector, verb, lemma, codes in (("CVL", "rejected", "reject", ["CHL"]),
                                       ("MIL", "rejected", "reject", []),
                                       ("PTY", "rejected", "reject", []),
                                       ("LEG", "demanded", "demand", ["CHL"])):
        doc = parse(f"""
            Chilean  JJ   amod   1
            group    NN   nsubj  2
            {verb}   VBD  ROOT   2  {lemma}
            the      DT   det    4
            plan     NN   dobj   2
            .        .    punct  2
        """, actors={(0, 2): "CHL" + sector})
        assert [[m.actor.code for m in e.target] for e in code(doc)] == [codes], sector


ORDER = """
    Turkey    NNP   nsubj  1
    ordered   VBD   ROOT   1  order
    {whose}   {tag}  {dep}  3
    troops    NNS   dobj   1  troop
    to        TO    aux    5
    attack    VB    xcomp  1
    Iraq      NNP   dobj   5
    .         .     punct  1
"""


def test_coding_an_order_to_the_subjects_own_forces_is_its_own_act(code):
    doc = parse(ORDER.format(whose="its", tag="PRP$", dep="poss"), actors={0: "TUR", 6: "IRQ"})
    assert summary(code(doc)) == [(["TUR"], "190", ["IRQ"])]


def test_coding_an_order_to_another_countrys_forces_is_a_demand(code):
    doc = parse(ORDER.format(whose="Syrian", tag="JJ", dep="amod"),
                actors={0: "TUR", (2, 4): "SYRMIL", 6: "IRQ"})
    assert summary(code(doc)) == [(["TUR"], "100", ["SYRMIL"])]


@pytest.mark.parametrize(("tag", "codes"), [
    ("VBP", [(["CHL"], "111", ["PER"])]),  # "'We condemn Peru,' Chile said": done by saying
    ("VBD", []),  # "'We condemned Peru'": the speaker's talk of an act
])
def test_coding_a_verbal_act_named_in_the_first_person_present_is_performed(tag, codes):
    code = events_of([{"code": "111", "verb": "condemn"}])
    doc = parse(f"""
        "        ``   punct  7
        We       PRP  nsubj  2
        condemn  {tag}  ccomp  7  condemn
        Peru     NNP  dobj   2
        ,        ,    punct  7
        "        ''   punct  7
        Chile    NNP  nsubj  7
        said     VBD  ROOT   7  say
        .        .    punct  7
    """, actors={3: "PER", 6: "CHL"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("subject", "mark", "codes"), [
    ("they  PRP", "that IN mark 6", [(["CHL"], "100", ["PER"])]),  # the one spoken to
    ("we    PRP", "that IN mark 6", []),  # the speaker's own side
    ("they  PRP", "why WRB advmod 6", []),  # a question: no obligation
])
def test_coding_a_pronoun_obliged_in_what_is_told_to_someone_is_them(code, subject, mark,
                                                                     codes):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        told   VBD  ROOT   1  tell
        Peru   NNP  dobj   1
        {mark}
        {subject}  nsubj  6
        must   MD   aux    6
        leave  VB   ccomp  1
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("rows", "codes"), [
    # "In Lima, Chile criticized the plan": the scene it was said in
    ("In IN prep 4 in|Lima NNP pobj 0|, , punct 4|Chile NNP nsubj 4|criticized VBD ROOT 4 "
     "criticize|the DT det 6|plan NN dobj 4|. . punct 4", [(["CHL"], "111", [])]),
])
def test_coding_a_town_a_verbal_act_opens_with_is_not_its_target(rows, codes):
    code = events_of([{"code": "111", "verb": "criticize"}])
    doc = parse(rows.replace("|", "\n"),
                actors={1: actor("PER", "Lima", kind="place"), 3: "CHL"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("subject", "codes"), [
    ("it  PRP", [(["CHL"], "016", [])]),  # "Chile said it had no role in the attack"
    ("Peru  NNP", []),  # another side's share: no denial by the speaker
])
def test_coding_a_speaker_saying_its_side_had_no_share_denies_responsibility(code, subject,
                                                                             codes):
    doc = parse(f"""
        Chile   NNP  nsubj  1
        said    VBD  ROOT   1  say
        {subject}  nsubj  3
        had     VBD  ccomp  1  have
        no      DT   det    5
        role    NN   dobj   3
        in      IN   prep   5
        the     DT   det    8
        attack  NN   pobj   6
        .       .    punct  1
    """, actors={0: "CHL", 2: "PER"} if subject.startswith("Peru") else {0: "CHL"})
    assert [e for e in summary(code(doc)) if e[1] == "016"] == codes


@pytest.mark.parametrize(("verb", "codes"), [
    ("played  VBD  ROOT  1  play", [(["CHL"], "190", [])]),  # a share in it: taking part
    ("denied  VBD  ROOT  1  deny", []),  # denying a share is no attack
])
def test_coding_a_share_in_an_event_is_taking_part_unless_denied(code, verb, codes):
    doc = parse(f"""
        Chile   NNP  nsubj  1
        {verb}
        a       DT   det    3
        role    NN   dobj   1
        in      IN   prep   3
        the     DT   det    6
        attack  NN   pobj   4
        .       .    punct  1
    """, actors={0: "CHL"})
    assert summary(code(doc)) == codes


ADMIT_AND_MEET = [{"code": "015", "verb": "admit"}, {"code": "040", "verb": "meet"}]


def test_coding_a_gerund_owned_up_to_as_the_object_happened():
    code = events_of(ADMIT_AND_MEET)
    doc = parse("""
        Chile     NNP  nsubj  1
        admitted  VBD  ROOT   1  admit
        meeting   VBG  xcomp  1  meet
        Peru      NNP  dobj   2
        .         .    punct  1
    """, actors={0: "CHL", 3: "PER"})
    assert summary(code(doc)) == [(["CHL"], "015", ["PER"]), (["CHL"], "040", ["PER"])]


def test_coding_a_to_gerund_owned_up_to_past_a_phrase_between_happened():
    code = events_of(ADMIT_AND_MEET)
    doc = parse("""
        Chile     NNP  nsubj  1
        admitted  VBD  ROOT   1  admit
        during    IN   prep   1
        the       DT   det    4
        hearing   NN   pobj   2
        to        IN   prep   4
        meeting   VBG  pcomp  5  meet
        Peru      NNP  dobj   6
        .         .    punct  1
    """, actors={0: "CHL", 7: "PER"})
    assert [(e.cameo, e.mood) for e in code(doc)][-1] == ("040", "asserted")
    assert summary(code(doc))[-1] == (["CHL"], "040", ["PER"])


@pytest.mark.parametrize(("whose", "noun", "codes"), [
    ("his", "advisers", []),  # the source's own staff
    ("his military", "officials", []),  # the possessive opens the phrase
    ("his", "counterpart", [(["TURGOV"], "036", [None])]),  # another state's officer
    ("the", "advisers", [(["TURGOV"], "036", [None])]),  # no possessive: whose is unsaid
])
def test_coding_a_meeting_with_the_sources_own_staff_is_no_interaction(code, whose, noun,
                                                                         codes):
    words = whose.split()  # "his military officials": the parser hangs "his" on "military"
    rows = [f"{w}  {'PRP$' if w == 'his' else 'NN' if w == 'military' else 'DT'}  "
            f"{'poss' if w == 'his' else 'nmod' if w == 'military' else 'det'}  {4 + i}"
            for i, w in enumerate(words)]
    doc = parse(f"""
        Erdogan   NNP  nsubj  1
        met       VBD  ROOT   1  meet
        with      IN   prep   1
        {chr(10).join(rows)}
        {noun}    NNS  pobj   2
        .         .    punct  1
    """, actors={0: "TURGOV", (3, 4 + len(words)): actor(None, name=noun, kind="uncoded group")})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("ordered", "codes"), [
    ("TURMIL", []),  # the state's own army: administration
    ("SYRMIL", [(["TURGOV"], "100", ["SYRMIL"])]),  # another state's army: a demand
])
def test_coding_an_order_among_bodies_of_one_state_is_administration(code, ordered, codes):
    doc = parse("""
        Erdogan   NNP   nsubj  1
        ordered   VBD   ROOT   1  order
        the       DT    det    3
        army      NN    dobj   1
        to        TO    aux    5
        draft     VB    xcomp  1
        a         DT    det    7
        plan      NN    dobj   5
        .         .     punct  1
    """, actors={0: "TURGOV", (2, 4): ordered})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("noun", "codes"), [
    ("officials", []),  # staff of a state's body, named by a common noun: its own
    ("teachers", [(["TURGOV"], "100", [None])]),  # people of no body of the state
])
def test_coding_an_order_to_staff_a_common_noun_names_is_administration(code, noun, codes):
    doc = parse(f"""
        Erdogan   NNP   nsubj  1
        ordered   VBD   ROOT   1  order
        {noun}    NNS   dobj   1  {noun[:-1]}
        to        TO    aux    4
        draft     VB    xcomp  1
        a         DT    det    6
        plan      NN    dobj   4
        .         .     punct  1
    """, actors={0: "TURGOV"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("source", "prep", "codes"), [
    ("TURGOV", "at", []),  # its own seat, named as the scene
    ("TURCVL", "at", [(["TURCVL"], "180", ["TURGOV"])]),  # other people (unarmed: 180) act on it
    ("TURGOV", "on", [(["TURGOV"], "190", ["TURGOV"])]),  # not a preposition of place
])
def test_coding_an_act_whose_only_other_side_is_the_sources_own_seat_is_no_interaction(
        code, source, prep, codes):
    doc = parse(f"""
        Ministers  NNS  nsubj  1  minister
        clashed    VBD  ROOT   1  clash
        {prep}     IN   prep   1
        the        DT   det    4
        Palace     NNP  pobj   2
        .          .    punct  1
    """, actors={0: source, (3, 5): actor("TURGOV", name="the Palace", kind="organisation")})
    assert summary(code(doc)) == codes



def test_coding_sides_acting_on_each_other_leave_the_groups_place_untargeted(code):
    doc = parse("""
        Greece   NNP  nsubj  3
        and      CC   cc     0
        Cyprus   NNP  conj   0
        signed   VBD  ROOT   3  sign
        in       IN   prep   3
        Cairo    NNP  pobj   4
        .        .    punct  3
    """, actors={0: "GRC", 2: "CYP", 5: actor("EGY", name="Cairo", kind="place")})
    assert summary(code(doc)) == [(["GRC", "CYP"], "057", []), (["GRC"], "057", ["CYP"]),
                                  (["CYP"], "057", ["GRC"])]


def test_coding_a_phrase_after_coordinated_objects_is_all_of_theirs():
    doc = parse("""
        Chile       NNP  nsubj  1
        designated  VBD  ROOT   1  designate
        Peru        NNP  dobj   1
        and         CC   cc     2
        Bolivia     NNP  conj   2
        as          IN   prep   4
        terrorists  NNS  pobj   5  terrorist
        .           .    punct  1
    """, actors={0: "CHL", 2: "PER", 4: "BOL"})
    code = events_of([{"code": "172", "verb": "designate", "prep": ["as"],
                       "prep_object": ["terrorist"]}])
    assert summary(code(doc)) == [(["CHL"], "172", ["PER", "BOL"])]


@pytest.mark.parametrize(("verb", "mood"), [
    ("attacked VBD conj 2 attack", "asserted"), ("attack VB conj 2 attack", "future")])
def test_coding_a_conjunct_with_a_tense_of_its_own_has_its_own_mood(code, verb, mood):
    doc = parse(f"""
        Peru      NNP  nsubj  2
        will      MD   aux    2
        visit     VB   ROOT   2
        Chile     NNP  dobj   2
        and       CC   cc     2
        Bolivia   NNP  nsubj  6
        {verb}
        Ecuador   NNP  dobj   6
        .         .    punct  2
    """, actors={0: "PER", 3: "CHL", 5: "BOL", 7: "ECU"})
    [attack] = [e for e in code(doc) if e.cameo_root in {"19", "13"}]
    assert (summary([attack])[0][0], attack.mood) == (["BOL"], mood)


@pytest.mark.parametrize(("words", "source"), [
    ("to TO aux 6\n        enter VB relcl 4", ["PER"]),  # the country one would enter
    ("by IN prep 4\n        the DT det 7", ["PER"]),  # the "by" phrase hung on the visa
    ("from IN prep 4\n        the DT det 7", None)])  # no refuser named: none guessed
def test_coding_a_visa_refused_in_the_passive_is_refused_by_the_country_of_entry(
        words, source):
    doc = parse(f"""
        Lopez     NNP  nsubjpass  2
        was       VBD  auxpass    2  be
        denied    VBN  ROOT       2  deny
        a         DT   det        4
        visa      NN   dobj       2
        {words}
        Peru      NNP  {"pobj 5" if "IN" in words else "dobj 6"}
        .         .    punct      2
    """, actors={0: "CHLOPP", 7: "PER"})
    code = events_of([{"code": "120", "verb": "deny", "object": ["visa"]}])
    assert summary(code(doc)) == ([(source, "120", ["CHLOPP"])] if source else [])


@pytest.mark.parametrize(("words", "source"), [
    ("Peru NNP poss 8\n        's POS case 6", ["PER"]),  # the campaign's possessor
    ("wide JJ amod 8\n        new JJ amod 8", None)])  # no doer named: none guessed
def test_coding_a_passive_done_as_part_of_a_campaign_is_done_by_its_doer(words, source):
    doc = parse(f"""
        Lopez      NNP  nsubjpass  2
        was        VBD  auxpass    2  be
        arrested   VBN  ROOT       2  arrest
        as         IN   prep       2
        part       NN   pobj       3
        of         IN   prep       4
        {words}
        crackdown  NN   pobj       5
        .          .    punct      2
    """, actors={0: "CHLOPP", **({6: "PER"} if source else {})})
    code = events_of([{"code": "173", "verb": "arrest"}])
    assert summary(code(doc)) == ([(source, "173", ["CHLOPP"])] if source else [])


@pytest.mark.parametrize(("subject", "verb", "codes"), [
    ("nsubjpass", "be        VB   auxpass  4\n punished  VBN", []),  # "Peru must be punished"
    ("nsubj", "not       RB   neg      4\n leave     VB", [(["CHL"], "100", ["PER"])]),
])
def test_coding_an_actor_obliged_to_undergo_an_act_is_not_asked(code, subject, verb, codes):
    doc = parse(f"""
        Chile     NNP  nsubj     1
        said      VBD  ROOT      1  say
        Peru      NNP  {subject} 5
        must      MD   aux       5
        {verb}  ccomp  1
        .         .    punct     1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("speaker", "codes"), [
    ("Canada", []),  # a Western country's speaker: its own side
    ("Russia", [(["RUS"], "020", ["WST"])]),
])
def test_coding_what_a_speaker_says_its_own_region_should_do_asks_no_one(code, speaker, codes):
    doc = parse(f"""
        {speaker}  NNP  nsubj  1
        said       VBD  ROOT   1  say
        the        DT   det    3
        West       NNP  nsubj  5
        should     MD   aux    5
        prepare    VB   ccomp  1
        .          .    punct  1
    """, actors={0: {"Canada": "CAN", "Russia": "RUS"}[speaker],
                 (2, 4): actor("WST", "the West", kind="igo")})
    assert summary(code(doc)) == codes


DEPLOY = [{"code": "154", "verb": "deploy"}, {"code": "111", "verb": "question"}]


@pytest.mark.parametrize(("dep", "rest", "codes"), [
    # "Chile questioned the force, deployed there to …": what was done to the force
    ("advcl", "there  RB  advmod  6", [(["CHL"], "111", ["PER"])]),
    ("conj", "there  RB  advmod  6", [(["CHL"], "111", ["PER"])]),
    # "Chile questioned the force, deployed troops …": an act of Chile's own
    ("conj", "troops  NNS  dobj  6  troop",
     [(["CHL"], "111", ["PER"]), (["CHL"], "154", [])]),
])
def test_coding_a_participle_set_off_after_its_clause_is_background(dep, rest, codes):
    doc = parse(f"""
        Chile       NNP  nsubj  1
        questioned  VBD  ROOT   1  question
        the         DT   det    4
        Peruvian    JJ   amod   4
        force       NN   dobj   1
        ,           ,    punct  1
        deployed    VBD  {dep}  1  deploy
        {rest}
        .           .    punct  1
    """, actors={0: "CHL", (3, 5): "PER"})
    assert summary(events_of(DEPLOY)(doc)) == codes


PROMISE = [{"code": "030", "verb": "promise"}]


@pytest.mark.parametrize(("people", "country", "codes"), [
    ("Indians", "IND", [(["INDGOV"], "030", [])]),  # his own nation: domestic policy
    ("Nepalis", "NPL", [(["INDGOV"], "030", ["NPL"])]),
])
def test_coding_a_leaders_promise_to_his_own_nation_has_no_target(people, country, codes):
    doc = parse(f"""
        Modi      NNP  nsubj  1
        promised  VBD  ROOT   1  promise
        lower     JJR  amod   3
        taxes     NNS  dobj   1  tax
        for       IN   prep   1
        {people}  NNPS pobj   4
        .         .    punct  1
    """, actors={0: actor("INDGOV", "Modi", kind="person"), 5: country})
    assert summary(events_of(PROMISE)(doc)) == codes


def test_coding_to_blame_said_of_someone_is_an_accusation_and_no_act_of_theirs():
    code = events_of([*PATTERNS, {"code": "112", "verb": "blame"}])
    said = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        was       VBD  ccomp  1  be
        to        TO   aux    5
        blame     VB   xcomp  3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(said)) == [(["CHL"], "112", ["PER"])]
    # in the writer's voice the subject is blamed by no one named: it blames no one either
    alone = parse("""
        Peru      NNP  nsubj  1
        is        VBZ  ROOT   1  be
        to        TO   aux    3
        blame     VB   xcomp  1
        .         .    punct  1
    """, actors={0: "PER"})
    assert code(alone) == []


def test_coding_bearing_responsibility_said_of_someone_is_an_accusation(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  3
        bears     VBZ  ccomp  1  bear
        responsibility NN dobj 3
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "112", ["PER"])]


def test_coding_a_verdict_a_demonstrative_points_at_is_on_its_predicates_owner(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        this      DT   nsubj  3
        was       VBD  ccomp  1  be
        a         DT   det    6
        shameful  JJ   amod   6
        decision  NN   attr   3
        by        IN   prep   6
        Peru      NNP  pobj   7
        .         .    punct  1
    """, actors={0: "CHL", 8: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


@pytest.mark.parametrize(("verb", "act", "codes"), [
    ("weighing weigh", "attack", [(["PER"], "138", ["CHL"])]),  # force weighed: a threat
    ("weighing weigh", "visit", []),  # cooperation weighed stays the weighing's
    ("rejecting reject", "attack", []),  # a means rejected is no one's threat
])
def test_coding_force_weighed_as_a_means_is_a_threat(code, verb, act, codes):
    word, lemma = verb.split()
    doc = parse(f"""
        Peru      NNP  nsubj  2
        is        VBZ  aux    2
        {word}    VBG  ROOT   2  {lemma}
        options   NNS  dobj   2  option
        to        TO   aux    5
        {act}     VB   relcl  3
        Chile     NNP  dobj   5
        .         .    punct  2
    """, actors={0: "PER", 6: "CHL"})
    assert summary(code(doc)) == codes


@pytest.mark.parametrize(("subject", "codes"), [
    ("response", [(["CHL"], "130", ["PER"])]),  # a reprisal said to be an ordeal: a threat
    ("deal", []),  # a deal said to be a disaster for someone is an opinion of it
])
def test_coding_a_reprisal_said_to_be_an_ordeal_for_someone_is_a_threat(code, subject, codes):
    doc = parse(f"""
        Chile      NNP  nsubj  1
        said       VBD  ROOT   1  say
        its        PRP$ poss   3
        {subject}  NN   nsubj  5
        would      MD   aux    5
        be         VB   ccomp  1
        a          DT   det    7
        nightmare  NN   attr   5
        for        IN   prep   7
        Peru       NNP  pobj   8
        .          .    punct  1
    """, actors={0: "CHL", 9: "PER"})
    assert summary(code(doc)) == codes


def test_coding_saying_someone_will_regret_it_is_a_threat(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        Peru      NNP  nsubj  4
        would     MD   aux    4
        regret    VB   ccomp  1
        it        PRP  dobj   4
        .         .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == [(["CHL"], "130", ["PER"])]


@pytest.mark.parametrize(("noun", "events"), [
    ("blunder  NN  dobj  3  blunder", [(["CHL"], "112", ["PER"])]),  # a fault said of Peru
    ("profit   NN  dobj  3  profit", []),  # "made a profit" is no wrong
])
def test_coding_a_mistake_said_to_be_made_is_an_accusation(code, noun, events):
    doc = parse(f"""
        Chile  NNP  nsubj  1
        said   VBD  ROOT   1  say
        Peru   NNP  nsubj  3
        made   VBD  ccomp  1  make
        a      DT   det    5
        {noun}
        .      .    punct  1
    """, actors={0: "CHL", 2: "PER"})
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("word", "tag", "lemma", "code"), [
    ("injured", "VBN", "injure", "073"),  # the people the participle names
    ("elderly", "JJ", "elderly", "073"),  # the people the adjective names
    ("buildings", "NNS", "building", "087")])  # a thing: the pattern's fallback
def test_coding_a_participle_or_adjective_standing_as_a_noun_is_the_word_written(
        word, tag, lemma, code):
    code_of = events_of([{"code": "073", "verb": "evacuate", "object": ["injured", "elderly"]},
                         {"code": "087", "verb": "evacuate"}])
    doc = parse(f"""
        Chile      NNP    nsubj  1
        evacuated  VBD    ROOT   1  evacuate
        the        DT     det    3
        {word}     {tag}  dobj   1  {lemma}
        .          .      punct  1
    """, actors={0: "CHL"})
    assert summary(code_of(doc)) == [(["CHL"], code, [])]


@pytest.mark.parametrize(("aux", "place", "events"), [
    ("were     VBD", "PER", [(["CHLMIL"], "154", ["PER"])]),  # sent abroad: their side's act
    ("are      VBP", "PER", []),  # "are deployed in": where they are, no act
    ("were     VBD", "CHL", []),  # at home: their own security work
])
def test_coding_forces_sent_abroad_in_a_passive_are_sent_by_their_own_side(aux, place, events):
    doc = parse(f"""
        Chilean   JJ   amod       1
        troops    NNS  nsubjpass  3  troop
        {aux} auxpass  3  be
        deployed  VBN  ROOT       3  deploy
        to        IN   prep       3
        Tacna     NNP  pobj       4
        .         .    punct      3
    """, actors={(0, 2): "CHLMIL", 5: place})
    code = events_of([{"code": "154", "verb": "deploy"}])
    assert summary(code(doc)) == events


@pytest.mark.parametrize(("verb", "lemma", "code", "obj", "text"), [
    ("boycotted", "boycott", "143", "runoff", "the runoff"),  # named by what is boycotted
    ("demanded", "demand", "100", "runoff", "Chilean miners"),  # what is asked names no one
    ("staged", "stage", "141", "rally", "Chilean miners"),  # the protest itself names no one
])
def test_coding_a_protest_aimed_at_home_is_named_by_what_it_is_against(verb, lemma, code,
                                                                        obj, text):
    doc = parse(f"""
        Chilean  JJ   amod   1
        miners   NNS  nsubj  2  miner
        {verb}   VBD  ROOT   2  {lemma}
        the      DT   det    4
        {obj}    NN   dobj   2
        .        .    punct  2
    """, actors={(0, 2): "CHLCVL"})
    [event] = events_of([{"code": code, "verb": lemma}])(doc)
    assert [(m.text, m.actor.code) for m in event.target] == [(text, "CHL")]


@pytest.mark.parametrize("lines", [
    """charge   NN   nsubj  9  charge
        Lima     NNP  appos  7""",  # "a charge Lima denies"
    """charge   NN   compound  8  charge
        Lima     NNP  nsubj  9""",  # "a charge Lima denies", the noun a word of the subject
])
def test_coding_a_charge_summed_up_and_denied_keeps_the_accusation(lines):
    """"X accused Y of Z, a charge W denies", parsed with the accusation a complement of the
    denial: the accusation stands, and the denial of the charge answers the accuser."""
    code = events_of([{"code": "112", "verb": "accuse", "target": "required"},
                      {"code": "016", "verb": "deny", "object": ["charge"]},
                      {"code": "120", "verb": "deny"}])
    doc = parse(f"""
        Chile    NNP  nsubj  1
        accused  VBD  ccomp  9  accuse
        Peru     NNP  dobj   1
        of       IN   prep   1
        spying   VBG  pcomp  3  spy
        ,        ,    punct  9
        a        DT   det    7
        {lines}
        denies   VBZ  ROOT   9  deny
        .        .    punct  9
    """, actors={0: "CHL", 2: "PER", 8: "PERGOV"})
    events = code(doc)
    assert [(summary([e]), e.negated) for e in events] == [
        ([(["CHL"], "112", ["PER"])], False), ([(["PERGOV"], "016", ["CHL"])], False)]


@pytest.mark.parametrize(("lines", "lima"), [
    ("""which      WDT  dobj   10
        Lima       NNP  nsubj  10
        dismissed  VBD  relcl  7  dismiss""", 9),  # "a charge which Lima dismissed"
    ("""dismissed  VBN  acl    7  dismiss
        by         IN   agent  8
        Lima       NNP  pobj   9""", 10),  # "a charge dismissed by Lima"
])
def test_coding_a_relative_clause_denying_the_charge_it_sums_up_is_a_denial(lines, lima):
    """"X accused Y of Z, a charge which W dismissed": the relative clause of a noun summing
    up the claim before it answers the claim: a denial by W aimed at the accuser, not a
    relative clause's background, nor hearsay."""
    code = events_of([{"code": "112", "verb": "accuse", "target": "required"},
                      {"code": "016", "verb": "dismiss", "object": ["charge"]},
                      {"code": "120", "verb": "dismiss"}])
    doc = parse(f"""
        Chile      NNP  nsubj  1
        accused    VBD  ROOT   1  accuse
        Peru       NNP  dobj   1
        of         IN   prep   1
        spying     VBG  pcomp  3  spy
        ,          ,    punct  1
        a          DT   det    7
        charge     NN   dobj   1  charge
        {lines}
        .          .    punct  1
    """, actors={0: "CHL", 2: "PER", lima: "PERGOV"})
    events = code(doc)
    assert [(summary([e]), e.negated, e.mood) for e in events] == [
        ([(["CHL"], "112", ["PER"])], False, "asserted"),
        ([(["PERGOV"], "016", ["CHL"])], False, "asserted")]


def test_coding_neither_nor_negates_both_verbs():
    """"X neither confirmed nor denied the report": no denial took place."""
    code = events_of([{"code": "016", "verb": "deny", "object": ["report"]}])
    doc = parse("""
        Chile      NNP  nsubj    2
        neither    CC   preconj  2
        confirmed  VBD  ROOT     2  confirm
        nor        CC   cc       2
        denied     VBD  conj     2  deny
        the        DT   det      6
        report     NN   dobj     4  report
        .          .    punct    2
    """, actors={0: "CHL"})
    [event] = code(doc)
    assert (summary([event]), event.negated) == ([(["CHL"], "016", [])], True)


@pytest.mark.parametrize(("subject", "verb", "coded"), [
    ("Chile  NNP  nsubj  3", "refused  VBD  ROOT   3  refuse",
     [(["CHL"], "1243", ["PER"], False)]),  # a refusal
    ("Chile  NNP  nsubj  3", "failed   VBD  ROOT   3  fail",
     [(["CHL"], "0841", ["PER"], True)]),  # a failure: the release did not happen
    ("raid   NN   nsubj  3  raid", "failed   VBD  ROOT   3  fail",
     [(["CHL"], "0841", ["PER"], True)]),  # a failed act
])
def test_coding_an_act_or_effort_failing_refuses_nothing(code, subject, verb, coded):
    """"X refused to free Y" refuses the release (1243); "X failed to free Y" says only that
    the release did not happen, and "X's raid failed to free Y": a raid has no will, so the
    release is negated, no rejection."""
    doc = parse(f"""
        Chile    NNP  poss   2
        's       POS  case   0
        {subject}
        {verb}
        to       TO   aux    5
        free     VB   xcomp  3  free
        Peru     NNP  dobj   5
        .        .    punct  3
    """, actors={0: "CHL", 6: "PER"})
    assert [(*summary([e])[0], e.negated) for e in code(doc)] == coded


def test_coding_failing_to_sign_an_agreement_rejects_it(code):
    """"X failed to sign with Y": an agreement needs the other side's yes, so the failure is
    a rejection of the accord (127), not the signing negated."""
    doc = parse("""
        Chile    NNP  nsubj  1
        failed   VBD  ROOT   1  fail
        to       TO   aux    3
        sign     VB   xcomp  1  sign
        with     IN   prep   3
        Peru     NNP  pobj   4
        .        .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert [(*summary([e])[0], e.negated) for e in code(doc)] == [
        (["CHL"], "127", ["PER"], False)]


@pytest.mark.parametrize("det", ["no", "neither"])
def test_coding_a_subject_quantified_by_no_or_neither_negates_its_clause(code, det):
    """"No / neither Chilean unit attacked Peru": nothing was done."""
    doc = parse(f"""
        {det}     DT   det    2
        Chilean   JJ   amod   2
        unit      NN   nsubj  3  unit
        attacked  VBD  ROOT   3  attack
        Peru      NNP  dobj   3
        .         .    punct  3
    """, actors={1: "CHL", 4: "PER"})
    assert [(*summary([e])[0], e.negated) for e in code(doc)] == [(["CHL"], "190", ["PER"], True)]


MARCH_PATTERNS = [{"code": "141", "verb": "march", "target": "none"},
                  {"code": "141", "verb": "march", "prep": ["against", "outside", "in"]},
                  {"code": "143", "verb": "go", "prep": ["on"], "prep_object": ["strike"]}]


def test_coding_protesters_are_named_by_their_own_words_not_by_the_body_they_oppose():
    """"Students marched against X's government": the protesters, of the country their
    protest is aimed at, are named by the subject; they are not the government."""
    doc = parse("""
        Students    NNS  nsubj  1  student
        marched     VBD  ROOT   1  march
        against     IN   prep   1
        the         DT   det    5
        Chilean     JJ   amod   5
        government  NN   pobj   2
        .           .    punct  1
    """, actors={(3, 6): "CHLGOV"})
    assert sides(events_of(MARCH_PATTERNS)(doc)) == [
        ([("Students", "CHL")], "141", [("the Chilean government", "CHLGOV")])]


def test_coding_a_protest_is_aimed_at_what_it_is_against_not_where_it_is_held():
    doc = parse("""
        Crowds      NNS  nsubj  1  crowd
        marched     VBD  ROOT   1  march
        in          IN   prep   1
        Valparaiso  NNP  pobj   2
        against     IN   prep   1
        the         DT   det    7
        Chilean     JJ   amod   7
        government  NN   pobj   4
        .           .    punct  1
    """, actors={3: actor("CHL", name="Valparaiso", kind="capital"), (5, 8): "CHLGOV"})
    code = events_of([{"code": "141", "verb": "march", "prep": ["outside", "in"]}])
    assert [t for *_, t in sides(code(doc))] == [[("the Chilean government", "CHLGOV")]]


def test_coding_a_strike_aimed_at_home_is_named_by_what_the_strike_is_against():
    """"went on strike against the new levy": the protest noun hangs on the verb's
    preposition, and what it is against names the country's act."""
    doc = parse("""
        Chilean  JJ   amod   1
        dockers  NNS  nsubj  2  docker
        went     VBD  ROOT   2  go
        on       IN   prep   2
        strike   NN   pobj   3
        against  IN   prep   4
        the      DT   det    8
        new      JJ   amod   8
        levy     NN   pobj   5
        .        .    punct  2
    """, actors={(0, 2): "CHLCVL"})
    assert sides(events_of(MARCH_PATTERNS)(doc)) == [
        ([("Chilean dockers", "CHLCVL")], "143", [("the new levy", "CHL")])]


def test_coding_the_sources_own_forces_in_a_meant_act_are_not_its_target():
    """"agreed to withdraw its troops from X": the troops a possessive pronoun makes the
    subject's own are not whom the intent is aimed at, nor X's forces; X is."""
    code = events_of([{"code": "0356", "verb": "agree", "xcomp": ["withdraw"]}])
    doc = parse("""
        Chile     NNP   nsubj  1
        agreed    VBD   ROOT   1  agree
        to        TO    aux    3
        withdraw  VB    xcomp  1  withdraw
        its       PRP$  poss   5
        troops    NNS   dobj   3  troop
        from      IN    prep   3
        Peru      NNP   pobj   6
        .         .     punct  1
    """, actors={0: "CHL", 7: "PER"})
    assert sides(code(doc)) == [([("Chile", "CHL")], "0356", [("Peru", "PER")])]


@pytest.mark.parametrize(("noun", "lemma", "target"), [
    ("men", "man", []),  # the subject's own people, no one aimed at
    ("allies", "ally", [("its allies", None)]),  # people of another side
])
def test_coding_people_a_possessive_pronoun_makes_the_subjects_own_are_not_its_target(
        noun, lemma, target):
    """"mobilized its men": the object a possessive pronoun makes the subject's own, with no
    other phrase before it the pronoun could stand for, names no target."""
    code = events_of([{"code": "154", "verb": "rally"}])
    doc = parse(f"""
        Chile     NNP   nsubj  1
        rallied   VBD   ROOT   1  rally
        its       PRP$  poss   3
        {noun}    NNS   dobj   1  {lemma}
        .         .     punct  1
    """, actors={0: "CHL"})
    assert sides(code(doc)) == [([("Chile", "CHL")], "154", target)]


def test_coding_people_coordinated_after_the_subjects_own_may_be_its_target():
    """"rallied its men and the farmers": the farmers are no one's own."""
    code = events_of([{"code": "154", "verb": "rally"}])
    doc = parse("""
        Chile     NNP   nsubj  1
        rallied   VBD   ROOT   1  rally
        its       PRP$  poss   3
        men       NNS   dobj   1  man
        and       CC    cc     3
        the       DT    det    6
        farmers   NNS   conj   3  farmer
        .         .     punct  1
    """, actors={0: "CHL"})
    assert sides(code(doc)) == [([("Chile", "CHL")], "154", [("farmers", None)])]


def test_coding_a_word_of_a_date_is_no_event_noun():
    """"in March" names a month: a date's word is never the event noun it is spelled like."""
    code = events_of([{"code": "141", "noun": "march", "prep": ["against"]}])
    month = parse("""
        Chile      NNP  nsubj  1
        escalated  VBD  ROOT   1  escalate
        in         IN   prep   1
        March      NNP  pobj   2  march
        against    IN   prep   3
        Peru       NNP  pobj   4
        .          .    punct  1
    """, ents=[(3, 4, "DATE")], actors={0: "CHL", 5: "PER"})
    assert code(month) == []
    walk = parse("""
        Chile      NNP  nsubj  1
        escalated  VBD  ROOT   1  escalate
        the        DT   det    3
        march      NN   dobj   1
        against    IN   prep   3
        Peru       NNP  pobj   4
        .          .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert summary(code(walk)) == [(["CHL"], "141", ["PER"])]
    alone = parse("""
        Chile      NNP  poss   2
        's         POS  case   0
        March      NNP  nsubj  6  march
        against    IN   prep   2
        Peru       NNP  pobj   3
        passed     VBD  ROOT   6  pass
        quietly    RB   advmod 6
        .          .    punct  6
    """, ents=[(2, 3, "DATE")], actors={0: "CHL", 4: "PER"})
    assert code(alone) == []


@pytest.mark.parametrize("verb, coded", [
    ("surprised VBD ROOT 5 surprise\n        analysts NNS dobj 5 analyst", False),
    ("lasted VBD ROOT 5 last\n        hours NNS npadvmod 5 hour", True),
])
def test_coding_a_noun_of_dealings_as_subject_of_a_clause_is_its_topic(code, verb, coded):
    table = """
        Peru    NNP  poss   2
        's      POS  case   0
        talks   NNS  nsubj  5  talk
        with    IN   prep   2
        Chile   NNP  pobj   3
        {verb}
        .       .    punct  5
    """
    events = summary(code(parse(table.format(verb=verb), actors={0: "PER", 4: "CHL"})))
    # what the talks did is the clause's news; "lasted" says that they happened
    assert events == ([(["PER"], "046", ["CHL"])] if coded else [])


def test_coding_a_visit_noun_as_subject_still_tells_the_visit(code):
    # going somewhere is a deed: what the visit did does not undo that it was made
    doc = parse("""
        Peru      NNP  poss   2
        's        POS  case   0
        visit     NN   nsubj  5
        to        IN   prep   2
        Chile     NNP  pobj   3
        surprised VBD  ROOT   5  surprise
        analysts  NNS  dobj   5  analyst
        .         .    punct  5
    """, actors={0: "PER", 4: "CHL"})
    assert summary(code(doc)) == [(["PER"], "042", ["CHL"])]


def test_coding_a_deed_noun_as_subject_still_does_what_its_verb_says(code):
    doc = parse("""
        Chilean    JJ   amod   1
        strikes    NNS  nsubj  2  strike
        hit        VBD  ROOT   2
        Peru       NNP  dobj   2
        .          .    punct  2
    """, actors={0: "CHL", 3: "PER"})
    assert [e[1][:2] for e in summary(code(doc))] == ["19"]


def test_coding_an_indefinite_noun_with_a_purpose_infinitive_is_the_verbs_object():
    # the parser takes "a truce to allow …" for a complement clause with the truce as its
    # subject: the truce is what was declared
    doc = parse("""
        Chile     NNP  nsubj  1
        declared  VBD  ROOT   1  declare
        a         DT   det    3
        truce     NN   nsubj  5
        to        TO   aux    5
        allow     VB   ccomp  1
        grain     NN   compound 7
        shipments NNS  dobj   5  shipment
        .         .    punct  1
    """, actors={0: "CHL"})
    code = events_of([{"code": "0871", "verb": "declare", "object": ["truce"]}])
    assert summary(code(doc)) == [(["CHL"], "0871", [])]


def test_coding_a_participle_after_an_uncoded_object_names_no_other_target():
    # the parser takes "nomads crossing into Peru" for a complement clause with the nomads as
    # its subject: they are whom the expulsion is aimed at, Peru only where they went
    doc = parse("""
        Chile     NNP  nsubj  1
        expelled  VBD  ROOT   1  expel
        Aymara    NNP  compound 3
        nomads    NNS  nsubj  4  nomad
        crossing  VBG  ccomp  1  cross
        into      IN   prep   4
        Peru      NNP  pobj   5
        .         .    punct  1
    """, actors={0: "CHL", (2, 4): actor(None, "Aymara nomads", kind="group"), 6: "PER"})
    [event] = events_of([{"code": "174", "verb": "expel"}])(doc)
    assert summary([event]) == [(["CHL"], "174", [None])]
    assert [m.text for m in event.target] == ["Aymara nomads"]


def test_coding_a_preposition_read_as_a_numbers_quantifier_may_be_the_verbs_particle():
    # "over 20" may be "more than 20": a pattern naming the particle fits, and so does the
    # bare verb's
    def doc(verb, lemma):
        return parse(f"""
            Oslo      NNP  nsubj     1
            {verb}    VBZ  ROOT      1  {lemma}
            over      IN   quantmod  3
            20        CD   nummod    4
            crates    NNS  dobj      1  crate
            to        IN   prep      1
            Bern      NNP  pobj      5
            .         .    punct     1
        """, actors={0: "NOR", 6: "CHE"})
    code = events_of([{"code": "070", "verb": "hand", "particle": "over"},
                      {"code": "071", "verb": "send"}])
    assert summary(code(doc("hands", "hand"))) == [(["NOR"], "070", ["CHE"])]
    assert summary(code(doc("sends", "send"))) == [(["NOR"], "071", ["CHE"])]


def test_coding_a_root_tagged_a_noun_with_a_subject_and_an_object_is_a_verb():
    doc = parse("""
        Oslo      NNP  nsubj  3
        and       CC   cc     0
        Bern      NNP  conj   0
        hand      NN   ROOT   3
        over      RP   prt    3
        the       DT   det    6
        crates    NNS  dobj   3  crate
        to        IN   prep   3
        Rome      NNP  pobj   7
        .         .    punct  3
    """, actors={0: "NOR", 2: "CHE", 8: "ITA"})
    code = events_of([{"code": "070", "verb": "hand", "particle": "over"}])
    assert summary(code(doc)) == [(["NOR", "CHE"], "070", ["ITA"])]


def test_coding_a_verb_of_saying_set_as_an_aside_takes_the_clause_from_the_writer():
    # "…, the minister told reporters" hung on a noun as an aside still attributes the
    # sentence to a speaker: its plan is not the writer's own account.
    from communique.nlp.coding import _unattributed
    table = '''
        Peru      NNP  nsubj      1
        plans     VBZ  ROOT       1  plan
        to        TO   aux        3
        send      VB   xcomp      1
        envoys    NNS  dobj       3  envoy
        to        IN   dative     3
        Chile     NNP  pobj       5
        ,         ,    punct      6
        the       DT   det        9
        minister  NN   nsubj      10
        told      VBD  {dep}      6  tell
        reporters NNS  dobj       10 reporter
        .         .    punct      1
    '''
    aside = parse(table.format(dep="parataxis"))
    assert not _unattributed(aside[3])
    clause = parse(table.format(dep="relcl"))
    assert _unattributed(clause[3])


def test_coding_the_place_a_material_act_is_done_in_is_its_target_when_no_actor_is():
    # CAMEO takes the location of a deployment or a withdrawal as its target: a place word
    # of the verb's phrase ("on alert in the eastern district") or a place name the
    # knowledge base lacks, kept uncoded; a speech act's place is only where it was said
    code = events_of([{"code": "150", "verb": "stay", "prep": ["on"]},
                      {"code": "0874", "verb": "withdraw"},
                      {"code": "051", "verb": "praise"}])
    doc = parse("""
        Kenya     NNP  nsubj     1
        stayed    VBD  ROOT      1  stay
        on        IN   prep      1
        alert     NN   pobj      2
        in        IN   prep      3
        the       DT   det       7
        eastern   JJ   amod      7
        district  NN   pobj      4
        .         .    punct     1
    """, actors={0: "KEN"})
    assert targets(code(doc)) == [[("eastern district", None)]]
    doc = make_doc(["Kenya", "withdrew", "from", "Galmudug", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"],
                   lemmas=["Kenya", "withdraw", "from", "Galmudug", "."],
                   tags=["NNP", "VBD", "IN", "NNP", "."], ents=[(3, 4, "GPE")],
                   actors={0: "KEN"})
    assert targets(code(doc)) == [[("Galmudug", None)]]
    doc = make_doc(["Kenya", "withdrew", "from", "Europe", "."], [1, 1, 1, 2, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct"],
                   lemmas=["Kenya", "withdraw", "from", "Europe", "."],
                   tags=["NNP", "VBD", "IN", "NNP", "."], ents=[(3, 4, "LOC")],
                   actors={0: "KEN"})
    assert targets(code(doc)) == [[]]  # a continent or a sea: no one's place
    doc = make_doc(["Kenya", "praised", "Uganda", "in", "Galmudug", "."], [1, 1, 1, 1, 3, 1],
                   ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
                   lemmas=["Kenya", "praise", "Uganda", "in", "Galmudug", "."],
                   tags=["NNP", "VBD", "NNP", "IN", "NNP", "."], ents=[(4, 5, "GPE")],
                   actors={0: "KEN", 2: "UGA"})
    assert summary(code(doc)) == [(["KEN"], "051", ["UGA"])]


@pytest.mark.parametrize(("verb", "wrong", "lemma"), [
    ("caned", "can", "cane"), ("readied", "readie", "ready"),
    ("reburied", "reburie", "rebury"), ("relaunched", "relaunche", "relaunch"),
    ("forgave", "forgave", "forgive"), ("overrode", "overrode", "override"),
    ("decreed", "decreed", "decree"), ("unbanned", "unbanne", "unban"),
])
def test_coding_corrects_the_lemma_of_a_verb_form_the_model_misreads(verb, wrong, lemma):
    """The model's lemmatizer strips "-ed" or "-d" wrongly from some dictionary verbs (lexicon
    `verb_forms`): the verb's patterns then match the corrected lemma."""
    doc = parse(f"""
        Oslo   NNP  nsubj  1
        {verb} VBD  ROOT   1  {wrong}
        Bern   NNP  dobj   1
        .      .    punct  1
    """, actors={0: "NOR", 2: "CHE"})
    [event] = events_of([{"code": "042", "verb": lemma, "target": "required"}])(doc)
    assert (event.cameo, event.trigger) == ("042", verb)
    assert [(m.text, m.actor.code) for m in event.target] == [("Bern", "CHE")]


def test_coding_an_adjective_complement_is_said_of_the_verbs_own_object():
    # "let free X" parsed as a clause "free" beside the object: the adjective takes no object
    # of its own, so the pattern naming the complement keeps the verb's object as target
    doc = parse("""
        Oslo      NNP  nsubj  1
        let       VBD  ROOT   1  let
        free      JJ   ccomp  1
        Lund      NNP  dobj   1
        .         .    punct  1
    """, actors={0: "NOR", 3: "SWE"})
    code = events_of([{"code": "0841", "verb": "let", "xcomp": ["free"],
                       "object_class": ["polity"]}])
    assert summary(code(doc)) == [(["NOR"], "0841", ["SWE"])]


@pytest.mark.parametrize(("verb", "lemma", "mark", "tag", "events"), [
    ("proposed", "propose", "that", "VB", []),
    # insisting on it demands it of Chile (100); the attack is still not done
    ("insisted", "insist", "", "VB", [(["PER"], "100", ["CHL"])]),
    ("urged", "urge", "that", "VBP", []),
    ("said", "say", "that", "VBP", [(["CHL"], "190", ["BOL"])]),
    ("helped", "help", "", "VB", [(["CHL"], "190", ["BOL"])])])
def test_coding_a_subjunctive_that_clause_is_what_is_asked_not_done(code, verb, lemma, mark,
                                                                     tag, events):
    mark_line = f"{mark}  IN  mark  4" if mark else "the  DT  dep  4"
    doc = parse(f"""
        Peru      NNP  nsubj  1
        {verb}    VBD  ROOT   1  {lemma}
        {mark_line}
        Chile     NNP  nsubj  4
        attack    {tag}  ccomp  1  attack
        Bolivia   NNP  dobj   4
        .         .    punct  1
    """, actors={0: "PER", 3: "CHL", 5: "BOL"})
    assert summary(code(doc)) == events


def test_coding_an_actor_whose_words_both_modify_an_event_noun_is_its_source_once(code):
    # a headline-like phrase: the owner and its noun each hang on the event noun
    doc = parse("""
        Peru    NNP  poss      3
        's      POS  case      0
        army    NN   amod      3
        attack  NN   ROOT      3
        on      IN   prep      3
        Chile   NNP  pobj      4
        .       .    punct     3
    """, actors={(0, 3): "PERMIL", 5: "CHL"})
    assert summary(code(doc)) == [(["PERMIL"], "190", ["CHL"])]


def test_coding_a_main_verb_takes_back_its_subject_from_an_opening_list(code):
    # "Speaking after talks in Lima, Peru, Chile praised Bolivia": the parser joined Chile to
    # the list of places and took the opening clause for the verb's subject
    doc = parse("""
        Speaking  VBG  csubj  9  speak
        after     IN   prep   0
        talks     NNS  pobj   1  talk
        in        IN   prep   2
        Lima      NNP  pobj   3
        ,         ,    punct  4
        Peru      NNP  conj   4
        ,         ,    punct  6
        Chile     NNP  conj   6
        praised   VBD  ROOT   9  praise
        Bolivia   NNP  dobj   9
        .         .    punct  9
    """, actors={4: actor("PERGOV", "Lima", kind="capital"), 6: "PER", 8: "CHL", 10: "BOL"})
    assert summary(code(doc)) == [(["CHL"], "051", ["BOL"])]


def test_coding_a_pledge_of_any_act_negated_is_no_threat():
    code = events_of([{"code": "138", "verb": "vow", "xcomp": ["*"]}])
    doc = parse("""
        Chile   NNP  nsubj  1
        vowed   VBD  ROOT   1  vow
        never   RB   neg    4
        to      TO   aux    4
        attack  VB   xcomp  1  attack
        Peru    NNP  dobj   4
        .       .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert code(doc) == []  # "vowed never to attack Peru": an assurance, whatever the act


def test_coding_a_closing_attribution_hung_on_the_clause_it_attributes_is_the_saying(code):
    # the parser may hang "…, the agency reported" on the verb before it, as what it says
    doc = parse("""
        Chile     NNP  nsubj  1
        freed     VBD  ROOT   1  free
        the       DT   det    3
        sailors   NNS  dobj   1  sailor
        ,         ,    punct  6
        Peru      NNP  nsubj  6
        reported  VBD  ccomp  1  report
        .         .    punct  1
    """, actors={0: "CHL", 5: "PER"})
    assert summary(code(doc)) == [(["CHL"], "0841", [None])]  # the sailors, not the reporter
    assert doc[6].dep_ == "ROOT" and doc[1].head.i == 6
