"""A signed note keeps its goals as signed: edits and revisions after signing show as such."""

from __future__ import annotations

from imh_desktop.domain.enums import GoalDomain
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.family import goal_revisions, goals
from imh_desktop.services.visits import notes
from tests.factories import TODAY, signed_note


def test_a_goal_edited_after_signing_does_not_change_the_signed_note(as_user, staff):
    _family, note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [rated] = note.ratings
    assert rated.statement == "Ánh will comfort Bảo." and rated.current_statement == ""
    goals.update_goal(ana, rated.goal_id,
                      GoalInput(GoalDomain.ATTACHMENT, "Ánh will soothe Bảo within minutes.", TODAY))  # fmt: skip
    again = notes.get_note(ana, note.visit.id)
    [kept] = again.ratings
    assert kept.statement == "Ánh will comfort Bảo."  # as signed
    assert kept.current_statement == "Ánh will soothe Bảo within minutes."  # shown as a change
    assert again.visit.version == note.visit.version and again.integrity == ()
    # The seal and the whole audit chain still verify (the snapshot is outside the seal).
    report = verify_audit_trail(as_user(staff["ssupervisor"]))
    assert report.ok, report


def test_a_revision_after_signing_shows_as_a_revision(as_user, staff):
    family, note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [rated] = note.ratings
    goal_revisions.revise_goal(
        ana, rated.goal_id, GoalInput(GoalDomain.ATTACHMENT, "Ánh will name Bảo's cues.", TODAY)
    )
    [kept] = notes.get_note(ana, note.visit.id).ratings
    assert kept.statement == "Ánh will comfort Bảo." and kept.revised
    assert family.display_name == notes.get_note(ana, note.visit.id).family_name
