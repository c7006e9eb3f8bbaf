"""Scoring the coder on gold files (`communique eval FILE [--half A|B]`).

Halves. Every gold file is split in two halves by one rule, so that rules can be tuned on
half A and checked on half B: `half(key)` is "A" when the MD5 of the key (UTF-8) read as an
integer is even, else "B". The key is the sentence text for sentence sets (a PLOVER record's
`text`, a PLV row's `sentence`, a PentaClass row's sentence, a BIO file's sentence) and the
article id for the news gold. Each file is coded once; the scores for A, B and all are
computed from that one pass.

PLOVER gold records (`.jsonl`, one event per sentence): each sentence is coded as an article
dated with the record's date; the coder's most confident event is its answer. PLOVER 0.5
labels are mapped to the current types (DEMAND → REQUEST, DISAPPROVE and INVESTIGATE →
ACCUSE, FIGHT → ASSAULT). Actors are compared by country code (the first three letters of a
CAMEO code: IGO, NGO and regions included); a missing target matches a missing target only.

PentaClass files (`sentence<TAB>label`, 0 = statements and appeals (CAMEO 01–02), 1 = verbal
cooperation (03–05), 2 = material cooperation (06–08), 3 = verbal conflict (09–13),
4 = material conflict (14–20)): the root of the most confident event gives the class.
"macro-F1" is over all sentences: a sentence with no event is predicted "none", which counts
against the recall of its gold class and towards no class's precision; per-class F1 is
averaged over the five classes.

PLV pairs (`.tsv` with the header sentence, source, target, gold_penta, gold_root,
marked_sentence): each sentence is coded as an undated article. The gold source and target
spans are the `<s>…</s>` and `<t>…</t>` runs of `marked_sentence`, with offsets in the
sentence once the tags are stripped (a side may be tagged more than once: any of its runs
counts; a side with no tag is "no actor"). An event covers the pair when one of its source
mentions overlaps a gold source span and one of its target mentions overlaps a gold target
span, by at least one character (a side with no gold span is covered by an event with no
mention on that side). Types are PLOVER's, with CONCEDE and RETREAT as PLV's YIELD and the
0.5 labels mapped as above; an event of CAMEO 01 (no PLOVER type) has type "none".
- "dyad found": share of pairs with an event covering them;
- "type right where found": of those pairs, share whose best covering event (most confident,
  as `best_event`) has the gold type;
- "end-to-end recall": pairs found with the type right / all pairs;
- "root macro-F1": each pair's predicted type is that of its best covering event, else that
  of the sentence's best event, else "none"; precision, recall and F1 per type over the pairs,
  averaged over the 15 PLV types (a type never predicted and never gold has F1 0).

News gold (`tests/gold/dev_news_events.jsonl`, see tests/gold/README.md, with `--texts` the
news file holding the articles): each gold article's `text` is coded as an article with its
`published` date, without the cleaning stage (the gold offsets are into the raw text).
Negated events are left out of the predictions (the gold codes no negated action; a refusal
is coded 12x). A predicted event is expanded into its dyads (each source mention with each
target mention, None for an empty side); a gold event matches a dyad when the event's span
overlaps the gold sentence, the CAMEO roots are equal, and both actors agree:
- a gold code and a predicted code agree at country level: the first three letters (JAP is
  JPN), except IGO, NGO, IMG and MNC codes and country + known-group codes (LBNHEZ, AFGTAL,
  PSEHMS), compared whole (IGOUNO is not IGONAT, AFGTAL is not AFGGOV);
- gold "" (no target named) agrees only with no predicted actor;
- gold "---" (named but uncodable) agrees only with a predicted actor that has no code.
Matching is one-to-one on the gold side and on the dyad side (a maximum matching, so the
order of events does not matter); a predicted event with coordinated actors ("Macron and
Scholz visited Kyiv") can match one gold event per dyad.
- "root+dyad precision": predicted events with a matched dyad / predicted events;
- "root+dyad recall": matched gold events / gold events;
- "date accuracy": of the matched gold events with `date_in_sentence`, share whose matched
  event's date, cut to the gold date's length (its precision), equals the gold date;
- "events per article": predicted and gold means over the gold articles, and their ratio.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language

from communique.errors import CommuniqueError
from communique.kb import name_key
from communique.models import Article, Event, Mention
from communique.pipeline import code_articles

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
# Codes the gold files spell otherwise than the CAMEO country table.
COUNTRY_ALIASES = {"JAP": "JPN"}
HALVES = ("A", "B")
COLUMNS = ("A", "B", "all")
PLV_HEADER = ("sentence", "source", "target", "gold_penta", "gold_root", "marked_sentence")
PLV_TYPES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
             "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PLV_YIELD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# Transnational codes compared whole, not by their first three letters.
WHOLE_CODE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

Table = dict[str, float]
T = TypeVar("T")


def half(key: str) -> str:
    """The half ("A" or "B") a gold item belongs to, from its key (sentence or article id)."""
    return "A" if int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def by_half(keys: Sequence[str], items: Sequence[T],
            score: Callable[[list[T]], Table]) -> dict[str, Table]:
    """`score` over the items of half A, of half B and of all, from one list of items."""
    halves = [half(k) for k in keys]
    return {column: score([item for item, h in zip(items, halves, strict=True)
                           if column == "all" or h == column]) for column in COLUMNS}


def macro_f1(pairs: Iterable[tuple[str, str]], classes: Sequence[str]) -> tuple[float, Table]:
    """Macro-averaged F1 over `classes` of (gold, predicted) pairs, and F1 per class.
    A prediction outside `classes` ("none") is wrong and counts for no class's precision."""
    pairs = list(pairs)
    per_class = {}
    for name in classes:
        tp = sum(1 for g, p in pairs if g == name and p == name)
        predicted = sum(1 for _, p in pairs if p == name)
        gold = sum(1 for g, _ in pairs if g == name)
        precision = tp / predicted if predicted else 0.0
        recall = tp / gold if gold else 0.0
        per_class[name] = (2 * precision * recall / (precision + recall)
                           if precision + recall else 0.0)
    return (sum(per_class.values()) / len(classes) if classes else 0.0), per_class


