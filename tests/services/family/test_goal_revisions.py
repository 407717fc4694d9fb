"""Revising a goal keeps the old statement ("revised", dated today) and links it to the new one."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.errors import ConflictError, DomainError, NotFoundError
from imh_desktop.domain.inputs import ChildInput, GoalInput
from imh_desktop.services.family import families, goals
from imh_desktop.services.family.goal_revisions import revise_goal
from tests.factories import family_input

ORIGINAL = GoalInput(
    GoalDomain.REGULATION, "Ánh will use two soothing strategies.", dt.date(2026, 4, 1),
    baseline="Bảo cries for 20 minutes.", target_date=dt.date(2026, 10, 1),
)  # fmt: skip
REVISED = GoalInput(
    GoalDomain.REGULATION, "  Ánh will rock Bảo and sing to him when he is upset.  ",
    dt.date(2026, 11, 20), strategies="Practise during the visit.",
)  # fmt: skip


@pytest.fixture
def goal(ana, family):
    return goals.create_goal(
        ana, family.id, dataclasses.replace(ORIGINAL, child_id=family.children[0].id)
    )


def test_revise_keeps_the_old_goal_and_starts_the_new_one(db, ana, clock, family, goal):
    clock.set(dt.date(2026, 11, 24))  # the old goal's status change is dated by the clock
    old, new = revise_goal(ana, goal.id, REVISED, goal.version)
    assert (old.id, old.status, old.status_changed_on) == (
        goal.id,
        GoalStatus.REVISED,
        dt.date(2026, 11, 24),
    )
    assert old.replaced_by_id == new.id and old.statement == ORIGINAL.statement
    assert (new.family_id, new.status, new.started_on) == (
        family.id,
        GoalStatus.ACTIVE,
        dt.date(2026, 11, 20),
    )
    assert new.statement == "Ánh will rock Bảo and sing to him when he is upset."
    assert (new.strategies, new.baseline, new.child_id) == ("Practise during the visit.", "", None)
    assert new.replaced_by_id is None and new.status_changed_on is None
    assert [g.id for g in goals.list_goals(ana, family.id)] == [new.id, old.id]  # active first
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "revise")).one()
    assert (event.entity, event.entity_id, event.staff_id) == ("goal", old.id, ana.user_id)
    assert str(new.id) in event.detail


def test_the_new_goal_is_active_whatever_status_the_form_sent(ana, goal):
    _, new = revise_goal(
        ana, goal.id, dataclasses.replace(REVISED, status=GoalStatus.ACHIEVED), goal.version
    )
    assert new.status is GoalStatus.ACTIVE


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"statement": "  Ánh will use two soothing strategies. "}, "statement"),  # the same
        ({"statement": " "}, "statement"),
        ({"started_on": dt.date(2026, 3, 31)}, "started_on"),  # before the original's 1 Apr
        ({"target_date": dt.date(2026, 11, 1)}, "target_date"),  # before the new start
    ],
)
def test_bad_revisions_are_refused_and_change_nothing(ana, family, goal, change, field):
    with pytest.raises(DomainError) as err:
        revise_goal(ana, goal.id, dataclasses.replace(REVISED, **change), goal.version)
    assert err.value.field == field
    assert goals.list_goals(ana, family.id) == [goal]


def test_only_an_active_goal_can_be_revised(ana, goal):
    old, _ = revise_goal(ana, goal.id, REVISED, goal.version)
    with pytest.raises(DomainError) as err:
        revise_goal(
            ana, old.id, dataclasses.replace(REVISED, statement="Another try."), old.version
        )
    assert err.value.field == "status"


def test_a_stale_copy_or_a_missing_goal(ana, goal):
    goals.update_goal(ana, goal.id, dataclasses.replace(ORIGINAL, baseline="changed"), goal.version)
    with pytest.raises(ConflictError):
        revise_goal(ana, goal.id, REVISED, goal.version)
    with pytest.raises(NotFoundError):
        revise_goal(ana, 9999, REVISED, 1)


def test_the_new_goal_may_not_name_another_familys_child(as_user, staff, ana, family, goal):
    other = families.create_family(
        as_user(staff["ssupervisor"]),
        family_input(staff["aspecialist"], children=(ChildInput("Mai", dt.date(2026, 9, 1)),)),
    )
    stranger = dataclasses.replace(REVISED, child_id=other.children[0].id)
    with pytest.raises(DomainError) as err:
        revise_goal(ana, goal.id, stranger, goal.version)
    assert err.value.field == "child_id"
    assert goals.list_goals(ana, family.id) == [goal]
