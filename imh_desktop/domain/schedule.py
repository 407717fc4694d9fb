"""The program's screening schedule and which screenings are due (DOMAIN.md "Screenings").

Default schedule (a setting, see ``ScreeningSchedule``):

- caregiver depression screen (EPDS or PHQ-9) within 3 months of enrolment,
  or of the birth for families enrolled in pregnancy, then every 6 months;
- ASQ-3 at 4, 9, 18, 24 and 30 months and ASQ:SE-2 at 6, 12, 18, 24, 30 and
  36 months, in the questionnaire's age window by corrected age (``asq``).

Windows are fixed periods, so a screening counts as done when one of an
accepted instrument was given inside the window. Caregiver windows: the first
runs from the anchor (enrolment or birth) through 3 months after it; each
later one is the following 6-month period. A screening is "due" inside its
window, "overdue" after it if not done, and "upcoming" when its window opens
within ``upcoming_days``.

A missed screening stays overdue until one of that kind (one of the window's
accepted instruments) is given, at any time after the missed window opened:
the next window opening does not cancel it. Caregiver windows follow each
other without a gap, so otherwise a caregiver never screened since enrolment
would only ever show "due" for the current window. Each kind (the caregiver
depression screen, ASQ-3, ASQ:SE-2) carries at most one overdue entry, its
oldest missed window, so a count of overdue screenings counts people behind
on a kind of screening, not windows. Child windows that closed before
enrolment are left out (the program could not have given them).

Everything here is a pure function of its arguments, cheap enough to run for
a whole caseload.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from imh_desktop.domain import asq
from imh_desktop.domain.ages import Gestation, add_months, born_weeks_early, weeks_early
from imh_desktop.domain.enums import Instrument
from imh_desktop.domain.errors import DomainError

CHILD = "child"
CAREGIVER = "caregiver"
DUE, OVERDUE, UPCOMING = "due", "overdue", "upcoming"


@dataclass(frozen=True)
class ScreeningSchedule:
    """A program's screening schedule; the defaults are DOMAIN.md's."""

    caregiver_instruments: tuple[Instrument, ...] = (Instrument.EPDS, Instrument.PHQ9)
    caregiver_first_within_months: int = 3
    caregiver_every_months: int = 6
    asq3_intervals: tuple[int, ...] = (4, 9, 18, 24, 30)
    asqse2_intervals: tuple[int, ...] = (6, 12, 18, 24, 30, 36)
    upcoming_days: int = 30

    def __post_init__(self) -> None:
        if not self.caregiver_instruments:
            raise DomainError(
                "Choose at least one caregiver screening instrument.", field="caregiver_instruments"
            )
        if self.caregiver_first_within_months < 1:
            raise DomainError(
                "The first caregiver screen needs a window of at least 1 month.",
                field="caregiver_first_within_months",
            )
        if self.caregiver_every_months < 1:
            raise DomainError(
                "Caregiver screens must repeat every 1 month or more.",
                field="caregiver_every_months",
            )
        if self.upcoming_days < 0:
            raise DomainError(
                "Days ahead for upcoming screenings cannot be negative.", field="upcoming_days"
            )
        for months in self.asq3_intervals:
            asq.interval(Instrument.ASQ3, months)
        for months in self.asqse2_intervals:
            asq.interval(Instrument.ASQSE2, months)


DEFAULT_SCHEDULE = ScreeningSchedule()


@dataclass(frozen=True)
class ScreeningWindow:
    """A scheduled screening: who, which instruments, and its window (both ends inclusive)."""

    instrument: Instrument
    accepted: tuple[Instrument, ...]
    subject_kind: str
    label: str
    interval: int | None
    window_start: date
    window_end: date

    def done_by(self, given: Iterable[tuple[Instrument, date]]) -> bool:
        """True when one of the accepted instruments was given inside the window."""
        return any(
            instrument in self.accepted and self.window_start <= on <= self.window_end
            for instrument, on in given
        )

    def caught_up_by(self, given: Iterable[tuple[Instrument, date]]) -> bool:
        """True when one of the accepted instruments was given on or after the window opened.

        What clears a missed window: a screening of its kind given late, or in
        a later window, counts.
        """
        return any(
            instrument in self.accepted and on >= self.window_start for instrument, on in given
        )


@dataclass(frozen=True)
class DueScreening(ScreeningWindow):
    """A scheduled screening not yet done, with its status: "due", "overdue" or "upcoming"."""

    status: str = DUE


def child_windows(
    dob: date, gestation: Gestation, schedule: ScreeningSchedule = DEFAULT_SCHEDULE
) -> list[ScreeningWindow]:
    """The child's ASQ-3 and ASQ:SE-2 windows under ``schedule`` (by corrected age), by date."""
    return list(_child_windows(dob, weeks_early(gestation), schedule))


# Pure in its arguments, and asked for every child of a team at each dashboard load (11
# windows, ~25 calendar computations each): kept. The windows are frozen, so sharing is safe.
# Kept by the weeks born early, all that corrected age takes from the gestation: children
# born the same day share them (at 50,000 families, 2,766 keys for 10,438 (birth, gestation)).
@functools.lru_cache(maxsize=65536)
def _child_windows(
    dob: date, early: int, schedule: ScreeningSchedule
) -> tuple[ScreeningWindow, ...]:
    gestation = born_weeks_early(early)
    windows: list[ScreeningWindow] = []
    plan = (
        (Instrument.ASQ3, schedule.asq3_intervals),
        (Instrument.ASQSE2, schedule.asqse2_intervals),
    )
    for instrument, months_list in plan:
        for months in months_list:
            row = asq.interval(instrument, months)
            dates = row.dates_for(dob, gestation)
            if dates is None:
                continue
            windows.append(
                ScreeningWindow(
                    instrument=instrument,
                    accepted=(instrument,),
                    subject_kind=CHILD,
                    label=row.label,
                    interval=months,
                    window_start=dates[0],
                    window_end=dates[1],
                )
            )
    return tuple(sorted(windows, key=lambda w: (w.window_start, w.instrument.value)))


