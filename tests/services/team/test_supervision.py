"""Reflective supervision: recorded by the supervisor, the note private to the two, hours."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.data.models import StaffUser
from imh_desktop.domain.enums import Role
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
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
