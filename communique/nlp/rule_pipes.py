"""Faster runs of two of the English model's rule pipes, with the same annotations.

The attribute ruler (a tag's part of speech and morphology, and their exceptions) matches its
~180 one-token patterns with spaCy's Matcher, token by token; here each pattern is a NumPy
test over the doc's attribute columns, and the matches are applied as spaCy applies them
(in rule order, with spaCy's own `set_token_attrs`). The lemmatizer reads its cache through a
Token object for every token; here the cache is read with the doc's columns and only a miss
goes through `rule_lemmatize` (which fills the cache as before); the lemmas spaCy does not
cache (base forms, proper nouns, punctuation) are remembered by the same key; its index of
known words answers membership from a set instead of scanning a list.

`load_pipeline` speeds up its own pipeline so; `load_model` (plain spaCy) stays as it is.
A pattern this module cannot test (an operator, another predicate, an attribute other than
those in COLUMNS) leaves the ruler to spaCy's Matcher; a lemmatizer not in rule mode, or any
failure, leaves the doc to spaCy's own loop. The lemmatizer's faster run is its `pipe`, which
`nlp.pipe` uses; `nlp(text)` calls spaCy's own loop (same lemmas).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS  # type: ignore[import-not-found]
from spacy.errors import Errors
from spacy.language import Language
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["speed_up"]

# The attributes a pattern may test here: their doc column holds what the Matcher compares
# (a string's hash, or a flag's 0 or 1).
COLUMNS = {"ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "IS_SPACE"}
Mask = Callable[[numpy.ndarray, Any], numpy.ndarray]  # (column, strings) -> bool per token
Pattern = list[list[tuple[int, Mask]]]  # a pattern's tokens: (column, test) each


def speed_up(nlp: Language) -> None:
    """Give the pipeline's attribute ruler and rule lemmatizer their faster runs."""
    for _name, pipe in nlp.pipeline:
        if isinstance(pipe, AttributeRuler):
            compiled = compile_ruler(pipe)
            if compiled is not None:
                pipe.match = compiled  # type: ignore[method-assign]
                pipe.set_annotations = _setter(pipe)  # type: ignore[method-assign]
        elif isinstance(pipe, Lemmatizer) and pipe.mode == "rule":
            pipe.pipe = _lemmatizer_pipe(pipe)  # type: ignore[method-assign]
            _index_as_sets(pipe)


# The attribute ruler

def _value_test(value: Any) -> Mask | None:
    """A token attribute's test as the Matcher makes it: equality, IN, NOT_IN or REGEX."""
    if isinstance(value, bool | int | str):
        wanted = int(value) if isinstance(value, bool | int) else get_string_id(value)
        return lambda column, _strings: column == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (predicate, argument), = value.items()
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list | tuple):
        ids = numpy.array([get_string_id(v) if isinstance(v, str) else int(v)
                           for v in argument], dtype=numpy.uint64)
        negate = predicate == "NOT_IN"
        return lambda column, _strings: numpy.isin(column, ids, invert=negate)
    if predicate == "REGEX" and isinstance(argument, str):
        regex = re.compile(argument)

        def search(column: numpy.ndarray, strings: Any) -> numpy.ndarray:
            found = [key for key in numpy.unique(column).tolist()
                     if regex.search(strings[key])]
            return numpy.isin(column, numpy.array(found, dtype=numpy.uint64))
        return search
    return None


def _token_test(spec: dict[str, Any], columns: dict[int, int]
                ) -> list[tuple[int, Mask]] | None:
    tests = []
    for key, value in spec.items():
        attr = IDS[key.upper()] if isinstance(key, str) and key.upper() in COLUMNS else None
        test = _value_test(value)
        if attr is None or test is None:
            return None
        tests.append((columns.setdefault(attr, len(columns)), test))
    return tests


