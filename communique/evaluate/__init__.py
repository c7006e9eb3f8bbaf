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

Codebook sentences (`.tsv` with the header sentence, root, code, source, target; our own
set is tests/gold/codebook_sentences.tsv): short made-up sentences in the plain forms of each
CAMEO code (active, present perfect, passive with "by", a noun form, reported), each coded as
an article dated 2021-06-01. The answer is the most confident asserted (not negated) event.
Actors agree as in the news gold (by country; "" only with no actor, "---" only with an
uncoded one).
- "root accuracy", "code accuracy": share of sentences whose answer has the expected root,
  the expected 3-digit code;
- "dyad accuracy": share whose answer has a source–target pair agreeing with the expected one;
- "root+dyad accuracy": both.

Change here: a new gold format (a module with its reader and score, dispatched by `evaluate`).
The floors the coder must keep are data (tests/eval_baseline.json), raised when a change
improves a score on both halves.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from communique.evaluate.codebook import evaluate_codebook, is_codebook
from communique.evaluate.common import PLV_HEADER, Table, by_half, half, macro_f1
from communique.evaluate.news import (actor_agrees, actor_key, date_right, evaluate_news,
                                      is_news_gold, match_article, require_texts, score_news)
from communique.evaluate.pentaclass import evaluate_pentaclass, score_pentaclass
from communique.evaluate.plover import evaluate_plover, score_plover
from communique.evaluate.plv import (PlvPair, covers, evaluate_plv, parse_marked, plv_type,
                                     score_plv)
from communique.evaluate.spans import evaluate_actor_spans

__all__ = ["PlvPair", "actor_agrees", "actor_key", "by_half", "covers", "date_right",
           "evaluate", "half", "is_news_gold", "is_plv", "macro_f1", "match_article",
           "parse_marked", "plv_type", "require_texts", "score_news", "score_pentaclass",
           "score_plover", "score_plv"]


def is_plv(path: str | Path) -> bool:
    with open(path, encoding="utf-8") as lines:
        header = tuple(next(lines, "").rstrip("\r\n").split("\t"))
    return header == PLV_HEADER


def evaluate(path: str | Path, nlp: Language,
             texts: str | Path | None = None) -> dict[str, Table]:
    """Score the coder on a gold file, choosing the scoring by its format: the scores of half
    A, half B and all, keyed "A", "B", "all"."""
    if str(path).endswith(".tsv"):
        if is_plv(path):
            return evaluate_plv(path, nlp)
        return evaluate_codebook(path, nlp) if is_codebook(path) else \
            evaluate_pentaclass(path, nlp)
    if str(path).endswith(".txt"):
        return evaluate_actor_spans(path, nlp)
    if is_news_gold(path):
        return evaluate_news(path, texts, nlp)
    return {column: scores.table() for column, scores in evaluate_plover(path, nlp).items()}
