"""The actor resolver component: named entities and country words become coded actors."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from communique import cameo
from communique.models import Actor, Mention

# Demonyms and capitals used as actors ("Iranian forces", "Ankara said"): country code, sector.
ALIASES = {
    "iranian": ("IRN", None), "iraqi": ("IRQ", None), "american": ("USA", None),
    "u.s.": ("USA", None), "us": ("USA", None), "united states": ("USA", None),
    "turkish": ("TUR", None), "russian": ("RUS", None), "ukrainian": ("UKR", None),
    "saudi": ("SAU", None), "israeli": ("ISR", None), "syrian": ("SYR", None),
    "kurdish": ("KUR", None), "british": ("GBR", None), "french": ("FRA", None),
    "german": ("DEU", None), "chinese": ("CHN", None), "qatari": ("QAT", None),
    "emirati": ("ARE", None), "uae": ("ARE", None), "lebanese": ("LBN", None),
    "egyptian": ("EGY", None), "jordanian": ("JOR", None), "kuwaiti": ("KWT", None),
    "omani": ("OMN", None), "palestinian": ("PSE", None), "yemeni": ("YEM", None),
    "tehran": ("IRN", "GOV"), "baghdad": ("IRQ", "GOV"), "washington": ("USA", "GOV"),
    "ankara": ("TUR", "GOV"), "moscow": ("RUS", "GOV"), "kyiv": ("UKR", "GOV"),
    "kiev": ("UKR", "GOV"), "riyadh": ("SAU", "GOV"), "erbil": ("IRQ", "GOV"),
    "damascus": ("SYR", "GOV"), "beijing": ("CHN", "GOV"), "doha": ("QAT", "GOV"),
    "abu dhabi": ("ARE", "GOV"), "london": ("GBR", "GOV"), "paris": ("FRA", "GOV"),
}
SECTOR_WORDS = {
    "government": "GOV", "minister": "GOV", "president": "GOV", "ministry": "GOV",
    "forces": "MIL", "military": "MIL", "army": "MIL", "troops": "MIL", "militia": "REB",
    "parliament": "LEG", "police": "COP", "rebels": "REB", "officials": "GOV",
}


class ActorResolver:
    """Mark country names, demonyms and capitals as actor mentions in `doc._.mentions`."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.table: dict[str, tuple[str, str | None, str]] = {}
        for code, name in cameo.countries().items():
            if len(code) == 3 and code.isalpha():
                self.table[name.lower()] = (code, None, name)
        for alias, (code, sector) in ALIASES.items():
            self.table[alias] = (code, sector, cameo.countries().get(code, code))
        self.matcher.add("ACTOR", [nlp.make_doc(t) for t in self.table])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e) for _, s, e in self.matcher(doc)]
        mentions = []
        for span in filter_spans(spans):
            code, sector, name = self.table[span.text.lower()]
            sector = sector or self._sector_after(span)
            actor = Actor(name=name, code=code + (sector or ""), country=code, sector=sector)
            mentions.append(Mention(span.text, span.start_char, span.end_char, actor))
        doc._.mentions = mentions
        return doc

    @staticmethod
    def _sector_after(span: Span) -> str | None:
        """'Iranian forces' → MIL: the head noun after a demonym gives the sector."""
        if span.end < len(span.doc):
            return SECTOR_WORDS.get(span.doc[span.end].lower_)
        return None
