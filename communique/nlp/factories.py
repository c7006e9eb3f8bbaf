"""spaCy factories for communique's components, so other pipelines can add them by name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from communique.nlp.actors import ActorResolver
from communique.nlp.coding import EventCoder

for name, default in (("mentions", None), ("events", None), ("published", None),
                      ("byline", None), ("places", None), ("date_precision", None),
                      ("dateline", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


@Language.component("communique_paragraphs", assigns=["token.is_sent_start"])
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break: the parser would merge across paragraphs."""
    spaces = doc.to_array("IS_SPACE").tolist()
    # A token's trailing whitespace is one space at most: only space tokens hold line breaks.
    for i in range(1, len(doc)):
        if not (spaces[i] or spaces[i - 1]):
            continue
        token, before = doc[i], doc[i - 1]
        if "\n" in before.whitespace_ or (token.is_space and "\n" in token.text) or (
                before.is_space and "\n" in before.text):
            token.is_sent_start = True
    return doc


@Language.factory("communique_actors", assigns=["doc._.mentions"], requires=["doc.ents"],
                  default_config={"actors_files": []})
def make_actor_resolver(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, actors_files)


@Language.factory("communique_events", assigns=["doc._.events"], requires=["doc._.mentions"],
                  default_config={"patterns_files": [], "object_classes_files": []})
def make_event_coder(nlp: Language, name: str, patterns_files: list[str],
                     object_classes_files: list[str]) -> EventCoder:
    return EventCoder(nlp, patterns_files, object_classes_files)
