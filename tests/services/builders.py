"""Rows for test set-ups that no service writes directly.

Also accounts' passphrases (``give_password``) and an administrator beside the
shared staff (``add_admin``).

A planned visit is only ever made by saving a note with a next visit date;
tests that need visits on given days and outcomes (planned ones included)
insert them here, on the context's clock, as the context's user.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from imh_desktop.data.db import Database
from imh_desktop.data.models import StaffUser, Visit
from imh_desktop.domain.enums import Role
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.records import VisitRecord


def add_visit(
    ctx: ServiceContext,
    family_id: int,
    data: VisitInput,
    signed_on: dt.date | None = None,
    participants: dict | None = None,
) -> VisitRecord:
    """Insert a visit by ``ctx.user_id`` as given (no validation); signed at 17:00 on ``signed_on``."""
    values = dataclasses.asdict(data)
    values["services"] = list(data.services)
    with ctx.db.session(ctx.clock) as session:
        row = Visit(
            family_id=family_id,
            specialist_id=ctx.user_id,
            participants=participants or {},
            **values,
        )
        if signed_on is not None:
            row.signed_at = dt.datetime.combine(signed_on, dt.time(17))
            row.signed_by_id = ctx.user_id
        session.add(row)
        session.flush()
        return to_record(VisitRecord, row)


def give_password(db: Database, staff_id: int, password: str, must_change: bool = False) -> None:
    """Set an account's passphrase as if its owner had chosen it (sign-in tests)."""
    from imh_desktop.services.auth.passwords import hash_password

    with db.session() as session:
        row = session.get(StaffUser, staff_id)
        assert row is not None
        row.password_hash = hash_password(password)
        row.must_change_password = must_change


def add_admin(db: Database, username: str, full_name: str) -> int:
    """An administrator added beside the test's staff (only an administrator adds one
    through the services, and the shared ``staff`` fixture has none)."""
    with db.session() as session:
        row = StaffUser(username=username, full_name=full_name, role=Role.ADMIN)
        session.add(row)
        session.flush()
        return row.id
