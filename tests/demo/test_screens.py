"""Demo screenings: given at visits inside their windows, scored by the published rules, and a
positive screen opens an alert that is followed up, or stays open when recent."""

from __future__ import annotations

import datetime as dt
from random import Random

import pytest

from imh_desktop.demo import text
from imh_desktop.demo.rows import at
from imh_desktop.demo.screens import OPEN_WITHIN_DAYS, Screener
from imh_desktop.domain import screening as scoring
from imh_desktop.domain.enums import AlertKind, FamilyStatus, FollowUpKind, Instrument

TODAY = dt.date(2026, 11, 25)
D = dt.date
WHO = text.names("Bảo", "male", "Ánh", True)


def visit(visit_id, day, services=("modelling",)):
    return {"id": visit_id, "services": list(services)}, day, at(day, 11)


def rescore(row) -> scoring.ScreenResult:
    answers = row["answers"]
    if row["instrument"] is Instrument.EPDS:
        return scoring.score_epds(answers["options"])
    if row["instrument"] is Instrument.PHQ9:
        return scoring.score_phq9(answers["options"])
    if row["instrument"] is Instrument.ASQ3:
        return scoring.asq3_result(answers["scores"], answers["bands"])
    return scoring.asqse2_result(answers["total"], answers["band"])


def test_a_screening_is_given_at_the_first_visit_on_or_after_its_target_inside_its_window(
    make_plan, ids, rows
):
    plan = make_plan()
    mother, child = plan.caregivers[0], plan.children[0]
    screener = Screener(Random(1), TODAY, ids, rows)
    events = [
        (D(2026, 3, 2), D(2026, 3, 31), mother, "caregiver", None),
        (D(2026, 3, 4), D(2026, 3, 5), child, Instrument.ASQ3, 9),  # window closes before a visit
        (D(2026, 3, 20), D(2026, 4, 30), child, Instrument.ASQSE2, 12),
    ]
    screener.start(plan, WHO, events)
    assert not screener.at_visit(*visit(1, D(2026, 2, 25)))  # before any target
    assert screener.at_visit(*visit(2, D(2026, 3, 9)))  # the caregiver's; the ASQ-3 is missed
    assert not screener.at_visit(*visit(3, D(2026, 3, 16)))
    assert screener.at_visit(*visit(4, D(2026, 3, 23)))
    given = [(r["visit_id"], r["instrument"], r["given_on"], r["interval_months"],
              r["caregiver_id"], r["child_id"]) for r in rows.tables["screenings"]]  # fmt: skip
    assert given == [
        (2, screener.instrument, D(2026, 3, 9), None, 10, None),
        (4, Instrument.ASQSE2, D(2026, 3, 23), 12, None, 20),
    ]
    assert screener.instrument in (Instrument.EPDS, Instrument.PHQ9)
    assert rows.tables["screenings"][0]["created_at"] == dt.datetime(2026, 3, 9, 11)


def many_screenings(make_plan, ids, rows, status=FamilyStatus.ACTIVE, seeds=range(60)):
    """A visit every fourth week for two years, up to yesterday, each giving one screen in turn
    (the caregiver's, an ASQ-3, an ASQ:SE-2), the caregiver's last; one family per seed."""
    plan = make_plan(status=status)
    mother, child = plan.caregivers[0], plan.children[0]
    days = [TODAY - dt.timedelta(days=28 * k + 1) for k in range(26, -1, -1)]
    kinds = ("caregiver", Instrument.ASQ3, Instrument.ASQSE2)
    turns = [(len(days) - 1 - i) % 3 for i in range(len(days))]
    events = [(d, d, mother if t == 0 else child, kinds[t], None if t == 0 else 12)
              for d, t in zip(days, turns, strict=True)]  # fmt: skip
    for seed in seeds:
        screener = Screener(Random(seed), TODAY, ids, rows)
        screener.start(plan, WHO, events)
        for i, day in enumerate(days):
            screener.at_visit(*visit(1000 * seed + i, day))
        screener.finish(plan)
    return rows.tables["screenings"], rows.tables["alerts"]


def test_every_result_is_what_the_scoring_rules_give(make_plan, ids, rows):
    screenings, _ = many_screenings(make_plan, ids, rows)
    assert {s["instrument"] for s in screenings} == set(Instrument)
    for row in screenings:
        result = rescore(row)
        assert (row["total"], row["band"], row["positive"], row["urgent"]) == (
            result.total, result.band, result.positive, result.urgent)  # fmt: skip
        if row["instrument"] is Instrument.ASQSE2:
            assert row["total"] % 5 == 0
    assert any(s["positive"] for s in screenings) and not all(s["positive"] for s in screenings)


