"""An input's own publication date, checked where the input is read.

A date that cannot be real (`2023-02-30`, `2023-13-45`) or that lies outside 1900 … next year
(`9999-12-31`, `0001-01-01`) is reported (W002) and dropped: the article is kept, and cleaning
dates it from its text as if the input had given no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from communique.clean.dates import parse_field
from communique.errors import InputError, InputNotice
from communique.partial_date import PartialDate

FIRST_YEAR = 1900


def check_published(meta: dict[str, Any], path: str, where: str,
                    report: Callable[[InputError], None], today: dt.date | None = None) -> None:
    """Drop `meta["published"]` if it is no real date in range, and report it (W002).

    Args:
        meta: an input's fields; changed in place.
        where: names the record in the message (" line 3", " item 2", or "").
    """
    value = meta.get("published")
    if value is None:
        return
    last = (today or dt.date.today()).year + 1
    iso, _ = parse_field(str(value))
    if iso is None or not _real(iso, last):
        del meta["published"]
        report(InputNotice("W002", path=path, where=where, value=str(value), last=last))


def _real(iso: str, last: int) -> bool:
    """Whether `iso` (YYYY, YYYY-MM or YYYY-MM-DD) is a calendar date from 1900 to `last`."""
    date = PartialDate.parse(iso)
    return date is not None and FIRST_YEAR <= date.year <= last
