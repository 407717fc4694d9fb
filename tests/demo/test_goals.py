"""Demo goals: who a goal is about, how ratings move, and when a goal is achieved, revised or dropped."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from random import Random

import pytest

from imh_desktop.demo import text
from imh_desktop.demo.datafiles import prose
from imh_desktop.demo.goals import TARGET, Goal, GoalBook
from imh_desktop.domain.enums import ClosureReason, FamilyStatus, GoalDomain, GoalStatus

WHO = text.names("Bảo", "male", "Ánh", True)
DAY = dt.date(2026, 9, 1)


class Steady:
    """A stand-in for ``random.Random``: ``random()`` is always 0.5, choices take the first."""

    def random(self):
        return 0.5

    def choice(self, seq):
        return seq[0]

    def choices(self, population, weights=None):
        return [population[0]]

    def sample(self, population, k):
        return list(population)[:k]

    def randint(self, a, b):
        return a

    def uniform(self, a, b):
        return a


def goal(**changes) -> Goal:
    values = dict(id=100, domain=GoalDomain.REGULATION, statement="Ánh will rock Bảo.",
                  baseline="", strategies="", caregiver_id=10, child_id=20,
                  started=dt.date(2026, 6, 1), rating=1, up=0.0, revise_at=None, stop_at=None)  # fmt: skip
    values.update(changes)
    return Goal(**values)


@pytest.mark.parametrize(
    ("domain", "caregiver", "child"),
    [(GoalDomain.ATTACHMENT, 10, 20), (GoalDomain.DEVELOPMENT, 10, 20),
     (GoalDomain.CAREGIVER_WELLBEING, 10, None), (GoalDomain.OTHER, 10, None),
     (GoalDomain.SAFETY, None, None)],
)  # fmt: skip
def test_who_a_new_goal_is_about(make_plan, ids, rows, domain, caregiver, child):
    made = GoalBook(Random(1), ids, rows).new(make_plan(), domain, DAY, WHO)
    assert (made.caregiver_id, made.child_id) == (caregiver, child)
    assert made.id == 1 and made.status is GoalStatus.ACTIVE and made.rating in (1, 2)
    assert made.statement in [t.format_map(WHO) for t in prose().goals[domain].statements]


def test_initial_goals_are_two_to_four_domains_set_in_the_first_four_weeks(make_plan, ids, rows):
    book = GoalBook(Random(3), ids, rows)
    plan = make_plan()
    sizes = set()
    for _ in range(100):
        goals = book.initial(plan, WHO)
        sizes.add(len(goals))
        assert len({g.domain for g in goals}) == len(goals)
        assert all(0 <= (g.started - plan.enrolled_on).days <= 28 for g in goals)
    assert sizes == {2, 3, 4}
    other = book.initial(make_plan(flags=("other_goal",)), WHO)
    assert other[0].domain is GoalDomain.OTHER
    short = make_plan(last_day=plan.enrolled_on + dt.timedelta(days=5))  # served five days
    assert all((g.started - plan.enrolled_on).days <= 5 for g in book.initial(short, WHO))


def test_a_visit_with_no_active_goal_sets_one_and_rates_it(make_plan, ids, rows):
    goals: list[Goal] = []
    addressed = GoalBook(Steady(), ids, rows).address(make_plan(), goals, DAY, 7, WHO)
    assert addressed == goals and len(goals) == 1 and goals[0].started == DAY
    [progress] = rows.tables["goal_progress"]
    assert progress == {"id": 1, "visit_id": 7, "goal_id": goals[0].id, "rating": 1, "note": ""}


def test_a_goal_started_later_is_not_rated_yet(make_plan, ids, rows):
    later = goal(started=DAY + dt.timedelta(days=1))
    goals = [later]
    GoalBook(Steady(), ids, rows).address(make_plan(), goals, DAY, 7, WHO)
    assert later.count == 0 and len(goals) == 2  # a new goal was set for today's visit


def test_revise_at_replaces_the_goal_with_a_new_statement_in_its_domain(make_plan, ids, rows):
    old = goal(revise_at=1)
    goals = [old]
    GoalBook(Steady(), ids, rows).address(make_plan(), goals, DAY, 7, WHO)
    new = goals[-1]
    assert (old.status, old.changed, old.replaced_by) == (GoalStatus.REVISED, DAY, new.id)
    assert new.domain is old.domain and new.statement != old.statement
    assert new.started == DAY and new.status is GoalStatus.ACTIVE and new.revise_at is None


def test_stop_at_discontinues_and_a_five_is_usually_achieved(make_plan, ids, rows):
    book, plan = GoalBook(Steady(), ids, rows), make_plan()
    stopped = goal(stop_at=1)
    book.address(plan, [stopped], DAY, 7, WHO)
    assert (stopped.status, stopped.changed) == (GoalStatus.DISCONTINUED, DAY)
    top = goal(rating=5)
    book.address(plan, [top], DAY, 8, WHO)  # 0.5 < 0.6: achieved that day
    assert (top.status, top.changed) == (GoalStatus.ACHIEVED, DAY)


def test_ratings_move_one_step_at_a_time_within_1_to_5(make_plan, ids, rows):
    book, plan = GoalBook(Random(8), ids, rows), make_plan()
    goals = book.initial(plan, WHO)
    for week in range(80):
        book.address(plan, goals, plan.enrolled_on + dt.timedelta(days=30 + 7 * week), week, WHO)
    by_goal: dict[int, list[int]] = {}
    for row in rows.tables["goal_progress"]:
        by_goal.setdefault(row["goal_id"], []).append(row["rating"])
    assert len(rows.tables["goal_progress"]) >= 80  # every visit rates at least one goal
    for ratings in by_goal.values():
        assert all(1 <= r <= 5 for r in ratings)
        assert all(abs(a - b) <= 1 for a, b in itertools.pairwise(ratings))
    assert any(g.status is not GoalStatus.ACTIVE for g in goals)


def test_write_closes_open_goals_of_a_case_closed_with_goals_met(make_plan, ids, rows):
    closed_on = dt.date(2026, 10, 30)
    plan = make_plan(status=FamilyStatus.CLOSED, closed_on=closed_on,
                     closure_reason=ClosureReason.GOALS_MET)  # fmt: skip
    dropped = goal(id=101, status=GoalStatus.DISCONTINUED, changed=DAY)
    GoalBook(Steady(), ids, rows).write(plan, [goal(), dropped])
    first, second = rows.tables["goals"]
    assert (first["status"], first["status_changed_on"]) == (GoalStatus.ACHIEVED, closed_on)
    assert (second["status"], second["status_changed_on"]) == (GoalStatus.DISCONTINUED, DAY)
    assert first["target_date"] == dt.date(2026, 6, 1) + TARGET == dt.date(2026, 11, 30)
    assert first["family_id"] == 1 and first["version"] == 1
    other = make_plan(status=FamilyStatus.CLOSED, closed_on=closed_on,
                      closure_reason=ClosureReason.MOVED)  # fmt: skip
    GoalBook(Steady(), ids, rows).write(other, [dataclasses.replace(goal(), id=102)])
    assert rows.tables["goals"][-1]["status"] is GoalStatus.ACTIVE
