"""Planning rules for the calendar: working hours, double bookings, visits outside hours.

A planned visit occupies ``[start, start + duration)`` on its day; one without
a length counts as ``DEFAULT_MINUTES`` long, and one without a start time
occupies no slot (it cannot clash and is not "outside hours" by its time,
only by its day). Two of one specialist's visits double-book her when their
slots overlap. These are warnings for the planner, never refusals: a
specialist may have good reason to plan a Saturday visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from imh_desktop.domain.errors import DomainError

DEFAULT_MINUTES = 60
MAX_MINUTES = 8 * 60
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DEFAULT_DAYS = "Mon Tue Wed Thu Fri"
DEFAULT_START = "08:00"
DEFAULT_END = "18:00"


@dataclass(frozen=True)
class WorkingHours:
    """The agency's working days (0 = Monday) and its day's start and end."""

    days: frozenset[int] = frozenset(range(5))
    start: dt.time = dt.time(8, 0)
    end: dt.time = dt.time(18, 0)

    def describe(self) -> str:
        """ "Mon-Fri 08:00-18:00" (or the days listed) for messages."""
        days = sorted(self.days)
        if days and days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
            shown = f"{DAY_NAMES[days[0]]}–{DAY_NAMES[days[-1]]}"
        else:
            shown = " ".join(DAY_NAMES[d] for d in days)
        return f"{shown} {self.start:%H:%M}–{self.end:%H:%M}"


def parse_days(text: str) -> frozenset[int]:
    """Working days from "Mon Tue Wed Thu Fri" (any case, spaces or commas); refused if none."""
    words = text.replace(",", " ").split()
    lookup = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
    days = set()
    for word in words:
        day = lookup.get(word[:3].lower())
        if day is None:
            raise DomainError(
                f"“{word[:20]}” is not a day; write the working days as Mon Tue Wed Thu Fri.",
                "working_days",
            )
        days.add(day)
    if not days:
        raise DomainError(
            "Name at least one working day (e.g. Mon Tue Wed Thu Fri).", "working_days"
        )
    return frozenset(days)


def parse_clock_time(text: str, field: str) -> dt.time:
    """A time of day written HH:MM (24-hour)."""
    try:
        hours, minutes = text.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise DomainError(
            f"Write the time as HH:MM, e.g. 08:00 (not “{text[:20]}”).", field
        ) from None


def working_hours(days: str, start: str, end: str) -> WorkingHours:
    """The agency's working hours from its three settings, checked."""
    hours = WorkingHours(
        parse_days(days),
        parse_clock_time(start, "working_start"),
        parse_clock_time(end, "working_end"),
    )
    if hours.end <= hours.start:
        raise DomainError("The working day must end after it starts.", "working_end")
    return hours


@dataclass(frozen=True)
class Slot:
    """A planned visit's place in a specialist's day."""

    visit_id: int
    specialist_id: int
    day: dt.date
    start: dt.time | None
    minutes: int | None

    @property
    def length(self) -> int:
        return self.minutes or DEFAULT_MINUTES

    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """Start and end as datetimes (naive, local), or None without a start time."""
        if self.start is None:
            return None
        begin = dt.datetime.combine(self.day, self.start)
        return begin, begin + dt.timedelta(minutes=self.length)


def overlaps(a: Slot, b: Slot) -> bool:
    """True when ``a`` and ``b`` are one specialist's and their times overlap."""
    if a.visit_id == b.visit_id or a.specialist_id != b.specialist_id or a.day != b.day:
        return False
    span_a, span_b = a.span(), b.span()
    if span_a is None or span_b is None:
        return False
    return span_a[0] < span_b[1] and span_b[0] < span_a[1]


def clashes(slot: Slot, others: Iterable[Slot]) -> list[Slot]:
    """The visits among ``others`` that ``slot`` double-books, by start time."""
    found = [o for o in others if overlaps(slot, o)]
    return sorted(found, key=lambda o: (o.start or dt.time.min, o.visit_id))


def double_booked(slots: Iterable[Slot]) -> set[int]:
    """The ids of every visit that overlaps another of the same specialist's."""
    by_day: dict[tuple[int, dt.date], list[Slot]] = {}
    for slot in slots:
        if slot.start is not None:
            by_day.setdefault((slot.specialist_id, slot.day), []).append(slot)
    found: set[int] = set()
    for day in by_day.values():
        day.sort(key=lambda s: s.start or dt.time.min)
        for i, a in enumerate(day):
            for b in day[i + 1 :]:
                span_a, span_b = a.span(), b.span()
                assert span_a is not None and span_b is not None
                if span_b[0] >= span_a[1]:
                    break  # sorted by start: no later one can overlap ``a``
                found.update((a.visit_id, b.visit_id))
    return found


def outside_hours(slot: Slot, hours: WorkingHours) -> bool:
    """True when the visit falls on a day off or starts or ends outside the working day."""
    if slot.day.weekday() not in hours.days:
        return True
    span = slot.span()
    if span is None:
        return False
    begin, end = span
    day_start = dt.datetime.combine(slot.day, hours.start)
    day_end = dt.datetime.combine(slot.day, hours.end)
    return begin < day_start or end > day_end
