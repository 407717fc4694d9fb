"""Goals: validation against the family's members, status dates."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.family import families, goals
from tests.factories import TODAY, family_input


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
