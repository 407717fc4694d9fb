"""Revising a goal: the old statement is kept (status "revised") and points to its successor."""

from __future__ import annotations

import dataclasses

from imh_desktop.data.models import Goal
from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.inputs import GoalInput, validate_goal
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import clean, to_record
from imh_desktop.services.common.records import GoalRecord
from imh_desktop.services.common.uow import unit_of_work
from imh_desktop.services.family.families import check_version
from imh_desktop.services.family.goals import _check_dyad, load_goal


def revise_goal(
    ctx: ServiceContext, goal_id: int, data: GoalInput,
    expected_version: int | None = None,
) -> tuple[GoalRecord, GoalRecord]:  # fmt: skip
    """Replace an active goal by a new statement, in one transaction.

    The old goal becomes "revised" (dated ``today``) with ``replaced_by_id``
    set; the new one starts active on ``data.started_on``. Returns (old, new).
    """
    today = ctx.today()
    data = dataclasses.replace(data, status=GoalStatus.ACTIVE)
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        old = load_goal(uow, goal_id)
        check_version(old, expected_version, "goal")
        _check_dyad(uow, old.family_id, data)
        if old.status is not GoalStatus.ACTIVE:
            raise DomainError("Only an active goal can be revised.", "status")
        if clean(data.statement) == old.statement.strip():
            raise DomainError("Change the statement to revise the goal.", "statement")
        if data.started_on < old.started_on:
            raise DomainError("The revised goal cannot start before the original.", "started_on")
        values = {k: clean(v) for k, v in dataclasses.asdict(data).items()}
        new = Goal(family_id=old.family_id, **values)
        uow.session.add(new)
        uow.session.flush()
        audited = ("status", "status_changed_on", "replaced_by_id")
        before = snapshot(old, audited)
        old.status, old.status_changed_on, old.replaced_by_id = GoalStatus.REVISED, today, new.id
        uow.session.flush()
        uow.audit(
            "revise", "goal", old.id, family_id=old.family_id, replaced_by_id=new.id,
            changes=changes(before, snapshot(old, audited)),
        )  # fmt: skip
        return to_record(GoalRecord, old), to_record(GoalRecord, new)
