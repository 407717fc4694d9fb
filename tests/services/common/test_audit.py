"""Audit rows are built in one place, whoever writes them."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.audit import audit_row
from imh_desktop.services.common.uow import unit_of_work, write_audit

NOW = dt.datetime(2026, 11, 25, 10, 0)  # the `clock` fixture's time, naive UTC


def test_audit_row_holds_every_column_but_the_id() -> None:
    row = audit_row(
        at=NOW, staff_id=3, action="sign", entity="visit", entity_id=9, detail={"late": True}
    )
    assert row == {"at": NOW, "staff_id": 3, "action": "sign", "entity": "visit",
                   "entity_id": 9, "detail": '{"late": true}'}  # fmt: skip
    # every column but the id and the chain's, which chaining adds (services.audit.chain)
    chain = {"seq", "family_id", "prev_hash", "hash", "lane"}
    assert set(row) == {c.name for c in AuditEvent.__table__.columns} - {"id"} - chain
    empty = audit_row(at=NOW, staff_id=None, action="x", entity="y", entity_id=None, detail={})
    assert empty["detail"] == ""


def test_detail_keeps_its_letters_and_writes_dates_as_text() -> None:
    row = audit_row(
        at=NOW, staff_id=1, action="create", entity="family", entity_id=1,
        detail={"name": "Nguyễn", "on": dt.date(2026, 11, 25)},
    )  # fmt: skip
    assert "Nguyễn" in row["detail"]
    assert json.loads(row["detail"]) == {"name": "Nguyễn", "on": "2026-11-25"}


def test_unit_of_work_audit_stores_the_built_row(db, as_user, staff) -> None:
    with unit_of_work(as_user(staff["aspecialist"]), Permission.USE_OWN_ACCOUNT) as uow:
        uow.audit("view", "family", 7, reason="review", on=dt.date(2026, 11, 1))
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "view")).one()
    expected = audit_row(
        at=NOW, staff_id=staff["aspecialist"], action="view", entity="family", entity_id=7,
        detail={"reason": "review", "on": dt.date(2026, 11, 1)},
    )  # fmt: skip
    assert {c: getattr(event, c) for c in expected} == expected


def test_write_audit_before_sign_in_builds_the_same_row_on_the_session_clock(db, clock) -> None:
    with db.session(clock) as session:
        write_audit(session, None, "sign_in_failed", "staff_user", None, username="nobody")
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "sign_in_failed")).one()
    expected = audit_row(
        at=NOW, staff_id=None, action="sign_in_failed", entity="staff_user", entity_id=None,
        detail={"username": "nobody"},
    )  # fmt: skip
    assert {c: getattr(event, c) for c in expected} == expected
