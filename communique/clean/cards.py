"""Name cards: a page's pop-up card on a person, scraped into the sentence that names them.

Some outlets follow a person's name with a card that gives the full name and the latest
headlines about them, closed by a "MORE" link; scraped, it lands inside the sentence:
"Sen. Ana Ruiz Ana María RuizSenate panel backs bill Ruiz says … MORE (D-Calif.) said". The
card repeats the name's last word and runs it into the first headline with no space, which
no sentence does, so that join marks it (written by hand: no library knows this markup).
"""

from __future__ import annotations

import re

CARD = re.compile(
    r"\b(?P<surname>[A-Z][\w'’-]+) "  # the name as the sentence gives it
    r"(?P<card>(?:\(?[A-Z][\w.'’-]*\)? ){0,5}(?P=surname)"  # the card's full name ...
    r"(?=[A-Z0-9'\"‘“])[^\n]{10,800}? MORE\b)")  # ... run into its headlines, then "MORE"


def name_cards(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each name card in `text`."""
    return [m.span("card") for m in CARD.finditer(text)]


def blank_name_cards(text: str) -> str:
    """`text` with its name cards blanked, not cut: every other offset stays the text's."""
    for start, end in name_cards(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
