"""The facts the program measures count, read in one query (query helpers: they never commit).

One UNION ALL over a CTE of the families that can count in the period (in
the staff's caseloads, enrolled by its last day, and not closed long before
it) brings their children, caregivers, the screenings that can fall in a
window or be positive in the period, and the referrals made since its first
day; ``domain.measures`` then decides what counts. Every part is limited by
the period's dates in SQL, so the rows grow with the families, not with
their whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    String,
    and_,
    cast,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from imh_desktop.data.models import Alert, Caregiver, Child, Family, Referral, Screening
from imh_desktop.domain.ages import GestationalAge, add_months
from imh_desktop.domain.enums import ClosureReason, Instrument, ReferralStatus, ReferralType
from imh_desktop.domain.measures import (
    DEPRESSION,
    ChildFacts,
    FamilyFacts,
    MeasurePeriod,
    ReferralFacts,
    ScreenFacts,
)
from imh_desktop.domain.schedule import ScreeningSchedule

# Retention counts a family closed with its goals met at any time before its anniversary.
RETENTION_MONTHS = 12
# The longest an ASQ-3 window of the schedule lasts, in months (30 month: 28 mo 0 d to 31 mo 15 d).
ASQ_WINDOW_MONTHS = 6


@dataclass(frozen=True)
class FamilyName:
    """How a family is named in the list behind a count."""

    case_number: str
    display_name: str


@dataclass
class _Draft:
    """One family's rows as read, made into its ``FamilyFacts`` once all are in (``_finish``)."""

    family: tuple[int, int, dt.date, dt.date | None, ClosureReason | None]  # see FamilyFacts
    children: list[tuple[int, str, dt.date, GestationalAge | None]] = field(default_factory=list)
    caregivers: list[tuple[int, bool, str]] = field(default_factory=list)
    screens: list[tuple[int, int | None, int | None, Instrument, dt.date, bool]] = field(
        default_factory=list
    )
    referrals: list[ReferralFacts] = field(default_factory=list)


# Enum members by value: a dict lookup instead of ``Enum.__call__`` on tens of thousands of rows.
_INSTRUMENT = {i.value: i for i in Instrument}
_REFERRAL_TYPE = {t.value: t for t in ReferralType}
_REFERRAL_STATUS = {t.value: t for t in ReferralStatus}


