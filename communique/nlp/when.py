"""An event's own date: the temporal expression of its clause, resolved against the
article's date ("on Tuesday", "last year", "in October 2023", "in late March")."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from communique.clean.dates import MONTHS, WEEKDAYS, find_dates

RELATIVE = {
    "yesterday": ("day", -1), "today": ("day", 0), "last week": ("week", -1),
    "last month": ("month", -1), "last year": ("year", -1), "this year": ("year", 0),
    "earlier this year": ("year", 0), "next year": ("year", 1), "next month": ("month", 1),
    "this month": ("month", 0), "earlier this month": ("month", 0),
}
YEARS_AGO = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|\d+) years ago\b")
NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}
PART_OF_MONTH = re.compile(r"\b(?:early|mid|late)[- ](?P<month>[A-Z][a-z]+)\b")


def event_date(trigger: Token, dates: list[Span], published: str | None,
               precision: str) -> tuple[str | None, str]:
    """(iso, precision) of the event whose trigger is `trigger`; the article's date when
    its clause has no date of its own. `dates` are the doc's DATE entities."""
    own = [d for d in dates if _in_clause(d, trigger)]
    base = _base(published)
    for span in own:
        found = resolve(span.text, base, precision)
        if found is not None:
            return found
    return published, precision


def _in_clause(span: Span, trigger: Token) -> bool:
    """A date belongs to the event if it hangs from the trigger's own clause."""
    token = span.root
    for _ in range(4):
        if token == trigger:
            return True
        if token.dep_ in {"ccomp", "relcl", "advcl", "conj"} or token.head == token:
            return False
        token = token.head
    return False


def _base(published: str | None) -> dt.date | None:
    if not published:
        return None
    parts = [int(p) for p in published.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def resolve(text: str, base: dt.date | None, precision: str) -> tuple[str, str] | None:
    """Resolve one temporal expression; None when it cannot be placed."""
    found = find_dates(text)
    if found and found[0].year:
        return found[0].iso(), found[0].precision
    year = re.search(r"\b(19|20)\d\d\b", text)
    lower = text.lower().strip()
    if base is None:
        return (year.group(0), "year") if year else None
    if found and found[0].month:
        day = found[0]
        guess = base.year if (day.month, day.day or 1) <= (base.month, base.day) else \
            base.year - 1
        return day.iso(guess), day.precision if day.year else ("day" if day.day else "month")
    if m := PART_OF_MONTH.search(text):
        month = MONTHS.get(m.group("month").lower())
        if month:
            year_ = base.year if month <= base.month else base.year - 1
            return f"{year_:04d}-{month:02d}", "month"
    if year:
        return year.group(0), "year"
    return _relative(lower, base, precision)


def _relative(lower: str, base: dt.date, precision: str) -> tuple[str, str] | None:
    for phrase, (unit, step) in RELATIVE.items():
        if phrase in lower:
            if unit == "day" and precision == "day":
                return (base + dt.timedelta(days=step)).isoformat(), "day"
            if unit in {"month", "week"} and precision in {"day", "month"}:
                month = base.month - 1 + (step if unit == "month" else 0)
                year, month = base.year + month // 12, month % 12 + 1
                return f"{year:04d}-{month:02d}", "month"
            if unit == "year":
                return f"{base.year + step:04d}", "year"
    if m := YEARS_AGO.search(lower):
        n = NUMBERS.get(m.group(1)) or int(m.group(1))
        return f"{base.year - n:04d}", "year"
    for name, weekday in WEEKDAYS.items():
        if name in lower and precision == "day":
            # Wire copy says "on Tuesday" for the latest Tuesday up to the dateline's day.
            delta = (base.weekday() - weekday) % 7
            return (base - dt.timedelta(days=delta)).isoformat(), "day"
    return None
