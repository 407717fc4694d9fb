"""Referrals to other services, their follow-up and what came of them.

A referral is made (from the family's record, a visit, or the follow-up of a
screening's alert, which it then closes), followed up on its follow-up date,
and settled: connected, declined or closed, with an outcome note. One that
shares information names the release in force for its agency that day. A
referral still "made" past its follow-up date is overdue: it puts the family
back among those needing attention and on the "Referrals to follow up" list.
Each change of status or outcome note is kept as a row of the referral's
history (the day, who, the note then), the first row being the status it was
made with: "made on 3 Nov, connected on 20 Nov".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from imh_desktop.data.models import (
    Alert,
    Caregiver,
    Child,
    Family,
    Referral,
    ReferralStatusChange,
    StaffUser,
    Visit,
)
from imh_desktop.domain.enums import FamilyStatus, FollowUpKind, ReferralStatus, ReferralType
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.family_context import (
    ReferralInput,
    follow_up_overdue,
    validate_referral,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work
from imh_desktop.services.family.consents import release_for
from imh_desktop.services.family.families import check_version

_FIELDS = ("referral_type", "agency", "made_on", "reason", "status", "follow_up_on", "outcome",
           "caregiver_id", "child_id", "visit_id", "shares_information")  # fmt: skip


@dataclass(frozen=True)
class ReferralChange:
    """One row of a referral's history: the status reached (or the note written) that day."""

    status: ReferralStatus
    changed_on: dt.date
    note: str
    changed_by_name: str


@dataclass(frozen=True)
class ReferralRecord:
    id: int
    family_id: int
    referral_type: ReferralType
    for_whom: str  # a caregiver's or child's name; "" for the whole family
    caregiver_id: int | None
    child_id: int | None
    agency: str
    made_on: dt.date
    reason: str
    status: ReferralStatus
    follow_up_on: dt.date | None
    outcome: str
    shares_information: bool
    release_id: int | None
    visit_id: int | None
    alert_id: int | None
    version: int
    history: tuple[ReferralChange, ...] = ()  # oldest first; read with the family's referrals

    def overdue_on(self, day: dt.date) -> bool:
        """True when the referral still waits for news past its follow-up date."""
        return follow_up_overdue(self.status, self.follow_up_on, day)


@dataclass(frozen=True)
class FollowUpRow:
    """A referral on the "Referrals to follow up" list, with its family."""

    referral: ReferralRecord
    case_number: str
    family_name: str
    specialist_id: int
    specialist_name: str
    days_overdue: int


def _statement() -> Select[Referral, str, str]:
    return (
        select(Referral, Caregiver.full_name, Child.full_name)
        .outerjoin(Caregiver, Caregiver.id == Referral.caregiver_id)
        .outerjoin(Child, Child.id == Referral.child_id)
    )


def _record(
    row: Referral, carer: str | None = None, child: str | None = None,
    history: tuple[ReferralChange, ...] = (),
) -> ReferralRecord:  # fmt: skip
    return ReferralRecord(
        row.id, row.family_id, row.referral_type, carer or child or "", row.caregiver_id,
        row.child_id, row.agency, row.made_on, row.reason, row.status, row.follow_up_on,
        row.outcome, row.shares_information, row.release_id, row.visit_id, row.alert_id,
        row.version, history,
    )  # fmt: skip


def read_history(
    session: Session, referral_ids: list[int]
) -> dict[int, tuple[ReferralChange, ...]]:
    """Each referral's history, oldest first (inside a caller's checked unit)."""
    if not referral_ids:
        return {}
    found: dict[int, list[ReferralChange]] = {}
    rows = session.execute(
        select(ReferralStatusChange, StaffUser.full_name)
        .join(StaffUser, StaffUser.id == ReferralStatusChange.changed_by_id)
        .where(ReferralStatusChange.referral_id.in_(referral_ids))
        .order_by(ReferralStatusChange.changed_on, ReferralStatusChange.id)
    )
    for change, name in rows:
        found.setdefault(change.referral_id, []).append(
            ReferralChange(change.status, change.changed_on, change.note, name)
        )
    return {k: tuple(v) for k, v in found.items()}


def read_referrals(session: Session, family_id: int) -> tuple[ReferralRecord, ...]:
    """The family's referrals with their history, newest first (inside a caller's checked unit)."""
    stmt = _statement().where(Referral.family_id == family_id)
    stmt = stmt.order_by(Referral.made_on.desc(), Referral.id.desc())
    rows = session.execute(stmt).all()
    history = read_history(session, [r.id for r, _, _ in rows])
    return tuple(_record(r, carer, child, history.get(r.id, ())) for r, carer, child in rows)


def _add_change(uow: UnitOfWork, row: Referral, day: dt.date) -> ReferralStatusChange:
    change = ReferralStatusChange(
        referral_id=row.id, status=row.status, changed_on=day, note=row.outcome,
        changed_by_id=uow.actor.id,
    )  # fmt: skip
    uow.session.add(change)
    return change


def _history(uow: UnitOfWork, row: Referral) -> tuple[ReferralChange, ...]:
    uow.session.flush()
    return read_history(uow.session, [row.id]).get(row.id, ())


def _check_links(uow: UnitOfWork, family_id: int, data: ReferralInput) -> None:
    for model, key, what in ((Caregiver, data.caregiver_id, "caregiver"),
                             (Child, data.child_id, "child"),
                             (Visit, data.visit_id, "visit")):  # fmt: skip
        if key is not None:
            row: Any = uow.session.get(model, key)
            if row is None or row.family_id != family_id:
                raise DomainError(f"That {what} is not in this family.", f"{what}_id")


