"""Team measures against a small agency whose answers are worked out by hand below.

Today is Wednesday 25 Nov 2026; the period is November 2026, so expected
visits count the days 1-25 Nov that have passed. Agency defaults: notes due
signed within 2 working days, families flagged after 30 days without contact.
"""

from __future__ import annotations

import math

import pytest

from imh_desktop.domain.enums import (
    FamilyStatus,
)
from imh_desktop.domain.errors import DomainError, PermissionDeniedError
from imh_desktop.services.team import dashboard as team
from tests.factories import TODAY, D

NOV = team.period_for("this_month", TODAY)


def _by(frame, key, value) -> dict:
    rows = frame[frame[key] == value]
    assert len(rows) == 1, f"{key}={value!r}: {len(rows)} rows"
    return rows.iloc[0].to_dict()


def test_family_measures(as_user, agency):
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    fams = data.families
    # Fofanah closed 15 Oct, before November: not served in the period. Haddad: other team.
    assert sorted(fams["family"]) == ["Ayala", "Brook", "Castro", "Dinh", "Evans", "Gold"]
    ayala = _by(fams, "family", "Ayala")
    # weekly, active all of 1-25 Nov: 25 / 7 = 3.571 expected; 3 done: 3 / 3.571 = 84.0 %
    assert ayala["expected"] == pytest.approx(25 / 7)
    assert (ayala["completed"], ayala["cancelled"], ayala["no_shows"]) == (3, 1, 1)
    assert ayala["percent"] == pytest.approx(84.0)
    # unsigned: 17 Nov (Tue) -> 18,19,20,23,24,25 = 6 working days > 2: late;
    # 20 Nov (Fri) -> 23,24,25 = 3 > 2: late; 24 Nov -> 25 = 1: not late; 6 Oct: late.
    assert ayala["late_notes"] == 3
    assert (ayala["goals_active"], ayala["goals_achieved"], ayala["goals_revised"],
            ayala["goals_discontinued"]) == (2, 1, 0, 1)  # fmt: skip
    # Child born 20 May 2026: ASQ-3 4 month (3m0d-4m30d = 20 Aug-20 Oct) not given: overdue;
    # ASQ:SE-2 6 month (20 Aug-20 Feb) given 3 Nov: done. Caregiver from the birth (after
    # enrolment): 20 May-20 Aug done by the EPDS of 15 Jun; 21 Aug-20 Feb not yet: due.
    assert (ayala["screens_due"], ayala["screens_overdue"]) == (1, 1)
    # last completed visit 17 Nov: 8 days ago
    assert ayala["last_contact"].date() == D(2026, 11, 17)
    assert ayala["days_since_contact"] == 8 and not ayala["no_contact"]

    brook = _by(fams, "family", "Brook")
    # every two weeks from 11 Nov: 11-25 Nov = 15 days / 14 = 1.071 expected; 1 done: 93.3 %
    assert brook["expected"] == pytest.approx(15 / 14)
    assert brook["percent"] == pytest.approx(1 / (15 / 14) * 100)
    # its 23 Nov note is unsigned 2 working days (24, 25): due, not yet late
    assert brook["late_notes"] == 0
    assert brook["days_since_contact"] == 2 and not brook["no_contact"]

    castro = _by(fams, "family", "Castro")
    assert castro["expected"] == pytest.approx(25 / 30)  # monthly: 25 of November's 30 days
    # last contact 30 Sep -> 25 Nov = 56 days > 30: flagged; one open alert (one resolved)
    assert castro["days_since_contact"] == 56 and castro["no_contact"]
    assert castro["open_alerts"] == 1 and castro["goals_revised"] == 1
    # monthly, last visit 30 Sep: the next was due 30 Oct (30 days on), so it is overdue
    assert castro["next_visit_due"].date() == D(2026, 10, 30) and castro["overdue_visits"] == 1
    assert (castro["attention"], castro["attention_n"]) == (
        "1 positive screen without follow-up; no visit in 56 days; "
        "visit overdue since 30 Oct 2026", 3)  # fmt: skip
    assert ayala["attention"] == "1 overdue screening; 3 late notes"  # 84% of visits is fine
    # clinical risk first: Castro's unfollowed positive screen above Ayala's overdue screening
    assert castro["attention_rank"] > ayala["attention_rank"] > brook["attention_rank"] == 0
    assert brook["attention"] == "" and brook["attention_n"] == 0

    dinh = _by(fams, "family", "Dinh")
    # closed 8 Nov: active 1-8 Nov = 8 days / 7 = 1.143 expected; 1 done = 87.5 %
    assert dinh["expected"] == pytest.approx(8 / 7)
    assert dinh["percent"] == pytest.approx(87.5)
    assert dinh["status"] == FamilyStatus.CLOSED and not dinh["no_contact"]

    evans = _by(fams, "family", "Evans")  # on hold: nothing expected, not counted as active
    assert evans["expected"] == 0 and math.isnan(evans["percent"])
    assert evans["cancelled"] == 1 and not evans["active"]

    gold = _by(fams, "family", "Gold")
    # quarterly: 25 of Q4's 92 days (Oct 31 + Nov 30 + Dec 31) = 0.272 expected; 1 done = 368 %
    assert gold["percent"] == pytest.approx(1 / (25 / 92) * 100)
    # Born 1 Nov 2024: ASQ-3 24 month (1 Oct-16 Dec 2026) and ASQ:SE-2 24 month
    # (1 Aug 2026-31 Jan 2027) due; ASQ-3 18 month closed before enrolment; caregiver
    # window from enrolment 1 Oct-1 Jan done by the PHQ-9 of 20 Oct.
    assert (gold["screens_due"], gold["screens_overdue"]) == (2, 0)


