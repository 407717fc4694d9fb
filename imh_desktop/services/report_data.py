"""The data each printed report shows, prepared as frozen dataclasses.

The report code (``imh_desktop.reports``) only formats what these functions
return: every number, label and choice of rows is made here. The values are
plain and picklable, so a batch can fetch them in the parent process and
render in worker processes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from imh_desktop.data.db import Database
from imh_desktop.data.models import Alert, Goal, GoalProgress, Screening, StaffUser, Visit
from imh_desktop.domain import ages, dosage
from imh_desktop.domain.enums import FamilyStatus, GoalStatus, VisitOutcome, VisitService
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.templates import handout_ideas, serve_and_return_steps
from imh_desktop.services.agency import get_settings
from imh_desktop.services.caseload import CaseloadRow, Scope, list_caseload
from imh_desktop.services.families import get_family
from imh_desktop.services.records import FamilyRecord, StaffRecord
from imh_desktop.services.staff import get_staff

HANDOUT_LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class AgencyInfo:
    name: str
    address: str
    phone: str


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
    domain_label: str
    status_label: str
    started_on: dt.date
    target_date: dt.date | None
    ratings: tuple[RatingPoint, ...]  # in the period, oldest first


@dataclass(frozen=True)
class VisitLine:
    visit_date: dt.date
    mode_label: str
    outcome_label: str
    completed: bool
    goals: tuple[tuple[int, int], ...]  # (goal number, rating)
    signed: bool


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
    instrument_label: str
    subject: str
    total: int | None
    band: str
    positive: bool
    urgent: bool


@dataclass(frozen=True)
class AlertLine:
    opened_on: dt.date
    kind_label: str
    text: str


@dataclass(frozen=True)
class ProgressReportData:
    """Everything a family progress report for one period prints."""

    agency: AgencyInfo
    case_number: str
    family_name: str
    status_label: str
    enrolled_on: dt.date | None
    frequency_label: str
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
    screenings: tuple[ScreeningLine, ...]
    open_alerts: tuple[AlertLine, ...]


def _agency(db: Database) -> AgencyInfo:
    settings = get_settings(db)
    return AgencyInfo(settings.agency_name, settings.agency_address, settings.agency_phone)


def check_period(start: dt.date, end: dt.date, today: dt.date) -> None:
    """Refuse a period that ends before it starts or starts in the future."""
    if end < start:
        raise DomainError(
            f"The period ends ({end:%d %b %Y}) before it starts ({start:%d %b %Y}).",
            "period_end",
        )
    if start > today:
        raise DomainError("The period starts in the future.", "period_start")


def _children(family: FamilyRecord, on: dt.date) -> tuple[ChildLine, ...]:
    lines = []
    for child in family.children:
        text = "" if child.dob > on else ages.format_age(child.dob, child.gestational_weeks, on)
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
    db: Database, family_id: int, start: dt.date, end: dt.date, today: dt.date | None = None
) -> ProgressReportData:
    """Gather a family's progress report for ``start``..``end`` (both days included).

    Visits planned but not yet held are left out; expected visits are counted
    up to today when the period runs past it. The specialist's reflection is
    never read.
    """
    today = today or dt.date.today()
    check_period(start, end, today)
    family = get_family(db, family_id)
    counted_end = min(end, today)
    with db.read() as session:
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
            select(Visit.plan, Visit.visit_date)
            .where(
                Visit.family_id == family_id,
                Visit.signed_at.is_not(None),
                Visit.visit_date <= end,
                Visit.plan != "",
            )
            .order_by(Visit.visit_date.desc(), Visit.id.desc())
            .limit(1)
        ).first()
        screenings = _screenings(session, family, start, end)
        alerts = _open_alerts(session, family_id)

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
            domain_label=g.domain.label,
            status_label=g.status.label,
            started_on=g.started_on,
            target_date=g.target_date,
            ratings=tuple(sorted(by_goal.get(g.id, []), key=lambda p: p.on)),
        )
        for g in goal_rows
    )
    lines = tuple(
        VisitLine(
            visit_date=v.visit_date,
            mode_label=v.mode.label,
            outcome_label=v.outcome.label,
            completed=v.outcome is VisitOutcome.COMPLETED,
            goals=tuple(sorted(by_visit.get(v.id, []))),
            signed=v.signed_at is not None,
        )
        for v in visits
    )
    return ProgressReportData(
        agency=_agency(db),
        case_number=family.case_number,
        family_name=family.display_name,
        status_label=family.status.label,
        enrolled_on=family.enrolled_on,
        frequency_label=family.frequency.label,
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
        screenings=screenings,
        open_alerts=alerts,
    )


def _screenings(session, family: FamilyRecord, start: dt.date, end: dt.date):
    names = {("child", c.id): c.full_name for c in family.children}
    names.update({("caregiver", c.id): c.full_name for c in family.caregivers})
    rows = session.scalars(
        select(Screening)
        .where(Screening.family_id == family.id, Screening.given_on.between(start, end))
        .order_by(Screening.given_on, Screening.id)
    )
    return tuple(
        ScreeningLine(
            given_on=s.given_on,
            instrument_label=s.instrument.label,
            subject=names.get(("child", s.child_id))
            or names.get(("caregiver", s.caregiver_id), ""),
            total=s.total,
            band=s.band,
            positive=s.positive,
            urgent=s.urgent,
        )
        for s in rows
    )


def _open_alerts(session, family_id: int) -> tuple[AlertLine, ...]:
    rows = session.scalars(
        select(Alert)
        .where(Alert.family_id == family_id, Alert.resolved_at.is_(None))
        .order_by(Alert.opened_on, Alert.id)
    )
    return tuple(AlertLine(a.opened_on, a.kind.label, a.text) for a in rows)


@dataclass(frozen=True)
class HandoutData:
    """What a one-page family handout for one visit prints (never the reflection)."""

    agency: AgencyInfo
    lang: str
    family_name: str
    child_name: str  # the youngest child the ideas are for; empty when none yet
    visit_date: dt.date
    services: tuple[VisitService, ...]
    observation: str
    caregiver_response: str
    ideas: tuple[str, ...]  # serve-and-return ideas for the child's age (or the five steps)
    ideas_are_steps: bool
    next_visit: dt.date | None
    specialist_name: str
    specialist_phone: str
    signed: bool


def handout_data(
    db: Database, visit_id: int, lang: str = "en", today: dt.date | None = None
) -> HandoutData:
    """Gather the family handout for a completed visit, in ``lang`` ("en" or "es").

    Ideas are chosen by the youngest child's age at the visit (corrected age
    while it applies); with no child born yet, the five steps of serve and
    return are offered instead. The next visit is the one written in the
    note, else the next planned visit.
    """
    lang = (lang or "").strip().lower()
    if lang not in HANDOUT_LANGUAGES:
        raise DomainError("Handouts are available in English (en) and Spanish (es).", "lang")
    with db.read() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"No visit with id {visit_id}.", "visit")
        if visit.outcome is not VisitOutcome.COMPLETED:
            raise DomainError(
                f"A handout is made for a completed visit; this visit is "
                f"'{visit.outcome.label.lower()}'.",
                "visit",
            )
        staff = session.get(StaffUser, visit.specialist_id)
        next_visit = visit.next_visit_date or session.scalar(
            select(Visit.visit_date)
            .where(
                Visit.family_id == visit.family_id,
                Visit.outcome == VisitOutcome.PLANNED,
                Visit.visit_date > visit.visit_date,
            )
            .order_by(Visit.visit_date)
            .limit(1)
        )
        family_id, on = visit.family_id, visit.visit_date
        services = tuple(VisitService(s) for s in visit.services or () if s in _SERVICE_VALUES)
        observation, response = visit.observation, visit.caregiver_response
        signed = visit.signed_at is not None
    family = get_family(db, family_id)
    born = [c for c in family.children if c.dob <= on]
    child = max(born, key=lambda c: c.dob) if born else None
    if child is not None:
        months = ages.screening_age(child.dob, child.gestational_weeks, on).months
        ideas, steps = tuple(handout_ideas(months, lang)), False
    else:
        ideas, steps = tuple(serve_and_return_steps(lang)), True
    return HandoutData(
        agency=_agency(db),
        lang=lang,
        family_name=family.display_name,
        child_name=child.full_name if child else "",
        visit_date=on,
        services=services,
        observation=observation,
        caregiver_response=response,
        ideas=ideas,
        ideas_are_steps=steps,
        next_visit=next_visit,
        specialist_name=staff.full_name if staff else family.specialist_name,
        specialist_phone=(staff.phone or "") if staff else "",
        signed=signed,
    )


_SERVICE_VALUES = frozenset(s.value for s in VisitService)


@dataclass(frozen=True)
class CaseloadFilters:
    """The caseload table's filters, as the supervisor set them."""

    specialist_id: int | None = None
    status: FamilyStatus | None = None
    overdue_only: bool = False
    alerts_only: bool = False
    unsigned_only: bool = False

    def describe(self, specialist_name: str = "") -> str:
        """The filters in words, for the report's subtitle."""
        parts = [f"specialist {specialist_name}" if specialist_name else "all specialists"]
        parts.append(self.status.label.lower() if self.status else "open cases")
        parts += [
            label
            for on, label in (
                (self.overdue_only, "overdue for a visit"),
                (self.alerts_only, "with open alerts"),
                (self.unsigned_only, "with unsigned notes"),
            )
            if on
        ]
        return "; ".join(parts)


