"""A family's context: the stressors it lives with and its protective factors.

Stressors are noted, edited and resolved; a protective factor is rated again
and again (each rating kept, dated), the newest rating being the current one.
Writes need CHANGE_FAMILY; ``read_context`` is one audited read of the whole
context (with consents, releases and referrals) for the record's Context tab.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from imh_desktop.data.models import FactorRatingRow, FamilyStressor, StaffUser
from imh_desktop.domain.enums import FactorRating, ProtectiveFactor, Stressor
from imh_desktop.domain.errors import NotFoundError
from imh_desktop.domain.family_context import (
    StrengthInput,
    StressorInput,
    validate_strength,
    validate_stressor,
)
from imh_desktop.domain.permissions import Permission
from imh_desktop.services.audit.changes import changes, snapshot
from imh_desktop.services.common.access import load_family
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.convert import to_record
from imh_desktop.services.common.uow import UnitOfWork, reading, unit_of_work
from imh_desktop.services.family.consents import (
    ConsentRecord,
    ReleaseRecord,
    read_consents,
    read_releases,
)
from imh_desktop.services.family.families import check_version
from imh_desktop.services.family.referrals import ReferralRecord, read_referrals


@dataclass(frozen=True)
class StressorRecord:
    id: int
    family_id: int
    stressor: Stressor
    noted_on: dt.date
    resolved_on: dt.date | None
    note: str
    version: int

    @property
    def current(self) -> bool:
        return self.resolved_on is None


@dataclass(frozen=True)
class StrengthRecord:
    """One dated rating of a protective factor, and who gave it."""

    id: int
    family_id: int
    factor: ProtectiveFactor
    rating: FactorRating
    rated_on: dt.date
    note: str
    rated_by_name: str


@dataclass(frozen=True)
class FamilyContext:
    """Everything the Context tab shows, read at once."""

    family_id: int
    today: dt.date
    stressors: tuple[StressorRecord, ...]  # current first, then by date noted
    ratings: tuple[StrengthRecord, ...]  # every rating, newest first
    consents: tuple[ConsentRecord, ...]  # newest first
    releases: tuple[ReleaseRecord, ...]  # newest first
    referrals: tuple[ReferralRecord, ...]  # newest first

    @property
    def current_ratings(self) -> dict[ProtectiveFactor, StrengthRecord]:
        """The newest rating of each factor rated so far."""
        current: dict[ProtectiveFactor, StrengthRecord] = {}
        for rating in self.ratings:
            current.setdefault(rating.factor, rating)
        return current

    @property
    def current_stressors(self) -> tuple[StressorRecord, ...]:
        return tuple(s for s in self.stressors if s.current)


def _load_stressor(uow: UnitOfWork, stressor_id: int) -> FamilyStressor:
    row = uow.session.get(FamilyStressor, stressor_id)
    if row is None:
        raise NotFoundError("That stressor no longer exists.", "stressor")
    uow.require(family=load_family(uow.session, row.family_id))
    return row


def add_stressor(ctx: ServiceContext, family_id: int, data: StressorInput) -> StressorRecord:
    """Note a stressor in the family's life (resolved already, when ``resolved_on`` is given)."""
    data = validate_stressor(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row = FamilyStressor(
            family_id=family_id, stressor=data.stressor, noted_on=data.noted_on,
            resolved_on=data.resolved_on, note=data.note,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", "stressor", row.id, family_id=family_id, stressor=row.stressor.value)
        return to_record(StressorRecord, row)


def update_stressor(
    ctx: ServiceContext, stressor_id: int, data: StressorInput, expected_version: int | None
) -> StressorRecord:
    """Edit a stressor: its kind, dates and note; a date resolved marks it resolved."""
    data = validate_stressor(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY) as uow:
        row = _load_stressor(uow, stressor_id)
        check_version(row, expected_version, "stressor")
        names = ("stressor", "noted_on", "resolved_on", "note")
        before = snapshot(row, names)
        for name in names:
            setattr(row, name, getattr(data, name))
        uow.session.flush()
        uow.audit(
            "update", "stressor", row.id, family_id=row.family_id,
            changes=changes(before, snapshot(row, names)),
        )  # fmt: skip
        return to_record(StressorRecord, row)


def rate_factor(ctx: ServiceContext, family_id: int, data: StrengthInput) -> StrengthRecord:
    """Rate one protective factor (a strength, building, a need) with a dated note."""
    data = validate_strength(data, ctx.today())
    with unit_of_work(ctx, Permission.CHANGE_FAMILY, family_id=family_id) as uow:
        row = FactorRatingRow(
            family_id=family_id, factor=data.factor, rating=data.rating,
            rated_on=data.rated_on, note=data.note, rated_by_id=uow.actor.id,
        )  # fmt: skip
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "create", "factor_rating", row.id, family_id=family_id,
            factor=row.factor.value, rating=row.rating.value,
        )  # fmt: skip
        return to_record(StrengthRecord, row, rated_by_name=uow.actor.full_name)


def read_context(ctx: ServiceContext, family_id: int) -> FamilyContext:
    """The family's stressors, protective factor ratings, consents, releases and referrals."""
    with reading(ctx, Permission.READ_FAMILY, "context", family_id=family_id) as uow:
        s = uow.session
        stressors = s.scalars(
            select(FamilyStressor).where(FamilyStressor.family_id == family_id)
        ).all()
        ratings = s.execute(
            select(FactorRatingRow, StaffUser.full_name)
            .join(StaffUser, StaffUser.id == FactorRatingRow.rated_by_id)
            .where(FactorRatingRow.family_id == family_id)
            .order_by(FactorRatingRow.rated_on.desc(), FactorRatingRow.id.desc())
        ).all()
        records = sorted(
            (to_record(StressorRecord, r) for r in stressors),
            key=lambda r: (not r.current, -r.noted_on.toordinal(), r.id),
        )
        return FamilyContext(
            family_id, uow.today, tuple(records),
            tuple(to_record(StrengthRecord, r, rated_by_name=n) for r, n in ratings),
            read_consents(s, family_id), read_releases(s, family_id),
            read_referrals(s, family_id),
        )  # fmt: skip
