"""Drafting demo families: dates that fit the status, children under three, names that fit.

Checked over many drafts from fixed seeds: each property holds for every draft.
"""

from __future__ import annotations

import datetime as dt
from random import Random

import pytest

from imh_desktop.demo.datafiles import name_pool
from imh_desktop.demo.family import (
    PREMATURE_WEEKS,
    UNDER_THREE_DAYS,
    Drafter,
)
from imh_desktop.domain.ages import add_months
from imh_desktop.domain.enums import ClosureReason, FamilyStatus

TODAY = dt.date(2026, 11, 25)
# "Kowalska" -> "Kowalski": a family is named by the masculine form of a gendered name.
MASCULINE = {
    s.split("|")[1]: s.split("|")[0]
    for c in name_pool().communities
    for s in c.surnames
    if "|" in s
}
HISTORY_DAYS = 3 * 365
DAY = dt.timedelta(days=1)


def drafts(status, flags=(), count=150, seed=1):
    drafter = Drafter(Random(seed), TODAY, HISTORY_DAYS, [1.0, 2.0, 1.0])
    return [drafter.draft(i, status, flags) for i in range(count)]


def test_referred_families_wait_for_enrolment():
    for d in drafts(FamilyStatus.REFERRED):
        assert d.enrolled_on is None and d.closed_on is None and d.reason is None
        assert 1 <= (TODAY - d.referral_date).days <= 45 and d.last_day == d.referral_date


def test_active_families_were_enrolled_after_referral_and_are_served_until_yesterday():
    for d in drafts(FamilyStatus.ACTIVE):
        assert d.closed_on is None and d.reason is None and d.last_day == TODAY - DAY
        assert 5 <= (d.enrolled_on - d.referral_date).days <= 45
        assert 14 <= (TODAY - d.enrolled_on).days <= 1000
        # every child under three today, and born before enrolment or during service
        for kid in d.kids:
            assert (TODAY - kid.dob).days <= UNDER_THREE_DAYS and kid.dob <= TODAY


def test_on_hold_families_stopped_two_weeks_to_three_months_ago():
    for d in drafts(FamilyStatus.ON_HOLD):
        assert d.closed_on is None and 14 <= (TODAY - d.last_day).days <= 90
        assert d.enrolled_on < d.last_day


def test_closed_families_have_a_reason_and_close_within_the_history():
    closed = drafts(FamilyStatus.CLOSED, count=300)
    assert {d.reason for d in closed} == set(ClosureReason)
    for d in closed:
        assert d.closed_on == d.last_day and d.enrolled_on < d.closed_on
        assert 2 <= (TODAY - d.closed_on).days <= HISTORY_DAYS
        if d.reason is ClosureReason.AGED_OUT:  # closes on the third birthday
            assert d.kids[0].dob == add_months(d.closed_on, -36)
        else:
            assert all((d.closed_on - k.dob).days <= UNDER_THREE_DAYS for k in d.kids)


@pytest.mark.parametrize("status", [FamilyStatus.ACTIVE, FamilyStatus.CLOSED])
def test_people_in_a_family(status):
    made = drafts(status)
    assert any(" / " in d.display_name for d in made) and any(len(d.kids) > 1 for d in made)
    assert any(MASCULINE.get(d.carers[0].person.surname) for d in drafts(status, count=600))
    for d in made:
        first = d.kids[0]
        assert 1 <= len(d.kids) <= 3 and 1 <= len(d.carers) <= 2
        assert len({k.person.first_name for k in d.kids}) == len(d.kids)  # no two alike
        assert d.carers[0].phone  # the primary caregiver can always be called
        for carer in d.carers:  # old enough to care for the first child at its birth
            assert (first.dob - carer.dob).days >= 16 * 365, (carer.relationship, d.index)
        for kid in d.kids:
            assert (
                kid.gestational_days is None
                if kid.gestational_weeks is None
                else (0 <= kid.gestational_days <= 6 and 26 <= kid.gestational_weeks <= 41)
            )
        if d.display_name.endswith(" family"):  # one family name: its masculine form
            shown = d.carers[0].person.surname
            assert d.display_name == f"{MASCULINE.get(shown, shown)} family"
        else:  # caregivers with different family names: both, as each is called
            assert d.display_name == " / ".join(c.person.surname for c in d.carers)
        assert 0 <= d.specialist <= 2


def test_twins_share_a_birthday_and_a_gestation_premature_flag_is_premature():
    for d in drafts(FamilyStatus.ACTIVE, flags=("twins",), count=60):
        a, b = d.kids[:2]
        assert a.dob == b.dob and (a.gestational_weeks, a.gestational_days) == (
            b.gestational_weeks, b.gestational_days)  # fmt: skip
        assert a.gestational_weeks in PREMATURE_WEEKS[6:]
    for d in drafts(FamilyStatus.ACTIVE, flags=("premature",), count=60):
        assert d.kids[0].gestational_weeks in PREMATURE_WEEKS and d.flags == ("premature",)


def test_the_same_seed_drafts_the_same_family():
    assert drafts(FamilyStatus.ACTIVE, count=5, seed=9) == drafts(
        FamilyStatus.ACTIVE, count=5, seed=9
    )
    assert drafts(FamilyStatus.ACTIVE, count=5, seed=9) != drafts(
        FamilyStatus.ACTIVE, count=5, seed=10
    )
