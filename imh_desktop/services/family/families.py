"""Families (cases), their caregivers and children."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from imh_desktop.data.db import Database
from imh_desktop.data.models import Alert, Caregiver, Child, Family, StaffUser
from imh_desktop.domain import case_numbers
from imh_desktop.domain.enums import ClosureReason, FamilyStatus, Role
from imh_desktop.domain.errors import ConflictError, DomainError, NotFoundError
from imh_desktop.domain.inputs import (
    CaregiverInput,
    ChildInput,
    FamilyInput,
    validate_caregiver,
    validate_child,
    validate_family,
)
from imh_desktop.domain.permissions import Permission, Relation
from imh_desktop.domain.text import MAX_FOLLOW_UP, MAX_SHORT_NOTE, bad_character, check_text
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.access import emergency_until
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import clean, to_record
from imh_desktop.services.common.records import CaregiverRecord, ChildRecord, FamilyRecord
from imh_desktop.services.common.uow import UnitOfWork, reading, retry_transient, unit_of_work

# The fields update_family edits, and what its audit event compares (the status too).
FAMILY_EDITED = (
    "display_name", "address", "phone", "language", "referral_source",
    "referral_date", "enrolled_on", "frequency", "specialist_id",
)  # fmt: skip
FAMILY_AUDITED = (*FAMILY_EDITED, "status")
# What closing, reopening and holding a case change.
STATUS_AUDITED = ("status", "closed_on", "closure_reason", "closure_note")


def check_version(row: object, expected: int | None, what: str) -> None:
    """Refuse a save made from a stale copy of the row (``expected``: the version loaded).

    The family, caregiver and child services always pass a version; None
    (no check) is left for goals.py, which is moving to a required version too.
    """
    current = row.version  # type: ignore[attr-defined]
    if expected is not None and current != expected:
        raise ConflictError(
            f"Someone else changed this {what} after you opened it "
            f"(you loaded version {expected}, it is now version {current}). "
            "Reopen it to see their changes before saving yours.",
            loaded=expected,
            current=current,
        )


def _specialist(session: Session, staff_id: int) -> StaffUser:
    staff = session.get(StaffUser, staff_id)
    if staff is None or not staff.active:
        raise DomainError("Choose an active specialist for this family.", "specialist_id")
    if staff.role is Role.ADMIN:
        raise DomainError(
            f"{staff.full_name} is an administrator, not a specialist.", "specialist_id"
        )
    return staff


def family_record(session: Session, row: Family) -> FamilyRecord:
    """The family with its caregivers and children, inside a caller's unit (no commit)."""
    caregivers = session.scalars(
        select(Caregiver)
        .where(Caregiver.family_id == row.id)
        .order_by(Caregiver.is_primary.desc(), Caregiver.id)
    )
    children = session.scalars(
        select(Child).where(Child.family_id == row.id).order_by(Child.dob, Child.id)
    )
    staff = session.get(StaffUser, row.specialist_id)
    return to_record(
        FamilyRecord,
        row,
        specialist_name=staff.full_name if staff else "",
        caregivers=tuple(to_record(CaregiverRecord, c) for c in caregivers),
        children=tuple(to_record(ChildRecord, c) for c in children),
    )


def next_case_number(session: Session, year: int) -> str:
    """The next free case number of ``year``, by the rule in ``domain.case_numbers``."""
    prefix = case_numbers.year_prefix(year)
    last = session.scalar(  # longest first: "IMH-2026-10000" comes after "IMH-2026-9999"
        select(Family.case_number)
        .where(Family.case_number.like(prefix + "%"))
        .order_by(func.length(Family.case_number).desc(), Family.case_number.desc())
        .limit(1)
    )
    return case_numbers.next_case_number(year, last)


def create_family(ctx: ServiceContext, data: FamilyInput) -> FamilyRecord:
    """Create a family with its caregivers and children in one transaction."""
    today = ctx.today()
    validate_family(data, today)
    with unit_of_work(ctx, Permission.CREATE_FAMILY) as uow:
        _specialist(uow.session, data.specialist_id)
        uow.require(specialist_id=data.specialist_id)
        fields = {k: clean(v) for k, v in dataclasses.asdict(data).items()}
        fields.pop("caregivers"), fields.pop("children")
        status = FamilyStatus.ACTIVE if data.enrolled_on else FamilyStatus.REFERRED
        row = Family(
            **fields,
            case_number=next_case_number(
                uow.session, case_numbers.case_year(data.enrolled_on, today)
            ),
            status=status,
        )
        uow.session.add(row)
        uow.session.flush()
        primary_set = any(c.is_primary for c in data.caregivers)
        for i, caregiver in enumerate(data.caregivers):
            values = {k: clean(v) for k, v in dataclasses.asdict(caregiver).items()}
            values["is_primary"] = caregiver.is_primary or (not primary_set and i == 0)
            uow.session.add(Caregiver(family_id=row.id, **values))
        for child in data.children:
            values = {k: clean(v) for k, v in dataclasses.asdict(child).items()}
            uow.session.add(Child(family_id=row.id, **values))
        uow.session.flush()
        uow.audit("create", "family", row.id, case_number=row.case_number)
        return family_record(uow.session, row)


