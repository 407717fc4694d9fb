"""A demo family's context rows: stressors, ratings, consent, releases, referrals."""

from __future__ import annotations

import datetime as dt
import itertools
from random import Random

from imh_desktop.demo.context import ContextWriter, context_text, supervision_sessions
from imh_desktop.domain.enums import FamilyStatus, ReferralStatus, ReferralType, Stressor

TODAY = dt.date(2026, 11, 25)


def test_context_rows_stay_in_the_familys_time_and_cover_every_status(ids, rows, make_plan):
    writer = ContextWriter(Random(7), TODAY, ids, rows)
    plan = make_plan()
    for _ in range(40):
        writer.write(plan)
    t = rows.tables
    assert t["consents"] and t["family_stressors"] and t["factor_ratings"]
    for row in t["family_stressors"]:
        assert plan.enrolled_on <= row["noted_on"] <= TODAY
        assert row["resolved_on"] is None or row["noted_on"] <= row["resolved_on"] <= TODAY
    statuses = {r["status"] for r in t["referrals"]}
    assert statuses == set(ReferralStatus)
    for r in t["referrals"]:
        assert (r["follow_up_on"] is not None) == (r["status"] is ReferralStatus.MADE)
        assert bool(r["outcome"]) == (r["status"] is not ReferralStatus.MADE)
        assert r["shares_information"] == (r["release_id"] is not None)
    releases = {r["id"]: r for r in t["information_releases"]}
    for r in t["referrals"]:
        if r["release_id"]:
            release = releases[r["release_id"]]
            assert release["signed_on"] <= r["made_on"] < release["expires_on"]
    assert any(TODAY < r["expires_on"] <= TODAY + dt.timedelta(days=30) for r in releases.values())
    history: dict[int, list[dict]] = {}
    for change in t["referral_status_changes"]:
        history.setdefault(change["referral_id"], []).append(change)
    for r in t["referrals"]:  # made on its day; a settled one then reached its status
        steps = [(c["status"], c["changed_on"]) for c in history[r["id"]]]
        assert steps[0] == (ReferralStatus.MADE, r["made_on"])
        assert len(steps) == (1 if r["status"] is ReferralStatus.MADE else 2)
        assert steps[-1][0] is r["status"] and r["made_on"] <= steps[-1][1] <= TODAY


def test_a_family_not_yet_enrolled_has_no_context(ids, rows, make_plan):
    ContextWriter(Random(1), TODAY, ids, rows).write(
        make_plan(status=FamilyStatus.REFERRED, enrolled_on=None)
    )
    assert all(not rows.tables[t] for t in ("consents", "referrals", "family_stressors"))


def test_the_prose_covers_every_stressor_and_referral_type():
    text = context_text()
    assert set(text["stressors"]) == {s.value for s in Stressor}
    assert set(text["agencies"]) == set(text["reasons"]) == {t.value for t in ReferralType}


def test_each_specialist_meets_her_supervisor_about_monthly_for_half_a_year(ids, rows):
    supervision_sessions(Random(3), TODAY, ids, rows, {5: 1, 6: 1})
    sessions = rows.tables["supervision_sessions"]
    for specialist in (5, 6):
        days = sorted(s["held_on"] for s in sessions if s["specialist_id"] == specialist)
        assert 5 <= len(days) <= 8 and days[-1] <= TODAY
        assert all(24 <= (b - a).days <= 35 for a, b in itertools.pairwise(days))
    assert all(s["supervisor_id"] == 1 and s["private_note"] for s in sessions)
