"""The published item wording of the item-by-item screens (EPDS, PHQ-9).

Each instrument's items and answers, as printed on the published form with
the score each answer carries, live in a JSON file beside this module, with
the source named in it (both scales may be reproduced for clinical use).
The screen shows the answer wording and its score, so the option's position
on the form and its score can never be confused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError

FILES = {Instrument.EPDS: "epds.json", Instrument.PHQ9: "phq9.json"}


@dataclass(frozen=True)
class Answer:
    text: str
    score: int


@dataclass(frozen=True)
class Item:
    number: int
    text: str
    answers: tuple[Answer, ...]  # in the order printed on the form

    def position_of(self, score: int) -> int:
        """The position (0 = first printed) of the answer that carries ``score``."""
        for position, answer in enumerate(self.answers):
            if answer.score == score:
                return position
        raise DomainError(f"Item {self.number} has no answer scoring {score}.", "answers")


@dataclass(frozen=True)
class ItemForm:
    instrument: Instrument
    title: str
    source: str
    instructions: str
    items: tuple[Item, ...]


@cache
def item_form(instrument: Instrument) -> ItemForm:
    """The published items of ``instrument`` (EPDS or PHQ-9), read from its data file."""
    if instrument not in FILES:
        raise DomainError(f"{instrument.value} is not answered item by item.", "instrument")
    text = resources.files(__package__).joinpath(FILES[instrument]).read_text("utf-8")
    data = json.loads(text)
    items = tuple(
        Item(
            number=int(item["number"]),
            text=str(item["text"]),
            answers=tuple(Answer(str(a["text"]), int(a["score"])) for a in item["answers"]),
        )
        for item in data["items"]
    )
    for item in items:  # a broken data file must never score silently
        if sorted(a.score for a in item.answers) != [0, 1, 2, 3]:
            raise ValueError(f"{FILES[instrument]} item {item.number}: scores must be 0-3 once")
    return ItemForm(
        instrument, str(data["title"]), str(data["source"]), str(data["instructions"]), items
    )
