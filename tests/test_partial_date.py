"""One partial-date type: a missing month means the whole year, a missing day the whole month,
for roles (the resolver), relative dates (nlp/when), published dates and exports alike."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.exports import event_day, gdelt_row
from communique.nlp.when import resolve
from communique.partial_date import PartialDate, middle_day


@pytest.mark.parametrize(("iso", "parts", "precision", "middle", "day"), [
    ("2024", (2024, None, None), "year", dt.date(2024, 7, 1), None),
    ("2024-03", (2024, 3, None), "month", dt.date(2024, 3, 15), None),
    ("2024-03-09", (2024, 3, 9), "day", dt.date(2024, 3, 9), dt.date(2024, 3, 9)),
    ("2024-03-09T10:00:00", (2024, 3, 9), "day", dt.date(2024, 3, 9), dt.date(2024, 3, 9)),
])
def test_partial_date_parts_precision_and_chosen_days(iso, parts, precision, middle, day):
    date = PartialDate.parse(iso)
    assert (date.year, date.month, date.day_of_month) == parts
    assert (date.precision, date.middle(), date.day()) == (precision, middle, day)
    assert date.iso() == iso[:10]


@pytest.mark.parametrize("iso", [None, "", "2023-02-30", "2024-13", "2023-00-10", "0000",
                                 "24-03-09", "March 2024", "2024-03-09-01"])
def test_partial_date_refuses_what_is_no_calendar_date(iso):
    assert PartialDate.parse(iso) is None
    assert middle_day(iso) is None


def test_partial_date_relative_dates_in_a_year_dated_article_stay_in_its_year():
    # From the middle of the year, "last month" is in the same year (from 1 January it was not).
    assert resolve("last month", middle_day("2021"), "year") == ("2021", "year")
    # A month-dated article: "yesterday" is in that month, not the one before.
    assert resolve("yesterday", middle_day("2021-06"), "month") == ("2021-06", "month")


def test_partial_date_exports_date_only_what_is_known_to_the_day():
    assert event_day({"date": "2024-03", "date_precision": "month",
                      "published": "2024-03-09", "published_precision": "day"}) == \
        dt.date(2024, 3, 9)
    assert event_day({"date": "2024", "date_precision": "year",
                      "published": "2024-03", "published_precision": "month"}) is None
    row = gdelt_row({"id": "ab", "date": "2024-03-09", "date_precision": "day",
                     "cameo": "042"})
    assert [row[k] for k in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == [
        "20240309", "202403", "2024", "2024.1890"]  # GDELT: year + (30 × (month - 1) + day) / 365
