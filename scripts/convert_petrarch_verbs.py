"""Convert PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.verbs.txt, MIT, Open Event Data
Alliance) into a communique pattern file (communique/data/patterns/petrarch.jsonl).

    python scripts/convert_petrarch_verbs.py CAMEO.2.0.verbs.txt \
        [-o communique/data/patterns/petrarch.jsonl]

The dictionary (see its header and PETRARCH's dictionary documentation) has synonym sets
(`&NAME` then `+WORD` lines) and verb blocks: a `--- NAME [CODE] ---` line, the block's verbs
(one a line, irregular forms in `{…}`, multiword verbs as `+CALL_OFF`, an optional own code
`[…]`), then patterns `- [pre-verb words] * [post-verb words] [CODE] # verb where found`.

What becomes of it:
- each verb of a block with a code other than `---` (its own, else the block's) gives a
  bare-verb pattern in the verbal conflict roots (`BARE_ROOTS`: a verb of demanding,
  disapproving, rejecting or threatening names its act; elsewhere a listed synonym's bare
  sense is mostly another) and in force (18x-20x) where its object is something force is
  used on (`FORCE_OBJECTS`), except the common verbs in `COMMON_VERBS`, which keep only their
  specific patterns (their bare senses are mostly not events); a bare verb needs an actor as
  its object, preposition or complement (`target: "required"`) unless its event has no one
  on the receiving end (protests, retreat);
- a pattern belongs to the block's verb its comment names (the verb it was found with), or to
  every verb of the block when the comment names none of them;
- words after the verb: a particle (`* DOWN`), the direct object's lemma or synset (`* AID`,
  `* &MILITARY`; `{HUMANITARIAN AID}` is the object "aid" with the modifier "humanitarian"),
  and at most one prepositional phrase: `(AGAINST)` or `(WITH +)` name the target's
  preposition, `(TO FLAG)` also the lemma of its object (`prep_object`);
- a verb-shaped word after the verb (`URGE * WITHDRAW`, `* TO CONGRATULATE`) is the lemma of
  an open complement (`xcomp`: "urged X to withdraw"); a word is verb-shaped when the
  dictionary has it as a verb and spaCy does not know it as a noun (`Lemmas.verb_shaped`), so
  `* ATTACK` stays an object; a `(TO V)` after an object is the noun's own complement
  ("efforts to disarm"), which the verb's frame does not hold, and is dropped; so is a
  complement of a verb the coder reads as grammar ("announced it would withdraw": the coder
  codes the complement on its own verb; coding it on the speech verb too lost events);
- object words keep every lemma the parse gives them: a plural the lemmatizer also knows as
  a singular noun ("headquarters", "arms") keeps both forms, as the tagger reads it either way;
- words before the verb: the subject's lemma or synset (`EMBASSY *`, `&WEAPON *`);
- `[---]` patterns become null patterns (code "---"): when one is the most specific fit, the
  verb codes nothing; `[A:B]` codes keep A (B is the target's reaction);
- patterns without an object constraint get the object-class constraints of
  `communique.nlp.patterns.sense_constraints` (force on documents, agreements and ideas is no
  force; a retreat is not from an agreement or an organisation; releasing people needs a
  person; giving a document or a communication is no aid);
- coercion and force (17x-20x) coded on a death verb (`VICTIM_SUBJECT_VERBS`: "died in
  clashes") are left out: its subject is the victim, and it names no one who used force;
- conflicts with the curated patterns (events.jsonl) are resolved by rule, the curated side
  winning: a pattern with the same trigger and constraints as a curated one is left out, and
  for a verb the curated file has, the dictionary's bare default and its preposition-only
  senses are left out (the dictionary adds only noun- or particle-specific senses to it);
- the bare defaults of common verbs (`COMMON_VERBS`) and of the verbs the coder reads as
  grammar (speech, intent, denial: their complement is the event) are left out;
What cannot be honoured is dropped and counted by reason in the summary.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communique.nlp import syntax  # noqa: E402
from communique.nlp.lexicon import LEX  # noqa: E402
from communique.nlp.patterns import FORCE_ROOTS, sense_constraints  # noqa: E402
DEFAULT_OUT = ROOT / "communique" / "data" / "patterns" / "petrarch.jsonl"
CURATED = ROOT / "communique" / "data" / "patterns" / "events.jsonl"

PARTICLES = {"up", "down", "out", "off", "away", "back", "over", "in", "on", "forward",
             "through", "around", "aside", "apart", "together", "ahead"}
PREPOSITIONS = {"about", "above", "across", "after", "against", "along", "amid", "among",
                "around", "as", "at", "before", "behind", "below", "beside", "between",
                "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into",
                "near", "of", "off", "on", "onto", "out", "outside", "over", "since",
                "through", "throughout", "to", "toward", "towards", "under", "until", "upon",
                "with", "within", "without"}
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our"}
# Words before the verb that are not its subject: auxiliaries, negation, adverbs.
NOT_SUBJECTS = {"will", "would", "not", "no", "never", "to", "is", "are", "was", "were",
                "has", "have", "had", "be", "been", "can", "could", "may", "might", "shall",
                "should", "must", "did", "does", "do", "also", "then", "ethnic"}
# Verbs whose bare sense is mostly not an event: only their specific patterns are kept.
COMMON_VERBS = {"say", "tell", "take", "make", "go", "come", "get", "give", "hold", "see",
                "put", "set", "keep", "bring", "run", "turn", "show", "move", "call", "ask",
                "look", "find", "leave", "let", "seem", "become", "remain", "stand", "meet",
                "work", "use", "play", "follow", "begin", "start", "continue", "open", "close",
                "end", "stop", "raise", "lead", "pass", "carry", "send", "receive", "face",
                "hit", "strike", "cut", "break", "build", "draw", "push", "pull", "return",
                "head", "act", "add", "back", "have", "do", "be", "include", "consider",
                "report", "expect", "plan", "try", "want", "need", "join", "reach", "note",
                "issue", "swear"}
# A block's default is the sense of a verb said of someone ("X denounced Y"): a bare verb
# codes only with an actor as its object, preposition or complement, except where CAMEO's
# event has no one on the receiving end: protests (14x), retreat and ceasefire (0871, 0874).
INTRANSITIVE_ROOTS = {"14"}
# A bare default is kept only in the verbal conflict roots (10-13: demand, disapprove, reject,
# threaten), whose verbs name the speech act they perform ("chided", "disputed"). A synonym
# listed in the block of a material act or of a cooperative stance (help, serve, concern,
# check, overshadow, irk) has other ordinary senses in news prose far more often than the
# block's: on judged real news 13 of 14 such events were wrong. Their specific patterns stay.
BARE_ROOTS = {"10", "11", "12", "13"}
# A bare default of force (18x-20x) is kept where its object is something force is used on:
# people, forces, a polity, a place or a body ("defeated the rebels", not "overshadowed the
# visit", "dominated the agenda").
FORCE_OBJECTS = ["person", "force", "polity", "place", "organisation"]
INTRANSITIVE_CODES = {"0871", "0873", "0874"}
# Verbs whose subject is the one who died or lived through it ("soldiers died in clashes",
# "he survived the attack"): the subject is the victim, never the source of coercion or
# force, and the intransitive verb names no one who used it, so their 17x-20x patterns are
# left out (the curated file blocks the verbs' defaults with null patterns).
VICTIM_SUBJECT_VERBS = {"die", "perish", "survive"}
VIOLENT_ROOTS = {"17", "18", "19", "20"}
# Verbs the coder reads as grammar (speech, intent, decision, denial: "decided to allow",
# "failed to uphold"): their complement is the event, so their bare defaults are left out too.
GRAMMAR_VERBS = syntax.SPEECH | syntax.INTENT | syntax.DENIAL | LEX.deciding


@dataclass(slots=True)
class Verb:
    lemma: str
    particle: str | None = None
    prep: str | None = None
    object: str | None = None
    code: str | None = None
    surface: str = ""


@dataclass(slots=True)
class Block:
    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)


class Lemmas:
    """Lemmas by spaCy's rule lemmatizer (the parse's own), as nouns or verbs.

    The dictionary writes words without their part of speech, so the form as written is not
    known to be inflected. A verb spaCy knows as a base form is its own lemma ("address",
    "need", "found", "wound": not "addres", "nee", "find", "wind"); other verbs and all nouns
    are read as inflected (past tense, plural). A word no inflection rule turns into a known
    lemma may not be inflected: a noun then takes the lemma the parse gives it after a
    determiner, so "-ss", "-us", "-is" nouns ("address", "status", "crisis", "news",
    "series") stay singular and plurals of unlisted nouns ("airstrikes") lose their "-s" as in
    running text; such a verb stays as written.
    """

    def __init__(self) -> None:
        from spacy.tokens import Doc

        from communique.nlp import load_model

        self.nlp = load_model()
        self.lemmatizer = self.nlp.get_pipe("lemmatizer")
        self.doc = Doc
        self.cache: dict[tuple[str, str], str] = {}
        lookups = self.lemmatizer.lookups
        self.index = {pos: set(lookups.get_table("lemma_index").get(pos.lower(), []))
                      for pos in ("NOUN", "VERB")}
        self.exceptions = {pos: lookups.get_table("lemma_exc").get(pos.lower(), {})
                           for pos in ("NOUN", "VERB")}

    def __call__(self, word: str, pos: str = "NOUN") -> str:
        key = (word.lower(), pos)
        if key not in self.cache:
            self.cache[key] = self._lemma(word.lower(), pos)
        return self.cache[key]

    def forms(self, word: str) -> list[str]:
        """A noun's lemmas as the parse may give them: the lemma, and the word as written when
        spaCy also knows it as a noun ("headquarters" tagged NN keeps its "-s")."""
        lemma, low = self(word, "NOUN"), word.lower()
        return [lemma, low] if low != lemma and low in self.index["NOUN"] else [lemma]

    def verb_shaped(self, word: str, verbs: Collection[str]) -> bool:
        """Whether a word after the verb is a verb: the dictionary has it as a verb and spaCy
        knows neither it nor its noun lemma as a noun ("withdraw", not "attack"). A past
        participle ("remain concerned", "freed the kidnapped") is an adjective there."""
        nouns, low = self.index["NOUN"], word.lower()
        return self(word, "VERB") in verbs and low not in nouns and \
            self(word, "NOUN") not in nouns and not low.endswith("ed")

    def _lemma(self, word: str, pos: str) -> str:
        if pos == "VERB" and word in self.index["VERB"]:
            return word
        doc = self.doc(self.nlp.vocab, words=[word])
        doc[0].pos_ = pos
        doc[0].tag_ = {"NOUN": "NNS", "VERB": "VBD"}.get(pos, "")
        lemma = (self.lemmatizer.rule_lemmatize(doc[0]) or [word])[0]
        known = self.index.get(pos, set())
        if lemma == word or lemma in known or word in self.exceptions.get(pos, {}) or not known:
            return lemma
        # No rule makes it a known lemma: a noun takes the parse's own reading after a
        # determiner ("airstrikes" → "airstrike", "address" → "address"); a verb stays as written.
        if pos == "NOUN":
            tokens = self.nlp(f"They saw the {word}.")[3:-1]
            if len(tokens) == 1 and tokens[0].tag_ in {"NN", "NNS"}:
                return tokens[0].lemma_.lower()
        return word


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def parse(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """The synonym sets (label → words as written) and the verb blocks."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_set: str | None = None
    block: Block | None = None
    for raw in text.splitlines():
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("&"):
            current_set, block = line.split()[0].rstrip("_"), None
            synsets[current_set] = []
            continue
        if line.startswith("+") and current_set is not None and block is None:
            synsets[current_set].append(_strip_comment(line)[0][1:].strip())
            continue
        if line.startswith("---"):
            current_set = None
            code = re.search(r"\[([^\]]*)\]", line)
            name = line.strip("- ").split("[")[0].strip()
            block = Block(name, code.group(1).strip() if code else "---")
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            block.patterns.append(line)
        else:
            block.verbs += _verb_line(line)
    return synsets, blocks


