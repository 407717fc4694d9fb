"""Planning rules: overlaps, double bookings, working hours."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.planning import (
    Slot,
    WorkingHours,
    clashes,
    double_booked,
    outside_hours,
    overlaps,
    working_hours,
)

THU = dt.date(2026, 11, 26)
T = dt.time


def test_overlap_is_half_open_and_per_specialist():
    a = Slot(1, 7, THU, T(9), 60)
    assert not overlaps(a, Slot(2, 7, THU, T(10), 30))  # back to back is fine
    assert overlaps(a, Slot(3, 7, THU, T(9, 59), 30))
    assert not overlaps(a, Slot(4, 8, THU, T(9), 60))  # someone else
    assert not overlaps(a, Slot(5, 7, THU, None, 60))  # no time: no slot
    assert overlaps(a, Slot(6, 7, THU, T(9, 30), None))  # no length: an hour
    assert [s.visit_id for s in clashes(a, [Slot(6, 7, THU, T(9, 30), None), a])] == [6]


def test_double_booked_finds_every_visit_in_a_clash():
    slots = [Slot(1, 7, THU, T(14, 30), 60), Slot(2, 7, THU, T(14, 30), 60),
             Slot(3, 7, THU, T(16), 60), Slot(4, 7, THU, T(8, 30), 480)]  # fmt: skip
    assert double_booked(slots) == {1, 2, 3, 4}
    assert double_booked(slots[:1] + slots[2:3]) == set()


def test_outside_hours():
    hours = WorkingHours()
    assert not outside_hours(Slot(1, 7, THU, T(8), 60), hours)
    assert not outside_hours(Slot(1, 7, THU, T(17), 60), hours)
    assert outside_hours(Slot(1, 7, THU, T(17, 30), 60), hours)
    assert outside_hours(Slot(1, 7, THU, T(7, 45), 30), hours)
    assert outside_hours(Slot(1, 7, dt.date(2026, 11, 28), None, None), hours)  # Saturday
    assert hours.describe() == "Mon–Fri 08:00–18:00"


def test_working_hours_are_read_and_checked():
    hours = working_hours("mon, wed friday", "07:30", "16:00")
    assert hours.days == {0, 2, 4} and hours.start == T(7, 30)
    assert hours.describe() == "Mon Wed Fri 07:30–16:00"
    for bad in (("", "08:00", "18:00"), ("Mon", "8", "18:00"), ("Mon", "18:00", "08:00")):
        with pytest.raises(DomainError):
            working_hours(*bad)
