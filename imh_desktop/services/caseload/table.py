"""The caseload table: one aggregated query per refresh, plus small read queries.

``list_caseload`` answers with one SQL statement whatever the number of
families: visits, goals, alerts, caregivers and children are each grouped by
family in a common table expression and joined to the families, so the cost
grows with the data, not with round trips. It runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import String, case, cast, func, literal, or_, select, type_coerce
from sqlalchemy.sql import ColumnElement, Select

from imh_desktop.data.models import (
    Alert,
    Caregiver,
    Child,
    Family,
    Goal,
    InformationRelease,
    Referral,
    StaffUser,
    Visit,
)
from imh_desktop.domain import ages, dosage
from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.dates import format_date
from imh_desktop.domain.enums import (
    AlertKind,
    FamilyStatus,
    Frequency,
    GoalStatus,
    ReferralStatus,
    Role,
    VisitOutcome,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.family_context import RELEASE_WARN_DAYS
from imh_desktop.domain.period_families import PeriodCounts, count_families, served_words
from imh_desktop.domain.permissions import Permission, Relation, allowed_all
from imh_desktop.domain.search import fold_text as fold_text  # the UI's filter folds with it
from imh_desktop.services.common.access import SCOPE_RELATIONS
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading, retry_transient

Scope = Literal["mine", "team", "all"]
SCOPES: tuple[Scope, ...] = ("mine", "team", "all")
# The caseload each clinical role opens on and exports: the one role-to-scope map.
# Administrators have no caseload (they see no clinical content): no entry.
SCOPE_OF_ROLE: dict[Role, Scope] = {
    Role.SPECIALIST: "mine",
    Role.SUPERVISOR: "team",
}


def scopes_for(role: Role) -> tuple[Scope, ...]:
    """The caseload scopes the permission table lets ``role`` list, narrowest first."""
    return tuple(
        scope
        for scope in SCOPES
        if allowed_all(role, Permission.READ_FAMILY, SCOPE_RELATIONS[scope])
    )


AGES_OUT_WARN_DAYS = 90
_ITEM_SEP = "\x1e"  # ASCII record separator: never typed into a name
_FIELD_SEP = "\x1f"  # ASCII unit separator

ChildSummary = tuple[str, dt.date, GestationalAge | None]  # name, birth, gestation


@dataclass(frozen=True)
class CaseloadRow:
    """One family as the caseload table shows it (all values computed, no lazy loads)."""

    family_id: int
    case_number: str
    family_name: str
    children: tuple[ChildSummary, ...]
    children_text: str
    caregiver_name: str
    specialist_id: int
    specialist_name: str
    status: FamilyStatus
    enrolled_on: dt.date | None
    frequency: Frequency
    last_visit: dt.date | None
    days_since_contact: int | None
    next_visit_due: dt.date | None
    overdue: bool
    visits_this_month: int
    expected_this_month: float
    unsigned_notes: int
    active_goals: int
    open_alerts: int
    urgent_alerts: int
    alert_text: str
    overdue_referrals: int  # referrals past their follow-up date, still "made"
    expiring_releases: int  # releases of information running out within 30 days
    ages_out_soon: bool
    search_text: str
    relation: Relation = Relation.OTHER  # how the reader stands to the family
    closed_on: dt.date | None = None
    ages_on: dt.date | None = None  # the day the ages in children_text are counted to


def _family_filter(actor_id: int, scope: Scope, include_closed: bool) -> list[ColumnElement[bool]]:
    """Conditions on ``families`` choosing the families in scope."""
    if scope not in SCOPES:
        raise DomainError(f"Unknown caseload scope '{scope}'.", "scope")
    conditions: list[ColumnElement[bool]] = []
    if scope == "mine":
        conditions.append(Family.specialist_id == actor_id)
    elif scope == "team":
        # One IN over the team (her specialists and herself), so the families are found
        # through ix_families_specialist_status; an OR of the two made a scan of them all.
        team = select(StaffUser.id).where(
            or_(StaffUser.supervisor_id == actor_id, StaffUser.id == actor_id)
        )
        conditions.append(Family.specialist_id.in_(team))
    if not include_closed:
        conditions.append(Family.status != FamilyStatus.CLOSED)
    return conditions


def _caseload_statement(
    conditions: list[ColumnElement[bool]], today: dt.date
) -> Select[*tuple[Any, ...]]:
    # Each aggregate is limited to the families in scope, so a small caseload
    # never groups the whole agency's visits.
    # The families in scope, chosen once (a CTE the aggregates share): spelled out in each
    # aggregate, the scope's OR over specialists was evaluated eight times per query.
    chosen = select(Family.id).where(*conditions).cte("f")
    ids = select(chosen.c.id)
    month_start, month_end = _month(today)
    completed = Visit.outcome == VisitOutcome.COMPLETED
    planned = Visit.outcome == VisitOutcome.PLANNED

    # Each family's visit figures by index probes (its latest completed visit, its next
    # planned one, this month's, its unsigned notes: ix_visits_family_caseload), not by
    # grouping every visit the families ever had (70,000 for a team of 1,900 families).
    def of_family(*when: ColumnElement[bool]) -> Select[Any]:
        return select().where(Visit.family_id == Family.id, *when)

    last_visit = of_family(completed).add_columns(func.max(Visit.visit_date)).scalar_subquery()
    next_planned = (
        of_family(planned, Visit.visit_date >= today)
        .add_columns(func.min(Visit.visit_date)).scalar_subquery()
    )  # fmt: skip
    this_month = (
        of_family(completed, Visit.visit_date.between(month_start, month_end))
        .add_columns(func.count()).scalar_subquery()
    )  # fmt: skip
    unsigned = (
        of_family(Visit.signed_at.is_(None), ~planned).add_columns(func.count()).scalar_subquery()
    )
    goals = (
        select(Goal.family_id.label("family_id"), func.count().label("active_goals"))
        .where(Goal.status == GoalStatus.ACTIVE, Goal.family_id.in_(ids))
        .group_by(Goal.family_id)
        .cte("g")
    )
    alerts = (
        select(
            Alert.family_id.label("family_id"),
            func.count().label("open_alerts"),
            func.count(case((Alert.kind == AlertKind.URGENT, 1))).label("urgent"),
            func.min(Alert.id).label("first_id"),
        )
        .where(Alert.resolved_at.is_(None), Alert.family_id.in_(ids))
        .group_by(Alert.family_id)
        .cte("a")
    )
    first_alert = Alert.__table__.alias("first_alert")
    # Referrals past their follow-up date still waiting for news, and releases of
    # information running out within RELEASE_WARN_DAYS (domain.family_context).
    referrals = (
        select(Referral.family_id.label("family_id"), func.count().label("overdue_referrals"))
        .where(Referral.status == ReferralStatus.MADE, Referral.follow_up_on < today,
               Referral.family_id.in_(ids))
        .group_by(Referral.family_id)
        .cte("r")
    )  # fmt: skip
    warn_until = today + dt.timedelta(days=RELEASE_WARN_DAYS)
    releases = (
        select(InformationRelease.family_id.label("family_id"),
               func.count().label("expiring_releases"))
        .where(InformationRelease.expires_on > today, InformationRelease.expires_on <= warn_until,
               InformationRelease.signed_on <= today,
               or_(InformationRelease.revoked_on.is_(None), InformationRelease.revoked_on > today),
               InformationRelease.family_id.in_(ids))
        .group_by(InformationRelease.family_id)
        .cte("rl")
    )  # fmt: skip
    caregivers = (
        select(
            Caregiver.family_id.label("family_id"),
            func.max(case((Caregiver.is_primary, Caregiver.full_name))).label("primary_name"),
            func.min(Caregiver.full_name).label("any_name"),
            func.aggregate_strings(Caregiver.full_name, _ITEM_SEP).label("caregiver_names"),
        )
        .where(Caregiver.family_id.in_(ids))
        .group_by(Caregiver.family_id)
        .cte("c")
    )
    child_item = (
        cast(Child.dob, String)
        + literal(_FIELD_SEP)
        + func.coalesce(cast(Child.gestational_weeks, String), "")
        + literal(_FIELD_SEP)
        + func.coalesce(cast(Child.gestational_days, String), "")
        + literal(_FIELD_SEP)
        + Child.full_name
    )
    children = (
        select(
            Child.family_id.label("family_id"),
            func.aggregate_strings(child_item, _ITEM_SEP).label("child_items"),
        )
        .where(Child.family_id.in_(ids))
        .group_by(Child.family_id)
        .cte("k")
    )
    return (
        select(
            Family.id,
            Family.case_number,
            Family.display_name,
            # The stored strings, looked up in _to_row: SQLAlchemy's Enum conversion of
            # every row costs a refresh more than the lookups for the rows that changed.
            type_coerce(Family.status, String),
            Family.enrolled_on,
            Family.closed_on,
            type_coerce(Family.frequency, String),
            Family.specialist_id,
            StaffUser.full_name,
            StaffUser.supervisor_id,
            last_visit.label("last_visit"),
            next_planned.label("next_planned"),
            this_month.label("this_month"),
            unsigned.label("unsigned"),
            goals.c.active_goals,
            alerts.c.open_alerts,
            alerts.c.urgent,
            first_alert.c.text.label("alert_text"),
            caregivers.c.primary_name,
            caregivers.c.any_name,
            caregivers.c.caregiver_names,
            children.c.child_items,
            referrals.c.overdue_referrals,
            releases.c.expiring_releases,
        )
        # The families chosen by the same conditions as the CTE, not joined back to it by
        # id: the planner knows the families table's statistics, not the CTE's, and joined
        # back it hashed every family of the agency (50,000) to find 2,000.
        .select_from(Family)
        .join(StaffUser, StaffUser.id == Family.specialist_id)
        .outerjoin(goals, goals.c.family_id == Family.id)
        .outerjoin(alerts, alerts.c.family_id == Family.id)
        .outerjoin(first_alert, first_alert.c.id == alerts.c.first_id)
        .outerjoin(caregivers, caregivers.c.family_id == Family.id)
        .outerjoin(children, children.c.family_id == Family.id)
        .outerjoin(referrals, referrals.c.family_id == Family.id)
        .outerjoin(releases, releases.c.family_id == Family.id)
        .where(*conditions)
        .order_by(Family.case_number)
    )


@functools.lru_cache(maxsize=32768)
def _parse_children(items: str | None) -> tuple[ChildSummary, ...]:
    if not items:
        return ()
    parsed = []
    for item in items.split(_ITEM_SEP):
        dob, weeks, days, name = item.split(_FIELD_SEP, 3)
        gestation = GestationalAge(int(weeks), int(days or 0)) if weeks else None
        parsed.append((name, dt.date.fromisoformat(dob[:10]), gestation))
    return tuple(sorted(parsed, key=lambda c: (c[1], c[0])))


# Ages are pure functions of (birth, gestation, day): cached, so a refresh recomputes
# only what changed (the caseload refreshes after every save).
@functools.lru_cache(maxsize=32768)
def _age_text(
    dob: dt.date, gestation: GestationalAge | None, today: dt.date, lang: str = "en"
) -> str:
    return ages.format_age(dob, gestation, today, lang)


@functools.lru_cache(maxsize=32768)
def _ages_out_soon(dob: dt.date, today: dt.date) -> bool:
    return ages.ages_out_soon(dob, today, AGES_OUT_WARN_DAYS)


@functools.lru_cache(maxsize=32768)
def _any_ages_out(children: tuple[ChildSummary, ...], today: dt.date) -> bool:
    return any(_ages_out_soon(dob, today) for _, dob, _ in children)


@functools.lru_cache(maxsize=32768)
def children_text(children: tuple[ChildSummary, ...], today: dt.date, lang: str = "en") -> str:
    """ "Bảo, 10 mo 20 d (corrected 9 mo 2 d); Lan (born 2027-01-04)": the children with their
    ages on ``today``, in ``lang``'s words (``domain.ages.AGE_WORDS``; the screens pass theirs)."""
    born = ages.age_words(lang).born
    parts = []
    for name, dob, gestation in children:
        if dob > today:
            shown = dob.isoformat() if lang == "en" else format_date(dob, lang=lang)
            parts.append(born.format(name=name, date=shown))
        else:
            parts.append(f"{name}, {_age_text(dob, gestation, today, lang)}")
    return "; ".join(parts)


