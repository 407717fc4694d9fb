"""Which screenings are due, overdue or upcoming, by the program's schedule (domain/schedule).

Children are screened by corrected age (ASQ-3, ASQ:SE-2); the primary
caregiver (or the first caregiver when none is marked primary) gets the
depression screen (EPDS or PHQ-9) from enrolment, or from the youngest
child's birth for a family enrolled in pregnancy. Closed families and
families not yet enrolled have nothing due.

``screenings_due_counts`` serves the caseload table: one query brings every
family's enrolment, children, caregivers and screenings (a UNION ALL of
four selects over one CTE of the families), then the schedule runs in
Python.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Date, Integer, Select, String, cast, literal, null, select, union_all
from sqlalchemy.orm import Session

from imh_desktop.data.models import Caregiver, Child, Family, Screening
from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import FamilyStatus, Instrument
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.schedule import (
    DEFAULT_SCHEDULE,
    OVERDUE,
    UPCOMING,
    DueScreening,
    ScreeningSchedule,
    caregiver_screenings_due,
    child_screenings_due,
)
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import reading


@dataclass(frozen=True)
class DueItem:
    """A due / overdue / upcoming screening of one person in the family."""

    subject_name: str
    child_id: int | None
    caregiver_id: int | None
    due: DueScreening


@dataclass
class _Family:
    enrolled_on: dt.date | None = None
    children: list[tuple[int, str, dt.date, GestationalAge | None]] = field(default_factory=list)
    caregivers: list[tuple[int, str, bool]] = field(default_factory=list)
    screenings: list[tuple[int | None, int | None, Instrument, dt.date]] = field(
        default_factory=list
    )


def _load(session: Session, family_ids: Iterable[int] | Select[int]) -> dict[int, _Family]:
    chosen: list[int] | Select[int]
    if isinstance(family_ids, Select):
        chosen = family_ids  # a long list of ids costs more to bind than the server to choose
    else:
        chosen = sorted(set(family_ids))
        if not chosen:
            return {}
    fam = (
        select(Family.id, Family.enrolled_on)
        .where(
            Family.id.in_(chosen),
            Family.status != FamilyStatus.CLOSED,
            Family.enrolled_on.is_not(None),
        )
        .cte("fam")
    )
    no_int, no_str = cast(null(), Integer), cast(null(), String)
    parts = (
        select(literal("f").label("kind"), fam.c.id.label("family_id"),
               no_int.label("a"), no_int.label("b"), fam.c.enrolled_on.label("day"),
               no_int.label("n"), no_str.label("text")),
        select(literal("c"), Child.family_id, Child.id, Child.gestational_days, Child.dob,
               Child.gestational_weeks, Child.full_name)
        .join(fam, fam.c.id == Child.family_id),
        select(literal("g"), Caregiver.family_id, Caregiver.id, no_int, cast(null(), Date),
               cast(Caregiver.is_primary, Integer), Caregiver.full_name)
        .join(fam, fam.c.id == Caregiver.family_id),
        select(literal("s"), Screening.family_id, Screening.child_id, Screening.caregiver_id,
               Screening.given_on, no_int, cast(Screening.instrument, String))
        .join(fam, fam.c.id == Screening.family_id),
    )  # fmt: skip
    families: dict[int, _Family] = {}
    rows = session.execute(union_all(*parts)).all()
    for kind, family_id, a, b, day, n, text in rows:
        entry = families.setdefault(family_id, _Family())
        if isinstance(day, str):  # SQLite hands UNION dates back as text
            day = dt.date.fromisoformat(day)
        if kind == "f":
            entry.enrolled_on = day
        elif kind == "c":
            entry.children.append((a, text, day, GestationalAge.of(n, b)))
        elif kind == "g":
            entry.caregivers.append((a, text, bool(n)))
        else:
            entry.screenings.append((a, b, Instrument(text), day))
    return families


def _due_items(entry: _Family, today: dt.date, schedule: ScreeningSchedule) -> list[DueItem]:
    if entry.enrolled_on is None:
        return []
    items: list[DueItem] = []
    for child_id, name, dob, gestation in sorted(entry.children, key=lambda c: (c[2], c[0])):
        done = [(i, d) for c, _, i, d in entry.screenings if c == child_id]
        for due in child_screenings_due(dob, gestation, entry.enrolled_on, done, today, schedule):
            items.append(DueItem(name, child_id, None, due))
    if entry.caregivers:
        carer_id, name, _ = min(entry.caregivers, key=lambda c: (not c[2], c[0]))
        youngest = max((c[2] for c in entry.children), default=None)
        done = [(i, d) for _, g, i, d in entry.screenings if g == carer_id]
        for due in caregiver_screenings_due(entry.enrolled_on, youngest, done, today, schedule):
            items.append(DueItem(name, None, carer_id, due))
    return sorted(items, key=lambda i: (i.due.window_start, i.subject_name))


def family_screenings_due(
    ctx: ServiceContext,
    family_id: int,
    today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> list[DueItem]:
    """The family's screenings that are due, overdue or upcoming on ``today``, by window start."""
    with reading(ctx, Permission.READ_FAMILY, "screenings_due", family_id=family_id) as uow:
        entry = _load(uow.session, [family_id]).get(family_id)
    return _due_items(entry, today, schedule) if entry else []


