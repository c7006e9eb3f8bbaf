"""An event's own date: the temporal expression of its clause, resolved against the
article's date ("on Tuesday", "last Tuesday", "yesterday", "On Oct. 6", "last November",
"in late March", "two years ago", "over the weekend", "in 2015").

Conventions (the ones a careful reader uses for news copy):
- a weekday ("on Tuesday", "Tuesday night") is the latest such day on or before the
  publication day; "last Tuesday" is the latest one before it;
- a month and day without a year ("On Oct. 6") is the last such day not after publication;
- a month ("in August", "in late March") is the last such month not after the publication
  month; "last November" is the last one before it;
- "over the weekend" is its Saturday;
- counted and named relative expressions ("yesterday", "three days ago", "last month",
  "two years ago") go through dateparser's relative-date parser, with the publication day
  as its base, at the precision the expression carries.
Expressions that need a day (weekdays, "yesterday") are resolved only when the article's
date has day precision; month names only when it has at least month precision.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from communique.clean.dates import MONTHS, WEEKDAYS, find_dates
from communique.partial_date import middle_day

# Expressions handed to dateparser: counted units back in time, and named relative days.
RELATIVE = re.compile(
    r"\b(?:yesterday|today|tonight|this morning|this afternoon|this evening|"
    r"(?:last|past|previous|this)\s+(?:week|month|year)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"a few|several|a couple of)\s+(?:days?|weeks?|months?|years?)\s+ago)\b", re.I)
EARLIER_THIS = re.compile(r"\b(?:earlier|later)\s+this\s+(?P<unit>week|month|year)\b", re.I)
NEXT = re.compile(r"\bnext\s+(?P<unit>week|month|year)\b", re.I)
MONTH_NAME = re.compile(
    r"\b(?P<last>last|past|this|next)?\s*(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|"
    r"the\s+beginning\s+of|the\s+middle\s+of)[- ]+)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?", re.I)
WEEKDAY_NAME = re.compile(r"\b(?P<last>last|this|next|previous)?\s*(?P<weekday>Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday)s?\b", re.I)
WEEKEND = re.compile(r"\b(?P<last>last|this|past|next)?\s*weekend\b", re.I)
SEASON = re.compile(r"\b(?P<last>last|this|past|next)\s+(?P<season>spring|summer|autumn|fall|"
                    r"winter)\b", re.I)
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")
# Clause boundaries: a date below one of these belongs to another clause's verb.
CLAUSE_DEPS = {"ccomp", "relcl", "advcl", "conj", "parataxis"}
SOFT_DEPS = {"xcomp", "acl"}
DEADLINE_WORDS = {"by", "until", "till", "through", "before"}
# Time words the entity recogniser may miss.
MISSED = re.compile(r"\b(?:(?:late|early|earlier|later)\s+)?(?:last\s+)?(?:Monday|Tuesday|"
                    r"Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
                    r"evening|night))?\b|\b(?:yesterday|over the weekend)\b")
PRECISIONS = ("year", "month", "day")


def event_date(trigger: Token, dates: list[Span], published: str | None,
               precision: str, depth: int = 0) -> tuple[str | None, str]:
    """(iso, precision) of the event whose trigger is `trigger`; the article's date when
    its clause has no date of its own. `dates` are the doc's DATE entities; the one nearest
    the trigger in the parse (then in the text) that can be resolved wins."""
    base = _base(published)
    spans = list(dates) + _missed(trigger, dates)
    own = sorted(((steps, abs(span.root.i - trigger.i), span) for span in spans
                  if (steps := _clause_depth(span, trigger)) is not None),
                 key=lambda t: (t[0], t[1]))
    for _, _, span in own:
        if _deadline(span):
            continue
        found = resolve(span.text, base, precision)
        if found is not None:
            return found
    if _shares_time(trigger) and depth < 4:
        return event_date(trigger.head, dates, published, precision, depth + 1)
    return published, precision


def _deadline(span: Span) -> bool:
    """"by December", "until 2026": a deadline or a limit, not when the event happened."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in DEADLINE_WORDS


def _shares_time(trigger: Token) -> bool:
    """A participle hung on a clause ("X struck the town, killing …"), a verb joined to
    another ("met … and signed"), or one it governs ("went on to sign") happens when that
    clause does."""
    if trigger.head == trigger:
        return False
    if trigger.pos_ not in {"VERB", "AUX"}:
        return True  # a noun ("reports of strikes as of Monday") takes its verb's time
    if trigger.dep_ in {"conj", "xcomp", "ccomp", "parataxis"}:
        return True  # what was said is dated by its saying ("said on Friday he will …")
    if trigger.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in trigger.children if c.dep_ == "mark"}
    if marks & {"when", "as", "while"}:
        return True  # "in May, when X …"
    return trigger.tag_ in {"VBG", "VBN"} and not marks and \
        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)


