"""A check's report saved as an owner-only text file; the export is recorded."""

from __future__ import annotations

import json
import stat

import pytest
from sqlalchemy import func, select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.errors import DomainError
from imh_desktop.services.audit.verify_report import save_verify_report


def test_the_report_is_written_owner_only_and_the_export_recorded(db, sam, tmp_path):
    target = tmp_path / "out" / "check.txt"
    target.parent.mkdir()
    saved = save_verify_report(sam, "Audit trail intact.\nHead: 1:abc", target)
    assert (
        saved == target
        and target.read_text(encoding="utf-8") == "Audit trail intact.\nHead: 1:abc\n"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["check.txt"]  # no temporary file left
    with db.read() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (last.action, last.entity) == ("export", "audit_verify")
    assert json.loads(last.detail) == {"lines": 2, "file": "check.txt"}


def test_a_missing_folder_is_refused_plainly_and_nothing_is_recorded(db, sam, tmp_path):
    before = _event_count(db)
    with pytest.raises(DomainError) as refused:
        save_verify_report(sam, "x", tmp_path / "nowhere" / "check.txt")
    assert str(refused.value) == "That folder does not exist. Choose another place to save."
    assert refused.value.field == "path"
    assert _event_count(db) == before and not (tmp_path / "nowhere").exists()


def _event_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent))
