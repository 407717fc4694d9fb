"""The visit editor's first read: the family, the note, the goals to rate, the screenings
given at the visit, a draft, the open alerts and the last visit before this one (its plan
is shown while writing). Runs in the runner's thread: no widgets here."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from imh_desktop.domain.enums import GoalStatus, VisitOutcome
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import FamilyRecord, GoalRecord, VisitRecord
from imh_desktop.services.family import families, goals
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.screenings.results import AlertRecord, ScreeningRecord
from imh_desktop.services.visits import drafts as note_drafts
from imh_desktop.services.visits import notes, visits
from imh_desktop.services.visits.records import DraftRecord, NoteRecord


@dataclass(frozen=True)
class EditorData:
    """What the editor shows when it opens, read in one task off the GUI thread."""

    family: FamilyRecord
    note: NoteRecord | None
    goals: list[GoalRecord]  # the active goals, plus any the note rated
    screenings: list[ScreeningRecord]  # given at this visit
    draft: DraftRecord | None  # the user's draft, when the note is theirs to edit
    alerts: list[AlertRecord]  # the family's open alerts
    previous: VisitRecord | None = None  # the last visit before this one (not a planned one)


def read_editor_data(svc: ServiceContext, family_id: int, visit_id: int | None) -> EditorData:
    """The editor's first read (runs in the runner's thread: no widgets here)."""
    family = families.get_family(svc, family_id)
    note = notes.get_note(svc, visit_id) if visit_id else None
    rated = {r.goal_id for r in note.ratings} if note else set()
    choices = [
        g for g in goals.list_goals(svc, family_id)
        if g.status is GoalStatus.ACTIVE or g.id in rated
    ]  # fmt: skip
    if note is not None and note.visit.is_signed:
        choices = _as_signed(choices, note)
    given = [] if visit_id is None else given_at(svc, family_id, visit_id)
    editable = note is None or (
        not note.visit.is_signed and note.visit.specialist_id == svc.user_id
    )
    draft = note_drafts.load_draft(svc, family_id, visit_id) if editable else None
    alerts = screenings.list_alerts(svc, family_id, open_only=True)
    day = note.visit.visit_date if note is not None else svc.today()
    earlier = [
        v for v in visits.list_visits(svc, family_id)
        if v.id != visit_id and v.outcome is not VisitOutcome.PLANNED and v.visit_date <= day
    ]  # fmt: skip
    previous = max(earlier, key=lambda v: (v.visit_date, v.id), default=None)
    return EditorData(family, note, choices, given, draft, alerts, previous)


def _as_signed(choices: list[GoalRecord], note: NoteRecord) -> list[GoalRecord]:
    """A signed note's goals with the statements it was signed with; a goal changed since
    says so, with its statement now (a revision, not a rewrite of the note)."""
    signed = {r.goal_id: r for r in note.ratings}
    shown = []
    for goal in choices:
        kept = signed.get(goal.id)
        if kept is None:
            shown.append(goal)
            continue
        statement = kept.statement
        if kept.current_statement or kept.revised:
            now = kept.current_statement or goal.statement
            statement += "\n" + QCoreApplication.translate(
                "VisitNoteEditor", "(Revised since this note was signed; now: {now})"
            ).format(now=now)
        shown.append(dataclasses.replace(goal, statement=statement))
    return shown


def given_at(svc: ServiceContext, family_id: int, visit_id: int) -> list[ScreeningRecord]:
    """The family's screenings recorded at the visit ``visit_id``."""
    return [s for s in screenings.list_screenings(svc, family_id) if s.visit_id == visit_id]
