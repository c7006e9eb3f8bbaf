"""The grammar the coder reads off a parse — modality (nlp/modality.py), subjects, objects,
mood and background nouns (nlp/syntax.py), and an event's own date (nlp/when.py) — on
hand-built parses (no model). Sentences are made up for these tests."""

from __future__ import annotations

import pytest
from parses import parse

from communique.nlp import modality as M
from communique.nlp.discards import background_clause, inside_quotation
from communique.nlp import syntax as S
from communique.nlp.when import event_date


def token(doc, word):
    return next(t for t in doc if t.text == word)


# modality ------------------------------------------------------------------------------

@pytest.mark.parametrize(("table", "trigger", "reason"), [
    ("""
     Chile    NNP  nsubj  1
     attacks  VBZ  ROOT   1  attack
     ?        .    punct  1
     """, "attacks", "question"),
    ("""
     Will    MD   aux    2
     Chile   NNP  nsubj  2
     attack  VB   ROOT   2
     Peru    NNP  dobj   2
     .       .    punct  2
     """, "attack", "question"),
    ("""
     If       IN   mark   2
     Chile    NNP  nsubj  2
     attacks  VBZ  advcl  5  attack
     ,        ,    punct  5
     Peru     NNP  nsubj  5
     responds VBZ  ROOT   5  respond
     .        .    punct  5
     """, "attacks", "condition"),
    ("""
     Chile     NNP  nsubj  3
     could     MD   aux    3
     have      VB   aux    3
     attacked  VBN  ROOT   3  attack
     .         .    punct  3
     """, "attacked", "counterfactual"),
    ("""
     Chile      NNP  nsubj   2
     allegedly  RB   advmod  2
     attacked   VBD  ROOT    2  attack
     .          .    punct   2
     """, "attacked", "reported"),
    ("""
     Chile      NNP  nsubj   3
     has        VBZ  aux     3  have
     certainly  RB   advmod  3
     lowered    VBN  ROOT    3  lower
     tariffs    NNS  dobj    3  tariff
     .          .    punct   3
     """, "lowered", "hedged"),
    ("""
     Peru      NNP  nsubj   1
     said      VBD  ROOT    1  say
     Chile     NNP  nsubj   4
     probably  RB   advmod  4
     attacked  VBD  ccomp   1  attack
     Bolivia   NNP  dobj    4
     .         .    punct   1
     """, "attacked", "hedged"),
    ("""
     Chile      NNP  nsubj   1
     appears    VBZ  ROOT    1  appear
     to         TO   aux     4
     be         VB   aux     4  be
     handing    VBG  xcomp   1  hand
     ports      NNS  dobj    4  port
     over       RP   prt     4
     to         IN   prep    4
     Peru       NNP  pobj    7
     .          .    punct   1
     """, "handing", "hedged"),
    ("""
     Peru      NNP  nsubj     1
     weighed   VBD  ROOT      1  weigh
     a         DT   det       4
     possible  JJ   amod      4
     truce     NN   dobj      1
     with      IN   prep      4
     Chile     NNP  pobj      5
     .         .    punct     1
     """, "truce", "hedged"),
    ("""
     Peru      NNP  nsubj     1
     weighed   VBD  ROOT      1  weigh
     a         DT   det       4
     lasting   JJ   amod      4
     truce     NN   dobj      1
     with      IN   prep      4
     Chile     NNP  pobj      5
     .         .    punct     1
     """, "truce", None),
    ("""
     Chile      NNP  nsubj   1
     agreed     VBD  ROOT    1  agree
     to         TO   aux     3
     hand       VB   xcomp   1  hand
     ports      NNS  dobj    3  port
     over       RP   prt     3
     .          .    punct   1
     """, "hand", None),
    ("""
     claims    NNS  ROOT   0  claim
     that      IN   mark   3
     Chile     NNP  nsubj  3
     attacked  VBD  acl    0  attack
     .         .    punct  0
     """, "attacked", "hearsay"),
    ("""
     Chile   NNP  nsubjpass  2
     is      VBZ  auxpass    2  be
     said    VBN  ROOT       2  say
     to      TO   aux        4
     attack  VB   xcomp      2
     .       .    punct      2
     """, "attack", "hearsay"),
    ("""
     Peru       NNP  nsubj  1
     accused    VBD  ROOT   1  accuse
     Chile      NNP  dobj   1
     of         IN   prep   1
     attacking  VBG  pcomp  3  attack
     .          .    punct  1
     """, "attacking", "hearsay"),
    ("""
     Withdraw  VB   ROOT   0  withdraw
     the       DT   det    2
     troops    NNS  dobj   0  troop
     !         .    punct  0
     """, "Withdraw", "imperative"),
    ("""
     Chile     NNP  nsubj  2
     must      MD   aux    2
     withdraw  VB   ROOT   2
     .         .    punct  2
     """, "withdraw", "modal"),
    ("""
     Chile     NNP  nsubj  2
     could     MD   aux    2
     withdraw  VB   ROOT   2
     .         .    punct  2
     """, "withdraw", "possible"),
    ("""
     Chile     NNP  nsubj  2
     can       MD   aux    2
     withdraw  VB   ROOT   2
     .         .    punct  2
     """, "withdraw", "possible"),
    ("""
     Chile     NNP  nsubj  2
     could     MD   aux    2
     raid      VB   ROOT   2
     Peru      NNP  dobj   2
     and       CC   cc     2
     seize     VB   conj   2
     ports     NNS  dobj   5  port
     .         .    punct  2
     """, "seize", "possible"),
    ("""
     Chile     NNP  nsubj  2
     could     MD   aux    2
     sleep     VB   ROOT   2
     and       CC   cc     2
     seized    VBD  conj   2  seize
     ports     NNS  dobj   4  port
     .         .    punct  2
     """, "seized", None),
    ("""
     Chile     NNP  nsubj  3
     can       MD   aux    3
     not       RB   neg    3
     withdraw  VB   ROOT   3
     .         .    punct  3
     """, "withdraw", None),
    ("""
     Chile     NNP  nsubj  1
     has       VBZ  ROOT   1  have
     to        TO   aux    3
     withdraw  VB   xcomp  1
     .         .    punct  1
     """, "withdraw", "modal"),
    ("""
     Chile     NNP  nsubj  1
     had       VBD  ROOT   1  have
     to        TO   aux    3
     withdraw  VB   xcomp  1
     .         .    punct  1
     """, "withdraw", None),
    ("""
     Chile     NNP  nsubj  2
     would     MD   aux    2
     withdraw  VB   ROOT   2
     .         .    punct  2
     """, "withdraw", None),
    ("""
     Chile   NNP  nsubj  1
     is      VBZ  ROOT   1  be
     likely  JJ   acomp  1
     to      TO   aux    4
     attack  VB   xcomp  2
     .       .    punct  1
     """, "attack", "modal"),
    ("""
     Chile     NNP  nsubj  1
     attacked  VBD  ROOT   1  attack
     Peru      NNP  dobj   1
     .         .    punct  1
     """, "attacked", None),
    ("""
     Peru      NNP  nsubj  1
     asked     VBD  ROOT   1  ask
     whether   IN   mark   4
     Chile     NNP  nsubj  4
     said      VBD  ccomp  1  say
     that      IN   mark   7
     Bolivia   NNP  nsubj  7
     attacked  VBD  ccomp  4  attack
     Ecuador   NNP  dobj   7
     .         .    punct  1
     """, "attacked", "condition"),
    ("""
     Peru      NNP  nsubj  1
     said      VBD  ROOT   1  say
     that      IN   mark   4
     Bolivia   NNP  nsubj  4
     attacked  VBD  ccomp  1  attack
     Ecuador   NNP  dobj   4
     .         .    punct  1
     """, "attacked", None),
    ("""
     Nobody   NN   nsubj  1
     knows    VBZ  ROOT   1  know
     what     WP   dobj   5
     Chile    NNP  nsubj  5
     had      VBD  aux    5  have
     signed   VBN  ccomp  1  sign
     .        .    punct  1
     """, "signed", "condition"),
    ("""
     Peru      NNP  nsubj  1
     wondered  VBD  ROOT   1  wonder
     how       WRB  advmod 5
     Chile     NNP  nsubj  5
     would     MD   aux    5
     withdraw  VB   ccomp  1
     .         .    punct  1
     """, "withdraw", "condition"),
    ("""
     Peru      NNP  nsubj  1
     told      VBD  ROOT   1  tell
     how       WRB  advmod 4
     Chile     NNP  nsubj  4
     attacked  VBD  ccomp  1  attack
     Ecuador   NNP  dobj   4
     .         .    punct  1
     """, "attacked", None),
    ("""
     Peru      NNP  nsubj  1
     said      VBD  ROOT   1  say
     that      WDT  mark   4
     Chile     NNP  nsubj  4
     attacked  VBD  ccomp  1  attack
     Ecuador   NNP  dobj   4
     .         .    punct  1
     """, "attacked", None),
    ("""
     Chile      NNP  nsubj  2
     has        VBZ  aux    2  have
     been       VBN  ROOT   2  be
     reluctant  JJ   acomp  2
     to         TO   aux    5
     criticize  VB   xcomp  3
     Peru       NNP  dobj   5
     .          .    punct  2
     """, "criticize", "reluctant"),
    ("""
     Chile    NNP  nsubj  1
     moved    VBD  ROOT   1  move
     to       TO   aux    3
     seize    VB   xcomp  1
     a        DT   det    5
     ship     NN   dobj   3
     .        .    punct  1
     """, "seize", "attempted"),
    ("""
     Chile      NNP  nsubj  1
     tried      VBD  ROOT   1  try
     to         TO   aux    3
     expel      VB   xcomp  1
     Peru       NNP  poss   6
     envoy      NN   dobj   3
     .          .    punct  1
     """, "expel", "attempted"),
    ("""
     Chile      NNP  nsubj  1
     tried      VBD  ROOT   1  try
     to         TO   aux    3
     punish     VB   xcomp  1
     Peru       NNP  dobj   3
     by         IN   prep   3
     expelling  VBG  pcomp  5  expel
     envoys     NNS  dobj   6  envoy
     .          .    punct  1
     """, "expelling", None),
    ("""
     Chile      NNP  nsubj  1
     directed   VBD  ROOT   1  direct
     its        PRP$ poss   3
     navy       NN   dobj   1
     to         TO   aux    5
     blockade   VB   xcomp  1
     Peru       NNP  dobj   5
     .          .    punct  1
     """, "blockade", "directed"),
    ("""
     Chile      NNP  nsubj  1
     pushed     VBD  ROOT   1  push
     to         TO   aux    3
     sanction   VB   xcomp  1
     Peru       NNP  dobj   3
     .          .    punct  1
     """, "sanction", "directed"),
    ("""
     Chile      NNP  nsubj  1
     knew       VBD  ROOT   1  know
     where      WRB  advmod 4
     to         TO   aux    4
     strike     VB   xcomp  1
     .          .    punct  1
     """, "strike", "imagined"),
    ("""
     Chile      NNP  nsubj  1
     discussed  VBD  ROOT   1  discuss
     how        WRB  advmod 4
     to         TO   aux    4
     punish     VB   xcomp  1
     Peru       NNP  dobj   4
     .          .    punct  1
     """, "punish", "imagined"),
])
def test_modality_names_why_a_clause_is_not_asserted(table, trigger, reason):
    doc = parse(table)
    assert M.unasserted(token(doc, trigger)) == reason


