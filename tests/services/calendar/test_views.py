"""The calendar's reads: whose visits each user sees, and the planning flags on them."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import VisitOutcome
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.domain.inputs import VisitInput
from imh_desktop.services.calendar.views import check_next_visit, check_plan, list_calendar
from imh_desktop.services.family import families
from tests.factories import TODAY, add_visit, family_input

MON = TODAY - dt.timedelta(days=TODAY.weekday())  # Monday 23 Nov 2026
SUN = MON + dt.timedelta(days=6)
T = dt.time


def plan(ctx, family_id, day, at, minutes=60):
    """A planned visit by ``ctx``'s user."""
    data = VisitInput(day, VisitOutcome.PLANNED, start_time=at, duration_minutes=minutes)
    return add_visit(ctx, family_id, data).id


@pytest.fixture
def week(as_user, staff):
    """Ana: two visits overlapping on Thursday at 14:30, one on Saturday; Ben: one on Friday."""
    ana, ben = as_user(staff["aspecialist"]), as_user(staff["bspecialist"])
    sam = as_user(staff["ssupervisor"])
    mine = families.create_family(sam, family_input(staff["aspecialist"])).id
    other = families.create_family(
        sam, family_input(staff["aspecialist"], display_name="Okafor family")
    ).id
    bens = families.create_family(
        sam, family_input(staff["bspecialist"], display_name="Reyes family")
    ).id
    thu, fri, sat = MON + dt.timedelta(days=3), MON + dt.timedelta(days=4), MON + dt.timedelta(5)
    return {
        "thu_a": plan(ana, mine, thu, T(14, 30)),
        "thu_b": plan(ana, other, thu, T(15, 0), 45),
        "thu_late": plan(ana, mine, thu, T(17, 30)),  # ends 18:30: after hours, no clash
        "sat": plan(ana, other, sat, T(10, 0)),
        "ben": plan(ben, bens, fri, T(14, 30)),
        "mine": mine,
        "bens": bens,
    }


def test_a_specialist_sees_only_her_own_visits(as_user, staff, week):
    page = list_calendar(as_user(staff["aspecialist"]), MON, SUN)
    assert {v.visit_id for v in page.visits} == {
        week[k] for k in ("thu_a", "thu_b", "thu_late", "sat")
    }
    assert page.staff == ((staff["aspecialist"], "Ana Specialist"),)
    with pytest.raises(PermissionDeniedError):
        list_calendar(as_user(staff["aspecialist"]), MON, SUN, staff["bspecialist"])


def test_a_supervisor_sees_her_team_and_filters_by_specialist(as_user, staff, week):
    sam = as_user(staff["ssupervisor"])
    page = list_calendar(sam, MON, SUN)
    assert len(page.visits) == 5
    assert [name for _, name in page.staff] == [
        "Sam Supervisor",
        "Ana Specialist",
        "Ben Specialist",
    ]
    only_ben = list_calendar(sam, MON, SUN, staff["bspecialist"])
    assert [(v.visit_id, v.specialist_name) for v in only_ben.visits] == [
        (week["ben"], "Ben Specialist")
    ]


def test_double_bookings_and_hours_are_flagged(as_user, staff, week):
    page = list_calendar(as_user(staff["ssupervisor"]), MON, SUN)
    flags = {v.visit_id: (v.double_booked, v.outside_hours) for v in page.visits}
    assert flags[week["thu_a"]] == (True, False)
    assert flags[week["thu_b"]] == (True, False)
    assert flags[week["thu_late"]] == (False, True)  # 17:30-18:30 ends after 18:00
    assert flags[week["sat"]] == (False, True)  # a Saturday
    assert flags[week["ben"]] == (False, False)  # same hour as Ana's, another specialist


def test_check_plan_names_the_clash_by_case_number_and_time(as_user, staff, week):
    ana = as_user(staff["aspecialist"])
    thu = MON + dt.timedelta(days=3)
    check = check_plan(ana, week["sat"], thu, T(15, 15), 30)
    assert [(c.visit_id, c.start, c.end) for c in check.clashes] == [
        (week["thu_a"], T(14, 30), T(15, 30)),
        (week["thu_b"], T(15, 0), T(15, 45)),
    ]
    assert check.clashes[0].case_number.startswith("IMH-")
    assert not check.outside_hours
    early = check_plan(ana, week["sat"], thu, T(7, 30), 60)
    assert early.outside_hours and not early.clashes and not early.ok
    assert check_plan(ana, week["sat"], thu, T(9, 0), 60).ok


def test_working_hours_follow_the_agency_setting(as_user, staff, week):
    from dataclasses import replace

    from imh_desktop.services.admin.agency import get_settings, save_settings

    sam = as_user(staff["ssupervisor"])
    save_settings(sam, replace(get_settings(sam), working_days="Mon Tue Wed Thu Fri Sat",
                               working_end="19:00"))  # fmt: skip
    page = list_calendar(sam, MON, SUN)
    assert not any(v.outside_hours for v in page.visits)
    with pytest.raises(DomainError, match="end after it starts"):
        save_settings(sam, replace(get_settings(sam), working_start="19:00", working_end="08:00"))
    with pytest.raises(DomainError, match="not a day"):
        save_settings(sam, replace(get_settings(sam), working_days="Mon Funday"))


def test_a_period_too_long_or_backwards_is_refused(as_user, staff):
    ana = as_user(staff["aspecialist"])
    with pytest.raises(DomainError, match="before its first"):
        list_calendar(ana, SUN, MON)
    with pytest.raises(DomainError, match="at most"):
        list_calendar(ana, MON, MON + dt.timedelta(days=70))


def test_check_next_visit_leaves_out_the_familys_own_planned_visits(as_user, staff, week):
    ana = as_user(staff["aspecialist"])
    thu = MON + dt.timedelta(days=3)
    check = check_next_visit(ana, week["mine"], thu, T(15, 0))
    assert [c.visit_id for c in check.clashes] == [week["thu_b"]]  # not "mine"'s 14:30
    assert check_next_visit(ana, week["mine"], thu + dt.timedelta(days=2), None).outside_hours
    with pytest.raises(PermissionDeniedError):
        check_next_visit(as_user(staff["bspecialist"]), week["mine"], thu, T(15, 0))
