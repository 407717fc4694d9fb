"""Referrals: made, shared under a release, settled; from an alert; overdue follow-ups."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import FollowUpKind, Instrument, ReferralStatus, ReferralType
from imh_desktop.domain.errors import ConflictError, DomainError
from imh_desktop.domain.family_context import ReferralInput, ReleaseInput
from imh_desktop.services.family import consents, families, referrals
from imh_desktop.services.screenings.results import ScreeningInput, list_alerts, record_screening
from tests.factories import TODAY, family_input

D = dt.date


def _referral(**changes) -> ReferralInput:
    values = dict(referral_type=ReferralType.EARLY_INTERVENTION, agency="Valley Part C",
                  made_on=D(2026, 11, 2), reason="ASQ-3 below the cut-off in two areas.",
                  follow_up_on=D(2026, 11, 20))  # fmt: skip
    values.update(changes)
    return ReferralInput(**values)


def test_a_referral_is_made_then_connected(ana, family):
    child = family.children[0]
    made = referrals.make_referral(ana, family.id, _referral(child_id=child.id))
    assert made.status is ReferralStatus.MADE and made.for_whom == child.full_name
    done = referrals.update_referral(ana, made.id, _referral(
        child_id=child.id, status=ReferralStatus.CONNECTED, outcome="Evaluation on 3 Dec.",
    ), made.version)  # fmt: skip
    assert done.status is ReferralStatus.CONNECTED and not done.overdue_on(TODAY)
    assert referrals.list_referrals(ana, family.id) == [done]


def test_sharing_information_needs_a_release_in_force_for_that_agency(ana, family):
    with pytest.raises(DomainError) as err:
        referrals.make_referral(ana, family.id, _referral(shares_information=True))
    assert err.value.field == "release" and "Valley Part C" in err.value.message
    assert referrals.list_referrals(ana, family.id) == []  # nothing saved
    release = consents.record_release(ana, family.id, ReleaseInput(
        "valley part c", "Screening results", D(2026, 10, 1), D(2027, 10, 1)))  # fmt: skip
    made = referrals.make_referral(ana, family.id, _referral(shares_information=True))
    assert made.release_id == release.id


def test_a_referral_for_another_familys_child_is_refused(as_user, staff, ana, family):
    other = families.create_family(as_user(staff["ssupervisor"]),
                                   family_input(staff["bspecialist"]))  # fmt: skip
    with pytest.raises(DomainError) as err:
        referrals.make_referral(ana, family.id, _referral(child_id=other.children[0].id))
    assert err.value.field == "child_id"


def test_a_referral_from_an_alert_closes_it(ana, family):
    record_screening(
        ana,
        family.id,
        ScreeningInput(
            Instrument.EPDS, TODAY, caregiver_id=family.caregivers[0].id, answers=(2,) * 9 + (0,)
        ),
    )
    alert = list_alerts(ana, family.id, open_only=True)[0]
    made = referrals.make_referral(
        ana, family.id, _referral(referral_type=ReferralType.MENTAL_HEALTH, agency="Clinic",
                                  made_on=TODAY, follow_up_on=D(2026, 12, 9)), alert.id,
    )  # fmt: skip
    closed = list_alerts(ana, family.id)[0]
    assert made.alert_id == alert.id and not closed.is_open
    assert closed.follow_up_kind is FollowUpKind.REFERRAL and "Clinic" in closed.follow_up_note
    with pytest.raises(DomainError):  # an alert closes once
        referrals.make_referral(ana, family.id, _referral(made_on=TODAY), alert.id)


def test_overdue_follow_ups_by_caseload_and_team(as_user, staff, ana, family, clock):
    ben = as_user(staff["bspecialist"])
    bens = families.create_family(
        as_user(staff["ssupervisor"]), family_input(staff["bspecialist"], display_name="Okafor")
    )
    late = referrals.make_referral(ana, family.id, _referral(follow_up_on=D(2026, 11, 10)))
    referrals.make_referral(ana, family.id, _referral(follow_up_on=D(2026, 11, 30)))  # not yet
    bens_late = referrals.make_referral(ben, bens.id, _referral(follow_up_on=D(2026, 11, 24)))
    mine = referrals.referrals_to_follow_up(ana, "mine")
    assert [(r.referral.id, r.days_overdue) for r in mine] == [(late.id, 15)]
    team = referrals.referrals_to_follow_up(as_user(staff["ssupervisor"]), "team")
    assert [r.referral.id for r in team] == [late.id, bens_late.id]
    assert team[1].specialist_name == "Ben Specialist"
    clock.set(D(2026, 12, 1))
    assert len(referrals.referrals_to_follow_up(ana, "mine")) == 2


def test_each_change_of_status_is_kept_with_the_day_who_and_note(ana, family, clock, as_user,
                                                                  staff):  # fmt: skip
    made = referrals.make_referral(ana, family.id, _referral())
    assert [(h.status, h.changed_on) for h in made.history] == [
        (ReferralStatus.MADE, D(2026, 11, 2))]  # fmt: skip
    assert made.history[0].changed_by_name == "Ana Specialist"
    clock.set(D(2026, 11, 28))
    noted = referrals.update_referral(ana, made.id, _referral(
        outcome="Left a message with intake."), made.version)  # fmt: skip
    sam = as_user(staff["ssupervisor"])
    clock.set(D(2026, 12, 3))
    done = referrals.update_referral(sam, made.id, _referral(
        status=ReferralStatus.CONNECTED, outcome="Evaluation on 10 Dec."), noted.version)  # fmt: skip
    kept = [(h.status, h.changed_on, h.note, h.changed_by_name) for h in done.history]
    assert kept == [
        (ReferralStatus.MADE, D(2026, 11, 2), "", "Ana Specialist"),
        (ReferralStatus.MADE, D(2026, 11, 28), "Left a message with intake.", "Ana Specialist"),
        (ReferralStatus.CONNECTED, D(2026, 12, 3), "Evaluation on 10 Dec.", "Sam Supervisor"),
    ]
    assert referrals.list_referrals(ana, family.id)[0].history == done.history
    # a change of follow-up date only is no new history row
    later = referrals.update_referral(ana, made.id, _referral(
        status=ReferralStatus.CONNECTED, outcome="Evaluation on 10 Dec.",
        follow_up_on=D(2026, 12, 20)), done.version)  # fmt: skip
    assert later.history == done.history


def test_a_stale_update_is_refused_and_adds_no_history(ana, family):
    made = referrals.make_referral(ana, family.id, _referral())
    referrals.update_referral(ana, made.id, _referral(status=ReferralStatus.DECLINED, outcome="No."),
                              made.version)  # fmt: skip
    with pytest.raises(ConflictError):
        referrals.update_referral(ana, made.id, _referral(status=ReferralStatus.CONNECTED,
                                  outcome="Yes."), made.version)  # fmt: skip
    statuses = [h.status for h in referrals.list_referrals(ana, family.id)[0].history]
    assert statuses == [ReferralStatus.MADE, ReferralStatus.DECLINED]