def test_modality_refusal_is_refused_to_or_a_negated_future():
    refused = parse("""
        Chile    NNP  nsubj  1
        refused  VBD  ROOT   1  refuse
        to       TO   aux    3
        sign     VB   xcomp  1
        .        .    punct  1
    """)
    wont = parse("""
        Chile   NNP  nsubj  3
        will    MD   aux    3
        not     RB   neg    3
        sign    VB   ROOT   3
        .       .    punct  3
    """)
    did_not = parse("""
        Chile   NNP  nsubj  3
        did     VBD  aux    3  do
        not     RB   neg    3
        sign    VB   ROOT   3
        .       .    punct  3
    """)
    assert [M.refusal(token(d, "sign")) for d in (refused, wont, did_not)] == [
        True, True, False]


@pytest.mark.parametrize(("root", "mood", "reason", "counted"), [
    ("19", "asserted", None, True),
    ("19", "future", None, False),       # force to come is coded as a threat, not as force
    ("13", "future", None, True),        # a threat is performed by saying it
    ("03", "hypothetical", None, True),
    ("03", "future", "question", False),
    ("19", "asserted", "reported", True),
    ("19", "asserted", "hearsay", False),
])
def test_modality_counted(root, mood, reason, counted):
    assert M.counted(root, mood, reason) is counted


