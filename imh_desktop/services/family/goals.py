"""Goals of a family or of one caregiver-child pair."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

from sqlalchemy import select

from imh_desktop.data.models import Goal
from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import GoalInput, validate_goal
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import clean, to_record
from imh_desktop.services.common.records import GoalRecord
from imh_desktop.services.common.uow import reading, retry_transient, unit_of_work
from imh_desktop.services.family.families import check_version
from imh_desktop.services.family.goal_revisions import replace_goal
from imh_desktop.services.family.goal_rows import check_dyad, load_goal


def create_goal(ctx: ServiceContext, family_id: int, data: GoalInput) -> GoalRecord:
    """Add a goal to a family."""
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        check_dyad(uow, family_id, data)
        values = {k: clean(v) for k, v in dataclasses.asdict(data).items()}
        row = Goal(family_id=family_id, **values)
        if data.status is not GoalStatus.ACTIVE:
            row.status_changed_on = data.started_on
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "goal", row.id, family_id=family_id, domain=data.domain.value)
        return to_record(GoalRecord, row)


def update_goal(
    ctx: ServiceContext, goal_id: int, data: GoalInput, expected_version: int
) -> GoalRecord:
    """Edit a goal; a status change is dated today. Returns the goal as saved.

    ``expected_version`` is the version the caller loaded; a newer one raises
    ConflictError. A new statement or target date is never written over the
    old one (signed notes rated progress against it): the goal is revised,
    the old one kept as "revised" and a new active goal returned in its place.
    """
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        row = load_goal(uow, goal_id)
        check_version(row, expected_version, "goal")
        check_dyad(uow, row.family_id, data)
        if _rewords(row, data):
            if data.status is not GoalStatus.ACTIVE:
                raise DomainError(
                    "Save the new statement or target date first, then change the status.",
                    "status",
                )
            started = max(uow.today, row.started_on)
            return to_record(GoalRecord, replace_goal(uow, row, replace(data, started_on=started)))
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


def _rewords(row: Goal, data: GoalInput) -> bool:
    """True when ``data`` changes what the goal says: its statement or its target date."""
    return clean(data.statement) != row.statement or data.target_date != row.target_date


@retry_transient
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
