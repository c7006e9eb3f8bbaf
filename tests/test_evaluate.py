"""The scoring functions of `communique eval`, on small built records and events (no spaCy)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from communique.cli import cli, format_scores
from communique.evaluate import (
    PlvPair,
    actor_agrees,
    actor_key,
    by_half,
    covers,
    date_right,
    half,
    is_news_gold,
    is_plv,
    macro_f1,
    match_article,
    parse_marked,
    plv_type,
    score_news,
    score_pentaclass,
    score_plv,
)
from communique.models import Actor, Event, Mention

SENTENCE = "Aland sent envoys to Bland and Cland."  # Aland 0-5, Bland 21-26, Cland 31-36


def mention(code: str, start: int = 0, end: int = 5) -> Mention:
    return Mention(text=code, start=start, end=end,
                   actor=Actor(name=code, code=code, country=code[:3] or None))


def event(cameo: str = "042", source: list[Mention] | None = None,
          target: list[Mention] | None = None, span: tuple[int, int] = (0, 37),
          plover: str | None = "CONSULT", confidence: float = 0.5, date: str | None = None,
          negated: bool = False) -> Event:
    return Event(id="e", article_id="a", source=source or [], target=target or [],
                 cameo=cameo, cameo_name="", plover=plover, goldstein=None, quad_class=1,
                 sentence="", span=span, date=date, negated=negated, confidence=confidence)


def test_evaluate_half_follows_the_md5_rule():
    assert half("abc") == "A"  # md5 900150983cd24fb0d6963f7d28e17f72: even
    assert half("b2") == "B"
    assert half("Aland") == "B" and half("xyz") == "A"


def test_evaluate_by_half_scores_each_half_and_all_from_one_list():
    keys = ["abc", "b2", "xyz", "b3"]
    scores = by_half(keys, [1, 2, 3, 4], lambda items: {"sum": float(sum(items))})
    assert scores == {"A": {"sum": 4.0}, "B": {"sum": 6.0}, "all": {"sum": 10.0}}


def test_evaluate_macro_f1_arithmetic():
    pairs = [("x", "x"), ("x", "y"), ("y", "y"), ("z", "none")]
    # x: P 1/1, R 1/2 → 2/3; y: P 1/2, R 1/1 → 2/3; z: never predicted → 0.
    assert macro_f1(pairs, ["x", "y", "z"]) == pytest.approx(4 / 9)


def test_evaluate_pentaclass_sentence_without_event_is_none():
    items = [(1, [event("042")]), (4, [event("190")]), (4, []), (0, [event("111")])]
    scores = score_pentaclass(items)
    assert scores["sentences with an event coded"] == 3
    assert scores["accuracy where coded"] == pytest.approx(2 / 3)
    assert scores["accuracy over all sentences"] == pytest.approx(2 / 4)
    # class 0: P 0, R 0 → 0; 1: 1; 2: 0 (no gold, none predicted); 3: 0; 4: P 1, R 1/2 → 2/3
    assert scores["macro-F1 over all sentences"] == pytest.approx((1 + 2 / 3) / 5)


def test_evaluate_parse_marked_gives_offsets_in_the_plain_sentence():
    plain, sources, targets = parse_marked(
        "<s>Aland</s> sent envoys to <t>Bland</t> and <t>Cland</t>.")
    assert plain == SENTENCE
    assert [plain[s:e] for s, e in sources] == ["Aland"]
    assert [plain[s:e] for s, e in targets] == ["Bland", "Cland"]
    assert parse_marked("<s>Aland</s> sent envoys.")[2] == []


def test_evaluate_plv_overlap_of_source_and_target():
    pair = PlvPair(SENTENCE, [(0, 5)], [(21, 26)], "CONSULT")
    assert covers(event(source=[mention("ALA", 0, 5)], target=[mention("BLA", 21, 26)]), pair)
    # one character of overlap is enough; a mention of Cland does not cover Bland
    assert covers(event(source=[mention("ALA", 4, 9)], target=[mention("BLA", 25, 30)]), pair)
    assert not covers(event(source=[mention("ALA", 0, 5)], target=[mention("CLA", 31, 36)]),
                      pair)
    assert not covers(event(source=[mention("ALA", 0, 5)]), pair)
    no_target = PlvPair(SENTENCE, [(0, 5)], [], "CONSULT")
    assert covers(event(source=[mention("ALA", 0, 5)]), no_target)
    assert not covers(event(source=[mention("ALA", 0, 5)], target=[mention("BLA", 21, 26)]),
                      no_target)


def test_evaluate_plv_types_fold_concede_and_retreat_into_yield():
    assert plv_type(event(plover="RETREAT")) == plv_type(event(plover="CONCEDE")) == "YIELD"
    assert plv_type(event(plover="DEMAND")) == "REQUEST"
    assert plv_type(event(plover=None)) == plv_type(None) == "none"


def test_evaluate_plv_scores():
    right = event(source=[mention("ALA", 0, 5)], target=[mention("BLA", 21, 26)])
    wrong_dyad = event(source=[mention("BLA", 21, 26)], target=[mention("ALA", 0, 5)],
                       plover="ACCUSE", confidence=0.9)
    pair = PlvPair(SENTENCE, [(0, 5)], [(21, 26)], "CONSULT")
    other = PlvPair(SENTENCE, [(0, 5)], [(21, 26)], "ACCUSE")
    scores = score_plv([(pair, [right, wrong_dyad]), (other, [wrong_dyad]),
                        (pair, [])])
    assert scores["pairs"] == 3
    assert scores["dyad found"] == pytest.approx(1 / 3)
    assert scores["type right where found"] == 1.0  # the covering event, not the surer one
    assert scores["end-to-end recall"] == pytest.approx(1 / 3)
    # CONSULT: P 1/1, R 1/2 → 2/3; ACCUSE: predicted from the sentence's best event, right → 1
    assert scores["root macro-F1"] == pytest.approx((2 / 3 + 1) / 15)


def test_evaluate_actor_codes_compare_by_country_or_whole_code():
    assert actor_key("USAGOV") == actor_key("USA") == "USA"
    assert actor_key("JAPGOV") == "JPN"
    assert actor_key("IGOUNO") != actor_key("IGONAT")
    assert actor_key("AFGTAL") == "AFGTAL" != actor_key("AFGGOV")
    assert actor_agrees("", None) and not actor_agrees("", mention("USA"))
    assert actor_agrees("---", mention("")) and not actor_agrees("---", mention("USA"))
    assert not actor_agrees("---", None) and not actor_agrees("USA", None)


def gold_event(root: str = "04", source: str = "ALAGOV", target: str = "BLA",
               sentence: tuple[int, int] = (0, 37), **more) -> dict:
    return {"sentence": list(sentence), "root": root, "code": root + "0", "source": source,
            "target": target, **more}


def test_evaluate_news_matching_is_one_to_one_and_maximal():
    both = event("040", source=[mention("ALA")], target=[mention("BLA"), mention("CLA")])
    gold = [gold_event(target="BLA"), gold_event(target="CLA"), gold_event(target="BLA")]
    # one event, two dyads: two gold events matched, the third (a repeat) is not
    assert match_article(gold, [both]) == {0: 0, 1: 0}
    # a maximum matching: the first gold may take either event, the second only the first
    e1 = event("040", source=[mention("ALA")], target=[mention("BLA")])
    e2 = event("040", source=[mention("ALA")], target=[mention("BLA")], span=(50, 60))
    wide = gold_event(sentence=(0, 60))
    assert match_article([wide, gold_event()], [e1, e2]) == {0: 1, 1: 0}
    # the root, the span and the dyad must all agree
    assert match_article([gold_event(root="11")], [e1]) == {}
    assert match_article([gold_event(sentence=(40, 48))], [e1]) == {}
    assert match_article([gold_event(target="")], [e1]) == {}


def test_evaluate_news_dates_at_the_gold_precision():
    assert date_right({"date": "2020-03"}, event(date="2020-03-04"))
    assert not date_right({"date": "2020-03"}, event(date="2020"))
    assert not date_right({"date": "2020-03-05"}, event(date="2020-03-04"))
    assert date_right({"date": None}, event(date=None))


def test_evaluate_news_scores():
    met = event("040", source=[mention("ALA")], target=[mention("BLA")], date="2020-03-04")
    extra = event("190", source=[mention("ALA")], target=[mention("BLA")])
    denied = event("040", source=[mention("ALA")], target=[mention("CLA")], negated=True)
    article = {"article": "a1", "events": [
        gold_event(date="2020-03-04", date_in_sentence=True),
        gold_event(target="CLA", date="2020-03-04", date_in_sentence=False)]}
    empty = {"article": "a2", "events": []}
    scores = score_news([(article, [met, extra, denied]), (empty, [])])
    assert scores["predicted events"] == 2  # the negated one is left out
    assert scores["root+dyad precision"] == 0.5
    assert scores["root+dyad recall"] == 0.5
    assert (scores["dated in sentence, matched"], scores["date accuracy"]) == (1, 1.0)
    assert scores["events per article (predicted)"] == 1.0
    assert scores["events per article ratio"] == 1.0


def test_evaluate_dispatch_by_header_and_first_record(tmp_path):
    plv = tmp_path / "pairs.tsv"
    plv.write_text("sentence\tsource\ttarget\tgold_penta\tgold_root\tmarked_sentence\n"
                   f"{SENTENCE}\tAland\tBland\t1\tCONSULT\t<s>Aland</s> sent envoys to "
                   "<t>Bland</t> and Cland.\n", encoding="utf-8")
    penta = tmp_path / "penta.tsv"
    penta.write_text(f"{SENTENCE}\t1\n", encoding="utf-8")
    news = tmp_path / "gold.jsonl"
    news.write_text(json.dumps({"article": "a1", "events": []}) + "\n", encoding="utf-8")
    plover = tmp_path / "plover.jsonl"
    plover.write_text(json.dumps({"id": "1", "text": SENTENCE, "event": "CONSULT"}) + "\n",
                      encoding="utf-8")
    assert is_plv(plv) and not is_plv(penta)
    assert is_news_gold(news) and not is_news_gold(plover)


def test_evaluate_news_gold_without_texts_is_a_coded_error(tmp_path):
    news = tmp_path / "gold.jsonl"
    news.write_text(json.dumps({"article": "a1", "events": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(news)])
    assert result.exit_code == 1 and "[E028]" in result.output and "--texts" in result.output
    result = CliRunner().invoke(cli, ["eval", str(news), "--texts", str(tmp_path / "no.jsonl")])
    assert result.exit_code == 1 and "no.jsonl does not exist" in result.output


def test_evaluate_scores_print_side_by_side():
    scores = {"A": {"pairs": 2, "dyad found": 0.5}, "B": {"pairs": 1, "dyad found": 1.0},
              "all": {"pairs": 3, "dyad found": 2 / 3}}
    assert format_scores(scores, ["A", "B", "all"]).splitlines() == [
        "                  A        B      all",
        "pairs             2        1        3",
        "dyad found    0.500    1.000    0.667"]
    assert format_scores(scores, ["B"]).splitlines()[1] == "pairs             1"


def test_evaluate_codebook_scores_the_surest_asserted_event(tmp_path):
    from communique.evaluate.codebook import CodebookSentence, is_codebook, score_codebook

    gold = CodebookSentence(SENTENCE, "04", "042", "ALAGOV", "BLA")
    no_target = CodebookSentence(SENTENCE, "04", "042", "ALA", "")
    visit = event("042", source=[mention("ALA")], target=[mention("BLA")])
    wrong_dyad = event("043", source=[mention("BLA")], target=[mention("ALA")])
    denied = event("190", source=[mention("ALA")], target=[mention("BLA")], confidence=0.9,
                   negated=True)
    scores = score_codebook([(gold, [visit, denied]), (gold, [wrong_dyad]),
                             (no_target, [visit]), (gold, [])])
    assert scores["sentences"] == 4
    assert scores["sentences with an event coded"] == 3  # the negated event is no answer
    assert scores["root accuracy"] == 0.75
    assert scores["code accuracy"] == 0.5
    assert scores["dyad accuracy"] == 0.25  # "" agrees only with no target
    assert scores["root+dyad accuracy"] == 0.25
    table = tmp_path / "codebook.tsv"
    table.write_text(f"sentence\troot\tcode\tsource\ttarget\n{SENTENCE}\t04\t042\tALA\t\n",
                     encoding="utf-8")
    assert is_codebook(table) and not is_plv(table)
