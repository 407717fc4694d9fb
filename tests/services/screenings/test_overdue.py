"""A caregiver never screened since enrolment is overdue everywhere it is shown.

DOMAIN.md "Screenings": a missed screening stays overdue until one of that
kind is given; the next window opening does not cancel it. Worked by hand:

Today is 25 Nov 2026. The Quinn family enrolled on 1 Feb 2026; the baby was
born at term on 1 Dec 2025, so caregiver screening counts from enrolment
(EPDS or PHQ-9; Cox, Holden & Sagovsky, 1987; Kroenke, Spitzer & Williams,
2001). Windows: 1 Feb - 1 May 2026 (within 3 months), 2 May - 1 Nov, 2 Nov -
1 May 2027. The caregiver was never screened: the first window is overdue
(one entry, although the second was missed too) and the third is due.

The baby's screenings are up to date by the same rule (ASQ-3, Squires &
Bricker, 2009; ASQ:SE-2, Squires, Bricker & Twombly, 2015): the 4-month
ASQ-3 (1 Mar - 30 Apr) and 6-month ASQ:SE-2 (1 Mar - 31 Aug) were missed,
but an ASQ-3 given on 1 Sep (in the 9-month window, 1 Aug - 30 Sep) and an
ASQ:SE-2 on 10 Sep (12-month window, 1 Sep 2026 - 28 Feb 2027) catch them
up. So the family has 1 screening due and 1 overdue, both the caregiver's.
"""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from imh_desktop.data.models import Screening
from imh_desktop.domain.enums import Frequency, Instrument, ReferralSource
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.reports.labels import label
from imh_desktop.services.common import export
from imh_desktop.services.family import families
from imh_desktop.services.screenings import results as screenings
from imh_desktop.services.team import dashboard as team

TODAY = dt.date(2026, 11, 25)
NOV = team.period_for("this_month", TODAY)
FIRST_WINDOW = (dt.date(2026, 2, 1), dt.date(2026, 5, 1))
CAREGIVER = "Rosa Quinn"


@pytest.fixture
def quinn(db, as_user, staff) -> int:
    data = FamilyInput(
        display_name="Quinn", specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.PEDIATRICIAN, referral_date=dt.date(2026, 1, 20),
        enrolled_on=dt.date(2026, 2, 1), frequency=Frequency.BIWEEKLY,
        caregivers=(CaregiverInput(CAREGIVER, is_primary=True),),
        children=(ChildInput("Leo Quinn", dt.date(2025, 12, 1)),),
    )  # fmt: skip
    family = families.create_family(as_user(staff["ssupervisor"]), data)
    child = family.children[0].id
    with db.session() as s:
        for instrument, given in ((Instrument.ASQ3, dt.date(2026, 9, 1)),
                                  (Instrument.ASQSE2, dt.date(2026, 9, 10))):  # fmt: skip
            s.add(Screening(family_id=family.id, instrument=instrument, given_on=given,
                            child_id=child, created_by_id=staff["aspecialist"]))  # fmt: skip
    return family.id


def test_the_record_lists_the_oldest_missed_window_as_overdue(as_user, staff, quinn):
    due = screenings.family_screenings_due(as_user(staff["aspecialist"]), quinn, TODAY)
    assert [(d.subject_name, d.due.status, d.due.window_start, d.due.window_end) for d in due] == [
        (CAREGIVER, "overdue", *FIRST_WINDOW),
        (CAREGIVER, "due", dt.date(2026, 11, 2), dt.date(2027, 5, 1)),
    ]
    assert due[0].due.label == "Caregiver depression screen (EPDS or PHQ-9), within 3 months"


def test_team_view_counts_and_flags_it(as_user, staff, quinn):
    data = team.load_team(as_user(staff["ssupervisor"]), NOV)
    family = data.families.set_index("family_id").loc[quinn]
    assert (family["screens_due"], family["screens_overdue"]) == (1, 1)
    assert "1 overdue screening" in family["attention"]
    ana = data.team_row(staff["aspecialist"])
    assert (ana["screens_due"], ana["screens_overdue"]) == (1, 1)
    assert data.totals()["screens_overdue"] == 1


def test_caseload_table_and_exports_show_it(as_user, staff, quinn, tmp_path):
    frame = team.caseload_frame(as_user(staff["aspecialist"]))
    row = frame.set_index("family_id").loc[quinn]
    assert (row["screens_due"], row["screens_overdue"]) == (1, 1)
    path = export.write_table(
        frame, team.CASELOAD_COLUMNS, tmp_path / "caseload.csv", "csv", label=label
    )
    with path.open(encoding="utf-8-sig", newline="") as f:
        (written,) = list(csv.DictReader(f))
    assert (written["Family"], written["Screens due"], written["Screens overdue"]) == (
        "Quinn", "1", "1",
    )  # fmt: skip
    whole = team.team_frame(as_user(staff["ssupervisor"]))
    assert list(whole["screens_overdue"]) == [1, 0, 1]  # Ana, Ben (no families), team total


def test_one_depression_screen_given_now_clears_both(as_user, staff, quinn):
    carer = families.get_family(as_user(staff["aspecialist"]), quinn).caregivers[0].id
    low = (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)  # EPDS total 0
    data = screenings.ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=carer, answers=low)
    screenings.record_screening(as_user(staff["aspecialist"]), quinn, data)
    assert screenings.family_screenings_due(as_user(staff["aspecialist"]), quinn, TODAY) == []
    assert screenings.screenings_due_counts(as_user(staff["aspecialist"]), [quinn], TODAY) == {
        quinn: (0, 0)
    }