def month_counts(rows: Iterable[CaseloadRow], today: dt.date) -> PeriodCounts:
    """The rows counted for this calendar month by the one definition of the families in a
    period (``domain.period_families``), as the team view counts its "This month"."""
    start, end = _month(today)
    return count_families(((r.status, r.enrolled_on, r.closed_on) for r in rows), start, end)


def month_words(rows: list[CaseloadRow], today: dt.date) -> str:
    """ "5 open cases: 4 served this month · 1 on hold": the caseload's count line."""
    counts = month_counts(rows, today)
    shown = sum(r.status is not FamilyStatus.CLOSED for r in rows)
    noun = "open case" if shown == 1 else "open cases"
    return f"{shown} {noun}: {served_words(counts, 'this month', noun=False)}"


def _month(today: dt.date) -> tuple[dt.date, dt.date]:
    return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])


def _expected(
    status: FamilyStatus, frequency: Frequency, enrolled_on: dt.date | None,
    closed_on: dt.date | None, month: tuple[dt.date, dt.date],
) -> float:  # fmt: skip
    """Visits expected this calendar month up to today, prorated for the days the family was
    active: the team view's "expected" for the month, by the same rule (``domain.dosage``)."""
    if status in (FamilyStatus.REFERRED, FamilyStatus.ON_HOLD) or enrolled_on is None:
        return 0.0
    closed = closed_on if status is FamilyStatus.CLOSED else None
    if closed is not None and closed < enrolled_on:
        return 0.0
    return dosage.expected_visits(frequency, month[0], month[1], enrolled_on, closed)


