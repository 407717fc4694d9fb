"""Which families count for a period: one rule, worked by hand for November 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import FamilyStatus as S
from imh_desktop.domain.period_families import (
    PeriodCounts,
    Standing,
    count_families,
    served_words,
    standing,
)

D = dt.date
NOV = (D(2026, 11, 1), D(2026, 11, 30))


@pytest.mark.parametrize(
    ("status", "enrolled", "closed", "expected"),
    [
        (S.ACTIVE, D(2026, 3, 1), None, Standing.SERVED),
        (S.ACTIVE, D(2026, 11, 30), None, Standing.SERVED),  # enrolled on the last day
        (S.ACTIVE, D(2026, 12, 1), None, Standing.NOT_ENROLLED),  # after the period
        (S.REFERRED, None, None, Standing.NOT_ENROLLED),
        (S.ON_HOLD, D(2026, 3, 1), None, Standing.ON_HOLD),
        (S.CLOSED, D(2026, 3, 1), D(2026, 11, 1), Standing.SERVED),  # closed on the first day
        (S.CLOSED, D(2026, 3, 1), D(2026, 10, 31), Standing.CLOSED_BEFORE),
        (S.CLOSED, D(2026, 3, 1), D(2026, 12, 15), Standing.SERVED),  # closed after it
        (S.ACTIVE, D(2026, 3, 1), D(2026, 10, 1), Standing.SERVED),  # a reopened case
    ],
)
def test_standing_in_november(status, enrolled, closed, expected):
    assert standing(status, enrolled, closed, *NOV) is expected


def test_counts_and_words():
    families = [
        (S.ACTIVE, D(2026, 3, 1), None),
        (S.CLOSED, D(2026, 3, 1), D(2026, 11, 8)),  # served, closed during it
        (S.CLOSED, D(2026, 3, 1), D(2026, 12, 2)),  # served, closed after it
        (S.CLOSED, D(2026, 3, 1), D(2026, 10, 2)),  # not counted
        (S.ON_HOLD, D(2026, 3, 1), None),
        (S.REFERRED, None, None),
    ]
    counts = count_families(families, *NOV)
    assert counts == PeriodCounts(served=3, closed=1, on_hold=1, not_enrolled=1)
    assert counts.in_period == 4
    assert served_words(counts, "in November") == (
        "3 families served in November (1 closed during it) · 1 on hold"
        " · 1 referred, not yet enrolled"
    )
    assert served_words(PeriodCounts(served=1), noun=False) == "1 served"