class CompiledRules:
    """The attribute ruler's patterns as tests over doc columns; called as the ruler's
    `match`, it answers what spaCy's answers: sorted (rule, key, start, end), each once."""

    def __init__(self, ruler: AttributeRuler,
                 rules: list[tuple[int, int, list[Pattern]]],
                 columns: dict[int, int]) -> None:
        self.ruler = ruler
        self.rules = rules  # (rule number, match key, patterns: token tests each)
        self.attrs = list(columns)  # the doc columns the tests read, in column order
        self.count = len(ruler.attrs)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if len(self.ruler.attrs) != self.count:  # rules added since: compile them again
            compiled = compile_ruler(self.ruler)
            if compiled is None:
                return AttributeRuler.match(self.ruler, doc)
            self.__dict__.update(compiled.__dict__)
        table = doc.to_array(self.attrs)  # type: ignore[arg-type]
        if table.ndim == 1:
            table = table.reshape((-1, 1))
        strings = doc.vocab.strings
        n = len(doc)
        matches: list[tuple[int, int, int, int]] = []
        for number, key, patterns in self.rules:
            found: set[tuple[int, int]] = set()
            for pattern in patterns:
                size = len(pattern)
                if size > n:
                    continue
                hit = numpy.ones(n - size + 1, dtype=bool)
                for offset, tests in enumerate(pattern):
                    for column, test in tests:
                        hit &= test(table[offset:n - size + 1 + offset, column], strings)
                found.update((start, start + size) for start in numpy.flatnonzero(hit).tolist())
            matches += [(number, key, start, end) for start, end in found]
        matches.sort()
        return matches


def compile_ruler(ruler: AttributeRuler) -> CompiledRules | None:
    """The ruler's patterns compiled, or None when one of them cannot be."""
    columns: dict[int, int] = {}
    rules = []
    for number, rule in enumerate(ruler.patterns):
        given: dict[str, Any] = dict(rule)
        patterns: list[Pattern] = []
        for pattern in given["patterns"]:
            tokens = [_token_test(spec, columns) for spec in pattern]
            if not tokens or not -len(tokens) <= given["index"] < len(tokens):
                return None
            compiled = [t for t in tokens if t is not None]
            if len(compiled) < len(tokens):
                return None
            patterns.append(compiled)
        rules.append((number, ruler.vocab.strings[str(number)], patterns))
    return CompiledRules(ruler, rules, columns)


def _setter(ruler: AttributeRuler) -> Callable[[Doc, list], None]:
    """The ruler's `set_annotations` without a Span a match: each match sets its rule's
    attributes on its token, in the order given (spaCy's)."""
    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for number, _key, start, end in matches:
            index = ruler.indices[number]
            set_token_attrs(doc[(start if index >= 0 else end) + index], ruler.attrs[number])
    return set_annotations


# The lemmatizer

# Lemmatizers whose `rule_lemmatize` answers from (ORTH, POS, MORPH) alone (their
# `is_base_form` reads only the part of speech and the morphology).
PURE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
# Lemmas remembered beyond spaCy's cache, at most (then forgotten all at once).
MEMO_SIZE = 20_000  # some 5 MB


class _Words(list):
    """A lemma index's word list (some 58,000 nouns) that answers `in` from a set: spaCy's
    `rule_lemmatize` asks it of every form its rules make, and a list answers by scanning."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Give the lemmatizer's index tables `_Words` for their lists (same words, same order)."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        if type(words) is list:
            index[pos] = _Words(words)


def _lemmatize(lemmatizer: Lemmatizer, doc: Doc, memo: dict[tuple[int, int, int], str]
               ) -> None:
    """What `Lemmatizer.__call__` does in rule mode, reading the cache with the doc's
    columns: the cache's key is (ORTH, POS, MORPH). `rule_lemmatize` caches only what its
    tables answer (not a base form, a proper noun, punctuation...): `memo` keeps every
    answer by the same key, for a lemmatizer whose answer depends on nothing else."""
    if not lemmatizer._validated:
        lemmatizer._validate_tables(Errors.E1004)
    cache, strings, overwrite = lemmatizer.cache, doc.vocab.strings, lemmatizer.overwrite
    pure = type(lemmatizer) in PURE_LEMMATIZERS
    if len(memo) > MEMO_SIZE:
        memo.clear()
    lemmas = []
    for i, (orth, pos, morph, lemma) in enumerate(
            doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
        if overwrite or lemma == 0:
            key = (orth, pos, morph)
            text = memo.get(key)
            if text is None:
                forms = cache.get(key)
                text = (forms if forms is not None else lemmatizer.rule_lemmatize(doc[i]))[0]
                if pure and pos:  # no part of speech: spaCy warns each time (W108)
                    memo[key] = text
            lemma = strings.add(text)
        lemmas.append(lemma)
    if lemmas:
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]


def _lemmatizer_pipe(lemmatizer: Lemmatizer) -> Callable[..., Iterator[Doc]]:
    memo: dict[tuple[int, int, int], str] = {}

    def pipe(stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            try:
                _lemmatize(lemmatizer, doc, memo)
            except Exception:
                yield from Lemmatizer.pipe(lemmatizer, [doc])  # spaCy's loop, its errors
                continue
            yield doc
    return pipe