@dataclass(frozen=True)
class CaseloadReportData:
    agency: AgencyInfo
    prepared_on: dt.date
    prepared_by: str
    filter_text: str
    rows: tuple[CaseloadRow, ...]


def filter_caseload(rows: list[CaseloadRow], filters: CaseloadFilters) -> list[CaseloadRow]:
    """The rows that pass ``filters`` (the same rules as the caseload table's filters)."""
    return [
        r
        for r in rows
        if (filters.specialist_id is None or r.specialist_id == filters.specialist_id)
        and (filters.status is None or r.status is filters.status)
        and (not filters.overdue_only or r.overdue)
        and (not filters.alerts_only or r.open_alerts > 0)
        and (not filters.unsigned_only or r.unsigned_notes > 0)
    ]


def caseload_report_data(
    db: Database,
    actor: StaffRecord | int,
    scope: Scope,
    filters: CaseloadFilters = CaseloadFilters(),
    today: dt.date | None = None,
) -> CaseloadReportData:
    """The caseload report: ``list_caseload`` for ``actor`` and ``scope``, then ``filters``.

    Closed cases are included only when the status filter asks for them.
    """
    today = today or dt.date.today()
    include_closed = filters.status is FamilyStatus.CLOSED
    rows = filter_caseload(list_caseload(db, actor, scope, today, include_closed), filters)
    actor_record = get_staff(db, actor if isinstance(actor, int) else actor.id)
    specialist = get_staff(db, filters.specialist_id).full_name if filters.specialist_id else ""
    return CaseloadReportData(
        agency=_agency(db),
        prepared_on=today,
        prepared_by=actor_record.full_name,
        filter_text=filters.describe(specialist),
        rows=tuple(rows),
    )
