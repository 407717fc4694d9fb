"""Reporting periods and the team dashboard's declared columns."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.errors import DomainError
from imh_desktop.services.team.tables import (
    CASELOAD_COLUMNS,
    FAMILY_COLUMNS,
    PERIOD_KINDS,
    TEAM_COLUMNS,
    Period,
    period_for,
)

D = dt.date


@pytest.mark.parametrize(
    ("kind", "today", "expected"),
    [
        ("this_month", D(2026, 11, 25), Period(D(2026, 11, 1), D(2026, 11, 30), "November 2026", "this_month")),
        ("this_month", D(2028, 2, 29), Period(D(2028, 2, 1), D(2028, 2, 29), "February 2028", "this_month")),
        ("this_month", D(2026, 12, 31), Period(D(2026, 12, 1), D(2026, 12, 31), "December 2026", "this_month")),
        ("last_month", D(2027, 1, 1), Period(D(2026, 12, 1), D(2026, 12, 31), "December 2026", "last_month")),
        ("last_month", D(2027, 3, 31), Period(D(2027, 2, 1), D(2027, 2, 28), "February 2027", "last_month")),
        ("this_quarter", D(2026, 1, 1), Period(D(2026, 1, 1), D(2026, 3, 31), "Q1 2026", "this_quarter")),
        ("this_quarter", D(2026, 6, 30), Period(D(2026, 4, 1), D(2026, 6, 30), "Q2 2026", "this_quarter")),
        ("this_quarter", D(2026, 8, 15), Period(D(2026, 7, 1), D(2026, 9, 30), "Q3 2026", "this_quarter")),
    ],
)  # fmt: skip
def test_named_periods_on_month_quarter_and_year_edges(kind, today, expected):
    assert period_for(kind, today) == expected


def test_a_custom_period_keeps_its_dates_and_reads_them_in_its_label():
    period = period_for("custom", D(2026, 11, 25), D(2026, 11, 1), D(2027, 1, 5))
    assert period == Period(D(2026, 11, 1), D(2027, 1, 5), "1 Nov 2026 – 5 Jan 2027", "custom")
    one_day = period_for("custom", D(2026, 11, 25), D(2026, 11, 3), D(2026, 11, 3))
    assert (one_day.start, one_day.end) == (D(2026, 11, 3), D(2026, 11, 3))


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("custom", D(2026, 11, 25), D(2026, 11, 5), D(2026, 11, 4)), "period_end"),
        (("custom", D(2026, 11, 25), D(2026, 11, 5), None), "period"),
        (("custom", D(2026, 11, 25)), "period"),
        (("next_year", D(2026, 11, 25)), "period"),
    ],
)
def test_bad_periods_are_refused_with_the_field(args, field):
    with pytest.raises(DomainError) as err:
        period_for(*args)
    assert err.value.field == field


def test_every_period_kind_has_a_title_and_can_be_made():
    assert list(PERIOD_KINDS) == [
        "this_month", "last_month", "this_quarter", "last_4_weeks", "custom"]  # fmt: skip
    for kind in PERIOD_KINDS:
        assert period_for(kind, D(2026, 11, 25), D(2026, 11, 2), D(2026, 11, 9)).kind == kind
    weeks = period_for("last_4_weeks", D(2026, 12, 1))
    assert (weeks.start, weeks.end) == (D(2026, 11, 4), D(2026, 12, 1))  # 28 days


def test_only_the_current_period_has_a_week_still_going_on():
    today = D(2026, 11, 25)
    november, october = period_for("this_month", today), period_for("last_month", today)
    assert november.last_week_partial(D(2026, 11, 22), today)  # 22-28 Nov: 3 days to come
    assert not november.last_week_partial(D(2026, 11, 15), today)
    # October's weeks run from 1 Oct: the last, 29 Oct, is cut by the month's end, not "so far"
    assert not october.is_current(today) and not october.last_week_partial(D(2026, 10, 29), today)


@pytest.mark.parametrize("columns", [TEAM_COLUMNS, FAMILY_COLUMNS, CASELOAD_COLUMNS])
def test_column_keys_are_unique_and_the_row_name_comes_first(columns):
    keys = [c.key for c in columns]
    assert len(keys) == len(set(keys))
    assert keys[0] in ("specialist", "case_number")  # the row's name comes first


def test_warnings_the_supervisor_sees():
    team = {c.key: c for c in TEAM_COLUMNS}
    assert team["percent"].warns(74.9) and not team["percent"].warns(75.0)
    assert team["late_notes"].warns(1) and not team["late_notes"].warns(0)
    assert not team["completed"].warns(0)  # no threshold
    family = {c.key: c for c in FAMILY_COLUMNS}
    # A family's percent is flagged by its own low_visits column (not before a visit is due).
    assert family["percent"].warn_below is None and family["percent"].warn_when == "low_visits"
    assert family["attention"].sort_by == "attention_rank"
    assert family["screens_overdue"].warns(1) and "screens_due" not in {
        c.key for c in FAMILY_COLUMNS if c.warn_above is not None
    }
