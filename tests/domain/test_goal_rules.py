"""An active goal past its target date is flagged for review; others never are."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalStatus
from imh_desktop.domain.goal_rules import past_target, review_prompt

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("status", "target", "flagged"),
    [
        (GoalStatus.ACTIVE, dt.date(2026, 11, 24), True),
        (GoalStatus.ACTIVE, TODAY, False),  # due today: not yet past
        (GoalStatus.ACTIVE, None, False),
        (GoalStatus.ACHIEVED, dt.date(2026, 1, 1), False),
        (GoalStatus.REVISED, dt.date(2026, 1, 1), False),
        (GoalStatus.DISCONTINUED, dt.date(2026, 1, 1), False),
    ],
)
def test_past_target(status, target, flagged):
    assert past_target(status, target, TODAY) is flagged


def test_review_prompt_names_the_date():
    assert (
        review_prompt(dt.date(2026, 3, 1)) == "Past its target date (1 Mar 2026): review this goal."
    )
