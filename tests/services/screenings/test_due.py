"""Which screenings are due, overdue or upcoming in a family, and the counts for many families.

The schedule itself (windows, corrected age, one overdue entry per kind) is
tested in tests/domain/test_schedule.py; here: who in the family is screened,
what the database holds, closed and not-enrolled families, one query for many.

The Nguyễn family (tests.factories.family_input): enrolled 10 Mar 2026; Bảo born
5 Jan 2026 at 33 weeks (7 weeks early: corrected age counts from 23 Feb 2026);
Ánh the primary caregiver. Today 25 Nov 2026.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import event

from imh_desktop.domain.enums import ClosureReason, Instrument
from imh_desktop.domain.errors import PermissionDeniedError
from imh_desktop.domain.inputs import CaregiverInput, ChildInput
from imh_desktop.services.family import families
from imh_desktop.services.screenings import due
from imh_desktop.services.screenings import results as svc
from tests.factories import TODAY, family_input

AREAS = ("communication", "gross_motor", "fine_motor", "problem_solving", "personal_social")
D = dt.date
EVERY_6 = "Caregiver depression screen (EPDS or PHQ-9), every 6 months"
WITHIN_3 = "Caregiver depression screen (EPDS or PHQ-9), within 3 months"


def rows(items):
    return [(i.subject_name, i.due.label, i.due.status) for i in items]


def test_the_family_due_list_by_hand(ana, family):
    """Bảo, corrected 9 mo 2 d: the ASQ-3 4-month window (23 May - 22 Jul) and the ASQ:SE-2
    6-month one (23 May - 22 Nov) closed unscreened: overdue; the ASQ-3 9-month (23 Oct -
    22 Dec) and ASQ:SE-2 12-month (from 23 Nov) are open. Ánh: the first screen was due by
    10 Jun (overdue), the 6-monthly one is open 11 Jun - 10 Dec, the next opens 11 Dec,
    within 30 days: upcoming. Listed by window start, then name."""
    items = due.family_screenings_due(ana, family.id, TODAY)
    assert rows(items) == [
        ("Nguyễn Thị Ánh", WITHIN_3, "overdue"),
        ("Bảo Nguyễn", "ASQ-3 4 month", "overdue"),
        ("Bảo Nguyễn", "ASQ:SE-2 6 month", "overdue"),
        ("Nguyễn Thị Ánh", EVERY_6, "due"),
        ("Bảo Nguyễn", "ASQ-3 9 month", "due"),
        ("Bảo Nguyễn", "ASQ:SE-2 12 month", "due"),
        ("Nguyễn Thị Ánh", EVERY_6, "upcoming"),
    ]
    bao, anh = family.children[0], family.caregivers[0]
    assert {(i.child_id, i.caregiver_id) for i in items} == {(bao.id, None), (None, anh.id)}
    assert due.screenings_due_counts(ana, [family.id], TODAY) == {family.id: (3, 3)}


def test_the_primary_caregiver_is_screened_not_the_first(as_user, ana, family):
    zoe = family.caregivers[1]
    data = CaregiverInput(zoe.full_name, zoe.relationship, is_primary=True)
    families.save_caregiver(ana, family.id, data, zoe.id, zoe.version)
    carers = {i.subject_name for i in due.family_screenings_due(ana, family.id, TODAY)}
    assert carers == {"Zoë Núñez-O'Brien", "Bảo Nguyễn"}


def test_a_screening_given_counts_for_its_own_person_only(ana, family):
    """An EPDS of Zoë (not the primary caregiver) leaves Ánh's screens as they were."""
    before = rows(due.family_screenings_due(ana, family.id, TODAY))
    zoe = family.caregivers[1]
    answers = (0, 0, 3, 0, 3, 3, 3, 3, 3, 3)  # total 0, no alert
    svc.record_screening(
        ana, family.id, svc.ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=zoe.id,
                                           answers=answers)
    )  # fmt: skip
    assert rows(due.family_screenings_due(ana, family.id, TODAY)) == before
    anh = family.caregivers[0]
    svc.record_screening(
        ana, family.id, svc.ScreeningInput(Instrument.EPDS, TODAY, caregiver_id=anh.id,
                                           answers=answers)
    )  # fmt: skip
    # Given today, inside the open 6-month window: that window and the missed first one clear.
    after = rows(due.family_screenings_due(ana, family.id, TODAY))
    assert [r for r in after if r[0] == "Nguyễn Thị Ánh"] == [
        ("Nguyễn Thị Ánh", EVERY_6, "upcoming")
    ]


def test_enrolled_in_pregnancy_nothing_is_due_until_the_birth_is_recorded(as_user, staff, ana):
    sam = as_user(staff["ssupervisor"])
    expecting = families.create_family(sam, family_input(staff["aspecialist"], children=()))
    assert due.family_screenings_due(ana, expecting.id, TODAY) == []
    # Born 1 Sep 2026 after enrolment: the mother's first screen counts from the birth
    # (1 Sep - 1 Dec: due); the baby's 3-month windows open 1 Dec, within 30 days.
    families.add_child(ana, expecting.id, ChildInput("Mai", D(2026, 9, 1)))
    assert rows(due.family_screenings_due(ana, expecting.id, TODAY)) == [
        ("Nguyễn Thị Ánh", WITHIN_3, "due"),
        ("Mai", "ASQ-3 4 month", "upcoming"),
        ("Mai", "ASQ:SE-2 6 month", "upcoming"),
        ("Nguyễn Thị Ánh", EVERY_6, "upcoming"),
    ]


