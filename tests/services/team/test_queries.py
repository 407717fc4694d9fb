"""The team measures' queries against the hand-worked agency (tests.factories.build_agency).

Ana's families: Ayala (weekly, enrolled 10 Mar), Brook (every two weeks, 11 Nov), Castro
(monthly, 1 Jun), Dinh (closed 8 Nov), Evans (on hold), Fofanah (closed 15 Oct); Ben's:
Gold (quarterly, 1 Oct); Cleo's (Olga's team): Haddad. Period: November 2026; today 25 Nov.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from imh_desktop.services.team import queries as q
from imh_desktop.services.team.tables import Period, period_for
from tests.factories import TODAY

D = dt.date
NOV = period_for("this_month", TODAY)


@pytest.fixture
def team(agency):
    """The ids of Sam's team (Ana and Ben)."""
    return [agency.ids["aspecialist"], agency.ids["bspecialist"]]


def by_family(frame, agency):
    names = {v: k for k, v in agency.fam.items()}
    return frame.assign(key=frame["family_id"].map(names))


@pytest.fixture
def conn(db):
    """A connection to read on (the services pass their unit of work's)."""
    with db.engine.connect() as connection:
        yield connection


def rows(frame, *keys):
    return frame[list(keys)].itertuples(index=False, name=None)


def test_read_staff(conn, agency):
    staff = q.read_staff(conn).set_index("username")
    assert sorted(staff.index) == sorted(
        ["ssupervisor", "aspecialist", "bspecialist", "osupervisor", "cspecialist", "aadmin"]
    )
    assert staff.loc["aspecialist", "specialist"] == "Ana Specialist"
    assert (
        staff.loc["aspecialist", "role"] == "specialist" and staff.loc["aadmin", "role"] == "admin"
    )
    assert staff.loc["cspecialist", "supervisor_id"] == agency.ids["osupervisor"]
    assert staff["active"].dtype == bool and staff["active"].all()


def test_read_families_in_the_period_with_last_contact_and_alerts(conn, agency, team):
    frame = by_family(q.read_families(conn, team, NOV, TODAY), agency).set_index("key")
    # Fofanah closed 15 Oct, before November; Haddad is Cleo's.
    assert sorted(frame.index) == ["f1", "f2", "f3", "f4", "f5", "g1"]
    assert frame.loc["f1", "family"] == "Ayala" and frame.loc["f1", "status"] == "active"
    assert (frame.loc["f4", "status"], frame.loc["f5", "status"]) == ("closed", "on_hold")
    assert frame.loc["g1", "frequency"] == "quarterly"
    assert frame.loc["f4", "closed_on"] == pd.Timestamp(2026, 11, 8)
    # Last completed visit up to today: Ayala's unsigned 17 Nov note counts; its 20 Nov
    # cancellation and 24 Nov no-show do not. Evans only had a staff cancellation.
    last = frame["last_contact"]
    assert last["f1"] == pd.Timestamp(2026, 11, 17) and last["f2"] == pd.Timestamp(2026, 11, 23)
    assert last["f3"] == pd.Timestamp(2026, 9, 30) and pd.isna(last["f5"])
    assert frame["open_alerts"].to_dict() == {"f1": 0, "f2": 0, "f3": 1, "f4": 0, "f5": 0, "g1": 0}


def test_read_families_for_october_brings_fofanah_back_and_leaves_brook_out(conn, agency, team):
    october = period_for("last_month", TODAY)
    keys = set(by_family(q.read_families(conn, team, october, TODAY), agency)["key"])
    assert keys == {"f1", "f3", "f4", "f5", "f6", "g1"}


