"""Which families count for a period: the one definition every screen and file uses.

A family is **in the period** when it was enrolled on or before the
period's last day and not closed before its first day. Of those:

- **served**: not on hold. These are the families visits are expected of
  (``dosage.expected_visits``), counted in the team table's "Families", its
  exports and the caseload's "served" count. A family closed during the
  period is served (for the days it was open);
- **on hold**: in the period but on hold today; no visits are expected.

Not in the period: a referral not yet enrolled, a family enrolled after the
period, a family closed before it. Family status carries no history, so
"on hold" is the status today.

The caseload lists the open cases today (referred, active, on hold); its
count line names how many of them are served this month, on hold and
referred, so it reads against the team view, which also counts the
families closed during the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from imh_desktop.domain.enums import FamilyStatus


class Standing(StrEnum):
    """How a family stands in a period."""

    SERVED = "served"
    ON_HOLD = "on_hold"
    NOT_ENROLLED = "not_enrolled"  # referred, or enrolled after the period
    CLOSED_BEFORE = "closed_before"


def standing(
    status: FamilyStatus,
    enrolled_on: dt.date | None,
    closed_on: dt.date | None,
    start: dt.date,
    end: dt.date,
) -> Standing:
    """How the family stands in ``start``..``end`` (both included); see the module's rule."""
    if enrolled_on is None or enrolled_on > end:
        return Standing.NOT_ENROLLED
    closed = closed_on if status is FamilyStatus.CLOSED else None
    if closed is not None and closed < start:
        return Standing.CLOSED_BEFORE
    if status is FamilyStatus.ON_HOLD:
        return Standing.ON_HOLD
    return Standing.SERVED


def closed_during(
    status: FamilyStatus, closed_on: dt.date | None, start: dt.date, end: dt.date
) -> bool:
    """True for a family closed within ``start``..``end``."""
    return status is FamilyStatus.CLOSED and closed_on is not None and start <= closed_on <= end


@dataclass(frozen=True)
class PeriodCounts:
    """Families of a period by standing. ``closed`` is the part of ``served`` closed during it."""

    served: int = 0
    closed: int = 0
    on_hold: int = 0
    not_enrolled: int = 0

    @property
    def in_period(self) -> int:
        """Served plus on hold."""
        return self.served + self.on_hold


def count_families(
    families: Iterable[tuple[FamilyStatus, dt.date | None, dt.date | None]],
    start: dt.date,
    end: dt.date,
) -> PeriodCounts:
    """Count ``(status, enrolled_on, closed_on)`` triples by their standing in the period;
    families closed before it are not counted at all; open referrals are ``not_enrolled``."""
    served = closed = on_hold = not_enrolled = 0
    for status, enrolled_on, closed_on in families:
        kind = standing(status, enrolled_on, closed_on, start, end)
        if kind is Standing.SERVED:
            served += 1
            closed += closed_during(status, closed_on, start, end)
        elif kind is Standing.ON_HOLD:
            on_hold += 1
        elif kind is Standing.NOT_ENROLLED and status is not FamilyStatus.CLOSED:
            not_enrolled += 1
    return PeriodCounts(served, closed, on_hold, not_enrolled)


def served_words(counts: PeriodCounts, period: str = "", noun: bool = True) -> str:
    """ "5 families served in November (1 closed during it) · 1 on hold", on every screen;
    without ``noun`` "5 served ..."."""
    text = f"{counts.served}"
    if noun:
        text += " family" if counts.served == 1 else " families"
    text += " served" + (f" {period}" if period else "")
    if counts.closed:
        text += f" ({counts.closed} closed during it)"
    if counts.on_hold:
        text += f" · {counts.on_hold} on hold"
    if counts.not_enrolled:
        text += f" · {counts.not_enrolled} referred, not yet enrolled"
    return text