def test_team_table_and_totals(as_user, agency):
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    assert list(data.team["specialist"]) == ["Ana Specialist", "Ben Specialist"]
    ana = _by(data.team, "specialist", "Ana Specialist")
    # Ayala, Brook, Castro, Dinh (closed in Nov); Evans on hold not counted
    assert ana["families"] == 4
    # expected 25/7 + 15/14 + 25/30 + 8/7 + 0 = 3.5714 + 1.0714 + 0.8333 + 1.1429 = 6.6190
    assert ana["expected"] == pytest.approx(25 / 7 + 15 / 14 + 25 / 30 + 8 / 7)
    # completed: Ayala 3 + Brook 1 + Dinh 1 = 5 -> 5 / 6.619 = 75.5 %
    assert ana["completed"] == 5 and ana["percent"] == pytest.approx(5 / 6.6190476 * 100)
    # cancelled: Ayala (family) + Evans (staff) = 2; no-shows 1; late notes 3 (all Ayala)
    assert (ana["cancelled"], ana["no_shows"], ana["late_notes"]) == (2, 1, 3)
    assert (ana["open_alerts"], ana["no_contact"]) == (1, 1)
    assert (ana["screens_due"], ana["screens_overdue"]) == (1, 1)
    ben = _by(data.team, "specialist", "Ben Specialist")
    # Gold's goal achieved on 20 Oct is not one of November's
    assert (ben["families"], ben["completed"], ben["goals_active"], ben["goals_achieved"]) == (
        1,
        1,
        2,
        0,
    )
    totals = data.totals()
    # 5 + 1 completed over 6.6190 + 0.2717 = 6.8908 expected = 87.1 %
    assert totals["completed"] == 6
    assert totals["percent"] == pytest.approx(
        6 / (25 / 7 + 15 / 14 + 25 / 30 + 8 / 7 + 25 / 92) * 100
    )
    assert totals["families"] == 5 and totals["late_notes"] == 3 and totals["screens_due"] == 3