def best_event(events: list[Event]) -> Event | None:
    """The coder's answer for a one-event sentence: its most confident event."""
    asserted = [e for e in events if not e.negated] or events
    return max(asserted, key=lambda e: (e.confidence, e.quad_class), default=None)


def _articles(texts: Iterable[tuple[str, str, str | None]]) -> Iterable[Article]:
    for key, text, date in texts:
        yield Article(id=key, document_id=key, source_path="eval", part=1, title=None,
                      text=text, published=date, date_precision="day" if date else "none")


def _code(texts: Iterable[tuple[str, str, str | None]], nlp: Language) -> list[list[Event]]:
    return [events for _, _, events in code_articles(_articles(texts), nlp)]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


# --- PLOVER records --------------------------------------------------------------------------

@dataclass(slots=True)
class Scores:
    gold: int = 0
    predicted: int = 0
    type_correct: int = 0
    full_correct: int = 0
    any_type: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    bands: Counter[tuple[str, bool]] = field(default_factory=Counter)

    def table(self) -> Table:
        precision = self.full_correct / self.predicted if self.predicted else 0.0
        recall = self.full_correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold events": self.gold, "sentences with an event coded": self.predicted,
            "type recall": self.type_correct / self.gold if self.gold else 0.0,
            "type recall (any event in sentence)": self.any_type / self.gold if self.gold
            else 0.0,
            "type+source+target recall": recall, "type+source+target precision": precision,
            "type+source+target F1": f1, **band_table(self.bands)}


# Confidence bands: events above 0.8 should be right at least twice as often as those below 0.5.
BANDS = ((0.0, 0.5, "< 0.5"), (0.5, 0.8, "0.5-0.8"), (0.8, 1.01, ">= 0.8"))


def band(confidence: float) -> str:
    return next(name for low, high, name in BANDS if low <= confidence < high)