def screenings_due_counts(
    ctx: ServiceContext,
    family_ids: Iterable[int],
    today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
) -> dict[int, tuple[int, int]]:
    """``{family_id: (due, overdue)}`` for many families, from one query.

    "Due" counts screenings whose window is open today; "overdue" those whose
    window closed without one and none of that kind given since, once per
    kind and person (``domain.schedule``). Families closed, not enrolled or
    unknown count (0, 0). Refused unless the actor may read every family.
    """
    ids = list(family_ids)
    with reading(ctx, Permission.READ_FAMILY, "screenings_due", families=len(ids)) as uow:
        uow.require_families(uow.session.scalars(select(Family).where(Family.id.in_(ids))))
        return due_counts(uow.session, ids, today, schedule)


def due_counts(
    session: Session,
    family_ids: list[int],
    today: dt.date,
    schedule: ScreeningSchedule = DEFAULT_SCHEDULE,
    chosen_by: Select[int] | None = None,
) -> dict[int, tuple[int, int]]:
    """``screenings_due_counts`` inside a caller's unit, which checked the families; no commit.

    ``chosen_by``, when given, is a statement choosing the same families as ``family_ids``,
    read instead of binding every id (a team's thousands of families).
    """
    loaded = _load(session, family_ids if chosen_by is None else chosen_by)
    counts: dict[int, tuple[int, int]] = {}
    for family_id in family_ids:
        entry = loaded.get(family_id)
        counts[family_id] = _counts(_key(entry), today, schedule) if entry else (0, 0)
    return counts


_FamilyKey = tuple[
    dt.date | None,
    tuple[tuple[int, str, dt.date, GestationalAge | None], ...],
    tuple[tuple[int, str, bool], ...],
    tuple[tuple[int | None, int | None, Instrument, dt.date], ...],
]


def _key(entry: _Family) -> _FamilyKey:
    return (entry.enrolled_on, tuple(entry.children), tuple(entry.caregivers),
            tuple(entry.screenings))  # fmt: skip


# A family's counts are a pure function of its enrolment, children, caregivers, screenings
# and the day: kept, so the team dashboard's next load (another period, a refresh after a
# save) works the schedule out again only for the families whose facts changed.
@functools.lru_cache(maxsize=65536)
def _counts(key: _FamilyKey, today: dt.date, schedule: ScreeningSchedule) -> tuple[int, int]:
    entry = _Family(key[0], list(key[1]), list(key[2]), list(key[3]))
    items = _due_items(entry, today, schedule)
    overdue = sum(1 for i in items if i.due.status == OVERDUE)
    upcoming = sum(1 for i in items if i.due.status == UPCOMING)
    return len(items) - overdue - upcoming, overdue
