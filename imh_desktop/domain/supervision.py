"""Reflective supervision sessions as typed: who, when, how long, which families, a private note.

The note is private to the supervisor and the specialist of the session; the
services never hand it to anyone else (``services.team.supervision``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import check_text

MAX_SUPERVISION_MINUTES = 8 * 60
MAX_SUPERVISION_NOTE = 8_000
MAX_FAMILIES_DISCUSSED = 60


@dataclass(frozen=True)
class SupervisionInput:
    specialist_id: int
    held_on: dt.date
    minutes: int
    family_ids: tuple[int, ...] = ()
    private_note: str = ""


def validate_supervision(data: SupervisionInput, today: dt.date) -> SupervisionInput:
    """The session with its note normalised; refused when its date or length do not fit."""
    note = check_text(data.private_note, "private_note", "The private note",
                      MAX_SUPERVISION_NOTE, multiline=True)  # fmt: skip
    if data.held_on > today:
        raise DomainError("A supervision session cannot be in the future.", "held_on")
    if not 0 < data.minutes <= MAX_SUPERVISION_MINUTES:
        raise DomainError("The duration must be between 1 minute and 8 hours.", "minutes")
    families = tuple(dict.fromkeys(data.family_ids))
    if len(families) > MAX_FAMILIES_DISCUSSED:
        raise DomainError(
            f"At most {MAX_FAMILIES_DISCUSSED} families can be linked to one session.", "families"
        )
    return SupervisionInput(data.specialist_id, data.held_on, data.minutes, families, note)
