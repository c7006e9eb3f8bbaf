"""The coder's word lists and code tables as data (communique/data/lexicon.json)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique.errors import CommuniqueError
from communique.nlp import coding, modality, syntax
from communique.nlp.lexicon import packaged_lexicon, read_lexicon


def test_lexicon_the_coder_reads_its_words_from_the_packaged_file():
    lex = packaged_lexicon()
    assert syntax.SPEECH is lex.speech and "say" in lex.speech
    assert modality.HEARSAY_ADVERBS is lex.hearsay_adverbs
    assert coding.intent_code("190", "future") == lex.intent_codes["19"] == "138"
    assert coding.intent_code("081", "asserted", refused=True) == lex.reject_codes["081"]
    assert frozenset(lex.pronouns) == coding.PRONOUNS


def test_lexicon_a_user_file_replaces_only_the_entries_it_names(tmp_path: Path):
    path = tmp_path / "mine.json"
    path.write_text('{"speech": ["say", "mutter"], "intent_codes": {"19": "137"}}')
    lex = read_lexicon(path, base=packaged_lexicon())
    assert lex.speech == {"say", "mutter"}
    assert lex.intent_codes == {"19": "137"}
    assert lex.hearsay_adverbs == packaged_lexicon().hearsay_adverbs


@pytest.mark.parametrize(("text", "detail"), [
    ('["say"]', "the file must hold one JSON object"),
    ('{"speach": ["say"]}', "speach: Extra inputs are not permitted"),
    ('{"intent_codes": {"19": "999"}}', "Value error, unknown CAMEO codes ['999']"),
    ('{"pronouns": {"he": "man"}}', "Value error, pronouns ['he'] must refer to one of"),
    ('{"speech": ["say"], "speech": ["tell"]}', "entries ['speech'] are given more than once"),
])
def test_lexicon_a_bad_file_is_refused_with_e070(tmp_path: Path, text: str, detail: str):
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(CommuniqueError) as caught:
        read_lexicon(path, base=packaged_lexicon())
    message = str(caught.value)
    assert message.startswith(f"[E070] {path}: invalid lexicon file (")
    assert detail in message


def test_lexicon_cli_names_a_bad_user_file(tmp_path: Path):
    bad = tmp_path / "lexicon.json"
    bad.write_text('{"speech": "say"}')
    article = tmp_path / "a.txt"
    article.write_text("Peru criticized Chile on Monday.\n")
    env = {**os.environ, "COMMUNIQUE_LEXICON": str(bad)}
    done = subprocess.run([sys.executable, "-m", "communique", "run", str(article), "--db",
                           str(tmp_path / "x.duckdb")], capture_output=True, text=True, env=env,
                          check=False)
    assert done.returncode == 1
    assert f"Error: [E070] {bad}: invalid lexicon file (speech: Input should be a valid " \
           "frozenset) — fix the entry" in done.stderr
