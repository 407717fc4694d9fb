"""Rescheduling a planned visit: version check, warnings, audit, refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import AuditEvent, Visit
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.calendar.moves import reschedule_visit
from imh_desktop.services.family import families
from tests.factories import TODAY, add_visit, family_input

T = dt.time
THU = TODAY + dt.timedelta(days=1)  # Thursday 26 Nov 2026


@pytest.fixture
def planned(as_user, staff):
    """Ana's two planned visits on Thursday, 09:00 and 14:30; ids (first, second)."""
    ana = as_user(staff["aspecialist"])
    fam = families.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))
    ids = []
    for at in (T(9), T(14, 30)):
        data = VisitInput(THU, VisitOutcome.PLANNED, start_time=at, duration_minutes=60)
        ids.append(add_visit(ana, fam.id, data).id)
    return tuple(ids)


def _version(db, visit_id):
    with db.read() as s:
        return s.get(Visit, visit_id).version


def test_reschedule_moves_the_visit_warns_and_is_audited(db, as_user, staff, planned):
    first, second = planned
    ana = as_user(staff["aspecialist"])
    done = reschedule_visit(ana, first, _version(db, first), THU, T(14, 0), 60)
    assert (done.visit.day, done.visit.start, done.visit.minutes) == (THU, T(14), 60)
    assert [c.visit_id for c in done.check.clashes] == [second]  # saved anyway: a warning
    assert done.visit.double_booked and not done.visit.outside_hours
    with db.read() as s:
        row = s.get(Visit, first)
        assert (row.visit_date, row.start_time) == (THU, T(14))
        event = s.query(AuditEvent).filter_by(action="reschedule", entity_id=first).one()
        assert '"before"' in event.detail and "09:00" in event.detail
        assert "Nguyễn" not in event.detail


def test_a_stale_version_is_a_conflict_and_changes_nothing(db, as_user, staff, planned):
    first, _ = planned
    ana = as_user(staff["aspecialist"])
    loaded = _version(db, first)
    reschedule_visit(ana, first, loaded, THU, T(10), 60)
    with pytest.raises(ConflictError, match="Someone else changed this visit"):
        reschedule_visit(ana, first, loaded, THU, T(16), 60)
    with db.read() as s:
        assert s.get(Visit, first).start_time == T(10)


def test_a_supervisor_moves_her_teams_visit_another_specialist_may_not(db, as_user, staff, planned):
    first, _ = planned
    with pytest.raises(PermissionDeniedError):
        reschedule_visit(as_user(staff["bspecialist"]), first, _version(db, first), THU, T(11), 60)
    sam = as_user(staff["ssupervisor"])
    assert reschedule_visit(sam, first, _version(db, first), THU, T(11), 60).visit.start == T(11)


def test_bad_times_and_documented_visits_are_refused(db, as_user, staff, planned):
    first, _ = planned
    ana = as_user(staff["aspecialist"])
    version = _version(db, first)
    with pytest.raises(DomainError, match="day that has passed"):
        reschedule_visit(ana, first, version, TODAY - dt.timedelta(days=1), T(10), 60)
    with pytest.raises(DomainError, match="1 minute to 8 hours"):
        reschedule_visit(ana, first, version, THU, T(10), 600)
    with db.session() as s:
        s.get(Visit, first).outcome = VisitOutcome.COMPLETED
    with pytest.raises(ConflictError, match="documented"):
        reschedule_visit(ana, first, _version(db, first), THU, T(10), 60)