@pytest.mark.parametrize(("verb", "reason"), [
    ("tried try", "relative clause"),  # what the envoy tried is said of the envoy
    ("helped help", "relative clause"),
])
def test_discards_an_open_complement_of_a_relative_clause_is_background(verb, reason):
    word, lemma = verb.split()
    doc = parse(f"""
        Peru     NNP  nsubj  1
        praised  VBD  ROOT   1  praise
        the      DT   det    3
        envoy    NN   dobj   1
        who      WP   nsubj  5
        {word}   VBD  relcl  3  {lemma}
        to       TO   aux    7
        expel    VB   xcomp  5
        Chile    NNP  dobj   7
        .        .    punct  1
    """)
    assert background_clause(token(doc, "expel")) == reason
    assert background_clause(token(doc, "praised")) is None


def test_discards_a_later_conjunct_of_an_infinitive_in_a_relative_clause_is_background():
    """"the envoy who was to meet X and expel Y": the second verb shares the infinitive's
    "to" and so the relative clause; a finite verb's conjunct keeps its own reading."""
    doc = parse("""
        Peru     NNP  nsubj  1
        praised  VBD  ROOT   1  praise
        the      DT   det    3
        envoy    NN   dobj   1
        who      WP   nsubj  5
        was      VBD  relcl  3  be
        to       TO   aux    7
        meet     VB   xcomp  5
        Chile    NNP  dobj   7
        and      CC   cc     7
        expel    VB   conj   7
        Bolivia  NNP  dobj   10
        .        .    punct  1
    """)
    assert background_clause(token(doc, "expel")) == "relative clause"
    finite = parse("""
        Peru      NNP  nsubj  1
        praised   VBD  ROOT   1  praise
        the       DT   det    3
        envoy     NN   dobj   1
        who       WP   nsubj  5
        arrived   VBD  relcl  3  arrive
        and       CC   cc     5
        expelled  VBD  conj   5  expel
        Bolivia   NNP  dobj   7
        .         .    punct  1
    """)
    assert background_clause(token(finite, "expelled")) is None


