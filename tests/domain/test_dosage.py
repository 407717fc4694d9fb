"""Expected visits and dosage, prorated for days active (DOMAIN.md "Expected visit frequency")."""

from __future__ import annotations

from datetime import date

import pytest

from imh_desktop.domain.dosage import (
    days_active,
    dosage_percent,
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
            (Frequency.MONTHLY, 28 / 30),
            (Frequency.QUARTERLY, 28 / 91),
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
