"""Autosaved drafts: one per author, family and note; only the first save audited; gone on save."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from imh_desktop.data.models import AuditEvent, NoteDraft
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.family import families
from imh_desktop.services.visits import drafts, notes
from imh_desktop.services.visits.records import NoteInput
from tests.factories import TODAY, family_input

PAYLOAD = {"visit_date": "2026-11-25", "observation": "Ánh hummed to Bảo 🎵", "ratings": [[1, 4]]}


def draft_audits(db, reads: bool = False) -> list[tuple[str, int | None]]:
    """The drafts' audit rows: their creation and discarding (and, with ``reads``, reads)."""
    with db.read() as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.entity_id)
            .where(AuditEvent.entity == "note_draft")
            .where(AuditEvent.action != "read" if not reads else AuditEvent.action.is_not(None))
            .order_by(AuditEvent.id)
        ).all()
    return [tuple(r) for r in rows]


def count_drafts(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(NoteDraft))


def test_save_and_load_round_trip_on_the_clock(ana, clock, family):
    saved = drafts.save_draft(ana, family.id, None, PAYLOAD, None)
    assert (saved.author_id, saved.family_id, saved.visit_id) == (ana.user_id, family.id, None)
    assert saved.family_name == "Nguyễn family" and saved.payload == PAYLOAD
    assert saved.saved_at == dt.datetime(2026, 11, 25, 10, 0)  # the clock, in UTC
    assert drafts.load_draft(ana, family.id, None) == saved


def test_saving_again_updates_the_one_draft_and_audits_only_the_first_save(db, ana, clock, family):
    first = drafts.save_draft(ana, family.id, None, PAYLOAD, None)
    clock.advance(seconds=5)
    second = drafts.save_draft(
        ana, family.id, None, {**PAYLOAD, "observation": "more"}, first.version
    )
    assert second.id == first.id and second.payload["observation"] == "more"
    assert second.saved_at == dt.datetime(2026, 11, 25, 10, 0, 5)
    assert count_drafts(db) == 1
    assert draft_audits(db) == [("create", first.id)]


def test_a_draft_belongs_to_its_author_family_and_note(db, as_user, staff, ana, clock, family):
    note = notes.save_note(ana, family.id, NoteInput(VisitInput(TODAY, observation="saved")))
    other = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"])
    )
    new_note = drafts.save_draft(ana, family.id, None, {"observation": "new"}, None)
    clock.advance(minutes=1)
    edit = drafts.save_draft(ana, family.id, note.visit.id, {"observation": "edit"}, None)
    clock.advance(minutes=1)
    elsewhere = drafts.save_draft(ana, other.id, None, {"observation": "other family"}, None)
    assert count_drafts(db) == 3
    assert drafts.load_draft(ana, family.id, None) == new_note
    assert drafts.load_draft(ana, family.id, note.visit.id) == edit
    assert drafts.load_draft(ana, other.id, None) == elsewhere
    assert [d.id for d in drafts.list_drafts(ana)] == [elsewhere.id, edit.id, new_note.id]
    sam = as_user(staff["ssupervisor"])  # who may read the family, but the drafts are Ana's
    assert drafts.load_draft(sam, family.id, None) is None and drafts.list_drafts(sam) == []


def test_discard_removes_only_that_draft_and_is_audited(db, ana, family):
    note = notes.save_note(ana, family.id, NoteInput(VisitInput(TODAY)))
    kept = drafts.save_draft(ana, family.id, None, PAYLOAD, None)
    drafts.save_draft(ana, family.id, note.visit.id, PAYLOAD, None)
    drafts.discard_draft(ana, family.id, note.visit.id)
    assert drafts.load_draft(ana, family.id, note.visit.id) is None
    assert drafts.list_drafts(ana) == [kept]
    assert draft_audits(db)[-1] == ("discard", note.visit.id)
    assert ("read", family.id) in draft_audits(db, reads=True)  # loading a draft is audited
    drafts.discard_draft(ana, family.id, note.visit.id)  # nothing left: no error
    assert drafts.list_drafts(ana) == [kept]


def test_saving_the_note_drops_its_draft(db, ana, family):
    drafts.save_draft(ana, family.id, None, PAYLOAD, None)
    notes.save_note(ana, family.id, NoteInput(VisitInput(TODAY, observation="done")))
    assert drafts.load_draft(ana, family.id, None) is None and count_drafts(db) == 0


def test_a_draft_for_a_family_that_does_not_exist_is_refused(db, ana):
    with pytest.raises(NotFoundError):
        drafts.save_draft(ana, 9999, None, PAYLOAD, None)
    assert count_drafts(db) == 0 and draft_audits(db) == []