def test_period_changes_the_period_measures_only(as_user, agency):
    october = team.period_for("last_month", TODAY)
    assert (october.start, october.end, october.label) == (
        D(2026, 10, 1),
        D(2026, 10, 31),
        "October 2026",
    )
    data = team.load_team(as_user(agency.ids["ssupervisor"]), october)
    # Fofanah (closed 15 Oct) is back; Brook (enrolled 11 Nov) is not.
    assert "Fofanah" in set(data.families["family"]) and "Brook" not in set(data.families["family"])
    ayala = _by(data.families, "family", "Ayala")
    # 31 days / 7 = 4.43 expected; 1 completed (6 Oct); late notes are as of today: still 3
    assert ayala["expected"] == pytest.approx(31 / 7) and ayala["completed"] == 1
    assert ayala["late_notes"] == 3
    # 1 / 4.43 = 22.6 % of expected visits: flagged under 75 %
    assert ayala["attention"] == "1 overdue screening; 23% of visits; 3 late notes"
    # goals achieved follow the period: Gold's (20 Oct) in October, Ayala's (10 Nov) not
    gold = _by(data.families, "family", "Gold")
    assert (gold["goals_achieved"], ayala["goals_achieved"]) == (1, 0)
    # A custom period ending before it starts is refused with the field named.
    with pytest.raises(DomainError) as err:
        team.period_for("custom", TODAY, D(2026, 11, 5), D(2026, 11, 1))
    assert err.value.field == "period_end"
    quarter = team.period_for("this_quarter", TODAY)
    assert (quarter.start, quarter.end, quarter.label) == (
        D(2026, 10, 1),
        D(2026, 12, 31),
        "Q4 2026",
    )


def test_scope_by_role(as_user, agency):
    ids = agency.ids
    olga = team.load_team(as_user(ids["osupervisor"]), NOV)
    assert list(olga.team["specialist"]) == ["Cleo Specialist"]
    # A specialist exports her own caseload; the dashboard is a supervisor's.
    ana = team.caseload_frame(as_user(ids["aspecialist"]))
    assert list(ana["family_name"]) == ["Ayala", "Brook", "Castro", "Evans"]
    for who in ("aspecialist", "admin"):  # an administrator sees no families at all
        with pytest.raises(PermissionDeniedError):
            team.load_team(as_user(ids[who]), NOV)
        with pytest.raises(PermissionDeniedError):
            team.team_frame(as_user(ids[who]))
    with pytest.raises(PermissionDeniedError):
        team.caseload_frame(as_user(ids["admin"]))
    with pytest.raises(PermissionDeniedError):
        team.load_team(as_user(ids["osupervisor"]), NOV, supervisor_id=ids["ssupervisor"])
    with pytest.raises(PermissionDeniedError):
        team.load_team(as_user(ids["ssupervisor"]), NOV, supervisor_id=ids["osupervisor"])
    with pytest.raises(PermissionDeniedError):
        team.caseload_frame(as_user(ids["ssupervisor"]), specialist=ids["cspecialist"])


def test_weekly_visits_and_ratings(as_user, agency):
    data = team.load_team(as_user(agency.ids["ssupervisor"]), NOV)
    ana = data.weekly[data.weekly["specialist_id"] == agency.ids["aspecialist"]]
    # 7-day weeks from 1 Nov up to today (25 Nov): 1, 8, 15, 22 Nov. Ana's completed visits:
    # Dinh 2 Nov, Ayala 3, 10, 17 Nov, Brook 23 Nov -> 2, 1, 1, 1.
    assert [d.day for d in ana["week_start"]] == [1, 8, 15, 22]
    assert list(ana["completed"]) == [2, 1, 1, 1]
    by_domain = data.ratings_by_domain().set_index("domain")
    # latest rating per active goal: Ayala attachment 4 (10 Nov beats 2 on 3 Nov),
    # regulation 3; Gold attachment 2. Achieved goal's 5 left out.
    assert by_domain.loc["attachment", "mean"] == pytest.approx((4 + 2) / 2)
    assert by_domain.loc["attachment", "goals"] == 2
    assert by_domain.loc["regulation", "mean"] == pytest.approx(3.0)
    assert data.ratings_by_domain(agency.ids["aspecialist"]).set_index("domain").loc[
        "attachment", "mean"
    ] == pytest.approx(4.0)


