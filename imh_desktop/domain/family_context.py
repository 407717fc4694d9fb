"""A family's context as typed into the forms: stressors, protective factors, consents,
releases of information and referrals, with their validation.

Each ``validate_*`` raises :class:`DomainError` naming the field at fault and
changes nothing. Dates in the future are refused where the event has happened
(a stressor noted, a form signed, a referral made); a release's expiry and a
referral's follow-up are naturally later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from imh_desktop.domain.enums import (
    FactorRating,
    ProtectiveFactor,
    ReferralStatus,
    ReferralType,
    Stressor,
)
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.text import check_text, require_text

MAX_CONTEXT_NOTE = 2_000  # a stressor's or a protective factor's note
MAX_SIGNER = 200  # who signed a consent or a release
MAX_FORM_VERSION = 40
MAX_AGENCY = 200  # the agency a release or a referral names
MAX_SHARED = 1_000  # what a release allows to be shared
MAX_REFERRAL_REASON = 2_000
MAX_REFERRAL_OUTCOME = 4_000
RELEASE_WARN_DAYS = 30  # releases expiring within this many days are shown on the record
MAX_RELEASE_YEARS = 5


@dataclass(frozen=True)
class StressorInput:
    stressor: Stressor
    noted_on: dt.date
    note: str = ""
    resolved_on: dt.date | None = None


@dataclass(frozen=True)
class StrengthInput:
    """One rating of a protective factor, dated; the newest rating of a factor is current."""

    factor: ProtectiveFactor
    rating: FactorRating
    rated_on: dt.date
    note: str = ""


@dataclass(frozen=True)
class ConsentInput:
    """Consent to services: when, who signed, which version of the form."""

    signed_on: dt.date
    signed_by: str
    form_version: str


@dataclass(frozen=True)
class ReleaseInput:
    """A release of information to one agency."""

    recipient: str
    shares: str
    signed_on: dt.date
    expires_on: dt.date
    signed_by: str = ""


@dataclass(frozen=True)
class ReferralInput:
    """A referral to another service, for a caregiver, a child or the whole family."""

    referral_type: ReferralType
    agency: str
    made_on: dt.date
    reason: str
    status: ReferralStatus = ReferralStatus.MADE
    follow_up_on: dt.date | None = None
    outcome: str = ""
    caregiver_id: int | None = None
    child_id: int | None = None
    visit_id: int | None = None
    shares_information: bool = False


def _not_future(day: dt.date, today: dt.date, field: str, what: str) -> None:
    if day > today:
        raise DomainError(f"{what} cannot be in the future.", field)


def validate_stressor(data: StressorInput, today: dt.date) -> StressorInput:
    """The stressor with its note normalised; refused when its dates do not fit."""
    note = check_text(data.note, "note", "The note", MAX_CONTEXT_NOTE, multiline=True)
    _not_future(data.noted_on, today, "noted_on", "The date noted")
    if data.resolved_on is not None:
        _not_future(data.resolved_on, today, "resolved_on", "The date resolved")
        if data.resolved_on < data.noted_on:
            raise DomainError("A stressor cannot be resolved before it was noted.", "resolved_on")
    return StressorInput(data.stressor, data.noted_on, note, data.resolved_on)


def validate_strength(data: StrengthInput, today: dt.date) -> StrengthInput:
    """The rating with its note normalised; refused when dated in the future."""
    note = check_text(data.note, "note", "The note", MAX_CONTEXT_NOTE, multiline=True)
    _not_future(data.rated_on, today, "rated_on", "The date of the rating")
    return StrengthInput(data.factor, data.rating, data.rated_on, note)


def validate_consent(data: ConsentInput, today: dt.date) -> ConsentInput:
    """The consent with its text normalised; who signed and the form version are required."""
    signed_by = require_text(data.signed_by, "signed_by", "Who signed", MAX_SIGNER)
    version = require_text(data.form_version, "form_version", "The form version", MAX_FORM_VERSION)
    _not_future(data.signed_on, today, "signed_on", "The date signed")
    return ConsentInput(data.signed_on, signed_by, version)


def validate_release(data: ReleaseInput, today: dt.date) -> ReleaseInput:
    """The release with its text normalised; it must expire after it was signed."""
    recipient = require_text(data.recipient, "recipient", "The agency", MAX_AGENCY)
    shares = require_text(data.shares, "shares", "What may be shared", MAX_SHARED, multiline=True)
    signed_by = check_text(data.signed_by, "signed_by", "Who signed", MAX_SIGNER)
    _not_future(data.signed_on, today, "signed_on", "The date signed")
    if data.expires_on <= data.signed_on:
        raise DomainError("A release must expire after the day it was signed.", "expires_on")
    if (data.expires_on - data.signed_on).days > MAX_RELEASE_YEARS * 366:
        raise DomainError(
            f"A release can last at most {MAX_RELEASE_YEARS} years; check the expiry date.",
            "expires_on",
        )
    return ReleaseInput(recipient, shares, data.signed_on, data.expires_on, signed_by)


def validate_referral(data: ReferralInput, today: dt.date) -> ReferralInput:
    """The referral with its text normalised; refused when its dates or status do not fit."""
    agency = require_text(data.agency, "agency", "The agency", MAX_AGENCY)
    reason = require_text(data.reason, "reason", "The reason", MAX_REFERRAL_REASON, multiline=True)
    outcome = check_text(
        data.outcome, "outcome", "The outcome note", MAX_REFERRAL_OUTCOME, multiline=True
    )
    _not_future(data.made_on, today, "made_on", "The referral date")
    if data.follow_up_on is not None and data.follow_up_on < data.made_on:
        raise DomainError("The follow-up date is before the referral was made.", "follow_up_on")
    if data.status is ReferralStatus.MADE and data.follow_up_on is None:
        raise DomainError("Choose when to follow up on this referral.", "follow_up_on")
    if data.status is not ReferralStatus.MADE and not outcome:
        raise DomainError("Say what came of the referral in the outcome note.", "outcome")
    if data.caregiver_id is not None and data.child_id is not None:
        raise DomainError("A referral is for one caregiver, one child or the family.", "for_whom")
    return ReferralInput(
        data.referral_type, agency, data.made_on, reason, data.status, data.follow_up_on,
        outcome, data.caregiver_id, data.child_id, data.visit_id, data.shares_information,
    )  # fmt: skip


def release_current(signed_on: dt.date, expires_on: dt.date, revoked_on: dt.date | None,
                    day: dt.date) -> bool:  # fmt: skip
    """True when a release signed on ``signed_on`` allows sharing on ``day``.

    A release expires on ``expires_on`` (no longer in force that day) and is
    revoked from ``revoked_on``.
    """
    return signed_on <= day < expires_on and (revoked_on is None or revoked_on > day)


def release_expiring(expires_on: dt.date, revoked_on: dt.date | None, today: dt.date) -> bool:
    """True when a release still in force runs out within ``RELEASE_WARN_DAYS`` of ``today``."""
    if revoked_on is not None and revoked_on <= today:
        return False
    return today < expires_on <= today + dt.timedelta(days=RELEASE_WARN_DAYS)


def agency_key(name: str) -> str:
    """An agency's name compared loosely: case, spaces and punctuation do not count."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def follow_up_overdue(status: ReferralStatus, follow_up_on: dt.date | None,
                      today: dt.date) -> bool:  # fmt: skip
    """True when a referral still waiting for news has passed its follow-up date."""
    return status is ReferralStatus.MADE and follow_up_on is not None and follow_up_on < today
