"""Expected visit frequency and dosage (DOMAIN.md "Expected visit frequency").

Dosage for a period = completed visits / expected visits, where expected
visits are prorated for the days the family was active in the period:
days active / days between expected visits (``Frequency.days``). Periods and
active spans count both end days.
"""

from __future__ import annotations

from datetime import date, timedelta

from imh_desktop.domain.enums import Frequency
from imh_desktop.domain.errors import DomainError


def days_active(
    period_start: date, period_end: date, active_from: date, active_to: date | None = None
) -> int:
    """Days of ``period_start``..``period_end`` (inclusive) on which the family was active.

    ``active_to`` None means still active. Raises DomainError when a range
    ends before it starts.
    """
    if period_end < period_start:
        raise DomainError("The period ends before it starts.", field="period_end")
    if active_to is not None and active_to < active_from:
        raise DomainError("The family's active dates end before they start.", field="active_to")
    first = max(period_start, active_from)
    last = period_end if active_to is None else min(period_end, active_to)
    return max(0, (last - first).days + 1)


def expected_visits(
    frequency: Frequency,
    period_start: date,
    period_end: date,
    active_from: date,
    active_to: date | None = None,
) -> float:
    """Visits expected in the period at ``frequency``, prorated for the days the family was active.

    E.g. weekly over a 28-day period, active for all of it: 4.0; active for
    the last 14 days: 2.0.
    """
    return days_active(period_start, period_end, active_from, active_to) / frequency.days


def dosage_percent(completed: int, expected: float) -> float | None:
    """Completed visits as a percentage of expected visits; None when none were expected.

    Not capped: extra visits show as more than 100%.
    """
    if completed < 0:
        raise DomainError("Completed visits cannot be negative.", field="completed")
    if expected <= 0:
        return None
    return completed / expected * 100.0


def next_visit_due(last_completed: date | None, frequency: Frequency, enrolled_on: date) -> date:
    """The date the next visit is due: one frequency interval after the last completed visit.

    Counts from enrolment when there is no completed visit yet, or when the
    last one is from before the current enrolment (a reopened case).
    """
    base = enrolled_on if last_completed is None else max(last_completed, enrolled_on)
    return base + timedelta(days=frequency.days)
