"""Expected visits and dosage, prorated for days active (DOMAIN.md "Expected visit frequency")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imh_desktop.domain.ages import add_months
from imh_desktop.domain.dosage import (
    days_active,
    dosage_percent,
    expected_between,
    expected_visits,
    next_visit_due,
)
from imh_desktop.domain.enums import Frequency
from imh_desktop.domain.errors import DomainError

FEB_START, FEB_END = date(2026, 2, 1), date(2026, 2, 28)  # 28 days


class TestExpectedVisits:
    @pytest.mark.parametrize(
        ("frequency", "expected"),
        [
            (Frequency.WEEKLY, 4.0),
            (Frequency.BIWEEKLY, 2.0),
            (Frequency.MONTHLY, 1.0),  # all of February: one calendar month
            (Frequency.QUARTERLY, 28 / 90),  # February's 28 of Q1 2026's 90 days
        ],
    )
    def test_whole_period_active(self, frequency: Frequency, expected: float) -> None:
        assert expected_visits(frequency, FEB_START, FEB_END, date(2025, 6, 1)) == pytest.approx(
            expected
        )

    def test_enrolled_mid_period_is_prorated(self) -> None:
        assert expected_visits(Frequency.WEEKLY, FEB_START, FEB_END, date(2026, 2, 15)) == 2.0

    def test_closed_mid_period_is_prorated(self) -> None:
        expected = expected_visits(
            Frequency.WEEKLY, FEB_START, FEB_END, date(2025, 1, 1), date(2026, 2, 14)
        )
        assert expected == 2.0

    def test_not_active_in_the_period(self) -> None:
        assert expected_visits(Frequency.WEEKLY, FEB_START, FEB_END, date(2026, 3, 1)) == 0.0
        assert (
            expected_visits(
                Frequency.WEEKLY, FEB_START, FEB_END, date(2025, 1, 1), date(2026, 1, 31)
            )
            == 0.0
        )

    def test_both_end_days_count(self) -> None:
        assert days_active(FEB_START, FEB_START, FEB_START) == 1
        assert days_active(FEB_START, FEB_END, date(2026, 2, 28)) == 1

    def test_period_ending_before_it_starts(self) -> None:
        with pytest.raises(DomainError) as err:
            expected_visits(Frequency.WEEKLY, FEB_END, FEB_START, FEB_START)
        assert err.value.field == "period_end"

    def test_active_dates_ending_before_they_start(self) -> None:
        with pytest.raises(DomainError) as err:
            days_active(FEB_START, FEB_END, date(2026, 2, 10), date(2026, 2, 9))
        assert err.value.field == "active_to"


class TestCalendarMonthsAndQuarters:
    """Monthly = one visit per calendar month, quarterly = one per calendar quarter,
    each prorated by the days of that month or quarter (DOMAIN.md)."""

    @pytest.mark.parametrize(
        ("first", "last"),
        [
            (date(2026, 1, 1), date(2026, 1, 31)),  # 31 days
            (date(2026, 2, 1), date(2026, 2, 28)),  # 28 days
            (date(2024, 2, 1), date(2024, 2, 29)),  # 29 days (leap year)
            (date(2026, 4, 1), date(2026, 4, 30)),  # 30 days
            (date(2026, 3, 1), date(2026, 3, 31)),  # 31 days
        ],
    )
    def test_a_whole_month_expects_one_visit_whatever_its_length(self, first, last) -> None:
        expected = expected_visits(Frequency.MONTHLY, first, last, date(2020, 1, 1))
        assert expected == 1.0
        assert dosage_percent(1, expected) == 100.0

    def test_one_visit_in_each_of_january_february_and_march_is_100_percent(self) -> None:
        expected = expected_visits(
            Frequency.MONTHLY, date(2026, 1, 1), date(2026, 3, 31), date(2025, 6, 1)
        )
        assert expected == 3.0
        assert dosage_percent(3, expected) == 100.0

    def test_part_months_are_prorated_by_their_own_days(self) -> None:
        # Enrolled 16 Jan: 16 of January's 31 days.
        jan = expected_visits(
            Frequency.MONTHLY, date(2026, 1, 1), date(2026, 1, 31), date(2026, 1, 16)
        )
        assert jan == pytest.approx(16 / 31)
        # 16 Jan - 14 Feb: 16/31 of January and 14/28 of February.
        span = expected_visits(
            Frequency.MONTHLY, date(2026, 1, 16), date(2026, 2, 14), date(2025, 1, 1)
        )
        assert span == pytest.approx(16 / 31 + 14 / 28)
        # Closed 10 Feb: 10 of February's 28 days.
        closed = expected_visits(
            Frequency.MONTHLY, FEB_START, FEB_END, date(2025, 1, 1), date(2026, 2, 10)
        )
        assert closed == pytest.approx(10 / 28)

    def test_a_year_expects_twelve_monthly_or_four_quarterly_visits(self) -> None:
        year = (date(2026, 1, 1), date(2026, 12, 31), date(2025, 1, 1))
        assert expected_visits(Frequency.MONTHLY, *year) == 12.0
        assert expected_visits(Frequency.QUARTERLY, *year) == 4.0

    @pytest.mark.parametrize(
        ("first", "last"),
        [
            (date(2026, 1, 1), date(2026, 3, 31)),  # Q1: 90 days
            (date(2024, 1, 1), date(2024, 3, 31)),  # Q1 of a leap year: 91 days
            (date(2026, 4, 1), date(2026, 6, 30)),  # Q2: 91 days
            (date(2026, 7, 1), date(2026, 9, 30)),  # Q3: 92 days
        ],
    )
    def test_a_whole_quarter_expects_one_visit(self, first, last) -> None:
        expected = expected_visits(Frequency.QUARTERLY, first, last, date(2020, 1, 1))
        assert expected == 1.0
        assert dosage_percent(1, expected) == 100.0

    def test_part_quarters_are_prorated_by_their_own_days(self) -> None:
        # 1 Mar - 31 May 2026: 31 of Q1's 90 days and 61 of Q2's 91.
        span = expected_visits(
            Frequency.QUARTERLY, date(2026, 3, 1), date(2026, 5, 31), date(2025, 1, 1)
        )
        assert span == pytest.approx(31 / 90 + 61 / 91)
        # Enrolled 1 Nov 2026, Q4 (92 days): 61 days.
        q4 = expected_visits(
            Frequency.QUARTERLY, date(2026, 10, 1), date(2026, 12, 31), date(2026, 11, 1)
        )
        assert q4 == pytest.approx(61 / 92)

    def test_weekly_and_every_two_weeks_still_count_days(self) -> None:
        jan = (date(2026, 1, 1), date(2026, 1, 31), date(2025, 1, 1))
        assert expected_visits(Frequency.WEEKLY, *jan) == 31 / 7
        assert expected_visits(Frequency.BIWEEKLY, *jan) == 31 / 14

    def test_spans_side_by_side_add_up(self) -> None:
        """Splitting a span anywhere never changes what is expected over the whole."""
        assert expected_between(Frequency.MONTHLY, date(2026, 2, 10), date(2026, 2, 9)) == 0.0
        first, last = date(2025, 11, 20), date(2026, 8, 3)
        for frequency in Frequency:
            whole = expected_between(frequency, first, last)
            for offset in range(0, (last - first).days, 11):
                cut = first + timedelta(days=offset)
                parts = expected_between(frequency, first, cut) + expected_between(
                    frequency, cut + timedelta(days=1), last
                )
                assert parts == pytest.approx(whole)


class TestDosagePercent:
    def test_share_of_expected(self) -> None:
        assert dosage_percent(3, 4.0) == 75.0

    def test_more_than_expected_is_not_capped(self) -> None:
        assert dosage_percent(5, 4.0) == 125.0

    def test_nothing_expected_gives_none(self) -> None:
        assert dosage_percent(0, 0.0) is None
        assert dosage_percent(2, 0.0) is None

    def test_negative_completed_is_refused(self) -> None:
        with pytest.raises(DomainError) as err:
            dosage_percent(-1, 4.0)
        assert err.value.field == "completed"


class TestNextVisitDue:
    def test_from_last_completed_visit(self) -> None:
        assert next_visit_due(date(2026, 2, 3), Frequency.WEEKLY, date(2025, 1, 1)) == date(
            2026, 2, 10
        )
        assert next_visit_due(date(2026, 2, 3), Frequency.BIWEEKLY, date(2025, 1, 1)) == date(
            2026, 2, 17
        )

    def test_from_enrolment_when_no_visit_yet(self) -> None:
        assert next_visit_due(None, Frequency.MONTHLY, date(2026, 1, 1)) == date(2026, 1, 31)

    def test_visit_from_before_a_reopened_enrolment_is_ignored(self) -> None:
        assert next_visit_due(date(2025, 3, 1), Frequency.WEEKLY, date(2026, 1, 5)) == date(
            2026, 1, 12
        )


# Property tests (hypothesis): the rules hold over any dates and frequencies.
DAYS = st.dates(date(2000, 1, 1), date(2040, 12, 31))


@settings(max_examples=200)
@given(frequency=st.sampled_from(Frequency), first=DAYS, length=st.integers(0, 800),
       cut=st.integers(0, 800))  # fmt: skip
def test_expected_visits_add_up_over_split_periods(frequency, first, length, cut):
    last = first + timedelta(days=length)
    mid = first + timedelta(days=min(cut, length))
    whole = expected_between(frequency, first, last)
    parts = expected_between(frequency, first, mid)
    parts += expected_between(frequency, mid + timedelta(days=1), last)
    assert whole == pytest.approx(parts, abs=1e-9)
    assert whole >= 0 and expected_between(frequency, last, first - timedelta(days=1)) == 0
    if frequency in (Frequency.WEEKLY, Frequency.BIWEEKLY):
        assert whole == pytest.approx((length + 1) / frequency.days)


@settings(max_examples=100)
@given(day=DAYS)
def test_a_whole_month_or_quarter_expects_exactly_one_visit(day):
    month = day.replace(day=1)
    quarter = month.replace(month=(month.month - 1) // 3 * 3 + 1)
    assert expected_between(Frequency.MONTHLY, month, add_months(month, 1) - timedelta(days=1)) == (
        pytest.approx(1.0)
    )
    end = add_months(quarter, 3) - timedelta(days=1)
    assert expected_between(Frequency.QUARTERLY, quarter, end) == pytest.approx(1.0)


@settings(max_examples=200)
@given(frequency=st.sampled_from(Frequency), start=DAYS, length=st.integers(0, 400),
       joined=st.integers(-400, 400), completed=st.integers(0, 60))  # fmt: skip
def test_prorated_expectation_and_dosage_stay_in_bounds(
    frequency, start, length, joined, completed
):
    end = start + timedelta(days=length)
    active_from = start + timedelta(days=joined)
    expected = expected_visits(frequency, start, end, active_from)
    assert 0 <= expected <= expected_between(frequency, start, end) + 1e-9
    assert expected == 0 or days_active(start, end, active_from) > 0
    percent = dosage_percent(completed, expected)
    if expected > 0:
        assert percent is not None and percent * expected / 100 == pytest.approx(completed)
    else:
        assert percent is None
    due = next_visit_due(end, frequency, active_from)
    assert due == max(end, active_from) + timedelta(days=frequency.days)


def test_visits_of_expected_reads_in_whole_visits() -> None:
    from imh_desktop.domain.dosage import visits_of_expected

    assert visits_of_expected(0, 4.4) == "0 of 4"
    assert visits_of_expected(3, 3.6) == "3 of 4"
    assert visits_of_expected(0, 0.1) == "0 of 1"  # the first of the month: one is expected
    assert visits_of_expected(2, 0) == "2"
    assert visits_of_expected(3, 3.6, "{0} de {1}") == "3 de 4"  # the screens' own words
