"""What a line of scraped text is: body prose, a headline, a dateline, a caption, a byline,
a date stamp or page furniture. Each rule looks at the line's shape, not at fixed strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.clean.dates import find_dates


@dataclass(slots=True)
class Line:
    """A non-blank line of the raw text; `start` is its raw offset (after leading spaces)."""

    text: str
    start: int

    @property
    def words(self) -> list[str]:
        return self.text.split()


def split_lines(raw: str) -> list[Line]:
    lines = []
    pos = 0
    for chunk in raw.split("\n"):
        stripped = chunk.strip()
        if stripped:
            lines.append(Line(stripped, pos + chunk.index(stripped[0])))
        pos += len(chunk) + 1
    return lines


# A dateline opens a story: "BAGHDAD, March 3 (Reuters) -", "ANKARA –", "KYIV, Ukraine —",
# "DUBAI/WASHINGTON –", "TEHRAN (AFP) -".
_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+){0,3}"
DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?))??"
    r"(?:,\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?"
    r"(?:\s+[-–—]+|(?<=\))\s*[-–—]+|\s*:)(?:\s+|$)")
# News agencies, as they sign copy: "(AFP)", "AFP:", "TEHRAN (IRNA) -".
AGENCIES = frozenset("""afp ap reuters xinhua irna isna fars tasnim mehr ana anadolu aa dpa upi
tass ria interfax ukrinform efe ansa kyodo yonhap wam spa qna kuna ina sana nna bna ona pti ani
ians bernama antara cna mena petra apa""".split())
# "AFP:" or "Reuters:" before a lead that the page prints again after its dateline.
AGENCY_PREFIX = re.compile(r"^(?P<agency>[A-Z][A-Za-z]{1,11}|[A-Z]{2,6}(?:-[A-Z]{2,6})?):\s+")
# Credits: "By Jane Doe", "(Reporting by …; Editing by …)", "Compiled by …".
BYLINE = re.compile(r"^(?:by|written by|story by|words by)\s+[A-Z]", re.I)
CREDITS = re.compile(r"^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|"
                     r"written|produced|translated|contributing|contributed)\b.{0,200}\bby\b",
                     re.I)
# Photo credits: "(Photo: AFP)", "Photo by X/Reuters", "AFP via Getty Images", "File photo";
# caption frames of media players and galleries ("Image copyright …", "Hide caption 3 of 9 …").
CAPTION = re.compile(
    r"\((?:photo|picture|image|pic|file photo|credit)[^)]{0,60}\)\s*$|"
    r"\b(?:photo|picture|image)s?\s*(?:by|:|credit)\s*[^.]{0,60}$|"
    r"(?:/|\bvia\s+)(?:Reuters|AFP|AP|Getty Images|EPA|Anadolu|Handout)\b[^.]{0,20}$|"
    r"\bGetty Images\b|^(?:file photo|photo|caption)\s*[:\-–]|"
    r"^(?:image|photo|picture|video|media)\s+(?:caption|source|credit|copyright)s?\b|"
    r"^(?:hide|show|close) caption\b|^media playback is unsupported\b", re.I)
# A list bullet at the start of a line.
BULLET = re.compile(r"^[•·▪►▸◦‣∙*–-]\s+")
DATE_STAMP_WORDS = re.compile(r"^(?:published|updated|posted|last updated|first published|"
                              r"date|on)?\s*:?\s*", re.I)
SENTENCE_END = re.compile(r"[.!?…\"”’')]$")
HAS_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff]")
# Words of page chrome: prompts to act on the page rather than news.
UI_WORDS = frozenset("""share shares sharing follow subscribe subscribed sign login log register
click tap download scroll top print email e-mail newsletter newsletters comments comment
advertisement advertising sponsored sponsor ad ads copy link links whatsapp facebook twitter
x telegram linkedin instagram youtube reddit tweet skip jump menu search home back more read
continue cookie cookies accept join channel alerts notifications main content min
minute minutes privacy policy terms here app apps now us our on to in the
this article page story with via and or for up of see all view watch listen partager cet
sur abonnez-vous abonnez publicité teilen artikel folgen sie uns werbung anzeige compartir
publicidad""".split())
UI_CORE = frozenset("""share follow subscribe sign login register click tap download scroll print
email e-mail newsletter comments comment advertisement advertising sponsored ad copy whatsapp
facebook twitter telegram linkedin instagram youtube reddit tweet skip jump menu cookie cookies
privacy join channel alerts notifications listen partager abonnez abonner publicité teilen
folgen werbung anzeige compartir publicidad""".split())


# A line that opens with one of these and speaks to the reader ("Click here to …", "Sign up
# for our …", "Download our app now") is a prompt, not news.
PROMPT_VERBS = frozenset("click tap sign subscribe follow download join get register "
                         "listen watch read".split())


def is_list_item(line: Line) -> bool:
    """"• Iran denies sending drones": a bulleted headline (a link), not a sentence."""
    return bool(BULLET.match(line.text)) and len(line.words) <= 16 and \
        not SENTENCE_END.search(line.text)


def is_symbol(line: Line) -> bool:
    """A line with no letters ("|", "•", "***", "12") or a single letter."""
    return not HAS_LETTER.search(line.text) or len(line.text) <= 2


def is_ui(line: Line) -> bool:
    """Page chrome: a short line made of prompts to act on the page ("Share this article")."""
    if SENTENCE_END.search(line.text.rstrip(")")):
        return False  # a sentence (read first: most lines of an article are)
    words = [w.strip("()[]:|•·-–—!?.,").lower() for w in line.words]
    words = [w for w in words if w and not w.isdigit()]
    if not words:
        return False
    prompt = words[0] in PROMPT_VERBS and len(words) <= 12 and any(
        w in {"here", "our", "us", "now", "app", "newsletter", "below"} for w in words)
    if prompt:
        return True
    if len(words) > 8:
        return False
    chrome = all(w in UI_WORDS for w in words)
    return (chrome and (len(words) <= 3 or any(w in UI_CORE for w in words))) or (
        len(words) <= 2 and words[0] in UI_CORE)


def is_code(line: Line) -> bool:
    """A lone site or agency code: "AFP", "REUTERS", "aljazeera.com"."""
    text = line.text.strip("()[] ")
    return (len(line.words) == 1 and (text.isupper() and len(text) <= 8)) or bool(
        re.fullmatch(r"(?:www\.)?[a-z0-9-]+\.(?:com|org|net|co\.uk|info|news|ir|iq|tr)", text))


def date_stamp(line: Line) -> bool:
    """A line that is a date (and maybe a time and a word such as "Updated"), nothing more."""
    if len(line.words) > 9:
        return False
    found = find_dates(line.text)
    if not found:
        return False
    rest = line.text
    for date in reversed(found):
        rest = rest[:date.start] + " " + rest[date.end:]
    rest = " ".join(DATE_STAMP_WORDS.sub("", part) for part in re.split(r"[|,]", rest))
    rest = re.sub(r"\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b(?:GMT|UTC|EST|EDT|"
                  r"AST|CET|MSK|IRST|local time)\b|[-–—|,:()+]", " ", rest, flags=re.I)
    return len(rest.split()) <= 3 and len(line.text) <= 60


def is_caption(line: Line) -> bool:
    return bool(CAPTION.search(line.text)) and len(line.words) <= 60


def is_credit(line: Line) -> bool:
    return (bool(BYLINE.match(line.text)) and len(line.words) <= 10 and not
            SENTENCE_END.search(line.text.rstrip(")"))) or bool(CREDITS.match(line.text))


def is_headline(line: Line) -> bool:
    """Headline-shaped: 3–20 words, no sentence-final full stop, starts with a capital."""
    n = len(line.words)
    return 3 <= n <= 20 and not line.text.endswith((".", ":", ";", ",")) and (
        line.text[0].isupper() or line.text[0] in "\"“‘'")


def is_heading(line: Line) -> bool:
    """A short label that may head a section: 1–5 words, no final punctuation."""
    return 1 <= len(line.words) <= 5 and not re.search(r"[.!?,;]$", line.text)


def is_prose(line: Line, min_words: int = 12) -> bool:
    """A sentence of running text: long enough and ending like a sentence."""
    return len(line.words) >= min_words and bool(SENTENCE_END.search(line.text))


# spaCy's tokenizer strips prefixes and suffixes one at a time from a whitespace-free chunk,
# so its time grows with the square of a chunk's length (20,000 "!" take half a minute).
# Body lines are cut before they reach it: a run of one character repeated more than
# MAX_REPEAT times keeps its first MAX_REPEAT, and a chunk with no whitespace longer than
# MAX_CHUNK characters keeps its first MAX_CHUNK (benchmarks/long_runs.py times both).
MAX_REPEAT = 20
MAX_CHUNK = 200
REPEAT_REASON = f"run of one character over {MAX_REPEAT}"
CHUNK_REASON = f"text without spaces over {MAX_CHUNK} characters"
REPEAT = re.compile(r"(\S)\1{%d,}" % MAX_REPEAT)
CHUNK = re.compile(r"\S{%d,}" % (MAX_CHUNK + 1))
# Scripts written without spaces (Chinese, Japanese, Thai, Lao, Tibetan, Myanmar, Khmer): a
# paragraph of them is one chunk, and is not cut unless it holds a long run of symbols.
NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                             r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_REPEAT + 1))


def long_runs(text: str) -> list[tuple[int, int, str]]:
    """The parts of `text` cleaning cuts, as [(start, end, reason)] in text order, not
    overlapping: what repeats one character past MAX_REPEAT times, and the rest of a chunk
    without whitespace past its first MAX_CHUNK kept characters."""
    repeats = [(m.start() + MAX_REPEAT, m.end(), REPEAT_REASON) for m in REPEAT.finditer(text)]
    if not repeats and len(text) <= MAX_CHUNK:
        return []
    cuts: list[tuple[int, int, str]] = []
    for m in CHUNK.finditer(text):
        inside = [c for c in repeats if m.start() <= c[0] < m.end()]
        if m.end() - m.start() - sum(e - s for s, e, _ in inside) <= MAX_CHUNK or \
                _unspaced_script(m.group(0)):
            continue
        kept, pos = 0, m.start()
        for start, end, _ in inside:
            if kept + start - pos >= MAX_CHUNK:
                break
            kept, pos = kept + start - pos, end
        tail = pos + MAX_CHUNK - kept
        cuts += [c for c in inside if c[0] < tail] + [(tail, m.end(), CHUNK_REASON)]
    taken = {c[0] for c in cuts}
    chunked = [(c[0], c[1]) for c in cuts if c[2] == CHUNK_REASON]
    cuts += [c for c in repeats if c[0] not in taken and
             not any(s <= c[0] < e for s, e in chunked)]
    return sorted(cuts)


def _unspaced_script(chunk: str) -> bool:
    """Mostly a script written without spaces, and no long run of symbols or emoji."""
    return 2 * len(NO_SPACE_SCRIPT.findall(chunk)) >= len(chunk) and \
        not SYMBOL_RUN.search(chunk)


def normalise(text: str) -> str:
    """The key two copies of a line share: case, spacing and punctuation ignored."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()
