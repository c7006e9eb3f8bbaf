"""Reader furniture: lines that speak to the reader about the page, not the news.

General rules look at a line's shape and its first words:
- calls to action: a short line that asks the reader to comment, share, go back to the top
  ("Leave a comment", "Tell us what you think", "Return to top");
- related-article headings: a short label that announces links to other stories ("Related
  coverage", "You may also like", "More on this story");
- video-player labels: "Play video", "Now playing", "Video duration 02:15", "0:00 / 2:31";
- promos for the outlet's other stories: a line (often in parentheses) that opens with a
  promo word and a colon ("(Read more: …)", "WATCH: …", "ALSO READ | …");
- photo-gallery runs: counters ("3 of 12", "Image 2/8") and gallery controls ("Next image",
  "Enlarge this image"), and the short captions between two counters.

Users extend the list with phrases or regular expressions (see `extend` and
`COMMUNIQUE_FURNITURE`): a line that matches one of them whole is dropped as
"page furniture (list)".
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from importlib import resources

CALL_TO_ACTION = re.compile(
    r"^(?:leave|post|add|write|submit|view|show|load|see|read|join|tell|send|share|"
    r"have|got|return|back|go|jump|scroll|skip)\b.{0,60}\b(?:comments?|conversation|"
    r"thoughts?|views?|opinion|story tip|tip|top|page|us|say|discussion|below)\b[\s.!?:]*$|"
    r"^(?:what do you think|do you have a (?:news )?tip|comments? (?:are|is) (?:closed|"
    r"disabled)|be the first to comment|\d+\s+comments?|log in to comment|"
    r"(?:back|return|go) to (?:top|the top|home(?:page)?)|top of page)\b.{0,40}$", re.I)
RELATED_HEADING = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|coverage|news|content|links|topics|reading))?|"
    r"recommended(?:\s+(?:for you|stories|articles))?|you (?:may|might) also (?:like|be "
    r"interested in)|more (?:on|about) (?:this|the) (?:story|topic|subject)|more stories|"
    r"more from [\w .'’-]{1,30}|(?:also|further) read(?:ing)?|see also|editor'?s picks?|"
    r"trending(?: now| stories)?|most (?:read|popular|viewed|shared)|latest (?:news|stories)|"
    r"top stories|don'?t miss|in case you missed it|read next|up next|what to read next)"
    r"\s*[:|›»>-]?\s*$", re.I)
VIDEO_LABEL = re.compile(
    r"^(?:(?:play|watch|replay) (?:the )?video|now playing|video (?:player )?is loading\.?|"
    r"video duration\s*\d[\d:]*|duration\s*\d+:\d\d|video|watch|play|pause|mute|unmute|"
    r"this video (?:is|can)\b.{0,60}|(?:\d+:)?\d{1,2}:\d\d\s*/\s*(?:\d+:)?\d{1,2}:\d\d|"
    r"(?:video|watch)\s*[:|-]\s*\d+:\d\d)\s*$", re.I)
PROMO = re.compile(
    r"^[(\[]?\s*(?:read more|read also|also read|more|related|see also|see|watch|listen|"
    r"video|photos|gallery|opinion|analysis|explainer|explained|live|recommended|"
    r"don'?t miss|must read|click here|also|latest|breaking|subscribe)\s*(?::|\||»|›)\s*"
    r"(?P<rest>.+?)[)\]]?\s*$", re.I)
GALLERY_COUNTER = re.compile(
    r"^(?:(?:photo|image|picture|slide)s?\s*)?\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"(?:\s*(?:photos?|images?|pictures?|slides?))?\s*$|"
    r"^(?:next|previous|prev)\s+(?:image|photo|picture|slide)s?$|"
    r"^(?:enlarge|expand|view|open|launch|see)\s+(?:this\s+)?(?:image|photo|picture|"
    r"gallery|slideshow|photo gallery)s?$|^swipe for more(?: photos)?$|^(?:photo )?gallery$",
    re.I)
# A promo line names another story: short, and not a sentence of this one.
PROMO_MAX_WORDS = 25


def _load(lines: Iterable[str]) -> list[re.Pattern[str]]:
    out = []
    for raw in lines:
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("re:"):
            out.append(re.compile(entry[3:].strip(), re.I))
        else:
            out.append(re.compile(r"\W*" + r"\W+".join(map(re.escape, entry.split())) + r"\W*",
                                  re.I))
    return out


def _packaged() -> list[re.Pattern[str]]:
    text = resources.files("communique.clean").joinpath("furniture.txt").read_text("utf-8")
    patterns = _load(text.splitlines())
    for path in filter(None, os.environ.get("COMMUNIQUE_FURNITURE", "").split(os.pathsep)):
        with open(path, encoding="utf-8") as f:
            patterns += _load(f)
    return patterns


LISTED: list[re.Pattern[str]] = _packaged()


def extend(entries: Iterable[str]) -> None:
    """Add phrases (matched whole, case and punctuation ignored) or `re:` expressions to
    the furniture list, for this process. Files named in the COMMUNIQUE_FURNITURE
    environment variable (separated like PATH) are read the same way at import."""
    LISTED.extend(_load(entries))


def furniture(text: str) -> str | None:
    """The furniture label of one line, or None."""
    words = text.split()
    if len(words) > 30:
        return None
    if any(p.fullmatch(text) for p in LISTED):
        return "page furniture (list)"
    if len(words) <= 12 and CALL_TO_ACTION.match(text):
        return "call to action"
    if len(words) <= 8 and RELATED_HEADING.match(text):
        return "related articles heading"
    if len(words) <= 12 and VIDEO_LABEL.match(text):
        return "video player"
    if len(words) <= 8 and GALLERY_COUNTER.match(text):
        return "photo gallery"
    m = PROMO.match(text)
    if m and len(words) <= PROMO_MAX_WORDS and (
            text[0] in "([" or text.split(":")[0].split("|")[0].strip().isupper()
            or len(m.group("rest").split()) >= 3):
        return "promo"
    return None
