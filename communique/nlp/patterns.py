"""Event patterns: the human-editable file that says which verbs and nouns mean which CAMEO
event, validated on load (pydantic, unknown keys refused). Users add their own files.

Format (one JSON object a line, `communique/data/patterns/events.jsonl`):

    {"code": "042", "verb": "visit"}
    {"code": "163", "verb": "impose", "object": ["sanction", "embargo"],
     "object_prep": ["on", "against"]}
    {"code": "036", "verb": "meet", "prep": ["with"]}
    {"code": "138", "verb": "threaten", "xcomp": ["attack", "strike"]}
    {"code": "195", "noun": "strike", "modifier": ["air", "drone"], "prep": ["on", "against"]}

A verb pattern's source is the verb's subject (the "by" agent in the passive), its target the
direct object, or the object of one of `prep`. `particle` ("pull out"), `object` (the direct
object's lemma), `xcomp` (the lemma of an open complement: "threatened to attack") narrow a
pattern (`"xcomp": ["*"]` asks for a "to" infinitive of any verb: "told X to leave"; an
`object` word may also be an adjective said of the object, which is then the target: "held
Iran responsible", "found X guilty"); with an `object`, `object_prep` names the
prepositions whose objects are the target, in order of preference ("lodged a complaint with X
against Y", `["against", "with"]`: Y); a verb with a particle, a phrasal verb
such as "talked up", fits only patterns that name one; `target: "none"` marks events without a
target, `target: "required"` codes only when the verb's own object, preposition or
complement names an actor ("accused Iran"), and `target: "object"` makes the people or body
the direct object names the target before any phrase of where they go ("deported 109
migrants to X": the migrants, not X); `unaimed` is the code of the act when nothing names a
target ("fired missiles" at no one named is a show of force, 150, not an attack, 194). A noun
pattern's source is its possessive, demonym or compound ("Israeli airstrikes"), its target the
object of `prep`.

Also for verbs: `subject` (the subject's lemma: "embassy closed"), `prep_object` (the lemma
of the object of one of `prep`, which then is a constraint, not the target: "set fire to a
flag"), `modifier` (a compound or adjective of the direct object: "humanitarian aid"), and
classes of what the verb governs — its direct object, else the object of `prep`, else its
first prepositional object: `object_class` requires one of the classes, `exclude_object_class`
refuses them ("withdrew from the treaty" is not a retreat; "fight for peace" is not force).
A noun pattern's classes are those of the object of its `prep` ("the withdrawal from the
bloc"). Classes come from the parse, the entity labels, the resolved actors and the word
lists of `communique/data/patterns/object_classes.json` (see `communique/nlp/objects.py`).

With `xcomp`, `addressee` names the lemma of the party the verb bids act, its own direct
object ("ordered the ambassador to leave": `"addressee": ["ambassador"]`), where `object`
names the complement's object.

`condition: true` codes only a verb whose clause sets a condition on another party's act
("will take all necessary measures if X …", "would respond if X …": a threat, CAMEO 13,
aimed at that party); the same words with no condition are no event.

`example` is a sentence the pattern codes, written for the file (never one from a dev or
gold set): tests/test_patterns.py codes every example and checks that an event of the
pattern's code comes out, so the file tests itself.

`code: "---"` is a null pattern: when it is the most specific fit, the verb codes nothing
("bring defeat" is no delivery). When several patterns fit, the most specific wins; on equal
specificity the one loaded first: events.jsonl (curated), then petrarch.jsonl (converted from
PETRARCH-2's CAMEO verb dictionary by scripts/convert_petrarch_verbs.py), then user files.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from communique import cameo
from communique.schemas import read_models

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from communique.models import Mention

NULL_CODE = "---"
OBJECT_CLASSES = ("person", "force", "polity", "place", "organisation", "document",
                  "communication", "agreement", "abstract", "happening")
PACKAGED_FILES = ("events.jsonl", "petrarch.jsonl")
# Where CAMEO's sense depends on what the verb governs (see `sense_constraints`).
FORCE_ROOTS = {"18", "19", "20"}
POSTURE_ROOT = "15"  # CAMEO: exhibit military posture
THREAT_ROOT = "13"  # CAMEO: threaten
CALL_CODE = "041"  # CAMEO: discuss by telephone
NOT_PHYSICAL = ("document", "agreement", "abstract")
NOT_TERRAIN = ("organisation", "document", "agreement", "abstract")
NOT_MATERIAL = ("document", "communication")
INTENT_ROOT = "03"  # CAMEO: express intent to cooperate
COOPERATION_ROOT = "06"  # CAMEO: engage in material cooperation
NOT_PROMISED = ("communication",)
NOT_COOPERATIVE = ("document", "communication", "abstract", "happening")


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    verb: str | None = None
    noun: str | None = None
    particle: str | None = None
    object: tuple[str, ...] | None = None
    object_prep: tuple[str, ...] | None = None
    prep: tuple[str, ...] | None = None
    xcomp: tuple[str, ...] | None = None
    addressee: tuple[str, ...] | None = None
    modifier: tuple[str, ...] | None = None
    subject: tuple[str, ...] | None = None
    prep_object: tuple[str, ...] | None = None
    object_class: tuple[str, ...] | None = None
    exclude_object_class: tuple[str, ...] | None = None
    target: Literal["none", "required", "object"] | None = None
    unaimed: str | None = None
    condition: bool = False
    example: str | None = None
    note: str = ""

    @field_validator("code", "unaimed")
    @classmethod
    def _known_code(cls, code: str | None) -> str | None:
        if code is not None and code != NULL_CODE and code not in cameo.codes():
            raise ValueError(f"unknown CAMEO code {code!r}")
        return code

    @model_validator(mode="after")
    def _one_trigger(self) -> Pattern:
        if (self.verb is None) == (self.noun is None):
            raise ValueError("give exactly one of 'verb' and 'noun'")
        if self.prep_object and not self.prep:
            raise ValueError("'prep_object' needs 'prep'")
        for classes in (self.object_class, self.exclude_object_class):
            unknown = set(classes or ()) - set(OBJECT_CLASSES)
            if unknown:
                raise ValueError(f"unknown object classes {sorted(unknown)}; "
                                 f"known: {', '.join(OBJECT_CLASSES)}")
        return self

    @property
    def null(self) -> bool:
        """A pattern that says the construction is no event."""
        return self.code == NULL_CODE

    @property
    def specificity(self) -> int:
        """How many constraints the pattern adds; the most specific fitting pattern wins."""
        # A prepositional phrase (preposition and its noun) weighs as much as a direct object.
        return sum(x is not None for x in (self.particle, self.object, self.xcomp,
                                           self.modifier, self.subject, self.addressee)) * 2 + \
            (self.prep is not None) + (self.prep_object is not None) + \
            (self.object_class is not None) + self.condition


class PatternSet:
    """Patterns indexed by trigger lemma, most specific first."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.verbs: dict[str, list[Pattern]] = defaultdict(list)
        self.nouns: dict[str, list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            table = self.verbs if pattern.verb else self.nouns
            table[(pattern.verb or pattern.noun or "").lower()].append(pattern)
        for table in (self.verbs, self.nouns):
            for lemma in table:
                table[lemma].sort(key=lambda p: -p.specificity)

    def __len__(self) -> int:
        return sum(map(len, self.verbs.values())) + sum(map(len, self.nouns.values()))

    def kind_of(self, code: str, noun: str, modifiers: set[str]) -> str:
        """A verb's code not specified within its root (CAMEO's xx0: "provided aid", 070)
        made as specific as the kind its object noun's modifiers name, by the noun's own
        patterns of that root that ask for a modifier alone ("humanitarian aid": 073,
        "military aid": 072); the code itself when none fits. CAMEO's roots of force (18-20)
        grade one act by its means, so an attack's kind may lie in another of them ("carried
        out a chemical attack": 2041)."""
        if len(code) != 3 or not code.endswith("0"):
            return code
        family = FORCE_ROOTS if code[:2] in FORCE_ROOTS else {code[:2]}
        for pattern in self.nouns.get(noun, ()):
            if pattern.modifier and pattern.code[:2] in family and pattern.code != code \
                    and pattern.specificity == 2 and modifiers & set(pattern.modifier):
                return pattern.code
        return code


def read_patterns(path: str | Path, text: str | None = None) -> list[Pattern]:
    """Parse and validate a pattern file; raise E016 naming the bad line."""
    return read_models(path, Pattern, text)


@cache
def packaged_patterns() -> tuple[Pattern, ...]:
    """The curated patterns, then those converted from PETRARCH-2's dictionary."""
    out: list[Pattern] = []
    for name in PACKAGED_FILES:
        item = resources.files("communique.data").joinpath("patterns", name)
        out += read_patterns(name, item.read_text(encoding="utf-8"))
    return tuple(out)


def sense_constraints(record: dict) -> dict:
    """Object-class constraints a verb pattern record gets where the CAMEO codebook's sense
    depends on what the verb governs and the record names no object: force (18x–20x) is
    used on people, forces, polities or places, not on documents, agreements or ideas
    ("killed the bill", "fight for peace"); a retreat (0874) is from ground, not from an
    agreement or an organisation; a release of people (0841) needs a person; aid (07x) is
    material, so giving or delivering a document or a communication ("delivered a speech",
    "gave an interview") is no aid; an offer or a pledge (03x) is of an act or a thing, so
    offering or accepting words ("offered no comment", "accepted the verdict") is no intent
    to cooperate; material cooperation (06x) is done with or for a party, so linking,
    handling or providing an event, an idea, a text or words ("linked the attack to the
    protests") is none. Returns the record, changed in place."""
    if record.get("noun") or record.get("object") or record.get("prep_object") or \
            record.get("object_class") or record.get("exclude_object_class"):
        return record
    code = record.get("code", "")
    if code[:2] in FORCE_ROOTS:
        record["exclude_object_class"] = list(NOT_PHYSICAL)
    elif code == "0874":
        record["exclude_object_class"] = list(NOT_TERRAIN)
    elif code == "0841":
        record["object_class"] = ["person"]
    elif code[:2] == "07":
        record["exclude_object_class"] = list(NOT_MATERIAL)
    elif code[:2] == INTENT_ROOT:
        record["exclude_object_class"] = list(NOT_PROMISED)
    elif code[:2] == COOPERATION_ROOT:
        record["exclude_object_class"] = list(NOT_COOPERATIVE)
    return record


def load_patterns(user_files: Iterable[str | Path] = ()) -> PatternSet:
    """The user's files, then the packaged patterns: on equal specificity the pattern loaded
    first wins, so a user's pattern overrides a packaged one for the same trigger."""
    patterns = [p for path in user_files for p in read_patterns(path)]
    return PatternSet([*patterns, *packaged_patterns()])


@dataclass(slots=True)
class Match:
    """A pattern that applies to one trigger, with the sides its slots name."""

    pattern: Pattern
    trigger: Token
    source: list[Mention]
    target: list[Mention]
    direct: bool  # actors found in the trigger's own subject/object slots
    located: bool = False  # the source is a group placed in a country ("rebels in X")
    aimed: bool = False  # the target found in the trigger's own slots
    # the sentence the event stands in, where not the trigger's: a quotation the trigger, a
    # verb of saying in another sentence, attributes (speech.quoted)
    sentence: Span | None = None
