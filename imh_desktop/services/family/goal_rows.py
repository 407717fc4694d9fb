"""Loading a goal and checking its caregiver-child pair, shared by the goal writers."""

from __future__ import annotations

from typing import cast

from imh_desktop.data.models import Caregiver, Child, Goal
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.uow import UnitOfWork


def check_dyad(uow: UnitOfWork, family_id: int, data: GoalInput) -> None:
    """Refuse a caregiver or child who is not in the family."""
    members: tuple[tuple[type[Caregiver] | type[Child], int | None, str], ...] = (
        (Caregiver, data.caregiver_id, "caregiver"),
        (Child, data.child_id, "child"),
    )
    for model, key, label in members:
        if key is not None:
            row = cast("Caregiver | Child | None", uow.session.get(model, key))
            if row is None or row.family_id != family_id:
                raise DomainError(f"That {label} is not in this family.", f"{label}_id")


def load_goal(uow: UnitOfWork, goal_id: int) -> Goal:
    """The goal, once the unit's permission is checked against its family."""
    row = uow.session.get(Goal, goal_id)
    if row is None:
        raise NotFoundError("That goal no longer exists.", "goal")
    uow.require(family=load_family(uow.session, row.family_id))
    return row
