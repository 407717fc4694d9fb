"""The visit editor's red banner: a signed note changed behind the app's back says so."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.ui.visits.editor import VisitNoteEditor
from tests.factories import behind_the_back, signed_note

pytestmark = pytest.mark.ui
HEADLINE = "This note was changed outside the app after it was signed."


@pytest.fixture
def note(as_user, staff):
    return signed_note(as_user, staff)[1]


def _open(qtbot, ctx, note) -> VisitNoteEditor:
    editor = VisitNoteEditor(ctx, note.visit.family_id, note.visit.id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _event(db, action: str, visit_id: int) -> AuditEvent:
    with db.read() as s:
        return s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == action,
                AuditEvent.entity == "visit",
                AuditEvent.entity_id == visit_id,
            )
        ).one()


def test_an_untouched_signed_note_shows_no_banner(qtbot, app_ctx, staff, note):
    editor = _open(qtbot, app_ctx(staff["aspecialist"]), note)
    assert editor.is_signed() and editor.ui.tamper_banner.isHidden()


def test_a_note_edited_in_the_database_shows_the_red_banner(qtbot, db, app_ctx, staff, note):
    behind_the_back(db, "UPDATE visits SET observation = 'TAMPERED' WHERE id = :v", v=note.visit.id)
    editor = _open(qtbot, app_ctx(staff["ssupervisor"]), note)
    banner = editor.ui.tamper_banner
    assert banner.isVisible() and HEADLINE in banner.text()
    assert "its text or details differ from what was signed" in banner.text()
    assert editor.ui.sections["observation"].value() == "TAMPERED"  # shown, but flagged


def test_an_edited_audit_row_about_the_note_shows_the_banner(qtbot, db, app_ctx, staff, note):
    update = _event(db, "update", note.visit.id)
    behind_the_back(db, "UPDATE audit_events SET detail = '{}' WHERE id = :id", id=update.id)
    editor = _open(qtbot, app_ctx(staff["aspecialist"]), note)
    assert HEADLINE in editor.ui.tamper_banner.text()
    assert f"audit event {update.id} about it was changed" in editor.ui.tamper_banner.text()


def test_a_deleted_audit_row_about_the_note_shows_the_banner(qtbot, db, app_ctx, staff, note):
    create = _event(db, "create", note.visit.id)
    behind_the_back(db, "DELETE FROM audit_events WHERE id = :id", id=create.id)
    editor = _open(qtbot, app_ctx(staff["aspecialist"]), note)
    assert "an audit event about it was deleted or moved" in editor.ui.tamper_banner.text()


def test_a_rewritten_sign_event_shows_the_banner(qtbot, db, app_ctx, staff, note):
    sign = _event(db, "sign", note.visit.id)
    behind_the_back(
        db, "UPDATE audit_events SET staff_id = :who, at = :at WHERE id = :id",
        who=staff["ssupervisor"], at=dt.datetime(2026, 11, 20, 9, 0), id=sign.id,
    )  # fmt: skip
    editor = _open(qtbot, app_ctx(staff["aspecialist"]), note)
    assert editor.ui.tamper_banner.isVisible()
    assert f"audit event {sign.id} about it was changed" in editor.ui.tamper_banner.text()
