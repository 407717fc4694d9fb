"""Expected visit frequency and dosage (DOMAIN.md "Expected visit frequency").

Dosage for a period = completed visits / expected visits, where expected
visits are prorated for the days the family was active in the period. The
rule, per frequency:

- weekly and every two weeks: one visit per 7 or 14 days, so days active / 7
  (or 14);
- monthly: one visit per calendar month, each day active counting 1 / (days
  in its month): a family active all of January or all of February expects
  exactly 1, one active 16-31 January 16/31;
- quarterly: one visit per calendar quarter (January-March, April-June, ...),
  each day counting 1 / (days in its quarter).

``expected_between`` states the rule once; ``expected_visits`` applies it to
a period and an active span, and the team measures apply it to many
families at once. Periods and active spans count both end days.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

from imh_desktop.domain.ages import add_months
from imh_desktop.domain.enums import Frequency
from imh_desktop.domain.errors import DomainError

# Calendar months per expected visit; the other frequencies count by days.
_CALENDAR_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3}


# Cached: the caseload and team refreshes ask for the same few days (a period's ends)
# for every family.
@functools.lru_cache(maxsize=4096)
def _calendar_position(months: int, day: date) -> float:
    """Blocks of ``months`` calendar months from year 0 to the start of ``day``, with the
    share of its own block's days before ``day`` (months=1, 15 Feb 2026: ... + 14/28)."""
    block = (day.year * 12 + day.month - 1) // months
    year, month0 = divmod(block * months, 12)
    start = date(year, month0 + 1, 1)
    return block + (day - start).days / (add_months(start, months) - start).days


def expected_between(frequency: Frequency, first: date, last: date) -> float:
    """Visits expected at ``frequency`` over the days ``first``..``last`` (both included).

    Weekly and every two weeks: the days / 7 or 14. Monthly and quarterly:
    each day counts 1 / the days of its calendar month or quarter, so a whole
    month (or quarter) is exactly 1 whatever its length. 0 when ``last`` is
    before ``first``.
    """
    if last < first:
        return 0.0
    months = _CALENDAR_MONTHS.get(frequency)
    if months is None:
        return ((last - first).days + 1) / frequency.days
    following = last + timedelta(days=1)
    return _calendar_position(months, following) - _calendar_position(months, first)


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
    the last 14 days: 2.0. Monthly over January to March, active for all of
    it: 3.0 (whatever the months' lengths); active from 16 January: 16/31 + 2.
    Quarterly over 1 January to 31 March: 1.0.
    """
    if days_active(period_start, period_end, active_from, active_to) == 0:
        return 0.0
    last = period_end if active_to is None else min(period_end, active_to)
    return expected_between(frequency, max(period_start, active_from), last)


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


def visit_due(
    next_planned: date | None,
    last_completed: date | None,
    frequency: Frequency,
    enrolled_on: date | None,
    active: bool,
) -> date | None:
    """When the family's next visit is due: the next planned visit (on or after today), else
    one frequency interval after the last completed visit (``next_visit_due``) for an active
    enrolled family; None when no visit is due (not active, not enrolled)."""
    if next_planned is not None:
        return next_planned
    if not active or enrolled_on is None:
        return None
    return next_visit_due(last_completed, frequency, enrolled_on)


def visit_overdue(due: date | None, active: bool, today: date) -> bool:
    """The one definition of an overdue visit: an active family whose next visit was due
    before today (see ``visit_due``). The caseload, the team view, the reports and the
    exports all ask this."""
    return active and due is not None and due < today


def visits_of_expected(visits: int, expected: float, of: str = "{0} of {1}") -> str:
    """ "2 of 4": visits done of those expected so far, in whole visits (at least 1 when any
    is expected; the exact prorated number belongs in a tooltip); the count alone when none is.
    ``of`` puts the two numbers in words: the screens pass their language's ("{0} de {1}")."""
    if expected <= 0:
        return str(visits)
    return of.format(visits, max(1, int(expected + 0.5)))
