"""The default screening schedule and which screenings are due (DOMAIN.md "Screenings").

Child windows are the ASQ-3 (Squires & Bricker, 2009) and ASQ:SE-2 (Squires,
Bricker & Twombly, 2015) questionnaire windows, by corrected age; caregiver
screens are the EPDS (Cox, Holden & Sagovsky, 1987) or PHQ-9 (Kroenke,
Spitzer & Williams, 2001).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from imh_desktop.domain import asq
from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.schedule import (
    DEFAULT_SCHEDULE,
    DueScreening,
    ScreeningSchedule,
    caregiver_anchor,
    caregiver_screenings_due,
    caregiver_windows,
    child_screenings_due,
    child_windows,
    screenings_due,
)

DOB = date(2024, 1, 10)
ASQ3, SE2, EPDS, PHQ9 = Instrument.ASQ3, Instrument.ASQSE2, Instrument.EPDS, Instrument.PHQ9


def find(due: list[DueScreening], instrument: Instrument, interval: int | None) -> DueScreening:
    matches = [d for d in due if d.instrument == instrument and d.interval == interval]
    assert len(matches) == 1, due
    return matches[0]


class TestDefaults:
    def test_domain_defaults(self) -> None:
        s = DEFAULT_SCHEDULE
        assert s.asq3_intervals == (4, 9, 18, 24, 30)
        assert s.asqse2_intervals == (6, 12, 18, 24, 30, 36)
        assert s.caregiver_instruments == (EPDS, PHQ9)
        assert s.caregiver_first_within_months == 3
        assert s.caregiver_every_months == 6

    def test_interval_without_a_questionnaire_is_refused(self) -> None:
        with pytest.raises(DomainError) as err:
            ScreeningSchedule(asq3_intervals=(4, 5))
        assert err.value.field == "interval"

    def test_bad_caregiver_settings_are_refused(self) -> None:
        with pytest.raises(DomainError):
            ScreeningSchedule(caregiver_instruments=())
        with pytest.raises(DomainError):
            ScreeningSchedule(caregiver_every_months=0)


class TestChildWindows:
    def test_term_child_windows(self) -> None:
        windows = {(w.instrument, w.interval): w for w in child_windows(DOB, None)}
        assert len(windows) == 11
        asq4 = windows[(ASQ3, 4)]  # 3 mo 0 d to 4 mo 30 d
        assert (asq4.window_start, asq4.window_end) == (date(2024, 4, 10), date(2024, 6, 9))
        asq24 = windows[(ASQ3, 24)]  # 23 mo 0 d to 25 mo 15 d
        assert (asq24.window_start, asq24.window_end) == (date(2025, 12, 10), date(2026, 2, 25))
        se6 = windows[(SE2, 6)]  # 3 mo 0 d to 8 mo 30 d
        assert (se6.window_start, se6.window_end) == (date(2024, 4, 10), date(2024, 10, 9))
        assert asq4.subject_kind == "child"
        assert asq4.label == "ASQ-3 4 month"

    def test_premature_child_windows_move_by_weeks_early(self) -> None:
        """ASQ-3 uses corrected age until 24 months (Squires & Bricker, 2009)."""
        windows = {(w.instrument, w.interval): w for w in child_windows(DOB, 30)}
        asq4 = windows[(ASQ3, 4)]  # counted from 20 Mar 2024 (10 weeks early)
        assert (asq4.window_start, asq4.window_end) == (date(2024, 6, 20), date(2024, 8, 19))
        # After the second birthday chronological age is used.
        asq30 = windows[(ASQ3, 30)]
        assert asq30.window_start == date(2026, 5, 26)  # 28 mo 16 d chronological

    def test_36_6_and_37_0_get_the_same_windows_36_3_a_week_later(self) -> None:
        """ASQ rounding: 4 or more extra days count as the next week (36+6 -> 37), so both
        are 3 weeks early (counted from 31 Jan 2024); 36+3 is 4 (from 7 Feb 2024)."""

        def spans(gestation):
            return {(w.instrument, w.interval): (w.window_start, w.window_end)
                    for w in child_windows(DOB, gestation)}  # fmt: skip

        late_36, at_37, early_36 = (
            spans(GestationalAge(36, 6)), spans(GestationalAge(37, 0)), spans(GestationalAge(36, 3))
        )  # fmt: skip
        assert late_36 == at_37
        # ASQ-3 4 month, 3 mo 0 d to 4 mo 30 d: from 31 Jan, 30 Apr (April has no 31st) to
        # 29 Jun (5 months on 30 Jun); from 7 Feb, 7 May to 6 Jul.
        assert late_36[(ASQ3, 4)] == (date(2024, 4, 30), date(2024, 6, 29))
        assert early_36[(ASQ3, 4)] == (date(2024, 5, 7), date(2024, 7, 6))
        assert late_36[(SE2, 6)] == (date(2024, 4, 30), date(2024, 10, 30))  # 3 mo 0 d - 8 mo 30 d

    def test_sorted_by_window_start(self) -> None:
        starts = [w.window_start for w in child_windows(DOB, None)]
        assert starts == sorted(starts)


class TestChildDue:
    asq4_start, asq4_end = date(2024, 4, 10), date(2024, 6, 9)

    def due(self, today: date, done: list[tuple[Instrument, date]] | None = None):
        return child_screenings_due(DOB, None, DOB, done or [], today)

    def test_due_on_the_first_and_last_day_of_the_window(self) -> None:
        assert find(self.due(self.asq4_start), ASQ3, 4).status == "due"
        assert find(self.due(self.asq4_end), ASQ3, 4).status == "due"

    def test_overdue_the_day_after_the_window(self) -> None:
        assert find(self.due(self.asq4_end + timedelta(days=1)), ASQ3, 4).status == "overdue"

    def test_a_missed_window_stays_overdue_after_the_next_one_opens(self) -> None:
        # ASQ-3 4 months missed (window closed 9 Jun 2024); on 15 Oct the 9-month window
        # (10 Sep - 9 Nov) is open: the 9-month one is due and the 4-month one still overdue.
        later = self.due(date(2024, 10, 15))
        asq = [(d.interval, d.status) for d in later if d.instrument == ASQ3]
        assert asq == [(4, "overdue"), (9, "due")]

    def test_one_overdue_entry_per_kind_the_oldest_missed_window(self) -> None:
        # Never screened; on 1 Dec 2024 the 4- and 9-month ASQ-3 and the 6-month ASQ:SE-2
        # windows have all closed: one overdue ASQ-3 (the 4-month) and one ASQ:SE-2.
        due = self.due(date(2024, 12, 1))
        overdue = [(d.instrument, d.interval) for d in due if d.status == "overdue"]
        assert overdue == [(ASQ3, 4), (SE2, 6)]

    def test_one_of_that_kind_given_late_clears_the_missed_window(self) -> None:
        # An ASQ-3 given at 6 months (between the 4- and 9-month windows) catches up the
        # missed 4-month one; the 9-month one is still due when its window opens.
        late = [(ASQ3, date(2024, 7, 10))]
        assert not [d for d in self.due(date(2024, 8, 1), late) if d.instrument == ASQ3]
        later = self.due(date(2024, 10, 15), late)
        assert [(d.interval, d.status) for d in later if d.instrument == ASQ3] == [(9, "due")]

    def test_given_in_a_later_window_clears_the_oldest_missed_one(self) -> None:
        # 4- and 9-month ASQ-3 missed, the 18-month one given: nothing of ASQ-3 overdue.
        given = [(ASQ3, date(2025, 7, 10))]  # 18 mo 0 d; window 17 mo 0 d to 18 mo 30 d
        due = self.due(date(2025, 8, 1), given)
        assert not [d for d in due if d.instrument == ASQ3 and d.status == "overdue"]
        # The 24-month ASQ-3 opens 10 Dec 2025, not within 30 days. The ASQ:SE-2 6- and
        # 12-month windows were missed (the 6-month one, oldest, is overdue); 18 months
        # (15 mo 0 d to 20 mo 30 d) is open.
        assert [(d.instrument, d.interval, d.status) for d in due] == [
            (SE2, 6, "overdue"),
            (SE2, 18, "due"),
        ]

    def test_a_screening_before_the_missed_window_does_not_clear_it(self) -> None:
        # The 4-month ASQ-3 given, the 9-month one missed: the 4-month one is from before
        # the 9-month window opened, so the 9-month one is overdue.
        given = [(ASQ3, date(2024, 5, 1))]
        due = self.due(date(2024, 12, 1), given)
        assert [(d.interval, d.status) for d in due if d.instrument == ASQ3] == [(9, "overdue")]

    def test_upcoming_within_30_days(self) -> None:
        assert find(self.due(self.asq4_start - timedelta(days=30)), ASQ3, 4).status == "upcoming"
        early = self.due(self.asq4_start - timedelta(days=31))
        assert not [d for d in early if d.instrument == ASQ3 and d.interval == 4]

    def test_done_inside_the_window_clears_it(self) -> None:
        due = self.due(date(2024, 7, 1), [(ASQ3, self.asq4_end)])
        assert not [d for d in due if d.instrument == ASQ3 and d.interval == 4]
        # 5 mo 21 d: the ASQ:SE-2 6-month window (to 9 Oct) is open; ASQ-3 9 months opens 10 Sep.
        assert [(d.instrument, d.interval, d.status) for d in due] == [(SE2, 6, "due")]

    def test_another_instrument_or_one_before_the_window_does_not_count(self) -> None:
        given = [(ASQ3, self.asq4_start - timedelta(days=1)), (SE2, date(2024, 5, 1))]
        due = self.due(date(2024, 7, 1), given)
        assert find(due, ASQ3, 4).status == "overdue"
        assert not [d for d in due if d.instrument == SE2 and d.interval == 6]

    def test_windows_closed_before_enrolment_are_left_out(self) -> None:
        due = child_screenings_due(DOB, None, date(2024, 11, 1), [], date(2024, 11, 1))
        assert {(d.instrument, d.interval) for d in due} == {(ASQ3, 9), (SE2, 12)}
        assert find(due, ASQ3, 9).status == "due"  # 8 mo 0 d to 9 mo 30 d

    def test_premature_child_is_not_due_yet_by_chronological_age(self) -> None:
        """By corrected age the ASQ-3 4 month window opens later (Squires & Bricker, 2009)."""
        due = child_screenings_due(DOB, 30, DOB, [], date(2024, 4, 10))
        assert not [d for d in due if d.instrument == ASQ3]
        # Born at term the same day, both 3-month windows would be open on 10 Apr 2024.
        term = child_screenings_due(DOB, None, DOB, [], date(2024, 4, 10))
        assert [(d.instrument, d.interval) for d in term] == [(ASQ3, 4), (SE2, 6)]


class TestCaregiver:
    def test_anchor_is_enrolment_or_birth(self) -> None:
        assert caregiver_anchor(date(2024, 3, 1), DOB) == date(2024, 3, 1)
        assert caregiver_anchor(date(2023, 11, 1), DOB) == DOB  # enrolled in pregnancy
        assert caregiver_anchor(date(2023, 11, 1), None) is None

    def test_windows_first_3_months_then_every_6(self) -> None:
        windows = caregiver_windows(date(2024, 3, 1), date(2025, 1, 1))
        spans = [(w.window_start, w.window_end) for w in windows]
        assert spans == [
            (date(2024, 3, 1), date(2024, 6, 1)),
            (date(2024, 6, 2), date(2024, 12, 1)),
            (date(2024, 12, 2), date(2025, 6, 1)),
        ]
        assert all(w.accepted == (EPDS, PHQ9) and w.interval is None for w in windows)
        assert windows[0].label == "Caregiver depression screen (EPDS or PHQ-9), within 3 months"

    def test_first_screen_due_after_enrolment(self) -> None:
        due = caregiver_screenings_due(date(2024, 3, 1), DOB, [], date(2024, 3, 1))
        assert [(d.status, d.window_end) for d in due] == [("due", date(2024, 6, 1))]
        assert due[0].subject_kind == "caregiver"

    def test_phq9_satisfies_the_depression_screen(self) -> None:
        due = caregiver_screenings_due(
            date(2024, 3, 1), DOB, [(PHQ9, date(2024, 5, 1))], date(2024, 5, 2)
        )
        assert due == []

    def test_next_screen_upcoming_then_due(self) -> None:
        done = [(EPDS, date(2024, 4, 1))]
        upcoming = caregiver_screenings_due(date(2024, 3, 1), DOB, done, date(2024, 5, 15))
        assert [(d.status, d.window_start) for d in upcoming] == [("upcoming", date(2024, 6, 2))]
        due = caregiver_screenings_due(date(2024, 3, 1), DOB, done, date(2024, 6, 2))
        assert [d.status for d in due] == ["due"]

    def test_never_screened_since_enrolment_stays_overdue(self) -> None:
        # Enrolled 1 Mar 2024: first window 1 Mar - 1 Jun, the next 2 Jun - 1 Dec, then
        # 2 Dec - 1 Jun 2025. Never screened: the first window stays overdue as the later
        # ones open, as one entry (not one per missed window).
        enrolled = date(2024, 3, 1)
        missed = caregiver_screenings_due(enrolled, DOB, [], date(2024, 6, 1))
        assert [d.status for d in missed] == ["due", "upcoming"]
        due = caregiver_screenings_due(enrolled, DOB, [], date(2024, 7, 1))
        assert [(d.status, d.window_start) for d in due] == [
            ("overdue", date(2024, 3, 1)),
            ("due", date(2024, 6, 2)),
        ]
        a_year_on = caregiver_screenings_due(enrolled, DOB, [], date(2025, 3, 1))
        assert [(d.status, d.window_start) for d in a_year_on] == [
            ("overdue", date(2024, 3, 1)),
            ("due", date(2024, 12, 2)),
        ]

    def test_a_late_screen_clears_the_missed_one(self) -> None:
        # First window missed, an EPDS given on 1 Jul (inside the second window): nothing
        # overdue and the second window is done.
        done = [(EPDS, date(2024, 7, 1))]
        assert caregiver_screenings_due(date(2024, 3, 1), DOB, done, date(2024, 7, 2)) == []

    def test_a_later_missed_window_is_overdue_after_an_earlier_screen(self) -> None:
        # Screened in the first window, the second (2 Jun - 1 Dec) missed: overdue from there.
        done = [(PHQ9, date(2024, 4, 1))]
        due = caregiver_screenings_due(date(2024, 3, 1), DOB, done, date(2025, 3, 1))
        assert [(d.status, d.window_start) for d in due] == [
            ("overdue", date(2024, 6, 2)),
            ("due", date(2024, 12, 2)),
        ]

    def test_enrolled_in_pregnancy_counts_from_the_birth(self) -> None:
        due = caregiver_screenings_due(date(2023, 10, 1), DOB, [], date(2024, 1, 10))
        assert [(d.status, d.window_start, d.window_end) for d in due] == [
            ("due", DOB, date(2024, 4, 10))
        ]

    def test_nothing_due_before_the_birth_is_recorded(self) -> None:
        assert caregiver_screenings_due(date(2023, 10, 1), None, [], date(2024, 6, 1)) == []


class TestCombined:
    def test_child_and_caregiver_together_sorted(self) -> None:
        done = [(EPDS, "caregiver", date(2024, 4, 1)), (ASQ3, "child", date(2024, 5, 1))]
        due = screenings_due(DOB, None, date(2024, 3, 1), done, date(2024, 9, 15))
        assert [(d.subject_kind, d.instrument, d.interval, d.status) for d in due] == [
            ("child", SE2, 6, "due"),
            ("caregiver", EPDS, None, "due"),
            ("child", ASQ3, 9, "due"),
            ("child", SE2, 12, "upcoming"),
        ]

    def test_subject_kinds_are_kept_apart(self) -> None:
        # An ASQ-3 filed against the caregiver does not clear the child's.
        done = [(ASQ3, "caregiver", date(2024, 5, 1))]
        due = screenings_due(DOB, None, DOB, done, date(2024, 5, 2))
        assert find(due, ASQ3, 4).status == "due"

    def test_unknown_subject_is_refused(self) -> None:
        with pytest.raises(DomainError) as err:
            screenings_due(DOB, None, DOB, [(EPDS, "sibling", DOB)], DOB)
        assert err.value.field == "subject"

    def test_unborn_child_has_nothing_due(self) -> None:
        assert screenings_due(None, None, date(2023, 10, 1), [], date(2023, 12, 1)) == []

    def test_custom_schedule(self) -> None:
        schedule = ScreeningSchedule(
            asq3_intervals=(2,), asqse2_intervals=(), caregiver_instruments=(PHQ9,),
            upcoming_days=0,
        )  # fmt: skip
        due = screenings_due(DOB, None, DOB, [], date(2024, 2, 10), schedule)
        assert [(d.instrument, d.interval, d.status) for d in due] == [
            (PHQ9, None, "due"),
            (ASQ3, 2, "due"),
        ]


@pytest.mark.parametrize("dob", [date(2024, 1, 31), date(2024, 2, 29), date(2025, 7, 16)])
def test_windows_kept_by_weeks_early_are_each_gestations_own(dob):
    """The windows are worked out once per number of weeks early: for every gestation the
    forms accept (20+0 to 44+6, and none recorded) they are what its own dates give."""
    for gestation in [None, *(GestationalAge(w, d) for w in range(20, 45) for d in range(7))]:
        expected = []
        for instrument, months in ((Instrument.ASQ3, DEFAULT_SCHEDULE.asq3_intervals),
                                   (Instrument.ASQSE2, DEFAULT_SCHEDULE.asqse2_intervals)):  # fmt: skip
            for m in months:
                dates = asq.interval(instrument, m).dates_for(dob, gestation)
                if dates is not None:
                    expected.append((dates[0], instrument.value, m, dates[1]))
        got = [(w.window_start, w.instrument.value, w.interval, w.window_end)
               for w in child_windows(dob, gestation)]  # fmt: skip
        assert got == sorted(expected), gestation
