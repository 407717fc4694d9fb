"""Goals and visits: validation against the family's dates, locking, listing."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalDomain, GoalStatus, VisitOutcome
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import GoalInput, VisitInput
from imh_desktop.services import families, goals, visits
from tests.services.test_families import TODAY, family_input


@pytest.fixture
def family(db, staff):
    return families.create_family(
        db, staff["ssupervisor"], family_input(staff["aspecialist"]), TODAY
    )


def test_goal_create_update_list(db, staff, family):
    child = family.children[0]
    data = GoalInput(
        GoalDomain.REGULATION,
        "Ánh will use two soothing strategies.",
        dt.date(2026, 4, 1),
        child_id=child.id,
    )
    goal = goals.create_goal(db, staff["aspecialist"], family.id, data)
    assert goal.status is GoalStatus.ACTIVE and goal.child_id == child.id
    done = goals.update_goal(
        db,
        staff["aspecialist"],
        goal.id,
        GoalInput(**{**data.__dict__, "status": GoalStatus.ACHIEVED}),
        goal.version,
        TODAY,
    )
    assert done.status is GoalStatus.ACHIEVED and done.status_changed_on == TODAY
    assert [g.id for g in goals.list_goals(db, family.id)] == [goal.id]
    with pytest.raises(DomainError) as err:
        goals.create_goal(
            db, staff["aspecialist"], family.id, GoalInput(GoalDomain.OTHER, " ", TODAY)
        )
    assert err.value.field == "statement"


def test_goal_for_another_familys_child_is_refused(db, staff, family):
    other = families.create_family(
        db, staff["ssupervisor"], family_input(staff["bspecialist"]), TODAY
    )
    with pytest.raises(DomainError) as err:
        goals.create_goal(
            db,
            staff["aspecialist"],
            family.id,
            GoalInput(GoalDomain.ATTACHMENT, "x", TODAY, child_id=other.children[0].id),
        )
    assert err.value.field == "child_id"


def test_visit_rules(db, staff, family):
    before = VisitInput(visit_date=dt.date(2026, 3, 1))
    with pytest.raises(DomainError) as err:
        visits.create_visit(db, staff["aspecialist"], family.id, before, today=TODAY)
    assert err.value.field == "visit_date" and "enrolment" in err.value.message
    with pytest.raises(DomainError):
        visits.create_visit(
            db,
            staff["aspecialist"],
            family.id,
            VisitInput(visit_date=TODAY + dt.timedelta(days=1)),
            today=TODAY,
        )
    planned = visits.create_visit(
        db,
        staff["aspecialist"],
        family.id,
        VisitInput(TODAY + dt.timedelta(days=7), VisitOutcome.PLANNED),
        today=TODAY,
    )
    assert planned.outcome is VisitOutcome.PLANNED
    visit = visits.create_visit(
        db,
        staff["aspecialist"],
        family.id,
        VisitInput(TODAY, observation="Ánh & baby <b>smiled</b>"),
        today=TODAY,
    )
    assert visit.specialist_id == staff["aspecialist"] and not visit.is_signed
    saved = visits.update_visit(
        db,
        staff["aspecialist"],
        visit.id,
        VisitInput(TODAY, plan="Read together"),
        visit.version,
        today=TODAY,
    )
    assert saved.plan == "Read together" and saved.version == visit.version + 1
    assert [v.id for v in visits.list_visits(db, family.id)] == [planned.id, visit.id]
    assert visits.list_visits(db, family.id, end=TODAY)[0].id == visit.id
