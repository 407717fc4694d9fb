"""The .ics export: my planned visits, case numbers and UTC times only, read back."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar
import pytest

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.clock import FixedClock
from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.calendar.ics import export_ics
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.family import families
from tests.factories import TODAY, add_visit, family_input

NAMES = ("Nguyễn", "Ánh", "Bảo", "Zoë", "Núñez", "Okafor", "Ana Specialist")


def test_the_file_holds_case_numbers_and_utc_times_only(db, as_user, staff, tmp_path):
    detroit = zoneinfo.ZoneInfo("America/Detroit")
    ana = ServiceContext(db, staff["aspecialist"], FixedClock(dt.datetime(2026, 11, 25, 9),
                                                              detroit))  # fmt: skip
    sam = as_user(staff["ssupervisor"])
    fam = families.create_family(sam, family_input(staff["aspecialist"]))
    long = "Okafor family " + "with a very long name " * 4
    other = families.create_family(sam, family_input(staff["aspecialist"], display_name=long))
    thu = TODAY + dt.timedelta(days=1)
    timed = add_visit(ana, fam.id, VisitInput(thu, VisitOutcome.PLANNED, start_time=dt.time(14, 30),
                                              duration_minutes=45))  # fmt: skip
    add_visit(ana, other.id, VisitInput(thu + dt.timedelta(days=7), VisitOutcome.PLANNED))
    add_visit(ana, fam.id, VisitInput(TODAY - dt.timedelta(days=3), VisitOutcome.PLANNED))  # past
    summer = VisitInput(dt.date(2027, 3, 18), VisitOutcome.PLANNED, start_time=dt.time(14, 30))
    add_visit(ana, fam.id, summer)  # after the clocks go forward: 14:30 EDT is 18:30 UTC
    add_visit(ana, fam.id, VisitInput(thu, VisitOutcome.COMPLETED, start_time=dt.time(9)))
    out = tmp_path / "visits.ics"

    assert export_ics(ana, out, days=120) == 3

    raw = out.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = raw.decode()
    for name in NAMES:
        assert name not in text
    events = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        f"Visit {fam.case_number}",
        f"Visit {other.case_number}",
        f"Visit {fam.case_number}",
    ]
    first, second, third = events
    assert third.decoded("dtstart") == dt.datetime(2027, 3, 18, 18, 30, tzinfo=dt.UTC)
    assert first.decoded("dtstart") == dt.datetime(2026, 11, 26, 19, 30, tzinfo=dt.UTC)
    assert first.decoded("dtend") == dt.datetime(2026, 11, 26, 20, 15, tzinfo=dt.UTC)
    assert str(first["uid"]) == f"visit-{timed.id}@imh-desktop"
    assert "DTSTAMP:20261125T140000Z" in text
    assert second.decoded("dtstart") == thu + dt.timedelta(days=7)  # no time: all day
    assert set(first) <= {"UID", "DTSTAMP", "SEQUENCE", "SUMMARY", "DTSTART", "DTEND"}
    with db.read() as s:
        event = s.query(AuditEvent).filter_by(action="export", entity="calendar_file").one()
        assert event.staff_id == staff["aspecialist"] and '"visits": 3' in event.detail


def test_refused_for_an_administrator_and_bad_arguments(as_user, staff, tmp_path):
    with pytest.raises(PermissionDeniedError):
        export_ics(as_user(staff["aadmin"]), tmp_path / "a.ics")
    ana = as_user(staff["aspecialist"])
    with pytest.raises(DomainError, match=r"end in \.ics"):
        export_ics(ana, tmp_path / "a.txt")
    with pytest.raises(DomainError, match="1 to 366 days"):
        export_ics(ana, tmp_path / "a.ics", days=0)
    assert not list(tmp_path.glob("*.ics")) and not list(tmp_path.glob("*.txt"))