def caregiver_anchor(enrolled_on: date, child_dob: date | None) -> date | None:
    """The date caregiver screening counts from: enrolment, or the birth if enrolled in pregnancy.

    None while the child's date of birth is not known (a family enrolled in
    pregnancy before the birth): nothing is due until the birth is recorded.
    """
    if child_dob is None:
        return None
    return max(enrolled_on, child_dob)


def caregiver_windows(
    anchor: date, until: date, schedule: ScreeningSchedule = DEFAULT_SCHEDULE
) -> list[ScreeningWindow]:
    """Caregiver depression-screen windows from ``anchor`` whose start is on or before ``until``."""
    names = " or ".join(i.abbreviation for i in schedule.caregiver_instruments)
    windows: list[ScreeningWindow] = []
    start = anchor
    end = add_months(anchor, schedule.caregiver_first_within_months)
    label = (
        f"Caregiver depression screen ({names}), "
        f"within {schedule.caregiver_first_within_months} months"
    )
    elapsed = schedule.caregiver_first_within_months
    while start <= until:
        windows.append(
            ScreeningWindow(
                instrument=schedule.caregiver_instruments[0],
                accepted=schedule.caregiver_instruments,
                subject_kind=CAREGIVER,
                label=label,
                interval=None,
                window_start=start,
                window_end=end,
            )
        )
        elapsed += schedule.caregiver_every_months
        start = end + timedelta(days=1)
        end = add_months(anchor, elapsed)
        label = (
            f"Caregiver depression screen ({names}), every {schedule.caregiver_every_months} months"
        )
    return windows


def status_on(window: ScreeningWindow, today: date, upcoming_days: int) -> str | None:
    """ "due", "overdue", "upcoming" (opens within ``upcoming_days``), or None (further off)."""
    if window.window_start <= today <= window.window_end:
        return DUE
    if today > window.window_end:
        return OVERDUE
    if (window.window_start - today).days <= upcoming_days:
        return UPCOMING
    return None


def _due(
    windows: Iterable[ScreeningWindow],
    done: list[tuple[Instrument, date]],
    today: date,
    upcoming_days: int,
) -> list[DueScreening]:
    result = []
    overdue_kinds: set[tuple[Instrument, ...]] = set()
    for window in sorted(windows, key=lambda w: w.window_start):
        status = status_on(window, today, upcoming_days)
        if status is None or window.done_by(done):
            continue
        if status == OVERDUE:
            # One overdue entry per kind, the oldest missed window not caught up since.
            if window.accepted in overdue_kinds or window.caught_up_by(done):
                continue
            overdue_kinds.add(window.accepted)
        result.append(DueScreening(**vars(window), status=status))
    return result


def child_screenings_due(
    dob: date,
    gestation: Gestation,
    enrolled_on: date,
    done: Iterable[tuple[Instrument, date]],
    today: date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[DueScreening]:
    """The child's scheduled screenings not done that are due, overdue or upcoming on ``today``.

    ``done`` lists (instrument, date given) for this child. Windows that
    closed before ``enrolled_on`` are not counted.
    """
    windows = [w for w in child_windows(dob, gestation, schedule) if w.window_end >= enrolled_on]
    return _due(windows, list(done), today, schedule.upcoming_days)


def caregiver_screenings_due(
    enrolled_on: date,
    child_dob: date | None,
    done: Iterable[tuple[Instrument, date]],
    today: date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[DueScreening]:
    """The caregiver's depression screens not done that are due, overdue or upcoming on ``today``.

    ``done`` lists (instrument, date given) for this caregiver. Nothing is
    due before the birth for a family enrolled in pregnancy.
    """
    anchor = caregiver_anchor(enrolled_on, child_dob)
    if anchor is None:
        return []
    until = today + timedelta(days=schedule.upcoming_days)
    return _due(
        caregiver_windows(anchor, until, schedule), list(done), today, schedule.upcoming_days
    )


def screenings_due(
    child_dob: date | None,
    gestation: Gestation,
    enrolled_on: date,
    done: Iterable[tuple[Instrument, str, date]],
    today: date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[DueScreening]:
    """Due, overdue and upcoming screenings of one child and their primary caregiver.

    ``done`` lists (instrument, subject kind "child" or "caregiver", date
    given). For families with several children or caregivers call
    ``child_screenings_due`` / ``caregiver_screenings_due`` per person.
    Sorted by window start.
    """
    given = list(done)
    for _, subject, _ in given:
        if subject not in (CHILD, CAREGIVER):
            raise DomainError(f"Unknown screening subject {subject!r}.", field="subject")
    child_done = [(i, d) for i, s, d in given if s == CHILD]
    caregiver_done = [(i, d) for i, s, d in given if s == CAREGIVER]
    due = caregiver_screenings_due(enrolled_on, child_dob, caregiver_done, today, schedule)
    if child_dob is not None:
        due += child_screenings_due(child_dob, gestation, enrolled_on, child_done, today, schedule)
    return sorted(due, key=lambda d: (d.window_start, d.subject_kind, d.instrument.value))
