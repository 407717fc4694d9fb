"""Loading a goal checks its family; a caregiver or child of another family is refused."""

from __future__ import annotations

import pytest

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.uow import unit_of_work
from imh_desktop.services.family import families, goals
from imh_desktop.services.family.goal_rows import check_dyad, load_goal
from tests.factories import TODAY, family_input


def test_load_goal_and_check_dyad(as_user, staff):
    sam = as_user(staff["ssupervisor"])
    ours = families.create_family(sam, family_input(staff["aspecialist"]))
    theirs = families.create_family(
        sam, family_input(staff["aspecialist"], display_name="Ortiz family")
    )
    stranger = GoalInput(GoalDomain.ATTACHMENT, "x", TODAY, child_id=theirs.children[0].id)
    goal = goals.create_goal(sam, ours.id, GoalInput(GoalDomain.REGULATION, "Soothe", TODAY))
    with unit_of_work(sam, Permission.CHANGE_FAMILY) as uow:
        assert load_goal(uow, goal.id).statement == "Soothe"  # checks the permission on its family
        with pytest.raises(NotFoundError):
            load_goal(uow, 9999)
        with pytest.raises(DomainError) as err:
            check_dyad(uow, ours.id, stranger)
        assert err.value.field == "child_id"
        check_dyad(uow, theirs.id, stranger)  # the child is in that family
