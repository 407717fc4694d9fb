"""The unit of work: one place that checks permissions, and the read audit written with the read."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent, Family, StaffUser
from imh_desktop.domain.errors import PermissionDeniedError
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.access.disclosures import record_export, record_print
from imh_desktop.services.caseload.table import list_caseload
from imh_desktop.services.common.uow import UncheckedPermissionError, reading, unit_of_work
from imh_desktop.services.family import families
from imh_desktop.services.reports import progress_report_data
from imh_desktop.services.team import dashboard as team
from tests.services.family.test_families import family_input

TODAY = dt.date(2026, 11, 25)
AT = dt.datetime(2026, 11, 25, 10, 0)  # the clock fixture's time, UTC as stored


def audit_rows(db) -> list[AuditEvent]:
    with db.read() as s:
        return list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))


@pytest.fixture
def family(as_user, staff):
    return families.create_family(as_user(staff["aspecialist"]), family_input(staff["aspecialist"]))


def test_reading_a_family_writes_one_audit_row(db, as_user, staff, family):
    before = len(audit_rows(db))
    families.get_family(as_user(staff["ssupervisor"]), family.id)
    rows = audit_rows(db)[before:]
    assert [(r.staff_id, r.action, r.entity, r.entity_id, r.at) for r in rows] == [
        (staff["ssupervisor"], "read", "family", family.id, AT)
    ]


def test_the_caseload_list_is_one_row_not_one_per_family(db, as_user, staff, family):
    sam = as_user(staff["ssupervisor"])
    families.create_family(sam, family_input(staff["bspecialist"]))
    before = len(audit_rows(db))
    assert len(list_caseload(sam, "team")) == 2
    rows = audit_rows(db)[before:]
    assert [(r.action, r.entity, r.entity_id) for r in rows] == [("read", "caseload", None)]
    assert json.loads(rows[0].detail) == {"scope": "team", "families": 2}


def test_reports_exports_and_prints_are_audited_by_kind(db, as_user, staff, family):
    sam = as_user(staff["ssupervisor"])
    before = len(audit_rows(db))
    progress_report_data(sam, family.id, dt.date(2026, 9, 1), TODAY)
    team.caseload_frame(sam)
    record_print(sam, "caseload", [family.id])
    record_export(sam, "team_table", [family.id], "xlsx")
    rows = audit_rows(db)[before:]
    assert [(r.action, r.entity) for r in rows] == [
        ("report", "progress_report"), ("export", "caseload_table"),
        ("print", "caseload"), ("export", "team_table"),
    ]  # fmt: skip
    assert rows[0].entity_id == family.id and json.loads(rows[3].detail)["format"] == "xlsx"


def test_a_failed_read_leaves_no_read_row(db, as_user, staff):
    before = len(audit_rows(db))
    with pytest.raises(Exception, match="no longer exists"):
        families.get_family(as_user(staff["ssupervisor"]), 999)
    assert audit_rows(db)[before:] == []


def test_a_refused_read_is_recorded_as_denied(db, as_user, staff, family):
    before = len(audit_rows(db))
    with pytest.raises(PermissionDeniedError) as err:
        families.get_family(as_user(staff["bspecialist"]), family.id)
    assert err.value.field == "out_of_scope"
    rows = audit_rows(db)[before:]
    assert [(r.staff_id, r.action, r.entity_id) for r in rows] == [
        (staff["bspecialist"], "denied", family.id)
    ]


def test_a_deactivated_account_is_refused(db, as_user, staff):
    with db.session() as s:
        s.get(StaffUser, staff["bspecialist"]).active = False
    with pytest.raises(PermissionDeniedError, match="no longer active"):
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