def _day(value: Any) -> Any:
    """SQLite hands UNION dates back as text."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def read_facts(
    session: Session, staff_ids: Sequence[int] | None, period: MeasurePeriod,
    schedule: ScreeningSchedule,
) -> tuple[dict[int, FamilyFacts], dict[int, FamilyName]]:  # fmt: skip
    """The facts of every family of ``staff_ids`` (every family for None) that can count.

    Returns the facts and the families' names, by family id.
    """
    start, end = period.start, period.end
    since = add_months(start, -(max(ASQ_WINDOW_MONTHS, schedule.caregiver_first_within_months)))
    families = select(Family.id, Family.specialist_id, Family.enrolled_on, Family.closed_on,
                      Family.closure_reason, Family.case_number, Family.display_name).where(
        Family.enrolled_on.is_not(None),
        Family.enrolled_on <= end,
        or_(Family.closed_on.is_(None), Family.closed_on >= start,
            Family.enrolled_on >= add_months(start, -RETENTION_MONTHS)),
    )  # fmt: skip
    if staff_ids is not None:
        families = families.where(Family.specialist_id.in_(list(staff_ids)))
    fam = families.cte("fam")
    no_int, no_str, no_day = cast(null(), Integer), cast(null(), String), cast(null(), Date)
    screen_kept = or_(
        and_(Screening.instrument.in_([*DEPRESSION, Instrument.ASQ3]), Screening.given_on >= since),
        and_(Screening.positive.is_(True), Screening.given_on >= start),
    )
    parts = (
        select(literal("f").label("kind"), fam.c.id.label("family_id"),
               fam.c.specialist_id.label("a"), no_int.label("b"), no_int.label("c"),
               no_int.label("d"), fam.c.enrolled_on.label("day"), fam.c.closed_on.label("day2"),
               cast(fam.c.closure_reason, String).label("t1"), fam.c.case_number.label("t2"),
               fam.c.display_name.label("t3")),
        select(literal("c"), Child.family_id, Child.id, Child.gestational_weeks,
               Child.gestational_days, no_int, Child.dob, no_day, Child.full_name, no_str, no_str)
        .join(fam, fam.c.id == Child.family_id),
        select(literal("g"), Caregiver.family_id, Caregiver.id, cast(Caregiver.is_primary, Integer),
               no_int, no_int, no_day, no_day, Caregiver.full_name, no_str, no_str)
        .join(fam, fam.c.id == Caregiver.family_id),
        select(literal("s"), Screening.family_id, Screening.id, Screening.child_id,
               Screening.caregiver_id, cast(Screening.positive, Integer), Screening.given_on,
               no_day, cast(Screening.instrument, String), no_str, no_str)
        .join(fam, fam.c.id == Screening.family_id)
        .where(screen_kept, Screening.given_on <= end),
        select(literal("r"), Referral.family_id, Referral.id, Alert.screening_id, no_int, no_int,
               Referral.made_on, no_day, cast(Referral.referral_type, String),
               cast(Referral.status, String), no_str)
        .join(fam, fam.c.id == Referral.family_id)
        .outerjoin(Alert, Alert.id == Referral.alert_id)
        .where(Referral.made_on >= start),
    )  # fmt: skip
    rows: Sequence[Any] = session.execute(union_all(*parts)).all()
    drafts: dict[int, _Draft] = {}
    names: dict[int, FamilyName] = {}
    for kind, family_id, a, _b, _c, _d, day, day2, t1, t2, t3 in rows:
        if kind == "f":  # the families first: their parts may come before them
            reason = ClosureReason(t1) if t1 else None
            drafts[family_id] = _Draft((family_id, a, _day(day), _day(day2), reason))
            names[family_id] = FamilyName(t2, t3)
    for kind, family_id, a, b, c, d, day, _day2, t1, t2, _t3 in rows:
        if kind == "f":
            continue
        draft = drafts[family_id]
        if kind == "c":
            draft.children.append((a, t1, _day(day), GestationalAge.of(b, c)))
        elif kind == "g":
            draft.caregivers.append((a, bool(b), t1))
        elif kind == "s":
            draft.screens.append((a, b, c, _INSTRUMENT[t1], _day(day), bool(d)))
        else:
            draft.referrals.append(ReferralFacts(
                a, _REFERRAL_TYPE[t1], _day(day), _REFERRAL_STATUS[t2], b))  # fmt: skip
    return {fid: _finish(draft) for fid, draft in drafts.items()}, names


def _finish(draft: _Draft) -> FamilyFacts:
    """The family's facts from its rows: the primary caregiver (else the first one) and
    their depression screens, each child's ASQ-3 days, the positive screens with a name."""
    names = {cid: name for cid, _, name in draft.caregivers}
    carer_id, carer = None, ""
    if draft.caregivers:
        carer_id, _, carer = min(draft.caregivers, key=lambda g: (not g[1], g[0]))
    child_names = {c[0]: c[1] for c in draft.children}
    asq: dict[int, list[dt.date]] = {}
    carer_days, positives = [], []
    for screen_id, child_id, caregiver_id, instrument, given_on, positive in draft.screens:
        if instrument in DEPRESSION and caregiver_id == carer_id and carer_id is not None:
            carer_days.append(given_on)
        if instrument is Instrument.ASQ3 and child_id is not None:
            asq.setdefault(child_id, []).append(given_on)
        if positive:
            whom = child_names.get(child_id or 0) or names.get(caregiver_id or 0) or ""
            positives.append(ScreenFacts(screen_id, instrument, given_on, whom))
    children = tuple(ChildFacts(cid, name, dob, gestation, tuple(sorted(asq.get(cid, ()))))
                     for cid, name, dob, gestation in draft.children)  # fmt: skip
    family_id, specialist_id, enrolled_on, closed_on, reason = draft.family
    return FamilyFacts(
        family_id,
        specialist_id,
        enrolled_on,
        closed_on,
        reason,
        caregiver=carer,
        caregiver_screens=tuple(sorted(carer_days)),
        children=children,
        positive_screens=tuple(positives),
        referrals=tuple(draft.referrals),
    )
