"""The program measures' rules (domain.measures), on plain facts worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.ages import GestationalAge
from imh_desktop.domain.enums import ClosureReason, Instrument, ReferralStatus, ReferralType
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.measures import (
    ChildFacts,
    FamilyFacts,
    Measure,
    MeasurePeriod,
    Ratio,
    ReferralFacts,
    ScreenFacts,
    asq_entries,
    depression_entries,
    family_entries,
    part_c_entries,
    referral_entries,
    retention_entries,
    tally,
)

D = dt.date
H1 = MeasurePeriod(D(2026, 1, 1), D(2026, 6, 30))  # the first half of 2026
TODAY = D(2026, 11, 25)


def test_depression_window_runs_three_months_from_enrolment():
    # Enrolled 1 Nov 2025 after the birth: the window is 1 Nov 2025 - 1 Feb 2026, which ends
    # in the period; the EPDS of 15 Dec 2025 is inside it.
    fam = FamilyFacts(1, 7, D(2025, 11, 1), caregiver="Ánh", caregiver_screens=(D(2025, 12, 15),),
                      children=(ChildFacts(1, "Bảo", D(2025, 9, 10), None),))  # fmt: skip
    [entry] = depression_entries(fam, H1, TODAY)
    assert (entry.on, entry.met, entry.subject) == (D(2026, 2, 1), True, "Ánh")
    late = FamilyFacts(1, 7, D(2025, 11, 1), caregiver="Ánh", caregiver_screens=(D(2026, 2, 2),),
                       children=fam.children)  # fmt: skip
    assert [e.met for e in depression_entries(late, H1, TODAY)] == [False]  # a day late


def test_depression_window_of_a_family_enrolled_in_pregnancy_starts_at_the_birth():
    # Enrolled 1 Oct 2025, born 20 Jan 2026: the window is 20 Jan - 20 Apr 2026; a screen
    # given in pregnancy (1 Dec 2025) does not count.
    child = ChildFacts(2, "Mai", D(2026, 1, 20), None)
    fam = FamilyFacts(2, 7, D(2025, 10, 1), caregiver="Lan", caregiver_screens=(D(2025, 12, 1),),
                      children=(child,))  # fmt: skip
    [entry] = depression_entries(fam, H1, TODAY)
    assert (entry.on, entry.met) == (D(2026, 4, 20), False)
    unborn = FamilyFacts(3, 7, D(2025, 10, 1), caregiver="Lan")
    assert depression_entries(unborn, H1, TODAY) == []  # nothing is due before the birth
    closed = FamilyFacts(4, 7, D(2025, 10, 1), D(2026, 3, 1), ClosureReason.MOVED,
                         caregiver="Lan", children=(child,))  # fmt: skip
    assert depression_entries(closed, H1, TODAY) == []  # not enrolled when the window ended


def test_asq_windows_by_corrected_age():
    # Born 20 Jan 2026 at 34 weeks (6 weeks early): the 4-month window by corrected age is
    # 3 Jun - 2 Aug 2026 (ends after the period); at term it would be 20 Apr - 19 Jun 2026.
    early = ChildFacts(5, "Mai", D(2026, 1, 20), GestationalAge.of(34, 0))
    term = ChildFacts(5, "Mai", D(2026, 1, 20), None, asq3_given=(D(2026, 5, 2),))
    assert asq_entries(FamilyFacts(5, 7, D(2026, 1, 25), children=(early,)), H1, TODAY) == []
    [entry] = asq_entries(FamilyFacts(5, 7, D(2026, 1, 25), children=(term,)), H1, TODAY)
    assert (entry.on, entry.met, entry.subject) == (D(2026, 6, 19), True, "Mai, ASQ-3 4 month")


def test_referral_for_a_positive_screen():
    epds = ScreenFacts(10, Instrument.EPDS, D(2026, 5, 5), "Lan")
    asq = ScreenFacts(11, Instrument.ASQ3, D(2026, 4, 1), "Mai")
    mental = ReferralFacts(1, ReferralType.MENTAL_HEALTH, D(2026, 5, 10), ReferralStatus.CONNECTED)
    # Part C made from the ASQ's alert, still waiting: not completed.
    part_c = ReferralFacts(2, ReferralType.EARLY_INTERVENTION, D(2026, 4, 10), ReferralStatus.MADE,
                           screening_id=11)  # fmt: skip
    fam = FamilyFacts(6, 7, D(2025, 6, 1), positive_screens=(epds, asq), referrals=(mental, part_c))
    entries = {e.measure: e.met for e in referral_entries(fam, H1, TODAY)}
    assert entries == {Measure.DEPRESSION_REFERRED: True, Measure.DEVELOPMENT_REFERRED: False}
    # A mental health referral 31 days after the screen is not for it; closed counts as completed.
    later = ReferralFacts(1, ReferralType.MENTAL_HEALTH, D(2026, 6, 5), ReferralStatus.CLOSED)
    fam = FamilyFacts(6, 7, D(2025, 6, 1), positive_screens=(epds,), referrals=(later,))
    assert [e.met for e in referral_entries(fam, H1, TODAY)] == [False]
    soon = ReferralFacts(1, ReferralType.MENTAL_HEALTH, D(2026, 6, 4), ReferralStatus.CLOSED)
    fam = FamilyFacts(6, 7, D(2025, 6, 1), positive_screens=(epds,), referrals=(soon,))
    assert [e.met for e in referral_entries(fam, H1, TODAY)] == [True]  # 30 days


def test_part_c_referrals_made_in_the_period():
    refs = (
        ReferralFacts(1, ReferralType.EARLY_INTERVENTION, D(2026, 2, 1), ReferralStatus.CONNECTED),
        ReferralFacts(2, ReferralType.EARLY_INTERVENTION, D(2026, 4, 10), ReferralStatus.DECLINED),
        ReferralFacts(3, ReferralType.EARLY_INTERVENTION, D(2026, 7, 1), ReferralStatus.CONNECTED),
        ReferralFacts(4, ReferralType.HOUSING, D(2026, 3, 1), ReferralStatus.CONNECTED),
    )
    entries = part_c_entries(FamilyFacts(6, 7, D(2025, 6, 1), referrals=refs), H1, TODAY)
    assert [(e.on, e.met) for e in entries] == [(D(2026, 2, 1), True), (D(2026, 4, 10), False)]


def test_retention_counts_goals_met_and_families_still_enrolled():
    # 12-month anniversary 1 Mar 2026: closed with goals met in Aug 2025 counts; moved does not;
    # closed on the anniversary itself was still enrolled that day.
    met = FamilyFacts(3, 7, D(2025, 3, 1), D(2025, 8, 20), ClosureReason.GOALS_MET)
    moved = FamilyFacts(4, 7, D(2025, 3, 1), D(2026, 2, 10), ClosureReason.MOVED)
    that_day = FamilyFacts(5, 7, D(2025, 3, 1), D(2026, 3, 1), ClosureReason.MOVED)
    assert [retention_entries(f, H1, TODAY, 12)[0].met for f in (met, moved, that_day)] == [
        True, False, True,
    ]  # fmt: skip
    assert retention_entries(met, H1, TODAY, 6) == []  # 1 Sep 2025: before the period
    # An anniversary not yet reached does not count (today 1 Feb 2026; anniversary 1 Mar).
    assert retention_entries(met, H1, D(2026, 2, 1), 12) == []


def test_tally_per_specialist_and_program():
    fam_a = FamilyFacts(1, 7, D(2025, 7, 1))  # 6 months on 1 Jan 2026, active: retained
    fam_b = FamilyFacts(2, 8, D(2025, 7, 1), D(2025, 12, 1), ClosureReason.DECLINED)  # not
    entries = [e for f in (fam_a, fam_b) for e in family_entries(f, H1, TODAY)]
    ratios = tally(entries, {1: 7, 2: 8}, specialists=(9,))
    six = ratios[Measure.RETAINED_6]
    assert (six[None], six[7], six[8], six[9]) == (
        Ratio(1, 2),
        Ratio(1, 1),
        Ratio(0, 1),
        Ratio(0, 0),
    )
    assert six[None].text == "1 / 2 (50%)" and six[9].text == "0 / 0 (—)"
    assert six[9].percent is None and ratios[Measure.ASQ_SCREENED][None] == Ratio(0, 0)


def test_a_period_must_run_forward_and_not_too_long():
    with pytest.raises(DomainError):
        MeasurePeriod(D(2026, 2, 1), D(2026, 1, 1))
    with pytest.raises(DomainError):
        MeasurePeriod(D(2020, 1, 1), D(2026, 1, 1))
