"""Reflective supervision: a supervisor's sessions with each specialist on the team.

A supervisor records a session with a specialist who reports to them (date,
minutes, the families discussed, a private note). The specialist sees her own
sessions, the supervisor those of the team; the private note is handed only to
the two people of that session (a later supervisor sees the date, length and
families, not the note). The team view sums the hours per specialist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Family, StaffUser, SupervisionFamily, SupervisionSession
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.supervision import SupervisionInput, validate_supervision
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading, unit_of_work


@dataclass(frozen=True)
class SupervisionRecord:
    id: int
    supervisor_name: str
    specialist_id: int
    specialist_name: str
    held_on: dt.date
    minutes: int
    families: tuple[str, ...]  # "IMH-2026-0001 Nguyễn family", by case number
    private_note: str  # "" for anyone but the session's supervisor and specialist
    note_hidden: bool  # a note exists that this reader may not see


def record_supervision(ctx: ServiceContext, data: SupervisionInput) -> SupervisionRecord:
    """Record a reflective supervision session with a specialist on the actor's team."""
    data = validate_supervision(data, ctx.today())
    with unit_of_work(ctx, Permission.SUPERVISE) as uow:
        uow.require(specialist_id=data.specialist_id)
        names = {}
        for family_id in data.family_ids:
            family = uow.session.get(Family, family_id)
            if family is None or family.specialist_id != data.specialist_id:
                raise DomainError("Choose families on this specialist's caseload.", "families")
            names[family_id] = f"{family.case_number} {family.display_name}"
        row = SupervisionSession(
            supervisor_id=uow.actor.id, specialist_id=data.specialist_id, held_on=data.held_on,
            minutes=data.minutes, private_note=data.private_note,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        for family_id in data.family_ids:
            uow.session.add(SupervisionFamily(session_id=row.id, family_id=family_id))
        uow.audit("create", "supervision", row.id, specialist_id=data.specialist_id,
                  minutes=data.minutes, families=len(data.family_ids))  # fmt: skip
        specialist = uow.session.get(StaffUser, data.specialist_id)
        return SupervisionRecord(
            row.id, uow.actor.full_name, data.specialist_id,
            specialist.full_name if specialist else "", row.held_on, row.minutes,
            tuple(sorted(names.values())), row.private_note, False,
        )  # fmt: skip


def list_supervision(ctx: ServiceContext, specialist_id: int) -> list[SupervisionRecord]:
    """A specialist's supervision sessions, newest first (an audited read).

    The specialist herself, or her supervisor, may read them; each private
    note only by the two people of its session.
    """
    with reading(ctx, Permission.READ_SUPERVISION, "supervision",
                 entity_id=specialist_id) as uow:  # fmt: skip
        uow.require(specialist_id=specialist_id)
        me = uow.actor.id
        supervisor = StaffUser.__table__.alias("sup")
        specialist = StaffUser.__table__.alias("spec")
        rows = uow.session.execute(
            select(SupervisionSession, supervisor.c.full_name, specialist.c.full_name)
            .join(supervisor, supervisor.c.id == SupervisionSession.supervisor_id)
            .join(specialist, specialist.c.id == SupervisionSession.specialist_id)
            .where(SupervisionSession.specialist_id == specialist_id)
            .order_by(SupervisionSession.held_on.desc(), SupervisionSession.id.desc())
        ).all()
        families = _families(uow.session, [r.id for r, _, _ in rows])
        out = []
        for row, sup_name, spec_name in rows:
            mine = me in (row.supervisor_id, row.specialist_id)
            out.append(SupervisionRecord(
                row.id, sup_name, row.specialist_id, spec_name, row.held_on, row.minutes,
                families.get(row.id, ()), row.private_note if mine else "",
                bool(row.private_note) and not mine,
            ))  # fmt: skip
        return out


def _families(session: Session, session_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not session_ids:
        return {}
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(SupervisionFamily.session_id, Family.case_number, Family.display_name)
        .join(Family, Family.id == SupervisionFamily.family_id)
        .where(SupervisionFamily.session_id.in_(session_ids))
        .order_by(Family.case_number)
    )
    for session_id, case, name in rows:
        found.setdefault(session_id, []).append(f"{case} {name}")
    return {k: tuple(v) for k, v in found.items()}


def supervision_minutes(
    session: Session, specialist_ids: list[int], start: dt.date, end: dt.date
) -> dict[int, int]:
    """Minutes of reflective supervision per specialist held in ``start``..``end``.

    Inside a caller's checked unit (the team dashboard's).
    """
    rows = session.execute(
        select(SupervisionSession.specialist_id, func.sum(SupervisionSession.minutes))
        .where(SupervisionSession.specialist_id.in_(specialist_ids),
               SupervisionSession.held_on.between(start, end))
        .group_by(SupervisionSession.specialist_id)
    )  # fmt: skip
    return {int(sid): int(total or 0) for sid, total in rows}