def _to_date(today: dt.date) -> tuple[dt.date, dt.date]:
    """This month's first day to today: the days whose visits could have happened."""
    return today.replace(day=1), today


def _to_row(
    values: tuple[Any, ...], today: dt.date, month: tuple[dt.date, dt.date], reader: int
) -> CaseloadRow:
    # Positional unpacking: attribute access on SQLAlchemy rows costs more than the rest.
    (family_id, case_number, family_name, status, enrolled_on, closed_on, frequency,
     specialist_id, specialist_name, lead_id, last_visit, next_planned, this_month, unsigned,
     active_goals, open_alerts, urgent, alert_text, primary_name, any_name, caregiver_names,
     child_items, overdue_referrals, expiring_releases) = values  # fmt: skip
    status, frequency = FamilyStatus(status), Frequency(frequency)
    children = _parse_children(child_items)
    active = status is FamilyStatus.ACTIVE
    next_due = dosage.visit_due(next_planned, last_visit, frequency, enrolled_on, active)
    names = [case_number, family_name, *(c[0] for c in children)]
    names += sorted((caregiver_names or "").split(_ITEM_SEP))  # the server joins them in any order
    return CaseloadRow(
        family_id=family_id,
        case_number=case_number,
        family_name=family_name,
        children=children,
        children_text=children_text(children, today),
        caregiver_name=primary_name or any_name or "",
        specialist_id=specialist_id,
        specialist_name=specialist_name,
        status=status,
        enrolled_on=enrolled_on,
        closed_on=closed_on if status is FamilyStatus.CLOSED else None,
        frequency=frequency,
        last_visit=last_visit,
        days_since_contact=(today - last_visit).days if last_visit else None,
        next_visit_due=next_due,
        overdue=dosage.visit_overdue(next_due, active, today),
        visits_this_month=this_month or 0,
        expected_this_month=_expected(status, frequency, enrolled_on, closed_on, _to_date(today)),
        unsigned_notes=unsigned or 0,
        active_goals=active_goals or 0,
        open_alerts=open_alerts or 0,
        urgent_alerts=urgent or 0,
        alert_text=alert_text or "",
        overdue_referrals=overdue_referrals or 0,
        expiring_releases=expiring_releases or 0,
        ages_out_soon=active and _any_ages_out(children, today),
        search_text=fold_text(" ".join(n for n in names if n)),
        ages_on=today,
        relation=(
            Relation.OWN if specialist_id == reader
            else Relation.TEAM if lead_id == reader else Relation.OTHER
        ),
    )  # fmt: skip


