"""Event dates: each event takes the time of its own clause, resolved against the article's
date. Sentences are made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.nlp.when import event_date, resolve

# A Wednesday.
BASE = dt.date(2021, 6, 16)


@pytest.mark.parametrize(("text", "expected"), [
    ("on Monday", ("2021-06-14", "day")),
    ("Wednesday", ("2021-06-16", "day")),          # the publication day itself
    ("last Wednesday", ("2021-06-09", "day")),     # the one before it
    ("last Tuesday", ("2021-06-15", "day")),
    ("late Sunday night", ("2021-06-13", "day")),
    ("yesterday", ("2021-06-15", "day")),
    ("three days ago", ("2021-06-13", "day")),
    ("over the weekend", ("2021-06-12", "day")),   # its Saturday
    ("On Feb. 3", ("2021-02-03", "day")),
    ("on Sept. 9", ("2020-09-09", "day")),          # not after publication: a year back
    ("last November", ("2020-11", "month")),
    ("last June", ("2020-06", "month")),            # "last" + this month: a year back
    ("in April", ("2021-04", "month")),
    ("in late March", ("2021-03", "month")),
    ("mid-August", ("2020-08", "month")),
    ("last month", ("2021-05", "month")),
    ("earlier this month", ("2021-06", "month")),
    ("two years ago", ("2019", "year")),
    ("last year", ("2020", "year")),
    ("in 2009", ("2009", "year")),
    ("March 4, 2018", ("2018-03-04", "day")),
    ("next week", None),
])
def test_when_expressions_resolve_against_the_publication_day(text, expected):
    assert resolve(text, BASE, "day") == expected


def test_when_day_expressions_need_a_day_precise_article_date():
    assert resolve("on Monday", dt.date(2021, 6, 1), "month") is None
    assert resolve("in April", dt.date(2021, 1, 1), "year") is None
    assert resolve("in 2009", None, "none") == ("2009", "year")


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def _dates(doc):
    return [e for e in doc.ents if e.label_ == "DATE"]


def test_when_each_event_takes_its_own_clause_time(nlp):
    doc = nlp("The envoy arrived in Lisbon on Monday, and the minister said on Wednesday "
              "that the talks had failed.")
    assert event_date(_trigger(doc, "arrived"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-14", "day")
    assert event_date(_trigger(doc, "said"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")


def test_when_a_participle_shares_the_time_of_its_clause(nlp):
    doc = nlp("In February, gunmen stormed a village in the north, burning dozens of homes.")
    assert event_date(_trigger(doc, "burning"), _dates(doc), "2021-06-16", "day") == \
        ("2021-02", "month")


def test_when_a_deadline_is_not_the_event_date(nlp):
    doc = nlp("The council agreed to hold a new vote by December.")
    assert event_date(_trigger(doc, "agreed"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")


def test_when_a_clause_without_time_falls_back_to_the_article_date(nlp):
    doc = nlp("The mayor criticised the plan.")
    assert event_date(_trigger(doc, "criticised"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")
