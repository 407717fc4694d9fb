"""Ages, corrected age and ageing out (DOMAIN.md "Ages").

The corrected-age rule is the ASQ-3 one (Squires & Bricker, 2009, ASQ-3
User's Guide): a child born 3 or more weeks early (gestational age 37 weeks
or less) is screened by age minus weeks early, until 24 months chronological.
Gestational age is recorded in weeks and days (36+6); for the ASQ, 4 or more
extra days round up to the next week (36+6 counts as 37).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from imh_desktop.domain import ages
from imh_desktop.domain.ages import (
    MAX_GESTATION_WEEKS,
    MIN_GESTATION_WEEKS,
    Age,
    GestationalAge,
    add_months,
    age_on,
    age_words,
    ages_out_soon,
    born_weeks_early,
    corrected_age,
    date_at_age,
    date_at_screening_age,
    days_until_three,
    format_age,
    has_aged_out,
    is_premature,
    last_date_at_screening_age,
    months_until_three,
    screening_age,
    second_birthday,
    third_birthday,
    weeks_early,
)
from imh_desktop.domain.errors import DomainError


class TestAge:
    def test_str_is_months_and_days(self) -> None:
        assert str(Age(7, 12)) == "7 mo 12 d"
        assert str(Age(26, 3)) == "26 mo 3 d"
        assert str(Age(0, 0)) == "0 mo 0 d"

    def test_orders_like_a_duration(self) -> None:
        assert Age(1, 30) < Age(2, 0) < Age(2, 1)
        assert Age(25, 15) < Age(25, 16)

    @pytest.mark.parametrize(("months", "days"), [(-1, 0), (0, -1), (0, 31)])
    def test_rejects_impossible_ages(self, months: int, days: int) -> None:
        with pytest.raises(ValueError):
            Age(months, days)


class TestAddMonths:
    def test_keeps_day_of_month(self) -> None:
        assert add_months(date(2024, 3, 15), 1) == date(2024, 4, 15)

    def test_crosses_the_year(self) -> None:
        assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)

    def test_month_end_falls_back_to_last_day(self) -> None:
        assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
        assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
        assert add_months(date(2024, 1, 31), 2) == date(2024, 3, 31)

    def test_agrees_with_the_calendar_for_every_day_and_month(self) -> None:
        """Every day of 1999-2001 (a century's leap year inside) and 2100 (no leap day) moved by
        -40..40 months lands where the calendar module's month lengths put it."""
        days = [date(1999, 1, 1) + timedelta(n) for n in range(3 * 365 + 1)]
        days += [date(2100, 1, 1) + timedelta(n) for n in range(365)]
        for start in days:
            for months in range(-40, 41, 3):
                year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
                last = calendar.monthrange(year, month0 + 1)[1]
                expected = date(year, month0 + 1, min(start.day, last))
                assert add_months(start, months) == expected, (start, months)


class TestAgeOn:
    def test_day_of_birth(self) -> None:
        assert age_on(date(2024, 5, 10), date(2024, 5, 10)) == Age(0, 0)

    def test_months_then_days(self) -> None:
        assert age_on(date(2024, 1, 10), date(2024, 8, 22)) == Age(7, 12)
        assert age_on(date(2022, 3, 1), date(2024, 5, 4)) == Age(26, 3)

    def test_day_before_a_full_month(self) -> None:
        assert age_on(date(2024, 5, 10), date(2024, 6, 9)) == Age(0, 30)
        assert age_on(date(2024, 5, 10), date(2024, 6, 10)) == Age(1, 0)

    def test_born_31_january_is_one_month_on_the_last_day_of_february(self) -> None:
        assert age_on(date(2023, 1, 31), date(2023, 2, 27)) == Age(0, 27)
        assert age_on(date(2023, 1, 31), date(2023, 2, 28)) == Age(1, 0)
        assert age_on(date(2024, 1, 31), date(2024, 2, 28)) == Age(0, 28)
        assert age_on(date(2024, 1, 31), date(2024, 2, 29)) == Age(1, 0)

    def test_month_end_birth_counts_days_from_the_clamped_month(self) -> None:
        assert age_on(date(2023, 1, 31), date(2023, 3, 1)) == Age(1, 1)
        assert age_on(date(2023, 1, 31), date(2023, 3, 30)) == Age(1, 30)
        assert age_on(date(2023, 1, 31), date(2023, 3, 31)) == Age(2, 0)
        assert age_on(date(2023, 1, 31), date(2023, 4, 30)) == Age(3, 0)

    def test_leap_day_birth_on_non_leap_years(self) -> None:
        dob = date(2024, 2, 29)
        assert age_on(dob, date(2025, 2, 27)) == Age(11, 29)
        assert age_on(dob, date(2025, 2, 28)) == Age(12, 0)
        assert age_on(dob, date(2025, 3, 1)) == Age(12, 1)
        assert age_on(dob, date(2027, 2, 28)) == Age(36, 0)
        assert age_on(dob, date(2028, 2, 29)) == Age(48, 0)

    def test_date_before_birth_is_refused(self) -> None:
        with pytest.raises(DomainError) as err:
            age_on(date(2024, 5, 10), date(2024, 5, 9))
        assert err.value.field == "date_of_birth"

    def test_never_goes_backwards_and_days_stay_under_31(self) -> None:
        for dob in (date(2023, 1, 31), date(2024, 2, 29), date(2023, 8, 30), date(2023, 5, 15)):
            previous = Age(0, 0)
            for offset in range(0, 800):
                on = dob + timedelta(days=offset)
                age = age_on(dob, on)
                assert age >= previous
                assert age.days <= 30
                assert date_at_age(dob, age) <= on
                previous = age


class TestWeeksEarly:
    def test_37_weeks_is_premature_by_3_weeks(self) -> None:
        assert weeks_early(37) == 3
        assert is_premature(37)

    def test_38_weeks_is_term(self) -> None:
        assert weeks_early(38) == 0
        assert not is_premature(38)

    def test_unknown_gestation_counts_as_term(self) -> None:
        assert weeks_early(None) == 0

    def test_very_early(self) -> None:
        assert weeks_early(28) == 12

    @pytest.mark.parametrize("bad", [True, 10, 50, "30", 30.5])
    def test_rejects_nonsense(self, bad: object) -> None:
        with pytest.raises(DomainError) as err:
            weeks_early(bad)  # type: ignore[arg-type]
        assert err.value.field == "gestational_weeks"


class TestGestationalAge:
    def test_shown_as_weeks_plus_days(self) -> None:
        assert str(GestationalAge(36, 6)) == "36+6 wk"
        assert str(GestationalAge(40)) == "40+0 wk"

    @pytest.mark.parametrize(
        ("weeks", "days", "asq_weeks"),
        [(36, 0, 36), (36, 3, 36), (36, 4, 37), (36, 6, 37), (37, 0, 37), (37, 3, 37), (37, 4, 38)],
    )
    def test_asq_rounds_four_or_more_days_up(self, weeks: int, days: int, asq_weeks: int) -> None:
        assert GestationalAge(weeks, days).asq_weeks == asq_weeks

    def test_one_range_from_20_0_to_44_6(self) -> None:
        assert (MIN_GESTATION_WEEKS, MAX_GESTATION_WEEKS) == (20, 44)
        GestationalAge(20, 0)
        GestationalAge(44, 6)
        for weeks in (19, 45):
            with pytest.raises(DomainError) as err:
                GestationalAge(weeks, 0)
            assert err.value.field == "gestational_weeks"

    @pytest.mark.parametrize("days", [-1, 7, True, 2.5])
    def test_days_are_0_to_6(self, days: object) -> None:
        with pytest.raises(DomainError) as err:
            GestationalAge(36, days)  # type: ignore[arg-type]
        assert err.value.field == "gestational_days"

    def test_from_stored_columns(self) -> None:
        assert GestationalAge.of(None, None) is None
        assert GestationalAge.of(33, None) == GestationalAge(33, 0)
        assert GestationalAge.of(36, 6) == GestationalAge(36, 6)


class TestWeeksAndDays:
    """Born 10 Jan 2024; ages on 10 Apr 2024 (3 mo 0 d chronological), worked by hand."""

    dob, on = date(2024, 1, 10), date(2024, 4, 10)

    def test_36_6_counts_as_37_weeks_three_weeks_early(self) -> None:
        # 36+6 -> 37 weeks -> 3 weeks early (not 4): counted from 31 Jan 2024.
        assert weeks_early(GestationalAge(36, 6)) == 3
        assert corrected_age(self.dob, GestationalAge(36, 6), self.on) == Age(2, 10)

    def test_37_0_is_three_weeks_early_too(self) -> None:
        assert weeks_early(GestationalAge(37, 0)) == 3
        assert corrected_age(self.dob, GestationalAge(37, 0), self.on) == Age(2, 10)

    def test_36_3_stays_36_weeks_four_weeks_early(self) -> None:
        # 3 extra days do not round up: 4 weeks early, counted from 7 Feb 2024.
        assert weeks_early(GestationalAge(36, 3)) == 4
        assert corrected_age(self.dob, GestationalAge(36, 3), self.on) == Age(2, 3)

    def test_37_4_counts_as_38_weeks_term(self) -> None:
        assert weeks_early(GestationalAge(37, 4)) == 0
        assert not is_premature(GestationalAge(37, 4))
        assert corrected_age(self.dob, GestationalAge(37, 4), self.on) is None
        assert weeks_early(GestationalAge(37, 3)) == 3

    def test_whole_weeks_read_as_weeks_plus_0(self) -> None:
        assert weeks_early(36) == weeks_early(GestationalAge(36, 0)) == 4

    def test_screening_age_and_display(self) -> None:
        on = date(2024, 5, 1)  # 3 mo 21 d chronological
        assert screening_age(self.dob, GestationalAge(36, 6), on) == Age(3, 1)  # from 31 Jan
        assert screening_age(self.dob, GestationalAge(36, 3), on) == Age(2, 24)  # from 7 Feb
        assert format_age(self.dob, GestationalAge(36, 6), on) == "3 mo 21 d (corrected 3 mo 1 d)"


class TestCorrectedAge:
    def test_three_weeks_early_at_37_weeks(self) -> None:
        dob = date(2024, 1, 10)  # due 31 Jan 2024
        assert corrected_age(dob, 37, date(2024, 4, 10)) == Age(2, 10)
        assert age_on(dob, date(2024, 4, 10)) == Age(3, 0)

    def test_none_at_38_weeks_or_unknown(self) -> None:
        assert corrected_age(date(2024, 1, 10), 38, date(2024, 4, 10)) is None
        assert corrected_age(date(2024, 1, 10), None, date(2024, 4, 10)) is None

    def test_zero_before_the_due_date(self) -> None:
        dob = date(2024, 1, 10)  # 12 weeks early: due 3 Apr 2024
        assert corrected_age(dob, 28, date(2024, 3, 1)) == Age(0, 0)
        assert corrected_age(dob, 28, date(2024, 4, 3)) == Age(0, 0)
        assert corrected_age(dob, 28, date(2024, 4, 4)) == Age(0, 1)

    def test_shown_the_day_before_the_second_birthday(self) -> None:
        dob = date(2022, 6, 15)
        on = date(2024, 6, 14)
        assert age_on(dob, on) == Age(23, 30)
        assert corrected_age(dob, 34, on) == Age(22, 18)  # counted from 27 Jul 2022

    def test_not_shown_from_the_second_birthday(self) -> None:
        dob = date(2022, 6, 15)
        assert second_birthday(dob) == date(2024, 6, 15)
        assert corrected_age(dob, 34, date(2024, 6, 15)) is None

    def test_screening_age_switches_to_chronological_at_24_months(self) -> None:
        dob = date(2022, 6, 15)
        assert screening_age(dob, 34, date(2024, 6, 14)) == Age(22, 18)
        assert screening_age(dob, 34, date(2024, 6, 15)) == Age(24, 0)
        assert screening_age(dob, None, date(2024, 6, 14)) == Age(23, 30)

    def test_leap_day_birth_premature(self) -> None:
        dob = date(2024, 2, 29)  # 4 weeks early at 36 weeks: counted from 28 Mar 2024
        assert corrected_age(dob, 36, date(2025, 2, 28)) == Age(11, 0)


class TestFormatAge:
    def test_with_corrected_age(self) -> None:
        assert format_age(date(2024, 1, 10), 30, date(2024, 8, 22)) == (
            "7 mo 12 d (corrected 5 mo 2 d)"
        )

    def test_term_child(self) -> None:
        assert format_age(date(2022, 3, 1), None, date(2024, 5, 4)) == "26 mo 3 d"

    def test_before_the_due_date_says_when_the_baby_was_due(self) -> None:
        # born at 30 weeks: due 10 weeks later, on 20 Mar 2024
        assert format_age(date(2024, 1, 10), 30, date(2024, 3, 1)) == "1 mo 20 d (due in 19 d)"
        assert format_age(date(2024, 1, 10), 30, date(2024, 3, 20)) == (
            "2 mo 10 d (corrected 0 mo 0 d)"
        )

    def test_premature_child_past_two(self) -> None:
        assert format_age(date(2022, 3, 1), 30, date(2024, 5, 4)) == "26 mo 3 d"

    def test_in_spanish_words(self) -> None:
        dob = date(2024, 1, 10)
        assert format_age(dob, 30, date(2024, 8, 22), "es") == "7 m 12 d (corregida 5 m 2 d)"
        assert format_age(dob, 30, date(2024, 3, 1), "es") == ("1 m 20 d (fecha prevista en 19 d)")
        assert format_age(date(2022, 3, 1), None, date(2024, 5, 4), "es") == "26 m 3 d"
        assert Age(4, 12).text("es") == "4 m 12 d" and Age(4, 12).text() == str(Age(4, 12))
        assert age_words("es").turns_three_soon == "cumple 3 años pronto"
        assert age_words("fr") == age_words("en")  # no words of its own: English


class TestScreeningDates:
    def test_date_at_age_skips_ages_that_never_occur(self) -> None:
        # Born 30 Jan 2023: 1 mo 0 d on 28 Feb, 2 mo 0 d on 30 Mar; 1 mo 30 d never happens.
        dob = date(2023, 1, 30)
        assert date_at_age(dob, Age(1, 29)) == date(2023, 3, 29)
        assert date_at_age(dob, Age(1, 30)) == date(2023, 3, 30)
        assert age_on(dob, date(2023, 3, 30)) == Age(2, 0)

    def test_window_dates_for_a_term_child(self) -> None:
        dob = date(2024, 1, 10)
        assert date_at_screening_age(dob, None, Age(23, 0)) == date(2025, 12, 10)
        assert last_date_at_screening_age(dob, None, Age(25, 15)) == date(2026, 2, 25)
        assert last_date_at_screening_age(dob, None, Age(2, 30)) == date(2024, 4, 9)

    def test_window_dates_by_corrected_age(self) -> None:
        dob = date(2024, 1, 10)  # 30 weeks: 10 weeks early, counted from 20 Mar 2024
        assert date_at_screening_age(dob, 30, Age(4, 0)) == date(2024, 7, 20)

    def test_jump_at_second_birthday(self) -> None:
        dob = date(2024, 1, 10)  # corrected 23 mo 0 d would be 20 Feb 2026, after 24 months
        assert date_at_screening_age(dob, 30, Age(23, 0)) == date(2026, 1, 10)
        assert date_at_screening_age(dob, 30, Age(25, 0)) == date(2026, 2, 10)


class TestAgingOut:
    dob = date(2023, 6, 1)

    def test_third_birthday(self) -> None:
        assert third_birthday(self.dob) == date(2026, 6, 1)
        assert third_birthday(date(2024, 2, 29)) == date(2027, 2, 28)

    def test_warns_within_90_days(self) -> None:
        birthday = date(2026, 6, 1)
        assert not ages_out_soon(self.dob, birthday - timedelta(days=91))
        assert ages_out_soon(self.dob, birthday - timedelta(days=90))
        assert ages_out_soon(self.dob, birthday - timedelta(days=1))

    def test_on_and_after_the_birthday_it_has_aged_out_instead(self) -> None:
        birthday = date(2026, 6, 1)
        assert not ages_out_soon(self.dob, birthday)
        assert has_aged_out(self.dob, birthday)
        assert not has_aged_out(self.dob, birthday - timedelta(days=1))

    def test_custom_warning(self) -> None:
        assert ages_out_soon(self.dob, date(2026, 1, 1), warn_days=180)
        assert not ages_out_soon(self.dob, date(2026, 1, 1), warn_days=30)

    def test_days_and_months_left(self) -> None:
        assert days_until_three(self.dob, date(2026, 5, 1)) == 31
        assert days_until_three(self.dob, date(2026, 6, 2)) == -1
        assert months_until_three(self.dob, date(2026, 3, 1)) == 3
        assert months_until_three(self.dob, date(2026, 3, 2)) == 2
        assert months_until_three(self.dob, date(2026, 6, 1)) == 0
        assert months_until_three(self.dob, date(2027, 1, 1)) == 0


# Property tests (hypothesis): the rules hold on any dates, leap days and month ends included.
DOBS = st.dates(date(2000, 1, 1), date(2040, 12, 31))
GESTATIONS = st.one_of(
    st.none(),
    st.integers(MIN_GESTATION_WEEKS, MAX_GESTATION_WEEKS),
    st.builds(GestationalAge, st.integers(MIN_GESTATION_WEEKS, MAX_GESTATION_WEEKS),
              st.integers(0, 6)),
)  # fmt: skip
AFTER = st.integers(0, 4 * 366)


@settings(max_examples=200)
@given(dob=DOBS, later=AFTER)
def test_chronological_age_counts_whole_months_then_days(dob, later):
    on = dob + timedelta(days=later)
    age = age_on(dob, on)
    assert add_months(dob, age.months) + timedelta(days=age.days) == on
    assert add_months(dob, age.months + 1) > on  # no further whole month fits
    assert age <= age_on(dob, on + timedelta(days=1))


@settings(max_examples=200)
@given(dob=DOBS, gestation=GESTATIONS, later=AFTER, step=st.integers(1, 400))
def test_corrected_age_applies_only_while_it_should_and_never_exceeds_the_real_one(
    dob, gestation, later, step
):
    on = dob + timedelta(days=later)
    chronological = age_on(dob, on)
    corrected = corrected_age(dob, gestation, on)
    early = weeks_early(gestation)
    assert 0 <= early <= ages.TERM_WEEKS - MIN_GESTATION_WEEKS
    if early == 0 or chronological.months >= ages.CORRECTION_STOPS_MONTHS:
        assert corrected is None
    else:
        assert corrected is not None and corrected <= chronological
        due = dob + timedelta(weeks=early)
        assert corrected == (Age(0, 0) if on < due else age_on(due, on))
    # Screening age never goes down, and its window opens on the first day it is reached.
    later_on = on + timedelta(days=step)
    reached = screening_age(dob, gestation, on)
    assert reached <= screening_age(dob, gestation, later_on)
    opens = date_at_screening_age(dob, gestation, reached)
    assert opens <= on and screening_age(dob, gestation, opens) >= reached
    if opens > dob:
        assert screening_age(dob, gestation, opens - timedelta(days=1)) < reached


def test_a_premature_baby_is_0_months_0_days_from_birth_not_from_the_due_date():
    born = date(2026, 1, 5)  # at 33 weeks: due 7 weeks later
    assert screening_age(born, 33, born) == Age(0, 0)
    assert date_at_screening_age(born, 33, Age(0, 0)) == born
    assert date_at_screening_age(born, 33, Age(0, 1)) == born + timedelta(weeks=7, days=1)


def test_born_weeks_early_gives_back_its_weeks_early():
    assert born_weeks_early(0) is None
    for early in (0, *range(3, 21)):  # what weeks_early gives: term, or 3 (37+3) to 20 (20+0)
        assert weeks_early(born_weeks_early(early)) == early