@pytest.mark.parametrize("how", ["closed", "referred"])
def test_closed_and_not_enrolled_families_have_nothing_due(as_user, staff, ana, family, how):
    sam = as_user(staff["ssupervisor"])
    if how == "closed":
        families.close_family(sam, family.id, TODAY, ClosureReason.MOVED, "", family.version)
        family_id = family.id
    else:
        family_id = families.create_family(
            sam, family_input(staff["aspecialist"], enrolled_on=None)
        ).id
    assert due.family_screenings_due(ana, family_id, TODAY) == []
    assert due.screenings_due_counts(ana, [family_id], TODAY) == {family_id: (0, 0)}


def test_a_shorter_schedule_changes_what_is_due(ana, family):
    """The schedule is a parameter: without the ASQ:SE-2 only ASQ-3 and caregiver screens."""
    from imh_desktop.domain.schedule import DEFAULT_SCHEDULE

    schedule = dataclasses.replace(DEFAULT_SCHEDULE, asqse2_intervals=())
    labels = [i.due.label for i in due.family_screenings_due(ana, family.id, TODAY, schedule)]
    assert "ASQ:SE-2 6 month" not in labels and "ASQ-3 9 month" in labels
    assert due.screenings_due_counts(ana, [family.id], TODAY, schedule) == {family.id: (2, 2)}


def test_an_asq3_given_today_clears_the_open_and_the_missed_window(ana, family):
    """Given at corrected 9 mo 2 d, inside the 9-month window: it also catches up the missed
    4-month one (a later one of that kind clears it); the ASQ:SE-2 entries stay."""
    svc.record_screening(
        ana,
        family.id,
        svc.ScreeningInput(
            Instrument.ASQ3,
            TODAY,
            child_id=family.children[0].id,
            area_scores=dict.fromkeys(AREAS, 50),
            area_bands=dict.fromkeys(AREAS, "above"),
        ),
    )
    bao = [
        r for r in rows(due.family_screenings_due(ana, family.id, TODAY)) if r[0] == "Bảo Nguyễn"
    ]
    assert bao == [
        ("Bảo Nguyễn", "ASQ:SE-2 6 month", "overdue"),
        ("Bảo Nguyễn", "ASQ:SE-2 12 month", "due"),
    ]


def test_screenings_due_counts_is_one_query(db, as_user, staff, ana, family):
    sam = as_user(staff["ssupervisor"])
    other = families.create_family(
        sam, family_input(staff["bspecialist"], children=(ChildInput("Mai", dt.date(2026, 9, 1)),))
    )
    referred = families.create_family(sam, family_input(staff["bspecialist"], enrolled_on=None))
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        counts = due.screenings_due_counts(sam, [family.id, other.id, referred.id, 999], TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    # One statement for every family's due counts, plus the acting user, the families and
    # their specialists (for the permission check) and the audit row, chained (the chain's
    # head locked, read and moved around the one INSERT; on PostgreSQL the INSERT and the
    # move are one statement).
    statements = [s for s in statements if not s.startswith("BEGIN")]  # SQLite's BEGIN IMMEDIATE
    assert sum("UNION ALL" in s for s in statements) == 1
    assert sum("INSERT INTO audit_events" in s for s in statements) == 1
    assert len(statements) <= 10
    with pytest.raises(PermissionDeniedError):  # Ben's families are not Ana's to read
        due.screenings_due_counts(ana, [family.id, other.id], TODAY)
    per_family = {f: due.family_screenings_due(sam, f, TODAY) for f in (family.id, other.id)}
    for f, items in per_family.items():
        statuses = [i.due.status for i in items]
        assert counts[f] == (statuses.count("due"), statuses.count("overdue"))
    # Worked out in test_the_family_due_list_by_hand: three due, three overdue. Mai (born
    # 1 Sep 2026, 2 mo 24 d) has her 3-month windows opening 1 Dec (upcoming, not counted);
    # her mother's first screen counts from the birth (enrolled in pregnancy): due.
    assert counts[family.id] == (3, 3) and counts[other.id] == (1, 0)
    assert counts[referred.id] == counts[999] == (0, 0)


def test_counts_kept_from_an_earlier_call_follow_a_new_screening(ana, family):
    """The counts are kept per family's facts and day: a screening given since changes them."""
    assert due.screenings_due_counts(ana, [family.id], TODAY) == {family.id: (3, 3)}
    svc.record_screening(
        ana,
        family.id,
        svc.ScreeningInput(
            Instrument.ASQ3,
            TODAY,
            child_id=family.children[0].id,
            area_scores=dict.fromkeys(AREAS, 50),
            area_bands=dict.fromkeys(AREAS, "above"),
        ),
    )
    # the ASQ-3 9-month window is done and the missed 4-month one caught up
    assert due.screenings_due_counts(ana, [family.id], TODAY) == {family.id: (2, 2)}
