"""Dates in news text: explicit dates, and the publication year inferred when none is given.

Candidates are found with our own patterns (dateparser's `search_dates` turns words such as
"we" into dates); input fields in other formats go through dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|" \
        r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
YEAR = r"(?P<year>(?:19|20)\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

PATTERNS = [
    re.compile(rf"\b{YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b(?P<day>[0-3]?\d)[./](?P<mnum>[01]?\d)[./]{YEAR}\b"),
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH},?\s+{YEAR}\b"),
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}\b(?![,\s]*(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"\b(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\b(?![,\s]*(?:19|20)\d\d)"),
    re.compile(rf"\b{MONTH}\s+{YEAR}\b"),
]
YEAR_MENTION = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")
FUTURE_BEFORE = re.compile(r"\b(?:by|until|till|through|before|next|in time for|target|"
                           r"plans?|goal|will|scheduled)\b[^.]{0,25}$", re.I)
WEEKDAY_WORD = re.compile(WEEKDAY)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text; `year` is None when the text gave none."""

    year: int | None
    month: int | None
    day: int | None
    weekday: int | None
    start: int
    end: int

    @property
    def precision(self) -> str:
        if self.year is None:
            return "none"
        return "day" if self.day else "month" if self.month else "year"

    def iso(self, year: int | None = None) -> str | None:
        year = year or self.year
        if year is None:
            return None
        if self.day and self.month:
            return f"{year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{year:04d}-{self.month:02d}" if self.month else f"{year:04d}"


def find_dates(text: str) -> list[FoundDate]:
    """Every date expression in `text`, longest first where they overlap, in text order."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date = _to_date(m)
            if date is not None:
                found.append(date)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _to_date(m: re.Match[str]) -> FoundDate | None:
    groups = m.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(
        (groups.get("month") or "").lower().rstrip("."))
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    weekday = WEEKDAYS.get((groups.get("weekday") or "").lower())
    if month is None or (day is not None and not 1 <= day <= 31):
        return None
    if year and day:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return FoundDate(year, month, day, weekday, m.start(), m.end())


def parse_field(value: str) -> tuple[str | None, str]:
    """An input's own date field ("2024-10-08", "Tue, 08 Oct 2024 10:00 GMT") → (iso, precision)."""
    value = value.strip()
    m = re.match(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if m:
        parts = [p for p in m.groups() if p]
        return "-".join(parts), ("year", "month", "day")[len(parts) - 1]
    found = find_dates(value)
    if found and found[0].year:
        return found[0].iso(), found[0].precision
    import dateparser  # slow to import; only for unusual formats

    parsed = dateparser.parse(value, languages=["en"])
    return (parsed.date().isoformat(), "day") if parsed else (None, "none")


def year_mentions(text: str) -> list[int]:
    """Years the text speaks of as past or present (not "by 2030", "until 2026")."""
    years = []
    for m in YEAR_MENTION.finditer(text):
        if not FUTURE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            years.append(int(m.group(1)))
    return years


def first_weekday(text: str) -> int | None:
    m = WEEKDAY_WORD.search(text)
    return WEEKDAYS[m.group(0).lower()] if m else None


@dataclass(slots=True)
class YearClues:
    """What the text says about its own year; `candidates()` intersects the clues."""

    lower: int | None = None
    terms: list[tuple[int, int]] | None = None
    weekday: int | None = None

    def candidates(self, month: int | None, day: int | None, today: dt.date) -> list[int]:
        lo = max(self.lower or 1980, 1980)
        hi = today.year
        for start, end in self.terms or []:
            lo, hi = max(lo, start), min(hi, end)
        years = list(range(lo, hi + 1))
        if self.weekday is not None and month and day:
            years = [y for y in years if _weekday(y, month, day) == self.weekday]
        if month and day:
            years = [y for y in years if dt.date(y, month, min(day, 28)) <= today]
        return years


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def infer_date(partial: FoundDate | None, clues: YearClues,
               today: dt.date | None = None) -> tuple[str | None, str]:
    """Publication (iso, precision) from a yearless date and the text's clues.

    The year is set only where the clues leave one candidate; else a yearless date gives
    nothing, and with no date at all a single candidate year gives year precision.
    """
    today = today or dt.date.today()
    month = partial.month if partial else None
    day = partial.day if partial else None
    years = clues.candidates(month, day, today)
    if len(years) != 1:
        return None, "none"
    if partial is None:
        return f"{years[0]:04d}", "year"
    return partial.iso(years[0]), partial.precision if partial.year else (
        "day" if day else "month")


def latest(years: Iterable[int]) -> int | None:
    years = list(years)
    return max(years) if years else None


# "two years after the 2011 uprising", "three years since 2016": the text's own year.
YEARS_AFTER = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
    r"(?:after|since)\b[^.;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b", re.I)
