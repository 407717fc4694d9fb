"""Monthly and quarterly dosage by calendar month and quarter, wherever it is computed.

DOMAIN.md "Expected visit frequency": "monthly" is one visit per calendar
month (a family active all of January or all of February expects exactly
1), prorated by the days of that month; "quarterly" one per calendar
quarter. Worked by hand below; the caseload table, the team measures (and
the exports built on them) and the progress report must all agree.

Both families enrolled on 1 Dec 2025 and are visited once in each month
(or quarter) of 2026 shown; today is 25 Nov 2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import Frequency, ReferralSource, VisitOutcome
from imh_desktop.domain.inputs import CaregiverInput, FamilyInput, VisitInput
from imh_desktop.services.caseload import table as caseload
from imh_desktop.services.family import families
from imh_desktop.services.reports.progress import progress_report_data
from imh_desktop.services.team import dashboard as team
from tests.factories import add_visit

TODAY = dt.date(2026, 11, 25)
D = dt.date
MONTHS = (  # (first day, last day, visit): January 31 days, February 28, March 31
    (D(2026, 1, 1), D(2026, 1, 31), D(2026, 1, 14)),
    (D(2026, 2, 1), D(2026, 2, 28), D(2026, 2, 10)),
    (D(2026, 3, 1), D(2026, 3, 31), D(2026, 3, 18)),
)
QUARTERS = (  # Q1 2026 90 days, Q2 91, Q3 92
    (D(2026, 1, 1), D(2026, 3, 31), D(2026, 2, 20)),
    (D(2026, 4, 1), D(2026, 6, 30), D(2026, 5, 5)),
    (D(2026, 7, 1), D(2026, 9, 30), D(2026, 8, 12)),
)


def _family(as_user, staff, name: str, frequency: Frequency, spans) -> int:
    data = FamilyInput(
        display_name=name, specialist_id=staff["aspecialist"],
        referral_source=ReferralSource.SELF, referral_date=D(2025, 11, 20),
        enrolled_on=D(2025, 12, 1), frequency=frequency,
        caregivers=(CaregiverInput(f"{name} caregiver"),),
    )  # fmt: skip
    family_id = families.create_family(as_user(staff["ssupervisor"]), data).id
    for _, _, day in spans:
        note = VisitInput(day, VisitOutcome.COMPLETED)
        add_visit(as_user(staff["aspecialist"]), family_id, note)
    return family_id


@pytest.fixture
def monthly(as_user, staff) -> int:
    return _family(as_user, staff, "Monthly", Frequency.MONTHLY, MONTHS)


@pytest.fixture
def quarterly(as_user, staff) -> int:
    return _family(as_user, staff, "Quarterly", Frequency.QUARTERLY, QUARTERS)


def _team_row(as_user, staff, family_id: int, first: dt.date, last: dt.date) -> dict:
    period = team.period_for("custom", TODAY, first, last)
    families_frame = team.load_team(as_user(staff["ssupervisor"]), period).families
    return families_frame.set_index("family_id").loc[family_id].to_dict()


@pytest.mark.parametrize("span", MONTHS, ids=["january", "february", "march"])
def test_monthly_one_visit_a_month_is_100_percent_in_each_month(
    as_user, clock, staff, monthly, span
):
    first, last, _ = span
    row = _team_row(as_user, staff, monthly, first, last)
    assert (row["completed"], row["expected"], row["percent"]) == (1, 1.0, 100.0)
    report = progress_report_data(as_user(staff["ssupervisor"]), monthly, first, last).summary
    assert (report.completed, report.expected, report.dosage_percent) == (1, 1.0, 100.0)
    # The caseload table counts the whole calendar month of its "today".
    clock.set(last)
    (line,) = caseload.list_caseload(as_user(staff["aspecialist"]), "mine")
    assert (line.visits_this_month, line.expected_this_month) == (1, 1.0)


def test_monthly_over_three_months_is_100_percent(as_user, clock, staff, monthly):
    row = _team_row(as_user, staff, monthly, D(2026, 1, 1), D(2026, 3, 31))
    assert (row["completed"], row["expected"], row["percent"]) == (3, 3.0, 100.0)
    whole = team.team_frame(as_user(staff["ssupervisor"]), D(2026, 1, 1), D(2026, 3, 31))
    assert whole.iloc[-1]["percent"] == 100.0  # the team total of the export
    report = progress_report_data(
        as_user(staff["ssupervisor"]), monthly, D(2026, 1, 1), D(2026, 3, 31)
    ).summary
    assert report.dosage_percent == 100.0


def test_monthly_part_month_is_prorated_by_that_months_days(as_user, clock, staff, monthly):
    # 16 Jan - 14 Feb: 16 of January's 31 days + 14 of February's 28; one visit (10 Feb).
    row = _team_row(as_user, staff, monthly, D(2026, 1, 16), D(2026, 2, 14))
    assert row["expected"] == pytest.approx(16 / 31 + 14 / 28)


@pytest.mark.parametrize("span", QUARTERS, ids=["q1", "q2", "q3"])
def test_quarterly_one_visit_a_quarter_is_100_percent_in_each_quarter(
    as_user, clock, staff, quarterly, span
):
    first, last, _ = span
    row = _team_row(as_user, staff, quarterly, first, last)
    assert (row["completed"], row["expected"], row["percent"]) == (1, 1.0, 100.0)
    report = progress_report_data(as_user(staff["ssupervisor"]), quarterly, first, last).summary
    assert (report.expected, report.dosage_percent) == (1.0, 100.0)


def test_quarterly_over_three_quarters_and_its_share_of_a_month(as_user, clock, staff, quarterly):
    row = _team_row(as_user, staff, quarterly, D(2026, 1, 1), D(2026, 9, 30))
    assert (row["completed"], row["expected"], row["percent"]) == (3, 3.0, 100.0)
    # On the caseload on 20 August: 1-20 August, 20 of Q3's 92 days (up to today, as the
    # team view counts the month so far); on the 31st, all of August's 31.
    clock.set(D(2026, 8, 20))
    (line,) = caseload.list_caseload(as_user(staff["aspecialist"]), "mine")
    assert (line.visits_this_month, line.expected_this_month) == (1, pytest.approx(20 / 92))
    clock.set(D(2026, 8, 31))
    (line,) = caseload.list_caseload(as_user(staff["aspecialist"]), "mine")
    assert line.expected_this_month == pytest.approx(31 / 92)


def test_current_period_counts_days_up_to_today(as_user, clock, staff, monthly):
    # November up to the 25th: 25 of November's 30 days; no visit.
    row = _team_row(as_user, staff, monthly, D(2026, 11, 1), D(2026, 11, 30))
    assert row["expected"] == pytest.approx(25 / 30) and row["completed"] == 0
