"""Quotation attribution (communique/nlp/attribution.py) on hand-built parses: a sentence of a
quotation that names no speaker is said by the speaker another sentence of its paragraph
attributes the quotation to. Sentences are made up for these tests."""

from __future__ import annotations

import pytest
from parses import events_of, make_doc, parse, summary

from communique.nlp.attribution import quotations

PATTERNS = [{"code": "111", "verb": "condemn"}]

# '"It is over," Chile said.': the attribution sentence, rows 0-8.
OPENING = """
        "        ``   punct  2
        It       PRP  nsubj  2
        is       VBZ  ccomp  7  be
        over     RB   advmod 2
        ,        ,    punct  7
        "        ''   punct  7
        Chile    NNP  nsubj  7
        said     VBD  ROOT   7  say
        .        .    punct  7
"""


@pytest.fixture(scope="module")
def code():
    return events_of(PATTERNS)


def test_coding_a_quotation_going_on_after_its_attribution_is_the_speakers(code):
    doc = parse(OPENING + """
        "         ``   punct  12
        Peru      NNP  nsubj  12
        must      MD   aux    12
        withdraw  VB   ROOT   12
        .         .    punct  12
        "         ''   punct  12
    """, actors={6: "CHL", 10: "PER"})
    events = code(doc)
    assert summary(events) == [(["CHL"], "100", ["PER"])]
    assert events[0].span[0] == doc[9].idx  # the quoted sentence's


@pytest.mark.parametrize(("subject", "events"), [
    ("You   PRP", [(["CHL"], "100", ["PER"])]),  # the one the attribution tells it to
    ("They  PRP", []),  # someone else
])
def test_coding_a_pronoun_in_a_quotation_going_on_is_only_the_addressee_as_you(
        code, subject, events):
    doc = parse(f"""
        "         ``   punct  2
        It        PRP  nsubj  2
        is        VBZ  ccomp  6  be
        ,         ,    punct  6
        "         ''   punct  6
        Chile     NNP  nsubj  6
        told      VBD  ROOT   6  tell
        Peru      NNP  dobj   6
        .         .    punct  6
        "         ``   punct  12
        {subject} nsubj  12
        must      MD   aux    12
        withdraw  VB   ROOT   12
        .         .    punct  12
        "         ''   punct  12
    """, actors={5: "CHL", 7: "PER"})
    assert summary(code(doc)) == events


def test_coding_a_first_person_act_in_a_quotation_going_on_is_the_speakers(code):
    doc = parse(OPENING + """
        "         ``   punct  11
        We        PRP  nsubj  11
        condemn   VBP  ROOT   11
        Peru      NNP  dobj   11
        .         .    punct  11
        "         ''   punct  11
    """, actors={6: "CHL", 12: "PER"})
    assert summary(code(doc)) == [(["CHL"], "111", ["PER"])]


def test_coding_an_attribution_in_its_own_sentence_after_the_quotation(code):
    doc = parse("""
        "         ``   punct  3
        Peru      NNP  nsubj  3
        must      MD   aux    3
        withdraw  VB   ROOT   3
        .         .    punct  3
        "         ''   punct  3
        Chile     NNP  nsubj  7
        said      VBD  ROOT   7  say
        .         .    punct  7
    """, actors={1: "PER", 6: "CHL"})
    assert summary(code(doc)) == [(["CHL"], "100", ["PER"])]


def test_coding_a_statement_said_before_the_quotation_attributes_it(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        .         .    punct  1
        "         ``   punct  6
        Peru      NNP  nsubj  6
        must      MD   aux    6
        withdraw  VB   ROOT   6
        .         .    punct  6
        "         ''   punct  6
    """, actors={0: "CHL", 4: "PER"})
    assert summary(code(doc)) == [(["CHL"], "100", ["PER"])]


def test_coding_a_statement_that_says_its_own_clause_attributes_no_quotation(code):
    doc = parse("""
        Chile     NNP  nsubj  1
        said      VBD  ROOT   1  say
        it        PRP  nsubj  3
        left      VBD  ccomp  1  leave
        .         .    punct  1
        "         ``   punct  8
        Peru      NNP  nsubj  8
        must      MD   aux    8
        withdraw  VB   ROOT   8
        .         .    punct  8
        "         ''   punct  8
    """, actors={0: "CHL", 6: "PER"})
    assert code(doc) == []


def test_coding_attributions_before_and_after_by_different_speakers_attribute_nothing(code):
    doc = parse(OPENING + """
        "         ``   punct  12
        Peru      NNP  nsubj  12
        must      MD   aux    12
        withdraw  VB   ROOT   12
        .         .    punct  12
        "         ''   punct  12
        "         ``   punct  17
        It        PRP  nsubj  17
        is        VBZ  ccomp  21  be
        ,         ,    punct  21
        "         ''   punct  21
        Bolivia   NNP  nsubj  21
        said      VBD  ROOT   21  say
        .         .    punct  21
    """, actors={6: "CHL", 10: "PER", 20: "BOL"})
    assert code(doc) == []


def test_coding_a_paragraph_break_ends_the_search_for_an_attribution(code):
    words = ["Chile", "said", ".", "\n", '"', "Peru", "must", "withdraw", ".", '"']
    heads = [1, 1, 1, 2, 7, 7, 7, 7, 7, 7]
    deps = ["nsubj", "ROOT", "punct", "dep", "punct", "nsubj", "aux", "ROOT", "punct",
            "punct"]
    tags = ["NNP", "VBD", ".", "_SP", "``", "NNP", "MD", "VB", ".", "''"]
    doc = make_doc(words, heads, deps, tags=tags,
                   lemmas=["chile", "say", ".", "\n", '"', "peru", "must", "withdraw", ".",
                           '"'], actors={0: "CHL", 5: "PER"})
    assert code(doc) == []


@pytest.mark.parametrize(("text", "spans"), [
    ('"A." B said. "C', [(0, 3), (13, 15)]),  # straight marks, the last left open
    ("\u201cA.\u201d B \u201cC.\u201d", [(0, 3), (7, 10)]),  # curly marks
    ("\u201cA.\" B", [(0, 3)]),  # a straight mark closes a curly one
    ("\u2018We don\u2019t,\u2019 B said.", [(0, 10)]),  # single marks; an apostrophe is no mark
    ("B\u2019s plan", []),
])
def test_quotations_of_a_paragraph(text, spans):
    assert quotations(text, 0, len(text)) == spans
