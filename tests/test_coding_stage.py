"""The code stage: long articles in parts, and the same events under any hash seed."""

from __future__ import annotations

import json

import pytest

from communique import coding
from communique.models import Article

pytestmark = pytest.mark.slow

PARAGRAPHS = [
    "The army of Chad attacked rebels in Mali on Monday, officials in N'Djamena said.",
    "Turkey and Greece signed a trade agreement in Ankara after two days of talks.",
    "Iran accused Israel of carrying out a drone strike on a factory near Isfahan.",
]


def article(text: str) -> Article:
    return Article(id="a1", document_id=None, source_path="long.txt", part=1, title=None,
                   text=text, published="2024-05-10", date_precision="day")


def facts(event, shift: int = 0) -> tuple:
    return (event.cameo, (event.span[0] + shift, event.span[1] + shift), event.sentence,
            [(m.actor.code, m.start + shift, m.end + shift) for m in event.source],
            [(m.actor.code, m.start + shift, m.end + shift) for m in event.target])


def test_split_text_at_paragraph_breaks_then_lines_then_spaces():
    text = "aaaa\n\nbbbb\n\ncccc"
    assert coding.split_text(text, 9) == [(0, "aaaa"), (6, "bbbb"), (12, "cccc")]
    assert coding.split_text(text, 100) == [(0, text)]
    assert coding.split_text("aaaa\n\nbb\n\ncccc", 8) == [(0, "aaaa\n\nbb"), (10, "cccc")]
    assert coding.split_text("aaaa\nbbbb", 6) == [(0, "aaaa"), (5, "bbbb")]
    assert coding.split_text("aaa bbb ccc", 7) == [(0, "aaa bbb"), (8, "ccc")]
    assert coding.split_text("abcdefgh", 3) == [(0, "abc"), (3, "def"), (6, "gh")]


def test_long_article_is_coded_in_parts_with_offsets_into_the_whole_text(nlp, monkeypatch):
    monkeypatch.setattr(coding, "MAX_ARTICLE_CHARS", 100)
    text = "\n\n".join(PARAGRAPHS)
    expected, mentions = [], []
    offset = 0
    for paragraph in PARAGRAPHS:
        [(_, own_mentions, own_events)] = coding.code_articles([article(paragraph)], nlp)
        expected += [facts(e, offset) for e in own_events]
        mentions += [(m.text, m.start + offset, m.end + offset) for m in own_mentions]
        offset += len(paragraph) + 2
    assert len(expected) >= 3
    notices = []
    [(coded, got_mentions, got_events)] = coding.code_articles([article(text)], nlp,
                                                                 report=notices.append)
    assert [facts(e) for e in got_events] == expected
    assert [(m.text, m.start, m.end) for m in got_mentions] == mentions
    assert all(text[m.start:m.end] == m.text for m in got_mentions)
    assert all(text[e.span[0]:e.span[1]] == e.sentence for e in got_events)
    assert [text[s:e] for s, e in coded.sentences] == PARAGRAPHS
    assert [n.code for n in notices] == ["W005"]
    assert "in 3 parts" in str(notices[0])
    assert len({e.id for e in got_events}) == len(got_events)


# Light-verb sentences whose objects have several lemmas a noun pattern fits ("pursued trade
# talks": talk 046, trade 061; the head noun wins), and a few plain ones. Coded from a set of
# lemmas, "trade talks" came out 046 under PYTHONHASHSEED=1 and 061 under 2.
LIGHT_VERBS = """Ministers meet in Ankara

ANKARA, May 9 (Reuters) - Turkey signed a peace deal with Greece on Thursday after a week of talks in Ankara, officials said.

Iran pursued trade talks with Iraq in Baghdad, and Egypt launched an air strike on rebels in Libya.

Israel pursued agreement talks with Jordan, and Kenya completed aid talks with Somalia.

Turkey concluded trade talks with Greece. Japan wrapped up trade talks with India.

Russia sent tons of food aid to Syria, while Japan gave emergency aid to Ukraine.

The army of Chad carried out a military offensive against rebels in Mali.

France made a formal protest to Algeria over the arrest of a journalist.

Pakistan reached a trade agreement with China and held security talks with Afghanistan.
"""


