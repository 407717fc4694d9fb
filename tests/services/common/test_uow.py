"""The unit of work: the acting user checked first, one transaction, the audit row inside it."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from imh_desktop.data.models import AuditEvent, Family, StaffUser
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import unit_of_work


def phone_of(db, staff_id):
    with db.read() as s:
        return s.get(StaffUser, staff_id).phone


def audit_rows(db):
    with db.read() as s:
        return [
            (e.staff_id, e.action, e.entity, e.entity_id, e.detail)
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def test_the_change_and_its_audit_row_commit_together(db, as_user, staff):
    ana = staff["aspecialist"]
    with unit_of_work(as_user(ana)) as uow:
        assert uow.actor.id == ana and uow.actor.role is Role.SPECIALIST
        uow.session.get(StaffUser, ana).phone = "(555) 010-7788"
        uow.audit("update", "staff_user", ana, phone="set", town="Ølstad", on=dt.date(2026, 11, 25))
        uow.audit("view", "staff_user", None)
    assert phone_of(db, ana) == "(555) 010-7788"
    changed, viewed = audit_rows(db)[-2:]
    assert changed[:4] == (ana, "update", "staff_user", ana)
    # JSON, non-ASCII kept as is, dates as text
    assert changed[4] == '{"phone": "set", "town": "Ølstad", "on": "2026-11-25"}'
    assert json.loads(changed[4])["town"] == "Ølstad"
    assert viewed == (ana, "view", "staff_user", None, "")


def test_an_error_rolls_back_the_change_and_the_audit_row(db, as_user, staff):
    ana = staff["aspecialist"]
    before = audit_rows(db)
    with pytest.raises(DomainError, match="changed my mind"):
        with unit_of_work(as_user(ana)) as uow:
            uow.session.get(StaffUser, ana).phone = "(555) 010-0000"
            uow.audit("update", "staff_user", ana)
            uow.session.flush()  # written to the database, not yet committed
            raise DomainError("changed my mind", "phone")
    assert phone_of(db, ana) is None
    assert audit_rows(db) == before


def test_an_unknown_or_inactive_actor_is_refused_before_anything_runs(db, as_user, staff):
    ran = []
    with pytest.raises(DomainError) as err:
        with unit_of_work(as_user(9999)):
            ran.append(True)
    assert err.value.field == "actor" and ran == []
    with db.session() as s:
        s.get(StaffUser, staff["bspecialist"]).active = False
    with pytest.raises(DomainError) as err:
        with unit_of_work(as_user(staff["bspecialist"])):
            ran.append(True)
    assert err.value.field == "actor" and "inactive" in str(err.value) and ran == []


def test_today_and_now_come_from_the_context_clock_now_in_utc(db, staff):
    """23:30 on 25 Nov in Chicago is 05:30 on 26 Nov in UTC: today is the local day."""
    clock = FixedClock(dt.datetime(2026, 11, 25, 23, 30), tz=ZoneInfo("America/Chicago"))
    with unit_of_work(ServiceContext(db, staff["aspecialist"], clock)) as uow:
        assert uow.today == dt.date(2026, 11, 25)
        assert uow.now() == dt.datetime(2026, 11, 26, 5, 30)
        assert uow.now().tzinfo is None  # stored without a zone


def test_require_role(as_user, staff):
    with unit_of_work(as_user(staff["ssupervisor"])) as uow:
        uow.require_role(Role.SUPERVISOR)
        uow.require_role(Role.ADMIN, Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError, match=r"^Only a supervisor can do this\.$"):
        with unit_of_work(as_user(staff["aspecialist"])) as uow:
            uow.require_role(Role.SUPERVISOR)
    with pytest.raises(PermissionDeniedError, match="admin or supervisor"):
        with unit_of_work(as_user(staff["aspecialist"])) as uow:
            uow.require_role(Role.ADMIN, Role.SUPERVISOR)


def test_a_row_saved_by_someone_else_meanwhile_is_a_conflict_not_an_overwrite(db, as_user, staff):
    from imh_desktop.services.family import families
    from tests.factories import family_input

    sam = as_user(staff["ssupervisor"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    with pytest.raises(ConflictError, match="Someone else saved"):
        with unit_of_work(sam) as uow:
            row = uow.session.get(Family, family.id)
            # Another save bumps the version under us (same transaction, so no lock waits).
            uow.session.execute(
                update(Family)
                .where(Family.id == family.id)
                .values(version=Family.version + 1)
                .execution_options(synchronize_session=False)
            )
            row.display_name = "Overwritten family"
            uow.audit("update", "family", family.id)
    assert families.get_family(sam, family.id).display_name == "Nguyễn family"
