"""The one place that reads the wall clock.

Everything else asks a clock for ``today()`` and ``now()``: the application
context holds a :class:`SystemClock`, tests hold a :class:`FixedClock`, so no
rule, form or report depends on the day it runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


class Clock(Protocol):
    """Today's date and the current time, in the user's time zone."""

    def now(self) -> dt.datetime:
        """The current local time, time-zone aware."""
        ...

    def today(self) -> dt.date:
        """The local date."""
        ...

    def utc_now(self) -> dt.datetime:
        """The current time in UTC without a time zone, as stored in the database."""
        ...


def _utc_naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class SystemClock:
    """The computer's clock, in its local time zone unless ``tz`` is given."""

    tz: dt.tzinfo | None = None

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC).astimezone(self.tz)

    def today(self) -> dt.date:
        return self.now().date()

    def utc_now(self) -> dt.datetime:
        return _utc_naive(self.now())


class FixedClock:
    """A clock that stands still until moved: tests, screenshots, benchmarks.

    ``at`` may be a date (the clock then reads 10:00 that day) or a datetime;
    a naive datetime is taken in ``tz`` (UTC unless given).
    """

    def __init__(self, at: dt.date | dt.datetime, tz: dt.tzinfo = dt.UTC) -> None:
        self.tz = tz
        self._now = self._aware(at)

    def _aware(self, at: dt.date | dt.datetime) -> dt.datetime:
        if not isinstance(at, dt.datetime):
            at = dt.datetime.combine(at, dt.time(10, 0))
        return at if at.tzinfo else at.replace(tzinfo=self.tz)

    def set(self, at: dt.date | dt.datetime) -> None:
        """Move the clock to ``at``."""
        self._now = self._aware(at)

    def advance(self, **delta: float) -> None:
        """Move the clock on by a ``timedelta(**delta)``."""
        self._now += dt.timedelta(**delta)

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def utc_now(self) -> dt.datetime:
        return _utc_naive(self._now)

    def __repr__(self) -> str:
        return f"FixedClock({self._now.isoformat()})"
