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
- a span counted from another happening ("three days after the attack", "…, a day after the
  court ruled") is that happening's date moved by the span: the date the article gives the
  anchor noun elsewhere, or the time the text gives the clause the anchored clause hangs on
  ("N days since X" counts back from the article's day); an anchor the article does not date
  leaves the event at the article's month; a vague count ("several days after") keeps only
  the anchor's month, an approximate one ("more than two weeks") a coarser precision;
- a date inside a "before/until" phrase, or right after "by", bounds the event, it does not
  date it;
- a date that modifies another noun ("the June 9 meeting", "Tuesday's vote") dates that noun:
  it gives way to a time of the clause's own, dates a nominal event it modifies, and times
  a clause only as the setting a preposition on its verb gives it ("spoke at Tuesday's
  rally") or as its agent ("last week's storm destroyed …"), not as what the clause is about
  ("praised Tuesday's vote");
- a week named as a whole ("last week", "this week") is the month of its Thursday (the
  ISO 8601 rule for which year a week is in), not after publication;
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

from communique.clean.dates import MONTHS, WEEKDAYS, FoundDate, find_dates
from communique.nlp.syntax import mood, ranked_first
from communique.partial_date import middle_day

# Expressions handed to dateparser: counted units back in time, and named relative days.
RELATIVE = re.compile(
    r"\b(?:yesterday|today|tonight|this morning|this afternoon|this evening|"
    r"(?:last|past|previous|this)\s+(?:week|month|year)|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"a few|several|a couple of)\s+(?:days?|weeks?|months?|years?)\s+ago)\b", re.I)
# A week named as a whole: the month it is dated to is its Thursday's (ISO 8601 puts a week
# in the year of its Thursday), never after the publication day.
WEEK = re.compile(r"\b(?:(?P<last>last|previous)|(?:earlier\s+|later\s+)?this)\s+week\b",
                  re.IGNORECASE)
EARLIER_THIS = re.compile(r"\b(?:earlier|later)\s+this\s+(?P<unit>month|year)\b", re.I)
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
# A decade named by its two digits ("in the '50s"): the latest such decade that has begun.
DECADE = re.compile(r"(?<!\w)['\u2018\u2019](?P<decade>\d)0s\b")
# Clause boundaries: a date below one of these belongs to another clause's verb.
CLAUSE_DEPS = {"ccomp", "relcl", "advcl", "conj", "parataxis"}
SOFT_DEPS = {"xcomp", "acl"}
DEADLINE_WORDS = {"by", "until", "till", "through", "before"}
BOUND_WORDS = {"until", "till", "before"}  # bound a date anywhere below them
# Time words the entity recogniser may miss.
MISSED = re.compile(r"\b(?:(?:late|early|earlier|later)\s+)?(?:last\s+)?(?:Monday|Tuesday|"
                    r"Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
                    r"evening|night))?\b|\b(?:yesterday|over the weekend)\b")
PRECISIONS = ("year", "month", "day")
# A span counted from another happening: "three days", "a day", "hours", "two weeks".
DURATION = re.compile(r"(?:(?P<approx>more than|less than|over|nearly|almost|about|around|"
                      r"roughly|some)\s+)?(?:(?P<count>an?|the|a few|a couple of|several|few|"
                      r"many|\d+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                      r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s+)?"
                      r"(?P<unit>hours?|days?|weeks?|months?|years?)", re.IGNORECASE)
VAGUE_COUNTS = {"", "several", "a few", "a couple of", "few", "many", "some"}
ANCHOR_WORDS = {"after", "before", "since"}
# Prepositions that put a clause in a dated setting ("in a Monday interview", "during
# Tuesday's hearing", "after last week's vote"), when they hang on its verb.
TIME_PREPOSITIONS = {"during", "at", "in", "amid", "after", "following"}
# Nouns a weekday or date names a part of ("Tuesday night"): the date itself, not another noun.
TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month",
              "year", "hours"}
NOUN_MODIFIER_DEPS = {"poss", "compound", "nmod", "nummod", "amod"}


def event_date(trigger: Token, dates: list[Span], published: str | None,
               precision: str, ahead: bool = False) -> tuple[str | None, str]:
    """(iso, precision) of the event whose trigger is `trigger`; the article's date when
    its clause has no date of its own. `dates` are the doc's DATE entities; `ahead`: the
    event is said to come ("will visit on Tuesday": the coming Tuesday)."""
    return clause_time(trigger, dates, published, precision, ahead) or (published, precision)


def clause_time(trigger: Token, dates: list[Span], published: str | None, precision: str,
                ahead: bool = False, depth: int = 0) -> tuple[str | None, str] | None:
    """(iso, precision) of the time the text gives the trigger's clause, or a clause it
    shares its time with (see `event_date`); None when the text gives none."""
    own = own_date(trigger, dates, published, precision, ahead)
    if own is not None:
        return own
    if depth < 4 and (counted := _counted_clause(trigger)) is not None and \
            (anchor := clause_time(trigger.head, dates, published, precision,
                                   depth=depth + 1) or (
                (published, precision) if counted[2] == "since" else None)) and \
            (moved := _shift(anchor, counted[0], counted[1])):
        return moved  # "18 years since X": counted back from the article's day
    for clause in trigger.children:  # "X resigned hours after Y voted on Monday"
        if clause.dep_ == "advcl" and (counted := _counted_clause(clause)) is not None and \
                (anchor := own_date(clause, dates, published, precision)) is not None and \
                (moved := _shift(anchor, counted[0], "in" if counted[1] == "ago" else "ago")):
            return moved
    if _shares_time(trigger) and depth < 4:
        # a time the head's clause gives is to come only if that clause is ("said Monday
        # that X will …": Monday is past)
        return clause_time(trigger.head, dates, published, precision,
                           ahead and mood(trigger.head) == "future", depth + 1)
    return None


def own_date(trigger: Token, dates: list[Span], published: str | None,
              precision: str, ahead: bool = False) -> tuple[str, str] | None:
    """The time of the trigger's own clause: of the dates below it in the parse, the nearest
    (then the closest in the text) that can be resolved; a date that modifies another noun
    only after the clause's own; a count from a noun the article does not date last."""
    base = _base(published)
    undated_anchor = None
    for span in _own_spans(trigger, dates):
        if (counted := _counted_from(span)) is not None:
            found = _from_noun(span, *counted, dates, published, precision)
            if found is None and any(c.dep_ == "pobj" for c in counted[1].children):
                undated_anchor = undated_anchor or _article_month(published, precision)
        elif _bound(span, trigger):
            continue
        else:
            found = resolve(span.text, base, precision, ahead)
        if found is not None:
            return found
    return undated_anchor


def time_words(trigger: Token, dates: list[Span]) -> str | None:
    """The words that time the trigger's own clause ("May 14"), whether or not the
    article's date lets them be placed: in an undated article they still tell one
    happening from another."""
    for span in _own_spans(trigger, dates):
        if not _bound(span, trigger):
            return span.text.lower()
    return None


def _own_spans(trigger: Token, dates: list[Span]) -> list[Span]:
    """The dates of the trigger's own clause, nearest first (see `own_date`)."""
    # Only a date inside the trigger's subtree (which lies between its edges) hangs below it.
    first, last = trigger.left_edge.i, trigger.right_edge.i
    spans = [span for span in list(dates) + _missed(trigger, dates)
             if span.start <= last and span.end > first]
    own = sorted(((other, steps, abs(span.root.i - trigger.i), span) for span in spans
                  if (steps := _clause_depth(span, trigger)) is not None and
                  (not (other := _modifies_other_noun(span, trigger)) or
                   _noun_sets_the_time(span.root.head, trigger))),
                 key=lambda t: t[:3])
    return [span for *_, span in own]


def _article_month(published: str | None, precision: str) -> tuple[str, str] | None:
    """The article's month (or year): where an event counted from an undated happening
    honestly sits."""
    if published is None:
        return None
    return (published[:7], "month") if _at_least(precision, "month") else (published[:4], "year")


def _bound(span: Span, trigger: Token) -> bool:
    """"by December", "until 2026", "before the June 9 meeting": a deadline or a limit,
    not when the event happened ("by" and "through" only right before the date); nor is
    the start of a record (`_record_since`)."""
    token = span.root
    while token != trigger and token.head != token:
        if token.dep_ == "prep" and (token.lower_ in BOUND_WORDS or _record_since(token)):
            return True
        token = token.head
    return span.start > 0 and span.doc[span.start - 1].lower_ in DEADLINE_WORDS


def _record_since(prep: Token) -> bool:
    """"its fifth since 2009", "the first time since 1990", "the lowest level since May": a
    "since" phrase on an ordinal or a superlative says where a count or a comparison
    starts, not when the event happened."""
    if prep.lower_ != "since":
        return False
    head = prep.head
    return _ranked(head) or (head.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "nummod"} and _ranked(c) for c in head.children))