def _release_id(uow: UnitOfWork, family_id: int, data: ReferralInput) -> int | None:
    """The release the referral shares under; refused when sharing without one in force."""
    if not data.shares_information:
        return None
    release = release_for(uow.session, family_id, data.agency, data.made_on)
    if release is None:
        raise DomainError(
            f"Sharing information with {data.agency} needs a release of information in force "
            "for that agency on the day of the referral. Record the signed release first, "
            "or make the referral without sharing information.",
            "release",
        )
    return release.id


def make_referral(
    ctx: ServiceContext, family_id: int, data: ReferralInput, alert_id: int | None = None
) -> ReferralRecord:
    """Record a referral; with ``alert_id``, it is the follow-up that closes that alert.

    Needs WRITE_NOTE for the family (a referral is part of the clinical work,
    made at a visit or after a screen).
    """
    data = validate_referral(data, ctx.today())
    with unit_of_work(ctx, Permission.WRITE_NOTE, family_id=family_id) as uow:
        _check_links(uow, family_id, data)
        alert = None
        if alert_id is not None:
            alert = uow.session.get(Alert, alert_id)
            if alert is None or alert.family_id != family_id:
                raise NotFoundError("That alert is not one of this family's.", "alert")
            if alert.resolved_at is not None:
                raise DomainError("This alert's follow-up is already recorded.", "alert")
        row = Referral(
            family_id=family_id, release_id=_release_id(uow, family_id, data),
            alert_id=alert_id, created_by_id=uow.actor.id,
            **{name: getattr(data, name) for name in _FIELDS},
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        _add_change(uow, row, row.made_on)
        uow.audit("create", "referral", row.id, family_id=family_id,
                  type=row.referral_type.value, status=row.status.value)  # fmt: skip
        if alert is not None:
            alert.resolved_at, alert.resolved_by_id = uow.now(), uow.actor.id
            alert.follow_up_kind = FollowUpKind.REFERRAL
            alert.follow_up_note = f"{data.agency}: {data.reason}"[:4000]
            uow.session.flush()
            uow.audit("resolve", "alert", alert.id, family_id=family_id,
                      follow_up=FollowUpKind.REFERRAL.value, referral_id=row.id)  # fmt: skip
        return _record(row, *_names(uow, row), _history(uow, row))


def _names(uow: UnitOfWork, row: Referral) -> tuple[str | None, str | None]:
    carer = uow.session.get(Caregiver, row.caregiver_id) if row.caregiver_id else None
    child = uow.session.get(Child, row.child_id) if row.child_id else None
    return (carer.full_name if carer else None, child.full_name if child else None)


def update_referral(
    ctx: ServiceContext, referral_id: int, data: ReferralInput, expected_version: int | None
) -> ReferralRecord:
    """Edit a referral: its status (connected, declined, closed), follow-up date, outcome.

    A change of status or of the outcome note adds a row to the referral's
    history (today, the actor, the note as now written); the row before it stays.
    """
    data = validate_referral(data, ctx.today())
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        row = uow.session.get(Referral, referral_id)
        if row is None:
            raise NotFoundError("That referral no longer exists.", "referral")
        uow.require(family=load_family(uow.session, row.family_id))
        check_version(row, expected_version, "referral")
        _check_links(uow, row.family_id, data)
        before = snapshot(row, (*_FIELDS, "release_id"))
        row.release_id = _release_id(uow, row.family_id, data)
        for name in _FIELDS:
            setattr(row, name, getattr(data, name))
        uow.session.flush()
        after = snapshot(row, before)
        if before["status"] != after["status"] or before["outcome"] != after["outcome"]:
            _add_change(uow, row, uow.today)
        uow.audit("update", "referral", row.id, family_id=row.family_id,
                  status=row.status.value, changes=changes(before, after))  # fmt: skip
        return _record(row, *_names(uow, row), _history(uow, row))


def list_referrals(ctx: ServiceContext, family_id: int) -> list[ReferralRecord]:
    """The family's referrals, newest first (an audited read)."""
    with reading(ctx, Permission.READ_FAMILY, "referrals", family_id=family_id) as uow:
        return list(read_referrals(uow.session, family_id))


def referrals_to_follow_up(ctx: ServiceContext, scope: str) -> list[FollowUpRow]:
    """Referrals past their follow-up date, still waiting for news, most overdue first.

    ``scope`` "mine" (a specialist's caseload) or "team" (a supervisor's team
    and own families); closed cases are left out. One audit row for the list.
    """
    with reading(ctx, Permission.READ_FAMILY, "referral_follow_ups", scope=scope) as uow:
        uow.require_scope(scope)
        today, me = uow.today, uow.actor.id
        team = select(StaffUser.id).where(StaffUser.supervisor_id == me)
        whose = (Family.specialist_id == me if scope == "mine"
                 else or_(Family.specialist_id == me, Family.specialist_id.in_(team)))  # fmt: skip
        stmt = (
            _statement()
            .add_columns(Family.case_number, Family.display_name, Family.specialist_id,
                         StaffUser.full_name)
            .join(Family, Family.id == Referral.family_id)
            .join(StaffUser, StaffUser.id == Family.specialist_id)
            .where(whose, Family.status != FamilyStatus.CLOSED, and_(
                Referral.status == ReferralStatus.MADE, Referral.follow_up_on < today))
            .order_by(Referral.follow_up_on, Family.case_number)
        )  # fmt: skip
        rows = [
            FollowUpRow(
                _record(r, carer, child), case, name, sid, sname, (today - r.follow_up_on).days
            )
            for r, carer, child, case, name, sid, sname in uow.session.execute(stmt)
        ]
        uow.read_detail["referrals"] = len(rows)
        return rows
