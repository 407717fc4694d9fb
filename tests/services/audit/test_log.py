"""The audit log's reads: who may see what, the filters, "who looked at this family", CSV."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.audit.log import (
    AuditFilter,
    audit_choices,
    family_access_log,
    list_audit_events,
)


def _families(page) -> set[str]:
    return {e.case_number for e in page.events if e.case_number}


def test_supervisors_see_their_team_and_admins_everything(as_user, staff, teams):
    mine = list_audit_events(as_user(staff["ssupervisor"]), AuditFilter())
    assert _families(mine) == {teams["ana_family"].case_number}
    theirs = list_audit_events(as_user(teams["tess"]), AuditFilter())
    assert _families(theirs) == {teams["carl_family"].case_number}
    everything = list_audit_events(as_user(teams["admin"]), AuditFilter())
    assert _families(everything) == {teams["ana_family"].case_number,
                                     teams["carl_family"].case_number}  # fmt: skip
    # Tess's team: her own events and Carl's account, not Sam creating Ana's.
    accounts = {e.entity_id for e in theirs.events if e.entity == "staff_user"}
    assert teams["carl"] in accounts and staff["aspecialist"] not in accounts
    assert [e.seq for e in everything.events] == sorted(
        (e.seq for e in everything.events), reverse=True
    )


def test_specialists_cannot_open_the_log(as_user, staff):
    with pytest.raises(PermissionDeniedError):
        list_audit_events(as_user(staff["aspecialist"]), AuditFilter())
    with pytest.raises(PermissionDeniedError):
        audit_choices(as_user(staff["aspecialist"]))


def test_filters_by_user_case_action_and_days(as_user, staff, teams, clock):
    admin = as_user(teams["admin"])
    case = teams["ana_family"].case_number
    by_case = list_audit_events(admin, AuditFilter(case_number=case.lower()[-4:]))
    assert _families(by_case) == {case}
    by_user = list_audit_events(admin, AuditFilter(staff_id=teams["tess"]))
    assert {e.staff_id for e in by_user.events} == {teams["tess"]}
    created = list_audit_events(admin, AuditFilter(action="create"))
    assert created.events and {e.action for e in created.events} == {"create"}
    today = clock.today()
    assert list_audit_events(admin, AuditFilter(start=today, end=today)).events
    later = today + dt.timedelta(days=1)
    assert list_audit_events(admin, AuditFilter(start=later)).events == ()
    with pytest.raises(DomainError):
        list_audit_events(admin, AuditFilter(start=later, end=today))
    few = list_audit_events(admin, AuditFilter(), limit=2)
    assert len(few.events) == 2 and few.truncated
    choices = audit_choices(as_user(staff["ssupervisor"]))
    assert {name for _, name in choices.staff} == {"Sam Supervisor", "Ana Specialist",
                                                   "Ben Specialist"}  # fmt: skip
    assert "create" in choices.actions


def test_reading_the_log_is_itself_audited(db, as_user, staff, teams):
    list_audit_events(as_user(staff["ssupervisor"]), AuditFilter(action="create"))
    with db.read() as s:
        read = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (read.action, read.entity, read.staff_id) == ("read", "audit_log", staff["ssupervisor"])
    assert json.loads(read.detail)["of_action"] == "create"


def test_who_looked_at_a_family_for_its_specialist_and_supervisor_only(as_user, staff, teams):
    family = teams["ana_family"]
    seen = family_access_log(as_user(staff["aspecialist"]), family.id)
    assert {e.family_id for e in seen} == {family.id} and seen[-1].action == "create"
    again = family_access_log(as_user(staff["ssupervisor"]), family.id)
    looked = again[0]  # Ana's look is on the list now
    assert (looked.action, looked.staff_name) == ("read", "Ana Specialist")
    assert family_access_log(as_user(teams["admin"]), family.id)
    for outsider in (staff["bspecialist"], teams["tess"], teams["carl"]):
        with pytest.raises(PermissionDeniedError):
            family_access_log(as_user(outsider), family.id)
