"""Consent to services and releases of information to other agencies.

A release allows sharing with one agency from the day it was signed until it
expires or is revoked. A referral that shares information needs a release
in force for its agency on the day it is made (``services.family.referrals``);
releases running out within 30 days are shown on the record and the caseload.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from imh_desktop.data.models import Consent, InformationRelease
from imh_desktop.domain.errors import DomainError, NotFoundError
from imh_desktop.domain.family_context import (
    ConsentInput,
    ReleaseInput,
    agency_key,
    release_current,
    release_expiring,
    validate_consent,
    validate_release,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.uow import reading, unit_of_work
from imh_desktop.services.family.families import check_version


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    family_id: int
    signed_on: dt.date
    signed_by: str
    form_version: str
    version: int


@dataclass(frozen=True)
class ReleaseRecord:
    id: int
    family_id: int
    recipient: str
    shares: str
    signed_by: str
    signed_on: dt.date
    expires_on: dt.date
    revoked_on: dt.date | None
    version: int

    def current_on(self, day: dt.date) -> bool:
        """True when the release allows sharing on ``day``."""
        return release_current(self.signed_on, self.expires_on, self.revoked_on, day)

    def expiring_on(self, day: dt.date) -> bool:
        """True when the release runs out within 30 days of ``day``."""
        return self.current_on(day) and release_expiring(self.expires_on, self.revoked_on, day)

    def covers(self, agency: str) -> bool:
        """True when the release names ``agency`` (case, spaces and punctuation aside)."""
        return agency_key(self.recipient) == agency_key(agency)


def read_consents(session: Session, family_id: int) -> tuple[ConsentRecord, ...]:
    """The family's consents, newest first (inside a caller's checked unit)."""
    rows = session.scalars(
        select(Consent).where(Consent.family_id == family_id)
        .order_by(Consent.signed_on.desc(), Consent.id.desc())
    )  # fmt: skip
    return tuple(to_record(ConsentRecord, r) for r in rows)


def read_releases(session: Session, family_id: int) -> tuple[ReleaseRecord, ...]:
    """The family's releases, newest first (inside a caller's checked unit)."""
    rows = session.scalars(
        select(InformationRelease).where(InformationRelease.family_id == family_id)
        .order_by(InformationRelease.signed_on.desc(), InformationRelease.id.desc())
    )  # fmt: skip
    return tuple(to_record(ReleaseRecord, r) for r in rows)


def release_for(
    session: Session, family_id: int, agency: str, day: dt.date
) -> ReleaseRecord | None:
    """The release in force on ``day`` for ``agency``, the one lasting longest (or None)."""
    found = [r for r in read_releases(session, family_id) if r.covers(agency) and r.current_on(day)]
    return max(found, key=lambda r: r.expires_on) if found else None


def record_consent(ctx: ServiceContext, family_id: int, data: ConsentInput) -> ConsentRecord:
    """Record the family's consent to services: when, who signed, which form version."""
    data = validate_consent(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row = Consent(family_id=family_id, signed_on=data.signed_on, signed_by=data.signed_by,
                      form_version=data.form_version)  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "consent", row.id, family_id=family_id, form=row.form_version)
        return to_record(ConsentRecord, row)


def record_release(ctx: ServiceContext, family_id: int, data: ReleaseInput) -> ReleaseRecord:
    """Record a signed release of information to one agency."""
    data = validate_release(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row = InformationRelease(
            family_id=family_id, recipient=data.recipient, shares=data.shares,
            signed_by=data.signed_by, signed_on=data.signed_on, expires_on=data.expires_on,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "create", "release", row.id, family_id=family_id,
            expires_on=row.expires_on.isoformat(),
        )  # fmt: skip
        return to_record(ReleaseRecord, row)


def revoke_release(
    ctx: ServiceContext, release_id: int, revoked_on: dt.date, expected_version: int | None = None
) -> ReleaseRecord:
    """Mark a release revoked from ``revoked_on``: nothing more may be shared under it."""
    if revoked_on > ctx.today():
        raise DomainError("The date revoked cannot be in the future.", "revoked_on")
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        row = uow.session.get(InformationRelease, release_id)
        if row is None:
            raise NotFoundError("That release no longer exists.", "release")
        uow.require(family=load_family(uow.session, row.family_id))
        if row.revoked_on is not None:
            raise DomainError("This release is already revoked.", "revoked_on")
        if revoked_on < row.signed_on:
            raise DomainError("A release cannot be revoked before it was signed.", "revoked_on")
        check_version(row, expected_version, "release")
        row.revoked_on = revoked_on
        uow.session.flush()
        uow.audit("revoke", "release", row.id, family_id=row.family_id,
                  revoked_on=revoked_on.isoformat())  # fmt: skip
        return to_record(ReleaseRecord, row)


def current_release(ctx: ServiceContext, family_id: int, agency: str, day: dt.date
                    ) -> ReleaseRecord | None:  # fmt: skip
    """The family's release in force on ``day`` for ``agency``, if any (an audited read)."""
    with reading(ctx, Permission.READ_FAMILY, "releases", family_id=family_id) as uow:
        return release_for(uow.session, family_id, agency, day)