@retry_transient
def list_caseload(
    ctx: ServiceContext,
    scope: Scope,
    include_closed: bool = False,
) -> list[CaseloadRow]:
    """The caseload table for the acting user, by case number, in one query.

    ``scope``: "mine" = the actor's own families; "team" = families of the
    specialists the actor supervises, plus the actor's own; "all" = every
    family (only for a role the permission table lets read every family).
    Closed cases are left out unless ``include_closed``. One audit row for
    the list, naming the scope and how many families it showed.
    """
    with reading(ctx, Permission.READ_FAMILY, "caseload", scope=scope) as uow:
        uow.require_scope(scope)
        rows = read_caseload(uow, scope, include_closed)
        uow.read_detail["families"] = len(rows)
        return rows


def read_caseload(uow: UnitOfWork, scope: Scope, include_closed: bool) -> list[CaseloadRow]:
    """The caseload rows inside a caller's unit (which checked ``scope``); no commit."""
    today, reader = uow.today, uow.actor.id
    stmt = _scope_statement(reader, scope, include_closed, today)
    rows = uow.session.connection().execute(stmt).all()
    month = _month(today)
    return [_row_of(row, today, month, reader) for row in rows]


@functools.lru_cache(maxsize=16)
def _scope_statement(
    reader: int, scope: Scope, include_closed: bool, today: dt.date
) -> Select[*tuple[Any, ...]]:
    """The caseload statement for a reader's scope on a day, built once (it is immutable):
    building its tree cost a few ms per refresh; SQLAlchemy caches only its compiled form."""
    return _caseload_statement(_family_filter(reader, scope, include_closed), today)


# A row is a pure function of its SQL values, the day, the month and the reader: a refresh
# (after every save) rebuilds only the families whose values changed. CaseloadRow is frozen,
# so sharing one between refreshes is safe. Sized for the widest view (every family).
@functools.lru_cache(maxsize=32768)
def _row_of(
    values: tuple[Any, ...], today: dt.date, month: tuple[dt.date, dt.date], reader: int
) -> CaseloadRow:
    return _to_row(values, today, month, reader)


def caseload_row(ctx: ServiceContext, scope: Scope, family_id: int) -> CaseloadRow | None:
    """One family's caseload row as ``list_caseload`` builds it, or None when out of scope.

    Used after a save to update that row alone instead of reloading the table.
    """
    with reading(ctx, Permission.READ_FAMILY, "caseload_row", entity_id=family_id) as uow:
        uow.require_scope(scope)
        today = uow.today
        conditions = [*_family_filter(uow.actor.id, scope, True), Family.id == family_id]
        row = uow.session.execute(_caseload_statement(conditions, today)).first()
        return _to_row(row, today, _month(today), uow.actor.id) if row is not None else None
