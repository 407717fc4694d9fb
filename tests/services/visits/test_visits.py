"""Reading a family's visits: newest first, by period, one by id."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.visits import notes, visits
from imh_desktop.services.visits.records import NoteInput
from tests.factories import TODAY, add_visit


def test_list_visits_newest_first_and_by_period(ana, family):
    # Today's note plans next week's visit; an older note from 4 Nov.
    older = notes.save_note(ana, family.id, NoteInput(VisitInput(dt.date(2026, 11, 4))))
    today = notes.save_note(
        ana,
        family.id,
        NoteInput(VisitInput(TODAY, next_visit_date=TODAY + dt.timedelta(days=7))),
    )
    listed = visits.list_visits(ana, family.id)
    assert [(v.visit_date, v.outcome) for v in listed] == [
        (TODAY + dt.timedelta(days=7), VisitOutcome.PLANNED),
        (TODAY, VisitOutcome.COMPLETED),
        (dt.date(2026, 11, 4), VisitOutcome.COMPLETED),
    ]
    assert [v.id for v in visits.list_visits(ana, family.id, end=TODAY)] == [
        today.visit.id,
        older.visit.id,
    ]
    assert [v.id for v in visits.list_visits(ana, family.id, start=TODAY, end=TODAY)] == [
        today.visit.id
    ]
    assert visits.get_visit(ana, older.visit.id) == older.visit
    with pytest.raises(NotFoundError):
        visits.get_visit(ana, 999)


def test_same_day_visits_list_by_newest_id(ana, family):
    first = add_visit(ana, family.id, VisitInput(TODAY, VisitOutcome.NO_SHOW))
    second = add_visit(ana, family.id, VisitInput(TODAY))
    assert [v.id for v in visits.list_visits(ana, family.id)] == [second.id, first.id]
