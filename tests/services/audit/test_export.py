"""The audit log to CSV: formula-like cells neutralised, the export recorded, no stray file."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import GoalDomain, Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.audit.export import neutralise, write_audit_csv
from imh_desktop.services.audit.log import AuditFilter, list_audit_events
from imh_desktop.services.family import families, goals
from tests.factories import family_input


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised():
    for formula in ('=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\nx"):
        safe = neutralise(formula)  # a carriage return is written as a line break
        assert safe.startswith("'") and safe[2:] == formula[1:]
    assert neutralise("IMH-2026-0001") == "IMH-2026-0001" and neutralise(None) == ""


def test_export_writes_the_rows_given_safely_and_is_audited(db, as_user, staff, teams, tmp_path):
    sam = as_user(staff["ssupervisor"])
    evil = create_staff(sam, "evil", "=2+5", Role.SPECIALIST, staff["ssupervisor"])
    evil_family = families.create_family(sam, family_input(evil.id))  # on her own caseload
    goals.create_goal(
        as_user(evil.id), evil_family.id,
        GoalInput(GoalDomain.OTHER, "@SUM(A1:A9)", dt.date(2026, 11, 1)),
    )  # fmt: skip
    page = list_audit_events(sam, AuditFilter())
    folder = tmp_path / "exports"
    folder.mkdir()
    path = write_audit_csv(sam, page.events, folder / "audit.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Event", "No.", "When (UTC)", "Who"]
    assert len(rows) == len(page.events) + 1
    cells = [c for row in rows for c in row]
    assert "'=2+5" in cells  # the name is kept, as text
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    with db.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (last.action, json.loads(last.detail)["rows"]) == ("export", len(page.events))
    with pytest.raises(PermissionDeniedError):
        write_audit_csv(as_user(staff["aspecialist"]), page.events, folder / "no.csv")
    assert sorted(p.name for p in folder.iterdir()) == ["audit.csv"]  # no temp file left
    with pytest.raises(DomainError):
        write_audit_csv(sam, page.events, tmp_path / "missing" / "audit.csv")


def test_a_missing_folder_is_refused_plainly_and_nothing_is_recorded(db, sam, teams, tmp_path):
    page = list_audit_events(sam, AuditFilter())
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(DomainError) as refused:
        write_audit_csv(sam, page.events, tmp_path / "missing" / "audit.csv")
    assert str(refused.value) == "That folder does not exist. Choose another place to save."
    assert refused.value.field == "path"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before
    assert not (tmp_path / "missing").exists()
