"""What every report shares: the agency letterhead from the settings, and the period check."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.admin.agency import AgencySettings, save_settings
from imh_desktop.services.reports.common import AgencyInfo, agency_info, check_period

D = dt.date
TODAY = D(2026, 11, 25)


def test_agency_info_follows_the_saved_settings(as_user, staff):
    ana = as_user(staff["aspecialist"])
    assert agency_info(ana) == AgencyInfo(
        "Riverbend Infant & Family Services",
        "120 Willow Street, Suite 4\nRiverbend, MI 48100",
        "(555) 010-2040",
    )
    save_settings(
        as_user(staff["ssupervisor"]),
        AgencySettings("Ølstad Family Center", "1 Fjord Way", "(555) 010-9999"),
    )
    assert agency_info(ana) == AgencyInfo("Ølstad Family Center", "1 Fjord Way", "(555) 010-9999")


@pytest.mark.parametrize(
    ("start", "end"),
    [(D(2026, 11, 1), D(2026, 11, 30)), (TODAY, TODAY), (D(2024, 2, 29), D(2024, 2, 29))],
)
def test_a_period_that_has_begun_is_accepted_even_if_it_ends_later(start, end):
    assert check_period(start, end, TODAY) is None  # no error raised


def test_a_period_ending_before_it_starts_says_both_dates_in_words():
    with pytest.raises(DomainError) as err:
        check_period(D(2026, 11, 5), D(2026, 3, 1), TODAY)
    assert err.value.field == "period_end"
    assert str(err.value) == "The period ends (1 Mar 2026) before it starts (5 Nov 2026)."


def test_a_period_starting_tomorrow_is_refused():
    with pytest.raises(DomainError) as err:
        check_period(TODAY + dt.timedelta(days=1), D(2026, 12, 31), TODAY)
    assert err.value.field == "period_start"
