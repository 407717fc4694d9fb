"""Screenings: record and score them, open alerts, record the follow-up.

Scoring follows the instruments' published rules, implemented in
``domain/screening.py``: EPDS (Cox, Holden & Sagovsky, 1987), PHQ-9
(Kroenke, Spitzer & Williams, 2001), ASQ-3 (Squires & Bricker, 2009) and
ASQ:SE-2 (Squires, Bricker & Twombly, 2015). A positive screen opens an
alert in the same transaction; it stays open on the family until a
follow-up is recorded (a referral, a documented safety assessment, or a
reasoned "no referral"). Which screenings are due lives in
``screenings_due``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from imh_desktop.data.models import Alert, Caregiver, Child, Screening, StaffUser, Visit
from imh_desktop.domain import asq
from imh_desktop.domain.ages import Gestation, GestationalAge, screening_age
from imh_desktop.domain.enums import AlertKind, FollowUpKind, Instrument
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.screening import (
    ASQ3_AREAS,
    ScreenResult,
    asq3_result,
    asqse2_result,
    score_epds,
    score_phq9,
)
from imh_desktop.domain.text import MAX_FOLLOW_UP, check_text
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.uow import reading, retry_transient, unit_of_work
from imh_desktop.services.screenings.due import (  # noqa: F401  (re-exported)
    DueItem,
    family_screenings_due,
    screenings_due_counts,
)
from imh_desktop.services.screenings.safety import SafetyCheckInput, apply_safety_check

CAREGIVER_INSTRUMENTS = (Instrument.EPDS, Instrument.PHQ9)
CHILD_INSTRUMENTS = (Instrument.ASQ3, Instrument.ASQSE2)


@dataclass(frozen=True)
class ScreeningInput:
    """A screening as entered.

    EPDS / PHQ-9: ``answers`` = the option chosen per item (0 = first option).
    ASQ-3: ``area_scores`` and ``area_bands`` as read off the official sheet.
    ASQ:SE-2: ``total`` and ``band`` ("below", "monitoring", "above").
    ``safety``: the same-day safety check, when already done for a self-harm answer.
    """

    instrument: Instrument
    given_on: dt.date
    child_id: int | None = None
    caregiver_id: int | None = None
    visit_id: int | None = None
    answers: tuple[int, ...] = ()
    area_scores: dict[str, int] = field(default_factory=dict)
    area_bands: dict[str, str] = field(default_factory=dict)
    total: int | None = None
    band: str = ""
    safety: SafetyCheckInput | None = None


@dataclass(frozen=True)
class ScreeningRecord:
    id: int
    family_id: int
    visit_id: int | None
    child_id: int | None
    caregiver_id: int | None
    subject_name: str
    instrument: Instrument
    given_on: dt.date
    interval_months: int | None
    total: int | None
    band: str
    positive: bool
    urgent: bool


@dataclass(frozen=True)
class AlertRecord:
    id: int
    family_id: int
    screening_id: int | None
    kind: AlertKind
    text: str
    opened_on: dt.date
    resolved_at: dt.datetime | None
    resolved_by_name: str
    follow_up_kind: FollowUpKind | None
    follow_up_note: str

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def score(data: ScreeningInput) -> ScreenResult:
    """Score a screening by its instrument's published rules (live, as answers are entered)."""
    if data.instrument is Instrument.EPDS:
        return score_epds(list(data.answers))
    if data.instrument is Instrument.PHQ9:
        return score_phq9(list(data.answers))
    if data.instrument is Instrument.ASQ3:
        return asq3_result(data.area_scores, data.area_bands)
    if data.total is None:
        raise DomainError("ASQ:SE-2: enter the total score.", "total")
    return asqse2_result(data.total, data.band)


def interval_for(instrument: Instrument, dob: dt.date, gestation: Gestation, on: dt.date) -> int:
    """The ASQ-3 / ASQ:SE-2 questionnaire for the child's (corrected) age on ``on``."""
    age = screening_age(dob, gestation, on)
    pick = asq.asq3_interval_for if instrument is Instrument.ASQ3 else asq.asqse2_interval_for
    months = pick(age)
    if months is None:
        raise DomainError(
            f"No {instrument.abbreviation} questionnaire fits a screening age of {age}.", "given_on"
        )
    return months


@retry_transient
def record_screening(ctx: ServiceContext, family_id: int, data: ScreeningInput) -> ScreeningRecord:
    """Score and store a screening; a positive screen opens an alert in the same transaction.

    EPDS and PHQ-9 are given to a caregiver, ASQ-3 and ASQ:SE-2 to a child;
    the ASQ interval is chosen from the child's corrected age on the day.
    """
    today = ctx.today()
    if data.given_on > today:
        raise DomainError("The screening date cannot be in the future.", "given_on")
    result = score(data)
    with unit_of_work(ctx, Permission.WRITE_NOTE, family_id=family_id) as uow:
        family = load_family(uow.session, family_id)
        if data.given_on < family.referral_date:
            raise DomainError("The screening date is before the family's referral.", "given_on")
        interval = None
        subject_name = ""
        if data.instrument in CAREGIVER_INSTRUMENTS:
            caregiver = uow.session.get(Caregiver, data.caregiver_id) if data.caregiver_id else None
            if caregiver is None or caregiver.family_id != family_id or data.child_id is not None:
                raise DomainError(
                    f"{data.instrument.abbreviation} is given to a caregiver: choose one.",
                    "subject",
                )
            subject_name = caregiver.full_name
        else:
            child = uow.session.get(Child, data.child_id) if data.child_id else None
            if child is None or child.family_id != family_id or data.caregiver_id is not None:
                raise DomainError(
                    f"{data.instrument.abbreviation} is given for a child: choose one.", "subject"
                )
            subject_name = child.full_name
            gestation = GestationalAge.of(child.gestational_weeks, child.gestational_days)
            interval = interval_for(data.instrument, child.dob, gestation, data.given_on)
        if data.visit_id is not None:
            visit = uow.session.get(Visit, data.visit_id)
            if visit is None or visit.family_id != family_id:
                raise DomainError("That visit is not one of this family's visits.", "visit_id")
        row = Screening(
            family_id=family_id,
            visit_id=data.visit_id,
            child_id=data.child_id,
            caregiver_id=data.caregiver_id,
            instrument=data.instrument,
            given_on=data.given_on,
            interval_months=interval,
            answers=_answers(data, result),
            total=result.total,
            band=result.band,
            positive=result.positive,
            urgent=result.urgent,
            created_by_id=uow.actor.id,
        )
        uow.session.add(row)
        uow.session.flush()
        if data.safety is not None and result.urgent:
            apply_safety_check(uow, row, data.safety)
        if result.positive:
            kind = AlertKind.URGENT if result.urgent else AlertKind.POSITIVE_SCREEN
            alert = Alert(
                family_id=family_id,
                screening_id=row.id,
                kind=kind,
                text=result.alert_for(subject_name),
                opened_on=data.given_on,
            )
            uow.session.add(alert)
            uow.session.flush()
            uow.audit("open", "alert", alert.id, screening_id=row.id, kind=kind.value)
        uow.audit("create", "screening", row.id, family_id=family_id, positive=result.positive)
        return _record(row, subject_name)


