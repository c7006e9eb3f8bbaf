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
    ("in the '70s", ("1970", "year")),             # a decade: the latest begun
    ("the \u201810s", ("2010", "year")),
    ("next week", None),
])
def test_when_expressions_resolve_against_the_publication_day(text, expected):
    assert resolve(text, BASE, "day") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("on Monday", ("2021-06-21", "day")),          # the coming Monday
    ("Wednesday", ("2021-06-16", "day")),          # the publication day itself
    ("next Wednesday", ("2021-06-23", "day")),
    ("last Tuesday", ("2021-06-15", "day")),       # said of the past all the same
    ("On Feb. 3", ("2022-02-03", "day")),           # not before publication: a year on
    ("on Sept. 9", ("2021-09-09", "day")),
    ("in April", ("2022-04", "month")),
    ("in late August", ("2021-08", "month")),
    ("March 4, 2018", ("2018-03-04", "day")),
])
def test_when_expressions_of_something_to_come_resolve_ahead(text, expected):
    assert resolve(text, BASE, "day", ahead=True) == expected


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


def test_when_the_start_of_a_record_is_not_the_event_date(nlp):
    # "its third since 2019": where a count starts, not when the test was held
    doc = nlp("The army tested a missile, its third since 2019.")
    assert event_date(_trigger(doc, "tested"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")
    doc = nlp("The navy held drills for the first time since 2015.")
    assert event_date(_trigger(doc, "held"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")


def test_when_a_clause_without_time_falls_back_to_the_article_date(nlp):
    doc = nlp("The mayor criticised the plan.")
    assert event_date(_trigger(doc, "criticised"), _dates(doc), "2021-06-16", "day") == \
        ("2021-06-16", "day")


def _date_of(nlp, text, word, published="2021-06-16"):
    doc = nlp(text)
    return event_date(_trigger(doc, word), _dates(doc), published, "day")


def test_when_a_clause_counted_from_the_clause_it_hangs_on(nlp):
    text = "The union rejected the offer on Tuesday, a day after the company raised it."
    assert _date_of(nlp, text, "rejected") == ("2021-06-15", "day")
    assert _date_of(nlp, text, "raised") == ("2021-06-14", "day")


def test_when_a_clause_counted_from_a_dated_subordinate_clause(nlp):
    text = "The council approved the budget hours after the mayor resigned on Monday."
    assert _date_of(nlp, text, "approved") == ("2021-06-14", "day")
    assert _date_of(nlp, text, "resigned") == ("2021-06-14", "day")


def test_when_an_approximate_count_keeps_only_the_coarser_precision(nlp):
    text = "The crisis deepened on Friday, more than two weeks after the council left the pact."
    assert _date_of(nlp, text, "deepened") == ("2021-06-11", "day")
    assert _date_of(nlp, text, "left") == ("2021-05", "month")


def test_when_a_span_counted_from_a_noun_takes_the_date_the_article_gives_it(nlp):
    dated = "The May 3 attack shocked the town. The senator spoke to the council three days " \
            "after the attack."
    assert _date_of(nlp, dated, "spoke") == ("2021-05-06", "day")
    vague = "The senator spoke to the council several days after the May 3 attack."
    assert _date_of(nlp, vague, "spoke") == ("2021-05", "month")
    # The article never dates the attack: the day is unknown, the month is honest.
    undated = "The senator spoke to the council three days after the attack."
    assert _date_of(nlp, undated, "spoke") == ("2021-06", "month")


def test_when_a_date_in_a_before_phrase_bounds_the_event_and_does_not_date_it(nlp):
    for text in ("Long before the March 2 summit, the ministry banned the group in 2019.",
                 "Months before the March 2 summit, the ministry banned the group in 2019."):
        assert _date_of(nlp, text, "banned") == ("2019", "year")


def test_when_an_infinitive_on_the_object_lends_its_time_to_the_clause(nlp):
    text = "After the ruling, the miners signed an agreement to return to work in April."
    assert _date_of(nlp, text, "signed") == ("2021-04", "month")


def test_when_a_date_on_another_noun_gives_way_to_the_clause_and_dates_its_noun(nlp):
    text = "On Monday, the senator criticized the June 9 meeting."
    assert _date_of(nlp, text, "criticized") == ("2021-06-14", "day")
    assert _date_of(nlp, text, "meeting") == ("2021-06-09", "day")
    possessive = "The senator praised Thursday's vote on Monday."
    assert _date_of(nlp, possessive, "praised") == ("2021-06-14", "day")


@pytest.mark.parametrize(("published", "text", "expected"), [
    ("2020-01-07", "last week", "2020-01"),         # Mon 30 Dec - Sun 5 Jan: Thursday 2 Jan
    ("2021-06-02", "last week", "2021-05"),         # Mon 24 - Sun 30 May
    ("2021-06-01", "earlier this week", "2021-06"),  # Thursday is after publication: its day
    ("2021-07-02", "this week", "2021-07"),         # Mon 28 Jun - Sun 4 Jul: Thursday 1 Jul
])
def test_when_a_week_is_dated_to_the_month_of_its_thursday(published, text, expected):
    assert resolve(text, dt.date.fromisoformat(published), "day") == (expected, "month")


def test_when_last_week_is_a_month_not_the_publication_day(nlp):
    text = "The envoy gave a speech in the capital last week."
    assert _date_of(nlp, text, "gave", published="2021-06-02") == ("2021-05", "month")


def test_when_a_dated_noun_times_its_clause_only_as_its_setting_or_its_agent(nlp):
    assert _date_of(nlp, "The senator praised Thursday's vote.", "praised") == \
        ("2021-06-16", "day")
    assert _date_of(nlp, "The mayor spoke at Tuesday's rally.", "spoke") == \
        ("2021-06-15", "day")
    assert _date_of(nlp, "Last week's storm destroyed the old pier.", "destroyed",
                    published="2021-06-02") == ("2021-05", "month")


def test_when_a_weekday_in_this_week_is_that_day():
    assert resolve("Tuesday this week", BASE, "day") == ("2021-06-15", "day")


def test_when_years_counted_from_a_dated_noun_move_its_year(nlp):
    text = "Two years after the 2011 uprising, the army seized power."
    assert _date_of(nlp, text, "seized") == ("2013", "year")


def test_when_a_count_since_a_clause_counts_back_from_the_article_day(nlp):
    text = "It has been sixty days since the council ordered the mine closed."
    assert _date_of(nlp, text, "ordered") == ("2021-04-17", "day")


def test_when_a_weekday_with_a_part_of_the_day_is_that_day(nlp):
    text = "The Post reported Tuesday night that the mayor had resigned."
    assert _date_of(nlp, text, "reported") == ("2021-06-15", "day")


def test_when_a_dated_setting_counts_on_the_verb_not_on_a_noun(nlp):
    assert _date_of(nlp, "In a Monday interview, the mayor criticized the plan.",
                    "criticized") == ("2021-06-14", "day")
    assert _date_of(nlp, "The suspect in the May attacks was arrested in Porto.",
                    "arrested") == ("2021-06-16", "day")


def test_when_by_bounds_only_the_date_it_governs(nlp):
    assert _date_of(nlp, "By refusing the offer in 2019, the union lost the vote.", "lost") == \
        ("2019", "year")
    assert _date_of(nlp, "The union must answer by Friday.", "answer") == ("2021-06-16", "day")


def test_when_a_clause_describing_a_time_takes_that_time(nlp):
    text = "Relations soured in March, when the council expelled the envoy."
    assert _date_of(nlp, text, "expelled") == ("2021-03", "month")
