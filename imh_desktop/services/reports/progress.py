"""The family progress report's data: visits, goals with ratings, plan, screenings, and the
family's context (stressors, protective factors, referrals and their outcomes)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import (
    Alert,
    Amendment,
    Goal,
    GoalProgress,
    Screening,
    StaffUser,
    Visit,
)
from imh_desktop.domain import ages, dosage
from imh_desktop.domain.enums import (
    AlertKind,
    FamilyStatus,
    Frequency,
    GoalDomain,
    GoalStatus,
    Instrument,
    VisitMode,
    VisitOutcome,
)
from imh_desktop.domain.goal_rules import past_target
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.records import FamilyRecord
from imh_desktop.services.common.uow import reading
from imh_desktop.services.family.families import family_record
from imh_desktop.services.reports.common import AgencyInfo, agency_of, check_period
from imh_desktop.services.reports.context import ContextSection, context_section
from imh_desktop.services.visits.seal import check_notes
from imh_desktop.services.visits.snapshot import snapshot_goals


@dataclass(frozen=True)
class ChildLine:
    name: str
    dob: dt.date
    age_text: str  # "7 mo 12 d (corrected 5 mo 3 d)"; empty when born after the date


@dataclass(frozen=True)
class RatingPoint:
    on: dt.date
    rating: int


@dataclass(frozen=True)
class GoalSummary:
    number: int
    statement: str
    domain: GoalDomain
    status: GoalStatus
    started_on: dt.date
    target_date: dt.date | None
    ratings: tuple[RatingPoint, ...]  # in the period, oldest first
    # Statements signed notes of the period rated the goal under, when not its statement now
    signed_as: tuple[str, ...] = ()
    past_target: bool = False  # active and past its target date: to review


@dataclass(frozen=True)
class VisitLine:
    visit_date: dt.date
    mode: VisitMode
    outcome: VisitOutcome
    completed: bool
    goals: tuple[tuple[int, int], ...]  # (goal number, rating)
    signed: bool
    tampered: bool = False  # changed outside the app after it was signed (services.visits.seal)


@dataclass(frozen=True)
class VisitSummary:
    completed: int
    expected: float
    dosage_percent: float | None
    cancelled_by_family: int
    cancelled_by_staff: int
    no_shows: int
    unsigned: int


@dataclass(frozen=True)
class ScreeningLine:
    given_on: dt.date
    instrument: Instrument
    subject: str
    total: int | None
    band: str
    positive: bool
    urgent: bool


@dataclass(frozen=True)
class AlertLine:
    opened_on: dt.date
    kind: AlertKind
    text: str


@dataclass(frozen=True)
class AmendmentLine:
    on: dt.date
    author: str
    reason: str
    text: str


@dataclass(frozen=True)
class ProgressReportData:
    """Everything a family progress report for one period prints.

    Fixed lists (status, frequency, goal domains, visit modes…) are kept as
    their enum members; the report labels them in the language it prints in.
    """

    agency: AgencyInfo
    case_number: str
    family_name: str
    status: FamilyStatus
    enrolled_on: dt.date | None
    frequency: Frequency
    caregivers: tuple[str, ...]  # "Name (Mother)"
    children: tuple[ChildLine, ...]
    specialist_name: str
    period_start: dt.date
    period_end: dt.date
    prepared_on: dt.date
    summary: VisitSummary
    goals: tuple[GoalSummary, ...]
    visits: tuple[VisitLine, ...]  # oldest first
    plan: str
    plan_date: dt.date | None
    plan_amendments: tuple[AmendmentLine, ...]  # later changes to that plan, oldest first
    plan_tampered: bool  # that note was changed outside the app after it was signed
    screenings: tuple[ScreeningLine, ...]
    open_alerts: tuple[AlertLine, ...]
    context: ContextSection  # stressors, protective factors, referrals (services.reports.context)


def _children(family: FamilyRecord, on: dt.date) -> tuple[ChildLine, ...]:
    lines = []
    for child in family.children:
        text = "" if child.dob > on else ages.format_age(child.dob, child.gestation, on)
        lines.append(ChildLine(child.full_name, child.dob, text))
    return tuple(lines)


def _summary(
    family: FamilyRecord, visits: list[Visit], start: dt.date, end: dt.date
) -> VisitSummary:
    def count(outcome: VisitOutcome) -> int:
        return sum(v.outcome is outcome for v in visits)

    completed = count(VisitOutcome.COMPLETED)
    expected = 0.0
    if family.enrolled_on is not None and family.enrolled_on <= end:
        closed = family.closed_on if family.status is FamilyStatus.CLOSED else None
        if closed is None or closed >= family.enrolled_on:
            expected = dosage.expected_visits(
                family.frequency, start, end, family.enrolled_on, closed
            )
    return VisitSummary(
        completed=completed,
        expected=expected,
        dosage_percent=dosage.dosage_percent(completed, expected),
        cancelled_by_family=count(VisitOutcome.CANCELLED_FAMILY),
        cancelled_by_staff=count(VisitOutcome.CANCELLED_STAFF),
        no_shows=count(VisitOutcome.NO_SHOW),
        unsigned=sum(v.signed_at is None for v in visits),
    )


def progress_report_data(
    ctx: ServiceContext, family_id: int, start: dt.date, end: dt.date
) -> ProgressReportData:
    """Gather a family's progress report for ``start``..``end`` (both days included).

    Visits planned but not yet held are left out; expected visits are counted
    up to today when the period runs past it. The specialist's reflection is
    never read.
    """
    today = ctx.today()
    check_period(start, end, today)
    counted_end = min(end, today)
    with reading(
        ctx, Permission.REPORT, "progress_report", family_id=family_id, start=start, end=end
    ) as uow:  # fmt: skip
        session = uow.session
        family = family_record(session, load_family(session, family_id))
        agency = agency_of(session)
        visits = list(
            session.scalars(
                select(Visit)
                .where(
                    Visit.family_id == family_id,
                    Visit.visit_date.between(start, end),
                    Visit.outcome != VisitOutcome.PLANNED,
                )
                .order_by(Visit.visit_date, Visit.id)
            )
        )
        progress = session.execute(
            select(GoalProgress.visit_id, GoalProgress.goal_id, GoalProgress.rating)
            .join(Visit, Visit.id == GoalProgress.visit_id)
            .where(Visit.family_id == family_id, Visit.visit_date.between(start, end))
        ).all()
        rated_ids = {goal_id for _, goal_id, _ in progress}
        goal_rows = [
            g
            for g in session.scalars(
                select(Goal).where(Goal.family_id == family_id).order_by(Goal.started_on, Goal.id)
            )
            if g.id in rated_ids
            or (
                g.started_on <= end
                and (g.status is GoalStatus.ACTIVE or (g.status_changed_on or end) >= start)
            )
        ]
        goal_rows.sort(key=lambda g: g.status is not GoalStatus.ACTIVE)
        plan_row = session.execute(
            select(Visit.id, Visit.plan, Visit.visit_date)
            .where(
                Visit.family_id == family_id,
                Visit.signed_at.is_not(None),
                Visit.visit_date <= end,
                Visit.plan != "",
            )
            .order_by(Visit.visit_date.desc(), Visit.id.desc())
            .limit(1)
        ).first()
        amendments = _plan_amendments(session, plan_row.id) if plan_row else ()
        checked = {v.id for v in visits} | ({plan_row.id} if plan_row else set())
        tampered = set(check_notes(session, checked))
        signed_as: dict[int, list[str]] = {}
        for visit in visits:
            for kept in snapshot_goals(session, visit).values():
                if kept.current_statement or kept.revised:
                    signed_as.setdefault(kept.goal_id, []).append(kept.statement)
        screenings = _screenings(session, family, start, end)
        alerts = _open_alerts(session, family_id)
        context = context_section(session, family_id, start, end, today)

    number = {g.id: i for i, g in enumerate(goal_rows, start=1)}
    dates = {v.id: v.visit_date for v in visits}
    by_visit: dict[int, list[tuple[int, int]]] = {}
    by_goal: dict[int, list[RatingPoint]] = {}
    for visit_id, goal_id, rating in progress:
        if visit_id in dates and goal_id in number:
            by_visit.setdefault(visit_id, []).append((number[goal_id], rating))
            by_goal.setdefault(goal_id, []).append(RatingPoint(dates[visit_id], rating))
    goals = tuple(
        GoalSummary(
            number=number[g.id],
            statement=g.statement,
            domain=g.domain,
            status=g.status,
            started_on=g.started_on,
            target_date=g.target_date,
            ratings=tuple(sorted(by_goal.get(g.id, []), key=lambda p: p.on)),
            signed_as=tuple(dict.fromkeys(t for t in signed_as.get(g.id, ()) if t != g.statement)),
            past_target=past_target(g.status, g.target_date, today),
        )
        for g in goal_rows
    )
    lines = tuple(
        VisitLine(
            visit_date=v.visit_date,
            mode=v.mode,
            outcome=v.outcome,
            completed=v.outcome is VisitOutcome.COMPLETED,
            goals=tuple(sorted(by_visit.get(v.id, []))),
            signed=v.signed_at is not None,
            tampered=v.id in tampered,
        )
        for v in visits
    )
    return ProgressReportData(
        agency=agency,
        case_number=family.case_number,
        family_name=family.display_name,
        status=family.status,
        enrolled_on=family.enrolled_on,
        frequency=family.frequency,
        caregivers=tuple(f"{c.full_name} ({c.relationship})" for c in family.caregivers),
        children=_children(family, counted_end),
        specialist_name=family.specialist_name,
        period_start=start,
        period_end=end,
        prepared_on=today,
        summary=_summary(family, visits, start, counted_end),
        goals=goals,
        visits=lines,
        plan=plan_row.plan if plan_row else "",
        plan_date=plan_row.visit_date if plan_row else None,
        plan_amendments=amendments,
        plan_tampered=plan_row is not None and plan_row.id in tampered,
        screenings=screenings,
        open_alerts=alerts,
        context=context,
    )


def _plan_amendments(session: Session, visit_id: int) -> tuple[AmendmentLine, ...]:
    rows = session.execute(
        select(Amendment.created_at, StaffUser.full_name, Amendment.reason, Amendment.text)
        .join(StaffUser, StaffUser.id == Amendment.author_id)
        .where(Amendment.visit_id == visit_id, Amendment.section == "plan")
        .order_by(Amendment.created_at, Amendment.id)
    )
    return tuple(AmendmentLine(at.date(), name, reason, text) for at, name, reason, text in rows)


def _screenings(
    session: Session, family: FamilyRecord, start: dt.date, end: dt.date
) -> tuple[ScreeningLine, ...]:
    names: dict[tuple[str, int | None], str] = {
        ("child", c.id): c.full_name for c in family.children
    }
    names.update({("caregiver", c.id): c.full_name for c in family.caregivers})
    rows = session.scalars(
        select(Screening)
        .where(Screening.family_id == family.id, Screening.given_on.between(start, end))
        .order_by(Screening.given_on, Screening.id)
    )
    return tuple(
        ScreeningLine(
            given_on=s.given_on,
            instrument=s.instrument,
            subject=names.get(("child", s.child_id))
            or names.get(("caregiver", s.caregiver_id), ""),
            total=s.total,
            band=s.band,
            positive=s.positive,
            urgent=s.urgent,
        )
        for s in rows
    )


def _open_alerts(session: Session, family_id: int) -> tuple[AlertLine, ...]:
    rows = session.scalars(
        select(Alert)
        .where(Alert.family_id == family_id, Alert.resolved_at.is_(None))
        .order_by(Alert.opened_on, Alert.id)
    )
    return tuple(AlertLine(a.opened_on, a.kind, a.text) for a in rows)
