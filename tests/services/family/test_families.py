"""Families, caregivers, children: one transaction, audited, bad input refused."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from imh_desktop.data.models import AuditEvent, Child, Family
from imh_desktop.domain.enums import ClosureReason, FamilyStatus
from imh_desktop.domain.errors import ConflictError, DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput
from imh_desktop.services.family import families as svc
from tests.factories import TODAY, family_input


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_create_family_writes_rows_and_audit(db, as_user, staff):
    sam = as_user(staff["ssupervisor"])
    rec = svc.create_family(sam, family_input(staff["aspecialist"]))
    assert rec.case_number == "IMH-2026-0001"
    assert rec.status is FamilyStatus.ACTIVE
    assert [c.full_name for c in rec.caregivers] == ["Nguyễn Thị Ánh", "Zoë Núñez-O'Brien"]
    assert rec.caregivers[0].is_primary and not rec.caregivers[1].is_primary
    assert rec.children[0].gestational_weeks == 33
    assert rec.specialist_name == "Ana Specialist"
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "family")).one()
    assert event.staff_id == staff["ssupervisor"] and event.entity_id == rec.id
    second = svc.create_family(sam, family_input(staff["aspecialist"]))
    assert second.case_number == "IMH-2026-0002"


def test_case_numbers_keep_counting_past_9999(db, as_user, staff):
    sam = as_user(staff["ssupervisor"])
    first = svc.create_family(sam, family_input(staff["aspecialist"]))
    with db.session() as s:
        s.get(Family, first.id).case_number = "IMH-2026-9999"
    numbers = [svc.create_family(sam, family_input(staff["aspecialist"])).case_number
               for _ in range(2)]  # fmt: skip
    assert numbers == ["IMH-2026-10000", "IMH-2026-10001"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"display_name": "  "}, "display_name"),
        ({"children": (ChildInput("Future", TODAY + dt.timedelta(days=1)),)}, "dob"),
        ({"enrolled_on": dt.date(2026, 2, 1)}, "enrolled_on"),
        ({"referral_date": TODAY + dt.timedelta(days=3), "enrolled_on": None}, "referral_date"),
        (
            {"children": (ChildInput("Tiny", dt.date(2026, 1, 1), gestational_weeks=12),)},
            "gestational_weeks",
        ),
        (
            {"children": (ChildInput("Late", dt.date(2026, 1, 1), gestational_weeks=45),)},
            "gestational_weeks",
        ),
        (
            {"children": (ChildInput("Days", dt.date(2026, 1, 1), 36, gestational_days=7),)},
            "gestational_days",
        ),
        (
            {"children": (ChildInput("No weeks", dt.date(2026, 1, 1), gestational_days=3),)},
            "gestational_weeks",
        ),
        ({"caregivers": (CaregiverInput(""),)}, "full_name"),
        ({"specialist_id": 999}, "specialist_id"),
    ],
)
def test_bad_family_input_names_field_and_writes_nothing(db, as_user, staff, changes, field):
    audits = count(db, AuditEvent)
    with pytest.raises(DomainError) as err:
        svc.create_family(
            as_user(staff["ssupervisor"]), family_input(staff["aspecialist"], **changes)
        )
    assert err.value.field == field
    assert err.value.message[0].isupper()
    assert count(db, Family) == 0 and count(db, Child) == 0 and count(db, AuditEvent) == audits


def test_unknown_actor_is_refused(db, as_user, staff):
    with pytest.raises(DomainError):
        svc.create_family(as_user(12345), family_input(staff["aspecialist"]))
    assert count(db, Family) == 0


def test_dates_are_checked_against_the_context_clock(as_user, clock, staff):
    sam = as_user(staff["ssupervisor"])
    tomorrow = TODAY + dt.timedelta(days=1)
    born_tomorrow = family_input(staff["aspecialist"], children=(ChildInput("Mai", tomorrow),))
    with pytest.raises(DomainError) as err:
        svc.create_family(sam, born_tomorrow)
    assert err.value.field == "dob"
    clock.set(tomorrow)
    rec = svc.create_family(sam, born_tomorrow)
    assert rec.children[0].dob == tomorrow


def test_update_with_stale_version_is_a_conflict(as_user, staff):
    ana = as_user(staff["aspecialist"])
    rec = svc.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))
    data = family_input(
        staff["aspecialist"], display_name="Ølstad family", caregivers=(), children=()
    )
    updated = svc.update_family(ana, rec.id, data, rec.version)
    assert updated.display_name == "Ølstad family" and updated.version == rec.version + 1
    with pytest.raises(ConflictError) as err:
        svc.update_family(ana, rec.id, data, rec.version)
    assert err.value.loaded == rec.version and err.value.current == updated.version


def test_close_reopen_hold_and_reassign(as_user, staff):
    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    rec = svc.create_family(sam, family_input(staff["aspecialist"]))
    with pytest.raises(DomainError) as err:
        svc.close_family(ana, rec.id, TODAY, ClosureReason.OTHER, "", rec.version)
    assert err.value.field == "closure_note"
    with pytest.raises(DomainError):
        svc.close_family(ana, rec.id, dt.date(2025, 1, 1), ClosureReason.MOVED, "", rec.version)
    with pytest.raises(DomainError):  # a closing date after today (the clock's day)
        tomorrow = TODAY + dt.timedelta(days=1)
        svc.close_family(ana, rec.id, tomorrow, ClosureReason.MOVED, "", rec.version)
    closed = svc.close_family(ana, rec.id, TODAY, ClosureReason.MOVED, "", rec.version)
    assert closed.status is FamilyStatus.CLOSED and closed.closed_on == TODAY
    reopened = svc.reopen_family(ana, rec.id, closed.version)
    assert reopened.status is FamilyStatus.ACTIVE and reopened.closed_on is None
    held = svc.hold_family(ana, rec.id, reopened.version)
    assert held.status is FamilyStatus.ON_HOLD
    moved = svc.reassign_family(sam, rec.id, staff["bspecialist"], held.version)
    assert moved.specialist_name == "Ben Specialist"
    assert [f.case_number for f in svc.list_families(sam, staff["bspecialist"])] == [
        rec.case_number
    ]


def test_caregivers_and_children_add_and_update(as_user, staff):
    ana = as_user(staff["aspecialist"])
    rec = svc.create_family(as_user(staff["ssupervisor"]), family_input(staff["aspecialist"]))
    new = svc.add_caregiver(
        ana, rec.id, CaregiverInput("Wójcik Anna", "Grandmother", is_primary=True)
    )
    family = svc.get_family(ana, rec.id)
    assert family.caregivers[0].id == new.id and sum(c.is_primary for c in family.caregivers) == 1
    child = family.children[0]
    with pytest.raises(DomainError):
        svc.save_child(
            ana, rec.id, ChildInput("Bảo", TODAY + dt.timedelta(days=2)), child.id, child.version
        )
    renamed = svc.save_child(
        ana, rec.id, ChildInput("Bảo Anh Nguyễn", child.dob, 33), child.id, child.version
    )
    assert (
        renamed.full_name == "Bảo Anh Nguyễn"
        and svc.get_family(ana, rec.id).children[0].full_name == "Bảo Anh Nguyễn"
    )


def test_specialist_cannot_add_staff(db, as_user, staff):
    from imh_desktop.domain.enums import Role
    from imh_desktop.services.admin.staff import create_first_staff, create_staff

    with pytest.raises(PermissionDeniedError):
        create_staff(as_user(staff["aspecialist"]), "x", "X", Role.SPECIALIST)
    with pytest.raises(DomainError, match="Only an administrator"):
        create_first_staff(db, "y", "Y", Role.ADMIN)  # the database already has staff


def test_gestational_age_in_weeks_and_days(as_user, staff):
    """Recorded as the birth record gives it (36+6); one range, 20+0 to 44+6 (domain.ages)."""
    children = (
        ChildInput("Ana", dt.date(2026, 1, 5), gestational_weeks=36, gestational_days=6),
        ChildInput("Bo", dt.date(2026, 1, 5), gestational_weeks=20),  # refused before at 22
        ChildInput("Cy", dt.date(2026, 1, 5), gestational_weeks=44, gestational_days=6),
        ChildInput("Di", dt.date(2026, 1, 5)),
    )
    rec = svc.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["aspecialist"], children=children)
    )
    shown = [(c.full_name, None if c.gestation is None else str(c.gestation)) for c in rec.children]
    assert shown == [("Ana", "36+6 wk"), ("Bo", "20+0 wk"), ("Cy", "44+6 wk"), ("Di", None)]
    ana = rec.children[0]
    changed = svc.save_child(as_user(staff["aspecialist"]), rec.id,
                             ChildInput("Ana", ana.dob, 37, gestational_days=2), ana.id, ana.version)  # fmt: skip
    assert (changed.gestational_weeks, changed.gestational_days) == (37, 2)


def test_close_refuses_while_an_open_alert_is_neither_followed_up_nor_carried(db, as_user, staff):
    from imh_desktop.domain.enums import FollowUpKind
    from imh_desktop.services.screenings import results as screenings
    from tests.factories import add_screening

    sam, ana = as_user(staff["ssupervisor"]), as_user(staff["aspecialist"])
    rec = svc.create_family(sam, family_input(staff["aspecialist"]))
    add_screening(db, rec, staff["aspecialist"], TODAY)
    add_screening(db, rec, staff["aspecialist"], TODAY)
    first, second = sorted(a.id for a in screenings.list_alerts(ana, rec.id, open_only=True))
    with pytest.raises(DomainError) as err:
        svc.close_family(ana, rec.id, TODAY, ClosureReason.MOVED, "", rec.version)
    assert err.value.field == "carried" and "2 open alerts" in err.value.message
    with pytest.raises(DomainError):  # a blank reason carries nothing
        svc.close_family(ana, rec.id, TODAY, ClosureReason.MOVED, "", rec.version,
                         carried={first: "  ", second: ""})  # fmt: skip
    assert svc.get_family(ana, rec.id).status is FamilyStatus.ACTIVE  # nothing changed
    screenings.resolve_alert(ana, first, FollowUpKind.REFERRAL, "Referred.")
    with pytest.raises(DomainError) as err:
        svc.close_family(ana, rec.id, TODAY, ClosureReason.MOVED, "", rec.version)
    assert "1 open alert has" in err.value.message
    closed = svc.close_family(
        ana, rec.id, TODAY, ClosureReason.MOVED, "", rec.version,
        carried={second: "Handed to the new program."},
    )  # fmt: skip
    assert closed.status is FamilyStatus.CLOSED
    [carried] = screenings.list_alerts(ana, rec.id, open_only=True)  # still open, with the reason
    assert carried.id == second and carried.follow_up_note == "Handed to the new program."
    with db.read() as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "alert")).all()
    assert "carry" in actions