def test_each_positive_screen_has_one_alert_followed_up_unless_recent(make_plan, ids, rows):
    screenings, alerts = many_screenings(make_plan, ids, rows)
    positive = {s["id"]: s for s in screenings if s["positive"]}
    assert sorted(a["screening_id"] for a in alerts) == sorted(positive)
    kinds = set()
    for alert in alerts:
        screen = positive[alert["screening_id"]]
        assert alert["kind"] is (
            AlertKind.URGENT if screen["urgent"] else AlertKind.POSITIVE_SCREEN
        )
        assert alert["opened_on"] == screen["given_on"]
        if alert["resolved_at"] is None:  # only recent, non-urgent screens of an active family
            assert (TODAY - screen["given_on"]).days <= OPEN_WITHIN_DAYS and not screen["urgent"]
            assert alert["follow_up_kind"] is None
        else:
            kinds.add(alert["follow_up_kind"])
            assert screen["created_at"] <= alert["resolved_at"] and alert["follow_up_note"]
            assert alert["resolved_at"].date() < TODAY and alert["resolved_by_id"] == 2
            if screen["urgent"]:
                assert alert["follow_up_kind"] is FollowUpKind.SAFETY_ASSESSMENT
    assert kinds == set(FollowUpKind)


def test_a_recent_positive_screen_may_stay_open_an_older_one_is_followed_up(make_plan, ids, rows):
    """About a third of recent (three weeks), non-urgent positives of an active family wait
    for their follow-up; older ones never do."""
    plan = make_plan()
    mother = plan.caregivers[0]
    recent, older = TODAY - dt.timedelta(days=2), TODAY - dt.timedelta(days=OPEN_WITHIN_DAYS + 1)
    for seed in range(800):
        screener = Screener(Random(seed), TODAY, ids, rows)
        screener.start(plan, WHO, [(older, older, mother, "caregiver", None),
                                   (recent, recent, mother, "caregiver", None)])  # fmt: skip
        screener.at_visit(*visit(2 * seed, older))
        screener.at_visit(*visit(2 * seed + 1, recent))
    given = {s["id"]: s for s in rows.tables["screenings"]}
    waiting = {True: [], False: []}  # recent? -> stays open, for non-urgent positives
    for alert in rows.tables["alerts"]:
        screen = given[alert["screening_id"]]
        if not screen["urgent"]:
            waiting[screen["given_on"] == recent].append(alert["resolved_at"] is None)
    assert len(waiting[True]) >= 25 and len(waiting[False]) >= 25
    assert 0.15 <= sum(waiting[True]) / len(waiting[True]) <= 0.6
    assert not any(waiting[False])


def test_a_closed_familys_alerts_are_all_followed_up(make_plan, ids, rows):
    _, alerts = many_screenings(make_plan, ids, rows, status=FamilyStatus.CLOSED, seeds=range(30))
    assert alerts and all(a["resolved_at"] is not None for a in alerts)


@pytest.mark.parametrize("seed", range(10))
def test_the_open_alert_flag_leaves_one_open_positive_screen_at_the_last_visit(
    make_plan, ids, rows, seed
):
    plan = make_plan(flags=("open_alert",))
    screener = Screener(Random(seed), TODAY, ids, rows)
    screener.start(plan, WHO, [])  # nothing scheduled
    last, day, end = visit(77, TODAY - dt.timedelta(days=3), services=("modelling", "advocacy"))
    screener.at_visit(last, day, end)
    screener.finish(plan)
    [screen] = rows.tables["screenings"]
    [alert] = rows.tables["alerts"]
    assert screen["visit_id"] == 77 and screen["positive"] and screen["caregiver_id"] == 10
    assert alert["resolved_at"] is None and alert["screening_id"] == screen["id"]
    assert last["services"] == ["modelling", "advocacy", "screening"]  # in VisitService order


def test_no_open_alert_is_added_without_the_flag_or_a_visit(make_plan, ids, rows):
    screener = Screener(Random(1), TODAY, ids, rows)
    screener.start(make_plan(), WHO, [])
    screener.finish(make_plan())
    flagged = make_plan(flags=("open_alert",))
    screener.start(flagged, WHO, [])
    screener.finish(flagged)  # no visit to give it at
    assert rows.tables["screenings"] == [] and rows.tables["alerts"] == []


def test_a_referral_follow_up_makes_the_referral_from_the_alert(make_plan, ids, rows):
    from imh_desktop.domain.enums import ReferralStatus, ReferralType

    screenings, alerts = many_screenings(make_plan, ids, rows)
    by_screen = {s["id"]: s for s in screenings}
    referred = {a["id"]: a for a in alerts if a["follow_up_kind"] is FollowUpKind.REFERRAL}
    referrals = rows.tables["referrals"]
    assert sorted(r["alert_id"] for r in referrals) == sorted(referred)  # one each, linked
    statuses = set()
    for referral in referrals:
        alert = referred[referral["alert_id"]]
        screen = by_screen[alert["screening_id"]]
        expected = (ReferralType.EARLY_INTERVENTION if screen["instrument"] is Instrument.ASQ3
                    else ReferralType.MENTAL_HEALTH)  # fmt: skip
        assert referral["referral_type"] is expected
        assert referral["made_on"] == alert["resolved_at"].date() >= screen["given_on"]
        assert (referral["follow_up_on"] is None) is (referral["status"] is not ReferralStatus.MADE)
        statuses.add(referral["status"])
    assert statuses == set(ReferralStatus)
