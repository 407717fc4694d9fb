"""The unit of work: the acting user checked first, the permission checked, one transaction,
the audit row inside it; reads audited in their own transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from imh_desktop.data.models import AuditEvent, Family, StaffUser
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.access.disclosures import record_export, record_print
from imh_desktop.services.caseload.table import list_caseload
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UncheckedPermissionError, reading, unit_of_work
from imh_desktop.services.family import families
from imh_desktop.services.reports import progress_report_data
from imh_desktop.services.team import dashboard as team
from tests.factories import family_input

OWN = Permission.USE_OWN_ACCOUNT  # an action on one's own account: any active user may
TODAY = dt.date(2026, 11, 25)
AT = dt.datetime(2026, 11, 25, 10, 0)  # the clock fixture's time, UTC as stored


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
    with unit_of_work(as_user(ana), OWN) as uow:
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
        with unit_of_work(as_user(ana), OWN) as uow:
            uow.session.get(StaffUser, ana).phone = "(555) 010-0000"
            uow.audit("update", "staff_user", ana)
            uow.session.flush()  # written to the database, not yet committed
            raise DomainError("changed my mind", "phone")
    assert phone_of(db, ana) is None
    assert audit_rows(db) == before


def test_an_unknown_or_inactive_actor_is_refused_before_anything_runs(db, as_user, staff):
    ran = []
    with pytest.raises(DomainError) as err:
        with unit_of_work(as_user(9999), OWN):
            ran.append(True)
    assert err.value.field == "actor" and ran == []
    with db.session() as s:
        s.get(StaffUser, staff["bspecialist"]).active = False
    with pytest.raises(DomainError) as err:
        with unit_of_work(as_user(staff["bspecialist"]), OWN):
            ran.append(True)
    assert err.value.field == "actor" and "inactive" in str(err.value) and ran == []


def test_today_and_now_come_from_the_context_clock_now_in_utc(db, staff):
    """23:30 on 25 Nov in Chicago is 05:30 on 26 Nov in UTC: today is the local day."""
    clock = FixedClock(dt.datetime(2026, 11, 25, 23, 30), tz=ZoneInfo("America/Chicago"))
    with unit_of_work(ServiceContext(db, staff["aspecialist"], clock), OWN) as uow:
        assert uow.today == dt.date(2026, 11, 25)
        assert uow.now() == dt.datetime(2026, 11, 26, 5, 30)
        assert uow.now().tzinfo is None  # stored without a zone


def test_a_row_saved_by_someone_else_meanwhile_is_a_conflict_not_an_overwrite(db, as_user, staff):
    sam = as_user(staff["ssupervisor"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    with pytest.raises(ConflictError, match="Someone else saved"):
        with unit_of_work(sam, Permission.CHANGE_FAMILY, family_id=family.id) as uow:
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


def audit_events(db) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


@pytest.fixture
def family(as_user, staff):
    return families.create_family(as_user(staff["aspecialist"]), family_input(staff["aspecialist"]))


def test_reading_a_family_writes_one_audit_row(db, as_user, staff, family):
    before = len(audit_events(db))
    families.get_family(as_user(staff["ssupervisor"]), family.id)
    rows = audit_events(db)[before:]
    assert [(r.staff_id, r.action, r.entity, r.entity_id, r.at) for r in rows] == [
        (staff["ssupervisor"], "read", "family", family.id, AT)
    ]


def test_the_caseload_list_is_one_row_not_one_per_family(db, as_user, staff, family):
    sam = as_user(staff["ssupervisor"])
    families.create_family(sam, family_input(staff["bspecialist"]))
    before = len(audit_events(db))
    assert len(list_caseload(sam, "team")) == 2
    rows = audit_events(db)[before:]
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [("read", "caseload", None)]
    assert json.loads(rows[0].detail) == {"scope": "team", "families": 2}


def test_reports_exports_and_prints_are_audited_by_kind(db, as_user, staff, family):
    sam = as_user(staff["ssupervisor"])
    before = len(audit_events(db))
    progress_report_data(sam, family.id, dt.date(2026, 9, 1), TODAY)
    team.caseload_frame(sam)
    record_print(sam, "caseload", [family.id])
    record_export(sam, "team_table", [family.id], "xlsx")
    rows = audit_events(db)[before:]
    assert [(r.action, r.entity) for r in rows] == [
        ("report", "progress_report"), ("export", "caseload_table"),
        ("print", "caseload"), ("export", "team_table"),
    ]  # fmt: skip
    assert rows[0].entity_id == family.id and json.loads(rows[3].detail)["format"] == "xlsx"


def test_a_failed_read_leaves_no_read_row(db, as_user, staff):
    before = len(audit_events(db))
    with pytest.raises(Exception, match="no longer exists"):
        families.get_family(as_user(staff["ssupervisor"]), 999)
    assert audit_events(db)[before:] == []


def test_a_refused_read_is_recorded_as_denied(db, as_user, staff, family):
    before = len(audit_events(db))
    with pytest.raises(PermissionDeniedError) as err:
        families.get_family(as_user(staff["bspecialist"]), family.id)
    assert err.value.field == "out_of_scope"
    rows = audit_events(db)[before:]
    assert [(r.staff_id, r.action, r.entity_id) for r in rows] == [
        (staff["bspecialist"], "denied", family.id)
    ]


def test_a_deactivated_account_is_refused(db, as_user, staff):
    with db.session() as s:
        s.get(StaffUser, staff["bspecialist"]).active = False
    with pytest.raises(PermissionDeniedError, match="inactive"):
        list_caseload(as_user(staff["bspecialist"]), "mine")


def test_a_unit_that_never_checks_its_permission_rolls_back(db, as_user, staff, family):
    ana = as_user(staff["aspecialist"])
    with pytest.raises(UncheckedPermissionError):
        with unit_of_work(ana, Permission.CHANGE_FAMILY) as uow:  # no family checked
            uow.session.get(Family, family.id).display_name = "Changed"
    assert families.get_family(ana, family.id).display_name == "Nguyễn family"
    with pytest.raises(UncheckedPermissionError):  # a read goes through reading()
        with unit_of_work(ana, Permission.READ_FAMILY):
            pass
    with pytest.raises(UncheckedPermissionError):  # and a write through unit_of_work()
        with reading(ana, Permission.CHANGE_FAMILY, "family", family_id=family.id):
            pass


SERVICES = Path(__file__).resolve().parents[3] / "imh_desktop" / "services"


def test_services_reach_the_database_only_through_the_unit_of_work():
    """No service opens its own session on the context: that is the unit of work's alone.

    (Functions used before anyone signs in take a ``Database`` and are not services of a
    signed-in user; ``sign_in(ctx.db, ...)`` re-checks a passphrase that way.)
    """
    offenders = []
    for path in SERVICES.rglob("*.py"):
        if path.name == "uow.py":
            continue
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            if re.search(r"\bctx\.db\.(read|session|engine)\b", line):
                offenders.append(f"{path.relative_to(SERVICES)}:{number}")
    assert offenders == []


def _deadlock() -> Exception:
    """What SQLAlchemy raises when PostgreSQL picked this transaction as a deadlock's victim."""
    import psycopg.errors
    from sqlalchemy.exc import OperationalError

    return OperationalError("COMMIT", {}, psycopg.errors.DeadlockDetected("deadlock detected"))


