"""Update events carry each changed field's old and new value; note text only as digests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from sqlalchemy import select

from imh_desktop.data.models import AuditEvent
from imh_desktop.domain.enums import ClosureReason, GoalDomain, GoalStatus
from imh_desktop.domain.inputs import CaregiverInput, ChildInput, GoalInput
from imh_desktop.domain.integrity import text_digest
from imh_desktop.services.family import families, goals
from imh_desktop.services.visits import notes
from tests.factories import TODAY, family_input, signed_note


def _last(db, action: str, entity: str) -> dict:
    with db.read() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == action, AuditEvent.entity == entity)
            .order_by(AuditEvent.seq.desc())
        ).first()
    return json.loads(event.detail)


def test_a_family_update_records_old_and_new_values(db, as_user, staff):
    sam = as_user(staff["ssupervisor"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    data = dataclasses.replace(family_input(staff["aspecialist"]), address="4 Oak Lane",
                               phone="555-0101")  # fmt: skip
    families.update_family(sam, family.id, data, family.version)
    changes = _last(db, "update", "family")["changes"]
    assert changes["address"] == {"old": family.address, "new": "4 Oak Lane"}
    assert changes["phone"]["new"] == "555-0101" and "display_name" not in changes
    families.close_family(sam, family.id, TODAY, ClosureReason.OTHER, "Moved away to family.",
                          family.version + 1)  # fmt: skip
    closed = _last(db, "status", "family")["changes"]
    assert closed["status"] == {"old": "active", "new": "closed"}
    assert closed["closed_on"] == {"old": None, "new": TODAY.isoformat()}
    assert closed["closure_note"]["new"] == text_digest("Moved away to family.")


def test_caregiver_child_and_goal_updates_record_what_changed(db, as_user, staff):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    family = families.create_family(sam, family_input(staff["aspecialist"]))
    carer, child = family.caregivers[0], family.children[0]
    families.save_caregiver(sam, family.id, CaregiverInput(carer.full_name, "Aunt"), carer.id,
                            carer.version)  # fmt: skip
    assert _last(db, "update", "caregiver")["changes"] == {
        "relationship": {"old": carer.relationship, "new": "Aunt"},
        "is_primary": {"old": True, "new": False},
    }
    families.save_child(sam, family.id, ChildInput(child.full_name, dt.date(2026, 1, 2)),
                        child.id, child.version)  # fmt: skip
    changed = _last(db, "update", "child")["changes"]
    assert changed["dob"]["new"] == "2026-01-02" and changed["gestational_weeks"]["new"] is None
    goal = goals.create_goal(ana, family.id, GoalInput(GoalDomain.ATTACHMENT, "Comfort.", TODAY))
    goals.update_goal(
        ana, goal.id, GoalInput(GoalDomain.ATTACHMENT, "Comfort sooner.", TODAY,
                                baseline="Cries alone.", status=GoalStatus.ACHIEVED), goal.version,
    )  # fmt: skip
    detail = _last(db, "update", "goal")
    assert detail["family_id"] == family.id
    assert detail["changes"]["statement"] == {"old": "Comfort.", "new": "Comfort sooner."}
    assert detail["changes"]["status"] == {"old": "active", "new": "achieved"}
    assert detail["changes"]["baseline"]["new"] == text_digest("Cries alone.")


def test_a_note_update_keeps_digests_of_its_text_never_the_text(db, as_user, staff):
    ana = as_user(staff["aspecialist"])
    family, note = signed_note(as_user, staff, observation="Ánh sang to Bảo.")
    draft = notes.save_note(ana, family.id, _input(note, "Ánh sang again; Bảo cooed back."))
    notes.save_note(ana, family.id, _input(note, "Bảo reached for Ánh.", rating=4),
                    draft.visit.id, draft.visit.version)  # fmt: skip
    event = _last(db, "update", "visit")
    changes = event["changes"]
    assert changes["observation"] == {"old": text_digest("Ánh sang again; Bảo cooed back."),
                                      "new": text_digest("Bảo reached for Ánh.")}  # fmt: skip
    assert changes["ratings"]["new"] == {str(note.ratings[0].goal_id): 4}
    with db.read() as s:
        stored = " ".join(s.scalars(select(AuditEvent.detail)))
    assert "Bảo reached" not in stored and "sang" not in stored


def _input(note, observation: str, rating: int = 3):
    from imh_desktop.domain.inputs import VisitInput
    from imh_desktop.services.visits.records import GoalRating, NoteInput

    visit = VisitInput(visit_date=note.visit.visit_date, observation=observation,
                       services=("emotional_support",), plan="Read daily.")  # fmt: skip
    return NoteInput(visit, {}, (GoalRating(note.ratings[0].goal_id, rating),))