def communique(*args: str, seed: str) -> str:
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "communique", *args], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_same_input_gives_byte_identical_events_under_any_hash_seed(tmp_path):
    (tmp_path / "news.txt").write_text(LIGHT_VERBS, encoding="utf-8")
    exports = []
    for seed in ("1", "2"):
        db = str(tmp_path / f"seed{seed}.duckdb")
        communique("run", "news.txt", "--db", db, "--quiet", seed=seed)
        exports.append(communique("export", "events", "--db", db, "--format", "jsonl",
                                  seed=seed))
    assert exports[0].count("\n") >= 5
    assert exports[0] == exports[1]
    codes = [json.loads(line)["cameo"] for line in exports[0].splitlines()]
    assert codes.count("046") >= 5 and "061" not in codes  # "trade talks": the talks
    # A second run of the same input into the same database adds nothing.
    db = str(tmp_path / "seed1.duckdb")
    communique("run", "news.txt", "--db", db, "--quiet", seed="3")
    assert communique("export", "events", "--db", db, "--format", "jsonl",
                      seed="3") == exports[0]


def test_a_dateline_opening_the_text_is_blanked_for_the_parser_and_kept_in_the_sentence(
        nlp, monkeypatch):
    seen = []
    make_doc = nlp.make_doc
    monkeypatch.setattr(nlp, "make_doc", lambda text: seen.append(text) or make_doc(text))
    text = "UNITED NATIONS (Reuters) - Peru criticised Chile on Monday."
    [(_, mentions, events)] = coding.code_articles([article(text)], nlp)
    assert seen == [" " * 27 + "Peru criticised Chile on Monday."]
    assert [(e.cameo, e.sentence, [m.text for m in e.source]) for e in events] == [
        ("111", text, ["Peru"])]
    assert [m.text for m in mentions] == ["Peru", "Chile"]


def test_a_phrase_opening_the_text_after_a_blanked_dateline_starts_at_its_first_word(nlp):
    text = ("UNITED NATIONS (Reuters) - Thousands of protesters marched on the Chilean embassy "
            "in Lima on Thursday.")
    [(_, _, events)] = coding.code_articles([article(text)], nlp)
    assert [[m.text for m in e.source] for e in events] == [["Thousands of protesters"]]
    assert all(text[m.start:m.end] == m.text for e in events for m in e.source)


def test_a_run_of_spaces_within_a_line_does_not_start_a_sentence(nlp):
    # Spaces are no paragraph break (a scraped page may leave a run of them mid-sentence);
    # a line break is one.
    text = "The Chilean minister      met the Peruvian president.\nBolivia left."
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents if not s.text.isspace()] == [
        "The Chilean minister      met the Peruvian president.", "Bolivia left."]


def test_a_name_card_in_a_sentence_is_blanked_and_the_offsets_stay(nlp):
    card = "Ana María RuizSenate panel backs water bill Ruiz: 'We will win' MORE"
    plain = "Peruvian Sen. Ana Ruiz (D-Lima) criticized Chile on Monday."
    text = plain.replace("Ruiz ", f"Ruiz {card} ", 1)
    [(_, _, plain_events)] = coding.code_articles([article(plain)], nlp)
    [(_, _, events)] = coding.code_articles([article(text)], nlp)
    shift = len(card) + 1
    assert [e.cameo for e in events] == [e.cameo for e in plain_events] == ["111"]
    assert [(m.actor.code, text[m.start:m.end]) for m in events[0].source] == [
        ("PERLEG", "Peruvian Sen. Ana Ruiz")]
    assert [(m.actor.code, m.start - shift) for m in events[0].target] == [
        (m.actor.code, m.start) for m in plain_events[0].target]
    assert events[0].sentence == text[events[0].span[0]:events[0].span[1]]
