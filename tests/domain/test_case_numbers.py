"""Case numbers: one rule for the app and the demo generator."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.case_numbers import case_year, next_case_number, year_prefix


def test_numbers_run_from_one_within_each_year() -> None:
    assert next_case_number(2026, None) == "IMH-2026-0001"
    assert next_case_number(2026, "IMH-2026-0041") == "IMH-2026-0042"
    assert next_case_number(2027, None) == "IMH-2027-0001"
    assert year_prefix(2026) == "IMH-2026-"


def test_past_9999_the_serial_grows() -> None:
    assert next_case_number(2026, "IMH-2026-9999") == "IMH-2026-10000"
    assert next_case_number(2026, "IMH-2026-10000") == "IMH-2026-10001"


def test_a_number_of_another_year_is_refused() -> None:
    with pytest.raises(ValueError, match="not a case number of 2026"):
        next_case_number(2026, "IMH-2025-0007")


def test_the_year_is_enrolment_or_the_day_the_record_is_made() -> None:
    made = dt.date(2027, 1, 4)
    assert case_year(dt.date(2026, 12, 30), made) == 2026
    assert case_year(None, made) == 2027