def _ranked(token: Token) -> bool:
    return token.tag_ in {"JJS", "RBS"} or token.ent_type_ == "ORDINAL"


def _modifies_other_noun(span: Span, trigger: Token) -> bool:
    """"the June 9 meeting", "Tuesday's vote": a date that qualifies a noun which is not the
    event's own trigger."""
    root = span.root
    head = root.head
    if span.start > 0 and span.doc[span.start - 1].lower_ in {"on", "in", "during", "at"}:
        return False  # "said on Friday Washington had …": the parser's compound is wrong
    return root.dep_ in NOUN_MODIFIER_DEPS and head != trigger and \
        head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in TIME_NOUNS and \
        head.ent_type_ not in {"DATE", "TIME"}


def _noun_sets_the_time(noun: Token, trigger: Token) -> bool:
    """Whether a dated noun times the trigger's clause: the setting a preposition on the
    verb puts it in ("spoke at Tuesday's rally"), or the happening that does it ("last
    week's storm destroyed …"); not a thing the clause is about ("praised Tuesday's vote")
    nor a noun's ("the suspect in last year's attacks")."""
    while noun.dep_ in {"compound", "nmod", "amod"} and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "a March Elysee Palace meeting": the meeting
    if noun.dep_ == "pobj":
        return noun.head.lower_ in TIME_PREPOSITIONS and noun.head.head.pos_ in {"VERB", "AUX"}
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head == trigger


