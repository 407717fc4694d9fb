"""Program measures on a hand-built agency: the numbers below are worked out by hand.

Period: 1 Jan - 30 Jun 2026 (today 25 Nov 2026). Sam supervises Ana and Ben;
Olga supervises Cleo. ASQ-3 windows (default schedule) open at 3 months and
close the day before 5 months (4 month questionnaire), by corrected age.

Ana's families
- F1: enrolled 1 Nov 2025, baby born 10 Sep 2025. Depression window 1 Nov 2025 -
  1 Feb 2026 (ends in the period), EPDS on 15 Dec 2025: on time. ASQ-3 4 month
  window 10 Dec 2025 - 9 Feb 2026, ASQ-3 on 20 Jan 2026: on time. 6 months on
  1 May 2026, active: retained.
- F2: enrolled in pregnancy 1 Oct 2025, baby born 20 Jan 2026 at 34 weeks.
  Depression window from the birth: 20 Jan - 20 Apr 2026; the EPDS of 1 Dec 2025
  (pregnancy) does not count: not on time. ASQ-3 4 month window by corrected age
  3 Jun - 2 Aug 2026: ends after the period, not counted. Positive EPDS on 5 May
  2026 with a mental health referral made 10 May, connected: completed. 6 months
  on 1 Apr 2026, active: retained.
- F3: enrolled 1 Mar 2025, closed 20 Aug 2025 with goals met: 12 months on 1 Mar
  2026: retained.
Ben's families
- F4: enrolled 1 Feb 2025, closed 10 Jan 2026 (moved): 12 months on 1 Feb 2026:
  not retained. Its child's 18 month window ends 30 Jun 2026, after it closed.
- F5: enrolled 1 Jul 2025, child born 10 Aug 2024. ASQ-3 18 month window
  10 Jan - 9 Mar 2026, the ASQ-3 given 1 Apr 2026: not on time. That ASQ-3 was
  positive; the Part C referral made from its alert on 10 Apr is still "made":
  not completed. Positive ASQ:SE-2 on 1 Jun 2026, a mental health referral made
  from its alert, closed: completed. Part C referrals made in the period: 1 Feb
  (connected) and 10 Apr (made): 1 of 2. 6 months on 1 Jan 2026, active: retained.
- F6: referred, never enrolled: counts nowhere.
Cleo's family (Olga's team)
- F7: enrolled 1 Dec 2025: 6 months on 1 Jun 2026, active: retained.

| measure | Ana | Ben | Sam's program | agency (admin) |
| depression on time | 1/2 | 0/0 | 1/2 | 1/2 |
| ASQ-3 on time | 1/1 | 0/1 | 1/2 | 1/2 |
| positive depression, referral completed | 1/1 | 0/0 | 1/1 | 1/1 |
| positive developmental, referral completed | 0/0 | 1/2 | 1/2 | 1/2 |
| Part C connected | 0/0 | 1/2 | 1/2 | 1/2 |
| retained 6 months | 2/2 | 1/1 | 3/3 | 4/4 |
| retained 12 months | 1/1 | 0/1 | 1/2 | 1/2 |
"""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.measures import Measure, Ratio
from imh_desktop.services.measures.program import (
    export_measures,
    measure_families,
    program_measures,
)
from tests.factories import MEASURES_END, MEASURES_START, measures_agency

D = dt.date

START, END = MEASURES_START, MEASURES_END


@pytest.fixture
def agency(db, staff, as_user):
    """The families of the module's docstring; ids by username (Olga, Cleo too) and f1, f2, f5."""
    return measures_agency(db, staff, as_user)


EXPECTED = {  # (Ana, Ben, Sam's program)
    Measure.DEPRESSION_SCREENED: ((1, 2), (0, 0), (1, 2)),
    Measure.ASQ_SCREENED: ((1, 1), (0, 1), (1, 2)),
    Measure.DEPRESSION_REFERRED: ((1, 1), (0, 0), (1, 1)),
    Measure.DEVELOPMENT_REFERRED: ((0, 0), (1, 2), (1, 2)),
    Measure.PART_C_CONNECTED: ((0, 0), (1, 2), (1, 2)),
    Measure.RETAINED_6: ((2, 2), (1, 1), (3, 3)),
    Measure.RETAINED_12: ((1, 1), (0, 1), (1, 2)),
}


def test_supervisor_sees_her_team_per_specialist_and_program(agency, as_user):
    data = program_measures(as_user(agency["ssupervisor"]), START, END)
    ana, ben = agency["aspecialist"], agency["bspecialist"]
    assert [name for _, name in data.specialists] == ["Ana Specialist", "Ben Specialist"]
    for measure, (a, b, program) in EXPECTED.items():
        got = (data.ratio(measure, ana), data.ratio(measure, ben), data.ratio(measure))
        assert got == (Ratio(*a), Ratio(*b), Ratio(*program)), measure


def test_administrator_sees_the_agency_counts_only(agency, as_user):
    admin = as_user(agency["aadmin"])
    data = program_measures(admin, START, END)
    assert data.ratio(Measure.RETAINED_6) == Ratio(4, 4)  # Cleo's family too
    assert data.ratio(Measure.RETAINED_6, agency["cspecialist"]) == Ratio(1, 1)
    assert data.ratio(Measure.ASQ_SCREENED) == Ratio(1, 2)
    with pytest.raises(PermissionDeniedError):
        measure_families(admin, START, END, Measure.RETAINED_6)  # the families are clinical


def test_families_behind_a_count(agency, as_user, db):
    sam = as_user(agency["ssupervisor"])
    rows = measure_families(sam, START, END, Measure.DEPRESSION_SCREENED)
    assert [(r.family_id, r.counted, r.on) for r in rows] == [
        (agency["f2"], False, D(2026, 4, 20)), (agency["f1"], True, D(2026, 2, 1)),  # missed first
    ]  # fmt: skip
    assert rows[0].specialist == "Ana Specialist" and rows[0].subject.startswith("Carer")
    ben = measure_families(sam, START, END, Measure.DEVELOPMENT_REFERRED, agency["bspecialist"])
    assert [(r.subject.split(", ")[1], r.counted) for r in ben] == [
        ("ASQ-3", False), ("ASQ:SE-2", True),
    ]  # fmt: skip
    assert (
        measure_families(sam, START, END, Measure.DEVELOPMENT_REFERRED, agency["aspecialist"]) == ()
    )
    with db.read() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert (event.action, event.entity) == ("report", "measure_families")


def test_another_supervisor_sees_only_her_team(agency, as_user):
    data = program_measures(as_user(agency["osupervisor"]), START, END)
    assert data.ratio(Measure.RETAINED_6) == Ratio(1, 1)
    assert data.ratio(Measure.ASQ_SCREENED) == Ratio(0, 0)


def test_read_and_export_are_audited(agency, as_user, db):
    sam = as_user(agency["ssupervisor"])
    export_measures(sam, START, END, "pdf")
    with db.read() as s:
        event = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert (event.action, event.entity) == ("read", "program_measures")
        assert "pdf" in event.detail
    with pytest.raises(DomainError):
        export_measures(sam, START, END, "doc")
    with pytest.raises(DomainError):
        program_measures(sam, END, START)


def test_a_specialist_is_refused(agency, as_user):
    with pytest.raises(PermissionDeniedError):
        program_measures(as_user(agency["aspecialist"]), START, END)