# "since the war began in 2014", "since 2016": written later than that year.
SINCE = re.compile(r"\bsince\b[^.;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b(?![\d-])", re.I)
COUNTS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}


@dataclass(slots=True)
class DateClues:
    """What a text says about when it was written, as one constraint: a window of days
    [`lo`, `hi`], the years it may fall in (`years`, None for any), and the weekday of a
    yearless date. `bounded` is True when something other than today caps the window."""

    lo: dt.date
    hi: dt.date
    years: set[int] | None = None
    weekday: int | None = None
    bounded: bool = False

    def days(self, month: int, day: int) -> list[dt.date]:
        out = []
        for year in range(self.lo.year, self.hi.year + 1):
            try:
                date = dt.date(year, month, day)
            except ValueError:
                continue
            if self.lo <= date <= self.hi and (self.years is None or year in self.years) and \
                    (self.weekday is None or date.weekday() == self.weekday):
                out.append(date)
        return out

    def window(self) -> tuple[dt.date, dt.date] | None:
        """The narrowest window left, None when the clues contradict each other."""
        lo, hi = self.lo, self.hi
        if self.years is not None:
            fit = [y for y in self.years if lo.year <= y <= hi.year]
            if not fit:
                return None
            lo = max(lo, dt.date(min(fit), 1, 1))
            hi = min(hi, dt.date(max(fit), 12, 31))
        return (lo, hi) if lo <= hi else None


def date_clues(text: str, terms: list[tuple[dt.date, dt.date]], weekday: int | None,
               today: dt.date) -> DateClues:
    """Intersect the clues: years mentioned (the text is not older than the latest past one),
    the latest full date it mentions, "since <year>" (later than it), "N years after <year>"
    (that year exactly), and the terms of office holders named with their titles."""
    lo = dt.date(1980, 1, 1)
    hi = today
    bounded = False
    years: set[int] | None = None
    if (year := latest(year_mentions(text))) is not None:
        lo = max(lo, dt.date(year, 1, 1))
    full = [d for d in find_dates(text) if d.year and d.day and
            not FUTURE_BEFORE.search(text[max(0, d.start - 40):d.start])]
    for d in full:
        lo = max(lo, dt.date(d.year, d.month, d.day))  # type: ignore[arg-type]
    for m in SINCE.finditer(text):
        lo = max(lo, dt.date(int(m.group("year")) + 1, 1, 1))
    for m in YEARS_AFTER.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else COUNTS[m.group("n").lower()]
        pinned = {int(m.group("year")) + n}
        years = pinned if years is None else years & pinned
        bounded = True
    for start, end in terms:
        lo, hi = max(lo, start), min(hi, end)
        bounded = True
    return DateClues(lo, hi, years, weekday, bounded)


def infer_from_clues(partial: FoundDate | None, clues: DateClues
                     ) -> tuple[str | None, str, str | None]:
    """(iso, precision, note) of the narrowest date all clues allow.

    A yearless date gets its year when exactly one year fits. Without a date, a window
    within one month gives month precision, within one year year precision; a window of
    up to `MAX_RANGE_YEARS` years capped by a clue is stored as its earliest year with
    precision `year` and the range in the note; anything wider gives no date (the note
    still says what the clues allow).
    """
    if partial is not None and partial.month and partial.day:
        days = clues.days(partial.month, partial.day)
        if len(days) == 1:
            return days[0].isoformat(), "day", None
        return None, "none", None
    window = clues.window()
    if window is None:
        return None, "none", None
    lo, hi = window
    if partial is not None and partial.month:
        fits = [y for y in range(lo.year, hi.year + 1)
                if lo <= dt.date(y, partial.month, 1) <= hi or
                (y == lo.year and partial.month == lo.month)]
        if len(fits) == 1:
            return f"{fits[0]:04d}-{partial.month:02d}", "month", None
        return None, "none", None
    if (lo.year, lo.month) == (hi.year, hi.month) and clues.bounded:
        return f"{lo.year:04d}-{lo.month:02d}", "month", None
    note = f"between {lo.isoformat()} and {hi.isoformat()}" if clues.bounded else None
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year", note
    if clues.bounded and hi.year - lo.year < MAX_RANGE_YEARS:
        return f"{lo.year:04d}", "year", note
    return None, "none", note  # too wide to date the story; the note keeps what is known


MAX_RANGE_YEARS = 2