@retry_transient
def update_family(
    ctx: ServiceContext,
    family_id: int,
    data: FamilyInput,
    expected_version: int,
) -> FamilyRecord:
    """Save a family's own fields (not caregivers or children).

    A new specialist is a reassignment: it needs that permission too.
    ``expected_version`` is the version the user loaded: a newer saved family
    raises ConflictError (``current`` = the saved FamilyRecord) and changes nothing.
    """
    validate_family(dataclasses.replace(data, caregivers=(), children=()), ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row = _checked_family(uow)
        check_version(row, expected_version, "family")
        _specialist(uow.session, data.specialist_id)
        if data.specialist_id != row.specialist_id:
            uow.require(Permission.REASSIGN, row)
            uow.require(Permission.REASSIGN, specialist_id=data.specialist_id)
        before = snapshot(row, FAMILY_AUDITED)
        for name in FAMILY_EDITED:
            value = clean(getattr(data, name))
            if getattr(row, name) != value:
                setattr(row, name, value)
        if data.enrolled_on and row.status is FamilyStatus.REFERRED:
            row.status = FamilyStatus.ACTIVE
        uow.session.flush()
        uow.audit("update", "family", row.id,
                  changes=changes(before, snapshot(row, FAMILY_AUDITED)))  # fmt: skip
        return family_record(uow.session, row)


@retry_transient
def get_family(ctx: ServiceContext, family_id: int) -> FamilyRecord:
    """A family with its caregivers and children (a read: audited).

    ``relation`` says how the reader stands to it; ``emergency_until`` when
    their emergency access ends.
    """
    with reading(ctx, Permission.READ_FAMILY, "family", family_id=family_id) as uow:
        return _for_reader(uow, _checked_family(uow))


def _for_reader(uow: UnitOfWork, row: Family) -> FamilyRecord:
    relation = uow.relation if uow.family is row and uow.relation else uow.relation_to(row)
    until = None
    if relation is Relation.EMERGENCY:
        until = emergency_until(uow.session, uow.actor.id, row.id, uow.now())
    record = family_record(uow.session, row)
    return dataclasses.replace(record, relation=relation, emergency_until=until)


def find_family(ctx: ServiceContext, case_number: str) -> FamilyRecord:
    """The family with this case number, when the actor may open it (a read: audited)."""
    if bad_character(case_number) is not None:  # never a case number: don't ask the database
        raise NotFoundError("No family has that case number.", "case_number")
    with reading(ctx, Permission.READ_FAMILY, "family") as uow:
        row = uow.session.scalar(select(Family).where(Family.case_number == case_number.strip()))
        if row is None:
            raise NotFoundError(f"No family with case number '{case_number}'.", "case_number")
        uow.require(family=row)
        return _for_reader(uow, row)


def count_families(db: Database) -> int:
    """How many families the database holds, in any status (before sign-in: is it empty?)."""
    with db.read() as session:
        return session.scalar(select(func.count(Family.id))) or 0


def list_families(
    ctx: ServiceContext, specialist_id: int | None = None, status: FamilyStatus | None = None
) -> list[FamilyRecord]:
    """Families (without caregivers and children), by case number.

    Refused unless the actor may read every family listed (one audit row).
    """
    stmt = (
        select(Family, StaffUser.full_name)
        .join(StaffUser, StaffUser.id == Family.specialist_id)
        .order_by(Family.case_number)
    )
    if specialist_id is not None:
        stmt = stmt.where(Family.specialist_id == specialist_id)
    if status is not None:
        stmt = stmt.where(Family.status == status)
    with reading(
        ctx, Permission.READ_FAMILY, "families", specialist_id=specialist_id
    ) as uow:  # fmt: skip
        if specialist_id is not None:
            uow.require(specialist_id=specialist_id)
        rows = uow.session.execute(stmt).all()
        uow.require_families(f for f, _ in rows)
        uow.read_detail["families"] = len(rows)
        return [to_record(FamilyRecord, f, specialist_name=n) for f, n in rows]


def _checked_family(uow: UnitOfWork) -> Family:
    """The family the unit was opened on (and checked against)."""
    if uow.family is None:  # opened without family_id: a programming error
        raise NotFoundError("That family no longer exists.", "family")
    return uow.family


def _set_status(
    uow: UnitOfWork, row: Family, status: FamilyStatus, before: dict[str, object],
    **detail: object,
) -> None:  # fmt: skip
    """Set the status; the audit event has the old and new status, closure date and reason."""
    previous = before["status"]
    row.status = status
    uow.session.flush()
    uow.audit(
        "status", "family", row.id, previous=getattr(previous, "value", previous),
        status=status.value, changes=changes(before, snapshot(row, STATUS_AUDITED)), **detail,
    )  # fmt: skip


def close_family(
    ctx: ServiceContext,
    family_id: int,
    closed_on: dt.date,
    reason: ClosureReason,
    note: str,
    expected_version: int,
    carried: Mapping[int, str] | None = None,
) -> FamilyRecord:
    """Close a case with a date and reason. Closed cases stay readable.

    An open alert must not be closed away unseen: each one needs its
    follow-up recorded first, or a reason to carry it (``carried``: alert id
    -> reason, e.g. "handed to the new provider"). A carried alert stays open
    with the reason as its note, so it shows again if the case reopens.
    """
    if closed_on > ctx.today():
        raise DomainError("The closure date cannot be in the future.", "closed_on")
    note = check_text(note, "closure_note", "The closure note", MAX_SHORT_NOTE, multiline=True)
    if reason is ClosureReason.OTHER and not note:
        raise DomainError("Say why the case is closing.", "closure_note")
    with unit_of_work(ctx, Permission.CLOSE, family_id=family_id) as uow:
        row = _checked_family(uow)
        check_version(row, expected_version, "family")
        if row.status is FamilyStatus.CLOSED:
            raise DomainError("This case is already closed.", "status")
        if closed_on < (row.enrolled_on or row.referral_date):
            raise DomainError("The closure date is before the case began.", "closed_on")
        before = snapshot(row, STATUS_AUDITED)
        _carry_open_alerts(uow, family_id, carried or {})
        row.closed_on, row.closure_reason, row.closure_note = closed_on, reason, note
        _set_status(uow, row, FamilyStatus.CLOSED, before, reason=reason.value)
        return family_record(uow.session, row)


def _carry_open_alerts(uow: UnitOfWork, family_id: int, carried: Mapping[int, str]) -> None:
    """Refuse while an open alert has neither a follow-up nor a reason to carry it."""
    stmt = select(Alert).where(Alert.family_id == family_id, Alert.resolved_at.is_(None))
    open_alerts = list(uow.session.scalars(stmt.order_by(Alert.id)))
    reasons = {
        alert.id: check_text(
            carried.get(alert.id, ""), "carried", "The reason to carry the alert", MAX_FOLLOW_UP,
            multiline=True,
        )
        for alert in open_alerts
    }  # fmt: skip
    missing = sum(1 for reason in reasons.values() if not reason)
    if missing:
        noun = "alert has" if missing == 1 else "alerts have"
        raise DomainError(
            f"{missing} open {noun} no follow-up. Record the follow-up in the Screenings "
            "tab, or give a reason to carry each one, before closing the case.",
            "carried",
        )
    for alert in open_alerts:
        alert.follow_up_note = reasons[alert.id]
        uow.audit("carry", "alert", alert.id, family_id=family_id)


def reopen_family(ctx: ServiceContext, family_id: int, expected_version: int) -> FamilyRecord:
    """Reopen a closed case (or take one off hold) as active."""
    with unit_of_work(ctx, Permission.CLOSE, family_id=family_id) as uow:
        row = _checked_family(uow)
        check_version(row, expected_version, "family")
        if row.status not in (FamilyStatus.CLOSED, FamilyStatus.ON_HOLD):
            raise DomainError("Only a closed or on-hold case can be reopened.", "status")
        before = snapshot(row, STATUS_AUDITED)
        row.closed_on, row.closure_reason = None, None
        _set_status(uow, row, FamilyStatus.ACTIVE, before)
        return family_record(uow.session, row)


def hold_family(ctx: ServiceContext, family_id: int, expected_version: int) -> FamilyRecord:
    """Put an active case on hold."""
    with unit_of_work(ctx, Permission.CLOSE, family_id=family_id) as uow:
        row = _checked_family(uow)
        check_version(row, expected_version, "family")
        if row.status is not FamilyStatus.ACTIVE:
            raise DomainError("Only an active case can be put on hold.", "status")
        _set_status(uow, row, FamilyStatus.ON_HOLD, snapshot(row, STATUS_AUDITED))
        return family_record(uow.session, row)


def reassign_family(
    ctx: ServiceContext, family_id: int, specialist_id: int, expected_version: int
) -> FamilyRecord:
    """Give the family to another specialist of the actor's team (or the actor)."""
    with unit_of_work(ctx, Permission.REASSIGN, family_id=family_id) as uow:
        row = _checked_family(uow)
        check_version(row, expected_version, "family")
        staff = _specialist(uow.session, specialist_id)
        uow.require(specialist_id=specialist_id)
        previous = row.specialist_id
        row.specialist_id = staff.id
        uow.session.flush()
        uow.audit(
            "reassign", "family", row.id, previous=previous, specialist_id=staff.id,
            changes=changes({"specialist_id": previous}, {"specialist_id": staff.id}),
        )  # fmt: skip
        return family_record(uow.session, row)


def _member_row(
    uow: UnitOfWork, model: type[Caregiver] | type[Child], family_id: int, data: object,
    member: tuple[int, int] | None, label: str,
) -> tuple[Caregiver | Child, dict[str, object]]:  # fmt: skip
    """A new (``member`` None) or existing caregiver/child row of the family, filled from ``data``.

    ``member`` is (id, the version the user loaded). Also returns the row's
    values before (empty for a new row), for the audit event.
    """
    values = dataclasses.asdict(data)  # type: ignore[call-overload]
    row: Caregiver | Child | None
    if member is None:
        row = model(family_id=family_id)
        uow.session.add(row)
        before: dict[str, object] = {}
    else:
        row = cast("Caregiver | Child | None", uow.session.get(model, member[0]))
        if row is None or row.family_id != family_id:
            raise NotFoundError(f"That {label} is not in this family.", label)
        check_version(row, member[1], label)
        before = snapshot(row, values)
    for name, value in values.items():
        setattr(row, name, clean(value))
    return row, before


def _audit_member(
    uow: UnitOfWork, row: Caregiver | Child, label: str, before: dict[str, object]
) -> None:
    """A "create" event, or an "update" one with each changed field's old and new value."""
    if not before:
        uow.audit("create", label, row.id, family_id=row.family_id)
        return
    after = snapshot(row, before)
    uow.audit("update", label, row.id, family_id=row.family_id, changes=changes(before, after))


def add_caregiver(ctx: ServiceContext, family_id: int, data: CaregiverInput) -> CaregiverRecord:
    """Add a new caregiver to a family (a new row: there is no version to check)."""
    return _save_caregiver(ctx, family_id, data, None)


def save_caregiver(
    ctx: ServiceContext, family_id: int, data: CaregiverInput, caregiver_id: int,
    expected_version: int,
) -> CaregiverRecord:  # fmt: skip
    """Update a caregiver from the version the user loaded (``expected_version``).

    A newer saved caregiver raises ConflictError and changes nothing.
    """
    return _save_caregiver(ctx, family_id, data, (caregiver_id, expected_version))


def _save_caregiver(
    ctx: ServiceContext, family_id: int, data: CaregiverInput, member: tuple[int, int] | None
) -> CaregiverRecord:
    validate_caregiver(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row, before = _member_row(uow, Caregiver, family_id, data, member, "caregiver")
        if data.is_primary:
            for other in uow.session.scalars(
                select(Caregiver).where(Caregiver.family_id == family_id)
            ):
                if other is not row:
                    other.is_primary = False
        uow.session.flush()
        _audit_member(uow, row, "caregiver", before)
        return to_record(CaregiverRecord, row)


def add_child(ctx: ServiceContext, family_id: int, data: ChildInput) -> ChildRecord:
    """Add a new child to a family (a new row: there is no version to check)."""
    return _save_child(ctx, family_id, data, None)


def save_child(
    ctx: ServiceContext, family_id: int, data: ChildInput, child_id: int, expected_version: int
) -> ChildRecord:
    """Update a child from the version the user loaded (``expected_version``).

    A newer saved child raises ConflictError and changes nothing.
    """
    return _save_child(ctx, family_id, data, (child_id, expected_version))


def _save_child(
    ctx: ServiceContext, family_id: int, data: ChildInput, member: tuple[int, int] | None
) -> ChildRecord:
    validate_child(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row, before = _member_row(uow, Child, family_id, data, member, "child")
        uow.session.flush()
        _audit_member(uow, row, "child", before)
        return to_record(ChildRecord, row)