# syntax --------------------------------------------------------------------------------

VOWED = """
    Chile   NNP  nsubj  1
    vowed   VBD  ROOT   1  vow
    to      TO   aux    3
    attack  VB   xcomp  1
    and     CC   cc     3
    seize   VB   conj   3
    Lima    NNP  dobj   5
    .       .    punct  1
"""


def test_syntax_subject_is_inherited_through_complements_and_conjuncts():
    doc = parse(VOWED)
    assert [S.subject_of(token(doc, w)).text for w in ("vowed", "attack", "seize")] == [
        "Chile", "Chile", "Chile"]


def test_syntax_subject_of_a_relative_clause_is_the_noun_it_describes():
    doc = parse("""
        troops    NNS  ROOT   0  troop
        that      WDT  nsubj  2
        attacked  VBD  relcl  0  attack
        Lima      NNP  dobj   2
    """)
    assert S.subject_of(token(doc, "attacked")).text == "that"
    doc = parse("""
        troops    NNS  ROOT   0  troop
        attacked  VBD  relcl  0  attack
        Lima      NNP  dobj   1
    """)
    assert S.subject_of(token(doc, "attacked")).text == "troops"


def test_syntax_a_finite_verb_hung_on_a_relative_clause_is_the_sentence_verb():
    """"X, which opposed the plan, rebuked Y" parsed with the main verb a clause of "plan":
    a finite verb modifies no noun, so its subject is the noun the relative clause belongs
    to, and it is no background clause."""
    doc = parse("""
        Chile    NNP  ROOT   0
        ,        ,    punct  0
        which    WDT  nsubj  3
        opposed  VBD  relcl  0  oppose
        the      DT   det    5
        plan     NN   dobj   3
        ,        ,    punct  5
        rebuked  VBD  acl    5  rebuke
        Peru     NNP  dobj   7
        .        .    punct  0
    """)
    verb = token(doc, "rebuked")
    assert S.subject_of(verb).text == "Chile"
    assert background_clause(verb) is None


