"""A date known to the year, the month or the day: ISO "2024", "2024-03" or "2024-03-09".

One meaning for a missing part: a date without its month is the whole year, a date without
its day the whole month; never January or the first by default. Code that needs one day
asks for it by name: `middle()` (the day least likely to be off by a year: roles held "in
2015", "last month" said in a year-dated article) or `day()` (only when the day is known).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ISO = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ].*)?)?)?")


@dataclass(frozen=True, slots=True)
class PartialDate:
    year: int
    month: int | None = None
    day_of_month: int | None = None

    @classmethod
    def parse(cls, iso: str | None) -> PartialDate | None:
        """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time after the day is ignored); None for an
        empty value or one that is no calendar date ("2023-02-30", "2024-13")."""
        m = ISO.fullmatch(iso or "")
        if m is None:
            return None
        year, month, day = (int(p) if p else None for p in m.groups())
        try:
            dt.date(year or 0, 1 if month is None else month, 1 if day is None else day)
        except ValueError:
            return None
        return cls(year or 0, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day_of_month else "month" if self.month else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day_of_month is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day_of_month:02d}"

    def middle(self) -> dt.date:
        """The day in the middle of what is known: 1 July of a year, the 15th of a month."""
        if self.month is None:
            return dt.date(self.year, 7, 1)
        return dt.date(self.year, self.month, self.day_of_month or 15)

    def day(self) -> dt.date | None:
        """The day, when the date is known to the day."""
        if self.month is None or self.day_of_month is None:
            return None
        return dt.date(self.year, self.month, self.day_of_month)


def middle_day(iso: str | None) -> dt.date | None:
    """The middle of an ISO partial date (see `PartialDate.middle`); None when it is none."""
    date = PartialDate.parse(iso)
    return date.middle() if date is not None else None
