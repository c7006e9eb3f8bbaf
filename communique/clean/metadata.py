"""Article metadata from its lines: title (breadcrumbs and site names removed), dateline,
agency, byline and outlet."""

from __future__ import annotations

import re

from communique.clean.lines import AGENCIES, AGENCY_PREFIX, DATELINE

# Section paths glued to a title: "World NewsMiddle EastTurkey says …" (a lower-case letter
# directly followed by a capital where a separator was lost).
GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
CRUMB_SEPARATORS = re.compile(r"\s*(?:>|»|›|/|\|)\s*")
SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+(?P<site>[^|–—]{2,40})$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>[^.,;]{2,60})", re.I)
ROLE_WORDS = re.compile(r"\b(?:additional\s+)?(?:reporting|writing|editing|compiled|written|"
                        r"produced|translated|contributing|contributed|story|words)\s+by\b|"
                        r"^\(?\s*by\b", re.I)


def strip_breadcrumbs(title: str) -> tuple[str, str | None]:
    """("World NewsMiddle EastTurkey says …") → ("Turkey says …", "World News > Middle East")."""
    parts = CRUMB_SEPARATORS.split(title)
    if len(parts) > 1 and all(len(p.split()) <= 3 for p in parts[:-1]) and \
            len(parts[-1].split()) >= 3:
        return parts[-1], " > ".join(parts[:-1])
    joints = [m.start() for m in GLUE.finditer(title)]
    for joint in joints[::-1]:
        head, tail = title[:joint], title[joint:]
        word_start = head.rfind(" ") + 1
        glued = head[word_start:]
        if len(glued) >= 3 and glued not in {"Mac", "Mc"} and len(head.split()) <= 6 and \
                len(tail.split()) >= 3:
            return tail, head
    return title, None


def is_navigation(line: str) -> bool:
    """A path of short section names ("Kurdistan Region | Latest", "Home > World")."""
    parts = CRUMB_SEPARATORS.split(line)
    return len(parts) > 1 and all(1 <= len(p.split()) <= 3 for p in parts)


def strip_site_suffix(title: str) -> tuple[str, str | None]:
    """"Turkey says … | Reuters" → ("Turkey says …", "Reuters")."""
    m = SITE_SUFFIX.search(title)
    if m and len(title[:m.start()].split()) >= 4 and len(m.group("site").split()) <= 4:
        return title[:m.start()], m.group("site").strip()
    return title, None


def clean_title(line: str) -> tuple[str, str | None, str | None]:
    """(title, breadcrumb, outlet) from a headline line."""
    title, site = strip_site_suffix(line)
    title, _section = strip_site_suffix(title)  # "… - Latest News | Example Daily"
    title, crumb = strip_breadcrumbs(title)
    return title.strip(), crumb, site


def dateline(text: str) -> tuple[int, dict[str, str | None]] | None:
    """If `text` opens with a dateline, (its length, {place, region, date, agency})."""
    m = DATELINE.match(text)
    if not m or len(re.sub(r"[^A-Z]", "", m.group("place"))) < 3 or \
            m.group("place").lower() in AGENCIES:
        return None
    if m.group("agency") and len(m.group("agency").split()) > 3:
        return None
    return m.end(), {k: m.group(k) for k in ("place", "region", "date", "agency")}


def agency_prefix(text: str) -> tuple[int, str] | None:
    """"AFP: Turkey said …" → (5, "AFP")."""
    m = AGENCY_PREFIX.match(text)
    return (m.end(), m.group("agency")) if m and m.group("agency").lower() in AGENCIES else None


def byline_names(text: str) -> list[str]:
    """Names in a byline or credit line, without the roles and places around them.

    In "By X and Y, BBC News, Kyiv" what follows a comma is an affiliation or a place; in
    "(Reporting by X, Y and Z; Editing by W)" commas separate names.
    """
    text = text.strip().strip("()").strip()
    if re.match(r"^by\s", text, re.I):
        text = text.split(",")[0]
    names: list[str] = []
    for part in re.split(r";|\|", text):
        part = ROLE_WORDS.sub("", part).strip(" :,-")
        for name in re.split(r",\s*|\s+and\s+|\s*&\s*", part):
            name = re.split(r"\s+in\s+[A-Z]|\s+at\s+[A-Z]|\s+from\s+[A-Z]", name)[0].strip(" .")
            if name and name[0].isupper() and len(name.split()) <= 4:
                names.append(name)
    return list(dict.fromkeys(names))


def copyright_owner(text: str) -> str | None:
    m = COPYRIGHT.match(text)
    return m.group("owner").strip() if m else None
