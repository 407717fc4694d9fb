"""When a goal needs review: an active goal whose target date has passed (DOMAIN.md "Goals").

The goals tab, the visit editor and the progress report flag such a goal
with a prompt to review it (achieved, revised, discontinued, or a new date).
"""

from __future__ import annotations

from datetime import date

from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import GoalStatus


def past_target(status: GoalStatus, target_date: date | None, today: date) -> bool:
    """True for an active goal whose target date is before ``today``."""
    return status is GoalStatus.ACTIVE and target_date is not None and target_date < today


def review_prompt(target_date: date) -> str:
    """The words shown beside a goal past its target date."""
    return f"Past its target date ({format_date(target_date)}): review this goal."