def _verb_line(line: str) -> list[Verb]:
    body, _ = _strip_comment(line)
    code = re.search(r"\[([^\]]*)\]", body)
    body = re.sub(r"\{[^}]*\}", " ", re.sub(r"\[[^\]]*\]", " ", body)).strip()
    if not body:
        return []
    return [Verb(lemma="", code=code.group(1).strip() if code else None, surface=body.split()[0])]


def _resolve_verbs(block: Block, lemmas: Callable[[str, str], str]) -> list[Verb]:
    out: list[Verb] = []
    for verb in block.verbs:
        words = verb.surface.lstrip("+").lower().strip("_").split("_")
        verb.lemma = lemmas(words[0], "VERB")
        for word in words[1:]:
            if word in PARTICLES and verb.particle is None and verb.prep is None:
                verb.particle = word
            elif word in PREPOSITIONS and verb.prep is None:
                verb.prep = word
            elif verb.object is None:
                verb.object = lemmas(word, "NOUN")
        if all((v.lemma, v.particle, v.prep, v.object) != (verb.lemma, verb.particle, verb.prep,
                                                           verb.object) for v in out):
            out.append(verb)
    return out


TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


@dataclass(slots=True)
class Parsed:
    subject: list[str] | None = None
    particle: str | None = None
    object: list[str] | None = None
    modifier: list[str] | None = None
    prep: list[str] | None = None
    prep_object: list[str] | None = None
    xcomp: list[str] | None = None


