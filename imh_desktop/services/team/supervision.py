"""Reflective supervision: a supervisor's sessions with each specialist on the team.

A supervisor records a session with a specialist who reports to them (date,
minutes, the families discussed, a private note). The specialist sees her own
sessions, the supervisor those of the team; the private note is handed only to
the two people of that session (a later supervisor sees the date, length and
families, not the note). The supervisor who recorded a session, and only she,
may correct or delete it, against the version she loaded. The team view sums
the hours per specialist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from imh_desktop.data.models import Family, StaffUser, SupervisionFamily, SupervisionSession
from imh_desktop.domain.errors import DomainError, NotFoundError, PermissionDeniedError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.supervision import SupervisionInput, validate_supervision
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work
from imh_desktop.services.family.families import check_version


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
    supervisor_id: int = 0
    family_ids: tuple[int, ...] = ()  # in the order of ``families``
    version: int = 1

    def editable_by(self, staff_id: int) -> bool:
        """Only the supervisor who recorded the session may correct or delete it."""
        return staff_id == self.supervisor_id


def _family_names(
    uow: UnitOfWork, data: SupervisionInput, linked: Sequence[int] = ()
) -> dict[int, str]:
    """The families discussed, by id: on the specialist's caseload (or linked already)."""
    names = {}
    for family_id in data.family_ids:
        family = uow.session.get(Family, family_id)
        if family is None or (family.specialist_id != data.specialist_id
                              and family_id not in linked):  # fmt: skip
            raise DomainError("Choose families on this specialist's caseload.", "families")
        names[family_id] = f"{family.case_number} {family.display_name}"
    return names


def _saved(uow: UnitOfWork, row: SupervisionSession, names: dict[int, str]) -> SupervisionRecord:
    specialist = uow.session.get(StaffUser, row.specialist_id)
    ordered = sorted(names.items(), key=lambda item: item[1])
    return SupervisionRecord(
        row.id, uow.actor.full_name, row.specialist_id,
        specialist.full_name if specialist else "", row.held_on, row.minutes,
        tuple(n for _, n in ordered), row.private_note, False, row.supervisor_id,
        tuple(i for i, _ in ordered), row.version,
    )  # fmt: skip


def record_supervision(ctx: ServiceContext, data: SupervisionInput) -> SupervisionRecord:
    """Record a reflective supervision session with a specialist on the actor's team."""
    data = validate_supervision(data, ctx.today())
    with unit_of_work(ctx, Permission.SUPERVISE) as uow:
        uow.require(specialist_id=data.specialist_id)
        names = _family_names(uow, data)
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
        return _saved(uow, row, names)


def _own_session(uow: UnitOfWork, session_id: int, expected_version: int) -> SupervisionSession:
    """The session, checked: the actor supervises its specialist and recorded it; not stale."""
    row = uow.session.get(SupervisionSession, session_id)
    if row is None:
        raise NotFoundError("That supervision session no longer exists.", "session")
    uow.require(specialist_id=row.specialist_id)
    if row.supervisor_id != uow.actor.id:
        raise PermissionDeniedError(
            "Only the supervisor who recorded this session may change or delete it.", "permission"
        )
    check_version(row, expected_version, "supervision session")
    return row


def update_supervision(
    ctx: ServiceContext, session_id: int, data: SupervisionInput, expected_version: int
) -> SupervisionRecord:
    """Correct a session's date, length, families discussed or private note.

    Only by the supervisor who recorded it, against the version she loaded
    (ConflictError when it changed since); the specialist stays the same.
    """
    data = validate_supervision(data, ctx.today())
    with unit_of_work(ctx, Permission.SUPERVISE) as uow:
        row = _own_session(uow, session_id, expected_version)
        if data.specialist_id != row.specialist_id:
            raise DomainError("A session stays with the specialist it was held with.", "specialist")
        linked = _linked(uow.session, row.id)  # kept even if since moved to another caseload
        names = _family_names(uow, data, linked)
        before = {"held_on": row.held_on, "minutes": row.minutes, "families": sorted(linked)}
        note_changed = row.private_note != data.private_note
        row.held_on, row.minutes, row.private_note = data.held_on, data.minutes, data.private_note
        flag_modified(row, "private_note")  # a change of families alone is a new version too
        uow.session.execute(delete(SupervisionFamily).where(
            SupervisionFamily.session_id == row.id,
            SupervisionFamily.family_id.not_in(data.family_ids)))  # fmt: skip
        for family_id in set(data.family_ids) - set(linked):
            uow.session.add(SupervisionFamily(session_id=row.id, family_id=family_id))
        uow.session.flush()
        after = {"held_on": row.held_on, "minutes": row.minutes,
                 "families": sorted(data.family_ids)}  # fmt: skip
        uow.audit("update", "supervision", row.id, specialist_id=row.specialist_id,
                  changed=sorted(k for k in before if before[k] != after[k])
                  + (["private_note"] if note_changed else []))  # fmt: skip
        return _saved(uow, row, names)


def delete_supervision(ctx: ServiceContext, session_id: int, expected_version: int) -> None:
    """Delete a session recorded by mistake: only its supervisor, against the version loaded."""
    with unit_of_work(ctx, Permission.SUPERVISE) as uow:
        row = _own_session(uow, session_id, expected_version)
        uow.session.execute(delete(SupervisionFamily).where(SupervisionFamily.session_id == row.id))
        specialist_id, minutes = row.specialist_id, row.minutes
        uow.session.delete(row)
        uow.session.flush()
        uow.audit("delete", "supervision", session_id, specialist_id=specialist_id,
                  minutes=minutes)  # fmt: skip


def _linked(session: Session, session_id: int) -> list[int]:
    return list(session.scalars(
        select(SupervisionFamily.family_id).where(SupervisionFamily.session_id == session_id)
    ))  # fmt: skip


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
            linked = families.get(row.id, [])
            out.append(SupervisionRecord(
                row.id, sup_name, row.specialist_id, spec_name, row.held_on, row.minutes,
                tuple(n for _, n in linked), row.private_note if mine else "",
                bool(row.private_note) and not mine, row.supervisor_id,
                tuple(i for i, _ in linked), row.version,
            ))  # fmt: skip
        return out


def _families(session: Session, session_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Each session's families discussed: (family id, "case number name"), by case number."""
    if not session_ids:
        return {}
    found: dict[int, list[tuple[int, str]]] = {}
    rows = session.execute(
        select(SupervisionFamily.session_id, Family.id, Family.case_number, Family.display_name)
        .join(Family, Family.id == SupervisionFamily.family_id)
        .where(SupervisionFamily.session_id.in_(session_ids))
        .order_by(Family.case_number)
    )
    for session_id, family_id, case, name in rows:
        found.setdefault(session_id, []).append((family_id, f"{case} {name}"))
    return found


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
