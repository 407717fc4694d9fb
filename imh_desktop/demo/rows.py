"""Shared pieces of the demo generator: id counters, the row sink, what a family plan holds.

Rows are plain dicts keyed by column name, with integer primary keys handed
out here, so ``demo`` writes them with SQLAlchemy Core in bulk and needs no
RETURNING.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from random import Random
from typing import Any, TypeVar

from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import ClosureReason, FamilyStatus, Frequency

T = TypeVar("T")

# Tables in foreign-key order: the order rows are written in.
TABLES = (
    "staff_users",
    "supervision_sessions",
    "families",
    "caregivers",
    "children",
    "goals",
    "visits",
    "goal_progress",
    "screenings",
    "alerts",
    "family_stressors",
    "factor_ratings",
    "consents",
    "information_releases",
    "referrals",
    "referral_status_changes",
    "amendments",
    "audit_events",
)


class Ids:
    """Hands out integer primary keys per table, starting past any existing rows."""

    def __init__(self, start: dict[str, int]) -> None:
        self._next = dict(start)

    def take(self, table: str) -> int:
        """The next free id of ``table``."""
        value = self._next[table]
        self._next[table] = value + 1
        return value


@dataclass
class Rows:
    """Rows waiting to be written, per table."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.tables[table].append(row)


@dataclass
class Member:
    """A caregiver or child of a plan: id, names and what the notes need."""

    id: int
    first: str
    female: bool
    full_name: str = ""
    relationship: str = ""
    dob: dt.date | None = None
    gestational_weeks: int | None = None
    gestational_days: int | None = None
    sex: str = "unknown"

    @property
    def gestation(self) -> GestationalAge | None:
        return GestationalAge.of(self.gestational_weeks, self.gestational_days)


@dataclass
class FamilyPlan:
    """What was decided about a family before its history is written.

    ``caregivers[0]`` is the primary caregiver and ``children[0]`` the child
    the goals and notes are about. ``flags`` ask for showcase features
    ("open_alert", "premature", "twins", "late_note", "other_goal").
    """

    id: int
    status: FamilyStatus
    frequency: Frequency
    specialist_id: int
    supervisor_id: int
    enrolled_on: dt.date | None
    last_day: dt.date  # the last day a past visit may fall on
    closed_on: dt.date | None
    closure_reason: ClosureReason | None
    language: str
    caregivers: list[Member]
    children: list[Member]
    flags: tuple[str, ...] = ()


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A naive datetime (read as UTC) on ``day``."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def months_between(born: dt.date, day: dt.date) -> int:
    """Whole months of age, close enough for choosing text by age."""
    return (day - born).days * 12 // 365


def summed(weights: Iterable[float]) -> tuple[float, ...]:
    """Cumulative weights for :func:`pick`, summed once instead of on every draw."""
    return tuple(accumulate(weights))


def pick(rng: Random, population: Sequence[T], cumulative: Sequence[float]) -> T:
    """``rng.choices(population, weights)[0]``, the same draw from the same random number, with
    ``cumulative = summed(weights)`` made beforehand: the demo draws millions of these."""
    return population[bisect(cumulative, rng.random() * cumulative[-1], 0, len(population) - 1)]