def test_a_unit_rolled_back_by_a_deadlock_is_run_again_and_saved_once(
    db, as_user, staff, monkeypatch
):  # fmt: skip
    from sqlalchemy.orm import Session

    from imh_desktop.services.common import uow as uow_module

    ctx = as_user(staff["aspecialist"])
    family = families.create_family(as_user(staff["ssupervisor"]), family_input(ctx.user_id))
    monkeypatch.setattr(uow_module, "RETRY_DELAYS_S", (0.0, 0.0, 0.0))
    real_commit, failures = Session.commit, [2]

    def commit(session):  # the server aborts the first two commits, then lets one through
        if failures[0]:
            failures[0] -= 1
            raise _deadlock()
        real_commit(session)

    monkeypatch.setattr(Session, "commit", commit)
    before = uow_module.retried["update_family"]
    data = dataclasses.replace(family_input(ctx.user_id), display_name="Retried family")
    saved = families.update_family(ctx, family.id, data, family.version)
    assert uow_module.retried["update_family"] - before == 2
    assert saved.version == family.version + 1  # saved once, not three times
    assert families.get_family(ctx, family.id).display_name == "Retried family"


def test_a_unit_still_rolled_back_after_the_retries_reaches_the_user_in_words(
    db, as_user, staff, monkeypatch
):  # fmt: skip
    from sqlalchemy.orm import Session

    from imh_desktop.domain.errors import TransientDatabaseError
    from imh_desktop.services.common import uow as uow_module

    ctx = as_user(staff["aspecialist"])
    family = families.create_family(as_user(staff["ssupervisor"]), family_input(ctx.user_id))
    monkeypatch.setattr(uow_module, "RETRY_DELAYS_S", (0.0, 0.0))

    def commit(_session):
        raise _deadlock()

    monkeypatch.setattr(Session, "commit", commit)
    data = dataclasses.replace(family_input(ctx.user_id), display_name="Never saved")
    with pytest.raises(TransientDatabaseError, match="Nothing was saved; try again"):
        families.update_family(ctx, family.id, data, family.version)
    monkeypatch.undo()
    assert families.get_family(ctx, family.id).version == family.version


def test_a_conflict_is_never_retried(db, as_user, staff, monkeypatch):
    from imh_desktop.services.common import uow as uow_module

    ctx = as_user(staff["aspecialist"])
    family = families.create_family(as_user(staff["ssupervisor"]), family_input(ctx.user_id))
    before = sum(uow_module.retried.values())
    with pytest.raises(ConflictError):
        families.update_family(ctx, family.id, family_input(ctx.user_id), family.version + 5)
    assert sum(uow_module.retried.values()) == before
