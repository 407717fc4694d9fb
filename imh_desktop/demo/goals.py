"""Goals of a demo family and their ratings over the visits.

Each goal's rating is a random walk with an upward bias (most goals improve,
a few stay stuck), starting at 1 or 2. A goal reaching 5 is usually marked
achieved that day; a few are revised (replaced by a new statement in the same
domain) or discontinued part-way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from random import Random

from imh_desktop.demo import text as text
from imh_desktop.demo.rows import FamilyPlan, Ids, Rows, months_between
from imh_desktop.domain.enums import ClosureReason, GoalDomain, GoalStatus

DOMAINS = tuple(GoalDomain)
DOMAIN_WEIGHTS = (22, 18, 18, 16, 12, 10, 4)
DYAD_DOMAINS = (
    GoalDomain.ATTACHMENT,
    GoalDomain.REGULATION,
    GoalDomain.SERVE_AND_RETURN,
    GoalDomain.DEVELOPMENT,
)
TARGET = dt.timedelta(days=182)


@dataclass(slots=True, eq=False)
class Goal:
    """A goal while its family's visits are simulated."""

    id: int
    domain: GoalDomain
    statement: str
    baseline: str
    strategies: str
    caregiver_id: int | None
    child_id: int | None
    started: dt.date
    rating: int
    up: float  # chance per rating that it goes up a step
    revise_at: int | None  # revised at this many ratings
    stop_at: int | None  # discontinued at this many ratings
    count: int = 0
    status: GoalStatus = GoalStatus.ACTIVE
    changed: dt.date | None = None
    replaced_by: int | None = None


class GoalBook:
    """Makes, rates and writes the goals of one family at a time."""

    def __init__(self, rng: Random, ids: Ids, rows: Rows) -> None:
        self.rng, self.ids, self.rows = rng, ids, rows

    def new(
        self,
        plan: FamilyPlan,
        domain: GoalDomain,
        started: dt.date,
        who: text.Names,
        avoid: str = "",
        can_revise: bool = True,
    ) -> Goal:
        """A new active goal of ``domain`` from ``started``."""
        rng = self.rng
        child = plan.children[0]
        months = months_between(child.dob, started) if child.dob else 0
        statement, baseline, strategies = text.goal_text(rng, domain, who, avoid, months)
        roll = rng.random()
        stuck = rng.random() < 0.15
        if stuck:  # goals that do not move get revised or dropped sooner or later
            revise_at = rng.randint(6, 15) if can_revise and roll < 0.5 else None
            stop_at = None if revise_at else rng.randint(8, 25)
        else:
            revise_at = rng.randint(4, 12) if can_revise and roll < 0.06 else None
            stop_at = rng.randint(3, 15) if 0.06 <= roll < 0.1 else None
        return Goal(
            id=self.ids.take("goals"),
            domain=domain,
            statement=statement,
            baseline=baseline,
            strategies=strategies,
            caregiver_id=plan.caregivers[0].id if domain is not GoalDomain.SAFETY else None,
            child_id=child.id if domain in DYAD_DOMAINS else None,
            started=started,
            rating=1 if rng.random() < 0.55 else 2,
            up=0.05 if stuck else rng.uniform(0.18, 0.36),
            revise_at=revise_at,
            stop_at=stop_at,
        )

    def initial(self, plan: FamilyPlan, who: text.Names) -> list[Goal]:
        """Two to four goals in different domains, set in the first weeks."""
        rng = self.rng
        assert plan.enrolled_on is not None
        count = rng.choice((2, 3, 3, 3, 4))
        domains = [GoalDomain.OTHER] if "other_goal" in plan.flags else []
        while len(domains) < count:
            domain = rng.choices(DOMAINS, DOMAIN_WEIGHTS)[0]
            if domain not in domains:
                domains.append(domain)
        latest = min(28, (plan.last_day - plan.enrolled_on).days)
        return [
            self.new(plan, d, plan.enrolled_on + dt.timedelta(days=rng.randint(0, latest)), who)
            for d in domains
        ]

    def address(
        self, plan: FamilyPlan, goals: list[Goal], day: dt.date, visit_id: int, who: text.Names
    ) -> list[Goal]:
        """Rate one to three active goals at a completed visit; returns those addressed.

        When fewer than two goals are active, now and then a new one is set,
        as a specialist would; with none left one always is, so every
        completed visit addresses a goal.
        """
        rng = self.rng
        active = [g for g in goals if g.status is GoalStatus.ACTIVE and g.started <= day]
        if not active or (len(active) < 2 and rng.random() < 0.15):
            domain = rng.choices(DOMAINS, DOMAIN_WEIGHTS)[0]
            if all(g.domain is not domain for g in active):
                goal = self.new(plan, domain, day, who)
                goals.append(goal)
                active.append(goal)
        if not active:
            active = [self.new(plan, GoalDomain.ATTACHMENT, day, who)]
            goals.extend(active)
        chosen = rng.sample(active, min(len(active), rng.choice((1, 1, 2, 2, 2, 3))))
        for goal in chosen:
            self._rate(plan, goals, goal, day, visit_id, who)
        return chosen

    def _rate(
        self,
        plan: FamilyPlan,
        goals: list[Goal],
        goal: Goal,
        day: dt.date,
        visit_id: int,
        who: text.Names,
    ) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < goal.up:
            goal.rating = min(5, goal.rating + 1)
        elif roll > 0.97:
            goal.rating = max(1, goal.rating - 1)
        goal.count += 1
        self.rows.add(
            "goal_progress",
            {
                "id": self.ids.take("goal_progress"),
                "visit_id": visit_id,
                "goal_id": goal.id,
                "rating": goal.rating,
                "note": text.progress_note(rng, goal.rating, who) if rng.random() < 0.5 else "",
            },
        )
        if goal.rating == 5 and rng.random() < 0.6:
            goal.status, goal.changed = GoalStatus.ACHIEVED, day
        elif goal.count == goal.revise_at:
            goal.status, goal.changed = GoalStatus.REVISED, day
            new = self.new(plan, goal.domain, day, who, goal.statement, can_revise=False)
            goal.replaced_by = new.id
            goals.append(new)
        elif goal.count == goal.stop_at:
            goal.status, goal.changed = GoalStatus.DISCONTINUED, day

    def write(self, plan: FamilyPlan, goals: list[Goal]) -> None:
        """Append the goal rows; a case closed with goals met closes its open goals too."""
        for goal in goals:
            if goal.status is GoalStatus.ACTIVE and plan.closure_reason is ClosureReason.GOALS_MET:
                goal.status, goal.changed = GoalStatus.ACHIEVED, plan.closed_on
            self.rows.add(
                "goals",
                {
                    "id": goal.id,
                    "family_id": plan.id,
                    "caregiver_id": goal.caregiver_id,
                    "child_id": goal.child_id,
                    "domain": goal.domain,
                    "statement": goal.statement,
                    "baseline": goal.baseline,
                    "strategies": goal.strategies,
                    "target_date": goal.started + TARGET,
                    "status": goal.status,
                    "started_on": goal.started,
                    "status_changed_on": goal.changed,
                    "replaced_by_id": goal.replaced_by,
                    "version": 1,
                },
            )