def _counted_from(span: Span) -> tuple[str, Token] | None:
    """(count, the "after"/"before" it is measured from) of a counted span: "three days"
    before "after the attack", or an entity that holds both ("two years after the 2011")."""
    doc = span.doc
    for word in [*span, *doc[span.end:span.end + 1]]:
        if word.lower_ in ANCHOR_WORDS and word.i > span.start and \
                DURATION.fullmatch(count := doc[span.start:word.i].text):
            return count, word
    return None


def _counted_clause(trigger: Token) -> tuple[str, str, str] | None:
    """(duration, direction, word) when the trigger's clause is placed by a count from the
    clause it hangs on ("X said on Thursday, a day after Y revoked …": Y = X − a day)."""
    mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in ANCHOR_WORDS),
                None)
    if mark is None or trigger.head == trigger:
        return None
    doc = trigger.doc
    for n in range(4, 0, -1):
        if mark.i - n >= 0 and DURATION.fullmatch(text := doc[mark.i - n:mark.i].text):
            return text, "in" if mark.lower_ == "before" else "ago", mark.lower_
    return None


def _from_noun(span: Span, count: str, anchor_word: Token, dates: list[Span],
               published: str | None, precision: str) -> tuple[str, str] | None:
    """"three days after the attack": the date the article gives that noun here or elsewhere
    ("the May 3 attack", "the attack on May 3"), moved by the count; None when it gives
    none."""
    base = _base(published)
    inside = span.doc[anchor_word.i + 1:span.end]  # "the 2011" of "two years after the 2011"
    found = resolve(inside.text, base, precision) if len(inside) else None
    nouns = [c for c in anchor_word.children if c.dep_ == "pobj"]
    for other in dates if found is None and nouns else []:
        if other != span and _dated_noun(other, nouns[0]):
            found = resolve(other.text, base, precision)
            if found is not None:
                break
    if found is None:
        return None
    return _shift(found, count, "ago" if anchor_word.lower_ == "before" else "in")


def _dated_noun(span: Span, noun: Token) -> bool:
    """Whether `span` dates a mention of `noun` (same lemma) within three steps."""
    token = span.root
    for _ in range(3):
        token = token.head
        if token.lemma_ == noun.lemma_ and token.pos_ == noun.pos_:
            return True
        if token.head == token:
            return False
    return False


def _shift(anchor: tuple[str | None, str], duration: str, direction: str
           ) -> tuple[str, str] | None:
    """An anchor date moved by a counted span ("in three days" / "three days ago" from it)
    through dateparser; hours keep its day, a vague count of days or weeks ("several days
    after") its month; "months after" places nothing (None)."""
    iso, precision = anchor
    if iso is None:  # an anchor that has no date places nothing
        return None
    base = _base(iso)
    m = DURATION.fullmatch(duration)
    if base is None or m is None or m.group("unit").lower().startswith("hour"):
        return iso, precision
    unit = m.group("unit").lower()
    needed = "year" if unit.startswith("year") else "month" if unit.startswith("month") else "day"
    count = (m.group("count") or "").lower()
    if count in VAGUE_COUNTS:  # "days after": the anchor's month; "months after": nothing
        if needed != "day":
            return None
        return (iso[:7], "month") if _at_least(precision, "month") else (iso, precision)
    if not _at_least(precision, needed):
        return iso, precision  # "three days after the 2011 uprising": its year
    moved = _moved(base, count, unit, direction)
    if moved is None or not m.group("approx"):
        return moved  # None: a count dateparser cannot read places nothing
    coarser = PRECISIONS[max(0, PRECISIONS.index(moved[1]) - 1)]  # "more than two days"
    return moved[0][:{"year": 4, "month": 7}[coarser]], coarser


