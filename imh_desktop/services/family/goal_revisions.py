"""Revising a goal: the old statement is kept (status "revised") and points to its successor.

A goal's statement and target date are what visit notes rate progress
against, so they are never rewritten in place: ``update_goal`` turns such a
change into a revision (``replace_goal``), and ``revise_goal`` asks for one.
"""

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
from imh_desktop.services.common.uow import UnitOfWork, unit_of_work
from imh_desktop.services.family.families import check_version
from imh_desktop.services.family.goal_rows import check_dyad, load_goal


def replace_goal(uow: UnitOfWork, old: Goal, data: GoalInput) -> Goal:
    """Inside the caller's unit: a new active goal from ``data`` replaces ``old``, which
    becomes "revised" today and points to it. ``data`` is validated and its pair checked."""
    if old.status is not GoalStatus.ACTIVE:
        raise DomainError("Only an active goal can be revised; add a new goal instead.", "status")
    validate_goal(data)
    if data.started_on < old.started_on:
        raise DomainError("The revised goal cannot start before the original.", "started_on")
    values = {k: clean(v) for k, v in dataclasses.asdict(data).items()}
    values["status"] = GoalStatus.ACTIVE
    new = Goal(family_id=old.family_id, **values)
    uow.session.add(new)
    uow.session.flush()
    audited = ("status", "status_changed_on", "replaced_by_id")
    before = snapshot(old, audited)
    old.status, old.status_changed_on, old.replaced_by_id = GoalStatus.REVISED, uow.today, new.id
    uow.session.flush()
    uow.audit(
        "revise", "goal", old.id, family_id=old.family_id, replaced_by_id=new.id,
        changes=changes(before, snapshot(old, audited)),
    )  # fmt: skip
    return new


def revise_goal(
    ctx: ServiceContext, goal_id: int, data: GoalInput, expected_version: int
) -> tuple[GoalRecord, GoalRecord]:
    """Replace an active goal by a new statement, in one transaction.

    ``expected_version`` is the version the caller loaded; a newer one
    raises ConflictError. The old goal becomes "revised" (dated today) with
    ``replaced_by_id`` set; the new one starts active on ``data.started_on``.
    Returns (old, new).
    """
    data = dataclasses.replace(data, status=GoalStatus.ACTIVE)
    validate_goal(data)
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        old = load_goal(uow, goal_id)
        check_version(old, expected_version, "goal")
        check_dyad(uow, old.family_id, data)
        if old.status is GoalStatus.ACTIVE and clean(data.statement) == old.statement.strip():
            raise DomainError("Change the statement to revise the goal.", "statement")
        new = replace_goal(uow, old, data)
        return to_record(GoalRecord, old), to_record(GoalRecord, new)
