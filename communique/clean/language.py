"""Language detection: a stop-word test for the common case, langdetect for the rest."""

from __future__ import annotations

import re

ENGLISH = frozenset("""the of and to in a is that for on was with said as by it at from his
her has have had be are were an this which will not but its their they he she who""".split())
WORD = re.compile(r"[a-zA-Z\u00c0-\u024f]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language ("en", "fr", …); "und" if unknown."""
    words = WORD.findall(text[:2000].lower())
    if not words:
        return "und"
    if sum(w in ENGLISH for w in words) / len(words) > 0.2:
        return "en"
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        return str(detect(text[:2000]))
    except LangDetectException:
        return "und"
