"""The coding version: what a document's events were coded with.

`0.1.0+kb.1a2b3c4d5e6f+pat.9f8e7d6c5b4a` = the package version, a digest of the knowledge base
(the packaged actor files and the user's `--actors` files) and a digest of the event patterns
(the packaged file and the user's `--patterns` files). Each stored document keeps the version
it was coded with; a run with another version replaces that document's rows, and
`communique recode` re-codes the stored documents whose version is not the current one.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from communique import __version__

LEXICON_ENV = "COMMUNIQUE_LEXICON"  # the user's lexicon file (communique/nlp/lexicon.py)


def _digest(packaged: str, user_files: Iterable[str]) -> str:
    """A short digest of a packaged data folder's files and the user's files, in order."""
    digest = hashlib.blake2b(digest_size=6)
    folder = resources.files("communique.data").joinpath(packaged)
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.is_file() and not item.name.startswith(("LICENSE", "_")):
            digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    for path in user_files:
        digest.update(b"user\0" + Path(path).read_bytes() + b"\0")
    return digest.hexdigest()


def coding_version(actors_files: Iterable[str] = (), patterns_files: Iterable[str] = ()) -> str:
    """The version string for this package with these knowledge-base and pattern files."""
    lexicon = [os.environ[LEXICON_ENV]] if os.environ.get(LEXICON_ENV) else []
    return (f"{__version__}+kb.{_digest('actors', actors_files)}"
            f"+pat.{_digest('patterns', [*patterns_files, *lexicon])}")


def pipeline_version(nlp: Any) -> str:
    """The coding version of a pipeline from `load_pipeline()`: its user files are read from
    its components' configs (a pipeline without communique's components counts none)."""
    def files(component: str, key: str) -> list[str]:
        if component not in nlp.pipe_names:
            return []
        return list(nlp.get_pipe_config(component).get(key) or [])

    return coding_version(files("communique_actors", "actors_files"),
                          files("communique_events", "patterns_files"))
