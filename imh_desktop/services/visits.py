"""Visits: plan, document, list. Signing and amending live in ``notes``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import StaffUser, Visit
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.inputs import VisitInput, validate_visit
from imh_desktop.services.convert import clean, to_record
from imh_desktop.services.families import check_version, load_family
from imh_desktop.services.records import VisitRecord
from imh_desktop.services.uow import unit_of_work


def _values(data: VisitInput) -> dict:
    values = dataclasses.asdict(data)
    values["services"] = list(data.services)
    return {k: clean(v) for k, v in values.items()}


def create_visit(
    db: Database, actor_id: int, family_id: int, data: VisitInput,
    specialist_id: int | None = None, participants: dict | None = None,
    today: dt.date | None = None,
) -> VisitRecord:  # fmt: skip
    """Record (or plan) a visit for a family; it starts as an unsigned draft."""
    today = today or dt.date.today()
    with unit_of_work(db, actor_id) as uow:
        family = load_family(uow.session, family_id)
        validate_visit(data, family.enrolled_on, family.referral_date, today)
        staff_id = specialist_id or uow.actor.id
        staff = uow.session.get(StaffUser, staff_id)
        if staff is None or not staff.active:
            raise DomainError("Choose an active specialist for this visit.", "specialist_id")
        row = Visit(
            family_id=family_id,
            specialist_id=staff_id,
            participants=participants or {},
            **_values(data),
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "visit", row.id, family_id=family_id, outcome=data.outcome.value)
        return to_record(VisitRecord, row)


def update_visit(
    db: Database, actor_id: int, visit_id: int, data: VisitInput,
    expected_version: int | None = None, participants: dict | None = None,
    today: dt.date | None = None,
) -> VisitRecord:  # fmt: skip
    """Save an unsigned visit. A signed visit can only be amended."""
    today = today or dt.date.today()
    with unit_of_work(db, actor_id) as uow:
        row = uow.session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError("That visit no longer exists.", "visit")
        if row.signed_at is not None:
            raise DomainError(
                "This note is signed and locked. Add an amendment instead.", "signed_at"
            )
        check_version(row, expected_version, "visit note")
        family = load_family(uow.session, row.family_id)
        validate_visit(data, family.enrolled_on, family.referral_date, today)
        for name, value in _values(data).items():
            setattr(row, name, value)
        if participants is not None:
            row.participants = participants
        uow.session.flush()
        uow.audit("update", "visit", row.id)
        return to_record(VisitRecord, row)


def get_visit(db: Database, visit_id: int) -> VisitRecord:
    with db.read() as session:
        row = session.get(Visit, visit_id)
        if row is None:
            raise NotFoundError(f"No visit with id {visit_id}.", "visit")
        return to_record(VisitRecord, row)


def list_visits(
    db: Database, family_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[VisitRecord]:
    """A family's visits, newest first, optionally within [start, end]."""
    stmt = select(Visit).where(Visit.family_id == family_id)
    if start is not None:
        stmt = stmt.where(Visit.visit_date >= start)
    if end is not None:
        stmt = stmt.where(Visit.visit_date <= end)
    with db.read() as session:
        rows = session.scalars(stmt.order_by(Visit.visit_date.desc(), Visit.id.desc()))
        return [to_record(VisitRecord, v) for v in rows]