def test_caseload_and_team_frames_for_export(as_user, agency):
    ids = agency.ids
    frame = team.caseload_frame(as_user(ids["ssupervisor"]))
    # the caseload window's open cases (closed Dinh and Fofanah left out), by case number
    assert list(frame["family_name"]) == ["Ayala", "Brook", "Castro", "Evans", "Gold"]
    ayala = _by(frame, "family_name", "Ayala")
    assert (ayala["completed"], ayala["late_notes"], ayala["screens_overdue"]) == (3, 3, 1)
    # the caseload's own count: every unsigned, non-planned note (17, 20, 24 Nov and 6 Oct)
    assert ayala["unsigned_notes"] == 4
    assert ayala["percent"] == pytest.approx(84.0) and ayala["status"] is FamilyStatus.ACTIVE
    assert set(frame.columns) >= {c.key for c in team.CASELOAD_COLUMNS}
    bens = team.caseload_frame(as_user(ids["ssupervisor"]), specialist=ids["bspecialist"])
    assert list(bens["family_name"]) == ["Gold"]
    october = team.caseload_frame(
        as_user(ids["ssupervisor"]), start=D(2026, 10, 1), end=D(2026, 10, 31)
    )
    # Brook enrolled in November: nothing expected in October
    assert _by(october, "family_name", "Brook")["expected"] == 0
    assert _by(october, "family_name", "Ayala")["completed"] == 1
    whole = team.team_frame(as_user(ids["ssupervisor"]))
    assert list(whole["specialist"]) == ["Ana Specialist", "Ben Specialist", "Team total"]
    assert whole.iloc[-1]["completed"] == 6
    with pytest.raises(DomainError):
        team.team_frame(as_user(ids["ssupervisor"]), start=D(2026, 11, 1))


def test_the_dashboard_opens_on_the_last_complete_month_with_visits(as_user, agency, clock):
    sam = as_user(agency.ids["ssupervisor"])
    # 25 Nov: October has visits (Ayala 6 Oct): the last complete month
    assert team.opening_period(sam).kind == "last_month"
    # 1 Dec: November is complete and has visits: it, not an empty December at 0%
    clock.set(D(2026, 12, 1))
    opened = team.opening_period(sam)
    assert (opened.kind, opened.start, opened.end) == ("last_month", D(2026, 11, 1),
                                                       D(2026, 11, 30))  # fmt: skip
    # A team without visits last month (Olga's: Cleo's) opens on the last 4 weeks.
    olga = as_user(agency.ids["osupervisor"])
    clock.set(D(2027, 1, 10))
    assert team.opening_period(olga).kind == "last_4_weeks"


def test_an_overdue_referral_follow_up_puts_the_family_back_among_those_needing_attention(
    as_user, agency, clock
):
    from imh_desktop.domain.enums import ReferralType
    from imh_desktop.domain.family_context import ReferralInput
    from imh_desktop.services.family import referrals

    ana = as_user(agency.ids["aspecialist"])
    referrals.make_referral(ana, agency.fam["f2"], ReferralInput(
        ReferralType.HOUSING, "Housing office", D(2026, 11, 2), "Eviction",
        follow_up_on=D(2026, 11, 30)))  # fmt: skip
    sam = as_user(agency.ids["ssupervisor"])
    brook = _by(team.load_team(sam, NOV).families_of(agency.ids["aspecialist"]), "family", "Brook")
    assert "referral" not in brook["attention"]  # its follow-up is not due yet
    clock.set(D(2026, 12, 2))
    data = team.load_team(sam, NOV)
    brook = _by(data.families_of(agency.ids["aspecialist"]), "family", "Brook")
    assert "1 referral follow-up overdue" in brook["attention"]
    assert brook["overdue_referrals"] == 1
    assert data.team_row(agency.ids["aspecialist"])["overdue_referrals"] == 1


def test_a_caseload_or_team_with_no_families_gives_empty_tables(as_user, staff):
    """A new specialist's export and a supervisor's dashboard before any family is added."""
    ana = team.caseload_frame(as_user(staff["aspecialist"]))
    assert len(ana) == 0 and "family_name" in ana.columns
    sam = team.load_team(as_user(staff["ssupervisor"]), NOV)
    assert len(sam.families) == 0
    assert list(sam.team["families"]) == [0] * len(sam.team)
