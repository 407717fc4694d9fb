"""Plain frozen records of the calendar: planned visits with their planning flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.domain.enums import VisitMode
from imh_desktop.domain.planning import Slot, WorkingHours


@dataclass(frozen=True)
class CalendarVisit:
    """A planned visit as the calendar shows it; ``version`` is what a reschedule must match."""

    visit_id: int
    family_id: int
    case_number: str
    family_name: str
    specialist_id: int
    specialist_name: str
    day: dt.date
    start: dt.time | None
    minutes: int | None
    mode: VisitMode
    version: int
    double_booked: bool = False
    outside_hours: bool = False

    @property
    def slot(self) -> Slot:
        return Slot(self.visit_id, self.specialist_id, self.day, self.start, self.minutes)

    @property
    def end(self) -> dt.time | None:
        span = self.slot.span()
        return span[1].time() if span else None


@dataclass(frozen=True)
class CalendarPage:
    """The planned visits from ``start`` to ``end`` (inclusive) of the staff in ``staff``.

    ``staff`` lists (id, name) of everyone whose calendar the user may see,
    herself first: the choices of the per-specialist filter.
    """

    start: dt.date
    end: dt.date
    visits: tuple[CalendarVisit, ...]
    staff: tuple[tuple[int, str], ...]
    hours: WorkingHours


@dataclass(frozen=True)
class Clash:
    """Another planned visit a proposed time overlaps (case number and times only)."""

    visit_id: int
    case_number: str
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class PlanCheck:
    """What is worth a warning about a proposed time: clashes and working hours."""

    clashes: tuple[Clash, ...]
    outside_hours: bool
    hours: WorkingHours

    @property
    def ok(self) -> bool:
        return not self.clashes and not self.outside_hours