def band_table(bands: Counter[tuple[str, bool]]) -> Table:
    """Events and precision per confidence band, from (band, right) counts."""
    table: Table = {}
    for _, _, name in BANDS:
        n = bands[(name, True)] + bands[(name, False)]
        table[f"events, confidence {name}"] = n
        table[f"precision, confidence {name}"] = bands[(name, True)] / n if n else 0.0
    return table


def _countries(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    codes = (str(a.get("code", ""))[:3].upper() for a in actors)
    return frozenset(COUNTRY_ALIASES.get(c, c) for c in codes if c)


def _event_countries(mentions: list) -> frozenset[str]:
    return frozenset((m.actor.country or (m.actor.code or "")[:3]) if m.actor.kind != "igo"
                     else m.actor.code[:3] for m in mentions)


def score_plover(items: list[tuple[dict[str, Any], list[Event]]]) -> Scores:
    """Scores of PLOVER gold records, each with the events coded from its text."""
    scores = Scores(gold=len(items))
    for record, events in items:
        gold_type = PLOVER_05.get(record["event"], record["event"])
        scores.any_type += any(e.plover == gold_type for e in events)
        event = best_event(events)
        scores.confusion[(gold_type, event.plover or "-" if event else "none")] += 1
        if event is None:
            continue
        scores.predicted += 1
        right = event.plover == gold_type and \
            _event_countries(event.source) == _countries(record.get("source")) and \
            _event_countries(event.target) == _countries(record.get("target"))
        scores.bands[(band(event.confidence), right)] += 1
        scores.type_correct += event.plover == gold_type
        scores.full_correct += right
    return scores


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip()]


def evaluate_plover(path: str | Path, nlp: Language) -> dict[str, Scores]:
    """Scores per half ("A", "B", "all") of a PLOVER gold file."""
    records = [r for r in _read_jsonl(path) if r.get("event") and r.get("text")]
    coded = _code(((r["id"], r["text"], r.get("date")) for r in records), nlp)
    items = list(zip(records, coded, strict=True))
    keys = [r["text"] for r in records]
    halves = [half(k) for k in keys]
    return {column: score_plover([item for item, h in zip(items, halves, strict=True)
                                  if column == "all" or h == column]) for column in COLUMNS}


# --- PentaClass sentences --------------------------------------------------------------------

def pentaclass(event: Event) -> int:
    root = int(event.cameo_root)
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def score_pentaclass(items: list[tuple[int, list[Event]]]) -> Table:
    """Accuracy and macro-F1 of (gold class, coded events) pairs."""
    correct = predicted = 0
    pairs = []
    for label, events in items:
        event = best_event(events)
        guess = str(pentaclass(event)) if event is not None else "none"
        pairs.append((str(label), guess))
        if event is None:
            continue
        predicted += 1
        correct += guess == str(label)
    macro, _ = macro_f1(pairs, [str(c) for c in range(5)])
    return {"sentences": len(items), "sentences with an event coded": predicted,
            "accuracy where coded": correct / predicted if predicted else 0.0,
            "accuracy over all sentences": correct / len(items) if items else 0.0,
            "macro-F1 over all sentences": macro}


def evaluate_pentaclass(path: str | Path, nlp: Language) -> dict[str, Table]:
    rows = [line.rsplit("\t", 1) for line in Path(path).read_text(encoding="utf-8").splitlines()
            if "\t" in line]
    coded = _code(((str(i), text, None) for i, (text, _) in enumerate(rows)), nlp)
    items = [(int(label), events) for (_, label), events in zip(rows, coded, strict=True)]
    return by_half([text for text, _ in rows], items, score_pentaclass)


# --- PLV source/target pairs -----------------------------------------------------------------

@dataclass(slots=True)
class PlvPair:
    sentence: str
    sources: list[tuple[int, int]]
    targets: list[tuple[int, int]]
    gold: str


_TAG = re.compile(r"</?[st]>")