class Drop(Exception):
    """A pattern the parse cannot honour; the message is the reason counted."""


def _phrase_modifiers(parts: list[str]) -> list[str]:
    """The modifier words of a `{…}` phrase the pattern keeps. The coder asks for one of a
    pattern's modifiers, not all of them, so a phrase that fixes a plain word beside a synonym
    set (`{JOINT &MILITARY OPERATION}`) keeps the plain word, which sets the phrase apart: a
    "military operation" alone is not the joint one."""
    plain = [p for p in parts if not p.startswith("&")]
    return plain or parts


def _words(token: str, synsets: dict[str, list[str]], lemmas: Lemmas
           ) -> tuple[list[str], list[str]]:
    """(head lemmas, modifier lemmas) of a word, a synset or a `{…}` phrase."""
    if token.startswith("{"):
        parts = [p for p in token.strip("{}").split() if p.lower() not in DETERMINERS]
        if not parts:
            raise Drop("empty phrase")
        heads, _ = _words(parts[-1], synsets, lemmas)
        modifiers: list[str] = []
        for part in _phrase_modifiers(parts[:-1]):
            modifiers += _words(part, synsets, lemmas)[0]
        return heads, list(dict.fromkeys(modifiers))
    if token.startswith("&"):
        label = token.rstrip("_")
        if label not in synsets:
            raise Drop("undefined synset")
        heads = []
        for entry in synsets[label]:
            last = entry.replace("_", " ").split()
            if last:
                heads += lemmas.forms(last[-1])
        return list(dict.fromkeys(heads)), []
    if not re.fullmatch(r"[A-Za-z][A-Za-z'\-]*_?", token):
        raise Drop("unreadable word")
    return lemmas.forms(token.strip("_")), []


