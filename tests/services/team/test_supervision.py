"""Reflective supervision: recorded by the supervisor, the note private to the two, hours."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
)
from imh_desktop.domain.supervision import SupervisionInput
from imh_desktop.services.admin.staff import create_staff
from imh_desktop.services.family import families
from imh_desktop.services.team import dashboard as team
from imh_desktop.services.team import supervision
from imh_desktop.services.team.tables import period_for
from tests.factories import TODAY, family_input

D = dt.date


def test_a_session_its_private_note_and_the_hours_in_the_team_view(db, as_user, staff):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    mine = families.create_family(sam, family_input(staff["aspecialist"]))
    bens = families.create_family(sam, family_input(staff["bspecialist"]))
    made = supervision.record_supervision(
        sam,
        SupervisionInput(
            staff["aspecialist"], D(2026, 11, 10), 90, (mine.id,), "I feel helpless with them."
        ),
    )
    supervision.record_supervision(sam, SupervisionInput(staff["aspecialist"], D(2026, 10, 5), 60))
    assert made.families == (f"{mine.case_number} Nguyễn family",)
    with pytest.raises(DomainError) as err:  # Ben's family is not Ana's to discuss
        supervision.record_supervision(sam, SupervisionInput(
            staff["aspecialist"], TODAY, 30, (bens.id,)))  # fmt: skip
    assert err.value.field == "families"
    seen_by_ana = supervision.list_supervision(ana, staff["aspecialist"])
    assert [s.minutes for s in seen_by_ana] == [90, 60]
    assert seen_by_ana[0].private_note == "I feel helpless with them."
    # A new supervisor for Ana sees the sessions, not the note written with Sam.
    admin = as_user(staff["aadmin"])
    tia = create_staff(admin, "tsupervisor", "Tia Supervisor", Role.SUPERVISOR).id
    with db.session() as s:
        s.get(StaffUser, staff["aspecialist"]).supervisor_id = tia
    seen_by_tia = supervision.list_supervision(as_user(tia), staff["aspecialist"])
    assert seen_by_tia[0].private_note == "" and seen_by_tia[0].note_hidden
    with pytest.raises(PermissionDeniedError):  # no longer Sam's team
        supervision.list_supervision(sam, staff["aspecialist"])


def test_hours_per_specialist_in_the_period(as_user, staff):
    sam = as_user(staff["ssupervisor"])
    families.create_family(sam, family_input(staff["aspecialist"]))
    for day, minutes in ((D(2026, 11, 3), 60), (D(2026, 11, 17), 30), (D(2026, 10, 20), 60)):
        supervision.record_supervision(sam, SupervisionInput(staff["aspecialist"], day, minutes))
    data = team.load_team(sam, period_for("this_month", TODAY))
    assert data.team_row(staff["aspecialist"])["supervision_hours"] == 1.5
    assert data.team_row(staff["bspecialist"])["supervision_hours"] == 0
    assert data.team_row()["supervision_hours"] == 1.5


def test_the_supervisor_who_recorded_a_session_corrects_then_deletes_it(db, as_user, staff):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    first = families.create_family(sam, family_input(staff["aspecialist"]))
    second = families.create_family(
        sam, family_input(staff["aspecialist"], display_name="Okafor family")
    )
    made = supervision.record_supervision(sam, SupervisionInput(
        staff["aspecialist"], D(2026, 11, 10), 90, (first.id,), "Stuck with them."))  # fmt: skip
    fixed = supervision.update_supervision(sam, made.id, SupervisionInput(
        staff["aspecialist"], D(2026, 11, 12), 45, (second.id,), "Less stuck."),
        made.version)  # fmt: skip
    assert (fixed.held_on, fixed.minutes, fixed.family_ids) == (D(2026, 11, 12), 45, (second.id,))
    assert fixed.version == made.version + 1
    [seen] = supervision.list_supervision(ana, staff["aspecialist"])
    assert (seen.private_note, seen.family_ids, seen.version) == ("Less stuck.", (second.id,),
                                                                  fixed.version)  # fmt: skip
    # families alone changed: still a new version, so a stale copy cannot overwrite it
    again = supervision.update_supervision(sam, made.id, SupervisionInput(
        staff["aspecialist"], D(2026, 11, 12), 45, (first.id, second.id), "Less stuck."),
        fixed.version)  # fmt: skip
    assert again.version == fixed.version + 1 and set(again.family_ids) == {first.id, second.id}
    with pytest.raises(ConflictError):
        supervision.update_supervision(sam, made.id, SupervisionInput(
            staff["aspecialist"], D(2026, 11, 12), 30), fixed.version)  # fmt: skip
    with pytest.raises(ConflictError):
        supervision.delete_supervision(sam, made.id, fixed.version)
    assert supervision.list_supervision(ana, staff["aspecialist"])[0].minutes == 45
    supervision.delete_supervision(sam, made.id, again.version)
    assert supervision.list_supervision(ana, staff["aspecialist"]) == []
    with pytest.raises(NotFoundError):
        supervision.delete_supervision(sam, made.id, again.version)


def test_only_the_recording_supervisor_may_change_a_session(db, as_user, staff):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    made = supervision.record_supervision(sam, SupervisionInput(
        staff["aspecialist"], D(2026, 11, 10), 90, (), "Ours only."))  # fmt: skip
    assert made.editable_by(staff["ssupervisor"]) and not made.editable_by(staff["aspecialist"])
    admin = as_user(staff["aadmin"])
    tia = create_staff(admin, "tsupervisor", "Tia Supervisor", Role.SUPERVISOR).id
    with db.session() as s:
        s.get(StaffUser, staff["aspecialist"]).supervisor_id = tia
    for who in (ana, as_user(tia)):  # the specialist, and her new supervisor
        with pytest.raises(PermissionDeniedError):
            supervision.update_supervision(who, made.id, SupervisionInput(
                staff["aspecialist"], D(2026, 11, 10), 10), made.version)  # fmt: skip
        with pytest.raises(PermissionDeniedError):
            supervision.delete_supervision(who, made.id, made.version)
    [kept] = supervision.list_supervision(ana, staff["aspecialist"])
    assert (kept.minutes, kept.private_note) == (90, "Ours only.")
