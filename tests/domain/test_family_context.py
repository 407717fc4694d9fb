"""Family context as typed: limits, dates, a release in force, a referral's follow-up."""

from __future__ import annotations

import datetime as dt

import pytest

from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.family_context import (
    MAX_AGENCY,
    MAX_CONTEXT_NOTE,
    ConsentInput,
    ReferralInput,
    ReleaseInput,
    StrengthInput,
    StressorInput,
    agency_key,
    follow_up_overdue,
    release_current,
    release_expiring,
    validate_consent,
    validate_referral,
    validate_release,
    validate_strength,
    validate_stressor,
)

TODAY = dt.date(2026, 11, 25)
D = dt.date


def _field(call) -> str:
    with pytest.raises(DomainError) as err:
        call()
    return err.value.field


def test_a_stressor_is_noted_then_resolved_never_before():
    ok = validate_stressor(StressorInput(Stressor.HOUSING, D(2026, 5, 1), "  Evicted.\r\n "), TODAY)
    assert ok.note == "Evicted."
    assert _field(lambda: validate_stressor(
        StressorInput(Stressor.HOUSING, D(2026, 5, 1), resolved_on=D(2026, 4, 1)), TODAY
    )) == "resolved_on"  # fmt: skip
    assert _field(lambda: validate_stressor(
        StressorInput(Stressor.HOUSING, TODAY + dt.timedelta(days=1)), TODAY
    )) == "noted_on"  # fmt: skip
    assert _field(lambda: validate_stressor(
        StressorInput(Stressor.HOUSING, TODAY, "x" * (MAX_CONTEXT_NOTE + 1)), TODAY
    )) == "note"  # fmt: skip


def test_a_rating_needs_a_past_date_and_a_short_note():
    data = StrengthInput(ProtectiveFactor.RESILIENCE, FactorRating.BUILDING, TODAY, "Calmer.")
    assert validate_strength(data, TODAY) == data
    assert _field(lambda: validate_strength(
        StrengthInput(ProtectiveFactor.RESILIENCE, FactorRating.NEED, TODAY, "a\x00b"), TODAY
    )) == "note"  # fmt: skip


def test_consent_needs_who_signed_and_the_form_version():
    assert _field(lambda: validate_consent(ConsentInput(TODAY, " ", "v3"), TODAY)) == "signed_by"
    assert _field(lambda: validate_consent(ConsentInput(TODAY, "Ánh", ""), TODAY)) == "form_version"
    assert validate_consent(ConsentInput(TODAY, " Ánh ", "v3"), TODAY).signed_by == "Ánh"


def test_a_release_expires_after_it_is_signed_and_within_five_years():
    good = ReleaseInput("Part C program", "Screening results", D(2026, 1, 1), D(2027, 1, 1))
    assert validate_release(good, TODAY).recipient == "Part C program"
    for expires in (D(2026, 1, 1), D(2032, 1, 1)):
        bad = ReleaseInput("Part C", "Results", D(2026, 1, 1), expires)
        assert _field(lambda b=bad: validate_release(b, TODAY)) == "expires_on"
    long_name = ReleaseInput("x" * (MAX_AGENCY + 1), "Results", TODAY, D(2027, 1, 1))
    assert _field(lambda: validate_release(long_name, TODAY)) == "recipient"


def test_a_release_is_in_force_from_signing_until_expiry_or_revocation():
    signed, expires = D(2026, 1, 1), D(2026, 12, 1)
    assert not release_current(signed, expires, None, D(2025, 12, 31))
    assert release_current(signed, expires, None, D(2026, 11, 30))
    assert not release_current(signed, expires, None, expires)
    assert not release_current(signed, expires, D(2026, 6, 1), D(2026, 6, 1))
    assert release_current(signed, expires, D(2026, 6, 1), D(2026, 5, 31))
    assert release_expiring(expires, None, TODAY)  # six days left
    assert not release_expiring(D(2026, 12, 26), None, TODAY)  # 31 days left
    assert not release_expiring(expires, D(2026, 11, 1), TODAY)  # revoked already
    assert agency_key("Part-C  Program") == agency_key("part c program")


def test_a_referral_needs_a_follow_up_while_made_and_an_outcome_once_settled():
    base = ReferralInput(ReferralType.MENTAL_HEALTH, "Clinic", D(2026, 11, 1), "EPDS 14",
                         follow_up_on=D(2026, 11, 15))  # fmt: skip
    assert validate_referral(base, TODAY).agency == "Clinic"
    no_date = ReferralInput(ReferralType.MENTAL_HEALTH, "Clinic", D(2026, 11, 1), "EPDS 14")
    assert _field(lambda: validate_referral(no_date, TODAY)) == "follow_up_on"
    settled = ReferralInput(ReferralType.MENTAL_HEALTH, "Clinic", D(2026, 11, 1), "EPDS 14",
                            ReferralStatus.CONNECTED)  # fmt: skip
    assert _field(lambda: validate_referral(settled, TODAY)) == "outcome"
    before = ReferralInput(ReferralType.HOUSING, "HA", D(2026, 11, 1), "r",
                           follow_up_on=D(2026, 10, 1))  # fmt: skip
    assert _field(lambda: validate_referral(before, TODAY)) == "follow_up_on"
    both = ReferralInput(ReferralType.HOUSING, "HA", D(2026, 11, 1), "r",
                         follow_up_on=D(2026, 12, 1), caregiver_id=1, child_id=2)  # fmt: skip
    assert _field(lambda: validate_referral(both, TODAY)) == "for_whom"
    assert follow_up_overdue(ReferralStatus.MADE, D(2026, 11, 24), TODAY)
    assert not follow_up_overdue(ReferralStatus.MADE, TODAY, TODAY)
    assert not follow_up_overdue(ReferralStatus.CONNECTED, D(2026, 11, 1), TODAY)
