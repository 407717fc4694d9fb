"""Emergency access ("break the glass"): open a family outside one's caseload, with a reason.

A clinician who must read a family's record that is not on their caseload
(a family calls in crisis while its specialist is away) looks it up by case
number, types why, and gets access for the hours the agency set
(``emergency_access_hours``). The grant is audited, ends by itself, and is
listed for supervisors on the team dashboard: who, which family, when, why.
What the grant allows is the permission table's ``EMERGENCY`` column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import or_, select

from imh_desktop.data.models import EmergencyAccess, Family, StaffUser
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import (
    Permission,
    Relation,
    allowed,
    validate_emergency_reason,
)
from imh_desktop.services.admin.agency import settings_in
from imh_desktop.services.common.access import emergency_until, load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work

Access = Literal["open", "emergency"]
CASE_NUMBER_MAX = 32


@dataclass(frozen=True)
class FamilyLocation:
    """A family found by case number, and whether the reader may open it now.

    ``access``: "open" (on their caseload, or emergency access still running
    until ``emergency_until``) or "emergency" (they must give a reason first).
    The family's name is not revealed before access is granted.
    """

    family_id: int
    case_number: str
    access: Access
    emergency_until: dt.datetime | None = None


@dataclass(frozen=True)
class EmergencyGrant:
    """One emergency access: who, which family, when, why, until when."""

    id: int
    staff_id: int
    staff_name: str
    family_id: int
    case_number: str
    family_name: str  # empty when the family is outside the reader's own caseload
    reason: str
    granted_at: dt.datetime
    expires_at: dt.datetime

    def active(self, now: dt.datetime) -> bool:
        return self.expires_at > now


def locate_family(ctx: ServiceContext, case_number: str) -> FamilyLocation:
    """Find a family anywhere in the agency by its case number (clinicians; audited).

    Raises NotFoundError when no family has that number.
    """
    number = (case_number or "").strip().upper()
    if not number:
        raise DomainError("Type the family's case number, e.g. IMH-2026-0042.", "case_number")
    if len(number) > CASE_NUMBER_MAX:
        raise DomainError("That is too long for a case number.", "case_number")
    with reading(ctx, Permission.LOCATE_FAMILY, "family", case_number=number) as uow:
        row = uow.session.scalar(select(Family).where(Family.case_number == number))
        if row is None:
            raise NotFoundError(f"No family has the case number {number}.", "case_number")
        uow.read_id = row.id
        relation = uow.relation_to(row)
        if allowed(uow.actor.role, Permission.READ_FAMILY, relation):
            until = None
            if relation is Relation.EMERGENCY:
                until = emergency_until(uow.session, uow.actor.id, row.id, uow.now())
            return FamilyLocation(row.id, row.case_number, "open", until)
        uow.require(Permission.EMERGENCY_ACCESS)
        return FamilyLocation(row.id, row.case_number, "emergency")


def grant_emergency_access(ctx: ServiceContext, family_id: int, reason: str) -> EmergencyGrant:
    """Open a family outside the actor's caseload for the agency's emergency hours.

    ``reason`` (10 to 500 characters) is kept with the grant and in the audit
    trail; the family's specialist's supervisor and the actor's own
    supervisor see it on the team dashboard.
    """
    reason = validate_emergency_reason(reason)
    with unit_of_work(ctx, Permission.EMERGENCY_ACCESS) as uow:
        family = load_family(uow.session, family_id)
        relation = uow.relation_to(family)
        if relation in (Relation.OWN, Relation.TEAM):
            raise DomainError("This family is on your caseload: open it directly.", "family")
        hours = settings_in(uow.session).emergency_access_hours
        now = uow.now()
        row = EmergencyAccess(
            staff_id=uow.actor.id,
            family_id=family.id,
            reason=reason,
            granted_at=now,
            expires_at=now + dt.timedelta(hours=hours),
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "emergency_access", "family", family.id, grant_id=row.id, hours=hours, reason=reason
        )
        return _grant(uow, row, family, uow.actor.full_name)


def list_emergency_access(ctx: ServiceContext, since: dt.date) -> list[EmergencyGrant]:
    """Emergency accesses since ``since`` for the supervisor's review, newest first.

    Those taken by the supervisor or anyone on their team, and those taken by
    anyone on a family of their team. One audit row for the list.
    """
    start = dt.datetime.combine(since, dt.time())
    with reading(ctx, Permission.VIEW_TEAM, "emergency_access", since=since) as uow:
        team = select(StaffUser.id).where(
            or_(StaffUser.supervisor_id == uow.actor.id, StaffUser.id == uow.actor.id)
        )
        rows = uow.session.execute(
            select(EmergencyAccess, Family, StaffUser.full_name)
            .join(Family, Family.id == EmergencyAccess.family_id)
            .join(StaffUser, StaffUser.id == EmergencyAccess.staff_id)
            .where(
                EmergencyAccess.granted_at >= start,
                or_(EmergencyAccess.staff_id.in_(team), Family.specialist_id.in_(team)),
            )
            .order_by(EmergencyAccess.granted_at.desc(), EmergencyAccess.id.desc())
        ).all()
        uow.read_detail["grants"] = len(rows)
        return [_grant(uow, grant, family, name) for grant, family, name in rows]


def _grant(uow: UnitOfWork, row: EmergencyAccess, family: Family, who: str) -> EmergencyGrant:
    own = uow.relation_to(specialist_id=family.specialist_id) in (Relation.OWN, Relation.TEAM)
    return EmergencyGrant(
        id=row.id,
        staff_id=row.staff_id,
        staff_name=who,
        family_id=family.id,
        case_number=family.case_number,
        family_name=family.display_name if own else "",
        reason=row.reason,
        granted_at=row.granted_at,
        expires_at=row.expires_at,
    )
