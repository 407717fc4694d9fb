"""The demo writes through the app's rules: audit rows, case numbers and alerts as the services'."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from imh_desktop.data.models import (
    Alert,
    AuditEvent,
    Caregiver,
    Child,
    Family,
    Screening,
    StaffUser,
)
from imh_desktop.demo.generate import generate_demo
from imh_desktop.domain.enums import Instrument, ReferralSource, Role
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, FamilyInput
from imh_desktop.domain.screening import asq3_result, asqse2_result, score_epds, score_phq9
from imh_desktop.services.common.audit import audit_row
from imh_desktop.services.family.families import create_family

TODAY = dt.date(2026, 11, 25)  # the `clock` fixture's day


def _columns(event: AuditEvent) -> dict:
    return {c.name: getattr(event, c.name) for c in AuditEvent.__table__.columns}


def _chained(event: AuditEvent, family_id: int) -> dict:
    """The chain's columns, which the chain adds to ``audit_row``'s (filed under the family)."""
    assert event.seq and len(event.hash or "") == len(event.prev_hash or "") == 64
    return {"seq": event.seq, "family_id": family_id, "prev_hash": event.prev_hash,
            "hash": event.hash, "lane": event.lane}  # fmt: skip


def test_demo_family_audit_rows_match_the_service_and_numbers_continue(db, as_user) -> None:
    generate_demo(db, 30, 11, today=TODAY)
    with db.read() as s:
        specialist = s.scalars(
            select(StaffUser.id).where(StaffUser.role == Role.SPECIALIST)
        ).first()
        demo_events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "family").order_by(AuditEvent.id)
        ).all()  # the notes' sign, co-sign and amend events are checked in test_seal.py
        numbers = {f.id: f for f in s.scalars(select(Family))}
        last_2026 = max(
            (f.case_number for f in numbers.values() if f.case_number.startswith("IMH-2026-")),
        )
    made = create_family(
        as_user(specialist),
        FamilyInput(
            display_name="Ølstad family",
            specialist_id=specialist,
            referral_source=ReferralSource.SELF,
            referral_date=dt.date(2026, 11, 2),
            enrolled_on=dt.date(2026, 11, 20),
            caregivers=(CaregiverInput("Ingrid Ølstad"),),
            children=(ChildInput("Åsta Ølstad", dt.date(2026, 9, 1)),),
        ),
    )
    with db.read() as s:
        service = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "family", AuditEvent.entity_id == made.id)
        ).one()
    # One rule for case numbers: the service carries on after the demo's highest of 2026.
    assert made.case_number == f"IMH-2026-{int(last_2026.rsplit('-', 1)[1]) + 1:04d}"

    assert len(demo_events) == len(numbers) == 30
    for event in demo_events:
        family = numbers[event.entity_id]
        assert (event.action, event.entity) == (service.action, service.entity)
        assert json.loads(event.detail).keys() == json.loads(service.detail).keys()
        assert json.loads(event.detail) == {"case_number": family.case_number}
        assert event.staff_id == family.specialist_id
        # built by the same function the unit of work uses, column for column
        expected = audit_row(
            at=event.at, staff_id=family.specialist_id, action="create", entity="family",
            entity_id=family.id, detail={"case_number": family.case_number},
        )  # fmt: skip
        assert _columns(event) == {"id": event.id, **expected, **_chained(event, family.id)}
    assert _columns(service) == {"id": service.id, **audit_row(
        at=service.at, staff_id=specialist, action="create", entity="family",
        entity_id=made.id, detail={"case_number": made.case_number},
    ), **_chained(service, made.id)}  # fmt: skip


def test_demo_alerts_are_worded_as_record_screening_words_them(db) -> None:
    generate_demo(db, 30, 11, today=TODAY)
    with db.read() as s:
        rows = s.execute(
            select(Alert.text, Screening, Caregiver.full_name, Child.full_name)
            .join(Screening, Alert.screening_id == Screening.id)
            .outerjoin(Caregiver, Screening.caregiver_id == Caregiver.id)
            .outerjoin(Child, Screening.child_id == Child.id)
        ).all()
    assert rows
    for text, screening, caregiver, child in rows:
        answers = screening.answers
        if screening.instrument is Instrument.EPDS:
            result = score_epds(answers["options"])
        elif screening.instrument is Instrument.PHQ9:
            result = score_phq9(answers["options"])
        elif screening.instrument is Instrument.ASQ3:
            result = asq3_result(answers["scores"], answers["bands"])
        else:
            result = asqse2_result(answers["total"], answers["band"])
        assert text == result.alert_for(caregiver or child)
        assert text.startswith(f"{caregiver or child}: ") and "None" not in text
