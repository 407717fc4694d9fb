"""A signed note keeps its goals as signed: edits and revisions after signing show as such."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from imh_desktop.domain.enums import GoalDomain, GoalStatus
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.inputs import GoalInput
from imh_desktop.services.audit.verify import verify_audit_trail
from imh_desktop.services.family import goal_revisions, goals
from imh_desktop.services.visits import notes
from tests.factories import TODAY, signed_note


def test_a_goal_reworded_after_signing_becomes_a_revision_and_the_note_keeps_its_words(
    as_user, staff
):
    family, note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [rated] = note.ratings
    assert rated.statement == "Ánh will comfort Bảo." and rated.current_statement == ""
    [goal] = goals.list_goals(ana, family.id)
    saved = goals.update_goal(ana, rated.goal_id, GoalInput(
        GoalDomain.ATTACHMENT, "Ánh will soothe Bảo within minutes.", TODAY), goal.version)  # fmt: skip
    assert saved.id != goal.id and saved.status is GoalStatus.ACTIVE
    old = next(g for g in goals.list_goals(ana, family.id) if g.id == goal.id)
    assert (old.statement, old.status, old.replaced_by_id) == (
        "Ánh will comfort Bảo.", GoalStatus.REVISED, saved.id)  # fmt: skip
    again = notes.get_note(ana, note.visit.id)
    [kept] = again.ratings
    assert kept.statement == "Ánh will comfort Bảo." and kept.revised  # as signed, shown revised
    assert again.visit.version == note.visit.version and again.integrity == ()
    # The seal and the whole audit chain still verify (the snapshot is outside the seal).
    report = verify_audit_trail(as_user(staff["ssupervisor"]))
    assert report.ok, report


def test_a_new_target_date_is_a_revision_and_a_new_baseline_is_not(as_user, staff):
    family, _note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [goal] = goals.list_goals(ana, family.id)
    same = GoalInput(goal.domain, goal.statement, goal.started_on, baseline="Cries alone.")
    kept = goals.update_goal(ana, goal.id, same, goal.version)
    assert (kept.id, kept.version, kept.baseline) == (goal.id, goal.version + 1, "Cries alone.")
    later = dataclasses.replace(same, target_date=TODAY + dt.timedelta(days=90))
    revised = goals.update_goal(ana, goal.id, later, kept.version)
    assert revised.id != goal.id and revised.target_date == later.target_date
    assert revised.started_on == TODAY
    with pytest.raises(ConflictError):  # a stale copy is refused, nothing changes
        goals.update_goal(ana, goal.id, same, goal.version)
    old = next(g for g in goals.list_goals(ana, family.id) if g.id == goal.id)
    with pytest.raises(DomainError) as err:  # the old one is history now
        goals.update_goal(ana, goal.id, dataclasses.replace(same, statement="x y"), old.version)
    assert len(goals.list_goals(ana, family.id)) == 2 and err.value.field == "status"


def test_a_revision_after_signing_shows_as_a_revision(as_user, staff):
    family, note = signed_note(as_user, staff)
    ana = as_user(staff["aspecialist"])
    [rated] = note.ratings
    [goal] = goals.list_goals(ana, family.id)
    goal_revisions.revise_goal(
        ana,
        rated.goal_id,
        GoalInput(GoalDomain.ATTACHMENT, "Ánh will name Bảo's cues.", TODAY),
        goal.version,
    )
    [kept] = notes.get_note(ana, note.visit.id).ratings
    assert kept.statement == "Ánh will comfort Bảo." and kept.revised
    assert family.display_name == notes.get_note(ana, note.visit.id).family_name