def parse_marked(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The plain sentence of a `<s>…</s>`/`<t>…</t>` marked sentence, with the offsets of its
    source and target runs in the plain text."""
    plain: list[str] = []
    pos = 0
    spans: dict[str, list[tuple[int, int]]] = {"s": [], "t": []}
    opened: dict[str, int] = {}
    last = 0
    for match in _TAG.finditer(marked):
        plain.append(marked[last:match.start()])
        pos += match.start() - last
        last = match.end()
        tag = match.group()
        if tag.startswith("</"):
            start = opened.pop(tag[2], None)
            if start is not None and pos > start:
                spans[tag[2]].append((start, pos))
        else:
            opened[tag[1]] = pos
    plain.append(marked[last:])
    return "".join(plain), spans["s"], spans["t"]


def plv_type(event: Event | None) -> str:
    """An event's type in PLV's 15 (CONCEDE and RETREAT are YIELD); "none" for no type."""
    if event is None or not event.plover:
        return "none"
    return PLV_YIELD.get(event.plover, PLOVER_05.get(event.plover, event.plover))


def _side_covered(mentions: list[Mention], spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return not mentions
    return any(_overlaps(m.start, m.end, s, e) for m in mentions for s, e in spans)


def covers(event: Event, pair: PlvPair) -> bool:
    """Whether the event's source and target overlap the pair's gold source and target."""
    return _side_covered(event.source, pair.sources) and \
        _side_covered(event.target, pair.targets)


def score_plv(items: list[tuple[PlvPair, list[Event]]]) -> Table:
    """Dyad, type and macro-F1 figures of PLV pairs, each with the events of its sentence."""
    found = type_right = 0
    pairs = []
    for pair, events in items:
        covering = [e for e in events if covers(e, pair)]
        guess = plv_type(best_event(covering) or best_event(events))
        pairs.append((pair.gold, guess))
        if covering:
            found += 1
            type_right += guess == pair.gold
    macro, _ = macro_f1(pairs, PLV_TYPES)
    n = len(items)
    return {"pairs": n, "dyad found": found / n if n else 0.0,
            "type right where found": type_right / found if found else 0.0,
            "end-to-end recall": type_right / n if n else 0.0,
            "root macro-F1": macro}


def read_plv(path: str | Path) -> list[PlvPair]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    pairs = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t"), strict=False))
        plain, sources, targets = parse_marked(row["marked_sentence"])
        sentence = row["sentence"]
        if plain != sentence:  # tags that do not strip back to the sentence: find the texts
            sources = _find(sentence, row["source"])
            targets = _find(sentence, row["target"])
        pairs.append(PlvPair(sentence, sources, targets, row["gold_root"]))
    return pairs


def _find(sentence: str, text: str) -> list[tuple[int, int]]:
    at = sentence.find(text) if text else -1
    return [(at, at + len(text))] if at >= 0 else []


def evaluate_plv(path: str | Path, nlp: Language) -> dict[str, Table]:
    pairs = read_plv(path)
    coded = _code(((str(i), p.sentence, None) for i, p in enumerate(pairs)), nlp)
    return by_half([p.sentence for p in pairs], list(zip(pairs, coded, strict=True)),
                   score_plv)


# --- News gold -------------------------------------------------------------------------------

@cache
def _known_groups() -> frozenset[str]:
    from communique.cameo import _data  # the CAMEO tables shipped with the package

    def codes(name: str) -> set[str]:
        return {line.split("\t")[0].strip() for line in _data(name).splitlines()[1:]
                if line.strip()}
    return frozenset(codes("CAMEO.knowngroup.txt") - codes("CAMEO.actortype.txt"))


def actor_key(code: str | None) -> str:
    """What two actor codes are compared by: the country (first three letters), or the whole
    code for transnational actors and country + known group (see the module docstring)."""
    code = (code or "").strip().upper()  # None: an actor named but not coded
    if not code or code == "---":
        return ""
    if code.startswith(WHOLE_CODE_PREFIXES):
        return code
    country = COUNTRY_ALIASES.get(code[:3], code[:3])
    if code[3:6] in _known_groups():
        return country + code[3:6]
    return country


def actor_agrees(gold: str, mention: Mention | None) -> bool:
    if gold == "":
        return mention is None
    if mention is None:
        return False
    if gold == "---":
        return actor_key(mention.actor.code) == ""
    return actor_key(mention.actor.code) == actor_key(gold) != ""


def event_matches(gold: dict[str, Any], event: Event, source: Mention | None,
                  target: Mention | None) -> bool:
    start, end = gold["sentence"]
    return _overlaps(event.span[0], event.span[1], start, end) and \
        event.cameo_root == gold["root"] and actor_agrees(gold["source"], source) and \
        actor_agrees(gold["target"], target)


def _dyads(event: Event) -> list[tuple[Mention | None, Mention | None]]:
    return [(s, t) for s in (event.source or [None]) for t in (event.target or [None])]


def match_article(gold: list[dict[str, Any]], events: list[Event]) -> dict[int, int]:
    """A maximum one-to-one matching of gold events to predicted dyads: gold index → index of
    the predicted event whose dyad it matched."""
    units = [(i, s, t) for i, e in enumerate(events) for s, t in _dyads(e)]
    options = [[u for u, (i, s, t) in enumerate(units) if event_matches(g, events[i], s, t)]
               for g in gold]
    owner: dict[int, int] = {}  # unit → gold

    def augment(g: int, seen: set[int]) -> bool:
        for u in options[g]:
            if u in seen:
                continue
            seen.add(u)
            if u not in owner or augment(owner[u], seen):
                owner[u] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return {g: units[u][0] for u, g in owner.items()}


def date_right(gold: dict[str, Any], event: Event) -> bool:
    """The event's date equals the gold date at the gold date's precision."""
    if not gold.get("date"):
        return not event.date
    return bool(event.date) and event.date[:len(gold["date"])] == gold["date"]


def score_news(items: list[tuple[dict[str, Any], list[Event]]]) -> Table:
    """Root+dyad precision and recall, date accuracy and events per article of gold
    articles, each with its predicted events."""
    gold_n = predicted_n = matched_gold = matched_predicted = dated = dated_right = 0
    bands: Counter[tuple[str, bool]] = Counter()
    for article, events in items:
        events = [e for e in events if not e.negated]
        gold = article["events"]
        matching = match_article(gold, events)
        gold_n += len(gold)
        predicted_n += len(events)
        matched_gold += len(matching)
        matched = set(matching.values())
        matched_predicted += len(matched)
        for i, event in enumerate(events):
            bands[(band(event.confidence), i in matched)] += 1
        for g, i in matching.items():
            if gold[g].get("date_in_sentence"):
                dated += 1
                dated_right += date_right(gold[g], events[i])
    n = len(items)
    predicted_mean = predicted_n / n if n else 0.0
    gold_mean = gold_n / n if n else 0.0
    return {"articles": n, "gold events": gold_n, "predicted events": predicted_n,
            "root+dyad precision": matched_predicted / predicted_n if predicted_n else 0.0,
            "root+dyad recall": matched_gold / gold_n if gold_n else 0.0,
            "dated in sentence, matched": dated,
            "date accuracy": dated_right / dated if dated else 0.0,
            "events per article (predicted)": predicted_mean,
            "events per article (gold)": gold_mean,
            "events per article ratio": predicted_mean / gold_mean if gold_mean else 0.0,
            **band_table(bands)}


def is_news_gold(path: str | Path) -> bool:
    if not str(path).endswith((".jsonl", ".json")):
        return False
    with open(path, encoding="utf-8") as lines:
        first = next((line for line in lines if line.strip()), "")
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and "article" in record and "events" in record


def require_texts(path: str | Path, texts: str | Path | None) -> str | Path:
    """The news file for a news gold file; E028 when it is not given or not there."""
    if texts is None:
        raise CommuniqueError("E028", path=path, detail="no --texts given")
    if not Path(texts).is_file():
        raise CommuniqueError("E028", path=path, detail=f"{texts} does not exist")
    return texts


def evaluate_news(path: str | Path, texts: str | Path | None,
                  nlp: Language) -> dict[str, Table]:
    texts = require_texts(path, texts)
    gold = _read_jsonl(path)
    wanted = {a["article"] for a in gold}
    found = {r["id"]: r for r in _read_jsonl(texts) if r.get("id") in wanted}
    missing = [a["article"] for a in gold if a["article"] not in found]
    if missing:
        raise CommuniqueError("E028", path=path, detail=f"{len(missing)} of its articles are "
                              f"not in {texts}, e.g. {missing[0]!r}")
    coded = _code(((a["article"], found[a["article"]]["text"], a.get("published"))
                   for a in gold), nlp)
    return by_half([a["article"] for a in gold], list(zip(gold, coded, strict=True)),
                   score_news)


# --- Dispatch --------------------------------------------------------------------------------

def is_plv(path: str | Path) -> bool:
    with open(path, encoding="utf-8") as lines:
        header = tuple(next(lines, "").rstrip("\r\n").split("\t"))
    return header == PLV_HEADER


def evaluate(path: str | Path, nlp: Language,
             texts: str | Path | None = None) -> dict[str, Table]:
    """Score the coder on a gold file, choosing the scoring by its format: the scores of half
    A, half B and all, keyed "A", "B", "all"."""
    if str(path).endswith(".tsv"):
        return evaluate_plv(path, nlp) if is_plv(path) else evaluate_pentaclass(path, nlp)
    if str(path).endswith(".txt"):
        return evaluate_actor_spans(path, nlp)
    if is_news_gold(path):
        return evaluate_news(path, texts, nlp)
    return {column: scores.table() for column, scores in evaluate_plover(path, nlp).items()}


# --- BIO actor spans -------------------------------------------------------------------------

def read_bio(path: str | Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of a token-per-line BIO file as (text, [(start, end, label)]) with the
    tokens joined by spaces; labels S (source) and T (target) are kept."""
    sentences = []
    tokens: list[tuple[str, str]] = []
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            tokens.append((word, tag))
            continue
        if tokens:
            sentences.append(_bio_sentence(tokens))
            tokens = []
    return sentences


def _bio_sentence(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[int, int, str]]]:
    text, spans, pos = [], [], 0
    current: list[int] | None = None
    for word, tag in tokens:
        start = pos
        text.append(word)
        pos += len(word) + 1
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            current = [start, start + len(word)]
            spans.append((current, kind))
        elif tag.startswith("I-") and current is not None:
            current[1] = start + len(word)
        else:
            current = None
    return " ".join(text), [(s[0], s[1], k) for s, k in spans if k in {"S", "T"}]


