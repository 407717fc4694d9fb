"""The demo's notes are signed as the app signs them: sealed, and recorded in one valid chain."""

from __future__ import annotations

from sqlalchemy import func, select

from imh_desktop.data.models import Amendment, AuditEvent, Visit
from imh_desktop.demo.generate import generate_demo
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.visits.seal import check_notes
from tests.factories import TODAY


def test_a_demo_database_verifies_with_every_signed_note_sealed(db, as_user, staff):
    generate_demo(db, 40, 5, today=TODAY)
    with db.read() as s:
        signed = s.scalar(select(func.count()).where(Visit.signed_at.is_not(None)))
        sealed = s.scalar(select(func.count()).where(Visit.content_hash.is_not(None)))
        signs = s.scalar(select(func.count()).where(AuditEvent.action == "sign"))
        cosigned = s.scalar(select(func.count()).where(Visit.cosigned_at.is_not(None)))
        cosigns = s.scalar(select(func.count()).where(AuditEvent.action == "cosign"))
        unhashed = s.scalar(select(func.count()).where(Amendment.hash.is_(None)))
        ids = list(s.scalars(select(Visit.id)))
        assert check_notes(s, ids) == {}
    assert signed > 100 and sealed == signed == signs and cosigns == cosigned and unhashed == 0
    result = verify_audit_trail(as_user(staff["ssupervisor"]))
    assert result.ok and result.notes == signed