def _moved(base: dt.date, count: str, unit: str, direction: str) -> tuple[str, str] | None:
    """`base` moved by a count of units, through dateparser's relative dates."""
    phrase = f"{'a' if count == 'the' else count} {unit}"
    parsed = _parser(base).get_date_data(f"in {phrase}" if direction == "in" else f"{phrase} ago")
    if parsed is None or parsed.date_obj is None:
        return None
    day = parsed.date_obj.date()
    unit = unit.rstrip("s")
    if unit == "year":
        return f"{day.year:04d}", "year"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    return day.isoformat(), "day"


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
    if ranked_first(trigger) is not None:
        return True  # "in 2004, X became the first to visit Y": visited in 2004
    if trigger.dep_ == "relcl" and trigger.head.ent_type_ in {"DATE", "TIME"}:
        return True  # "in 2011, when X expelled …": the time the clause describes
    if trigger.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in trigger.children  # the parser hangs "when" as an adverb
             if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when")}
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
        if token.head == token or (token.dep_ in CLAUSE_DEPS and not _infinitive(token)):
            return None
        depth += 3 if token.dep_ in SOFT_DEPS or _infinitive(token) else 1
        token = token.head
    return None


def _infinitive(token: Token) -> bool:
    """"a deal to cooperate …": an infinitive the parser hangs on a noun as a relative
    clause has no time of its own, like a purpose clause."""
    return token.dep_ == "relcl" and token.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _base(published: str | None) -> dt.date | None:
    return middle_day(published)  # a year- or month-dated article: its middle, not its start


def _at_least(precision: str, needed: str) -> bool:
    return precision in PRECISIONS and PRECISIONS.index(precision) >= PRECISIONS.index(needed)


def resolve(text: str, base: dt.date | None, precision: str = "day", ahead: bool = False
            ) -> tuple[str, str] | None:
    """Resolve one temporal expression against the article's date `base` (known to
    `precision`); None when it cannot be placed. `ahead`: the expression times something
    to come, so a weekday or a day of a month is the next such day on or after `base`."""
    found = find_dates(text)
    if ahead and base is not None and _at_least(precision, "day") and \
            (coming := _ahead(text, found, base)) is not None:
        return coming
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
    if m := DECADE.search(text):
        start = base.year // 100 * 100 + int(m.group("decade")) * 10
        return f"{start if start <= base.year else start - 100:04d}", "year"
    months = _months(text)
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
    if (m := WEEK.search(text)) and _at_least(precision, "day"):
        thursday = base + dt.timedelta(days=3 - base.weekday() - (7 if m.group("last") else 0))
        week = min(thursday, base)
        return f"{week.year:04d}-{week.month:02d}", "month"
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


def _ahead(text: str, found: list[FoundDate], base: dt.date) -> tuple[str, str] | None:
    """A weekday ("on Tuesday", "next Tuesday"), a month and day or a month without a year
    ("on Oct. 6", "in March") of something to come: the next such on or after `base`.
    `found`: the dates `find_dates` reads in `text`."""
    if found and found[0].iso() is None and found[0].month and found[0].day and \
            not YEAR.search(text):
        day = found[0]
        year = base.year if (day.month, day.day) >= (base.month, base.day) else base.year + 1
        return f"{year:04d}-{day.month:02d}-{day.day:02d}", "day"
    months = _months(text)
    if not found and months and not YEAR.search(text) and \
            (months[0].group("last") or "").lower() not in {"last", "past"}:
        month = _month_number(months[0])
        if month is not None:
            year = base.year if month >= base.month else base.year + 1
            return f"{year:04d}-{month:02d}", "month"
    m = WEEKDAY_NAME.search(text)
    if m is None or found:
        return None
    which = (m.group("last") or "").lower()
    if which in {"last", "previous"}:
        return None
    forward = (WEEKDAYS[m.group("weekday").lower()] - base.weekday()) % 7
    if which == "next" and forward == 0:
        forward = 7
    return (base + dt.timedelta(days=forward)).isoformat(), "day"


def _months(text: str) -> list[re.Match[str]]:
    """The month names in `text`, capitalised as names are ("in May", not "may")."""
    return [m for m in MONTH_NAME.finditer(text) if m.group("month")[0].isupper()]


def _month_number(m: re.Match[str]) -> int | None:
    return MONTHS.get(m.group("month").lower().rstrip("."))


def _month(m: re.Match[str], base: dt.date) -> tuple[str, str] | None:
    month = _month_number(m)
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