def parse_pattern(body: str, synsets: dict[str, list[str]], lemmas: Lemmas,
                  verbs: Collection[str] = ()) -> Parsed:
    """The constraints of a pattern's words; `verbs` are the dictionary's verb lemmas."""
    tokens = [t for token in TOKEN.findall(body)
              for t in (["TO", token[3:]] if token.upper().startswith("TO_") else [token])]
    if tokens.count("*") != 1:
        raise Drop("no single verb position")
    star = tokens.index("*")
    pre, post = tokens[:star], tokens[star + 1:]
    out = Parsed()
    for token in pre:
        if token in {"$", "^"}:
            continue
        if token in {"+", "%"}:
            raise Drop("target or compound actor before the verb")
        if token.startswith("("):
            raise Drop("prepositional phrase before the verb")
        if token.lower() in NOT_SUBJECTS or token.lower().endswith("ly"):
            raise Drop("adverb or auxiliary before the verb")
        if out.subject is not None:
            raise Drop("several words before the verb")
        heads, modifiers = _words(token, synsets, lemmas)
        if modifiers:
            raise Drop("modifier on the subject")
        out.subject = heads
    pending_prep: str | None = None
    for position, token in enumerate(post):
        low = token.lower()
        if token in {"^"}:
            continue
        if token == "+":
            if pending_prep is not None:
                out.prep, pending_prep = [pending_prep], None
            continue
        if token in {"$", "%"}:
            raise Drop("source or compound actor after the verb")
        if _complement(token, out, lemmas, verbs, pending_prep):
            pending_prep = None
            continue
        if pending_prep is not None:
            raise Drop("words in a sequence the parse cannot place")
        if token.startswith("("):
            if out.prep is not None:
                raise Drop("several prepositional phrases")
            _phrase(token, out, synsets, lemmas, verbs)
            continue
        if position == 0 and low in PARTICLES and out.particle is None:
            out.particle = low
            continue
        if low in PREPOSITIONS:
            if out.prep is not None:
                raise Drop("several prepositional phrases")
            pending_prep = low
            continue
        if low in DETERMINERS:
            continue
        if out.object is not None or out.prep is not None:
            raise Drop("words in a sequence the parse cannot place")
        out.object, modifiers = _words(token, synsets, lemmas)
        out.modifier = modifiers or None
    if pending_prep is not None:
        if out.prep is not None:
            raise Drop("several prepositional phrases")
        out.prep = [pending_prep]
    return out


