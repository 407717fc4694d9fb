"""Frozen records and inputs of visit notes (see ``notes`` and ``note_lists``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.common.records import VisitRecord


@dataclass(frozen=True)
class GoalRating:
    """Progress on one goal addressed at a visit: 1-5 and a short note."""

    goal_id: int
    rating: int
    note: str = ""


@dataclass(frozen=True)
class NoteInput:
    """Everything the visit editor saves.

    ``participants`` is ``{"caregivers": [ids], "children": [ids], "others": [names]}``.
    """

    visit: VisitInput
    participants: dict[str, Any] = field(default_factory=dict)
    ratings: tuple[GoalRating, ...] = ()
    next_visit_time: dt.time | None = None


@dataclass(frozen=True)
class ProgressRecord:
    """A goal rating of a note; a signed note's ``statement`` is the one it was signed with."""

    goal_id: int
    statement: str
    rating: int
    note: str
    current_statement: str = ""  # the goal's statement now, when changed since signing
    revised: bool = False  # the goal was revised (replaced) since signing


@dataclass(frozen=True)
class AmendmentRecord:
    id: int
    section: str
    section_label: str
    reason: str
    text: str
    author_id: int
    author_name: str
    created_at: dt.datetime  # UTC


@dataclass(frozen=True)
class NoteRecord:
    """A visit note as the editor shows it."""

    visit: VisitRecord
    family_name: str
    author_name: str
    signed_by_name: str
    cosigned_by_name: str
    ratings: tuple[ProgressRecord, ...]
    amendments: tuple[AmendmentRecord, ...]
    next_visit_time: dt.time | None = None
    # What was changed behind the app's back after signing; empty when nothing was.
    integrity: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftRecord:
    id: int
    author_id: int
    family_id: int
    family_name: str
    visit_id: int | None
    payload: dict[str, Any]
    saved_at: dt.datetime  # UTC
    version: int  # what the next save_draft of this draft passes as expected_version


@dataclass(frozen=True)
class UnsignedNote:
    """An unsigned note of the author, with how long it has waited."""

    visit_id: int
    family_id: int
    family_name: str
    case_number: str
    visit_date: dt.date
    outcome: VisitOutcome
    days_waiting: int
    working_days_waiting: int
    late: bool
    working_days_left: int = 0  # before it is late (0: due today, or late)


@dataclass(frozen=True)
class ProgressPoint:
    """One rating of a goal, at one visit."""

    goal_id: int
    visit_id: int
    visit_date: dt.date
    rating: int
    note: str
    signed: bool