def _missed(trigger: Token, dates: list[Span]) -> list[Span]:
    """Time words in the trigger's sentence that the entity recogniser did not mark
    ("Late Sunday night", "earlier Saturday")."""
    sent = trigger.sent
    taken = [(d.start_char, d.end_char) for d in dates
             if sent.start_char <= d.start_char < sent.end_char]
    out = []
    for m in MISSED.finditer(sent.text):
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if any(s < end and start < e for s, e in taken):
            continue
        span = trigger.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _clause_depth(span: Span, trigger: Token) -> int | None:
    """How many steps up the parse the date hangs below the trigger, within its clause; a
    date in a purpose or complement clause of the trigger ("agreed to … in May") counts
    as further away than the trigger's own."""
    token = span.root
    depth = 0
    for _ in range(8):
        if token == trigger:
            return depth
        if token.dep_ in CLAUSE_DEPS or token.head == token:
            return None
        depth += 3 if token.dep_ in SOFT_DEPS else 1
        token = token.head
    return None


def _base(published: str | None) -> dt.date | None:
    return middle_day(published)  # a year- or month-dated article: its middle, not its start


def _at_least(precision: str, needed: str) -> bool:
    return precision in PRECISIONS and PRECISIONS.index(precision) >= PRECISIONS.index(needed)


def resolve(text: str, base: dt.date | None, precision: str = "day"
            ) -> tuple[str, str] | None:
    """Resolve one temporal expression against the article's date `base` (known to
    `precision`); None when it cannot be placed."""
    found = find_dates(text)
    if found and (iso := found[0].iso()) is not None:  # the expression gives its year
        return iso, found[0].precision
    year = YEAR.search(text)
    if base is None:
        return (year.group(0), "year") if year else None
    if found and found[0].month and found[0].day and _at_least(precision, "month"):
        day = found[0]
        guess = base.year if (day.month, day.day) <= (base.month, base.day) else base.year - 1
        return f"{guess:04d}-{day.month:02d}-{day.day:02d}", "day"
    if year:
        return year.group(0), "year"
    months = [m for m in MONTH_NAME.finditer(text) if m.group("month")[0].isupper()]
    if months and _at_least(precision, "month"):
        return _month(months[0], base)
    if m := EARLIER_THIS.search(text):
        return _unit_of(base, m.group("unit").lower(), 0)
    if NEXT.search(text):
        return None  # the future: not the date of something that happened
    if (m := WEEKEND.search(text)) and _at_least(precision, "day"):
        back = (base.weekday() - 5) % 7
        if (m.group("last") or "").lower() == "last" and back < 2:
            back += 7
        return (base - dt.timedelta(days=back)).isoformat(), "day"
    if (m := WEEKDAY_NAME.search(text)) and _at_least(precision, "day"):
        if (m.group("last") or "").lower() == "next":
            return None
        back = (base.weekday() - WEEKDAYS[m.group("weekday").lower()]) % 7
        if (m.group("last") or "").lower() in {"last", "previous"} and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat(), "day"
    if m := SEASON.search(text):
        start = SEASON_START[m.group("season").lower()]
        which = m.group("last").lower()
        if which == "next":
            return None
        y = base.year if (start < base.month or which == "this") else base.year - 1
        return f"{y:04d}", "year"
    if m := RELATIVE.search(text):
        return _relative(m.group(0).lower(), base, precision)
    return None


def _month(m: re.Match[str], base: dt.date) -> tuple[str, str] | None:
    month = MONTHS.get(m.group("month").lower().rstrip("."))
    if month is None:
        return None
    which = (m.group("last") or "").lower()
    if which == "next":
        return None
    year = base.year if (month < base.month or (month == base.month and which != "last")) \
        else base.year - 1
    return f"{year:04d}-{month:02d}", "month"


def _unit_of(base: dt.date, unit: str, step: int) -> tuple[str, str]:
    if unit == "year":
        return f"{base.year + step:04d}", "year"
    return f"{base.year:04d}-{base.month:02d}", "month"


@lru_cache(maxsize=4096)
def _relative(phrase: str, base: dt.date, precision: str) -> tuple[str, str] | None:
    """A relative expression through dateparser, with `base` as "now"."""
    parsed = _parser(base).get_date_data(phrase)
    if parsed is None or parsed.date_obj is None:
        return None
    day = parsed.date_obj.date()
    period = parsed.period or "day"
    if period == "day" and _at_least(precision, "day"):
        return day.isoformat(), "day"
    if period in {"day", "week", "month"} and _at_least(precision, "month"):
        return f"{day.year:04d}-{day.month:02d}", "month"
    return f"{day.year:04d}", "year"


@lru_cache(maxsize=64)
def _parser(base: dt.date) -> Any:  # a DateDataParser (dateparser is imported here only)
    from dateparser.date import DateDataParser  # slow to import; only when needed

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False})
