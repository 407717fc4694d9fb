"""Goals of a family or of one caregiver-child pair."""

from __future__ import annotations

import dataclasses
from typing import cast

from sqlalchemy import select

from imh_desktop.data.models import Caregiver, Child, Goal
from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import GoalInput, validate_goal
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import clean, to_record
from imh_desktop.services.common.records import GoalRecord
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work
from imh_desktop.services.family.families import check_version


def _check_dyad(uow: UnitOfWork, family_id: int, data: GoalInput) -> None:
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


def create_goal(ctx: ServiceContext, family_id: int, data: GoalInput) -> GoalRecord:
    """Add a goal to a family."""
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        _check_dyad(uow, family_id, data)
        values = {k: clean(v) for k, v in dataclasses.asdict(data).items()}
        row = Goal(family_id=family_id, **values)
        if data.status is not GoalStatus.ACTIVE:
            row.status_changed_on = data.started_on
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "goal", row.id, family_id=family_id, domain=data.domain.value)
        return to_record(GoalRecord, row)


def update_goal(
    ctx: ServiceContext, goal_id: int, data: GoalInput,
    expected_version: int | None = None,
) -> GoalRecord:  # fmt: skip
    """Edit a goal; a status change is dated today."""
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        row = load_goal(uow, goal_id)
        check_version(row, expected_version, "goal")
        _check_dyad(uow, row.family_id, data)
        values = dataclasses.asdict(data)
        before = snapshot(row, (*values, "status_changed_on"))
        if row.status is not data.status:
            row.status_changed_on = uow.today
        for name, value in values.items():
            setattr(row, name, clean(value))
        uow.session.flush()
        uow.audit(
            "update", "goal", row.id, family_id=row.family_id, status=row.status.value,
            changes=changes(before, snapshot(row, before)),
        )  # fmt: skip
        return to_record(GoalRecord, row)


def list_goals(
    ctx: ServiceContext, family_id: int, status: GoalStatus | None = None
) -> list[GoalRecord]:
    """A family's goals, active first, then by start date."""
    stmt = select(Goal).where(Goal.family_id == family_id)
    if status is not None:
        stmt = stmt.where(Goal.status == status)
    with reading(ctx, Permission.READ_FAMILY, "goals", family_id=family_id) as uow:
        rows = uow.session.scalars(stmt.order_by(Goal.started_on, Goal.id)).all()
        records = [to_record(GoalRecord, g) for g in rows]
    return sorted(records, key=lambda g: g.status is not GoalStatus.ACTIVE)
