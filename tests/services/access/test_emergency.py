"""Emergency access: find a family by case number, give a reason, read it for a few hours."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.errors import DomainError, NotFoundError, PermissionDeniedError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.domain.permissions import Relation
from imh_desktop.services.access.emergency import (
    grant_emergency_access,
    list_emergency_access,
    locate_family,
)
from imh_desktop.services.admin.agency import AgencySettings, save_settings
from imh_desktop.services.family import families
from imh_desktop.services.reports import progress_report_data
from imh_desktop.services.visits.notes import save_note
from imh_desktop.services.visits.records import NoteInput
from tests.factories import family_input, two_teams

TODAY = dt.date(2026, 11, 25)
REASON = "The family called in crisis; Ana is on leave."


@pytest.fixture
def agency(as_user, staff):
    return two_teams(as_user, staff)


def test_locate_says_whether_a_reason_is_needed(as_user, agency):
    family = agency["family"]
    own = locate_family(as_user(agency["aspecialist"]), family.case_number.lower())
    assert (own.family_id, own.access) == (family.id, "open")
    other = locate_family(as_user(agency["cspecialist"]), family.case_number)
    assert (other.family_id, other.access) == (family.id, "emergency")
    with pytest.raises(NotFoundError) as err:
        locate_family(as_user(agency["cspecialist"]), "IMH-1999-0001")
    assert err.value.field == "case_number"
    with pytest.raises(PermissionDeniedError):
        locate_family(as_user(agency["aadmin"]), family.case_number)


def test_break_the_glass_reads_and_writes_notes_for_four_hours(db, as_user, clock, agency):
    cleo, family = as_user(agency["cspecialist"]), agency["family"]
    with pytest.raises(PermissionDeniedError):
        families.get_family(cleo, family.id)
    with pytest.raises(DomainError) as err:
        grant_emergency_access(cleo, family.id, "crisis")
    assert err.value.field == "reason"
    grant = grant_emergency_access(cleo, family.id, REASON)
    assert grant.expires_at - grant.granted_at == dt.timedelta(hours=4)
    record = families.get_family(cleo, family.id)
    assert record.relation is Relation.EMERGENCY
    assert record.emergency_until == dt.datetime(2026, 11, 25, 14, 0)
    assert locate_family(cleo, family.case_number).access == "open"
    note = save_note(cleo, family.id, NoteInput(VisitInput(TODAY, observation="Phone call.")))
    assert note.visit.specialist_id == agency["cspecialist"]
    with pytest.raises(PermissionDeniedError, match="Emergency access lets you read"):
        families.update_family(cleo, family.id, family_input(agency["aspecialist"]), None)
    with pytest.raises(PermissionDeniedError):
        progress_report_data(cleo, family.id, dt.date(2026, 9, 1), TODAY)
    with db.read() as s:
        row = s.scalars(select(AuditEvent).where(AuditEvent.action == "emergency_access")).one()
    assert (row.staff_id, row.entity, row.entity_id) == (agency["cspecialist"], "family", family.id)
    assert json.loads(row.detail)["reason"] == REASON
    clock.set(dt.datetime(2026, 11, 25, 14, 1, tzinfo=dt.UTC))  # the access has ended
    with pytest.raises(PermissionDeniedError):
        families.get_family(cleo, family.id)
    assert locate_family(cleo, family.case_number).access == "emergency"


def test_the_hours_are_the_agencys_setting(as_user, agency):
    save_settings(as_user(agency["aadmin"]), AgencySettings(emergency_access_hours=1))
    grant = grant_emergency_access(as_user(agency["cspecialist"]), agency["family"].id, REASON)
    assert grant.expires_at - grant.granted_at == dt.timedelta(hours=1)


def test_no_glass_to_break_on_ones_own_caseload_and_none_for_administrators(as_user, agency):
    with pytest.raises(DomainError, match="on your caseload"):
        grant_emergency_access(as_user(agency["ssupervisor"]), agency["family"].id, REASON)
    with pytest.raises(PermissionDeniedError):
        grant_emergency_access(as_user(agency["aadmin"]), agency["family"].id, REASON)


def test_supervisors_see_who_opened_what_and_why(as_user, agency):
    family = agency["family"]
    grant_emergency_access(as_user(agency["cspecialist"]), family.id, REASON)
    month = dt.date(2026, 11, 1)
    # Sam: a family of his team was opened by someone else; he sees its name.
    sams = list_emergency_access(as_user(agency["ssupervisor"]), month)
    assert [(g.staff_name, g.case_number, g.family_name, g.reason) for g in sams] == [
        ("Cleo Specialist", family.case_number, "Nguyễn family", REASON)
    ]
    assert sams[0].active(dt.datetime(2026, 11, 25, 12, 0))
    # Olga: her specialist opened a family outside the team; she sees the case number only.
    olgas = list_emergency_access(as_user(agency["osupervisor"]), month)
    assert [(g.staff_name, g.case_number, g.family_name) for g in olgas] == [
        ("Cleo Specialist", family.case_number, "")
    ]
    assert list_emergency_access(as_user(agency["ssupervisor"]), dt.date(2026, 11, 26)) == []