def test_syntax_mood_future_through_an_intent_and_hypothetical_under_if():
    doc = parse(VOWED)
    assert [S.mood(token(doc, w)) for w in ("vowed", "attack", "seize")] == [
        "asserted", "future", "future"]
    doc = parse("""
        Chile    NNP  nsubj  2
        would    MD   aux    2
        respond  VB   ROOT   2
        .        .    punct  2
    """)
    assert S.mood(token(doc, "respond")) == "hypothetical"


def test_syntax_passive_parts_and_reduced_relative():
    doc = parse("""
        villages  NNS  ROOT   0  village
        hit       VBN  acl    0
        by        IN   agent  1
        jets      NNS  pobj   2  jet
    """)
    agent, patient = S.passive_parts(token(doc, "hit"))
    assert (agent.text, patient.text) == ("jets", "villages")


def test_syntax_object_lemmas_compounds_then_what_a_measure_counts_not_the_measure():
    doc = parse("""
        sent      VBD  ROOT      0  send
        arms      NNS  compound  2  arm
        tons      NNS  dobj      0  ton
        of        IN   prep      2
        aid       NN   pobj      3
    """)
    assert S.object_lemmas(token(doc, "tons")) == ["arm", "aid"]


def test_syntax_negated_by_not_never_or_a_denial_above():
    doc = parse("""
        Chile      NNP  nsubj   2
        never      RB   neg     2
        attacked   VBD  ROOT    2  attack
        .          .    punct   2
    """)
    assert S.negated(token(doc, "attacked")) is True
    doc = parse("""
        Chile      NNP  nsubj  1
        denied     VBD  ROOT   1  deny
        attacking  VBG  xcomp  1  attack
    """)
    assert (S.negated(token(doc, "attacking")), S.negated(token(doc, "denied"))) == (
        True, False)


def test_syntax_reporter_is_the_subject_of_the_speech_verb_above():
    doc = parse("""
        Peru      NNP  nsubj  1
        said      VBD  ROOT   1  say
        Chile     NNP  nsubj  3
        attacked  VBD  ccomp  1  attack
        and       CC   cc     3
        seized    VBD  conj   3  seize
        Lima      NNP  dobj   5
    """)
    assert [S.reporter(token(doc, w)).text for w in ("attacked", "seized")] == ["Peru", "Peru"]
    assert S.reporter(token(doc, "said")) is None


@pytest.mark.parametrize(("verb", "lemma", "doer"), [
    ("admitted", "admit", "Peru"), ("confessed", "confess", "Peru"), ("objected", "object", None)])
def test_syntax_the_to_gerund_of_owning_up_is_done_by_the_subject(verb, lemma, doer):
    doc = parse(f"""
        Peru       NNP  nsubj  1
        {verb}     VBD  ROOT   1  {lemma}
        to         IN   prep   1
        attacking  VBG  pcomp  2  attack
        Chile      NNP  dobj   3
    """)
    subject = S.subject_of(token(doc, "attacking"))
    assert (subject.text if subject is not None else None) == doer
    assert S.mood(token(doc, "attacking")) == "asserted"


def test_syntax_a_participle_after_a_comma_is_done_by_the_main_subject():
    # the parser hangs the participle on the clause describing the object's noun
    doc = parse("""
        Chile       NNP  nsubj  1
        rejected    VBD  ROOT   1  reject
        the         DT   det    3
        claim       NN   dobj   1
        that        IN   mark   6
        Peru        NNP  nsubj  6
        is          VBZ  acl    3  be
        an          DT   det    8
        ally        NN   attr   6
        ,           ,    punct  6
        describing  VBG  advcl  6  describe
        Lima        NNP  dobj   10
        as          IN   prep   10
        a           DT   det    14
        threat      NN   pobj   12
    """)
    assert S.subject_of(token(doc, "describing")).text == "Chile"
    # without the comma it stays in the clause it hangs on
    doc = parse("""
        Chile       NNP  nsubj  1
        rejected    VBD  ROOT   1  reject
        the         DT   det    3
        claim       NN   dobj   1
        that        IN   mark   6
        Peru        NNP  nsubj  6
        is          VBZ  acl    3  be
        describing  VBG  advcl  6  describe
        Lima        NNP  dobj   7
    """)
    assert S.subject_of(token(doc, "describing")).text == "Peru"


