"""What a signed note said about its goals, kept at signing so later goal edits never change it.

At signing, ``take_snapshot`` stores on the visit each rated goal as it was
(statement, domain, target date, whom it is for, the rating and its note)
and the family's and author's names. ``snapshot_statements`` gives the
statements a signed note shows; a goal edited or revised since shows its
current statement beside, as a revision. The snapshot is outside the note's
seal (``domain.integrity.note_hash``), so notes sealed before it existed
still verify; its digest is recorded in the signing audit event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Caregiver, Child, Goal, GoalProgress, StaffUser, Visit
from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.integrity import text_digest

SNAPSHOT_FORMAT = 1


@dataclass(frozen=True)
class SnapshotGoal:
    """A goal as a signed note rated it, and what became of it since."""

    goal_id: int
    statement: str  # as at signing
    current_statement: str  # "" when unchanged since signing
    revised: bool  # replaced by a new statement since signing


def _name(session: Session, model: type[Any], row_id: int | None) -> str:
    row = session.get(model, row_id) if row_id else None
    return str(row.full_name) if row is not None else ""


def _names(
    session: Session, model: type[Caregiver | Child], ids: set[int | None]
) -> dict[Any, str]:
    """Full names by id, in one query (none for no ids)."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(model.id, model.full_name).where(model.id.in_(wanted)))
    return {row_id: name for row_id, name in rows}


def rated_goals(session: Session, visit_id: int) -> list[tuple[GoalProgress, Goal]]:
    """A note's ratings with their goals, in the order they were rated (one query)."""
    rows = session.execute(
        select(GoalProgress, Goal)
        .join(Goal, Goal.id == GoalProgress.goal_id)
        .where(GoalProgress.visit_id == visit_id)
        .order_by(GoalProgress.id)
    )
    return [(p, g) for p, g in rows]


def take_snapshot(
    session: Session, row: Visit, rated: Sequence[tuple[GoalProgress, Goal]], family_name: str
) -> str:
    """Store the note's goals (``rated``, from :func:`rated_goals`) and names as they are now
    on ``row``; the snapshot's digest."""
    carers = _names(session, Caregiver, {g.caregiver_id for _, g in rated})
    kids = _names(session, Child, {g.child_id for _, g in rated})
    goals = [
        {
            "goal_id": g.id,
            "statement": g.statement,
            "domain": g.domain.value,
            "target_date": g.target_date.isoformat() if g.target_date else None,
            "for": carers.get(g.caregiver_id) or kids.get(g.child_id) or "",
            "rating": p.rating,
            "note": p.note or "",
        }
        for p, g in rated
    ]
    row.goal_snapshot = {
        "format": SNAPSHOT_FORMAT,
        "family_name": family_name,
        "author_name": _name(session, StaffUser, row.specialist_id),
        "goals": goals,
    }
    return text_digest(json.dumps(row.goal_snapshot, sort_keys=True, ensure_ascii=False))


def snapshot_goals(
    session: Session, row: Visit, goals: Iterable[Goal] | None = None
) -> dict[int, SnapshotGoal]:
    """The signed note's goals by id, as at signing (empty when it has no snapshot).

    ``goals``: the note's goals when the caller has them loaded (else they are read)."""
    taken = (row.goal_snapshot or {}).get("goals") or []
    if not taken:
        return {}
    ids = [int(g["goal_id"]) for g in taken]
    if goals is None:
        goals = session.scalars(select(Goal).where(Goal.id.in_(ids)))
    now = {g.id: g for g in goals}
    result = {}
    for item in taken:
        goal_id, statement = int(item["goal_id"]), str(item["statement"])
        current = now.get(goal_id)
        revised = current is not None and current.status is GoalStatus.REVISED
        words = _latest_statement(session, current) if current is not None else statement
        result[goal_id] = SnapshotGoal(
            goal_id, statement, words if words != statement else "", revised
        )
    return result


def _latest_statement(session: Session, goal: Goal) -> str:
    """The goal's statement now: a revised goal's is its latest successor's."""
    seen = {goal.id}
    while goal.replaced_by_id is not None and goal.replaced_by_id not in seen:
        successor = session.get(Goal, goal.replaced_by_id)
        if successor is None:
            break
        seen.add(successor.id)
        goal = successor
    return goal.statement


def snapshot_family_name(row: Visit) -> str:
    """The family's name as the note was signed under ("" without a snapshot)."""
    return str((row.goal_snapshot or {}).get("family_name") or "")
