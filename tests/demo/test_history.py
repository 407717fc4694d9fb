"""A demo family's history: visits on weekdays at the family's pace, notes, signatures, a plan.

Each property is checked on many families from fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import itertools
from random import Random

import pytest

from imh_desktop.demo.history import History, _weekday
from imh_desktop.domain.enums import ClosureReason, FamilyStatus, Frequency, VisitOutcome

TODAY = dt.date(2026, 11, 25)
D = dt.date
PLANNED = VisitOutcome.PLANNED


def history(make_plan, ids, rows, seed, **changes):
    """Write one family's history from ``seed``; its visits (past, then any planned one)."""
    plan = make_plan(**changes)
    History(Random(seed), TODAY, ids, rows).write(plan)
    return plan, rows.tables["visits"]


@pytest.mark.parametrize(
    ("day", "moved"),
    [(D(2026, 11, 27), D(2026, 11, 27)), (D(2026, 11, 28), D(2026, 11, 30)),
     (D(2026, 11, 29), D(2026, 11, 30)), (D(2026, 11, 30), D(2026, 11, 30))],
)  # fmt: skip
def test_weekend_dates_move_to_the_monday(day, moved):
    assert _weekday(day) == moved


def test_a_family_not_yet_enrolled_has_no_history(make_plan, ids, rows):
    _, visits = history(make_plan, ids, rows, 1, status=FamilyStatus.REFERRED, enrolled_on=None)
    assert all(table == [] for table in rows.tables.values()) and visits == []


@pytest.mark.parametrize("seed", range(12))
def test_weekly_visits_on_weekdays_chained_by_their_next_date(make_plan, ids, rows, seed):
    plan, visits = history(make_plan, ids, rows, seed)
    past = [v for v in visits if v["outcome"] is not PLANNED]
    assert len(past) > 60  # about 77 weeks of service
    assert all(v["visit_date"].weekday() < 5 for v in visits)
    assert plan.enrolled_on <= past[0]["visit_date"] <= plan.enrolled_on + dt.timedelta(days=12)
    assert past[-1]["visit_date"] <= plan.last_day
    for a, b in itertools.pairwise(past):  # 7 days, -1 to +2, plus a weekend moved on
        assert 6 <= (b["visit_date"] - a["visit_date"]).days <= 11
        assert a["next_visit_date"] == b["visit_date"]
    planned = [v for v in visits if v["outcome"] is PLANNED]
    assert len(planned) <= 1 and past[-1]["next_visit_date"] == (
        planned[0]["visit_date"] if planned else None
    )
    for v in planned:
        assert v["visit_date"] > TODAY and v["signed_at"] is None
        assert v["participants"] == {"caregivers": [10], "children": [20], "others": []}
    assert len({v["id"] for v in visits}) == len(visits)


@pytest.mark.parametrize("seed", range(12))
def test_notes_signatures_and_cancellations(make_plan, ids, rows, seed):
    _, visits = history(make_plan, ids, rows, seed)
    outcomes = {v["outcome"] for v in visits}
    assert VisitOutcome.COMPLETED in outcomes and len(outcomes) >= 3
    for v in visits:
        day, signed = v["visit_date"], v["signed_at"]
        if v["outcome"] is VisitOutcome.COMPLETED:
            assert v["observation"] and v["caregiver_response"] and v["plan"]
            assert v["services"] and v["duration_minutes"] in (20, 30, 45, 60, 75, 90)
            assert v["participants"]["caregivers"][0] == 10 and v["cancel_reason"] == ""
            if signed is not None:  # never later than yesterday, never before the visit
                assert day <= signed.date() < TODAY and v["signed_by_id"] == 2
            if v["cosigned_at"] is not None:
                assert v["cosigned_at"] > signed and v["cosigned_by_id"] == 1
        elif v["outcome"] is not PLANNED:  # a cancellation is recorded and signed that day
            assert v["cancel_reason"] and not v["observation"]
            assert signed.date() == day and signed.hour == 17
    rated = {g["visit_id"] for g in rows.tables["goal_progress"]}
    completed = {v["id"] for v in visits if v["outcome"] is VisitOutcome.COMPLETED}
    assert rated == completed  # every completed visit rates a goal, and only those
    assert {g["family_id"] for g in rows.tables["goals"]} == {1}


def test_most_active_families_have_a_visit_planned(make_plan, ids, rows):
    planned = 0
    for seed in range(60):
        rows.tables["visits"].clear()
        _, visits = history(make_plan, ids, rows, seed, frequency=Frequency.MONTHLY)
        planned += any(v["outcome"] is PLANNED for v in visits)
    assert 0.6 * 60 <= planned <= 0.95 * 60  # about one in five has nothing on the calendar


@pytest.mark.parametrize("seed", range(8))
def test_a_closed_case_is_all_signed_and_has_nothing_planned(make_plan, ids, rows, seed):
    closed = D(2026, 3, 13)
    _, visits = history(
        make_plan, ids, rows, seed, status=FamilyStatus.CLOSED, closed_on=closed, last_day=closed,
        closure_reason=ClosureReason.MOVED,
    )  # fmt: skip
    assert visits and all(v["outcome"] is not PLANNED for v in visits)
    assert all(v["visit_date"] <= closed and v["signed_at"] is not None for v in visits)


@pytest.mark.parametrize("seed", range(8))
def test_a_family_unable_to_reach_stops_answering(make_plan, ids, rows, seed):
    closed = D(2026, 3, 13)
    _, visits = history(
        make_plan, ids, rows, seed, status=FamilyStatus.CLOSED, closed_on=closed, last_day=closed,
        closure_reason=ClosureReason.UNABLE_TO_REACH,
    )  # fmt: skip
    gone = (VisitOutcome.NO_SHOW, VisitOutcome.CANCELLED_FAMILY)
    assert all(v["outcome"] in gone for v in visits[-2:])


@pytest.mark.parametrize("seed", range(8))
def test_a_late_note_flag_leaves_an_old_note_unsigned(make_plan, ids, rows, seed):
    _, visits = history(make_plan, ids, rows, seed, flags=("late_note",))
    late = [
        v for v in visits
        if v["outcome"] is VisitOutcome.COMPLETED and v["signed_at"] is None
        and (TODAY - v["visit_date"]).days >= 4
    ]  # fmt: skip
    assert late


def test_the_same_seed_writes_the_same_history(make_plan):
    from imh_desktop.demo.rows import TABLES, Ids, Rows

    def run():
        rows = Rows()
        History(Random(4), TODAY, Ids(dict.fromkeys(TABLES, 1)), rows).write(make_plan())
        return rows.tables

    assert run() == run()