def test_syntax_the_one_quoted_as_saying_is_the_speaker():
    doc = parse("""
        Radio     NNP  nsubj  1
        quoted    VBD  ROOT   1  quote
        Peru      NNP  dobj   1
        as        IN   prep   1
        saying    VBG  pcomp  3  say
        Chile     NNP  nsubj  6
        attacked  VBD  ccomp  4  attack
        Lima      NNP  dobj   6
    """)
    assert S.subject_of(token(doc, "saying")).text == "Peru"
    assert S.reporter(token(doc, "attacked")).text == "Peru"
    doc = parse("""
        Peru      NNP  nsubjpass  2
        was       VBD  auxpass    2  be
        quoted    VBN  ROOT       2  quote
        as        IN   prep       2
        saying    VBG  pcomp      3  say
        Chile     NNP  nsubj      6
        attacked  VBD  ccomp      4  attack
    """)
    assert S.reporter(token(doc, "attacked")).text == "Peru"
    doc = parse("""
        Peru      NNP  nsubj  1
        spoke     VBD  ROOT   1  speak
        as        IN   prep   1
        saying    VBG  pcomp  2  say
    """)
    assert S.subject_of(token(doc, "saying")) is None


@pytest.mark.parametrize(("table", "noun", "background"), [
    ("""
     war     NN   compound  1
     crimes  NNS  ROOT      1  crime
     """, "war", True),
    ("""
     since  IN  ROOT  0
     war    NN  pobj  0
     """, "war", True),
    ("""
     the  DT  det   1
     war  NN  ROOT  1
     """, "war", True),
    ("""
     a    DT  det   1
     war  NN  ROOT  1
     """, "war", False),
    ("""
     any     DT  det   1
     attack  NN  ROOT  1
     """, "attack", True),
    ("""
     each  DT  det   1
     sale  NN  ROOT  1
     """, "sale", True),
    ("""
     attacks   NNS  nsubj  2  attack
     are       VBP  aux    2  be
     getting   VBG  ROOT   2  get
     deadlier  JJR  acomp  2  deadly
     """, "attacks", True),
    ("""
     an      DT   det    1
     attack  NN   nsubj  2
     was     VBD  ROOT   2  be
     deadly  JJ   acomp  2
     """, "attack", False),
])
def test_syntax_background_noun(table, noun, background):
    doc = parse(table)
    assert S.background_noun(token(doc, noun)) is background


def test_syntax_a_dated_clause_tells_of_happenings_not_of_their_kind():
    doc = parse("""
        attacks  NNS  nsubj  1  attack
        were     VBD  ROOT   1  be
        heavy    JJ   acomp  1
        on       IN   prep   1
        Monday   NNP  pobj   3
    """, ents=[(4, 5, "DATE")])
    assert S.background_noun(token(doc, "attacks")) is False


# when ----------------------------------------------------------------------------------

def dated(table, date_tokens, trigger, published="2021-06-16", precision="day"):
    doc = parse(table, ents=[(*date_tokens, "DATE")], published=published,
                precision=precision)
    return event_date(token(doc, trigger), list(doc.ents), published, precision)


def test_when_a_date_in_the_trigger_clause_dates_the_event():
    table = """
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        on        IN   prep   1
        Monday    NNP  pobj   3
        .         .    punct  1
    """
    assert dated(table, (4, 5), "attacked") == ("2021-06-14", "day")
    # Weekdays need a publication day: a month-precise article keeps its own date.
    assert dated(table, (4, 5), "attacked", published="2021-06",
                 precision="month") == ("2021-06", "month")