def test_read_visit_counts_in_the_period_plus_older_unsigned_ones(conn, agency, team):
    # Unsigned notes held on or before 22 Nov are late on 25 Nov (family_measures.late_cutoff).
    frame = by_family(q.read_visit_counts(conn, team, NOV, D(2026, 11, 22)), agency)
    got = {key: counts for key, *counts in rows(
        frame, "key", "completed", "cancelled", "no_shows", "late_notes")}  # fmt: skip
    assert got == {
        # 3, 10, 17 Nov done, 20 Nov cancelled, 24 Nov no-show; late: 6 Oct, 17 and 20 Nov
        "f1": [3, 1, 1, 3],
        "f2": [1, 0, 0, 0],  # its 23 Nov note is unsigned, not yet late
        "f4": [1, 0, 0, 0],
        "f5": [0, 1, 0, 0],  # a staff cancellation
        "g1": [1, 0, 0, 0],
    }  # the planned 1 Dec visit and Castro's signed 30 Sep visit are left out
    later = by_family(q.read_visit_counts(conn, team, NOV, D(2026, 11, 23)), agency)
    assert later.set_index("key").loc["f2", "late_notes"] == 1


def test_read_completed_days_per_specialist(conn, agency, team):
    frame = q.read_completed_days(conn, team, NOV)
    got = sorted((s, d.date(), n) for s, d, n in rows(
        frame, "specialist_id", "visit_date", "completed"))  # fmt: skip
    ana, ben = team
    assert got == [
        (ana, D(2026, 11, 2), 1), (ana, D(2026, 11, 3), 1), (ana, D(2026, 11, 10), 1),
        (ana, D(2026, 11, 17), 1), (ana, D(2026, 11, 23), 1), (ben, D(2026, 11, 5), 1),
    ]  # fmt: skip


def test_read_goal_counts_per_family_and_status(conn, agency, team):
    frame = by_family(q.read_goal_counts(conn, team, NOV, TODAY), agency)
    got = {(k, s): n for k, s, n in rows(frame, "key", "status", "n")}
    # Achieved goals count in the period they were achieved: Ayala's on 10 Nov; Gold's on
    # 20 Oct counts in October, not November (the other statuses are as of today).
    assert got == {
        ("f1", "active"): 2, ("f1", "achieved"): 1, ("f1", "discontinued"): 1,
        ("f3", "revised"): 1,
        ("g1", "active"): 2,
    }  # fmt: skip
    october = by_family(q.read_goal_counts(conn, team, period_for("last_month", TODAY), TODAY),
                        agency)  # fmt: skip
    achieved = {k: n for k, s, n in rows(october, "key", "status", "n") if s == "achieved"}
    assert achieved == {"g1": 1}


def test_read_latest_ratings_of_active_goals_by_the_periods_end(conn, agency, team):
    def ratings(period):
        frame = by_family(q.read_latest_ratings(conn, team, period), agency)
        return sorted(rows(frame, "key", "domain", "rating"))

    # Ayala's attachment goal: 2 on 3 Nov, then 4 on 10 Nov (latest); regulation 3 on
    # 10 Nov; the achieved goal's 5 is left out. Gold's attachment goal: 2 on 5 Nov.
    assert ratings(NOV) == [("f1", "attachment", 4.0), ("f1", "regulation", 3.0),
                            ("g1", "attachment", 2.0)]  # fmt: skip
    # A period ending 5 Nov sees only the ratings given by then.
    early = Period(D(2026, 11, 1), D(2026, 11, 5), "1-5 Nov")
    assert ratings(early) == [("f1", "attachment", 2.0), ("g1", "attachment", 2.0)]
    frame = q.read_latest_ratings(conn, team, NOV)
    assert frame["rating"].dtype == float
    assert set(frame["specialist_id"]) == set(team)


def test_only_the_given_staff_families_are_read(conn, agency):
    cleo = [agency.ids["cspecialist"]]
    assert set(by_family(q.read_families(conn, cleo, NOV, TODAY), agency)["key"]) == {"h1"}
    assert q.read_goal_counts(conn, cleo, NOV, TODAY).empty
    assert list(q.read_families(conn, [], NOV, TODAY)["family_id"]) == []
