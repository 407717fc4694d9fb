"""Goals: validation against the family's members, status dates; visits: listing."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalDomain, GoalStatus, VisitOutcome
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import notes, visits
from imh_desktop.services.visits.records import NoteInput
from tests.factories import TODAY, add_visit, family_input


@pytest.fixture
def ana(as_user, staff):
    return as_user(staff["aspecialist"])


@pytest.fixture
def family(as_user, staff):
    return families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))


def test_goal_create_update_list(ana, clock, family):
    child = family.children[0]
    data = GoalInput(
        GoalDomain.REGULATION,
        "Ánh will use two soothing strategies.",
        dt.date(2026, 4, 1),
        child_id=child.id,
    )
    goal = goals.create_goal(ana, family.id, data)
    assert goal.status is GoalStatus.ACTIVE and goal.child_id == child.id
    clock.set(dt.date(2026, 11, 27))  # the status change is dated by the clock
    done = goals.update_goal(
        ana, goal.id, GoalInput(**{**data.__dict__, "status": GoalStatus.ACHIEVED}), goal.version
    )
    assert done.status is GoalStatus.ACHIEVED and done.status_changed_on == dt.date(2026, 11, 27)
    assert [g.id for g in goals.list_goals(ana, family.id)] == [goal.id]
    assert goals.list_goals(ana, family.id, GoalStatus.ACTIVE) == []
    with pytest.raises(DomainError) as err:
        goals.create_goal(ana, family.id, GoalInput(GoalDomain.OTHER, " ", TODAY))
    assert err.value.field == "statement"


def test_goal_for_another_familys_child_is_refused(as_user, staff, ana, family):
    other = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["bspecialist"])
    )
    with pytest.raises(DomainError) as err:
        goals.create_goal(
            ana,
            family.id,
            GoalInput(GoalDomain.ATTACHMENT, "x", TODAY, child_id=other.children[0].id),
        )
    assert err.value.field == "child_id"


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