def test_when_a_date_in_another_clause_does_not_date_the_event():
    table = """
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        ,         ,    punct  1
        which     WDT  nsubj  5
        voted     VBD  relcl  2  vote
        on        IN   prep   5
        Monday    NNP  pobj   6
        .         .    punct  1
    """
    assert dated(table, (7, 8), "attacked") == ("2021-06-16", "day")
    assert dated(table, (7, 8), "voted") == ("2021-06-14", "day")


def test_when_a_deadline_is_not_the_date_of_the_event():
    table = """
        Chile     NNP  nsubj  1
        withdrew  VBD  ROOT   1  withdraw
        by        IN   prep   1
        March     NNP  pobj   2
        .         .    punct  1
    """
    assert dated(table, (3, 4), "withdrew") == ("2021-06-16", "day")


def test_when_a_joined_verb_takes_the_date_of_the_first():
    table = """
        Chile     NNP  nsubj  1
        met       VBD  ROOT   1  meet
        Peru      NNP  dobj   1
        in        IN   prep   1
        April     NNP  pobj   3
        and       CC   cc     1
        signed    VBD  conj   1  sign
        a         DT   det    8
        deal      NN   dobj   6
        .         .    punct  1
    """
    assert dated(table, (4, 5), "signed") == ("2021-04", "month")


# "as" is a mark; the parser hangs "when" on the clause's verb as an adverb (WRB advmod).
@pytest.mark.parametrize("opener", ["as        IN   mark", "when      WRB  advmod"])
def test_when_a_time_clause_takes_the_time_of_its_main_clause(opener):
    table = f"""
        In        IN   prep    4
        May       NNP  pobj    0
        ,         ,    punct   4
        Chile     NNP  nsubj   4
        withdrew  VBD  ROOT    4  withdraw
        {opener}    7
        Peru      NNP  nsubj   7
        attacked  VBD  advcl   4  attack
        .         .    punct   4
    """
    assert dated(table, (1, 2), "attacked") == ("2021-05", "month")


def test_when_a_weekday_the_recogniser_missed_is_found_in_the_sentence():
    doc = parse("""
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        late      RB   advmod 4
        Sunday    NNP  npadvmod 1
        .         .    punct  1
    """, published="2021-06-16")
    assert event_date(token(doc, "attacked"), [], "2021-06-16", "day") == ("2021-06-13", "day")


def test_when_the_nearest_date_in_the_clause_wins():
    table = """
        Chile     NNP  nsubj  1
        attacked  VBD  ROOT   1  attack
        Peru      NNP  dobj   1
        on        IN   prep   1
        Monday    NNP  pobj   3
        after     IN   prep   1
        talks     NNS  pobj   5  talk
        in        IN   prep   6
        April     NNP  pobj   7
        .         .    punct  1
    """
    doc = parse(table, ents=[(4, 5, "DATE"), (8, 9, "DATE")], published="2021-06-16")
    assert event_date(token(doc, "attacked"), list(doc.ents), "2021-06-16", "day") == (
        "2021-06-14", "day")


def test_when_a_weekday_of_a_clause_to_come_is_ahead_and_the_saying_day_is_not():
    table = """
        Chile   NNP  nsubj  1
        said    VBD  ROOT   1  say
        Monday  NNP  npadvmod 1
        it      PRP  nsubj  5
        will    MD   aux    5
        visit   VB   ccomp  1
        Peru    NNP  dobj   5
        on      IN   prep   5
        Friday  NNP  pobj   7
        .       .    punct  1
    """
    doc = parse(table, ents=[(2, 3, "DATE"), (8, 9, "DATE")], published="2021-06-16")

    def when(word):
        return event_date(token(doc, word), list(doc.ents), "2021-06-16", "day",
                          ahead=S.mood(token(doc, word)) == "future")

    assert (when("visit"), when("said")) == (("2021-06-18", "day"), ("2021-06-14", "day"))


def test_syntax_a_participle_after_an_object_noun_has_the_issuer_as_subject():
    doc = parse("""
        Chile        NNP  nsubj  1
        issued       VBD  ROOT   1  issue
        a            DT   det    3
        declaration  NN   dobj   1
        demanding    VBG  acl    3  demand
        talks        NNS  dobj   4  talk
    """)
    assert S.subject_of(token(doc, "demanding")).text == "Chile"


