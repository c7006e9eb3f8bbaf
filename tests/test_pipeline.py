from __future__ import annotations

import pytest

from communique import pipeline
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
    assert pipeline.split_text(text, 9) == [(0, "aaaa"), (6, "bbbb"), (12, "cccc")]
    assert pipeline.split_text(text, 100) == [(0, text)]
    assert pipeline.split_text("aaaa\n\nbb\n\ncccc", 8) == [(0, "aaaa\n\nbb"), (10, "cccc")]
    assert pipeline.split_text("aaaa\nbbbb", 6) == [(0, "aaaa"), (5, "bbbb")]
    assert pipeline.split_text("aaa bbb ccc", 7) == [(0, "aaa bbb"), (8, "ccc")]
    assert pipeline.split_text("abcdefgh", 3) == [(0, "abc"), (3, "def"), (6, "gh")]


def test_long_article_is_coded_in_parts_with_offsets_into_the_whole_text(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "MAX_ARTICLE_CHARS", 100)
    text = "\n\n".join(PARAGRAPHS)
    expected, mentions, sentences = [], [], []
    offset = 0
    for paragraph in PARAGRAPHS:
        [(_, own_mentions, own_events)] = pipeline.code_articles([article(paragraph)], nlp)
        expected += [facts(e, offset) for e in own_events]
        mentions += [(m.text, m.start + offset, m.end + offset) for m in own_mentions]
        offset += len(paragraph) + 2
    assert len(expected) >= 3
    notices = []
    [(coded, got_mentions, got_events)] = pipeline.code_articles([article(text)], nlp,
                                                                 report=notices.append)
    assert [facts(e) for e in got_events] == expected
    assert [(m.text, m.start, m.end) for m in got_mentions] == mentions
    assert all(text[m.start:m.end] == m.text for m in got_mentions)
    assert all(text[e.span[0]:e.span[1]] == e.sentence for e in got_events)
    assert [text[s:e] for s, e in coded.sentences] == PARAGRAPHS
    assert [n.code for n in notices] == ["W005"]
    assert "in 3 parts" in str(notices[0])
    assert len({e.id for e in got_events}) == len(got_events)