def _ngram_keys(text: str, longest: int = 3) -> set[str]:
    words = text.split()
    return {name_key(" ".join(words[i:i + n])) for n in range(1, longest + 1)
            for i in range(len(words) - n + 1)}


def evaluate_actor_spans(path: str | Path, nlp: Language) -> dict[str, Table]:
    """For gold source/target spans: how many the resolver codes with a country, and how many
    of those agree with a country the span's own words name (the file has no gold country
    codes, so agreement is checked against the span's explicit country words only)."""
    from communique.kb import packaged

    named = {}
    for entry in packaged().entries:
        if entry.kind in {"country", "capital"}:
            for name in (entry.name, *entry.aliases):
                named[name_key(name)] = entry.country
    sentences = read_bio(path)
    coded = code_articles(_articles((str(i), text, None) for i, (text, _) in
                                    enumerate(sentences)), nlp)
    items = [(text, spans, mentions) for (text, spans), (_, mentions, _) in
             zip(sentences, coded, strict=True)]

    def score(items: list[tuple[str, list[tuple[int, int, str]], list[Mention]]]) -> Table:
        total = resolved = explicit = agree = 0
        for text, spans, mentions in items:
            for start, end, _ in spans:
                total += 1
                overlapping = [m for m in mentions if m.start < end and start < m.end and
                               (m.actor.country or m.actor.kind == "igo")]
                words = {named[k] for k in _ngram_keys(text[start:end]) if named.get(k)}
                if overlapping:
                    resolved += 1
                if words:
                    explicit += 1
                    agree += any(m.actor.country in words for m in overlapping)
        return {"gold spans": total,
                "spans resolved to an actor with a country": resolved / total if total
                else 0.0,
                "spans naming a country in their own words": explicit,
                "of those, resolved to that country": agree / explicit if explicit else 0.0}

    return by_half([text for text, _ in sentences], items, score)