def _answers(data: ScreeningInput, result: ScreenResult) -> dict[str, Any]:
    if data.instrument in CAREGIVER_INSTRUMENTS:
        return {"options": list(data.answers), "scores": list(result.item_scores)}
    if data.instrument is Instrument.ASQ3:
        return {
            "scores": dict(zip(ASQ3_AREAS, result.item_scores, strict=True)),
            "bands": dict(result.area_bands),
        }
    return {"total": data.total, "band": data.band}


def _record(row: Screening, subject: str) -> ScreeningRecord:
    return to_record(ScreeningRecord, row, subject_name=subject)


def list_screenings(ctx: ServiceContext, family_id: int) -> list[ScreeningRecord]:
    """The family's screenings, newest first, with the name of who was screened."""
    stmt = (
        select(Screening, Child.full_name, Caregiver.full_name)
        .outerjoin(Child, Child.id == Screening.child_id)
        .outerjoin(Caregiver, Caregiver.id == Screening.caregiver_id)
        .where(Screening.family_id == family_id)
        .order_by(Screening.given_on.desc(), Screening.id.desc())
    )
    with reading(ctx, Permission.READ_FAMILY, "screenings", family_id=family_id) as uow:
        rows = uow.session.execute(stmt)
        return [_record(s, child or carer or "") for s, child, carer in rows]


@retry_transient
def list_alerts(ctx: ServiceContext, family_id: int, open_only: bool = False) -> list[AlertRecord]:
    """The family's alerts, open ones first, newest first."""
    stmt = (
        select(Alert, StaffUser.full_name)
        .outerjoin(StaffUser, StaffUser.id == Alert.resolved_by_id)
        .where(Alert.family_id == family_id)
        .order_by(Alert.opened_on.desc(), Alert.id.desc())
    )
    if open_only:
        stmt = stmt.where(Alert.resolved_at.is_(None))
    with reading(ctx, Permission.READ_FAMILY, "alerts", family_id=family_id) as uow:
        records = [
            AlertRecord(
                a.id,
                a.family_id,
                a.screening_id,
                a.kind,
                a.text,
                a.opened_on,
                a.resolved_at,
                name or "",
                a.follow_up_kind,
                a.follow_up_note,
            )
            for a, name in uow.session.execute(stmt)
        ]
    return sorted(records, key=lambda a: not a.is_open)


def resolve_alert(
    ctx: ServiceContext, alert_id: int, follow_up_kind: FollowUpKind, note: str
) -> AlertRecord:
    """Record the follow-up of an alert, which closes it.

    A safety assessment documented, or no referral; the note is required for
    "no referral" (say why). A referral is made with
    ``services.family.referrals.make_referral(..., alert_id)``, which closes
    the alert itself: this function refuses it, so no alert closes on the
    word "referral" without a referral to follow up. Only those who may write
    notes for the family record it.
    """
    note = check_text(note, "follow_up_note", "The follow-up note", MAX_FOLLOW_UP, multiline=True)
    if follow_up_kind is FollowUpKind.NO_REFERRAL and not note:
        raise DomainError("Say why no referral is needed.", "follow_up_note")
    if follow_up_kind is FollowUpKind.REFERRAL:
        raise DomainError(
            "Make a referral for this alert (agency, reason, follow-up date): saving the "
            "referral closes the alert.",
            "follow_up_kind",
        )
    with unit_of_work(ctx, Permission.WRITE_NOTE) as uow:
        row = uow.session.get(Alert, alert_id)
        if row is None:
            raise NotFoundError("That alert no longer exists.", "alert")
        uow.require(family=load_family(uow.session, row.family_id))
        if row.resolved_at is not None:
            raise DomainError("This alert's follow-up is already recorded.", "alert")
        row.resolved_at = uow.now()
        row.resolved_by_id, row.follow_up_kind, row.follow_up_note = (
            uow.actor.id,
            follow_up_kind,
            note,
        )
        uow.session.flush()
        uow.audit("resolve", "alert", row.id, follow_up=follow_up_kind.value)
        return AlertRecord(
            row.id,
            row.family_id,
            row.screening_id,
            row.kind,
            row.text,
            row.opened_on,
            row.resolved_at,
            uow.actor.full_name,
            row.follow_up_kind,
            row.follow_up_note,
        )