def test_syntax_background_noun_of_another_noun_and_subject_of_a_since_clause():
    doc = parse("""
        condemnation  NN   ROOT   0
        of            IN   prep   0
        the           DT   det    3
        aggression    NN   pobj   1
    """)
    assert S.background_noun(token(doc, "aggression")) is True
    doc = parse("""
        since  IN   mark   2
        war    NN   nsubj  2
        began  VBD  ROOT   2  begin
    """)
    assert S.background_noun(token(doc, "war")) is True
    doc = parse("""
        tons  NNS  ROOT  0  ton
        of    IN   prep  0
        aid   NN   pobj  1
    """)
    assert S.background_noun(token(doc, "aid")) is False  # a measure counts what follows


def test_syntax_conjuncts_and_phrase_tokens_leave_clauses_out():
    doc = parse("""
        Chile     NNP  nsubj  5
        ,         ,    punct  0
        which     WDT  nsubj  3
        borders   VBZ  relcl  0  border
        Peru      NNP  dobj   3
        left      VBD  ROOT   5  leave
    """)
    assert [t.text for t in S.phrase_tokens(token(doc, "Chile"))] == ["Chile"]
    doc = parse("""
        Chile  NNP  nsubj  4
        and    CC   cc     0
        Peru   NNP  conj   0
        both   DT   advmod 4
        left   VBD  ROOT   4  leave
    """)
    assert [t.text for t in S.conjuncts(token(doc, "Chile"))] == ["Chile", "Peru"]


@pytest.mark.parametrize(("opening", "closing"), [
    ("\u201c", "\u201d"), ('"', '"'), ("\u201c", '"')])  # sites mix curly and straight marks
def test_a_quotation_ends_at_its_closing_mark_whatever_its_shape(opening, closing):
    doc = parse(f"""
        {opening}  ``   punct  2
        Chile      NNP  nsubj  2
        attacked   VBD  ccomp  8  attack
        Peru       NNP  dobj   2
        ,          ,    punct  8
        {closing}  ''   punct  8
        the        DT   det    7
        minister   NN   nsubj  8
        said       VBD  ROOT   8  say
        .          .    punct  8
    """)
    assert (inside_quotation(token(doc, "attacked")), inside_quotation(token(doc, "said"))) == (
        True, False)


# particles ------------------------------------------------------------------------------

def test_syntax_a_preposition_with_no_object_before_another_is_a_particle():
    doc = parse("""
        Chile     NNP  nsubj  1
        drove     VBD  ROOT   1  drive
        rebels    NNS  dobj   1  rebel
        out       IN   prep   1
        of        IN   prep   3
        Arica     NNP  pobj   4
        ,         ,    punct  1
        according VBG  prep   1  accord
        to        IN   prep   7
        Peru      NNP  pobj   8
        .         .    punct  1
    """)
    drove = token(doc, "drove")
    assert S.particles(drove) == {"out"}
    assert [t.text for t in S.prep_objects(drove, ("of",))] == ["Arica"]
    assert [t.text for t in S.prep_objects(drove, ("out",))] == ["Arica"]
    assert S.prep_objects(drove, ("to",)) == []


# a hyphenated name ----------------------------------------------------------------------

def test_syntax_the_end_of_a_hyphenated_name_is_no_second_subject():
    from parses import blank
    from spacy.tokens import Doc
    # "Kim Ho-in urged Peru ." with the parser's two subjects, "Ho" and "in"
    words = ["Kim", "Ho", "-", "in", "urged", "Peru", "."]
    doc = Doc(blank().vocab, words=words, spaces=[True, False, False, True, True, False, False],
              heads=[1, 4, 4, 4, 4, 4, 4],
              deps=["compound", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"],
              tags=["NNP", "NNP", "HYPH", "NN", "VBD", "NNP", "."])
    assert S.subject_of(doc[4]).text == "Ho"
    apart = Doc(blank().vocab, words=words, spaces=[True, True, True, True, True, False, False],
                heads=[1, 4, 4, 4, 4, 4, 4],
                deps=["compound", "nsubj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                tags=["NNP", "NNP", "HYPH", "NN", "VBD", "NNP", "."])
    assert S.subject_of(apart[4]).text == "in"  # a dash set apart joins no name
