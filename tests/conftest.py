from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs in its own directory, so no test touches the checkout."""
    monkeypatch.chdir(tmp_path)
    # `run` codes in this process unless a test asks for workers (starting them takes seconds).
    monkeypatch.setenv("COMMUNIQUE_WORKERS", "1")
    # The user's own files (settings.user_dir) are the test's, never the real user's.
    monkeypatch.setenv("COMMUNIQUE_HOME", str(tmp_path / "home"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that asks for the spaCy pipeline, or for a fixture its module names in
    `SLOW_FIXTURES` (one that runs the pipeline), is slow whether or not it says so."""
    for item in items:
        slow = {"nlp", *getattr(getattr(item, "module", None), "SLOW_FIXTURES", ())}
        if slow & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


_RUNNING = {"slow": True}


def pytest_runtest_setup(item: pytest.Item) -> None:
    _RUNNING["slow"] = item.get_closest_marker("slow") is not None


def pytest_configure(config: pytest.Config) -> None:
    """The fast suite never loads the model: a test that does (in its own body or through a
    fixture, even a session one) fails until it is marked slow."""
    import spacy

    load = spacy.load

    def guarded(*args: object, **kwargs: object) -> object:
        if not _RUNNING["slow"]:
            pytest.fail("this test loads the spaCy model: mark it @pytest.mark.slow "
                        "(or build its parse by hand with tests/parses.py)", pytrace=False)
        return load(*args, **kwargs)
    spacy.load = guarded


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def write(tmp_path: Path):
    """write("name.txt", text_or_bytes) → path of a new input file."""
    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path
    return _write


@pytest.fixture
def make_doc():
    """make_doc(words, heads, deps, tags=…, lemmas=…, ents=…, actors=…) → a parsed Doc on
    spacy.blank("en"), built by hand (see tests/parses.py; `parses.parse` reads a table)."""
    from parses import make_doc

    return make_doc