def _complement(token: str, out: Parsed, lemmas: Lemmas, verbs: Collection[str],
                pending_prep: str | None) -> bool:
    """Read a verb-shaped word after the verb (or after "to") as the open complement's lemma
    ("URGE * WITHDRAW": "urged X to withdraw"); False when the word is no such complement."""
    if pending_prep not in {None, "to"} or out.xcomp is not None or out.object is not None or \
            not re.fullmatch(r"[A-Za-z][A-Za-z\-]*", token) or \
            token.lower() in PARTICLES | PREPOSITIONS | DETERMINERS or \
            not lemmas.verb_shaped(token, verbs):
        return False
    if out.prep is not None:
        raise Drop("words in a sequence the parse cannot place")
    out.xcomp = [lemmas(token, "VERB")]
    return True


def _phrase(token: str, out: Parsed, synsets: dict[str, list[str]], lemmas: Lemmas,
            verbs: Collection[str]) -> None:
    inner = TOKEN.findall(token[1:-1])
    if not inner:
        raise Drop("empty prepositional phrase")
    if len(inner) == 2 and inner[0].lower() == "to" and lemmas.verb_shaped(inner[1], verbs):
        if out.object is not None:
            raise Drop("complement of the object (\"efforts to disarm\")")
        _complement(inner[1], out, lemmas, verbs, "to")
        return
    preps = [p.lower() for p in inner[0].split("/")]
    if not all(p in PREPOSITIONS for p in preps):
        raise Drop("phrase without a preposition")
    rest = [t for t in inner[1:] if t != "^" and t.lower() not in DETERMINERS]
    if "$" in rest or "%" in rest:
        raise Drop("source or compound actor after the verb")
    words = [t for t in rest if t != "+"]
    if len(words) > 1:
        raise Drop("several words in a prepositional phrase")
    out.prep = preps
    if words:
        heads, modifiers = _words(words[0], synsets, lemmas)
        if modifiers:
            raise Drop("modifier on a prepositional object")
        out.prep_object = heads


def _code(raw: str) -> str:
    first = raw.split(":")[0].strip()
    if not first:
        raise Drop("code for the target only")
    return first


def _applies_to(comment: str, verbs: list[Verb], lemmas: Callable[[str, str], str]
                ) -> list[Verb]:
    """The block's verbs the comment names (the verb a pattern was found with), else all."""
    named: list[Verb] = []
    for piece in re.split(r"[,;]", comment.split("<")[0]):
        words = piece.replace("_", " ").split()
        if not words or not words[0].isalpha() or not words[0].isupper():
            continue
        lemma = lemmas(words[0], "VERB")
        rest = {w.lower() for w in words[1:]}
        fits = [v for v in verbs if v.lemma == lemma and (v.particle in rest or
                                                          v.particle is None)]
        best = [v for v in fits if v.particle in rest] or [v for v in fits if v.particle is None]
        named += [v for v in best if v not in named]
    return named or verbs


def _key(record: dict) -> tuple:
    return tuple((k, json.dumps(record.get(k), sort_keys=True)) for k in (
        "verb", "noun", "particle", "object", "object_prep", "prep", "prep_object", "xcomp",
        "modifier", "subject", "target"))


def convert(text: str, lemmas: Lemmas, known_codes: Iterable[str],
            curated: Iterable[dict] = ()) -> tuple[list[dict], Counter[str], Counter[str]]:
    """(pattern records, dropped patterns by reason, kept patterns by kind)."""
    known = set(known_codes) | {"---"}
    synsets, blocks = parse(text)
    resolved = [_resolve_verbs(block, lemmas) for block in blocks]
    verbs = {v.lemma for block_verbs in resolved for v in block_verbs}
    curated = list(curated)
    ours = {_key(r) for r in curated}
    # A curated null pattern with constraints blocks one construction ("defeated in the
    # election"); it does not decide the verb's other senses.
    curated_verbs = {r["verb"] for r in curated if r.get("verb") and not (
        r.get("code") == "---" and set(r) - {"code", "verb", "note", "example"})}
    records: list[dict] = []
    seen: set[tuple] = set()
    dropped: Counter[str] = Counter()
    kept: Counter[str] = Counter()

    def add(record: dict, kind: str) -> None:
        if record["verb"] in VICTIM_SUBJECT_VERBS and record["code"][:2] in VIOLENT_ROOTS:
            dropped["force with the victim as subject (death verb)"] += 1
            return
        key = _key(record)
        if key in ours:
            dropped["same trigger and constraints as a curated pattern (ours kept)"] += 1
            return
        if (key, record["code"]) in seen:
            dropped["duplicate"] += 1
            return
        seen.add((key, record["code"]))
        records.append(sense_constraints(record))
        kept[kind] += 1

    for block, block_verbs in zip(blocks, resolved, strict=True):
        for verb in block_verbs:
            code = verb.code or block.code
            source = f"petrarch2 CAMEO.2.0: {verb.surface} [{code}] in --- {block.name} ---"
            if code == "---":
                continue
            bare = not (verb.particle or verb.prep or verb.object)
            if bare and verb.lemma in COMMON_VERBS | GRAMMAR_VERBS:
                dropped["bare default of a common or grammar verb"] += 1
                continue
            if bare and verb.lemma in curated_verbs:
                dropped["bare default of a curated verb (ours decide its senses)"] += 1
                continue
            try:
                code = _code(code)
            except Drop as reason:
                dropped[str(reason)] += 1
                continue
            if code not in known:
                dropped["code not in the CAMEO table"] += 1
                continue
            if bare and code[:2] not in BARE_ROOTS | FORCE_ROOTS:
                dropped["bare default outside the verbal conflict roots (BARE_ROOTS)"] += 1
                continue
            record = _record(code, verb, Parsed(), source)
            if record is None:
                dropped["multiword verb and pattern both name an object"] += 1
                continue
            if bare and code[:2] in FORCE_ROOTS:
                record["object_class"] = FORCE_OBJECTS
            if code[:2] not in INTRANSITIVE_ROOTS and code not in INTRANSITIVE_CODES:
                record["target"] = "required"
                record["note"] = record.pop("note")
            add(record, "bare verb")
        for line in block.patterns:
            body, comment = _strip_comment(line)
            match = re.search(r"\[([^\]]*)\]\s*$", body)
            source = f"petrarch2 CAMEO.2.0: {re.sub(r' {2,}', ' ', line.strip())}"
            if match is None:
                dropped["no code"] += 1
                continue
            try:
                code = _code(match.group(1))
                if code not in known:
                    raise Drop("code not in the CAMEO table")
                parsed = parse_pattern(body[1:match.start()].strip(), synsets, lemmas, verbs)
            except Drop as reason:
                dropped[str(reason)] += 1
                continue
            if not any((parsed.subject, parsed.particle, parsed.object, parsed.prep,
                        parsed.xcomp)):
                dropped["no constraint beyond the verb"] += 1
                continue
            for verb in _applies_to(comment, block_verbs, lemmas):
                if verb.lemma in curated_verbs and not (
                        parsed.subject or parsed.particle or parsed.object or parsed.xcomp or
                        parsed.prep_object or verb.particle or verb.object):
                    dropped["preposition-only sense of a curated verb (ours decide)"] += 1
                    continue
                if parsed.xcomp and verb.lemma in GRAMMAR_VERBS:
                    dropped["complement of a grammar verb (coded on its own verb)"] += 1
                    continue
                record = _record(code, verb, parsed, source)
                if record is None:
                    dropped["multiword verb and pattern both name an object"] += 1
                    continue
                add(record, "null pattern" if code == "---" else "specific pattern")
    return records, dropped, kept


def _record(code: str, verb: Verb, parsed: Parsed, note: str) -> dict | None:
    record: dict = {"code": code, "verb": verb.lemma}
    particle = parsed.particle or verb.particle
    if parsed.particle and verb.particle and parsed.particle != verb.particle:
        return None
    if particle:
        record["particle"] = particle
    objects = parsed.object
    if verb.object:
        if objects:
            return None
        objects = [verb.object]
    if objects:
        record["object"] = objects
    if parsed.xcomp:
        record["xcomp"] = parsed.xcomp
    if parsed.modifier:
        record["modifier"] = parsed.modifier
    prep = parsed.prep or ([verb.prep] if verb.prep else None)
    if parsed.prep and verb.prep and verb.prep not in parsed.prep:
        return None
    if prep and objects and not parsed.prep_object:
        record["object_prep"] = prep  # "charge (against) +": the target's preposition
    elif prep:
        record["prep"] = prep
    if parsed.prep_object:
        record["prep_object"] = parsed.prep_object
    if parsed.subject:
        record["subject"] = parsed.subject
    record["note"] = note
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dictionary")
    parser.add_argument("-o", "--output", default=str(DEFAULT_OUT))
    args = parser.parse_args(argv)
    from communique import cameo

    curated = [json.loads(line) for line in CURATED.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    text = Path(args.dictionary).read_text(encoding="utf-8", errors="replace")
    records, dropped, kept = convert(text, Lemmas(), cameo.codes(), curated)
    with open(args.output, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} patterns to {args.output}")
    for kind, count in sorted(kept.items()):
        print(f"  kept {count:5d}  {kind}")
    print(f"dropped {sum(dropped.values())}:")
    for reason, count in dropped.most_common():
        print(f"  {count:5d}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
